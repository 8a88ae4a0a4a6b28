# ruff: noqa: E501
"""Write batch 3's sentences.jsonl and articles.jsonl: texts and verdicts by hand, figures from the raw files.

Why: the truth of every label must be computed from the raw CSV/Parquet files with pandas
(`facts.py` over `blind/truth.py`), never through frontload. Each numeric label also asserts
the verdict it was given against the figure, so a typo in a text or a label fails the build.
Run: python blind/batch3/build.py (writes next to this file).
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

from facts import T, bn, mn, pct, streak_above, twp, us, xp, year

HERE = Path(__file__).resolve().parent
KAZ = "comtrade_monthly_semis_kazookat.csv"
TWC = "taiwan_exports_by_country_2013_2025.csv"
WLD = "ic_exports_world_HS8542_raw.csv"
CHN = "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv"
SEMI = "semi_equipment_billings_by_region.csv"


def L(quote: str, kind: str, verdict: str, truth: str, note: str = "", occ: int = 1) -> dict:
    d = {"quote": quote, "occurrence": occ, "kind": kind, "verdict": verdict, "truth": truth}
    if note:
        d["note"] = note
    return d


def inside(v: float, lo: float, hi: float) -> None:
    assert lo <= v <= hi, (v, lo, hi)


def off(v: float, claim: float, tol: float = 0.08) -> None:
    """A contradicted figure is clearly off: more than 8% from the claim."""
    assert abs(v / claim - 1) > tol, (v, claim)


def offpts(v: float, claim: float) -> None:
    assert abs(v - claim) > 3, (v, claim)


def usm(partner: str, what: str, first: str, last: str | None = None) -> str:
    lab = {"proc": "854231", "mem": "854232"}[what]
    p = T.PARTNER.get(partner, partner)
    per = first if last is None else f"{first}..{last}"
    return f"{KAZ}: reporter USA, partner {p}, cmd {lab}, {per}"


SENT: list[dict] = []


def S(date: str, text: str, *labels: dict, join: bool = False) -> None:
    """One passage; join=True appends the sentence to the previous passage (context carries)."""
    if not join:
        SENT.append({"id": f"s{len(SENT) + 1:02d}", "date": date, "text": text, "labels": list(labels)})
        return
    prev = SENT[-1]
    assert prev["date"] == date
    for lab in labels:
        lab["occurrence"] += len(re.findall(re.escape(lab["quote"]), prev["text"] + " "))
    prev["text"] += " " + text
    prev["labels"].extend(labels)


# ---------------------------------------------------------------- US monthly: wire copy
v = us("TW", "proc", "2026-07")
inside(v, 1.115e9, 1.125e9)
n = streak_above("USA", "TW", "proc", 1e9, "2026-07")
assert n == 9
S(
    "2026-08-20",
    "US imports of processors and controllers from Taiwan topped $1 billion for a ninth straight "
    "month in July, at $1.12 billion, UN Comtrade data showed.",
    L("topped $1 billion for a ninth straight month", "streak", "supported",
      f"{usm('TW', 'proc', '2025-11', '2026-07')}: every month > USD 1 bn ({n} months, Nov 2025-Jul 2026); Oct 2025 {mn(us('TW', 'proc', '2025-10'))}"),
    L("$1.12 billion", "amount", "supported", f"{usm('TW', 'proc', '2026-07')}: {bn(v)}"),
)

v1, v2 = us("World", "mem", "2026-06"), us("World", "mem", "2026-07")
inside(v1, 952.5e6, 953.5e6)
off(v2, 649e6)
S(
    "2026-08-20",
    "American purchases of memory chips hit $953 million in June, the highest on record, before "
    "easing to $649 million in July.",
    L("$953 million", "amount", "supported", f"{usm('World', 'mem', '2026-06')}: {mn(v1)}"),
    L("the highest on record", "record", "consistent",
      f"{usm('World', 'mem', '2016-11', '2026-07')}: June 2026 is the series maximum; the series starts Nov 2016, so 'on record' is not provable",
      "rule: a record over the whole series is consistent"),
    L("easing", "direction", "supported", f"{usm('World', 'mem', '2026-07')}: {mn(v2)} < June {mn(v1)}"),
    L("$649 million", "amount", "contradicted", f"{usm('World', 'mem', '2026-07')}: {mn(v2)}"),
)

a, b = us("KR", "mem", "2026-01", "2026-06"), us("KR", "mem", "2025-01", "2025-06")
inside(a / b, 4.0, 5.0)
S(
    "2026-08-20",
    "Memory imports from South Korea more than quadrupled in the first half of 2026 from a year "
    "earlier.",
    L("more than quadrupled", "multiple", "supported",
      f"{usm('KR', 'mem', '2026-01', '2026-06')}: {bn(a)} vs H1 2025 {bn(b)}: x{a / b:.2f}"),
)

v = us("Malaysia", "proc", "2026-06")
off(v, 310e6)
S(
    "2026-07-28",
    "Imports of processors from Malaysia slumped to $310 million in June, the lowest in the "
    "series.",
    L("$310 million", "amount", "contradicted", f"{usm('Malaysia', 'proc', '2026-06')}: {mn(v)} (off {pct(310e6, v):.0f}%)"),
    L("the lowest in the series", "record", "consistent",
      f"{usm('Malaysia', 'proc', '2016-11', '2026-07')}: June 2026 {mn(v)} is the series minimum; 'the series' has a start, so consistent",
      "the record is right even though the amount is wrong"),
)

a, b = us("World", "proc", "2026-01", "2026-07"), us("World", "proc", "2025-01", "2025-07")
inside(pct(a, b), 20, 25)
S(
    "2026-09-02",
    "Through July, US processor imports were up more than 20% on the same months of 2025, at "
    "roughly $25 billion.",
    L("up more than 20%", "change", "supported", f"{usm('World', 'proc', '2026-01', '2026-07')}: {bn(a)} vs {bn(b)}: {pct(a, b):+.1f}%"),
    L("roughly $25 billion", "amount", "contradicted", f"{usm('World', 'proc', '2026-01', '2026-07')}: {bn(a)}"),
)
off(a, 25e9)

n = streak_above("USA", "World", "proc", 2e9, "2026-07")
assert n == 29
S(
    "2026-09-02",
    "Monthly US imports of processors and controllers have exceeded $2 billion every month for "
    "more than two years.",
    L("exceeded $2 billion every month for more than two years", "streak", "supported",
      f"{usm('World', 'proc', '2024-03', '2026-07')}: {n} consecutive months above USD 2 bn (Feb 2024 {mn(us('World', 'proc', '2024-02'))})"),
)

v = us("World", "proc", "2025-12")
off(v, 3.45e9)
S(
    "2026-02-15",
    "December's $3.45 billion of processor imports was the most ever recorded in a single month.",
    L("$3.45 billion", "amount", "contradicted", f"{usm('World', 'proc', '2025-12')}: {bn(v)}"),
    L("the most ever recorded in a single month", "record", "consistent",
      f"{usm('World', 'proc', '2016-11', '2025-12')}: Dec 2025 is the series maximum (series starts Nov 2016)"),
)

v = us("Malaysia", "proc", "2025-03")
inside(v, 1.1e9, 1.2e9)
S(
    "2025-05-10",
    "Shipments of processors from Malaysia to the US reached $1.13 billion in March, the most "
    "since mid-2022.",
    L("$1.13 billion", "amount", "supported", f"{usm('Malaysia', 'proc', '2025-03')}: {bn(v)}"),
    L("the most since mid-2022", "record", "supported",
      f"{usm('Malaysia', 'proc', '2022-06', '2025-03')}: last month at least as high was Jun 2022 ({mn(us('Malaysia', 'proc', '2022-06'))}); Jul 2022-Feb 2025 all lower"),
)

S(
    "2025-05-10",
    "Malaysian processor shipments to America hit $1.3 billion in March, the highest since 2020.",
    L("$1.3 billion", "amount", "contradicted", f"{usm('Malaysia', 'proc', '2025-03')}: {bn(v)}"),
    L("the highest since 2020", "record", "contradicted",
      f"{usm('Malaysia', 'proc', '2021-01', '2022-12')}: 2021 and 2022 have higher months (Mar 2021 {mn(us('Malaysia', 'proc', '2021-03'))}, Jun 2022 {mn(us('Malaysia', 'proc', '2022-06'))})"),
)

a, b = us("Malaysia", "proc", "2021-03"), us("Malaysia", "proc", "2021-02")
inside(a / b, 2.0, 2.3)
inside(a, 2.05e9, 2.15e9)
S(
    "2025-05-10",
    "The surge echoes 2021, when US processor imports from Malaysia more than doubled in March "
    "to $2.1 billion.",
    L("more than doubled", "multiple", "supported",
      f"{usm('Malaysia', 'proc', '2021-02', '2021-03')}: Mar 2021 {bn(a)} vs Feb 2021 {bn(b)}: x{a / b:.2f}",
      "year anchoring: 2021, not the article's year; the base read as the month before"),
    L("$2.1 billion", "amount", "supported", f"{usm('Malaysia', 'proc', '2021-03')}: {bn(a)}"),
)

v = us("China", "proc", "2025-12")
S(
    "2026-02-20",
    "Purchases of Chinese processors fell to $41 million in December, the smallest monthly "
    "figure in the data.",
    L("fell", "direction", "supported", f"{usm('China', 'proc', '2025-11', '2025-12')}: Dec {mn(v)} < Nov {mn(us('China', 'proc', '2025-11'))}"),
    L("$41 million", "amount", "contradicted", f"{usm('China', 'proc', '2025-12')}: {mn(v)}"),
    L("the smallest monthly figure in the data", "record", "consistent",
      f"{usm('China', 'proc', '2016-11', '2026-07')}: Dec 2025 is the series minimum"),
)

a, b = us("Japan", "mem", "2026-06"), us("Japan", "mem", "2025-06")
inside(a / b, 10, 11)
S(
    "2026-08-25",
    "Japanese memory shipments to the US jumped more than tenfold in June from a year earlier, to "
    "$214 million.",
    L("more than tenfold", "multiple", "supported", f"{usm('Japan', 'mem', '2026-06')}: {mn(a)} vs Jun 2025 {mn(b)}: x{a / b:.2f}"),
    L("$214 million", "amount", "contradicted", f"{usm('Japan', 'mem', '2026-06')}: {mn(a)}"),
)

a, b = us("World", "mem", "2026-06"), us("World", "mem", "2026-05")
offpts(pct(a, b), 30)
S(
    "2026-08-25",
    "Memory imports rose about 30% month on month in June.",
    L("about 30%", "change", "contradicted", f"{usm('World', 'mem', '2026-05', '2026-06')}: {mn(a)} vs May {mn(b)}: {pct(a, b):+.1f}%",
      "month-on-month base"),
)

a, b = us("World", "proc", "2026-04", "2026-06"), us("World", "proc", "2026-01", "2026-03")
S(
    "2026-08-25",
    "In the second quarter, processor imports totalled $9.4 billion, down 8% from the first "
    "quarter.",
    L("$9.4 billion", "amount", "supported", f"{usm('World', 'proc', '2026-04', '2026-06')}: {bn(a)}"),
    L("down 8%", "change", "contradicted", f"Q1 2026 {bn(b)}: {pct(a, b):+.2f}%"),
)
inside(a, 9.35e9, 9.45e9)
offpts(pct(a, b), -8)

a, b = us("TW", "proc", "2026-04", "2026-06"), us("TW", "proc", "2025-04", "2025-06")
off(a, 4.6e9)
S(
    "2026-08-25",
    "Taiwan alone supplied $4.6 billion of those processors in the quarter, up 59% on a year "
    "earlier.",
    L("$4.6 billion", "amount", "contradicted", f"{usm('TW', 'proc', '2026-04', '2026-06')}: {bn(a)} (claim off {pct(4.6e9, a):+.0f}%)",
      "context: 'the quarter' is the second quarter of 2026 from the previous passage's date; read alone, Q2 2026 is the latest complete quarter"),
    L("up 59%", "change", "supported", f"vs Q2 2025 {bn(b)}: {pct(a, b):+.1f}%"),
    join=True,
)
inside(pct(a, b), 58.5, 59.5)

a, b = year("USA", "TW", "proc", 2024), year("USA", "TW", "proc", 2023)
inside(a / b, 2.85, 3.0)
S(
    "2025-03-01",
    "US processor imports from Taiwan nearly tripled in 2024, to $8.9 billion.",
    L("nearly tripled", "multiple", "supported", f"{usm('TW', 'proc', '2024-01', '2024-12')}: {bn(a)} vs 2023 {bn(b)}: x{a / b:.2f}"),
    L("$8.9 billion", "amount", "contradicted", f"{bn(a)}"),
)

a, b = year("USA", "Malaysia", "proc", 2024), year("USA", "World", "proc", 2024)
P6 = ["TW", "Malaysia", "VN", "KR", "China", "Japan"]
KNOWN24 = ", ".join(p + " " + bn(year("USA", p, "proc", 2024)) for p in P6)
SUM24 = sum(year("USA", p, "proc", 2024) for p in P6)
assert b - SUM24 > year("USA", "TW", "proc", 2024)
c = year("USA", "TW", "proc", 2024)
S(
    "2025-03-01",
    "That was enough for Taiwan to overtake Malaysia as the biggest single source of the chips, "
    "with 28% of the total against Malaysia's 27%.",
    L("overtake Malaysia", "rank", "supported", f"{usm('TW', 'proc', '2024-01', '2024-12')}: Taiwan {bn(c)} > Malaysia {bn(a)} (2023: {bn(year('USA', 'TW', 'proc', 2023))} < {bn(year('USA', 'Malaysia', 'proc', 2023))})",
      "context: year 2024 and product from the previous passage"),
    L("the biggest single source", "rank", "consistent",
      f"known partners 2024: {KNOWN24}; World {bn(b)}; residual outside the store {bn(b - SUM24)} exceeds Taiwan, so another partner could rank first"),
    L("28%", "share", "supported", f"Taiwan {bn(c)} / World {bn(b)} = {c / b * 100:.1f}%"),
    L("27%", "share", "supported", f"Malaysia {bn(a)} / World {bn(b)} = {a / b * 100:.1f}%"),
    join=True,
)
inside(c / b * 100, 27.5, 28.5)
inside(a / b * 100, 26.5, 27.5)

a1, w1 = year("USA", "TW", "proc", 2025), year("USA", "World", "proc", 2025)
a0, w0 = year("USA", "TW", "proc", 2024), year("USA", "World", "proc", 2024)
dp = (a1 / w1 - a0 / w0) * 100
assert dp > 2.5
S(
    "2026-03-05",
    "Taiwan's share of American processor imports rose by more than 2.5 percentage points last "
    "year, to 31%.",
    L("more than 2.5 percentage points", "change", "supported", f"2025 {a1 / w1 * 100:.2f}% vs 2024 {a0 / w0 * 100:.2f}%: {dp:+.2f} pts ({usm('TW', 'proc', '2024-01', '2025-12')} / World)"),
    L("31%", "share", "supported", f"{bn(a1)} / {bn(w1)} = {a1 / w1 * 100:.1f}%"),
)

a, b = year("USA", "Malaysia", "proc", 2021), year("USA", "World", "proc", 2021)
c, e = year("USA", "Malaysia", "proc", 2025), year("USA", "World", "proc", 2025)
S(
    "2026-03-05",
    "Malaysia's slice has shrunk from about 61% in 2021 to about 40% in 2025.",
    L("about 61%", "share", "supported", f"2021: {bn(a)} / {bn(b)} = {a / b * 100:.1f}%"),
    L("about 40%", "share", "contradicted", f"2025: {bn(c)} / {bn(e)} = {c / e * 100:.1f}%"),
    L("shrunk", "direction", "supported", "61.0% -> 28.4%"),
)
offpts(c / e * 100, 40)

a, b = us("VN", "proc", "2026-01", "2026-06"), us("VN", "proc", "2025-01", "2025-06")
inside(a / b, 1.95, 2.0)
S(
    "2026-08-30",
    "Vietnam's processor shipments to the US nearly doubled in the first half, to about $850 "
    "million.",
    L("nearly doubled", "multiple", "supported", f"{usm('VN', 'proc', '2026-01', '2026-06')}: {mn(a)} vs H1 2025 {mn(b)}: x{a / b:.2f}"),
    L("about $850 million", "amount", "contradicted", f"{mn(a)}"),
)
off(a, 850e6)

v = us("VN", "proc", "2026-05")
off(v, 310e6)
S(
    "2026-08-30",
    "May was the peak month, at more than $310 million.",
    L("more than $310 million", "amount", "contradicted", f"{usm('VN', 'proc', '2026-05')}: {mn(v)} (below the bound by {pct(v, 310e6):.0f}%)",
      "context: Vietnam and processors from the previous passage"),
    join=True,
)

v = us("World", "mem", "2025-12")
inside(v, 300e6, 320e6)
S(
    "2026-02-10",
    "Memory imports ended 2025 with a flourish: December's total of just over $310 million was "
    "the highest since late 2021.",
    L("just over $310 million", "amount", "supported", f"{usm('World', 'mem', '2025-12')}: {mn(v)}"),
    L("the highest since late 2021", "record", "supported",
      f"{usm('World', 'mem', '2021-11', '2025-12')}: Nov 2021 {mn(us('World', 'mem', '2021-11'))} higher; Dec 2021-Nov 2025 all below {mn(v)}"),
)

a, b = year("USA", "China", "proc", 2019), year("USA", "China", "proc", 2018)
offpts(pct(a, b), -51)
S(
    "2024-11-01",
    "In 2019, the first full year of Section 301 tariffs, US imports of Chinese processors sank "
    "by about 51%.",
    L("about 51%", "change", "contradicted", f"{usm('China', 'proc', '2018-01', '2019-12')}: 2019 {bn(a)} vs 2018 {bn(b)}: {pct(a, b):+.1f}%"),
    L("sank", "direction", "supported", "2019 below 2018"),
)

a = year("USA", "China", "proc", 2018)
off(a, 2.4e9)
S(
    "2024-11-01",
    "They had peaked at $2.4 billion the year before.",
    L("$2.4 billion", "amount", "contradicted", f"{usm('China', 'proc', '2018-01', '2018-12')}: {bn(a)}",
      "context: 'the year before' = 2018 from the previous passage"),
    join=True,
)

S(
    "2026-08-20",
    "US chip imports from Taiwan have tripled since 2023, an official said.",
    L("tripled", "multiple", "not_checkable", "US monthly series cover only HS 854231/854232, not all chips (HS 8542)",
      "rule: a US claim about chips in general is not checkable; no period end"),
)

v = us("KR", "proc", "2026-07")
S(
    "2026-08-20",
    "Processor imports from Korea climbed to $156 million in July, while those from Japan slipped "
    "to about $35 million.",
    L("climbed", "direction", "supported", f"{usm('KR', 'proc', '2026-06', '2026-07')}: Jul {mn(v)} > Jun {mn(us('KR', 'proc', '2026-06'))}"),
    L("$156 million", "amount", "supported", f"{usm('KR', 'proc', '2026-07')}: {mn(v)}"),
    L("slipped", "direction", "contradicted", f"{usm('Japan', 'proc', '2026-06', '2026-07')}: Jul {mn(us('Japan', 'proc', '2026-07'))} > Jun {mn(us('Japan', 'proc', '2026-06'))}",
      "Japan rose in July"),
    L("about $35 million", "amount", "supported", f"{usm('Japan', 'proc', '2026-07')}: {mn(us('Japan', 'proc', '2026-07'))}"),
)
inside(v, 155.5e6, 156.5e6)
inside(us("Japan", "proc", "2026-07"), 33.25e6, 36.75e6)

# ---------------------------------------------------------------- Korea / Japan / Malaysia exports (Comtrade)
v = xp("KOR", "mem", "2025-12")
inside(v, 12.5e9, 12.75e9)
S(
    "2026-02-05",
    "South Korea's memory exports hit $12.6 billion in December, capping a year in which they "
    "rose by more than 30%.",
    L("$12.6 billion", "amount", "supported", f"{KAZ}: reporter KOR, partner World, cmd 854232, 2025-12: {bn(v)}"),
    L("more than 30%", "change", "supported",
      f"KOR 854232 2025 {bn(year('KOR', 'World', 'mem', 2025))} vs 2024 {bn(year('KOR', 'World', 'mem', 2024))}: {pct(year('KOR', 'World', 'mem', 2025), year('KOR', 'World', 'mem', 2024)):+.1f}%"),
)
assert pct(year("KOR", "World", "mem", 2025), year("KOR", "World", "mem", 2024)) > 30

n = streak_above("KOR", "World", "mem", 5e9, "2025-12")
S(
    "2026-02-05",
    "Korean memory shipments stayed above $5 billion every month from March, and topped $10 "
    "billion in each of the last three months of the year.",
    L("above $5 billion every month from March", "streak", "supported", f"KOR 854232 World Mar-Dec 2025 all > USD 5 bn ({n} months; Feb {bn(xp('KOR', 'mem', '2025-02'))})"),
    L("topped $10 billion in each of the last three months", "streak", "contradicted", f"Oct {bn(xp('KOR', 'mem', '2025-10'))} (below), Nov {bn(xp('KOR', 'mem', '2025-11'))}, Dec {bn(xp('KOR', 'mem', '2025-12'))}"),
)
assert n == 10

a = year("KOR", "World", "mem", 2025)
S(
    "2026-02-05",
    "For the full year, Korean memory exports came to about $80 billion.",
    L("about $80 billion", "amount", "contradicted", f"KOR 854232 World 2025: {bn(a)}"),
)
off(a, 80e9)

a = year("KOR", "World", "mem", 2025)
S(
    "2026-02-05",
    "The 2025 total was the highest since at least 2017.",
    L("the highest since at least 2017", "record", "supported",
      "KOR 854232 World annual: " + ", ".join(f"{y} {bn(year('KOR', 'World', 'mem', y))}" for y in range(2017, 2026)),
      "context: Korean memory exports from the previous passage (same outlet, next sentence)"),
    join=True,
)

v = xp("JPN", "mem", "2026-07")
S(
    "2026-09-10",
    "Japan's memory exports reached nearly $2.5 billion in July, up 5% from June.",
    L("nearly $2.5 billion", "amount", "supported", f"{KAZ}: reporter JPN, partner World, cmd 854232, 2026-07: {bn(v)}"),
    L("up 5%", "change", "contradicted", f"Jun {bn(xp('JPN', 'mem', '2026-06'))}: {pct(v, xp('JPN', 'mem', '2026-06')):+.1f}%"),
)
inside(v, 2.38e9, 2.5e9)
offpts(pct(v, xp("JPN", "mem", "2026-06")), 5)

v = xp("MYS", "proc", "2026-07")
S(
    "2026-09-10",
    "Malaysia's processor exports set a fresh high of $8.4 billion in July.",
    L("$8.4 billion", "amount", "contradicted", f"{KAZ}: reporter MYS, partner World, cmd 854231, 2026-07: {bn(v)}"),
    L("a fresh high", "record", "consistent", "MYS series starts 2024-06; Jul 2026 is its maximum"),
)
off(v, 8.4e9)

S(
    "2026-09-10",
    "Korean processor exports were up 40% in the first half of 2026.",
    L("up 40%", "change", "not_checkable", f"{KAZ}: KOR series end 2025-12; no 2026 data in the store"),
)

# ---------------------------------------------------------------- Taiwan customs (annual + Jan-Jul 2025)
tu, tu0 = T.tw("US", 2024), T.tw("US", 2023)
S(
    "2025-02-10",
    "Taiwan's integrated circuit exports to the United States more than doubled in 2024 to $7.4 "
    "billion, customs figures show.",
    L("more than doubled", "multiple", "supported", f"{TWC}: destination 美國, 2024 {bn(tu)} vs 2023 {bn(tu0)}: x{tu / tu0:.2f}"),
    L("$7.4 billion", "amount", "supported", f"{bn(tu)}"),
)
inside(tu / tu0, 2.0, 2.3)
inside(tu, 7.35e9, 7.45e9)

w, cn, hk = T.tw(None, 2024), T.tw("China", 2024), T.tw("Hong Kong", 2024)
S(
    "2025-02-10",
    "Mainland China and Hong Kong together still took more than half of the island's chip "
    "exports last year, and the mainland alone took 34%.",
    L("more than half", "share", "supported", f"{TWC}: 2024 (中國大陸 {bn(cn)} + 香港 {bn(hk)}) / all destinations {bn(w)} = {(cn + hk) / w * 100:.1f}%"),
    L("34%", "share", "contradicted", f"{bn(cn)} / {bn(w)} = {cn / w * 100:.1f}%"),
)
inside((cn + hk) / w, 0.5, 0.6)
offpts(cn / w * 100, 34)

sg = T.tw("Singapore", 2024)
S(
    "2025-02-10",
    "Singapore was the third-largest destination, at $24 billion.",
    L("the third-largest destination", "rank", "supported", f"{TWC}: 2024 by destination: 中國大陸 {bn(cn)}, 香港 {bn(hk)}, 新加坡 {bn(sg)}, 南韓 {bn(T.tw('Korea', 2024))} (every destination in the file)"),
    L("$24 billion", "amount", "contradicted", f"{bn(sg)}"),
)
off(sg, 24e9)

w0 = T.tw(None, 2023)
S(
    "2025-02-10",
    "Total chip exports slipped less than 1% last year to $165 billion, after a fall of about 9.5% in 2023.",
    L("less than 1%", "change", "supported", f"{TWC}: all destinations 2024 {bn(w)} vs 2023 {bn(w0)}: {pct(w, w0):+.2f}%"),
    L("$165 billion", "amount", "supported", f"{bn(w)}"),
    L("a fall of about 9.5%", "change", "supported", f"2023 {bn(w0)} vs 2022 {bn(T.tw(None, 2022))}: {pct(w0, T.tw(None, 2022)):+.2f}%"),
)
inside(pct(w, w0), -1.0, 0)
inside(pct(w0, T.tw(None, 2022)), -9.975, -9.025)

mx, mx0 = T.tw("Mexico", 2024), T.tw("Mexico", 2023)
inn, in0 = T.tw("India", 2024), T.tw("India", 2023)
S(
    "2025-03-15",
    "Shipments to Mexico, a hub for AI server assembly, almost tripled to $2.3 billion, while "
    "those to India rose about 80%.",
    L("almost tripled", "multiple", "supported", f"{TWC}: 墨西哥 2024 {bn(mx)} vs 2023 {bn(mx0)}: x{mx / mx0:.2f}"),
    L("$2.3 billion", "amount", "contradicted", f"{bn(mx)}"),
    L("about 80%", "change", "contradicted", f"{TWC}: 印度 2024 {bn(inn)} vs 2023 {bn(in0)}: {pct(inn, in0):+.1f}%"),
)
inside(mx / mx0, 2.85, 3.0)
off(mx, 2.3e9)
offpts(pct(inn, in0), 80)

vn, vn0 = T.tw("Vietnam", 2024), T.tw("Vietnam", 2023)
S(
    "2025-03-15",
    "据财政部统计, Taiwan's IC exports to Vietnam grew 68% to US$4.35 billion in 2024.",
    L("68%", "change", "contradicted", f"{TWC}: 越南 2024 {bn(vn)} vs 2023 {bn(vn0)}: {pct(vn, vn0):+.1f}%"),
    L("US$4.35 billion", "amount", "supported", f"{bn(vn)}"),
)
offpts(pct(vn, vn0), 68)
inside(vn, 4.345e9, 4.355e9)

ph, ph0 = T.tw("Philippines", 2024), T.tw("Philippines", 2023)
S(
    "2025-03-15",
    "Exports to the Philippines, by contrast, fell by more than a third.",
    L("fell by more than a third", "change", "supported", f"{TWC}: 菲律賓 2024 {bn(ph)} vs 2023 {bn(ph0)}: {pct(ph, ph0):+.1f}%",
      "context: Taiwan's IC exports and 2024 from the previous passage"),
    join=True,
)
inside(pct(ph, ph0), -40, -33.4)

u7 = T.tw("US", 2025)
S(
    "2025-09-01",
    "In the first seven months of 2025 Taiwan shipped $4.8 billion of chips to the US, already "
    "close to two-thirds of the 2024 total.",
    L("$4.8 billion", "amount", "supported", f"{TWC}: 美國, 2025 rows (Jan-Jul 2025): {bn(u7)}"),
    L("close to two-thirds", "share", "supported", f"{bn(u7)} / 2024 {bn(tu)} = {u7 / tu * 100:.1f}%"),
)
inside(u7, 4.75e9, 4.85e9)
inside(u7 / tu, 0.62, 0.667)

S(
    "2025-09-01",
    "Taiwan's chip exports to the US were worth more than $600 million in March 2025 alone.",
    L("more than $600 million", "amount", "consistent", f"{TWC}: only the Jan-Jul 2025 total ({bn(u7)}) is in the file; it allows a March above USD 600 m but does not show it",
      "monthly claim, only a seven-month total"),
)

S(
    "2025-10-01",
    "Taiwan's chip exports to China fell 12% in August, the finance ministry said.",
    L("12%", "change", "not_checkable", f"{TWC}: 2025 covers Jan-Jul only; no August 2025 figure"),
)

cn13, cn24 = T.tw("China", 2013), T.tw("China", 2024)
S(
    "2025-03-20",
    "Over the decade since 2013, the mainland's take of Taiwanese chips has grown fivefold.",
    L("grown fivefold", "multiple", "contradicted",
      f"{TWC}: 中國大陸 2013 {bn(cn13)}; 2023 {bn(T.tw('China', 2023))} (x{T.tw('China', 2023) / cn13:.2f}); 2024 {bn(cn24)} (x{cn24 / cn13:.2f})",
      "either end year (2023 or 2024) gives under x3.8, far from x5"),
)

# ---------------------------------------------------------------- world exports (all reporters)
hk23, w23 = T.world("China, Hong Kong SAR", 2023), T.world(None, 2023)
S(
    "2024-10-01",
    "Hong Kong, mostly through re-exports, remained the world's largest exporter of integrated "
    "circuits in 2023, with about a fifth of global exports.",
    L("the world's largest exporter", "rank", "supported", f"{WLD}: 2023 all reporters: Hong Kong SAR {bn(hk23)}, Other Asia nes {bn(T.world('Other Asia, nes', 2023))}, China {bn(T.world('China', 2023))}, Singapore {bn(T.world('Singapore', 2023))}"),
    L("about a fifth", "share", "supported", f"{bn(hk23)} / all reporters {bn(w23)} = {hk23 / w23 * 100:.1f}%"),
)
inside(hk23 / w23, 0.19, 0.21)

kr24, kr23 = T.world("Rep. of Korea", 2024), T.world("Rep. of Korea", 2023)
S(
    "2025-09-15",
    "South Korea's exports of integrated circuits jumped about 40% in 2024 to $135 billion.",
    L("about 40%", "change", "supported", f"{WLD}: Rep. of Korea 2024 {bn(kr24)} vs 2023 {bn(kr23)}: {pct(kr24, kr23):+.1f}%"),
    L("$135 billion", "amount", "contradicted", f"{bn(kr24)}"),
)
inside(pct(kr24, kr23), 38, 42)

cn24x = T.world("China", 2024)
S(
    "2025-09-15",
    "China's IC exports rose 27% to $160 billion, according to UN Comtrade.",
    L("27%", "change", "contradicted", f"{WLD}: China 2024 {bn(cn24x)} vs 2023 {bn(T.world('China', 2023))}: {pct(cn24x, T.world('China', 2023)):+.1f}%"),
    L("$160 billion", "amount", "supported", f"{bn(cn24x)}"),
)
offpts(pct(cn24x, T.world("China", 2023)), 27)

sg22, w22 = T.world("Singapore", 2022), T.world(None, 2022)
S(
    "2024-10-01",
    "Singapore accounted for about 15% of world chip exports in 2022.",
    L("about 15%", "share", "contradicted", f"{WLD}: Singapore 2022 {bn(sg22)} / all reporters {bn(w22)} = {sg22 / w22 * 100:.1f}%"),
)
offpts(sg22 / w22 * 100, 15)

us23 = T.world("USA", 2023)
S(
    "2024-10-01",
    "American chip exports fell roughly 16% in 2023, to $48.6 billion.",
    L("roughly 16%", "change", "supported", f"{WLD}: USA 2023 {bn(us23)} vs 2022 {bn(T.world('USA', 2022))}: {pct(us23, T.world('USA', 2022)):+.1f}%"),
    L("$48.6 billion", "amount", "contradicted", f"{bn(us23)}"),
)
inside(pct(us23, T.world("USA", 2022)), -16.8, -15.2)
off(us23, 48.6e9)

my23 = T.world("Malaysia", 2023)
S(
    "2024-10-01",
    "Malaysia ranked fourth among chip exporters in 2023.",
    L("ranked fourth", "rank", "contradicted",
      f"{WLD}: 2023 order: Hong Kong SAR, Other Asia nes (Taiwan), China, Singapore, Rep. of Korea {bn(T.world('Rep. of Korea', 2023))}, Malaysia {bn(my23)} -> sixth (fifth if Other Asia nes is left out; fourth under neither reading)"),
)

# ---------------------------------------------------------------- China imports from the US (Comtrade, China-reported)
c24, c23 = T.china_from_us(2024), T.china_from_us(2023)
S(
    "2025-06-01",
    "China's imports of American integrated circuits rebounded 51% in 2024 to $11.8 billion.",
    L("rebounded 51%", "change", "contradicted", f"{CHN}: partner2Code 0, 2024 {bn(c24)} vs 2023 {bn(c23)}: {pct(c24, c23):+.1f}%"),
    L("$11.8 billion", "amount", "supported", f"{bn(c24)}"),
)
offpts(pct(c24, c23), 51)
inside(c24, 11.75e9, 11.85e9)

S(
    "2025-06-01",
    "The 2023 figure, $8.3 billion, had been the lowest since 2012.",
    L("$8.3 billion", "amount", "supported", f"{CHN}: 2023 {bn(c23)}"),
    L("the lowest since 2012", "record", "supported", "2012 " + bn(T.china_from_us(2012)) + "; 2013-2022 all higher: " + ", ".join(f"{y} {T.china_from_us(y) / 1e9:.2f}" for y in range(2013, 2023))),
    join=True,
)

c21 = T.china_from_us(2021)
S(
    "2025-06-01",
    "At their 2021 peak, Chinese purchases of US chips reached nearly $18 billion.",
    L("nearly $18 billion", "amount", "contradicted", f"{CHN}: 2021 {bn(c21)}"),
    L("peak", "record", "consistent", "2021 is the maximum of 2010-2024, the whole file", "rule: a peak over the whole series is consistent"),
)
off(c21, 18e9)

S(
    "2024-12-05",
    "Beijing's customs office said chip imports from the US were $1.11 billion in October, the "
    "ninth month in a row above $1 billion.",
    L("$1.11 billion", "amount", "supported", "gacc_ic_imports_headline_transcribed: Oct 2024, partner United States, import_value 1.11 USD bn (as reported)"),
    L("the ninth month in a row above $1 billion", "streak", "not_checkable",
      "the transcribed file has Oct 2024 and Jan-Oct 2024 (9.61 bn) and a Jun-Oct monthly statement, not each month Feb-Oct",
      "judgement call: Jan-Oct 9.61 bn makes nine months above 1 bn impossible to confirm or refute; no monthly series for China's imports from the US in the store"),
)

S(
    "2025-01-20",
    "China imported 549.2 billion chips last year, worth $385 billion, up 10.4%.",
    L("549.2 billion chips", "count", "supported", "gacc_ic_imports_headline_transcribed: 2024 World import_quantity 549.2 billion units"),
    L("$385 billion", "amount", "supported", "same file: 2024 World import_value 385 USD bn"),
    L("up 10.4%", "change", "supported", "same file: yoy_pct 10.4"),
)

S(
    "2025-01-20",
    "In yuan terms, the import bill came to about 2.7 trillion yuan.",
    L("about 2.7 trillion yuan", "amount", "not_checkable", "no CNY figure for 2024 in the transcribed file; another currency"),
    join=True,
)

# ---------------------------------------------------------------- SEMI (think-tank style)
c, t = T.semi("2024", "China"), T.semi("2024", "Total")
S(
    "2025-04-20",
    "Chinese fabs bought $49.6 billion of chipmaking tools in 2024, over 50% of global equipment "
    "billings, SEMI said.",
    L("$49.6 billion", "amount", "supported", f"{SEMI}: 2024 annual China {c} bn"),
    L("over 50%", "share", "contradicted", f"China {c} / Total {t} = {c / t * 100:.1f}%"),
)

k_, tw_, na = T.semi("2024", "Korea"), T.semi("2024", "Taiwan"), T.semi("2024", "North America")
S(
    "2025-04-20",
    "That was more than Korea, Taiwan, North America and Japan combined.",
    L("more than Korea, Taiwan, North America and Japan combined", "share", "contradicted",
      f"{SEMI}: 2024 Korea {k_} + Taiwan {tw_} + North America {na} + Japan {T.semi('2024', 'Japan')} = {k_ + tw_ + na + T.semi('2024', 'Japan'):.1f} bn > China {c} bn",
      "combined-total comparison; kind share as the nearest kind"),
    join=True,
)

S(
    "2025-04-20",
    "Global billings hit a record $117.1 billion.",
    L("$117.1 billion", "amount", "supported", f"{SEMI}: 2024 Total {t}"),
    L("a record", "record", "consistent", f"{SEMI}: annual totals 2018 {T.semi('2018', 'Total')}, 2019 {T.semi('2019', 'Total')}, 2020 {T.semi('2020', 'Total')}, 2021 102.6, 2022 107.6, 2023 106.3; 2024 highest of the file, earlier years missing"),
    join=True,
)

c20, t20 = T.semi("2020", "China"), T.semi("2020", "Total")
S(
    "2021-04-20",
    "China became the largest market for chip equipment for the first time in 2020, spending "
    "$18.7 billion, up 29%.",
    L("the largest market", "rank", "supported", f"{SEMI}: 2020 China {c20}, Taiwan {T.semi('2020', 'Taiwan')}, Korea {T.semi('2020', 'Korea')}, Japan {T.semi('2020', 'Japan')}, NA {T.semi('2020', 'North America')}, Europe {T.semi('2020', 'Europe')}, RoW {T.semi('2020', 'Rest of World')}"),
    L("for the first time", "record", "consistent", "2018 Korea first, 2019 Taiwan first; years before 2018 not in the annual table"),
    L("$18.7 billion", "amount", "supported", f"{c20}"),
    L("up 29%", "change", "contradicted", f"2019 China {T.semi('2019', 'China')}: {pct(c20, T.semi('2019', 'China')):+.1f}%"),
)
offpts(pct(c20, T.semi("2019", "China")), 29)

S(
    "2021-04-20",
    "Taiwan, the top buyer in 2019, slipped to second place with $19.2 billion.",
    L("the top buyer in 2019", "rank", "supported", f"{SEMI}: 2019 Taiwan {T.semi('2019', 'Taiwan')} > China {T.semi('2019', 'China')} > Korea {T.semi('2019', 'Korea')}"),
    L("second place", "rank", "supported", f"2020 Taiwan {T.semi('2020', 'Taiwan')} behind China {c20}"),
    L("$19.2 billion", "amount", "contradicted", f"2020 Taiwan {T.semi('2020', 'Taiwan')}"),
    join=True,
)

kr18, kr19 = T.semi("2018", "Korea"), T.semi("2019", "Korea")
S(
    "2021-04-20",
    "Korean tool spending had halved in 2019.",
    L("halved", "multiple", "contradicted",
      f"{SEMI}: Korea 2019 {kr19} vs 2018 {kr18}: {pct(kr19, kr18):+.1f}% (x{kr19 / kr18:.2f})",
      "a 44% fall is not 'halved' (x0.56 vs 0.5 is 12% off)"),
)
off(kr19 / kr18, 0.5, 0.1)

S(
    "2025-04-20",
    "SEMI expects billings to grow 7% in 2025.",
    L("7%", "change", "not_checkable", "no 2025 SEMI figure or forecast in the transcribed file"),
)

# ---------------------------------------------------------------- Korea transcribed (MSIT/MOTIE) and WSTS
S(
    "2020-10-15",
    "Korea's semiconductor exports rose 11.9% in September to $10.6 billion, the ICT ministry said.",
    L("11.9%", "change", "supported", "korea_semiconductor_exports_transcribed: Sep 2020, World, semiconductors, 9.6 USD bn, +11.9% (MSIT)"),
    L("$10.6 billion", "amount", "contradicted", "korea_semiconductor_exports_transcribed: Sep 2020, World, semiconductors, 9.6 USD bn"),
)

S(
    "2020-10-15",
    "Memory chips made up $6.2 billion of that, up 9.8%, and logic chips $2.9 billion, up 26.8%.",
    L("$6.2 billion", "amount", "supported", "korea_semiconductor_exports_transcribed: Sep 2020 memory chips 6.2 USD bn"),
    L("up 9.8%", "change", "supported", "same row: +9.8%"),
    L("$2.9 billion", "amount", "supported", "Sep 2020 logic chips 2.9 USD bn"),
    L("up 26.8%", "change", "contradicted", "Sep 2020 logic chips: +16.8% as printed"),
    join=True,
)

S(
    "2021-01-20",
    "For 2020 as a whole, Korea's chip exports topped $100 billion for the first time since 2018.",
    L("topped $100 billion", "amount", "not_checkable", "korea_semiconductor_exports_transcribed: 2020 World: MSIT ICT release 'semiconductors' 100.25 USD bn; MOTIE trade release 'chips (semiconductors)' 99.2 USD bn",
      "ambiguous: two official releases for the same flow and year, one above and one below USD 100 bn; the sentence names neither"),
    L("for the first time since 2018", "record", "not_checkable", "no Korea semiconductor annual figure for 2018 or 2019 in the store"),
)

S(
    "2024-08-10",
    "Global chip sales reached $149.9 billion in the second quarter, up 18.3% year on year and "
    "10.5% quarter on quarter, the Semiconductor Industry Association said.",
    L("$149.9 billion", "amount", "supported", "wsts_sia_transcribed: 2024Q2 World sales_quarter 149.9 USD bn"),
    L("up 18.3%", "change", "supported", "2024Q2 yoy_pct 18.3"),
    L("10.5%", "change", "contradicted", "2024Q2 qoq_pct 6.5"),
)

S(
    "2024-08-10",
    "Sales in the Americas surged 52.8% in June from a year earlier.",
    L("52.8%", "change", "contradicted", "wsts_sia_transcribed: 2024-06 Americas yoy_pct 42.8"),
)

# ---------------------------------------------------------------- not trade / not checkable
S(
    "2026-08-20",
    "TSMC, which plans to spend about $40 billion on new capacity this year, began volume "
    "production of 2-nanometre chips in Hsinchu.",
    L("about $40 billion", "not_trade", "not_checkable", "company capital spending; not in the store"),
    L("2-nanometre", "not_trade", "not_checkable", "technology node"),
)

S(
    "2025-04-10",
    "Washington raised its tariff on Chinese semiconductors to 50%, and 1,200 US companies "
    "have asked for exclusions.",
    L("50%", "not_trade", "not_checkable", "tariff rate"),
    L("1,200 US companies", "count", "not_checkable", "a count of companies; the data do not hold it"),
)

S(
    "2026-07-01",
    "Huawei's latest handset runs on a 7-nanometre processor, analysts say, about three "
    "generations behind the leading edge.",
    L("7-nanometre", "not_trade", "not_checkable", "technology node"),
    L("about three generations", "not_trade", "not_checkable", "technology gap"),
)

S(
    "2026-08-20",
    "Nvidia said data-centre revenue rose 56% to $41 billion in its latest quarter.",
    L("56%", "not_trade", "not_checkable", "company revenue"),
    L("$41 billion", "not_trade", "not_checkable", "company revenue"),
)

S(
    "2026-08-20",
    "US chip imports from Mexico jumped 30% in July.",
    L("30%", "change", "not_checkable", "no US-Mexico series in the store (KazooKat partners: World, China, Japan, Korea, Malaysia, Taiwan, Viet Nam); 'chips' in a US context"),
)

S(
    "2026-08-20",
    "Imports from Taiwan rose 25% in July, while those from Korea edged up.",
    L("25%", "change", "not_checkable", "no product named; US imports from Taiwan of processors, memory and four computer codes are separate series",
      "ambiguous: which product (and which period base)"),
    L("edged up", "direction", "not_checkable", "same ambiguity for Korea"),
)

a, b = twp("US", 2024, "854231"), twp("US", 2023, "854231")
m = twp("China", 2024, "854232")
S(
    "2025-05-05",
    "Taiwan's exports of processors to the US rose 45% last year, according to Taipei, while the "
    "island's shipments of memory to the mainland were about $6.1 billion.",
    L("45%", "change", "contradicted", f"{TWC}: 美國, HS 854231 lines, 2024 {mn(a)} vs 2023 {mn(b)}: {pct(a, b):+.1f}%",
      "'according to Taipei' names the reporter (Taiwan customs); the US-reported mirror (imports of 854231 from Taiwan) is x2.9, another flow"),
    L("about $6.1 billion", "amount", "supported", f"{TWC}: 中國大陸, HS 854232 lines, 2024: {bn(m)}"),
)
offpts(pct(a, b), 45)
inside(m, 5.8e9, 6.4e9)

S(
    "2026-08-20",
    "Chip imports from Taiwan hit $2 billion in July.",
    L("$2 billion", "amount", "not_checkable", "'chips' in a US context (HS 8542 not covered); processors alone were USD 1.116 bn, processors + memories USD 1.159 bn",
      "rule: a US claim about chips in general is not checkable"),
)

# ---------------------------------------------------------------- more US shapes: ranges, fractions, revisions, rounding
a = us("World", "proc", "2026-03")
S(
    "2026-05-15",
    "Processor imports were between $3.4 billion and $3.6 billion in March, depending on the "
    "vintage.",
    L("between $3.4 billion and $3.6 billion", "amount", "supported", f"{usm('World', 'proc', '2026-03')}: {bn(a)}", "range"),
)
inside(a, 3.4e9, 3.6e9)

a, b = us("TW", "proc", "2026-01", "2026-06"), us("World", "proc", "2026-01", "2026-06")
S(
    "2026-08-20",
    "Taiwan accounted for more than two-fifths of US processor imports in the first half.",
    L("more than two-fifths", "share", "supported", f"{usm('TW', 'proc', '2026-01', '2026-06')}: {bn(a)} / World {bn(b)} = {a / b * 100:.1f}%"),
)
assert a / b > 0.4

a = year("USA", "World", "proc", 2025)
S(
    "2026-02-20",
    "Revised figures put 2025 processor imports at a record $32.6bn.",
    L("$32.6bn", "amount", "supported", f"{usm('World', 'proc', '2025-01', '2025-12')}: {bn(a)}"),
    L("a record", "record", "consistent", "annual 2025 highest of full years 2017-2025 (" + ", ".join(f"{y} {year('USA', 'World', 'proc', y) / 1e9:.1f}" for y in range(2017, 2026)) + "); series starts 2016-11"),
)
inside(a, 32.55e9, 32.65e9)

a = year("USA", "World", "mem", 2025)
S(
    "2026-02-20",
    "Memory imports for the year came to around $1bn.",
    L("around $1bn", "amount", "contradicted", f"{usm('World', 'mem', '2025-01', '2025-12')}: {bn(a)}"),
)

a, b = year("USA", "VN", "proc", 2025), year("USA", "VN", "proc", 2023)
S(
    "2026-02-20",
    "Processor imports from Vietnam have fallen two years running, to $1.08 billion in 2025.",
    L("fallen two years running", "streak", "supported", f"{usm('VN', 'proc', '2023-01', '2025-12')}: 2023 {bn(b)}, 2024 {bn(year('USA', 'VN', 'proc', 2024))}, 2025 {bn(a)}"),
    L("$1.08 billion", "amount", "contradicted", f"{mn(a)}"),
)
off(a, 1.08e9)

a, b = us("China", "mem", "2026-07"), us("China", "mem", "2026-06")
S(
    "2026-08-28",
    "Memory imports from China rose by almost two-thirds in July from June, to $15.7 million.",
    L("almost two-thirds", "change", "supported", f"{usm('China', 'mem', '2026-06', '2026-07')}: {mn(a)} vs {mn(b)}: {pct(a, b):+.1f}%"),
    L("$15.7 million", "amount", "supported", f"{mn(a)}"),
)
inside(pct(a, b), 62, 66.7)
inside(a, 15.65e6, 15.75e6)

a = us("Malaysia", "mem", "2026-07")
S(
    "2026-08-28",
    "From Malaysia, memory imports were $25 million in July, double June's level.",
    L("$25 million", "amount", "contradicted", f"{usm('Malaysia', 'mem', '2026-07')}: {mn(a)}"),
    L("double June's level", "multiple", "contradicted", f"June {mn(us('Malaysia', 'mem', '2026-06'))}: x{a / us('Malaysia', 'mem', '2026-06'):.2f}"),
)
off(a, 25e6)

a, b = us("TW", "mem", "2026-01", "2026-06"), us("TW", "mem", "2025-01", "2025-06")
S(
    "2026-08-28",
    "Taiwanese memory shipments to the US were up about 180% in the first half.",
    L("up about 180%", "change", "contradicted", f"{usm('TW', 'mem', '2026-01', '2026-06')}: {mn(a)} vs H1 2025 {mn(b)}: {pct(a, b):+.1f}%"),
)
offpts(pct(a, b), 180)

a = us("World", "proc", "2024-09")
S(
    "2024-11-20",
    "September's $3.2 billion of processor imports was the highest monthly total since at least "
    "2017.",
    L("$3.2 billion", "amount", "supported", f"{usm('World', 'proc', '2024-09')}: {bn(a)}"),
    L("the highest monthly total since at least 2017", "record", "supported",
      f"{usm('World', 'proc', '2017-01', '2024-08')}: max before Sep 2024 was Mar 2021 {bn(us('World', 'proc', '2021-03'))}"),
)

a, b = us("World", "proc", "2020-03"), us("World", "proc", "2020-04")
S(
    "2024-11-20",
    "Back in 2020, the pandemic cut processor imports nearly in half between March and April.",
    L("nearly in half", "multiple", "supported", f"{usm('World', 'proc', '2020-03', '2020-04')}: Apr {bn(b)} vs Mar {bn(a)}: x{b / a:.3f} ({pct(b, a):+.1f}%)"),
)
inside(b / a, 0.5, 0.55)

# ---------------------------------------------------------------- headline + context, attributed, rounding
S(
    "2026-08-20",
    "Korea memory surge. US imports of Korean memory chips hit $373 million in June, up from "
    "$113 million a year earlier.",
    L("surge", "direction", "supported", f"{usm('KR', 'mem', '2025-06')} and 2026-06: {mn(us('KR', 'mem', '2026-06'))} vs {mn(us('KR', 'mem', '2025-06'))}",
      "a headline-style first sentence; its period and base come from the next sentence"),
    L("$373 million", "amount", "supported", f"{usm('KR', 'mem', '2026-06')}: {mn(us('KR', 'mem', '2026-06'))}"),
    L("$113 million", "amount", "contradicted", f"{usm('KR', 'mem', '2025-06')}: {mn(us('KR', 'mem', '2025-06'))}"),
)

S(
    "2026-08-20",
    "Processors from Taiwan: about $1.4 billion in June. From Malaysia: about a seventh of that.",
    L("about $1.4 billion", "amount", "supported", f"{usm('TW', 'proc', '2026-06')}: {bn(us('TW', 'proc', '2026-06'))}"),
    L("about a seventh", "share", "supported", f"Malaysia Jun 2026 {mn(us('Malaysia', 'proc', '2026-06'))} / Taiwan {mn(us('TW', 'proc', '2026-06'))} = {us('Malaysia', 'proc', '2026-06') / us('TW', 'proc', '2026-06') * 100:.1f}% (1/7 = 14.3%)"),
)
inside(us("Malaysia", "proc", "2026-06") / us("TW", "proc", "2026-06"), 0.140, 0.1475)


# ---------------------------------------------------------------- ranks with the World row, consistent, not checkable
P6 = ["TW", "Malaysia", "VN", "KR", "China", "Japan"]
wm = year("USA", "World", "mem", 2025)
tm, km = year("USA", "TW", "mem", 2025), year("USA", "KR", "mem", 2025)
resm = wm - sum(year("USA", p, "mem", 2025) for p in P6)
assert resm < km < tm
S(
    "2026-02-20",
    "Taiwan was the largest supplier of memory chips to the US last year, with about 35% of the "
    "total, ahead of South Korea at roughly a quarter.",
    L("the largest supplier", "rank", "supported",
      f"{usm('TW', 'mem', '2025-01', '2025-12')}: {bn(tm)}; Korea {bn(km)}; World {bn(wm)}; all partners outside the store together {bn(resm)}, less than Taiwan"),
    L("about 35%", "share", "supported", f"{bn(tm)} / {bn(wm)} = {tm / wm * 100:.1f}%"),
    L("ahead of South Korea", "rank", "supported", f"Korea {bn(km)} second: the residual {bn(resm)} cannot pass it"),
    L("roughly a quarter", "share", "supported", f"{bn(km)} / {bn(wm)} = {km / wm * 100:.1f}%"),
)
inside(tm / wm, 0.3325, 0.3675)
inside(km / wm, 0.2375, 0.2625)

wp, mp = year("USA", "World", "proc", 2025), year("USA", "Malaysia", "proc", 2025)
resp = wp - sum(year("USA", p, "proc", 2025) for p in P6)
S(
    "2026-02-20",
    "Malaysia was the second-largest supplier of processors, at $9.3 billion, and Vietnam ranked "
    "third.",
    L("the second-largest supplier", "rank", "consistent",
      f"{usm('Malaysia', 'proc', '2025-01', '2025-12')}: {bn(mp)}; Taiwan {bn(year('USA', 'TW', 'proc', 2025))}; partners outside the store {bn(resp)} together, which could hold a bigger one"),
    L("$9.3 billion", "amount", "supported", f"{bn(mp)}"),
    L("ranked third", "rank", "consistent",
      f"Vietnam {bn(year('USA', 'VN', 'proc', 2025))} third among the six partners in the store; residual {bn(resp)} could hold several bigger partners"),
)
inside(mp, 9.25e9, 9.35e9)

S(
    "2025-09-01",
    "Taiwan's chip exports to Vietnam topped $500 million in June 2025 alone.",
    L("topped $500 million", "amount", "consistent", f"{TWC}: 越南, only Jan-Jul 2025 in the file ({bn(T.tw('Vietnam', 2025))}); a June above USD 500 m is possible, not shown"),
)

S(
    "2024-03-01",
    "China bought more than $1 billion of American chips in March 2023, according to Chinese "
    "customs.",
    L("more than $1 billion", "amount", "consistent", f"{CHN}: only the 2023 annual total ({bn(T.china_from_us(2023))}) is in the store; it allows a March above USD 1 bn"),
)

S(
    "2026-08-20",
    "US memory imports from Singapore doubled in July.",
    L("doubled", "multiple", "not_checkable", f"{KAZ}: no Singapore partner series"),
)

S(
    "2025-08-01",
    "Chips from Malaysia face a 19% tariff under the August deal, while Vietnam's rate is 20%.",
    L("19%", "not_trade", "not_checkable", "tariff rate"),
    L("20%", "not_trade", "not_checkable", "tariff rate"),
)

S(
    "2026-08-20",
    "Shipments from Korea rose 20% in July.",
    L("20%", "change", "not_checkable", "ambiguous: US imports from Korea (which product?) or Korea's own exports (KOR series end 2025-12)"),
)

S(
    "2025-10-01",
    "Taiwan's chip exports grew 5% in the first half of 2025.",
    L("5%", "change", "not_checkable", f"{TWC}: 2025 is one Jan-Jul row set and 2024 only annual; no H1 figure for either year"),
)

S(
    "2020-11-01",
    "Korea's semiconductor exports to China rose 7.8% to $28.6 billion in the first nine months "
    "of the year.",
    L("7.8%", "change", "supported", "korea_semiconductor_exports_transcribed: Jan-Sep 2020, China, semiconductors, 28.6 USD bn, +7.8% (MOTIE/KITA as reported)"),
    L("$28.6 billion", "amount", "supported", "same row"),
)

S(
    "2024-12-20",
    "China's chip imports from the US fell 15% in November, the customs agency said.",
    L("15%", "change", "not_checkable", "no Nov 2024 China-from-US figure in the store (GACC transcribed has Oct and Jan-Oct; Comtrade annual only)"),
)

S(
    "2026-08-20",
    "Analysts expect US processor imports to reach $40 billion next year.",
    L("$40 billion", "amount", "not_checkable", "forecast for 2027; no data"),
)

S(
    "2024-03-01",
    "Japan's processor exports fell 5% in 2023.",
    L("5%", "change", "not_checkable", f"{KAZ}: JPN series start 2024-05"),
)

S(
    "2025-03-01",
    "Germany's chip exports were worth about €17 billion in 2024.",
    L("about €17 billion", "amount", "not_checkable", "another currency (euros); the world file has Germany in USD only"),
)

S(
    "2026-08-20",
    "Samsung shipped 30 million HBM stacks in the quarter, and SK Hynix's operating margin hit "
    "45%.",
    L("30 million HBM stacks", "count", "not_checkable", "company figure"),
    L("45%", "not_trade", "not_checkable", "company margin"),
)

m24 = [xp("KOR", "mem", m) for m in T.months("2024-01", "2024-12")]
S(
    "2025-02-10",
    "Korea's monthly memory exports never fell below $4.5 billion in 2024.",
    L("never fell below $4.5 billion", "streak", "supported", f"KOR 854232 World 2024: minimum {bn(min(m24))} (Jan)"),
)
assert min(m24) > 4.5e9

a, b = xp("KOR", "proc", "2025-01", "2025-12"), xp("KOR", "proc", "2024-01", "2024-12")
S(
    "2026-02-05",
    "Korean processor exports rose 2.3% in 2025, to $36.7 billion, while fourth-quarter memory "
    "exports were the highest ever.",
    L("2.3%", "change", "supported", f"{KAZ}: KOR 854231 World 2025 {bn(a)} vs 2024 {bn(b)}: {pct(a, b):+.2f}%"),
    L("$36.7 billion", "amount", "supported", f"{bn(a)}"),
    L("the highest ever", "record", "consistent", f"KOR 854232 Q4 2025 {bn(xp('KOR', 'mem', '2025-10', '2025-12'))}, the largest quarter of a series that starts Nov 2016"),
)
inside(pct(a, b), 2.25, 2.35)
inside(a, 36.65e9, 36.75e9)


# ---------------------------------------------------------------- batch 3, second pass: coarse data, ranks, abstentions
S(
    "2025-09-01",
    "Taiwan shipped more than $250 million of chips to India in May 2025.",
    L("more than $250 million", "amount", "consistent", f"{TWC}: 印度, Jan-Jul 2025 only ({bn(T.tw('India', 2025))}); a May above USD 250 m is possible, not shown"),
)

S(
    "2023-03-01",
    "China's imports of US chips in the first half of 2022 were at least $5 billion.",
    L("at least $5 billion", "amount", "consistent", f"{CHN}: 2022 annual total only ({bn(T.china_from_us(2022))})"),
)

mem25 = {p: year("USA", p, "mem", 2025) for p in P6}
resm25 = year("USA", "World", "mem", 2025) - sum(mem25.values())
assert mem25["Japan"] > mem25["Malaysia"] > resm25 > mem25["China"]
S(
    "2026-02-20",
    "Japan ranked third and Malaysia fourth among suppliers of memory to the US last year, with "
    "China fifth.",
    L("ranked third", "rank", "supported", "US 854232 2025: " + ", ".join(f"{p} {mn(v)}" for p, v in mem25.items()) + f"; outside the store {mn(resm25)} in all, less than Japan"),
    L("fourth", "rank", "supported", f"Malaysia {mn(mem25['Malaysia'])}; the residual {mn(resm25)} cannot pass it"),
    L("fifth", "rank", "consistent", f"China {mn(mem25['China'])} is below the residual {mn(resm25)}, which could hold a bigger partner"),
)

S(
    "2025-09-01",
    "Taiwan's chip exports to Hong Kong fell below $5 billion in April 2025.",
    L("below $5 billion", "amount", "consistent", f"{TWC}: 香港, Jan-Jul 2025 only ({bn(T.tw('Hong Kong', 2025))})"),
)

S(
    "2025-02-10",
    "Taiwan's chip exports to the US in 2024 were the highest on record.",
    L("the highest on record", "record", "consistent", f"{TWC}: 美國 2024 {bn(T.tw('US', 2024))}; highest of 2013-2024 (earlier max {bn(max(T.tw('US', y) for y in range(2013, 2024)))}); the file starts in 2013"),
)

S(
    "2026-02-05",
    "Korea's memory exports in December were an all-time high.",
    L("an all-time high", "record", "consistent", f"{KAZ}: KOR 854232 World Dec 2025 {bn(xp('KOR', 'mem', '2025-12'))}, the series maximum; series starts Nov 2016"),
)

S(
    "2025-06-01",
    "India's chip imports climbed 20% in the last fiscal year.",
    L("20%", "change", "not_checkable", "no India imports in the store; fiscal year"),
)

S(
    "2025-06-01",
    "Micron has pledged to invest $200 billion in US manufacturing over two decades.",
    L("$200 billion", "not_trade", "not_checkable", "company investment"),
)

S(
    "2026-08-20",
    "US chip imports from Malaysia could fall 30% if the tariff takes effect, Goldman Sachs "
    "estimates.",
    L("30%", "change", "not_checkable", "a forecast; and 'chips' in a US context"),
)

S(
    "2026-05-01",
    "Korean memory shipments to China rose 12% in March.",
    L("12%", "change", "not_checkable", "no Korea-to-China memory series; KOR series end 2025-12"),
)

S(
    "2026-08-20",
    "About 60% of the world's most advanced chips are made in Taiwan.",
    L("About 60%", "share", "not_checkable", "a production share, not trade"),
)

S(
    "2025-02-01",
    "ASML shipped 42 EUV systems last year, and the yen value of Japan's chip exports rose 18%.",
    L("42 EUV systems", "count", "not_checkable", "company shipments"),
    L("18%", "change", "not_checkable", "yen-denominated; the store is in dollars (and JPN series start 2024-05)"),
)

S(
    "2026-08-20",
    "Exports rose 9% in the quarter, the ministry said.",
    L("9%", "change", "not_checkable", "ambiguous: no reporter, product or quarter named"),
)

S(
    "2026-08-20",
    "Last month, imports of chips from Vietnam rose 12%.",
    L("12%", "change", "not_checkable", "'chips' in a US context: the US series cover processors and memories only"),
)


def main() -> None:
    HERE.joinpath("sentences.jsonl").write_text(
        "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in SENT), encoding="utf-8"
    )
    check(SENT, lambda s: s["text"])
    from articles import ARTICLES

    rows = []
    for a in ARTICLES:
        path = HERE / "articles" / f"{a['id']}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(a["text"], encoding="utf-8")
        rows.append({"id": a["id"], "file": f"articles/{a['id']}.md", "date": a["date"], "labels": a["labels"]})
    check(ARTICLES, lambda a: a["text"])
    HERE.joinpath("articles.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    counts: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for group in (SENT, ARTICLES):
        for item in group:
            for lab in item["labels"]:
                counts[lab["verdict"]] = counts.get(lab["verdict"], 0) + 1
                kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(len(SENT), "passages", sum(len(s["labels"]) for s in SENT), "labels;",
          len(ARTICLES), "articles", [len(a["labels"]) for a in ARTICLES],
          [len(a["text"].split()) for a in ARTICLES], "words")
    print(counts)
    print(kinds)


def check(items: list[dict], text) -> None:
    """Every quote occurs in its text as often as its occurrence says; no two labels share a span."""
    for it in items:
        t = text(it)
        spans = []
        for lab in it["labels"]:
            starts = [m.start() for m in re.finditer(re.escape(lab["quote"]), t)]
            assert len(starts) >= lab["occurrence"], (it["id"], lab["quote"])
            s = starts[lab["occurrence"] - 1]
            spans.append((s, s + len(lab["quote"]), lab["quote"]))
        spans.sort()
        for x, y in itertools.pairwise(spans):
            assert x[1] <= y[0], (it["id"], x, y)


if __name__ == "__main__":
    main()
