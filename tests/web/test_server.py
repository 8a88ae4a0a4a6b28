"""`frontload serve`: settings through the declared chain, and no public bind without a token."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from frontload.cli import app
from frontload.errors import ConfigError
from frontload.web.server import is_loopback, resolve


def test_defaults_are_loopback(monkeypatch, tmp_path):
    monkeypatch.setenv("FRONTLOAD_CONFIG", str(tmp_path / "none.toml"))
    for name in ("FRONTLOAD_WEB_HOST", "FRONTLOAD_WEB_PORT", "FRONTLOAD_WEB_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    assert resolve(None, None, None) == ("127.0.0.1", 8000, None)


def test_environment_and_config_file(monkeypatch, tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text('web_port = 8123\nweb_token = "from-file"\n')
    monkeypatch.setenv("FRONTLOAD_CONFIG", str(cfg))
    monkeypatch.delenv("FRONTLOAD_WEB_PORT", raising=False)
    monkeypatch.delenv("FRONTLOAD_WEB_TOKEN", raising=False)
    assert resolve(None, None, None) == ("127.0.0.1", 8123, "from-file")
    monkeypatch.setenv("FRONTLOAD_WEB_PORT", "9001")
    assert resolve(None, None, None)[1] == 9001
    assert resolve(None, 7000, "flag")[1:] == (7000, "flag")  # a flag wins


def test_public_bind_needs_a_token(monkeypatch, tmp_path):
    monkeypatch.setenv("FRONTLOAD_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.delenv("FRONTLOAD_WEB_TOKEN", raising=False)
    with pytest.raises(ConfigError, match="without an access token"):
        resolve("0.0.0.0", None, None)
    assert resolve("0.0.0.0", None, "t0ken") == ("0.0.0.0", 8000, "t0ken")
    with pytest.raises(ConfigError, match="outside"):
        resolve(None, 70000, None)
    monkeypatch.setenv("FRONTLOAD_WEB_PORT", "eighty")
    with pytest.raises(ConfigError, match="must be a number"):
        resolve(None, None, None)
    assert is_loopback("127.0.0.2") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("192.0.2.1") and not is_loopback("example.org")


def test_cli_refuses_cleanly(monkeypatch, tmp_path, loaded_db):
    monkeypatch.setenv("FRONTLOAD_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.delenv("FRONTLOAD_WEB_TOKEN", raising=False)
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "serve", "--host", "0.0.0.0"])
    assert r.exit_code == 2 and "without an access token" in r.output
    r = CliRunner().invoke(app, ["--db", str(tmp_path / "missing.duckdb"), "serve"])
    assert r.exit_code == 2 and "no store at" in r.output


def test_limits_through_the_settings_chain(monkeypatch, tmp_path, loaded_db):
    from frontload.web.app import create_app

    monkeypatch.setenv("FRONTLOAD_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("FRONTLOAD_WEB_TIME_BUDGET", "soon")
    with pytest.raises(ConfigError, match="must be numbers"):
        create_app(loaded_db)
    monkeypatch.setenv("FRONTLOAD_WEB_TIME_BUDGET", "5")
    monkeypatch.setenv("FRONTLOAD_WEB_HEAVY_SLOTS", "0")
    with pytest.raises(ConfigError, match=r"heavy slots 0 \(>= 1\)"):
        create_app(loaded_db)
