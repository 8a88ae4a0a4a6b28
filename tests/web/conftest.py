"""Fixtures for the web tests: the app over the session's loaded store, an in-process ASGI client,
and a real uvicorn server on a free loopback port for the browser."""

from __future__ import annotations

import functools
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from anyio.from_thread import start_blocking_portal

pytest.importorskip("fastapi", reason="the web tests need the web extra: pip install 'frontload[web]'")

from frontload.web.app import close, create_app


class Client:
    """A synchronous face on httpx.AsyncClient over ASGITransport: the app runs in-process, as
    under uvicorn (middleware, exception handlers, thread pool), with no socket."""

    def __init__(self, app: Any) -> None:
        self._cm = start_blocking_portal()
        self._portal = self._cm.__enter__()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._portal.call(functools.partial(self._client.request, method, url, **kwargs))

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def close(self) -> None:
        self._portal.call(self._client.aclose)
        self._cm.__exit__(None, None, None)


@pytest.fixture(scope="session")
def web_app(loaded_db: Path):
    # The tests assert answers, not speed: a budget no loaded 2-core runner reaches (tests/web/test_limits.py
    # tests the budget itself). Slots stay at the default, so heavy requests still queue as in production.
    app = create_app(loaded_db, time_budget=600)
    yield app
    close(app)


@pytest.fixture(scope="session")
def client(web_app) -> Iterator[Client]:
    c = Client(web_app)
    yield c
    c.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """uvicorn serving an app on 127.0.0.1 in a thread, for clients outside the process."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                     lifespan="off"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def __enter__(self) -> Server:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(web_app) -> Iterator[Server]:
    with Server(web_app) as s:
        yield s
