"""Batch 9 passages: text and labels by hand; truth figures from helpers (truth.py look-ups)."""
from helpers import K, KC, KY, KM, KREC, TW, WD, SE, CU, REP, GACC, KOR, LITHO, WSTS

P4, P2 = 854231, 854232
S = []


def L(quote, kind, verdict, truth, note="", occ=1):
    return {"quote": quote, "occurrence": occ, "kind": kind, "verdict": verdict, "truth": truth, "note": note}


def P(date, text, *labels):
    S.append({"id": f"s{len(S)+1:03d}", "date": date, "text": text, "labels": list(labels)})


# --- US processors from Taiwan -------------------------------------------------
P("2026-02-18",
  "Washington's appetite for Taiwanese processors is now the single clearest trace of the AI build-out in the trade data: America bought $10.2 billion of them from the island in 2025, up from $6.9 billion the year before.",
  L("$10.2 billion", "amount", "supported", KY("TW", P4, 2025), "demonym 'Taiwanese' + 'the island' = Taiwan"),
  L("$6.9 billion", "amount", "contradicted", KY("TW", P4, 2024), "actual 8.06"))
P("2026-02-18",
  "Go back one more year and the climb looks almost vertical: the 2025 figure for US processor imports from Taiwan is more than three and a half times the level of 2023.",
  L("more than three and a half times", "multiple", "supported", KY("TW", P4, 2025, 2023)))
P("2026-02-18",
  "US imports of processors and controllers from Taiwan rose by roughly 45% in 2025, by our reckoning the sharpest gain of any supplier.",
  L("roughly 45%", "change", "contradicted", KY("TW", P4, 2025, 2024), "actual +26.5%"),
  L("the sharpest gain of any supplier", "rank", "consistent", KY("TW", P4, 2025, 2024) + "; " + KY("Malaysia", P4, 2025, 2024) + "; " + KY("KR", P4, 2025, 2024) + "; " + KY("VN", P4, 2025, 2024) + "; " + KY("China", P4, 2025, 2024) + "; " + KY("Japan", P4, 2025, 2024), "sharpest among the six partners in the store; suppliers outside the store could beat it"))
P("2025-01-30",
  "In 2024 the island's processor shipments to America nearly tripled, from $2.2 billion to just over $8 billion.",
  L("nearly tripled", "multiple", "supported", KY("TW", P4, 2024, 2023), "ratio 2.90 is within 5% below 3; 'the island' = Taiwan (US imports of processors)"),
  L("$2.2 billion", "amount", "contradicted", KY("TW", P4, 2023), "actual 2.78"),
  L("just over $8 billion", "amount", "supported", KY("TW", P4, 2024)))
P("2026-04-20",
  "Processor imports from Taiwan have topped $1 billion every month since November, a streak that now runs to five months.",
  L("topped $1 billion every month since November", "streak", "supported", KM("TW", P4, "2025-11", "2026-03"), "article date Apr 2026: Nov 2025 through Mar 2026 all > $1bn"),
  L("five months", "count", "supported", KM("TW", P4, "2025-10", "2026-03"), "Nov-Mar = 5 months; Oct 2025 was $785m"))
P("2026-09-22",
  "The island has now shipped more than $1 billion of processors to the United States in each of the past nine months.",
  L("more than $1 billion of processors", "streak", "supported", KM("TW", P4, "2025-11", "2026-07"), "past nine months to Jul 2026 = Nov 2025-Jul 2026, all > $1bn"),
  L("nine months", "count", "supported", KM("TW", P4, "2025-10", "2026-07")))
P("2026-03-15",
  "January's $1.5 billion of Taiwanese processors was the largest monthly haul since at least 2017.",
  L("$1.5 billion", "amount", "supported", K("TW", P4, "2026-01")),
  L("the largest monthly haul since at least 2017", "record", "supported", KREC("TW", P4, "2026-01"), "series max; bounded record over 2017-"))
P("2026-03-15",
  "December's figure, at $1.9 billion, set what was then a record for US processor imports from Taiwan.",
  L("$1.9 billion", "amount", "contradicted", K("TW", P4, "2025-12"), "actual $1.50bn"),
  L("a record", "record", "consistent", KREC("TW", P4, "2025-12"), "Dec 2025 was the series high at the time (surpassed Jan 2026); unbounded record -> consistent"))
P("2026-05-20",
  "In the first quarter America's purchases of Taiwanese processors nearly doubled from a year earlier, to about $3.6 billion.",
  L("nearly doubled", "multiple", "supported", KC("TW", P4, "2026-01", "2026-03", "2025-01", "2025-03")),
  L("about $3.6 billion", "amount", "contradicted", K("TW", P4, "2026-01", "2026-03"), "actual 4.26"))
P("2026-08-25",
  "Over the first half of 2026 the US took roughly $8 billion of processors from Taiwan, some 95% more than in the same months of 2025.",
  L("roughly $8 billion", "amount", "supported", K("TW", P4, "2026-01", "2026-06")),
  L("some 95% more", "change", "contradicted", KC("TW", P4, "2026-01", "2026-06", "2025-01", "2025-06"), "actual +76%"))
P("2026-09-22",
  "Processor imports from Taiwan through July came to $9.1 billion, already close to the whole of 2025.",
  L("$9.1 billion", "amount", "supported", K("TW", P4, "2026-01", "2026-07"), "through July = Jan-Jul 2026"),
  L("close to the whole of 2025", "amount", "consistent", KY("TW", P4, 2025), "9.10 vs 10.20 (89%): 'close to' is vague; no definite interval"))
P("2026-09-22",
  "July's shipment of Taiwanese logic chips, $1.4 billion, was the weakest since October.",
  L("$1.4 billion", "amount", "contradicted", K("TW", P4, "2026-07"), "actual 1.116"),
  L("the weakest since October", "record", "supported", KREC("TW", P4, "2026-07", hi=False), "lower-or-equal month before Jul 2026 is Oct 2025 ($785m); Nov 2025-Jun 2026 all higher"))
P("2025-10-20",
  "Taiwan's share of America's processor imports edged down in August, as the value dipped to $780 million.",
  L("edged down", "direction", "supported", KM("TW", P4, "2025-07", "2025-08") + "; " + KM("World", P4, "2025-07", "2025-08"), "share Jul 840/2354=35.7%, Aug 781/2298=34.0%: fell"),
  L("dipped", "direction", "supported", KM("TW", P4, "2025-07", "2025-08")),
  L("$780 million", "amount", "supported", K("TW", P4, "2025-08")))
P("2025-09-15",
  "Through August, US processor imports from Taiwan were running 52% ahead of 2024's pace, at $6.2 billion.",
  L("52% ahead", "change", "contradicted", KC("TW", P4, "2025-01", "2025-08", "2024-01", "2024-08"), "actual +36.6%"),
  L("$6.2 billion", "amount", "supported", K("TW", P4, "2025-01", "2025-08")))
P("2024-10-25",
  "In the first nine months of 2024, America's processor imports from Taiwan came to $5.5 billion, almost four times the $1.9 billion of the same stretch of 2023.",
  L("$5.5 billion", "amount", "supported", K("TW", P4, "2024-01", "2024-09")),
  L("almost four times", "multiple", "contradicted", KC("TW", P4, "2024-01", "2024-09", "2023-01", "2023-09"), "ratio 2.86, not ~4"),
  L("$1.9 billion", "amount", "supported", K("TW", P4, "2023-01", "2023-09")))

# --- US processors: World and Malaysia ----------------------------------------
P("2026-02-25",
  "America's total imports of processors reached $36.5 billion last year, the highest annual figure since at least 2017.",
  L("$36.5 billion", "amount", "contradicted", KY("World", P4, 2025), "actual 32.63"),
  L("the highest annual figure since at least 2017", "record", "supported", "annual US processor imports from World: 2017 21.10, 2018 21.62, 2019 21.83, 2020 21.40, 2021 27.55, 2022 24.50, 2023 20.28, 2024 28.37, 2025 32.63 bn (kazookat, sums of 12 months)"))
P("2026-02-25",
  "America's processor imports in 2025 were up about 25% on 2024 and some three-fifths above 2023's trough.",
  L("about 25%", "change", "contradicted", KY("World", P4, 2025, 2024), "+15.0%; actual +15.0%"),
  L("some three-fifths above", "change", "supported", KY("World", P4, 2025, 2023), "+60.9%"))
P("2026-01-28",
  "December's $3.9 billion of processor imports was an all-time high for the United States.",
  L("$3.9 billion", "amount", "supported", K("World", P4, "2025-12")),
  L("an all-time high", "record", "consistent", KREC("World", P4, "2025-12"), "series max since Nov 2016; unbounded record -> consistent"))
P("2025-05-20",
  "US processor imports hit $3.0 billion in March, the most since September, when they had reached $3.6 billion.",
  L("$3.0 billion", "amount", "supported", K("World", P4, "2025-03")),
  L("the most since September", "record", "supported", KREC("World", P4, "2025-03")),
  L("$3.6 billion", "amount", "contradicted", K("World", P4, "2024-09"), "actual 3.22"))
P("2026-09-22",
  "Across the first seven months of the year, America imported $22 billion of processors, a gain of 35%.",
  L("$22 billion", "amount", "supported", K("World", P4, "2026-01", "2026-07")),
  L("a gain of 35%", "change", "contradicted", KC("World", P4, "2026-01", "2026-07", "2025-01", "2025-07"), "actual +23.3%"))
P("2026-02-10",
  "Fourth-quarter processor imports came in at $9.8 billion, up nearly a third from a year earlier.",
  L("$9.8 billion", "amount", "supported", K("World", P4, "2025-10", "2025-12")),
  L("up nearly a third", "change", "contradicted", KC("World", P4, "2025-10", "2025-12", "2024-10", "2024-12"), "+23.1%, not ~33%"))
P("2025-01-31",
  "Second-half 2024 processor imports were roughly 50% higher than in the second half of 2023.",
  L("roughly 50% higher", "change", "supported", KC("World", P4, "2024-07", "2024-12", "2023-07", "2023-12"), "+49.3%"))
P("2026-02-18",
  "Malaysia, for years the workhorse of American chip assembly, shipped $10.6 billion of processors to the US in 2025, up a fifth.",
  L("$10.6 billion", "amount", "contradicted", KY("Malaysia", P4, 2025), "actual 9.26"),
  L("up a fifth", "change", "supported", KY("Malaysia", P4, 2025, 2024), "+20.3%"))
P("2025-02-20",
  "Malaysia's 2024 processor sales to the US, $9.1 billion, were less than half what they had been in 2021.",
  L("$9.1 billion", "amount", "contradicted", KY("Malaysia", P4, 2024), "actual 7.70"),
  L("less than half", "multiple", "supported", KY("Malaysia", P4, 2024, 2021), "ratio 0.458"))
P("2026-08-20",
  "June's $203 million of Malaysian processors was the smallest monthly figure since the series began in 2016.",
  L("$203 million", "amount", "supported", K("Malaysia", P4, "2026-06")),
  L("the smallest monthly figure since the series began", "record", "consistent", KREC("Malaysia", P4, "2026-06", hi=False), "series low; whole-series record -> consistent per README"))
P("2026-08-20",
  "Malaysian processor shipments to America in the second quarter fell by 60% from a year earlier.",
  L("fell by 60%", "change", "contradicted", KC("Malaysia", P4, "2026-04", "2026-06", "2025-04", "2025-06"), "-44.7%; actual -44.7%"))
P("2026-09-22",
  "So far this year Malaysia has sold the US $3.7 billion of processors, down about 30% on the first seven months of 2025.",
  L("$3.7 billion", "amount", "supported", K("Malaysia", P4, "2026-01", "2026-07"), "3.654 rounds to 3.7"),
  L("down about 30%", "change", "supported", KC("Malaysia", P4, "2026-01", "2026-07", "2025-01", "2025-07"), "-30.3%; date 2026-09: so far this year = Jan-Jul 2026"))
P("2025-05-15",
  "Malaysia's March shipment of processors, $1.1 billion, was its biggest since mid-2022.",
  L("$1.1 billion", "amount", "supported", K("Malaysia", P4, "2025-03")),
  L("its biggest since mid-2022", "record", "supported", KREC("Malaysia", P4, "2025-03")))
P("2026-06-20",
  "May's figure for Malaysian processors, about $450 million, was the lowest in more than two years.",
  L("about $450 million", "amount", "supported", K("Malaysia", P4, "2026-05")),
  L("the lowest in more than two years", "record", "supported", KREC("Malaysia", P4, "2026-05", hi=False), "last lower month Feb 2024, 27 months earlier"))
P("2026-02-18",
  "Taiwan overtook Malaysia in 2025 as the largest source of processors in the US import data, with about 31% of the total.",
  L("the largest source", "rank", "consistent", KY("TW", P4, 2025) + "; " + KY("Malaysia", P4, 2025), "largest among the six partners in the store; countries outside the store could rank higher"),
  L("about 31%", "share", "supported", KY("TW", P4, 2025) + "; " + KY("World", P4, 2025), "31.3%"))
P("2026-09-22",
  "This year Taiwan's share of America's processor imports has climbed to well over half.",
  L("well over half", "share", "contradicted", K("TW", P4, "2026-01", "2026-07") + "; " + K("World", P4, "2026-01", "2026-07"), "41.4% Jan-Jul 2026"))
P("2024-02-15",
  "Taiwan accounted for under a tenth of American processor imports in 2023.",
  L("under a tenth", "share", "contradicted", KY("TW", P4, 2023) + "; " + KY("World", P4, 2023), "actual 13.7%, well above a tenth"))

# --- US memories --------------------------------------------------------------
P("2026-08-20",
  "Memory is where the boom has migrated. US imports of memory chips reached $953 million in June, the most since at least 2017.",
  L("$953 million", "amount", "supported", K("World", P2, "2026-06")),
  L("the most since at least 2017", "record", "supported", KREC("World", P2, "2026-06")))
P("2026-08-20",
  "In the first half of the year America's memory imports nearly tripled, to about $2.6 billion.",
  L("nearly tripled", "multiple", "supported", KC("World", P2, "2026-01", "2026-06", "2025-01", "2025-06"), "ratio 2.91"),
  L("about $2.6 billion", "amount", "contradicted", K("World", P2, "2026-01", "2026-06"), "actual 3.27"))
P("2026-09-22",
  "Memories bought from abroad totalled $4.0 billion through July, more than five times the year-earlier figure.",
  L("$4.0 billion", "amount", "supported", K("World", P2, "2026-01", "2026-07")),
  L("more than five times", "multiple", "contradicted", KC("World", P2, "2026-01", "2026-07", "2025-01", "2025-07"), "ratio 3.16"))
P("2026-09-22",
  "US memory imports eased in July to $850 million after June's peak.",
  L("eased", "direction", "supported", K("World", P2, "2026-07") + "; " + K("World", P2, "2026-06")),
  L("$850 million", "amount", "contradicted", K("World", P2, "2026-07"), "actual 749m"))
P("2026-02-12",
  "US memory-chip imports totalled $2.3 billion in 2025, up by more than a fifth on 2024.",
  L("$2.3 billion", "amount", "supported", KY("World", P2, 2025)),
  L("up by more than a fifth", "change", "supported", KY("World", P2, 2025, 2024), "+23.3%"))
P("2026-01-25",
  "December memory imports of $311 million were the highest since late 2021.",
  L("$311 million", "amount", "supported", K("World", P2, "2025-12")),
  L("the highest since late 2021", "record", "supported", KREC("World", P2, "2025-12")))
P("2024-10-25",
  "America's memory imports fell in the first nine months of 2024, by about 30%, to $1.35 billion.",
  L("fell", "direction", "supported", KC("World", P2, "2024-01", "2024-09", "2023-01", "2023-09")),
  L("by about 30%", "change", "contradicted", KC("World", P2, "2024-01", "2024-09", "2023-01", "2023-09"), "-17.3%; actual -17.3%"),
  L("$1.35 billion", "amount", "supported", K("World", P2, "2024-01", "2024-09")))
P("2026-08-20",
  "Seoul's chipmakers are the other half of the story: American imports of Korean memories hit $373 million in June, a record.",
  L("$373 million", "amount", "supported", K("KR", P2, "2026-06"), "'Seoul's chipmakers' / 'Korean' = Korea"),
  L("a record", "record", "consistent", KREC("KR", P2, "2026-06"), "series max; unbounded"))
P("2026-07-20",
  "Korean memory shipments to the US in the second quarter were more than five times their level a year earlier.",
  L("more than five times", "multiple", "supported", KC("KR", P2, "2026-04", "2026-06", "2025-04", "2025-06"), "ratio 5.19"))
P("2026-09-22",
  "In the first seven months of 2026 the peninsula's memory sales to America reached $1.9 billion, already more than double the whole of last year.",
  L("$1.9 billion", "amount", "contradicted", K("KR", P2, "2026-01", "2026-07"), "'the peninsula' read as South Korea (the only Korea in the data); actual 1.508"),
  L("more than double", "multiple", "supported", K("KR", P2, "2026-01", "2026-07") + "; " + KY("KR", P2, 2025), "1.508/0.576 = 2.62"))
P("2026-05-20",
  "April's $304 million of Korean memories was the first month above $300 million in the data.",
  L("$304 million", "amount", "supported", K("KR", P2, "2026-04")),
  L("the first month above $300 million", "record", "consistent", KREC("KR", P2, "2026-04"), "first ever in the series; 'for the first time' -> consistent"))
P("2025-12-20",
  "Korean memory imports into the US, at $58 million in November 2024, had been up 120% year on year in the first eleven months of that year.",
  L("$58 million", "amount", "supported", K("KR", P2, "2024-11")),
  L("up 120%", "change", "contradicted", KC("KR", P2, "2024-01", "2024-11", "2023-01", "2023-11"), "+76.4%; actual +76.4%"))
P("2026-09-22",
  "Taiwanese memory sales to America have nearly quadrupled this year, to $1.4 billion through July.",
  L("nearly quadrupled", "multiple", "supported", KC("TW", P2, "2026-01", "2026-07", "2025-01", "2025-07"), "ratio 3.92"),
  L("$1.4 billion", "amount", "supported", K("TW", P2, "2026-01", "2026-07")))
P("2026-06-20",
  "May brought $340 million of memories from Taiwan, the highest monthly figure since at least 2017.",
  L("$340 million", "amount", "contradicted", K("TW", P2, "2026-05"), "actual 288m"),
  L("the highest monthly figure since at least 2017", "record", "supported", KREC("TW", P2, "2026-05")))
P("2026-01-25",
  "December's Taiwanese memory imports, $127 million, were the biggest since the summer of 2020.",
  L("$127 million", "amount", "supported", K("TW", P2, "2025-12")),
  L("the biggest since the summer of 2020", "record", "contradicted", KREC("TW", P2, "2025-12"), "a higher month exists in Jul 2022, so 'since 2020' overstates the record"))
P("2026-08-20",
  "Japan, a bit player in memory for most of the decade, sent $241 million of memory chips to the US in June, more than ten times the level of June 2025.",
  L("$241 million", "amount", "supported", K("Japan", P2, "2026-06")),
  L("more than ten times", "multiple", "supported", KC("Japan", P2, "2026-06", "2026-06", "2025-06", "2025-06"), "ratio 10.6"))
P("2026-09-22",
  "Japanese memory shipments to the US collapsed in July to $47 million.",
  L("collapsed", "direction", "supported", K("Japan", P2, "2026-07") + "; " + K("Japan", P2, "2026-06"), "241 -> 47"),
  L("$47 million", "amount", "supported", K("Japan", P2, "2026-07")))
P("2026-03-10",
  "Memory imports from China stayed tiny, at about $14 million in December and roughly $100 million for the whole of 2025.",
  L("about $14 million", "amount", "supported", K("China", P2, "2025-12")),
  L("roughly $100 million", "amount", "supported", KY("China", P2, 2025)))
P("2026-04-15",
  "Vietnam's memory shipments to the US jumped to $22 million in March, from $8 million in February.",
  L("$22 million", "amount", "supported", K("VN", P2, "2026-03")),
  L("$8 million", "amount", "supported", K("VN", P2, "2026-02")))

# --- other US partners --------------------------------------------------------
P("2026-06-25",
  "Vietnam is having a good spring: American imports of Vietnamese processors climbed to $285 million in May, the highest since September 2022.",
  L("$285 million", "amount", "contradicted", K("VN", P4, "2026-05"), "actual 248m"),
  L("the highest since September 2022", "record", "supported", KREC("VN", P4, "2026-05")))
P("2026-06-25",
  "Between March and May the US bought more than five times as many Vietnamese processors, by value, as in the same months of 2025.",
  L("more than five times", "multiple", "contradicted", KC("VN", P4, "2026-03", "2026-05", "2025-03", "2025-05"), "ratio 3.57; ratio 3.57"))
P("2026-08-25",
  "The Vietnamese surge then evaporated: American processor imports from Vietnam fell to $58 million in June.",
  L("fell", "direction", "supported", K("VN", P4, "2026-06") + "; " + K("VN", P4, "2026-05")),
  L("$58 million", "amount", "supported", K("VN", P4, "2026-06")))
P("2026-02-18",
  "Vietnam's 2025 processor sales to the US, just under $1.4 billion, were less than half their 2022 level.",
  L("just under $1.4 billion", "amount", "contradicted", KY("VN", P4, 2025), "actual 0.98 bn"),
  L("less than half", "multiple", "supported", KY("VN", P4, 2025, 2022), "ratio 0.433"))
P("2026-02-18",
  "Korean processor sales to America slid by about a third in 2025, to $890 million.",
  L("slid by about a third", "change", "supported", KY("KR", P4, 2025, 2024), "-34.1%"),
  L("$890 million", "amount", "contradicted", KY("KR", P4, 2025), "actual 0.76"))
P("2026-09-22",
  "Korea's processor shipments to the US hit $156 million in July, the highest since the series began, and have more than doubled this year.",
  L("$156 million", "amount", "supported", K("KR", P4, "2026-07")),
  L("the highest since the series began", "record", "consistent", KREC("KR", P4, "2026-07"), "series max; whole-series record"),
  L("more than doubled", "multiple", "supported", KC("KR", P4, "2026-01", "2026-07", "2025-01", "2025-07"), "ratio 2.12"))
P("2026-01-25",
  "China's processor exports to America in December, $31 million, were the lowest on record.",
  L("$31 million", "amount", "supported", K("China", P4, "2025-12"), "US imports from China = China's exports to the US (mirror reading, US side)"),
  L("the lowest on record", "record", "consistent", KREC("China", P4, "2025-12", hi=False), "series low"))
P("2026-09-22",
  "Processors from China have fallen by roughly half in the first seven months of 2026.",
  L("fallen by roughly half", "change", "contradicted", KC("China", P4, "2026-01", "2026-07", "2025-01", "2025-07"), "-32.3%"))
P("2026-02-18",
  "US processor imports from China, $1.2 billion in 2025, were about half their 2018 level.",
  L("$1.2 billion", "amount", "contradicted", KY("China", P4, 2025), "actual 0.87"),
  L("about half", "multiple", "supported", KY("China", P4, 2025, 2018), "ratio 0.518"))
P("2025-05-10",
  "The March figure for Chinese processors, $190 million, was the highest since June 2022.",
  L("$190 million", "amount", "contradicted", K("China", P4, "2025-03"), "actual 140m"),
  L("the highest since June 2022", "record", "supported", KREC("China", P4, "2025-03")))
P("2026-02-18",
  "Japan's processor sales to America slipped in 2025, to around $400 million.",
  L("slipped", "direction", "supported", KY("Japan", P4, 2025, 2024), "-4.8%"),
  L("around $400 million", "amount", "supported", KY("Japan", P4, 2025)))
P("2026-02-18",
  "Japanese processors brought into the US last year were worth $620 million.",
  L("$620 million", "amount", "contradicted", KY("Japan", P4, 2025), "actual $0.40bn"))
P("2025-03-12",
  "Imports of Korean processors reached $1.15 billion in 2024, up about 55%.",
  L("$1.15 billion", "amount", "supported", KY("KR", P4, 2024)),
  L("up about 55%", "change", "contradicted", KY("KR", P4, 2024, 2023), "+30.7%; actual +30.7%"))
P("2025-03-12",
  "Washington imported $1.6 billion of memories from Taiwan last year.",
  L("$1.6 billion", "amount", "contradicted", KY("TW", P2, 2024), "actual $0.65bn"))
P("2024-04-15",
  "Malaysian processor shipments to the US slumped to $5.9 billion in 2023, down by almost 40%.",
  L("$5.9 billion", "amount", "contradicted", KY("Malaysia", P4, 2023), "actual 6.66"),
  L("down by almost 40%", "change", "supported", KY("Malaysia", P4, 2023, 2022), "-38.0%"))
P("2026-02-18",
  "America's chip imports from Taiwan ran to tens of billions of dollars last year.",
  L("tens of billions of dollars", "amount", "not_checkable", "US 'chips' in general (HS 8542) not covered by the US monthly series; README rule", ""))
P("2026-03-01",
  "US imports of integrated circuits from Korea rose 30% in 2025.",
  L("rose 30%", "change", "not_checkable", KY("KR", P4, 2025, 2024) + "; " + KY("KR", P2, 2025, 2024), "US 'integrated circuits' in general: processors -34%, memories +34%; whole 8542 not in store"))

# --- echoes / anchoring ------------------------------------------------------
P("2026-02-18",
  "The surge echoes 2021, when US processor imports jumped by more than a quarter to $31 billion.",
  L("by more than a quarter", "change", "supported", KY("World", P4, 2021, 2020), "+28.7%"),
  L("$31 billion", "amount", "contradicted", KY("World", P4, 2021), "actual 27.55"))
P("2026-02-18",
  "Not since 2018, when Malaysia sold the US $13 billion of processors, has one supplier dominated the way Taiwan does now.",
  L("$13 billion", "amount", "supported", KY("Malaysia", P4, 2018), "13.06"))
P("2026-02-18",
  "It is a reversal of 2019, when Taiwan sold America barely $1.1 billion of processors against Malaysia's $16 billion.",
  L("barely $1.1 billion", "amount", "supported", KY("TW", P4, 2019), "1.12"),
  L("$16 billion", "amount", "contradicted", KY("Malaysia", P4, 2019), "actual 13.57"))
P("2025-06-10",
  "The Korean memory bump recalls 2021, when America's imports of Korean memories doubled to about $540 million.",
  L("doubled", "multiple", "supported", KY("KR", P2, 2021, 2020), "ratio 1.96"),
  L("about $540 million", "amount", "supported", KY("KR", P2, 2021)))
P("2025-06-10",
  "Back in 2018 US memory imports topped $3 billion.",
  L("topped $3 billion", "amount", "supported", KY("World", P2, 2018), "3.03"))
P("2026-02-12",
  "Memory imports last year were still below 2018's $3.0 billion peak.",
  L("below", "direction", "supported", KY("World", P2, 2025) + "; " + KY("World", P2, 2018)),
  L("$3.0 billion", "amount", "supported", KY("World", P2, 2018)),
  L("peak", "record", "consistent", "annual US memory imports 2017 2.49, 2018 3.03, 2019 1.80, 2020 1.69, 2021 2.23, 2022 2.77, 2023 2.03, 2024 1.88, 2025 2.32 bn", "2018 is the highest full year in a series starting 2017 (2016 partial); unbounded peak -> consistent"))

# --- Taiwan customs (exports by destination) ----------------------------------
P("2025-03-05",
  "Taiwan's integrated-circuit exports came to $165 billion in 2024, a touch below the $167 billion of 2023.",
  L("$165 billion", "amount", "supported", TW(None, 2024)),
  L("$167 billion", "amount", "supported", TW(None, 2023)))
P("2025-03-05",
  "Mainland China took $48.5 billion of the island's chips in 2024, or 35% of the total.",
  L("$48.5 billion", "amount", "supported", TW("China", 2024)),
  L("35%", "share", "contradicted", TW("China", 2024), "29.4%; actual 29.4%"))
P("2025-03-05",
  "Add Hong Kong, and more than half of Taiwan's chip exports went to greater China last year.",
  L("more than half", "share", "supported", TW("China", 2024) + "; " + TW("Hong Kong", 2024), "(48.47+36.79)/165.04 = 51.7%"))
P("2025-03-05",
  "Taiwanese chip exports to America more than doubled in 2024, to $8.6 billion.",
  L("more than doubled", "multiple", "supported", TW("US", 2024, y2=2023), "ratio 2.11"),
  L("$8.6 billion", "amount", "contradicted", TW("US", 2024), "actual 7.40"))
P("2025-03-05",
  "Even so, the US absorbed only about 4.5% of the island's IC shipments, behind Singapore, Korea, Japan and Malaysia.",
  L("about 4.5%", "share", "supported", TW("US", 2024)),
  L("behind Singapore, Korea, Japan and Malaysia", "rank", "supported", TW("Singapore", 2024) + "; " + TW("Korea", 2024) + "; " + TW("Japan", 2024) + "; " + TW("Malaysia", 2024), "all four above US 7.40"))
P("2025-03-05",
  "Singapore was the third-largest destination for Taiwan's chips in 2024, at $25 billion.",
  L("the third-largest destination", "rank", "supported", TW("Singapore", 2024) + "; China 48.47, HK 36.79 ahead", "rank over all destinations in the customs file"),
  L("$25 billion", "amount", "contradicted", TW("Singapore", 2024), "actual 21.00"))
P("2025-09-10",
  "In the first seven months of 2025 Hong Kong overtook the mainland as the largest buyer of Taiwanese chips, taking $29.5 billion.",
  L("the largest buyer", "rank", "supported", TW("Hong Kong", 2025) + "; " + TW("China", 2025), "HK 29.50 > China 27.34"),
  L("$29.5 billion", "amount", "supported", TW("Hong Kong", 2025)))
P("2025-09-10",
  "Mainland China's share of Taiwan's chip exports shrank to about a quarter between January and July.",
  L("about a quarter", "share", "supported", TW("China", 2025), "24.9%"))
P("2025-09-10",
  "Taiwan's IC exports reached $110 billion through July.",
  L("$110 billion", "amount", "supported", TW(None, 2025)))
P("2025-09-10",
  "Shipments to Malaysia have been unusually strong, at $8.3 billion so far this year, or 12% of the total.",
  L("$8.3 billion", "amount", "supported", TW("Malaysia", 2025)),
  L("12%", "share", "contradicted", TW("Malaysia", 2025), "7.5%"))
P("2025-03-05",
  "Vietnam bought $4.4 billion of Taiwanese chips in 2024, nearly seven times its 2019 purchases.",
  L("$4.4 billion", "amount", "supported", TW("Vietnam", 2024), "4.35 rounds to 4.4 (4.35x)"),
  L("nearly seven times", "multiple", "supported", TW("Vietnam", 2024, y2=2019), "ratio 6.8"))
P("2025-03-05",
  "India's take of the island's chips tripled between 2022 and 2024, to $3 billion.",
  L("tripled", "multiple", "contradicted", TW("India", 2024, y2=2022), "ratio 3.64; 'tripled' read as ~3 (within 5%): off by >8%"),
  L("$3 billion", "amount", "supported", TW("India", 2024)))
P("2021-02-10",
  "Taiwan's chip exports jumped by 30% in 2020, to $122 billion, with China and Hong Kong taking more than 60% between them.",
  L("by 30%", "change", "contradicted", TW(None, 2020, y2=2019), "actual +22.0%"),
  L("$122 billion", "amount", "supported", TW(None, 2020)),
  L("more than 60%", "share", "supported", TW("China", 2020) + "; " + TW("Hong Kong", 2020), "61.3%"))
P("2024-03-01",
  "Taiwan's IC exports fell by about 10% in 2023, from a peak of $184 billion.",
  L("fell by about 10%", "change", "supported", TW(None, 2023, y2=2022), "-9.5%"),
  L("a peak of $184 billion", "amount", "supported", TW(None, 2022), "2022 highest in the file (2013-2024)"))
P("2024-03-01",
  "Japan bought $15.7 billion of the island's chips in 2023, more than double its 2018 purchases.",
  L("$15.7 billion", "amount", "supported", TW("Japan", 2023), "15.66"),
  L("more than double", "multiple", "supported", TW("Japan", 2023, y2=2018), "ratio 2.16"))
P("2025-03-05",
  "Japan's purchases of Taiwanese chips then dropped by a third in 2024.",
  L("dropped by a third", "change", "supported", TW("Japan", 2024, y2=2023), "-33.5%"))
P("2025-03-05",
  "Taiwan's chip exports to Germany fell to $930 million last year, the lowest since 2013.",
  L("fell", "direction", "supported", TW("Germany", 2024, y2=2023)),
  L("$930 million", "amount", "supported", TW("Germany", 2024)),
  L("the lowest since 2013", "record", "contradicted", "Taiwan customs HS 8542 exports to Germany: 2013 0.44, 2014 0.61, 2015 0.81, 2016 0.91, 2017 0.97, ..., 2024 0.93 bn", "2016 (0.91) was lower, so lowest only since 2016"))
P("2025-03-05",
  "The Philippines took $1.6 billion of Taiwan's chips in 2024, down 20%.",
  L("$1.6 billion", "amount", "supported", TW("Philippines", 2024)),
  L("down 20%", "change", "contradicted", TW("Philippines", 2024, y2=2023), "-37.2%; actual -37.2%"))
P("2025-03-05",
  "Mexico's share is tiny but growing: it bought $1.9 billion of Taiwanese chips in 2024, three times as much as in 2023.",
  L("$1.9 billion", "amount", "supported", TW("Mexico", 2024)),
  L("three times", "multiple", "supported", TW("Mexico", 2024, y2=2023), "ratio 2.97"))
P("2025-03-05",
  "Taiwan's chip exports to Korea rose about 18% last year to $15.6 billion.",
  L("about 18%", "change", "supported", TW("Korea", 2024, y2=2023), "+17.8%"),
  L("$15.6 billion", "amount", "contradicted", TW("Korea", 2024), "actual 13.40"))
P("2025-03-05",
  "Hong Kong's purchases of the island's integrated circuits sank to $36.8 billion in 2024, their lowest since 2020.",
  L("$36.8 billion", "amount", "supported", TW("Hong Kong", 2024)),
  L("their lowest since 2020", "record", "supported", "Taiwan customs HS 8542 exports to Hong Kong: 2019 26.74, 2020 32.99, 2021 44.68, 2022 49.20, 2023 43.11, 2024 36.79 bn", "2021-2023 all higher than 36.79; 2020 (32.99) lower: lowest since 2020"))
P("2025-09-10",
  "Taiwan's chip shipments to the United States slipped to $4.8 billion in January-July.",
  L("slipped", "direction", "not_checkable", TW("US", 2025), "no Jan-Jul 2024 by-destination figure in the file (annual only), so the direction for seven months cannot be compared"),
  L("$4.8 billion", "amount", "supported", TW("US", 2025)))

# --- world exports (all reporters) -------------------------------------------
P("2024-11-10",
  "Hong Kong, most of whose chip exports are re-exports, was the world's largest exporter of integrated circuits in 2023, with about a fifth of the total.",
  L("the world's largest exporter", "rank", "supported", WD("China, Hong Kong SAR", 2023)),
  L("about a fifth", "share", "supported", WD("China, Hong Kong SAR", 2023), "20.3%"))
P("2024-11-10",
  "World exports of integrated circuits slid to roughly $850 billion in 2023, from nearly $1.08 trillion the year before.",
  L("roughly $850 billion", "amount", "contradicted", WD(None, 2023), "actual 951.6"),
  L("nearly $1.08 trillion", "amount", "supported", WD(None, 2022), "1076.9"))
P("2022-09-01",
  "Global IC exports first passed $1 trillion in 2021.",
  L("$1 trillion", "amount", "supported", WD(None, 2021) + "; 2020: 787.7", "first year above $1tn in 2013-2021"))
P("2024-11-10",
  "Mainland China shipped $136 billion of chips abroad in 2023, about 19% of world exports.",
  L("$136 billion", "amount", "supported", WD("China", 2023)),
  L("about 19%", "share", "contradicted", WD("China", 2023), "14.3%; actual 14.3%"))
P("2024-11-10",
  "Korea, whose exporters lean on memory, sold $86 billion of chips abroad in 2023, down a tenth.",
  L("$86 billion", "amount", "supported", WD("Rep. of Korea", 2023)),
  L("down a tenth", "change", "contradicted", WD("Rep. of Korea", 2023, 2022), "-23.6% vs -10%"))
P("2024-11-10",
  "Malaysia's chip exports of $64 billion in 2023 put it sixth among the world's exporters.",
  L("$64 billion", "amount", "contradicted", WD("Malaysia", 2023), "actual 74.7"),
  L("sixth", "rank", "supported", WD("Malaysia", 2023), "rank 6 among all reporters of the table, which include 'Other Asia, nes' (166.5 bn); the table is the README's source for world ranks"))
P("2024-11-10",
  "America, for all its design prowess, accounted for under 5% of world chip exports in 2023.",
  L("under 5%", "share", "supported", WD("USA", 2023), "4.6%"))
P("2024-11-10",
  "Singapore's IC exports came to $104.5 billion in 2023, a sixth of the world market.",
  L("$104.5 billion", "amount", "supported", WD("Singapore", 2023)),
  L("a sixth", "share", "contradicted", WD("Singapore", 2023), "11.0% vs 16.7%"))
P("2025-10-01",
  "Korea's IC exports surged about 40% in 2024, to roughly $120 billion.",
  L("about 40%", "change", "supported", WD("Rep. of Korea", 2024, 2023), "+39.5%; Korea reported for 2024"),
  L("roughly $120 billion", "amount", "supported", WD("Rep. of Korea", 2024)))
P("2025-10-01",
  "Hong Kong's chip exports reached $220 billion in 2024, almost 30% of the world total.",
  L("$220 billion", "amount", "supported", WD("China, Hong Kong SAR", 2024)),
  L("almost 30%", "share", "not_checkable", WD("China, Hong Kong SAR", 2024), "2024 world total covers only 86 reporters (Singapore and others missing): share not meaningful"))
P("2025-10-01",
  "China's own chip exports hit $185 billion last year.",
  L("$185 billion", "amount", "contradicted", WD("China", 2024), "159.7; actual 159.7"))
P("2020-12-01",
  "Vietnam's IC exports reached $14 billion in 2020.",
  L("$14 billion", "amount", "supported", WD("Viet Nam", 2020)))

# --- China's imports from the US, GACC -----------------------------------------
P("2025-03-20",
  "Beijing's purchases of American chips rebounded in 2024: China imported $11.8 billion of integrated circuits from the US, up about 25%.",
  L("$11.8 billion", "amount", "supported", CU(2024)),
  L("up about 25%", "change", "contradicted", CU(2024, 2023), "+41.4%; actual +41.4%"))
P("2025-03-20",
  "China's imports of American chips in 2024 were still well short of the $15.7 billion peak of 2021.",
  L("$15.7 billion", "amount", "supported", CU(2021)),
  L("peak", "record", "consistent", "China imports from US 2010-2024: max 2021 15.73 bn", "series starts 2010; unbounded peak"))
P("2024-03-20",
  "China's imports of US chips slumped to $8.3 billion in 2023, the lowest since 2012.",
  L("$8.3 billion", "amount", "supported", CU(2023)),
  L("the lowest since 2012", "record", "supported", "China imports of HS 8542 from the US: 2012 7.00, 2013 14.20, 2014 11.11, 2015 11.37, 2016 8.70, 2017 10.21, 2018 12.02, 2019 13.57, 2020 14.22, 2021 15.73, 2022 12.18, 2023 8.31 bn", "2013-2022 all above 8.31; 2012 below"))
P("2024-11-25",
  "Customs figures released in Beijing showed China bought $1.11 billion of American chips in October, 60% more than a year earlier.",
  L("$1.11 billion", "amount", "supported", REP(GACC, period_label="Oct 2024", partner="United States"), "reported GACC figure"),
  L("60% more", "change", "supported", REP(GACC, period_label="Oct 2024", partner="United States")))
P("2024-11-25",
  "Over the first ten months of 2024, China's chip imports from the US came to $9.6 billion, up 42.5%.",
  L("$9.6 billion", "amount", "supported", REP(GACC, period_label="Jan-Oct 2024", partner="United States"), "context: China's chip imports from the US (reported)"),
  L("up 42.5%", "change", "supported", REP(GACC, period_label="Jan-Oct 2024", partner="United States")))
P("2025-01-20",
  "China's total chip import bill rose 10.4% in 2024 to $385 billion, on 549 billion units.",
  L("10.4%", "change", "supported", REP(GACC, period_label="2024", measure="import_value")),
  L("$385 billion", "amount", "supported", REP(GACC, period_label="2024", measure="import_value")),
  L("549 billion units", "count", "supported", REP(GACC, period_label="2024", measure="import_quantity")))
P("2023-07-20",
  "China's chip imports shrank by 22.4% in the first half of 2023, to $162.6 billion.",
  L("22.4%", "change", "supported", REP(GACC, period_label="H1 2023", measure="import_value")),
  L("$162.6 billion", "amount", "supported", REP(GACC, period_label="H1 2023", measure="import_value")))
P("2023-01-20",
  "Beijing spent $416 billion on imported chips in 2022, roughly 8% less than in 2021.",
  L("$416 billion", "amount", "supported", REP(GACC, period_label="2022", measure="import_value")),
  L("roughly 8% less", "change", "contradicted", REP(GACC, period_label="2022", measure="import_value"), "reported -3.9%"))
P("2025-01-20",
  "China also exported $159 billion of chips in 2024, up 27%.",
  L("$159 billion", "amount", "supported", REP(GACC, period_label="2024", measure="export_value")),
  L("up 27%", "change", "contradicted", REP(GACC, period_label="2024", measure="export_value"), "reported +17.4%"))
P("2024-05-20",
  "In April alone China imported 46.6 billion chips, worth 222.5 billion yuan.",
  L("46.6 billion chips", "count", "supported", REP(GACC, period_label="Apr 2024", measure="import_quantity")),
  L("222.5 billion yuan", "amount", "not_checkable", REP(GACC, period_label="Apr 2024", measure="import_value"), "other currency (CNY); README: another currency -> not_checkable"))

# --- Korea reported, SEMI, litho, WSTS ---------------------------------------
P("2024-10-02",
  "Korean chip exports hit a record $13.6 billion in September, up 37.1% from a year earlier, according to the trade ministry.",
  L("$13.6 billion", "amount", "supported", REP(KOR, period_label="Sep 2024", product_as_reported="semiconductors")),
  L("a record", "record", "supported", REP(KOR, period_label="Sep 2024", product_as_reported="semiconductors"), "the release itself calls it a record high; reported figure repeated"),
  L("up 37.1%", "change", "supported", REP(KOR, period_label="Sep 2024", product_as_reported="semiconductors")))
P("2021-01-05",
  "South Korea's semiconductor exports passed $100 billion in 2020, rising 5.4%.",
  L("$100 billion", "amount", "supported", REP(KOR, period_label="2020", product_as_reported="semiconductors"), "100.25 (ICT release); the trade-release row says 99.2 bn (+5.6%), but the sentence's 5.4% pins the ICT release"),
  L("5.4%", "change", "supported", REP(KOR, period_label="2020", product_as_reported="semiconductors")))
P("2020-10-15",
  "Korea's memory chip exports reached $6.2 billion in September 2020, while logic chips hit a record $2.9 billion.",
  L("$6.2 billion", "amount", "supported", REP(KOR, period_label="Sep 2020", product_as_reported="memory chips")),
  L("a record $2.9 billion", "amount", "supported", REP(KOR, period_label="Sep 2020", product_as_reported="logic chips"), "release says record; repeated as transcribed"))
P("2019-07-15",
  "Korea's chip exports tumbled 25.3% in June 2019 to $8.4 billion, and shipments to China fell by almost half.",
  L("25.3%", "change", "supported", REP(KOR, period_label="Jun 2019", product_as_reported="semiconductors")),
  L("$8.4 billion", "amount", "supported", REP(KOR, period_label="Jun 2019", product_as_reported="semiconductors")),
  L("by almost half", "change", "contradicted", REP(KOR, period_label="Jun 2019", product_as_reported="semiconductors (within ICT exports to China)"), "reported -32.3%"))
P("2025-04-15",
  "Chinese fabs accounted for about 35% of the $117 billion spent on chipmaking tools worldwide in 2024, according to SEMI.",
  L("about 35%", "share", "contradicted", SE("2024", "China", "2024", "Total"), "42.4%; actual 42.4%"),
  L("$117 billion", "amount", "supported", SE("2024", "Total")))
P("2025-04-15",
  "China's $49.6 billion of tool billings in 2024 was more than two and a half times its 2020 figure.",
  L("$49.6 billion", "amount", "supported", SE("2024", "China")),
  L("more than two and a half times", "multiple", "supported", SE("2024", "China", "2020", "China"), "ratio 2.65"))
P("2025-04-15",
  "Korea ranked second for equipment spending in 2024, ahead of Taiwan, at $24.5 billion.",
  L("second", "rank", "supported", SE("2024", "Korea") + "; China 49.6, Taiwan 16.6, North America 13.7", "SEMI regions"),
  L("$24.5 billion", "amount", "contradicted", SE("2024", "Korea"), "transcribed 20.5"))
P("2025-04-15",
  "North American tool billings doubled in 2024, to $13.7 billion.",
  L("doubled", "multiple", "not_checkable", SE("2024", "North America"), "no 2023 North America annual figure in the file (only Q1-Q3 2023)"),
  L("$13.7 billion", "amount", "supported", SE("2024", "North America")))
P("2025-04-15",
  "Global equipment billings grew about 10% in 2024.",
  L("about 10%", "change", "supported", SE("2024", "Total", "2023", "Total"), "+10.2%"))
P("2024-11-10",
  "In the third quarter of 2024 China spent $14.6 billion on chip tools, more than 40% of the global total of $30.4 billion.",
  L("$14.6 billion", "amount", "contradicted", SE("2024Q3", "China"), "actual 12.93"),
  L("more than 40%", "share", "supported", SE("2024Q3", "China", "2024Q3", "Total"), "42.6%"),
  L("$30.4 billion", "amount", "supported", SE("2024Q3", "Total")))
P("2024-01-25",
  "China imported 176 lithography machines from the Netherlands in 2023, more than double the 78 of 2022.",
  L("176 lithography machines", "count", "supported", REP(LITHO, period_label="2023", measure="import_units")),
  L("more than double", "multiple", "supported", REP(LITHO, period_label="2023", measure="import_units") + "; 2022: 78", "ratio 2.26"),
  L("78", "count", "supported", REP(LITHO, period_label="2022", measure="import_units")))
P("2024-01-25",
  "Purchases of Dutch lithography gear hit $2.58 billion in the first seven months of 2023, up 64.8%.",
  L("$2.58 billion", "amount", "supported", REP(LITHO, period_label="Jan-Jul 2023")),
  L("up 64.8%", "change", "supported", REP(LITHO, period_label="Jan-Jul 2023")))
P("2024-08-05",
  "Global chip sales reached $149.9 billion in the second quarter, up 18.3% year on year, the SIA said.",
  L("$149.9 billion", "amount", "supported", REP(WSTS, period="2024Q2", measure="sales_quarter")),
  L("up 18.3%", "change", "supported", REP(WSTS, period="2024Q2", measure="yoy_pct")))
P("2025-04-07",
  "Worldwide semiconductor sales averaged $54.9 billion a month in the three months to February, up 21%.",
  L("$54.9 billion", "amount", "supported", REP(WSTS, period="2025-02", measure="sales_3mma")),
  L("up 21%", "change", "contradicted", REP(WSTS, period="2025-02", measure="yoy_pct"), "reported +17.1%"))

# --- non-trade numbers ---------------------------------------------------------
P("2025-04-20",
  "Washington's 25% tariff threat on chips, floated in February, has yet to materialise, and the 2-nanometre fabs TSMC is building in Arizona will not ship at volume before 2028.",
  L("25%", "not_trade", "not_checkable", "tariff rate, not a trade flow"),
  L("2-nanometre", "not_trade", "not_checkable", "technology node"))
P("2024-09-10",
  "The CHIPS Act promised $39 billion in manufacturing subsidies and $11 billion for research.",
  L("$39 billion", "not_trade", "not_checkable", "subsidy amount"),
  L("$11 billion", "not_trade", "not_checkable", "subsidy amount"))
P("2025-08-15",
  "Samsung employs about 120,000 people in Korea, and SK Hynix said its HBM sales rose 70% last quarter.",
  L("about 120,000 people", "not_trade", "not_checkable", "headcount"),
  L("rose 70%", "not_trade", "not_checkable", "company figure"))
P("2026-01-10",
  "Beijing's flagship fund raised 344 billion yuan, and SMIC says its 7nm yield now exceeds 50%.",
  L("344 billion yuan", "not_trade", "not_checkable", "fund size, other currency"),
  L("7nm", "not_trade", "not_checkable", "technology node"),
  L("50%", "not_trade", "not_checkable", "company yield figure"))
P("2025-11-05",
  "A 100% levy on imported semiconductors, with exemptions for firms that build in America, would touch roughly $32 billion of processor imports a year.",
  L("100%", "not_trade", "not_checkable", "tariff rate"),
  L("roughly $32 billion", "amount", "not_checkable", KY("World", P4, 2024), "'a year' is unanchored: 2024 was 28.4 bn, 2025 (not complete at article date) 32.6 bn; genuinely ambiguous period"))
P("2026-03-01",
  "TSMC's capital budget of $52 billion to $56 billion dwarfs the $165 billion it has pledged to Arizona over a decade.",
  L("$52 billion to $56 billion", "not_trade", "not_checkable", "company capex"),
  L("$165 billion", "not_trade", "not_checkable", "company pledge (coincides numerically with Taiwan's 2024 IC exports, but is not a trade figure)"))
P("2026-05-05",
  "Section 232 duties of 15% on Japanese and European chips took effect on 1 April, covering about 40 product lines.",
  L("15%", "not_trade", "not_checkable", "tariff rate"),
  L("about 40 product lines", "not_trade", "not_checkable", "count not in the data"))

# --- mirror / mixed -------------------------------------------------------------
P("2026-02-18",
  "Seen from Taipei, the same flow looks smaller: Taiwan's own customs recorded only $7.4 billion of chip exports to America in 2024, against the $8.1 billion of processors alone that US customs logged from the island.",
  L("$7.4 billion", "amount", "supported", TW("US", 2024)),
  L("$8.1 billion", "amount", "supported", KY("TW", P4, 2024)))
P("2025-03-20",
  "China's customs put imports of US chips at $11.8 billion in 2024, while America's own figures show it shipped just $0.9 billion of processors the other way.",
  L("$11.8 billion", "amount", "supported", CU(2024)),
  L("$0.9 billion", "amount", "supported", KY("China", P4, 2024), "0.86: the other way = US imports of processors from China"))
P("2026-09-22",
  "America bought more memory chips from Korea than from Taiwan in June, $373 million against $274 million.",
  L("more", "direction", "supported", K("KR", P2, "2026-06") + "; " + K("TW", P2, "2026-06")),
  L("$373 million", "amount", "supported", K("KR", P2, "2026-06")),
  L("$274 million", "amount", "supported", K("TW", P2, "2026-06")))
P("2026-09-22",
  "In July, Taiwanese processors worth $1.1 billion, Malaysian ones worth $450 million and Korean ones worth $156 million arrived in America.",
  L("$1.1 billion", "amount", "supported", K("TW", P4, "2026-07")),
  L("$450 million", "amount", "contradicted", K("Malaysia", P4, "2026-07"), "actual $312m"),
  L("$156 million", "amount", "supported", K("KR", P4, "2026-07")))
P("2026-04-20",
  "Taiwanese processor sales to the US dipped in February to $1.3 billion before rebounding to $1.65 billion in March.",
  L("dipped", "direction", "supported", KM("TW", P4, "2026-01", "2026-03")),
  L("$1.3 billion", "amount", "supported", K("TW", P4, "2026-02")),
  L("rebounding", "direction", "supported", KM("TW", P4, "2026-02", "2026-03")),
  L("$1.65 billion", "amount", "contradicted", K("TW", P4, "2026-03"), "actual 1.456"))
P("2025-07-20",
  "US processor imports from Taiwan fell in June, to $671 million, the third monthly decline in a row.",
  L("fell", "direction", "supported", KM("TW", P4, "2025-03", "2025-06")),
  L("$671 million", "amount", "supported", K("TW", P4, "2025-06")),
  L("the third monthly decline in a row", "streak", "contradicted", KM("TW", P4, "2025-03", "2025-06"), "Apr rose (649->867), May fell, Jun fell: only two in a row"))
P("2025-12-20",
  "America's memory imports from Korea were above $40 million in every month from September to November.",
  L("above $40 million in every month from September to November", "streak", "supported", KM("KR", P2, "2025-08", "2025-11"), "Sep 45, Oct 55, Nov 50 (Aug 23 outside the claim)"))
P("2026-08-20",
  "US memory imports rose in every month from February to June.",
  L("rose in every month from February to June", "streak", "supported", KM("World", P2, "2026-01", "2026-06"), "each of Feb-Jun above the month before (Jan 277 < Dec 311 is outside the claim)"))

# --- consistent / not_checkable additions ------------------------------------
P("2025-02-10",
  "Taiwan shipped more than $1 billion of chips to the United States in December alone, customs data suggest.",
  L("more than $1 billion", "amount", "consistent", TW("US", 2024), "monthly claim (Dec 2024); only the 2024 annual total (7.40 bn) is in the store: it allows but does not prove a $1bn month"))
P("2025-10-15",
  "By our estimate Taiwan's chip exports to Hong Kong will pass $45 billion for the whole of 2025.",
  L("$45 billion", "amount", "not_checkable", TW("Hong Kong", 2025), "forecast for full-year 2025; the file holds Jan-Jul 2025 only"))
P("2026-01-20",
  "Taiwan's chip exports to Malaysia exceeded $8 billion in 2025.",
  L("exceeded $8 billion", "amount", "supported", TW("Malaysia", 2025), "the Jan-Jul 2025 partial (8.27 bn) already exceeds $8bn, but the file labels it Jan-Jul only; full year >= partial, so the claim holds on the partial data; the full year cannot be lower than its first seven months, so the partial data prove it: supported (see NOTES)"))
P("2025-10-01",
  "Malaysia ranked fourth among the world's chip exporters in 2024, behind Hong Kong, mainland China and Korea.",
  L("fourth", "rank", "consistent", WD("Malaysia", 2024), "4th among the 86 reporters of 2024, but Singapore (104.5 bn in 2023) had not reported: rank on incomplete data"))
P("2025-10-01",
  "Korea's share of global chip exports jumped to 16% in 2024.",
  L("16%", "share", "not_checkable", WD("Rep. of Korea", 2024), "16.0% of an incomplete 2024 world total (86 reporters); a real world share is not computable"))
P("2025-01-10",
  "China imported about $1.3 billion of American chips in December 2024.",
  L("about $1.3 billion", "amount", "consistent", CU(2024) + "; " + REP(GACC, period_label="Jan-Oct 2024", partner="United States"), "no monthly Dec 2024 figure; annual Comtrade 11.75 bn and GACC Jan-Oct 9.61 bn leave ~2 bn for Nov-Dec: consistent"))
P("2024-06-01",
  "China's imports of US chips rose in the first quarter of 2024.",
  L("rose", "direction", "not_checkable", CU(2024, 2023), "no quarterly China-US data; annual rose but Q1 direction cannot be read"))
P("2025-04-15",
  "SEMI expects global tool billings to climb to about $125 billion in 2025.",
  L("about $125 billion", "amount", "not_checkable", "SEMI 2025 not in the transcribed file; forecast"))
P("2025-02-01",
  "China imported roughly 200 Dutch lithography machines in 2024.",
  L("roughly 200 Dutch lithography machines", "count", "not_checkable", "litho file holds 2019-2023 unit counts only"))
P("2026-02-18",
  "America's processor imports from Taiwan last year were the highest ever recorded.",
  L("the highest ever recorded", "record", "consistent", "annual US processor imports from Taiwan: 2017 1.42, 2018 1.37, 2019 1.12, 2020 1.16, 2021 1.48, 2022 2.66, 2023 2.78, 2024 8.06, 2025 10.20 bn", "series max; unbounded record"))
P("2023-02-10",
  "Taiwan's chip exports in 2022 were a record, at $184 billion.",
  L("a record", "record", "consistent", TW(None, 2022), "highest year in a file starting 2013; unbounded record"),
  L("$184 billion", "amount", "supported", TW(None, 2022)))
P("2025-11-20",
  "Korean memory chip exports rose to 2.9 trillion won in October.",
  L("2.9 trillion won", "amount", "not_checkable", "other currency (KRW) and no Korean Oct 2025 figure in the store"))
P("2026-03-05",
  "Chips shipped from Taiwan to America tripled between 2023 and 2025.",
  L("tripled", "multiple", "not_checkable", KY("TW", P4, 2025, 2023) + "; " + TW("US", 2023), "genuinely ambiguous: 'chips' from Taiwan's side (Taiwan customs HS 8542, 2025 Jan-Jul only) or US side ('chips' = not_checkable for the US); processors alone x3.67"))
P("2026-09-25",
  "Korean chip exports in the first 20 days of September 2025 reached $9.49 billion, up 27%.",
  L("$9.49 billion", "amount", "supported", REP(KOR, period_label="Sep 1-20 2025")),
  L("up 27%", "change", "supported", REP(KOR, period_label="Sep 1-20 2025")))
P("2026-07-10",
  "Hong Kong remains the world's biggest chip exporter.",
  L("the world's biggest chip exporter", "rank", "consistent", WD("China, Hong Kong SAR", 2024), "'remains' at 2026: latest data 2024 (incomplete reporters) show HK first; present tense not provable"))
P("2026-09-22",
  "Since the spring, Vietnam has been America's fastest-growing source of processors.",
  L("fastest-growing", "rank", "not_checkable", KC("VN", P4, "2026-03", "2026-07", "2025-03", "2025-07"), "'since the spring' and 'fastest-growing' both vague (period and comparison set); not signable"))
P("2025-08-30",
  "US processor imports from Malaysia fell by about 40% in the twelve months to July, by one private estimate.",
  L("about 40%", "change", "contradicted", KC("Malaysia", P4, "2024-08", "2025-07", "2023-08", "2024-07"), "twelve months to Jul 2025 vs previous twelve: +14.6%: rose, not fell; 'by one private estimate' does not make it a reported figure in the store"))
P("2026-09-22",
  "Taiwan's processor exports to the US in 2026 are on course to top $15 billion.",
  L("$15 billion", "amount", "not_checkable", K("TW", P4, "2026-01", "2026-07"), "projection for a year not complete (Jan-Jul 9.10 bn)"))

# --- context carried across sentences -------------------------------------------
P("2026-02-18",
  "Consider Malaysia. Its processor shipments to America fell by about a third in 2023 and recovered only partly afterwards: last year they came to $9.3 billion, still well below the $16.8 billion of 2021.",
  L("fell by about a third", "change", "contradicted", KY("Malaysia", P4, 2023, 2022), "-38.0%: more than 3 points beyond a third (33.3%)"),
  L("$9.3 billion", "amount", "supported", KY("Malaysia", P4, 2025), "subject carried by 'Its'/'they'; last year = 2025"),
  L("$16.8 billion", "amount", "supported", KY("Malaysia", P4, 2021)))
P("2026-09-22",
  "Korea is the quiet gainer. The peninsula sent America $328 million of memories in July. That was down from June but roughly ten times the figure a year earlier.",
  L("$328 million", "amount", "supported", K("KR", P2, "2026-07"), "'the peninsula' = South Korea"),
  L("down from June", "direction", "supported", KM("KR", P2, "2026-06", "2026-07")),
  L("roughly ten times", "multiple", "contradicted", KC("KR", P2, "2026-07", "2026-07", "2025-07", "2025-07"), "ratio 5.4"))
P("2025-03-05",
  "Taiwan's customs data tell a story of diversification. In 2024 the island sold $9.9 billion of chips to Malaysia. It sold Vietnam less than half that.",
  L("$9.9 billion", "amount", "supported", TW("Malaysia", 2024)),
  L("less than half", "multiple", "supported", TW("Vietnam", 2024, dest2="Malaysia"), "4.35/9.91 = 0.44"))
P("2026-08-20",
  "Then there is Japan. Its memory shipments to the US were $118 million in May and more than doubled in June.",
  L("$118 million", "amount", "supported", K("Japan", P2, "2026-05")),
  L("more than doubled", "multiple", "supported", KC("Japan", P2, "2026-06", "2026-06", "2026-05", "2026-05"), "ratio 2.04"))
P("2025-04-15",
  "SEMI's regional table is stark. Taiwan's fabs spent $16.6 billion on tools in 2024, barely a seventh of the global total, and less than in 2020.",
  L("$16.6 billion", "amount", "supported", SE("2024", "Taiwan")),
  L("barely a seventh", "share", "supported", SE("2024", "Taiwan", "2024", "Total"), "14.2% vs 14.3%"),
  L("less than in 2020", "direction", "supported", SE("2024", "Taiwan", "2020", "Taiwan"), "16.6 < 17.15"))
P("2024-11-10",
  "Start with Hong Kong. It exported chips worth $193.5 billion in 2023, most of them re-exports. That put the territory well ahead of Singapore, with $104.5 billion.",
  L("$193.5 billion", "amount", "supported", WD("China, Hong Kong SAR", 2023)),
  L("well ahead of Singapore", "rank", "supported", WD("China, Hong Kong SAR", 2023) + "; " + WD("Singapore", 2023)),
  L("$104.5 billion", "amount", "supported", WD("Singapore", 2023)))

# --- more partial-data and out-of-store claims -----------------------------------
P("2025-02-20",
  "Taiwan shipped about $800 million of chips to Vietnam in December alone.",
  L("about $800 million", "amount", "consistent", TW("Vietnam", 2024), "monthly (Dec 2024) claim; only the 2024 annual total 4.35 bn is in the store"))
P("2024-05-10",
  "In March, Taiwan's chip shipments to the mainland topped $4 billion.",
  L("topped $4 billion", "amount", "consistent", TW("China", 2024), "Mar 2024; annual 2024 total 48.47 bn (avg 4.0 bn/month) only"))
P("2024-08-15",
  "China's imports of American chips in the first half of 2024 were about $5 billion.",
  L("about $5 billion", "amount", "consistent", REP(GACC, period_label="Jan-Oct 2024", partner="United States") + "; " + CU(2024), "no H1 figure: Jan-Oct 9.61 bn with Jun-Oct each > $1bn (reported) bounds H1 below ~5.6 bn; ~5 bn is possible but unproven"))
P("2025-04-15",
  "Chinese tool spending in the fourth quarter of 2024 was roughly $12 billion.",
  L("roughly $12 billion", "amount", "consistent", SE("2024", "China") + "; " + SE("2024Q2", "China") + "; " + SE("2024Q3", "China"), "no 2024Q1 or Q4 row: Q1+Q4 = 49.6-12.21-12.93 = 24.46 bn, so Q4 ~12 is possible but unproven"))
P("2024-11-01",
  "Korea's semiconductor exports rose strongly in October.",
  L("rose strongly", "direction", "consistent", REP(KOR, period_label="Oct 1-20 2024"), "only the first 20 days of Oct 2024 (+36.1%) are in the store"))
P("2025-10-01",
  "Global IC exports fell to $751 billion in 2024, by the UN's count.",
  L("fell", "direction", "not_checkable", WD(None, 2024, 2023), "2024 table holds 86 reporters vs 141 in 2023: the drop is a coverage artefact"),
  L("$751 billion", "amount", "not_checkable", WD(None, 2024), "matches the sum of the incomplete 2024 table, but that sum is not a world total (Singapore and others missing)"))
P("2026-02-18",
  "Malaysia was America's second-largest supplier of processors in 2025.",
  L("second-largest", "rank", "consistent", KY("TW", P4, 2025) + "; " + KY("Malaysia", P4, 2025), "second among the six stored partners; others (e.g. Israel, Ireland, Mexico) not in the store"))
P("2025-09-10",
  "Taiwan's chip exports to the US ran at about $700 million a month in the first half of 2025.",
  L("about $700 million a month", "amount", "consistent", TW("US", 2025), "H1 not in the file; Jan-Jul 4.77 bn = 681m/month average"))
P("2025-06-01",
  "India's chip imports from Taiwan will triple by 2027, the government predicts.",
  L("triple", "multiple", "not_checkable", "forecast"))
P("2026-02-18",
  "US imports of processors from Ireland ran to $1.2 billion last year.",
  L("$1.2 billion", "amount", "not_checkable", "Ireland is not a US partner in the monthly store"))
P("2026-03-01",
  "Mexico's chip exports to the US doubled in 2025.",
  L("doubled", "multiple", "not_checkable", "no Mexico series for US imports; Taiwan customs' Mexico line is a different flow"))
P("2025-03-01",
  "China's chip imports from Korea were worth about $60 billion in 2024.",
  L("about $60 billion", "amount", "not_checkable", "no China-from-Korea flow in the store"))
P("2025-12-01",
  "Samsung's Taylor fab will cost $44 billion and employ 2,000 people.",
  L("$44 billion", "not_trade", "not_checkable", "company capex"),
  L("2,000 people", "not_trade", "not_checkable", "headcount"))
P("2026-07-15",
  "The EU's Chips Act aims for a 20% share of global production by 2030, backed by €43 billion.",
  L("20%", "not_trade", "not_checkable", "policy target"),
  L("€43 billion", "not_trade", "not_checkable", "subsidy, other currency"))
