"""Command-line entry point.

Each module in this package registers its commands on :data:`app`; they are imported
here by discovery, so adding a command is adding a module.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

from rich.console import Console

from distillwatch.cli.app import app
from distillwatch.errors import UserError

for _module in pkgutil.iter_modules(__path__):
    if _module.name != "app":
        importlib.import_module(f"{__name__}.{_module.name}")


def main() -> None:
    """Run the CLI; a :class:`UserError` becomes one red line on stderr and exit code 2."""
    try:
        app()
    except UserError as err:
        Console(stderr=True).print(f"[bold red]error:[/] {err}", highlight=False, soft_wrap=True)
        sys.exit(err.exit_code)


__all__ = ["app", "main"]
