"""``quarantine.jsonl``: the one writer of rejected rows, so every stage appends the same shape."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import orjson


class QuarantineSink:
    """Appends quarantine rows (contract section 3) to a JSON Lines file and counts them.

    The file is created (empty) on open, so a run with no bad rows still leaves the
    empty ``quarantine.jsonl`` the contract promises.
    """

    def __init__(self, path: Path, *, append: bool = False) -> None:
        self.path = path
        self.count = 0
        #: Rows written per ``reason`` code.
        self.reasons: Counter[str] = Counter()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = path.open("ab" if append else "wb")

    def write(self, rows: Iterable[dict[str, Any]]) -> int:
        """Write rows (``source``, ``row``, ``reason``, ``detail``, ``event_id``); return how many."""
        rows = list(rows)
        lines = [orjson.dumps(row) for row in rows]
        self.reasons.update(row["reason"] for row in rows)
        if lines:
            self._handle.write(b"\n".join(lines) + b"\n")
        self.count += len(lines)
        return len(lines)

    def close(self) -> None:
        """Flush and close the file."""
        self._handle.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
