"""End-to-end scan throughput and peak memory, beside the floor of reading the same Parquet.

Usage:
    python benchmarks/scan.py WORLD_DIR [--tile N] [--work DIR]

WORLD_DIR holds ``events.parquet`` and ``accounts.parquet`` (``distillwatch simulate``).
``--tile N`` writes a larger world of N copies of it (accounts and event ids suffixed per
copy, so the copies are distinct accounts) to measure how time and memory grow: N=34 on
``standard`` gives about 10M events and 170k accounts; each copy's prompts get a line of
their own (``own_prompts``), so prompts repeat as often as in the world, not N times.
``--repeat N`` writes N copies of the events one after another in time (event ids
suffixed, timestamps shifted by the world's span, prompts made distinct the same way) for
the *same* accounts: events grow N-fold, accounts not, which is how to see that memory
follows accounts rather than events.

A simulated world of 10M events needs no copies: ``distillwatch simulate --scenario
seed-scale --days 8 --seed 21 --out /tmp/ss8`` (10.2M events, 170k accounts, about a
minute), then ``python benchmarks/scan.py /tmp/ss8``.

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
from collections.abc import Callable
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


def copies(
    world: Path,
    n: int,
    out: Path,
    events: Callable[[pl.DataFrame, int], pl.DataFrame],
    accounts: Callable[[pl.DataFrame, int], pl.DataFrame],
) -> tuple[Path, Path]:
    """Write ``events(base, i)`` and ``accounts(base, i)`` for copies i < N of a world
    (events streamed per copy); reuse them when already written."""
    out.mkdir(parents=True, exist_ok=True)
    ev, acc = out / "events.parquet", out / "accounts.parquet"
    if ev.exists() and acc.exists():
        return ev, acc
    base = pl.read_parquet(world / "events.parquet")
    parts = out / "parts"
    parts.mkdir(exist_ok=True)
    for i in range(n):
        events(base, i).write_parquet(parts / f"{i:03d}.parquet")
    pl.scan_parquet(parts / "*.parquet").sink_parquet(ev)
    people = pl.read_parquet(world / "accounts.parquet")
    pl.concat([accounts(people, i) for i in range(n)]).unique(maintain_order=True).write_parquet(
        acc
    )
    for f in parts.iterdir():
        f.unlink()
    parts.rmdir()
    return ev, acc


def own_prompts(events: pl.DataFrame, i: int) -> pl.DataFrame:
    """Copy ``i``'s prompts made its own (a line naming the copy added to each): verbatim
    copies would repeat every prompt N times, which real logs do not, and the scan
    annotates each distinct prompt once per run (``PromptMemo``), so they would measure
    mostly the memo. Within a copy, prompts repeat as often as in the world itself."""
    if i == 0:
        return events
    return events.with_columns(pl.col("prompt") + f"\n(copy {i})")


def tile(world: Path, n: int, out: Path) -> tuple[Path, Path]:
    """N copies of the world as distinct accounts (account, org and event ids suffixed,
    prompts made distinct per copy)."""

    def suffixed(frame: pl.DataFrame, i: int, columns: tuple[str, ...]) -> pl.DataFrame:
        return frame.with_columns((pl.col(c) + f"~{i}").alias(c) for c in columns)

    return copies(
        world,
        n,
        out,
        lambda ev, i: own_prompts(suffixed(ev, i, ("event_id", "account_id", "org_id")), i),
        lambda acc, i: suffixed(acc, i, ("account_id",)),
    )


def repeat(world: Path, n: int, out: Path) -> tuple[Path, Path]:
    """N copies of the world's events back to back in time, for the same accounts."""
    lo, hi = (
        pl.scan_parquet(world / "events.parquet")
        .select(pl.col("timestamp").min().alias("lo"), pl.col("timestamp").max())
        .collect()
        .row(0)
    )
    span = hi - lo + timedelta(hours=1)
    return copies(
        world,
        n,
        out,
        lambda ev, i: own_prompts(
            ev.with_columns(
                (pl.col("event_id") + f"~{i}").alias("event_id"), pl.col("timestamp") + span * i
            ),
            i,
        ),
        lambda acc, i: acc,
    )


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
    world = measure(args.world / "events.parquet", args.world / "accounts.parquet", args.work)
    print(json.dumps(world), flush=True)
    for name, n, make in (("tiled", args.tile, tile), ("repeat", args.repeat, repeat)):
        if n > 1:
            t = time.perf_counter()
            # "-own": copies with prompts of their own (see ``own_prompts``).
            ev, acc = make(args.world, n, args.work / f"{name}{n}-own")
            print(f"{name} x{n} written in {time.perf_counter() - t:.0f} s", file=sys.stderr)
            print(json.dumps(measure(ev, acc, args.work)), flush=True)


if __name__ == "__main__":
    main()
