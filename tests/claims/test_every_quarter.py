"""A figure for every quarter of a span ("above $X in every quarter of 2024"): each quarter is
checked on its own, never the span's total; quarters missing from the store leave it consistent
at best (branch claims13a, issue 11). Sentences written for these tests; figures from the raw files
(csv module, never through frontload)."""

from __future__ import annotations

import datetime as dt

from frontload.claims.verify import check_text

from ..conftest import DATA, read_csv
from .raw import TWN, proc

SEMI = DATA / "semi_equipment_billings_transcribed" / "semi_equipment_billings_by_region.csv"


def _semi(period: str, region: str) -> float:
    vals = {
        float(r["billings_usd_bn"]) for r in read_csv(SEMI) if r["period"] == period and r["region"] == region
    }
    return min(vals) * 1e9


def test_every_quarter_with_quarters_missing_is_consistent_not_supported(store):
    # 2024: SEMI's annual China figure and only Q2 and Q3 in the file; both above the threshold
    q2, q3 = _semi("2024Q2", "China"), _semi("2024Q3", "China")
    floor = int(min(q2, q3) / 1e9) - 1
    text = f"Chinese equipment billings exceeded ${floor} billion in every quarter of 2024."
    (v,) = check_text(store, text, dt.date(2025, 4, 1))
    assert v.verdict == "consistent", v.explanation
    assert "Q1 2024" in v.explanation and "Q4 2024" in v.explanation, v.explanation


def test_every_quarter_contradicted_by_a_held_quarter(store):
    q2 = _semi("2024Q2", "China")
    above = int(q2 / 1e9) + 1  # above Q2 but far below a quarter of the annual total
    text = f"Chinese equipment billings exceeded ${above} billion in every quarter of 2024."
    (v,) = check_text(store, text, dt.date(2025, 4, 1))
    assert v.verdict == "contradicted", v.explanation
    assert "Q2 2024" in v.explanation, v.explanation


def test_every_quarter_all_held_is_supported(store):
    quarters = [_semi(f"2020Q{k}", "China") for k in range(1, 5)]
    floor = int(min(quarters) / 1e9) - 1
    text = f"Chinese equipment billings topped ${floor} billion in each quarter of 2020."
    (v,) = check_text(store, text, dt.date(2021, 6, 1))
    assert v.verdict == "supported", v.explanation


def test_every_quarter_on_customs_months(store):
    s = proc(TWN)
    q = [sum(s[f"2025-{m:02d}"] for m in range(a, a + 3)) for a in (1, 4, 7, 10)]
    lowest = min(q)
    ok = f"US imports of processors from Taiwan topped ${lowest / 1e9 * 0.9:.1f} billion in every quarter of 2025."
    (v,) = check_text(store, ok, dt.date(2026, 9, 1))
    assert v.verdict == "supported", v.explanation
    # a threshold a quarter of the year's total clears but the weakest quarter does not
    hi = (lowest + (sum(q) / 4 - lowest) / 2) / 1e9
    assert sum(q) / 4 / 1e9 > hi * 1.02 and lowest / 1e9 < hi * 0.98
    bad = f"US imports of processors from Taiwan topped ${hi:.2f} billion in every quarter of 2025."
    (w,) = check_text(store, bad, dt.date(2026, 9, 1))
    assert w.verdict == "contradicted", w.explanation
