"""Settings precedence: default → config file → environment → explicit argument."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontload import config
from frontload.errors import ConfigError


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    monkeypatch.delenv("FRONTLOAD_DB", raising=False)
    monkeypatch.setenv("FRONTLOAD_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def test_default_is_per_user(tmp_path):
    assert config.db_path() == tmp_path / "data" / "frontload" / "frontload.duckdb"


def test_file_then_env_then_explicit(tmp_path, monkeypatch):
    (tmp_path / "config.toml").write_text('db = "/from/file.duckdb"\n')
    assert config.db_path() == Path("/from/file.duckdb")
    monkeypatch.setenv("FRONTLOAD_DB", "/from/env.duckdb")
    assert config.db_path() == Path("/from/env.duckdb")
    assert config.db_path("/explicit.duckdb") == Path("/explicit.duckdb")


def test_unknown_setting_in_file_is_named(tmp_path):
    (tmp_path / "config.toml").write_text('dbb = "x"\n')
    with pytest.raises(ConfigError, match=r"unknown setting.*dbb"):
        config.db_path()


def test_broken_config_file_is_named(tmp_path):
    (tmp_path / "config.toml").write_text("db = \n")
    with pytest.raises(ConfigError, match="cannot read config file"):
        config.db_path()


def test_engine_setting_is_checked(monkeypatch):
    from frontload.store import engine

    assert engine.engine_name() == "duckdb"
    monkeypatch.setenv("FRONTLOAD_ENGINE", "Spark")
    assert engine.engine_name() == "spark"
    assert config.get("spark_master") == "local[2]"
    with pytest.raises(ConfigError, match=r"unknown engine 'hadoop'.*"):
        engine.engine_name("hadoop")


def test_spark_master_from_file(tmp_path):
    (tmp_path / "config.toml").write_text('spark_master = "spark://head:7077"\nengine = "spark"\n')
    assert config.get("spark_master") == "spark://head:7077"
    assert config.get("engine") == "spark"
