"""The CLI's output under another checkout's code and this one's, on the same store, compared.

    python -m benchmarks.same_output --base /tmp/main/src [--db STORE] [--web]

A speed change must not change a number (issue 13): every command below runs as a fresh process
under both ``src`` folders, on one store (built by the base's ``frontload load`` unless ``--db``
is given), and the outputs must be equal (``--web``: the web API's answers, :data:`WEB_CALLS`).
The brief's generation time is masked. JSON numbers are
compared exactly, except that floats may differ in their last bits (relative 1e-12): a total that
Python sums over rows in the order DuckDB returns them varies that much between two runs of the
*same* code when DuckDB runs two threads (it is shown and counted, and any other difference fails).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1] / "src"

COMMANDS: list[list[str]] = [
    ["brief"],
    ["brief", "--format", "markdown"],
    ["brief", "--format", "json"],
    ["brief", "--reporter", "USA", "--partner", "China", "--product", "854231", "--format", "markdown"],
    ["brief", "--as-of", "2025-12-01", "--format", "markdown"],
    ["brief", "--period", "2025-06", "--format", "markdown"],
    ["stats", "USA", "Taiwan", "processors"],
    ["stats", "USA", "Taiwan", "processors", "--format", "json"],
    ["stats", "China", "USA", "8542"],
    ["series", "USA", "World", "memory"],
]
# The web API's answers (``--web``): every call of the load test's mixed mix, the screen's ranking
# alone and the brief page, asked in-process (no worker processes, no answer cache) of a fresh app.
WEB_CALLS: list[str] = [
    "/api/v1/screen?top=0", "/api/v1/screen?top=0&window=3", "/api/v1/screen?top=0&end=2025-06",
    "/api/v1/products?q=memory", "/api/v1/products?parent=85", "/api/v1/products?parent=8542",
    "/api/v1/options?reporter=USA&partner=TWN", "/api/v1/events?start=2025-01-01",
    "/api/v1/vintages?reporter=USA&partner=TWN&product=processors",
    "/api/v1/brief?reporter=USA&partner=China&product=854231",
]
_WEB_SCRIPT = """
import json, sys
from urllib.parse import urlencode
from starlette.testclient import TestClient
sys.path.insert(0, sys.argv[1])
from benchmarks.web import MIXED
from benchmarks.same_output import WEB_CALLS
from frontload.web.app import create_app
calls = [f"/api/v1/{p}" + (f"?{urlencode(q)}" if q else "") for p, q in MIXED] + WEB_CALLS
with TestClient(create_app(processes=False, cache=False)) as c:
    for t in calls:
        r = c.get(t)
        body = r.json()
        if isinstance(body, dict):  # the snapshot served and the brief's time of writing are no figures
            body = {k: v for k, v in body.items() if k not in ("snapshot", "generated_at")}
        # keys sorted: a JSON object's order carries nothing (the menus' names come from a set)
        print(json.dumps({"call": t, "status": r.status_code, "body": body}, sort_keys=True))
"""
_GENERATED = re.compile(r"(generated_at\"?: \"?|Generated |generated )[0-9T:.+\- ]+")


def _run(src: str, db: Path, argv: list[str]) -> str:
    env = {**os.environ, "PYTHONPATH": src, "FRONTLOAD_DB": str(db), "NO_COLOR": "1", "COLUMNS": "100"}
    out = subprocess.run(
        [sys.executable, "-m", "frontload", *argv], env=env, check=True, capture_output=True, text=True
    )
    return _GENERATED.sub(r"\1…", out.stdout)


def _diff_json(a: Any, b: Any, path: str, close: list[str]) -> list[str]:
    """Paths where two JSON values differ; floats equal to 1e-12 relative are listed in ``close``."""
    if isinstance(a, float) and isinstance(b, float):
        if a != b:
            if not math.isclose(a, b, rel_tol=1e-12):
                return [f"{path}: {a!r} != {b!r}"]
            close.append(f"{path}: {a!r} vs {b!r}")
        return []
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a) != list(b):
            return [f"{path}: keys {list(a)} != {list(b)}"]
        return [d for k in a for d in _diff_json(a[k], b[k], f"{path}.{k}", close)]
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} items != {len(b)}"]
        return [
            d
            for i, (x, y) in enumerate(zip(a, b, strict=True))
            for d in _diff_json(x, y, f"{path}[{i}]", close)
        ]
    return [] if a == b and type(a) is type(b) else [f"{path}: {a!r} != {b!r}"]


def _web(src: str, db: Path) -> list[dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": src, "FRONTLOAD_DB": str(db)}
    out = subprocess.run([sys.executable, "-c", _WEB_SCRIPT, str(HERE.parent)], env=env, check=True,
                         capture_output=True, text=True)
    return [json.loads(line) for line in out.stdout.splitlines()]


def compare_web(base: str, db: Path) -> int:
    """Every web answer of :data:`WEB_CALLS` and the mixed mix under both codes: how many differ."""
    failed = 0
    for want, got in zip(_web(base, db), _web(str(HERE), db), strict=True):
        close: list[str] = []
        diffs = _diff_json(want, got, "$", close)
        if diffs:
            failed += 1
            print(f"DIFFER GET {want['call']}:\n  " + "\n  ".join(diffs[:20]))
        else:
            extra = f", but {len(close)} float(s) in their last bits" if close else ""
            print(f"same   GET {want['call']} ({want['status']}){extra}")
    return failed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True, help="src folder of the checkout to compare with")
    ap.add_argument("--db", type=Path, help="store to read (default: a fresh one loaded by the base)")
    ap.add_argument("--web", action="store_true", help="compare the web API's answers instead of the CLI's")
    args = ap.parse_args()
    base = str(args.base.resolve())
    failed = 0
    with tempfile.TemporaryDirectory() as d:
        db = args.db or Path(d) / "same.duckdb"
        if args.db is None:
            subprocess.run(
                [sys.executable, "-m", "frontload", "load"],
                check=True,
                stdout=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": base, "FRONTLOAD_DB": str(db)},
            )
        if args.web:
            sys.exit(1 if compare_web(base, db) else 0)
        for argv in COMMANDS:
            want, got = _run(base, db, argv), _run(str(HERE), db, argv)
            label = "frontload " + " ".join(argv)
            if want == got:
                print(f"same   {label} ({len(got):,} characters)")
                continue
            close: list[str] = []
            diffs = (
                _diff_json(json.loads(want), json.loads(got), "$", close)
                if "json" in argv
                else ["text differs"]
            )
            if diffs:
                failed += 1
                print(f"DIFFER {label}:\n  " + "\n  ".join(diffs[:20]))
                if "json" not in argv:
                    for i, (a, b) in enumerate(zip(want.splitlines(), got.splitlines(), strict=False)):
                        if a != b:
                            print(f"  line {i + 1}:\n  - {a}\n  + {b}")
                            break
            else:
                print(f"same   {label}, but {len(close)} float(s) in their last bits, e.g. {close[0]}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
