# ruff: noqa: E501
"""Write batch 2's sentences.jsonl and articles.jsonl (texts and verdicts by hand; figures in
`truth` looked up in the raw files by blind/truth.py, never through frontload)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import truth as t  # noqa: E402

K = "kazookat"
P, MEM, PARTS, SSD, STOR, UNITS = 854231, 854232, 847330, 852351, 847170, 847180
GACC = "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv"
LITHO = "china_lithography_imports_transcribed/china_lithography_equipment_imports_transcribed.csv"
KOREA = "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv"
TWMOF = "taiwan_exports_2020_huawei_transcribed/taiwan_mof_exports_2020_transcribed.csv"
WSTS = "wsts_sia_transcribed/wsts_sia_monthly_sales_and_regional_growth.csv"
SM = "semi_equipment_billings_by_region.csv"
TWN = "taiwan_exports_by_country_2013_2025.csv, sum of 8542 lines"
CH = "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv, partner2Code 0"
WL = "ic_exports_world_HS8542_raw.csv (all reporters, partner World)"
CEN = "Census 2024 HS10 imports for consumption (us_2024_hs10_imports_by_country), HS10 starting 8542"


def m(x: float) -> str:
    return f"{x / 1e6:,.1f}m"


def b(x: float) -> str:
    return f"{x / 1e9:,.3f}bn"


def kv(rep, par, cmd, first, last=None):
    return t.k(rep, par, cmd, t.months(first, last or first))


def ks(rep, par, cmd, first, last=None):
    v = kv(rep, par, cmd, first, last)
    per = first if last is None else f"{first}..{last} (sum)"
    return f"{K} {rep} {'M' if rep == 'USA' else 'X'} {t.PARTNER.get(par, par)} {cmd} {per}: {m(v)}"


def yr(rep, par, cmd, y):
    return kv(rep, par, cmd, f"{y}-01", f"{y}-12")


def R(file, **match):
    r = t.reported(file, **match)[0]
    keys = (
        "period_label",
        "partner",
        "product_as_reported",
        "measure",
        "value",
        "value_as_printed",
        "unit",
        "yoy_pct",
        "yoy_as_printed",
        "change_as_printed",
        "units_as_printed",
    )
    return f"{file.split('/')[-1]}: " + ", ".join(f"{k}={r[k]}" for k in keys if r.get(k))


def L(quote, kind, verdict, truth, note=None, occ=1):
    d = {"quote": quote, "occurrence": occ, "kind": kind, "verdict": verdict, "truth": truth}
    if note:
        d["note"] = note
    return d


S: list[dict] = []


def s(date, text, *labels):
    for lab in labels:
        assert text.count(lab["quote"]) >= lab["occurrence"], (text, lab["quote"])
    S.append({"id": f"s{len(S) + 1:02d}", "date": date, "text": text, "labels": list(labels)})


# ------------------------------------------------ computer parts, storage, SSDs (US imports)
a, c = kv("USA", "World", PARTS, "2026-07"), kv("USA", "World", PARTS, "2025-07")
s(
    "2026-08-20",
    "America's imports of computer parts and accessories topped $20 billion for the first time in July, more than three times the level of a year earlier.",
    L("$20 billion", "amount", "supported", ks("USA", "World", PARTS, "2026-07")),
    L(
        "for the first time",
        "record",
        "consistent",
        "highest of the series 2016-11..2026-07 (previous maximum 14,674.2m in 2026-06); the monthly series starts 2016-11, so 'first time ever' is not provable",
    ),
    L("more than three times", "multiple", "supported", f"{m(a)} / 2025-07 {m(c)} = {a / c:.2f}x"),
)
a, c = yr("USA", "VN", SSD, 2024), yr("USA", "VN", SSD, 2023)
s(
    "2025-03-10",
    "Imports of solid-state storage drives from Vietnam rose more than sevenfold in 2024, to US$2.1 billion.",
    L(
        "more than sevenfold",
        "multiple",
        "supported",
        f"USA-Viet Nam 852351: 2024 {b(a)} / 2023 {b(c)} = {a / c:.2f}x",
    ),
    L(
        "US$2.1 billion",
        "amount",
        "contradicted",
        ks("USA", "VN", SSD, "2024-01", "2024-12") + " (claim 22% higher)",
    ),
)
a, c = yr("USA", "KR", SSD, 2023), yr("USA", "KR", SSD, 2022)
s(
    "2024-02-15",
    "South Korean shipments of flash storage to the US were slashed by two-thirds in 2023.",
    L(
        "by two-thirds",
        "change",
        "supported",
        f"USA-Korea 852351: 2023 {b(a)} vs 2022 {b(c)} = {100 * (a / c - 1):.1f}%",
        "US imports (mirror framing of Korea's shipments)",
    ),
)
a, c = kv("USA", "World", SSD, "2026-07"), kv("USA", "World", SSD, "2025-07")
s(
    "2026-08-25",
    "US imports of solid-state drives hit $7.1 billion in July, roughly nine times the figure a year earlier.",
    L("$7.1 billion", "amount", "supported", ks("USA", "World", SSD, "2026-07")),
    L("roughly nine times", "multiple", "contradicted", f"{m(a)} / 2025-07 {m(c)} = {a / c:.2f}x"),
)
a, c = yr("USA", "TW", UNITS, 2025), yr("USA", "TW", UNITS, 2024)
s(
    "2026-02-05",
    "US imports of other data-processing units from Taiwan, a category swollen by AI server racks, nearly doubled in 2025 to $14.9bn.",
    L(
        "nearly doubled",
        "multiple",
        "supported",
        f"USA-Taiwan 847180: 2025 {b(a)} / 2024 {b(c)} = {a / c:.2f}x",
    ),
    L(
        "$14.9bn",
        "amount",
        "contradicted",
        ks("USA", "TW", UNITS, "2025-01", "2025-12") + " (claim 15% higher)",
    ),
)
a, c = kv("USA", "TW", UNITS, "2025-04"), kv("USA", "World", UNITS, "2025-04")
s(
    "2025-06-20",
    "In April, Taiwan accounted for more than nine-tenths of US imports of other data-processing units (HS 847180).",
    L(
        "more than nine-tenths",
        "share",
        "supported",
        f"USA 847180 2025-04: Taiwan {m(a)} / World {m(c)} = {100 * a / c:.1f}%",
    ),
)
a, c = yr("USA", "VN", STOR, 2025), yr("USA", "VN", STOR, 2024)
s(
    "2026-01-28",
    "US imports of computer storage units from Vietnam climbed about 42% in 2025.",
    L(
        "about 42%",
        "change",
        "supported",
        f"USA-Viet Nam 847170: 2025 {m(a)} vs 2024 {m(c)} = +{100 * (a / c - 1):.1f}%",
    ),
)
a, c = kv("USA", "KR", PARTS, "2025-12"), kv("USA", "KR", PARTS, "2024-12")
s(
    "2026-01-25",
    "Korean computer-parts shipments to America grew 58% in December from a year earlier, to $1.55 billion.",
    L(
        "58%",
        "change",
        "contradicted",
        f"USA-Korea 847330: {m(a)} vs 2024-12 {m(c)} = +{100 * (a / c - 1):.1f}%",
    ),
    L("$1.55 billion", "amount", "supported", ks("USA", "KR", PARTS, "2025-12")),
)
a, c = yr("USA", "Malaysia", PARTS, 2024), yr("USA", "Malaysia", PARTS, 2023)
s(
    "2025-02-10",
    "US imports of computer parts from Malaysia jumped 176% to $4.8 billion in 2024.",
    L(
        "176%",
        "change",
        "supported",
        f"USA-Malaysia 847330: 2024 {b(a)} vs 2023 {b(c)} = +{100 * (a / c - 1):.1f}%",
    ),
    L("$4.8 billion", "amount", "contradicted", f"USA-Malaysia 847330 2024: {b(a)} (claim 26% higher)"),
)
a, c = yr("USA", "World", PARTS, 2025), yr("USA", "World", PARTS, 2024)
s(
    "2026-02-01",
    "Total US imports of computer parts and accessories rose 45 per cent in 2025.",
    L(
        "45 per cent",
        "change",
        "contradicted",
        f"USA-World 847330: 2025 {b(a)} vs 2024 {b(c)} = +{100 * (a / c - 1):.1f}%",
    ),
)
vn25 = {p: yr("USA", p, PARTS, 2025) for p in ("World", "China", "Japan", "Malaysia", "TW", "KR", "VN")}
rem = vn25["World"] - sum(v for p, v in vn25.items() if p != "World")
s(
    "2026-01-30",
    "Vietnam is now the second-biggest source of US computer parts, behind only Taiwan.",
    L(
        "the second-biggest source",
        "rank",
        "supported",
        f"USA 847330 2025: Taiwan {b(vn25['TW'])}, Vietnam {b(vn25['VN'])}, Korea {b(vn25['KR'])}, China {b(vn25['China'])}, Malaysia {b(vn25['Malaysia'])}; World minus the six partners = {b(rem)} < Vietnam, so no other partner can be larger",
    ),
)
s(
    "2026-02-10",
    "Taiwan shipped more computer parts to the US last year than China, South Korea and Vietnam combined.",
    L(
        "more computer parts to the US last year than China, South Korea and Vietnam combined",
        "rank",
        "supported",
        f"USA 847330 2025: Taiwan {b(vn25['TW'])} > China {b(vn25['China'])} + Korea {b(vn25['KR'])} + Vietnam {b(vn25['VN'])} = {b(vn25['China'] + vn25['KR'] + vn25['VN'])}",
        "combined-total comparison",
    ),
)

# ------------------------------------------------ processors and memories, fresh months
a, c = kv("MYS", "World", P, "2026-07"), kv("MYS", "World", P, "2025-07")
s(
    "2026-08-28",
    "Malaysia's processor exports reached a record $9.4 billion in July, up by half on a year earlier.",
    L("a record", "record", "consistent", "highest of the MYS series, which starts only in 2024-06"),
    L("$9.4 billion", "amount", "supported", ks("MYS", "World", P, "2026-07")),
    L("up by half", "change", "contradicted", f"{m(a)} vs 2025-07 {m(c)} = +{100 * (a / c - 1):.1f}%"),
)
s(
    "2026-01-20",
    "Japanese processor exports slipped below $200 million in December.",
    L("below $200 million", "amount", "supported", ks("JPN", "World", P, "2025-12")),
)
jp = t.kaz()
jps = jp[(jp.reporter == "USA") & (jp.partner == "Japan") & (jp.cmd_code == P)]
s(
    "2025-03-25",
    "US imports of processors from Japan sank to $21.1 million in February, the weakest month in more than eight years.",
    L("$21.1 million", "amount", "supported", ks("USA", "Japan", P, "2025-02")),
    L(
        "the weakest month in more than eight years",
        "record",
        "supported",
        f"lowest of 2016-11..2025-02 (previous minimum {m(jps[jps.date < '2025-02-01'].value_usd.min())}); the series covers 8 years 3 months",
    ),
)
a, c = kv("USA", "KR", P, "2026-04"), kv("USA", "KR", P, "2026-03")
s(
    "2026-05-28",
    "Processor imports from South Korea jumped 87% in April from March, to $165.8m.",
    L("87%", "change", "supported", f"{m(a)} vs 2026-03 {m(c)} = +{100 * (a / c - 1):.1f}%"),
    L("$165.8m", "amount", "contradicted", ks("USA", "KR", P, "2026-04") + " (claim 14% higher)"),
)
a, c = kv("USA", "Malaysia", MEM, "2026-07"), kv("USA", "Malaysia", MEM, "2026-06")
s(
    "2026-08-15",
    "US memory imports from Malaysia rose more than fivefold in July from June, to $52.9 million.",
    L("more than fivefold", "multiple", "contradicted", f"{m(a)} / 2026-06 {m(c)} = {a / c:.2f}x"),
    L("$52.9 million", "amount", "supported", ks("USA", "Malaysia", MEM, "2026-07")),
)
a, c = kv("USA", "Malaysia", P, "2026-01", "2026-06"), kv("USA", "Malaysia", P, "2025-01", "2025-06")
s(
    "2026-07-25",
    "Processor imports from Malaysia were down nearly 30 per cent in the first half of 2026, at $3.74bn.",
    L(
        "nearly 30 per cent",
        "change",
        "supported",
        f"Jan-Jun 2026 {b(a)} vs Jan-Jun 2025 {b(c)} = {100 * (a / c - 1):.1f}%",
    ),
    L(
        "$3.74bn",
        "amount",
        "contradicted",
        ks("USA", "Malaysia", P, "2026-01", "2026-06") + " (claim 12% higher)",
    ),
)
vn = {y: yr("USA", "VN", P, y) for y in range(2021, 2026)}
s(
    "2026-02-10",
    "US purchases of Vietnamese processors fell for a fourth straight year in 2025, to $982 million.",
    L(
        "for a fourth straight year",
        "streak",
        "supported",
        "USA-Viet Nam 854231: " + " > ".join(f"{y} {b(v)}" for y, v in vn.items()),
    ),
    L("$982 million", "amount", "supported", ks("USA", "VN", P, "2025-01", "2025-12")),
)
s(
    "2025-12-15",
    "Korea's memory exports topped $10 billion for the first time in November.",
    L("$10 billion", "amount", "supported", ks("KOR", "World", MEM, "2025-11")),
    L(
        "for the first time",
        "record",
        "consistent",
        "highest of the KOR series 2016-11..2025-11 (previous maximum 9,346.0m in 2025-09); the series starts in 2016-11",
    ),
)
vm = jp[(jp.reporter == "USA") & (jp.partner == "Viet Nam") & (jp.cmd_code == MEM)]
s(
    "2026-05-30",
    "US memory-chip imports from Vietnam hit $33.3 million in April, the highest since at least 2016.",
    L("$33.3 million", "amount", "supported", ks("USA", "VN", MEM, "2026-04")),
    L(
        "the highest since at least 2016",
        "record",
        "consistent",
        f"highest of the rows 2016-11..2026-04 (previous maximum {m(vm[vm.date < '2026-04-01'].value_usd.max())}), but two months (2020-03, 2020-10) have no row, so the record is not provable",
    ),
)
s(
    "2025-12-20",
    "Processor imports from Taiwan topped $1.5 billion in November.",
    L("$1.5 billion", "amount", "contradicted", ks("USA", "TW", P, "2025-11") + " (23% below)"),
)
s(
    "2026-04-20",
    "US processor imports totalled between $3 billion and $3.2 billion in each of January and February.",
    L(
        "between $3 billion and $3.2 billion",
        "amount",
        "supported",
        f"{ks('USA', 'World', P, '2026-01')}; 2026-02 {m(kv('USA', 'World', P, '2026-02'))}",
    ),
)
s(
    "2026-04-25",
    "Imports of memory chips from Korea ran at between $50 million and $80 million a month in the first quarter.",
    L(
        "between $50 million and $80 million",
        "amount",
        "contradicted",
        f"USA-Korea 854232: 2026-01 {m(kv('USA', 'KR', MEM, '2026-01'))}, 2026-02 {m(kv('USA', 'KR', MEM, '2026-02'))}, 2026-03 {m(kv('USA', 'KR', MEM, '2026-03'))}",
    ),
)
tw23, w23 = yr("USA", "TW", P, 2023), yr("USA", "World", P, 2023)
tw24, w24 = yr("USA", "TW", P, 2024), yr("USA", "World", P, 2024)
s(
    "2025-03-01",
    "Taiwan's share of US processor imports rose 10 percentage points in 2024, to 28%.",
    L(
        "10 percentage points",
        "change",
        "contradicted",
        f"share {100 * tw23 / w23:.1f}% (2023) -> {100 * tw24 / w24:.1f}% (2024): +{100 * (tw24 / w24 - tw23 / w23):.1f} points",
    ),
    L(
        "28%",
        "share",
        "supported",
        f"USA 854231 2024 Taiwan {b(tw24)} / World {b(w24)} = {100 * tw24 / w24:.1f}%",
    ),
)
my25, tw25, w25 = yr("USA", "Malaysia", P, 2025), yr("USA", "TW", P, 2025), yr("USA", "World", P, 2025)
s(
    "2026-03-01",
    "Malaysia and Taiwan together supplied nearly 70% of US processor imports last year.",
    L(
        "nearly 70%",
        "share",
        "contradicted",
        f"USA 854231 2025: ({b(my25)} + {b(tw25)}) / {b(w25)} = {100 * (my25 + tw25) / w25:.1f}%",
    ),
)
my24, vn24 = yr("USA", "Malaysia", P, 2024), yr("USA", "VN", P, 2024)
s(
    "2025-03-01",
    "US processor imports from Taiwan in 2024 exceeded those from Malaysia and Vietnam combined.",
    L(
        "exceeded those from Malaysia and Vietnam combined",
        "rank",
        "contradicted",
        f"Taiwan {b(tw24)} < Malaysia {b(my24)} + Vietnam {b(vn24)} = {b(my24 + vn24)}",
        "combined-total comparison",
    ),
)
s(
    "2026-08-10",
    "For a third straight month, US memory imports topped $600 million in June.",
    L(
        "$600 million",
        "streak",
        "supported",
        "USA-World 854232: "
        + "; ".join(f"{mm} {m(kv('USA', 'World', MEM, mm))}" for mm in t.months("2026-03", "2026-06"))
        + " (April, May, June > 600m; March below, so June is the third month in a row)",
    ),
)
s(
    "2025-11-20",
    "Processor imports from Taiwan have fallen for three months in a row.",
    L(
        "for three months in a row",
        "streak",
        "contradicted",
        "USA-Taiwan 854231: "
        + "; ".join(f"{mm} {m(kv('USA', 'TW', P, mm))}" for mm in t.months("2025-06", "2025-10"))
        + " (July and October rose, so no three-month run of falls ending in September or October)",
    ),
)
a, c = kv("USA", "China", P, "2025-07"), kv("USA", "China", P, "2024-07")
s(
    "2025-09-10",
    "Shipments of processors from China to the US rose 3.4pc y/y in July to US$58m.",
    L("3.4pc", "change", "contradicted", f"{m(a)} vs 2024-07 {m(c)} = {100 * (a / c - 1):.1f}%"),
    L("US$58m", "amount", "supported", ks("USA", "China", P, "2025-07")),
)
a, c = kv("USA", "KR", MEM, "2024-04"), kv("USA", "KR", MEM, "2024-03")
s(
    "2024-06-20",
    "US memory-chip imports from Korea more than tripled in April from the previous month.",
    L(
        "more than tripled",
        "multiple",
        "supported",
        f"{ks('USA', 'KR', MEM, '2024-04')} / 2024-03 {m(c)} = {a / c:.2f}x",
    ),
)
s(
    "2026-08-20",
    "Americans imported nearly a billion dollars' worth of memory chips in June.",
    L("nearly a billion dollars", "amount", "supported", ks("USA", "World", MEM, "2026-06")),
)

# ------------------------------------------------ Taiwan customs, fresh facts
cn20, cn19 = t.tw("China", 2020), t.tw("China", 2019)
s(
    "2021-02-20",
    "Taiwan's integrated-circuit exports to mainland China jumped 39% in 2020 to nearly $42 billion.",
    L(
        "39%",
        "change",
        "contradicted",
        f"{TWN}, 中國大陸: 2020 {b(cn20)} vs 2019 {b(cn19)} = +{100 * (cn20 / cn19 - 1):.1f}%",
    ),
    L("nearly $42 billion", "amount", "supported", f"中國大陸 2020: {b(cn20)}"),
)
s(
    "2023-02-15",
    "Taiwan's chip exports nearly tripled between 2013 and 2022.",
    L(
        "nearly tripled",
        "multiple",
        "supported",
        f"{TWN}, all destinations: 2022 {b(t.tw(None, 2022))} / 2013 {b(t.tw(None, 2013))} = {t.tw(None, 2022) / t.tw(None, 2013):.2f}x",
    ),
)
s(
    "2022-02-20",
    "Taiwan's IC exports grew 27 per cent in 2021 to a record $155.5bn.",
    L(
        "27 per cent",
        "change",
        "supported",
        f"all destinations 2021 {b(t.tw(None, 2021))} vs 2020 {b(t.tw(None, 2020))} = +{100 * (t.tw(None, 2021) / t.tw(None, 2020) - 1):.1f}%",
    ),
    L("a record", "record", "consistent", "highest of 2013..2021; the file starts in 2013"),
    L(
        "$155.5bn",
        "amount",
        "supported",
        f"{TWN}, all destinations 2021 = totals file 110年: {b(t.tw(None, 2021))}",
    ),
)
W24 = t.tw(None, 2024)
s(
    "2025-03-01",
    "Thailand took about 1.5% of Taiwan's IC exports in 2024.",
    L(
        "about 1.5%",
        "share",
        "supported",
        f"{TWN}: 泰國 2024 {b(t.tw('Thailand', 2024))} / all destinations {b(W24)} = {100 * t.tw('Thailand', 2024) / W24:.2f}%",
    ),
)
s(
    "2025-03-01",
    "Japan fell to fifth among destinations for Taiwanese chips in 2024.",
    L(
        "fifth",
        "rank",
        "supported",
        f"{TWN} 2024: 中國大陸 {b(t.tw('China', 2024))}, 香港 {b(t.tw('Hong Kong', 2024))}, 新加坡 {b(t.tw('Singapore', 2024))}, 南韓 {b(t.tw('Korea', 2024))}, 日本 {b(t.tw('Japan', 2024))}; 2023 Japan was fourth ({b(t.tw('Japan', 2023))} > 南韓 {b(t.tw('Korea', 2023))})",
    ),
)
W25 = t.tw(None, 2025)
s(
    "2025-09-05",
    "In the first seven months of 2025, Taiwan exported chips worth $109.8 billion, already two-thirds of the 2024 total.",
    L(
        "$109.8 billion",
        "amount",
        "supported",
        f"{TWN}, all destinations, 2025 (Jan-Jul preliminary): {b(W25)}",
    ),
    L("two-thirds", "share", "supported", f"{b(W25)} / 2024 {b(W24)} = {100 * W25 / W24:.1f}%"),
)
s(
    "2025-09-05",
    "Mainland China's share of Taiwan's chip exports fell to a quarter in January-July 2025.",
    L(
        "fell",
        "direction",
        "supported",
        f"share 2024 {100 * t.tw('China', 2024) / W24:.1f}% -> Jan-Jul 2025 {100 * t.tw('China', 2025) / W25:.1f}%",
    ),
    L(
        "a quarter",
        "share",
        "supported",
        f"中國大陸 Jan-Jul 2025 {b(t.tw('China', 2025))} / {b(W25)} = {100 * t.tw('China', 2025) / W25:.1f}%",
    ),
)
s(
    "2025-09-05",
    "Shipments to the United States made up more than 6% of Taiwan's chip exports between January and July.",
    L(
        "more than 6%",
        "share",
        "contradicted",
        f"美國 Jan-Jul 2025 {b(t.tw('US', 2025))} / {b(W25)} = {100 * t.tw('US', 2025) / W25:.2f}%",
    ),
)
s(
    "2025-03-01",
    "Taiwan's IC exports to Singapore rose 12% in 2024.",
    L(
        "12%",
        "change",
        "contradicted",
        f"{TWN}, 新加坡: 2024 {b(t.tw('Singapore', 2024))} vs 2023 {b(t.tw('Singapore', 2023))} = {100 * (t.tw('Singapore', 2024) / t.tw('Singapore', 2023) - 1):.1f}%",
    ),
)

# ------------------------------------------------ China's imports from the US (Comtrade annual), earlier years
c = {y: t.china_from_us(y) for y in range(2010, 2025)}
s(
    "2014-02-01",
    "China's imports of American integrated circuits doubled in 2013 to $14.2 billion.",
    L(
        "doubled",
        "multiple",
        "supported",
        f"{CH}: 2013 {b(c[2013])} / 2012 {b(c[2012])} = {c[2013] / c[2012]:.2f}x",
    ),
    L("$14.2 billion", "amount", "supported", f"{CH}, 2013: {b(c[2013])}"),
)
s(
    "2017-02-01",
    "Chinese purchases of US chips fell by almost a quarter in 2016, to $9.7 billion.",
    L(
        "almost a quarter",
        "change",
        "supported",
        f"{CH}: 2016 {b(c[2016])} vs 2015 {b(c[2015])} = {100 * (c[2016] / c[2015] - 1):.1f}%",
    ),
    L("$9.7 billion", "amount", "contradicted", f"{CH}, 2016: {b(c[2016])} (claim 12% higher)"),
)
s(
    "2020-02-01",
    "China's imports of chips from the US rose 30% in 2019.",
    L(
        "30%",
        "change",
        "contradicted",
        f"{CH}: 2019 {b(c[2019])} vs 2018 {b(c[2018])} = +{100 * (c[2019] / c[2018] - 1):.1f}%",
    ),
)
s(
    "2021-02-01",
    "China's imports of US chips rose for a second straight year in 2020.",
    L(
        "for a second straight year",
        "streak",
        "supported",
        f"{CH}: 2018 {b(c[2018])} < 2019 {b(c[2019])} < 2020 {b(c[2020])}",
    ),
)

# ------------------------------------------------ world export table
tot22 = t.world(None, 2022)
s(
    "2023-07-01",
    "Global exports of integrated circuits topped $1 trillion in 2022, according to the economies reporting to UN Comtrade.",
    L("$1 trillion", "amount", "supported", f"{WL}, sum of the 147 reporters of 2022: {b(tot22)}"),
)
hk23, tot23, hk22 = (
    t.world("China, Hong Kong SAR", 2023),
    t.world(None, 2023),
    t.world("China, Hong Kong SAR", 2022),
)
s(
    "2024-07-01",
    "Hong Kong's share of world chip exports rose to 20.3% in 2023.",
    L(
        "rose",
        "direction",
        "supported",
        f"share 2022 {100 * hk22 / tot22:.2f}% -> 2023 {100 * hk23 / tot23:.2f}%",
    ),
    L(
        "20.3%",
        "share",
        "supported",
        f"{WL} 2023: Hong Kong {b(hk23)} / all reporters {b(tot23)} = {100 * hk23 / tot23:.2f}%",
    ),
)
s(
    "2022-07-01",
    "Singapore was the world's fourth-largest chip exporter in 2021, shipping $125bn.",
    L(
        "the world's fourth-largest chip exporter",
        "rank",
        "supported",
        f"{WL} 2021: Hong Kong {b(t.world('China, Hong Kong SAR', 2021))}, Other Asia nes {b(t.world('Other Asia, nes', 2021))}, China {b(t.world('China', 2021))}, Singapore {b(t.world('Singapore', 2021))}, Korea {b(t.world('Rep. of Korea', 2021))}",
    ),
    L(
        "$125bn",
        "amount",
        "contradicted",
        f"Singapore 2021: {b(t.world('Singapore', 2021))} (claim 11% higher)",
    ),
)
s(
    "2025-06-01",
    "Singapore's chip exports fell in 2024.",
    L(
        "fell",
        "direction",
        "not_checkable",
        "Singapore is not among the 86 reporters of 2024 in the world export table; no other Singapore data in the store",
    ),
)
s(
    "2024-07-01",
    "Japan's IC exports were about $45 billion in 2023.",
    L("about $45 billion", "amount", "contradicted", f"{WL}, Japan 2023: {b(t.world('Japan', 2023))}"),
)
my20, my19 = t.world("Malaysia", 2020), t.world("Malaysia", 2019)
s(
    "2021-07-01",
    "Malaysia's IC exports rose 10% in 2020 to $54.3 billion.",
    L(
        "10%",
        "change",
        "supported",
        f"{WL}, Malaysia: 2020 {b(my20)} vs 2019 {b(my19)} = +{100 * (my20 / my19 - 1):.2f}%",
    ),
    L("$54.3 billion", "amount", "contradicted", f"Malaysia 2020: {b(my20)} (claim 10% higher)"),
)

# ------------------------------------------------ SEMI
s(
    "2019-04-15",
    "South Korea was the biggest market for chip equipment in 2018, accounting for more than a quarter of global billings of $64.5 billion.",
    L(
        "the biggest market",
        "rank",
        "supported",
        "SEMI 2018 annual: Korea 17.71, China 13.11, Taiwan 10.17, Japan 9.47, North America 5.83, Europe 4.22, RoW 4.04",
    ),
    L("more than a quarter", "share", "supported", f"17.71 / 64.53 = {100 * 17.71 / 64.53:.1f}%"),
    L("$64.5 billion", "amount", "supported", f"{SM} 2018 annual Total {t.semi('2018', 'Total')}"),
)
s(
    "2020-04-15",
    "Taiwan overtook South Korea as the largest equipment market in 2019, with billings of $17.1 billion, while global sales fell 17%.",
    L(
        "the largest equipment market",
        "rank",
        "supported",
        "SEMI 2019 annual: Taiwan 17.12, China 13.45, Korea 9.97, North America 8.15, Japan 6.27 (2018: Korea first)",
    ),
    L("$17.1 billion", "amount", "supported", f"{SM} 2019 annual Taiwan {t.semi('2019', 'Taiwan')}"),
    L(
        "fell 17%",
        "change",
        "contradicted",
        f"Total 2019 59.75 vs 2018 64.53 = {100 * (59.75 / 64.53 - 1):.1f}%",
    ),
)
s(
    "2023-12-10",
    "China accounted for 53% of global chip-equipment billings in the third quarter.",
    L(
        "53%",
        "share",
        "contradicted",
        f"{SM} 2023Q3: China 11.06 (another page 11.05) / Total 25.56 = {100 * 11.06 / 25.56:.1f}%",
    ),
)
s(
    "2023-03-15",
    "Taiwan was the largest market for chipmaking tools in the fourth quarter, at $9 billion.",
    L(
        "the largest market",
        "rank",
        "supported",
        "SEMI 2022Q4: Taiwan 7.98, China 6.36, Korea 5.80, North America 2.60, Japan 2.25",
    ),
    L(
        "$9 billion",
        "amount",
        "contradicted",
        f"{SM} 2022Q4 Taiwan {t.semi('2022Q4', 'Taiwan')} (claim 13% higher)",
    ),
)
s(
    "2021-08-20",
    "Equipment billings in mainland China rose by more than a third in the second quarter from the first, to $8.2 billion.",
    L(
        "more than a third",
        "change",
        "supported",
        f"SEMI China 2021Q2 {t.semi('2021Q2', 'China')} vs 2021Q1 {t.semi('2021Q1', 'China')} = +{100 * (8.22 / 5.96 - 1):.1f}%",
    ),
    L("$8.2 billion", "amount", "supported", f"{SM} 2021Q2 China {t.semi('2021Q2', 'China')}"),
)

# ------------------------------------------------ reported figures (official releases as quoted)
s(
    "2024-10-15",
    "South Korea's semiconductor exports rose 37.1% in September to $15.6 billion, the trade ministry said.",
    L(
        "37.1%",
        "change",
        "supported",
        R(KOREA, period_label="Sep 2024", partner="World", measure="export_value"),
    ),
    L(
        "$15.6 billion",
        "amount",
        "contradicted",
        R(KOREA, period_label="Sep 2024", partner="World", measure="export_value") + " (claim 15% higher)",
    ),
)
s(
    "2021-01-05",
    "Korea's chip exports rose 5.4% in 2020 to $100.25 billion, the ICT ministry said.",
    L(
        "5.4%",
        "change",
        "supported",
        R(KOREA, period_label="2020", partner="World", product_as_reported="semiconductors"),
    ),
    L(
        "$100.25 billion",
        "amount",
        "supported",
        R(KOREA, period_label="2020", partner="World", product_as_reported="semiconductors"),
    ),
)
s(
    "2020-09-20",
    "Taiwan's IC exports surged 20.4% in August to US$11.285 billion as Huawei rushed to stockpile before the US ban took effect.",
    L(
        "20.4%",
        "change",
        "supported",
        R(TWMOF, period_label="Aug 2020", product_as_reported="integrated circuits (IC sector)"),
    ),
    L(
        "US$11.285 billion",
        "amount",
        "supported",
        R(TWMOF, period_label="Aug 2020", product_as_reported="integrated circuits (IC sector)"),
    ),
)
s(
    "2023-12-15",
    "China imported 42 lithography systems in November, worth $916.8 million in all.",
    L("42 lithography systems", "count", "supported", R(LITHO, period_label="Nov 2023", partner="World")),
    L(
        "$916.8 million",
        "amount",
        "contradicted",
        R(LITHO, period_label="Nov 2023", partner="World") + " (claim 12% higher)",
    ),
)
s(
    "2024-01-20",
    "China imported 93 lithography machines from the Netherlands in 2022.",
    L(
        "93 lithography machines",
        "count",
        "contradicted",
        R(LITHO, period_label="2022", partner="Netherlands", measure="import_units")
        + " (93 is 2021's count)",
    ),
)
s(
    "2024-03-10",
    "Global chip sales rose 25.2% in January from a year earlier, to $47.6 billion, the SIA said.",
    L(
        "25.2%",
        "change",
        "contradicted",
        "wsts_sia_monthly_sales_and_regional_growth.csv: 2024-01 World yoy_pct 15.2",
    ),
    L(
        "$47.6 billion",
        "amount",
        "supported",
        "wsts_sia_monthly_sales_and_regional_growth.csv: 2024-01 World sales_3mma 47.6 USD bn",
    ),
)
s(
    "2024-08-10",
    "Chip sales in the Americas soared 42.8% year-on-year in June.",
    L(
        "42.8%",
        "change",
        "supported",
        "wsts_sia_monthly_sales_and_regional_growth.csv: 2024-06 Americas yoy_pct 42.8",
    ),
)
s(
    "2025-01-15",
    "China's chip imports rose 10.4% in 2024 to $345 billion.",
    L("10.4%", "change", "supported", R(GACC, period_label="2024", partner="World", measure="import_value")),
    L(
        "$345 billion",
        "amount",
        "contradicted",
        R(GACC, period_label="2024", partner="World", measure="import_value") + " (claim 10% lower)",
    ),
)
s(
    "2023-08-15",
    "China's IC imports fell 12% in the first half of 2023, to $162.6 billion.",
    L("12%", "change", "contradicted", R(GACC, period_label="H1 2023", measure="import_value")),
    L("$162.6 billion", "amount", "supported", R(GACC, period_label="H1 2023", measure="import_value")),
)
s(
    "2023-03-15",
    "China imported 67.58 billion chips in January-February, down 26.5% on a year earlier.",
    L(
        "67.58 billion chips",
        "count",
        "supported",
        R(GACC, period_label="Jan-Feb 2023", measure="import_quantity"),
    ),
    L("26.5%", "change", "supported", R(GACC, period_label="Jan-Feb 2023", measure="import_quantity")),
)

# ------------------------------------------------ Census 2024 HS10 (8542 for partners outside the monthly file)
s(
    "2025-02-15",
    "US imports of integrated circuits from Thailand exceeded $1 billion last year.",
    L("$1 billion", "amount", "supported", f"{CEN}, THAILAND: {b(t.census('THAILAND', '8542'))}"),
)
s(
    "2025-02-15",
    "Mexico shipped about $1.5 billion of integrated circuits to the US in 2024.",
    L(
        "about $1.5 billion",
        "amount",
        "supported",
        f"{CEN}, MEXICO: {b(t.census('MEXICO', '8542'))}",
        "US imports (mirror framing of Mexico's shipments)",
    ),
)
s(
    "2025-02-15",
    "Taiwan was the largest source of US integrated-circuit imports in 2024, at $11.1 billion.",
    L(
        "the largest source",
        "rank",
        "consistent",
        f"largest of the 12 Census partners in the store (Malaysia next, {b(t.census('MALAYSIA', '8542'))}); no US total for HS 8542 in the store, so a partner outside the 12 cannot be excluded",
    ),
    L("$11.1 billion", "amount", "supported", f"{CEN}, TAIWAN: {b(t.census('TAIWAN', '8542'))}"),
)
s(
    "2025-02-15",
    "US chip imports from the Philippines were $1.5 billion last year.",
    L("$1.5 billion", "amount", "contradicted", f"{CEN}, PHILIPPINES: {b(t.census('PHILIPPINES', '8542'))}"),
)

# ------------------------------------------------ consistent (coarser data only) and not checkable
s(
    "2025-01-20",
    "China's imports of US chips in November 2024 were about $1.2 billion.",
    L(
        "about $1.2 billion",
        "amount",
        "consistent",
        f"only the Comtrade annual total ({CH}, 2024 {b(c[2024])}) and GACC's October and January-October figures; no November figure",
    ),
)
s(
    "2024-06-10",
    "Taiwan's IC exports to Mexico in the first quarter of 2024 were about $400 million.",
    L(
        "about $400 million",
        "amount",
        "consistent",
        f"Taiwan customs file is annual: 墨西哥 2024 {b(t.tw('Mexico', 2024))}",
    ),
)
s(
    "2025-01-20",
    "Taiwan's chip exports to Hong Kong peaked in the fourth quarter of 2024.",
    L("peaked", "record", "not_checkable", "no quarterly Taiwan customs data in the store"),
)
s(
    "2026-02-01",
    "Thailand was the fourth-largest supplier of processors to the US in 2025.",
    L(
        "the fourth-largest supplier",
        "rank",
        "not_checkable",
        "Thailand is not a partner in the monthly file; Census covers 2024 only",
    ),
)
s(
    "2025-02-10",
    "The fiscal-year figure for chip imports rose 8%, the agency said.",
    L(
        "8%",
        "change",
        "not_checkable",
        "ambiguous: no economy named, and a fiscal year is not a calendar span in the store",
    ),
)
s(
    "2025-03-15",
    "TSMC's US$100 billion pledge would add five fabs in Arizona.",
    L("US$100 billion", "not_trade", "not_checkable", "company investment"),
    L("five fabs", "count", "not_checkable", "count of plants"),
)
s(
    "2024-10-25",
    "SK Hynix said HBM sales rose more than 330% in the quarter.",
    L("more than 330%", "not_trade", "not_checkable", "company sales"),
)
s("2025-06-01", "DRAM contract prices fell 5 pc in May.", L("5 pc", "not_trade", "not_checkable", "a price"))
s(
    "2024-12-05",
    "The new rules cover 24 types of chipmaking equipment and three software tools.",
    L("24 types", "count", "not_checkable", "count of rule items"),
    L("three software tools", "count", "not_checkable", "count of rule items"),
)
s(
    "2025-04-15",
    "Japan's processor exports rose 12% in the fourth quarter of 2023.",
    L("12%", "change", "not_checkable", "the JPN series starts in 2024-05"),
)
s(
    "2025-11-05",
    "Seoul's chip exports to the US jumped 20% in October.",
    L(
        "20%",
        "change",
        "not_checkable",
        "Korea's exports to the US are not in the store (KOR exports to the World only)",
    ),
)
s(
    "2025-05-01",
    "Nvidia's H20 sales to China were worth about 4.5 billion dollars in the quarter.",
    L("about 4.5 billion dollars", "not_trade", "not_checkable", "company sales"),
)
s(
    "2026-03-01",
    "Taiwan's chip exports grew 30% in February, the finance ministry said.",
    L("30%", "change", "not_checkable", "no monthly Taiwan customs data for 2026 in the store"),
)

s(
    "2017-02-20",
    "US processor imports from Taiwan came to about $1.4 billion in 2016.",
    L(
        "about $1.4 billion",
        "amount",
        "consistent",
        f"the monthly series starts in 2016-11: November-December 2016 {m(kv('USA', 'TW', P, '2016-11', '2016-12'))}, a lower bound only",
    ),
)
s(
    "2025-08-10",
    "Taiwan's IC exports to the US in the first half of 2025 were about $4 billion.",
    L(
        "about $4 billion",
        "amount",
        "consistent",
        f"only January-July 2025 is in the file: 美國 {b(t.tw('US', 2025))}, an upper bound",
    ),
)
s(
    "2024-05-10",
    "China's imports of US chips in the first quarter of 2024 came to roughly $2.5 billion.",
    L(
        "roughly $2.5 billion",
        "amount",
        "consistent",
        f"only the Comtrade annual total ({b(c[2024])}) and GACC's January-October figure (US$9.61bn) bound it",
    ),
)
pr25 = {p: yr("USA", p, P, 2025) for p in ("World", "China", "Japan", "Malaysia", "TW", "KR", "VN")}
s(
    "2026-02-20",
    "China was only the fourth-largest source of US processor imports in 2025.",
    L(
        "the fourth-largest source",
        "rank",
        "consistent",
        f"fourth among the six partners in the store (Taiwan {b(pr25['TW'])}, Malaysia {b(pr25['Malaysia'])}, Vietnam {b(pr25['VN'])}, China {b(pr25['China'])}); World minus the six = {b(pr25['World'] - sum(v for p, v in pr25.items() if p != 'World'))} could hold larger partners",
    ),
)
s(
    "2024-08-20",
    "China's spending on chipmaking equipment hit a record in the second quarter.",
    L(
        "a record",
        "record",
        "consistent",
        "SEMI China 2024Q2 12.21 is above every printed quarter, but 2023Q4 and 2024Q1 (and earlier quarters) are missing",
    ),
)
ind = {y: t.tw("India", y) for y in range(2019, 2025)}
s(
    "2025-10-01",
    "Taiwan's chip exports to India have grown every year since 2020.",
    L(
        "every year since 2020",
        "streak",
        "supported",
        f"{TWN}, 印度: " + " < ".join(f"{y} {b(v)}" for y, v in ind.items()) + " (2025 is not complete)",
    ),
)
s(
    "2025-04-01",
    "US imports of chips from Israel rose 8% in 2024.",
    L("8%", "change", "not_checkable", "Israel is not a partner in the store"),
)
s(
    "2025-04-15",
    "South Korea's chip exports to China fell 10% in March.",
    L("10%", "change", "not_checkable", "Korea's chip exports to China for March 2025 are not in the store"),
)
s(
    "2025-02-01",
    "Dutch exports of lithography tools to China fell 20% last year.",
    L(
        "20%",
        "change",
        "not_checkable",
        "the Netherlands' exports are not in the store; China's lithography imports are transcribed only for 2019-2023 units and a few months",
    ),
)
s(
    "2024-05-10",
    "Malaysia's processor exports rose 15% in March.",
    L("15%", "change", "not_checkable", "the MYS series starts in 2024-06"),
)
s(
    "2024-07-31",
    "Samsung's chip division posted an operating profit of 6.45 trillion won.",
    L("6.45 trillion won", "not_trade", "not_checkable", "company profit, in won"),
)
s(
    "2025-08-12",
    "Under the deal, the US government takes a 15% cut of Nvidia's chip sales to China.",
    L("15%", "not_trade", "not_checkable", "a revenue-sharing rate"),
)
s(
    "2025-12-02",
    "Exports of memory chips rose 40% in November.",
    L("40%", "change", "not_checkable", "ambiguous: no reporter named"),
)

(HERE / "sentences.jsonl").write_text(
    "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in S), encoding="utf-8"
)
print(len(S), "passages", sum(len(x["labels"]) for x in S), "labels")

# ================================================================ articles
A: list[dict] = []


def art(aid, date, *labels):
    text = (HERE / "articles" / f"{aid}.md").read_text(encoding="utf-8")
    for lab in labels:
        assert text.count(lab["quote"]) >= lab["occurrence"], (aid, lab["quote"])
    A.append({"id": aid, "file": f"articles/{aid}.md", "date": date, "labels": list(labels)})


pt = {
    p: {y: yr("USA", p, PARTS, y) for y in (2022, 2023, 2024, 2025)}
    for p in ("World", "China", "TW", "KR", "VN")
}
ptm = t.kaz()
pts = ptm[(ptm.reporter == "USA") & (ptm.partner == "Other Asia, nes") & (ptm.cmd_code == PARTS)]
art(
    "a1",
    "2026-01-15",
    L(
        "86%",
        "change",
        "supported",
        f"USA-Taiwan 847330: 2025 {b(pt['TW'][2025])} vs 2024 {b(pt['TW'][2024])} = +{100 * (pt['TW'][2025] / pt['TW'][2024] - 1):.1f}%",
    ),
    L("$46.6 billion", "amount", "supported", ks("USA", "TW", PARTS, "2025-01", "2025-12")),
    L(
        "a monthly record",
        "record",
        "consistent",
        f"2025-10 {m(kv('USA', 'TW', PARTS, '2025-10'))} is the highest month of 2016-11..2025-12 (previous maximum {m(pts[pts.date < '2025-10-01'].value_usd.max())}); the series starts in 2016-11",
    ),
    L(
        "$7.7 billion",
        "amount",
        "supported",
        ks("USA", "TW", PARTS, "2025-10"),
        "partner (Taiwan, 'the island') and product inherited from the first paragraph",
    ),
    L(
        "more than doubled",
        "multiple",
        "supported",
        f"USA-Viet Nam 847330: 2025 {b(pt['VN'][2025])} / 2024 {b(pt['VN'][2024])} = {pt['VN'][2025] / pt['VN'][2024]:.2f}x",
    ),
    L(
        "$15.6 billion",
        "amount",
        "contradicted",
        f"USA-Viet Nam 847330 2025: {b(pt['VN'][2025])} (claim 14% higher)",
    ),
    L(
        "about 36%",
        "change",
        "supported",
        f"USA-Korea 847330: 2025 {b(pt['KR'][2025])} vs 2024 {b(pt['KR'][2024])} = +{100 * (pt['KR'][2025] / pt['KR'][2024] - 1):.1f}%",
    ),
    L(
        "$8.5 billion",
        "amount",
        "contradicted",
        f"USA-Korea 847330 2025: {b(pt['KR'][2025])} (claim 11% lower)",
    ),
    L("$89.4 billion", "amount", "supported", ks("USA", "World", PARTS, "2025-01", "2025-12")),
    L(
        "almost two-thirds",
        "change",
        "supported",
        f"USA-World 847330: 2025 {b(pt['World'][2025])} vs 2024 {b(pt['World'][2024])} = +{100 * (pt['World'][2025] / pt['World'][2024] - 1):.1f}%",
    ),
    L(
        "more than half",
        "share",
        "supported",
        f"Taiwan {b(pt['TW'][2025])} / World {b(pt['World'][2025])} = {100 * pt['TW'][2025] / pt['World'][2025]:.1f}%",
    ),
    L(
        "about 11%",
        "change",
        "supported",
        f"USA-China 847330: 2025 {b(pt['China'][2025])} vs 2024 {b(pt['China'][2024])} = {100 * (pt['China'][2025] / pt['China'][2024] - 1):.1f}%",
    ),
    L("$5.8 billion", "amount", "supported", ks("USA", "China", PARTS, "2025-01", "2025-12")),
    L(
        "less than a tenth",
        "share",
        "supported",
        f"China {b(pt['China'][2025])} / World {b(pt['World'][2025])} = {100 * pt['China'][2025] / pt['World'][2025]:.1f}%",
    ),
    L("20%", "not_trade", "not_checkable", "tariff rate"),
    L("more than 900,000", "count", "not_checkable", "company head count"),
)
art(
    "a2",
    "2024-11-20",
    L(
        "$1.11bn",
        "amount",
        "supported",
        R(GACC, period_label="Oct 2024", partner="United States"),
        "in the headline",
    ),
    L("US$1.11 billion", "amount", "supported", R(GACC, period_label="Oct 2024", partner="United States")),
    L("60 per cent", "change", "supported", R(GACC, period_label="Oct 2024", partner="United States")),
    L(
        "US$9.61 billion",
        "amount",
        "supported",
        R(GACC, period_label="Jan-Oct 2024", partner="United States"),
    ),
    L(
        "52.5 per cent",
        "change",
        "contradicted",
        R(GACC, period_label="Jan-Oct 2024", partner="United States"),
    ),
    L("US$1 billion", "streak", "supported", R(GACC, period_label="Jun-Oct 2024", partner="United States")),
    L("US$7.3 billion", "amount", "contradicted", f"{CH}, 2023: {b(c[2023])} (claim 12% lower)"),
    L(
        "US$15.7 billion",
        "amount",
        "supported",
        f"{CH}, 2021: {b(c[2021])}",
        "year 2021 from 'two years before that' (2023)",
    ),
    L(
        "176 lithography machines",
        "count",
        "supported",
        R(LITHO, period_label="2023", partner="Netherlands", measure="import_units"),
    ),
    L(
        "more than double",
        "multiple",
        "supported",
        "176 (2023) / 78 (2022) = 2.26x, china_lithography_equipment_imports_transcribed.csv import_units",
    ),
    L(
        "78",
        "count",
        "supported",
        R(LITHO, period_label="2022", partner="Netherlands", measure="import_units"),
    ),
    L(
        "about US$212 billion",
        "amount",
        "supported",
        R(GACC, period_label="Jan-Jul 2024", measure="import_value"),
    ),
    L("11.5 per cent", "change", "supported", R(GACC, period_label="Jan-Jul 2024", measure="import_value")),
    L("more than 600", "count", "not_checkable", "count of listed firms"),
    L("7-nanometre", "not_trade", "not_checkable", "technology node"),
)
cn, hk = {y: t.tw("China", y) for y in (2022, 2024)}, {y: t.tw("Hong Kong", y) for y in (2022, 2024)}
W = {y: t.tw(None, y) for y in (2022, 2023, 2024)}
sh24, sh22 = 100 * (cn[2024] + hk[2024]) / W[2024], 100 * (cn[2022] + hk[2022]) / W[2022]
us24, us23 = 100 * t.tw("US", 2024) / W[2024], 100 * t.tw("US", 2023) / W[2023]
art(
    "a3",
    "2025-03-05",
    L(
        "just over half",
        "share",
        "supported",
        f"{TWN} 2024: (中國大陸 {b(cn[2024])} + 香港 {b(hk[2024])}) / {b(W[2024])} = {sh24:.1f}%",
    ),
    L(
        "six percentage points",
        "change",
        "supported",
        f"2022 {sh22:.1f}% -> 2024 {sh24:.1f}%: {sh24 - sh22:.1f} points",
    ),
    L(
        "roughly flat",
        "direction",
        "supported",
        f"all destinations 2024 {b(W[2024])} vs 2023 {b(W[2023])} = {100 * (W[2024] / W[2023] - 1):.1f}%",
    ),
    L("$165bn", "amount", "supported", f"{TWN}, all destinations 2024: {b(W[2024])}"),
    L(
        "9.5 per cent",
        "change",
        "supported",
        f"2023 {b(W[2023])} vs 2022 {b(W[2022])} = {100 * (W[2023] / W[2022] - 1):.2f}%",
    ),
    L(
        "fourth place",
        "rank",
        "supported",
        f"2024: 中國大陸, 香港, 新加坡, 南韓 {b(t.tw('Korea', 2024))}, 日本 {b(t.tw('Japan', 2024))}; 2023: 日本 {b(t.tw('Japan', 2023))} > 南韓 {b(t.tw('Korea', 2023))}",
    ),
    L("$10.4bn", "amount", "supported", f"日本 2024: {b(t.tw('Japan', 2024))}"),
    L(
        "the third-largest market",
        "rank",
        "supported",
        f"新加坡 2024 {b(t.tw('Singapore', 2024))}, third after 中國大陸 and 香港",
    ),
    L("$25bn", "amount", "contradicted", f"新加坡 2024: {b(t.tw('Singapore', 2024))} (claim 19% higher)"),
    L(
        "more than a third",
        "change",
        "supported",
        f"菲律賓: 2024 {b(t.tw('Philippines', 2024))} vs 2023 {b(t.tw('Philippines', 2023))} = {100 * (t.tw('Philippines', 2024) / t.tw('Philippines', 2023) - 1):.1f}%",
    ),
    L(
        "more than doubled",
        "multiple",
        "supported",
        f"美國 share 2023 {us23:.2f}% -> 2024 {us24:.2f}% = {us24 / us23:.2f}x",
    ),
    L("4.5 per cent", "share", "supported", f"美國 2024 {b(t.tw('US', 2024))} / {b(W[2024])} = {us24:.2f}%"),
    L("$16.6bn", "amount", "supported", f"{SM} 2024 annual Taiwan {t.semi('2024', 'Taiwan')}"),
    L(
        "the third-largest market",
        "rank",
        "supported",
        "SEMI 2024: China 49.6, Korea 20.5, Taiwan 16.6, North America 13.7",
        occ=2,
    ),
    L("$100bn", "not_trade", "not_checkable", "company investment"),
)
(HERE / "articles.jsonl").write_text(
    "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in A), encoding="utf-8"
)
allab = [lab for x in S + A for lab in x["labels"]]
print(len(A), "articles", sum(len(x["labels"]) for x in A), "labels")
print(Counter(lab["verdict"] for lab in allab))
print(Counter(lab["kind"] for lab in allab))
