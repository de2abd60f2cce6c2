"""The single validator: every contract rule and documented policy, on lists and tables."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pytest

from distillwatch.contract import EVENT_SCHEMA, QUARANTINE_REASONS
from distillwatch.ingest import MAX_FIELD_BYTES, validate_records


def row(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "event_id": "e1",
        "timestamp": "2024-05-01T10:00:00Z",
        "account_id": "acct",
        "model": "m",
        "prompt": "hello",
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not _DROP}


_DROP = object()


def one(record: dict[str, Any], **kwargs: Any) -> tuple[pl.DataFrame, list[dict[str, Any]]]:
    batch = validate_records([record], source="s.jsonl", **kwargs)
    return batch.accepted, batch.quarantined


def reason_of(record: dict[str, Any], **kwargs: Any) -> str | None:
    accepted, quarantined = one(record, **kwargs)
    assert accepted.height + len(quarantined) == 1
    return quarantined[0]["reason"] if quarantined else None


def test_valid_row_is_typed_in_contract_schema() -> None:
    accepted, quarantined = one(
        row(ip="2001:db8::1", turn=2, temperature=1, tools=0, max_tokens=5, status=200, extra=[1])
    )
    assert quarantined == []
    assert accepted.schema == EVENT_SCHEMA
    got = accepted.row(0, named=True)
    assert got["timestamp"] == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert got["temperature"] == 1.0
    assert got["turn"] == 2


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01T12:00:00+02:00", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("2024-05-01 10:00:00.250z", datetime(2024, 5, 1, 10, 0, 0, 250000, tzinfo=UTC)),
        ("2024-05-01t10:00:00", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("2024-05-01T05:30:00-04:30", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        (1714557600000, datetime(2024, 5, 1, 10, tzinfo=UTC)),
    ],
)
def test_timestamps_become_utc(value: Any, expected: datetime) -> None:
    accepted, quarantined = one(row(timestamp=value))
    assert quarantined == []
    assert accepted["timestamp"][0] == expected


@pytest.mark.parametrize(
    "value",
    ["2024-05-01", "yesterday", "2024-13-01T00:00:00Z", "2024-05-01T10:00:00+0200", 1714557600, -5],
)
def test_bad_timestamps_are_quarantined(value: Any) -> None:
    assert reason_of(row(timestamp=value)) == "bad_timestamp"


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("event_id", _DROP, "missing_field"),
        ("model", "", "missing_field"),
        ("account_id", "", "missing_field"),
        ("account_id", None, "missing_field"),
        ("turn", "12", "bad_type"),
        ("turn", True, "bad_type"),
        ("turn", 1.5, "bad_type"),
        ("temperature", "0.5", "bad_type"),
        ("event_id", 17, "bad_type"),
        ("prompt", {"text": "hi"}, "bad_type"),
        ("input_tokens", 2**70, "bad_type"),
        ("turn", -1, "negative_count"),
        ("max_tokens", 0, "negative_count"),
        ("temperature", -0.1, "negative_count"),
        ("n", 0, "negative_count"),
        ("ip", "256.1.1.1", "bad_ip"),
        ("ip", "01.2.3.4", "bad_ip"),
        ("ip", "not-an-ip", "bad_ip"),
        ("prompt", "a\x00b", "bad_encoding"),
        ("prompt", "x" * (MAX_FIELD_BYTES + 1), "too_large"),
    ],
)
def test_bad_values_are_quarantined_with_reason(field: str, value: Any, reason: str) -> None:
    assert reason in QUARANTINE_REASONS
    _, quarantined = one(row(**{field: value}))
    assert [q["reason"] for q in quarantined] == [reason]
    assert quarantined[0]["source"] == "s.jsonl"
    assert quarantined[0]["row"] == 1
    assert field in quarantined[0]["detail"]


def test_quarantine_row_carries_event_id_when_readable() -> None:
    _, q = one(row(turn=-3))
    assert q[0]["event_id"] == "e1"
    _, q = one(row(event_id=5))
    assert q[0]["event_id"] is None
    assert set(q[0]) == {"source", "row", "reason", "detail", "event_id"}


def test_ipv6_and_ipv4_accepted() -> None:
    batch = validate_records(
        [row(event_id=str(i), ip=ip) for i, ip in enumerate(["10.0.0.1", "::1", "fe80::1%eth0"])],
        source="s",
    )
    assert batch.accepted["ip"].to_list() == ["10.0.0.1", "::1", "fe80::1%eth0"]


def test_row_numbers_follow_first_row_or_explicit_rows() -> None:
    records = [row(), row(turn=-1), row(model=None)]
    batch = validate_records(records, source="s", first_row=10)
    assert [q["row"] for q in batch.quarantined] == [11, 12]
    batch = validate_records(records, source="s", rows=np.array([3, 7, 9]))
    assert [q["row"] for q in batch.quarantined] == [7, 9]


def test_first_problem_in_priority_order_is_reported() -> None:
    _, q = one(row(turn=-1, ip="x", model=""))
    assert q[0]["reason"] == "missing_field"


def test_empty_prompt_is_an_exchange() -> None:
    """An image-only or tool-result turn has no prompt text but still counts as usage."""
    accepted, quarantined = one(row(prompt=""))
    assert quarantined == [] and accepted["prompt"].to_list() == [""]


def test_integral_floats_are_integers_in_json_records() -> None:
    """Writers that print every number as a float (``"turn": 2.0``) are read like Parquet."""
    accepted, quarantined = one(row(turn=2.0, max_tokens=512.0, n=1.0))
    assert quarantined == []
    assert accepted.select("turn", "max_tokens", "n").row(0) == (2, 512, 1)
    assert reason_of(row(turn=2.5)) == "bad_type"
    assert reason_of(row(input_tokens=1e30)) == "bad_type"


def test_dictionary_encoded_text_is_checked_like_plain_text() -> None:
    """Categorical (dictionary) columns from Parquet writers get every text check, IP included."""
    frame = pl.DataFrame(
        [row(event_id="a", ip="10.0.0.1"), row(event_id="b", ip="not-an-ip")]
    ).with_columns(pl.col("ip", "model", "account_id").cast(pl.Categorical))
    batch = validate_records(frame, source="d.parquet")
    assert batch.accepted["event_id"].to_list() == ["a"]
    assert batch.accepted.schema == EVENT_SCHEMA
    assert [(q["row"], q["reason"]) for q in batch.quarantined] == [(2, "bad_ip")]


def test_mixed_types_in_one_column_only_reject_the_wrong_ones() -> None:
    batch = validate_records(
        [
            row(event_id="a", timestamp=1714557600000),
            row(event_id="b", timestamp="2024-05-01T10:00:00Z"),
            row(event_id="c", timestamp=1.5),
        ],
        source="s",
    )
    assert batch.accepted["event_id"].to_list() == ["a", "b"]
    assert batch.quarantined[0]["reason"] == "bad_type"


def test_arrow_table_with_native_types() -> None:
    table = pa.table(
        {
            "event_id": ["a", "b"],
            "timestamp": pa.array(
                [datetime(2024, 1, 1, 0, 0), datetime(2024, 1, 2, 0, 0)], pa.timestamp("ms")
            ),
            "account_id": pa.array(["x", "y"]).dictionary_encode(),
            "model": ["m", "m"],
            "prompt": ["p", "q"],
            "turn": pa.array([1, 2], pa.int32()),
            "temperature": pa.array([0.5, float("nan")], pa.float32()),
            "unknown": [[1], [2]],
        }
    )
    batch = validate_records(table, source="t.parquet")
    assert batch.accepted["event_id"].to_list() == ["a"]
    assert batch.accepted["timestamp"][0] == datetime(2024, 1, 1, tzinfo=UTC)
    assert batch.quarantined[0]["reason"] == "bad_type"
    assert batch.quarantined[0]["row"] == 2


def test_wrong_typed_parquet_column_is_bad_type_not_a_crash() -> None:
    table = pa.table(
        {
            "event_id": [1, 2],
            "timestamp": [1714557600000, 1714557600000],
            "account_id": ["a", "b"],
            "model": ["m", "m"],
            "prompt": ["p", "p"],
        }
    )
    batch = validate_records(table, source="t.parquet")
    assert batch.accepted.height == 0
    assert {q["reason"] for q in batch.quarantined} == {"bad_type"}


def test_text_values_parse_numbers_from_csv_text() -> None:
    table = pa.table(
        {
            "event_id": ["a", "b", "c"],
            "timestamp": ["1714557600000", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"],
            "account_id": ["x", "x", "x"],
            "model": ["m", "m", "m"],
            "prompt": ["p", "p", "p"],
            "turn": ["1", " 2 ", "two"],
            "temperature": ["0.7", None, "1"],
            "max_tokens": ["3.0", "5", "7"],
        }
    )
    batch = validate_records(table, source="c.csv", text_values=True)
    assert batch.accepted["turn"].to_list() == [1, 2]
    assert batch.accepted["max_tokens"].to_list() == [3, 5]
    assert batch.accepted["temperature"].to_list() == [0.7, None]
    assert batch.quarantined[0]["reason"] == "bad_type"
    assert batch.quarantined[0]["row"] == 3


def test_empty_input_gives_empty_schema_frame() -> None:
    batch = validate_records([], source="s")
    assert batch.accepted.schema == EVENT_SCHEMA
    assert batch.accepted.height == 0 and batch.quarantined == []
