"""The backtest harness: how often does the detector find a surge of known shape and size, and cry wolf?

For each real monthly series in the store, each history length H (12 to 96
months) and each placebo effective month E (every ``step`` months where the
run-up [E − lead, E] and H gap-free months before it exist), every baseline is
fitted once on the H months, exactly as :func:`frontload.detect.excess.detect`
fits it, and the counterfactual's median and log-scale standard deviation over
the run-up are kept. With the data as they are, the case is a **placebo**;
injecting a surge multiplies the actual values of some run-up months by
(1 + u), which on the log scale adds log(1 + u) to those months' residuals and
touches nothing the baseline saw. So one fit serves every shape and size:

* ``spike``: one month, the month before the effective month, at +size;
* ``ramp``: the last three months before and including the effective month at
  +size × (0.5, 1, 1.5) (a build-up averaging +size);
* ``plateau``: six months up to the effective month at +size.

The best-stretch statistic of :mod:`frontload.detect.scan` is computed for each
case; :func:`calibrate` sets each baseline's and history band's factor from the
placebo cases (the 95% quantile of best t / c_max), and :func:`evaluate`
reports false alarms and power with factors **cross-fitted** across two halves
of the products (a product's partners share shocks, so a half holds whole
products): each case is judged with the factor calibrated on the other half.

The control method (``synthetic``) is a synthetic control from the same
product's other partners (the World total excluded), for the flows that have
at least two such donors. Real data have real shocks (2020–21, the 2022
downturn, the 2024–25 AI server boom), so the false-alarm rate on placebo dates
is an upper bound on that of a perfect method.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..model import Query, from_month_index
from ..stats.series import Series
from ..store import query as Q
from ..store.store import Store
from . import baselines as B
from . import controls as C
from . import scan as S

SHAPES: dict[str, tuple[int, tuple[float, ...]]] = {
    # name: (months before the effective month where the surge ends, multipliers of +size)
    "spike": (1, (1.0,)),
    "ramp": (0, (0.5, 1.0, 1.5)),
    "plateau": (0, (1.0,) * 6),
}
SIZES = (0.3, 0.6, 1.0)
HISTORIES = (12, 18, 24, 36, 60, 96)
METHODS = (*B.BASELINES, "auto", "synthetic")


def monthly_series(store: Store, min_months: int = 60) -> list[Series]:
    """Every Comtrade monthly flow in the store with at least ``min_months`` months."""
    con = store.con
    keys = con.execute(
        "SELECT DISTINCT reporter, flow, product FROM observations "
        "WHERE source = 'comtrade' AND freq = 'M' AND months = 1 AND level = 6 ORDER BY ALL"
    ).fetchall()
    out = []
    # One query per reporter, flow and product returns every partner's series at once.
    for rep, flow, prod in keys:
        by_partner = Q.series_by(store, Query(rep, "*", flow, prod, freq="M", source="comtrade"), "partner")
        for _, s in sorted(by_partner.items()):
            if sum(1 for p in s.points if p.months == 1) >= min_months:
                out.append(s)
    return out


@dataclass
class Case:
    """One fit: a series, a method, a history length and a placebo effective month, over the run-up."""

    series: str
    product: str
    method: str
    history: int
    event: dt.date
    actual: np.ndarray  # run-up, USD
    cf: np.ndarray  # counterfactual median, USD
    sd: np.ndarray  # log-scale sd of the counterfactual


def _values(s: Series) -> dict[int, float]:
    return {p.start: p.value for p in s.points if p.months == 1}


def placebo_events(v: dict[int, float], history: int, lead: int, step: int) -> list[int]:
    """Effective months (month indexes) with a full run-up and ``history`` gap-free months before it."""
    if not v:
        return []
    lo, hi = min(v), max(v)
    out = []
    e = lo + history + lead
    e += (-e) % step  # on a fixed calendar grid, so that series and histories share dates
    while e <= hi:
        if all(i in v for i in range(e - lead - history, e + 1)):
            out.append(e)
        e += step
    return out


def cases(series: list[Series], *, histories: tuple[int, ...] = HISTORIES, lead: int = 6, step: int = 12,
          methods: tuple[str, ...] = METHODS) -> list[Case]:
    """Every fit of the backtest (the slow part: ETS and STL+ARIMA per case, and auto's own backtest)."""
    out: list[Case] = []
    w = lead + 1
    by_product: dict[tuple[str, str, str], list[Series]] = {}
    for s in series:
        by_product.setdefault((s.key.reporter, s.key.flow, s.key.product), []).append(s)
    for s in series:
        v = _values(s)
        donors = [(d, _values(d)) for d in by_product[(s.key.reporter, s.key.flow, s.key.product)]
                  if d.key.partner not in (s.key.partner, "WLD")]
        for hist in histories:
            for e in placebo_events(v, hist, lead, step):
                run0 = e - lead
                fit = list(range(run0 - hist, run0))
                y = np.array([v[i] for i in fit])
                actual = np.array([v[i] for i in range(run0, e + 1)])
                fcs: dict[str, B.Forecast] = {}
                for m in methods:
                    if m in B.BASELINES and hist >= B.MIN_HISTORY[m]:
                        fcs[m] = B.BASELINES[m](y, w)
                if "auto" in methods:
                    scores = B.backtest(y, h=min(12, w))
                    name = min(scores, key=lambda k: scores[k]) if scores else B.usable(hist)[0]
                    fcs["auto"] = fcs.get(name) or B.BASELINES[name](y, w)
                for m, fc in fcs.items():
                    out.append(Case(s.key.label(), s.key.product, m, hist, from_month_index(e), actual,
                                    fc.median(), fc.sd))
                if "synthetic" in methods and s.key.partner != "WLD":
                    ok = [dv for _, dv in donors if all(i in dv for i in range(run0 - hist, e + 1))]
                    if len(ok) >= 2:
                        df = np.log1p(np.array([[dv[i] for dv in ok] for i in fit]))
                        dw = np.log1p(np.array([[dv[i] for dv in ok] for i in range(run0, e + 1)]))
                        _, cf_log, rmse = C.synthetic_counterfactual(np.log1p(y), df, dw)
                        out.append(Case(s.key.label(), s.key.product, "synthetic", hist, from_month_index(e),
                                        actual, np.expm1(cf_log), np.full(w, rmse * math.sqrt(1 + 1 / hist))))
    return out


def injected(c: Case, shape: str, size: float) -> np.ndarray:
    """The run-up's actual values with a surge of ``shape`` and ``size`` injected."""
    back, mult = SHAPES[shape]
    a = c.actual.copy()
    end = len(a) - back
    for k, m in enumerate(mult):
        a[end - len(mult) + k] *= 1 + size * m
    return a


def best_t(cs: list[Case], shape: str | None = None, size: float = 0.0) -> np.ndarray:
    """Best scan statistic of each case (placebo when ``shape`` is None)."""
    if not cs:
        return np.array([])
    a = np.array([c.actual if shape is None else injected(c, shape, size) for c in cs])
    cf = np.array([c.cf for c in cs])
    sd = np.array([c.sd for c in cs])
    with np.errstate(divide="ignore", invalid="ignore"):
        r = np.log(a / cf)
    return S.scan_t(r, sd, cf)


MIN_CASES = 30  # placebo cases needed to calibrate a band: fewer, and the 95% quantile is a guess


def calibrate(cs: list[Case], level: float = 0.95) -> dict[tuple[str, tuple[int, int]], float]:
    """The factor of each method and history band: the ``level`` quantile of best t / c_max on placebos."""
    out: dict[tuple[str, tuple[int, int]], float] = {}
    groups: dict[tuple[str, tuple[int, int]], list[Case]] = {}
    for c in cs:
        b = S.band(c.history)
        if b is not None:
            groups.setdefault((c.method, b), []).append(c)
    for key, g in groups.items():
        if len(g) < MIN_CASES:
            continue
        w = len(g[0].actual)
        u = best_t(g) / S.c_max(w)
        out[key] = round(float(np.quantile(u[np.isfinite(u)], level)), 3)
    return out


def _halves(cs: list[Case]) -> tuple[list[Case], list[Case]]:
    products = sorted({c.product for c in cs})
    a = set(products[::2])
    return [c for c in cs if c.product in a], [c for c in cs if c.product not in a]


def evaluate(cs: list[Case], *, sizes: tuple[float, ...] = SIZES) -> list[dict[str, Any]]:
    """False alarms and power per method and history band, with cross-fitted calibration factors."""
    h1, h2 = _halves(cs)
    judged: list[tuple[Case, float | None]] = []
    for test, train in ((h1, h2), (h2, h1)):
        cal = calibrate(train)
        for c in test:
            b = S.band(c.history)
            f = cal.get((c.method, b)) if b else None
            judged.append((c, None if f is None else f * S.c_max(len(c.actual))))
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    keys = sorted({(c.method, S.band(c.history)) for c, _ in judged},
                  key=lambda k: (METHODS.index(k[0]), k[1] or (0, 0)))
    for m, b in [*keys, *[(m, None) for m in METHODS]]:
        sel = [(c, k) for c, k in judged if c.method == m and (b is None or S.band(c.history) == b)]
        sel = [(c, k) for c, k in sel if k is not None]
        if not sel:
            continue
        cc = [c for c, _ in sel]
        crit = np.array([k for _, k in sel])
        row: dict[str, Any] = {"method": m, "history": "all" if b is None else S.band_label(b),
                               "cases": len(cc), "false_alarm_rate": float(np.mean(best_t(cc) > crit))}
        for shape in SHAPES:
            for size in sizes:
                row[f"{shape}_{int(size * 100)}"] = float(np.mean(best_t(cc, shape, size) > crit))
        rows[(m, row["history"])] = row
    return list(rows.values())


def to_markdown(table: list[dict[str, Any]], sizes: tuple[float, ...] = SIZES) -> str:
    head = ["method", "history (months)", "cases", "false alarms"]
    for shape in SHAPES:
        head += [f"{shape} +{int(s * 100)}%" for s in sizes]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in table:
        cells = [r["method"], r["history"], str(r["cases"]), _pct(r["false_alarm_rate"])]
        for shape in SHAPES:
            cells += [_pct(r[f"{shape}_{int(s * 100)}"]) for s in sizes]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def run(series: list[Series], *, histories: tuple[int, ...] = HISTORIES, lead: int = 6, step: int = 12,
        methods: tuple[str, ...] = METHODS, sizes: tuple[float, ...] = SIZES) -> list[dict[str, Any]]:
    """The backtest table (:func:`evaluate` over :func:`cases`)."""
    return evaluate(cases(series, histories=histories, lead=lead, step=step, methods=methods), sizes=sizes)


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f}%"
