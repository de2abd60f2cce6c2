"""Framing of a POST /v1/events (or /v1/accounts) body: a JSON array or JSON Lines.

JSON Lines go through the ingest stage's own block parser (Arrow's strict JSON reader,
with its per-line fallback that quarantines undecodable lines with their line numbers);
a JSON array is split here. Field validation is the ingest stage's single validator.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import orjson
import polars as pl
import pyarrow as pa

from distillwatch.ingest.adapters import AdapterCounts, AdapterOptions
from distillwatch.ingest.adapters.run import validate_documents
from distillwatch.ingest.readers import parse_jsonl_block, parse_jsonl_lines, quarantine_row
from distillwatch.ingest.validate import ValidatedBatch, validate_records

_OPEN_BRACE, _NEWLINE = ord("{"), ord("\n")


def _only_object_lines(block: bytes) -> bool:
    """Whether every non-blank line starts with ``{`` (checked on line starts, vectorised).

    pyarrow 26's JSON reader segfaults when a block starts with a top-level ``null`` line,
    and a client must not be able to crash the service; anything but object lines takes the
    ingest stage's per-line path instead.
    """
    data = np.frombuffer(block, np.uint8)
    starts = np.flatnonzero(data[:-1] == _NEWLINE) + 1
    first = np.concatenate((data[:1], data[starts]))
    return bool(np.all((first == _OPEN_BRACE) | (first == _NEWLINE)))


class BatchTooLarge(Exception):
    """The body has more rows than the service accepts in one batch (HTTP 413)."""


class BadBody(Exception):
    """The body starts as a JSON array but is not one (HTTP 400)."""


@dataclass(slots=True)
class RawRecords:
    """Raw records for the validator, their 1-based row numbers and the framing rejects."""

    records: pa.Table | list[dict[str, Any]]
    rows: np.ndarray | None
    first_row: int
    rejected: list[dict[str, Any]] = field(default_factory=list)
    n_rows: int = 0


def parse_body(
    body: bytes, *, source: str, max_rows: int, table: str = "events", fast: bool = True
) -> RawRecords:
    """Records of a body; :class:`BatchTooLarge` past ``max_rows`` rows (lines or elements).

    ``fast=False`` parses JSON Lines line by line into plain objects (log-adapter documents,
    which the Arrow reader's contract schema would flatten away).
    """
    text = body.lstrip()
    if text[:1] == b"[":
        try:
            items = orjson.loads(text)
        except orjson.JSONDecodeError as err:
            raise BadBody(f"body starts with '[' but is not a JSON array: {err}") from err
        if len(items) > max_rows:
            raise BatchTooLarge(f"{len(items)} rows in one batch; the limit is {max_rows}")
        keep = [i for i, item in enumerate(items) if isinstance(item, dict)]
        rejected = [
            quarantine_row(
                source, i + 1, "unparseable", f"a JSON {type(item).__name__}, not an object"
            )
            for i, item in enumerate(items)
            if not isinstance(item, dict)
        ]
        records = [items[i] for i in keep]
        return RawRecords(records, np.asarray(keep, np.int64) + 1, 1, rejected, len(items))
    if not text:
        return RawRecords([], None, 1)
    block = body if body.endswith(b"\n") else body + b"\n"
    n_lines = block.count(b"\n")
    if n_lines > max_rows:
        raise BatchTooLarge(f"{n_lines} lines in one batch; the limit is {max_rows}")
    if not fast or not _only_object_lines(block):
        records, rows, bad = parse_jsonl_lines(block.split(b"\n")[:n_lines], 1, source)
        return RawRecords(records, np.asarray(rows, np.int64), 1, bad, len(records) + len(bad))
    raw = parse_jsonl_block(block, 1, source, table, 0, n_lines)
    return RawRecords(
        raw.records,
        raw.rows,
        raw.first_row,
        list(raw.quarantined),
        raw.num_records + len(raw.quarantined),
    )


#: Log formats ``POST /v1/events?format=`` takes besides ``contract`` (docs/ADAPTERS.md).
ADAPTER_FORMATS = ("otel", "litellm")


def adapt_documents(raw: RawRecords, fmt: str, *, source: str) -> ValidatedBatch:
    """Run a body's documents (OTLP export requests or LiteLLM payloads) through the log
    adapter ``fmt`` and the ingest validator; one batch whatever the adapter's chunking."""
    if fmt not in ADAPTER_FORMATS:
        raise BadBody(f"format {fmt!r} is not accepted here; use contract or {ADAPTER_FORMATS}")
    records = raw.records.to_pylist() if isinstance(raw.records, pa.Table) else raw.records
    rows = raw.rows if raw.rows is not None else np.arange(len(records)) + raw.first_row
    docs = zip((int(r) for r in rows), records, strict=True)
    batches = list(validate_documents(docs, fmt, AdapterOptions(), AdapterCounts(), source=source))
    if not batches:
        return validate_records([], source=source)
    return ValidatedBatch(
        accepted=pl.concat([b.accepted for b in batches]),
        quarantined=[q for b in batches for q in b.quarantined],
    )
