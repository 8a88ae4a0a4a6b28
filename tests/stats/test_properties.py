"""Invariants that must hold for any data, checked with generated series."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontload import stats
from frontload.model import FlowKey, LoadedDataset, Query
from frontload.sources._common import IN_SCHEMA
from frontload.stats import Point, Series
from frontload.store import query as Q
from frontload.store.store import Store

values = st.floats(min_value=0, max_value=1e11, allow_nan=False, allow_infinity=False)


def monthly(start_year: int, vals: list[float]) -> Series:
    pts = []
    for i, v in enumerate(vals):
        y, m = divmod(start_year * 12 + i, 12)
        pts.append(Point(dt.date(y, m + 1, 1), 1, v, ("f",)))
    return Series(FlowKey("USA", "WLD", "M", "8542"), "t", "M", tuple(pts))


@given(st.lists(values, min_size=24, max_size=60), st.integers(2000, 2030))
def test_ytd_of_december_equals_the_annual_total(vals, y0):
    s = monthly(y0, vals)
    for sp in stats.annual(s):
        dec = dt.date(sp.start.year, 12, 1)
        assert stats.ytd(s, dec).value == sp.value
        assert stats.rolling(s, dec, 12).value == sp.value
        assert sum(q.value for q in stats.quarterly(s) if q.start.year == sp.start.year) == \
            pytest.approx(sp.value)


@given(st.lists(values, min_size=13, max_size=40), st.floats(min_value=0, max_value=1e11))
def test_streak_never_exceeds_months_above_threshold(vals, threshold):
    s = monthly(2020, vals)
    f = stats.streak(s, threshold)
    run = 0
    for v in reversed(vals):
        if not v > threshold:
            break
        run += 1
    assert (f.value if f else 0) == run


@given(st.lists(st.lists(values, min_size=12, max_size=12), min_size=2, max_size=5))
def test_children_sum_to_parent_and_contributions_to_growth(children_vals):
    # 12 months x 2 years per child: children are given 24 values by repeating with a factor.
    kids = {f"85423{i}": monthly(2023, v + [x * 1.5 for x in v]) for i, v in enumerate(children_vals)}
    total = [sum(c[i] for c in [v + [x * 1.5 for x in v] for v in children_vals]) for i in range(24)]
    parent = monthly(2023, total)
    b = stats.breakdown(parent, kids, dt.date(2024, 1, 1), 12)
    if b is None:  # all zero
        assert sum(total[12:]) == 0
        return
    assert abs(b.residual) <= 1e-6 * max(1.0, b.total)
    g = stats.yoy(parent, dt.date(2024, 1, 1), 12)
    if g is not None:
        contrib = sum(i.contribution_pp or 0 for i in b.items)
        assert abs(contrib - g.value) <= 1e-6 * max(1.0, abs(g.value))


rows = st.lists(
    st.tuples(st.sampled_from(["854231", "854232"]), st.integers(1, 24), values), min_size=1, max_size=30,
    unique_by=lambda t: (t[0], t[1]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows)
def test_reingest_is_a_no_op_and_sum_of_children_is_the_heading(tmp_path_factory, data):
    recs = []
    for code, k, v in data:
        y, m = divmod(2023 * 12 + k - 1, 12)
        recs.append(dict(source="comtrade", reporter="USA", partner="WLD", flow="M", classification="H6",
                         product=code, level=6, period=dt.date(y, m + 1, 1), freq="M", months=1, value_usd=v,
                         value_local=None, currency=None, valuation="CIF", qty=None, qty_unit=None,
                         net_weight_kg=None, is_estimated=False))
    ds = LoadedDataset("p", "comtrade", "t", "mem", "0" * 64, dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                       observations=pa.Table.from_pylist(recs, schema=IN_SCHEMA), scope_products=["8542"])
    with Store(":memory:") as s:
        s.ingest(ds)
        before = s.con.execute("SELECT count(*) FROM observations").fetchall()[0][0]
        again = s.ingest(ds)
        assert again.rows_new == again.rows_revised == 0
        assert s.con.execute("SELECT count(*) FROM observations").fetchall()[0][0] == before
        series = Q.series(s, Query("USA", "WLD", "M", "8542"))
        by_month: dict[dt.date, float] = {}
        for _code, k, v in data:
            y, m = divmod(2023 * 12 + k - 1, 12)
            by_month[dt.date(y, m + 1, 1)] = by_month.get(dt.date(y, m + 1, 1), 0) + v
        assert {p.period: p.value for p in series.points} == pytest.approx(by_month)
