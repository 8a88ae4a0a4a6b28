"""frontload: trade intelligence around policy shocks.

The public API is small on purpose::

    import frontload as fl
    with fl.open_store() as store:          # $FRONTLOAD_DB or the per-user store
        fl.load_bundled(store)              # idempotent
        s = fl.get_series(store, "China", "USA", "integrated circuits", freq="A")
        fl.stats.yoy(s, date(2024, 1, 1), 12).value      # 41.5 (%)
        doc = fl.build_brief(store)
        print(fl.render.to_markdown(doc))

Everything else is importable from its module but may change between versions.
"""

from __future__ import annotations

__version__ = "0.1.0"

from . import stats
from .api import get_series, get_series_by, load_bundled, load_file, make_query, open_store, query_series
from .errors import FrontloadError
from .model import Query
from .report import render
from .report.brief import BriefOptions, build_brief
from .stats import Figure, Series
from .store.store import Store

__all__ = [
    "BriefOptions",
    "Figure",
    "FrontloadError",
    "Query",
    "Series",
    "Store",
    "__version__",
    "build_brief",
    "get_series",
    "get_series_by",
    "load_bundled",
    "load_file",
    "make_query",
    "open_store",
    "query_series",
    "render",
    "stats",
]
