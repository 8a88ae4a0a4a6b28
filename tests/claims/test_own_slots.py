"""A figure keeps its own slots (issue 11, blind batch 6's wrong definite verdicts): an economy or
product that belongs to another figure of the same sentence (its possessive, its trailing "spent on
processors", a later clause with its own figure) is never this figure's; a contradiction resting on
one abstains.

Figures from the raw KazooKat CSV and SEMI's transcribed table (csv module, never through frontload).
"""

from __future__ import annotations

import datetime as dt

from frontload.claims.verify import check_text

from ..conftest import DATA, raw_kazookat, read_csv
from .raw import TWN, D, bn, by_quote, proc

SEMI = DATA / "semi_equipment_billings_transcribed" / "semi_equipment_billings_by_region.csv"


def _annual(year: str, by_month: dict[str, float]) -> float:
    return sum(v for k, v in by_month.items() if k.startswith(year))


def test_two_amounts_in_one_clause_keep_their_products(store):
    """'memory chips … $X in 2025, next to the $Y spent on processors': the first figure is the
    memory chips', never checked against processors."""
    mem = _annual("2025", raw_kazookat("USA", "M", TWN, "854232"))
    prc = _annual("2025", proc(TWN))
    assert abs(mem - prc) / prc > 0.2  # the two products print far apart
    text = f"US imports of memory chips from Taiwan came to {bn(mem, 1)} in 2025, next to the {bn(prc, 1)} spent on processors."
    got = check_text(store, text, D)
    assert by_quote(got, bn(mem, 1)).verdict == "supported", by_quote(got, bn(mem, 1)).explanation
    assert by_quote(got, bn(prc, 1)).verdict == "supported", by_quote(got, bn(prc, 1)).explanation


def test_a_possessive_economy_is_the_figures_economy(store):
    """'third behind China's $Y and Korea's $Z': each figure is its possessive's region, not the
    sentence's subject (Taiwan); a wrong one is contradicted against that region."""
    rows = [r for r in read_csv(SEMI) if r["period_type"] == "annual"]
    year = max(r["period"] for r in rows if r["region"] == "Korea")
    v = {r["region"]: float(r["billings_usd_bn"]) for r in rows if r["period"] == year}
    text = (
        f"Taiwan's fabs spent ${v['Taiwan']:.1f} billion on chip-making equipment in {year}, SEMI's billings "
        f"show, behind China's ${v['China']:.1f} billion and Korea's ${v['Korea']:.1f} billion."
    )
    got = check_text(store, text, dt.date(int(year) + 1, 6, 1))
    for region in ("Taiwan", "China", "Korea"):
        x = by_quote(got, f"${v[region]:.1f} billion")
        assert x.verdict == "supported", (region, x.explanation)
    wrong = text.replace(f"Korea's ${v['Korea']:.1f}", f"Korea's ${v['Korea'] * 1.5:.1f}")
    x = by_quote(check_text(store, wrong, dt.date(int(year) + 1, 6, 1)), f"${v['Korea'] * 1.5:.1f} billion")
    assert x.verdict == "contradicted" and f"{v['Korea']:.2f}" in x.explanation, x.explanation


def test_a_contradiction_on_a_later_clauses_economy_abstains(store):
    """'billings were $T, and Chinese fabs accounted for over 40% of it': China is the share's
    holder; the total is not contradicted against China's billings, it abstains and says why."""
    rows = [r for r in read_csv(SEMI) if r["period_type"] == "annual"]
    year = max(r["period"] for r in rows if r["region"] == "Total")
    total = next(float(r["billings_usd_bn"]) for r in rows if r["period"] == year and r["region"] == "Total")
    text = f"Equipment billings for {year} came to ${total:.1f} billion, and Chinese fabs accounted for over 40% of it."
    x = by_quote(check_text(store, text, dt.date(int(year) + 1, 6, 1)), f"${total:.1f} billion")
    assert x.verdict != "contradicted", x.explanation
    if x.verdict == "not_checkable":
        assert "a later figure" in x.explanation, x.explanation


def test_a_qualifier_bounds_a_count_of_units(store):
    """'nearly N billion units' is an interval like 'nearly $N billion': GACC's count just under N is
    inside it; one well above N is not; 'more than N' just missed is consistent, not contradicted."""
    rows = read_csv(DATA / "gacc_ic_imports_headline_transcribed" / "china_ic_imports_headline_figures.csv")
    r = next(
        x
        for x in rows
        if x["measure"] == "import_quantity"
        and x["partner"] == "World"
        and x["value"]
        and x["period_start"][5:] == "01"
        and x["period_end"][5:] == "12"
        and x["period_end"][:4] == x["period_start"][:4]
    )
    year, got = r["period_start"][:4], float(r["value"])
    up = -(-got // 10) * 10  # the next round ten above the count
    assert 0 < up - got < 10
    today = dt.date(int(year) + 1, 6, 1)

    def verdict(q: str) -> str:
        (v,) = check_text(
            store, f"By volume, China's chip imports in {year} came to {q} billion units.", today
        )
        return v.verdict

    assert verdict(f"nearly {up:.0f}") == "supported"
    assert verdict(f"nearly {got * 0.8:.0f}") == "contradicted"
    assert verdict(f"more than {got * 1.001:.1f}") == "consistent"


def test_a_multiple_of_what_arrived_in_a_month_takes_that_month_as_base(store):
    """'more than twice what arrived in <month>': the month named is the base itself, never the
    base of a year before it."""
    v = proc(TWN)
    months = sorted(v)
    name = {f"{k:02d}": dt.date(2000, k, 1).strftime("%B") for k in range(1, 13)}
    pair = next(
        (p, b)
        for p in months[12:]
        for b in months
        if b < p
        and v[p] / v[b] > 2.3
        and v[p] / v[f"{int(p[:4]) - 1}{p[4:]}"] < 1.7
        and v[b] / v[f"{int(b[:4]) - 1}{b[4:]}"] < 1.7
    )
    p, b = pair
    text = (
        f"US imports of processors from Taiwan were {bn(v[p])} in {name[p[5:]]} {p[:4]}, "
        f"more than twice what arrived in {name[b[5:]]} {b[:4]}."
    )
    x = by_quote(check_text(store, text, D), "more than twice")
    assert x.verdict == "supported", x.explanation
    assert f"{name[b[5:]][:3]} {b[:4]}" in x.explanation, x.explanation


def test_a_year_before_counts_from_the_main_period_not_a_base_figures(store):
    """'in <month>: $X, down from $Y in <month before> but above the $Z recorded a year before': the
    year-before is the main month's, not the month of the base figure printed just before it."""
    v = proc(TWN)
    p, prev, yb = "2026-07", "2026-06", "2025-07"
    assert abs(v[yb] - v["2025-06"]) > 0.02e9  # the two readings print differently
    text = (
        f"In July 2026 US imports of processors from Taiwan were {bn(v[p])}, compared with {bn(v[prev])} "
        f"in June, and well above the {bn(v[yb])} recorded a year before."
    )
    x = by_quote(check_text(store, text, D), bn(v[yb]))
    assert x.verdict == "supported" and "Jul 2025" in x.explanation, x.explanation


def test_a_seller_sold_an_economys_buyers_is_its_exports_there(store):
    """'Taiwanese customs data show the island sold Vietnamese buyers $X of chips': Taiwan's
    exports to Vietnam (the buyers' economy is the partner, never the reporter), Taiwan from the
    customs cited."""
    rows = read_csv(
        DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    )
    vnm = sum(float(r["Export Value (USD)"]) for r in rows if r["Year"] == "2023" and r["Country"] == "越南")
    text = f"Taiwanese customs data show the island sold Vietnamese buyers ${vnm / 1e9:.2f} billion of chips in 2023."
    (v,) = check_text(store, text, dt.date(2024, 6, 1))
    assert (v.claim.reporter, v.claim.partner, v.claim.flow) == ("TWN", "VNM", "X"), v.explanation
    assert v.verdict == "supported", v.explanation


def test_a_share_of_another_economys_figure_abstains(store):
    """'$X on tools, or roughly a third of the Korean outlay': a share of Korea's billings, not of
    SEMI's Total; not checked as a share of the total (it abstains, naming Korea)."""
    rows = [r for r in read_csv(SEMI) if r["period_type"] == "annual"]
    year = max(r["period"] for r in rows if r["region"] == "Korea")
    v = {r["region"]: float(r["billings_usd_bn"]) for r in rows if r["period"] == year}
    share = v["Japan"] / v["Korea"]
    assert abs(share - v["Japan"] / v["Total"]) > 0.1  # the two readings differ
    text = (
        f"Japan's fabs spent ${v['Japan']:.1f} billion on chip-making equipment in {year}, SEMI's billings "
        f"show, or {share * 100:.0f}% of the Korean outlay."
    )
    x = by_quote(check_text(store, text, dt.date(int(year) + 1, 6, 1)), f"{share * 100:.0f}%")
    assert x.verdict == "not_checkable" and "KOR" in x.explanation, x.explanation


def test_two_holders_together_far_from_the_share_are_summed(store):
    """'Mainland China and Hong Kong together still took a little over N%': the two names stand
    more than a short window before the share; still both are summed, never China alone."""
    rows = read_csv(
        DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    )
    year = [r for r in rows if r["Year"] == "2023"]
    total = sum(float(r["Export Value (USD)"]) for r in year)
    both = sum(float(r["Export Value (USD)"]) for r in year if r["Country"] in ("中國大陸", "香港"))
    china = sum(float(r["Export Value (USD)"]) for r in year if r["Country"] == "中國大陸")
    pct = 100 * both / total
    assert pct - 100 * china / total > 10  # China alone would contradict it
    text = (
        f"Mainland China and Hong Kong together still took a little over {int(pct)}% of Taiwan's "
        "integrated circuit exports in 2023."
    )
    got = [
        v
        for v in check_text(store, text, dt.date(2024, 6, 1))
        if v.measure == "share" or "%" in v.claim.quote
    ]
    assert got and all(v.verdict == "supported" for v in got), [v.explanation for v in got]
