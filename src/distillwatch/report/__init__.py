"""Self-contained ``report.html`` for reviewers: ranked campaigns with timelines, graphs, evidence."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from distillwatch.report.load import ScanResult, load_scan
from distillwatch.report.page import render_report


def write_report(scan_dir: Path, *, out: Path | None = None, now: datetime | None = None) -> Path:
    """Read the scan folder and write ``report.html`` into it (or ``out``); returns the path."""
    scan = load_scan(Path(scan_dir))
    html = render_report(scan, generated_at=now or datetime.now(UTC))
    target = Path(out) if out is not None else Path(scan_dir) / "report.html"
    target.write_text(html, encoding="utf-8")
    return target


__all__ = ["ScanResult", "load_scan", "render_report", "write_report"]
