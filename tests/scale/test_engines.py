"""Parity: the same Ibis expressions over the bundled real data give the same results on DuckDB and Spark.

Spark gets the store's observations copied over (small data, local session);
the expressions are the very functions frontload runs, not a second version.
Each query's result is also checked against an expectation computed straight
from the raw KazooKat CSV, so the two engines cannot agree on a wrong answer.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import numpy as np
import pytest

from frontload.detect.screen import scores
from frontload.store import bulk
from frontload.store import query as q
from tests.conftest import DATA, raw_kazookat, read_csv

pytestmark = pytest.mark.spark

MONTH = dt.date(2025, 7, 1)
KAZOOKAT = DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv"


@pytest.fixture(scope="module")
def both(spark_engine, duck_engine, loaded_db):
    from frontload.store.store import Store

    with Store(loaded_db, read_only=True) as s:
        duck = duck_engine.arrow(s.con.sql("SELECT * FROM observations").to_arrow_table())
        spark = spark_engine.observations(s)
    return {"duckdb": (duck_engine, duck), "spark": (spark_engine, spark)}


def _rows(table: Any, keys: tuple[str, ...]) -> list[dict[str, Any]]:
    rows = table.to_pylist() if hasattr(table, "to_pylist") else table
    return sorted(rows, key=lambda r: tuple("" if r[k] is None else str(r[k]) for k in keys))


def _same(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> None:
    assert len(a) == len(b) and a
    for ra, rb in zip(a, b, strict=True):
        assert set(ra) == set(rb)
        for k, va in ra.items():
            vb = rb[k]
            if isinstance(va, float) or isinstance(vb, float):
                if va is None or vb is None or (isinstance(va, float) and math.isnan(va)):
                    assert (va is None or math.isnan(va)) and (vb is None or math.isnan(vb)), (k, ra, rb)
                else:
                    assert va == pytest.approx(vb, rel=1e-9, abs=1e-6), (k, ra, rb)
            elif isinstance(va, list):
                assert sorted(va) == sorted(vb), (k, ra, rb)
            else:
                assert va == vb, (k, ra, rb)


def test_headline_sums_and_figures_equal(both):
    out = {}
    for name, (eng, obs) in both.items():
        sums = eng.to_arrow(bulk.headline_at(bulk.monthly_panel(obs), MONTH))
        out[name] = _rows(bulk.headline_arrays(sums, MONTH), bulk.SERIES)
    _same(out["duckdb"], out["spark"])
    # and the figures are those the raw file gives for one series
    raw = raw_kazookat("USA", "M", "0", "854231")
    (row,) = [r for r in out["spark"] if (r["reporter"], r["partner"], r["flow"], r["product"])
              == ("USA", "WLD", "M", "854231")]
    assert row["value"] == pytest.approx(raw["2025-07"])
    assert row["yoy_pct"] == pytest.approx((raw["2025-07"] / raw["2024-07"] - 1) * 100)
    ytd = sum(raw[f"2025-{m:02d}"] for m in range(1, 8))
    ytd_prev = sum(raw[f"2024-{m:02d}"] for m in range(1, 8))
    assert row["ytd"] == pytest.approx(ytd)
    assert row["ytd_yoy_pct"] == pytest.approx((ytd / ytd_prev - 1) * 100)
    r12 = sum(raw[k] for k in raw if "2024-08" <= k <= "2025-07")
    assert row["rolling_12m"] == pytest.approx(r12)


def test_history_windows_equal(both):
    out = {n: _rows(eng.to_arrow(bulk.history(bulk.monthly_panel(o, reporter="USA"))),
                    (*bulk.SERIES, "m")) for n, (eng, o) in both.items()}
    _same(out["duckdb"], out["spark"])
    raw = raw_kazookat("USA", "M", "0", "854231")
    by_month = {r["period"].strftime("%Y-%m"): r for r in out["spark"]
                if (r["partner"], r["flow"], r["product"]) == ("WLD", "M", "854231")}
    assert by_month["2025-03"]["prev"] == pytest.approx(raw["2024-03"])
    assert by_month["2025-03"]["ytd"] == pytest.approx(sum(raw[f"2025-0{m}"] for m in (1, 2, 3)))
    assert by_month["2025-03"]["ytd_n"] == 3


def test_partner_shares_equal(both):
    out = {n: _rows(eng.to_arrow(bulk.partner_shares(bulk.monthly_panel(o))), (*bulk.SERIES, "m"))
           for n, (eng, o) in both.items()}
    _same(out["duckdb"], out["spark"])
    # shares of one product and month add up to 100 %
    some = [r for r in out["duckdb"] if r["total"] and r["total"] > 0]
    groups: dict[tuple[Any, ...], float] = {}
    for r in some:
        k = (r["source"], r["reporter"], r["flow"], r["product"], r["m"])
        groups[k] = groups.get(k, 0.0) + r["share_pct"]
    assert groups and all(v == pytest.approx(100.0) for v in groups.values())


def test_screen_features_and_scores_equal(both):
    end, months = dt.date(2025, 6, 1), 36
    got = {}
    for name, (eng, obs) in both.items():
        long = eng.to_arrow(bulk.screen_panel(bulk.monthly_panel(obs), end, months))
        keys, y = bulk.to_matrix(long, end, months)
        got[name] = (keys, y)
    (kd, yd), (ks, ys) = got["duckdb"], got["spark"]
    assert kd == ks and len(kd) > 10
    assert not np.isnan(yd).any()
    np.testing.assert_allclose(yd, ys, rtol=1e-12)
    first = (bulk.month_index(end) - months + 1) % 12
    zd = scores(np.log1p(np.maximum(yd, 0)), first, months - 6, 6)
    zs = scores(np.log1p(np.maximum(ys, 0)), first, months - 6, 6)
    np.testing.assert_allclose(zd, zs, rtol=1e-9)


def test_store_query_layer_equal(both):
    """The per-series query layer's own steps (latest, select_flow, coarsest_level, aggregate)."""
    out = {}
    for name, (eng, obs) in both.items():
        t = q.select_flow(q.latest(obs), code="8542", flow="M")
        agg = q.aggregate(q.coarsest_level(t))
        out[name] = _rows(eng.to_arrow(agg.drop("vintage")), ("source", "reporter", "partner", "flow",
                                                              "period", "months"))
    _same(out["duckdb"], out["spark"])
    usa = [r for r in out["duckdb"] if r["reporter"] == "USA" and r["partner"] == "WLD"
           and r["source"] == "comtrade" and r["period"] == dt.date(2025, 7, 1)]
    codes = {r["cmd_code"] for r in read_csv(KAZOOKAT) if r["cmd_code"].startswith("8542")}
    expected = sum(raw_kazookat("USA", "M", "0", c).get("2025-07", 0.0) for c in codes)
    assert usa and expected > 0 and usa[0]["value"] == pytest.approx(expected)
