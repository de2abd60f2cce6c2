"""``distillwatch eval``: how well a scan matches simulator truth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import typer
from rich.table import Table

from distillwatch.cli.app import app
from distillwatch.progress import console


def _fmt(v: Any) -> str:
    """Numbers to 4 decimals, None as a dash."""
    if v is None:
        return "-"
    return f"{v:.4f}" if isinstance(v, float) else str(v)


def render(result: dict[str, Any]) -> list[Table]:
    """Rich tables: account metrics, benign kinds, truth campaigns, detected campaigns."""
    acc = Table(title="accounts")
    acc.add_column("metric")
    acc.add_column("value", justify="right")
    for k, v in result["accounts"].items():
        acc.add_row(k, _fmt(v))
    acc.add_row("mean_campaign_purity", _fmt(result["mean_purity"]))
    kinds = Table(title="benign FPR by kind")
    for col in ("kind", "accounts", "flagged", "fpr"):
        kinds.add_column(col, justify="left" if col == "kind" else "right")
    for row in result["benign_kinds"]:
        kinds.add_row(*[_fmt(row[c]) for c in ("kind", "accounts", "flagged", "fpr")])
    camps = Table(title="truth campaigns")
    cols = ("campaign", "kind", "accounts", "recall", "jaccard", "detected_parts", "best_match")
    for col in cols:
        camps.add_column(col)
    for row in result["truth_campaigns"]:
        camps.add_row(*[_fmt(row[c]) for c in cols])
    det = Table(title="detected campaigns")
    for col in ("campaign_id", "accounts", "majority", "purity"):
        det.add_column(col)
    for row in result["detected_campaigns"]:
        det.add_row(*[_fmt(row[c]) for c in ("campaign_id", "accounts", "majority", "purity")])
    return [acc, kinds, camps, det]


@app.command("eval")
def eval_command(
    truth: Path = typer.Option(..., "--truth", help="truth.csv written by distillwatch simulate."),
    scan: Path = typer.Option(..., "--scan", help="Folder written by distillwatch scan."),
    json_out: Path = typer.Option(None, "--json", help="Also write the metrics as JSON here."),
) -> None:
    """Precision, recall, benign FPR (per kind), campaign recall/purity/Jaccard, ROC-AUC."""
    from distillwatch.eval import evaluate, read_scan

    t, a, c = read_scan(truth, scan)
    result = evaluate(t, a, c)
    for table in render(result):
        console.print(table)
    if json_out is not None:
        json_out.write_bytes(orjson.dumps(result, option=orjson.OPT_INDENT_2))
