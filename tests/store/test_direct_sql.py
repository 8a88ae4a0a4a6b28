"""The hand-written DuckDB SQL of reported figures and events gives the rows of the Ibis templates.

Both paths run on the same store: the bundled one, and one with a revision in which a figure moved
to another reporter and an event to another date (the newest version decides what a filter sees).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from frontload.sources import bundled
from frontload.store import query as q
from frontload.store.store import Store

OLD, NEW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def _both(fn: Any, *args: Any, **kw: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    q.DIRECT = False
    try:
        want = fn(*args, **kw)
    finally:
        q.DIRECT = True
    return fn(*args, **kw), want


def _same(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> None:
    assert got == want  # same rows, same order, same columns in the same order
    assert [list(r) for r in got] == [list(r) for r in want]
    assert [{k: type(v) for k, v in r.items()} for r in got] == [
        {k: type(v) for k, v in r.items()} for r in want]


@pytest.fixture(scope="module")
def revised(tmp_path_factory) -> Store:
    """Two vintages: the bundled figures and events, then a revision of one of each."""
    path = tmp_path_factory.mktemp("revised") / "r.duckdb"
    figs = bundled.load_bundled("semi_equipment_billings")
    events = bundled.load_bundled("policy_events")
    with Store(path) as s:
        s.ingest(dataclasses.replace(figs, vintage=OLD))
        s.ingest(dataclasses.replace(events, vintage=OLD))
        rep = figs.reported
        first = pc.equal(pa.array(range(rep.num_rows)), 0)
        moved = rep.set_column(rep.schema.get_field_index("reporter"), "reporter",
                               pc.if_else(first, pa.scalar("USA"), rep.column("reporter")))
        s.ingest(dataclasses.replace(figs, vintage=NEW, reported=moved.slice(0, 1), sha256="r1"))
        ev = events.events
        later = ev.set_column(ev.schema.get_field_index("date_effective"), "date_effective",
                              pc.if_else(pc.equal(pa.array(range(ev.num_rows)), 0),
                                         pa.scalar(dt.date(2031, 1, 1)), ev.column("date_effective")))
        s.ingest(dataclasses.replace(events, vintage=NEW, events=later.slice(0, 1), sha256="r2"))
    store = Store(path, read_only=True)
    yield store
    store.close()


FIGURE_FILTERS = [
    {},
    {"measure": "equipment_billings"},
    {"reporter": "CHN", "measure": "equipment_billings"},
    {"reporter": "USA"},
    {"reporter": "CHN", "as_of": OLD},
    {"reporter": "USA", "as_of": OLD},
    {"product": "chip-equipment", "dataset": "semi_equipment_billings", "as_of": NEW},
    {"reporter": "KOR", "partner": "WLD", "measure": "export_value"},
    {"reporter": "nowhere"},
]


@pytest.mark.parametrize("filters", FIGURE_FILTERS)
def test_reported_figures_equal_the_template(store, revised, filters):
    for s in (store, revised):
        got, want = _both(q.reported_figures, s, **filters)
        _same(got, want)


def test_a_revised_figure_is_found_by_its_new_reporter_only(revised):
    [moved] = [r for r in q.reported_figures(revised) if r["vintage"] == NEW]
    [before] = [r for r in q.reported_figures(revised, as_of=OLD) if r["figure_id"] == moved["figure_id"]]
    assert moved["reporter"] == "USA" != before["reporter"]
    assert moved in q.reported_figures(revised, reporter="USA")
    assert moved["figure_id"] not in {r["figure_id"] for r in
                                      q.reported_figures(revised, reporter=before["reporter"])}
    assert before in q.reported_figures(revised, reporter=before["reporter"], as_of=OLD)


EVENT_RANGES = [
    (None, None, None),
    (dt.date(2018, 1, 1), dt.date(2019, 12, 31), None),
    (dt.date(2025, 1, 1), None, None),
    (None, dt.date(2020, 6, 30), OLD),
    (dt.date(2030, 1, 1), None, None),
    (dt.date(2030, 1, 1), None, OLD),
]


@pytest.mark.parametrize(("start", "end", "as_of"), EVENT_RANGES)
def test_events_between_equal_the_template(store, revised, start, end, as_of):
    for s in (store, revised):
        got, want = _both(q.events_between, s, start, end, as_of=as_of)
        _same(got, want)
    assert bool(q.events_between(revised, dt.date(2030, 1, 1), None, as_of=as_of)) is (as_of is None)


def test_event_by_id_equals_the_template(store, revised):
    some = q.events_between(store)[::40]
    for s in (store, revised):
        for e in some:
            for as_of in (None, NEW):
                got, want = _both(q.event_by_id, s, e["event_id"], as_of=as_of)
                _same([got], [want])
    for direct in (True, False):  # both refuse an id not yet in the calendar as of that date
        q.DIRECT = direct
        try:
            with pytest.raises(q.QueryError):
                q.event_by_id(store, some[0]["event_id"], as_of=OLD)
        finally:
            q.DIRECT = True
    with pytest.raises(q.QueryError, match="no event with id 'nope'"):
        q.event_by_id(store, "nope")


# -- the light web answers' menus, child codes and vintages (issue 13, web5) ---------------------------
AVAILABLE = [
    ("reporter", {}), ("partner", {}), ("flow", {}), ("source", {}),
    ("partner", {"reporter": "USA"}), ("partner", {"reporter": "USA", "flow": "M"}),
    ("flow", {"reporter": "CHN"}), ("product", {"reporter": "USA", "flow": "M", "partner": "TWN"}),
    ("partner", {"reporter": "nowhere"}),
]


@pytest.mark.parametrize(("dim", "filters"), AVAILABLE)
def test_available_equals_the_template(store, dim, filters):
    got, want = _both(q.available, store, dim, **filters)
    assert got == want and [type(v) for v in got] == [type(v) for v in want]


def test_available_refuses_an_unknown_column(store):
    from frontload.errors import QueryError

    with pytest.raises(QueryError):
        q.available(store, "reporter; DROP TABLE observations", flow="M")


FLOWS = [
    ("USA", "TWN", "8542", "M", None), ("USA", "WLD", "85", "M", None), ("USA", "TWN", "854231", "M", None),
    ("CHN", "USA", "8542", "X", None), ("USA", "KOR", "8542", "M", "census"), ("USA", "KOR", "8542", "M", "x"),
    ("USA", "MYS", "8542", "M", None), ("KOR", "WLD", "8542", "X", None),
]


@pytest.mark.parametrize(("reporter", "partner", "product", "flow", "source"), FLOWS)
def test_child_codes_equal_the_template(store, reporter, partner, product, flow, source):
    from frontload.model import Query

    query = Query(reporter=reporter, partner=partner, product=product, flow=flow, source=source)
    got, want = _both(q.child_codes, store, query)
    assert got == want


@pytest.mark.parametrize(("reporter", "partner", "product", "flow", "source"), FLOWS)
@pytest.mark.parametrize("span", [(None, None), (dt.date(2024, 1, 1), None), (dt.date(2023, 3, 1),
                                                                              dt.date(2025, 6, 1))])
def test_vintages_equal_the_template(store, revised, reporter, partner, product, flow, source, span):
    from frontload.model import Query

    query = Query(reporter=reporter, partner=partner, product=product, flow=flow, source=source,
                  start=span[0], end=span[1])
    for codes in (None, (product,), (product, product[:2] + "99")):
        got, want = _both(q.vintages, store, query, codes)
        _same(got, want)
