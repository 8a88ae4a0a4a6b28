"""Batch 9's shapes (issue 11), each on figures from the raw KazooKat CSV (csv module, never through
frontload) and on sentences written for these tests: the base of a possessive year, "the same
stretch of", "its 2018 purchases", the figure a change moved from, a relative clause's goods, the
economies of a list, an unbounded first and a multiple of a usual level, and "up a fifth".
"""

from __future__ import annotations

import datetime as dt

from frontload.claims.verify import check_text

from .raw import KOR, MYS, TWN, D, bn, by_quote, proc

MEM = "854232"


def _sum(series: dict[str, float], year: str, months: int = 12) -> float:
    return sum(series.get(f"{year}-{m:02d}", 0.0) for m in range(1, months + 1))


def _m(x: float) -> str:
    return f"${x / 1e6:.0f} million"


def test_the_same_stretch_of_a_year_is_the_sentences_months(store):
    tw = proc(TWN)
    a, b = _sum(tw, "2024", 9), _sum(tw, "2023", 9)
    text = (
        f"In the first nine months of 2024, US processor imports from Taiwan came to {bn(a)}, "
        f"well above the {bn(b)} of the same stretch of 2023."
    )
    v = by_quote(check_text(store, text, D), bn(b))
    assert v.verdict == "supported" and "Jan–Sep 2023" in v.explanation, v.explanation


def test_a_possessive_years_pace_is_the_base_not_the_amounts_period(store):
    tw = proc(TWN)
    ytd = _sum(tw, "2025", 8)
    text = f"Through August 2025, US processor imports from Taiwan were running well ahead of 2024's pace, at {bn(ytd)}."
    v = by_quote(check_text(store, text, D), bn(ytd))
    assert v.verdict == "supported" and "Jan–Aug 2025" in v.explanation, v.explanation


def test_its_year_purchases_after_a_multiple_is_the_base(store):
    tw = proc(TWN)
    a, b = _sum(tw, "2025"), _sum(tw, "2021")
    assert a > 2 * b
    text = f"US processor imports from Taiwan reached {bn(a)} in 2025, more than double its 2021 purchases."
    v = by_quote(check_text(store, text, D), "more than double")
    assert v.verdict == "supported" and "2021" in v.explanation, v.explanation


def test_the_figure_a_change_moved_from_is_the_year_before(store):
    tw = proc(TWN)
    a, b = _sum(tw, "2023"), _sum(tw, "2022")
    assert a > b
    text = f"US processor imports from Taiwan rose in 2023, from a low of {bn(b)}."
    v = by_quote(check_text(store, text, D), bn(b))
    assert v.verdict == "supported" and "2022" in v.explanation, v.explanation


def test_a_relative_clauses_goods_are_not_the_flows_product(store):
    tw = proc(TWN)
    a = _sum(tw, "2025")
    text = f"Taiwan, whose foundries lean on memory, sold America {bn(a)} of processors in 2025."
    v = by_quote(check_text(store, text, D), bn(a))
    assert v.verdict == "supported", v.explanation


def test_each_figure_of_a_list_is_its_demonyms(store):
    t, m, k = (proc(p)["2026-05"] for p in (TWN, MYS, KOR))
    text = (
        f"In May 2026, Taiwanese processors worth {_m(t)}, Malaysian ones worth {_m(m)} and "
        f"Korean ones worth {_m(k)} arrived in America."
    )
    vs = check_text(store, text, D)
    for x in (t, m, k):
        assert by_quote(vs, _m(x)).verdict == "supported", [v.explanation for v in vs]


def test_from_a_than_from_b_binds_the_second_figure_to_b(store):
    kr, tw = (raw_mem(p)["2026-06"] for p in (KOR, TWN))
    text = (
        "America bought more memory chips from Korea than from Taiwan in June 2026, "
        f"{_m(kr)} against {_m(tw)}."
    )
    vs = check_text(store, text, D)
    assert by_quote(vs, _m(kr)).verdict == "supported"
    assert by_quote(vs, _m(tw)).verdict == "supported", by_quote(vs, _m(tw)).explanation


def raw_mem(partner: str) -> dict[str, float]:
    from ..conftest import raw_kazookat

    return raw_kazookat("USA", "M", partner, MEM)


def test_an_unbounded_first_is_at_most_consistent(store):
    x = proc(TWN)["2026-04"]
    text = f"April 2026's processor imports from Taiwan were the first month above {_m(x * 0.9)} in the data."
    v = by_quote(check_text(store, text, D), _m(x * 0.9))
    assert v.verdict == "consistent", v.explanation


def test_a_multiple_of_a_usual_level_has_no_base(store):
    x = proc(TWN)["2026-04"]
    text = f"US processor imports from Taiwan reached {_m(x)} in April 2026, ten times their usual level."
    v = by_quote(check_text(store, text, D), "ten times")
    assert v.verdict == "not_checkable", v.explanation


def test_up_a_tenth_is_a_change(store):
    tw = proc(TWN)
    a = _sum(tw, "2025")
    text = f"US processor imports from Taiwan came to {bn(a)} in 2025, up a tenth."
    v = by_quote(check_text(store, text, dt.date(2026, 3, 1)), "up a tenth")
    assert v.claim.change_pct == 10.0 and v.verdict in ("supported", "contradicted"), v.explanation


def test_three_fifths_above_a_years_figure_is_a_change(store):
    tw = proc(TWN)
    a = _sum(tw, "2025")
    text = f"US processor imports from Taiwan came to {bn(a)} in 2025, some three-fifths above 2023's level."
    v = by_quote(check_text(store, text, dt.date(2026, 3, 1)), "three-fifths above")
    assert v.claim.change_pct == 60.0 and v.verdict in ("supported", "contradicted"), v.explanation
