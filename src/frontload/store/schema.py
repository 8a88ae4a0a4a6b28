"""DDL of the store, derived from the Arrow schemas in :mod:`frontload.model`.

One DuckDB file holds four tables: ``observations`` (every vintage of every
value), ``reported_figures`` (figures quoted by releases and the press, not
flows), ``events`` (the policy calendar) and ``fetch_log`` (one row per ingest:
where the bytes came from, their hash, the product scope asked for and what the
ingest changed). The versioned tables carry ``vintage`` and ``fetch_id``.
"""

from __future__ import annotations

import pyarrow as pa

from ..model import EVENTS_SCHEMA, OBSERVATION_SCHEMA, REPORTED_FIGURES_SCHEMA

SCHEMA_VERSION = 1

_DUCK_TYPES = {
    pa.string(): "VARCHAR",
    pa.int8(): "TINYINT",
    pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
    pa.timestamp("us", tz="UTC"): "TIMESTAMPTZ",
    pa.list_(pa.string()): "VARCHAR[]",
}


def _columns(schema: pa.Schema) -> str:
    return ",\n  ".join(f"{f.name} {_DUCK_TYPES[f.type]}" for f in schema)


VERSIONED_EXTRA = pa.schema(
    [("vintage", pa.timestamp("us", tz="UTC")), ("fetch_id", pa.string())]
)
REPORTED_STORED_SCHEMA = pa.schema(list(REPORTED_FIGURES_SCHEMA) + list(VERSIONED_EXTRA))
EVENTS_STORED_SCHEMA = pa.schema(list(EVENTS_SCHEMA) + list(VERSIONED_EXTRA))

DDL = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    f"CREATE TABLE IF NOT EXISTS observations (\n  {_columns(OBSERVATION_SCHEMA)}\n)",
    f"CREATE TABLE IF NOT EXISTS reported_figures (\n  {_columns(REPORTED_STORED_SCHEMA)}\n)",
    f"CREATE TABLE IF NOT EXISTS events (\n  {_columns(EVENTS_STORED_SCHEMA)}\n)",
    """CREATE TABLE IF NOT EXISTS fetch_log (
  fetch_id VARCHAR PRIMARY KEY,
  source VARCHAR NOT NULL,
  dataset VARCHAR NOT NULL,
  title VARCHAR,
  location VARCHAR,
  sha256 VARCHAR,
  vintage TIMESTAMPTZ,
  ingested_at TIMESTAMPTZ NOT NULL,
  scope_products VARCHAR[],
  provenance VARCHAR,
  notes VARCHAR[],
  rows_in BIGINT,
  rows_new BIGINT,
  rows_unchanged BIGINT,
  rows_revised BIGINT
)""",
]
