"""Look-ups in the raw bundled CSV files, used to write the `truth` of blind labels.

Why: every label's figure must be traceable to rows of a raw file, computed without
frontload's own code (the code under test). This reads the files with pandas only.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parents[2] / "src" / "frontload" / "data"  # the author's copy of blind/truth.py, pointed at the repo by the lead
KAZ = "comtrade_monthly_semis_kazookat/comtrade_monthly_semis_kazookat.csv"
TWC = "taiwan_customs_8542_exports_by_destination/taiwan_exports_by_country_2013_2025.csv"
CHN = "comtrade_china_imports_from_us_8542_annual/china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv"
WLD = "comtrade_8542_exports_world_all_reporters/ic_exports_world_HS8542_raw.csv"
SEMI = "semi_equipment_billings_transcribed/semi_equipment_billings_by_region.csv"
PARTNER = {"TW": "Other Asia, nes", "KR": "Rep. of Korea", "VN": "Viet Nam"}
TW_DEST = {
    "China": "中國大陸",
    "Hong Kong": "香港",
    "US": "美國",
    "Singapore": "新加坡",
    "Korea": "南韓",
    "Japan": "日本",
    "Malaysia": "馬來西亞",
    "Vietnam": "越南",
    "India": "印度",
    "Mexico": "墨西哥",
    "Thailand": "泰國",
    "Philippines": "菲律賓",
    "Germany": "德國",
}


@cache
def kaz() -> pd.DataFrame:
    return pd.read_csv(DATA / KAZ)


def k(reporter: str, partner: str, cmd: int, months: list[str]) -> float:
    """Sum of value_usd (USD) over the months ('2025-01') of one KazooKat series."""
    d = kaz()
    p = PARTNER.get(partner, partner)
    rows = d[(d.reporter == reporter) & (d.partner == p) & (d.cmd_code == cmd) & d.date.str[:7].isin(months)]
    if len(rows) != len(months):
        raise ValueError(f"{reporter} {partner} {cmd}: {len(rows)} rows for {len(months)} months")
    return float(rows.value_usd.sum())


def months(first: str, last: str) -> list[str]:
    return [p.strftime("%Y-%m") for p in pd.period_range(first, last, freq="M")]


@cache
def twc() -> pd.DataFrame:
    c = pd.read_csv(DATA / TWC)
    c.columns = ["Year", "Country", "HS", "Desc", "USD"]
    return c


def tw(dest: str | None, year: int) -> float:
    """Taiwan customs 8542 exports (USD) to a destination (None = all destinations = World)."""
    c = twc()
    c = c[c.Year == year]
    if dest is not None:
        c = c[c.Country == TW_DEST[dest]]
    return float(c.USD.sum())


def china_from_us(year: int) -> float:
    c = pd.read_csv(DATA / CHN)
    return float(c[(c.refYear == year) & (c.partner2Code == 0)].primaryValue.iloc[0])


@cache
def wld() -> pd.DataFrame:
    r = pd.read_csv(DATA / WLD, dtype=str, encoding="latin-1", index_col=False)
    r["v"] = r.primaryValue.astype(float)
    return r


def world(reporter: str | None, year: int) -> float:
    """All-reporters 8542 exports to World (USD); reporter None = sum of all reporters."""
    r = wld()
    r = r[r.refYear == str(year)]
    if reporter is not None:
        r = r[r.reporterDesc == reporter]
    return float(r.v.sum())


def semi(period: str, region: str) -> float:
    s = pd.read_csv(DATA / SEMI)
    return float(s[(s.period == period) & (s.region == region)].billings_usd_bn.iloc[0])


CENSUS = "us_tariff_tracker_tradewartracker/us_2024_hs10_imports_by_country"


@cache
def census_frame() -> pd.DataFrame:
    files = sorted((DATA / CENSUS).glob("*.parquet"))
    return pd.concat([pd.read_parquet(f) for f in files])


def census(country: str, hs_prefix: str) -> float:
    """US imports for consumption 2024 (USD) from a Census partner, summed over HS10 lines."""
    d = census_frame()
    return float(d[(d["CTY_NAME"] == country) & d["HS10"].str.startswith(hs_prefix)].imports.sum())


def reported(folder_file: str, **match: str) -> list[dict[str, str]]:
    """Rows of a transcribed CSV whose columns equal the given values."""
    import csv

    with open(DATA / folder_file, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = [r for r in rows if all(r.get(k) == v for k, v in match.items())]
    if not out:
        raise ValueError(f"no row in {folder_file} with {match}")
    return out
