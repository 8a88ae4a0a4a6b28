"""Figures as reported by agencies and the press, transcribed with their source page.

These are *claims about* trade, not trade flows: "China imported USD 1.11 bn of
US chips in October 2024 (+60%)". They go to the ``reported_figures`` table,
never to ``observations``, so a headline can be checked against the data but
never silently used as data. Every row keeps the value and growth as printed,
the verbatim quote and the URL of the page.

The six transcribed files have slightly different columns (``value`` or
``value_as_printed``, ``yoy_pct`` or ``yoy_as_printed``); :func:`read_reported`
maps them all into :data:`frontload.model.REPORTED_FIGURES_SCHEMA`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..codes import countries
from ..errors import CodeError, QueryError
from ..model import FREQS, add_months, parse_period, period_label
from ._common import Collector, csv_rows

_NUMBER = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?")
_UNITS = {
    "USD billion": "USD bn",
    "USD bn": "USD bn",
    "USD million": "USD mn",
    "EUR billion": "EUR bn",
    "CNY bn": "CNY bn",
    "billion units": "bn units",
    "units": "units",
    "%": "%",
}
# Region names in SEMI/WSTS tables that are economies; the rest (Europe, Americas…) stay unmapped.
_REGIONS = {"China": "CHN", "Korea": "KOR", "Taiwan": "TWN", "Japan": "JPN", "Total": "WLD", "World": "WLD"}
# What the press calls a product → the HS code or basket it corresponds to, when unambiguous.
# Equipment before ICs: "semiconductor equipment for IC manufacturing" is equipment, not HS 8542; and
# "ALL GOODS (not only lithography)" is no product at all.
_PRODUCTS: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"^all goods", re.I), None),
    (re.compile(r"lithography", re.I), "848620"),
    (
        re.compile(r"chip-making equipment|semiconductor equipment|IC manufacturing equipment", re.I),
        "chip-equipment",
    ),
    (re.compile(r"HS 8542|integrated circuits|microchips|\bICs?\b", re.I), "8542"),
    (re.compile(r"memory", re.I), "854232"),
    (re.compile(r"^semiconductors", re.I), "semiconductors"),
]


def number(text: str | None) -> float | None:
    """First number printed in ``text`` ('about US$14 million' → 14.0; '122,275' → 122275.0)."""
    if not text:
        return None
    m = _NUMBER.search(text)
    return float(m.group(0).replace(",", "").replace("−", "-")) if m else None


def _month(text: str) -> dt.date:
    y, m = text.strip().split("-")[:2]
    return dt.date(int(y), int(m), 1)


def _economy(text: str | None) -> str | None:
    """ISO3 for a reporter/partner as printed, or None when it is not one economy."""
    if not text:
        return None
    t = text.strip()
    if t in _REGIONS:
        return _REGIONS[t]
    if re.search(r"incl|plus|including", t, re.I):
        return None  # "China incl. Hong Kong" is not CHN
    base = re.sub(r"\s*\(.*\)\s*$", "", t)
    try:
        return countries.iso3(base)
    except CodeError:
        return None


def _product(text: str | None) -> str | None:
    if not text:
        return None
    for pattern, code in _PRODUCTS:
        if pattern.search(text):
            return code
    return None


def read_reported(path: Path, dataset: str) -> list[dict[str, Any]]:
    """Rows of REPORTED_FIGURES_SCHEMA from one transcribed CSV (any of the bundled layouts)."""
    _, recs = csv_rows(path)
    col = Collector(path, "reported figures")
    out: list[dict[str, Any]] = []
    for i, r in recs:
        try:
            if "period_start" in r:
                start, end = _month(r["period_start"]), _month(r["period_end"])
                label = r.get("period_label") or period_label(
                    start, (end.year - start.year) * 12 + end.month - start.month + 1
                )
            else:  # "period": 2024, 2024-01, 2024Q2
                start, freq = parse_period(r["period"])
                end = add_months(start, FREQS[freq] - 1)
                label = period_label(start, FREQS[freq])
        except (ValueError, QueryError):
            col.add(
                "unreadable period",
                i,
                "period_start" if "period_start" in r else "period",
                r.get("period_start") or r.get("period"),
            )
            continue
        reporter_txt = r.get("reporter") or r.get("region")
        partner_txt = r.get("partner") or ("World" if "region" in r else None)
        if "billings_usd_bn" in r:  # SEMI: billings *in* a region; no partner
            measure, value_txt = "equipment_billings", r["billings_usd_bn"]
            unit: str | None = "USD bn"
            partner_txt = None
        else:
            measure = r.get("measure") or "value"
            value_txt = r.get("value") or r.get("value_as_printed") or ""
            unit = _UNITS.get((r.get("unit") or "").strip(), (r.get("unit") or "").strip() or None)
        yoy_txt = r.get("yoy_pct") or r.get("yoy_as_printed") or r.get("change_as_printed")
        if measure.endswith("_pct") and "yoy" in measure:
            yoy = number(value_txt)
        else:
            yoy = number(yoy_txt) if (yoy_txt and "%" in yoy_txt) or (yoy_txt and "yoy_pct" in r) else None
        product_txt = r.get("product_as_reported") or (
            "semiconductor equipment"
            if "billings_usd_bn" in r
            else "semiconductors"
            if "region" in r
            else None
        )
        out.append(
            {
                "figure_id": f"{dataset}:{i}",
                "dataset": dataset,
                "period_start": start,
                "period_end": end,
                "period_label": label,
                "reporter": _economy(reporter_txt),
                "reporter_as_reported": reporter_txt,
                "partner": _economy(partner_txt),
                "partner_as_reported": partner_txt,
                "product": _product(product_txt),
                "product_as_reported": product_txt,
                "measure": measure,
                "value": number(value_txt),
                "unit": unit,
                "yoy_pct": yoy,
                "basis": r.get("data_basis_as_reported")
                or (r.get("page_date") and f"page dated {r['page_date']}"),
                "source_url": r.get("source_url"),
                "quote": r.get("quote") or r.get("note") or None,
            }
        )
    col.raise_if_any()
    return out
