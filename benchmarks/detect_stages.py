"""Where the scan's time goes: ingest and staging, then each step of ``pipeline.detect``.

Usage:
    python benchmarks/detect_stages.py WORLD_DIR [--work DIR]

Runs ``ingest_events`` (as the scan does: every column but ``UNREAD_COLUMNS`` staged),
then ``detect`` on the staged file with each of its steps timed (wall seconds, including
lazily imported libraries the first time a step needs them) and the process's peak
resident memory during each (MB, sampled every 20 ms). Prints two JSON lines: seconds,
then peak MB.
"""

from __future__ import annotations

import argparse
import importlib
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import psutil

from distillwatch.ingest import ingest_events

STEPS = (
    "annotate_partials",
    "content_tables",
    "population_profile_keys",
    "account_features",
    "infra_keys",
    "score_tables",
)


class PeakRss:
    """Samples this process's resident memory on a thread; ``take()`` returns the peak (MB)
    since the last call."""

    def __init__(self, every_s: float = 0.02) -> None:
        self._proc = psutil.Process()
        self._peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every_s,), daemon=True)
        self._thread.start()

    def _run(self, every_s: float) -> None:
        while not self._stop.wait(every_s):
            self._peak = max(self._peak, self._proc.memory_info().rss)

    def take(self) -> float:
        peak = max(self._peak, self._proc.memory_info().rss)
        self._peak = 0
        return peak / 2**20


def timed(
    times: dict[str, float], peaks: dict[str, float], rss: PeakRss, name: str, fn: Callable
) -> Callable[..., Any]:
    """``fn`` that adds its wall time to ``times[name]`` and its peak memory to ``peaks``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        rss.take()
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            times[name] = times.get(name, 0.0) + time.perf_counter() - start
            peaks[name] = max(peaks.get(name, 0.0), rss.take())

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/distillwatch-stages"))
    args = parser.parse_args()
    detect_mod = importlib.import_module("distillwatch.pipeline.detect")
    times: dict[str, float] = {}
    peaks: dict[str, float] = {}
    rss = PeakRss()
    start = time.perf_counter()
    result = ingest_events(
        [args.world / "events.parquet"],
        args.work,
        progress=False,
        unstaged=detect_mod.UNREAD_COLUMNS,
    )
    times["ingest_and_staging"] = time.perf_counter() - start
    peaks["ingest_and_staging"] = rss.take()
    for name in STEPS:
        setattr(detect_mod, name, timed(times, peaks, rss, name, getattr(detect_mod, name)))
    start = time.perf_counter()
    detect_mod.detect(
        pl.scan_parquet(result.events_path), pl.read_parquet(args.world / "accounts.parquet")
    )
    times["detect_total"] = time.perf_counter() - start
    peaks["detect_rest"] = rss.take()
    print(json.dumps({"events": result.rows_accepted} | {k: round(v, 1) for k, v in times.items()}))
    print(json.dumps({"peak_mb": {k: round(v) for k, v in peaks.items()}}))


if __name__ == "__main__":
    main()
