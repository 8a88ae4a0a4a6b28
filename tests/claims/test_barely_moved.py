"""'barely moved', 'hardly changed' (claims12c): a change of about zero, read as "little changed"
is (±2 points); a flat change gives no direction, so a direction beside it in the clause ("barely
moved in 2025, edging up") keeps its own verdict. Figures from the raw KazooKat CSV (csv module,
never through frontload); sentences written for these tests.
"""

from __future__ import annotations

import pytest

from frontload.claims.verify import check_text

from .raw import KOR, D, by_quote, proc

CHN = "156"


def _year(series: dict[str, float], year: str) -> float:
    return sum(v for k, v in series.items() if k.startswith(year))


def _chg(partner: str) -> float:
    s = proc(partner)
    return 100 * (_year(s, "2025") / _year(s, "2024") - 1)


@pytest.mark.parametrize("words", ["barely moved", "hardly changed"])
def test_barely_moved_is_a_flat_change(store, words):
    assert abs(_chg(CHN)) < 2 and abs(_chg(KOR)) > 20  # China's 2025 change is flat, Korea's is not
    v = by_quote(check_text(store, f"US processor imports from China {words} in 2025.", D), words)
    assert v.verdict == "supported", v.explanation
    w = by_quote(check_text(store, f"US processor imports from Korea {words} in 2025.", D), words)
    assert w.verdict == "contradicted", w.explanation


def test_a_direction_beside_a_flat_change_keeps_its_verdict(store):
    assert _chg(CHN) > 0
    verdicts = check_text(store, "US processor imports from China barely moved in 2025, edging up.", D)
    assert by_quote(verdicts, "edging up").verdict == "supported"
    assert by_quote(verdicts, "barely moved").verdict == "supported"
