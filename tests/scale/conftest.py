"""One local Spark session for the whole test run (skipped, with the reason, without PySpark or Java)."""

from __future__ import annotations

import os
import shutil

import pytest

from frontload.store import engine as engines


@pytest.fixture(scope="session")
def spark_engine() -> engines.Engine:
    pytest.importorskip("pyspark", reason="the spark extra is not installed: pip install 'frontload[spark]'")
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        pytest.skip("no Java runtime (JAVA_HOME or java on PATH): Spark cannot start")
    return engines.connect("spark", master="local[2]", driver_memory="1g")


@pytest.fixture(scope="session")
def duck_engine() -> engines.Engine:
    return engines.connect("duckdb")
