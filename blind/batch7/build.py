"""Build blind batch 7: texts and verdicts by hand, figures from pandas look-ups of the raw files.

Why: every supported/contradicted label carries the claimed interval and the data's figure, and
the build asserts the hand verdict against them, so a slip in labelling fails the build.
Run from the repository root (or anywhere with blind/truth.py importable): python build.py
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for cand in (HERE.parent, Path("/work/main/blind")):
    if (cand / "truth.py").exists():
        sys.path.insert(0, str(cand))
        break
import truth as t  # noqa: E402

INF = math.inf
B = 1e9
M = 1e6
KF = "comtrade_monthly_semis_kazookat.csv"
TWF = "taiwan_exports_by_country_2013_2025.csv"
GACC = "gacc_ic_imports_headline_transcribed/china_ic_imports_headline_figures.csv"
KOR = "korea_semiconductor_exports_transcribed/korea_semiconductor_exports_transcribed.csv"
WSTS = "wsts_sia_transcribed/wsts_sia_monthly_sales_and_regional_growth.csv"
NAME = {"TW": "Other Asia, nes", "KR": "Rep. of Korea", "VN": "Viet Nam"}


# ---------- look-ups returning (value, truth text) ----------
def us(p: str, cmd: int, a: str, b: str | None = None, unit: float = B) -> tuple[float, str]:
    b = b or a
    v = t.k("USA", p, cmd, t.months(a, b))
    return (
        v / unit,
        f"{KF}: USA imports M, partner {NAME.get(p, p)}, cmd {cmd}, sum value_usd {a}..{b} = {v:,.0f} USD",
    )


def us_ratio(p: str, cmd: int, a: str, b: str, c: str, d: str) -> tuple[float, str]:
    x, tx = us(p, cmd, a, b)
    y, ty = us(p, cmd, c, d)
    return x / y, f"{tx}; {ty}; ratio {x / y:.3f}"


def us_chg(p: str, cmd: int, a: str, b: str, c: str, d: str) -> tuple[float, str]:
    r, tx = us_ratio(p, cmd, a, b, c, d)
    return (r - 1) * 100, tx + f"; change {(r - 1) * 100:.1f}%"


def tw(dest: str | None, y: int) -> tuple[float, str]:
    v = t.tw(dest, y)
    return (
        v / B,
        f"{TWF}: Taiwan 8542 exports to {dest or 'all destinations (World)'} {y}, sum of 11-digit lines = {v:,.0f} USD",
    )


def tw_chg(dest: str | None, y1: int, y0: int) -> tuple[float, str]:
    a, ta = tw(dest, y1)
    b, tb = tw(dest, y0)
    return (a / b - 1) * 100, f"{ta}; {tb}; change {(a / b - 1) * 100:.1f}%"


def tw_share(dest: str | list[str], y: int) -> tuple[float, str]:
    ds = [dest] if isinstance(dest, str) else dest
    a = sum(t.tw(d, y) for d in ds)
    w = t.tw(None, y)
    return (
        a / w * 100,
        f"{TWF}: {y} exports to {'+'.join(ds)} {a:,.0f} / all destinations {w:,.0f} USD = {a / w * 100:.1f}%",
    )


def wd(rep: str | None, y: int) -> tuple[float, str]:
    v = t.world(rep, y)
    return (
        v / B,
        f"ic_exports_world_HS8542_raw.csv: {y} 8542 exports to World, reporter {rep or 'all reporters summed'} = {v:,.0f} USD",
    )


def cn(y: int) -> tuple[float, str]:
    v = t.china_from_us(y)
    return (
        v / B,
        f"china_imports_from_usa_hs8542_annual: refYear {y}, partner2Code 0 row, primaryValue {v:,.0f} USD",
    )


def semi(p: str, r: str) -> tuple[float, str]:
    v = t.semi(p, r)
    return v, f"semi_equipment_billings_by_region.csv: period {p}, region {r}, billings {v} USD bn"


def rep(f: str, col: str, **m: str) -> tuple[float, str]:
    row = t.reported(f, **m)[0]
    return float(row[col].strip("+%").split("%")[0].split(" ")[0]), f"{f}: row {m}, {col} = {row[col]}"


# ---------- intervals ----------
def r(x: float, step: float) -> tuple[float, float]:
    return (x - step / 2, x + step / 2)


def about(x: float) -> tuple[float, float]:
    return (x * 0.95, x * 1.05)


def over(x: float) -> tuple[float, float]:
    return (x, INF)


def nearly(x: float) -> tuple[float, float]:
    return (x * 0.95, x)


def under(x: float) -> tuple[float, float]:
    return (-INF, x)


# ---------- labels ----------
def L(quote, kind, verdict, truth="", note="", iv=None, val=None, pts=False, occ=1):
    if verdict in ("supported", "contradicted"):
        lo, hi = iv
        if verdict == "supported":
            assert lo <= val <= hi, (quote, lo, val, hi)
        elif pts:
            assert val < lo - 3 or val > hi + 3, (quote, lo, val, hi)
        else:
            assert val < lo / 1.08 or val > hi * 1.08, (quote, lo, val, hi)
        note = (note + " " if note else "") + f"claimed [{lo:.4g}, {hi:.4g}], data {val:.4g}"
    return {"quote": quote, "occurrence": occ, "kind": kind, "verdict": verdict, "truth": truth, "note": note}


def S(kind, quote, lookup, iv, verdict="supported", pts=False, occ=1, note=""):
    val, tr = lookup
    return L(quote, kind, verdict, tr, note, iv, val, pts, occ)


def NC(quote, kind, note, occ=1):
    return L(quote, kind, "not_checkable", "", note, occ=occ)


def CO(quote, kind, truth, note, occ=1):
    return L(quote, kind, "consistent", truth, note, occ=occ)


def series_max(p: str, cmd: int, a: str, b: str) -> tuple[float, str]:
    d = t.kaz()
    s = (
        d[(d.reporter == "USA") & (d.partner == NAME.get(p, p)) & (d.cmd_code == cmd)]
        .set_index("date")
        .value_usd
    )
    s = s[(s.index >= a) & (s.index <= b + "-31")]
    return (
        float(s.max()),
        f"{KF}: USA imports partner {NAME.get(p, p)} cmd {cmd}, max over {s.index.min()[:7]}..{s.index.max()[:7]} = {s.idxmax()[:7]} {s.max():,.0f} USD",
    )


def is_max(p, cmd, month, a="2016-11", b=None):
    v, tr = us(p, cmd, month, unit=1)
    mx, tm = series_max(p, cmd, a, b or month)
    assert v == mx, (p, cmd, month)
    return tr + "; " + tm


def is_min(p, cmd, month, a):
    d = t.kaz()
    s = (
        d[(d.reporter == "USA") & (d.partner == NAME.get(p, p)) & (d.cmd_code == cmd)]
        .set_index("date")
        .value_usd
    )
    s = s[(s.index >= a) & (s.index <= month + "-31")]
    assert s.idxmin()[:7] == month, (p, cmd, month, s.idxmin())
    return (
        1.0,
        f"{KF}: USA imports partner {NAME.get(p, p)} cmd {cmd}: {month} {s.min():,.0f} USD is the minimum of {len(s)} months {s.index.min()[:7]}..{month}",
    )


def yoy_streak(p, cmd, end, n):
    """True when each of the n months to end exceeds the same month a year earlier, and month n+1 did not."""
    ms = t.months("2016-11", end)
    vals = {m: t.k("USA", p, cmd, [m]) for m in ms}
    ok = []
    for m in ms[::-1]:
        prev = f"{int(m[:4]) - 1}{m[4:]}"
        if prev not in vals:
            break
        ok.append(vals[m] > vals[prev])
    run = 0
    for x in ok:
        if not x:
            break
        run += 1
    return (
        float(run),
        f"{KF}: USA imports partner {NAME.get(p, p)} cmd {cmd}: months to {end} above the same month a year earlier, consecutive run = {run}",
    )


def kor(cmd: int, a: str, b: str | None = None) -> tuple[float, str]:
    b = b or a
    v = t.k("KOR", "World", cmd, t.months(a, b))
    return v / B, f"{KF}: KOR exports X to World, cmd {cmd}, sum value_usd {a}..{b} = {v:,.0f} USD"


def kor_max(cmd: int, month: str) -> str:
    d = t.kaz()
    s = d[(d.reporter == "KOR") & (d.cmd_code == cmd)].set_index("date").value_usd
    assert s.idxmax()[:7] == month, s.idxmax()
    return f"{KF}: KOR exports cmd {cmd}, max of {len(s)} months {s.index.min()[:7]}..{s.index.max()[:7]} = {month} {s.max():,.0f} USD"


def pair(x: tuple[float, str], y: tuple[float, str], how: str = "ratio") -> tuple[float, str]:
    v = x[0] / y[0] if how == "ratio" else (x[0] / y[0] - 1) * 100 if how == "chg" else x[0] / y[0] * 100
    return v, f"{x[1]}; {y[1]}; {how} {v:.3f}"


LITHO = "china_lithography_imports_transcribed/china_lithography_equipment_imports_transcribed.csv"


def litho(label: str) -> tuple[float, str]:
    return rep(LITHO, "value_as_printed", period_label=label, partner="Netherlands", measure="import_units")


# ---------- passages ----------
P: list[dict] = []


def add(date, text, *labels):
    P.append({"id": f"s{len(P) + 1:02d}", "date": date, "text": text, "labels": list(labels)})


D = "2026-08-21"
P231 = 854231
M232 = 854232

add(
    D,
    "US imports of processors and controllers from Taiwan came to $10.2 billion in 2025, up about 26% on the year before, Comtrade data show.",
    S("amount", "$10.2 billion", us("TW", P231, "2025-01", "2025-12"), r(10.2, 0.1)),
    S(
        "change",
        "up about 26%",
        us_chg("TW", P231, "2025-01", "2025-12", "2024-01", "2024-12"),
        (24.7, 27.3),
        pts=True,
    ),
)
add(
    D,
    "Shipments from the island have nearly doubled. In the first quarter the US bought $4.3 billion of Taiwanese processors, against $2.2 billion a year earlier.",
    S(
        "multiple",
        "nearly doubled",
        us_ratio("TW", P231, "2026-01", "2026-03", "2025-01", "2025-03"),
        (1.85, 2.0),
        note="Q1 2026 vs Q1 2025, the period given in the next sentence",
    ),
    S("amount", "$4.3 billion", us("TW", P231, "2026-01", "2026-03"), r(4.3, 0.1)),
    S("amount", "$2.2 billion", us("TW", P231, "2025-01", "2025-03"), r(2.2, 0.1)),
)
add(
    D,
    "In the first half of 2026 American buyers took in $8 billion worth of Taiwanese logic chips, a rise of 76% from the same period of 2025.",
    S("amount", "$8 billion", us("TW", P231, "2026-01", "2026-06"), r(8.0, 0.5)),
    S(
        "change",
        "a rise of 76%",
        us_chg("TW", P231, "2026-01", "2026-06", "2025-01", "2025-06"),
        r(76, 1),
        pts=True,
    ),
)
add(
    D,
    "January's $1.51 billion of processor imports from Taiwan was the largest monthly haul on record.",
    S("amount", "$1.51 billion", us("TW", P231, "2026-01"), r(1.51, 0.01)),
    CO(
        "the largest monthly haul on record",
        "record",
        is_max("TW", P231, "2026-01", b="2026-07"),
        "highest of the series (starts 2016-11): unbounded record",
    ),
)
add(
    D,
    "Over the past twelve months the United States imported some $13.9 billion of processors from Taiwan, about 41% more than in the previous twelve.",
    S(
        "amount",
        "some $13.9 billion",
        us("TW", P231, "2025-08", "2026-07"),
        r(13.9, 0.1),
        note="Aug 2025-Jul 2026, data to July",
    ),
    S(
        "change",
        "about 41% more",
        us_chg("TW", P231, "2025-08", "2026-07", "2024-08", "2025-07"),
        (39, 43),
        pts=True,
    ),
)
add(
    D,
    "US processor imports from Taiwan have now risen year on year for nine consecutive months.",
    S("streak", "nine consecutive months", yoy_streak("TW", P231, "2026-07", 9), (9, 9)),
)
add(
    D,
    "Memory-chip imports from South Korea more than quadrupled in the first half, to nearly $1.2 billion.",
    S(
        "multiple",
        "more than quadrupled",
        us_ratio("KR", M232, "2026-01", "2026-06", "2025-01", "2025-06"),
        over(4.0),
    ),
    S("amount", "nearly $1.2 billion", us("KR", M232, "2026-01", "2026-06"), nearly(1.2)),
)
add(
    D,
    "June alone brought $373 million of Korean memories into US ports, more than double May's level and an all-time high.",
    S("amount", "$373 million", us("KR", M232, "2026-06", unit=M), r(373, 1)),
    S(
        "multiple",
        "more than double",
        us_ratio("KR", M232, "2026-06", "2026-06", "2026-05", "2026-05"),
        over(2.0),
    ),
    CO(
        "an all-time high",
        "record",
        is_max("KR", M232, "2026-06", b="2026-07"),
        "highest of the series; unbounded",
    ),
)
add(
    D,
    "Total US memory imports reached $953 million in June, more than four times the $228 million of June 2025.",
    S("amount", "$953 million", us("World", M232, "2026-06", unit=M), r(953, 1)),
    S(
        "multiple",
        "more than four times",
        us_ratio("World", M232, "2026-06", "2026-06", "2025-06", "2025-06"),
        over(4.0),
    ),
    S("amount", "$228 million", us("World", M232, "2025-06", unit=M), r(228, 1)),
)
add(
    D,
    "Imports of memory chips have climbed from a year earlier for ten months running.",
    S("streak", "ten months running", yoy_streak("World", M232, "2026-07", 10), (10, 10)),
)
add(
    D,
    "By contrast, processors from Malaysia slumped to $203 million in June, the weakest month in more than nine years.",
    S("amount", "$203 million", us("Malaysia", P231, "2026-06", unit=M), r(203, 1)),
    S(
        "record",
        "the weakest month in more than nine years",
        is_min("Malaysia", P231, "2026-06", "2016-11"),
        (1, 1),
        note="min of all months since 2016-11 (9 years 7 months)",
    ),
)
add(
    D,
    "Malaysian processor shipments to the US more than halved between May and June.",
    S(
        "multiple",
        "more than halved",
        us_ratio("Malaysia", P231, "2026-06", "2026-06", "2026-05", "2026-05"),
        (0, 0.5),
    ),
)
add(
    "2026-02-15",
    "For 2025 as a whole, US purchases of Malaysian processors rose about 20% to $9.3 billion.",
    S(
        "change",
        "about 20%",
        us_chg("Malaysia", P231, "2025-01", "2025-12", "2024-01", "2024-12"),
        (19, 21),
        pts=True,
    ),
    S("amount", "$9.3 billion", us("Malaysia", P231, "2025-01", "2025-12"), r(9.3, 0.1)),
)
add(
    "2026-02-15",
    "America's processor imports from all sources hit $32.6 billion last year, up 15%.",
    S("amount", "$32.6 billion", us("World", P231, "2025-01", "2025-12"), r(32.6, 0.1)),
    S("change", "up 15%", us_chg("World", P231, "2025-01", "2025-12", "2024-01", "2024-12"), r(15, 1)),
)
add(
    "2026-02-15",
    "December's $3.85 billion was the highest monthly total on record.",
    S("amount", "$3.85 billion", us("World", P231, "2025-12"), r(3.85, 0.01)),
    CO(
        "the highest monthly total on record",
        "record",
        is_max("World", P231, "2025-12", b="2025-12"),
        "highest of the series; unbounded",
    ),
)
add(
    D,
    "Vietnam's processor sales to the US jumped 89% in the first seven months of the year to just over $1 billion.",
    S("change", "89%", us_chg("VN", P231, "2026-01", "2026-07", "2025-01", "2025-07"), r(89, 1), pts=True),
    S("amount", "just over $1 billion", us("VN", P231, "2026-01", "2026-07"), (1.0, 1.05)),
)
add(
    D,
    "Japanese memory chips bound for America have roughly tripled this year, to about $590 million through July.",
    S(
        "multiple",
        "roughly tripled",
        us_ratio("Japan", M232, "2026-01", "2026-07", "2025-01", "2025-07"),
        (2.85, 3.15),
    ),
    S("amount", "about $590 million", us("Japan", M232, "2026-01", "2026-07", unit=M), about(590)),
)
add(
    "2026-02-15",
    "Processor imports from China barely moved in 2025, edging up to about $870 million.",
    S("direction", "edging up", us_chg("China", P231, "2025-01", "2025-12", "2024-01", "2024-12"), (0, 5)),
    S("amount", "about $870 million", us("China", P231, "2025-01", "2025-12", unit=M), about(870)),
)
# contradicted US
add(
    D,
    "US processor imports from Taiwan totalled $12.5 billion in 2025, data compiled by the UN show.",
    S("amount", "$12.5 billion", us("TW", P231, "2025-01", "2025-12"), r(12.5, 0.1), "contradicted"),
)
add(
    D,
    "Korean memory shipments to the US in June were up 40% from May.",
    S(
        "change",
        "up 40%",
        us_chg("KR", M232, "2026-06", "2026-06", "2026-05", "2026-05"),
        r(40, 1),
        "contradicted",
        pts=True,
    ),
)
add(
    D,
    "Processors from Vietnam fell sharply in the first seven months of 2026.",
    S(
        "direction",
        "fell sharply",
        us_chg("VN", P231, "2026-01", "2026-07", "2025-01", "2025-07"),
        (-INF, -5),
        "contradicted",
        pts=True,
    ),
)
add(
    "2026-02-15",
    "Malaysia supplied $7.1 billion of processors to US buyers last year, roughly flat on 2024.",
    S("amount", "$7.1 billion", us("Malaysia", P231, "2025-01", "2025-12"), r(7.1, 0.1), "contradicted"),
    S(
        "direction",
        "roughly flat",
        us_chg("Malaysia", P231, "2025-01", "2025-12", "2024-01", "2024-12"),
        (-3, 3),
        "contradicted",
        pts=True,
    ),
)
add(
    D,
    "Memory imports from all sources in the first half were only about 50% higher than a year earlier.",
    S(
        "change",
        "about 50% higher",
        us_chg("World", M232, "2026-01", "2026-06", "2025-01", "2025-06"),
        (47.5, 52.5),
        "contradicted",
        pts=True,
    ),
)
# consistent / not checkable US
add(
    D,
    "Taiwan remained by far the biggest foreign supplier of processors to the United States in July, with Malaysia a distant second.",
    CO(
        "the biggest",
        "rank",
        us("TW", P231, "2026-07")[1] + "; Malaysia 312 M, others in store lower",
        "rank among the partners in the store only (TW 1,116 M > Malaysia 312 M > ...); partners outside the store (e.g. Mexico, Ireland) could change it",
    ),
    CO(
        "a distant second",
        "rank",
        us("Malaysia", P231, "2026-07")[1],
        "second among partners in the store only",
    ),
)
add(
    D,
    "American imports of chips from Taiwan, a category that includes analogue parts, rose by a third in the first half.",
    NC(
        "rose by a third",
        "change",
        "US 'chips' in general = HS 8542; the monthly series cover only 854231/854232",
    ),
)
add(
    D,
    "Washington's tariff on Chinese semiconductors rose to 50% at the start of 2025.",
    NC("50%", "not_trade", "tariff rate"),
)
add(
    D,
    "The US Commerce Department has now placed more than 140 Chinese companies on its entity list in the latest round.",
    NC("more than 140", "count", "count of listed companies; not in the trade data"),
)
add(
    D,
    "US imports of chipmaking tools from the Netherlands fell 12% in the first half.",
    NC("fell 12%", "change", "no US monthly import series for equipment from the Netherlands in the store"),
)
add(
    D,
    "The first 2-nanometre processors from Taiwan's foundries were due to ship in volume by year-end, analysts said.",
    NC("2-nanometre", "not_trade", "technology node"),
)

# Taiwan customs
D2 = "2025-02-10"
add(
    D2,
    "Taiwan's exports of integrated circuits came to $165 billion in 2024, about 1% below the previous year and well short of the 2022 peak of $184 billion.",
    S("amount", "$165 billion", tw(None, 2024), r(165, 1)),
    S("change", "about 1% below", tw_chg(None, 2024, 2023), (-1.5, -0.5), pts=True),
    S("amount", "$184 billion", tw(None, 2022), r(184, 1)),
)
add(
    D2,
    "Mainland China took $48.5 billion of the island's chips last year, some 29% of the total, making it the largest single destination.",
    S("amount", "$48.5 billion", tw("China", 2024), r(48.5, 0.1)),
    S("share", "some 29%", tw_share("China", 2024), (28, 30)),
    CO(
        "the largest single destination",
        "rank",
        tw("China", 2024)[1],
        "largest of all destinations in the file (all destinations present)",
    ),
)
add(
    D2,
    "Add Hong Kong and the Chinese share rises to just over half.",
    S(
        "share",
        "just over half",
        tw_share(["China", "Hong Kong"], 2024),
        (50, 53),
        note="2024, period and subject from context",
    ),
)
add(
    D2,
    "Taiwanese IC exports to the United States more than doubled in 2024, to $7.4 billion.",
    S(
        "multiple",
        "more than doubled",
        (tw("US", 2024)[0] / tw("US", 2023)[0], tw("US", 2024)[1] + "; " + tw("US", 2023)[1]),
        over(2.0),
    ),
    S("amount", "$7.4 billion", tw("US", 2024), r(7.4, 0.1)),
)
add(
    D2,
    "Sales to Vietnam jumped 58%, while those to Japan fell by a third and shipments to Hong Kong dropped almost 15%.",
    S("change", "jumped 58%", tw_chg("Vietnam", 2024, 2023), r(58, 1), pts=True),
    S(
        "multiple",
        "fell by a third",
        (tw("Japan", 2024)[0] / tw("Japan", 2023)[0], tw("Japan", 2024)[1] + "; " + tw("Japan", 2023)[1]),
        (0.64, 0.69),
    ),
    S("change", "dropped almost 15%", tw_chg("Hong Kong", 2024, 2023), (-15, -14), pts=True),
)
add(
    D2,
    "Singapore, the third-biggest buyer, took $21 billion, with South Korea fourth at $13.4 billion.",
    S(
        "rank",
        "the third-biggest",
        (
            3.0,
            "Taiwan customs 2024 ranking of destinations by summed 8542 value: China, Hong Kong, Singapore (21.0 bn), Korea (13.4 bn)",
        ),
        (3, 3),
    ),
    S("amount", "$21 billion", tw("Singapore", 2024), r(21, 1)),
    S("rank", "fourth", (4.0, "same ranking: Korea 4th"), (4, 4)),
    S("amount", "$13.4 billion", tw("Korea", 2024), r(13.4, 0.1)),
)
add(
    D2,
    "Exports to Malaysia climbed 14% to $9.9 billion.",
    S("change", "climbed 14%", tw_chg("Malaysia", 2024, 2023), r(14, 1), pts=True),
    S("amount", "$9.9 billion", tw("Malaysia", 2024), r(9.9, 0.1)),
)
add(
    D2,
    "The island's chipmakers sold $61 billion of circuits to mainland buyers in 2024, a record.",
    S("amount", "$61 billion", tw("China", 2024), r(61, 1), "contradicted"),
    L(
        "a record",
        "record",
        "contradicted",
        tw("China", 2022)[1],
        "2022 (57.55 bn) was higher than 2024 (48.47 bn); false against the data whatever the amount",
        (57.55, INF),
        48.47,
    ),
)
add(
    D2,
    "Shipments to Japan rose 12% in 2024.",
    S("change", "rose 12%", tw_chg("Japan", 2024, 2023), r(12, 1), "contradicted", pts=True),
)
add(
    D2,
    "The US accounted for roughly 10% of Taiwan's IC exports last year.",
    S("share", "roughly 10%", tw_share("US", 2024), (9.5, 10.5), "contradicted", pts=True),
)
add(
    "2025-08-20",
    "In the first seven months of 2025 Taiwanese chip exports to the US reached $4.8 billion, already close to two-thirds of last year's total.",
    S("amount", "$4.8 billion", tw("US", 2025), r(4.8, 0.1), note="2025 = Jan-Jul preliminary in the file"),
    S(
        "share",
        "close to two-thirds",
        (tw("US", 2025)[0] / tw("US", 2024)[0] * 100, tw("US", 2025)[1] + "; " + tw("US", 2024)[1]),
        (61, 66.7),
    ),
)
add(
    "2025-08-20",
    "Taiwan's chip exports to Hong Kong in July were the highest for any month this year.",
    NC(
        "the highest for any month",
        "record",
        "Taiwan customs file is annual (2025 = Jan-Jul total); no monthly data",
    ),
)
add(
    D2,
    "Taiwan's finance ministry said total exports hit a record $475 billion in 2024.",
    NC("a record", "record", "all-goods exports, not in the store"),
    NC("$475 billion", "amount", "all-goods exports, not in the store"),
)
add(
    D2,
    "TSMC's revenue rose 34% last year and the company employs more than 76,000 people.",
    NC("34%", "not_trade", "company figure"),
    NC("more than 76,000", "not_trade", "company figure"),
)

# world exports
D3 = "2024-12-01"
add(
    D3,
    "Global exports of integrated circuits fell almost 12% in 2023 to about $950 billion, according to UN Comtrade.",
    S(
        "change",
        "fell almost 12%",
        (((wd(None, 2023)[0] / wd(None, 2022)[0]) - 1) * 100, wd(None, 2023)[1] + "; " + wd(None, 2022)[1]),
        (-12, -11),
        pts=True,
    ),
    S("amount", "about $950 billion", wd(None, 2023), about(950)),
)
add(
    D3,
    "Hong Kong was the largest exporter with $193.5 billion, about a fifth of the world total, ahead of Taiwan and mainland China.",
    S("amount", "$193.5 billion", wd("China, Hong Kong SAR", 2023), r(193.5, 0.1)),
    S(
        "share",
        "about a fifth",
        (
            wd("China, Hong Kong SAR", 2023)[0] / wd(None, 2023)[0] * 100,
            wd("China, Hong Kong SAR", 2023)[1] + "; " + wd(None, 2023)[1],
        ),
        (19, 21),
    ),
    S(
        "rank",
        "the largest exporter",
        (
            1.0,
            "2023 reporters ranked by 8542 exports to World: Hong Kong 193.5, Other Asia nes 166.5, China 136.3 bn",
        ),
        (1, 1),
    ),
)
add(
    D3,
    "Taiwan's own exports of $166.5 billion gave it a share of some 17.5%.",
    S("amount", "$166.5 billion", wd("Other Asia, nes", 2023), r(166.5, 0.1)),
    S(
        "share",
        "some 17.5%",
        (
            wd("Other Asia, nes", 2023)[0] / wd(None, 2023)[0] * 100,
            wd("Other Asia, nes", 2023)[1] + "; " + wd(None, 2023)[1],
        ),
        (17.0, 18.0),
    ),
)
add(
    D3,
    "South Korea's chip exports slumped by close to a quarter in 2023, to $86 billion.",
    S(
        "change",
        "close to a quarter",
        (
            ((wd("Rep. of Korea", 2023)[0] / wd("Rep. of Korea", 2022)[0]) - 1) * 100,
            wd("Rep. of Korea", 2023)[1] + "; " + wd("Rep. of Korea", 2022)[1],
        ),
        (-25, -23),
    ),
    S("amount", "$86 billion", wd("Rep. of Korea", 2023), r(86, 1)),
)
add(
    "2025-06-01",
    "Korean IC exports rebounded about 40% in 2024 to $120 billion.",
    S(
        "change",
        "about 40%",
        (
            ((wd("Rep. of Korea", 2024)[0] / wd("Rep. of Korea", 2023)[0]) - 1) * 100,
            wd("Rep. of Korea", 2024)[1] + "; " + wd("Rep. of Korea", 2023)[1],
        ),
        (38, 42),
        pts=True,
    ),
    S("amount", "$120 billion", wd("Rep. of Korea", 2024), r(120, 1)),
)
add(
    D3,
    "Mainland China exported $155 billion of chips in 2023, second only to Hong Kong.",
    S("amount", "$155 billion", wd("China", 2023), r(155, 1), "contradicted"),
    L(
        "second only to Hong Kong",
        "rank",
        "contradicted",
        "2023 ranking: Hong Kong, Other Asia nes (Taiwan) 166.5, China 136.3: China third",
        "",
        (2, 2),
        3.0,
    ),
)
add(
    D3,
    "Singapore's IC exports were worth $104.5 billion in 2023, down 14% from 2022.",
    S("amount", "$104.5 billion", wd("Singapore", 2023), r(104.5, 0.1)),
    S(
        "change",
        "down 14%",
        (
            ((wd("Singapore", 2023)[0] / wd("Singapore", 2022)[0]) - 1) * 100,
            wd("Singapore", 2023)[1] + "; " + wd("Singapore", 2022)[1],
        ),
        r(-14, 1),
        pts=True,
    ),
)
add(
    D3,
    "The United States exported $43.6 billion of integrated circuits in 2023, less than half of Malaysia's tally.",
    S("amount", "$43.6 billion", wd("USA", 2023), r(43.6, 0.1)),
    S(
        "multiple",
        "less than half",
        (wd("USA", 2023)[0] / wd("Malaysia", 2023)[0], wd("USA", 2023)[1] + "; " + wd("Malaysia", 2023)[1]),
        (0, 0.5),
        "contradicted",
    ),
)

# China from US, annual
D4 = "2025-03-01"
add(
    D4,
    "China's imports of US integrated circuits rose about 41% in 2024 to $11.8 billion, according to Comtrade, after falling in 2023 to the lowest in more than a decade.",
    S(
        "change",
        "about 41%",
        (((cn(2024)[0] / cn(2023)[0]) - 1) * 100, cn(2024)[1] + "; " + cn(2023)[1]),
        (39.5, 43.5),
        pts=True,
    ),
    S("amount", "$11.8 billion", cn(2024), r(11.8, 0.1)),
    S(
        "record",
        "the lowest in more than a decade",
        (cn(2023)[0], cn(2023)[1] + "; every year 2013-2022 higher (min 8.70 bn in 2016); 2012 was 7.00 bn"),
        (-INF, 8.6962),
    ),
)
add(
    D4,
    "That was still well below the $15.7 billion of 2021.",
    S("amount", "$15.7 billion", cn(2021), r(15.7, 0.1)),
)
add(
    D4,
    "Chinese purchases of American chips in 2022 came to $14.5 billion, Comtrade figures show.",
    S("amount", "$14.5 billion", cn(2022), r(14.5, 0.1), "contradicted"),
)
add(
    D4,
    "Chinese imports of US chips have fallen for three straight years.",
    L(
        "three straight years",
        "streak",
        "contradicted",
        cn(2024)[1] + "; " + cn(2023)[1],
        "2024 rose on 2023; the run of declines (2022, 2023) ended",
        (3, 3),
        0.0,
    ),
)

# GACC
add(
    "2024-11-20",
    "Over the first ten months, China bought $9.61 billion of microchips from the US, up 42.5%, customs data showed; October alone saw $1.11 billion, 60% more than a year earlier.",
    S(
        "amount",
        "$9.61 billion",
        rep(GACC, "value", period_label="Jan-Oct 2024", partner="United States"),
        r(9.61, 0.01),
    ),
    S(
        "change",
        "up 42.5%",
        rep(GACC, "yoy_pct", period_label="Jan-Oct 2024", partner="United States"),
        r(42.5, 0.1),
    ),
    S(
        "amount",
        "$1.11 billion",
        rep(GACC, "value", period_label="Oct 2024", partner="United States"),
        r(1.11, 0.01),
    ),
    S("change", "60% more", rep(GACC, "yoy_pct", period_label="Oct 2024", partner="United States"), r(60, 1)),
)
add(
    "2025-01-15",
    "China's chip import bill rose 10.4% last year to $385 billion, the General Administration of Customs said, while the number of chips imported climbed 14.6% to 549.2 billion units.",
    S("change", "10.4%", rep(GACC, "yoy_pct", period_label="2024", measure="import_value"), r(10.4, 0.1)),
    S("amount", "$385 billion", rep(GACC, "value", period_label="2024", measure="import_value"), r(385, 1)),
    S("change", "14.6%", rep(GACC, "yoy_pct", period_label="2024", measure="import_quantity"), r(14.6, 0.1)),
    S(
        "amount",
        "549.2 billion units",
        rep(GACC, "value", period_label="2024", measure="import_quantity"),
        r(549.2, 0.1),
    ),
)
add(
    "2025-01-15",
    "Exports of chips from China, meanwhile, rose about 17% to $159 billion.",
    S("change", "about 17%", rep(GACC, "yoy_pct", period_label="2024", measure="export_value"), (16.5, 17.5)),
    S("amount", "$159 billion", rep(GACC, "value", period_label="2024", measure="export_value"), r(159, 1)),
)
add(
    "2025-01-15",
    "China's customs agency said the country imported $450 billion of chips in 2024.",
    S(
        "amount",
        "$450 billion",
        rep(GACC, "value", period_label="2024", measure="import_value"),
        r(450, 1),
        "contradicted",
    ),
)
add(
    "2025-01-15",
    "Chinese chip imports from Japan fell 8% last year, customs said.",
    NC("fell 8%", "change", "China's imports by partner Japan are not in the store"),
)

# Korea MOTIE
add(
    "2024-10-02",
    "South Korea's semiconductor exports jumped 37.1% in September to $13.6 billion, the trade ministry said.",
    S(
        "change",
        "37.1%",
        rep(
            KOR,
            "yoy_as_printed",
            period_label="Sep 2024",
            partner="World",
            product_as_reported="semiconductors",
        ),
        r(37.1, 0.1),
    ),
    S(
        "amount",
        "$13.6 billion",
        rep(
            KOR,
            "value_as_printed",
            period_label="Sep 2024",
            partner="World",
            product_as_reported="semiconductors",
        ),
        r(13.6, 0.1),
    ),
)
add(
    "2021-01-05",
    "Korea shipped $100.25 billion of semiconductors in 2020, up 5.4%, the second year above $100 billion.",
    S(
        "amount",
        "$100.25 billion",
        rep(
            KOR,
            "value_as_printed",
            period_label="2020",
            partner="World",
            product_as_reported="semiconductors",
        ),
        r(100.25, 0.01),
    ),
    S(
        "change",
        "up 5.4%",
        rep(
            KOR, "yoy_as_printed", period_label="2020", partner="World", product_as_reported="semiconductors"
        ),
        r(5.4, 0.1),
    ),
    NC(
        "the second year above $100 billion", "count", "the transcribed release gives no earlier annual total"
    ),
)
add(
    "2019-11-15",
    "Korean memory chip exports plunged 43.2% in October to $5 billion, the ministry said.",
    S(
        "change",
        "plunged 43.2%",
        rep(KOR, "yoy_as_printed", period_label="Oct 2019", product_as_reported="memory chips"),
        (-43.25, -43.15),
    ),
    S(
        "amount",
        "$5 billion",
        rep(KOR, "value_as_printed", period_label="Oct 2019", product_as_reported="memory chips"),
        r(5.0, 0.5),
    ),
)
add(
    "2020-10-05",
    "Korean logic chip exports in September rose about 5%, the ministry said.",
    S(
        "change",
        "about 5%",
        rep(KOR, "yoy_as_printed", period_label="Sep 2020", product_as_reported="logic chips"),
        (4.5, 5.5),
        "contradicted",
        pts=True,
    ),
)

# SEMI
add(
    "2025-04-10",
    "Equipment makers billed customers in mainland China $49.6 billion in 2024, SEMI said, some 42% of the $117.1 billion global total.",
    S("amount", "$49.6 billion", semi("2024", "China"), r(49.6, 0.1)),
    S(
        "share",
        "some 42%",
        (
            semi("2024", "China")[0] / semi("2024", "Total")[0] * 100,
            semi("2024", "China")[1] + "; " + semi("2024", "Total")[1],
        ),
        (41.5, 42.5),
    ),
    S("amount", "$117.1 billion", semi("2024", "Total"), r(117.1, 0.1)),
)
add(
    "2025-04-10",
    "Worldwide billings grew about 10% on 2023, and China's spending was more than two and a half times its 2020 level.",
    S(
        "change",
        "about 10%",
        (
            (semi("2024", "Total")[0] / semi("2023", "Total")[0] - 1) * 100,
            semi("2024", "Total")[1] + "; " + semi("2023", "Total")[1],
        ),
        (9.5, 10.5),
        pts=True,
    ),
    S(
        "multiple",
        "more than two and a half times",
        (
            semi("2024", "China")[0] / semi("2020", "China")[0],
            semi("2024", "China")[1] + "; " + semi("2020", "China")[1],
        ),
        over(2.5),
    ),
)
add(
    "2025-04-10",
    "Korea ranked second at $20.5 billion and Taiwan third with $16.6 billion.",
    S(
        "rank",
        "second",
        (
            2.0,
            "SEMI 2024 regions: China 49.6, Korea 20.5, Taiwan 16.6, North America 13.7, Japan 7.8, Europe 4.9, RoW 4.2",
        ),
        (2, 2),
    ),
    S("amount", "$20.5 billion", semi("2024", "Korea"), r(20.5, 0.1)),
    S("rank", "third", (3.0, "same ranking: Taiwan 3rd"), (3, 3)),
    S("amount", "$16.6 billion", semi("2024", "Taiwan"), r(16.6, 0.1)),
)
add(
    "2024-12-05",
    "In the third quarter, Chinese fabs accounted for roughly half of global tool billings of $30.4 billion.",
    S(
        "share",
        "roughly half",
        (
            semi("2024Q3", "China")[0] / semi("2024Q3", "Total")[0] * 100,
            semi("2024Q3", "China")[1] + "; " + semi("2024Q3", "Total")[1],
        ),
        (47.5, 52.5),
        "contradicted",
        pts=True,
    ),
    S("amount", "$30.4 billion", semi("2024Q3", "Total"), r(30.4, 0.1)),
)
add(
    "2025-04-10",
    "North American billings in 2024 were triple Japan's.",
    S(
        "multiple",
        "triple",
        (
            semi("2024", "North America")[0] / semi("2024", "Japan")[0],
            semi("2024", "North America")[1] + "; " + semi("2024", "Japan")[1],
        ),
        (2.85, 3.15),
        "contradicted",
    ),
)

# WSTS
add(
    "2024-08-06",
    "Global chip sales reached $149.9 billion in the second quarter, up 18.3% year on year and 6.5% on the previous quarter, the Semiconductor Industry Association said.",
    S(
        "amount",
        "$149.9 billion",
        rep(WSTS, "value", period="2024Q2", measure="sales_quarter"),
        r(149.9, 0.1),
    ),
    S("change", "18.3%", rep(WSTS, "value", period="2024Q2", measure="yoy_pct"), r(18.3, 0.1)),
    S("change", "6.5%", rep(WSTS, "value", period="2024Q2", measure="qoq_pct"), r(6.5, 0.1)),
)
add(
    "2025-04-07",
    "Sales in the Americas soared 48.4% in February, far outpacing Europe, where they fell 8.1%.",
    S(
        "change",
        "soared 48.4%",
        rep(WSTS, "value", period="2025-02", region="Americas", measure="yoy_pct"),
        r(48.4, 0.1),
    ),
    S(
        "change",
        "fell 8.1%",
        rep(WSTS, "value", period="2025-02", region="Europe", measure="yoy_pct"),
        (-8.15, -8.05),
    ),
)
add(
    "2025-04-07",
    "Worldwide, February sales were $54.9 billion, up 27% from a year before.",
    S(
        "amount",
        "$54.9 billion",
        rep(WSTS, "value", period="2025-02", region="World", measure="sales_3mma"),
        r(54.9, 0.1),
    ),
    S(
        "change",
        "up 27%",
        rep(WSTS, "value", period="2025-02", region="World", measure="yoy_pct"),
        r(27, 1),
        "contradicted",
        pts=True,
    ),
)
add(
    "2024-06-05",
    "WSTS expects the market to grow 16% this year, and by 12.5% in 2025.",
    S("change", "16%", rep(WSTS, "value", period="2024", measure="wsts_forecast_growth_pct"), r(16, 1)),
    S("change", "12.5%", rep(WSTS, "value", period="2025", measure="wsts_forecast_growth_pct"), r(12.5, 0.1)),
)
add(
    "2024-06-05",
    "Nvidia's data-centre revenue quadrupled, the company said.",
    NC("quadrupled", "not_trade", "company figure"),
)


# ---------- more passages: contradicted, consistent, not checkable ----------
add(
    D2,
    "Taiwan's chip shipments to South Korea fell last year, the customs tables show, even as they rose to most of Southeast Asia.",
    S("direction", "fell", tw_chg("Korea", 2024, 2023), (-INF, 0), "contradicted"),
    NC(
        "rose",
        "direction",
        "vague set ('most of Southeast Asia'): Malaysia and Vietnam up, Singapore down 0.5%, Thailand/Philippines not checked; bounded only partly",
    ),
)
add(
    D2,
    "Singapore took more than $25 billion of Taiwanese circuits in 2024.",
    S("amount", "more than $25 billion", tw("Singapore", 2024), over(25), "contradicted"),
)
add(
    D2,
    "Japan was the third-largest market for the island's chips last year.",
    S(
        "rank",
        "the third-largest",
        (5.0, "Taiwan customs 2024 destinations ranked: China, Hong Kong, Singapore, Korea, Japan (5th)"),
        (3, 3),
        "contradicted",
    ),
)
add(
    D2,
    "Chip exports to the mainland fell about 5% in 2023, while the total for the year slid to its lowest since 2019.",
    S("change", "fell about 5%", tw_chg("China", 2023, 2022), (-5.25, -4.75), "contradicted", pts=True),
    S(
        "record",
        "its lowest since 2019",
        (
            tw(None, 2023)[0],
            tw(None, 2023)[1] + f"; 2020 {t.tw(None, 2020):,.0f} and 2021 {t.tw(None, 2021):,.0f} were lower",
        ),
        (-INF, t.tw(None, 2020) / B),
        "contradicted",
        note="2023 (166.6 bn) far above 2020 (122.4 bn), so not the lowest since 2019",
    ),
)
add(
    D2,
    "Hong Kong's purchases shrank to $45 billion.",
    S("amount", "$45 billion", tw("Hong Kong", 2024), r(45, 1), "contradicted"),
)
add(
    D2,
    "Vietnam bought less than $3 billion of Taiwanese ICs in 2024.",
    S("amount", "less than $3 billion", tw("Vietnam", 2024), under(3), "contradicted"),
)
add(
    D2,
    "Taiwan's chip sales to Hong Kong in 2022 were the highest ever recorded.",
    CO(
        "the highest ever recorded",
        "record",
        tw("Hong Kong", 2022)[1] + "; highest of 2013-2025",
        "highest of the series, which starts in 2013",
    ),
)
add(
    "2025-08-20",
    "At this pace, chip exports to the United States are on track to beat last year's total.",
    CO(
        "on track to beat",
        "direction",
        tw("US", 2025)[1] + "; " + tw("US", 2024)[1],
        "2025 Jan-Jul 4.77 bn vs 2024 full year 7.40 bn: partial year, a projection",
    ),
)
add(
    D2,
    "In December alone the island's chip exports to the US came close to $1 billion.",
    CO(
        "close to $1 billion",
        "amount",
        tw("US", 2024)[1],
        "annual data only: a monthly 0.95-1.0 bn is possible within the 7.40 bn total",
    ),
)
add(
    D2,
    "Mainland buyers took more than $4 billion of Taiwanese chips in every single month of 2024.",
    CO(
        "more than $4 billion",
        "amount",
        tw("China", 2024)[1],
        "annual 48.47 bn = 4.04 bn a month on average; monthly values not in the file",
    ),
)
add(
    D3,
    "Global chip exports came to $1.3 trillion in 2022, the UN data show.",
    S("amount", "$1.3 trillion", (wd(None, 2022)[0] / 1000, wd(None, 2022)[1]), r(1.3, 0.1), "contradicted"),
)
add(
    D3,
    "Taiwan accounted for roughly a quarter of the world's IC exports in 2023.",
    S(
        "share",
        "roughly a quarter",
        (
            wd("Other Asia, nes", 2023)[0] / wd(None, 2023)[0] * 100,
            wd("Other Asia, nes", 2023)[1] + "; " + wd(None, 2023)[1],
        ),
        (23.75, 26.25),
        "contradicted",
        pts=True,
    ),
)
add(
    "2025-06-01",
    "Global exports of integrated circuits shrank again in 2024, Comtrade figures suggest.",
    NC(
        "shrank again",
        "direction",
        "the 2024 all-reporters table lacks Taiwan (Other Asia, nes) and possibly other reporters; the world total is not comparable",
    ),
)
add(
    D4,
    "China's imports of American integrated circuits fell by roughly a third in 2023.",
    S("change", "roughly a third", pair(cn(2023), cn(2022), "chg"), (-35, -31.7)),
)
add(
    D4,
    "Purchases of US chips by Chinese firms in 2024 were the highest since 2015.",
    S(
        "record",
        "the highest since 2015",
        (
            cn(2024)[0],
            cn(2024)[1] + "; 2017-2023 include 2018 12.02, 2019 13.57, 2020 14.22, 2021 15.73 bn, all higher",
        ),
        (max(t.china_from_us(y) for y in range(2016, 2024)) / B, INF),
        "contradicted",
    ),
)
add(
    D,
    "US imports of Korean memory chips came to $204 million in April, the highest in at least five years.",
    S("amount", "$204 million", us("KR", M232, "2026-04", unit=M), r(204, 1), "contradicted"),
    S(
        "record",
        "the highest in at least five years",
        (
            us("KR", M232, "2026-04", unit=M)[0],
            us("KR", M232, "2026-04", unit=M)[1] + "; max 2021-04..2026-03 = 146 M",
        ),
        (max(t.k("USA", "KR", M232, [m]) for m in t.months("2021-04", "2026-03")) / M, INF),
    ),
)
add(
    D,
    "Processor imports from Korea tripled in April from March.",
    S(
        "multiple",
        "tripled",
        us_ratio("KR", P231, "2026-04", "2026-04", "2026-03", "2026-03"),
        (2.85, 3.15),
        "contradicted",
    ),
)
add(
    D,
    "American purchases of Japanese processors doubled in 2025.",
    S(
        "multiple",
        "doubled",
        us_ratio("Japan", P231, "2025-01", "2025-12", "2024-01", "2024-12"),
        (1.9, 2.1),
        "contradicted",
    ),
)
add(
    D,
    "Malaysian processor shipments to the US have now fallen year on year for six months in a row.",
    S(
        "streak",
        "six months in a row",
        (
            lambda v: (
                v,
                f"{KF}: USA imports partner Malaysia cmd 854231: months to 2026-07 below the same month a year earlier, consecutive run = {v:.0f}",
            )
        )(
            float(
                next(
                    i
                    for i, m in enumerate(t.months("2016-11", "2026-07")[::-1])
                    if t.k("USA", "Malaysia", P231, [m])
                    >= t.k("USA", "Malaysia", P231, [f"{int(m[:4]) - 1}{m[4:]}"])
                )
            )
        ),
        (6, 6),
        "contradicted",
    ),
)
add(
    "2025-04-20",
    "Processor imports from China rose to $140 million in March 2025, the highest since mid-2022.",
    S("amount", "$140 million", us("China", P231, "2025-03", unit=M), r(140, 1)),
    S(
        "record",
        "the highest since mid-2022",
        (us("China", P231, "2025-03", unit=M)[0], "max 2022-07..2025-02 below"),
        (max(t.k("USA", "China", P231, [m]) for m in t.months("2022-07", "2025-02")) / M, INF),
    ),
)
add(
    "2025-04-20",
    "That was a fall from February.",
    S(
        "direction",
        "a fall",
        us_chg("China", P231, "2025-03", "2025-03", "2025-02", "2025-02"),
        (-INF, 0),
        "contradicted",
        note="March 140 M vs February 78 M: a rise",
    ),
)
add(
    D,
    "South Korea was the largest supplier of memory chips to the United States in June, ahead of Taiwan and Japan.",
    CO(
        "the largest supplier",
        "rank",
        us("KR", M232, "2026-06")[1],
        "largest among the partners in the store (KR 373, TW 274, JP 241 M); partners outside the store could change it",
    ),
)
add(
    D,
    "Vietnam ranked third among sources of US processor imports in May.",
    CO(
        "third",
        "rank",
        us("VN", P231, "2026-05")[1],
        "third among partners in the store (TW 1,163, MY 449, VN 248 M); outside partners not in the store",
    ),
)
add(
    D,
    "US memory imports in June were the highest ever recorded.",
    CO(
        "the highest ever recorded",
        "record",
        is_max("World", M232, "2026-06", b="2026-07"),
        "highest of the series; unbounded",
    ),
)
add(
    D,
    "Vietnamese memory chips bound for America topped $30 million in March.",
    S("amount", "topped $30 million", us("VN", M232, "2026-03", unit=M), over(30), "contradicted"),
)
add(
    D,
    "Imports from Korea doubled in the first seven months, customs brokers said.",
    NC(
        "doubled",
        "multiple",
        "ambiguous product: processors or memories (or all chips, HS 8542, not covered)",
    ),
)
add(
    D,
    "US chip imports from Mexico, where many servers are assembled, rose 60% in the first half.",
    NC("rose 60%", "change", "no US series for Mexico in the store"),
)
add(
    "2026-02-15",
    "Japan's exports of processors to China fell 15% last year.",
    NC("fell 15%", "change", "Japan's series in the store are exports to World only"),
)
add(
    "2026-02-15",
    "Korea's chip exports reached 180 trillion won in 2025.",
    NC("180 trillion won", "amount", "another currency"),
)
add(
    "2026-02-15",
    "Korean memory exports in 2025 were the largest of any year on record.",
    CO(
        "the largest of any year on record",
        "record",
        kor(M232, "2025-01", "2025-12")[1] + "; full years 2017-2024 all lower (2018 83.0 bn)",
        "highest of the series, which starts 2016-11",
    ),
)
add(
    "2026-02-15",
    "Korean processor exports to the world, by contrast, fell in 2025.",
    S(
        "direction",
        "fell",
        pair(kor(P231, "2025-01", "2025-12"), kor(P231, "2024-01", "2024-12"), "chg"),
        (-INF, 0),
        "contradicted",
        note="up 2.3%",
    ),
)
add(
    "2025-04-10",
    "SEMI reported that Chinese billings of $49.6 billion in 2024 were a record.",
    CO(
        "a record",
        "record",
        semi("2024", "China")[1],
        "annual China rows exist only for 2018-2020 and 2024: years missing",
    ),
)
add(
    "2025-04-10",
    "Korea accounted for a quarter of global equipment billings in 2024.",
    S(
        "share",
        "a quarter",
        pair(semi("2024", "Korea"), semi("2024", "Total"), "share"),
        (24, 26),
        "contradicted",
        pts=True,
    ),
)
add(
    "2025-04-10",
    "China's equipment purchases in 2020 amounted to $25 billion.",
    S("amount", "$25 billion", semi("2020", "China"), r(25, 1), "contradicted"),
)
add(
    "2024-08-20",
    "China imported chips worth $250 billion in the first seven months of the year, customs said.",
    S(
        "amount",
        "$250 billion",
        rep(GACC, "value", period_label="Jan-Jul 2024", measure="import_value"),
        r(250, 1),
        "contradicted",
    ),
)
add(
    "2024-01-24",
    "China imported 93 lithography machines from the Netherlands in 2022, and 176 in 2023.",
    S("amount", "93 lithography machines", litho("2022"), (93, 93), "contradicted"),
    S("amount", "176", litho("2023"), (176, 176)),
)
add(
    "2024-08-06",
    "Second-quarter global chip sales rose 25% from a year earlier, the SIA said.",
    S("change", "rose 25%", rep(WSTS, "value", period="2024Q2", measure="yoy_pct"), r(25, 1), "contradicted"),
)
add(
    "2024-10-02",
    "Korea's semiconductor exports fell 10% in September.",
    S(
        "change",
        "fell 10%",
        rep(
            KOR,
            "yoy_as_printed",
            period_label="Sep 2024",
            partner="World",
            product_as_reported="semiconductors",
        ),
        r(-10, 1),
        "contradicted",
    ),
)
add(
    "2021-01-05",
    "Korean chip exports rose about 10% in 2020.",
    S(
        "change",
        "about 10%",
        rep(
            KOR, "yoy_as_printed", period_label="2020", partner="World", product_as_reported="semiconductors"
        ),
        (9.5, 10.5),
        "contradicted",
    ),
)
add(
    "2025-01-15",
    "The volume of chips China imported rose to 620 billion units in 2024.",
    S(
        "amount",
        "620 billion units",
        rep(GACC, "value", period_label="2024", measure="import_quantity"),
        r(620, 1),
        "contradicted",
    ),
)
add(
    "2025-01-15",
    "ASML said it shipped 449 lithography systems last year, and the EU's Chips Act has earmarked 43 billion euros.",
    NC("449", "not_trade", "company figure"),
    NC("43 billion euros", "not_trade", "policy budget, another currency"),
)
add(
    "2025-01-15",
    "India's chip imports rose 20% in the year to March.",
    NC("rose 20%", "change", "no India data in the store"),
)


# ---------- write ----------
def check_quotes(text: str, labels: list[dict], where: str) -> None:
    for lab in labels:
        n = text.count(lab["quote"])
        assert n >= lab["occurrence"], (where, lab["quote"], n)


def main() -> None:
    from collections import Counter

    for p in P:
        check_quotes(p["text"], p["labels"], p["id"])
    ids = [p["id"] for p in P]
    assert len(ids) == len(set(ids))
    with open(HERE / "sentences.jsonl", "w", encoding="utf-8") as f:
        for p in P:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    arts = []
    for aid, date, text, labels in ARTICLES:
        path = HERE / "articles" / f"{aid}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        check_quotes(text, labels, aid)
        words = len(text.split())
        assert 500 <= words <= 900, (aid, words)
        arts.append({"id": aid, "file": f"articles/{aid}.md", "date": date, "labels": labels})
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    allp = [lab for p in P for lab in p["labels"]]
    alla = [lab for a in arts for lab in a["labels"]]
    print(f"passages {len(P)} ({len(allp)} labels); articles {len(arts)} ({len(alla)} labels)")
    for name, labs in (("passages", allp), ("articles", alla), ("all", allp + alla)):
        print(name, dict(Counter(lab["verdict"] for lab in labs)))
    kinds = sorted({lab["kind"] for lab in allp + alla})
    verdicts = ["supported", "contradicted", "consistent", "not_checkable"]
    print("| kind | " + " | ".join(verdicts) + " |")
    for kd in kinds:
        row = [sum(1 for lab in allp + alla if lab["kind"] == kd and lab["verdict"] == v) for v in verdicts]
        print(f"| {kd} | " + " | ".join(map(str, row)) + " |")
    for a in arts:
        print(a["id"], len((HERE / a["file"]).read_text().split()), "words", len(a["labels"]), "labels")


ARTICLES: list[tuple[str, str, str, list[dict]]] = []


# ---------- a1: wire copy ----------
A1 = """# Taiwan's chip flood into America shows no sign of ebbing as tariff clock ticks

WASHINGTON, Aug 21 - American companies imported processors from Taiwan at a furious pace again in July, extending a buying spree that traders and economists attribute to fears of fresh semiconductor tariffs, according to United Nations trade data published this week.

Shipments of processors and controllers from the island came to $1.12 billion in July, a 45% increase on the same month a year earlier. That was below the $1.51 billion reached in January, the highest monthly figure in the data, but it marked the ninth straight month in which imports beat their year-earlier level.

Over the first seven months of the year, US buyers took in about $9.1 billion of Taiwanese processors, compared with $4.4 billion in the same stretch of 2025. The gap has widened almost every month since the administration opened its national-security review of chip imports, and customs brokers in Los Angeles and Dallas describe warehouses filled with server boards awaiting final assembly.

"People are pulling forward orders, there is no other way to read it," said a trade economist at a Washington think tank, who asked not to be named because she advises companies on tariff exposure. The White House has floated a levy of as much as 100% on chips made abroad by companies that do not build factories in the United States, though officials have yet to publish a rate or a start date.

Memory chips tell a similar story. US imports of memories from all sources reached $3.3 billion in the first half, nearly three times the level of a year earlier. South Korea, home to the world's two largest memory makers, supplied more than half of that.

Korean shipments peaked at $373 million in June before easing to $328 million in July, still far above anything seen before this year. Buyers of the high-bandwidth memory that sits beside artificial-intelligence accelerators have been signing contracts as far out as 2027, industry executives say.

Not every supplier has benefited. Imports from Malaysia, long the second-largest source of US processors, fell to $312 million in July, down 41% from a year earlier, as assembly and test work shifted and some product lines were re-routed through Taiwan. Vietnam's sales slipped too, to $57 million, a fraction of the $248 million it shipped in May.

Total processor imports from all countries were $2.84 billion in July, 21% above July 2025. For the year to date they stand at roughly $22 billion, putting 2026 on course to beat last year's total comfortably unless the pace collapses in the autumn.

China is a small supplier by comparison. Processors from the mainland came to just $49 million in July and have not topped $100 million in any month this year, a reflection of both existing tariffs and the export controls Washington imposed on advanced computing chips.

The figures, compiled from US customs returns and republished by the UN's Comtrade service, are subject to revision, and monthly values can swing widely when a handful of large shipments clear at once. Taiwan's economy ministry has said its most advanced 2-nanometre production will stay at home for now, while chipmakers on the island have pledged more than $165 billion of investment in Arizona.

Analysts at one Asian brokerage expect the front-loading to continue until tariff rates are settled, and forecast US processor imports from Taiwan of $16 billion for the whole of 2026. Others warn that a sudden pause, once inventories are full, would show up first in the monthly numbers from Taipei.
"""
A1L = [
    S("amount", "$1.12 billion", us("TW", P231, "2026-07"), r(1.12, 0.01)),
    S(
        "change",
        "a 45% increase",
        us_chg("TW", P231, "2026-07", "2026-07", "2025-07", "2025-07"),
        r(45, 1),
        "contradicted",
        pts=True,
    ),
    S("amount", "$1.51 billion", us("TW", P231, "2026-01"), r(1.51, 0.01)),
    CO(
        "the highest monthly figure in the data",
        "record",
        is_max("TW", P231, "2026-01", b="2026-07"),
        "highest of the whole series; unbounded",
    ),
    S("streak", "the ninth straight month", yoy_streak("TW", P231, "2026-07", 9), (9, 9)),
    S("amount", "about $9.1 billion", us("TW", P231, "2026-01", "2026-07"), about(9.1)),
    S("amount", "$4.4 billion", us("TW", P231, "2025-01", "2025-07"), r(4.4, 0.1), "contradicted"),
    NC("as much as 100%", "not_trade", "tariff rate"),
    S("amount", "$3.3 billion", us("World", M232, "2026-01", "2026-06"), r(3.3, 0.1)),
    S(
        "multiple",
        "nearly three times",
        us_ratio("World", M232, "2026-01", "2026-06", "2025-01", "2025-06"),
        nearly(3.0),
    ),
    NC("the world's two largest memory makers", "count", "company count/rank, not trade data"),
    S(
        "share",
        "more than half",
        pair(us("KR", M232, "2026-01", "2026-06"), us("World", M232, "2026-01", "2026-06"), "share"),
        over(50),
        "contradicted",
        pts=True,
    ),
    CO("peaked", "record", is_max("KR", M232, "2026-06", b="2026-07"), "June is the highest of the series"),
    S("amount", "$373 million", us("KR", M232, "2026-06", unit=M), r(373, 1)),
    S("amount", "$328 million", us("KR", M232, "2026-07", unit=M), r(328, 1)),
    CO(
        "the second-largest source",
        "rank",
        us("Malaysia", P231, "2025-01", "2025-12")[1],
        "second among the partners in the store (2025: Taiwan 10.2 bn, Malaysia 9.26 bn); partners outside the store could change it",
    ),
    S("amount", "$312 million", us("Malaysia", P231, "2026-07", unit=M), r(312, 1)),
    S("change", "down 41%", us_chg("Malaysia", P231, "2026-07", "2026-07", "2025-07", "2025-07"), r(-41, 1)),
    S(
        "direction",
        "slipped",
        us_chg("VN", P231, "2026-07", "2026-07", "2026-06", "2026-06"),
        (-INF, 0),
        note="July vs June",
    ),
    S("amount", "$57 million", us("VN", P231, "2026-07", unit=M), r(57, 1)),
    S("amount", "$248 million", us("VN", P231, "2026-05", unit=M), r(248, 1)),
    S("amount", "$2.84 billion", us("World", P231, "2026-07"), r(2.84, 0.01)),
    S("change", "21% above", us_chg("World", P231, "2026-07", "2026-07", "2025-07", "2025-07"), r(21, 1)),
    S("amount", "roughly $22 billion", us("World", P231, "2026-01", "2026-07"), about(22)),
    CO(
        "on course to beat last year's total",
        "direction",
        us("World", P231, "2025-01", "2025-12")[1],
        "a projection: 7 months 21.96 bn vs 2025 32.63 bn; not yet decidable",
    ),
    S("amount", "$49 million", us("China", P231, "2026-07", unit=M), r(49, 1)),
    S(
        "amount",
        "$100 million",
        (
            max(us("China", P231, m, unit=M)[0] for m in t.months("2026-01", "2026-07")),
            f"{KF}: USA imports partner China cmd 854231, max month 2026-01..2026-07",
        ),
        under(100),
        note="have not topped: every month below",
    ),
    NC("2-nanometre", "not_trade", "technology node"),
    NC("more than $165 billion", "not_trade", "company investment pledge"),
    NC("$16 billion", "amount", "a forecast for the whole of 2026; not data"),
]
ARTICLES.append(("a1", "2026-08-21", A1, A1L))

# ---------- a2: long-read magazine ----------
A2 = """# The island that sells the world its brains

Walk through the science park in Hsinchu on a weekday evening and the car parks are still full. The engineers inside are the reason a place of 23 million people has become the indispensable supplier of the modern economy's thinking parts. In 2024 Taiwan's customs service recorded $165 billion of integrated-circuit exports, down only slightly from $166.6 billion the year before and a long way from the 2022 high of just over $184 billion, when pandemic demand for laptops and cars peaked.

The longer view is more striking. Back in 2018 the figure was under $100 billion; it has grown by roughly 70% in six years. Almost all of that growth came from chips designed elsewhere and made on the island, most of them in factories capable of 3-nanometre and 5-nanometre production that no rival can yet match at scale.

Where do they go? Overwhelmingly to China. Mainland China and Hong Kong between them absorbed more than half of the island's chip exports last year, most of it destined for the assembly lines of phone and computer makers. But the balance between the two is changing. Hong Kong's $36.8 billion in 2024 was its lowest since 2020, while the mainland's intake rose 8% to $48.5 billion.

The fastest change is across the Pacific. America now buys more than twice as much as it did in 2023, though at $7.4 billion it still ranks only seventh among destinations. Those sales to the US were the highest on record, and industry insiders say the numbers understate the link, because many chips reach American data centres only after being packed into servers in Mexico or Malaysia. Some of that is visible in the data: Vietnam, where assembly plants have multiplied, took $4.35 billion, ten times what it bought in 2018.

Japan went the other way. Its purchases sank to $10.4 billion from $15.7 billion, a casualty of weak demand in consumer electronics and of the yen. Singapore's intake rose 15%, according to one government briefing, though the customs tables tell a different story.

Zoom out again, to the whole planet, and Taiwan's place becomes clearer still. UN figures show $952 billion of chips crossed borders in 2023, counting every exporting country's returns. Taiwan was the second-largest exporter, behind Hong Kong, whose $193.5 billion is largely re-exports of chips made elsewhere. Mainland China, the third, exported $136 billion, and South Korea's $86 billion reflected a painful year for memory makers. Malaysia exported close to $90 billion, by one trade body's count, much of it chips that had passed through its test and packaging houses.

None of this is news in Taipei, where officials like to point out that TSMC alone makes more than 90% of the world's most advanced processors. What is new is the anxiety. A blockade or a quarantine of the island would, by the estimate of one US think tank, cost the world economy $10 trillion, and the supply chain offers no quick substitute.

Washington's answer has been to pay for factories at home. Taipei's answer has been to keep the best processes on the island and to sell the rest of the world what it needs, at prices it can set. For now, the customs numbers suggest the second strategy is winning. The question, asked in every boardroom in Hsinchu, is how long the world will let it.
"""
A2L = [
    NC("23 million people", "not_trade", "population"),
    S("amount", "$165 billion", tw(None, 2024), r(165, 1)),
    S("direction", "down only slightly", tw_chg(None, 2024, 2023), (-3, 0)),
    S("amount", "$166.6 billion", tw(None, 2023), r(166.6, 0.1)),
    S("amount", "just over $184 billion", tw(None, 2022), (184, 185)),
    CO(
        "the 2022 high",
        "record",
        tw(None, 2022)[1] + "; highest of 2013-2024 (2025 partial)",
        "highest of the whole series; unbounded",
    ),
    S("amount", "under $100 billion", tw(None, 2018), under(100)),
    S("change", "roughly 70%", tw_chg(None, 2024, 2018), (66.5, 73.5)),
    NC("3-nanometre", "not_trade", "technology node"),
    NC("5-nanometre", "not_trade", "technology node"),
    S("share", "more than half", tw_share(["China", "Hong Kong"], 2024), over(50)),
    S("amount", "$36.8 billion", tw("Hong Kong", 2024), r(36.8, 0.1)),
    S(
        "record",
        "its lowest since 2020",
        (
            tw("Hong Kong", 2024)[0],
            tw("Hong Kong", 2024)[1]
            + f"; 2021-2023 min {min(t.tw('Hong Kong', y) for y in (2021, 2022, 2023)):,.0f}; 2020 {t.tw('Hong Kong', 2020):,.0f}",
        ),
        (t.tw("Hong Kong", 2020) / B, min(t.tw("Hong Kong", y) for y in (2021, 2022, 2023)) / B),
    ),
    S("change", "rose 8%", tw_chg("China", 2024, 2023), r(8, 1), "contradicted", pts=True),
    S("amount", "$48.5 billion", tw("China", 2024), r(48.5, 0.1)),
    S("multiple", "more than twice", pair(tw("US", 2024), tw("US", 2023)), over(2)),
    S("amount", "$7.4 billion", tw("US", 2024), r(7.4, 0.1)),
    S(
        "rank",
        "seventh",
        (
            7.0,
            "Taiwan customs 2024 destinations ranked: China, Hong Kong, Singapore, Korea, Japan, Malaysia, US (7.40 bn)",
        ),
        (7, 7),
    ),
    CO(
        "the highest on record",
        "record",
        tw("US", 2024)[1] + "; highest of 2013-2024 (2025 Jan-Jul 4.77 bn)",
        "highest of the series, which starts in 2013",
    ),
    S("amount", "$4.35 billion", tw("Vietnam", 2024), r(4.35, 0.01)),
    S("multiple", "ten times", pair(tw("Vietnam", 2024), tw("Vietnam", 2018)), (9.5, 10.5)),
    S("amount", "$10.4 billion", tw("Japan", 2024), r(10.4, 0.1)),
    S("amount", "$15.7 billion", tw("Japan", 2023), r(15.7, 0.1)),
    S("change", "rose 15%", tw_chg("Singapore", 2024, 2023), r(15, 1), "contradicted", pts=True),
    S("amount", "$952 billion", wd(None, 2023), r(952, 1)),
    S(
        "rank",
        "the second-largest exporter",
        (2.0, "2023 reporters ranked: Hong Kong 193.5, Other Asia nes 166.5, China 136.3 bn"),
        (2, 2),
    ),
    S("amount", "$193.5 billion", wd("China, Hong Kong SAR", 2023), r(193.5, 0.1)),
    S("rank", "the third", (3.0, "same 2023 ranking: China third"), (3, 3)),
    S("amount", "$136 billion", wd("China", 2023), r(136, 1)),
    S("amount", "$86 billion", wd("Rep. of Korea", 2023), r(86, 1)),
    S("amount", "close to $90 billion", wd("Malaysia", 2023), nearly(90), "contradicted"),
    NC("more than 90%", "not_trade", "company market share"),
    NC("$10 trillion", "not_trade", "think-tank estimate"),
]
ARTICLES.append(("a2", "2025-03-15", A2, A2L))


# ---------- a3: investor note ----------
A3 = """# China semis: the import machine keeps running, and the tool bill keeps rising

Investor note, Greater China technology hardware. Rating view unchanged: we stay selective on domestic equipment names and cautious on memory.

Headline. China's official customs figures for 2024 show chip imports of $385 billion, up 10.4% on the year, on volumes of 549.2 billion units. That is still some 7% below the 2022 level of $415.6 billion, so the recovery is real but incomplete. Outbound shipments of chips rose 17.4% to $159 billion, which means the country's chip trade deficit narrowed only modestly.

The US channel. The partner detail is more interesting than the total. The customs administration reported $9.61 billion of imports from the United States over the first ten months of 2024, a rise of 42.5%, and October alone was up 60%. In our view this was stockpiling ahead of the December rules that added 140 entities to the US entity list and restricted sales of high-bandwidth memory. The annual UN data confirm the swing: China's imports of US integrated circuits were about $10 billion in 2023, and the 2024 figure was higher again. For context, they were $12.2 billion in 2022 and $17.2 billion in 2013, and peaked in 2021. We would not extrapolate; the base is now small relative to a market of this size, and the remaining flows are dominated by a few product categories that escaped the controls.

Tools. The second leg of our thesis is equipment. SEMI data show Chinese fabs were billed $12.9 billion in the third quarter of 2024, up 17% on a year earlier, making China the largest market for chipmaking tools by a wide margin. North American billings in the quarter rose to $5.4 billion, a sign that US capacity programmes are finally turning into purchase orders. Taiwan's tool spending, by contrast, was lower than in the third quarter of 2023, as the leading foundry digested its previous build-out.

Lithography is the clearest sign of front-loading. China imported 176 lithography machines from the Netherlands in 2023, according to customs data cited by trade publications, more than double the 78 of 2022 and more than four times the 40 it took in 2019. Deliveries of the most advanced deep-ultraviolet immersion systems are now subject to Dutch licences, and extreme-ultraviolet tools were never allowed. A domestic supplier is working on a 28-nanometre scanner, but volume production is not in our forecasts before 2027.

Demand. End demand is less alarming than the headlines. Industry association data show chip sales in China rose 21.6% year on year in June 2024, faster than in Japan, where sales fell 5%. We think the mix, tilted toward AI accelerators and away from handsets, flatters the value figures.

Risks. Three things could break the thesis: a faster-than-expected domestic substitution at 7-nanometre and below, a further tightening of controls on servicing installed tools, and a fall in memory prices. We assign a 30% probability to the first over our 12-month horizon.

Bottom line. Imports, equipment spending and machine counts all point the same way: China is buying what it can while it can. We keep our estimates for the local tool makers 15% above consensus.
"""
A3L = [
    S("amount", "$385 billion", rep(GACC, "value", period_label="2024", measure="import_value"), r(385, 1)),
    S("change", "up 10.4%", rep(GACC, "yoy_pct", period_label="2024", measure="import_value"), r(10.4, 0.1)),
    S(
        "amount",
        "549.2 billion units",
        rep(GACC, "value", period_label="2024", measure="import_quantity"),
        r(549.2, 0.1),
    ),
    S(
        "change",
        "some 7% below",
        pair(
            rep(GACC, "value", period_label="2024", measure="import_value"),
            rep(GACC, "value", period_label="2022", measure="import_value"),
            "chg",
        ),
        (-7.5, -6.5),
    ),
    S(
        "amount",
        "$415.6 billion",
        rep(GACC, "value", period_label="2022", measure="import_value"),
        r(415.6, 0.1),
    ),
    S(
        "change",
        "rose 17.4%",
        rep(GACC, "yoy_pct", period_label="2024", measure="export_value"),
        r(17.4, 0.1),
    ),
    S("amount", "$159 billion", rep(GACC, "value", period_label="2024", measure="export_value"), r(159, 1)),
    NC(
        "narrowed only modestly",
        "direction",
        "the deficit needs 2023 export and import values in the same release; only yoy rates are transcribed, ambiguous",
    ),
    S(
        "amount",
        "$9.61 billion",
        rep(GACC, "value", period_label="Jan-Oct 2024", partner="United States"),
        r(9.61, 0.01),
    ),
    S(
        "change",
        "a rise of 42.5%",
        rep(GACC, "yoy_pct", period_label="Jan-Oct 2024", partner="United States"),
        r(42.5, 0.1),
    ),
    S("change", "up 60%", rep(GACC, "yoy_pct", period_label="Oct 2024", partner="United States"), r(60, 1)),
    NC("140 entities", "count", "count of entity-list additions; not in the data"),
    S("amount", "about $10 billion", cn(2023), about(10), "contradicted"),
    S("direction", "higher again", pair(cn(2024), cn(2023), "chg"), (0, INF)),
    S("amount", "$12.2 billion", cn(2022), r(12.2, 0.1)),
    S("amount", "$17.2 billion", cn(2013), r(17.2, 0.1), "contradicted"),
    CO(
        "peaked in 2021",
        "record",
        cn(2021)[1] + "; highest of 2010-2024",
        "highest of the series, which starts in 2010",
    ),
    S("amount", "$12.9 billion", semi("2024Q3", "China"), r(12.9, 0.1)),
    S("change", "up 17%", pair(semi("2024Q3", "China"), semi("2023Q3", "China"), "chg"), r(17, 1)),
    S(
        "rank",
        "the largest market",
        (1.0, "SEMI 2024Q3 regions: China 12.93 > Taiwan 4.69, Korea 4.52, North America 4.43 ..."),
        (1, 1),
    ),
    S("amount", "$5.4 billion", semi("2024Q3", "North America"), r(5.4, 0.1), "contradicted"),
    S(
        "direction",
        "lower",
        pair(semi("2024Q3", "Taiwan"), semi("2023Q3", "Taiwan"), "chg"),
        (-INF, 0),
        "contradicted",
        note="Taiwan 2024Q3 4.69 bn vs 2023Q3 3.77 bn: higher",
    ),
    S("amount", "176 lithography machines", litho("2023"), (176, 176)),
    S("multiple", "more than double", pair(litho("2023"), litho("2022")), over(2)),
    S("amount", "the 78", litho("2022"), (78, 78)),
    S("multiple", "more than four times", pair(litho("2023"), litho("2019")), over(4)),
    S("amount", "the 40", litho("2019"), (40, 40)),
    NC("28-nanometre", "not_trade", "technology node"),
    S(
        "change",
        "rose 21.6%",
        rep(WSTS, "value", period="2024-06", region="China", measure="yoy_pct"),
        r(21.6, 0.1),
    ),
    S(
        "change",
        "fell 5%",
        rep(WSTS, "value", period="2024-06", region="Japan", measure="yoy_pct"),
        (-5.5, -4.5),
    ),
    NC("7-nanometre", "not_trade", "technology node"),
    NC("a 30% probability", "not_trade", "analyst probability"),
    NC("12-month", "not_trade", "forecast horizon"),
    NC("15% above consensus", "not_trade", "analyst estimate"),
    NC("Three things", "not_trade", "count of risks in the note"),
]
ARTICLES.append(("a3", "2025-04-20", A3, A3L))

# ---------- a4: op-ed, local business paper ----------
A4 = """# Seoul should not mistake a stockpiling boom for a recovery

Every month the trade ministry in Sejong publishes its export figures, and every month for the past two years the headline has been the same: chips are carrying the economy. It is worth remembering how quickly that can change.

In June 2019 the ministry reported that semiconductor exports had dropped 25.3% to $8.4 billion. By October of that year shipments of memory chips were down 43.2%, and semiconductor sales to China had fallen 34.9% to $4.9 billion. Few people in Pangyo or Icheon remember those months fondly, but the lesson they taught still holds: the memory business is a cycle, and the top of a cycle always feels like a new normal.

The numbers now look spectacular. Korean customs returns, as compiled by the United Nations, show memory exports of $94.6 billion in 2025, up about 31% on the year before, with December's $12.6 billion the strongest month on record. Processor and controller exports, the other pillar of the industry, grew far more slowly, by roughly 12% to $36.7 billion. The September 2024 release, with semiconductor exports of $13.6 billion, was hailed as a turning point, and in the first 20 days of September 2025 chip shipments rose a further 27%, to $9.49 billion.

Look across the Pacific and the picture is the same, only louder. American importers bought $373 million of Korean memories in June this year, a record, up from just $131 million a year earlier. In the first half as a whole, the United States took in more than four times as much Korean memory as in the same months of 2025. Over the first seven months of 2026, Korean memory shipments into American ports came to about $800 million, by one brokerage's reckoning.

Where is this coming from? Not, mostly, from a sudden rise in the number of phones or computers sold. Global chip sales rose 17.1% year on year in February 2025, according to the industry association's figures, and the forecasters' 12.5% growth for the year was respectable rather than spectacular. The jump in American purchases looks instead like customers filling warehouses before tariffs arrive. Washington has already set a 15% tariff on most Korean goods, and the threat of a separate semiconductor levy has never quite gone away.

That is the kind of demand that disappears overnight. When it does, the companies that have spent heavily on new lines for high-bandwidth memory will discover how much of their order book was borrowed from next year. Samsung Electronics and SK Hynix have together announced more than 600 trillion won of investment at home over two decades; a good share of that is premised on the current boom lasting.

None of this is an argument against building capacity. It is an argument for honesty in how the figures are read. The government should publish, alongside its monthly headline, how much of the growth comes from a single customer country, and how much from price rather than volume. The ministry already knows both; the data it publishes on exports to China, broken out by product, show that it can.

The next downturn will come. It would be better to meet it with clear eyes than with a press release.
"""
A4L = [
    S(
        "change",
        "dropped 25.3%",
        rep(
            KOR,
            "yoy_as_printed",
            period_label="Jun 2019",
            partner="World",
            product_as_reported="semiconductors",
        ),
        (-25.35, -25.25),
    ),
    S(
        "amount",
        "$8.4 billion",
        rep(
            KOR,
            "value_as_printed",
            period_label="Jun 2019",
            partner="World",
            product_as_reported="semiconductors",
        ),
        r(8.4, 0.1),
    ),
    S(
        "change",
        "down 43.2%",
        rep(KOR, "yoy_as_printed", period_label="Oct 2019", product_as_reported="memory chips"),
        (-43.25, -43.15),
    ),
    S(
        "change",
        "fallen 34.9%",
        rep(
            KOR,
            "yoy_as_printed",
            period_label="Oct 2019",
            partner="China",
            product_as_reported="semiconductors (within ICT exports to China)",
        ),
        (-34.95, -34.85),
    ),
    S(
        "amount",
        "$4.9 billion",
        rep(
            KOR,
            "value_as_printed",
            period_label="Oct 2019",
            partner="China",
            product_as_reported="semiconductors (within ICT exports to China)",
        ),
        r(4.9, 0.1),
    ),
    S("amount", "$94.6 billion", kor(M232, "2025-01", "2025-12"), r(94.6, 0.1)),
    S(
        "change",
        "up about 31%",
        pair(kor(M232, "2025-01", "2025-12"), kor(M232, "2024-01", "2024-12"), "chg"),
        (29.5, 32.5),
    ),
    S("amount", "$12.6 billion", kor(M232, "2025-12"), r(12.6, 0.1)),
    CO(
        "the strongest month on record",
        "record",
        kor_max(M232, "2025-12"),
        "highest of the series (2016-11..2025-12); unbounded",
    ),
    S(
        "change",
        "by roughly 12%",
        pair(kor(P231, "2025-01", "2025-12"), kor(P231, "2024-01", "2024-12"), "chg"),
        (11.4, 12.6),
        "contradicted",
        pts=True,
    ),
    S("amount", "$36.7 billion", kor(P231, "2025-01", "2025-12"), r(36.7, 0.1)),
    S(
        "amount",
        "$13.6 billion",
        rep(
            KOR,
            "value_as_printed",
            period_label="Sep 2024",
            partner="World",
            product_as_reported="semiconductors",
        ),
        r(13.6, 0.1),
    ),
    S(
        "change",
        "rose a further 27%",
        rep(KOR, "yoy_as_printed", period_label="Sep 1-20 2025", partner="World"),
        r(27, 1),
    ),
    S(
        "amount",
        "$9.49 billion",
        rep(KOR, "value_as_printed", period_label="Sep 1-20 2025", partner="World"),
        r(9.49, 0.01),
    ),
    S("amount", "$373 million", us("KR", M232, "2026-06", unit=M), r(373, 1)),
    CO("a record", "record", is_max("KR", M232, "2026-06", b="2026-07"), "highest of the series; unbounded"),
    S("amount", "$131 million", us("KR", M232, "2025-06", unit=M), r(131, 1)),
    S(
        "multiple",
        "more than four times",
        us_ratio("KR", M232, "2026-01", "2026-06", "2025-01", "2025-06"),
        over(4),
    ),
    S(
        "amount",
        "about $800 million",
        us("KR", M232, "2026-01", "2026-07", unit=M),
        about(800),
        "contradicted",
    ),
    S(
        "change",
        "rose 17.1%",
        rep(WSTS, "value", period="2025-02", region="World", measure="yoy_pct"),
        r(17.1, 0.1),
    ),
    S(
        "change",
        "12.5% growth",
        rep(WSTS, "value", period="2025", measure="wsts_forecast_growth_pct"),
        r(12.5, 0.1),
    ),
    NC("a 15% tariff", "not_trade", "tariff rate"),
    NC("more than 600 trillion won", "not_trade", "company investment plan, in won"),
    NC("two decades", "not_trade", "investment horizon"),
    NC("the past two years", "streak", "a claim about press-release headlines, not a trade series"),
]
ARTICLES.append(("a4", "2026-08-25", A4, A4L))

if __name__ == "__main__":
    main()
