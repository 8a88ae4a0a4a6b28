"""The friendly front of the library: names in, results out.

These functions resolve what a person types ("China", "the U.S.", "processors",
"2024-10") into codes and call the store, query and statistics layers. The CLI,
the web app and notebooks all go through here, so they behave alike.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .errors import QueryError
from .model import FLOWS, FREQS, WORLD, Query, parse_period

if TYPE_CHECKING:
    from .stats.series import Series
    from .store.query import events_between, reported_figures
    from .store.store import IngestSummary, Store

__all__ = [
    "events_between", "get_series", "get_series_by", "load_bundled", "load_events_file", "load_file",
    "load_gacc", "make_query", "open_store",
    "query_series", "reported_figures", "resolve_country", "resolve_product",
]


def __getattr__(name: str) -> Any:
    """PEP 562: the store's query functions re-exported here are imported on first use, so that
    importing this module (the CLI does, for every command and for --help) does not import DuckDB,
    Ibis or pyarrow."""
    if name in ("events_between", "reported_figures"):
        from .store import query

        return getattr(query, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(
    path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
    threads: int | Literal["auto"] | None = None,
) -> Store:
    """Open (creating if needed) the store at ``path``, ``$FRONTLOAD_DB`` or the per-user default;
    ``threads`` as :class:`~frontload.store.store.Store` takes it."""
    from .store.store import Store

    return Store(path, read_only=read_only, threads=threads)


def load_bundled(store: Store, names: Iterable[str] | None = None) -> list[IngestSummary]:
    """Ingest the bundled real datasets (all, or those named). Re-running changes nothing."""
    from .sources import bundled

    chosen = list(names) if names else bundled.bundled_names()
    return [store.ingest(bundled.load_bundled(n)) for n in chosen]


def load_file(store: Store, path: str | Path, *, vintage: dt.datetime | None = None,
              name: str | None = None, mapping: str | Path | None = None,
              spans: Sequence[str] | None = None) -> IngestSummary:
    """Ingest one export file after reading all of it: Comtrade CSV, Census Parquet, Taiwan customs
    CSV, or any CSV/Parquet table with a ``mapping`` file (see frontload.sources.generic)."""
    if mapping is not None:
        from .sources.generic import load_generic

        return store.ingest(load_generic(path, mapping, vintage=vintage))
    from .sources.files import load_file as _load

    return store.ingest(_load(path, vintage=vintage, name=name, spans=list(spans or [])))


def load_gacc(store: Store, paths: Sequence[str | Path], *, flow: str, spans: Sequence[str] = (),
              cny_per_usd: float | None = None, vintage: dt.datetime | None = None) -> IngestSummary:
    """Ingest China customs platform downloads of one flow, read together (year-to-date downloads
    become months; see frontload.sources.gacc for the layout and what must be given)."""
    from .sources.gacc import load_gacc as _load

    return store.ingest(_load(paths, flow=flow, spans=spans, cny_per_usd=cny_per_usd, vintage=vintage))


def load_events_file(store: Store, path: str | Path) -> IngestSummary:
    """Add a user's own policy events (CSV: event_id, title, date; optional products, partners)."""
    import datetime as _dt

    from .model import LoadedDataset
    from .sources._common import events_table, sha256
    from .sources.policy_events import read_user_events

    p = Path(path)
    rows = read_user_events(p, f"user_events:{p.name}")
    return store.ingest(LoadedDataset(
        name=f"user_events:{p.name}", source="user", title=f"events from {p.name}", location=str(p.resolve()),
        sha256=sha256([p]), vintage=_dt.datetime.fromtimestamp(p.stat().st_mtime, tz=_dt.UTC),
        events=events_table(rows)))


def resolve_country(text: str) -> str:
    """ISO3 for a name or code; ``*`` (every reporter or partner, for ``get_series_by``) passes through."""
    from .codes import countries

    if text.strip() == "*":
        return "*"

    return countries.iso3(text)


def resolve_product(text: str) -> tuple[str, ...]:
    from .codes import baskets

    return baskets.resolve_product(text)


def make_query(
    reporter: str,
    partner: str = WORLD,
    product: str = "8542",
    *,
    flow: str = "M",
    freq: str = "M",
    start: str | dt.date | None = None,
    end: str | dt.date | None = None,
    source: str | None = None,
    as_of: str | dt.datetime | None = None,
) -> tuple[Query, tuple[str, ...]]:
    """Resolve names into a :class:`Query` and the product codes it sums."""
    flow = flow.upper()
    if flow not in FLOWS:
        raise QueryError(f"unknown flow {flow!r}", hint="use M (imports) or X (exports)")
    freq = freq.upper()
    if freq not in FREQS:
        raise QueryError(f"unknown frequency {freq!r}", hint="use M, Q or A")
    codes = resolve_product(product)
    as_of_dt: dt.datetime | None
    if isinstance(as_of, str):
        try:
            as_of_dt = dt.datetime.fromisoformat(as_of)
        except ValueError as exc:
            raise QueryError(f"cannot read --as-of {as_of!r}", hint="use YYYY-MM-DD") from exc
    else:
        as_of_dt = as_of
    if as_of_dt is not None and as_of_dt.tzinfo is None:
        as_of_dt = as_of_dt.replace(tzinfo=dt.UTC)
    q = Query(
        reporter=resolve_country(reporter),
        partner=resolve_country(partner),
        flow=flow,
        product=codes[0] if len(codes) == 1 else product,
        freq=freq,
        start=parse_period(start)[0] if start else None,
        end=_period_end(end) if end else None,
        source=source,
        as_of=as_of_dt,
    )
    return q, codes


def _period_end(text: str | dt.date) -> dt.date:
    """Last month start of a period given as YYYY, YYYY-MM or YYYYQn (inclusive end)."""
    from .model import add_months

    start, freq = parse_period(text)
    return add_months(start, FREQS[freq] - 1)


def get_series(
    store: Store,
    reporter: str,
    partner: str = WORLD,
    product: str = "8542",
    **kwargs: object,
) -> Series:
    """The series of one flow, e.g. ``get_series(store, "China", "USA", "8542")``."""
    from .store import query as _q

    q, codes = make_query(reporter, partner, product, **kwargs)  # type: ignore[arg-type]
    return _q.series(store, q, codes)


def get_series_by(
    store: Store,
    dim: str,
    values: Sequence[str] | None,
    reporter: str,
    partner: str = WORLD,
    product: str = "8542",
    **kwargs: object,
) -> dict[str, Series]:
    """One series per reporter, partner or product, in one query."""
    from .store import query as _q

    q, codes = make_query(reporter, partner, product, **kwargs)  # type: ignore[arg-type]
    if dim in ("reporter", "partner") and values is not None:
        values = [resolve_country(v) for v in values]
    return _q.series_by(store, q, dim, codes=codes, values=values)


def query_series(store: Store, q: Query, codes: Sequence[str] | None = None) -> Series:
    """The series for an already-resolved :class:`Query` (see :func:`make_query`)."""
    from .store import query as _q

    return _q.series(store, q, codes)
