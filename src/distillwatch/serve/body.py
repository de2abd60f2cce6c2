"""Splitting a POST /v1/events (or /v1/accounts) body (a JSON array or JSON Lines) into records.

Only the framing is handled here; field validation is the ingest stage's single
validator. A JSON Lines line that is not a JSON object is quarantined as
``unparseable`` with its line number, and the records around it keep theirs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson


class BatchTooLarge(Exception):
    """The body has more rows than the service accepts in one batch (HTTP 413)."""


class BadBody(Exception):
    """The body is neither a JSON array of objects nor JSON Lines (HTTP 400)."""


@dataclass(slots=True)
class ParsedBody:
    """Runs of contiguous records (first 1-based row, records) and framing rejects."""

    segments: list[tuple[int, list[dict[str, Any]]]] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    rows: int = 0


def _reject(source: str, row: int, detail: str) -> dict[str, Any]:
    return {
        "source": source,
        "row": row,
        "reason": "unparseable",
        "detail": detail,
        "event_id": None,
    }


def parse_body(body: bytes, *, source: str, max_rows: int) -> ParsedBody:
    """Records of a JSON array or JSON Lines body; :class:`BatchTooLarge` past ``max_rows``."""
    out = ParsedBody()
    text = body.lstrip()
    if text[:1] == b"[":
        try:
            items = orjson.loads(text)
        except orjson.JSONDecodeError as err:
            raise BadBody(f"body starts with '[' but is not a JSON array: {err}") from err
        if len(items) > max_rows:
            raise BatchTooLarge(f"{len(items)} rows in one batch; the limit is {max_rows}")
        out.rows = len(items)
        run: list[dict[str, Any]] = []
        start = 1
        for i, item in enumerate(items, 1):
            if isinstance(item, dict):
                run.append(item)
                continue
            if run:
                out.segments.append((start, run))
            run, start = [], i + 1
            out.rejected.append(
                _reject(source, i, f"array element is {type(item).__name__}, not an object")
            )
        if run:
            out.segments.append((start, run))
        return out
    lines = body.split(b"\n")
    if lines and not lines[-1].strip():
        lines.pop()
    if len(lines) > max_rows:
        raise BatchTooLarge(f"{len(lines)} lines in one batch; the limit is {max_rows}")
    try:  # fast path: one parse of the whole body when every line is an object
        items = orjson.loads(b"[" + b",".join(lines) + b"]")
        if all(isinstance(item, dict) for item in items) and len(items) == len(lines):
            out.rows = len(items)
            out.segments.append((1, items))
            return out
    except orjson.JSONDecodeError:
        pass
    run = []
    start = 1
    for i, line in enumerate(lines, 1):
        try:
            item = orjson.loads(line)
        except orjson.JSONDecodeError:
            item = None
        if isinstance(item, dict):
            run.append(item)
            out.rows += 1
            continue
        if not line.strip():
            # a blank line inside the body is not a row
            if run:
                out.segments.append((start, run))
            run, start = [], i + 1
            continue
        out.rows += 1
        if run:
            out.segments.append((start, run))
        run, start = [], i + 1
        out.rejected.append(_reject(source, i, "line is not a JSON object"))
    if run:
        out.segments.append((start, run))
    return out
