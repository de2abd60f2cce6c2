"""Adapters: turn OpenTelemetry GenAI, LiteLLM and user-mapped logs into contract records.

Each adapter is an ``iter_records(path, options, counts)`` function yielding
``(row_number, record | Rejected)``; records go through the one ingest validator and
``Rejected`` rows straight to quarantine. :data:`ADAPTERS` is the name -> adapter table
the ingest reader registry uses (:func:`register`, run on import, adds them there);
:func:`detect_format` resolves ``--format auto``; :func:`adapter_session` carries a run's
options (``--metadata-only``, ``--mapping``) and counters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from distillwatch.ingest.adapters import litellm, mapped, otel
from distillwatch.ingest.adapters.base import (
    AdapterCounts,
    AdapterOptions,
    Record,
    Rejected,
)
from distillwatch.ingest.adapters.detect import FORMATS, Detected, detect_format
from distillwatch.ingest.adapters.registry import (
    AdapterSession,
    adapter_session,
    check_options,
    register,
)

#: An adapter: reads one file, yields ``(row_number, record | Rejected)``.
Adapter = Callable[[Path, AdapterOptions, AdapterCounts], Iterator[tuple[int, Record | Rejected]]]

#: An adapter over already parsed documents ``(row_number, JSON value)`` (service bodies).
DocumentAdapter = Callable[
    [Iterable[tuple[int, Any]], AdapterOptions, AdapterCounts],
    Iterator[tuple[int, Record | Rejected]],
]

#: Foreign formats by ``--format`` name (``contract`` is read by ingest itself).
ADAPTERS: dict[str, Adapter] = {
    "otel": otel.iter_records,
    "litellm": litellm.iter_records,
    "mapped": mapped.iter_records,
}

register()

#: The same formats over parsed documents, for callers that already hold the JSON.
DOCUMENT_ADAPTERS: dict[str, DocumentAdapter] = {
    "otel": otel.records_from_docs,
    "litellm": litellm.records_from_docs,
    "mapped": mapped.records_from_docs,
}

__all__ = [
    "ADAPTERS",
    "DOCUMENT_ADAPTERS",
    "FORMATS",
    "Adapter",
    "AdapterCounts",
    "AdapterOptions",
    "AdapterSession",
    "Detected",
    "DocumentAdapter",
    "Record",
    "Rejected",
    "adapter_session",
    "check_options",
    "detect_format",
]
