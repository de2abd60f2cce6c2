"""The one Rich progress bar every long-running stage uses, so they all look alike."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

#: Progress and tables go to stderr so stdout stays clean for pipes.
console = Console(stderr=True)


def warn(message: str) -> None:
    """One yellow ``warning:`` line on stderr, the way every command warns."""
    console.print(f"[yellow]warning:[/] {message}", highlight=False, soft_wrap=True)


def progress_bar(*, transient: bool = True) -> Progress:
    """A Rich progress bar on stderr; silent when stderr is not a terminal (CI, pipes)."""
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=transient,
        disable=not sys.stderr.isatty(),
    )
