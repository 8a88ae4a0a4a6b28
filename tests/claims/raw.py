"""Figures for the claim tests, from the raw KazooKat CSV (csv module, never through frontload), and
the look-up of one verdict by the quantity it quotes. Shared by the claim tests."""

from __future__ import annotations

import datetime as dt

from ..conftest import raw_kazookat

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
