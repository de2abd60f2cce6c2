"""Model releases found in the data, and how fast each account moves its traffic to them.

A release is the first appearance of a model that arrives after the data starts and then
carries real volume. Operators of harvesting clusters move much of their traffic to a new
model within a day (threat brief: "nearly half within 24 hours"); ordinary customers pin
a model version and move slowly.
"""

from __future__ import annotations

from datetime import timedelta

import polars as pl

#: How long after a release the pivot is measured.
PIVOT_WINDOW = timedelta(hours=24)
#: A model counts as released only if it appears this long after the data starts ...
MIN_LEAD = timedelta(hours=24)
#: ... and carries at least this share of all exchanges.
MIN_RELEASE_SHARE = 0.002
#: Accounts with fewer exchanges than this in the window get no pivot value.
MIN_WINDOW_EVENTS = 5


def find_releases(events: pl.LazyFrame) -> pl.DataFrame:
    """Models first seen after the start of the data with enough volume: (model, released_at)."""
    per_model = (
        events.group_by("model")
        .agg(pl.col("timestamp").min().alias("released_at"), pl.len().alias("exchanges"))
        .collect()
    )
    if per_model.is_empty():
        return pl.DataFrame(schema={"model": pl.String, "released_at": pl.Datetime("us", "UTC")})
    start = per_model["released_at"].min()
    total = per_model["exchanges"].sum()
    return per_model.filter(
        (pl.col("released_at") >= start + MIN_LEAD)
        & (pl.col("exchanges") >= MIN_RELEASE_SHARE * total)
    ).select("model", "released_at")


def pivot_features(events: pl.LazyFrame, releases: pl.DataFrame) -> pl.DataFrame:
    """Per account: the largest share of its traffic on a new model within 24 h of release.

    The share is null below ``MIN_WINDOW_EVENTS`` exchanges in the window; the raw counts
    (``pivot_new`` of ``pivot_window``) are kept so a campaign can pool its accounts. Also
    returns the population share for that release window (``pivot_baseline``) so the
    evidence can say "62 % vs 4 % of all traffic".
    """
    schema = {
        "account_id": pl.String,
        "pivot_share": pl.Float64,
        "pivot_baseline": pl.Float64,
        "pivot_model": pl.String,
        "pivot_new": pl.UInt32,
        "pivot_window": pl.UInt32,
    }
    parts = []
    for model, released in releases.iter_rows():
        window = events.filter(
            pl.col("timestamp").is_between(released, released + PIVOT_WINDOW, closed="left")
        ).select("account_id", (pl.col("model") == model).alias("on_new"))
        per = window.group_by("account_id").agg(
            pl.len().alias("w"), pl.col("on_new").sum().alias("k")
        )
        per = per.collect()
        baseline = per["k"].sum() / max(per["w"].sum(), 1)
        parts.append(
            per.select(
                "account_id",
                pl.when(pl.col("w") >= MIN_WINDOW_EVENTS)
                .then(pl.col("k") / pl.col("w"))
                .alias("pivot_share"),
                pl.lit(baseline, pl.Float64).alias("pivot_baseline"),
                pl.lit(model, pl.String).alias("pivot_model"),
                pl.col("k").cast(pl.UInt32).alias("pivot_new"),
                pl.col("w").cast(pl.UInt32).alias("pivot_window"),
            )
        )
    if not parts:
        return pl.DataFrame(schema=schema)
    return (
        pl.concat(parts)
        .sort("pivot_share", "pivot_window", descending=True, nulls_last=True)
        .group_by("account_id", maintain_order=True)
        .first()
    )
