"""Look-ups for batch 3's truths, on top of `blind/truth.py` (pandas over the raw files only).

Why: batch 3's labels need monthly series, streaks, maxima and shares that `truth.py` does not
compute; keeping them here leaves `truth.py` as the other batches used it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import truth as T

CMD = {"proc": 854231, "mem": 854232}


def ser(reporter: str, partner: str, what: str) -> pd.Series:
    """One KazooKat monthly series in USD, indexed '2025-01'."""
    d = T.kaz()
    p = T.PARTNER.get(partner, partner)
    s = d[(d.reporter == reporter) & (d.partner == p) & (d.cmd_code == CMD[what])]
    out = s.set_index(s.date.str[:7]).value_usd.astype(float)
    return out.sort_index()


def us(partner: str, what: str, first: str, last: str | None = None) -> float:
    """US imports (USD) from a partner of processors/memories over first..last months."""
    return T.k("USA", partner, CMD[what], T.months(first, last or first))


def xp(reporter: str, what: str, first: str, last: str | None = None) -> float:
    """KOR/JPN/MYS exports to World (USD) over first..last months."""
    return T.k(reporter, "World", CMD[what], T.months(first, last or first))


def year(reporter: str, partner: str, what: str, y: int) -> float:
    return T.k(reporter, partner, CMD[what], T.months(f"{y}-01", f"{y}-12"))


def streak_above(reporter: str, partner: str, what: str, level: float, last: str) -> int:
    """Consecutive months ending at `last` with value above `level` (USD)."""
    s = ser(reporter, partner, what)
    s = s[s.index <= last]
    n = 0
    for v in reversed(s.tolist()):
        if v > level:
            n += 1
        else:
            break
    return n


def last_higher(reporter: str, partner: str, what: str, month: str) -> str | None:
    """The latest month before `month` whose value was at least `month`'s (the 'most since')."""
    s = ser(reporter, partner, what)
    v = s[month]
    before = s[(s.index < month) & (s >= v)]
    return before.index.max() if len(before) else None


def last_lower(reporter: str, partner: str, what: str, month: str) -> str | None:
    s = ser(reporter, partner, what)
    v = s[month]
    before = s[(s.index < month) & (s <= v)]
    return before.index.max() if len(before) else None


def bn(x: float) -> str:
    return f"USD {x / 1e9:.3f} bn"


def mn(x: float) -> str:
    return f"USD {x / 1e6:.1f} m"


def pct(a: float, b: float) -> float:
    return (a / b - 1) * 100


def twp(dest: str, y: int, hs6: str) -> float:
    """Taiwan customs exports (USD) to a destination in a year, summed over the 11-digit lines of one HS6."""
    c = T.twc()
    c = c[(c.Year == y) & (c.Country == T.TW_DEST[dest]) & c.HS.astype(str).str.startswith(hs6)]
    return float(c.USD.sum())
