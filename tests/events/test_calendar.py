"""The policy calendar: bundled events, a user's own events, and the trade value an action covers."""

from __future__ import annotations

import json
import shutil

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from frontload import api
from frontload.cli import app
from frontload.errors import ParseError
from frontload.events.exposure import exposure
from frontload.sources.policy_events import read_user_events

from ..conftest import DATA

CENSUS = DATA / "us_tariff_tracker_tradewartracker" / "us_2024_hs10_imports_by_country"


def census_total(cty: str, prefix: str) -> float:
    t = pq.read_table(CENSUS / f"2024-hs10-imports{cty}.parquet").to_pylist()
    return sum(float(r["CON_VAL_YR"]) for r in t if r["I_COMMODITY"].startswith(prefix))


def test_bundled_calendar_has_dates_and_tags(store):
    evs = {e["event_id"]: e for e in api.events_between(store)}
    assert len(evs) == 165
    e = evs["US301_LIST2_2018"]
    assert str(e["date"]) == "2018-08-23" and e["products"] == ["8542"] and e["partners"] == ["CHN"]
    fr = evs["FR-2022-21658"]  # the 7 Oct 2022 advanced computing / SME rule
    assert str(fr["date_effective"]) == "2022-10-07" and "8542" in fr["products"]


def test_exposure_of_section_301_list_2_on_ics(store):
    evs = {e["event_id"]: e for e in api.events_between(store)}
    ex = exposure(store, evs["US301_LIST2_2018"])
    assert ex.importer == "USA" and [c["partner"] for c in ex.cells] == ["CHN"]
    assert ex.total == pytest.approx(census_total("5700", "8542"))
    wide = exposure(store, evs["US301_LIST2_2018"], partners=[])
    by = {c["partner"]: c["value_usd"] for c in wide.cells}
    assert by["TWN"] == pytest.approx(census_total("5830", "8542"))
    assert round(by["TWN"] / 1e9, 2) == 11.13 and len(by) == 12


def test_exposure_without_products_says_so(store):
    evs = {e["event_id"]: e for e in api.events_between(store)}
    no_hs = next(e for e in evs.values() if not e["products"] and e["jurisdiction"] == "US")
    ex = exposure(store, no_hs)
    assert ex.total == 0 and "cannot be measured" in ex.notes[0]


def test_user_events_file(tmp_path, loaded_db):
    f = tmp_path / "mine.csv"
    f.write_text("event_id,title,date,products,partners,jurisdiction\n"
                 "MY-1,My HBM rule,2024-12-02,854232;8486,China;Hong Kong,US\n")
    (row,) = read_user_events(f, "mine")
    assert row["products"] == ["854232", "8486"] and row["partners"] == ["CHN", "HKG"]
    db = tmp_path / "s.duckdb"
    shutil.copy(loaded_db, db)
    r = CliRunner().invoke(app, ["--db", str(db), "events", "--add", str(f), "--from", "2024-12-02",
                                 "--to", "2024-12-02", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "MY-1" in [e["event_id"] for e in json.loads(r.stdout)]
    r = CliRunner().invoke(app, ["--db", str(db), "exposure", "MY-1", "--format", "json"])
    d = json.loads(r.stdout)
    assert d["total_usd"] == pytest.approx(census_total("5700", "854232") + census_total("5700", "8486"))


def test_bad_user_events_are_listed(tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("event_id,title,date,products,partners\nA,x,2024-13-01,85x2,Narnia\nA,y,,,\n")
    with pytest.raises(ParseError) as e:
        read_user_events(f, "bad")
    reasons = {(p.row, p.column) for p in e.value.problems}
    assert {(2, "date"), (2, "products"), (2, "partners"), (3, "event_id"), (3, "date")} <= reasons


def test_unknown_event_id_is_named(loaded_db, store):
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "exposure", "NOPE-9"])
    assert r.exit_code == 2 and "no event with id 'NOPE-9'" in r.output
    from frontload.store.query import event_by_id

    assert str(event_by_id(store, "US301_LIST2_2018")["date"]) == "2018-08-23"
