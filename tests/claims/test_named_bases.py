"""Bases the text names (claims11d, blind batch 11's wrong definite verdicts): "up 25 per cent on the
quarter", "quarter on quarter", "between the second and third quarters of 2021" (the quarter
before, not a year earlier); "roughly double February's" (the month a multiple is measured from,
never the amount's own period); "a touch above 2021's $X" (a possessive year right before an
amount is its period, before the year of the next comparison).

Figures from the raw files (csv module, never through frontload); sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontload.claims.verify import check_text

from ..conftest import DATA, read_csv
from .raw import MYS, D, bn, by_quote, proc

SEMI = DATA / "semi_equipment_billings_transcribed" / "semi_equipment_billings_by_region.csv"


def _quarters() -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for r in read_csv(SEMI):
        if r["period_type"] == "quarter":
            out.setdefault((r["period"], r["region"]), float(r["billings_usd_bn"]))
    return out


@pytest.mark.parametrize(
    "shape",
    ["rose {p} per cent quarter on quarter in Q1 2021", "were up {p} per cent on the quarter in Q1 2021"],
)
def test_on_the_quarter_is_the_quarter_before(store, shape):
    v = _quarters()
    qoq = (v[("2021Q1", "Korea")] / v[("2020Q4", "Korea")] - 1) * 100
    yoy = (v[("2021Q1", "Korea")] / v[("2020Q1", "Korea")] - 1) * 100
    assert abs(qoq - yoy) > 20  # the two readings give different verdicts
    text = "Korea's equipment billings " + shape.format(p=f"{qoq:.0f}") + "."
    (got,) = check_text(store, text, dt.date(2021, 6, 1))
    assert got.verdict == "supported" and "Q4 2020" in got.explanation, got.explanation
    text = "Korea's equipment billings " + shape.format(p=f"{yoy:.0f}") + "."
    (got,) = check_text(store, text, dt.date(2021, 6, 1))
    assert got.verdict == "contradicted" and "Q4 2020" in got.explanation, got.explanation


def test_between_two_quarters_is_the_earlier_as_base(store):
    v = _quarters()
    qoq = (v[("2021Q3", "Taiwan")] / v[("2021Q2", "Taiwan")] - 1) * 100
    yoy = (v[("2021Q3", "Taiwan")] / v[("2020Q3", "Taiwan")] - 1) * 100
    assert abs(qoq - yoy) > 5
    text = f"Taiwan's equipment billings climbed {qoq:.0f} per cent between the second and third quarters of 2021."
    (got,) = check_text(store, text, dt.date(2021, 12, 1))
    assert got.verdict == "supported" and "Q2 2021" in got.explanation, got.explanation
    text = f"Taiwan's equipment billings climbed {yoy:.0f} per cent between the second and third quarters of 2021."
    (got,) = check_text(store, text, dt.date(2021, 12, 1))
    assert got.verdict == "contradicted" and "Q2 2021" in got.explanation, got.explanation


def test_a_multiples_possessive_month_is_its_base_not_the_amounts_period(store):
    m = proc(MYS)
    mar, feb, mar_before = m["2022-03"], m["2022-02"], m["2021-03"]
    assert 1.9 < mar / feb < 2.1 and mar / mar_before < 1.2  # on a year earlier "double" would fail
    text = f"March 2022 processor imports from Malaysia of {bn(mar)} were roughly double February's."
    got = check_text(store, text, D)
    amount, multiple = by_quote(got, bn(mar)), by_quote(got, "double")
    assert amount.verdict == "supported" and "Mar 2022" in amount.explanation, amount.explanation
    assert multiple.verdict == "supported" and "Feb 2022" in multiple.explanation, multiple.explanation
    got = check_text(store, text.replace("double", "triple"), D)
    multiple = by_quote(got, "triple")
    assert multiple.verdict == "contradicted" and "Feb 2022" in multiple.explanation, multiple.explanation


def test_a_possessive_year_before_an_amount_is_its_period(store):
    m = proc(MYS)
    year = {y: sum(m[f"{y}-{k:02d}"] for k in range(1, 13)) for y in ("2020", "2021", "2022")}
    assert abs(year["2021"] - year["2020"]) > 0.05 * year["2021"]
    text = (
        f"US processor imports from Malaysia were {bn(year['2022'], 1)} in 2022, against 2021's "
        f"{bn(year['2021'], 1)} and well above the 2020 level of {bn(year['2020'], 1)}."
    )
    got = by_quote(check_text(store, text, D), bn(year["2021"], 1))
    assert got.verdict == "supported" and "2021" in got.explanation, got.explanation
    wrong = text.replace(bn(year["2021"], 1), bn(year["2020"], 1), 1)
    got = check_text(store, wrong, D)
    first = next(v for v in got if v.claim.quote == bn(year["2020"], 1))
    assert first.verdict == "contradicted" and "2021" in first.explanation, first.explanation


@pytest.mark.parametrize("base", ["m/m", "month on month"])
def test_m_slash_m_is_the_month_before(store, base):
    m = proc(MYS)
    mom = (m["2022-03"] / m["2022-02"] - 1) * 100
    yoy = (m["2022-03"] / m["2021-03"] - 1) * 100
    assert mom > 50 > 0 > yoy
    text = "US processor imports from Malaysia rose {p:.0f} per cent " + base + " in March 2022."
    (got,) = check_text(store, text.format(p=mom), D)
    assert got.verdict == "supported" and "Feb 2022" in got.explanation, got.explanation
    (got,) = check_text(store, text.format(p=mom + 20), D)
    assert got.verdict == "contradicted" and "Feb 2022" in got.explanation, got.explanation


def test_last_years_figure_is_the_same_span_a_year_before(store):
    """'over January-July … against last year's $Y': Y is January-July of the year before."""
    m = proc(MYS)
    now = sum(m[f"2026-{k:02d}"] for k in range(1, 8))
    before = sum(m[f"2025-{k:02d}"] for k in range(1, 8))
    assert abs(now - before) > 0.1 * before
    text = (
        f"US processor imports from Malaysia over January-July came to {bn(now, 1)}, "
        f"against last year's {bn(before, 1)}."
    )
    got = by_quote(check_text(store, text, D), bn(before, 1))
    assert got.verdict == "supported" and "Jan–Jul 2025" in got.explanation, got.explanation
    # a wrong base figure: no support (the period is read from another clause, so a contradiction
    # is hedged by the guard), and the explanation names the year before
    text = (
        f"US processor imports from Malaysia over January-July came to {bn(now, 1)}, "
        f"against last year's {bn(now, 1)}."
    )
    got = [v for v in check_text(store, text, D) if v.claim.quote == bn(now, 1)]
    assert got[1].verdict != "supported" and "Jan–Jul 2025" in got[1].explanation, got[1].explanation
