"""The store's contract: idempotent ingest, vintages, as_of, atomic failure, no double counting.

Rows are real: US imports of HS 854231/854232 from China, read straight from the
shared KazooKat Comtrade file with the csv module.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontload.errors import DataError, NoDataError, StoreError
from frontload.model import OBSERVATION_SCHEMA, LoadedDataset, Query
from frontload.store import query as Q
from frontload.store.store import Store

RAW = Path(__file__).resolve().parents[2].parent / "shared" / "data" / (
    "comtrade_monthly_semis_kazookat/comtrade_monthly_semis_kazookat.csv"
)
V1 = dt.datetime(2026, 10, 6, tzinfo=dt.UTC)
V2 = dt.datetime(2026, 11, 6, tzinfo=dt.UTC)
IN_SCHEMA = pa.schema([f for f in OBSERVATION_SCHEMA if f.name not in ("vintage", "fetch_id")])


def raw_rows(codes=("854231", "854232"), partner_code="156", year="2024") -> list[dict]:
    out = []
    with RAW.open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if (r["reporter"] == "USA" and r["partner_code"] == partner_code
                    and r["cmd_code"] in codes and r["date"].startswith(year)):
                out.append(r)
    assert out, "fixture rows must exist in the shared file"
    return out


def canonical(rows: list[dict], *, product_override: str | None = None) -> pa.Table:
    recs = []
    for r in rows:
        code = product_override or r["cmd_code"]
        recs.append(dict(
            source="comtrade", reporter="USA", partner="CHN", flow="M", classification="H6",
            product=code, level=len(code), period=dt.date.fromisoformat(r["date"]), freq="M",
            months=1, value_usd=float(r["value_usd"]), value_local=None, currency=None,
            valuation="customs", qty=None, qty_unit=None, net_weight_kg=None, is_estimated=False,
        ))
    return pa.Table.from_pylist(recs, schema=IN_SCHEMA)


def dataset(table: pa.Table, vintage=V1, scope=("854231", "854232"), **kw) -> LoadedDataset:
    return LoadedDataset(
        name=kw.pop("name", "kazookat-test"), source="comtrade", title="test", location=str(RAW),
        sha256="0" * 64, vintage=vintage, observations=table, scope_products=list(scope), **kw,
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        yield s


def count(store: Store, table: str = "observations") -> int:
    return store.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


def test_reingest_is_a_noop(store):
    t = canonical(raw_rows())
    first = store.ingest(dataset(t))
    assert first.rows_new == t.num_rows == 24
    second = store.ingest(dataset(t))
    assert (second.rows_new, second.rows_unchanged, second.rows_revised) == (0, 24, 0)
    assert count(store) == 24


def test_revision_adds_a_vintage_and_as_of_sees_history(store):
    rows = raw_rows(codes=("854231",))
    oct_raw = next(float(r["value_usd"]) for r in rows if r["date"] == "2024-10-01")
    store.ingest(dataset(canonical(rows)))
    revised = canonical(rows).to_pylist()
    for r in revised:
        if r["period"] == dt.date(2024, 10, 1):
            r["value_usd"] = oct_raw + 1_000_000.0
    summary = store.ingest(dataset(pa.Table.from_pylist(revised, schema=IN_SCHEMA), vintage=V2))
    assert (summary.rows_new, summary.rows_unchanged, summary.rows_revised) == (0, 11, 1)
    assert count(store) == 13  # 12 months + one extra version; nothing overwritten
    q = Query("USA", "CHN", "M", "854231")
    now = Q.series(store, q).point_at(dt.date(2024, 10, 1))
    then = Q.series(store, Query("USA", "CHN", "M", "854231", as_of=V1)).point_at(
        dt.date(2024, 10, 1))
    assert now is not None and then is not None
    assert now.value == oct_raw + 1_000_000.0
    assert then.value == oct_raw
    assert now.vintage == V2


def test_same_vintage_conflict_is_refused_and_store_untouched(store):
    rows = raw_rows(codes=("854231",))
    store.ingest(dataset(canonical(rows)))
    before = count(store), count(store, "fetch_log")
    changed = canonical(rows).to_pylist()
    changed[0]["value_usd"] += 1
    with pytest.raises(DataError, match="same vintage"):
        store.ingest(dataset(pa.Table.from_pylist(changed, schema=IN_SCHEMA)))
    assert (count(store), count(store, "fetch_log")) == before


def test_failure_late_in_an_ingest_rolls_back_everything(store):
    """Observations are valid, the reported figures are not: nothing at all may land."""
    from frontload.model import REPORTED_FIGURES_SCHEMA

    dup = {n: None for n in REPORTED_FIGURES_SCHEMA.names}
    dup.update(figure_id="x:1", dataset="d", value=1.0)
    bad_reported = pa.Table.from_pylist([dup, dup], schema=REPORTED_FIGURES_SCHEMA)
    with pytest.raises(DataError, match="more than once"):
        store.ingest(dataset(canonical(raw_rows()), reported=bad_reported))
    assert count(store) == 0 and count(store, "fetch_log") == 0 and count(
        store, "reported_figures") == 0


def test_duplicate_keys_in_one_ingest_are_refused(store):
    t = canonical(raw_rows(codes=("854231",)))
    with pytest.raises(DataError, match="more than once"):
        store.ingest(dataset(pa.concat_tables([t, t])))
    assert count(store) == 0


def test_invalid_rows_are_refused_with_reason(store):
    recs = canonical(raw_rows(codes=("854231",))).to_pylist()
    recs[3]["flow"] = "IMPORT"
    with pytest.raises(DataError, match="flow not one of"):
        store.ingest(dataset(pa.Table.from_pylist(recs, schema=IN_SCHEMA)))


def test_partial_scope_is_not_a_total(store):
    store.ingest(dataset(canonical(raw_rows())))
    with pytest.raises(NoDataError, match="not a total for 8542"):
        Q.series(store, Query("USA", "CHN", "M", "8542"))
    assert Q.child_codes(store, Query("USA", "CHN", "M", "8542")) == ["854231", "854232"]


def test_parent_row_wins_over_children(store):
    """An explicit 8542 total and its children in the store: the total is used, not summed."""
    rows = raw_rows()
    store.ingest(dataset(canonical(rows), scope=("8542",)))
    parent = {}
    for r in rows:
        parent[r["date"]] = parent.get(r["date"], 0.0) + float(r["value_usd"])
    prow = [dict(date=d, cmd_code="8542", value_usd=str(v * 1.5)) for d, v in parent.items()]
    store.ingest(dataset(canonical(prow), scope=("8542",), name="parent-rows"))
    s = Q.series(store, Query("USA", "CHN", "M", "8542"))
    oct_point = s.point_at(dt.date(2024, 10, 1))
    assert oct_point is not None
    assert oct_point.value == pytest.approx(parent["2024-10-01"] * 1.5)
    assert oct_point.rows == 1
    # Without the parent rows, a complete-scope store sums the children.
    children_only = Q.series(store, Query("USA", "CHN", "M", "854231"))
    assert children_only.point_at(dt.date(2024, 10, 1)).rows == 1


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "nope.duckdb", read_only=True)


def test_read_only_store_refuses_ingest(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as ro, pytest.raises(StoreError, match="read-only"):
        ro.ingest(dataset(canonical(raw_rows(codes=("854231",)))))


def test_datasets_summary(store):
    store.ingest(dataset(canonical(raw_rows())))
    (row,) = store.datasets()
    assert row["observations"] == 24
    assert row["first"] == dt.date(2024, 1, 1) and row["last"] == dt.date(2024, 12, 1)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=0, max_value=23), min_size=1, max_size=24, unique=True))
def test_reingest_of_any_subset_is_a_noop(tmp_path, idx):
    t = canonical(raw_rows())
    with Store(":memory:") as s:
        s.ingest(dataset(t))
        sub = t.take(pa.array(sorted(idx)))
        summary = s.ingest(dataset(sub))
        assert summary.rows_new == summary.rows_revised == 0
        assert summary.rows_unchanged == len(idx)
        assert count(s) == 24
