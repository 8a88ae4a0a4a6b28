"""The run-up scan: find the surge where it is, and correct for having looked in many places.

A run-up window of W months holds W·L − L(L−1)/2 contiguous stretches of 1 to
L months (L = :data:`MAX_LEN`, 6). For each stretch the statistic is the log of
actual over counterfactual, summed in dollars, divided by its standard error:

    t = log(Σ actual / Σ counterfactual) / se,
    se² = (1 − ρ) Σ (ω_k σ_k)² + ρ (Σ ω_k σ_k)²,   ω_k = cf_k / Σ cf

where σ_k is the forecast's log-scale standard deviation for month k and ρ the
assumed correlation of one model's forecast errors across months
(:data:`RHO`, 0.5). Taking the best of many stretches inflates the chance of a
large t by luck, so the verdict compares the best t with a **critical value for
the maximum**, not with 1.96:

    c = factor(baseline, history band) × c_max(W)

``c_max(W)`` is the 95% quantile of the maximum of the stretch statistics when
the forecast errors are exactly Gaussian with correlation ρ (Monte Carlo,
fixed seed). Real series are not Gaussian and the models' intervals are not
exact, worst of all with short histories, so ``factor`` is **calibrated on
placebo dates**: the 95% quantile of best-t / c_max(W) over every placebo date
of the bundled Comtrade monthly series (no event, nothing injected), per
baseline and history band (:data:`CALIBRATION`, produced by
``python -m benchmarks.backtest``). A baseline and band with no calibrated
factor never gives a significant verdict: its interval is not known to hold.

The interval of the best stretch's excess in dollars is the same statement on
the dollar scale: Σa − Σcf·exp(±c·se). Its lower bound is above zero exactly
when t > c. Pure NumPy, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

RHO = 0.5  # assumed correlation of one model's forecast errors across the months of a window
MAX_LEN = 6  # longest stretch scanned: a one-month spike and a six-month build-up are both candidates
LEVEL = 0.95

# History bands (months of gap-free fit history) with one calibration factor each.
BANDS: tuple[tuple[int, int], ...] = ((12, 23), (24, 35), (36, 59), (60, 10_000))

# factor(baseline, band) = 95% conformal quantile (validate.placebo_quantile) of best t / c_max(7) on the
# placebo dates of the bundled store's 48 Comtrade monthly series (second run of 2026-12-03,
# docs/detection.md; `python -m benchmarks.backtest` prints it): 81,122 fits; seasonal naive,
# seasonal+trend, auto below 36 months and the synthetic controls at every month at 12–96 months of
# history, ETS, STL+ARIMA and auto at every fifth month (prime to 12, so every calendar month in turn)
# at 36 and 72. The earlier run placed every placebo in the same calendar month (every 12 months) and
# gave factors up to 0.5 lower: they let 7% of other months' placebos through.
# A missing entry means: not calibrated, no significant verdict.
CALIBRATION: dict[tuple[str, tuple[int, int]], float] = {
    ("auto", (12, 23)): 2.276,
    ("auto", (24, 35)): 1.785,
    ("auto", (36, 59)): 1.524,
    ("auto", (60, 10_000)): 1.797,
    ("ets", (36, 59)): 2.232,
    ("ets", (60, 10_000)): 1.797,
    ("seasonal_naive", (12, 23)): 2.276,
    ("seasonal_naive", (24, 35)): 1.785,
    ("seasonal_naive", (36, 59)): 1.443,
    ("seasonal_naive", (60, 10_000)): 1.397,
    ("seasonal_trend", (24, 35)): 1.873,
    ("seasonal_trend", (36, 59)): 1.53,
    ("seasonal_trend", (60, 10_000)): 1.559,
    ("stl_arima", (36, 59)): 2.199,
    ("stl_arima", (60, 10_000)): 1.767,
    ("synthetic", (12, 23)): 2.307,
    ("synthetic", (24, 35)): 1.825,
    ("synthetic", (36, 59)): 1.565,
    ("synthetic", (60, 10_000)): 1.467,
    ("synthetic_wide", (12, 23)): 2.706,
    ("synthetic_wide", (24, 35)): 2.121,
    ("synthetic_wide", (36, 59)): 1.695,
    ("synthetic_wide", (60, 10_000)): 1.595,
}


def band(history: int) -> tuple[int, int] | None:
    """The calibration band of a fit history of ``history`` months (None below 12)."""
    for lo, hi in BANDS:
        if lo <= history <= hi:
            return (lo, hi)
    return None


def band_label(b: tuple[int, int]) -> str:
    return f"{b[0]}+" if b[1] >= 10_000 else f"{b[0]}–{b[1]}"


def stretches(w: int, max_len: int = MAX_LEN) -> list[tuple[int, int]]:
    """Every contiguous stretch [i, j) of 1..max_len months in a window of ``w`` months."""
    return [(i, i + n) for n in range(1, min(max_len, w) + 1) for i in range(w - n + 1)]


def stretch_se(cf: np.ndarray, sd: np.ndarray, rho: float = RHO) -> float:
    """Standard error of log(Σ cf_true / Σ cf) for the months given (see the module docstring)."""
    om = cf / max(float(np.sum(cf)), 1e-300)
    ws = om * sd
    return float(np.sqrt((1 - rho) * np.sum(ws**2) + rho * np.sum(ws) ** 2))


@dataclass(frozen=True)
class Stretch:
    """The best stretch of a scan: months [start, stop) of the window, its sums and statistic."""

    start: int
    stop: int
    actual: float
    counterfactual: float
    se: float
    t: float

    @property
    def excess(self) -> float:
        return self.actual - self.counterfactual

    @property
    def ratio(self) -> float:
        return self.actual / self.counterfactual if self.counterfactual > 0 else float("inf")

    def interval(self, c: float) -> tuple[float, float]:
        """Dollar interval of the excess at critical value ``c``."""
        return (self.actual - self.counterfactual * float(np.exp(c * self.se)),
                self.actual - self.counterfactual * float(np.exp(-c * self.se)))


def scan(actual: np.ndarray, cf: np.ndarray, sd: np.ndarray, *, max_len: int = MAX_LEN,
         rho: float = RHO) -> Stretch | None:
    """The stretch with the largest t; ``actual`` may hold NaN (months without data are never in a stretch).

    ``cf`` is the counterfactual median in dollars, ``sd`` its log-scale standard deviation.
    """
    best: Stretch | None = None
    for i, j in stretches(len(actual), max_len):
        a = actual[i:j]
        if np.any(np.isnan(a)):
            continue
        sa, sc = float(np.sum(a)), float(np.sum(cf[i:j]))
        if sc <= 0 or sa <= 0:
            continue
        se = stretch_se(cf[i:j], sd[i:j], rho)
        if se <= 0:
            continue
        t = float(np.log(sa / sc) / se)
        if best is None or t > best.t:
            best = Stretch(i, j, sa, sc, se, t)
    return best


def scan_t(log_resid: np.ndarray, sd: np.ndarray, cf: np.ndarray, *, max_len: int = MAX_LEN,
           rho: float = RHO) -> np.ndarray:
    """Best t of many cases at once (rows), from log residuals log(actual/cf); for the backtest.

    Same statistic as :func:`scan` (dollar sums through ``cf``); NaN residuals drop a stretch.
    """
    n, w = log_resid.shape
    best = np.full(n, -np.inf)
    a = cf * np.exp(log_resid)
    for i, j in stretches(w, max_len):
        sa, sc = a[:, i:j].sum(axis=1), cf[:, i:j].sum(axis=1)
        om = cf[:, i:j] / sc[:, None]
        ws = om * sd[:, i:j]
        se = np.sqrt((1 - rho) * (ws**2).sum(axis=1) + rho * ws.sum(axis=1) ** 2)
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.log(sa / sc) / se
        t = np.where(np.isnan(t), -np.inf, t)
        best = np.maximum(best, t)
    return best


@lru_cache(maxsize=64)
def c_max(w: int, max_len: int = MAX_LEN, rho: float = RHO, level: float = LEVEL,
          draws: int = 20_000) -> float:
    """95% quantile of the best stretch statistic under exact Gaussian errors (equal σ, correlation ρ)."""
    rng = np.random.default_rng(12)
    z = np.sqrt(1 - rho) * rng.standard_normal((draws, w)) + np.sqrt(rho) * rng.standard_normal((draws, 1))
    sd = np.ones((draws, w))
    cf = np.ones((draws, w))
    # log residual = −error (actual is the truth, the counterfactual errs), scale σ = 1.
    return float(np.quantile(scan_t(z, sd, cf, max_len=max_len, rho=rho), level))


def critical(baseline: str, history: int, w: int, max_len: int = MAX_LEN) -> float | None:
    """The calibrated critical value for the best t; None when the baseline and history are not calibrated."""
    b = band(history)
    factor = CALIBRATION.get((baseline, b)) if b else None
    if factor is None:
        return None
    return factor * c_max(w, max_len)
