"""Batch 9 articles: text written to articles/aK.md; every quantity mention labelled."""
from pathlib import Path

from helpers import K, KC, KY, KM, KREC, TW, WD, SE, CU, REP, GACC, KOR, LITHO
from passages import L

P4, P2 = 854231, 854232
HERE = Path(__file__).resolve().parent
A = []


def ART(aid, date, text, *labels):
    (HERE / "articles").mkdir(exist_ok=True)
    (HERE / "articles" / f"{aid}.md").write_text(text, encoding="utf-8")
    A.append({"id": aid, "file": f"articles/{aid}.md", "date": date, "labels": list(labels)})


A1 = """# The island that swallowed America's processor market

America's purchases of processors from Taiwan have never looked like this. In July the United States imported $1.1 billion of them from the island, the ninth straight month above the billion-dollar mark, and through the first seven months of 2026 the bill came to $9.1 billion, within touching distance of the whole of 2025.

The peak came in January, at $1.5 billion, the highest monthly figure in the data. February dipped to $1.3 billion; March bounced back to about $1.46 billion.

It is worth remembering how recent all this is. In 2023 Taiwanese processors accounted for barely 14% of American imports of the category; last year the share was more than 30%, and so far this year it has been about 48%.

Malaysia, which Taiwan displaced, is going the other way. Its processor shipments to the US fell to $203 million in June, the lowest monthly figure since the series began in 2016, and were down about 30% in the first seven months of the year, at $3.7 billion. In 2021 Malaysia sold America $19.5 billion of processors, more than four times what it has managed this year.

The overall market has grown around them. Total US processor imports reached $22 billion in the first seven months, 31% more than a year earlier, after a record $32.6 billion in 2025. December alone had brought $4.4 billion.

Seen from Taipei the numbers are more modest. Taiwan's customs recorded $7.4 billion of integrated-circuit exports to the US in 2024, when American customs logged $8.1 billion of processors from the island alone; for the first seven months of 2025, the island's own tally was $4.8 billion.

None of this rests on subsidy. The CHIPS Act's $39 billion went to fabs that will not ship for years, and TSMC's Arizona plant is still making 4-nanometre parts. The 25% tariff the White House has threatened would, on this year's run-rate, fall on roughly $15 billion of Taiwanese processors.

Korea, by contrast, is a sideshow in processors, though its shipments hit $156 million in July, the most since at least 2017, and have more than doubled this year. Vietnam's brief spring surge, $248 million in May, has already faded, to $95 million in July.

Whether the island can keep this up depends less on trade data than on the pace of data-centre spending, which by one count passed $400 billion this year.
"""
ART("a1", "2026-09-24", A1,
    L("$1.1 billion", "amount", "supported", K("TW", P4, "2026-07"), "'the island' = Taiwan; July = Jul 2026"),
    L("the ninth straight month above the billion-dollar mark", "streak", "supported", KM("TW", P4, "2025-10", "2026-07"), "Nov 2025-Jul 2026 = 9 months > $1bn; Oct 2025 $785m"),
    L("$9.1 billion", "amount", "supported", K("TW", P4, "2026-01", "2026-07")),
    L("within touching distance of the whole of 2025", "amount", "consistent", KY("TW", P4, 2025), "9.10 vs 10.20: vague comparison, no interval"),
    L("$1.5 billion", "amount", "supported", K("TW", P4, "2026-01"), "subject (Taiwan processors) and year carried from paragraph 1"),
    L("the highest monthly figure in the data", "record", "consistent", KREC("TW", P4, "2026-01"), "series max; unbounded record -> consistent"),
    L("dipped", "direction", "supported", KM("TW", P4, "2026-01", "2026-02")),
    L("$1.3 billion", "amount", "supported", K("TW", P4, "2026-02")),
    L("bounced back", "direction", "supported", KM("TW", P4, "2026-02", "2026-03")),
    L("about $1.46 billion", "amount", "supported", K("TW", P4, "2026-03")),
    L("barely 14%", "share", "supported", KY("TW", P4, 2023) + "; " + KY("World", P4, 2023), "13.7%"),
    L("more than 30%", "share", "supported", KY("TW", P4, 2025) + "; " + KY("World", P4, 2025), "31.3% (last year = 2025)"),
    L("about 48%", "share", "contradicted", K("TW", P4, "2026-01", "2026-07") + "; " + K("World", P4, "2026-01", "2026-07"), "41.4%; actual 41.4%"),
    L("fell", "direction", "supported", KM("Malaysia", P4, "2026-05", "2026-06")),
    L("$203 million", "amount", "supported", K("Malaysia", P4, "2026-06")),
    L("the lowest monthly figure since the series began in 2016", "record", "consistent", KREC("Malaysia", P4, "2026-06", hi=False), "whole-series low -> consistent"),
    L("down about 30%", "change", "supported", KC("Malaysia", P4, "2026-01", "2026-07", "2025-01", "2025-07"), "-30.3%"),
    L("$3.7 billion", "amount", "supported", K("Malaysia", P4, "2026-01", "2026-07")),
    L("$19.5 billion", "amount", "contradicted", KY("Malaysia", P4, 2021), "actual 16.81"),
    L("more than four times", "multiple", "supported", KC("Malaysia", P4, "2021-01", "2021-12", "2026-01", "2026-07"), "ratio 4.60 (2021 vs Jan-Jul 2026)"),
    L("$22 billion", "amount", "supported", K("World", P4, "2026-01", "2026-07")),
    L("31% more", "change", "contradicted", KC("World", P4, "2026-01", "2026-07", "2025-01", "2025-07"), "+23.3%; actual +23.3%"),
    L("a record", "record", "consistent", "annual US processor imports 2017-2025: max 2025 32.63 bn", "unbounded record over full years 2017-2025"),
    L("$32.6 billion", "amount", "supported", KY("World", P4, 2025)),
    L("$4.4 billion", "amount", "contradicted", K("World", P4, "2025-12"), "'December' after '2025' = Dec 2025; actual 3.85"),
    L("$7.4 billion", "amount", "supported", TW("US", 2024)),
    L("$8.1 billion", "amount", "supported", KY("TW", P4, 2024), "mirror: US-side figure"),
    L("$4.8 billion", "amount", "supported", TW("US", 2025)),
    L("$39 billion", "not_trade", "not_checkable", "subsidy"),
    L("4-nanometre", "not_trade", "not_checkable", "technology node"),
    L("25%", "not_trade", "not_checkable", "tariff rate"),
    L("roughly $15 billion", "amount", "not_checkable", K("TW", P4, "2026-01", "2026-07"), "annualised run-rate projection (9.10/7*12 = 15.6), not a recorded figure"),
    L("$156 million", "amount", "supported", K("KR", P4, "2026-07")),
    L("the most since at least 2017", "record", "supported", KREC("KR", P4, "2026-07"), "series max; bounded record covers 2017-"),
    L("more than doubled", "multiple", "supported", KC("KR", P4, "2026-01", "2026-07", "2025-01", "2025-07"), "ratio 2.12"),
    L("$248 million", "amount", "supported", K("VN", P4, "2026-05")),
    L("$95 million", "amount", "contradicted", K("VN", P4, "2026-07"), "actual 57m"),
    L("$400 billion", "not_trade", "not_checkable", "data-centre capex, not trade"),
    )

A2 = """# Memory's turn: Seoul and Taipei ride the second wave

If processors were the first wave of America's AI import boom, memory is the second. US imports of memory chips reached $953 million in June, the highest monthly figure since at least 2017 and more than four times the $228 million of June 2025.

In the first half of the year the total came to about $3.3 billion, almost three times the level of a year earlier, and already more than the $2.3 billion imported in the whole of 2025.

Seoul's chipmakers lead. American imports of Korean memories were $373 million in June, a record, after $355 million in April and a dip to $169 million in May. Over April to June they were more than five times their level of a year earlier.

Taiwan is not far behind. The island sent $274 million of memories to the US in June and $288 million in May, its best month on record; in the first half it shipped about $1.2 billion, roughly four times the same period of 2025.

Then there is the Japanese surprise. Japan, for years a bit player, sold America $241 million of memories in June, ten times its usual level, before shipments fell back to $47 million in July.

China barely registers: memory imports from the mainland were about $10 million in June and roughly $150 million in the first seven months.

History offers a caution. In 2018, the last memory upcycle, US imports topped $3 billion before collapsing by about 60% in 2019. This year they passed that 2018 total by July, at $4.0 billion through the first seven months.

Korean exporters are doing well elsewhere too: the trade ministry's count of chip exports for the first 20 days of September 2025 was $9.49 billion, up 27%. Samsung, meanwhile, plans to hire 3,000 engineers for its memory lines.
"""
ART("a2", "2026-09-10", A2,
    L("$953 million", "amount", "supported", K("World", P2, "2026-06")),
    L("the highest monthly figure since at least 2017", "record", "supported", KREC("World", P2, "2026-06")),
    L("more than four times", "multiple", "supported", KC("World", P2, "2026-06", "2026-06", "2025-06", "2025-06"), "ratio 4.18"),
    L("$228 million", "amount", "supported", K("World", P2, "2025-06")),
    L("about $3.3 billion", "amount", "supported", K("World", P2, "2026-01", "2026-06")),
    L("almost three times", "multiple", "supported", KC("World", P2, "2026-01", "2026-06", "2025-01", "2025-06"), "ratio 2.91"),
    L("$2.3 billion", "amount", "supported", KY("World", P2, 2025)),
    L("$373 million", "amount", "supported", K("KR", P2, "2026-06"), "'Seoul's chipmakers' / 'Korean' = Korea"),
    L("a record", "record", "consistent", KREC("KR", P2, "2026-06"), "series max, unbounded"),
    L("$355 million", "amount", "contradicted", K("KR", P2, "2026-04"), "actual 304m"),
    L("a dip", "direction", "supported", KM("KR", P2, "2026-04", "2026-05")),
    L("$169 million", "amount", "supported", K("KR", P2, "2026-05")),
    L("more than five times", "multiple", "supported", KC("KR", P2, "2026-04", "2026-06", "2025-04", "2025-06"), "ratio 5.19"),
    L("$274 million", "amount", "supported", K("TW", P2, "2026-06")),
    L("$288 million", "amount", "supported", K("TW", P2, "2026-05")),
    L("its best month on record", "record", "consistent", KREC("TW", P2, "2026-05"), "series max, unbounded"),
    L("about $1.2 billion", "amount", "supported", K("TW", P2, "2026-01", "2026-06"), "1.166"),
    L("roughly four times", "multiple", "contradicted", KC("TW", P2, "2026-01", "2026-06", "2025-01", "2025-06"), "ratio 3.61, 10% short of 4"),
    L("$241 million", "amount", "supported", K("Japan", P2, "2026-06")),
    L("ten times its usual level", "multiple", "not_checkable", KM("Japan", P2, "2025-06", "2026-05"), "'usual level' has no defined base period"),
    L("fell back", "direction", "supported", KM("Japan", P2, "2026-06", "2026-07")),
    L("$47 million", "amount", "supported", K("Japan", P2, "2026-07")),
    L("about $10 million", "amount", "supported", K("China", P2, "2026-06")),
    L("roughly $150 million", "amount", "contradicted", K("China", P2, "2026-01", "2026-07"), "actual 89m"),
    L("topped $3 billion", "amount", "supported", KY("World", P2, 2018)),
    L("by about 60%", "change", "contradicted", KY("World", P2, 2019, 2018), "-40.6%; actual -40.6%"),
    L("passed that 2018 total", "direction", "supported", K("World", P2, "2026-01", "2026-07") + "; " + KY("World", P2, 2018)),
    L("$4.0 billion", "amount", "supported", K("World", P2, "2026-01", "2026-07")),
    L("$9.49 billion", "amount", "supported", REP(KOR, period_label="Sep 1-20 2025")),
    L("up 27%", "change", "supported", REP(KOR, period_label="Sep 1-20 2025")),
    L("3,000 engineers", "not_trade", "not_checkable", "headcount"),
    )

A3 = """# Where the island's chips go

Taiwan's integrated-circuit exports came to $110 billion in the first seven months of 2025, and the map of where they go is being redrawn.

Hong Kong overtook mainland China as the largest destination, taking $29.5 billion, or 34% of the total; the mainland took $27.3 billion, about a quarter.

As recently as 2020, the two together absorbed more than three-fifths of the island's chip exports. In 2024 the mainland alone took $48.5 billion, 29% of $165 billion.

Southeast Asia is the other story. Malaysia took $8.3 billion through July, more than the $7.5 billion it bought in the whole of 2021, and Vietnam $3.8 billion, which puts it on course to beat last year's $4.4 billion.

America remains a small market for Taiwanese chips: $4.8 billion in January-July, under 5% of the total, though 2024's $7.4 billion was itself more than double the year before.

Japan has slipped down the ranking. It took $7.9 billion, down from $15.7 billion in 2023, the year the island's chip shipments fell about 10% from their 2022 peak. Korea, at $9.0 billion, was fourth.

Singapore, third, took $11.8 billion. India, a darling of industrial policy, took $3.4 billion, more than three times its 2022 total.

None of this is driven by tariffs alone: Washington's 20% "reciprocal" rate on Taiwan, later cut to 15%, exempts semiconductors, and TSMC still makes 90% of the world's most advanced chips.
"""
ART("a3", "2025-09-15", A3,
    L("$110 billion", "amount", "supported", TW(None, 2025)),
    L("the largest destination", "rank", "supported", TW("Hong Kong", 2025) + "; " + TW("China", 2025), "Jan-Jul 2025 carried from paragraph 1"),
    L("$29.5 billion", "amount", "supported", TW("Hong Kong", 2025)),
    L("34%", "share", "contradicted", TW("Hong Kong", 2025), "26.9%; actual 26.9%"),
    L("$27.3 billion", "amount", "supported", TW("China", 2025)),
    L("about a quarter", "share", "supported", TW("China", 2025), "24.9%"),
    L("more than three-fifths", "share", "supported", TW("China", 2020) + "; " + TW("Hong Kong", 2020), "61.3%"),
    L("$48.5 billion", "amount", "supported", TW("China", 2024)),
    L("29%", "share", "supported", TW("China", 2024), "29.4%"),
    L("$165 billion", "amount", "supported", TW(None, 2024)),
    L("$8.3 billion", "amount", "supported", TW("Malaysia", 2025)),
    L("$7.5 billion", "amount", "contradicted", TW("Malaysia", 2021), "actual 6.28"),
    L("$3.8 billion", "amount", "supported", TW("Vietnam", 2025)),
    L("on course to beat", "direction", "not_checkable", TW("Vietnam", 2025), "projection for full-year 2025"),
    L("$4.4 billion", "amount", "supported", TW("Vietnam", 2024), "last year = 2024 (4.35)"),
    L("$4.8 billion", "amount", "supported", TW("US", 2025)),
    L("under 5%", "share", "supported", TW("US", 2025), "4.3%"),
    L("$7.4 billion", "amount", "supported", TW("US", 2024)),
    L("more than double", "multiple", "supported", TW("US", 2024, y2=2023), "ratio 2.11"),
    L("slipped down the ranking", "rank", "supported", TW("Japan", 2023) + "; " + TW("Japan", 2025), "Japan 4th in 2023 (after China, HK, Singapore), 6th in Jan-Jul 2025 (after HK, China, Singapore, Korea, Malaysia)"),
    L("$7.9 billion", "amount", "contradicted", TW("Japan", 2025), "actual 6.26"),
    L("$15.7 billion", "amount", "supported", TW("Japan", 2023)),
    L("about 10%", "change", "supported", TW(None, 2023, y2=2022), "-9.5%"),
    L("peak", "record", "consistent", "Taiwan customs World totals 2013-2024: max 2022 184.14 bn", "unbounded peak in a series starting 2013"),
    L("$9.0 billion", "amount", "supported", TW("Korea", 2025)),
    L("fourth", "rank", "supported", "Jan-Jul 2025 destinations: HK 29.50, China 27.34, Singapore 11.76, Korea 9.02, Malaysia 8.27 bn (Taiwan customs)"),
    L("third", "rank", "supported", TW("Singapore", 2025), "Singapore 3rd in Jan-Jul 2025"),
    L("$11.8 billion", "amount", "supported", TW("Singapore", 2025)),
    L("$3.4 billion", "amount", "contradicted", TW("India", 2025), "actual 2.56"),
    L("more than three times", "multiple", "supported", TW("India", 2025, y2=2022), "ratio 3.10"),
    L("20%", "not_trade", "not_checkable", "tariff rate"),
    L("15%", "not_trade", "not_checkable", "tariff rate"),
    L("90%", "not_trade", "not_checkable", "industry share claim, not trade data"),
    )

A4 = """# Beijing's chip shopping spree

China's appetite for foreign chips held up in 2024. Customs figures put its IC imports at $385 billion, up 16%, on 549.2 billion units, still short of the $416 billion of 2022.

Purchases from America rebounded even faster. Comtrade puts China's imports of US integrated circuits at $11.8 billion last year, up about two-fifths from $8.3 billion in 2023, the weakest year since 2012.

The October spike was striking: $1.11 billion in a single month, 60% more than a year earlier, and Chinese customs said monthly purchases had exceeded $1 billion in every month since June.

Even so, 2024 fell short of 2021, when Beijing bought $15.7 billion of American chips; imports then dropped by more than a fifth in 2022.

Tools tell the same story. Chinese fabs spent $49.6 billion on equipment in 2024, by SEMI's count, about 42% of global billings of $117.1 billion and more than Korea, Taiwan and North America combined.

In 2020 they had spent $18.7 billion, so 2024 was nearly three times as much.

Lithography is the sharpest edge. China bought 176 lithography machines from the Netherlands in 2023, up from 40 in 2019, and spent $27.4 billion on IC-making equipment that year.

The world's chip trade, meanwhile, passes overwhelmingly through Chinese hands. Hong Kong and the mainland together exported $390 billion of integrated circuits in 2023, over a third of the world's total.

Washington's response, export controls on 16nm logic, a 145% tariff on Chinese goods and 140 new names on the Entity List, may change all of that.
"""
ART("a4", "2025-04-22", A4,
    L("$385 billion", "amount", "supported", REP(GACC, period_label="2024", measure="import_value")),
    L("up 16%", "change", "contradicted", REP(GACC, period_label="2024", measure="import_value"), "reported +10.4%"),
    L("549.2 billion units", "count", "supported", REP(GACC, period_label="2024", measure="import_quantity")),
    L("$416 billion", "amount", "supported", REP(GACC, period_label="2022", measure="import_value")),
    L("$11.8 billion", "amount", "supported", CU(2024)),
    L("up about two-fifths", "change", "supported", CU(2024, 2023), "+41.4%"),
    L("$8.3 billion", "amount", "supported", CU(2023)),
    L("the weakest year since 2012", "record", "supported", "China imports of HS 8542 from the US: 2012 7.00; 2013-2022 all above 8.31; 2023 8.31 bn"),
    L("$1.11 billion", "amount", "supported", REP(GACC, period_label="Oct 2024", partner="United States"), "October 2024 (article date Apr 2025); partner US carried"),
    L("60% more", "change", "supported", REP(GACC, period_label="Oct 2024", partner="United States")),
    L("exceeded $1 billion in every month since June", "streak", "supported", REP(GACC, period_label="Jun-Oct 2024"), "reported qualitative statement"),
    L("$15.7 billion", "amount", "supported", CU(2021)),
    L("by more than a fifth", "change", "supported", CU(2022, 2021), "-22.6%"),
    L("$49.6 billion", "amount", "supported", SE("2024", "China")),
    L("about 42%", "share", "supported", SE("2024", "China", "2024", "Total"), "42.4%"),
    L("$117.1 billion", "amount", "supported", SE("2024", "Total")),
    L("more than Korea, Taiwan and North America combined", "rank", "contradicted", SE("2024", "Korea") + "; " + SE("2024", "Taiwan") + "; " + SE("2024", "North America"), "20.5+16.6+13.7 = 50.8 > 49.6"),
    L("$18.7 billion", "amount", "supported", SE("2020", "China")),
    L("nearly three times", "multiple", "contradicted", SE("2024", "China", "2020", "China"), "ratio 2.65, 12% short of 3"),
    L("176 lithography machines", "count", "supported", REP(LITHO, period_label="2023", measure="import_units")),
    L("from 40", "count", "supported", REP(LITHO, period_label="2019", measure="import_units")),
    L("$27.4 billion", "amount", "supported", REP(LITHO, period_label="2023", measure="import_value"), "reported GACC figure, partner World"),
    L("$390 billion", "amount", "contradicted", WD("China, Hong Kong SAR", 2023) + "; " + WD("China", 2023), "193.5 + 136.3 = 329.8; actual 329.8"),
    L("over a third", "share", "supported", WD("China, Hong Kong SAR", 2023) + "; " + WD("China", 2023), "34.7%"),
    L("16nm", "not_trade", "not_checkable", "technology node"),
    L("145%", "not_trade", "not_checkable", "tariff rate"),
    L("140 new names", "not_trade", "not_checkable", "count of listed entities"),
    )
