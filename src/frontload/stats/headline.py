"""Headline statistics of one series: the numbers an analyst quotes.

Every function is pure (Series in, Figure out) and returns ``None`` when the
data cannot support the figure: a missing month, a base of zero, a span that a
combined January–February release straddles. A figure that cannot be computed
is not printed, rather than printed wrong.

Conventions (tested in tests/stats):

* Growth is ``(current / previous - 1) * 100`` and is undefined (None) when the
  previous value is zero or negative.
* YoY compares a span with the same span twelve months earlier; YTD runs from
  January to the given month inclusive; a Jan–Feb combined point counts for
  both months and makes January or February alone unavailable.
* A streak counts consecutive months *strictly above* a threshold, ending at the
  given month; a missing month ends the streak.
* A record compares a span with every earlier span of the same length on the
  same calendar grid (months with months, years with years); "highest since X"
  names the last earlier span that was higher.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import add_months, from_month_index, month_index, period_label
from ..report.numbers import fmt_money
from .series import Figure, Series, Span


def _fig(
    name: str, label: str, value: float, unit: str, spans: tuple[Span, ...], period: str, **detail: Any
) -> Figure:
    fetch_ids = tuple(sorted({f for sp in spans for f in sp.fetch_ids}))
    rows = sum(sp.rows for sp in spans)
    return Figure(name, label, value, unit, period, fetch_ids, rows, detail)


def growth_pct(current: float, previous: float) -> float | None:
    """Percentage change; None when the base is not positive (growth from zero is undefined)."""
    if previous <= 0:
        return None
    return (current / previous - 1.0) * 100.0


# -- spans at each frequency ------------------------------------------------------------------
def _spans(s: Series, months: int, aligned: int) -> list[Span]:
    if not s.points:
        return []
    first = s.points[0].start
    last = max(p.end for p in s.points)
    i = first + (-first) % aligned
    out = []
    while i + months <= last:
        sp = s.value_over(from_month_index(i), months)
        if sp is not None:
            out.append(sp)
        i += aligned
    return out


def monthly(s: Series) -> list[Span]:
    """Every calendar month with its own value (months inside a Jan–Feb combined point are absent)."""
    return _spans(s, 1, 1)


def quarterly(s: Series) -> list[Span]:
    """Every calendar quarter whose months (or a native quarterly point) tile it exactly."""
    return _spans(s, 3, 3)


def annual(s: Series) -> list[Span]:
    """Every calendar year the series covers completely (native annual points or twelve months)."""
    return _spans(s, 12, 12)


# -- values and growth ------------------------------------------------------------------------
def value(s: Series, start: dt.date, months: int = 1) -> Figure | None:
    sp = s.value_over(start, months)
    if sp is None:
        return None
    return _fig("value", sp.label, sp.value, s.unit, (sp,), sp.label, start=start.isoformat(), months=months)


def _growth(
    s: Series, name: str, cur_start: dt.date, prev_start: dt.date, months: int, what: str
) -> Figure | None:
    cur = s.value_over(cur_start, months)
    prev = s.value_over(prev_start, months)
    if cur is None or prev is None:
        return None
    g = growth_pct(cur.value, prev.value)
    if g is None:
        return None
    return _fig(
        name,
        f"{what}, {cur.label}",
        g,
        "%",
        (cur, prev),
        cur.label,
        current=cur.value,
        previous=prev.value,
        previous_period=prev.label,
        change=cur.value - prev.value,
    )


def yoy(s: Series, start: dt.date, months: int = 1) -> Figure | None:
    """Growth on the same span a year earlier."""
    return _growth(s, "yoy", start, add_months(start, -12), months, "year on year")


def mom(s: Series, month: dt.date) -> Figure | None:
    """Growth on the previous month (not seasonally adjusted: read with care)."""
    return _growth(s, "mom", month, add_months(month, -1), 1, "month on month")


def ytd(s: Series, month: dt.date) -> Figure | None:
    """January to ``month`` inclusive."""
    f = value(s, dt.date(month.year, 1, 1), month.month)
    return None if f is None else _rename(f, "ytd", f"year to date, {f.period}")


def ytd_yoy(s: Series, month: dt.date) -> Figure | None:
    f = yoy(s, dt.date(month.year, 1, 1), month.month)
    return None if f is None else _rename(f, "ytd_yoy", f"year to date, year on year, {f.period}")


def rolling(s: Series, month: dt.date, window: int = 12) -> Figure | None:
    """Sum of the ``window`` months ending with ``month`` (3 or 12 are the usual windows)."""
    f = value(s, add_months(month, -(window - 1)), window)
    return (
        None
        if f is None
        else _rename(f, f"rolling_{window}m", f"{window} months to {period_label(month, 1)}")
    )


def rolling_yoy(s: Series, month: dt.date, window: int = 12) -> Figure | None:
    f = yoy(s, add_months(month, -(window - 1)), window)
    return None if f is None else _rename(f, f"rolling_{window}m_yoy", f"{window} months, year on year")


def _rename(f: Figure, name: str, label: str) -> Figure:
    return Figure(name, label, f.value, f.unit, f.period, f.fetch_ids, f.rows, dict(f.detail), f.note)


# -- streaks and records ---------------------------------------------------------------------
def streak(s: Series, threshold: float, end: dt.date | None = None) -> Figure | None:
    """Consecutive months strictly above ``threshold`` ending at ``end`` (default: the last month).

    None when ``end`` itself is not above the threshold. A missing month ends the
    run, and the figure says so (``detail['stopped_by']``).
    """
    end = end or s.last
    if end is None:
        return None
    spans: list[Span] = []
    m = end
    stopped_by = "series start"
    while True:
        sp = s.value_over(m, 1)
        if sp is None:
            stopped_by = "missing month" if s.first and m >= s.first else "series start"
            break
        if not sp.value > threshold:
            stopped_by = "value at or below threshold"
            break
        spans.append(sp)
        m = add_months(m, -1)
    if not spans:
        return None
    since = spans[-1].label
    n = len(spans)
    text = f"above {fmt_money(threshold)} for {n} consecutive month{'s' * (n != 1)} (since {since})"
    if stopped_by == "missing month":
        text += f"; {period_label(m, 1)} is missing"
    return _fig(
        "streak",
        f"months above {fmt_money(threshold)}",
        float(n),
        "months",
        tuple(spans),
        f"{since}–{period_label(end, 1)}",
        threshold=threshold,
        since=since,
        text=text,
        short=f"{n} mo.{' (all data)' if stopped_by == 'series start' else ''} > {fmt_money(threshold)}",
        stopped_by=stopped_by,
    )


def round_thresholds(value: float) -> list[float]:
    """Round numbers below a positive value, largest first (5, 2, 1 and 0.5 times its power of ten):
    the thresholds a headline quotes ("above USD 2 bn")."""
    mag = 10 ** (len(str(int(value))) - 1)
    return [t for t in (mag * 5, mag * 2, mag, mag / 2) if t < value]


def record(s: Series, period: dt.date, months: int = 1, min_run: int = 3) -> Figure | None:
    """Is the span starting at ``period`` the highest (or lowest) for a while?

    Walks back over earlier spans of the same length on the same grid. Returns
    None unless the span beats at least ``min_run`` earlier ones in a row.
    """
    cur = s.value_over(period, months)
    if cur is None:
        return None
    beaten_high = beaten_low = 0
    higher: Span | None = None
    lower: Span | None = None
    stopped_at_gap: str | None = None
    earliest: Span | None = None
    k = 1
    while higher is None or lower is None:
        start = add_months(period, -months * k)
        if s.first is None or month_index(start) < month_index(s.first):
            break
        prev = s.value_over(start, months)
        if prev is None:
            stopped_at_gap = period_label(start, months)
            break
        earliest = prev
        if higher is None:
            if prev.value > cur.value:
                higher = prev
            else:
                beaten_high += 1
        if lower is None:
            if prev.value < cur.value:
                lower = prev
            else:
                beaten_low += 1
        k += 1
    if beaten_high >= min_run and beaten_high >= beaten_low:
        kind, other, n = "high", higher, beaten_high
    elif beaten_low >= min_run:
        kind, other, n = "low", lower, beaten_low
    else:
        return None
    word = "highest" if kind == "high" else "lowest"
    if other is not None:
        text = f"the {word} since {other.label}"
    elif stopped_at_gap:
        text = f"the {word} since the data resume after {stopped_at_gap}"
    else:
        text = f"the {word} on record (data from {earliest.label if earliest else cur.label})"
    return _fig(
        "record",
        f"{word} {'month' if months == 1 else 'period'}",
        cur.value,
        s.unit,
        (cur,),
        cur.label,
        kind=kind,
        periods_compared=n,
        since=other.label if other else None,
        text=text,
        short=text.removeprefix("the "),
        stopped_at_gap=stopped_at_gap,
    )


# -- the headline set ------------------------------------------------------------------------
@dataclass
class Headline:
    """The standard set of figures for one period of one series."""

    series: Series
    period: dt.date
    months: int
    items: dict[str, Figure | None] = field(default_factory=dict)

    def figures(self) -> list[Figure]:
        return [f for f in self.items.values() if f is not None]

    def __iter__(self) -> Iterator[Figure]:
        return iter(self.figures())

    def to_dict(self) -> dict[str, Any]:
        prov = {f: p for f, p in self.series.provenance.items()}
        return {
            "flow": self.series.key.label(),
            "source": self.series.source,
            "period": period_label(self.period, self.months),
            "figures": [
                {
                    "name": f.name,
                    "label": f.label,
                    "value": f.value,
                    "unit": f.unit,
                    "period": f.period,
                    "rows": f.rows,
                    "detail": f.detail,
                    "provenance": [prov[x].cite() for x in f.fetch_ids if x in prov],
                }
                for f in self.figures()
            ],
            "not_available": [k for k, v in self.items.items() if v is None],
            "notes": list(self.series.notes),
        }


def headline(s: Series, period: dt.date | None = None, months: int | None = None) -> Headline:
    """Value, YoY, MoM, YTD, YTD YoY, rolling sums, record and streak for the period asked.

    Defaults to the series' last month (monthly series) or last year (annual series).
    """
    if months is None:
        months = 1 if s.freq == "M" else (3 if s.freq == "Q" else 12)
    if period is None:
        last = s.last
        if last is None:
            return Headline(s, dt.date(1970, 1, 1), months)
        period = add_months(last, -(months - 1))
    h = Headline(s, period, months)
    h.items["value"] = value(s, period, months)
    h.items["yoy"] = yoy(s, period, months)
    h.items["record"] = record(s, period, months)
    if months == 1:
        h.items["mom"] = mom(s, period)
        h.items["ytd"] = ytd(s, period)
        h.items["ytd_yoy"] = ytd_yoy(s, period)
        h.items["rolling_3m"] = rolling(s, period, 3)
        h.items["rolling_12m"] = rolling(s, period, 12)
        h.items["rolling_12m_yoy"] = rolling_yoy(s, period, 12)
        cur = h.items["value"]
        if cur is not None and cur.value > 0:
            h.items["streak"] = streak(s, round_thresholds(cur.value)[0], end=period)
    return h
