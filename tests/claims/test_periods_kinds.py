"""Period grammar and claim kinds (issue 11, branch claims8b; batches 5-7's misses, each a general
shape): spans to a month ("through July", "the seven months to July", "the June quarter", "H1 2025",
"2Q25"), spans to date ("so far this year", "the past twelve months"), the year of a figure's own
noun ("the 2024 peak of"), "last year's imports", a count of years, a monthly floor over a year, a
region outside the store, and the year-earlier base not carried to the next sentence.

Sentences written for these tests; figures from the raw KazooKat CSV (csv module, never through
frontload).
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontload.claims.verify import check_text

from ..conftest import raw_kazookat
from .raw import KOR, MYS, TWN, D, bn, by_quote, proc


def span_sum(series: dict[str, float], first: str, last: str) -> float:
    return sum(v for k, v in series.items() if first <= k <= last)


def m(x: float) -> str:
    return f"${x / 1e6:.1f} million"


@pytest.mark.parametrize(
    "wording",
    [
        "came to {x} through July",
        "came to {x} in the seven months to July",
        "came to {x} from January through July",
        "came to {x} in the year to July",
        "came to {x} as of July",
    ],
)
def test_year_to_a_month_is_january_to_that_month(store, wording):
    """Every wording of the year to date read as January-July, never July alone."""
    jan_jul = span_sum(proc(MYS), "2026-01", "2026-07")
    text = "US imports of processors from Malaysia " + wording.format(x=bn(jan_jul)) + "."
    got = by_quote(check_text(store, text, D), "billion")
    assert (got.claim.period_start, got.claim.months) == (dt.date(2026, 1, 1), 7), got.explanation
    assert got.verdict == "supported", got.explanation
    wrong = "US imports of processors from Malaysia " + wording.format(x=bn(jan_jul * 1.3)) + "."
    assert by_quote(check_text(store, wrong, D), "billion").verdict == "contradicted"


@pytest.mark.parametrize(
    "wording,first,last",
    [
        ("in the three months to September 2025", "2025-07", "2025-09"),
        ("in the June quarter of 2025", "2025-04", "2025-06"),
        ("in H1 2025", "2025-01", "2025-06"),
        ("in 1H25", "2025-01", "2025-06"),
        ("in 2Q25", "2025-04", "2025-06"),
        ("in the second-quarter of 2025", "2025-04", "2025-06"),
    ],
)
def test_quarters_and_halves_in_shorthand(store, wording, first, last):
    x = span_sum(proc(MYS), first, last)
    text = f"US imports of processors from Malaysia reached {bn(x)} {wording}."
    got = by_quote(check_text(store, text, D), "billion")
    assert got.claim.period_start == dt.date(int(first[:4]), int(first[5:]), 1), got.explanation
    assert got.verdict == "supported", got.explanation


def test_a_quarter_without_a_year_is_not_in_the_future(store):
    """'fourth-quarter imports' in an article of February 2026: the fourth quarter of 2025."""
    x = span_sum(proc(MYS), "2025-10", "2025-12")
    text = f"Fourth-quarter US imports of processors from Malaysia came to {bn(x)}."
    got = by_quote(check_text(store, text, dt.date(2026, 2, 20)), "billion")
    assert got.claim.period_start == dt.date(2025, 10, 1) and got.verdict == "supported", got.explanation


def test_so_far_this_year_ends_at_the_latest_month_in_the_store(store):
    """'so far this year' in September: the store's months of the year (January-July), not August."""
    series = proc(MYS)
    x = span_sum(series, "2026-01", "2026-07")
    assert "2026-08" not in series
    for wording in ("so far this year", "in the year to date", "this year"):
        text = f"Malaysia has shipped the US {bn(x)} of processors {wording}."
        got = by_quote(check_text(store, text, D), "billion")
        assert got.claim.months == 7 and got.verdict == "supported", (wording, got.explanation)


def test_a_forecast_this_year_is_not_the_year_to_date(store):
    text = "Analysts expect US processor imports from Malaysia to reach $9 billion this year."
    got = by_quote(check_text(store, text, D), "billion")
    assert got.verdict not in ("supported", "contradicted") or got.claim.months == 12, got.explanation


def test_the_past_twelve_months(store):
    x = span_sum(proc(MYS), "2025-08", "2026-07")
    text = f"In the past twelve months the US bought {bn(x)} of processors from Malaysia."
    got = by_quote(check_text(store, text, D), "billion")
    assert (got.claim.period_start, got.claim.months) == (dt.date(2025, 8, 1), 12), got.explanation
    assert got.verdict == "supported", got.explanation


def test_the_year_of_a_peak_is_the_figure_own_period(store):
    """'a long way from the 2024 peak of about $X': the base's noun carries its year; the figure is
    2024's, not the sentence's other year."""
    series = proc(MYS)
    y24, y25 = span_sum(series, "2024-01", "2024-12"), span_sum(series, "2025-01", "2025-12")
    for noun in ("peak", "high", "top"):
        text = f"US processor imports from Malaysia were {bn(y25)} in 2025, a long way from the 2024 {noun} of about {bn(y24, 1)}."
        got = by_quote(check_text(store, text, D), "about")
        assert got.claim.period_start == dt.date(2024, 1, 1) and got.verdict == "supported", got.explanation


def test_last_years_flow_is_the_period(store):
    x = span_sum(proc(MYS), "2025-01", "2025-12")
    text = f"Customs data put last year's US processor imports from Malaysia at {bn(x)}."
    got = by_quote(check_text(store, text, D), "billion")
    assert got.claim.period_start == dt.date(2025, 1, 1) and got.verdict == "supported", got.explanation


def test_a_count_of_years_is_not_that_years_amount(store):
    """'the second year above $X': a count of years; the amount before it is checked on its own."""
    x = span_sum(proc(MYS), "2025-01", "2025-12")
    low = f"${int(x / 1e9)} billion"
    text = f"US processor imports from Malaysia reached {bn(x)} in 2025, the second year above {low}."
    got = check_text(store, text, D)
    assert by_quote(got, "the second year").verdict == "not_checkable"
    assert by_quote(got, f"{bn(x)}").verdict == "supported"


def test_every_single_month_of_a_year_is_checked_month_by_month(store):
    series = proc(MYS)
    months = [series[f"2025-{k:02d}"] for k in range(1, 13)]
    floor = min(months) * 0.98
    text = f"US processor imports from Malaysia were more than {m(floor)} in every single month of 2025."
    (got,) = check_text(store, text, D)
    assert got.claim.kind == "streak" and got.verdict == "supported", got.explanation
    high = sorted(months)[3]  # four months are below it
    text = f"US processor imports from Malaysia were more than {m(high)} in every single month of 2025."
    (got,) = check_text(store, text, D)
    assert got.verdict == "contradicted", got.explanation


def test_a_region_outside_the_store_gives_no_verdict(store):
    """'… even as those to most of Latin America fell': not Malaysia's figure from the other clause."""
    text = "US processor imports from Malaysia rose in 2025, even as shipments from most of Latin America fell."
    got = check_text(store, text, D)
    fell = by_quote(got, "fell")
    assert fell.verdict == "not_checkable" and "Latin America" in fell.explanation


def test_a_year_earlier_base_is_not_carried_to_the_next_sentence(store):
    """'… in June this year, up from $Y a year earlier. In the first half as a whole …': the first
    half of this year, not of the base's year."""
    mem = raw_kazookat("USA", "M", KOR, "854232")
    june, june_before = mem["2026-06"], mem["2025-06"]
    h1 = span_sum(mem, "2026-01", "2026-06")
    text = (
        f"US imports of memory chips from South Korea reached {m(june)} in June this year, up from "
        f"{m(june_before)} a year earlier. In the first half as a whole they came to {bn(h1)}."
    )
    got = check_text(store, text, D)
    half = by_quote(got, bn(h1))
    assert (half.claim.period_start, half.claim.months) == (dt.date(2026, 1, 1), 6), half.explanation
    assert half.verdict == "supported", half.explanation
    assert by_quote(got, m(june)).verdict == "supported"


def test_a_year_on_year_run_in_the_present_perfect_ends_at_the_latest_month(store):
    """'have now risen year on year for N consecutive months': each of the store's last N months
    above the same month a year earlier; one more month than the run contradicts it."""
    series = proc(TWN)
    n = 0
    for key in sorted(series, reverse=True):
        before = f"{int(key[:4]) - 1}{key[4:]}"
        if before not in series or series[key] <= series[before]:
            break
        n += 1
    assert n >= 2  # the raw file: US processor imports from Taiwan up on a year earlier since 2025
    text = f"US processor imports from Taiwan have now risen year on year for {n} consecutive months."
    (got,) = check_text(store, text, D)
    assert got.verdict == "supported", got.explanation
    text = f"US processor imports from Taiwan have now risen year on year for {n + 1} consecutive months."
    (got,) = check_text(store, text, D)
    assert got.verdict == "contradicted", got.explanation


@pytest.mark.parametrize("wording", ["{p} above {y0}", "{p} higher than in {y0}"])
def test_a_comparative_after_the_number_is_a_change(store, wording):
    series = proc(MYS)
    y0, y1 = span_sum(series, "2024-01", "2024-12"), span_sum(series, "2025-01", "2025-12")
    pct = f"{(y1 / y0 - 1) * 100:.1f}%"
    text = f"US processor imports from Malaysia came to {bn(y1)} in 2025, " + wording.format(p=pct, y0=2024) + "."
    got = by_quote(check_text(store, text, D), pct)
    assert got.verdict == "supported" and got.claim.change_pct is not None, got.explanation
    assert (got.claim.change_pct > 0) == (y1 > y0)


def test_a_change_on_a_base_year_with_no_period_is_the_year_after(store):
    series = proc(MYS)
    y0, y1 = span_sum(series, "2024-01", "2024-12"), span_sum(series, "2025-01", "2025-12")
    verb = "grew" if y1 > y0 else "fell"
    text = f"US processor imports from Malaysia {verb} about {abs(y1 / y0 - 1) * 100:.0f}% on 2024."
    (got,) = check_text(store, text, D)
    assert got.claim.period_start == dt.date(2025, 1, 1) and got.verdict == "supported", got.explanation


def test_the_level_a_share_reached_after_to(store):
    """'Malaysia's share of US processor imports rose in 2025, to N%': the level is a share claim."""
    mys = span_sum(proc(MYS), "2025-01", "2025-12")
    world = span_sum(raw_kazookat("USA", "M", "0", "854231"), "2025-01", "2025-12")
    pct = f"{mys / world * 100:.1f}%"
    text = f"Malaysia's share of US processor imports rose in 2025, to {pct}."
    got = by_quote(check_text(store, text, D), pct)
    assert got.claim.comparison == "share" and got.verdict == "supported", got.explanation
    wrong = f"Malaysia's share of US processor imports rose in 2025, to {mys / world * 130:.1f}%."
    got = [v for v in check_text(store, wrong, D) if v.claim.comparison == "share" and v.claim.share_pct]
    assert got and got[0].verdict == "contradicted", [v.explanation for v in got]


def test_roughly_flat_is_a_change_of_about_zero(store):
    series = proc(MYS)
    y0, y1 = span_sum(series, "2024-01", "2024-12"), span_sum(series, "2025-01", "2025-12")
    assert abs(y1 / y0 - 1) > 0.05  # the raw file: Malaysia's 2025 is well above 2024
    text = "US processor imports from Malaysia were roughly flat in 2025."
    got = by_quote(check_text(store, text, D), "flat")
    assert got.verdict == "contradicted", got.explanation


def test_a_change_below_a_named_peak_year(store):
    """'still about a third below the 2024 peak': the base is the named year's figure."""
    series = proc(MYS)
    y24, y26 = span_sum(series, "2024-01", "2024-12"), span_sum(series, "2025-01", "2025-12")
    pct = (y26 / y24 - 1) * 100
    word = "above" if pct > 0 else "below"
    text = f"US processor imports from Malaysia were {bn(y26)} in 2025, {abs(pct):.0f}% {word} the 2024 level."
    got = by_quote(check_text(store, text, D), f"{abs(pct):.0f}%")
    assert got.claim.base_start == dt.date(2024, 1, 1) and got.verdict == "supported", got.explanation


def test_a_headline_figure_takes_the_lead_paragraphs_period(store):
    """A headline figure without a period is the lead's; a contradiction on that inferred period
    abstains."""
    x = span_sum(proc(MYS), "2025-01", "2025-12")
    body = f"US imports of processors from Malaysia came to {bn(x)} in 2025, customs data show."
    got = check_text(store, f"# Malaysian processor shipments to the US reach {bn(x)}\n\n{body}", D)
    head = got[0]
    assert head.claim.period_start == dt.date(2025, 1, 1) and head.verdict == "supported", head.explanation
    got = check_text(store, f"# Malaysian processor shipments to the US reach {bn(x * 1.4)}\n\n{body}", D)
    assert got[0].verdict == "not_checkable", got[0].explanation


def test_a_run_written_as_a_noun(store):
    """'marked the third straight monthly increase': the month and the two before it each up on the
    month before (or not: contradicted)."""
    series = proc(MYS)
    keys = sorted(series)
    k = next(i for i in range(len(keys) - 1, 3, -1) if all(series[keys[j]] > series[keys[j - 1]] for j in (i, i - 1, i - 2)))
    month = dt.date(int(keys[k][:4]), int(keys[k][5:]), 1).strftime("%B %Y")
    text = f"US processor imports from Malaysia in {month} marked the third straight monthly increase."
    got = by_quote(check_text(store, text, D), "third straight")
    assert got.verdict == "supported", got.explanation
