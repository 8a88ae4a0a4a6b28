"""A direction word and a partner, but no reporter and no product ("Exports to Hong Kong fell …",
"Imports from America rose …"): the one table the store holds for that flow with that partner,
read with its one heading (branch claims12b, issue 11); and SEMI's billings named by a demonym or
as "tool spending". Sentences written for these tests; figures from the raw files (csv module,
never through frontload).
"""

from __future__ import annotations

import datetime as dt

from frontload.claims.verify import check_text

from ..conftest import DATA, read_csv
from .raw import bn, by_quote, taiwan_exports

CHN_FROM_US = (
    DATA
    / "comtrade_china_imports_from_us_8542_annual"
    / "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv"
)
SEMI = DATA / "semi_equipment_billings_transcribed" / "semi_equipment_billings_by_region.csv"



def _china_from_us(year: str) -> float:
    (v,) = [
        float(r["primaryValue"])
        for r in read_csv(CHN_FROM_US)
        if r["refYear"] == year and r["partner2Code"] == "0" and r["cmdCode"] == "8542"
    ]
    return v


def _semi(period: str, region: str) -> float:
    (v,) = [
        float(r["billings_usd_bn"]) for r in read_csv(SEMI) if r["period"] == period and r["region"] == region
    ]
    return v * 1e9


def test_exports_to_hong_kong_read_on_taiwan_customs(store):
    hk = taiwan_exports("2023", "香港")
    text = f"Exports to Hong Kong reached {bn(hk, 1)} in 2023."
    (v,) = check_text(store, text, dt.date(2024, 6, 1))
    assert v.verdict == "supported", v.explanation
    assert "reporter TWN" in v.explanation and "HS 8542" in v.explanation, v.explanation
    # a figure a third off: the reporter and product are the checker's, so no contradiction stands
    (w,) = check_text(store, f"Exports to Hong Kong reached {bn(hk * 0.66, 1)} in 2023.", dt.date(2024, 6, 1))
    assert w.verdict == "not_checkable" and w.reason == "ambiguous", w.explanation


def test_imports_from_america_read_on_chinas_record(store):
    y21, y22 = _china_from_us("2021"), _china_from_us("2022")
    pct = round((y22 / y21 - 1) * 100)
    text = f"Imports from America slid {abs(pct)}% in 2022, to {bn(y22, 1)}."
    vs = check_text(store, text, dt.date(2023, 6, 1))
    amount, change = by_quote(vs, bn(y22, 1)), by_quote(vs, f"{abs(pct)}%")
    assert amount.verdict == "supported", amount.explanation
    assert change.verdict == "supported", change.explanation
    assert "reporter CHN" in amount.explanation, amount.explanation


def test_an_unnamed_source_keeps_the_table_a_guess(store):
    hk = taiwan_exports("2023", "香港")
    (v,) = check_text(
        store, f"Exports to Hong Kong reached {bn(hk, 1)} in 2023, the ministry said.", dt.date(2024, 6, 1)
    )
    assert v.verdict == "not_checkable", v.explanation


def test_another_economy_in_the_text_keeps_the_reader_slots(store):
    hk = taiwan_exports("2023", "香港")
    text = f"Japan's economy slowed. Exports to Hong Kong reached {bn(hk, 1)} in 2023."
    vs = check_text(store, text, dt.date(2024, 6, 1))
    assert all(v.verdict != "supported" or "reporter TWN: resolved" not in v.explanation for v in vs)


def test_a_partner_whose_table_spans_many_headings_is_not_read(store):
    # the US's imports from Taiwan cover every chapter (Census): no heading is the table's
    text = "Imports from Taiwan reached $100.0 billion in 2024."
    vs = check_text(store, text, dt.date(2025, 6, 1))
    assert all(v.verdict == "not_checkable" for v in vs), [(v.verdict, v.explanation) for v in vs]


def test_a_demonym_on_billings_is_the_region(store):
    q3 = _semi("2024Q3", "China")
    text = f"Chinese equipment billings reached {bn(q3, 2)} in the third quarter of 2024."
    (v,) = check_text(store, text, dt.date(2025, 1, 15))
    assert v.verdict == "supported", v.explanation
    assert "region CHN: the demonym 'Chinese'" in v.explanation, v.explanation
    (w,) = check_text(store, text.replace(bn(q3, 2), bn(q3 * 1.5, 2)), dt.date(2025, 1, 15))
    assert w.verdict == "contradicted", w.explanation


def test_tool_spending_is_semi_billings(store):
    y24, y20 = _semi("2024", "Korea"), _semi("2020", "Korea")
    text = f"Korea's tool spending came to {bn(y24, 1)} in 2024, up from {bn(y20, 1)} in 2020."
    vs = check_text(store, text, dt.date(2025, 6, 1))
    for q in (bn(y24, 1), bn(y20, 1)):
        v = by_quote(vs, q)
        assert v.verdict == "supported" and "SEMI" in v.explanation, v.explanation


def test_a_us_dollar_sign_names_no_economy_for_the_sole_reporter(store):
    # "US$" is the currency: the sentence names no economy, so the store's one importer of memories
    # with the World (the US, KazooKat) is read, and said so
    from ..conftest import raw_kazookat

    mem = raw_kazookat("USA", "M", "0", "854232")["2025-03"]
    text = f"Memory imports came to US${mem / 1e6:.0f}m in March 2025."
    (v,) = check_text(store, text, dt.date(2026, 9, 1))
    assert v.verdict == "supported", v.explanation
    assert "reporter USA: resolved as the one reporter" in v.explanation, v.explanation
    (w,) = check_text(
        store, text.replace(f"{mem / 1e6:.0f}m", f"{mem * 1.4 / 1e6:.0f}m"), dt.date(2026, 9, 1)
    )
    assert w.verdict == "not_checkable", w.explanation
