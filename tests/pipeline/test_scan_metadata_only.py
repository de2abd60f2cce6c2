"""``distillwatch scan --metadata-only`` accepts contract rows without prompts (and only then)."""

from __future__ import annotations

from pathlib import Path

import orjson
from typer.testing import CliRunner

from distillwatch.cli import app


def _promptless_events(path: Path, n: int = 24) -> None:
    """A small contract JSONL file whose rows carry no ``prompt`` (content capture off)."""
    rows = (
        {
            "event_id": f"e{i}",
            "timestamp": 1767225600000 + i * 60_000,
            "account_id": f"a{i % 3}",
            "model": "m",
        }
        for i in range(n)
    )
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))


def test_scan_metadata_only_accepts_promptless_contract_rows(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    _promptless_events(events)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["scan", str(events), "--metadata-only", "--no-report", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    summary = orjson.loads((out / "summary.json").read_bytes())
    assert summary["rows_read"] == summary["rows_accepted"] == 24
    assert summary["rows_quarantined"] == summary["rows_duplicate"] == 0
    assert summary["metadata_only"] is True
    assert summary["rows_without_prompt"] == 24
    assert (out / "accounts.csv").is_file()
    assert (out / "quarantine.jsonl").read_bytes() == b""


def test_scan_without_metadata_only_quarantines_them(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    _promptless_events(events, n=5)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["scan", str(events), "--no-report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    summary = orjson.loads((out / "summary.json").read_bytes())
    counts = (summary["rows_read"], summary["rows_accepted"], summary["rows_quarantined"])
    assert counts == (5, 0, 5)
    lines = (out / "quarantine.jsonl").read_bytes().splitlines()
    assert {orjson.loads(x)["reason"] for x in lines} == {"missing_field"}
