"""How well does each single field (or simple per-account aggregate) separate campaign accounts?

Usage: ``python benchmarks/field_separability.py WORLD_DIR [--top N]``. For every event and
account field, and per-account aggregates (mean, share of nulls, distinct count, most common
value, volume), prints ROC-AUC (best direction) and recall at 1% FPR, campaign vs benign. A
world where one field alone scores AUC > 0.9 or recall@1%FPR > 0.5 is too easy: the simulator
leaks an artefact.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import polars as pl
from sklearn.metrics import roc_auc_score

from distillwatch.contract import EVENT_SCHEMA

NUMERIC = {n for n, t in EVENT_SCHEMA.items() if t.is_numeric()}
AUC_LIMIT = 0.9
RECALL_LIMIT = 0.5


def separability(score: np.ndarray, label: np.ndarray) -> tuple[float, float]:
    """(AUC in the better direction, recall at 1% FPR in that direction); NaN scores are lowest."""
    s = np.nan_to_num(score.astype(float), nan=-np.inf)
    if np.all(s == s[0]):
        return 0.5, 0.0
    finite = np.where(np.isfinite(s), s, np.nanmin(np.where(np.isfinite(s), s, np.nan)) - 1)
    auc = roc_auc_score(label, finite)
    if auc < 0.5:
        finite, auc = -finite, 1 - auc
    thr = np.quantile(finite[label == 0], 0.99)
    recall = float((finite[label == 1] > thr).mean())
    return float(auc), recall


def target_encode(
    keys: pl.Series, label: np.ndarray, groups: np.ndarray | None = None, folds: int = 5
) -> np.ndarray:
    """Out-of-fold campaign rate of each row's category (smoothed), so categoricals get a score.

    Folds split by ``groups`` (the account) when given, so an account's own label never
    scores its own rows: the encoding measures what a value says across accounts.
    """
    rng = np.random.default_rng(0)
    if groups is None:
        fold = rng.integers(folds, size=len(keys))
    else:
        uniq, inv = np.unique(groups, return_inverse=True)
        fold = rng.integers(folds, size=len(uniq))[inv]
    out = np.empty(len(keys))
    prior = label.mean()
    frame = pl.DataFrame({"k": keys.cast(pl.String).fill_null("<null>"), "y": label, "f": fold})
    for f in range(folds):
        train = (
            frame.filter(pl.col("f") != f)
            .group_by("k")
            .agg(pl.col("y").sum().alias("s"), pl.len().alias("n"))
        )
        test = frame.with_row_index("i").filter(pl.col("f") == f).join(train, on="k", how="left")
        enc = ((test["s"].fill_null(0) + 10 * prior) / (test["n"].fill_null(0) + 10)).to_numpy()
        out[test["i"].to_numpy()] = enc
    return out


def account_table(world: Path) -> tuple[pl.DataFrame, np.ndarray]:
    """Per-account aggregates of every event field, joined with the accounts table and truth."""
    events = pl.scan_parquet(world / "events.parquet")
    aggs: list[pl.Expr] = [pl.len().alias("volume")]
    for name, dtype in EVENT_SCHEMA.items():
        if name == "account_id":
            continue
        col = pl.col(name)
        aggs.append(col.null_count().truediv(pl.len()).alias(f"{name}:null_share"))
        aggs.append(col.n_unique().alias(f"{name}:distinct"))
        if name == "timestamp":
            aggs.append(col.dt.hour().mean().alias("timestamp:hour_mean"))
            aggs.append(col.dt.hour().std().alias("timestamp:hour_std"))
            aggs.append(col.dt.weekday().ge(6).mean().alias("timestamp:weekend_share"))
            aggs.append((col.max() - col.min()).dt.total_seconds().alias("timestamp:span_s"))
            aggs.append(
                col.sort().diff().dt.total_seconds().median().alias("timestamp:median_gap_s")
            )
        elif name in NUMERIC:
            aggs.append(col.mean().alias(f"{name}:mean"))
        elif dtype == pl.String:
            aggs.append(col.str.len_chars().mean().alias(f"{name}:mean_len"))
            aggs.append(col.drop_nulls().mode().first().alias(f"{name}:mode"))
    per_acct = events.group_by("account_id").agg(aggs).collect()
    accounts = pl.read_parquet(world / "accounts.parquet")
    truth = pl.read_csv(world / "truth.csv", schema_overrides={"campaign": pl.String})
    table = per_acct.join(accounts, on="account_id", how="left").join(
        truth, on="account_id", how="left"
    )
    table = table.with_columns(
        pl.col("account_id").str.len_chars().alias("account_id:len"),
        pl.col("created_at").dt.epoch("s").alias("created_at:epoch"),
    )
    label = table["campaign"].fill_null("").ne("").to_numpy().astype(int)
    return table, label


def event_rows(world: Path, sample: int = 200_000) -> list[tuple[str, float, float]]:
    """Event-level separability of each field on a sample of events (label = account's truth)."""
    truth = pl.read_csv(world / "truth.csv", schema_overrides={"campaign": pl.String})
    ev = pl.scan_parquet(world / "events.parquet").join(truth.lazy(), on="account_id").collect()
    if ev.height > sample:
        ev = ev.sample(sample, seed=0)
    y = ev["campaign"].fill_null("").ne("").to_numpy().astype(int)
    groups = ev["account_id"].to_numpy()
    out = []
    for name, dtype in EVENT_SCHEMA.items():
        if name in {"event_id", "account_id", "conversation_id"}:
            continue
        col = ev[name]
        if name == "timestamp":
            score = col.dt.hour().to_numpy()
        elif name in NUMERIC:
            score = col.cast(pl.Float64).to_numpy()
        else:
            score = target_encode(col, y, groups)
        out.append((f"event.{name}", *separability(score, y)))
        if dtype == pl.String:
            out.append(
                (
                    f"event.{name}:len",
                    *separability(col.str.len_chars().cast(pl.Float64).to_numpy(), y),
                )
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path)
    parser.add_argument("--top", type=int, default=0, help="print only the N most separating rows")
    args = parser.parse_args(argv)
    table, y = account_table(args.world)
    rows: list[tuple[str, float, float]] = []
    skip = {"account_id", "campaign", "kind"}
    for name in table.columns:
        if name in skip:
            continue
        col = table[name]
        if col.dtype in (pl.String, pl.Boolean) or name.endswith(":mode"):
            score = target_encode(col, y)
        elif col.dtype.is_temporal():
            continue
        else:
            score = col.cast(pl.Float64).to_numpy()
        rows.append((f"account.{name}", *separability(score, y)))
    rows.extend(event_rows(args.world))
    rows.sort(key=lambda r: -max(r[1], 0.5 + r[2] / 2))
    shown = rows[: args.top] if args.top else rows
    print(f"world: {args.world}  accounts: {len(y)}  campaign accounts: {int(y.sum())}")
    print(f"{'field':<44} {'ROC-AUC':>8} {'recall@1%FPR':>13}")
    bad = 0
    for name, auc, rec in shown:
        flag = "  <-- too separable" if auc > AUC_LIMIT or rec > RECALL_LIMIT else ""
        print(f"{name:<44} {auc:8.3f} {rec:13.3f}{flag}")
    bad = sum(1 for _, auc, rec in rows if auc > AUC_LIMIT or rec > RECALL_LIMIT)
    print(
        f"fields over the limit (AUC > {AUC_LIMIT} or recall@1%FPR > {RECALL_LIMIT}): {bad} of {len(rows)}"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
