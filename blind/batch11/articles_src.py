"""Batch 11 articles: paragraphs and labels by hand, truths from helpers."""
from helpers import K, KC, KS, Kmax, Kyoy, Kmom, TW, TWC, TWS, TWR, W, WS, WC, WR, CN, CNC, CNall, S, SC, SS, REP
from passages import L, P1, P2, GACC, KOR, NC_NONTRADE
import truth as t


def _q(a, b):
    return [(a, b)]


def quarters():
    qs = [("2025-01", "2025-03"), ("2025-04", "2025-06"), ("2025-07", "2025-09"), ("2025-10", "2025-12"), ("2026-01", "2026-03"), ("2026-04", "2026-06")]
    return "; ".join(K("World", P1, a, b) for a, b in qs)


def articles():
    out = []
    # ---------------- a1 ----------------
    a1 = """# The processor pivot: why Taiwan now supplies two-fifths of America's logic chips

America's appetite for processors and controllers shows no sign of easing. In the first seven months of 2026 the United States imported USD 22.0bn of them, against USD 17.8bn in the same stretch of 2025, a rise of 23 per cent.

The driver is Taiwan. Shipments from the island (recorded by Comtrade as 'Other Asia, nes') reached US$9.1bn over those seven months, some 69 per cent more than a year earlier, and its share of the total climbed to roughly two-fifths.

Malaysia, long the anchor supplier, is going the other way. Its processor shipments fell to $3.7bn from $6.1bn, and in June they amounted to just $203m, the smallest monthly figure since at least 2016. Vietnam, meanwhile, sold America $1.0bn of processors, close to 90 per cent more than in the same months of 2025.

Is the boom unprecedented? Almost certainly. December 2025 (US$3.85bn) remains the biggest month for processor imports in the series, and six of the seven months of 2026 have topped US$3bn. Quarterly, the bill was $9.7bn in January-March and $9.4bn in April-June, the first quarterly dip since the third quarter of 2025.

Korea is the surprise. Its processor sales to the US more than doubled in January-July to $0.8bn, reversing a slump of a third in 2025.

Washington's tariff talk matters here. A 25 per cent duty on Taiwanese processors, as floated in August, would have applied to about US$10.2bn of goods on last year's numbers. 'Nine-tenths of the frontloading is already done,' one Taipei trade official told us.

China has all but vanished from the picture: America's processor imports from the mainland came to $452m in the first seven months, down by almost a third, and less than 1 per cent of the total.
"""
    l1 = [
        L("two-fifths", "share", "supported", KS("TW", P1, "2026-01", "2026-07"), "headline, carried from the text: Jan-Jul 2026 share 41.4%"),
        L("USD 22.0bn", "amount", "supported", K("World", P1, "2026-01", "2026-07")),
        L("USD 17.8bn", "amount", "supported", K("World", P1, "2025-01", "2025-07")),
        L("23 per cent", "change", "supported", KC("World", P1, "2026-01", "2026-07", "2025-01", "2025-07")),
        L("US$9.1bn", "amount", "supported", K("TW", P1, "2026-01", "2026-07")),
        L("some 69 per cent", "change", "supported", KC("TW", P1, "2026-01", "2026-07", "2025-01", "2025-07")),
        L("roughly two-fifths", "share", "supported", KS("TW", P1, "2026-01", "2026-07")),
        L("fell", "direction", "supported", KC("Malaysia", P1, "2026-01", "2026-07", "2025-01", "2025-07")),
        L("$3.7bn", "amount", "supported", K("Malaysia", P1, "2026-01", "2026-07")),
        L("$6.1bn", "amount", "contradicted", K("Malaysia", P1, "2025-01", "2025-07"), "text $6.1bn vs data $5.24bn"),
        L("$203m", "amount", "supported", K("Malaysia", P1, "2026-06")),
        L("the smallest monthly figure since at least 2016", "record", "supported", Kmax("Malaysia", P1) + "; series minimum = 2026-06", "lowest of all months Nov 2016-Jul 2026"),
        L("$1.0bn", "amount", "supported", K("VN", P1, "2026-01", "2026-07")),
        L("close to 90 per cent", "change", "supported", KC("VN", P1, "2026-01", "2026-07", "2025-01", "2025-07"), "+88.8%"),
        L("US$3.85bn", "amount", "supported", K("World", P1, "2025-12")),
        L("the biggest month for processor imports in the series", "record", "consistent", Kmax("World", P1)),
        L("six of the seven months of 2026", "count", "supported", Kmom("World", P1, "2026-01", "2026-07"), "all but July above $3bn"),
        L("$9.7bn", "amount", "supported", K("World", P1, "2026-01", "2026-03")),
        L("$9.4bn", "amount", "supported", K("World", P1, "2026-04", "2026-06")),
        L("the first quarterly dip since the third quarter of 2025", "record", "contradicted", quarters(), "Q1 2026 (9.727) was already below Q4 2025 (9.777): Q2 2026 is not the first dip since Q3 2025"),
        L("more than doubled", "multiple", "supported", KC("KR", P1, "2026-01", "2026-07", "2025-01", "2025-07")),
        L("$0.8bn", "amount", "supported", K("KR", P1, "2026-01", "2026-07")),
        L("a slump of a third", "change", "supported", KC("KR", P1, "2025-01", "2025-12", "2024-01", "2024-12")),
        L("A 25 per cent duty", "not_trade", "not_checkable", "tariff rate", NC_NONTRADE),
        L("about US$10.2bn", "amount", "supported", K("TW", P1, "2025-01", "2025-12")),
        L("Nine-tenths", "not_trade", "not_checkable", "quoted official's estimate of frontloading", "no data for a share of 'frontloading'"),
        L("$452m", "amount", "contradicted", K("China", P1, "2026-01", "2026-07"), "text $452m vs data $379m"),
        L("down by almost a third", "change", "supported", KC("China", P1, "2026-01", "2026-07", "2025-01", "2025-07")),
        L("less than 1 per cent", "share", "contradicted", KS("China", P1, "2026-01", "2026-07"), "actual 1.7%"),
    ]
    out.append(("a1", "2026-09-14", a1, l1))

    # ---------------- a2 ----------------
    a2 = """# Taipei's chip exporters look south and east as mainland share slips

TAIPEI - Taiwan's exports of integrated circuits reached US$109.8bn in the first seven months of the year, preliminary customs data show, with Hong Kong overtaking mainland China as the top destination.

Shipments to Hong Kong came to $29.5bn and to the mainland $27.3bn, so that the two together still took just over half of the total. The mainland's share alone has slipped to a quarter, from nearly three-tenths in 2024.

Last year the island shipped US$165.0bn of chips, a touch below 2023's US$166.6bn and well short of the 2022 peak of US$184.1bn. (In local currency, the 2024 figure is roughly NT$5.3 trillion.)

Much of the new business is in the Americas and South Asia. Exports to the United States more than doubled in 2024 to $7.4bn. Mexico's purchases nearly tripled to $2.6bn; India's rose by more than half to $3.0bn.

'We are following our customers,' said an executive at a Hsinchu packaging house that employs 4,000 people. Is the shift permanent? Japan's intake of Taiwanese chips fell by a third in 2024, to US$12.2bn.

Korea was again the fourth-largest buyer this year, with $9.0bn. Vietnam took $3.8bn, up 40 per cent on the same period of last year, according to the ministry.

The mainland's take in 2024, US$48.5bn, was up 2.5 per cent, while Hong Kong's fell 25 per cent to US$36.8bn.
"""
    l2 = [
        L("US$109.8bn", "amount", "supported", TW(None, 2025)),
        L("the top destination", "rank", "supported", TWR(2025), "Jan-Jul 2025: Hong Kong 1st, China 2nd"),
        L("$29.5bn", "amount", "supported", TW("Hong Kong", 2025)),
        L("$27.3bn", "amount", "supported", TW("China", 2025)),
        L("just over half", "share", "supported", TWS(["China", "Hong Kong"], 2025)),
        L("a quarter", "share", "supported", TWS(["China"], 2025)),
        L("nearly three-tenths", "share", "supported", TWS(["China"], 2024)),
        L("US$165.0bn", "amount", "supported", TW(None, 2024)),
        L("a touch below", "direction", "supported", TWC(None, 2024, 2023)),
        L("US$166.6bn", "amount", "supported", TW(None, 2023)),
        L("peak", "record", "consistent", "; ".join(TW(None, y) for y in range(2013, 2025)), "2022 highest of 2013-2024; series starts 2013"),
        L("US$184.1bn", "amount", "supported", TW(None, 2022)),
        L("roughly NT$5.3 trillion", "amount", "not_checkable", TW(None, 2024), "New Taiwan dollars"),
        L("more than doubled", "multiple", "supported", TWC("US", 2024, 2023)),
        L("$7.4bn", "amount", "supported", TW("US", 2024)),
        L("nearly tripled", "multiple", "supported", TWC("Mexico", 2024, 2023)),
        L("$2.6bn", "amount", "contradicted", TW("Mexico", 2024), "text $2.6bn vs data $1.90bn"),
        L("by more than half", "change", "supported", TWC("India", 2024, 2023)),
        L("$3.0bn", "amount", "supported", TW("India", 2024)),
        L("4,000 people", "not_trade", "not_checkable", "company employment", NC_NONTRADE),
        L("by a third", "change", "supported", TWC("Japan", 2024, 2023)),
        L("US$12.2bn", "amount", "contradicted", TW("Japan", 2024), "text $12.2bn vs data $10.42bn"),
        L("the fourth-largest", "rank", "supported", TWR(2025), "Jan-Jul 2025"),
        L("$9.0bn", "amount", "supported", TW("Korea", 2025)),
        L("$3.8bn", "amount", "supported", TW("Vietnam", 2025)),
        L("up 40 per cent", "change", "not_checkable", TW("Vietnam", 2025), "no Jan-Jul 2024 in the store (annual only)"),
        L("US$48.5bn", "amount", "supported", TW("China", 2024)),
        L("up 2.5 per cent", "change", "supported", TWC("China", 2024, 2023)),
        L("fell 25 per cent", "change", "contradicted", TWC("Hong Kong", 2024, 2023), "actual -14.7%"),
        L("US$36.8bn", "amount", "supported", TW("Hong Kong", 2024)),
    ]
    out.append(("a2", "2025-09-02", a2, l2))

    # ---------------- a3 ----------------
    a3 = """# Where the world's chips come from, and where the tools go

Global exports of integrated circuits came to roughly $950bn in 2023, down by almost 12 per cent from the USD 1.08tn of 2022, according to the customs reports compiled by UN Comtrade.

Hong Kong led with $193.5bn, about a fifth of the total, most of it re-exports. Mainland China, at $152.0bn, was third; Korea's $86.1bn made it fourth, with about 9 per cent.

What of 2024? Not every economy has reported yet, so world totals are not comparable. Korea's exports jumped to $120.2bn, up by about two-fifths, and America's rose to $50.6bn.

Tools tell the forward story. SEMI's figures show billings of $117.1bn worldwide in 2024, of which mainland China took $49.6bn: more than two-fifths of the total, and more than two and a half times its 2020 spend. Korea, at $20.5bn, ranked second.

North American billings rose more than 80 per cent between the second and third quarters of 2024, to $3.6bn, while China's third-quarter billings of $12.9bn were 30 per cent above a year earlier.

And trade with Washington's rival? China's imports of American integrated circuits rose by about 42 per cent in 2024, to $11.8bn, after falling to $8.3bn in 2023.

Beijing's own customs put the 2024 chip import bill at US$385bn. Export controls on 3-nanometre and more advanced nodes will test that figure.
"""
    l3 = [
        L("roughly $950bn", "amount", "supported", W(None, 2023)),
        L("by almost 12 per cent", "change", "supported", WC(None, 2023, 2022)),
        L("USD 1.08tn", "amount", "supported", W(None, 2022)),
        L("led", "rank", "supported", WR(2023), "occurrence 2: occurrence 1 is inside 'compiled'", 2),
        L("$193.5bn", "amount", "supported", W("China, Hong Kong SAR", 2023)),
        L("about a fifth", "share", "supported", WS("China, Hong Kong SAR", 2023)),
        L("$152.0bn", "amount", "contradicted", W("China", 2023), "text $152.0bn vs data $136.34bn"),
        L("third", "rank", "supported", WR(2023)),
        L("$86.1bn", "amount", "supported", W("Rep. of Korea", 2023)),
        L("fourth", "rank", "contradicted", WR(2023), "Korea is 5th (behind Hong Kong, 'Other Asia, nes', China, Singapore)"),
        L("about 9 per cent", "share", "supported", WS("Rep. of Korea", 2023)),
        L("$120.2bn", "amount", "supported", W("Rep. of Korea", 2024)),
        L("up by about two-fifths", "change", "supported", WC("Rep. of Korea", 2024, 2023)),
        L("$50.6bn", "amount", "supported", W("USA", 2024)),
        L("rose", "direction", "supported", WC("USA", 2024, 2023)),
        L("$117.1bn", "amount", "supported", S("2024", "Total")),
        L("$49.6bn", "amount", "supported", S("2024", "China")),
        L("more than two-fifths", "share", "supported", SS("2024", "China")),
        L("more than two and a half times", "multiple", "supported", SC("China", "2024", "2020")),
        L("$20.5bn", "amount", "supported", S("2024", "Korea")),
        L("ranked second", "rank", "supported", "; ".join(S("2024", r) for r in ("China", "Korea", "Taiwan", "North America", "Japan"))),
        L("more than 80 per cent", "change", "supported", SC("North America", "2024Q3", "2024Q2")),
        L("$3.6bn", "amount", "contradicted", S("2024Q3", "North America"), "text $3.6bn vs data $4.43bn"),
        L("$12.9bn", "amount", "supported", S("2024Q3", "China")),
        L("30 per cent above", "change", "contradicted", SC("China", "2024Q3", "2023Q3"), "actual +16.9%"),
        L("by about 42 per cent", "change", "supported", CNC(2024, 2023)),
        L("$11.8bn", "amount", "supported", CN(2024)),
        L("$8.3bn", "amount", "supported", CN(2023)),
        L("US$385bn", "amount", "supported", REP(GACC, period_label="2024", partner="World", measure="import_value")),
        L("3-nanometre", "not_trade", "not_checkable", "technology node", NC_NONTRADE),
    ]
    out.append(("a3", "2025-06-10", a3, l3))

    # ---------------- a4 ----------------
    a4 = """# Memory-chip rush: US imports of memories more than triple as buyers race tariffs

SEOUL - American buyers imported US$4.0bn of memory chips in the first seven months of 2026, more than three times the US$1.3bn of the same period last year, customs data compiled by UN Comtrade show.

Consider Korea. Its memory sales to the US came to $1.5bn over January-July, up from $0.32bn, and in June alone reached $373m, a monthly high. Taiwan's rose to $1.4bn.

June was the peak month for the whole market, at $953m, the fifth monthly rise in a row; July's $749m was a fall of more than a fifth.

Japan's memory exports to America also roughly tripled, to US$720m. Analysts at Seoul brokerages expect DRAM contract prices to rise 15 per cent in the fourth quarter.

How big is the pull-forward? In the first half of 2026 memory imports were US$3.3bn, against US$2.3bn for the whole of 2025 and US$1.9bn in 2024.

Processors grew more slowly: the US bought USD 19.1bn in the first half, up 45 per cent on the year.

A year ago, Korean customs put chip exports for 1-20 September 2025 at US$9.49bn, up 27 per cent. A 15 per cent US tariff on Korean goods took effect in August. Samsung's memory arm earned 9.2tn won last quarter.

Memory imports from China? A modest $89m year to date, up by about 60 per cent.
"""
    l4 = [
        L("more than triple", "multiple", "supported", KC("World", P2, "2026-01", "2026-07", "2025-01", "2025-07"), "headline: 3.16x Jan-Jul"),
        L("US$4.0bn", "amount", "supported", K("World", P2, "2026-01", "2026-07")),
        L("more than three times", "multiple", "supported", KC("World", P2, "2026-01", "2026-07", "2025-01", "2025-07")),
        L("US$1.3bn", "amount", "supported", K("World", P2, "2025-01", "2025-07")),
        L("$1.5bn", "amount", "supported", K("KR", P2, "2026-01", "2026-07")),
        L("$0.32bn", "amount", "supported", K("KR", P2, "2025-01", "2025-07")),
        L("$373m", "amount", "supported", K("KR", P2, "2026-06")),
        L("a monthly high", "record", "consistent", Kmax("KR", P2)),
        L("rose", "direction", "supported", KC("TW", P2, "2026-01", "2026-07", "2025-01", "2025-07")),
        L("$1.4bn", "amount", "supported", K("TW", P2, "2026-01", "2026-07")),
        L("the peak month", "record", "consistent", Kmax("World", P2)),
        L("$953m", "amount", "supported", K("World", P2, "2026-06")),
        L("the fifth monthly rise in a row", "streak", "supported", Kmom("World", P2, "2026-01", "2026-06")),
        L("$749m", "amount", "supported", K("World", P2, "2026-07")),
        L("more than a fifth", "change", "supported", Kmom("World", P2, "2026-07", "2026-07"), "-21.4%"),
        L("roughly tripled", "multiple", "supported", KC("Japan", P2, "2026-01", "2026-07", "2025-01", "2025-07")),
        L("US$720m", "amount", "contradicted", K("Japan", P2, "2026-01", "2026-07"), "text $720m vs data $591m"),
        L("15 per cent", "not_trade", "not_checkable", "DRAM price forecast", NC_NONTRADE, 1),
        L("US$3.3bn", "amount", "supported", K("World", P2, "2026-01", "2026-06")),
        L("US$2.3bn", "amount", "supported", K("World", P2, "2025-01", "2025-12")),
        L("US$1.9bn", "amount", "supported", K("World", P2, "2024-01", "2024-12")),
        L("grew more slowly", "direction", "supported", KC("World", P1, "2026-01", "2026-06", "2025-01", "2025-06") + "; memories: " + KC("World", P2, "2026-01", "2026-06", "2025-01", "2025-06")),
        L("USD 19.1bn", "amount", "supported", K("World", P1, "2026-01", "2026-06")),
        L("up 45 per cent", "change", "contradicted", KC("World", P1, "2026-01", "2026-06", "2025-01", "2025-06"), "actual +23.6%"),
        L("US$9.49bn", "amount", "supported", REP(KOR, period_label="Sep 1-20 2025", partner="World", product_as_reported="semiconductors"), "reported partial-month figure"),
        L("up 27 per cent", "change", "supported", REP(KOR, period_label="Sep 1-20 2025", partner="World", product_as_reported="semiconductors")),
        L("A 15 per cent US tariff", "not_trade", "not_checkable", "tariff rate", NC_NONTRADE),
        L("9.2tn won", "not_trade", "not_checkable", "company figure", "company profit in won"),
        L("$89m", "amount", "supported", K("China", P2, "2026-01", "2026-07")),
        L("about 60 per cent", "change", "supported", KC("China", P2, "2026-01", "2026-07", "2025-01", "2025-07")),
    ]
    out.append(("a4", "2026-09-20", a4, l4))
    return out
