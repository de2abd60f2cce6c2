"""``spark_detect``: the pipeline's ``detect`` with the per-event work shuffled by Spark.

Per-account passes (``passes``) run the embedded step functions per bucket of accounts;
the population steps, scoring and campaign assembly run on the driver over per-account
tables with the very functions ``pipeline.detect`` calls. Driver memory therefore grows
with accounts and shared keys, never with events (about 1-2 KB per account).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import polars as pl

from distillwatch.contract import EVENT_SCHEMA
from distillwatch.engine.spark.arrow import to_polars
from distillwatch.engine.spark.groups import apply_per_key_multi, infer_schemas
from distillwatch.engine.spark.link import (
    DRIVER_EDGES,
    GraphStats,
    graph_stats,
    key_edges,
    per_component_communities,
)
from distillwatch.engine.spark.passes import AccountPass, WindowPass
from distillwatch.features import with_content
from distillwatch.features.behaviour import account_trust, timing_features, volume_features
from distillwatch.features.releases import MIN_LEAD, MIN_RELEASE_SHARE, PIVOT_WINDOW
from distillwatch.link.graph import key_weights
from distillwatch.link.keys import KEY_SCHEMA, account_keys
from distillwatch.pipeline.detect import (
    Detection,
    content_api,
    empty_detection,
    intel_keys,
    population_profile_keys,
    population_repeats,
    score_tables,
)
from distillwatch.score.account import (
    available_families,
    family_strengths,
    individual_score,
    signal_strengths,
)

if TYPE_CHECKING:
    from pyspark.sql import DataFrame as SparkDataFrame
    from pyspark.sql import SparkSession

#: Events per account bucket aimed at (rows one Python worker holds at a time).
ROWS_PER_BUCKET = 400_000
#: Events sampled to the driver to learn the passes' output schemas.
SCHEMA_SAMPLE_EVENTS = 2000


@dataclass(slots=True)
class SparkDetection:
    """The ``Detection`` plus what the Spark run reports about itself."""

    detection: Detection
    graph: GraphStats | None = None
    buckets: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def bucket_count(rows: int, rows_per_bucket: int = ROWS_PER_BUCKET) -> int:
    """Account buckets for ``rows`` events: enough that each fits a worker, at least 2."""
    return max(2, -(-rows // max(rows_per_bucket, 1)))


def _schema_sample(events: SparkDataFrame) -> pl.DataFrame:
    """A few thousand events: enough for the passes to show their output schemas.

    Accounts may be cut short here; that is harmless, only dtypes are read from it.
    """
    return to_polars(events.limit(SCHEMA_SAMPLE_EVENTS), EVENT_SCHEMA)


def releases_from_stats(stats: pl.DataFrame) -> pl.DataFrame:
    """Releases from per-model (released_at = first seen, exchanges); mirrors ``find_releases``.

    ``features.releases.find_releases`` takes the events; Spark computes its per-model
    aggregate and this applies the same rule with the same constants.
    """
    if stats.is_empty():
        return pl.DataFrame(schema={"model": pl.String, "released_at": pl.Datetime("us", "UTC")})
    start = stats["released_at"].min()
    total = stats["exchanges"].sum()
    return stats.filter(
        (pl.col("released_at") >= start + MIN_LEAD)  # type: ignore[operator]
        & (pl.col("exchanges") >= MIN_RELEASE_SHARE * total)
    ).select("model", "released_at")


def _releases(events: SparkDataFrame) -> pl.DataFrame:
    """Per-model first timestamp and volume in Spark, then the release rule on the driver."""
    from pyspark.sql import functions as F

    stats = events.groupBy("model").agg(
        F.min("timestamp").alias("released_at"), F.count(F.lit(1)).alias("exchanges")
    )
    schema = pl.Schema(
        {"model": pl.String, "released_at": pl.Datetime("us", "UTC"), "exchanges": pl.Int64}
    )
    return releases_from_stats(to_polars(stats, schema))


def _pivot_baselines(events: SparkDataFrame, releases: pl.DataFrame) -> pl.DataFrame:
    """Population share of each release's model in its 24 h window (``pivot_baseline``)."""
    from pyspark.sql import functions as F

    rows = []
    for model, released in releases.iter_rows():
        window = events.where(
            (F.col("timestamp") >= F.lit(released))
            & (F.col("timestamp") < F.lit(released + PIVOT_WINDOW))
        )
        got = window.agg(
            F.count(F.lit(1)).alias("w"), F.sum((F.col("model") == model).cast("long")).alias("k")
        ).first()
        rows.append((model, int(got["k"] or 0) / max(int(got["w"] or 0), 1)))
    return pl.DataFrame(
        rows, schema={"pivot_model": pl.String, "pivot_baseline": pl.Float64}, orient="row"
    )


def daily_of(parts: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Exchanges per (account, day, model) from the first pass (complete per account)."""
    return parts["daily"]


def _population_pivot(
    events: SparkDataFrame, pivot: pl.DataFrame, releases: pl.DataFrame
) -> pl.DataFrame:
    """Per-account pivots with each release's baseline over ALL traffic, not the bucket's."""
    if releases.is_empty():
        return pivot
    return (
        pivot.drop("pivot_baseline")
        .join(_pivot_baselines(events, releases), on="pivot_model", how="left")
        .select(pivot.columns)
    )


def _account_features(
    parts: dict[str, pl.DataFrame], pivot: pl.DataFrame, accounts: pl.DataFrame | None
) -> pl.DataFrame:
    """The joins of ``features.account_features`` over the tables the passes computed."""
    feats = (
        parts["meta"]
        .join(timing_features(parts["hourly"], accounts), on="account_id", how="left")
        .join(volume_features(daily_of(parts)), on="account_id", how="left")
        .join(pivot, on="account_id", how="left")
    )
    return with_content(account_trust(feats, accounts), parts.get("content"))


def spark_detect(
    session: SparkSession,
    events: SparkDataFrame,
    accounts: pl.DataFrame | None = None,
    *,
    rows: int,
    intel: Any = None,
    metadata_only: bool = False,
    rows_per_bucket: int = ROWS_PER_BUCKET,
    driver_edges: int = DRIVER_EDGES,
    components: bool = False,
) -> SparkDetection:
    """Score every account and find campaigns; the same result as ``pipeline.detect``.

    ``events`` are validated contract events in Spark (``io.read_events``); ``rows`` their
    count (sizes the account buckets).
    """
    if rows == 0:
        return SparkDetection(empty_detection())
    buckets = bucket_count(rows, rows_per_bucket)
    api = None if metadata_only else content_api()
    first = AccountPass(*(api or (None, None)))
    sample = _schema_sample(events)
    parts = apply_per_key_multi(
        events, "account_id", first, EVENT_SCHEMA, infer_schemas(first, sample), buckets=buckets
    )
    releases = _releases(events)
    ip_keys = parts["traffic_keys"].filter(pl.col("key_kind").is_in(["ip24", "ip48"]))
    shared = ip_keys.filter(pl.len().over("key") >= 2)
    second = WindowPass(releases, shared)
    window = apply_per_key_multi(
        events, "account_id", second, EVENT_SCHEMA, infer_schemas(second, sample), buckets=buckets
    )
    pivot = _population_pivot(events, window["pivot"], releases)
    sample = parts.get(
        "profile_sample", pl.DataFrame(schema={"account_id": pl.String, "text": pl.String})
    )
    features = _account_features(parts, pivot, accounts)
    if not sample.is_empty():
        features = features.join(population_repeats(sample), on="account_id", how="left")
    # From here on: pipeline.detect's own steps on the per-account tables.
    strengths, baselines = signal_strengths(features)
    fams = individual_score(family_strengths(strengths), available_families(baselines))
    keys = pl.concat(
        [
            parts["traffic_keys"],
            window["sync_keys"],
            account_keys(accounts, features["account_id"]),
            parts.get("content_keys", pl.DataFrame(schema=KEY_SCHEMA)),
            population_profile_keys(sample),
        ]
    ).cast(KEY_SCHEMA)  # type: ignore[arg-type]
    keys = pl.concat([keys, intel_keys(keys, intel)])
    weights = key_weights(keys, features.height, fams.select("account_id", "prior"))
    n_edges = key_edges(keys, weights).height
    if n_edges <= driver_edges:
        # Leiden fits the driver: pipeline.detect's own tail, identical to the embedded run.
        stats = (
            graph_stats(session, keys, weights)
            if components
            else GraphStats(n_edges, None, None, "driver")
        )
        detection = score_tables(
            features, keys, daily_of(parts), strengths=strengths, baselines=baselines, fams=fams
        )
    else:
        groups, stats = per_component_communities(session, keys, weights)
        detection = score_tables(
            features,
            keys,
            daily_of(parts),
            strengths=strengths,
            baselines=baselines,
            fams=fams,
            group=lambda _keys, _weights: groups,
        )
    return SparkDetection(detection, stats, buckets)
