"""The README's first command: ``distillwatch demo`` simulates, scans and evaluates."""

from pathlib import Path

import orjson
from typer.testing import CliRunner

from distillwatch.cli import app
from distillwatch.contract import SUMMARY_KEYS


def test_demo_writes_world_scan_and_report(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["demo", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    scan = tmp_path / "scan"
    summary = orjson.loads((scan / "summary.json").read_bytes())
    assert set(SUMMARY_KEYS) <= set(summary)
    assert summary["rows_read"] == (
        summary["rows_accepted"] + summary["rows_duplicate"] + summary["rows_quarantined"]
    )
    assert summary["campaigns"] >= 1
    assert (scan / "report.html").stat().st_size > 10_000
    assert (tmp_path / "world" / "truth.csv").exists()
