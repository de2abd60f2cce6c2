"""Ingest: read events and accounts (JSONL/.gz/.zst, Parquet, CSV), validate per the contract.

Readers (``readers.READERS``) only decode; :func:`validate_records` is the single validator;
:func:`ingest_events` streams, dedupes and stages validated events to Parquet. Log adapters
in ``ingest.adapters`` are imported on first use of a reader (``readers.load_plugin_readers``)
so they can add theirs with ``register_reader``.

Policies (every row read is accepted, a duplicate, or quarantined; never dropped silently):

* Row numbers: JSONL = line number (blank lines are not rows); CSV = data record number
  (header excluded; a quoted value may span lines); Parquet = row number in the file.
* A line that is not JSON, or JSON that is not an object -> ``unparseable``; bad UTF-8 or a
  raw NUL byte in the line -> ``bad_encoding``; a line over ``readers.MAX_LINE_BYTES``
  (32 MiB) -> ``too_large`` without parsing; any string value with a NUL character ->
  ``bad_encoding`` (quarantined, not stripped, so evidence stays verbatim); any string value
  over ``validate.MAX_FIELD_BYTES`` (2 MiB) -> ``too_large``.
* Truncated/corrupt ``.gz``/``.zst``: complete lines decoded before the break are kept; the
  break (with any partial line) is one ``unparseable`` row. Unreadable Parquet/CSV data: one
  ``unparseable`` row at the first row that could not be read. A CSV record with the wrong
  number of columns -> ``unparseable``. An empty file is zero rows.
* Types: JSON and Parquet values must have the contract type (``"12"`` for an integer is
  ``bad_type``; integral floats such as ``3.0`` are accepted for integers in Parquet only).
  CSV holds only text, so numbers, booleans and epoch milliseconds are parsed from it;
  an empty CSV cell is null (and only that: ``null``/``NA`` stay text).
* Timestamps: RFC 3339 with ``Z``/``±hh:mm`` or no offset (= UTC), or integer epoch ms in
  1990..2200 (outside is almost always seconds given for milliseconds) -> else
  ``bad_timestamp``. A required string that is ``""`` counts as missing.
* Duplicates: the first occurrence of an ``event_id`` in input order (files sorted by path,
  then row) is kept; later ones count in ``rows_duplicate``. Accounts: first row per
  ``account_id``. Unknown extra fields are ignored.
* A path that does not exist or cannot be opened is a ``UserError`` (one line, exit 2).
"""

from __future__ import annotations

from distillwatch.ingest.accounts import AccountsResult, read_accounts, read_accounts_counted
from distillwatch.ingest.dedupe import Deduper
from distillwatch.ingest.events import IngestResult, SourceCounts, ingest_events
from distillwatch.ingest.paths import expand_paths
from distillwatch.ingest.quarantine import QuarantineSink
from distillwatch.ingest.readers import READERS, RawBatch, detect_format, register_reader
from distillwatch.ingest.validate import MAX_FIELD_BYTES, ValidatedBatch, validate_records

__all__ = [
    "MAX_FIELD_BYTES",
    "READERS",
    "AccountsResult",
    "Deduper",
    "IngestResult",
    "QuarantineSink",
    "RawBatch",
    "SourceCounts",
    "ValidatedBatch",
    "detect_format",
    "expand_paths",
    "ingest_events",
    "read_accounts",
    "read_accounts_counted",
    "register_reader",
    "validate_records",
]
