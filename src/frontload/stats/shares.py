"""Shares, breakdowns, unit values and mirror gaps: statistics across several series.

The caller passes the series to combine, already split so that nothing double
counts (a parent and its children are never both among ``parts``). Shares are
of an explicit total: the partner "World" series for partner shares, the sum
over reporters for world shares (Comtrade has no reporter "World"), the parent
product for a product breakdown. The residual (total minus the parts) is kept,
so "other" and data gaps stay visible.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .headline import growth_pct
from .series import Figure, Series, Span


@dataclass(frozen=True)
class ShareItem:
    key: str
    value: float
    share_pct: float
    fetch_ids: tuple[str, ...]
    previous: float | None = None  # same span a year earlier, when known
    growth_pct: float | None = None
    contribution_pp: float | None = None  # percentage points of the total's growth


@dataclass
class ShareTable:
    """Members of a total over one span, largest first."""

    label: str  # period label
    total: float
    items: list[ShareItem]
    residual: float  # total minus the sum of the items (other partners, unreported codes)
    total_fetch_ids: tuple[str, ...] = ()
    reporters: list[str] = field(default_factory=list)  # who reported, for world shares
    missing: list[str] = field(default_factory=list)  # members with no value for the span
    total_previous: float | None = None

    def share_of(self, key: str) -> ShareItem | None:
        return next((i for i in self.items if i.key == key), None)


def _prev(s: Series, start: dt.date, months: int) -> Span | None:
    return s.value_over(dt.date(start.year - 1, start.month, 1), months)


def partner_shares(total: Series, parts: dict[str, Series], start: dt.date, months: int) -> ShareTable | None:
    """Each partner's share of the reporter's trade with the World over a span."""
    tot = total.value_over(start, months)
    if tot is None or tot.value <= 0:
        return None
    return _table(tot, _prev(total, start, months), parts, start, months)


def world_share(by_reporter: dict[str, Series], start: dt.date, months: int) -> ShareTable | None:
    """Each reporter's share of the sum over all reporters with data for the span.

    The total is only as complete as the reporting: the table lists who reported
    (``reporters``) so a reader sees when, say, 2024 has 86 reporters instead of 150.
    """
    spans = {k: s.value_over(start, months) for k, s in by_reporter.items()}
    have = {k: sp for k, sp in spans.items() if sp is not None}
    if not have:
        return None
    total = sum(sp.value for sp in have.values())
    if total <= 0:
        return None
    label = next(iter(have.values())).label
    items = sorted(
        (ShareItem(k, sp.value, sp.value / total * 100.0, sp.fetch_ids) for k, sp in have.items()),
        key=lambda i: -i.value,
    )
    fetch_ids = tuple(sorted({f for sp in have.values() for f in sp.fetch_ids}))
    return ShareTable(label, total, items, 0.0, fetch_ids, sorted(have), sorted(set(spans) - set(have)))


def breakdown(parent: Series, children: dict[str, Series], start: dt.date, months: int) -> ShareTable | None:
    """A product split into its children: shares of the parent and contributions to its YoY growth.

    ``contribution_pp`` of a child is its change over the year divided by the
    parent's value a year earlier, in percentage points, so the contributions of
    complete children add up to the parent's growth.
    """
    tot = parent.value_over(start, months)
    if tot is None or tot.value <= 0:
        return None
    return _table(tot, _prev(parent, start, months), children, start, months)


def _table(
    tot: Span, tot_prev: Span | None, parts: dict[str, Series], start: dt.date, months: int
) -> ShareTable:
    items: list[ShareItem] = []
    missing: list[str] = []
    for key, s in parts.items():
        sp = s.value_over(start, months)
        if sp is None:
            missing.append(key)
            continue
        prev = _prev(s, start, months)
        g = growth_pct(sp.value, prev.value) if prev is not None else None
        contrib = None
        if prev is not None and tot_prev is not None and tot_prev.value > 0:
            contrib = (sp.value - prev.value) / tot_prev.value * 100.0
        items.append(
            ShareItem(
                key,
                sp.value,
                sp.value / tot.value * 100.0,
                sp.fetch_ids,
                prev.value if prev else None,
                g,
                contrib,
            )
        )
    items.sort(key=lambda i: -i.value)
    residual = tot.value - sum(i.value for i in items)
    return ShareTable(
        tot.label,
        tot.value,
        items,
        residual,
        tot.fetch_ids,
        missing=sorted(missing),
        total_previous=tot_prev.value if tot_prev else None,
    )


def unit_value(s: Series, start: dt.date, months: int = 1) -> Figure | None:
    """Value per unit of quantity (USD per item or per kg) where every point reports quantity.

    None when any month lacks a quantity or units differ: a unit value over part
    of the span would mislead.
    """
    sp = s.value_over(start, months)
    if sp is None:
        return None
    units = {p.qty_unit for p in sp.points}
    if any(p.qty is None for p in sp.points) or len(units) != 1 or None in units:
        return None
    qty = sum(p.qty or 0.0 for p in sp.points)
    if qty <= 0:
        return None
    unit = units.pop()
    return Figure(
        "unit_value",
        f"unit value, {sp.label}",
        sp.value / qty,
        f"USD/{unit}",
        sp.label,
        sp.fetch_ids,
        sp.rows,
        {"value": sp.value, "qty": qty, "qty_unit": unit},
    )


def mirror_gap(imports: Series, exports: Series, start: dt.date, months: int) -> Figure | None:
    """One side's imports against the other side's exports of the same flow.

    ``imports`` is A's imports from B (usually CIF), ``exports`` is B's exports to
    A (FOB). The gap is imports minus exports, in USD; ``detail['ratio']`` is
    imports / exports. Freight and insurance make CIF exceed FOB by a few per
    cent; larger gaps point to re-exports via third places (Hong Kong), timing,
    or different product coverage.
    """
    m = imports.value_over(start, months)
    x = exports.value_over(start, months)
    if m is None or x is None:
        return None
    ratio = m.value / x.value if x.value > 0 else None
    return Figure(
        "mirror_gap",
        f"mirror gap, {m.label}",
        m.value - x.value,
        "USD",
        m.label,
        tuple(sorted(set(m.fetch_ids) | set(x.fetch_ids))),
        m.rows + x.rows,
        {
            "imports": m.value,
            "exports": x.value,
            "ratio": ratio,
            "imports_flow": imports.key.label(),
            "exports_flow": exports.key.label(),
            "imports_source": imports.source,
            "exports_source": exports.source,
        },
        note="imports are usually valued CIF and exports FOB; a small positive gap is expected",
    )
