"""A fetch into the store, interrupted and resumed: Ctrl-C, kill -9, a rerun, a refresh that finds a revision.

The API is the Comtrade fixture of test_comtrade_api (real bundled rows in the v1 JSON shape, every
unrecognised request fails). The request spans two chunks (May 2024 – Apr 2025 and May – Aug 2025),
holding 12 and 8 real rows for three reporters (the file ends in June or July 2025).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from frontload import api
from frontload.cli import app
from frontload.sources import comtrade_api as C
from frontload.sources import http as http_mod
from frontload.sources.http import HttpClient
from frontload.sources.runner import run_fetch
from frontload.store.query import vintages
from frontload.store.store import Store

from .test_comtrade_api import ITEMS, serve

REQ2 = C.ComtradeRequest(reporters=("USA", "DEU", "JPN"), partners=("WLD",), products=("8542",), flow="X",
                         freq="M", start=dt.date(2024, 5, 1), end=dt.date(2025, 8, 1))
ROOT = Path(__file__).resolve().parents[2]


def values(db) -> list[tuple]:
    with Store(db, read_only=True) as s:
        return s.con.execute("SELECT reporter, period, value_usd FROM observations ORDER BY ALL").fetchall()


def clean_run(tmp_path) -> list[tuple]:
    db = tmp_path / "clean.duckdb"
    with Store(db) as s, HttpClient(tmp_path / "clean-raw", transport=httpx.MockTransport(serve)) as c:
        run_fetch(s, C.fetch(REQ2, c, key=""))
    return values(db)


def test_two_chunks_with_real_rows(tmp_path):
    got = clean_run(tmp_path)
    assert len(got) == 20 and {r[1].year for r in got} == {2025}
    assert len(list(C.chunks(REQ2, keyed=False))) == 2


def test_ctrl_c_mid_fetch_keeps_whole_chunks_and_the_rerun_skips_them(tmp_path):
    db, raw = tmp_path / "s.duckdb", tmp_path / "raw"

    def interrupted(request):
        if "202505" in request.url.params["period"]:
            raise KeyboardInterrupt  # the user presses Ctrl-C while the second chunk is on the wire
        return serve(request)

    with (Store(db) as s, HttpClient(raw, transport=httpx.MockTransport(interrupted)) as c,
          pytest.raises(KeyboardInterrupt)):
        run_fetch(s, C.fetch(REQ2, c, key=""))
    first = values(db)
    assert len(first) == 12 and max(r[1] for r in first) == dt.date(2025, 4, 1)  # chunk 1 whole, chunk 2 absent

    def resume(request):
        assert "202505" in request.url.params["period"], f"finished chunk asked again: {request.url}"
        return serve(request)

    with Store(db) as s, HttpClient(raw, transport=httpx.MockTransport(resume)) as c:
        out = run_fetch(s, C.fetch(REQ2, c, key=""))
    assert [o.skipped for o in out] == [True, False] and out[1].rows_new == 8
    assert values(db) == clean_run(tmp_path)


def test_ctrl_c_inside_the_store_write_rolls_the_chunk_back(tmp_path, monkeypatch):
    db = tmp_path / "s.duckdb"
    real = Store._versioned_insert

    def insert_then_interrupt(self, *a, **kw):
        real(self, *a, **kw)  # the rows are written inside the transaction…
        raise KeyboardInterrupt  # …and then Ctrl-C arrives before COMMIT

    with Store(db) as s, HttpClient(tmp_path / "raw", transport=httpx.MockTransport(serve)) as c:
        monkeypatch.setattr(Store, "_versioned_insert", insert_then_interrupt)
        with pytest.raises(KeyboardInterrupt):
            run_fetch(s, C.fetch(REQ2, c, key=""))
        monkeypatch.setattr(Store, "_versioned_insert", real)
        assert s.con.execute("SELECT count(*) FROM observations").fetchall()[0][0] == 0
        assert s.con.execute("SELECT count(*) FROM fetch_log").fetchall()[0][0] == 0
        out = run_fetch(s, C.fetch(REQ2, c, key=""))  # the rerun reads the saved bytes and stores both chunks
    assert [o.rows_new for o in out] == [12, 8] and values(db) == clean_run(tmp_path)


def test_refresh_finds_a_revision_and_keeps_both_vintages(tmp_path):
    db, raw = tmp_path / "s.duckdb", tmp_path / "raw"
    with Store(db) as s, HttpClient(raw, transport=httpx.MockTransport(serve)) as c:
        run_fetch(s, C.fetch(REQ2, c, key=""))
    target = next(i for i in ITEMS if i["reporterISO"] == "DEU" and str(i["period"]) == "202503")
    revised = [dict(i, primaryValue=i["primaryValue"] + 1_000_000) if i is target else i for i in ITEMS]
    with Store(db) as s, HttpClient(raw, transport=httpx.MockTransport(lambda r: serve(r, items=revised))) as c:
        again = run_fetch(s, C.fetch(REQ2, c, key=""))  # without --refresh: the saved responses, nothing new
        assert all(o.skipped for o in again)
        out = run_fetch(s, C.fetch(REQ2, c, key="", refresh=True))
        assert [(o.rows_new, o.rows_revised, o.rows_unchanged) for o in out] == [(0, 1, 11), (0, 0, 8)]
        q, codes = api.make_query("DEU", "World", "8542", flow="X", start="2025-03", end="2025-03")
        hist = vintages(s, q, codes)
    assert [h["value_usd"] for h in hist] == [target["primaryValue"], target["primaryValue"] + 1_000_000]
    assert hist[0]["vintage"] < hist[1]["vintage"]


class LocalApi(HttpClient):
    """The CLI's client, answered by the fixture instead of the network."""

    def __init__(self, cache_dir=None, **kw):
        super().__init__(cache_dir, transport=httpx.MockTransport(serve), sleep=lambda s: None)


def test_cli_ingest_summary_dry_run_and_resume(tmp_path, monkeypatch):
    monkeypatch.setattr(http_mod, "HttpClient", LocalApi)
    monkeypatch.delenv("COMTRADE_API_KEY", raising=False)
    db = tmp_path / "s.duckdb"
    args = ["--db", str(db), "ingest", "comtrade", "-r", "USA", "-r", "DEU", "-r", "JPN", "--product", "8542",
            "--flow", "X", "--start", "2024-05", "--end", "2025-08"]
    dry = CliRunner().invoke(app, [*args, "--dry-run"])
    assert dry.exit_code == 0 and dry.stdout.count("preview/C/M/HS?") == 2 and not db.exists()
    first = CliRunner().invoke(app, [*args, "--format", "json"])
    assert first.exit_code == 0, first.output
    assert [(o["rows_new"], o["skipped"]) for o in json.loads(first.stdout)] == [(12, False), (8, False)]
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0, again.output
    assert again.stdout.count("skipped │") == 2 and "unchanged" in again.stdout and "--refresh" in again.stdout
    assert "fetching from" not in again.output  # no progress bar when stderr is not a terminal
    assert values(db) == clean_run(tmp_path)


SCRIPT = """
import sys, time, httpx
from frontload.sources import comtrade_api as C
from frontload.sources.http import HttpClient
from frontload.sources.runner import run_fetch
from frontload.store.store import Store
from tests.sources.test_comtrade_api import serve
from tests.sources.test_ingest_runs import REQ2
slow = float(sys.argv[3])
def handler(request):
    time.sleep(slow)
    return serve(request)
with Store(sys.argv[1]) as s, HttpClient(sys.argv[2], transport=httpx.MockTransport(handler)) as c:
    run_fetch(s, C.fetch(REQ2, c, key=""), on_chunk=lambda o: print("chunk", flush=True))
"""


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
@pytest.mark.parametrize("after", [0.0, 0.15, 0.3])
def test_kill_9_during_an_ingest_then_rerun_equals_a_clean_fetch(tmp_path, after):
    db, raw = tmp_path / "k.duckdb", tmp_path / "raw"
    cmd = [sys.executable, "-c", SCRIPT, str(db), str(raw)]
    with subprocess.Popen([*cmd, "0.3"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "chunk"  # chunk 1 is in the store
        time.sleep(after)  # chunk 2: on the wire (0.3 s), then parsed and written
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    done = subprocess.run([*cmd, "0"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert values(db) == clean_run(tmp_path)
    with Store(db, read_only=True) as s:
        dup = s.con.execute("SELECT count(*) FROM (SELECT location, sha256 FROM fetch_log GROUP BY ALL "
                            "HAVING count(*) > 1)").fetchall()[0][0]
        keys = s.con.execute("SELECT count(*) FROM (SELECT DISTINCT reporter, period FROM observations)").fetchall()
    assert dup == 0 and keys[0][0] == 20
