"""Eval metrics on hand-checked cases and properties over random labelings."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillwatch.eval import evaluate


def _truth(rows: list[tuple[str, str, str]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=["account_id", "campaign", "kind"], orient="row")


def _scan(rows: list[tuple[str, float, bool, str]]) -> pl.DataFrame:
    return pl.DataFrame(
        rows, schema=["account_id", "score", "flagged", "campaign_id"], orient="row"
    )


def test_hand_checked_case() -> None:
    truth = _truth(
        [("a1", "X", "hydra"), ("a2", "X", "hydra"), ("a3", "X", "hydra"), ("a4", "X", "hydra"),
         ("b1", "", "organic"), ("b2", "", "organic"), ("b3", "", "eval_lab"), ("b4", "", "eval_lab")]
    )  # fmt: skip
    scan = _scan(
        [("a1", 0.9, True, "C1"), ("a2", 0.8, True, "C1"), ("a3", 0.7, True, "C1"), ("a4", 0.2, False, ""),
         ("b1", 0.1, False, ""), ("b2", 0.05, False, ""), ("b3", 0.75, True, "C1"), ("b4", 0.3, False, "")]
    )  # fmt: skip
    res = evaluate(truth, scan, [{"campaign_id": "C1", "accounts": ["a1", "a2", "a3", "b3"]}])
    acc = res["accounts"]
    assert acc["precision"] == 0.75 and acc["recall"] == 0.75
    assert acc["benign_fpr"] == 0.25
    kinds = {k["kind"]: k["fpr"] for k in res["benign_kinds"]}
    assert kinds == {"eval_lab": 0.5, "organic": 0.0}
    (camp,) = res["truth_campaigns"]
    assert camp["jaccard"] == 3 / 5 and camp["recall"] == 0.75
    assert res["detected_campaigns"][0]["purity"] == 0.75
    # discordant pairs: b3 (0.75) above a3 and a4, b4 (0.3) above a4: AUC = 1 - 3/16
    assert abs(acc["roc_auc"] - (1 - 3 / 16)) < 1e-9


def test_accounts_missing_from_scan_count_as_unflagged() -> None:
    truth = _truth([("a1", "X", "hydra"), ("b1", "", "organic")])
    res = evaluate(truth, _scan([("b1", 0.0, False, "")]), [])
    assert res["accounts"]["recall"] == 0.0 and res["accounts"]["false_positives"] == 0


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.floats(0, 1)), min_size=2, max_size=40))
def test_perfect_flags_give_perfect_scores(rows: list[tuple[bool, float]]) -> None:
    truth = _truth([(f"a{i}", "X" if p else "", "k") for i, (p, _) in enumerate(rows)])
    scan = _scan(
        [(f"a{i}", 1.0 if p else s * 0.5, p, "C" if p else "") for i, (p, s) in enumerate(rows)]
    )
    members = [f"a{i}" for i, (p, _) in enumerate(rows) if p]
    res = evaluate(truth, scan, [{"campaign_id": "C", "accounts": members}] if members else [])
    acc = res["accounts"]
    assert acc["precision"] == 1.0 and acc["recall"] == 1.0 and acc["benign_fpr"] == 0.0
    if 0 < len(members) < len(rows):
        # sklearn sums trapezoids in floating point: perfect separation may give 1 - 1e-16.
        assert acc["roc_auc"] == pytest.approx(1.0) and acc["recall_at_0.1pct_fpr"] == 1.0
        assert res["truth_campaigns"][0]["jaccard"] == 1.0
