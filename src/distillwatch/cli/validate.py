"""``distillwatch validate``: check inputs against the data contract without scanning them."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import orjson
import typer
from rich.table import Table

from distillwatch.cli.app import app
from distillwatch.contract import QUARANTINE_REASONS
from distillwatch.errors import UserError
from distillwatch.ingest import QuarantineSink, ingest_events, read_accounts_counted
from distillwatch.ingest.adapters import AdapterOptions, adapter_session, check_options
from distillwatch.ingest.events import QUARANTINE_FILE, SourceCounts
from distillwatch.ingest.health import quarantine_warnings
from distillwatch.ingest.paths import expand_paths, refuse_overwrite
from distillwatch.progress import console, warn

SUMMARY_FILE = "summary.json"


def _counts_table(title: str, sources: dict[str, SourceCounts]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("source", overflow="fold")
    for name in ("read", "accepted", "duplicate", "quarantined"):
        table.add_column(name, justify="right")
    total = SourceCounts()
    for name, counts in sources.items():
        table.add_row(
            name,
            *(f"{v:,}" for v in counts.as_dict().values()),
        )
        for key, value in counts.as_dict().items():
            setattr(total, key, getattr(total, key) + value)
    if len(sources) > 1:
        table.add_row("[bold]total", *(f"[bold]{v:,}" for v in total.as_dict().values()))
    return table


@app.command()
def validate(
    events: list[str] = typer.Argument(
        ..., help="Event files, folders (searched recursively) or globs."
    ),
    out: Path = typer.Option(..., "--out", help="Folder for summary.json and quarantine.jsonl."),
    accounts: list[str] = typer.Option(
        [], "--accounts", help="Accounts table(s) to validate as well (repeatable)."
    ),
    fmt: str = typer.Option(
        "auto", "--format", help="Input format: auto, jsonl, parquet, csv (or an adapter's name)."
    ),
    mapping: Path = typer.Option(
        None, "--mapping", help="TOML field mapping for --format mapped (docs/ADAPTERS.md)."
    ),
    metadata_only: bool = typer.Option(
        False,
        "--metadata-only",
        help="Accept rows without prompt text, in any format (content capture off).",
    ),
    fail_on_quarantine: bool = typer.Option(
        False, "--fail-on-quarantine", help="Exit 1 when any row was quarantined."
    ),
) -> None:
    """Validate EVENTS (and --accounts) per the data contract; write summary.json and quarantine.jsonl."""
    started = time.perf_counter()
    files = expand_paths(events, skip=out)
    tables = expand_paths(accounts, skip=out) if accounts else []
    refuse_overwrite([*files, *tables], out, (SUMMARY_FILE, QUARANTINE_FILE))
    try:
        out.mkdir(parents=True, exist_ok=True)
        sink = QuarantineSink(out / QUARANTINE_FILE)
    except OSError as err:
        raise UserError(
            f"cannot write to {out}: {err.strerror or err}; choose another --out folder"
        ) from err
    options = AdapterOptions(metadata_only=metadata_only, mapping=mapping)
    check_options(fmt, options)
    with sink, adapter_session(options) as session:
        result = ingest_events(
            files,
            out,
            fmt=fmt,
            quarantine=sink,
            write_events=False,
            metadata_only=options.metadata_only,
        )
        accounts_result = read_accounts_counted(tables, quarantine=sink) if tables else None
    summary: dict[str, Any] = result.summary()
    summary.update(session.summary())
    summary.update(
        {
            "campaigns": None,
            "flagged_accounts": None,
            "command": "validate",
            "quarantine_reasons": {r: sink.reasons.get(r, 0) for r in sorted(QUARANTINE_REASONS)},
        }
    )
    if accounts_result is not None:
        summary.update(accounts_result.summary())
    summary["wall_seconds"] = round(time.perf_counter() - started, 3)
    (out / SUMMARY_FILE).write_bytes(orjson.dumps(summary, option=orjson.OPT_INDENT_2) + b"\n")

    console.print(_counts_table("events", result.sources))
    if accounts_result is not None:
        console.print(_counts_table("accounts", accounts_result.sources))
    if sink.count:
        reasons = ", ".join(f"{r} {n:,}" for r, n in sink.reasons.most_common())
        console.print(f"quarantined: {reasons} -> {out / QUARANTINE_FILE}", highlight=False)
    console.print(
        f"{result.accounts:,} distinct accounts; {summary['wall_seconds']:.1f}s; "
        f"summary in {out / SUMMARY_FILE}",
        highlight=False,
    )
    for line in quarantine_warnings(summary, str(out / QUARANTINE_FILE)):
        warn(line)
    if fail_on_quarantine and sink.count:
        raise typer.Exit(1)
