""" "US$" is a currency, never an economy the text names, wherever "named in the sentence /
paragraph / headline" is decided; a region that "bought chip equipment" with no origin is SEMI's
billings into that region, and "the global US$X" is SEMI's Total (branch claims13a, issue 11).
Sentences written for these tests; figures from the raw files (csv module, never through
frontload)."""

from __future__ import annotations

import datetime as dt

from frontload.claims.verify import check_text

from ..conftest import DATA, read_csv
from .raw import by_quote

SEMI = DATA / "semi_equipment_billings_transcribed" / "semi_equipment_billings_by_region.csv"


def _semi(period: str, region: str) -> float:
    (v,) = {
        float(r["billings_usd_bn"]) for r in read_csv(SEMI) if r["period"] == period and r["region"] == region
    }
    return v


def test_bought_chip_equipment_is_semi_billings_and_global_is_the_total(store):
    kor, tot = _semi("2024", "Korea"), _semi("2024", "Total")
    share = round(kor / tot * 100)
    text = f"Korea bought US${kor:.1f} billion of chip-making equipment in 2024, {share}% of the global US${tot:.1f} billion."
    vs = check_text(store, text, dt.date(2025, 5, 1))
    a, s, t = by_quote(vs, f"US${kor:.1f}"), by_quote(vs, f"{share}%"), by_quote(vs, f"US${tot:.1f}")
    assert a.verdict == "supported" and "SEMI" in a.explanation, a.explanation
    assert s.verdict == "supported", s.explanation
    assert t.verdict == "supported" and "WLD" in t.explanation, t.explanation
    # never read as the US's trade with Korea: "US$" names no economy
    assert all("USA" not in v.explanation for v in vs), [v.explanation for v in vs]


def test_a_wrong_billings_figure_is_contradicted_on_semi(store):
    kor = _semi("2024", "Korea")
    (v,) = check_text(
        store, f"Korea bought US${kor * 1.4:.1f} billion of chip equipment in 2024.", dt.date(2025, 5, 1)
    )
    assert v.verdict == "contradicted" and "SEMI" in v.explanation, v.explanation


def test_equipment_imports_from_a_partner_stay_customs(store):
    # "imports ... from Japan" is a customs flow, not SEMI's billings
    vs = check_text(
        store, "Korea bought US$5.0 billion of chip equipment from Japan in 2024.", dt.date(2025, 5, 1)
    )
    assert all("SEMI billings" not in v.explanation for v in vs), [v.explanation for v in vs]


def test_the_one_record_of_an_economy_is_read_and_said_so(store):
    # no economy but Malaysia named ("US$" is the currency): the store's only record of Malaysia's
    # processors is the US's imports from it; read, said so, and a contradiction abstains
    from .raw import MYS, proc

    s = proc(MYS)
    h1 = sum(s[f"2026-{m:02d}"] for m in range(1, 7))
    ok = f"Malaysia's processor shipments came to US${h1 / 1e9:.2f}bn in the first half of 2026."
    (v,) = check_text(store, ok, dt.date(2026, 9, 14))
    assert v.verdict == "supported", v.explanation
    assert "resolved as USA's imports from MYS" in v.explanation and "names no other economy" in v.explanation
    (w,) = check_text(store, ok.replace(f"{h1 / 1e9:.2f}", f"{h1 * 0.7 / 1e9:.2f}"), dt.date(2026, 9, 14))
    assert w.verdict == "not_checkable", w.explanation


def test_a_change_alone_is_not_read_on_the_one_record(store):
    # a percentage that happens to match the US's record is no evidence that it is Malaysia's own
    from .raw import MYS, proc

    s = proc(MYS)
    h26 = sum(s[f"2026-{m:02d}"] for m in range(1, 7))
    h25 = sum(s[f"2025-{m:02d}"] for m in range(1, 7))
    pct = round(abs(h26 / h25 - 1) * 100)
    verb = "rose" if h26 > h25 else "fell"
    (v,) = check_text(
        store,
        f"Malaysia's processor shipments {verb} {pct}% in the first half of 2026.",
        dt.date(2026, 9, 14),
    )
    assert v.verdict == "not_checkable", v.explanation


def test_the_flow_word_of_the_previous_sentence_brings_its_economy(store):
    # "US processor imports …. Malaysia … $X": the imports read from the previous sentence are the
    # US's, named in the paragraph, so the US's record of Malaysia is the one read (and said so)
    from .raw import MYS, proc

    s = proc(MYS)
    h1 = sum(s[f"2026-{m:02d}"] for m in range(1, 7))
    text = (
        "US processor imports grew in the first half of 2026. "
        f"Malaysia supplied US${h1 / 1e9:.2f} billion of them."
    )
    vs = check_text(store, text, dt.date(2026, 9, 14))
    v = by_quote(vs, f"US${h1 / 1e9:.2f}")
    assert v.verdict == "supported", v.explanation
    assert "USA" in v.explanation, v.explanation
