"""Front-loading around one event: excess over a seasonal counterfactual, onset and payback.

The method, for a monthly series and an event month E:

1. **Fit** a baseline on the months before the run-up window (up to E − lead − 1;
   at least 24 months, at most ``max_fit`` months) and forecast the run-up
   window [E − lead, E − 1] and the aftermath [E, E + lag − 1].
2. **Excess** per month = actual − counterfactual median, with a 95% band from
   the forecast interval. The interval of the total excess over the run-up
   combines the months' half-widths with an assumed error correlation of 0.5
   (:data:`RHO`): one model's forecast errors are positively correlated across
   months, so independence would be too narrow and adding the half-widths too
   wide.
3. **Payback** = counterfactual − actual summed over the aftermath: a stockpile
   drawn down shows as a shortfall.
4. **Onset** = the first run-up month above the counterfactual's 80% upper
   bound from which every later run-up month stays above the counterfactual.
5. **Price or volume**: where every month has a quantity, the log change of
   value on the same months a year earlier splits exactly into the change of
   quantity and the change of unit value.

The baseline is chosen by :func:`frontload.detect.baselines.backtest` on the
fit window unless the caller names one. Everything the data cannot support is
a warning on the result, not an exception, except too short a history.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import QueryError
from ..model import add_months, from_month_index, month_index, period_label
from ..report.numbers import fmt_money
from ..stats.series import Series
from . import baselines as B


@dataclass
class Detection:
    """The result of :func:`detect`; ``summary()``, ``to_frame()``, ``to_dict()`` and ``plot()``."""

    flow: str
    source: str
    event: dt.date
    event_label: str
    baseline: str
    backtest: dict[str, float]
    months: list[dt.date]  # run-up then aftermath
    actual: list[float | None]
    counterfactual: list[float]
    lower95: list[float]
    upper95: list[float]
    upper80: list[float]
    lead: int
    lag: int
    fit_start: dt.date
    fit_end: dt.date
    excess: float | None  # run-up, USD
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
    controls: list[dict[str, Any]] = field(default_factory=list)  # flow, excess_pct of each control

    @property
    def excess_pct(self) -> float | None:
        """Run-up excess as a percentage of the counterfactual over the months with data."""
        have = [k for k in range(self.lead) if self.actual[k] is not None]
        cf = sum(self.counterfactual[k] for k in have)
        if not have or cf <= 0:
            return None
        return (sum(self.actual[k] or 0 for k in have) / cf - 1) * 100

    @property
    def did_pp(self) -> float | None:
        """Difference in differences: the flow's run-up excess % minus the controls' mean, in points.

        Controls (the same product from other partners, or related products) share the
        common shocks of the run-up (a demand boom, a price swing); what remains is
        specific to the flow the event targets.
        """
        own = self.excess_pct
        ctl = [c["excess_pct"] for c in self.controls if c.get("excess_pct") is not None]
        if own is None or not ctl:
            return None
        return own - sum(ctl) / len(ctl)

    @property
    def significant(self) -> bool:
        """True when the whole 95% interval of the run-up excess is above zero."""
        return self.excess_low is not None and self.excess_low > 0

    def verdict(self, finding: str = "front-loading") -> str:
        """One sentence; ``finding`` names a significant excess ("surge" when there is no event)."""
        if self.excess is None:
            return "not enough data in the run-up window to judge"
        window = f"{period_label(self.months[0], 1)}–{period_label(add_months(self.event, -1), 1)}"
        if self.significant:
            rel = self.excess / max(sum(self.counterfactual[: self.lead]), 1.0) * 100
            text = (
                f"{finding}: {fmt_money(self.excess)} above the counterfactual in {window} "
                f"(+{rel:.0f}%, 95% interval {fmt_money(self.excess_low or 0)} to "
                f"{fmt_money(self.excess_high or 0)})"
            )
            if self.onset:
                text += f", starting {period_label(self.onset, 1)}"
        elif self.excess_high is not None and self.excess_high < 0:
            text = f"imports fell short of the counterfactual in {window} ({fmt_money(self.excess)})"
        else:
            text = (
                f"no evidence of {finding} in {window}: excess {fmt_money(self.excess)}, "
                f"95% interval {fmt_money(self.excess_low or 0)} to {fmt_money(self.excess_high or 0)}"
            )
        if self.payback is not None and self.payback_low is not None and self.payback_low > 0:
            text += f"; payback afterwards: {fmt_money(self.payback)} below the counterfactual"
        return text

    def summary(self) -> str:
        lines = [
            f"{self.flow} ({self.source}), event {self.event_label}",
            f"baseline {self.baseline}"
            + (
                " (chosen by backtest, mean absolute log error: "
                + ", ".join(f"{k} {v:.3f}" for k, v in sorted(self.backtest.items(), key=lambda kv: kv[1]))
                + ")"
                if self.backtest
                else " (chosen by the caller)"
            ),
            f"fit on {period_label(self.fit_start, 1)}–{period_label(self.fit_end, 1)}",
            self.verdict(),
        ]
        above = [
            period_label(m, 1)
            for m, a, hi in zip(self.months, self.actual, self.upper95, strict=True)
            if a is not None and a > hi
        ]
        if above:
            lines.append(f"months above the 95% band: {', '.join(above)}")
        if self.controls and self.did_pp is not None:
            lines.append(
                f"against controls ({', '.join(c['flow'] for c in self.controls)}): run-up excess "
                f"{self.excess_pct:+.0f}% vs controls' mean {(self.excess_pct or 0) - self.did_pp:+.0f}%"
                f" → difference in differences {self.did_pp:+.0f} points"
            )
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

        return {
            "flow": self.flow,
            "source": self.source,
            "event": iso(self.event),
            "event_label": self.event_label,
            "baseline": self.baseline,
            "backtest_mean_abs_log_error": self.backtest,
            "fit": [iso(self.fit_start), iso(self.fit_end)],
            "lead": self.lead,
            "lag": self.lag,
            "excess_usd": self.excess,
            "excess_95": [self.excess_low, self.excess_high],
            "payback_usd": self.payback,
            "payback_95": [self.payback_low, self.payback_high],
            "onset": iso(self.onset),
            "significant": self.significant,
            "verdict": self.verdict(),
            "price_volume": self.price_volume,
            "excess_pct": self.excess_pct,
            "controls": self.controls,
            "did_pp": self.did_pp,
            "fetch_ids": list(self.fetch_ids),
            "warnings": self.warnings,
            "history": [{"month": iso(m), "actual": v} for m, v in self.history],
            "months": [
                {"month": iso(m), "actual": a, "counterfactual": c, "lower95": lo, "upper95": hi}
                for m, a, c, lo, hi in zip(
                    self.months, self.actual, self.counterfactual, self.lower95, self.upper95, strict=True
                )
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


def detect(
    s: Series,
    event: dt.date,
    *,
    lead: int = 6,
    lag: int = 6,
    baseline: str = "auto",
    max_fit: int = 96,
    event_label: str | None = None,
    controls: list[Series] | None = None,
) -> Detection:
    """Estimate front-loading in the ``lead`` months before ``event`` and payback in the ``lag`` after.

    ``controls`` are comparison flows run through the same baseline; the result's
    ``did_pp`` is the difference in differences of run-up excess.
    """
    if baseline != "auto" and baseline not in B.BASELINES:
        raise QueryError(
            f"unknown baseline {baseline!r}", hint=f"use auto or one of {', '.join(B.BASELINES)}"
        )
    event = dt.date(event.year, event.month, 1)
    data = _monthly(s)
    warnings: list[str] = []
    e = month_index(event)
    run0 = e - lead
    fit_months = [i for i in range(run0 - max_fit, run0)]
    # Use the longest gap-free stretch ending right before the run-up window.
    fit: list[int] = []
    for i in reversed(fit_months):
        if i not in data:
            if fit and data and i > min(data):
                gap = period_label(from_month_index(i), 1)
                warnings.append(f"history stops at a missing month ({gap}); fitted on what follows")
            break
        fit.append(i)
    fit.reverse()
    if len(fit) < B.MIN_MONTHS:
        before = period_label(from_month_index(run0), 1)
        raise QueryError(
            f"not enough monthly history before {before} to build a counterfactual: "
            f"{len(fit)} consecutive months, need {B.MIN_MONTHS}",
            hint="choose a later event, a shorter --lead, or load a longer series",
        )
    if len(fit) < 36:
        warnings.append(
            f"only {len(fit)} months of history: the seasonal pattern is estimated from few years"
        )
    y = np.array([data[i][0] for i in fit])
    if np.any(y <= 0):
        warnings.append(
            f"{int(np.sum(y <= 0))} zero month(s) in the history; log-scale baselines treat them as 0"
        )
    ly = np.log1p(np.maximum(y, 0))
    med = np.median(ly)
    mad = np.median(np.abs(ly - med)) * 1.4826
    if mad > 0 and np.any(np.abs(ly - med) > 5 * mad):
        warnings.append("the history has extreme outlier month(s); intervals may be too wide or too narrow")
    # The backtest chooses the baseline; a caller who names one skips it (the harness does, per baseline).
    scores = B.backtest(y, h=min(12, lead + lag)) if baseline == "auto" else {}
    name = min(scores, key=lambda k: scores[k]) if baseline == "auto" else baseline
    h = lead + lag
    fc = B.BASELINES[name](y, h)
    med_cf = fc.median()
    lo95, hi95 = fc.bounds(0.95)
    _, hi80 = fc.bounds(0.80)
    months = [run0 + k for k in range(h)]
    actual = [data[i][0] if i in data else None for i in months]
    missing = [period_label(from_month_index(i), 1) for i, a in zip(months, actual, strict=True) if a is None]
    if missing:
        warnings.append(f"no data for {', '.join(missing)}: excess and payback cover the months that exist")

    def window_sum(ks: range, sign: int) -> tuple[float | None, float | None, float | None]:
        have = [k for k in ks if actual[k] is not None]
        if len(have) < max(1, len(ks) // 2):
            return None, None, None
        point = sum(sign * ((actual[k] or 0) - med_cf[k]) for k in have)
        up = np.array([hi95[k] - med_cf[k] for k in have])  # half-widths above and below the median
        down = np.array([med_cf[k] - lo95[k] for k in have])
        w_up, w_down = _combined(up), _combined(down)
        lo, hi = (point - w_up, point + w_down) if sign > 0 else (point - w_down, point + w_up)
        return float(point), float(lo), float(hi)

    ex, ex_lo, ex_hi = window_sum(range(lead), +1)
    pb, pb_lo, pb_hi = window_sum(range(lead, h), -1)
    onset = None
    for k in range(lead):
        rest = [actual[j] for j in range(k, lead)]
        if (actual[k] or 0) > hi80[k] and all(
            a is not None and a > med_cf[j] for j, a in zip(range(k, lead), rest, strict=True)
        ):
            onset = from_month_index(months[k])
            break
    hist = sorted((i, v) for i, (v, _) in data.items() if fit[0] <= i < run0 + h)
    return Detection(
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
        lead=lead,
        lag=lag,
        fit_start=from_month_index(fit[0]),
        fit_end=from_month_index(fit[-1]),
        excess=ex,
        excess_low=ex_lo,
        excess_high=ex_hi,
        payback=pb,
        payback_low=pb_lo,
        payback_high=pb_hi,
        onset=onset,
        price_volume=_price_volume(data, months[:lead]),
        history=[(from_month_index(i), v) for i, v in hist],
        fetch_ids=tuple(sorted(s.provenance)),
        warnings=warnings,
        controls=_controls(controls or [], event, lead, lag, name, max_fit, warnings),
    )


def _controls(
    controls: list[Series],
    event: dt.date,
    lead: int,
    lag: int,
    baseline: str,
    max_fit: int,
    warnings: list[str],
) -> list[dict[str, Any]]:
    """Each control flow through the same baseline and windows; a control that cannot be fitted is noted."""
    rows: list[dict[str, Any]] = []
    for c in controls:
        try:
            cd = detect(c, event, lead=lead, lag=lag, baseline=baseline, max_fit=max_fit)
        except QueryError as exc:
            warnings.append(f"control {c.key.label()} skipped: {exc.message}")
            continue
        rows.append(
            {"flow": c.key.label(), "source": c.source, "excess_pct": cd.excess_pct, "excess_usd": cd.excess}
        )
    return rows


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


RHO = 0.5  # assumed correlation of one model's forecast errors across months of a window


def _combined(half_widths: np.ndarray, rho: float = RHO) -> float:
    """Half-width of a sum's interval from the months' half-widths, with error correlation ``rho``.

    rho = 0 is independence (too narrow: a level error persists), rho = 1 adds the
    half-widths (too wide). The placebo backtest measures the false-alarm rate this gives.
    """
    w = half_widths
    return float(np.sqrt((1 - rho) * np.sum(w**2) + rho * np.sum(w) ** 2))
