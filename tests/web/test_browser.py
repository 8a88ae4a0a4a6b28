"""Every page in a real headless Chromium against uvicorn on a loopback port.

Debian's ``chromium`` (``/usr/bin/chromium``) driven by Playwright; never ``playwright install``.
Set ``FRONTLOAD_SCREENSHOTS=DIR`` to keep a screenshot of each page at 1400 and at 800 px.
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
WIDE, NARROW = 1400, 800


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, live_server):
    ctx = browser.new_context(viewport={"width": WIDE, "height": 1000}, base_url=live_server.url)
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
    """The page at 1400 and at 800 px (when FRONTLOAD_SCREENSHOTS names a folder); at 800 px
    nothing may stick out sideways, screenshots or not."""
    folder = os.environ.get("FRONTLOAD_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}-{WIDE}.png"), full_page=True)
    page.set_viewport_size({"width": NARROW, "height": 1000})
    page.wait_for_timeout(400)  # Plotly redraws responsive charts on resize
    try:
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= NARROW, f"{name} is {width} px wide at {NARROW} px"
        if folder:
            page.screenshot(path=str(Path(folder) / f"{name}-{NARROW}.png"), full_page=True)
    finally:
        page.set_viewport_size({"width": WIDE, "height": 1000})


def contrast(colour: str, background: tuple[int, int, int] = (255, 255, 255)) -> float:
    """WCAG contrast ratio of a CSS colour (#rgb, #rrggbb, rgb(), rgba() over the background)."""
    import re

    c = colour.strip()
    if c.startswith("#"):
        h = c[1:]
        if len(h) == 3:
            h = "".join(x * 2 for x in h)
        rgb, alpha = [int(h[i:i + 2], 16) for i in (0, 2, 4)], 1.0
    else:
        nums = [float(x) for x in re.findall(r"[\d.]+", c)]
        rgb, alpha = [int(x) for x in nums[:3]], (nums[3] if len(nums) > 3 else 1.0)
    rgb = [alpha * x + (1 - alpha) * b for x, b in zip(rgb, background, strict=True)]

    def lum(v: list[float] | tuple[int, ...]) -> float:
        ch = [x / 255 for x in v]
        ch = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in ch]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]

    hi, lo = sorted((lum(rgb), lum(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


CHART_COLOURS = """(id => { const d = document.getElementById(id); return [
  ...d.data.filter(t => !t.fill && (t.line || {}).width !== 0).map(t => (t.line && t.line.color) || (t.marker && t.marker.color)),
  ...(d.layout.shapes || []).map(s => s.line.color)].filter(Boolean); })"""


def test_contrast_helper():
    assert round(contrast("#999"), 2) == 2.85 and round(contrast("#000"), 1) == 21.0
    assert round(contrast("rgba(120,130,150,0.35)"), 1) == 1.5  # the old YoY bars


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
    # Events after 2024 are marked (the late-2024 controls, the 2025-2026 tariffs), not only the first 8.
    marked = page.evaluate("[...document.querySelectorAll('.brief-chart')].flatMap(d => "
                           "(d.layout.shapes || []).map(s => s.x0))")
    assert any(x >= "2025-01-01" for x in marked) and any("2024-10-01" <= x < "2025-01-01" for x in marked)
    # Each chart has a text alternative and its events written out.
    assert all(page.evaluate("[...document.querySelectorAll('.brief-chart')].map(d => "
                             "(d.getAttribute('aria-label') || '').length > 20)"))
    text = page.inner_text("#brief")
    assert "`" not in text and "import_value" not in text and "export_control" not in text
    assert "9.61 USD bn" not in text and "USD 9.61 bn" in text  # one money format
    assert page.locator("#brief code").count() >= 1  # `frontload figures` as code, not backticks
    assert page.locator("#brief a.csv-link").count() == page.locator("#brief table").count()
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
    assert events > 0 and marks <= events  # events of one day share a line
    assert "processors and controllers" in page.inner_text("#flow-title")  # the product's name
    layout = page.evaluate("(l => ({y: l.yaxis.range, y2: l.yaxis2.range}))"
                           "(document.getElementById('explorer-chart').layout)")
    zero = [-lo / (hi - lo) for lo, hi in (layout["y"], layout["y2"])]
    assert abs(zero[0] - zero[1]) < 1e-6  # the two y-axes share their zero
    hover = page.evaluate("document.getElementById('explorer-chart').data[0].customdata.slice(-1)[0]")
    assert hover.startswith("USD ") and (" bn" in hover or " m" in hover)
    colours = page.evaluate(CHART_COLOURS + "('explorer-chart')")
    colours.append(page.evaluate("document.getElementById('explorer-chart').data[1].marker.color"))
    assert colours and min(contrast(c) for c in colours) >= 3, colours
    assert page.locator("#f-partner option").count() < 60  # only the partners USA has data for
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
    # 'chips' lists what the API reads it as (8542) first, and the keyboard picks it
    page.fill("#f-product", "chips")
    page.wait_for_selector("#product-tree:not(.hidden) li.meant")
    assert page.locator("#product-tree button.code").first.inner_text() == "8542"
    page.press("#f-product", "ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == "8542"
    page.keyboard.press("Enter")
    assert page.input_value("#f-product") == "8542" and page.is_hidden("#product-tree")
    page.press("#f-product", "Escape")
    assert page.is_hidden("#product-tree")
    # the searchable HS tree: type words, pick a code
    page.fill("#f-product", "integrated circuits")
    page.wait_for_selector("#product-tree .code:text-is('854232')")
    page.click("#product-tree .code:text-is('854232')")
    assert page.input_value("#f-product") == "854232"
    page.select_option("#f-partner", "KOR")
    page.fill("#f-start", "2022-01")
    page.click("#f-go")
    assert page.is_hidden("#product-tree")  # the list closes: it never stays over the chart
    wait_js(page, "document.getElementById('flow-title').dataset.label.includes('854232 from KOR')")
    assert "product=854232" in page.url and "partner=KOR" in page.url and "start=2022-01" in page.url
    first_row = page.locator("#values-table tbody tr").last.locator("td").first.inner_text()
    assert first_row == "Jan 2022"

    # the shareable URL restores the view
    url = page.url
    ready(page, url)
    wait_js(page, "document.getElementById('flow-title').dataset.label.includes('854232 from KOR')")
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
    err = page.inner_text("#explorer-error")
    assert "unknown product" in err and "parameter: product" in err
    assert "`" not in err and "frontload products" not in err  # a web hint, not a CLI command
    assert page.get_attribute("#explorer-error", "role") == "alert"
    page.fill("#f-product", "processors")
    assert page.is_hidden("#explorer-error")  # the old error goes once the field is changed
    # a period with no values says so, naming the span the flow covers
    ready(page, "/explorer?reporter=USA&partner=TWN&product=processors&start=2030-01")
    page.wait_for_selector("#explorer-error:not(.hidden)")
    assert "runs from Nov 2016" in page.inner_text("#explorer-error")


def test_explorer_several_partners_on_one_chart(page):
    ready(page, "/explorer?reporter=USA&partner=TWN&product=processors&compare=KOR,MYS")
    wait_js(page, "(document.getElementById('explorer-chart').data || []).length === 3")
    traces = page.evaluate("document.getElementById('explorer-chart').data.map(t => "
                           "[t.name, t.line.color, t.line.dash])")
    assert [t[0] for t in traces] == ["Taiwan (TWN)", "South Korea (KOR)", "Malaysia (MYS)"]
    assert len({t[1] for t in traces}) == 3 and len({t[2] for t in traces}) == 3  # hue and dash differ
    assert min(contrast(t[1]) for t in traces) >= 3


def test_explorer_product_picker_says_which_codes_have_no_data(page):
    ready(page, "/explorer?reporter=KOR&partner=WLD&flow=X&product=854232")
    wait_js(page, "document.getElementById('explorer-chart').data")
    assert page.locator("#f-partner option").count() < 5  # Korea's exports: World and few others
    page.fill("#f-product", "")
    page.click("#f-product")
    page.wait_for_selector("#product-tree:not(.hidden) .code:text-is('85')")
    row = page.locator("#product-tree li", has=page.locator(".code:text-is('01')")).first
    assert "no data for this flow" in row.inner_text()
    chips = page.locator("#product-tree li", has=page.locator(".code:text-is('85')")).first
    assert "no data" not in chips.inner_text()


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
    colours = page.evaluate(CHART_COLOURS + "('detect-chart')")
    assert colours and min(contrast(c) for c in colours) >= 3, colours
    assert len(page.get_attribute("#detect-chart", "aria-label")) > 40
    # the event picker: policy events to pick from, searchable by typing (a datalist)
    assert page.locator("#d-events option").count() > 100
    assert page.get_attribute("#d-event", "list") == "d-events"
    shot(page, "detect")
    # an error goes when the field at fault is changed, and a fixed request shows no stale error
    page.fill("#d-partner", "Atlantis")
    page.click("#detect-form button[type=submit]")
    page.wait_for_selector("#detect-error:not(.hidden)")
    assert "parameter: partner" in page.inner_text("#detect-error")
    page.fill("#d-partner", "China")
    assert page.is_hidden("#detect-error")


def num(text: str) -> float:
    return float(text.replace("−", "-"))


def test_screen_sort_filter_and_link_to_detect(page):
    ready(page, "/screen")
    assert "-0.0" not in page.inner_text("#screen-table") and "−0.0" not in page.inner_text("#screen-table")
    rows = page.locator("#screen-table tbody tr")
    total = rows.count()
    assert total > 10
    z = [num(t) for t in page.locator("#screen-table tbody td:nth-child(6)").all_inner_texts()]
    assert z == sorted(z, reverse=True)
    page.click("th[data-key='z']")  # a first click on z sorts largest first
    assert [num(t) for t in page.locator("#screen-table tbody td:nth-child(6)").all_inner_texts()] == z
    page.click("th[data-key='z']")  # a second, smallest first
    assert [num(t) for t in page.locator("#screen-table tbody td:nth-child(6)").all_inner_texts()] == sorted(z)
    page.click("th[data-key='series']")
    names = page.locator("#screen-table tbody td:nth-child(2)").all_inner_texts()
    assert names == sorted(names)
    page.fill("#s-filter", "from TWN")
    kept = page.locator("#screen-table tbody td:nth-child(4)").all_inner_texts()
    assert kept and set(kept) == {"Taiwan (TWN)"} and len(kept) < total
    assert "q=from+TWN" in page.url and "sort=series" in page.url  # the state is in the URL
    page.fill("#s-filter", "China")  # the placeholder's own example matches names
    assert page.locator("#screen-table tbody tr").count() > 0
    # the sortable headers work from the keyboard and say their order
    z = page.locator("th[data-key='z']")
    z.focus()
    page.keyboard.press("Enter")
    assert z.get_attribute("aria-sort") == "descending" and z.get_attribute("tabindex") == "0"
    assert page.get_attribute("th[data-key='series']", "aria-sort") == "none"
    url = page.url
    ready(page, url)  # the shared URL restores filter and order
    assert page.input_value("#s-filter") == "China"
    assert page.get_attribute("th[data-key='z']", "aria-sort") == "descending"
    page.fill("#s-filter", "from TWN")
    shot(page, "screen")
    page.click("#screen-table tbody tr >> nth=0 >> a")
    page.wait_for_url("**/detect?**")
    page.wait_for_selector("body[data-ready='1']", state="attached")
    wait_js(page, "document.getElementById('detect-verdict').textContent.length > 0")
    assert page.input_value("#d-partner") == "TWN" and page.input_value("#d-lag") == "0"


TOP_DETECTOR = ("[...document.querySelectorAll('#screen-table tbody tr')].slice(0, 5)"
                ".map((r) => r.cells[7].textContent)")


def test_screen_shows_pending_verdicts_then_fills_them_in(page):
    """A screen no one asked for yet on this snapshot (window 7): the page shows the ranking at once,
    the top rows' detector 'computing…' (never a made-up verdict) and says so, then asks again by
    itself until the verdicts, computed in a background worker, are in."""
    ready(page, "/screen?window=7")
    wait_js(page, "document.querySelectorAll('#screen-table tbody tr').length > 10")
    first = page.evaluate(TOP_DETECTOR)
    assert first == ["computing…"] * 5, first  # the ranking takes a fraction of the detector's seconds
    assert "being computed" in page.inner_text("#screen-note")
    wait_js(page, f"{TOP_DETECTOR}.every((t) => t && t !== 'computing…')", timeout=300)
    assert "being computed" not in page.inner_text("#screen-note")
    assert page.locator("#screen-table tbody tr >> nth=5 >> td >> nth=7").inner_text() == ""  # only the top 5


def test_screen_links_an_export_row_to_detect(page):
    # A link names no controls, so Detect adds none: the example's Malaysia/Vietnam/Japan would
    # ask for KOR exports … to MYS, which the store does not hold.
    ready(page, "/screen?end=2025-12&q=exports")  # Korea's exports have every month to 2025-12
    rows = page.locator("#screen-table tbody tr")
    assert rows.count() > 0 and "exports" in rows.first.inner_text()
    rows.first.locator("a").click()
    page.wait_for_url("**/detect?**")
    page.wait_for_selector("body[data-ready='1']", state="attached")
    wait_js(page, "document.getElementById('detect-verdict').textContent.length > 0 || "
                  "!document.getElementById('detect-error').classList.contains('hidden')")
    assert page.is_hidden("#detect-error"), page.inner_text("#detect-error")
    assert page.input_value("#d-flow") == "X" and page.input_value("#d-control") == ""
    assert "exports" in page.inner_text("#detect-title")


ARTICLE = ("Trade report. In 2010 China imported US$8.5 billion of chips from the US. "
           "Chinese purchases of US semiconductors chips totalled US$6.37 billion in 2011.\n"
           "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">")


def test_check_page_asks_for_the_date_and_reads_it_from_html(page):
    ready(page, "/check")
    assert page.get_by_label("Article text").count() == 1  # the textarea has a label
    page.fill("#c-text", "China's chip imports from the US rose 5% in October.")
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/api/v1/check" in r.url else None)
    page.click("#c-go")
    page.wait_for_selector("#check-error:not(.hidden)")
    assert "publication date" in page.inner_text("#check-error") and not asked  # asked, not guessed
    assert page.evaluate("document.activeElement.id") == "c-date"
    # pasted HTML: the date comes from the article's metadata, and the page says so
    page.fill("#c-date", "")
    page.fill("#c-text", '<meta property="article:published_time" content="2012-03-01T08:00:00Z">'
                         "In 2010 China imported US$8.5 billion of chips from the US.")
    assert page.input_value("#c-date") == "2012-03-01"
    page.click("#c-go")
    page.wait_for_selector("#c-article mark.claim")
    assert "2012-03-01 (read from the article's HTML metadata)" in page.inner_text("#c-date-used")
    assert page.is_hidden("#check-error")


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
    assert "Contradicted" in detail and "understood as" in detail
    labels = page.locator("#c-table .verdict").all_inner_texts()
    assert labels and not any("_" in x for x in labels)  # human labels, not not_checkable
    assert "as entered" in page.inner_text("#c-date-used") and "2012-03-01" in page.inner_text("#c-date-used")
    page.focus("mark.m-supported >> nth=0")
    page.keyboard.press("Enter")  # a claim opens from the keyboard too
    assert "Supported" in page.inner_text("#c-detail")
    assert page.get_attribute("#check-result", "aria-live") == "polite"
    with page.expect_download() as dl:
        page.click("#c-csv")
    csv_text = Path(dl.value.path()).read_text(encoding="utf-8")
    assert csv_text.startswith("#,sentence,verdict") and "contradicted" in csv_text
    assert page.get_attribute("mark.m-supported >> nth=0", "title").count("Supported") >= 1
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
