"""Fixtures for share tests: scan folders from the report tests' factory."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "report"))

from report_scan_factory import build_scan_dir


@pytest.fixture
def scan_dir(tmp_path: Path) -> Path:
    """A three-campaign scan folder with hostile log strings in campaign C001."""
    return build_scan_dir(tmp_path / "scan", hostile=True)


@pytest.fixture
def secret() -> bytes:
    """A partners' shared secret."""
    return b"0123456789abcdef0123456789abcdef"
