"""Recall on real generator prompts and false positives on real organic prompts stay in
loose bounds. Uses the benchmark's own loaders (one implementation of the data plumbing)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import polars as pl
import pytest

from distillwatch.features.content.classifier import MODEL_SWITCH

BENCH = Path(__file__).resolve().parents[3] / "benchmarks" / "content_rules.py"
RULES = ("sig_cot", "sig_grading", "sig_policy_rewrite", "sig_tooling")


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("content_rules_bench", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


def test_recall_on_generator_requests(bench: ModuleType, shared_data: Path) -> None:
    cases = bench.tooling_cases(shared_data, per_template=8)
    pos = bench.score_positives(cases)
    tool = pos.filter(pl.col("rule") == "sig_tooling").with_columns(
        pl.col("source").str.extract(r"^([a-z_]+)").alias("kind")
    )
    by_kind = {
        k: (h / n, kh / n)
        for k, n, h, kh in tool.group_by("kind")
        .agg(pl.col("n").sum(), pl.col("hits").sum(), pl.col("kind_hits").sum())
        .iter_rows()
    }
    for kind in ("self_instruct", "alpaca", "evol_instruct", "magpie"):
        assert by_kind[kind][1] >= 0.95, (kind, by_kind[kind])
    assert by_kind["orca"][0] >= 0.7, by_kind["orca"]
    assert by_kind["airoboros"][0] >= 0.6, by_kind["airoboros"]
    grading = pos.filter(pl.col("rule") == "sig_grading")
    assert grading.get_column("hits").sum() / grading.get_column("n").sum() >= 0.95


def test_false_positives_on_organic_prompts(
    bench: ModuleType, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sets = bench.organic_sets(shared_data)
    sets["sharegpt"] = bench.sharegpt_turns(3000)
    neg = bench.score_negatives(sets)
    total = neg.select(pl.col("n").sum(), *[pl.col(r).sum() for r in RULES]).row(0, named=True)
    assert total["n"] > 10_000
    for rule in RULES:
        assert total[rule] / total["n"] <= 0.003, (rule, total)
    # Benign prompts written by people, not templates pasted from a prompt library. The
    # content model trained on these as negatives, so its bound is a regression guard;
    # it still fires on some (an eval harness's "explain your reasoning step-by-step").
    people = ~pl.col("set").str.starts_with("awesome")
    hits = neg.filter(people).select(pl.col("n").sum(), pl.sum_horizontal(RULES).sum().alias("h"))
    assert hits.item(0, "h") <= 0.003 * hits.item(0, "n")
    monkeypatch.setenv(MODEL_SWITCH, "0")
    rules_only = bench.score_negatives(sets).filter(people)
    assert rules_only.select(pl.sum_horizontal(RULES).sum()).item() <= 5


def test_gates_never_hide_a_match_on_real_prompts(bench: ModuleType, shared_data: Path) -> None:
    sets = bench.organic_sets(shared_data)
    cases = bench.tooling_cases(shared_data, per_template=4)
    texts = [p for v in sets.values() for p in v] + [c.prompt for c in cases]
    texts += [c.system for c in cases if c.system]
    assert set(bench.gate_misses(texts).values()) == {0}
