"""Batch 10's shapes (issue 11), each on figures from the raw KazooKat CSV (csv module, never through
frontload) and on sentences written for these tests: a bracketed year label on a comparison figure,
a base figure's own year after a change, "versus YEAR" as a change's base, the figure of a
comparison member, and "the final quarter of YYYY" (a lower bound on a quarter is never supported
by a year's total alone).
"""

from __future__ import annotations

import pytest

from frontload.claims.verify import check_text

from .raw import MYS, TWN, D, bn, by_quote, proc


def _sum(series: dict[str, float], year: str, months: range = range(1, 13)) -> float:
    return sum(series.get(f"{year}-{m:02d}", 0.0) for m in months)


@pytest.mark.parametrize("shape", ["[2024: {b}]", "(2024: {b})"])
def test_a_bracketed_year_label_is_the_figures_period(store, shape):
    tw = proc(TWN)
    a, b = _sum(tw, "2025"), _sum(tw, "2024")
    text = f"US processor imports from Taiwan came to {bn(a)} in 2025 " + shape.format(b=bn(b)) + "."
    v = by_quote(check_text(store, text, D), bn(b))
    assert v.verdict == "supported" and "2024" in v.explanation, v.explanation


def test_a_base_figures_year_after_a_change_is_the_base_not_the_period(store):
    tw = proc(TWN)
    a, b = _sum(tw, "2024"), _sum(tw, "2023")
    pct = f"{abs(a / b - 1) * 100:.1f}%"
    word = "up" if a > b else "down"
    text = f"US processor imports from Taiwan were {bn(a)} in 2024, {word} {pct} from {bn(b)} in 2023."
    v = by_quote(check_text(store, text, D), pct)
    assert v.verdict == "supported" and "2023" in v.explanation, v.explanation


@pytest.mark.parametrize("base", ["versus", "compared with", "against"])
def test_versus_a_year_is_the_changes_base(store, base):
    tw = proc(TWN)
    a, b = _sum(tw, "2025"), _sum(tw, "2021")
    pct = f"{(a / b - 1) * 100:.0f}%"
    assert a > b
    text = f"US processor imports from Taiwan rose {pct} in 2025 {base} 2021."
    v = by_quote(check_text(store, text, D), pct)
    assert v.verdict == "supported" and "on 2021" in v.explanation, v.explanation


def test_the_figure_after_a_comparison_member_is_not_the_subjects(store):
    tw, my = proc(TWN), proc(MYS)
    a, b = _sum(tw, "2025"), _sum(my, "2025")
    text = f"US processor imports from Taiwan were {bn(a)} in 2025, ahead of Malaysia at around {bn(b)}."
    verdicts = check_text(store, text, D)
    assert by_quote(verdicts, bn(a)).verdict == "supported"
    v = by_quote(verdicts, bn(b))
    assert v.verdict == "not_checkable", v.explanation


def test_the_final_quarter_of_a_year_is_its_fourth(store):
    tw = proc(TWN)
    q4 = _sum(tw, "2024", range(10, 13))
    text = f"US processor imports from Taiwan came to {bn(q4)} in the final quarter of 2024."
    v = by_quote(check_text(store, text, D), bn(q4))
    assert v.verdict == "supported" and "Q4 2024" in v.explanation, v.explanation


def test_a_lower_bound_on_a_quarter_is_not_supported_by_the_years_total(store):
    # Taiwan's own IC exports to the US are in the store by year only (twcustoms): a year above
    # the bound proves nothing about the quarter.
    text = "Taiwanese IC shipments to the US topped $1bn in the final quarter of 2024."
    v = by_quote(check_text(store, text, D), "topped $1bn")
    assert v.verdict == "consistent" and "Q4 2024" in v.explanation, v.explanation
