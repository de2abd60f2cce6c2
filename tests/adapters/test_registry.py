"""Adapters inside ingest: registry names, sniffers, session options and the service's document path."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from distillwatch.errors import UserError
from distillwatch.ingest import ingest_events, read_accounts
from distillwatch.ingest.adapters import (
    AdapterCounts,
    AdapterOptions,
    adapter_session,
    check_options,
)
from distillwatch.ingest.adapters.run import validate_documents
from distillwatch.ingest.readers import READERS

GOLDEN = Path(__file__).parent / "golden"


def test_formats_registered() -> None:
    assert {"contract", "otel", "litellm", "mapped"} <= READERS.keys()


def test_mapping_via_session_and_explicit_format(tmp_path: Path) -> None:
    options = AdapterOptions(mapping=GOLDEN / "gateway_access_log.toml")
    for fmt in ("auto", "mapped"):
        with adapter_session(options) as session:
            result = ingest_events(
                GOLDEN / "gateway_access_log.jsonl", tmp_path / fmt, fmt=fmt, progress=False
            )
        assert (result.rows_read, result.rows_accepted, result.rows_quarantined) == (5, 2, 3)
        if fmt == "auto":
            assert session.formats[str(GOLDEN / "gateway_access_log.jsonl")].fmt == "mapped"


def test_accounts_table_stays_contract_under_a_mapping(tmp_path: Path) -> None:
    accounts = tmp_path / "accounts.jsonl"
    accounts.write_text('{"account_id": "a1", "verified": true}\n')
    with adapter_session(AdapterOptions(mapping=GOLDEN / "gateway_access_log.toml")):
        frame = read_accounts([accounts])
    assert frame["account_id"].to_list() == ["a1"]


def test_contract_format_name_reads_contract_files(tmp_path: Path) -> None:
    path = tmp_path / "e.jsonl"
    record = {
        "event_id": "e1",
        "timestamp": "2026-01-01T00:00:00Z",
        "account_id": "a",
        "model": "m",
        "prompt": "p",
    }
    path.write_bytes(orjson.dumps(record) + b"\n")
    result = ingest_events(path, tmp_path / "out", fmt="contract", progress=False)
    assert result.rows_accepted == 1


def test_check_options() -> None:
    with pytest.raises(UserError, match="needs --mapping"):
        check_options("mapped", AdapterOptions())
    with pytest.raises(UserError, match="--mapping applies to --format mapped"):
        check_options("otel", AdapterOptions(mapping=Path("m.toml")))
    check_options("auto", AdapterOptions(mapping=Path("m.toml")))


def test_session_summary_counts_skips(tmp_path: Path) -> None:
    with adapter_session() as session:
        ingest_events(GOLDEN / "otel_semconv_v1_37.jsonl", tmp_path, progress=False)
    summary = session.summary()
    assert summary["rows_skipped_non_genai"] == 3
    assert summary["input_formats"] == {str(GOLDEN / "otel_semconv_v1_37.jsonl"): "otel"}


def test_documents_path_for_a_service_body() -> None:
    lines = (GOLDEN / "litellm_standard_logging_payload.jsonl").read_bytes().splitlines()
    docs = []
    for row, line in enumerate(lines, start=1):
        try:
            docs.append((row, orjson.loads(line)))
        except orjson.JSONDecodeError:
            continue
    counts = AdapterCounts()
    batches = list(
        validate_documents(docs, "litellm", AdapterOptions(), counts, source="POST /v1/events")
    )
    accepted = sum(b.accepted.height for b in batches)
    assert accepted == 3 and counts.rows_skipped_non_genai == 1
    assert {q["source"] for b in batches for q in b.quarantined} == {"POST /v1/events"}
    with pytest.raises(UserError, match="unknown adapter format"):
        list(validate_documents(docs, "splunk", AdapterOptions(), counts, source="body"))
