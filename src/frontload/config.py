"""Declared settings: one table feeds defaults, the config file, the environment and the CLI.

Precedence, lowest first: the default below → ``config.toml`` in the config
directory (``$FRONTLOAD_CONFIG`` or ``$XDG_CONFIG_HOME/frontload/config.toml``) →
the environment variable ``FRONTLOAD_<NAME>`` → an explicit argument (CLI flag).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "FRONTLOAD_" + self.name.upper()


def _data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "frontload"


SETTINGS: tuple[Setting, ...] = (
    Setting("db", None, "Path of the DuckDB store (default: $XDG_DATA_HOME/frontload/frontload.duckdb)."),
    Setting("engine", "duckdb", "Query engine: duckdb (embedded default) or spark (the spark extra)."),
    Setting("spark_master", "local[2]",
            "Spark master URL for --engine spark: local[N], spark://host:7077, yarn, k8s://…"),
    Setting("spark_driver_memory", "4g",
            "Memory of the Spark driver (Spark's 1g default fails at 10M rows)."),
    Setting("format", "terminal", "Default output format: terminal, markdown, json, html."),
    Setting("web_host", "127.0.0.1", "Address `frontload serve` binds to; any but loopback needs web_token."),
    Setting("web_port", 8000, "Port `frontload serve` listens on."),
    Setting("web_token", None, "Access token the web app and API require (Bearer header or ?token=)."),
    Setting("web_time_budget", 20.0,
            "Seconds a web request may take before it is answered 504 (its computation is abandoned)."),
    Setting("web_heavy_slots", 2,
            "Heavy web requests (detect, screen, check, brief) computed at once; others wait their turn."),
    Setting("web_light_threads", 0,
            "Threads for the light web answers, started with `frontload serve` and kept (0: anyio's 40, "
            "started on demand)."),
    Setting("web_cache_mb", 64, "Megabytes of API answers `frontload serve` keeps per store snapshot."),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def config_path() -> Path:
    explicit = os.environ.get("FRONTLOAD_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "frontload" / "config.toml"


def _file_values() -> dict[str, Any]:
    path = config_path()
    if not path.exists():
        return {}
    import tomllib  # here: most commands have no config file, and its import is 1.5 ms of each (issue 13)

    try:
        with path.open("rb") as f:
            values = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from exc
    unknown = sorted(set(values) - set(_BY_NAME))
    if unknown:
        raise ConfigError(
            f"unknown setting(s) {', '.join(unknown)} in {path}",
            hint="known settings: " + ", ".join(_BY_NAME),
        )
    return values


def get(name: str, explicit: Any = None) -> Any:
    """Resolve one setting through the precedence chain."""
    if name not in _BY_NAME:
        raise ConfigError(f"unknown setting {name!r}")
    if explicit is not None:
        return explicit
    setting = _BY_NAME[name]
    if setting.env in os.environ:
        return os.environ[setting.env]
    file_values = _file_values()
    if name in file_values:
        return file_values[name]
    return setting.default


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where the store lives: --db, then FRONTLOAD_DB, then the config file, then the per-user default."""
    value = get("db", explicit)
    return Path(value).expanduser() if value else _data_home() / "frontload.duckdb"
