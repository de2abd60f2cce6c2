"""One SparkSession factory: local[N] or a cluster master, user confs, quiet logs, Arrow on.

Everything Spark-specific the rest of the engine relies on is set here once: UTC session
time (contract timestamps are UTC), Arrow transfer for ``mapInArrow``/``applyInArrow``,
the driver's own Python for local workers, and few shuffle partitions for small runs.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from distillwatch.errors import UserError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

#: Master used when none is given: all local cores.
DEFAULT_MASTER = "local[*]"

#: Settings every distillwatch Spark job needs; user ``--spark-conf`` values override them.
BASE_CONF: Mapping[str, str] = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.execution.arrow.maxRecordsPerBatch": "20000",
    "spark.ui.showConsoleProgress": "false",
    # The per-account tables (features, keys, and each account's 12-prompt profile sample)
    # are collected to the driver by design; 10M events / 172k accounts collect ~1.5 GB.
    "spark.driver.maxResultSize": "4g",
}

#: Extra settings for ``local[...]`` masters: a small machine, small shuffles, no UI.
LOCAL_CONF: Mapping[str, str] = {
    "spark.sql.shuffle.partitions": "8",
    "spark.default.parallelism": "4",
    "spark.ui.enabled": "false",
    "spark.driver.memory": "6g",
    "spark.sql.adaptive.enabled": "true",
}


def require_pyspark() -> None:
    """Fail with a one-line fix when pyspark, pandas (its Arrow UDF dependency) or Java is missing."""
    try:
        import pandas  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as err:
        raise UserError(
            f"--engine spark needs the optional Spark extra ({err.name} is not installed); "
            "install it with: pip install 'distillwatch[spark]'"
        ) from err
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        raise UserError(
            "--engine spark needs Java 17 or newer: install a JDK and put `java` on PATH "
            "or set JAVA_HOME"
        )


def parse_spark_conf(items: Iterable[str]) -> dict[str, str]:
    """Turn repeated ``--spark-conf KEY=VALUE`` options into a dict; a malformed one is a UserError."""
    conf: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise UserError(
                f"--spark-conf {item!r} is not KEY=VALUE; "
                "write e.g. --spark-conf spark.executor.memory=8g"
            )
        conf[key.strip()] = value.strip()
    return conf


def session_conf(master: str, conf: Mapping[str, str] | None = None) -> dict[str, str]:
    """The full configuration for ``master``: base settings, local defaults, then the user's."""
    merged = dict(BASE_CONF)
    if master.startswith("local"):
        merged.update(LOCAL_CONF)
    merged.update(conf or {})
    return merged


def spark_session(
    master: str | None = None,
    conf: Mapping[str, str] | None = None,
    *,
    app_name: str = "distillwatch",
) -> SparkSession:
    """Get or create the SparkSession for ``master`` (``local[N]``, ``spark://``, ``yarn``, ...).

    With ``master=None`` an active session (a Databricks notebook) is reused, and under
    ``spark-submit`` the launcher's master and confs win, ours only fill gaps. Local runs pin workers to this
    interpreter so they see the same packages, and bind to loopback.
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if master is None and active is not None:  # a notebook (Databricks) or an embedding app
        for key, value in {**BASE_CONF, **(conf or {})}.items():
            if key.startswith("spark.sql."):
                active.conf.set(key, value)
        return active
    # Under spark-submit the JVM launched us (PYSPARK_GATEWAY_PORT set): its master and
    # confs win, so set no master and only the base settings it lacks.
    submitted = master is None and "PYSPARK_GATEWAY_PORT" in os.environ
    resolved = master or os.environ.get("DISTILLWATCH_SPARK_MASTER") or DEFAULT_MASTER
    if resolved.startswith("local") and not submitted:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if submitted:
        settings = {**BASE_CONF, **(conf or {})}
    else:
        builder = builder.master(resolved)
        settings = session_conf(resolved, conf)
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as err:  # py4j / JVM start-up failures carry long Java traces
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise UserError(
            f"could not start Spark (master {resolved!r}): {first}; "
            "check --spark-master and that Java 17+ is installed"
        ) from err
    session.sparkContext.setLogLevel("ERROR")
    for key, value in (conf or {}).items():
        if not key.startswith("spark.sql."):
            continue
        session.conf.set(key, value)  # runtime SQL confs apply even to a reused session
    return session
