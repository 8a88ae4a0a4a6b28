"""A record of the series written with its period unit (claims12c): "a monthly high", "a monthly
high for the series", "the biggest month for US processor imports in the series". Read as "the
highest in the series": consistent when the month is the series' highest (the data start in 2016,
so an all-time record is not provable), contradicted when another month is higher; a year's peak
named in retrospect ("their 2021 peak of $16.8bn") against earlier and later years; a period scoped
to a year ("the weakest quarter of the year") is no series record. Figures from the raw KazooKat
CSV (csv module, never through frontload); sentences written for these tests.
"""

from __future__ import annotations

import pytest

from frontload.claims import frames as F
from frontload.claims.verify import check_text

from ..conftest import raw_kazookat
from .raw import KOR, D, by_quote, highest_month, proc


def _memory_kor() -> dict[str, float]:
    return raw_kazookat("USA", "M", KOR, "854232")


@pytest.mark.parametrize("phrase", ["a monthly high", "a monthly high for the series"])
def test_the_series_highest_month_is_a_monthly_high(store, phrase):
    _, _, name = highest_month(_memory_kor())
    text = f"US memory imports from Korea peaked in {name}, {phrase}."
    v = by_quote(check_text(store, text, D), phrase)
    assert v.claim.comparison == "record" and v.verdict == "consistent", v.explanation


def test_a_lower_month_is_no_monthly_high(store):
    series = _memory_kor()
    top, _, _ = highest_month(series)
    rest = {k: v for k, v in series.items() if k != top}
    _, _, second = highest_month(rest)
    text = f"US memory imports from Korea rose in {second}, a monthly high."
    v = by_quote(check_text(store, text, D), "a monthly high")
    assert v.verdict == "contradicted", v.explanation


def test_the_biggest_month_in_the_series(store):
    _, _, name = highest_month(proc("0"))
    phrase = "the biggest month for US processor imports in the series"
    v = by_quote(check_text(store, f"{name} remains {phrase}.", D), phrase)
    assert v.verdict == "consistent", v.explanation


def test_a_period_scoped_to_a_year_is_no_series_record():
    s = "The third quarter was the weakest quarter of the year for US processor imports."
    assert not [m for m in F._mentions(s, s)[0] if m.kind == "record"]
    s2 = "US memory imports from Korea set a monthly high of the year in June."
    assert not [m for m in F._mentions(s2, s2)[0] if m.kind == "record"]


def _year(series: dict[str, float], year: str) -> float:
    return sum(v for k, v in series.items() if k.startswith(year))


def test_a_years_peak_of_a_figure_is_that_years_record(store):
    # "their 2021 peak of $X" in a sentence about 2025: the record is 2021's, not 2025's
    mys = proc("458")
    years = sorted({k[:4] for k in mys if k[:4] <= "2025"})
    full = [y for y in years if sum(1 for k in mys if k.startswith(y)) == 12]
    top = max(full, key=lambda y: _year(mys, y))
    other = next(y for y in full if y != top and _year(mys, y) < _year(mys, top))
    base = "US processor imports from Malaysia in 2025 were below their {y} peak of ${v:.1f}bn."
    right = base.format(y=top, v=_year(mys, top) / 1e9)
    v = by_quote(check_text(store, right, D), "peak")
    assert v.claim.period_start is not None and v.claim.period_start.year == int(top)
    assert v.verdict == "consistent", v.explanation
    # an earlier year named as the peak is beaten by a later one: the peak is read in retrospect
    assert other < top
    wrong = base.format(y=other, v=_year(mys, other) / 1e9)
    w = by_quote(check_text(store, wrong, D), "peak")
    assert w.verdict == "contradicted", w.explanation
