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

The control methods are synthetic controls (:mod:`frontload.detect.controls`)
for the flows that have at least two donors: ``synthetic`` from the same
product's other partners (the World total excluded), ``synthetic_wide`` from
those and the *related products of the same partner* (the other HS6 codes the
reporter imports from that partner; for a World flow, the other codes' World
flows). The donors are untouched by the injected surge: a real action that
also covers the donor products would move them too, so donors must be products
the action does not cover. Real data have real shocks (2020–21, the 2022
downturn, the 2024–25 AI server boom), so the false-alarm rate on placebo dates
is an upper bound on that of a perfect method.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..model import from_month_index
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
METHODS = (*B.BASELINES, "auto", "synthetic", "synthetic_wide")
SLOW = ("ets", "stl_arima", "auto")  # a second or more per fit: placed on a coarser grid of dates
SLOW_HISTORIES = (36, 72)


def monthly_series(store: Store, min_months: int = 60) -> list[Series]:
    """Every Comtrade monthly flow in the store with at least ``min_months`` months."""
    con = store.con
    keys = con.execute(
        "SELECT DISTINCT reporter, flow, product FROM observations "
        "WHERE source = 'comtrade' AND freq = 'M' AND months = 1 AND level = 6 ORDER BY ALL"
    ).fetchall()
    out = []
    # One query returns every partner's series of every reporter, flow and product at once (the same
    # series as one query per key: benchmarks.same_output --web, tests/detect/test_validate.py).
    found = Q.series_by_partner_each(store, keys, source="comtrade", freq="M")
    for key in keys:
        for _, s in sorted(found[key].items()):
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
          methods: tuple[str, ...] = METHODS, slow_step: int | None = None,
          slow_histories: tuple[int, ...] | None = None) -> list[Case]:
    """Every fit of the backtest (the slow part: ETS and STL+ARIMA per case, and auto's own backtest).

    The fast methods are fitted at every ``step``-th month and every history in ``histories``; the
    slow ones (:data:`SLOW`) at every ``slow_step``-th month (default ``step``) and the histories of
    36 months or more in ``slow_histories`` (default ``histories``), because each of their fits takes
    a second or more; ``auto`` below 36 months (seasonal naive or seasonal+trend) is a fast one.
    """
    out: list[Case] = []
    slow_step = slow_step or step
    slow_histories = histories if slow_histories is None else slow_histories
    w = lead + 1
    by_product: dict[tuple[str, str, str], list[Series]] = {}
    for s in series:
        by_product.setdefault((s.key.reporter, s.key.flow, s.key.product), []).append(s)
    by_partner: dict[tuple[str, str, str], list[Series]] = {}
    for s in series:
        by_partner.setdefault((s.key.reporter, s.key.flow, s.key.partner), []).append(s)
    values = {s.key: _values(s) for s in series}
    for s in series:
        v = values[s.key]
        donors = [values[d.key] for d in by_product[(s.key.reporter, s.key.flow, s.key.product)]
                  if d.key.partner not in (s.key.partner, "WLD")]
        related = [values[d.key] for d in by_partner[(s.key.reporter, s.key.flow, s.key.partner)]
                   if d.key.product != s.key.product]
        # A World flow's partners are parts of it: a surge in the total is in them too.
        if s.key.partner == "WLD":
            donors = []
        pools = {"synthetic": donors, "synthetic_wide": donors + related}
        fast_m = tuple(m for m in methods if m not in SLOW)
        slow_m = tuple(m for m in methods if m in SLOW)
        grid = sorted({(h, e, False) for h in histories if fast_m or "auto" in methods
                       for e in placebo_events(v, h, lead, step)}
                      | {(h, e, True) for h in slow_histories if slow_m and h >= B.MIN_HISTORY["ets"]
                         for e in placebo_events(v, h, lead, slow_step)})
        for hist, e, slow in grid:
            run0 = e - lead
            fit = list(range(run0 - hist, run0))
            y = np.array([v[i] for i in fit])
            actual = np.array([v[i] for i in range(run0, e + 1)])
            fcs: dict[str, B.Forecast] = {}
            # Below 36 months auto chooses between seasonal naive and seasonal+trend: fast.
            short_auto = ("auto",) if "auto" in methods and hist < B.MIN_HISTORY["ets"] else ()
            ms = slow_m if slow else fast_m + short_auto
            for m in ms:
                if m in B.BASELINES and hist >= B.MIN_HISTORY[m]:
                    fcs[m] = B.BASELINES[m](y, w)
            if "auto" in ms:
                scores = B.backtest(y, h=min(12, w))
                name = min(scores, key=lambda k: scores[k]) if scores else B.usable(hist)[0]
                fcs["auto"] = fcs.get(name) or B.BASELINES[name](y, w)
            for m, fc in fcs.items():
                out.append(Case(s.key.label(), s.key.product, m, hist, from_month_index(e), actual,
                                fc.median(), fc.sd))
            for m in ("synthetic", "synthetic_wide"):
                # A donor with a zero month is no guide on the log scale (log1p(0) is a cliff).
                ok = [dv for dv in pools[m] if all(dv.get(i, 0) > 0 for i in range(run0 - hist, e + 1))]
                if m in ms and len(ok) >= 2:
                    df = np.log1p(np.array([[dv[i] for dv in ok] for i in fit]))
                    dw = np.log1p(np.array([[dv[i] for dv in ok] for i in range(run0, e + 1)]))
                    _, cf_log, rmse = C.synthetic_counterfactual(np.log1p(y), df, dw)
                    out.append(Case(s.key.label(), s.key.product, m, hist, from_month_index(e),
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
        out[key] = round(placebo_quantile(u[np.isfinite(u)], level), 3)
    return out


def placebo_quantile(u: np.ndarray, level: float = 0.95) -> float:
    """The split-conformal quantile: the ⌈(n + 1)·level⌉-th smallest of ``n`` placebo statistics.

    A new placebo exchangeable with these exceeds it with probability at most 1 − level, where
    the plain sample quantile is exceeded more often when n is small (auto's 7% false alarms at
    36+ months with 44–68 placebos a half; 4–5% with 184–351 and this quantile). Infinite (no
    verdict) when n is too small for it.
    """
    n = len(u)
    k = math.ceil((n + 1) * level)
    return float(np.sort(u)[k - 1]) if k <= n else math.inf


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


NOISE_CLASSES: tuple[tuple[float, float], ...] = ((0.0, 0.15), (0.15, 0.25), (0.25, 0.35), (0.35, 0.5),
                                                  (0.5, math.inf))


def oracle_power(sigma: float, *, w: int = 7, rho: float = S.RHO, sizes: tuple[float, ...] = SIZES,
                 draws: int = 20_000, seed: int = 5) -> dict[str, float]:
    """The ceiling: power of a perfectly calibrated scan when the noise is known.

    Forecast errors exactly Gaussian with log-scale sd ``sigma`` in every month and correlation
    ``rho`` across months, the scan against c_max (exactly 5% false alarms): no method on a series
    that noisy can beat this without information the scan does not have. ``known_*`` is the
    stronger oracle that also knows which months the surge is in (one one-sided 5% test on them).
    """
    rng = np.random.default_rng(seed)
    z = math.sqrt(1 - rho) * rng.standard_normal((draws, w))
    z += math.sqrt(rho) * rng.standard_normal((draws, 1))
    noise = -sigma * z
    sd = np.full((draws, w), sigma)
    cf = np.ones((draws, w))
    c = S.c_max(w)
    out = {"sigma": sigma, "false_alarm_rate": float(np.mean(S.scan_t(noise, sd, cf) > c))}
    for shape, (back, mult) in SHAPES.items():
        for size in sizes:
            add = np.zeros(w)
            add[w - back - len(mult): w - back] = np.log1p(size * np.array(mult))
            r = noise + add
            out[f"{shape}_{int(size * 100)}"] = float(np.mean(S.scan_t(r, sd, cf) > c))
            k = add > 0
            se = S.stretch_se(np.ones(int(k.sum())), np.full(int(k.sum()), sigma), rho)
            t = np.log(np.exp(r[:, k]).mean(axis=1)) / se
            out[f"known_{shape}_{int(size * 100)}"] = float(np.mean(t > 1.6449))
    return out


def noise_table(cs: list[Case], method: str = "auto", min_history: int = 36) -> list[dict[str, Any]]:
    """Cases of ``method`` by noise class (the forecast's mean log-scale sd over the run-up), each judged
    with its own class's placebo factor (in sample, so 5% false alarms by construction), beside the
    ceiling (:func:`oracle_power`) at the class's effective noise: the claimed sd times that factor
    (the factor is 1 when the errors are Gaussian with the claimed sd)."""
    sel = [c for c in cs if c.method == method and c.history >= min_history]
    rows = []
    for lo, hi in NOISE_CLASSES:
        g = [c for c in sel if lo <= float(np.mean(c.sd)) < hi]
        if len(g) < MIN_CASES:
            continue
        w = len(g[0].actual)
        u = best_t(g) / S.c_max(w)
        factor = placebo_quantile(u[np.isfinite(u)])
        crit = factor * S.c_max(w)
        claimed = float(np.median([np.mean(c.sd) for c in g]))
        row: dict[str, Any] = {"class": f"{lo:.2f}–{hi:.2f}" if math.isfinite(hi) else f"≥ {lo:.2f}",
                               "cases": len(g), "share": len(g) / len(sel), "claimed_sd": claimed,
                               "factor": factor, "effective_sd": claimed * factor,
                               "false_alarm_rate": float(np.mean(best_t(g) > crit))}
        ceiling = oracle_power(claimed * factor)
        for shape in SHAPES:
            for size in (0.6, 1.0):
                key = f"{shape}_{int(size * 100)}"
                row[key] = float(np.mean(best_t(g, shape, size) > crit))
                row["ceiling_" + key] = ceiling[key]
        rows.append(row)
    return rows


def noise_markdown(rows: list[dict[str, Any]]) -> str:
    head = ["forecast sd", "cases", "share", "claimed sd", "factor", "effective sd"]
    keys = [f"{shape}_{s}" for shape in SHAPES for s in (60, 100)]
    head += [f"{k.replace('_', ' +')}% (ceiling)" for k in keys]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [r["class"], str(r["cases"]), _pct(r["share"]), f"{r['claimed_sd']:.2f}",
                 f"{r['factor']:.2f}", f"{r['effective_sd']:.2f}"]
        cells += [f"{_pct(r[k])} ({_pct(r['ceiling_' + k])})" for k in keys]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def oracle_markdown(sigmas: tuple[float, ...] = (0.1, 0.15, 0.2, 0.25, 0.35, 0.5)) -> str:
    """The ceiling by noise level: power of the perfectly calibrated scan (and, in brackets, of the
    test that also knows the surge's months), 5% false alarms."""
    head = ["noise sd (log)"] + [f"{shape} +{int(s * 100)}%" for shape in SHAPES for s in SIZES]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for sg in sigmas:
        o = oracle_power(sg)
        keys = [f"{sh}_{int(s * 100)}" for sh in SHAPES for s in SIZES]
        cells = [f"{sg:.2f}"] + [f"{_pct(o[k])} ({_pct(o['known_' + k])})" for k in keys]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


STEP = 1  # placebo dates of the fast methods: every month
SLOW_STEP = 5  # of ETS, STL+ARIMA and auto: every fifth month (prime to 12: every calendar month in turn)


def run(series: list[Series], *, histories: tuple[int, ...] = HISTORIES, lead: int = 6, step: int = STEP,
        methods: tuple[str, ...] = METHODS, sizes: tuple[float, ...] = SIZES, slow_step: int = SLOW_STEP,
        slow_histories: tuple[int, ...] = SLOW_HISTORIES) -> list[dict[str, Any]]:
    """The backtest table (:func:`evaluate` over :func:`cases`)."""
    return evaluate(cases(series, histories=histories, lead=lead, step=step, methods=methods,
                          slow_step=slow_step, slow_histories=slow_histories), sizes=sizes)


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f}%"
