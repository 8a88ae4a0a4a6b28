"""Compile an Ibis expression once per *shape*, then run it with new values: the fixed cost, cut.

Profiling one ``get_series`` call on the bundled store (pyinstrument, 2-core machine) showed
where its ~170 ms went: about 70 ms compiling the Ibis expression to SQL (Ibis' rewrites and
sqlglot), ~30 ms building the expression, ~6 ms reflecting the table schema, and only ~40 ms
in DuckDB itself. The expressions differ between calls only in their *values* (a product
code, a reporter, a date), so this module builds and compiles each expression shape once,
with :func:`ibis.param` scalar parameters, and reuses the SQL.

Ibis substitutes parameters as literals when it compiles, so the template is compiled with
a unique *sentinel* value per parameter; the sentinel's rendering as a literal of the
backend's dialect (the compiler's own ``visit_Literal``) marks where each value goes. Each
call renders its real values the same way and puts them in those places: the SQL is what
Ibis would have produced for those literals, for whichever backend compiled it (DuckDB or
Spark), and the engine's optimiser sees constants, as before. A template whose sentinel
does not appear exactly where expected is not cached (the plain compile runs instead), so
a change in Ibis can cost speed, never correctness.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:  # imported where used: the store's own SQL paths and the CLI never need Ibis
    import ibis.expr.datatypes as dtypes
    import ibis.expr.schema as sch
    import ibis.expr.types as ir
    import pyarrow as pa

Params = dict[str, "ir.Scalar"]
"""Named scalar parameters of one template, as :func:`ibis.param` made them."""

Builder = Callable[[Params], "ir.Table"]


@dataclass(frozen=True)
class Template:
    """SQL for one expression shape with marked value slots, and the result schema."""

    sql: str
    slots: tuple[tuple[str, str], ...]  # (sentinel literal as SQL, parameter name)
    dtypes: Mapping[str, dtypes.DataType]
    schema: sch.Schema

    def render(self, backend: Any, values: Mapping[str, Any]) -> str:
        """The SQL with ``values`` (one per parameter) in place of the sentinels."""
        names = dict(self.slots)
        rendered = {s: literal_sql(backend, values[n], self.dtypes[n]) for s, n in names.items()}
        # One pass, so a value that happens to contain another sentinel's text stays as it is.
        pattern = re.compile("|".join(re.escape(s) for s in sorted(names, key=len, reverse=True)))
        return pattern.sub(lambda m: rendered[m.group(0)], self.sql) if names else self.sql


ENABLED = True
"""False turns templates off (every call builds and compiles, as before): for the side-by-side benchmark."""

MAX_TEMPLATES = 512
"""Templates kept per process (the key holds the table read, so one per registered table too)."""

_LOCK = threading.Lock()
_CACHE: dict[Hashable, Template | None] = {}


def literal_sql(backend: Any, value: Any, dtype: dtypes.DataType) -> str:
    """``value`` as a literal of ``backend``'s SQL dialect, exactly as its Ibis compiler writes one."""
    import ibis.expr.operations as ops

    compiler = backend.compiler
    aware = isinstance(value, dt.datetime) and value.tzinfo is not None
    if aware and dtype.is_timestamp() and dtype.timezone:
        # The literal carries the type's zone: write the same instant in that zone, not the same clock.
        value = value.astimezone(ZoneInfo(dtype.timezone))
    node = compiler.visit_Literal(ops.Literal(value, dtype), value=value, dtype=dtype)
    return str(node.sql(compiler.dialect))


def _sentinel(i: int, dtype: dtypes.DataType) -> Any:
    """A value no real query uses, distinct per slot, of the parameter's type."""
    if dtype.is_string():
        return f"\x1ffrontload_param_{i}\x1f"
    if dtype.is_date():
        return dt.date(1111, 1 + i % 12, 1 + i // 12)
    if dtype.is_timestamp():
        return dt.datetime(1111, 1, 1, 0, 0, i, tzinfo=dt.UTC if dtype.timezone else None)
    if dtype.is_integer():
        return 987_654_321 + i
    raise TypeError(f"no sentinel for parameters of type {dtype}")


def _compile(backend: Any, build: Builder, kinds: Mapping[str, str]) -> Template | None:
    import ibis

    params: Params = {name: ibis.param(kind) for name, kind in kinds.items()}
    expr = build(params)
    types = {name: p.type() for name, p in params.items()}
    sentinels = {name: _sentinel(i, types[name]) for i, name in enumerate(params)}
    sql = str(backend.compile(expr, params={params[n]: v for n, v in sentinels.items()}))
    slots: list[tuple[str, str]] = []
    for name, value in sentinels.items():
        text = literal_sql(backend, value, types[name])
        if sql.count(text) < 1 or any(text in other for other, _ in slots):
            return None  # the sentinel did not survive compilation as a literal: do not template
        slots.append((text, name))
    return Template(sql, tuple(slots), types, expr.schema())


def template(backend: Any, key: Hashable, build: Builder, kinds: Mapping[str, str]) -> Template | None:
    """The cached template for ``key`` (compiled on first use); None if this shape cannot be one.

    ``key`` must name everything about the expression except the parameter values (which
    filters are present, how many values an ``isin`` has, the table it reads); ``kinds``
    maps each parameter name to its Ibis type (``"string"``, ``"date"``, ``"timestamp('UTC')"``).
    """
    full = (backend.name, key)
    with _LOCK:
        if full in _CACHE:
            return _CACHE[full]
    tpl = _compile(backend, build, kinds)
    with _LOCK:
        while len(_CACHE) >= MAX_TEMPLATES:  # oldest first: shapes are few, tables may be many
            del _CACHE[next(iter(_CACHE))]
        _CACHE[full] = tpl
    return tpl


def run_duckdb(backend: Any, tpl: Template, values: Mapping[str, Any]) -> pa.Table:
    """Run ``tpl`` with ``values`` on an Ibis DuckDB backend: the Arrow table ``to_pyarrow`` returns."""
    from ibis.backends.duckdb.converter import DuckDBPyArrowData

    table = backend.con.sql(tpl.render(backend, values)).to_arrow_table()
    out: pa.Table = DuckDBPyArrowData.convert_table(table, tpl.schema)
    return out


def to_arrow(backend: Any, key: Hashable, build: Builder, values: Mapping[str, tuple[str, Any]]) -> pa.Table:
    """Run the expression ``build`` makes, through its cached template where the backend allows.

    ``values`` maps each parameter name to ``(ibis type, value)``; a None value leaves the
    parameter out (and out of the shape), so ``build`` sees only the parameters given
    (``params.get(name)`` is None for the others). Not DuckDB (or no template): Ibis
    compiles the expression with the values bound, as it always did.
    """
    import ibis

    given = {n: kv for n, kv in values.items() if kv[1] is not None}
    kinds = {n: k for n, (k, _) in given.items()}
    vals = {n: v for n, (_, v) in given.items()}
    use = ENABLED and backend.name == "duckdb"
    tpl = template(backend, (key, tuple(sorted(kinds.items()))), build, kinds) if use else None
    if tpl is not None:
        return run_duckdb(backend, tpl, vals)
    params: Params = {n: ibis.param(k) for n, k in kinds.items()}
    out: pa.Table = build(params).to_pyarrow(params={params[n]: vals[n] for n in kinds})
    return out


def clear() -> None:
    """Forget every compiled template (tests; after an Ibis upgrade in a long-lived process)."""
    with _LOCK:
        _CACHE.clear()
