"""Seasonal baselines: what imports would have been without the shock.

Each baseline fits a monthly series (log scale: trade values are positive and
their seasonality is multiplicative) and forecasts ``h`` months ahead with a
prediction interval. The forecasts are medians on the original scale, the
intervals exact transforms of the log-scale intervals.

* ``seasonal_naive``: the same month a year earlier. Robust, no parameters.
* ``seasonal_trend``: OLS on month dummies and a linear trend.
* ``ets``: damped additive-trend, additive-seasonal exponential smoothing
  (statsmodels ETSModel), the forecaster's workhorse.
* ``stl_arima``: STL decomposition with an ARIMA(1,1,0) on the adjusted series
  (statsmodels STLForecast).

:func:`backtest` scores them by rolling-origin forecasts on the pre-event data,
and the detector picks the best by that score, not by taste.
"""

from __future__ import annotations

import functools
import threading
import warnings
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .blas import one_thread

Z = {0.80: 1.2816, 0.90: 1.6449, 0.95: 1.9600}


@dataclass(frozen=True)
class Forecast:
    """A forecast on the log1p scale: ``mean`` and standard deviation ``sd`` per month ahead."""

    mean: np.ndarray
    sd: np.ndarray

    def median(self) -> np.ndarray:
        return np.expm1(self.mean)

    def bounds(self, level: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
        z = Z[level]
        return np.expm1(self.mean - z * self.sd), np.expm1(self.mean + z * self.sd)


def _log(y: np.ndarray) -> np.ndarray:
    return np.log1p(np.maximum(y, 0.0))


def seasonal_naive(y: np.ndarray, h: int) -> Forecast:
    """Same month a year earlier. With fewer than three year-on-year changes to measure its error
    (12–14 months of history), the month-to-month changes stand in: they carry the seasonal swings
    too, so the band is wider, as it should be with so little history."""
    return seasonal_naive_log(_log(y), h)


def seasonal_naive_log(ly: np.ndarray, h: int) -> Forecast:
    """:func:`seasonal_naive` of a series already on the log scale (any sign: a gap between two series)."""
    diffs = ly[12:] - ly[:-12]
    few = len(diffs) < 3
    s = float(np.std(np.diff(ly), ddof=1)) * np.sqrt(2.0) if few else float(np.std(diffs, ddof=1))
    k = np.arange(h)
    mean = ly[len(ly) - 12 + (k % 12)]
    return Forecast(mean, s * np.sqrt(k // 12 + 1))


def seasonal_trend(y: np.ndarray, h: int) -> Forecast:
    """OLS of the log values on a constant, a linear trend and eleven month dummies."""
    return seasonal_trend_log(_log(y), h)


def seasonal_trend_log(ly: np.ndarray, h: int) -> Forecast:
    """:func:`seasonal_trend` of a series already on the log scale (any sign: a gap between two series)."""
    n = len(ly)

    def design(t: np.ndarray) -> np.ndarray:
        month = t % 12
        dummies = (month[:, None] == np.arange(1, 12)[None, :]).astype(float)
        return np.column_stack([np.ones(len(t)), t / 12.0, dummies])

    x = design(np.arange(n))
    beta, *_ = np.linalg.lstsq(x, ly, rcond=None)
    resid = ly - x @ beta
    dof = max(n - x.shape[1], 1)
    s2 = float(resid @ resid) / dof
    xn = design(np.arange(n, n + h))
    xtx_inv = np.linalg.pinv(x.T @ x)
    var = s2 * (1.0 + np.einsum("ij,jk,ik->i", xn, xtx_inv, xn))
    return Forecast(xn @ beta, np.sqrt(var))


def _indexed(ly: np.ndarray):
    import pandas as pd

    return pd.Series(ly, index=pd.date_range("2000-01-01", periods=len(ly), freq="MS"))


FIT_CACHE_SIZE = 512  # fits kept per process: about 1 kB each
_fits: OrderedDict[tuple[str, bytes, int], Forecast] = OrderedDict()
_fits_lock = threading.Lock()


def _cached(fn: Callable[[np.ndarray, int], Forecast]) -> Callable[[np.ndarray, int], Forecast]:
    """Keep the forecasts of a slow baseline per series content (the values' bytes) and horizon.

    A fit is a deterministic function of the values and ``h``, so a repeated fit returns the same
    numbers bit for bit: a web worker's second detect of a flow, a control fitted again, a backtest
    origin seen before. ETS and STL+ARIMA take 30–100 ms a fit and a default detect makes six;
    the two closed-form baselines take microseconds and are not kept. Each caller gets its own
    copy of the arrays. A fit that raises is not kept (it raises again).
    """

    @functools.wraps(fn)
    def cached(y: np.ndarray, h: int) -> Forecast:
        key = (fn.__name__, np.asarray(y, dtype=float).tobytes(), h)
        with _fits_lock:
            fc = _fits.get(key)
            if fc is not None:
                _fits.move_to_end(key)
        if fc is None:
            fc = fn(y, h)
            with _fits_lock:
                _fits[key] = fc
                while len(_fits) > FIT_CACHE_SIZE:
                    _fits.popitem(last=False)
        return Forecast(fc.mean.copy(), fc.sd.copy())

    return cached


def clear_fit_cache() -> None:
    """Forget every kept fit (for tests and benchmarks that time a fit)."""
    with _fits_lock:
        _fits.clear()


@functools.cache
def _ets_model() -> type:
    """statsmodels' ETSModel whose results skip the parameters' covariance matrix.

    ``ETSResults`` computes a complex-step Hessian of the likelihood when it is built, for the
    parameters' standard errors, which the forecast and its interval (sigma² and the fitted
    parameters, analytically, for additive errors) never read: a quarter of an ETS fit (37 -> 28 ms
    CPU). The forecasts are bit for bit those of the plain model (tests/detect/test_baselines.py
    compares them); a statsmodels whose prediction did read the covariance would get NaN there and
    fail that test, not answer differently. Built on first use: statsmodels loads lazily.
    """
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel, ETSResults, ETSResultsWrapper

    class _Results(ETSResults):
        @property
        def cov_params_approx(self) -> np.ndarray:
            k = len(self.params)
            return np.full((k, k), np.nan)

    class _Model(ETSModel):
        @property
        def _res_classes(self) -> dict[str, tuple[type, type]]:
            return {"fit": (_Results, ETSResultsWrapper)}

    return _Model


def _ets_fit(model: type, y: np.ndarray, h: int) -> Forecast:
    ly = _indexed(_log(y))
    with warnings.catch_warnings(), one_thread():
        warnings.simplefilter("ignore")
        res = model(ly, error="add", trend="add", damped_trend=True, seasonal="add", seasonal_periods=12).fit(
            disp=False, maxiter=200
        )
        pred = res.get_prediction(start=len(ly), end=len(ly) + h - 1)
        frame = pred.summary_frame(alpha=0.05)
    mean = frame["mean"].to_numpy()
    sd = (frame["pi_upper"].to_numpy() - mean) / Z[0.95]
    return Forecast(mean, sd)


@_cached
def ets(y: np.ndarray, h: int) -> Forecast:
    return _ets_fit(_ets_model(), y, h)


@_cached
def stl_arima(y: np.ndarray, h: int) -> Forecast:
    from statsmodels.tsa.arima.model import ARIMA
    from statsmodels.tsa.forecasting.stl import STLForecast

    # A bare array, not a dated Series: the same numbers (benchmarks.detect_speed --check) without
    # pandas' date arithmetic on every prediction, 22 -> 14 ms a fit. (ETS needs the dates: its
    # prediction results read the index.)
    ly = _log(y)
    with warnings.catch_warnings(), one_thread():
        warnings.simplefilter("ignore")
        res = STLForecast(
            ly, ARIMA, model_kwargs={"order": (1, 1, 0), "trend": "n"}, period=12, robust=True
        ).fit(fit_kwargs={"cov_type": "none"})  # nor the ARIMA's: 1 ms a fit, the same numbers
        pred = res.get_prediction(start=len(ly), end=len(ly) + h - 1)
        mean = np.asarray(pred.predicted_mean)
        ci = np.asarray(pred.conf_int(alpha=0.05))
    sd = (ci[:, 1] - mean) / Z[0.95]
    return Forecast(mean, sd)


BASELINES: dict[str, Callable[[np.ndarray, int], Forecast]] = {
    "seasonal_naive": seasonal_naive,
    "seasonal_trend": seasonal_trend,
    "ets": ets,
    "stl_arima": stl_arima,
}
MIN_MONTHS = 12  # one seasonal cycle: seasonal naive needs no more
# Months of history each baseline needs: a trend and eleven month effects want two cycles; ETS and
# STL+ARIMA fitted on two cycles extrapolate wildly (a 25-month placebo gave "+231%"), so three.
MIN_HISTORY = {"seasonal_naive": 12, "seasonal_trend": 24, "ets": 36, "stl_arima": 36}


def usable(n: int) -> list[str]:
    """The baselines that can be fitted on ``n`` months of history."""
    return [k for k in BASELINES if n >= MIN_HISTORY[k]]


def backtest(y: np.ndarray, h: int = 12, folds: int = 3) -> dict[str, float]:
    """Mean absolute log error of each usable baseline over rolling origins at the end of ``y``.

    Origins are ``folds`` steps of six months back from ``len(y) - h``; a
    baseline that cannot be fitted at some origin scores infinity, one with no
    origin long enough for it is left out (and is not chosen).
    """
    names = usable(len(y))
    scores: dict[str, list[float]] = {k: [] for k in names}
    ly = _log(y)
    for f in range(folds):
        origin = len(y) - h - 6 * f
        if origin < MIN_MONTHS:
            break
        for name in names:
            fn = BASELINES[name]
            if origin < MIN_HISTORY[name]:
                continue
            try:
                fc = fn(y[:origin], h)
                scores[name].append(float(np.mean(np.abs(ly[origin : origin + h] - fc.mean))))
            except (ValueError, np.linalg.LinAlgError):
                scores[name].append(float("inf"))
    return {k: float(np.mean(v)) for k, v in scores.items() if v}
