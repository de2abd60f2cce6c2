"""scan reads every input through ingest: bad accounts rows are quarantined, adapters are chosen."""

from pathlib import Path

import orjson
import pytest

from distillwatch.errors import UserError
from distillwatch.pipeline.scan import scan


def _event(i: int, account: str) -> bytes:
    return orjson.dumps(
        {
            "event_id": f"e{i}",
            "timestamp": 1767225600000 + i * 60_000,
            "account_id": account,
            "model": "m",
            "prompt": f"question number {i}",
        }
    )


def test_bad_accounts_rows_are_quarantined_and_counted(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    events.write_bytes(b"\n".join(_event(i, f"a{i % 3}") for i in range(30)) + b"\n")
    accounts = tmp_path / "accounts.jsonl"
    accounts.write_bytes(
        b'{"account_id":"a0","verified":true}\n'
        b'{"account_id":"a1","created_at":"not a time"}\n'
        b'{"account_id":"a2","verified":false}\n'
    )
    summary = scan([events], tmp_path / "out", accounts_paths=[accounts], report=False)
    assert summary["rows_read"] == summary["rows_accepted"] == 30
    assert summary["accounts_rows_read"] == 3
    assert summary["accounts_rows_quarantined"] == 1
    rows = [
        orjson.loads(x) for x in (tmp_path / "out" / "quarantine.jsonl").read_bytes().splitlines()
    ]
    assert [(r["table"], r["reason"], r["row"]) for r in rows] == [("accounts", "bad_timestamp", 2)]
    assert summary["input_formats"] == {} or all(
        fmt == "contract" for fmt in summary["input_formats"].values()
    )


def test_scan_into_the_input_folder_keeps_the_input_and_no_staged_copy(tmp_path: Path) -> None:
    """``scan w/events.jsonl --out w`` used to be harmless only by luck of names; a Parquet
    input named events.parquet was replaced by the staged copy. Staging now lives in a
    hidden folder that is removed, and an output that would replace an input is refused."""
    events = tmp_path / "events.jsonl"
    body = b"\n".join(_event(i, f"a{i % 3}") for i in range(30)) + b"\n"
    events.write_bytes(body)
    summary = scan([events], tmp_path, report=False)
    assert summary["rows_accepted"] == 30
    assert events.read_bytes() == body
    assert not (tmp_path / ".staging").exists()
    again = scan([tmp_path], tmp_path / "scan", report=False)  # the folder: outputs skipped?
    assert again["rows_read"] >= 30
    assert not (tmp_path / "scan" / ".staging").exists()
    named = tmp_path / "accounts.csv"  # the previous run's output, now given as an input
    with pytest.raises(UserError, match="would replace it"):
        scan([events], tmp_path, accounts_paths=[named], report=False)


def test_scan_writes_exactly_the_files_it_declares(tmp_path: Path) -> None:
    """``SCAN_FILES`` is what the overwrite guard protects; a writer added without it would
    be unguarded. The report writes report.html when installed."""
    from distillwatch.pipeline.outputs import SCAN_FILES

    events = tmp_path / "in" / "events.jsonl"
    events.parent.mkdir()
    events.write_bytes(b"\n".join(_event(i, f"a{i % 3}") for i in range(30)) + b"\n")
    scan([events], tmp_path / "out", report=True)
    assert {p.name for p in (tmp_path / "out").iterdir()} == set(SCAN_FILES)
