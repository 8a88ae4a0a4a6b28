"""Shared fixtures: the bundled raw files, a store loaded with all of them, and no network.

Expected values in tests are computed from the raw files with the csv module
(``raw_*`` helpers below), never through frontload's loaders or query layer.
"""

from __future__ import annotations

import csv
import os
import socket
from pathlib import Path

import pytest

from frontload.sources import bundled
from frontload.store.store import Store

DATA = Path(__file__).resolve().parents[1] / "src" / "frontload" / "data"

# Skips that say nothing about the machine (a schemathesis operation with no parameter to make invalid).
EXPECTED_SKIPS = ("no parameters to make invalid",)


def pytest_sessionfinish(session, exitstatus):
    """Under ``FRONTLOAD_REQUIRE_ALL=1`` (set by ``make test``) any other skip fails the run: a
    missing Chromium, Java or extra must not pass as green with the browser or Spark tests unrun."""
    if os.environ.get("FRONTLOAD_REQUIRE_ALL") != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    reasons = [str(r.longrepr[2] if isinstance(r.longrepr, tuple) else r.longrepr) for r in skipped]
    unexpected = [r for r in reasons if not any(e in r for e in EXPECTED_SKIPS)]
    if unexpected:
        reporter.ensure_newline()
        reporter.write_line(f"FRONTLOAD_REQUIRE_ALL=1: {len(unexpected)} test(s) skipped for a missing "
                            "dependency (run scripts/system-deps.sh):", red=True)
        for r in sorted(set(unexpected)):
            reporter.write_line(f"  {r}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def _no_network(monkeypatch, request):
    """Any connection to a non-loopback address fails: tests never touch the network."""
    if request.node.get_closest_marker("live"):
        return
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if (
            isinstance(host, str)
            and host not in ("127.0.0.1", "::1", "localhost")
            and not host.startswith("/")
        ):
            raise RuntimeError(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="session")
def loaded_db(tmp_path_factory) -> Path:
    """A DuckDB file holding every bundled dataset, built once per test session."""
    path = tmp_path_factory.mktemp("store") / "frontload.duckdb"
    with Store(path) as store:
        for name in bundled.bundled_names():
            store.ingest(bundled.load_bundled(name))
    return path


@pytest.fixture()
def store(loaded_db) -> Store:
    s = Store(loaded_db, read_only=True)
    yield s
    s.close()


def read_csv(path: Path, encoding: str = "utf-8-sig") -> list[dict[str, str]]:
    with path.open(newline="", encoding=encoding) as f:
        return list(csv.DictReader(f))


def raw_kazookat(reporter: str, flow: str, partner_code: str, cmd: str) -> dict[str, float]:
    """{'YYYY-MM': value_usd} straight from the KazooKat CSV."""
    rows = read_csv(DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv")
    return {
        r["date"][:7]: float(r["value_usd"])
        for r in rows
        if r["reporter"] == reporter
        and r["flow"] == flow
        and r["partner_code"] == partner_code
        and r["cmd_code"] == cmd
    }
