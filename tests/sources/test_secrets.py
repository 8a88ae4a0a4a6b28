"""API keys never reach anything frontload writes: every keyed connector, a fake key, a failing transport.

The transports are httpx's MockTransport (the network, not our code) answering 401, 403, 500, a 400
that echoes the request back (as some APIs do), a timeout and a refused connection; the last test
runs the real CLI in a child process against a loopback proxy that fails every request. Then every
byte written is searched for the key: the error and its fields, log records at DEBUG (httpx logs each
request URL), the store file, the cache folder, stdout and stderr.
"""

from __future__ import annotations

import gzip
import logging
import os
import socketserver
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from frontload.errors import FrontloadError
from frontload.sources import census_api, comtrade_api
from frontload.sources.http import HttpClient
from frontload.store.store import Store

from .test_census_api import REQ as CENSUS_REQ
from .test_comtrade_api import REQ as COMTRADE_REQ

KEYS = {"comtrade": "ctk-FAKE-7f3a9c52e1", "census": "cen-FAKE-41d2e8b07a"}


def _echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(400, text=f"bad request {request.url} headers {dict(request.headers)}")


def _timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def _refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError(f"connection to {request.url} refused", request=request)


FAILURES = {
    "401": lambda r: httpx.Response(401, text="Access denied due to invalid subscription key."),
    "403": lambda r: httpx.Response(403, text="forbidden"),
    "500": lambda r: httpx.Response(500, text="internal error"),
    "400 echo": _echo,
    "timeout": _timeout,
    "refused": _refused,
}


def _fetch(source: str, client: HttpClient) -> None:
    if source == "comtrade":
        list(comtrade_api.fetch(COMTRADE_REQ, client, key=KEYS[source]))
    else:
        list(census_api.fetch(CENSUS_REQ, client, key=KEYS[source]))


def written(root: Path) -> bytes:
    """Every file under ``root``, gzip bodies also unpacked (the cache keeps raw responses gzipped)."""
    out = []
    for p in sorted(root.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            out.append(p.name.encode() + b"\n" + data)
            if data[:2] == b"\x1f\x8b":
                out.append(gzip.decompress(data))
    return b"\n".join(out)


def _dump(db: Path) -> str:
    with Store(db, read_only=True) as s:
        tables = [r[0] for r in s.con.execute("SHOW TABLES").fetchall()]
        return "\n".join(str(s.con.execute(f"SELECT * FROM {t}").fetchall()) for t in tables)


@pytest.mark.parametrize("failure", sorted(FAILURES))
@pytest.mark.parametrize("source", sorted(KEYS))
def test_a_failing_api_never_shows_the_key(source, failure, tmp_path):
    key = KEYS[source]
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = records.append  # type: ignore[method-assign]
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        with Store(tmp_path / "s.duckdb") as store, HttpClient(
                tmp_path / "raw", transport=httpx.MockTransport(FAILURES[failure]), retries=1,
                sleep=lambda s: None) as client:
            with pytest.raises(FrontloadError) as info:
                _fetch(source, client)
            assert store.con.execute("SELECT count(*) FROM fetch_log").fetchall() == [(0,)]
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    exc = info.value
    shown = [str(exc), repr(exc), *(str(v) for v in vars(exc).values()), *(str(a) for a in exc.args)]
    shown += [r.getMessage() for r in records]
    assert any("HTTP Request" in m or "connection" in m.lower() or "timed out" in m for m in shown), shown
    for text in shown:
        assert key not in text, text
    assert key.encode() not in written(tmp_path)
    assert key not in _dump(tmp_path / "s.duckdb")


class _FailingProxy(socketserver.BaseRequestHandler):
    """Answers every proxy request (HTTPS CONNECT or plain GET) with 502, as a broken gateway would."""

    def handle(self) -> None:
        self.request.settimeout(5)
        try:
            self.request.recv(65536)
            self.request.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        except OSError:
            pass


def test_the_cli_with_keys_set_and_every_request_failing(tmp_path):
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _FailingProxy)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    proxy = f"http://127.0.0.1:{server.server_address[1]}"
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env |= {"HTTPS_PROXY": proxy, "HTTP_PROXY": proxy, "COMTRADE_API_KEY": KEYS["comtrade"],
            "CENSUS_API_KEY": KEYS["census"], "XDG_DATA_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path),
            "COLUMNS": "200"}
    runs = {
        "comtrade": ["ingest", "comtrade", "-r", "CHN", "-p", "USA", "--product", "8542", "--start", "2024-01",
                     "--end", "2024-02"],
        "census": ["ingest", "census", "-r", "USA", "--product", "8542", "--freq", "A", "--start", "2024",
                   "--end", "2024"],
    }
    try:
        procs = {s: subprocess.Popen([sys.executable, "-m", "frontload", *args], stdout=subprocess.PIPE,
                                     env=env | {"FRONTLOAD_DB": str(tmp_path / s / "s.duckdb")},
                                     stderr=subprocess.PIPE, text=True) for s, args in runs.items()}
        outs = {s: p.communicate(timeout=300) for s, p in procs.items()}
    finally:
        server.shutdown()
        server.server_close()
    for s, (out, err) in outs.items():
        assert procs[s].returncode == 2 and err.startswith("error:"), err
        assert "Traceback" not in err and "request failed" in err, err
        for key in KEYS.values():
            assert key not in out and key not in err
    blob = written(tmp_path)
    assert b"s.duckdb" in blob
    for key in KEYS.values():
        assert key.encode() not in blob
