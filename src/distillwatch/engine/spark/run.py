"""``scan`` on Spark: files in, the same contract section 3 files out, written by the driver.

Ingest (read, validate, dedupe) and the per-account passes run in Spark; the output
writers, accounts/intel loading and the report are the embedded pipeline's own.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from distillwatch.engine.spark.detect import DRIVER_EDGES, ROWS_PER_BUCKET, spark_detect
from distillwatch.engine.spark.io import read_events
from distillwatch.engine.spark.session import spark_session
from distillwatch.errors import UserError
from distillwatch.ingest import read_accounts_counted
from distillwatch.ingest.events import QUARANTINE_FILE
from distillwatch.ingest.paths import refuse_overwrite
from distillwatch.ingest.quarantine import QuarantineSink
from distillwatch.pipeline.outputs import (
    SCAN_FILES,
    STAGING_DIR,
    summary,
    write_detection,
    write_json,
)
from distillwatch.pipeline.scan import intel_or_none, optional_module
from distillwatch.progress import progress_bar

#: ``--format`` values the Spark engine reads (by file name; ``contract`` is JSON Lines).
SPARK_FORMATS = ("auto", "contract", "jsonl", "parquet")

#: ``--spark-conf distillwatch.staging=URI``: folder for the validated events (Parquet).
STAGING_CONF = "distillwatch.staging"


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
    fmt: str = "auto",
    mapping: Path | None = None,
) -> dict[str, Any]:
    """Run a full scan on Spark and write contract section 3 files into ``out_dir``.

    ``out_dir`` is on the driver's file system. ``components=True`` computes the key
    graph's connected components in Spark even when Leiden fits the driver (for the
    ``summary.json`` stats); above ``driver_edges`` they are always computed. Returns the
    summary (with a ``spark`` block: master, account buckets, graph size, how Leiden ran).
    """
    if fmt not in SPARK_FORMATS or mapping is not None:
        raise UserError(
            f"--engine spark reads --format {', '.join(SPARK_FORMATS)} only (got {fmt!r}"
            f"{', --mapping' if mapping is not None else ''}); convert other logs with "
            "--engine embedded or the adapters first"
        )
    start = time.perf_counter()
    out = Path(out_dir)
    local = [Path(p) for p in (*events_paths, *(accounts_paths or ()), *intel_paths)]
    refuse_overwrite([p for p in local if p.is_file()], out, SCAN_FILES)
    out.mkdir(parents=True, exist_ok=True)
    conf = dict(conf or {})
    staging = conf.pop(STAGING_CONF, None)
    session = spark_session(master, conf)
    where = session.sparkContext.master
    intel = intel_or_none(intel_paths)
    local_staging = out / STAGING_DIR if staging is None and where.startswith("local") else None
    if local_staging is not None:
        staging = local_staging.resolve().as_uri()
    with progress_bar() as bar, _memory_hint(where):
        task = bar.add_task(f"spark ({where}): validating", total=2)
        read = read_events(
            session, [str(p) for p in events_paths], staging=staging, metadata_only=metadata_only
        )
        counts: dict[str, Any] = read.counts()
        with QuarantineSink(out / QUARANTINE_FILE) as sink:  # events' rows, then accounts'
            sink.write(read.quarantined)
            table = (
                read_accounts_counted(list(accounts_paths), quarantine=sink)
                if accounts_paths
                else None
            )
        accounts = table.frame if table is not None else None
        bar.update(task, advance=1, description=f"spark ({where}): detecting")
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
        bar.advance(task)
    read.events.unpersist()
    if local_staging is not None:
        shutil.rmtree(local_staging, ignore_errors=True)
    write_detection(result.detection, out)
    spark_info: dict[str, Any] = {
        "master": session.sparkContext.master,
        "spark_version": session.version,
        "account_buckets": result.buckets,
        **(result.graph.as_dict() if result.graph else {}),
    }
    wall = time.perf_counter() - start
    extra = table.summary() if table is not None else {}
    summ = summary(counts, result.detection, wall, **extra, engine="spark", spark=spark_info)
    write_json(summ, out / "summary.json")
    reporter = optional_module("distillwatch.report") if report else None
    if reporter is not None and hasattr(reporter, "write_report"):
        reporter.write_report(out)
    return summ
