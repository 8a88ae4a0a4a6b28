"""Mutated files through the public ingest (``frontload.api``) into a real store file: after every
refused file, every table of the store is exactly as it was (row count and a hash of every row)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from frontload import api
from frontload.errors import FrontloadError
from frontload.store.store import Store

from .conftest import PROFILE, TALLY
from .mutate import head, mutated
from .test_readers import MAPPING, SEEDS, VINTAGE

# a failing megabyte input would otherwise end in hypothesis' own "overly large repr" warning
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")
TABLES = ("observations", "reported_figures", "events", "fetch_log", "meta")


def fingerprint(store: Store) -> dict[str, tuple[int, int]]:
    return {t: tuple(store.con.execute(f"SELECT count(*), coalesce(sum(hash(x)), 0) FROM {t} x").fetchone())
            for t in TABLES}


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "fuzz.duckdb") as s:
        tidy = tmp_path / "start.csv"
        tidy.write_bytes(head(SEEDS["comtrade_tidy"][0], 10))
        api.load_file(s, tidy, vintage=VINTAGE)  # a store that holds real rows before the fuzzing starts
        yield s


@pytest.mark.parametrize("layout", [*sorted(SEEDS), "generic_csv"])
def test_refused_files_leave_the_store_as_it_was(layout, store, tmp_path):
    if layout == "generic_csv":
        mapping = tmp_path / "map.toml"
        mapping.write_text(MAPPING)
        seed, enc, opts = b"month,origin,hs,value_kusd\n2024-01,China,8542.31,1234.5\n2024-02,China,8542.31,99\n", \
            "utf-8", {"mapping": mapping}
    else:
        src, lines, enc, opts = SEEDS[layout]
        seed = head(src, lines)
    target = tmp_path / f"in_{layout}.csv"
    tally = TALLY[f"store:{layout}"]

    @settings(PROFILE, max_examples=max(10, PROFILE.max_examples // 5))
    @given(data=mutated(seed, enc))
    def fuzz(data: bytes) -> None:
        before = fingerprint(store)
        target.write_bytes(data)
        tally["inputs"] += 1
        try:
            api.load_file(store, target, vintage=VINTAGE, **opts)
        except FrontloadError:
            tally["clean errors"] += 1
            after = fingerprint(store)
            if after != before:
                tally["data lost"] += 1
            assert after == before, "a refused file changed the store"
            return
        tally["loads"] += 1

    fuzz()


def test_fingerprint_sees_a_change(store, tmp_path):
    """The oracle could fail: one more row changes it."""
    before = fingerprint(store)
    f = tmp_path / "more.csv"
    f.write_bytes(head(SEEDS["comtrade_tidy"][0], 12))
    api.load_file(store, f, vintage=VINTAGE)
    assert fingerprint(store) != before
