"""Backend selection: the one query layer runs on DuckDB (default) or on Spark.

Every relational step in frontload is an Ibis expression (a function from an
Ibis table to an Ibis table), so the engine is only a choice of Ibis backend:

* ``duckdb`` (default): embedded, over the store file or over Parquet files;
* ``spark``: a :class:`pyspark.sql.SparkSession` on ``spark_master`` (``local[2]``
  by default, or a cluster URL such as ``spark://host:7077``, ``yarn``,
  ``k8s://…``), driven through ``ibis.pyspark``; needs the ``spark`` extra and a Java
  runtime.

An :class:`Engine` hands out *observation tables* in the canonical schema, read
from Parquet files (the scale path: each engine reads them natively) or copied
from a DuckDB store (small data, for parity checks). The results of the
expressions come back as Arrow tables, from which the NumPy cores take their
batches: the statistics are written once and do not know which engine ran.
"""

from __future__ import annotations

import gc
import os
import threading
import uuid
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ibis
import ibis.expr.types as ir
import pyarrow as pa

from .. import config
from ..errors import ConfigError, StoreError

ENGINES = ("duckdb", "spark")

_SPARK_LOCK = threading.Lock()
_SPARK_SESSIONS: dict[tuple[str, str], Any] = {}


def engine_name(explicit: str | None = None) -> str:
    """The engine to use (``--engine``, then ``FRONTLOAD_ENGINE``, then the config file), checked."""
    name = str(config.get("engine", explicit)).strip().lower()
    if name not in ENGINES:
        raise ConfigError(
            f"unknown engine {name!r}", hint=f"choose one of {', '.join(ENGINES)} (setting `engine`)"
        )
    return name


def spark_session(master: str | None = None, driver_memory: str | None = None) -> Any:
    """A SparkSession for ``master`` (setting ``spark_master``), created once per process.

    The session runs in UTC (the store's timestamps are UTC), keeps shuffles small
    on a local master and turns Arrow transfer on, so results reach NumPy without
    a row-by-row conversion.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ConfigError(
            "the spark engine needs PySpark",
            hint="install the extra: pip install 'frontload[spark]' (and a Java 17 runtime)",
        ) from exc
    master = str(config.get("spark_master", master))
    memory = str(config.get("spark_driver_memory", driver_memory))
    key = (master, memory)
    with _SPARK_LOCK:
        if key in _SPARK_SESSIONS:
            return _SPARK_SESSIONS[key]
        local = master.startswith("local")
        if local:
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # stay on loopback, no network
        builder = (
            SparkSession.builder.master(master)
            .appName("frontload")
            .config("spark.driver.memory", memory)
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
        )
        if local:
            builder = builder.config("spark.sql.shuffle.partitions", "4").config(
                "spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        try:
            session = builder.getOrCreate()
        except Exception as exc:  # Java missing, master unreachable: say which
            raise ConfigError(
                f"cannot start Spark on {master!r}: {str(exc).splitlines()[0] if str(exc) else exc!r}",
                hint="Spark needs a Java 17 runtime (JAVA_HOME or java on PATH) and a reachable master",
            ) from exc
        session.sparkContext.setLogLevel("ERROR")
        _SPARK_SESSIONS[key] = session
        return session


@dataclass
class Engine:
    """One Ibis backend plus the ways to get canonical observation tables onto it."""

    name: str
    backend: Any
    session: Any = None  # the SparkSession on the spark engine

    def parquet(self, paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> ir.Table:
        """Observations (canonical columns) from Parquet files or folders, read by the engine itself."""
        files = _parquet_files(paths)
        if self.name == "spark":
            # ibis.pyspark's read_parquet of several paths fails: read with Spark, then con.table().
            df = self.session.read.parquet(*files)
            view = self._view_name()
            df.createOrReplaceTempView(view)
            return self.backend.table(view)
        return self.backend.read_parquet(files)

    def arrow(self, table: pa.Table) -> ir.Table:
        """An in-memory Arrow table on this engine (small data: tests and examples)."""
        view = self._view_name()
        if self.name == "spark":
            df = self.session.createDataFrame(_spark_safe(table))  # Spark 4 takes Arrow as is
            df.createOrReplaceTempView(view)
            return self.backend.table(view)
        # Registered as an Arrow view (ibis' create_table from Arrow trips over DuckDB 2.0's DROP VIEW).
        self.backend.con.register(view, table)
        return self.backend.table(view)

    def observations(self, store: Any) -> ir.Table:
        """The store's ``observations`` table on this engine (copied over for Spark)."""
        if self.name == "duckdb" and getattr(store, "ibis", None) is not None:
            return store.table("observations")
        return self.arrow(store.con.sql("SELECT * FROM observations").to_arrow_table())

    def to_arrow(self, expr: ir.Table) -> pa.Table:
        """Run ``expr`` and return Arrow: the batch the NumPy cores read, whichever engine ran it.

        On Spark the compiled SQL runs as a DataFrame and comes back through
        ``DataFrame.toArrow`` (no pandas in between, so no pandas-version quirks).
        """
        if self.name == "spark":
            # PySpark leaves its local result socket to the garbage collector (a ResourceWarning
            # that is not ours to fix): collect it here, where that warning is expected.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ResourceWarning)
                out: pa.Table = self.session.sql(self.backend.compile(expr)).toArrow()
                gc.collect()
            return out
        result: pa.Table = expr.to_pyarrow()
        return result

    def _view_name(self) -> str:
        return f"frontload_{uuid.uuid4().hex[:10]}"


def connect(engine: str | None = None, *, master: str | None = None,
            driver_memory: str | None = None, threads: int | None = None) -> Engine:
    """An :class:`Engine` for ``engine`` (the setting by default)."""
    name = engine_name(engine)
    if name == "spark":
        session = spark_session(master, driver_memory)
        return Engine("spark", ibis.pyspark.connect(session), session)
    backend = ibis.duckdb.connect()
    backend.raw_sql("SET TimeZone = 'UTC'")
    backend.raw_sql("SET enable_progress_bar = false")
    if threads:
        backend.raw_sql(f"SET threads = {int(threads)}")
    return Engine("duckdb", backend)


def _parquet_files(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    files: list[str] = []
    for item in items:
        if "://" in str(item):  # hdfs://, s3a://, gs://: the engine (a cluster) reads it, not this machine
            files.append(str(item))
            continue
        p = Path(item)
        if p.is_dir():
            files += sorted(str(f) for f in p.rglob("*.parquet"))
        elif p.exists():
            files.append(str(p))
    if not files:
        raise StoreError(
            f"no Parquet files at {', '.join(str(i) for i in items)}",
            hint="generate them with `frontload synth` or point at a folder of .parquet files",
        )
    return files


def _spark_safe(table: pa.Table) -> pa.Table:
    """Arrow → pandas → Spark needs plain types: int8 becomes int32 in Spark anyway; keep UTC stamps."""
    fields = []
    for f in table.schema:
        if pa.types.is_int8(f.type):
            fields.append(pa.field(f.name, pa.int32()))
        else:
            fields.append(f)
    return table.cast(pa.schema(fields))

