"""Shared test fixtures: where the real prompt sets of ../shared/data live; hypothesis
without per-example deadlines (tests assert behaviour, not speed: on this shared 2-core
machine a 200 ms deadline failed a correct property test when the machine was busy)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("distillwatch", deadline=None)
settings.load_profile("distillwatch")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DISTILLWATCH_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The ``shared/data`` folder beside the clone (CI copies it there); skip if absent."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path}; set DISTILLWATCH_SHARED")
    return path
