"""The snapshot reader over a long life: old copies' stores are closed, not kept by idle threads."""

from __future__ import annotations

import os
import shutil
import threading

import duckdb
import pytest

from frontload.store.snapshot import SnapshotReader


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
