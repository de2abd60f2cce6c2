"""Write contract events as OTLP/JSON GenAI traces or LiteLLM payload lines (for round trips).

The inverse of the ``otel`` and ``litellm`` adapters: a simulated world exported here and
read back must give the same validated events wherever the format carries the field. It
is also how a provider can see what distillwatch expects from their telemetry.
Conversation history is rebuilt from the earlier turns present in ``events``, as a chat
client would resend it; tool definitions are written as named placeholders (the contract
keeps only their count).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import polars as pl
import xxhash

#: Spans (exchanges) per OTLP line, as a Collector batch processor would group them.
SPANS_PER_LINE = 256

#: Contract ``response_format`` -> ``gen_ai.output.type`` (the convention records the modality).
FORMAT_TO_OUTPUT_TYPE = {"json_object": "json", "json_schema": "json", "text": "text"}


def otel_ids(event_id: str) -> tuple[str, str]:
    """Deterministic (trace_id, span_id) hex ids for an exchange; the adapter reads back their concatenation."""
    raw = event_id.encode()
    return xxhash.xxh128_hexdigest(raw), xxhash.xxh64_hexdigest(raw)


def otel_event_id(event_id: str) -> str:
    """The ``event_id`` the OTel adapter will give the exported exchange ``event_id``."""
    trace_id, span_id = otel_ids(event_id)
    return trace_id + span_id


def _epoch_ns(events: pl.DataFrame) -> pl.Series:
    return events["timestamp"].dt.epoch("ns")


def _histories(events: pl.DataFrame) -> dict[str, list[tuple[int, str, str | None]]]:
    """conversation_id -> [(turn, prompt, response)] sorted by turn, for rebuilding chat history."""
    convs = (
        events.filter(pl.col("conversation_id").is_not_null() & pl.col("turn").is_not_null())
        .select("conversation_id", "turn", "prompt", "response")
        .sort("conversation_id", "turn")
    )
    out: dict[str, list[tuple[int, str, str | None]]] = {}
    for conv, turn, prompt, response in convs.iter_rows():
        out.setdefault(conv, []).append((turn, prompt, response))
    return out


def _chat(
    row: dict[str, Any], histories: dict[str, list[tuple[int, str, str | None]]]
) -> list[dict[str, str]]:
    """OpenAI-style messages of one request: earlier turns of its conversation, then its prompt."""
    messages: list[dict[str, str]] = []
    turn, conv = row.get("turn"), row.get("conversation_id")
    if conv is not None and turn:
        for earlier, prompt, response in histories.get(conv, []):
            if earlier >= turn:
                break
            messages.append({"role": "user", "content": prompt})
            if response is not None:
                messages.append({"role": "assistant", "content": response})
    if row.get("prompt") is not None:
        messages.append({"role": "user", "content": row["prompt"]})
    return messages


def _tool_defs(count: int | None) -> list[dict[str, Any]] | None:
    if count is None:
        return None
    return [
        {"type": "function", "name": f"tool_{i}", "parameters": {"type": "object"}}
        for i in range(count)
    ]


def _attr(key: str, value: Any) -> dict[str, Any] | None:
    """One OTLP/JSON ``KeyValue``; ``None`` for absent values."""
    if value is None:
        return None
    if isinstance(value, bool):
        typed: dict[str, Any] = {"boolValue": value}
    elif isinstance(value, int):
        typed = {"intValue": str(value)}
    elif isinstance(value, float):
        typed = {"doubleValue": value}
    elif isinstance(value, list):
        typed = {"arrayValue": {"values": [{"stringValue": str(v)} for v in value]}}
    else:
        typed = {"stringValue": str(value)}
    return {"key": key, "value": typed}


def _parts(text: str) -> list[dict[str, str]]:
    return [{"type": "text", "content": text}]


def otel_span(
    row: dict[str, Any], start_ns: int, histories: dict, *, content: bool = True
) -> list[dict[str, Any]]:
    """The GenAI inference span of one exchange, under an HTTP server span (not a GenAI row)."""
    trace_id, span_id = otel_ids(row["event_id"])
    parent_id = xxhash.xxh64_hexdigest(("http:" + row["event_id"]).encode())
    fmt = row.get("response_format")
    attrs = [
        _attr("gen_ai.operation.name", "chat"),
        _attr("gen_ai.provider.name", "openai"),
        _attr("gen_ai.request.model", row["model"]),
        _attr("enduser.id", row["account_id"]),
        _attr("api_key.id", row.get("api_key_id")),
        _attr("organization.id", row.get("org_id")),
        _attr("client.address", row.get("ip")),
        _attr("user_agent.original", row.get("user_agent")),
        _attr("gen_ai.conversation.id", row.get("conversation_id")),
        _attr("gen_ai.usage.input_tokens", row.get("input_tokens")),
        _attr("gen_ai.usage.output_tokens", row.get("output_tokens")),
        _attr("gen_ai.request.max_tokens", row.get("max_tokens")),
        _attr("gen_ai.request.temperature", row.get("temperature")),
        _attr("gen_ai.request.choice.count", row.get("n")),
        _attr("gen_ai.output.type", FORMAT_TO_OUTPUT_TYPE.get(fmt, fmt)),
        _attr("gen_ai.openai.request.response_format", fmt if fmt not in (None, "text") else None),
        _attr(
            "gen_ai.response.finish_reasons",
            [row["finish_reason"]] if row.get("finish_reason") else None,
        ),
        _attr("http.response.status_code", row.get("status")),
    ]
    tools = _tool_defs(row.get("tools"))
    if tools is not None:
        attrs.append(_attr("gen_ai.tool.definitions", orjson.dumps(tools).decode()))
    if content:
        inputs = [{"role": m["role"], "parts": _parts(m["content"])} for m in _chat(row, histories)]
        attrs.append(_attr("gen_ai.input.messages", orjson.dumps(inputs).decode()))
        if row.get("system") is not None:
            attrs.append(
                _attr("gen_ai.system_instructions", orjson.dumps(_parts(row["system"])).decode())
            )
        if row.get("response") is not None:
            output = [
                {
                    "role": "assistant",
                    "parts": _parts(row["response"]),
                    "finish_reason": row.get("finish_reason"),
                }
            ]
            attrs.append(_attr("gen_ai.output.messages", orjson.dumps(output).decode()))
    status = row.get("status")
    http = {
        "traceId": trace_id,
        "spanId": parent_id,
        "name": "POST /v1/chat/completions",
        "kind": 2,
        "startTimeUnixNano": str(start_ns),
        "endTimeUnixNano": str(start_ns),
        "attributes": [
            a
            for a in (
                _attr("http.request.method", "POST"),
                _attr("url.path", "/v1/chat/completions"),
            )
            if a
        ],
    }
    genai = {
        "traceId": trace_id,
        "spanId": span_id,
        "parentSpanId": parent_id,
        "name": f"chat {row['model']}",
        "kind": 3,
        "startTimeUnixNano": str(start_ns),
        "endTimeUnixNano": str(start_ns),
        "attributes": [a for a in attrs if a is not None],
        "status": {"code": 2} if status is not None and status >= 400 else {},
    }
    return [http, genai]


def _rows(events: pl.DataFrame) -> Iterator[tuple[dict[str, Any], int]]:
    yield from zip(events.iter_rows(named=True), _epoch_ns(events).to_list(), strict=True)


def write_otel(events: pl.DataFrame, out: Path, *, content: bool = True) -> int:
    """Write ``events`` (contract schema) as OTLP/JSON lines; returns the number of lines written."""
    histories = _histories(events)
    resource = {"attributes": [_attr("service.name", "llm-gateway")]}
    scope = {"name": "distillwatch.export", "version": "1"}
    lines = 0
    with out.open("wb") as handle:
        batch: list[dict[str, Any]] = []
        for row, start_ns in _rows(events):
            batch.extend(otel_span(row, start_ns, histories, content=content))
            if len(batch) >= 2 * SPANS_PER_LINE:
                lines += _write_line(handle, resource, scope, batch)
                batch = []
        if batch:
            lines += _write_line(handle, resource, scope, batch)
    return lines


def _write_line(handle: Any, resource: dict, scope: dict, spans: list[dict]) -> int:
    doc = {
        "resourceSpans": [{"resource": resource, "scopeSpans": [{"scope": scope, "spans": spans}]}]
    }
    handle.write(orjson.dumps(doc) + b"\n")
    return 1


def litellm_payload(
    row: dict[str, Any], start_ns: int, histories: dict, *, content: bool = True
) -> dict[str, Any]:
    """One ``StandardLoggingPayload`` as LiteLLM's proxy logs it for a chat completion."""
    start = start_ns / 1e9
    status = row.get("status")
    failed = status is not None and status >= 400
    messages: list[dict[str, str]] | None = None
    response: dict[str, Any] | None = None
    if content:
        messages = _chat(row, histories)
        if row.get("system") is not None:
            messages.insert(0, {"role": "system", "content": row["system"]})
        if row.get("response") is not None or row.get("finish_reason") is not None:
            message = {"role": "assistant", "content": row.get("response")}
            response = {
                "id": f"chatcmpl-{row['event_id']}",
                "object": "chat.completion",
                "model": row["model"],
                "choices": [
                    {"index": 0, "finish_reason": row.get("finish_reason"), "message": message}
                ],
            }
    elif row.get("finish_reason") is not None:
        response = {"choices": [{"index": 0, "finish_reason": row["finish_reason"], "message": {}}]}
    tool_defs = _tool_defs(row.get("tools"))
    params = {
        "max_tokens": row.get("max_tokens"),
        "temperature": row.get("temperature"),
        "n": row.get("n"),
        "tools": None
        if tool_defs is None
        else [{"type": "function", "function": t} for t in tool_defs],
        "response_format": {"type": row["response_format"]} if row.get("response_format") else None,
    }
    payload: dict[str, Any] = {
        "id": row["event_id"],
        "call_type": "acompletion",
        "stream": False,
        "status": "failure" if failed else "success",
        "custom_llm_provider": "openai",
        "prompt_tokens": row.get("input_tokens"),
        "completion_tokens": row.get("output_tokens"),
        "total_tokens": (row.get("input_tokens") or 0) + (row.get("output_tokens") or 0),
        "startTime": start,
        "endTime": start,
        "completionStartTime": start,
        "response_time": 0.0,
        "model": row["model"],
        "model_group": row["model"],
        "api_base": "https://api.openai.com/v1",
        "metadata": {
            "user_api_key_hash": row.get("api_key_id"),
            "user_api_key_user_id": row["account_id"],
            "user_api_key_org_id": row.get("org_id"),
            "user_api_key_team_id": None,
            "requester_ip_address": row.get("ip"),
            "user_agent": row.get("user_agent"),
        },
        "requester_ip_address": row.get("ip"),
        "messages": messages,
        "response": response,
        "model_parameters": {k: v for k, v in params.items() if v is not None},
        "error_str": f"HTTP {status}" if failed else None,
        "error_information": {"error_code": str(status)} if failed else None,
    }
    if row.get("conversation_id") is not None:
        payload["trace_id"] = row["conversation_id"]
    return payload


def write_litellm(events: pl.DataFrame, out: Path, *, content: bool = True) -> int:
    """Write ``events`` (contract schema) as LiteLLM payload JSON lines; returns the line count."""
    histories = _histories(events)
    count = 0
    with out.open("wb") as handle:
        for row, start_ns in _rows(events):
            handle.write(
                orjson.dumps(litellm_payload(row, start_ns, histories, content=content)) + b"\n"
            )
            count += 1
    return count
