"""The DuckDB store: idempotent, vintage-keeping ingest and access to the tables.

Ingest rules (the contract the rest of frontload relies on):

* A row is identified by its key (:data:`frontload.model.OBS_KEY`) and versioned by
  ``vintage``. Ingesting rows identical to the version in effect at their vintage
  changes nothing; a changed value adds a new version; nothing is ever updated
  in place or deleted, so every figure can be reproduced ``as_of`` a past date.
* Two different values for the same key *and* the same vintage are a conflict:
  the ingest is refused, listing the keys.
* Every ingest runs in one transaction and writes one ``fetch_log`` row; any
  failure rolls back, leaving the store exactly as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import duckdb

from .. import config
from ..errors import DataError, FrontloadError, StoreError
from ..model import (
    FLOWS,
    FREQS,
    OBS_KEY,
    OBS_VALUE_COLUMNS,
    SYNTHETIC_SOURCE,
    LoadedDataset,
)
from ..stats.series import Provenance

if TYPE_CHECKING:  # pyarrow (and NumPy under it) is imported by ingest only: reading needs neither
    import ibis.expr.types as ir
    import pyarrow as pa
    from ibis.backends.duckdb import Backend as IbisBackend


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest did, table by table."""

    fetch_id: str
    dataset: str
    rows_in: int
    rows_new: int
    rows_unchanged: int
    rows_revised: int
    reported_new: int = 0
    events_new: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class FetchRecord:
    fetch_id: str
    source: str
    dataset: str
    title: str
    location: str
    sha256: str
    vintage: dt.datetime
    ingested_at: dt.datetime
    scope_products: tuple[str, ...]
    provenance: str
    notes: tuple[str, ...]

    def covers(self, code: str) -> bool:
        """Did this fetch ask for ``code`` (or a code that contains it)?"""
        return any(s == "*" or code.startswith(s) for s in self.scope_products)

    def as_provenance(self) -> Provenance:
        return Provenance(self.fetch_id, self.source, self.dataset, self.vintage, self.location)




class SharedResults:
    """Results of reads on one unchanging snapshot, computed once however many threads ask.

    The series path (:func:`frontload.store.query.series`) keeps its series here, so the Explorer's
    three calls on one flow (values, headline, children, which each read the flow's series) and the
    headlines that divide by the same World total read it once per snapshot. The first thread to ask
    for a key computes it; threads asking meanwhile wait for it (an error is not kept: the next ask
    computes again). Bounded by entries, the least recently used dropped first.
    """

    def __init__(self, max_entries: int = 128) -> None:
        import threading
        from collections import OrderedDict

        self.max_entries = max_entries
        self._done: OrderedDict[Any, Any] = OrderedDict()
        self._running: dict[Any, threading.Event] = {}
        self._lock = threading.Lock()
        self._event = threading.Event

    def get(self, key: Any, fn: Any) -> Any:
        while True:
            with self._lock:
                if key in self._done:
                    self._done.move_to_end(key)
                    return self._done[key]
                running = self._running.get(key)
                if running is None:
                    mine = self._running[key] = self._event()
                    break
            running.wait()  # its result is kept, or it failed and this thread computes it
        try:
            value = fn()
            with self._lock:
                self._done[key] = value
                while len(self._done) > self.max_entries:
                    self._done.popitem(last=False)
            return value
        finally:
            with self._lock:
                del self._running[key]
            mine.set()


class Store:
    """A frontload store in one DuckDB file.

    Use as a context manager, or call :meth:`close`. ``read_only`` opens an
    existing store without taking the write lock (several readers may share it).
    ``threads`` caps DuckDB's threads; ``"auto"`` (the CLI's reads) means one thread while the
    observations fit in :data:`ONE_THREAD_ROWS`, DuckDB's default above.
    """

    def __init__(
        self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
        threads: int | Literal["auto"] | None = None,
    ) -> None:
        self.path = Path(path) if path is not None and str(path) == ":memory:" else (
            config.db_path(path)
        )
        self.read_only = read_only
        in_memory = str(self.path) == ":memory:"
        if read_only and not in_memory and not self.path.exists():
            raise StoreError(
                f"no store at {self.path}",
                hint="load the bundled data first: `frontload load` (or pass --db PATH)",
            )
        if not in_memory:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the folder for the store {self.path}: {exc}") from exc
        try:
            self.con = _connect(str(self.path), read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}", hint=_open_hint(exc)) from exc
        if not in_memory:
            _check_intact(self.con, self.path)
        self.con.execute("SET TimeZone = 'UTC'")
        try:
            if threads is not None:
                self._set_threads(threads)
            if not read_only:
                self._migrate()
            self._check_country_codes()
        except BaseException:
            self.con.close()
            raise
        self._ibis: IbisBackend | None = None
        self._fetch_cache: dict[str, FetchRecord] | None = None
        # Results shared by every store on one unchanging copy of the file (a server's snapshot,
        # ``store/snapshot.py``): None for a store that can change, where nothing may be kept.
        self.shared: SharedResults | None = None

    def cursor(self) -> Store:
        """Another store on this one's database, for another thread: DuckDB's own ``cursor()`` (a
        connection with its own transactions, on the database already open), so none of an open's
        file checks run again. A snapshot reader gives each thread one (``store/snapshot.py``): 25
        threads opening the same new copy at once spent 2.4 ms of CPU each, one after another under
        the reader's lock, where a cursor costs 0.1 ms. Closed with this store at the latest."""
        new = Store.__new__(Store)
        new.path, new.read_only = self.path, self.read_only
        new.con = self.con.cursor()
        new.con.execute("SET TimeZone = 'UTC'")
        new._ibis, new._fetch_cache, new.shared = None, None, self.shared
        return new

    @property
    def ibis(self) -> IbisBackend:
        """The Ibis backend over this store's connection, made on first use: importing Ibis costs a
        CLI process about half a second, and the series path's hand-written SQL does not need it."""
        if self._ibis is None:
            import ibis

            self._ibis = ibis.duckdb.from_connection(self.con)
        return self._ibis

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _set_threads(self, threads: int | Literal["auto"]) -> None:
        if threads == "auto":
            rows = self.con.execute("SELECT count(*) FROM observations").fetchall()[0][0]
            if rows > ONE_THREAD_ROWS:
                return
            threads = 1
        self.con.execute(f"SET threads = {int(threads)}")

    def _migrate(self) -> None:
        from .schema import DDL, SCHEMA_VERSION

        for stmt in DDL:
            self.con.execute(stmt)
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        if not row:
            self.con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            self.con.execute("INSERT INTO meta VALUES (?, ?)", [_CODES_KEY, _CODES_VALUE])
        elif int(row[0][0]) != SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {row[0][0]}, this frontload expects "
                f"{SCHEMA_VERSION}",
                hint="create a new store with --db and reload the data",
            )

    def _check_country_codes(self) -> None:
        """Refuse a store loaded before Comtrade's legacy letters were translated (ROM → ROU,
        ARB → ABW, TMP → TLS): its Romania, Aruba and Timor-Leste rows sit under codes no other
        source uses, so a series would silently miss them. A store created since carries a mark in
        ``meta``; an older one is scanned once, and marked when clean (if opened for writing)."""
        # the key as a literal (a constant of this module): a bound parameter costs the open 0.7 ms more
        marked = self.con.execute(f"SELECT count(*) FROM meta WHERE key = '{_CODES_KEY}'").fetchall()[0][0]
        if marked:
            return
        marks = ", ".join("?" for _ in _LEGACY_LETTERS)
        n = self.con.execute(
            f"SELECT count(*) FROM observations WHERE reporter IN ({marks}) OR partner IN ({marks})",
            [*_LEGACY_LETTERS, *_LEGACY_LETTERS]).fetchall()[0][0]
        if n:
            raise StoreError(
                f"store {self.path} was loaded before frontload translated Comtrade's legacy country "
                f"letters: {n:,} row(s) are under {', '.join(_LEGACY_LETTERS)} instead of "
                f"{', '.join(_LEGACY_LETTERS.values())}, so their series would be incomplete",
                hint="rebuild the store: move the file aside (or pass --db NEW) and run `frontload load`, "
                "then `frontload load FILE` for your own files",
            )
        if not self.read_only:
            self.con.execute("INSERT INTO meta VALUES (?, ?)", [_CODES_KEY, _CODES_VALUE])

    # -- ingest ------------------------------------------------------------------------------
    def ingest(self, ds: LoadedDataset) -> IngestSummary:
        """Add a loaded dataset; identical rows are a no-op, changed values a new vintage."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only; cannot ingest {ds.name}")
        check_not_mixed(self, ds.source, ds.name)
        from ..model import EVENTS_SCHEMA, OBSERVATION_SCHEMA, REPORTED_FIGURES_SCHEMA

        reported_values = tuple(c for c in REPORTED_FIGURES_SCHEMA.names if c not in ("figure_id", "dataset"))
        event_values = tuple(c for c in EVENTS_SCHEMA.names if c not in ("event_id",))
        fetch_id = uuid.uuid4().hex[:16]
        now = dt.datetime.now(dt.UTC)
        vintage = ds.vintage if ds.vintage.tzinfo else ds.vintage.replace(tzinfo=dt.UTC)
        obs = _prepare(ds.observations, OBSERVATION_SCHEMA, vintage, fetch_id, ds.name)
        rep = _prepare(ds.reported, REPORTED_FIGURES_SCHEMA, vintage, fetch_id, ds.name)
        evs = _prepare(ds.events, EVENTS_SCHEMA, vintage, fetch_id, ds.name)
        if obs is not None:
            _validate_observations(obs, ds.name)
        try:
            self.con.execute("BEGIN TRANSACTION")
            new = unchanged = revised = rep_new = ev_new = 0
            if obs is not None:
                new, unchanged, revised = self._versioned_insert(
                    "observations", obs, OBS_KEY, OBS_VALUE_COLUMNS, ds.name
                )
            if rep is not None:
                rep_new, _, r_rev = self._versioned_insert(
                    "reported_figures", rep, ("figure_id",), reported_values, ds.name
                )
                rep_new += r_rev
            if evs is not None:
                ev_new, _, e_rev = self._versioned_insert(
                    "events", evs, ("event_id",), event_values, ds.name
                )
                ev_new += e_rev
            rows_in = sum(t.num_rows for t in (obs, rep, evs) if t is not None)
            self.con.execute(
                "INSERT INTO fetch_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    fetch_id, ds.source, ds.name, ds.title, ds.location, ds.sha256, vintage, now,
                    list(ds.scope_products), ds.provenance, list(ds.notes), rows_in,
                    new, unchanged, revised,
                ],
            )
            self.con.execute("COMMIT")
        except BaseException as exc:
            rollback(self.con)
            self._fetch_cache = None
            if isinstance(exc, FrontloadError):
                raise
            if isinstance(exc, duckdb.Error):
                raise StoreError(
                    f"ingest of {ds.name} into {self.path} failed and was rolled back: {exc}",
                    hint=write_failure_hint(exc),
                ) from exc
            raise
        self._fetch_cache = None
        return IngestSummary(fetch_id, ds.name, rows_in, new, unchanged, revised, rep_new, ev_new)

    def _versioned_insert(
        self,
        table: str,
        incoming: pa.Table,
        key: Sequence[str],
        values: Sequence[str],
        dataset: str,
    ) -> tuple[int, int, int]:
        """Insert the rows of ``incoming`` that are new or changed; return (new, unchanged, revised)."""
        self.con.register("_incoming", incoming)
        try:
            return self.versioned_insert_from("_incoming", incoming.schema.names, table, key, values, dataset)
        finally:
            self.con.unregister("_incoming")

    def versioned_insert_from(
        self,
        source: str,
        columns: Sequence[str],
        table: str,
        key: Sequence[str],
        values: Sequence[str],
        dataset: str,
    ) -> tuple[int, int, int]:
        """:meth:`_versioned_insert` for rows already in the engine (a view or temp table ``source``)."""
        keys = ", ".join(key)
        dups = self.con.execute(
            f"SELECT {keys}, count(*) AS n FROM {source} GROUP BY ALL HAVING count(*) > 1 "
            f"LIMIT 5"
        ).fetchall()
        if dups:
            raise DataError(
                f"{dataset}: {len(dups)}+ keys appear more than once in one ingest "
                f"({table}), e.g. {dups[0][:-1]}",
                hint="a loader must emit one row per key; check for a breakdown that double counts",
            )
        on = " AND ".join(f"i.{k} = o.{k}" for k in key)
        same = " AND ".join(f"i.{v} IS NOT DISTINCT FROM o.{v}" for v in values)
        self.con.execute(
            f"""CREATE OR REPLACE TEMP TABLE _cmp AS
            SELECT i.*, o.vintage AS _o_vintage,
                   (o.vintage IS NOT NULL AND {same}) AS _same
            FROM {source} i ASOF LEFT JOIN {table} o ON {on} AND i.vintage >= o.vintage"""
        )
        conflicts = self.con.execute(
            f"SELECT {keys} FROM _cmp WHERE _o_vintage = vintage AND NOT _same LIMIT 5"
        ).fetchall()
        if conflicts:
            raise DataError(
                f"{dataset}: values differ from those already stored for the same vintage "
                f"({table}), e.g. key {conflicts[0]}",
                hint="a revision must carry a later vintage (retrieval or publication date)",
            )
        counts = self.con.execute(
            """SELECT count(*) FILTER (WHERE NOT _same AND _o_vintage IS NULL),
                      count(*) FILTER (WHERE _same),
                      count(*) FILTER (WHERE NOT _same AND _o_vintage IS NOT NULL)
               FROM _cmp"""
        ).fetchall()[0]
        cols = ", ".join(columns)
        self.con.execute(
            f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _cmp WHERE NOT _same"
        )
        self.con.execute("DROP TABLE _cmp")
        return int(counts[0]), int(counts[1]), int(counts[2])

    # -- reading -----------------------------------------------------------------------------
    def fetches(self) -> dict[str, FetchRecord]:
        """Every fetch_log row by id (cached until the next ingest)."""
        if self._fetch_cache is None:
            rows = self.con.execute(
                "SELECT fetch_id, source, dataset, title, location, sha256, vintage, ingested_at,"
                " scope_products, provenance, notes FROM fetch_log"
            ).fetchall()
            self._fetch_cache = {
                r[0]: FetchRecord(
                    r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or "", _utc(r[6]), _utc(r[7]),
                    tuple(r[8] or ()), r[9] or "", tuple(r[10] or ()),
                )
                for r in rows
            }
        return self._fetch_cache

    def table(self, name: str) -> ir.Table:
        return self.ibis.table(name)

    def datasets(self) -> list[dict[str, Any]]:
        """One row per dataset: rows in force, coverage and the latest fetch."""
        rows = self.con.execute(
            """WITH f AS (
                 SELECT dataset, source, max(ingested_at) AS last_ingest, max(vintage) AS vintage,
                        arg_max(location, ingested_at) AS location,
                        arg_max(provenance, ingested_at) AS provenance
                 FROM fetch_log GROUP BY ALL),
               o AS (
                 SELECT l.dataset, count(*) AS rows, min(o.period) AS first, max(o.period) AS last,
                        count(DISTINCT o.reporter) AS reporters, count(DISTINCT o.partner) AS partners,
                        count(DISTINCT o.product) AS products
                 FROM observations o JOIN fetch_log l USING (fetch_id) GROUP BY ALL),
               r AS (
                 SELECT l.dataset, count(*) AS figures, min(period_start) AS first,
                        max(period_end) AS last
                 FROM reported_figures x JOIN fetch_log l USING (fetch_id) GROUP BY ALL),
               e AS (
                 SELECT l.dataset, count(*) AS events FROM events x JOIN fetch_log l
                 USING (fetch_id) GROUP BY ALL)
               SELECT f.dataset, f.source, coalesce(o.rows, 0), coalesce(r.figures, 0),
                      coalesce(e.events, 0), coalesce(o.first, r.first), coalesce(o.last, r.last),
                      o.reporters, o.partners, o.products, f.vintage, f.last_ingest, f.location,
                      f.provenance
               FROM f LEFT JOIN o USING (dataset) LEFT JOIN r USING (dataset)
               LEFT JOIN e USING (dataset) ORDER BY f.source, f.dataset"""
        ).fetchall()
        names = [
            "dataset", "source", "observations", "reported_figures", "events", "first", "last",
            "reporters", "partners", "products", "vintage", "last_ingest", "location", "provenance",
        ]
        return [dict(zip(names, r, strict=True)) for r in rows]


def _connect(path: str, read_only: bool, wait: float = 10.0) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting up to ``wait`` seconds while another process holds its lock.

    A reader (``frontload serve`` taking its snapshot, a CLI command) holds the lock
    for a moment only; without the wait an ingest started in that moment would fail.
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(0.1)


ONE_THREAD_ROWS = 2 * 122_880
"""Up to two of DuckDB's row groups (122,880 rows each; the bundled data are 119,347 rows in two),
a query runs on one thread: a scan that small is split in at most two tasks, and a second thread's
start-up and merges cost more CPU than it saves (the brief in process: 0.184 s of CPU with one
thread, 0.197 s with two, six alternating runs), and rows come back in the same order every run,
so a Python sum over them is the same to the last bit."""

# Comtrade's legacy letters for current countries and their ISO 3166 codes (frontload.codes.countries).
_LEGACY_LETTERS = {"ROM": "ROU", "ARB": "ABW", "TMP": "TLS"}
_CODES_KEY, _CODES_VALUE = "country_codes", "ISO 3166 (Comtrade ROM/ARB/TMP translated)"


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """ROLLBACK the open transaction, unless DuckDB has ended it already: a COMMIT that fails
    writing (a full disk) aborts the transaction itself, and a second ROLLBACK would raise and
    hide the error that matters."""
    with contextlib.suppress(duckdb.TransactionException):
        con.execute("ROLLBACK")


def write_failure_hint(exc: BaseException) -> str | None:
    """A hint for a write that failed for want of space (ENOSPC, or EFBIG under a file-size limit)."""
    text = str(exc).lower()
    if "no space left" in text or "file too large" in text or "disk" in text:
        return "free some disk space (or pass --db PATH on another disk) and run the command again"
    return None


_DAMAGED_HINT = ("the file is damaged or is not a frontload store: move it aside and rebuild with "
                 "`frontload load` (and your own `frontload load FILE` ingests), or pass --db PATH")


def _open_hint(exc: duckdb.Error) -> str:
    """What to do about a store DuckDB would not open: a lock is worth waiting for, damage is not."""
    text = str(exc).lower()
    if "lock" in text:
        return "another frontload process may be writing to it; wait and retry"
    if "not a valid duckdb database" in text or "could not read enough bytes" in text or "corrupt" in text:
        return _DAMAGED_HINT
    return "check the path and the file's permissions, or pass --db PATH"


_HEADER_BYTES = 3 * 4096  # DuckDB's main header and its two database headers


def _check_intact(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Refuse a store file shorter than its own block count says (a copy cut short, a full disk).

    DuckDB opens such a file and fails only on the first query that reaches a missing block, deep
    inside a command and as a traceback; the header's block count makes it a clear error at open.
    """
    try:
        block_size, blocks = con.execute(
            "SELECT block_size, total_blocks FROM pragma_database_size()").fetchall()[0]
        size = path.stat().st_size
    except (duckdb.Error, OSError) as exc:
        con.close()
        raise StoreError(f"cannot read store {path}: {exc}", hint=_DAMAGED_HINT) from exc
    expected = _HEADER_BYTES + int(blocks) * int(block_size)
    if size < expected:
        con.close()
        raise StoreError(
            f"store {path} is truncated: {size:,} bytes, its header says {expected:,}",
            hint=_DAMAGED_HINT,
        )



def check_not_mixed(store: Store, source: str, dataset: str) -> None:
    """Refuse to put synthetic rows in a store of real data, or real data in a synthetic store.

    Benchmark data (:mod:`frontload.synthetic`) is shaped like trade statistics; in
    the same store a query could quote it as a real figure. The fetch log says
    which kind a store already holds.
    """
    incoming = source == SYNTHETIC_SOURCE
    row = store.con.execute(
        "SELECT count(*) FILTER (WHERE source = ?), count(*) FILTER (WHERE source <> ?) FROM fetch_log",
        [SYNTHETIC_SOURCE, SYNTHETIC_SOURCE],
    ).fetchall()[0]
    clash = row[1] if incoming else row[0]
    if clash:
        kind, other = ("synthetic", "real") if incoming else ("real", "synthetic")
        raise StoreError(
            f"{dataset}: refusing to load {kind} data into {store.path}, which holds {other} data "
            f"({clash} fetch(es))",
            hint="keep synthetic benchmark data in its own store: pass --db PATH (e.g. benchmarks/.data/)",
        )


def _utc(value: Any) -> dt.datetime:
    if value is None:
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _prepare(
    table: pa.Table | None, schema: pa.Schema, vintage: dt.datetime, fetch_id: str, name: str
) -> pa.Table | None:
    """Cast to the canonical schema and stamp vintage (where missing) and fetch_id."""
    import pyarrow as pa

    if table is None or table.num_rows == 0:
        return None
    missing = [n for n in schema.names if n not in table.schema.names and n not in (
        "vintage", "fetch_id")]
    if missing:
        raise DataError(f"{name}: loader output lacks column(s) {', '.join(missing)}")
    cols = [n for n in schema.names if n not in ("vintage", "fetch_id")]
    try:
        out = table.select(cols).cast(pa.schema([schema.field(c) for c in cols]))
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise DataError(f"{name}: loader output does not fit the canonical schema: {exc}") from exc
    n = out.num_rows
    if "vintage" in table.schema.names:
        v = table.column("vintage").cast(pa.timestamp("us", tz="UTC")).fill_null(vintage)
    else:
        v = pa.array([vintage] * n, pa.timestamp("us", tz="UTC"))
    out = out.append_column("vintage", v)
    return out.append_column("fetch_id", pa.array([fetch_id] * n, pa.string()))


def _validate_observations(t: pa.Table, name: str) -> None:
    """Refuse rows the query layer could misread; list the first offenders."""
    import pyarrow as pa
    import pyarrow.compute as pc

    problems: list[str] = []
    for col in (*OBS_KEY, "value_usd"):
        nulls = t.column(col).null_count
        if nulls:
            problems.append(f"{nulls} row(s) with empty {col}")
    bad_flow = pc.invert(pc.is_in(t.column("flow"), pa.array(list(FLOWS))))
    if pc.any(bad_flow).as_py():
        problems.append(f"flow not one of {sorted(FLOWS)}")
    bad_freq = pc.invert(pc.is_in(t.column("freq"), pa.array(list(FREQS))))
    if pc.any(bad_freq).as_py():
        problems.append(f"freq not one of {sorted(FREQS)}")
    months = t.column("months")
    if pc.any(pc.or_(pc.less(months, 1), pc.greater(months, 12))).as_py():
        problems.append("months outside 1..12")
    if problems:
        raise DataError(f"{name}: invalid canonical rows: " + "; ".join(problems))
