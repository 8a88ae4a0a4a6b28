"""The brief on the bundled data: right numbers, every number cited, nothing unsupported printed."""

from __future__ import annotations

import json
import re

import pytest

from frontload.report import render
from frontload.report.brief import BriefOptions, build_brief

from ..conftest import DATA, raw_kazookat, read_csv


@pytest.fixture(scope="module")
def doc(loaded_db):
    from frontload.store.store import Store

    with Store(loaded_db, read_only=True) as s:
        return build_brief(s)


def _figures(d: dict) -> list[dict]:
    out = []

    def walk(x):
        if isinstance(x, dict):
            if "text" in x and "sources" in x and "value" in x:
                out.append(x)
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(d["sections"])
    return out


def test_every_number_carries_a_source_with_vintage(doc):
    d = json.loads(render.to_json(doc))
    figs = _figures(d)
    assert len(figs) > 100
    refs = {s["ref"]: s for s in d["sources"]}
    for f in figs:
        assert f["sources"], f
        for r in f["sources"]:
            assert refs[r]["vintage"] and refs[r]["dataset"]


def test_flagship_numbers_match_the_raw_file(doc):
    rows = read_csv(DATA / "comtrade_china_imports_from_us_8542_annual"
                    / "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv")
    tot = {r["refYear"]: float(r["primaryValue"]) for r in rows if r["partner2Code"] == "0"}
    md = render.to_markdown(doc)
    assert f"USD {tot['2024'] / 1e9:.2f} bn" in md
    assert f"+{(tot['2024'] / tot['2023'] - 1) * 100:.1f}%" in md
    # Reported figures appear as such, with their page.
    assert "USD 9.61 bn" in md and "i-scmp.com" in md  # as printed, in the brief's money format
    assert "9.61 USD bn" not in md and "import_value" not in md


def test_us_monthly_section_uses_the_latest_comtrade_month(doc):
    raw = raw_kazookat("USA", "M", "0", "854231")
    last = max(raw)
    md = render.to_markdown(doc)
    assert f"USD {raw[last] / 1e9:.2f} bn" in md
    assert "Jul 2026" in md and last == "2026-07"


def test_exporters_rank_uses_a_year_with_broad_coverage(doc):
    md = render.to_markdown(doc)
    assert "Top exporters of HS 8542 to the world, 2023" in md
    assert "2024 is not ranked: only 86 reporters" in md


def test_html_is_self_contained(doc):
    html = render.to_html(doc)
    assert "<script" in html and "Plotly" in html  # charts with the library inlined
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"https?://", html)


def test_unsupported_figures_are_not_printed(loaded_db):
    from frontload.store.store import Store

    with Store(loaded_db, read_only=True) as s:
        d = build_brief(s, BriefOptions(reporter="JPN", partner="CHN", sections=("flagship",)))
    md = render.to_markdown(d)
    assert "No customs series in the store" in md
    section = md.split("## ", 2)[1]
    assert "USD" not in section and "[1]" not in section  # no figure, no footnote
    assert json.loads(render.to_json(d))["sources"] == []
