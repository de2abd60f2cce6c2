"""Where the scan's time goes: ingest and staging, then each step of ``pipeline.detect``.

Usage:
    python benchmarks/detect_stages.py WORLD_DIR [--work DIR]

Runs ``ingest_events`` (as the scan does: every column but ``UNREAD_COLUMNS`` staged),
then ``detect`` on the staged file with each of its steps timed (wall seconds, including
lazily imported libraries the first time a step needs them). Prints one JSON line.
"""

from __future__ import annotations

import argparse
import importlib
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

from distillwatch.ingest import ingest_events

STEPS = (
    "annotate_partials",
    "content_tables",
    "population_profile_keys",
    "account_features",
    "infra_keys",
    "score_tables",
)


def timed(times: dict[str, float], name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` that adds its wall time to ``times[name]``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            times[name] = times.get(name, 0.0) + time.perf_counter() - start

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/distillwatch-stages"))
    args = parser.parse_args()
    detect_mod = importlib.import_module("distillwatch.pipeline.detect")
    times: dict[str, float] = {}
    start = time.perf_counter()
    result = ingest_events(
        [args.world / "events.parquet"],
        args.work,
        progress=False,
        unstaged=detect_mod.UNREAD_COLUMNS,
    )
    times["ingest_and_staging"] = time.perf_counter() - start
    for name in STEPS:
        setattr(detect_mod, name, timed(times, name, getattr(detect_mod, name)))
    start = time.perf_counter()
    detect_mod.detect(
        pl.scan_parquet(result.events_path), pl.read_parquet(args.world / "accounts.parquet")
    )
    times["detect_total"] = time.perf_counter() - start
    print(json.dumps({"events": result.rows_accepted} | {k: round(v, 1) for k, v in times.items()}))


if __name__ == "__main__":
    main()
