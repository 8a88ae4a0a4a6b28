"""A part's share written as a fraction after the part figure and a comma (claims12c): "Taiwan
supplied $10.2bn of US processor imports in 2025, about three-tenths". Read only after a verb of a
part ("supplied", "took", "accounted for", "of which") in the same clause; a fraction after a
figure with no such verb is no share. Figures from the raw KazooKat CSV (csv module, never through
frontload); sentences written for these tests.
"""

from __future__ import annotations

import pytest

from frontload.claims import frames as F
from frontload.claims.verify import check_text

from .raw import TWN, D, by_quote, proc

WORLD = "0"


def _year(series: dict[str, float], year: str) -> float:
    return sum(v for k, v in series.items() if k.startswith(year))


def _twn_share() -> float:
    return 100 * _year(proc(TWN), "2025") / _year(proc(WORLD), "2025")


@pytest.mark.parametrize(
    ("frac", "verdict"), [("about three-tenths", "supported"), ("about a fifth", "contradicted")]
)
def test_a_fraction_after_a_part_figure_is_its_share(store, frac, verdict):
    assert abs(_twn_share() - 30) < 2.5  # the raw share is about three-tenths, far from a fifth
    part = _year(proc(TWN), "2025") / 1e9
    text = f"Taiwan supplied ${part:.1f}bn of US processor imports in 2025, {frac}."
    v = by_quote(check_text(store, text, D), frac)
    assert v.claim.comparison == "share" and v.verdict == verdict, v.explanation


def test_a_fraction_after_a_figure_without_a_part_verb_is_no_share():
    s = "US processor imports rose to $32.6bn in 2025, about a third."
    assert not [m for m in F._mentions(s, s)[0] if m.kind == "share"]


def test_a_fraction_before_more_words_is_not_appended():
    s = "Taiwan supplied $10.2bn of US processor imports in 2025, a third straight record."
    assert not [m for m in F._mentions(s, s)[0] if m.kind == "share"]
