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
from .store import Store


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
        self._stamp: tuple[int, ...] | None = None
        self._checked = 0.0
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
            self.refreshed_at = dt.datetime.now(dt.UTC)
            self.stale_since = None
            if old is not None:  # open connections keep reading the unlinked file
                old.unlink(missing_ok=True)
                self._wal(old).unlink(missing_ok=True)
            return True

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A read-only store on the newest copy; one per thread, reused until the next copy."""
        if self.due:
            self.refresh()
        cached: tuple[int, Store] | None = getattr(self._local, "store", None)
        if cached is None or cached[0] != self._generation:
            with self._lock:
                gen, path = self._generation, self._current
            if cached is not None:
                cached[1].close()
            assert path is not None
            cached = (gen, Store(path, read_only=True))
            self._local.store = cached
        yield cached[1]

    def close(self) -> None:
        shutil.rmtree(self._dir, ignore_errors=True)
