"""Precision guards on the claim reader (issue 11, blind batches 2 and 3): a definite verdict only
where the reader is sure which period, economy, product and base a quantity belongs to.

Every figure here is computed from the raw KazooKat CSV (csv module, never through frontload): US
imports of processors (HS 854231) and memories (854232) by partner, monthly.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontload.claims.verify import check_text

from ..conftest import DATA, raw_kazookat, read_csv
from .raw import KOR, MYS, TWN, D, bn, by_quote, proc


def test_a_contradiction_on_a_period_from_the_previous_sentence_abstains(store):
    """Malaysia's June figure in a sentence with no period of its own: the reader would bind it to
    the previous sentence's July and call a true figure false; it abstains and shows that reading."""
    t, m = proc(TWN), proc(MYS)
    assert abs(m["2026-06"] - m["2026-07"]) > 0.01e9  # the two months print differently
    text = (
        f"US imports of processors from Taiwan reached {bn(t['2026-07'])} in July 2026. "
        f"Purchases from Malaysia were {bn(m['2026-06'])}."
    )
    got = check_text(store, text, D)
    v = by_quote(got, bn(m["2026-06"]))
    assert v.verdict == "not_checkable" and v.reason == "ambiguous", v.explanation
    assert "period" in v.explanation and "July" in v.explanation
    # the same figure with its own month is checked, and a matching inherited frame still supports
    (own,) = check_text(
        store, f"US imports of processors from Malaysia were {bn(m['2026-06'])} in June 2026.", D
    )
    assert own.verdict == "supported"
    ok = check_text(
        store,
        f"US imports of processors from Taiwan reached {bn(t['2026-07'])} in July 2026. "
        f"Purchases from Malaysia were {bn(m['2026-07'])}.",
        D,
    )
    assert by_quote(ok, bn(m["2026-07"])).verdict == "supported"


def test_the_amount_reached_is_not_the_base_months(store):
    """'rose in July from June, to $X': $X is July's level; June is only the base of the rise."""
    t = proc(TWN)
    word = "rose" if t["2026-07"] > t["2026-06"] else "fell"
    text = f"US imports of processors from Taiwan {word} in July 2026 from June, to {bn(t['2026-07'])}."
    v = by_quote(check_text(store, text, D), bn(t["2026-07"]))
    assert v.verdict == "supported", v.explanation
    assert (v.claim.period_start, v.claim.months) == (dt.date(2026, 7, 1), 1)
    # an amount introduced as the base keeps the base month
    text = f"US imports of processors from Taiwan reached {bn(t['2026-07'])} in July 2026, up from {bn(t['2026-06'])} in June."
    b = by_quote(check_text(store, text, D), bn(t["2026-06"]))
    assert b.verdict == "supported" and b.claim.period_start == dt.date(2026, 6, 1), b.explanation


def test_the_same_period_of_another_year_is_the_base_or_the_amounts_span(store):
    """'Through July … up 20% on the same months of 2025' is Jan–Jul 2026 on Jan–Jul 2025, not the
    year 2025 on 2024; 'the $1.1 billion of the same period of 2025' is the first half of 2025."""
    t = proc(TWN)
    ytd = sum(t[f"2026-{m:02d}"] for m in range(1, 8))
    ytd_before = sum(t[f"2025-{m:02d}"] for m in range(1, 8))
    growth = round((ytd / ytd_before - 1) * 100)
    text = f"Through July, US processor imports from Taiwan were up {growth}% on the same months of 2025."
    v = by_quote(check_text(store, text, D), f"{growth}%")
    assert (v.claim.period_start, v.claim.months) == (dt.date(2026, 1, 1), 7)
    assert v.verdict == "supported", v.explanation
    h1 = sum(t[f"2026-{m:02d}"] for m in range(1, 7))
    h1_before = sum(t[f"2025-{m:02d}"] for m in range(1, 7))
    text = (
        f"Over the first half of 2026, US processor imports from Taiwan totalled {bn(h1, 1)}, against the "
        f"{bn(h1_before, 1)} of the same period of 2025."
    )
    b = by_quote(check_text(store, text, D), bn(h1_before, 1))
    assert (b.claim.period_start, b.claim.months) == (dt.date(2025, 1, 1), 6)
    assert b.verdict == "supported", b.explanation


def test_never_fell_below_in_a_year_is_a_monthly_floor(store):
    """'monthly imports never fell below $X in 2025' is every month of 2025 above X, not the year's
    total against X."""
    t = proc(TWN)
    low = min(t[f"2025-{m:02d}"] for m in range(1, 13))
    floor = int(low // 1e8) * 1e8  # a round figure under the lowest month
    text = f"Monthly US imports of processors from Taiwan never fell below {bn(floor, 1)} in 2025."
    (v,) = check_text(store, text, D)
    assert v.claim.kind == "streak" and v.verdict == "supported", v.explanation
    (w,) = check_text(store, text.replace(bn(floor, 1), bn(floor + 0.2e9, 1)), D)
    assert w.claim.kind == "streak" and w.verdict == "contradicted", w.explanation


def test_a_change_after_a_count_is_the_counts_change(store):
    """'549.2 billion integrated circuits in 2024, up 14.6% …, with a total value of US$385 billion':
    the 14.6% is the count's growth (the release prints it), not the value's (it prints 10.4%)."""
    rows = read_csv(DATA / "gacc_ic_imports_headline_transcribed" / "china_ic_imports_headline_figures.csv")
    year = {r["measure"]: r for r in rows if r["period_label"] == "2024" and r["partner"] == "World"}
    qty, val = year["import_quantity"], year["import_value"]
    assert qty["yoy_pct"] != val["yoy_pct"]
    text = (
        f"China imported {qty['value']} billion integrated circuits in 2024, up {qty['yoy_pct']}% year on "
        f"year, with a total value of US${val['value']} billion."
    )
    got = check_text(store, text, dt.date(2025, 2, 1))
    v = by_quote(got, f"{qty['yoy_pct']}%")
    assert v.verdict == "supported" and v.data_value == float(qty["yoy_pct"]), v.explanation
    text = text.replace(f"up {qty['yoy_pct']}%", f"up {val['yoy_pct']}%")
    w = by_quote(check_text(store, text, dt.date(2025, 2, 1)), f"{val['yoy_pct']}%")
    assert w.verdict == "contradicted" and w.data_value == float(qty["yoy_pct"]), w.explanation


def test_a_figure_in_each_of_two_months_is_checked_month_by_month(store):
    t = proc(TWN)
    jan, feb = t["2026-01"], t["2026-02"]
    hi = (int(max(jan, feb) // 1e8) + 1) * 1e8
    assert jan + feb > hi  # the two months' total is over the claim: read as a total, a false "no"
    text = f"US imports of processors from Taiwan were less than {bn(hi, 1)} in each of January and February 2026."
    (v,) = check_text(store, text, D)
    assert v.verdict == "supported", v.explanation
    mid = (int(min(jan, feb) * 1.03 // 1e8) + 1) * 1e8  # clearly above the smaller month only
    assert mid < max(jan, feb)
    (w,) = check_text(store, text.replace(f"less than {bn(hi, 1)}", f"more than {bn(mid, 1)}"), D)
    assert w.verdict == "contradicted", w.explanation
    (a,) = check_text(store, f"US imports of processors from Taiwan averaged {bn(hi, 1)} a month in 2025.", D)
    assert a.verdict == "not_checkable" and a.reason == "ambiguous"


def test_solid_state_drives_are_the_ssd_basket_not_storage_units():
    from frontload.claims.parse import _product

    assert _product("US imports of solid-state drives")[0] == ("852351",)


def test_a_months_rise_with_no_base_named_abstains_when_the_two_bases_disagree(store):
    """'rose 40% in March' names no base: a contradiction on the year-earlier default that the
    month before would support is ambiguous, with both readings; named bases are checked."""
    t = proc(TWN)
    names = ["January", "February", "March", "April", "May", "June", "July"]
    pick = None
    for i in range(1, 7):
        mom = (t[f"2026-{i + 1:02d}"] / t[f"2026-{i:02d}"] - 1) * 100
        yoy = (t[f"2026-{i + 1:02d}"] / t[f"2025-{i + 1:02d}"] - 1) * 100
        if abs(mom - yoy) > 10 and mom > 0:
            pick = (names[i], round(mom), round(yoy))
            break
    assert pick is not None
    month, mom_pct, yoy_pct = pick
    text = f"US imports of processors from Taiwan rose {mom_pct}% in {month} 2026."
    v = by_quote(check_text(store, text, D), f"{mom_pct}%")
    assert v.verdict == "not_checkable" and v.reason == "ambiguous", v.explanation
    assert "month before" in v.explanation
    named = f"US imports of processors from Taiwan rose {mom_pct}% in {month} 2026 from the previous month."
    assert by_quote(check_text(store, named, D), f"{mom_pct}%").verdict == "supported"
    sign = "rose" if yoy_pct > 0 else "fell"
    yoy_text = (
        f"US imports of processors from Taiwan {sign} {abs(yoy_pct)}% in {month} 2026 from a year earlier."
    )
    assert by_quote(check_text(store, yoy_text, D), f"{abs(yoy_pct)}%").verdict == "supported"


def test_a_share_held_by_two_economies_together_is_their_sum(store):
    """'Taiwan and Malaysia together supplied N% of US processor imports': their summed share (a
    verdict on Taiwan's alone would be a guess, and was abstained on before the sum was read)."""
    t, m = proc(TWN), proc(MYS)
    world = raw_kazookat("USA", "M", "0", "854231")
    both = sum(t[f"2025-{k:02d}"] + m[f"2025-{k:02d}"] for k in range(1, 13))
    total = sum(world[f"2025-{k:02d}"] for k in range(1, 13))
    pct = round(both / total * 100)
    assert abs(sum(t[f"2025-{k:02d}"] for k in range(1, 13)) / total * 100 - pct) > 5  # Taiwan alone differs
    text = f"Taiwan and Malaysia together supplied {pct}% of US processor imports in 2025."
    v = by_quote(check_text(store, text, D), f"{pct}%")
    assert v.verdict == "supported" and v.data_value == pytest.approx(both / total * 100), v.explanation
    assert "TWN and MYS" in v.explanation
    text = f"Taiwan and Malaysia together supplied {pct + 10}% of US processor imports in 2025."
    assert by_quote(check_text(store, text, D), f"{pct + 10}%").verdict == "contradicted"


def test_the_nth_month_in_a_row_is_a_run_ending_at_the_sentences_month(store):
    """'$X in July, the fourth month in a row above $Y': every month April–July above Y, not July's
    figure against Y."""
    t = proc(TWN)
    run = [t[f"2026-{k:02d}"] for k in range(4, 8)]
    floor = int(min(run) // 1e8) * 1e8
    text = (
        f"US imports of processors from Taiwan were {bn(t['2026-07'])} in July 2026, "
        f"the fourth month in a row above {bn(floor, 1)}."
    )
    v = by_quote(check_text(store, text, D), "fourth month")
    assert v.claim.kind == "streak" and (v.claim.period_start, v.claim.months) == (dt.date(2026, 4, 1), 4)
    assert v.verdict == "supported", v.explanation
    above = (int(min(run) // 1e8) + 1) * 1e8  # above the run's lowest month but (maybe) not July's
    if above < t["2026-07"]:
        w = by_quote(check_text(store, text.replace(bn(floor, 1), bn(above, 1)), D), "fourth month")
        assert w.verdict == "contradicted", w.explanation


def test_a_release_in_a_wider_scope_supports_only_when_the_text_cites_it(store):
    """Korea's ministry counts all semiconductors; 'Korea's chip exports topped $100 billion' with
    no source named could mean chips (HS 8542, which customs put lower): ambiguous. Citing the
    ministry makes it the release's figure."""
    rows = read_csv(
        DATA / "korea_semiconductor_exports_transcribed" / "korea_semiconductor_exports_transcribed.csv"
    )
    (year,) = [
        r
        for r in rows
        if r["period_label"] == "2020"
        and r["partner"] == "World"
        and r["product_as_reported"] == "semiconductors"
    ]
    floor = int(float(year["value_as_printed"]))
    got = check_text(
        store, f"For 2020 as a whole, Korea's chip exports topped ${floor} billion.", dt.date(2021, 2, 1)
    )
    v = by_quote(got, "topped")
    assert v.verdict == "not_checkable" and v.reason == "ambiguous", v.explanation
    cited = f"For 2020 as a whole, Korea's chip exports topped ${floor} billion, the ICT ministry said."
    w = by_quote(check_text(store, cited, dt.date(2021, 2, 1)), "topped")
    assert w.verdict == "supported", w.explanation


def test_a_fall_of_more_than_a_bound_is_a_fall(store):
    """'fell more than 20%': the "more" is the bound, not a rise (blind batch 4 s56, where a true
    fall was called contradicted as "at least +19.5%"). Figures from the raw Comtrade annual file."""
    rows = read_csv(
        DATA
        / "comtrade_china_imports_from_us_8542_annual"
        / "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv",
        encoding="latin-1",
    )
    value = {
        r["refYear"]: float(r["primaryValue"])
        for r in rows
        if r["partner2Code"] == "0" and r["motCode"] == "0" and r["customsCode"] == "C00"
    }
    change = (value["2022"] / value["2021"] - 1) * 100
    assert -30 < change < -20  # a fall of more than 20%, less than 30
    d = dt.date(2023, 6, 1)
    (v,) = check_text(store, "China's imports of US integrated circuits fell more than 20% in 2022.", d)
    assert v.verdict == "supported", v.explanation
    (w,) = check_text(store, "China's imports of US integrated circuits fell more than 30% in 2022.", d)
    assert w.verdict == "contradicted", w.explanation


def test_percentage_points_and_levels_are_not_value_changes(store):
    """'down from 58.0% in 2022, a drop of 6.3 percentage points', 'rose …, to 22.3%': a share's
    level and its move in points, not changes in the value of the flow (blind batch 4 s09 and s66,
    each called contradicted as a change in Taiwan's exports). The earlier share and the move in
    points are not checked yet (never contradicted); the level after "to", with the share named
    before it, is a share claim (branch claims8b), checked against Taiwan's destinations."""
    text = (
        "Mainland China and Hong Kong together took 51.7% of Taiwan's integrated circuit exports in "
        "2024, down from 58.0% in 2022, a drop of 6.3 percentage points. Hong Kong's share of Taiwan's "
        "chip exports rose in 2024, to 22.3%."
    )
    got = check_text(store, text, dt.date(2025, 9, 1))
    for quote in ("6.3 percentage points",):
        v = by_quote(got, quote)
        assert v.verdict == "not_checkable" and v.reason == "not_trade", (quote, v.explanation)
    level = by_quote(got, "22.3%")
    assert level.claim.comparison == "share" and level.verdict == "supported", level.explanation
    # the earlier share is now read as one (batch 8's a4 shape): the same holders' share of 2022,
    # against Taiwan's own total (its destinations' sum), never a change in the value
    earlier = by_quote(got, "58.0%")
    assert earlier.measure == "share" and earlier.claim.period_start == dt.date(2022, 1, 1)
    assert earlier.verdict == "supported" and "CHN and HKG" in earlier.explanation, earlier.explanation
    assert "percentage points" in by_quote(got, "6.3 percentage points").explanation
    # a change printed as such is still read as one
    (rise,) = check_text(
        store,
        "US imports of processors from Taiwan rose 25% in July 2025 from a year earlier.",
        dt.date(2025, 9, 1),
    )
    assert rise.measure == "change" and rise.claimed == 25.0


def test_a_trailing_zero_is_rounding_and_a_hair_outside_is_never_contradicted(store):
    """'$590 million' for 591.3 m (blind batch 5): the trailing zero of a three-digit figure is a
    journalist's rounding (±5 m), not a third significant figure; and a point figure outside its
    printed rounding by less than 0.5% is consistent, never contradicted."""
    m = proc(MYS)
    month, got = next(
        (k, v) for k, v in sorted(m.items()) if 100e6 <= v < 1e9 and 0.6e6 < abs(v - round(v, -7)) < 4.5e6
    )
    when = dt.date(int(month[:4]), int(month[5:]), 1).strftime("%B %Y")
    printed = f"${round(got, -7) / 1e6:.0f} million"
    text = f"US imports of processors from Malaysia were {printed} in {when}."
    v = by_quote(check_text(store, text, D), printed)
    assert v.verdict == "supported", v.explanation
    # a whole number with two significant figures keeps its own rounding: $20 billion is ±0.5 bn
    far = f"${round(got, -7) / 1e6 + 20:.0f} million"
    c = by_quote(check_text(store, f"US imports of processors from Malaysia were {far} in {when}.", D), far)
    assert c.verdict == "contradicted", c.explanation
    # 0.3% outside a one-decimal rounding: consistent, with the margin named
    near = f"${got * 1.003 / 1e6 + 0.1:.1f} million"
    n = by_quote(check_text(store, f"US imports of processors from Malaysia were {near} in {when}.", D), near)
    assert n.verdict == "consistent" and "0.5%" in n.explanation, n.explanation


def test_a_year_in_the_figures_noun_phrase_is_its_period(store):
    """'..., well short of the 2024 level of $X' (blind batch 5: 'the 2022 peak of $184 billion'):
    the year attached to the figure's noun is its period, not the sentence's other year."""
    t = proc(TWN)
    year = {y: sum(v for k, v in t.items() if k.startswith(y)) for y in ("2024", "2025")}
    text = (
        f"US imports of processors from Taiwan reached {bn(year['2025'])} in 2025, "
        f"against the 2024 level of {bn(year['2024'])}."
    )
    v = by_quote(check_text(store, text, D), bn(year["2024"]))
    assert v.verdict == "supported", v.explanation
    assert (v.claim.period_start, v.claim.months) == (dt.date(2024, 1, 1), 12)


def test_a_period_in_a_later_with_clause_does_not_capture_the_figure_before_it(store):
    """'$X in the seven months, with July alone bringing in $Y' (blind batch 5): July is $Y's
    period, never $X's (the seven-month total checked against July would be called false)."""
    t = proc(TWN)
    total = sum(v for k, v in t.items() if "2026-01" <= k <= "2026-07")
    text = (
        f"US imports of processors from Taiwan reached {bn(total)} in the seven months, "
        f"with July alone bringing in {bn(t['2026-07'])}."
    )
    got = check_text(store, text, D)
    x = by_quote(got, bn(total))
    assert x.verdict == "supported" and x.claim.months == 7, x.explanation
    y = by_quote(got, bn(t["2026-07"]))
    assert y.verdict == "supported" and y.claim.period_start == dt.date(2026, 7, 1), y.explanation


def test_a_multiple_of_another_economys_figure_is_not_a_rise(store):
    """'twice as much as Malaysia' (blind batch 5: 'well over twice as much as second-placed Korea')
    compares two economies in one period; read as a rise on the year before it was called false."""
    t = proc(TWN)
    year = sum(v for k, v in t.items() if k.startswith("2025"))
    text = f"US imports of processors from Taiwan came to {bn(year)} in 2025, well over twice as much as Malaysia."
    v = by_quote(check_text(store, text, D), "twice")
    assert v.verdict == "not_checkable" and v.reason == "ambiguous", v.explanation
    assert "two economies" in v.explanation


def test_a_record_of_a_share_is_not_a_record_of_the_value(store):
    """'India's share of Taiwan's chip exports reached a record in 2024' (blind batch 5): the share
    peaked while the value did not; the value's record is no verdict on the share's."""
    (v,) = check_text(store, "Malaysia's share of US processor imports reached a record in 2025.", D)
    assert v.verdict == "not_checkable" and "share" in v.explanation, v.explanation
    (w,) = check_text(store, "US imports of processors from Malaysia reached a record in 2025.", D)
    assert w.measure == "record" and w.verdict != "not_checkable", w.explanation


def test_the_word_on_the_flow_noun_names_the_goods_not_a_word_in_a_cause():
    """'South Korea's chip exports slid ... as the memory glut bit' (blind batch 5): chips (HS 8542),
    not memories; 'memory chip imports' stays memories."""
    from frontload.claims.parse import _product

    chips, _ = _product("South Korea's chip exports slid almost 24% in 2023 as the memory glut bit.")
    assert chips == _product("South Korea's chip exports slid in 2023.")[0]
    memory, _ = _product("US memory chip imports rose in July.")
    assert memory != chips and memory == _product("US imports of memory chips rose in July.")[0]


def test_a_hyphenated_product_between_the_economy_and_the_flow_keeps_the_reporter(store):
    """'US memory-chip imports hit $X in June' (blind batch 5): the US is the importer, as in 'US
    memory chip imports'; the hyphen made 'US memory' read as the goods' origin."""
    world = raw_kazookat("USA", "M", "0", "854232")
    for words in ("memory-chip", "memory chip"):
        text = f"US {words} imports hit ${world['2026-06'] / 1e6:.1f} million in June 2026."
        (v,) = check_text(store, text, D)
        assert (v.claim.reporter, v.verdict) == ("USA", "supported"), v.explanation


def test_one_and_a_half_times_is_a_multiple_of_one_and_a_half(store):
    """'about one and a half times the year-earlier level' (blind batch 5, missed): x1.5, not
    'half' (a fall by half) and not unread; 'two and a half times' is x2.5."""
    t = proc(TWN)
    now = sum(v for k, v in t.items() if "2026-01" <= k <= "2026-07")
    then = sum(v for k, v in t.items() if "2025-01" <= k <= "2025-07")
    assert 1.2 < now / then < 2.0
    for words, k in (("one and a half", 1.5), ("two and a half", 2.5)):
        text = f"US imports of processors from Taiwan in January-July 2026 were {words} times the year-earlier level."
        v = by_quote(check_text(store, text, D), f"{words} times")
        assert v.claim.multiple == k and v.measure == "multiple", v.explanation
        assert v.verdict != "not_checkable" and "rise" in v.explanation, v.explanation
    assert v.verdict == "contradicted"  # x2.5 against a ratio under 2


def test_an_articles_period_runs_on_into_the_next_paragraph(store):
    """'over January to July' two paragraphs up (blind batches 1, 3-5): a later paragraph with no
    period of its own takes it, and says so; a contradiction on it abstains (the guard)."""
    t, m = proc(TWN), proc(MYS)
    span = [k for k in t if "2026-01" <= k <= "2026-07"]
    tw, my = sum(t[k] for k in span), sum(m[k] for k in span)
    text = (
        f"US imports of processors from Taiwan reached {bn(tw)} over January to July 2026.\n\n"
        f"Purchases of processors from Malaysia came to {bn(my)}."
    )
    v = by_quote(check_text(store, text, D), bn(my))
    assert v.verdict == "supported" and (v.claim.period_start, v.claim.months) == (dt.date(2026, 1, 1), 7)
    assert any("an earlier paragraph" in i for i in v.claim.inherited), v.claim.inherited
    wrong = text.replace(bn(my), bn(my * 1.3))
    w = by_quote(check_text(store, wrong, D), bn(my * 1.3))
    assert w.verdict == "not_checkable" and w.reason == "ambiguous", w.explanation


def test_a_month_named_in_an_after_clause_is_not_the_paragraphs_period(store):
    """'..., to $X, after falling sharply in June' (blind batch 5): June is the fall's month; the
    figure before it keeps the article's period, and the next paragraph carries the lead period,
    not June."""
    t, m, k = proc(TWN), proc(MYS), proc(KOR)
    span = [x for x in t if "2026-01" <= x <= "2026-07"]
    tw, my, ko = (sum(d[x] for x in span) for d in (t, m, k))
    text = (
        f"US imports of processors from Taiwan reached {bn(tw)} over January to July 2026.\n\n"
        f"Purchases of processors from Malaysia came to {bn(my)}, after falling in June.\n\n"
        f"Purchases of processors from South Korea came to {bn(ko)}."
    )
    got = check_text(store, text, D)
    for figure in (bn(my), bn(ko)):
        v = by_quote(got, figure)
        assert (v.claim.months, v.verdict) == (7, "supported"), v.explanation
