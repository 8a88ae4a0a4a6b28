"""Build blind batch 5: press-style passages and articles with hand verdicts.

Why: the claim checker must be scored on prose it has never seen. Texts and verdicts here are
written by hand; every supported/contradicted figure is computed with pandas from the raw
bundled files (via blind/truth.py, extended below), and the build asserts the hand verdict
against the claimed interval, so a slip in labelling fails the build instead of the score.

Run: python blind/batch5/build.py  (uses the blind/truth.py beside this folder; written outside the
repo, it falls back to $FRONTLOAD_REPO/blind or /work/main/blind). Writes sentences.jsonl and
articles.jsonl next to this file and prints the verdict x kind table.
"""

# ruff: noqa: E501  (passage texts and truth strings read better on one line, as in tests/)
from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND = (
    HERE.parent
    if (HERE.parent / "truth.py").exists()
    else Path(os.environ.get("FRONTLOAD_REPO", "/work/main")) / "blind"
)
sys.path.insert(0, str(BLIND))
import truth as t  # noqa: E402

BN = 1e9


@dataclass
class F:
    """A figure and how it was computed from the raw rows."""

    v: float
    d: str


def us(partner: str, cmd: int, first: str, last: str) -> F:
    """US monthly imports (KazooKat), USD bn, summed over months first..last."""
    v = t.k("USA", partner, cmd, t.months(first, last)) / BN
    p = t.PARTNER.get(partner, partner)
    return F(
        v,
        f"{t.KAZ}: reporter USA, flow M, partner '{p}', cmd {cmd}, {first}..{last}, sum value_usd = ${v:.4f} bn",
    )


def kx(reporter: str, cmd: int, first: str, last: str) -> F:
    """KOR/JPN/MYS exports to World (KazooKat), USD bn."""
    v = t.k(reporter, "World", cmd, t.months(first, last)) / BN
    return F(
        v,
        f"{t.KAZ}: reporter {reporter}, flow X, partner World, cmd {cmd}, {first}..{last}, sum value_usd = ${v:.4f} bn",
    )


def tw(dest: str | None, year: int) -> F:
    v = t.tw(dest, year) / BN
    name = "all destinations (World)" if dest is None else f"Country == '{t.TW_DEST[dest]}' ({dest})"
    span = "Jan-Jul 2025" if year == 2025 else str(year)
    return F(
        v, f"{t.TWC}: Year {year} ({span}), {name}, sum of USD over the 8542 11-digit lines = ${v:.4f} bn"
    )


def wd(reporter: str | None, year: int) -> F:
    v = t.world(reporter, year) / BN
    name = "sum of all reporters" if reporter is None else f"reporterDesc '{reporter}'"
    return F(v, f"{t.WLD}: refYear {year}, {name}, exports of 8542 to World, primaryValue = ${v:.4f} bn")


def cn(year: int) -> F:
    v = t.china_from_us(year) / BN
    return F(v, f"{t.CHN}: refYear {year}, partner2Code 0 row, primaryValue = ${v:.4f} bn")


def se(period: str, region: str) -> F:
    v = t.semi(period, region)
    return F(v, f"{t.SEMI}: period {period}, region {region}, billings_usd_bn = {v}")


def rep(file: str, col: str, **match: str) -> F:
    row = t.reported(file, **match)[0]
    raw = row[col]
    num = float(re.sub(r"[^0-9.\-]", "", raw.split("%")[0]))
    return F(num, f"{file}: row {match}, {col} = {raw!r}")


def pct(a: F, b: F) -> F:
    v = (a.v / b.v - 1) * 100
    return F(v, f"change = ({a.d}) / ({b.d}) - 1 = {v:+.2f}%")


def ratio(a: F, b: F) -> F:
    v = a.v / b.v
    return F(v, f"ratio = ({a.d}) / ({b.d}) = {v:.3f}x")


def share(a: F, b: F) -> F:
    v = a.v / b.v * 100
    return F(v, f"share = ({a.d}) / ({b.d}) = {v:.2f}%")


def add(*xs: F) -> F:
    v = sum(x.v for x in xs)
    return F(v, " + ".join(f"({x.d})" for x in xs) + f" = ${v:.4f} bn")


def fact(v: float, d: str) -> F:
    """A figure checked by a comparison the build does itself (records, streaks, ranks)."""
    return F(v, d)


# ---------------------------------------------------------------- labels


def sup(quote: str, kind: str, f: F, lo: float, hi: float, note: str = "", occ: int = 1) -> dict:
    assert lo <= f.v <= hi, f"supported label {quote!r}: {f.v} not in [{lo}, {hi}]"
    return _lab(quote, occ, kind, "supported", f"{f.d}; claim interval [{lo:g}, {hi:g}]", note)


def con(
    quote: str, kind: str, f: F, lo: float, hi: float, note: str = "", occ: int = 1, pts: bool = False
) -> dict:
    # "clearly outside": more than 3 points for percentages/shares, more than 8% otherwise
    clear = (f.v < lo - 3 or f.v > hi + 3) if pts else ((f.v < lo / 1.08) if f.v < lo else (f.v > hi * 1.08))
    assert clear, f"contradicted label {quote!r}: {f.v} not clearly outside [{lo}, {hi}]"
    return _lab(quote, occ, kind, "contradicted", f"{f.d}; claim interval [{lo:g}, {hi:g}]", note)


def cst(quote: str, kind: str, truth: str, note: str = "", occ: int = 1) -> dict:
    return _lab(quote, occ, kind, "consistent", truth, note)


def nc(quote: str, kind: str, note: str, truth: str = "no data in the store for this", occ: int = 1) -> dict:
    return _lab(quote, occ, kind, "not_checkable", truth, note)


def _lab(quote: str, occ: int, kind: str, verdict: str, truth: str, note: str) -> dict:
    assert kind in {
        "amount",
        "change",
        "multiple",
        "direction",
        "share",
        "rank",
        "record",
        "streak",
        "count",
        "not_trade",
    }
    return {"quote": quote, "occurrence": occ, "kind": kind, "verdict": verdict, "truth": truth, "note": note}


SENTENCES: list[dict] = []


def P(date: str, text: str, *labels: dict) -> None:
    SENTENCES.append({"id": f"s{len(SENTENCES) + 1:02d}", "date": date, "text": text, "labels": list(labels)})


def check_quotes(text: str, labels: list[dict], where: str) -> None:
    seen = set()
    for lab in labels:
        n = text.count(lab["quote"])
        assert n >= lab["occurrence"], (
            f"{where}: quote {lab['quote']!r} occurs {n} times, occurrence {lab['occurrence']}"
        )
        key = (lab["quote"], lab["occurrence"])
        assert key not in seen, f"{where}: duplicate label {key}"
        seen.add(key)


# ---------------------------------------------------------------- passages
TW, CPU, MEM = "TW", 854231, 854232
GACC = "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv"
KOR = "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv"
WSTS = "wsts_sia_transcribed/wsts_sia_monthly_sales_and_regional_growth.csv"
MOF = "taiwan_exports_2020_huawei_transcribed/taiwan_mof_exports_2020_transcribed.csv"
LITH = "china_lithography_imports_transcribed/china_lithography_equipment_imports_transcribed.csv"
INF = 1e12


def usy(p: str, c: int, y: int, m: int = 12) -> F:
    return us(p, c, f"{y}-01", f"{y}-{m:02d}")


def us_month(p: str, c: int, ym: str) -> F:
    return us(p, c, ym, ym)


def monthly(p: str, c: int) -> list[tuple[str, float]]:
    d = t.kaz()
    rows = d[(d.reporter == "USA") & (d.partner == t.PARTNER.get(p, p)) & (d.cmd_code == c)].sort_values(
        "date"
    )
    return [(r.date[:7], r.value_usd / BN) for r in rows.itertuples()]


def tw_rank(dest: str, year: int) -> F:
    c = t.twc()
    g = c[c.Year == year].groupby("Country").USD.sum().sort_values(ascending=False)
    r = list(g.index).index(t.TW_DEST[dest]) + 1
    return fact(
        r,
        f"{t.TWC}: Year {year}, destinations ranked by summed USD: {dest} is #{r} (top 3: {', '.join(g.index[:3])})",
    )


def wd_rank(reporter: str, year: int) -> F:
    w = t.wld()
    g = w[w.refYear == str(year)].groupby("reporterDesc").v.sum().sort_values(ascending=False)
    r = list(g.index).index(reporter) + 1
    return fact(
        r,
        f"{t.WLD}: refYear {year}, reporters ranked by exports to World: {reporter} is #{r} (top: {', '.join(g.index[:6])})",
    )


def semi_rank(period: str, region: str) -> F:
    regs = ["China", "Europe", "Japan", "Korea", "North America", "Rest of World", "Taiwan"]
    vals = sorted(((t.semi(period, r), r) for r in regs), reverse=True)
    r = [x[1] for x in vals].index(region) + 1
    return fact(r, f"{t.SEMI}: period {period}, regions ranked by billings: {region} is #{r} ({vals[:3]})")


def us_record_months(p: str, c: int, ym: str) -> F:
    """How many earlier months of the series the month ym beats (all of them = a series high)."""
    s = monthly(p, c)
    i = [m for m, _ in s].index(ym)
    v = s[i][1]
    prior = [x for _, x in s[:i]]
    beats = all(v > x for x in prior)
    return fact(
        len(prior) if beats else -1,
        f"{t.KAZ}: USA M {p} {c}: {ym} = ${v:.4f} bn vs max of the {len(prior)} earlier months ({s[0][0]}..) = ${max(prior):.4f} bn",
    )


def us_streak_above(p: str, c: int, end: str, level: float) -> F:
    s = [x for x in monthly(p, c) if x[0] <= end]
    n = 0
    for _, v in reversed(s):
        if v <= level:
            break
        n += 1
    return fact(
        n,
        f"{t.KAZ}: USA M {p} {c}: consecutive months to {end} above ${level} bn = {n} (month before: {s[-n - 1]})",
    )


def us_streak_falls(p: str, c: int, end: str) -> F:
    s = [x for x in monthly(p, c) if x[0] <= end]
    n = 0
    for i in range(len(s) - 1, 0, -1):
        if s[i][1] < s[i - 1][1]:
            n += 1
        else:
            break
    return fact(
        n, f"{t.KAZ}: USA M {p} {c}: consecutive month-on-month falls ending {end} = {n}: {s[-n - 2 :]}"
    )


def jp_rises(end: str) -> F:
    """Consecutive month-on-month rises of Japan's memory exports (KazooKat JPN X World 854232) ending at end."""
    ms = [m for m in t.months("2024-05", end)]
    vals = [kx("JPN", MEM, m, m).v for m in ms]
    n = 0
    for i in range(len(vals) - 1, 0, -1):
        if vals[i] > vals[i - 1]:
            n += 1
        else:
            break
    return fact(
        n,
        f"{t.KAZ}: JPN X World 854232 monthly to {end}: {n} consecutive rises; "
        + ", ".join(f"{m} ${v:.3f}" for m, v in list(zip(ms, vals, strict=True))[-n - 2 :]),
    )


# --- US processors and memories (KazooKat, US imports)
P(
    "2025-02-10",
    "US imports of processors and controllers from Taiwan reached $8.06 billion in 2024, nearly triple the $2.38 billion recorded a year earlier.",
    sup("$8.06 billion", "amount", usy(TW, CPU, 2024), 8.055, 8.065),
    sup("nearly triple", "multiple", ratio(usy(TW, CPU, 2024), usy(TW, CPU, 2023)), 2.85, 3.0),
    con("$2.38 billion", "amount", usy(TW, CPU, 2023), 2.375, 2.385),
)
P(
    "2026-02-12",
    "Shipments of processors from Taiwan to the United States climbed again last year, to a little over $12 billion, according to UN Comtrade figures.",
    sup("climbed", "direction", pct(usy(TW, CPU, 2025), usy(TW, CPU, 2024)), 0, INF),
    con("a little over $12 billion", "amount", usy(TW, CPU, 2025), 12.0, 12.6),
)
P(
    "2026-02-20",
    "Malaysia shipped some $9.3 billion of processors and controllers to the US in 2025, up about 35% on the year and enough to make it the second-biggest supplier.",
    sup("some $9.3 billion", "amount", usy("Malaysia", CPU, 2025), 8.84, 9.77),
    con(
        "up about 35%",
        "change",
        pct(usy("Malaysia", CPU, 2025), usy("Malaysia", CPU, 2024)),
        33.25,
        36.75,
        pts=True,
    ),
    cst(
        "the second-biggest supplier",
        "rank",
        "KazooKat USA M 854231 2025: Taiwan $10.20 bn > Malaysia $9.26 bn > Viet Nam, China, Korea, Japan; World $32.63 bn leaves ~$10.2 bn from partners outside the store, one of which could exceed Malaysia",
        "rank among the partners in the store only",
    ),
)
P(
    "2026-08-25",
    "American purchases of memory chips from South Korea have exploded this year: in the first seven months they came to about $1.5 billion, more than four times the level of January-July 2025.",
    sup(
        "have exploded",
        "direction",
        pct(usy("KR", MEM, 2026, 7), usy("KR", MEM, 2025, 7)),
        50,
        INF,
        "a very large rise: Jan-Jul 2026 vs Jan-Jul 2025",
    ),
    sup("about $1.5 billion", "amount", usy("KR", MEM, 2026, 7), 1.425, 1.575),
    sup("more than four times", "multiple", ratio(usy("KR", MEM, 2026, 7), usy("KR", MEM, 2025, 7)), 4, INF),
)
P(
    "2026-08-25",
    "US memory imports from Japan were also brisk, roughly tripling in January-July from a year earlier to $590 million.",
    sup(
        "roughly tripling",
        "multiple",
        ratio(usy("Japan", MEM, 2026, 7), usy("Japan", MEM, 2025, 7)),
        2.85,
        3.15,
    ),
    sup("$590 million", "amount", usy("Japan", MEM, 2026, 7), 0.585, 0.595),
)
P(
    "2026-08-25",
    "Total US memory-chip imports in the first seven months reached $4.02 billion, compared with $1.57 billion a year earlier.",
    sup("$4.02 billion", "amount", usy("World", MEM, 2026, 7), 4.015, 4.025),
    con("$1.57 billion", "amount", usy("World", MEM, 2025, 7), 1.565, 1.575),
)
P(
    "2026-03-10",
    "US imports of processors from Vietnam slumped by almost half in 2025, to roughly $600 million.",
    con(
        "slumped by almost half",
        "change",
        pct(usy("VN", CPU, 2025), usy("VN", CPU, 2024)),
        -50,
        -47.5,
        pts=True,
    ),
    con("roughly $600 million", "amount", usy("VN", CPU, 2025), 0.57, 0.63),
)
P(
    "2026-01-20",
    "Chinese-made processors remain a sliver of the US market. Imports from China came to $869 million in 2025, barely changed from the year before, and about 6.7% of the American total.",
    sup("$869 million", "amount", usy("China", CPU, 2025), 0.8685, 0.8695),
    sup("barely changed", "direction", pct(usy("China", CPU, 2025), usy("China", CPU, 2024)), -2, 2),
    con(
        "about 6.7%",
        "share",
        share(usy("China", CPU, 2025), usy("World", CPU, 2025)),
        6.365,
        7.035,
        "US World row is the denominator",
        pts=True,
    ),
)
P(
    "2026-01-20",
    "American imports of processors and controllers hit $3.85 billion in December, the most in at least nine years. That was 25% more than in November.",
    sup("$3.85 billion", "amount", us_month("World", CPU, "2025-12"), 3.845, 3.855),
    sup(
        "the most in at least nine years",
        "record",
        us_record_months("World", CPU, "2025-12"),
        108,
        INF,
        "series from 2016-11: Dec 2025 beats all 109 earlier months (Nov 2016 on), i.e. nine years",
    ),
    con(
        "25% more",
        "change",
        pct(us_month("World", CPU, "2025-12"), us_month("World", CPU, "2025-11")),
        24.5,
        25.5,
        pts=True,
    ),
)
P(
    "2026-08-20",
    "US imports of processors from Taiwan have topped $1 billion for nine months in a row.",
    sup(
        "topped $1 billion for nine months in a row", "streak", us_streak_above(TW, CPU, "2026-07", 1.0), 9, 9
    ),
)
P(
    "2026-07-22",
    "US processor imports from Malaysia fell for a third straight month in June, to about $200 million.",
    sup("fell for a third straight month", "streak", us_streak_falls("Malaysia", CPU, "2026-06"), 3, 3),
    sup("about $200 million", "amount", us_month("Malaysia", CPU, "2026-06"), 0.19, 0.21),
)
P(
    "2026-07-22",
    "Imports of memory chips from Korea in June were nearly double the level of a year earlier, US data show.",
    con(
        "nearly double",
        "multiple",
        ratio(us_month("KR", MEM, "2026-06"), us_month("KR", MEM, "2025-06")),
        1.9,
        2.0,
    ),
)
P(
    "2025-08-20",
    "In the first seven months of 2025, US processor imports from all sources rose about 21% to $17.8 billion.",
    sup(
        "rose about 21%", "change", pct(usy("World", CPU, 2025, 7), usy("World", CPU, 2024, 7)), 19.95, 22.05
    ),
    sup("$17.8 billion", "amount", usy("World", CPU, 2025, 7), 17.75, 17.85),
)
P(
    "2026-08-20",
    "Malaysia has sent the US only $3.65 billion of processors so far this year, less than half what Taiwan shipped.",
    sup("$3.65 billion", "amount", usy("Malaysia", CPU, 2026, 7), 3.645, 3.655),
    sup("less than half", "multiple", ratio(usy("Malaysia", CPU, 2026, 7), usy(TW, CPU, 2026, 7)), 0, 0.5),
)
P(
    "2024-08-25",
    "US purchases of Korean memory chips in January-July were about one and a half times the year-earlier level.",
    sup(
        "about one and a half times",
        "multiple",
        ratio(usy("KR", MEM, 2024, 7), usy("KR", MEM, 2023, 7)),
        1.425,
        1.575,
    ),
)
P(
    "2026-04-25",
    "Processor shipments from Taiwan to the US nearly doubled in the first quarter from a year earlier, to about $5.3 billion.",
    sup("nearly doubled", "multiple", ratio(usy(TW, CPU, 2026, 3), usy(TW, CPU, 2025, 3)), 1.9, 2.0),
    con("about $5.3 billion", "amount", usy(TW, CPU, 2026, 3), 5.035, 5.565),
)
P(
    "2026-07-28",
    "In the second quarter, US processor imports from Taiwan slipped about 23% from the first quarter, to $3.72 billion.",
    con(
        "slipped about 23%",
        "change",
        pct(us(TW, CPU, "2026-04", "2026-06"), us(TW, CPU, "2026-01", "2026-03")),
        -24.15,
        -21.85,
        pts=True,
    ),
    sup("$3.72 billion", "amount", us(TW, CPU, "2026-04", "2026-06"), 3.715, 3.725),
)
P(
    "2026-07-20",
    "US memory-chip imports hit $953 million in June, the highest monthly figure on record.",
    sup("$953 million", "amount", us_month("World", MEM, "2026-06"), 0.9525, 0.9535),
    cst(
        "the highest monthly figure on record",
        "record",
        us_record_months("World", MEM, "2026-06").d,
        "highest of the whole series (from 2016-11); all-time not provable",
    ),
)
P(
    "2025-03-05",
    "US memory imports from Japan doubled in 2024, to $263 million, while those from Malaysia fell by almost 60%.",
    sup(
        "doubled",
        "multiple",
        ratio(usy("Japan", MEM, 2024), usy("Japan", MEM, 2023)),
        1.95,
        2.05,
        "US imports (subject implied by 'memory imports' from Japan/Malaysia; US is the only importer series)",
    ),
    con("$263 million", "amount", usy("Japan", MEM, 2024), 0.2625, 0.2635),
    sup(
        "fell by almost 60%", "change", pct(usy("Malaysia", MEM, 2024), usy("Malaysia", MEM, 2023)), -60, -57
    ),
)
P(
    "2024-01-25",
    "Imports of processors from Malaysia into the US plunged 38% in 2023 to $6.7 billion, the lowest in six years.",
    sup("plunged 38%", "change", pct(usy("Malaysia", CPU, 2023), usy("Malaysia", CPU, 2022)), -38.5, -37.5),
    sup("$6.7 billion", "amount", usy("Malaysia", CPU, 2023), 6.65, 6.75),
    sup(
        "the lowest in six years",
        "record",
        fact(
            min(usy("Malaysia", CPU, y).v for y in range(2017, 2023)),
            "KazooKat USA M Malaysia 854231 full years 2017-2022: minimum ${:.3f} bn (2017) > 2023 $6.659 bn".format(
                min(usy("Malaysia", CPU, y).v for y in range(2017, 2023))
            ),
        ),
        6.66,
        INF,
        "six full years 2017-2022 all higher (2016 is partial)",
    ),
)
P(
    "2022-02-15",
    "US processor imports from Malaysia climbed to a record $16.8 billion in 2021, up roughly 40% on 2020.",
    sup("$16.8 billion", "amount", usy("Malaysia", CPU, 2021), 16.75, 16.85),
    cst(
        "a record",
        "record",
        "KazooKat USA M Malaysia 854231: 2021 $16.815 bn is the highest full year of the series (2017-2025)",
        "series high; series starts 2016-11",
    ),
    con(
        "up roughly 40%",
        "change",
        pct(usy("Malaysia", CPU, 2021), usy("Malaysia", CPU, 2020)),
        38,
        42,
        pts=True,
    ),
)
P(
    "2019-02-10",
    "America bought $1.68 billion of Chinese processors in 2018, a 70% jump from 2017.",
    sup("$1.68 billion", "amount", usy("China", CPU, 2018), 1.675, 1.685),
    con("a 70% jump", "change", pct(usy("China", CPU, 2018), usy("China", CPU, 2017)), 69.5, 70.5, pts=True),
)
P(
    "2020-02-10",
    "US imports of Chinese memory chips collapsed by more than 80% in 2019, while processor imports from China dropped about 20%.",
    sup(
        "collapsed by more than 80%",
        "change",
        pct(usy("China", MEM, 2019), usy("China", MEM, 2018)),
        -INF,
        -80,
    ),
    con(
        "dropped about 20%",
        "change",
        pct(usy("China", CPU, 2019), usy("China", CPU, 2018)),
        -21,
        -19,
        pts=True,
    ),
)
P(
    "2024-02-12",
    "Korean processor shipments to the US rose for a sixth consecutive year in 2023, to $879 million.",
    con(
        "rose for a sixth consecutive year",
        "streak",
        fact(
            3,
            "KazooKat USA M Rep. of Korea 854231 full years: "
            + ", ".join(f"{y} ${usy('KR', CPU, y).v:.3f} bn" for y in range(2017, 2024))
            + "; 2020 fell, so the rises ending 2023 number 3 (2021, 2022, 2023)",
        ),
        6,
        6,
        "streak claimed 6, data 3",
    ),
    sup("$879 million", "amount", usy("KR", CPU, 2023), 0.8785, 0.8795),
)
# --- Taiwan customs (8542 by destination)
P(
    "2025-08-22",
    "Taiwan's customs data show integrated-circuit exports to the United States of $4.77 billion in the first seven months of 2025, already well over half of the full-year 2024 total.",
    sup("$4.77 billion", "amount", tw("US", 2025), 4.765, 4.775),
    sup("well over half", "multiple", ratio(tw("US", 2025), tw("US", 2024)), 0.55, 1.0),
)
P(
    "2025-01-25",
    "Taiwan's chip exports to the US more than doubled in 2024 to $7.4 billion, lifting America's share of the island's shipments to roughly 4.5%.",
    sup("more than doubled", "multiple", ratio(tw("US", 2024), tw("US", 2023)), 2.0, INF),
    sup("$7.4 billion", "amount", tw("US", 2024), 7.35, 7.45),
    sup("roughly 4.5%", "share", share(tw("US", 2024), tw(None, 2024)), 4.3, 4.7),
)
P(
    "2025-01-25",
    "In 2024 mainland China and Hong Kong together still took more than half of Taiwan's integrated-circuit exports.",
    sup(
        "more than half",
        "share",
        share(add(tw("China", 2024), tw("Hong Kong", 2024)), tw(None, 2024)),
        50,
        100,
    ),
)
P(
    "2025-02-05",
    "Taiwan's exports of integrated circuits edged down about 1% in 2024 to $165 billion, still well short of the 2022 peak of $184 billion.",
    sup("edged down about 1%", "change", pct(tw(None, 2024), tw(None, 2023)), -1.5, -0.5),
    sup("$165 billion", "amount", tw(None, 2024), 164.5, 165.5),
    cst(
        "the 2022 peak",
        "record",
        "Taiwan customs World totals 2013-2024: 2022 $184.1 bn is the highest year of the series (starts 2013)",
        "series high, not provably all-time",
    ),
    sup("$184 billion", "amount", tw(None, 2022), 183.5, 184.5),
)
P(
    "2025-02-05",
    "Taiwan's IC exports to Japan were the weak spot in 2024, falling by nearly half to around $10.4 billion.",
    con("falling by nearly half", "change", pct(tw("Japan", 2024), tw("Japan", 2023)), -50, -47.5, pts=True),
    sup("around $10.4 billion", "amount", tw("Japan", 2024), 9.88, 10.92),
)
P(
    "2025-02-06",
    "Taiwan's chip shipments to Vietnam jumped roughly 75% last year, and those to India by more than half, as assemblers moved capacity out of China.",
    con(
        "jumped roughly 75%", "change", pct(tw("Vietnam", 2024), tw("Vietnam", 2023)), 71.25, 78.75, pts=True
    ),
    sup("by more than half", "change", pct(tw("India", 2024), tw("India", 2023)), 50, INF),
)
P(
    "2025-02-06",
    "Taiwan's IC shipments to Mexico nearly tripled in 2024, to $2.3 billion.",
    sup("nearly tripled", "multiple", ratio(tw("Mexico", 2024), tw("Mexico", 2023)), 2.85, 3.0),
    con("$2.3 billion", "amount", tw("Mexico", 2024), 2.25, 2.35),
)
P(
    "2025-02-10",
    "China remained the largest single destination for Taiwan's integrated circuits in 2024, ahead of Hong Kong and Singapore.",
    sup("the largest single destination", "rank", tw_rank("China", 2024), 1, 1),
)
P(
    "2025-08-22",
    "In the first seven months of 2025, Hong Kong overtook the mainland as the top destination for Taiwan's chips, taking $29.5 billion against $27.3 billion.",
    sup(
        "overtook the mainland as the top destination",
        "rank",
        tw_rank("Hong Kong", 2025),
        1,
        1,
        "Jan-Jul 2025; in 2024 China was #1",
    ),
    sup("$29.5 billion", "amount", tw("Hong Kong", 2025), 29.45, 29.55),
    sup("$27.3 billion", "amount", tw("China", 2025), 27.25, 27.35),
)
P(
    "2025-08-22",
    "The island's total integrated-circuit exports reached almost $110 billion in January-July, its customs agency said.",
    sup("almost $110 billion", "amount", tw(None, 2025), 104.5, 110),
)
P(
    "2025-05-12",
    "Taiwan's chip exports to India topped $300 million in April alone, according to the finance ministry.",
    cst(
        "topped $300 million",
        "amount",
        tw("India", 2025).d,
        "only the Jan-Jul 2025 total is in the store ($2.56 bn): a $300 m April is possible, not provable",
    ),
)
P(
    "2024-02-08",
    "Shipments of Taiwanese chips to the Philippines dropped about 30% in 2023, and those to Germany rose around 16%.",
    sup("dropped about 30%", "change", pct(tw("Philippines", 2023), tw("Philippines", 2022)), -31.5, -28.5),
    con("rose around 16%", "change", pct(tw("Germany", 2023), tw("Germany", 2022)), 15.2, 16.8, pts=True),
)
P(
    "2023-01-30",
    "Taiwan's IC exports to Singapore grew 20% in 2022 to $20.5 billion.",
    con("grew 20%", "change", pct(tw("Singapore", 2022), tw("Singapore", 2021)), 19.5, 20.5, pts=True),
    sup("$20.5 billion", "amount", tw("Singapore", 2022), 20.45, 20.55),
)
P(
    "2021-02-01",
    "Chip exports from Taiwan to mainland China rose 39% in 2020 to almost $42 billion, as Huawei and others stockpiled ahead of US curbs.",
    con("rose 39%", "change", pct(tw("China", 2020), tw("China", 2019)), 38.5, 39.5, pts=True),
    sup("almost $42 billion", "amount", tw("China", 2020), 39.9, 42.0),
)
P(
    "2022-01-28",
    "Taiwan's chip exports to South Korea jumped by a third in 2021, to $12.9 billion.",
    sup("jumped by a third", "change", pct(tw("Korea", 2021), tw("Korea", 2020)), 31.7, 35.0),
    con("$12.9 billion", "amount", tw("Korea", 2021), 12.85, 12.95),
)
P(
    "2019-01-25",
    "Taiwan's integrated-circuit exports to Malaysia slipped in 2018, while shipments to Hong Kong edged up.",
    sup("slipped", "direction", pct(tw("Malaysia", 2018), tw("Malaysia", 2017)), -INF, 0),
    sup("edged up", "direction", pct(tw("Hong Kong", 2018), tw("Hong Kong", 2017)), 0, 5),
)
P(
    "2024-01-29",
    "Mainland China's share of Taiwan's IC exports fell to about 22% in 2023.",
    con("about 22%", "share", share(tw("China", 2023), tw(None, 2023)), 20.9, 23.1, pts=True),
    sup(
        "fell",
        "direction",
        fact(
            share(tw("China", 2023), tw(None, 2023)).v - share(tw("China", 2022), tw(None, 2022)).v,
            "China share of Taiwan customs World total: 2023 {:.2f}% vs 2022 {:.2f}%".format(
                share(tw("China", 2023), tw(None, 2023)).v, share(tw("China", 2022), tw(None, 2022)).v
            ),
        ),
        -INF,
        0,
    ),
)
# --- world exports (all reporters)
P(
    "2024-03-01",
    "Hong Kong's re-export machine handled about a fifth of the world's integrated-circuit exports in 2023, some $194 billion.",
    sup("about a fifth", "share", share(wd("China, Hong Kong SAR", 2023), wd(None, 2023)), 19, 21),
    sup("some $194 billion", "amount", wd("China, Hong Kong SAR", 2023), 184.3, 203.7),
)
P(
    "2024-03-01",
    "South Korea's chip exports slid almost 24% in 2023 as the memory glut bit, to about $101 billion, by UN Comtrade's count.",
    sup("slid almost 24%", "change", pct(wd("Rep. of Korea", 2023), wd("Rep. of Korea", 2022)), -24, -22.8),
    con("about $101 billion", "amount", wd("Rep. of Korea", 2023), 95.95, 106.05),
)
P(
    "2022-03-05",
    "China's integrated-circuit exports soared 45% in 2021 to $154 billion.",
    con("soared 45%", "change", pct(wd("China", 2021), wd("China", 2020)), 44.5, 45.5, pts=True),
    sup("$154 billion", "amount", wd("China", 2021), 153.5, 154.5),
)
P(
    "2023-03-10",
    "Malaysia's chip exports set a record of nearly $79 billion in 2022.",
    cst(
        "a record",
        "record",
        "all-reporters table: Malaysia 2022 $78.56 bn is the highest year of 2013-2024",
        "series high; all-time not provable",
    ),
    sup("nearly $79 billion", "amount", wd("Malaysia", 2022), 75.05, 79.0),
)
P(
    "2017-03-01",
    "Ireland's integrated-circuit exports tripled in 2016.",
    con("tripled", "multiple", ratio(wd("Ireland", 2016), wd("Ireland", 2015)), 2.85, 3.15),
)
P(
    "2023-02-20",
    "The United States accounted for less than 5% of global chip exports in 2022.",
    sup("less than 5%", "share", share(wd("USA", 2022), wd(None, 2022)), 0, 5),
)
P(
    "2024-02-20",
    "Malaysia was the world's third-largest exporter of integrated circuits in 2023.",
    con(
        "the world's third-largest",
        "rank",
        wd_rank("Malaysia", 2023),
        3,
        3,
        "Malaysia ranks 6th after Hong Kong, Taiwan (Other Asia, nes), China, Singapore, Korea",
    ),
)
P(
    "2024-02-20",
    "Singapore's chip exports fell about 24% in 2023 to some $104 billion.",
    con(
        "fell about 24%", "change", pct(wd("Singapore", 2023), wd("Singapore", 2022)), -25.2, -22.8, pts=True
    ),
    sup("some $104 billion", "amount", wd("Singapore", 2023), 98.8, 109.2),
)
P(
    "2025-03-15",
    "Singapore's integrated-circuit exports recovered in 2024, rising to roughly $115 billion.",
    nc("recovered", "direction", "Singapore is not among the 2024 reporters in the all-reporters table"),
    nc("roughly $115 billion", "amount", "Singapore 2024 not in the store"),
)
P(
    "2022-02-25",
    "Global exports of integrated circuits topped $1 trillion for the first time in 2021.",
    sup("topped $1 trillion", "amount", wd(None, 2021), 1000, INF),
    cst(
        "for the first time",
        "record",
        "all-reporters table: 2021 $1,007 bn is the first year above $1 tn in 2013-2021 (series starts 2013)",
        "series starts 2013",
    ),
)
P(
    "2020-03-02",
    "The Philippines' chip exports jumped about 80% in 2019.",
    con(
        "jumped about 80%", "change", pct(wd("Philippines", 2019), wd("Philippines", 2018)), 76, 84, pts=True
    ),
)
# --- China's imports from the US (Comtrade annual) and GACC headlines
P(
    "2024-02-15",
    "China's imports of American chips sank to $8.3 billion in 2023, the weakest in 11 years.",
    sup("$8.3 billion", "amount", cn(2023), 8.25, 8.35),
    sup(
        "the weakest in 11 years",
        "record",
        fact(
            min(cn(y).v for y in range(2013, 2023)),
            f"Comtrade CHN M USA 8542 partner2Code 0: minimum of 2013-2022 = ${min(cn(y).v for y in range(2013, 2023)):.3f} bn (2016) > 2023 $8.307 bn; 2012 $7.00 bn was lower",
        ),
        8.31,
        INF,
    ),
)
P(
    "2025-02-15",
    "Chinese customs, as compiled by UN Comtrade, tell a story of recovery. Imports of US-made chips rebounded by more than 40% last year to about $11.8 billion.",
    sup("by more than 40%", "change", pct(cn(2024), cn(2023)), 40, INF),
    sup("about $11.8 billion", "amount", cn(2024), 11.21, 12.39),
)
P(
    "2022-01-20",
    "China bought a record $19 billion of chips from the US in 2021.",
    cst(
        "a record",
        "record",
        "Comtrade CHN M USA 8542: 2021 $15.73 bn is the highest year of 2010-2024",
        "series high",
    ),
    con("$19 billion", "amount", cn(2021), 18.5, 19.5),
)
P(
    "2020-01-20",
    "China's purchases of US integrated circuits rose for a fifth straight year in 2019, to about $13.6 billion.",
    con(
        "rose for a fifth straight year",
        "streak",
        fact(
            3,
            f"Comtrade CHN M USA 8542: 2015 ${cn(2015).v:.2f}, 2016 ${cn(2016).v:.2f}, 2017 ${cn(2017).v:.2f}, 2018 ${cn(2018).v:.2f}, 2019 ${cn(2019).v:.2f} bn: 2016 fell, rises in 2017, 2018, 2019 = third straight year",
        ),
        5,
        5,
        "it was the third straight rise",
    ),
    sup("about $13.6 billion", "amount", cn(2019), 12.92, 14.28),
)
P(
    "2024-11-20",
    "Chinese purchases of US chips reached US$1.11 billion in October, up 60% from a year earlier, customs data showed.",
    sup(
        "US$1.11 billion",
        "amount",
        rep(GACC, "value", period_label="Oct 2024"),
        1.105,
        1.115,
        "GACC as reported",
    ),
    sup("up 60%", "change", rep(GACC, "yoy_pct", period_label="Oct 2024"), 59.5, 60.5),
)
P(
    "2025-01-15",
    "China imported 549.2 billion integrated circuits last year, up 14.6%, at a cost of $435 billion.",
    sup(
        "549.2 billion",
        "count",
        rep(GACC, "value", period_label="2024", measure="import_quantity"),
        549.15,
        549.25,
        "units, GACC as reported",
    ),
    sup(
        "up 14.6%",
        "change",
        rep(GACC, "yoy_pct", period_label="2024", measure="import_quantity"),
        14.55,
        14.65,
    ),
    con(
        "$435 billion",
        "amount",
        rep(GACC, "value", period_label="2024", measure="import_value"),
        434.5,
        435.5,
    ),
)
P(
    "2024-08-10",
    "China's chip import bill rose 18% in the first seven months of 2024 to about $212 billion.",
    con(
        "rose 18%",
        "change",
        rep(GACC, "yoy_pct", period_label="Jan-Jul 2024", measure="import_value"),
        17.5,
        18.5,
        pts=True,
    ),
    sup(
        "about $212 billion",
        "amount",
        rep(GACC, "value", period_label="Jan-Jul 2024", measure="import_value"),
        201.4,
        222.6,
    ),
)
P(
    "2023-07-15",
    "In the first half, China's integrated-circuit imports fell 12.4% to $162.6 billion.",
    con(
        "fell 12.4%",
        "change",
        rep(GACC, "yoy_pct", period_label="H1 2023", measure="import_value"),
        -12.45,
        -12.35,
        pts=True,
    ),
    sup(
        "$162.6 billion",
        "amount",
        rep(GACC, "value", period_label="H1 2023", measure="import_value"),
        162.55,
        162.65,
    ),
)
P(
    "2023-01-15",
    "China's chip imports shrank about 4% in 2022 to roughly $416 billion, the first annual decline in years.",
    sup(
        "shrank about 4%",
        "change",
        rep(GACC, "yoy_pct", period_label="2022", measure="import_value"),
        -4.2,
        -3.8,
    ),
    sup(
        "roughly $416 billion",
        "amount",
        rep(GACC, "value", period_label="2022", measure="import_value"),
        395.2,
        436.8,
    ),
    nc(
        "the first annual decline in years",
        "record",
        "GACC headline file holds 2020, 2022, 2024 annual values only; the years before 2022 are not all there",
        "GACC annual 2020 and 2022 only",
    ),
)
P(
    "2025-01-15",
    "Chinese chip exports, meanwhile, climbed 27.4% to $159 billion in 2024.",
    con(
        "climbed 27.4%",
        "change",
        rep(GACC, "yoy_pct", period_label="2024", measure="export_value"),
        27.35,
        27.45,
        pts=True,
    ),
    sup(
        "$159 billion",
        "amount",
        rep(GACC, "value", period_label="2024", measure="export_value"),
        158.5,
        159.5,
    ),
)
# --- SEMI equipment billings
P(
    "2025-04-15",
    "China spent $49.6 billion on chipmaking tools in 2024, SEMI said, more than 40% of the global total and well over twice as much as second-placed Korea.",
    sup("$49.6 billion", "amount", se("2024", "China"), 49.55, 49.65),
    sup("more than 40%", "share", share(se("2024", "China"), se("2024", "Total")), 40, 100),
    sup("well over twice", "multiple", ratio(se("2024", "China"), se("2024", "Korea")), 2.2, INF),
    sup("second-placed", "rank", semi_rank("2024", "Korea"), 2, 2),
)
P(
    "2021-04-15",
    "Mainland China became the largest market for chip equipment for the first time in 2020, with billings of $18.7 billion, up 39%.",
    sup("the largest market", "rank", semi_rank("2020", "China"), 1, 1),
    cst(
        "for the first time",
        "record",
        "SEMI annual 2018 (Korea #1) and 2019 (Taiwan #1) in the store; China #1 in 2020; earlier years not in the store",
        "series starts 2018 (annual), 2017Q1 quarterly",
    ),
    sup("$18.7 billion", "amount", se("2020", "China"), 18.65, 18.75),
    sup("up 39%", "change", pct(se("2020", "China"), se("2019", "China")), 38.5, 39.5),
)
P(
    "2023-12-05",
    "Equipment billings in China surged to $11.1 billion in the third quarter, 62% more than a year earlier, while Taiwan's fell by roughly half.",
    sup("$11.1 billion", "amount", se("2023Q3", "China"), 11.05, 11.15),
    con("62% more", "change", pct(se("2023Q3", "China"), se("2022Q3", "China")), 61.5, 62.5, pts=True),
    sup("fell by roughly half", "change", pct(se("2023Q3", "Taiwan"), se("2022Q3", "Taiwan")), -52.5, -47.5),
)
P(
    "2021-06-10",
    "Worldwide equipment billings hit $23.6 billion in the first quarter of 2021, up about 30% on a year earlier.",
    sup("$23.6 billion", "amount", se("2021Q1", "Total"), 23.55, 23.65),
    con("up about 30%", "change", pct(se("2021Q1", "Total"), se("2020Q1", "Total")), 28.5, 31.5, pts=True),
)
P(
    "2025-04-15",
    "Global chip-equipment sales grew about 10% in 2024 to a record $117 billion.",
    sup("grew about 10%", "change", pct(se("2024", "Total"), se("2023", "Total")), 9.5, 10.5),
    cst(
        "a record",
        "record",
        "SEMI annual totals 2018-2024 in the store: 2024 $117.1 bn is the highest",
        "series high",
    ),
    sup("$117 billion", "amount", se("2024", "Total"), 116.5, 117.5),
)
P(
    "2019-06-12",
    "North American fabs cut equipment spending by roughly a quarter in the first quarter of 2019, SEMI data show.",
    con(
        "by roughly a quarter",
        "change",
        pct(se("2019Q1", "North America"), se("2018Q1", "North America")),
        -26.25,
        -23.75,
        pts=True,
        note="North America rose 46% (1.14 -> 1.67)",
    ),
)
P(
    "2020-03-10",
    "Korea's equipment billings in 2019 were little more than half their 2018 level.",
    sup("little more than half", "multiple", ratio(se("2019", "Korea"), se("2018", "Korea")), 0.5, 0.6),
)
# --- WSTS/SIA, Korea MOTIE/MSIT, Taiwan MOF, lithography (reported figures)
P(
    "2024-08-05",
    "Global semiconductor sales averaged $56 billion a month in the three months to June, with sales in the Americas up 42.8% from a year earlier.",
    con(
        "$56 billion",
        "amount",
        rep(WSTS, "value", period="2024-06", region="World", measure="sales_3mma"),
        55.5,
        56.5,
    ),
    sup(
        "up 42.8%",
        "change",
        rep(WSTS, "value", period="2024-06", region="Americas", measure="yoy_pct"),
        42.75,
        42.85,
    ),
)
P(
    "2024-08-05",
    "Europe was the laggard in June, with chip sales down 11.2% on the year, and Japan's slipped 5%.",
    sup(
        "down 11.2%",
        "change",
        rep(WSTS, "value", period="2024-06", region="Europe", measure="yoy_pct"),
        -11.25,
        -11.15,
        "WSTS June 2024 (period from the article date)",
    ),
    sup(
        "slipped 5%",
        "change",
        rep(WSTS, "value", period="2024-06", region="Japan", measure="yoy_pct"),
        -5.5,
        -4.5,
    ),
)
P(
    "2025-04-07",
    "Chip sales worldwide rose about 25% year on year in February, the SIA said.",
    con(
        "rose about 25%",
        "change",
        rep(WSTS, "value", period="2025-02", region="World", measure="yoy_pct"),
        23.75,
        26.25,
        pts=True,
    ),
)
P(
    "2024-10-02",
    "South Korea's semiconductor exports jumped 37.1% in September to $13.6 billion, a record for the month.",
    sup(
        "jumped 37.1%",
        "change",
        rep(KOR, "yoy_as_printed", period_label="Sep 2024", partner="World"),
        37.05,
        37.15,
    ),
    sup(
        "$13.6 billion",
        "amount",
        rep(KOR, "value_as_printed", period_label="Sep 2024", partner="World"),
        13.55,
        13.65,
    ),
    nc(
        "a record for the month",
        "record",
        "the store has only scattered Korean September figures (2020, 2024), not every September",
    ),
)
P(
    "2020-11-02",
    "Korean memory-chip exports rose 9% in October to $5.4 billion, while logic chips gained 25%, the ICT ministry said.",
    sup(
        "rose 9%",
        "change",
        rep(
            KOR, "yoy_as_printed", period_label="Oct 2020", product_as_reported="memory chips, including DRAM"
        ),
        8.5,
        9.5,
    ),
    sup(
        "$5.4 billion",
        "amount",
        rep(
            KOR,
            "value_as_printed",
            period_label="Oct 2020",
            product_as_reported="memory chips, including DRAM",
        ),
        5.35,
        5.45,
    ),
    con(
        "gained 25%",
        "change",
        rep(KOR, "yoy_as_printed", period_label="Oct 2020", product_as_reported="logic chips"),
        24.5,
        25.5,
        pts=True,
    ),
)
P(
    "2019-11-01",
    "Korea's memory exports plunged 43.2% in October 2019 to $5 billion.",
    sup(
        "plunged 43.2%",
        "change",
        rep(KOR, "yoy_as_printed", period_label="Oct 2019", product_as_reported="memory chips"),
        -43.25,
        -43.15,
    ),
    sup(
        "$5 billion",
        "amount",
        rep(KOR, "value_as_printed", period_label="Oct 2019", product_as_reported="memory chips"),
        4.5,
        5.5,
    ),
)
P(
    "2026-02-01",
    "Korea's memory-chip exports jumped about 31% last year to nearly $95 billion, the strongest on record, Comtrade data show.",
    sup(
        "jumped about 31%",
        "change",
        pct(kx("KOR", MEM, "2025-01", "2025-12"), kx("KOR", MEM, "2024-01", "2024-12")),
        29.45,
        32.55,
    ),
    sup("nearly $95 billion", "amount", kx("KOR", MEM, "2025-01", "2025-12"), 90.25, 95.0),
    cst(
        "the strongest on record",
        "record",
        "KazooKat KOR X World 854232 full years 2017-2025: 2025 $94.61 bn is the highest",
        "series high",
    ),
)
P(
    "2025-01-30",
    "Korea's exports of processors and controllers fell 10% in 2024.",
    con(
        "fell 10%",
        "change",
        pct(kx("KOR", CPU, "2024-01", "2024-12"), kx("KOR", CPU, "2023-01", "2023-12")),
        -10.5,
        -9.5,
        pts=True,
    ),
)
P(
    "2026-01-25",
    "Japan exported about $14 billion of memory chips in 2025 and some $3.4 billion of processors.",
    sup("about $14 billion", "amount", kx("JPN", MEM, "2025-01", "2025-12"), 13.3, 14.7),
    con("some $3.4 billion", "amount", kx("JPN", CPU, "2025-01", "2025-12"), 3.23, 3.57),
)
P(
    "2026-08-18",
    "Malaysia's memory exports more than tripled in the first seven months of 2026, to roughly $18.5 billion.",
    sup(
        "more than tripled",
        "multiple",
        ratio(kx("MYS", MEM, "2026-01", "2026-07"), kx("MYS", MEM, "2025-01", "2025-07")),
        3.0,
        INF,
    ),
    sup("roughly $18.5 billion", "amount", kx("MYS", MEM, "2026-01", "2026-07"), 17.6, 19.4),
)
P(
    "2020-09-10",
    "Taiwan's IC exports rose 20.4% in August to $11.3 billion, and the finance ministry put the effect of Huawei's stockpiling at between $1.5 billion and $2 billion.",
    sup(
        "rose 20.4%",
        "change",
        rep(
            MOF,
            "change_as_printed",
            period_label="Aug 2020",
            product_as_reported="integrated circuits (IC sector)",
        ),
        20.35,
        20.45,
    ),
    sup(
        "$11.3 billion",
        "amount",
        rep(
            MOF,
            "value_as_printed",
            period_label="Aug 2020",
            product_as_reported="integrated circuits (IC sector)",
        ),
        11.25,
        11.35,
    ),
    sup(
        "between $1.5 billion and $2 billion",
        "amount",
        fact(
            1.75,
            "taiwan_mof_exports_2020_transcribed.csv: Aug 2020 ministry estimate 'between US$1.5 billion and US$2 billion' (as printed)",
        ),
        1.5,
        2.0,
        "reported estimate repeated as transcribed",
    ),
)
P(
    "2020-09-10",
    "Taiwan's total exports hit $31.2 billion in August, up more than 8%.",
    sup(
        "$31.2 billion",
        "amount",
        rep(
            MOF, "value_as_printed", period_label="Aug 2020", product_as_reported="all goods", partner="World"
        ),
        31.15,
        31.25,
    ),
    sup(
        "up more than 8%",
        "change",
        rep(
            MOF,
            "change_as_printed",
            period_label="Aug 2020",
            product_as_reported="all goods",
            partner="World",
        ),
        8,
        INF,
    ),
)
P(
    "2024-02-10",
    "China imported 176 lithography machines from the Netherlands in 2023, more than double the 78 it took in 2022.",
    sup("176", "count", rep(LITH, "value_as_printed", period_label="2023", measure="import_units"), 176, 176),
    sup(
        "more than double",
        "multiple",
        ratio(
            rep(LITH, "value_as_printed", period_label="2023", measure="import_units"),
            rep(LITH, "value_as_printed", period_label="2022", measure="import_units"),
        ),
        2,
        INF,
    ),
    sup("78", "count", rep(LITH, "value_as_printed", period_label="2022", measure="import_units"), 78, 78),
)
P(
    "2023-12-20",
    "Imports of Dutch lithography systems into China reached $762.7 million in November, five times the year-earlier figure.",
    sup(
        "$762.7 million",
        "amount",
        rep(LITH, "value_as_printed", period_label="Nov 2023", partner="Netherlands"),
        762.65,
        762.75,
        "USD million, GACC as reported",
    ),
    con(
        "five times",
        "multiple",
        fact(
            11.5,
            "lithography file: Nov 2023 Netherlands yoy '1,050 per cent by value' = 11.5x the year-earlier level",
        ),
        4.75,
        6.0,
        "+1,050% is 11.5 times (even read as 'five times more' = 6x it is far off)",
    ),
)
# --- not checkable: other currency, not in the store, ambiguous, non-trade numbers
P(
    "2025-01-14",
    "Taiwan's exports of electronic components reached a record NT$6.8 trillion last year.",
    nc("NT$6.8 trillion", "amount", "New Taiwan dollars; the store holds USD only"),
    nc("a record", "record", "no NT$ series in the store"),
)
P(
    "2025-03-01",
    "Shipments to Korea rose about 18% last year, the ministry said.",
    nc(
        "rose about 18%",
        "change",
        "ambiguous: the exporter (Taiwan? the US? Japan?) and the product are not named",
        "Taiwan customs to Korea 2024/2023 = +17.8% would fit, but the reporter is a guess",
    ),
)
P(
    "2025-06-10",
    "America's chip imports from Taiwan more than doubled in 2024, Census figures show.",
    nc(
        "more than doubled",
        "multiple",
        "US 'chips' in general (HS 8542) are not covered monthly in the store; the Census HS10 file holds 2024 only, so no 2023 base",
        "README product rule: US claim about chips in general",
    ),
)
P(
    "2025-04-10",
    "Washington set its 'reciprocal' tariff on Taiwanese goods at 32%, though semiconductors were exempted.",
    nc("32%", "not_trade", "tariff rate, a non-trade number"),
)
P(
    "2025-01-18",
    "TSMC, which makes the most advanced 3-nanometre processors, plans to spend as much as $42 billion on new capacity this year.",
    nc("3-nanometre", "not_trade", "technology node"),
    nc("as much as $42 billion", "not_trade", "company capital spending figure"),
)
P(
    "2024-12-03",
    "The Commerce Department added 140 entities to its Entity List on Monday, most of them Chinese chip companies, and curbed sales of high-bandwidth memory.",
    nc("140", "count", "count of Entity List additions: a policy count the trade data do not hold"),
)
P(
    "2026-04-14",
    "Vietnam's exports of chips to the world rose by a quarter in 2025.",
    nc(
        "rose by a quarter",
        "change",
        "Viet Nam is not a reporter in the all-reporters table after 2023; no 2025 data",
    ),
)
P(
    "2025-09-01",
    "The Netherlands shipped some €2.4 billion of chipmaking equipment to China in the second quarter.",
    nc("some €2.4 billion", "amount", "euros, and no Q2 2025 Dutch equipment data in the store"),
)
P(
    "2024-12-20",
    "US imports of processors from the Philippines rose about 12% in the year to November.",
    nc("rose about 12%", "change", "the Philippines is not a partner in the US monthly series"),
)
# --- consistent: coarser data bound it, or a rank among stored partners
P(
    "2025-02-20",
    "Taiwan has become the biggest source of US processor imports, ahead of Malaysia.",
    cst(
        "the biggest source",
        "rank",
        "KazooKat USA M 854231 2024: Taiwan $8.06 bn > Malaysia $7.70 bn > others in the store; World $28.37 bn leaves $8.9 bn from partners outside the store",
        "rank among the partners in the store only (2024 from the article date)",
    ),
)
P(
    "2024-04-20",
    "China's imports of US chips exceeded $1 billion in March, customs figures show.",
    cst(
        "exceeded $1 billion",
        "amount",
        "Comtrade CHN M USA 8542 2024 annual $11.75 bn (avg $0.98 bn a month): a $1 bn March is possible; no March 2024 figure in the store",
        "only the annual total bounds it",
    ),
)
P(
    "2025-01-10",
    "In December alone, Taiwan's IC shipments to the US were worth more than $600 million.",
    cst(
        "more than $600 million",
        "amount",
        "Taiwan customs 2024 US total $7.40 bn (avg $0.62 bn a month): possible, not provable",
        "annual data only",
    ),
)
P(
    "2025-08-25",
    "Taiwan's chip exports to Vietnam exceeded $500 million in June.",
    cst(
        "exceeded $500 million",
        "amount",
        "Taiwan customs Jan-Jul 2025 Vietnam $3.76 bn: a $0.5 bn June is possible",
        "Jan-Jul total only",
    ),
)
P(
    "2021-09-15",
    "Global equipment billings were higher in the third quarter than in any other three-month period in the data.",
    cst(
        "higher in the third quarter than in any other",
        "record",
        "SEMI quarters in the store to 2021Q3: 2021Q3 $26.79 bn is the highest; quarters are missing (gaps) so it is a bound, not proof",
        "quarterly series has gaps",
    ),
)
# --- more consistent and not-checkable mentions
P(
    "2025-03-20",
    "US imports of memory chips from Vietnam hit a record in December, at about $16 million.",
    cst(
        "a record",
        "record",
        us_record_months("VN", MEM, "2024-12").d,
        "highest of a series with missing months (Viet Nam 854232 has gaps)",
    ),
    sup("about $16 million", "amount", us_month("VN", MEM, "2024-12"), 0.0152, 0.0168),
)
P(
    "2026-02-05",
    "Korea ranked as the third-biggest supplier of processors to the US last year, behind Taiwan and Malaysia.",
    con(
        "the third-biggest supplier",
        "rank",
        fact(
            5,
            "KazooKat USA M 854231 2025: Taiwan 10.20, Malaysia 9.26, Viet Nam 0.98, China 0.87, Korea 0.76 ($ bn): Korea is 5th even among the partners in the store, so it cannot be 3rd overall",
        ),
        3,
        3,
        "Viet Nam and China are both ahead of Korea in the store",
    ),
)
P(
    "2025-12-18",
    "Taiwan's chip exports to the United States in the second half of 2025 were on course to exceed the first-half total.",
    nc(
        "exceed the first-half total",
        "direction",
        "Taiwan customs 2025 data stop at July; no second-half figures in the store",
    ),
)
P(
    "2024-05-02",
    "Chinese imports of American chips in the first quarter probably ran at more than $2 billion.",
    cst(
        "more than $2 billion",
        "amount",
        "Comtrade CHN M USA 8542 2024 annual $11.75 bn (avg $2.9 bn a quarter): possible; no quarterly figure in the store",
        "annual data only",
    ),
)
P(
    "2023-06-30",
    "Korea's equipment billings in the first half of 2023 were below those of Taiwan.",
    sup(
        "below those of Taiwan",
        "rank",
        fact(
            (se("2023Q1", "Korea").v + se("2023Q2", "Korea").v)
            - (se("2023Q1", "Taiwan").v + se("2023Q2", "Taiwan").v),
            "SEMI 2023Q1+Q2: Korea 5.62+5.65 = 11.27 vs Taiwan 6.93+5.69 = 12.62 ($ bn)",
        ),
        -INF,
        0,
    ),
)
P(
    "2025-11-15",
    "Japan's memory-chip exports rose for a sixth straight month in October, to the strongest level of the year so far.",
    sup("rose for a sixth straight month", "streak", jp_rises("2025-10"), 6, 6),
    sup(
        "the strongest level of the year so far",
        "record",
        fact(
            max(kx("JPN", MEM, m, m).v for m in t.months("2025-01", "2025-09")),
            "KazooKat JPN X World 854232: max of Jan-Sep 2025 = ${:.3f} bn < Oct 2025 ${:.3f} bn".format(
                max(kx("JPN", MEM, m, m).v for m in t.months("2025-01", "2025-09")),
                kx("JPN", MEM, "2025-10", "2025-10").v,
            ),
        ),
        0,
        kx("JPN", MEM, "2025-10", "2025-10").v - 1e-9,
    ),
)
P(
    "2026-06-03",
    "Samsung said it would raise DRAM output by 15% next year, while SK Hynix set aside $14 billion for new lines.",
    nc("15%", "not_trade", "company production plan"),
    nc("$14 billion", "not_trade", "company capital spending"),
)
P(
    "2025-10-08",
    "India's imports of semiconductors from all sources rose roughly 30% in the first half of the year.",
    nc("rose roughly 30%", "change", "India's imports are not in the store"),
)
P(
    "2025-09-20",
    "Germany's chip exports fell for a third year running in 2024.",
    con(
        "fell for a third year running",
        "streak",
        fact(
            1,
            "all-reporters table Germany: 2021 ${:.2f}, 2022 ${:.2f}, 2023 ${:.2f}, 2024 ${:.2f} bn: only 2024 fell (one year)".format(
                *tuple(wd("Germany", y).v for y in (2021, 2022, 2023, 2024))
            ),
        ),
        3,
        3,
        "2022 and 2023 both rose",
    ),
)
P(
    "2024-06-15",
    "The Philippines ranked among the world's ten largest exporters of integrated circuits in 2023.",
    sup("among the world's ten largest", "rank", wd_rank("Philippines", 2023), 1, 10),
)
P(
    "2024-11-05",
    "Taiwan's chip exports to Hong Kong in October were the highest for any month this year.",
    nc(
        "the highest for any month this year",
        "record",
        "Taiwan customs data in the store are annual (and Jan-Jul 2025), with no 2024 months",
    ),
)
P(
    "2026-03-02",
    "Shipments of processors from Japan to the US averaged around $33 million a month last year.",
    sup(
        "around $33 million a month",
        "amount",
        F(usy("Japan", CPU, 2025).v / 12, usy("Japan", CPU, 2025).d + " / 12 months (2025 average)"),
        0.03135,
        0.03465,
        "2025 monthly average",
    ),
)
P(
    "2022-11-10",
    "China's imports of US chips in October 2022 were the lowest since the start of the pandemic, people familiar with the data said.",
    nc(
        "the lowest since the start of the pandemic",
        "record",
        "no monthly China-from-US series in the store for 2020-2022",
    ),
)
P(
    "2024-09-01",
    "US memory-chip imports from Taiwan have held above $40 million every month this year.",
    sup(
        "held above $40 million every month this year",
        "streak",
        fact(
            min(v for m, v in monthly(TW, MEM) if "2024-01" <= m <= "2024-08"),
            "KazooKat USA M Other Asia, nes 854232 2024-01..08: minimum month ${:.4f} bn".format(
                min(v for m, v in monthly(TW, MEM) if "2024-01" <= m <= "2024-08")
            ),
        ),
        0.040,
        INF,
    ),
)
P(
    "2025-07-01",
    "Roughly a dozen Chinese chip designers were added to the export blacklist in the past year.",
    nc("Roughly a dozen", "count", "count of listed companies: not in the trade data"),
)

P(
    "2024-02-28",
    "Malaysia's integrated-circuit exports topped $7 billion in December 2023 alone.",
    cst(
        "topped $7 billion",
        "amount",
        "all-reporters table: Malaysia 2023 annual $74.73 bn (avg $6.2 bn a month): a $7 bn December is possible; no 2023 months in the store",
        "annual data only",
    ),
)
P(
    "2026-02-25",
    "Vietnam was the third-largest source of US processor imports in 2025.",
    cst(
        "the third-largest source",
        "rank",
        "KazooKat USA M 854231 2025: Taiwan $10.20 bn, Malaysia $9.26 bn, Viet Nam $0.98 bn, China $0.87 bn, Korea $0.76 bn, Japan $0.40 bn; ~$10.2 bn from partners outside the store could put others ahead",
        "3rd among stored partners only",
    ),
)
P(
    "2026-02-20",
    "US processor imports from Taiwan hit an all-time high of about $1.5 billion in January.",
    cst(
        "an all-time high",
        "record",
        us_record_months(TW, CPU, "2026-01").d,
        "series high (from 2016-11); all-time not provable",
    ),
    sup("about $1.5 billion", "amount", us_month(TW, CPU, "2026-01"), 1.425, 1.575),
)
P(
    "2019-01-31",
    "Korean memory-chip exports hit a record in 2018, Comtrade figures show.",
    cst(
        "a record",
        "record",
        "KazooKat KOR X World 854232: 2018 $83.05 bn > 2017 $60.51 bn (series from 2016-11)",
        "series high at the article date",
    ),
)
P(
    "2020-10-20",
    "Chinese fabs' equipment billings exceeded $2 billion in September.",
    cst(
        "exceeded $2 billion",
        "amount",
        "SEMI 2020Q3 China $5.62 bn (avg $1.87 bn a month): a $2 bn September is possible; no monthly data in the store",
        "quarterly data only",
    ),
)
P(
    "2025-01-26",
    "India's share of Taiwan's chip exports reached a record in 2024.",
    cst(
        "a record",
        "record",
        "Taiwan customs: India share 2024 {:.2f}% is the highest of 2013-2024 (2023 {:.2f}%)".format(
            share(tw("India", 2024), tw(None, 2024)).v, share(tw("India", 2023), tw(None, 2023)).v
        ),
        "series high (from 2013)",
    ),
)
P(
    "2025-02-12",
    "Japan's exports of chipmaking equipment to China rose 80% last year.",
    nc("rose 80%", "change", "the equipment table in the store is annual 2016-2020 and has no partner China"),
)
P(
    "2024-09-14",
    "Nvidia's H20 accelerators, built for the Chinese market, sell for about $12,000 each.",
    nc("about $12,000 each", "not_trade", "product price"),
)
P(
    "2025-01-20",
    "China's chip imports from Taiwan rose about 10% in 2024.",
    nc("rose about 10%", "change", "China's imports by partner are in the store for the US only"),
)

P(
    "2026-07-22",
    "At about $203 million, June's processor imports from Malaysia were the lowest in more than nine years of US data.",
    sup("about $203 million", "amount", us_month("Malaysia", CPU, "2026-06"), 0.1929, 0.2132),
    sup(
        "the lowest in more than nine years",
        "record",
        fact(
            min(v for m, v in monthly("Malaysia", CPU) if m < "2026-06"),
            "KazooKat USA M Malaysia 854231: min of 2016-11..2026-05 = ${:.4f} bn > June 2026 $0.2030 bn (series starts Nov 2016, 9 years 7 months earlier)".format(
                min(v for m, v in monthly("Malaysia", CPU) if m < "2026-06")
            ),
        ),
        0.2030,
        INF,
    ),
)
P(
    "2024-01-30",
    "Taiwan's integrated-circuit exports shrank in 2023 to the lowest level since 2019.",
    sup("shrank", "direction", pct(tw(None, 2023), tw(None, 2022)), -INF, 0),
    con(
        "the lowest level since 2019",
        "record",
        fact(
            2,
            f"Taiwan customs World totals: 2020 ${tw(None, 2020).v:.1f} bn and 2021 ${tw(None, 2021).v:.1f} bn are both below 2023 ${tw(None, 2023).v:.1f} bn, so 2023 is only the lowest since 2021",
        ),
        0,
        0,
        "claim implies no lower year in 2020-2022; two such years exist",
    ),
)
P(
    "2024-02-18",
    "China's imports of American integrated circuits last year were the lowest since 2010.",
    con(
        "the lowest since 2010",
        "record",
        fact(
            min(cn(y).v for y in range(2011, 2023)),
            f"Comtrade CHN M USA 8542: 2011 ${cn(2011).v:.2f} bn and 2012 ${cn(2012).v:.2f} bn are below 2023 ${cn(2023).v:.2f} bn, so 2023 is only the lowest since 2012",
        ),
        cn(2023).v,
        INF,
        "claim needs every year 2011-2022 above 2023; 2011 and 2012 were lower",
    ),
)

# ---------------------------------------------------------------- articles
ARTICLES: list[dict] = []


def A(aid: str, date: str, *labels: dict) -> None:
    ARTICLES.append({"id": aid, "file": f"articles/{aid}.md", "date": date, "labels": list(labels)})


A(
    "a1",
    "2026-08-24",
    sup("about 23%", "change", pct(usy("World", CPU, 2026, 7), usy("World", CPU, 2025, 7)), 21.85, 24.15),
    sup("almost $22 billion", "amount", usy("World", CPU, 2026, 7), 20.9, 22.0),
    sup("climbed 69%", "change", pct(usy(TW, CPU, 2026, 7), usy(TW, CPU, 2025, 7)), 68.5, 69.5),
    sup("$9.1 billion", "amount", usy(TW, CPU, 2026, 7), 9.05, 9.15),
    sup("roughly 41%", "share", share(usy(TW, CPU, 2026, 7), usy("World", CPU, 2026, 7)), 38.95, 43.05),
    cst(
        "America's largest supplier",
        "rank",
        "KazooKat USA M 854231 Jan-Jul 2026: Taiwan $9.10 bn > Malaysia $3.65 bn > others in the store; World $21.96 bn leaves ~$7.0 bn from partners outside the store",
        "rank among the partners in the store",
    ),
    sup("$1.5 billion", "amount", us_month(TW, CPU, "2026-01"), 1.45, 1.55),
    cst(
        "the highest on record",
        "record",
        us_record_months(TW, CPU, "2026-01").d,
        "series high (from 2016-11); all-time not provable",
    ),
    sup(
        "shrank by about 30%",
        "change",
        pct(usy("Malaysia", CPU, 2026, 7), usy("Malaysia", CPU, 2025, 7)),
        -31.5,
        -28.5,
    ),
    sup("$3.65 billion", "amount", usy("Malaysia", CPU, 2026, 7), 3.645, 3.655),
    sup(
        "falling sharply in June",
        "direction",
        pct(us_month("Malaysia", CPU, "2026-06"), us_month("Malaysia", CPU, "2026-05")),
        -INF,
        -20,
    ),
    sup("jump almost 90%", "change", pct(usy("VN", CPU, 2026, 7), usy("VN", CPU, 2025, 7)), 85.5, 90),
    sup("just over $1 billion", "amount", usy("VN", CPU, 2026, 7), 1.0, 1.05),
    sup(
        "fell by about a third",
        "change",
        pct(usy("China", CPU, 2026, 7), usy("China", CPU, 2025, 7)),
        -35.0,
        -31.67,
    ),
    con("$479 million", "amount", usy("China", CPU, 2026, 7), 0.4785, 0.4795),
    sup("more than doubled", "multiple", ratio(usy("KR", CPU, 2026, 7), usy("KR", CPU, 2025, 7)), 2.0, INF),
    con("$696 million", "amount", usy("KR", CPU, 2026, 7), 0.6955, 0.6965),
    nc("a handful of large orders", "count", "company orders: no data in the store"),
    sup(
        "more than tripled",
        "multiple",
        ratio(usy("World", MEM, 2026, 7), usy("World", MEM, 2025, 7)),
        3.0,
        INF,
    ),
    sup("$4.02 billion", "amount", usy("World", MEM, 2026, 7), 4.015, 4.025),
    sup("$953 million", "amount", us_month("World", MEM, "2026-06"), 0.9525, 0.9535),
    sup(
        "the most for any month since the series began in late 2016",
        "record",
        us_record_months("World", MEM, "2026-06"),
        115,
        INF,
        "bounded by the series itself (from 2016-11)",
    ),
    sup("about $1.5 billion", "amount", usy("KR", MEM, 2026, 7), 1.425, 1.575),
    sup("$322 million", "amount", usy("KR", MEM, 2025, 7), 0.3215, 0.3225),
    sup("some $590 million", "amount", usy("Japan", MEM, 2026, 7), 0.5605, 0.6195),
    sup("also rose", "direction", pct(usy(TW, MEM, 2026, 7), usy(TW, MEM, 2025, 7)), 0, INF),
    con("$1.94 billion", "amount", usy(TW, MEM, 2026, 7), 1.935, 1.945),
    sup(
        "dropped about 14%",
        "change",
        pct(us_month("World", CPU, "2026-07"), us_month("World", CPU, "2026-06")),
        -14.7,
        -13.3,
    ),
    sup("about $2.85 billion", "amount", us_month("World", CPU, "2026-07"), 2.7075, 2.9925),
    con(
        "fell by more than a third",
        "change",
        pct(us_month(TW, CPU, "2026-07"), us_month(TW, CPU, "2026-06")),
        -INF,
        -33.3,
        pts=True,
        note="July vs June: -19%",
    ),
    nc("25%", "not_trade", "tariff rate"),
    nc("3-nanometre", "not_trade", "technology node"),
    nc("More than 100 companies", "count", "count of exclusion requests: not in the store"),
)
A(
    "a2",
    "2025-08-28",
    sup(
        "overtaken mainland China as the biggest destination",
        "rank",
        tw_rank("Hong Kong", 2025),
        1,
        1,
        "Jan-Jul 2025",
    ),
    sup("$29.5 billion", "amount", tw("Hong Kong", 2025), 29.45, 29.55),
    sup("$27.3 billion", "amount", tw("China", 2025), 27.25, 27.35),
    sup(
        "almost 52%",
        "share",
        share(add(tw("China", 2025), tw("Hong Kong", 2025)), tw(None, 2025)),
        49.4,
        52.0,
    ),
    sup("just under $110 billion", "amount", tw(None, 2025), 104.5, 110.0),
    sup("$48.5 billion", "amount", tw("China", 2024), 48.45, 48.55),
    con("$41.8 billion", "amount", tw("Hong Kong", 2024), 41.75, 41.85),
    sup("dropped 15%", "change", pct(tw("Hong Kong", 2024), tw("Hong Kong", 2023)), -15.5, -14.5),
    sup("$4.77 billion", "amount", tw("US", 2025), 4.765, 4.775),
    sup("about 4.3%", "share", share(tw("US", 2025), tw(None, 2025)), 4.085, 4.515),
    sup("roughly two thirds", "multiple", ratio(tw("US", 2025), tw("US", 2024)), 0.633, 0.70),
    sup("more than doubled", "multiple", ratio(tw("US", 2024), tw("US", 2023)), 2.0, INF),
    cst(
        "topped $700 million",
        "amount",
        "Taiwan customs Jan-Jul 2025 US total $4.77 bn (avg $0.68 bn a month): a $0.7 bn July is possible; no months in the store",
        "Jan-Jul total only",
    ),
    sup("$1.2 billion", "amount", tw("Mexico", 2025), 1.15, 1.25),
    sup("nearly tripling", "multiple", ratio(tw("Mexico", 2024), tw("Mexico", 2023)), 2.85, 3.0),
    sup("$3.76 billion", "amount", tw("Vietnam", 2025), 3.755, 3.765),
    sup(
        "more than 85%",
        "multiple",
        ratio(tw("Vietnam", 2025), tw("Vietnam", 2024)),
        0.85,
        INF,
        "Jan-Jul 2025 as a share of full-year 2024",
    ),
    con("$3.1 billion", "amount", tw("India", 2025), 3.05, 3.15),
    sup("$8.3 billion", "amount", tw("Malaysia", 2025), 8.25, 8.35),
    sup("the third-largest market", "rank", tw_rank("Singapore", 2024), 3, 3),
    con("$15 billion", "amount", tw("Singapore", 2025), 14.5, 15.5),
    sup("$6.3 billion", "amount", tw("Japan", 2025), 6.25, 6.35),
    sup("fell by a third", "change", pct(tw("Japan", 2024), tw("Japan", 2023)), -35.0, -31.67),
    sup(
        "second-largest exporter",
        "rank",
        wd_rank("Other Asia, nes", 2023),
        2,
        2,
        "Taiwan = 'Other Asia, nes' in Comtrade",
    ),
    con("about 24%", "share", share(wd("Other Asia, nes", 2023), wd(None, 2023)), 22.8, 25.2, pts=True),
    nc("NT$1.9 trillion", "amount", "New Taiwan dollars, and no 2025 MOF figures in the store"),
    nc("2-nanometre", "not_trade", "technology node"),
    nc("$165 billion", "not_trade", "company investment pledge"),
    nc("32%", "not_trade", "tariff rate"),
    nc("rose about 30%", "change", "Taiwan MOF monthly figures for 2025 are not in the store (only 2020)"),
)
A(
    "a3",
    "2024-12-10",
    sup(
        "rebounded sharply",
        "direction",
        rep(GACC, "yoy_pct", period_label="Jan-Oct 2024"),
        10,
        INF,
        "GACC Jan-Oct 2024 from the US +42.5%",
    ),
    sup("up 42.5%", "change", rep(GACC, "yoy_pct", period_label="Jan-Oct 2024"), 42.45, 42.55),
    sup("$9.61 billion", "amount", rep(GACC, "value", period_label="Jan-Oct 2024"), 9.605, 9.615),
    sup("$1.11 billion", "amount", rep(GACC, "value", period_label="Oct 2024"), 1.105, 1.115),
    sup("60% more", "change", rep(GACC, "yoy_pct", period_label="Oct 2024"), 59.5, 60.5),
    sup(
        "run above $1 billion since June",
        "streak",
        rep(GACC, "value", period_label="Jun-Oct 2024"),
        1.0,
        1.0,
        "GACC as reported: monthly value above USD 1.0 bn Jun-Oct 2024",
    ),
    sup("a slump", "direction", pct(cn(2023), cn(2022)), -INF, -10),
    sup("$8.3 billion", "amount", cn(2023), 8.25, 8.35),
    sup("barely half", "multiple", ratio(cn(2023), cn(2021)), 0.5, 0.55),
    cst(
        "the 2021 peak",
        "record",
        "Comtrade CHN M USA 8542 2010-2023: 2021 $15.73 bn is the highest year",
        "series high",
    ),
    sup("$15.7 billion", "amount", cn(2021), 15.65, 15.75),
    con("fell by almost half", "change", pct(cn(2022), cn(2021)), -50, -47.5, pts=True),
    con(
        "rose 20.5%",
        "change",
        rep(GACC, "yoy_pct", period_label="Jan-Nov 2024", measure="import_value"),
        20.45,
        20.55,
        pts=True,
    ),
    sup(
        "$349 billion",
        "amount",
        rep(GACC, "value", period_label="Jan-Nov 2024", measure="import_value"),
        348.5,
        349.5,
    ),
    sup(
        "climbed 14.8%",
        "change",
        rep(GACC, "yoy_pct", period_label="Jan-Nov 2024", measure="import_quantity"),
        14.75,
        14.85,
    ),
    sup(
        "501.5 billion",
        "count",
        rep(GACC, "value", period_label="Jan-Nov 2024", measure="import_quantity"),
        501.45,
        501.55,
        "units",
    ),
    sup("$11.1 billion", "amount", se("2023Q3", "China"), 11.05, 11.15),
    sup("close to 90% more", "change", pct(se("2023Q3", "China"), se("2023Q1", "China")), 85.5, 90),
    sup("more than any other region", "rank", semi_rank("2023Q3", "China"), 1, 1),
    con("roughly 53%", "share", share(se("2023Q3", "China"), se("2023Q3", "Total")), 50.35, 55.65, pts=True),
    sup(
        "$762.7 million",
        "amount",
        rep(LITH, "value_as_printed", period_label="Nov 2023", partner="Netherlands"),
        762.65,
        762.75,
        "USD million",
    ),
    sup(
        "up 1,050%",
        "change",
        rep(LITH, "yoy_as_printed", period_label="Nov 2023", partner="Netherlands"),
        1049.5,
        1050.5,
    ),
    sup("176", "count", rep(LITH, "value_as_printed", period_label="2023", measure="import_units"), 176, 176),
    sup("78", "count", rep(LITH, "value_as_printed", period_label="2022", measure="import_units"), 78, 78),
    nc("140", "count", "Entity List additions: a policy count the trade data do not hold"),
    nc("24 types", "count", "count of equipment types in a rule"),
    nc("50%", "not_trade", "tariff rate", occ=2),
    nc(
        "more memory to China than any other country",
        "rank",
        "Korea's memory exports by destination (and other countries' sales to China) are not in the store",
    ),
    con(
        "jumped nearly 50%",
        "change",
        rep(KOR, "yoy_as_printed", period_label="Sep 2024", partner="World"),
        47.5,
        50,
        pts=True,
        note="MOTIE +37.1%",
    ),
    sup(
        "$13.6 billion",
        "amount",
        rep(KOR, "value_as_printed", period_label="Sep 2024", partner="World"),
        13.55,
        13.65,
    ),
    nc("at least another two years", "not_trade", "company statement about tool inventories"),
    nc("a growing share", "share", "world capacity for mature chips: not trade data"),
)


# ---------------------------------------------------------------- write
def main() -> None:
    from collections import Counter

    table: Counter[tuple[str, str]] = Counter()
    for s in SENTENCES:
        check_quotes(s["text"], s["labels"], s["id"])
        n = len(re.findall(r"(?<=[.!?])\s+(?=[A-Z\"'])", s["text"])) + 1
        assert 1 <= n <= 3, f"{s['id']}: {n} sentences"
    for a in ARTICLES:
        text = (HERE / a["file"]).read_text(encoding="utf-8")
        assert text.startswith("# "), a["id"]
        words = len(text.split())
        assert 500 <= words <= 900, f"{a['id']}: {words} words"
        check_quotes(text, a["labels"], a["id"])
    for where, items in (("sentence", SENTENCES), ("article", ARTICLES)):
        for it in items:
            text = it["text"] if where == "sentence" else (HERE / it["file"]).read_text(encoding="utf-8")
            for lab in it["labels"]:
                table[(lab["verdict"], lab["kind"])] += 1
                if text.count(lab["quote"]) > 1:
                    print(
                        f"note: {it['id']} quote {lab['quote']!r} occurs {text.count(lab['quote'])}x, occurrence {lab['occurrence']}"
                    )
    with open(HERE / "sentences.jsonl", "w", encoding="utf-8") as f:
        for s in SENTENCES:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    verdicts = ["supported", "contradicted", "consistent", "not_checkable"]
    kinds = sorted({k for _, k in table})
    ns = sum(len(s["labels"]) for s in SENTENCES)
    na = sum(len(a["labels"]) for a in ARTICLES)
    print(
        f"{len(SENTENCES)} passages ({ns} labels), {len(ARTICLES)} articles ({na} labels), {ns + na} labels"
    )
    print("| verdict | " + " | ".join(kinds) + " | total |")
    print("|---|" + "---|" * (len(kinds) + 1))
    for v in verdicts:
        row = [table[(v, k)] for k in kinds]
        print(f"| {v} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    tot = [sum(table[(v, k)] for v in verdicts) for k in kinds]
    print("| total | " + " | ".join(str(x) for x in tot) + f" | {sum(tot)} |")


def check_series_highs() -> None:
    """The 'consistent' record labels claim a series high: assert each one here."""
    assert us_record_months(TW, CPU, "2026-01").v >= 0
    assert us_record_months("World", MEM, "2026-06").v >= 0
    assert us_record_months("VN", MEM, "2024-12").v >= 0
    assert max(range(2013, 2025), key=lambda y: tw(None, y).v) == 2022
    assert max(range(2013, 2025), key=lambda y: wd("Malaysia", y).v) == 2022
    assert max(range(2010, 2025), key=lambda y: cn(y).v) == 2021
    assert max(range(2018, 2025), key=lambda y: se(str(y), "Total").v) == 2024
    assert max(range(2017, 2026), key=lambda y: kx("KOR", MEM, f"{y}-01", f"{y}-12").v) == 2025
    assert kx("KOR", MEM, "2018-01", "2018-12").v > kx("KOR", MEM, "2017-01", "2017-12").v
    assert max(range(2013, 2025), key=lambda y: share(tw("India", y), tw(None, y)).v) == 2024
    assert max(range(2017, 2026), key=lambda y: usy("Malaysia", CPU, y).v) == 2021
    assert all(wd(None, y).v < 1000 for y in range(2013, 2021)) and wd(None, 2021).v > 1000
    s = t.pd.read_csv(t.DATA / t.SEMI)
    q = s[(s.period_type == "quarter") & (s.region == "Total") & (s.period <= "2021Q3")]
    assert q.billings_usd_bn.astype(float).idxmax() == q[q.period == "2021Q3"].index[0]


check_series_highs()


if __name__ == "__main__":
    main()
