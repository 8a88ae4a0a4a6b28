"""Write blind batch 4's JSONL: texts and verdicts by hand, figures from the raw files.

Why: every label's `truth` must come from pandas over the raw bundled files (blind/truth.py
and the small helpers here), never from frontload's code. Each supported/contradicted label
carries the interval the text claims and the data's figure; `check()` asserts that the verdict
written by hand agrees with them (inside = supported; contradicted = clearly outside, >8%),
so a slip in labelling fails the build rather than the score.
"""

# ruff: noqa: E501  (truth strings name file, rows and sums in full; breaking them hurts reading)
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import truth as t  # noqa: E402

KAZF = "comtrade_monthly_semis_kazookat.csv"
NAME = {"TW": "Taiwan (Other Asia, nes)", "KR": "Rep. of Korea", "VN": "Viet Nam"}


def m(partner: str, cmd: int, month: str) -> float:
    return t.k("USA", partner, cmd, [month])


def span(partner: str, cmd: int, first: str, last: str) -> float:
    return t.k("USA", partner, cmd, t.months(first, last))


def yr(partner: str, cmd: int, year: int) -> float:
    return span(partner, cmd, f"{year}-01", f"{year}-12")


def km(partner: str, cmd: int, first: str, last: str | None = None) -> str:
    """Truth text for a US-import look-up in the KazooKat file."""
    last = last or first
    v = span(partner, cmd, first, last)
    per = first if first == last else f"{first}..{last} (sum)"
    return f"{KAZF}: reporter USA, flow M, partner {NAME.get(partner, partner)}, cmd {cmd}, {per}: value_usd {v:,.0f}"


def check(verdict: str, value: float, lo: float, hi: float) -> None:
    inside = lo <= value <= hi
    if verdict == "supported" and not inside:
        raise AssertionError(f"supported but {value} not in [{lo}, {hi}]")
    # contradicted: clearly outside, by more than 8% of the nearer bound (never borderline)
    if verdict == "contradicted" and not (value < lo / 1.08 or value > hi * 1.08):
        raise AssertionError(f"contradicted but {value} near [{lo}, {hi}]")


def L(quote, kind, verdict, truth, note=None, occ=1, c=None):
    if c is not None:
        check(verdict, *c)
    d = {"quote": quote, "occurrence": occ, "kind": kind, "verdict": verdict, "truth": truth}
    if note:
        d["note"] = note
    return d


S: list[dict] = []


def P(date, text, *labels):
    for lab in labels:
        n = text.count(lab["quote"])
        if n < lab["occurrence"]:
            raise AssertionError(f"quote {lab['quote']!r} not in {text!r}")
    S.append({"id": f"s{len(S) + 1:02d}", "date": date, "text": text, "labels": list(labels)})


# ---------------------------------------------------------------- passages
MY, TW, KR, VN, JP, CN, W = "Malaysia", "TW", "KR", "VN", "Japan", "China", "World"
P4, P2 = 854231, 854232

v = m(MY, P4, "2025-03")
prior = t.kaz()
prior = prior[(prior.reporter == "USA") & (prior.partner == MY) & (prior.cmd_code == P4)]
mx = prior[(prior.date >= "2017-01-01") & (prior.date < "2025-03-01")].value_usd.max()
P(
    "2025-05-02",
    "US imports of processors and controllers from Malaysia jumped to $1.13 billion in March, "
    "the highest monthly figure since at least 2017, Comtrade data show.",
    L("$1.13 billion", "amount", "supported", km(MY, P4, "2025-03"), c=(v, 1.125e9, 1.135e9)),
    L(
        "the highest monthly figure since at least 2017",
        "record",
        "contradicted",
        f"max of the same series 2017-01..2025-02 = {mx:,.0f} (2021-03), above March 2025's {v:,.0f}",
    ),
)

a, b = m(TW, P4, "2024-10"), m(TW, P4, "2023-04")
P(
    "2025-01-20",
    "Imports of processors from Taiwan into the United States reached $987 million in October 2024, "
    "more than four times the $212 million recorded in April 2023.",
    L("$987 million", "amount", "supported", km(TW, P4, "2024-10"), c=(a, 986.5e6, 987.5e6)),
    L("more than four times", "multiple", "supported", f"ratio {a / b:.2f}", c=(a / b, 4.0, 99)),
    L("$212 million", "amount", "supported", km(TW, P4, "2023-04"), c=(b, 211.5e6, 212.5e6)),
)

a, b = m(KR, P2, "2025-06"), m(KR, P2, "2025-05")
P(
    "2025-08-14",
    "American purchases of memory chips from South Korea surged to $131 million in June 2025, "
    "roughly seven times May's level.",
    L("$131 million", "amount", "supported", km(KR, P2, "2025-06"), c=(a, 130.5e6, 131.5e6)),
    L(
        "roughly seven times",
        "multiple",
        "contradicted",
        f"{km(KR, P2, '2025-05')}; ratio June/May = {a / b:.1f}",
        c=(a / b, 6.65, 7.35),
    ),
)

a, b = m(W, P2, "2026-06"), m(W, P2, "2025-06")
P(
    "2026-08-21",
    "US imports of memory chips from all sources hit $953 million in June, more than quadrupling "
    "from $228 million a year earlier.",
    L("$953 million", "amount", "supported", km(W, P2, "2026-06"), c=(a, 952.5e6, 953.5e6)),
    L("more than quadrupling", "multiple", "supported", f"ratio {a / b:.2f}", c=(a / b, 4.0, 99)),
    L("$228 million", "amount", "supported", km(W, P2, "2025-06"), c=(b, 227.5e6, 228.5e6)),
)

a, b = m(TW, P4, "2025-12"), m(TW, P4, "2024-12")
P(
    "2026-02-27",
    "Taiwan-made processors shipped to the US totalled $1.5 billion in December 2025, up from "
    "$840 million a year earlier.",
    L("$1.5 billion", "amount", "supported", km(TW, P4, "2025-12"), c=(a, 1.45e9, 1.55e9)),
    L("$840 million", "amount", "supported", km(TW, P4, "2024-12"), c=(b, 839.5e6, 840.5e6)),
)

a = m(VN, P4, "2026-05")
s3 = [m(VN, P4, x) for x in ("2026-02", "2026-03", "2026-04", "2026-05")]
P(
    "2026-07-03",
    "US imports of processors from Vietnam climbed for a third straight month in May 2026, to "
    "$310 million, according to UN Comtrade figures.",
    L(
        "for a third straight month",
        "streak",
        "supported",
        f"Feb..May 2026: {', '.join(f'{x:,.0f}' for x in s3)} (rises in Mar, Apr, May; Jan {m(VN, P4, '2026-01'):,.0f} > Feb)",
    ),
    L("$310 million", "amount", "contradicted", km(VN, P4, "2026-05"), c=(a, 309.5e6, 310.5e6)),
)

a, b = m(TW, P4, "2024-08"), m(TW, P4, "2024-02")
P(
    "2026-05-12",
    "The current rush recalls 2024, when US imports of processors from Taiwan more than doubled "
    "between February and August to $965 million.",
    L(
        "more than doubled",
        "multiple",
        "supported",
        f"{km(TW, P4, '2024-02')}; Aug/Feb = {a / b:.2f}",
        c=(a / b, 2.0, 99),
    ),
    L("$965 million", "amount", "supported", km(TW, P4, "2024-08"), c=(a, 964.5e6, 965.5e6)),
)

vals = [m(MY, P4, x) for x in t.months("2025-01", "2025-07")]
P(
    "2025-09-30",
    "Monthly US imports of processors from Malaysia swung between $527 million and $1.13 billion "
    "in the first seven months of 2025.",
    L(
        "between $527 million and $1.13 billion",
        "amount",
        "supported",
        f"Malaysia 854231 Jan..Jul 2025 monthly: min {min(vals):,.0f}, max {max(vals):,.0f}",
        c=(min(vals), 526.5e6, 527.5e6),
    ),
)
check("supported", max(vals), 1.125e9, 1.135e9)

cn24, hk24, w24 = t.tw("China", 2024), t.tw("Hong Kong", 2024), t.tw(None, 2024)
cn22, hk22, w22 = t.tw("China", 2022), t.tw("Hong Kong", 2022), t.tw(None, 2022)
s24, s22 = 100 * (cn24 + hk24) / w24, 100 * (cn22 + hk22) / w22
TWF = "taiwan_exports_by_country_2013_2025.csv"
P(
    "2025-03-18",
    "Mainland China and Hong Kong together took 51.7% of Taiwan's integrated circuit exports in "
    "2024, down from 58.0% in 2022, a drop of 6.3 percentage points.",
    L(
        "51.7%",
        "share",
        "supported",
        f"{TWF}: 2024 China {cn24:,.0f} + Hong Kong {hk24:,.0f} / all destinations {w24:,.0f} = {s24:.2f}%",
        c=(s24, 51.65, 51.75),
    ),
    L(
        "58.0%",
        "share",
        "supported",
        f"2022: ({cn22:,.0f} + {hk22:,.0f}) / {w22:,.0f} = {s22:.2f}%",
        c=(s22, 57.95, 58.05),
    ),
    L("6.3 percentage points", "change", "supported", f"{s22 - s24:.2f} points", c=(s22 - s24, 6.25, 6.35)),
)

us24 = t.tw("US", 2024)
P(
    "2025-02-11",
    "The United States absorbed 9% of Taiwan's chip exports last year, Taiwan customs data show.",
    L(
        "9%",
        "share",
        "contradicted",
        f"{TWF}: 2024 US {us24:,.0f} / all {w24:,.0f} = {100 * us24 / w24:.2f}%",
        c=(100 * us24 / w24, 8.5, 9.5),
    ),
)

w23 = t.wld()
w23 = w23[w23.refYear == "2023"]
tot23 = w23.v.sum()
rk = w23.groupby("reporterDesc").v.sum().sort_values(ascending=False)
WF = "ic_exports_world_HS8542_raw.csv"
P(
    "2024-09-05",
    "Singapore was the world's fourth-largest exporter of integrated circuits in 2023, behind Hong "
    "Kong, Taiwan and mainland China, with about 11% of global shipments.",
    L(
        "fourth-largest",
        "rank",
        "supported",
        f"{WF}, 2023, all reporters: " + ", ".join(f"{n} {x / 1e9:.1f}bn" for n, x in rk.head(5).items()),
        note="Taiwan = 'Other Asia, nes' as reporter",
    ),
    L(
        "about 11%",
        "share",
        "supported",
        f"Singapore {rk['Singapore']:,.0f} / all reporters {tot23:,.0f} = {100 * rk['Singapore'] / tot23:.2f}%",
        c=(100 * rk["Singapore"] / tot23, 10.45, 11.55),
    ),
)

hk = rk["China, Hong Kong SAR"]
P(
    "2024-10-14",
    "Hong Kong remains the world's largest exporter of integrated circuits, with roughly a fifth of "
    "global exports in 2023, most of them re-exports.",
    L(
        "the world's largest exporter",
        "rank",
        "supported",
        f"{WF} 2023: Hong Kong {hk:,.0f} first of all reporters",
    ),
    L(
        "roughly a fifth",
        "share",
        "supported",
        f"{hk:,.0f} / {tot23:,.0f} = {100 * hk / tot23:.2f}%",
        c=(100 * hk / tot23, 19, 21),
    ),
)

c23, c24, c22, c21 = (t.china_from_us(y) for y in (2023, 2024, 2022, 2021))
CF = "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv"
P(
    "2025-06-09",
    "China's imports of integrated circuits from the United States rebounded by more than 40% in "
    "2024 to $11.8 billion, according to Chinese customs data reported to the UN.",
    L(
        "more than 40%",
        "change",
        "supported",
        f"{CF} partner2Code 0: 2023 {c23:,.0f}, 2024 {c24:,.0f}: {100 * (c24 / c23 - 1):.1f}%",
        c=(100 * (c24 / c23 - 1), 40, 999),
    ),
    L(
        "$11.8 billion",
        "amount",
        "supported",
        f"{CF} 2024 partner2Code 0: {c24:,.0f}",
        c=(c24, 11.75e9, 11.85e9),
    ),
)

P(
    "2024-03-02",
    "China's purchases of American integrated circuits fell for a second straight year in 2023, to "
    "$8.3 billion, having peaked at $15.7 billion in 2021.",
    L(
        "fell for a second straight year",
        "streak",
        "supported",
        f"{CF}: 2021 {c21:,.0f} > 2022 {c22:,.0f} > 2023 {c23:,.0f}",
    ),
    L("$8.3 billion", "amount", "supported", f"{CF} 2023: {c23:,.0f}", c=(c23, 8.25e9, 8.35e9)),
    L(
        "$15.7 billion",
        "amount",
        "supported",
        f"{CF} 2021: {c21:,.0f} (max of 2010..2024)",
        c=(c21, 15.65e9, 15.75e9),
    ),
)

SF = "semi_equipment_billings_by_region.csv"
q3c, q3t, q3n, q2n, q3k = (
    t.semi("2024Q3", "China"),
    t.semi("2024Q3", "Total"),
    t.semi("2024Q3", "North America"),
    t.semi("2024Q2", "North America"),
    t.semi("2024Q3", "Korea"),
)
P(
    "2024-12-05",
    "China accounted for more than 40% of global chip-equipment billings in the third quarter of "
    "2024, at $12.9 billion, SEMI said. North American billings jumped 85% from the second quarter.",
    L(
        "more than 40%",
        "share",
        "supported",
        f"{SF} 2024Q3: China {q3c} / Total {q3t} = {100 * q3c / q3t:.1f}%",
        c=(100 * q3c / q3t, 40, 100),
    ),
    L("$12.9 billion", "amount", "supported", f"{SF} 2024Q3 China {q3c} bn", c=(q3c, 12.85, 12.95)),
    L(
        "85%",
        "change",
        "supported",
        f"{SF} North America 2024Q2 {q2n}, 2024Q3 {q3n}: {100 * (q3n / q2n - 1):.1f}%",
        c=(100 * (q3n / q2n - 1), 84.5, 85.5),
    ),
)

P(
    "2024-12-06",
    "South Korea's chip-equipment billings reached $6.5 billion in the July–September quarter of 2024, "
    "according to SEMI.",
    L("$6.5 billion", "amount", "contradicted", f"{SF} 2024Q3 Korea {q3k} bn", c=(q3k, 6.45, 6.55)),
)

P(
    "2025-04-10",
    "Washington's 25% tariff on semiconductors would hit a sector where TSMC already produces "
    "3-nanometre chips at scale, the company said.",
    L("25% tariff", "not_trade", "not_checkable", "a tariff rate, not a trade flow"),
    L("3-nanometre", "not_trade", "not_checkable", "technology node"),
)

P(
    "2025-11-03",
    "Samsung said its memory revenue rose 30% in the third quarter, to 26 trillion won.",
    L("30%", "not_trade", "not_checkable", "company revenue, not in the store"),
    L("26 trillion won", "not_trade", "not_checkable", "company figure, another currency"),
)


kr = t.kaz()
kr = kr[(kr.reporter == "USA") & (kr.partner == "Rep. of Korea") & (kr.cmd_code == P4)]
a = m(KR, P4, "2026-07")
prev = kr[kr.date < "2026-07-01"].value_usd.max()
P(
    "2026-09-02",
    "US imports of processors from South Korea rose to $156 million in July 2026, the most since at "
    "least 2017.",
    L("$156 million", "amount", "supported", km(KR, P4, "2026-07"), c=(a, 155.5e6, 156.5e6)),
    L(
        "the most since at least 2017",
        "record",
        "supported",
        f"max of the series 2016-11..2026-06 = {prev:,.0f} < {a:,.0f}",
    ),
)

P(
    "2026-09-03",
    "Korean processors bound for American buyers hit a record in July, Comtrade data for the US "
    "show, at close to $160 million.",
    L(
        "a record",
        "record",
        "consistent",
        f"July 2026 {a:,.0f} is the highest of the whole series (from 2016-11; prior max {prev:,.0f})",
        note="all-time not provable: the series starts in 2016-11",
    ),
    L("close to $160 million", "amount", "supported", km(KR, P4, "2026-07"), c=(a, 152e6, 160e6)),
)

my25, w25, tw25 = yr(MY, P4, 2025), yr(W, P4, 2025), yr(TW, P4, 2025)
my24, w24u = yr(MY, P4, 2024), yr(W, P4, 2024)
P(
    "2026-03-20",
    "Malaysia supplied about 28% of the processors and controllers the US imported in 2025, up 1.2 "
    "percentage points on 2024.",
    L(
        "about 28%",
        "share",
        "supported",
        f"Malaysia 2025 {my25:,.0f} / World 2025 {w25:,.0f} = {100 * my25 / w25:.2f}%",
        c=(100 * my25 / w25, 26.6, 29.4),
    ),
    L(
        "1.2 percentage points",
        "change",
        "supported",
        f"2024 share {100 * my24 / w24u:.2f}% (Malaysia {my24:,.0f} / World {w24u:,.0f}); change {100 * (my25 / w25 - my24 / w24u):.2f} points",
        c=(100 * (my25 / w25 - my24 / w24u), 1.15, 1.25),
    ),
)

P(
    "2026-03-21",
    "Taiwan was the largest source of US processor imports in 2025, ahead of Malaysia, shipping $10.2 "
    "billion worth, more than 30% of the total.",
    L(
        "the largest source",
        "rank",
        "consistent",
        f"largest of the partners in the store (China, Japan, Korea, Malaysia, Taiwan, Vietnam): Taiwan {tw25:,.0f} vs Malaysia {my25:,.0f}; partners outside the store not known",
    ),
    L("$10.2 billion", "amount", "supported", km(TW, P4, "2025-01", "2025-12"), c=(tw25, 10.15e9, 10.25e9)),
    L(
        "more than 30%",
        "share",
        "supported",
        f"{tw25:,.0f} / World {w25:,.0f} = {100 * tw25 / w25:.2f}%",
        c=(100 * tw25 / w25, 30, 100),
    ),
)

a, b = yr(CN, P2, 2025), yr(CN, P2, 2024)
P(
    "2026-02-15",
    "US imports of memory chips from China edged up in 2025 to about $97 million.",
    L("edged up", "direction", "supported", f"2024 {b:,.0f} -> 2025 {a:,.0f}", c=(a - b, 0.01, 9e99)),
    L("about $97 million", "amount", "supported", km(CN, P2, "2025-01", "2025-12"), c=(a, 92.1e6, 101.9e6)),
)

a, b = yr(KR, P4, 2025), yr(KR, P4, 2024)
P(
    "2026-02-16",
    "Processor imports from South Korea fell by a third last year, Comtrade's US data show.",
    L(
        "fell by a third",
        "change",
        "supported",
        f"USA M Korea 854231: 2024 {b:,.0f}, 2025 {a:,.0f}: {100 * (a / b - 1):.1f}%",
        c=(100 * (1 - a / b), 31.6, 35.0),
    ),
)

a, b = yr(VN, P4, 2025), yr(VN, P4, 2024)
P(
    "2026-02-17",
    "US processor imports from Vietnam rose in 2025, to just over $1.3 billion.",
    L("rose", "direction", "contradicted", f"2024 {b:,.0f} -> 2025 {a:,.0f} (fell)"),
    L(
        "just over $1.3 billion",
        "amount",
        "contradicted",
        km(VN, P4, "2025-01", "2025-12"),
        c=(a, 1.3e9, 1.37e9),
    ),
)

a, b = m(W, P4, "2025-12"), m(W, P4, "2025-11")
P(
    "2026-02-05",
    "Total US imports of processors and controllers reached $3.85 billion in December, up 15% from November.",
    L("$3.85 billion", "amount", "supported", km(W, P4, "2025-12"), c=(a, 3.845e9, 3.855e9)),
    L(
        "up 15%",
        "change",
        "supported",
        f"{km(W, P4, '2025-11')}; m/m {100 * (a / b - 1):.2f}%",
        c=(100 * (a / b - 1), 14.5, 15.5),
    ),
)

a = span(KR, P2, "2026-01", "2026-03")
P(
    "2026-05-08",
    "In the first quarter of 2026 the US bought $334 million of memory chips from South Korea.",
    L("$334 million", "amount", "supported", km(KR, P2, "2026-01", "2026-03"), c=(a, 333.5e6, 334.5e6)),
)

a, b = m(MY, P4, "2026-06"), m(MY, P4, "2026-05")
P(
    "2026-08-10",
    "Malaysian processor shipments to the US more than halved between May and June 2026, dropping to "
    "$203 million.",
    L(
        "more than halved",
        "multiple",
        "supported",
        f"{km(MY, P4, '2026-05')}; June/May = {a / b:.3f}",
        c=(1 - a / b, 0.5, 1),
    ),
    L("$203 million", "amount", "supported", km(MY, P4, "2026-06"), c=(a, 202.5e6, 203.5e6)),
)

a = m(JP, P2, "2026-06")
h26, h25 = span(JP, P2, "2026-01", "2026-06"), span(JP, P2, "2025-01", "2025-06")
P(
    "2026-08-12",
    "US imports of memory chips from Japan reached $241 million in June, and over the first half of "
    "the year they were roughly three times the level of a year earlier.",
    L("$241 million", "amount", "supported", km(JP, P2, "2026-06"), c=(a, 240.5e6, 241.5e6)),
    L(
        "roughly three times",
        "multiple",
        "supported",
        f"{km(JP, P2, '2026-01', '2026-06')}; H1 2025 {h25:,.0f}; ratio {h26 / h25:.2f}",
        c=(h26 / h25, 2.85, 3.15),
    ),
)

vn24, vn23 = t.tw("Vietnam", 2024), t.tw("Vietnam", 2023)
P(
    "2025-02-20",
    "According to Taiwan's customs agency, exports of integrated circuits to Vietnam rose 58% in 2024 "
    "to $4.35 billion.",
    L(
        "58%",
        "change",
        "supported",
        f"{TWF}: Vietnam 2023 {vn23:,.0f}, 2024 {vn24:,.0f}: {100 * (vn24 / vn23 - 1):.2f}%",
        c=(100 * (vn24 / vn23 - 1), 57.5, 58.5),
    ),
    L("$4.35 billion", "amount", "supported", f"{TWF}: Vietnam 2024 {vn24:,.0f}", c=(vn24, 4.345e9, 4.355e9)),
)

a, b = yr(JP, P4, 2024), yr(JP, P4, 2023)
P(
    "2025-09-01",
    "Revised UN Comtrade figures put US imports of processors from Japan at $419 million for 2024, "
    "down from $521 million in 2023.",
    L("$419 million", "amount", "supported", km(JP, P4, "2024-01", "2024-12"), c=(a, 418.5e6, 419.5e6)),
    L("$521 million", "amount", "supported", km(JP, P4, "2023-01", "2023-12"), c=(b, 520.5e6, 521.5e6)),
)

a = yr(TW, P2, 2025)
P(
    "2026-04-02",
    "US imports of memory chips from Taiwan came to $1.2 billion in 2025.",
    L("$1.2 billion", "amount", "contradicted", km(TW, P2, "2025-01", "2025-12"), c=(a, 1.15e9, 1.25e9)),
)

P(
    "2025-03-01",
    "Taiwan shipped about $1 billion of integrated circuits to Vietnam in December 2024 alone.",
    L(
        "about $1 billion",
        "amount",
        "consistent",
        f"Taiwan customs has annual totals only: Vietnam 2024 {vn24:,.0f}, which bounds a single month but cannot confirm it",
    ),
)

P(
    "2024-04-15",
    "Japan's exports of processors and controllers to the world rose 12% in 2023, the finance ministry said.",
    L(
        "12%",
        "change",
        "not_checkable",
        "JPN series in the KazooKat file start in 2024-05; no 2022 or 2023 data in the store",
    ),
)

P(
    "2025-05-20",
    "US chip imports from Mexico jumped to $2.1 billion in the first quarter of 2025.",
    L(
        "$2.1 billion",
        "amount",
        "not_checkable",
        "no US import series from Mexico in the store; 'chips' in general (HS 8542) is not covered by the US monthly series",
    ),
)

P(
    "2024-12-03",
    "The Commerce Department added 140 entities to its Entity List and curbed exports of 24 types of "
    "chip-making tools.",
    L("140 entities", "count", "not_checkable", "a count of listed entities; the store holds no such count"),
    L("24 types", "count", "not_checkable", "a count of tool types, not a trade figure"),
)

w22 = t.wld()
w22 = w22[w22.refYear == "2022"]
rk22 = w22.groupby("reporterDesc").v.sum()
kr22, usa23 = rk22["Rep. of Korea"], rk["USA"]
P(
    "2023-09-15",
    "South Korea accounted for 10.5% of world integrated circuit exports in 2022, Comtrade data show.",
    L(
        "10.5%",
        "share",
        "supported",
        f"{WF} 2022: Korea {kr22:,.0f} / all reporters {w22.v.sum():,.0f} = {100 * kr22 / w22.v.sum():.2f}%",
        c=(100 * kr22 / w22.v.sum(), 10.45, 10.55),
    ),
)

P(
    "2024-09-20",
    "American exports of integrated circuits to the world totalled $52 billion in 2023.",
    L("$52 billion", "amount", "contradicted", f"{WF} 2023 USA: {usa23:,.0f}", c=(usa23, 51.5e9, 52.5e9)),
)

t23 = t.tw(None, 2023)
P(
    "2025-01-25",
    "Taiwan's integrated circuit exports slipped for a second year in 2024, to $165 billion, Taiwan "
    "customs data show.",
    L(
        "slipped for a second year",
        "streak",
        "supported",
        f"{TWF} all destinations: 2022 {t.tw(None, 2022):,.0f} > 2023 {t23:,.0f} > 2024 {w24:,.0f}",
    ),
    L(
        "$165 billion",
        "amount",
        "supported",
        f"{TWF} 2024 all destinations {w24:,.0f}",
        c=(w24, 164.5e9, 165.5e9),
    ),
)

t21, t20 = t.tw(None, 2021), t.tw(None, 2020)
P(
    "2022-02-10",
    "Taiwan's chip exports grew more than 25% in 2021, to $155.5 billion.",
    L(
        "more than 25%",
        "change",
        "supported",
        f"{TWF}: 2020 {t20:,.0f}, 2021 {t21:,.0f}: {100 * (t21 / t20 - 1):.1f}%",
        c=(100 * (t21 / t20 - 1), 25, 999),
    ),
    L(
        "$155.5 billion",
        "amount",
        "supported",
        f"{TWF} 2021 all destinations {t21:,.0f}",
        c=(t21, 155.45e9, 155.55e9),
    ),
)

jp24, jp23 = t.tw("Japan", 2024), t.tw("Japan", 2023)
us23 = t.tw("US", 2023)
P(
    "2025-02-25",
    "Taiwan's integrated circuit exports to Japan fell by a third in 2024, while those to the United "
    "States more than doubled to $7.4 billion.",
    L(
        "fell by a third",
        "change",
        "supported",
        f"{TWF}: Japan 2023 {jp23:,.0f}, 2024 {jp24:,.0f}: {100 * (jp24 / jp23 - 1):.1f}%",
        c=(100 * (1 - jp24 / jp23), 31.6, 35.0),
    ),
    L(
        "more than doubled",
        "multiple",
        "supported",
        f"US 2023 {us23:,.0f}, 2024 {us24:,.0f}: x{us24 / us23:.2f}",
        c=(us24 / us23, 2, 99),
    ),
    L("$7.4 billion", "amount", "supported", f"{TWF} US 2024 {us24:,.0f}", c=(us24, 7.35e9, 7.45e9)),
)

in24 = t.tw("India", 2024)
sg24 = t.tw("Singapore", 2024)
P(
    "2025-03-05",
    "India bought nearly $3 billion of Taiwanese integrated circuits in 2024, and Singapore, with $21 "
    "billion, was Taiwan's third-largest market for the chips.",
    L("nearly $3 billion", "amount", "supported", f"{TWF} India 2024 {in24:,.0f}", c=(in24, 2.85e9, 3.0e9)),
    L("$21 billion", "amount", "supported", f"{TWF} Singapore 2024 {sg24:,.0f}", c=(sg24, 20.5e9, 21.5e9)),
    L(
        "third-largest",
        "rank",
        "supported",
        f"{TWF} 2024 destinations: China {cn24:,.0f}, Hong Kong {hk24:,.0f}, Singapore {sg24:,.0f}, next Korea {t.tw('Korea', 2024):,.0f}",
    ),
)

t25 = t.tw(None, 2025)
P(
    "2025-08-20",
    "In the first seven months of 2025, Taiwan exported nearly $110 billion of integrated circuits, up "
    "sharply from a year earlier.",
    L(
        "nearly $110 billion",
        "amount",
        "supported",
        f"{TWF} 2025 (Jan-Jul) all destinations {t25:,.0f}",
        c=(t25, 104.5e9, 110e9),
    ),
    L(
        "up sharply",
        "direction",
        "not_checkable",
        "Taiwan customs file has no Jan-Jul 2024 figure, only the 2024 full year",
    ),
)

s20c, s20t, s19t = t.semi("2020", "China"), t.semi("2020", "Total"), t.semi("2019", "Total")
P(
    "2021-04-20",
    "China became the largest market for chip-making equipment in 2020, with billings of $18.7 billion, "
    "as global spending rose 19% to a record $71.2 billion, SEMI reported.",
    L(
        "the largest market",
        "rank",
        "supported",
        f"{SF} 2020 regions: China {s20c}, Taiwan {t.semi('2020', 'Taiwan')}, Korea {t.semi('2020', 'Korea')}, Japan {t.semi('2020', 'Japan')}, North America {t.semi('2020', 'North America')}, Europe {t.semi('2020', 'Europe')}, Rest of World {t.semi('2020', 'Rest of World')}",
    ),
    L("$18.7 billion", "amount", "supported", f"{SF} 2020 China {s20c}", c=(s20c, 18.65, 18.75)),
    L(
        "19%",
        "change",
        "supported",
        f"{SF} Total 2019 {s19t}, 2020 {s20t}: {100 * (s20t / s19t - 1):.2f}%",
        c=(100 * (s20t / s19t - 1), 18.5, 19.5),
    ),
    L(
        "a record",
        "record",
        "consistent",
        f"{SF}: 2020 Total {s20t} above 2018 {t.semi('2018', 'Total')} and 2019 {s19t}; earlier years not in the file",
    ),
    L("$71.2 billion", "amount", "supported", f"{SF} 2020 Total {s20t}", c=(s20t, 71.15, 71.25)),
)

k18, k19 = t.semi("2018", "Korea"), t.semi("2019", "Korea")
P(
    "2020-04-15",
    "Equipment billings in South Korea fell by a quarter in 2019, to about $10 billion.",
    L(
        "by a quarter",
        "change",
        "contradicted",
        f"{SF} Korea 2018 {k18}, 2019 {k19}: {100 * (k19 / k18 - 1):.1f}%",
        c=(100 * (1 - k19 / k18), 23.75, 26.25),
    ),
    L("about $10 billion", "amount", "supported", f"{SF} Korea 2019 {k19}", c=(k19, 9.5, 10.5)),
)

tw18, tw19 = t.semi("2018", "Taiwan"), t.semi("2019", "Taiwan")
P(
    "2020-04-16",
    "Taiwan's spending on chip-making tools jumped 68% in 2019 to $17.1 billion, making it the biggest "
    "equipment market that year.",
    L(
        "68%",
        "change",
        "supported",
        f"{SF} Taiwan 2018 {tw18}, 2019 {tw19}: {100 * (tw19 / tw18 - 1):.2f}%",
        c=(100 * (tw19 / tw18 - 1), 67.5, 68.5),
    ),
    L("$17.1 billion", "amount", "supported", f"{SF} Taiwan 2019 {tw19}", c=(tw19, 17.05, 17.15)),
    L(
        "the biggest equipment market",
        "rank",
        "supported",
        f"{SF} 2019: Taiwan {tw19} > China {t.semi('2019', 'China')} > Korea {k19}",
    ),
)

q1n, q3n23 = t.semi("2023Q1", "North America"), t.semi("2023Q3", "North America")
P(
    "2023-12-10",
    "North American equipment billings were $3.9 billion in the third quarter of 2023, SEMI data show.",
    L("$3.9 billion", "amount", "contradicted", f"{SF} 2023Q3 North America {q3n23}", c=(q3n23, 3.85, 3.95)),
)

a, b = yr(W, P4, 2024), yr(W, P4, 2023)
P(
    "2025-03-12",
    "US imports of processors and controllers grew 40% in 2024 to $28.4 billion.",
    L(
        "40%",
        "change",
        "supported",
        f"{km(W, P4, '2023-01', '2023-12')}; 2024 {a:,.0f}: {100 * (a / b - 1):.2f}%",
        c=(100 * (a / b - 1), 39.5, 40.5),
    ),
    L("$28.4 billion", "amount", "supported", km(W, P4, "2024-01", "2024-12"), c=(a, 28.35e9, 28.45e9)),
)

a, b = m(KR, P2, "2026-04"), m(KR, P2, "2026-03")
P(
    "2026-06-04",
    "Memory chip imports from South Korea more than doubled in April from March, to $304 million.",
    L(
        "more than doubled",
        "multiple",
        "supported",
        f"{km(KR, P2, '2026-03')}; ratio {a / b:.2f}",
        c=(a / b, 2, 99),
    ),
    L("$304 million", "amount", "supported", km(KR, P2, "2026-04"), c=(a, 303.5e6, 304.5e6)),
)

run = [m(TW, P4, x) for x in t.months("2025-11", "2026-07")]
P(
    "2026-09-15",
    "Processor imports from Taiwan have exceeded $1 billion every month since November 2025.",
    L(
        "have exceeded $1 billion every month since November 2025",
        "streak",
        "supported",
        f"Taiwan 854231 Nov 2025..Jul 2026 (last month in the file): min {min(run):,.0f}; Oct 2025 {m(TW, P4, '2025-10'):,.0f}",
    ),
)

run2 = [m(TW, P4, x) for x in t.months("2024-04", "2026-07")]
P(
    "2026-09-16",
    "Taiwanese processor shipments to the US have stayed above $500 million a month for more than two years.",
    L(
        "above $500 million a month for more than two years",
        "streak",
        "supported",
        f"Taiwan 854231 2024-04..2026-07 ({len(run2)} months): min {min(run2):,.0f}; 2024-03 {m(TW, P4, '2024-03'):,.0f}",
    ),
)

ws = [m(W, P2, x) for x in t.months("2025-12", "2026-07")]
P(
    "2026-09-10",
    "US memory chip imports have risen every month this year, reaching $749 million in July.",
    L(
        "have risen every month this year",
        "streak",
        "contradicted",
        f"World 854232 Dec 2025..Jul 2026: {', '.join(f'{x / 1e6:.0f}m' for x in ws)} (fell in January and July)",
    ),
    L("$749 million", "amount", "supported", km(W, P2, "2026-07"), c=(ws[-1], 748.5e6, 749.5e6)),
)

P(
    "2025-04-18",
    "Imports from South Korea rose 12% in March from a year earlier.",
    L(
        "12%",
        "change",
        "not_checkable",
        "ambiguous: no product (processors, memories, SSDs, computer parts are all in the store) and no reporter named",
    ),
)

P(
    "2025-01-30",
    "Chip exports to China fell 20% last year as controls bit.",
    L(
        "20%",
        "change",
        "not_checkable",
        "ambiguous reporter: Taiwan? Korea? US? The passage does not say whose exports",
    ),
)

P(
    "2025-01-12",
    "Taiwan's integrated circuit exports reached NT$5.3 trillion in 2024, the finance ministry said.",
    L("NT$5.3 trillion", "amount", "not_checkable", "another currency; the store holds USD values"),
)

P(
    "2023-02-08",
    "China's imports of US integrated circuits fell more than 20% in 2022, Comtrade figures show.",
    L(
        "more than 20%",
        "change",
        "supported",
        f"{CF}: 2021 {c21:,.0f}, 2022 {c22:,.0f}: {100 * (c22 / c21 - 1):.1f}%",
        c=(100 * (1 - c22 / c21), 20, 100),
    ),
)

P(
    "2021-02-01",
    "China's purchases of American integrated circuits rose to $18.2 billion in 2020.",
    L(
        "$18.2 billion",
        "amount",
        "contradicted",
        f"{CF} 2020 partner2Code 0: {t.china_from_us(2020):,.0f}",
        c=(t.china_from_us(2020), 18.15e9, 18.25e9),
    ),
)

kx = t.kaz()
kx = kx[(kx.reporter == "KOR") & (kx.partner == "World") & (kx.cmd_code == P2)]
a = float(kx[kx.date.str[:7] == "2025-12"].value_usd.iloc[0])
kmax = kx[kx.date < "2025-12-01"].value_usd.max()
P(
    "2026-01-15",
    "South Korea's exports of memory chips hit a record $12.6 billion in December 2025, according to "
    "Comtrade data reported by Korea Customs.",
    L(
        "a record",
        "record",
        "consistent",
        f"{KAZF} KOR X World 854232: Dec 2025 {a:,.0f} highest of 2016-11..2025-12 (prior max {kmax:,.0f})",
        note="all-time not provable; series starts 2016-11",
    ),
    L(
        "$12.6 billion",
        "amount",
        "supported",
        f"{KAZF} KOR X World 854232 2025-12 value_usd {a:,.0f}",
        c=(a, 12.55e9, 12.65e9),
    ),
)

P(
    "2026-03-01",
    "South Korea's memory chip exports climbed further in January 2026, to $13 billion.",
    L("climbed further", "direction", "not_checkable", "KOR series in the store end in 2025-12"),
    L("$13 billion", "amount", "not_checkable", "KOR series in the store end in 2025-12"),
)

jx = t.kaz()
jx = jx[(jx.reporter == "JPN") & (jx.partner == "World") & (jx.cmd_code == P2)]
ja, jb = (float(jx[jx.date.str[:7] == x].value_usd.iloc[0]) for x in ("2026-07", "2025-07"))
P(
    "2026-09-05",
    "Japan's memory chip exports doubled from a year earlier in July 2026, to $2.5 billion.",
    L(
        "doubled",
        "multiple",
        "supported",
        f"{KAZF} JPN X World 854232: Jul 2025 {jb:,.0f}, Jul 2026 {ja:,.0f}: x{ja / jb:.2f}",
        c=(ja / jb, 1.9, 2.1),
    ),
    L("$2.5 billion", "amount", "supported", f"JPN X World 854232 2026-07 {ja:,.0f}", c=(ja, 2.45e9, 2.55e9)),
)

mx_ = t.kaz()
mx_ = mx_[(mx_.reporter == "MYS") & (mx_.partner == "World") & (mx_.cmd_code == P4)]
ma = float(mx_[mx_.date.str[:7] == "2026-07"].value_usd.iloc[0])
mb = float(mx_[mx_.date.str[:7] == "2026-06"].value_usd.iloc[0])
P(
    "2026-09-06",
    "Malaysia's exports of processors rose 30% month on month in July 2026, to $9.4 billion.",
    L(
        "30%",
        "change",
        "contradicted",
        f"{KAZF} MYS X World 854231: Jun 2026 {mb:,.0f}, Jul 2026 {ma:,.0f}: {100 * (ma / mb - 1):.1f}%",
        c=(100 * (ma / mb - 1), 29.5, 30.5),
    ),
    L("$9.4 billion", "amount", "supported", f"MYS X World 854231 2026-07 {ma:,.0f}", c=(ma, 9.35e9, 9.45e9)),
)

a = m(CN, P4, "2025-03")
b = m(CN, P4, "2025-02")
P(
    "2025-05-06",
    "US imports of Chinese-made processors spiked to $140 million in March 2025 as buyers front-ran "
    "tariffs, up about 80% from February.",
    L("$140 million", "amount", "supported", km(CN, P4, "2025-03"), c=(a, 139.5e6, 140.5e6)),
    L(
        "about 80%",
        "change",
        "supported",
        f"{km(CN, P4, '2025-02')}; {100 * (a / b - 1):.1f}%",
        c=(100 * (a / b - 1), 76, 84),
    ),
)

a = yr(W, P2, 2023)
b = yr(W, P2, 2022)
P(
    "2024-03-15",
    "US memory chip imports dropped about 10% in 2023, to $2.4 billion.",
    L(
        "about 10%",
        "change",
        "contradicted",
        f"{km(W, P2, '2022-01', '2022-12')}; 2023 {a:,.0f}: {100 * (a / b - 1):.1f}%",
        c=(100 * (1 - a / b), 9.5, 10.5),
    ),
    L("$2.4 billion", "amount", "contradicted", km(W, P2, "2023-01", "2023-12"), c=(a, 2.35e9, 2.45e9)),
)


a = m(TW, P4, "2026-03")
P(
    "2026-05-15",
    "US processor imports from Taiwan topped $2 billion in March 2026, the wire's trade tracker shows.",
    L("topped $2 billion", "amount", "contradicted", km(TW, P4, "2026-03"), c=(a, 2.0e9, 9e99)),
)

kr24, kr23 = t.tw("Korea", 2024), t.tw("Korea", 2023)
P(
    "2025-02-26",
    "Taiwan's integrated circuit exports to South Korea rose 30% in 2024.",
    L(
        "30%",
        "change",
        "contradicted",
        f"{TWF}: Korea 2023 {kr23:,.0f}, 2024 {kr24:,.0f}: {100 * (kr24 / kr23 - 1):.1f}%",
        c=(100 * (kr24 / kr23 - 1), 29.5, 30.5),
    ),
)

hk23 = t.tw("Hong Kong", 2023)
P(
    "2025-02-27",
    "Hong Kong's share of Taiwan's chip exports rose in 2024, to 22.3%.",
    L(
        "rose",
        "direction",
        "contradicted",
        f"{TWF}: Hong Kong share 2023 {100 * hk23 / t23:.2f}%, 2024 {100 * hk24 / w24:.2f}% (fell)",
    ),
    L(
        "22.3%",
        "share",
        "supported",
        f"{TWF}: Hong Kong 2024 {hk24:,.0f} / all {w24:,.0f} = {100 * hk24 / w24:.2f}%",
        c=(100 * hk24 / w24, 22.25, 22.35),
    ),
)

a, b = yr(MY, P2, 2023), yr(MY, P2, 2022)
P(
    "2024-02-20",
    "US imports of memory chips from Malaysia doubled in 2023.",
    L(
        "doubled",
        "multiple",
        "contradicted",
        f"{km(MY, P2, '2022-01', '2022-12')}; 2023 {a:,.0f}: x{a / b:.2f}",
        c=(a / b, 1.9, 2.1),
    ),
)

vn25 = yr(VN, P4, 2025)
P(
    "2026-03-25",
    "Vietnam was the largest source of US processor imports in 2025.",
    L(
        "the largest source",
        "rank",
        "contradicted",
        f"partners in the store already exceed it: Taiwan {tw25:,.0f}, Malaysia {my25:,.0f} vs Vietnam {vn25:,.0f}",
    ),
)

cnw = rk["China"]
P(
    "2024-09-25",
    "Mainland China shipped a quarter of the world's integrated circuit exports in 2023.",
    L(
        "a quarter",
        "share",
        "contradicted",
        f"{WF} 2023: China {cnw:,.0f} / all reporters {tot23:,.0f} = {100 * cnw / tot23:.1f}%",
        c=(100 * cnw / tot23, 23.75, 26.25),
    ),
)

q2c = t.semi("2024Q2", "China")
P(
    "2024-09-10",
    "Chinese fabs spent $15 billion on equipment in the second quarter of 2024, SEMI said.",
    L("$15 billion", "amount", "contradicted", f"{SF} 2024Q2 China {q2c}", c=(q2c, 14.5, 15.5)),
)

a, b = yr(JP, P2, 2025), yr(JP, P2, 2024)
P(
    "2026-02-20",
    "US purchases of Japanese memory chips fell in 2025.",
    L("fell", "direction", "contradicted", f"{km(JP, P2, '2024-01', '2024-12')}; 2025 {a:,.0f} (rose)"),
)

a, b = yr(CN, P4, 2023), yr(CN, P4, 2022)
P(
    "2024-02-21",
    "US imports of processors from China halved in 2023 as sourcing moved to Southeast Asia.",
    L(
        "halved",
        "multiple",
        "contradicted",
        f"{km(CN, P4, '2022-01', '2022-12')}; 2023 {a:,.0f}: {100 * (a / b - 1):.1f}%",
        c=(1 - a / b, 0.475, 0.525),
    ),
)

P(
    "2026-03-26",
    "Malaysia ranked second among suppliers of processors to the US in 2025.",
    L(
        "second",
        "rank",
        "consistent",
        f"second of the partners in the store: Taiwan {tw25:,.0f}, Malaysia {my25:,.0f}, then Vietnam {vn25:,.0f}; partners outside the store could rank above",
    ),
)

kr25m, tw25m = yr(KR, P2, 2025), yr(TW, P2, 2025)
P(
    "2026-03-27",
    "South Korea was the second-biggest supplier of memory chips to the United States in 2025, behind Taiwan.",
    L(
        "the second-biggest supplier",
        "rank",
        "consistent",
        f"in the store: Taiwan {tw25m:,.0f}, Korea {kr25m:,.0f}, Japan {yr(JP, P2, 2025):,.0f}, Malaysia {yr(MY, P2, 2025):,.0f}; partners outside the store unknown",
    ),
)

P(
    "2025-02-28",
    "Taiwan shipped more than $600 million of chips to the United States in December 2024.",
    L(
        "more than $600 million",
        "amount",
        "consistent",
        f"Taiwan customs annual only: US 2024 {us24:,.0f}, a monthly average of {us24 / 12:,.0f}; the month is not in the file",
    ),
)

P(
    "2025-03-03",
    "Taiwan's integrated circuit exports to India exceeded $500 million in the fourth quarter of 2024.",
    L(
        "exceeded $500 million",
        "amount",
        "consistent",
        f"Taiwan customs annual only: India 2024 {in24:,.0f}; no quarterly split",
    ),
)

P(
    "2025-08-01",
    "Nvidia took a $4.5 billion charge on unsold H20 chips after Washington required licences for "
    "sales to China.",
    L("$4.5 billion", "not_trade", "not_checkable", "company figure"),
)

P(
    "2025-04-11",
    "Beijing raised its tariff on US goods to 125% while US duties on Chinese imports reached 145%.",
    L("125%", "not_trade", "not_checkable", "tariff rate"),
    L("145%", "not_trade", "not_checkable", "tariff rate"),
)

P(
    "2024-01-20",
    "ASML shipped 44 lithography systems to Chinese customers in the fourth quarter, worth about €2 billion.",
    L("44 lithography systems", "count", "not_checkable", "company unit count; not in the store"),
    L("about €2 billion", "amount", "not_checkable", "company figure in another currency"),
)

P(
    "2025-10-20",
    "US imports of solid-state drives from Mexico rose 18% in the fiscal year to September.",
    L("18%", "change", "not_checkable", "no US import series from Mexico in the store; fiscal-year period"),
)

a = m(MY, P4, "2026-04")
P(
    "2026-06-10",
    "Processor imports from Malaysia were $608 million in April, a tenth below the month before.",
    L(
        "$608 million",
        "amount",
        "contradicted",
        f"article dated 2026-06: April = April 2026; {km(MY, P4, '2026-04')} ($608m was April 2025)",
        c=(a, 607.5e6, 608.5e6),
    ),
    L(
        "a tenth below",
        "change",
        "contradicted",
        f"{km(MY, P4, '2026-03')}; April 2026/March 2026 = {100 * (a / m(MY, P4, '2026-03') - 1):.1f}%",
        c=(100 * (1 - a / m(MY, P4, "2026-03")), 9.5, 10.5),
    ),
)


# ---------------------------------------------------------------- passages, second set
a = yr(KR, P2, 2025)
P(
    "2026-02-18",
    "US memory chip imports from South Korea totalled $1.2 billion last year, Comtrade data show.",
    L("$1.2 billion", "amount", "contradicted", km(KR, P2, "2025-01", "2025-12"), c=(a, 1.15e9, 1.25e9)),
)

my23 = t.tw("Malaysia", 2023)
my24t = t.tw("Malaysia", 2024)
P(
    "2025-03-10",
    "Taiwan's integrated circuit exports to Malaysia fell in 2024, customs data show.",
    L("fell", "direction", "contradicted", f"{TWF}: Malaysia 2023 {my23:,.0f}, 2024 {my24t:,.0f} (rose)"),
)

c19 = t.china_from_us(2019)
P(
    "2020-02-20",
    "China imported $9.5 billion of integrated circuits from the United States in 2019, Chinese customs "
    "data reported to Comtrade show.",
    L(
        "$9.5 billion",
        "amount",
        "contradicted",
        f"{CF} 2019 partner2Code 0: {c19:,.0f}",
        c=(c19, 9.45e9, 9.55e9),
    ),
)

q1t = t.semi("2023Q1", "Total")
P(
    "2023-06-12",
    "Worldwide chip-equipment billings came to $30 billion in the first quarter of 2023, SEMI said.",
    L("$30 billion", "amount", "contradicted", f"{SF} 2023Q1 Total {q1t}", c=(q1t, 29.5, 30.5)),
)

P(
    "2024-08-30",
    "Hong Kong, mostly re-exporting, shipped $250 billion of integrated circuits abroad in 2023.",
    L(
        "$250 billion",
        "amount",
        "contradicted",
        f"{WF} 2023 China, Hong Kong SAR {hk:,.0f}",
        c=(hk, 245e9, 255e9),
    ),
)

a, b = yr(W, P4, 2023), yr(W, P4, 2022)
P(
    "2024-03-18",
    "Total US imports of processors and controllers fell 5% in 2023.",
    L(
        "5%",
        "change",
        "contradicted",
        f"{km(W, P4, '2022-01', '2022-12')}; 2023 {a:,.0f}: {100 * (a / b - 1):.1f}%",
        c=(100 * (1 - a / b), 4.5, 5.5),
    ),
)

a = span(TW, P4, "2026-01", "2026-03")
P(
    "2026-05-20",
    "The US imported about $3 billion of processors from Taiwan in the first quarter of 2026.",
    L("about $3 billion", "amount", "contradicted", km(TW, P4, "2026-01", "2026-03"), c=(a, 2.85e9, 3.15e9)),
)

ja7 = t.kaz()
ja7 = float(
    ja7[(ja7.reporter == "JPN") & (ja7.cmd_code == P4) & (ja7.date.str[:7] == "2026-07")].value_usd.iloc[0]
)
P(
    "2026-09-08",
    "Japan's exports of processors and controllers were $400 million in July 2026.",
    L(
        "$400 million",
        "amount",
        "contradicted",
        f"{KAZF} JPN X World 854231 2026-07 {ja7:,.0f}",
        c=(ja7, 399.5e6, 400.5e6),
    ),
)

mm = t.kaz()
mm = mm[(mm.reporter == "MYS") & (mm.cmd_code == P2)]
ma4, mb4 = (float(mm[mm.date.str[:7] == x].value_usd.iloc[0]) for x in ("2026-04", "2025-04"))
P(
    "2026-06-15",
    "Malaysia's memory chip exports tripled from a year earlier in April 2026.",
    L(
        "tripled",
        "multiple",
        "contradicted",
        f"{KAZF} MYS X World 854232: Apr 2025 {mb4:,.0f}, Apr 2026 {ma4:,.0f}: x{ma4 / mb4:.2f}",
        c=(ma4 / mb4, 2.85, 3.15),
    ),
)

sg23 = t.tw("Singapore", 2023)
P(
    "2025-03-12",
    "Taiwan's chip exports to Singapore rose 10% in 2024.",
    L(
        "10%",
        "change",
        "contradicted",
        f"{TWF}: Singapore 2023 {sg23:,.0f}, 2024 {sg24:,.0f}: {100 * (sg24 / sg23 - 1):.2f}%",
        c=(100 * (sg24 / sg23 - 1), 9.5, 10.5),
    ),
)

a = yr(CN, P4, 2025)
P(
    "2026-02-22",
    "US imports of Chinese processors and controllers came to $1.5 billion in 2025.",
    L("$1.5 billion", "amount", "contradicted", km(CN, P4, "2025-01", "2025-12"), c=(a, 1.45e9, 1.55e9)),
)

a = span(TW, P2, "2026-01", "2026-06")
P(
    "2026-08-15",
    "In the first half of 2026, US memory chip imports from Taiwan amounted to $600 million.",
    L("$600 million", "amount", "contradicted", km(TW, P2, "2026-01", "2026-06"), c=(a, 595e6, 605e6)),
)

cs = [m(CN, P4, x) for x in ("2025-03", "2025-04", "2025-05", "2025-06")]
P(
    "2025-08-20",
    "US processor imports from China rose for a third straight month in June 2025, to $98 million.",
    L(
        "for a third straight month",
        "streak",
        "contradicted",
        f"China 854231 Mar..Jun 2025: {', '.join(f'{x:,.0f}' for x in cs)} (April fell, so only two rises)",
    ),
    L("$98 million", "amount", "supported", km(CN, P4, "2025-06"), c=(cs[-1], 97.5e6, 98.5e6)),
)

mem24 = {n: yr(p, P2, 2024) for n, p in (("Taiwan", TW), ("Korea", KR), ("Japan", JP), ("Malaysia", MY))}
P(
    "2025-03-28",
    "Malaysia was one of the top three suppliers of memory chips to the US in 2024.",
    L(
        "top three",
        "rank",
        "contradicted",
        "three partners in the store already rank above it: "
        + ", ".join(f"{n} {x:,.0f}" for n, x in mem24.items()),
    ),
)

P(
    "2025-03-14",
    "Taiwan's IC exports to Vietnam topped $1.5 billion in the first half of 2024.",
    L(
        "topped $1.5 billion",
        "amount",
        "consistent",
        f"Taiwan customs annual only: Vietnam 2024 {vn24:,.0f}; no half-year split",
    ),
)

P(
    "2025-02-03",
    "China's imports of American integrated circuits exceeded $5 billion in the first half of 2024.",
    L(
        "exceeded $5 billion",
        "amount",
        "consistent",
        f"{CF} annual only: 2024 {c24:,.0f}; no half-year figure",
    ),
)

P(
    "2025-02-15",
    "Chip-equipment billings worldwide topped $30 billion in the fourth quarter of 2024.",
    L(
        "topped $30 billion",
        "amount",
        "consistent",
        f"{SF}: no 2024Q4 row; 2024 Total {t.semi('2024', 'Total')} - Q2 {t.semi('2024Q2', 'Total')} - Q3 {t.semi('2024Q3', 'Total')} leaves {t.semi('2024', 'Total') - t.semi('2024Q2', 'Total') - t.semi('2024Q3', 'Total'):.2f} for Q1+Q4",
    ),
)

P(
    "2025-07-17",
    "TSMC raised its capital spending plan to as much as $42 billion for the year.",
    L("as much as $42 billion", "not_trade", "not_checkable", "company figure"),
)

P(
    "2023-10-18",
    "The new rules give exporters 30 days to comply and cover chips with a performance density above "
    "a set threshold.",
    L("30 days", "not_trade", "not_checkable", "a regulatory deadline, not a trade figure"),
)

P(
    "2025-06-20",
    "US imports of integrated circuits from Ireland rose 40% in the first quarter of 2025.",
    L(
        "40%",
        "change",
        "not_checkable",
        "no US import series from Ireland in the store, and 'integrated circuits' in general is not covered by the US monthly series",
    ),
)

P(
    "2026-04-02",
    "Japan's exports of semiconductors rose to ¥600 billion in February 2026.",
    L("¥600 billion", "amount", "not_checkable", "another currency (yen); the store holds USD values"),
)

P(
    "2025-09-30",
    "Washington floated a 100% tariff on imported chips, while the CHIPS Act has handed out $33 billion "
    "in grants.",
    L("100% tariff", "not_trade", "not_checkable", "tariff rate"),
    L("$33 billion", "not_trade", "not_checkable", "subsidy programme figure, not trade"),
)

P(
    "2025-08-09",
    "Taiwan's overall exports rose 42% in July from a year earlier, the finance ministry said.",
    L(
        "42%",
        "change",
        "not_checkable",
        "total exports of all goods are not in the store (the MOF transcription covers 2020 only)",
    ),
)

P(
    "2025-05-15",
    "South Korea's memory imports from Japan doubled in the first quarter.",
    L(
        "doubled",
        "multiple",
        "not_checkable",
        "no Korea-reported imports in the store (KOR series are exports to World)",
    ),
)

P(
    "2026-01-10",
    "Processor imports from Korea were $64 million that month, the agency said, matching the figure of the month before.",
    L(
        "$64 million",
        "amount",
        "not_checkable",
        "ambiguous period: 'that month' has no antecedent; Aug and Sep 2025 are both about $64m, but the passage names no month",
        note="passage deliberately lacks the period: abstention expected",
    ),
)


P(
    "2025-08-25",
    "Taiwan's integrated circuit exports to the United States exceeded $3 billion in the first half of 2025.",
    L(
        "exceeded $3 billion",
        "amount",
        "consistent",
        f"Taiwan customs 2025 rows cover Jan-Jul only: US {t.tw('US', 2025):,.0f}; no half-year split",
    ),
)

P(
    "2026-03-29",
    "Taiwan was the biggest source of US memory chip imports in 2025.",
    L(
        "the biggest source",
        "rank",
        "consistent",
        f"largest of the partners in the store: Taiwan {tw25m:,.0f}, Korea {kr25m:,.0f}; partners outside the store (e.g. Mexico, Ireland) unknown",
    ),
)

P(
    "2023-12-20",
    "China bought more than $600 million of American integrated circuits in October 2023.",
    L(
        "more than $600 million",
        "amount",
        "consistent",
        f"{CF} annual only: 2023 {c23:,.0f}; the GACC transcription has no October 2023 figure",
    ),
)


# ---------------------------------------------------------------- articles
A: list[dict] = []


def ART(date, text, *labels):
    for lab in labels:
        if text.count(lab["quote"]) < lab["occurrence"]:
            raise AssertionError(f"quote {lab['quote']!r} (occurrence {lab['occurrence']}) not in article")
    k = len(A) + 1
    (HERE / "articles").mkdir(exist_ok=True)
    (HERE / "articles" / f"a{k}.md").write_text(text, encoding="utf-8")
    A.append({"id": f"a{k}", "file": f"articles/a{k}.md", "date": date, "labels": list(labels)})


tw6, tw6p = m(TW, P4, "2026-06"), m(TW, P4, "2025-06")
wm6, wm6p = m(W, P2, "2026-06"), m(W, P2, "2025-06")
kr6, kr6p = m(KR, P2, "2026-06"), m(KR, P2, "2025-06")
jp6 = m(JP, P2, "2026-06")
ytd26, ytd25 = span(W, P4, "2026-01", "2026-07"), span(W, P4, "2025-01", "2025-07")
my9, my8 = m(MY, P4, "2024-09"), m(MY, P4, "2024-08")
vn5, vn6, vn7 = m(VN, P4, "2026-05"), m(VN, P4, "2026-06"), m(VN, P4, "2026-07")
my6 = m(MY, P4, "2026-06")
myser = t.kaz()
myser = myser[(myser.reporter == "USA") & (myser.partner == MY) & (myser.cmd_code == P4)]
myprev = myser[myser.date < "2026-06-01"].value_usd.min()

ART(
    "2026-08-28",
    "# Taiwan processor shipments to US top $1.3 billion as memory imports quadruple\n\n"
    "American importers kept buying ahead of the next tariff decision. Processors and controllers "
    "from Taiwan arrived worth $1.38 billion in June, according to US customs figures compiled by the "
    "UN, up from $671 million a year earlier, more than double.\n\n"
    "Memory was even more striking. Purchases from South Korea rose to $373 million, against $131 "
    "million in June 2025.\n\n"
    "Over the first seven months of the year, total US processor imports came to $22 billion, against "
    "$19.5 billion in the same period of 2025.\n\n"
    "The pattern echoes late 2024, when processor shipments from Malaysia jumped to $890 million in "
    "September, up about 89% from August. This time Malaysia has moved the other way: its processor "
    "sales to the US fell to $203 million in June, the weakest month in more than eight years.\n\n"
    "Vietnam slipped too, its processor shipments falling for a second straight month in July. Analysts said a tariff of up to 25% on chips, and TSMC's move to 2-nanometre production "
    "in Arizona, would shape the rest of the year.\n",
    L(
        "top $1.3 billion",
        "amount",
        "supported",
        f"headline; the body names June 2026: {km(TW, P4, '2026-06')}",
        c=(tw6, 1.3e9, 9e99),
    ),
    L(
        "quadruple",
        "multiple",
        "supported",
        f"headline; US memory imports from World June 2026 {wm6:,.0f} vs June 2025 {wm6p:,.0f}: x{wm6 / wm6p:.2f}",
        c=(wm6 / wm6p, 3.8, 4.2),
        note="the headline's period comes from the body (June, year-on-year)",
    ),
    L("$1.38 billion", "amount", "supported", km(TW, P4, "2026-06"), c=(tw6, 1.375e9, 1.385e9)),
    L("$671 million", "amount", "supported", km(TW, P4, "2025-06"), c=(tw6p, 670.5e6, 671.5e6)),
    L("more than double", "multiple", "supported", f"x{tw6 / tw6p:.3f}", c=(tw6 / tw6p, 2, 99)),
    L(
        "$373 million",
        "amount",
        "supported",
        f"product memory inherited from the paragraph: {km(KR, P2, '2026-06')}",
        c=(kr6, 372.5e6, 373.5e6),
    ),
    L("$131 million", "amount", "supported", km(KR, P2, "2025-06"), c=(kr6p, 130.5e6, 131.5e6)),
    L("$22 billion", "amount", "supported", km(W, P4, "2026-01", "2026-07"), c=(ytd26, 21.5e9, 22.5e9)),
    L(
        "$19.5 billion",
        "amount",
        "contradicted",
        km(W, P4, "2025-01", "2025-07"),
        c=(ytd25, 19.45e9, 19.55e9),
    ),
    L(
        "$890 million",
        "amount",
        "supported",
        f"year anchored to 2024 by 'late 2024': {km(MY, P4, '2024-09')}",
        c=(my9, 889.5e6, 890.5e6),
    ),
    L(
        "about 89%",
        "change",
        "supported",
        f"{km(MY, P4, '2024-08')}; {100 * (my9 / my8 - 1):.1f}%",
        c=(100 * (my9 / my8 - 1), 84.5, 93.5),
    ),
    L("$203 million", "amount", "supported", km(MY, P4, "2026-06"), c=(my6, 202.5e6, 203.5e6)),
    L(
        "the weakest month in more than eight years",
        "record",
        "supported",
        f"lowest month of the whole series 2016-11..2026-07; prior minimum {myprev:,.0f}",
    ),
    L(
        "for a second straight month",
        "streak",
        "supported",
        f"Viet Nam 854231 May {vn5:,.0f} > Jun {vn6:,.0f} > Jul {vn7:,.0f}; Apr {m(VN, P4, '2026-04'):,.0f} < May",
    ),
    L("up to 25%", "not_trade", "not_checkable", "tariff rate"),
    L("2-nanometre", "not_trade", "not_checkable", "technology node"),
)


in23 = t.tw("India", 2023)
order24 = t.twc()[t.twc().Year == 2024].groupby("Country").USD.sum().sort_values(ascending=False)
us7 = t.tw("US", 2025)
hk25 = t.tw("Hong Kong", 2025)
ART(
    "2025-09-01",
    "# Taiwan's IC exports to US more than double as China and Hong Kong share slips below 52%\n\n"
    "TAIPEI (translated) -- Taiwan's exports of integrated circuits totalled US$165.0 billion last "
    "year, according to customs statistics from the Ministry of Finance, down 0.9% from 2023.\n\n"
    "Mainland China remained the largest destination at US$48.5 billion, followed by Hong Kong at "
    "US$36.8 billion.\n\n"
    "Shipments to the United States rose to US$7.4 billion, making it the seventh-largest buyer, "
    "with a share of 4.5%. Exports to India rose more than 50%, while those to "
    "Japan fell to US$12.4 billion.\n\n"
    "In the first seven months of this year, exports reached about US$110 billion. "
    "Officials said monthly shipments to the US were above US$1 billion in each month "
    "of the second quarter.\n\n"
    "The ministry noted that the island's 3-nanometre output is booked for the year and that a 20% "
    "US tariff on Taiwanese goods had not slowed orders.\n",
    L(
        "more than double",
        "multiple",
        "supported",
        f"headline, year from the body (2024): {TWF} US 2023 {us23:,.0f}, 2024 {us24:,.0f}: x{us24 / us23:.2f}",
        c=(us24 / us23, 2, 99),
    ),
    L(
        "below 52%",
        "share",
        "supported",
        f"headline, 2024: ({cn24:,.0f} + {hk24:,.0f}) / {w24:,.0f} = {s24:.2f}%",
        c=(s24, 0, 52),
    ),
    L(
        "US$165.0 billion",
        "amount",
        "supported",
        f"{TWF} 2024 all destinations {w24:,.0f}",
        c=(w24, 164.95e9, 165.05e9),
    ),
    L(
        "0.9%",
        "change",
        "supported",
        f"2023 {t23:,.0f} -> 2024 {w24:,.0f}: {100 * (w24 / t23 - 1):.2f}%",
        c=(100 * (1 - w24 / t23), 0.85, 0.95),
    ),
    L("the largest destination", "rank", "supported", f"{TWF} 2024 first destination: China {cn24:,.0f}"),
    L("US$48.5 billion", "amount", "supported", f"{TWF} China 2024 {cn24:,.0f}", c=(cn24, 48.45e9, 48.55e9)),
    L(
        "US$36.8 billion",
        "amount",
        "supported",
        f"{TWF} Hong Kong 2024 {hk24:,.0f}",
        c=(hk24, 36.75e9, 36.85e9),
    ),
    L("US$7.4 billion", "amount", "supported", f"{TWF} US 2024 {us24:,.0f}", c=(us24, 7.35e9, 7.45e9)),
    L(
        "the seventh-largest buyer",
        "rank",
        "supported",
        f"{TWF} 2024 destinations in order: "
        + ", ".join(f"{n} {x / 1e9:.2f}bn" for n, x in order24.head(7).items()),
    ),
    L(
        "4.5%",
        "share",
        "supported",
        f"{us24:,.0f} / {w24:,.0f} = {100 * us24 / w24:.2f}%",
        c=(100 * us24 / w24, 4.45, 4.55),
    ),
    L(
        "more than 50%",
        "change",
        "supported",
        f"India 2023 {in23:,.0f}, 2024 {in24:,.0f}: {100 * (in24 / in23 - 1):.1f}%",
        c=(100 * (in24 / in23 - 1), 50, 999),
    ),
    L(
        "US$12.4 billion",
        "amount",
        "contradicted",
        f"{TWF} Japan 2024 {jp24:,.0f}",
        c=(jp24, 12.35e9, 12.45e9),
    ),
    L(
        "about US$110 billion",
        "amount",
        "supported",
        f"{TWF} 2025 (Jan-Jul, the file's 2025 rows) all destinations {t25:,.0f}",
        c=(t25, 104.5e9, 115.5e9),
    ),
    L(
        "above US$1 billion in each month",
        "amount",
        "consistent",
        f"Taiwan customs gives Jan-Jul 2025 only: US {us7:,.0f}; three months above 1bn fit inside it but no month is in the file",
    ),
    L("3-nanometre", "not_trade", "not_checkable", "technology node"),
    L("20%", "not_trade", "not_checkable", "tariff rate"),
)


if __name__ == "__main__":
    from collections import Counter

    (HERE / "sentences.jsonl").write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in S), encoding="utf-8"
    )
    (HERE / "articles.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in A), encoding="utf-8"
    )
    labs = [lab for p in S for lab in p["labels"]]
    alabs = [lab for a in A for lab in a["labels"]]
    print(
        len(S),
        "passages,",
        len(labs),
        "labels;",
        len(A),
        "articles,",
        [len(a["labels"]) for a in A],
        "labels",
    )
    print("verdicts", Counter(lab["verdict"] for lab in labs + alabs))
    print("kinds", Counter(lab["kind"] for lab in labs + alabs))
