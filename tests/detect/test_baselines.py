"""The baselines' speed devices change no number: the per-process fit cache and one BLAS thread."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from frontload.detect import baselines as B
from frontload.detect import blas
from frontload.detect.excess import detect

from ..conftest import raw_kazookat
from .test_excess import EVENT, series_from


@pytest.fixture(scope="module")
def raw():
    return raw_kazookat("USA", "M", "0", "854231")


def _y(raw: dict[str, float]) -> np.ndarray:
    return np.array([v for _, v in sorted(raw.items())], dtype=float)[-60:]


@pytest.mark.parametrize("name", ["ets", "stl_arima"])
def test_a_kept_fit_is_the_fit_bit_for_bit_and_a_private_copy(raw, name):
    fn = B.BASELINES[name]
    y = _y(raw)
    B.clear_fit_cache()
    fresh = fn(y, 12)
    fresh.mean[0] = -1.0  # the caller's copy: the kept fit is not touched
    kept = fn(y, 12)
    B.clear_fit_cache()
    again = fn(y, 12)
    assert kept.mean.tobytes() == again.mean.tobytes() and kept.sd.tobytes() == again.sd.tobytes()
    assert kept.mean[0] != -1.0


def test_the_cache_is_keyed_by_content_and_horizon(raw):
    y = _y(raw)
    B.clear_fit_cache()
    a = B.ets(y, 12)
    y2 = y.copy()
    y2[-1] *= 1.5
    assert B.ets(y2, 12).mean.tobytes() != a.mean.tobytes()  # other values, another fit
    assert len(B.ets(y, 6).mean) == 6  # another horizon, another fit
    assert len(B._fits) == 3


def test_a_repeated_detect_answers_the_same(raw):
    s = series_from(raw)
    B.clear_fit_cache()
    first = detect(s, EVENT, baseline="auto").to_dict()
    assert "ets" in first["backtest_mean_abs_log_error"]  # the backtest ran the slow fits
    assert repr(detect(s, EVENT, baseline="auto").to_dict()) == repr(first)
    # A later event shifts the fit window: fits of other data, and still what a fresh process answers.
    later = detect(s, dt.date(2023, 4, 1)).to_dict()
    B.clear_fit_cache()
    assert repr(detect(s, dt.date(2023, 4, 1)).to_dict()) == repr(later)


def test_one_thread_sets_every_blas_to_one_and_restores_it():
    import scipy.linalg  # noqa: F401  (loads scipy's own OpenBLAS beside numpy's)

    blas.controller.cache_clear()  # list scipy's copy too, whatever was imported before
    ctl = blas.controller()
    assert len(ctl.select(user_api="blas").lib_controllers) >= 2, "numpy's and scipy's OpenBLAS"
    with ctl.limit(limits=2, user_api="blas"):  # as on a 2-core machine, whatever this one has
        with blas.one_thread():
            assert {i["num_threads"] for i in ctl.select(user_api="blas").info()} == {1}
            with blas.one_thread():
                pass
            # the inner exit restores nothing
            assert {i["num_threads"] for i in ctl.select(user_api="blas").info()} == {1}
        assert {i["num_threads"] for i in ctl.select(user_api="blas").info()} == {2}


def test_ets_without_the_parameters_covariance_forecasts_as_statsmodels_plain_model(raw):
    from statsmodels.tsa.exponential_smoothing.ets import ETSModel

    y = np.array([v for _, v in sorted(raw.items())], dtype=float)
    for n in (36, 60, len(y)):
        fast = B._ets_fit(B._ets_model(), y[:n], 12)
        plain = B._ets_fit(ETSModel, y[:n], 12)
        assert np.all(np.isfinite(fast.sd))
        assert fast.mean.tobytes() == plain.mean.tobytes() and fast.sd.tobytes() == plain.sd.tobytes()
