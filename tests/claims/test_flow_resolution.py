"""The flow a frame names and the store does not hold, resolved to the one it holds (issue 11,
branch claims11b): a reporter without a partner whose own record is not in the store ("Hong Kong's
purchases of the island's chips": Taiwan customs' exports to Hong Kong), and a sentence naming no
economy ("Memory imports came to …": the store's one reporter with that flow). Sentences written
for these tests; figures from the raw files (csv module, never through frontload).
"""

from __future__ import annotations

import datetime as dt

from frontload.claims.verify import check_text

from ..conftest import raw_kazookat
from .raw import KOR, D, bn, by_quote, taiwan_exports

WORLD, VNM = "0", "704"



def _months(series: dict[str, float], year: str, months: range) -> float:
    return sum(series[f"{year}-{m:02d}"] for m in months)


def test_the_buyers_purchases_of_the_islands_chips_are_taiwan_customs_exports(store):
    hk = taiwan_exports("2023", "香港")
    text = f"Hong Kong's purchases of the island's integrated circuits came to {bn(hk, 1)} in 2023."
    (v,) = check_text(store, text, dt.date(2024, 6, 1))
    assert v.verdict == "supported", v.explanation
    assert "TWN's exports to HKG" in v.explanation and "Taiwan customs" in v.explanation, v.explanation
    # a figure a third off: the reading is the checker's, so no contradiction rests on it
    (w,) = check_text(store, text.replace(bn(hk, 1), bn(hk * 1.35, 1)), dt.date(2024, 6, 1))
    assert w.verdict == "not_checkable" and w.reason == "ambiguous", w.explanation


def test_a_destination_that_took_a_figure_in_a_paragraph_about_taiwans_exports(store):
    ind = taiwan_exports("2023", "印度")
    text = (
        "# Taiwan's chips go to Asia as the US buys more\n\n"
        "Taiwan's integrated-circuit exports fell in 2023.\n\n"
        f"India, a small market, took {bn(ind, 2)} of chips in 2023."
    )
    v = by_quote(check_text(store, text, dt.date(2024, 6, 1)), bn(ind, 2))
    assert v.verdict == "supported", v.explanation
    assert "TWN's exports to IND" in v.explanation, v.explanation


def test_the_imports_of_the_economy_the_sentence_names_are_that_economys_record(store):
    """'Korea's share of America's memory imports …, as the value rose to $X': the value is the US
    imports from Korea, the flow word belongs to America."""
    kr = raw_kazookat("USA", "M", KOR, "854232")["2025-03"]
    text = f"Korea's share of America's memory imports rose in March 2025, as the value climbed to ${kr / 1e6:.0f} million."
    v = by_quote(check_text(store, text, D), f"${kr / 1e6:.0f} million")
    assert v.verdict == "supported", v.explanation
    assert "USA's imports from KOR" in v.explanation, v.explanation


def test_a_sentence_naming_no_economy_is_the_stores_one_reporter_of_that_flow(store):
    us = _months(raw_kazookat("USA", "M", WORLD, "854232"), "2025", range(1, 7))
    text = f"Memory imports came to {bn(us, 2)} in the first half of 2025."
    (v,) = check_text(store, text, D)
    assert v.verdict == "supported", v.explanation
    assert "reporter USA: resolved as the one reporter" in v.explanation, v.explanation
    (w,) = check_text(store, text.replace(bn(us, 2), bn(us * 1.4, 2)), D)
    assert w.verdict == "not_checkable" and w.reason == "ambiguous", w.explanation


def test_exports_naming_no_economy_stay_unresolved(store):
    """Chip exports with the World are held for many reporters: no one of them is the text's."""
    text = "Chip exports came to $150 billion in 2023."
    (v,) = check_text(store, text, dt.date(2024, 6, 1))
    assert v.verdict == "not_checkable" and "could not tell the reporter" in v.explanation, v.explanation


def test_taiwans_world_total_is_not_resolved_to_a_partner(store):
    """The headline names the US, but 'Taiwan's exports' are its World total (the sum of its
    destinations), which the store holds: no resolution to the US imports."""
    total = taiwan_exports("2024")
    text = (
        "# Taiwan's chip shipments to the US double\n\n"
        f"Taiwan's integrated-circuit exports totalled {bn(total, 1)} in 2024."
    )
    v = by_quote(check_text(store, text, dt.date(2025, 3, 1)), bn(total, 1))
    assert v.verdict == "supported" and "destinations" in v.explanation, v.explanation


def test_two_flows_that_disagree_make_the_reading_ambiguous(store):
    """'Vietnam's memory trade' with both Taiwan and the US named: Taiwan's memory exports to Vietnam
    and the US memory imports from Vietnam both hold 2024 and differ: no verdict on one."""
    tw = taiwan_exports("2024", "越南", "854232")
    us = sum(v for k, v in raw_kazookat("USA", "M", VNM, "854232").items() if k.startswith("2024"))
    assert tw and us and abs(tw - us) / min(tw, us) > 0.05
    text = f"Vietnam, which trades memory with both Taiwan and the US, recorded ${tw / 1e6:.0f} million of memory chips in 2024."
    v = by_quote(check_text(store, text, dt.date(2025, 3, 1)), f"${tw / 1e6:.0f} million")
    assert v.verdict == "not_checkable", v.explanation


def test_a_sender_to_the_us_is_the_us_imports_when_the_store_holds_only_those(store):
    """'Japan sent $X of memory chips to the US in May 2026': no Japanese record of it is in the
    store; the US imports from Japan are the one flow between the two, and the explanation says so."""
    jp = raw_kazookat("USA", "M", "392", "854232")["2026-05"]
    text = f"Japan sent ${jp / 1e6:.0f} million of memory chips to the US in May 2026."
    (v,) = check_text(store, text, D)
    assert v.verdict == "supported", v.explanation
    assert "USA's imports from JPN" in v.explanation and "the one flow between" in v.explanation, v.explanation
    (w,) = check_text(store, text.replace(f"${jp / 1e6:.0f} million", f"${jp * 1.5 / 1e6:.0f} million"), D)
    assert w.verdict == "not_checkable" and w.reason == "ambiguous", w.explanation


def test_two_records_of_one_flow_are_told_apart_only_by_the_statistics_the_sentence_cites(store):
    """Both records of Taiwan's 2024 processor shipments to the US are in the store and differ by far;
    'US import data show' picks the US record, 'import data show' leaves it ambiguous."""
    us = sum(v for k, v in raw_kazookat("USA", "M", "490", "854231").items() if k.startswith("2024"))
    tw = taiwan_exports("2024", "美國", "854231")
    assert abs(us - tw) / us > 0.2
    text = f"Taiwan's processor exports to the United States totalled {bn(us, 2)} in 2024, US import data show."
    (v,) = check_text(store, text, D)
    assert v.verdict == "supported" and "the statistics the sentence cites" in v.explanation, v.explanation
    (w,) = check_text(store, text.replace("US import data", "import data"), D)
    assert w.verdict == "not_checkable" and w.reason == "ambiguous", w.explanation
    assert "TWN's exports to USA" in w.explanation and "USA's imports from TWN" in w.explanation, w.explanation


def test_a_sentence_citing_the_exporters_statistics_is_not_read_on_the_importers(store):
    """'Japan's customs data show it sent $X of memory chips to the US': the store holds only the US
    record, which is not the figure the writer cites: no resolution, no verdict."""
    jp = raw_kazookat("USA", "M", "392", "854232")["2026-05"]
    text = f"Japan's customs data show it sent ${jp / 1e6:.0f} million of memory chips to the US in May 2026."
    (v,) = check_text(store, text, D)
    assert v.verdict == "not_checkable" and "USA's imports from JPN" not in v.explanation, v.explanation
