"""Engines that run the one pipeline: ``embedded`` (Polars, this process) and ``spark``.

:func:`run_scan` is what ``distillwatch scan --engine ...`` calls; both engines write the
same contract files. The Spark engine is imported only when asked for, so the embedded
engine never needs the optional ``spark`` extra.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from distillwatch.errors import UserError

ENGINES: Final = ("embedded", "spark")


def run_scan(
    engine: str,
    events_paths: Sequence[str | Path],
    out_dir: str | Path,
    *,
    spark_master: str | None = None,
    spark_conf: Sequence[str] = (),
    **scan_options: Any,
) -> dict[str, Any]:
    """Scan with ``engine``; ``scan_options`` are ``pipeline.scan``'s keyword arguments.

    ``spark_master`` (``local[4]``, ``spark://host:7077``, ``yarn``, ``k8s://...``; default:
    the spark-submit master, else ``local[*]``) and ``spark_conf`` (``KEY=VALUE`` strings)
    apply to ``spark`` only.
    """
    if engine == "embedded":
        if spark_master or spark_conf:
            raise UserError("--spark-master/--spark-conf need --engine spark")
        from distillwatch.pipeline.scan import scan

        return scan(events_paths, out_dir, **scan_options)
    if engine == "spark":
        from distillwatch.engine.spark.session import parse_spark_conf, require_pyspark

        conf = parse_spark_conf(spark_conf)
        require_pyspark()
        from distillwatch.engine.spark.run import scan_spark

        return scan_spark(events_paths, out_dir, master=spark_master, conf=conf, **scan_options)
    raise UserError(f"unknown --engine {engine!r}; use one of: {', '.join(ENGINES)}")
