"""Reads from a private copy of the store, so a long-running reader never blocks an ingest.

DuckDB lets one process write a database file, and while it does no other process
may open the file at all, not even read-only; a process holding a read-only
connection in turn stops any writer from starting. A server that kept a
connection open would therefore refuse every ``frontload load``, and one that
opened the file per request would fail (or wait) whenever an ingest runs.

:class:`SnapshotReader` does neither. It copies the store file to a private
folder while holding a short read-only connection (the shared lock guarantees no
writer is mid-transaction, so the copy is a committed state), then serves reads
from the copy. Before a read it checks, at most once per ``check_interval``
seconds, whether the store file changed; if it did and no writer holds the lock,
it takes a new copy, otherwise it keeps serving the last one. Readers see whole
ingests or none, never a half-written store, and an ingest waits at most for one
file copy.

Lifetime: each thread reads through its own read-only connection on the current copy. A
server runs for weeks, so when a new copy is taken every connection on an older one is
closed: at once if no thread is reading through it, else as soon as its read ends. An old
copy's file (unlinked when the new one is taken) and DuckDB's memory for it are thus freed
even by threads of a pool that never serve another request.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from .store import SharedResults, Store


class _Open:
    """One thread's read-only store on one copy, and whether a read is using it."""

    __slots__ = ("busy", "closed", "generation", "store")

    def __init__(self, generation: int, store: Store) -> None:
        self.generation, self.store, self.busy, self.closed = generation, store, 0, False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.store.close()


class SnapshotReader:
    """Thread-safe access to read-only :class:`Store` objects over the newest copy of ``path``."""

    def __init__(self, path: str | os.PathLike[str], *, check_interval: float = 1.0) -> None:
        self.source = Path(path)
        if not self.source.is_file():
            raise StoreError(f"no store at {self.source}",
                             hint="load the bundled data first: `frontload load` (or pass --db PATH)")
        self.check_interval = check_interval
        self._dir = Path(tempfile.mkdtemp(prefix="frontload-snapshot-"))
        self._lock = threading.Lock()
        self._local = threading.local()
        self._generation = 0
        self._current: Path | None = None
        self._latest: tuple[int, Path] | None = None  # both, set together: read by current() without the lock
        self._stamp: tuple[int, ...] | None = None
        self._checked = 0.0
        self._open: list[_Open] = []  # every thread's store, so a new copy can close the old ones
        # One store opened per copy (its file checked once); each thread reads through a cursor of it
        # (``Store.cursor``), and it is closed once no thread's store on its copy is open.
        self._bases: dict[int, Store] = {}
        self._shared = SharedResults()  # what the current copy's stores compute once for all of them
        self.refreshed_at: dt.datetime | None = None
        self.stale_since: dt.datetime | None = None  # a newer store exists but a writer holds it
        if not self.refresh():
            raise StoreError(f"cannot read the store {self.source}: another process is writing to it",
                             hint="wait for the ingest to finish, then start again")

    @property
    def generation(self) -> int:
        """How many copies were taken: it grows by one each time an ingest's result is picked up."""
        return self._generation

    @property
    def due(self) -> bool:
        """Whether ``check_interval`` has passed since the store file was last looked at."""
        return time.monotonic() - self._checked >= self.check_interval

    def info(self) -> dict[str, Any]:
        return {
            "generation": self._generation,
            "refreshed_at": self.refreshed_at.isoformat() if self.refreshed_at else None,
            "stale_since": self.stale_since.isoformat() if self.stale_since else None,
        }

    def _stat(self) -> tuple[int, ...]:
        out: list[int] = []
        for p in (self.source, self._wal(self.source)):
            try:
                st = p.stat()
                out += [st.st_mtime_ns, st.st_size]
            except FileNotFoundError:
                out += [0, 0]
        return tuple(out)

    @staticmethod
    def _wal(p: Path) -> Path:
        return p.with_name(p.name + ".wal")

    def refresh(self) -> bool:
        """Take a new copy if the store changed and no writer holds it; True when the copy is current."""
        self._checked = time.monotonic()
        if self._stat() == self._stamp:
            return True
        with self._lock:
            if self._stat() == self._stamp:
                return True
            try:
                con = duckdb.connect(str(self.source), read_only=True)
            except duckdb.Error:
                if self.stale_since is None:
                    self.stale_since = dt.datetime.now(dt.UTC)
                return False  # a writer holds the store: keep serving the last copy
            try:
                stamp = self._stat()  # under the shared lock nothing changes the file
                dst = self._dir / f"store-{self._generation + 1}.duckdb"
                shutil.copyfile(self.source, dst)
                if self._wal(self.source).exists():
                    shutil.copyfile(self._wal(self.source), self._wal(dst))
            finally:
                con.close()
            old = self._current
            self._current, self._stamp = dst, stamp
            self._generation += 1
            self._latest = (self._generation, dst)
            self._shared = SharedResults()  # the new copy's results start empty
            self.refreshed_at = dt.datetime.now(dt.UTC)
            self.stale_since = None
            if old is not None:  # open connections keep reading the unlinked file until closed
                old.unlink(missing_ok=True)
                self._wal(old).unlink(missing_ok=True)
            self._release_old()
            self._close_idle_bases()
            return True

    def _release_old(self) -> None:
        """Close the stores on older copies that no read is using (the caller holds the lock)."""
        keep = []
        for o in self._open:
            if o.generation != self._generation and o.busy == 0:
                o.close()
            elif not o.closed:
                keep.append(o)
        self._open = keep

    def _close_idle_bases(self, every: bool = False) -> None:
        """Close the stores of older copies (every copy's, ``every``) that no thread's cursor still
        reads through (the caller holds the lock)."""
        for gen, base in list(self._bases.items()):
            if (every or gen != self._generation) and not any(
                    o.generation == gen and not o.closed for o in self._open):
                base.close()
                del self._bases[gen]

    @property
    def open_stores(self) -> int:
        """How many read-only stores are open (one per thread that read the current copy, plus
        old ones still in use): a bounded number however long the server runs."""
        with self._lock:
            return sum(not o.closed for o in self._open)

    @property
    def thread_generation(self) -> int | None:
        """The copy this thread's store reads (inside :meth:`store`), for keys of derived results."""
        cached: _Open | None = getattr(self._local, "store", None)
        return cached.generation if cached is not None else None

    def unchanged(self) -> bool:
        """Whether the store file is still the one copied (then it counts as checked): the cheap
        first step of :meth:`refresh`, two ``stat`` calls, which the event loop can afford; only
        when it is False does a new copy need taking (in a thread)."""
        if self._stat() == self._stamp:
            self._checked = time.monotonic()
            return True
        return False

    def current(self) -> tuple[int, Path]:
        """The newest copy's generation and file, read together, without opening a store on it: for
        work another process computes on the copy (``web/pool.py``), so the server's event loop can
        hand it over without a thread (the caller refreshes first when :attr:`due`).

        Without the lock: one tuple, replaced whole by :meth:`refresh`. The event loop calls this, and
        the lock is held by threads opening or closing their stores, and while refresh copies the file:
        taken here, it stopped the loop while they did (``web/lag.py``)."""
        latest = self._latest
        assert latest is not None
        return latest

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A read-only store on the newest copy; one per thread, reused until the next copy."""
        if self.due:
            self.refresh()
        cached: _Open | None = getattr(self._local, "store", None)
        with self._lock:
            if cached is not None and (cached.closed or cached.generation != self._generation):
                if cached.busy == 0:  # this thread's store on an older copy, and no read uses it
                    cached.close()  # (a read under way in this thread closes it when it ends)
                    self._close_idle_bases()
                cached = None
            if cached is None:
                assert self._current is not None
                base = self._bases.get(self._generation)
                if base is None:
                    base = self._bases[self._generation] = Store(self._current, read_only=True)
                    base.shared = self._shared
                cached = _Open(self._generation, base.cursor())
                self._open = [o for o in self._open if not o.closed] + [cached]
                self._local.store = cached
            cached.busy += 1
        try:
            yield cached.store
        finally:
            with self._lock:
                cached.busy -= 1
                if cached.busy == 0 and cached.generation != self._generation:
                    cached.close()  # a new copy was taken during this read
                    self._close_idle_bases()

    def close(self) -> None:
        """Close every store still open and remove the copies."""
        with self._lock:
            for o in self._open:
                if o.busy == 0:
                    o.close()
            self._close_idle_bases(every=True)
            self._open = []
        shutil.rmtree(self._dir, ignore_errors=True)
