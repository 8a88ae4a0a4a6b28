"""The policy calendar: tariff and export-control events from the three bundled tables.

* ``us_china_chip_policy_events.csv``: compiled events with announced/effective/
  published dates, category and a summary as stated by the source page.
* ``bis_federal_register_rules_2022_2026.csv``: every BIS rule in the Federal
  Register 2022–2026 (publication and effective dates, title, keyword flags).
* ``us_tariff_actions_2025_2026_tradewartracker.csv``: US tariff actions with dates
  written like "Apr 9, 2025".

Products and partners an event concerns are tagged from its text with simple,
documented keyword rules (``_PRODUCT_RULES``); they say "this event mentions
chips", not what a lawyer would say it covers.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ._common import Collector, csv_rows

_PRODUCT_RULES = [
    (re.compile(r"semiconductor manufacturing|\bSME\b|chip-?making equipment|lithograph", re.I), "8486"),
    (
        re.compile(r"semiconductor|integrated circuit|\bchips?\b|advanced computing|\bHBM\b|\bICs?\b", re.I),
        "8542",
    ),
    (re.compile(r"gallium|germanium|antimony", re.I), "8112"),
]
_PARTNER_RULES = [
    (re.compile(r"\bChina\b|\bChinese\b|\bPRC\b|Hong Kong|Macau", re.I), "CHN"),
    (re.compile(r"\bCanada\b", re.I), "CAN"),
    (re.compile(r"\bMexico\b", re.I), "MEX"),
    (re.compile(r"\bUnited States\b|\bUS\b|\bU\.S\.", re.I), "USA"),
]


def _tags(text: str) -> tuple[list[str], list[str]]:
    products = sorted({code for rx, code in _PRODUCT_RULES if rx.search(text)})
    partners = sorted({iso for rx, iso in _PARTNER_RULES if rx.search(text)})
    return products, partners


def _date(col: Collector, text: str | None, row: int, column: str, fmt: str = "%Y-%m-%d") -> dt.date | None:
    t = (text or "").strip()
    if not t:
        return None
    try:
        return dt.datetime.strptime(t, fmt).date()
    except ValueError:
        col.add(f"not a date ({fmt})", row, column, t)
        return None


def _event(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        k: None
        for k in (
            "date_announced",
            "date_effective",
            "date_published",
            "jurisdiction",
            "agency",
            "instrument",
            "doc_ref",
            "category",
            "title",
            "summary",
            "source_url",
        )
    }
    base.update(kw)
    products, partners = _tags(f"{base['title'] or ''} {base['summary'] or ''}")
    base.setdefault("products", products)
    base.setdefault("partners", partners)
    return base


def read_chip_events(path: Path, dataset: str) -> list[dict[str, Any]]:
    """The compiled US–China chip events: the user-events layout with ``summary_as_stated_by_source``."""
    return read_user_events(path, dataset)


def read_bis_rules(path: Path, dataset: str) -> list[dict[str, Any]]:
    _, recs = csv_rows(path)
    col = Collector(path, "BIS Federal Register rules")
    out = []
    for i, r in recs:
        doc = r["document_number"].strip()
        title = r.get("title") or ""
        category = "entity_list" if r.get("kw_entity_or_enduser_list") == "1" else "export_control"
        out.append(
            _event(
                event_id=f"FR-{doc}",
                dataset=dataset,
                date_published=_date(col, r.get("publication_date"), i, "publication_date"),
                date_effective=_date(col, r.get("effective_on"), i, "effective_on"),
                jurisdiction="US",
                agency="BIS",
                instrument=r.get("type") or "Rule",
                doc_ref=doc,
                category=category,
                title=title,
                summary=None,
                source_url=f"https://www.federalregister.gov/d/{doc}",
            )
        )
    col.raise_if_any()
    return out


def read_tariff_actions(path: Path, dataset: str) -> tuple[list[dict[str, Any]], list[str]]:
    _, recs = csv_rows(path)
    col = Collector(path, "US tariff actions")
    out = []
    undated = 0
    for i, r in recs:
        text = (r.get("date_as_written") or "").strip()
        if not re.match(r"^[A-Z][a-z]{2} \d{1,2}, \d{4}$", text):
            undated += 1  # "—": an action the tracker lists without a date
            continue
        when = _date(col, text, i, "date_as_written", "%b %d, %Y")
        out.append(
            _event(
                event_id=f"TWT-{i:03d}",
                dataset=dataset,
                date_effective=when,
                jurisdiction="US",
                agency=r.get("authority") or None,
                instrument=r.get("authority") or None,
                doc_ref=r.get("reference") or None,
                category="tariff",
                title=(r.get("description") or "")[:120],
                summary=r.get("description") or None,
                source_url="https://github.com/tradewartracker/trade-war-redux-2025",
            )
        )
    col.raise_if_any()
    return out, [f"{path.name}: skipped {undated} action(s) listed without a date"] if undated else []


def read_user_events(path: Path, dataset: str) -> list[dict[str, Any]]:
    """A user's own events: CSV with ``event_id``, ``title`` and at least one of ``date``,
    ``date_announced``, ``date_effective``, ``date_published`` (YYYY-MM-DD); optional ``category``,
    ``jurisdiction``, ``agency``, ``summary``, ``source_url``, and ``products`` / ``partners`` as
    lists separated by ``;`` (HS codes, ISO3 codes or names).
    """
    from ..codes import countries
    from ..errors import CodeError
    from ._common import require_columns

    header, recs = csv_rows(path)
    require_columns(header, ("event_id", "title"), path, "an events file")
    if not any(c in header for c in ("date", "date_announced", "date_effective", "date_published")):
        require_columns(header, ("date",), path, "an events file")
    col = Collector(path, "events")
    out = []
    seen: set[str] = set()
    for i, r in recs:
        eid = (r.get("event_id") or "").strip()
        if not eid:
            col.add("empty event_id", i, "event_id")
            continue
        if eid in seen:
            col.add("event_id appears twice", i, "event_id", eid)
        seen.add(eid)
        dates = {
            k: _date(col, r.get(k), i, k) for k in ("date_announced", "date_effective", "date_published")
        }
        if r.get("date") and not dates["date_effective"]:
            dates["date_effective"] = _date(col, r.get("date"), i, "date")
        if not any(dates.values()):
            col.add("no date given", i, "date")
        products = [p.strip().replace(".", "") for p in (r.get("products") or "").split(";") if p.strip()]
        for p in products:
            if not p.isdigit():
                col.add("products must be HS codes separated by ';'", i, "products", p)
        partners = []
        for p in (r.get("partners") or "").split(";"):
            if p.strip():
                try:
                    partners.append(countries.iso3(p))
                except CodeError:
                    col.add("unknown country", i, "partners", p)
        ev = _event(
            event_id=eid,
            dataset=dataset,
            **dates,
            jurisdiction=r.get("jurisdiction") or None,
            agency=r.get("agency") or None,
            instrument=r.get("instrument") or None,
            doc_ref=r.get("doc_ref") or None,
            category=r.get("category") or None,
            title=r.get("title") or None,
            summary=r.get("summary") or r.get("summary_as_stated_by_source") or None,
            source_url=r.get("source_url") or None,
        )
        if products:
            ev["products"] = products
        if partners:
            ev["partners"] = partners
        out.append(ev)
    col.raise_if_any()
    return out
