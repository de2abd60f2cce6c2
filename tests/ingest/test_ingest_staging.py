"""The staged ``events.parquet``: background writer keeps order, reports errors, reads back typed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq
import pytest

from distillwatch.contract import EVENT_SCHEMA
from distillwatch.errors import UserError
from distillwatch.ingest import ValidatedBatch, ingest_events, validate_records
from distillwatch.ingest import events as events_module
from distillwatch.ingest.events import PLAIN_TEXT_COLUMNS, _EventsWriter


def accepted(n: int, start: int = 0) -> pl.DataFrame:
    """``n`` validated events with distinct ids from ``start``."""
    records = [
        {
            "event_id": f"e{i}",
            "timestamp": 1714557600000 + i,
            "account_id": f"a{i % 5}",
            "model": "m",
            "prompt": f"prompt number {i} " * (1 + i % 3),
            "system": None if i % 2 else "be brief",
            "turn": i % 4,
            "temperature": 0.5,
            "response": "r",
        }
        for i in range(start, start + n)
    ]
    batch = validate_records(records, source="t")
    assert not batch.quarantined
    return batch.accepted


def test_writer_keeps_every_row_in_order_across_row_groups(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    writer = _EventsWriter(path, row_group_rows=7, drop=("response",))
    frames = [accepted(n, start) for start, n in ((0, 3), (3, 11), (14, 0), (14, 25), (39, 1))]
    for frame in frames:
        writer.write(frame)
    writer.close()
    expected = pl.concat(frames).drop("response")
    staged = pl.read_parquet(path)
    assert staged.schema == expected.schema
    assert staged.equals(expected)
    assert pq.ParquetFile(path).metadata.num_row_groups >= 40 // 7


def test_staged_file_is_plain_parquet_with_cheap_codecs(tmp_path: Path) -> None:
    writer = _EventsWriter(tmp_path / "events.parquet", drop=("response",))
    writer.write(accepted(50))
    writer.close()
    meta = pq.ParquetFile(tmp_path / "events.parquet").metadata
    codecs = {
        meta.row_group(0).column(i).path_in_schema: meta.row_group(0).column(i).compression
        for i in range(meta.num_columns)
    }
    assert "response" not in codecs
    assert {c for c, codec in codecs.items() if codec == "UNCOMPRESSED"} == {
        c for c in PLAIN_TEXT_COLUMNS if c in codecs
    }
    assert set(codecs.values()) <= {"UNCOMPRESSED", "LZ4", "LZ4_RAW"}
    stats = {
        meta.row_group(0).column(i).path_in_schema: meta.row_group(0).column(i).is_stats_set
        for i in range(meta.num_columns)
    }
    assert stats["timestamp"] and stats["turn"] and not stats["prompt"] and not stats["event_id"]
    # No Arrow schema stored: any Parquet reader gets UTF-8 strings and UTC timestamps.
    assert b"ARROW:schema" not in (meta.metadata or {})
    assert pl.read_parquet(tmp_path / "events.parquet").schema == pl.Schema(
        {c: t for c, t in EVENT_SCHEMA.items() if c != "response"}
    )


def test_write_error_of_the_thread_reaches_the_caller(tmp_path: Path) -> None:
    writer = _EventsWriter(tmp_path / "events.parquet", row_group_rows=1)
    writer.write(accepted(2).drop("model"))  # a frame the file's schema does not fit
    with pytest.raises(ValueError):
        writer.close()


def test_a_full_disk_is_a_clear_error_naming_the_staged_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(self: Any, table: Any, row_group_size: int | None = None) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "write_table", no_space)
    source = tmp_path / "e.parquet"
    accepted(10).write_parquet(source)
    out = tmp_path / "out"
    with pytest.raises(UserError, match="No space left on device") as caught:
        ingest_events(source, out, progress=False)
    assert str(out / "events.parquet") in str(caught.value)
    assert not [t for t in threading.enumerate() if t.name == "stage-writer"]


def test_failing_ingest_raises_its_own_error_and_stops_the_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_stream(*args: Any, **kwargs: Any) -> Iterator[tuple[ValidatedBatch, int]]:
        yield ValidatedBatch(accepted(200_000), []), 0
        raise RuntimeError("reader broke")

    monkeypatch.setattr(events_module, "validated_stream", broken_stream)
    source = tmp_path / "e.parquet"
    accepted(1).write_parquet(source)
    with pytest.raises(RuntimeError, match="reader broke"):
        ingest_events(source, tmp_path / "out", progress=False)
    assert not [t for t in threading.enumerate() if t.name == "stage-writer"]
