"""OpenTelemetry GenAI adapter: OTLP/JSON trace lines (Collector ``file`` exporter) -> records.

One line is one ``ExportTraceServiceRequest`` (``resourceSpans -> scopeSpans -> spans``).
A *row* is one span: a GenAI inference span (``gen_ai.operation.name`` in
:data:`INFERENCE_OPERATIONS`) becomes one contract record; any other span is counted in
``rows_skipped_non_genai`` and is not a contract row. Attribute names follow the GenAI
semantic conventions v1.37 (docs/ADAPTERS.md); older names, per-message span events and
OpenLLMetry's indexed ``gen_ai.prompt.{i}.*`` attributes are read as fallbacks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from distillwatch.ingest.adapters.base import (
    AdapterCounts,
    AdapterOptions,
    Record,
    Rejected,
    finish_prompt,
    id_text,
    iter_json_lines,
    rfc3339_from_epoch_ns,
    text_of_parts,
)

#: ``gen_ai.operation.name`` values of model inference (chat, completion, multimodal generate).
INFERENCE_OPERATIONS = frozenset({"chat", "text_completion", "generate_content", "completion"})

#: ``gen_ai.output.type`` (a modality) -> contract ``response_format`` (an API setting).
OUTPUT_TYPE_TO_FORMAT = {"json": "json_object", "text": "text"}

#: Contract field <- first present attribute (current name first, deprecated names after).
_SIMPLE_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "model": ("gen_ai.request.model", "gen_ai.response.model"),
    "ip": ("client.address",),
    "user_agent": ("user_agent.original", "http.user_agent"),
    "conversation_id": ("gen_ai.conversation.id",),
    "input_tokens": ("gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens"),
    "output_tokens": ("gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens"),
    "max_tokens": ("gen_ai.request.max_tokens",),
    "temperature": ("gen_ai.request.temperature",),
    "n": ("gen_ai.request.choice.count",),
    "status": ("http.response.status_code", "http.status_code"),
}

_EVENT_ROLES = {
    "gen_ai.system.message": "system",
    "gen_ai.user.message": "user",
    "gen_ai.assistant.message": "assistant",
    "gen_ai.tool.message": "tool",
}


def any_value(value: Any) -> Any:
    """Decode an OTLP/JSON ``AnyValue`` (``{"stringValue": ...}`` etc.) to a Python value.

    ``intValue`` is a string in OTLP/JSON (64-bit); it is returned as ``int`` when it is
    one, else as the raw string so the validator reports ``bad_type``.
    """
    if not isinstance(value, dict) or not value:
        return None
    kind, raw = next(iter(value.items()))
    if kind == "stringValue" or kind == "boolValue" or kind == "bytesValue":
        return raw
    if kind == "intValue":
        if isinstance(raw, int):
            return raw
        try:
            return int(raw)
        except (TypeError, ValueError):
            return raw
    if kind == "doubleValue":
        return float(raw) if isinstance(raw, int | float | str) and raw != "" else raw
    if kind == "arrayValue":
        return [any_value(v) for v in (raw or {}).get("values", [])]
    if kind == "kvlistValue":
        return attributes_of((raw or {}).get("values", []))
    return raw


def attributes_of(pairs: Any) -> dict[str, Any]:
    """OTLP ``[{"key": k, "value": AnyValue}, ...]`` -> ``{k: value}`` (strings on a fast path)."""
    if not isinstance(pairs, list):
        return {}
    out: dict[str, Any] = {}
    for pair in pairs:
        if not isinstance(pair, dict):
            continue
        key, value = pair.get("key"), pair.get("value")
        if not isinstance(key, str):
            continue
        if isinstance(value, dict) and "stringValue" in value:
            out[key] = value["stringValue"]
        else:
            out[key] = any_value(value)
    return out


def _structured(value: Any) -> Any:
    """A content attribute may be structured or a JSON string (spec allows both on spans)."""
    if isinstance(value, str):
        return orjson.loads(value)
    return value


def _first(attrs: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = attrs.get(name)
        if value is not None:
            return value
    return None


def _messages_from_events(events: Any) -> tuple[list[dict], list[dict]]:
    """Older conventions: per-message span events -> (input messages, output messages).

    Content is read from the ``gen_ai.event.content`` JSON attribute or plain
    ``content``/``message`` attributes; output choices come from ``gen_ai.choice``.
    """
    inputs: list[dict] = []
    outputs: list[dict] = []
    for event in events if isinstance(events, list) else []:
        if not isinstance(event, dict):
            continue
        name = event.get("name")
        if name not in _EVENT_ROLES and name != "gen_ai.choice":
            continue
        body = attributes_of(event.get("attributes"))
        packed = body.pop("gen_ai.event.content", None)
        if packed is not None:
            body.update(_structured(packed) or {})
        if name == "gen_ai.choice":
            message = body.get("message") if isinstance(body.get("message"), dict) else body
            outputs.append(
                {
                    "role": "assistant",
                    "content": message.get("content"),
                    "finish_reason": body.get("finish_reason"),
                }
            )
        else:
            inputs.append(
                {"role": body.get("role") or _EVENT_ROLES[name], "content": body.get("content")}
            )
    return inputs, outputs


def _indexed_messages(attrs: dict[str, Any]) -> tuple[list[dict], list[dict]]:
    """OpenLLMetry-style flat attributes ``gen_ai.prompt.{i}.role/content`` and
    ``gen_ai.completion.{i}.content/finish_reason`` -> (input messages, output messages)."""
    found: dict[str, dict[int, dict[str, Any]]] = {"prompt": {}, "completion": {}}
    for key, value in attrs.items():
        parts = key.split(".")
        if len(parts) == 4 and parts[0] == "gen_ai" and parts[1] in found and parts[2].isdigit():
            found[parts[1]].setdefault(int(parts[2]), {})[parts[3]] = value
    inputs = [found["prompt"][i] for i in sorted(found["prompt"])]
    outputs = [found["completion"][i] for i in sorted(found["completion"])]
    return inputs, outputs


def _content(message: dict) -> str | None:
    return text_of_parts(message.get("parts", message.get("content")))


def span_record(
    span: dict,
    resource: dict[str, Any],
    options: AdapterOptions,
    span_attrs: dict[str, Any] | None = None,
) -> Record:
    """Map one inference span to a contract record (raw values; the validator types them).

    Raises ``ValueError`` (caller quarantines as ``unparseable``) when a content attribute
    is not valid JSON.
    """
    if span_attrs is None:
        span_attrs = attributes_of(span.get("attributes"))
    attrs = {**resource, **span_attrs} if resource else span_attrs
    trace_id, span_id = span.get("traceId"), span.get("spanId")
    record: Record = {}
    if isinstance(trace_id, str) and isinstance(span_id, str) and trace_id and span_id:
        record["event_id"] = f"{trace_id}{span_id}"
    start = span.get("startTimeUnixNano")
    if start is not None:
        try:
            record["timestamp"] = rfc3339_from_epoch_ns(int(start))
        except (TypeError, ValueError, OverflowError, OSError):
            record["timestamp"] = str(start)
    account = _first(attrs, options.otel_account_attributes)
    api_key = attrs.get(options.otel_api_key_attribute)
    record["account_id"] = id_text(account if account is not None else api_key)
    record["api_key_id"] = id_text(api_key)
    record["org_id"] = id_text(attrs.get(options.otel_org_attribute))
    for name, keys in _SIMPLE_ATTRIBUTES.items():
        record[name] = _first(attrs, keys)
    if record["status"] is None:
        error_type = attrs.get("error.type")
        if isinstance(error_type, str) and error_type.isdigit():
            record["status"] = int(error_type)
    precise = attrs.get("gen_ai.openai.request.response_format")
    output_type = attrs.get("gen_ai.output.type")
    if isinstance(output_type, str):
        output_type = OUTPUT_TYPE_TO_FORMAT.get(output_type, output_type)
    record["response_format"] = precise if precise is not None else output_type
    finish = attrs.get("gen_ai.response.finish_reasons")
    record["finish_reason"] = finish[0] if isinstance(finish, list) and finish else finish
    tools = attrs.get("gen_ai.tool.definitions")
    if tools is not None:
        tools = _structured(tools)
        record["tools"] = len(tools) if isinstance(tools, list) else tools
    _fill_content(record, attrs, span.get("events"))
    return record


def _fill_content(record: Record, attrs: dict[str, Any], events: Any) -> None:
    """Prompt, system, turn and response from content attributes or, failing that, events."""
    try:
        inputs = _structured(attrs.get("gen_ai.input.messages"))
        outputs = _structured(attrs.get("gen_ai.output.messages"))
        system_parts = _structured(attrs.get("gen_ai.system_instructions"))
    except orjson.JSONDecodeError as err:
        raise ValueError(f"gen_ai content attribute is not valid JSON: {err}") from err
    if inputs is None and outputs is None:
        event_inputs, event_outputs = _messages_from_events(events)
        if not event_inputs and not event_outputs:
            event_inputs, event_outputs = _indexed_messages(attrs)
        inputs, outputs = event_inputs or None, event_outputs or None
    messages = [m for m in inputs if isinstance(m, dict)] if isinstance(inputs, list) else []
    users = [m for m in messages if m.get("role") == "user"]
    if users:
        record["prompt"] = _content(users[-1])
        record["turn"] = len(users) - 1
    system = text_of_parts(system_parts)
    if system is None:
        texts = [
            t for m in messages if m.get("role") == "system" and (t := _content(m)) is not None
        ]
        system = "\n".join(texts) if texts else None
    record["system"] = system
    if isinstance(outputs, list) and outputs and isinstance(outputs[0], dict):
        record["response"] = _content(outputs[0])
        if record.get("finish_reason") is None:
            record["finish_reason"] = outputs[0].get("finish_reason")


def records_from_docs(
    docs: Iterable[tuple[int, Any]], options: AdapterOptions, counts: AdapterCounts
) -> Iterator[tuple[int, Record | Rejected]]:
    """Records of already parsed OTLP/JSON documents ``(row_number, doc | Rejected)``."""
    for line_no, doc in docs:
        if isinstance(doc, Rejected):
            yield line_no, doc
            continue
        resource_spans = doc.get("resourceSpans") if isinstance(doc, dict) else None
        if not isinstance(resource_spans, list):
            yield (
                line_no,
                Rejected(line_no, "unparseable", "not an OTLP trace line: no resourceSpans list"),
            )
            continue
        for rs in resource_spans:
            rs = rs if isinstance(rs, dict) else {}
            resource = attributes_of((rs.get("resource") or {}).get("attributes"))
            for ss in rs.get("scopeSpans") or []:
                for span in (ss if isinstance(ss, dict) else {}).get("spans") or []:
                    yield from _span_rows(line_no, span, resource, options, counts)


def iter_records(
    path: Path, options: AdapterOptions, counts: AdapterCounts
) -> Iterator[tuple[int, Record | Rejected]]:
    """Yield ``(line_number, record | Rejected)`` per GenAI inference span of an OTLP/JSON file."""
    yield from records_from_docs(iter_json_lines(path), options, counts)


def _span_rows(
    line_no: int,
    span: Any,
    resource: dict[str, Any],
    options: AdapterOptions,
    counts: AdapterCounts,
) -> Iterator[tuple[int, Record | Rejected]]:
    if not isinstance(span, dict):
        yield line_no, Rejected(line_no, "unparseable", "span is not a JSON object")
        return
    attrs = attributes_of(span.get("attributes"))
    operation = attrs.get("gen_ai.operation.name", attrs.get("llm.request.type"))
    if not isinstance(operation, str) or operation not in INFERENCE_OPERATIONS:
        counts.rows_skipped_non_genai += 1
        return
    try:
        record = span_record(span, resource, options, attrs)
    except ValueError as err:
        event_id = f"{span.get('traceId', '')}{span.get('spanId', '')}" or None
        yield (
            line_no,
            Rejected(line_no, "unparseable", f"span {span.get('spanId')}: {err}", event_id),
        )
        return
    yield line_no, finish_prompt(record, options, counts)


def sniff(first: Any) -> bool:
    """Whether a first JSON record looks like an OTLP/JSON trace export line."""
    return isinstance(first, dict) and isinstance(first.get("resourceSpans"), list)
