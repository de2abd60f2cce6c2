"""Detection quality of a scan against simulator truth (contract section 4).

Pure functions over the truth table, the scan's accounts table and its campaigns; the CLI
(``distillwatch eval``) only reads files and prints.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl
from sklearn.metrics import roc_auc_score, roc_curve

#: The false-positive rate at which recall is reported (0.1 %).
LOW_FPR = 0.001


def joined(truth: pl.DataFrame, accounts: pl.DataFrame) -> pl.DataFrame:
    """Truth accounts with their scan score/flag/campaign (absent from the scan = score 0)."""
    t = truth.select(
        pl.col("account_id").cast(pl.String),
        pl.col("campaign").cast(pl.String).fill_null("").alias("truth_campaign"),
        pl.col("kind").cast(pl.String).fill_null(""),
    )
    a = accounts.select(
        pl.col("account_id").cast(pl.String),
        pl.col("score").cast(pl.Float64),
        pl.col("flagged").cast(pl.String).str.to_lowercase().eq("true").alias("flagged"),
        pl.col("campaign_id").cast(pl.String).fill_null(""),
    )
    return t.join(a, on="account_id", how="left").with_columns(
        pl.col("score").fill_null(0.0),
        pl.col("flagged").fill_null(False),
        pl.col("campaign_id").fill_null(""),
        (pl.col("truth_campaign") != "").alias("positive"),
    )


def account_metrics(j: pl.DataFrame) -> dict[str, Any]:
    """Precision, recall, benign FPR, ROC-AUC and recall at 0.1 % FPR over accounts."""
    pos, flag = j["positive"], j["flagged"]
    tp = int((pos & flag).sum())
    fp = int((~pos & flag).sum())
    fn = int((pos & ~flag).sum())
    n_neg = int((~pos).sum())
    out: dict[str, Any] = {
        "accounts": j.height,
        "positives": int(pos.sum()),
        "flagged": int(flag.sum()),
        "true_positives": tp,
        "false_positives": fp,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "benign_fpr": fp / n_neg if n_neg else 0.0,
        "roc_auc": None,
        "recall_at_0.1pct_fpr": None,
    }
    y, s = pos.to_numpy().astype(int), j["score"].to_numpy()
    if 0 < y.sum() < len(y):
        out["roc_auc"] = float(roc_auc_score(y, s))
        fpr, tpr, _ = roc_curve(y, s)
        ok = fpr <= LOW_FPR
        out["recall_at_0.1pct_fpr"] = float(np.max(tpr[ok])) if ok.any() else 0.0
    return out


def benign_kinds(j: pl.DataFrame) -> list[dict[str, Any]]:
    """Benign FPR per benign kind (where hard negatives cost false positives)."""
    return (
        j.filter(~pl.col("positive"))
        .group_by("kind")
        .agg(pl.len().alias("accounts"), pl.col("flagged").sum().alias("flagged"))
        .with_columns((pl.col("flagged") / pl.col("accounts")).alias("fpr"))
        .sort("fpr", "kind", descending=[True, False])
        .to_dicts()
    )


def campaign_metrics(j: pl.DataFrame, campaigns: list[dict[str, Any]]) -> dict[str, Any]:
    """Per truth campaign: recall and best-match Jaccard; per detected campaign: purity."""
    detected = {c["campaign_id"]: set(c["accounts"]) for c in campaigns}
    truth_sets = {
        name: set(g["account_id"].to_list())
        for (name,), g in j.filter(pl.col("positive")).group_by("truth_campaign")
    }
    kinds = dict(
        j.filter(pl.col("positive"))
        .group_by("truth_campaign")
        .agg(pl.col("kind").mode().first())
        .iter_rows()
    )
    flagged = set(j.filter(pl.col("flagged"))["account_id"].to_list())
    per_truth = []
    for name, members in sorted(truth_sets.items()):
        best_id, best_j = "", 0.0
        for cid, acc in detected.items():
            jac = len(members & acc) / len(members | acc)
            if jac > best_j:
                best_id, best_j = cid, jac
        per_truth.append(
            {
                "campaign": name,
                "kind": kinds.get(name, ""),
                "accounts": len(members),
                "recall": len(members & flagged) / len(members),
                "best_match": best_id,
                "jaccard": best_j,
                "detected_parts": sum(1 for acc in detected.values() if acc & members),
            }
        )
    label = dict(zip(j["account_id"], j["truth_campaign"], strict=True))
    purity = []
    for cid, acc in detected.items():
        labels = [label.get(a, "") for a in acc]
        top = max(set(labels), key=labels.count) if labels else ""
        purity.append(
            {
                "campaign_id": cid,
                "accounts": len(acc),
                "majority": top,
                "purity": labels.count(top) / len(labels) if labels and top else 0.0,
            }
        )
    mean_purity = float(np.mean([p["purity"] for p in purity])) if purity else None
    return {"truth_campaigns": per_truth, "detected_campaigns": purity, "mean_purity": mean_purity}


def evaluate(
    truth: pl.DataFrame, accounts: pl.DataFrame, campaigns: list[dict[str, Any]]
) -> dict[str, Any]:
    """All metrics of one scan against one truth table."""
    j = joined(truth, accounts)
    return {
        "accounts": account_metrics(j),
        "benign_kinds": benign_kinds(j),
        **campaign_metrics(j, campaigns),
    }


def headline(result: dict[str, Any]) -> dict[str, Any]:
    """The few figures a benchmark prints per world: precision, recall, false positives,
    each truth campaign's recall."""
    acc = result["accounts"]
    return {
        "precision": round(acc["precision"], 3),
        "recall": round(acc["recall"], 3),
        "false_positives": acc["false_positives"],
        "campaigns": {c["campaign"]: round(c["recall"], 2) for c in result["truth_campaigns"]},
    }
