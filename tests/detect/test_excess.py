"""Front-loading detection on real bundled series, with injected surges of known size."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from typer.testing import CliRunner

from frontload.cli import app
from frontload.detect import baselines as B
from frontload.detect.excess import detect
from frontload.errors import QueryError
from frontload.model import FlowKey
from frontload.stats import Point, Series

from ..conftest import DATA, raw_kazookat, read_csv

EVENT = dt.date(2023, 1, 1)


def series_from(raw: dict[str, float], *, scale: dict[str, float] | None = None,
                qty: dict[str, float] | None = None, drop: tuple[str, ...] = ()) -> Series:
    pts = []
    for k, v in sorted(raw.items()):
        if k in drop:
            continue
        f = (scale or {}).get(k, 1.0)
        pts.append(Point(dt.date(int(k[:4]), int(k[5:]), 1), 1, v * f, ("kz",),
                         qty=(qty or {}).get(k), qty_unit="u" if qty and k in qty else None))
    return Series(FlowKey("USA", "WLD", "M", "854231"), "comtrade", "M", tuple(pts))


@pytest.fixture(scope="module")
def raw():
    return raw_kazookat("USA", "M", "0", "854231")


RUNUP = ["2022-07", "2022-08", "2022-09", "2022-10", "2022-11", "2022-12"]


@pytest.mark.parametrize("baseline", sorted(B.BASELINES))
def test_injected_surge_is_found_and_sized(raw, baseline):
    """A surge in the six months before the event (during the real 2022 downturn): the excess estimate
    moves by exactly the injection, and the surge is significant. Seasonal naive has the widest band
    (it forecasts from one year), so it needs +100% where the fitted models flag +60%."""
    size = 1.0 if baseline == "seasonal_naive" else 0.6
    base = detect(series_from(raw), EVENT, baseline=baseline)
    surged = detect(series_from(raw, scale={k: 1 + size for k in RUNUP}), EVENT, baseline=baseline)
    injected = sum(raw[k] * size for k in RUNUP)
    assert surged.excess - base.excess == pytest.approx(injected, rel=1e-9)
    assert surged.significant, surged.summary()
    assert surged.onset is not None and surged.onset <= dt.date(2022, 12, 1)
    assert "front-loading" in surged.verdict()


def test_default_baseline_is_the_best_backtest(raw):
    d = detect(series_from(raw), EVENT)
    assert d.baseline == min(d.backtest, key=d.backtest.get)
    assert set(d.backtest) == set(B.BASELINES)
    assert detect(series_from(raw), EVENT, baseline="ets").backtest == {}


def test_payback_after_the_event(raw):
    after = ["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"]
    d0 = detect(series_from(raw), EVENT)
    d = detect(series_from(raw, scale={k: 0.4 for k in after}), EVENT)
    assert d.payback - d0.payback == pytest.approx(sum(raw[k] * 0.6 for k in after), rel=1e-9)
    assert d.payback_low > 0 and "payback" in d.verdict()


def test_counterfactual_band_orders(raw):
    d = detect(series_from(raw), EVENT)
    for lo, c, hi in zip(d.lower95, d.counterfactual, d.upper95, strict=True):
        assert lo <= c <= hi


def test_short_history_is_refused_and_gaps_are_warned():
    vn = raw_kazookat("USA", "M", "704", "854232")  # missing 2020-03 and 2020-10
    with pytest.raises(QueryError, match="not enough monthly history"):
        detect(series_from(vn), dt.date(2021, 6, 1))
    d = detect(series_from(vn), dt.date(2023, 6, 1))
    assert d.fit_start == dt.date(2020, 11, 1)  # the gap-free stretch after the 2020-10 gap
    assert any("missing month" in w for w in d.warnings)
    assert any("history" in w for w in d.warnings)


def test_missing_runup_month_and_outlier_warnings(raw):
    d = detect(series_from(raw, drop=("2022-09",)), EVENT)
    assert any("no data for Sep 2022" in w for w in d.warnings)
    assert d.actual[2] is None and d.excess is not None
    spike = detect(series_from(raw, scale={"2019-05": 50.0}), EVENT)
    assert any("outlier" in w for w in spike.warnings)


def test_price_volume_split_is_exact():
    """Run-up Jul–Dec 2019 (event Jan 2020): the raw file has item counts for all twelve months needed."""
    rows = read_csv(DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv")
    sel = [r for r in rows if r["reporter"] == "USA" and r["partner_code"] == "0" and r["cmd_code"] == "854231"]
    val = {r["date"][:7]: float(r["value_usd"]) for r in sel}
    qty = {r["date"][:7]: float(r["qty"]) for r in sel if r["qty"] and r["qty_unit"] == "u"}
    months = [f"2019-{m:02d}" for m in range(7, 13)]
    prev = [f"2018-{m:02d}" for m in range(7, 13)]
    assert all(m in qty for m in months + prev)
    pv = detect(series_from(val, qty=qty), dt.date(2020, 1, 1)).price_volume
    v1, v0 = sum(val[m] for m in months), sum(val[m] for m in prev)
    q1, q0 = sum(qty[m] for m in months), sum(qty[m] for m in prev)
    assert pv["value_pct"] == pytest.approx((v1 / v0 - 1) * 100)
    assert pv["qty_pct"] == pytest.approx((q1 / q0 - 1) * 100)
    assert (1 + pv["qty_pct"] / 100) * (1 + pv["unit_value_pct"] / 100) == pytest.approx(1 + pv["value_pct"] / 100)
    # A month without a quantity in the run-up (Jul 2022 is "N/A" in the raw file): no split.
    assert qty.get("2022-07") is None
    assert detect(series_from(val, qty=qty), EVENT).price_volume is None


def test_frame_and_dict(raw):
    d = detect(series_from(raw), EVENT, lead=3, lag=2)
    f = d.to_frame()
    assert list(f["window"]) == ["run-up"] * 3 + ["after"] * 2
    assert np.allclose(f["excess"], f["actual"] - f["counterfactual"])
    assert json.loads(json.dumps(d.to_dict()))["lead"] == 3


def test_cli_detect_on_the_store(loaded_db, tmp_path):
    out = tmp_path / "chart.html"
    png = tmp_path / "chart.png"
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "detect", "USA", "China", "processors", "--event",
                                 "2025-04", "--lead", "4", "--format", "json", "--html", str(out),
                                 "--png", str(png)])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    mar = next(m for m in d["months"] if m["month"] == "2025-03-01")
    assert mar["actual"] == pytest.approx(raw_kazookat("USA", "M", "156", "854231")["2025-03"])
    assert d["fit"][1] == "2024-11-01" and d["baseline"] in B.BASELINES
    assert out.read_text().count("<script") >= 1
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "detect", "USA", "China", "processors", "--event", "NOPE-1"])
    assert r.exit_code == 2 and "no event with id" in r.output


def test_backtest_harness_counts(store):
    from frontload.detect import validate

    series = validate.monthly_series(store)
    keys = {(s.key.reporter, s.key.partner, s.key.product) for s in series}
    assert ("USA", "WLD", "854231") in keys and all(sum(p.months == 1 for p in s.points) >= 60 for s in series)
    table = validate.run(series[:1], sizes=(0.6, 5.0), baselines=("seasonal_trend",))
    (row,) = table
    n = len(validate.placebo_dates(series[0], 6, 6))
    assert 0 < row["cases"] <= n
    assert 0 <= row["false_alarm_rate"] <= row["detection_rate_60pct"] <= row["detection_rate_500pct"] <= 1
    assert row["detection_rate_500pct"] >= 0.8  # a sixfold run-up is flagged unless the band explodes


def test_difference_in_differences_against_controls(raw):
    """The same series, untouched, as control: the DiD equals the injected share of the actuals."""
    treated = series_from(raw, scale={k: 1.6 for k in RUNUP})
    control = series_from(raw)
    d = detect(treated, EVENT, baseline="ets", controls=[control])
    c = detect(control, EVENT, baseline="ets")
    actual = sum(raw[k] for k in RUNUP)
    cf = sum(c.counterfactual[: c.lead])
    assert d.controls[0]["excess_pct"] == pytest.approx(c.excess_pct)
    assert d.did_pp == pytest.approx(0.6 * actual / cf * 100)
    assert "difference in differences" in d.summary()
    short = series_from({k: v for k, v in raw.items() if k >= "2021-01"})
    d2 = detect(treated, EVENT, baseline="ets", controls=[short])
    assert d2.controls == [] and any("control" in w for w in d2.warnings)
