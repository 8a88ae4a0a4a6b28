"""Real processes against one store file: two writers at once, a damaged file, a disk that fills up.

Each case runs the ``frontload`` CLI in a child process (as a user in two terminals would) and
then reads the store in this process: it must equal one clean load, or be exactly as it was, and
every failure must be a clean ``error:`` line with a hint (exit code 2), never a traceback.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from frontload.errors import StoreError
from frontload.store.store import Store

from ..conftest import DATA

DATASETS = ["comtrade_china_imports_from_us_8542_annual", "twcustoms_8542_exports", "gacc_ic_imports_headline",
            "policy_events"]
KZ = DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv"
PLUS = DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_202501_202508_uncomtrade.csv"


def cli(db: Path, *args: str, fsize: int | None = None) -> subprocess.Popen[str]:
    """``frontload --db DB ARGS`` in a child process; ``fsize`` caps the size of any file it writes
    (RLIMIT_FSIZE: a write past it fails with EFBIG, as on a full disk; Python ignores SIGXFSZ)."""
    def limit() -> None:
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.Popen([sys.executable, "-m", "frontload", "--db", str(db), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=limit, env=os.environ | {"COLUMNS": "200"})


def finish(p: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = p.communicate(timeout=300)
    assert "Traceback" not in err, err
    return p.returncode, out, err


def contents(db: Path) -> dict[str, list[tuple]]:
    """Everything a store holds, less what differs between two loads of the same files (fetch ids, the
    time of the fetch, and how many times a fetch was logged)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "observations": con.execute("SELECT * EXCLUDE (fetch_id) FROM observations ORDER BY ALL").fetchall(),
            "reported_figures": con.execute("SELECT * EXCLUDE (fetch_id) FROM reported_figures ORDER BY ALL").fetchall(),
            "events": con.execute("SELECT * EXCLUDE (fetch_id) FROM events ORDER BY ALL").fetchall(),
            # the fetch log logs every ingest, a no-op re-ingest too: compare what was fetched, and
            # that no row was counted new or revised twice
            "fetch_log": con.execute("SELECT DISTINCT dataset, source, title, location, sha256, vintage, "
                                     "scope_products, rows_in FROM fetch_log ORDER BY ALL").fetchall(),
            "fetch_counts": con.execute("SELECT sum(rows_new), sum(rows_revised) FROM fetch_log").fetchall(),
            "meta": con.execute("SELECT * FROM meta ORDER BY ALL").fetchall(),
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> tuple[Path, dict[str, list[tuple]]]:
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    rc, _, err = finish(cli(db, "load", *[a for d in DATASETS for a in ("-d", d)]))
    assert rc == 0, err
    return db, contents(db)


def test_two_concurrent_loads_equal_one_clean_load(clean, tmp_path):
    db = tmp_path / "twice.duckdb"
    args = ["load", *[a for d in DATASETS for a in ("-d", d)]]
    a, b = cli(db, *args), cli(db, *args)
    results = [finish(a), finish(b)]
    for rc, _, err in results:  # the second waits for the first's lock, then finds nothing new
        assert rc == 0 or (rc == 2 and err.startswith("error:") and "hint:" in err), err
    assert any(rc == 0 for rc, _, _ in results)
    assert contents(db) == clean[1]
    assert len(clean[1]["fetch_log"]) == len(DATASETS) and len(clean[1]["observations"]) > 0


def _refused(db: Path, *args: str) -> str:
    rc, _, err = finish(cli(db, *args))
    assert rc == 2 and err.startswith("error:"), err
    assert "damaged" in err and "frontload load" in err, err  # says what to do
    return err


def test_a_store_of_random_bytes(tmp_path):
    db = tmp_path / "random.duckdb"
    data = os.urandom(1 << 20)
    db.write_bytes(data)
    assert "not a valid DuckDB database" in _refused(db, "datasets")
    _refused(db, "load", "-d", DATASETS[0])
    assert db.read_bytes() == data  # left as it was: the user may want to look at it


@pytest.mark.parametrize("keep", [0.0, 100, 4096, 12288, 0.5, -1])
def test_a_truncated_store(clean, tmp_path, keep):
    full = clean[0].read_bytes()
    n = int(len(full) * keep) if isinstance(keep, float) else keep % len(full)
    db = tmp_path / "cut.duckdb"
    db.write_bytes(full[:n])
    for read_only in (True, False):
        with pytest.raises(StoreError, match="damaged") as info:
            Store(db, read_only=read_only)
        assert str(db) in str(info.value)
    assert db.read_bytes() == full[:n]


def test_a_truncated_store_through_the_cli(clean, tmp_path):
    full = clean[0].read_bytes()
    db = tmp_path / "cut.duckdb"
    db.write_bytes(full[: len(full) // 2])
    assert "truncated" in _refused(db, "datasets")
    assert "truncated" in _refused(db, "brief")
    _refused(db, "load", "-d", DATASETS[0])


@pytest.mark.parametrize("command", [["load", str(KZ)], ["load-bulk", str(PLUS)]])
def test_a_write_that_fails_half_way(clean, tmp_path, command):
    """The disk fills while the ingest writes: a clear error, and the store exactly as before."""
    db = tmp_path / "full.duckdb"
    db.write_bytes(clean[0].read_bytes())
    before = contents(db)
    rc, _, err = finish(cli(db, *command, fsize=16_384))  # the write-ahead log cannot grow past 16 KiB
    assert rc == 2 and err.startswith("error:") and "rolled back" in err, err
    assert "disk space" in err, err
    assert contents(db) == before
    rc, _, err = finish(cli(db, *command))  # with room again, the same command works
    assert rc == 0, err
    assert len(contents(db)["observations"]) > len(before["observations"])


def test_a_checkpoint_that_fails_keeps_the_commit(clean, tmp_path):
    """The disk fills after the commit, while DuckDB copies the log into the store file at close: the
    command succeeds, the rows are kept (the log is replayed at the next open), and the store opens."""
    db = tmp_path / "late.duckdb"
    db.write_bytes(clean[0].read_bytes())
    before = contents(db)
    rc, _, err = finish(cli(db, "load", str(KZ), fsize=db.stat().st_size + 100_000))
    assert rc == 0, err
    after = contents(db)
    assert len(after["observations"]) > len(before["observations"])
    rc, _, err = finish(cli(db, "datasets"))
    assert rc == 0, err
    assert contents(db) == after


def _pre_fix_store(path: Path, legacy: bool) -> int:
    """A store as frontload wrote it before the ROM/ARB/TMP fix: no mark in meta, and (``legacy``)
    Romania's rows of the real all-reporters file under Comtrade's old letters ROM."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from frontload.sources.files import load_file

    ds = load_file(DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_202501_202508_uncomtrade.csv")
    obs = ds.observations
    n = pc.sum(pc.equal(obs["reporter"], "ROU")).as_py() or 0
    if legacy:
        old = pc.if_else(pc.equal(obs["reporter"], "ROU"), pa.scalar("ROM"), obs["reporter"])
        ds.observations = obs.set_column(obs.column_names.index("reporter"), "reporter", old)
    with Store(path) as s:
        s.ingest(ds)
        s.con.execute("DELETE FROM meta WHERE key = 'country_codes'")
    return n


def test_a_store_loaded_before_the_country_letters_fix_is_refused(tmp_path):
    db = tmp_path / "old.duckdb"
    n = _pre_fix_store(db, legacy=True)
    assert n > 0
    for read_only in (True, False):
        with pytest.raises(StoreError, match=f"{n:,} row\\(s\\) are under ROM, ARB, TMP") as info:
            Store(db, read_only=read_only)
        assert "rebuild" in info.value.hint
    rc, _, err = finish(cli(db, "datasets"))
    assert rc == 2 and "rebuild the store" in err, err


def test_an_old_store_without_those_letters_is_marked_clean_once(tmp_path):
    db = tmp_path / "old.duckdb"
    _pre_fix_store(db, legacy=False)
    Store(db, read_only=True).close()  # scanned, fine, not marked (read-only)
    with Store(db) as s:  # scanned and marked
        pass
    with Store(db, read_only=True) as s:
        assert s.con.execute("SELECT count(*) FROM meta WHERE key = 'country_codes'").fetchall() == [(1,)]
