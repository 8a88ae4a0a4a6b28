# ruff: noqa: E501
"""Batch 3's four articles: text by hand, every quantity mention labelled, truths from the raw files.

Why: the articles test what single passages cannot: context carried across paragraphs and from
the headline, year anchoring far from the article date, and recall over every mention.
"""

from __future__ import annotations

from build import CHN, SEMI, TWC, WLD, L, inside, off, offpts, usm
from facts import T, bn, mn, pct, streak_above, us, year

ARTICLES: list[dict] = []

# ---------------------------------------------------------------- a1: wire copy
m6, m6y = us("World", "mem", "2026-06"), us("World", "mem", "2025-06")
k6, k5 = us("KR", "mem", "2026-06"), us("KR", "mem", "2026-05")
t6, j6 = us("TW", "mem", "2026-06"), us("Japan", "mem", "2026-06")
h1, h1y = us("World", "mem", "2026-01", "2026-06"), us("World", "mem", "2025-01", "2025-06")
m7 = us("World", "mem", "2026-07")
p7 = us("World", "proc", "2026-07")
inside(k6 / k5, 2.0, 2.5)
inside(h1, 3.25e9, 3.35e9)
inside(h1 / h1y, 2.85, 3.0)
inside(h1y, 1.05e9, 1.15e9)
inside(pct(m7, m6), -22.05, -19.95)
off(m7, 829e6)
off(m6 / m6y, 7)
inside(p7, 2.66e9, 2.94e9)
assert all(us("World", "proc", m) > p7 for m in T.months("2025-11", "2026-06")) and us("World", "proc", "2025-10") < p7

A1 = """# US memory chip imports hit record as buyers race ahead of tariff review

WASHINGTON, Aug 21 - U.S. imports of memory chips surged to $953 million in June, nearly seven times the level of a year earlier, as buyers rushed to secure supplies ahead of a review of semiconductor tariffs, UN Comtrade data showed.

Purchases from South Korea more than doubled from May to $373 million. Taiwan shipped $274 million, making it the largest source in June, and Japan $241 million.

Over the first half, memory imports totalled $3.3 billion, almost three times the $1.1 billion of the same period of 2025.

July brought a pause: imports eased about 21% from June, to $829 million, according to the same data.

Processor imports, a far larger category, came to about $2.8 billion in July, the lowest since October.

The Commerce Department has floated a tariff of 25% or more on imported chips, with exemptions for companies that build plants in the United States.
"""
ARTICLES.append({
    "id": "a1", "date": "2026-08-21", "text": A1,
    "labels": [
        L("hit record", "record", "consistent", f"{usm('World', 'mem', '2016-11', '2026-07')}: June 2026 {mn(m6)} is the series maximum; the series starts Nov 2016",
          "headline: the flow (US memory imports) and the month come from the first paragraph"),
        L("$953 million", "amount", "supported", f"{usm('World', 'mem', '2026-06')}: {mn(m6)}"),
        L("nearly seven times", "multiple", "contradicted", f"June 2025 {mn(m6y)}: x{m6 / m6y:.2f}"),
        L("more than doubled", "multiple", "supported", f"{usm('KR', 'mem', '2026-05', '2026-06')}: Jun {mn(k6)} vs May {mn(k5)}: x{k6 / k5:.2f}",
          "context: memory chips and June 2026 from the first paragraph"),
        L("$373 million", "amount", "supported", f"{mn(k6)}"),
        L("$274 million", "amount", "supported", f"{usm('TW', 'mem', '2026-06')}: {mn(t6)}"),
        L("the largest source in June", "rank", "contradicted", f"June 2026: Korea {mn(k6)} > Taiwan {mn(t6)} (both in the store)"),
        L("$241 million", "amount", "supported", f"{usm('Japan', 'mem', '2026-06')}: {mn(j6)}"),
        L("$3.3 billion", "amount", "supported", f"{usm('World', 'mem', '2026-01', '2026-06')}: {bn(h1)}"),
        L("almost three times", "multiple", "supported", f"vs H1 2025 {bn(h1y)}: x{h1 / h1y:.2f}"),
        L("$1.1 billion", "amount", "supported", f"{usm('World', 'mem', '2025-01', '2025-06')}: {bn(h1y)}"),
        L("about 21%", "change", "supported", f"{usm('World', 'mem', '2026-06', '2026-07')}: Jul {mn(m7)} vs Jun {mn(m6)}: {pct(m7, m6):+.1f}%"),
        L("$829 million", "amount", "contradicted", f"{usm('World', 'mem', '2026-07')}: {mn(m7)}"),
        L("about $2.8 billion", "amount", "supported", f"{usm('World', 'proc', '2026-07')}: {bn(p7)}"),
        L("the lowest since October", "record", "supported",
          f"{usm('World', 'proc', '2025-10', '2026-07')}: Nov 2025-Jun 2026 all above {bn(p7)}; Oct 2025 {bn(us('World', 'proc', '2025-10'))} lower",
          "year anchoring: October 2025, the October before the article date"),
        L("25%", "not_trade", "not_checkable", "tariff rate"),
    ],
})

# ---------------------------------------------------------------- a2: trade newsletter
w24, w23 = T.tw(None, 2024), T.tw(None, 2023)
hk, hk0 = T.tw("Hong Kong", 2024), T.tw("Hong Kong", 2023)
jp, jp0 = T.tw("Japan", 2024), T.tw("Japan", 2023)
kr, kr0 = T.tw("Korea", 2024), T.tw("Korea", 2023)
us24, us23 = T.tw("US", 2024), T.tw("US", 2023)
my = T.tw("Malaysia", 2024)
u7, v7, vn24 = T.tw("US", 2025), T.tw("Vietnam", 2025), T.tw("Vietnam", 2024)
inside(hk, 36.75e9, 36.85e9)
inside(pct(hk, hk0), -15, -14.25)
inside(pct(jp, jp0), -35, -31.7)
off(jp, 11.4e9)
inside(kr, 13.35e9, 13.45e9)
offpts(pct(kr, kr0), 28)
inside(us24 - us23, 3.85e9, 3.95e9)
inside(my, 9.5e9, 10e9)
inside(v7, 3.75e9, 3.85e9)
offpts(v7 / vn24 * 100, 66.7)
dests = T.twc()
dests = dests[dests.Year.isin([2023, 2024])].groupby(["Country", "Year"]).USD.sum().unstack()
gains = (dests[2024] - dests[2023]).sort_values(ascending=False)
assert gains.index[0] == T.TW_DEST["US"]
order = T.twc()[T.twc().Year == 2024].groupby("Country").USD.sum().sort_values(ascending=False)
assert list(order.index[:4]) == [T.TW_DEST[d] for d in ["China", "Hong Kong", "Singapore", "Korea"]]

A2 = """# Taiwan's chip shipments tilt away from Hong Kong and Japan

*Chip Flows Weekly, 5 September 2025*

Taiwan's integrated circuit exports held roughly flat in 2024 at $165bn, but the map of where they went shifted sharply, according to the island's customs data.

Hong Kong, long the main entrepôt for chips bound for the mainland, took $36.8bn, down nearly 15%. Shipments to Japan fell by a third, to $11.4bn.

South Korea became the fourth-largest destination, at $13.4bn, up 28% on the year.

The biggest gain was in shipments to the US, which rose by $3.9bn as AI server makers ramped up. Malaysia, where Taiwanese firms test and package chips, took just under $10bn.

The shift has carried into this year. For January to July, exports to the US were already $4.8bn, and several forwarders we spoke to expect a full-year total above $8bn. Exports to Vietnam in the same seven months were $3.8bn, about two-thirds of 2024's total.
"""
ARTICLES.append({
    "id": "a2", "date": "2025-09-05", "text": A2,
    "labels": [
        L("roughly flat", "change", "supported", f"{TWC}: all destinations 2024 {bn(w24)} vs 2023 {bn(w23)}: {pct(w24, w23):+.2f}%"),
        L("$165bn", "amount", "supported", f"{bn(w24)}"),
        L("$36.8bn", "amount", "supported", f"{TWC}: 香港 2024 {bn(hk)}", "context: Taiwan's IC exports and 2024 from the first paragraph"),
        L("down nearly 15%", "change", "supported", f"2023 {bn(hk0)}: {pct(hk, hk0):+.2f}%"),
        L("fell by a third", "change", "supported", f"{TWC}: 日本 2024 {bn(jp)} vs 2023 {bn(jp0)}: {pct(jp, jp0):+.1f}%"),
        L("$11.4bn", "amount", "contradicted", f"{bn(jp)}"),
        L("the fourth-largest destination", "rank", "supported", f"{TWC}: 2024 by destination (all in the file): " + ", ".join(f"{c} {v / 1e9:.2f}" for c, v in order.head(5).items())),
        L("$13.4bn", "amount", "supported", f"{TWC}: 南韓 2024 {bn(kr)}"),
        L("up 28%", "change", "contradicted", f"2023 {bn(kr0)}: {pct(kr, kr0):+.1f}%"),
        L("The biggest gain", "rank", "supported", "largest 2024-2023 increase by destination: " + ", ".join(f"{c} {v / 1e9:+.2f}" for c, v in gains.head(4).items())),
        L("$3.9bn", "change", "supported", f"美國 2024 {bn(us24)} - 2023 {bn(us23)} = {bn(us24 - us23)}"),
        L("just under $10bn", "amount", "supported", f"{TWC}: 馬來西亞 2024 {bn(my)}"),
        L("$4.8bn", "amount", "supported", f"{TWC}: 美國, 2025 rows (Jan-Jul): {bn(u7)}"),
        L("above $8bn", "amount", "not_checkable", "a forecast for full-year 2025; the file has Jan-Jul 2025 only"),
        L("$3.8bn", "amount", "supported", f"{TWC}: 越南, 2025 rows (Jan-Jul): {bn(v7)}"),
        L("about two-thirds", "share", "contradicted", f"{bn(v7)} / 2024 {bn(vn24)} = {v7 / vn24 * 100:.1f}%"),
    ],
})

# ---------------------------------------------------------------- a3: think-tank long-form analysis
p25, p24 = year("USA", "World", "proc", 2025), year("USA", "World", "proc", 2024)
p21, p20 = year("USA", "World", "proc", 2021), year("USA", "World", "proc", 2020)
tw7, tw7y = us("TW", "proc", "2026-01", "2026-07"), us("TW", "proc", "2025-01", "2025-07")
w7 = us("World", "proc", "2026-01", "2026-07")
my7, my7y = us("Malaysia", "proc", "2026-01", "2026-07"), us("Malaysia", "proc", "2025-01", "2025-07")
my21 = year("USA", "Malaysia", "proc", 2021)
cn = {y: year("USA", "China", "proc", y) for y in (2021, 2022, 2023, 2024)}
mem7, mem7y = us("World", "mem", "2026-01", "2026-07"), us("World", "mem", "2025-01", "2025-07")
nmem = streak_above("USA", "World", "mem", 2.5e8, "2026-07")
kmem25, kmem24 = year("KOR", "World", "mem", 2025), year("KOR", "World", "mem", 2024)
c18 = T.china_from_us(2018)
semi_c, semi_na = T.semi("2024", "China"), T.semi("2024", "North America")
kr_w24, w_24 = T.world("Rep. of Korea", 2024), T.world(None, 2024)
inside(p25, 31.35e9, 33e9)
offpts(pct(p25, p24), 25)
inside(pct(tw7, tw7y), 66.5, 73.5)
assert tw7 / w7 > 0.40
offpts(pct(my7, my7y), -50)
off(my21, 18.6e9)
inside(pct(p21, p20), 28.5, 29.5)
assert cn[2022] < cn[2021] and cn[2023] < cn[2022] and cn[2024] < cn[2023]
inside(mem7 / mem7y, 3.0, 3.3)
assert nmem == 8
inside(pct(kmem25, kmem24), 30.5, 31.5)
off(c18, 14e9)
inside(semi_c / semi_na, 3.0, 4.0)

A3 = """# The stockpile question: reading three years of chip customs data

*Policy brief, Centre for Trade and Technology Studies, September 2026*

Every tariff announcement in the past two years has been followed by the same question from our members: are American buyers stockpiling chips, and if so, how much of the surge in imports is demand that has simply been pulled forward? Customs data cannot read intentions, but they can show when purchases run ahead of any plausible trend, and where they come from. This brief reads the UN Comtrade monthly series for US imports of processors and memory chips, and sets them against the exporters' own statistics where those exist.

## A bigger market, a different map

Start with the level. American imports of processors and controllers came to nearly $33 billion in 2025, up 25% on the year before. That is a large number, and it is the first sign that something more than a normal upgrade cycle is at work. Demand for AI servers explains much of it; timing explains the rest.

The map has changed even faster than the total. In the first seven months of 2026, processors shipped from Taiwan rose by about 70% on the same period of 2025, and Taiwan supplied more than 40 per cent of everything the US bought in the category. Malaysia, which for years assembled and tested most of the processors America imported, has gone the other way: its shipments fell by half over the same months. The contrast with 2021 is striking. That year, Malaysia alone supplied $18.6 billion of processors, as the pandemic rush for laptops and servers lifted total processor imports by 29%.

What explains the shift? Part of it is where the newest accelerators are packaged. Part of it is the rules of origin that tariff schedules now apply: a chip fabricated in Taiwan and tested in Penang may count as Malaysian for customs but Taiwanese for the tariff, and companies have adjusted their routing accordingly. We do not think the data can separate these explanations yet, and we caution against reading a national-security story into every line of the table.

## China's shrinking role

The one partner that has faded without any obvious front-loading is China. US purchases of Chinese processors fell for three straight years to 2024, and the small rebound since then has not changed the picture. The story on the other side of the Pacific runs in parallel. China's own customs recorded $14 billion of integrated circuit imports from the US in 2018, the year the first Section 301 tariffs took effect, and the figure has swung with every round of export controls since.

Those controls matter more for equipment than for chips. SEMI's figures show Chinese fabs spending more than three times as much on equipment as North American ones in 2024, a gap that reflects both the build-out of mature-node capacity and an effort to buy tools before further restrictions. Export rules that cap shipments of tools for chips at 16 nanometres or below have shaped what is bought, if not how much.

## Memory: the clearest case of pulling forward

If there is a textbook case of front-loading in the data, it is memory. US imports of memory chips more than tripled in the first seven months of 2026 from a year earlier, and have stayed above $250 million every month since December. Nothing in end-demand moved that fast. The timing lines up instead with the tariff review announced in the spring, which named memory among the categories under consideration, and with reports that hyperscalers had asked suppliers to ship ahead of schedule.

The exporters' side confirms the direction, if not the destination. South Korea's memory exports to the world rose 31% in 2025, according to the Korean figures reported to Comtrade, and Korea's share of world chip exports climbed to 16% in 2024. The second figure should be read with care, for reasons we return to below.

## What the numbers cannot tell us

Some caveats temper any conclusion. First, monthly customs data are revised, sometimes substantially, and the figures quoted here are those available in early September. Second, the US series cover processors and memories, not every kind of integrated circuit; a claim about "chips" in general cannot be checked against them. Third, world totals for the latest year are incomplete: several large reporters had not yet filed their 2024 data when the figures were downloaded, which flatters the shares of those that had.

With those caveats, our reading is this. The surge in processor imports is mostly structural, driven by AI servers and by a shift in where chips are packaged. The surge in memory imports is mostly timing. If the tariff review concludes without new duties, we would expect memory imports to fall back toward their 2025 pace within a few quarters, and processor imports to keep growing, though more slowly than they have since 2024.

For policymakers, the lesson is that front-loading is visible in the data within a month or two, and that it concentrates in the categories named in a proposal rather than spreading evenly. A tariff announced with a long lead time invites exactly the kind of stockpiling that memory shows this year. Shorter windows, or duties that apply to contracts signed after the announcement, would blunt it.
"""
ARTICLES.append({
    "id": "a3", "date": "2026-09-10", "text": A3,
    "labels": [
        L("nearly $33 billion", "amount", "supported", f"{usm('World', 'proc', '2025-01', '2025-12')}: {bn(p25)}"),
        L("up 25%", "change", "contradicted", f"2024 {bn(p24)}: {pct(p25, p24):+.2f}%"),
        L("about 70%", "change", "supported", f"{usm('TW', 'proc', '2026-01', '2026-07')}: {bn(tw7)} vs Jan-Jul 2025 {bn(tw7y)}: {pct(tw7, tw7y):+.1f}%"),
        L("more than 40 per cent", "share", "supported", f"{bn(tw7)} / World {bn(w7)} = {tw7 / w7 * 100:.1f}%"),
        L("fell by half", "multiple", "contradicted", f"{usm('Malaysia', 'proc', '2026-01', '2026-07')}: {bn(my7)} vs Jan-Jul 2025 {bn(my7y)}: {pct(my7, my7y):+.1f}%",
          "context: Malaysia, processors and 'the same months' (Jan-Jul 2026 vs 2025) from the previous sentences"),
        L("$18.6 billion", "amount", "contradicted", f"{usm('Malaysia', 'proc', '2021-01', '2021-12')}: {bn(my21)}", "year anchoring: 'That year' = 2021"),
        L("29%", "change", "supported", f"{usm('World', 'proc', '2020-01', '2021-12')}: 2021 {bn(p21)} vs 2020 {bn(p20)}: {pct(p21, p20):+.1f}%"),
        L("fell for three straight years to 2024", "streak", "supported", "US imports of 854231 from China: " + ", ".join(f"{y} {mn(v)}" for y, v in cn.items())),
        L("the small rebound", "direction", "supported", f"US imports of 854231 from China 2025 {mn(year('USA', 'China', 'proc', 2025))} > 2024 {mn(cn[2024])}"),
        L("$14 billion", "amount", "contradicted", f"{CHN}: partner2Code 0, 2018 {bn(c18)}"),
        L("more than three times", "multiple", "supported", f"{SEMI}: 2024 China {semi_c} / North America {semi_na} = x{semi_c / semi_na:.2f}"),
        L("16 nanometres", "not_trade", "not_checkable", "technology node in an export rule"),
        L("more than tripled", "multiple", "supported", f"{usm('World', 'mem', '2026-01', '2026-07')}: {bn(mem7)} vs Jan-Jul 2025 {bn(mem7y)}: x{mem7 / mem7y:.2f}"),
        L("above $250 million every month since December", "streak", "supported", f"{usm('World', 'mem', '2025-12', '2026-07')}: {nmem} months above USD 250 m (Nov 2025 {mn(us('World', 'mem', '2025-11'))})"),
        L("31%", "change", "supported", f"KOR 854232 World 2025 {bn(kmem25)} vs 2024 {bn(kmem24)}: {pct(kmem25, kmem24):+.1f}%"),
        L("16%", "share", "not_checkable", f"{WLD}: Korea 2024 {bn(kr_w24)} / all reporters {bn(w_24)} = {kr_w24 / w_24 * 100:.1f}%, but 2024 has 86 reporters only (PROVENANCE), so the world total is incomplete",
          "judgement call: the printed share matches the incomplete table; the article itself warns the share is flattered. Not a figure an analyst would sign"),
    ],
})

# ---------------------------------------------------------------- a4: translated Asian business daily
GACC = "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv"
c24, c23 = T.china_from_us(2024), T.china_from_us(2023)
twcn, twhk = T.tw("China", 2024), T.tw("Hong Kong", 2024)
km24, km23 = year("KOR", "World", "mem", 2024), year("KOR", "World", "mem", 2023)
inside(549.2 / 479.5, 1.1425, 1.15)
inside(c24, 11.745e9, 11.755e9)
inside(pct(c24, c23), 41.45, 41.55)
inside(twcn, 48.45e9, 48.55e9)
off(twhk, 40.8e9)
inside(km24, 71.5e9, 72.5e9)
offpts(pct(km24, km23), 58)
semi24 = {r: T.semi("2024", r) for r in ["China", "Korea", "Taiwan", "North America", "Japan", "Europe", "Rest of World"]}
assert max(semi24, key=semi24.get) == "China"

A4 = """# China's chip imports reach US$385 billion as substitution push gathers pace

(Translated from the Chinese edition. Original headline: 去年集成电路进口额回升)

BEIJING - According to data released by the General Administration of Customs, China imported 549.2 billion integrated circuits in 2024, up nearly 15% year on year, with a total value of US$385 billion.

The import value rose 10.4%, the first increase in two years. Industry analysts attribute the rebound to inventory rebuilding by handset and server makers, and to purchases made ahead of tighter American export controls.

Imports from the United States were worth US$11.75 billion, up 41.5%, according to the figures China reports to UN Comtrade. Taiwan remained the largest single supplier. The island's customs statistics show it exported US$48.5 billion of integrated circuits to the mainland last year, and a further US$40.8 billion to Hong Kong, much of it destined for factories in Guangdong.

Spending on chipmaking equipment reached US$49.6 billion, making the mainland the world's largest market for the fifth consecutive year, according to SEMI. Domestic producers, led by SMIC and Hua Hong, are expanding mature-node capacity to meet demand from carmakers.

Competition from the peninsula remains fierce. South Korea exported US$72 billion of memory chips in 2024, up 58%, as prices for high-bandwidth memory soared.
"""
ARTICLES.append({
    "id": "a4", "date": "2025-04-25", "text": A4,
    "labels": [
        L("US$385 billion", "amount", "supported", f"{GACC}: 2024 World import_value 385 USD bn (as reported)", "headline", occ=1),
        L("549.2 billion integrated circuits", "count", "supported", f"{GACC}: 2024 World import_quantity 549.2 billion units"),
        L("nearly 15%", "change", "supported", f"{GACC}: quantity 2024 549.2 vs 2023 479.5 billion units: {pct(549.2, 479.5):+.2f}%"),
        L("US$385 billion", "amount", "supported", f"{GACC}: 2024 World import_value 385 USD bn", occ=2),
        L("10.4%", "change", "supported", f"{GACC}: 2024 yoy_pct 10.4"),
        L("the first increase in two years", "record", "supported",
          f"{GACC}: 2022 415.579 USD bn, yoy -3.9%; 2023 implied by 2024's 385 bn at +10.4% = {385 / 1.104:.1f} bn, below 2022; so 2022 and 2023 fell",
          "judgement call: 2023's value is derived from the 2024 release, not printed in the file"),
        L("US$11.75 billion", "amount", "supported", f"{CHN}: partner2Code 0, 2024 {bn(c24)}"),
        L("41.5%", "change", "supported", f"2023 {bn(c23)}: {pct(c24, c23):+.2f}%"),
        L("the largest single supplier", "rank", "not_checkable", "no China imports by partner in the store (Comtrade China-reported file is the US only; Taiwan's own exports are another reporter)"),
        L("US$48.5 billion", "amount", "supported", f"{TWC}: 中國大陸 2024 {bn(twcn)}", "context: Taiwan and 'last year' = 2024 from the article date and sentence"),
        L("US$40.8 billion", "amount", "contradicted", f"{TWC}: 香港 2024 {bn(twhk)}"),
        L("US$49.6 billion", "amount", "supported", f"{SEMI}: 2024 annual China 49.6"),
        L("the world's largest market", "rank", "supported", f"{SEMI}: 2024 " + ", ".join(f"{r} {v}" for r, v in semi24.items())),
        L("for the fifth consecutive year", "streak", "not_checkable", f"{SEMI}: China first in 2020 and 2024; 2021-2023 have totals only, no regions"),
        L("US$72 billion", "amount", "supported", f"{usm('World', 'mem', '2024-01').replace('reporter USA', 'reporter KOR').split(', 2024')[0]}, 2024: {bn(km24)}"),
        L("up 58%", "change", "contradicted", f"KOR 854232 World 2024 {bn(km24)} vs 2023 {bn(km23)}: {pct(km24, km23):+.1f}%"),
    ],
})
