"""The server keeps answering, over real HTTP from many threads, while another process ingests.

DuckDB lets one process write a file and no other process open it meanwhile; the server
reads from its own snapshot, picks up the new store once the writer is done, and never
makes the writer fail.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from frontload.store.snapshot import SnapshotReader
from frontload.web.app import create_app
from tests.conftest import DATA

from .conftest import Server

ANNUAL = DATA / "comtrade_china_imports_from_us_8542_annual" / \
    "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv"

# A writer in another process: every value of China's annual imports revised up by 10% at a later
# vintage, and the write lock held after the ingest until the test says go (a long load).
WRITER = textwrap.dedent("""
    import dataclasses, datetime as dt, sys, time
    import pyarrow.compute as pc
    from frontload.sources import bundled
    from frontload.store.store import Store

    ds = bundled.load_bundled("comtrade_china_imports_from_us_8542_annual")
    obs = ds.observations
    if "vintage" in obs.schema.names:
        obs = obs.drop_columns(["vintage"])
    i = obs.schema.get_field_index("value_usd")
    obs = obs.set_column(i, "value_usd", pc.multiply(obs.column("value_usd"), 1.1))
    ds = dataclasses.replace(ds, observations=obs, vintage=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    with Store(sys.argv[1]) as store:
        print("locked", flush=True)
        store.ingest(ds)
        print("ingested", flush=True)
        sys.stdin.readline()
    print("done", flush=True)
""")


def raw_2024() -> float:
    import csv

    with ANNUAL.open(encoding="utf-8-sig") as f:
        return next(float(r["primaryValue"]) for r in csv.DictReader(f) if r["refYear"] == "2024")


@pytest.mark.slow
def test_serves_during_an_ingest_in_another_process(loaded_db, tmp_path):
    db = tmp_path / "store.duckdb"
    shutil.copyfile(loaded_db, db)
    reader = SnapshotReader(db, check_interval=0.05)
    app = create_app(db, reader=reader, cache=False)  # every request reads the snapshot store
    params = {"reporter": "China", "partner": "USA", "product": "8542", "freq": "A", "start": "2024", "end": "2024"}
    with Server(app) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        def value() -> float:
            r = http.get("/api/v1/flows", params=params)
            assert r.status_code == 200, r.text
            return float(r.json()["items"][0]["value_usd"])

        def generation() -> int:
            return int(http.get("/api/v1/health").json()["snapshot"]["generation"])

        before = value()
        assert before == pytest.approx(raw_2024())
        gen0 = generation()
        with subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as writer:
            assert writer.stdout is not None and writer.stdin is not None
            try:
                assert writer.stdout.readline().strip() == "locked"
                assert writer.stdout.readline().strip() == "ingested"
                # The writer holds the file: 10 clients, 100 requests, each answered from the snapshot.
                with ThreadPoolExecutor(10) as pool:
                    values = list(pool.map(lambda _: value(), range(100)))
                assert writer.poll() is None  # still holding the lock
                assert values == [before] * 100
                assert generation() == gen0
                assert http.get("/api/v1/health").json()["snapshot"]["stale_since"] is not None
                out, err = writer.communicate("go\n", timeout=60)
                assert writer.returncode == 0, err
                assert out.strip() == "done"
            finally:
                if writer.poll() is None:
                    writer.kill()
        # Once the writer is done the next request picks the new store up, whole.
        deadline = time.monotonic() + 10
        while generation() == gen0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert generation() == gen0 + 1
        assert value() == pytest.approx(raw_2024() * 1.1)
    reader.close()


def test_a_writer_waits_for_a_reader_instead_of_failing(loaded_db, tmp_path):
    """A read-only connection held by another process (the server taking its copy) makes a
    writer wait, not fail."""
    db = tmp_path / "store.duckdb"
    shutil.copyfile(loaded_db, db)
    with subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print('held', flush=True); time.sleep(1.5)", str(db)], stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        from frontload.store.store import Store

        t0 = time.monotonic()
        with Store(db) as store:
            waited = time.monotonic() - t0
            assert store.datasets()
        assert waited > 0.3  # it did meet the lock
        holder.communicate(timeout=30)
