"""How much detection quality survives when logs carry no prompt text (content capture off).

For each scenario: simulate a world, scan the contract events with content (``full``), then
export the same world as OTel GenAI traces with content capture off (no
``gen_ai.input.messages``, no system instructions, no output messages), read them back with
``--metadata-only`` and scan again (``metadata-only``). Prints the eval metrics side by side.

    .venv/bin/python benchmarks/metadata_only.py                 # demo and standard, seed 1
    .venv/bin/python benchmarks/metadata_only.py --scenario demo --seed 3

Numbers on a shared, loaded machine: treat wall times as rough.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson
import polars as pl

from distillwatch.eval import evaluate
from distillwatch.ingest.adapters import AdapterOptions, adapter_session
from distillwatch.ingest.adapters.export import write_otel
from distillwatch.pipeline.scan import scan
from distillwatch.simulate import simulate

METRICS = (
    ("precision", "accounts", "precision"),
    ("recall", "accounts", "recall"),
    ("benign FPR", "accounts", "benign_fpr"),
    ("false positives", "accounts", "false_positives"),
    ("ROC-AUC", "accounts", "roc_auc"),
    ("recall@0.1%FPR", "accounts", "recall_at_0.1pct_fpr"),
    ("campaigns found", None, "campaigns_found"),
    ("mean campaign recall", None, "mean_campaign_recall"),
    ("mean purity", None, "mean_purity"),
)


def _evaluate(world: Path, scan_dir: Path) -> dict[str, Any]:
    truth = pl.read_csv(world / "truth.csv", infer_schema=False)
    accounts = pl.read_csv(scan_dir / "accounts.csv", infer_schema=False)
    campaigns = orjson.loads((scan_dir / "campaigns.json").read_bytes())["campaigns"]
    return evaluate(truth, accounts, campaigns)


def _metric(result: dict[str, Any], group: str | None, key: str) -> Any:
    if key in ("campaigns_found", "mean_campaign_recall"):
        recalls = [c.get("recall") or 0.0 for c in result.get("truth_campaigns", [])]
        if not recalls:
            return None
        if key == "campaigns_found":
            return f"{sum(r > 0 for r in recalls)}/{len(recalls)}"
        return sum(recalls) / len(recalls)
    return (result[group] if group else result).get(key)


def run_scenario(scenario: str, seed: int, work: Path) -> dict[str, dict[str, Any]]:
    """Scan one world with and without prompt content; return metrics per mode."""
    world = work / f"{scenario}-world"
    simulate(scenario, seed, world, progress=False)
    accounts = [world / "accounts.parquet"]
    results: dict[str, dict[str, Any]] = {}

    began = time.perf_counter()
    scan(
        [world / "events.parquet"], work / f"{scenario}-full", accounts_paths=accounts, report=False
    )
    results["full"] = _evaluate(world, work / f"{scenario}-full") | {
        "wall_s": time.perf_counter() - began
    }

    traces = work / f"{scenario}-traces.jsonl"
    write_otel(pl.read_parquet(world / "events.parquet"), traces, content=False)
    began = time.perf_counter()
    with adapter_session(AdapterOptions(metadata_only=True)) as session:
        summary = scan(
            [traces],
            work / f"{scenario}-meta",
            accounts_paths=accounts,
            metadata_only=True,
            report=False,
        )
    results["metadata-only"] = _evaluate(world, work / f"{scenario}-meta") | {
        "wall_s": time.perf_counter() - began,
        "rows_without_prompt": session.counts.rows_without_prompt,
        "rows_accepted": summary["rows_accepted"],
    }
    return results


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return f"{value:.4f}" if isinstance(value, float) else f"{value:,}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", action="append", help="demo, standard (repeatable)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    scenarios = args.scenario or ["demo", "standard"]
    with tempfile.TemporaryDirectory(prefix="dw-metadata-only-") as tmp:
        for scenario in scenarios:
            results = run_scenario(scenario, args.seed, Path(tmp))
            print(f"\n{scenario} (seed {args.seed})")
            print(f"{'metric':<18}{'full':>14}{'metadata-only':>16}")
            for label, group, key in METRICS:
                row = [_fmt(_metric(results[m], group, key)) for m in ("full", "metadata-only")]
                print(f"{label:<18}{row[0]:>14}{row[1]:>16}")
            print(
                f"{'wall s':<18}{results['full']['wall_s']:>14.1f}{results['metadata-only']['wall_s']:>16.1f}"
            )
            meta = results["metadata-only"]
            print(
                f"metadata-only read {meta['rows_accepted']:,} exchanges, "
                f"{meta['rows_without_prompt']:,} without prompt text"
            )


if __name__ == "__main__":
    main()
