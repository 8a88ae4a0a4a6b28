"""'Roughly four times', 'about triple': a multiple with "about" claims the ratio within 5%, as an
amount with "about" does (``amount_interval``), not within 10%. Batch 9's a2 ("roughly four times"
at x3.61) and blind/README.md's labelling rule ("about", "roughly" → within ~5%) set it; "nearly"
keeps 10% below, as for amounts. Figures from the raw KazooKat CSV."""

from __future__ import annotations

from frontload.claims.verify import amount_interval, check_text, multiple_interval

from ..conftest import raw_kazookat
from .raw import KOR, MYS, TWN, D, bn, by_quote

NAMES = {TWN: "Taiwan", KOR: "South Korea", MYS: "Malaysia"}
PRODUCTS = {"854231": "processors", "854232": "memory chips"}


def test_about_on_a_multiple_is_as_tight_as_on_an_amount():
    lo, hi = multiple_interval(4.0, "about")
    alo, ahi = amount_interval(4.0, 0.0, "about")
    assert (lo, hi) == (alo, ahi) == (3.8, 4.2)
    assert multiple_interval(4.0, "under")[0] == 4.0 * 0.9  # "nearly": 10% below, as amounts


def _a_ratio_between(lo: float, hi: float):
    """A US import flow and two years whose ratio over the whole year lies in [lo, hi] times an
    integer 2..5 (the first found, scanning the raw file)."""
    for partner, name in NAMES.items():
        for cmd, product in PRODUCTS.items():
            v = raw_kazookat("USA", "M", partner, cmd)
            years = {}
            for month, x in v.items():
                years.setdefault(month[:4], []).append(x)
            full = {y: sum(xs) for y, xs in years.items() if len(xs) == 12}
            for y in sorted(full):
                b = str(int(y) - 1)
                if b not in full:
                    continue
                r = full[y] / full[b]
                for k in (2, 3, 4, 5):
                    if lo * k <= r <= hi * k:
                        return name, product, y, b, full[y], r, k
    return None


def test_roughly_k_times_off_by_seven_percent_is_not_supported(store):
    found = _a_ratio_between(0.91, 0.935)
    assert found is not None, "no US import flow in the raw file with a ratio 6.5-9% under an integer"
    name, product, y, b, value, r, k = found
    word = {2: "double", 3: "three times", 4: "four times", 5: "five times"}[k]
    text = f"US imports of {product} from {name} reached {bn(value)} in {y}, roughly {word} their {b} level."
    x = by_quote(check_text(store, text, D), f"roughly {word}")
    assert x.verdict != "supported", (r, x.explanation)
    near = text.replace(f"roughly {word}", f"nearly {word}")
    assert by_quote(check_text(store, near, D), f"nearly {word}").verdict == "supported", r
