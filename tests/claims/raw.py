"""Figures for the claim tests, from the raw KazooKat CSV (csv module, never through frontload), and
the look-up of one verdict by the quantity it quotes. Shared by the claim tests."""

from __future__ import annotations

import datetime as dt

from ..conftest import DATA, raw_kazookat, read_csv

TWN, KOR, MYS = "490", "410", "458"  # Comtrade partner codes (490: Taiwan, "Other Asia, nes")
D = dt.date(2026, 9, 1)  # an article date after the file's last month (2026-07)


def proc(partner: str) -> dict[str, float]:
    """US imports of processors and controllers (HS 854231) from a partner, by month."""
    return raw_kazookat("USA", "M", partner, "854231")


def highest_month(series: dict[str, float]) -> tuple[str, dt.date, str]:
    """The month with the largest value of a raw series: its key ("2025-03"), first day and name
    ("March 2025"), for claims about a series' peak."""
    top = max(series, key=lambda k: series[k])
    first = dt.date(int(top[:4]), int(top[5:]), 1)
    return top, first, first.strftime("%B %Y")


def bn(x: float, decimals: int = 2) -> str:
    return f"${x / 1e9:.{decimals}f} billion"


def by_quote(verdicts, quote):
    got = [v for v in verdicts if v.claim.quote and quote in v.claim.quote]
    assert len(got) == 1, [(v.claim.quote, v.verdict) for v in verdicts]
    return got[0]


TW_BY_COUNTRY = DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"


def taiwan_exports(year: str, country: str | None = None, hs6: str = "") -> float:
    """Taiwan customs' HS 8542 exports in USD for a year, to one destination (its Chinese name in
    the file, '香港') or to all (the World), optionally one HS6 code: the sum of the 11-digit lines."""
    return sum(
        float(r["Export Value (USD)"])
        for r in read_csv(TW_BY_COUNTRY)
        if r["Year"] == year and (country is None or r["Country"] == country) and r["HS Code"].startswith(hs6)
    )
