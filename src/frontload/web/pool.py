"""Heavy computations in worker processes, so the event loop's process stays responsive.

The detector, the screen, the brief and the claim checker are pure-Python numerical work that
holds the GIL for seconds. Run in a thread of the server's process (as before), they take the
event loop's share of the CPU too: ``/health`` rose from 4 ms to about 110 ms while one ran,
and every light answer queued behind them. Here they run in a bounded pool of processes:

* **Three lanes, below the event loop.** ``interactive`` (``web_heavy_slots`` workers, at most
  one per core) computes what a client is waiting for; ``prewarm`` (one worker) the dashboard's
  default views started at each new snapshot (the screen's ranking, the home page's brief),
  which clients join when they ask for them; ``background`` (one worker) computes what nobody
  waits on yet: the screen's detector verdicts, which the screen answers without until they are
  ready (``web/app.py``). Neither a prewarmed view nor a background job therefore holds a worker
  a client's own request (a detect on the flow they picked) needs: in the interactive lane, the
  cold burst's detects queued behind the prewarmed views for 0.2-0.6 s (the job log, docs/web.md).
  All run at a lower CPU priority than the server's own process (``nice`` 5, 5
  and 15): moved out of the GIL, three busy workers and the server would otherwise share two
  cores evenly, and ``/health`` and the light answers, which the server's process computes,
  would wait for the CPU instead of the GIL (measured: ``/health``'s maximum during a cold
  mixed load rose from 323 ms to 721 ms with the workers at ``nice`` 0, docs/web.md).
* **The snapshot, read-only.** A job names the snapshot copy the request read
  (``store/snapshot.py``); each worker opens it read-only and keeps it until a job names a
  newer one. Several processes may read one DuckDB file read-only at once.
* **Computed once per snapshot.** :meth:`HeavyPool.shared` keys a job as the answer cache and
  :class:`~frontload.web.cache.Memo` do (the snapshot's generation first): requests for the
  same key meanwhile wait for the same job, and its result is kept until a newer snapshot.
* **A crash is an error, not an outage.** A worker that dies (killed, out of memory) fails the
  jobs it had with :class:`~frontload.errors.WorkerError` (503, "ask again"); the lane's pool
  is replaced, so the next request is computed by a fresh worker.

Results and the library's errors cross the process boundary by pickle. A
:class:`~frontload.errors.FrontloadError` carries its hint and the web's ``parameter`` as
attributes, which pickling an exception drops, so a worker sends them apart
(:func:`_run`) and :func:`_unwrap` raises the same error here.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Literal

from ..errors import FrontloadError, WorkerError
from ..store.store import Store
from .cache import ByteLRU, Key

log = logging.getLogger(__name__)  # one line per job: its wait for a worker and its compute time

Lane = Literal["interactive", "prewarm", "background"]
Timing = tuple[int, float, float]  # the worker's pid, when it started the job and ended it (time.time())
# CPU priority of the workers below the server's process (nice 0), the background one lowest.
NICE: dict[str, int] = {"interactive": 5, "prewarm": 5, "background": 15}
LANES: tuple[Lane, ...] = ("interactive", "prewarm", "background")

# -- in the worker ----------------------------------------------------------------------------
_STORE: Store | None = None  # this worker's read-only store on the snapshot its last job named


def _init(nice: int) -> None:
    """Start a worker: its CPU priority, a watch on its parent, and the heavy imports once (not in
    the first request)."""
    if nice:
        os.nice(nice)
    threading.Thread(target=_exit_with, args=(os.getppid(),), daemon=True, name="parent-watch").start()
    import frontload.claims.verify
    import frontload.detect.excess
    import frontload.explore
    import frontload.report.brief  # noqa: F401


def _exit_with(parent: int) -> None:
    """End this worker when the server that started it is gone. A server killed before it could
    shut its pool down (SIGTERM while it starts, SIGKILL) would otherwise leave its workers
    waiting on their queue for ever, each holding a snapshot file and a few hundred MB."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _run(path: str, fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any, Timing]:
    """Call ``fn(store, *args)`` on the snapshot at ``path``; an error comes back as data, and with
    the result this worker's pid and when it started and ended the job (wall clock, shared by the
    processes): the server tells the job's wait for a worker from its compute time by them."""
    t0 = time.time()
    how, value = _call(path, fn, args)
    return how, value, (os.getpid(), t0, time.time())


def _call(path: str, fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
    global _STORE
    try:
        if _STORE is None or str(_STORE.path) != path:
            if _STORE is not None:
                _STORE.close()
                _STORE = None
            # One DuckDB thread: a worker is one of at most one per core, so DuckDB's parallel plans
            # only shared the worker's core (measured: two cold detects 0.027-0.029 s of CPU in
            # process with the default threads, 0.023 s with one; their answers and the screen's are
            # equal to the last bit, the brief's floats vary in their last bits between any two runs
            # of the default anyway, and with one thread they no longer do).
            _STORE = Store(path, read_only=True, threads=1)
        return "ok", fn(_STORE, *args)
    except FrontloadError as exc:
        return "error", (type(exc), exc.message, dict(exc.__dict__))


def _unwrap(result: tuple[str, Any, Timing]) -> Any:
    how, value, _ = result
    if how == "ok":
        return value
    cls, message, attrs = value
    exc = cls.__new__(cls)
    Exception.__init__(exc, message)
    exc.__dict__.update(attrs)
    raise exc


# -- in the server ----------------------------------------------------------------------------
def _log_job(fut: Future[tuple[str, Any, Timing]], lane: str, name: str, submitted: float) -> None:
    """One line per finished job: how long it waited for a worker (``queue``) and computed."""
    if fut.cancelled() or fut.exception() is not None:
        log.info("job lane=%s fn=%s failed after %.3f s", lane, name, time.time() - submitted)
        return
    how, _, (pid, t0, t1) = fut.result()
    log.info(
        "job lane=%s fn=%s pid=%d queue=%.3f compute=%.3f how=%s",
        lane,
        name,
        pid,
        t0 - submitted,
        t1 - t0,
        how,
    )


class HeavyPool:
    """Process pools for the heavy endpoints, started on first use, with per-snapshot sharing."""

    def __init__(self, workers: int = 2, *, background: int = 1, prewarm: int = 1,
                 max_kept: int = 64) -> None:
        self.workers = {"interactive": workers, "prewarm": prewarm, "background": background}
        self._pools: dict[str, ProcessPoolExecutor] = {}
        self._lock = threading.Lock()
        self._done = ByteLRU(max_kept, size=lambda _: 1)  # results kept per snapshot, by key
        self._running: dict[Key, Future[tuple[str, Any, Timing]]] = {}
        self.crashes = 0  # pools replaced after a worker died

    def _pool(self, lane: Lane) -> ProcessPoolExecutor:
        with self._lock:
            pool = self._pools.get(lane)
            if pool is None:
                # spawn, not fork: the server has threads and open DuckDB connections to not copy
                pool = self._pools[lane] = ProcessPoolExecutor(
                    self.workers[lane],
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_init,
                    initargs=(NICE[lane],),
                )
            return pool

    def start(self, path: str | None = None, warm: Callable[[Store], Any] | None = None) -> None:
        """Start every worker now (``frontload serve``), so no request waits for a process to start;
        with ``warm``, run ``warm(store)`` on the snapshot at ``path`` once per worker first: a
        worker's first detector run costs several times its later ones (lazy imports, query
        templates compiled per process), and that cost is better paid before the first client."""
        for lane in LANES:
            pool = self._pool(lane)
            n = self.workers[lane]
            jobs = [
                self.submit(lane, path, warm)
                if warm is not None and path is not None
                else pool.submit(os.getpid)
                for _ in range(n)
            ]
            for f in jobs:  # n jobs at once on n idle workers: one each, in practice
                f.result()

    def pids(self, lane: Lane = "interactive") -> list[int]:
        """The worker processes of ``lane`` (the tests kill one)."""
        pool = self._pools.get(lane)
        procs = (pool._processes or {}).values() if pool is not None else ()
        return [p.pid for p in procs if p.pid is not None]

    def submit(
        self, lane: Lane, path: str, fn: Callable[..., Any], *args: Any
    ) -> Future[tuple[str, Any, Timing]]:
        """Start ``fn(store, *args)`` in a worker of ``lane`` on the snapshot at ``path``."""
        pool = self._pool(lane)
        submitted = time.time()
        try:
            fut = pool.submit(_run, path, fn, args)
        except BrokenProcessPool:
            self._replace(lane, pool)
            fut = self._pool(lane).submit(_run, path, fn, args)
        if log.isEnabledFor(logging.INFO):
            fut.add_done_callback(lambda f: _log_job(f, lane, getattr(fn, "__name__", "?"), submitted))
        return fut

    def shared(self, key: Key, lane: Lane, path: str, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        """The job for ``key`` (generation first), started unless one is running or its result is
        kept: everyone asking for the same key gets the same job. Only successes are kept."""
        with self._lock:
            kept = self._done.get(key)
            running = self._running.get(key)
        if kept is not None:
            done: Future[Any] = Future()
            done.set_result(kept)
            return done
        if running is not None:
            return running
        fut = self.submit(lane, path, fn, *args)
        with self._lock:
            running = self._running.setdefault(key, fut)
        if running is not fut:  # another thread started the same key meanwhile: use its job
            fut.cancel()
            return running

        def finished(f: Future[tuple[str, Any, Timing]]) -> None:
            with self._lock:
                self._running.pop(key, None)
                if not f.cancelled() and f.exception() is None and f.result()[0] == "ok":
                    self._done.put(key, ("ok", f.result()[1], (0, 0.0, 0.0)))

        fut.add_done_callback(finished)
        return fut

    def state(self, key: Key) -> Literal["kept", "running"] | None:
        """Whether the job for ``key`` is done and kept, still running, or neither."""
        with self._lock:
            return "kept" if self._done.get(key) is not None else "running" if key in self._running else None

    def result(self, fut: Future[Any], lane: Lane = "interactive", timeout: float | None = None) -> Any:
        """Wait for a job (from a worker thread) and return its value, or raise its error: the
        library's own, or :class:`WorkerError` when the worker died."""
        try:
            return _unwrap(fut.result(timeout))
        except BrokenProcessPool:
            self._replace(lane, None)
            raise WorkerError(
                "the worker process computing this answer stopped before it ended",
                hint="ask again: a new worker computes it (if it stops again, see the server's log)",
            ) from None

    async def wait(self, fut: Future[Any], lane: Lane = "interactive") -> Any:
        """:meth:`result` from the event loop: awaited, no thread held. The job is shielded, so a
        request given up (its client gone, its time budget spent) never cancels a job others share."""
        import asyncio

        try:
            return _unwrap(await asyncio.shield(asyncio.wrap_future(fut)))
        except BrokenProcessPool:
            self._replace(lane, None)
            raise WorkerError(
                "the worker process computing this answer stopped before it ended",
                hint="ask again: a new worker computes it (if it stops again, see the server's log)",
            ) from None

    def call(self, lane: Lane, path: str, fn: Callable[..., Any], *args: Any, key: Key | None = None) -> Any:
        """``fn(store, *args)`` in a worker, waited for: shared per ``key`` when one is given."""
        fut = self.submit(lane, path, fn, *args) if key is None else self.shared(key, lane, path, fn, *args)
        return self.result(fut, lane)

    def _replace(self, lane: Lane, broken: ProcessPoolExecutor | None) -> None:
        """Drop a lane's pool whose worker died (once, however many jobs report it). Without
        ``broken`` (a waiter saw its job fail), every lane whose pool is broken: a request may wait
        on a job of another lane than its own (a prewarmed view it joined)."""
        dropped = []
        with self._lock:
            for name in (lane,) if broken is not None else LANES:
                pool = self._pools.get(name)
                if pool is None or (broken is not None and pool is not broken):
                    continue
                if broken is None and not getattr(pool, "_broken", False):
                    continue  # not broken, or already replaced by another waiter
                del self._pools[name]
                self.crashes += 1
                dropped.append(pool)
        for pool in dropped:
            pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)
