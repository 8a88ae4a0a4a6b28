"""One default ``detect`` call, this checkout against a baseline tree, side by side (issue 13).

    python -m benchmarks.detect_speed --base /tmp/detectspeed-base/src [--repeat 5]
    python -m benchmarks.detect_speed --base /tmp/detectspeed-base/src --check [--base-dump base.json]

Timing: every measurement is a fresh ``python`` process on the store named by ``FRONTLOAD_DB``,
this checkout's ``src`` and the base's alternating process by process, so both see the same load.
Each process times, for each default flow, the first detect (``cold``: it pays statsmodels'
lazy imports, as a fresh web worker or ``frontload detect`` does), a detect of another flow after
that (``warm``: the per-call cost) and the same call again (``again``: what a web worker's
second request for the same flow pays). Reported: medians of CPU seconds (user + system of the
process during the call, which a shared machine inflates less) and wall seconds, with the load
average, and after ÷ before.

``--check`` runs the real episodes of :mod:`benchmarks.episodes` (with their controls) and a
grid of flows and event dates with the default options through both trees and compares
``Detection.to_dict()`` by ``repr`` (exact floats): any difference is printed and fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "src"
# (reporter, partner, product, event id): the dashboard's default views of the detector.
TIMED = [
    ("USA", "TWN", "854231", "TWT-004"),
    ("USA", "WLD", "854231", "TWT-004"),
    ("USA", "CHN", "854231", "US301_LIST2_2018"),
]
GRID_FLOWS = [
    ("USA", p, prod)
    for p in ("TWN", "CHN", "MYS", "VNM", "KOR", "JPN", "WLD")
    for prod in ("854231", "847180")
]
GRID_EVENTS = [
    "TWT-004",
    "TWT-005",
    "US301_LIST2_2018",
    "2019-06-01",
    "2020-09-01",
    "2021-03-01",
    "2022-10-01",
    "2023-06-01",
]


def _series(store, rep: str, par: str, prod: str):
    from frontload import api

    return api.get_series(store, rep, par, prod, flow="M", source="comtrade")


def _event(store, eid: str) -> tuple[dt.date, dt.date | None]:
    from frontload.store.query import event_by_id

    if eid[:1].isdigit():
        return dt.date.fromisoformat(eid), None
    ev = event_by_id(store, eid)
    return ev["date"], ev.get("date_announced")


def child_time() -> None:
    """In a fresh process: cold, warm and repeated detects of the :data:`TIMED` flows (JSON on stdout)."""
    from frontload import api
    from frontload.detect.excess import detect

    with api.open_store(None, read_only=True) as store:
        flows = [(_series(store, r, p, c), *_event(store, e)) for r, p, c, e in TIMED]
    out: dict[str, list[float]] = {}
    for rnd in ("first", "again"):
        for i, ((r, p, c, e), (s, when, ann)) in enumerate(zip(TIMED, flows, strict=True)):
            tag = f"{r} {p} {c} {e}, {rnd}" + (
                " (cold: the process's first detect)" if rnd == "first" and i == 0 else ""
            )
            t0, w0 = time.process_time(), time.perf_counter()
            detect(s, when, announced=ann)
            out[tag] = [time.process_time() - t0, time.perf_counter() - w0]
    print(json.dumps(out))


def child_dump(path: str) -> None:
    """In a fresh process: ``repr(to_dict())`` (or the error) of every check case, as JSON to ``path``."""
    from frontload import api
    from frontload.detect.excess import detect
    from frontload.errors import FrontloadError

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks.episodes import EPISODES

    out: dict[str, str] = {}
    with api.open_store(None, read_only=True) as store:
        for rep, par, prod, eid, ctl, ctl_prod in EPISODES:
            when, ann = _event(store, eid)
            s = _series(store, rep, par, prod)
            controls = [_series(store, rep, c, prod) for c in ctl] + [
                _series(store, rep, par, c) for c in ctl_prod
            ]
            d = detect(s, when, announced=ann, controls=controls, event_label=eid)
            out[f"episode {rep} {par} {prod} {eid} {ctl} {ctl_prod}"] = repr(d.to_dict())
        for rep, par, prod in GRID_FLOWS:
            s = _series(store, rep, par, prod)
            for eid in GRID_EVENTS:
                when, ann = _event(store, eid)
                for opts in ({}, {"lead": 3, "lag": 3}):
                    key = f"{rep} {par} {prod} {eid} {opts}"
                    try:
                        out[key] = repr(detect(s, when, announced=ann, **opts).to_dict())
                    except FrontloadError as exc:
                        out[key] = f"error {type(exc).__name__}: {exc}"
                    # Twice in one process: a second call (a cache hit, if any) must answer the same.
                    try:
                        again = repr(detect(s, when, announced=ann, **opts).to_dict())
                    except FrontloadError as exc:
                        again = f"error {type(exc).__name__}: {exc}"
                    if again != out[key]:
                        out[key] += " | SECOND CALL DIFFERS"
    Path(path).write_text(json.dumps(out))


def _run(src: str, args: list[str]) -> str:
    env = {**os.environ, "PYTHONPATH": src}
    r = subprocess.run(
        [sys.executable, "-m", "benchmarks.detect_speed", *args],
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return r.stdout


def check(base: str, base_dump: str | None) -> int:
    """Compare every check case's output of this tree with the base's (read from ``base_dump`` if it
    exists: the base's outputs do not change; written there otherwise)."""
    with tempfile.TemporaryDirectory() as tmp:
        outs = {}
        for name, src in (("base", base), ("this", str(HERE))):
            p = base_dump if name == "base" and base_dump else f"{tmp}/{name}.json"
            if not (name == "base" and base_dump and Path(base_dump).exists()):
                _run(src, ["--child-dump", p])
            outs[name] = json.loads(Path(p).read_text())
    a, b = outs["base"], outs["this"]
    bad = [k for k in a if a[k] != b.get(k)] + [k for k in b if k not in a]
    errors = sum(v.startswith("error") for v in a.values())
    print(f"{len(a)} detects compared ({errors} of them errors, compared too): {len(bad)} differ")
    for k in bad:
        print(f"DIFFERS {k}\n  base {a.get(k)}\n  this {b.get(k)}")
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", help="the src folder of the baseline tree")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--check", action="store_true", help="compare every output with the base's")
    ap.add_argument("--base-dump", help="with --check: the base's outputs, kept in this file")
    ap.add_argument("--child-time", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--child-dump", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_time:
        return child_time()
    if args.child_dump:
        return child_dump(args.child_dump)
    if not args.base:
        ap.error("--base is required")
    if args.check:
        sys.exit(check(args.base, args.base_dump))
    trees = {"before": args.base, "after": str(HERE)}
    runs: dict[str, list[dict[str, list[float]]]] = {k: [] for k in trees}
    loads = [os.getloadavg()[0]]
    for _ in range(args.repeat):
        for name, src in trees.items():
            runs[name].append(json.loads(_run(src, ["--child-time"])))
            loads.append(os.getloadavg()[0])
    print(
        f"{args.repeat} processes per tree, alternating; load average (1 min) "
        f"{min(loads):.1f}–{max(loads):.1f}\n"
    )
    print(
        "| call | before CPU s | after CPU s | after ÷ before | before wall s | after wall s "
        "| after ÷ before |"
    )
    print("|---|---|---|---|---|---|---|")
    for tag in runs["before"][0]:
        med = {k: [statistics.median(r[tag][i] for r in runs[k]) for i in (0, 1)] for k in trees}
        b, a = med["before"], med["after"]
        print(
            f"| {tag} | {b[0]:.3f} | {a[0]:.3f} | {a[0] / b[0]:.2f}x | {b[1]:.3f} | {a[1]:.3f} | "
            f"{a[1] / b[1]:.2f}x |"
        )


if __name__ == "__main__":
    main()
