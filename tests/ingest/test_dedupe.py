"""Dedupe: the hashed set keeps exactly the first occurrence, however it is sized or grown."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from distillwatch.ingest.dedupe import Deduper, HashSet
from distillwatch.ingest.readers import parquet_rows

#: Few distinct values, so batches repeat ids within and across themselves.
HASHES = st.lists(st.lists(st.integers(0, 2**64 - 1) | st.integers(0, 40), max_size=60), max_size=8)


def reference(batches: list[list[int]]) -> list[list[bool]]:
    seen: set[int] = set()
    masks = []
    for batch in batches:
        mask = []
        for value in batch:
            mask.append(value not in seen)
            seen.add(value)
        masks.append(mask)
    return masks


@settings(max_examples=150, deadline=None)
@given(HASHES, st.sampled_from([(6, 0), (22, 0), (6, 10**6), (22, 50)]))
def test_add_new_marks_first_occurrences_like_a_set(
    batches: list[list[int]], sizing: tuple[int, int]
) -> None:
    """A tiny bitmap (rebuilt as it grows) and a presized one answer the same as a set."""
    filter_bits, expected = sizing
    hashes = HashSet(filter_bits=filter_bits, expected=expected)
    got = [hashes.add_new(np.array(b, dtype=np.uint64)).tolist() for b in batches]
    assert got == reference(batches)
    assert hashes.size == len({v for b in batches for v in b})


def test_expected_only_presizes_and_is_capped() -> None:
    assert HashSet(expected=10_000_000)._filter_bits == 28
    assert HashSet(expected=10**15)._filter_bits == 31
    assert HashSet(expected=0)._filter_bits == 22


def test_deduper_keeps_first_rows_across_frames() -> None:
    deduper = Deduper(expected=5)
    first = pl.DataFrame({"event_id": ["a", "b", "a", "c"]})
    second = pl.DataFrame({"event_id": ["c", "d", "d"]})
    assert deduper.first_seen(first).tolist() == [True, True, False, True]
    kept, dropped = deduper.filter(second)
    assert kept["event_id"].to_list() == ["d"] and dropped == 2
    assert deduper.distinct == 4


def test_parquet_rows_hint(tmp_path: Path) -> None:
    pl.DataFrame({"event_id": ["a", "b", "c"]}).write_parquet(tmp_path / "e.parquet")
    (tmp_path / "e.jsonl").write_text('{"event_id": "a"}\n')
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    assert parquet_rows(tmp_path / "e.parquet") == 3
    assert parquet_rows(tmp_path / "e.jsonl") == 0
    assert parquet_rows(tmp_path / "bad.parquet") == 0
    assert parquet_rows(tmp_path / "e.parquet", fmt="jsonl") == 0
