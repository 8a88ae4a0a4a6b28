"""The fixed per-query cost of the query layer: direct SQL, compiled templates and plain Ibis, side by side.

    python -m benchmarks.query_cost [--repeat 15] [--synthetic benchmarks/.data/world-10m]

``off`` is the query layer as it first was (every call builds its Ibis expression and compiles
it to SQL; :data:`frontload.store.prepared.ENABLED` = False); ``on`` reuses one compiled
template per query shape (main before issue 13); ``direct`` is the store's hand-written DuckDB
SQL for the series, reported-figure and event queries (:data:`frontload.store.query.DIRECT`),
with the templates still on for the rest (the Explorer's child codes). The bulk call has no
direct path (its ``direct`` column is the template). All run in this process, alternating call by
call on the same open store, so they share the machine's load; the series and bulk calls change their
values call by call (another reporter, another product), as a notebook loop does (both
sides get the same values). Reported: medians (ms) and
the ratio on ÷ off. The first call of each shape (the template's compile) is outside the
timing, as Ibis' first compile is in ``benchmarks.scale``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from frontload import api, explore, stats
from frontload.model import add_months
from frontload.report.brief import build_brief
from frontload.store import bulk, prepared
from frontload.store import engine as engines
from frontload.store import query as _query
from frontload.store.store import Store

SERIES = [("USA", "World", "854231", "M"), ("USA", "World", "854232", "M"), ("USA", "TWN", "processors", "M"),
          ("KOR", "World", "8542", "X"), ("JPN", "World", "8542", "X")]
MONTH = dt.date(2025, 7, 1)


MODES = ("off", "on", "direct")


def _mode(name: str) -> None:
    prepared.ENABLED = name != "off"
    _query.DIRECT = name == "direct"


def side_by_side(fns: dict[str, Callable[[int], object]], repeat: int) -> dict[str, dict[str, float]]:
    """Median ms of each call in each mode, alternating, after one warm-up of each."""
    out = {}
    for name, fn in fns.items():
        runs: dict[str, list[float]] = {m: [] for m in MODES}
        for i in range(repeat + 1):
            for mode in MODES:
                _mode(mode)
                t = time.perf_counter()
                fn(i)
                if i:  # i == 0: warm-up (the template's compile, DuckDB's first read)
                    runs[mode].append(time.perf_counter() - t)
        _mode("direct")
        out[name] = {m: statistics.median(r) * 1e3 for m, r in runs.items()}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--synthetic", type=Path, default=Path("benchmarks/.data/world-10m"),
                    help="a `frontload synth` folder for the bulk headline rows (skipped if absent)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "s.duckdb"
        with Store(db) as s:
            api.load_bundled(s)
        with Store(db, read_only=True) as store:
            q, codes = api.make_query("USA", "TWN", "processors")

            def one_series(i: int) -> None:
                rep, par, prod, flow = SERIES[i % len(SERIES)]
                ser = api.get_series(store, rep, par, prod, flow=flow)
                stats.headline(ser, ser.points[-1].period)

            def explorer(i: int) -> None:
                explore.flow_view(store, q, codes)
                explore.stats_view(store, q, codes)
                explore.children_view(store, q, codes)
                explore.relevant_events(store, codes, "TWN")

            fns: dict[str, Callable[[int], object]] = {
                "one series + headline (get_series, bundled store)": one_series,
                "explorer's four calls (flows, stats, children, events)": explorer,
                "the brief (build_brief, every section)": lambda i: build_brief(store),
            }
            eng = engines.connect("duckdb")
            if (args.synthetic / "SYNTHETIC.md").exists():
                obs = eng.parquet(args.synthetic)
                top = eng.backend.con.sql(
                    f"SELECT reporter FROM read_parquet('{args.synthetic}/*.parquet') "
                    "GROUP BY 1 ORDER BY count(*) DESC LIMIT 8").fetchall()
                reporters = [r[0] for r in top]

                def headline(i: int) -> None:
                    bulk.headlines(eng, obs, MONTH, reporter=reporters[i % len(reporters)],
                                   start=add_months(MONTH, -23), end=MONTH)

                fns[f"bulk headlines of one reporter ({args.synthetic.name}, SYNTHETIC)"] = headline
            res = side_by_side(fns, args.repeat)
    print(f"Run of {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {args.repeat} calls each, medians\n")
    print("| call | templates off, ms | templates on (before), ms | direct SQL (after), ms "
          "| after ÷ before |")
    print("|---|---:|---:|---:|---:|")
    for name, ms in res.items():
        print(f"| {name} | {ms['off']:.1f} | {ms['on']:.1f} | {ms['direct']:.1f} | "
              f"{ms['direct'] / ms['on']:.2f}x |")


if __name__ == "__main__":
    main()
