"""Ingest at scale: a Comtrade+ CSV or canonical Parquet of any size, streamed by DuckDB into the store.

The row-by-row loaders (:mod:`frontload.sources`) read a file into Python, which
is right for the few thousand rows of an API response and hopeless for a 10M-row
bulk export. Here DuckDB reads the file itself and the Comtrade rules are SQL
over its columns, so rows stream from the file through the translation into
the ``observations`` table without passing through Python, with memory bounded
by ``memory_limit`` (DuckDB spills what does not fit).

The rules are those of :func:`frontload.sources.comtrade_files.plus_records`
(a test checks that both give identical rows on the bundled files):
breakdown rows (``partner2Code``, ``motCode`` ≠ 0, ``customsCode`` ≠ C00) are
dropped and counted, Comtrade country codes become ISO3 through the same
crosswalk (the file's own ISO column for codes newer than it), imports are CIF
and exports FOB, a quantity counts only with a unit.

The store's contract holds: one transaction and one ``fetch_log`` row per file,
no duplicate keys, identical re-ingests are a no-op and changed values a new
vintage (when the store already holds rows of the same source, the incoming
rows go through the same versioned comparison as every other ingest), and any
failure (an unknown country code, an unreadable value) rolls back with the
offending codes named.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import DataError, ParseError, StoreError
from ..model import OBS_KEY, OBS_VALUE_COLUMNS, OBSERVATION_SCHEMA
from ..sources._common import sha256
from .store import IngestSummary, Store, check_not_mixed, rollback, write_failure_hint

_COLS = ", ".join(OBSERVATION_SCHEMA.names)


def _set(con: duckdb.DuckDBPyConnection, settings: dict[str, str]) -> dict[str, str | None]:
    """SET each setting; returns what to restore: the value before, or None where it was DuckDB's
    default (RESET restores that exactly; a memory limit read back as text is rounded, 18.8 GiB)."""
    fresh = duckdb.connect()
    try:
        saved: dict[str, str | None] = {}
        for name, value in settings.items():
            (before,) = con.execute("SELECT current_setting(?)", [name]).fetchone() or (None,)
            (default,) = fresh.execute("SELECT current_setting(?)", [name]).fetchone() or (None,)
            saved[name] = None if before == default else str(before)
            con.execute(f"SET {name} = {_quote(value)}")
    finally:
        fresh.close()
    return saved


def _restore(con: duckdb.DuckDBPyConnection, saved: dict[str, str | None]) -> None:
    """Put back the settings :func:`_set` changed: a bulk ingest leaves the store's connection as it
    found it (the web app and later queries share it)."""
    for name, before in saved.items():
        if before is None:
            con.execute(f"RESET {name}")
        else:
            con.execute(f"SET {name} = {_quote(_unrounded(before) if name == 'memory_limit' else before)}")


_UNITS = {"bytes": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30, "TiB": 1 << 40}


def _unrounded(text: str) -> str:
    """A memory size as DuckDB shows it (``2.7 GiB``, cut to one decimal) → bytes in the middle of
    what that text covers, so that the value set back reads as the same text (``2.7 GiB`` set
    as written reads back ``2.6 GiB``)."""
    number, _, unit = text.partition(" ")
    try:
        return f"{int((float(number) + (0.05 if unit != 'bytes' else 0)) * _UNITS[unit])} bytes"
    except (ValueError, KeyError):
        return text


def _quote(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _country_table(con: duckdb.DuckDBPyConnection) -> None:
    """The Comtrade-code → ISO3 crosswalk and the ISO3 codes frontload knows, as temp tables."""
    from ..codes import countries

    _, _, comtrade, _ = countries._registry()
    con.register("_ct_codes", pa.table({"code": pa.array(list(comtrade), pa.int64()),
                                        "iso3": pa.array(list(comtrade.values()), pa.string())}))
    known = sorted({c.iso3 for c in countries.all_countries()})
    con.register("_ct_known", pa.table({"iso3": pa.array(known, pa.string())}))


def _plus_select(path: Path, vintage: dt.datetime, fetch_id: str) -> str:
    """SQL selecting canonical rows (plus a ``_drop`` reason column) from a Comtrade+ CSV."""
    from .. import synthetic

    synth_class, synth_source = _quote(synthetic.CLASSIFICATION), _quote(synthetic.SOURCE)
    src = f"read_csv({_quote(str(path))}, header = true, all_varchar = true, encoding = 'latin-1')"

    def code(col: str, default: str) -> str:
        return f"coalesce(nullif(trim({col}), ''), '{default}')"

    iso = ("CASE WHEN {c} IS NOT NULL THEN {c} WHEN upper(trim({i})) IN (SELECT iso3 FROM _ct_known) "
           "THEN upper(trim({i})) END")
    return f"""
      WITH raw AS (SELECT * FROM {src}),
      base AS (
        SELECT raw.*,
          CASE WHEN {code('partner2Code', '0')} <> '0' THEN 'partner2Code'
               WHEN {code('motCode', '0')} <> '0' THEN 'motCode'
               WHEN {code('customsCode', 'C00')} <> 'C00' THEN 'customsCode' END AS _drop,
          trim(freqCode) AS _freq, trim(flowCode) AS _flow, trim(qtyUnitAbbr) AS _unit,
          TRY_CAST(trim(primaryValue) AS DOUBLE) AS _value,
          rc.iso3 AS _rep_code, pc.iso3 AS _par_code
        FROM raw
        LEFT JOIN _ct_codes rc ON rc.code = TRY_CAST(trim(raw.reporterCode) AS BIGINT)
        LEFT JOIN _ct_codes pc ON pc.code = TRY_CAST(trim(raw.partnerCode) AS BIGINT)
      )
      SELECT
        -- frontload's own synthetic benchmark files say so in classificationCode: keep them labelled
        CASE WHEN trim(classificationCode) = {synth_class} THEN {synth_source} ELSE 'comtrade' END AS source,
        {iso.format(c='_rep_code', i='reporterISO')} AS reporter,
        {iso.format(c='_par_code', i='partnerISO')} AS partner,
        _flow AS flow,
        nullif(trim(classificationCode), '') AS classification,
        trim(cmdCode) AS product,
        CAST(length(trim(cmdCode)) AS TINYINT) AS level,
        CASE _freq WHEN 'A' THEN make_date(TRY_CAST(refYear AS INTEGER), 1, 1)
                   WHEN 'M' THEN make_date(TRY_CAST(substr(trim(period), 1, 4) AS INTEGER),
                                           TRY_CAST(substr(trim(period), 5, 2) AS INTEGER), 1) END AS period,
        _freq AS freq,
        CAST(CASE _freq WHEN 'A' THEN 12 WHEN 'M' THEN 1 END AS TINYINT) AS months,
        _value AS value_usd,
        CAST(NULL AS DOUBLE) AS value_local,
        CAST(NULL AS VARCHAR) AS currency,
        CASE WHEN _flow IN ('M', 'RM') THEN 'CIF' ELSE 'FOB' END AS valuation,
        CASE WHEN coalesce(_unit, '') NOT IN ('', 'N/A') THEN TRY_CAST(trim(qty) AS DOUBLE) END AS qty,
        CASE WHEN coalesce(_unit, '') NOT IN ('', 'N/A') AND TRY_CAST(trim(qty) AS DOUBLE) IS NOT NULL
             THEN _unit END AS qty_unit,
        TRY_CAST(trim(netWgt) AS DOUBLE) AS net_weight_kg,
        coalesce(lower(trim(isQtyEstimated)) = 'true', false) AS is_estimated,
        TIMESTAMPTZ {_quote(vintage.isoformat())} AS vintage,
        {_quote(fetch_id)} AS fetch_id,
        _drop,
        reporterCode AS _reporter_code, partnerCode AS _partner_code, primaryValue AS _primary
      FROM base"""


def _parquet_select(paths: Sequence[Path], vintage: dt.datetime, fetch_id: str) -> str:
    files = "[" + ", ".join(_quote(str(p)) for p in paths) + "]"
    cols = [c for c in OBSERVATION_SCHEMA.names if c not in ("vintage", "fetch_id")]
    return (f"SELECT {', '.join(cols)}, coalesce(vintage, TIMESTAMPTZ {_quote(vintage.isoformat())}) "
            f"AS vintage, {_quote(fetch_id)} AS fetch_id, CAST(NULL AS VARCHAR) AS _drop, "
            f"reporter AS _reporter_code, partner AS _partner_code, CAST(value_usd AS VARCHAR) AS _primary "
            f"FROM read_parquet({files})")


def ingest_comtrade_csv(store: Store, path: str | os.PathLike[str], *, name: str | None = None,
                        vintage: dt.datetime | None = None, memory_limit: str | None = None) -> IngestSummary:
    """Stream a Comtrade+ CSV (the portal's bulk export layout) of any size into the store."""
    from ..sources.comtrade_files import layout_of

    p = Path(path)
    _check_file(p)
    with p.open("r", encoding="latin-1") as f:
        first = f.readline()
    if layout_of(first) != "plus":
        raise ParseError(
            f"{p}: the bulk loader reads the Comtrade+ CSV layout (header starts typeCode,freqCode,…); "
            f"this header starts {first.strip()[:60]!r}",
            file=str(p), hint="smaller files of other layouts load with `frontload load FILE`",
        )
    return _ingest(store, [p], "comtrade", name or p.stem, f"UN Comtrade+ bulk file {p.name}", vintage,
                   memory_limit, lambda v, f: _plus_select(p, v, f))


def ingest_parquet(store: Store, paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *,
                   name: str | None = None, vintage: dt.datetime | None = None,
                   memory_limit: str | None = None) -> IngestSummary:
    """Stream Parquet files already in the canonical schema (e.g. ``frontload synth`` output)."""
    from .. import synthetic
    from .engine import _parquet_files

    files = [Path(f) for f in _parquet_files(paths)]
    import pyarrow.parquet as pq

    first = pq.read_schema(files[0])
    optional = ("vintage", "fetch_id")
    missing = [c for c in OBSERVATION_SCHEMA.names if c not in first.names and c not in optional]
    if missing:
        raise ParseError(f"{files[0]}: not canonical observations; lacks column(s) {', '.join(missing)}",
                         file=str(files[0]), hint="write Parquet in frontload's observation schema")
    src_kind = synthetic.SOURCE if synthetic.is_synthetic(files[0]) else "parquet"
    label = name or Path(paths if isinstance(paths, (str, os.PathLike)) else files[0]).stem
    title = ("SYNTHETIC benchmark data (not trade statistics)" if src_kind == synthetic.SOURCE
             else f"canonical Parquet {label}")
    return _ingest(store, files, src_kind, label, title, vintage, memory_limit,
                   lambda v, f: _parquet_select(files, v, f))


def _check_file(p: Path) -> None:
    if not p.exists():
        raise ParseError(f"file not found: {p}", file=str(p), hint="check the path")
    if p.is_dir():
        raise ParseError(f"{p} is a folder, not a file", file=str(p), hint="pass one file at a time")


def _ingest(store: Store, files: list[Path], kind: str, name: str, title: str, vintage: dt.datetime | None,
            memory_limit: str | None, select: Any) -> IngestSummary:
    """One pass over the file(s): a single ``INSERT … SELECT`` that DuckDB streams and parallelises.

    Breakdown rows and unusable rows (unknown code, unreadable value) go in with the
    rest under a marked fetch id (``<id>#drop:<reason>``, ``<id>#bad``), are counted
    and removed inside the same transaction: the file is parsed once, and the
    committed store never holds them. Any unusable row refuses the whole file.
    """
    if store.read_only:
        raise StoreError(f"store {store.path} is open read-only; cannot ingest {name}")
    con = store.con
    fetch_id = uuid.uuid4().hex[:16]
    now = dt.datetime.now(dt.UTC)
    when = vintage or dt.datetime.fromtimestamp(max(f.stat().st_mtime for f in files), tz=dt.UTC)
    when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    with ThreadPoolExecutor(1) as pool:  # the file's hash, read while DuckDB parses it
        digest = pool.submit(sha256, files)
        saved = _set(con, {"preserve_insertion_order": "false", "enable_progress_bar": "false",
                           **({"memory_limit": memory_limit} if memory_limit else {})})
        _country_table(con)
        began = False
        try:
            sql = select(when, fetch_id)
            # Which source the rows claim decides the synthetic/real guard (a Parquet file may be either).
            sources = [r[0] for r in con.execute(
                f"SELECT DISTINCT source FROM (SELECT source FROM ({sql}) LIMIT 1000)").fetchall()] or [kind]
            for src in sources:
                check_not_mixed(store, src, name)
            con.execute("BEGIN TRANSACTION")
            began = True
            new, unchanged, revised, dropped, products = _load(store, sql, sources, fetch_id, name, files[0])
            notes = [f"{n} {k} breakdown row(s) dropped (they double count the totals)"
                     for k, n in sorted(dropped.items())]
            location = ", ".join(str(f.resolve()) for f in files[:3]) + (
                f" (+{len(files) - 3} files)" if len(files) > 3 else "")
            con.execute(
                "INSERT INTO fetch_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [fetch_id, sources[0], name, title, location, digest.result(), when, now, products or ["*"],
                 "bulk ingest (DuckDB streaming)", notes, new + unchanged + revised, new, unchanged, revised],
            )
            con.execute("COMMIT")
        except BaseException as exc:
            if began:
                rollback(con)
            store._fetch_cache = None
            if isinstance(exc, duckdb.Error):
                hint = write_failure_hint(exc) or "check the file's layout and encoding"
                raise StoreError(f"bulk ingest of {name} into {store.path} failed and was rolled back: "
                                 f"{str(exc).splitlines()[0]}", hint=hint) from exc
            raise
        finally:
            con.unregister("_ct_codes")
            con.unregister("_ct_known")
            _restore(con, saved)
    store._fetch_cache = None
    return IngestSummary(fetch_id, name, new + unchanged + revised, new, unchanged, revised)


def _load(store: Store, sql: str, sources: list[str], fetch_id: str, name: str,
          first: Path) -> tuple[int, int, int, dict[str, int], list[str]]:
    """Insert (into the store, or a staging table when versions must be compared), check, count."""
    con = store.con
    marks = ", ".join("?" for _ in sources)
    overlap = con.execute(
        f"SELECT count(*) FROM fetch_log WHERE source IN ({marks}) AND rows_new + rows_revised > 0",
        sources).fetchall()[0][0]
    target = "_bulk_in" if overlap else "observations"
    if overlap:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _bulk_in AS SELECT {_COLS} FROM observations LIMIT 0")
    marked = (f"CASE WHEN _drop IS NOT NULL THEN {_quote(fetch_id + '#drop:')} || _drop "
              "WHEN reporter IS NULL OR partner IS NULL OR value_usd IS NULL "
              f"THEN {_quote(fetch_id + '#bad')} ELSE fetch_id END")
    cols = [c for c in OBSERVATION_SCHEMA.names if c != "fetch_id"]
    con.execute(f"INSERT INTO {target} ({_COLS}) SELECT {', '.join(cols)}, {marked} FROM ({sql})")
    # One scan: rows per (marked) fetch id, the validity checks and the products of the clean rows.
    stats = {r[0]: r[1:] for r in con.execute(
        f"""SELECT fetch_id, count(*),
                  count(*) FILTER (WHERE flow NOT IN ('M', 'X', 'RM', 'RX') OR flow IS NULL),
                  count(*) FILTER (WHERE freq NOT IN ('M', 'Q', 'A') OR freq IS NULL),
                  count(*) FILTER (WHERE period IS NULL),
                  count(*) FILTER (WHERE months NOT BETWEEN 1 AND 12 OR months IS NULL),
                  count(*) FILTER (WHERE product IS NULL OR product = ''),
                  list(DISTINCT product ORDER BY product)
           FROM {target} WHERE starts_with(fetch_id, ?) GROUP BY 1""", [fetch_id]).fetchall()}
    if fetch_id + "#bad" in stats:
        raise DataError(f"{name}: rows the store cannot take: " + ", ".join(_unknown_codes(con, sql)),
                        hint="country codes frontload knows: data/comtrade_country_codes/isoCodes.csv; "
                        "nothing was loaded")
    dropped = {k.split("#drop:", 1)[1]: int(v[0]) for k, v in stats.items() if "#drop:" in k}
    if dropped:
        con.execute(f"DELETE FROM {target} WHERE starts_with(fetch_id, ?) AND fetch_id <> ?",
                    [fetch_id, fetch_id])
    clean = stats.get(fetch_id)
    if clean is None:
        raise ParseError(f"{first} holds no rows to load (all were breakdowns or totals dropped)",
                         file=str(first), hint="is this the right export?")
    names = ("flow not one of M, X, RM, RX", "freqCode not one of M, Q, A", "unreadable period",
             "months outside 1..12", "empty product code")
    problems = [f"{n} row(s) with {what}" for n, what in zip(clean[1:6], names, strict=True) if n]
    if problems:
        raise DataError(f"{name} ({first}): invalid rows: " + "; ".join(problems),
                        hint="fix or drop these rows in the file; nothing was loaded")
    products = [p for p in (clean[6] or []) if p]
    if overlap:
        try:
            new, unchanged, revised = store.versioned_insert_from(
                "_bulk_in", OBSERVATION_SCHEMA.names, "observations", OBS_KEY, OBS_VALUE_COLUMNS, name)
        finally:
            con.execute("DROP TABLE IF EXISTS _bulk_in")
    else:
        _check_keys(con, fetch_id, name)
        new, unchanged, revised = int(clean[0]), 0, 0
    return new, unchanged, revised, dropped, products


def _unknown_codes(con: duckdb.DuckDBPyConnection, sql: str) -> list[str]:
    """Every unknown code and unreadable value, counted (a second read of the file: error path only)."""
    rows = con.execute(
        f"""WITH b AS ({sql})
           SELECT 'reporter ' || _reporter_code AS c, count(*) FROM b
             WHERE _drop IS NULL AND reporter IS NULL GROUP BY 1
           UNION ALL SELECT 'partner ' || _partner_code, count(*) FROM b
             WHERE _drop IS NULL AND partner IS NULL GROUP BY 1
           UNION ALL SELECT 'primaryValue ' || coalesce(_primary, '(empty)'), count(*) FROM b
             WHERE _drop IS NULL AND value_usd IS NULL GROUP BY 1
           ORDER BY 2 DESC LIMIT 6"""
    ).fetchall()
    return [f"{c} ({n} rows)" for c, n in rows]


def _check_keys(con: duckdb.DuckDBPyConnection, fetch_id: str, name: str) -> None:
    """Refuse a file that holds one key twice.

    Grouping 10M rows by eight text columns is the costliest check; grouping by one
    64-bit hash of them is several times cheaper, and only hashes seen twice (a real
    duplicate, or a collision: about 1 in 10^5 files of 10M rows) are checked exactly.
    """
    keys = ", ".join(OBS_KEY)
    twice = con.execute(f"SELECT count(*) FROM (SELECT hash({keys}) AS h FROM observations "
                        "WHERE fetch_id = ? GROUP BY h HAVING count(*) > 1)", [fetch_id]).fetchall()[0][0]
    if not twice:
        return
    dups = con.execute(f"SELECT {keys} FROM observations WHERE fetch_id = ? GROUP BY ALL "
                       "HAVING count(*) > 1 LIMIT 5", [fetch_id]).fetchall()
    if dups:
        raise DataError(f"{name}: {len(dups)}+ keys appear more than once in one ingest, e.g. {dups[0]}",
                        hint="a file must hold one row per key; check for a breakdown that double counts")
