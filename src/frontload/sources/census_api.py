"""US Census Bureau international trade API: imports and exports by HS code and country.

Endpoints ``https://api.census.gov/data/timeseries/intltrade/{imports|exports}/hs``.
The response is a JSON array of arrays whose first row is the header; predicate
variables (``time``, ``COMM_LVL``) come back as columns. The key, when
``CENSUS_API_KEY`` is set, is a query parameter: frontload redacts it from every
URL it shows or stores. An empty result is HTTP 204 with no body.

Values: imports for consumption (``CON_VAL_MO`` / ``CON_VAL_YR``, customs value)
to match the bundled Census extracts; exports total (``ALL_VAL_MO`` /
``ALL_VAL_YR``, f.a.s. value). Annual requests ask for December's year-to-date
field, which is the calendar year. Country codes are Census schedule C codes;
``-`` is the total (World); grouping codes (``0003`` EU, ``1XXX`` North America…)
are dropped with a note so nothing is double counted.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass

from ..codes import countries
from ..errors import CodeError, ParseError
from ..model import LoadedDataset
from ._common import observation, observations_table
from .http import Fetched, HttpClient, fetch_note

BASE = "https://api.census.gov/data/timeseries/intltrade"
_FIELDS = {"M": ("imports", "I_COMMODITY", "CON_VAL"), "X": ("exports", "E_COMMODITY", "ALL_VAL")}


@dataclass(frozen=True)
class CensusRequest:
    product: str  # HS code, 2–10 digits
    flow: str = "M"
    freq: str = "M"  # M monthly, A annual (December year to date)
    start: dt.date = dt.date(2024, 1, 1)
    end: dt.date = dt.date(2024, 12, 1)
    partner: str | None = None  # ISO3; None = every country
    level: int | None = None  # digits of the codes to return (default: the product's own level)

    def params(self) -> dict[str, str]:
        _, comm, val = _FIELDS[self.flow]
        suffix = "MO" if self.freq == "M" else "YR"
        p = {
            "get": f"CTY_CODE,CTY_NAME,{comm},{val}_{suffix}",
            "COMM_LVL": f"HS{self.level or len(self.product)}",
            comm: self.product if not self.level or self.level == len(self.product) else f"{self.product}*",
        }
        if self.freq == "M":
            p["time"] = f"from {self.start:%Y-%m} to {self.end:%Y-%m}"
        else:
            p["time"] = ",".join(f"{y}-12" for y in range(self.start.year, self.end.year + 1))
        if self.partner:
            p["CTY_CODE"] = countries.to_census(self.partner)
        return p

    @property
    def url(self) -> str:
        return f"{BASE}/{_FIELDS[self.flow][0]}/hs"


def parse(f: Fetched, req: CensusRequest) -> tuple[list[dict], list[str]]:
    if f.status == 204 or not f.body.strip():
        return [], [f"{f.url}: no data (HTTP 204)"]
    try:
        table = json.loads(f.body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ParseError(
            f"Census answered with something that is not JSON (starts {f.body[:60]!r})",
            file=f.url,
            hint="the API may be down, or the request was malformed",
        ) from exc
    if not isinstance(table, list) or not table or not isinstance(table[0], list):
        raise ParseError("Census response is not an array of rows with a header", file=f.url)
    header = table[0]
    _, comm, val = _FIELDS[req.flow]
    value_col = f"{val}_{'MO' if req.freq == 'M' else 'YR'}"
    missing = [c for c in ("CTY_CODE", comm, value_col, "time") if c not in header]
    if missing:
        raise ParseError(
            f"Census response lacks column(s) {', '.join(missing)}: the API's columns changed",
            file=f.url,
            hint=f"header was {header}",
        )
    ix = {c: header.index(c) for c in header}
    out: list[dict] = []
    groups: set[str] = set()
    unknown: set[str] = set()
    for row in table[1:]:
        code = str(row[ix["CTY_CODE"]]).strip()
        if code == "-":
            partner = "WLD"
        elif "X" in code or code.startswith("00"):
            groups.add(code)
            continue
        else:
            try:
                partner = countries.from_census(code)
            except CodeError:
                unknown.add(code)
                continue
        year, month = (int(x) for x in str(row[ix["time"]]).split("-")[:2])
        try:
            value = float(row[ix[value_col]])
        except (TypeError, ValueError) as exc:
            raise ParseError(f"Census value {row[ix[value_col]]!r} is not a number", file=f.url) from exc
        if req.freq == "A":
            if month != 12:
                continue
            period, months, freq = dt.date(year, 1, 1), 12, "A"
        else:
            period, months, freq = dt.date(year, month, 1), 1, "M"
        out.append(
            observation(
                source="census",
                reporter="USA",
                partner=partner,
                flow=req.flow,
                classification="US-HTS" if req.flow == "M" else "US-ScheduleB",
                product=str(row[ix[comm]]),
                period=period,
                freq=freq,
                months=months,
                value_usd=value,
                valuation="customs" if req.flow == "M" else "FAS",
            )
        )
    notes = []
    if groups:
        notes.append(f"dropped country groupings {', '.join(sorted(groups))} (they double count countries)")
    if unknown:
        notes.append(
            f"skipped Census country codes not in frontload's crosswalk: {', '.join(sorted(unknown))}"
        )
    return out, notes


def fetch(
    req: CensusRequest, client: HttpClient, *, key: str | None = None, refresh: bool = False
) -> Iterator[LoadedDataset]:
    """One LoadedDataset for the request; ``refresh`` asks again instead of reading the saved response."""
    key = key if key is not None else os.environ.get("CENSUS_API_KEY")
    params = req.params()
    if key:
        params["key"] = key
    f = client.get(req.url, params, secrets={"key": key} if key else None, refresh=refresh)
    try:
        rows, notes = parse(f, req)
    except ParseError:
        client.reject(f)  # the next run asks again rather than failing on the same saved bytes
        raise
    yield LoadedDataset(
        name=f"census_api:{req.flow}:{req.freq}:{req.product}:{req.partner or 'all'}",
        source="census",
        title="US Census international trade API",
        location=f.url,
        sha256=f.sha256,
        vintage=f.fetched_at,
        observations=observations_table(rows) if rows else None,
        scope_products=[req.product],
        notes=[*notes, fetch_note(f)],
    )
