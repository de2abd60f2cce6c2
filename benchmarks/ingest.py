"""Ingest throughput and peak memory: validating JSONL and Parquet vs Polars merely reading them.

Generates ``--rows`` contract rows once per format (streamed to disk in chunks, so 20M rows
never sit in memory), then runs each case in a fresh subprocess that reports its own wall
time and peak RSS (``ru_maxrss``):

* ``floor``: Polars reads the file (``pl.read_parquet`` / ``pl.read_ndjson``) and nothing else,
* ``validate``: ``ingest_events(..., write_events=False)`` (what ``distillwatch validate`` does),
* ``ingest``: ``ingest_events`` also writing the deduplicated ``events.parquet`` without
  ``response``, as scan does; then the staged file is read back the way detection reads it
  (content columns in 250k-row batches, then the metadata columns), reported as ``readback``.

Usage: ``python benchmarks/ingest.py --rows 2000000 [--formats parquet,jsonl] [--dir DIR]``;
``--file PATH`` times an existing events file (e.g. a tiled world) instead of generated rows.
For the memory-flatness check run ``--rows 20000000 --cases validate,ingest`` as well (the
floor holds the whole file in memory, ~8 GB at 20M rows). Wall times are noisy on a shared
machine; the CPU-seconds ratio to the floor is the steadier figure.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pyarrow.parquet as pq

CHUNK = 200_000
WORDS = [  # noqa: RUF100
    *[
        "explain",
        "step",
        "by",
        "step",
        "why",
        "the",
        "following",
        "proof",
        "is",
        "correct",
        "and",
        "grade",
        "the",
        "answer",
    ],
    *[
        "write",
        "a",
        "python",
        "function",
        "that",
        "parses",
        "json",
        "returns",
        "a",
        "list",
        "of",
        "tool",
        "calls",
    ],
    *[
        "summarise",
        "this",
        "article",
        "about",
        "climate",
        "policy",
        "in",
        "three",
        "bullet",
        "points",
    ],
]


def _chunk(start: int, n: int, rng: np.random.Generator) -> pl.DataFrame:
    """``n`` contract rows (ids from ``start``); ~0.5% repeat an earlier id, ~0.1% are invalid."""
    ids = np.arange(start, start + n)
    dup = rng.random(n) < 0.005
    ids[dup] = np.maximum(ids[dup] - rng.integers(1, 1000, dup.sum()), 0)
    accounts = rng.integers(0, 20_000, n)
    words = np.array(WORDS)[rng.integers(0, len(WORDS), (n, 12))]
    prompts = pl.Series([" ".join(w) for w in words.tolist()])
    ms = 1_714_557_600_000 + np.sort(rng.integers(0, 30 * 86_400_000, n))
    ts = pl.Series(ms).cast(pl.Datetime("ms")).dt.strftime("%Y-%m-%dT%H:%M:%S%.3fZ")
    turn = rng.integers(0, 5, n)
    turn[rng.random(n) < 0.001] = -1  # invalid rows
    return pl.DataFrame(
        {
            "event_id": pl.Series(ids).cast(pl.String).str.pad_start(12, "0"),
            "timestamp": ts,
            "account_id": pl.Series(accounts).cast(pl.String),
            "org_id": pl.Series(accounts // 10).cast(pl.String),
            "api_key_id": pl.Series(accounts * 3 + rng.integers(0, 3, n)).cast(pl.String),
            "model": pl.Series(np.array(["m-large", "m-small", "m-reason"])[rng.integers(0, 3, n)]),
            "ip": pl.Series([f"10.{a % 250}.{a // 250 % 250}.{a % 7}" for a in accounts.tolist()]),
            "user_agent": pl.Series(
                np.array(["python-httpx/0.27", "curl/8", "openai-python/1.40"])[
                    rng.integers(0, 3, n)
                ]
            ),
            "prompt": prompts + " #" + pl.Series(ids).cast(pl.String),
            "turn": turn,
            "conversation_id": pl.Series(accounts * 1000 + ids % 97).cast(pl.String),
            "input_tokens": rng.integers(10, 4000, n),
            "output_tokens": rng.integers(10, 4000, n),
            "max_tokens": rng.integers(256, 8192, n),
            "temperature": rng.random(n).round(2),
            "n": np.ones(n, dtype=np.int64),
            "tools": rng.integers(0, 4, n),
            "response_format": pl.Series(np.array(["text", "json_object"])[rng.integers(0, 2, n)]),
            "finish_reason": pl.Series(np.array(["stop", "length"])[rng.integers(0, 2, n)]),
            "status": np.full(n, 200),
        }
    )


def generate(path: Path, rows: int, fmt: str) -> None:
    """Write ``rows`` contract rows to ``path`` chunk by chunk (bounded memory)."""
    rng = np.random.default_rng(7)
    tmp = path.with_suffix(path.suffix + ".part")
    writer = None
    with tmp.open("wb") as handle:
        for start in range(0, rows, CHUNK):
            frame = _chunk(start, min(CHUNK, rows - start), rng)
            if fmt == "jsonl":
                frame.write_ndjson(handle)
            else:
                table = frame.to_arrow(compat_level=pl.CompatLevel.oldest())
                writer = writer or pq.ParquetWriter(handle, table.schema, compression="zstd")
                writer.write_table(table, row_group_size=100_000)
        if writer is not None:
            writer.close()
    tmp.rename(path)


#: Columns the content annotation reads in batches; the other staged columns are "metadata".
CONTENT_COLUMNS = ("event_id", "account_id", "prompt", "system")
READ_BATCH_ROWS = 250_000


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def readback(staged: Path) -> dict[str, float]:
    """Wall and CPU seconds to read the staged file as detection does (content, then metadata)."""
    started, cpu = time.perf_counter(), _cpu()
    batches = (
        pl.scan_parquet(staged).select(CONTENT_COLUMNS).collect_batches(chunk_size=READ_BATCH_ROWS)
    )
    for _ in batches:
        pass
    content = (time.perf_counter() - started, _cpu() - cpu)
    names = pl.scan_parquet(staged).collect_schema().names()
    started, cpu = time.perf_counter(), _cpu()
    pl.scan_parquet(staged).select(c for c in names if c not in CONTENT_COLUMNS).collect()
    return {
        "content_seconds": content[0],
        "content_cpu_seconds": content[1],
        "meta_seconds": time.perf_counter() - started,
        "meta_cpu_seconds": _cpu() - cpu,
        "staged_mb": staged.stat().st_size / 2**20,
    }


def run_case(case: str, fmt: str, path: Path, out: Path) -> dict[str, Any]:
    """Child side: run one case and return its figures."""
    from distillwatch.ingest import ingest_events  # imported before the clock starts

    started = time.perf_counter()
    cpu_started = _cpu()
    staged = None
    if case == "floor":
        frame = pl.read_parquet(path) if fmt == "parquet" else pl.read_ndjson(path)
        rows = frame.height
    else:
        write = case == "ingest"
        result = ingest_events(
            path, out, progress=False, write_events=write, unstaged=("response",)
        )
        rows = result.rows_read
        assert result.rows_accepted + result.rows_duplicate + result.rows_quarantined == rows
        staged = result.events_path if write else None
    seconds = time.perf_counter() - started
    figures: dict[str, Any] = {
        "rows": rows,
        "seconds": seconds,
        "cpu_seconds": _cpu() - cpu_started,
        "rows_per_s": rows / seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if staged is not None:
        figures["readback"] = readback(staged)
        staged.unlink()  # a 10M-row staging file is several GB
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--formats", default="parquet,jsonl")
    parser.add_argument("--cases", default="floor,validate,ingest")
    parser.add_argument("--file", type=Path, help="time this events file instead of generating")
    parser.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "distillwatch-bench"
    )
    parser.add_argument("--child", nargs=3, metavar=("CASE", "FMT", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        case, fmt, path = args.child
        print(json.dumps(run_case(case, fmt, Path(path), args.dir / f"out-{case}-{fmt}")))
        return
    args.dir.mkdir(parents=True, exist_ok=True)
    source = f"file={args.file}" if args.file else f"rows={args.rows:,}"
    print(f"{source}  (each case in its own process; peak = max RSS of that process)")
    print(
        f"{'format':8} {'case':9} {'wall s':>8} {'rows/s':>12} {'cpu s':>7} {'peak MB':>8} "
        f"{'x floor wall':>13} {'x floor cpu':>12}"
    )
    inputs = (
        [(args.file, "parquet" if args.file.suffix in (".parquet", ".pq") else "jsonl")]
        if args.file
        else [(args.dir / f"events-{args.rows}.{fmt}", fmt) for fmt in args.formats.split(",")]
    )
    for path, fmt in inputs:
        if not path.exists():
            t0 = time.perf_counter()
            generate(path, args.rows, fmt)
            print(
                f"  generated {path} ({path.stat().st_size / 2**20:,.0f} MB) in {time.perf_counter() - t0:.0f}s"
            )
        floor: dict[str, float] | None = None
        for case in args.cases.split(","):
            proc = subprocess.run(
                [sys.executable, __file__, "--dir", str(args.dir), "--child", case, fmt, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(proc.stdout.strip().splitlines()[-1])
            if case == "floor":
                floor = figures
            wall_x = f"{figures['seconds'] / floor['seconds']:.2f}" if floor else "-"
            cpu_x = f"{figures['cpu_seconds'] / floor['cpu_seconds']:.2f}" if floor else "-"
            print(
                f"{fmt:8} {case:9} {figures['seconds']:8.1f} {figures['rows_per_s']:12,.0f} "
                f"{figures['cpu_seconds']:7.1f} {figures['peak_rss_mb']:8.0f} {wall_x:>13} "
                f"{cpu_x:>12}",
                flush=True,
            )
            back = figures.get("readback")
            if back:
                print(
                    f"{'':8} {'readback':9} content {back['content_seconds']:.1f} s wall "
                    f"{back['content_cpu_seconds']:.1f} s cpu; metadata {back['meta_seconds']:.1f} s "
                    f"wall {back['meta_cpu_seconds']:.1f} s cpu; staged {back['staged_mb']:,.0f} MB",
                    flush=True,
                )


if __name__ == "__main__":
    main()
