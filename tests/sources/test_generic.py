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
