"""Load a user's own export file: detect which source layout it is and read it.

Recognised: UN Comtrade CSV (Comtrade+, legacy, tidy), US Census HS10 Parquet,
Taiwan customs totals and by-destination CSVs. Anything else is refused with
the layouts frontload knows, before the store is touched.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import ConfigError, ParseError
from ..model import LoadedDataset
from . import census_files, comtrade_files, gacc, twcustoms
from ._common import first_line, observations_table, sha256

LAYOUTS = ("UN Comtrade CSV (Comtrade+, legacy or tidy), US Census HS10 Parquet, Taiwan customs CSV, "
           "China customs platform CSV (with --flow)")


def load_file(path: Path | str, *, vintage: dt.datetime | None = None, name: str | None = None,
              scope: list[str] | None = None, spans: list[str] | None = None) -> LoadedDataset:
    """A :class:`LoadedDataset` from one file; ``vintage`` defaults to the file's modification time.

    ``scope`` is the product codes the extract was asked for (default: the codes it holds),
    so that a file of two subheadings is never summed as their heading. ``spans`` (e.g.
    ``["2025-01..2025-07"]``) say which years of a Taiwan by-destination file are partial:
    that file labels January–July 2025 as "2025", indistinguishable from a whole year.
    """
    p = Path(path)
    if not p.exists():
        raise ParseError(f"file not found: {p}", file=str(p), hint="check the path")
    if p.is_dir():
        raise ParseError(f"{p} is a folder, not a file", file=str(p), hint="pass one file at a time")
    when = vintage or dt.datetime.fromtimestamp(p.stat().st_mtime, tz=dt.UTC)
    if p.suffix.lower() == ".parquet":
        rows, notes = census_files.read_census_parquet(p)
        source = "census"
    else:
        first = first_line(p, ("utf-8-sig", "gb18030", "latin-1"))
        if gacc.is_gacc_header(first):
            raise ConfigError(
                f"{p} is a China customs platform download, which does not say whether it holds imports "
                "or exports",
                hint="load it with --flow M or --flow X (and --span FIRST..LAST if it has no date column)",
            )
        if "日期" in first and "貨品號列" in first:
            rows, notes = twcustoms.read_totals(p)
            source = "twcustoms"
        elif first.lstrip("\ufeff").startswith("Year,Country,HS Code"):
            partial = {a.year: b.month - a.month + 1 for a, b in (gacc.parse_span(s) for s in spans or [])}
            rows, notes = twcustoms.read_by_destination(p, partial_years=partial)
            source = "twcustoms"
            if not partial:
                notes.append(f"{p.name}: every year read as a whole year (give --span FIRST..LAST for a "
                             "partial one, e.g. 2025-01..2025-07)")
        elif comtrade_files.layout_of(first) is not None:
            rows, notes = comtrade_files.read_comtrade(p)
            source = "comtrade"
        else:
            raise ParseError(f"{p}: unknown file layout (header starts {first.strip()[:60]!r})", file=str(p),
                             hint=f"frontload reads: {LAYOUTS}")
    if not rows:
        raise ParseError(f"{p} holds no data rows", file=str(p), hint="is this the right export?")
    products = sorted({r["product"] for r in rows})
    return LoadedDataset(
        name=name or p.stem, source=source, title=f"{source} file {p.name}", location=str(p.resolve()),
        sha256=sha256([p]), vintage=when, observations=observations_table(rows),
        scope_products=scope or products, notes=notes,
    )
