"""The server's threads for its sync routes: optionally a few, started before the first request and kept.

Starlette runs every sync route (the light endpoints: flows, stats, menus, data pages...) in one
of anyio's worker threads, at most 40 at once by default. anyio starts a thread when none is
idle and lets an idle one go after 10 s, and it starts it *on the event loop*: ``Thread.start``
waits there until the new thread runs, which needs the GIL that the threads already computing
light answers share. After a new snapshot a cold burst asks ~25 light answers at once, so the
loop started ~40 threads one after another while fifty clients waited on it (web6's loop-lag
dumps: 13 of 16 in ``Thread.start``), and an async heavy route (a detect) that only had to hand
its job to a worker process reached ``HeavyPool.submit`` 0.4-0.8 s after it arrived (the job
log's ``in_server``, web7).

:class:`ServerThreads` (the setting ``web_light_threads``, off by default) bounds the sync routes to
that many threads (the others wait on the loop, which costs nothing there), starts them all when
the server starts and keeps them (anyio's idle timeout off), so no request waits for a thread to
start on the loop. The store's refresh (a ``stat`` of the store file at most once a second, a new
copy when it changed) has a limiter of its own, so ``/health`` and the heavy routes never queue for
a thread behind the light answers.

Measured (web8, docs/web.md, Load test): with 8 threads the detects reach their worker 0.002-0.03 s
after they arrive instead of 0.3-0.6 s, and ``/health``'s maximum under a cold burst is lower in
most runs, but the cold p99 is not: the detects then compute while the burst's light answers do,
on the same two cores, and end no sooner (later, in most runs on the shared machine). So it is a
setting to measure on the machine that serves, not the default.
"""

from __future__ import annotations

import asyncio
import math
import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread

T = TypeVar("T")

REFRESH_THREADS = 1  # the snapshot reader's refresh, apart from them

_refresh: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = \
    weakref.WeakKeyDictionary()


def _refresh_limiter() -> anyio.CapacityLimiter:
    """The refresh's limiter on the running loop (a limiter belongs to one loop; tests use several)."""
    loop = asyncio.get_running_loop()
    lim = _refresh.get(loop)
    if lim is None:
        lim = _refresh[loop] = anyio.CapacityLimiter(REFRESH_THREADS)
    return lim


async def refresh(fn: Callable[[], T]) -> T:
    """``fn()`` in a thread that no light answer holds: the snapshot reader's refresh and the
    prewarm it starts, from the event loop (``/health``, the heavy routes)."""
    return await anyio.to_thread.run_sync(fn, limiter=_refresh_limiter())


def keep_idle_threads() -> bool:
    """Turn off anyio's idle timeout for its worker threads (asyncio backend), so a thread started
    once is reused for good instead of started again on the loop at the next burst. False when this
    anyio has no such setting (then threads come and go as before)."""
    try:
        from anyio._backends._asyncio import WorkerThread
    except ImportError:
        return False
    if not hasattr(WorkerThread, "MAX_IDLE_TIME"):
        return False
    WorkerThread.MAX_IDLE_TIME = math.inf  # type: ignore[assignment]  # an int in anyio, compared to floats
    return True


class ServerThreads:
    """An ``on_startup`` hook of ``frontload serve``: bound the sync routes' threads, start them
    (and the refresh's) all at once, and keep them."""

    def __init__(self, light: int) -> None:
        if light < 1:
            raise ValueError("at least one thread for the sync routes")
        self.light = light
        self.idents: set[int] = set()  # the threads that ran the start-up barrier, all distinct

    async def __call__(self) -> None:
        anyio.to_thread.current_default_thread_limiter().total_tokens = self.light
        keep_idle_threads()
        n = self.light + REFRESH_THREADS
        barrier = threading.Barrier(n)  # each waits for the others: n threads, none reused
        def meet() -> None:
            self.idents.add(threading.get_ident())
            barrier.wait(timeout=30)

        light = [anyio.to_thread.run_sync(meet) for _ in range(self.light)]
        spare = [anyio.to_thread.run_sync(meet, limiter=_refresh_limiter()) for _ in range(REFRESH_THREADS)]
        await asyncio.gather(*light, *spare)


def light_threads(value: Any = None) -> int:
    """The setting ``web_light_threads`` (an argument first, then the settings chain)."""
    from .. import config
    from ..errors import ConfigError

    try:
        n = int(config.get("web_light_threads", value))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"web_light_threads must be a whole number: {exc}",
                          hint="e.g. web_light_threads = 8, or 0 for anyio's default") from None
    if n < 0:
        raise ConfigError(f"web_light_threads must be 0 (anyio's default) or more, not {n}")
    return n
