"""Exposure: the trade value a policy action covers.

For an event with HS codes (its ``products``) and targeted partners, the value
of the importing jurisdiction's imports of those codes from those partners in a
reference year, by product and partner, from the store (by default the US
Census HS10 data for 2024 for a US action). An event without products has no
measurable exposure and says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..errors import NoDataError, QueryError
from ..model import Query
from ..store import query as Q
from ..store.store import Store

_NATIONAL = {"USA": "census"}
_IMPORTER = {"US": "USA", "CN": "CHN", "EU": "EU", "JP": "JPN", "NL": "NLD", "KR": "KOR", "TW": "TWN"}


@dataclass
class Exposure:
    event_id: str
    title: str
    importer: str
    year: int
    products: list[str]
    partners: list[str]
    cells: list[dict[str, Any]] = field(
        default_factory=list
    )  # product, partner, value_usd, source, fetch_ids
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(c["value_usd"] for c in self.cells)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "title": self.title,
            "importer": self.importer,
            "year": self.year,
            "products": self.products,
            "partners": self.partners,
            "total_usd": self.total,
            "cells": self.cells,
            "notes": self.notes,
        }


def exposure(
    store: Store,
    event: dict[str, Any],
    year: int = 2024,
    importer: str | None = None,
    partners: list[str] | None = None,
) -> Exposure:
    """Imports in ``year`` of the event's products from its partners (all partners if none are listed)."""
    products = list(event.get("products") or [])
    imp = importer or _IMPORTER.get((event.get("jurisdiction") or "").upper())
    if imp is None:
        raise QueryError(
            f"event {event['event_id']} has no jurisdiction frontload can map to an importer",
            hint="pass --importer (ISO3)",
        )
    targets = partners if partners is not None else list(event.get("partners") or [])
    ex = Exposure(event["event_id"], event.get("title") or "", imp, year, products, targets)
    if not products:
        ex.notes.append(
            "the event lists no HS codes: its exposure cannot be measured "
            "(add products in your own events file)"
        )
        return ex
    for code in products:
        # The importer's own national statistics where bundled (US Census for a US action), so
        # that every cell of one exposure table comes from one source.
        q = Query(imp, "*", "M", code, freq="A", start=dt.date(year, 1, 1), end=dt.date(year, 1, 1),
                  source=_NATIONAL.get(imp))
        try:
            by_partner = Q.series_by(store, q, "partner", values=targets or None)
        except NoDataError:
            by_partner = {}
        found = False
        for partner, s in sorted(by_partner.items()):
            if partner == "WLD":
                continue
            sp = s.value_over(dt.date(year, 1, 1), 12)
            if sp is None:
                continue
            found = True
            ex.cells.append(
                {
                    "product": code,
                    "partner": partner,
                    "value_usd": sp.value,
                    "source": s.source,
                    "fetch_ids": list(sp.fetch_ids),
                    "rows": sp.rows,
                }
            )
        if not found:
            ex.notes.append(f"no {year} imports of HS {code} by {imp} in the store")
    ex.cells.sort(key=lambda c: -c["value_usd"])
    return ex
