"""Every page in a real headless Chromium against uvicorn on a loopback port.

Debian's ``chromium`` (``/usr/bin/chromium``) driven by Playwright; never ``playwright install``.
Set ``FRONTLOAD_SCREENSHOTS=DIR`` to keep a screenshot of each page.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason="no /usr/bin/chromium: apt-get install chromium (CI installs it)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the browser tests need playwright (test extra)")

TIMEOUT = 60_000


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, live_server):
    ctx = browser.new_context(viewport={"width": 1300, "height": 1000}, base_url=live_server.url)
    pg = ctx.new_page()
    pg.set_default_timeout(TIMEOUT)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    # An API answering 4xx is logged by the browser as a failed resource; the tests that provoke
    # one check the message the page shows instead. Anything else logged as an error fails the test.
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" and not m.text.startswith(
        "Failed to load resource: the server responded with a status of 4") else None)
    # Nothing leaves the machine: any request off the test server fails the test.
    outside: list[str] = []

    def guard(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    pg.route("**/*", guard)
    yield pg
    ctx.close()
    assert not outside, f"the page asked for outside resources: {outside}"
    assert not errors, f"errors in the page: {errors}"


def shot(page, name: str) -> None:
    folder = os.environ.get("FRONTLOAD_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def wait_js(page, expression: str, timeout: float = 60.0) -> None:
    """Poll a JS expression until truthy. (page.wait_for_function evaluates a string in the page,
    which the app's Content-Security-Policy forbids; page.evaluate goes through the debugger.)"""
    import time

    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        page.wait_for_timeout(100)


def ready(page, path: str) -> None:
    page.goto(path)
    page.wait_for_selector("body[data-ready='1']", state="attached")


def test_brief_page_draws_its_charts(page):
    ready(page, "/brief")
    assert "USD 11.75 bn" in page.inner_text("#brief")
    charts = page.locator(".brief-chart")
    assert charts.count() >= 1
    wait_js(page, "[...document.querySelectorAll('.brief-chart')].every(d => d.data && d.data.length)")
    points = page.evaluate("[...document.querySelectorAll('.brief-chart')].map(d => d.data[0].y.filter(v => v !== null).length)")
    assert all(n > 0 for n in points)
    assert page.locator(".brief-chart .main-svg").count() >= charts.count()
    first_ref = page.locator("sup a").first.get_attribute("href")
    assert first_ref and page.locator(first_ref).count() == 1  # footnote target exists
    shot(page, "brief")


def test_explorer_controls_chart_events_and_shareable_url(page):
    ready(page, "/explorer?reporter=USA&partner=TWN&product=processors")
    wait_js(page, "document.getElementById('explorer-chart').data")
    n_values = page.locator("#values-table tbody tr").count()
    assert n_values > 100
    y = page.evaluate("document.getElementById('explorer-chart').data[0].y")
    assert len(y) == n_values and all(v is not None and v > 0 for v in y)
    marks = page.evaluate("document.getElementById('explorer-chart').layout.shapes.length")
    events = page.locator("#event-list li").count()
    assert events > 0 and marks == events
    assert page.locator("#stats-table tbody tr[data-name='yoy']").count() == 1
    assert page.locator("#stats-table tbody tr[data-name='share']").count() == 1
    shot(page, "explorer")

    # the HS tree: chapters when empty, a chapter opens into its headings
    page.fill("#f-product", "")
    page.click("#f-product")
    page.wait_for_selector("#product-tree:not(.hidden) .code:text-is('85')")
    page.locator("#product-tree li", has=page.locator(".code:text-is('85')")).locator(".toggle").first.click()
    page.wait_for_selector("#product-tree .code:text-is('8542')")
    assert "integrated circuits" in page.inner_text("#product-tree").lower()
    # the searchable HS tree: type words, pick a code
    page.fill("#f-product", "integrated circuits")
    page.wait_for_selector("#product-tree .code:text-is('854232')")
    page.click("#product-tree .code:text-is('854232')")
    assert page.input_value("#f-product") == "854232"
    page.select_option("#f-partner", "KOR")
    page.fill("#f-start", "2022-01")
    page.click("#f-go")
    wait_js(page, "document.getElementById('flow-title').textContent.includes('854232 from KOR')")
    assert "product=854232" in page.url and "partner=KOR" in page.url and "start=2022-01" in page.url
    first_row = page.locator("#values-table tbody tr").last.locator("td").first.inner_text()
    assert first_row == "Jan 2022"

    # the shareable URL restores the view
    url = page.url
    ready(page, url)
    wait_js(page, "document.getElementById('flow-title').textContent.includes('854232 from KOR')")
    assert page.input_value("#f-product") == "854232" and page.input_value("#f-partner") == "KOR"
    assert page.input_value("#f-start") == "2022-01"

    csv_href = page.get_attribute("#dl-csv", "href")
    r = page.request.get(csv_href)
    assert r.ok and r.headers["content-type"].startswith("text/csv")
    assert r.text().splitlines()[1].startswith("Jan 2022,2022-01-01,")


def test_explorer_source_choice_is_used_and_kept_in_the_url(page):
    # Comtrade is preferred for US imports of processors from China; the census extract holds 2024 only.
    ready(page, "/explorer?reporter=USA&partner=CHN&product=854231&freq=A")
    wait_js(page, "document.getElementById('flow-title').textContent.includes('comtrade')")
    assert "census" in page.inner_text("#flow-notes")
    page.select_option("#f-source", "census")
    page.click("#f-go")
    wait_js(page, "document.getElementById('flow-title').textContent.endsWith('· census')")
    assert "source=census" in page.url
    assert page.locator("#values-table tbody tr").count() == 1
    assert "census" in page.inner_text("#stats-sources")


def test_explorer_shows_a_clear_error(page):
    ready(page, "/explorer?reporter=USA&partner=TWN&product=unobtainium")
    page.wait_for_selector("#explorer-error:not(.hidden)")
    assert "unknown product" in page.inner_text("#explorer-error")
    assert "parameter: product" in page.inner_text("#explorer-error")


def test_detect_page_band_excess_and_verdict(page):
    ready(page, "/detect")
    wait_js(page, "document.getElementById('detect-chart').data")
    # Run-up Dec 2024 – Apr 2025 (through the effective month); the scan-corrected verdict (issue 12).
    assert page.inner_text("#detect-verdict").startswith("no evidence of front-loading in Dec 2024–Apr 2025")
    names = page.evaluate("document.getElementById('detect-chart').data.map(t => t.name)")
    assert "95% band" in names and "excess" in names and "actual" in names
    assert any(n.startswith("counterfactual") for n in names)
    shapes = page.evaluate("document.getElementById('detect-chart').layout.shapes.map(s => s.x0)")
    assert "2025-04-01" in shapes and len(shapes) > 1  # the event and the calendar's other events
    assert "difference in differences" in page.inner_text("#detect-kpis")
    assert page.locator("#detect-table tbody tr").count() == 11  # 5 run-up months and 6 after
    shot(page, "detect")


def test_screen_sort_filter_and_link_to_detect(page):
    ready(page, "/screen")
    rows = page.locator("#screen-table tbody tr")
    total = rows.count()
    assert total > 10
    z = [float(t) for t in page.locator("#screen-table tbody td:nth-child(6)").all_inner_texts()]
    assert z == sorted(z, reverse=True)
    page.click("th[data-key='z']")  # a first click on z sorts largest first
    assert [float(t) for t in page.locator("#screen-table tbody td:nth-child(6)").all_inner_texts()] == z
    page.click("th[data-key='z']")  # a second, smallest first
    assert [float(t) for t in page.locator("#screen-table tbody td:nth-child(6)").all_inner_texts()] == sorted(z)
    page.click("th[data-key='series']")
    names = page.locator("#screen-table tbody td:nth-child(2)").all_inner_texts()
    assert names == sorted(names)
    page.fill("#s-filter", "from TWN")
    kept = page.locator("#screen-table tbody td:nth-child(4)").all_inner_texts()
    assert kept and set(kept) == {"TWN"} and len(kept) < total
    shot(page, "screen")
    page.click("#screen-table tbody tr >> nth=0 >> a")
    page.wait_for_url("**/detect?**")
    page.wait_for_selector("body[data-ready='1']", state="attached")
    wait_js(page, "document.getElementById('detect-verdict').textContent.length > 0")
    assert page.input_value("#d-partner") == "TWN" and page.input_value("#d-lag") == "0"


ARTICLE = ("Trade report. In 2010 China imported US$8.5 billion of chips from the US. "
           "Chinese purchases of US semiconductors chips totalled US$6.37 billion in 2011.\n"
           "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">")


def test_check_page_highlights_claims_and_xss_is_inert(page):
    ready(page, "/check")
    page.fill("#c-text", ARTICLE)
    page.fill("#c-date", "2012-03-01")
    page.click("#c-go")
    page.wait_for_selector("#c-article mark.claim")
    assert page.locator("mark.m-contradicted").count() >= 1
    assert page.locator("mark.m-supported").count() >= 1
    assert "8.5 billion" in page.inner_text("mark.m-contradicted >> nth=0")
    page.click("mark.m-contradicted >> nth=0")
    detail = page.inner_text("#c-detail")
    assert "contradicted" in detail and "understood as" in detail
    assert page.get_attribute("mark.m-supported >> nth=0", "title").count("supported") >= 1
    # the pasted markup is text, not elements, and never ran
    assert "<script>window.__xss = 1</script>" in page.inner_text("#c-article")
    assert page.locator("#c-article script, #c-article img").count() == 0
    assert page.evaluate("window.__xss") is None
    shot(page, "check")


def test_xss_in_url_parameters_is_inert(page):
    payload = "<img src=x onerror=window.__xss=3>"
    ready(page, f"/brief?reporter={payload}")
    assert page.locator("#brief-error").count() == 1 and payload in page.inner_text("#brief-error")
    assert page.locator("main img").count() == 0 and page.evaluate("window.__xss") is None
    ready(page, f"/explorer?reporter={payload}")
    page.wait_for_selector("#explorer-error:not(.hidden)")
    assert page.locator("main img").count() == 0 and page.evaluate("window.__xss") is None


def test_data_page_lists_datasets_fetches_and_vintages(page):
    ready(page, "/data")
    datasets = page.locator("#datasets-table tbody tr")
    assert datasets.count() >= 10
    assert page.locator("#fetch-table tbody tr").count() == datasets.count()
    page.locator("#datasets-table details >> nth=0").click()
    assert "PROVENANCE" in page.inner_text("#datasets-table tbody tr >> nth=0")
    page.click("#vintage-form button")
    page.wait_for_selector("#vintage-table:not(.hidden) tbody tr")
    assert page.locator("#vintage-table tbody tr").count() >= 15
    shot(page, "data")
