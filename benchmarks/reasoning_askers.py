"""False positives when benign customers habitually ask for written-out reasoning.

A hard negative the simulator's benign kinds do not produce: students, analysts and
tutoring users who wrap their own questions in "write out your full reasoning, every
intermediate step" phrasings, which the chain-of-thought rule matches as it matches a
distiller's. For one simulated world this scans the world as it is and with a share of its
benign accounts (at least 20 exchanges) rewritten so, and prints one JSON line per run:
precision, recall, false positives, and how many of the rewritten accounts were flagged.
Every detection change should leave the last number where it was.

    .venv/bin/python benchmarks/reasoning_askers.py WORLD [--accounts 0.2] [--share 0.25]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import numpy as np
import orjson
import polars as pl

from missing_fields import VARIANTS, run

#: Phrasings the CoT rule matches, around the account's own question ({}).
WRAPPERS = (
    "Before answering, write out your full reasoning step by step, including every "
    "intermediate step.\n\n{}",
    "{}\n\nExplain your reasoning in full.",
    "{}\n\nShow all of your working in detail, one step per line.",
    "Walk me through it without skipping any steps: {}",
)


def rewrite(world: Path, out: Path, accounts: float, share: float, seed: int) -> pl.Series:
    """Copy ``world`` to ``out`` with ``share`` of the prompts of ``accounts`` of its benign
    accounts (20+ exchanges) wrapped in CoT phrasings; returns the rewritten accounts."""
    out.mkdir(parents=True)
    for name in ("accounts.parquet", "truth.csv"):
        shutil.copy(world / name, out / name)
    events = pl.read_parquet(world / "events.parquet")
    truth = pl.read_csv(world / "truth.csv", infer_schema=False)
    benign = truth.filter(pl.col("campaign").fill_null("") == "")["account_id"]
    busy = events.group_by("account_id").len().filter(pl.col("len") >= 20)["account_id"]
    chosen = busy.filter(busy.is_in(benign.implode())).sort().sample(fraction=accounts, seed=seed)
    rng = np.random.default_rng(seed)
    hit = (
        events["account_id"].is_in(chosen.implode()).to_numpy()
        & events["prompt"].is_not_null().to_numpy()
        & (rng.random(events.height) < share)
    )
    which = rng.integers(0, len(WRAPPERS), events.height)
    prompts = events["prompt"].to_list()
    for i in np.flatnonzero(hit):
        prompts[i] = WRAPPERS[which[i]].format(prompts[i])
    events.with_columns(pl.Series("prompt", prompts, dtype=pl.String)).write_parquet(
        out / "events.parquet"
    )
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path)
    parser.add_argument("--accounts", type=float, default=0.2, help="share of busy benign accounts")
    parser.add_argument("--share", type=float, default=0.25, help="share of their prompts wrapped")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dw-askers-") as tmp:
        work = Path(tmp)
        asked = rewrite(args.world, work / "world", args.accounts, args.share, args.seed)
        for name, world in (("as-is", args.world), ("reasoning-askers", work / "world")):
            result = run(world, name, VARIANTS["full"], work)
            found = pl.read_csv(work / name / "scan" / "accounts.csv", infer_schema=False)
            flagged = found.filter(pl.col("flagged").str.to_lowercase() == "true")["account_id"]
            result["world"] = args.world.name
            result["rewritten_accounts"] = asked.len()
            result["rewritten_flagged"] = int(asked.is_in(flagged.implode()).sum())
            print(orjson.dumps(result).decode(), flush=True)


if __name__ == "__main__":
    main()
