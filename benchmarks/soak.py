"""Soak test of ``frontload serve``: memory over many mixed requests and new snapshots.

    python -m benchmarks.soak [--requests 20000] [--clients 20] [--snapshots 4]
                              [--time-limit 600] [--baseline-src DIR]

Loopback only, bounded in count and in time, stops by itself: the bundled data are loaded into
a temporary store, ``frontload serve`` runs on 127.0.0.1 in its own process, and ``--clients``
clients send the benchmark's mixed requests (``benchmarks.web.MIXED``: the Explorer's calls on
five flows, menus, data pages, detect, screen, brief) with a unique extra parameter on a fifth
of the light ones, so the answer cache keeps filling and evicting, until ``--requests`` are
answered or the time limit passes. ``--snapshots`` times along the way the store file is
touched, so the server takes a new copy (what an ingest does): every thread's store on the old
copy must then be released, and every answer of it dropped.

The server's resident memory (``VmRSS`` of its process, from ``/proc``) is sampled after the
warm-up, every tenth of the run, and at the end; the figure that matters is the end against
the warm-up (flat = bounded caches, no store kept open per old snapshot). ``--baseline-src``
soaks another checkout's server the same way, in turn, for a before/after.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from frontload import api
from frontload.store.store import Store

from .web import HEAVY, MIXED, Connection, Served

SNAPSHOTS = "frontload-snapshot-"  # the folder of the server's store copies


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def open_files(pid: int, folder: str) -> int:
    """How many of the server's open files are snapshot copies (deleted ones included)."""
    n = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):  # closed meanwhile
            n += folder in str(fd.readlink())
    return n


async def soak(srv: Served, n_requests: int, clients: int, snapshots: int,
               time_limit: float) -> dict[str, Any]:
    host, port = srv.base.removeprefix("http://").split(":")
    targets = [(p, f"/api/v1/{p}" + (f"?{urlencode(q)}" if q else "")) for p, q in MIXED]
    counter = iter(range(n_requests))
    done = 0
    errors: dict[str, int] = {}
    deadline = time.monotonic() + time_limit
    marks = {n_requests * k // 10 for k in range(1, 10)}
    touch_at = {n_requests * k // (snapshots + 1) for k in range(1, snapshots + 1)}
    samples: list[tuple[int, float, int]] = []

    async def worker() -> None:
        nonlocal done
        conn = Connection(host, int(port))
        try:
            for i in counter:
                if time.monotonic() > deadline:
                    return
                path, target = targets[i % len(targets)]
                if path not in HEAVY and i % 5 == 0:  # a new key: the cache fills and evicts
                    target += ("&" if "?" in target else "?") + f"_n={i}"
                try:
                    status = await asyncio.wait_for(conn.get(target), timeout=300)
                except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError):
                    status = 0
                    await conn.close()
                if status != 200:
                    errors[f"{path} {status}"] = errors.get(f"{path} {status}", 0) + 1
                done += 1
                if i in marks:
                    samples.append((i, rss_mib(srv.proc.pid), open_files(srv.proc.pid, SNAPSHOTS)))
                if i in touch_at:
                    await asyncio.to_thread(srv.new_snapshot)
        finally:
            await conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return {"requests": done, "seconds": time.perf_counter() - t0, "errors": errors, "samples": samples}


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--requests", type=int, default=20_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--snapshots", type=int, default=4, help="new store copies taken during the run")
    ap.add_argument("--time-limit", type=float, default=600.0, help="seconds per server, at most")
    ap.add_argument("--baseline-src", type=Path, help="another checkout's src folder to soak in turn")
    args = ap.parse_args()
    here = Path(__file__).resolve().parents[1] / "src"
    srcs = ([("before", args.baseline_src.resolve())] if args.baseline_src else []) + [("after", here)]
    results = []
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "soak.duckdb"
        with Store(db) as s:
            api.load_bundled(s)
        for name, src in srcs:
            copy = Path(d) / f"{name}.duckdb"
            shutil.copyfile(db, copy)
            srv = Served(name, src, copy)
            try:
                start = rss_mib(srv.proc.pid)
                asyncio.run(soak(srv, 2 * len(MIXED), 4, 0, args.time_limit))  # warm-up: every endpoint once
                warm = rss_mib(srv.proc.pid)
                r = asyncio.run(soak(srv, args.requests, args.clients, args.snapshots, args.time_limit))
                end = rss_mib(srv.proc.pid)
                files = open_files(srv.proc.pid, SNAPSHOTS)
            finally:
                srv.close()
            results.append((name, start, warm, end, files, r))
            print(name, start, warm, end, files, r, file=sys.stderr, flush=True)
    print(f"{args.requests:,} mixed requests from {args.clients} clients, {args.snapshots} new snapshots "
          "during the run; server RSS in MiB\n")
    print("| server | requests | seconds | errors | RSS at start | after warm-up | at the end "
          "| end − warm-up | snapshot files open at the end |")
    print("|---|---:|---:|---|---:|---:|---:|---:|---:|")
    for name, start, warm, end, files, r in results:
        errs = ", ".join(f"{k}: {v}" for k, v in sorted(r["errors"].items())) or "0"
        print(f"| {name} | {r['requests']:,} | {r['seconds']:.0f} | {errs} | {start:.0f} | {warm:.0f} | "
              f"{end:.0f} | {end - warm:+.0f} | {files} |")
    print("\nRSS along the run (request number: MiB, snapshot files open):")
    for name, *_, r in results:
        print(f"- {name}: " + ", ".join(f"{i:,}: {m:.0f} ({f})" for i, m, f in r["samples"]))


if __name__ == "__main__":
    main()
