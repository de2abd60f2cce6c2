"""Errors a user can act on: the CLI prints them as one line and exits 2, never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input (unreadable path, bad option, bad scenario file).

    The message must name the file (and row, where there is one) and say how to fix it.
    """

    exit_code = 2
