"""Read + validate one input file as a stream of validated batches (shared by events and accounts)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from distillwatch.contract import Field
from distillwatch.errors import UserError
from distillwatch.ingest.readers import BATCH_ROWS, RawBatch, reader_for
from distillwatch.ingest.validate import ValidatedBatch, validate_table


def validate_raw(raw: RawBatch, fields: Sequence[Field]) -> ValidatedBatch:
    """Validate a reader's raw batch; the reader's own quarantine rows are merged in row order."""
    batch = validate_table(
        raw.records,
        fields,
        source=raw.source,
        first_row=raw.first_row,
        rows=raw.rows,
        text_values=raw.text_values,
    )
    if not raw.quarantined:
        return batch
    merged = sorted([*batch.quarantined, *raw.quarantined], key=lambda q: q["row"])
    return ValidatedBatch(accepted=batch.accepted, quarantined=merged)


def validated_stream(
    path: Path,
    fields: Sequence[Field],
    *,
    fmt: str = "auto",
    batch_rows: int = BATCH_ROWS,
    table: str = "events",
) -> Iterator[tuple[ValidatedBatch, int]]:
    """Yield ``(validated batch, bytes of the file consumed)`` for one input file.

    A reader may yield :class:`RawBatch` (validated here) or, like the adapters, an already
    validated :class:`ValidatedBatch`. An OS error (permission, vanished file) becomes a
    ``UserError`` naming the file.
    """
    reader = reader_for(path, fmt)
    kwargs = {} if table == "events" else {"fields": table}
    try:
        for item in reader(path, batch_rows, **kwargs):
            if isinstance(item, ValidatedBatch):
                yield item, 0
            else:
                yield validate_raw(item, fields), item.position
    except OSError as err:
        reason = err.strerror or str(err)
        raise UserError(
            f"cannot read {path}: {reason}; check the path and its permissions"
        ) from err
