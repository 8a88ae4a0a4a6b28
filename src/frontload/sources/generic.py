"""Any CSV, Parquet or XLSX table, read through a small mapping file that says which column is what.

The mapping is TOML::

    source = "mycustoms"          # required: the name the data go by in the store
    [columns]                     # a column name, or a fixed value written "=VALUE"
    reporter = "=CHN"             # country names/codes of any kind frontload knows
    partner = "origin_country"
    flow = "=M"
    product = "hs_code"
    period = "month"              # YYYY, YYYY-MM, YYYYMM or YYYYQn
    value = "value_k_usd"
    [units]
    scale = 1000                  # multiply values by this (thousand USD → USD)
    currency = "USD"              # only USD is converted today; others are refused
    months = 1                    # months each row covers when periods are months (2 for Jan–Feb)

An ``.xlsx`` workbook is read from its first sheet (or ``sheet = "NAME"`` at the top of the
mapping), header in the first row; date cells are read as their month (YYYY-MM). It needs the
``openpyxl`` package (``pip install 'frontload[xlsx]'``).

Every row is checked; problems are listed with file, line (spreadsheet row) and column, and
nothing is written until the whole file reads cleanly.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..codes import countries
from ..errors import CodeError, ConfigError, ParseError, QueryError
from ..model import FREQS, LoadedDataset, parse_period
from ._common import MAX_CODE_DIGITS, Collector, csv_rows, observation, observations_table, sha256

REQUIRED = ("reporter", "partner", "flow", "product", "period", "value")


def read_mapping(path: Path) -> dict[str, Any]:
    try:
        m = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"cannot read the mapping file {path}: {exc}", hint="see frontload.sources.generic for the format"
        ) from exc
    cols = m.get("columns", {})
    missing = [k for k in REQUIRED if k not in cols]
    if "source" not in m or missing:
        raise ConfigError(
            f"mapping {path} lacks {', '.join((['source'] if 'source' not in m else []) + missing)}",
            hint="every mapping names the source and the columns " + ", ".join(REQUIRED),
        )
    units = m.get("units", {})
    if units.get("currency", "USD") != "USD":
        raise ConfigError(
            f"mapping {path}: currency {units['currency']!r} is not supported yet",
            hint="convert to US dollars first (frontload stores value_usd)",
        )
    return m


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.datetime | dt.date):
        return f"{v:%Y-%m}"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _xlsx_records(path: Path, sheet: str | None) -> tuple[list[str], Any]:
    try:
        import openpyxl
    except ImportError:
        raise ConfigError(
            f"reading {path.name} needs the openpyxl package, which is not installed",
            hint="pip install 'frontload[xlsx]' (or save the sheet as CSV)",
        ) from None
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError and its own errors for a bad file
        raise ConfigError(f"cannot open {path} as an Excel workbook: {exc}",
                          hint="is it an .xlsx file (not .xls or a renamed CSV)?") from exc
    try:  # a read-only workbook keeps its file open until closed, also when we refuse it
        if sheet is not None and sheet not in wb.sheetnames:
            raise ConfigError(f"{path.name} has no sheet {sheet!r}",
                              hint=f"sheets: {', '.join(wb.sheetnames)}")
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = [_cell(h).strip() for h in next(rows, ())]
        data = [(i, {h: _cell(v).strip() for h, v in zip(header, r, strict=False) if h})
                for i, r in enumerate(rows, start=2) if any(v is not None for v in r)]
    finally:
        wb.close()
    return header, iter(data)


def _records(path: Path, sheet: str | None = None) -> tuple[list[str], Any]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _xlsx_records(path, sheet)
    if path.suffix.lower() == ".parquet":
        try:
            t = pq.read_table(path)
        except (OSError, pa.ArrowException) as exc:  # an empty, truncated or damaged file
            raise ParseError(f"cannot read {path} as Parquet: {exc}", file=str(path),
                             hint="is it a whole Parquet file? save it again, or export CSV") from exc
        try:  # strings are decoded here, so a damaged file can fail only now
            pylist = t.to_pylist()
        except (UnicodeDecodeError, OverflowError, ValueError, pa.ArrowException) as exc:  # dates past 9999
            raise ParseError(f"cannot read the cells of {path}: {exc}", file=str(path),
                             hint="is it a whole Parquet file? save it again, or export CSV") from exc
        recs = (
            (i + 2, {k: "" if v is None else str(v) for k, v in r.items()})
            for i, r in enumerate(pylist)
        )
        return t.column_names, recs
    return csv_rows(path)


def load_generic(
    path: Path | str, mapping: Path | str, *, vintage: dt.datetime | None = None
) -> LoadedDataset:
    p, mp = Path(path), Path(mapping)
    m = read_mapping(mp)
    cols: dict[str, str] = m["columns"]
    header, recs = _records(p, m.get("sheet"))
    absent = [f"{k} → {v}" for k, v in cols.items() if not str(v).startswith("=") and v not in header]
    if absent:
        raise ConfigError(
            f"{p} lacks the column(s) the mapping names: {', '.join(absent)}",
            hint=f"columns in the file: {', '.join(header[:15])}",
        )
    scale = float(m.get("units", {}).get("scale", 1))
    months_per = int(m.get("units", {}).get("months", 1))
    col = Collector(p, f"rows mapped by {mp.name}")
    out = []

    def get(rec: dict[str, str], key: str) -> str:
        spec = str(cols[key])
        return spec[1:] if spec.startswith("=") else (rec.get(spec) or "").strip()

    for i, r in recs:
        try:
            reporter = countries.iso3(get(r, "reporter"))
            partner = countries.iso3(get(r, "partner"))
        except CodeError as exc:
            col.add(exc.message, i, cols["reporter"] if "reporter" in exc.message else cols["partner"])
            continue
        flow = get(r, "flow").upper()
        if flow not in ("M", "X", "RM", "RX"):
            col.add("flow must be M, X, RM or RX", i, cols["flow"], flow)
            continue
        product = get(r, "product").replace(".", "")
        if not (product.isascii() and product.isdigit()) or len(product) > MAX_CODE_DIGITS:
            col.add("product must be an HS code", i, cols["product"], product)
            continue
        try:
            period, freq = parse_period(get(r, "period"))
        except QueryError:
            col.add("unreadable period", i, cols["period"], get(r, "period"))
            continue
        value = col.number({cols["value"]: get(r, "value")}, cols["value"], i)
        if value is None:
            continue
        months = months_per if freq == "M" else FREQS[freq]
        out.append(
            observation(
                source=str(m["source"]),
                reporter=reporter,
                partner=partner,
                flow=flow,
                classification=m.get("classification", "HS"),
                product=product,
                period=period,
                freq=freq,
                months=months,
                value_usd=value * scale,
                valuation=m.get("valuation"),
            )
        )
    col.raise_if_any()
    if not out:
        raise ParseError(f"{p} holds no data rows", file=str(p), hint="is this the right file?")
    when = vintage or dt.datetime.fromtimestamp(p.stat().st_mtime, tz=dt.UTC)
    return LoadedDataset(
        name=f"{m['source']}:{p.name}",
        source=str(m["source"]),
        title=f"{p.name} mapped by {mp.name}",
        location=str(p.resolve()),
        sha256=sha256([p, mp]),
        vintage=when,
        observations=observations_table(out),
        scope_products=sorted({r["product"] for r in out}),
        notes=[f"mapping {mp.name}: scale {scale:g}, {months_per} month(s) per monthly row"],
    )
