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
    with OUT.open("w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} claims to {OUT}")


if __name__ == "__main__":
    main()
