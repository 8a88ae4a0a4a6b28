"""The curated public API: pinned, so a change to it is a decision, not an accident."""

from __future__ import annotations

import datetime as dt

import frontload as fl

PUBLIC = [
    "BriefOptions", "Figure", "FrontloadError", "Query", "Series", "Store", "__version__", "build_brief",
    "get_series", "get_series_by", "load_bundled", "load_file", "make_query", "open_store", "query_series",
    "render", "stats",
]


def test_all_is_pinned():
    assert sorted(fl.__all__) == sorted(PUBLIC)
    for name in fl.__all__:
        assert hasattr(fl, name), name


def test_docstring_example_runs(loaded_db):
    with fl.open_store(loaded_db, read_only=True) as store:
        s = fl.get_series(store, "China", "USA", "integrated circuits", freq="A")
        assert round(fl.stats.yoy(s, dt.date(2024, 1, 1), 12).value, 1) == 41.5
        doc = fl.build_brief(store, fl.BriefOptions(sections=("flagship",)))
        md = fl.render.to_markdown(doc)
    assert "USD 11.75 bn" in md and "+41.5%" in md
