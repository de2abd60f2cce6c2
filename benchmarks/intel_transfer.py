"""Does a partner's STIX bundle help another provider catch the same operator, without new FPs?

Two designs, each scanning provider B's traffic on its first ``--early-days`` days and on
the full window, with no intel, with partner A's bundle and with an unrelated partner U's
bundle, scored against B's truth:

* ``split``: one world whose accounts are split between two providers by a hash of the
  account id: the same operators (same proxies, templates, cards) run hydra accounts at
  both, as the threat brief describes; A scans its half and exports a bundle.
* ``reseed``: B is the same scenario with another seed (same playbooks, but the simulator
  draws fresh infrastructure), A is the scenario with ``--seeds A``.

U is the scenario with campaigns switched to other playbooks and its own seed.

    .venv/bin/python benchmarks/intel_transfer.py --scenario demo --seeds 1 2 --unrelated-seed 3

Prints how many of B's accounts each bundle's IP/UA indicators touch (by truth) and one
table: account recall/precision/FPs and truth campaigns found by the scan with ``--intel``
as the pipeline wires it today, plus ``intel_adds_tp``/``intel_adds_fp``: accounts the scan
left unflagged that ``share.intel_matches`` ties to the bundle (what flagging on a match
would add). Timings are noisy on a shared machine. To compare intel rows fairly, run on a
frozen copy of the package (PYTHONPATH=<copy of src>) when others edit the tree.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import orjson
import polars as pl

from distillwatch.eval import evaluate
from distillwatch.link.keys import infra_keys
from distillwatch.pipeline.scan import scan
from distillwatch.report.load import load_scan
from distillwatch.share import build_bundle, intel_matches, load_intel
from distillwatch.simulate import load_scenario, simulate

#: Playbooks swapped in for the unrelated world's campaigns.
UNRELATED_PLAYBOOKS = ("rubric_grading", "policy_rewrite", "instruction_generation")


def world(scenario: str, seed: int, out: Path, *, unrelated: bool = False) -> Path:
    """Simulate one world; ``unrelated`` swaps every campaign to a different playbook."""
    sc = load_scenario(scenario)
    if unrelated:
        sc = dataclasses.replace(
            sc,
            campaigns=[
                dataclasses.replace(c, playbook=pb, name=f"other-{i}")
                for i, (c, pb) in enumerate(
                    zip(sc.campaigns, UNRELATED_PLAYBOOKS * 3, strict=False)
                )
            ],
        )
    simulate(sc, seed, out, progress=False)
    return out


def bundle_of(world_dir: Path, scan_dir: Path, provider: str) -> Path:
    """Scan a world and export its campaigns as a bundle."""
    scan(
        [world_dir / "events.parquet"],
        scan_dir,
        accounts_paths=[world_dir / "accounts.parquet"],
        report=False,
    )
    bundle, _ = build_bundle(load_scan(scan_dir), provider=provider)
    path = scan_dir / "bundle.json"
    path.write_text(bundle.serialize())
    return path


def split_world(world_dir: Path, out_a: Path, out_b: Path) -> tuple[Path, Path]:
    """Give each account (and its events, account row, truth row) to provider A or B."""
    side = (pl.col("account_id").hash(seed=7) % 2).alias("side")
    for out, k in ((out_a, 0), (out_b, 1)):
        out.mkdir(parents=True, exist_ok=True)
        pl.scan_parquet(world_dir / "events.parquet").filter(side == k).sink_parquet(
            out / "events.parquet"
        )
        pl.read_parquet(world_dir / "accounts.parquet").filter(side == k).write_parquet(
            out / "accounts.parquet"
        )
        pl.read_csv(
            world_dir / "truth.csv", schema_overrides={"campaign": pl.String, "kind": pl.String}
        ).filter(side == k).write_csv(out / "truth.csv")
    return out_a, out_b


def early_events(world_dir: Path, days: float, out: Path) -> Path:
    """The first ``days`` days of a world's events."""
    lf = pl.scan_parquet(world_dir / "events.parquet")
    start = lf.select(pl.col("timestamp").min()).collect().item()
    lf.filter(pl.col("timestamp") < start + timedelta(days=days)).sink_parquet(out)
    return out


def scored(
    events: Path, accounts: Path, truth: pl.DataFrame, out: Path, intel: list[Path]
) -> dict[str, object]:
    """Scan with the given intel and score against truth."""
    began = time.perf_counter()
    scan([events], out, accounts_paths=[accounts], intel_paths=intel, report=False)
    res = load_scan(out)
    assert res.accounts is not None
    m = evaluate(truth, res.accounts, res.campaigns)
    acc = m["accounts"]
    # What the bundle's IP/UA matches (intel_matches) would add on top of the scan's flags.
    extra = {"intel_adds_tp": 0, "intel_adds_fp": 0}
    if intel:
        keys = infra_keys(pl.scan_parquet(events)).select("account_id", "key_kind", "key")
        hit = intel_matches(load_intel(intel), keys).select("account_id").unique()
        unflagged = res.accounts.filter(~pl.col("flagged")).select("account_id")
        new = hit.join(unflagged, on="account_id").join(truth, on="account_id", how="left")
        positive = new["campaign"].fill_null("").ne("")
        extra = {"intel_adds_tp": int(positive.sum()), "intel_adds_fp": int((~positive).sum())}
    per_truth = m.get("truth_campaigns") or []
    found = sum(1 for t in per_truth if (t.get("recall") or 0) > 0)
    return {
        "recall": acc["recall"],
        "precision": acc["precision"],
        "false_positives": acc["false_positives"],
        "benign_fpr": acc["benign_fpr"],
        "campaigns_found": f"{found}/{len(per_truth)}",
        **extra,
        "seconds": time.perf_counter() - began,
    }


def touched(intel_path: Path, events: Path, truth: pl.DataFrame) -> dict[str, int]:
    """Accounts of B whose infrastructure keys a bundle's indicators match, by truth."""
    keys = infra_keys(pl.scan_parquet(events)).select("account_id", "key_kind", "key")
    hits = intel_matches(load_intel([intel_path]), keys)
    labelled = hits.select("account_id").unique().join(truth, on="account_id", how="left")
    positive = labelled["campaign"].fill_null("").ne("")
    return {"campaign": int(positive.sum()), "benign": int((~positive).sum())}


def main() -> None:
    """Run the experiment and print the table."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--scenario", default="demo")
    ap.add_argument("--seeds", type=int, nargs=2, default=(1, 2), metavar=("A", "B"))
    ap.add_argument("--unrelated-seed", type=int, default=3)
    ap.add_argument("--early-days", type=float, default=2.0)
    ap.add_argument("--work", type=Path, default=None, help="Keep intermediate folders here.")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="intel_transfer_"))
    seed_a, seed_b = args.seeds
    wu = world(args.scenario, args.unrelated_seed, work / "world_u", unrelated=True)
    bundle_u = bundle_of(wu, work / "scan_u", "partner U")
    whole = world(args.scenario, seed_a, work / "world_a")
    designs = {
        "split": split_world(whole, work / "split_a", work / "split_b"),
        "reseed": (whole, world(args.scenario, seed_b, work / "world_b")),
    }
    rows = []
    print(
        f"scenario {args.scenario}: seeds A {seed_a}, B {seed_b} (reseed), U {args.unrelated_seed}; work {work}"
    )
    for design, (wa, wb) in designs.items():
        bundle_a = bundle_of(wa, work / f"scan_{design}_a", "partner A")
        truth = pl.read_csv(
            wb / "truth.csv", schema_overrides={"campaign": pl.String, "kind": pl.String}
        )
        early = early_events(wb, args.early_days, work / f"{design}_b_early.parquet")
        for name, path in (("A", bundle_a), ("U", bundle_u)):
            t = touched(path, wb / "events.parquet", truth)
            kinds = load_intel([path]).table().group_by("kind").len().sort("kind").iter_rows()
            print(
                f"{design}: bundle {name} has {', '.join(f'{k} {n}' for k, n in kinds) or 'nothing'}; "
                f"its IP/UA indicators touch {t['campaign']} campaign and {t['benign']} benign accounts of B"
            )
        for window, events in (
            (f"first {args.early_days:g} days", early),
            ("full", wb / "events.parquet"),
        ):
            for label, intel in (
                ("none", []),
                ("A (same operators)", [bundle_a]),
                ("U (unrelated)", [bundle_u]),
            ):
                out = work / "scan_b" / f"{design}_{window.replace(' ', '')}_{label.split()[0]}"
                r = scored(events, wb / "accounts.parquet", truth, out, intel)
                rows.append({"design": design, "window": window, "intel": label, **r})
    table = pl.DataFrame(rows).with_columns(
        pl.col(c).round(3) for c in ("recall", "precision", "benign_fpr", "seconds")
    )
    with pl.Config(tbl_rows=40, tbl_cols=12, tbl_width_chars=180, tbl_hide_dataframe_shape=True):
        print(table)
    (work / "intel_transfer.json").write_bytes(orjson.dumps(rows, option=orjson.OPT_INDENT_2))


if __name__ == "__main__":
    main()
