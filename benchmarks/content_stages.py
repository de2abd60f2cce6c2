"""The content stage's steps on a slice of a world, wall and CPU seconds each.

Usage:
    python benchmarks/content_stages.py WORLD_DIR [--rows N] [--skip-neighbours]
        [--exact-neighbours]

Runs on the first ``--rows`` events of ``WORLD_DIR/events.parquet`` (all when 0) what
``pipeline.detect`` runs for content: ``annotate_partials``, ``content_tables`` (MinHash
families of prompts and system prompts, skeleton keys), then the profile step split into
``sample_profiles`` (hashed counts, TF-IDF, SVD) and ``profile_neighbours`` (exact faiss
search up to ``EXACT_NEIGHBOURS_MAX`` profiles, the clustered search above it;
``--exact-neighbours`` times the exact search at any size, quadratic in profiled
accounts). Cheaper than ``detect_stages.py`` on the whole 10M-event world, and CPU seconds
are less disturbed by other work on the machine than wall seconds. Prints one JSON line.
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


def timed(times: dict[str, Any], name: str, fn: Callable[[], Any]) -> Any:
    """``fn()``, recording its wall and process CPU seconds under ``name``."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    times[name] = {
        "wall": round(time.perf_counter() - wall, 2),
        "cpu": round(time.process_time() - cpu, 2),
    }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path)
    parser.add_argument("--rows", type=int, default=2_000_000, help="0 = every event")
    parser.add_argument("--skip-neighbours", action="store_true")
    parser.add_argument("--exact-neighbours", action="store_true", help="exact search at any size")
    args = parser.parse_args()
    detect = importlib.import_module("distillwatch.pipeline.detect")
    from distillwatch.link.keys import PROFILE_NEIGHBOURS

    events = detect.conform(pl.scan_parquet(args.world / "events.parquet"))
    if args.rows:
        events = events.head(args.rows)
    api = detect.content_api()
    if api is None:
        raise SystemExit("content stage not importable")
    annotate, signatures = api
    times: dict[str, Any] = {}
    partials = timed(times, "annotate_partials", lambda: detect.annotate_partials(events, annotate))
    if partials is None:
        raise SystemExit("no events")
    timed(times, "content_tables", lambda: detect.content_tables(events, partials, signatures))
    profiles_mod = importlib.import_module("distillwatch.features.content.profiles")
    if args.exact_neighbours:
        profiles_mod.EXACT_NEIGHBOURS_MAX = 2**62
    sample = detect.profile_sample(partials)
    profiles = timed(times, "sample_profiles", lambda: profiles_mod.sample_profiles(sample))
    if not args.skip_neighbours:
        timed(
            times,
            "profile_neighbours",
            lambda: profiles_mod.profile_neighbours(profiles, k=PROFILE_NEIGHBOURS),
        )
    info = {
        "accounts": partials.sums.height,
        "profiled_accounts": profiles.height,
        "sampled_texts": sample.height,
    }
    print(json.dumps({"world": str(args.world), "rows": args.rows} | info | times))


if __name__ == "__main__":
    main()
