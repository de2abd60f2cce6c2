"""``distillwatch scan``: find distillation campaigns in API traffic logs."""

from __future__ import annotations

from pathlib import Path

import typer

from distillwatch.cli.app import app
from distillwatch.progress import console, warn


@app.command()
def scan(
    events: list[str] = typer.Argument(
        ..., help="Event files, folders or globs (JSONL, Parquet, CSV)."
    ),
    out: Path = typer.Option(
        ..., "--out", "-o", help="Folder for accounts.csv, campaigns.json, summary.json, ..."
    ),
    accounts: list[str] = typer.Option(
        None, "--accounts", help="Optional accounts table (contract section 2)."
    ),
    intel: list[str] = typer.Option(
        None, "--intel", help="Indicator bundles shared by other providers."
    ),
    metadata_only: bool = typer.Option(
        False,
        "--metadata-only",
        help="Ignore prompt text and accept rows without it (privacy mode).",
    ),
    no_report: bool = typer.Option(False, "--no-report", help="Skip report.html."),
    fmt: str = typer.Option(
        "auto",
        "--format",
        help="Input format: auto, contract, jsonl, parquet, csv, otel, litellm, mapped.",
    ),
    mapping: Path = typer.Option(
        None, "--mapping", help="TOML field mapping for --format mapped (docs/ADAPTERS.md)."
    ),
    engine: str = typer.Option(
        "embedded", "--engine", help="embedded (this process) or spark (docs/SPARK.md)."
    ),
    spark_master: str = typer.Option(
        None, "--spark-master", help="Spark master: local[N], spark://host:7077, yarn, k8s://..."
    ),
    spark_conf: list[str] = typer.Option(
        None, "--spark-conf", help="Spark setting KEY=VALUE (repeatable)."
    ),
) -> None:
    """Score every account, group coordinated accounts into campaigns and write the results."""
    from distillwatch.engine import run_scan
    from distillwatch.ingest.events import QUARANTINE_FILE
    from distillwatch.ingest.health import quarantine_warnings

    result = run_scan(
        engine,
        events,
        out,
        spark_master=spark_master,
        spark_conf=spark_conf or (),
        accounts_paths=accounts or None,
        intel_paths=intel or (),
        metadata_only=metadata_only,
        report=not no_report,
        fmt=fmt,
        mapping=mapping,
    )
    for line in quarantine_warnings(result, str(Path(out) / QUARANTINE_FILE)):
        warn(line)
    console.print(
        f"{result['rows_accepted']:,} exchanges, {result['accounts']:,} accounts: "
        f"{result['campaigns']} campaigns, {result['flagged_accounts']:,} accounts flagged "
        f"in {result['wall_seconds']:.1f} s -> {out}"
    )
