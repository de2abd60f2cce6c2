"""``distillwatch simulate``: write a simulated world (events, accounts, truth) for tests and eval."""

from __future__ import annotations

from pathlib import Path

import typer

from distillwatch.cli.app import app
from distillwatch.progress import console


@app.command()
def simulate(
    scenario: str = typer.Option(
        "demo",
        "--scenario",
        "-s",
        help="Built-in scenario name (demo, standard, seed-scale) or a .toml/.yaml path.",
    ),
    seed: int = typer.Option(0, "--seed", help="Random seed; the same seed gives the same data."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (created if missing)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary line."),
) -> None:
    """Generate a world: events.parquet, accounts.parquet, truth.csv and world.json in OUT."""
    from distillwatch.simulate import simulate as run

    result = run(scenario, seed, out, progress=not quiet)
    if not quiet:
        console.print(
            f"wrote {result.n_events:,} events, {result.n_accounts:,} accounts "
            f"({result.n_campaign_accounts:,} in campaigns) to {result.out_dir} in {result.seconds:.1f} s",
            highlight=False,
        )
