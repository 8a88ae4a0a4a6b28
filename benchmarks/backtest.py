"""The detection backtest on the bundled store: calibration factors, false alarms, power and the ceiling.

    python -m benchmarks.backtest [--limit N] [--step 1] [--slow-step 5] [--cases cases.pkl]

Prints the calibration factors (to paste into ``frontload.detect.scan.CALIBRATION``), the
backtest table by method and history band (docs/detection.md), the table by noise class beside
the ceiling of a perfectly calibrated test, the ceiling by noise level, and the CPU time taken.
The fast methods are judged at every month, ETS, STL+ARIMA and auto (seconds per fit) at every
``--slow-step``-th: about 5 minutes of CPU on the 2-core machine, most of it ETS.
"""

from __future__ import annotations

import argparse
import pickle
import time

from frontload import api
from frontload.detect import validate as V


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--step", type=int, default=V.STEP)
    ap.add_argument("--slow-step", type=int, default=V.SLOW_STEP)
    ap.add_argument("--cases", default=None, help="pickle the cases here (or read them if the file exists)")
    args = ap.parse_args()
    t0, c0 = time.perf_counter(), time.process_time()
    cs = None
    if args.cases:
        try:
            with open(args.cases, "rb") as f:
                cs = pickle.load(f)
        except FileNotFoundError:
            cs = None
    if cs is None:
        with api.open_store(None, read_only=True) as store:
            series = V.monthly_series(store)[: args.limit]
        cs = V.cases(series, step=args.step, slow_step=args.slow_step, slow_histories=V.SLOW_HISTORIES)
        if args.cases:
            with open(args.cases, "wb") as f:
                pickle.dump(cs, f)
    t1, c1 = time.perf_counter(), time.process_time()
    print(f"{len(cs)} fits in {t1 - t0:.0f} s ({c1 - c0:.0f} CPU s)")
    cal = V.calibrate(cs)
    print("CALIBRATION = {")
    for (m, b), f in sorted(cal.items()):
        print(f"    ({m!r}, {b}): {f},")
    print("}")
    print(V.to_markdown(V.evaluate(cs)))
    for m in ("auto", "synthetic_wide"):
        print(f"\n{m}, histories of 36 months or more, by noise class (in sample, a factor per class):\n")
        print(V.noise_markdown(V.noise_table(cs, m)))
    print("\nceiling by noise level (perfectly calibrated scan; in brackets, knowing the surge's months):\n")
    print(V.oracle_markdown())
    print(f"\nevaluated in {time.perf_counter() - t1:.1f} s ({time.process_time() - c1:.1f} CPU s)")


if __name__ == "__main__":
    main()
