"""The package sets Polars' allocator to keep freed pages, unless the user chose a setting."""

from __future__ import annotations

import os
import subprocess
import sys

import distillwatch

_PROBE = "import distillwatch, os; print(os.environ['_RJEM_MALLOC_CONF'])"


def _conf_seen(env: dict[str, str], probe: str = _PROBE) -> str:
    """``_RJEM_MALLOC_CONF`` as a fresh interpreter with ``env`` sees it after ``probe``."""
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, check=True, capture_output=True, text=True
    )
    return out.stdout.strip()


def test_default_allocator_setting_applies_in_a_fresh_process() -> None:
    env = {k: v for k, v in os.environ.items() if k != "_RJEM_MALLOC_CONF"}
    assert _conf_seen(env) == distillwatch.ALLOCATOR_CONF


def test_a_users_allocator_setting_wins() -> None:
    env = {**os.environ, "_RJEM_MALLOC_CONF": "dirty_decay_ms:1000"}
    assert _conf_seen(env) == "dirty_decay_ms:1000"


def test_polars_own_setting_inherited_from_a_parent_is_replaced() -> None:
    # A parent that imported Polars passes Polars' own short decay on to its children.
    env = {**os.environ, "_RJEM_MALLOC_CONF": "dirty_decay_ms:500,muzzy_decay_ms:1000"}
    assert _conf_seen(env) == distillwatch.ALLOCATOR_CONF


def test_our_setting_stays_last_after_polars_adds_its_own() -> None:
    # Polars prepends its defaults on import; jemalloc takes the last value of each option.
    # (The effect itself, fewer page faults, is measured in docs/PERFORMANCE.md.)
    probe = "import distillwatch, polars, os; print(os.environ['_RJEM_MALLOC_CONF'])"
    env = {k: v for k, v in os.environ.items() if k != "_RJEM_MALLOC_CONF"}
    assert _conf_seen(env, probe).endswith(distillwatch.ALLOCATOR_CONF)
