"""Every file reader, fed mutations of the real bundled files: a clean error or a correct load.

Seeds are the header and first rows of each bundled layout in its own bytes (Comtrade+ is Latin-1
with CRLF, Taiwan customs UTF-8 with a BOM, the China customs downloads GB18030 as the platform
writes them); see :mod:`tests.fuzz.mutate` for what is done to them and :mod:`tests.fuzz.conftest`
for the oracle. A traceback or a hang fails the test, and hypothesis shrinks it to the input.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontload.sources import gacc
from frontload.sources.files import load_file
from frontload.sources.generic import load_generic

from ..conftest import DATA, raw_kazookat
from ..sources import test_gacc
from .conftest import PROFILE, run
from .mutate import head, mutated, mutated_binary, nasty_cell

CT = DATA / "comtrade_8542_exports_world_all_reporters"
TW = DATA / "taiwan_customs_8542_exports_by_destination"
CENSUS = DATA / "us_tariff_tracker_tradewartracker" / "us_2024_hs10_imports_by_country" / "2024-hs10-imports5700.parquet"
VINTAGE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
# a failing megabyte input would otherwise end in hypothesis' own "overly large repr" warning
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")

SEEDS = {  # layout: (file, lines kept, encoding, load_file options)
    "comtrade_plus": (CT / "ic_exports_world_HS8542_202501_202508_uncomtrade.csv", 25, "latin-1", {}),
    "comtrade_legacy": (DATA / "comtrade_sme_848620_903082_903141_annual" / "comtrade_sme_world_2016_2020.csv",
                        25, "utf-8", {}),
    "comtrade_tidy": (DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv", 25,
                      "utf-8", {}),
    "tw_totals": (TW / "taiwan_exports_8542_2013_2025.csv", 25, "utf-8-sig", {}),
    "tw_by_destination": (TW / "taiwan_exports_by_country_2013_2025.csv", 40, "utf-8-sig",
                          {"spans": ["2025-01..2025-07"]}),
}


@pytest.mark.parametrize("layout", sorted(SEEDS))
def test_csv_layouts(layout, tmp_path):
    src, lines, enc, opts = SEEDS[layout]
    seed = head(src, lines)
    target = tmp_path / f"export_{layout}.csv"
    assert run(layout + ":seed", lambda: _load(target, seed, opts), [target.name]) == "load"

    @PROFILE
    @given(data=mutated(seed, enc))
    def fuzz(data: bytes) -> None:
        run(layout, lambda: _load(target, data, opts), [target.name])

    fuzz()


def _load(path: Path, data: bytes, opts: dict):
    path.write_bytes(data)
    return load_file(path, vintage=VINTAGE, **opts)


@pytest.fixture(scope="module")
def census_seed() -> pa.Table:
    t = pq.read_table(CENSUS)
    dec = t.filter(pa.compute.equal(pa.compute.month(t["time"]), 12))
    return pa.concat_tables([dec.slice(0, 30), t.slice(0, 5)])


def _parquet_bytes(t: pa.Table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(t, buf)
    return buf.getvalue()


@st.composite
def _table_mutation(draw: st.DrawFn, t: pa.Table) -> pa.Table:
    """A Parquet file saved by another tool: a column dropped, renamed, retyped, or a cell changed."""
    k = draw(st.integers(0, t.num_columns - 1))
    name = t.column_names[k]
    kind = draw(st.sampled_from(["drop", "rename", "as_text", "cell", "null", "empty"]))
    i = draw(st.integers(0, t.num_rows - 1))
    if kind == "drop":
        return t.remove_column(k)
    if kind == "rename":
        return t.rename_columns([draw(st.sampled_from(["", name.lower(), name + " ", "time"])) if c == name else c
                                 for c in t.column_names])
    if kind == "empty":
        return t.slice(0, 0)
    values = t.column(k).to_pylist()
    if kind == "null":
        values[i] = None
        try:
            return t.set_column(k, name, pa.array(values, t.schema.field(k).type))
        except (pa.ArrowInvalid, pa.ArrowTypeError, ValueError):  # a NaN an earlier mutation left in an int column
            return t.set_column(k, name, pa.array([None if v is None else str(v) for v in values], pa.string()))
    new = draw(st.one_of(nasty_cell(), st.sampled_from([-1, 0, 10**18, -(10**18), float("nan"), float("inf"),
                                                        -0.0, 1e308, dt.datetime(2024, 12, 1),
                                                        dt.date(1, 1, 1)])))
    if kind == "as_text" or isinstance(new, str):
        values = [None if v is None else str(v) for v in values]
        values[i] = str(new)
        return t.set_column(k, name, pa.array(values, pa.string()))
    values[i] = new
    try:
        arr = pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        arr = pa.array([None if v is None else str(v) for v in values], pa.string())
    return t.set_column(k, name, arr)


def test_census_parquet_bytes(census_seed, tmp_path):
    seed = _parquet_bytes(census_seed)
    target = tmp_path / "census_5700.parquet"
    assert run("census_parquet:seed", lambda: _load(target, seed, {}), [target.name]) == "load"

    @PROFILE
    @given(data=mutated_binary(seed))
    def fuzz(data: bytes) -> None:
        run("census_parquet_bytes", lambda: _load(target, data, {}), [target.name])

    fuzz()


def test_census_parquet_tables(census_seed, tmp_path):
    target = tmp_path / "census_5700.parquet"

    @PROFILE
    @given(t=st.lists(st.just(None), min_size=1, max_size=3).flatmap(
        lambda ops: _chain(census_seed, len(ops))))
    def fuzz(t: pa.Table) -> None:
        run("census_parquet_tables", lambda: _load(target, _parquet_bytes(t), {}), [target.name])

    fuzz()


def _chain(t: pa.Table, n: int) -> st.SearchStrategy[pa.Table]:
    s: st.SearchStrategy[pa.Table] = st.just(t)
    for _ in range(n):
        s = s.flatmap(lambda x: _table_mutation(x) if x.num_rows else st.just(x))
    return s


# -- China customs platform downloads (written as the platform writes them, from real rows) ---------

@pytest.fixture(scope="module")
def gacc_seeds(tmp_path_factory) -> dict[str, bytes]:
    d = tmp_path_factory.mktemp("gacc")
    test_gacc.by_month_english(d / "en.csv")
    test_gacc.ytd_chinese(d / "zh.csv", 3)
    return {"en": head(d / "en.csv", 30), "zh": head(d / "zh.csv", 30)}


@pytest.mark.parametrize("kind", ["en", "zh"])
def test_gacc_downloads(kind, gacc_seeds, tmp_path):
    seed = gacc_seeds[kind]
    target = tmp_path / f"downloadData_{kind}.csv"
    opts = {"flow": "M"} if kind == "en" else {"flow": "M", "spans": ["2024-01..2024-03"], "cny_per_usd": 7.1884}
    assert run(f"gacc_{kind}:seed", lambda: _gacc(target, seed, opts), [target.name]) == "load"

    @PROFILE
    @given(data=mutated(seed, "gb18030"))
    def fuzz(data: bytes) -> None:
        run(f"gacc_{kind}", lambda: _gacc(target, data, opts), [target.name])

    fuzz()


def _gacc(path: Path, data: bytes, opts: dict):
    path.write_bytes(data)
    return gacc.load_gacc([path], vintage=VINTAGE, **opts)


# -- generic tables through a mapping --------------------------------------------------------------

MAPPING = '''source = "mycustoms"
[columns]
reporter = "=United States"
partner = "origin"
flow = "=M"
product = "hs"
period = "month"
value = "value_kusd"
[units]
scale = 1000
'''


@pytest.fixture(scope="module")
def generic_rows() -> list[list[str]]:
    """Real rows (US imports of HS 854231 from China, KazooKat Comtrade file) in a user's own layout."""
    raw = raw_kazookat("USA", "M", "156", "854231")
    return [["month", "origin", "hs", "value_kusd"]] + [
        [k, "China", "8542.31", repr(v / 1000)] for k, v in sorted(raw.items())[:24]]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "xlsx"])
def test_generic_with_mapping(fmt, generic_rows, tmp_path):
    mapping = tmp_path / "map.toml"
    mapping.write_text(MAPPING)
    target = tmp_path / f"mine.{fmt}"
    if fmt == "csv":
        seed = "".join(",".join(r) + "\n" for r in generic_rows).encode()
        strategy = mutated(seed, "utf-8")
    else:
        seed = _parquet_bytes(_as_table(generic_rows)) if fmt == "parquet" else _xlsx(generic_rows)
        strategy = st.one_of(mutated_binary(seed), st.builds(
            lambda rows: _parquet_bytes(_as_table(rows)) if fmt == "parquet" else _xlsx(rows),
            _rows_mutation(generic_rows)))
    assert run(f"generic_{fmt}:seed", lambda: _generic(target, seed, mapping), [target.name]) == "load"

    @PROFILE
    @given(data=strategy)
    def fuzz(data: bytes) -> None:
        run(f"generic_{fmt}", lambda: _generic(target, data, mapping), [target.name])

    fuzz()


def _generic(path: Path, data: bytes, mapping: Path):
    path.write_bytes(data)
    return load_generic(path, mapping, vintage=VINTAGE)


@st.composite
def _rows_mutation(draw: st.DrawFn, rows: list[list[str]]) -> list[list[object]]:
    rnd = random.Random(draw(st.integers(0, 2**32 - 1)))
    out: list[list[object]] = [list(r) for r in rows]
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["cell", "number", "drop_col", "reorder", "header_only", "date"]))
        i, j = rnd.randrange(len(out)), rnd.randrange(len(out[0]))
        if kind == "cell":
            out[i][j] = draw(nasty_cell())
        elif kind == "number":
            out[i][j] = draw(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-(2**63), 2**63 - 1)))
        elif kind == "drop_col":
            out = [r[:j] + r[j + 1 :] for r in out]
        elif kind == "reorder":
            perm = rnd.sample(range(len(out[0])), len(out[0]))
            out = [[r[k] for k in perm] for r in out]
        elif kind == "header_only":
            out = out[:1]
        else:
            out[i][j] = dt.datetime(2024, rnd.randrange(1, 13), 1)
        if not out or not out[0]:
            return [["month"]]
    return out


def _as_table(rows: list[list[object]]) -> pa.Table:
    header = [str(h) for h in rows[0]]
    cols = {h: [None if len(r) <= k else (str(r[k]) if r[k] is not None else None) for r in rows[1:]]
            for k, h in enumerate(header)}
    if len(set(header)) < len(header):  # Parquet allows duplicate names; pyarrow's dict does not
        return pa.Table.from_arrays([pa.array(v, pa.string()) for v in cols.values()], names=header[: len(cols)])
    return pa.table({h: pa.array(v, pa.string()) for h, v in cols.items()})


def _xlsx(rows: list[list[object]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append([_xlsx_cell(v) for v in r])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _xlsx_cell(v: object) -> object:
    if isinstance(v, str):
        v = "".join(ch for ch in v if ch.isprintable() or ch in "\t\n")[:32_000]  # what a cell can hold
        try:
            return float(v) if v.strip() and v.strip().lstrip("-").replace(".", "", 1).isdigit() else v
        except ValueError:
            return v
    if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
        return str(v)  # a workbook cannot hold NaN or inf as a number
    if isinstance(v, int) and abs(v) > 2**53:
        return float(v)
    return v
