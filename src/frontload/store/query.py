"""The query layer: store rows → :class:`~frontload.stats.series.Series`.

Relational steps are Ibis expressions (functions from table to table), so the
same code can later run on another Ibis backend (Spark). What happens here:

1. :func:`latest` keeps the version of each value in force ``as_of`` a date.
2. :func:`select_flow` filters one flow and one product *prefix*.
3. :func:`coarsest_level` keeps, per source and period, only the rows at the
   coarsest product level present, so a parent row and its children are never
   summed together (an explicit 8542 total wins over 854231 + 854232 + …).
4. :func:`aggregate` sums to one value per (source, period, span) and keeps the
   fetch ids, row counts and quantities needed for provenance and unit values.

Then, in Python, each point is checked against the *scope* of the fetches it
came from: a fetch that asked only for 854231 and 854232 cannot give a total for
8542, so such points are dropped with a note instead of printed as a total.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import NoDataError, QueryError
from ..model import OBS_KEY, FlowKey, Query
from ..stats.series import Point, Series
from . import prepared
from .store import Store

if TYPE_CHECKING:  # Ibis is imported where an expression is built: the hand-written SQL paths need none
    import ibis.expr.types as ir

# When a flow is available from several sources and none is asked for, prefer the
# official national/international compilations in this order.
SOURCE_PRIORITY = ("comtrade", "census", "twcustoms", "gacc")


def latest(obs: ir.Table, as_of: dt.datetime | None = None) -> ir.Table:
    """The version of each key in force at ``as_of`` (default: the newest)."""
    import ibis

    t = obs if as_of is None else obs.filter(obs.vintage <= as_of)
    w = ibis.window(group_by=[t[k] for k in OBS_KEY], order_by=ibis.desc(t.vintage))
    return t.mutate(_rn=ibis.row_number().over(w)).filter(lambda x: x._rn == 0).drop("_rn")


def select_flow(
    t: ir.Table,
    *,
    code: str,
    reporter: str | Sequence[str] | None = None,
    partner: str | Sequence[str] | None = None,
    flow: str | None = None,
    source: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> ir.Table:
    """Rows of one flow whose product code starts with ``code``; None means any."""
    import ibis.expr.types as ir

    preds = [t["product"].startswith(code)]
    for col, val in (("reporter", reporter), ("partner", partner)):
        if isinstance(val, (str, ir.Value)):  # one value (or one ibis.param)
            preds.append(t[col] == val)
        elif val is not None:
            preds.append(t[col].isin(list(val)))
    if flow is not None:
        preds.append(t.flow == flow)
    if source is not None:
        preds.append(t.source == source)
    if start is not None:
        preds.append(t.period >= start)
    if end is not None:
        preds.append(t.period <= end)
    return t.filter(preds)


_GROUP = ("source", "reporter", "partner", "flow", "period", "freq", "months")


def coarsest_level(t: ir.Table, extra: Sequence[str] = ()) -> ir.Table:
    """Keep only rows at the coarsest product level within each source/flow/period group."""
    import ibis

    group = [*_GROUP, *extra]
    w = ibis.window(group_by=[t[c] for c in group])
    return t.mutate(_min_level=t.level.min().over(w)).filter(
        lambda x: x.level == x._min_level
    ).drop("_min_level")


def aggregate(t: ir.Table, extra: Sequence[str] = ()) -> ir.Table:
    """One value per source/flow/period, with what provenance and unit values need."""
    return t.group_by([*_GROUP, *extra]).aggregate(
        value=t.value_usd.sum(),
        rows=t.count(),
        qty=t.qty.sum(),
        qty_rows=t.qty.count(),
        qty_units=t.qty_unit.nunique(),
        qty_unit=t.qty_unit.max(),
        vintage=t.vintage.max(),
        fetch_ids=t.fetch_id.collect(distinct=True),
        products=t["product"].collect(distinct=True),
    )


DIRECT = True
"""False sends the series path (:func:`_fetch_frame`), :func:`reported_figures`, :func:`events_between`,
:func:`event_by_id` and the light web answers' :func:`available` (menus), :func:`child_codes` and
:func:`vintages` through their Ibis expressions instead of their hand-written DuckDB SQL: for the
side-by-side benchmarks (``benchmarks.query_cost``, ``benchmarks.startup``) and the parity tests.
(The light paths need no Ibis backend at all: making one costs each thread 8.6 ms of CPU on each
new snapshot of a server, and ``vintages`` compiled its expression on every call, ~10 ms.)"""

# Aggregates DuckDB runs cheaply: the vintage comes back as epoch microseconds and the unit, fetch-id
# and product lists as text joined by the unit separator (U+001F, in no code, id or unit), turned
# into the same datetimes, counts and distinct lists in Python through a cache (:class:`_Decoded`):
# a few distinct values repeat over thousands of rows. DISTINCT aggregates cost DuckDB a hash table
# each, ``list_distinct(array_agg(…))`` a list per group, and its conversion of aware timestamps and
# lists per row was a quarter of the brief's query time (its six series queries: 83 ms of CPU for
# DuckDB's conversion alone, 66 ms with the rows built so; string_agg instead of array_agg saves
# another 2 ms of the 15 of the largest). NULLs are skipped as list_distinct and count(DISTINCT) do
# (fetch_id and product are never NULL: the store refuses such rows).
_SEP = "\x1f"
_AGG_COLUMNS = (
    "sum(value_usd) AS value, count(*) AS rows, sum(qty) AS qty, count(qty) AS qty_rows,"
    " string_agg(qty_unit, chr(31)) AS qty_units, max(qty_unit) AS qty_unit,"
    " epoch_us(max(vintage)) AS vintage, string_agg(fetch_id, chr(31)) AS fetch_ids,"
    " string_agg(product, chr(31)) AS products"
)
_AGG_NAMES = "value, rows, qty, qty_rows, qty_units, qty_unit, vintage, fetch_ids, products"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=zoneinfo.ZoneInfo("UTC"))  # the tzinfo DuckDB gives a TIMESTAMPTZ


class _Decoded(dict[Any, Any]):
    """Memo of one column's conversion: ``decoded[raw]`` converts ``raw`` once per distinct value."""

    def __init__(self, convert: Callable[[Any], Any], null: Any = None) -> None:
        super().__init__()
        self.convert = convert
        self.null = null

    def __missing__(self, raw: Any) -> Any:
        value = self[raw] = self.null if raw is None else self.convert(raw)
        return value


def _distinct(text: str) -> list[str]:
    return list(dict.fromkeys(text.split(_SEP)))


_SQL_CACHE: dict[tuple[Any, ...], str] = {}


def _direct_sql(filters: tuple[str, ...], members: dict[str, int | None], extra: Sequence[str]) -> str:
    """:func:`latest` → :func:`select_flow` → :func:`coarsest_level` → :func:`aggregate` as one flat
    DuckDB query, filters first, for every code of ``$codes`` at once.

    Every filter is on a column of the version key, so filtering before the newest-version window
    (rather than after it, as the Ibis expression is written) keeps the same rows, and DuckDB scans
    only the flow asked for instead of ranking every version of every row; a flat ``QUALIFY`` plans
    in a fraction of the time of Ibis' seven nested subqueries. Values are bound parameters.

    The codes are joined to the rows they prefix and ``code`` leads every window and the grouping,
    so each code gets exactly the rows its own query would (a row under two overlapping codes is
    counted once for each): one scan and one plan instead of one per code, which for the brief's
    three-code sections cost about 35 ms of CPU against 24 (benchmarks/RESULTS.md).

    :func:`coarsest_level` is an aggregate per level and a semi-join to each group's coarsest one
    rather than a ``min(level)`` window over the rows: the same rows summed, in 11.6 ms instead of
    14.2 for the brief's largest query (2,231 groups).
    """
    where = []
    for col in ("reporter", "partner"):
        n = members[col]
        if n is not None:
            where.append(f"{col} IN ({', '.join(f'${col}{i}' for i in range(n))})" if n else "false")
    ops_ = {"flow": "flow = $flow", "source": "source = $source", "start": "period >= $start",
            "end": "period <= $end", "as_of": "vintage <= $as_of"}
    where += [ops_[f] for f in filters]
    group = ", ".join(["code", *_GROUP, *extra])
    key = ", ".join(["code", *OBS_KEY])
    return (
        "WITH k AS (SELECT unnest($codes::VARCHAR[]) AS code),"
        " v AS (SELECT o.*, k.code FROM observations o JOIN k ON starts_with(o.product, k.code)"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + f" QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY vintage DESC) = 1),"
        f" g AS (SELECT {group}, level, {_AGG_COLUMNS} FROM v GROUP BY {group}, level)"
        f" SELECT {', '.join([*_GROUP, *extra])}, {_AGG_NAMES}, code FROM g"
        f" SEMI JOIN (SELECT {group}, min(level) AS level FROM g GROUP BY ALL) USING ({group}, level)"
    )


def _fetch_direct(
    store: Store, codes: Iterable[str], values: dict[str, Any], members: dict[str, list[str] | None],
    extra: Sequence[str],
) -> list[dict[str, Any]]:
    filters = tuple(k for k in ("flow", "source", "start", "end", "as_of") if values[k] is not None)
    sizes = {c: None if m is None else len(m) for c, m in members.items()}
    shape = (filters, tuple(sorted(sizes.items())), tuple(extra))
    sql = _SQL_CACHE.get(shape)
    if sql is None:
        sql = _SQL_CACHE[shape] = _direct_sql(filters, sizes, extra)
    params: dict[str, Any] = {k: values[k] for k in filters}
    for col, m in members.items():
        params.update({f"{col}{i}": v for i, v in enumerate(m or [])})
    # Each code once (its rows twice would change nothing: they are keyed by code), and the rows in
    # the order of the codes, as one query per code returned them: notes and sums follow that order.
    unique = list(dict.fromkeys(codes))
    if not unique:
        return []
    rank = {c: i for i, c in enumerate(unique)}
    out = _rows(store, sql, {**params, "codes": unique}, {
        "vintage": _Decoded(lambda us: _EPOCH + dt.timedelta(microseconds=us)),
        "qty_units": _Decoded(lambda text: len(set(text.split(_SEP))), null=0),
        "fetch_ids": _Decoded(_distinct, null=[]), "products": _Decoded(_distinct, null=[])})
    out.sort(key=lambda r: rank[r["code"]])
    return out


def _rows(
    store: Store, sql: str, params: dict[str, Any], decode: dict[str, _Decoded] | None = None
) -> list[dict[str, Any]]:
    """The rows of one DuckDB query as dicts, as ``to_pyarrow().to_pylist()`` would give them, with
    the columns named in ``decode`` converted through their memo."""
    cur = store.con.execute(sql, params)
    names = [d[0] for d in cur.description]
    # strict=False: a DuckDB row has one value per described column, and zip's strict check made
    # building the brief's 7,000 rows cost 9.1 ms instead of 5.6
    out = [dict(zip(names, row, strict=False)) for row in cur.fetchall()]
    for name, memo in (decode or {}).items():
        for r in out:
            r[name] = memo[r[name]]
    return out


def _latest_direct(
    store: Store, table: str, key: str, as_of: dt.datetime | None, filters: dict[str, Any], *,
    order: str, dated: bool = False, between: tuple[dt.date | None, dt.date | None] = (None, None),
) -> list[dict[str, Any]]:
    """:func:`_latest_versions` (and :func:`_dated_events`), filtered and ordered, as DuckDB SQL.

    Here the filters are on values, not on the version key: a figure whose newest version moved
    to another reporter must not be found by its old one, so they apply *after* the newest
    version is chosen, as in the Ibis expression.
    """
    params: dict[str, Any] = {k: v for k, v in filters.items() if v is not None}
    where = [f"{k} = ${k}" for k in params]
    if as_of is not None:
        params["as_of"] = as_of
    for name, op, value in (("start", ">=", between[0]), ("end", "<=", between[1])):
        if value is not None:
            params[name] = value
            where.append(f"date {op} ${name}")
    date = ", coalesce(date_effective, date_announced, date_published) AS date" if dated else ""
    sql = (
        f"SELECT * FROM (SELECT *{date} FROM {table}"
        + (" WHERE vintage <= $as_of" if as_of is not None else "")
        + f" QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY vintage DESC) = 1)"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + f" ORDER BY {order}"
    )
    return _rows(store, sql, params)


def _fetch_frame(
    store: Store,
    codes: Iterable[str],
    *,
    reporter: str | Sequence[str] | None,
    partner: str | Sequence[str] | None,
    flow: str | None,
    source: str | None,
    start: dt.date | None,
    end: dt.date | None,
    as_of: dt.datetime | None,
    extra: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """The aggregated rows of each code, through one compiled template per query shape.

    Building and compiling the Ibis expression cost more than running it (see
    :mod:`frontload.store.prepared`), so the expression is written once with
    :func:`ibis.param` values and its SQL reused for every code and every call of the
    same shape (which filters are given, how many reporters or partners). On the store's own
    DuckDB connection the same rows come from hand-written SQL instead (:func:`_direct_sql`), which
    needs no Ibis at all: a CLI process neither imports nor compiles it.
    """
    if DIRECT:
        chosen = {col: [val] if isinstance(val, str) else (None if val is None else list(val))
                   for col, val in (("reporter", reporter), ("partner", partner))}
        return _fetch_direct(store, codes, {"flow": flow, "source": source, "start": start, "end": end,
                                            "as_of": as_of}, chosen, extra)
    values: dict[str, tuple[str, Any]] = {
        "code": ("string", ""), "flow": ("string", flow), "source": ("string", source),
        "start": ("date", start), "end": ("date", end), "as_of": ("timestamp('UTC')", as_of),
    }
    shape: dict[str, tuple[bool, int] | None] = {}
    for col, val in (("reporter", reporter), ("partner", partner)):
        members = [val] if isinstance(val, str) else (None if val is None else list(val))
        shape[col] = None if members is None else (isinstance(val, str), len(members))
        values.update({f"{col}{i}": ("string", m) for i, m in enumerate(members or [])})

    def member(p: prepared.Params, col: str) -> Any:
        got = shape[col]
        if got is None:
            return None
        many = [p[f"{col}{i}"] for i in range(got[1])]
        return many[0] if got[0] else many

    def build(p: prepared.Params) -> ir.Table:
        obs = latest(store.table("observations"), p.get("as_of"))
        t = select_flow(
            obs, code=p["code"], reporter=member(p, "reporter"), partner=member(p, "partner"),
            flow=p.get("flow"), source=p.get("source"), start=p.get("start"), end=p.get("end"),
        )
        return aggregate(coarsest_level(t, extra), extra).mutate(code=p["code"])

    key = ("fetch_frame", tuple(sorted(shape.items())), tuple(extra))
    out: list[dict[str, Any]] = []
    for code in codes:
        values["code"] = ("string", code)
        out.extend(prepared.to_arrow(store.ibis, key, build, values).to_pylist())
    return out


def series(store: Store, q: Query, codes: Sequence[str] | None = None) -> Series:
    """The series for one flow. ``codes`` (default: ``(q.product,)``) are summed (a basket).

    On a snapshot (``store.shared``) each flow's series is read once and every caller gets its own
    copy of it (callers add provenance and notes to theirs)."""
    if store.shared is None:
        return _series(store, q, codes)
    s: Series = store.shared.get(("series", q, tuple(codes or ())), lambda: _series(store, q, codes))
    return dataclasses.replace(s, provenance=dict(s.provenance), notes=list(s.notes))


def _series(store: Store, q: Query, codes: Sequence[str] | None = None) -> Series:
    found = series_by(store, q, "reporter", codes=codes, values=[q.reporter])
    s = found.get(q.reporter)
    if s is None or not s.points:
        notes = s.notes if s is not None else []
        raise NoDataError(
            f"no data in the store for {q.key.label()}"
            + (f" from source {q.source}" if q.source else "")
            + (f" ({'; '.join(notes)})" if notes else ""),
            hint="see what is loaded with `frontload datasets`; load more with `frontload load FILE`",
        )
    return s


def series_by(
    store: Store,
    q: Query,
    dim: str,
    *,
    codes: Sequence[str] | None = None,
    values: Sequence[str] | None = None,
) -> dict[str, Series]:
    """One series per value of ``dim`` (reporter, partner or product) in a single query.

    The other two dimensions are fixed by ``q``. With ``dim="product"`` the
    children are the codes in ``values`` (each treated as its own prefix).
    """
    codes = tuple(codes or (q.product,))
    filt: dict[str, Any] = {"reporter": q.reporter, "partner": q.partner}
    if dim in filt:
        filt[dim] = list(values) if values is not None else None
    if dim == "product":
        codes = tuple(values or ())
    rows = _fetch_frame(
        store, codes, flow=q.flow, source=q.source, start=q.start, end=q.end, as_of=q.as_of,
        **filt,
    )
    return _series_of_rows(store, q, dim, codes, rows)


def series_by_each(store: Store, q: Query, dim: str, each: Sequence[str]) -> dict[str, dict[str, Series]]:
    """``series_by(store, replace(q, product=code), dim)`` for every code of ``each``, in one query.

    For a report that shows several products one after the other (the brief's US section): their
    rows come from one scan instead of one per product. ``dim`` is reporter or partner.
    """
    if dim not in ("reporter", "partner"):
        raise QueryError(f"series_by_each splits by reporter or partner, not {dim!r}")
    filt: dict[str, Any] = {"reporter": q.reporter, "partner": q.partner, dim: None}
    rows = _fetch_frame(
        store, each, flow=q.flow, source=q.source, start=q.start, end=q.end, as_of=q.as_of, **filt,
    )
    by_code: dict[str, list[dict[str, Any]]] = {code: [] for code in each}
    for r in rows:
        by_code[r["code"]].append(r)
    return {code: _series_of_rows(store, dataclasses.replace(q, product=code), dim, (code,), got)
            for code, got in by_code.items()}


def series_by_partner_each(
    store: Store, keys: Sequence[tuple[str, str, str]], *, source: str, freq: str = "M"
) -> dict[tuple[str, str, str], dict[str, Series]]:
    """``series_by(store, Query(reporter, "*", flow, product, freq=freq, source=source), "partner")`` for
    every ``(reporter, flow, product)`` of ``keys``, in one query.

    The reporter, the flow and the code lead every partition of the series query (the version key,
    the level groups, the aggregate), so the rows of one key are those its own query returns; the
    query asks for the union of the keys' reporters, flows and codes, and rows of a combination not in
    ``keys`` are left out. The screen's 24 monthly Comtrade flows: one scan instead of 24 queries
    (about 6 ms of DuckDB each, most of the screen ranking's time).
    """
    wanted = list(dict.fromkeys(keys))
    if not wanted:
        return {}
    reporters = sorted({k[0] for k in wanted})
    flows = {k[1] for k in wanted}
    codes = list(dict.fromkeys(k[2] for k in wanted))
    rows = _fetch_frame(store, codes, reporter=reporters, partner=None,
                        flow=next(iter(flows)) if len(flows) == 1 else None, source=source, start=None,
                        end=None, as_of=None)
    by_key: dict[tuple[str, str, str], list[dict[str, Any]]] = {k: [] for k in wanted}
    for r in rows:
        got = by_key.get((r["reporter"], r["flow"], r["code"]))
        if got is not None:
            got.append(r)
    return {(rep, flow, prod): _series_of_rows(store, Query(rep, "*", flow, prod, freq=freq, source=source),
                                               "partner", (prod,), got)
            for (rep, flow, prod), got in by_key.items()}


def series_by_source(
    store: Store, q: Query, dim: str, sources: Sequence[str]
) -> dict[str, dict[str, Series]]:
    """``series_by(store, replace(q, source=s), dim)`` for every source ``s`` of ``sources``, in one
    query (``q.source`` is not used).

    The source leads every partition of the series query (the version key, the level groups, the
    aggregate), so the rows of one source are those its own query returns: for the brief's
    exporters, Comtrade's reporters and Taiwan's own customs come from one scan (19.4 ms of CPU
    against 24.7 ms for the two queries).
    """
    codes = (q.product,)
    filt: dict[str, Any] = {"reporter": q.reporter, "partner": q.partner}
    if dim in filt:
        filt[dim] = None
    rows = _fetch_frame(store, codes, flow=q.flow, source=None, start=q.start, end=q.end, as_of=q.as_of,
                        **filt)
    return {src: _series_of_rows(store, dataclasses.replace(q, source=src), dim, codes,
                                 [r for r in rows if r["source"] == src]) for src in sources}


def _series_of_rows(
    store: Store, q: Query, dim: str, codes: tuple[str, ...], rows: list[dict[str, Any]]
) -> dict[str, Series]:
    """The series of :func:`series_by` from its aggregated rows."""
    fetches = store.fetches()
    memo: dict[Any, Any] = {}  # per fetch: coverage of a code, provenance (see _build_series)
    # group rows by member of dim and source
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for r in rows:
        member = r["code"] if dim == "product" else r[dim]
        grouped.setdefault(member, {}).setdefault(r["source"], []).append(r)
    result: dict[str, Series] = {}
    for member, by_source in grouped.items():
        member_codes = (member,) if dim == "product" else codes
        key = FlowKey(
            member if dim == "reporter" else q.reporter,
            member if dim == "partner" else q.partner,
            q.flow,
            member if dim == "product" else (q.product if len(codes) == 1 else "+".join(codes)),
        )
        # The highest-priority source that yields a complete series; a source whose rows only
        # cover part of the product (scope check) gives way to the next, with its note kept.
        order = [q.source] if q.source else _sources_by_priority(by_source)
        skipped: list[str] = []
        for chosen in order:
            built = _build_series(key, chosen, by_source[chosen], member_codes, fetches, memo)
            if built.points or chosen == order[-1]:
                break
            skipped += [f"{chosen}: {n}" for n in built.notes]
        built.notes[:0] = skipped
        result[member] = built
        others = sorted(set(by_source) - {chosen})
        if others:
            result[member].notes.append(
                f"also available from {', '.join(others)} (choose one with the source option)"
            )
    return result


def _sources_by_priority(by_source: dict[str, list[dict[str, Any]]]) -> list[str]:
    def rank(src: str) -> tuple[int, int]:
        prio = SOURCE_PRIORITY.index(src) if src in SOURCE_PRIORITY else len(SOURCE_PRIORITY)
        return (prio, -len(by_source[src]))

    return sorted(by_source, key=rank)


def _build_series(
    key: FlowKey,
    source: str,
    rows: list[dict[str, Any]],
    codes: Sequence[str],
    fetches: dict[str, Any],
    memo: dict[Any, Any] | None = None,
) -> Series:
    """Combine per-code rows into points, dropping partial ones with a note.

    ``memo`` (one per query, shared by the series built from its rows) keeps what depends on a fetch
    only: whether it covers a code and its provenance. The brief builds 365 series from 7,000 rows,
    and asking each row's fetches again was a third of the 42 ms this took.
    """
    memo = {} if memo is None else memo
    notes: list[str] = []
    by_period: dict[tuple[dt.date, int], dict[str, dict[str, Any]]] = {}
    for r in rows:
        code = r["code"]
        uncovered = []
        for f in r["fetch_ids"]:
            bad = memo.get((f, code))
            if bad is None:
                bad = memo[(f, code)] = f in fetches and not fetches[f].covers(code)
            if bad:
                uncovered.append(f)
        if uncovered:
            scope = sorted({s for f in uncovered for s in fetches[f].scope_products})
            msg = (
                f"{code}: the data hold only {', '.join(sorted(r['products']))} "
                f"(fetched for {', '.join(scope)}), not a total for {code}"
            )
            if msg not in notes:
                notes.append(msg)
            continue
        by_period.setdefault((r["period"], r["months"]), {})[code] = r
    points, incomplete = _points(by_period, codes)
    if incomplete:
        notes.append(
            f"{incomplete} period(s) dropped: not every code of {'+'.join(codes)} was reported"
        )
    freq = "M"
    if points:
        spans = {p.months for p in points}
        freq = "M" if min(spans) <= 2 else ("Q" if min(spans) == 3 else "A")
    used = {f for p in points for f in p.fetch_ids}
    products = tuple(sorted({c for r in rows for c in r["products"]}))
    provenance = {}
    for f in used:
        if f in fetches:
            prov = memo.get(f)
            if prov is None:
                prov = memo[f] = fetches[f].as_provenance()
            provenance[f] = prov
    return Series(
        key=key,
        source=source,
        freq=freq,
        points=tuple(points),
        products=products,
        provenance=provenance,
        notes=notes,
    )


def _points(
    by_period: dict[tuple[dt.date, int], dict[str, dict[str, Any]]], codes: Sequence[str]
) -> tuple[list[Point], int]:
    """The points of :func:`_build_series` in period order, and how many periods lacked a code."""
    points: list[Point] = []
    incomplete = 0
    single = codes[0] if len(codes) == 1 else None
    for (period, months), per_code in sorted(by_period.items()):
        if single is not None:  # one row per point (365 of the brief's series): no sums to build
            p = per_code[single]
            qty_ok = p["qty_rows"] == p["rows"] and p["qty_units"] == 1
            ids = p["fetch_ids"]
            points.append(Point.of(
                period, int(months), float(p["value"] + 0),  # + 0: sum()'s -0.0 → 0.0
                tuple(ids) if len(ids) == 1 else tuple(sorted(set(ids))), int(p["rows"]),
                float(p["qty"] + 0) if qty_ok else None, p["qty_unit"] if qty_ok else None, p["vintage"],
            ))
            continue
        if len(per_code) < len(codes):
            incomplete += 1
            continue
        parts = [per_code[c] for c in codes]  # in the codes' order: the sum is the same to the last bit
        units = {p["qty_unit"] for p in parts}
        qty_ok = all(p["qty_rows"] == p["rows"] and p["qty_units"] == 1 for p in parts) and len(
            units) == 1
        points.append(
            Point(
                period=period,
                months=int(months),
                value=float(sum(p["value"] for p in parts)),
                fetch_ids=tuple(sorted({f for p in parts for f in p["fetch_ids"]})),
                rows=int(sum(p["rows"] for p in parts)),
                qty=float(sum(p["qty"] for p in parts)) if qty_ok else None,
                qty_unit=units.pop() if qty_ok else None,
                vintage=max(p["vintage"] for p in parts),
            )
        )
    return points, incomplete


def available(store: Store, dim: str, **filters: str) -> list[str]:
    """Distinct values of ``dim`` among rows matching the equality filters (for menus and help)."""
    if DIRECT:
        _columns_known(dim, *filters)
        where = " AND ".join(f"{k} = ${k}" for k in filters)
        sql = f"SELECT DISTINCT {dim} FROM observations" + (f" WHERE {where}" if where else "")
        return sorted(r[0] for r in store.con.execute(sql, dict(filters)).fetchall())

    def build(p: prepared.Params) -> ir.Table:
        t = store.table("observations")
        preds = [t[k] == v for k, v in p.items()]
        return (t.filter(preds) if preds else t).select(dim).distinct()

    values = {k: ("string", v) for k, v in filters.items()}
    return sorted(prepared.to_arrow(store.ibis, ("available", dim), build, values).column(0).to_pylist())


_COLUMNS = frozenset({"source", "reporter", "partner", "flow", "product", "freq", "months", "level"})


def _columns_known(*names: str) -> None:
    """Names written into hand-made SQL are the observations' own columns, never anything else."""
    unknown = [n for n in names if n not in _COLUMNS]
    if unknown:
        raise QueryError(f"not a column of the observations: {', '.join(unknown)}")


def child_codes(store: Store, q: Query) -> list[str]:
    """Product codes one HS level below ``q.product`` that the store holds for this flow.

    HS levels go 2 → 4 → 6 → national lines; the next level is the shortest code
    length in the data longer than the parent's.
    """
    values = {"code": ("string", q.product), "reporter": ("string", q.reporter),
              "partner": ("string", q.partner), "flow": ("string", q.flow), "source": ("string", q.source)}
    if DIRECT:
        given = {k: v for k, (_, v) in values.items() if v is not None and k != "code"}
        below = ("FROM observations WHERE starts_with(product, $code)"
                 + "".join(f" AND {k} = ${k}" for k in given) + f" AND level > {len(q.product):d}")
        params = {**given, "code": q.product}
        levels = [r[0] for r in store.con.execute(f"SELECT DISTINCT level {below}", params).fetchall()]
        if not levels:
            return []
        nxt = len(q.product) + 2 if len(q.product) < 6 else min(int(x) for x in levels)
        sql = f"SELECT DISTINCT substring(product, 1, {nxt:d}) AS prefix {below}"
        return sorted(r[0] for r in store.con.execute(sql, params).fetchall())

    def below_expr(p: prepared.Params) -> ir.Table:
        t = select_flow(
            store.table("observations"), code=p["code"], reporter=p.get("reporter"),
            partner=p.get("partner"), flow=p.get("flow"), source=p.get("source"),
        )
        return t.filter(t.level > len(q.product))

    key = ("child_levels", len(q.product))
    got = prepared.to_arrow(store.ibis, key, lambda p: below_expr(p).select("level").distinct(), values)
    levels = got.column(0).to_pylist()
    if not levels:
        return []
    nxt = len(q.product) + 2 if len(q.product) < 6 else min(int(x) for x in levels)

    def prefixes(p: prepared.Params) -> ir.Table:
        t = below_expr(p)
        return t.select(prefix=t["product"].substr(0, nxt)).distinct()

    codes = prepared.to_arrow(store.ibis, ("child_codes", len(q.product), nxt), prefixes, values)
    return sorted(codes.column(0).to_pylist())


def _latest_versions(store: Store, table: str, key: str, as_of: dt.datetime | None) -> ir.Table:
    import ibis

    t = store.table(table)
    if as_of is not None:
        t = t.filter(t.vintage <= as_of)
    w = ibis.window(group_by=t[key], order_by=ibis.desc(t.vintage))
    return t.mutate(_rn=ibis.row_number().over(w)).filter(lambda x: x._rn == 0).drop("_rn")


def _dated_events(store: Store, as_of: dt.datetime | None) -> ir.Table:
    import ibis

    t = _latest_versions(store, "events", "event_id", as_of)
    return t.mutate(date=ibis.coalesce(t.date_effective, t.date_announced, t.date_published))


def event_by_id(store: Store, event_id: str, *, as_of: dt.datetime | None = None) -> dict[str, Any]:
    """One calendar event by id (with its ``date``); QueryError naming the id if there is none."""
    def build(p: prepared.Params) -> ir.Table:
        t = _dated_events(store, p.get("as_of"))
        return t.filter(t.event_id == p["event_id"])

    values = {"event_id": ("string", event_id), "as_of": ("timestamp('UTC')", as_of)}
    rows: list[dict[str, Any]] = (
        _latest_direct(store, "events", "event_id", as_of, {"event_id": event_id}, order="event_id",
                       dated=True)
        if DIRECT else prepared.to_arrow(store.ibis, "event_by_id", build, values).to_pylist()
    )
    if not rows:
        raise QueryError(f"no event with id {event_id!r} in the calendar",
                         hint="list them with `frontload events`, or give a month as YYYY-MM")
    return rows[0]


def reported_figures(
    store: Store,
    *,
    reporter: str | None = None,
    partner: str | None = None,
    product: str | None = None,
    measure: str | None = None,
    dataset: str | None = None,
    as_of: dt.datetime | None = None,
) -> list[dict[str, Any]]:
    """Figures quoted by official releases or the press (not flows), newest version of each."""
    cols = {"reporter": reporter, "partner": partner, "product": product, "measure": measure,
            "dataset": dataset}

    def build(p: prepared.Params) -> ir.Table:
        t = _latest_versions(store, "reported_figures", "figure_id", p.get("as_of"))
        preds = [t[col] == p[col] for col in cols if col in p]
        return (t.filter(preds) if preds else t).order_by(["period_start", "figure_id"])

    if DIRECT:
        return _latest_direct(store, "reported_figures", "figure_id", as_of, cols,
                              order="period_start, figure_id")
    values = {**{c: ("string", v) for c, v in cols.items()}, "as_of": ("timestamp('UTC')", as_of)}
    rows: list[dict[str, Any]] = prepared.to_arrow(store.ibis, "reported_figures", build, values).to_pylist()
    return rows


def events_between(
    store: Store,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    as_of: dt.datetime | None = None,
) -> list[dict[str, Any]]:
    """Policy events whose effective (else announced/published) date falls in [start, end]."""
    def build(p: prepared.Params) -> ir.Table:
        t = _dated_events(store, p.get("as_of"))
        preds = []
        if "start" in p:
            preds.append(t.date >= p["start"])
        if "end" in p:
            preds.append(t.date <= p["end"])
        return (t.filter(preds) if preds else t).order_by(["date", "event_id"])

    if DIRECT:
        return _latest_direct(store, "events", "event_id", as_of, {}, order="date, event_id", dated=True,
                              between=(start, end))
    values = {"start": ("date", start), "end": ("date", end), "as_of": ("timestamp('UTC')", as_of)}
    rows: list[dict[str, Any]] = prepared.to_arrow(store.ibis, "events_between", build, values).to_pylist()
    return rows


def vintages(store: Store, q: Query, codes: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Every stored version of the rows of one flow (all vintages, oldest first), with their fetch.

    What a revision changed: the same key appears once per vintage that changed it.
    """
    codes = tuple(codes or (q.product,))
    cols = ["source", "product", "period", "months", "value_usd", "vintage", "fetch_id"]
    if DIRECT:
        params: dict[str, Any] = {f"c{i}": c for i, c in enumerate(codes)}
        params |= {"reporter": q.reporter, "partner": q.partner, "flow": q.flow}
        where = [f"({' OR '.join(f'starts_with(product, $c{i})' for i in range(len(codes)))})",
                 "reporter = $reporter", "partner = $partner", "flow = $flow"]
        for name, op, value in (("source", "=", q.source or None), ("start", ">=", q.start),
                                ("end", "<=", q.end)):
            if value is not None:
                params[name] = value
                where.append(f"{'period' if name != 'source' else 'source'} {op} ${name}")
        sql = (f"SELECT source, product, period, months, value_usd, epoch_us(vintage) AS vintage, fetch_id"
               f" FROM observations WHERE {' AND '.join(where)}"
               " ORDER BY source, product, period, months, vintage")
        when = _Decoded(lambda us: _EPOCH + dt.timedelta(microseconds=us))
        return _rows(store, sql, params, {"vintage": when})

    import ibis

    t = store.table("observations")
    preds = [t["product"].isin(list(codes)) | ibis.or_(*[t["product"].startswith(c) for c in codes]),
             t["reporter"] == q.reporter, t["partner"] == q.partner, t["flow"] == q.flow]
    if q.source:
        preds.append(t["source"] == q.source)
    if q.start is not None:
        preds.append(t["period"] >= q.start)
    if q.end is not None:
        preds.append(t["period"] <= q.end)
    rows: list[dict[str, Any]] = (
        t.filter(preds).select(cols).order_by(["source", "product", "period", "months", "vintage"])
        .to_pyarrow().to_pylist()
    )
    return rows
