"""Label helpers for batch 6: every definite verdict is asserted against the data's figure."""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
# blind/truth.py: beside the batch once copied into the repo (blind/batch6/), else the lead's checkout.
sys.path.insert(0, str(_HERE.parent if (_HERE.parent / "truth.py").exists() else Path("/work/main/blind")))
import truth as t  # noqa: E402

M = t.months
BN = 1e9
INF = float("inf")


def us(p: str, c: int, a: str, b: str) -> tuple[float, str]:
    v = t.k("USA", p, c, M(a, b)) / BN
    return (
        v,
        f"{t.KAZ}: reporter USA, partner {t.PARTNER.get(p, p)}, cmd {c}, months {a}..{b}, sum value_usd = {v:.4f} bn USD",
    )


def rep(r: str, c: int, a: str, b: str) -> tuple[float, str]:
    v = t.k(r, "World", c, M(a, b)) / BN
    return v, f"{t.KAZ}: reporter {r}, partner World, exports, cmd {c}, months {a}..{b}, sum value_usd = {v:.4f} bn USD"


def tw(dest: str | None, y: int) -> tuple[float, str]:
    v = t.tw(dest, y) / BN
    return (
        v,
        f"{t.TWC}: Year {y}, destination {t.TW_DEST.get(dest, 'all (World)') if dest else 'all (World)'}, sum of 11-digit lines = {v:.3f} bn USD"
        + (" (2025 = Jan-Jul preliminary)" if y == 2025 else ""),
    )


def wd(r: str | None, y: int) -> tuple[float, str]:
    v = t.world(r, y) / BN
    return v, f"{t.WLD}: refYear {y}, reporter {r or 'all reporters (sum)'}, 8542 exports to World = {v:.2f} bn USD"


def cn(y: int) -> tuple[float, str]:
    v = t.china_from_us(y) / BN
    return v, f"{t.CHN}: refYear {y}, partner2Code 0, primaryValue = {v:.3f} bn USD"


def se(period: str, region: str) -> tuple[float, str]:
    v = t.semi(period, region)
    return v, f"{t.SEMI}: period {period}, region {region}, billings = {v:.2f} bn USD"


def pct(a: float, b: float) -> float:
    return 100.0 * (a / b - 1.0)


def lab(quote, kind, verdict, truth, note="", occ=1, claimed=None, figure=None):
    d = {"quote": quote, "occurrence": occ, "kind": kind, "verdict": verdict, "truth": truth, "note": note}
    if claimed is not None:
        d["claimed"] = list(claimed)
        d["figure"] = figure
    return d


def S(quote, kind, fig, lo, hi, truth, note="", occ=1):
    assert lo <= fig <= hi, f"supported {quote!r}: {fig} not in [{lo}, {hi}]"
    return lab(quote, kind, "supported", truth, note, occ, (lo, hi), round(fig, 6))


def C(quote, kind, fig, lo, hi, truth, note="", occ=1, pts=False):
    if pts:
        ok = fig < lo - 3 or fig > hi + 3
    else:
        ok = fig < lo / 1.08 or fig > hi * 1.08
    assert ok, f"contradicted {quote!r}: {fig} too close to [{lo}, {hi}]"
    if not note:
        note = f"the data's figure {fig:.4g} is clearly outside the claimed [{lo:.4g}, {hi:.4g}]"
    return lab(quote, kind, "contradicted", truth, note, occ, (lo, hi), round(fig, 6))


def K(quote, kind, truth, note, occ=1):
    return lab(quote, kind, "consistent", truth, note, occ)


def N(quote, kind, note, truth="no data in the store for this", occ=1):
    return lab(quote, kind, "not_checkable", truth, note, occ)


def check_quotes(text: str, labels: list[dict], where: str) -> None:
    for lb in labels:
        n = text.count(lb["quote"])
        assert n >= lb["occurrence"], f"{where}: quote {lb['quote']!r} occurs {n} times, occurrence {lb['occurrence']}"
