"""Metadata-only validation: the prompt becomes optional, every other rule still holds.

The validator itself and the contract-format readers behind ``ingest_events`` (JSONL,
Parquet, CSV) apply it alike: prompt-less rows are accepted with ``metadata_only`` and
quarantined as ``missing_field`` without it, and every row read is counted exactly once.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import orjson
import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from distillwatch.contract import QUARANTINE_REASONS
from distillwatch.ingest import ingest_events, validate_records

ROW = {"event_id": "e1", "timestamp": 1767225600000, "account_id": "a", "model": "m"}


def test_missing_prompt_is_accepted_as_empty_only_in_metadata_only_mode() -> None:
    rows = [
        ROW,
        {**ROW, "event_id": "e2", "prompt": ""},
        {**ROW, "event_id": "e3", "account_id": None},
    ]
    strict = validate_records(rows, source="s")
    # An empty prompt is present (an image-only or tool-result turn); an absent one is not.
    assert strict.accepted["event_id"].to_list() == ["e2"]
    assert [(q["row"], q["reason"]) for q in strict.quarantined] == [
        (1, "missing_field"),
        (3, "missing_field"),
    ]
    relaxed = validate_records(rows, source="s", metadata_only=True)
    assert relaxed.accepted["prompt"].to_list() == ["", ""]
    assert [(q["row"], q["reason"]) for q in relaxed.quarantined] == [(3, "missing_field")]


@st.composite
def promptless_rows(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Contract rows without a ``prompt`` field; ids may repeat so duplicates are counted too."""
    n = draw(st.integers(0, 30))
    return [
        {
            "event_id": f"e{draw(st.integers(0, max(n - 1, 0)))}",
            "timestamp": 1767225600000 + i * 1000,
            "account_id": draw(st.sampled_from(["a", "b", "c"])),
            "model": draw(st.sampled_from(["m1", "m2"])),
            "turn": draw(st.integers(0, 5)),
        }
        for i in range(n)
    ]


def _write(rows: list[dict[str, Any]], fmt: str, folder: Path) -> Path:
    """``rows`` as a contract file of format ``fmt`` (no prompt column at all)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"events.{fmt}"
    if fmt == "jsonl":
        path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    elif fmt == "parquet":
        schema = {"event_id": pl.String, "timestamp": pl.Int64, "account_id": pl.String}
        schema |= {"model": pl.String, "turn": pl.Int64}
        pl.DataFrame(rows, schema=schema).write_parquet(path)
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=[*ROW, "turn"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _quarantined(out: Path) -> list[dict[str, Any]]:
    return [orjson.loads(x) for x in (out / "quarantine.jsonl").read_bytes().splitlines()]


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(promptless_rows(), st.sampled_from(["jsonl", "parquet", "csv"]))
def test_contract_files_without_prompts_follow_metadata_only(
    tmp_path: Path, rows: list[dict[str, Any]], fmt: str
) -> None:
    path = _write(rows, fmt, tmp_path / fmt)
    distinct = len({r["event_id"] for r in rows})

    relaxed = ingest_events(path, tmp_path / "relaxed", progress=False, metadata_only=True)
    assert relaxed.rows_read == len(rows)
    assert (relaxed.rows_accepted, relaxed.rows_quarantined) == (distinct, 0)
    assert relaxed.rows_duplicate == len(rows) - distinct
    accepted = pl.read_parquet(relaxed.events_path)
    assert accepted["prompt"].to_list() == [""] * distinct
    assert _quarantined(tmp_path / "relaxed") == []

    strict = ingest_events(path, tmp_path / "strict", progress=False)
    assert strict.rows_read == len(rows)
    assert (strict.rows_accepted, strict.rows_duplicate) == (0, 0)
    assert strict.rows_quarantined == len(rows)
    bad = _quarantined(tmp_path / "strict")
    assert [q["row"] for q in bad] == list(range(1, len(rows) + 1))
    assert "missing_field" in QUARANTINE_REASONS
    assert all(q["reason"] == "missing_field" for q in bad)
    assert all(q["detail"].startswith("prompt:") for q in bad)

    for result in (relaxed, strict):
        assert (
            result.rows_accepted + result.rows_duplicate + result.rows_quarantined
            == result.rows_read
        )


def test_metadata_only_keeps_every_other_rule_in_contract_files(tmp_path: Path) -> None:
    """Only the prompt is relaxed: a bad timestamp in a prompt-less row is still quarantined."""
    rows = [ROW, {**ROW, "event_id": "e2", "timestamp": "yesterday"}, {**ROW, "prompt": "p"}]
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    result = ingest_events(path, tmp_path / "out", progress=False, metadata_only=True)
    assert (result.rows_read, result.rows_accepted) == (3, 1)
    assert (result.rows_duplicate, result.rows_quarantined) == (1, 1)
    assert [(q["row"], q["reason"]) for q in _quarantined(tmp_path / "out")] == [
        (2, "bad_timestamp")
    ]
