"""The data behind the explorer, the screen and the data pages, as plain JSON-ready dicts.

The CLI prints tables and the web app serves JSON and draws charts, but both need
the same things: a flow's values with YoY and sources, its headline figures with
unit value and partner share, its breakdown into child codes, the policy events
that concern it, and a ranked screen whose rows say which flow they are. These
functions compute them once, from the store, so no interface computes anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from . import stats as st
from .codes import baskets, hs
from .errors import FrontloadError, NoDataError
from .model import FLOWS, FREQS, WORLD, FlowKey, Query, add_months, period_label
from .stats.series import Series
from .store import query as _q
from .store.store import Store

__all__ = [
    "basket_menu", "children_view", "flow_view", "product_tree", "provenance_text", "relevant_events",
    "screen_view", "series_records", "stats_view",
]


def series_records(s: Series, q: Query) -> list[dict[str, Any]]:
    """One row per period at ``q.freq`` within ``q.start``–``q.end``: value, YoY, quantity, unit value
    and sources."""
    months = FREQS[q.freq]
    spans = {"M": st.monthly, "Q": st.quarterly, "A": st.annual}[q.freq](s)
    out: list[dict[str, Any]] = []
    for sp in spans:
        if (q.start is not None and sp.start < q.start) or (q.end is not None and sp.start > q.end):
            continue
        g = st.yoy(s, sp.start, months)
        uv = st.unit_value(s, sp.start, months)
        out.append({
            "period": sp.label,
            "start": sp.start.isoformat(),
            "value_usd": sp.value,
            "yoy_pct": g.value if g else None,
            "qty": uv.detail["qty"] if uv else None,
            "qty_unit": uv.detail["qty_unit"] if uv else None,
            "unit_value": uv.value if uv else None,
            "unit_value_unit": uv.unit if uv else None,
            "rows": sp.rows,
            "sources": [s.provenance[f].cite() for f in sp.fetch_ids if f in s.provenance],
        })
    return out


def _sources(s: Series) -> list[dict[str, Any]]:
    return [
        {"fetch_id": f, "cite": p.cite(), "source": p.source, "dataset": p.dataset,
         "vintage": p.vintage.isoformat(), "location": p.location}
        for f, p in sorted(s.provenance.items())
    ]


def flow_view(store: Store, q: Query, codes: Sequence[str]) -> dict[str, Any]:
    """A flow's values by period (see :func:`series_records`), with the query, notes and sources."""
    s = _q.series(store, q, codes)
    return {
        "query": q.describe(), "label": s.key.label(), "codes": list(codes), "source": s.source,
        "unit": "USD", "notes": list(s.notes), "values": series_records(s, q), "sources": _sources(s),
    }


def stats_view(store: Store, q: Query, codes: Sequence[str], period: dt.date | None = None) -> dict[str, Any]:
    """Headline figures of a flow (value, YoY, MoM, YTD, rolling sums, streak, record) plus its unit
    value and, for a partner other than World, the partner's share of the reporter's World total."""
    s = _q.series(store, q, codes)
    h = st.headline(s, period)
    out = h.to_dict()
    extra: list[st.Figure] = []
    uv = st.unit_value(s, h.period, h.months)
    if uv is not None:
        extra.append(uv)
    if q.partner != WORLD:
        share = _partner_share(store, q, codes, s, h.period, h.months)
        if share is not None:
            extra.append(share)
    prov = s.provenance
    out["figures"] += [
        {"name": f.name, "label": f.label, "value": f.value, "unit": f.unit, "period": f.period,
         "rows": f.rows, "detail": f.detail, "provenance": [prov[x].cite() for x in f.fetch_ids if x in prov]}
        for f in extra
    ]
    out["query"] = q.describe()
    out["codes"] = list(codes)
    out["sources"] = _sources(s)
    return out


def _partner_share(store: Store, q: Query, codes: Sequence[str], s: Series, start: dt.date,
                   months: int) -> st.Figure | None:
    try:
        world = _q.series(store, Query(q.reporter, WORLD, q.flow, q.product, q.freq, source=s.source,
                                       as_of=q.as_of), codes)
    except NoDataError:
        return None
    table = st.partner_shares(world, {q.partner: s}, start, months)
    item = table.share_of(q.partner) if table else None
    if table is None or item is None:
        return None
    fetch_ids = tuple(sorted(set(item.fetch_ids) | set(table.total_fetch_ids)))
    s.provenance.update(world.provenance)
    what = FLOWS.get(q.flow, q.flow) + (" from" if q.flow in ("M", "RM") else " to")
    label = f"{q.partner}'s share of {q.reporter} {what} World, {table.label}"
    return st.Figure("share", label, item.share_pct, "%", table.label, fetch_ids, 0,
                     {"value": item.value, "world_total": table.total})


def children_view(store: Store, q: Query, codes: Sequence[str],
                  period: dt.date | None = None) -> dict[str, Any]:
    """The flow split into the next HS level the store holds: value, share, growth and contribution.

    A basket's members are its children. The span is the latest period of the parent
    (a month for monthly data, a year for annual) unless ``period`` is given.
    """
    parent = _q.series(store, q, codes)
    months = FREQS[parent.freq]
    last = parent.last
    start = period or (add_months(last, -(months - 1)) if last else None)
    # Children from the parent's own source: a breakdown must share its total's source and vintage.
    same = Query(q.reporter, q.partner, q.flow, q.product, q.freq, source=parent.source, as_of=q.as_of)
    children = list(codes) if len(codes) > 1 else _q.child_codes(store, same)
    base: dict[str, Any] = {"query": q.describe(), "label": parent.key.label(), "codes": list(codes),
                            "period": None, "total_usd": None, "items": [], "residual_usd": None,
                            "missing": []}
    if not children or start is None:
        return base
    by_code = _q.series_by(store, same, "product", values=children)
    table = st.breakdown(parent, by_code, start, months)
    if table is None:
        base["period"] = period_label(start, months)
        base["missing"] = children
        return base
    base.update(
        period=table.label, total_usd=table.total, residual_usd=table.residual, missing=table.missing,
        items=[{"code": i.key, "description": _describe(i.key), "value_usd": i.value,
                "share_pct": i.share_pct, "previous_usd": i.previous, "growth_pct": i.growth_pct,
                "contribution_pp": i.contribution_pp}
               for i in table.items],
    )
    return base


def _describe(code: str) -> str:
    try:
        return hs.describe(code)
    except FrontloadError:
        return ""


def relevant_events(store: Store, codes: Sequence[str], partner: str | None, start: dt.date | None = None,
                    end: dt.date | None = None) -> list[dict[str, Any]]:
    """Calendar events in [start, end] that concern a flow.

    An event concerns it when it names an overlapping product (an event on 8542 concerns
    854231 and vice versa) and names no partner or the flow's partner; an event that
    names no product (an Entity List batch, a general tariff) concerns it only when it
    targets the flow's partner by name. Otherwise every chart of every flow would carry
    the whole calendar.
    """
    out = []
    for e in _q.events_between(store, start, end):
        prods = e.get("products") or []
        parts = e.get("partners") or []
        named = partner is not None and partner != WORLD and partner in parts
        if prods:
            if not any(p.startswith(c) or c.startswith(p) for p in prods for c in codes):
                continue
            if parts and partner not in (None, WORLD) and not named:
                continue
        elif not named:
            continue
        out.append(e)
    return out


def basket_menu() -> list[dict[str, Any]]:
    """The product baskets (name, label, member codes), without the HS tree around them."""
    return [{"basket": b.name, "label": b.label, "codes": list(b.codes)} for b in baskets.BASKETS.values()]


def product_tree(query: str | None = None, parent: str | None = None) -> dict[str, Any]:
    """Baskets and HS codes for a product picker: matches of ``query``, or the children of ``parent``
    (the HS chapters when neither is given)."""
    bs = basket_menu()
    meant: list[str] = []
    if query:
        q = query.lower()
        bs = [b for b in bs if q in b["basket"] or q in str(b["label"]).lower()]
        found = hs.search(query, limit=50)
        try:  # what the rest of the API reads the words as ('chips' is 8542) comes first
            meant = [c for c in baskets.resolve_product(query) if not query.strip().isdigit()]
        except FrontloadError:
            meant = []
        if any(b["basket"] == q for b in bs):
            meant = []
        found = [(c, _describe(c)) for c in meant] + [(c, d) for c, d in found if c not in meant]
    else:
        found = [(c, _describe(c)) for c in (hs.children(parent) if parent else hs.chapters())]
    codes = [{"code": c, "description": d, "has_children": len(c) < 6 and bool(hs.children(c))}
             for c, d in found]
    return {"query": query, "parent": parent, "baskets": bs, "codes": codes,
            "meant": meant if query else []}


def screen_view(store: Store, end: dt.date | None = None, *, window: int = 6, top: int = 5) -> dict[str, Any]:
    """Rank every Comtrade monthly series by surge evidence in the ``window`` months to ``end``, then
    run the full detector on the ``top`` of the ranking. Each row names its flow, so it can link
    to the detector."""
    from .detect.excess import detect as run_detect
    from .detect.screen import FLAG_Z, screen_series
    from .detect.validate import monthly_series

    series = monthly_series(store)
    if not series:
        raise NoDataError("no monthly series with 60 months in the store", hint="run `frontload load` first")
    last = end or max(s.last for s in series if s.last)
    res = screen_series(series, last, window=window)
    by_label = {f"{s.key.label()} ({s.source})": s for s in series}
    rows = []
    for rank, (label, z) in enumerate(res.ranked, 1):
        s = by_label[label]
        row: dict[str, Any] = {"rank": rank, "series": label, **_key(s.key), "source": s.source, "z": z,
                               "flagged": z > FLAG_Z, "verdict": None}
        if rank <= top:
            try:
                # No event here: the same window as the screen (ending with `last`) is tested against
                # the counterfactual, so call it a surge.
                d = run_detect(s, last, lead=window - 1, lag=0)
                row["verdict"] = d.verdict("surge")
                row["detector_significant"] = d.significant
                row["method"] = d.method
                row["reason"] = screen_reason(z, d, window)
            except FrontloadError as exc:
                row["verdict"] = f"not run: {exc.message}"
        rows.append(row)
    return {"window_start": res.window_start.isoformat(), "end": last.isoformat(),
            "event": add_months(last, 1).isoformat(), "window": window, "flag_z": FLAG_Z,
            "ranked": rows, "skipped": res.skipped}


def screen_reason(z: float, d: Any, window: int) -> str | None:
    """Why the screen's flag and the detector's verdict differ on one series (None when they agree).

    Both test the same months; they differ in the model and in what they test: the screen fits
    seasonal+trend on 60 months with a robust (MAD) scale and tests the mean of the whole window at
    z > FLAG_Z; the detector chooses its baseline by backtest, keeps the forecast's own band and
    tests the best 1–6-month stretch against a critical value corrected for the scan.
    """
    from .detect.screen import FLAG_Z

    flagged = z > FLAG_Z
    if flagged == d.significant:
        return None
    crit = "not calibrated" if d.critical is None else f"{d.critical:.2f}"
    t = "–" if d.t is None else f"{d.t:.1f}"
    common = (f"the screen fits seasonal+trend on 60 months with a robust (MAD) scale and tests the mean of "
              f"the {window}-month window (z = {z:.1f} > {FLAG_Z}); the detector's {d.baseline} "
              f"counterfactual on {d.history_months} months tests its best stretch at t = {t} against {crit}")
    if flagged:
        return common + ": its forecast band is wider than the screen's robust residual scale"
    return common + ": the stretch stands out where the whole window's mean dilutes it"


def _key(k: FlowKey) -> dict[str, str]:
    return {"reporter": k.reporter, "partner": k.partner, "flow": k.flow, "product": k.product}


def provenance_text(label: str | None) -> str | None:
    """The text of a bundled dataset's PROVENANCE.md, from the label the store keeps
    (``frontload/data/<folder>/PROVENANCE.md``). Anything that does not name such a file inside
    the package's data folder gives None: a label comes from the store, and a user's own
    dataset could carry any path."""
    from pathlib import Path

    if not label or not label.startswith("frontload/data/") or not label.endswith("/PROVENANCE.md"):
        return None
    data = (Path(__file__).parent / "data").resolve()
    path = (data.parent.parent / label).resolve()
    if path.parent.parent != data or not path.is_file():
        return None
    return path.read_text(encoding="utf-8", errors="replace")
