"""Two shapes of percentages the reader used to leave unread (claims11c): a share introduced by its
own noun ("with a share of 4.5%", "the share was more than 30%"), whose holder is read from the
clause as for "'s share"; and a change after a bare or third-person verb ("saw imports slide 10%",
"imports grow 20%"). Figures from the raw KazooKat CSV (csv module, never through frontload);
sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontload.claims import frames as F
from frontload.claims.verify import check_text

from .raw import KOR, MYS, TWN, D, by_quote, proc

WORLD = "0"


def _year(series: dict[str, float], year: str) -> float:
    return sum(v for k, v in series.items() if k.startswith(year))


def _pct(x: float) -> str:
    return f"{x:.0f}%"


@pytest.mark.parametrize("lead", ["with a share of", "the share was"])
def test_a_share_named_by_its_own_noun_is_a_share(store, lead):
    mys = 100 * _year(proc(MYS), "2025") / _year(proc(WORLD), "2025")
    text = f"Malaysia supplied US processor imports in 2025, {lead} about {_pct(mys)}."
    v = by_quote(check_text(store, text, D), _pct(mys))
    assert v.claim.comparison == "share" and v.verdict == "supported", v.explanation
    wrong = f"Malaysia supplied US processor imports in 2025, {lead} about {_pct(mys + 8)}."
    w = by_quote(check_text(store, wrong, D), _pct(mys + 8))
    assert w.claim.comparison == "share" and w.verdict == "contradicted", w.explanation


def test_a_share_of_a_figure_is_still_no_share_word():
    claims = F.read("Taiwan's exports rose 12% in 2025, with a share price up 30%.", dt.date(2026, 9, 1))
    assert not any(c.comparison == "share" for c in claims)


@pytest.mark.parametrize(("verb", "sign"), [("slide", -1), ("sink", -1), ("dip", -1), ("grow", 1)])
def test_a_bare_verb_gives_the_changes_sign(verb, sign):
    s = f"Importers saw processor shipments from Korea {verb} 10% in 2025."
    got = [m for m in F._mentions(s, s)[0] if m.kind == "change"]
    assert len(got) == 1 and got[0].fill["change_pct"] == sign * 10.0


def test_a_change_after_a_bare_verb_is_checked(store):
    kor = proc(KOR)
    a, b = _year(kor, "2025"), _year(kor, "2024")
    assert a < b
    drop = _pct(100 * (1 - a / b))
    text = f"Importers saw US processor imports from Korea slide {drop} in 2025."
    v = by_quote(check_text(store, text, D), drop)
    assert v.verdict == "supported", v.explanation
    text = "Importers saw US processor imports from Korea slide 5% in 2025."
    assert by_quote(check_text(store, text, D), "5%").verdict == "contradicted"


@pytest.mark.parametrize(
    ("shape", "delta", "verdicts"),
    [
        ("with Malaysia at {p}", 0, ("supported",)),
        ("with Malaysia at {p}", 9, ("contradicted",)),
        ("against Malaysia's {p}", 0, ("supported",)),
        # the period is the first clause's: the provenance guard keeps a contradiction ambiguous
        ("against Malaysia's {p}", 9, ("contradicted", "not_checkable")),
    ],
)
def test_a_second_holders_share_listed_after_a_share(store, shape, delta, verdicts):
    world = _year(proc(WORLD), "2025")
    tw, mys = (100 * _year(proc(p), "2025") / world for p in (TWN, MYS))
    pct = _pct(mys + delta)
    text = f"Taiwan took {_pct(tw)} of US processor imports in 2025, " + shape.format(p=pct) + "."
    v = by_quote(check_text(store, text, D), pct)
    assert v.claim.comparison == "share" and v.claim.partner == "MYS" and v.verdict in verdicts, v.explanation
