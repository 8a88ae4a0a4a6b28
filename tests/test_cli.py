"""The command line: real store, real bundled data, errors that say what and where."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from frontload.cli import app

runner = CliRunner()


def run(*args: str, db=None):
    full = (["--db", str(db)] if db else []) + list(args)
    return runner.invoke(app, full, catch_exceptions=False)


def test_series_json_matches_the_store(loaded_db):
    r = run("series", "China", "United States", "8542", "--freq", "A", "--format", "json", db=loaded_db)
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    vals = {v["period"]: v for v in data["values"]}
    assert vals["2024"]["value_usd"] == 11_754_177_020
    assert round(vals["2024"]["yoy_pct"], 1) == 41.5
    assert vals["2024"]["sources"][0].startswith("comtrade/comtrade_china_imports_from_us_8542_annual")


def test_stats_json_names_figures(loaded_db):
    r = run("stats", "USA", "World", "processors", "--format", "json", db=loaded_db)
    assert r.exit_code == 0, r.output
    h = json.loads(r.stdout)["headline"]
    assert h["period"] == "Jul 2026"
    names = {f["name"] for f in h["figures"]}
    assert {"value", "yoy", "mom", "ytd", "ytd_yoy", "rolling_3m", "rolling_12m"} <= names
    assert all(f["provenance"] for f in h["figures"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("series", "Narnia", "USA", "8542"), "unknown country or area: 'Narnia'"),
        (("series", "China", "USA", "9999x"), "unknown product code or basket"),
        (("series", "China", "USA", "8542", "--start", "2024-13"), "month out of range"),
        (("series", "China", "Japan", "8542"), "no data"),
    ],
)
def test_bad_queries_exit_2_with_a_clear_message(loaded_db, args, message):
    r = run(*args, db=loaded_db)
    assert r.exit_code == 2
    assert message.lower() in r.output.lower()
    assert "Traceback" not in r.output


def test_missing_store_is_explained(tmp_path):
    r = run("series", "China", "USA", "8542", db=tmp_path / "none.duckdb")
    assert r.exit_code == 2
    assert "frontload load" in r.output


def test_loading_a_malformed_file_keeps_the_store(tmp_path):
    db = tmp_path / "s.duckdb"
    assert run("load", "--dataset", "comtrade_china_imports_from_us_8542_annual", db=db).exit_code == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("typeCode,freqCode,refYear,period,reporterCode,flowCode,partnerCode,cmdCode,primaryValue\n"
                   "C,A,2024,2024,156,M,842,8542,lots\n")
    r = run("load", str(bad), db=db)
    assert r.exit_code == 2
    # Rich wraps at the terminal width wherever the tmp path puts a space: compare words, not lines.
    assert "bad.csv, line 2, column 'primaryValue'" in " ".join(r.output.split()).replace("/ ", "/")
    after = json.loads(run("datasets", "--format", "json", db=db).stdout)
    assert [d["dataset"] for d in after] == ["comtrade_china_imports_from_us_8542_annual"]


def test_products_and_events(loaded_db):
    r = run("products", "--format", "json", db=loaded_db)
    assert any(b["basket"] == "integrated-circuits" for b in json.loads(r.stdout))
    r = run("events", "--format", "json", db=loaded_db)
    assert r.exit_code == 0, r.output
    ev = json.loads(r.stdout)
    assert any(e.get("event_id") == "FR-2024-28267" or "2024-12" in str(e.get("date")) for e in ev)


def test_version_and_help():
    assert run("--version").stdout.startswith("frontload ")
    out = run("--help").stdout
    for cmd in ("load", "datasets", "series", "stats", "brief", "products", "figures", "events"):
        assert cmd in out


def test_ingest_dry_run_shows_chunked_requests_without_the_key(tmp_path, monkeypatch):
    monkeypatch.setenv("COMTRADE_API_KEY", "abc-secret")
    r = run("ingest", "comtrade", "-r", "China", "-p", "USA", "--product", "integrated circuits",
            "--start", "2023-01", "--end", "2024-06", "--dry-run", db=tmp_path / "s.duckdb")
    assert r.exit_code == 0, r.output
    lines = [ln for ln in r.stdout.replace("\n", "").split("https://") if ln]
    assert len(lines) == 2 and all(ln.startswith("comtradeapi.un.org/data/v1/get/C/M/HS") for ln in lines)
    assert "abc-secret" not in r.output and "reporterCode=156" in lines[0] and "partnerCode=842" in lines[0]


def test_vintages_show_a_revision(tmp_path):
    import datetime as dt

    from frontload import api
    from frontload.store.store import Store

    from .conftest import DATA

    src = DATA / "comtrade_china_imports_from_us_8542_annual" / "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv"
    revised = tmp_path / "revised.csv"
    revised.write_text(src.read_text().replace("11754177020", "11800000000"))
    db = tmp_path / "s.duckdb"
    with Store(db) as s:
        api.load_file(s, src, vintage=dt.datetime(2025, 10, 17, tzinfo=dt.UTC), name="v1")
        summary = api.load_file(s, revised, vintage=dt.datetime(2026, 3, 1, tzinfo=dt.UTC), name="v2")
    assert summary.rows_revised == 1 and summary.rows_unchanged == 14
    rows = json.loads(run("vintages", "China", "USA", "8542", "--start", "2024", "--end", "2024",
                          "--format", "json", db=db).stdout)
    assert [(r["value_usd"], r["vintage"][:10]) for r in rows] == [(11754177020.0, "2025-10-17"),
                                                                   (11800000000.0, "2026-03-01")]
    old = json.loads(run("series", "China", "USA", "8542", "--freq", "A", "--as-of", "2026-01-01",
                         "--format", "json", db=db).stdout)
    assert {v["period"]: v["value_usd"] for v in old["values"]}["2024"] == 11754177020.0
    assert "comtrade" in run("sources", db=db).stdout
