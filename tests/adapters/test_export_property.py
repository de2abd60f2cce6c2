"""Property: any valid contract exchange survives export to OTel / LiteLLM and adapting back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from distillwatch.contract import EVENT_SCHEMA
from distillwatch.ingest.adapters import AdapterCounts, AdapterOptions
from distillwatch.ingest.adapters.export import otel_event_id, write_litellm, write_otel
from distillwatch.ingest.adapters.run import validated_batches

_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
_NONEMPTY = _TEXT.filter(lambda t: t != "")
# The literal LiteLLM redaction marker is read as "no content", by design, in every text field.
_CONTENT = _TEXT.filter(lambda t: t != "redacted-by-litellm")
_ID = st.text("abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=12)


def _maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


_EVENT = st.fixed_dictionaries(
    {
        "event_id": _ID,
        "timestamp": st.datetimes(
            dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1), timezones=st.just(dt.UTC)
        ),
        "account_id": _NONEMPTY,
        "org_id": _maybe(_TEXT),
        "api_key_id": _maybe(_TEXT),
        "model": _NONEMPTY,
        "ip": _maybe(st.ip_addresses().map(str)),
        "user_agent": _maybe(_TEXT),
        "system": _maybe(_CONTENT),
        "prompt": _CONTENT.filter(lambda t: t != ""),
        "turn": st.just(0),
        "conversation_id": _maybe(_ID),
        "input_tokens": _maybe(st.integers(0, 10**9)),
        "output_tokens": _maybe(st.integers(0, 10**9)),
        "max_tokens": _maybe(st.integers(1, 10**6)),
        "temperature": _maybe(st.floats(0, 2, allow_nan=False)),
        "n": _maybe(st.integers(1, 16)),
        "tools": _maybe(st.integers(0, 8)),
        "response_format": _maybe(st.sampled_from(["text", "json_object", "json_schema"])),
        "finish_reason": _maybe(
            st.sampled_from(["stop", "length", "tool_calls", "content_filter"])
        ),
        "status": _maybe(st.sampled_from([200, 400, 429, 500])),
        "response": _maybe(_CONTENT),
    }
)


def _frame(events: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(events, schema=EVENT_SCHEMA)


def _read(path: Path, fmt: str) -> pl.DataFrame:
    batches = list(validated_batches(path, fmt, AdapterOptions(), AdapterCounts()))
    assert not [q for b in batches for q in b.quarantined]
    return pl.concat([b.accepted for b in batches])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_EVENT, min_size=1, max_size=5, unique_by=lambda e: e["event_id"]))
def test_litellm_export_round_trip(tmp_path: Path, events: list[dict]) -> None:
    for e in events:  # LiteLLM writes 200 for success: a missing status reads back as 200
        e["status"] = 200 if e["status"] is None else e["status"]
    want = _frame(events)
    path = tmp_path / "p.jsonl"
    write_litellm(want, path)
    got = _read(path, "litellm")
    assert got.sort("event_id").equals(want.sort("event_id"))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_EVENT, min_size=1, max_size=5, unique_by=lambda e: e["event_id"]))
def test_otel_export_round_trip(tmp_path: Path, events: list[dict]) -> None:
    want = _frame(events)
    path = tmp_path / "t.jsonl"
    write_otel(want, path)
    got = _read(path, "otel")
    want = want.with_columns(pl.col("event_id").map_elements(otel_event_id, return_dtype=pl.String))
    assert got.sort("event_id").equals(want.sort("event_id"))
