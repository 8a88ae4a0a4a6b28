"""Front-loading around one event: a scan of the run-up for the surge, onset, payback, controls.

An event has an effective date E and, where known, an announcement date A. The
method, for a monthly series:

1. **Windows as analysts define them.** The run-up runs from the announcement
   month (or ``lead`` months before E) *through* the effective month: importers
   rush until the tariff bites, so the month it takes effect is where a rush
   peaks when the date is mid-month. The aftermath is the ``lag`` months after E.
   Every output names both windows.
2. **Fit** a baseline on the gap-free months before the run-up (12 to
   ``max_fit`` months; which baselines a history supports is in
   :data:`frontload.detect.baselines.MIN_HISTORY`) and forecast both windows.
3. **Scan** every stretch of 1–6 contiguous run-up months for the largest
   excess over the counterfactual, relative to its standard error
   (:mod:`frontload.detect.scan`). The verdict compares that best statistic
   with a critical value for the maximum, calibrated on placebo dates for the
   baseline and the length of the history; its dollar interval is the same
   statement. A baseline and history with no calibration abstain.
4. **Payback** = counterfactual − actual over the aftermath: a stockpile drawn
   down shows as a shortfall. A surge that stays above the counterfactual after
   E is called a lasting rise, not front-loading: a pull-forward reverses.
5. **Onset** = the first run-up month above the 80% band from which every
   later run-up month stays above the counterfactual.
6. **Controls**: the same product from other partners (or related products)
   through the same baseline: a difference in differences of the best
   stretch's ratio to its counterfactual, with placebo-in-space and
   placebo-in-time inference, and synthetic-control weights from the donors
   (:mod:`frontload.detect.controls`).
7. **Price or volume**: where every month has a quantity, the log change of
   value on the same months a year earlier splits exactly into the change of
   quantity and the change of unit value.

Everything the data cannot support is a warning on the result, not an
exception, except too short a history (under 12 months).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import QueryError
from ..model import from_month_index, month_index, period_label
from ..report.numbers import fmt_money
from ..stats.series import Series
from . import baselines as B
from . import scan as S


def _span(a: dt.date, b: dt.date) -> str:
    return period_label(a, 1) if a == b else f"{period_label(a, 1)}–{period_label(b, 1)}"


@dataclass
class Detection:
    """The result of :func:`detect`; ``summary()``, ``to_frame()``, ``to_dict()`` and ``plot()``.

    ``excess``, ``excess_low``, ``excess_high`` are the best stretch of the run-up
    (``best_start``–``best_end``) with its scan-corrected interval; ``window_*``
    the whole run-up at the plain 95% level.
    """

    flow: str
    source: str
    event: dt.date  # the effective month
    event_label: str
    baseline: str
    backtest: dict[str, float]
    months: list[dt.date]  # run-up (through the effective month) then aftermath
    actual: list[float | None]
    counterfactual: list[float]
    lower95: list[float]
    upper95: list[float]
    upper80: list[float]
    lead: int  # months in the run-up window, the effective month included
    lag: int
    fit_start: dt.date
    fit_end: dt.date
    excess: float | None  # best stretch, USD
    excess_low: float | None
    excess_high: float | None
    payback: float | None  # aftermath shortfall, USD (positive = below counterfactual)
    payback_low: float | None
    payback_high: float | None
    onset: dt.date | None
    price_volume: dict[str, float] | None
    history: list[tuple[dt.date, float]] = field(default_factory=list)
    fetch_ids: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)
    controls: list[dict[str, Any]] = field(default_factory=list)  # flow, ratio and excess_pct of each control
    announced: dt.date | None = None
    best_start: dt.date | None = None
    best_end: dt.date | None = None
    t: float | None = None
    critical: float | None = None
    window_excess: float | None = None
    window_low: float | None = None
    window_high: float | None = None
    history_months: int = 0
    best_ratio: float | None = None
    did: dict[str, Any] | None = None
    synthetic: dict[str, Any] | None = None

    @property
    def runup(self) -> tuple[dt.date, dt.date]:
        return self.months[0], self.event

    @property
    def aftermath(self) -> tuple[dt.date, dt.date] | None:
        return (self.months[self.lead], self.months[-1]) if self.lag else None

    @property
    def window_text(self) -> str:
        text = f"run-up {_span(*self.runup)} (through the effective month)"
        if self.aftermath:
            text += f", aftermath {_span(*self.aftermath)}"
        return text

    @property
    def method(self) -> str:
        c = f"{self.critical:.2f}" if self.critical is not None else "not calibrated"
        return (f"{self.baseline} counterfactual on {self.history_months} months; best of the 1–{S.MAX_LEN}"
                f"-month stretches of the run-up, critical value {c} (scan-corrected, calibrated on placebo "
                f"dates for this baseline and history)")

    @property
    def excess_pct(self) -> float | None:
        """The best stretch's excess as a percentage of its counterfactual."""
        if self.best_ratio is None or not math.isfinite(self.best_ratio):
            return None
        return (self.best_ratio - 1) * 100

    @property
    def did_pp(self) -> float | None:
        """Difference in differences, in points: the flow's ratio to its counterfactual over the best
        stretch against the controls' (geometric mean) ratio over the same months, as a percentage.

        Controls (the same product from other partners, or related products) share the common shocks
        of the run-up (a demand boom, a price swing); what remains is specific to the flow. Ratios,
        not differences of percentages: a control with a tiny counterfactual cannot drive it below −100.
        """
        return None if self.did is None else self.did["did_pct"]

    @property
    def significant(self) -> bool:
        """True when the best stretch's scan-corrected interval is above zero (t over the critical value)."""
        return self.excess_low is not None and self.excess_low > 0 and self.critical is not None

    @property
    def persisted(self) -> bool:
        """The months after the event were above the counterfactual beyond their 95% band."""
        return self.payback_high is not None and self.payback_high < 0

    def payback_text(self) -> str | None:
        """The aftermath in words, with the sign an analyst reads: a shortfall is payback, a surplus not."""
        if self.payback is None or not self.aftermath:
            return None
        after = _span(*self.aftermath)
        if self.payback_low is not None and self.payback_low > 0:
            return f"payback in {after}: {fmt_money(self.payback)} below the counterfactual"
        if self.persisted:
            return (f"no payback in {after}: imports stayed {fmt_money(-self.payback)} above the "
                    "counterfactual")
        side = "below" if self.payback > 0 else "above"
        return f"{after} within the band ({fmt_money(abs(self.payback))} {side} the counterfactual)"

    def verdict(self, finding: str = "front-loading") -> str:
        """One sentence; ``finding`` names a significant excess ("surge" when there is no event)."""
        window = _span(*self.runup)
        if self.excess is None or self.best_start is None or self.best_end is None:
            return f"not enough data in the run-up window {window} to judge"
        best = _span(self.best_start, self.best_end)
        if self.significant:
            name = finding
            if self.persisted and finding == "front-loading":
                name = "a lasting rise, not front-loading"
            text = (
                f"{name}: {fmt_money(self.excess)} above the counterfactual in {best} "
                f"(+{self.excess_pct or 0:.0f}%, 95% interval corrected for the scan "
                f"{fmt_money(self.excess_low or 0)} to {fmt_money(self.excess_high or 0)})"
            )
            if self.onset:
                text += f", starting {period_label(self.onset, 1)}"
            if name != finding:
                text += "; imports stayed above the counterfactual after the event: a pull-forward reverses"
        elif self.window_high is not None and self.window_high < 0:
            short = fmt_money(self.window_excess or 0)
            text = f"imports fell short of the counterfactual in {window} ({short})"
        elif self.critical is None:
            text = (f"no verdict on {finding} in {window}: the {self.baseline} counterfactual on "
                    f"{self.history_months} months is not calibrated, so its interval is not known to "
                    f"hold; largest excess {fmt_money(self.excess)} in {best} (indicative only)")
        else:
            text = (
                f"no evidence of {finding} in {window}: largest excess {fmt_money(self.excess)} in {best}, "
                f"95% interval corrected for the scan {fmt_money(self.excess_low or 0)} to "
                f"{fmt_money(self.excess_high or 0)}"
            )
        pb = self.payback_text()
        if pb and self.payback_low is not None and self.payback_low > 0:
            text += f"; {pb}"
        return text

    def summary(self) -> str:
        lines = [
            f"{self.flow} ({self.source}), event {self.event_label}",
            self.window_text,
            f"baseline {self.baseline}"
            + (
                " (chosen by backtest, mean absolute log error: "
                + ", ".join(f"{k} {v:.3f}" for k, v in sorted(self.backtest.items(), key=lambda kv: kv[1]))
                + ")"
                if self.backtest
                else " (chosen by the caller)"
            ),
            f"fit on {period_label(self.fit_start, 1)}–{period_label(self.fit_end, 1)}"
            f" ({self.history_months} months)",
            f"method: {self.method}",
            self.verdict(),
        ]
        if self.window_excess is not None:
            lines.append(
                f"whole run-up {_span(*self.runup)}: {fmt_money(self.window_excess)} "
                f"(95% interval {fmt_money(self.window_low or 0)} to {fmt_money(self.window_high or 0)})"
            )
        pb = self.payback_text()
        if pb:
            lines.append(pb)
        above = [
            period_label(m, 1)
            for m, a, hi in zip(self.months, self.actual, self.upper95, strict=True)
            if a is not None and a > hi
        ]
        if above:
            lines.append(f"months above the 95% band: {', '.join(above)}")
        if self.did is not None:
            d = self.did
            line = (
                f"against controls ({', '.join(c['flow'] for c in self.controls)}): "
                f"{_span(self.best_start or self.event, self.best_end or self.event)} at "
                f"{(self.best_ratio or 0) * 100 - 100:+.0f}% of its counterfactual vs the controls' "
                f"{d['controls_pct']:+.0f}% → difference in differences {d['did_pct']:+.0f} points"
            )
            if d.get("interval_95") is not None:
                lo, hi = d["interval_95"]
                line += f" (95% interval {lo:+.0f} to {hi:+.0f}, placebo in time)"
            if d.get("p_time") is not None:
                line += f", p = {d['p_time']:.2f} in time"
            if d.get("p_space") is not None:
                line += f", p = {d['p_space']:.2f} in space"
            lines.append(line)
            lines += [f"caveat: {c}" for c in d.get("caveats", [])]
        if self.synthetic:
            sc = self.synthetic
            lines.append(f"{sc['method']}: {sc['verdict']}")
        if self.price_volume:
            pv = self.price_volume
            lines.append(
                f"value {pv['value_pct']:+.1f}% on a year earlier = quantity {pv['qty_pct']:+.1f}% "
                f"and unit value {pv['unit_value_pct']:+.1f}% (log shares {pv['qty_share']:.0%} volume)"
            )
        lines += [f"warning: {w}" for w in self.warnings]
        return "\n".join(lines)

    def to_frame(self):
        import pandas as pd

        return pd.DataFrame(
            {
                "month": self.months,
                "window": ["run-up"] * self.lead + ["after"] * (len(self.months) - self.lead),
                "actual": self.actual,
                "counterfactual": self.counterfactual,
                "lower95": self.lower95,
                "upper95": self.upper95,
                "excess": [
                    None if a is None else a - c
                    for a, c in zip(self.actual, self.counterfactual, strict=True)
                ],
            }
        )

    def to_dict(self) -> dict[str, Any]:
        def iso(d: dt.date | None) -> str | None:
            return d.isoformat() if d else None

        aft = self.aftermath
        return {
            "flow": self.flow,
            "source": self.source,
            "event": iso(self.event),
            "event_label": self.event_label,
            "announced": iso(self.announced),
            "runup": [iso(self.runup[0]), iso(self.runup[1])],
            "aftermath": [iso(aft[0]), iso(aft[1])] if aft else None,
            "window_text": self.window_text,
            "baseline": self.baseline,
            "method": self.method,
            "backtest_mean_abs_log_error": self.backtest,
            "fit": [iso(self.fit_start), iso(self.fit_end)],
            "history_months": self.history_months,
            "lead": self.lead,
            "lag": self.lag,
            "best": [iso(self.best_start), iso(self.best_end)],
            "t": self.t,
            "critical": self.critical,
            "excess_usd": self.excess,
            "excess_95": [self.excess_low, self.excess_high],
            "window_excess_usd": self.window_excess,
            "window_excess_95": [self.window_low, self.window_high],
            "payback_usd": self.payback,
            "payback_95": [self.payback_low, self.payback_high],
            "aftermath_excess_usd": None if self.payback is None else -self.payback,
            "payback_text": self.payback_text(),
            "persisted": self.persisted,
            "onset": iso(self.onset),
            "significant": self.significant,
            "verdict": self.verdict(),
            "price_volume": self.price_volume,
            "excess_pct": self.excess_pct,
            "controls": self.controls,
            "did_pp": self.did_pp,
            "did": self.did,
            "synthetic": self.synthetic,
            "fetch_ids": list(self.fetch_ids),
            "warnings": self.warnings,
            "history": [{"month": iso(m), "actual": v} for m, v in self.history],
            "months": [
                {"month": iso(m), "window": "run-up" if i < self.lead else "after", "actual": a,
                 "counterfactual": c, "lower95": lo, "upper95": hi}
                for i, (m, a, c, lo, hi) in enumerate(zip(
                    self.months, self.actual, self.counterfactual, self.lower95, self.upper95, strict=True
                ))
            ],
        }

    def plot(self):
        import plotly.graph_objects as go

        fig = go.Figure()
        hx = [d for d, _ in self.history]
        fig.add_trace(
            go.Scatter(x=hx, y=[v for _, v in self.history], name="actual", line={"color": "#1f77b4"})
        )
        fig.add_trace(
            go.Scatter(
                x=self.months + self.months[::-1],
                y=self.upper95 + self.lower95[::-1],
                fill="toself",
                fillcolor="rgba(255,127,14,0.2)",
                line={"width": 0},
                name="counterfactual 95% band",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=self.months,
                y=self.counterfactual,
                name=f"counterfactual ({self.baseline})",
                line={"color": "#ff7f0e", "dash": "dash"},
            )
        )
        fig.add_vline(x=self.event.isoformat(), line={"color": "#d62728"})
        fig.add_annotation(
            x=self.event.isoformat(), y=1, yref="paper", text=self.event_label[:40], showarrow=False
        )
        fig.update_layout(title=self.flow, yaxis_title="USD", template="plotly_white")
        return fig


def save_png(d: Detection, path: str, dpi: int = 120) -> None:
    """The detection chart as a PNG (matplotlib, no browser needed): actual, counterfactual band,
    event line, run-up excess shaded."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:  # pragma: no cover - matplotlib ships with the charts extra
        from ..errors import ConfigError

        raise ConfigError("PNG charts need matplotlib", hint="pip install 'frontload[charts]'") from exc

    def x(days: list[dt.date]) -> np.ndarray:
        return np.array(days, dtype="datetime64[D]")

    fig, ax = plt.subplots(figsize=(9, 4.5))
    ax.plot(x([m for m, _ in d.history]), [v / 1e6 for _, v in d.history], color="#1f77b4", label="actual")
    ax.fill_between(
        x(d.months),
        [v / 1e6 for v in d.lower95],
        [v / 1e6 for v in d.upper95],
        color="#ff7f0e",
        alpha=0.2,
        label="counterfactual 95% band",
    )
    ax.plot(
        x(d.months),
        [v / 1e6 for v in d.counterfactual],
        color="#ff7f0e",
        linestyle="--",
        label=f"counterfactual ({d.baseline})",
    )
    run = [
        (m, a, c)
        for m, a, c in zip(d.months[: d.lead], d.actual[: d.lead], d.counterfactual[: d.lead], strict=True)
        if a is not None
    ]
    if run:
        ax.fill_between(
            x([m for m, _, _ in run]),
            [c / 1e6 for _, _, c in run],
            [a / 1e6 for _, a, _ in run],
            color="#2ca02c",
            alpha=0.3,
            label="run-up excess",
        )
    ax.axvline(x([d.event])[0], color="#d62728")
    ax.set_title(f"{d.flow} ({d.source}), event {d.event_label}"[:100], fontsize=10)
    ax.set_ylabel("USD million")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=dpi)
    plt.close(fig)


def _monthly(s: Series) -> dict[int, tuple[float, float | None]]:
    out: dict[int, tuple[float, float | None]] = {}
    for p in s.points:
        if p.months == 1:
            out[p.start] = (p.value, p.qty)
    return out


MAX_RUNUP = 12  # months before the effective month a run-up may start from (an announcement long before)
Z95 = B.Z[0.95]


def _history(data: dict[int, tuple[float, float | None]], run0: int, max_fit: int,
             warnings: list[str]) -> list[int]:
    """The longest gap-free stretch of months ending right before the run-up window."""
    fit: list[int] = []
    for i in reversed(range(run0 - max_fit, run0)):
        if i not in data:
            if fit and data and i > min(data):
                gap = period_label(from_month_index(i), 1)
                warnings.append(f"history stops at a missing month ({gap}); fitted on what follows")
            break
        fit.append(i)
    fit.reverse()
    return fit


def _sum_interval(a: np.ndarray, cf: np.ndarray, sd: np.ndarray,
                  min_months: int) -> tuple[float, float, float, float] | None:
    """(Σ actual, Σ cf, low, high) of actual − counterfactual over the months with data, at 95%;
    None with fewer than ``min_months`` months of data."""
    have = ~np.isnan(a)
    if int(have.sum()) < min_months:
        return None
    sa, sc = float(np.sum(a[have])), float(np.sum(cf[have]))
    se = S.stretch_se(cf[have], sd[have])
    return sa, sc, sa - sc * math.exp(Z95 * se), sa - sc * math.exp(-Z95 * se)


def _history_warnings(y: np.ndarray, warnings: list[str]) -> None:
    """What the fit history cannot support well: few years, zero months, outliers."""
    if len(y) < 24:
        warnings.append(
            f"only {len(y)} months of history: seasonal naive (same month a year earlier) is the only "
            "counterfactual it supports, and its band is wide"
        )
    elif len(y) < 36:
        warnings.append(f"only {len(y)} months of history: the seasonal pattern is estimated from few years")
    if np.any(y <= 0):
        warnings.append(
            f"{int(np.sum(y <= 0))} zero month(s) in the history; log-scale baselines treat them as 0"
        )
    ly = np.log1p(np.maximum(y, 0))
    med = np.median(ly)
    mad = np.median(np.abs(ly - med)) * 1.4826
    if mad > 0 and np.any(np.abs(ly - med) > 5 * mad):
        warnings.append("the history has extreme outlier month(s); intervals may be too wide or too narrow")


def _choose(y: np.ndarray, baseline: str, h: int) -> tuple[str, dict[str, float]]:
    """The baseline to use and the backtest scores behind the choice (none when the caller named it).

    The backtest compares the baselines the history supports; with too little history for any
    rolling origin, the simplest one it supports is used.
    """
    if baseline != "auto":
        return baseline, {}
    scores = B.backtest(y, h=min(12, h))
    if scores:
        return min(scores, key=lambda k: scores[k]), scores
    return B.usable(len(y))[0], {}


DEFAULT_LEAD = 6


def _resolve_lead(e: int, lead: int | None, announced: dt.date | None, warnings: list[str]) -> int:
    """Months of run-up before the effective month: the caller's ``lead``, else from the earlier of the
    announcement and six months before (a rush can start on the news or on the rumour), at most 12."""
    if lead is not None:
        return lead
    if announced is None:
        return DEFAULT_LEAD
    a = month_index(announced)
    if a > e:
        warnings.append("the announcement date is after the effective date; run-up of 6 months used")
        return DEFAULT_LEAD
    if e - a > MAX_RUNUP:
        warnings.append(f"announced {e - a} months before it took effect: run-up limited to "
                        f"the last {MAX_RUNUP} months")
        return MAX_RUNUP
    return max(e - a, DEFAULT_LEAD)


def detect(
    s: Series,
    event: dt.date,
    *,
    lead: int | None = None,
    lag: int = 6,
    baseline: str = "auto",
    max_fit: int = 96,
    event_label: str | None = None,
    controls: list[Series] | None = None,
    announced: dt.date | None = None,
) -> Detection:
    """Front-loading in the run-up to ``event`` (the effective date) and payback in the ``lag`` months after.

    The run-up runs ``lead`` months before the effective month through the effective
    month; by default from the earlier of the announcement month and six months before. ``controls``
    are comparison flows run through the same baseline (difference in
    differences) and, with two or more, the donors of a synthetic control.
    """
    if baseline != "auto" and baseline not in B.BASELINES:
        raise QueryError(
            f"unknown baseline {baseline!r}", hint=f"use auto or one of {', '.join(B.BASELINES)}"
        )
    event = dt.date(event.year, event.month, 1)
    data = _monthly(s)
    warnings: list[str] = []
    e = month_index(event)
    lead = _resolve_lead(e, lead, announced, warnings)
    if lead < 0 or lag < 0:
        raise QueryError("--lead and --lag must be zero or more months", hint="e.g. --lead 6 --lag 6")
    w = lead + 1  # the effective month is in the run-up
    run0 = e - lead
    fit = _history(data, run0, max_fit, warnings)
    need = B.MIN_HISTORY[baseline] if baseline != "auto" else B.MIN_MONTHS
    if len(fit) < need:
        before = period_label(from_month_index(run0), 1)
        raise QueryError(
            f"not enough monthly history before {before} to build a counterfactual"
            + (f" with {baseline}" if baseline != "auto" else "")
            + f": {len(fit)} consecutive months, need {need}",
            hint="choose a later event, a shorter --lead, "
            + ("another --baseline (seasonal_naive needs 12), " if baseline != "auto" else "")
            + "or load a longer series",
        )
    y = np.array([data[i][0] for i in fit])
    _history_warnings(y, warnings)
    h = w + lag
    name, scores = _choose(y, baseline, h)
    fc = B.BASELINES[name](y, h)
    med_cf = fc.median()
    lo95, hi95 = fc.bounds(0.95)
    _, hi80 = fc.bounds(0.80)
    months = [run0 + k for k in range(h)]
    actual = [data[i][0] if i in data else None for i in months]
    missing = [period_label(from_month_index(i), 1) for i, a in zip(months, actual, strict=True) if a is None]
    if missing:
        warnings.append(f"no data for {', '.join(missing)}: the scan and payback cover the months that exist")
    arr = np.array([np.nan if a is None else a for a in actual], dtype=float)
    best = S.scan(arr[:w], med_cf[:w], fc.sd[:w])
    # A baseline chosen by backtest is calibrated as "auto": choosing the best fit is part of the method.
    crit = S.critical("auto" if baseline == "auto" else name, len(fit), w)
    if crit is None and best is not None:
        warnings.append(
            f"the {name} counterfactual on {len(fit)} months is not calibrated on placebo dates: "
            "no significant verdict"
        )
    ex = ex_lo = ex_hi = None
    if best is not None:
        ex = best.excess
        ex_lo, ex_hi = best.interval(crit if crit is not None else S.c_max(w))
    win = _sum_interval(arr[:w], med_cf[:w], fc.sd[:w], max(1, w // 2))
    aft = _sum_interval(arr[w:], med_cf[w:], fc.sd[w:], max(1, lag // 2)) if lag else None
    onset = None
    for k in range(w):
        if (actual[k] or 0) > hi80[k] and all(
            actual[j] is not None and (actual[j] or 0) > med_cf[j] for j in range(k, w)
        ):
            onset = from_month_index(months[k])
            break
    hist = sorted((i, v) for i, (v, _) in data.items() if fit[0] <= i < run0 + h)
    d = Detection(
        flow=s.key.label(),
        source=s.source,
        event=event,
        event_label=event_label or period_label(event, 1),
        baseline=name,
        backtest=scores,
        months=[from_month_index(i) for i in months],
        actual=actual,
        counterfactual=[float(v) for v in med_cf],
        lower95=[float(v) for v in lo95],
        upper95=[float(v) for v in hi95],
        upper80=[float(v) for v in hi80],
        lead=w,
        lag=lag,
        fit_start=from_month_index(fit[0]),
        fit_end=from_month_index(fit[-1]),
        excess=ex,
        excess_low=ex_lo,
        excess_high=ex_hi,
        # Payback is the shortfall: counterfactual − actual, so its interval flips the excess's.
        payback=None if aft is None else aft[1] - aft[0],
        payback_low=None if aft is None else -aft[3],
        payback_high=None if aft is None else -aft[2],
        onset=onset,
        price_volume=_price_volume(data, months[:w]),
        history=[(from_month_index(i), v) for i, v in hist],
        fetch_ids=tuple(sorted(s.provenance)),
        warnings=warnings,
        announced=announced,
        best_start=None if best is None else from_month_index(months[best.start]),
        best_end=None if best is None else from_month_index(months[best.stop - 1]),
        t=None if best is None else best.t,
        critical=crit,
        window_excess=None if win is None else win[0] - win[1],
        window_low=None if win is None else win[2],
        window_high=None if win is None else win[3],
        history_months=len(fit),
        best_ratio=None if best is None else best.ratio,
    )
    if controls:
        _with_controls(d, s, controls, data, fit, max_fit)
    return d


PLACEBO_STEP = 3  # months between placebo-in-time dates
PLACEBO_DATES = 12


def _with_controls(d: Detection, s: Series, controls: list[Series],
                   data: dict[int, tuple[float, float | None]], fit: list[int], max_fit: int) -> None:
    """Controls through the same baseline and windows: DiD with placebo inference, and a synthetic control."""
    from . import controls as C

    e = month_index(d.event)
    w = d.lead
    run0 = e - (w - 1)
    i0 = 0 if d.best_start is None else month_index(d.best_start) - run0
    i1 = w if d.best_end is None else month_index(d.best_end) - run0 + 1
    ok: list[tuple[Series, Detection, dict[int, tuple[float, float | None]]]] = []
    for c in controls:
        if s.key.partner == "WLD" and c.key.product == s.key.product and c.key.partner != "WLD":
            d.warnings.append(f"control {c.key.label()} is part of the World flow: a surge in the total "
                              "is in it too, so it understates the difference (use related products)")
        try:
            cd = detect(c, d.event, lead=w - 1, lag=d.lag, baseline=d.baseline, max_fit=max_fit)
        except QueryError as exc:
            d.warnings.append(f"control {c.key.label()} skipped: {exc.message}")
            continue
        ratio = _ratio(cd.actual[i0:i1], cd.counterfactual[i0:i1])
        d.controls.append({
            "flow": c.key.label(), "source": c.source, "baseline": cd.baseline,
            "ratio": ratio, "excess_pct": None if ratio is None else (ratio - 1) * 100,
            "excess_usd": None if ratio is None else (
                sum(a or 0 for a in cd.actual[i0:i1]) - sum(cd.counterfactual[i0:i1])),
            "verdict": cd.verdict(),
        })
        if ratio is not None:
            ok.append((c, cd, _monthly(c)))
    own = _ratio(d.actual[i0:i1], d.counterfactual[i0:i1])
    ratios = [r for r in (x["ratio"] for x in d.controls) if r is not None]
    if own is None or not ratios:
        return
    # Placebo in time: the same stretch and controls at earlier dates, windows wholly before this run-up.
    pb = d.baseline if d.baseline in ("seasonal_naive", "seasonal_trend") else "seasonal_trend"
    placebo: list[float] = []
    for k in range(PLACEBO_DATES):
        pe = run0 - 1 - d.lag - PLACEBO_STEP * k
        try:
            pr = _placebo_ratio(s, pe, w, i0, i1, pb, max_fit)
            cr = [_placebo_ratio(c, pe, w, i0, i1, pb, max_fit) for c, _, _ in ok]
        except QueryError:
            break
        if pr is None or any(r is None for r in cr):
            continue
        placebo.append(math.log(pr) - float(np.mean([math.log(r) for r in cr if r is not None])))
    d.did = C.did(own, ratios, placebo)
    d.did["placebo_baseline"] = pb
    d.did["stretch"] = [d.months[i0].isoformat(), d.months[i1 - 1].isoformat()]
    _synthetic(d, fit, data, ok, w, s.key.product)


def _ratio(actual: list[float | None], cf: list[float]) -> float | None:
    have = [(a, c) for a, c in zip(actual, cf, strict=True) if a is not None]
    sa, sc = sum(a for a, _ in have), sum(c for _, c in have)
    return sa / sc if have and sa > 0 and sc > 0 else None


def _placebo_ratio(s: Series, pe: int, w: int, i0: int, i1: int, baseline: str, max_fit: int) -> float | None:
    pd_ = detect(s, from_month_index(pe), lead=w - 1, lag=0, baseline=baseline, max_fit=max_fit)
    return _ratio(pd_.actual[i0:i1], pd_.counterfactual[i0:i1])


def _synthetic(d: Detection, fit: list[int], data: dict[int, tuple[float, float | None]],
               ok: list[tuple[Series, Detection, dict[int, tuple[float, float | None]]]], w: int,
               product: str) -> None:
    """The synthetic control over the donors with the whole fit and run-up. With related products among
    the donors it is judged with the ``synthetic_wide`` calibration (the backtest's pool of the same
    product's other partners and the same partner's other products), else with ``synthetic``."""
    from . import controls as C

    run0 = month_index(d.months[0])
    window = [run0 + k for k in range(w)]
    # A donor with a zero month is no guide on the log scale (the backtest's pools exclude them too).
    donors = [(c, cdata) for c, _, cdata in ok if all(i in cdata and cdata[i][0] > 0 for i in fit + window)]
    if len(donors) < 2 or any(i not in data for i in window):
        return
    lg = np.log1p
    tf = lg(np.array([data[i][0] for i in fit]))
    tw = lg(np.array([data[i][0] for i in window]))
    df = lg(np.array([[cd[i][0] for _, cd in donors] for i in fit]))
    dw = lg(np.array([[cd[i][0] for _, cd in donors] for i in window]))
    res = C.synthetic_scan(tf, df, tw, dw, w)
    best = res["best"]
    wide = any(c.key.product != product for c, _ in donors)
    calibration = "synthetic_wide" if wide else "synthetic"
    crit = S.critical(calibration, len(fit), w)
    pool = "other partners and related products" if wide else "the same product from other partners"
    out: dict[str, Any] = {
        "method": f"synthetic control from {pool} (demeaned, non-negative weights summing to one; "
                  "scipy nnls)",
        "calibration": calibration,
        "weights": {c.key.label(): float(x) for (c, _), x in zip(donors, res["weights"], strict=True)},
        "pre_rmse_log": res["rmse"],
        "counterfactual": [float(v) for v in np.expm1(res["counterfactual_log"])],
        "critical": crit,
        "p_space": res["p_space"],
        "best": None, "excess_usd": None, "excess_95": None, "significant": False,
    }
    if best is not None:
        lo, hi = best.interval(crit if crit is not None else S.c_max(w))
        out.update(best=[d.months[best.start].isoformat(), d.months[best.stop - 1].isoformat()],
                   t=best.t, excess_usd=best.excess, excess_pct=(best.ratio - 1) * 100, excess_95=[lo, hi],
                   significant=crit is not None and lo > 0)
        span = _span(d.months[best.start], d.months[best.stop - 1])
        if crit is None:
            out["verdict"] = (f"not calibrated for {len(fit)} months; largest excess "
                              f"{fmt_money(best.excess)} in {span}")
        else:
            out["verdict"] = (
                f"{'surge' if out['significant'] else 'no evidence'}: {fmt_money(best.excess)} "
                f"({(best.ratio - 1) * 100:+.0f}%) against the weighted donors in {span}, 95% interval "
                f"corrected for the scan {fmt_money(lo)} to {fmt_money(hi)}"
                + (f", placebo-in-space p = {res['p_space']:.2f}" if res["p_space"] is not None else "")
            )
    else:
        out["verdict"] = "no stretch of the run-up with data"
    d.synthetic = out


def _price_volume(data: dict[int, tuple[float, float | None]], months: list[int]) -> dict[str, float] | None:
    """Split the run-up's value change on a year earlier into quantity and unit value (log shares)."""
    cur = [data.get(i) for i in months]
    prev = [data.get(i - 12) for i in months]
    if any(c is None or c[1] is None for c in cur) or any(p is None or p[1] is None for p in prev):
        return None
    v1 = sum(c[0] for c in cur if c)
    q1 = sum(c[1] or 0 for c in cur if c)
    v0 = sum(p[0] for p in prev if p)
    q0 = sum(p[1] or 0 for p in prev if p)
    if min(v1, q1, v0, q0) <= 0:
        return None
    dv, dq = math.log(v1 / v0), math.log(q1 / q0)
    du = dv - dq
    return {
        "value_pct": (math.exp(dv) - 1) * 100,
        "qty_pct": (math.exp(dq) - 1) * 100,
        "unit_value_pct": (math.exp(du) - 1) * 100,
        "qty_share": dq / dv if dv else float("nan"),
    }


