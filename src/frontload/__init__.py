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

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import FrontloadError

if TYPE_CHECKING:
    from . import stats
    from .api import get_series, get_series_by, load_bundled, load_file, make_query, open_store, query_series
    from .model import Query
    from .report import render
    from .report.brief import BriefOptions, build_brief
    from .stats import Figure, Series
    from .store.store import Store

# PEP 562: each public name is imported on first use, from the module that defines it, so that
# `import frontload` (and the CLI, which imports it for --help and completion) stays cheap: the
# store pulls DuckDB, Ibis and pyarrow, the statistics NumPy.
_LAZY = {
    "stats": (".stats", None),
    "render": (".report.render", None),
    "BriefOptions": (".report.brief", "BriefOptions"),
    "build_brief": (".report.brief", "build_brief"),
    "Figure": (".stats.series", "Figure"),
    "Series": (".stats.series", "Series"),
    "Query": (".model", "Query"),
    "Store": (".store.store", "Store"),
    **{n: (".api", n) for n in ("get_series", "get_series_by", "load_bundled", "load_file", "make_query",
                                "open_store", "query_series")},
}


def __getattr__(name: str) -> Any:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    mod = import_module(module, __name__)
    value = mod if attr is None else getattr(mod, attr)
    globals()[name] = value  # once: later lookups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
