"""Real demo world -> scan -> report.html and STIX bundle, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from report_scan_factory import leaked_values
from stix2validator import validate_file
from typer.testing import CliRunner

from distillwatch.cli import app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo world (seed 1) scanned once for this module."""
    root = tmp_path_factory.mktemp("demo")
    runner = CliRunner()
    res = runner.invoke(
        app, ["simulate", "--scenario", "demo", "--seed", "1", "--out", str(root / "w"), "--quiet"]
    )
    assert res.exit_code == 0, res.output
    res = runner.invoke(
        app,
        [
            "scan",
            str(root / "w" / "events.parquet"),
            "--accounts",
            str(root / "w" / "accounts.parquet"),
            "--out",
            str(root / "s"),
        ],
    )
    assert res.exit_code == 0, res.output
    return root / "s"


def test_scan_writes_a_report_with_every_campaign(demo_scan: Path) -> None:
    html = (demo_scan / "report.html").read_text()
    campaigns = json.loads((demo_scan / "campaigns.json").read_text())["campaigns"]
    assert html.count('<section class="campaign"') == len(campaigns)
    assert html.count('<svg class="timeline"') == len(campaigns)
    for camp in campaigns:
        assert f"campaign {camp['campaign_id']}" in html


def test_export_from_real_scan_is_valid_and_private(demo_scan: Path, tmp_path: Path) -> None:
    secret = tmp_path / "k"
    secret.write_text("s" * 32)
    out = tmp_path / "bundle.json"
    res = CliRunner().invoke(
        app, ["share", "export", str(demo_scan), "--out", str(out), "--secret-file", str(secret)]
    )
    assert res.exit_code == 0, res.output
    assert validate_file(str(out)).is_valid
    text = out.read_text()
    doc = json.loads(text)
    campaigns = json.loads((demo_scan / "campaigns.json").read_text())["campaigns"]
    assert sum(o["type"] == "campaign" for o in doc["objects"]) == len(campaigns)
    assert leaked_values(demo_scan, text) == []
