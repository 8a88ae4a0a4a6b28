"""US Census API connector against a transport serving the API's array-of-arrays JSON.

Fixture rows: the real bundled Census HS10 rows (CTY_CODE, CTY_NAME, I_COMMODITY, CON_VAL_YR at
time 2024-12), which the tradewartracker project pulled from this very endpoint.
"""

from __future__ import annotations

import datetime as dt

import httpx
import pyarrow.parquet as pq
import pytest

from frontload.errors import ParseError
from frontload.sources import census_api as C
from frontload.sources.http import HttpClient
from frontload.store.store import Store

from ..conftest import DATA

PARQUET = DATA / "us_tariff_tracker_tradewartracker" / "us_2024_hs10_imports_by_country"


def rows_for(cty: str, prefix: str) -> list[list[str]]:
    t = pq.read_table(PARQUET / f"2024-hs10-imports{cty}.parquet").to_pylist()
    return [[r["CTY_CODE"], r["CTY_NAME"], r["I_COMMODITY"], r["CON_VAL_YR"], "HS10", "2024-12"]
            for r in t if r["I_COMMODITY"].startswith(prefix)]


def handler(request: httpx.Request) -> httpx.Response:
    q = request.url.params
    assert request.url.path == "/data/timeseries/intltrade/imports/hs", request.url
    assert q["get"] == "CTY_CODE,CTY_NAME,I_COMMODITY,CON_VAL_YR" and q["COMM_LVL"] == "HS10"
    assert q["I_COMMODITY"] == "8542*" and q["time"] == "2024-12"
    body = [["CTY_CODE", "CTY_NAME", "I_COMMODITY", "CON_VAL_YR", "COMM_LVL", "time"]]
    body += rows_for("5700", "8542") + rows_for("5830", "8542")
    body.append(["0003", "EUROPEAN UNION", "8542310000", "12345", "HS10", "2024-12"])  # a grouping row
    return httpx.Response(200, json=body)


REQ = C.CensusRequest(product="8542", flow="M", freq="A", start=dt.date(2024, 1, 1), end=dt.date(2024, 1, 1),
                      level=10)


def test_annual_hs10_rows_match_the_bundled_extract(tmp_path):
    with HttpClient(tmp_path / "raw", transport=httpx.MockTransport(handler)) as c, Store(tmp_path / "s.duckdb") as s:
        (ds,) = list(C.fetch(REQ, c, key=""))
        s.ingest(ds)
        got = dict(s.con.execute("SELECT partner, sum(value_usd) FROM observations GROUP BY partner").fetchall())
    expect = {"CHN": sum(float(r[3]) for r in rows_for("5700", "8542")),
              "TWN": sum(float(r[3]) for r in rows_for("5830", "8542"))}
    assert got == pytest.approx(expect)
    assert round(got["TWN"] / 1e9, 2) == 11.13
    assert any("groupings 0003" in n for n in ds.notes)


def test_key_goes_in_the_query_and_is_redacted(tmp_path):
    def keyed(request):
        assert request.url.params["key"] == "k-123" and "k-123" not in request.headers.get("key", "")
        return handler(request)

    with HttpClient(tmp_path / "raw", transport=httpx.MockTransport(keyed)) as c, Store(tmp_path / "s.duckdb") as s:
        (ds,) = list(C.fetch(REQ, c, key="k-123"))
        s.ingest(ds)
        logged = s.con.execute("SELECT location, notes FROM fetch_log").fetchall()
    assert ("k-123" not in ds.location and "key=%2A%2A%2A" in ds.location) or "key=***" in ds.location
    assert "k-123" not in str(logged)
    saved = [p.read_bytes() for p in (tmp_path / "raw").rglob("*") if p.is_file()]
    assert len(saved) == 2 and not any(b"k-123" in b for b in saved)  # nor in the kept response or its sidecar


def test_no_content_and_changed_columns(tmp_path):
    with HttpClient(tmp_path / "a", transport=httpx.MockTransport(lambda r: httpx.Response(204))) as c:
        (ds,) = list(C.fetch(REQ, c, key=""))
    assert ds.observations is None and "no data" in ds.notes[0] and ds.notes[-1].startswith("HTTP 204 at ")
    bad = httpx.MockTransport(lambda r: httpx.Response(200, json=[["CTY_CODE", "VALUE"], ["5700", "1"]]))
    with HttpClient(tmp_path / "b", transport=bad) as c, pytest.raises(ParseError, match="columns changed"):
        list(C.fetch(REQ, c, key=""))


def test_cli_ingest_census_summary_and_rerun(tmp_path, monkeypatch):
    """`frontload ingest census` end to end: HS4 totals per country (summed from the HS10 rows), then a rerun."""
    import json

    from typer.testing import CliRunner

    from frontload.cli import app
    from frontload.sources import http as http_mod

    totals = {cty: sum(float(r[3]) for r in rows_for(cty, "8542")) for cty in ("5700", "5830")}

    def hs4(request):
        q = request.url.params
        assert q["COMM_LVL"] == "HS4" and q["I_COMMODITY"] == "8542" and q["time"] == "2024-12", request.url
        body = [["CTY_CODE", "CTY_NAME", "I_COMMODITY", "CON_VAL_YR", "COMM_LVL", "time"]]
        body += [[c, "x", "8542", str(v), "HS4", "2024-12"] for c, v in totals.items()]
        return httpx.Response(200, json=body)

    class Local(HttpClient):
        def __init__(self, cache_dir=None, **kw):
            super().__init__(cache_dir, transport=httpx.MockTransport(hs4))

    monkeypatch.setattr(http_mod, "HttpClient", Local)
    monkeypatch.delenv("CENSUS_API_KEY", raising=False)
    args = ["--db", str(tmp_path / "s.duckdb"), "ingest", "census", "-r", "USA", "--product", "8542", "--freq", "A",
            "--start", "2024", "--end", "2024"]
    first = CliRunner().invoke(app, [*args, "--format", "json"])
    assert first.exit_code == 0, first.output
    (o,) = json.loads(first.stdout)
    assert (o["rows_new"], o["rows_unchanged"], o["skipped"]) == (2, 0, False)
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and "skipped │" in again.stdout
    with Store(tmp_path / "s.duckdb", read_only=True) as s:
        got = dict(s.con.execute("SELECT partner, value_usd FROM observations").fetchall())
    assert got == pytest.approx({"CHN": totals["5700"], "TWN": totals["5830"]})
