"""The answer cache: bounded by bytes, dropped with its snapshot, each answer computed once."""

from __future__ import annotations

import gc
import threading
import weakref
from concurrent.futures import ThreadPoolExecutor

import httpx

from frontload.web.app import close, create_app
from frontload.web.cache import Answer, ByteLRU, Memo

from .conftest import Client, Server


def answer(n: int) -> Answer:
    return Answer(200, ((b"content-type", b"application/json"),), b"x" * n)


def test_the_bound_is_total_bytes_least_recently_used_first():
    cache = ByteLRU(max_bytes=10_000, max_entry_bytes=4_000)
    for i in range(5):
        assert cache.put((1, f"/a{i}"), answer(2_000))
    assert cache.bytes <= 10_000 and len(cache) == 4  # 4 × (2,000 + headers + overhead) fit
    assert cache.get((1, "/a0")) is None  # the oldest went first
    assert cache.get((1, "/a1")) is not None  # used: now the most recent
    cache.put((1, "/a5"), answer(2_000))
    assert cache.get((1, "/a1")) is not None and cache.get((1, "/a2")) is None
    assert not cache.put((1, "/big"), answer(5_000))  # one answer over the entry bound is not kept
    assert cache.get((1, "/big")) is None
    assert cache.bytes == sum(v[1] for v in cache._entries.values()) <= 10_000


def test_a_new_snapshot_drops_the_old_answers_at_once():
    cache = ByteLRU(max_bytes=1_000_000)
    for i in range(10):
        cache.put((1, f"/a{i}"), answer(1_000))
    cache.put((2, "/a0"), answer(1_000))
    assert len(cache) == 1 and cache.bytes == answer(1_000).size
    assert not cache.put((1, "/late"), answer(10))  # computed on the replaced snapshot: not kept
    assert len(cache) == 1


def test_memo_computes_once_for_threads_asking_together():
    memo = Memo()
    calls = []
    gate = threading.Event()

    def slow() -> list[int]:
        calls.append(1)
        gate.wait(10)
        return [42]

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(memo.get, (1, "screen"), slow) for _ in range(8)]
        while not calls:
            pass
        gate.set()
        results = [f.result(timeout=10) for f in futures]
    assert len(calls) == 1 and all(r == [42] for r in results)
    assert memo.get((1, "screen"), lambda: [0]) == [42]  # kept
    assert memo.get((2, "screen"), lambda: [7]) == [7]  # a new snapshot computes again


def test_concurrent_requests_for_one_answer_compute_it_once(loaded_db):
    """Twenty clients ask for the screen's ranking (a worker process started, then the ranking) on a
    fresh server at once: one request computes, the others get its answer. (With its detector's
    verdicts, top > 0, the first answers are the ranking with verdicts pending, never kept:
    tests/web/test_pool.py.)"""
    app = create_app(loaded_db, time_budget=300, heavy_slots=20)
    try:
        with Server(app) as server, httpx.Client(base_url=server.url, timeout=300) as http, \
                ThreadPoolExecutor(20) as pool:
            rs = list(pool.map(lambda _: http.get("/api/v1/screen", params={"window": 5, "top": 0}), range(20)))
        assert [r.status_code for r in rs] == [200] * 20
        how = sorted(r.headers["x-frontload-cache"] for r in rs)
        assert how.count("miss") == 1, how
        assert set(how) <= {"miss", "shared", "hit"}
        assert len({r.content for r in rs}) == 1
    finally:
        close(app)


def test_no_module_level_cache_keeps_a_closed_app_alive(loaded_db):
    app = create_app(loaded_db, time_budget=300)  # the screen is done when it answers
    client = Client(app)
    r = client.get("/api/v1/screen", params={"window": 4, "limit": 3})
    assert r.status_code == 200 and len(r.json()["items"]) == 3
    client.close()
    close(app)
    ref = weakref.ref(app.state.reader)
    del app, client, r
    gc.collect()
    assert ref() is None


def test_concurrent_light_requests_compute_once_per_snapshot(loaded_db, monkeypatch):
    """The light answers after a new snapshot (issue 13): twenty clients asking for one flow's headline
    figures at once compute it once (the others wait for that answer), and the flow's series, which
    the values and the headline both read, is queried once for both endpoints."""
    import threading

    from frontload import explore
    from frontload.store import query

    calls: list[str] = []
    lock = threading.Lock()
    stats_view, fetch = explore.stats_view, query._fetch_frame

    def counted(name, fn):
        def wrapper(*a, **kw):
            with lock:
                calls.append(name)
            return fn(*a, **kw)
        return wrapper

    monkeypatch.setattr(explore, "stats_view", counted("stats", stats_view))
    app = create_app(loaded_db, time_budget=300, processes=False)
    params = {"reporter": "USA", "partner": "TWN", "product": "854231"}
    try:
        with Server(app) as server, httpx.Client(base_url=server.url, timeout=300) as http, \
                ThreadPoolExecutor(20) as pool:
            http.get("/api/v1/health")
            monkeypatch.setattr(query, "_fetch_frame", counted("series", fetch))
            rs = list(pool.map(lambda i: http.get(f"/api/v1/{'stats' if i % 2 else 'flows'}", params=params),
                               range(20)))
        assert [r.status_code for r in rs] == [200] * 20
        how = sorted(r.headers["x-frontload-cache"] for r in rs)
        assert how.count("miss") == 2, how  # one per endpoint
        assert calls.count("stats") == 1, calls
        # the flow's own series once for both; the headline's partner share adds the World total's
        assert 1 <= calls.count("series") <= 2, calls
    finally:
        close(app)
