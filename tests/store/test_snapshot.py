"""The snapshot reader over a long life: old copies' stores are closed, not kept by idle threads."""

from __future__ import annotations

import os
import shutil
import threading

import duckdb
import pytest

from frontload.store.snapshot import SnapshotReader
from frontload.store.store import Store


def new_copy(reader: SnapshotReader) -> None:
    """Make the store file look changed, and have the reader take a new copy."""
    st = reader.source.stat()
    os.utime(reader.source, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    gen = reader.generation
    assert reader.refresh()
    assert reader.generation == gen + 1


def test_a_new_copy_closes_every_threads_old_store(loaded_db, tmp_path):
    db = tmp_path / "store.duckdb"
    shutil.copyfile(loaded_db, db)
    reader = SnapshotReader(db, check_interval=3600)  # refreshed by hand only
    try:
        opened = []

        def read() -> None:  # a pool thread that serves one request, then idles for weeks
            with reader.store() as store:
                assert store.datasets()
                opened.append(store)

        threads = [threading.Thread(target=read) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert reader.open_stores == 3
        first_copy = next(reader._dir.iterdir())

        new_copy(reader)
        assert reader.open_stores == 0  # no thread will read again; nothing keeps the old copy
        for store in opened:
            with pytest.raises(duckdb.ConnectionException):
                store.con.execute("SELECT 1")
        assert not first_copy.exists()
        with reader.store() as store:  # the next read opens a store on the new copy
            assert store.datasets()
        assert reader.open_stores == 1
    finally:
        reader.close()


def test_a_store_in_use_is_closed_when_its_read_ends(loaded_db, tmp_path):
    db = tmp_path / "store.duckdb"
    shutil.copyfile(loaded_db, db)
    reader = SnapshotReader(db, check_interval=3600)
    try:
        with reader.store() as store:
            before = store.datasets()
            new_copy(reader)  # taken while this read is under way
            assert store.datasets() == before  # the read goes on, on the copy it started with
            assert reader.open_stores == 1
        assert reader.open_stores == 0
        with pytest.raises(duckdb.ConnectionException):
            store.con.execute("SELECT 1")
        with reader.store() as again:
            assert again is not store and again.datasets() == before
            assert reader.thread_generation == reader.generation
    finally:
        reader.close()
    assert reader.open_stores == 0
    assert not reader._dir.exists()


def test_a_read_nested_in_the_same_thread_keeps_the_outer_store(loaded_db, tmp_path):
    db = tmp_path / "store.duckdb"
    shutil.copyfile(loaded_db, db)
    reader = SnapshotReader(db, check_interval=3600)
    try:
        with reader.store() as outer:
            new_copy(reader)
            with reader.store() as inner:  # on the new copy; the outer read is still under way
                assert inner is not outer
                assert inner.datasets() == outer.datasets()
            assert outer.datasets()
        with pytest.raises(duckdb.ConnectionException):
            outer.con.execute("SELECT 1")
        assert reader.open_stores == 1
    finally:
        reader.close()


def test_a_snapshots_series_are_read_once_for_all_its_threads(loaded_db, tmp_path, monkeypatch):
    """``SharedResults``: threads reading one copy share each series (computed once, however many ask
    at once), every caller gets its own provenance and notes, and a new copy starts empty."""
    from frontload.model import Query
    from frontload.store import query as Q

    db = tmp_path / "store.duckdb"
    shutil.copyfile(loaded_db, db)
    reader = SnapshotReader(db, check_interval=3600)
    calls = []
    real = Q._series

    def counted(store, q, codes=None):
        calls.append(q)
        return real(store, q, codes)

    monkeypatch.setattr(Q, "_series", counted)
    q = Query("USA", "TWN", "M", "854231")
    try:
        got = []
        barrier = threading.Barrier(8)

        def read() -> None:
            with reader.store() as store:
                barrier.wait()
                got.append(Q.series(store, q))

        threads = [threading.Thread(target=read) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(calls) == 1 and len(got) == 8
        with Store(reader.current()[1], read_only=True) as store:  # shares nothing, as the CLI's
            want = real(store, q, None)
        for s in got:
            assert (s.key, s.source, s.points, s.provenance, s.notes) == (
                want.key, want.source, want.points, want.provenance, want.notes)
        got[0].provenance.clear()
        got[0].notes.append("a caller's own note")
        with reader.store() as store:
            again = Q.series(store, q)
        assert again.provenance == want.provenance and again.notes == want.notes and len(calls) == 1
        new_copy(reader)
        with reader.store() as store:
            Q.series(store, q)
        assert len(calls) == 2  # the new copy's series are its own
    finally:
        reader.close()
