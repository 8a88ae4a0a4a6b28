"""Which figure and which period a quantity is about (issue 11, blind batch 4's wrong definite
verdicts, each a general shape): a range of monthly values, a level reached after a two-month
comparison, a multiple's base named with its own figure, SEMI's world total, a share's move.

Figures from the raw KazooKat CSV and SEMI's transcribed table (csv module, never through frontload).
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontload.claims.verify import check_text

from ..conftest import DATA, read_csv
from .raw import MYS, TWN, D, by_quote, highest_month, proc


def m(x: float) -> str:
    return f"${x / 1e6:.0f} million"


def test_between_two_figures_is_the_range_of_the_months(store):
    """'swung between $X and $Y in the first seven months': the lowest and the highest month,
    never the first figure read as the seven months' total."""
    v = proc(MYS)
    months = [v[f"2025-0{k}"] for k in range(1, 8)]
    lo, hi = min(months), max(months)
    assert sum(months) > 2 * hi  # the total is far from both figures
    text = f"Monthly US imports of processors from Malaysia swung between {m(lo)} and {m(hi)} in the first seven months of 2025."
    (got,) = check_text(store, text, dt.date(2025, 9, 30))
    assert got.verdict == "supported" and got.claim.quote.startswith("between"), got.explanation
    wrong = f"Monthly US imports of processors from Malaysia swung between {m(lo * 1.3)} and {m(hi)} in the first seven months of 2025."
    (got,) = check_text(store, wrong, dt.date(2025, 9, 30))
    assert got.verdict == "contradicted" and "lowest" in got.explanation


def test_between_two_figures_each_month_is_an_interval(store):
    """'between $X and $Y in each of January and February': every month inside X..Y."""
    t = proc(TWN)
    lo, hi = sorted([t["2026-01"], t["2026-02"]])
    text = (
        f"US imports of processors from Taiwan were between {m(lo * 0.95)} and {m(hi * 1.05)} "
        "in each of January and February 2026."
    )
    (got,) = check_text(store, text, D)
    assert got.verdict == "supported", got.explanation
    text = (
        f"US imports of processors from Taiwan were between {m(hi * 1.2)} and {m(hi * 1.4)} "
        "in each of January and February 2026."
    )
    (got,) = check_text(store, text, D)
    assert got.verdict == "contradicted", got.explanation


def test_level_reached_after_a_two_month_comparison_is_the_end_month(store):
    """'more than doubled between February and August to $X': X is August's level."""
    t = proc(TWN)
    assert t["2024-08"] > 2 * t["2024-02"]
    text = f"US imports of processors from Taiwan more than doubled between February and August 2024 to {m(t['2024-08'])}."
    got = check_text(store, text, D)
    amount = by_quote(got, "million")
    assert amount.verdict == "supported" and amount.claim.months == 1, amount.explanation
    assert amount.claim.period_start == dt.date(2024, 8, 1)
    assert by_quote(got, "doubled").verdict == "supported"


def test_a_multiples_base_is_the_period_of_its_figure(store):
    """'more than four times the $212 million recorded in April 2023': Oct 2024 against Apr 2023,
    not April 2023 against April 2022."""
    t = proc(TWN)
    k = t["2024-10"] / t["2023-04"]
    assert k > 4 and t["2023-04"] / t["2022-04"] < 4
    text = (
        f"Imports of processors from Taiwan into the United States reached {m(t['2024-10'])} in "
        f"October 2024, more than four times the {m(t['2023-04'])} recorded in April 2023."
    )
    v = by_quote(check_text(store, text, dt.date(2025, 1, 20)), "four times")
    assert v.verdict == "supported" and v.claim.base_start == dt.date(2023, 4, 1), v.explanation
    assert v.claim.period_start == dt.date(2024, 10, 1)


def test_global_billings_are_semis_total_not_the_region_named_before(store):
    rows = read_csv(DATA / "semi_equipment_billings_transcribed" / "semi_equipment_billings_by_region.csv")
    total = {r["period"]: float(r["billings_usd_bn"]) for r in rows if r["region"] == "Total"}
    china = {r["period"]: float(r["billings_usd_bn"]) for r in rows if r["region"] == "China"}
    pct = (total["2020"] / total["2019"] - 1) * 100
    text = (
        f"China became the largest market for chip-making equipment in 2020, with billings of "
        f"${china['2020']:.1f} billion, as global spending rose {pct:.0f}% to ${total['2020']:.1f} "
        "billion, SEMI reported."
    )
    got = check_text(store, text, dt.date(2021, 4, 20))
    assert by_quote(got, f"{pct:.0f}%").verdict == "supported"
    world = by_quote(got, f"${total['2020']:.1f} billion")
    assert world.verdict == "supported" and world.claim.reporter == "WLD", world.explanation
    assert by_quote(got, f"${china['2020']:.1f} billion").claim.reporter == "CHN"


def test_a_shares_move_is_not_the_values_move(store):
    """Taiwan's exports to Hong Kong rose in value in 2024; 'Hong Kong's share … rose' is a claim
    about the share, which the direction of the value cannot prove."""
    (v,) = [
        x
        for x in check_text(
            store, "Hong Kong's share of Taiwan's chip exports rose in 2024.", dt.date(2025, 2, 27)
        )
    ]
    assert v.verdict == "not_checkable" and "share" in v.explanation


def test_exports_with_no_exporter_named_never_contradict(store):
    """'Chip exports to China fell 20% last year': the store has one exporter's flow to China
    (Taiwan's, which rose in 2024), but the text names no exporter, so no contradiction."""
    (v,) = check_text(
        store, "Chip exports to China fell 20% last year as controls bit.", dt.date(2025, 2, 27)
    )
    assert v.verdict == "not_checkable" and v.reason == "ambiguous", v.explanation
    assert "the only reporter in the store" in v.explanation


def _first_run_end(v: dict[str, float], n: int, up: bool) -> str:
    """The first month ending a run of n moves in the direction (raw file), for the test text."""
    keys = sorted(v)
    for i in range(n, len(keys)):
        moves = [v[keys[j]] > v[keys[j - 1]] for j in range(i - n + 1, i + 1)]
        if all(x == up for x in moves):
            return keys[i]
    raise AssertionError("no run in the file")


def test_a_run_of_moves_is_each_move_on_the_span_before(store):
    """'rose for a third straight month in <month>': the three month-on-month moves all up;
    one move the other way contradicts it."""
    t = proc(TWN)
    end = _first_run_end(t, 3, True)
    y, mo = int(end[:4]), int(end[5:])
    name = dt.date(y, mo, 1).strftime("%B %Y")
    (v,) = check_text(
        store, f"US imports of processors from Taiwan rose for a third straight month in {name}.", D
    )
    assert v.verdict == "supported" and v.measure == "direction", v.explanation
    (v,) = check_text(
        store, f"US imports of processors from Taiwan fell for a third straight month in {name}.", D
    )
    assert v.verdict == "contradicted" and "broken" in v.explanation


def test_rebounded_by_is_a_rise_and_the_most_since_is_a_bounded_record(store):
    v = proc(TWN)
    top, _, name = highest_month(v)
    got = check_text(
        store,
        f"US imports of processors from Taiwan reached {m(v[top])} in {name}, the most since at least 2017.",
        D,
    )
    rec = by_quote(got, "most since")
    assert rec.measure == "record" and rec.verdict == "supported", rec.explanation
    (c,) = check_text(store, "US imports of processors from Taiwan rebounded by 5% in 2020.", D)
    assert c.measure == "change" and c.claimed == 5.0


def test_a_flow_named_by_its_exporter_is_read_as_the_importers_record(store):
    """'Malaysian processor shipments to the US': the store holds US imports from Malaysia, not
    Malaysia's exports; the explanation says which record was read."""
    v = proc(MYS)
    text = f"Malaysian processor shipments to the US totalled {m(v['2026-06'])} in June 2026."
    (got,) = check_text(store, text, D)
    assert got.verdict == "supported", got.explanation
    assert (got.claim.reporter, got.claim.partner, got.claim.flow) == ("USA", "MYS", "M")
    assert "read as USA's imports from MYS" in got.explanation
    # a false figure on that reading abstains: the two records differ by valuation and timing
    (got,) = check_text(
        store, f"Malaysian processor shipments to the US totalled {m(v['2026-06'] * 2)} in June 2026.", D
    )
    assert got.verdict == "not_checkable" and got.reason == "ambiguous", got.explanation


def _world_exports(year: str) -> dict[str, float]:
    rows = read_csv(
        DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_raw.csv",
        encoding="latin-1",
    )
    return {r["reporterISO"]: float(r["primaryValue"]) for r in rows if r["refYear"] == year}


def test_shares_of_world_exports_and_of_a_reporters_imports(store):
    """'10.5% of world integrated circuit exports' is a share of the all-reporters table; 'of the
    processors the US imported' a partner's share of US imports; a year with a short reporter
    table (Comtrade's 2024) gets no verdict."""
    by = _world_exports("2022")
    share = by["KOR"] / sum(by.values()) * 100
    (v,) = check_text(
        store,
        f"South Korea accounted for {share:.1f}% of world integrated circuit exports in 2022.",
        dt.date(2023, 6, 1),
    )
    assert v.verdict == "supported", v.explanation
    got = check_text(
        store,
        "Malaysia supplied about 28% of the processors and controllers the US imported in 2025.",
        dt.date(2026, 3, 1),
    )
    v = by_quote(got, "28%")
    assert (v.claim.reporter, v.claim.partner) == ("USA", "MYS") and v.verdict == "supported", v.explanation
    assert len(_world_exports("2024")) < 0.8 * len(_world_exports("2023"))
    # the move and the level are two claims; neither gets a verdict on the short table
    got = check_text(
        store, "Korea's share of world chip exports climbed to 16% in 2024.", dt.date(2025, 6, 1)
    )
    assert [v.claim.quote for v in got] == ["climbed", "16%"]
    for v in got:
        assert v.verdict == "not_checkable" and "incomplete" in v.explanation, v.explanation


def _taiwan_total(year: str) -> float:
    """Taiwan's IC exports to the World: the sum over every destination's 11-digit lines."""
    rows = read_csv(
        DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    )
    return sum(float(r["Export Value (USD)"]) for r in rows if r["Year"] == year)


def test_taiwans_world_total_is_the_sum_of_its_destinations(store):
    """Taiwan's customs list every destination and no World row: 'Taiwan's exports of integrated
    circuits totalled $X last year, down Y%' is checked against the sum, and so is a run of years."""
    t24, t23, t22 = (_taiwan_total(y) for y in ("2024", "2023", "2022"))
    assert t24 < t23 < t22
    pct = (t24 / t23 - 1) * 100
    text = (
        f"Taiwan's exports of integrated circuits totalled ${t24 / 1e9:.1f} billion last year, "
        f"down {abs(pct):.1f}% from 2023, a second straight yearly fall."
    )
    got = check_text(store, text, dt.date(2025, 9, 1))
    assert by_quote(got, f"${t24 / 1e9:.1f} billion").verdict == "supported"
    assert by_quote(got, f"{abs(pct):.1f}%").verdict == "supported"
    (run,) = [
        v
        for v in check_text(
            store,
            "Taiwan's integrated circuit exports slipped for a second year in 2024.",
            dt.date(2025, 3, 1),
        )
    ]
    assert run.verdict == "supported" and "every destination" in run.explanation


def test_other_dollars_are_other_currencies(store):
    (v,) = check_text(
        store, "Taiwan's integrated circuit exports reached NT$5.3 trillion in 2024.", dt.date(2025, 3, 1)
    )
    assert v.verdict == "not_checkable" and "TWD" in v.explanation


def test_the_economy_whose_statistics_are_cited_reports_the_flow(store):
    """'According to Taiwan's customs agency, exports … to Vietnam': Taiwan reports, Vietnam is
    the partner (it was read as Taiwan the partner, no reporter)."""
    rows = read_csv(
        DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    )
    vnm = sum(float(r["Export Value (USD)"]) for r in rows if r["Year"] == "2024" and r["Country"] == "越南")
    text = f"According to Taiwan's customs agency, exports of integrated circuits to Vietnam reached ${vnm / 1e9:.2f} billion in 2024."
    (v,) = check_text(store, text, dt.date(2025, 3, 1))
    assert (v.claim.reporter, v.claim.partner) == ("TWN", "VNM") and v.verdict == "supported", v.explanation


def test_a_flow_named_by_its_importer_is_read_as_the_exporters_record(store):
    """'India bought nearly $3 billion of Taiwanese integrated circuits in 2024': India's imports
    are not in the store, Taiwan's exports to India are; read as those, and said so."""
    rows = read_csv(
        DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    )
    ind = sum(float(r["Export Value (USD)"]) for r in rows if r["Year"] == "2024" and r["Country"] == "印度")
    (v,) = check_text(
        store,
        f"India bought ${ind / 1e9:.2f} billion of Taiwanese integrated circuits in 2024.",
        dt.date(2025, 3, 1),
    )
    assert v.verdict == "supported" and (v.claim.reporter, v.claim.flow) == ("TWN", "X"), v.explanation
    assert "read as TWN's exports to IND" in v.explanation


def test_a_fraction_below_the_month_before_is_a_month_on_month_change(store):
    """'$X in April, a tenth below the month before': April on March, a fall of about 10%."""
    v = proc(MYS)
    pct = (v["2026-04"] / v["2026-03"] - 1) * 100
    assert abs(pct + 10) > 5 and abs(pct - (v["2026-04"] / v["2025-04"] - 1) * 100) > 5
    text = f"Processor imports from Malaysia were {m(v['2026-04'])} in April 2026, a tenth below the month before."
    c = by_quote(check_text(store, text, D), "a tenth below")
    assert c.measure == "change" and c.claim.base_start == dt.date(2026, 3, 1)
    assert c.data_value == pytest.approx(pct, abs=0.05)
    assert c.verdict == ("supported" if abs(pct + 10) <= 2.5 else "contradicted")


def test_semi_regions_named_by_adjective(store):
    rows = read_csv(DATA / "semi_equipment_billings_transcribed" / "semi_equipment_billings_by_region.csv")
    na = next(
        float(r["billings_usd_bn"])
        for r in rows
        if r["period"] == "2023Q3" and r["region"] == "North America"
    )
    text = f"North American equipment billings were ${na:.1f} billion in the third quarter of 2023, SEMI data show."
    (v,) = check_text(store, text, dt.date(2023, 12, 10))
    assert v.verdict == "supported" and v.claim.reporter == "USA", v.explanation
    (v,) = check_text(store, text.replace(f"${na:.1f}", f"${na * 1.5:.1f}"), dt.date(2023, 12, 10))
    assert v.verdict == "contradicted"


def _taiwan_to(country: str, year: str) -> float:
    """Taiwan's IC exports to one destination (its Chinese name in the file), summed over lines."""
    rows = read_csv(
        DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    )
    return sum(float(r["Export Value (USD)"]) for r in rows if r["Year"] == year and r["Country"] == country)


def test_goods_of_an_origin_shipped_to_a_destination_are_the_origins_exports(store):
    """'Shipments of Taiwanese chips to the Philippines' and 'Chip exports from Taiwan to mainland
    China' (blind batch 5): Taiwan's exports to the destination, not the destination's imports."""
    china = _taiwan_to("中國大陸", "2020")
    for text in (
        f"Shipments of Taiwanese chips to mainland China reached ${china / 1e9:.1f} billion in 2020.",
        f"Chip exports from Taiwan to mainland China came to ${china / 1e9:.1f} billion in 2020.",
    ):
        (v,) = check_text(store, text, dt.date(2021, 3, 1))
        assert (v.claim.reporter, v.claim.partner, v.claim.flow) == ("TWN", "CHN", "X"), v.explanation
        assert v.verdict == "supported", v.explanation
    # an importer's word keeps the destination's imports
    (w,) = check_text(store, "Imports of Taiwanese chips to the US rose 10% in 2025.", dt.date(2026, 3, 1))
    assert w.claim.reporter != "TWN"
