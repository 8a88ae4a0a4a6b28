"""China customs (GACC) statistics platform downloads: the CSV that stats.customs.gov.cn's query pages give.

Why a loader of its own: China's customs statistics are the source for the largest importer of chips,
and the platform's CSV differs from every other source in ways that change numbers if read naively.
The layout below is the one public material establishes; nothing else is assumed:

* **Columns** are named in English or in Chinese, after the interface language, and only the
  dimensions the query asked for are present, in the query's order (the pairs are in
  :data:`COLUMNS`). The English site has spelled "Supplimentary" and "Supplementary".
* **Encoding** GB18030 (a superset of GBK/GB2312); every field quoted, every line ending in a
  trailing comma; numbers with thousands separators (``"5,848,714"``); ``?`` (or ``-``) for "none".
* **The value column is named by its currency**: ``US dollar``/``美元`` or ``Renminbi Yuan``/
  ``人民币``. A yuan download is kept as ``value_local`` in CNY and converted to US dollars only
  at a rate the user gives (``cny_per_usd``), which is written into the fetch notes: frontload
  never picks an exchange rate itself.
* **The period**: a by-month download has ``Date of data``/``数据年月`` (YYYYMM) on every row. A
  download of one month, or of a range of months added up (the platform's cumulative figures,
  e.g. January–July), has **no date column at all**: the span the query asked for must be given
  (:class:`GaccFile` ``span``). Several year-to-date downloads of one year (Jan–Feb, Jan–Mar, …)
  are turned into months by difference, the first one kept as its own span, so the combined
  January–February figure is stored as a 2-month span starting in January, as the rest of the
  store does (:mod:`frontload.model`).
* **The flow is never in the file**: imports and exports downloads have the same columns, so it
  is a required argument.
* **Breakdowns**: customs regime (贸易方式) and importer's province (注册地) are disjoint
  breakdowns of the total; their rows are summed to partner × product × period so no total is
  double counted. Without a partner column the rows are totals over all partners (``WLD``).
* **Truncation**: the download stops at 10,000 rows; a file of exactly 10,000 rows is refused.

Sources for this layout (public repositories, read 2026-12):
``turbanisch/chinautils`` (R package, MIT): ``R/cc_read_csv.R``, ``data-raw/cc_variable_names.R``,
``articles/reading-customs-data.md``, ``inst/extdata/english-full.csv`` and ``chinese-full.csv``;
``sherrisherry/CNprj``: ``download/e210201810.csv`` and ``data/i20420186.csv`` (raw English
downloads), ``batch-csv.R`` (the ``queryDataForEN/downloadQueryData`` URL and its ``iEType``,
``currencyType``, ``year``, ``startMonth``, ``endMonth``, ``monthFlag``, ``codeLength`` and
``outerField1..4`` parameters), ``batch-csv.sh`` (files converted from GB2312), ``info.txt``
("csv download limit 10,000 records"); ``JPHELITO/IBBA-Research-Dashboard``,
``Pulp and Paper/assistente_gacc.py`` (``queryDataByWhereEn`` with the same parameters; one
year per query; files saved as ``downloadData*.csv``). GACC's own release calendar
(《2025年中国海关统计数据公布时间表》, as reprinted by customslawyer.cn) shows no release in
February and says each release holds "上月及1月至上月累计数据", the previous month and the
cumulative figure from January: January is first published together with February.

What public material did **not** establish, and frontload therefore does not guess: the
platform's partner-code list (partners are read by the name in the file, in either language; the
codes seen are kept in the notes), and how a by-month download labels the January–February
release (a by-month file is stored month by month exactly as its rows are dated; February
without January gets a note).
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..codes import countries
from ..errors import CodeError, ConfigError, ParseError
from ..model import WORLD, LoadedDataset, add_months, month_index
from ._common import Collector, csv_rows, first_line, observation, observations_table, sha256, to_number

ENCODINGS = ("utf-8-sig", "gb18030")
ROW_CAP = 10_000

# canonical name: (English header(s), Chinese header)
COLUMNS: dict[str, tuple[tuple[str, ...], str]] = {
    "yearmonth": (("Date of data",), "数据年月"),
    "commodity": (("Commodity code",), "商品编码"),
    "commodity_name": (("Commodity",), "商品名称"),
    "partner": (("Trading partner code",), "贸易伙伴编码"),
    "partner_name": (("Trading partner",), "贸易伙伴名称"),
    "regime": (("Customs Regime code",), "贸易方式编码"),
    "regime_name": (("Customs Regime",), "贸易方式名称"),
    "province": (("Locations of importers and exporters code",), "注册地编码"),
    "province_name": (("Locations of importers and exporters",), "注册地名称"),
    "qty_1": (("Quantity",), "第一数量"),
    "unit_1": (("Unit",), "第一计量单位"),
    "qty_2": (("Supplimentary Quantity", "Supplementary Quantity"), "第二数量"),
    "unit_2": (("Supplimentary Unit", "Supplementary Unit"), "第二计量单位"),
    "value_usd": (("US dollar",), "美元"),
    "value_cny": (("Renminbi Yuan",), "人民币"),
}
_BY_HEADER = {h: canon for canon, (en, zh) in COLUMNS.items() for h in (*en, zh)}
_NONE = {"", "?", "-", "—"}
# Names the platform writes that frontload's country names do not hold: "Hong Kong，China" (with a
# full-width comma), "Macao,China", "Taiwan，China", 中国香港 and 中国澳门 appear in turbanisch/chinautils'
# example downloads (inst/extdata/english-full.csv, chinese-full.csv); 中国台湾 is the same style.
_PARTNER_NAMES = {
    "中国香港": "HKG", "中国澳门": "MAC", "中国台湾": "TWN",
    "hong kong,china": "HKG", "macao,china": "MAC", "taiwan,china": "TWN",
}


def _partner(name: str) -> str:
    plain = name.replace("，", ",").replace(", ", ",").strip()
    return _PARTNER_NAMES.get(plain) or _PARTNER_NAMES.get(plain.lower()) or countries.iso3(plain)
_KG = {"kilogram", "千克"}


@dataclass(frozen=True)
class GaccFile:
    """One download; ``span`` (first month, last month) is required when the file has no date column."""

    path: Path
    span: tuple[dt.date, dt.date] | None = None


def is_gacc_header(first_line: str) -> bool:
    """Does this header line look like a GACC platform download (English or Chinese)?"""
    cells = {c.strip().strip('"').lstrip("\ufeff") for c in first_line.split(",")}
    return bool(cells & {"Commodity code", "商品编码"}) and bool(
        cells & {"US dollar", "美元", "Renminbi Yuan", "人民币"}
    )


def parse_span(text: str) -> tuple[dt.date, dt.date]:
    """``2025-01..2025-07`` (or one month, ``2025-03``) → (first month, last month)."""
    parts = text.replace("–", "..").split("..")
    try:
        first = dt.date(int(parts[0][:4]), int(parts[0][5:7] if "-" in parts[0] else parts[0][4:6]), 1)
        last_s = parts[-1].strip()
        last = dt.date(int(last_s[:4]), int(last_s[5:7] if "-" in last_s else last_s[4:6]), 1)
    except (ValueError, IndexError):
        raise ConfigError(
            f"cannot read the span {text!r}", hint="write the months the query covered, e.g. 2025-01..2025-07"
        ) from None
    if last < first or first.year != last.year:
        raise ConfigError(
            f"span {text!r} must run forward within one calendar year",
            hint="the platform answers one year per query: give e.g. 2025-01..2025-07",
        )
    return first, last


def _num(text: str | None) -> float | None:
    """None for the platform's "none" marks, else :func:`to_number` (ValueError with the reason)."""
    t = (text or "").strip().replace(",", "")
    return None if t in _NONE else to_number(t)


def _numbers(
    r: dict[str, str], by: dict[str, str], line: int, col: Collector
) -> dict[str, float | None] | None:
    """The value and quantity cells of one row read as numbers; None (and a problem per bad cell) if any
    is not a number."""
    nums: dict[str, float | None] = {}
    ok = True
    for name in ("value_usd", "value_cny", "qty_1", "qty_2"):
        if name in by:
            try:
                nums[name] = _num(r.get(by[name]))
            except ValueError as exc:
                col.add(str(exc), line, by[name], (r.get(by[name]) or "")[:80])
                ok = False
    return nums if ok else None


@dataclass
class _Cell:
    value: float = 0.0
    qty: float | None = None
    unit: str | None = None
    kg: float | None = None
    mixed_units: bool = False

    def add(self, value: float, qty: float | None, unit: str | None, kg: float | None) -> None:
        self.value += value
        if qty is not None and unit:
            if self.unit is None and not self.mixed_units:
                self.unit, self.qty = unit, qty
            elif unit == self.unit and self.qty is not None:
                self.qty += qty
            else:
                self.mixed_units, self.unit, self.qty = True, None, None
        if kg is not None:
            self.kg = (self.kg or 0.0) + kg


Key = tuple[str, str]  # partner ISO3, product code
Span = tuple[dt.date, int]  # first month, months covered


def _read_one(f: GaccFile, shared: Collector) -> tuple[str, dict[Span, dict[Key, _Cell]], set[str]]:
    """Currency ('USD' or 'CNY') and the file's cells by span and key; breakdowns summed. Problems
    go to ``shared`` under this file's own name."""
    col = Collector(f.path, shared.what)
    header, recs = csv_rows(f.path, encodings=ENCODINGS, col=col)
    canon = {h: _BY_HEADER.get(h) for h in header}
    unknown = [h for h, c in canon.items() if c is None]
    have = {c for c in canon.values() if c}
    if "commodity" not in have or not have & {"value_usd", "value_cny"} or unknown:
        raise ParseError(
            f"{f.path} is not a China customs platform download: "
            + (f"unknown column(s) {', '.join(unknown[:5])}" if unknown
               else "no commodity code or value column"),
            file=str(f.path),
            hint="expected the platform's CSV (headers such as 'Commodity code', 'US dollar' or 商品编码, "
            "美元), read as UTF-8 or GB18030",
        )
    if {"value_usd", "value_cny"} <= have:
        raise ParseError(f"{f.path} has both a dollar and a yuan column", file=str(f.path))
    currency = "USD" if "value_usd" in have else "CNY"
    by = {c: h for h, c in canon.items() if c}
    dated = "yearmonth" in have
    if not dated and f.span is None:
        raise ConfigError(
            f"{f.path} has no date column: it is one month, or months added up, as the query asked",
            hint="say which months it covers, e.g. --span 2025-01..2025-07 (one --span per such file)",
        )
    out: dict[Span, dict[Key, _Cell]] = defaultdict(lambda: defaultdict(_Cell))
    partner_codes: set[str] = set()
    n = 0
    for i, r in recs:
        n += 1
        code = col.code(r, by["commodity"], i)
        nums = _numbers(r, by, i, col)
        if nums is None:
            continue
        value = nums.get("value_usd") if "value_usd" in by else nums.get("value_cny")
        qty, qty2 = nums.get("qty_1"), nums.get("qty_2")
        if value is None:
            col.add("empty value", i, by.get("value_usd") or by["value_cny"])
            continue
        partner = WORLD
        if "partner" in by or "partner_name" in by:
            name = (r.get(by.get("partner_name", ""), "") or "").strip()
            try:
                partner = _partner(name)
            except CodeError:
                where = by.get("partner_name") or by["partner"]
                col.add("trading partner not known to frontload", i, where, name)
                continue
            if "partner" in by:
                partner_codes.add(f"{(r.get(by['partner']) or '').strip()}={partner}")
        if dated:
            ym = (r.get(by["yearmonth"]) or "").strip()
            ascii_digits = len(ym) == 6 and ym.isascii() and ym.isdigit()
            if not (ascii_digits and 1 <= int(ym[4:]) <= 12 and int(ym[:4])):  # year 0000 has no date
                col.add("date must be YYYYMM", i, by["yearmonth"], ym)
                continue
            span: Span = (dt.date(int(ym[:4]), int(ym[4:]), 1), 1)
        else:
            assert f.span is not None
            span = (f.span[0], month_index(f.span[1]) - month_index(f.span[0]) + 1)
        if code is None:
            continue
        unit1 = (r.get(by.get("unit_1", ""), "") or "").strip() or None
        unit2 = (r.get(by.get("unit_2", ""), "") or "").strip() or None
        kg = qty if (unit1 or "").lower() in _KG else qty2 if (unit2 or "").lower() in _KG else None
        out[span][(partner, code)].add(value, qty, None if unit1 in _NONE else unit1, kg)
    if n == ROW_CAP:
        col.add(f"exactly {ROW_CAP:,} rows: the platform cuts downloads there, so this one is probably "
                "incomplete; split the query (fewer months, partners or codes)")
    shared.problems.extend(col.problems)
    return currency, out, partner_codes


def _difference(
    prev: dict[Key, _Cell], cur: dict[Key, _Cell], label: str, col: Collector
) -> dict[Key, _Cell]:
    """One month's cells: a year-to-date download minus the one a month shorter."""
    diff: dict[Key, _Cell] = {}
    for key, c in cur.items():
        p = prev.get(key, _Cell())
        if c.value - p.value < -0.5:
            col.add(f"year-to-date value falls from {p.value:,.0f} to {c.value:,.0f} for {key[0]} {key[1]} "
                    f"({label}): the downloads are from different releases")
            continue
        d = _Cell(value=c.value - p.value)
        if c.unit and c.qty is not None and (key not in prev or (c.unit == p.unit and p.qty is not None)):
            d.unit, d.qty = c.unit, c.qty - (p.qty or 0.0)
        if c.kg is not None:
            d.kg = c.kg - (p.kg or 0.0)
        diff[key] = d
    gone = [k for k in prev if k not in cur]
    if gone:
        col.add(f"{len(gone)} partner/code pair(s) of the shorter download are missing from the longer one "
                f"({label}), e.g. {gone[0]}")
    return diff


def _derive_months(
    spans: dict[Span, dict[Key, _Cell]], col: Collector
) -> tuple[dict[Span, dict[Key, _Cell]], list[str]]:
    """Year-to-date spans of one year (all from January) → the first span, then months by difference."""
    by_year: dict[int, list[Span]] = defaultdict(list)
    for s in spans:
        if s[0].month == 1 and s[1] > 1:
            by_year[s[0].year].append(s)
    out = dict(spans)
    notes = []
    for year, ytd in by_year.items():
        ytd.sort(key=lambda s: s[1])
        if len(ytd) < 2:
            continue
        for prev, cur in itertools.pairwise(ytd):
            if cur[1] - prev[1] != 1:
                col.add(f"year-to-date downloads for {year} jump from {prev[1]} to {cur[1]} months: "
                        "give every month's year-to-date download to derive months")
                return spans, []
            month: Span = (add_months(dt.date(year, 1, 1), cur[1] - 1), 1)
            if month in spans:
                col.add(f"{month[0]:%Y-%m} is both in a by-month download and derived from year-to-date ones")
            out[month] = _difference(spans[prev], spans[cur], f"{year}, {prev[1]}→{cur[1]} months", col)
            del out[cur]
        notes.append(f"{year}: months derived from year-to-date downloads (January to month {ytd[-1][1]}); "
                     f"the first, January–{dt.date(year, ytd[0][1], 1):%B}, kept as a {ytd[0][1]}-month span")
    return out, notes


def _freq(start: dt.date, months: int) -> str:
    if months == 1 or (months == 2 and start.month == 1):
        return "M"  # a month, or the combined January–February release
    return "A"  # a year, or a partial year (as Taiwan customs' January–July figures are stored)


def read_gacc(
    files: Sequence[GaccFile], *, flow: str, cny_per_usd: float | None = None, reporter: str = "CHN"
) -> tuple[list[dict[str, Any]], list[str]]:
    """Canonical rows and notes from one or more platform downloads (all of the same flow)."""
    flow = flow.upper()
    if flow not in ("M", "X"):
        raise ConfigError(
            f"flow {flow!r}: a China customs download does not say whether it holds imports or exports",
            hint="give --flow M (imports) or --flow X (exports), as the query was made",
        )
    if cny_per_usd is not None and not cny_per_usd > 0:
        raise ConfigError(f"exchange rate {cny_per_usd!r} must be a positive number of yuan per US dollar")
    col = Collector(", ".join(str(f.path) for f in files), "China customs downloads")
    spans: dict[Span, dict[Key, _Cell]] = {}
    currencies: set[str] = set()
    codes: set[str] = set()
    for f in files:
        currency, got, pcodes = _read_one(f, col)
        currencies.add(currency)
        codes |= pcodes
        for s, cells in got.items():
            if s in spans:
                col.add(f"two downloads cover the same period {s[0]:%Y-%m} ({s[1]} months)",
                        None, None, str(f.path))
                continue
            spans[s] = cells
    col.raise_if_any(hint="nothing was written; fix or re-download the files listed")
    if len(currencies) > 1:
        raise ConfigError("the downloads mix US dollar and yuan files", hint="load each currency on its own")
    currency = currencies.pop()
    if currency == "CNY" and cny_per_usd is None:
        raise ConfigError(
            "these downloads are in yuan (人民币) and frontload stores US dollars",
            hint="download them again in US dollars (currencyType=usd), or give the rate you want used, "
            "e.g. --cny-per-usd 7.18 (it is written into the fetch notes)",
        )
    spans, notes = _derive_months(spans, col)
    months_seen = {s[0] for s in spans if s[1] == 1}
    for feb in sorted(d for d in months_seen if d.month == 2 and dt.date(d.year, 1, 1) not in months_seen
                      and (dt.date(d.year, 1, 1), 2) not in spans):
        notes.append(f"{feb.year}: February without January. GACC publishes the two together; check whether "
                     "these rows are February alone (they are stored as February)")
    col.raise_if_any(hint="nothing was written; fix or re-download the files listed")
    rows = []
    for (start, months), cells in sorted(spans.items()):
        for (partner, code), c in sorted(cells.items()):
            local = c.value if currency == "CNY" else None
            rows.append(
                observation(
                    source="gacc", reporter=reporter, partner=partner, flow=flow, classification="CN-8",
                    product=code, period=start, freq=_freq(start, months), months=months,
                    value_usd=c.value / cny_per_usd if currency == "CNY" and cny_per_usd else c.value,
                    value_local=local, currency="CNY" if local is not None else None,
                    valuation="CIF" if flow == "M" else "FOB", qty=c.qty, qty_unit=c.unit, net_weight_kg=c.kg,
                )
            )
    if currency == "CNY":
        notes.append(f"values in yuan (value_local, CNY) converted at {cny_per_usd:g} CNY per USD, the rate "
                     "given when loading")
    notes.append("customs regime and province breakdowns summed to partner × product × period")
    if codes:
        notes.append("GACC partner codes read: " + ", ".join(sorted(codes)[:40]))
    return rows, notes


def _header(path: Path) -> list[str]:
    """The column names, from the first line alone: pairing spans with files only needs to know which
    have a date column, and should not decode whole downloads that read_gacc then reads again."""
    try:
        cells = next(csv.reader([first_line(path, ENCODINGS)]))
    except (csv.Error, StopIteration):
        return []
    header = [c.strip().lstrip("\ufeff") for c in cells]
    while header and header[-1] == "":  # the platform's trailing comma
        header.pop()
    return header


def pair_spans(paths: Sequence[Path | str], spans: Sequence[str]) -> list[GaccFile]:
    """The downloads with their spans: the ``spans`` go, in order, to the files that have no date column."""
    files = [Path(p) for p in paths]
    undated = [p for p in files if not {"Date of data", "数据年月"} & set(_header(p))]
    if len(spans) != len(undated):
        raise ConfigError(
            f"{len(undated)} download(s) have no date column "
            f"({', '.join(p.name for p in undated) or 'none'}) but {len(spans)} span(s) were given",
            hint="give one --span FIRST..LAST per download without a date column, in the order of the files",
        )
    given = dict(zip(undated, (parse_span(s) for s in spans), strict=True))
    return [GaccFile(p, given.get(p)) for p in files]


def load_gacc(
    paths: Sequence[Path | str], *, flow: str, spans: Sequence[str] = (), cny_per_usd: float | None = None,
    vintage: dt.datetime | None = None,
) -> LoadedDataset:
    """One dataset from one or more platform downloads of one flow (read together so that
    year-to-date downloads become months)."""
    files = pair_spans(paths, spans)
    rows, notes = read_gacc(files, flow=flow, cny_per_usd=cny_per_usd)
    if not rows:
        raise ParseError(f"{', '.join(str(f.path) for f in files)}: no data rows",
                         hint="is this the right download?")
    ps = [f.path for f in files]
    when = vintage or max(dt.datetime.fromtimestamp(p.stat().st_mtime, tz=dt.UTC) for p in ps)
    return LoadedDataset(
        name=f"gacc:{flow.upper()}:" + "+".join(p.stem for p in ps)[:120], source="gacc",
        title="China customs statistics platform download(s)",
        location=", ".join(str(p.resolve()) for p in ps),
        sha256=sha256(ps), vintage=when, observations=observations_table(rows),
        scope_products=sorted({r["product"] for r in rows}), notes=notes,
    )
