"""Changes written around their number (claims12c): a fraction after a change noun ("a slump of a
third"), a fraction before a comparative and its "than" ("a third less than in 2024"), "by a
third" after the clause's verb ("fell again in January-July, by roughly a third"), and a
percentage before a comparative ("close to 90 per cent more than", "23 per cent ahead of last
year's pace"). A comparative whose "than" names another economy compares two economies and gets
no definite verdict. Also: the period right after an earlier base figure ("from $1.1bn in 2024")
is the base of a trailing change, and "than in the first quarter" names the base quarter. Figures
from the raw KazooKat CSV (csv module, never through frontload); sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontload.claims import frames as F
from frontload.claims.verify import check_text

from .raw import KOR, D, by_quote, proc

WORLD, CHN, VNM = "0", "156", "704"


def _sum(series: dict[str, float], first: str, last: str) -> float:
    return sum(v for k, v in series.items() if first <= k <= last)


def _change(series: dict[str, float], now: tuple[str, str], then: tuple[str, str]) -> float:
    return 100 * (_sum(series, *now) / _sum(series, *then) - 1)


KOR_25 = (("2025-01", "2025-12"), ("2024-01", "2024-12"))
CHN_YTD = (("2026-01", "2026-07"), ("2025-01", "2025-07"))


def test_the_raw_figures_are_about_a_third_down():
    # the sentences below say "a third": the raw changes must be within the fraction's 2.5 points
    assert abs(_change(proc(KOR), *KOR_25) + 100 / 3) < 2.5
    assert abs(_change(proc(CHN), *CHN_YTD) + 100 / 3) < 2.5


@pytest.mark.parametrize(
    ("noun", "verdict"),
    [
        ("a slump of a third", "supported"),
        ("a gain of a third", "contradicted"),
        ("a fall of a fifth", "contradicted"),
    ],
)
def test_a_change_noun_with_a_fraction_is_a_change(store, noun, verdict):
    text = f"US processor imports from Korea shrank in 2025, {noun}."
    v = by_quote(check_text(store, text, D), noun.split(" of ")[1])
    assert v.claim.change_pct is not None and v.verdict == verdict, v.explanation


@pytest.mark.parametrize(
    ("comp", "verdict"), [("a third less", "supported"), ("a third more", "contradicted")]
)
def test_a_fraction_before_a_comparative_is_a_change(store, comp, verdict):
    text = f"The US bought {comp} processors from Korea in 2025 than in 2024."
    v = by_quote(check_text(store, text, D), comp)
    assert v.verdict == verdict, v.explanation
    assert v.claim.period_start == dt.date(2025, 1, 1)


def test_a_fraction_more_than_another_economy_is_not_checked_as_a_change(store):
    text = "The US bought a third more processors from Korea in 2025 than from Malaysia."
    v = by_quote(check_text(store, text, D), "a third more")
    assert v.verdict not in ("supported", "contradicted"), v.explanation


@pytest.mark.parametrize(("verb", "verdict"), [("fell", "supported"), ("rose", "contradicted")])
def test_by_a_fraction_after_the_clauses_verb(store, verb, verdict):
    text = f"US processor imports from China {verb} again in January-July 2026, by roughly a third."
    v = by_quote(check_text(store, text, D), "roughly a third")
    assert v.claim.change_pct is not None and v.verdict == verdict, v.explanation


def test_by_a_fraction_without_a_verb_is_not_a_change():
    s = "Taiwan's share was cut by a third."  # "cut" is no direction word the reader knows
    got = [m for m in F._mentions(s, s)[0] if m.kind == "change"]
    assert not got


def test_a_trailing_change_takes_the_level_reached_not_the_base_figures_year(store):
    kor = proc(KOR)
    now, then = _sum(kor, *KOR_25[0]), _sum(kor, *KOR_25[1])
    text = (
        f"US processor imports from Korea fell to ${now / 1e9:.2f}bn last year from "
        f"${then / 1e9:.2f}bn in 2024, a drop of a third."
    )
    v = by_quote(check_text(store, text, D), "a third")
    assert v.verdict == "supported", v.explanation
    assert v.claim.period_start == dt.date(2025, 1, 1)


def _pct(x: float) -> str:
    return f"{x:.0f} per cent"


def test_a_percentage_ahead_of_last_years_pace(store):
    up = _change(proc(WORLD), *CHN_YTD)
    right = f"US processor imports in January-July 2026 ran {_pct(up)} ahead of last year's pace."
    v = by_quote(check_text(store, right, D), _pct(up))
    assert v.verdict == "supported", v.explanation
    wrong = f"US processor imports in January-July 2026 ran {_pct(up + 12)} ahead of last year's pace."
    w = by_quote(check_text(store, wrong, D), _pct(up + 12))
    assert w.verdict == "contradicted", w.explanation


def test_close_to_is_a_qualifier_not_a_level(store):
    up = _change(proc(VNM), *CHN_YTD)
    assert 81 < up < 90  # "close to 90 per cent" means 81 to 90.5
    text = "US processor imports from Vietnam in January-July 2026 were close to 90 per cent more than a year earlier."
    v = by_quote(check_text(store, text, D), "90 per cent")
    assert v.verdict == "supported", v.explanation
    low = "US processor imports from Vietnam in January-July 2026 were close to 60 per cent more than a year earlier."
    w = by_quote(check_text(store, low, D), "60 per cent")
    assert w.verdict == "contradicted", w.explanation


def test_a_percentage_more_than_another_economy_is_not_checked_as_a_change(store):
    text = "US processor imports from Vietnam in January-July 2026 were 50 per cent more than Malaysia's."
    v = by_quote(check_text(store, text, D), "50 per cent")
    assert v.verdict not in ("supported", "contradicted") and "two economies" in v.explanation


def test_than_in_the_first_quarter_names_the_base_quarter(store):
    world = proc(WORLD)
    q2, q1 = _sum(world, "2026-04", "2026-06"), _sum(world, "2026-01", "2026-03")
    drop = 100 * (1 - q2 / q1)
    text = f"US processor imports in the second quarter of 2026 were {drop:.1f}% lower than in the first quarter."
    v = by_quote(check_text(store, text, D), f"{drop:.1f}%")
    assert v.claim.base_start == dt.date(2026, 1, 1) and v.verdict == "supported", v.explanation
