"""The bulk expressions on hand-made series whose answers are known (DuckDB; parity with Spark is elsewhere)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pytest

from frontload.model import OBSERVATION_SCHEMA
from frontload.store import bulk
from frontload.store import engine as engines

V1 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
V2 = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)


def _obs(rows: list[tuple[str, dt.date, float, dt.datetime]]) -> pa.Table:
    n = len(rows)
    cols = {f.name: pa.nulls(n, f.type) for f in OBSERVATION_SCHEMA}
    cols.update({
        "source": pa.array(["t"] * n), "reporter": pa.array(["AAA"] * n),
        "partner": pa.array([r[0] for r in rows]), "flow": pa.array(["M"] * n),
        "product": pa.array(["010101"] * n), "level": pa.array([6] * n, pa.int8()),
        "period": pa.array([r[1] for r in rows], pa.date32()), "freq": pa.array(["M"] * n),
        "months": pa.array([1] * n, pa.int8()), "value_usd": pa.array([r[2] for r in rows]),
        "vintage": pa.array([r[3] for r in rows], pa.timestamp("us", tz="UTC")),
    })
    return pa.table(cols, schema=OBSERVATION_SCHEMA)


def _months(y0: int, m0: int, n: int) -> list[dt.date]:
    return [dt.date(y0 + (m0 - 1 + i) // 12, (m0 - 1 + i) % 12 + 1, 1) for i in range(n)]


@pytest.fixture(scope="module")
def eng():
    return engines.connect("duckdb")


def test_latest_vintage_wins_and_history_is_right_across_a_gap(eng):
    months = _months(2024, 1, 24)
    rows = [("BBB", d, float(i + 1), V1) for i, d in enumerate(months) if d != dt.date(2025, 2, 1)]
    rows.append(("BBB", dt.date(2025, 3, 1), 1000.0, V2))  # a revision of March 2025
    hist = eng.to_arrow(bulk.history(bulk.monthly_panel(eng.arrow(_obs(rows))))).to_pylist()
    by = {r["period"]: r for r in hist}
    assert len(by) == 23  # February 2025 missing, March 2025 once (its newest vintage)
    mar = by[dt.date(2025, 3, 1)]
    assert mar["value"] == 1000.0 and mar["prev"] == 3.0  # March 2024, not the row 12 rows back
    assert mar["ytd_n"] == 2 and mar["ytd"] == 13.0 + 1000.0  # Jan + Mar 2025: a YTD with a hole
    assert by[dt.date(2025, 1, 1)]["prev"] == 1.0


def test_headline_figures_follow_the_conventions(eng):
    months = _months(2024, 1, 19)  # Jan 2024 .. Jul 2025
    values = [0.0 if d == dt.date(2024, 7, 1) else 10.0 + i for i, d in enumerate(months)]
    rows = [("BBB", d, v, V1) for d, v in zip(months, values, strict=True)]
    rows += [("CCC", d, 5.0, V1) for d in months if d != dt.date(2025, 3, 1)]
    month = dt.date(2025, 7, 1)
    t = {r["partner"]: r for r in bulk.headlines(eng, eng.arrow(_obs(rows)), month).to_pylist()}
    b, c = t["BBB"], t["CCC"]
    assert b["value"] == 28.0 and b["yoy_pct"] is None  # growth from a zero base is undefined
    assert b["ytd"] == sum(range(22, 29)) and b["ytd_yoy_pct"] == pytest.approx(
        (sum(range(22, 29)) / (10 + 11 + 12 + 13 + 14 + 15 + 0) - 1) * 100)
    assert b["rolling_12m"] == sum(range(17, 29))  # Aug 2024 .. Jul 2025
    assert b["rolling_12m_yoy_pct"] is None  # the twelve months before start in Aug 2023: not there
    assert c["value"] == 5.0 and c["yoy_pct"] == pytest.approx(0.0)
    assert c["ytd"] is None and c["ytd_yoy_pct"] is None  # March 2025 is missing


def test_screen_matrix_is_in_key_order_and_skips_incomplete_series(eng):
    months = _months(2020, 1, 72)
    rows = [(p, d, 100.0 * (1 + k) + i, V1) for k, p in enumerate(["ZZZ", "BBB", "MMM"])
            for i, d in enumerate(months)]
    rows = [r for r in rows if not (r[0] == "MMM" and r[1] == dt.date(2024, 5, 1))]
    end = dt.date(2025, 12, 1)
    long = eng.to_arrow(bulk.screen_panel(bulk.monthly_panel(eng.arrow(_obs(rows))), end, 66))
    keys, y = bulk.to_matrix(long, end, 66)
    assert [k[2] for k in keys] == ["BBB", "ZZZ"]  # MMM has a hole in the window
    np.testing.assert_array_equal(y[0], 200.0 + np.arange(6, 72))
    np.testing.assert_array_equal(y[1], 100.0 + np.arange(6, 72))
