"""``distillwatch demo``: the whole job on built-in data, for a first look on a fresh machine."""

from __future__ import annotations

from pathlib import Path

import typer

from distillwatch.cli.app import app
from distillwatch.progress import console


@app.command()
def demo(
    out: Path = typer.Option(Path("out/demo"), "--out", "-o", help="Folder for world and scan."),
    scenario: str = typer.Option("demo", "--scenario", "-s", help="Built-in scenario or path."),
    seed: int = typer.Option(7, "--seed", help="World seed."),
) -> None:
    """Simulate a world with campaigns, scan it, and score the scan against the ground truth."""
    from distillwatch.cli.eval import render
    from distillwatch.eval import evaluate, read_scan
    from distillwatch.pipeline.scan import scan
    from distillwatch.simulate import simulate

    world, scan_dir = out / "world", out / "scan"
    sim = simulate(scenario, seed, world)
    console.print(
        f"world: {sim.n_events:,} events, {sim.n_accounts:,} accounts "
        f"({sim.n_campaign_accounts:,} in campaigns) -> {world}",
        highlight=False,
    )
    summary = scan(
        [world / "events.parquet"], scan_dir, accounts_paths=[world / "accounts.parquet"]
    )
    console.print(
        f"scan: {summary['campaigns']} campaigns, {summary['flagged_accounts']:,} accounts flagged "
        f"in {summary['wall_seconds']:.1f} s -> {scan_dir}",
        highlight=False,
    )
    for table in render(evaluate(*read_scan(world / "truth.csv", scan_dir))):
        console.print(table)
    console.print(f"open {scan_dir / 'report.html'} in a browser for the reviewer's view")
