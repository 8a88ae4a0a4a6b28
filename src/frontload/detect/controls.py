"""Controls that sharpen a detection: difference in differences with placebo inference, synthetic control.

* **Difference in differences** (:func:`did`): the flow's ratio of actual to
  counterfactual over a stretch, against the geometric mean of the controls'
  ratios over the same months, on the log scale (so that a control with a tiny
  counterfactual cannot push the difference past −100%). Inference by
  **placebo in space** (each control in turn treated as the flow, the others as
  its controls: the rank of the flow's difference among them) and **placebo in
  time** (the same difference at earlier dates with no event: their root mean
  square is the scale of a difference that arises by chance; the interval is
  ±1.96 of it and the p-value the share of placebo differences at least as large).
* **Synthetic control** (:func:`synthetic_weights`): non-negative weights
  summing to one on the donors' log series (the same product from other
  partners), demeaned so that levels need not match (the "demeaned synthetic
  control" of Doudchenko and Imbens, 2016, and Ferman and Pinto, 2021, after
  Abadie, Diamond and Hainmueller, 2010). Solved as non-negative least squares
  (scipy.optimize.nnls) with the adding-up constraint as a heavily weighted
  extra row. Its counterfactual goes through the same run-up scan as the
  seasonal baselines, with its own placebo calibration (``synthetic`` in
  :data:`frontload.detect.scan.CALIBRATION`), and placebo in space ranks the
  flow's best statistic among the donors' own.

Pure NumPy/SciPy, no I/O.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from . import scan as S

IMPLAUSIBLE_RATIO = 3.0  # a control at over 3x (or under 1/3) of its counterfactual drives any difference


def did(treated_ratio: float, control_ratios: list[float],
        placebo: list[float] | None = None) -> dict[str, Any]:
    """Difference in differences of log ratios, with placebo-in-space and (given) placebo-in-time inference.

    ``placebo`` are log differences at earlier dates with no event (same stretch, same controls).
    """
    lt = math.log(treated_ratio)
    lc = [math.log(r) for r in control_ratios]
    d = lt - float(np.mean(lc))
    out: dict[str, Any] = {
        "method": "difference in differences of log(actual / counterfactual), controls' geometric mean",
        "did_pct": (math.exp(d) - 1) * 100,
        "did_log": d,
        "controls_pct": (math.exp(float(np.mean(lc))) - 1) * 100,
        "p_space": None,
        "placebo_space_pct": [],
        "p_time": None,
        "interval_95": None,
        "placebo_time_n": 0,
        "caveats": [],
    }
    if len(lc) >= 2:
        space = [lc[j] - float(np.mean(lc[:j] + lc[j + 1:])) for j in range(len(lc))]
        out["placebo_space_pct"] = [(math.exp(x) - 1) * 100 for x in space]
        out["p_space"] = (1 + sum(x >= d for x in space)) / (len(space) + 1)
    if placebo and len(placebo) >= 3:
        rms = float(np.sqrt(np.mean(np.square(placebo))))
        out["interval_95"] = [(math.exp(d - 1.96 * rms) - 1) * 100, (math.exp(d + 1.96 * rms) - 1) * 100]
        out["p_time"] = (1 + sum(x >= d for x in placebo)) / (len(placebo) + 1)
        out["placebo_time_n"] = len(placebo)
        if rms > 0.5:
            out["caveats"].append(
                f"at earlier dates with no event the difference ranged by ±{(math.exp(rms) - 1) * 100:.0f}% "
                "(root mean square): these controls track the flow poorly"
            )
    far = [r for r in control_ratios if r > IMPLAUSIBLE_RATIO or r < 1 / IMPLAUSIBLE_RATIO]
    if far or treated_ratio > 10 * IMPLAUSIBLE_RATIO:
        out["caveats"].append(
            "a series is far from its counterfactual (ratio "
            + ", ".join(f"{r:.2f}" for r in far or [treated_ratio])
            + "): the difference is driven by it, not by a common shock; read the controls one by one"
        )
    return out


def synthetic_weights(treated: np.ndarray, donors: np.ndarray) -> np.ndarray:
    """Weights w ≥ 0, Σw = 1 minimising ‖(y − ȳ) − (D − D̄) w‖ over the fit months.

    ``treated`` is (n,), ``donors`` (n, J), both on the log scale.
    """
    from scipy.optimize import nnls

    y = treated - treated.mean()
    d = donors - donors.mean(axis=0)
    lam = 1e3 * max(float(np.abs(d).max()), 1.0)
    a = np.vstack([d, np.full((1, d.shape[1]), lam)])
    b = np.concatenate([y, [lam]])
    w, _ = nnls(a, b, maxiter=50 * d.shape[1] + 100)
    s = w.sum()
    return w / s if s > 0 else np.full(d.shape[1], 1 / d.shape[1])


def synthetic_counterfactual(treated_fit: np.ndarray, donors_fit: np.ndarray,
                             donors_window: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """(weights, counterfactual log values over the window, pre-period RMSE of the gap) for one flow."""
    w = synthetic_weights(treated_fit, donors_fit)
    alpha = float(treated_fit.mean() - donors_fit.mean(axis=0) @ w)
    gap = treated_fit - (alpha + donors_fit @ w)
    dof = max(len(gap) - 1, 1)
    rmse = float(np.sqrt(gap @ gap / dof))
    return w, alpha + donors_window @ w, rmse


def synthetic_scan(treated_fit: np.ndarray, donors_fit: np.ndarray, treated_window: np.ndarray,
                   donors_window: np.ndarray, w_len: int) -> dict[str, Any]:
    """Synthetic control over a run-up window of ``w_len`` months (log1p values): weights, best stretch,
    and its placebo-in-space rank among the donors each treated by the others."""
    weights, cf_log, rmse = synthetic_counterfactual(treated_fit, donors_fit, donors_window)
    cf = np.expm1(cf_log[:w_len])
    sd = np.full(w_len, rmse * math.sqrt(1 + 1 / len(treated_fit)))
    best = S.scan(np.expm1(treated_window[:w_len]), cf, sd)
    space: list[float] = []
    j_n = donors_fit.shape[1]
    if j_n >= 3:
        for j in range(j_n):
            others = [k for k in range(j_n) if k != j]
            _, cfj, rj = synthetic_counterfactual(donors_fit[:, j], donors_fit[:, others],
                                                  donors_window[:, others])
            bj = S.scan(np.expm1(donors_window[:w_len, j]), np.expm1(cfj[:w_len]),
                        np.full(w_len, rj * math.sqrt(1 + 1 / len(treated_fit))))
            if bj is not None:
                space.append(bj.t)
    p_space = None
    if best is not None and space:
        p_space = (1 + sum(t >= best.t for t in space)) / (len(space) + 1)
    return {"weights": weights, "counterfactual_log": cf_log, "rmse": rmse, "best": best,
            "p_space": p_space, "placebo_space_t": space}
