"""``distillwatch validate``: files written, counts printed, unreadable input is exit 2 in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
from typer.testing import CliRunner

from distillwatch.cli import app
from distillwatch.contract import QUARANTINE_REASONS


def test_validate_writes_summary_and_quarantine(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    good = {
        "event_id": "e1",
        "timestamp": 1714557600000,
        "account_id": "a",
        "model": "m",
        "prompt": "p",
    }
    events.write_bytes(
        orjson.dumps(good)
        + b"\n"
        + orjson.dumps(good)
        + b"\n"
        + b"oops\n"
        + orjson.dumps({**good, "event_id": "e2", "ip": "1.2.3"})
        + b"\n"
    )
    accounts = tmp_path / "accounts.jsonl"
    accounts.write_bytes(b'{"account_id": "a", "verified": true}\n{"account_id": 3}\n')
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["validate", str(events), "--accounts", str(accounts), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    summary = orjson.loads((out / "summary.json").read_bytes())
    assert summary["contract_version"] == "1"
    assert (summary["rows_read"], summary["rows_accepted"]) == (4, 1)
    assert (summary["rows_duplicate"], summary["rows_quarantined"]) == (1, 2)
    assert summary["accounts"] == 1
    assert summary["accounts_rows_read"] == 2 and summary["accounts_rows_quarantined"] == 1
    assert set(summary["quarantine_reasons"]) == QUARANTINE_REASONS
    assert summary["quarantine_reasons"]["bad_ip"] == 1
    assert summary["sources"][str(events)]["rows_read"] == 4
    assert summary["wall_seconds"] >= 0
    lines = (out / "quarantine.jsonl").read_bytes().splitlines()
    assert len(lines) == 3
    assert not (out / "events.parquet").exists()
    failing = CliRunner().invoke(
        app, ["validate", str(events), "--out", str(out), "--fail-on-quarantine"]
    )
    assert failing.exit_code == 1


def test_unreadable_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "distillwatch",
            "validate",
            str(missing),
            "--out",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert str(missing) in proc.stderr.replace("\n", "")


def test_validate_metadata_only_accepts_contract_rows_without_prompt(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    row = {"timestamp": 1714557600000, "account_id": "a", "model": "m"}
    events.write_bytes(
        b"".join(orjson.dumps({**row, "event_id": f"e{i}"}) + b"\n" for i in range(3))
    )
    for flag, accepted in (["--metadata-only"], 3), ([], 0):
        out = tmp_path / f"out{len(flag)}"
        result = CliRunner().invoke(app, ["validate", str(events), "--out", str(out), *flag])
        assert result.exit_code == 0, result.output
        summary = orjson.loads((out / "summary.json").read_bytes())
        assert (summary["rows_read"], summary["rows_accepted"]) == (3, accepted)
        assert summary["quarantine_reasons"]["missing_field"] == 3 - accepted
