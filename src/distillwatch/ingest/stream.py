"""Read + validate one input file as a stream of validated batches (shared by events and accounts)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from distillwatch.contract import ACCOUNT_FIELDS
from distillwatch.errors import UserError
from distillwatch.ingest.readers import BATCH_ROWS, RawBatch, reader_for
from distillwatch.ingest.validate import ValidatedBatch, validate_records, validate_table


def validate_raw(
    raw: RawBatch, table: str = "events", *, metadata_only: bool = False
) -> ValidatedBatch:
    """Validate a reader's raw batch; the reader's own quarantine rows are merged in row order.

    Events go through :func:`validate_records` like every adapter's rows, so
    ``metadata_only`` (prompt optional) means the same for contract files; ``table`` is
    ``"events"`` or ``"accounts"``.
    """
    if table == "events":
        batch = validate_records(
            raw.records,
            source=raw.source,
            first_row=raw.first_row,
            rows=raw.rows,
            text_values=raw.text_values,
            metadata_only=metadata_only,
        )
    else:
        batch = validate_table(
            raw.records,
            ACCOUNT_FIELDS,
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
    *,
    fmt: str = "auto",
    batch_rows: int = BATCH_ROWS,
    table: str = "events",
    metadata_only: bool = False,
) -> Iterator[tuple[ValidatedBatch, int]]:
    """Yield ``(validated batch, bytes of the file consumed)`` for one input file.

    A reader may yield :class:`RawBatch` (validated here, see :func:`validate_raw`) or, like
    the adapters, an already validated :class:`ValidatedBatch` (they take ``metadata_only``
    from their session). An OS error (permission, vanished file) becomes a ``UserError``
    naming the file.
    """
    reader = reader_for(path, fmt)
    kwargs = {} if table == "events" else {"fields": table}
    try:
        for item in reader(path, batch_rows, **kwargs):
            if isinstance(item, ValidatedBatch):
                yield item, 0
            else:
                yield validate_raw(item, table, metadata_only=metadata_only), item.position
    except OSError as err:
        reason = err.strerror or str(err)
        raise UserError(
            f"cannot read {path}: {reason}; check the path and its permissions"
        ) from err
