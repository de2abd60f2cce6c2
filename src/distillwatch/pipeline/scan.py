"""``scan``: files in, contract outputs out. The only stage with side effects (files, clock);
it ingests, calls the pure :func:`~distillwatch.pipeline.detect.detect`, writes results and
then the report when the report stage is installed.
"""

from __future__ import annotations

import importlib
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

from distillwatch.errors import UserError
from distillwatch.ingest import QuarantineSink, ingest_events, read_accounts_counted
from distillwatch.ingest.adapters import AdapterOptions, adapter_session, check_options
from distillwatch.ingest.events import QUARANTINE_FILE
from distillwatch.ingest.paths import expand_paths, refuse_overwrite
from distillwatch.pipeline.detect import UNREAD_COLUMNS, detect
from distillwatch.pipeline.outputs import (
    SCAN_FILES,
    STAGING_DIR,
    summary,
    write_detection,
    write_json,
)
from distillwatch.progress import progress_bar

PathSpec = str | Path
_ROWS = ("rows_read", "rows_accepted", "rows_duplicate", "rows_quarantined")


def optional_module(module: str) -> Any | None:
    """Import a stage that may not be installed (report, share), or None; public for Spark."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def _ingest(
    events_paths: Sequence[Path],
    accounts_paths: Sequence[Path] | None,
    out_dir: Path,
    options: AdapterOptions,
    fmt: str,
) -> tuple[Path, pl.DataFrame | None, dict[str, Any]]:
    """Validate, dedupe and stage events (in out_dir/.staging) and read the accounts table,
    through the adapters chosen by ``fmt``; bad rows of both go to out_dir/quarantine.jsonl
    (accounts rows tagged ``table: accounts``). Returns the staging path, the accounts and
    the counts for summary."""
    check_options(fmt, options)
    with (
        QuarantineSink(out_dir / QUARANTINE_FILE) as sink,
        adapter_session(options) as session,
    ):
        result = ingest_events(
            list(events_paths),
            out_dir / STAGING_DIR,
            fmt=fmt,
            quarantine=sink,
            metadata_only=options.metadata_only,
            unstaged=UNREAD_COLUMNS,
        )
        accounts = (
            read_accounts_counted(list(accounts_paths), quarantine=sink) if accounts_paths else None
        )
    counts: dict[str, Any] = {k: int(getattr(result, k)) for k in _ROWS}
    counts.update(session.summary())
    if options.metadata_only:
        # Accepted rows of every format (adapters and contract files alike) with no text.
        counts["rows_without_prompt"] = int(
            pl.scan_parquet(result.events_path)
            .select((pl.col("prompt").fill_null("") == "").sum())
            .collect()
            .item()
        )
    if accounts is not None:
        counts.update(accounts.summary())
    return Path(result.events_path), (accounts.frame if accounts else None), counts


def intel_or_none(intel_paths: Sequence[PathSpec]) -> Any:
    """Indicators of partners' STIX bundles (``share.load_intel``) or None; public for Spark."""
    if not intel_paths:
        return None
    share = optional_module("distillwatch.share.intel")
    if share is None:
        raise UserError("--intel needs the share stage (distillwatch.share), not installed")
    return share.load_intel([Path(p) for p in intel_paths])


def scan(
    events_paths: Sequence[PathSpec],
    out_dir: PathSpec,
    *,
    accounts_paths: Sequence[PathSpec] | None = None,
    intel_paths: Sequence[PathSpec] = (),
    metadata_only: bool = False,
    report: bool = True,
    fmt: str = "auto",
    mapping: PathSpec | None = None,
) -> dict[str, Any]:
    """Run a full scan and write contract section 3 files into ``out_dir``; return the summary.

    ``fmt`` and ``mapping`` choose the log adapter (docs/ADAPTERS.md); ``metadata_only``
    accepts rows without prompt text and runs without content signals.
    """
    start = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    options = AdapterOptions(
        metadata_only=metadata_only, mapping=Path(mapping) if mapping is not None else None
    )
    inputs = expand_paths(events_paths, skip=out)
    tables = expand_paths(accounts_paths, skip=out) if accounts_paths else None
    refuse_overwrite([*inputs, *(tables or []), *map(Path, intel_paths)], out, SCAN_FILES)
    try:
        staging, accounts, counts = _ingest(inputs, tables, out, options, fmt)
        intel = intel_or_none(intel_paths)
        with progress_bar() as bar:
            task = bar.add_task("annotating", total=counts["rows_accepted"] or None)
            detection = detect(
                pl.scan_parquet(staging),
                accounts,
                intel=intel,
                metadata_only=metadata_only,
                on_batch=lambda n: bar.advance(task, n),
            )
    finally:
        # The staged copy is as large as the logs' text; no output or later command reads it.
        shutil.rmtree(out / STAGING_DIR, ignore_errors=True)
    extra = {k: v for k, v in counts.items() if k not in _ROWS}
    try:
        write_detection(detection, out)
        result = summary(counts, detection, time.perf_counter() - start, **extra)
        write_json(result, out / "summary.json")
    except OSError as err:
        raise UserError(
            f"cannot write the results to {out}: {err.strerror or err}; free space there or "
            "choose an output folder on another disk"
        ) from err
    reporter = optional_module("distillwatch.report") if report else None
    if reporter is not None and hasattr(reporter, "write_report"):
        try:
            reporter.write_report(out)
        except OSError as err:
            raise UserError(
                f"cannot write report.html to {out}: {err.strerror or err}; the other results "
                "are written there; free space and rerun, or rerun with --no-report"
            ) from err
    return result
