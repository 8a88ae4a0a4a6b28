"""Load test of the web API: requests/s and p50/p99 latency at 1, 10, 50 and 100 clients.

    python -m benchmarks.web [--requests 300] [--time-limit 40] [--clients 1,10,50,100]
                             [--baseline-src DIR]

Loopback only and bounded: the bundled data are loaded into a temporary store, ``frontload
serve`` runs on 127.0.0.1 with a free port in its own process, and for each level of
concurrency a fixed number of requests is sent, stopping early at the time limit (requests in
flight then finish and count).

Two mixes of requests:

* ``explorer``: the Explorer's four calls in turn (flows, stats, children, events for US
  imports of processors from Taiwan).
* ``mixed``: what a team on the dashboard asks: the Explorer's calls on five flows, the menus,
  the product search, events, the data pages, vintages, figures, and the heavy ones (detect on
  two flows, the screen, the brief). p99 is also given over the light requests alone (every
  endpoint but detect, screen and brief), which must stay fast while heavy ones compute.

Three runs of each level:

* ``uncached`` (explorer mix only): every request carries a unique extra parameter, so no
  answer is ever replayed and each request computes: the server's raw throughput.
* ``cold``: the store file is touched first, so the server takes a new snapshot and every
  answer it kept is gone; then the clients ask the mix's views (the same few keys, as a team
  does after an ingest). Each key must be computed once; a server without single-flight
  computes it once per client that asks before the first answer is kept (a thundering herd).
* ``warm``: the same requests again on the same snapshot, once each is answered (a computation
  slower than the time budget may still be running from the cold run, or the screen's detector
  verdicts: it is waited for).

During every level a probe asks ``/health`` every 20 ms on a connection of its own: its median
and maximum say how the event loop fares while the level's work, heavy requests included, runs.

``--baseline-src DIR`` also serves the same store from another checkout's ``src`` (e.g. main's
code: ``git archive main src | tar -x -C DIR``) and runs every level against both servers in
turn, so the before/after ratio is measured side by side under the same machine load.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from frontload import api, explore
from frontload.store.store import Store

FLOW = {"reporter": "USA", "partner": "TWN", "product": "processors"}
Call = tuple[str, dict[str, Any]]
EXPLORER: list[Call] = [
    ("flows", {**FLOW, "freq": "M"}),
    ("stats", FLOW),
    ("children", FLOW),
    ("events", {"product": "processors", "partner": "TWN", "start": "2016-11-01", "end": "2026-07-01"}),
]
FLOWS = [FLOW, {"reporter": "China", "partner": "USA", "product": "8542"},
         {"reporter": "USA", "partner": "KOR", "product": "memory"},
         {"reporter": "USA", "partner": "MYS", "product": "8542"},
         {"reporter": "USA", "partner": "VNM", "product": "8542"}]
HEAVY = {"detect", "screen", "brief"}
MIXED: list[Call] = [
    *[(p, f) for f in FLOWS for p in ("flows", "stats", "children")],
    ("options", {}), ("products", {"q": "processors"}), ("products", {}),
    ("events", {}), ("events", {"product": "8542", "partner": "USA"}),
    ("datasets", {}), ("fetches", {"limit": 50}), ("figures", {"limit": 50}),
    ("vintages", {"reporter": "China", "partner": "USA", "product": "8542"}),
    ("health", {}),
    ("detect", {**FLOW, "event": "2025-04"}),
    ("detect", {"reporter": "USA", "partner": "KOR", "product": "memory", "event": "2025-04"}),
    ("screen", {}), ("brief", {}),
]
MIXES = {"explorer": EXPLORER, "mixed": MIXED}
LEVELS = (1, 10, 50, 100)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))]


class Connection:
    """One keep-alive HTTP/1.1 connection, as lean as a client can be.

    httpx's pool costs the client more CPU per request as connections grow (at 100 clients
    it, not the server, set the pace on the 2-core machine), so the load is sent through
    plain asyncio streams: a request line, and an answer read by its Content-Length.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length, close = None, False
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
            elif name.strip().lower() == b"connection" and value.strip().lower() == b"close":
                close = True
        if length is None:
            await self.reader.read()
            close = True
        else:
            await self.reader.readexactly(length)
        if close:
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def run_level(base: str, calls: list[Call], clients: int, n_requests: int, time_limit: float,
                    unique: bool) -> dict[str, Any]:
    samples: list[tuple[str, float, int]] = []
    counter = iter(range(n_requests))
    deadline = time.monotonic() + time_limit
    host, port = base.removeprefix("http://").split(":")
    targets = [f"/api/v1/{path}" + (f"?{urlencode(params)}" if params else "") for path, params in calls]

    async def worker() -> None:
        conn = Connection(host, int(port))
        try:
            for i in counter:
                if time.monotonic() > deadline:
                    return
                path, target = calls[i % len(calls)][0], targets[i % len(calls)]
                if unique:  # an unknown parameter is ignored by the API but makes the cache key new
                    target += ("&" if "?" in target else "?") + f"_n={clients}-{i}-{time.monotonic_ns()}"
                t = time.perf_counter()
                try:
                    status = await asyncio.wait_for(conn.get(target), timeout=300)
                except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError):
                    status = 0
                    await conn.close()
                samples.append((path, time.perf_counter() - t, status))
        finally:
            await conn.close()

    health: list[float] = []
    running = True

    async def probe() -> None:
        """/health on a connection of its own every 20 ms while the clients run: how long the
        event loop takes to answer while the level's work (heavy requests included) goes on."""
        conn = Connection(host, int(port))
        try:
            while running:
                t = time.perf_counter()
                try:
                    await asyncio.wait_for(conn.get("/api/v1/health"), timeout=300)
                except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError):
                    await conn.close()
                health.append(time.perf_counter() - t)
                await asyncio.sleep(0.02)
        finally:
            await conn.close()

    start = time.perf_counter()
    prober = asyncio.create_task(probe())
    await asyncio.gather(*(worker() for _ in range(clients)))
    wall = time.perf_counter() - start
    running = False
    await prober
    lat = [s[1] for s in samples]
    light = [s[1] for s in samples if s[0] not in HEAVY]
    failed: dict[str, int] = {}
    for s in samples:
        if s[2] != 200:
            failed[f"{s[0]} {s[2]}"] = failed.get(f"{s[0]} {s[2]}", 0) + 1
    return {"clients": clients, "requests": len(samples), "errors": sum(s[2] != 200 for s in samples),
            "failed": failed, "slowest": sorted(samples, key=lambda s: -s[1])[:5],
            "rps": len(samples) / wall, "p50_ms": pct(lat, 0.5) * 1000, "p99_ms": pct(lat, 0.99) * 1000,
            "light_p99_ms": pct(light, 0.99) * 1000, "max_ms": max(lat, default=float("nan")) * 1000,
            "health_n": len(health), "health_p50_ms": pct(health, 0.5) * 1000,
            "health_max_ms": max(health, default=float("nan")) * 1000}


def baseline(db: Path, repeat: int = 20) -> float:
    """Median seconds of one of the Explorer's four calls, in-process on an open store (no HTTP)."""
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


def generation(base: str) -> int:
    return int(httpx.get(f"{base}/api/v1/health", timeout=60).json()["snapshot"]["generation"])


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


def prime(base: str, calls: list[Call], timeout: float = 300) -> None:
    """Ask each call until it is answered (not 503/504), so a warm run finds every answer kept:
    a computation slower than the budget may still be running from the cold run."""
    deadline = time.monotonic() + timeout
    for path, params in calls:
        while not complete(httpx.get(f"{base}/api/v1/{path}", params=params, timeout=300)):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{base}: {path} not answered within {timeout:g} s")
            time.sleep(0.5)


def complete(r: httpx.Response) -> bool:
    """Answered, and in full: not 503/504, and a screen with none of its verdicts still pending."""
    if r.status_code in (503, 504):
        return False
    return not (r.status_code == 200 and r.url.path.endswith("/screen") and r.json().get("verdicts_pending"))


class Served:
    """``frontload serve`` from one checkout's source, over its own copy of the store."""

    def __init__(self, name: str, src: Path, db: Path, joblog: Path | None = None,
                 looplag: Path | None = None) -> None:
        self.name, self.db = name, db
        self.base = f"http://127.0.0.1:{free_port()}"
        env = {**os.environ, "FRONTLOAD_DB": str(db), "PYTHONPATH": str(src)}
        if joblog is not None:  # each heavy job's wait for a worker and compute time (web/pool.py)
            env["FRONTLOAD_WEB_JOBLOG"] = str(joblog)
        if looplag is not None:  # the event loop's lag and where its thread was meanwhile (web/lag.py)
            env["FRONTLOAD_WEB_LOOPLAG"] = str(looplag)
        self.proc = subprocess.Popen([sys.executable, "-m", "frontload", "serve", "--host", "127.0.0.1",
                                      "--port", self.base.rsplit(":", 1)[1]], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_up(self.base, self.proc, timeout=300)  # this code warms its worker processes first

    def new_snapshot(self) -> None:
        """Touch the store so the server takes a new copy (and forgets every kept answer)."""
        gen = generation(self.base)
        st = self.db.stat()
        os.utime(self.db, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
        deadline = time.monotonic() + 30
        while generation(self.base) == gen:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.name}: no new snapshot")
            time.sleep(0.3)

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def mark(joblog: Path, what: str) -> None:
    """A line in a server's job log where a level starts, to read its jobs apart from the others'."""
    with joblog.open("a") as f:
        f.write(f"{time.time():.3f} level {what}\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--requests", type=int, default=300, help="requests per level")
    ap.add_argument("--time-limit", type=float, default=40.0, help="seconds per level, at most")
    ap.add_argument("--clients", default=",".join(map(str, LEVELS)), help="concurrency levels")
    ap.add_argument("--mix", default="explorer,mixed", help="mixes to run: explorer, mixed")
    ap.add_argument("--baseline-src", type=Path, help="another checkout's src folder to serve side by side")
    ap.add_argument("--job-log", type=Path, help="folder for each server's log of its heavy jobs: the wait "
                    "for a worker and the compute time of each (SERVER.jobs.log)")
    ap.add_argument("--loop-lag", type=Path, help="folder for each server's probe of its event loop: a 5 ms "
                    "heartbeat's lateness (SERVER.looplag.txt) and every thread's stack while it lags > 25 "
                    "ms (SERVER.looplag.tracebacks; benchmarks.loop_stacks counts them); a server without "
                    "web/lag.py ignores it")
    args = ap.parse_args()
    levels = [int(c) for c in args.clients.split(",")]
    here = Path(__file__).resolve().parents[1] / "src"
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "bench.duckdb"
        with Store(db) as s:
            api.load_bundled(s)
        base_s = baseline(db)
        srcs = ([("before", args.baseline_src.resolve())] if args.baseline_src else []) + [("after", here)]
        servers = []
        for name, src in srcs:
            copy = Path(d) / f"{name}.duckdb"
            shutil.copyfile(db, copy)
            joblog = args.job_log / f"{name}.jobs.log" if args.job_log else None
            looplag = args.loop_lag / f"{name}.looplag.txt" if args.loop_lag else None
            servers.append(Served(name, src, copy, joblog, looplag))
        rows: list[dict[str, Any]] = []
        try:
            for srv in servers:  # warm-up: thread pool, imports, first compiles
                asyncio.run(run_level(srv.base, EXPLORER, 4, 40, args.time_limit, unique=True))
            for mix in args.mix.split(","):
                modes = ("uncached", "cold", "warm") if mix == "explorer" else ("cold", "warm")
                for clients in levels:
                    for mode in modes:
                        for srv in servers:
                            if mode == "cold":
                                srv.new_snapshot()
                            elif mode == "warm":
                                prime(srv.base, MIXES[mix])
                            if args.job_log:
                                mark(args.job_log / f"{srv.name}.jobs.log", f"{mix} {mode} {clients}")
                            r = asyncio.run(run_level(srv.base, MIXES[mix], clients, args.requests,
                                                      args.time_limit, unique=mode == "uncached"))
                            rows.append({"server": srv.name, "mix": mix, "mode": mode, **r})
                            print(rows[-1], file=sys.stderr, flush=True)
        finally:
            for srv in servers:
                srv.close()
    print(f"load average at the end: {os.getloadavg()[0]:.1f}; baseline (the Explorer's four library "
          f"calls in-process, median): {base_s * 1000:.1f} ms\n")
    print("| mix | run | clients | server | requests | errors | requests/s | p50 ms | p99 ms | "
          "p99 light ms | max ms | /health p50 ms | /health max ms |")
    print("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in sorted(rows, key=lambda r: (r["mix"], ("uncached", "cold", "warm").index(r["mode"]),
                                         r["clients"])):
        print(f"| {r['mix']} | {r['mode']} | {r['clients']} | {r['server']} | {r['requests']} | "
              f"{r['errors']} | {r['rps']:.1f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | "
              f"{r['light_p99_ms']:.1f} | {r['max_ms']:.0f} | {r['health_p50_ms']:.1f} | "
              f"{r['health_max_ms']:.0f} |")


if __name__ == "__main__":
    main()
