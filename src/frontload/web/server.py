"""Running the web app: settings resolved once, loopback by default, a token required elsewhere."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable
from typing import Any

from .. import config
from ..errors import ConfigError


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve(host: str | None, port: int | str | None, token: str | None) -> tuple[str, int, str | None]:
    """Host, port and token through the settings chain; refuses a public bind without a token."""
    h = str(config.get("web_host", host))
    try:
        p = int(config.get("web_port", port))
    except (TypeError, ValueError):
        raise ConfigError(f"web_port must be a number, got {config.get('web_port', port)!r}") from None
    if not 0 < p < 65536:
        raise ConfigError(f"web_port {p} is outside 1–65535")
    t = config.get("web_token", token) or None
    if not is_loopback(h) and not t:
        raise ConfigError(
            f"refusing to serve on {h} without an access token: anyone on the network could read the store",
            hint="set a token (--token, FRONTLOAD_WEB_TOKEN or web_token in config.toml), or bind 127.0.0.1",
        )
    return h, p, t


MIN_TOKEN = 16  # characters; `openssl rand -hex 16` gives 32


def token_warning(token: str | None) -> str | None:
    """A warning for a token short enough to guess (the server still starts: the user chose it)."""
    if token is None or len(token) >= MIN_TOKEN:
        return None
    return (f"warning: the access token is {len(token)} character(s); anyone who can reach the port can "
            f"guess a short one. Use at least {MIN_TOKEN} random characters: "
            '--token "$(openssl rand -hex 16)"')


def run(db: str | os.PathLike[str] | None, *, host: str | None = None, port: int | None = None,
        token: str | None = None, echo: Callable[[str], Any] = print) -> None:
    try:
        import uvicorn

        from .app import create_app
    except ImportError as exc:
        raise ConfigError(f"the web app needs the web extra ({exc.name} is missing)",
                          hint="pip install 'frontload[web]'") from None
    h, p, t = resolve(host, port, token)
    hosts = ["127.0.0.1", "localhost", "[::1]", "::1"] if is_loopback(h) else None
    app = create_app(db, token=t, allowed_hosts=hosts)
    if (warn := token_warning(t)) is not None:
        echo(warn)
    echo(f"frontload serving {config.db_path(db)} on http://{h}:{p}/ (API: http://{h}:{p}/api/v1/openapi.json)"
         + (" · token required" if t else ""))
    from .app import close, start

    if joblog := os.environ.get("FRONTLOAD_WEB_JOBLOG"):  # a debug log: each heavy job's wait and compute
        import logging

        handler = logging.FileHandler(joblog)
        handler.setFormatter(logging.Formatter("%(created).3f %(message)s"))
        pool_log = logging.getLogger("frontload.web.pool")
        pool_log.addHandler(handler)
        pool_log.setLevel(logging.INFO)

    if looplag := os.environ.get("FRONTLOAD_WEB_LOOPLAG"):  # a debug probe: what holds the event loop up
        from .lag import LoopLag

        app.router.on_startup.append(LoopLag(looplag).start)

    start(app)  # the worker processes up and warm, the default views computing, before any request
    try:
        uvicorn.run(app, host=h, port=p, log_level="warning")
    finally:
        close(app)
