"""Account-level behaviour signals from event metadata (no prompt text).

Each function is pure over Polars frames and groups by ``account_id`` only, so an engine
can run it per account partition and concatenate the results; population-relative
columns are added afterwards (:mod:`distillwatch.features.population`).
"""

from __future__ import annotations

import math

import polars as pl

from distillwatch.features.countries import offsets_frame

#: Local hours counted as "night" (00:00-05:59) for the local-day signal.
NIGHT_HOURS = 6
#: Response formats that ask for machine-readable output.
JSON_FORMATS = ("json_object", "json_schema")
#: An account-day in this top share of the day's volume counts as "near the top".
TOP_DAY_QUANTILE = 0.95


def hourly_counts(events: pl.LazyFrame) -> pl.LazyFrame:
    """Events per (account_id, UTC hour-of-day): 24 rows per account at most."""
    return events.group_by("account_id", pl.col("timestamp").dt.hour().alias("hour")).agg(
        pl.len().alias("n")
    )


def daily_model_counts(events: pl.LazyFrame) -> pl.LazyFrame:
    """Exchanges per (account_id, day, model): base of daily volume, model mix and artifacts."""
    return events.group_by("account_id", pl.col("timestamp").dt.date().alias("day"), "model").agg(
        pl.len().alias("exchanges")
    )


def metadata_aggregates(events: pl.LazyFrame) -> pl.LazyFrame:
    """One row per account: volume, timing dispersion, token economics, conversation shape."""
    gap = pl.col("timestamp").sort().diff().dt.total_milliseconds().cast(pl.Float64) / 1000.0
    out = pl.col("output_tokens").cast(pl.Float64)
    inp = pl.col("input_tokens").cast(pl.Float64)
    return events.group_by("account_id").agg(
        pl.len().alias("n_events"),
        pl.col("timestamp").min().alias("first_seen"),
        pl.col("timestamp").max().alias("last_seen"),
        gap.mean().alias("iat_mean_s"),
        gap.std().alias("iat_std_s"),
        (out.sum() / inp.sum().clip(1.0)).alias("out_in_ratio"),
        pl.col("output_tokens").mean().alias("output_tokens_mean"),
        pl.col("max_tokens").median().cast(pl.Float64).alias("max_tokens_median"),
        (pl.col("finish_reason") == "length").mean().alias("length_share"),
        (pl.col("turn").fill_null(0) == 0).mean().alias("turn0_share"),
        pl.col("turn").fill_null(0).mean().cast(pl.Float64).alias("turn_mean"),
        (pl.col("n").fill_null(1) > 1).mean().alias("n_gt1_share"),
        (pl.col("tools").fill_null(0) > 0).mean().alias("tools_share"),
        pl.col("response_format").is_in(JSON_FORMATS).mean().alias("json_share"),
        (pl.col("status") == 429).mean().alias("rate_limited_share"),
        pl.col("temperature").mean().alias("temperature_mean"),
        pl.col("model").n_unique().alias("n_models"),
        pl.col("ip").n_unique().alias("n_ips"),
        pl.col("user_agent").n_unique().alias("n_user_agents"),
        pl.col("org_id").min().alias("org_id"),
    )


def timing_features(hourly: pl.DataFrame, accounts: pl.DataFrame | None) -> pl.DataFrame:
    """Hour-of-day entropy (0..1) and share of activity in the declared country's local night.

    A person sleeps; a harvesting pipeline runs around the clock. The local night share is
    null when the account has no known declared country.
    """
    per = hourly.with_columns((pl.col("n") / pl.col("n").sum().over("account_id")).alias("p"))
    entropy = per.group_by("account_id").agg(
        (-(pl.col("p") * pl.col("p").log()).sum() / math.log(24)).alias("hour_entropy")
    )
    if accounts is None or "declared_country" not in accounts.columns:
        return entropy.with_columns(pl.lit(None, pl.Float64).alias("local_night_share"))
    tz = accounts.select("account_id", "declared_country").join(
        offsets_frame(), on="declared_country", how="inner"
    )
    local = per.join(tz, on="account_id", how="inner").with_columns(
        ((pl.col("hour") + pl.col("utc_offset_hours").round(0).cast(pl.Int64)) % 24).alias(
            "local_hour"
        )
    )
    night = local.group_by("account_id").agg(
        pl.col("p").filter(pl.col("local_hour") < NIGHT_HOURS).sum().alias("local_night_share")
    )
    return entropy.join(night, on="account_id", how="left")


def volume_features(daily: pl.DataFrame) -> pl.DataFrame:
    """Active days, model mix and sustained top-of-population volume per account.

    ``top_day_share`` is the share of all days in the data on which the account was in the
    top 5 % of that day's accounts by volume: sustained heavy use, not one burst.
    """
    per_day = daily.group_by("account_id", "day").agg(pl.col("exchanges").sum())
    n_days = max(per_day["day"].n_unique(), 1)
    ranked = per_day.with_columns(
        (pl.col("exchanges").rank("average").over("day") / pl.len().over("day")).alias("day_pct"),
        (pl.len().over("day") >= 20).alias("day_rankable"),
    )
    days = ranked.group_by("account_id").agg(
        pl.len().alias("n_active_days"),
        pl.col("exchanges").max().alias("peak_day_exchanges"),
        (((pl.col("day_pct") >= TOP_DAY_QUANTILE) & pl.col("day_rankable")).sum() / n_days).alias(
            "top_day_share"
        ),
    )
    models = (
        daily.group_by("account_id", "model")
        .agg(pl.col("exchanges").sum())
        .group_by("account_id")
        .agg((pl.col("exchanges").max() / pl.col("exchanges").sum()).alias("top_model_share"))
    )
    return days.join(models, on="account_id", how="left").with_columns(
        (pl.col("n_active_days") / n_days).alias("active_day_share")
    )


def account_trust(features: pl.DataFrame, accounts: pl.DataFrame | None) -> pl.DataFrame:
    """Join what the provider knows: account age at first use, verification, country."""
    if accounts is None:
        return features.with_columns(
            pl.lit(None, pl.Float64).alias("account_age_days"),
            pl.lit(None, pl.Boolean).alias("verified"),
            pl.lit(None, pl.String).alias("declared_country"),
        )
    cols = [c for c in ("created_at", "verified", "declared_country") if c in accounts.columns]
    joined = features.join(accounts.select("account_id", *cols), on="account_id", how="left")
    age = (
        (pl.col("first_seen") - pl.col("created_at")).dt.total_seconds().cast(pl.Float64) / 86400
        if "created_at" in cols
        else pl.lit(None, pl.Float64)
    )
    return joined.with_columns(age.alias("account_age_days")).drop("created_at", strict=False)
