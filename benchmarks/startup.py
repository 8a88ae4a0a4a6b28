"""Whole-process start-up of the CLI against the bare ``python -c "import duckdb"`` floor (issue 13).

    python -m benchmarks.startup [--repeat 9] [--base /tmp/main-src]

Every command is a fresh ``python -m frontload`` process, timed from spawn to exit (what an
analyst waits for at the prompt). The floor is a process that only imports DuckDB: any command
that reads the store pays at least that. Processes alternate command by command, and, with
``--base`` (the ``src`` folder of another checkout, e.g. ``git archive main src | tar -x -C
/tmp/main``), this checkout and the base alternate too, each on its own fresh store built by its
own code: the ratios are measured side by side, under the same load. Reported: medians (s), each
command ÷ the floor, and after ÷ before; and the same for CPU time (user + system of the child),
which a machine shared with other work inflates less than wall time. Output goes to ``/dev/null``
(rendering to a terminal is not what is measured).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "src"

COMMANDS: dict[str, list[str]] = {
    "frontload --help": ["--help"],
    "frontload stats USA Taiwan processors": ["stats", "USA", "Taiwan", "processors"],
    "frontload brief": ["brief"],
}
TARGETS = {"frontload --help": 1.5, "frontload stats USA Taiwan processors": 2.5, "frontload brief": 4.0}
FLOOR = 'python -c "import duckdb"'


def _env(src: str, db: Path) -> dict[str, str]:
    """The child's environment. Bytecode is cached (under a prefix beside the stores, so that no
    checkout gets ``__pycache__`` folders) whatever the calling shell says: an installed frontload
    has its modules compiled, and with ``PYTHONDONTWRITEBYTECODE=1`` every process compiled the
    package afresh, about 50 ms of the brief's CPU (0.46 s against 0.41 s) that no user pays."""
    env = {**os.environ, "PYTHONPATH": src, "FRONTLOAD_DB": str(db), "NO_COLOR": "1",
           "PYTHONPYCACHEPREFIX": str(db.parent / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=9)
    ap.add_argument("--base", type=Path, help="src folder of the checkout to compare against")
    ap.add_argument("--after-path", default="", help="folders put before this checkout's src on the "
                    "after side's PYTHONPATH (e.g. a `pip install --target` of the typer it pins)")
    args = ap.parse_args()
    here = os.pathsep.join([p for p in args.after_path.split(os.pathsep) if p] + [str(HERE)])
    sides = {"after": here} if args.base is None else {"before": str(args.base.resolve()), "after": here}
    with tempfile.TemporaryDirectory() as d:
        envs = {}
        for name, src in sides.items():
            envs[name] = _env(src, Path(d) / f"{name}.duckdb")
            subprocess.run([sys.executable, "-m", "frontload", "load"], env=envs[name], check=True,
                           stdout=subprocess.DEVNULL)
        runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
        floor: list[tuple[float, float]] = []
        for i in range(args.repeat + 1):  # round 0 warms the page and bytecode caches and is not counted
            t = _timed([sys.executable, "-c", "import duckdb"], envs["after"])
            if i:
                floor.append(t)
            for label, cli in COMMANDS.items():
                for name in sides:
                    t = _timed([sys.executable, "-m", "frontload", *cli], envs[name])
                    if i:
                        runs.setdefault((label, name), []).append(t)
    load = os.getloadavg()[0]
    print(f"Run of {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {args.repeat} processes each, medians, "
          f"load average {load:.1f} on {os.cpu_count()} cores\n")
    for kind, k in (("wall", 0), ("CPU", 1)):
        f = statistics.median(r[k] for r in floor)
        print(f"{kind} time; floor {FLOOR}: {f:.3f} s\n")
        cols = [f"{n}, s (÷ floor)" for n in sides]
        print("| command | " + " | ".join(cols) + (" | after ÷ before" if len(sides) > 1 else "")
              + " | target |")
        print("|---|" + "---:|" * (len(cols) + (len(sides) > 1)) + "---|")
        for label in COMMANDS:
            med = {n: statistics.median(r[k] for r in runs[(label, n)]) for n in sides}
            cells = [f"{med[n]:.3f} ({med[n] / f:.2f}x)" for n in sides]
            ratio = [f"{med['after'] / med['before']:.2f}x"] if len(sides) > 1 else []
            ok = "✔" if med["after"] / f <= TARGETS[label] else "✘"
            print(f"| {label} | " + " | ".join(cells + ratio) + f" | ≤ {TARGETS[label]}x floor {ok} |")
        print()


if __name__ == "__main__":
    main()
