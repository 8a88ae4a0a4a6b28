"""Front-loading detection on real bundled series, with injected surges of known shape and size."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from typer.testing import CliRunner

from frontload.cli import app
from frontload.detect import baselines as B
from frontload.detect import scan as S
from frontload.detect.excess import detect
from frontload.errors import QueryError
from frontload.model import FlowKey
from frontload.stats import Point, Series

from ..conftest import DATA, raw_kazookat, read_csv

EVENT = dt.date(2023, 1, 1)  # the effective month: the run-up is Jul 2022 – Jan 2023


def series_from(raw: dict[str, float], *, scale: dict[str, float] | None = None,
                qty: dict[str, float] | None = None, drop: tuple[str, ...] = (),
                partner: str = "WLD") -> Series:
    pts = []
    for k, v in sorted(raw.items()):
        if k in drop:
            continue
        f = (scale or {}).get(k, 1.0)
        pts.append(Point(dt.date(int(k[:4]), int(k[5:]), 1), 1, v * f, ("kz",),
                         qty=(qty or {}).get(k), qty_unit="u" if qty and k in qty else None))
    return Series(FlowKey("USA", partner, "M", "854231"), "comtrade", "M", tuple(pts))


@pytest.fixture(scope="module")
def raw():
    return raw_kazookat("USA", "M", "0", "854231")


BEFORE = ["2022-07", "2022-08", "2022-09", "2022-10", "2022-11", "2022-12"]
RUNUP = [*BEFORE, "2023-01"]


def test_windows_run_through_the_effective_month(raw):
    d = detect(series_from(raw), EVENT, lag=3, baseline="seasonal_trend")
    assert d.lead == 7 and d.runup == (dt.date(2022, 7, 1), EVENT)
    assert d.aftermath == (dt.date(2023, 2, 1), dt.date(2023, 4, 1))
    assert d.fit_end == dt.date(2022, 6, 1)
    assert "run-up Jul 2022–Jan 2023 (through the effective month), aftermath Feb 2023–Apr 2023" in d.summary()
    out = d.to_dict()
    assert out["runup"] == ["2022-07-01", "2023-01-01"] and out["aftermath"] == ["2023-02-01", "2023-04-01"]
    assert [m["window"] for m in out["months"]] == ["run-up"] * 7 + ["after"] * 3
    # From the announcement when it is earlier than six months before; --lead overrides.
    st = {"baseline": "seasonal_trend", "lag": 0}
    assert detect(series_from(raw), EVENT, announced=dt.date(2022, 3, 15), **st).runup[0] == dt.date(2022, 3, 1)
    assert detect(series_from(raw), EVENT, announced=dt.date(2022, 12, 1), **st).lead == 7
    assert detect(series_from(raw), EVENT, lead=2, **st).runup[0] == dt.date(2022, 11, 1)


@pytest.mark.parametrize("baseline", sorted(B.BASELINES))
def test_injected_plateau_is_found_and_sized(raw, baseline):
    """+100% in the six months before the event (during the real 2022 downturn): the whole run-up's
    excess moves by exactly the injection, and the best stretch is significant."""
    base = detect(series_from(raw), EVENT, baseline=baseline)
    surged = detect(series_from(raw, scale={k: 2.0 for k in BEFORE}), EVENT, baseline=baseline)
    injected = sum(raw[k] for k in BEFORE)
    assert surged.window_excess - base.window_excess == pytest.approx(injected, rel=1e-9)
    assert surged.counterfactual == base.counterfactual
    assert surged.significant, surged.summary()
    assert surged.best_start >= dt.date(2022, 7, 1) and surged.best_end <= dt.date(2023, 1, 1)
    assert surged.excess_low > 0 and surged.t > surged.critical
    assert surged.verdict().startswith(("front-loading", "a lasting rise"))


def test_a_one_month_rush_in_the_effective_month_is_found(raw):
    """The issue's first failure: a flow that surges in the month the tariff takes effect. The month is
    in the run-up now, and the scan finds it alone instead of averaging it with six quiet months. (At
    2.5x, t = 3.4 falls short of the critical value 3.77 calibrated on every month's placebo dates.)"""
    d = detect(series_from(raw, scale={"2023-01": 3.0}), EVENT, baseline="seasonal_trend")
    assert d.best_start == d.best_end == EVENT
    assert d.significant, d.summary()
    plain = detect(series_from(raw), EVENT, baseline="seasonal_trend")
    assert not plain.significant or plain.best_start != EVENT


def test_placebo_dates_rarely_alarm(raw):
    """No injection, every January and July with six years of history: the calibrated scan seldom fires."""
    s = series_from(raw)
    dates = [dt.date(y, m, 1) for y in range(2023, 2026) for m in (1, 7)]
    alarms = [detect(s, e, baseline="seasonal_trend", lag=0).significant for e in dates]
    assert sum(alarms) <= 2, alarms


def test_payback_and_a_lasting_rise(raw):
    after = ["2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07"]
    d0 = detect(series_from(raw), EVENT, baseline="seasonal_trend")
    d = detect(series_from(raw, scale={k: 0.4 for k in after}), EVENT, baseline="seasonal_trend")
    assert d.payback - d0.payback == pytest.approx(sum(raw[k] * 0.6 for k in after), rel=1e-9)
    assert d.payback_low > 0 and d.payback_text().startswith("payback in Feb 2023–Jul 2023")
    # The "payback (shortfall) −USD 38.5 m": above the counterfactual after is no payback.
    up = detect(series_from(raw, scale={k: 2.5 for k in [*RUNUP, *after]}), EVENT, baseline="seasonal_trend")
    assert up.persisted and up.payback < 0
    assert up.payback_text().startswith("no payback in Feb 2023–Jul 2023: imports stayed USD")
    assert up.to_dict()["aftermath_excess_usd"] == pytest.approx(-up.payback)
    assert up.verdict().startswith("a lasting rise, not front-loading")


def test_counterfactual_band_orders(raw):
    d = detect(series_from(raw), EVENT, baseline="ets")
    for lo, c, hi in zip(d.lower95, d.counterfactual, d.upper95, strict=True):
        assert lo <= c <= hi


def test_short_history_gets_seasonal_naive_not_a_refusal():
    """The issue's 2018 case: 14 months before the run-up. Seasonal naive, a wide band and a warning."""
    cn = raw_kazookat("USA", "M", "156", "854231")
    s = series_from(cn)
    d = detect(s, dt.date(2018, 7, 1))
    assert d.history_months == 14 and d.baseline == "seasonal_naive"
    assert any("only 14 months of history" in w for w in d.warnings)
    with pytest.raises(QueryError, match="with ets: 14 consecutive months, need 36"):
        detect(s, dt.date(2018, 7, 1), baseline="ets")
    with pytest.raises(QueryError, match="need 12"):
        detect(s, dt.date(2017, 9, 1))


def test_uncalibrated_history_never_gives_a_significant_verdict(raw, monkeypatch):
    """Abstain before you guess: without a placebo calibration for the baseline and history, no verdict."""
    monkeypatch.setattr(S, "CALIBRATION", {})
    d = detect(series_from(raw, scale={k: 3.0 for k in BEFORE}), EVENT, baseline="seasonal_trend")
    assert d.critical is None and not d.significant
    assert d.verdict().startswith("no verdict on front-loading") and "indicative only" in d.verdict()


def test_gaps_are_warned():
    vn = raw_kazookat("USA", "M", "704", "854232")  # missing 2020-03 and 2020-10
    d = detect(series_from(vn), dt.date(2023, 6, 1))
    assert d.fit_start == dt.date(2020, 11, 1)  # the gap-free stretch after the 2020-10 gap
    assert any("missing month" in w for w in d.warnings)


def test_missing_runup_month_and_outlier_warnings(raw):
    d = detect(series_from(raw, drop=("2022-09",)), EVENT, baseline="seasonal_trend")
    assert any("no data for Sep 2022" in w for w in d.warnings)
    assert d.actual[2] is None and d.excess is not None
    assert not (d.best_start <= dt.date(2022, 9, 1) <= d.best_end)
    spike = detect(series_from(raw, scale={"2019-05": 50.0}), EVENT, baseline="seasonal_trend")
    assert any("outlier" in w for w in spike.warnings)


def test_price_volume_split_is_exact():
    """Run-up Jul–Dec 2019 (effective Dec 2019): the raw file has item counts for all months needed."""
    rows = read_csv(DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv")
    sel = [r for r in rows if r["reporter"] == "USA" and r["partner_code"] == "0" and r["cmd_code"] == "854231"]
    val = {r["date"][:7]: float(r["value_usd"]) for r in sel}
    qty = {r["date"][:7]: float(r["qty"]) for r in sel if r["qty"] and r["qty_unit"] == "u"}
    months = [f"2019-{m:02d}" for m in range(7, 13)]
    prev = [f"2018-{m:02d}" for m in range(7, 13)]
    assert all(m in qty for m in months + prev)
    pv = detect(series_from(val, qty=qty), dt.date(2019, 12, 1), lead=5, baseline="seasonal_naive").price_volume
    v1, v0 = sum(val[m] for m in months), sum(val[m] for m in prev)
    q1, q0 = sum(qty[m] for m in months), sum(qty[m] for m in prev)
    assert pv["value_pct"] == pytest.approx((v1 / v0 - 1) * 100)
    assert pv["qty_pct"] == pytest.approx((q1 / q0 - 1) * 100)
    assert (1 + pv["qty_pct"] / 100) * (1 + pv["unit_value_pct"] / 100) == pytest.approx(1 + pv["value_pct"] / 100)
    # A month without a quantity in the run-up (Jul 2022 is "N/A" in the raw file): no split.
    assert qty.get("2022-07") is None
    assert detect(series_from(val, qty=qty), EVENT, baseline="seasonal_naive").price_volume is None


def test_frame_and_dict(raw):
    d = detect(series_from(raw), EVENT, lead=3, lag=2, baseline="seasonal_trend")
    f = d.to_frame()
    assert list(f["window"]) == ["run-up"] * 4 + ["after"] * 2
    assert np.allclose(f["excess"], f["actual"] - f["counterfactual"])
    out = json.loads(json.dumps(d.to_dict()))
    assert out["lead"] == 4 and out["method"].startswith(d.baseline) and out["best"][0] is not None


def test_cli_detect_on_the_store(loaded_db, tmp_path):
    out = tmp_path / "chart.html"
    png = tmp_path / "chart.png"
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "detect", "USA", "China", "processors", "--event",
                                 "2025-04", "--lead", "4", "--format", "json", "--html", str(out),
                                 "--png", str(png)])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    apr = next(m for m in d["months"] if m["month"] == "2025-04-01")
    assert apr["window"] == "run-up"
    assert apr["actual"] == pytest.approx(raw_kazookat("USA", "M", "156", "854231")["2025-04"])
    assert d["fit"][1] == "2024-11-01" and d["baseline"] in B.BASELINES
    assert d["runup"] == ["2024-12-01", "2025-04-01"] and d["aftermath"] == ["2025-05-01", "2025-10-01"]
    assert out.read_text().count("<script") >= 1
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "detect", "USA", "China", "processors", "--event", "NOPE-1"])
    assert r.exit_code == 2 and "no event with id" in r.output
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "detect", "USA", "China", "processors", "--event",
                                 "2025-04", "--lag", "0"])
    assert r.exit_code == 0 and "run-up Oct 2024–Apr 2025 (through the effective month)" in r.stdout


def test_difference_in_differences_against_controls(raw):
    """The same series, untouched, as controls: the DiD is exactly the injected +60%, and identical
    controls give placebo differences of zero."""
    treated = series_from(raw, scale={k: 1.6 for k in RUNUP})
    controls = [series_from(raw, partner=p) for p in ("CHN", "TWN", "MYS")]
    d = detect(treated, EVENT, baseline="seasonal_trend", controls=controls)
    assert len(d.controls) == 3
    assert d.did_pp == pytest.approx(60.0)
    assert d.did["placebo_space_pct"] == pytest.approx([0.0, 0.0, 0.0], abs=1e-9)
    assert d.did["p_space"] == pytest.approx(0.25) and d.did["p_time"] is not None
    assert d.did["interval_95"][0] == pytest.approx(60.0) and d.did["placebo_time_n"] >= 3
    assert "difference in differences +60 points" in d.summary()
    short = series_from({k: v for k, v in raw.items() if k >= "2022-01"})
    d2 = detect(treated, EVENT, baseline="seasonal_trend", controls=[short])
    assert d2.controls == [] and any("control" in w for w in d2.warnings) and d2.did is None


def test_related_products_as_donors_are_named_and_calibrated_as_the_wide_pool(store):
    """A related product of the same partner among the donors: the synthetic control says so and is
    judged with the ``synthetic_wide`` factor; partners alone keep the ``synthetic`` one."""
    from frontload import api

    def get(partner: str, product: str) -> Series:
        return api.get_series(store, "USA", partner, product, flow="M", source="comtrade")

    flow = get("TWN", "854231")
    event = dt.date(2024, 7, 1)
    wide = detect(flow, event, baseline="seasonal_trend", controls=[get("TWN", "854232"), get("MYS", "854231")])
    assert wide.synthetic["calibration"] == "synthetic_wide"
    assert wide.synthetic["critical"] == pytest.approx(S.critical("synthetic_wide", wide.history_months, 7))
    assert "related products" in wide.synthetic["method"] and "related products" in wide.summary()
    narrow = detect(flow, event, baseline="seasonal_trend", controls=[get("VNM", "854231"), get("MYS", "854231")])
    assert narrow.synthetic["calibration"] == "synthetic"


def test_did_is_a_ratio_and_warns_when_a_control_is_far_off():
    """Issue 15's −645 points: a control at many times its counterfactual drives a difference of
    percentages; the ratio keeps it above −100% and the caveat says why it is not an effect."""
    from frontload.detect.controls import did

    out = did(1.1, [8.0, 1.0])
    assert out["did_pct"] > -100 and out["caveats"] and "read the controls one by one" in out["caveats"][0]
    assert did(1.6, [1.0, 1.0])["did_pct"] == pytest.approx(60.0)


def test_cli_event_study(loaded_db):
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "event-study", "USA", "--partner", "Taiwan",
                                 "--product", "854231", "--product", "847180", "--event", "TWT-004",
                                 "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["runup"] == ["2024-10-01", "2025-04-01"] and len(d["flows"]) == 2
    assert d["method"].startswith("pooled event study") and d["interval_95"] is not None
    mean = np.mean([f["log_ratio"] for f in d["flows"]])
    assert d["effect_pct"] == pytest.approx((np.exp(mean) - 1) * 100)
