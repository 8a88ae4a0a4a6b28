# ruff: noqa: E501
"""Write batch 1's sentences.jsonl and articles.jsonl (texts and labels by hand; figures
in `truth` looked up in the raw CSV files by blind/truth.py, never through frontload)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import truth as t  # noqa: E402

K = "kazookat"  # comtrade_monthly_semis_kazookat.csv


def m(x: float) -> str:
    return f"{x / 1e6:,.1f}m"


def b(x: float) -> str:
    return f"{x / 1e9:,.3f}bn"


def kv(rep: str, par: str, cmd: int, first: str, last: str | None = None) -> float:
    return t.k(rep, par, cmd, t.months(first, last or first))


def ks(rep: str, par: str, cmd: int, first: str, last: str | None = None) -> str:
    v = kv(rep, par, cmd, first, last)
    per = first if last is None else f"{first}..{last} (sum)"
    return f"{K} {rep} {'X' if rep != 'USA' else 'M'} {t.PARTNER.get(par, par)} {cmd} {per}: {m(v)}"


def L(quote, kind, verdict, truth, note=None, occ=1):
    d = {"quote": quote, "occurrence": occ, "kind": kind, "verdict": verdict, "truth": truth}
    if note:
        d["note"] = note
    return d


P, MEM = 854231, 854232
S: list[dict] = []


def s(date, text, *labels):
    S.append({"id": f"s{len(S) + 1:02d}", "date": date, "text": text, "labels": list(labels)})


# ---------------------------------------------------------------- US monthly imports
tw2501, tw2410 = kv("USA", "TW", P, "2025-01"), kv("USA", "TW", P, "2024-10")
s(
    "2025-03-15",
    "U.S. imports of processors and controllers from Taiwan reached $931 million in January, the highest monthly figure on record.",
    L("$931 million", "amount", "supported", ks("USA", "TW", P, "2025-01")),
    L(
        "the highest monthly figure on record",
        "record",
        "contradicted",
        f"October 2024 was higher: {ks('USA', 'TW', P, '2024-10')} > {m(tw2501)}",
    ),
)
kr2412, kr2411 = kv("USA", "KR", MEM, "2024-12"), kv("USA", "KR", MEM, "2024-11")
s(
    "2025-01-25",
    "Shipments of memory chips from South Korea to the US fell by more than a third in December from November, to $46.6 million.",
    L(
        "more than a third",
        "change",
        "supported",
        f"{ks('USA', 'KR', MEM, '2024-12')} vs {ks('USA', 'KR', MEM, '2024-11')}: {100 * (kr2412 / kr2411 - 1):.1f}%",
    ),
    L("$46.6 million", "amount", "contradicted", ks("USA", "KR", MEM, "2024-12") + " (claim 27% higher)"),
)
a, c = kv("USA", "TW", P, "2024-07"), kv("USA", "TW", P, "2023-07")
s(
    "2024-09-20",
    "America's purchases of Taiwanese processors more than tripled in July from a year earlier, to $823mn.",
    L(
        "more than tripled",
        "multiple",
        "supported",
        f"{ks('USA', 'TW', P, '2024-07')} / {ks('USA', 'TW', P, '2023-07')} = {a / c:.2f}x",
    ),
    L("$823mn", "amount", "supported", ks("USA", "TW", P, "2024-07")),
)
a, c = kv("USA", "Malaysia", P, "2025-07"), kv("USA", "Malaysia", P, "2024-07")
s(
    "2025-08-15",
    "Processor imports from Malaysia dropped to $627m in July, down 32% from July 2024, according to Census figures compiled by the UN.",
    L("$627m", "amount", "contradicted", ks("USA", "Malaysia", P, "2025-07") + " (claim 19% higher)"),
    L(
        "down 32%",
        "change",
        "supported",
        f"{ks('USA', 'Malaysia', P, '2025-07')} vs {m(c)} in 2024-07: {100 * (a / c - 1):.1f}%",
    ),
)
a, c = kv("USA", "Malaysia", P, "2025-03"), kv("USA", "Malaysia", P, "2024-03")
s(
    "2025-04-20",
    "US imports of processors from Malaysia rose to US$1.31 billion in March, up nearly 50% from a year earlier.",
    L(
        "US$1.31 billion",
        "amount",
        "contradicted",
        ks("USA", "Malaysia", P, "2025-03") + " (claim 16% higher)",
    ),
    L("nearly 50%", "change", "supported", f"vs {m(c)} in 2024-03: +{100 * (a / c - 1):.1f}%"),
)
a, c = kv("USA", "TW", MEM, "2026-05"), kv("USA", "TW", MEM, "2025-05")
s(
    "2026-06-28",
    "US memory imports from Taiwan climbed to $288 million in May, nearly seven times the level of May 2025. Imports from South Korea came to $169.4 million, up from $31 million a year earlier.",
    L("$288 million", "amount", "supported", ks("USA", "TW", MEM, "2026-05")),
    L(
        "nearly seven times",
        "multiple",
        "contradicted",
        f"{m(a)} / {ks('USA', 'TW', MEM, '2025-05')} = {a / c:.2f}x",
    ),
    L(
        "$169.4 million",
        "amount",
        "supported",
        ks("USA", "KR", MEM, "2026-05"),
        "subject (US memory imports) and month inherited from the first sentence",
    ),
    L("$31 million", "amount", "contradicted", ks("USA", "KR", MEM, "2025-05")),
)
a, c = kv("USA", "VN", P, "2026-04"), kv("USA", "VN", P, "2025-04")
s(
    "2026-06-20",
    "American imports of processors from Vietnam more than quadrupled in April from a year earlier, to $264 million.",
    L(
        "more than quadrupled",
        "multiple",
        "supported",
        f"{ks('USA', 'VN', P, '2026-04')} / {m(c)} (2025-04) = {a / c:.2f}x",
    ),
    L("$264 million", "amount", "contradicted", ks("USA", "VN", P, "2026-04") + " (claim 18% higher)"),
)
ch = t.kaz()
chs = ch[(ch.reporter == "USA") & (ch.partner == "China") & (ch.cmd_code == P)]
prior_min = chs[chs.date < "2025-12-01"].value_usd.min()
s(
    "2026-01-20",
    "Purchases of Chinese-made processors by US importers sank to $31.4 million in December, the lowest in at least nine years.",
    L("$31.4 million", "amount", "supported", ks("USA", "China", P, "2025-12")),
    L(
        "the lowest in at least nine years",
        "record",
        "supported",
        f"lowest of the series 2016-11..2025-12 (previous minimum {m(prior_min)}); the series starts 2016-11, 9 years 1 month before",
    ),
)
a, c = kv("USA", "World", P, "2024-01", "2024-12"), kv("USA", "World", P, "2023-01", "2023-12")
s(
    "2025-02-05",
    "US imports of processors from the world rose 40 per cent in 2024 to $24.8bn.",
    L(
        "40 per cent",
        "change",
        "supported",
        f"{b(a)} vs {b(c)} (2023, sum of 12 months): +{100 * (a / c - 1):.2f}%",
    ),
    L("$24.8bn", "amount", "contradicted", ks("USA", "World", P, "2024-01", "2024-12")),
)
a, c = kv("USA", "World", P, "2025-01", "2025-12"), kv("USA", "World", P, "2024-01", "2024-12")
s(
    "2026-02-10",
    "Total US processor imports climbed 25% last year to $32.6 billion.",
    L("25%", "change", "contradicted", f"{b(a)} vs {b(c)}: +{100 * (a / c - 1):.2f}%"),
    L("$32.6 billion", "amount", "supported", ks("USA", "World", P, "2025-01", "2025-12")),
)

# ---------------------------------------------------------------- Taiwan customs, annual
tu24, tu23 = t.tw("US", 2024), t.tw("US", 2023)
TWN = "taiwan_exports_by_country_2013_2025.csv, sum of 8542 lines"
s(
    "2025-02-20",
    "Taiwan's exports of integrated circuits to the United States more than doubled last year to $7.4 billion, according to the island's customs data.",
    L(
        "more than doubled",
        "multiple",
        "supported",
        f"{TWN}, 美國: 2024 {b(tu24)} / 2023 {b(tu23)} = {tu24 / tu23:.2f}x",
    ),
    L("$7.4 billion", "amount", "supported", f"{TWN}, 美國 2024: {b(tu24)}"),
)
W24, W23, W22 = t.tw(None, 2024), t.tw(None, 2023), t.tw(None, 2022)
s(
    "2025-02-20",
    "Mainland China took 29.4% of Taiwan's chip exports in 2024, and Hong Kong another 27.3%.",
    L(
        "29.4%",
        "share",
        "supported",
        f"{TWN}: 中國大陸 {b(t.tw('China', 2024))} / all destinations {b(W24)} = {100 * t.tw('China', 2024) / W24:.2f}%",
    ),
    L(
        "27.3%",
        "share",
        "contradicted",
        f"香港 {b(t.tw('Hong Kong', 2024))} / {b(W24)} = {100 * t.tw('Hong Kong', 2024) / W24:.2f}%",
    ),
)
h23, h22 = 100 * t.tw("Hong Kong", 2023) / W23, 100 * t.tw("Hong Kong", 2022) / W22
s(
    "2024-02-15",
    "Hong Kong's share of Taiwan's IC exports slipped to 26 per cent in 2023 from 27 per cent a year earlier.",
    L("slipped", "direction", "supported", f"share {h22:.2f}% (2022) -> {h23:.2f}% (2023)"),
    L(
        "26 per cent",
        "share",
        "supported",
        f"{TWN}: 香港 2023 {b(t.tw('Hong Kong', 2023))} / {b(W23)} = {h23:.2f}%",
    ),
    L("27 per cent", "share", "supported", f"香港 2022 {b(t.tw('Hong Kong', 2022))} / {b(W22)} = {h22:.2f}%"),
)
s(
    "2025-03-01",
    "Singapore ranked as the third-largest destination for Taiwanese integrated circuits in 2024, behind the mainland and Hong Kong.",
    L(
        "the third-largest",
        "rank",
        "supported",
        f"{TWN} 2024: 中國大陸 {b(t.tw('China', 2024))}, 香港 {b(t.tw('Hong Kong', 2024))}, 新加坡 {b(t.tw('Singapore', 2024))}, next 南韓 {b(t.tw('Korea', 2024))}; all destinations in the file",
    ),
)
j24, j23 = t.tw("Japan", 2024), t.tw("Japan", 2023)
s(
    "2025-03-01",
    "Japan's purchases of Taiwanese chips slumped by half in 2024.",
    L(
        "by half",
        "change",
        "contradicted",
        f"{TWN}, 日本: {b(j24)} vs {b(j23)} = {100 * (j24 / j23 - 1):.1f}%",
        "Taiwan's exports to Japan (mirror framing)",
    ),
)
v24, v23 = t.tw("Vietnam", 2024), t.tw("Vietnam", 2023)
s(
    "2025-03-01",
    "Taiwan's IC exports to Vietnam jumped 80% in 2024 to $4.3 billion.",
    L("80%", "change", "contradicted", f"{TWN}, 越南: {b(v24)} vs {b(v23)} = +{100 * (v24 / v23 - 1):.1f}%"),
    L("$4.3 billion", "amount", "supported", f"越南 2024: {b(v24)}"),
)
s(
    "2024-03-05",
    "Taiwan's integrated circuit exports fell about 10% in 2023 to $166.6 billion, after a record $184.1 billion the year before.",
    L(
        "about 10%",
        "change",
        "supported",
        f"all destinations {b(W23)} vs {b(W22)}: {100 * (W23 / W22 - 1):.2f}%",
    ),
    L("$166.6 billion", "amount", "supported", f"{TWN}, all destinations 2023 = totals file 112年: {b(W23)}"),
    L(
        "a record",
        "record",
        "consistent",
        "2022 is the highest of 2013..2023 in the file; the file starts in 2013, so an all-time record is not provable",
    ),
    L("$184.1 billion", "amount", "supported", f"all destinations 2022: {b(W22)}"),
)
s(
    "2025-09-01",
    "Hong Kong overtook mainland China as the top destination for Taiwan's chip exports in the first seven months of 2025, taking $32.5 billion.",
    L(
        "the top destination",
        "rank",
        "supported",
        f"{TWN}, 2025 (Jan-Jul preliminary): 香港 {b(t.tw('Hong Kong', 2025))} > 中國大陸 {b(t.tw('China', 2025))}",
    ),
    L("$32.5 billion", "amount", "contradicted", f"香港 2025 Jan-Jul: {b(t.tw('Hong Kong', 2025))}"),
)
u25 = t.tw("US", 2025)
s(
    "2025-09-01",
    "Taiwan's chip shipments to the US totalled $4.8bn in January-July 2025, already close to two-thirds of the full-year 2024 figure.",
    L("$4.8bn", "amount", "supported", f"{TWN}, 美國 2025 Jan-Jul: {b(u25)}"),
    L("close to two-thirds", "share", "supported", f"{b(u25)} / {b(tu24)} (2024) = {100 * u25 / tu24:.1f}%"),
)
mx24, mx23 = t.tw("Mexico", 2024), t.tw("Mexico", 2023)
s(
    "2025-03-12",
    "Taiwanese IC exports to Mexico nearly tripled in 2024 as assemblers moved north.",
    L(
        "nearly tripled",
        "multiple",
        "supported",
        f"{TWN}, 墨西哥: {b(mx24)} / {b(mx23)} = {mx24 / mx23:.2f}x",
    ),
)
i24, i23 = t.tw("India", 2024), t.tw("India", 2023)
s(
    "2025-03-12",
    "Exports of chips from Taiwan to India more than doubled in 2024, to almost $3 billion.",
    L(
        "more than doubled",
        "multiple",
        "contradicted",
        f"{TWN}, 印度: {b(i24)} vs {b(i23)} = +{100 * (i24 / i23 - 1):.1f}%",
    ),
    L("almost $3 billion", "amount", "supported", f"印度 2024: {b(i24)}"),
)

# ---------------------------------------------------------------- China's imports from the US (Comtrade, annual)
CH = "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv, partner2Code 0"
c24, c23, c22, c21 = (t.china_from_us(y) for y in (2024, 2023, 2022, 2021))
s(
    "2025-01-15",
    "China's imports of US integrated circuits rebounded by more than 40% in 2024 to $11.75 billion, according to Comtrade data.",
    L(
        "more than 40%",
        "change",
        "supported",
        f"{CH}: 2024 {b(c24)} vs 2023 {b(c23)} = +{100 * (c24 / c23 - 1):.2f}%",
    ),
    L("$11.75 billion", "amount", "supported", f"{CH}, 2024: {b(c24)}"),
)
s(
    "2023-02-10",
    "Beijing's purchases of American chips dropped by more than a fifth in 2022, to $13.6 billion.",
    L(
        "more than a fifth",
        "change",
        "supported",
        f"{CH}: {b(c22)} vs 2021 {b(c21)} = {100 * (c22 / c21 - 1):.1f}%",
    ),
    L("$13.6 billion", "amount", "contradicted", f"{CH}, 2022: {b(c22)} (claim 11.6% higher)"),
)
s(
    "2024-01-20",
    "Chinese purchases of US chips plunged by nearly half in 2023 to $8.3bn.",
    L("nearly half", "change", "contradicted", f"{CH}: {b(c23)} vs {b(c22)} = {100 * (c23 / c22 - 1):.1f}%"),
    L("$8.3bn", "amount", "supported", f"{CH}, 2023: {b(c23)}"),
)
s(
    "2022-03-01",
    "China bought a record $15.7 billion of integrated circuits from the US in 2021.",
    L(
        "a record",
        "record",
        "consistent",
        "2021 is the highest of 2010..2021 in the file; the file starts in 2010, so an all-time record is not provable",
    ),
    L("$15.7 billion", "amount", "supported", f"{CH}, 2021: {b(c21)}"),
)
s(
    "2024-03-01",
    "China's imports of US-made integrated circuits in the first half of 2023 amounted to about $4 billion.",
    L(
        "about $4 billion",
        "amount",
        "consistent",
        f"only the annual total is in the store: 2023 {b(c23)}; a half-year figure cannot be derived",
    ),
)

# ---------------------------------------------------------------- world export table (all reporters)
WL = "ic_exports_world_HS8542_raw.csv (all reporters, partner World)"
hk23, tot23 = t.world("China, Hong Kong SAR", 2023), t.world(None, 2023)
s(
    "2024-06-01",
    "Hong Kong was the world's biggest exporter of integrated circuits in 2023, shipping about $194 billion, roughly a fifth of the global total.",
    L(
        "the world's biggest exporter",
        "rank",
        "supported",
        f"{WL} 2023: Hong Kong {b(hk23)} > Other Asia nes {b(t.world('Other Asia, nes', 2023))} > China {b(t.world('China', 2023))}; 141 reporters",
    ),
    L("about $194 billion", "amount", "supported", f"{WL}, China, Hong Kong SAR 2023: {b(hk23)}"),
    L(
        "roughly a fifth",
        "share",
        "supported",
        f"{b(hk23)} / sum of all reporters {b(tot23)} = {100 * hk23 / tot23:.1f}%",
    ),
)
k23, k22 = t.world("Rep. of Korea", 2023), t.world("Rep. of Korea", 2022)
s(
    "2024-06-01",
    "South Korea's chip exports shrank by almost a quarter in 2023, to $86.1 billion.",
    L(
        "almost a quarter",
        "change",
        "supported",
        f"{WL}, Rep. of Korea: {b(k23)} vs {b(k22)} = {100 * (k23 / k22 - 1):.1f}%",
    ),
    L("$86.1 billion", "amount", "supported", f"Rep. of Korea 2023: {b(k23)}"),
)
my24, my23 = t.world("Malaysia", 2024), t.world("Malaysia", 2023)
s(
    "2025-05-01",
    "Malaysia's IC exports edged up to $69.6 billion in 2024.",
    L(
        "edged up",
        "direction",
        "supported",
        f"{WL}, Malaysia: {b(my24)} vs {b(my23)} = +{100 * (my24 / my23 - 1):.1f}%",
    ),
    L("$69.6 billion", "amount", "contradicted", f"Malaysia 2024: {b(my24)}"),
)
us24, us23 = t.world("USA", 2024), t.world("USA", 2023)
s(
    "2025-03-10",
    "U.S. chip exports rose 26% in 2024 to $50.6 billion.",
    L(
        "26%",
        "change",
        "contradicted",
        f"{WL}, USA: {b(us24)} vs {b(us23)} = +{100 * (us24 / us23 - 1):.2f}%",
    ),
    L("$50.6 billion", "amount", "supported", f"USA 2024: {b(us24)}"),
)

# ---------------------------------------------------------------- SEMI billings
SM = "semi_equipment_billings_by_region.csv"
s(
    "2025-02-01",
    "Chip equipment billings in China reached $49.6 billion in 2024, more than 40% of the worldwide total of $117.1 billion.",
    L("$49.6 billion", "amount", "supported", f"{SM} 2024 annual China {t.semi('2024', 'China')}"),
    L("more than 40%", "share", "supported", f"49.6 / 117.1 = {100 * 49.6 / 117.1:.1f}%"),
    L("$117.1 billion", "amount", "supported", f"{SM} 2024 annual Total {t.semi('2024', 'Total')}"),
)
s(
    "2025-02-01",
    "South Korea was the second-largest market for chipmaking tools last year at $20.5 billion, followed by Taiwan at $18.2 billion.",
    L(
        "the second-largest market",
        "rank",
        "supported",
        "SEMI 2024: China 49.6, Korea 20.5, Taiwan 16.6, North America 13.7, Japan 7.8, Europe 4.9, RoW 4.2",
    ),
    L("$20.5 billion", "amount", "supported", f"{SM} 2024 annual Korea {t.semi('2024', 'Korea')}"),
    L(
        "$18.2 billion",
        "amount",
        "contradicted",
        f"{SM} 2024 annual Taiwan {t.semi('2024', 'Taiwan')} (claim 9.6% higher)",
        "region inherited from 'followed by Taiwan'",
    ),
)
s(
    "2021-04-20",
    "In 2020, China overtook Taiwan as the largest buyer of semiconductor equipment, spending $18.7 billion.",
    L(
        "the largest buyer",
        "rank",
        "supported",
        "SEMI 2020 annual: China 18.72 > Taiwan 17.15 > Korea 16.08 (every region printed)",
    ),
    L("$18.7 billion", "amount", "supported", f"{SM} 2020 annual China {t.semi('2020', 'China')}"),
)
s(
    "2021-04-20",
    "Equipment spending in North America fell 12% in 2020 to $6.5 billion.",
    L(
        "12%",
        "change",
        "contradicted",
        f"SEMI North America 2020 {t.semi('2020', 'North America')} vs 2019 {t.semi('2019', 'North America')} = {100 * (6.53 / 8.15 - 1):.1f}%",
    ),
    L(
        "$6.5 billion",
        "amount",
        "supported",
        f"{SM} 2020 annual North America {t.semi('2020', 'North America')}",
    ),
)
s(
    "2024-12-10",
    "Mainland China's equipment billings of $12.9 billion in the third quarter exceeded the combined total of Korea, Taiwan, North America and Japan.",
    L("$12.9 billion", "amount", "supported", f"{SM} 2024Q3 China {t.semi('2024Q3', 'China')}"),
    L(
        "exceeded the combined total",
        "rank",
        "contradicted",
        f"2024Q3 Korea {t.semi('2024Q3', 'Korea')} + Taiwan {t.semi('2024Q3', 'Taiwan')} + North America {t.semi('2024Q3', 'North America')} + Japan {t.semi('2024Q3', 'Japan')} = 15.38 > 12.93",
        "combined-total comparison",
    ),
)

# ---------------------------------------------------------------- streaks
s(
    "2025-02-15",
    "US imports of processors from Taiwan have exceeded $600 million every month since July 2024.",
    L(
        "$600 million",
        "streak",
        "supported",
        "; ".join(f"{mm} {m(kv('USA', 'TW', P, mm))}" for mm in t.months("2024-07", "2024-12"))
        + " (all > 600m)",
    ),
)
s(
    "2026-08-15",
    "Processor imports from Taiwan have stayed above $1 billion every month since November 2025.",
    L(
        "$1 billion",
        "streak",
        "supported",
        "; ".join(f"{mm} {m(kv('USA', 'TW', P, mm))}" for mm in t.months("2025-11", "2026-07"))
        + " (all > 1,000m)",
    ),
)
s(
    "2025-02-15",
    "Purchases of Taiwanese processors by American firms topped $900 million in every month since July.",
    L(
        "$900 million",
        "streak",
        "contradicted",
        f"{ks('USA', 'TW', P, '2024-07')}, {ks('USA', 'TW', P, '2024-11')}, {ks('USA', 'TW', P, '2024-12')} (all < 900m)",
    ),
)
s(
    "2026-08-15",
    "US memory-chip imports from Japan have exceeded $20 million every month for more than two years.",
    L(
        "$20 million",
        "streak",
        "contradicted",
        f"{ks('USA', 'Japan', MEM, '2024-08')}; {ks('USA', 'Japan', MEM, '2025-05')} (both < 20m)",
    ),
)
s(
    "2026-08-20",
    "Total US processor imports have exceeded $2 billion every month for more than two years.",
    L(
        "$2 billion",
        "streak",
        "supported",
        f"USA-World 854231 2024-03..2026-07 all > 2,000m (minimum {m(min(kv('USA', 'World', P, mm) for mm in t.months('2024-03', '2026-07')))}); 2024-02 {m(kv('USA', 'World', P, '2024-02'))}",
    ),
)

# ---------------------------------------------------------------- directions, multiples
a, c = kv("USA", "China", MEM, "2023-01", "2023-12"), kv("USA", "China", MEM, "2022-01", "2022-12")
s(
    "2024-02-01",
    "US imports of memory chips from China fell last year.",
    L("fell", "direction", "supported", f"USA-China 854232: 2023 {m(a)} vs 2022 {m(c)}"),
)
a, c = kv("USA", "KR", P, "2024-01", "2024-12"), kv("USA", "KR", P, "2023-01", "2023-12")
s(
    "2025-02-10",
    "Processor imports from South Korea declined in 2024.",
    L(
        "declined",
        "direction",
        "contradicted",
        f"USA-Korea 854231: 2024 {m(a)} vs 2023 {m(c)} (+{100 * (a / c - 1):.0f}%)",
    ),
)
a, c = kv("KOR", "World", MEM, "2023-01", "2023-12"), kv("KOR", "World", MEM, "2022-01", "2022-12")
s(
    "2024-02-10",
    "Korean memory exports grew in 2023 despite the downturn.",
    L(
        "grew",
        "direction",
        "contradicted",
        f"{K} KOR X World 854232: 2023 {b(a)} vs 2022 {b(c)} ({100 * (a / c - 1):.0f}%)",
    ),
)
a, c = kv("USA", "Malaysia", P, "2023-01", "2023-12"), kv("USA", "Malaysia", P, "2022-01", "2022-12")
s(
    "2024-02-20",
    "US processor imports from Malaysia fell by half in 2023 to $6.7 billion.",
    L(
        "fell by half",
        "multiple",
        "contradicted",
        f"USA-Malaysia 854231: 2023 {b(a)} vs 2022 {b(c)} = {100 * (a / c - 1):.1f}%",
    ),
    L("$6.7 billion", "amount", "supported", f"USA-Malaysia 854231 2023 sum: {b(a)}"),
)
a, c = kv("KOR", "World", MEM, "2025-12"), kv("KOR", "World", MEM, "2024-12")
s(
    "2026-01-15",
    "South Korea's memory-chip exports nearly doubled in December from a year earlier, hitting $12.6 billion.",
    L(
        "nearly doubled",
        "multiple",
        "contradicted",
        f"{ks('KOR', 'World', MEM, '2025-12')} / {m(c)} (2024-12) = {a / c:.2f}x",
    ),
    L("$12.6 billion", "amount", "supported", ks("KOR", "World", MEM, "2025-12")),
)
a, c = kv("JPN", "World", MEM, "2026-07"), kv("JPN", "World", MEM, "2025-07")
s(
    "2026-08-25",
    "Japan's memory exports doubled in July from a year earlier to nearly $2.5 billion.",
    L(
        "doubled",
        "multiple",
        "supported",
        f"{ks('JPN', 'World', MEM, '2026-07')} / {m(c)} (2025-07) = {a / c:.2f}x",
    ),
    L("nearly $2.5 billion", "amount", "supported", ks("JPN", "World", MEM, "2026-07")),
)
a, c = kv("MYS", "World", MEM, "2026-05"), kv("MYS", "World", MEM, "2025-05")
s(
    "2026-06-30",
    "Malaysia's memory exports soared more than fivefold in May from a year earlier, to $4.2 billion.",
    L(
        "more than fivefold",
        "multiple",
        "supported",
        f"{ks('MYS', 'World', MEM, '2026-05')} / {m(c)} (2025-05) = {a / c:.2f}x",
    ),
    L("$4.2 billion", "amount", "supported", ks("MYS", "World", MEM, "2026-05")),
)

# ---------------------------------------------------------------- mixed periods, several claims, anchoring
a, c = kv("USA", "TW", P, "2025-01", "2025-12"), kv("USA", "TW", P, "2024-01", "2024-12")
s(
    "2026-01-30",
    "US imports of processors from Taiwan reached $1.5 billion in December, and over the whole of 2025 they were up more than 35%.",
    L("$1.5 billion", "amount", "supported", ks("USA", "TW", P, "2025-12")),
    L("more than 35%", "change", "contradicted", f"2025 {b(a)} vs 2024 {b(c)} = +{100 * (a / c - 1):.1f}%"),
)
a, c = kv("USA", "TW", P, "2025-07"), kv("USA", "TW", P, "2024-07")
s(
    "2025-09-01",
    "Processor imports from Malaysia slumped back to roughly $530 million in July, while shipments from Taiwan hit $840 million, up 15% on a year earlier.",
    L("roughly $530 million", "amount", "supported", ks("USA", "Malaysia", P, "2025-07")),
    L("$840 million", "amount", "supported", ks("USA", "TW", P, "2025-07")),
    L("up 15%", "change", "contradicted", f"{m(a)} vs {m(c)} (2024-07) = +{100 * (a / c - 1):.1f}%"),
)
a, j, c = kv("USA", "China", P, "2018-07"), kv("USA", "China", P, "2018-06"), kv("USA", "China", P, "2017-07")
s(
    "2025-04-10",
    "The buying spree echoes 2018, when US imports of Chinese processors more than doubled in July to $317 million ahead of the first Section 301 tariffs.",
    L(
        "more than doubled",
        "multiple",
        "supported",
        f"{ks('USA', 'China', P, '2018-07')}: {a / j:.2f}x June 2018 ({m(j)}), {a / c:.2f}x July 2017 ({m(c)})",
        "either base (previous month or a year earlier) gives more than double",
    ),
    L(
        "$317 million",
        "amount",
        "supported",
        ks("USA", "China", P, "2018-07"),
        "year 2018 from 'echoes 2018', not the article's year",
    ),
)
a, c = kv("USA", "World", MEM, "2026-01", "2026-06"), kv("USA", "World", MEM, "2025-01", "2025-06")
s(
    "2026-07-30",
    "In the first half of 2026, US memory imports nearly tripled from a year earlier, to $3.27 billion.",
    L(
        "nearly tripled",
        "multiple",
        "supported",
        f"USA-World 854232 Jan-Jun 2026 {b(a)} / Jan-Jun 2025 {b(c)} = {a / c:.2f}x",
    ),
    L("$3.27 billion", "amount", "supported", ks("USA", "World", MEM, "2026-01", "2026-06")),
)
s(
    "2026-07-30",
    "US processor imports from Taiwan reached $9.5bn in the first six months of 2026.",
    L("$9.5bn", "amount", "contradicted", ks("USA", "TW", P, "2026-01", "2026-06")),
)
s(
    "2026-07-30",
    "US imports of memory chips from Korea totalled $620 million in the second quarter of 2026.",
    L("$620 million", "amount", "contradicted", ks("USA", "KR", MEM, "2026-04", "2026-06")),
)
a, c = kv("KOR", "World", MEM, "2025-01", "2025-12"), kv("KOR", "World", MEM, "2024-01", "2024-12")
s(
    "2026-02-15",
    "Korea's exports of memory chips rose 31% last year to $84.6 billion, according to Comtrade.",
    L(
        "31%",
        "change",
        "supported",
        f"{K} KOR X World 854232: 2025 {b(a)} vs 2024 {b(c)} = +{100 * (a / c - 1):.1f}%",
    ),
    L("$84.6 billion", "amount", "contradicted", ks("KOR", "World", MEM, "2025-01", "2025-12")),
)

# ---------------------------------------------------------------- shares and ranks in the US data
tw25, w25 = kv("USA", "TW", P, "2025-01", "2025-12"), kv("USA", "World", P, "2025-01", "2025-12")
s(
    "2026-02-20",
    "Taiwan supplied more than 40 per cent of US processor imports in 2025.",
    L(
        "more than 40 per cent",
        "share",
        "contradicted",
        f"USA 854231 2025: Taiwan {b(tw25)} / World {b(w25)} = {100 * tw25 / w25:.1f}%",
    ),
)
my24u, w24 = kv("USA", "Malaysia", P, "2024-01", "2024-12"), kv("USA", "World", P, "2024-01", "2024-12")
my23u, w23 = kv("USA", "Malaysia", P, "2023-01", "2023-12"), kv("USA", "World", P, "2023-01", "2023-12")
s(
    "2025-02-20",
    "Malaysia's share of US processor imports shrank to about 27% in 2024 from 38% in 2023.",
    L("shrank", "direction", "supported", f"{100 * my23u / w23:.1f}% -> {100 * my24u / w24:.1f}%"),
    L(
        "about 27%",
        "share",
        "supported",
        f"USA 854231 2024: Malaysia {b(my24u)} / World {b(w24)} = {100 * my24u / w24:.1f}%",
    ),
    L(
        "38%",
        "share",
        "contradicted",
        f"2023: Malaysia {b(my23u)} / World {b(w23)} = {100 * my23u / w23:.1f}%",
    ),
)
s(
    "2026-02-20",
    "Malaysia was the second-biggest supplier of processors to the US in 2025.",
    L(
        "the second-biggest supplier",
        "rank",
        "consistent",
        f"among partners in the store Taiwan {b(tw25)} > Malaysia {b(kv('USA', 'Malaysia', P, '2025-01', '2025-12'))}; World minus the six partners = 10.165bn could hold a partner above Malaysia",
    ),
)
s(
    "2025-02-20",
    "Vietnam was the third-largest source of US processor imports in 2024.",
    L(
        "the third-largest source",
        "rank",
        "consistent",
        f"in the store: Taiwan {b(kv('USA', 'TW', P, '2024-01', '2024-12'))}, Malaysia {b(my24u)}, Vietnam {b(kv('USA', 'VN', P, '2024-01', '2024-12'))}; World minus six partners = 8.903bn could hold larger partners",
    ),
)
s(
    "2024-11-20",
    "Taiwan's integrated-circuit shipments to the United States topped $500 million in October.",
    L(
        "$500 million",
        "amount",
        "consistent",
        f"Taiwan customs file is annual: 美國 2024 {b(tu24)} (monthly average {tu24 / 12e6:,.0f}m); a month cannot be read",
    ),
)

# ---------------------------------------------------------------- not checkable
s(
    "2025-06-01",
    "TSMC's 3-nanometre process is two generations ahead of SMIC's best, analysts said.",
    L("3-nanometre", "not_trade", "not_checkable", "technology node"),
    L("two generations", "not_trade", "not_checkable", "technology gap"),
)
s(
    "2025-08-01",
    "Washington's 25% tariff on Chinese semiconductors was in force as US imports of memory chips from China fell to $4.9 million in June.",
    L("25% tariff", "not_trade", "not_checkable", "tariff rate"),
    L("$4.9 million", "amount", "supported", ks("USA", "China", MEM, "2025-06")),
)
s(
    "2025-01-20",
    "China's chip imports came to 2.7 trillion yuan last year, customs said.",
    L("2.7 trillion yuan", "amount", "not_checkable", "another currency (yuan); the store is in dollars"),
)
s(
    "2025-05-01",
    "US imports of chips from Ireland rose 12% in the first quarter.",
    L(
        "12%",
        "change",
        "not_checkable",
        "Ireland is not a partner in the store; US monthly HS 8542 is not in the store",
    ),
)
s(
    "2024-11-21",
    "Nvidia said data-centre revenue rose 112% to $30.8 billion in the quarter.",
    L("112%", "not_trade", "not_checkable", "company figure"),
    L("$30.8 billion", "not_trade", "not_checkable", "company figure"),
)
s(
    "2024-12-03",
    "More than 140 Chinese entities were added to the Entity List this week, including makers of chip tools.",
    L(
        "More than 140",
        "count",
        "not_checkable",
        "a count of listed entities; the store's policy events do not count entities",
    ),
)
s(
    "2025-10-01",
    "Taiwan's exports of chips to Europe fell 8% in the third quarter.",
    L(
        "8%",
        "change",
        "not_checkable",
        "Taiwan customs file is annual (2025 only Jan-Jul); 'Europe' is not a destination in the file",
    ),
)
s(
    "2025-07-15",
    "Chip imports rose 18% in the first half, the ministry said.",
    L("18%", "change", "not_checkable", "ambiguous: no reporter named (which ministry, which economy)"),
)
s(
    "2024-09-10",
    "Samsung plans to spend $230 billion over 20 years on a chip cluster near Seoul.",
    L("$230 billion", "not_trade", "not_checkable", "company investment"),
    L("20 years", "not_trade", "not_checkable", "duration of a plan"),
)
s(
    "2026-03-01",
    "Korea's semiconductor exports topped 13 trillion won in February.",
    L("13 trillion won", "amount", "not_checkable", "another currency (won)"),
)

# ---------------------------------------------------------------- added for the verdict mix: consistent and not checkable
s(
    "2025-01-20",
    "China's imports of American chips topped $1 billion in December, customs data suggest.",
    L(
        "$1 billion",
        "amount",
        "consistent",
        f"only the Comtrade annual total: 2024 {b(c24)} (monthly average {c24 / 12e9:.2f}bn); the GACC headline file has no December 2024 figure from the US",
    ),
)
s(
    "2024-05-10",
    "Taiwan's IC exports to South Korea came to about $3.5 billion in the first quarter.",
    L(
        "about $3.5 billion",
        "amount",
        "consistent",
        f"Taiwan customs file is annual: 南韓 2024 {b(t.tw('Korea', 2024))}; a quarter cannot be read",
    ),
)
my23u = kv("USA", "Malaysia", P, "2023-01", "2023-12")
rem23 = w23 - sum(
    kv("USA", p, P, "2023-01", "2023-12") for p in ("China", "Japan", "Malaysia", "TW", "KR", "VN")
)
s(
    "2024-02-25",
    "Malaysia was still the largest source of US processor imports in 2023, with $6.66 billion.",
    L(
        "the largest source",
        "rank",
        "consistent",
        f"Malaysia {b(my23u)} first among the six partners in the store; World minus the six = {b(rem23)} could hold a larger partner",
    ),
    L("$6.66 billion", "amount", "supported", ks("USA", "Malaysia", P, "2023-01", "2023-12")),
)
s(
    "2024-04-20",
    "Taiwan's chip exports to Malaysia hit $1 billion in March.",
    L(
        "$1 billion",
        "amount",
        "consistent",
        f"Taiwan customs file is annual: 馬來西亞 2024 {b(t.tw('Malaysia', 2024))}",
    ),
)
s(
    "2023-01-15",
    "China's purchases of US integrated circuits in the third quarter of 2022 were roughly $3 billion.",
    L("roughly $3 billion", "amount", "consistent", f"only the annual total: {CH}, 2022 {b(c22)}"),
)
ind = {y: t.tw("India", y) for y in range(2013, 2025)}
s(
    "2025-02-20",
    "Taiwan's chip exports to India reached a record in 2024.",
    L(
        "a record",
        "record",
        "consistent",
        f"2024 {b(ind[2024])} is the highest of 2013..2024 (previous maximum {b(max(v for y, v in ind.items() if y < 2024))}); the file starts in 2013",
    ),
)
s(
    "2024-12-15",
    "Equipment billings in mainland China reached an all-time high of $12.93 billion in the third quarter.",
    L(
        "an all-time high",
        "record",
        "consistent",
        "SEMI quarterly China: 2024Q3 12.93 is the highest printed, but quarters are missing (2017Q2-Q3, 2018Q2-Q3, 2019Q2, 2019Q4, 2021Q4, 2023Q4, 2024Q1)",
    ),
    L("$12.93 billion", "amount", "supported", f"{SM} 2024Q3 China {t.semi('2024Q3', 'China')}"),
)
s(
    "2025-01-10",
    "Taiwan's chip exports to Vietnam in the second half of 2024 were about $2.5 billion.",
    L("about $2.5 billion", "amount", "consistent", f"Taiwan customs file is annual: 越南 2024 {b(v24)}"),
)
s(
    "2023-08-20",
    "China's imports of US chips fell in the first half of 2023.",
    L(
        "fell",
        "direction",
        "consistent",
        f"only annual totals: {CH} 2023 {b(c23)} < 2022 {b(c22)}; the half-year cannot be read",
    ),
)
s(
    "2024-06-20",
    "Japan's exports of memory chips rose 9% in April from a year earlier.",
    L(
        "9%",
        "change",
        "not_checkable",
        "the JPN series in kazookat starts in 2024-05; April 2024 is not in the store",
    ),
)
s(
    "2026-03-10",
    "Korea's processor exports slipped 5% in January.",
    L(
        "5%",
        "change",
        "not_checkable",
        "the KOR series in kazookat ends in 2025-12; January 2026 is not in the store",
    ),
)
s(
    "2025-07-01",
    "China's imports of integrated circuits from South Korea rose 15% in May, Beijing's customs said.",
    L("15%", "change", "not_checkable", "China's imports from Korea are not in the store"),
)
s(
    "2024-08-15",
    "Micron will receive a $6.1 billion CHIPS Act grant to build two fabs in Idaho and New York.",
    L("$6.1 billion", "not_trade", "not_checkable", "subsidy to a company"),
    L("two fabs", "count", "not_checkable", "count of plants"),
)
s(
    "2025-04-10",
    "Both South Korea and Taiwan said chip exports rose 12% in the first quarter.",
    L(
        "12%",
        "change",
        "not_checkable",
        "ambiguous: two reporters for one figure; Taiwan's quarterly figure is not in the store either",
    ),
)
s(
    "2025-04-12",
    "The 90-day pause leaves a 10% baseline tariff in place, while duties on Chinese goods rose to 145%.",
    L("90-day", "not_trade", "not_checkable", "duration"),
    L("10% baseline tariff", "not_trade", "not_checkable", "tariff rate"),
    L("145%", "not_trade", "not_checkable", "tariff rate"),
)
s(
    "2026-05-05",
    "Contract prices for DRAM jumped 50% in the second quarter, TrendForce said.",
    L("50%", "not_trade", "not_checkable", "a price, not a trade value"),
)
s(
    "2025-09-10",
    "ASML booked 1.3 billion euros of sales in China in the quarter, about 27% of the total.",
    L("1.3 billion euros", "not_trade", "not_checkable", "company sales, in euros"),
    L("about 27%", "not_trade", "not_checkable", "company share of sales"),
)
s(
    "2025-05-20",
    "US imports of semiconductors from Mexico rose 9% to $1.1 billion in the first quarter.",
    L(
        "9%",
        "change",
        "not_checkable",
        "US imports from Mexico are in the store only as the Census 2024 annual HS10 table; Q1 2025 is not",
    ),
    L("$1.1 billion", "amount", "not_checkable", "as above"),
)
s(
    "2024-03-01",
    "Taiwan's customs data show exports of integrated circuits to the US rose in 2023.",
    L("rose", "direction", "supported", f"{TWN}, 美國: 2023 {b(tu23)} > 2022 {b(t.tw('US', 2022))}"),
)
s(
    "2025-03-01",
    "Taiwan's IC exports to Hong Kong increased in 2024.",
    L(
        "increased",
        "direction",
        "contradicted",
        f"{TWN}, 香港: 2024 {b(t.tw('Hong Kong', 2024))} < 2023 {b(t.tw('Hong Kong', 2023))}",
    ),
)
mt = {
    p: kv("USA", p, MEM, "2025-01", "2025-12")
    for p in ("World", "China", "Japan", "Malaysia", "TW", "KR", "VN")
}
mrem = mt["World"] - sum(v for p, v in mt.items() if p != "World")
s(
    "2026-02-20",
    "Taiwan was the largest supplier of memory chips to the US last year.",
    L(
        "the largest supplier",
        "rank",
        "supported",
        f"USA 854232 2025: Taiwan {b(mt['TW'])}, Korea {b(mt['KR'])}, Japan {b(mt['Japan'])}; World minus the six partners = {b(mrem)} < Taiwan, so no other partner can be larger",
    ),
)

out = HERE / "sentences.jsonl"
out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in S), encoding="utf-8")
print(len(S), "passages", sum(len(x["labels"]) for x in S), "labels")

# ================================================================ articles
A: list[dict] = []


def occ_of(text: str, quote: str, context: str) -> int:
    """The occurrence number of `quote` at the first place `context` (which contains it) appears."""
    at = text.index(context) + context.index(quote)
    n, pos = 0, -1
    while True:
        pos = text.find(quote, pos + 1)
        n += 1
        if pos == at:
            return n
        if pos < 0:
            raise ValueError(quote)


def art(aid, date, *labels):
    text = (HERE / "articles" / f"{aid}.md").read_text(encoding="utf-8")
    out = []
    for lab in labels:
        ctx = lab.pop("context", None)
        if ctx:
            lab["occurrence"] = occ_of(text, lab["quote"], ctx)
        assert text.count(lab["quote"]) >= lab["occurrence"], lab["quote"]
        out.append(lab)
    A.append({"id": aid, "file": f"articles/{aid}.md", "date": date, "labels": out})


def C(ctx, *a, **kw):
    d = L(*a, **kw)
    d["context"] = ctx
    return d


tw24, tw23 = kv("USA", "TW", P, "2024-01", "2024-12"), kv("USA", "TW", P, "2023-01", "2023-12")
rem24 = kv("USA", "World", P, "2024-01", "2024-12") - sum(
    kv("USA", p, P, "2024-01", "2024-12") for p in ("China", "Japan", "Malaysia", "TW", "KR", "VN")
)
d24, d23 = kv("USA", "TW", P, "2024-12"), kv("USA", "TW", P, "2023-12")
a18, j18 = kv("USA", "China", P, "2018-07"), kv("USA", "China", P, "2018-06")
art(
    "a1",
    "2025-02-12",
    C(
        "Purchases more than doubled",
        "more than doubled",
        "multiple",
        "supported",
        f"USA-Taiwan 854231: 2024 {b(tw24)} / 2023 {b(tw23)} = {tw24 / tw23:.2f}x",
        "subject (US imports of processors from Taiwan) inherited from the first sentence",
    ),
    L("$8.06 billion", "amount", "supported", ks("USA", "TW", P, "2024-01", "2024-12")),
    L(
        "the largest source",
        "rank",
        "consistent",
        f"Taiwan {b(tw24)} > Malaysia {b(my24u)} among partners in the store; World minus the six partners = {b(rem24)} could hold a larger one",
    ),
    L(
        "nearly $1 billion",
        "amount",
        "supported",
        ks("USA", "TW", P, "2024-10"),
        "year 2024 inherited from 'last year'",
    ),
    L(
        "$750 million",
        "streak",
        "supported",
        "; ".join(f"{mm} {m(kv('USA', 'TW', P, mm))}" for mm in t.months("2024-07", "2025-01"))
        + " (all > 750m)",
    ),
    L("$840 million", "amount", "supported", ks("USA", "TW", P, "2024-12")),
    L(
        "nearly fourfold",
        "multiple",
        "contradicted",
        f"{m(d24)} / {ks('USA', 'TW', P, '2023-12')} = {d24 / d23:.2f}x",
    ),
    L(
        "about 40%",
        "change",
        "supported",
        f"USA-World 854231 2024 {b(w24)} vs 2023 {b(w23)} = +{100 * (w24 / w23 - 1):.2f}%",
    ),
    L("$28.4 billion", "amount", "supported", ks("USA", "World", P, "2024-01", "2024-12")),
    L(
        "27%",
        "share",
        "supported",
        f"USA 854231 2024 Malaysia {b(my24u)} / World {b(w24)} = {100 * my24u / w24:.1f}%",
    ),
    C(
        "mainland more than doubled",
        "more than doubled",
        "multiple",
        "supported",
        f"USA-China 854231 2018-07 {m(a18)} / 2018-06 {m(j18)} = {a18 / j18:.2f}x",
        "year 2018 from 'echoes 2018'; months from 'between June and July'",
    ),
    L("$7.4 billion", "amount", "supported", f"{TWN}, 美國 2024: {b(tu24)}"),
    C(
        "more than double 2023",
        "more than double",
        "multiple",
        "supported",
        f"{TWN}, 美國: {b(tu24)} / {b(tu23)} = {tu24 / tu23:.2f}x",
    ),
    L(
        "less than 5%",
        "share",
        "supported",
        f"{TWN} 2024: 美國 {b(tu24)} / all destinations {b(W24)} = {100 * tu24 / W24:.2f}%",
    ),
    L("2-nanometre", "not_trade", "not_checkable", "technology node"),
)
hk23s = 100 * hk23 / tot23
art(
    "a2",
    "2025-06-10",
    L("recovered", "direction", "supported", f"{CH}: 2024 {b(c24)} > 2023 {b(c23)}"),
    L("two years of decline", "streak", "supported", f"{CH}: 2021 {b(c21)} > 2022 {b(c22)} > 2023 {b(c23)}"),
    L(
        "more than 40 per cent",
        "change",
        "supported",
        f"{b(c24)} vs {b(c23)} = +{100 * (c24 / c23 - 1):.2f}%",
    ),
    L("$11.75bn", "amount", "supported", f"{CH}, 2024: {b(c24)}"),
    L("a quarter below", "change", "supported", f"{b(c24)} vs 2021 {b(c21)} = {100 * (c24 / c21 - 1):.1f}%"),
    L("$15.7bn", "amount", "supported", f"{CH}, 2021: {b(c21)}"),
    L(
        "almost a third",
        "change",
        "supported",
        f"2023 {b(c23)} vs 2022 {b(c22)} = {100 * (c23 / c22 - 1):.1f}%",
    ),
    L(
        "the world's largest exporter",
        "rank",
        "supported",
        f"{WL} 2023: Hong Kong {b(hk23)} first of 141 reporters",
    ),
    L("about a fifth", "share", "supported", f"{b(hk23)} / {b(tot23)} = {hk23s:.1f}%"),
    L(
        "ranked third",
        "rank",
        "supported",
        f"{WL} 2023: Hong Kong {b(hk23)}, Other Asia nes (Taiwan) {b(t.world('Other Asia, nes', 2023))}, China {b(t.world('China', 2023))}",
    ),
    L(
        "$156bn",
        "amount",
        "contradicted",
        f"{WL}, China 2023: {b(t.world('China', 2023))} (claim 14% higher)",
    ),
    L(
        "$45bn",
        "amount",
        "contradicted",
        f"{SM} 2024 annual China {t.semi('2024', 'China')} (claim 9.3% lower)",
    ),
    L(
        "about half",
        "share",
        "contradicted",
        f"SEMI 2024: China 49.6 / Total 117.1 = {100 * 49.6 / 117.1:.1f}%",
    ),
    L("7-nanometre", "not_trade", "not_checkable", "technology node"),
    L("125% levy", "not_trade", "not_checkable", "tariff rate"),
)
mw6, mw6p, mw7 = (
    kv("USA", "World", MEM, "2026-06"),
    kv("USA", "World", MEM, "2025-06"),
    kv("USA", "World", MEM, "2026-07"),
)
kh, khp = kv("USA", "KR", MEM, "2026-01", "2026-06"), kv("USA", "KR", MEM, "2025-01", "2025-06")
jp6, jp6p = kv("USA", "Japan", MEM, "2026-06"), kv("USA", "Japan", MEM, "2025-06")
mw = t.kaz()
mws = mw[(mw.reporter == "USA") & (mw.partner == "World") & (mw.cmd_code == MEM)]
myp = mw[(mw.reporter == "USA") & (mw.partner == "Malaysia") & (mw.cmd_code == P)]
je, jep = kv("JPN", "World", MEM, "2026-06"), kv("JPN", "World", MEM, "2025-06")
art(
    "a3",
    "2026-08-20",
    L(
        "a record",
        "record",
        "supported",
        f"USA-World 854232 2026-06 {m(mw6)}; previous maximum of 2016-11..2026-05 {m(mws[mws.date < '2026-06-01'].value_usd.max())}",
    ),
    L("$953.5 million", "amount", "supported", ks("USA", "World", MEM, "2026-06")),
    L("more than four times", "multiple", "supported", f"{m(mw6)} / 2025-06 {m(mw6p)} = {mw6 / mw6p:.2f}x"),
    L("$372.8 million", "amount", "supported", ks("USA", "KR", MEM, "2026-06")),
    L(
        "more than 300%",
        "change",
        "supported",
        f"USA-Korea 854232 Jan-Jun 2026 {m(kh)} vs Jan-Jun 2025 {m(khp)} = +{100 * (kh / khp - 1):.0f}%",
    ),
    L(
        "more than tenfold",
        "multiple",
        "supported",
        f"{ks('USA', 'Japan', MEM, '2026-06')} / 2025-06 {m(jp6p)} = {jp6 / jp6p:.1f}x",
        "month June inherited from the previous sentence",
    ),
    L("$214 million", "amount", "contradicted", ks("USA", "Japan", MEM, "2026-06") + " (claim 11% lower)"),
    L("eased", "direction", "supported", f"USA-World 854232 2026-07 {m(mw7)} < 2026-06 {m(mw6)}"),
    L("about $750 million", "amount", "supported", ks("USA", "World", MEM, "2026-07")),
    L("$203 million", "amount", "supported", ks("USA", "Malaysia", P, "2026-06")),
    L(
        "the lowest since at least 2016",
        "record",
        "supported",
        f"lowest of USA-Malaysia 854231 2016-11..2026-06 (previous minimum {m(myp[myp.date < '2026-06-01'].value_usd.min())})",
    ),
    L(
        "$1.3 billion",
        "streak",
        "contradicted",
        f"{ks('USA', 'TW', P, '2026-04')}; 2026-05 {m(kv('USA', 'TW', P, '2026-05'))}; 2026-07 {m(kv('USA', 'TW', P, '2026-07'))} (< 1,300m)",
    ),
    L(
        "more than 75%",
        "change",
        "supported",
        f"{ks('JPN', 'World', MEM, '2026-06')} vs 2025-06 {m(jep)} = +{100 * (je / jep - 1):.1f}%",
    ),
    L("$2.05 billion", "amount", "supported", ks("JPN", "World", MEM, "2026-06")),
    L("25%", "not_trade", "not_checkable", "tariff rate (expected)"),
)
(HERE / "articles.jsonl").write_text(
    "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in A), encoding="utf-8"
)
from collections import Counter  # noqa: E402

allab = [lab for x in S + A for lab in x["labels"]]
print(len(A), "articles", sum(len(x["labels"]) for x in A), "labels")
print(Counter(lab["verdict"] for lab in allab))
print(Counter(lab["kind"] for lab in allab))
