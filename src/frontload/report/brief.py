"""The analyst's brief: what the store says about chips, policy and stockpiling.

Sections (each is skipped, with a stated reason, when the store cannot support it):

1. The flagship flow (default: China's imports of integrated circuits, HS 8542,
   from the United States): annual values and growth, the peak, and what the press
   reported for the same flow (kept apart from the customs series, with its URL).
2. US monthly imports of processors, memories and computer units by partner:
   latest month, YoY, year-to-date and its growth, partner shares, streaks, records.
3. The world's exporters of integrated circuits: ranking and shares.
4. Chip-equipment spending by region (SEMI billings as reported) and the imports
   of three chip-equipment HS codes by country (Comtrade).
5. Policy events near the data.

Every number is placed through :class:`~frontload.report.document.Citations`, so it
carries its source, dataset and vintage; no statistic is printed that the data do
not support (a missing comparison month means the growth rate is left out).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .. import stats
from ..codes import countries
from ..errors import NoDataError
from ..model import WORLD, Query, add_months, period_label
from ..stats.series import Provenance, Series
from ..store import query as Q
from ..store.store import Store
from .document import ChartBlock, Citations, Cited, Document, Section, TableBlock

US_PRODUCTS: tuple[tuple[str, str], ...] = (
    ("854231", "processors and controllers (HS 854231)"),
    ("854232", "memories (HS 854232)"),
    ("847180", "computer units, incl. servers (HS 847180)"),
)
SME_CODES = ("848620", "903082", "903141")


@dataclass
class BriefOptions:
    """What the brief is about; defaults reproduce the flagship story."""

    reporter: str = "CHN"
    partner: str = "USA"
    product: str = "8542"
    period: dt.date | None = None  # latest month for the monthly sections
    as_of: dt.datetime | None = None
    events_from: dt.date | None = None
    sections: tuple[str, ...] = ("flagship", "us_monthly", "exporters", "equipment", "events")
    extra: dict[str, Any] = field(default_factory=dict)


def _name(iso3: str) -> str:
    try:
        return countries.name(iso3)
    except Exception:  # a code outside the crosswalk still prints
        return iso3


def _product_label(code: str) -> str:
    try:
        from ..codes import hs

        desc = hs.describe(code)
        return f"{desc[:1].lower()}{desc[1:]} (HS {code})"
    except Exception:
        return f"HS {code}"


class _Builder:
    def __init__(self, store: Store, opts: BriefOptions) -> None:
        self.store = store
        self.opts = opts
        self.cit = Citations({f: r.provenance for f, r in store.fetches().items()})
        self.warnings: list[str] = []
        self._events: list[dict[str, Any]] | None = None
        self._figures: list[dict[str, Any]] | None = None

    # -- helpers -------------------------------------------------------------------------
    def cite_fig(self, s: Series, fig: stats.Figure | None, signed: bool = False) -> Cited | None:
        if fig is None:
            return None
        return self.cit.cite(
            fig.value, fig.unit, s.cited(fig.fetch_ids), period=fig.period, rows=fig.rows,
            detail=dict(fig.detail), signed=signed,
        )

    def cite_reported(self, row: dict[str, Any]) -> Cited:
        prov = Provenance(
            fetch_id=f"{row['fetch_id']}#{row['source_url']}",
            source=f"reported ({row['dataset']})",
            dataset=row["dataset"],
            vintage=row["vintage"],
            location=row["source_url"] or "",
        )
        unit = row["unit"] or ""
        text_value = row["value"]
        cited = self.cit.cite(text_value, unit, [prov], period=row["period_label"] or "",
                              detail={"figure_id": row["figure_id"], "quote": row["quote"]})
        return cited

    def figures(self, **equal: str) -> list[dict[str, Any]]:
        """The reported figures whose columns equal ``equal``, in the store's order: every figure is
        read once, for all sections (one query instead of one per section), and filtered here as
        :func:`~frontload.store.query.reported_figures` filters them, after the newest version."""
        if self._figures is None:
            self._figures = Q.reported_figures(self.store, as_of=self.opts.as_of)
        return [r for r in self._figures if all(r[k] == v for k, v in equal.items())]

    def events(self) -> list[dict[str, Any]]:
        if self._events is None:
            self._events = Q.events_between(self.store, as_of=self.opts.as_of)
        return self._events

    def event_marks(self, start: dt.date, end: dt.date, partner: str | None = None,
                    product: str | None = None, limit: int | None = None) -> list[tuple[dt.date, str]]:
        """The events a chart of [start, end] marks: every one that concerns the product (not the
        first few, which left the 2025–2026 tariffs unmarked), unless ``limit`` says otherwise.
        An event naming no product concerns the chart only if it is a tariff (a general tariff
        touches every product); product-less export-control rules (Russia sanctions, firearms
        licences) and Entity List batches would bury the chart in lines."""
        marks = []
        for e in self.events():
            d = e["date"]
            if d is None or not (start <= d <= end):
                continue
            prods = e.get("products") or []
            parts = e.get("partners") or []
            if product and prods and not any(product.startswith(p) or p.startswith(product)
                                              for p in prods):
                continue
            if partner and parts and partner not in parts:
                continue
            if not prods and e.get("category") != "tariff":
                continue
            marks.append((d, (e.get("title") or e["event_id"])[:48]))
        return marks if limit is None else marks[:limit]

    # -- sections ------------------------------------------------------------------------
    def flagship(self) -> Section:
        o = self.opts
        rep, par = _name(o.reporter), _name(o.partner)
        sec = Section(f"{rep}'s imports of {_product_label(o.product)} from {par}")
        q = Query(o.reporter, o.partner, "M", o.product, freq="A", as_of=o.as_of)
        try:
            s = Q.series(self.store, q)
        except NoDataError as exc:
            sec.para(f"No customs series in the store for this flow: {exc.message}")
            return sec
        years = [sp for sp in stats.annual(s)]
        if not years:
            sec.para("The store has no complete year for this flow.")
            return sec
        last = years[-1]
        val = self.cite_fig(s, stats.value(s, last.start, 12))
        growth = self.cite_fig(s, stats.yoy(s, last.start, 12), signed=True)
        prev = next((y for y in years if y.start == add_months(last.start, -12)), None)
        parts: list[str | Cited] = [
            f"{rep}'s imports of integrated circuits (HS {o.product}) from {par} were ", val or "n/a",
            f" in {last.label}",
        ]
        if growth is not None and prev is not None:
            parts += [", ", growth, " on ", prev.label, " (",
                      self.cite_fig(s, stats.value(s, prev.start, 12)) or "n/a", ")"]
        parts.append(f", as reported by {rep} ({s.source}).")
        sec.para(*parts)
        peak = max(years, key=lambda y: y.value)
        rec = stats.record(s, last.start, months=12)
        if peak.start != last.start:
            sec.para(
                f"The peak in the series ({years[0].label}–{last.label}) was ",
                self.cite_fig(s, stats.value(s, peak.start, 12)) or "n/a",
                f" in {peak.label}; {last.label} was "
                + (f"{rec.detail.get('text', '')}" if rec else "not a record") + ".",
            )
        elif rec is not None:
            sec.para(f"{last.label} was {rec.detail.get('text', 'a record')}.")
        rows: list[list[str | Cited]] = []
        for y in years:
            rows.append([y.label, self.cite_fig(s, stats.value(s, y.start, 12)) or "n/a",
                         self.cite_fig(s, stats.yoy(s, y.start, 12), signed=True) or "–"])
        sec.blocks.append(TableBlock(f"Annual imports, {rep} from {par}, HS {o.product} (USD)",
                                     ["Year", "Value", "YoY"], rows,
                                     note=f"Valuation: {rep}'s imports are reported CIF."))
        sec.blocks.append(ChartBlock(
            f"{rep} imports of HS {o.product} from {par}", "bar",
            [y.start.year for y in years], {f"{rep} ← {par}": [y.value for y in years]}, "USD"))
        self._reported_for_flow(sec, s)
        return sec

    def _reported_for_flow(self, sec: Section, s: Series) -> None:
        o = self.opts
        figs = self.figures(reporter=o.reporter, partner=o.partner, product=o.product)
        if not figs:
            return
        rows: list[list[str | Cited]] = []
        for r in figs:
            yoy = f"{r['yoy_pct']:+.1f}%".replace("-", "−") if r["yoy_pct"] is not None else "–"
            rows.append([r["period_label"] or "", _label(r["measure"]), self.cite_reported(r), yoy])
        sec.blocks.append(TableBlock(
            "Monthly and year-to-date figures as reported (customs releases quoted by the press)",
            ["Period", "Measure", "Value", "YoY as reported"], rows,
            note="Reported figures are not in the customs series above; they are quoted with "
                 "their page. `frontload figures` lists them all with their pages."))
        # Consistency: annual total less a reported Jan–Oct figure leaves the last months.
        ytd = next((r for r in figs if r["measure"] == "import_value" and r["unit"] == "USD bn"
                    and r["period_start"].month == 1 and r["period_end"].month == 10), None)
        if ytd is None:
            return
        year = ytd["period_start"].year
        annual = stats.value(s, dt.date(year, 1, 1), 12)
        if annual is None:
            return
        rest = annual.value - ytd["value"] * 1e9
        sec.para(
            f"{s.source.capitalize()}'s {year} total (", self.cite_fig(s, annual) or "n/a",
            ") less the reported January–October figure (", self.cite_reported(ytd),
            ") leaves about ",
            self.cit.cite(rest, "USD", [*s.cited(annual.fetch_ids), self._reported_prov(ytd)],
                          period=f"Nov–Dec {year}"),
            f" for November–December {year}, about ",
            self.cit.cite(rest / 2, "USD", [*s.cited(annual.fetch_ids), self._reported_prov(ytd)],
                          period=f"Nov–Dec {year}, monthly average"),
            " a month (the two sources may differ slightly in scope and revision).",
        )

    def _reported_prov(self, row: dict[str, Any]) -> Provenance:
        return Provenance(f"{row['fetch_id']}#{row['source_url']}", f"reported ({row['dataset']})",
                          row["dataset"], row["vintage"], row["source_url"] or "")

    def us_monthly(self) -> Section:
        sec = Section("US monthly imports of processors, memories and computers by partner")
        q = Query("USA", WORLD, "M", US_PRODUCTS[0][0], freq="M", source="comtrade", as_of=self.opts.as_of)
        each = Q.series_by_each(self.store, q, "partner", [code for code, _ in US_PRODUCTS])
        for code, label in US_PRODUCTS:
            by_partner = each[code]
            world = by_partner.get(WORLD)
            if world is None or not world.points:
                sec.para(f"No US imports of {label} in the store.")
                continue
            month = self.opts.period or world.last
            assert month is not None
            self._us_product(sec, code, label, month, world, by_partner)
        return sec

    def _us_product(self, sec: Section, code: str, label: str, month: dt.date, world: Series,
                    by_partner: dict[str, Series]) -> None:
        mlabel = period_label(month, 1)
        ytd_months = month.month
        ytd_label = period_label(dt.date(month.year, 1, 1), ytd_months)
        w_val = self.cite_fig(world, stats.value(world, month, 1))
        w_yoy = self.cite_fig(world, stats.yoy(world, month, 1), signed=True)
        w_ytd = self.cite_fig(world, stats.ytd(world, month))
        w_ytd_yoy = self.cite_fig(world, stats.ytd_yoy(world, month), signed=True)
        parts: list[str | Cited] = [f"US imports of {label} were ", w_val or "n/a", f" in {mlabel}"]
        if w_yoy is not None:
            parts += [" (", w_yoy, " year on year)"]
        if w_ytd is not None:
            parts += [f"; {ytd_label}: ", w_ytd]
            if w_ytd_yoy is not None:
                parts += [", ", w_ytd_yoy]
        parts.append(".")
        sec.para(*parts)
        shares = stats.partner_shares(world, {p: s for p, s in by_partner.items() if p != WORLD},
                                      dt.date(month.year, 1, 1), ytd_months)
        share_by = {}
        if shares is not None:
            for item in shares.items:
                share_by[item.key] = item
        rows: list[list[str | Cited]] = []
        order = sorted(by_partner, key=lambda p: (p != WORLD, -(_ytd_value(by_partner[p], month))))
        for p in order:
            s = by_partner[p]
            rec = stats.record(s, month, months=1)
            streak = _best_streak(s, month)
            sh = share_by.get(p)
            rows.append([
                _name(p),
                self.cite_fig(s, stats.value(s, month, 1)) or "n/a",
                self.cite_fig(s, stats.yoy(s, month, 1), signed=True) or "–",
                self.cite_fig(s, stats.ytd(s, month)) or "n/a",
                self.cite_fig(s, stats.ytd_yoy(s, month), signed=True) or "–",
                (self.cit.cite(sh.share_pct, "%", s.cited(sh.fetch_ids)) if sh else
                 ("100%" if p == WORLD else "–")),
                (streak.detail.get("short", "") if streak else "–"),
                (rec.detail.get("short", "") if rec else "–"),
            ])
        sec.blocks.append(TableBlock(
            f"US imports of {label}, {mlabel}",
            ["Partner", mlabel, "YoY", ytd_label, "YTD YoY", "Share of YTD", "Streak", "Record"],
            rows, note="US import values are customs values (FOB-like). Comtrade code 490 "
                       "'Other Asia, nes' is shown as Taiwan."))
        start = add_months(month, -47)
        spans = [m for m in stats.monthly(world) if m.start >= start]
        xs = [m.start for m in spans]
        series_vals: dict[str, list[float | None]] = {}
        for p in order[:5]:
            s = by_partner[p]
            vals = []
            for x in xs:
                sp = s.value_over(x, 1)
                vals.append(sp.value if sp else None)
            series_vals[_name(p)] = vals
        sec.blocks.append(ChartBlock(
            f"US imports of {label}", "line", xs, series_vals, "USD",
            self.event_marks(start, month, product=code)))

    def exporters(self) -> Section:
        sec = Section("The world's exporters of integrated circuits (HS 8542)")
        q = Query("*", WORLD, "X", "8542", freq="A", as_of=self.opts.as_of)
        by_source = Q.series_by_source(self.store, q, "reporter", ["comtrade", "twcustoms"])
        by_rep = by_source["comtrade"]
        if not by_rep:
            sec.para("No exports of HS 8542 by reporter in the store.")
            return sec
        counts: dict[int, int] = {}
        for s in by_rep.values():
            for sp in stats.annual(s):
                counts[sp.start.year] = counts.get(sp.start.year, 0) + 1
        most = max(counts.values())
        broad = max(y for y, n in counts.items() if n >= 0.9 * most)
        latest = max(counts)
        ws = stats.world_share(by_rep, dt.date(broad, 1, 1), 12)
        if ws is None:
            sec.para("Not enough reporters to rank exporters.")
            return sec
        total_cited = self.cit.cite(ws.total, "USD", [p for s in by_rep.values()
                                                      for p in s.provenance.values()][:1],
                                    period=str(broad))
        top = ws.items[:10]
        lead = top[0]
        sec.para(
            f"In {broad}, the latest year with broad coverage ({len(ws.reporters)} reporters), "
            f"{_name(lead.key)} was the largest exporter of integrated circuits with ",
            self.cit.cite(lead.value, "USD", by_rep[lead.key].cited(lead.fetch_ids)),
            " (", self.cit.cite(lead.share_pct, "%", by_rep[lead.key].cited(lead.fetch_ids)),
            " of the ", total_cited, " exported by all reporters).",
        )
        rows: list[list[str | Cited]] = []
        for i, it in enumerate(top, 1):
            s = by_rep[it.key]
            rows.append([f"{i}. {_name(it.key)}",
                         self.cit.cite(it.value, "USD", s.cited(it.fetch_ids)),
                         self.cit.cite(it.share_pct, "%", s.cited(it.fetch_ids)),
                         self.cite_fig(s, stats.yoy(s, dt.date(broad, 1, 1), 12), signed=True) or "–"])
        sec.blocks.append(TableBlock(
            f"Top exporters of HS 8542 to the world, {broad}", ["Reporter", "Exports", "Share",
                                                                   "YoY"], rows,
            note="Shares of the sum over reporting countries. Taiwan is Comtrade's reporter 490 "
                 "'Other Asia, nes'; Hong Kong's exports are mostly re-exports."))
        if latest != broad:
            sec.para(f"{latest} is not ranked: only {counts[latest]} reporters had reported "
                     f"when the data were retrieved (against {most} in a full year).")
        tw = self._taiwan_total(by_source["twcustoms"].get("TWN"), broad)
        if tw is not None:
            s, fig = tw
            sec.para("Taiwan's own customs statistics (twcustoms) give its exports of HS 8542 in "
                     f"{broad} as ", self.cite_fig(s, fig) or "n/a",
                     ", against the figure Comtrade publishes for 'Other Asia, nes' above.")
        return sec

    def _taiwan_total(self, s: Series | None, year: int) -> tuple[Series, stats.Figure] | None:
        """Taiwan's exports of HS 8542 in ``year`` from its own customs (``s``, read with Comtrade's
        reporters in one query), if the store has them."""
        if s is None or not s.points:
            return None
        fig = stats.value(s, dt.date(year, 1, 1), 12)
        return (s, fig) if fig is not None else None

    def equipment(self) -> Section:
        sec = Section("Chip-equipment spending by region")
        figs = self.figures(measure="equipment_billings")
        if figs:
            self._semi(sec, figs)
        q = Query("*", WORLD, "M", "+".join(SME_CODES), freq="A", as_of=self.opts.as_of)
        by_rep = Q.series_by(self.store, q, "reporter", codes=SME_CODES)
        by_rep = {k: v for k, v in by_rep.items() if v.points}
        if by_rep:
            counts: dict[int, int] = {}
            for s in by_rep.values():
                for sp in stats.annual(s):
                    counts[sp.start.year] = counts.get(sp.start.year, 0) + 1
            most = max(counts.values())
            year = max(y for y, n in counts.items() if n >= 0.9 * most)
            ws = stats.world_share(by_rep, dt.date(year, 1, 1), 12)
            if ws is not None:
                rows: list[list[str | Cited]] = []
                for i, it in enumerate(ws.items[:8], 1):
                    s = by_rep[it.key]
                    rows.append([f"{i}. {_name(it.key)}",
                                 self.cit.cite(it.value, "USD", s.cited(it.fetch_ids)),
                                 self.cit.cite(it.share_pct, "%", s.cited(it.fetch_ids))])
                sec.blocks.append(TableBlock(
                    f"Imports of chip-making equipment (HS {', '.join(SME_CODES)}), {year}",
                    ["Importer", "Imports", "Share of reporters' total"], rows,
                    note=f"{len(ws.reporters)} reporting countries; three of the chip-equipment codes "
                         "only (HS 8486 has other subheadings). Taiwan does not report."))
        return sec

    def _semi(self, sec: Section, figs: list[dict[str, Any]]) -> None:
        annual = [r for r in figs if r["period_start"] != r["period_end"]
                  and (r["period_end"].month - r["period_start"].month) == 11]
        if not annual:
            return
        last_year = max(r["period_start"].year for r in annual)
        rows_y: dict[str, dict[str, Any]] = {}
        for r in annual:
            if r["period_start"].year == last_year:
                rows_y.setdefault(r["reporter_as_reported"], r)
        total = next((r for k, r in rows_y.items() if k and k.lower().startswith("total")), None)
        rows: list[list[str | Cited]] = []
        for region, r in sorted(rows_y.items(), key=lambda kv: -(kv[1]["value"] or 0)):
            share = "–"
            if total is not None and r is not total and total["value"]:
                share = f"{100 * r['value'] / total['value']:.1f}%"
            rows.append([region or "", self.cite_reported(r), share])
        sec.blocks.append(TableBlock(
            f"Semiconductor equipment billings by region, {last_year} (SEMI, as reported)",
            ["Region", "Billings", "Share of total"], rows,
            note="SEMI billings are reported figures (press releases), not customs flows. "
                 "Shares computed here from the figures shown."))

    def events_section(self) -> Section:
        sec = Section("Policy events near the data")
        start = self.opts.events_from or dt.date(2024, 1, 1)
        evs = [e for e in self.events() if e["date"] is not None and e["date"] >= start]
        shown = [e for e in evs if e.get("category") != "entity_list" or e.get("products")]
        rows: list[list[str | Cited]] = []
        for e in shown[:30]:
            rows.append([e["date"].isoformat(), e.get("jurisdiction") or "",
                         _label(e.get("category") or ""), (e.get("title") or "")[:90]])
        if not rows:
            sec.para("No policy events in the store for this window.")
            return sec
        omitted = len(evs) - len(rows)
        sec.blocks.append(TableBlock(
            f"Tariff and export-control events since {start.isoformat()}",
            ["Date", "By", "Type", "Event"], rows,
            note=(f"{omitted} more events (mostly Entity List additions) in `frontload events`."
                  if omitted > 0 else "")))
        return sec


# Stored identifiers as a reader says them (anything else: underscores become spaces).
_LABELS = {"import_value": "imports", "export_value": "exports", "import_quantity": "import quantity",
           "export_quantity": "export quantity", "monthly_import_value_above": "monthly imports above",
           "counter_measure": "countermeasure", "entity_list": "Entity List",
           "yoy_change_only": "YoY change only"}


def _label(ident: str) -> str:
    return _LABELS.get(ident, ident.replace("_", " "))


def _ytd_value(s: Series, month: dt.date) -> float:
    sp = s.value_over(dt.date(month.year, 1, 1), month.month)
    return sp.value if sp else 0.0


def _best_streak(s: Series, month: dt.date) -> stats.Figure | None:
    """The longest current run above a round threshold the latest month clears."""
    point = s.value_over(month, 1)
    if point is None or point.value <= 0:
        return None
    for t in stats.round_thresholds(point.value):
        f = stats.streak(s, t, end=month)
        if f is not None and f.value >= 3:
            return f
    return None


def build_brief(store: Store, options: BriefOptions | None = None) -> Document:
    """Assemble the brief from what the store holds."""
    opts = options or BriefOptions()
    b = _Builder(store, opts)
    makers = {
        "flagship": b.flagship, "us_monthly": b.us_monthly, "exporters": b.exporters,
        "equipment": b.equipment, "events": b.events_section,
    }
    sections = [makers[name]() for name in opts.sections]
    flagship = (f"{_name(opts.reporter)}'s imports of {_product_label(opts.product)} "
                f"from {_name(opts.partner)}")
    return Document(
        title="frontload brief: chips, policy and stockpiling",
        subtitle=(f"Flagship flow: {flagship}. Generated from the local store; every "
                  "number carries a source footnote (source · dataset · vintage · file)."),
        sections=sections,
        citations=b.cit,
        generated_at=dt.datetime.now(dt.UTC),
        options={"reporter": opts.reporter, "partner": opts.partner, "product": opts.product,
                 "period": opts.period, "as_of": opts.as_of},
        warnings=b.warnings,
    )
