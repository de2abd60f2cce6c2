"""The one reader of small JSON Lines side files (prompt sets, shared corpora, phrase sets).

Event logs go through ``ingest``, which quarantines bad rows; these files are inputs a
developer controls, so a bad line is an error that names the file and line. Both read
lines the same way (``ingest.adapters.base.iter_json_lines``: ``.gz``/``.zst`` aware).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from distillwatch.errors import UserError
from distillwatch.ingest.adapters.base import Rejected, iter_json_lines


def numbered_records(path: Path) -> Iterator[tuple[int, Any]]:
    """(1-based line number, parsed value) of each non-blank line."""
    for n, value in iter_json_lines(path):
        if isinstance(value, Rejected):
            raise UserError(f"{path}:{n}: {value.detail}; fix or remove the line")
        yield n, value


def read_records(path: Path) -> list[Any]:
    """Every parsed value of a JSON Lines file, in order."""
    return [value for _, value in numbered_records(path)]
