"""A pooled event study: the average anticipation effect of one action over the flows it covers.

One action (a tariff list, an export-control rule) covers many products and
partners. Each flow alone is noisy (a month of an HS6 series by partner moves
±40%); their average is not. For each flow, the same baseline and the same
fixed run-up window give the log ratio of actual to counterfactual over the
whole run-up (no scan: choosing a stretch per flow would bias the average up).
The pooled effect is their mean, as a percentage; its interval and p-value come
from **placebo in time**: the same pooled mean at earlier dates with no event
(windows wholly before this run-up), whose root mean square is the scale of a
pooled mean that arises by chance. This keeps the cross-flow correlation (a
common shock moves all flows at once), which a textbook standard error over
flows would ignore. Pure computation on Series, no I/O.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import QueryError
from ..model import from_month_index, month_index
from ..stats.series import Series
from .excess import detect

PLACEBO_STEP = 3
PLACEBO_DATES = 16


@dataclass
class PooledStudy:
    """The result of :func:`event_study`: per-flow log ratios, their mean, placebo inference."""

    event: dt.date
    runup: tuple[dt.date, dt.date]
    baseline: str
    flows: list[dict[str, Any]]
    effect_pct: float | None
    interval_95: tuple[float, float] | None
    p_time: float | None
    placebo_n: int
    warnings: list[str] = field(default_factory=list)

    @property
    def method(self) -> str:
        return (f"pooled event study: mean over {len(self.flows)} flows of log(actual / {self.baseline} "
                f"counterfactual) over the whole run-up; placebo in time at {self.placebo_n} earlier dates")

    def verdict(self) -> str:
        if self.effect_pct is None:
            return "no flow could be judged"
        span = f"{self.runup[0]:%b %Y}–{self.runup[1]:%b %Y}"
        text = f"average anticipation effect over {len(self.flows)} flows in {span}: {self.effect_pct:+.0f}%"
        if self.interval_95 is None:
            return text + " (too few placebo dates for an interval: indicative only)"
        lo, hi = self.interval_95
        text += f" (95% interval {lo:+.0f}% to {hi:+.0f}%, placebo-in-time p = {self.p_time:.2f})"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event.isoformat(),
            "runup": [self.runup[0].isoformat(), self.runup[1].isoformat()],
            "baseline": self.baseline,
            "method": self.method,
            "flows": self.flows,
            "effect_pct": self.effect_pct,
            "interval_95": list(self.interval_95) if self.interval_95 else None,
            "p_time": self.p_time,
            "placebo_n": self.placebo_n,
            "verdict": self.verdict(),
            "warnings": self.warnings,
        }


def _log_ratio(s: Series, event: dt.date, lead: int, baseline: str, max_fit: int) -> float | None:
    d = detect(s, event, lead=lead, lag=0, baseline=baseline, max_fit=max_fit)
    have = [(a, c) for a, c in zip(d.actual, d.counterfactual, strict=True) if a is not None]
    sa, sc = sum(a for a, _ in have), sum(c for _, c in have)
    return math.log(sa / sc) if have and sa > 0 and sc > 0 else None


def event_study(series: list[Series], event: dt.date, *, lead: int = 6, baseline: str = "seasonal_trend",
                max_fit: int = 96) -> PooledStudy:
    """The average anticipation effect over ``series`` in the ``lead`` months to ``event`` (through it)."""
    if not series:
        raise QueryError("a pooled event study needs at least one flow",
                         hint="list the flows the action covers")
    event = dt.date(event.year, event.month, 1)
    e = month_index(event)
    warnings: list[str] = []
    flows: list[dict[str, Any]] = []
    used: list[Series] = []
    for s in series:
        try:
            lr = _log_ratio(s, event, lead, baseline, max_fit)
        except QueryError as exc:
            warnings.append(f"{s.key.label()} skipped: {exc.message}")
            continue
        if lr is None:
            warnings.append(f"{s.key.label()} skipped: no run-up data")
            continue
        flows.append({"flow": s.key.label(), "source": s.source, "log_ratio": lr,
                      "pct": (math.exp(lr) - 1) * 100})
        used.append(s)
    runup = (from_month_index(e - lead), event)
    if not flows:
        return PooledStudy(event, runup, baseline, [], None, None, None, 0, warnings)
    mean = float(np.mean([f["log_ratio"] for f in flows]))
    placebo: list[float] = []
    for k in range(PLACEBO_DATES):
        pe = from_month_index(e - lead - 1 - PLACEBO_STEP * k)
        try:
            vals = [_log_ratio(s, pe, lead, baseline, max_fit) for s in used]
        except QueryError:
            break
        if any(v is None for v in vals):
            continue
        placebo.append(float(np.mean([v for v in vals if v is not None])))
    interval = p = None
    if len(placebo) >= 3:
        rms = float(np.sqrt(np.mean(np.square(placebo))))
        interval = ((math.exp(mean - 1.96 * rms) - 1) * 100, (math.exp(mean + 1.96 * rms) - 1) * 100)
        p = (1 + sum(x >= mean for x in placebo)) / (len(placebo) + 1)
    else:
        warnings.append(f"only {len(placebo)} placebo dates with data for every flow: no interval")
    return PooledStudy(event, runup, baseline, flows, (math.exp(mean) - 1) * 100, interval, p, len(placebo),
                       warnings)
