"""UN Comtrade files in the three layouts users actually hold.

* **Comtrade+ / API v1 CSV** (header starts ``typeCode,freqCode,…``): what the
  portal's export button and ``comtradeapicall`` write. Bulk exports are Latin-1
  with CRLF line ends and a trailing comma on every row.
* **Legacy Comtrade CSV** (header starts ``Classification,Year,Period,…``): the
  pre-2021 API and site.
* **Tidy monthly extract** (header ``date,reporter,flow,partner_code,…``): the
  KazooKat-style file with one row per series and month.

Quirks handled, so that nothing double counts:

* A flow can be broken down by second partner (``partner2Code``, consignment
  country), by mode of transport (``motCode``) and by customs procedure
  (``customsCode``). The totals are the rows with ``partner2Code = 0``,
  ``motCode = 0`` and ``customsCode = C00``; breakdown rows are dropped and
  counted in the dataset notes.
* Country codes are Comtrade's: 842 is the USA, 490 ("Other Asia, nes") is
  Taiwan, 0 is the World. They become ISO3 through :mod:`frontload.codes.countries`.
* Values are current US dollars: imports CIF and exports FOB (Comtrade's
  ``primaryValue``); the valuation is recorded on each row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..codes import countries
from ..errors import CodeError, ParseError
from ._common import Collector, csv_rows, observation, read_text, require_columns

_PLUS_REQUIRED = (
    "freqCode",
    "refYear",
    "period",
    "reporterCode",
    "flowCode",
    "partnerCode",
    "cmdCode",
    "primaryValue",
)
_LEGACY_REQUIRED = (
    "Classification",
    "Year",
    "Period",
    "Trade Flow Code",
    "Reporter Code",
    "Partner Code",
    "Commodity Code",
    "Trade Value (US$)",
)
_TIDY_REQUIRED = ("date", "reporter", "flow", "partner_code", "cmd_code", "value_usd")
_LEGACY_FLOWS = {"1": "M", "2": "X", "3": "RX", "4": "RM"}
_QTY_UNITS = {
    "No Quantity": None,
    "Number of items": "u",
    "Weight in kilograms": "kg",
    "Volume in litres": "l",
    "N/A": None,
    "": None,
}


def layout_of(header_line: str) -> str | None:
    """``plus``, ``legacy`` or ``tidy`` for a Comtrade CSV header line, else None."""
    first = header_line.strip().lstrip("\ufeff").replace('"', "")
    if first.startswith("typeCode,"):
        return "plus"
    if first.startswith("Classification,Year,Period"):
        return "legacy"
    if first.startswith("date,reporter,flow,partner_code"):
        return "tidy"
    return None


def detect_layout(path: Path) -> str:
    """``plus``, ``legacy`` or ``tidy``, from the header; ParseError for anything else."""
    text, _ = read_text(path)
    first = text.split("\n", 1)[0]
    layout = layout_of(first)
    if layout is None:
        raise ParseError(
            f"{path} is not a UN Comtrade CSV this version can read (header starts {first.strip()[:60]!r})",
            file=str(path),
            hint="export from comtradeplus.un.org as CSV, or use the legacy or tidy layouts (docs/data.md)",
        )
    return layout


def read_comtrade(
    path: Path, *, vintage: dt.datetime | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """Canonical rows and notes (what was dropped and why) from a Comtrade CSV of any known layout."""
    layout = detect_layout(path)
    reader = {"plus": _read_plus, "legacy": _read_legacy, "tidy": _read_tidy}[layout]
    rows, notes = reader(path)
    if vintage is not None:
        for r in rows:
            r.setdefault("vintage", vintage)
    return rows, [f"{path.name}: {layout} Comtrade layout", *notes]


def _country(col: Collector, code: str, row: int, column: str, iso: str | None = None) -> str | None:
    """ISO3 for a Comtrade code; Comtrade+ files also carry an ISO column, used for codes
    newer than the bundled reference list (380 Italy, 531 Curaçao)."""
    try:
        return countries.from_comtrade(code.strip())
    except CodeError:
        iso = (iso or "").strip()
        if len(iso) == 3 and iso.isalpha():
            try:
                return countries.iso3(iso)
            except CodeError:
                pass
        col.add("unknown UN Comtrade country code", row, column, code)
        return None


def _valuation(flow: str) -> str:
    return "CIF" if flow in ("M", "RM") else "FOB"


def _read_plus(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    col = Collector(path, "UN Comtrade rows")
    header, recs = csv_rows(path, col=col)
    require_columns(header, _PLUS_REQUIRED, path, "a UN Comtrade+ CSV")
    return plus_records(recs, col)


def plus_records(
    recs: Iterable[tuple[int, dict[str, str]]], col: Collector
) -> tuple[list[dict[str, Any]], list[str]]:
    """Canonical rows from Comtrade+ records (CSV rows or API ``data`` items as strings).

    Shared by the file loader and the API connector, so both apply the same
    total-rows rule and code translation.
    """
    out: list[dict[str, Any]] = []
    dropped = {"partner2Code": 0, "motCode": 0, "customsCode": 0}
    for i, r in recs:
        # Breakdowns that would double count the totals.
        if (r.get("partner2Code") or "0").strip() not in ("0", ""):
            dropped["partner2Code"] += 1
            continue
        if (r.get("motCode") or "0").strip() not in ("0", ""):
            dropped["motCode"] += 1
            continue
        if (r.get("customsCode") or "C00").strip() not in ("C00", ""):
            dropped["customsCode"] += 1
            continue
        freq = r["freqCode"].strip()
        try:
            if freq == "A":
                period, months = dt.date(int(r["refYear"]), 1, 1), 12
            elif freq == "M":
                p = r["period"].strip()
                period, months = dt.date(int(p[:4]), int(p[4:6]), 1), 1
            else:
                col.add("unknown freqCode (expected A or M)", i, "freqCode", freq)
                continue
        except ValueError:
            col.add("unreadable period", i, "period", r.get("period"))
            continue
        reporter = _country(col, r["reporterCode"], i, "reporterCode", r.get("reporterISO"))
        partner = _country(col, r["partnerCode"], i, "partnerCode", r.get("partnerISO"))
        value = col.number(r, "primaryValue", i)
        flow = r["flowCode"].strip()
        if flow not in ("M", "X", "RM", "RX"):
            col.add("unknown flowCode", i, "flowCode", flow)
            continue
        product = col.code(r, "cmdCode", i)
        if reporter is None or partner is None or value is None or product is None:
            continue
        unit = (r.get("qtyUnitAbbr") or "").strip()
        qty = col.number(r, "qty", i, required=False) if unit not in ("", "N/A") else None
        out.append(
            observation(
                source="comtrade",
                reporter=reporter,
                partner=partner,
                flow=flow,
                classification=(r.get("classificationCode") or "").strip() or None,
                product=product,
                period=period,
                freq=freq,
                months=months,
                value_usd=value,
                valuation=_valuation(flow),
                qty=qty,
                qty_unit=unit if qty is not None else None,
                net_weight_kg=col.number(r, "netWgt", i, required=False),
                is_estimated=(r.get("isQtyEstimated") or "").strip().lower() == "true",
            )
        )
    col.raise_if_any()
    notes = [
        f"dropped {n} {k} breakdown row(s) (they double count the totals)" for k, n in dropped.items() if n
    ]
    return out, notes


def _read_legacy(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    col = Collector(path, "legacy UN Comtrade rows")
    header, recs = csv_rows(path, col=col)
    require_columns(header, _LEGACY_REQUIRED, path, "a legacy UN Comtrade CSV")
    out: list[dict[str, Any]] = []
    dropped = 0
    for i, r in recs:
        if (r.get("2nd Partner Code") or "0").strip() not in ("0", "") or (
            r.get("Mode of Transport Code") or "0"
        ).strip() not in ("0", ""):
            dropped += 1
            continue
        period_text = r["Period"].strip()
        try:
            if len(period_text) == 4:
                period, months, freq = dt.date(int(period_text), 1, 1), 12, "A"
            else:
                period, months, freq = dt.date(int(period_text[:4]), int(period_text[4:6]), 1), 1, "M"
        except ValueError:
            col.add("unreadable period", i, "Period", period_text)
            continue
        flow = _LEGACY_FLOWS.get(r["Trade Flow Code"].strip())
        if flow is None:
            col.add("unknown Trade Flow Code (expected 1–4)", i, "Trade Flow Code", r["Trade Flow Code"])
            continue
        reporter = _country(col, r["Reporter Code"], i, "Reporter Code", r.get("Reporter ISO"))
        partner = _country(col, r["Partner Code"], i, "Partner Code", r.get("Partner ISO"))
        value = col.number(r, "Trade Value (US$)", i)
        product = col.code(r, "Commodity Code", i)
        if reporter is None or partner is None or value is None or product is None:
            continue
        unit = _QTY_UNITS.get((r.get("Qty Unit") or "").strip())
        qty = col.number(r, "Qty", i, required=False) if unit else None
        out.append(
            observation(
                source="comtrade",
                reporter=reporter,
                partner=partner,
                flow=flow,
                classification=r["Classification"].strip(),
                product=product,
                period=period,
                freq=freq,
                months=months,
                value_usd=value,
                valuation=_valuation(flow),
                qty=qty,
                qty_unit=unit if qty is not None else None,
                net_weight_kg=col.number(r, "Netweight (kg)", i, required=False),
            )
        )
    col.raise_if_any()
    return out, [f"dropped {dropped} breakdown row(s)"] if dropped else []


def _read_tidy(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    col = Collector(path, "monthly Comtrade rows")
    header, recs = csv_rows(path, col=col)
    require_columns(header, _TIDY_REQUIRED, path, "a tidy monthly Comtrade extract")
    out: list[dict[str, Any]] = []
    for i, r in recs:
        try:
            period = dt.date.fromisoformat(r["date"].strip())
        except ValueError:
            col.add("not a date (YYYY-MM-DD)", i, "date", r["date"])
            continue
        if period.day != 1:
            col.add("monthly rows must be dated the first of the month", i, "date", r["date"])
            continue
        try:
            reporter = countries.iso3(r["reporter"])
        except CodeError:
            col.add("unknown reporter", i, "reporter", r["reporter"])
            continue
        partner = _country(col, r["partner_code"], i, "partner_code")
        value = col.number(r, "value_usd", i)
        flow = r["flow"].strip()
        if flow not in ("M", "X"):
            col.add("unknown flow (expected M or X)", i, "flow", flow)
            continue
        product = col.code(r, "cmd_code", i)
        if partner is None or value is None or product is None:
            continue
        vintage = None
        if (r.get("fetched_on") or "").strip():
            try:
                d = dt.date.fromisoformat(r["fetched_on"].strip())
                vintage = dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)
            except ValueError:
                col.add("not a date (YYYY-MM-DD)", i, "fetched_on", r["fetched_on"])
        unit_text = (r.get("qty_unit") or "").strip()
        unit = None if unit_text in ("", "N/A") else unit_text
        qty = col.number(r, "qty", i, required=False) if unit else None
        row = observation(
            source="comtrade",
            reporter=reporter,
            partner=partner,
            flow=flow,
            classification="HS",
            product=product,
            period=period,
            freq="M",
            months=1,
            value_usd=value,
            valuation=_valuation(flow),
            qty=qty,
            qty_unit=unit if qty is not None else None,
            net_weight_kg=col.number(r, "net_weight_kg", i, required=False),
            is_estimated=(r.get("qty_estimated") or "").strip().lower() == "true",
        )
        if vintage is not None:
            row["vintage"] = vintage
        out.append(row)
    col.raise_if_any()
    return out, []
