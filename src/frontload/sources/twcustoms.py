"""Taiwan customs (Ministry of Finance) export files, as downloaded from the trade statistics portal.

Why Taiwan needs its own loader: Taiwan does not report to UN Comtrade (other
reporters show it as partner 490 "Other Asia, nes"), so its own customs data are
the only direct source for the largest IC supplier to China. The files differ
from Comtrade in every way that matters:

* Years are ROC years (民國): ``113年`` is 2024 (ROC year + 1911).
* Partial years are labelled like ``114年1月~114年7月(初步值)``: January–July
  2025, preliminary. They are stored as a 7-month span, never as a year.
* Destinations are Traditional Chinese names (中國大陸 mainland China, 香港 Hong
  Kong, 美國 USA), mapped through :mod:`frontload.codes.countries`.
* The all-destinations file is in **thousand** US dollars; the by-destination
  file is in US dollars.
* Products are 11-digit CCC codes; their first six digits are HS.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..codes import countries
from ..errors import CodeError
from ._common import Collector, csv_rows, observation, require_columns

_ROC = re.compile(r"^(\d{2,3})年$")
_ROC_SPAN = re.compile(r"^(\d{2,3})年(\d{1,2})月~(\d{2,3})年(\d{1,2})月")


def parse_roc_period(text: str) -> tuple[dt.date, int, bool]:
    """``113年`` → (2024-01-01, 12, False); ``114年1月~114年7月(初步值)`` → (2025-01-01, 7, True).

    The boolean says whether the figure is preliminary. ValueError for anything else.
    """
    t = text.strip()
    m = _ROC.match(t)
    if m:
        return dt.date(int(m.group(1)) + 1911, 1, 1), 12, False
    m = _ROC_SPAN.match(t)
    if m:
        y1, m1, y2, m2 = (int(g) for g in m.groups())
        start = dt.date(y1 + 1911, m1, 1)
        months = (y2 - y1) * 12 + (m2 - m1) + 1
        if months < 1 or months > 12:
            raise ValueError(f"span of {months} months")
        return start, months, "初步" in t
    raise ValueError("not an ROC year (e.g. 113年) or month span (e.g. 114年1月~114年7月)")


def _period(months: int) -> str:
    return "A" if months == 12 else "M" if months == 1 else "A"


def read_totals(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Exports to all destinations by CCC code (``日期`` in ROC years, values in thousand USD)."""
    col = Collector(path, "Taiwan customs totals")
    header, recs = csv_rows(path, col=col)
    require_columns(header, ("日期", "貨品號列", "美元(千元)"), path, "a Taiwan customs export total file")
    out: list[dict[str, Any]] = []
    prelim = 0
    for i, r in recs:
        try:
            start, months, is_prelim = parse_roc_period(r["日期"])
        except ValueError as exc:
            col.add(str(exc), i, "日期", r["日期"])
            continue
        code = col.code(r, "貨品號列", i)
        if code is None:
            continue
        k_usd = col.number(r, "美元(千元)", i)
        if k_usd is None:
            continue
        prelim += is_prelim
        out.append(
            observation(
                source="twcustoms",
                reporter="TWN",
                partner="WLD",
                flow="X",
                classification="TW-CCC",
                product=code,
                period=start,
                freq=_period(months),
                months=months,
                value_usd=k_usd * 1000.0,
                valuation="FOB",
                is_estimated=is_prelim,
            )
        )
    col.raise_if_any()
    notes = [f"{path.name}: values in thousand USD converted to USD; ROC years converted (year + 1911)"]
    if prelim:
        notes.append(f"{path.name}: {prelim} preliminary row(s) (partial year) flagged is_estimated")
    return out, notes


def read_by_destination(
    path: Path, *, partial_years: dict[int, int] | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """Exports by destination (``Country`` in Traditional Chinese, values in USD).

    The file labels a partial year by its Gregorian year only; ``partial_years``
    says how many months such a year covers (``{2025: 7}`` for the bundled file,
    whose totals file labels 2025 as January–July).
    """
    partial_years = partial_years or {}
    col = Collector(path, "Taiwan customs rows by destination")
    header, recs = csv_rows(path, col=col)
    require_columns(
        header,
        ("Year", "Country", "HS Code", "Export Value (USD)"),
        path,
        "a Taiwan customs exports-by-destination file",
    )
    acc: dict[tuple[str, str, int], float] = defaultdict(float)
    seen: dict[tuple[str, str, int], int] = defaultdict(int)
    for i, r in recs:
        try:
            year = int(r["Year"].strip())
            dt.date(year, 1, 1)
        except ValueError:  # not a number, or a year no date can hold (999999)
            col.add("not a year", i, "Year", r["Year"])
            continue
        try:
            partner = countries.iso3(r["Country"])
        except CodeError:
            col.add("unknown destination name", i, "Country", r["Country"])
            continue
        code = col.code(r, "HS Code", i)
        if code is None:
            continue
        value = col.number(r, "Export Value (USD)", i)
        if value is None:
            continue
        acc[(partner, code, year)] += value
        seen[(partner, code, year)] += 1
    col.raise_if_any()
    out = []
    for (partner, code, year), value in sorted(acc.items()):
        months = partial_years.get(year, 12)
        out.append(
            observation(
                source="twcustoms",
                reporter="TWN",
                partner=partner,
                flow="X",
                classification="TW-CCC",
                product=code,
                period=dt.date(year, 1, 1),
                freq=_period(months),
                months=months,
                value_usd=value,
                valuation="FOB",
                is_estimated=year in partial_years,
            )
        )
    merged = sum(n - 1 for n in seen.values() if n > 1)
    notes = [f"{path.name}: destination names in Traditional Chinese mapped to ISO3"]
    if merged:
        notes.append(
            f"{path.name}: {merged} row(s) summed into an existing destination/code/year "
            "(several source names map to one economy)"
        )
    for y, m in partial_years.items():
        notes.append(
            f"{path.name}: {y} covers January–{dt.date(y, m, 1):%B} only (preliminary), stored as {m} months"
        )
    return out, notes
