"""A comparison's other member or base (claims13b, batch 12's wrong definite verdicts): a bare period
after a multiple word is its base ("about double Q1"); "the year-earlier $X" is the figure a year
before the main period; a figure in brackets after an economy's name is that economy's ("Taiwan
($a), Malaysia ($b)", "Taiwan's sales exceed Malaysia's ($b)"); a possessive year right after a
multiple ("more than double 2019's $Y") is the base's period, never the multiple's. Figures from
the raw KazooKat CSV (csv module, never through frontload); sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontload.claims import frames as F
from frontload.claims.verify import check_text

from .raw import KOR, MYS, TWN, D, by_quote, proc


def _sum(partner: str, months: list[str]) -> float:
    return sum(v for k, v in proc(partner).items() if k[:7] in months)


def _q(year: int, q: int) -> list[str]:
    return [f"{year}-{m:02d}" for m in range(3 * q - 2, 3 * q + 1)]


def _h1(year: int) -> list[str]:
    return [f"{year}-{m:02d}" for m in range(1, 7)]


def _year(year: int) -> list[str]:
    return [f"{year}-{m:02d}" for m in range(1, 13)]


@pytest.mark.parametrize(
    ("word", "verdict"), [("about double", "supported"), ("more than triple", "contradicted")]
)
def test_a_bare_period_after_a_multiple_is_its_base(store, word, verdict):
    q2, q1 = _sum(KOR, _q(2026, 2)), _sum(KOR, _q(2026, 1))
    assert 1.9 < q2 / q1 < 2.1  # the raw ratio is about two, far from three
    text = f"Q2 2026 US processor imports from Korea: ${q2 / 1e9:.2f} billion, {word} Q1."
    v = by_quote(check_text(store, text, D), word)
    assert v.claim.period_start == dt.date(2026, 4, 1) and v.claim.base_start == dt.date(2026, 1, 1)
    assert v.verdict == verdict, v.explanation


def test_a_period_after_in_stays_the_multiples_own():
    s = "US processor imports from Korea about doubled in Q2 2026."
    c = next(c for c in F.read(s, D) if c.quote and "doubled" in c.quote)
    assert c.period_start == dt.date(2026, 4, 1) and c.base_start is None


@pytest.mark.parametrize(("base", "verdict"), [(None, "supported"), (5.53e9, "contradicted")])
def test_the_year_earlier_figure_is_the_year_before(store, base, verdict):
    now, then = _sum(TWN, _h1(2026)), _sum(TWN, _h1(2025))
    base = then if base is None else base
    text = (
        f"US processor imports from Taiwan were ${now / 1e9:.2f} billion in January–June 2026, "
        f"well above the year-earlier ${base / 1e9:.2f} billion."
    )
    v = by_quote(check_text(store, text, D), f"${base / 1e9:.2f} billion")
    assert v.claim.period_start == dt.date(2025, 1, 1) and v.claim.months == 6
    assert v.verdict == verdict, v.explanation
    assert "Jan–Jun 2025" in v.explanation


@pytest.mark.parametrize("wrong", [False, True])
def test_each_bracketed_list_member_is_its_own_partner(store, wrong):
    t, m, k = (_sum(p, _year(2025)) for p in (TWN, MYS, KOR))
    m_text = (m * 0.8 if wrong else m) / 1e9
    text = (
        f"Top sources of US processor imports in 2025: Taiwan (${t / 1e9:.2f} billion), "
        f"Malaysia (${m_text:.2f} billion) and Korea (${k / 1e9:.2f} billion)."
    )
    vs = check_text(store, text, D)
    vm = by_quote(vs, f"${m_text:.2f} billion")
    assert vm.claim.partner == "MYS" and "Malaysia" in vm.explanation
    # a wrong member figure is withheld: the contradiction rests on the bracket's binding
    assert vm.verdict == ("not_checkable" if wrong else "supported"), vm.explanation
    vk = by_quote(vs, f"${k / 1e9:.2f} billion")
    assert vk.claim.partner == "KOR" and vk.verdict == "supported", vk.explanation


@pytest.mark.parametrize(("scale", "verdict"), [(1.0, "supported"), (0.7, "not_checkable")])
def test_a_bracketed_possessive_figure_is_the_other_possessors(store, scale, verdict):
    m = _sum(MYS, _year(2025)) * scale
    text = f"Taiwan's processor sales to the US in 2025 exceeded Malaysia's (${m / 1e9:.2f} billion)."
    v = by_quote(check_text(store, text, D), f"${m / 1e9:.2f} billion")
    assert "MYS" in (v.claim.reporter, v.claim.partner) and "TWN" not in (v.claim.reporter, v.claim.partner)
    assert v.verdict == verdict, v.explanation


@pytest.mark.parametrize(
    ("word", "verdict"), [("more than nine times", "supported"), ("more than ten times", "contradicted")]
)
def test_a_possessive_year_after_a_multiple_is_the_bases(store, word, verdict):
    now, then = _sum(TWN, _year(2025)), _sum(TWN, _year(2019))
    assert 9 < now / then < 10
    text = (
        f"US processor imports from Taiwan in 2025 (${now / 1e9:.2f} billion) were {word} "
        f"2019's ${then / 1e9:.2f} billion."
    )
    vs = check_text(store, text, D)
    v = by_quote(vs, word)
    assert v.claim.period_start == dt.date(2025, 1, 1) and v.claim.base_start == dt.date(2019, 1, 1)
    assert v.verdict == verdict, v.explanation
    vb = by_quote(vs, f"${then / 1e9:.2f} billion")
    assert vb.claim.period_start == dt.date(2019, 1, 1) and vb.verdict == "supported", vb.explanation


def test_a_bare_base_without_a_year_is_the_span_before_the_multiples_own():
    s = "Q2 2022 US processor imports from Korea: $0.2 billion, about double Q1."
    c = next(c for c in F.read(s, D) if c.quote and "double" in c.quote)
    assert c.period_start == dt.date(2022, 4, 1) and c.base_start == dt.date(2022, 1, 1)


def test_a_possessive_month_after_a_multiple_keeps_its_own_reading():
    s = "March 2022 processor imports from Malaysia of $1.78 billion were roughly double February's."
    c = next(c for c in F.read(s, D) if c.quote and "double" in c.quote)
    assert c.period_start == dt.date(2022, 3, 1) and c.base_start == dt.date(2022, 2, 1)


def test_a_bare_base_read_in_two_pieces_is_not_taken():
    s = "In May 2026, US memory imports from Korea were 2.8 times May of last year."
    c = next(c for c in F.read(s, D) if c.quote and "times" in c.quote)
    assert c.period_start == dt.date(2026, 5, 1) and c.base_start in (None, dt.date(2025, 5, 1))
    assert c.ambiguous is None
