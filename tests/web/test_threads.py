"""The server's threads for its sync routes (web/threads.py): a bounded number, all started at
start and reused for good, and the store's refresh never queued behind the light answers."""

from __future__ import annotations

import asyncio
import math
import threading

import anyio.to_thread
import pytest

from frontload.errors import ConfigError
from frontload.web import threads
from frontload.web.app import close, create_app, start

WorkerThread = pytest.importorskip("anyio._backends._asyncio").WorkerThread


@pytest.fixture
def idle_timeout(monkeypatch):
    """anyio's idle timeout put back after the test (the hook turns it off for the process)."""
    monkeypatch.setattr(WorkerThread, "MAX_IDLE_TIME", 10)


def test_the_hook_starts_its_threads_at_once_and_every_later_call_reuses_them(idle_timeout):
    async def main() -> tuple[set[int], set[int], int, float]:
        hook = threads.ServerThreads(3)
        await hook()
        assert anyio.to_thread.current_default_thread_limiter().total_tokens == 3
        lock, running, peak = threading.Lock(), [0], [0]
        used: set[int] = set()

        def work() -> None:
            with lock:
                used.add(threading.get_ident())
                running[0] += 1
                peak[0] = max(peak[0], running[0])
            threading.Event().wait(0.01)
            with lock:
                running[0] -= 1

        await asyncio.gather(*(anyio.to_thread.run_sync(work) for _ in range(12)))
        return hook.idents, used, peak[0], WorkerThread.MAX_IDLE_TIME

    started, used, peak, idle = asyncio.run(main())
    assert len(started) == 3 + threads.REFRESH_THREADS  # the light threads and the refresh's, distinct
    assert used <= started  # no thread started after the hook: each call found one idle
    assert peak <= 3  # the sync routes bounded to web_light_threads at once
    assert idle == math.inf


def test_the_refresh_runs_while_every_light_thread_is_held(idle_timeout):
    async def main() -> int:
        await threads.ServerThreads(2)()
        release = threading.Event()
        held = [asyncio.ensure_future(anyio.to_thread.run_sync(release.wait)) for _ in range(2)]
        await asyncio.sleep(0.05)
        # a third light call now waits for a token; the refresh has its own
        blocked = asyncio.ensure_future(anyio.to_thread.run_sync(lambda: 0))
        try:
            value = await asyncio.wait_for(threads.refresh(lambda: 42), timeout=10)
            assert not blocked.done()
        finally:
            release.set()
            await asyncio.gather(*held, blocked)
        return value

    assert asyncio.run(main()) == 42


def test_the_setting_is_read_and_checked(monkeypatch):
    monkeypatch.delenv("FRONTLOAD_WEB_LIGHT_THREADS", raising=False)
    assert threads.light_threads(3) == 3
    monkeypatch.setenv("FRONTLOAD_WEB_LIGHT_THREADS", "5")
    assert threads.light_threads() == 5
    monkeypatch.setenv("FRONTLOAD_WEB_LIGHT_THREADS", "0")
    assert threads.light_threads() == 0  # off: anyio's default threads
    for bad in ("-1", "many"):
        monkeypatch.setenv("FRONTLOAD_WEB_LIGHT_THREADS", bad)
        with pytest.raises(ConfigError, match="web_light_threads"):
            threads.light_threads()


def test_start_registers_the_hook_only_when_set(loaded_db):
    app = create_app(loaded_db, processes=False)
    try:
        before = list(app.router.on_startup)
        start(app, light_threads=0)
        assert app.router.on_startup == before and app.state.threads is None
        start(app, light_threads=2)
        hook = app.router.on_startup[-1]
        assert isinstance(hook, threads.ServerThreads) and hook.light == 2 and app.state.threads is hook
    finally:
        close(app)
