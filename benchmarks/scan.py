"""End-to-end scan throughput and peak memory, beside the floor of reading the same Parquet.

Usage:
    python benchmarks/scan.py WORLD_DIR [--tile N] [--work DIR]

WORLD_DIR holds ``events.parquet`` and ``accounts.parquet`` (``distillwatch simulate``).
``--tile N`` writes a larger world of N copies of it (accounts and event ids suffixed per
copy, so the copies are distinct accounts) to measure how time and memory grow: N=34 on
``standard`` gives about 10M events and 170k accounts. ``--repeat N`` writes N copies of
the events one after another in time (event ids suffixed, timestamps shifted by the
world's span) for the *same* accounts: events grow N-fold, accounts not, which is how to
see that memory follows accounts rather than events.

Prints, for each world: events, accounts, the floor (Polars reading the Parquet and
hashing every prompt once), the end-to-end ``scan`` wall time, events/s, the ratio to the
floor and the peak RSS of each run (each runs in its own process).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import polars as pl

FLOOR = """
import resource, sys, time, polars as pl
t = time.perf_counter()
pl.scan_parquet(sys.argv[1]).select(pl.col("prompt").hash(seed=1).sum(), pl.len()).collect()
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

SCAN = """
import resource, sys, time
from distillwatch.pipeline.scan import scan
t = time.perf_counter()
s = scan([sys.argv[1]], sys.argv[3], accounts_paths=[sys.argv[2]], report=False)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run(code: str, *args: str) -> tuple[float, float]:
    """Run ``code`` in a fresh interpreter; return (seconds it printed, its peak RSS in MB)."""
    out = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    )
    seconds, peak_kb = out.stdout.strip().splitlines()[-1].split()
    return float(seconds), int(peak_kb) / 1024


def tile(world: Path, n: int, out: Path) -> tuple[Path, Path]:
    """Write N suffixed copies of the world's events and accounts (streamed, per copy)."""
    out.mkdir(parents=True, exist_ok=True)
    ev, acc = out / "events.parquet", out / "accounts.parquet"
    if ev.exists() and acc.exists():
        return ev, acc
    base = pl.read_parquet(world / "events.parquet")
    accounts = pl.read_parquet(world / "accounts.parquet")
    parts = out / "parts"
    parts.mkdir(exist_ok=True)
    for i in range(n):
        base.with_columns(
            (pl.col("event_id") + f"~{i}").alias("event_id"),
            (pl.col("account_id") + f"~{i}").alias("account_id"),
            (pl.col("org_id") + f"~{i}").alias("org_id"),
        ).write_parquet(parts / f"{i:03d}.parquet")
    pl.scan_parquet(parts / "*.parquet").sink_parquet(ev)
    pl.concat(
        [
            accounts.with_columns((pl.col("account_id") + f"~{i}").alias("account_id"))
            for i in range(n)
        ]
    ).write_parquet(acc)
    for f in parts.iterdir():
        f.unlink()
    parts.rmdir()
    return ev, acc


def repeat(world: Path, n: int, out: Path) -> tuple[Path, Path]:
    """Write N copies of the world's events back to back in time, same accounts."""
    out.mkdir(parents=True, exist_ok=True)
    ev, acc = out / "events.parquet", out / "accounts.parquet"
    if ev.exists() and acc.exists():
        return ev, acc
    base = pl.read_parquet(world / "events.parquet")
    lo, hi = base.select(pl.col("timestamp").min().alias("lo"), pl.col("timestamp").max()).row(0)
    span = hi - lo + timedelta(hours=1)
    parts = out / "parts"
    parts.mkdir(exist_ok=True)
    for i in range(n):
        base.with_columns(
            (pl.col("event_id") + f"~{i}").alias("event_id"),
            pl.col("timestamp") + span * i,
        ).write_parquet(parts / f"{i:03d}.parquet")
    pl.scan_parquet(parts / "*.parquet").sink_parquet(ev)
    pl.read_parquet(world / "accounts.parquet").write_parquet(acc)
    for f in parts.iterdir():
        f.unlink()
    parts.rmdir()
    return ev, acc


def measure(ev: Path, acc: Path, work: Path) -> dict[str, float]:
    """Floor and scan on one world; events/s and ratio."""
    meta = pl.scan_parquet(ev).select(pl.len(), pl.col("account_id").n_unique()).collect().row(0)
    floor_s, floor_mb = run(FLOOR, str(ev))
    scan_s, scan_mb = run(SCAN, str(ev), str(acc), str(work / f"scan-{ev.parent.name}"))
    return {
        "events": meta[0],
        "accounts": meta[1],
        "floor_s": round(floor_s, 2),
        "floor_peak_mb": round(floor_mb),
        "scan_s": round(scan_s, 2),
        "scan_peak_mb": round(scan_mb),
        "events_per_s": round(meta[0] / scan_s),
        "ratio_to_floor": round(scan_s / floor_s, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path)
    parser.add_argument("--tile", type=int, default=0, help="also measure N tiled copies")
    parser.add_argument(
        "--repeat", type=int, default=0, help="also measure N copies in time, same accounts"
    )
    parser.add_argument("--work", type=Path, default=Path("/tmp/distillwatch-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = {
        "world": measure(args.world / "events.parquet", args.world / "accounts.parquet", args.work)
    }
    print(json.dumps(results["world"]), flush=True)
    if args.tile > 1:
        t = time.perf_counter()
        ev, acc = tile(args.world, args.tile, args.work / f"tiled{args.tile}")
        print(f"tiled x{args.tile} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        results[f"tiled_x{args.tile}"] = measure(ev, acc, args.work)
        print(json.dumps(results[f"tiled_x{args.tile}"]), flush=True)
    if args.repeat > 1:
        t = time.perf_counter()
        ev, acc = repeat(args.world, args.repeat, args.work / f"repeat{args.repeat}")
        print(f"repeated x{args.repeat} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        results[f"repeat_x{args.repeat}"] = measure(ev, acc, args.work)
        print(json.dumps(results[f"repeat_x{args.repeat}"]), flush=True)


if __name__ == "__main__":
    main()
