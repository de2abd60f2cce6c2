"""``scan``: files in, contract outputs out. The only stage with side effects (files, clock);
it ingests, calls the pure :func:`~distillwatch.pipeline.detect.detect`, writes results and
then the report when the report stage is installed.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

from distillwatch.errors import UserError
from distillwatch.ingest import ingest_events, read_accounts
from distillwatch.pipeline.detect import detect
from distillwatch.pipeline.outputs import summary, write_detection, write_json
from distillwatch.progress import progress_bar

PathSpec = str | Path


def _optional(module: str) -> Any | None:
    """Import a sibling stage that may not be installed yet (report, share)."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def _ingest(events_paths: Sequence[PathSpec], out_dir: Path) -> tuple[Path, dict[str, int]]:
    """Validate, dedupe and stage events (``ingest_events``); quarantine.jsonl goes to out_dir."""
    result = ingest_events(list(events_paths), out_dir)
    counts = {
        k: int(getattr(result, k))
        for k in ("rows_read", "rows_accepted", "rows_duplicate", "rows_quarantined")
    }
    return Path(result.events_path), counts


def _accounts(accounts_paths: Sequence[PathSpec] | None) -> pl.DataFrame | None:
    """The optional accounts table (contract section 2), validated by ingest."""
    return read_accounts(list(accounts_paths)) if accounts_paths else None


def _intel(intel_paths: Sequence[PathSpec]) -> Any:
    """Indicators from other providers' STIX bundles (``share.load_intel``), or None."""
    if not intel_paths:
        return None
    share = _optional("distillwatch.share.intel")
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
) -> dict[str, Any]:
    """Run a full scan and write contract section 3 files into ``out_dir``; return the summary."""
    start = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    staging, counts = _ingest(events_paths, out)
    accounts = _accounts(accounts_paths)
    intel = _intel(intel_paths)
    events = pl.scan_parquet(staging)
    with progress_bar() as bar:
        task = bar.add_task("annotating", total=counts["rows_accepted"] or None)
        detection = detect(
            events,
            accounts,
            intel=intel,
            metadata_only=metadata_only,
            on_batch=lambda n: bar.advance(task, n),
        )
    write_detection(detection, out)
    wall = time.perf_counter() - start
    result = summary(counts, detection, wall)
    write_json(result, out / "summary.json")
    reporter = _optional("distillwatch.report") if report else None
    if reporter is not None and hasattr(reporter, "write_report"):
        reporter.write_report(out)
    return result
