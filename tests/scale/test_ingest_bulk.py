"""The streaming bulk loader gives exactly the rows of the row-by-row loader, and keeps the store's contract."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from frontload import synthetic
from frontload.errors import DataError, ParseError, StoreError
from frontload.sources.files import load_file
from frontload.store.ingest_bulk import ingest_comtrade_csv, ingest_parquet
from frontload.store.store import Store
from tests.conftest import DATA

PLUS_FILES = sorted(p for p in (DATA).glob("comtrade_*/*.csv")
                    if p.read_text(encoding="latin-1").startswith("typeCode,"))
VINTAGE = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
COLS = ("source, reporter, partner, flow, classification, product, level, period, freq, months, value_usd, "
        "value_local, currency, valuation, qty, qty_unit, net_weight_kg, is_estimated, vintage")


def _rows(store: Store) -> list[tuple]:
    return store.con.execute(f"SELECT {COLS} FROM observations ORDER BY ALL").fetchall()


@pytest.mark.parametrize("path", PLUS_FILES, ids=lambda p: p.name)
def test_bulk_csv_equals_row_loader(tmp_path, path):
    assert len(PLUS_FILES) == 4
    with Store(tmp_path / "a.duckdb") as a, Store(tmp_path / "b.duckdb") as b:
        ds = load_file(path, vintage=VINTAGE)
        sa = a.ingest(ds)
        sb = ingest_comtrade_csv(b, path, vintage=VINTAGE)
        assert sb.rows_new == sa.rows_new > 0
        assert _rows(a) == _rows(b)
        # the same breakdown rows are reported as dropped
        notes = b.con.execute("SELECT notes FROM fetch_log").fetchall()[0][0]
        counts_a = sorted(int(n.split()[1]) for n in ds.notes if n.startswith("dropped"))
        counts_b = sorted(int(n.split()[0]) for n in notes)
        assert counts_a == counts_b
        # and the fetch log scope is the products the file holds, hashed like every loader
        fa, fb = next(iter(a.fetches().values())), next(iter(b.fetches().values()))
        assert fa.sha256 == fb.sha256 and fa.scope_products == fb.scope_products


def test_reingest_is_a_noop_and_a_revision_is_a_vintage(tmp_path):
    path = PLUS_FILES[0]
    with Store(tmp_path / "s.duckdb") as s:
        first = ingest_comtrade_csv(s, path, vintage=VINTAGE)
        again = ingest_comtrade_csv(s, path, vintage=VINTAGE)
        assert again.rows_new == 0 and again.rows_unchanged == first.rows_new and again.rows_revised == 0
        # the row loader agrees that nothing is new
        assert s.ingest(load_file(path, vintage=VINTAGE)).rows_new == 0
        text = path.read_text(encoding="latin-1").splitlines()
        header, body = text[0], text[1:]
        col = header.split(",").index("primaryValue")
        first_row = body[0].split(",")
        first_row[col] = '"1"'
        changed = tmp_path / "changed.csv"
        changed.write_text("\n".join([header, ",".join(first_row), *body[1:]]) + "\n", encoding="latin-1")
        rev = ingest_comtrade_csv(s, changed, vintage=VINTAGE + dt.timedelta(days=1))
        assert (rev.rows_new, rev.rows_revised) == (0, 1)
        with pytest.raises(DataError, match="same vintage"):
            ingest_comtrade_csv(s, changed, vintage=VINTAGE)


def test_unknown_country_code_rolls_back_naming_it(tmp_path):
    path = PLUS_FILES[0]
    text = path.read_text(encoding="latin-1").splitlines()
    header = text[0].split(",")
    row = text[1].split(",")
    row[header.index("reporterCode")] = '"999"'
    row[header.index("reporterISO")] = '"QQQ"'
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join([text[0], *text[2:], ",".join(row)]) + "\n", encoding="latin-1")
    with Store(tmp_path / "s.duckdb") as s:
        with pytest.raises(DataError, match=r"reporter 999 \(1 rows\)"):
            ingest_comtrade_csv(s, bad, vintage=VINTAGE)
        assert s.con.execute("SELECT count(*) FROM observations").fetchall() == [(0,)]
        assert s.con.execute("SELECT count(*) FROM fetch_log").fetchall() == [(0,)]


def test_other_layouts_are_refused(tmp_path):
    legacy = next(DATA.glob("comtrade_sme_*/*.csv"))
    with Store(tmp_path / "s.duckdb") as s, pytest.raises(ParseError, match="Comtrade\\+ CSV layout"):
        ingest_comtrade_csv(s, legacy)


def test_synthetic_parquet_loads_and_never_mixes_with_real(tmp_path):
    files = synthetic.write_parquet(tmp_path / "synth", 30_000, seed=3)
    assert synthetic.is_synthetic(tmp_path / "synth")
    assert "SYNTHETIC" in (tmp_path / "synth" / "SYNTHETIC.md").read_text()
    with Store(tmp_path / "syn.duckdb") as s:
        summary = ingest_parquet(s, tmp_path / "synth")
        assert summary.rows_new == 30_000
        got = s.con.execute("SELECT count(*), count(DISTINCT source), min(source), min(classification) "
                            "FROM observations").fetchall()
        assert got == [(30_000, 1, "synthetic", "SYNTHETIC"[:5] + "-H6")]
        with pytest.raises(StoreError, match="refusing to load real data"):
            ingest_comtrade_csv(s, PLUS_FILES[0], vintage=VINTAGE)
        with pytest.raises(StoreError, match="refusing to load real data"):
            s.ingest(load_file(PLUS_FILES[0], vintage=VINTAGE))
    with Store(tmp_path / "real.duckdb") as r:
        ingest_comtrade_csv(r, PLUS_FILES[0], vintage=VINTAGE)
        with pytest.raises(StoreError, match="refusing to load synthetic data"):
            ingest_parquet(r, files)
        assert r.con.execute("SELECT count(*) FROM observations WHERE source = 'synthetic'").fetchall() == [(0,)]
    shutil.rmtree(tmp_path / "synth")
    assert not Path(tmp_path / "synth").exists()


def test_synthetic_comtrade_csv_has_the_real_header_and_round_trips(tmp_path):
    real_header = PLUS_FILES[0].read_text(encoding="latin-1").splitlines()[0].rstrip(",").split(",")
    assert list(synthetic.PLUS_HEADER) == real_header
    synthetic.write_parquet(tmp_path / "w", 20_000, seed=4)
    csv_path = synthetic.write_comtrade_plus_csv(tmp_path / "w", tmp_path / "w.csv")
    cols = "reporter, partner, flow, product, period, value_usd, qty, qty_unit, net_weight_kg, classification"
    with Store(tmp_path / "s.duckdb") as s:
        assert ingest_comtrade_csv(s, csv_path).rows_new == 20_000
        # the CSV's rows stay labelled synthetic, and are exactly the Parquet rows
        assert s.con.execute("SELECT DISTINCT source FROM observations").fetchall() == [("synthetic",)]
        diff = s.con.execute(
            f"SELECT count(*) FROM (SELECT {cols} FROM read_parquet('{tmp_path / 'w'}/*.parquet') "
            f"EXCEPT SELECT {cols} FROM observations)").fetchall()
        assert diff == [(0,)]


def test_a_key_twice_in_one_file_is_refused(tmp_path):
    text = PLUS_FILES[0].read_text(encoding="latin-1").splitlines()
    dup = tmp_path / "dup.csv"
    dup.write_text("\n".join([*text, text[5]]) + "\n", encoding="latin-1")
    with Store(tmp_path / "s.duckdb") as s:
        with pytest.raises(DataError, match="more than once"):
            ingest_comtrade_csv(s, dup, vintage=VINTAGE)
        assert s.con.execute("SELECT count(*) FROM observations").fetchall() == [(0,)]
        # a re-ingest records the products the file holds, as the row loader does
        ingest_comtrade_csv(s, PLUS_FILES[0], vintage=VINTAGE)
        again = ingest_comtrade_csv(s, PLUS_FILES[0], vintage=VINTAGE)
        scope = s.fetches()[again.fetch_id].scope_products
        assert list(scope) == list(load_file(PLUS_FILES[0], vintage=VINTAGE).scope_products)


def _settings(store: Store) -> dict[str, object]:
    names = ("preserve_insertion_order", "enable_progress_bar", "memory_limit")
    return {n: store.con.execute("SELECT current_setting(?)", [n]).fetchone()[0] for n in names}


def test_a_bulk_ingest_leaves_the_connection_settings_as_it_found_them(tmp_path):
    """It turns insertion order and the progress bar off and may cap memory for its one INSERT; the
    same connection then serves queries (in order) and a user's own settings, so it puts them back,
    also when the ingest fails. (A memory limit is compared as DuckDB reports it, to 0.1 of a unit.)"""
    with Store(tmp_path / "s.duckdb") as store:
        defaults = _settings(store)
        ingest_comtrade_csv(store, PLUS_FILES[0], vintage=VINTAGE, memory_limit="1GB")
        assert _settings(store) == defaults
        store.con.execute("SET memory_limit = '3GB'")
        store.con.execute("SET enable_progress_bar = false")
        mine = _settings(store)
        text = PLUS_FILES[0].read_text(encoding="latin-1").splitlines()
        header, row = text[0].split(","), text[1].split(",")
        row[header.index("reporterCode")], row[header.index("reporterISO")] = '"999"', '"QQQ"'
        bad = tmp_path / "bad.csv"
        bad.write_text("\n".join([text[0], ",".join(row)]) + "\n", encoding="latin-1")
        with pytest.raises(DataError, match="reporter 999"):
            ingest_comtrade_csv(store, bad, vintage=VINTAGE, memory_limit="1GB")
        assert _settings(store) == mine and mine["memory_limit"] != defaults["memory_limit"]
