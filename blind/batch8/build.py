"""Build blind batch 8: passages and article labels, truths from the raw files via truth.py."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # blind/truth.py (the lead removed the copy, identical but for its DATA path)
import truth as t  # noqa: E402

HERE = Path(__file__).resolve().parent
KINDS = {"amount", "change", "multiple", "direction", "share", "rank", "record", "streak", "count", "not_trade"}
VERDICTS = {"supported", "contradicted", "consistent", "not_checkable"}
NAME = {"TW": "Other Asia, nes (Taiwan)", "KR": "Rep. of Korea", "VN": "Viet Nam"}
PROD = {854231: "HS854231 processors/controllers", 854232: "HS854232 memories"}


def K(p: str, c: int, a: str, b: str | None = None) -> float:
    return t.k("USA", p, c, t.months(a, b or a)) / 1e9


def KS(p: str, c: int, a: str, b: str | None = None) -> str:
    b = b or a
    return f"USA imports from {NAME.get(p, p)} {PROD[c]} {a}..{b} sum = ${K(p, c, a, b):.4f}bn (kazookat value_usd)"


def KR(p: str, c: int, a1: str, b1: str, a0: str, b0: str) -> str:
    x, y = K(p, c, a1, b1), K(p, c, a0, b0)
    return f"{KS(p, c, a1, b1)}; vs {a0}..{b0} ${y:.4f}bn: ratio {x / y:.3f} ({100 * (x / y - 1):+.1f}%)"


def TWS(dest: str | None, y: int) -> str:
    v = t.tw(dest, y) / 1e9
    w = t.tw(None, y) / 1e9
    tag = "Jan-Jul prelim" if y == 2025 else "annual"
    return f"Taiwan customs 8542 exports to {dest or 'World (all destinations)'} {y} ({tag}) = ${v:.3f}bn; share of World {100 * v / w:.1f}%"


def TWR(dest: str | None, y1: int, y0: int) -> str:
    a, b = t.tw(dest, y1), t.tw(dest, y0)
    return f"{TWS(dest, y1)}; {y0} ${b / 1e9:.3f}bn; ratio {a / b:.3f} ({100 * (a / b - 1):+.1f}%)"


def WS(rep: str | None, y: int) -> str:
    v = t.world(rep, y) / 1e9
    tot = t.world(None, y) / 1e9
    r = t.wld()
    s = r[r.refYear == str(y)].groupby("reporterDesc").v.sum().sort_values(ascending=False)
    rank = list(s.index).index(rep) + 1 if rep else 0
    return f"Comtrade all-reporters 8542 exports to World {y}: {rep or 'sum of all reporters'} ${v:.2f}bn; share {100 * v / tot:.1f}% of ${tot:.1f}bn; rank {rank}"


def CN(y: int) -> str:
    return f"China imports from USA HS8542 {y} (partner2Code 0) = ${t.china_from_us(y) / 1e9:.3f}bn"


def SM(p: str, reg: str) -> str:
    return f"SEMI billings {p} {reg} = ${t.semi(p, reg):.2f}bn"


def L(quote, kind, verdict, truth, note="", occ=1):
    return {"quote": quote, "occurrence": occ, "kind": kind, "verdict": verdict, "truth": truth, "note": note}


GACC = "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv"
KOR = "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv"


def G(label: str, partner: str, measure: str) -> str:
    r = t.reported(GACC, period_label=label, partner=partner, measure=measure)[0]
    return f"GACC as reported ({GACC}): {label} {partner} {measure} = {r['value']} {r['unit']}, yoy {r['yoy_pct']}%"


def KO(label: str, measure: str = "export_value") -> str:
    r = t.reported(KOR, period_label=label, partner="World", measure=measure)
    r = [x for x in r if x["product_as_reported"] == "semiconductors"][0]
    return f"MOTIE as reported ({KOR}): {label} World semiconductors {measure} = {r['value_as_printed']} {r['unit']}, {r['yoy_as_printed']}"


NC_US_CHIPS = "US claim about 'chips' in general (HS 8542 not covered by the US monthly series): not_checkable per README"

S = []


def P(sid, date, text, *labels):
    S.append({"id": sid, "date": date, "text": text, "labels": list(labels)})


# ---------------------------------------------------------------- US processors: Taiwan
P("s001", "2026-01-15",
  "U.S. imports of processors and controllers from Taiwan reached $10.2 billion in 2025, up about 26% from a year earlier, Comtrade data showed.",
  L("$10.2 billion", "amount", "supported", KS("TW", 854231, "2025-01", "2025-12")),
  L("about 26%", "change", "supported", KR("TW", 854231, "2025-01", "2025-12", "2024-01", "2024-12"), "+26.5% inside about 26%"))
P("s002", "2025-02-10",
  "Taiwan shipped $8.1 billion of processors to the United States last year, nearly triple the 2023 figure.",
  L("$8.1 billion", "amount", "supported", KS("TW", 854231, "2024-01", "2024-12")),
  L("nearly triple", "multiple", "supported", KR("TW", 854231, "2024-01", "2024-12", "2023-01", "2023-12"), "2.90x: a little below 3"))
P("s003", "2024-10-20",
  "The US bought $965 million of processors from Taiwan in August, up from $823 million in July. That was more than five times the August 2023 level.",
  L("$965 million", "amount", "supported", KS("TW", 854231, "2024-08")),
  L("$823 million", "amount", "supported", KS("TW", 854231, "2024-07")),
  L("more than five times", "multiple", "supported", KR("TW", 854231, "2024-08", "2024-08", "2023-08", "2023-08"), "5.1x; partner/product carried from first sentence"))
P("s004", "2024-11-25",
  "Processor imports from Taiwan have exceeded $800 million in every month since July, customs figures show.",
  L("exceeded $800 million in every month since July", "streak", "supported",
    "; ".join(KS("TW", 854231, m) for m in t.months("2024-07", "2024-10")), "Jul-Oct 2024 all > $0.8bn (Nov not yet published on 25 Nov)"))
P("s005", "2025-12-20",
  "Taiwanese processor sales to the US have stayed above $600 million every month since July 2024.",
  L("above $600 million every month since July 2024", "streak", "supported",
    "min over Jul 2024-Nov 2025 = Sep 2025 $%.4fbn" % min(K("TW", 854231, m) for m in t.months("2024-07", "2025-11")), "demonym 'Taiwanese' = Taiwan"))
P("s006", "2026-09-15",
  "For a ninth straight month, processor imports from Taiwan came in above $1.1 billion in July.",
  L("For a ninth straight month", "streak", "supported",
    "Nov 2025-Jul 2026 monthly: " + ", ".join("%.3f" % K("TW", 854231, m) for m in t.months("2025-11", "2026-07")) + "; Oct 2025 %.3f < 1.1" % K("TW", 854231, "2025-10"), "9 months Nov-Jul all > 1.1bn"),
  L("above $1.1 billion", "amount", "supported", KS("TW", 854231, "2026-07"), "July $1.116bn"))
P("s007", "2026-09-15",
  "Year to date, the island's processor shipments to America totalled $9.1 billion, about 70% more than in the same period of 2025.",
  L("$9.1 billion", "amount", "supported", KS("TW", 854231, "2026-01", "2026-07"), "'the island' = Taiwan; year to date = Jan-Jul 2026"),
  L("about 70%", "change", "supported", KR("TW", 854231, "2026-01", "2026-07", "2025-01", "2025-07"), "+69.3%"))
P("s008", "2026-03-01",
  "December's processor imports from Taiwan, at $1.50 billion, were nearly double December 2024's $840 million.",
  L("$1.50 billion", "amount", "supported", KS("TW", 854231, "2025-12")),
  L("nearly double", "multiple", "contradicted", KR("TW", 854231, "2025-12", "2025-12", "2024-12", "2024-12"), "1.79x, >10% below 2"),
  L("$840 million", "amount", "supported", KS("TW", 854231, "2024-12")))
P("s009", "2026-03-01",
  "Processor shipments from the island to the US topped $1.5 billion again in January.",
  L("topped $1.5 billion", "amount", "supported", KS("TW", 854231, "2026-01"), "'the island' = Taiwan; $1.511bn"))
P("s010", "2025-04-15",
  "Taiwan's processor shipments to the US rose to $649 million in March but remained well below January's $931 million.",
  L("rose", "direction", "supported", KR("TW", 854231, "2025-03", "2025-03", "2025-02", "2025-02")),
  L("$649 million", "amount", "supported", KS("TW", 854231, "2025-03")),
  L("$931 million", "amount", "supported", KS("TW", 854231, "2025-01")))
P("s011", "2024-06-01",
  "Taiwan's processor exports to the US have risen every month this year.",
  L("risen every month this year", "streak", "supported", "Jan-Apr 2024: " + ", ".join("%.3f" % K("TW", 854231, m) for m in t.months("2023-12", "2024-05")) + " (Dec 2023..May 2024)", "each month higher than the one before, Jan through Apr/May 2024"))
P("s012", "2025-01-20",
  "Taiwan overtook Malaysia as the biggest foreign supplier of processors to the US in 2024, shipping $8.1 billion against Malaysia's $7.7 billion.",
  L("the biggest foreign supplier", "rank", "consistent", KS("TW", 854231, "2024-01", "2024-12") + "; " + KS("World", 854231, "2024-01", "2024-12"), "only six partners in the store; $12.6bn from other partners could include a bigger one"),
  L("$8.1 billion", "amount", "supported", KS("TW", 854231, "2024-01", "2024-12")),
  L("$7.7 billion", "amount", "supported", KS("Malaysia", 854231, "2024-01", "2024-12")))
P("s013", "2026-09-15",
  "Taiwan accounted for about 41% of U.S. processor imports in the first seven months of 2026.",
  L("about 41%", "share", "supported", KS("TW", 854231, "2026-01", "2026-07") + "; " + KS("World", 854231, "2026-01", "2026-07") + "; share %.1f%%" % (100 * K("TW", 854231, "2026-01", "2026-07") / K("World", 854231, "2026-01", "2026-07"))))
P("s014", "2024-03-20",
  "Processor imports from Taiwan jumped to $385 million in February, more than triple the $194 million of a year earlier.",
  L("$385 million", "amount", "supported", KS("TW", 854231, "2024-02")),
  L("more than triple", "multiple", "contradicted", KR("TW", 854231, "2024-02", "2024-02", "2023-02", "2023-02"), "1.98x"),
  L("$194 million", "amount", "supported", KS("TW", 854231, "2023-02")))

# ---------------------------------------------------------------- US processors: Malaysia
P("s015", "2026-08-20",
  "Processor imports from Malaysia slumped to $203 million in June, the lowest monthly figure since at least 2017.",
  L("$203 million", "amount", "supported", KS("Malaysia", 854231, "2026-06")),
  L("the lowest monthly figure since at least 2017", "record", "supported", "min of USA<-Malaysia 854231 Nov 2016-Jun 2026 is Jun 2026 $%.4fbn; next lowest Feb 2024 $%.4fbn" % (K("Malaysia", 854231, "2026-06"), K("Malaysia", 854231, "2024-02")), "bounded record, covered by the series"))
P("s016", "2025-04-15",
  "Processor imports from Malaysia jumped to $1.13 billion in March, the highest since 2022.",
  L("$1.13 billion", "amount", "supported", KS("Malaysia", 854231, "2025-03")),
  L("the highest since 2022", "record", "supported", "Jan 2023-Feb 2025 max = $%.4fbn (Dec 2023); Jun 2022 $%.4fbn" % (max(K("Malaysia", 854231, m) for m in t.months("2023-01", "2025-02")), K("Malaysia", 854231, "2022-06"))))
P("s017", "2026-09-15",
  "Malaysia's processor exports to the US in the first seven months were down about 30% year on year, at $3.7 billion.",
  L("about 30%", "change", "supported", KR("Malaysia", 854231, "2026-01", "2026-07", "2025-01", "2025-07"), "-30.3%"),
  L("$3.7 billion", "amount", "supported", KS("Malaysia", 854231, "2026-01", "2026-07")))
P("s018", "2024-07-15",
  "From Malaysia, processor imports rose about 10% in June to $723 million.",
  L("about 10%", "change", "supported", KR("Malaysia", 854231, "2024-06", "2024-06", "2024-05", "2024-05"), "month on month +10.0%"),
  L("$723 million", "amount", "supported", KS("Malaysia", 854231, "2024-06")))
P("s019", "2025-01-25",
  "For all of 2024, processor imports from Malaysia rose 16% to $7.7 billion, while those from Vietnam fell 23%.",
  L("16%", "change", "supported", KR("Malaysia", 854231, "2024-01", "2024-12", "2023-01", "2023-12"), "+15.6% rounds to 16"),
  L("$7.7 billion", "amount", "supported", KS("Malaysia", 854231, "2024-01", "2024-12")),
  L("23%", "change", "supported", KR("VN", 854231, "2024-01", "2024-12", "2023-01", "2023-12"), "-23.4%"))
P("s020", "2026-01-05",
  "Malaysian processor shipments to the United States were worth about $9.3 billion last year, up from $7.7 billion in 2024. That left Malaysia roughly $940 million behind Taiwan.",
  L("about $9.3 billion", "amount", "supported", KS("Malaysia", 854231, "2025-01", "2025-12"), "demonym"),
  L("$7.7 billion", "amount", "supported", KS("Malaysia", 854231, "2024-01", "2024-12")),
  L("roughly $940 million", "amount", "supported", "Taiwan 2025 $%.4fbn minus Malaysia 2025 $%.4fbn = $%.4fbn" % (K("TW", 854231, "2025-01", "2025-12"), K("Malaysia", 854231, "2025-01", "2025-12"), K("TW", 854231, "2025-01", "2025-12") - K("Malaysia", 854231, "2025-01", "2025-12")), "difference; a checker may not read gaps"))
P("s021", "2026-07-20",
  "Malaysia's processor shipments to the US have fallen for three consecutive months.",
  L("fallen for three consecutive months", "streak", "supported", "Mar-Jun 2026: " + ", ".join("%.3f" % K("Malaysia", 854231, m) for m in t.months("2026-03", "2026-06")), "Apr<Mar, May<Apr, Jun<May (June latest on 20 Jul)"))

# ---------------------------------------------------------------- US processors: Vietnam, Korea, China, Japan, World
P("s022", "2025-01-20",
  "Vietnam's processor shipments to the US fell for a second straight year in 2024, to $1.28 billion.",
  L("fell for a second straight year", "streak", "supported", "; ".join(KS("VN", 854231, f"{y}-01", f"{y}-12") for y in (2022, 2023, 2024))),
  L("$1.28 billion", "amount", "supported", KS("VN", 854231, "2024-01", "2024-12")))
P("s023", "2026-02-05",
  "Vietnamese processor exports to America shrank again last year, to roughly $980 million.",
  L("shrank again", "direction", "supported", KR("VN", 854231, "2025-01", "2025-12", "2024-01", "2024-12"), "demonym"),
  L("roughly $980 million", "amount", "supported", KS("VN", 854231, "2025-01", "2025-12")))
P("s024", "2026-04-20",
  "Vietnam's processor shipments to the US doubled in March from a year earlier, to $205 million.",
  L("doubled", "multiple", "contradicted", KR("VN", 854231, "2026-03", "2026-03", "2025-03", "2025-03"), "2.8x: far above double"),
  L("$205 million", "amount", "supported", KS("VN", 854231, "2026-03")))
P("s025", "2026-06-20",
  "Processor imports from Vietnam climbed to $248 million in May, the most since June 2022.",
  L("$248 million", "amount", "supported", KS("VN", 854231, "2026-05")),
  L("the most since June 2022", "record", "contradicted", "Sep 2022 $%.4fbn > May 2026 $%.4fbn; Jun 2022 $%.4fbn" % (K("VN", 854231, "2022-09"), K("VN", 854231, "2026-05"), K("VN", 854231, "2022-06")), "highest only since Sep 2022"))
P("s026", "2024-08-10",
  "Processor imports from South Korea surged to $152 million in April, more than double the February level.",
  L("$152 million", "amount", "supported", KS("KR", 854231, "2024-04")),
  L("more than double", "multiple", "supported", KR("KR", 854231, "2024-04", "2024-04", "2024-02", "2024-02")))
P("s027", "2025-06-20",
  "Seoul's chipmakers shipped just $31 million of processors to the US in February, the lowest in more than four years.",
  L("$31 million", "amount", "supported", KS("KR", 854231, "2025-02"), "'Seoul's chipmakers' read as South Korea (country flow)"),
  L("the lowest in more than four years", "record", "supported", "lower months: Nov 2020 $%.4fbn, Feb 2017; none lower Dec 2020-Jan 2025 (min %.4f)" % (K("KR", 854231, "2020-11"), min(K("KR", 854231, m) for m in t.months("2020-12", "2025-01")))))
P("s028", "2026-05-10",
  "Processor imports from Korea reached $146 million in April, more than double the year-earlier level.",
  L("$146 million", "amount", "supported", KS("KR", 854231, "2026-04")),
  L("more than double", "multiple", "supported", KR("KR", 854231, "2026-04", "2026-04", "2025-04", "2025-04")))
P("s029", "2025-07-20",
  "Korean processor exports to the US in the first half were down more than 40% from a year earlier.",
  L("more than 40%", "change", "supported", KR("KR", 854231, "2025-01", "2025-06", "2024-01", "2024-06"), "-45%"))
P("s030", "2025-09-10",
  "Processor imports from Korea fell in August. Japan's processor shipments to the US dipped to $37 million from $44 million in July.",
  L("fell", "direction", "supported", KR("KR", 854231, "2025-08", "2025-08", "2025-07", "2025-07")),
  L("$37 million", "amount", "supported", KS("Japan", 854231, "2025-08"), "August carried from first sentence"),
  L("$44 million", "amount", "supported", KS("Japan", 854231, "2025-07")))
P("s031", "2026-02-05",
  "U.S. processor imports from China edged up last year to $869 million.",
  L("edged up", "direction", "supported", KR("China", 854231, "2025-01", "2025-12", "2024-01", "2024-12"), "+1.1%"),
  L("$869 million", "amount", "supported", KS("China", 854231, "2025-01", "2025-12")))
P("s032", "2024-07-15",
  "Processor imports from China climbed to $102 million in June, the highest in more than a year.",
  L("$102 million", "amount", "supported", KS("China", 854231, "2024-06")),
  L("the highest in more than a year", "record", "contradicted", "Aug 2023 $%.4fbn > Jun 2024 $%.4fbn (10 months earlier)" % (K("China", 854231, "2023-08"), K("China", 854231, "2024-06"))))
P("s033", "2024-04-20",
  "Chinese processors shipped to America fell to $46 million in February, the weakest month since at least 2017.",
  L("$46 million", "amount", "supported", KS("China", 854231, "2024-02")),
  L("the weakest month since at least 2017", "record", "supported", "min of USA<-China 854231 Nov 2016-Jan 2024 = $%.4fbn (Dec 2023)" % min(K("China", 854231, m) for m in t.months("2016-11", "2024-01")), "demonym 'Chinese processors' = imports from China"))
P("s034", "2025-03-15",
  "Processor imports from Japan have hovered below $50 million a month for more than three years.",
  L("below $50 million a month for more than three years", "streak", "contradicted", "Sep 2023 %s; Mar 2022 %s" % (KS("Japan", 854231, "2023-09"), KS("Japan", 854231, "2022-03")), "two months above $50m inside the window"))
P("s035", "2026-03-10",
  "Total U.S. imports of processors and controllers rose 15% in 2025 to $32.6 billion. December's $3.85 billion was the highest monthly total on record.",
  L("15%", "change", "supported", KR("World", 854231, "2025-01", "2025-12", "2024-01", "2024-12")),
  L("$32.6 billion", "amount", "supported", KS("World", 854231, "2025-01", "2025-12")),
  L("$3.85 billion", "amount", "supported", KS("World", 854231, "2025-12")),
  L("the highest monthly total on record", "record", "consistent", "max of USA<-World 854231 Nov 2016-Feb 2026", "series has a start: unbounded record = consistent"))
P("s036", "2025-04-20",
  "U.S. processor imports from the world slid 25% in February from January, to $2.17 billion, before rebounding to $3.04 billion in March.",
  L("25%", "change", "contradicted", KR("World", 854231, "2025-02", "2025-02", "2025-01", "2025-01"), "-17.5%: 7.5 points off"),
  L("$2.17 billion", "amount", "supported", KS("World", 854231, "2025-02")),
  L("rebounding", "direction", "supported", KR("World", 854231, "2025-03", "2025-03", "2025-02", "2025-02")),
  L("$3.04 billion", "amount", "supported", KS("World", 854231, "2025-03")))
P("s037", "2026-09-15",
  "U.S. processor imports from all sources came to $22.0 billion in January through July, up 23% on the year.",
  L("$22.0 billion", "amount", "supported", KS("World", 854231, "2026-01", "2026-07")),
  L("23%", "change", "supported", KR("World", 854231, "2026-01", "2026-07", "2025-01", "2025-07")))

# ---------------------------------------------------------------- US memories
P("s038", "2026-08-20",
  "America's memory-chip purchases from South Korea hit $373 million in June, more than ten times the year-earlier level.",
  L("$373 million", "amount", "supported", KS("KR", 854232, "2026-06")),
  L("more than ten times", "multiple", "contradicted", KR("KR", 854232, "2026-06", "2026-06", "2025-06", "2025-06"), "2.8x"))
P("s039", "2026-08-20",
  "Through July, U.S. memory imports from Korea totalled $1.51 billion, already more than double the whole of 2025.",
  L("$1.51 billion", "amount", "supported", KS("KR", 854232, "2026-01", "2026-07")),
  L("more than double", "multiple", "supported", "Jan-Jul 2026 $%.4fbn / 2025 $%.4fbn = %.2f" % (K("KR", 854232, "2026-01", "2026-07"), K("KR", 854232, "2025-01", "2025-12"), K("KR", 854232, "2026-01", "2026-07") / K("KR", 854232, "2025-01", "2025-12"))))
P("s040", "2026-08-25",
  "Memory chip imports from all sources topped $950 million in June, a record.",
  L("topped $950 million", "amount", "supported", KS("World", 854232, "2026-06")),
  L("a record", "record", "consistent", "Jun 2026 is the max of Nov 2016-Jul 2026", "unbounded record"))
P("s041", "2026-09-15",
  "Korean memory exports to the US in January-July were more than six times their level a year earlier.",
  L("more than six times", "multiple", "contradicted", KR("KR", 854232, "2026-01", "2026-07", "2025-01", "2025-07"), "4.69x, 22% below the bound; demonym Korean"))
P("s042", "2026-09-15",
  "US memory imports from Japan tripled in the first seven months of the year, to $591 million.",
  L("tripled", "multiple", "supported", KR("Japan", 854232, "2026-01", "2026-07", "2025-01", "2025-07"), "3.09x"),
  L("$591 million", "amount", "supported", KS("Japan", 854232, "2026-01", "2026-07")))
P("s043", "2026-08-05",
  "Japan's memory shipments to the US in June, at $241 million, were more than ten times the June 2025 figure.",
  L("$241 million", "amount", "supported", KS("Japan", 854232, "2026-06")),
  L("more than ten times", "multiple", "supported", KR("Japan", 854232, "2026-06", "2026-06", "2025-06", "2025-06"), "10.6x"))
P("s044", "2025-02-15",
  "America's memory imports from Vietnam, still tiny, jumped to $35 million in 2024 from $6.5 million in 2023.",
  L("$35 million", "amount", "supported", KS("VN", 854232, "2024-01", "2024-12")),
  L("$6.5 million", "amount", "supported", KS("VN", 854232, "2023-01", "2023-12")))
P("s045", "2025-03-01",
  "Korea supplied $434 million of memory chips to the United States in 2024, up 83% from 2023.",
  L("$434 million", "amount", "supported", KS("KR", 854232, "2024-01", "2024-12")),
  L("83%", "change", "supported", KR("KR", 854232, "2024-01", "2024-12", "2023-01", "2023-12"), "+83.4%"))
P("s046", "2024-03-15",
  "Imports of memory chips from Taiwan fell to $44 million in February.",
  L("fell", "direction", "supported", KR("TW", 854232, "2024-02", "2024-02", "2024-01", "2024-01")),
  L("$44 million", "amount", "supported", KS("TW", 854232, "2024-02")))
P("s047", "2025-11-10",
  "US memory imports from Korea jumped to $131 million in June, roughly four times May's $13 million.",
  L("$131 million", "amount", "supported", KS("KR", 854232, "2025-06")),
  L("roughly four times", "multiple", "contradicted", KR("KR", 854232, "2025-06", "2025-06", "2025-05", "2025-05"), "10.1x"),
  L("$13 million", "amount", "supported", KS("KR", 854232, "2025-05")))
P("s048", "2026-03-01",
  "Memory chip imports from Taiwan rose 56% in 2025, to $808 million.",
  L("56%", "change", "contradicted", KR("TW", 854232, "2025-01", "2025-12", "2024-01", "2024-12"), "+23.7%"),
  L("$808 million", "amount", "supported", KS("TW", 854232, "2025-01", "2025-12")))
P("s049", "2025-02-15",
  "Taiwanese memory shipments to the US shrank 10% last year to $653 million.",
  L("10%", "change", "supported", KR("TW", 854232, "2024-01", "2024-12", "2023-01", "2023-12"), "-10.4%"),
  L("$653 million", "amount", "supported", KS("TW", 854232, "2024-01", "2024-12")))
P("s050", "2025-07-20",
  "US imports of memory chips from the world slumped 35% in April from March.",
  L("35%", "change", "contradicted", KR("World", 854232, "2025-04", "2025-04", "2025-03", "2025-03"), "-24.5%"))
P("s051", "2026-07-15",
  "Memory imports from Korea tripled in April from March to $304 million.",
  L("tripled", "multiple", "contradicted", KR("KR", 854232, "2026-04", "2026-04", "2026-03", "2026-03"), "2.08x"),
  L("$304 million", "amount", "supported", KS("KR", 854232, "2026-04")))
P("s052", "2026-08-20",
  "U.S. memory imports from all sources eased to $749 million in July, bringing the total for the first seven months to $4.02 billion, more than triple a year earlier.",
  L("eased", "direction", "supported", KR("World", 854232, "2026-07", "2026-07", "2026-06", "2026-06")),
  L("$749 million", "amount", "supported", KS("World", 854232, "2026-07")),
  L("$4.02 billion", "amount", "supported", KS("World", 854232, "2026-01", "2026-07")),
  L("more than triple", "multiple", "supported", KR("World", 854232, "2026-01", "2026-07", "2025-01", "2025-07"), "3.16x"))
P("s053", "2025-12-10",
  "Memory imports from Japan spiked to $71 million in September 2024, a level not matched in any month since.",
  L("$71 million", "amount", "supported", KS("Japan", 854232, "2024-09")),
  L("a level not matched in any month since", "record", "supported", "max Oct 2024-Oct 2025 = $%.4fbn" % max(K("Japan", 854232, m) for m in t.months("2024-10", "2025-10")), "data through Oct 2025 on 10 Dec"))
P("s054", "2024-12-01",
  "Memory imports from Malaysia have been under $30 million a month all year.",
  L("under $30 million a month all year", "streak", "supported", "Jan-Oct 2024 max = $%.4fbn" % max(K("Malaysia", 854232, m) for m in t.months("2024-01", "2024-10")), "through latest month"))

# ---------------------------------------------------------------- Taiwan customs
P("s055", "2025-02-20",
  "Taiwan's exports of integrated circuits slipped about 1% in 2024 to $165.0 billion, customs data showed. Mainland China took 29% of the total and Hong Kong 22%.",
  L("about 1%", "change", "supported", TWR(None, 2024, 2023)),
  L("$165.0 billion", "amount", "supported", TWS(None, 2024)),
  L("29%", "share", "supported", TWS("China", 2024)),
  L("22%", "share", "supported", TWS("Hong Kong", 2024)))
P("s056", "2025-02-20",
  "Together, the mainland and Hong Kong absorbed more than half of the island's chip exports last year.",
  L("more than half", "share", "supported", "China+HK 2024 = %.1f%% of World" % (100 * (t.tw("China", 2024) + t.tw("Hong Kong", 2024)) / t.tw(None, 2024))))
P("s057", "2025-02-20",
  "Taiwanese chip shipments to the United States more than doubled in 2024 to $7.4 billion.",
  L("more than doubled", "multiple", "supported", TWR("US", 2024, 2023)),
  L("$7.4 billion", "amount", "supported", TWS("US", 2024)))
P("s058", "2025-02-20",
  "Taiwan's IC exports to India climbed to $3.0 billion last year, up from $820 million two years earlier.",
  L("$3.0 billion", "amount", "supported", TWS("India", 2024), "Taiwan reporter carried from context/date"),
  L("$820 million", "amount", "supported", TWS("India", 2022)))
P("s059", "2025-02-20",
  "Singapore was Taiwan's third-largest IC destination in 2024, ahead of South Korea and Japan.",
  L("third-largest", "rank", "supported", "2024 ranking over all destinations: China 48.47, Hong Kong 36.79, Singapore 21.00, Korea 13.40, Japan 10.42"))
P("s060", "2025-02-20",
  "Vietnam's share of Taiwan's IC exports rose to 4.6% last year.",
  L("4.6%", "share", "contradicted", TWS("Vietnam", 2024), "2.6%"),
  L("rose", "direction", "supported", TWR("Vietnam", 2024, 2023), "share 1.7% -> 2.6%"))
P("s061", "2025-09-10",
  "In the first seven months of 2025, Hong Kong overtook the mainland as the top destination for Taiwanese chips, taking $29.5 billion against $27.3 billion.",
  L("the top destination", "rank", "supported", TWS("Hong Kong", 2025) + "; " + TWS("China", 2025)),
  L("$29.5 billion", "amount", "supported", TWS("Hong Kong", 2025)),
  L("$27.3 billion", "amount", "supported", TWS("China", 2025)))
P("s062", "2025-09-10",
  "Taiwan's January-July chip exports totalled about $110 billion, with Malaysia taking $8.3 billion, already most of 2024's full-year $9.9 billion.",
  L("about $110 billion", "amount", "supported", TWS(None, 2025)),
  L("$8.3 billion", "amount", "supported", TWS("Malaysia", 2025)),
  L("$9.9 billion", "amount", "supported", TWS("Malaysia", 2024)))
P("s063", "2024-02-01",
  "Taiwan's IC exports set a record in 2022 at $184 billion before falling 9.5% in 2023.",
  L("a record", "record", "consistent", "2022 is max of 2013-2025", "unbounded record"),
  L("$184 billion", "amount", "supported", TWS(None, 2022)),
  L("9.5%", "change", "supported", TWR(None, 2023, 2022), "-9.51%"))
P("s064", "2024-02-01",
  "The 2023 decline echoes 2015, when the island's chip exports fell about 4%.",
  L("about 4%", "change", "supported", TWR(None, 2015, 2014), "year anchoring; -4.0%"))
P("s065", "2025-09-10",
  "Mainland China's share of Taiwan's chip exports fell to about 25% in the first seven months of 2025, the smallest since 2015.",
  L("about 25%", "share", "supported", TWS("China", 2025)),
  L("the smallest since 2015", "record", "supported", "China shares 2013-2025: " + ", ".join("%d %.1f" % (y, 100 * t.tw("China", y) / t.tw(None, y)) for y in range(2013, 2026)), "compares Jan-Jul 2025 with full years 2016-2024; all higher"))
P("s066", "2025-03-01",
  "The shift recalls 2020, when the mainland took more than a third of Taiwan's IC exports.",
  L("more than a third", "share", "supported", TWS("China", 2020), "year anchoring"))
P("s067", "2024-05-01",
  "Taiwan's chip exports to Japan nearly doubled between 2020 and 2022, to $15.8 billion.",
  L("nearly doubled", "multiple", "contradicted", TWR("Japan", 2022, 2020), "1.69x"),
  L("$15.8 billion", "amount", "supported", TWS("Japan", 2022)))
P("s068", "2025-02-20",
  "Taiwan's chip exports to Japan dropped by a third in 2024 to $10.4 billion, and shipments to Germany fell to roughly $930 million.",
  L("by a third", "change", "supported", TWR("Japan", 2024, 2023), "-33.4%"),
  L("$10.4 billion", "amount", "supported", TWS("Japan", 2024)),
  L("fell", "direction", "supported", TWR("Germany", 2024, 2023)),
  L("roughly $930 million", "amount", "supported", TWS("Germany", 2024)))
P("s069", "2025-02-20",
  "Taiwan's IC sales to Mexico rose almost threefold to $1.9 billion in 2024.",
  L("almost threefold", "multiple", "supported", TWR("Mexico", 2024, 2023), "2.96x"),
  L("$1.9 billion", "amount", "supported", TWS("Mexico", 2024)))
P("s070", "2025-01-10",
  "Taiwan's IC exports to the US were worth $3.5 billion in 2023 and $3.2 billion in 2022. Exports to Korea rose 18% in 2024 to $13.4 billion, while shipments to the Philippines fell by more than a third.",
  L("$3.5 billion", "amount", "supported", TWS("US", 2023)),
  L("$3.2 billion", "amount", "supported", TWS("US", 2022)),
  L("18%", "change", "supported", TWR("Korea", 2024, 2023), "+17.8%"),
  L("$13.4 billion", "amount", "supported", TWS("Korea", 2024)),
  L("more than a third", "change", "supported", TWR("Philippines", 2024, 2023), "-37.0%"))
P("s071", "2024-03-01",
  "Taiwan's chip exports grew 27% in 2021 to $155.5 billion, a sixth straight annual gain.",
  L("27%", "change", "supported", TWR(None, 2021, 2020)),
  L("$155.5 billion", "amount", "supported", TWS(None, 2021)),
  L("a sixth straight annual gain", "streak", "supported", "World 2014..2021: " + ", ".join("%.1f" % (t.tw(None, y) / 1e9) for y in range(2014, 2022)), "gains 2016-2021, 2015 fell"))
P("s072", "2025-02-20",
  "Hong Kong's share of Taiwan's IC exports dropped below 20% in 2024.",
  L("below 20%", "share", "contradicted", TWS("Hong Kong", 2024), "22.3%"))

# ---------------------------------------------------------------- World exports (Comtrade all reporters)
P("s073", "2025-06-01",
  "Hong Kong was the world's largest exporter of integrated circuits in 2023, with $193.5 billion, or about a fifth of the global total, Comtrade data show.",
  L("the world's largest exporter", "rank", "supported", WS("China, Hong Kong SAR", 2023)),
  L("$193.5 billion", "amount", "supported", WS("China, Hong Kong SAR", 2023)),
  L("about a fifth", "share", "supported", WS("China, Hong Kong SAR", 2023)))
P("s074", "2025-06-01",
  "Taiwan, recorded as 'Other Asia, nes', ranked second at $166.5 billion, while mainland China's IC exports fell 12% to $136 billion.",
  L("ranked second", "rank", "supported", WS("Other Asia, nes", 2023)),
  L("$166.5 billion", "amount", "supported", WS("Other Asia, nes", 2023)),
  L("12%", "change", "supported", WS("China", 2023) + "; 2022 $%.2fbn" % (t.world("China", 2022) / 1e9), "-11.8%"),
  L("$136 billion", "amount", "supported", WS("China", 2023)))
P("s075", "2025-06-01",
  "South Korea's chip exports climbed about 40% in 2024, to $120 billion.",
  L("about 40%", "change", "supported", WS("Rep. of Korea", 2024) + "; 2023 $%.2fbn" % (t.world("Rep. of Korea", 2023) / 1e9), "+39.6%"),
  L("$120 billion", "amount", "supported", WS("Rep. of Korea", 2024)))
P("s076", "2025-06-01",
  "Malaysia held sixth place among IC exporters in 2023, with a 7.9% share of world exports of roughly $950 billion.",
  L("sixth place", "rank", "supported", WS("Malaysia", 2023)),
  L("7.9%", "share", "supported", WS("Malaysia", 2023)),
  L("roughly $950 billion", "amount", "supported", WS(None, 2023)))
P("s077", "2025-06-01",
  "U.S. integrated circuit exports slid to $43.6 billion in 2023 from $51.6 billion a year earlier.",
  L("$43.6 billion", "amount", "supported", WS("USA", 2023)),
  L("$51.6 billion", "amount", "supported", WS("USA", 2022)))
P("s078", "2025-07-01",
  "Global exports of integrated circuits shrank to $751 billion in 2024.",
  L("$751 billion", "amount", "not_checkable", WS(None, 2024), "2024 table has only 86 reporters (Taiwan, Singapore absent): the sum is partial, the world total is not in the store"),
  L("shrank", "direction", "not_checkable", "2024 partial (86 reporters)", "same"))
P("s079", "2025-06-01",
  "Hong Kong's chip exports rebounded 14% to $219.8 billion in 2024.",
  L("14%", "change", "supported", WS("China, Hong Kong SAR", 2024) + "; 2023 $%.2fbn" % (t.world("China, Hong Kong SAR", 2023) / 1e9), "+13.6%"),
  L("$219.8 billion", "amount", "supported", WS("China, Hong Kong SAR", 2024)))
P("s080", "2025-06-01",
  "Singapore's IC exports grew 8% in 2023 to $104 billion.",
  L("8%", "change", "contradicted", WS("Singapore", 2023) + "; 2022 $%.2fbn" % (t.world("Singapore", 2022) / 1e9), "fell 14.3%"),
  L("$104 billion", "amount", "supported", WS("Singapore", 2023)))

# ---------------------------------------------------------------- China imports from the US (Comtrade) and GACC
P("s081", "2025-08-01",
  "China's imports of U.S. integrated circuits rose about 41% in 2024 to $11.8 billion, Comtrade data show, still below the $15.7 billion of 2021.",
  L("about 41%", "change", "supported", CN(2024) + "; " + CN(2023), "+41.5%"),
  L("$11.8 billion", "amount", "supported", CN(2024)),
  L("$15.7 billion", "amount", "supported", CN(2021)))
P("s082", "2024-03-01",
  "Chinese purchases of American chips sank 32% in 2023 to $8.3 billion, the lowest since 2012.",
  L("32%", "change", "supported", CN(2023) + "; " + CN(2022), "-31.8%"),
  L("$8.3 billion", "amount", "supported", CN(2023)),
  L("the lowest since 2012", "record", "supported", "; ".join(CN(y) for y in (2012, 2016)), "2013-2022 min is 2016 $8.70bn; 2012 $7.00bn lower"))
P("s083", "2025-08-01",
  "U.S. chip sales to China in 2024 were roughly double their 2010 level.",
  L("roughly double", "multiple", "contradicted", CN(2024) + "; " + CN(2010), "mirror: read from China's imports from the US; 1.49x"))
P("s084", "2024-11-20",
  "China's imports of US chips reached $1.11 billion in October, up 60% from a year earlier, customs data showed. Purchases have topped $1 billion every month since June.",
  L("$1.11 billion", "amount", "supported", G("Oct 2024", "United States", "import_value"), "reported figure"),
  L("60%", "change", "supported", G("Oct 2024", "United States", "import_value")),
  L("topped $1 billion every month since June", "streak", "supported", G("Jun-Oct 2024", "United States", "monthly_import_value_above"), "reported qualitative streak"))
P("s085", "2024-11-20",
  "In the first ten months, China bought $9.61 billion of microchips from the US, up 42.5%.",
  L("$9.61 billion", "amount", "supported", G("Jan-Oct 2024", "United States", "import_value")),
  L("42.5%", "change", "supported", G("Jan-Oct 2024", "United States", "import_value")))
P("s086", "2025-01-20",
  "China spent $385 billion on imported chips in 2024, up 10.4%, and imported 549.2 billion units.",
  L("$385 billion", "amount", "supported", G("2024", "World", "import_value")),
  L("10.4%", "change", "supported", G("2024", "World", "import_value")),
  L("549.2 billion units", "count", "supported", G("2024", "World", "import_quantity")))
P("s087", "2025-01-20",
  "China's own chip exports reached $159 billion last year.",
  L("$159 billion", "amount", "supported", G("2024", "World", "export_value"), "GACC reported"))
P("s088", "2024-02-10",
  "China's integrated circuit imports fell to $349 billion in 2023.",
  L("$349 billion", "amount", "not_checkable", "GACC transcribed: 2023 annual import value not in file (2023 quantity 479.5bn units; Jan-Nov 2024 value 349)", "no 2023 annual value; Comtrade China imports from World not in store"))

# ---------------------------------------------------------------- SEMI
P("s089", "2025-04-15",
  "Chip equipment billings in mainland China reached $49.6 billion in 2024, about 42% of the global $117.1 billion, SEMI said.",
  L("$49.6 billion", "amount", "supported", SM("2024", "China")),
  L("about 42%", "share", "supported", SM("2024", "China") + "; " + SM("2024", "Total"), "42.4%"),
  L("$117.1 billion", "amount", "supported", SM("2024", "Total")))
P("s090", "2025-04-15",
  "In SEMI's 2024 equipment tally, Korea ranked second at $20.5 billion, with Taiwan third at $16.6 billion. Global billings rose 10% from 2023.",
  L("ranked second", "rank", "supported", "2024 regions: China 49.6, Korea 20.5, Taiwan 16.6, North America 13.7, Japan 7.8, Europe 4.9, RoW 4.2"),
  L("$20.5 billion", "amount", "supported", SM("2024", "Korea")),
  L("third", "rank", "supported", SM("2024", "Taiwan")),
  L("$16.6 billion", "amount", "supported", SM("2024", "Taiwan")),
  L("10%", "change", "supported", SM("2024", "Total") + "; " + SM("2023", "Total"), "+10.2%"))
P("s091", "2025-04-15",
  "China's equipment spending was more than two and a half times its 2020 level, and North American billings more than doubled over the same period.",
  L("more than two and a half times", "multiple", "supported", SM("2024", "China") + "; " + SM("2020", "China"), "2.65x"),
  L("more than doubled", "multiple", "supported", SM("2024", "North America") + "; " + SM("2020", "North America"), "2.10x"))
P("s092", "2024-11-10",
  "China accounted for over 45% of global equipment billings in the third quarter.",
  L("over 45%", "share", "contradicted", SM("2024Q3", "China") + "; " + SM("2024Q3", "Total"), "42.6%"))
P("s093", "2024-11-10",
  "Third-quarter chip equipment billings worldwide rose about 13% from the second quarter to $30.4 billion.",
  L("about 13%", "change", "supported", SM("2024Q3", "Total") + "; " + SM("2024Q2", "Total"), "+13.4%"),
  L("$30.4 billion", "amount", "supported", SM("2024Q3", "Total")))
P("s094", "2024-08-01",
  "Taiwan's equipment billings slid to $3.9 billion in the second quarter.",
  L("slid", "direction", "not_checkable", "2024Q1 not in the SEMI file", "no prior quarter to compare"),
  L("$3.9 billion", "amount", "supported", SM("2024Q2", "Taiwan")))

# ---------------------------------------------------------------- Korea MOTIE
P("s095", "2024-10-02",
  "The peninsula's semiconductor shipments rose 37% in September to $13.6 billion, according to the trade ministry.",
  L("37%", "change", "supported", KO("Sep 2024"), "'the peninsula' = South Korea"),
  L("$13.6 billion", "amount", "supported", KO("Sep 2024")))
P("s096", "2025-09-22",
  "South Korea's chip exports in the first 20 days of September climbed 27% to $9.49 billion.",
  L("27%", "change", "supported", KO("Sep 1-20 2025", "export_value_partial_month")),
  L("$9.49 billion", "amount", "supported", KO("Sep 1-20 2025", "export_value_partial_month")))
P("s097", "2024-10-22",
  "Semiconductor exports from Korea in the first 20 days of October jumped 46% to $7.1 billion.",
  L("46%", "change", "contradicted", KO("Oct 1-20 2024", "export_value_partial_month"), "reported +36.1%"),
  L("$7.1 billion", "amount", "supported", KO("Oct 1-20 2024", "export_value_partial_month")))
P("s098", "2025-07-05",
  "South Korea shipped $2.1 billion of memory chips to Vietnam in May.",
  L("$2.1 billion", "amount", "not_checkable", "no Korea->Vietnam series in the store", "flow not in store"))

# ---------------------------------------------------------------- Non-trade and out-of-store
P("s099", "2025-05-01",
  "TSMC plans 2-nanometer production in Arizona and employs about 3,000 people there.",
  L("2-nanometer", "not_trade", "not_checkable", "technology node"),
  L("about 3,000 people", "not_trade", "not_checkable", "headcount"))
P("s100", "2025-04-10",
  "Washington raised the Section 301 tariff on Chinese semiconductors to 50%.",
  L("50%", "not_trade", "not_checkable", "tariff rate"))
P("s101", "2025-03-01",
  "The CHIPS Act set aside $39 billion in manufacturing subsidies.",
  L("$39 billion", "not_trade", "not_checkable", "subsidy"))
P("s102", "2026-02-01",
  "Samsung said its fourth-quarter operating profit rose 20%.",
  L("20%", "not_trade", "not_checkable", "company figure"))
P("s103", "2025-11-01",
  "Malaysia aims to train 60,000 semiconductor engineers under its national strategy.",
  L("60,000", "not_trade", "not_checkable", "headcount target"))
P("s104", "2025-08-15",
  "US chip imports from Taiwan rose 40% in the first half.",
  L("40%", "change", "not_checkable", NC_US_CHIPS))
P("s105", "2026-01-10",
  "Measured in yen, Japan's chip exports rose 8% last year.",
  L("8%", "change", "not_checkable", "other currency (yen)"))
P("s106", "2025-10-01",
  "Vietnam's chip exports to the EU totalled EUR 1.2 billion in the first half.",
  L("EUR 1.2 billion", "amount", "not_checkable", "other currency; flow not in store"))
P("s107", "2025-12-01",
  "Micron's new Idaho fab will add 2,000 jobs, and the US imposed a 25% tariff on certain chip imports.",
  L("2,000 jobs", "not_trade", "not_checkable", "headcount"),
  L("25%", "not_trade", "not_checkable", "tariff rate"))
P("s108", "2026-06-01",
  "America's chip imports from Malaysia fell by a quarter in the first four months.",
  L("by a quarter", "change", "not_checkable", NC_US_CHIPS + " (processors alone: see note)", "general 'chips' for US"))
P("s109", "2025-09-10",
  "Taiwan exported $8.6 billion of chips to Thailand in 2024.",
  L("$8.6 billion", "amount", "contradicted", TWS("Thailand", 2024), "$2.42bn"))
P("s110", "2026-04-10",
  "Processor imports from Taiwan were up in the first quarter while those from Malaysia were down.",
  L("up", "direction", "supported", KR("TW", 854231, "2026-01", "2026-03", "2025-01", "2025-03")),
  L("down", "direction", "supported", KR("Malaysia", 854231, "2026-01", "2026-03", "2025-01", "2025-03"), "first quarter = Jan-Mar 2026 vs Jan-Mar 2025"))
P("s111", "2026-02-20",
  "Memory imports from Korea rose in 2025, while processor imports from the peninsula fell by about a third.",
  L("rose", "direction", "supported", KR("KR", 854232, "2025-01", "2025-12", "2024-01", "2024-12")),
  L("about a third", "change", "supported", KR("KR", 854231, "2025-01", "2025-12", "2024-01", "2024-12"), "'the peninsula' = Korea; -33.9%"))
P("s112", "2024-09-15",
  "Processor imports from Taiwan reached nearly $1 billion in August, and Taiwan's share of US processor imports that month was about 40%.",
  L("nearly $1 billion", "amount", "supported", KS("TW", 854231, "2024-08"), "$0.965bn, 3.5% below"),
  L("about 40%", "share", "supported", "%s; %s; share %.1f%%" % (KS("TW", 854231, "2024-08"), KS("World", 854231, "2024-08"), 100 * K("TW", 854231, "2024-08") / K("World", 854231, "2024-08"))))
P("s113", "2025-10-15",
  "Processor imports from Malaysia rose in each of the past three months.",
  L("rose in each of the past three months", "streak", "contradicted", "Jun-Aug 2025: " + ", ".join("%.3f" % K("Malaysia", 854231, m) for m in t.months("2025-05", "2025-08")), "Jul fell from Jun"))


# ---------------------------------------------------------------- coarser data (consistent), reported releases, more not_checkable
P("s114", "2024-05-10",
  "Taiwan's IC exports to India exceeded $100 million in March, customs data showed.",
  L("exceeded $100 million", "amount", "consistent", TWS("India", 2024), "monthly claim, store has annual totals only ($2.99bn for 2024): compatible, not provable"))
P("s115", "2026-01-20",
  "Malaysia was the second-biggest source of U.S. processor imports in 2025, behind Taiwan.",
  L("the second-biggest source", "rank", "consistent", KS("TW", 854231, "2025-01", "2025-12") + "; " + KS("Malaysia", 854231, "2025-01", "2025-12") + "; " + KS("World", 854231, "2025-01", "2025-12"), "second among the six partners in the store; $12.2bn from partners outside the store could hold a bigger one"))
P("s116", "2026-08-20",
  "South Korea has become the largest supplier of memory chips to the United States this year.",
  L("the largest supplier", "rank", "supported", KS("KR", 854232, "2026-01", "2026-07") + "; " + KS("TW", 854232, "2026-01", "2026-07") + "; " + KS("World", 854232, "2026-01", "2026-07") + "; World minus the six store partners = $%.3fbn" % (K("World", 854232, "2026-01", "2026-07") - sum(K(p, 854232, "2026-01", "2026-07") for p in ("KR", "TW", "Japan", "Malaysia", "VN", "China"))), "Jan-Jul 2026: Korea leads the store partners and the rest of the world together is far smaller than Korea, so the rank is provable"))
P("s117", "2025-08-01",
  "Taiwan's chip shipments to Hong Kong topped $20 billion in the first half of 2025.",
  L("topped $20 billion", "amount", "consistent", TWS("Hong Kong", 2025), "first half not in store; Jan-Jul $29.5bn is compatible but does not prove H1 > $20bn"))
P("s118", "2025-08-01",
  "Taiwan's IC exports to Vietnam stayed under $4 billion in the first half.",
  L("under $4 billion", "amount", "consistent", TWS("Vietnam", 2025), "H1 not in store; Jan-Jul $3.76bn < $4bn bounds it from partial data, so consistent (an analyst could argue supported)"))
P("s119", "2024-09-10",
  "Taiwan's integrated circuit exports to the US surged in the second quarter.",
  L("surged", "direction", "not_checkable", TWS("US", 2024), "no quarterly data in Taiwan customs file"))
P("s120", "2025-06-01",
  "Singapore's integrated circuit exports rose in 2024.",
  L("rose", "direction", "not_checkable", "Singapore absent from the 2024 all-reporters table (86 reporters)", "no 2024 figure for Singapore"))
P("s121", "2025-04-05",
  "Global semiconductor sales rose 17.1% in February to $54.9 billion, the Semiconductor Industry Association said, with sales in the Americas up 48.4%.",
  L("17.1%", "change", "supported", "WSTS/SIA transcribed: 2025-02 World yoy_pct 17.1", "reported release"),
  L("$54.9 billion", "amount", "supported", "WSTS/SIA transcribed: 2025-02 World sales_3mma 54.9 USD bn"),
  L("48.4%", "change", "supported", "WSTS/SIA transcribed: 2025-02 Americas yoy_pct 48.4"))
P("s122", "2025-04-05",
  "Sales in Europe fell 12% in February from a year earlier.",
  L("12%", "change", "contradicted", "WSTS/SIA transcribed: 2025-02 Europe yoy_pct -8.1", "reported -8.1%, 3.9 points off"))
P("s123", "2024-02-01",
  "China imported 176 lithography machines from the Netherlands in 2023, up from 78 a year earlier, Chinese customs data showed.",
  L("176 lithography machines", "count", "supported", "china_lithography transcribed: 2023 Netherlands import_units 176"),
  L("78", "count", "supported", "2022 Netherlands import_units 78"))
P("s124", "2024-02-01",
  "That was more than four times the 40 machines shipped in 2019.",
  L("more than four times", "multiple", "supported", "176 / 40 = 4.4 (2023 vs 2019, transcribed)"),
  L("40 machines", "count", "supported", "2019 Netherlands import_units 40"))
P("s125", "2026-03-15",
  "Intel plans to cut 15,000 jobs, while Nvidia said data-centre revenue rose 73%.",
  L("15,000 jobs", "not_trade", "not_checkable", "company headcount"),
  L("73%", "not_trade", "not_checkable", "company figure"))
P("s126", "2025-10-10",
  "Taiwan's economy grew 4.3% in the second quarter, and the central bank held its policy rate at 2%.",
  L("4.3%", "not_trade", "not_checkable", "GDP"),
  L("2%", "not_trade", "not_checkable", "interest rate"))
P("s127", "2026-02-15",
  "U.S. semiconductor imports from Vietnam nearly doubled in 2025.",
  L("nearly doubled", "multiple", "not_checkable", NC_US_CHIPS))
P("s128", "2025-07-15",
  "Korea's exports rose 20% in June.",
  L("20%", "change", "not_checkable", "ambiguous: all goods or semiconductors, no June 2025 release in the transcribed file", "ambiguous product; no data"))
P("s129", "2026-05-01",
  "Beijing's chip imports from the US fell 15% in the first quarter of 2026.",
  L("15%", "change", "not_checkable", "China imports from US annual only to 2024; GACC transcribed has no 2026 rows"))
P("s130", "2026-02-10",
  "Taiwan's chip exports in 2025 were the highest on record, at more than $200 billion.",
  L("the highest on record", "record", "not_checkable", "Taiwan customs file holds only Jan-Jul 2025 ($109.8bn)", "full-year 2025 not in store"),
  L("more than $200 billion", "amount", "not_checkable", TWS(None, 2025), "full-year 2025 not in store; Jan-Jul alone cannot bound it"))
P("s131", "2025-03-20",
  "A 100% tariff on chips was floated in Washington, and TSMC's 3nm lines ran at 90% utilisation.",
  L("100%", "not_trade", "not_checkable", "tariff rate"),
  L("3nm", "not_trade", "not_checkable", "technology node"),
  L("90%", "not_trade", "not_checkable", "company utilisation rate"))
P("s132", "2024-12-20",
  "China's chip imports in the first eleven months of 2024 came to $349 billion.",
  L("$349 billion", "amount", "supported", G("Jan-Nov 2024", "World", "import_value"), "reported"))
P("s133", "2025-06-01",
  "Korea's IC exports were ranked third in the world in 2024, behind Hong Kong and mainland China.",
  L("ranked third", "rank", "consistent", WS("Rep. of Korea", 2024), "third of the 86 reporters in the 2024 table; Taiwan and Singapore missing from 2024, so the world rank is not provable"))


OTHERS25 = K("World", 854232, "2025-01", "2025-12") - sum(K(p, 854232, "2025-01", "2025-12") for p in ("KR", "TW", "Japan", "Malaysia", "VN", "China"))
P("s134", "2025-02-20",
  "Taiwan's IC exports to the United States topped $500 million in December.",
  L("topped $500 million", "amount", "consistent", TWS("US", 2024), "monthly claim; only the 2024 annual total ($7.40bn) is in the store"))
P("s135", "2026-02-20",
  "Malaysia was the third-largest supplier of memory chips to the US in 2025.",
  L("the third-largest supplier", "rank", "contradicted", "2025: Taiwan %.3f, Korea %.3f, Japan %.3f, Malaysia %.3f; all partners outside the store together $%.3fbn < Malaysia, so Malaysia is fourth" % (K("TW", 854232, "2025-01", "2025-12"), K("KR", 854232, "2025-01", "2025-12"), K("Japan", 854232, "2025-01", "2025-12"), K("Malaysia", 854232, "2025-01", "2025-12"), OTHERS25)))
P("s136", "2026-02-20",
  "Japan ranked third among sources of U.S. memory imports last year.",
  L("ranked third", "rank", "supported", "2025: Taiwan, Korea, Japan %.3f; rest of world outside store $%.3fbn < Japan" % (K("Japan", 854232, "2025-01", "2025-12"), OTHERS25)))
P("s137", "2026-02-20",
  "Vietnam was among the five biggest suppliers of processors to the United States in 2025.",
  L("among the five biggest suppliers", "rank", "consistent", "store partners 2025: TW 10.20, MY 9.26, VN 0.98, China 0.87, KR 0.76, JP 0.40; World minus store partners $%.2fbn could hold several bigger ones" % (K("World", 854231, "2025-01", "2025-12") - sum(K(p, 854231, "2025-01", "2025-12") for p in ("KR", "TW", "Japan", "Malaysia", "VN", "China")))))
P("s138", "2025-03-01",
  "Taiwan's chip exports to Hong Kong in the fourth quarter of 2024 were worth more than $8 billion.",
  L("more than $8 billion", "amount", "consistent", TWS("Hong Kong", 2024), "quarter not in store; annual $36.8bn compatible"))

# ================================================================ articles
A = []


def ART(aid, date, text, *labels):
    A.append({"id": aid, "file": f"articles/{aid}.md", "date": date, "labels": list(labels), "_text": text})


A1 = """# Taiwan processor shipments to US top $1.1 billion for ninth month

TAIPEI, Sept 15 - U.S. imports of processors and controllers from Taiwan stayed above $1.1 billion in July for a ninth consecutive month, Comtrade data showed, as American buyers kept loading up on the island's AI hardware.

July shipments came to $1.12 billion, down from $1.38 billion in June.

In the first seven months of the year, imports from Taiwan totalled $9.1 billion, up 69% from a year earlier and close to the $10.2 billion recorded in all of 2025.

That gave Taiwan roughly 41% of all U.S. processor imports, which rose 23% to $22.0 billion over the period.

Malaysia, long the leading supplier, lost ground. Its processor shipments recovered only to $312 million in July after June's $203 million, the lowest in more than nine years, and were down 30% for the year to date.

Vietnam's shipments rose about 90% to $1.01 billion over the seven months, while those from South Korea more than doubled to $796 million.

China's processor shipments to the U.S. dropped to $379 million in January-July, about a third less than a year earlier.

The buying has continued despite a threatened 25% tariff on semiconductors and Washington's push to bring 2-nanometer production onshore; TSMC says its Arizona site will eventually employ 6,000 people.

Memory chips followed the same path: U.S. memory imports from Taiwan nearly quadrupled to $1.44 billion in the first seven months.
"""
ART("a1", "2026-09-15", A1,
    L("top $1.1 billion", "amount", "supported", KS("TW", 854231, "2026-07"), "headline: July $1.116bn"),
    L("ninth month", "streak", "supported", "Nov 2025-Jul 2026 all > $1.1bn; Oct 2025 $%.3fbn" % K("TW", 854231, "2025-10"), "headline"),
    L("above $1.1 billion", "amount", "supported", KS("TW", 854231, "2026-07")),
    L("a ninth consecutive month", "streak", "supported", "Nov 2025-Jul 2026: " + ", ".join("%.3f" % K("TW", 854231, m) for m in t.months("2025-11", "2026-07"))),
    L("$1.12 billion", "amount", "supported", KS("TW", 854231, "2026-07")),
    L("down", "direction", "supported", KR("TW", 854231, "2026-07", "2026-07", "2026-06", "2026-06")),
    L("$1.38 billion", "amount", "supported", KS("TW", 854231, "2026-06")),
    L("$9.1 billion", "amount", "supported", KS("TW", 854231, "2026-01", "2026-07")),
    L("69%", "change", "supported", KR("TW", 854231, "2026-01", "2026-07", "2025-01", "2025-07")),
    L("$10.2 billion", "amount", "supported", KS("TW", 854231, "2025-01", "2025-12")),
    L("roughly 41%", "share", "supported", "Taiwan/World Jan-Jul 2026 = %.1f%%" % (100 * K("TW", 854231, "2026-01", "2026-07") / K("World", 854231, "2026-01", "2026-07")), "share of US imports from World"),
    L("23%", "change", "supported", KR("World", 854231, "2026-01", "2026-07", "2025-01", "2025-07")),
    L("$22.0 billion", "amount", "supported", KS("World", 854231, "2026-01", "2026-07")),
    L("the leading supplier", "rank", "consistent", "Malaysia was the largest in-store partner until 2023 (e.g. 2023 $%.2fbn vs Taiwan $%.2fbn); 'long' is vague and partners outside the store unknown" % (K("Malaysia", 854231, "2023-01", "2023-12"), K("TW", 854231, "2023-01", "2023-12")), "vague historical rank"),
    L("lost ground", "direction", "supported", KR("Malaysia", 854231, "2026-01", "2026-07", "2025-01", "2025-07"), "year to date"),
    L("recovered", "direction", "supported", KR("Malaysia", 854231, "2026-07", "2026-07", "2026-06", "2026-06")),
    L("$312 million", "amount", "supported", KS("Malaysia", 854231, "2026-07")),
    L("$203 million", "amount", "supported", KS("Malaysia", 854231, "2026-06")),
    L("the lowest in more than nine years", "record", "supported", "Jun 2026 is the min of Nov 2016-Jul 2026 (9.6 years covered)"),
    L("down 30%", "change", "supported", KR("Malaysia", 854231, "2026-01", "2026-07", "2025-01", "2025-07"), "-30.3%"),
    L("about 90%", "change", "supported", KR("VN", 854231, "2026-01", "2026-07", "2025-01", "2025-07"), "+88.9%"),
    L("$1.01 billion", "amount", "supported", KS("VN", 854231, "2026-01", "2026-07")),
    L("more than doubled", "multiple", "supported", KR("KR", 854231, "2026-01", "2026-07", "2025-01", "2025-07"), "2.12x"),
    L("$796 million", "amount", "supported", KS("KR", 854231, "2026-01", "2026-07")),
    L("dropped", "direction", "supported", KR("China", 854231, "2026-01", "2026-07", "2025-01", "2025-07")),
    L("$379 million", "amount", "supported", KS("China", 854231, "2026-01", "2026-07")),
    L("about a third less", "change", "supported", KR("China", 854231, "2026-01", "2026-07", "2025-01", "2025-07"), "-32.3%"),
    L("25%", "not_trade", "not_checkable", "tariff rate"),
    L("2-nanometer", "not_trade", "not_checkable", "technology node"),
    L("6,000 people", "not_trade", "not_checkable", "company headcount"),
    L("nearly quadrupled", "multiple", "supported", KR("TW", 854232, "2026-01", "2026-07", "2025-01", "2025-07"), "3.92x"),
    L("$1.44 billion", "amount", "supported", KS("TW", 854232, "2026-01", "2026-07")),
    )

A2 = """# Hong Kong overtakes mainland as top buyer of Taiwan chips

TAIPEI, Sept 10 - Hong Kong displaced mainland China as the largest destination for Taiwan's integrated circuit exports in the first seven months of 2025, preliminary customs data showed.

Shipments to Hong Kong reached $29.50 billion from January to July, against $27.34 billion for the mainland.

The mainland's share slid to 24.9%, from 29.4% for all of 2024 and more than a third in 2020.

Total IC exports in the period came to $109.8 billion, about two-thirds of 2024's $165.0 billion.

Southeast Asia gained. Malaysia took $8.3 billion and Vietnam $3.8 billion, the latter already more than 85% of its full-year 2024 total.

Singapore ranked third at $11.8 billion, ahead of Korea's $9.0 billion.

Shipments to the United States totalled $4.8 billion, compared with $7.4 billion for all of 2024, itself more than double the 2023 level.

India, a small market as recently as 2021 at $470 million, took $2.6 billion.

Exports to Japan, by contrast, were just $6.3 billion, down from $15.8 billion in 2022.
"""
ART("a2", "2025-09-10", A2,
    L("top buyer", "rank", "supported", TWS("Hong Kong", 2025) + "; " + TWS("China", 2025), "headline; year from article date/body: Jan-Jul 2025"),
    L("the largest destination", "rank", "supported", "2025 Jan-Jul ranking over all destinations: Hong Kong 29.50, China 27.34, Singapore 11.76"),
    L("$29.50 billion", "amount", "supported", TWS("Hong Kong", 2025)),
    L("$27.34 billion", "amount", "supported", TWS("China", 2025)),
    L("slid", "direction", "supported", TWS("China", 2025) + "; " + TWS("China", 2024)),
    L("24.9%", "share", "supported", TWS("China", 2025)),
    L("29.4%", "share", "supported", TWS("China", 2024)),
    L("more than a third", "share", "supported", TWS("China", 2020)),
    L("$109.8 billion", "amount", "supported", TWS(None, 2025)),
    L("about two-thirds", "share", "supported", "Jan-Jul 2025 / 2024 = %.3f" % (t.tw(None, 2025) / t.tw(None, 2024)), "ratio of periods, 66.5%"),
    L("$165.0 billion", "amount", "supported", TWS(None, 2024)),
    L("$8.3 billion", "amount", "supported", TWS("Malaysia", 2025)),
    L("$3.8 billion", "amount", "supported", TWS("Vietnam", 2025)),
    L("more than 85%", "share", "supported", "Vietnam Jan-Jul 2025 / 2024 = %.3f" % (t.tw("Vietnam", 2025) / t.tw("Vietnam", 2024))),
    L("ranked third", "rank", "supported", TWS("Singapore", 2025)),
    L("$11.8 billion", "amount", "supported", TWS("Singapore", 2025)),
    L("$9.0 billion", "amount", "supported", TWS("Korea", 2025)),
    L("$4.8 billion", "amount", "supported", TWS("US", 2025)),
    L("$7.4 billion", "amount", "supported", TWS("US", 2024)),
    L("more than double", "multiple", "supported", TWR("US", 2024, 2023)),
    L("$470 million", "amount", "supported", TWS("India", 2021)),
    L("$2.6 billion", "amount", "supported", TWS("India", 2025)),
    L("$6.3 billion", "amount", "supported", TWS("Japan", 2025)),
    L("down", "direction", "supported", TWS("Japan", 2022), "Jan-Jul 2025 vs full 2022: lower even on partial data"),
    L("$15.8 billion", "amount", "supported", TWS("Japan", 2022)),
    )

A3 = """# U.S. memory chip imports hit record in June as Korean, Japanese shipments soar

WASHINGTON, Aug 25 - U.S. imports of memory chips climbed to a record $953 million in June, more than four times the year-earlier level, Comtrade data showed.

South Korea supplied $373 million of that, or about 39%, with Taiwan at $274 million and Japan at $241 million.

Imports eased to $749 million in July, but were still about five times July 2025's $149 million.

For January through July, memory imports reached $4.02 billion, already well above the $2.32 billion bought in all of 2025.

Korea's shipments in the period rose more than fourfold to $1.51 billion.

Seoul's memory makers have ridden demand for high-bandwidth memory; SK Hynix said its HBM sales doubled in the second quarter.

Japan's memory shipments to the U.S. tripled over the seven months to $591 million, and Taiwan's rose to $1.44 billion from $366 million.

Memory imports from Malaysia, by contrast, fell 26% to $133 million, while those from China rose about 62% to $89 million.

The surge echoes 2022, when full-year memory imports reached $2.77 billion.
"""
ART("a3", "2026-08-25", A3,
    L("record", "record", "consistent", "Jun 2026 $%.4fbn is max of Nov 2016-Jul 2026" % K("World", 854232, "2026-06"), "headline; unbounded record", occ=1),
    L("a record", "record", "consistent", "same", "unbounded record"),
    L("$953 million", "amount", "supported", KS("World", 854232, "2026-06")),
    L("more than four times", "multiple", "supported", KR("World", 854232, "2026-06", "2026-06", "2025-06", "2025-06"), "4.19x"),
    L("$373 million", "amount", "supported", KS("KR", 854232, "2026-06")),
    L("about 39%", "share", "supported", "KR/World Jun 2026 = %.1f%%" % (100 * K("KR", 854232, "2026-06") / K("World", 854232, "2026-06"))),
    L("$274 million", "amount", "supported", KS("TW", 854232, "2026-06")),
    L("$241 million", "amount", "supported", KS("Japan", 854232, "2026-06")),
    L("eased", "direction", "supported", KR("World", 854232, "2026-07", "2026-07", "2026-06", "2026-06")),
    L("$749 million", "amount", "supported", KS("World", 854232, "2026-07")),
    L("about five times", "multiple", "supported", KR("World", 854232, "2026-07", "2026-07", "2025-07", "2025-07"), "5.03x"),
    L("$149 million", "amount", "supported", KS("World", 854232, "2025-07")),
    L("$4.02 billion", "amount", "supported", KS("World", 854232, "2026-01", "2026-07")),
    L("$2.32 billion", "amount", "supported", KS("World", 854232, "2025-01", "2025-12")),
    L("more than fourfold", "multiple", "supported", KR("KR", 854232, "2026-01", "2026-07", "2025-01", "2025-07"), "4.69x"),
    L("$1.51 billion", "amount", "supported", KS("KR", 854232, "2026-01", "2026-07")),
    L("doubled", "not_trade", "not_checkable", "company figure (SK Hynix HBM sales)"),
    L("tripled", "multiple", "supported", KR("Japan", 854232, "2026-01", "2026-07", "2025-01", "2025-07"), "3.09x"),
    L("$591 million", "amount", "supported", KS("Japan", 854232, "2026-01", "2026-07")),
    L("$1.44 billion", "amount", "supported", KS("TW", 854232, "2026-01", "2026-07")),
    L("$366 million", "amount", "supported", KS("TW", 854232, "2025-01", "2025-07")),
    L("26%", "change", "supported", KR("Malaysia", 854232, "2026-01", "2026-07", "2025-01", "2025-07"), "-25.7%"),
    L("$133 million", "amount", "supported", KS("Malaysia", 854232, "2026-01", "2026-07")),
    L("about 62%", "change", "supported", KR("China", 854232, "2026-01", "2026-07", "2025-01", "2025-07"), "+62.3%"),
    L("$89 million", "amount", "supported", KS("China", 854232, "2026-01", "2026-07")),
    L("$2.77 billion", "amount", "supported", KS("World", 854232, "2022-01", "2022-12"), "year anchoring"),
    )

A4 = """# China's chip-tool spending hits $49.6 billion as U.S. chip sales to China rebound

SHANGHAI, April 15 - Semiconductor equipment billings in mainland China rose to $49.6 billion in 2024, SEMI data showed, keeping China the largest market for chipmaking tools.

China accounted for about 42% of global billings of $117.1 billion, up from 26% in 2020.

Korean customers spent $20.5 billion and Taiwanese fabs $16.6 billion, the latter down about 3% from 2020.

Global billings rose 10% from 2023's $106.3 billion.

At the same time, China's imports of integrated circuits from the United States rebounded about 41% to $11.8 billion in 2024, Comtrade data show, after falling for two straight years.

Chinese customs had reported purchases of U.S. chips of $9.61 billion in the first ten months of 2024, with monthly buying above $1 billion since June.

Beijing's overall chip import bill was $385 billion last year.

Washington has since added 140 Chinese entities to its export blacklist and raised tariffs on Chinese goods to as much as 145%.

China's purchases of American chips still trail 2013, when they reached $14.2 billion.
"""
ART("a4", "2025-04-15", A4,
    L("$49.6 billion", "amount", "supported", SM("2024", "China"), "headline"),
    L("rebound", "direction", "supported", CN(2024) + "; " + CN(2023), "headline; mirror: US sales to China read from China's imports from the US"),
    L("rebounded", "direction", "supported", CN(2024) + "; " + CN(2023)),
    L("$49.6 billion", "amount", "supported", SM("2024", "China"), occ=2),
    L("rose", "direction", "consistent", SM("2024", "China") + "; 2023 annual China not in file; quarters 2023Q1-Q3 sum %.2f" % (t.semi("2023Q1", "China") + t.semi("2023Q2", "China") + t.semi("2023Q3", "China")), "2023 China annual absent (only Q1-Q3, $24.5bn); only partial data bound it"),
    L("the largest market", "rank", "supported", "2024 regions: China 49.6 > Korea 20.5 > Taiwan 16.6 > North America 13.7"),
    L("about 42%", "share", "supported", SM("2024", "China") + "; " + SM("2024", "Total") + " -> 42.4%"),
    L("$117.1 billion", "amount", "supported", SM("2024", "Total")),
    L("26%", "share", "supported", "2020 China/Total = %.1f%%" % (100 * t.semi("2020", "China") / t.semi("2020", "Total"))),
    L("$20.5 billion", "amount", "supported", SM("2024", "Korea"), "demonym 'Korean customers'"),
    L("$16.6 billion", "amount", "supported", SM("2024", "Taiwan")),
    L("about 3%", "change", "supported", SM("2024", "Taiwan") + "; " + SM("2020", "Taiwan"), "-3.2%"),
    L("10%", "change", "supported", SM("2024", "Total") + "; " + SM("2023", "Total") + " -> +10.2%"),
    L("$106.3 billion", "amount", "supported", SM("2023", "Total")),
    L("about 41%", "change", "supported", CN(2024) + "; " + CN(2023)),
    L("$11.8 billion", "amount", "supported", CN(2024)),
    L("falling for two straight years", "streak", "supported", "; ".join(CN(y) for y in (2021, 2022, 2023))),
    L("$9.61 billion", "amount", "supported", G("Jan-Oct 2024", "United States", "import_value")),
    L("above $1 billion since June", "streak", "supported", G("Jun-Oct 2024", "United States", "monthly_import_value_above")),
    L("$385 billion", "amount", "supported", G("2024", "World", "import_value")),
    L("140 Chinese entities", "not_trade", "not_checkable", "count of entities (policy)"),
    L("145%", "not_trade", "not_checkable", "tariff rate"),
    L("$14.2 billion", "amount", "supported", CN(2013), "year anchoring"),
    )

# ================================================================ wrong figures
# The passages above were first written with the data's figures; these edits swap in wrong
# figures (off by more than 8% or 3 points) and relabel them contradicted. The truth string
# stays the data's figure.
MUT = {
    "s001": [("$10.2 billion", "$11.4 billion")],
    "s003": [("$823 million", "$723 million")],
    "s007": [("about 70%", "about 85%")],
    "s010": [("$931 million", "$1.03 billion")],
    "s013": [("about 41%", "about 48%")],
    "s016": [("$1.13 billion", "$1.31 billion")],
    "s018": [("about 10%", "about 18%")],
    "s020": [("about $9.3 billion", "about $8.4 billion")],
    "s023": [("roughly $980 million", "roughly $1.2 billion")],
    "s026": [("$152 million", "$125 million")],
    "s028": [("$146 million", "$164 million")],
    "s031": [("$869 million", "$769 million")],
    "s035": [("$32.6 billion", "$36.2 billion")],
    "s037": [("23%", "33%")],
    "s039": [("$1.51 billion", "$1.15 billion")],
    "s044": [("$35 million", "$53 million")],
    "s045": [("$434 million", "$343 million")],
    "s049": [("10%", "19%")],
    "s055": [("29%", "35%")],
    "s057": [("$7.4 billion", "$8.4 billion")],
    "s058": [("$820 million", "$620 million")],
    "s062": [("$8.3 billion", "$9.3 billion")],
    "s064": [("about 4%", "about 9%")],
    "s068": [("$10.4 billion", "$12.4 billion")],
    "s069": [("$1.9 billion", "$2.3 billion")],
    "s070": [("18%", "28%")],
    "s074": [("$136 billion", "$156 billion")],
    "s077": [("$43.6 billion", "$39.6 billion")],
    "s079": [("14%", "24%")],
    "s081": [("$15.7 billion", "$17.5 billion")],
    "s085": [("42.5%", "52.5%")],
    "s089": [("$117.1 billion", "$131.7 billion")],
    "s093": [("$30.4 billion", "$34.0 billion")],
    "s096": [("$9.49 billion", "$8.49 billion")],
    "s002": [("$8.1 billion", "$9.1 billion")],
    "s015": [("$203 million", "$230 million")],
    "s042": [("$591 million", "$519 million")],
    "s061": [("$27.3 billion", "$23.7 billion")],
    "s073": [("$193.5 billion", "$173.5 billion")],
    "s082": [("$8.3 billion", "$9.3 billion")],
    "s095": [("$13.6 billion", "$15.6 billion")],
    "s121": [("$54.9 billion", "$61.9 billion")],
    "s019": [("16%", "26%")],
    "a1": [("$796 million", "$976 million"), ("$379 million", "$479 million"), ("69%", "79%")],
    "a2": [("$4.8 billion", "$5.8 billion"), ("$470 million", "$740 million"), ("$6.3 billion", "$7.3 billion")],
    "a3": [("$274 million", "$247 million"), ("26%", "36%"), ("$366 million", "$466 million")],
    "a4": [("$20.5 billion", "$23.5 billion"), ("$14.2 billion", "$16.2 billion"), ("$106.3 billion", "$96.3 billion")],
}
for item in S + A:
    for old, new in MUT.get(item["id"], []):
        key = "text" if "text" in item else "_text"
        labs = [lab for lab in item["labels"] if lab["quote"] == old]
        assert len(labs) == 1 and item[key].count(old) == 1 and new not in item[key], (item["id"], old)
        item[key] = item[key].replace(old, new)
        lab = labs[0]
        lab["quote"], lab["verdict"] = new, "contradicted"
        lab["note"] = (f"wrong figure: data give the truth's value; printed {new}. " + lab["note"]).strip()

(HERE / "articles").mkdir(exist_ok=True)
for a_ in A:
    (HERE / a_["file"]).write_text(a_.pop("_text"), encoding="utf-8")

# ================================================================ validate and write
ids = set()
for item in S + A:
    assert item["id"] not in ids, item["id"]
    ids.add(item["id"])
    text = item["text"] if "text" in item else (HERE / item["file"]).read_text(encoding="utf-8")
    for lab in item["labels"]:
        assert lab["kind"] in KINDS, (item["id"], lab)
        assert lab["verdict"] in VERDICTS, (item["id"], lab)
        assert text.count(lab["quote"]) >= lab["occurrence"], (item["id"], lab["quote"], lab["occurrence"])

with open(HERE / "sentences.jsonl", "w", encoding="utf-8") as f:
    for s_ in S:
        f.write(json.dumps(s_, ensure_ascii=False) + "\n")
with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
    for a_ in A:
        f.write(json.dumps(a_, ensure_ascii=False) + "\n")

for name, items in (("passages", S), ("articles", A)):
    labs = [lab for it in items for lab in it["labels"]]
    print(f"{name}: {len(items)} items, {len(labs)} labels")
    print("  verdict:", dict(Counter(lab["verdict"] for lab in labs)))
    print("  kind:", dict(Counter(lab["kind"] for lab in labs)))
allL = [lab for it in S + A for lab in it["labels"]]
print(f"total labels {len(allL)}:", dict(Counter(lab["verdict"] for lab in allL)))
print("kinds:", dict(Counter(lab["kind"] for lab in allL)))
