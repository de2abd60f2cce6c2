"""Time to detect: replay a simulated world into a live `distillwatch serve` and measure,
per campaign, the simulated hours and the exchanges served from its first event until half
of its accounts are flagged, plus the benign accounts flagged along the way.

The replay runs as fast as possible with event-time cadence: after every step of event
time it waits until the service has re-scored (no wall-clock sleeping), so the service
re-scores every ``--cadence-minutes`` of event time, as it would live.

    .venv/bin/python benchmarks/time_to_detect.py --scenario demo --seed 1
"""

from __future__ import annotations

import argparse
import json
import math
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import polars as pl

from distillwatch.serve.auth import create_key
from distillwatch.serve.replay import Client, post_accounts, replay
from distillwatch.serve.store import Store
from distillwatch.simulate import simulate

#: Flagged accounts get a non-allow decision, so the decision log dates every flag.
POLICY = """
mode = "shadow"
[[rules]]
name = "campaign-deny"
action = "deny"
flagged = true
in_campaign = true
[[rules]]
name = "flagged-challenge"
action = "challenge"
flagged = true
"""


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_service(db: Path, policy: Path, port: int, cadence_minutes: float) -> subprocess.Popen:
    """`distillwatch serve` on loopback, re-scoring on event time only."""
    cmd = [
        sys.executable, "-m", "distillwatch", "serve", "--db", str(db), "--policy", str(policy),
        "--port", str(port), "--log-level", "warning",
        "--rescore-every-minutes", str(cadence_minutes), "--rescore-every-events", str(10**12),
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    for _ in range(600):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("serve did not start")


def all_decisions(client: Client) -> pl.DataFrame:
    """The whole decision log."""
    rows: list[dict] = []
    after = 0
    while True:
        page = client.request(
            "GET", "/v1/decisions", params={"after_id": after, "limit": 10000}
        ).json()["decisions"]
        if not page:
            break
        rows += page
        after = page[-1]["decision_id"]
    if not rows:
        return pl.DataFrame(
            schema={
                "account_id": pl.String,
                "action": pl.String,
                "event_time": pl.Datetime("us", "UTC"),
            }
        )
    return pl.DataFrame(rows).select(
        "account_id", "action", pl.col("event_time").str.to_datetime(time_zone="UTC")
    )


def measure(world: Path, decisions: pl.DataFrame) -> tuple[list[dict], dict]:
    """Per-campaign time to half flagged, and benign accounts flagged at any point."""
    truth = pl.read_csv(world / "truth.csv", schema_overrides={"campaign": pl.String}).with_columns(
        pl.col("campaign").fill_null("")
    )
    events = pl.read_parquet(world / "events.parquet", columns=["account_id", "timestamp"])
    first_flag = (
        decisions.filter(pl.col("action") != "allow")
        .group_by("account_id")
        .agg(flagged_at=pl.col("event_time").min())
    )
    rows = []
    for (name,), members in (
        truth.filter(pl.col("campaign") != "").partition_by("campaign", as_dict=True).items()
    ):
        accts = members["account_id"]
        ev = events.filter(pl.col("account_id").is_in(accts.implode()))
        start = ev["timestamp"].min()
        flags = first_flag.filter(pl.col("account_id").is_in(accts.implode()))["flagged_at"].sort()
        half = math.ceil(accts.len() / 2)
        row = {
            "campaign": name,
            "kind": members["kind"][0],
            "accounts": accts.len(),
            "exchanges": ev.height,
            "ever_flagged": flags.len(),
            "hours_to_half": None,
            "exchanges_before_half": None,
        }
        if flags.len() >= half:
            at = flags[half - 1]
            row["hours_to_half"] = round((at - start).total_seconds() / 3600, 1)
            row["exchanges_before_half"] = ev.filter(pl.col("timestamp") <= at).height
        rows.append(row)
    benign = truth.filter(pl.col("campaign") == "")
    fps = first_flag.join(benign, on="account_id", how="inner")
    fp = {
        "benign_accounts": benign.height,
        "flagged_at_some_point": fps.height,
        "by_kind": dict(fps.group_by("kind").len().iter_rows()),
    }
    return rows, fp


def batch_reference(world: Path) -> dict[str, str]:
    """Accounts flagged per campaign by one batch ``detect`` over the whole world (the ceiling)."""
    from distillwatch.pipeline import detect

    truth = pl.read_csv(world / "truth.csv", schema_overrides={"campaign": pl.String})
    found = detect(
        pl.scan_parquet(world / "events.parquet"), pl.read_parquet(world / "accounts.parquet")
    )
    per = (
        found.accounts.join(truth, on="account_id")
        .filter(pl.col("campaign").is_not_null())
        .group_by("campaign")
        .agg(pl.col("flagged").sum(), pl.len())
    )
    return {c: f"{f}/{n}" for c, f, n in per.iter_rows()}


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--scenario", default="demo")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--world", type=Path, help="existing world folder (skips simulate)")
    ap.add_argument(
        "--cadence-minutes", type=float, default=60.0, help="event-time re-scoring cadence"
    )
    ap.add_argument(
        "--steps-per-cadence",
        type=int,
        default=4,
        help="replay waits for scoring this often per cadence",
    )
    ap.add_argument("--batch-rows", type=int, default=2000)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so `finally` stops the service
    tmp = Path(tempfile.mkdtemp(prefix="dw_ttd_"))
    world = args.world
    if world is None:
        world = tmp / "world"
        simulate(args.scenario, args.seed, world, progress=False)
    db, policy = tmp / "serve.db", tmp / "policy.toml"
    policy.write_text(POLICY)
    _, key = create_key(Store(db), "admin", "time_to_detect")
    port = free_port()
    proc = start_service(db, policy, port, args.cadence_minutes)
    t0 = time.monotonic()
    try:
        client = Client(f"http://127.0.0.1:{port}", key, timeout=600)
        post_accounts(client, world)
        stats = replay(
            world,
            client,
            speed=0,
            batch_rows=args.batch_rows,
            step_minutes=args.cadence_minutes / args.steps_per_cadence,
            sync=True,
        )
        status = client.wait_idle()
        decisions = all_decisions(client)
        runs = client.request("GET", "/metrics").text
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    wall = time.monotonic() - t0
    rows, fp = measure(world, decisions)
    n_runs = next(
        (
            line.split()[-1]
            for line in runs.splitlines()
            if line.startswith("distillwatch_rescore_runs_total")
        ),
        "?",
    )
    print(f"world {world} ({args.scenario}, seed {args.seed}): {stats.rows} events replayed in {wall:.0f} s wall, "
          f"{n_runs} re-scoring runs every {args.cadence_minutes:g} event-minutes; last run {status['last_run']}")  # fmt: skip
    print()
    reference = batch_reference(world)
    print(
        "| campaign | kind | accounts | exchanges | ever flagged live | flagged by one batch detect "
        "over the whole world | hours to half flagged | exchanges served before |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        hours = "not reached" if r["hours_to_half"] is None else f"{r['hours_to_half']:.1f}"
        served = "" if r["exchanges_before_half"] is None else f"{r['exchanges_before_half']:,}"
        print(
            f"| {r['campaign']} | {r['kind']} | {r['accounts']} | {r['exchanges']:,} | {r['ever_flagged']} | "
            f"{reference.get(r['campaign'], '?')} | {hours} | {served} |"
        )
    print()
    print(
        f"false positives along the way: {fp['flagged_at_some_point']} of {fp['benign_accounts']} benign accounts {fp['by_kind']}"
    )
    if args.json:
        args.json.write_text(
            json.dumps({"campaigns": rows, "false_positives": fp, "wall_seconds": wall}, indent=2)
        )


if __name__ == "__main__":
    main()
