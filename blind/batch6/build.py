"""Build blind batch 6: sentences.jsonl and articles.jsonl, labels asserted against the raw files.

Texts and verdicts are written by hand; every figure comes from pandas look-ups of the raw bundled
CSV files (lib.py, which wraps /work/main/blind/truth.py). A supported label asserts that the data's
figure lies in the claimed interval, a contradicted one that it lies clearly outside (>8% or >3
points), so a slip in the hand verdict fails the build.
"""

from __future__ import annotations

import json
from pathlib import Path

from lib import BN, INF, C, K, N, S, check_quotes, cn, pct, rep, se, t, tw, us, wd  # noqa: F401

HERE = Path(__file__).resolve().parent
P: list[dict] = []


def add(date: str, text: str, *labels: dict) -> None:
    P.append({"id": f"s{len(P) + 1:02d}", "date": date, "text": text, "labels": list(labels)})


D26 = "2026-09-14"  # US monthly data run to July 2026
D25 = "2025-09-02"  # Taiwan customs 2025 = Jan-Jul preliminary

# ---- US monthly imports (KazooKat / Comtrade), processors and memories ----
v, tr = us("TW", 854231, "2026-07", "2026-07")
v2, tr2 = us("TW", 854231, "2026-06", "2026-06")
v3, tr3 = us("TW", 854231, "2025-07", "2025-07")
add(
    D26,
    "Our read of the July customs tally: processors landed from Taiwan were worth about $1.3 billion, "
    "off from $1.38 billion in June but still comfortably above the $0.84 billion logged a year before.",
    C("about $1.3 billion", "amount", v, 1.235, 1.365, tr),
    S("$1.38 billion", "amount", v2, 1.375, 1.385, tr2),
    S("$0.84 billion", "amount", v3, 0.835, 0.845, tr3),
)

a, tra = us("TW", 854231, "2026-01", "2026-07")
b, trb = us("TW", 854231, "2025-01", "2025-07")
add(
    D26,
    "Over the first seven months of the year Taiwan's chipmakers sold American buyers north of $9 billion "
    "of processors and controllers, roughly 90% more than in the same stretch of 2025.",
    S("north of $9 billion", "amount", a, 9.0, INF, tra),
    C("roughly 90% more", "change", pct(a, b), 85.5, 94.5, f"{tra}; vs {trb}; change = {pct(a, b):.1f}%", pts=True),
)

a, tra = us("KR", 854232, "2026-06", "2026-06")
b, trb = us("KR", 854232, "2025-06", "2025-06")
add(
    D26,
    "Memory is where the story has turned. US imports of memory chips from South Korea reached $0.47 billion in June, "
    "close to triple the year-earlier month.",
    C("$0.47 billion", "amount", a, 0.465, 0.475, tra),
    S("close to triple", "multiple", a / b, 2.8, 3.0, f"{tra}; June 2025: {trb}; ratio {a / b:.2f}"),
)

a, tra = us("World", 854232, "2026-01", "2026-06")
b, trb = us("World", 854232, "2025-01", "2025-06")
add(
    D26,
    "For the first half as a whole, America's memory-chip imports from all sources came to some $3.3 billion, "
    "a fivefold jump on the first half of 2025.",
    S("some $3.3 billion", "amount", a, 3.135, 3.465, tra),
    C(
        "a fivefold jump",
        "multiple",
        a / b,
        4.75,
        5.25,
        f"{tra}; H1 2025: {trb}; ratio {a / b:.2f}",
        "the ratio is a little under three, not five",
    ),
)

a, tra = us("World", 854232, "2026-06", "2026-06")
ser = [us("World", 854232, m, m)[0] for m in t.months("2026-01", "2026-06")]
rises = all(ser[i] > ser[i - 1] for i in range(1, 6))
b0 = us("World", 854232, "2025-12", "2025-12")[0]
assert rises and ser[0] < b0
add(
    D26,
    "June's figure for US memory-chip imports, a shade under $1 billion, marked the fifth straight monthly increase.",
    S("a shade under $1 billion", "amount", a, 0.95, 0.9999, tra),
    S(
        "fifth straight monthly increase",
        "streak",
        5,
        5,
        5,
        f"{t.KAZ}: USA World 854232 Jan..Jun 2026 = {[round(x, 3) for x in ser]} bn; each of Feb..Jun above the month before, Jan below Dec 2025 ({b0:.3f})",
    ),
)

a, tra = us("Malaysia", 854231, "2026-04", "2026-06")
b, trb = us("Malaysia", 854231, "2025-04", "2025-06")
add(
    D26,
    "Malaysia is heading the other way. Its processor shipments to the United States in the second quarter "
    "came to about $1.3 billion, down some 45% from a year earlier.",
    S("about $1.3 billion", "amount", a, 1.235, 1.365, tra),
    S("down some 45%", "change", pct(a, b), -47.25, -42.75, f"{tra}; Q2 2025: {trb}; change {pct(a, b):.1f}%"),
)

a, tra = us("TW", 854231, "2026-01", "2026-01")
mx = max(us("TW", 854231, m, m)[0] for m in t.months("2016-11", "2026-07"))
assert a == mx
add(
    D26,
    "January's $1.51 billion of Taiwanese processors imported by the US remains the high-water mark for the series, "
    "and nothing since has quite matched it.",
    S("$1.51 billion", "amount", a, 1.505, 1.515, tra),
    K(
        "high-water mark",
        "record",
        f"{tra}; the highest month of the series Nov 2016..Jul 2026 (max {mx:.3f})",
        "highest of the whole stored series; all-time is not provable",
    ),
)

a, tra = us("World", 854231, "2025-12", "2025-12")
prior = max(us("World", 854231, m, m)[0] for m in t.months("2017-01", "2025-11"))
add(
    D26,
    "Processor imports from all origins hit $3.85 billion in December 2025, the largest monthly bill since at least 2017.",
    S("$3.85 billion", "amount", a, 3.845, 3.855, tra),
    S(
        "the largest monthly bill since at least 2017",
        "record",
        a,
        prior + 1e-9,
        INF,
        f"{tra}; max of Jan 2017..Nov 2025 = {prior:.3f} bn",
    ),
)

a, tra = us("World", 854231, "2025-01", "2025-12")
b, trb = us("World", 854231, "2024-01", "2024-12")
add(
    "2026-03-20",
    "Washington's customs data put last year's processor imports at $32.6 billion, "
    "up 25% from 2024, a year in which they had already risen sharply.",
    S("$32.6 billion", "amount", a, 32.55, 32.65, tra),
    C("up 25%", "change", pct(a, b), 24.5, 25.5, pts=True, truth=f"{tra}; 2024: {trb}; change {pct(a, b):.2f}%"),
    S(
        "risen sharply",
        "direction",
        pct(b, us("World", 854231, "2023-01", "2023-12")[0]),
        15.0,
        INF,
        f"{trb}; 2023: {us('World', 854231, '2023-01', '2023-12')[1]}; change {pct(b, us('World', 854231, '2023-01', '2023-12')[0]):.1f}%",
        "'sharply' read as a rise of 15% or more",
    ),
)

a, tra = us("VN", 854231, "2026-03", "2026-05")
add(
    D26,
    "Vietnam, a minor source, briefly stirred: between March and May it sent the United States about $850 million of processors.",
    C("about $850 million", "amount", a, 0.8075, 0.8925, tra),
)

a, tra = us("VN", 854231, "2026-06", "2026-06")
b, trb = us("VN", 854231, "2026-05", "2026-05")
add(
    D26,
    "Then it fell away. June's Vietnamese processor shipments to the US dropped by more than three-quarters from May's level.",
    S(
        "dropped by more than three-quarters",
        "change",
        pct(a, b),
        -100,
        -75,
        f"{tra}; May: {trb}; change {pct(a, b):.1f}%",
    ),
)

a, tra = us("Japan", 854231, "2026-01", "2026-07")
add(
    D26,
    "Japan hardly figures. Its processor sales to America over January to July barely reached $100 million.",
    C("barely reached $100 million", "amount", a, 0.095, 0.1, tra, "the figure is over twice that"),
)

a, tra = us("China", 854231, "2026-01", "2026-07")
b, trb = us("China", 854231, "2025-01", "2025-07")
add(
    D26,
    "American purchases of Chinese-made processors, meanwhile, shrank by around a third in the year to date, to roughly $380 million.",
    S(
        "shrank by around a third",
        "change",
        pct(a, b),
        -35.0,
        -31.67,
        f"{tra}; Jan-Jul 2025: {trb}; change {pct(a, b):.1f}%",
    ),
    S("roughly $380 million", "amount", a, 0.361, 0.399, tra),
)

a, tra = us("TW", 854231, "2025-08", "2026-07")
b, trb = us("Malaysia", 854231, "2025-08", "2026-07")
add(
    D26,
    "Over the past twelve months Taiwan has shipped the US close to $14 billion of processors, nearly three times what Malaysia managed.",
    S("close to $14 billion", "amount", a, 13.3, 13.9999, tra),
    C("nearly three times", "multiple", a / b, 2.7, 2.999, truth=f"{tra}; Malaysia: {trb}; ratio {a / b:.2f}"),
)

a, tra = us("KR", 854232, "2026-01", "2026-07")
b, trb = us("TW", 854232, "2026-01", "2026-07")
add(
    D26,
    "In memory chips sold to the US the two Asian suppliers are running neck and neck: South Korea's year-to-date shipments "
    "of about $1.5 billion are a touch above Taiwan's.",
    S("about $1.5 billion", "amount", a, 1.425, 1.575, tra),
    S("a touch above", "direction", a / b, 1.0001, 1.1, f"{tra}; Taiwan: {trb}; ratio {a / b:.3f}"),
)

a, tra = us("World", 854232, "2026-07", "2026-07")
b, trb = us("World", 854232, "2026-06", "2026-06")
add(
    D26,
    "The July release broke the run, with US memory-chip imports slipping by more than a fifth month on month.",
    S(
        "slipping by more than a fifth",
        "change",
        pct(a, b),
        -INF,
        -20.0,
        f"{tra}; June: {trb}; change {pct(a, b):.1f}%",
    ),
)

a, tra = us("TW", 854231, "2025-07", "2025-12")
b, trb = us("TW", 854231, "2025-01", "2025-06")
add(
    "2026-02-20",
    "Taiwan's processor sales to America in the second half of 2025 ran to about $5.7 billion, "
    "a half more than in the first six months.",
    S("about $5.7 billion", "amount", a, 5.415, 5.985, tra),
    C(
        "a half more",
        "change",
        pct(a, b),
        47.5,
        52.5,
        pts=True,
        truth=f"{tra}; H1 2025: {trb}; change {pct(a, b):.1f}%",
    ),
)

a, tra = us("KR", 854231, "2025-01", "2025-12")
b, trb = us("KR", 854231, "2024-01", "2024-12")
add(
    "2026-02-20",
    "Korean processors went the other way, with last year's US imports down by half to $0.76 billion.",
    C(
        "down by half",
        "change",
        pct(a, b),
        -52.5,
        -47.5,
        f"{tra}; 2024: {trb}; change {pct(a, b):.1f}%",
        "the fall was about a third",
    ),
    S("$0.76 billion", "amount", a, 0.755, 0.765, tra),
)

a, tra = us("World", 854231, "2026-04", "2026-06")
b, trb = us("World", 854231, "2025-04", "2025-06")
add(
    D26,
    "US second-quarter processor imports of $9.4 billion were 33% higher than a year earlier, by our count.",
    S("$9.4 billion", "amount", a, 9.35, 9.45, tra),
    C("33% higher", "change", pct(a, b), 32.5, 33.5, pts=True, truth=f"{tra}; Q2 2025: {trb}; change {pct(a, b):.2f}%"),
)

a, tra = us("Malaysia", 854231, "2026-06", "2026-06")
add(
    D26,
    "June's processor shipments from Penang and Kulim to the US were the thinnest in years, at just $0.2 billion.",
    N("the thinnest in years", "record", "'in years' gives no bound; ambiguous", f"{tra}"),
    S(
        "just $0.2 billion",
        "amount",
        a,
        0.195,
        0.205,
        tra,
        "Malaysia as the partner (Penang and Kulim are Malaysian hubs)",
    ),
)

a, tra = us("TW", 854231, "2026-03", "2026-03")
b, trb = us("TW", 854231, "2026-02", "2026-02")
add(
    D26,
    "March brought a rebound: Taiwanese processor shipments to the US rose 12% on the month after February's dip.",
    S("rose 12%", "change", pct(a, b), 11.5, 12.5, f"{tra}; Feb: {trb}; change {pct(a, b):.2f}%"),
    S("dip", "direction", pct(b, us("TW", 854231, "2026-01", "2026-01")[0]), -INF, -0.0001, f"{trb} vs Jan 2026"),
)

a, tra = us("World", 854231, "2026-01", "2026-07")
add(
    D26,
    "Counting every origin, America has bought some $26 billion of processors so far this year.",
    C("some $26 billion", "amount", a, 24.7, 27.3, tra, "the sum is about $22 billion"),
)

# ---- Taiwan customs (8542 by destination, annual; 2025 = Jan-Jul) ----
a, tra = tw("US", 2024)
b, trb = tw("US", 2023)
add(
    "2025-03-10",
    "Taiwan's own customs ledger tells the same tale: integrated-circuit exports to the United States "
    "more than doubled in 2024, to about $7.4 billion.",
    S("more than doubled", "multiple", a / b, 2.0, INF, f"{tra}; 2023: {trb}; ratio {a / b:.2f}"),
    S("about $7.4 billion", "amount", a, 7.03, 7.77, tra),
)

W, trw = tw(None, 2024)
add(
    "2025-03-10",
    "America's slice of Taiwan's chip sales rose to 4.5% in 2024, from barely 2% the year before.",
    S("4.5%", "share", 100 * a / W, 4.45, 4.55, f"{tra}; / {trw}"),
    S("barely 2%", "share", 100 * b / tw(None, 2023)[0], 2.0, 2.2, f"{trb}; / World 2023 {tw(None, 2023)[0]:.2f} bn"),
)

a, tra = tw("China", 2024)
h, trh = tw("Hong Kong", 2024)
add(
    "2025-03-10",
    "Mainland China and Hong Kong together still took a little over half of Taiwan's chip exports last year.",
    S(
        "a little over half",
        "share",
        100 * (a + h) / W,
        50.0,
        53.0,
        f"{tra}; {trh}; / {trw}; share {100 * (a + h) / W:.1f}%",
    ),
)

add(
    "2025-03-10",
    "Total chip exports from Taiwan were roughly flat in 2024 at $165 billion, against $167 billion a year earlier.",
    S("roughly flat", "direction", pct(W, tw(None, 2023)[0]), -2.0, 2.0, f"{trw}; 2023 {tw(None, 2023)[0]:.2f}"),
    S("$165 billion", "amount", W, 164.5, 165.5, trw),
    S("$167 billion", "amount", tw(None, 2023)[0], 166.5, 167.5, tw(None, 2023)[1]),
)

c = t.twc()
rk24 = c[c.Year == 2024].groupby("Country").USD.sum().sort_values(ascending=False).index.tolist()
a, tra = tw("Korea", 2024)
add(
    "2025-03-10",
    "South Korea climbed to third among buyers of Taiwanese chips in 2024, overtaking Japan, whose purchases fell by a third.",
    C("third", "rank", rk24.index("南韓") + 1, 3, 3, truth=f"{t.TWC}: 2024 destinations ranked by sum: {rk24[:6]}"),
    S(
        "fell by a third",
        "change",
        pct(tw("Japan", 2024)[0], tw("Japan", 2023)[0]),
        -35.0,
        -31.67,
        f"{tw('Japan', 2024)[1]}; 2023: {tw('Japan', 2023)[1]}; change {pct(tw('Japan', 2024)[0], tw('Japan', 2023)[0]):.1f}%",
    ),
)

a, tra = tw("Hong Kong", 2025)
b, trb = tw("China", 2025)
rk25 = c[c.Year == 2025].groupby("Country").USD.sum().sort_values(ascending=False).index.tolist()
add(
    D25,
    "In the first seven months of 2025 Hong Kong, at roughly $29.5 billion, edged past the mainland to become "
    "the top destination for Taiwan's integrated circuits.",
    S("roughly $29.5 billion", "amount", a, 28.0, 31.0, tra),
    S(
        "the top destination",
        "rank",
        rk25.index("香港") + 1,
        1,
        1,
        f"{t.TWC}: 2025 (Jan-Jul) ranked: {rk25[:4]}; mainland {b:.2f}",
    ),
)

a, tra = tw("Vietnam", 2025)
W25, trw25 = tw(None, 2025)
add(
    D25,
    "Vietnam's take rose to 3.4% of Taiwan's chip exports over January to July, while India's reached about 4%.",
    S("3.4%", "share", 100 * a / W25, 3.35, 3.45, f"{tra}; / {trw25}"),
    C(
        "about 4%",
        "share",
        100 * tw("India", 2025)[0] / W25,
        3.8,
        4.2,
        f"{tw('India', 2025)[1]}; / {trw25}; share {100 * tw('India', 2025)[0] / W25:.2f}%",
        "India's share is 2.3%",
        pts=False,
    ),
)

a, tra = tw("Malaysia", 2025)
add(
    D25,
    "Malaysia has now bought more Taiwanese chips this year than Japan has, some $8.3 billion against $6.3 billion.",
    S("some $8.3 billion", "amount", a, 7.885, 8.715, tra),
    S("$6.3 billion", "amount", tw("Japan", 2025)[0], 6.25, 6.35, tw("Japan", 2025)[1]),
)

a, tra = tw(None, 2022)
mx = max(tw(None, y)[0] for y in range(2013, 2026))
add(
    "2025-03-10",
    "The 2022 peak of $184 billion is still Taiwan's best year for chip exports in records going back to 2013.",
    S("$184 billion", "amount", a, 183.5, 184.5, tra),
    S(
        "best year for chip exports in records going back to 2013",
        "record",
        a,
        mx,
        mx,
        f"{tra}; max over 2013..2024 (+2025 partial) = {mx:.2f}",
    ),
)

a, tra = tw("Singapore", 2024)
add(
    "2025-03-10",
    "Singapore's share of Taiwan's chip exports held at about a sixth last year.",
    C("about a sixth", "share", 100 * a / W, 15.8, 17.5, truth=f"{tra}; / {trw}; share {100 * a / W:.2f}%"),
)

a, tra = tw("Germany", 2024)
b, trb = tw("Germany", 2023)
add(
    "2025-03-10",
    "Europe barely registers for Taiwan's chipmakers: their shipments to Germany dropped to under $1 billion last year from $2.1 billion.",
    S("under $1 billion", "amount", a, 0, 0.9999, tra),
    C("$2.1 billion", "amount", b, 2.05, 2.15, trb),
)

# ---- world exports, all reporters (annual) ----
a, tra = wd("Rep. of Korea", 2024)
b, trb = wd("Rep. of Korea", 2023)
add(
    "2025-11-05",
    "Seoul's chipmakers exported some $120 billion of integrated circuits in 2024 by the UN's reckoning, "
    "about 60% more than in the memory slump of 2023.",
    S("some $120 billion", "amount", a, 114.0, 126.0, tra),
    C(
        "about 60% more",
        "change",
        pct(a, b),
        57.0,
        63.0,
        pts=True,
        truth=f"{tra}; 2023: {trb}; change {pct(a, b):.1f}%",
    ),
)

T23, trt = wd(None, 2023)
a, tra = wd("China", 2023)
add(
    "2025-11-05",
    "Mainland China accounted for roughly a seventh of global chip exports in 2023, "
    "well behind Hong Kong, whose figure is mostly goods passing through.",
    S("roughly a seventh", "share", 100 * a / T23, 13.6, 15.0, f"{tra}; / {trt}; share {100 * a / T23:.2f}%"),
    S(
        "well behind",
        "direction",
        wd("China, Hong Kong SAR", 2023)[0] / a,
        1.2,
        INF,
        f"{wd('China, Hong Kong SAR', 2023)[1]}; vs China {a:.1f}",
    ),
)

mx = max(wd(None, y)[0] for y in range(2013, 2024))
a, tra = wd(None, 2022)
add(
    "2025-11-05",
    "Global IC exports peaked at just under $1.08 trillion in 2022 before falling by about 12% the following year.",
    S("just under $1.08 trillion", "amount", a, 1026, 1079.99, tra),
    K(
        "peaked",
        "record",
        f"{tra}; max of 2013..2023 all-reporter sums = {mx:.1f}",
        "highest of 2013..2023; 2024 has only 86 reporters, so a full 2024 total could exceed it",
    ),
    S(
        "falling by about 12%",
        "change",
        pct(T23, a),
        -12.6,
        -11.4,
        f"{trt}; vs 2022 {a:.1f}; change {pct(T23, a):.2f}%",
    ),
)

a, tra = wd("Malaysia", 2023)
b, trb = wd("USA", 2023)
add(
    "2025-11-05",
    "Malaysia's chip exports in 2023, at $75 billion, were two and a half times those of the United States.",
    S("$75 billion", "amount", a, 74.5, 75.5, tra),
    C(
        "two and a half times",
        "multiple",
        a / b,
        2.45,
        2.55,
        f"{tra}; USA: {trb}; ratio {a / b:.2f}",
        "ratio is about 1.7",
    ),
)

a, tra = wd("Japan", 2023)
add(
    "2025-11-05",
    "Japan, once the industry's powerhouse, shipped only about 5% of the world's chips in 2023.",
    C("about 5%", "share", 100 * a / T23, 4.75, 5.25, truth=f"{tra}; / {trt}; share {100 * a / T23:.2f}%"),
)

add(
    "2025-11-05",
    "The 2024 world chip-export totals are not yet comparable: fewer than ninety economies had reported when we looked.",
    S(
        "fewer than ninety",
        "count",
        len(t.wld()[t.wld().refYear == "2024"].reporterDesc.unique()),
        0,
        89,
        f"{t.WLD}: distinct reporterDesc with refYear 2024",
    ),
)

# ---- China's imports from the US (annual Comtrade) and GACC releases ----
a, tra = cn(2024)
b, trb = cn(2023)
add(
    "2025-06-01",
    "China's purchases of American integrated circuits recovered to $11.8 billion in 2024, a jump of more than 40%.",
    S("$11.8 billion", "amount", a, 11.75, 11.85, tra),
    S("a jump of more than 40%", "change", pct(a, b), 40.0, INF, f"{tra}; 2023: {trb}; change {pct(a, b):.1f}%"),
)

p21, trp = cn(2021)
add(
    "2025-06-01",
    "Even so, China's purchases of US chips last year remained about a third below the 2021 peak.",
    C(
        "about a third below",
        "change",
        pct(a, p21),
        -35.0,
        -31.67,
        pts=True,
        truth=f"{tra}; 2021: {trp}; change {pct(a, p21):.1f}%",
    ),
    S("the 2021 peak", "record", p21, max(cn(y)[0] for y in range(2010, 2025)), INF, f"{trp}; max of 2010..2024"),
)

add(
    "2025-06-01",
    "In 2023 China's imports of American chips had sunk to $8.3 billion, roughly half of what it was two years before.",
    S("$8.3 billion", "amount", b, 8.25, 8.35, trb),
    S("roughly half", "multiple", b / p21, 0.5, 0.55, f"{trb}; 2021: {trp}; ratio {b / p21:.3f}"),
)

g = t.reported(
    "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv",
    period_label="2024",
    partner="World",
    measure="import_value",
)[0]
add(
    "2025-01-20",
    "Customs in Beijing say the country spent $385 billion on imported chips last year, up 10.4%.",
    S(
        "$385 billion",
        "amount",
        float(g["value"]),
        384.5,
        385.5,
        f"GACC transcribed: 2024 World import_value {g['value']} USD bn",
    ),
    S("up 10.4%", "change", float(g["yoy_pct"]), 10.35, 10.45, f"GACC transcribed: 2024 yoy_pct {g['yoy_pct']}"),
)

g = t.reported(
    "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv",
    period_label="2024",
    partner="World",
    measure="import_quantity",
)[0]
add(
    "2025-01-20",
    "By volume, China's chip imports last year came to nearly 550 billion units, a rise of some 25%.",
    S(
        "nearly 550 billion units",
        "amount",
        float(g["value"]),
        522.5,
        549.99,
        f"GACC transcribed: 2024 import_quantity {g['value']} bn units",
    ),
    C(
        "a rise of some 25%",
        "change",
        float(g["yoy_pct"]),
        23.75,
        26.25,
        f"GACC transcribed: 2024 quantity yoy {g['yoy_pct']}%",
        "release says 14.6%",
        pts=True,
    ),
)

g = t.reported(
    "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv",
    period_label="Jan-Oct 2024",
    partner="United States",
)[0]
add(
    "2024-11-15",
    "China's imports of US chips over the first ten months were $9.61 billion, the customs office said, 52.5% more than a year earlier.",
    S(
        "$9.61 billion",
        "amount",
        float(g["value"]),
        9.605,
        9.615,
        f"GACC transcribed: Jan-Oct 2024 United States import_value {g['value']} USD bn",
    ),
    C(
        "52.5% more",
        "change",
        float(g["yoy_pct"]),
        52.45,
        52.55,
        pts=True,
        truth=f"GACC transcribed: yoy {g['yoy_pct']}%",
    ),
)

g = t.reported(
    "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv",
    period_label="H1 2023",
    measure="import_value",
)[0]
add(
    "2023-07-20",
    "The half-year tally from GACC was grim: chip imports shrank 22.4% to $162.6 billion.",
    S(
        "shrank 22.4%",
        "change",
        float(g["yoy_pct"]),
        -22.45,
        -22.35,
        f"GACC transcribed: H1 2023 import_value yoy {g['yoy_pct']}%",
    ),
    S(
        "$162.6 billion",
        "amount",
        float(g["value"]),
        162.55,
        162.65,
        f"GACC transcribed: H1 2023 import_value {g['value']} USD bn",
    ),
)

g = t.reported(
    "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv",
    period_label="2024",
    measure="export_value",
)[0]
add(
    "2025-01-20",
    "Outbound, China sold about $190 billion of chips abroad last year, up by more than a sixth.",
    C(
        "about $190 billion",
        "amount",
        float(g["value"]),
        180.5,
        199.5,
        truth=f"GACC transcribed: 2024 export_value {g['value']} USD bn",
    ),
    S(
        "up by more than a sixth",
        "change",
        float(g["yoy_pct"]),
        16.67,
        INF,
        f"GACC transcribed: 2024 export yoy {g['yoy_pct']}%",
    ),
)

g = t.reported(
    "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv",
    period_label="Jan-Sep 2023",
    measure="import_value",
)[0]
add(
    "2023-10-20",
    "For the first nine months of 2023 China's chip import bill came to around $253 billion, a fall of nearly a third.",
    S(
        "around $253 billion",
        "amount",
        float(g["value"]),
        240,
        266,
        f"GACC transcribed: Jan-Sep 2023 import_value {g['value']} USD bn",
    ),
    C(
        "a fall of nearly a third",
        "change",
        float(g["yoy_pct"]),
        -33.33,
        -31.0,
        f"GACC transcribed: yoy {g['yoy_pct']}%",
        "release says -19.8%",
        pts=True,
    ),
)

add(
    "2024-05-20",
    "China's chip imports in April came to about 222 billion yuan.",
    N(
        "about 222 billion",
        "amount",
        "another currency (CNY); the store's figures are in USD",
        "GACC transcribed: Apr 2024 World import_value 222.49 CNY bn",
    ),
)

# ---- Korea: MOTIE releases and Comtrade monthly exports ----
m = t.reported(
    "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv",
    period_label="Sep 2024",
    partner="World",
)[0]
add(
    "2024-10-02",
    "Korea's trade ministry reported semiconductor exports of $15.6 billion for September, 37.1% higher than a year before.",
    C(
        "$15.6 billion",
        "amount",
        float(m["value_as_printed"]),
        15.55,
        15.65,
        truth=f"MOTIE transcribed: Sep 2024 World semiconductors {m['value_as_printed']} USD bn",
    ),
    S("37.1% higher", "change", 37.1, 37.05, 37.15, f"MOTIE transcribed: yoy {m['yoy_as_printed']}"),
)

m = t.reported(
    "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv",
    period_label="2020",
    partner="World",
    product_as_reported="semiconductors",
)[0]
add(
    "2021-01-15",
    "For 2020 the ministry of science and ICT counted chip exports of $100.25 billion, up 5.4%, the first time above the $100 billion line since 2018.",
    S(
        "$100.25 billion",
        "amount",
        float(m["value_as_printed"]),
        100.245,
        100.255,
        f"MSIT/MOTIE transcribed: 2020 semiconductors {m['value_as_printed']}",
    ),
    S("up 5.4%", "change", 5.4, 5.35, 5.45, f"transcribed yoy {m['yoy_as_printed']}"),
    N(
        "the first time above the $100 billion line since 2018",
        "record",
        "no 2018-2019 Korean release figures in the store",
    ),
)

m = t.reported(
    "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv",
    period_label="Oct 2019",
    product_as_reported="memory chips",
)[0]
add(
    "2019-11-15",
    "Korea's memory exports were the drag in October, down 43.2% to $6.0 billion.",
    S("down 43.2%", "change", -43.2, -43.25, -43.15, f"transcribed: Oct 2019 memory chips yoy {m['yoy_as_printed']}"),
    C(
        "$6.0 billion",
        "amount",
        float(m["value_as_printed"]),
        5.95,
        6.05,
        truth=f"transcribed: Oct 2019 memory chips {m['value_as_printed']} USD bn",
    ),
)

a, tra = rep("KOR", 854232, "2025-01", "2025-12")
b, trb = rep("KOR", 854232, "2024-01", "2024-12")
add(
    "2026-03-01",
    "On the UN's monthly numbers, Korean memory exports totalled close to $95 billion last year, around 31% above 2024.",
    S("close to $95 billion", "amount", a, 90.25, 94.999, tra),
    S("around 31% above", "change", pct(a, b), 29.5, 32.5, f"{tra}; 2024: {trb}; change {pct(a, b):.1f}%"),
)

a, tra = rep("KOR", 854232, "2025-12", "2025-12")
b, trb = rep("KOR", 854232, "2024-12", "2024-12")
add(
    "2026-03-01",
    "December alone brought Korean memory exporters $12.6 billion, the best month in the series and some 70% more than December 2024.",
    S("$12.6 billion", "amount", a, 12.55, 12.65, tra),
    K(
        "the best month in the series",
        "record",
        f"{tra}; highest of Nov 2016..Dec 2025",
        "highest of the stored series",
    ),
    S("some 70% more", "change", pct(a, b), 66.5, 73.5, f"{tra}; Dec 2024: {trb}; change {pct(a, b):.1f}%"),
)

a, tra = rep("KOR", 854231, "2025-07", "2025-07")
add(
    "2026-03-01",
    "Korea's processor exports topped out in July at $4.3 billion.",
    C("$4.3 billion", "amount", a, 4.25, 4.35, tra),
    K(
        "topped out",
        "record",
        f"{tra}; highest month of Nov 2016..Dec 2025 for KOR 854231",
        "highest of 2025 and of the stored series",
    ),
)

a, tra = rep("MYS", 854232, "2026-05", "2026-05")
b, trb = rep("MYS", 854232, "2025-05", "2025-05")
add(
    D26,
    "Malaysia's memory exports, a sideline for years, jumped more than fivefold in May from a year earlier to $4.2 billion.",
    S("more than fivefold", "multiple", a / b, 5.0, INF, f"{tra}; May 2025: {trb}; ratio {a / b:.2f}"),
    S("$4.2 billion", "amount", a, 4.15, 4.25, tra),
)

# ---- SIA/WSTS and SEMI releases ----
W_ = "wsts_sia_transcribed/wsts_sia_monthly_sales_and_regional_growth.csv"
q = float(t.reported(W_, period="2024Q2", region="World", measure="sales_quarter")[0]["value"])
qy = float(t.reported(W_, period="2024Q2", region="World", measure="yoy_pct")[0]["value"])
add(
    "2024-08-06",
    "The chip industry's trade body put second-quarter sales at $149.9 billion, 28.3% above the same quarter of 2023.",
    S("$149.9 billion", "amount", q, 149.85, 149.95, f"{W_}: 2024Q2 World sales_quarter {q}"),
    C("28.3% above", "change", qy, 28.25, 28.35, pts=True, truth=f"{W_}: 2024Q2 World yoy_pct {qy}"),
)

am = float(t.reported(W_, period="2024-06", region="Americas", measure="yoy_pct")[0]["value"])
eu = float(t.reported(W_, period="2024-06", region="Europe", measure="yoy_pct")[0]["value"])
add(
    "2024-08-06",
    "Chip sales in the Americas led with growth of nearly 43% year on year in June, while Europe's sales shrank by more than a tenth.",
    S("nearly 43%", "change", am, 40.85, 42.999, f"{W_}: 2024-06 Americas yoy_pct {am}"),
    S("shrank by more than a tenth", "change", eu, -INF, -10.0, f"{W_}: 2024-06 Europe yoy_pct {eu}"),
)

f25 = float(t.reported(W_, period="2025-02", region="World", measure="sales_3mma")[0]["value"])
fy = float(t.reported(W_, period="2025-02", region="World", measure="yoy_pct")[0]["value"])
add(
    "2025-04-08",
    "February's three-month average of global chip sales, $54.9 billion, was up 27% on a year earlier.",
    S("$54.9 billion", "amount", f25, 54.85, 54.95, f"{W_}: 2025-02 World sales_3mma {f25}"),
    C("up 27%", "change", fy, 26.5, 27.5, f"{W_}: 2025-02 World yoy_pct {fy}", "release says 17.1%", pts=True),
)

a, tra = se("2024", "China")
T, trt = se("2024", "Total")
add(
    "2025-04-15",
    "SEMI's count of equipment billings for 2024 was $117.1 billion, and Chinese fabs accounted for over 40% of it.",
    S("$117.1 billion", "amount", T, 117.05, 117.15, trt),
    S("over 40%", "share", 100 * a / T, 40.0, INF, f"{tra}; / {trt}; share {100 * a / T:.1f}%"),
)

b, trb = se("2020", "China")
add(
    "2025-04-15",
    "Chinese fabs' tool spending in 2024, some $49.6 billion, was more than three times its 2020 level.",
    S("some $49.6 billion", "amount", a, 47.1, 52.1, tra),
    C("more than three times", "multiple", a / b, 3.0, INF, truth=f"{tra}; 2020: {trb}; ratio {a / b:.2f}"),
)

k_, trk = se("2024", "Korea")
tw_, trtw = se("2024", "Taiwan")
rk = sorted(
    ((se("2024", r)[0], r) for r in ["China", "Europe", "Japan", "Korea", "North America", "Rest of World", "Taiwan"]),
    reverse=True,
)
add(
    "2025-04-15",
    "In SEMI's 2024 equipment billings Korea came second with $20.5 billion, ahead of Taiwan's $16.6 billion, and North America was a distant fifth.",
    S("second", "rank", [r for _, r in rk].index("Korea") + 1, 2, 2, f"{t.SEMI}: 2024 regions ranked {rk}"),
    S("$20.5 billion", "amount", k_, 20.45, 20.55, trk),
    S("$16.6 billion", "amount", tw_, 16.55, 16.65, trtw),
    C(
        "a distant fifth",
        "rank",
        [r for _, r in rk].index("North America") + 1,
        5,
        5,
        f"{t.SEMI}: 2024 regions ranked {rk}",
        "North America was fourth (13.7 bn) ahead of Japan (7.8)",
    ),
)

a, tra = se("2024Q3", "North America")
b, trb = se("2024Q2", "North America")
add(
    "2024-12-05",
    "In the third quarter, North American equipment billings rose about 45% from the second, to $4.43 billion.",
    C(
        "rose about 45%",
        "change",
        pct(a, b),
        42.75,
        47.25,
        pts=True,
        truth=f"{tra}; Q2: {trb}; change {pct(a, b):.1f}%",
    ),
    S("$4.43 billion", "amount", a, 4.425, 4.435, tra),
)

a, tra = se("2023", "Total")
add(
    "2024-04-10",
    "Tool makers billed $106.3 billion in 2023, a slight dip from 2022.",
    S("$106.3 billion", "amount", a, 106.25, 106.35, tra),
    S(
        "a slight dip",
        "direction",
        pct(a, se("2022", "Total")[0]),
        -3.0,
        -0.0001,
        f"{tra}; 2022 {se('2022', 'Total')[0]}",
    ),
)

# ---- Taiwan MOF 2020 (Huawei) and China's lithography imports ----
TM = "taiwan_exports_2020_huawei_transcribed/taiwan_mof_exports_2020_transcribed.csv"
r = t.reported(TM, period_label="Aug 2020", product_as_reported="integrated circuits (IC sector)")[0]
add(
    "2020-10-05",
    "Taiwan's finance ministry said IC-sector exports hit $11.285 billion in August, up 20.4%, as Huawei raced to stockpile before US curbs bit.",
    S(
        "$11.285 billion",
        "amount",
        float(r["value_as_printed"]),
        11.2845,
        11.2855,
        f"{TM}: Aug 2020 IC sector {r['value_as_printed']}",
    ),
    S("up 20.4%", "change", 20.4, 20.35, 20.45, f"{TM}: {r['change_as_printed']}"),
)

r = t.reported(TM, period_label="Jan-Aug 2020", product_as_reported="integrated circuits (IC sector)")[0]
add(
    "2020-10-05",
    "Across the first eight months of 2020 the Taiwanese IC sector's sales abroad reached about $90 billion, up over a fifth.",
    C(
        "about $90 billion",
        "amount",
        float(r["value_as_printed"]),
        85.5,
        94.5,
        truth=f"{TM}: Jan-Aug 2020 IC sector {r['value_as_printed']}",
    ),
    S("up over a fifth", "change", 21.6, 20.0, INF, f"{TM}: {r['change_as_printed']}"),
)

r = t.reported(TM, period_label="Aug 2020", product_as_reported="all goods", partner="World")[0]
add(
    "2020-09-08",
    "Taiwan's total August exports of $31.17 billion set a record, the ministry said; officials reckoned Huawei's front-loading added between $1.5 billion and $2 billion.",
    S(
        "$31.17 billion",
        "amount",
        float(r["value_as_printed"]),
        31.165,
        31.175,
        f"{TM}: Aug 2020 all goods {r['value_as_printed']}",
    ),
    S(
        "a record",
        "record",
        1,
        1,
        1,
        f"{TM}: quote '{r['quote'][:80]}' (release says record)",
        "repeats the release as transcribed",
    ),
    S(
        "between $1.5 billion and $2 billion",
        "amount",
        1,
        1,
        1,
        f"{TM}: Aug 2020 estimate row 'between US$1.5 billion and US$2 billion'",
        "repeats the ministry estimate",
    ),
)

L = "china_lithography_imports_transcribed/china_lithography_equipment_imports_transcribed.csv"
u23 = float(t.reported(L, period_label="2023", measure="import_units", partner="Netherlands")[0]["value_as_printed"])
u21 = float(t.reported(L, period_label="2021", measure="import_units", partner="Netherlands")[0]["value_as_printed"])
add(
    "2024-02-01",
    "China took delivery of 176 Dutch lithography machines in 2023, almost double the 2021 count.",
    S("176", "count", u23, 176, 176, f"{L}: 2023 Netherlands import_units {u23}"),
    S("almost double", "multiple", u23 / u21, 1.8, 1.999, f"{L}: 2023 {u23} / 2021 {u21} = {u23 / u21:.2f}"),
)

add(
    "2023-12-20",
    "In November alone China imported 42 lithography systems, of which 20 came from Japan.",
    S("42 lithography systems", "count", 42, 42, 42, f"{L}: Nov 2023 World units 42"),
    C("20 came from Japan", "count", 15, 20, 20, f"{L}: Nov 2023 Japan import_units 15", "the release says fifteen"),
)

# ---- non-trade numbers, data not in the store, consistent ----
add(
    "2025-01-16",
    "The rule adds 25 Chinese entities to the entity list and caps exports of accelerators built on nodes of 16 nanometres or finer.",
    N("25 Chinese entities", "not_trade", "a count the trade data do not hold"),
    N("16 nanometres", "not_trade", "technology node"),
)

add(
    "2025-04-03",
    "The White House's new levy of 32% on Taiwanese goods exempts semiconductors, for now.",
    N("32%", "not_trade", "tariff rate"),
)

add(
    "2026-04-22",
    "TSMC, which makes roughly 90% of the world's most advanced chips, lifted first-quarter revenue by 41%.",
    N("roughly 90%", "not_trade", "company/industry figure"),
    N("41%", "not_trade", "company revenue"),
)

add(
    D26,
    "The planned sectoral chip tariff would start at 25% and could rise to 100% for firms not building in America.",
    N("25%", "not_trade", "tariff rate"),
    N("100%", "not_trade", "tariff rate"),
)

add(
    D26,
    "Taiwan now supplies more of America's processors than any other country.",
    K(
        "more of America's processors than any other country",
        "rank",
        f"{us('TW', 854231, '2026-01', '2026-07')[1]}; largest among the partners in the store (TW, KR, VN, MY, JP, CN); other origins not stored",
        "rank among stored partners only",
    ),
)

add(
    D26,
    "American imports of chips of every kind reached about $40 billion over the past year.",
    N(
        "about $40 billion",
        "amount",
        "US claim about chips in general (HS 8542); the US monthly series hold 854231 and 854232 only",
    ),
)

add(
    D26,
    "August figures, due next month, are expected to show Taiwanese processor shipments above $1.2 billion.",
    N("above $1.2 billion", "amount", "August 2026 is after the last stored month (July 2026); a forecast"),
)

add(
    D26,
    "Korea's chip exports to Vietnam, its second-biggest market, rose 18% in the first half.",
    N("second-biggest market", "rank", "Korea's exports by destination are not in the store"),
    N("rose 18%", "change", "Korea's exports to Vietnam are not in the store"),
)

a, tra = us("TW", 854231, "2026-06", "2026-06")
add(
    D26,
    "Taiwanese processors worth well over $1 billion arrived in the US in June, and some $1.5 billion a month on average through the second quarter.",
    S("well over $1 billion", "amount", a, 1.05, INF, tra),
    C(
        "some $1.5 billion a month on average",
        "amount",
        us("TW", 854231, "2026-04", "2026-06")[0] / 3,
        1.425,
        1.575,
        f"{us('TW', 854231, '2026-04', '2026-06')[1]} / 3 = {us('TW', 854231, '2026-04', '2026-06')[0] / 3:.3f}",
        "average is about $1.24 billion",
    ),
)

a, tra = tw("US", 2025)
add(
    D25,
    "Taiwan's chip shipments to America are on course for a record this year, with $4.8 billion in the bag by July.",
    N("a record", "record", "a projection for full-year 2025; only Jan-Jul 2025 is stored", f"{tra}"),
    S("$4.8 billion", "amount", a, 4.75, 4.85, tra),
)

a, tra = tw("US", 2025)
b, trb = tw("US", 2024)
add(
    D25,
    "The island's IC sales to American customers in January-July were running at about four-fifths of the whole of 2024.",
    C("about four-fifths", "share", 100 * a / b, 76.0, 84.0, truth=f"{tra}; 2024: {trb}; ratio {100 * a / b:.1f}%"),
)

a, tra = tw("China", 2021)
b, trb = tw("China", 2020)
add(
    "2022-03-01",
    "Mainland buyers took about $49 billion of Taiwanese chips in 2021, up 27% from the pandemic year.",
    S("about $49 billion", "amount", a, 46.55, 51.45, tra),
    C("up 27%", "change", pct(a, b), 26.5, 27.5, pts=True, truth=f"{tra}; 2020: {trb}; change {pct(a, b):.2f}%"),
)

a, tra = us("KR", 854231, "2025-01", "2025-09")
b, trb = us("KR", 854231, "2024-01", "2024-09")
add(
    "2025-11-20",
    "Korean processors bought by American firms in the first nine months slid by roughly 43% to half a billion dollars.",
    S(
        "slid by roughly 43%",
        "change",
        pct(a, b),
        -45.15,
        -40.85,
        f"{tra}; Jan-Sep 2024: {trb}; change {pct(a, b):.1f}%",
    ),
    S("half a billion dollars", "amount", a, 0.475, 0.525, tra),
)

a, tra = us("World", 854232, "2024-01", "2024-12")
add(
    "2025-02-10",
    "US memory-chip imports were a modest $1.9 billion affair in 2024, a rounding error next to the $24 billion spent on processors.",
    S("$1.9 billion", "amount", a, 1.85, 1.95, tra),
    C(
        "$24 billion",
        "amount",
        us("World", 854231, "2024-01", "2024-12")[0],
        23.5,
        24.5,
        truth=us("World", 854231, "2024-01", "2024-12")[1],
    ),
)


# ---- more shapes: consistent (coarser or partial data), contradicted, not checkable ----
a, tra = us("KR", 854232, "2026-01", "2026-07")
b, trb = us("TW", 854232, "2026-01", "2026-07")
add(
    D26,
    "This year South Korea has pulled ahead of Taiwan as the biggest supplier of memory chips to the United States.",
    K(
        "the biggest supplier of memory chips to the United States",
        "rank",
        f"{tra}; Taiwan {b:.3f}; first among the stored partners (TW, KR, VN, MY, JP, CN); other origins not stored",
        "rank among stored partners only",
    ),
    S(
        "pulled ahead of Taiwan",
        "direction",
        a / b,
        1.0001,
        INF,
        f"{tra}; Taiwan {trb}; Jan-Jul 2025: KR {us('KR', 854232, '2025-01', '2025-07')[0]:.3f} < TW {us('TW', 854232, '2025-01', '2025-07')[0]:.3f}",
    ),
)

a, tra = us("VN", 854231, "2026-01", "2026-07")
add(
    D26,
    "Vietnam has become the third-largest source of the processors America imports, behind Taiwan and Malaysia.",
    K(
        "the third-largest source",
        "rank",
        f"{tra}; third among stored partners after TW and Malaysia; Mexico, Ireland, Israel etc. not stored",
        "rank among stored partners only",
    ),
)

add(
    "2025-01-25",
    "In December alone, Taiwan's chip shipments to America topped $600 million, the ministry's monthly table shows.",
    K(
        "topped $600 million",
        "amount",
        f"{tw('US', 2024)[1]}; only the annual total is stored (7.40 bn, average 0.62 bn a month)",
        "monthly Taiwan figure; only the annual total bounds it",
    ),
)

a, tra = tw("Hong Kong", 2022)
mxh = max(tw("Hong Kong", y)[0] for y in range(2013, 2026))
assert a == mxh
add(
    "2023-03-01",
    "Hong Kong's intake of Taiwanese chips hit a record $49 billion in 2022.",
    K("a record", "record", f"{tra}; highest of 2013..2022", "highest of the stored series (from 2013)"),
    S("$49 billion", "amount", a, 48.5, 49.5, tra),
)

a, tra = us("KR", 854232, "2026-04", "2026-04")
mxk = max(us("KR", 854232, m, m)[0] for m in t.months("2017-01", "2026-03"))
add(
    D26,
    "April's Korean memory shipments to America, about $300 million, were the largest since at least 2017, and June's were larger still, an all-time high.",
    S("about $300 million", "amount", a, 0.285, 0.315, tra),
    S("the largest since at least 2017", "record", a, mxk + 1e-9, INF, f"{tra}; max Jan 2017..Mar 2026 = {mxk:.3f}"),
    K(
        "an all-time high",
        "record",
        f"{us('KR', 854232, '2026-06', '2026-06')[1]}; highest of Nov 2016..Jul 2026",
        "highest of the stored series",
    ),
)

a, tra = us("Japan", 854232, "2026-06", "2026-06")
add(
    D26,
    "Japanese memory exports to the US in June were the most for any month on record, at roughly $240 million.",
    K(
        "the most for any month on record",
        "record",
        f"{tra}; highest of Nov 2016..Jul 2026",
        "highest of the stored series",
    ),
    S("roughly $240 million", "amount", a, 0.228, 0.252, tra),
)

a, tra = tw("US", 2024)
add(
    "2025-03-10",
    "Taiwan's chip exports to the US set an all-time high in 2024.",
    K("an all-time high", "record", f"{tra}; highest of 2013..2024", "highest of the stored series (from 2013)"),
)

a, tra = se("2024", "Total")
add(
    "2025-04-15",
    "Global fab-tool billings reached a record $117.1 billion last year, the industry association said.",
    K("a record", "record", f"{tra}; highest of the stored annual totals 2018..2024", "highest of the stored years"),
    S("$117.1 billion", "amount", a, 117.05, 117.15, tra),
)

a, tra = se("2024Q2", "China")
add(
    "2024-09-05",
    "Chinese equipment billings topped $12 billion in a single quarter for the first time in the April-June period.",
    S("topped $12 billion", "amount", a, 12.0, INF, tra),
    K(
        "for the first time",
        "record",
        f"{tra}; highest of the stored quarters, which have gaps (2023Q4, 2024Q1 missing)",
        "quarterly series has gaps",
    ),
)

add(
    "2024-04-01",
    "Mainland buyers took around $11 billion of Taiwanese chips in the first quarter, the finance ministry said.",
    K(
        "around $11 billion",
        "amount",
        f"{tw('China', 2024)[1]}; only the annual total is stored (48.47 bn, 12.1 a quarter on average)",
        "quarterly figure; only the annual total bounds it",
    ),
)

add(
    "2024-02-01",
    "China bought less than $1 billion of American chips in each month of 2023.",
    K(
        "less than $1 billion",
        "amount",
        f"{cn(2023)[1]}; annual only: average 0.69 bn a month; single months not stored",
        "annual total bounds the monthly claim only loosely",
    ),
)

a, tra = us("TW", 854231, "2026-07", "2026-07")
b, trb = us("TW", 854231, "2026-06", "2026-06")
add(
    D26,
    "Taiwanese processor shipments to the US have now risen for four months in a row.",
    C(
        "risen for four months in a row",
        "streak",
        0,
        4,
        4,
        f"{tra}; June: {trb}; July fell, so the run of rises ending July is 0",
        "July was below June",
    ),
)

a, tra = us("VN", 854231, "2026-06", "2026-06")
b, trb = us("VN", 854231, "2026-05", "2026-05")
add(
    D26,
    "Vietnamese processor shipments to the US climbed again in June.",
    C(
        "climbed again",
        "direction",
        pct(a, b),
        0.0001,
        INF,
        f"{tra}; May: {trb}; change {pct(a, b):.1f}%",
        "they fell by about three-quarters",
    ),
)

a, tra = us("Malaysia", 854231, "2025-03", "2025-03")
mxm = max(us("Malaysia", 854231, m, m)[0] for m in t.months("2018-01", "2025-02"))
add(
    "2025-05-10",
    "Malaysia's March processor shipments to the US, $1.13 billion, were the highest since at least 2018.",
    S("$1.13 billion", "amount", a, 1.125, 1.135, tra),
    C(
        "the highest since at least 2018",
        "record",
        a,
        mxm,
        INF,
        f"{tra}; max Jan 2018..Feb 2025 = {mxm:.3f}",
        "an earlier month was higher",
    ),
)

rkj = rk24.index("日本") + 1
add(
    "2025-03-10",
    "Japan was the third-largest destination for Taiwan's chips in 2024, while the United States took close to 10% of the total.",
    C("the third-largest destination", "rank", rkj, 3, 3, f"{t.TWC}: 2024 ranked {rk24[:6]}", "Japan was fifth"),
    C(
        "close to 10%",
        "share",
        100 * tw("US", 2024)[0] / W,
        9.5,
        9.999,
        f"{tw('US', 2024)[1]}; / {trw}; share {100 * tw('US', 2024)[0] / W:.2f}%",
        pts=True,
    ),
)

a, tra = tw("Hong Kong", 2021)
b, trb = tw("Hong Kong", 2013)
add(
    "2022-03-01",
    "Hong Kong's purchases of Taiwanese chips in 2021 had trebled since 2013.",
    C("trebled", "multiple", a / b, 2.85, 3.15, f"{tra}; 2013: {trb}; ratio {a / b:.2f}", "they rose about 2.3 times"),
)

ap = float(t.reported(W_, period="2024-04", region="Americas", measure="yoy_pct")[0]["value"])
jpy = float(t.reported(W_, period="2024-04", region="Japan", measure="yoy_pct")[0]["value"])
add(
    "2024-06-06",
    "Chip sales in the Americas grew 32.4% from a year earlier in April, and even Japan's rose.",
    S("grew 32.4%", "change", ap, 32.35, 32.45, f"{W_}: 2024-04 Americas yoy_pct {ap}"),
    C("rose", "direction", jpy, 0.0001, INF, f"{W_}: 2024-04 Japan yoy_pct {jpy}", "Japan fell 7.8%"),
)

a, tra = se("2024", "Europe")
add(
    "2025-04-15",
    "European fabs spent about $8 billion on tools in 2024.",
    C("about $8 billion", "amount", a, 7.6, 8.4, tra),
)

m = t.reported(
    "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv",
    period_label="Jun 2019",
    partner="China",
    product_as_reported="semiconductors (within ICT exports to China)",
)[0]
m2 = t.reported(
    "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv",
    period_label="Jun 2019",
    partner="World",
    product_as_reported="semiconductors",
)[0]
add(
    "2019-07-15",
    "Korea's chip exports fell 25.3% in June to $8.4 billion, and shipments to China dropped by about a fifth.",
    S(
        "fell 25.3%",
        "change",
        -25.3,
        -25.35,
        -25.25,
        f"MSIT/MOTIE transcribed: Jun 2019 World semiconductors {m2['yoy_as_printed']}",
    ),
    S(
        "$8.4 billion",
        "amount",
        float(m2["value_as_printed"]),
        8.35,
        8.45,
        f"transcribed: Jun 2019 World {m2['value_as_printed']}",
    ),
    C(
        "dropped by about a fifth",
        "change",
        -32.3,
        -21.0,
        -19.0,
        f"transcribed: Jun 2019 China semiconductors {m['yoy_as_printed']}",
        "release says -32.3%",
        pts=True,
    ),
)

add(
    "2023-02-01",
    "Dutch lithography machines imported by China fell to 68 in 2022 from 93 the year before.",
    C("68", "count", 78, 68, 68, f"{L}: 2022 Netherlands import_units 78"),
    S("93", "count", 93, 93, 93, f"{L}: 2021 Netherlands import_units 93"),
)

a, tra = wd("Singapore", 2023)
h, trh = wd("China, Hong Kong SAR", 2023)
rkw = t.wld()[t.wld().refYear == "2023"].groupby("reporterDesc").v.sum().sort_values(ascending=False).index.tolist()
add(
    "2025-11-05",
    "Hong Kong was the world's largest exporter of integrated circuits in 2023, while Singapore's sales abroad passed $120 billion.",
    S(
        "the world's largest exporter",
        "rank",
        rkw.index("China, Hong Kong SAR") + 1,
        1,
        1,
        f"{t.WLD}: 2023 ranked {rkw[:4]}",
    ),
    C("passed $120 billion", "amount", a, 120.0, INF, tra),
)

r = t.reported(TM, period_label="Aug 2020", product_as_reported="all goods", partner="World")[0]
add(
    "2020-09-10",
    "Taiwan's August exports rose 18.3% on the year, the ministry said.",
    C(
        "rose 18.3%",
        "change",
        8.3,
        18.25,
        18.35,
        f"{TM}: Aug 2020 all goods {r['change_as_printed']}",
        "the release says 8.3%",
        pts=True,
    ),
)

add(
    "2026-02-10",
    "Samsung's operating profit of 20 trillion won in the quarter came as its 2-nanometre line ramped up.",
    N("20 trillion won", "not_trade", "company figure in another currency"),
    N("2-nanometre", "not_trade", "technology node"),
)

add(
    D26,
    "Shipments from Korea rose 40% in the quarter, traders said.",
    N(
        "rose 40%",
        "change",
        "ambiguous: product (processors, memories or all goods), quarter (Q2 or the quarter to July) and basis (on the year or on the quarter) unstated",
    ),
)

add(
    "2025-12-01",
    "Japan's chip exports in yen terms climbed 12% in October.",
    N("12%", "change", "another currency (yen), and Japan's October 2025 figure by product is not named"),
)

add(
    D25,
    "On that pace Taiwan's full-year chip exports would come in around $190 billion.",
    N("around $190 billion", "amount", "a projection of full-year 2025; only Jan-Jul 2025 is stored"),
)

add(
    D26,
    "US processor imports from Korea rebounded in the spring.",
    S(
        "rebounded",
        "direction",
        pct(us("KR", 854231, "2026-04", "2026-06")[0], us("KR", 854231, "2026-01", "2026-03")[0]),
        0.0001,
        INF,
        f"{us('KR', 854231, '2026-04', '2026-06')[1]}; vs Q1 2026 {us('KR', 854231, '2026-01', '2026-03')[0]:.3f}",
        "spring read as Apr-Jun vs Jan-Mar",
    ),
)

a, tra = rep("KOR", 854231, "2025-01", "2025-12")
b, trb = rep("KOR", 854231, "2024-01", "2024-12")
add(
    "2026-03-01",
    "Korean processor exports edged up last year, to $36.7 billion.",
    S("edged up", "direction", pct(a, b), 0.0001, 5.0, f"{tra}; 2024: {trb}; change {pct(a, b):.2f}%"),
    S("$36.7 billion", "amount", a, 36.65, 36.75, tra),
)


add(
    D25,
    "Taiwan's chip exports to India in the first half of 2025 exceeded $2 billion.",
    K(
        "exceeded $2 billion",
        "amount",
        f"{tw('India', 2025)[1]}; only Jan-Jul is stored (2.56 bn); H1 not separable",
        "partial-period data: Jan-Jul total bounds H1 from above only",
    ),
)

add(
    D25,
    "Taiwan's chip shipments to American customers in the first quarter were worth about $2 billion.",
    K(
        "about $2 billion",
        "amount",
        f"{tw('US', 2025)[1]}; Q1 not separable from the Jan-Jul total",
        "only a coarser period is stored",
    ),
)

add(
    D26,
    "Malaysia remains the second-largest source of US processor imports.",
    K(
        "the second-largest source",
        "rank",
        f"{us('Malaysia', 854231, '2026-01', '2026-07')[1]}; second among stored partners after Taiwan",
        "rank among stored partners only",
    ),
)

add(
    "2025-11-05",
    "South Korea's chip exports made up about 16% of the world total in 2024.",
    N(
        "about 16%",
        "share",
        "the 2024 all-reporters table holds only 86 reporters (Taiwan and Singapore among those missing); the denominator is incomplete",
        f"{wd('Rep. of Korea', 2024)[1]}; / {wd(None, 2024)[1]} (incomplete)",
    ),
)

add(
    "2024-12-10",
    "China's purchases of US chips in the first half of 2024 exceeded $5 billion.",
    K(
        "exceeded $5 billion",
        "amount",
        f"{cn(2024)[1]}; GACC Jan-Oct 2024 9.61 bn; H1 alone not stored",
        "coarser periods only",
    ),
)

add(
    "2024-08-01",
    "Taiwan's fabs spent around $4 billion on tools in the first quarter of 2024.",
    K(
        "around $4 billion",
        "amount",
        f"{se('2024', 'Taiwan')[1]}; 2024Q1 not stored (2024Q2 3.90, 2024Q3 4.69)",
        "only the annual total and other quarters are stored",
    ),
)


# ======================= articles =======================
ART: list[dict] = []


def article(aid: str, date: str, text: str, *labels: dict) -> None:
    (HERE / "articles").mkdir(exist_ok=True)
    (HERE / "articles" / f"{aid}.md").write_text(text, encoding="utf-8")
    ART.append({"id": aid, "file": f"articles/{aid}.md", "date": date, "labels": list(labels)})


# ---- a1: long-read magazine piece on the US memory rush (data to July 2026) ----
A1 = """# The memory rush: how America's chip buyers turned from logic to storage

For most of the past decade the story of America's semiconductor imports has been a story about processors. Logic chips etched in Hsinchu, tested in Penang and bolted into servers in Texas filled the customs ledgers, while memory was an afterthought, a line item that rarely moved and that few analysts bothered to chart. That changed this spring, and it changed quickly enough that the people who buy these parts for a living are still arguing about why.

Start with the number that caught the trade's attention. In June the value of memory chips entering the United States came to just over $950 million, according to the monthly Comtrade figures, more than four times what arrived in June 2025. It was the fifth monthly gain in a row, and the largest monthly bill in a series that goes back to late 2016. Nobody who tracks the category had pencilled in anything like it at the turn of the year.

Taken over a longer stretch the shift looks even starker. Over the first seven months of 2026 memory imports ran to about $4 billion, already well above the $3.1 billion spent in the whole of 2025. Analysts at one Seoul brokerage attribute most of the surge to high-bandwidth memory for AI accelerators, which they reckon now makes up 60% of the value of what crosses the Pacific; the customs codes cannot confirm that, because they lump every kind of memory together.

The suppliers are the familiar ones, though their fortunes differ. South Korea shipped some $1.5 billion of memory to American buyers in the January-July period, nearly five times what it had sent a year earlier. Taiwan's memory shipments, a smaller business for an island better known for logic, climbed to about $1.4 billion. Japan, long a bit player in this trade, sold roughly three times as much as it had in the first seven months of 2025, though from a low base.

Processors have not stood still in the meantime. America imported almost $22 billion of them between January and July, a rise of about 33% on the year, and Taiwan's share of that bill climbed above 40%.

The loser is Malaysia, which for years handled much of the assembly and testing that turned Taiwanese wafers into finished parts. Its processor sales to the United States fell by about 30% over the same seven months, and in June they dropped to roughly a fifth of their level a year earlier. Executives in Penang blame a shift of back-end work to American soil and to Taiwan itself, though they concede that the data do not show where the work went.

Some of this is a tariff story. The administration's threat of a levy of up to 100% on imported chips, first floated last summer, gave buyers every reason to stock up, and the 15% rate agreed with Seoul and Tokyo left Korean and Japanese goods relatively favoured. Whether the rush outlasts the summer is another matter: July's memory imports were more than a fifth lower than June's.

Korea's own exporters tell a similar story from the other end of the pipe. Memory shipments from Korean ports to all destinations ended 2025 with a December worth $14.6 billion, and the industry ministry expects this year's total to beat last year's. For American buyers the question is no longer whether they can get the parts, but what they will be paying for them by the time the next tariff decision lands.
"""

a_, tra_ = us("World", 854232, "2026-06", "2026-06")
b_, trb_ = us("World", 854232, "2025-06", "2025-06")
j26, trj26 = us("World", 854232, "2026-01", "2026-07")
y25, try25 = us("World", 854232, "2025-01", "2025-12")
kr, trkr = us("KR", 854232, "2026-01", "2026-07")
kr0, trkr0 = us("KR", 854232, "2025-01", "2025-07")
twm, trtwm = us("TW", 854232, "2026-01", "2026-07")
jp, trjp = us("Japan", 854232, "2026-01", "2026-07")
jp0, trjp0 = us("Japan", 854232, "2025-01", "2025-07")
pw, trpw = us("World", 854231, "2026-01", "2026-07")
pw0, trpw0 = us("World", 854231, "2025-01", "2025-07")
ptw, trptw = us("TW", 854231, "2026-01", "2026-07")
my, trmy = us("Malaysia", 854231, "2026-01", "2026-07")
my0, trmy0 = us("Malaysia", 854231, "2025-01", "2025-07")
myj, trmyj = us("Malaysia", 854231, "2026-06", "2026-06")
myj0, trmyj0 = us("Malaysia", 854231, "2025-06", "2025-06")
jl, trjl = us("World", 854232, "2026-07", "2026-07")
ser_ = [us("World", 854232, m, m)[0] for m in t.months("2016-11", "2026-07")]
assert max(ser_) == a_
article(
    "a1",
    D26,
    A1,
    S("just over $950 million", "amount", a_, 0.95, 0.9975, tra_),
    S("more than four times", "multiple", a_ / b_, 4.0, INF, f"{tra_}; June 2025: {trb_}; ratio {a_ / b_:.2f}"),
    S(
        "the fifth monthly gain in a row",
        "streak",
        5,
        5,
        5,
        f"{t.KAZ}: USA World 854232 Jan..Jun 2026 each month above the previous from Feb; Jan below Dec 2025",
    ),
    S(
        "the largest monthly bill in a series that goes back to late 2016",
        "record",
        a_,
        max(ser_[:-2]),
        INF,
        f"{tra_}; max of Nov 2016..May 2026 = {max(ser_[:-2]):.3f}, July 2026 {ser_[-1]:.3f}",
        "bounded by the series start the text names",
    ),
    S("about $4 billion", "amount", j26, 3.8, 4.2, trj26),
    C("$3.1 billion", "amount", y25, 3.05, 3.15, try25),
    N("60%", "share", "brokerage estimate of the HBM share; customs codes do not split memory types"),
    S("some $1.5 billion", "amount", kr, 1.425, 1.575, trkr),
    S("nearly five times", "multiple", kr / kr0, 4.5, 4.999, f"{trkr}; Jan-Jul 2025: {trkr0}; ratio {kr / kr0:.2f}"),
    S("about $1.4 billion", "amount", twm, 1.33, 1.47, trtwm),
    S("roughly three times", "multiple", jp / jp0, 2.85, 3.15, f"{trjp}; Jan-Jul 2025: {trjp0}; ratio {jp / jp0:.2f}"),
    S("almost $22 billion", "amount", pw, 20.9, 21.999, trpw),
    C(
        "about 33%",
        "change",
        pct(pw, pw0),
        31.35,
        34.65,
        pts=True,
        truth=f"{trpw}; Jan-Jul 2025: {trpw0}; change {pct(pw, pw0):.1f}%",
    ),
    S("above 40%", "share", 100 * ptw / pw, 40.0, INF, f"{trptw}; / {trpw}; share {100 * ptw / pw:.1f}%"),
    S(
        "fell by about 30%",
        "change",
        pct(my, my0),
        -31.5,
        -28.5,
        f"{trmy}; Jan-Jul 2025: {trmy0}; change {pct(my, my0):.1f}%",
    ),
    S("roughly a fifth", "multiple", myj / myj0, 0.19, 0.21, f"{trmyj}; June 2025: {trmyj0}; ratio {myj / myj0:.3f}"),
    N("up to 100%", "not_trade", "tariff rate"),
    N("15%", "not_trade", "tariff rate"),
    S(
        "more than a fifth lower",
        "change",
        pct(jl, a_),
        -INF,
        -20.0,
        f"{trjl}; June: {tra_}; change {pct(jl, a_):.1f}%",
    ),
    C(
        "$14.6 billion",
        "amount",
        rep("KOR", 854232, "2025-12", "2025-12")[0],
        14.55,
        14.65,
        truth=rep("KOR", 854232, "2025-12", "2025-12")[1],
    ),
    N("beat last year's", "direction", "a ministry forecast for full-year 2026; not in the store"),
)

# ---- a2: investor note on Taiwan customs, Jan-Jul 2025 ----
A2 = """# Taiwan IC exports: Hong Kong moves to the top, America's share doubles, the mainland cools

Summary. Taiwan's customs data for January to July show integrated-circuit exports of just under $110 billion, with the mainland's share slipping to a quarter of the total. The mix is moving faster than the aggregate, and in our view the change in destinations matters more for the island's foundry and packaging names than the headline value. We keep our overweight stance on the sector.

Destination mix. Hong Kong, at $29.5 billion, is now the single largest destination for the island's chips, ahead of the mainland's $27.3 billion. Much of what goes to Hong Kong is re-exported, so the two are best read together: combined they took a little over half of the total, compared with 52% in 2024 and 59% in 2023. The slow erosion is visible, but it is not the cliff some clients have feared, and the shipments are still overwhelmingly to Chinese assembly lines.

Singapore bought about $11.8 billion, or 14.7% of the total, and South Korea's purchases of $9.0 billion put it fourth among destinations. Korea's memory makers buy Taiwanese logic for their own modules, and the line has held up better than we expected at the start of the year.

The United States. Shipments to American customers came to $4.8 billion in seven months, against $7.4 billion in all of 2024 and $3.5 billion in 2023. The American share, at 4.3%, is about triple what it was two years ago. Part of this is the new Arizona supply chain pulling in Taiwanese parts, and part is AI server assembly moving to Mexico and the US; we would not extrapolate the first half's pace to the full year while tariff talks are unresolved.

Southeast Asia. Vietnam ($3.8 billion) and Malaysia ($8.3 billion) are the other lines to watch. Malaysia's take this year is already 83% of its 2024 total, which says as much about the migration of back-end work out of China as about demand in Penang itself. For the packaging houses we cover, this is the most important line in the release.

Japan. Sales to Japanese buyers, $6.3 billion so far, have fallen well below the pace of 2022 and 2023, when they ran at nearly $16 billion a year. We read this as the end of an inventory cycle in Japanese autos and industrial electronics rather than a loss of share to other suppliers, but the evidence is thin either way.

Equipment. SEMI's billings data show Taiwan's fabs spending $16.6 billion on tools in 2024, third behind China's $49.6 billion and Korea's $20.5 billion, or roughly one third of the Chinese outlay. Taiwan's tool spending tends to lead its export capacity by a year or more, which argues for steady rather than spectacular shipments in 2026.

Risks. The 20% reciprocal tariff on Taiwanese goods announced at the end of July excludes chips for now; a separate sectoral chip tariff is still pending. The largest foundry guided to third-quarter revenue growth of 8% quarter on quarter, which is consistent with our numbers. A broadening of US export controls to mature nodes would hit the mainland line hardest, and we flag it as the main downside risk to our call.
"""

W25, trw25 = tw(None, 2025)
cn25, trcn25 = tw("China", 2025)
hk25, trhk25 = tw("Hong Kong", 2025)
W24, trw24 = tw(None, 2024)
W23, trw23 = tw(None, 2023)
sh24 = 100 * (tw("China", 2024)[0] + tw("Hong Kong", 2024)[0]) / W24
sh23 = 100 * (tw("China", 2023)[0] + tw("Hong Kong", 2023)[0]) / W23
sg25, trsg25 = tw("Singapore", 2025)
kr25, trkr25 = tw("Korea", 2025)
us25, trus25 = tw("US", 2025)
us24, trus24 = tw("US", 2024)
us23, trus23 = tw("US", 2023)
vn25, trvn25 = tw("Vietnam", 2025)
my25, trmy25 = tw("Malaysia", 2025)
my24, trmy24 = tw("Malaysia", 2024)
jp25, trjp25 = tw("Japan", 2025)
jp22, jp23 = tw("Japan", 2022)[0], tw("Japan", 2023)[0]
rk = sorted(
    ((se("2024", r)[0], r) for r in ["China", "Europe", "Japan", "Korea", "North America", "Rest of World", "Taiwan"]),
    reverse=True,
)
article(
    "a2",
    D25,
    A2,
    S("just under $110 billion", "amount", W25, 104.5, 109.999, trw25),
    S(
        "a quarter of the total",
        "share",
        100 * cn25 / W25,
        23.75,
        26.25,
        f"{trcn25}; / {trw25}; share {100 * cn25 / W25:.2f}%",
    ),
    S("$29.5 billion", "amount", hk25, 29.45, 29.55, trhk25),
    S(
        "the single largest destination",
        "rank",
        rk25.index("香港") + 1,
        1,
        1,
        f"{t.TWC}: 2025 Jan-Jul ranked {rk25[:4]}",
    ),
    S("$27.3 billion", "amount", cn25, 27.25, 27.35, trcn25),
    S(
        "a little over half",
        "share",
        100 * (cn25 + hk25) / W25,
        50.0,
        53.0,
        f"{trcn25}; {trhk25}; / {trw25}; share {100 * (cn25 + hk25) / W25:.2f}%",
    ),
    S("52%", "share", sh24, 51.5, 52.5, f"{t.TWC}: 2024 (China + Hong Kong) / World = {sh24:.2f}%"),
    C("59%", "share", sh23, 58.5, 59.5, pts=True, truth=f"{t.TWC}: 2023 (China + Hong Kong) / World = {sh23:.2f}%"),
    S("about $11.8 billion", "amount", sg25, 11.21, 12.39, trsg25),
    C("14.7%", "share", 100 * sg25 / W25, 14.65, 14.75, pts=True, truth=f"{trsg25}; / {trw25}"),
    S("$9.0 billion", "amount", kr25, 8.95, 9.05, trkr25),
    S("fourth", "rank", rk25.index("南韓") + 1, 4, 4, f"{t.TWC}: 2025 Jan-Jul ranked {rk25[:5]}"),
    S("$4.8 billion", "amount", us25, 4.75, 4.85, trus25),
    S("$7.4 billion", "amount", us24, 7.35, 7.45, trus24),
    S("$3.5 billion", "amount", us23, 3.45, 3.55, trus23),
    S("4.3%", "share", 100 * us25 / W25, 4.25, 4.35, f"{trus25}; / {trw25}"),
    C(
        "about triple",
        "multiple",
        (us25 / W25) / (us23 / W23),
        2.85,
        3.15,
        truth=f"share 2025 Jan-Jul {100 * us25 / W25:.2f}% vs 2023 {100 * us23 / W23:.2f}%; ratio {(us25 / W25) / (us23 / W23):.2f}",
    ),
    S("$3.8 billion", "amount", vn25, 3.75, 3.85, trvn25),
    S("$8.3 billion", "amount", my25, 8.25, 8.35, trmy25),
    S("83%", "share", 100 * my25 / my24, 82.5, 83.5, f"{trmy25}; / {trmy24}; {100 * my25 / my24:.2f}%"),
    S("$6.3 billion", "amount", jp25, 6.25, 6.35, trjp25),
    S(
        "nearly $16 billion a year",
        "amount",
        max(jp22, jp23),
        15.2,
        15.999,
        f"{t.TWC}: Japan 2022 = {jp22:.2f} bn, 2023 = {jp23:.2f} bn",
    ),
    S("$16.6 billion", "amount", se("2024", "Taiwan")[0], 16.55, 16.65, se("2024", "Taiwan")[1]),
    S("third", "rank", [r for _, r in rk].index("Taiwan") + 1, 3, 3, f"{t.SEMI}: 2024 regions ranked {rk}"),
    S("$49.6 billion", "amount", se("2024", "China")[0], 49.55, 49.65, se("2024", "China")[1]),
    S("$20.5 billion", "amount", se("2024", "Korea")[0], 20.45, 20.55, se("2024", "Korea")[1]),
    S(
        "roughly one third",
        "share",
        100 * se("2024", "Taiwan")[0] / se("2024", "China")[0],
        31.67,
        35.0,
        f"16.6 / 49.6 = {100 * 16.6 / 49.6:.1f}%",
    ),
    N("20%", "not_trade", "tariff rate"),
    N("8%", "not_trade", "company revenue guidance"),
)

# ---- a3: local business paper, Penang (data to July 2026) ----
A3 = """# Penang's chipmakers ride a memory wave as American orders thin

GEORGE TOWN — It has been a good year for the factories strung along the Bayan Lepas expressway, though not for the reason most people here expected. The American customers that sustained the state's electronics industry through the last downturn are buying less, and it is memory, long a sideline for Malaysian plants, that is doing the heavy lifting.

According to the monthly UN Comtrade figures for Malaysia, the country's exports of processors and controllers reached about $54 billion over January to July, roughly 47% more than in the same months a year earlier. Memory chips have done even better: $18.5 billion in seven months, more than three and a half times last year's pace. May was the peak, when memory exports touched $4.2 billion, and June and July were each above $2.5 billion, a level the industry here had never seen before this spring.

The American side of the ledger is weaker, and that worries the state's planners more than the headline numbers cheer them. US customs figures show imports of Malaysian processors at $3.65 billion in the first seven months of the year, down 30% from a year earlier, and the June figure was the lowest since at least 2017. A senior manager at one Bayan Lepas packaging house, who asked not to be named, said American orders had been "pulled forward into last year and then simply stopped". His firm has nonetheless grown its headcount to 4,200 from 3,000 two years ago, on the back of work for Korean and Chinese memory customers.

The longer view is kinder to Malaysia. The country exported $74.7 billion of integrated circuits to all markets in 2023, the UN's annual table shows, making it the sixth-largest exporter in the world that year, behind Hong Kong, Taiwan, mainland China, Singapore and South Korea. In 2024 it shipped $76.6 billion, although that year's table is still missing several large reporters and cannot yet be used for rankings.

Much of what leaves Penang arrives first from Taiwan. Taiwanese customs data show the island sold Malaysian buyers $9.9 billion of chips in 2024, up 24% on 2023, and local executives describe Taiwan as the state's largest supplier of wafers and dies. The flows are tightly linked: a Taiwanese wafer that is packaged in Kulim and then shipped to a server plant in Mexico counts once as a Taiwanese export and again as a Malaysian one.

The state government, for its part, is looking past the swings of any one year. It has set a target of RM50 billion of new semiconductor investment by 2030 and is courting front-end wafer fabrication for the first time, an ambition that would take Penang beyond the assembly and testing work that made its name.

For now the exporters will be watching Washington. Malaysian goods face a 19% US tariff under this year's reciprocal regime, from which chips are for the moment exempt, and a separate chip tariff remains under study. "If it comes, we will know within a month," said the packaging manager. "The orders will tell us before the government does."
"""

mj, trmj = rep("MYS", 854231, "2026-01", "2026-07")
mj0, trmj0 = rep("MYS", 854231, "2025-01", "2025-07")
mm, trmm = rep("MYS", 854232, "2026-01", "2026-07")
mm0, trmm0 = rep("MYS", 854232, "2025-01", "2025-07")
may, trmay = rep("MYS", 854232, "2026-05", "2026-05")
jn = min(rep("MYS", 854232, "2026-06", "2026-06")[0], rep("MYS", 854232, "2026-07", "2026-07")[0])
mser = [rep("MYS", 854232, m, m)[0] for m in t.months("2024-06", "2026-07")]
assert max(mser) == may
ujj, trujj = us("Malaysia", 854231, "2026-01", "2026-07")
ujj0, trujj0 = us("Malaysia", 854231, "2025-01", "2025-07")
ujun, trujun = us("Malaysia", 854231, "2026-06", "2026-06")
umin = min(us("Malaysia", 854231, m, m)[0] for m in t.months("2017-01", "2026-05"))
w23 = t.wld()[t.wld().refYear == "2023"].groupby("reporterDesc").v.sum().sort_values(ascending=False)
rkm = w23.index.tolist().index("Malaysia") + 1
article(
    "a3",
    D26,
    A3,
    S("about $54 billion", "amount", mj, 51.3, 56.7, trmj),
    C(
        "roughly 47% more",
        "change",
        pct(mj, mj0),
        44.65,
        49.35,
        pts=True,
        truth=f"{trmj}; Jan-Jul 2025: {trmj0}; change {pct(mj, mj0):.1f}%",
    ),
    S("$18.5 billion", "amount", mm, 18.45, 18.55, trmm),
    S(
        "more than three and a half times",
        "multiple",
        mm / mm0,
        3.5,
        INF,
        f"{trmm}; Jan-Jul 2025: {trmm0}; ratio {mm / mm0:.2f}",
    ),
    K(
        "May was the peak",
        "record",
        f"{trmay}; highest month of the stored MYS series Jun 2024..Jul 2026",
        "highest of a short stored series",
    ),
    S("$4.2 billion", "amount", may, 4.15, 4.25, trmay),
    S(
        "each above $2.5 billion",
        "amount",
        jn,
        2.5,
        INF,
        f"{t.KAZ}: MYS World 854232 Jun 2026 / Jul 2026, min = {jn:.3f} bn",
    ),
    N(
        "a level the industry here had never seen before",
        "record",
        "the stored MYS series starts only in June 2024; 'never' cannot be bounded",
    ),
    S("$3.65 billion", "amount", ujj, 3.645, 3.655, trujj),
    S(
        "down 30%",
        "change",
        pct(ujj, ujj0),
        -30.5,
        -29.5,
        f"{trujj}; Jan-Jul 2025: {trujj0}; change {pct(ujj, ujj0):.2f}%",
    ),
    S(
        "the lowest since at least 2017",
        "record",
        ujun,
        0,
        umin - 1e-9,
        f"{trujun}; min of Jan 2017..May 2026 = {umin:.3f} bn",
    ),
    N("4,200", "not_trade", "company headcount"),
    N("3,000", "not_trade", "company headcount"),
    S("$74.7 billion", "amount", w23["Malaysia"] / BN, 74.65, 74.75, wd("Malaysia", 2023)[1]),
    S(
        "the sixth-largest exporter in the world",
        "rank",
        rkm,
        6,
        6,
        f"{t.WLD}: 2023 reporters ranked {[(r, round(v / BN, 1)) for r, v in w23.head(6).items()]} (Other Asia, nes = Taiwan)",
    ),
    S("$76.6 billion", "amount", wd("Malaysia", 2024)[0], 76.55, 76.65, wd("Malaysia", 2024)[1]),
    S("$9.9 billion", "amount", tw("Malaysia", 2024)[0], 9.85, 9.95, tw("Malaysia", 2024)[1]),
    C(
        "up 24%",
        "change",
        pct(tw("Malaysia", 2024)[0], tw("Malaysia", 2023)[0]),
        23.5,
        24.5,
        pts=True,
        truth=f"{tw('Malaysia', 2024)[1]}; 2023: {tw('Malaysia', 2023)[1]}; change {pct(tw('Malaysia', 2024)[0], tw('Malaysia', 2023)[0]):.2f}%",
    ),
    N("the state's largest supplier of wafers and dies", "rank", "Malaysia's imports by origin are not in the store"),
    N("RM50 billion", "amount", "another currency (ringgit), an investment target"),
    N("19%", "not_trade", "tariff rate"),
    N("within a month", "not_trade", "a quoted remark, not a figure"),
)

# ---- a4: think-tank brief on China's chip imports (date 2025-06-01) ----
A4 = """# Brief: China's chip import bill and the limits of export controls

Three years into Washington's campaign of export controls on advanced semiconductors, the trade data tell a more mixed story than either side of the debate likes to admit. This brief sets out what the customs records show, and what they cannot.

The aggregate first. China's customs agency reported imports of integrated circuits worth $385 billion in 2024, up 10.4% on 2023, and a volume of 549.2 billion units, up 14.6%. The value had fallen in 2022, when the General Administration of Customs put the bill at $415.6 billion, 3.9% below the year before, and it fell again, steeply, in the first half of 2023. Last year's recovery therefore leaves the import bill below the 2022 level, not above it.

Chinese purchases of American chips are more volatile than the total. UN Comtrade's annual table shows them at $11.75 billion in 2024 after $8.31 billion in 2023, a rebound of 41%, but still well below the $17.7 billion of 2021. Over a longer horizon the 2024 figure is almost exactly what China bought from the United States in 2018, about $12 billion, before the first round of controls on Huawei. In other words, six years of restrictions have left the dollar value of the trade roughly where it started, while its composition has shifted towards the mature and legacy products the rules do not reach.

Monthly releases from Beijing point the same way. Imports of American chips in October 2024 came to $1.11 billion, up 60% on a year earlier, and had exceeded $1 billion in every month from June to October, as buyers stocked up ahead of the rules Washington published in December. That pattern of front-loading, visible in the months before each tightening, is the clearest trace the controls leave in the data.

Taiwan remains the larger supplier by far. The island's own customs records show it sent $48.5 billion of integrated circuits to the mainland in 2024, 29.4% of its total chip exports, and a further $41.8 billion to Hong Kong, much of which is re-exported north. Shipments to the mainland alone were more than four times China's purchases from the United States that year.

Tools tell the sharper story. Imports of Dutch lithography machines rose from 40 in 2019 to 176 in 2023, a more than fourfold increase, and SEMI's figures show Chinese fabs spending $49.6 billion on equipment in 2024, more than Korea and Taiwan combined. This is what stockpiling ahead of controls looks like when the items are machines rather than chips: lumpy, front-loaded and concentrated in the quarters before each new rule.

The policy itself is expanding. The December 2024 package added 140 entities to the entity list and restricted exports of high-bandwidth memory, and the controls on logic already reach 16 nanometres and below. Each step has been followed by a surge of buying in the months before it took effect and a lull after it.

Our conclusion is narrow. Export controls have changed what China buys from America far more than how much it spends, and the trade statistics, which do not distinguish a leading-edge accelerator from a commodity microcontroller, are a blunt instrument for judging whether the rules work.
"""

g = t.reported(
    "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv",
    period_label="2024",
    partner="World",
    measure="import_value",
)[0]
gq = t.reported(
    "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv",
    period_label="2024",
    partner="World",
    measure="import_quantity",
)[0]
g22 = t.reported(
    "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv",
    period_label="2022",
    partner="World",
    measure="import_value",
)[0]
go = t.reported(
    "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv",
    period_label="Oct 2024",
    partner="United States",
)[0]
ga = t.reported(
    "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv",
    period_label="Jun-Oct 2024",
    partner="United States",
)[0]
G = "gacc_ic_imports_headline_transcribed (GACC as reported)"
c24, trc24 = cn(2024)
c23, trc23 = cn(2023)
c21, trc21 = cn(2021)
c18, trc18 = cn(2018)
tc, trtc = tw("China", 2024)
semi_rest = se("2024", "Korea")[0] + se("2024", "Taiwan")[0]
article(
    "a4",
    "2025-06-01",
    A4,
    S("$385 billion", "amount", float(g["value"]), 384.5, 385.5, f"{G}: 2024 World import_value {g['value']} USD bn"),
    S("up 10.4%", "change", float(g["yoy_pct"]), 10.35, 10.45, f"{G}: 2024 yoy {g['yoy_pct']}%"),
    S(
        "549.2 billion units",
        "amount",
        float(gq["value"]),
        549.15,
        549.25,
        f"{G}: 2024 import_quantity {gq['value']} bn units",
    ),
    S("up 14.6%", "change", float(gq["yoy_pct"]), 14.55, 14.65, f"{G}: 2024 quantity yoy {gq['yoy_pct']}%"),
    S("$415.6 billion", "amount", float(g22["value"]), 415.55, 415.65, f"{G}: 2022 import_value {g22['value']} USD bn"),
    S("3.9% below", "change", float(g22["yoy_pct"]), -3.95, -3.85, f"{G}: 2022 yoy {g22['yoy_pct']}%"),
    S("fell again, steeply", "direction", -22.4, -INF, -10.0, f"{G}: H1 2023 import_value yoy -22.4%"),
    S(
        "below the 2022 level",
        "direction",
        pct(385, 415.579),
        -INF,
        -0.0001,
        f"{G}: 2024 385 vs 2022 415.579: {pct(385, 415.579):.1f}%",
    ),
    S("$11.75 billion", "amount", c24, 11.745, 11.755, trc24),
    S("$8.31 billion", "amount", c23, 8.305, 8.315, trc23),
    S("a rebound of 41%", "change", pct(c24, c23), 40.5, 41.5, f"{trc24}; {trc23}; change {pct(c24, c23):.2f}%"),
    C("$17.7 billion", "amount", c21, 17.65, 17.75, trc21),
    S("almost exactly", "multiple", c24 / c18, 0.97, 1.0, f"{trc24}; 2018: {trc18}; ratio {c24 / c18:.3f}"),
    S("about $12 billion", "amount", c18, 11.4, 12.6, trc18),
    N("six years", "not_trade", "a span of years (2018 to 2024), not a trade figure"),
    S(
        "roughly where it started",
        "change",
        pct(c24, c18),
        -5.0,
        5.0,
        f"{trc24}; 2018: {trc18}; change {pct(c24, c18):.1f}%",
    ),
    S(
        "$1.11 billion",
        "amount",
        float(go["value"]),
        1.105,
        1.115,
        f"{G}: Oct 2024 United States import_value {go['value']} USD bn",
    ),
    S("up 60%", "change", float(go["yoy_pct"]), 59.5, 60.5, f"{G}: Oct 2024 yoy {go['yoy_pct']}%"),
    S(
        "exceeded $1 billion in every month from June to October",
        "amount",
        float(ga["value"]),
        1,
        1,
        f"{G}: Jun-Oct 2024 United States monthly_import_value_above {ga['value']} USD bn",
    ),
    S("$48.5 billion", "amount", tc, 48.45, 48.55, trtc),
    S("29.4%", "share", 100 * tc / W24, 29.35, 29.45, f"{trtc}; / {trw24}"),
    C("$41.8 billion", "amount", tw("Hong Kong", 2024)[0], 41.75, 41.85, truth=tw("Hong Kong", 2024)[1]),
    S(
        "more than four times",
        "multiple",
        tc / c24,
        4.0,
        INF,
        f"{trtc}; / {trc24}; ratio {tc / c24:.2f}",
        "two reporters (Taiwan's exports vs China's imports) compared, as the text does",
    ),
    S("40 in 2019", "count", 40, 40, 40, "china_lithography transcribed: 2019 Netherlands import_units 40"),
    S("176 in 2023", "count", 176, 176, 176, "china_lithography transcribed: 2023 Netherlands import_units 176"),
    S("a more than fourfold increase", "multiple", 176 / 40, 4.0, INF, "176 / 40 = 4.4"),
    S("$49.6 billion", "amount", se("2024", "China")[0], 49.55, 49.65, se("2024", "China")[1]),
    S(
        "more than Korea and Taiwan combined",
        "amount",
        se("2024", "China")[0] - semi_rest,
        0.0001,
        INF,
        f"{t.SEMI}: 2024 China 49.6 vs Korea+Taiwan = {semi_rest:.1f}",
    ),
    N("140 entities", "not_trade", "entity-list count"),
    N("16 nanometres", "not_trade", "technology node"),
)


# ======================= write and check =======================
def main() -> None:
    for p in P:
        check_quotes(p["text"], p["labels"], p["id"])
    for a in ART:
        check_quotes((HERE / a["file"]).read_text(encoding="utf-8"), a["labels"], a["id"])
    with open(HERE / "sentences.jsonl", "w", encoding="utf-8") as f:
        for p in P:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in ART:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    from collections import Counter

    labs = [lb for p in P for lb in p["labels"]] + [lb for a in ART for lb in a["labels"]]
    print(
        f"passages {len(P)} ({sum(len(p['labels']) for p in P)} labels), articles {len(ART)} "
        f"({sum(len(a['labels']) for a in ART)} labels)"
    )
    print("verdicts", dict(Counter(lb["verdict"] for lb in labs)))
    kinds = sorted({lb["kind"] for lb in labs})
    vs = ["supported", "contradicted", "consistent", "not_checkable"]
    tab = Counter((lb["kind"], lb["verdict"]) for lb in labs)
    print("| kind | " + " | ".join(vs) + " | total |")
    for kd in kinds:
        print(f"| {kd} | " + " | ".join(str(tab[(kd, v)]) for v in vs) + f" | {sum(tab[(kd, v)] for v in vs)} |")


if __name__ == "__main__":
    main()
