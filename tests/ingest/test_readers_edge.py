"""JSONL blocks that Arrow's fast reader must never see: they go through the per-line path."""

from pathlib import Path

from distillwatch.ingest import ingest_events


def test_bare_null_lines_are_quarantined_not_a_crash(tmp_path: Path) -> None:
    good = b'{"event_id":"e1","timestamp":1767225600000,"account_id":"a","model":"m","prompt":"hi"}'
    src = tmp_path / "events.jsonl"
    src.write_bytes(b"null\n" + good + b"\n[1,2]\n  " + good.replace(b"e1", b"e2") + b"\n")
    result = ingest_events([src], tmp_path / "out", progress=False)
    assert (result.rows_read, result.rows_accepted, result.rows_quarantined) == (4, 2, 2)
