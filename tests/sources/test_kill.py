"""A load killed with SIGKILL at any point is finished by running the same command again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from frontload.store.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")


def snapshot(path) -> list[tuple]:
    with Store(path, read_only=True) as s:
        return s.con.execute(
            "SELECT source, reporter, partner, flow, product, period, months, value_usd, vintage "
            "FROM observations ORDER BY ALL").fetchall()


@pytest.mark.parametrize("delay", [0.8, 2.0, 3.5])
def test_kill_9_during_load_then_rerun_equals_a_clean_load(tmp_path, loaded_db, delay):
    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "frontload", "--db", str(db), "load"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert snapshot(db) == snapshot(loaded_db)
    with Store(db, read_only=True) as s:
        dups = s.con.execute("SELECT count(*) FROM (SELECT source, reporter, partner, flow, product, period, "
                             "freq, months, vintage FROM observations GROUP BY ALL HAVING count(*) > 1)").fetchall()
    assert dups[0][0] == 0
