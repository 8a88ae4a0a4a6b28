"""The whole a part is of, and the World as a figure's partner (claims11d, blind batch 11's wrong
definite verdicts): "a fifth of the world total of $X", "$Y of the $X spent … worldwide", "billings
of $X worldwide, of which Korea took $Y", "$Z of memories from the whole world". Each whole is the
world's row (the all-reporters export table, SEMI's Total, the reporter's World row), never the
figure of the economy that holds the part.

Figures from the raw files (csv module, never through frontload); sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

from frontload.claims.verify import check_text

from ..conftest import DATA, raw_kazookat, read_csv
from .raw import MYS, D, bn, by_quote

SEMI = DATA / "semi_equipment_billings_transcribed" / "semi_equipment_billings_by_region.csv"


def _world_exports(year: str) -> dict[str, float]:
    rows = read_csv(
        DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_raw.csv",
        encoding="latin-1",
    )
    return {r["reporterISO"]: float(r["primaryValue"]) for r in rows if r["refYear"] == year}


def _semi_annual() -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for r in read_csv(SEMI):
        if r["period_type"] == "annual":
            out.setdefault((r["period"], r["region"]), float(r["billings_usd_bn"]))
    return out


def test_the_world_total_a_share_is_of_is_the_worlds_exports(store):
    by = _world_exports("2022")
    world = sum(by.values())
    assert world > 5 * by["SGP"]  # read as Singapore's own, the total would be far off
    text = (
        f"Singapore's exports of integrated circuits were worth ${by['SGP'] / 1e9:.1f}bn in 2022, "
        f"about a ninth of the world total of roughly ${world / 1e12:.2f} trillion."
    )
    v = by_quote(check_text(store, text, dt.date(2023, 6, 1)), "trillion")
    assert v.verdict == "supported" and "world exports" in v.explanation, v.explanation
    wrong = text.replace(f"{world / 1e12:.2f} trillion", f"{world * 1.3 / 1e12:.2f} trillion")
    v = by_quote(check_text(store, wrong, dt.date(2023, 6, 1)), "trillion")
    assert v.verdict == "contradicted" and "world exports" in v.explanation, v.explanation


def test_a_world_total_of_imports_abstains(store):
    """The store holds a world total for exports only: a world total of imports is not checked
    as the reporter's own figure."""
    us = raw_kazookat("USA", "M", "0", "854231")
    a = sum(us[f"2024-{k:02d}"] for k in range(1, 13))
    text = (
        f"US processor imports came to {bn(a, 1)} in 2024, a small slice of the world total of "
        "some $900 billion."
    )
    v = by_quote(check_text(store, text, D), "$900 billion")
    assert v.verdict == "not_checkable" and v.reason == "ambiguous", v.explanation


def test_the_figure_a_part_is_of_worldwide_is_semis_total(store):
    v = _semi_annual()
    kor, total = v[("2019", "Korea")], v[("2019", "Total")]
    text = (
        f"Korea accounted for ${kor:.1f}bn of the ${total:.1f}bn spent on chip-making equipment "
        "worldwide in 2019."
    )
    got = by_quote(check_text(store, text, dt.date(2020, 4, 1)), f"${total:.1f}bn")
    assert got.verdict == "supported" and "WLD" in got.explanation, got.explanation
    wrong = text.replace(f"${total:.1f}bn", f"${total * 0.8:.1f}bn")
    got = by_quote(check_text(store, wrong, dt.date(2020, 4, 1)), f"${total * 0.8:.1f}bn")
    assert got.verdict == "contradicted" and "WLD" in got.explanation, got.explanation


def test_billings_worldwide_of_which_a_region_took(store):
    v = _semi_annual()
    tw, total = v[("2020", "Taiwan")], v[("2020", "Total")]
    text = (
        f"SEMI counted billings of ${total:.1f}bn worldwide in 2020, of which Taiwan took ${tw:.1f}bn."
    )
    got = check_text(store, text, dt.date(2021, 4, 1))
    whole, part = by_quote(got, f"${total:.1f}bn"), by_quote(got, f"${tw:.1f}bn")
    assert whole.verdict == "supported" and "WLD" in whole.explanation, whole.explanation
    assert part.verdict == "supported" and "TWN" in part.explanation, part.explanation


def test_from_the_whole_world_is_the_world_row_not_the_sentences_partner(store):
    """'… from Malaysia and $Z of memories from the whole world': the second figure's partner is
    the World, and the explanation says where it was read."""
    proc_mys = raw_kazookat("USA", "M", MYS, "854231")
    mem_world = raw_kazookat("USA", "M", "0", "854232")
    mem_mys = raw_kazookat("USA", "M", MYS, "854232")
    a = sum(proc_mys[f"2023-{k:02d}"] for k in range(1, 13))
    z = sum(mem_world[f"2023-{k:02d}"] for k in range(1, 13))
    assert abs(z - sum(mem_mys[f"2023-{k:02d}"] for k in range(1, 13))) > 0.1 * z
    text = (
        f"In 2023 the US imported {bn(a, 1)} of processors from Malaysia and {bn(z, 2)} of memories "
        "from the whole world."
    )
    got = by_quote(check_text(store, text, D), bn(z, 2))
    assert got.verdict == "supported" and got.claim.partner in (None, "WLD"), got.explanation
    assert "partner" not in " ".join(got.claim.inherited)  # read from its own words
    wrong = text.replace(bn(z, 2), bn(z * 1.4, 2))
    got = by_quote(check_text(store, wrong, D), bn(z * 1.4, 2))
    assert got.verdict == "contradicted" and got.claim.partner in (None, "WLD"), got.explanation


def test_the_part_of_which_an_economy_took_is_its_flow_not_the_wholes(store):
    """'$W of processors, of which Malaysia supplied $P': P is US imports from Malaysia (the holder
    of the part is the partner of the whole's flow), never the World row the whole is checked on."""
    world = raw_kazookat("USA", "M", "0", "854231")
    mys = raw_kazookat("USA", "M", MYS, "854231")
    w = sum(world[f"2023-{k:02d}"] for k in range(1, 13))
    p = sum(mys[f"2023-{k:02d}"] for k in range(1, 13))
    for text in (
        f"In 2023 the US imported {bn(w, 1)} of processors, of which Malaysia supplied {bn(p, 1)}.",
        f"Of the {bn(w, 1)} of processors the US imported in 2023, Malaysia supplied {bn(p, 1)}.",
    ):
        got = check_text(store, text, D)
        whole, part = by_quote(got, bn(w, 1)), by_quote(got, bn(p, 1))
        assert whole.verdict == "supported", whole.explanation
        assert part.verdict == "supported" and part.claim.partner == "MYS", part.explanation
    text = f"In 2023 the US imported {bn(w, 1)} of processors, of which Malaysia supplied {bn(p * 1.3, 1)}."
    part = by_quote(check_text(store, text, D), bn(p * 1.3, 1))
    assert part.verdict == "contradicted" and part.claim.partner == "MYS", part.explanation


def test_in_total_after_a_figure_is_the_world_row(store):
    world = raw_kazookat("USA", "M", "0", "854231")
    mys = raw_kazookat("USA", "M", MYS, "854231")
    w = sum(world[f"2022-{k:02d}"] for k in range(1, 13))
    p = sum(mys[f"2022-{k:02d}"] for k in range(1, 13))
    text = f"In 2022 the US imported {bn(p, 1)} of processors from Malaysia and {bn(w, 1)} in total."
    got = by_quote(check_text(store, text, D), bn(w, 1))
    assert got.verdict == "supported" and got.claim.partner in (None, "WLD"), got.explanation
    # alone, "in total" is the named flow's own total: Malaysia stays the partner
    text = f"US processor imports from Malaysia reached {bn(p, 1)} in total in 2022."
    (got,) = check_text(store, text, D)
    assert got.verdict == "supported" and got.claim.partner == "MYS", got.explanation


def test_global_exports_that_came_to_a_figure_are_the_worlds(store):
    """'Global exports of integrated circuits came to $X': "came to" is not an economy's flow "to"."""
    by = _world_exports("2021")
    world = sum(by.values())
    text = f"Global exports of integrated circuits came to roughly ${world / 1e9:.0f}bn in 2021."
    (got,) = check_text(store, text, dt.date(2022, 6, 1))
    assert got.verdict == "supported" and "world exports" in got.explanation, got.explanation
    text = f"Global exports of integrated circuits came to roughly ${world * 0.7 / 1e9:.0f}bn in 2021."
    (got,) = check_text(store, text, dt.date(2022, 6, 1))
    assert got.verdict == "contradicted" and "world exports" in got.explanation, got.explanation
