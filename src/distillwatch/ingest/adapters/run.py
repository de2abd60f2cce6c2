"""Adapter output -> the one ingest validator, in batches: what a format reader yields to ingest."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from distillwatch.errors import UserError
from distillwatch.ingest.adapters.base import AdapterCounts, AdapterOptions, Record, Rejected
from distillwatch.ingest.validate import ValidatedBatch, validate_records

#: Records validated per call: large enough to vectorise, small enough to bound memory.
BATCH_ROWS = 20_000


def validated_batches(
    path: Path,
    fmt: str,
    options: AdapterOptions,
    counts: AdapterCounts,
    *,
    source: str | None = None,
    batch_rows: int = BATCH_ROWS,
) -> Iterator[ValidatedBatch]:
    """Read ``path`` with adapter ``fmt`` and validate it batch by batch.

    Records keep their line/row number (``rows=``) so quarantine rows point at the line to
    open; :class:`Rejected` rows are added to the batch's quarantine with the same shape.
    Every adapter row ends up accepted or quarantined (``rows_read`` of the batches).
    """
    from distillwatch.ingest.adapters import ADAPTERS

    name = source if source is not None else str(path)
    items = ADAPTERS[fmt](path, options, counts)
    yield from _validated(items, name, options.metadata_only, batch_rows)


def validate_documents(
    docs: Iterable[tuple[int, Any]],
    fmt: str,
    options: AdapterOptions,
    counts: AdapterCounts,
    *,
    source: str,
    batch_rows: int = BATCH_ROWS,
) -> Iterator[ValidatedBatch]:
    """Validate already parsed documents of format ``fmt`` (e.g. a service's POST body).

    ``docs`` are ``(row_number, parsed JSON value)``: OTLP/JSON requests for ``otel``,
    payloads for ``litellm``, records (or wrappers, per ``[source] records``) for ``mapped``.
    """
    from distillwatch.ingest.adapters import DOCUMENT_ADAPTERS

    if fmt not in DOCUMENT_ADAPTERS:
        raise UserError(
            f"{source}: unknown adapter format {fmt!r}; use one of {sorted(DOCUMENT_ADAPTERS)}"
        )
    items = DOCUMENT_ADAPTERS[fmt](docs, options, counts)
    yield from _validated(items, source, options.metadata_only, batch_rows)


def _validated(
    items: Iterable[tuple[int, Record | Rejected]],
    source: str,
    metadata_only: bool,
    batch_rows: int,
) -> Iterator[ValidatedBatch]:
    records: list[Record] = []
    rows: list[int] = []
    rejected: list[dict] = []
    for row, item in items:
        if isinstance(item, Rejected):
            rejected.append(item.quarantine_row(source))
        else:
            records.append(item)
            rows.append(row)
        if len(records) + len(rejected) >= batch_rows:
            yield _batch(records, rows, rejected, source, metadata_only)
            records, rows, rejected = [], [], []
    if records or rejected:
        yield _batch(records, rows, rejected, source, metadata_only)


def _batch(
    records: list[Record], rows: list[int], rejected: list[dict], source: str, metadata_only: bool
) -> ValidatedBatch:
    batch = validate_records(records, source=source, rows=rows, metadata_only=metadata_only)
    return ValidatedBatch(accepted=batch.accepted, quarantined=[*batch.quarantined, *rejected])
