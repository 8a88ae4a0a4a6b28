"""Renderers: every cited number keeps its footnote, and user text is escaped in HTML."""

from __future__ import annotations

import datetime as dt
import json
import re

from rich.console import Console

from frontload.report import render
from frontload.report.document import ChartBlock, Citations, Document, Section, TableBlock
from frontload.report.numbers import fmt_money, fmt_value
from frontload.stats.series import Provenance

P1 = Provenance("f1", "comtrade", "china_annual", dt.datetime(2025, 10, 17, tzinfo=dt.UTC),
                "data/x.csv")
P2 = Provenance("f2", "twcustoms", "tw", dt.datetime(2025, 9, 25, tzinfo=dt.UTC), "data/y.csv")


def doc() -> Document:
    cit = Citations()
    sec = Section("A <b>section</b>")
    sec.para("Imports were ", cit.cite(11_754_177_020.0, "USD", [P1], period="2024"),
             ", up ", cit.cite(41.5, "%", [P1], signed=True), ".")
    sec.blocks.append(TableBlock("t", ["Year", "Value"],
                                 [["2024", cit.cite(48.47e9, "USD", [P2])]], note="n"))
    sec.blocks.append(ChartBlock("c", "bar", [2023, 2024], {"s": [1.0, 2.0]}, "USD",
                                 [(dt.date(2024, 12, 2), "rule <script>")]))
    return Document("T", "sub <script>alert(1)</script>", [sec], cit,
                    dt.datetime(2026, 1, 1, tzinfo=dt.UTC))


def test_number_formats():
    assert fmt_money(11_754_177_020) == "USD 11.75 bn"
    assert fmt_money(845_300_000) == "USD 845.3 m"
    assert fmt_value(-22.44, "%", signed=True) == "−22.4%"
    assert fmt_value(42.5, "%", signed=True) == "+42.5%"
    assert fmt_value(5, "months") == "5 months"
    assert fmt_value(None, "USD") == "n/a"


def test_citations_are_numbered_by_first_use():
    d = doc()
    refs = {n.provenance.fetch_id: n.ref for n in d.citations.notes.values()}
    assert refs == {"f1": 1, "f2": 2}


def test_markdown_keeps_footnotes():
    md = render.to_markdown(doc())
    assert "Imports were USD 11.75 bn [1], up +41.5% [1]." in md
    assert "| 2024 | USD 48.47 bn [2] |" in md
    assert "2. twcustoms · tw · vintage 2025-09-25 · data/y.csv" in md


def test_json_carries_raw_values_and_sources():
    data = json.loads(render.to_json(doc()))
    para = data["sections"][0]["blocks"][0]
    assert para["figures"][0]["value"] == 11_754_177_020.0
    assert para["figures"][0]["sources"] == [1]
    assert data["sources"][0]["dataset"] == "china_annual"


def test_html_escapes_and_inlines_plotly():
    out = render.to_html(doc())
    assert "<script>alert(1)</script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "A &lt;b&gt;section&lt;/b&gt;" in out
    # Plotly's JavaScript is inlined: no external script or stylesheet is loaded.
    assert re.search(r"<script[^>]*\bsrc=", out) is None
    assert re.search(r"<link[^>]*\bhref=\"?https?:", out) is None
    assert "Plotly.newPlot" in out
    assert 'href="#src1"' in out and 'id="src2"' in out


def test_terminal_render_lists_sources():
    console = Console(record=True, width=120)
    render.to_terminal(doc(), console)
    text = console.export_text()
    assert "USD 11.75 bn [1]" in text
    assert "[2] twcustoms · tw · vintage 2025-09-25" in text
