"""MISP export: one loadable event per campaign, same privacy rules as STIX."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path

from pymisp import MISPEvent
from report_scan_factory import leaked_values
from typer.testing import CliRunner

from distillwatch.cli import app
from distillwatch.report import load_scan
from distillwatch.share.misp import build_misp_events


def test_events_load_in_pymisp_with_indicators_and_tlp(scan_dir: Path, secret: bytes) -> None:
    events, stats = build_misp_events(
        load_scan(scan_dir),
        provider="Example AI",
        tlp="green",
        secret=secret,
        now=datetime(2026, 6, 1, tzinfo=UTC),
    )
    campaigns = json.loads((scan_dir / "campaigns.json").read_text())["campaigns"]
    assert len(events) == len(campaigns) == stats.campaigns
    for raw in events:
        ev = MISPEvent()
        ev.load(copy.deepcopy(raw))  # load() consumes the dict
        assert [t.name for t in ev.tags] == ["tlp:green"]
        types = {a.type for a in ev.attributes}
        assert {"ip-src", "user-agent", "AS", "text", "comment"} <= types
        ips = [a for a in ev.attributes if a.type == "ip-src"]
        assert ips and all(a.to_ids for a in ips)
    prefixes = {p for c in campaigns for p in c["infrastructure"]["ip_prefixes"]}
    assert {
        a["value"] for e in events for a in e["Event"]["Attribute"] if a["type"] == "ip-src"
    } == prefixes


def test_misp_export_has_no_customer_data(scan_dir: Path, tmp_path: Path) -> None:
    key = tmp_path / "k"
    key.write_text("k" * 32)
    out = tmp_path / "events.json"
    res = CliRunner().invoke(
        app,
        [
            "share",
            "export",
            str(scan_dir),
            "--format",
            "misp",
            "--out",
            str(out),
            "--secret-file",
            str(key),
        ],
    )
    assert res.exit_code == 0, res.output
    text = out.read_text()
    assert leaked_values(scan_dir, text) == []
    assert "payment-fingerprint-hmac-sha256" in text
