"""Where the scan's time goes: ingest and staging, then each step of ``pipeline.detect``.

Usage:
    python benchmarks/detect_stages.py WORLD_DIR [--work DIR]

Runs ``ingest_events`` (as the scan does: every column but ``UNREAD_COLUMNS`` staged),
then ``detect`` on the staged file with each of its steps timed (``behaviour_features``
and ``infra_keys`` run on a side thread during annotation, so their times overlap it) (wall seconds, including
lazily imported libraries the first time a step needs them) and the process's peak
resident memory during each (MB, sampled every 20 ms), and the CPU seconds each spent in
user space and in the kernel (page faults show up there). Prints three JSON lines: wall
seconds, peak MB, then user/kernel CPU seconds.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
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
    "behaviour_features",
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


def cpu_seconds() -> tuple[float, float]:
    """User and kernel CPU seconds of this process so far (all threads)."""
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime, use.ru_stime


def timed(
    times: dict[str, float],
    peaks: dict[str, float],
    cpu: dict[str, list[float]],
    rss: PeakRss,
    name: str,
    fn: Callable,
) -> Callable[..., Any]:
    """``fn`` that adds its wall time to ``times[name]``, its peak memory to ``peaks`` and
    its user/kernel CPU seconds to ``cpu``."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        rss.take()
        start, (user, kernel) = time.perf_counter(), cpu_seconds()
        try:
            return fn(*args, **kwargs)
        finally:
            times[name] = times.get(name, 0.0) + time.perf_counter() - start
            peaks[name] = max(peaks.get(name, 0.0), rss.take())
            now = cpu_seconds()
            spent = cpu.setdefault(name, [0.0, 0.0])
            spent[0] += now[0] - user
            spent[1] += now[1] - kernel

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/distillwatch-stages"))
    args = parser.parse_args()
    detect_mod = importlib.import_module("distillwatch.pipeline.detect")
    times: dict[str, float] = {}
    peaks: dict[str, float] = {}
    cpu: dict[str, list[float]] = {}
    rss = PeakRss()
    ingest = timed(times, peaks, cpu, rss, "ingest_and_staging", ingest_events)
    result = ingest(
        [args.world / "events.parquet"],
        args.work,
        progress=False,
        unstaged=detect_mod.UNREAD_COLUMNS,
    )
    for name in STEPS:
        setattr(detect_mod, name, timed(times, peaks, cpu, rss, name, getattr(detect_mod, name)))
    total_cpu = cpu_seconds()
    start = time.perf_counter()
    detect_mod.detect(
        pl.scan_parquet(result.events_path), pl.read_parquet(args.world / "accounts.parquet")
    )
    times["detect_total"] = time.perf_counter() - start
    peaks["detect_rest"] = rss.take()
    print(json.dumps({"events": result.rows_accepted} | {k: round(v, 1) for k, v in times.items()}))
    print(json.dumps({"peak_mb": {k: round(v) for k, v in peaks.items()}}))
    end_cpu = cpu_seconds()
    cpu["detect_total"] = [end_cpu[0] - total_cpu[0], end_cpu[1] - total_cpu[1]]
    print(json.dumps({"cpu_user_kernel_s": {k: [round(x, 1) for x in v] for k, v in cpu.items()}}))


if __name__ == "__main__":
    main()
