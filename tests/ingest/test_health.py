"""Warnings for input that was mostly quarantined: a near-empty result must not look clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from distillwatch.ingest.health import quarantine_warnings


def test_no_warning_for_mostly_good_input() -> None:
    summary = {"rows_read": 10, "rows_quarantined": 4, "accounts_rows_read": 0}
    assert quarantine_warnings(summary, "q.jsonl") == []
    assert quarantine_warnings({"rows_read": 0, "rows_quarantined": 0}, "q.jsonl") == []


def test_each_mostly_quarantined_table_gets_one_line() -> None:
    summary = {
        "rows_read": 10,
        "rows_quarantined": 10,
        "accounts_rows_read": 4,
        "accounts_rows_quarantined": 3,
    }
    events, accounts = quarantine_warnings(summary, "out/quarantine.jsonl")
    assert (
        events.startswith("every event row (10) quarantined") and "out/quarantine.jsonl" in events
    )
    assert accounts.startswith("75% of the accounts rows (3 of 4)")


def test_scan_of_all_bad_rows_warns_on_stderr_and_still_writes_outputs(tmp_path: Path) -> None:
    events = tmp_path / "e.jsonl"
    events.write_text(
        '{"event_id":"a","timestamp":"yesterday","account_id":"x","model":"m","prompt":"p"}\n'
    )
    out = tmp_path / "o"
    proc = subprocess.run(
        [sys.executable, "-m", "distillwatch", "scan", str(events), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    assert "warning: every event row (1) quarantined" in proc.stderr
    assert (out / "accounts.csv").exists() and (out / "quarantine.jsonl").read_text()
