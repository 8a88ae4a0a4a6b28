"""Load test of the explorer's API calls: requests/s and p50/p99 latency at 1, 10 and 50 clients.

    python -m benchmarks.web [--requests 300] [--time-limit 60]

Loopback only and bounded: the bundled data are loaded into a temporary store, ``frontload
serve`` runs on 127.0.0.1 with a free port in its own process, and for each level of
concurrency a fixed number of requests is sent (the explorer's four calls in turn: flows,
stats, children, events), stopping early at the time limit. The baseline side by side is the
same four library calls made in-process without HTTP (``frontload.explore`` on an open store),
so the ratio is what the web layer (HTTP, validation, JSON, the thread pool) adds per call.

Two runs: ``cold``, where every request carries a unique extra parameter so the server's
per-snapshot answer cache never hits (each request computes), and ``warm``, the same requests
repeated, as when analysts reload the same views.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from frontload import api, explore
from frontload.store.store import Store

FLOW = {"reporter": "USA", "partner": "TWN", "product": "processors"}
CALLS = [
    ("flows", {**FLOW, "freq": "M"}),
    ("stats", FLOW),
    ("children", FLOW),
    ("events", {"product": "processors", "partner": "TWN", "start": "2016-11-01", "end": "2026-07-01"}),
]
LEVELS = (1, 10, 50)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


async def run_level(base: str, clients: int, n_requests: int, time_limit: float,
                    cold: bool) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    counter = iter(range(n_requests))
    deadline = time.monotonic() + time_limit
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as http:
        async def worker() -> None:
            nonlocal errors
            for i in counter:
                if time.monotonic() > deadline:
                    return
                path, params = CALLS[i % len(CALLS)]
                if cold:  # an unknown parameter is ignored by the API but makes the cache key new
                    params = {**params, "_n": f"{clients}-{i}"}
                t = time.perf_counter()
                r = await http.get(f"/api/v1/{path}", params=params)
                latencies.append(time.perf_counter() - t)
                if r.status_code != 200:
                    errors += 1

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        wall = time.perf_counter() - start
    return {"clients": clients, "requests": len(latencies), "errors": errors, "rps": len(latencies) / wall,
            "p50_ms": pct(latencies, 0.5) * 1000, "p99_ms": pct(latencies, 0.99) * 1000}


def baseline(db: Path, repeat: int = 20) -> float:
    """Median seconds of one of the four calls, in-process on an open store (no HTTP)."""
    with Store(db, read_only=True) as store:
        q, codes = api.make_query("USA", "TWN", "processors")
        fns = [
            lambda: explore.flow_view(store, q, codes),
            lambda: explore.stats_view(store, q, codes),
            lambda: explore.children_view(store, q, codes),
            lambda: explore.relevant_events(store, codes, "TWN"),
        ]
        for f in fns:  # warm up
            f()
        runs = []
        for i in range(repeat * len(fns)):
            t = time.perf_counter()
            fns[i % len(fns)]()
            runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def wait_up(base: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("frontload serve exited")
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("frontload serve did not come up")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=300, help="requests per concurrency level")
    ap.add_argument("--time-limit", type=float, default=60.0, help="seconds per level, at most")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "bench.duckdb"
        with Store(db) as s:
            api.load_bundled(s)
        base_s = baseline(db)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "FRONTLOAD_DB": str(db)}
        proc = subprocess.Popen([sys.executable, "-m", "frontload", "serve", "--host", "127.0.0.1",
                                 "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            wait_up(base, proc)
            asyncio.run(run_level(base, 4, 40, args.time_limit, cold=True))  # warm-up: thread pool
            runs = {mode: [asyncio.run(run_level(base, c, args.requests, args.time_limit,
                                                 cold=mode == "cold")) for c in LEVELS]
                    for mode in ("cold", "warm")}
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"explorer API calls ({', '.join(c for c, _ in CALLS)}) on loopback; "
          f"baseline: the same library calls in-process, median {base_s * 1000:.1f} ms\n")
    print("| run | clients | requests | errors | requests/s | p50 ms | p99 ms | p50 / baseline |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for mode, rows in runs.items():
        for r in rows:
            print(f"| {mode} | {r['clients']} | {r['requests']} | {r['errors']} | {r['rps']:.1f} | "
                  f"{r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['p50_ms'] / 1000 / base_s:.2f}x |")


if __name__ == "__main__":
    main()
