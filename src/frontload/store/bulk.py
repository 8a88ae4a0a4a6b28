"""Bulk features of every series at once: written once as Ibis, run on DuckDB or Spark.

The per-series path (:mod:`frontload.store.query`) builds one
:class:`~frontload.stats.series.Series` at a time with its provenance. At world
scale (every reporter × partner × HS6 × month) the relational work has to stay in
the engine, so this module expresses it as table → table functions that any Ibis
backend runs:

* :func:`monthly_panel`: the value in force (latest vintage) of every monthly
  series point, with its month index ``m`` (year × 12 + month − 1);
* :func:`headline_at`: per series, the month, the same month a year earlier,
  year to date and its prior-year span, and rolling twelve months, each with the
  count of months it summed (conditional aggregation, one pass);
* :func:`history`: per series and month, year-on-year base (self-join twelve
  months back, correct across gaps) and year to date (cumulative window);
* :func:`partner_shares`: each partner's share of the partner total (window sum);
* :func:`screen_panel`: the complete series over a screen window, long format.

What comes back is Arrow; the arithmetic that defines a statistic (growth from
a positive base only, a YTD only when every month is present) runs in NumPy in
:func:`headline_arrays`, the same for every engine. The conventions are those of
:mod:`frontload.stats.headline`, which the parity tests check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import ibis
import ibis.expr.types as ir
import numpy as np
import pyarrow as pa

from ..model import from_month_index, month_index
from . import prepared
from .engine import Engine

SERIES: tuple[str, ...] = ("source", "reporter", "partner", "flow", "product")
"""The columns that name one monthly series (one source's view of one flow)."""

_VERSION_KEY = (*SERIES, "period")


@ibis.udf.agg.builtin(name="max_by")
def _max_by(value: float, by: dt.datetime) -> float:  # type: ignore[empty-body]
    """``max_by(value, by)``: the value at the largest ``by``, native on DuckDB and Spark alike.

    Ibis compiles ``argmax`` for DuckDB to an ordered ``first(value ORDER BY by DESC)``,
    several times slower than DuckDB's own ``max_by`` (alias of ``arg_max``) at 10M rows.
    """


def monthly_panel(
    obs: ir.Table,
    *,
    reporter: str | Sequence[str] | None = None,
    partner: str | Sequence[str] | None = None,
    flow: str | None = None,
    level: int | None = None,
    source: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    as_of: dt.datetime | None = None,
) -> ir.Table:
    """One row per series and month: the latest value in force ``as_of`` (default: newest).

    Only single-month rows (``months == 1``) enter: quarters, years and combined
    January–February releases are other spans and never summed with months.
    ``level`` keeps one product level (6 for HS6), so a parent and its children
    are never added together.
    """
    preds = [obs.months == 1]
    for col, val in (("reporter", reporter), ("partner", partner)):
        if isinstance(val, (str, ir.Value)):  # one value (or one ibis.param)
            preds.append(obs[col] == val)
        elif val is not None:
            preds.append(obs[col].isin(list(val)))
    equal: dict[str, object] = {"flow": flow, "source": source, "level": level}
    preds += [obs[col] == val for col, val in equal.items() if val is not None]
    if start is not None:
        preds.append(obs.period >= start)
    if end is not None:
        preds.append(obs.period <= end)
    if as_of is not None:
        preds.append(obs.vintage <= as_of)
    t = obs.filter(preds)
    # The value of the newest vintage of each key (keys are unique per vintage in the store).
    latest = t.group_by(list(_VERSION_KEY)).aggregate(value=_max_by(t.value_usd, t.vintage))
    return latest.mutate(m=(latest.period.year() * 12 + latest.period.month() - 1).cast("int64"))


def _spans(month: dt.date) -> dict[str, tuple[int, int]]:
    """Month-index bounds (inclusive) of the spans the headline figures compare at ``month``."""
    e = month_index(month)
    jan = e - (month.month - 1)
    return {
        "cur": (e, e), "prev": (e - 12, e - 12), "ytd": (jan, e), "ytd_prev": (jan - 12, e - 12),
        "r12": (e - 11, e), "r12_prev": (e - 23, e - 12),
    }


def headline_at(panel: ir.Table, month: dt.date) -> ir.Table:
    """Per series: sum and month count of each span the headline figures compare at ``month``.

    One conditional aggregation over the 24 months that matter, so a gap in a
    series shows up as a short count instead of a silently smaller sum.
    """
    return _span_sums(panel, _spans(month))


def _span_sums(panel: ir.Table, spans: dict[str, tuple[Any, Any]]) -> ir.Table:
    """:func:`headline_at` for span bounds given as integers or as ``ibis.param`` scalars."""
    t = panel.filter((panel.m >= spans["r12_prev"][0]) & (panel.m <= spans["cur"][1]))
    aggs: dict[str, ir.Value] = {}
    for name, (lo, hi) in spans.items():
        cond = (t.m >= lo) & (t.m <= hi)
        aggs[name] = t.value.sum(where=cond)
        aggs[f"{name}_n"] = t.value.count(where=cond)
    return t.group_by(list(SERIES)).aggregate(**aggs)


def growth_pct(current: np.ndarray, previous: np.ndarray) -> np.ndarray:
    """Vectorised :func:`frontload.stats.headline.growth_pct`: NaN unless the base is positive."""
    cur = np.asarray(current, dtype=np.float64)
    prev = np.asarray(previous, dtype=np.float64)
    out = np.full(cur.shape, np.nan)
    ok = np.isfinite(cur) & np.isfinite(prev) & (prev > 0)
    np.divide(cur, prev, out=out, where=ok)
    out[ok] = (out[ok] - 1.0) * 100.0
    return out


def headline_arrays(sums: pa.Table, month: dt.date) -> pa.Table:
    """Headline figures from :func:`headline_at`'s sums (any engine): NumPy, one pass per figure.

    A span counts only if every month in it is present (a YTD through July needs
    seven months), as in :mod:`frontload.stats.headline`; growth needs a positive
    base. Undefined figures are null, never zero.
    """
    need = {"cur": 1, "prev": 1, "ytd": month.month, "ytd_prev": month.month, "r12": 12, "r12_prev": 12}
    vals: dict[str, np.ndarray] = {}
    for name, n in need.items():
        s = _float(sums.column(name))
        count = _float(sums.column(f"{name}_n"))
        vals[name] = np.where(count == n, s, np.nan)
    cols = {c: sums.column(c) for c in SERIES}
    out = {
        **cols,
        "value": vals["cur"],
        "yoy_pct": growth_pct(vals["cur"], vals["prev"]),
        "ytd": vals["ytd"],
        "ytd_yoy_pct": growth_pct(vals["ytd"], vals["ytd_prev"]),
        "rolling_12m": vals["r12"],
        "rolling_12m_yoy_pct": growth_pct(vals["r12"], vals["r12_prev"]),
    }
    return pa.table({k: (pa.array(v, from_pandas=True) if isinstance(v, np.ndarray) else v)
                     for k, v in out.items()})


def _float(col: pa.ChunkedArray) -> np.ndarray:
    return np.asarray(col.to_numpy(zero_copy_only=False), dtype=np.float64)


def history(panel: ir.Table) -> ir.Table:
    """Per series and month: the value twelve months earlier and year to date with its month count.

    The year-earlier value is a self-join on ``m - 12`` (a lag of twelve rows would
    be wrong across a missing month); year to date is a cumulative sum within the
    calendar year, valid when its count equals the month of the year.
    """
    base = panel.select(*SERIES, m=panel.m + 12, prev=panel.value)
    joined = panel.left_join(base, [*SERIES, "m"]).select(*SERIES, "period", "m", "value", "prev")
    year = joined.period.year()
    w = ibis.window(group_by=[*[joined[c] for c in SERIES], year], order_by=joined.m,
                    preceding=None, following=0)
    return joined.mutate(ytd=joined.value.sum().over(w), ytd_n=joined.value.count().over(w))


def partner_shares(panel: ir.Table, world: str = "WLD") -> ir.Table:
    """Each partner's share (%) of the sum over partners (World rows excluded) per product and month."""
    t = panel.filter(panel.partner != world)
    w = ibis.window(group_by=[t.source, t.reporter, t.flow, t["product"], t.m])
    total = t.value.sum().over(w)
    return t.mutate(total=total, share_pct=ibis.ifelse(total > 0, t.value / total * 100.0, ibis.null()))


def screen_panel(panel: ir.Table, end: dt.date, months: int) -> ir.Table:
    """The series with a value in every one of the ``months`` months ending ``end`` (long format).

    Each series gets a dense index ``sid`` in key order (computed on the small table
    of complete series), so the matrix is built from integers, not from strings.
    """
    e = month_index(end)
    t = panel.filter((panel.m > e - months) & (panel.m <= e))
    complete = t.group_by(list(SERIES)).aggregate(_n=t.m.count()).filter(lambda x: x._n == months)
    complete = complete.mutate(sid=ibis.row_number().over(order_by=[complete[c] for c in SERIES]))
    joined = t.inner_join(complete, list(SERIES))
    return joined.select(*SERIES, "sid", "m", "value")


def to_matrix(long: pa.Table, end: dt.date, months: int) -> tuple[list[tuple[str, ...]], np.ndarray]:
    """Series keys (in key order) and a series × months matrix from :func:`screen_panel` rows.

    Pure NumPy scatter on the engine's series index; the keys are read once per
    series, so every engine yields the same rows in the same order.
    """
    if long.num_rows == 0:
        return [], np.empty((0, months))
    sid = np.asarray(long.column("sid").to_numpy(zero_copy_only=False), dtype=np.int64)
    cols = _float(long.column("m")).astype(np.int64) - (month_index(end) - months + 1)
    n = int(sid.max()) + 1
    y = np.full((n, months), np.nan)
    y[sid, cols] = _float(long.column("value"))
    order = np.argsort(sid, kind="stable")
    first = order[np.r_[True, np.diff(sid[order]) != 0]]
    idx = pa.array(first)
    keys = list(zip(*(long.column(c).take(idx).to_pylist() for c in SERIES), strict=True))
    return keys, y


def headlines(eng: Engine, obs: ir.Table, month: dt.date, **filters: object) -> pa.Table:
    """Headline figures at ``month`` for every series matching ``filters`` (see :func:`monthly_panel`)."""
    if eng.name != "duckdb" or not prepared.ENABLED:
        panel = monthly_panel(obs, **filters)  # type: ignore[arg-type]
        return headline_arrays(eng.to_arrow(headline_at(panel, month)), month)
    # Compiled once per table and filter shape (see frontload.store.prepared): a series of calls
    # for one reporter after another pays Ibis' build and compile once.
    kinds = {"reporter": "string", "partner": "string", "flow": "string", "source": "string",
             "level": "int64", "start": "date", "end": "date", "as_of": "timestamp('UTC')"}
    values: dict[str, tuple[str, Any]] = {}
    lists: dict[str, int] = {}
    for name, val in filters.items():
        if name not in kinds:
            raise TypeError(f"headlines() got an unexpected filter {name!r}")
        if name in ("reporter", "partner") and val is not None and not isinstance(val, str):
            members = list(val)  # type: ignore[call-overload]
            lists[name] = len(members)
            values.update({f"{name}{i}": ("string", m) for i, m in enumerate(members)})
        else:
            values[name] = (kinds[name], val)
    for name, (lo, hi) in _spans(month).items():
        values[f"{name}_lo"], values[f"{name}_hi"] = ("int64", lo), ("int64", hi)

    def build(p: prepared.Params) -> ir.Table:
        given: dict[str, Any] = {k: p.get(k) for k in kinds}
        given.update({k: [p[f"{k}{i}"] for i in range(n)] for k, n in lists.items()})
        panel = monthly_panel(obs, **given)
        return _span_sums(panel, {k: (p[f"{k}_lo"], p[f"{k}_hi"]) for k in _spans(month)})

    key = ("headlines", obs.op(), tuple(sorted(lists.items())))
    # Run where the table lives (a store's connection, or the engine's), as Ibis' to_pyarrow does.
    backend = obs._find_backend()
    return headline_arrays(prepared.to_arrow(backend, key, build, values), month)


def screen(eng: Engine, obs: ir.Table, end: dt.date, *, window: int = 6, fit: int = 60,
           **filters: object) -> pa.Table:
    """Surge z-scores (highest first) of every complete series over ``fit + window`` months to ``end``.

    The engine does the relational part (latest values, complete series only); the
    seasonal+trend fit of :func:`frontload.detect.screen.scores` runs on the NumPy
    matrix, in chunks so memory stays bounded by the chunk, not the panel.
    """
    from ..detect.screen import scores

    months = fit + window
    start = from_month_index(month_index(end) - months + 1)
    panel = monthly_panel(obs, start=start, end=end, **filters)  # type: ignore[arg-type]
    long = eng.to_arrow(screen_panel(panel, end, months))
    keys, y = to_matrix(long, end, months)
    first = (month_index(end) - months + 1) % 12
    chunk = 200_000
    z = np.concatenate([scores(np.log1p(np.maximum(y[i:i + chunk], 0)), first, fit, window)
                        for i in range(0, len(y), chunk)]) if len(y) else np.empty(0)
    order = np.argsort(-z, kind="stable")
    cols = {c: pa.array([keys[i][j] for i in order], pa.string()) for j, c in enumerate(SERIES)}
    return pa.table({**cols, "z": pa.array(z[order])})
