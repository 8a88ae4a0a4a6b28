"""No request may stall the server: a time budget per request, a few slots for heavy work.

The routes are sync functions, so Starlette runs each in a worker thread and the event loop
stays free to accept connections and answer ``/health``. That alone is not enough for a
server shared by a team: a request that computes for 40 s (a pathological article, a detect
on a long series) keeps its client waiting for 40 s, and twenty of them at once keep every
core busy while cheap requests queue behind them. :class:`Limits` bounds both:

* **Heavy slots.** Requests to the heavy endpoints (detect, screen, check, the brief) wait, in
  the event loop and without a thread, for one of ``heavy_slots`` slots; the light endpoints
  never wait for one. A heavy computation keeps its slot until it really ends, even when its
  client was already answered 504, so abandoned work cannot pile up either.
* **A time budget.** A request whose answer is not ready within ``budget`` seconds (waiting
  for a slot included) is answered at once with the project's one error body: 504
  ``TimeBudgetError`` if it was computing, 503 ``BusyError`` if no slot came free, each with a
  hint. Python cannot stop a thread, so the computation runs on to its end in the
  background and its answer is dropped; a computation that ends in time is answered as usual.

``/health`` and the static files have no budget and take no slot. A cached GET of the API is
computed by the answer cache (``web/cache.py``) as a task no client waits on directly: it
takes a slot like any heavy request but has no budget here; each request waiting for its
answer has its own budget there, and the answer is kept when it comes, however late.
"""

from __future__ import annotations

import asyncio
import json
import time
import weakref
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import BusyError, FrontloadError, TimeBudgetError
from .errors import from_frontload

API = "/api/v1"
HEAVY_PATHS = frozenset({f"{API}/detect", f"{API}/screen", f"{API}/check", f"{API}/brief", "/brief"})
EXEMPT = frozenset({f"{API}/health", "/static/plotly.min.js"})
# Scope key set by the answer cache on a computation no client waits on directly: it gets a slot
# like any heavy request but no time budget (each of its waiters has its own, in the cache).
DETACHED = "frontload.detached"
ARRIVED = "frontload.arrived"  # scope key: when the request reached these limits (time.time())


class Limits:
    """Pure ASGI middleware: a time budget for every request and slots for the heavy ones."""

    def __init__(self, app: ASGIApp, *, budget: float = 20.0, heavy_slots: int = 2,
                 heavy_paths: frozenset[str] = HEAVY_PATHS) -> None:
        self.app = app
        self.budget = budget
        self.heavy_slots = heavy_slots
        self.heavy_paths = heavy_paths
        # A semaphore belongs to one event loop; tests drive one app from several loops.
        self._sems: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = \
            weakref.WeakKeyDictionary()
        self.abandoned = 0  # requests answered over budget whose computation ran on

    def _slots(self, loop: asyncio.AbstractEventLoop) -> asyncio.Semaphore:
        sem = self._sems.get(loop)
        if sem is None:
            sem = self._sems[loop] = asyncio.Semaphore(self.heavy_slots)
        return sem

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or path in EXEMPT or path.startswith("/static/"):
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.budget
        heavy = path in self.heavy_paths
        scope[ARRIVED] = time.time()  # the job log (web/pool.py) measures the wait before a worker from it
        sem = self._slots(loop) if heavy else None
        if sem is not None:
            try:
                await asyncio.wait_for(sem.acquire(), timeout=self.budget)
            except TimeoutError:
                await send_error(send, BusyError(
                    f"the server is busy: all {self.heavy_slots} slots for heavy requests (detect, "
                    f"screen, check, brief) stayed taken for {self.budget:g} s",
                    hint="retry in a minute; heavy requests are answered a few at a time"), retry_after=30)
                return
        if scope.get(DETACHED):
            try:
                await self.app(scope, receive, send)
            finally:
                if sem is not None:
                    sem.release()
            return
        started = False
        late = False

        async def guarded(msg: Message) -> None:
            nonlocal started
            if late:
                return  # the client was answered already: drop what the abandoned work sends
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        async def run() -> None:
            await self.app(scope, receive, guarded)

        task: asyncio.Task[None] = loop.create_task(run())
        if sem is not None:
            task.add_done_callback(lambda _: sem.release())  # the slot is held until the work ends
        try:
            await asyncio.wait({task}, timeout=max(0.0, deadline - loop.time()))
        except asyncio.CancelledError:
            task.cancel()
            raise
        if task.done() or started:  # in time, or the answer is already on its way: let it finish
            await task
            return
        late = True
        self.abandoned += 1
        task.add_done_callback(_consume)
        await send_error(send, TimeBudgetError(
            f"no answer within the time budget of {self.budget:g} s: {path} is still computing",
            hint="narrow the request (a shorter text, one flow, fewer controls) or retry later; "
                 "the budget is the setting web_time_budget"))


def _consume(task: asyncio.Task[Any]) -> None:
    """Retrieve an abandoned request's outcome, so asyncio does not log it as never retrieved."""
    if not task.cancelled():
        task.exception()


async def send_error(send: Send, exc: FrontloadError, retry_after: int | None = None) -> None:
    status, content = from_frontload(exc)
    data = json.dumps(content).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    if retry_after is not None:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})
