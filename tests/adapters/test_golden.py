"""Golden files written from the published specs: each adapter's records match the frozen ones,
and the validator quarantines exactly the malformed rows with the right reasons."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from distillwatch.ingest.adapters import ADAPTERS, AdapterCounts, AdapterOptions, Rejected
from distillwatch.ingest.adapters.run import validated_batches

GOLDEN = Path(__file__).parent / "golden"

CASES = {
    "otel_semconv_v1_37.jsonl": ("otel", None),
    "otel_legacy_events.jsonl": ("otel", None),
    "otel_openllmetry.jsonl": ("otel", None),
    "litellm_standard_logging_payload.jsonl": ("litellm", None),
    "gateway_access_log.jsonl": ("mapped", "gateway_access_log.toml"),
    "wrapped_records.json": ("mapped", "wrapped_records.toml"),
}


def _options(mapping: str | None, metadata_only: bool) -> AdapterOptions:
    return AdapterOptions(
        metadata_only=metadata_only, mapping=GOLDEN / mapping if mapping else None
    )


@pytest.mark.parametrize("metadata_only", [False, True], ids=["full", "metadata_only"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_adapter_matches_golden(name: str, metadata_only: bool) -> None:
    fmt, mapping = CASES[name]
    expected = json.loads((GOLDEN / f"{name.split('.')[0]}.expected.json").read_text())
    want = expected["metadata_only" if metadata_only else "full"]
    counts = AdapterCounts()
    rows = []
    for row, item in ADAPTERS[fmt](GOLDEN / name, _options(mapping, metadata_only), counts):
        if isinstance(item, Rejected):
            rows.append(
                {
                    "row": row,
                    "rejected": {
                        "reason": item.reason,
                        "detail": item.detail,
                        "event_id": item.event_id,
                    },
                }
            )
        else:
            rows.append({"row": row, "record": {k: v for k, v in item.items() if v is not None}})
    assert rows == want["rows"]
    assert counts.rows_skipped_non_genai == want["rows_skipped_non_genai"]
    assert counts.rows_without_prompt == want["rows_without_prompt"]


def _validate(name: str, metadata_only: bool = False):
    fmt, mapping = CASES[name]
    counts = AdapterCounts()
    batches = list(
        validated_batches(GOLDEN / name, fmt, _options(mapping, metadata_only), counts, source=name)
    )
    accepted = [b.accepted for b in batches]
    quarantined = [q for b in batches for q in b.quarantined]
    return accepted, quarantined, counts


def test_otel_golden_through_validator() -> None:
    accepted, quarantined, counts = _validate("otel_semconv_v1_37.jsonl")
    ids = [i for frame in accepted for i in frame["event_id"].to_list()]
    # Two good inference spans; the HTTP, embeddings and tool spans are not rows.
    assert ids == [
        "5b8efff798038103d269b633813fc60ceee19b7ec3c1b175",
        "0af7651916cd43dd8448eb211c80319cb7ad6b7169203331",
    ]
    assert counts.rows_skipped_non_genai == 3
    reasons = sorted((q["row"], q["reason"]) for q in quarantined)
    assert reasons == [
        (2, "missing_field"),  # gpt-4o-mini span, content capture off
        (4, "unparseable"),  # truncated line
        (5, "unparseable"),  # a logs export, not traces
        (6, "missing_field"),  # span without gen_ai.request.model
        (6, "negative_count"),  # output_tokens -5
        (6, "unparseable"),  # gen_ai.input.messages not JSON
    ]
    assert all(q["source"] == "otel_semconv_v1_37.jsonl" for q in quarantined)
    first = accepted[0].row(0, named=True)
    assert first["timestamp"].isoformat() == "2026-01-01T00:00:00.123456+00:00"
    assert (first["turn"], first["n"], first["tools"], first["status"]) == (1, 2, 2, 200)


def test_metadata_only_keeps_promptless_spans() -> None:
    accepted, quarantined, counts = _validate("otel_semconv_v1_37.jsonl", metadata_only=True)
    ids = {i for frame in accepted for i in frame["event_id"].to_list()}
    assert "0af7651916cd43dd8448eb211c80319cb7ad6b7169203332" in ids
    assert counts.rows_without_prompt == 1
    assert Counter(q["reason"] for q in quarantined)["missing_field"] == 1


def test_litellm_golden_through_validator() -> None:
    accepted, quarantined, counts = _validate("litellm_standard_logging_payload.jsonl")
    ids = [i for frame in accepted for i in frame["event_id"].to_list()]
    assert ids == ["chatcmpl-3f1c2a9e-0d7b-4f51-9a8e-1b2c3d4e5f60", "fail-429-1", "cmpl-4"]
    assert counts.rows_skipped_non_genai == 1  # the embedding call
    reasons = sorted((q["row"], q["reason"]) for q in quarantined)
    assert reasons == [
        (4, "unparseable"),
        (6, "missing_field"),  # message logging off -> no prompt
        (7, "missing_field"),  # no id
        (8, "negative_count"),
        (9, "unparseable"),
    ]


def test_mapped_golden_through_validator() -> None:
    accepted, quarantined, _ = _validate("gateway_access_log.jsonl")
    frame = accepted[0]
    assert frame["event_id"].to_list() == ["r-1", "r-2"]
    assert frame["account_id"].to_list() == ["acct-901", "acct-902"]
    assert frame["model"].to_list() == ["gpt-4o", "claude-sonnet-4"]
    assert sorted((q["row"], q["reason"]) for q in quarantined) == [
        (3, "bad_timestamp"),
        (4, "missing_field"),
        (5, "unparseable"),
    ]


def test_litellm_account_keys_configurable() -> None:
    options = AdapterOptions(litellm_account_keys=("user_api_key_team_id",))
    path = GOLDEN / "litellm_standard_logging_payload.jsonl"
    records = [
        r for _, r in ADAPTERS["litellm"](path, options, AdapterCounts()) if isinstance(r, dict)
    ]
    assert records[0]["account_id"] == "team-a"  # the team pays, not the key's user
