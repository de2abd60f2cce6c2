"""Detection on worlds built outside the project: generate, scan, score, one JSON line each.

Helpers that never saw this repository wrote these generators from
``../shared/CONTRACT.md``, ``../shared/THREAT_BRIEF.md`` and ``../shared/data`` alone
(README.md here): ``provider_a`` (a mid-size provider, JSON Lines with malformed rows),
``gateway_b`` (a reselling gateway, Parquet with logging gaps), ``provider_c`` (a
frontier provider's enterprise business, CSV), ``gateway_d`` (a multi-tenant gateway,
zstd JSON Lines), ``provider_e`` (a provider with startup-credit and education
programmes, Parquet), ``provider_f`` (an Asia-Pacific provider with no org ids, gzip JSON
Lines), ``gateway_g`` (a cloud-marketplace gateway, Parquet), ``provider_h`` (a European
provider whose accounts table has no card or e-mail, daily CSV files), ``gateway_i`` (a
model router with no accounts table at all, daily zstd JSON Lines), ``provider_j`` (a
large provider with an app and an enterprise channel, Parquet per day) and ``provider_k``
(a mobile-first provider for Latin America, Africa and South Asia, gzip CSV). Their campaigns, hard
negatives and wording are theirs, so these worlds test what our own simulator cannot.

    .venv/bin/python benchmarks/outside_worlds/run.py OUT [--a 1,2,3] [--b 7,8,9] [--c 1,2] [--d 1,2] [--e 1,2]
        [--f 1,2] [--g 1,2] [--h 1,2] [--i 1,2] [--j 1,2] [--k 1,2]

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


#: Each generator: its script, whether it takes the seed and output as ``--seed N --out
#: OUT`` (or positionally), and the events and accounts files (or folders) it writes (None:
#: no accounts table).
GENERATORS: dict[str, tuple[str, bool, str, str | None]] = {
    "a": ("provider_a/gen.py", False, "events.jsonl.gz", "accounts.csv"),
    "b": ("gateway_b/make_world.py", True, "events.parquet", "accounts.parquet"),
    "c": ("provider_c/gen.py", True, "events.csv", "accounts.csv"),
    "d": ("gateway_d/gen.py", True, "events.jsonl.zst", "accounts.parquet"),
    "e": ("provider_e/gen.py", True, "events.parquet", "accounts.parquet"),
    "f": ("provider_f/gen.py", True, "events.jsonl.gz", "accounts.parquet"),
    "g": ("gateway_g/gen.py", True, "events.parquet", "accounts.parquet"),
    "h": ("provider_h/gen.py", True, "events", "accounts.csv"),
    "i": ("gateway_i/gen.py", True, "events", None),
    "j": ("provider_j/gen.py", True, "events", "accounts.csv"),
    "k": ("provider_k/gen.py", True, "events", "accounts.csv"),
}


def generate(kind: str, seed: int, world: Path) -> None:
    """Run one outside generator (in its own process: it is their code, not ours)."""
    script, flags, _, _ = GENERATORS[kind]
    args = ["--seed", str(seed), "--out", str(world)] if flags else [str(seed), str(world)]
    subprocess.run(
        [sys.executable, str(HERE / script), *args], check=True, stdout=subprocess.DEVNULL
    )


def inputs(kind: str, world: Path) -> tuple[Path, list[Path]]:
    """(events, accounts tables) of a generated world."""
    _, _, events, accounts = GENERATORS[kind]
    return world / events, [world / accounts] if accounts else []


def run(kind: str, seed: int, out: Path) -> dict[str, Any]:
    """Generate (if needed), scan and score one world."""
    world = out / f"{kind}{seed}"
    if not (world / "truth.csv").exists():
        generate(kind, seed, world)
    events, accounts = inputs(kind, world)
    summary = scan([events], world / "scan", accounts_paths=accounts, report=False)
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
    parser.add_argument("--c", type=seeds, default=[], help="provider_c seeds")
    parser.add_argument("--d", type=seeds, default=[], help="gateway_d seeds")
    parser.add_argument("--e", type=seeds, default=[], help="provider_e seeds")
    parser.add_argument("--f", type=seeds, default=[], help="provider_f seeds")
    parser.add_argument("--g", type=seeds, default=[], help="gateway_g seeds")
    parser.add_argument("--h", type=seeds, default=[], help="provider_h seeds")
    parser.add_argument("--i", type=seeds, default=[], help="gateway_i seeds")
    parser.add_argument("--j", type=seeds, default=[], help="provider_j seeds")
    parser.add_argument("--k", type=seeds, default=[], help="provider_k seeds")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for kind, chosen in (
        ("a", args.a),
        ("b", args.b),
        ("c", args.c),
        ("d", args.d),
        ("e", args.e),
        ("f", args.f),
        ("g", args.g),
        ("h", args.h),
        ("i", args.i),
        ("j", args.j),
        ("k", args.k),
    ):
        for seed in chosen:
            print(orjson.dumps(run(kind, seed, args.out)).decode(), flush=True)


if __name__ == "__main__":
    main()
