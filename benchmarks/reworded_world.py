"""Rewrite a world's harvesting prompts in wording the detector has never seen.

Every campaign event whose prompt a rule flags (cot, grading, policy rewrite, tooling)
gets a random prompt of the same label from a held-out phrase set, followed by a random
ShareGPT user turn as its payload; benign traffic is untouched. Scanning the result with
and without the content model (``DISTILLWATCH_CONTENT_MODEL=0``) measures what each
reaches of an operator whose wording is new:

    .venv/bin/python benchmarks/reworded_world.py WORLD OUT \\
        --phrases benchmarks/heldout_phrases/unseen/set6.jsonl
    .venv/bin/distillwatch scan OUT/events.parquet --accounts OUT/accounts.parquet --out OUT/scan
    .venv/bin/distillwatch eval --truth OUT/truth.csv --scan OUT/scan

Random rewording also gives every account of a campaign the same pool of prompts, which
looks like a community template: a campaign found through its template family (the
``standard`` ghost grader) is lost whatever the content signals do.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
from pathlib import Path

import polars as pl

from distillwatch.features.content.classifier import MODEL_SWITCH
from distillwatch.simulate.corpus import sharegpt_turns

#: Phrase-set label of each rule signal, in the order a prompt is assigned one.
LABELS = (
    ("sig_tooling", "instruction_gen"),
    ("sig_policy_rewrite", "policy_rewrite"),
    ("sig_grading", "grading"),
    ("sig_cot", "cot"),
)


def reword(world: Path, out: Path, phrases: Path, seed: int = 6) -> tuple[int, int]:
    """Write the reworded world to ``out``; returns (rewritten events, campaign events)."""
    os.environ[MODEL_SWITCH] = "0"  # which events to reword is decided by the rules alone
    from distillwatch.features.content import annotate

    events = pl.read_parquet(world / "events.parquet")
    truth = pl.read_csv(world / "truth.csv", infer_schema=False)
    campaign = truth.filter(pl.col("campaign").fill_null("") != "").get_column("account_id")
    flags = annotate(events.select("event_id", "account_id", "prompt", "system"))
    label = pl.lit(None, dtype=pl.String)
    for sig, name in reversed(LABELS):
        label = pl.when(pl.col(sig)).then(pl.lit(name)).otherwise(label)
    labels = flags.select(label.alias("l")).get_column("l").to_list()
    rows = [json.loads(line) for line in phrases.read_text(encoding="utf-8").splitlines() if line]
    pool = {name: [r["prompt"] for r in rows if r["label"] == name] for _, name in LABELS}
    turns = sharegpt_turns().get_column("prompt")
    payloads = turns.filter(turns.str.len_chars().is_between(20, 400)).to_list()
    rng = random.Random(seed)
    in_campaign = events.get_column("account_id").is_in(campaign.implode()).to_list()
    prompts = events.get_column("prompt").to_list()
    changed = 0
    for i, (camp, lab) in enumerate(zip(in_campaign, labels, strict=True)):
        if camp and lab is not None:
            prompts[i] = f"{rng.choice(pool[lab])}\n\n{rng.choice(payloads)}"
            changed += 1
    out.mkdir(parents=True, exist_ok=True)
    events.with_columns(pl.Series("prompt", prompts, dtype=pl.String)).write_parquet(
        out / "events.parquet"
    )
    for name in ("accounts.parquet", "truth.csv", "world.json"):
        if (world / name).exists():
            shutil.copy(world / name, out / name)
    return changed, sum(in_campaign)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--phrases", type=Path, required=True, help="held-out phrase set")
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    changed, total = reword(args.world, args.out, args.phrases, args.seed)
    print(json.dumps({"world": args.world.name, "reworded": changed, "campaign_events": total}))


if __name__ == "__main__":
    main()
