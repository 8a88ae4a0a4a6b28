"""Batch 8's shapes (issue 11), each on figures from the raw files (csv module, never through
frontload): the two sides of one flow, one side per sentence, the base of a change or a multiple,
bounded records by month, a quarter's move with no base, and the subject of a with-clause, of a
world total and of "overtook".
"""

from __future__ import annotations

import datetime as dt

from frontload.claims.verify import check_text

from ..conftest import DATA, raw_kazookat, read_csv
from .raw import MYS, TW_BY_COUNTRY, TWN, D, bn, by_quote, proc, taiwan_exports

KOR, VNM = "410", "704"
SEMI = DATA / "semi_equipment_billings_transcribed" / "semi_equipment_billings_by_region.csv"


def _year(year: str, by_month: dict[str, float]) -> float:
    return sum(v for k, v in by_month.items() if k.startswith(year))


def _m(x: float) -> str:
    return f"${x / 1e6:.0f} million"



def test_the_other_side_of_a_flow_is_tried_before_a_contradiction(store):
    """'Taiwanese memory shipments to the US': Taiwan's customs and the US imports differ by far;
    the figure that matches the US side is supported, and the explanation names both sides."""
    us = _year("2024", raw_kazookat("USA", "M", TWN, "854232"))
    tw = taiwan_exports("2024", "美國", "854232")
    assert abs(us - tw) / us > 0.2
    text = f"Taiwanese memory shipments to the US came to {_m(us)} in 2024."
    (v,) = check_text(store, text, dt.date(2025, 3, 1))
    assert v.verdict == "supported" and "other side of the flow" in v.explanation, v.explanation
    (w,) = check_text(store, text.replace(_m(us), _m(us * 1.5)), dt.date(2025, 3, 1))
    assert w.verdict == "contradicted", w.explanation


def test_one_side_per_sentence(store):
    """'Taiwan shipped $X of processors to the United States in 2024, up about N%': the amount is
    borne out on the US side only, so the change is read there too, not on Taiwan's customs."""
    us24, us23 = (_year(y, proc(TWN)) for y in ("2024", "2023"))
    tw24, tw23 = (taiwan_exports(y, "美國", "854231") for y in ("2024", "2023"))
    g_us, g_tw = (us24 / us23 - 1) * 100, (tw24 / tw23 - 1) * 100
    assert abs(g_us - g_tw) > 20
    text = f"Taiwan shipped {bn(us24, 2)} of processors to the United States in 2024, up about {g_tw:.0f}%."
    got = check_text(store, text, dt.date(2025, 3, 1))
    assert by_quote(got, bn(us24, 2)).verdict == "supported"
    change = by_quote(got, f"{g_tw:.0f}%")
    assert change.verdict == "contradicted" and "borne out on" in change.explanation, change.explanation
    text = f"Taiwan shipped {bn(us24, 2)} of processors to the United States in 2024, up about {g_us:.0f}%."
    assert by_quote(check_text(store, text, dt.date(2025, 3, 1)), f"{g_us:.0f}%").verdict == "supported"


def test_the_base_amount_of_a_year_earlier_is_the_year_befores(store):
    """'rose to $A in February 2024, more than double the $B of a year earlier': $B is February
    2023's figure, not February 2024's."""
    v = proc(TWN)
    a, b = v["2024-02"], v["2023-02"]
    text = f"Processor imports from Taiwan rose to {_m(a)} in February 2024, well above the {_m(b)} of a year earlier."
    got = check_text(store, text, dt.date(2024, 4, 1))
    assert by_quote(got, _m(a)).verdict == "supported"
    base = by_quote(got, _m(b))
    assert base.claim.period_start == dt.date(2023, 2, 1) and base.verdict == "supported", base.explanation


def test_the_whole_of_a_year_is_a_multiples_base(store):
    """'In the first seven months of 2026 … more than N times the whole of 2025': the base is 2025
    (twelve months), the period January-July 2026."""
    v = raw_kazookat("USA", "M", KOR, "854232")
    ytd = sum(v[f"2026-{m:02d}"] for m in range(1, 8))
    ratio = ytd / _year("2025", v)
    assert ratio > 2.1
    text = (
        f"In the first seven months of 2026, US memory imports from Korea totalled {bn(ytd, 2)}, already "
        "more than double the whole of 2025."
    )
    x = by_quote(check_text(store, text, D), "more than double")
    assert x.verdict == "supported" and x.data_value is not None and abs(x.data_value - ratio) < 0.01, x.explanation
    wrong = text.replace("more than double", f"more than {int(ratio) + 2} times")
    assert by_quote(check_text(store, wrong, D), "more than").verdict == "contradicted"


def test_a_record_since_a_named_month(store):
    """'the most since <month>': supported when the month named (or the one before) is the last
    higher one; contradicted when a later month beat the claim's."""
    v = proc(VNM)
    cur = "2026-05"
    higher = [k for k in sorted(v) if k < cur and v[k] >= v[cur]]
    last = higher[-1]
    first = dt.date(int(last[:4]), int(last[5:]), 1)
    before = dt.date(first.year - (first.month <= 3), (first.month - 4) % 12 + 1, 1)
    assert not any(before.strftime("%Y-%m") < k < last for k in higher[:-1])
    text = "Processor imports from Vietnam climbed to {} in May 2026, the most since {}."
    ok = by_quote(check_text(store, text.format(_m(v[cur]), first.strftime("%B %Y")), D), "most since")
    assert ok.verdict == "supported", ok.explanation
    bad = by_quote(check_text(store, text.format(_m(v[cur]), before.strftime("%B %Y")), D), "most since")
    assert bad.verdict == "contradicted" and first.strftime("%b %Y") in bad.explanation, bad.explanation


def test_a_quarters_move_without_a_base_and_no_quarter_before_is_ambiguous(store):
    """SEMI's table has no quarter before this one: 'slid … in the second quarter' may be on the
    quarter before or a year earlier, so no verdict on the direction; the amount is checked."""
    rows = read_csv(SEMI)
    have = {(r["period"], r["region"]): float(r["billings_usd_bn"]) for r in rows if r["period_type"] == "quarter"}
    q = next(
        p
        for (p, reg) in sorted(have)
        if reg == "Taiwan" and p.endswith("Q2") and (p[:4] + "Q1", "Taiwan") not in have
        and (str(int(p[:4]) - 1) + "Q2", "Taiwan") in have
    )
    x = have[(q, "Taiwan")]
    text = f"Taiwan's equipment billings slid to ${x:.1f} billion in the second quarter of {q[:4]}."
    got = check_text(store, text, dt.date(int(q[:4]), 8, 1))
    move = by_quote(got, "slid")
    assert move.verdict == "not_checkable" and move.reason == "ambiguous", move.explanation
    assert by_quote(got, f"${x:.1f} billion").verdict == "supported"


def test_a_with_clause_names_the_partner_and_keeps_it(store):
    """'Taiwan's chip exports totalled $T, with Malaysia taking $M, already most of 2024's $M24':
    both figures are Taiwan's exports to Malaysia, not its World total."""
    total = taiwan_exports("2024")
    mys23, mys24 = taiwan_exports("2023", "馬來西亞"), taiwan_exports("2024", "馬來西亞")
    text = (
        f"Taiwan's chip exports totalled {bn(total, 1)} in 2024, with Malaysia taking {bn(mys24, 2)}, "
        f"up from 2023's {bn(mys23, 2)}."
    )
    got = check_text(store, text, dt.date(2025, 3, 1))
    for figure in (bn(total, 1), bn(mys24, 2), bn(mys23, 2)):
        assert by_quote(got, figure).verdict == "supported", by_quote(got, figure).explanation
    assert by_quote(got, bn(mys24, 2)).claim.partner == "MYS"


def test_world_exports_are_the_sum_of_every_reporter(store):
    rows = read_csv(
        DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_raw.csv", encoding="latin-1"
    )
    by = {r["reporterISO"]: float(r["primaryValue"]) for r in rows if r["refYear"] == "2023"}
    world = sum(by.values())
    share = by["MYS"] / world * 100
    text = (
        f"Malaysia shipped {share:.1f}% of world integrated circuit exports in 2023, a share of world "
        f"exports of roughly ${world / 1e9:.0f} billion."
    )
    got = check_text(store, text, dt.date(2024, 6, 1))
    x = by_quote(got, f"${world / 1e9:.0f} billion")
    assert x.verdict == "supported" and x.claim.reporter == "WLD", x.explanation


def test_the_subject_of_overtook_is_the_one_ranked(store):
    """'Taiwan overtook Malaysia as the biggest foreign supplier of processors to the US, shipping
    $T against Malaysia's $M': Taiwan is ranked among US suppliers; each amount is its own partner's."""
    t, m = _year("2024", proc(TWN)), _year("2024", proc(MYS))
    assert t > m
    text = (
        "Taiwan overtook Malaysia as the biggest foreign supplier of processors to the US in 2024, "
        f"shipping {bn(t, 1)} against Malaysia's {bn(m, 1)}."
    )
    got = check_text(store, text, dt.date(2025, 2, 1))
    rank = by_quote(got, "biggest foreign supplier")
    assert rank.claim.partner == "TWN" and rank.verdict in ("supported", "consistent"), rank.explanation
    assert by_quote(got, bn(t, 1)).verdict == "supported"
    assert by_quote(got, bn(m, 1)).verdict == "supported", by_quote(got, bn(m, 1)).explanation


def test_an_amount_keeps_the_period_before_it_when_another_figure_follows(store):
    """'set a record in 2022 at $X before falling N% in 2023': $X is 2022's."""
    t22, t23 = taiwan_exports("2022"), taiwan_exports("2023")
    pct = (t23 / t22 - 1) * 100
    text = f"Taiwan's IC exports peaked in 2022 at {bn(t22, 1)} before falling {abs(pct):.1f}% in 2023."
    got = check_text(store, text, dt.date(2024, 3, 1))
    amount = by_quote(got, bn(t22, 1))
    assert amount.claim.period_start == dt.date(2022, 1, 1) and amount.verdict == "supported", amount.explanation
    assert by_quote(got, f"{abs(pct):.1f}%").verdict == "supported", by_quote(got, f"{abs(pct):.1f}%").explanation


def test_an_earlier_share_after_the_noun_phrase_and_its_year(store):
    """'China accounted for about P% of global billings of $T, up from Q% in 2020': P% and $T are of
    the sentence before's year, Q% of 2020 (SEMI's annual table)."""
    rows = [r for r in read_csv(SEMI) if r["period_type"] == "annual"]
    v = {(r["period"], r["region"]): float(r["billings_usd_bn"]) for r in rows}
    year = max(p for p, reg in v if reg == "China" and (p, "Total") in v)
    p_now = v[(year, "China")] / v[(year, "Total")] * 100
    p_then = v[("2020", "China")] / v[("2020", "Total")] * 100
    assert abs(p_now - p_then) > 5
    text = (
        f"Chip-equipment billings in mainland China rose to ${v[(year, 'China')]:.1f} billion in {year}. "
        f"China accounted for about {p_now:.0f}% of global billings of ${v[(year, 'Total')]:.1f} billion, "
        f"up from {p_then:.0f}% in 2020."
    )
    got = check_text(store, text, dt.date(int(year) + 1, 4, 1))
    for quote in (f"about {p_now:.0f}%", f"${v[(year, 'Total')]:.1f} billion", f"{p_then:.0f}%"):
        x = by_quote(got, quote)
        assert x.verdict == "supported", (quote, x.explanation)
    assert by_quote(got, f"{p_then:.0f}%").claim.period_start == dt.date(2020, 1, 1)


def test_an_economy_listed_in_a_story_about_imports_is_a_supplier(store):
    """'US imports of memory chips came to $T in June 2026. South Korea supplied $K of that, with
    Taiwan at $W': Korea and Taiwan are partners of the US imports."""
    tot = raw_kazookat("USA", "M", "0", "854232")["2026-06"]
    kor = raw_kazookat("USA", "M", KOR, "854232")["2026-06"]
    twn = raw_kazookat("USA", "M", TWN, "854232")["2026-06"]
    text = (
        f"US imports of memory chips came to {_m(tot)} in June 2026. "
        f"South Korea supplied {_m(kor)} of that, with Taiwan at {_m(twn)}."
    )
    got = check_text(store, text, D)
    for quote, iso in ((_m(kor), "KOR"), (_m(twn), "TWN")):
        x = by_quote(got, quote)
        assert (x.claim.reporter, x.claim.partner) == ("USA", iso) and x.verdict == "supported", x.explanation


def test_directions_ranks_and_suppliers_in_other_words(store):
    """'were up … were down', 'before rebounding', 'held sixth place among IC exporters', 'Korea
    supplied $X of memory chips to the United States' (the supplier's exports, read on the US
    imports since the store has no Korean exports)."""
    t = proc(TWN)
    q1 = sum(t[f"2026-0{m}"] for m in (1, 2, 3)) / sum(t[f"2025-0{m}"] for m in (1, 2, 3))
    mys = proc(MYS)
    q1m = sum(mys[f"2026-0{m}"] for m in (1, 2, 3)) / sum(mys[f"2025-0{m}"] for m in (1, 2, 3))
    assert q1 > 1.05 and q1m < 0.95
    got = check_text(
        store,
        "Processor imports from Taiwan were up in the first quarter of 2026 while those from Malaysia were down.",
        D,
    )
    assert [(v.claim.quote, v.claim.direction) for v in got] == [("up", 1), ("down", -1)]
    rows = read_csv(
        DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_raw.csv", encoding="latin-1"
    )
    by = {r["reporterISO"]: float(r["primaryValue"]) for r in rows if r["refYear"] == "2023"}
    pos = sorted(by, key=lambda k: -by[k]).index("MYS") + 1
    words = {4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth"}
    (rank,) = check_text(store, f"Malaysia held {words[pos]} place among IC exporters in 2023.", dt.date(2024, 6, 1))
    assert rank.measure == "rank" and rank.verdict == "supported", rank.explanation
    k = raw_kazookat("USA", "M", KOR, "854232")
    k24 = _year("2024", k)
    text = f"Korea supplied {_m(k24)} of memory chips to the United States in 2024."
    (v,) = check_text(store, text, dt.date(2025, 3, 1))
    assert (v.claim.reporter, v.claim.partner, v.claim.flow) == ("USA", "KOR", "M") and v.verdict == "supported"


def test_the_buyer_of_an_economys_chips_and_the_economy_overtaken(store):
    """'# Hong Kong overtakes mainland as top buyer of Taiwan chips': Taiwan is the exporter the
    article is about; 'Malaysia took $M' is Taiwan's exports to Malaysia; 'Hong Kong overtook the
    mainland …, taking $H against $C': $C is the mainland's."""
    hkg, chn = taiwan_exports("2024", "香港"), taiwan_exports("2024", "中國大陸")
    mys, total = taiwan_exports("2024", "馬來西亞"), taiwan_exports("2024")
    text = (
        "# Malaysia gains as a buyer of Taiwan chips\n\n"
        f"Total IC exports came to {bn(total, 1)} in 2024.\n\n"
        f"Malaysia took {bn(mys, 2)} in 2024."
    )
    got = check_text(store, text, dt.date(2025, 3, 1))
    for figure, partner in ((bn(total, 1), None), (bn(mys, 2), "MYS")):
        x = by_quote(got, figure)
        assert (x.claim.reporter, x.claim.partner) == ("TWN", partner) and x.verdict == "supported", x.explanation
    big, small, who = (hkg, chn, "CHN") if hkg > chn else (chn, hkg, "HKG")
    first, second = ("Hong Kong", "the mainland") if hkg > chn else ("Mainland China", "Hong Kong")
    text = (
        f"In 2024, {first} overtook {second} as the top destination for Taiwan's chips, taking "
        f"{bn(big, 1)} against {bn(small, 1)}."
    )
    x = by_quote(check_text(store, text, dt.date(2025, 3, 1)), bn(small, 1))
    assert x.claim.partner == who and x.verdict == "supported", x.explanation


def test_a_later_figures_year_and_a_listed_economy(store):
    """'came to $T in the first seven months, about two-thirds of 2024's $Y': 2024 is $Y's year,
    not $T's; 'Malaysia took $M and Vietnam $V': $V is Vietnam's."""
    rows = read_csv(TW_BY_COUNTRY)
    assert any(r["Year"] == "2025" for r in rows)
    t24 = taiwan_exports("2024")
    mys, vnm = taiwan_exports("2024", "馬來西亞"), taiwan_exports("2024", "越南")
    text = (
        f"Taiwan's IC exports came to {bn(t24, 1)} last year, nearly double 2015's $100 billion. "
        f"Malaysia took {bn(mys, 2)} and Vietnam {bn(vnm, 2)} in 2024."
    )
    got = check_text(store, text, dt.date(2025, 3, 1))
    x = by_quote(got, bn(t24, 1))
    assert x.claim.period_start == dt.date(2024, 1, 1) and x.verdict == "supported", x.explanation
    for figure, iso in ((bn(mys, 2), "MYS"), (bn(vnm, 2), "VNM")):
        y = by_quote(got, figure)
        assert y.claim.partner == iso and y.verdict == "supported", y.explanation


def test_a_when_anchor_is_the_period_of_what_follows(store):
    """'The shift recalls 2015, when Taiwan's IC exports to Japan reached $X': 2015 is the period
    (it was taken from the paragraph or the article date)."""
    x = taiwan_exports("2015", "日本")
    text = f"The shift recalls 2015, when Taiwan's IC exports to Japan reached {bn(x, 2)}."
    (v,) = check_text(store, text, dt.date(2025, 3, 1))
    assert v.claim.period_start == dt.date(2015, 1, 1) and v.verdict == "supported", v.explanation


def test_another_exporter_of_the_same_flow(store):
    """In a story about Taiwan's processor shipments to the US, 'Vietnam's shipments rose to $V'
    and 'while those from South Korea more than doubled' are the US imports from Vietnam and Korea
    (the store's record of those flows), not their exports to the world or to each other."""
    vnm, kor = proc(VNM), proc(KOR)
    v = sum(vnm[f"2026-{m:02d}"] for m in range(1, 8))
    k26 = sum(kor[f"2026-{m:02d}"] for m in range(1, 8))
    k25 = sum(kor[f"2025-{m:02d}"] for m in range(1, 8))
    assert k26 / k25 > 2.05
    text = (
        "# Taiwan processor shipments to US keep climbing\n\n"
        f"Vietnam's shipments rose to {bn(v, 2)} in the first seven months of 2026, while those from "
        "South Korea more than doubled."
    )
    got = check_text(store, text, D)
    x = by_quote(got, bn(v, 2))
    assert (x.claim.reporter, x.claim.partner) == ("USA", "VNM") and x.verdict == "supported", x.explanation
    y = by_quote(got, "more than doubled")
    assert (y.claim.reporter, y.claim.partner) == ("USA", "KOR") and y.verdict == "supported", y.explanation


def test_an_elliptical_share_after_a_share(store):
    """'Mainland China took N% of the total and Hong Kong M%': M% is Hong Kong's share; 'rose 5% and
    Korea 3%' (no share before) is not read as one."""
    total, hkg, chn = taiwan_exports("2024"), taiwan_exports("2024", "香港"), taiwan_exports("2024", "中國大陸")
    text = (
        f"Taiwan's exports of integrated circuits came to {bn(total, 1)} in 2024. Mainland China took "
        f"{chn / total * 100:.0f}% of the total and Hong Kong {hkg / total * 100:.0f}%."
    )
    x = by_quote(check_text(store, text, dt.date(2025, 3, 1)), f" {hkg / total * 100:.0f}%".strip())
    assert x.measure == "share" and x.claim.partner == "HKG" and x.verdict == "supported", x.explanation


def test_among_the_n_biggest_suppliers_is_a_rank_not_a_count(store):
    (v,) = check_text(
        store, "Vietnam was among the five biggest suppliers of processors to the United States in 2025.", D
    )
    assert v.measure == "rank" and v.claim.rank == 5, v.explanation


def test_a_quarter_named_as_the_base(store):
    """'rose about N% from the second quarter': the quarter before is the base, not a year earlier
    (batch 8 s093)."""
    rows = [r for r in read_csv(SEMI) if r["period_type"] == "quarter" and r["region"] == "Total"]
    v = {r["period"]: float(r["billings_usd_bn"]) for r in rows}
    q3, q2, q3_before = v["2024Q3"], v["2024Q2"], v["2023Q3"]
    qoq, yoy = (q3 / q2 - 1) * 100, (q3 / q3_before - 1) * 100
    assert abs(qoq - yoy) > 3
    text = f"Global chip equipment billings rose about {qoq:.0f}% in the third quarter of 2024 from the second quarter."
    x = by_quote(check_text(store, text, dt.date(2024, 12, 10)), f"{qoq:.0f}%")
    assert x.claim.base_start == dt.date(2024, 4, 1) and x.verdict == "supported", x.explanation
