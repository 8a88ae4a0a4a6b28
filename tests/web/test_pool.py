"""Heavy endpoints in worker processes (web/pool.py): the same answers as in the server's own
threads, /health answering while they compute, the screen answered before its detector is done,
and a worker that dies giving a clear error while the next request works. Real store, real
worker processes, real HTTP to uvicorn where the server's behaviour is the point."""

from __future__ import annotations

import math
import os
import re
import signal
import threading
import time
from typing import Any

import httpx
import pytest

from frontload import explore
from frontload.errors import WorkerError
from frontload.store.store import Store
from frontload.web.app import DEFAULT_BRIEF, build_routes, close, create_app, prewarm
from frontload.web.pool import HeavyPool

from .conftest import Client, Server
from .test_api import screen_ready

V1 = "/api/v1"
ARTICLE = (
    "Trade report. In 2010 China imported US$8.5 billion of chips from the US. "
    "Chinese purchases of US semiconductors chips totalled US$6.37 billion in 2011. "
    "China's exports of chips rose 20% in October."
)
HEAVY_GETS = [
    ("detect", {"reporter": "USA", "partner": "TWN", "product": "processors", "event": "2025-04"}),
    (
        "detect",
        {
            "reporter": "USA",
            "partner": "China",
            "product": "processors",
            "event": "2025-04",
            "lead": 4,
            "control": ["Malaysia", "Vietnam"],
        },
    ),
    ("detect", {"reporter": "USA", "partner": "KOR", "product": "memory", "event": "Narnia"}),  # an error
    ("brief", {}),
    ("brief", {"reporter": "USA", "partner": "TWN", "product": "854231"}),
    ("brief", {"product": "8541+8542"}),  # an error: the brief's product must be one code
]


@pytest.fixture(scope="module")
def apps(loaded_db):
    """The same store served twice: heavy work in worker processes, and in the server's threads."""
    pooled = create_app(loaded_db, cache=False, time_budget=600)
    threads = create_app(loaded_db, cache=False, time_budget=600, processes=False)
    assert pooled.state.heavy is not None and threads.state.heavy is None
    a, b = Client(pooled), Client(threads)
    yield pooled, a, b
    a.close()
    b.close()
    close(pooled)
    close(threads)


def same(r1: httpx.Response, r2: httpx.Response) -> Any:
    """The same status and body; a brief's ``generated_at`` (the clock when built) apart."""
    assert r1.status_code == r2.status_code, (r1.text[:300], r2.text[:300])
    b1, b2 = r1.json(), r2.json()
    if "generated_at" in b1:
        assert b1.pop("generated_at") and b2.pop("generated_at")
    equal(b1, b2, "")
    return b1


def equal(a: Any, b: Any, where: str) -> None:
    """Equal, floats to 12 significant digits: DuckDB sums doubles in parallel, in an order that
    varies from run to run, so a world total can differ in its 16th digit between any two runs
    (in one process too). Every text, count, code and verdict must be identical."""
    if isinstance(a, float) and isinstance(b, float):
        assert math.isclose(a, b, rel_tol=1e-12), where
    elif isinstance(a, dict) and isinstance(b, dict):
        assert a.keys() == b.keys(), where
        for k in a:
            equal(a[k], b[k], f"{where}.{k}")
    elif isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            equal(x, y, f"{where}[{i}]")
    else:
        assert a == b, where


@pytest.mark.parametrize(("path", "params"), HEAVY_GETS)
def test_pool_answers_equal_in_process_answers(apps, path, params):
    _, pooled, threads = apps
    same(pooled.get(f"{V1}/{path}", params=params), threads.get(f"{V1}/{path}", params=params))


def test_the_job_log_gives_each_jobs_wait_and_compute(apps, caplog):
    """The debug log (FRONTLOAD_WEB_JOBLOG) names the job, its worker, and splits its time into the
    wait for a worker and the compute; the request's own line says how long it took to get there."""
    import logging

    _, pooled, _ = apps
    with caplog.at_level(logging.INFO, logger="frontload.web.pool"):
        r = pooled.get(f"{V1}/detect", params={"reporter": "USA", "partner": "TWN", "product": "processors",
                                                  "event": "2022-10", "lag": 2})
        assert r.status_code == 200, r.text
        deadline = time.monotonic() + 30  # the job's line is written by the pool's thread
        while not any("fn=_detect_job pid=" in m for m in caplog.messages) and time.monotonic() < deadline:
            time.sleep(0.05)
    job = next(m for m in caplog.messages if "fn=_detect_job pid=" in m)
    found = re.search(r"lane=interactive fn=_detect_job pid=(\d+) queue=(\S+) compute=(\S+) how=ok", job)
    assert found is not None, job
    assert int(found[1]) in apps[0].state.heavy.pids()
    assert float(found[2]) >= 0 and float(found[3]) > 0
    assert any(re.search(r"request fn=_detect_job in_server=\d", m) for m in caplog.messages)


def test_pool_check_and_brief_page_equal_in_process(apps):
    _, pooled, threads = apps
    body = {"text": ARTICLE, "date": "2012-03-01"}
    out = same(pooled.post(f"{V1}/check", json=body), threads.post(f"{V1}/check", json=body))
    assert out["counts"].get("contradicted") and out["counts"].get("supported")
    # the errors too, with their parameter (carried across the process boundary)
    err = same(
        pooled.post(f"{V1}/check", json={"text": "ok", "date": "2024-02-30"}),
        threads.post(f"{V1}/check", json={"text": "ok", "date": "2024-02-30"}),
    )
    assert err["error"]["parameter"] == "date"
    p1, p2 = pooled.get("/brief"), threads.get("/brief")
    assert p1.status_code == p2.status_code == 200
    stamp = re.compile(r"Generated [0-9T:-]+ UTC")  # when the brief was built
    assert stamp.search(p1.text) and stamp.sub("", p1.text) == stamp.sub("", p2.text)


def test_pool_screen_equals_the_library_once_verdicts_are_in(apps, loaded_db):
    """The pooled server's screen, once complete, is the library's screen_view row for row."""
    _, pooled, threads = apps
    done = screen_ready(pooled, window=5, top=3)
    assert (
        same(
            pooled.get(f"{V1}/screen", params={"window": 5, "top": 3}),
            threads.get(f"{V1}/screen", params={"window": 5, "top": 3}),
        )
        == done
    )
    with Store(loaded_db, read_only=True) as store:
        lib = explore.screen_view(store, None, window=5, top=3)
    assert [(r["series"], r["z"], r["verdict"]) for r in done["items"]] == [
        (r["series"], r["z"], r["verdict"]) for r in lib["ranked"]
    ]
    assert sum(r["verdict"] is not None for r in done["items"]) == 3


def test_health_answers_while_the_screen_detector_runs(loaded_db):
    """A fresh server: the first screen is answered with the ranking while the detector's verdicts
    compute in a worker process; /health answers while that computation is still in flight, and
    the verdicts, once in, are kept and served."""
    app = create_app(loaded_db, time_budget=600)
    try:
        with Server(app) as server, httpx.Client(base_url=server.url, timeout=600) as http:
            r = http.get(f"{V1}/screen")
            assert r.status_code == 200, r.text
            first = r.json()
            pool = app.state.heavy
            gen = app.state.reader.generation
            key = (gen, "screen", None, 6, 5)
            if first["verdicts_pending"]:  # the usual case: seconds of detector work
                assert pool.state(key) == "running"
                assert all(row["verdict"] is None for row in first["items"][:5])
                health = http.get(f"{V1}/health")
                assert health.status_code == 200 and health.json()["snapshot"]["generation"] == gen
                assert pool.state(key) == "running", "the verdicts were done before /health answered"
            complete = screen_ready(http)
            assert all(row["verdict"] for row in complete["items"][:5])
            again = http.get(f"{V1}/screen")
            assert again.headers["x-frontload-cache"] == "hit" and again.json() == complete
    finally:
        close(app)


def test_a_worker_that_dies_gives_a_clear_error_and_the_next_request_works(loaded_db):
    app = create_app(loaded_db, cache=False, time_budget=600)
    try:
        with Server(app) as server, httpx.Client(base_url=server.url, timeout=600) as http:
            assert http.get(f"{V1}/detect", params=HEAVY_GETS[0][1]).status_code == 200  # workers up
            pool = app.state.heavy
            killed = None
            out: dict[str, httpx.Response] = {}
            for month in ("2025-03", "2025-02", "2025-01", "2024-12", "2024-11", "2024-10"):
                params = {**HEAVY_GETS[1][1], "event": month}
                t = threading.Thread(target=lambda p=params: out.update(r=http.get(f"{V1}/detect", params=p)))
                t.start()
                deadline = time.monotonic() + 30
                executor = pool._pools["interactive"]  # the test looks inside
                while not executor._pending_work_items and t.is_alive() and time.monotonic() < deadline:
                    time.sleep(0.002)
                if t.is_alive() and executor._pending_work_items:
                    killed = pool.pids()
                    for pid in killed:
                        os.kill(pid, signal.SIGKILL)
                t.join(120)
                if killed:
                    break
            assert killed, "no detect was ever caught in flight"
            r = out["r"]
            assert r.status_code == 503, r.text
            err = r.json()["error"]
            assert err["type"] == "WorkerError" and "stopped" in err["message"] and "ask again" in err["hint"]
            assert pool.crashes == 1
            r = http.get(f"{V1}/detect", params=params)  # a new worker computes it
            assert r.status_code == 200 and r.json()["verdict"]
            assert not set(pool.pids()) & set(killed)
            assert http.get(f"{V1}/health").status_code == 200
    finally:
        close(app)


ORPHAN = """
import os, sys
from frontload.web.pool import LANES, HeavyPool
if __name__ == "__main__":
    pool = HeavyPool(2)
    pool.start()
    with open(sys.argv[1], "w") as f:
        f.write(" ".join(str(p) for lane in LANES for p in pool.pids(lane)))
    os._exit(1)  # gone without shutting the pool down, as under SIGKILL
"""


def test_workers_end_when_the_server_is_killed(tmp_path):
    """A server killed before it shut its pool down leaves no worker waiting for ever."""
    import subprocess
    import sys

    script, pidfile, log = tmp_path / "orphan.py", tmp_path / "pids", tmp_path / "log"
    script.write_text(ORPHAN)
    with log.open("w") as err:  # files, not pipes: a surviving worker would hold a pipe open
        subprocess.run(
            [sys.executable, str(script), str(pidfile)],
            stdout=err,
            stderr=err,
            timeout=300,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        )
    pids = [int(p) for p in pidfile.read_text().split()] if pidfile.exists() else []
    assert len(pids) == 4, log.read_text()  # two interactive, one prewarm, one background
    deadline = time.monotonic() + 30
    alive = pids
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [p for p in pids if _alive(p)]
    for p in alive:  # leave nothing behind, then fail
        os.kill(p, signal.SIGKILL)
    assert not alive, f"workers still running after their server died: {alive}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is gone for good: only its parent (init, here) has not reaped it yet
    with open(f"/proc/{pid}/stat") as f:
        return f.read().split(") ", 1)[1][0] != "Z"


def _hold(store: Store, flag: str) -> int:
    """A job that keeps its worker until the file ``flag`` exists (at most two minutes): a prewarm
    worker still busy, without timing anything."""
    deadline = time.monotonic() + 120
    while not os.path.exists(flag) and time.monotonic() < deadline:
        time.sleep(0.01)
    return os.getpid()


def _pid(store: Store) -> int:
    return os.getpid()


def test_prewarm_puts_the_default_views_in_their_own_lane(loaded_db, caplog):
    """After a new snapshot the screen's ranking and the home brief are computed by the prewarm
    worker, the screen's verdicts by the background one: the interactive workers get none of them
    (a client's detect queued behind them was the cold p99, docs/web.md)."""
    import logging

    app = create_app(loaded_db, time_budget=600)
    pool = app.state.heavy
    try:
        with caplog.at_level(logging.INFO, logger="frontload.web.pool"):
            pool.start()
            prewarm(app)
            gen = app.state.reader.generation
            keys = {"_screen_job": [(gen, "screen", None, 6, 0), (gen, "screen", None, 6, 5)],
                    "_brief_job": [(gen, "brief", *DEFAULT_BRIEF)]}
            deadline = time.monotonic() + 300
            while any(pool.state(k) != "kept" for ks in keys.values() for k in ks):
                assert time.monotonic() < deadline, "the default views never ended"
                time.sleep(0.05)
            while sum("fn=_screen_job pid=" in m or "fn=_brief_job pid=" in m for m in caplog.messages) < 3:
                assert time.monotonic() < deadline, caplog.messages  # written by the pool's thread
                time.sleep(0.05)
        jobs = [re.search(r"lane=(\S+) fn=(_screen_job|_brief_job) pid=(\d+)", m) for m in caplog.messages]
        done = sorted((j[1], j[2], int(j[3])) for j in jobs if j is not None)
        prewarm_pid, background_pid = pool.pids("prewarm"), pool.pids("background")
        assert [(lane, fn) for lane, fn, _ in done] == [
            ("background", "_screen_job"), ("prewarm", "_brief_job"), ("prewarm", "_screen_job")]
        assert [pid for lane, _, pid in done if lane == "prewarm"] == prewarm_pid * 2
        assert [pid for lane, _, pid in done if lane == "background"] == background_pid
        assert not set(prewarm_pid + background_pid) & set(pool.pids("interactive"))
        prewarm(app)  # once per snapshot: nothing new started
        assert all(pool.state(k) == "kept" for ks in keys.values() for k in ks)
    finally:
        close(app)


def test_a_clients_job_is_not_queued_behind_a_busy_prewarm_worker(loaded_db, tmp_path):
    """With the prewarm worker held by a job that has not ended, jobs in the interactive lane (two at
    once: both workers) are computed, and a request for the held job's key joins it."""
    pool = HeavyPool(2)
    flag = tmp_path / "release"
    try:
        pool.start()
        held = pool.shared((1, "held"), "prewarm", str(loaded_db), _hold, str(flag))
        jobs = [pool.submit("interactive", str(loaded_db), _pid) for _ in range(2)]
        pids = {pool.result(j) for j in jobs}
        assert not held.done(), "the held prewarm job ended by itself"
        assert pids <= set(pool.pids("interactive"))
        assert pool.shared((1, "held"), "interactive", str(loaded_db), _hold, str(flag)) is held
        flag.touch()
        assert pool.result(held) in pool.pids("prewarm")
        assert pool.state((1, "held")) == "kept"
    finally:
        flag.touch()
        pool.close()


def test_a_prewarm_worker_that_dies_fails_its_waiters_and_is_replaced(loaded_db, tmp_path):
    """A request that joined a prewarmed view (prewarm lane) while the worker died gets WorkerError,
    and the prewarm lane's next job runs in a new worker; the interactive lane is untouched."""
    pool = HeavyPool(2)
    flag = tmp_path / "release"
    try:
        pool.start()
        interactive = set(pool.pids("interactive"))
        held = pool.shared((1, "held"), "prewarm", str(loaded_db), _hold, str(flag))
        (dead,) = pool.pids("prewarm")
        os.kill(dead, signal.SIGKILL)
        with pytest.raises(WorkerError):
            pool.result(held, "interactive")  # the waiter's own lane, not the job's
        assert pool.crashes == 1 and pool.state((1, "held")) is None
        flag.touch()
        again = pool.shared((1, "held"), "prewarm", str(loaded_db), _hold, str(flag))
        assert pool.result(again) != dead
        assert set(pool.pids("interactive")) == interactive
        assert pool.result(pool.submit("interactive", str(loaded_db), _pid)) in interactive
    finally:
        flag.touch()
        pool.close()


def test_build_routes_builds_every_route_before_the_first_request(loaded_db):
    """``frontload serve`` builds the routes at start (``build_routes``): every API route and page
    of the included routers, and FastAPI's error context of each endpoint, nothing left to their
    first call on the event loop."""
    import fastapi.routing

    cache = getattr(fastapi.routing, "_endpoint_context_cache", None)
    if cache is None:
        pytest.skip("this FastAPI has no endpoint context cache")
    app = create_app(loaded_db, processes=False)
    try:
        included = [r for r in app.router.routes if callable(getattr(r, "effective_candidates", None))]
        calls = [c.dependant.call for r in included for c in r.effective_candidates()
                 if getattr(c, "dependant", None) is not None]
        names = {getattr(c, "__name__", "") for c in calls}
        assert {"health", "detect", "screen", "brief", "options", "flows"} <= names
        for call in calls:  # as in a fresh process (other tests' requests filled it)
            cache.pop(id(call), None)
        assert build_routes(app) == len(calls)
        assert all(id(call) in cache for call in calls)
    finally:
        close(app)
