"""``distillwatch simulate``: write a simulated world (events, accounts, truth) for tests and eval."""

from __future__ import annotations

from pathlib import Path

import typer

from distillwatch.cli.app import app
from distillwatch.errors import UserError
from distillwatch.progress import console


@app.command()
def simulate(
    scenario: str = typer.Option(
        "demo",
        "--scenario",
        "-s",
        help="Built-in scenario name (demo, standard, evasive, seed-scale) or a .toml/.yaml path.",
    ),
    seed: int = typer.Option(0, "--seed", help="Random seed; the same seed gives the same data."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (created if missing)."),
    scale: float = typer.Option(
        1.0, "--scale", help="Multiply account and event counts (e.g. 0.01 for a quick seed-scale)."
    ),
    days: float | None = typer.Option(
        None, "--days", help="Cut the world to this many days at the same daily volume."
    ),
    data_dir: Path | None = typer.Option(
        None,
        "--data-dir",
        help="shared/data folder with real prompt sets (overrides the scenario's data_dir).",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary line."),
) -> None:
    """Generate a world: events.parquet, accounts.parquet, truth.csv and world.json in OUT."""
    from distillwatch.simulate import load_scenario
    from distillwatch.simulate import simulate as run
    from distillwatch.simulate.scenario import scale_scenario

    world = load_scenario(scenario)
    if scale != 1.0 or days is not None:
        world = scale_scenario(world, scale, days)
    if data_dir is not None:
        if not data_dir.is_dir():
            raise UserError(f"{data_dir}: --data-dir is not a folder; give the shared/data folder")
        world.data_dir = str(data_dir.resolve())
    result = run(world, seed, out, progress=not quiet)
    if not quiet:
        console.print(
            f"wrote {result.n_events:,} events, {result.n_accounts:,} accounts "
            f"({result.n_campaign_accounts:,} in campaigns) to {result.out_dir} in {result.seconds:.1f} s",
            highlight=False,
        )
