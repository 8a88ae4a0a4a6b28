"""Shares written as fractions (claims11c): the rarer fractions of a total ("a sixth of", "more than
two-fifths of", "barely a seventh of"), the level a share reached written as a fraction ("the share
climbed to about three-tenths"). Figures from the raw KazooKat CSV (csv module, never through
frontload); sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontload.claims import frames as F
from frontload.claims import parse as P
from frontload.claims.verify import check_text

from .raw import MYS, TWN, D, by_quote, proc

WORLD = "0"


def _share(partner: str, year: str) -> float:
    """The partner's share (in %) of US processor imports in a calendar year, from the raw CSV."""
    part, world = proc(partner), proc(WORLD)
    return (
        100
        * sum(v for k, v in part.items() if k.startswith(year))
        / sum(v for k, v in world.items() if k.startswith(year))
    )


@pytest.mark.parametrize(
    ("words", "value"),
    [("a sixth", 100 / 6), ("a seventh", 100 / 7), ("two-fifths", 40.0), ("nine-tenths", 90.0)],
)
def test_the_rarer_fractions_are_read_as_shares(words, value):
    sh = P._share(f"Taiwan took {words} of the island's exports")
    assert sh is not None and sh[0] == pytest.approx(value) and sh[2] == 2.5


def test_more_than_a_fraction_of_a_total_is_a_bound(store):
    mys = _share(MYS, "2024")
    assert 25 < mys < 40  # the raw figure sits between the two fractions
    verdicts = check_text(
        store,
        "Malaysia accounted for more than a quarter of US processor imports in 2024. "
        "Malaysia accounted for more than two-fifths of US processor imports in 2024.",
        D,
    )
    got = [v.verdict for v in verdicts if v.claim.comparison == "share"]
    assert got == ["supported", "contradicted"], [(v.claim.quote, v.verdict, v.explanation) for v in verdicts]


@pytest.mark.parametrize(
    ("words", "verdict"), [("about three-tenths", "supported"), ("about a sixth", "contradicted")]
)
def test_a_share_level_written_as_a_fraction(store, words, verdict):
    tw = _share(TWN, "2025")
    assert abs(tw - 30) <= 2.5 and abs(tw - 100 / 6) > 2.5
    text = f"Taiwan's share of US processor imports climbed to {words} in 2025."
    v = by_quote(check_text(store, text, D), words)
    assert v.claim.comparison == "share" and v.verdict == verdict, v.explanation


def test_barely_a_fraction_is_about_not_a_bound():
    sh = P._share("Korea took barely a seventh of the total")
    assert sh is not None and sh[1] is None and sh[2] == 2.5


def test_a_fraction_after_to_without_a_share_word_is_no_share_level():
    claims = F.read("Processor imports from Korea fell to a quarter in 2025.", dt.date(2026, 9, 1))
    assert not any(c.comparison == "share" for c in claims)
