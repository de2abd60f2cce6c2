"""Fixtures for report tests: scan folders built by the factory in this directory."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from report_scan_factory import build_scan_dir


@pytest.fixture
def scan_dir(tmp_path: Path) -> Path:
    """A three-campaign scan folder with hostile log strings in campaign C001."""
    return build_scan_dir(tmp_path / "scan", hostile=True)
