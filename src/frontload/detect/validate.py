"""The backtest harness: how often does the detector find a surge of known size, and cry wolf?

For each real monthly series in the store and each placebo event date, the
detector runs once per baseline with no injection. Because the baseline is fitted
only on months before the run-up window, injecting a surge of ``size`` (a
fraction of the actual values) into the run-up moves the excess estimate and
its interval by exactly the injected amount (tested in tests/detect). So:

* **false alarm** at a placebo date: the 95% interval of the run-up excess lies
  above zero with nothing injected. (Real data have real shocks, so this is an
  upper bound on the false-alarm rate of a perfect method.)
* **detection** of a surge of ``size``: the interval lies above zero after
  adding the injected amount.
* **excess error**: |estimated − injected| / injected, which equals
  |placebo excess| / injected.

``frontload backtest`` prints the table; docs/detection.md records a run.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field
from typing import Any

from ..errors import QueryError
from ..model import Query, add_months, month_index
from ..stats.series import Series
from ..store import query as Q
from ..store.store import Store
from . import baselines as B
from .excess import detect


@dataclass
class Row:
    baseline: str
    cases: int = 0
    false_alarms: int = 0
    detected: dict[float, int] = field(default_factory=dict)
    errors: dict[float, list[float]] = field(default_factory=dict)

    def to_dict(self, sizes: tuple[float, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "baseline": self.baseline,
            "cases": self.cases,
            "false_alarm_rate": self.false_alarms / self.cases if self.cases else None,
        }
        for s in sizes:
            out[f"detection_rate_{int(s * 100)}pct"] = (
                self.detected.get(s, 0) / self.cases if self.cases else None
            )
            errs = self.errors.get(s, [])
            out[f"median_excess_error_{int(s * 100)}pct"] = statistics.median(errs) if errs else None
        return out


def monthly_series(store: Store, min_months: int = 60) -> list[Series]:
    """Every Comtrade monthly flow in the store with at least ``min_months`` months."""
    con = store.con
    keys = con.execute(
        "SELECT DISTINCT reporter, flow, product FROM observations "
        "WHERE source = 'comtrade' AND freq = 'M' AND months = 1 AND level = 6 ORDER BY ALL"
    ).fetchall()
    out = []
    # One query per reporter, flow and product returns every partner's series at once.
    for rep, flow, prod in keys:
        by_partner = Q.series_by(store, Query(rep, "*", flow, prod, freq="M", source="comtrade"), "partner")
        for _, s in sorted(by_partner.items()):
            if sum(1 for p in s.points if p.months == 1) >= min_months:
                out.append(s)
    return out


def placebo_dates(s: Series, lead: int, lag: int, step: int = 6, min_fit: int = 36) -> list[dt.date]:
    if s.first is None or s.last is None:
        return []
    first = add_months(s.first, min_fit + lead)
    last = add_months(s.last, -(lag - 1))
    out = []
    d = dt.date(first.year, 1 if first.month <= 1 else 7 if first.month <= 7 else 1, 1)
    if month_index(d) < month_index(first):
        d = add_months(d, 6)
    while month_index(d) <= month_index(last):
        out.append(d)
        d = add_months(d, step)
    return out


def run(
    series: list[Series],
    *,
    sizes: tuple[float, ...] = (0.3, 0.6),
    lead: int = 6,
    lag: int = 6,
    baselines: tuple[str, ...] = (*B.BASELINES, "auto"),
    step: int = 6,
) -> list[dict[str, Any]]:
    rows = {b: Row(b) for b in baselines}
    for s in series:
        values = {p.start: p.value for p in s.points if p.months == 1}
        for event in placebo_dates(s, lead, lag, step):
            e = month_index(event)
            run_up = [values.get(i) for i in range(e - lead, e)]
            if any(v is None for v in run_up):
                continue
            for b in baselines:
                try:
                    d = detect(s, event, lead=lead, lag=lag, baseline=b)
                except QueryError:
                    continue
                if d.excess is None or d.excess_low is None:
                    continue
                r = rows[b]
                r.cases += 1
                r.false_alarms += d.excess_low > 0
                for size in sizes:
                    injected = size * sum(v or 0 for v in run_up)
                    r.detected[size] = r.detected.get(size, 0) + (d.excess_low + injected > 0)
                    if injected > 0:
                        r.errors.setdefault(size, []).append(abs(d.excess) / injected)
    return [rows[b].to_dict(sizes) for b in baselines]


def to_markdown(table: list[dict[str, Any]], sizes: tuple[float, ...]) -> str:
    head = ["baseline", "cases", "false alarms"]
    for s in sizes:
        head += [f"detected +{int(s * 100)}%", f"excess error +{int(s * 100)}%"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in table:
        cells = [r["baseline"], str(r["cases"]), _pct(r["false_alarm_rate"])]
        for s in sizes:
            cells += [
                _pct(r[f"detection_rate_{int(s * 100)}pct"]),
                _pct(r[f"median_excess_error_{int(s * 100)}pct"]),
            ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f}%"
