"""Whatever a log line holds, adapters never crash and never drop a row silently."""

from __future__ import annotations

from pathlib import Path

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from distillwatch.ingest.adapters import ADAPTERS, AdapterCounts, AdapterOptions, Rejected
from distillwatch.ingest.adapters.export import _attr
from distillwatch.ingest.adapters.otel import any_value

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
    max_leaves=20,
)
_KEYS = st.sampled_from(
    [
        "gen_ai.operation.name",
        "gen_ai.request.model",
        "gen_ai.input.messages",
        "enduser.id",
        "gen_ai.usage.input_tokens",
        "gen_ai.response.finish_reasons",
        "gen_ai.tool.definitions",
        "gen_ai.output.type",
        "gen_ai.openai.request.response_format",
        "gen_ai.output.messages",
        "gen_ai.system_instructions",
        "llm.request.type",
        "gen_ai.prompt.0.content",
        "error.type",
    ]
)
_ANY = st.one_of(
    st.builds(
        lambda v: {"stringValue": v}, st.sampled_from(["chat", "[", "[]", '[{"role":"user"}]', "x"])
    ),
    st.builds(
        lambda v: {"intValue": v}, st.one_of(st.integers(-(2**63), 2**63 - 1), st.text(max_size=3))
    ),
    st.builds(lambda v: {"doubleValue": v}, st.floats(allow_nan=False)),
    st.builds(
        lambda v: {"arrayValue": {"values": v}}, st.lists(st.just({"stringValue": "a"}), max_size=2)
    ),
    _JSON,
)
_SPAN = st.fixed_dictionaries(
    {"attributes": st.lists(st.fixed_dictionaries({"key": _KEYS, "value": _ANY}), max_size=6)},
    optional={
        "traceId": st.text(max_size=4),
        "spanId": st.text(max_size=4),
        "startTimeUnixNano": st.one_of(st.integers(-(2**63), 2**63 - 1), st.text(max_size=5)),
        "events": _JSON,
    },
)
_OTLP = st.builds(
    lambda spans: {"resourceSpans": [{"scopeSpans": [{"spans": spans}]}]},
    st.lists(st.one_of(_SPAN, _JSON), max_size=4),
)


def _run(fmt: str, path: Path) -> tuple[list, AdapterCounts]:
    counts = AdapterCounts()
    return list(ADAPTERS[fmt](path, AdapterOptions(), counts)), counts


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(docs=st.lists(st.one_of(_OTLP, _JSON), min_size=1, max_size=4))
def test_otel_accounts_for_every_span(tmp_path: Path, docs: list) -> None:
    path = tmp_path / "t.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps(d) for d in docs) + b"\n")
    out, counts = _run("otel", path)
    for line_no, item in out:
        assert 1 <= line_no <= len(docs)
        assert isinstance(item, Rejected | dict)
    # Each line is rejected whole, or each of its span entries is a row or a counted skip.
    for line_no, doc in enumerate(docs, start=1):
        on_line = [item for n, item in out if n == line_no]
        if not (isinstance(doc, dict) and isinstance(doc.get("resourceSpans"), list)):
            assert len(on_line) == 1 and isinstance(on_line[0], Rejected)
    spans = sum(
        len(d["resourceSpans"][0]["scopeSpans"][0]["spans"])
        for d in docs
        if isinstance(d, dict) and isinstance(d.get("resourceSpans"), list)
    )
    rows_from_spans = sum(
        1
        for n, item in out
        if not (isinstance(item, Rejected) and item.detail.startswith("not an OTLP"))
    )
    assert rows_from_spans + counts.rows_skipped_non_genai == spans


_PAYLOAD = st.dictionaries(
    st.sampled_from(
        [
            "id",
            "call_type",
            "startTime",
            "model",
            "metadata",
            "messages",
            "response",
            "model_parameters",
            "status",
            "error_information",
            "prompt_tokens",
            "trace_id",
            "requester_ip_address",
            "user_agent",
        ]
    ),
    _JSON,
    max_size=10,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(docs=st.lists(st.one_of(_PAYLOAD, _JSON), min_size=1, max_size=5))
def test_litellm_one_row_per_line(tmp_path: Path, docs: list) -> None:
    path = tmp_path / "p.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps(d) for d in docs) + b"\n")
    out, counts = _run("litellm", path)
    assert len(out) + counts.rows_skipped_non_genai == len(docs)


@given(
    st.one_of(
        st.text(),
        st.integers(-(2**63), 2**63 - 1),
        st.floats(allow_nan=False),
        st.booleans(),
        st.lists(st.text(), max_size=3),
    )
)
def test_attribute_values_round_trip(value: object) -> None:
    assert any_value(_attr("k", value)["value"]) == value


def test_non_utf8_is_quarantined_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"resourceSpans": []}\n\xff\xfe broken\n')
    out, _ = _run("otel", path)
    assert [(n, x.reason) for n, x in out] == [(2, "bad_encoding")]
