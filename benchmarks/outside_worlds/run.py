"""Detection on worlds built outside the project: generate, scan, score, one JSON line each.

Two helpers that never saw this repository wrote these generators from
``../shared/CONTRACT.md``, ``../shared/THREAT_BRIEF.md`` and ``../shared/data`` alone
(README.md here): ``provider_a`` (a mid-size provider, JSON Lines with malformed rows) and
``gateway_b`` (a reselling gateway, Parquet with logging gaps). Their campaigns, hard
negatives and wording are theirs, so these worlds test what our own simulator cannot.

    .venv/bin/python benchmarks/outside_worlds/run.py OUT [--a 1,2,3] [--b 7,8,9]

A world already generated under ``OUT`` is reused; each scan goes to ``OUT/<world>/scan``.
Besides the headline figures each line lists the benign kinds with a false positive and
whether the ingest counts match the generator's ``expected_ingest.json``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson

from distillwatch.eval import evaluate, headline, read_scan
from distillwatch.pipeline.scan import scan

HERE = Path(__file__).resolve().parent
#: Our summary.json row counts and the names each generator gave them in expected_ingest.json.
INGEST_NAMES = (
    ("rows_read", "rows_read"),
    ("rows_accepted", "rows_accepted"),
    ("rows_duplicate", "rows_duplicate"),
    ("rows_quarantined", "rows_quarantined"),
    ("rows_read", "rows_total"),
    ("rows_accepted", "rows_expected_accepted"),
    ("rows_quarantined", "rows_null_required"),
)


def generate(kind: str, seed: int, world: Path) -> None:
    """Run one outside generator (in its own process: it is their code, not ours)."""
    if kind == "a":
        cmd = [sys.executable, str(HERE / "provider_a" / "gen.py"), str(seed), str(world)]
    else:
        cmd = [
            sys.executable,
            str(HERE / "gateway_b" / "make_world.py"),
            "--seed",
            str(seed),
            "--out",
            str(world),
        ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def inputs(kind: str, world: Path) -> tuple[Path, Path]:
    """(events, accounts) file of a generated world."""
    if kind == "a":
        return world / "events.jsonl.gz", world / "accounts.csv"
    return world / "events.parquet", world / "accounts.parquet"


def run(kind: str, seed: int, out: Path) -> dict[str, Any]:
    """Generate (if needed), scan and score one world."""
    world = out / f"{kind}{seed}"
    if not (world / "truth.csv").exists():
        generate(kind, seed, world)
    events, accounts = inputs(kind, world)
    summary = scan([events], world / "scan", accounts_paths=[accounts], report=False)
    result = evaluate(*read_scan(world / "truth.csv", world / "scan"))
    expected = orjson.loads((world / "expected_ingest.json").read_bytes())
    return {
        "world": world.name,
        "accounts": result["accounts"]["accounts"],
        **headline(result),
        "benign_kinds_flagged": {
            k["kind"]: k["flagged"] for k in result["benign_kinds"] if k["flagged"]
        },
        "ingest_as_expected": all(
            summary[ours] == expected[theirs] for ours, theirs in INGEST_NAMES if theirs in expected
        ),
    }


def seeds(text: str) -> list[int]:
    return [int(s) for s in text.split(",") if s.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--a", type=seeds, default=[1, 2, 3], help="provider_a seeds")
    parser.add_argument("--b", type=seeds, default=[7, 8, 9], help="gateway_b seeds")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for kind, chosen in (("a", args.a), ("b", args.b)):
        for seed in chosen:
            print(orjson.dumps(run(kind, seed, args.out)).decode(), flush=True)


if __name__ == "__main__":
    main()
