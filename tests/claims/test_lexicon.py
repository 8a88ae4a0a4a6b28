"""Slots the reader recognises (issue 11, blind batch 7's wrong definite verdicts): product words
from the HS descriptions and the press ("logic chips", "memories", "CPUs", "DRAM", "circuits"),
demonyms and metonyms ("Vietnamese", "South Korean", "the island", "Mainland buyers"), and the
precision default: a goods or economy word the reader cannot map ("gallium", "solar panels",
"Indonesian") gives not_checkable, never a verdict on a wider flow.

Sentences written for these tests in the shapes batch 7 showed, not copied from any batch; figures
from the raw KazooKat CSV and Taiwan's customs file (csv module, never through frontload).
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontload.claims import lexicon
from frontload.claims.verify import check_text

from ..conftest import DATA, raw_kazookat, read_csv
from .raw import KOR, MYS, TWN, D, by_quote

VNM, CHN, JPN = "704", "156", "392"
ISO = {VNM: "VNM", CHN: "CHN", JPN: "JPN", KOR: "KOR", MYS: "MYS", TWN: "TWN"}


def m(x: float) -> str:
    return f"${x / 1e6:.1f} million"


def _taiwan_to(dest: str, year: str) -> float:
    """Taiwan's IC exports to one destination in a year: the sum of its 11-digit lines."""
    rows = read_csv(
        DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    )
    return sum(float(r["Export Value (USD)"]) for r in rows if r["Year"] == year and r["Country"] == dest)


def _countries_of_taiwan_file() -> set[str]:
    rows = read_csv(
        DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    )
    return {r["Country"] for r in rows}


def test_the_lexicon_says_where_its_words_come_from():
    words = lexicon.products()
    assert words["memories"].basket == "memory" and words["memories"].source == "HS 854232 description"
    assert words["processors"].source == "HS 854231 description"
    assert words["controllers"].codes == ("854231",)
    assert words["logic chips"].codes == ("854231",) and words["logic chips"].source == "press synonym"
    assert words["cpus"].codes == ("854231",) and words["dram"].codes == ("854232",)
    assert words["circuits"].codes == ("8542",)
    assert lexicon.economy("the island's") == "TWN" and lexicon.economy("Seoul") == "KOR"
    assert lexicon.economy("Hanoi") == "VNM" and lexicon.economy("the peninsula") == "KOR"
    assert lexicon.economy("South Korean") == "KOR" and lexicon.economy("Vietnamese") == "VNM"
    assert lexicon.product_like("gallium") and lexicon.product_like("panels")
    assert lexicon.product_like("Gallium")  # a sentence's first word
    for word in ("memories", "chips", "when", "between", "March", "Chinese", "exports", "Logic", "Taiwan"):
        assert not lexicon.product_like(word), word
    assert lexicon.economy_like("Indonesian") and not lexicon.economy_like("Taiwan")
    assert not lexicon.economy_like("Thai") and not lexicon.economy_like("Japan")


@pytest.mark.parametrize(
    ("wording", "partner", "cmd"),
    [
        ("Vietnamese CPUs landing in American ports were worth {x} in {month}.", VNM, "854231"),
        ("US buyers brought in {x} of South Korean DRAM in {month}.", KOR, "854232"),
        ("Japanese memories bound for the US came to {x} in {month}.", JPN, "854232"),
        ("Malaysian microprocessors worth {x} reached the United States in {month}.", MYS, "854231"),
        ("America's purchases of Taiwanese logic chips hit {x} in {month}.", TWN, "854231"),
    ],
)
def test_demonym_and_product_word_name_the_us_import_flow(store, wording, partner, cmd):
    """'<Demonym> <product word>' names the goods' origin (the partner of US imports) and the
    product; a figure off by half is contradicted on that flow, not on the World's or on chips."""
    series = raw_kazookat("USA", "M", partner, cmd)
    key = "2025-11"
    month = dt.date(2025, 11, 1).strftime("%B %Y")
    got = check_text(store, wording.format(x=m(series[key]), month=month), D)
    v = by_quote(got, m(series[key]))
    assert v.verdict == "supported", v.explanation
    assert v.claim.product == (cmd,) and v.claim.partner == ISO[partner], (v.claim.product, v.claim.partner)
    wrong = check_text(store, wording.format(x=m(series[key] * 1.5), month=month), D)
    w = by_quote(wrong, m(series[key] * 1.5))
    assert w.verdict == "contradicted" and w.claim.partner == ISO[partner], w.explanation


def test_the_islands_chips_name_the_exporter(store):
    """'<Economy> took $X of the island's chips': Taiwan exports them, the taker is the partner."""
    names = _countries_of_taiwan_file()
    dest = next(n for n in names if "越南" in n or "Vietnam" in n)
    x = _taiwan_to(dest, "2023")
    text = f"Vietnam took ${x / 1e9:.2f} billion of the island's integrated circuits in 2023."
    v = by_quote(check_text(store, text, dt.date(2024, 6, 1)), f"${x / 1e9:.2f} billion")
    assert v.verdict == "supported", v.explanation
    assert (v.claim.reporter, v.claim.partner, v.claim.flow) == ("TWN", "VNM", "X")
    wrong = text.replace(f"${x / 1e9:.2f}", f"${x * 1.3 / 1e9:.2f}")
    w = by_quote(check_text(store, wrong, dt.date(2024, 6, 1)), f"${x * 1.3 / 1e9:.2f} billion")
    assert w.verdict == "contradicted", w.explanation


def test_buyers_of_taiwanese_chips_and_the_islands_sellers(store):
    """'Mainland buyers took $X of Taiwanese chips', 'The island's exporters shipped $Y of circuits
    to Malaysian customers': Taiwan's export record, to China and to Malaysia."""
    names = _countries_of_taiwan_file()
    china = next(n for n in names if n in ("中國大陸", "China", "Mainland China"))
    malaysia = next(n for n in names if "馬來西亞" in n or "Malaysia" in n)
    x, y = _taiwan_to(china, "2022"), _taiwan_to(malaysia, "2022")
    a = f"Mainland buyers took ${x / 1e9:.1f} billion of Taiwanese chips in 2022."
    v = by_quote(check_text(store, a, dt.date(2023, 6, 1)), f"${x / 1e9:.1f} billion")
    assert v.verdict == "supported" and (v.claim.reporter, v.claim.partner) == ("TWN", "CHN"), v.explanation
    b = f"The island's exporters shipped ${y / 1e9:.1f} billion of circuits to Malaysian customers in 2022."
    v = by_quote(check_text(store, b, dt.date(2023, 6, 1)), f"${y / 1e9:.1f} billion")
    assert v.verdict == "supported" and (v.claim.reporter, v.claim.partner) == ("TWN", "MYS"), v.explanation


def test_an_unmapped_goods_word_abstains_even_when_a_wider_flow_matches(store):
    """'imports of gallium from China came to $X' where $X is exactly the processors' figure: the
    reader cannot map gallium, so neither the match nor a gap is a verdict."""
    x = sum(v for k, v in raw_kazookat("USA", "M", CHN, "854231").items() if k.startswith("2024"))
    text = (
        "US processor imports from China were steady. "
        f"America's imports of gallium from China came to ${x / 1e9:.2f} billion in 2024."
    )
    v = by_quote(check_text(store, text, D), f"${x / 1e9:.2f} billion")
    assert v.verdict == "not_checkable" and v.reason == "missing_slot", v.explanation
    assert "'gallium'" in v.explanation
    text = "US processor imports from China were steady. Gallium shipments from China fell 13% in 2024."
    v = by_quote(check_text(store, text, D), "13%")
    assert v.verdict == "not_checkable" and "'gallium'" in v.explanation, v.explanation
    text = f"Solar panel purchases from China reached ${x * 2 / 1e9:.2f} billion in 2024, up 40%."
    for v in check_text(store, "US processor imports from China were steady. " + text, D):
        assert v.verdict == "not_checkable", (v.claim.quote, v.explanation)


def test_an_unknown_demonym_on_the_goods_abstains(store):
    """'Indonesian processors worth $X': no Indonesia in the store; the World's figure (or a partner
    from the sentence before) must not answer for it."""
    world = raw_kazookat("USA", "M", "0", "854231")["2025-06"]
    text = (
        "Processor imports from Malaysia rose in June 2025. "
        f"Indonesian processors worth {m(world)} entered the US in June 2025."
    )
    v = by_quote(check_text(store, text, D), m(world))
    assert v.verdict == "not_checkable", v.explanation
    alone = check_text(store, f"Indonesian processors worth {m(world)} entered the US in June 2025.", D)
    v = by_quote(alone, m(world))
    assert v.verdict == "not_checkable" and "'Indonesian'" in v.explanation, v.explanation


def test_metonyms_name_the_trader_and_a_figure_keeps_its_destination(store):
    """'Imports of processors from the island', 'from Hanoi', and '… $X of chips to Japan and $Y to
    the mainland': the metonym is the partner, and the second figure's own destination is its
    partner, never the first figure's."""
    twn = sum(v for k, v in raw_kazookat("USA", "M", TWN, "854231").items() if k.startswith("2024"))
    text = f"Imports of processors from the island reached ${twn / 1e9:.2f} billion in 2024."
    v = by_quote(check_text(store, text, D), f"${twn / 1e9:.2f} billion")
    assert v.verdict == "supported" and v.claim.partner == "TWN", v.explanation
    vnm = raw_kazookat("USA", "M", VNM, "854231")["2025-03"]
    text = f"US buyers took in {m(vnm * 1.4)} of processors from Hanoi in March 2025."
    v = by_quote(check_text(store, text, D), m(vnm * 1.4))
    assert v.verdict == "contradicted" and v.claim.partner == "VNM", v.explanation
    names = _countries_of_taiwan_file()
    japan = next(n for n in names if n in ("日本", "Japan"))
    china = next(n for n in names if n in ("中國大陸", "China", "Mainland China"))
    j, c = _taiwan_to(japan, "2023"), _taiwan_to(china, "2023")
    text = f"In 2023 the island shipped ${j / 1e9:.1f} billion of chips to Japan and ${c / 1e9:.1f} billion to the mainland."
    got = check_text(store, text, dt.date(2024, 6, 1))
    assert by_quote(got, f"${j / 1e9:.1f} billion").claim.partner == "JPN"
    v = by_quote(got, f"${c / 1e9:.1f} billion")
    assert v.verdict == "supported" and v.claim.partner == "CHN", v.explanation


def test_made_in_names_the_origin_and_narrowed_or_unmapped_words_abstain(store):
    """'China-made processors … entered the US': US imports from China. 'Taiwan's exports of AI
    chips' and 'processor imports from Penang' name something no code or economy of the store is:
    not_checkable, whatever the wider flow gives."""
    chn = sum(v for k, v in raw_kazookat("USA", "M", CHN, "854231").items() if k.startswith("2024"))
    text = f"China-made processors worth ${chn / 1e9:.2f} billion entered the US in 2024."
    v = by_quote(check_text(store, text, D), f"${chn / 1e9:.2f} billion")
    assert v.verdict == "supported" and (v.claim.reporter, v.claim.partner) == ("USA", "CHN"), v.explanation
    for text, quote in (
        ("Taiwan's exports of AI chips to the US rose 40% in 2024.", "40%"),
        ("US imports of processors from Penang rose 20% in 2024.", "20%"),
    ):
        v = by_quote(check_text(store, text, dt.date(2025, 6, 1)), quote)
        assert v.verdict == "not_checkable" and v.reason == "missing_slot", v.explanation


def test_origin_phrases_and_two_partners(store):
    """'processors of Taiwanese origin' and 'chips made in Taiwan' name the partner; 'from Korea and
    Japan together', 'Taiwanese and Korean memory chips' and 'mostly from Korea' name two partners
    or a total one partner dominates: no verdict on one of them, even when that one's figure would
    contradict the claim."""
    twn = sum(v for k, v in raw_kazookat("USA", "M", TWN, "854231").items() if k.startswith("2024"))
    text = f"Processors of Taiwanese origin worth ${twn / 1e9:.2f} billion entered the US in 2024."
    v = by_quote(check_text(store, text, D), f"${twn / 1e9:.2f} billion")
    assert v.verdict == "supported" and v.claim.partner == "TWN", v.explanation
    kor = sum(v for k, v in raw_kazookat("USA", "M", KOR, "854232").items() if k.startswith("2024"))
    jpn = sum(v for k, v in raw_kazookat("USA", "M", JPN, "854232").items() if k.startswith("2024"))
    both = f"${(kor + jpn) / 1e9:.2f} billion"
    for text in (
        f"US memory imports from Korea and Japan together reached {both} in 2024.",
        f"US imports of Korean and Japanese memory chips came to {both} in 2024.",
        f"US imports of memory chips, mostly from Korea, reached {both} in 2024.",
    ):
        v = by_quote(check_text(store, text, D), both)
        assert v.verdict == "not_checkable" and v.reason == "ambiguous", (text, v.explanation)


def test_an_unmapped_destination_in_capitals_abstains(store):
    """'Taiwan's chip exports to ASEAN': a grouping the store does not hold is not the World."""
    v = by_quote(check_text(store, "Taiwan's chip exports to ASEAN rose 20% in 2024.", D), "20%")
    assert v.verdict == "not_checkable" and "'ASEAN'" in v.explanation, v.explanation


def test_a_buyer_of_taiwanese_chips_and_the_two_records_of_one_trade(store):
    """'Japanese buyers took $X of Taiwanese chips': Japan's imports, held in the store as Taiwan's
    exports to Japan; 'American buyers took $Y of Taiwanese chips' with $Y Taiwan's own record
    while US Census records more: the other side's record of the same trade, never contradicted."""
    names = _countries_of_taiwan_file()
    japan = next(n for n in names if n in ("日本", "Japan"))
    usa = next(n for n in names if n in ("美國", "United States"))
    j = _taiwan_to(japan, "2023")
    v = by_quote(
        check_text(store, f"Japanese buyers took ${j / 1e9:.2f} billion of Taiwanese chips in 2023.", D),
        f"${j / 1e9:.2f} billion",
    )
    assert v.verdict == "supported" and (v.claim.reporter, v.claim.partner) == ("TWN", "JPN"), v.explanation
    u = _taiwan_to(usa, "2024")
    v = by_quote(
        check_text(store, f"American buyers took ${u / 1e9:.2f} billion of Taiwanese chips in 2024.", D),
        f"${u / 1e9:.2f} billion",
    )
    assert v.verdict != "contradicted", v.explanation
