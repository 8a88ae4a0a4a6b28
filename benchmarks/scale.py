"""Scale benchmarks on SYNTHETIC world-scale data: ratios measured side by side in one run.

    python -m benchmarks.scale --rows 10000000 [--rows 50000000] [--out benchmarks/RESULTS.md]

Data: ``frontload synth`` Parquet (and the same rows as a Comtrade+ CSV for the
ingest), generated under ``benchmarks/.data/`` (git-ignored) when missing.
Every measurement runs in its own process (``benchmarks.scale_tasks``) so its
peak memory is its own; implementations of the same work alternate, ``--repeat``
times each, and the medians are compared. Each implementation's result checksum
(series count and sums of the growth figures or z-scores) must equal
frontload's, or the run stops: a fast wrong answer is not a result.

1. Ingest: frontload's streaming bulk load (translation, key and validity checks,
   fetch log, one transaction) vs DuckDB's own ``read_csv``/``read_parquet`` into a table.
2. Headline statistics (month, YoY, YTD and its YoY, rolling 12 months and its YoY)
   for every series of the largest reporter: frontload on DuckDB vs the same as one
   hand-written DuckDB query (the floor) vs pandas vs Polars, and frontload on local Spark.
3. The screen over every complete series: frontload's vectorised screen (on DuckDB and
   on local Spark) vs a per-series statsmodels STL loop and statsforecast AutoETS
   (timed on a sample, extrapolated to all series).
4. The physical limit: bytes of the Parquet column chunks the headline query reads ÷
   the measured read bandwidth of this machine (page cache, so an upper bound on speed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / ".data"
MONTH = dt.date(2025, 7, 1)  # headline month (the synthetic world runs 2016-01 … 2025-12)
END = dt.date(2025, 12, 1)  # screen window end


def run(task: str, **kwargs: Any) -> dict[str, Any]:
    args = json.dumps({k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in kwargs.items()})
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.scale_tasks", task, args], cwd=ROOT, capture_output=True, text=True
    )
    if out.returncode != 0:
        raise RuntimeError(f"{task} failed:\n{out.stderr[-3000:]}")
    line = [x for x in out.stdout.splitlines() if x.startswith("{")][-1]
    result: dict[str, Any] = json.loads(line)
    return result


def side_by_side(
    jobs: dict[str, tuple[str, dict[str, Any]]], repeat: int, check: bool = True
) -> dict[str, dict[str, Any]]:
    """Run each job ``repeat`` times, alternating; medians of seconds, max of peaks; checksums compared."""
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in jobs}
    for _ in range(repeat):
        for name, (task, kw) in jobs.items():
            r = run(task, **kw)
            runs[name].append(r)
            print(
                f"  {name:28} {r['seconds']:9.2f} s  peak {r['peak_mib']:8.0f} MiB  {r['result']}",
                file=sys.stderr,
                flush=True,
            )
    out = {}
    first = next(iter(jobs))
    for name, rs in runs.items():
        out[name] = {
            "seconds": statistics.median(r["seconds"] for r in rs),
            "startup": statistics.median(r["startup"] for r in rs),
            "peak_mib": max(r["peak_mib"] for r in rs),
            "result": rs[0]["result"],
            "runs": len(rs),
        }
    if check:
        ref = out[first]["result"]
        for name, r in out.items():
            if r["result"] != ref:
                raise SystemExit(f"{name} disagrees with {first}: {r['result']} != {ref}")
    return out


def ensure_data(rows: int, csv: bool) -> tuple[Path, Path | None]:
    from frontload import synthetic

    folder = DATA / f"world-{rows // 1_000_000}m"
    if not (folder / "SYNTHETIC.md").exists():
        print(f"generating {rows:,} synthetic rows in {folder}", file=sys.stderr, flush=True)
        synthetic.write_parquet(folder, rows, seed=rows // 1_000_000)
    csv_path = None
    if csv:
        csv_path = DATA / f"world-{rows // 1_000_000}m-comtrade-plus.csv"
        if not csv_path.exists():
            print(f"writing {csv_path}", file=sys.stderr, flush=True)
            synthetic.write_comtrade_plus_csv(folder, csv_path)
    return folder, csv_path


def largest_reporter(folder: Path) -> tuple[str, int]:
    import duckdb

    row = duckdb.sql(
        f"SELECT reporter, count(*) FROM read_parquet('{folder}/*.parquet') "
        "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
    ).fetchall()[0]
    return str(row[0]), int(row[1])


def read_bandwidth(folder: Path) -> float:
    """Bytes per second reading the Parquet files (after one warm-up pass: page cache)."""
    files = sorted(folder.glob("*.parquet"))
    buf = bytearray(16 << 20)
    best = 0.0
    for _ in range(3):
        t = time.perf_counter()
        total = 0
        for f in files:
            with f.open("rb", buffering=0) as fh:
                while n := fh.readinto(buf):
                    total += n
        best = max(best, total / (time.perf_counter() - t))
    return best


def column_bytes(folder: Path, columns: list[str]) -> int:
    import pyarrow.parquet as pq

    total = 0
    for f in sorted(folder.glob("*.parquet")):
        md = pq.ParquetFile(f).metadata
        for g in range(md.num_row_groups):
            rg = md.row_group(g)
            for c in range(rg.num_columns):
                col = rg.column(c)
                if col.path_in_schema in columns:
                    total += col.total_compressed_size
    return total


def machine() -> dict[str, str]:
    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        ln.split()[1] for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")
    )
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    vers = {}
    for pkg in (
        "frontload",
        "duckdb",
        "ibis-framework",
        "pyspark",
        "pandas",
        "polars",
        "pyarrow",
        "numpy",
        "statsmodels",
    ):
        try:
            vers[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            vers[pkg] = "not installed"
    return {
        "cpu": f"{cpu}, {os.cpu_count()} logical cores",
        "memory": f"{int(mem) / 1024**2:.1f} GiB",
        "os": platform.platform(),
        "python": platform.python_version(),
        "java": java[0] if java else "none",
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "versions": ", ".join(f"{k} {v}" for k, v in vers.items()),
    }


def table(title: str, res: dict[str, dict[str, Any]], base: str, extra: str = "") -> str:
    lines = [
        f"#### {title}",
        "",
        f"| implementation | median s | ratio to {base} | peak MiB | start-up s |",
        "|---|---:|---:|---:|---:|",
    ]
    b = res[base]["seconds"]
    for name, r in res.items():
        lines.append(
            f"| {name} | {r['seconds']:.2f} | {r['seconds'] / b:.2f}x | {r['peak_mib']:,.0f} | "
            f"{r['startup']:.1f} |"
        )
    if extra:
        lines += ["", extra]
    return "\n".join(lines) + "\n"


def ingest_table(
    title: str, base: str, jobs: dict[str, tuple[str, dict[str, Any]]], tmp: Path, repeat: int
) -> str:
    """Time ingest jobs side by side, each task into its own store under ``tmp`` (every task starts
    from a fresh file; jobs of one task share it, so a table keeps one store per task on disk), then
    delete the stores so the next table has the disk to itself."""
    jobs = {name: (task, {**kw, "db": f"{tmp}/{task}.duckdb"}) for name, (task, kw) in jobs.items()}
    res = side_by_side(jobs, max(1, repeat - 1))
    for f in tmp.glob("*.duckdb*"):
        f.unlink()
    return table(title, res, base)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, action="append", help="synthetic rows (repeatable; default 10M)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", default="ingest,headline,world,screen,spark,limit")
    ap.add_argument(
        "--statsforecast-python",
        default=os.environ.get("STATSFORECAST_PYTHON", ""),
        help="a python with statsforecast installed (it pins pandas<3)",
    )
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    only = set(args.only.split(","))
    sections = [f"### Run of {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC", ""]
    info = machine()
    sections += [f"- {k}: {v}" for k, v in info.items()] + [""]
    for rows in args.rows or [10_000_000]:
        folder, csv = ensure_data(rows, "ingest" in only)
        reporter, rrows = largest_reporter(folder)
        label = f"{rows / 1e6:.0f}M rows"
        sections.append(f"### {label} (SYNTHETIC; largest reporter {reporter}: {rrows:,} rows)\n")
        with tempfile.TemporaryDirectory(dir=DATA) as tmp:
            if "ingest" in only and csv is not None:
                csv_gib = csv.stat().st_size / 2**30
                ingest = [
                    (
                        f"Ingest, Comtrade+ CSV ({csv_gib:.1f} GiB), {label}",
                        "DuckDB read_csv → table",
                        {
                            "frontload load-bulk (CSV)": ("ingest_frontload", {"path": str(csv)}),
                            "DuckDB read_csv → table": ("ingest_duckdb", {"path": str(csv)}),
                            "frontload load-bulk (CSV, --memory-limit 1GB)": (
                                "ingest_frontload",
                                {"path": str(csv), "memory_limit": "1GB"},
                            ),
                        },
                    ),
                    (
                        f"Ingest, canonical Parquet, {label}",
                        "DuckDB read_parquet → table",
                        {
                            "frontload load-bulk (Parquet)": ("ingest_frontload", {"path": str(folder)}),
                            "DuckDB read_parquet → table": ("ingest_duckdb", {"path": str(folder)}),
                        },
                    ),
                ]
                for title, base_job, jobs in ingest:
                    sections.append(ingest_table(title, base_job, jobs, Path(tmp), args.repeat))
        kw = {"data": str(folder), "reporter": reporter, "month": MONTH}
        if "headline" in only:
            jobs = {
                "frontload (DuckDB)": ("headline_frontload", kw),
                "hand-written DuckDB SQL": ("headline_sql", kw),
                "frontload (DuckDB), templates off": ("headline_frontload", {**kw, "templates": False}),
                "Polars lazy": ("headline_polars", kw),
                "pandas": ("headline_pandas", kw),
            }
            if "spark" in only:
                jobs["frontload (Spark local[2])"] = ("headline_frontload", {**kw, "engine": "spark"})
            res = side_by_side(jobs, args.repeat)
            sections.append(
                table(
                    f"Headline statistics, every series of {reporter}, {MONTH:%b %Y}, {label}",
                    res,
                    "hand-written DuckDB SQL",
                    f"Result checked equal across implementations: {res['frontload (DuckDB)']['result']}",
                )
            )
            if "limit" in only:
                cols = [
                    "source",
                    "reporter",
                    "partner",
                    "flow",
                    "product",
                    "period",
                    "months",
                    "value_usd",
                    "vintage",
                ]
                nbytes = column_bytes(folder, cols)
                bw = read_bandwidth(folder)
                floor = nbytes / bw
                fl = res["frontload (DuckDB)"]["seconds"]
                sql = res["hand-written DuckDB SQL"]["seconds"]
                sections.append(
                    f"Physical limit: the query needs {nbytes / 2**20:,.0f} MiB of Parquet column chunks; "
                    f"this machine reads those files at {bw / 2**30:.2f} GiB/s (page cache), so reading "
                    f"alone takes {floor:.3f} s. frontload on DuckDB takes {fl / floor:,.1f}x that, the "
                    f"hand-written SQL {sql / floor:,.1f}x: decoding and aggregating on 2 cores is the "
                    "cost, not I/O.\n"
                )
        if "world" in only:
            wkw = {**kw, "reporter": None}
            jobs = {
                "frontload (DuckDB)": ("headline_frontload", wkw),
                "hand-written DuckDB SQL": ("headline_sql", wkw),
                "Polars lazy": ("headline_polars", wkw),
                "pandas": ("headline_pandas", wkw),
            }
            if "spark" in only:
                jobs["frontload (Spark local[2])"] = ("headline_frontload", {**wkw, "engine": "spark"})
            res = side_by_side(jobs, args.repeat)
            n = res["frontload (DuckDB)"]["result"]["series"]
            sections.append(
                table(
                    f"Headline statistics, every series in the world ({n:,}), {MONTH:%b %Y}, {label}",
                    res,
                    "hand-written DuckDB SQL",
                )
            )
        if "screen" in only:
            skw = {"data": str(folder), "end": END}
            jobs = {"frontload (DuckDB)": ("screen_frontload", skw)}
            if "spark" in only:
                jobs["frontload (Spark local[2])"] = ("screen_frontload", {**skw, "engine": "spark"})
            res = side_by_side(jobs, args.repeat)
            base = dict(res)
            loop = side_by_side(
                {"statsmodels STL loop (extrapolated)": ("screen_stl_loop", {**skw, "sample": 1000})},
                1,
                check=False,
            )
            base.update(loop)
            if args.statsforecast_python:
                sf = side_by_side(
                    {
                        "statsforecast AutoETS (extrapolated)": (
                            "screen_statsforecast",
                            {**skw, "sample": 200, "python": args.statsforecast_python},
                        )
                    },
                    1,
                    check=False,
                )
                base.update(sf)
            n = res["frontload (DuckDB)"]["result"]["series"]
            sections.append(
                table(
                    f"Screen, every complete series ({n:,}), 66 months to {END:%b %Y}, {label}",
                    base,
                    "frontload (DuckDB)",
                    "Loops timed on a sample (STL 1,000 series, AutoETS 200) and extrapolated "
                    "to every series; their peak is that of the sample run.",
                )
            )
    text = "\n".join(sections)
    print(text)
    if args.out:
        with args.out.open("a") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
