"""The flow's canonical record (issue 11, branch claims12a): "Thailand bought $2.4 billion of
Taiwanese chips in 2022" names both economies, and the store holds one side only, Taiwan customs'
exports by destination, which is the record that publishes Taiwanese chips by buyer; "Vietnam's
processor shipments to the US" likewise has the US import record as its own. A contradiction there
is given at the usual tolerance, for amounts, changes and multiples, over any span, and the
explanation names the record; a slot read from another sentence, or a sentence that does not frame
the flow that way ("imports from Taiwan"), still abstains.

Figures from the raw files (csv module, never through frontload).
"""

from __future__ import annotations

from frontload.claims.verify import check_text

from ..conftest import DATA, raw_kazookat, read_csv
from .raw import D, bn, by_quote

VNM, MYS = "704", "458"  # Comtrade partner codes
THAILAND = "泰國"  # Taiwan customs' name for Thailand


def _taiwan_to(country: str, year: str) -> float:
    rows = read_csv(
        DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    )
    return sum(float(r["Export Value (USD)"]) for r in rows if r["Year"] == year and r["Country"] == country)


def _year(series: dict[str, float], year: str) -> float:
    return sum(v for k, v in series.items() if k.startswith(year))


def test_taiwanese_chips_bought_by_an_economy_are_checked_on_taiwan_customs(store):
    """The right figure is supported; one 20% above, inside the mirror factor, is contradicted on
    Taiwan customs' record, and the explanation says which record and why."""
    got = _taiwan_to(THAILAND, "2022")
    ok = by_quote(check_text(store, f"Thailand bought {bn(got)} of Taiwanese chips in 2022.", D), bn(got))
    assert ok.verdict == "supported", ok.explanation
    wrong = by_quote(
        check_text(store, f"Thailand bought {bn(1.2 * got)} of Taiwanese chips in 2022.", D), bn(1.2 * got)
    )
    assert wrong.verdict == "contradicted", wrong.explanation
    assert "Taiwan customs' exports by destination" in wrong.explanation, wrong.explanation


def test_a_change_on_taiwan_customs_still_abstains(store):
    """'… 40 per cent more than in 2021' against Taiwan customs' +18.6%: changes on Taiwan's record
    stay guarded (the reader's subject and period errors in batches 6 and 9); the record's own
    change is supported."""
    now, before = _taiwan_to(THAILAND, "2022"), _taiwan_to(THAILAND, "2021")
    pct = round(100 * (now / before - 1))
    text = "Thailand took {} of Taiwanese chips in 2022, {} per cent more than in 2021."
    ok = by_quote(check_text(store, text.format(bn(now), pct), D), f"{pct} per cent")
    assert ok.verdict == "supported", ok.explanation
    wrong = by_quote(check_text(store, text.format(bn(now), pct + 22), D), f"{pct + 22} per cent")
    assert wrong.verdict == "not_checkable" and wrong.reason == "ambiguous", wrong.explanation


def test_a_comparisons_other_member_without_a_period_abstains(store):
    """'… $X against $Y': the second amount, with no period of its own, is the other member of a
    comparison (another economy or year in the writer's mind): no contradiction on the US record."""
    now = _year(raw_kazookat("USA", "M", MYS, "854231"), "2025")
    text = f"Malaysia's processor shipments to the US came to {bn(now)} in 2025, against {bn(1.3 * now)}."
    v = by_quote(check_text(store, text, D), bn(1.3 * now))
    assert v.verdict != "contradicted", v.explanation


def test_shipments_to_the_us_are_checked_on_the_us_record_inside_the_mirror_factor(store):
    """30% above the US record, inside the mirror factor 1.51, on a year and on seven months: the
    US import record is the flow's own, so contradicted, said so; a month (shipped in one, landed
    in the next) still abstains."""
    year = _year(raw_kazookat("USA", "M", MYS, "854231"), "2024")
    v = by_quote(
        check_text(store, f"Malaysia's processor shipments to the US came to {bn(1.3 * year)} in 2024.", D),
        bn(1.3 * year),
    )
    assert v.verdict == "contradicted" and "the US import record" in v.explanation, v.explanation
    vnm = raw_kazookat("USA", "M", VNM, "854231")
    seven = sum(vnm[f"2025-{m:02d}"] for m in range(1, 8))
    text = f"Vietnam's processor sales to the US came to {bn(1.3 * seven)} in the first seven months of 2025."
    v = by_quote(check_text(store, text, D), bn(1.3 * seven))
    assert v.verdict == "contradicted" and "USA's imports from VNM" in v.explanation, v.explanation
    month = vnm["2025-03"]
    v = by_quote(
        check_text(store, f"Vietnam's processor sales to the US were {bn(1.3 * month)} in March 2025.", D),
        bn(1.3 * month),
    )
    assert v.verdict != "contradicted", v.explanation


def test_a_slot_from_another_sentence_still_abstains(store):
    """The buyer read from the previous sentence is a borrowed slot: no contradiction."""
    got = _taiwan_to(THAILAND, "2022")
    text = f"Thailand had a strong 2022. It bought {bn(2 * got)} of Taiwanese chips that year."
    v = by_quote(check_text(store, text, D), bn(2 * got))
    assert v.verdict != "contradicted", v.explanation


def test_imports_from_taiwan_are_not_framed_as_taiwans_record(store):
    """'Thailand's chip imports from Taiwan' is Thailand's own record, which the store lacks:
    Taiwan customs' figure is the other side's, and a gap inside the mirror factor abstains."""
    got = _taiwan_to(THAILAND, "2022")
    text = f"Thailand's chip imports from Taiwan came to {bn(1.2 * got)} in 2022."
    v = by_quote(check_text(store, text, D), bn(1.2 * got))
    assert v.verdict != "contradicted", v.explanation
