"""``scan`` on Spark: files in, the same contract section 3 files out, written by the driver.

Ingest (read, validate, dedupe) and the per-account passes run in Spark; the output
writers, accounts/intel loading and the report are the embedded pipeline's own.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from distillwatch.engine.spark.detect import DRIVER_EDGES, ROWS_PER_BUCKET, spark_detect
from distillwatch.engine.spark.io import read_events
from distillwatch.engine.spark.session import spark_session
from distillwatch.errors import UserError
from distillwatch.ingest.events import QUARANTINE_FILE
from distillwatch.ingest.quarantine import QuarantineSink
from distillwatch.pipeline.outputs import summary, write_detection, write_json
from distillwatch.pipeline.scan import _accounts, _intel, _optional
from distillwatch.progress import console


@contextmanager
def _memory_hint(master: str) -> Iterator[None]:
    """Turn a JVM out-of-memory failure into one line saying which setting to raise."""
    try:
        yield
    except Exception as err:
        if "OutOfMemoryError" not in str(err):
            raise
        which = "spark.driver.memory" if master.startswith("local") else "spark.executor.memory"
        raise UserError(
            f"Spark ran out of memory (master {master}); raise it, e.g. "
            f"--spark-conf {which}=8g, or use more executors"
        ) from err


def scan_spark(
    events_paths: Sequence[str | Path],
    out_dir: str | Path,
    *,
    accounts_paths: Sequence[str | Path] | None = None,
    intel_paths: Sequence[str | Path] = (),
    metadata_only: bool = False,
    report: bool = True,
    master: str | None = None,
    conf: Mapping[str, str] | None = None,
    rows_per_bucket: int = ROWS_PER_BUCKET,
    driver_edges: int = DRIVER_EDGES,
    components: bool = False,
) -> dict[str, Any]:
    """Run a full scan on Spark and write contract section 3 files into ``out_dir``.

    ``out_dir`` is on the driver's file system. ``components=True`` computes the key
    graph's connected components in Spark even when Leiden fits the driver (for the
    ``summary.json`` stats); above ``driver_edges`` they are always computed. Returns the summary (with a ``spark``
    block: master, account buckets, graph size and how Leiden ran).
    """
    start = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    session = spark_session(master, conf)
    console.print(f"spark: {session.sparkContext.master}, reading and validating", highlight=False)
    with _memory_hint(session.sparkContext.master):
        read = read_events(session, [str(p) for p in events_paths])
    with QuarantineSink(out / QUARANTINE_FILE) as sink:
        sink.write(read.quarantined)
    counts = read.counts()
    accounts = _accounts(accounts_paths)
    intel = _intel(intel_paths)
    console.print(f"spark: {counts['rows_accepted']:,} events, detecting", highlight=False)
    with _memory_hint(session.sparkContext.master):
        result = spark_detect(
            session,
            read.events,
            accounts,
            rows=counts["rows_accepted"],
            intel=intel,
            metadata_only=metadata_only,
            rows_per_bucket=rows_per_bucket,
            driver_edges=driver_edges,
            components=components,
        )
    read.events.unpersist()
    write_detection(result.detection, out)
    spark_info: dict[str, Any] = {
        "master": session.sparkContext.master,
        "spark_version": session.version,
        "account_buckets": result.buckets,
        **(result.graph.as_dict() if result.graph else {}),
    }
    wall = time.perf_counter() - start
    summ = summary(counts, result.detection, wall, engine="spark", spark=spark_info)
    write_json(summ, out / "summary.json")
    reporter = _optional("distillwatch.report") if report else None
    if reporter is not None and hasattr(reporter, "write_report"):
        reporter.write_report(out)
    return summ
