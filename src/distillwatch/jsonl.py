"""The one reader of small JSON Lines side files (prompt sets, shared corpora, phrase sets).

Event logs go through ``ingest.readers``, which quarantines bad rows; these files are
inputs a developer controls, so a bad line is an error that names the file and line.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from distillwatch.errors import UserError


def numbered_records(path: Path) -> Iterator[tuple[int, Any]]:
    """(1-based line number, parsed value) of each non-blank line; ``.gz`` is read through gzip."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield n, orjson.loads(line)
            except orjson.JSONDecodeError as err:
                raise UserError(
                    f"{path}:{n}: not a JSON value ({err}); fix or remove the line"
                ) from err


def read_records(path: Path) -> list[Any]:
    """Every parsed value of a JSON Lines file, in order."""
    return [value for _, value in numbered_records(path)]
