"""Batch 11 passages: texts and verdicts by hand, truths from helpers (truth.py look-ups)."""
from helpers import RANK, K, KC, KS, Kmax, Kyoy, Kmom, TW, TWC, TWS, TWR, W, WS, WC, WR, CN, CNC, CNall, S, SC, SS, REP

GACC = "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv"
KOR = "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv"
WSTS = "wsts_sia_transcribed/wsts_sia_monthly_sales_and_regional_growth.csv"
P1, P2 = 854231, 854232
D26 = "2026-09-14"
D25 = "2026-02-18"

NC_NONTRADE = "non-trade number"


def L(quote, kind, verdict, truth, note="", occ=1):
    return {"quote": quote, "occurrence": occ, "kind": kind, "verdict": verdict, "truth": truth, "note": note}


def P(id_, date, text, labels):
    return {"id": id_, "date": date, "text": text, "labels": labels}


def passages():
    s = []
    a = s.append
    # --- US processor imports, annual 2025 ---
    a(P("s001", D26, "America's imports of processors and controllers reached US$36.2bn in 2025, up 15 per cent on 2024.",
        [L("US$36.2bn", "amount", "contradicted", K("World", P1, "2025-01", "2025-12")),
         L("up 15 per cent", "change", "supported", KC("World", P1, "2025-01", "2025-12", "2024-01", "2024-12"))]))
    a(P("s002", D26, "And Taiwan's slice of that processor bill last year? Roughly three-tenths, by our reckoning.",
        [L("Roughly three-tenths", "share", "supported", KS("TW", P1, "2025-01", "2025-12"), "30% +-5% relative; 31.3%")]))
    a(P("s003", "2025-03-20", "Processor shipments from Taiwan (which Comtrade files under 'Other Asia, nes') nearly tripled in 2024, to $8.1 billion.",
        [L("nearly tripled", "multiple", "supported", KC("TW", P1, "2024-01", "2024-12", "2023-01", "2023-12")),
         L("$8.1 billion", "amount", "supported", K("TW", P1, "2024-01", "2024-12"))]))
    a(P("s004", D26, "Malaysia, long the anchor supplier, sent USD 9.3bn of processors to the US in 2025, against USD 8.9bn a year earlier.",
        [L("USD 9.3bn", "amount", "supported", K("Malaysia", P1, "2025-01", "2025-12")),
         L("USD 8.9bn", "amount", "contradicted", K("Malaysia", P1, "2024-01", "2024-12"))]))
    a(P("s005", D26, "US imports of memory chips from Korea rose 85 per cent in 2025, to $0.58bn.",
        [L("rose 85 per cent", "change", "contradicted", KC("KR", P2, "2025-01", "2025-12", "2024-01", "2024-12"), "actual +32.9%"),
         L("$0.58bn", "amount", "supported", K("KR", P2, "2025-01", "2025-12"))]))
    a(P("s006", D26, "Korean processors fared worse: the US bought US$760m of them in 2025, a third less than in 2024.",
        [L("US$760m", "amount", "supported", K("KR", P1, "2025-01", "2025-12")),
         L("a third less", "change", "supported", KC("KR", P1, "2025-01", "2025-12", "2024-01", "2024-12"), "-33.9%")]))
    a(P("s007", D26, "Vietnam's processor sales to America have shrunk for four years running, to under US$1bn in 2025 from US$3.4bn in 2021.",
        [L("four years running", "streak", "supported", "; ".join(K("VN", P1, f"{y}-01", f"{y}-12") for y in range(2021, 2026)), "2022<2021, 2023<2022, 2024<2023, 2025<2024"),
         L("under US$1bn", "amount", "supported", K("VN", P1, "2025-01", "2025-12")),
         L("US$3.4bn", "amount", "contradicted", K("VN", P1, "2021-01", "2021-12"))]))
    a(P("s008", D26, "Imports of processors from China, meanwhile, came to $1.4bn in 2025, barely changed on the year.",
        [L("$1.4bn", "amount", "contradicted", K("China", P1, "2025-01", "2025-12"), "actual $0.87bn"),
         L("barely changed", "direction", "supported", KC("China", P1, "2025-01", "2025-12", "2024-01", "2024-12"), "+1.1%")]))
    a(P("s009", D26, "Malaysian processor shipments to the US in 2025 were still well below their 2021 peak of $16.8bn (2025: $9.3bn).",
        [L("well below", "direction", "supported", K("Malaysia", P1, "2025-01", "2025-12") + "; " + K("Malaysia", P1, "2021-01", "2021-12")),
         L("$16.8bn", "amount", "supported", K("Malaysia", P1, "2021-01", "2021-12")),
         L("peak", "record", "consistent", "; ".join(K("Malaysia", P1, f"{y}-01", f"{y}-12") for y in range(2017, 2026)), "2021 is the highest full year of the series (2017-2025); series starts Nov 2016"),
         L("$9.3bn", "amount", "supported", K("Malaysia", P1, "2025-01", "2025-12"))]))
    a(P("s010", D26, "Total US memory-chip imports rose to $2.3bn last year from $1.9bn in 2024, a gain of almost a quarter.",
        [L("$2.3bn", "amount", "supported", K("World", P2, "2025-01", "2025-12")),
         L("$1.9bn", "amount", "supported", K("World", P2, "2024-01", "2024-12")),
         L("almost a quarter", "change", "supported", KC("World", P2, "2025-01", "2025-12", "2024-01", "2024-12"), "+23.3%, within 5% below 25%")]))
    # --- H1 / YTD 2026 ---
    a(P("s011", D26, "In the first half of 2026 US purchases of processors totalled $17.2 billion, up by more than a fifth on the same period of 2025.",
        [L("$17.2 billion", "amount", "contradicted", K("World", P1, "2026-01", "2026-06")),
         L("up by more than a fifth", "change", "supported", KC("World", P1, "2026-01", "2026-06", "2025-01", "2025-06"))]))
    a(P("s012", D26, "Taiwan's contribution in H1 alone came to US$8.0bn (H1 2025: US$5.6bn).",
        [L("US$8.0bn", "amount", "supported", K("TW", P1, "2026-01", "2026-06")),
         L("US$5.6bn", "amount", "contradicted", K("TW", P1, "2025-01", "2025-06"))]))
    a(P("s013", D26, "Memory was the real story: $3.3 billion in the first half, almost three times the $1.1 billion of a year earlier.",
        [L("$3.3 billion", "amount", "supported", K("World", P2, "2026-01", "2026-06")),
         L("almost three times", "multiple", "supported", KC("World", P2, "2026-01", "2026-06", "2025-01", "2025-06")),
         L("$1.1 billion", "amount", "supported", K("World", P2, "2025-01", "2025-06"))]))
    a(P("s014", D26, "Korea's memory shipments to America in January-June were four and a half times their level a year before.",
        [L("four and a half times", "multiple", "supported", KC("KR", P2, "2026-01", "2026-06", "2025-01", "2025-06"))]))
    a(P("s015", D26, "Japan's memory sales to the US in the first half merely doubled.",
        [L("merely doubled", "multiple", "contradicted", KC("Japan", P2, "2026-01", "2026-06", "2025-01", "2025-06"), "actual 3.0x")]))
    a(P("s016", D26, "Year to date, through July, US processor imports stand at $22.0bn, 35 per cent ahead of last year's pace.",
        [L("$22.0bn", "amount", "supported", K("World", P1, "2026-01", "2026-07")),
         L("35 per cent", "change", "contradicted", KC("World", P1, "2026-01", "2026-07", "2025-01", "2025-07"))]))
    a(P("s017", D26, "Shipments from Taiwan over the first seven months rose 45 per cent to US$9.1bn.",
        [L("rose 45 per cent", "change", "contradicted", KC("TW", P1, "2026-01", "2026-07", "2025-01", "2025-07"), "actual +69.3%"),
         L("US$9.1bn", "amount", "supported", K("TW", P1, "2026-01", "2026-07"))]))
    a(P("s018", D26, "Malaysia's processor shipments slid by three-tenths in the first seven months, to US$3.1bn.",
        [L("slid by three-tenths", "change", "supported", KC("Malaysia", P1, "2026-01", "2026-07", "2025-01", "2025-07")),
         L("US$3.1bn", "amount", "contradicted", K("Malaysia", P1, "2026-01", "2026-07"))]))
    a(P("s019", D26, "Viet Nam's processor sales to the US jumped by more than 80 per cent year to date, to about $1.3bn.",
        [L("more than 80 per cent", "change", "supported", KC("VN", P1, "2026-01", "2026-07", "2025-01", "2025-07")),
         L("about $1.3bn", "amount", "contradicted", K("VN", P1, "2026-01", "2026-07"))]))
    a(P("s020", D26, "Imports of processors from China fell again in January-July, by roughly a third.",
        [L("fell", "direction", "supported", KC("China", P1, "2026-01", "2026-07", "2025-01", "2025-07")),
         L("roughly a third", "change", "supported", KC("China", P1, "2026-01", "2026-07", "2025-01", "2025-07"), "-32.3%")]))
    a(P("s021", D26, "Memory imports from Korea over the first seven months came to $1.5bn, more than four times the $0.32bn of a year earlier.",
        [L("$1.5bn", "amount", "supported", K("KR", P2, "2026-01", "2026-07")),
         L("more than four times", "multiple", "supported", KC("KR", P2, "2026-01", "2026-07", "2025-01", "2025-07")),
         L("$0.32bn", "amount", "supported", K("KR", P2, "2025-01", "2025-07"))]))
    a(P("s022", D26, "Taiwan's memory shipments to the US climbed to US$1.4bn year to date (2025: US$0.9bn).",
        [L("US$1.4bn", "amount", "supported", K("TW", P2, "2026-01", "2026-07")),
         L("US$0.9bn", "amount", "contradicted", K("TW", P2, "2025-01", "2025-07"), "actual $0.37bn")]))
    a(P("s023", D26, "Total memory imports so far this year ($4.0bn) are already well above the whole of 2025.",
        [L("$4.0bn", "amount", "supported", K("World", P2, "2026-01", "2026-07")),
         L("well above", "direction", "supported", K("World", P2, "2026-01", "2026-07") + "; " + K("World", P2, "2025-01", "2025-12"))]))
    a(P("s024", D26, "Japan's memory exports to America over January-July amounted to US$590m, roughly triple last year's US$190m.",
        [L("US$590m", "amount", "supported", K("Japan", P2, "2026-01", "2026-07")),
         L("roughly triple", "multiple", "supported", KC("Japan", P2, "2026-01", "2026-07", "2025-01", "2025-07"), "3.08x"),
         L("US$190m", "amount", "supported", K("Japan", P2, "2025-01", "2025-07"))]))
    # --- quarters ---
    a(P("s025", D26, "In the fourth quarter of 2025 America imported $8.6bn of processors, 23 per cent more than a year earlier.",
        [L("$8.6bn", "amount", "contradicted", K("World", P1, "2025-10", "2025-12")),
         L("23 per cent more", "change", "supported", KC("World", P1, "2025-10", "2025-12", "2024-10", "2024-12"))]))
    a(P("s026", D26, "The second quarter of 2026 brought a dip from the first: $9.4bn against $9.7bn.",
        [L("a dip", "direction", "supported", KC("World", P1, "2026-04", "2026-06", "2026-01", "2026-03")),
         L("$9.4bn", "amount", "supported", K("World", P1, "2026-04", "2026-06")),
         L("$9.7bn", "amount", "supported", K("World", P1, "2026-01", "2026-03"))]))
    a(P("s027", D26, "First-quarter processor imports rose 40 per cent on the year to $9.7bn.",
        [L("rose 40 per cent", "change", "contradicted", KC("World", P1, "2026-01", "2026-03", "2025-01", "2025-03"), "actual +24.3%"),
         L("$9.7bn", "amount", "supported", K("World", P1, "2026-01", "2026-03"))]))
    a(P("s028", D26, "In the first quarter of Washington's fiscal 2026 (October to December 2025), Taiwan shipped US$2.6bn of processors to the US.",
        [L("US$2.6bn", "amount", "contradicted", K("TW", P1, "2025-10", "2025-12"), "fiscal Q1 FY2026 = Oct-Dec 2025, as the text says")]))
    a(P("s029", D26, "Third-quarter 2025 processor imports came to $7.4bn, the weakest quarter of the year.",
        [L("$7.4bn", "amount", "supported", K("World", P1, "2025-07", "2025-09")),
         L("the weakest quarter of the year", "record", "supported", "; ".join(K("World", P1, a_, b_) for a_, b_ in [("2025-01", "2025-03"), ("2025-04", "2025-06"), ("2025-07", "2025-09"), ("2025-10", "2025-12")]))]))
    a(P("s030", D26, "Taiwan's processor shipments in the second quarter of 2026 were US$3.7bn, up from US$1.8bn in the same quarter of 2025.",
        [L("US$3.7bn", "amount", "supported", K("TW", P1, "2026-04", "2026-06")),
         L("US$1.8bn", "amount", "contradicted", K("TW", P1, "2025-04", "2025-06"))]))
    # --- months, records, streaks, counts ---
    a(P("s031", D26, "December 2025's processor import bill of $3.85bn was the largest monthly figure on record.",
        [L("$3.85bn", "amount", "supported", K("World", P1, "2025-12")),
         L("the largest monthly figure on record", "record", "consistent", Kmax("World", P1), "highest of the whole series, which starts Nov 2016")]))
    a(P("s032", D26, "June's memory imports of US$953m were the highest in at least nine years.",
        [L("US$953m", "amount", "supported", K("World", P2, "2026-06")),
         L("the highest in at least nine years", "record", "supported", Kmax("World", P2), "max of all months Nov 2016-Jul 2026, covers the nine years")]))
    a(P("s033", D26, "June was also the fifth consecutive monthly rise in US memory imports.",
        [L("the fifth consecutive monthly rise", "streak", "supported", Kmom("World", P2, "2026-01", "2026-06"), "Feb-Jun rises, Jan fell")]))
    a(P("s034", D26, "July then broke the run: memory imports fell 8 per cent month on month, to $749m.",
        [L("fell 8 per cent month on month", "change", "contradicted", Kmom("World", P2, "2026-07", "2026-07"), "actual -21.4%"),
         L("$749m", "amount", "supported", K("World", P2, "2026-07"))]))
    a(P("s035", D26, "July 2026 was the twelfth straight month in which processor imports from Taiwan beat the year-earlier figure.",
        [L("the twelfth straight month", "streak", "contradicted", Kyoy("TW", P1, "2025-07", "2026-07"), "run is 9 months (Nov 2025-Jul 2026); Aug-Oct 2025 fell y/y")]))
    a(P("s036", D26, "In six of the first seven months of 2026 the US processor bill topped $3bn.",
        [L("six of the first seven months", "count", "supported", Kmom("World", P1, "2026-01", "2026-07"), "all but July (2.845) above $3bn")]))
    a(P("s037", D26, "Processor imports from Taiwan hit US$1.51bn in January, the highest monthly figure in the series.",
        [L("US$1.51bn", "amount", "supported", K("TW", P1, "2026-01")),
         L("the highest monthly figure in the series", "record", "consistent", Kmax("TW", P1), "highest of a series that starts Nov 2016")]))
    a(P("s038", D26, "March's processor imports from Taiwan more than doubled year on year, to $1.46bn.",
        [L("more than doubled", "multiple", "supported", Kyoy("TW", P1, "2026-03", "2026-03"), "+124.5%"),
         L("$1.46bn", "amount", "supported", K("TW", P1, "2026-03"))]))
    a(P("s039", D26, "US memory imports from Korea reached $373m in June 2026, a monthly high for the series, and then eased to $287m in July.",
        [L("$373m", "amount", "supported", K("KR", P2, "2026-06")),
         L("a monthly high for the series", "record", "consistent", Kmax("KR", P2)),
         L("$287m", "amount", "contradicted", K("KR", P2, "2026-07")),
         L("eased", "direction", "supported", K("KR", P2, "2026-07") + "; " + K("KR", P2, "2026-06"))]))
    a(P("s040", D26, "June memory imports from Japan of US$241m were roughly triple May's.",
        [L("US$241m", "amount", "supported", K("Japan", P2, "2026-06")),
         L("roughly triple", "multiple", "contradicted", Kmom("Japan", P2, "2026-06", "2026-06"), "2.04x")]))
    a(P("s041", D26, "Processor imports from Malaysia collapsed to just $203m in June, the lowest monthly figure since at least 2016.",
        [L("$203m", "amount", "supported", K("Malaysia", P1, "2026-06")),
         L("the lowest monthly figure since at least 2016", "record", "supported", Kmax("Malaysia", P1) + "; min of series = 2026-06 (0.203bn)", "lowest of every month Nov 2016-Jul 2026")]))
    a(P("s042", D26, "In July the total processor bill was $2.8bn, down 30 per cent on June.",
        [L("$2.8bn", "amount", "supported", K("World", P1, "2026-07")),
         L("down 30 per cent", "change", "contradicted", Kmom("World", P1, "2026-07", "2026-07"), "actual -14.4%")]))
    # --- Taiwan customs ---
    T = "2025-09-02"
    a(P("s043", T, "Taiwan's customs recorded US$165.0bn of integrated-circuit exports in 2024, down 6 per cent on 2023.",
        [L("US$165.0bn", "amount", "supported", TW(None, 2024)),
         L("down 6 per cent", "change", "contradicted", TWC(None, 2024, 2023))]))
    a(P("s044", T, "Mainland China took 34 per cent of those chip exports; together with Hong Kong, just over half.",
        [L("34 per cent", "share", "contradicted", TWS(["China"], 2024)),
         L("just over half", "share", "supported", TWS(["China", "Hong Kong"], 2024))]))
    a(P("s045", T, "Taiwanese chip shipments to the United States more than doubled in 2024 to $7.4bn, or 4.5 per cent of the island's total.",
        [L("more than doubled", "multiple", "supported", TWC("US", 2024, 2023)),
         L("$7.4bn", "amount", "supported", TW("US", 2024)),
         L("4.5 per cent", "share", "supported", TWS(["US"], 2024))]))
    a(P("s046", T, "Exports of chips from Taiwan to Mexico nearly tripled in 2024, to US$2.4bn.",
        [L("nearly tripled", "multiple", "supported", TWC("Mexico", 2024, 2023)),
         L("US$2.4bn", "amount", "contradicted", TW("Mexico", 2024))]))
    a(P("s047", T, "Taiwan's IC shipments to India rose by more than half in 2024 to $3.0bn; those to Vietnam climbed 25 per cent.",
        [L("by more than half", "change", "supported", TWC("India", 2024, 2023)),
         L("$3.0bn", "amount", "supported", TW("India", 2024)),
         L("climbed 25 per cent", "change", "contradicted", TWC("Vietnam", 2024, 2023), "actual +57.6%")]))
    a(P("s048", T, "Japan, by contrast, bought a third fewer Taiwanese chips in 2024 (US$12.1bn) than in 2023.",
        [L("a third fewer", "change", "supported", TWC("Japan", 2024, 2023)),
         L("US$12.1bn", "amount", "contradicted", TW("Japan", 2024))]))
    a(P("s049", T, "Singapore remained the third-largest destination for Taiwan's chips in 2024, with Korea fourth.",
        [L("the third-largest", "rank", "supported", TWR(2024)),
         L("fourth", "rank", "supported", TWR(2024))]))
    a(P("s050", T, "Malaysia overtook Japan in 2024 to become the fourth-largest market for Taiwanese integrated circuits.",
        [L("the fourth-largest", "rank", "contradicted", TWR(2024), "Malaysia 6th, below Japan (5th)")]))
    a(P("s051", T, "In the first seven months of 2025 Taiwan exported US$109.8bn of chips, of which the mainland took US$31.6bn, about a quarter.",
        [L("US$109.8bn", "amount", "supported", TW(None, 2025)),
         L("US$31.6bn", "amount", "contradicted", TW("China", 2025)),
         L("about a quarter", "share", "supported", TWS(["China"], 2025))]))
    a(P("s052", T, "Hong Kong, not the mainland, was the largest single destination for Taiwan's chips in January-July 2025.",
        [L("the largest", "rank", "supported", TWR(2025), "Jan-Jul 2025 preliminary: Hong Kong 29.50 > China 27.34")]))
    a(P("s053", T, "Taiwan's chip exports in January-July 2025 were up 12 per cent on the same months of 2024, the finance ministry says.",
        [L("up 12 per cent", "change", "not_checkable", TW(None, 2025) + "; 2024 is annual only in the file", "no Jan-Jul 2024 figure in the store (Taiwan customs file is annual; 2025 = Jan-Jul)")]))
    a(P("s054", T, "Taiwan's chip exports fell for the second year running in 2024, from the 2022 high of $184.1bn.",
        [L("the second year running", "streak", "supported", TWC(None, 2023, 2022) + "; " + TWC(None, 2024, 2023)),
         L("$184.1bn", "amount", "supported", TW(None, 2022)),
         L("high", "record", "consistent", "; ".join(TW(None, y) for y in (2013, 2020, 2021, 2022, 2023, 2024)), "2022 is the highest year 2013-2024; the series starts in 2013")]))
    a(P("s055", T, "Exports to Hong Kong dropped by roughly 22 per cent in 2024, to $36.8bn.",
        [L("roughly 22 per cent", "change", "contradicted", TWC("Hong Kong", 2024, 2023)),
         L("$36.8bn", "amount", "supported", TW("Hong Kong", 2024))]))
    a(P("s056", T, "Taiwan sold US$13.4bn of chips to Korea in 2024, up 35 per cent.",
        [L("US$13.4bn", "amount", "supported", TW("Korea", 2024)),
         L("up 35 per cent", "change", "contradicted", TWC("Korea", 2024, 2023), "actual +17.8%")]))
    a(P("s057", T, "Shipments to the Philippines shrank by more than a third in 2024, to $2.1bn.",
        [L("more than a third", "change", "supported", TWC("Philippines", 2024, 2023)),
         L("$2.1bn", "amount", "contradicted", TW("Philippines", 2024))]))
    a(P("s058", T, "Taiwan's IC exports to America were almost five times their 2019 level last year.",
        [L("almost five times", "multiple", "supported", TWC("US", 2024, 2019), "4.91x"), ]))
    a(P("s059", T, "Since 2019 the island's total chip exports have grown by around 80 per cent (2019: US$100.3bn).",
        [L("around 80 per cent", "change", "contradicted", TWC(None, 2024, 2019), "2024 vs 2019"),
         L("US$100.3bn", "amount", "supported", TW(None, 2019))]))
    a(P("s060", T, "Singapore took US$21.0bn of Taiwanese chips in 2024, 15 per cent more than in 2023.",
        [L("US$21.0bn", "amount", "supported", TW("Singapore", 2024)),
         L("15 per cent more", "change", "contradicted", TWC("Singapore", 2024, 2023), "actual -0.5%")]))
    a(P("s061", T, "The mainland's share of Taiwan's chip exports peaked at about 34 per cent in 2020.",
        [L("about 34 per cent", "share", "supported", TWS(["China"], 2020)),
         L("peaked", "record", "consistent", "; ".join(TWS(["China"], y) for y in (2019, 2020, 2021, 2024)), "2020 share is the highest of 2013-2025 in the file")]))
    a(P("s062", T, "In 2022 Taiwan's chip exports rose 18 per cent to US$184bn, after a 35 per cent jump in 2021.",
        [L("rose 18 per cent", "change", "supported", TWC(None, 2022, 2021)),
         L("US$184bn", "amount", "supported", TW(None, 2022)),
         L("a 35 per cent jump", "change", "contradicted", TWC(None, 2021, 2020))]))
    a(P("s063", T, "Taiwan's chip exports to the mainland in 2024 were worth roughly NT$1.55 trillion.",
        [L("roughly NT$1.55 trillion", "amount", "not_checkable", TW("China", 2024), "New Taiwan dollars; the store holds USD only")]))
    a(P("s064", T, "Vietnam bought $4.4bn of Taiwanese integrated circuits in 2024 against $3.3bn in 2023.",
        [L("$4.4bn", "amount", "supported", TW("Vietnam", 2024)),
         L("$3.3bn", "amount", "contradicted", TW("Vietnam", 2023))]))
    a(P("s065", T, "Thailand's purchases of Taiwanese chips barely moved in 2024, at $2.4bn, while Germany's fell by more than two-fifths.",
        [L("barely moved", "direction", "supported", TWC("Thailand", 2024, 2023), "+1.5%"),
         L("$2.4bn", "amount", "supported", TW("Thailand", 2024)),
         L("by more than two-fifths", "change", "supported", TWC("Germany", 2024, 2023))]))
    # --- world exports ---
    Wd = "2025-06-10"
    a(P("s066", Wd, "Hong Kong's exports of integrated circuits were worth $193.5bn in 2023, a fifth of the world total of roughly $950bn.",
        [L("$193.5bn", "amount", "supported", W("China, Hong Kong SAR", 2023)),
         L("a fifth", "share", "supported", WS("China, Hong Kong SAR", 2023)),
         L("roughly $950bn", "amount", "supported", W(None, 2023))]))
    a(P("s067", Wd, "Korea's share of world chip exports was about 9 per cent in 2023, down from more than 10 per cent in 2022.",
        [L("about 9 per cent", "share", "supported", WS("Rep. of Korea", 2023)),
         L("more than 10 per cent", "share", "supported", WS("Rep. of Korea", 2022))]))
    a(P("s068", Wd, "American IC exports slipped to $43.6bn in 2023 from $58.4bn a year earlier, a fall of about 16 per cent.",
        [L("$43.6bn", "amount", "supported", W("USA", 2023)),
         L("$58.4bn", "amount", "contradicted", W("USA", 2022)),
         L("about 16 per cent", "change", "supported", WC("USA", 2023, 2022))]))
    a(P("s069", Wd, "Mainland China was only the third-largest chip exporter among reporting economies in 2023, at US$151.3bn.",
        [L("the third-largest", "rank", "supported", WR(2023)),
         L("US$151.3bn", "amount", "contradicted", W("China", 2023))]))
    a(P("s070", Wd, "Korea's chip exports reached $120.2bn in 2024, nearly 40 per cent up on 2023.",
        [L("$120.2bn", "amount", "supported", W("Rep. of Korea", 2024)),
         L("nearly 40 per cent", "change", "supported", WC("Rep. of Korea", 2024, 2023))]))
    a(P("s071", Wd, "Singapore's IC exports of US$104.5bn in 2023 gave it roughly 15 per cent of the world market.",
        [L("US$104.5bn", "amount", "supported", W("Singapore", 2023)),
         L("roughly 15 per cent", "share", "contradicted", WS("Singapore", 2023), "actual 11.0%")]))
    a(P("s072", Wd, "Malaysia exported some $74.7bn of chips in 2023 and $84.6bn in 2024.",
        [L("some $74.7bn", "amount", "supported", W("Malaysia", 2023)),
         L("$84.6bn", "amount", "contradicted", W("Malaysia", 2024))]))
    a(P("s073", Wd, "World exports of integrated circuits topped a trillion dollars in 2022 (USD 1.08tn), before sliding by almost 12 per cent in 2023.",
        [L("a trillion dollars", "amount", "supported", W(None, 2022), "'topped'"),
         L("USD 1.08tn", "amount", "supported", W(None, 2022)),
         L("sliding by almost 12 per cent", "change", "supported", WC(None, 2023, 2022))]))
    a(P("s074", Wd, "Japan's chip exports came to $36.1bn in 2023, a little over 3 per cent of the world total.",
        [L("$36.1bn", "amount", "contradicted", W("Japan", 2023)),
         L("a little over 3 per cent", "share", "supported", WS("Japan", 2023))]))
    a(P("s075", Wd, "The Philippines shipped $26.0bn of chips abroad in 2023, ahead of Germany's $27.0bn.",
        [L("$26.0bn", "amount", "supported", W("Philippines", 2023)),
         L("$27.0bn", "amount", "contradicted", W("Germany", 2023))]))
    a(P("s076", Wd, "US chip exports rose 24 per cent in 2024, to USD 50.6bn.",
        [L("rose 24 per cent", "change", "contradicted", WC("USA", 2024, 2023)),
         L("USD 50.6bn", "amount", "supported", W("USA", 2024))]))
    a(P("s077", Wd, "China's IC exports grew by 5 per cent in 2024, to $159.7bn.",
        [L("grew by 5 per cent", "change", "contradicted", WC("China", 2024, 2023), "actual +17.2%"),
         L("$159.7bn", "amount", "supported", W("China", 2024))]))
    a(P("s078", Wd, "Hong Kong's re-export hub handled just over a fifth of world chip exports in 2021 as well.",
        [L("just over a fifth", "share", "supported", WS("China, Hong Kong SAR", 2021))]))
    a(P("s079", Wd, "Korean chip exports of $112.8bn in 2022 remain the highest on record.",
        [L("$112.8bn", "amount", "supported", W("Rep. of Korea", 2022)),
         L("the highest on record", "record", "contradicted", WC("Rep. of Korea", 2024, 2022), "2024 ($120.2bn) is higher; article dated 2025")]))
    # --- China's imports from the US (annual, Comtrade) and GACC releases ---
    C = "2025-07-15"
    a(P("s080", C, "China's imports of American integrated circuits rebounded by more than 40 per cent in 2024, to $11.8bn.",
        [L("more than 40 per cent", "change", "supported", CNC(2024, 2023)),
         L("$11.8bn", "amount", "supported", CN(2024))]))
    a(P("s081", C, "That followed a slump of nearly 32 per cent in 2023, to US$8.3bn, the lowest since 2012.",
        [L("nearly 32 per cent", "change", "supported", CNC(2023, 2022), "-31.8%"),
         L("US$8.3bn", "amount", "supported", CN(2023)),
         L("the lowest since 2012", "record", "supported", CNall(), "2023 below every year 2013-2022; 2012 lower (7.00)")]))
    a(P("s082", C, "China bought $14.9bn of US chips in 2024, according to Comtrade.",
        [L("$14.9bn", "amount", "contradicted", CN(2024), "actual $11.75bn")]))
    a(P("s083", C, "Chinese purchases of US integrated circuits hit a peak of US$17.4bn in 2021, roughly double the 2010 level.",
        [L("US$17.4bn", "amount", "contradicted", CN(2021)),
         L("a peak", "record", "consistent", CNall(), "highest of 2010-2024; series starts 2010"),
         L("roughly double", "multiple", "supported", CNC(2021, 2010), "1.99x")]))
    a(P("s084", C, "Between 2016 and 2021 Chinese imports of US chips rose for five consecutive years.",
        [L("five consecutive years", "streak", "supported", CNall(), "2017>2016, 2018, 2019, 2020, 2021 each higher")]))
    a(P("s085", C, "Imports from America fell by a tenth in 2022, to $12.2bn.",
        [L("by a tenth", "change", "contradicted", CNC(2022, 2021), "actual -22.6%"),
         L("$12.2bn", "amount", "supported", CN(2022))]))
    a(P("s086", "2024-11-20", "Chinese customs said imports of US chips rose 60 per cent in October, to $1.11bn, taking the January-October total to $9.61bn (up 42.5 per cent).",
        [L("60 per cent", "change", "supported", REP(GACC, period_label="Oct 2024", partner="United States", measure="import_value"), "reported GACC figure as transcribed"),
         L("$1.11bn", "amount", "supported", REP(GACC, period_label="Oct 2024", partner="United States", measure="import_value")),
         L("$9.61bn", "amount", "supported", REP(GACC, period_label="Jan-Oct 2024", partner="United States", measure="import_value")),
         L("up 42.5 per cent", "change", "supported", REP(GACC, period_label="Jan-Oct 2024", partner="United States", measure="import_value"))]))
    a(P("s087", "2025-01-20", "China's total chip import bill in 2024 was US$385bn, up 10.4 per cent, on GACC figures.",
        [L("US$385bn", "amount", "supported", REP(GACC, period_label="2024", partner="World", measure="import_value")),
         L("up 10.4 per cent", "change", "supported", REP(GACC, period_label="2024", partner="World", measure="import_value"))]))
    a(P("s088", "2023-07-20", "In the first half of 2023 China's IC imports fell 22.4 per cent to $162.6bn.",
        [L("fell 22.4 per cent", "change", "supported", REP(GACC, period_label="H1 2023", partner="World", measure="import_value")),
         L("$162.6bn", "amount", "supported", REP(GACC, period_label="H1 2023", partner="World", measure="import_value"))]))
    a(P("s089", "2025-01-20", "China imported 549.2 billion chips by number in 2024, customs said.",
        [L("549.2 billion chips", "count", "supported", REP(GACC, period_label="2024", partner="World", measure="import_quantity"), "reported quantity")]))
    # --- SEMI equipment ---
    E = "2025-04-15"
    a(P("s090", E, "China accounted for $49.6bn of the $117.1bn spent on chip-making tools worldwide in 2024, more than two-fifths.",
        [L("$49.6bn", "amount", "supported", S("2024", "China")),
         L("$117.1bn", "amount", "supported", S("2024", "Total")),
         L("more than two-fifths", "share", "supported", SS("2024", "China"))]))
    a(P("s091", E, "Chinese equipment billings in the third quarter of 2024 ($12.9bn) were up 17 per cent year on year.",
        [L("$12.9bn", "amount", "supported", S("2024Q3", "China")),
         L("up 17 per cent", "change", "supported", SC("China", "2024Q3", "2023Q3"))]))
    a(P("s092", E, "North American billings rose by more than 80 per cent quarter on quarter in Q3 2024, to US$4.4bn.",
        [L("more than 80 per cent", "change", "supported", SC("North America", "2024Q3", "2024Q2")),
         L("US$4.4bn", "amount", "supported", S("2024Q3", "North America"))]))
    a(P("s093", E, "Taiwan's equipment billings of $4.7bn in Q3 2024 were up 25 per cent on the quarter.",
        [L("$4.7bn", "amount", "supported", S("2024Q3", "Taiwan")),
         L("up 25 per cent", "change", "contradicted", SC("Taiwan", "2024Q3", "2024Q2"), "actual +20.3%")]))
    a(P("s094", E, "Korea was the second-largest market for chip equipment in 2024, at $24.5bn.",
        [L("the second-largest", "rank", "supported", "; ".join(S("2024", r) for r in ("China", "Korea", "Taiwan", "North America", "Japan"))),
         L("$24.5bn", "amount", "contradicted", S("2024", "Korea"))]))
    a(P("s095", E, "Spending on tools in mainland China is now more than two and a half times its 2020 level of US$21.6bn.",
        [L("more than two and a half times", "multiple", "supported", SC("China", "2024", "2020")),
         L("US$21.6bn", "amount", "contradicted", S("2020", "China"))]))
    a(P("s096", E, "In the third quarter of 2023 China took 55 per cent of global equipment billings.",
        [L("55 per cent", "share", "contradicted", SS("2023Q3", "China"), "actual 43.3%")]))
    a(P("s097", E, "Taiwan's tool spending fell in 2024 to $16.6bn, below the $17.2bn of 2020.",
        [L("$16.6bn", "amount", "supported", S("2024", "Taiwan")),
         L("$17.2bn", "amount", "supported", S("2020", "Taiwan")),
         L("fell", "direction", "not_checkable", S("2024", "Taiwan") + "; no 2023 Taiwan annual figure (2023 by region: Q1-Q3 only, Q4 missing)", "no 2023 annual Taiwan figure to compare")]))
    a(P("s098", E, "Global billings grew 10 per cent in 2024, to a record.",
        [L("grew 10 per cent", "change", "supported", SC("Total", "2024", "2023"), "+10.2%"),
         L("a record", "record", "consistent", "; ".join(S(str(y), "Total") for y in range(2018, 2025)), "highest annual total in the transcribed data (2018-2024)")]))
    a(P("s099", E, "Europe's billings halved in the second quarter of 2024 from a year earlier.",
        [L("halved", "multiple", "contradicted", SC("Europe", "2024Q2", "2023Q2"), "fell 41.6%, ratio 0.58x")]))
    # --- Korea (MOTIE/MSIT) and WSTS releases ---
    a(P("s100", "2020-10-16", "Korea's semiconductor exports rose 11.9 per cent in September to $9.6 billion, the ICT ministry said.",
        [L("11.9 per cent", "change", "supported", REP(KOR, period_label="Sep 2020", partner="World", product_as_reported="semiconductors", measure="export_value")),
         L("$9.6 billion", "amount", "supported", REP(KOR, period_label="Sep 2020", partner="World", product_as_reported="semiconductors", measure="export_value"))]))
    a(P("s101", "2024-10-03", "Korean chip exports hit US$13.6bn in September 2024, up 37.1 per cent, according to MOTIE.",
        [L("US$13.6bn", "amount", "supported", REP(KOR, period_label="Sep 2024", partner="World", product_as_reported="semiconductors")),
         L("up 37.1 per cent", "change", "supported", REP(KOR, period_label="Sep 2024", partner="World", product_as_reported="semiconductors"))]))
    a(P("s102", "2024-03-08", "Global chip sales averaged $47.6bn a month in the three months to January, up 15.2 per cent year on year (SIA).",
        [L("$47.6bn", "amount", "supported", REP(WSTS, period="2024-01", region="World", measure="sales_3mma")),
         L("up 15.2 per cent", "change", "supported", REP(WSTS, period="2024-01", region="World", measure="yoy_pct"))]))
    a(P("s103", "2024-03-08", "Sales in China were up 26.6 per cent; in Japan they fell by more than 6 per cent.",
        [L("up 26.6 per cent", "change", "supported", REP(WSTS, period="2024-01", region="China", measure="yoy_pct")),
         L("more than 6 per cent", "change", "supported", REP(WSTS, period="2024-01", region="Japan", measure="yoy_pct"))]))
    # --- not checkable / ambiguous / mixed ---
    a(P("s104", D26, "The White House has floated a 100 per cent tariff on imported chips, with exemptions for firms that build plants in America.",
        [L("a 100 per cent tariff", "not_trade", "not_checkable", "tariff rate", NC_NONTRADE)]))
    a(P("s105", D26, "TSMC, which makes most of the world's 3-nanometre chips, has pledged US$165bn for its Arizona programme.",
        [L("3-nanometre", "not_trade", "not_checkable", "technology node", NC_NONTRADE),
         L("US$165bn", "not_trade", "not_checkable", "company investment pledge", NC_NONTRADE)]))
    a(P("s106", D26, "US imports of chips from Taiwan hit a record in the first half of 2026, officials said.",
        [L("a record", "record", "not_checkable", K("TW", P1, "2026-01", "2026-06"), "'chips' in general in a US context (HS 8542): the US monthly series cover only 854231/854232")]))
    a(P("s107", "2025-03-20", "Chip trade between Taiwan and America came to about $8bn last year.",
        [L("about $8bn", "amount", "not_checkable", K("TW", P1, "2024-01", "2024-12") + "; " + TW("US", 2024), "ambiguous: US imports of processors from Taiwan (8.06) vs Taiwan customs 8542 exports to the US (7.40), two reporters and products")]))
    a(P("s108", D26, "Samsung said its memory division earned 9.2 trillion won in operating profit in the second quarter.",
        [L("9.2 trillion won", "not_trade", "not_checkable", "company figure", "company profit, in won")]))
    a(P("s109", D26, "Processor imports from Malaysia were worth RM4.1bn in June, the Department of Statistics said.",
        [L("RM4.1bn", "amount", "not_checkable", K("Malaysia", P1, "2026-06"), "ringgit; the store holds USD only")]))
    a(P("s110", D26, "Some 40,000 people now work in Arizona's semiconductor plants, up from 25,000 in 2022.",
        [L("40,000 people", "not_trade", "not_checkable", "employment figure", NC_NONTRADE),
         L("25,000", "not_trade", "not_checkable", "employment figure", NC_NONTRADE)]))
    a(P("s111", D26, "In 2025 the US imported $10.2bn of processors from Taiwan (2024: $7.2bn) and $2.3bn of memories from the whole world, against $1.9bn.",
        [L("$10.2bn", "amount", "supported", K("TW", P1, "2025-01", "2025-12")),
         L("$7.2bn", "amount", "contradicted", K("TW", P1, "2024-01", "2024-12")),
         L("$2.3bn", "amount", "supported", K("World", P2, "2025-01", "2025-12")),
         L("$1.9bn", "amount", "supported", K("World", P2, "2024-01", "2024-12"))]))
    a(P("s112", D26, "Processor imports from Japan, a minor source, were about US$400m last year and fell for a third straight year.",
        [L("about US$400m", "amount", "supported", K("Japan", P1, "2025-01", "2025-12")),
         L("a third straight year", "streak", "contradicted", "; ".join(K("Japan", P1, f"{y}-01", f"{y}-12") for y in range(2022, 2026)), "2023 rose on 2022; the run of falls is two years (2024, 2025)")]))
    a(P("s113", D26, "Is the memory boom broad-based? Not quite: imports of memories from China, at $89m in the first seven months, were up by about 60 per cent, but from Malaysia they fell by about a quarter.",
        [L("$89m", "amount", "supported", K("China", P2, "2026-01", "2026-07")),
         L("about 60 per cent", "change", "supported", KC("China", P2, "2026-01", "2026-07", "2025-01", "2025-07")),
         L("by about a quarter", "change", "supported", KC("Malaysia", P2, "2026-01", "2026-07", "2025-01", "2025-07"))]))
    a(P("s114", D26, "Taiwan was the largest single supplier of processors to the US in the first half of 2026, well ahead of Malaysia.",
        [L("the largest single supplier", "rank", "supported", RANK(P1, "2026-01", "2026-06"), "largest of the six partners in the store, and World minus the six (the most any other partner could have) is below Taiwan's figure"),
         L("well ahead", "direction", "supported", K("TW", P1, "2026-01", "2026-06") + "; " + K("Malaysia", P1, "2026-01", "2026-06"))]))
    a(P("s115", D26, "Malaysia was, by contrast, the biggest supplier of processors to America in 2023, with a third of the market.",
        [L("the biggest supplier", "rank", "consistent", RANK(P1, "2023-01", "2023-12"), "largest of the partners in the store, but World minus the six exceeds Malaysia's figure, so a partner outside the store could be larger"),
         L("a third of the market", "share", "supported", KS("Malaysia", P1, "2023-01", "2023-12"))]))
    # --- more not_checkable and consistent ---
    a(P("s116", D26, "Early port data suggest processor imports fell in August, to about $2.6bn.",
        [L("fell", "direction", "not_checkable", "kazookat series ends 2026-07", "no August 2026 data in the store"),
         L("about $2.6bn", "amount", "not_checkable", "kazookat series ends 2026-07", "no August 2026 data in the store")]))
    a(P("s117", D26, "Nvidia's data-centre revenue rose to $41bn last quarter, a company filing shows.",
        [L("$41bn", "not_trade", "not_checkable", "company figure", NC_NONTRADE)]))
    a(P("s118", "2025-09-20", "Taiwan's chip exports to the US reached US$1.1bn in August alone.",
        [L("US$1.1bn", "amount", "not_checkable", TW("US", 2025), "Taiwan customs file is annual (2025 = Jan-Jul); no August 2025 figure")]))
    a(P("s119", D26, "US memory imports from Korea were worth roughly 2 trillion won in the first seven months.",
        [L("roughly 2 trillion won", "amount", "not_checkable", K("KR", P2, "2026-01", "2026-07"), "won; the store holds USD only")]))
    a(P("s120", "2024-08-10", "China imported $5.2bn of American chips in the first half of 2024.",
        [L("$5.2bn", "amount", "not_checkable", CN(2024) + "; GACC transcribed rows for the US: Oct 2024, Jan-Oct 2024, Jun-Oct 2024 only", "no H1 2024 China-from-US figure (annual Comtrade only)")]))
    a(P("s121", D26, "US imports of integrated circuits from Malaysia reached $9.5bn last year.",
        [L("$9.5bn", "amount", "not_checkable", K("Malaysia", P1, "2025-01", "2025-12") + " (854231 only)", "'integrated circuits' (HS 8542) in a US context: the US series cover only 854231/854232")]))
    a(P("s122", "2025-09-02", "Taiwan's chip exports grew year on year in each of the first seven months of 2025.",
        [L("each of the first seven months", "streak", "not_checkable", TW(None, 2025), "annual/Jan-Jul totals only, no months")]))
    a(P("s123", D26, "Since the CHIPS Act passed, 12 new fabs have broken ground in America.",
        [L("12 new fabs", "count", "not_checkable", "count of plants", "a count the data do not hold")]))
    a(P("s124", D26, "Korea overtook Taiwan as the biggest supplier of memory chips to the US in the first half of 2026.",
        [L("the biggest supplier", "rank", "supported", RANK(P2, "2026-01", "2026-06") + "; " + K("TW", P2, "2025-01", "2025-06") + " > " + K("KR", P2, "2025-01", "2025-06"), "Korea first of the six; World minus the six is below Korea's figure; Taiwan was ahead in H1 2025"),
         L("overtook", "direction", "supported", K("KR", P2, "2026-01", "2026-06") + "; " + K("TW", P2, "2026-01", "2026-06"))]))
    a(P("s125", D26, "Vietnam ranked third among America's processor suppliers in 2025.",
        [L("third", "rank", "consistent", RANK(P1, "2025-01", "2025-12"), "third of the six partners in the store; World minus the six exceeds Vietnam's figure")]))
    a(P("s126", "2025-07-15", "Chinese imports of American integrated circuits in 2021 were an all-time high.",
        [L("an all-time high", "record", "consistent", CNall(), "highest of 2010-2024; the series starts in 2010")]))
    a(P("s127", D26, "Memory imports in the first seven months of 2026 were the highest for that period on record.",
        [L("the highest for that period on record", "record", "consistent", "; ".join(K("World", P2, f"{y}-01", f"{y}-07") for y in range(2017, 2027)), "Jan-Jul 2026 highest of 2017-2026; series starts Nov 2016")]))
    return s
