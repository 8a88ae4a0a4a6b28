"""Build blind batch 12: passages and articles, truths from truth.py look-ups (via lib.py).

Run: /work/main/.venv/bin/python build.py   (writes sentences.jsonl, articles.jsonl, articles/a*.md)
Texts and verdicts are by hand; every `truth` figure comes from a pandas look-up at build time.
"""
from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # blind/truth.py: the lead removed this batch's copy (identical but for its DATA path)
import truth as T  # noqa: E402

# ---- look-up helpers: each returns (value, truth text) computed from truth.py
import pandas as pd  # noqa: E402

PN = {"World": "World", "China": "China", "TW": "Taiwan (Other Asia, nes)", "KR": "Rep. of Korea",
      "Japan": "Japan", "Malaysia": "Malaysia", "VN": "Viet Nam"}
HS = {854231: "854231 processors", 854232: "854232 memories"}


def per(p: str) -> list[str]:
    """'2025-03' | '2025-01:2025-07' | '2025' | '2025Q3' | 'H1-2025' | 'H2-2025' -> months."""
    if ":" in p:
        a, b = p.split(":")
        return T.months(a, b)
    if re.fullmatch(r"\d{4}-\d{2}", p):
        return [p]
    if re.fullmatch(r"\d{4}", p):
        return T.months(f"{p}-01", f"{p}-12")
    m = re.fullmatch(r"(\d{4})Q(\d)", p)
    if m:
        y, q = int(m[1]), int(m[2])
        return T.months(f"{y}-{3*q-2:02d}", f"{y}-{3*q:02d}")
    m = re.fullmatch(r"H([12])-(\d{4})", p)
    if m:
        h, y = int(m[1]), m[2]
        return T.months(f"{y}-01", f"{y}-06") if h == 1 else T.months(f"{y}-07", f"{y}-12")
    raise ValueError(p)


def _k(p, c, period):
    ms = per(period)
    return T.k("USA", p, c, ms), ms


def K(p, c, period):
    v, ms = _k(p, c, period)
    return v / 1e9, f"KazooKat USA M from {PN[p]} HS {HS[c]}, {ms[0]}..{ms[-1]} ({len(ms)} rows): ${v/1e9:.4f} bn"


def KC(p, c, a, b):
    va, ma = _k(p, c, a)
    vb, mb = _k(p, c, b)
    pct = (va / vb - 1) * 100
    return pct, (f"KazooKat USA M from {PN[p]} HS {HS[c]}: {a} ${va/1e9:.4f} bn vs {b} ${vb/1e9:.4f} bn "
                 f"= {pct:+.1f}% (x{va/vb:.2f})")


def KM(p, c, a, b):
    pct, s = KC(p, c, a, b)
    return 1 + pct / 100, s


def KS(p, c, period, q="World"):
    va, _ = _k(p, c, period)
    vb, _ = _k(q, c, period)
    return va / vb * 100, (f"KazooKat USA M HS {HS[c]} {period}: from {PN[p]} ${va/1e9:.4f} bn / from {PN[q]} "
                           f"${vb/1e9:.4f} bn = {va/vb*100:.1f}%")


def kseries(p, c):
    d = T.kaz()
    s = d[(d.reporter == "USA") & (d.partner == T.PARTNER.get(p, p)) & (d.cmd_code == c)]
    return s.set_index(s.date.str[:7]).value_usd.sort_index()


def KREC(p, c, month, low=False):
    s = kseries(p, c)
    v = s[month]
    prior = s[s.index < month]
    other = s.drop(month)
    ext = other.min() if low else other.max()
    word = "lowest" if low else "highest"
    if low:
        rank_all = int((s < v).sum()) + 1
    else:
        rank_all = int((s > v).sum()) + 1
    # last earlier month beyond v
    beyond = prior[prior <= v] if low else prior[prior >= v]
    since = beyond.index[-1] if len(beyond) else "none since series start " + s.index[0]
    return v / 1e9, (f"KazooKat USA M from {PN[p]} HS {HS[c]} {month} ${v/1e9:.4f} bn; rank {rank_all} ({word}) of "
                     f"{len(s)} months {s.index[0]}..{s.index[-1]}; other months' {word} ${ext/1e9:.4f} bn; "
                     f"last earlier month at or {'below' if low else 'above'} it: {since}")


def KSTREAK(p, c, month):
    s = kseries(p, c)
    y = (s / s.shift(12) - 1).dropna()
    sign = y[month] > 0
    n = 0
    for m in reversed(y.loc[:month].index):
        if (y[m] > 0) == sign:
            n += 1
        else:
            break
    return n, (f"KazooKat USA M from {PN[p]} HS {HS[c]}: y/y change {'positive' if sign else 'negative'} for {n} "
               f"consecutive months to {month} (y/y {month} {y[month]*100:+.1f}%)")


def TW(dest, year):
    v = T.tw(dest, year)
    part = " (Jan-Jul preliminary)" if year == 2025 else ""
    return v / 1e9, f"Taiwan customs 8542 exports to {dest or 'World (all destinations)'} {year}{part}: sum of 11-digit lines ${v/1e9:.3f} bn"


def TWC(dest, a, b):
    va, vb = T.tw(dest, a), T.tw(dest, b)
    pct = (va / vb - 1) * 100
    return pct, (f"Taiwan customs 8542 exports to {dest or 'World'}: {a} ${va/1e9:.3f} bn vs {b} ${vb/1e9:.3f} bn "
                 f"= {pct:+.1f}% (x{va/vb:.2f})")


def TWM(dest, a, b):
    pct, s = TWC(dest, a, b)
    return 1 + pct / 100, s


def TWS(dests, year):
    if isinstance(dests, str):
        dests = [dests]
    va = sum(T.tw(x, year) for x in dests)
    vw = T.tw(None, year)
    return va / vw * 100, (f"Taiwan customs 8542 {year}: {'+'.join(dests)} ${va/1e9:.3f} bn / all destinations "
                           f"${vw/1e9:.3f} bn = {va/vw*100:.1f}%")


def TWRANK(dest, year):
    c = T.twc()
    g = c[c.Year == year].groupby("Country").USD.sum().sort_values(ascending=False)
    name = T.TW_DEST[dest]
    r = list(g.index).index(name) + 1
    top = ", ".join(f"{n} {v/1e9:.2f}" for n, v in g.head(max(r, 3) + 1).items())
    return r, f"Taiwan customs 8542 {year} by destination (all destinations): {dest} ranks {r}; top: {top} ($bn)"


def CN(year):
    v = T.china_from_us(year)
    return v / 1e9, f"Comtrade China M from USA HS 8542 {year}, partner2Code=0 row: ${v/1e9:.3f} bn"


def CNC(a, b):
    va, vb = T.china_from_us(a), T.china_from_us(b)
    pct = (va / vb - 1) * 100
    return pct, f"Comtrade China M from USA HS 8542: {a} ${va/1e9:.3f} bn vs {b} ${vb/1e9:.3f} bn = {pct:+.1f}%"


def W(rep, year):
    v = T.world(rep, year)
    return v / 1e9, f"Comtrade 8542 exports to World, reporter {rep or 'all reporters'} {year}: ${v/1e9:.2f} bn"


def WC(rep, a, b):
    va, vb = T.world(rep, a), T.world(rep, b)
    pct = (va / vb - 1) * 100
    return pct, f"Comtrade 8542 exports to World, {rep}: {a} ${va/1e9:.2f} bn vs {b} ${vb/1e9:.2f} bn = {pct:+.1f}%"


def WS(reps, year):
    if isinstance(reps, str):
        reps = [reps]
    va = sum(T.world(r, year) for r in reps)
    vw = T.world(None, year)
    n = int((T.wld().refYear == str(year)).sum())
    return va / vw * 100, (f"Comtrade 8542 exports to World {year}: {'+'.join(reps)} ${va/1e9:.2f} bn / all {n} "
                           f"reporters ${vw/1e9:.2f} bn = {va/vw*100:.1f}%")


def WRANK(rep, year):
    r = T.wld()
    g = r[r.refYear == str(year)].groupby("reporterDesc").v.sum().sort_values(ascending=False)
    k = list(g.index).index(rep) + 1
    top = ", ".join(f"{n} {v/1e9:.1f}" for n, v in g.head(k + 1).items())
    return k, f"Comtrade 8542 exports to World {year}, {len(g)} reporters: {rep} ranks {k}; top: {top} ($bn)"


def SM(period, region):
    v = T.semi(period, region)
    return v, f"SEMI transcribed billings {period} {region}: ${v} bn (first row)"


def SMS(period, region):
    v, t = T.semi(period, region), T.semi(period, "Total")
    return v / t * 100, f"SEMI transcribed {period}: {region} ${v} bn / Total ${t} bn = {v/t*100:.1f}%"


def SMC(region, a, b):
    va, vb = T.semi(a, region), T.semi(b, region)
    pct = (va / vb - 1) * 100
    return pct, f"SEMI transcribed {region}: {a} ${va} bn vs {b} ${vb} bn = {pct:+.1f}% (x{va/vb:.2f})"


def REP(folder_file, fields, **match):
    rows = T.reported(folder_file, **match)
    r = rows[0]
    return None, f"transcribed {folder_file.split('/')[0]}: " + "; ".join(f"{f}={r.get(f)}" for f in fields) + f" ({match})"


def K2(p1, p2, c, period):
    va, _ = _k(p1, c, period)
    vb, _ = _k(p2, c, period)
    return va / vb, (f"KazooKat USA M HS {HS[c]} {period}: from {PN[p1]} ${va/1e9:.4f} bn / from {PN[p2]} "
                     f"${vb/1e9:.4f} bn = x{va/vb:.2f}")


def KCOUNT(p, c, period, thr_bn, above=True):
    ms = per(period)
    vals = [T.k("USA", p, c, [m]) / 1e9 for m in ms]
    n = sum((v > thr_bn) if above else (v < thr_bn) for v in vals)
    return n, (f"KazooKat USA M from {PN[p]} HS {HS[c]} {ms[0]}..{ms[-1]}: {n} of {len(ms)} months "
               f"{'above' if above else 'below'} ${thr_bn} bn (" + ", ".join(f"{m} {v:.3f}" for m, v in zip(ms, vals)) + ")")


def TWCOUNT(year, thr_bn):
    c = T.twc()
    g = c[c.Year == year].groupby("Country").USD.sum() / 1e9
    hit = g[g > thr_bn].sort_values(ascending=False)
    return len(hit), f"Taiwan customs 8542 {year}: {len(hit)} destinations above ${thr_bn} bn: " + ", ".join(f"{n} {v:.2f}" for n, v in hit.items())


def CNREC(year):
    c = pd.read_csv(T.DATA / T.CHN)
    c = c[c.partner2Code == 0].set_index("refYear").primaryValue.sort_index() / 1e9
    lower = c[(c.index < year) & (c <= c[year])]
    return c[year], (f"Comtrade China M from USA HS 8542, partner2Code=0, {c.index[0]}..{c.index[-1]}: {year} ${c[year]:.3f} bn; "
                     f"last earlier year at or below: {lower.index[-1] if len(lower) else 'none'}; max {c.idxmax()} ${c.max():.3f} bn; "
                     + ", ".join(f"{y} {v:.2f}" for y, v in c.items()))


def TWREC(dest, year):
    c = T.twc()
    g = c[c.Year <= 2024]
    if dest:
        g = g[g.Country == T.TW_DEST[dest]]
    s = g.groupby("Year").USD.sum() / 1e9
    return s[year], (f"Taiwan customs 8542 {dest or 'World'} by full year 2013..2024 (2025 is Jan-Jul only): {year} ${s[year]:.2f} bn, "
                     f"max {s.idxmax()} ${s.max():.2f} bn; " + ", ".join(f"{y} {v:.1f}" for y, v in s.items()))


def KANN(p, c):
    s = kseries(p, c)
    a = s.groupby(s.index.str[:4]).agg(["sum", "count"])
    a = a[a["count"] == 12]["sum"] / 1e9
    return a.idxmax(), f"KazooKat USA M from {PN[p]} HS {HS[c]}, full calendar years: " + ", ".join(f"{y} {v:.3f}" for y, v in a.items())


KINDS = {"amount", "change", "multiple", "direction", "share", "rank", "record", "streak", "count", "not_trade"}
VERDICTS = {"supported", "contradicted", "consistent", "not_checkable"}
WARN: list[str] = []

GACC = "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv"
KOR = "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv"
MOF = "taiwan_exports_2020_huawei_transcribed/taiwan_mof_exports_2020_transcribed.csv"
WSTS = "wsts_sia_transcribed/wsts_sia_monthly_sales_and_regional_growth.csv"


# ---- intervals for the self-check (value units: $bn for amounts, % for changes/shares, x for multiples)
def rb(s: str, scale: float = 1.0):
    """Printed rounding: '10.2' -> 10.15..10.25 (times scale)."""
    dec = len(s.split(".")[1]) if "." in s else 0
    h = 0.5 * 10 ** (-dec)
    x = float(s)
    return ((x - h) * scale, (x + h) * scale)


def ab(x):
    return (x * 0.95, x * 1.05)


def gt(x):
    return (x, math.inf)


def lt(x):
    return (-math.inf, x)


def nr(x):
    return (x * 0.95, x)


def eq(x):
    return (x, x)


def L(quote, kind, verdict, t, iv=None, note="", occ=1):
    val, tr = t if isinstance(t, tuple) else (None, t)
    if iv is not None and val is not None:
        lo, hi = iv
        inside = lo - 1e-9 <= val <= hi + 1e-9
        if verdict == "supported" and not inside:
            WARN.append(f"SUPPORTED but outside: {quote!r} val={val:.4f} iv={iv}")
        if verdict == "contradicted":
            if inside:
                WARN.append(f"CONTRADICTED but inside: {quote!r} val={val:.4f} iv={iv}")
            else:
                far = val < lo * 0.92 or val > hi * 1.08 if kind not in ("change", "share") else (val < lo - 3 or val > hi + 3)
                if not far and kind not in ("count", "rank", "streak"):
                    WARN.append(f"CONTRADICTED but near: {quote!r} val={val:.4f} iv={iv}")
    d = {"quote": quote, "occurrence": occ, "kind": kind, "verdict": verdict, "truth": tr}
    if note:
        d["note"] = note
    return d


NT = lambda what: f"not a trade figure in the store: {what}"  # noqa: E731

P: list[dict] = []


def S(date, text, *labels):
    P.append({"id": f"s{len(P)+1:03d}", "date": date, "text": text, "labels": list(labels)})


D = "2026-09-15"   # US monthly data run to 2026-07
D25 = "2025-09-10"  # Taiwan customs: 2024 full year, 2025 Jan-Jul
DQ = "2025-04-20"  # world exports 2024 partial, SEMI 2024, China 2024

# ======================= US imports: processors from Taiwan =======================
S(D, "Chart 1 | US imports of processors and controllers from Taiwan, 2025: US$10.2 billion [2024: US$8.1 billion].",
  L("US$10.2 billion", "amount", "supported", K("TW", 854231, "2025"), rb("10.2")),
  L("US$8.1 billion", "amount", "supported", K("TW", 854231, "2024"), rb("8.1")))
S(D, "At US$1.51 billion, January 2026 was the strongest month for Taiwan-made processors landing in the US since at least 2017.",
  L("US$1.51 billion", "amount", "supported", K("TW", 854231, "2026-01"), rb("1.51")),
  L("the strongest month", "record", "supported", KREC("TW", 854231, "2026-01"),
    note="bounded record: highest of all months 2016-11..2026-07"))
S(D, "MoM about +30%: that was the jump in US logic-chip imports from Taiwan in December 2025, to US$1.50 billion.",
  L("about +30%", "change", "supported", KC("TW", 854231, "2025-12", "2025-11"), ab(30)),
  L("US$1.50 billion", "amount", "supported", K("TW", 854231, "2025-12"), rb("1.50")))
S(D, "Logic chips from Taiwan into the US, YoY: January 2026 +62%, February +110%, March +142%.",
  L("+62%", "change", "supported", KC("TW", 854231, "2026-01", "2025-01"), rb("62")),
  L("+110%", "change", "supported", KC("TW", 854231, "2026-02", "2025-02"), rb("110")),
  L("+142%", "change", "contradicted", KC("TW", 854231, "2026-03", "2025-03"), rb("142")))
S(D, "1H26 processor imports from Taiwan totalled nearly US$8 billion, up 76% on 1H25.",
  L("nearly US$8 billion", "amount", "supported", K("TW", 854231, "H1-2026"), nr(8)),
  L("up 76%", "change", "supported", KC("TW", 854231, "H1-2026", "H1-2025"), rb("76")))
S(D, "Taiwan supplied 41% of US processor imports in January–July 2026, against 24% in full-year 2025.",
  L("41%", "share", "supported", KS("TW", 854231, "2026-01:2026-07"), rb("41")),
  L("24%", "share", "contradicted", KS("TW", 854231, "2025"), rb("24")))
S(D, "July 2026 marked the twelfth straight month of YoY gains in US memory imports from Taiwan.",
  L("the twelfth straight month", "streak", "supported", KSTREAK("TW", 854232, "2026-07"), eq(12)))
S(D, "Taiwan's memory shipments to the US: US$288 million in May 2026, a record.",
  L("US$288 million", "amount", "supported", K("TW", 854232, "2026-05"), rb("288", 1e-3)),
  L("a record", "record", "consistent", KREC("TW", 854232, "2026-05"),
    note="highest of the whole series, which starts 2016-11: all-time not provable"))
S(D, "Memories from Taiwan, Q2 2026 vs Q2 2025: more than 4.5x.",
  L("more than 4.5x", "multiple", "supported", KM("TW", 854232, "2026Q2", "2025Q2"), gt(4.5)))
S(D, "Processor imports from Taiwan slipped in July 2026 from June, to US$1.12 billion.",
  L("slipped", "direction", "supported", KC("TW", 854231, "2026-07", "2026-06"), lt(0)),
  L("US$1.12 billion", "amount", "supported", K("TW", 854231, "2026-07"), rb("1.12")))
S(D, "The US bought US$1.9 billion of Taiwanese processors in Q3 2025, down from Q2.",
  L("US$1.9 billion", "amount", "contradicted", K("TW", 854231, "2025Q3"), rb("1.9")),
  L("down", "direction", "supported", KC("TW", 854231, "2025Q3", "2025Q2"), lt(0)))
S(D, "Taiwan's processor sales to the US nearly tripled in 2024.",
  L("nearly tripled", "multiple", "supported", KM("TW", 854231, "2024", "2023"), nr(3)))
S(D, "From US$1.1 billion in 2019 to US$10.2 billion in 2025 — a more than nine-fold increase for Taiwan's logic chips in the US market.",
  L("US$1.1 billion", "amount", "supported", K("TW", 854231, "2019"), rb("1.1")),
  L("US$10.2 billion", "amount", "supported", K("TW", 854231, "2025"), rb("10.2")),
  L("a more than nine-fold increase", "multiple", "supported", KM("TW", 854231, "2025", "2019"), gt(9)))
S(D, "H2 2025 processor imports from Taiwan: US$5.67 billion, versus US$4.60 billion in H2 2024 (+6%).",
  L("US$5.67 billion", "amount", "supported", K("TW", 854231, "H2-2025"), rb("5.67")),
  L("US$4.60 billion", "amount", "contradicted", K("TW", 854231, "H2-2024"), rb("4.60")),
  L("+6%", "change", "supported", KC("TW", 854231, "H2-2025", "H2-2024"), rb("6")))
S(D, "Q4 2025 saw Taiwan-sourced processors climb 85% QoQ to US$3.44 billion.",
  L("85%", "change", "contradicted", KC("TW", 854231, "2025Q4", "2025Q3"), rb("85")),
  L("US$3.44 billion", "amount", "supported", K("TW", 854231, "2025Q4"), rb("3.44")))
S(D, "In each of the first seven months of 2026, US processor imports from Taiwan topped US$1.1 billion.",
  L("each of the first seven months", "count", "supported", KCOUNT("TW", 854231, "2026-01:2026-07", 1.1), eq(7)))
S(D, "US processor imports from Taiwan hit US$12.5 billion in 2025, the consultancy's tracker claims.",
  L("US$12.5 billion", "amount", "contradicted", K("TW", 854231, "2025"), rb("12.5")))
S(D, "Q1 2026: Taiwan processors to the US US$4.26 billion, up 25% YoY.",
  L("US$4.26 billion", "amount", "supported", K("TW", 854231, "2026Q1"), rb("4.26")),
  L("up 25%", "change", "contradicted", KC("TW", 854231, "2026Q1", "2025Q1"), rb("25")))
S(D, "Taiwan's memory exports to the US peaked at US$1.21 billion in 2022 before falling to US$0.73 billion in 2023.",
  L("peaked", "record", "consistent", KANN("TW", 854232),
    note="2022 is the highest full calendar year 2017..2025; the series starts 2016-11"),
  L("US$1.21 billion", "amount", "supported", K("TW", 854232, "2022"), rb("1.21")),
  L("US$0.73 billion", "amount", "supported", K("TW", 854232, "2023"), rb("0.73")),
  L("falling", "direction", "supported", KC("TW", 854232, "2023", "2022"), lt(0)))
S(D, "Taiwan-made memories: US$95 million in July 2026, the tracker shows.",
  L("US$95 million", "amount", "contradicted", K("TW", 854232, "2026-07"), rb("95", 1e-3)))
S(D, "Taiwan's processor shipments to the US were 2.5x Malaysia's in Jan–Jul 2026.",
  L("2.5x", "multiple", "supported", K2("TW", "Malaysia", 854231, "2026-01:2026-07"), rb("2.5")))

# ======================= US imports: all partners =======================
S(D, "US processor imports from all sources reached US$32.6 billion in 2025, up 15% YoY.",
  L("US$32.6 billion", "amount", "supported", K("World", 854231, "2025"), rb("32.6")),
  L("up 15%", "change", "supported", KC("World", 854231, "2025", "2024"), rb("15")))
S(D, "December 2025: US$3.85 billion of processors entered the US, the most in any month on record.",
  L("US$3.85 billion", "amount", "supported", K("World", 854231, "2025-12"), rb("3.85")),
  L("the most in any month on record", "record", "consistent", KREC("World", 854231, "2025-12"),
    note="highest month of a series that starts 2016-11"))
S(D, "Memory imports into the US reached 953 million dollars in June 2026 — nearly 2x the May level.",
  L("953 million dollars", "amount", "supported", K("World", 854232, "2026-06"), rb("953", 1e-3)),
  L("nearly 2x", "multiple", "contradicted", KM("World", 854232, "2026-06", "2026-05"), nr(2)))
S(D, "Q2 2026 US memory imports: US$2.23 billion, more than double Q1.",
  L("US$2.23 billion", "amount", "supported", K("World", 854232, "2026Q2"), rb("2.23")),
  L("more than double", "multiple", "supported", KM("World", 854232, "2026Q2", "2026Q1"), gt(2)))
S(D, "YTD through July, US memory imports were US$4.0 billion, more than three times the year-earlier US$1.27 billion.",
  L("US$4.0 billion", "amount", "supported", K("World", 854232, "2026-01:2026-07"), rb("4.0")),
  L("more than three times", "multiple", "supported", KM("World", 854232, "2026-01:2026-07", "2025-01:2025-07"), gt(3)),
  L("US$1.27 billion", "amount", "supported", K("World", 854232, "2025-01:2025-07"), rb("1.27")))
S(D, "Processors, all partners, 1H26: US$19.1 billion (+34% YoY).",
  L("US$19.1 billion", "amount", "supported", K("World", 854231, "H1-2026"), rb("19.1")),
  L("+34% YoY", "change", "contradicted", KC("World", 854231, "H1-2026", "H1-2025"), rb("34")))
S(D, "US processor imports have now risen YoY for ten consecutive months.",
  L("ten consecutive months", "streak", "supported", KSTREAK("World", 854231, "2026-07"), eq(10)))
S(D, "US memory imports in 2025: US$2.32 billion (+41% YoY), and the 2024 base was just US$1.88 billion.",
  L("US$2.32 billion", "amount", "supported", K("World", 854232, "2025"), rb("2.32")),
  L("+41% YoY", "change", "contradicted", KC("World", 854232, "2025", "2024"), rb("41")),
  L("just US$1.88 billion", "amount", "supported", K("World", 854232, "2024"), rb("1.88")))
S(D, "World processor imports by the US fell 6% in 2025, the memo says.",
  L("fell 6%", "change", "contradicted", KC("World", 854231, "2025", "2024"), rb("-6")),
  )
S(D, "US memory imports from all partners dropped to US$1.2 billion in 2024.",
  L("US$1.2 billion", "amount", "contradicted", K("World", 854232, "2024"), rb("1.2")),
  L("dropped", "direction", "supported", KC("World", 854232, "2024", "2023"), lt(0)))
S(D, "US memory imports exceeded US$0.5 billion in six months of 2026 so far.",
  L("six months", "count", "contradicted", KCOUNT("World", 854232, "2026-01:2026-07", 0.5), eq(6)))
S(D, "The memory line has grown YoY for ten months in a row, through July 2026.",
  L("ten months in a row", "streak", "supported", KSTREAK("World", 854232, "2026-07"), eq(10)))

# ======================= Korea =======================
S(D, "Korea shipped US$373 million of memory chips to the US in June 2026, versus US$210 million a year earlier.",
  L("US$373 million", "amount", "supported", K("KR", 854232, "2026-06"), rb("373", 1e-3)),
  L("US$210 million", "amount", "contradicted", K("KR", 854232, "2025-06"), rb("210", 1e-3)))
S(D, "Korean memories into the US in 1H26: US$1.18 billion, a 4.5-fold jump.",
  L("US$1.18 billion", "amount", "supported", K("KR", 854232, "H1-2026"), rb("1.18")),
  L("a 4.5-fold jump", "multiple", "supported", KM("KR", 854232, "H1-2026", "H1-2025"), rb("4.5")))
S(D, "Jan–Jul 2026 US imports of Korean memory chips: US$2.5 billion.",
  L("US$2.5 billion", "amount", "contradicted", K("KR", 854232, "2026-01:2026-07"), rb("2.5")))
S(D, "Processors from Korea: US$156 million in July 2026, the highest monthly figure since at least 2017.",
  L("US$156 million", "amount", "supported", K("KR", 854231, "2026-07"), rb("156", 1e-3)),
  L("the highest monthly figure since at least 2017", "record", "supported", KREC("KR", 854231, "2026-07"),
    note="bounded record: all months 2016-11..2026-06 are lower"))
S(D, "Korean logic chips to the US rose YoY for an eighth straight month in July.",
  L("an eighth straight month", "streak", "supported", KSTREAK("KR", 854231, "2026-07"), eq(8)))
S(D, "Samsung Electronics said its second-quarter operating profit reached 4.6 trillion won.",
  L("4.6 trillion won", "not_trade", "not_checkable", NT("company profit in won")))
S(D, "Korea's memory sales to the US, HS 854232 in US data, hit 0.85 bn USD in Q2 2026, up more than 150% QoQ.",
  L("0.85 bn USD", "amount", "supported", K("KR", 854232, "2026Q2"), rb("0.85")),
  L("up more than 150% QoQ", "change", "supported", KC("KR", 854232, "2026Q2", "2026Q1"), gt(150)))
S(D, "Processor imports from Korea rose 50% in 2025.",
  L("rose 50%", "change", "contradicted", KC("KR", 854231, "2025", "2024"), rb("50")))
S(D, "Memory chip imports from Korea, full-year 2025: US$0.58 billion, up 33% YoY.",
  L("US$0.58 billion", "amount", "supported", K("KR", 854232, "2025"), rb("0.58")),
  L("up 33% YoY", "change", "supported", KC("KR", 854232, "2025", "2024"), rb("33")))
S(D, "Compared with 2019, US memory imports from Korea in 2025 were up 95%.",
  L("up 95%", "change", "contradicted", KC("KR", 854232, "2025", "2019"), rb("95")))

# ======================= Japan =======================
S(D, "Japan: US memory imports doubled MoM in June 2026 to US$241 million.",
  L("doubled", "multiple", "supported", KM("Japan", 854232, "2026-06", "2026-05"), ab(2)),
  L("US$241 million", "amount", "supported", K("Japan", 854232, "2026-06"), rb("241", 1e-3)))
S(D, "Tokyo's subsidy package for Rapidus adds ¥100 billion for 2nm pilot lines.",
  L("¥100 billion", "not_trade", "not_checkable", NT("government subsidy in yen")),
  L("2nm", "not_trade", "not_checkable", NT("technology node")))
S(D, "Processors from Japan were flat: US$227 million in Jan–Jul 2025 and US$230 million in Jan–Jul 2026.",
  L("flat", "direction", "supported", KC("Japan", 854231, "2026-01:2026-07", "2025-01:2025-07"), (-2, 2),
    note="+1.3%: read as flat (within 2%)"),
  L("US$227 million", "amount", "supported", K("Japan", 854231, "2025-01:2025-07"), rb("227", 1e-3)),
  L("US$230 million", "amount", "supported", K("Japan", 854231, "2026-01:2026-07"), rb("230", 1e-3)))
S(D, "Japanese memory chip shipments to the US in Q2 2026 were US$0.29 billion.",
  L("US$0.29 billion", "amount", "contradicted", K("Japan", 854232, "2026Q2"), rb("0.29")))
S(D, "Memory imports from Japan halved in 2025.",
  L("halved", "multiple", "contradicted", KM("Japan", 854232, "2025", "2024"), ab(0.5)))

# ======================= Malaysia, Vietnam, China =======================
S(D, "Malaysia (US$203 million) hit its weakest month since at least 2017 in June 2026 for processor sales to the US.",
  L("US$203 million", "amount", "supported", K("Malaysia", 854231, "2026-06"), rb("203", 1e-3)),
  L("its weakest month since at least 2017", "record", "supported", KREC("Malaysia", 854231, "2026-06", low=True),
    note="bounded: lowest of all months 2016-11..2026-07"))
S(D, "Malaysian processors, 1H26 YoY: -19%.",
  L("-19%", "change", "contradicted", KC("Malaysia", 854231, "H1-2026", "H1-2025"), rb("-19")))
S(D, "June 2026 processor imports from Malaysia were down 80% YoY.",
  L("down 80% YoY", "change", "supported", KC("Malaysia", 854231, "2026-06", "2025-06"), rb("-80")))
S(D, "Malaysia's share of US processor imports fell to 9% in Jan–Jul 2026.",
  L("9%", "share", "contradicted", KS("Malaysia", 854231, "2026-01:2026-07"), rb("9")))
S(D, "Processors from Malaysia, full-year 2025: US$9.3 billion, up from US$6.2 billion in 2024.",
  L("US$9.3 billion", "amount", "supported", K("Malaysia", 854231, "2025"), rb("9.3")),
  L("US$6.2 billion", "amount", "contradicted", K("Malaysia", 854231, "2024"), rb("6.2")))
S(D, "Malaysia shipped US$1.6 billion of processors to the US in March 2025.",
  L("US$1.6 billion", "amount", "contradicted", K("Malaysia", 854231, "2025-03"), rb("1.6")))
S(D, "Malaysia's memory exports to the US: US$0.45 billion in 2025.",
  L("US$0.45 billion", "amount", "contradicted", K("Malaysia", 854232, "2025"), rb("0.45")))
S(D, "Viet Nam doubled its processor shipments to the US in Q2 2026 YoY.",
  L("doubled", "multiple", "supported", KM("VN", 854231, "2026Q2", "2025Q2"), ab(2)))
S(D, "Vietnam's May 2026 figure, US$248 million, was the highest since September 2022.",
  L("US$248 million", "amount", "supported", K("VN", 854231, "2026-05"), rb("248", 1e-3)),
  L("the highest since September 2022", "record", "supported", KREC("VN", 854231, "2026-05"),
    note="bounded: every month 2022-10..2026-04 is lower, September 2022 is higher"))
S(D, "US memory imports from Viet Nam: US$33 million in April 2026, a record.",
  L("US$33 million", "amount", "supported", K("VN", 854232, "2026-04"), rb("33", 1e-3)),
  L("a record", "record", "consistent", KREC("VN", 854232, "2026-04"),
    note="highest in the series, which starts 2016-11 and lacks 2020-03 and 2020-10"))
S(D, "US processor imports from Vietnam slumped 45% in 2025.",
  L("slumped 45%", "change", "contradicted", KC("VN", 854231, "2025", "2024"), rb("-45")))
S(D, "Vietnamese processors to the US in Jan–Jul 2026 reached US$1.6 billion.",
  L("US$1.6 billion", "amount", "contradicted", K("VN", 854231, "2026-01:2026-07"), rb("1.6")))
S(D, "US processor imports from China fell to US$31 million in December 2025, the lowest since at least 2017.",
  L("US$31 million", "amount", "supported", K("China", 854231, "2025-12"), rb("31", 1e-3)),
  L("fell", "direction", "supported", KC("China", 854231, "2025-12", "2025-11"), lt(0)),
  L("the lowest since at least 2017", "record", "supported", KREC("China", 854231, "2025-12", low=True),
    note="bounded: lowest of all months 2016-11..2026-07"))
S(D, "Processors from China, Jan–Jul 2026: US$379 million, down 32% YoY.",
  L("US$379 million", "amount", "supported", K("China", 854231, "2026-01:2026-07"), rb("379", 1e-3)),
  L("down 32% YoY", "change", "supported", KC("China", 854231, "2026-01:2026-07", "2025-01:2025-07"), rb("-32")))
S(D, "Chinese memory chips into the US rose 110% YoY in July 2026, the tenth consecutive month of YoY growth.",
  L("rose 110%", "change", "supported", KC("China", 854232, "2026-07", "2025-07"), rb("110")),
  L("the tenth consecutive month", "streak", "supported", KSTREAK("China", 854232, "2026-07"), eq(10)))
S(D, "US processor imports from China were US$1.5 billion in 2025.",
  L("US$1.5 billion", "amount", "contradicted", K("China", 854231, "2025"), rb("1.5")))

# ======================= comparisons between economies (US imports) =======================
S(D, "Top suppliers of processors to the US in 1H26: Taiwan (US$8.0 billion), Malaysia (US$3.3 billion) and Vietnam (US$1.35 billion).",
  L("US$8.0 billion", "amount", "supported", K("TW", 854231, "H1-2026"), rb("8.0")),
  L("US$3.3 billion", "amount", "supported", K("Malaysia", 854231, "H1-2026"), rb("3.3")),
  L("US$1.35 billion", "amount", "contradicted", K("VN", 854231, "H1-2026"), rb("1.35")))
S(D, "Taiwan was the largest source of US processor imports in 2025.",
  L("the largest source", "rank", "consistent",
    "KazooKat USA M 854231 2025 by partner in the store: " + "; ".join(K(p, 854231, "2025")[1].split(", ")[-1] + f" [{p}]" for p in ["TW", "Malaysia", "VN", "China", "KR", "Japan"]),
    note="first among the six partners in the store; partners outside it (e.g. Ireland, Israel) not in the data"))
S(D, "Korea (US$1.51 billion), Taiwan (US$1.44 billion) and Japan (US$0.59 billion): US memory imports, Jan–Jul 2026.",
  L("US$1.51 billion", "amount", "supported", K("KR", 854232, "2026-01:2026-07"), rb("1.51")),
  L("US$1.44 billion", "amount", "supported", K("TW", 854232, "2026-01:2026-07"), rb("1.44")),
  L("US$0.59 billion", "amount", "supported", K("Japan", 854232, "2026-01:2026-07"), rb("0.59")))
S(D, "In memories, Korea overtook Taiwan as a US supplier in 1H26.",
  L("overtook", "rank", "supported", K2("KR", "TW", 854232, "H1-2026"), gt(1),
    note="two named partners, both in the store"))
S(D, "US chip imports from Taiwan hit US$25 billion in 2025.",
  L("US$25 billion", "amount", "not_checkable",
    "US monthly series in the store cover HS 854231 and 854232 only, not all chips (HS 8542)",
    note="'chips' in a US import context: README rule, not checkable"))

# ======================= Taiwan customs by destination =======================
S(D25, "Taiwan's IC exports totalled US$165.0 billion in 2024, down less than 1% from 2023.",
  L("US$165.0 billion", "amount", "supported", TW(None, 2024), rb("165.0")),
  L("down less than 1%", "change", "supported", TWC(None, 2024, 2023), (-1, 0)))
S(D25, "Mainland China took US$48.5 billion and Hong Kong US$41.8 billion of Taiwan's chips last year. Together they absorbed 51.7% of the total.",
  L("US$48.5 billion", "amount", "supported", TW("China", 2024), rb("48.5")),
  L("US$41.8 billion", "amount", "contradicted", TW("Hong Kong", 2024), rb("41.8")),
  L("51.7%", "share", "supported", TWS(["China", "Hong Kong"], 2024), rb("51.7")))
S(D25, "Taiwan's IC exports to the United States more than doubled in 2024 to US$7.4 billion.",
  L("more than doubled", "multiple", "supported", TWM("US", 2024, 2023), gt(2)),
  L("US$7.4 billion", "amount", "supported", TW("US", 2024), rb("7.4")))
S(D25, "Mexico: US$1.9 billion in 2024, a three-fold rise from 2023.",
  L("US$1.9 billion", "amount", "supported", TW("Mexico", 2024), rb("1.9")),
  L("a three-fold rise", "multiple", "supported", TWM("Mexico", 2024, 2023), ab(3)))
S(D25, "Shipments to Japan fell 18% in 2024 to US$10.4 billion.",
  L("fell 18%", "change", "contradicted", TWC("Japan", 2024, 2023), rb("-18")),
  L("US$10.4 billion", "amount", "supported", TW("Japan", 2024), rb("10.4")))
S(D25, "India (US$3.0 billion, +75% YoY) was one of 2024's risers among Taiwan's chip markets.",
  L("US$3.0 billion", "amount", "supported", TW("India", 2024), rb("3.0")),
  L("+75% YoY", "change", "contradicted", TWC("India", 2024, 2023), rb("75")))
S(D25, "Singapore remained Taiwan's third-largest chip destination in 2024 at US$21.0 billion.",
  L("third-largest", "rank", "supported", TWRANK("Singapore", 2024), eq(3)),
  L("US$21.0 billion", "amount", "supported", TW("Singapore", 2024), rb("21.0")))
S(D25, "In 2024 Korea was Taiwan's fourth-largest IC market, with US$13.4 billion.",
  L("fourth-largest", "rank", "supported", TWRANK("Korea", 2024), eq(4)),
  L("US$13.4 billion", "amount", "supported", TW("Korea", 2024), rb("13.4")))
S(D25, "2022's US$184.1 billion remains the high-water mark for Taiwan's chip exports since at least 2013.",
  L("US$184.1 billion", "amount", "supported", TW(None, 2022), rb("184.1")),
  L("the high-water mark", "record", "supported", TWREC(None, 2022),
    note="bounded record 'since at least 2013': highest full year 2013..2024 (2025 Jan-Jul is lower too)"))
S(D25, "In the first seven months of 2025, Taiwan's IC exports reached US$109.8 billion.",
  L("US$109.8 billion", "amount", "supported", TW(None, 2025), rb("109.8")))
S(D25, "Hong Kong (US$29.5 billion) overtook mainland China (US$27.3 billion) as the top destination in January–July 2025.",
  L("US$29.5 billion", "amount", "supported", TW("Hong Kong", 2025), rb("29.5")),
  L("US$27.3 billion", "amount", "supported", TW("China", 2025), rb("27.3")),
  L("the top destination", "rank", "supported", TWRANK("Hong Kong", 2025), eq(1)))
S("2026-03-05", "Taiwan's chip exports exceeded US$100 billion in 2025.",
  L("exceeded US$100 billion", "amount", "consistent", TW(None, 2025),
    note="store has 2025 Jan-Jul only; Jan-Jul alone is above $100 bn, so the full year must be"))
S("2026-02-10", "Taiwan's 2025 IC exports to the US reached US$9 billion, according to the finance ministry.",
  L("US$9 billion", "amount", "not_checkable", TW("US", 2025),
    note="full-year 2025 not in the store (Jan-Jul only, $4.77 bn); Aug-Dec unknown"))
S(D25, "The US accounted for 4.5% of Taiwan's IC exports in 2024, up from 2.1% in 2023.",
  L("4.5%", "share", "supported", TWS("US", 2024), rb("4.5")),
  L("2.1%", "share", "supported", TWS("US", 2023), rb("2.1")))
S(D25, "Vietnam-bound IC shipments from Taiwan rose 58% to US$4.35 billion in 2024.",
  L("rose 58%", "change", "supported", TWC("Vietnam", 2024, 2023), rb("58")),
  L("US$4.35 billion", "amount", "supported", TW("Vietnam", 2024), rb("4.35")))
S(D25, "Taiwan's chip exports to Malaysia were US$12.9 billion in 2024.",
  L("US$12.9 billion", "amount", "contradicted", TW("Malaysia", 2024), rb("12.9")))
S(D25, "Since 2013, when they were US$62.8 billion, Taiwan's IC exports have grown 2.6-fold.",
  L("US$62.8 billion", "amount", "supported", TW(None, 2013), rb("62.8")),
  L("2.6-fold", "multiple", "supported", TWM(None, 2024, 2013), rb("2.6"),
    note="latest full year at the article date is 2024"))
S(D25, "Taiwan IC exports 2024 by destination, selected — Germany: -43% (US$0.93 billion).",
  L("-43%", "change", "supported", TWC("Germany", 2024, 2023), rb("-43")),
  L("US$0.93 billion", "amount", "supported", TW("Germany", 2024), rb("0.93")))
S(D25, "Taiwan's chip exports to Hong Kong grew 9% in 2024.",
  L("grew 9%", "change", "contradicted", TWC("Hong Kong", 2024, 2023), rb("9")))
S(D25, "Taiwan's IC exports to Korea rose 35% in 2024.",
  L("rose 35%", "change", "contradicted", TWC("Korea", 2024, 2023), rb("35")))
S(D25, "Taiwan's IC exports to India: US$4.1 billion in 2024.",
  L("US$4.1 billion", "amount", "contradicted", TW("India", 2024), rb("4.1")))
S(D25, "The share of Taiwan's IC exports going to mainland China in 2024 was 35%.",
  L("35%", "share", "contradicted", TWS("China", 2024), rb("35")))
S(D25, "In 2023, Taiwan's exports of integrated circuits to China slipped 4% to US$47.3 billion.",
  L("slipped 4%", "change", "contradicted", TWC("China", 2023, 2022), rb("-4")),
  L("US$47.3 billion", "amount", "supported", TW("China", 2023), rb("47.3")))
S(D25, "Five destinations took more than US$10 billion each of Taiwan's ICs in 2024.",
  L("Five destinations", "count", "supported", TWCOUNT(2024, 10), eq(5)))
S(D25, "Taiwan's IC exports to the US topped US$1 billion in March 2025.",
  L("topped US$1 billion", "amount", "consistent", TW("US", 2025),
    note="Taiwan customs data are annual (2025 Jan-Jul $4.77 bn); a single month cannot be checked, only bounded"))

# ======================= China's imports from the US =======================
S(DQ, "China's imports of integrated circuits from the US rebounded in 2024 to US$11.75 billion.",
  L("rebounded", "direction", "supported", CNC(2024, 2023), gt(0)),
  L("US$11.75 billion", "amount", "supported", CN(2024), rb("11.75")))
S(DQ, "2023's US$8.3 billion was the lowest since 2012 for China's US-sourced chips.",
  L("US$8.3 billion", "amount", "supported", CN(2023), rb("8.3")),
  L("the lowest since 2012", "record", "supported", CNREC(2023), note="bounded: 2013..2022 all higher, 2012 lower"))
S(DQ, "At the 2021 peak, China bought US$18.7 billion of US chips.",
  L("the 2021 peak", "record", "consistent", CNREC(2021), note="2021 is the highest of 2010..2024; all-time not provable"),
  L("US$18.7 billion", "amount", "contradicted", CN(2021), rb("18.7")))
S(DQ, "GACC: China's IC imports from the US hit US$9.61 billion in Jan–Oct 2024, up 42.5%.",
  L("US$9.61 billion", "amount", "supported", REP(GACC, ["value", "unit", "yoy_pct"], period_label="Jan-Oct 2024", partner="United States")),
  L("up 42.5%", "change", "supported", REP(GACC, ["value", "unit", "yoy_pct"], period_label="Jan-Oct 2024", partner="United States"),
    note="repeats the GACC figure as transcribed"))
S(DQ, "China's chip imports cost it RMB 2.7 trillion in 2024.",
  L("RMB 2.7 trillion", "amount", "not_checkable", "no CNY annual 2024 figure in the store; another currency"))
S(DQ, "China imported 549.2 billion chips in 2024 worth US$385 billion.",
  L("549.2 billion chips", "amount", "supported", REP(GACC, ["value", "unit", "yoy_pct"], period_label="2024", measure="import_quantity")),
  L("US$385 billion", "amount", "supported", REP(GACC, ["value", "unit", "yoy_pct"], period_label="2024", measure="import_value")))
S(DQ, "China's IC imports from the US: 2019 US$10.9 billion, 2020 US$14.2 billion, 2021 US$15.7 billion.",
  L("US$10.9 billion", "amount", "contradicted", CN(2019), rb("10.9")),
  L("US$14.2 billion", "amount", "supported", CN(2020), rb("14.2")),
  L("US$15.7 billion", "amount", "supported", CN(2021), rb("15.7")))
S(DQ, "China's imports of US chips topped US$1 billion in December 2024.",
  L("topped US$1 billion", "amount", "consistent", CN(2024),
    note="only the annual total is in the store (avg $0.98 bn/month); a single month is not checkable exactly"))
S(DQ, "China's IC imports from the US fell 18% in 2022.",
  L("fell 18%", "change", "contradicted", CNC(2022, 2021), rb("-18")))
S(DQ, "China's IC imports from the US in 2020: US$11.2 billion.",
  L("US$11.2 billion", "amount", "contradicted", CN(2020), rb("11.2")))

# ======================= world exports (all reporters) =======================
S("2025-06-10", "Korea exported US$86.1 billion of ICs in 2023, about 9% of world exports.",
  L("US$86.1 billion", "amount", "supported", W("Rep. of Korea", 2023), rb("86.1")),
  L("about 9%", "share", "supported", WS("Rep. of Korea", 2023), ab(9)))
S("2025-06-10", "Hong Kong, the biggest exporter at US$193.5 billion, held a fifth of the world total in 2023.",
  L("the biggest exporter", "rank", "supported", WRANK("China, Hong Kong SAR", 2023), eq(1)),
  L("US$193.5 billion", "amount", "supported", W("China, Hong Kong SAR", 2023), rb("193.5")),
  L("a fifth", "share", "supported", WS("China, Hong Kong SAR", 2023), ab(20)))
S("2025-06-10", "China's share of world IC exports was 22% in 2023.",
  L("22%", "share", "contradicted", WS("China", 2023), rb("22")))
S("2025-06-10", "Malaysia: US$74.7 billion (2023) vs US$78.6 billion (2022), -5%.",
  L("US$74.7 billion", "amount", "supported", W("Malaysia", 2023), rb("74.7")),
  L("US$78.6 billion", "amount", "supported", W("Malaysia", 2022), rb("78.6")),
  L("-5%", "change", "supported", WC("Malaysia", 2023, 2022), rb("-5")))
S(DQ, "Korea's IC exports jumped nearly 40% in 2024 to US$120.2 billion.",
  L("jumped nearly 40%", "change", "supported", WC("Rep. of Korea", 2024, 2023), nr(40)),
  L("US$120.2 billion", "amount", "supported", W("Rep. of Korea", 2024), rb("120.2")))
S(DQ, "In 2024 Korea ranked as the world's third-largest IC exporter.",
  L("third-largest", "rank", "consistent", WRANK("Rep. of Korea", 2024),
    note="third of the 86 reporters of 2024; Singapore and Taiwan (Other Asia, nes) have not reported 2024"))
S(DQ, "US chip exports: US$50.6 billion in 2024 [2023: US$38.2 billion].",
  L("US$50.6 billion", "amount", "supported", W("USA", 2024), rb("50.6")),
  L("US$38.2 billion", "amount", "contradicted", W("USA", 2023), rb("38.2")))
S(DQ, "World IC exports peaked at US$1.08 trillion in 2022.",
  L("peaked", "record", "consistent", W(None, 2022), note="highest year of 2013..2024 (2024 has 86 reporters only); all-time not provable"),
  L("US$1.08 trillion", "amount", "supported", W(None, 2022), rb("1.08", 1000)))
S(DQ, "Global IC exports fell 12% in 2023.",
  L("fell 12%", "change", "supported", WC(None, 2023, 2022), rb("-12"),
    note="sum of all reporters of each year (147 in 2022, 141 in 2023)"))
S("2025-06-10", "Singapore: US$104.5 billion in 2023, second among exporters.",
  L("US$104.5 billion", "amount", "supported", W("Singapore", 2023), rb("104.5")),
  L("second", "rank", "contradicted", WRANK("Singapore", 2023), eq(2)))
S(DQ, "Hong Kong's IC exports in 2024: US$260 billion.",
  L("US$260 billion", "amount", "contradicted", W("China, Hong Kong SAR", 2024), rb("260")))
S("2025-06-10", "The USA's share of world IC exports in 2023: 9.5%.",
  L("9.5%", "share", "contradicted", WS("USA", 2023), rb("9.5")))
S("2025-06-10", "Korea's share of world IC exports reached 15% in 2022.",
  L("15%", "share", "contradicted", WS("Rep. of Korea", 2022), rb("15")))

# ======================= SEMI =======================
S(DQ, "China bought US$49.6 billion of chip equipment in 2024, 42% of the global US$117.1 billion.",
  L("US$49.6 billion", "amount", "supported", SM("2024", "China"), rb("49.6")),
  L("42%", "share", "supported", SMS("2024", "China"), rb("42")),
  L("US$117.1 billion", "amount", "supported", SM("2024", "Total"), rb("117.1")))
S("2024-12-05", "Q3 2024 equipment billings: China US$12.93 billion (QoQ +5.9%), North America US$4.43 billion (QoQ +85%).",
  L("US$12.93 billion", "amount", "supported", SM("2024Q3", "China"), rb("12.93")),
  L("QoQ +5.9%", "change", "supported", SMC("China", "2024Q3", "2024Q2"), rb("5.9")),
  L("US$4.43 billion", "amount", "supported", SM("2024Q3", "North America"), rb("4.43")),
  L("QoQ +85%", "change", "supported", SMC("North America", "2024Q3", "2024Q2"), rb("85")))
S("2024-12-05", "Taiwan's equipment billings rose to US$6.7 billion in Q3 2024.",
  L("rose", "direction", "supported", SMC("Taiwan", "2024Q3", "2024Q2"), gt(0)),
  L("US$6.7 billion", "amount", "contradicted", SM("2024Q3", "Taiwan"), rb("6.7")))
S(DQ, "Korea's tool spending in 2024 (US$20.5 billion) was more than double 2019's US$9.97 billion.",
  L("US$20.5 billion", "amount", "supported", SM("2024", "Korea"), rb("20.5")),
  L("more than double", "multiple", "supported", SMC("Korea", "2024", "2019"), gt(100)),
  L("US$9.97 billion", "amount", "supported", SM("2019", "Korea"), rb("9.97")))
S("2020-04-10", "Taiwan took nearly 29% of 2019 global equipment billings.",
  L("nearly 29%", "share", "supported", SMS("2019", "Taiwan"), nr(29)))
S("2023-12-05", "China's equipment billings nearly doubled in Q3 2023 YoY.",
  L("nearly doubled", "multiple", "contradicted", SMC("China", "2023Q3", "2022Q3"), (90, 100)))
S("2024-04-10", "Global billings were US$92.6 billion in 2021 and US$107.6 billion in 2022; the 2023 total slipped to US$106.3 billion.",
  L("US$92.6 billion", "amount", "contradicted", SM("2021", "Total"), rb("92.6")),
  L("US$107.6 billion", "amount", "supported", SM("2022", "Total"), rb("107.6")),
  L("slipped", "direction", "supported", SMC("Total", "2023", "2022"), lt(0)),
  L("US$106.3 billion", "amount", "supported", SM("2023", "Total"), rb("106.3")))
S(DQ, "SEMI: China's 2020 equipment spending was US$24.5 billion.",
  L("US$24.5 billion", "amount", "contradicted", SM("2020", "China"), rb("24.5")))
S(DQ, "North America's billings in 2024: US$9.1 billion.",
  L("US$9.1 billion", "amount", "contradicted", SM("2024", "North America"), rb("9.1")))
S(DQ, "China's equipment billings exceeded US$10 billion in every quarter of 2024.",
  L("exceeded US$10 billion in every quarter", "amount", "consistent", SM("2024", "China")[1] + "; " + SM("2024Q2", "China")[1] + "; " + SM("2024Q3", "China")[1],
    note="2024Q1 and 2024Q4 not in the store; Q2 and Q3 above $10 bn and the annual $49.6 bn allow it"))

# ======================= transcribed releases =======================
S("2020-10-15", "Korea's semiconductor exports rose 11.9% YoY to US$9.6 billion in September, the ICT ministry said.",
  L("11.9%", "change", "supported", REP(KOR, ["value_as_printed", "yoy_as_printed"], period_label="Sep 2020", product_as_reported="semiconductors")),
  L("US$9.6 billion", "amount", "supported", REP(KOR, ["value_as_printed", "yoy_as_printed"], period_label="Sep 2020", product_as_reported="semiconductors")))
S("2019-07-15", "Korean chip exports dropped 25.3 percent in June to US$8.4 billion.",
  L("25.3 percent", "change", "supported", REP(KOR, ["value_as_printed", "yoy_as_printed"], period_label="Jun 2019", partner="World")),
  L("US$8.4 billion", "amount", "supported", REP(KOR, ["value_as_printed", "yoy_as_printed"], period_label="Jun 2019", partner="World")))
S("2020-10-05", "Taiwan's IC sector exports reached US$11.285 billion in August, up 20.4 percent.",
  L("US$11.285 billion", "amount", "supported", REP(MOF, ["value_as_printed", "change_as_printed"], period_label="Aug 2020", product_as_reported="integrated circuits (IC sector)")),
  L("up 20.4 percent", "change", "supported", REP(MOF, ["value_as_printed", "change_as_printed"], period_label="Aug 2020", product_as_reported="integrated circuits (IC sector)")))
S("2024-08-05", "Global chip sales hit US$149.9 billion in Q2 2024, +18.3% YoY and +6.5% QoQ, per SIA.",
  L("US$149.9 billion", "amount", "supported", REP(WSTS, ["value", "unit"], period="2024Q2", measure="sales_quarter")),
  L("+18.3% YoY", "change", "supported", REP(WSTS, ["value", "unit"], period="2024Q2", measure="yoy_pct")),
  L("+6.5% QoQ", "change", "supported", REP(WSTS, ["value", "unit"], period="2024Q2", measure="qoq_pct")))

# ======================= not trade / not checkable =======================
S(D, "Washington's proposed Section 232 tariff of 25% on imported semiconductors would start in Q1 2027.",
  L("25%", "not_trade", "not_checkable", NT("tariff rate")))
S(D, "TSMC plans capex of US$42 billion in 2026 and will start 2nm volume production at two fabs.",
  L("US$42 billion", "not_trade", "not_checkable", NT("company capex")),
  L("2nm", "not_trade", "not_checkable", NT("technology node")),
  L("two fabs", "not_trade", "not_checkable", NT("count of plants")))
S(D, "SK hynix's HBM revenue climbed to 12 trillion won in the quarter, up 40% QoQ by its own account.",
  L("12 trillion won", "not_trade", "not_checkable", NT("company revenue in won")),
  L("up 40% QoQ", "not_trade", "not_checkable", NT("company revenue growth")))
S(D, "Taiwan's chip trade with the US rose 26% last year.",
  L("rose 26%", "change", "not_checkable", "ambiguous: 'chip trade' names no flow or reporter (US imports of 854231 from Taiwan 2025 +26.5%, but Taiwan customs 2025 is Jan-Jul only)",
    note="ambiguous flow and product; Taiwan customs has no full 2025"))
S(D, "Japan's chip exports rose to 5.2 trillion yen, the finance ministry said.",
  L("5.2 trillion yen", "amount", "not_checkable", "another currency (JPY); store holds USD values only"))
S(D, "DRAM contract prices rose 18% MoM in June, according to TrendForce.",
  L("18%", "not_trade", "not_checkable", NT("price index")))

# ======================= more: captions, mixed items =======================
LITHO = "china_lithography_imports_transcribed/china_lithography_equipment_imports_transcribed.csv"
S(D25, "Chart 4 caption: Taiwan's IC exports to Thailand, 2024 — US$3.4 billion (2023: US$2.4 billion).",
  L("US$3.4 billion", "amount", "contradicted", TW("Thailand", 2024), rb("3.4")),
  L("US$2.4 billion", "amount", "supported", TW("Thailand", 2023), rb("2.4")))
S(D, "Korea's chip exports in June came to 14.1 trillion won, the trade ministry said.",
  L("14.1 trillion won", "amount", "not_checkable", "another currency (KRW); no Korean won figures in the store"))
S(D, "Hynix's new M15X fab will employ 3,000 people and make 1c DRAM on a 10nm-class process.",
  L("3,000 people", "not_trade", "not_checkable", NT("employment count")),
  L("10nm-class", "not_trade", "not_checkable", NT("technology node")))
S("2024-02-01", "The Netherlands shipped 40 lithography machines to China in 2019, Chinese customs figures show.",
  L("40 lithography machines", "count", "supported", REP(LITHO, ["value_as_printed", "unit"], period_label="2019", measure="import_units")))
S(D, "US tariffs on Chinese semiconductors doubled to 50% in 2025 under Section 301.",
  L("doubled", "not_trade", "not_checkable", NT("tariff rate change")),
  L("50%", "not_trade", "not_checkable", NT("tariff rate")))
S(D, "Roughly 30% of the memory frontloading will unwind in H2, the consultancy reckons.",
  L("Roughly 30%", "not_trade", "not_checkable", NT("forecast share, no data for H2 2026")))
S(D, "US imports of memory chips from Taiwan were US$271 million in July 2026, more than six times the year-earlier level.",
  L("US$271 million", "amount", "supported", K("TW", 854232, "2026-07"), rb("271", 1e-3)),
  L("more than six times", "multiple", "supported", KM("TW", 854232, "2026-07", "2025-07"), gt(6)))
S(D, "Korea's memory shipments to the US fell 20% MoM in July 2026.",
  L("fell 20% MoM", "change", "contradicted", KC("KR", 854232, "2026-07", "2026-06"), rb("-20")))
S(D25, "Taiwan's IC exports to the US in 2023: US$5.5 billion.",
  L("US$5.5 billion", "amount", "contradicted", TW("US", 2023), rb("5.5")))
S("2024-04-10", "China's 2023 equipment billings came to US$36.6 billion, per SEMI.",
  L("US$36.6 billion", "amount", "consistent",
    SM("2023Q1", "China")[1] + "; " + SM("2023Q2", "China")[1] + "; " + SM("2023Q3", "China")[1],
    note="no 2023 annual China figure or 2023Q4 in the store; Q1-Q3 sum to $24.47 bn, so the claim is possible, not provable"))
S(D25, "Taiwan's IC exports to Vietnam hit a record in 2024.",
  L("a record", "record", "consistent", TWREC("Vietnam", 2024), note="highest full year of 2013..2024; series starts 2013"))
S(D, "US imports of Japanese memory chips hit an all-time high of US$241 million in June 2026.",
  L("an all-time high", "record", "consistent", KREC("Japan", 854232, "2026-06"), note="highest of a series starting 2016-11"),
  L("US$241 million", "amount", "supported", K("Japan", 854232, "2026-06"), rb("241", 1e-3)))
S(D25, "Taiwan's January–July 2025 IC exports to the Philippines were about US$1.0 billion.",
  L("about US$1.0 billion", "amount", "supported", TW("Philippines", 2025), ab(1.0)))


# =====================================================================================
ARTICLES: list[dict] = []


def A(aid, date, text, labels):
    ARTICLES.append({"id": aid, "date": date, "text": text, "labels": labels})


A("a1", "2026-09-15", """# Frontloading Watch, 3Q26 client memo: processors +24%, memories 2.9x in 1H26

Summary for clients. US customs data through July 2026 show two different stories. Processors and controllers (HS 854231) are growing steadily; memories (HS 854232) are in a surge that looks like classic tariff frontloading ahead of the Section 232 decision.

Key figures:
- 1H26 processor imports, all partners: US$19.1 billion.
- 1H26 memory imports: US$3.27 billion, almost triple the US$1.1 billion of 1H25.
- July 2026: processors US$2.84 billion (MoM -14%), memories US$749 million (MoM -35%).

Taiwan is the centre of gravity. Its processor shipments to the US in the first seven months were US$9.1 billion, 69% more than a year earlier, and its share of US processor imports rose to 41%. Malaysia fell to US$3.65 billion (-18%), and Vietnam, at US$1.01 billion, rose 89%.

Memory is where frontloading is clearest. Korea's memory shipments to the US were US$1.51 billion in January–July, 4.7x the year-earlier level, and Taiwan's were US$1.44 billion (2.4x).

China is the exception. US processor imports from China fell 12% YoY in the first seven months to US$379 million, while memory imports from China, at US$89 million, were up 62%.

What to watch in Q4: a possible 25% tariff on chips, DRAM contract prices (up 15-20% QoQ per trade press), and whether 2 nm capacity in Arizona comes online. We assume H2 processor imports of US$18-20 billion.
""", [
    L("+24%", "change", "supported", KC("World", 854231, "H1-2026", "H1-2025"), rb("24")),
    L("2.9x", "multiple", "supported", KM("World", 854232, "H1-2026", "H1-2025"), rb("2.9")),
    L("US$19.1 billion", "amount", "supported", K("World", 854231, "H1-2026"), rb("19.1")),
    L("US$3.27 billion", "amount", "supported", K("World", 854232, "H1-2026"), rb("3.27")),
    L("almost triple", "multiple", "supported", KM("World", 854232, "H1-2026", "H1-2025"), nr(3)),
    L("US$1.1 billion", "amount", "supported", K("World", 854232, "H1-2025"), rb("1.1")),
    L("US$2.84 billion", "amount", "supported", K("World", 854231, "2026-07"), rb("2.84")),
    L("MoM -14%", "change", "supported", KC("World", 854231, "2026-07", "2026-06"), rb("-14")),
    L("US$749 million", "amount", "supported", K("World", 854232, "2026-07"), rb("749", 1e-3)),
    L("MoM -35%", "change", "contradicted", KC("World", 854232, "2026-07", "2026-06"), rb("-35")),
    L("US$9.1 billion", "amount", "supported", K("TW", 854231, "2026-01:2026-07"), rb("9.1")),
    L("69% more", "change", "supported", KC("TW", 854231, "2026-01:2026-07", "2025-01:2025-07"), rb("69")),
    L("41%", "share", "supported", KS("TW", 854231, "2026-01:2026-07"), rb("41")),
    L("US$3.65 billion", "amount", "supported", K("Malaysia", 854231, "2026-01:2026-07"), rb("3.65")),
    L("-18%", "change", "contradicted", KC("Malaysia", 854231, "2026-01:2026-07", "2025-01:2025-07"), rb("-18")),
    L("US$1.01 billion", "amount", "supported", K("VN", 854231, "2026-01:2026-07"), rb("1.01")),
    L("rose 89%", "change", "supported", KC("VN", 854231, "2026-01:2026-07", "2025-01:2025-07"), rb("89")),
    L("US$1.51 billion", "amount", "supported", K("KR", 854232, "2026-01:2026-07"), rb("1.51")),
    L("4.7x", "multiple", "supported", KM("KR", 854232, "2026-01:2026-07", "2025-01:2025-07"), rb("4.7")),
    L("US$1.44 billion", "amount", "supported", K("TW", 854232, "2026-01:2026-07"), rb("1.44")),
    L("2.4x", "multiple", "contradicted", KM("TW", 854232, "2026-01:2026-07", "2025-01:2025-07"), rb("2.4")),
    L("fell 12%", "change", "contradicted", KC("China", 854231, "2026-01:2026-07", "2025-01:2025-07"), rb("-12")),
    L("US$379 million", "amount", "supported", K("China", 854231, "2026-01:2026-07"), rb("379", 1e-3)),
    L("US$89 million", "amount", "supported", K("China", 854232, "2026-01:2026-07"), rb("89", 1e-3)),
    L("up 62%", "change", "supported", KC("China", 854232, "2026-01:2026-07", "2025-01:2025-07"), rb("62")),
    L("25%", "not_trade", "not_checkable", NT("tariff rate")),
    L("15-20%", "not_trade", "not_checkable", NT("DRAM contract price change")),
    L("2 nm", "not_trade", "not_checkable", NT("technology node")),
    L("US$18-20 billion", "amount", "not_checkable", "forecast for H2 2026: Aug-Dec 2026 not in the store", note="assumption about the future"),
])

A("a2", "2026-09-05", """# "Memory to America" up 4.7-fold... Korea's June shipments of US$373 million highest ever

SEOUL — Korean memory semiconductors flowing to the United States have grown 4.7 times in the first seven months of this year, US import statistics show. 1.51 billion dollars is the January–July amount, against 322 million dollars a year earlier.

By month, June was the peak of the year. 373 million dollars of Korean memories entered the US that month, 3.8 times June of last year, while July's 328 million dollars was 5.4 times the same month a year ago.

Industry officials cite frontloading ahead of a US tariff of up to 25 percent. Samsung Electronics and SK hynix earned a combined 31 trillion won in operating profit in the second quarter.

Korean system semiconductors (processors and controllers) also recovered. US imports of them were 696 million dollars in January–July, more than double a year ago, and the July figure of 156 million dollars was the largest since at least 2017. In 2025, by contrast, they had shrunk 34%.

Korea's memory sales to the US now exceed Taiwan's (1.44 billion dollars) and Japan's (591 million dollars) for the seven months.

In the global market, Korea was the fifth-largest exporter of integrated circuits in 2023 with 86.1 billion dollars, a 9% share, behind Hong Kong, Taiwan, mainland China and Singapore. Its exports fell 24% that year.

In 2024 they recovered to 120.2 billion dollars, up 52%, according to UN data.
""", [
    L("4.7-fold", "multiple", "supported", KM("KR", 854232, "2026-01:2026-07", "2025-01:2025-07"), rb("4.7")),
    L("US$373 million", "amount", "supported", K("KR", 854232, "2026-06"), rb("373", 1e-3)),
    L("highest ever", "record", "consistent", KREC("KR", 854232, "2026-06"), note="highest of the whole series (from 2016-11)"),
    L("4.7 times", "multiple", "supported", KM("KR", 854232, "2026-01:2026-07", "2025-01:2025-07"), rb("4.7")),
    L("1.51 billion dollars", "amount", "supported", K("KR", 854232, "2026-01:2026-07"), rb("1.51")),
    L("322 million dollars", "amount", "supported", K("KR", 854232, "2025-01:2025-07"), rb("322", 1e-3)),
    L("the peak of the year", "record", "supported", KREC("KR", 854232, "2026-06"), note="bounded to 2026: June is the highest of Jan-Jul 2026"),
    L("373 million dollars", "amount", "supported", K("KR", 854232, "2026-06"), rb("373", 1e-3)),
    L("3.8 times", "multiple", "contradicted", KM("KR", 854232, "2026-06", "2025-06"), rb("3.8")),
    L("328 million dollars", "amount", "supported", K("KR", 854232, "2026-07"), rb("328", 1e-3)),
    L("5.4 times", "multiple", "supported", KM("KR", 854232, "2026-07", "2025-07"), rb("5.4")),
    L("up to 25 percent", "not_trade", "not_checkable", NT("tariff rate")),
    L("31 trillion won", "not_trade", "not_checkable", NT("company profit in won")),
    L("696 million dollars", "amount", "contradicted", K("KR", 854231, "2026-01:2026-07"), rb("696", 1e-3)),
    L("more than double", "multiple", "supported", KM("KR", 854231, "2026-01:2026-07", "2025-01:2025-07"), gt(2)),
    L("156 million dollars", "amount", "supported", K("KR", 854231, "2026-07"), rb("156", 1e-3)),
    L("the largest since at least 2017", "record", "supported", KREC("KR", 854231, "2026-07"), note="bounded: all months 2016-11..2026-06 lower"),
    L("shrunk 34%", "change", "supported", KC("KR", 854231, "2025", "2024"), rb("-34")),
    L("exceed", "rank", "supported", K2("KR", "TW", 854232, "2026-01:2026-07"), gt(1), note="Korea vs Taiwan and Japan, all in the store"),
    L("1.44 billion dollars", "amount", "supported", K("TW", 854232, "2026-01:2026-07"), rb("1.44")),
    L("591 million dollars", "amount", "supported", K("Japan", 854232, "2026-01:2026-07"), rb("591", 1e-3)),
    L("the fifth-largest exporter", "rank", "supported", WRANK("Rep. of Korea", 2023), eq(5)),
    L("86.1 billion dollars", "amount", "supported", W("Rep. of Korea", 2023), rb("86.1")),
    L("a 9% share", "share", "supported", WS("Rep. of Korea", 2023), rb("9")),
    L("fell 24%", "change", "supported", WC("Rep. of Korea", 2023, 2022), rb("-24")),
    L("120.2 billion dollars", "amount", "supported", W("Rep. of Korea", 2024), rb("120.2")),
    L("up 52%", "change", "contradicted", WC("Rep. of Korea", 2024, 2023), rb("52")),
])

A("a3", "2025-09-10", """# Taiwan IC exports Jan–Jul US$109.8 billion; Hong Kong overtakes mainland as No. 1

TAIPEI — According to Ministry of Finance customs statistics, from January to July this year Taiwan exported integrated circuits worth US$109.8 billion. Of this, Hong Kong took US$29.5 billion and mainland China US$27.3 billion, so Hong Kong ranked first.

Combined, the two markets accounted for 51.8% of the seven-month total, compared with 51.7% for the whole of last year.

The US market is growing fastest. Exports to the US were US$4.77 billion in the seven months, already nearly two-thirds of last year's full-year US$7.4 billion.

Last year, exports to the US more than doubled (+112%), Mexico nearly tripled, and India grew 53%. By contrast, Japan dropped 23% to US$10.4 billion and the Philippines fell 37%.

In 2024 the top five destinations were mainland China (US$48.5 billion), Hong Kong (US$36.8 billion), Singapore (US$21.0 billion), Korea (US$15.4 billion) and Japan (US$10.4 billion).

Among other destinations, Singapore took US$15.2 billion in January–July, Malaysia US$8.3 billion and Vietnam US$3.76 billion.

The ministry expects full-year exports of all goods to exceed NT$15 trillion, even with a 20% US reciprocal tariff on Taiwanese goods.
""", [
    L("US$109.8 billion", "amount", "supported", TW(None, 2025), rb("109.8")),
    L("No. 1", "rank", "supported", TWRANK("Hong Kong", 2025), eq(1)),
    L("US$109.8 billion", "amount", "supported", TW(None, 2025), rb("109.8"), occ=2),
    L("US$29.5 billion", "amount", "supported", TW("Hong Kong", 2025), rb("29.5")),
    L("US$27.3 billion", "amount", "supported", TW("China", 2025), rb("27.3")),
    L("ranked first", "rank", "supported", TWRANK("Hong Kong", 2025), eq(1)),
    L("51.8%", "share", "supported", TWS(["China", "Hong Kong"], 2025), rb("51.8")),
    L("51.7%", "share", "supported", TWS(["China", "Hong Kong"], 2024), rb("51.7")),
    L("US$4.77 billion", "amount", "supported", TW("US", 2025), rb("4.77")),
    L("nearly two-thirds", "share", "supported",
      (T.tw("US", 2025) / T.tw("US", 2024) * 100, f"Taiwan customs 8542 to US: 2025 Jan-Jul ${T.tw('US', 2025)/1e9:.3f} bn / 2024 ${T.tw('US', 2024)/1e9:.3f} bn = {T.tw('US', 2025)/T.tw('US', 2024)*100:.1f}%"),
      nr(66.7)),
    L("US$7.4 billion", "amount", "supported", TW("US", 2024), rb("7.4")),
    L("more than doubled", "multiple", "supported", TWM("US", 2024, 2023), gt(2)),
    L("+112%", "change", "supported", TWC("US", 2024, 2023), rb("112")),
    L("nearly tripled", "multiple", "supported", TWM("Mexico", 2024, 2023), nr(3)),
    L("grew 53%", "change", "supported", TWC("India", 2024, 2023), rb("53")),
    L("dropped 23%", "change", "contradicted", TWC("Japan", 2024, 2023), rb("-23")),
    L("US$10.4 billion", "amount", "supported", TW("Japan", 2024), rb("10.4")),
    L("fell 37%", "change", "supported", TWC("Philippines", 2024, 2023), rb("-37")),
    L("the top five destinations", "rank", "supported", TWRANK("Japan", 2024), eq(5), note="order China, HK, Singapore, Korea, Japan as listed"),
    L("US$48.5 billion", "amount", "supported", TW("China", 2024), rb("48.5")),
    L("US$36.8 billion", "amount", "supported", TW("Hong Kong", 2024), rb("36.8")),
    L("US$21.0 billion", "amount", "supported", TW("Singapore", 2024), rb("21.0")),
    L("US$15.4 billion", "amount", "contradicted", TW("Korea", 2024), rb("15.4")),
    L("US$10.4 billion", "amount", "supported", TW("Japan", 2024), rb("10.4"), occ=2),
    L("US$15.2 billion", "amount", "contradicted", TW("Singapore", 2025), rb("15.2")),
    L("US$8.3 billion", "amount", "supported", TW("Malaysia", 2025), rb("8.3")),
    L("US$3.76 billion", "amount", "supported", TW("Vietnam", 2025), rb("3.76")),
    L("NT$15 trillion", "amount", "not_checkable", "another currency (TWD) and all goods; forecast"),
    L("20%", "not_trade", "not_checkable", NT("tariff rate")),
])

A("a4", "2025-04-20", """# China absorbs 42% of world chip tools; US chip sales to China rebound over 40%

SEMI figures show that China's purchases of semiconductor manufacturing equipment in 2024 were US$49.6 billion, 42% of the global total of US$117.1 billion. Korea spent US$20.5 billion and Taiwan US$16.6 billion.

In 2020 China's share was 26%, so it has risen by 16 points in four years. Korea's 2024 spending was triple its 2019 figure (US$9.97 billion), and Taiwan's US$16.6 billion was 15% above the 2019 level.

On the trade side, according to UN Comtrade data reported by China, imports of integrated circuits from the US in 2024 were US$11.75 billion, a rebound of more than 40% from 2023's US$8.31 billion, which was the lowest level in 11 years.

Even so, the 2024 level is 25% below the 2021 peak of US$15.73 billion.

China's customs (GACC) said total IC imports in 2024 were US$385 billion, up 10.4%, covering 549.2 billion units.

In global exports, Hong Kong (US$219.8 billion), mainland China (US$179.7 billion) and Korea (US$120.2 billion) led in 2024, although only 86 economies have reported so far.

Tokyo Electron booked orders of ¥2.4 trillion, and the Japanese government has allocated ¥3.9 trillion in chip subsidies since 2021.
""", [
    L("42%", "share", "supported", SMS("2024", "China"), rb("42")),
    L("over 40%", "change", "supported", CNC(2024, 2023), gt(40)),
    L("US$49.6 billion", "amount", "supported", SM("2024", "China"), rb("49.6")),
    L("42%", "share", "supported", SMS("2024", "China"), rb("42"), occ=2),
    L("US$117.1 billion", "amount", "supported", SM("2024", "Total"), rb("117.1")),
    L("US$20.5 billion", "amount", "supported", SM("2024", "Korea"), rb("20.5")),
    L("US$16.6 billion", "amount", "supported", SM("2024", "Taiwan"), rb("16.6")),
    L("26%", "share", "supported", SMS("2020", "China"), rb("26")),
    L("16 points", "change", "supported",
      (T.semi("2024", "China") / T.semi("2024", "Total") * 100 - T.semi("2020", "China") / T.semi("2020", "Total") * 100,
       SMS("2024", "China")[1] + " minus " + SMS("2020", "China")[1]), rb("16")),
    L("triple", "multiple", "contradicted", SMC("Korea", "2024", "2019"), (185, 215)),
    L("US$9.97 billion", "amount", "supported", SM("2019", "Korea"), rb("9.97")),
    L("US$16.6 billion", "amount", "supported", SM("2024", "Taiwan"), rb("16.6"), occ=2),
    L("15% above", "change", "contradicted", SMC("Taiwan", "2024", "2019"), rb("15")),
    L("US$11.75 billion", "amount", "supported", CN(2024), rb("11.75")),
    L("more than 40%", "change", "supported", CNC(2024, 2023), gt(40)),
    L("US$8.31 billion", "amount", "supported", CN(2023), rb("8.31")),
    L("the lowest level in 11 years", "record", "supported", CNREC(2023), note="2013..2022 all higher; 2012 lower"),
    L("25% below", "change", "supported", CNC(2024, 2021), rb("-25")),
    L("the 2021 peak", "record", "consistent", CNREC(2021), note="highest of 2010..2024"),
    L("US$15.73 billion", "amount", "supported", CN(2021), rb("15.73")),
    L("US$385 billion", "amount", "supported", REP(GACC, ["value", "unit", "yoy_pct"], period_label="2024", measure="import_value")),
    L("up 10.4%", "change", "supported", REP(GACC, ["value", "unit", "yoy_pct"], period_label="2024", measure="import_value")),
    L("549.2 billion units", "amount", "supported", REP(GACC, ["value", "unit", "yoy_pct"], period_label="2024", measure="import_quantity")),
    L("US$219.8 billion", "amount", "supported", W("China, Hong Kong SAR", 2024), rb("219.8")),
    L("US$179.7 billion", "amount", "contradicted", W("China", 2024), rb("179.7")),
    L("US$120.2 billion", "amount", "supported", W("Rep. of Korea", 2024), rb("120.2")),
    L("led", "rank", "consistent", WRANK("Rep. of Korea", 2024), note="top three of the 86 reporters of 2024; Singapore and Taiwan missing"),
    L("86 economies", "count", "supported", (float((T.wld().refYear == "2024").sum()), f"Comtrade 8542 exports to World 2024: {(T.wld().refYear == '2024').sum()} reporter rows"), eq(86)),
    L("¥2.4 trillion", "not_trade", "not_checkable", NT("company orders in yen")),
    L("¥3.9 trillion", "not_trade", "not_checkable", NT("government subsidies in yen")),
])


# =====================================================================================
def find_nth(text, quote, n):
    i = -1
    for _ in range(n):
        i = text.find(quote, i + 1)
        if i < 0:
            return -1
    return i


def validate(items, where):
    errs = []
    for it in items:
        for lab in it["labels"]:
            if lab["kind"] not in KINDS:
                errs.append(f"{where} {it['id']}: bad kind {lab['kind']}")
            if lab["verdict"] not in VERDICTS:
                errs.append(f"{where} {it['id']}: bad verdict {lab['verdict']}")
            if find_nth(it["text"], lab["quote"], lab["occurrence"]) < 0:
                errs.append(f"{where} {it['id']}: quote {lab['quote']!r} occurrence {lab['occurrence']} not found")
        # same (quote, occurrence) twice
        keys = Counter((l["quote"], l["occurrence"]) for l in it["labels"])
        for k, n in keys.items():
            if n > 1:
                errs.append(f"{where} {it['id']}: duplicate label {k}")
    return errs


def main():
    errs = validate(P, "sentences") + validate(ARTICLES, "articles")
    ids = [p["id"] for p in P] + [a["id"] for a in ARTICLES]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for p in P:
        n = len(re.findall(r"[.!?](\s|$)", p["text"]))
        if not 1 <= n <= 3:
            errs.append(f"{p['id']}: {n} sentences")
    for a in ARTICLES:
        paras = [x for x in a["text"].split("\n\n")[1:] if x.strip()]
        if not 5 <= len(paras) <= 9 or not 15 <= len(a["labels"]) <= 40:
            errs.append(f"{a['id']}: {len(paras)} paragraphs, {len(a['labels'])} labels")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    with open(HERE / "sentences.jsonl", "w", encoding="utf-8") as f:
        for p in P:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    (HERE / "articles").mkdir(exist_ok=True)
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in ARTICLES:
            (HERE / "articles" / f"{a['id']}.md").write_text(a["text"], encoding="utf-8")
            f.write(json.dumps({"id": a["id"], "file": f"articles/{a['id']}.md", "date": a["date"],
                                "labels": a["labels"]}, ensure_ascii=False) + "\n")
    sl = [l for p in P for l in p["labels"]]
    al = [l for a in ARTICLES for l in a["labels"]]
    print(f"passages {len(P)} ({len(sl)} labels), articles {len(ARTICLES)} ({len(al)} labels: "
          + ", ".join(f"{a['id']} {len(a['labels'])}" for a in ARTICLES) + ")")
    allv = Counter(l["verdict"] for l in sl + al)
    tot = sum(allv.values())
    print(f"labels {tot}: " + ", ".join(f"{v} {allv[v]} ({allv[v]/tot*100:.0f}%)" for v in ["supported", "contradicted", "consistent", "not_checkable"]))
    for name, ls in (("passages", sl), ("articles", al)):
        c = Counter(l["verdict"] for l in ls)
        print(f"  {name}: " + ", ".join(f"{v} {c[v]}" for v in ["supported", "contradicted", "consistent", "not_checkable"]))
    print("by kind: " + ", ".join(f"{k} {n}" for k, n in Counter(l["kind"] for l in sl + al).most_common()))
    if WARN:
        print("SELF-CHECK WARNINGS:")
        print("\n".join(WARN))


if __name__ == "__main__":
    if "--truths" in sys.argv:
        for it in P + ARTICLES:
            for l in it["labels"]:
                print(it["id"], l["verdict"][:4], repr(l["quote"]), "|", l["truth"])
    main()
