"""Both engines on one world: wall time, peak memory, and whether their results agree.

Usage:
    python benchmarks/spark.py WORLD_DIR [--tile N] [--master local[2]] [--work DIR]
        [--engines embedded,spark] [--tiled-only]

WORLD_DIR holds ``events.parquet`` and ``accounts.parquet`` (``distillwatch simulate``).
``--tile N`` also measures N suffixed copies (``benchmarks/scan.py``'s tiling; N=34 on
``standard`` gives about 10M events). Each engine runs in a fresh process; peak memory is
the highest sum of resident memory over that process and all its children (for Spark:
driver Python, the JVM and its Python workers), sampled every 0.2 s. Agreement compares
the flagged accounts and the campaigns (as account sets) of the two engines.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import psutil

REPO = Path(__file__).resolve().parents[1]

RUN = """
import json, sys
from distillwatch.engine import run_scan
engine, ev, acc, out, master = sys.argv[1:6]
extra = {"spark_master": master} if engine == "spark" else {}
s = run_scan(engine, [ev], out, accounts_paths=[acc], report=False, **extra)
print(json.dumps(s))
"""


def tree_rss(proc: psutil.Process) -> int:
    """Resident bytes of ``proc`` and every descendant (gone processes count 0)."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total


def run_engine(engine: str, ev: Path, acc: Path, out: Path, master: str) -> dict[str, object]:
    """One scan in a fresh interpreter: its summary, wall seconds and peak tree RSS (MB)."""
    start = time.perf_counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    log = out.parent / f"{out.name}.stderr.log"
    with log.open("w") as err:
        child = subprocess.Popen(
            [sys.executable, "-c", RUN, engine, str(ev), str(acc), str(out), master],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    proc = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(proc))
        time.sleep(0.2)
    stdout = child.stdout.read() if child.stdout else ""
    if child.returncode:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        raise SystemExit(f"{engine} scan failed with exit code {child.returncode}:\n{tail}")
    summary = json.loads(stdout.strip().splitlines()[-1])
    return {
        "engine": engine,
        "wall_s": round(time.perf_counter() - start, 1),
        "scan_wall_s": summary["wall_seconds"],
        "peak_mb": round(peak / 2**20),
        "events": summary["rows_accepted"],
        "accounts": summary["accounts"],
        "campaigns": summary["campaigns"],
        "flagged": summary["flagged_accounts"],
        **({"spark": summary["spark"]} if "spark" in summary else {}),
    }


def agreement(a: Path, b: Path) -> dict[str, object]:
    """Do two scan folders flag the same accounts and group them into the same campaigns?"""
    fa, fb = (
        set(pl.read_csv(d / "accounts.csv").filter(pl.col("flagged"))["account_id"]) for d in (a, b)
    )
    ca, cb = (
        {
            frozenset(c["accounts"])
            for c in json.loads((d / "campaigns.json").read_text())["campaigns"]
        }
        for d in (a, b)
    )
    return {
        "same_flagged": fa == fb,
        "flagged_only_in_first": len(fa - fb),
        "flagged_only_in_second": len(fb - fa),
        "same_campaigns": ca == cb,
    }


def _tile():
    """``tile`` of benchmarks/scan.py (one tiling for all benchmarks)."""
    spec = importlib.util.spec_from_file_location("bench_scan", REPO / "benchmarks" / "scan.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.tile


def measure(ev: Path, acc: Path, work: Path, engines: list[str], master: str, label: str) -> None:
    """Run every engine on one world and print one JSON line each, then their agreement."""
    outs = {}
    for engine in engines:
        outs[engine] = work / f"{label}-{engine}"
        row = run_engine(engine, ev, acc, outs[engine], master)
        print(json.dumps({"world": label, **row}), flush=True)
    if len(outs) == 2:
        print(json.dumps({"world": label, **agreement(*outs.values())}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path)
    parser.add_argument("--tile", type=int, default=0, help="also measure N tiled copies")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--engines", default="embedded,spark")
    parser.add_argument("--tiled-only", action="store_true", help="skip the untiled world")
    parser.add_argument("--work", type=Path, default=Path("/tmp/distillwatch-bench-spark"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    engines = args.engines.split(",")
    ev, acc = args.world / "events.parquet", args.world / "accounts.parquet"
    if not args.tiled_only:
        measure(ev, acc, args.work, engines, args.master, args.world.name)
    if args.tile > 1:
        ev, acc = _tile()(args.world, args.tile, args.work / f"tiled{args.tile}")
        measure(ev, acc, args.work, engines, args.master, f"{args.world.name}x{args.tile}")


if __name__ == "__main__":
    main()
