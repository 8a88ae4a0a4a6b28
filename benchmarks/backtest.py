"""The detection backtest on the bundled store: calibration factors, false alarms and power.

    python -m benchmarks.backtest [--limit N] [--step 12] [--out cases.npz]

Prints the calibration factors (to paste into ``frontload.detect.scan.CALIBRATION``),
the backtest table by method and history band (docs/detection.md), and the time taken.
Fits every baseline per case (ETS and STL+ARIMA are the slow part): minutes, not seconds.
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
    ap.add_argument("--step", type=int, default=12)
    ap.add_argument("--cases", default=None, help="pickle the cases here (or read them if the file exists)")
    args = ap.parse_args()
    t0 = time.perf_counter()
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
        cs = V.cases(series, step=args.step)
        if args.cases:
            with open(args.cases, "wb") as f:
                pickle.dump(cs, f)
    t1 = time.perf_counter()
    print(f"{len(cs)} fits in {t1 - t0:.0f} s")
    cal = V.calibrate(cs)
    print("CALIBRATION = {")
    for (m, b), f in sorted(cal.items()):
        print(f"    ({m!r}, {b}): {f},")
    print("}")
    table = V.evaluate(cs)
    print(V.to_markdown(table))
    print(f"evaluated in {time.perf_counter() - t1:.1f} s")


if __name__ == "__main__":
    main()
