"""What every log adapter shares: options, counters, rejected rows and line-by-line JSON reading.

An adapter turns one foreign log file into contract-named raw records (``dict``) that go
through the single ingest validator; anything it cannot even shape into a record becomes a
:class:`Rejected` row so it is quarantined with its source and reason, never dropped.
"""

from __future__ import annotations

import gzip
import io
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import orjson

#: A record an adapter produced, in contract field names, raw values (the validator types them).
Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Rejected:
    """A row an adapter could not turn into a record; becomes one ``quarantine.jsonl`` line."""

    row: int
    reason: str
    detail: str
    event_id: str | None = None

    def quarantine_row(self, source: str) -> dict[str, Any]:
        """The ``quarantine.jsonl`` object (contract section 3), shaped as the validator's rows."""
        return {
            "source": source,
            "row": self.row,
            "reason": self.reason,
            "detail": self.detail,
            "event_id": self.event_id,
        }


#: LiteLLM ``metadata`` keys tried in order for ``account_id``: the key's user, team, the key.
LITELLM_ACCOUNT_KEYS = ("user_api_key_user_id", "user_api_key_team_id", "user_api_key_hash")


@dataclass(frozen=True, slots=True)
class AdapterOptions:
    """Knobs the CLI passes to adapters (``--metadata-only``, ``--mapping``, attribute names)."""

    #: Content capture is off: an absent prompt becomes ``""`` instead of a quarantined row.
    metadata_only: bool = False
    #: TOML mapping file for the ``mapped`` format.
    mapping: Path | None = None
    #: OTel attributes tried in order for ``account_id`` (span, then resource attributes).
    otel_account_attributes: tuple[str, ...] = ("enduser.id", "user.id")
    #: OTel attribute holding the API key id; also the account fallback when none of the above.
    otel_api_key_attribute: str = "api_key.id"
    #: OTel attribute holding the organisation id.
    otel_org_attribute: str = "organization.id"
    #: LiteLLM ``metadata`` keys tried in order for ``account_id`` (key's user, team, key).
    litellm_account_keys: tuple[str, ...] = LITELLM_ACCOUNT_KEYS


@dataclass(slots=True)
class AdapterCounts:
    """Counters an adapter adds to while reading, reported next to the contract row counts."""

    #: OTLP spans that are not GenAI inference spans (agent, tool, embeddings, HTTP, DB, ...).
    rows_skipped_non_genai: int = 0
    #: Rows whose prompt text was absent and was set to ``""`` because of ``metadata_only``.
    rows_without_prompt: int = 0
    #: Per-format notes, e.g. which attribute supplied ``account_id``.
    notes: dict[str, int] = field(default_factory=dict)

    def note(self, key: str) -> None:
        """Count one occurrence of a named observation."""
        self.notes[key] = self.notes.get(key, 0) + 1


def finish_prompt(record: Record, options: AdapterOptions, counts: AdapterCounts) -> Record:
    """Apply the metadata-only rule: an absent prompt is ``""`` only when the user asked for it."""
    if record.get("prompt") is None:
        if options.metadata_only:
            record["prompt"] = ""
            counts.rows_without_prompt += 1
        else:
            record.pop("prompt", None)
    return record


def id_text(value: Any) -> Any:
    """Identifiers logged as integers become strings; other values pass to the validator as is."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def open_binary(path: Path) -> IO[bytes]:
    """Open a file for reading bytes, transparently decompressing ``.gz`` and ``.zst``."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if name.endswith(".zst"):
        import zstandard

        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(path.open("rb")))
    return path.open("rb")


def open_text(path: Path) -> IO[str]:
    """Open a UTF-8 text file, transparently decompressing ``.gz`` and ``.zst``."""
    return io.TextIOWrapper(open_binary(path), encoding="utf-8", errors="strict", newline="")


def iter_json_lines(path: Path) -> Iterator[tuple[int, Any | Rejected]]:
    """Yield ``(line_number, parsed JSON | Rejected)`` for each non-blank line of a JSONL file.

    A line that is not UTF-8 is a ``bad_encoding`` row, one that is not JSON an
    ``unparseable`` row; reading goes on with the next line.
    """
    with open_binary(path) as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield line_no, orjson.loads(line)
            except orjson.JSONDecodeError as err:
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError as bad:
                    yield (
                        line_no,
                        Rejected(
                            line_no, "bad_encoding", f"not UTF-8: {bad.reason} at byte {bad.start}"
                        ),
                    )
                    continue
                yield line_no, Rejected(line_no, "unparseable", f"not JSON: {err}")


def rfc3339_from_epoch_ns(ns: int) -> str:
    """RFC 3339 UTC string with microseconds from epoch nanoseconds (the contract's precision)."""
    seconds, rem = divmod(ns, 1_000_000_000)
    stamp = datetime.fromtimestamp(seconds, tz=UTC).replace(microsecond=rem // 1000)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def epoch_seconds_to_rfc3339(value: Any) -> Any:
    """Float epoch seconds -> RFC 3339; anything else is returned as is for the validator to judge.

    Whole and fractional seconds are converted apart: ``value * 1e6`` would lose the last
    microsecond for dates after ~2030 (float64 spacing there is 0.5 at 1e15).
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    try:
        whole = math.floor(value)
        micros = round((value - whole) * 1_000_000)
        return rfc3339_from_epoch_ns(int(whole) * 1_000_000_000 + micros * 1000)
    except (OverflowError, OSError, ValueError):
        return value


def text_of_parts(parts: Any) -> str | None:
    """Concatenate the text of OTel message parts / OpenAI content parts; ``None`` if there is none.

    Accepts a plain string, a list of ``{"type": "text", "content"|"text": ...}`` parts, or
    a list of strings (newline-joined: one message's parts are one prompt).
    """
    if parts is None:
        return None
    if isinstance(parts, str):
        return parts
    if isinstance(parts, dict):
        parts = [parts]
    if not isinstance(parts, list):
        return None
    texts: list[str] = []
    for part in parts:
        if isinstance(part, str):
            texts.append(part)
        elif isinstance(part, dict) and part.get("type", "text") in ("text", "input_text"):
            value = part.get("content", part.get("text"))
            if isinstance(value, dict):  # {"text": {"value": ...}} (assistants API)
                value = value.get("value")
            if isinstance(value, str):
                texts.append(value)
    return "\n".join(texts) if texts else None
