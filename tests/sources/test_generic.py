"""A generic table read through a mapping file: real rows, rescaled and renamed, come back exact."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from frontload.cli import app
from frontload.errors import ConfigError, ParseError
from frontload.sources.generic import load_generic

from ..conftest import raw_kazookat

MAPPING = '''source = "mycustoms"
valuation = "customs"
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


@pytest.fixture()
def table(tmp_path):
    raw = raw_kazookat("USA", "M", "156", "854231")
    f = tmp_path / "mine.csv"
    f.write_text("month,origin,hs,value_kusd\n" + "".join(
        f"{k},China,8542.31,{v / 1000!r}\n" for k, v in sorted(raw.items()) if k.startswith("2024")))
    m = tmp_path / "map.toml"
    m.write_text(MAPPING)
    return f, m, {k: v for k, v in raw.items() if k.startswith("2024")}


def test_mapped_rows_are_exact(table):
    f, m, raw = table
    ds = load_generic(f, m)
    rows = ds.observations.to_pylist()
    assert {str(r["period"])[:7]: r["value_usd"] for r in rows} == pytest.approx(raw)
    assert {r["reporter"] for r in rows} == {"USA"} and {r["partner"] for r in rows} == {"CHN"}
    assert {r["product"] for r in rows} == {"854231"} and ds.source == "mycustoms"


def test_cli_load_with_mapping(table, tmp_path):
    f, m, raw = table
    db = tmp_path / "s.duckdb"
    r = CliRunner().invoke(app, ["--db", str(db), "load", str(f), "--mapping", str(m), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)[0]["rows_new"] == len(raw) == 12


def test_mapping_and_row_errors(table, tmp_path):
    f, m, _ = table
    bad_map = tmp_path / "bad.toml"
    bad_map.write_text('source = "x"\n[columns]\nreporter = "=USA"\n')
    with pytest.raises(ConfigError, match="lacks partner"):
        load_generic(f, bad_map)
    wrong = tmp_path / "wrong.toml"
    wrong.write_text(MAPPING.replace('"origin"', '"country"'))
    with pytest.raises(ConfigError, match="country"):
        load_generic(f, wrong)
    broken = tmp_path / "broken.csv"
    broken.write_text("month,origin,hs,value_kusd\n2024-13,China,854231,1\n2024-01,Narnia,854231,1\n2024-02,China,854231,x\n")
    with pytest.raises(ParseError) as e:
        load_generic(broken, m)
    assert {(p.row, p.column) for p in e.value.problems} == {(2, "month"), (3, "origin"), (4, "value_kusd")}


def test_xlsx_table_with_date_cells_is_exact(table, tmp_path):
    """A real workbook (openpyxl), months as Excel date cells and values as numbers, from the same raw rows."""
    import datetime as dt

    import openpyxl

    _, m, raw = table
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "imports"
    ws.append(["month", "origin", "hs", "value_kusd"])
    for k, v in sorted(raw.items()):
        ws.append([dt.datetime(int(k[:4]), int(k[5:7]), 1), "China", "8542.31", v / 1000])
    ws.append([None, None, None, None])  # a blank row, as sheets often end
    f = tmp_path / "mine.xlsx"
    wb.save(f)
    assert f.read_bytes()[:2] == b"PK"  # a real zipped workbook
    ds = load_generic(f, m)
    rows = ds.observations.to_pylist()
    assert {str(r["period"])[:7]: r["value_usd"] for r in rows} == pytest.approx(raw)
    assert len(rows) == 12 and {r["partner"] for r in rows} == {"CHN"}


def test_xlsx_sheet_choice_and_bad_cells(tmp_path, table):
    import openpyxl

    _, m, _ = table
    wb = openpyxl.Workbook()
    wb.active.append(["notes"])
    ws = wb.create_sheet("data")
    ws.append(["month", "origin", "hs", "value_kusd"])
    ws.append(["2024-01", "China", "854231", "n/a"])
    f = tmp_path / "two.xlsx"
    wb.save(f)
    mp = tmp_path / "sheet.toml"
    mp.write_text('sheet = "data"\n' + MAPPING)
    with pytest.raises(ParseError) as e:
        load_generic(f, mp)
    assert [(p.row, p.column, p.value) for p in e.value.problems] == [(2, "value_kusd", "n/a")]
    mp.write_text('sheet = "nope"\n' + MAPPING)
    with pytest.raises(ConfigError, match="no sheet 'nope'"):
        load_generic(f, mp)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("month,origin\n")
    with pytest.raises(ConfigError, match="Excel workbook"):
        load_generic(fake, m)


def test_xlsx_without_openpyxl_says_what_to_install(tmp_path, table, monkeypatch):
    import sys

    _, m, _ = table
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import fails as if not installed
    f = tmp_path / "x.xlsx"
    f.write_bytes(b"PK")
    with pytest.raises(ConfigError, match="openpyxl") as e:
        load_generic(f, m)
    assert "frontload[xlsx]" in e.value.hint


def test_parquet_table_into_the_store(table, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from frontload.store.store import Store

    _, m, raw = table
    f = tmp_path / "mine.parquet"
    pq.write_table(pa.table({"month": sorted(raw), "origin": ["China"] * len(raw), "hs": ["854231"] * len(raw),
                             "value_kusd": [raw[k] / 1000 for k in sorted(raw)]}), f)
    with Store(tmp_path / "s.duckdb") as s:
        sm = s.ingest(load_generic(f, m))
        got = dict(s.con.execute("SELECT strftime(period, '%Y-%m'), value_usd FROM observations").fetchall())
    assert sm.rows_new == 12 and got == pytest.approx(raw)
