"""Answers kept per store snapshot: bounded by total bytes, each computed once (single-flight).

Every API result is a function of the request and the store, and the store the server reads
changes only when it takes a new snapshot (``store/snapshot.py``), so an answer can be
replayed until then. Two things make that safe for a server shared by a team and left up
for weeks:

* **A bound in bytes, not entries.** Answers range from 100 bytes (``/health``) to hundreds
  of kilobytes (a page of figures); 512 entries could be 100 kB or 500 MB. :class:`ByteLRU`
  keeps the most recently used answers up to ``max_bytes`` in total, refuses single answers
  over ``max_entry_bytes``, and drops a snapshot's answers as soon as a newer one is served.
* **Single-flight.** After an ingest every client's first request misses at once; without
  coordination each of 50 clients computes the same screen or series (a thundering herd that
  keeps every worker thread busy for seconds). Here the first request for a key computes and
  the others wait for its answer (``x-frontload-cache: shared``), in the event loop, without
  holding a worker thread. The same holds for slow library results shared by several
  answers (the screen's ranking, filtered and paged many ways): :class:`Memo`, from threads.
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, TypeAlias, TypeVar

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import FrontloadError, TimeBudgetError
from .limits import DETACHED, send_error

T = TypeVar("T")
Key = tuple[Any, ...]  # (snapshot generation, ...): the generation always comes first

API = "/api/v1"
ENTRY_OVERHEAD = 200  # bytes of bookkeeping per entry (key, tuple, list) beyond body and headers


@dataclass(frozen=True)
class Answer:
    """A complete HTTP answer as the app sent it: status, headers and body."""

    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes

    @property
    def no_store(self) -> bool:
        """Said by the app of an answer that is incomplete for now (the screen with its detector's
        verdicts still computing): shared with the requests waiting for it, never kept."""
        return any(k.lower() == b"cache-control" and b"no-store" in v.lower() for k, v in self.headers)

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(k) + len(v) for k, v in self.headers) + ENTRY_OVERHEAD


Flight: TypeAlias = "asyncio.Future[Answer | None]"


class ByteLRU:
    """A least-recently-used map whose values are bounded by their total size in bytes.

    Keys start with the snapshot generation; storing a key of a newer generation drops every
    entry of the older ones (they can never be asked for again), so memory is freed when a
    new snapshot is taken, not only when the bound is reached. Thread-safe.
    """

    def __init__(self, max_bytes: int, max_entry_bytes: int | None = None,
                 size: Callable[[Any], int] = lambda a: int(a.size)) -> None:
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_bytes if max_entry_bytes is None else min(max_entry_bytes, max_bytes)
        self._size = size
        self._entries: OrderedDict[Key, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()
        self._generation: Any = None
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Key) -> Any | None:
        with self._lock:
            hit = self._entries.get(key)
            if hit is None:
                return None
            self._entries.move_to_end(key)
            return hit[0]

    def put(self, key: Key, value: Any) -> bool:
        """Keep ``value``; False when it alone is over ``max_entry_bytes`` (it is not kept)."""
        n = self._size(value)
        with self._lock:
            if self._generation is None or key[0] > self._generation:
                self._drop_before(key[0])
            elif key[0] < self._generation:
                return False  # computed on a snapshot already replaced: nobody will ask again
            if n > self.max_entry_bytes:
                return False
            old = self._entries.pop(key, None)
            if old is not None:
                self.bytes -= old[1]
            self._entries[key] = (value, n)
            self.bytes += n
            while self.bytes > self.max_bytes:
                _, (_, m) = self._entries.popitem(last=False)
                self.bytes -= m
            return True

    def _drop_before(self, generation: Any) -> None:
        self._generation = generation
        for k in [k for k in self._entries if k[0] < generation]:
            self.bytes -= self._entries.pop(k)[1]


class Memo:
    """Results of slow library calls, per snapshot, computed once however many threads ask.

    For calls made from worker threads (a sync route): the first thread to ask for a key runs
    ``fn``; threads asking meanwhile wait for its result, or its exception (the same call on
    the same snapshot fails the same way). Bounded by entries: the values are few and large
    (the screen's ranking), and a new snapshot drops the old ones as :class:`ByteLRU` does.
    """

    def __init__(self, max_entries: int = 16) -> None:
        self._done = ByteLRU(max_entries, size=lambda _: 1)
        self._running: dict[Key, Future[Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: Key, fn: Callable[[], T]) -> T:
        hit = self._done.get(key)
        if hit is not None:
            return hit
        with self._lock:
            hit = self._done.get(key)
            if hit is not None:
                return hit
            running = self._running.get(key)
            if running is None:
                fut: Future[Any] = Future()
                self._running[key] = fut
        if running is not None:
            return running.result()
        try:
            value = fn()
        except BaseException as exc:
            fut.set_exception(exc)
            raise
        else:
            self._done.put(key, value)
            fut.set_result(value)
            return value
        finally:
            with self._lock:
                del self._running[key]


class AnswerCache:
    """Pure ASGI middleware: successful GET answers of the API, kept per store snapshot.

    The key is (snapshot generation, path, query string), so a new snapshot makes every old
    answer unreachable (and :class:`ByteLRU` drops them). ``/health`` is never cached.

    The first request for a key starts its computation as a task of its own, not tied to any
    client; that request and every one for the same key meanwhile wait for the answer, each
    within its own time budget (past it, a 504 ``TimeBudgetError``, while the computation goes
    on). The answer, whatever its status, goes to everyone waiting (same request, same
    snapshot); only 200 answers are kept, and not those marked ``cache-control: no-store``. So
    an answer slower than the budget is computed once and replayed when asked again, instead of
    being abandoned and started over by every retry.
    The header ``x-frontload-cache`` says ``hit``, ``shared`` (waited for a computation another
    request started) or ``miss``.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = 64_000_000, max_entry_bytes: int = 4_000_000,
                 budget: float = 20.0) -> None:
        self.app = app
        self.answers = ByteLRU(max_bytes, max_entry_bytes)
        self.budget = budget
        # In flight, per event loop (tests drive one app from several loops).
        self._flights: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[Key, Flight]] = \
            weakref.WeakKeyDictionary()
        self._tasks: set[asyncio.Task[None]] = set()  # computations under way (kept from the GC)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope["method"] != "GET" or not path.startswith(API + "/") \
                or path == f"{API}/health":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.budget
        reader = scope["app"].state.reader
        if reader.due:
            await anyio.to_thread.run_sync(reader.refresh)
            hook = getattr(scope["app"].state, "after_refresh", None)
            if hook is not None:  # a new snapshot: the app starts its default views (web/app.py prewarm)
                await anyio.to_thread.run_sync(hook)
        key: Key = (reader.generation, path, scope.get("query_string", b""))
        hit = self.answers.get(key)
        if hit is not None:
            await _replay(send, hit, b"hit")
            return
        flights = self._flights.setdefault(loop, {})
        flight = flights.get(key)
        how = b"shared"
        if flight is None:
            how = b"miss"
            flight = flights[key] = loop.create_future()
            task = loop.create_task(self._compute(scope, key, flight, flights))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        try:
            answer = await asyncio.wait_for(asyncio.shield(flight), timeout=max(0.0, deadline - loop.time()))
        except TimeoutError:
            await send_error(send, TimeBudgetError(
                f"no answer within the time budget of {self.budget:g} s: {path} is still computing",
                hint="ask again in a while: the answer is being computed and will be kept; or narrow "
                     "the request; the budget is the setting web_time_budget"))
            return
        if answer is None:
            await send_error(send, FrontloadError(f"{path} ended without an answer",
                                                  hint="ask again; if it persists, see the server's log"))
            return
        await _replay(send, answer, how)

    async def _compute(self, scope: Scope, key: Key, flight: Flight, flights: dict[Key, Flight]) -> None:
        """Run the app for ``scope`` with no client attached; the answer goes to ``flight``."""
        start: dict[str, Any] = {}
        chunks: list[bytes] = []
        asked = False

        async def receive() -> Message:
            nonlocal asked
            if asked:
                return {"type": "http.disconnect"}
            asked = True
            return {"type": "http.request", "body": b"", "more_body": False}

        async def capture(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                start.update(msg)
            elif msg["type"] == "http.response.body":
                chunks.append(msg.get("body", b""))

        answer: Answer | None = None
        try:
            await self.app({**scope, DETACHED: True}, receive, capture)
        finally:
            if "status" in start:
                answer = Answer(int(start["status"]), tuple(tuple(h) for h in start.get("headers", [])),
                                b"".join(chunks))
            if answer is not None and answer.status == 200 and not answer.no_store:
                self.answers.put(key, answer)
            del flights[key]
            flight.set_result(answer)


async def _replay(send: Send, answer: Answer, how: bytes) -> None:
    await send({"type": "http.response.start", "status": answer.status,
                "headers": [*answer.headers, (b"x-frontload-cache", how)]})
    await send({"type": "http.response.body", "body": answer.body})
