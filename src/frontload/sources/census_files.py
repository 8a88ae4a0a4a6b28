"""US Census Bureau imports by HS10 line, as saved from the international trade API.

The bundled files (``data/us_tariff_tracker_tradewartracker/us_2024_hs10_imports_by_country``)
are one Parquet file per partner, written by the tradewartracker project from the
Census ``intltrade/imports/hs`` endpoint: ``CON_VAL_YR`` is the year-to-date
*consumption* value (imports for consumption, customs value, USD) at December,
so a December row is the calendar-year total. Partners are Census schedule C
codes (5700 China, 5830 Taiwan), mapped to ISO3.

The flow is recorded as ``M`` with valuation ``customs``: Census consumption
imports exclude goods entering bonded warehouses and foreign-trade zones, so
they differ from Census general imports and from Comtrade's CIF figures for
the USA. The query layer never mixes sources in one series.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..codes import countries
from ..errors import CodeError, ParseError
from ._common import Collector, observation

_REQUIRED = ("CTY_CODE", "I_COMMODITY", "CON_VAL_YR", "time")


def read_census_parquet(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Canonical rows (one per HS10 line and year) from one Census HS10 Parquet file."""
    try:  # strings are decoded by to_pylist, so a damaged file can fail there too
        table = pq.read_table(path)
        missing = [c for c in _REQUIRED if c not in table.column_names]
        records = [] if missing else table.select(list(_REQUIRED)).to_pylist()
    except (OSError, KeyError, UnicodeDecodeError, OverflowError, ValueError, pa.ArrowException) as exc:
        # KeyError: a column name twice; OverflowError/ValueError: a date pyarrow holds and Python cannot
        raise ParseError(
            f"cannot read {path} as Parquet: {exc}",
            file=str(path),
            hint="expected a Parquet file saved from the Census intltrade API",
        ) from exc
    if missing:
        raise ParseError(
            f"{path} lacks Census column(s) {', '.join(missing)}",
            file=str(path),
            hint="expected CTY_CODE, I_COMMODITY, CON_VAL_YR and time (Census API names)",
        )
    col = Collector(path, "Census HS10 rows")
    out: list[dict[str, Any]] = []
    skipped_nonyear = 0
    for i, r in enumerate(records, start=1):
        when = r["time"]
        if not isinstance(when, dt.datetime | dt.date):
            col.add("not a date", i, "time", when)
            continue
        if when.month != 12:
            # CON_VAL_YR is year-to-date: only December is a full year. Other months are
            # cumulative and cannot be stored as a 12-month value.
            skipped_nonyear += 1
            continue
        try:
            partner = countries.from_census(r["CTY_CODE"])
        except CodeError:
            col.add("unknown Census country code", i, "CTY_CODE", r["CTY_CODE"])
            continue
        code = col.code(r, "I_COMMODITY", i, length=10)
        if code is None:
            continue
        value = col.number(r, "CON_VAL_YR", i)
        if value is None:
            continue
        out.append(
            observation(
                source="census",
                reporter="USA",
                partner=partner,
                flow="M",
                classification="US-HTS",
                product=code,
                period=dt.date(when.year, 1, 1),
                freq="A",
                months=12,
                value_usd=value,
                valuation="customs",
            )
        )
    col.raise_if_any()
    notes = [f"{path.name}: imports for consumption (CON_VAL_YR at December = calendar year)"]
    if skipped_nonyear:
        notes.append(f"{path.name}: skipped {skipped_nonyear} year-to-date row(s) before December")
    return out, notes
