"""The named flow seen from its other side (issue 11, branch claims11a): "Vietnamese logic-chip
sales to the United States" names the exporter and the importer, and the store holds only the
importer's record (US imports from Vietnam). That reading is the text's own, not a borrowed slot: a
support stands, and a contradiction is given when the claim is further from the importer's record
than the two records of one flow differ in the store (``verify.MIRROR_FACTOR``, measured on Taiwan
customs' HS 8542 exports to the US against US Census imports from Taiwan); closer than that, or on a
month, or with a slot read from another sentence, it still abstains. A demonym on the goods fills
the empty side of a flow ("Japanese memory imports into the US").

Figures from the raw files (csv module and the Census parquet read with duckdb, never through
frontload).
"""

from __future__ import annotations

import duckdb

from frontload.claims.verify import MIRROR_FACTOR, check_text

from ..conftest import DATA, raw_kazookat, read_csv
from .raw import D, bn, by_quote

VNM, JPN, MYS = "704", "392", "458"  # Comtrade partner codes


def _year(series: dict[str, float], year: str) -> float:
    return sum(v for k, v in series.items() if k.startswith(year))


def test_the_mirror_factor_is_the_gap_measured_between_the_two_records():
    """Taiwan's customs (HS 8542 to the US, 2024, sum of the 11-digit lines) against the US
    Census (HS 8542 from Taiwan, 2024, sum of the HS10 lines): the factor covers that gap and is
    not looser than it by more than rounding."""
    rows = read_csv(
        DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    )
    tw = sum(float(r["Export Value (USD)"]) for r in rows if r["Year"] == "2024" and r["Country"] == "美國")
    census = (
        DATA
        / "us_tariff_tracker_tradewartracker"
        / "us_2024_hs10_imports_by_country"
        / "2024-hs10-imports5830.parquet"
    )
    ((us,),) = duckdb.sql(f"select sum(imports) from '{census}' where HS10 like '8542%'").fetchall()
    gap = max(us / tw, tw / us)
    assert 1.4 < gap <= MIRROR_FACTOR < gap + 0.01, (tw, us, gap)


def test_a_named_exporters_sales_are_checked_on_the_importers_record(store):
    """Both economies named, only the US record in the store: the right figure is supported, and
    one twice the record is contradicted, the explanation naming the record and the factor."""
    got = _year(raw_kazookat("USA", "M", VNM, "854231"), "2024")
    text = "Vietnam's logic-chip sales to the United States came to {} in 2024."
    ok = by_quote(check_text(store, text.format(bn(got)), D), bn(got))
    assert ok.verdict == "supported", ok.explanation
    wrong = by_quote(check_text(store, text.format(bn(2 * got)), D), bn(2 * got))
    assert wrong.verdict == "contradicted", wrong.explanation
    assert (
        "USA's imports from VNM" in wrong.explanation and f"factor of {MIRROR_FACTOR:g}" in wrong.explanation
    )


def test_a_gap_inside_the_mirror_factor_on_the_canonical_record_is_contradicted(store):
    """A claim 30% above the importer's record, inside the mirror factor: since claims12a the US
    import record is the canonical one for sales to the US (test_canonical_record), so the gap is
    contradicted there, the explanation naming that record."""
    got = _year(raw_kazookat("USA", "M", VNM, "854231"), "2024")
    text = f"Vietnam's logic-chip sales to the United States came to {bn(1.3 * got)} in 2024."
    v = by_quote(check_text(store, text, D), bn(1.3 * got))
    assert v.verdict == "contradicted" and "the US import record" in v.explanation, v.explanation


def test_a_month_on_the_other_record_still_abstains(store):
    """The factor was measured on years; a month's records differ more by timing."""
    got = raw_kazookat("USA", "M", MYS, "854231")["2025-03"]
    text = f"Malaysia's processor sales to the US were {bn(2 * got)} in March 2025."
    v = by_quote(check_text(store, text, D), bn(2 * got))
    assert v.verdict == "not_checkable" and v.reason == "ambiguous", v.explanation


def test_an_exporter_from_the_previous_sentence_still_abstains(store):
    """The exporter read from another sentence is a borrowed slot: a large gap abstains."""
    got = _year(raw_kazookat("USA", "M", VNM, "854231"), "2024")
    text = f"Vietnam had a strong 2024. Its logic-chip sales to the United States came to {bn(2 * got)} that year."
    v = by_quote(check_text(store, text, D), bn(2 * got))
    assert v.verdict != "contradicted", v.explanation


def test_a_demonym_on_the_goods_is_the_other_side_of_the_flow(store):
    """'Japanese memory imports into the US': the US record of imports from Japan, said so; and
    'Malaysian processor sales to the US' is Malaysia's flow, not the store's only exporter's."""
    mem = _year(raw_kazookat("USA", "M", JPN, "854232"), "2025")
    v = by_quote(
        check_text(store, f"Japanese memory imports into the US were {bn(mem)} in 2025.", D), bn(mem)
    )
    assert v.verdict == "supported" and "origin JPN" in v.explanation, v.explanation
    prc = _year(raw_kazookat("USA", "M", MYS, "854231"), "2025")
    v = by_quote(
        check_text(store, f"Malaysian processor sales to the US reached {bn(prc)} in 2025.", D), bn(prc)
    )
    assert v.verdict == "supported" and "USA's imports from MYS" in v.explanation, v.explanation
    v = by_quote(
        check_text(store, f"Malaysian processor sales to the US reached {bn(2 * prc)} in 2025.", D),
        bn(2 * prc),
    )
    assert v.verdict == "contradicted", v.explanation


def test_a_us_claim_is_not_contradicted_on_taiwans_hs6_lines(store):
    """'US processor imports from Taiwan' in a year before the US monthly series: Taiwan's customs
    hold the flow, but file most of their ICs to the US under another HS6 line than the US does, so
    a US figure far above Taiwan's processor line is no contradiction."""
    rows = read_csv(
        DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    )
    tw = sum(
        float(r["Export Value (USD)"])
        for r in rows
        if r["Year"] == "2015" and r["Country"] == "美國" and r["HS Code"].startswith("854231")
    )
    text = f"US processor imports from Taiwan came to {bn(10 * tw)} in 2015."
    v = by_quote(check_text(store, text, D), bn(10 * tw))
    assert v.verdict == "not_checkable", v.explanation
