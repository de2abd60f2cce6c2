"""Format readers and the streaming ingest: every input, corrupt ones included, is fully counted."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import orjson
import polars as pl
import pyarrow.parquet as pq
import pytest
import zstandard

from distillwatch.contract import ACCOUNT_SCHEMA, EVENT_SCHEMA
from distillwatch.errors import UserError
from distillwatch.ingest import (
    QuarantineSink,
    expand_paths,
    ingest_events,
    read_accounts,
    read_accounts_counted,
    readers,
)
from distillwatch.ingest.paths import refuse_overwrite


def record(i: int, **overrides: Any) -> dict[str, Any]:
    base = {
        "event_id": f"e{i}",
        "timestamp": 1714557600000 + i,
        "account_id": f"a{i % 7}",
        "model": "m",
        "prompt": f"prompt {i}",
        "ip": f"10.0.{i % 3}.{i % 250}",
        "turn": i % 4,
    }
    base.update(overrides)
    return base


def jsonl(records: list[dict[str, Any]]) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


def quarantine_lines(out: Path) -> list[dict[str, Any]]:
    text = (out / "quarantine.jsonl").read_bytes()
    return [orjson.loads(line) for line in text.splitlines()]


def assert_invariant(result: Any) -> None:
    for counts in result.sources.values():
        assert (
            counts.rows_accepted + counts.rows_duplicate + counts.rows_quarantined
            == counts.rows_read
        )
    assert (
        result.rows_accepted + result.rows_duplicate + result.rows_quarantined == result.rows_read
    )


def test_jsonl_plain_gz_zst_read_alike_and_dedupe_across_files(tmp_path: Path) -> None:
    data = jsonl([record(i) for i in range(50)])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_bytes(data)
    (tmp_path / "in" / "b.jsonl.gz").write_bytes(gzip.compress(data))
    (tmp_path / "in" / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    result = ingest_events(tmp_path / "in", tmp_path / "out", batch_rows=16, progress=False)
    assert_invariant(result)
    assert (result.rows_read, result.rows_accepted, result.rows_duplicate) == (150, 50, 100)
    assert result.accounts == 7
    events = pl.read_parquet(result.events_path)
    assert events.schema == EVENT_SCHEMA
    assert events["event_id"].to_list() == [f"e{i}" for i in range(50)]
    assert (tmp_path / "out" / "quarantine.jsonl").read_bytes() == b""


def test_corrupt_jsonl_lines_each_count_once(tmp_path: Path) -> None:
    lines = [orjson.dumps(record(i)) for i in range(10)]
    lines[2] = b"{not json"
    lines[3] = b'{"event_id": "e3", "prompt": "bad \xff utf8"}'
    lines[4] = b""  # blank: not a row
    lines[5] = b'["an", "array"]'
    lines[6] = orjson.dumps(record(6))[:-1] + b', "x": "nul\x00byte"}'
    path = tmp_path / "e.jsonl"
    path.write_bytes(b"\n".join(lines))  # no final newline
    result = ingest_events(path, tmp_path / "out", progress=False)
    assert_invariant(result)
    assert result.rows_read == 9
    got = {(q["row"], q["reason"]) for q in quarantine_lines(tmp_path / "out")}
    assert got == {(3, "unparseable"), (4, "bad_encoding"), (6, "unparseable"), (7, "bad_encoding")}
    assert pl.read_parquet(result.events_path)["event_id"].to_list() == [
        f"e{i}" for i in (0, 1, 7, 8, 9)
    ]


def test_truncated_gzip_keeps_rows_before_the_break(tmp_path: Path) -> None:
    packed = gzip.compress(jsonl([record(i, prompt="x" * 200 + str(i)) for i in range(3000)]))
    path = tmp_path / "t.jsonl.gz"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    result = ingest_events(path, tmp_path / "out", progress=False)
    assert_invariant(result)
    assert result.rows_quarantined == 1 and result.rows_accepted > 100
    [q] = quarantine_lines(tmp_path / "out")
    assert q["reason"] == "unparseable" and q["row"] == result.rows_accepted + 1
    assert "broken" in q["detail"]


def test_overlong_line_is_too_large_without_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "MAX_LINE_BYTES", 1000)
    monkeypatch.setattr(readers, "BLOCK_BYTES", 300)
    monkeypatch.setattr(readers, "_READ_STEP", 100)
    records = [record(0), record(1, prompt="y" * 5000), record(2)]
    path = tmp_path / "e.jsonl"
    path.write_bytes(jsonl(records))
    result = ingest_events(path, tmp_path / "out", progress=False)
    assert_invariant(result)
    assert [(q["row"], q["reason"]) for q in quarantine_lines(tmp_path / "out")] == [
        (2, "too_large")
    ]
    assert result.rows_accepted == 2


def test_empty_file_is_zero_rows(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    result = ingest_events(path, tmp_path / "out", progress=False)
    assert result.rows_read == 0 and pl.read_parquet(result.events_path).height == 0


def test_parquet_streams_in_row_groups_and_numbers_rows(tmp_path: Path) -> None:
    frame = pl.DataFrame([record(i) for i in range(300)]).with_columns(
        pl.when(pl.col("turn") == 3).then(-1).otherwise(pl.col("turn")).alias("turn")
    )
    path = tmp_path / "e.parquet"
    frame.write_parquet(path, row_group_size=64)
    result = ingest_events(path, tmp_path / "out", batch_rows=50, progress=False)
    assert_invariant(result)
    rows = [q["row"] for q in quarantine_lines(tmp_path / "out")]
    assert rows == [i + 1 for i in range(300) if i % 4 == 3]
    meta = pq.ParquetFile(result.events_path).metadata
    assert meta.num_rows == result.rows_accepted


def test_corrupt_parquet_is_one_unparseable_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.parquet"
    path.write_bytes(b"PAR1 this is not really parquet")
    result = ingest_events(path, tmp_path / "out", progress=False)
    assert_invariant(result)
    assert [q["reason"] for q in quarantine_lines(tmp_path / "out")] == ["unparseable"]


def test_csv_values_are_parsed_from_text_and_ragged_rows_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text(
        "event_id,timestamp,account_id,model,prompt,turn,ip,extra\n"
        "c1,2024-01-01T00:00:00Z,a1,m,hello,1,1.2.3.4,z\n"
        'c2,1714557600000,a1,m,"multi\nline",x,::1,z\n'
        "c3,2024-01-01T00:00:00Z,a2,m\n"
        "c4,2024-01-01T00:00:00+05:00,a3,m,p,2,,z\n"
    )
    result = ingest_events(path, tmp_path / "out", progress=False)
    assert_invariant(result)
    got = [(q["row"], q["reason"]) for q in quarantine_lines(tmp_path / "out")]
    assert got == [(2, "bad_type"), (3, "unparseable")]
    events = pl.read_parquet(result.events_path)
    assert events["event_id"].to_list() == ["c1", "c4"]
    assert events["turn"].to_list() == [1, 2]
    assert events["ip"].to_list() == ["1.2.3.4", None]


def test_compressed_csv_cut_short_keeps_what_it_decoded_and_reports_the_break(
    tmp_path: Path,
) -> None:
    """A ``.csv.gz`` shipped half-written: the rows before the cut are accepted and the
    break is one quarantined row naming it, so nothing is lost silently."""
    rows = "".join(
        f"c{i},1714557600000,a{i % 3},m,prompt number {i} " + "x" * 200 + "\n" for i in range(3000)
    )
    data = gzip.compress(("event_id,timestamp,account_id,model,prompt\n" + rows).encode())
    path = tmp_path / "e.csv.gz"
    path.write_bytes(data[: len(data) // 2])
    result = ingest_events(path, tmp_path / "out", progress=False)
    assert_invariant(result)
    assert 0 < result.rows_accepted < 3000
    [broken] = quarantine_lines(tmp_path / "out")
    assert broken["reason"] == "unparseable" and "later rows lost" in broken["detail"]


def test_unreadable_paths_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        expand_paths(tmp_path / "missing.jsonl")
    with pytest.raises(UserError, match="no files match"):
        expand_paths(str(tmp_path / "*.jsonl"))
    (tmp_path / "d").mkdir()
    with pytest.raises(UserError, match="no input files in folder"):
        expand_paths(tmp_path / "d")


def test_expand_paths_folder_glob_and_list(tmp_path: Path) -> None:
    (tmp_path / "x" / "y").mkdir(parents=True)
    for name in ("x/a.jsonl", "x/y/b.parquet", "x/y/c.csv", "x/notes.txt", "x/.hidden.jsonl"):
        (tmp_path / name).write_bytes(b"")
    found = expand_paths(tmp_path / "x")
    assert [p.name for p in found] == ["a.jsonl", "b.parquet", "c.csv"]
    assert [p.name for p in expand_paths(str(tmp_path / "x" / "**" / "*.csv"))] == ["c.csv"]
    both = expand_paths([tmp_path / "x" / "a.jsonl", tmp_path / "x", tmp_path / "x" / "notes.txt"])
    assert [p.name for p in both] == ["a.jsonl", "b.parquet", "c.csv", "notes.txt"]


def test_expand_paths_leaves_out_hidden_folders_and_the_output_folder(tmp_path: Path) -> None:
    """A scan of ``logs/`` into ``logs/scan`` must not read the last run's results back, nor
    a hidden staging folder; a file named directly is still read."""
    for name in ("logs/a.jsonl", "logs/.staging/events.parquet", "logs/scan/accounts.csv"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"")
    logs, out = tmp_path / "logs", tmp_path / "logs" / "scan"
    assert [p.name for p in expand_paths(logs)] == ["a.jsonl", "accounts.csv"]
    assert [p.name for p in expand_paths(logs, skip=out)] == ["a.jsonl"]
    assert [p.name for p in expand_paths(str(logs / "**" / "*.*"), skip=out)] == ["a.jsonl"]
    assert [p.name for p in expand_paths(out / "accounts.csv", skip=out)] == ["accounts.csv"]


def test_refuse_overwrite_names_the_input_and_the_fix(tmp_path: Path) -> None:
    source = tmp_path / "accounts.csv"
    source.write_bytes(b"")
    refuse_overwrite([source], tmp_path / "elsewhere", ("accounts.csv",))
    with pytest.raises(UserError, match=r"accounts\.csv is an input.*choose another --out"):
        refuse_overwrite([source], tmp_path / "." / "", ("summary.json", "accounts.csv"))


def test_read_accounts_dedupes_and_quarantines(tmp_path: Path) -> None:
    path = tmp_path / "accounts.csv"
    path.write_text(
        "account_id,created_at,declared_country,payment_fingerprint,email_domain,verified\n"
        "a1,2024-01-01T00:00:00Z,de,pf1,example.com,true\n"
        "a2,2024-01-02T00:00:00Z,XX1,pf2,example.org,false\n"
        "a1,2024-01-03T00:00:00Z,FR,pf3,example.net,0\n"
        "a3,,US,,,maybe\n"
        "a4,,,,,\n"
    )
    with QuarantineSink(tmp_path / "q.jsonl") as sink:
        result = read_accounts_counted(path, quarantine=sink)
    frame = result.frame
    assert frame.schema == ACCOUNT_SCHEMA
    assert frame["account_id"].to_list() == ["a1", "a4"]
    assert frame["declared_country"].to_list() == ["DE", None]
    assert frame["verified"].to_list() == [True, None]
    summary = result.summary()
    assert summary["accounts_rows_read"] == 5
    assert summary["accounts_rows_duplicate"] == 1
    assert summary["accounts_rows_quarantined"] == 2
    lines = [orjson.loads(x) for x in (tmp_path / "q.jsonl").read_bytes().splitlines()]
    assert {q["table"] for q in lines} == {"accounts"}
    assert read_accounts(path).height == 2


def test_registered_reader_is_used_for_its_format(tmp_path: Path) -> None:
    def read_pipe(path: Path, batch_rows: int) -> Any:
        rows = [line.split("|") for line in path.read_text().splitlines()]
        records = [
            {"event_id": e, "timestamp": int(t), "account_id": a, "model": "m", "prompt": p}
            for e, t, a, p in rows
        ]
        yield readers.RawBatch(str(path), records)

    readers.register_reader("pipe", read_pipe, extensions=(".pipe",))
    try:
        path = tmp_path / "x.pipe"
        path.write_text("e1|1714557600000|a|hi\ne2|5|a|hi\n")
        result = ingest_events(tmp_path, tmp_path / "out", progress=False)
        assert (result.rows_accepted, result.rows_quarantined) == (1, 1)
    finally:
        readers.READERS.pop("pipe")
        readers.EXTENSIONS.pop(".pipe")


def test_csv_bad_utf8_costs_only_its_row(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes(
        b"\xef\xbb\xbfevent_id,timestamp,account_id,model,prompt\n"
        b"c1,1714557600000,a,m,ok\n"
        b"c2,1714557600000,a,m,bad \xff byte\n"
        b"c3,1714557600000,a,m,null\n"
    )
    result = ingest_events(path, tmp_path / "out", progress=False)
    assert_invariant(result)
    assert [(q["row"], q["reason"]) for q in quarantine_lines(tmp_path / "out")] == [
        (2, "bad_encoding")
    ]
    events = pl.read_parquet(result.events_path)
    assert events["prompt"].to_list() == ["ok", "null"]


def test_unstaged_columns_are_validated_and_counted_but_not_written(tmp_path: Path) -> None:
    """The scan leaves ``response`` out of its staging file; rows still count the same and
    a bad value there still quarantines its row."""
    rows = [record(i, response=f"answer {i}") for i in range(20)]
    rows.append(record(99, response=12345))  # wrong type: quarantined like any other field
    (tmp_path / "e.jsonl").write_bytes(jsonl(rows))
    result = ingest_events(
        tmp_path / "e.jsonl", tmp_path / "out", unstaged=("response",), progress=False
    )
    assert_invariant(result)
    assert (result.rows_accepted, result.rows_quarantined) == (20, 1)
    staged = pl.read_parquet(result.events_path)
    assert "response" not in staged.columns
    assert staged.schema == pl.Schema({k: v for k, v in EVENT_SCHEMA.items() if k != "response"})
