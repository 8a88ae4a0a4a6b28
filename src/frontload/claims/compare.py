"""Comparison claims: shares, ranks, combined totals and records; and SEMI equipment billings.

A comparison needs the values of several members over one span: the regions of SEMI's billings
table ("China's spending exceeded the combined total of Korea, Taiwan and North America"), or the
partners of one reporter's flow ("Taiwan was the largest source of US processor imports"). Each
member's value comes with its evidence, so a verdict can cite every row it used.

What can be proved depends on what is known. A rank among the partners in the store is proved only
when the partners that are not in the store (the World total minus the known partners) cannot
change it; otherwise the verdict is "consistent". A record over a series with missing periods is
"consistent" too: a missing quarter might have been higher.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import FrontloadError
from ..model import Query, add_months, month_index, period_label
from ..report.numbers import fmt_money
from ..store import query as Q
from ..store.store import Store
from .parse import Claim

if TYPE_CHECKING:  # pragma: no cover
    from .verify import Verdict

# SEMI's regions as printed, for the economies a claim names. SEMI reports North America, not the US.
SEMI_REGION = {
    "CHN": "China",
    "KOR": "Korea",
    "TWN": "Taiwan",
    "JPN": "Japan",
    "USA": "North America",
    "EU": "Europe",
    "WLD": "Total",
}
_SEMI_NAMES = {v: k for k, v in SEMI_REGION.items()}


@dataclass
class Found:
    """One member's value over a span, with the rows behind it."""

    key: str
    value: float  # US dollars
    label: str
    evidence: list[str]
    notes: list[str] = field(default_factory=list)
    data_tol: float = 0.0  # half the last digit the source printed (SEMI prints 12.21 bn)


def _memo(key: Any, compute: Any) -> Any:
    from .verify import _memo as memo

    return memo(key, compute)


# -- SEMI equipment billings (reported figures) ----------------------------------------------------
def _billings_rows(store: Store) -> dict[tuple[str, dt.date, int], list[dict[str, Any]]]:
    def compute() -> dict[tuple[str, dt.date, int], list[dict[str, Any]]]:
        out: dict[tuple[str, dt.date, int], list[dict[str, Any]]] = {}
        for r in Q.reported_figures(store, measure="equipment_billings"):
            if r["value"] is None or r["unit"] != "USD bn":
                continue
            months = month_index(r["period_end"]) - month_index(r["period_start"]) + 1
            out.setdefault((r["reporter_as_reported"], r["period_start"], months), []).append(r)
        return out

    rows: dict[tuple[str, dt.date, int], list[dict[str, Any]]] = _memo("billings", compute)
    return rows


def _decimals(x: float) -> int:
    text = repr(x)
    return len(text.split(".")[1].rstrip("0")) if "." in text else 0


def billing(store: Store, region: str, start: dt.date, months: int) -> Found | None:
    """SEMI billings of one region (its name as SEMI prints it, or an ISO3 code) over a span.

    A quarter or year printed by SEMI is used as printed; a half-year or a year SEMI did not print
    is the sum of its quarters when all of them are there. When pages print different values for
    the same region and quarter, the latest page is used and the other value named (a revision).
    """
    name = SEMI_REGION.get(region, region)
    table = _billings_rows(store)
    rows = table.get((name, start, months))
    if rows:
        rows = sorted(rows, key=lambda r: r["basis"] or "")
        best = rows[-1]
        values = sorted({r["value"] for r in rows})
        notes = []
        if len(values) > 1:
            notes.append(
                f"pages print {' and '.join(f'{v:g}' for v in values)} bn for {name} in "
                f"{period_label(start, months)} (a revision or rounding; the latest page is used)"
            )
        return Found(
            _SEMI_NAMES.get(name, name),
            best["value"] * 1e9,
            period_label(start, months),
            [f"reported figure {best['figure_id']} (SEMI as reported, {best['source_url']})"],
            notes,
            0.5 * 10 ** (-_decimals(best["value"])) * 1e9,
        )
    if months in (6, 9, 12) and start.month in (1, 4, 7, 10):
        parts = [billing(store, name, add_months(start, 3 * k), 3) for k in range(months // 3)]
        if all(parts):
            got = [p for p in parts if p is not None]
            return Found(
                _SEMI_NAMES.get(name, name),
                sum(p.value for p in got),
                period_label(start, months),
                [e for p in got for e in p.evidence],
                [n for p in got for n in p.notes] + [f"sum of the {len(got)} quarters SEMI printed"],
                sum(p.data_tol for p in got),
            )
    return None


def billing_regions(store: Store, start: dt.date, months: int) -> dict[str, Found]:
    """Every region SEMI printed for the span (not the Total)."""
    names = {k[0] for k in _billings_rows(store) if k[0] != "Total"}
    out = {}
    for n in sorted(names):
        f = billing(store, n, start, months)
        if f is not None:
            out[f.key] = f
    return out


def _semi_note(isos: list[str]) -> list[str]:
    return (
        ["SEMI reports North America, not the US alone: the US is read as North America"]
        if "USA" in isos
        else []
    )


# -- flows ---------------------------------------------------------------------------------------
def _partners(store: Store, c: Claim) -> dict[str, Any]:
    q = Query(c.reporter or "", "", c.flow or "M", c.product[0] if len(c.product) == 1 else "+")

    def compute() -> dict[str, Any]:
        try:
            return Q.series_by(store, q, "partner", codes=c.product)
        except FrontloadError:
            return {}

    found: dict[str, Any] = _memo(("partners", q, c.product), compute)
    return found


def flow_members(store: Store, c: Claim, start: dt.date, months: int) -> dict[str, Found]:
    """The reporter's flow with each partner in the store over the span (WLD is the total)."""
    out = {}
    sources = set()
    for iso, s in _partners(store, c).items():
        sp = s.value_over(start, months)
        if sp is not None:
            prov = sorted({s.provenance[f].cite() for f in sp.fetch_ids if f in s.provenance})
            out[iso] = Found(iso, sp.value, sp.label, [f"{s.source}: {iso} {fmt_money(sp.value)}", *prov])
            sources.add(s.source)
    if out and "WLD" not in out and sources and sources <= COMPLETE_BY_PARTNER:
        # Taiwan customs list every destination: their sum is the World total (the totals file agrees).
        first = next(iter(out.values()))
        out["WLD"] = Found(
            "WLD",
            sum(f.value for f in out.values()),
            first.label,
            [
                f"sum of the {len(out)} destinations in {', '.join(sorted(sources))} "
                "(every destination: the World total)"
            ],
        )
    return out


def reporter_members(store: Store, c: Claim, start: dt.date, months: int) -> dict[str, Found]:
    """Every reporter's flow with the World over the span (the all-reporters export table): 'the
    world's biggest exporter', 'a fifth of global exports'. WLD is their sum."""
    flow = c.flow or "X"
    q = Query("", "WLD", flow, c.product[0] if len(c.product) == 1 else "+")

    def compute() -> dict[str, Any]:
        try:
            return {k: v for k, v in Q.series_by(store, q, "reporter", codes=c.product).items() if k != "WLD"}
        except FrontloadError:
            return {}

    found: dict[str, Any] = _memo(("reporters-of", q, c.product), compute)
    out: dict[str, Found] = {}
    for iso, s in found.items():
        sp = s.value_over(start, months)
        if sp is not None:
            prov = sorted({s.provenance[f].cite() for f in sp.fetch_ids if f in s.provenance})
            out[iso] = Found(iso, sp.value, sp.label, [f"{s.source}: {iso} {fmt_money(sp.value)}", *prov[:1]])
    if len(out) >= 20:  # a table of every reporter: their sum is the world's
        first = next(iter(out.values()))
        # A year when many reporters had not filed yet (Comtrade's 2024: 86 of the usual ~145)
        # flatters every share and may hide a larger exporter: the total is flagged incomplete.
        before = [
            sum(1 for s in found.values() if s.value_over(add_months(start, -12 * k), months) is not None)
            for k in (1, 2)
        ]
        notes = (
            [f"incomplete: {len(out)} reporters in {first.label} against {max(before)} a year or two earlier"]
            if max(before) and len(out) < 0.8 * max(before)
            else []
        )
        out["WLD"] = Found(
            "WLD",
            sum(f.value for f in out.values()),
            first.label,
            [f"sum of the {len(out)} reporters in the table (world exports; Hong Kong's include re-exports)"],
            notes,
        )
    return out


# Sources whose partner table lists every partner, so the partners add up to the World total.
COMPLETE_BY_PARTNER = {"twcustoms"}


# -- the comparisons -----------------------------------------------------------------------------
def _members(store: Store, c: Claim) -> tuple[dict[str, Found], str]:
    assert c.period_start is not None and c.months is not None
    if c.measure == "billings":
        members = billing_regions(store, c.period_start, c.months)
        total = billing(store, "WLD", c.period_start, c.months)
        if total is not None:
            members["WLD"] = total
        return members, "SEMI equipment billings"
    return flow_members(store, c, c.period_start, c.months), "customs flows"


def _subject(c: Claim) -> str | None:
    """The economy compared: a region for billings; for flows the partner ("Taiwan was the largest
    source"), or for a record without partner the reporter ("China's imports hit a record")."""
    if c.measure == "billings" or (c.comparison == "record" and c.partner is None):
        return c.reporter
    return c.partner


def check(store: Store, c: Claim) -> Verdict:
    """The verdict on a comparison claim (c.comparison is share, rank, combined or record)."""
    from .verify import Verdict

    measure = c.comparison or "comparison"
    who = _subject(c) if "across_reporters" not in c.notes else c.reporter
    if (
        who is None
        or c.period_start is None
        or c.months is None
        or (c.measure != "billings" and not c.product)
    ):
        missing = "period" if c.period_start is None else ("product" if not c.product else "economy compared")
        return Verdict(
            c, "not_checkable", measure, explanation=f"could not tell the {missing} of this {measure} claim"
        )
    if c.comparison == "record":
        return _record(store, c, who)
    members, what = _members(store, c)
    if "across_reporters" in c.notes and c.measure != "billings":
        who = c.reporter or who
        members, what = reporter_members(store, c, c.period_start, c.months), "exports of every reporter"
        world_notes = members["WLD"].notes if "WLD" in members else []
        gap = next((n for n in world_notes if n.startswith("incomplete")), None)
        if gap is not None and c.comparison in ("share", "rank", "combined"):
            return Verdict(
                c,
                "not_checkable",
                measure,
                explanation=f"the world table is {gap}: a share of it is flattered and a missing "
                "reporter could rank higher; no verdict on it",
                reason="ambiguous",
            )
    label = period_label(c.period_start, c.months)
    if who not in members:
        return Verdict(
            c,
            "not_checkable",
            measure,
            explanation=f"no {what} for {who} in {label} in the store; " + _hint(c),
        )
    if who == "WLD":  # the total the others are compared with, not one of them (no subject was read)
        return Verdict(
            c,
            "not_checkable",
            measure,
            explanation=f"could not tell the economy compared: the {measure} names only the world total",
        )
    me = members[who]
    together = next((n.split(":", 1)[1].split(",") for n in c.notes if n.startswith("together:")), None)
    if together is not None and c.comparison == "share":
        # "China and Hong Kong together took 51.7%": the members' sum against the same total
        parts = [members.get(iso) for iso in together]
        if any(p is None for p in parts):
            lacking = [iso for iso, p in zip(together, parts, strict=True) if p is None]
            return Verdict(
                c,
                "not_checkable",
                measure,
                explanation=f"no {what} for {', '.join(lacking)} in {label} in the store; " + _hint(c),
            )
        me = Found(
            " and ".join(together),
            sum(p.value for p in parts if p is not None),
            me.label,
            [e for p in parts if p is not None for e in p.evidence],
            me.notes,
        )
    if c.comparison == "share" and "share_move" in c.notes:
        return _share_move(store, c, me, members, what, label)
    if c.comparison == "share":
        return _share(c, me, members, what, label)
    if c.comparison == "combined":
        return _combined(c, me, members, what, label)
    return _rank(c, me, members, what, label)


def _hint(c: Claim) -> str:
    if c.measure == "billings":
        return "SEMI's regional tables for that period would settle it (not published as data here)"
    start = c.period_start or dt.date(2024, 1, 1)
    end = add_months(start, (c.months or 12) - 1)
    return (
        f"the reporter's trade with every partner would settle it: frontload ingest comtrade -r "
        f"{c.reporter} -p all --product {c.product[0] if c.product else '8542'} --flow {c.flow or 'M'} "
        f"--start {start:%Y-%m} --end {end:%Y-%m}"
    )


def _share(c: Claim, me: Found, members: dict[str, Found], what: str, label: str) -> Verdict:
    from .verify import Verdict

    assert c.share_pct is not None
    total = members.get("WLD")
    if total is None or total.value <= 0:
        return Verdict(
            c,
            "not_checkable",
            "share",
            claimed=c.share_pct,
            explanation=f"no world total of the {what} for {label}; " + _hint(c),
        )
    got = me.value / total.value * 100
    # The data's own rounding moves the share too (SEMI prints two decimals).
    tol = c.share_tolerance + (me.data_tol / total.value + me.value * total.data_tol / total.value**2) * 100
    if c.share_bound == "over":
        ok = got >= c.share_pct - tol
    elif c.share_bound == "under":
        ok = c.share_pct - 5 <= got <= c.share_pct + tol
    elif c.share_bound == "below":  # "fell below 7%"
        ok = got < c.share_pct + tol
    else:
        ok = abs(got - c.share_pct) <= tol
    verdict = "supported" if ok else "contradicted"
    parts = [f for k, f in members.items() if k != "WLD"]
    if (
        not ok
        and parts
        and all(f.evidence and f.evidence[0].startswith("twcustoms:") for f in parts)
        and not any("every destination" in e for e in total.evidence)
    ):
        # Taiwan's destinations against a World row from another source (Comtrade's, earlier
        # years): the sum of the destinations is the customs office's own total; either may be meant
        own = sum(f.value for f in parts)
        alt = me.value / own * 100 if own > 0 else None
        if alt is not None and c.share_bound is None and abs(alt - c.share_pct) <= tol:
            got, verdict = alt, "supported"
            total = Found(
                "WLD",
                own,
                total.label,
                [f"sum of the {len(parts)} destinations in twcustoms (every destination: the World total)"],
            )
    if (
        verdict == "contradicted"
        and c.share_bound is None
        and abs(got - c.share_pct) - tol <= SHARE_POINT_MARGIN
    ):
        verdict = "consistent"  # a tenth of a point outside the printed rounding: a revision's size
    notes = me.notes + total.notes + _semi_note([me.key])
    text = (
        f"{me.key} {fmt_money(me.value)} of {fmt_money(total.value)} in {label} is {got:.1f}% "
        f"({what}); the claim says {'more than ' if c.share_bound == 'over' else ''}"
        f"{'nearly ' if c.share_bound == 'under' else ''}{'below ' if c.share_bound == 'below' else ''}"
        f"{c.share_pct:.1f}% (±{tol:.1f} points)"
    )
    if verdict == "consistent":
        notes.append(
            "just outside the printed rounding, by less than revisions move a share "
            f"({SHARE_POINT_MARGIN} points)"
        )
    return Verdict(
        c,
        verdict,
        "share",
        got,
        c.share_pct,
        tol,
        me.evidence + total.evidence,
        "; ".join([text, *notes]),
    )


# A point share outside its printed rounding by at most this many points is "consistent".
SHARE_POINT_MARGIN = 0.25

# A share that moved by less than this (in points) has not clearly moved either way.
SHARE_MOVE_MIN = 0.3


def _share_move(
    store: Store, c: Claim, me: Found, members: dict[str, Found], what: str, label: str
) -> Verdict:
    """'China's share of Taiwan's IC exports fell (to about 22%) in 2023': the share in the claim's
    span against the same span a year before, from the same table. The move is its own claim: the
    level beside it is checked on its own span. Less than 0.3 points either way is no move to sign."""
    from .verify import Verdict

    assert c.period_start is not None and c.months is not None and c.direction is not None
    start = add_months(c.period_start, -12)
    if "across_reporters" in c.notes and c.measure != "billings":
        before = reporter_members(store, c, start, c.months)
    elif c.measure == "billings":
        before = billing_regions(store, start, c.months)
        total = billing(store, "WLD", start, c.months)
        if total is not None:
            before["WLD"] = total
    else:
        before = flow_members(store, c, start, c.months)
    now_total, then_total, then = members.get("WLD"), before.get("WLD"), before.get(me.key)
    prev_label = period_label(start, c.months)
    if (
        now_total is None
        or then_total is None
        or then is None
        or now_total.value <= 0
        or then_total.value <= 0
    ):
        return Verdict(
            c,
            "not_checkable",
            "direction",
            explanation=f"no {what} for {me.key} and the world total in both {prev_label} and {label}; "
            + _hint(c),
        )
    now_pct, then_pct = me.value / now_total.value * 100, then.value / then_total.value * 100
    moved = now_pct - then_pct
    text = (
        f"{me.key}'s share ({what}) was {then_pct:.1f}% in {prev_label} and {now_pct:.1f}% in {label} "
        f"({moved:+.1f} points); the claim says it {'fell' if c.direction < 0 else 'rose'}"
    )
    evidence = me.evidence + now_total.evidence + then.evidence + then_total.evidence
    if abs(moved) < SHARE_MOVE_MIN:
        return Verdict(
            c,
            "not_checkable",
            "direction",
            now_pct,
            then_pct,
            None,
            evidence,
            text + f": a move under {SHARE_MOVE_MIN} points is no move to sign",
            reason="ambiguous",
        )
    verdict = "supported" if (moved > 0) == (c.direction > 0) else "contradicted"
    return Verdict(c, verdict, "direction", now_pct, then_pct, None, evidence, text)


def _combined(c: Claim, me: Found, members: dict[str, Found], what: str, label: str) -> Verdict:
    from .verify import Verdict

    listed = [o for o in c.others if o != me.key]  # the subject is not among what it is compared with
    missing = [o for o in listed if o not in members]
    if missing:
        return Verdict(
            c,
            "not_checkable",
            "combined",
            explanation=f"no {what} for {', '.join(missing)} in {label}; " + _hint(c),
        )
    others = [members[o] for o in listed]
    total = sum(o.value for o in others)
    below = "below" in c.notes
    ok = me.value < total if below else me.value > total
    parts = ", ".join(f"{o.key} {fmt_money(o.value)}" for o in others)
    text = (
        f"{me.key} {fmt_money(me.value)} against {parts}: together {fmt_money(total)} in {label} ({what}); "
        f"{me.key} is {fmt_money(abs(me.value - total))} {'above' if me.value > total else 'below'} them"
    )
    notes = me.notes + [n for o in others for n in o.notes] + _semi_note([me.key, *listed])
    if not ok and abs(me.value - total) <= me.data_tol + sum(o.data_tol for o in others):
        verdict = "consistent"
        notes.append("within the rounding of the printed figures")
    else:
        verdict = "supported" if ok else "contradicted"
    return Verdict(
        c,
        verdict,
        "combined",
        me.value,
        total,
        None,
        me.evidence + [e for o in others for e in o.evidence],
        "; ".join([text, *notes]),
    )


def _rank(c: Claim, me: Found, members: dict[str, Found], what: str, label: str) -> Verdict:
    from .verify import Verdict

    assert c.rank is not None
    total = members.pop("WLD", None)
    ordered = sorted(members.values(), key=lambda f: -f.value)
    pos = [f.key for f in ordered].index(me.key) + 1
    listing = ", ".join(f"{i}. {f.key} {fmt_money(f.value)}" for i, f in enumerate(ordered[:5], 1))
    evidence = [e for f in ordered[: max(pos, c.rank) + 1] for e in f.evidence]
    if c.measure == "billings" or "across_reporters" in c.notes:
        complete, residual = True, 0.0  # SEMI's table lists every region; the reporters' table every reporter
    elif total is not None:
        residual = total.value - sum(f.value for f in ordered)
        # No partner outside the store can be larger: their sum (World minus the partners in the
        # store) is clearly below the subject's figure. "Clearly": the World row and the partner
        # rows are revised apart, so a residual within 5% of the figure proves nothing.
        complete = residual < 0.95 * me.value
        if (c.months or 12) < 12 and residual > 0.01 * me.value:
            # A month or the year to date (claims8b): the monthly World row and the partner rows
            # are compiled and revised apart, and the blind batches' analysts sign such a rank
            # among the partners in the store as consistent; only a store that holds (nearly)
            # every partner proves it.
            complete = False
        evidence += total.evidence
    else:
        complete, residual = False, float("nan")
    text = f"{me.key} ranks {pos} of {len(ordered)} in {label} ({what}): {listing}"
    if total is not None and c.measure != "billings":
        text += f"; partners not in the store add up to {fmt_money(residual)}"
    notes = me.notes + _semi_note([me.key])
    if "rank_within" in c.notes:
        return _rank_within(c, pos, complete, evidence, "; ".join([text, *notes]))
    if pos > c.rank or (
        complete and (c.measure == "billings" or "across_reporters" in c.notes) and pos != c.rank
    ):
        return Verdict(
            c, "contradicted", "rank", float(pos), float(c.rank), None, evidence, "; ".join([text, *notes])
        )
    if pos == c.rank and complete:
        return Verdict(
            c, "supported", "rank", float(pos), float(c.rank), None, evidence, "; ".join([text, *notes])
        )
    if total is None and len(ordered) < 2:
        return Verdict(
            c,
            "not_checkable",
            "rank",
            float(pos),
            float(c.rank),
            None,
            evidence,
            f"only {me.key} is in the store for {label}; " + _hint(c),
        )
    why = (
        "partners not in the store could change the order"
        if pos == c.rank
        else "partners not in the store could rank above it"
    )
    return Verdict(
        c, "consistent", "rank", float(pos), float(c.rank), None, evidence, "; ".join([text, why, *notes])
    )


def _rank_within(c: Claim, pos: int, complete: bool, evidence: list[str], text: str) -> Verdict:
    """'among the ten largest': a rank of at most N. Beyond N among the economies in the store is
    contradicted (more can only push it lower); within N is proved only when no economy outside
    the store could rank above it."""
    from .verify import Verdict

    assert c.rank is not None
    if pos > c.rank:
        verdict = "contradicted"
    elif complete:
        verdict = "supported"
    else:
        verdict, text = "consistent", text + "; economies not in the store could rank above it"
    return Verdict(
        c,
        verdict,
        "rank",
        float(pos),
        float(c.rank),
        None,
        evidence,
        f"{text} (the claim: within the top {c.rank})",
    )


def _record_series(store: Store, c: Claim, who: str) -> list[Found | None] | None:
    """Values of every span of the claim's length on the same grid, oldest first, up to the claim's."""
    assert c.period_start is not None and c.months is not None
    if c.measure == "billings":
        keys = [k for k in _billings_rows(store) if k[0] == SEMI_REGION.get(who, who) and k[2] == c.months]
        if not keys:
            return None
        first = min(k[1] for k in keys)
        n = (month_index(c.period_start) - month_index(first)) // c.months + 1
        return [billing(store, who, add_months(first, k * c.months), c.months) for k in range(max(n, 0))]
    from .verify import _series

    s = _series(store, c)
    if s is None or s.first is None or s.value_over(c.period_start, c.months) is None:
        return _reported_series(store, c)
    n = (month_index(c.period_start) - month_index(s.first)) // c.months + 1
    out: list[Found | None] = []
    for k in range(n - 1, -1, -1):
        start = add_months(c.period_start, -k * c.months)
        sp = s.value_over(start, c.months)
        out.append(
            None
            if sp is None
            else Found(
                who,
                sp.value,
                sp.label,
                sorted({s.provenance[f].cite() for f in sp.fetch_ids if f in s.provenance}),
            )
        )
    return out


def _reported_series(store: Store, c: Claim) -> list[Found | None] | None:
    """The same span in earlier years as official releases printed it (reported figures), when the
    store has no flow for it: 'a record $385 billion' against the earlier annual releases."""
    from .verify import _measures

    assert c.period_start is not None and c.months is not None
    measures = _measures(c, "amount" if c.amount is not None else "change")
    rows = {}
    for r in _memo("reported", lambda: Q.reported_figures(store)):
        months = month_index(r["period_end"]) - month_index(r["period_start"]) + 1
        if (
            r["reporter"] == c.reporter
            and r["partner"] == (c.partner or "WLD")
            and months == c.months
            and r["period_start"].month == c.period_start.month
            and r["measure"] in measures
            and r["unit"] == "USD bn"
            and r["value"] is not None
            and r["period_start"] <= c.period_start
            and (r["product"] in c.product or r["product"] == "+".join(c.product))
        ):
            rows[r["period_start"].year] = r
    if c.period_start.year not in rows or len(rows) < 2:
        return None
    first = min(rows)
    out: list[Found | None] = []
    for y in range(first, c.period_start.year + 1):
        r = rows.get(y)
        out.append(
            None
            if r is None
            else Found(
                c.reporter or "",
                r["value"] * 1e9,
                r["period_label"],
                [f"reported figure {r['figure_id']} ({r['source_url']})"],
            )
        )
    return out


def _later_peak(store: Store, c: Claim, value: float) -> Verdict | None:
    """'their 2021 peak of $16.8bn' (claims12c): a peak named in retrospect is beaten by a later
    span too, so the spans after the claim's are read (a contradicted verdict when one is higher);
    None when none is, or the series cannot say (the earlier spans then decide as for a record)."""
    from .verify import Verdict, _series

    assert c.period_start is not None and c.months is not None
    if c.measure == "billings":
        return None
    s = _series(store, c)
    if s is None or s.last is None:
        return None
    start = add_months(c.period_start, c.months)
    while month_index(start) + c.months - 1 <= month_index(s.last):
        sp = s.value_over(start, c.months)
        if sp is not None and sp.value > value:
            label = period_label(c.period_start, c.months)
            text = (
                f"{sp.label} was higher ({fmt_money(sp.value)}) than {label} ({fmt_money(value)}), "
                "the peak named"
            )
            return Verdict(c, "contradicted", "record", explanation=text)
        start = add_months(start, c.months)
    c.notes.append("later_checked")
    return None


def _record(store: Store, c: Claim, who: str) -> Verdict:
    """'A record', 'the highest since 2021': the claim's span against every earlier span of its length."""
    from .verify import Verdict

    assert c.period_start is not None and c.months is not None
    label = period_label(c.period_start, c.months)
    spans = _record_series(store, c, who)
    if not spans or spans[-1] is None:
        return Verdict(c, "not_checkable", "record", explanation=f"no data for {who} in {label}; " + _hint(c))
    cur = spans[-1]
    low = "low" in c.notes
    if "named_peak" in c.notes:
        later = _later_peak(store, c, cur.value)
        if later is not None:
            return later
    years = next((int(n.split(":")[1]) for n in c.notes if n.startswith("record_years:")), None)
    if years is not None and c.record_since is None:
        c.record_since = c.period_start.year - years  # "the lowest in at least nine years"
    earlier = spans[:-1]
    beaten = [
        f for f in earlier if f is not None and ((f.value <= cur.value) if low else (f.value >= cur.value))
    ]
    beaten = [f for f in beaten if f.value != cur.value or f.label != cur.label]
    gaps = sum(1 for f in earlier if f is None)
    word = "lowest" if low else "highest"
    first = next((f for f in spans if f is not None), cur)
    since_month = next((int(n.split(":")[1]) for n in c.notes if n.startswith("record_since_month:")), None)
    if beaten and since_month is not None and c.record_since is not None:
        return _record_since_month(c, spans, beaten[-1], dt.date(c.record_since, since_month, 1), word, low)
    if beaten:
        last = beaten[-1]
        if c.record_since is not None and int(last.label[-4:]) <= c.record_since:
            verdict = "supported"
            text = (
                f"{label} at {fmt_money(cur.value)} is the {word} since {last.label} "
                f"({fmt_money(last.value)})"
            )
        else:
            verdict = "contradicted"
            text = (
                f"{last.label} was {'lower' if low else 'higher'} ({fmt_money(last.value)}) than {label} "
                f"({fmt_money(cur.value)})"
            )
    elif c.record_since is not None and int(first.label[-4:]) > c.record_since:
        verdict = "consistent"
        text = f"{label} is the {word} in the data, which start only in {first.label}"
    else:
        # An unbounded record ("a record", "an all-time high", "the highest on record") over a
        # series that has a start: spans before the store's first one may have been higher, so it
        # is consistent, never proved (one rule for monthly, quarterly and annual data; the blind
        # batches' labelling rule). A bounded record ("since at least 2017") is proved above.
        verdict = "consistent" if gaps or c.record_since is None else "supported"
        text = (
            f"{label} at {fmt_money(cur.value)} is the {word} of the {len(spans)} periods from {first.label}"
        )
        if c.record_since is None and not gaps:
            text += f"; the data start in {first.label}, so an all-time record is not provable"
    if gaps and verdict == "supported" and beaten == []:
        verdict = "consistent"
    if gaps:
        text += (
            f"; {gaps} earlier period{'s' * (gaps != 1)} missing from the data (one of them may be {word})"
        )
    if "later_checked" in c.notes and verdict != "contradicted":
        text += "; no later period in the data is higher"
    return Verdict(c, verdict, "record", cur.value, None, None, cur.evidence, "; ".join([text, *cur.notes]))


def _record_since_month(
    c: Claim, spans: list[Found | None], last: Found, named: dt.date, word: str, low: bool
) -> Any:
    """'The most since June 2022': supported when no span after the month named beats the claim's and
    the month named (or the span just before it) does; contradicted when a later span beats it
    (batch 8, s025: May 2026 was beaten by September 2022, after June 2022)."""
    from .verify import Verdict

    assert c.period_start is not None and c.months is not None
    label = period_label(c.period_start, c.months)
    cur = spans[-1]
    assert cur is not None
    k = len(spans) - 1 - next(i for i in range(len(spans) - 1, -1, -1) if spans[i] is last)
    when = add_months(c.period_start, -k * c.months)
    than = "lower" if low else "higher"
    if when > named:
        verdict = "contradicted"
        text = (
            f"{last.label} ({fmt_money(last.value)}), after {period_label(named, 1)}, was {than} than "
            f"{label} ({fmt_money(cur.value)}): {label} is the {word} only since {last.label}"
        )
    elif when >= add_months(named, -c.months):
        verdict = "supported"
        text = f"{label} at {fmt_money(cur.value)} is the {word} since {last.label} ({fmt_money(last.value)})"
    else:
        verdict = "consistent"
        text = (
            f"{label} at {fmt_money(cur.value)} is the {word} since {last.label} ({fmt_money(last.value)}), "
            f"longer than the claim says: {period_label(named, 1)} was not {than}"
        )
    return Verdict(c, verdict, "record", cur.value, None, None, cur.evidence, "; ".join([text, *cur.notes]))
