"""UN Comtrade API connector against a transport that serves responses in the API's JSON shape.

The fixture rows are the real bundled Comtrade+ rows (monthly exports of HS 8542 to the World,
Jan–Aug 2025), typed as the API types them (numbers, booleans, nulls) and wrapped in the v1
envelope ``{"elapsedTime", "count", "data", "error"}``. Any request the handler does not
recognise fails the test: nothing reaches the network.
"""

from __future__ import annotations

import csv
import datetime as dt
import json

import httpx
import pytest

from frontload.errors import ParseError, SourceError
from frontload.sources import comtrade_api as C
from frontload.sources.http import HttpClient
from frontload.store.store import Store

from ..conftest import DATA

MONTHLY = DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_202501_202508_uncomtrade.csv"
NUMERIC = {"refYear", "refMonth", "reporterCode", "partnerCode", "partner2Code", "aggrLevel", "mosCode",
           "motCode", "qtyUnitCode", "qty", "altQtyUnitCode", "altQty", "netWgt", "grossWgt", "cifvalue",
           "fobvalue", "primaryValue", "legacyEstimationFlag"}
BOOL = {"isOriginalClassification", "isLeaf", "isQtyEstimated", "isAltQtyEstimated", "isNetWgtEstimated",
        "isGrossWgtEstimated", "isReported", "isAggregate"}


def api_items() -> list[dict]:
    with MONTHLY.open(encoding="latin-1", newline="") as f:
        rows = list(csv.DictReader(f))
    items = []
    for r in rows:
        item: dict = {}
        for k, v in r.items():
            if not k:
                continue
            v = v.strip()
            if k in NUMERIC:
                item[k] = None if v == "" else (float(v) if "." in v else int(v))
            elif k in BOOL:
                item[k] = v.lower() == "true"
            else:
                item[k] = v or None
        items.append(item)
    return items


ITEMS = api_items()


def serve(request: httpx.Request, items=ITEMS, cap: int | None = None) -> httpx.Response:
    q = request.url.params
    assert request.url.path.startswith(("/public/v1/preview/C/M/HS", "/data/v1/get/C/M/HS")), request.url
    reps = set(q["reporterCode"].split(","))
    periods = set(q["period"].split(","))
    codes = set(q["cmdCode"].split(","))
    data = [i for i in items if str(i["reporterCode"]) in reps and str(i["period"]) in periods
            and i["cmdCode"] in codes and str(i["partnerCode"]) in q["partnerCode"].split(",")
            and i["flowCode"] == q["flowCode"]]
    if cap is not None:
        data = data[:cap]
    return httpx.Response(200, json={"elapsedTime": "0.1 secs", "count": len(data), "data": data, "error": ""})


REQ = C.ComtradeRequest(reporters=("USA", "DEU", "JPN"), partners=("WLD",), products=("8542",), flow="X",
                        freq="M", start=dt.date(2025, 1, 1), end=dt.date(2025, 8, 1))


def client(handler, tmp_path, **kw) -> HttpClient:
    return HttpClient(tmp_path / "raw", transport=httpx.MockTransport(handler), sleep=kw.pop("sleep", lambda s: None),
                      **kw)


def test_fetch_maps_rows_like_the_csv(tmp_path):
    with client(serve, tmp_path) as c, Store(tmp_path / "s.duckdb") as s:
        for ds in C.fetch(REQ, c, key=""):
            s.ingest(ds)
        got = {(r[0], str(r[1])[:7]): r[2] for r in s.con.execute(
            "SELECT reporter, period, value_usd FROM observations").fetchall()}
    with MONTHLY.open(encoding="latin-1", newline="") as f:
        raw = [r for r in csv.DictReader(f) if r["reporterISO"] in ("USA", "DEU", "JPN")]
    expect = {(r["reporterISO"], f"{r['period'][:4]}-{r['period'][4:]}"): float(r["primaryValue"]) for r in raw}
    assert got == pytest.approx(expect) and len(got) > 15


def test_annual_requests_ask_for_years():
    req = C.ComtradeRequest(("CHN",), ("USA", "WLD"), ("8542", "854231"), flow="M", freq="A", start=dt.date(2010, 1, 1),
                            end=dt.date(2024, 1, 1))
    chs = list(C.chunks(req, keyed=True))
    assert [c.params["period"] for c in chs] == [",".join(str(y) for y in range(2010, 2022)), "2022,2023,2024"]
    assert chs[0].url == f"{C.DATA}/C/A/HS" and chs[0].params["partnerCode"] == "842,0"
    assert chs[0].params["cmdCode"] == "8542,854231" and chs[0].params["flowCode"] == "M"


def test_chunks_split_periods_at_twelve():
    req = C.ComtradeRequest(("CHN",), ("USA",), ("8542",), start=dt.date(2023, 1, 1), end=dt.date(2024, 8, 1))
    chs = list(C.chunks(req, keyed=False))
    assert [len(c.params["period"].split(",")) for c in chs] == [12, 8]
    assert chs[0].params["reporterCode"] == "156" and chs[0].params["partnerCode"] == "842"
    assert chs[0].url.startswith(C.PREVIEW) and next(iter(C.chunks(req, keyed=True))).url.startswith(C.DATA)


def test_row_cap_splits_by_code_then_partner_then_period_and_says_so(tmp_path):
    """A server that truncates at the cap: frontload keeps splitting until no answer reaches it."""
    seen = []

    def capped(request):
        q = request.url.params
        seen.append((q["cmdCode"], q["partnerCode"], q["period"]))
        return serve(request, cap=2)

    req = C.ComtradeRequest(("USA",), ("WLD", "CHN"), ("8542", "854231"), flow="X", start=dt.date(2025, 1, 1),
                            end=dt.date(2025, 3, 1))
    with client(capped, tmp_path) as c, Store(tmp_path / "s.duckdb") as s:
        C.CAP["preview"], old = 2, C.CAP["preview"]
        try:
            out = list(C.fetch(req, c, key=""))
        finally:
            C.CAP["preview"] = old
        for ds in out:
            s.ingest(ds)
        got = dict(s.con.execute("SELECT strftime(period, '%Y%m'), value_usd FROM observations").fetchall())
    assert seen[:4] == [("8542,854231", "0,156", "202501,202502,202503"), ("8542", "0,156", "202501,202502,202503"),
                        ("8542", "0", "202501,202502,202503"), ("8542", "0", "202501")]
    assert ("8542", "0", "202502") in seen and ("8542", "156", "202501,202502,202503") in seen
    with MONTHLY.open(encoding="latin-1", newline="") as f:
        expect = {r["period"]: float(r["primaryValue"]) for r in csv.DictReader(f)
                  if r["reporterISO"] == "USA" and r["period"] <= "202503"}
    assert got == pytest.approx(expect) and len(got) == 3  # nothing lost to truncation
    notes = {n for ds in out for n in ds.notes}
    assert any("one per commodity code" in n for n in notes) and any("one per partner" in n for n in notes)
    assert any("one per period" in n for n in notes)


def test_row_cap_on_a_single_cell_is_refused(tmp_path):
    req = C.ComtradeRequest(("USA",), ("WLD",), ("8542",), flow="X", start=dt.date(2025, 1, 1), end=dt.date(2025, 1, 1))
    with client(lambda r: serve(r, cap=1), tmp_path) as c:
        C.CAP["preview"], old = 1, C.CAP["preview"]
        try:
            with pytest.raises(SourceError, match="single reporter, partner, code and period") as e:
                list(C.fetch(req, c, key=""))
        finally:
            C.CAP["preview"] = old
    assert "truncated" in str(e.value)


def test_429_then_success_honours_retry_after(tmp_path):
    calls, waits = [], []

    def flaky(request):
        calls.append(1)
        if len(calls) == 1:
            return httpx.Response(429, headers={"Retry-After": "7"})
        return serve(request)

    with client(flaky, tmp_path, sleep=waits.append) as c:
        out = list(C.fetch(REQ, c, key=""))
    assert waits == [7.0] and out[0].observations.num_rows > 0


def test_5xx_exhaustion_writes_nothing(tmp_path):
    with client(lambda r: httpx.Response(503), tmp_path, retries=2) as c, Store(tmp_path / "s.duckdb") as s:
        with pytest.raises(SourceError, match="failed after 3 attempts") as e:
            for ds in C.fetch(REQ, c, key=""):
                s.ingest(ds)
        assert "nothing was written" in str(e.value)
        assert s.con.execute("SELECT count(*) FROM observations").fetchall()[0][0] == 0


def test_timeout_is_retried_then_reported(tmp_path):
    def slow(request):
        raise httpx.ReadTimeout("slow", request=request)

    with client(slow, tmp_path, retries=1) as c, pytest.raises(SourceError, match="timed out"):
        list(C.fetch(REQ, c, key=""))


@pytest.mark.parametrize("body", [b"<html>Service Unavailable</html>", b'{"count": 3, "data": [{"freqCode": "M"'])
def test_non_json_or_truncated_body(tmp_path, body):
    with client(lambda r: httpx.Response(200, content=body), tmp_path) as c, pytest.raises(ParseError, match="not JSON"):
        list(C.fetch(REQ, c, key=""))
    assert list((tmp_path / "raw").rglob("*.body.gz.rejected"))  # the bad bytes kept aside, for inspection
    assert list((tmp_path / "raw").rglob("*.json.rejected"))  # and their metadata with them
    assert not list((tmp_path / "raw").rglob("*.json"))
    with client(serve, tmp_path) as c:  # the rerun asks the API again instead of re-reading them
        assert next(iter(C.fetch(REQ, c, key=""))).observations.num_rows > 15


def test_changed_columns_are_refused(tmp_path):
    renamed = [{("value" if k == "primaryValue" else k): v for k, v in i.items()} for i in ITEMS]
    with client(lambda r: serve(r, items=renamed), tmp_path) as c, pytest.raises(ParseError, match="columns changed"):
        list(C.fetch(REQ, c, key=""))


def test_rejected_key_is_explained_and_never_shown(tmp_path):
    secret = "s3cr3t-key-value"

    def guard(request):
        assert request.headers[C.KEY_HEADER] == secret and secret not in str(request.url)
        return httpx.Response(401, json={"statusCode": 401, "message": "Access denied due to invalid subscription key."})

    with client(guard, tmp_path) as c, pytest.raises(SourceError, match="key is missing, wrong") as e:
        list(C.fetch(REQ, c, key=secret))
    assert secret not in str(e.value) and e.value.url.startswith(C.DATA)


def test_second_run_reuses_saved_responses(tmp_path):
    with client(serve, tmp_path) as c:
        first = [ds.sha256 for ds in C.fetch(REQ, c, key="")]

    def offline(request):
        raise AssertionError(f"unexpected request {request.url}")

    with client(offline, tmp_path) as c:
        again = [ds.sha256 for ds in C.fetch(REQ, c, key="")]
    assert again == first
    saved = list((tmp_path / "raw").rglob("*.json"))
    assert saved and json.loads(saved[0].read_text())["status"] == 200
    with client(offline, tmp_path) as c, Store(tmp_path / "s.duckdb") as s:  # the parse re-run offline, logged
        for ds in C.fetch(REQ, c, key=""):
            s.ingest(ds)
        (loc, sha, notes), = s.con.execute("SELECT location, sha256, notes FROM fetch_log").fetchall()
    assert loc.startswith(C.PREVIEW) and sha == first[0] and notes[-1].startswith("HTTP 200 at ")
    assert notes[-1].endswith(".body.gz") and "raw bytes (gzip)" in notes[-1]


def test_row_cap_splitting_stops_at_the_request_budget_and_says_so(tmp_path):
    """Each split multiplies requests against a rationed API: past the budget, frontload refuses the
    split before sending it; what it fetched before is kept, and saved responses cost nothing."""
    seen = []

    def capped(request):
        seen.append(request.url.params["cmdCode"])
        return serve(request, cap=2)

    req = C.ComtradeRequest(("USA",), ("WLD", "CHN"), ("8542", "854231"), flow="X", start=dt.date(2025, 1, 1),
                            end=dt.date(2025, 3, 1))
    C.CAP["preview"], old = 2, C.CAP["preview"]
    try:
        with client(capped, tmp_path) as c:
            got = []
            with pytest.raises(SourceError, match=r"splitting by period needs 2 more request\(s\); 5 of this "
                               r"fetch's budget of 5 are spent, so it would exceed it") as e:
                for ds in C.fetch(req, c, key="", max_requests=5):
                    got.append(ds)
            assert "--max-requests" in e.value.hint and len(seen) == 5 and len(got) == 1
            with pytest.raises(SourceError, match="the query's 1 chunk"):
                list(C.fetch(req, c, key="", max_requests=0))
            assert len(seen) == 5  # refused before anything was sent
            done = list(C.fetch(req, c, key="", max_requests=250))
            again = len(seen)
            assert list(C.fetch(req, c, key="", max_requests=3)) and len(seen) == again  # all from saved responses
    finally:
        C.CAP["preview"] = old
    assert len(done) > len(got)
