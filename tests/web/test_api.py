"""The HTTP API in-process (ASGI): every endpoint, every error shape, the limits and the token.

Expected figures come from the raw bundled files (read with the csv module), not from the
library the API wraps.
"""

from __future__ import annotations

import csv
import io
import math
import time

import pytest

from frontload.web.app import MAX_BODY, MAX_PAGE, MAX_TEXT, close, create_app
from tests.conftest import DATA, raw_kazookat

from .conftest import Client

V1 = "/api/v1"
ERROR_KEYS = {"status", "type", "message", "hint", "parameter"}


def assert_error(r, status: int, type_: str | None = None, parameter: str | None = None) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    err = body["error"]
    assert err["status"] == status and err["message"]
    if type_ is not None:
        assert err["type"] == type_
    if parameter is not None:
        assert err["parameter"] == parameter
    return err


def test_health_and_openapi(client):
    r = client.get(f"{V1}/health")
    assert r.status_code == 200 and r.json()["snapshot"]["generation"] >= 1
    doc = client.get(f"{V1}/openapi.json").json()
    paths = set(doc["paths"])
    for p in ("flows", "stats", "children", "events", "detect", "screen", "check", "brief", "datasets",
              "fetches", "vintages", "figures", "products", "options", "health"):
        assert f"{V1}/{p}" in paths
    assert not any(p.startswith(("/brief", "/static")) for p in paths)  # pages are not API


def test_flows_values_match_the_raw_file(client):
    raw = raw_kazookat("USA", "M", "490", "854231")  # US imports of processors from Taiwan
    r = client.get(f"{V1}/flows", params={"reporter": "USA", "partner": "Taiwan", "product": "processors"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["query"]["partner"] == "TWN" and body["codes"] == ["854231"] and body["source"] == "comtrade"
    got = {v["start"][:7]: v["value_usd"] for v in body["items"]}
    assert got == pytest.approx(raw)
    assert body["total"] == len(raw) and body["next_offset"] is None
    oct24 = next(v for v in body["items"] if v["start"] == "2024-10-01")
    assert oct24["yoy_pct"] == pytest.approx((raw["2024-10"] / raw["2023-10"] - 1) * 100)
    assert all(v["sources"] for v in body["items"]) and body["sources"][0]["fetch_id"]


def test_flows_pagination_and_csv(client):
    params = {"reporter": "USA", "partner": "Taiwan", "product": "854231"}
    full = client.get(f"{V1}/flows", params=params).json()
    page = client.get(f"{V1}/flows", params={**params, "limit": 10, "offset": 20}).json()
    assert page["items"] == full["items"][20:30] and page["next_offset"] == 30 and page["total"] == full["total"]
    r = client.get(f"{V1}/flows", params={**params, "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == full["total"]
    assert float(rows[-1]["value_usd"]) == pytest.approx(full["items"][-1]["value_usd"])
    assert_error(client.get(f"{V1}/flows", params={**params, "limit": MAX_PAGE + 1}), 422, "ValidationError",
                 "limit")


def test_flows_annual_from_the_comtrade_file(client):
    with (DATA / "comtrade_china_imports_from_us_8542_annual" /
          "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv").open(encoding="utf-8-sig") as f:
        raw = {r["refYear"]: float(r["primaryValue"]) for r in csv.DictReader(f)}
    body = client.get(f"{V1}/flows", params={"reporter": "China", "partner": "USA", "product": "8542",
                                             "freq": "A", "start": "2020", "end": "2024"}).json()
    assert {v["period"]: v["value_usd"] for v in body["items"]} == pytest.approx(
        {y: raw[y] for y in ("2020", "2021", "2022", "2023", "2024")})


def test_stats_headline(client):
    raw = raw_kazookat("USA", "M", "490", "854231")
    body = client.get(f"{V1}/stats", params={"reporter": "USA", "partner": "TWN", "product": "854231",
                                             "period": "2024-10"}).json()
    figs = {f["name"]: f for f in body["figures"]}
    assert figs["value"]["value"] == pytest.approx(raw["2024-10"]) and figs["value"]["unit"] == "USD"
    assert figs["ytd"]["value"] == pytest.approx(sum(raw[f"2024-{m:02d}"] for m in range(1, 11)))
    assert figs["yoy"]["value"] == pytest.approx((raw["2024-10"] / raw["2023-10"] - 1) * 100)
    # share of Taiwan in US imports of processors from the World, same month
    world = raw_kazookat("USA", "M", "0", "854231")
    assert figs["share"]["value"] == pytest.approx(raw["2024-10"] / world["2024-10"] * 100)
    assert figs["unit_value"]["unit"].startswith("USD/")
    assert all(f["provenance"] for f in body["figures"])


def test_children_breakdown_sums_to_the_parent(client):
    body = client.get(f"{V1}/children", params={"reporter": "USA", "partner": "China", "product": "8542"}).json()
    assert body["items"], body
    parts = sum(i["value_usd"] for i in body["items"])
    assert parts + body["residual_usd"] == pytest.approx(body["total_usd"])
    assert math.isclose(sum(i["share_pct"] for i in body["items"]), parts / body["total_usd"] * 100)
    assert all(i["code"].startswith("8542") and i["description"] for i in body["items"])


def test_events_filters(client):
    everything = client.get(f"{V1}/events", params={"limit": MAX_PAGE}).json()
    assert everything["total"] > 100
    some = client.get(f"{V1}/events", params={"start": "2024-01-01", "end": "2024-12-31"}).json()
    assert some["total"] and all("2024-01-01" <= e["date"] <= "2024-12-31" for e in some["items"])
    chips = client.get(f"{V1}/events", params={"product": "8542", "partner": "China", "limit": MAX_PAGE}).json()
    assert 0 < chips["total"] < everything["total"]
    for e in chips["items"]:
        assert (e["products"] and any(p.startswith("8542") or "8542".startswith(p) for p in e["products"])) \
            or "CHN" in e["partners"]
    assert_error(client.get(f"{V1}/events", params={"start": "2024-13-01"}), 422, "QueryError", "start")
    assert_error(client.get(f"{V1}/events", params={"start": "yesterday"}), 422, "ValidationError", "start")


def test_detect_flagship_numbers(client):
    r = client.get(f"{V1}/detect", params={"reporter": "USA", "partner": "China", "product": "processors",
                                           "event": "2025-04", "lead": 4,
                                           "control": ["Malaysia", "Vietnam", "Japan"]})
    assert r.status_code == 200, r.text
    d = r.json()
    raw = raw_kazookat("USA", "M", "156", "854231")
    runup = [m for m in d["months"] if m["window"] == "run-up"]
    assert [m["month"][:7] for m in runup] == ["2024-12", "2025-01", "2025-02", "2025-03", "2025-04"]
    assert d["runup"] == ["2024-12-01", "2025-04-01"] and "through the effective month" in d["window_text"]
    assert [m["actual"] for m in runup] == pytest.approx([raw[m["month"][:7]] for m in runup])
    assert d["window_excess_usd"] == pytest.approx(sum(m["actual"] - m["counterfactual"] for m in runup))
    best = [m for m in runup if d["best"][0] <= m["month"] <= d["best"][1]]
    assert d["excess_usd"] == pytest.approx(sum(m["actual"] - m["counterfactual"] for m in best))
    assert d["significant"] == (d["excess_95"][0] > 0) and d["method"].startswith(d["baseline"])
    assert len(d["controls"]) == 3 and d["did_pp"] is not None and d["did"]["p_space"] is not None
    assert d["synthetic"]["weights"] and abs(sum(d["synthetic"]["weights"].values()) - 1) < 1e-9
    assert d["history"] and d["events"] and d["summary"]


def test_detect_by_event_id_and_errors(client):
    r = client.get(f"{V1}/detect", params={"reporter": "USA", "partner": "China", "product": "854231",
                                           "event": "US301_4YR_FINAL_2024", "lead": 3, "lag": 0})
    assert r.status_code == 200, r.text
    assert r.json()["event"] == "2024-09-01" and r.json()["event_label"].endswith("(2024-09-27)")
    assert r.json()["runup"] == ["2024-06-01", "2024-09-01"] and r.json()["aftermath"] is None
    assert_error(client.get(f"{V1}/detect", params={"reporter": "USA", "partner": "China", "product": "854231",
                                                    "event": "NO_SUCH_EVENT"}), 422, "QueryError", "event")
    assert_error(client.get(f"{V1}/detect", params={"reporter": "USA", "partner": "China", "product": "854231",
                                                    "event": "2025-04", "lead": 0}), 422, "ValidationError", "lead")
    assert_error(client.get(f"{V1}/detect", params={"reporter": "USA", "partner": "China", "product": "854231",
                                                    "event": "2025-04", "control": "Atlantis"}),
                 422, "UnknownCountryError", "control")
    assert_error(client.get(f"{V1}/detect", params={"reporter": "USA", "partner": "China", "product": "854231"}),
                 422, "ValidationError", "event")


def screen_ready(client, timeout: float = 300, **params):
    """The screen once the detector's verdicts on its top rows are in (they are computed in the
    background after a new snapshot; until then each answer says which rows are pending)."""
    deadline = time.monotonic() + timeout
    while True:
        r = client.get(f"{V1}/screen", params=params)
        assert r.status_code == 200, r.text
        body = r.json()
        pending = [row for row in body["items"] if row["verdict_pending"]]
        assert len(pending) == body["verdicts_pending"]
        if not pending:
            assert "no-store" not in r.headers.get("cache-control", "")
            return body
        # pending: never a verdict made up meanwhile, and the answer is not kept
        assert all(row["verdict"] is None and row["rank"] <= 5 for row in pending)
        assert r.headers["cache-control"] == "no-store"
        assert time.monotonic() < deadline, "the screen's verdicts never came"
        time.sleep(0.3)


def test_screen_rank_filter_sort(client):
    body = screen_ready(client)
    ranked = body["items"]
    assert body["total"] == len(ranked) > 10
    zs = [r["z"] for r in ranked]
    assert zs == sorted(zs, reverse=True)
    assert all(r["flagged"] == (r["z"] > body["flag_z"]) for r in ranked)
    assert all(r["verdict"] for r in ranked[:5]) and all(r["verdict"] is None for r in ranked[5:])
    twn = client.get(f"{V1}/screen", params={"q": "from TWN"}).json()
    assert twn["items"] and all(r["partner"] == "TWN" for r in twn["items"])
    by_series = client.get(f"{V1}/screen", params={"sort": "series", "order": "desc"}).json()["items"]
    assert [r["series"] for r in by_series] == sorted((r["series"] for r in ranked), reverse=True)
    flagged = client.get(f"{V1}/screen", params={"flagged": "true"}).json()
    assert flagged["total"] == sum(r["flagged"] for r in ranked)
    assert_error(client.get(f"{V1}/screen", params={"window": 0}), 422, "ValidationError", "window")
    assert_error(client.get(f"{V1}/screen", params={"sort": "nope"}), 422, "ValidationError", "sort")


ARTICLE = ("Trade report. In 2010 China imported US$8.5 billion of chips from the US. "
           "Chinese purchases of US semiconductors chips totalled US$6.37 billion in 2011. <script>alert(1)</script>")


def test_check_verdicts_and_offsets(client):
    r = client.post(f"{V1}/check", json={"text": ARTICLE, "date": "2012-03-01"})
    assert r.status_code == 200, r.text
    body = r.json()
    verdicts = {c["sentence"]: c["verdict"] for c in body["claims"]}
    assert verdicts["In 2010 China imported US$8.5 billion of chips from the US."] == "contradicted"
    assert verdicts["Chinese purchases of US semiconductors chips totalled US$6.37 billion in 2011."] == "supported"
    for c in body["claims"]:
        assert ARTICLE[c["start"]:c["end"]] == c["sentence"]
    assert body["counts"]["supported"] >= 1 and body["counts"]["contradicted"] >= 1


def test_check_errors(client):
    assert_error(client.post(f"{V1}/check", json={"text": ""}), 422, "ValidationError", "text")
    assert_error(client.post(f"{V1}/check", json={"text": "x" * (MAX_TEXT + 1)}), 422, "ValidationError", "text")
    assert_error(client.post(f"{V1}/check", json={"text": "ok", "date": "2024-02-30"}), 422, "QueryError", "date")
    broken = assert_error(client.post(f"{V1}/check", content=b"{not json",
                                      headers={"content-type": "application/json"}), 400, "InvalidJSON", "body")
    assert "not valid JSON at character 1" in broken["message"]  # not 422 with parameter "1" as before
    big = b'{"text": "' + b"a" * (MAX_BODY + 10) + b'"}'
    assert_error(client.post(f"{V1}/check", content=big, headers={"content-type": "application/json"}),
                 413, "RequestTooLarge")

    async def chunks():  # no content-length: the limit is enforced on the bytes as they arrive
        for i in range(0, len(big), 65536):
            yield big[i:i + 65536]

    streamed = assert_error(client.post(f"{V1}/check", content=chunks(), headers={"content-type": "application/json"}),
                            413, "RequestTooLarge")
    assert streamed["hint"]


def test_brief_document(client):
    body = client.get(f"{V1}/brief").json()
    assert body["title"] and body["sections"] and body["sources"]
    text = " ".join(b.get("text", "") for s in body["sections"] for b in s["blocks"])
    assert "USD 11.75 bn" in text and "+41.5%" in text
    assert_error(client.get(f"{V1}/brief", params={"product": "processors+memory"}), 422, None, "product")


def test_data_endpoints(client):
    sets = client.get(f"{V1}/datasets").json()
    assert {"comtrade_monthly_semis_kazookat", "policy_events"} <= {d["dataset"] for d in sets}
    fetches = client.get(f"{V1}/fetches", params={"limit": 2}).json()
    assert fetches["total"] == len(sets) and len(fetches["items"]) == 2 and fetches["items"][0]["sha256"]
    log = client.get(f"{V1}/fetches", params={"limit": MAX_PAGE}).json()["items"]
    keys = [(f["ingested_at"], f["fetch_id"]) for f in log]
    assert keys == sorted(keys, reverse=True) and log[:2] == fetches["items"]  # newest first
    vint = client.get(f"{V1}/vintages", params={"reporter": "China", "partner": "USA", "product": "8542"}).json()
    assert vint["total"] >= 15 and all(v["fetch_id"] for v in vint["items"])
    figs = client.get(f"{V1}/figures", params={"reporter": "China"}).json()
    assert figs["total"] and all(f["reporter"] == "CHN" for f in figs["items"])
    opts = client.get(f"{V1}/options").json()
    assert {"USA", "CHN", "TWN"} <= set(opts["reporters"]) and "processors" in {b["basket"] for b in opts["baskets"]}
    assert opts["baskets"] == client.get(f"{V1}/products").json()["baskets"]  # the same menu as the picker


def test_products_tree(client):
    root = client.get(f"{V1}/products").json()["codes"]
    assert {"84", "85"} <= {c["code"] for c in root} and all(c["has_children"] for c in root[:3])
    kids = client.get(f"{V1}/products", params={"parent": "8542"}).json()["codes"]
    assert {"854231", "854232"} <= {c["code"] for c in kids} and all(c["description"] for c in kids)
    hits = client.get(f"{V1}/products", params={"q": "processors"}).json()
    assert "854231" in {c["code"] for c in hits["codes"]} and hits["baskets"]
    assert_error(client.get(f"{V1}/products", params={"parent": "../etc"}), 422, "ValidationError", "parent")


@pytest.mark.parametrize(("params", "status", "type_", "parameter"), [
    ({"reporter": "Narnia"}, 422, "UnknownCountryError", "reporter"),
    ({"reporter": "USA", "partner": "Atlantis"}, 422, "UnknownCountryError", "partner"),
    ({"reporter": "USA", "product": "unobtainium"}, 422, "UnknownProductError", "product"),
    ({"reporter": "USA", "flow": "Z"}, 422, "ValidationError", "flow"),
    ({"reporter": "USA", "freq": "W"}, 422, "ValidationError", "freq"),
    ({"reporter": "USA", "start": "2024-99"}, 422, "QueryError", "start"),
    ({"reporter": "USA", "as_of": "2024-02-31"}, 422, "QueryError", "as_of"),
    ({"reporter": "*"}, 422, "QueryError", "reporter"),
    ({"partner": "USA"}, 422, "ValidationError", "reporter"),
    ({"reporter": "x" * 101}, 422, "ValidationError", "reporter"),
    ({"reporter": "Burundi", "partner": "Tuvalu", "product": "8542"}, 404, "NoDataError", None),
    ({"reporter": "²"}, 422, "UnknownCountryError", "reporter"),  # a digit to str.isdigit, not to int()
])
def test_flow_error_shapes(client, params, status, type_, parameter):
    assert_error(client.get(f"{V1}/flows", params=params), status, type_, parameter)


def test_unknown_route_and_method(client):
    assert_error(client.get(f"{V1}/nothing"), 404, "HTTPError")
    assert_error(client.post(f"{V1}/flows"), 405, "HTTPError")
    assert_error(client.get("/static/../../../../etc/passwd"), 404)
    assert_error(client.get("/static/%2e%2e/app.py"), 404)


def test_security_headers_on_pages(client):
    r = client.get("/check")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_pages_render_and_escape(client):
    for path in ("/brief", "/explorer", "/detect", "/screen", "/check", "/data"):
        r = client.get(path)
        assert r.status_code == 200 and "<nav>" in r.text, path
    assert client.get("/", follow_redirects=False).headers["location"] == "/brief"
    r = client.get("/brief", params={"reporter": "<script>alert(1)</script>"})
    assert "<script>alert(1)</script>" not in r.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "unknown country" in r.text
    data = client.get("/data").text
    assert "comtrade_monthly_semis_kazookat" in data and "PROVENANCE" in data
    js = client.get("/static/plotly.min.js")
    assert js.status_code == 200 and len(js.content) > 1_000_000 and b"plotly" in js.content[:2000].lower()


def test_token_guard(loaded_db):
    app = create_app(loaded_db, token="s3cret")
    c = Client(app)
    try:
        assert_error(c.get(f"{V1}/health"), 401, "Unauthorized", "token")
        assert_error(c.get(f"{V1}/health", headers={"authorization": "Bearer wrong"}), 401)
        assert c.get(f"{V1}/health", headers={"authorization": "Bearer s3cret"}).status_code == 200
        r = c.get("/brief", params={"token": "s3cret"})
        assert r.status_code == 200 and "frontload_token=s3cret" in r.headers["set-cookie"]
        assert c.get(f"{V1}/health", headers={"cookie": "frontload_token=s3cret"}).status_code == 200
    finally:
        c.close()
        close(app)


def test_answers_are_replayed_until_the_store_changes(client):
    params = {"reporter": "USA", "partner": "KOR", "product": "854232", "freq": "Q"}
    first = client.get(f"{V1}/flows", params=params)
    again = client.get(f"{V1}/flows", params=params)
    assert first.headers["x-frontload-cache"] == "miss" and again.headers["x-frontload-cache"] == "hit"
    assert again.content == first.content and again.headers["content-type"] == first.headers["content-type"]
    bad = {"reporter": "Narnia"}
    assert client.get(f"{V1}/flows", params=bad).headers["x-frontload-cache"] == "miss"
    assert client.get(f"{V1}/flows", params=bad).headers["x-frontload-cache"] == "miss"  # errors are not kept
    assert "x-frontload-cache" not in client.get(f"{V1}/health").headers


def test_loopback_server_refuses_other_host_names(loaded_db):
    app = create_app(loaded_db, allowed_hosts=["127.0.0.1", "localhost"])
    c = Client(app)
    try:
        assert c.get(f"{V1}/health", headers={"host": "127.0.0.1:8000"}).status_code == 200
        assert_error(c.get(f"{V1}/health", headers={"host": "attacker.example:8000"}), 400, "HostNotAllowed", "host")
        assert c.get("/brief", headers={"host": "localhost"}).status_code == 200
    finally:
        c.close()
        close(app)


SECURITY = ("content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options")


def test_security_headers_on_the_guards_own_answers(loaded_db):
    app = create_app(loaded_db, token="a-long-enough-token", allowed_hosts=["127.0.0.1", "testserver"])
    c = Client(app)
    try:
        answers = {
            400: c.get(f"{V1}/health", headers={"host": "attacker.example"}),
            401: c.get(f"{V1}/health"),
            413: c.post(f"{V1}/check", content=b"x" * (MAX_BODY + 1),
                        headers={"authorization": "Bearer a-long-enough-token"}),
        }
        for status, r in answers.items():
            assert r.status_code == status
            missing = [h for h in SECURITY if h not in r.headers]
            assert not missing, f"{status} lacks {missing}"
    finally:
        c.close()
        close(app)


def test_answers_are_compressed(client):
    r = client.get(f"{V1}/flows", params={"reporter": "USA", "partner": "TWN", "product": "854231"},
                   headers={"accept-encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip" and int(r.headers["content-length"]) < len(r.content) / 3
    assert r.json()["total"] > 100  # httpx decompressed it: the body is the same JSON
    js = client.get("/static/plotly.min.js", headers={"accept-encoding": "gzip"})
    assert js.headers["content-encoding"] == "gzip" and int(js.headers["content-length"]) < 2_000_000
    assert len(js.content) > 4_000_000
    plain = client.get("/static/plotly.min.js", headers={"accept-encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.content == js.content


def test_start_after_end_plus_in_product_and_empty_periods(client):
    base = {"reporter": "USA", "partner": "TWN", "product": "854231"}
    err = assert_error(client.get(f"{V1}/flows", params={**base, "start": "2025-01", "end": "2024-01"}),
                       422, "QueryError", "start")
    assert "after" in err["message"]
    # A '+' typed into a URL is a space once decoded: codes separated by spaces are still their sum.
    r = client.get(f"{V1}/flows?reporter=USA&partner=TWN&product=8541+8542&limit=1")
    assert r.status_code == 200, r.text
    assert r.json()["codes"] == ["8541", "8542"]
    empty = assert_error(client.get(f"{V1}/flows", params={**base, "start": "2030-01"}), 404, "NoDataError",
                         "start")
    assert "Nov 2016 to Jul 2026" in empty["message"]  # the span the flow does cover
    assert_error(client.get(f"{V1}/flows", params={**base, "end": "1999-12"}), 404, "NoDataError", "end")
    none = assert_error(client.get(f"{V1}/stats", params={**base, "period": "2030-01"}), 404, "NoDataError",
                        "period")
    assert "runs from" in none["message"]


def test_web_errors_carry_no_cli_markdown(client):
    err = assert_error(client.get(f"{V1}/flows", params={"reporter": "USA", "product": "unobtainium"}), 422)
    assert "`" not in err["hint"] and "product picker" in err["hint"]
    err = assert_error(client.get(f"{V1}/flows", params={"reporter": "Burundi", "partner": "Tuvalu"}), 404)
    assert "`" not in err["hint"] and "/data" in err["hint"]


def test_menus_offer_only_combinations_with_data(client):
    every = client.get(f"{V1}/options").json()
    kor_x = client.get(f"{V1}/options", params={"reporter": "Korea", "flow": "X"}).json()
    assert set(kor_x["partners"]) < set(every["partners"]) and "MYS" not in kor_x["partners"]
    for partner in kor_x["partners"][:3]:  # each partner offered has values behind it
        r = client.get(f"{V1}/flows", params={"reporter": "KOR", "partner": partner, "flow": "X",
                                              "product": "8542", "limit": 1})
        assert r.status_code in (200, 404)
    assert every["names"]["TWN"] == "Taiwan" and every["names"]["KOR"] == "South Korea"
    held = client.get(f"{V1}/options", params={"reporter": "KOR", "partner": "World", "flow": "X"}).json()
    assert {"854231", "854232"} <= set(held["products"]) and "440121" not in held["products"]
    assert "products" not in every  # only for a whole flow
    assert_error(client.get(f"{V1}/options", params={"reporter": "Narnia"}), 422, None, "reporter")


def test_screen_rows_carry_names_and_the_filter_reads_them(client):
    rows = client.get(f"{V1}/screen").json()["items"]
    usa = next(r for r in rows if r["reporter"] == "USA" and r["product"] == "854232")
    assert usa["reporter_name"] == "United States" and "memories" in usa["product_name"].lower()
    china = client.get(f"{V1}/screen", params={"q": "China"}).json()["items"]
    assert china and all("CHN" in (r["reporter"], r["partner"]) for r in china)
    words = client.get(f"{V1}/screen", params={"q": "korea processors"}).json()["items"]
    assert words and all(r["product"] == "854231" and "KOR" in (r["reporter"], r["partner"]) for r in words)


def test_products_read_words_as_the_api_does(client):
    chips = client.get(f"{V1}/products", params={"q": "chips"}).json()["codes"]
    assert chips[0]["code"] == "8542"  # what the API reads 'chips' as, before wood chips (4401)
    assert any(c["code"].startswith("4401") for c in chips)


def test_check_says_which_date_it_used(client):
    given = client.post(f"{V1}/check", json={"text": ARTICLE, "date": "2012-03-01"}).json()
    assert given["date"] == "2012-03-01" and given["date_source"] == "given"
    today = client.post(f"{V1}/check", json={"text": ARTICLE}).json()
    assert today["date_source"] == "today"


def test_short_token_warning():
    from frontload.web.server import token_warning

    assert token_warning(None) is None and token_warning("0123456789abcdef") is None
    warn = token_warning("x")
    assert warn and "1 character" in warn and "openssl rand" in warn
