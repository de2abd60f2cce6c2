"""``distillwatch version``: what is installed, for bug reports."""

from __future__ import annotations

import typer

from distillwatch import __version__
from distillwatch.cli.app import app
from distillwatch.contract import CONTRACT_VERSION


@app.command()
def version() -> None:
    """Print the package and data-contract versions."""
    typer.echo(f"distillwatch {__version__} (contract {CONTRACT_VERSION})")
