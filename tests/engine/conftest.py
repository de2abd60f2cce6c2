"""One local[2] SparkSession for all engine tests; skip cleanly without pyspark or Java."""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest


def _spark_missing() -> str | None:
    """Why Spark tests cannot run here, or None when they can."""
    for module in ("pyspark", "pandas"):
        if importlib.util.find_spec(module) is None:
            return f"{module} not installed (pip install 'distillwatch[spark]')"
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        return "java not found"
    return None


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    """A small local[2] session shared by every Spark test (start-up costs ~5 s)."""
    reason = _spark_missing()
    if reason:
        pytest.skip(f"spark tests skipped: {reason}")
    from distillwatch.engine.spark.session import spark_session

    session = spark_session(
        "local[2]",
        {"spark.sql.shuffle.partitions": "4", "spark.default.parallelism": "2"},
        app_name="distillwatch-tests",
    )
    yield session
    session.stop()
