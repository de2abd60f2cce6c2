"""The shared JSON Lines reader: values round-trip, blank lines are skipped, bad lines name the line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillwatch.errors import UserError
from distillwatch.jsonl import numbered_records, read_records

VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=60, deadline=None)
@given(values=st.lists(VALUES, max_size=8), gz=st.booleans())
def test_values_round_trip_plain_and_gzip(tmp_path_factory, values: list, gz: bool) -> None:
    path = tmp_path_factory.mktemp("jsonl") / ("x.jsonl.gz" if gz else "x.jsonl")
    text = "".join(json.dumps(v) + "\n\n" for v in values)  # blank lines between records
    path.write_bytes(gzip.compress(text.encode()) if gz else text.encode())
    assert read_records(path) == values
    assert [n for n, _ in numbered_records(path)] == [2 * i + 1 for i in range(len(values))]


def test_bad_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "phrases.jsonl"
    path.write_text('{"a": 1}\n\n{"a": \n', encoding="utf-8")
    with pytest.raises(UserError, match=r"phrases\.jsonl:3: not JSON"):
        read_records(path)
