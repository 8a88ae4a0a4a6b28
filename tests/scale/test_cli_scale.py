"""The scale commands: headlines and screen --engine agree with the per-series statistics; synth + load-bulk."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from frontload import api
from frontload.cli import app
from frontload.stats.headline import rolling_yoy, value, yoy, ytd, ytd_yoy
from frontload.store.store import Store

runner = CliRunner()


def run(*args: str, db=None):
    full = (["--db", str(db)] if db else []) + list(args)
    return runner.invoke(app, full, catch_exceptions=False)


def test_headlines_match_the_per_series_statistics(loaded_db):
    r = run("headlines", "--month", "2026-07", "--reporter", "USA", "--format", "json", db=loaded_db)
    assert r.exit_code == 0, r.output
    rows = {(x["source"], x["partner"], x["flow"], x["product"]): x for x in json.loads(r.stdout)}
    with Store(loaded_db, read_only=True) as s:
        checked = 0
        for partner, product in (("World", "854231"), ("China", "847330"), ("Japan", "852351")):
            ser = api.get_series(s, "USA", partner, product, source="comtrade")
            row = rows[("comtrade", ser.key.partner, "M", product)]
            month = dt.date(2026, 7, 1)
            for name, fig in (("yoy_pct", yoy(ser, month)), ("ytd_yoy_pct", ytd_yoy(ser, month)),
                              ("value", value(ser, month)), ("ytd", ytd(ser, month)),
                              ("rolling_12m_yoy_pct", rolling_yoy(ser, month, 12))):
                if fig is None:
                    assert row[name] is None, (partner, product, name)
                else:
                    assert row[name] == pytest.approx(fig.value, rel=1e-9), (partner, product, name)
                    checked += 1
    assert checked >= 12


def test_screen_all_ranks_every_complete_series(loaded_db):
    r = run("screen", "--engine", "duckdb", "--end", "2026-06", "--fit", "30", "--format", "json", "--top", "100",
            db=loaded_db)
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    zs = [x["z"] for x in out["top"]]
    assert out["series"] == len(zs) > 10 and zs == sorted(zs, reverse=True)


def test_unknown_engine_is_a_clean_error(loaded_db):
    r = run("headlines", "--month", "2026-07", "--engine", "hadoop", db=loaded_db)
    assert r.exit_code == 2 and "unknown engine 'hadoop'" in r.output


def test_synth_then_load_bulk_into_its_own_store(tmp_path, loaded_db):
    out = tmp_path / "w"
    r = run("synth", str(out), "--rows", "5000", "--seed", "1")
    assert r.exit_code == 0 and "SYNTHETIC" in r.output
    db = tmp_path / "synthetic.duckdb"
    r = run("load-bulk", str(out), db=db)
    assert r.exit_code == 0 and "5,000 new" in r.output, r.output
    r = run("headlines", "--month", "2025-07", "--format", "json", db=db)
    rows = json.loads(r.stdout)
    assert rows and {x["source"] for x in rows} == {"synthetic"}
    # and the real store refuses it
    import shutil

    real = tmp_path / "real.duckdb"
    shutil.copy(loaded_db, real)
    r = run("load-bulk", str(out), db=real)
    assert r.exit_code == 2 and "refusing to load synthetic data" in r.output
