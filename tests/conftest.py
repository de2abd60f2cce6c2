"""Shared test fixtures: where the real prompt sets of ../shared/data live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DISTILLWATCH_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The ``shared/data`` folder beside the clone (CI copies it there); skip if absent."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path}; set DISTILLWATCH_SHARED")
    return path
