"""Simulator speed and memory: events/s and peak RSS for a (possibly shortened) scenario.

Usage: ``python benchmarks/simulate.py [--scenario seed-scale] [--scale 0.01] [--days D]
[--seed 0] [--out DIR]``. ``--scale`` multiplies account and event counts; ``--days`` shortens
the world keeping the per-day volume (release days move proportionally). The printed
extrapolation to the full scenario assumes throughput stays flat (generation is per block).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from distillwatch.simulate import load_scenario, simulate
from distillwatch.simulate.scenario import scale_scenario


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="seed-scale")
    parser.add_argument("--scale", type=float, default=0.01)
    parser.add_argument("--days", type=float, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--out", type=Path, default=None, help="keep the world here (default: temp, deleted)"
    )
    args = parser.parse_args(argv)
    full = load_scenario(args.scenario)
    sc = scale_scenario(full, args.scale, args.days)
    out = args.out or Path(tempfile.mkdtemp(prefix="dw-sim-bench-"))
    before = resource.getrusage(resource.RUSAGE_SELF)
    began = time.perf_counter()
    result = simulate(sc, args.seed, out, progress=False)
    wall = time.perf_counter() - began
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (usage.ru_utime - before.ru_utime) + (usage.ru_stime - before.ru_stime)
    peak_mb = usage.ru_maxrss / 1024
    size_mb = result.events_path.stat().st_size / 2**20
    full_events = full.benign_events + sum(c.events for c in full.campaigns)
    rate = result.n_events / wall
    print(f"scenario {full.name}: scale {args.scale}, days {sc.days:g} of {full.days:g}")
    print(
        f"events {result.n_events:,}  accounts {result.n_accounts:,}  campaign accounts {result.n_campaign_accounts:,}"
    )
    print(f"wall {wall:.1f} s  ->  {rate:,.0f} events/s  (events.parquet {size_mb:,.0f} MB)")
    print(
        f"cpu {cpu:.1f} s (user+sys, all threads)  ->  {result.n_events / cpu:,.0f} events per CPU-second"
    )
    per_block = max(result.cpu_generate, result.cpu_write)
    print(
        f"cpu by phase: population {result.cpu_population:.1f} s, generate {result.cpu_generate:.1f} s "
        f"({result.n_events / max(result.cpu_generate, 1e-9):,.0f} events/s), write {result.cpu_write:.1f} s "
        f"({result.n_events / max(result.cpu_write, 1e-9):,.0f} events/s)"
    )
    print(
        "projected on 2 idle cores (generate and write overlap): "
        f"{result.n_events / max(per_block, 1e-9):,.0f} events/s after a {result.cpu_population:.1f} s setup"
    )
    print(
        f"streaming (blocks generated and written, setup excluded): {result.wall_stream:.1f} s wall "
        f"->  {result.n_events / max(result.wall_stream, 1e-9):,.0f} events/s"
    )
    print(f"peak RSS {peak_mb:,.0f} MB")
    print(
        f"load average now: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores (wall figures are only as good as the machine is idle)"
    )
    print(
        f"full {full.name} ({full_events:,} events): {full_events / rate / 60:,.1f} min at the measured "
        f"wall rate, {full_events * per_block / result.n_events / 60:,.1f} min at the projected rate (+ setup)"
    )
    if args.out is None:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
