"""Loaders against the raw files: quirks handled, nothing double counted, bad input refused whole."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from frontload.errors import ParseError
from frontload.sources import bundled, comtrade_files, twcustoms
from frontload.sources.files import load_file
from frontload.store.store import Store

from ..conftest import DATA, read_csv

ANNUAL = DATA / "comtrade_china_imports_from_us_8542_annual" / "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv"
RAW_X = DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_raw.csv"
TW_TOTALS = DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_8542_2013_2025.csv"
TW_DEST = DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"


def test_comtrade_keeps_only_totals_of_the_partner2_breakdown():
    raw = read_csv(ANNUAL)
    rows, notes = comtrade_files.read_comtrade(ANNUAL)
    assert len(rows) == sum(r["partner2Code"] == "0" for r in raw) == 15
    assert any("partner2Code" in n and str(sum(r["partner2Code"] != "0" for r in raw)) in n for n in notes)
    assert {r["reporter"] for r in rows} == {"CHN"} and {r["partner"] for r in rows} == {"USA"}  # 156, 842


def test_comtrade_plus_latin1_with_trailing_commas():
    text = RAW_X.read_bytes()
    assert text.rstrip().endswith(b",") and b"\r\n" in text
    raw = read_csv(RAW_X, encoding="latin-1")
    rows, _ = comtrade_files.read_comtrade(RAW_X)
    assert len(rows) == len(raw) == 1686
    by_key = {(r["reporter"], r["period"].year): r["value_usd"] for r in rows}
    civ = next(r for r in raw if r["reporterDesc"].startswith("C") and "Ivoire" in r["reporterDesc"])
    assert "ô" in civ["reporterDesc"]  # Latin-1 decoded
    assert by_key[("CIV", int(civ["refYear"]))] == float(civ["primaryValue"])
    # Comtrade's 490 "Other Asia, nes" is Taiwan; 842 is the USA; 380/381 both Italy.
    assert ("TWN", 2023) in by_key and ("USA", 2023) in by_key and ("ITA", 2023) in by_key


def test_legacy_and_tidy_layouts_are_detected():
    sme = DATA / "comtrade_sme_848620_903082_903141_annual" / "comtrade_sme_world_2016_2020.csv"
    kz = DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv"
    assert comtrade_files.detect_layout(sme) == "legacy"
    assert comtrade_files.detect_layout(kz) == "tidy"
    rows, _ = comtrade_files.read_comtrade(sme)
    raw = read_csv(sme)
    flows = {"1": "M", "2": "X", "3": "RX", "4": "RM"}
    assert sorted((r["reporter"], r["flow"], r["product"], r["period"].year) for r in rows)[:1]
    assert {r["flow"] for r in rows} == {flows[r["Trade Flow Code"]] for r in raw}
    assert sum(r["value_usd"] for r in rows) == pytest.approx(sum(float(r["Trade Value (US$)"]) for r in raw))


def test_taiwan_roc_years_and_thousand_dollars():
    assert twcustoms.parse_roc_period("113年") == (dt.date(2024, 1, 1), 12, False)
    assert twcustoms.parse_roc_period("114年1月~114年7月(初步值)") == (dt.date(2025, 1, 1), 7, True)
    with pytest.raises(ValueError):
        twcustoms.parse_roc_period("2024")
    rows, _ = twcustoms.read_totals(TW_TOTALS)
    raw = read_csv(TW_TOTALS)
    y2024 = sum(float(r["美元(千元)"]) for r in raw if r["日期"] == "113年") * 1000
    assert sum(r["value_usd"] for r in rows if r["period"] == dt.date(2024, 1, 1)) == pytest.approx(y2024)
    assert round(y2024 / 1e9, 2) == 165.04


def test_taiwan_chinese_destination_names():
    rows, _ = twcustoms.read_by_destination(TW_DEST, partial_years={2025: 7})
    raw = read_csv(TW_DEST)
    china = sum(float(r["Export Value (USD)"]) for r in raw if r["Year"] == "2024" and r["Country"] == "中國大陸")
    hk = sum(float(r["Export Value (USD)"]) for r in raw if r["Year"] == "2024" and r["Country"] == "香港")
    got = {}
    for r in rows:
        if r["period"].year == 2024:
            got[r["partner"]] = got.get(r["partner"], 0) + r["value_usd"]
    assert got["CHN"] == pytest.approx(china) and round(china / 1e9, 2) == 48.47
    assert got["HKG"] == pytest.approx(hk)
    assert {r["months"] for r in rows if r["period"].year == 2025} == {7}


def test_every_bundled_dataset_loads_and_reloads_without_change(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        for name in bundled.bundled_names():
            first = s.ingest(bundled.load_bundled(name))
            assert first.rows_in > 0
            again = s.ingest(bundled.load_bundled(name))
            assert again.rows_new == again.rows_revised == 0
            assert again.reported_new == again.events_new == 0


def test_reported_figures_stay_out_of_observations(store):
    figs = store.con.execute(
        "SELECT value, unit, yoy_pct, partner, product FROM reported_figures "
        "WHERE dataset = 'gacc_ic_imports_headline' AND period_label = 'Oct 2024'"
    ).fetchall()
    assert (1.11, "USD bn", 60.0, "USA", "8542") in figs
    n = store.con.execute("SELECT count(*) FROM observations WHERE source = 'press'").fetchall()[0][0]
    assert n == 0


# -- bad input ---------------------------------------------------------------------------------
def test_unknown_layout_is_refused_with_the_layouts_known(tmp_path):
    f = tmp_path / "mystery.csv"
    f.write_text("a,b\n1,2\n")
    with pytest.raises(ParseError, match="unknown file layout") as e:
        load_file(f)
    assert "Comtrade" in e.value.hint


def test_bad_cells_are_listed_with_line_and_column(tmp_path):
    lines = ANNUAL.read_text(encoding="utf-8").splitlines()
    cells = lines[3].split(",")
    cells[43] = "12x"  # primaryValue
    lines[3] = ",".join(cells)
    f = tmp_path / "broken.csv"
    f.write_text("\n".join(lines) + "\n")
    with pytest.raises(ParseError) as e:
        load_file(f)
    (p,) = e.value.problems
    assert (p.row, p.column, p.value) == (4, "primaryValue", "12x")
    assert "broken.csv, line 4, column 'primaryValue'" in str(e.value)


def test_missing_columns_are_named(tmp_path):
    f = tmp_path / "short.csv"
    f.write_text("typeCode,freqCode,refYear\nC,A,2024\n")
    with pytest.raises(ParseError, match="missing column"):
        load_file(f)


def test_binary_and_missing_files(tmp_path):
    b = tmp_path / "x.csv"
    b.write_bytes(b"\x00\x01\x02PK")
    with pytest.raises(ParseError, match="not a text"):
        load_file(b)
    with pytest.raises(ParseError, match="file not found"):
        load_file(tmp_path / "nope.csv")


def test_failed_file_leaves_the_store_untouched(tmp_path):
    good = tmp_path / "good.csv"
    shutil.copy(ANNUAL, good)
    with Store(tmp_path / "s.duckdb") as s:
        s.ingest(load_file(good))
        before = s.con.execute("SELECT count(*) FROM observations").fetchall()[0][0]
        fetches = len(s.fetches())
        bad = tmp_path / "bad.csv"
        bad.write_text(good.read_text().replace(",842,", ",84x,", 1))
        with pytest.raises(ParseError):
            s.ingest(load_file(bad))
        assert s.con.execute("SELECT count(*) FROM observations").fetchall()[0][0] == before
        assert len(s.fetches()) == fetches


def test_a_users_tidy_file_keeps_each_rows_retrieval_date(tmp_path):
    """The tidy Comtrade layout carries fetched_on per row: it is the vintage, not the file's mtime."""
    f = tmp_path / "kz.csv"
    shutil.copy(DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv", f)
    ds = load_file(f)
    vintages = set(ds.observations.column("vintage").to_pylist())
    assert vintages == {dt.datetime(2026, 10, 6, tzinfo=dt.UTC)}


def test_census_bad_cells_name_their_column(tmp_path):
    import pyarrow.parquet as pq

    src = DATA / "us_tariff_tracker_tradewartracker" / "us_2024_hs10_imports_by_country" / "2024-hs10-imports5830.parquet"
    t = pq.read_table(src).slice(0, 3).to_pylist()
    t[1]["CON_VAL_YR"] = "n.a."
    t[2]["I_COMMODITY"] = "85423"
    f = tmp_path / "bad.parquet"
    import pyarrow as pa

    pq.write_table(pa.Table.from_pylist(t), f)
    with pytest.raises(ParseError) as e:
        load_file(f)
    assert {(p.column, p.value) for p in e.value.problems} == {("CON_VAL_YR", "n.a."), ("I_COMMODITY", "85423")}


# -- into the store, checked against sums taken straight from the raw files with csv ---------------
def _stored(db, sql):
    with Store(db, read_only=True) as s:
        return s.con.execute(sql).fetchall()


def test_taiwan_files_ingest_into_correct_canonical_rows(tmp_path):
    from typer.testing import CliRunner

    from frontload.cli import app

    tot, dest = tmp_path / TW_TOTALS.name, tmp_path / TW_DEST.name
    shutil.copy(TW_TOTALS, tot)
    shutil.copy(TW_DEST, dest)
    db = tmp_path / "s.duckdb"
    r = CliRunner().invoke(app, ["--db", str(db), "load", str(tot)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(app, ["--db", str(db), "load", str(dest), "--span", "2025-01..2025-07"])
    assert r.exit_code == 0, r.output
    world = {(y, m, e): v for y, m, e, v in _stored(db, "SELECT year(period), months, is_estimated, sum(value_usd) "
                                                     "FROM observations WHERE partner = 'WLD' GROUP BY ALL")}
    by_year: dict[int, float] = {}
    for row in read_csv(TW_TOTALS):
        start, _months, _ = twcustoms.parse_roc_period(row["日期"])
        by_year[start.year] = by_year.get(start.year, 0.0) + float(row["美元(千元)"]) * 1000
    assert {y: v for (y, _, _), v in world.items()} == pytest.approx(by_year)
    assert {(y, m, e) for (y, m, e) in world if y == 2025} == {(2025, 7, True)}
    dest_sums = dict(((p, y), v) for p, y, v in _stored(
        db, "SELECT partner, year(period), sum(value_usd) FROM observations WHERE partner IN ('CHN', 'HKG', 'USA') "
            "GROUP BY ALL"))
    names = {"中國大陸": "CHN", "香港": "HKG", "美國": "USA"}
    raw: dict[tuple[str, int], float] = {}
    for row in read_csv(TW_DEST):
        if row["Country"] in names:
            k = (names[row["Country"]], int(row["Year"]))
            raw[k] = raw.get(k, 0.0) + float(row["Export Value (USD)"])
    assert dest_sums == pytest.approx(raw) and len(raw) == 39
    assert _stored(db, "SELECT DISTINCT months FROM observations WHERE partner = 'CHN' AND year(period) = 2025") == [(7,)]


def test_comtrade_bulk_files_ingest_into_correct_canonical_rows(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        for f in (RAW_X, ANNUAL):
            shutil.copy(f, tmp_path / f.name)
            s.ingest(load_file(tmp_path / f.name))
    db = tmp_path / "s.duckdb"
    got = dict(((r, y), v) for r, y, v in _stored(
        db, "SELECT reporter, year(period), value_usd FROM observations WHERE flow = 'X' AND partner = 'WLD'"))
    raw = read_csv(RAW_X, encoding="latin-1")
    expect: dict[tuple[str, int], float] = {}
    for r in raw:
        code = {"490": "TWN", "842": "USA", "381": "ITA", "380": "ITA"}.get(r["reporterCode"], r["reporterISO"])
        expect[(code, int(r["refYear"]))] = expect.get((code, int(r["refYear"])), 0.0) + float(r["primaryValue"])
    assert set(got) == set(expect) and got == pytest.approx(expect)
    china = dict(_stored(db, "SELECT year(period), value_usd FROM observations WHERE reporter = 'CHN' AND flow = 'M'"))
    annual = {int(r["refYear"]): float(r["primaryValue"]) for r in read_csv(ANNUAL) if r["partner2Code"] == "0"}
    assert china == pytest.approx(annual) and len(annual) == 15
