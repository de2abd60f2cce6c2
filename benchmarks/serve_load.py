"""Bounded load on a loopback `distillwatch serve`: sustained ingest rate and /v1/check latency.

One thread posts JSON Lines batches of a simulated world's events (fresh event ids each
round, event time shifted a week per round, so everything is new work and the service
re-scores on its normal cadence meanwhile); another asks /v1/check at a fixed rate.
Reports events/s accepted, client-side check round-trip p50/p99 and the service's own
in-process check time (from /metrics). Loopback only (127.0.0.1).

    .venv/bin/python benchmarks/serve_load.py --seconds 20
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import numpy as np
import polars as pl

from distillwatch.serve.auth import create_key
from distillwatch.serve.replay import to_jsonl
from distillwatch.serve.store import Store
from distillwatch.simulate import simulate

sys.path.insert(0, str(Path(__file__).parent))
from time_to_detect import free_port, start_service

POLICY = """
mode = "enforce"
[[rules]]
name = "flagged-challenge"
action = "challenge"
flagged = true
[models."vega-3"]
allowed_countries = ["US", "GB", "DE", "FR", "JP"]
check_declared_country = false
"""


def bodies(
    world: Path, rounds: int, batch_rows: int
) -> tuple[list[tuple[int, bytes]], list[tuple[str, str, str]]]:
    """Pre-serialised batches (rows, body) and a pool of (account, model, ip) to check."""
    ev = pl.read_parquet(world / "events.parquet").sort("timestamp")
    out = []
    for r in range(rounds):
        shifted = ev.with_columns(
            event_id=pl.col("event_id") + f"-r{r}",
            timestamp=pl.col("timestamp") + pl.duration(days=7 * r),
        )
        for i in range(0, shifted.height, batch_rows):
            part = shifted.slice(i, batch_rows)
            out.append((part.height, to_jsonl(part)))
    pool = ev.select("account_id", "model", pl.col("ip").fill_null("")).unique().rows()
    return out, pool


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--world", type=Path, help="world folder (default: simulate demo seed 1)")
    ap.add_argument("--seconds", type=float, default=20.0, help="bound on the ingest phase")
    ap.add_argument("--rounds", type=int, default=4, help="copies of the world to post at most")
    ap.add_argument("--batch-rows", type=int, default=2000)
    ap.add_argument("--checks-per-second", type=float, default=200.0)
    ap.add_argument("--ingest-clients", type=int, default=2, help="concurrent posting clients")
    ap.add_argument(
        "--cadence-minutes",
        type=float,
        default=60.0,
        help="event-time re-scoring cadence of the service",
    )
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dw_load_"))
    world = args.world
    if world is None:
        world = tmp / "world"
        simulate("demo", 1, world, progress=False)
    batches, pool = bodies(world, args.rounds, args.batch_rows)
    db, policy = tmp / "serve.db", tmp / "policy.toml"
    policy.write_text(POLICY)
    store = Store(db)
    _, ingest_key = create_key(store, "ingest")
    _, read_key = create_key(store, "read")
    store.close()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = start_service(db, policy, port, args.cadence_minutes)
    stop = threading.Event()
    latencies: list[float] = []
    answers: dict[str, int] = {}

    def checker() -> None:
        rng = np.random.default_rng(0)
        gap = 1.0 / args.checks_per_second
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {ingest_key}"}) as http:
            nxt = time.perf_counter()
            while not stop.is_set():
                account, model, ip = pool[int(rng.integers(len(pool)))]
                t = time.perf_counter()
                resp = http.post(
                    "/v1/check", json={"account_id": account, "model": model, "ip": ip or None}
                )
                latencies.append(time.perf_counter() - t)
                action = resp.json()["action"]
                answers[action] = answers.get(action, 0) + 1
                nxt += gap
                time.sleep(max(0.0, nxt - time.perf_counter()))

    try:
        check_thread = threading.Thread(target=checker)
        check_thread.start()
        totals = {"accepted": 0, "rows": 0}
        queue = list(reversed(batches))
        lock = threading.Lock()
        t0 = time.perf_counter()

        def ingester() -> None:
            with httpx.Client(
                base_url=url, headers={"Authorization": f"Bearer {ingest_key}"}, timeout=120
            ) as http:
                while time.perf_counter() - t0 < args.seconds:
                    with lock:
                        if not queue:
                            return
                        n, body = queue.pop()
                    got = http.post("/v1/events", content=body).json()["accepted"]
                    with lock:
                        totals["accepted"] += got
                        totals["rows"] += n

        workers = [threading.Thread(target=ingester) for _ in range(args.ingest_clients)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        accepted, rows = totals["accepted"], totals["rows"]
        ingest_s = time.perf_counter() - t0
        stop.set()
        check_thread.join()
        metrics = httpx.get(f"{url}/metrics", headers={"Authorization": f"Bearer {read_key}"}).text
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    lat = np.array(latencies) * 1000
    server = {
        line.split('"')[1]: float(line.split()[-1]) * 1000
        for line in metrics.splitlines()
        if line.startswith("distillwatch_check_seconds{")
    }
    runs = next(
        line.split()[-1]
        for line in metrics.splitlines()
        if line.startswith("distillwatch_rescore_runs_total")
    )
    print(f"ingest: {accepted:,} of {rows:,} events accepted in {ingest_s:.1f} s = {accepted / ingest_s:,.0f} events/s "
          f"(batches of {args.batch_rows}, {args.ingest_clients} clients, {runs} re-scoring runs meanwhile)")  # fmt: skip
    print(f"/v1/check under that load: {lat.size:,} checks at ~{args.checks_per_second:g}/s, round trip "
          f"p50 {np.percentile(lat, 50):.2f} ms, p99 {np.percentile(lat, 99):.2f} ms, max {lat.max():.1f} ms; answers {answers}")  # fmt: skip
    print(
        f"/v1/check in-process decision time: p50 {server.get('0.5', float('nan')):.3f} ms, p99 {server.get('0.99', float('nan')):.3f} ms"
    )


if __name__ == "__main__":
    main()
