"""One measured task per process (so that each peak memory is its own): ``python -m benchmarks.scale_tasks``.

Prints one JSON line: seconds, peak resident memory (MiB, the process's own high
water mark plus the Spark JVM's where there is one) and a checksum of the result
that every implementation of the same work must reproduce. The data is
SYNTHETIC (``frontload synth``); see ``benchmarks/scale.py`` for the driver.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

SERIES = ["source", "reporter", "partner", "flow", "product"]
COLUMNS = [*SERIES, "period", "months", "value_usd", "vintage"]


def _mi(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def _spans(month: dt.date) -> dict[str, tuple[int, int]]:
    e = _mi(month)
    jan = e - (month.month - 1)
    return {
        "cur": (e, e),
        "prev": (e - 12, e - 12),
        "ytd": (jan, e),
        "ytd_prev": (jan - 12, e - 12),
        "r12": (e - 11, e),
        "r12_prev": (e - 23, e - 12),
    }


def _first_month(month: dt.date) -> dt.date:
    """The first of the 24 months the headline figures read (r12_prev's start), for the scan filter."""
    e = _mi(month) - 23
    return dt.date(e // 12, e % 12 + 1, 1)


def _need(month: dt.date) -> dict[str, int]:
    return {"cur": 1, "prev": 1, "ytd": month.month, "ytd_prev": month.month, "r12": 12, "r12_prev": 12}


def _checksum_headline(yoy: np.ndarray, ytd_yoy: np.ndarray, r12_yoy: np.ndarray, n: int) -> dict[str, Any]:
    """What every headline implementation must agree on: series count and sums of the growth figures."""
    out: dict[str, Any] = {"series": int(n)}
    for name, arr in (("yoy", yoy), ("ytd_yoy", ytd_yoy), ("r12_yoy", r12_yoy)):
        a = np.asarray(arr, dtype=np.float64)
        ok = np.isfinite(a)
        out[f"{name}_n"] = int(ok.sum())
        out[f"{name}_sum"] = round(float(a[ok].sum()), 3)
    return out


def _files(data: str) -> list[str]:
    return sorted(str(p) for p in Path(data).rglob("*.parquet"))


# -- headline statistics for every series of one reporter -----------------------------------------
def headline_frontload(
    data: str, reporter: str | None, month: dt.date, engine: str = "duckdb", templates: bool = True
) -> dict[str, Any]:
    from frontload.model import add_months
    from frontload.store import bulk, prepared
    from frontload.store import engine as engines

    prepared.ENABLED = templates  # off: build and compile per call, the query layer before templates

    eng = engines.connect(engine)
    obs = eng.parquet(data)
    t = bulk.headlines(eng, obs, month, reporter=reporter, start=add_months(month, -23), end=month)
    out = _checksum_headline(
        t.column("yoy_pct").to_numpy(zero_copy_only=False),
        t.column("ytd_yoy_pct").to_numpy(zero_copy_only=False),
        t.column("rolling_12m_yoy_pct").to_numpy(zero_copy_only=False),
        t.num_rows,
    )
    if engine == "spark":
        out["_jvm_mib"] = _jvm_hwm(eng.session)
    return out


def headline_sql(data: str, reporter: str | None, month: dt.date) -> dict[str, Any]:
    """The floor: the same figures as one hand-written DuckDB query."""
    import duckdb

    spans, need = _spans(month), _need(month)
    files = "[" + ", ".join(f"'{f}'" for f in _files(data)) + "]"
    aggs = ",\n".join(
        f"sum(value) FILTER (WHERE m BETWEEN {lo} AND {hi}) AS {k}, "
        f"count(value) FILTER (WHERE m BETWEEN {lo} AND {hi}) AS {k}_n"
        for k, (lo, hi) in spans.items()
    )

    def g(a: str, b: str) -> str:
        return f"CASE WHEN {a}_n = {need[a]} AND {b}_n = {need[b]} AND {b} > 0 THEN ({a} / {b} - 1) * 100 END"

    start = _first_month(month)
    sql = f"""
      WITH p AS (
        SELECT source, reporter, partner, flow, product, year(period) * 12 + month(period) - 1 AS m,
               arg_max(value_usd, vintage) AS value
        FROM read_parquet({files})
        WHERE months = 1 {f"AND reporter = '{reporter}'" if reporter else ""}
          AND period BETWEEN DATE '{start}' AND DATE '{month}'
        GROUP BY source, reporter, partner, flow, product, period),
      s AS (SELECT source, reporter, partner, flow, product, {aggs} FROM p GROUP BY ALL)
      SELECT {g("cur", "prev")} AS yoy, {g("ytd", "ytd_prev")} AS ytd_yoy, {g("r12", "r12_prev")} AS r12_yoy
      FROM s"""
    con = duckdb.connect()
    t = con.sql(sql).to_arrow_table()
    return _checksum_headline(
        *(t.column(c).to_numpy(zero_copy_only=False) for c in ("yoy", "ytd_yoy", "r12_yoy")), t.num_rows
    )


def _growth_np(
    cur: np.ndarray, cn: np.ndarray, prev: np.ndarray, pn: np.ndarray, a: int, b: int
) -> np.ndarray:
    ok = (cn == a) & (pn == b) & (prev > 0)
    out = np.full(len(cur), np.nan)
    out[ok] = (cur[ok] / prev[ok] - 1) * 100
    return out


def headline_pandas(data: str, reporter: str | None, month: dt.date) -> dict[str, Any]:
    """The same work in idiomatic pandas (pyarrow reader with the filters pushed into the scan)."""
    import pandas as pd

    start = _first_month(month)
    df = pd.read_parquet(
        _files(data),
        columns=COLUMNS,
        filters=[
            *([("reporter", "==", reporter)] if reporter else []),
            ("months", "==", 1),
            ("period", ">=", start),
            ("period", "<=", month),
        ],
    )
    df = df.sort_values("vintage").drop_duplicates([*SERIES, "period"], keep="last")
    per = pd.to_datetime(df["period"])
    df["m"] = per.dt.year * 12 + per.dt.month - 1
    cols = {}
    for k, (lo, hi) in _spans(month).items():
        sel = df[(df.m >= lo) & (df.m <= hi)]
        g = sel.groupby(SERIES, observed=True)["value_usd"].agg(["sum", "count"])
        cols[k], cols[f"{k}_n"] = g["sum"], g["count"]
    s = pd.DataFrame(cols).fillna({f"{k}_n": 0 for k in _spans(month)})
    need = _need(month)

    def g2(a: str, b: str) -> np.ndarray:
        return _growth_np(
            s[a].to_numpy(float),
            s[f"{a}_n"].to_numpy(),
            s[b].to_numpy(float),
            s[f"{b}_n"].to_numpy(),
            need[a],
            need[b],
        )

    return _checksum_headline(g2("cur", "prev"), g2("ytd", "ytd_prev"), g2("r12", "r12_prev"), len(s))


def headline_polars(data: str, reporter: str | None, month: dt.date) -> dict[str, Any]:
    """The same work as a Polars lazy query."""
    import polars as pl

    start = _first_month(month)
    lf = (
        pl.scan_parquet(_files(data))
        .filter(
            ((pl.col("reporter") == reporter) if reporter else pl.lit(True))
            & (pl.col("months") == 1)
            & (pl.col("period") >= start)
            & (pl.col("period") <= month)
        )
        .group_by([*SERIES, "period"])
        .agg(pl.col("value_usd").sort_by("vintage").last().alias("value"))
        .with_columns(m=pl.col("period").dt.year().cast(pl.Int64) * 12 + pl.col("period").dt.month() - 1)
    )
    aggs = []
    for k, (lo, hi) in _spans(month).items():
        cond = (pl.col("m") >= lo) & (pl.col("m") <= hi)
        aggs += [
            pl.col("value").filter(cond).sum().alias(k),
            pl.col("value").filter(cond).count().alias(f"{k}_n"),
        ]
    s = lf.group_by(SERIES).agg(aggs).collect()
    need = _need(month)

    def g2(a: str, b: str) -> np.ndarray:
        return _growth_np(
            s[a].to_numpy().astype(float),
            s[f"{a}_n"].to_numpy(),
            s[b].to_numpy().astype(float),
            s[f"{b}_n"].to_numpy(),
            need[a],
            need[b],
        )

    return _checksum_headline(g2("cur", "prev"), g2("ytd", "ytd_prev"), g2("r12", "r12_prev"), s.height)


# -- the screen over every complete series -------------------------------------------------------
def screen_frontload(data: str, end: dt.date, engine: str = "duckdb") -> dict[str, Any]:
    from frontload.store import bulk
    from frontload.store import engine as engines

    eng = engines.connect(engine)
    ranked = bulk.screen(eng, eng.parquet(data), end, window=6, fit=60)
    z = ranked.column("z").to_numpy()
    out = {"series": ranked.num_rows, "flagged": int((z > 2.3).sum()), "z_sum": round(float(z.sum()), 3)}
    if engine == "spark":
        out["_jvm_mib"] = _jvm_hwm(eng.session)
    return out


def _screen_matrix(data: str, end: dt.date) -> np.ndarray:
    from frontload.store import bulk
    from frontload.store import engine as engines

    eng = engines.connect("duckdb")
    long = eng.to_arrow(bulk.screen_panel(bulk.monthly_panel(eng.parquet(data)), end, 66))
    _, y = bulk.to_matrix(long, end, 66)
    return np.log1p(np.maximum(y, 0))


def screen_stl_loop(data: str, end: dt.date, sample: int = 1000) -> dict[str, Any]:
    """statsmodels STL per series on a sample (the panel is built untimed); rate extrapolated to all."""
    from benchmarks.screen import stl_loop  # the same loop as the panel benchmark

    y = _screen_matrix(data, end)
    n = len(y)
    t = time.perf_counter()
    stl_loop(y[:sample])
    per = (time.perf_counter() - t) / sample
    return {"series": n, "sample": sample, "_seconds_override": per * n, "sample_seconds": per * sample}


# Runs in the statsforecast environment (no frontload there): the AutoETS of benchmarks/screen.py.
_SF_CODE = """
import time
import numpy as np, pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import AutoETS

def ets(y):
    n = len(y)
    fitw = y[:, -66:-6][:, -48:]
    df = pd.DataFrame({"unique_id": np.repeat(np.arange(n), fitw.shape[1]),
                       "ds": np.tile(pd.date_range("2010-01-01", periods=fitw.shape[1], freq="MS"), n),
                       "y": fitw.ravel().astype(float)})
    sf = StatsForecast(models=[AutoETS(season_length=12)], freq="MS", n_jobs=2)
    return sf.forecast(df=df, h=6, level=[95])

y = np.load("{path}")
ets(y[:20])
t = time.perf_counter()
ets(y)
print(time.perf_counter() - t)
"""


def screen_statsforecast(data: str, end: dt.date, sample: int = 200, python: str = "") -> dict[str, Any]:
    """statsforecast AutoETS on a sample, run in its own environment (it pins pandas<3)."""
    import subprocess

    y = _screen_matrix(data, end)
    with tempfile.TemporaryDirectory() as d:
        np.save(Path(d) / "y.npy", y[:sample])
        code = _SF_CODE.replace("{path}", f"{d}/y.npy")
        out = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True)
    per = float(out.stdout.strip().splitlines()[-1]) / sample
    return {
        "series": len(y),
        "sample": sample,
        "_seconds_override": per * len(y),
        "sample_seconds": per * sample,
    }


# -- ingest ------------------------------------------------------------------------------------------
def _fresh(db: str) -> None:
    for f in Path(db).parent.glob(Path(db).name + "*"):
        f.unlink()


def ingest_frontload(path: str, db: str, memory_limit: str | None = None) -> dict[str, Any]:
    from frontload.store.ingest_bulk import ingest_comtrade_csv, ingest_parquet
    from frontload.store.store import Store

    _fresh(db)
    with Store(db) as s:
        p = Path(path)
        summary = (
            ingest_parquet(s, p, memory_limit=memory_limit)
            if p.is_dir()
            else ingest_comtrade_csv(s, p, memory_limit=memory_limit)
        )
        n = s.con.execute("SELECT count(*), sum(value_usd) FROM observations").fetchall()[0]
    assert summary.rows_new == n[0]
    return {"rows": int(n[0]), "value_sum": round(float(n[1]), 0)}


def ingest_duckdb(path: str, db: str) -> dict[str, Any]:
    """DuckDB's own reader straight into a table: the floor."""
    import duckdb

    p = Path(path)
    _fresh(db)
    con = duckdb.connect(db)
    con.execute("SET enable_progress_bar = false")
    if p.is_dir():
        files = "[" + ", ".join(f"'{f}'" for f in _files(path)) + "]"
        con.execute(f"CREATE TABLE t AS SELECT * FROM read_parquet({files})")
        col = "value_usd"
    else:
        con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{p}')")
        col = "primaryValue"
    n = con.execute(f"SELECT count(*), sum({col}) FROM t").fetchall()[0]
    con.close()
    return {"rows": int(n[0]), "value_sum": round(float(n[1]), 0)}


def _hwm_mib(pid: str = "self") -> float:
    """Peak resident memory (VmHWM) in MiB; ru_maxrss would carry the parent's peak across exec."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _jvm_hwm(session: Any) -> float:
    try:
        return _hwm_mib(str(session.sparkContext._gateway.proc.pid))
    except (AttributeError, OSError, ValueError):
        return float("nan")


TASKS = {
    f.__name__: f
    for f in (
        headline_frontload,
        headline_sql,
        headline_pandas,
        headline_polars,
        screen_frontload,
        screen_stl_loop,
        screen_statsforecast,
        ingest_frontload,
        ingest_duckdb,
    )
}


def main() -> None:
    name, kwargs = sys.argv[1], json.loads(sys.argv[2])
    for k in ("month", "end"):
        if k in kwargs:
            kwargs[k] = dt.date.fromisoformat(kwargs[k])
    # Imports and engine start-up are outside the timing (reported apart): they do not grow with the data.
    t0 = time.perf_counter()
    import duckdb  # noqa: F401
    import pandas  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    import frontload.store.bulk
    from frontload.store import engine as engines

    if name.endswith("_polars"):
        import polars  # noqa: F401
    if name.endswith("_frontload"):
        # First use of Ibis compiles lazily (sqlglot dialects): a one-off cost, run here on no rows.
        from frontload.model import OBSERVATION_SCHEMA

        eng = engines.connect(kwargs.get("engine", "duckdb"))
        empty = eng.arrow(OBSERVATION_SCHEMA.empty_table())
        frontload.store.bulk.headlines(eng, empty, dt.date(2025, 7, 1))
        frontload.store.bulk.screen(eng, empty, dt.date(2025, 12, 1))
    startup = time.perf_counter() - t0
    t = time.perf_counter()
    out = TASKS[name](**kwargs)
    seconds = time.perf_counter() - t
    seconds = out.pop("_seconds_override", seconds)
    rss = _hwm_mib()
    jvm = out.pop("_jvm_mib", 0.0)
    print(
        json.dumps(
            {
                "task": name,
                "seconds": seconds,
                "startup": startup,
                "peak_mib": rss + (jvm or 0.0),
                "result": out,
            }
        )
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
