"""Write the labelled claims corpus (src/frontload/claims/corpus.jsonl) from the raw bundled files.

Claims are written the way trade news is written (several wordings, rounding to one or two
decimals, some with deliberate errors), and each gets its expected parse and verdict computed here
from the raw CSV rows, never through frontload's own code. Run: python scripts/make_claims_corpus.py
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "frontload" / "data"
OUT = ROOT / "src" / "frontload" / "claims" / "corpus.jsonl"
HAND = ROOT / "scripts" / "claims_handwritten.jsonl"  # press-style sentences labelled by hand
rng = random.Random(20261124)

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def annual_china_us() -> dict[int, float]:
    p = (
        DATA
        / "comtrade_china_imports_from_us_8542_annual"
        / "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv"
    )
    with p.open(encoding="utf-8") as f:
        return {
            int(r["refYear"]): float(r["primaryValue"]) for r in csv.DictReader(f) if r["partner2Code"] == "0"
        }


def kazookat(partner_code: str, cmd: str) -> dict[str, float]:
    p = DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv"
    with p.open(encoding="utf-8") as f:
        return {
            r["date"][:7]: float(r["value_usd"])
            for r in csv.DictReader(f)
            if r["reporter"] == "USA"
            and r["flow"] == "M"
            and r["partner_code"] == partner_code
            and r["cmd_code"] == cmd
        }


def money(v: float, decimals: int, style: int) -> str:
    bn = v / 1e9
    if bn < 1:
        m = v / 1e6
        return [f"US${m:.{decimals}f} million", f"${m:.{decimals}f}m", f"USD {m:.{decimals}f} mn"][style % 3]
    return [
        f"US${bn:.{decimals}f} billion",
        f"${bn:.{decimals}f}bn",
        f"USD {bn:.{decimals}f} bn",
        f"{bn:.{decimals}f} billion dollars",
    ][style % 4]


def main() -> None:
    cases = []
    years = annual_china_us()
    amount_t = [
        "China imported {m} of integrated circuits from the United States in {y}.",
        "In {y}, Beijing bought {m} worth of American chips.",
        "China's imports of US microchips reached {m} in {y}.",
        "Chinese purchases of US semiconductors chips totalled {m} in {y}.",
        "In {y} China imported {m} of chips from the US.",
    ]
    change_t = [
        "China's imports of US chips {d} {p}% in {y}.",
        "In {y}, China's chip imports from the United States {d} {p} per cent.",
        "Beijing's purchases of American integrated circuits {d} {p}% year on year in {y}.",
    ]
    for y, v in sorted(years.items()):
        for k in range(4):
            t = rng.choice(amount_t)
            decimals = rng.choice([1, 2])
            wrong = k == 3
            val = v * (1.08 if rng.random() < 0.5 else 0.92) if wrong else v
            cases.append(
                {
                    "text": t.format(m=money(val, decimals, rng.randrange(4)), y=y),
                    "date": f"{y + 1}-03-01",
                    "expect": {
                        "reporter": "CHN",
                        "partner": "USA",
                        "product": ["8542"],
                        "period": str(y),
                        "verdicts": [["amount", "contradicted" if wrong else "supported"]],
                    },
                }
            )
        if y - 1 in years:
            g = (v / years[y - 1] - 1) * 100
            for k in range(3):
                wrong = k == 2
                gv = g + (rng.choice([-1, 1]) * rng.uniform(3, 9) if wrong else 0)
                word = (
                    ("rose" if gv > 0 else "fell")
                    if rng.random() < 0.5
                    else ("jumped" if gv > 0 else "dropped")
                )
                cases.append(
                    {
                        "text": rng.choice(change_t).format(d=word, p=f"{abs(gv):.1f}", y=y),
                        "date": f"{y + 1}-03-01",
                        "expect": {
                            "reporter": "CHN",
                            "partner": "USA",
                            "product": ["8542"],
                            "period": str(y),
                            "verdicts": [["change", "contradicted" if wrong else "supported"]],
                        },
                    }
                )
    # Monthly claims about China: only the annual total exists in the store -> consistent. Months
    # with a GACC figure as reported (October 2024) are left out: that release decides them.
    for y in (2022, 2023, 2024):
        for mth in rng.sample([m for m in range(1, 13) if (y, m) != (2024, 10)], 5):
            v = years[y] / 12 * rng.uniform(0.6, 1.4)
            cases.append(
                {
                    "text": f"In {MONTHS[mth - 1]} {y}, China imported {money(v, 2, 0)} of chips "
                    "from the US.",
                    "date": f"{y + 1}-01-15",
                    "expect": {
                        "reporter": "CHN",
                        "partner": "USA",
                        "product": ["8542"],
                        "period": f"{MONTHS[mth - 1][:3]} {y}",
                        "verdicts": [["amount", "consistent"]],
                    },
                }
            )
    # US monthly imports by partner (Comtrade monthly).
    partners = {
        "490": ("TWN", "Taiwan"),
        "156": ("CHN", "China"),
        "410": ("KOR", "South Korea"),
        "458": ("MYS", "Malaysia"),
        "704": ("VNM", "Vietnam"),
    }
    products = {"854231": ("processors", "854231"), "854232": ("memory chips", "854232")}
    for code, (iso, name) in partners.items():
        for cmd, (word, hs) in products.items():
            raw = kazookat(code, cmd)
            for key in rng.sample(sorted(k for k in raw if k >= "2022-01"), 7):
                y, mth = int(key[:4]), int(key[5:])
                v = raw[key]
                wrong = rng.random() < 0.3
                val = v * 1.15 if wrong else v
                cases.append(
                    {
                        "text": f"US imports of {word} from {name} were {money(val, 2, rng.randrange(3))} "
                        f"in {MONTHS[mth - 1]} {y}.",
                        "date": f"{y}-{mth:02d}-28",
                        "expect": {
                            "reporter": "USA",
                            "partner": iso,
                            "product": [hs],
                            "period": f"{MONTHS[mth - 1][:3]} {y}",
                            "verdicts": [["amount", "contradicted" if wrong else "supported"]],
                        },
                    }
                )
    # Year to date: "the first N months of Y" (US imports of processors from Taiwan).
    raw = kazookat("490", "854231")
    for y in (2023, 2024, 2025):
        for n in (5, 9):
            v = sum(raw[f"{y}-{m:02d}"] for m in range(1, n + 1))
            words = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"][n - 2]
            cases.append(
                {
                    "text": f"In the first {words} months of {y}, US imports of processors from Taiwan "
                    f"totalled {money(v, 2, 0)}.",
                    "date": f"{y}-12-01",
                    "expect": {
                        "reporter": "USA",
                        "partner": "TWN",
                        "product": ["854231"],
                        "period": f"Jan–{MONTHS[n - 1][:3]} {y}",
                        "verdicts": [["amount", "supported"]],
                    },
                }
            )
    # Not checkable: flows not in the store, other currencies, non-trade numbers.
    for y in (2021, 2022, 2023, 2024):
        cases.append(
            {
                "text": f"Japan imported $3.{y % 10} billion of chips from China in {y}.",
                "date": f"{y + 1}-02-01",
                "expect": {
                    "reporter": "JPN",
                    "partner": "CHN",
                    "product": ["8542"],
                    "period": str(y),
                    "verdicts": [["amount", "not_checkable"]],
                },
            }
        )
        cases.append(
            {
                "text": f"China bought RMB 2.{y % 10} trillion of integrated circuits last year.",
                "date": f"{y + 1}-02-01",
                "expect": {
                    "reporter": "CHN",
                    "partner": None,
                    "product": ["8542"],
                    "period": str(y),
                    "verdicts": [["amount", "not_checkable"]],
                },
            }
        )
        cases.append(
            {
                "text": f"The {y} chips are built on a {7 - y % 3}nm process, two generations behind.",
                "date": f"{y + 1}-02-01",
                "expect": {"verdicts": [["none", "not_checkable"]]},
            }
        )
    cases += (
        streaks_and_quarters() + billings_cases() + partner_cases() + quantity_cases() + not_trade_cases()
    )
    write(cases)


def write(cases: list[dict]) -> None:
    """The templated cases, then the hand-written ones, each marked with its origin."""
    for c in cases:
        c.setdefault("origin", "template")
    hand = [json.loads(line) for line in HAND.read_text(encoding="utf-8").splitlines() if line.strip()]
    for c in hand:
        c["origin"] = "hand"
    cases += hand
    with OUT.open("w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} claims to {OUT} ({len(hand)} hand-written)")


def mlabel(y: int, m: int) -> str:
    return f"{MONTHS[m - 1][:3]} {y}"


def add(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + m - 1 + k
    return i // 12, i % 12 + 1


def streaks_and_quarters() -> list[dict]:
    """Streaks ('above $1 bn every month since June') and quarters, US imports (Comtrade monthly)."""
    out = []
    raw = kazookat("490", "854231")
    for (y, m), end, thr in [
        ((2025, 11), (2026, 7), 1.0),
        ((2025, 11), (2026, 7), 1.2),
        ((2025, 12), (2026, 6), 1.1),
        ((2024, 8), (2024, 10), 0.9),
        ((2024, 7), (2024, 10), 0.9),
        ((2026, 1), (2026, 5), 1.1),
        ((2024, 8), (2025, 1), 0.75),
        ((2025, 12), (2026, 3), 1.5),
    ]:
        n = (end[0] * 12 + end[1]) - (y * 12 + m) + 1
        vals = [raw["{:04d}-{:02d}".format(*add(y, m, k))] for k in range(n)]
        ok = all(v > thr * 1e9 for v in vals)
        dy, dm = add(end[0], end[1], 1)
        since = f"{MONTHS[m - 1]}" + (f" {y}" if rng.random() < 0.5 or y != dy else "")
        cases_text = rng.choice(
            [
                f"US imports of processors from Taiwan have stayed above ${thr:g} billion every month "
                f"since {since}.",
                f"America's processor imports from Taiwan have been above ${thr:g}bn each month "
                f"since {since}.",
            ]
        )
        out.append(
            {
                "text": cases_text,
                "date": f"{dy}-{dm:02d}-15",
                "expect": {
                    "reporter": "USA",
                    "partner": "TWN",
                    "product": ["854231"],
                    "period": f"{mlabel(y, m)}–{mlabel(*end)}"
                    if y != end[0]
                    else f"{MONTHS[m - 1][:3]}–{MONTHS[end[1] - 1][:3]} {y}",
                    "verdicts": [["streak", "supported" if ok else "contradicted"]],
                },
            }
        )
    partners = {"490": ("TWN", "Taiwan"), "458": ("MYS", "Malaysia"), "410": ("KOR", "South Korea")}
    for code, (iso, name) in partners.items():
        for cmd, word in (("854231", "processors"), ("854232", "memory chips")):
            r = kazookat(code, cmd)
            for y, q in rng.sample([(yy, qq) for yy in (2023, 2024, 2025) for qq in (1, 2, 3, 4)], 3):
                v = sum(r[f"{y:04d}-{3 * q - 2 + k:02d}"] for k in range(3))
                wrong = rng.random() < 0.3
                val = v * (0.85 if wrong else 1.0)
                qtext = rng.choice(
                    [f"in the {['first', 'second', 'third', 'fourth'][q - 1]} quarter of {y}", f"in Q{q} {y}"]
                )
                out.append(
                    {
                        "text": f"US imports of {word} from {name} were {money(val, 2, 0)} {qtext}.",
                        "date": f"{y + 1}-03-01",
                        "expect": {
                            "reporter": "USA",
                            "partner": iso,
                            "product": [cmd],
                            "period": f"Q{q} {y}",
                            "verdicts": [["amount", "contradicted" if wrong else "supported"]],
                        },
                    }
                )
    return out


def semi() -> dict[tuple[str, str], list[float]]:
    """SEMI billings as printed: {(period, region): [values on the pages]}."""
    p = DATA / "semi_equipment_billings_transcribed" / "semi_equipment_billings_by_region.csv"
    out: dict[tuple[str, str], list[float]] = {}
    with p.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.setdefault((r["period"], r["region"]), []).append(float(r["billings_usd_bn"]))
    return out


def qtext(period: str) -> str:
    if "Q" not in period:
        return f"in {period}"
    y, q = period.split("Q")
    return rng.choice(
        [f"in the {['first', 'second', 'third', 'fourth'][int(q) - 1]} quarter of {y}", f"in Q{q} {y}"]
    )


def plabel(period: str) -> str:
    return f"Q{period[-1]} {period[:4]}" if "Q" in period else period


def billings_cases() -> list[dict]:
    """SEMI equipment billings by region: amounts, combined totals, shares, ranks. Periods where pages
    print different values for one region are left to the hand-written cases."""
    t = semi()
    clean = {k: v[0] for k, v in t.items() if len(set(v)) == 1}
    periods = sorted({k[0] for k in clean if (k[0], "Total") in clean and (k[0], "China") in clean})
    regions = ["China", "Korea", "Taiwan", "Japan", "North America", "Europe", "Rest of World"]
    iso = {"China": "CHN", "Korea": "KOR", "Taiwan": "TWN", "Japan": "JPN"}
    out = []
    for period in periods:
        if not all((period, r) in clean for r in regions):
            continue
        y = int(period[:4])
        date = f"{y + 1}-02-15" if "Q" not in period else f"{y}-{min(12, 3 * int(period[-1]) + 3):02d}-10"
        vals = {r: clean[(period, r)] for r in regions}
        total = clean[(period, "Total")]
        china = vals["China"]
        wrong = rng.random() < 0.3
        shown = china * (1.1 if wrong else 1.0)
        out.append(
            {
                "text": f"Chip equipment spending in China reached ${shown:.2f} billion {qtext(period)}, "
                "according to SEMI.",
                "date": date,
                "expect": {
                    "reporter": "CHN",
                    "partner": None,
                    "product": ["8486", "903082", "903141"],
                    "period": plabel(period),
                    "verdicts": [["amount", "contradicted" if wrong else "supported"]],
                },
            }
        )
        others = vals["Korea"] + vals["Taiwan"] + vals["North America"]
        if abs(china - others) > 0.05:
            out.append(
                {
                    "text": f"China's spending on semiconductor equipment {qtext(period)} exceeded the "
                    "combined "
                    "total of Korea, Taiwan and North America.",
                    "date": date,
                    "expect": {"verdicts": [["combined", "supported" if china > others else "contradicted"]]},
                }
            )
        share = china / total * 100
        if rng.random() < 0.5:
            claimed, word = round(share + rng.choice([0, 0, 6, -6])), None
            text = f"China accounted for {claimed}% of global chip equipment billings {qtext(period)}."
            ok = abs(share - claimed) <= 0.5 + 0.01 * 100 / total + 0.005 * 100 / total
        else:
            fr = {"a quarter": 25.0, "a third": 100 / 3, "two-thirds": 200 / 3, "half": 50.0}
            word = rng.choice(list(fr))
            claimed = fr[word]
            text = f"China made up {word} of worldwide equipment billings {qtext(period)}, SEMI data show."
            ok = abs(share - claimed) <= 2.5 + 0.01 * 100 / total
        out.append(
            {
                "text": text,
                "date": date,
                "expect": {"verdicts": [["share", "supported" if ok else "contradicted"]]},
            }
        )
        ranked = sorted(regions, key=lambda r: -vals[r])
        for r in ("China", "Korea", "Taiwan"):
            if rng.random() < 0.5:
                continue
            pos = ranked.index(r) + 1
            claim_pos = rng.choice([pos, pos, 1, 2])
            word = {1: "the largest", 2: "the second-largest", 3: "the third-largest"}.get(claim_pos)
            if word is None:
                continue
            out.append(
                {
                    "text": f"{r if r != 'Korea' else 'South Korea'} was {word} market for chipmaking "
                    f"equipment {qtext(period)}.",
                    "date": date,
                    "expect": {
                        "reporter": iso[r],
                        "partner": None,
                        "product": ["8486", "903082", "903141"],
                        "period": plabel(period),
                        "verdicts": [["rank", "supported" if pos == claim_pos else "contradicted"]],
                    },
                }
            )
    return out


def us_case(text: str, year: int, partner: str, cmd: str, measure: str, verdict: str) -> dict:
    """A claim about US imports from one partner over a calendar year, published the next March."""
    return {
        "text": text,
        "date": f"{year + 1}-03-01",
        "expect": {
            "reporter": "USA",
            "partner": partner,
            "product": [cmd],
            "period": str(year),
            "verdicts": [[measure, verdict]],
        },
    }


def partner_cases() -> list[dict]:
    """Shares, ranks and records of US imports by partner (Comtrade monthly, partners in the file)."""
    out = []
    codes = {"490": "TWN", "458": "MYS", "410": "KOR", "156": "CHN", "704": "VNM", "392": "JPN"}
    names = {"TWN": "Taiwan", "MYS": "Malaysia", "KOR": "South Korea", "CHN": "China", "VNM": "Vietnam"}
    for cmd, word in (("854231", "processor"), ("854232", "memory chip")):
        world = kazookat("0", cmd)
        parts = {iso: kazookat(code, cmd) for code, iso in codes.items()}
        for y in (2022, 2023, 2024, 2025):
            keys = [f"{y}-{m:02d}" for m in range(1, 13)]
            tot = sum(world[k] for k in keys)
            vals = {iso: sum(p[k] for k in keys) for iso, p in parts.items() if all(k in p for k in keys)}
            for iso in ("TWN", "MYS"):
                share = vals[iso] / tot * 100
                err = rng.random() < 0.35
                claimed = round(share + (rng.choice([-7, 7]) if err else 0))
                ok = abs(share - claimed) <= 0.5
                text = f"{names[iso]} accounted for {claimed}% of US {word} imports in {y}."
                out.append(us_case(text, y, iso, cmd, "share", "supported" if ok else "contradicted"))
            ranked = sorted(vals, key=lambda k: -vals[k])
            residual = tot - sum(vals.values())
            # 2024 also has the Census annual file with every partner: left to the verifier's own
            # look-up, not modelled here.
            for iso in rng.sample(["TWN", "MYS", "KOR", "CHN"], 2 if y != 2024 else 0):
                pos = ranked.index(iso) + 1
                # The largest in the file is proved only if the partners outside it cannot add up to more.
                verdict = (
                    "contradicted"
                    if pos > 1
                    else ("supported" if residual < 0.95 * vals[iso] else "consistent")
                )
                text = f"{names[iso]} was the largest source of US {word} imports in {y}."
                out.append(us_case(text, y, iso, cmd, "rank", verdict))
    # Records: a month against every earlier month of the series (the file starts in Nov 2016).
    raw = kazookat("490", "854231")
    keys = sorted(raw)
    for key in rng.sample([k for k in keys if k >= "2024-01"], 8):
        i = keys.index(key)
        higher = [k for k in keys[:i] if raw[k] >= raw[key]]
        y, m = int(key[:4]), int(key[5:])
        if higher:
            last = higher[-1]
            claim_y = int(last[:4]) if rng.random() < 0.6 else int(last[:4]) - 1 + rng.choice([0, 2])
            verdict = "supported" if int(last[:4]) <= claim_y else "contradicted"
            text = (
                f"US imports of processors from Taiwan rose to {money(raw[key], 2, 1)} in "
                f"{MONTHS[m - 1]} {y}, "
                f"the highest since {claim_y}."
            )
            verdicts = [["amount", "supported"], ["record", verdict]]
        else:
            text = (
                f"US imports of processors from Taiwan hit a record {money(raw[key], 2, 1)} in "
                f"{MONTHS[m - 1]} {y}."
            )
            verdicts = [["amount", "supported"], ["record", "supported"]]
        out.append(
            {
                "text": text,
                "date": f"{y}-{m:02d}-28",
                "expect": {
                    "reporter": "USA",
                    "partner": "TWN",
                    "product": ["854231"],
                    "period": mlabel(y, m),
                    "verdicts": verdicts,
                },
            }
        )
    return out


def quantity_cases() -> list[dict]:
    """Counts of chips ('549.2 billion units') against GACC's releases as quoted."""
    p = DATA / "gacc_ic_imports_headline_transcribed" / "china_ic_imports_headline_figures.csv"
    out = []
    with p.open(encoding="utf-8") as f:
        rows = [
            r
            for r in csv.DictReader(f)
            if r["measure"] == "import_quantity" and r["value"] and r["partner"] == "World"
        ]
    for r in rows:
        y = int(r["period_start"][:4])
        m0, m1 = int(r["period_start"][5:]), int(r["period_end"][5:])
        if m0 != 1 and m0 != m1:
            continue
        if m1 == 12 and m0 == 1:
            per, label = f"in {y}", str(y)
        elif m0 == m1:
            per, label = f"in {MONTHS[m0 - 1]} {y}", mlabel(y, m0)
        elif m1 == 6:
            per, label = f"in the first half of {y}", f"Jan–Jun {y}"
        else:
            words = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
            per = f"in the first {words[m1 - 2]} months of {y}"
            label = f"Jan–{MONTHS[m1 - 1][:3]} {y}"
        v = float(r["value"])
        wrong = rng.random() < 0.3
        shown = v * 1.12 if wrong else v
        d = len(r["value"].split(".")[1]) if "." in r["value"] else 0
        out.append(
            {
                "text": f"China imported {shown:.{d}f} billion "
                f"{rng.choice(['units of integrated circuits', 'chips'])} {per}.",
                "date": f"{y + 1}-01-20",
                "expect": {
                    "reporter": "CHN",
                    "partner": None,
                    "product": ["8542"],
                    "period": label,
                    "verdicts": [["quantity", "contradicted" if wrong else "supported"]],
                },
            }
        )
    return out


def not_trade_cases() -> list[dict]:
    out = []
    for rate, who in ((25, "Chinese"), (50, "Chinese"), (100, "imported"), (10, "Malaysian")):
        out.append(
            {
                "text": f"Washington is considering a {rate}% tariff on {who} semiconductors.",
                "date": "2025-04-10",
                "expect": {"verdicts": [["none", "not_checkable"]]},
            }
        )
    for n in (140, 36, 80):
        out.append(
            {
                "text": f"The Commerce Department added {n} Chinese companies to the Entity List in "
                "December 2024.",
                "date": "2025-01-10",
                "expect": {"verdicts": [["none", "not_checkable"]]},
            }
        )
    out.append(
        {
            "text": "The rules took effect on October 7, 2022, and were tightened on October 17, 2023.",
            "date": "2024-01-10",
            "expect": {"verdicts": [["none", "not_checkable"]]},
        }
    )
    return out


if __name__ == "__main__":
    main()
