"""Screen benchmark on a SYNTHETIC panel (generated, not data): speed, recall and precision.

    python -m benchmarks.screen --n 100000 [--n 1000000]

Panel: 120 months of log values = level + trend + month effects + noise (sd 0.15);
10% of series get a +30% surge in the last 6 months. Compared side by side:

* frontload's vectorised seasonal+trend screen (:mod:`frontload.detect.screen`), all series;
* statsforecast's AutoETS (2 jobs) on the same sample, when installed (``pip install statsforecast``);
* a per-series statsmodels STL loop (robust STL on the fit window, surge z from the
  test-window residuals against the STL trend+season extrapolated as last-year
  seasonal + last trend level), on a sample of ``--loop`` series, its rate extrapolated.

Reported: series per second and the ratio, and recall/precision at z > 2.3 for both.

    python -m benchmarks.screen --store [--baseline-src /work/main/src]

times ``explore.screen_view`` on the bundled store (real data; FRONTLOAD_DB or the default store):
the ranking alone (top 0) and with the detector on the top five, best of three; with
``--baseline-src`` the same calls from another checkout run in a subprocess side by side.
"""

from __future__ import annotations

import argparse
import time
import warnings

import numpy as np

from frontload.detect.screen import scores, synthetic

FIT, WINDOW, MONTHS = 114, 6, 120  # fit on every month before the test window
THRESHOLD = 2.3


def vectorised(y: np.ndarray, chunk: int = 100_000) -> np.ndarray:
    first = (MONTHS - FIT - WINDOW) % 12
    return np.concatenate([scores(y[i:i + chunk], first, FIT, WINDOW) for i in range(0, len(y), chunk)])


def stl_loop(y: np.ndarray) -> np.ndarray:
    from statsmodels.tsa.seasonal import STL

    out = np.empty(len(y))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, row in enumerate(y):
            fitw = row[-(FIT + WINDOW):-WINDOW][-48:]  # STL on the last four years of the fit window
            res = STL(fitw, period=12, robust=True).fit()
            resid = res.resid
            sigma = 1.4826 * np.median(np.abs(resid - np.median(resid))) or 1e-9
            pred = res.trend[-1] + res.seasonal[-12:][:WINDOW]
            out[i] = (row[-WINDOW:] - pred).mean() / (sigma / np.sqrt(WINDOW))
    return out


def statsforecast_ets(y: np.ndarray) -> np.ndarray:
    """AutoETS from statsforecast on each series' fit window; z from its 95% interval."""
    import pandas as pd
    from statsforecast import StatsForecast
    from statsforecast.models import AutoETS

    n = len(y)
    fitw = y[:, -(FIT + WINDOW):-WINDOW][:, -48:]
    df = pd.DataFrame({
        "unique_id": np.repeat(np.arange(n), fitw.shape[1]),
        "ds": np.tile(pd.date_range("2010-01-01", periods=fitw.shape[1], freq="MS"), n),
        "y": fitw.ravel().astype(float),
    })
    sf = StatsForecast(models=[AutoETS(season_length=12)], freq="MS", n_jobs=2)
    fc = sf.forecast(df=df, h=WINDOW, level=[95]).sort_values(["unique_id", "ds"])
    mean = fc["AutoETS"].to_numpy().reshape(n, WINDOW)
    sd = (fc["AutoETS-hi-95"].to_numpy().reshape(n, WINDOW) - mean) / 1.96
    se = np.sqrt((sd**2).sum(axis=1)) / WINDOW  # independent errors: a lower bound on the mean's SE
    return (y[:, -WINDOW:] - mean).mean(axis=1) / np.maximum(se, 1e-9)


def rp(z: np.ndarray, truth: np.ndarray, thr: float = THRESHOLD) -> tuple[float, float]:
    flag = z > thr
    tp = float((flag & truth).sum())
    return tp / max(truth.sum(), 1), tp / max(flag.sum(), 1)


STORE_SNIPPET = """
import time
from frontload import api, explore
with api.open_store(None, read_only=True) as store:
    for top in (0, 5):
        best = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            view = explore.screen_view(store, None, window=6, top=top)
            best = min(best, time.perf_counter() - t)
        print(f"top {top}: {best:.2f} s over {len(view['ranked'])} series")
"""


def store_bench(baseline_src: str | None) -> None:
    import os
    import subprocess
    import sys

    srcs = [("this checkout", None)] + ([("baseline", baseline_src)] if baseline_src else [])
    for name, src in srcs:
        env = dict(os.environ)
        if src:
            env["PYTHONPATH"] = src
        out = subprocess.run([sys.executable, "-c", STORE_SNIPPET], env=env, capture_output=True, text=True,
                             check=True).stdout
        for line in out.splitlines():
            print(f"{name:14} {line}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, action="append")
    ap.add_argument("--loop", type=int, default=2000)
    ap.add_argument("--store", action="store_true", help="time the screen on the bundled store")
    ap.add_argument("--baseline-src", default=None, help="with --store: another checkout's src folder")
    args = ap.parse_args()
    if args.store:
        store_bench(args.baseline_src)
        return
    print(f"{'series':>10} {'method':12} {'seconds':>8} {'series/s':>10} {'recall':>7} {'precision':>9}")
    for n in args.n or [100_000]:
        y, truth = synthetic(n, MONTHS, surge_share=0.1, surge=0.3, window=WINDOW, noise=0.15, seed=1)
        t = time.perf_counter()
        z = vectorised(y)
        tv = time.perf_counter() - t
        r, p = rp(z, truth)
        print(f"{n:>10,} {'vectorised':12} {tv:8.2f} {n / tv:10,.0f} {r:7.3f} {p:9.3f}")
        m = min(args.loop, n)
        t = time.perf_counter()
        zl = stl_loop(y[:m])
        tl = time.perf_counter() - t
        r, p = rp(zl, truth[:m])
        print(f"{m:>10,} {'STL loop':12} {tl:8.2f} {m / tl:10,.0f} {r:7.3f} {p:9.3f}   "
              f"(vectorised is {(n / tv) / (m / tl):,.0f}x the loop's rate)")
        try:
            import statsforecast  # noqa: F401
        except ImportError:
            print("statsforecast not installed: pip install statsforecast to compare")
            continue
        statsforecast_ets(y[:50])  # compile numba kernels before timing
        t = time.perf_counter()
        zs = statsforecast_ets(y[:m])
        ts = time.perf_counter() - t
        r, p = rp(zs, truth[:m])
        print(f"{m:>10,} {'statsforecast':12} {ts:8.2f} {m / ts:10,.0f} {r:7.3f} {p:9.3f}   "
              f"(vectorised is {(n / tv) / (m / ts):,.0f}x statsforecast AutoETS's rate)")


if __name__ == "__main__":
    main()
