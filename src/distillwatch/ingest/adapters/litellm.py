"""LiteLLM adapter: ``StandardLoggingPayload`` JSON lines (file/S3/GCS loggers) -> records.

One line is one payload and one row. Field names follow ``litellm/types/utils.py``
(``StandardLoggingPayload``, ``StandardLoggingMetadata``); see docs/ADAPTERS.md for the
field-by-field mapping. Payloads of non-inference call types (embeddings, images, audio,
moderation, files, batches) are counted in ``rows_skipped_non_genai``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from distillwatch.ingest.adapters.base import (
    LITELLM_ACCOUNT_KEYS,
    AdapterCounts,
    AdapterOptions,
    Record,
    Rejected,
    epoch_seconds_to_rfc3339,
    finish_prompt,
    id_text,
    iter_json_lines,
    text_of_parts,
)

#: LiteLLM ``call_type`` values that are a model generating text (sync and async forms).
INFERENCE_CALL_TYPES = frozenset(
    {
        "completion",
        "acompletion",
        "text_completion",
        "atext_completion",
        "responses",
        "aresponses",
        "anthropic_messages",
        "generate_content",
        "agenerate_content",
        "generate_content_stream",
        "agenerate_content_stream",
        "pass_through_endpoint",
    }
)

#: What LiteLLM writes in place of message text when ``turn_off_message_logging`` is on.
REDACTED = "redacted-by-litellm"


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _user_agent(payload: dict[str, Any], metadata: dict[str, Any]) -> Any:
    """User agent: top-level or metadata ``user_agent`` (newer LiteLLM), else requester headers."""
    for value in (payload.get("user_agent"), metadata.get("user_agent")):
        if value is not None:
            return value
    requester = _dict(metadata.get("requester_metadata"))
    headers = {str(k).lower(): v for k, v in _dict(requester.get("headers")).items()}
    return requester.get("user_agent") or headers.get("user-agent")


def _messages(messages: Any) -> tuple[str | None, int | None, str | None]:
    """(prompt, turn, system) from ``messages``: an OpenAI chat list, a prompt string or a dict."""
    if isinstance(messages, str):
        return messages, None, None
    if isinstance(messages, dict):
        inner = messages.get("messages", messages.get("input", messages.get("prompt")))
        if inner is not messages and inner is not None:
            return _messages(inner)
        return text_of_parts(messages.get("content")), None, None
    if not isinstance(messages, list):
        return None, None, None
    chat = [m for m in messages if isinstance(m, dict)]
    users = [m for m in chat if m.get("role") == "user"]
    systems = [
        text_of_parts(m.get("content")) for m in chat if m.get("role") in ("system", "developer")
    ]
    present = [text for text in systems if text is not None]
    system = "\n".join(present) if present else None
    if not users:
        return None, None, system
    return text_of_parts(users[-1].get("content")), len(users) - 1, system


def _response(response: Any) -> tuple[str | None, Any]:
    """(text, finish_reason) of the first choice of a chat/text completion response."""
    if isinstance(response, str):
        return response, None
    choices = _dict(response).get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return None, None
    first = choices[0]
    message = _dict(first.get("message"))
    text = text_of_parts(message.get("content")) if message else first.get("text")
    return text, first.get("finish_reason")


def _response_format(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("type")
    return value


def _unredacted(text: str | None) -> str | None:
    """Redacted content is absent content (metadata-only logs), not a prompt."""
    return None if text == REDACTED else text


def _status(payload: dict[str, Any]) -> Any:
    """HTTP status: 200 for ``success``; the error code of a ``failure`` when it is numeric."""
    status = payload.get("status")
    if status == "success":
        return 200
    code = _dict(payload.get("error_information")).get("error_code")
    if isinstance(code, int) or (isinstance(code, str) and code.isdigit()):
        return int(code)
    return None


def payload_record(
    payload: dict[str, Any], account_keys: tuple[str, ...] = LITELLM_ACCOUNT_KEYS
) -> Record:
    """Map one ``StandardLoggingPayload`` to a contract record (raw values for the validator).

    ``account_id`` is the first of ``account_keys`` present in ``metadata``.
    """
    metadata = _dict(payload.get("metadata"))
    params = _dict(payload.get("model_parameters"))
    account = next((metadata[k] for k in account_keys if metadata.get(k) is not None), None)
    prompt, turn, system = _messages(payload.get("messages"))
    response, finish = _response(payload.get("response"))
    if prompt == REDACTED:  # one placeholder user message: the turn is unknown too
        turn = None
    prompt, system, response = _unredacted(prompt), _unredacted(system), _unredacted(response)
    tools = params.get("tools")
    max_tokens = params.get("max_tokens", params.get("max_completion_tokens"))
    return {
        "event_id": id_text(payload.get("id")),
        "timestamp": epoch_seconds_to_rfc3339(payload.get("startTime")),
        "account_id": id_text(account),
        "org_id": id_text(metadata.get("user_api_key_org_id")),
        "api_key_id": metadata.get("user_api_key_hash"),
        "model": payload.get("model") or payload.get("model_group"),
        "ip": payload.get("requester_ip_address") or metadata.get("requester_ip_address"),
        "user_agent": _user_agent(payload, metadata),
        "system": system,
        "prompt": prompt,
        "turn": turn,
        "conversation_id": id_text(payload.get("trace_id")),
        "input_tokens": payload.get("prompt_tokens"),
        "output_tokens": payload.get("completion_tokens"),
        "max_tokens": max_tokens,
        "temperature": params.get("temperature"),
        "n": params.get("n"),
        "tools": len(tools) if isinstance(tools, list) else tools,
        "response_format": _response_format(params.get("response_format")),
        "finish_reason": finish,
        "status": _status(payload),
        "response": response,
    }


def records_from_docs(
    docs: Iterable[tuple[int, Any]], options: AdapterOptions, counts: AdapterCounts
) -> Iterator[tuple[int, Record | Rejected]]:
    """Records of already parsed payloads ``(row_number, payload | Rejected)``."""
    for line_no, doc in docs:
        if isinstance(doc, Rejected):
            yield line_no, doc
            continue
        if not isinstance(doc, dict):
            yield line_no, Rejected(line_no, "unparseable", "payload is not a JSON object")
            continue
        call_type = doc.get("call_type")
        if call_type is not None and (
            not isinstance(call_type, str) or call_type not in INFERENCE_CALL_TYPES
        ):
            counts.rows_skipped_non_genai += 1
            continue
        record = payload_record(doc, options.litellm_account_keys)
        yield line_no, finish_prompt(record, options, counts)


def iter_records(
    path: Path, options: AdapterOptions, counts: AdapterCounts
) -> Iterator[tuple[int, Record | Rejected]]:
    """Yield ``(line_number, record | Rejected)`` per LiteLLM payload line."""
    yield from records_from_docs(iter_json_lines(path), options, counts)


def sniff(first: Any) -> bool:
    """Whether a first JSON record looks like a LiteLLM ``StandardLoggingPayload``."""
    return (
        isinstance(first, dict)
        and "call_type" in first
        and ("startTime" in first or "model_parameters" in first)
    )
