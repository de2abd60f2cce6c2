"""Ingest: read events and accounts (JSONL/.gz/.zst, Parquet, CSV), validate per the contract.

Readers (``readers.READERS``) only decode; :func:`validate_records` is the single validator;
:func:`ingest_events` streams, dedupes and stages validated events to Parquet. Log adapters
in ``ingest.adapters`` are imported on first use of a reader (``readers.load_plugin_readers``)
so they can add theirs with ``register_reader``.
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
