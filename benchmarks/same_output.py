"""The CLI's output under another checkout's code and this one's, on the same store, compared.

    python -m benchmarks.same_output --base /tmp/main/src [--db STORE]

A speed change must not change a number (issue 13): every command below runs as a fresh process
under both ``src`` folders, on one store (built by the base's ``frontload load`` unless ``--db``
is given), and the outputs must be equal. The brief's generation time is masked. JSON numbers are
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True, help="src folder of the checkout to compare with")
    ap.add_argument("--db", type=Path, help="store to read (default: a fresh one loaded by the base)")
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
