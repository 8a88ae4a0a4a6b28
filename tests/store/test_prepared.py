"""The compiled-once query templates, and the hand-written SQL of the series path, give exactly
the rows of the plain Ibis expression."""

from __future__ import annotations

import datetime as dt
from typing import Any

import ibis
import pyarrow as pa
import pytest

from frontload.store import prepared
from frontload.store import query as q


def _plain(store, code: str, **kw: Any) -> list[dict[str, Any]]:
    """The pre-template path: build and compile the expression with literal values."""
    obs = q.latest(store.table("observations"), kw.pop("as_of", None))
    t = q.select_flow(obs, code=code, **kw)
    agg = q.aggregate(q.coarsest_level(t)).mutate(code=ibis.literal(code))
    return agg.to_pyarrow().to_pylist()


def _key(r: dict[str, Any]) -> tuple:
    return (r["source"], r["reporter"], r["partner"], r["flow"], r["period"], r["months"], r["code"])


def _norm(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(({**r, "fetch_ids": sorted(r["fetch_ids"]), "products": sorted(r["products"])}
                   for r in rows), key=_key)


@pytest.fixture(params=["direct SQL", "Ibis template"])
def path(request, monkeypatch):
    """Each series-path test runs on both: the hand-written SQL (default) and the Ibis template."""
    monkeypatch.setattr(q, "DIRECT", request.param == "direct SQL")
    return request.param


CASES = [
    ("854231", {"reporter": "USA", "partner": "WLD", "flow": "M"}),
    ("8542", {"reporter": "USA", "partner": "WLD", "flow": "M", "start": dt.date(2025, 1, 1),
              "end": dt.date(2025, 12, 1)}),
    ("8542", {"reporter": ["USA", "CHN", "TWN"], "partner": "WLD", "flow": "X"}),
    ("85", {"reporter": None, "partner": "WLD", "flow": "M", "source": "comtrade"}),
    ("8542", {"reporter": "KOR", "partner": "WLD", "flow": "X",
              "as_of": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)}),
    ("8542", {"reporter": "CHN", "partner": ["USA", "KOR", "WLD"], "source": "comtrade",
              "start": dt.date(2022, 1, 1), "as_of": dt.datetime(2026, 11, 1, tzinfo=dt.UTC)}),
    ("854231", {"reporter": None, "partner": None, "flow": "M", "end": dt.date(2024, 6, 1)}),
]


@pytest.mark.parametrize(("code", "kw"), CASES)
def test_template_rows_equal_plain_ibis(store, path, code, kw):
    full = {"reporter": None, "partner": None, "flow": None, "source": None, "start": None, "end": None,
            "as_of": None, **kw}
    got = q._fetch_frame(store, [code], **full)
    want = _plain(store, code, **{k: v for k, v in kw.items()})
    _assert_same(got, want)


def _assert_same(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> None:
    """Equal rows; float sums to 1e-12 relative (DuckDB's parallel sum order is not fixed)."""
    a, b = _norm(got), _norm(want)
    assert len(a) == len(b) and a
    for x, y in zip(a, b, strict=True):
        assert {k: v for k, v in x.items() if not isinstance(v, float)} == {
            k: v for k, v in y.items() if not isinstance(v, float)}
        for k, v in x.items():
            if isinstance(v, float):
                assert v == pytest.approx(y[k], rel=1e-12)


def test_as_of_reaches_the_template(store, path):
    base = {"partner": "WLD", "flow": "X", "source": None, "start": None, "end": None}
    old = q._fetch_frame(store, ["8542"], reporter="KOR", as_of=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), **base)
    new = q._fetch_frame(store, ["8542"], reporter="KOR", as_of=None, **base)
    assert old and new
    assert max(r["vintage"] for r in old) < dt.datetime(2026, 1, 1, tzinfo=dt.UTC) <= max(
        r["vintage"] for r in new)


def test_template_is_reused_and_values_change_the_result(store, monkeypatch):
    monkeypatch.setattr(q, "DIRECT", False)
    prepared.clear()
    base = {"partner": "WLD", "flow": "X", "source": None, "start": None, "end": None, "as_of": None}
    kor = q._fetch_frame(store, ["8542"], reporter="KOR", **base)
    jpn = q._fetch_frame(store, ["8542"], reporter="JPN", **base)
    assert len(prepared._CACHE) == 1  # one shape, two value sets
    assert None not in prepared._CACHE.values()  # a real template, not the plain-compile fallback
    assert {r["reporter"] for r in kor} == {"KOR"}
    assert {r["reporter"] for r in jpn} == {"JPN"}
    _assert_same(jpn, _plain(store, "8542", reporter="JPN", partner="WLD", flow="X"))


def test_values_are_quoted_as_literals_not_spliced_as_sql(store, path):
    base = {"partner": "WLD", "flow": "M", "source": None, "start": None, "end": None, "as_of": None}
    rows = q._fetch_frame(store, ["8542' OR '1'='1"], reporter="USA", **base)
    assert rows == []
    sneaky = "\x1ffrontload_param_1\x1f"  # another slot's sentinel text, given as a value
    assert q._fetch_frame(store, ["8542"], reporter=sneaky, **base) == []


@pytest.mark.parametrize("filters", [
    {"reporter": "USA"},
    {"reporter": ["USA", "KOR", "JPN"], "flow": "X"},
    {"partner": "WLD", "start": dt.date(2023, 8, 1), "end": dt.date(2025, 7, 1)},
    {"reporter": "USA", "as_of": dt.datetime(2026, 8, 1, tzinfo=dt.UTC)},
])
def test_bulk_headlines_template_equals_plain(store, filters):
    from frontload.store import bulk, engine

    eng = engine.connect("duckdb")
    obs = eng.observations(store)
    month = dt.date(2025, 7, 1)
    try:
        prepared.ENABLED = False
        want = bulk.headlines(eng, obs, month, **filters)
    finally:
        prepared.ENABLED = True
    prepared.clear()
    got = bulk.headlines(eng, obs, month, **filters)
    again = bulk.headlines(eng, obs, month, **filters)  # from the cached template
    tpls = [t for (_, (key, _)), t in prepared._CACHE.items() if key[0] == "headlines"]
    assert len(tpls) == 1 and tpls[0] is not None  # templated, not the plain-compile fallback
    order = [(c, "ascending") for c in bulk.SERIES]
    assert want.num_rows > 0
    for table in (got, again):
        a, b = table.sort_by(order), want.sort_by(order)
        assert a.schema == b.schema and a.num_rows == b.num_rows
        for name in a.column_names:
            x, y = a.column(name).to_pylist(), b.column(name).to_pylist()
            if pa.types.is_floating(a.schema.field(name).type):  # parallel sums: order not fixed
                assert [v is None for v in x] == [v is None for v in y]
                assert [v for v in x if v is not None] == pytest.approx(
                    [v for v in y if v is not None], rel=1e-12, nan_ok=True)
            else:
                assert x == y


def test_an_aware_as_of_is_the_same_instant_in_any_zone(store, path):
    base = {"partner": "WLD", "flow": "X", "source": None, "start": None, "end": None}
    # KOR's first vintage is 2025-09-25 00:00 UTC; 01:00+02:00 is 23:00 UTC the day before.
    zoned = dt.datetime(2025, 9, 25, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    same_clock_utc = dt.datetime(2025, 9, 25, 1, 0, tzinfo=dt.UTC)
    assert q._fetch_frame(store, ["8542"], reporter="KOR", as_of=same_clock_utc, **base)
    assert q._fetch_frame(store, ["8542"], reporter="KOR", as_of=zoned, **base) == []
    assert _plain(store, "8542", reporter="KOR", partner="WLD", flow="X", as_of=zoned) == []


def test_direct_sql_types_match_the_ibis_rows(store, monkeypatch):
    # not only equal values: the same Python types (an int count, aware datetimes, lists), which
    # the series builder and JSON output rely on
    kw = {"reporter": "USA", "partner": "WLD", "flow": "M", "source": None, "start": None, "end": None,
          "as_of": None}
    direct = q._fetch_frame(store, ["8542"], **kw)
    monkeypatch.setattr(q, "DIRECT", False)
    tpl = q._fetch_frame(store, ["8542"], **kw)
    assert direct and len(direct) == len(tpl)
    for a, b in zip(_norm(direct), _norm(tpl), strict=True):
        assert list(a) == list(b)  # same columns, same order
        assert {k: type(v) for k, v in a.items()} == {k: type(v) for k, v in b.items()}
        assert a["vintage"].utcoffset() == dt.timedelta(0)


def test_the_series_path_imports_no_ibis(loaded_db):
    # a CLI process answering `frontload stats` never imports (nor compiles) Ibis
    import subprocess
    import sys

    code = ("import sys, frontload as fl\n"
            f"with fl.open_store({str(loaded_db)!r}, read_only=True) as s:\n"
            "    fl.stats.headline(fl.get_series(s, 'USA', 'TWN', 'processors'))\n"
            "print('ibis' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
