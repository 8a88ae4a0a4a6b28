"""A record tied by a relative clause to the figure before it ("from 2023's $8.3 billion, which was
the lowest level in N years") is that figure's record, not the period of the sentence's first
figure (branch claims13a, issue 11). Sentences written for these tests; figures from the raw file
(csv module, never through frontload)."""

from __future__ import annotations

import datetime as dt

from frontload.claims import frames
from frontload.claims.verify import check_text

from ..conftest import DATA, read_csv
from .raw import by_quote

CHN_FROM_US = (
    DATA
    / "comtrade_china_imports_from_us_8542_annual"
    / "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv"
)


def _years() -> dict[int, float]:
    return {
        int(r["refYear"]): float(r["primaryValue"])
        for r in read_csv(CHN_FROM_US)
        if r["partner2Code"] == "0" and r["cmdCode"] == "8542"
    }


def _text(y: dict[int, float], word: str, n: int) -> str:
    return (
        f"China's imports of integrated circuits from the US were ${y[2024] / 1e9:.2f} billion in 2024, "
        f"up from 2023's ${y[2023] / 1e9:.2f} billion, which was the {word} level in {n} years."
    )


def test_the_record_takes_the_clause_figure_period():
    y = _years()
    claims = frames.read(_text(y, "lowest", 5), dt.date(2025, 6, 1))
    (rec,) = [c for c in claims if c.comparison == "record"]
    assert rec.period_start == dt.date(2023, 1, 1) and rec.months == 12


def test_which_was_the_lowest_checked_on_its_year(store):
    y = _years()
    # the number of years back to the last year below 2023 (that year excluded)
    lower = max(k for k in y if k < 2023 and y[k] < y[2023])
    n = 2023 - lower
    assert y[2024] > y[2023]  # read on 2024 it would be contradicted
    vs = check_text(store, _text(y, "lowest", n), dt.date(2025, 6, 1))
    v = by_quote(vs, "lowest")
    assert v.verdict == "supported", v.explanation
    assert "2023" in v.explanation, v.explanation
