"""Spark's ``read_events`` applies ``metadata_only`` to contract JSONL and Parquet like ingest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import polars as pl
import pytest

from distillwatch.engine.spark.io import read_events

pytestmark = [pytest.mark.spark]


def _promptless(tmp_path: Path) -> list[Path]:
    """Three prompt-less rows as JSON Lines and three as Parquet (distinct ids)."""
    rows = [
        {"event_id": f"e{i}", "timestamp": 1767225600000 + i, "account_id": "a", "model": "m"}
        for i in range(6)
    ]
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows[:3]))
    parquet = tmp_path / "b.parquet"
    pl.DataFrame(rows[3:]).write_parquet(parquet)
    return [jsonl, parquet]


def test_metadata_only_reaches_the_spark_readers(spark: Any, tmp_path: Path) -> None:
    inputs = _promptless(tmp_path)
    relaxed = read_events(spark, inputs, metadata_only=True)
    assert relaxed.counts() == {
        "rows_read": 6,
        "rows_accepted": 6,
        "rows_duplicate": 0,
        "rows_quarantined": 0,
    }
    assert sorted(r["prompt"] for r in relaxed.events.select("prompt").collect()) == [""] * 6
    relaxed.events.unpersist()

    strict = read_events(spark, inputs)
    counts = strict.counts()
    assert (counts["rows_read"], counts["rows_accepted"], counts["rows_quarantined"]) == (6, 0, 6)
    assert {q["reason"] for q in strict.quarantined} == {"missing_field"}
    strict.events.unpersist()
