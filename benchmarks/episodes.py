"""The real episodes of docs/detection.md, rerun with each event's own dates and the default options.

    python -m benchmarks.episodes

One row per flow: the event (its calendar id: effective and announcement dates from the store),
the windows, the baseline, the verdict, and the control-based readings where controls are given.
"""

from __future__ import annotations

import time

from frontload import api
from frontload.detect.excess import detect
from frontload.store.query import event_by_id

RELATED = ("854232", "847330", "852351")  # related products of the same partner, as donors (the wide pool)
EPISODES = [
    # (reporter, partner, product, event id, control partners, control products of the same partner)
    ("USA", "CHN", "854231", "TWT-005", ("MYS", "VNM", "JPN"), ()),
    ("USA", "CHN", "854231", "TWT-005", ("MYS", "VNM", "JPN"), RELATED),
    ("USA", "TWN", "854231", "TWT-004", (), ()),
    ("USA", "TWN", "854231", "TWT-004", ("MYS", "VNM", "KOR", "JPN"), RELATED),
    ("USA", "WLD", "854231", "TWT-004", (), ()),
    ("USA", "WLD", "847180", "TWT-004", (), ()),
    ("USA", "TWN", "847180", "TWT-004", ("MYS", "VNM", "KOR", "JPN"), ()),
    ("USA", "CHN", "854231", "US301_LIST2_2018", ("MYS", "VNM", "JPN"), ()),
    ("USA", "CHN", "854231", "US301_LIST2_2018", ("MYS", "VNM", "JPN"), RELATED),
]


def main() -> None:
    t0 = time.perf_counter()
    print("| flow | event (effective) | windows | baseline | result |")
    print("|---|---|---|---|---|")
    with api.open_store(None, read_only=True) as store:
        for rep, par, prod, eid, ctl, ctl_prod in EPISODES:
            ev = event_by_id(store, eid)
            s = api.get_series(store, rep, par, prod, flow="M", source="comtrade")
            controls = [api.get_series(store, rep, c, prod, flow="M", source="comtrade") for c in ctl]
            controls += [api.get_series(store, rep, par, c, flow="M", source="comtrade") for c in ctl_prod]
            d = detect(s, ev["date"], announced=ev.get("date_announced"), controls=controls,
                       event_label=eid)
            extra = []
            if d.did is not None:
                di = d.did
                iv = di.get("interval_95")
                extra.append(
                    f"DiD against {', '.join(ctl + ctl_prod)} {di['did_pct']:+.0f} points"
                    + (f" (95% interval {iv[0]:+.0f} to {iv[1]:+.0f})" if iv else "")
                    + (f", p = {di['p_time']:.2f} in time" if di.get("p_time") is not None else "")
                    + (f", p = {di['p_space']:.2f} in space" if di.get("p_space") is not None else "")
                )
                extra += [f"caveat: {c}" for c in di.get("caveats", [])]
            if d.synthetic:
                pool = "wide pool" if d.synthetic["calibration"] == "synthetic_wide" else "partners"
                extra.append(f"synthetic control ({pool}): {d.synthetic['verdict']}")
            pb = d.payback_text()
            if pb:
                extra.append(pb)
            if d.price_volume:
                pv = d.price_volume
                extra.append(f"value {pv['value_pct']:+.0f}% on a year earlier: quantity "
                             f"{pv['qty_pct']:+.0f}%, unit value {pv['unit_value_pct']:+.0f}%")
            result = d.verdict() + "".join(f"; {x}" for x in extra)
            print(f"| {d.flow} | {eid} ({ev['date']}) | {d.window_text} | {d.baseline} "
                  f"({d.history_months} months) | {result} |")
    print(f"\n{time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
