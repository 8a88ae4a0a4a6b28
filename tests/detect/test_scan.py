"""The run-up scan, its critical values, the synthetic control and the backtest harness."""

from __future__ import annotations

import numpy as np
import pytest

from frontload.detect import baselines as B
from frontload.detect import scan as S
from frontload.detect import validate as V
from frontload.detect.controls import synthetic_weights
from frontload.detect.excess import detect


def test_stretches_cover_every_contiguous_run():
    st = S.stretches(7)
    assert len(st) == sum(7 - n + 1 for n in range(1, 7)) == 27
    assert (6, 7) in st and (0, 6) in st and (0, 7) not in st


def test_scan_finds_a_spike_and_a_plateau():
    cf = np.full(7, 100.0)
    sd = np.full(7, 0.1)
    spike = cf.copy()
    spike[5] = 250
    b = S.scan(spike, cf, sd)
    assert (b.start, b.stop) == (5, 6) and b.excess == pytest.approx(150)
    plateau = cf * np.array([1, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5])
    b = S.scan(plateau, cf, sd)
    assert (b.start, b.stop) == (1, 7)
    lo, hi = b.interval(2.0)
    assert lo < b.excess < hi
    assert lo > 0 and (lo > 0) == (b.t > 2.0)
    gap = plateau.copy()
    gap[3] = np.nan
    assert S.scan(gap, cf, sd).stop <= 3 or S.scan(gap, cf, sd).start >= 4


def test_c_max_holds_the_false_alarm_rate_under_gaussian_errors():
    """A fresh simulation (another seed) with unequal σ: the max over 27 stretches exceeds c_max(7)
    about 5% of the time, where 1.96 would fire far more often."""
    rng = np.random.default_rng(99)
    n, w = 20_000, 7
    sd = rng.uniform(0.1, 0.3, size=(n, 1)) * np.ones((n, w))
    e = np.sqrt(0.5) * rng.standard_normal((n, w)) + np.sqrt(0.5) * rng.standard_normal((n, 1))
    t = S.scan_t(e * sd, sd, np.ones((n, w)))
    rate = float(np.mean(t > S.c_max(w)))
    assert 0.035 < rate < 0.065, rate
    assert np.mean(t > 1.96) > 0.12


def test_calibration_covers_every_baseline_and_band():
    for b in S.BANDS:
        assert ("seasonal_naive", b) in S.CALIBRATION
    for name in ("seasonal_trend", "auto"):
        assert all((name, b) in S.CALIBRATION for b in S.BANDS[1:])
    assert all(0.5 < f < 5 for f in S.CALIBRATION.values())


def test_synthetic_weights_recover_a_known_mix():
    rng = np.random.default_rng(3)
    donors = rng.normal(0, 1, size=(60, 4)).cumsum(axis=0)
    treated = 5 + donors @ np.array([0.7, 0.3, 0.0, 0.0])
    w = synthetic_weights(treated, donors)
    assert w == pytest.approx([0.7, 0.3, 0.0, 0.0], abs=1e-6)
    assert w.sum() == pytest.approx(1.0) and (w >= 0).all()


def test_harness_fits_what_detect_fits(store):
    """One backtest case equals the detector's own counterfactual for the same dates and history."""
    series = V.monthly_series(store)[:1]
    cs = V.cases(series, histories=(36,), step=24, methods=("seasonal_trend", "seasonal_naive"))
    c = next(c for c in cs if c.method == "seasonal_trend")
    d = detect(series[0], c.event, lead=6, lag=0, baseline="seasonal_trend", max_fit=36)
    assert d.history_months == 36
    assert np.allclose(c.cf, d.counterfactual) and np.allclose(c.actual, [a or 0 for a in d.actual])
    # Injection multiplies the actuals and leaves the counterfactual alone.
    a = V.injected(c, "ramp", 0.6)
    assert np.allclose(a[-3:] / c.actual[-3:], [1.3, 1.6, 1.9]) and np.allclose(a[:-3], c.actual[:-3])
    a = V.injected(c, "spike", 1.0)
    assert np.allclose(a / c.actual, [1, 1, 1, 1, 1, 2, 1])
    table = V.evaluate(cs)
    assert {r["method"] for r in table} <= {"seasonal_trend", "seasonal_naive"}
    for r in table:
        assert 0 <= r["false_alarm_rate"] <= 1
        assert r["plateau_30"] <= r["plateau_60"] <= r["plateau_100"]


def test_usable_baselines_by_history():
    assert B.usable(12) == ["seasonal_naive"]
    assert B.usable(30) == ["seasonal_naive", "seasonal_trend"]
    assert B.usable(36) == list(B.BASELINES)


def test_pooled_event_study_averages_flows_with_placebo_inference(store):
    """The same flows with +50% injected into every run-up month: the pooled effect moves by exactly
    log(1.5) on the log scale, and the placebo interval is there."""
    import datetime as dt

    from frontload import api
    from frontload.detect.pooled import event_study
    from frontload.model import month_index
    from frontload.stats import Series

    event = dt.date(2024, 7, 1)
    series = [api.get_series(store, "USA", "TWN", c, flow="M", source="comtrade") for c in ("854231", "854232")]
    base = event_study(series, event)
    lo, hi = month_index(event) - 6, month_index(event)
    surged = [Series(s.key, s.source, s.freq, tuple(
        p.__class__(p.period, p.months, p.value * (1.5 if lo <= p.start <= hi else 1.0), p.fetch_ids)
        for p in s.points if p.months == 1)) for s in series]
    up = event_study(surged, event)
    assert len(base.flows) == 2 and base.placebo_n >= 3 and base.interval_95 is not None
    assert np.log1p(up.effect_pct / 100) - np.log1p(base.effect_pct / 100) == pytest.approx(np.log(1.5))
    assert up.verdict().startswith("average anticipation effect over 2 flows in Jan 2024–Jul 2024")


def test_placebo_quantile_is_the_conformal_order_statistic():
    """The ⌈(n+1)·0.95⌉-th smallest: with 19 placebos the largest, with 18 none (no verdict), and on
    fresh draws it is exceeded at most 5% of the time where the sample quantile is exceeded more."""
    assert V.placebo_quantile(np.arange(19.0)) == 18.0
    assert V.placebo_quantile(np.arange(18.0)) == np.inf
    rng = np.random.default_rng(4)
    over_conformal, over_plain = [], []
    for _ in range(2000):
        u, new = rng.standard_normal(40), rng.standard_normal()
        over_conformal.append(new > V.placebo_quantile(u))
        over_plain.append(new > np.quantile(u, 0.95))
    assert np.mean(over_conformal) <= 0.055 < np.mean(over_plain)


def test_oracle_ceiling_holds_the_level_and_falls_with_noise():
    quiet, noisy = V.oracle_power(0.1, draws=5000), V.oracle_power(0.5, draws=5000)
    for o in (quiet, noisy):
        assert 0.035 < o["false_alarm_rate"] < 0.065
        # Knowing the surge's months never hurts.
        assert all(o[f"known_{k}"] >= o[k] - 0.02 for k in ("spike_60", "ramp_60", "plateau_60"))
    assert quiet["plateau_100"] > 0.99 and noisy["plateau_100"] < 0.6
    assert noisy["spike_30"] < noisy["spike_60"] < noisy["spike_100"]


def test_backtest_grid_and_wide_donor_pool(store):
    """Slow methods on their own coarser grid; the wide pool gives World flows a synthetic control
    (from the other products' World flows), which the same-product pool cannot."""
    series = [s for s in V.monthly_series(store) if s.key.reporter == "USA"]
    one = [s for s in series if s.key.partner == "WLD"][:1]
    cs = V.cases(one, histories=(36,), step=12, slow_step=24, slow_histories=(36,),
                 methods=("seasonal_naive", "stl_arima"))
    naive = {c.event for c in cs if c.method == "seasonal_naive"}
    stl = {c.event for c in cs if c.method == "stl_arima"}
    assert stl and stl < naive
    assert all((e.year * 12 + e.month - 1) % 24 == 0 for e in stl)
    wld = [s for s in series if s.key.partner == "WLD"]
    cs = V.cases(wld, histories=(24,), step=24, methods=("synthetic", "synthetic_wide"))
    assert cs and {c.method for c in cs} == {"synthetic_wide"}
