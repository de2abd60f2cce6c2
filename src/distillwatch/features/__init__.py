"""Per-event content annotation (``features.content``) and per-account signals.

:func:`account_features` is the one place per-account behaviour columns are built; the
content shares come from :mod:`distillwatch.features.content_agg` and are joined in.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Final

import polars as pl

from distillwatch.features.behaviour import (
    account_trust,
    daily_model_counts,
    hourly_counts,
    metadata_aggregates,
    timing_features,
    volume_features,
)
from distillwatch.features.network import network_counts, prefix_counts
from distillwatch.features.releases import find_releases, pivot_features

#: Events per pass of the per-account metadata aggregation. Sorted gaps, medians and
#: distinct counts are not streamable, so one pass holds every column it reads for its
#: rows: 3.6 GB at 10M events. Passes over hash buckets of accounts bound that (4 passes:
#: 1.3 GB, same 3.2 s; reading only the matching rows of each column keeps passes cheap).
ROWS_PER_PASS: Final = 1_500_000
_BUCKET_SEED: Final = 0xACC7


def by_account_buckets(
    events: pl.LazyFrame, step: Callable[[pl.LazyFrame], pl.LazyFrame], rows: int
) -> pl.DataFrame:
    """``step`` (a per-account aggregation) collected over ``rows`` events in passes of at
    most about ``ROWS_PER_PASS`` events, each over one hash bucket of accounts: the same
    rows as one pass, in bucket order."""
    n = max(1, math.ceil(rows / ROWS_PER_PASS))
    if n == 1:
        return step(events).collect()
    bucket = pl.col("account_id").hash(seed=_BUCKET_SEED) % n
    return pl.concat([step(events.filter(bucket == i)).collect() for i in range(n)])


def account_features(
    events: pl.LazyFrame | pl.DataFrame,
    accounts: pl.DataFrame | None = None,
    *,
    content: pl.DataFrame | None = None,
    daily: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """One row per account: behaviour, trust, pivot and (when given) content columns.

    ``daily`` may be passed when the caller already computed
    :func:`~distillwatch.features.behaviour.daily_model_counts` (it is reused for artifacts).
    """
    return with_content(behaviour_features(events, accounts, daily=daily), content)


def behaviour_features(
    events: pl.LazyFrame | pl.DataFrame,
    accounts: pl.DataFrame | None = None,
    *,
    daily: pl.DataFrame | None = None,
    prefixes: tuple[pl.DataFrame, pl.DataFrame] | None = None,
) -> pl.DataFrame:
    """The metadata half of :func:`account_features` (no prompt text needed), so a scan can
    build it while the content annotation runs. ``prefixes``: ``network.prefix_counts`` of
    the same events, when the caller has them (the link keys need them too)."""
    lf = events.lazy()
    if daily is None:
        daily = daily_model_counts(lf).collect()
    per_prefix = (prefixes or prefix_counts(lf))[0]
    meta = by_account_buckets(lf, metadata_aggregates, int(daily["exchanges"].sum())).join(
        network_counts(per_prefix), on="account_id", how="left"
    )
    timing = timing_features(hourly_counts(lf).collect(), accounts)
    volume = volume_features(daily)
    pivot = pivot_features(lf, find_releases(lf))
    feats = (
        meta.join(timing, on="account_id", how="left")
        .join(volume, on="account_id", how="left")
        .join(pivot, on="account_id", how="left")
    )
    return account_trust(feats, accounts)


def with_content(behaviour: pl.DataFrame, content: pl.DataFrame | None) -> pl.DataFrame:
    """Behaviour columns joined with the content shares (when any), plus derived columns."""
    if content is not None:
        behaviour = behaviour.join(content, on="account_id", how="left")
    return derived_columns(behaviour)


def derived_columns(feats: pl.DataFrame) -> pl.DataFrame:
    """Transforms the score reads: logs of heavy-tailed counts, CV, pivot excess, unverified."""
    out = feats.with_columns(
        pl.col("n_events").cast(pl.Float64).log10().alias("log_events"),
        (pl.col("iat_std_s") / pl.col("iat_mean_s").clip(1e-3)).alias("iat_cv"),
        pl.col("max_tokens_median").clip(1.0).log10().alias("log_max_tokens"),
        pl.col("out_in_ratio").clip(1e-3).log10().alias("out_in_ratio_log"),
        (pl.col("pivot_share") - pl.col("pivot_baseline")).alias("pivot_excess"),
        (~pl.col("verified")).cast(pl.Float64).alias("unverified"),
        (pl.col("account_age_days").clip(0.0) + 1).log10().alias("log_account_age"),
        (pl.col("n_events") / pl.col("n_active_days").clip(1)).alias("events_per_active_day"),
        (pl.col("n_networks") / pl.col("n_events")).alias("network_spread"),
    )
    return out.sort("account_id")
