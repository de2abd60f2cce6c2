"""``read_accounts``: the optional accounts table (contract section 2), validated like events."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from distillwatch.contract import ACCOUNT_SCHEMA
from distillwatch.ingest.dedupe import Deduper
from distillwatch.ingest.events import SourceCounts
from distillwatch.ingest.paths import expand_paths
from distillwatch.ingest.quarantine import QuarantineSink
from distillwatch.ingest.readers import BATCH_ROWS
from distillwatch.ingest.stream import validated_stream


@dataclass(slots=True)
class AccountsResult:
    """The validated accounts table and its row counts (per source and in total)."""

    frame: pl.DataFrame
    sources: dict[str, SourceCounts] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        """``accounts_rows_*`` keys for ``summary.json`` (kept apart from the event row counts)."""
        totals = SourceCounts()
        for counts in self.sources.values():
            totals.rows_read += counts.rows_read
            totals.rows_accepted += counts.rows_accepted
            totals.rows_duplicate += counts.rows_duplicate
            totals.rows_quarantined += counts.rows_quarantined
        out: dict[str, Any] = {f"accounts_{k}": v for k, v in totals.as_dict().items()}
        out["accounts_sources"] = {name: c.as_dict() for name, c in self.sources.items()}
        return out


def read_accounts_counted(
    paths: str | Path | Sequence[str | Path],
    *,
    quarantine: QuarantineSink | None = None,
    fmt: str = "auto",
    batch_rows: int = BATCH_ROWS,
) -> AccountsResult:
    """Read and validate accounts files; bad rows go to ``quarantine`` tagged ``table: accounts``.

    A repeated ``account_id`` keeps its first row (input order) and counts as a duplicate.
    """
    frames: list[pl.DataFrame] = []
    sources: dict[str, SourceCounts] = {}
    deduper = Deduper(column="account_id")
    for path in expand_paths(paths):
        counts = sources.setdefault(str(path), SourceCounts())
        for batch, _ in validated_stream(path, fmt=fmt, batch_rows=batch_rows, table="accounts"):
            frame = batch.accepted
            kept, _ = deduper.filter(frame)
            frames.append(kept)
            if quarantine is not None and batch.quarantined:
                quarantine.write({**q, "table": "accounts"} for q in batch.quarantined)
            counts.rows_read += batch.rows_read
            counts.rows_accepted += kept.height
            counts.rows_duplicate += frame.height - kept.height
            counts.rows_quarantined += len(batch.quarantined)
    frame = pl.concat(frames) if frames else pl.DataFrame(schema=ACCOUNT_SCHEMA)
    return AccountsResult(frame=frame, sources=sources)


def read_accounts(
    paths: str | Path | Sequence[str | Path],
    *,
    quarantine: QuarantineSink | None = None,
    fmt: str = "auto",
) -> pl.DataFrame:
    """The accounts table in ``contract.ACCOUNT_SCHEMA``, one row per ``account_id``.

    Bad rows are quarantined into ``quarantine`` when given (with ``"table": "accounts"``
    so they can be told from event rows); use :func:`read_accounts_counted` for the counts.
    """
    return read_accounts_counted(paths, quarantine=quarantine, fmt=fmt).frame
