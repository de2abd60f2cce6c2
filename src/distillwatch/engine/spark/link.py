"""Linking at scale: components of the shared-key graph in Spark, Leiden where it fits.

The account-key edges of weighted keys go to Spark; large-star/small-star gives the
connected components (no community crosses one). When the whole candidate graph has at
most ``driver_edges`` edges, the embedded engine's own ``communities`` (Leiden) runs once
on the driver: identical to the embedded result. Above that bound every component is
refined separately on a worker by the same function (``applyInArrow`` grouped by
component): a documented approximation, because modularity's resolution depends on the
total edge weight of the graph it is computed on (each component is then judged at its
own scale). A single component must fit one worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import polars as pl

from distillwatch.engine.spark.arrow import to_polars, to_spark
from distillwatch.engine.spark.components import labelled_components
from distillwatch.engine.spark.groups import apply_per_key
from distillwatch.link.graph import RESOLUTION, communities
from distillwatch.link.keys import KEY_SCHEMA

if TYPE_CHECKING:
    from pyspark.sql import DataFrame as SparkDataFrame
    from pyspark.sql import SparkSession

#: Default bound on account-key edges refined on the driver in one Leiden run (igraph holds
#: about 100 bytes per edge plus Polars copies: ~20M edges need ~6 GB of driver memory).
DRIVER_EDGES: Final = 20_000_000

MEMBERSHIP_SCHEMA: Final = pl.Schema({"account_id": pl.String, "community": pl.Int64})


@dataclass(frozen=True, slots=True)
class GraphStats:
    """What linking saw, reported in ``summary.json`` under ``spark``."""

    edges: int
    components: int | None  # None: not computed (graph fits the driver, components off)
    largest_component: int | None
    mode: str  # "driver" (exact) | "per_component" (approximate)

    def as_dict(self) -> dict[str, object]:
        return {
            "graph_edges": self.edges,
            "graph_components": self.components,
            "largest_component_accounts": self.largest_component,
            "leiden": self.mode,
        }


def key_edges(keys: pl.DataFrame, weights: pl.DataFrame) -> pl.DataFrame:
    """Account-key rows of keys that carry a weight (held by 2+ accounts, not too common)."""
    return keys.join(weights.select("key_kind", "key"), on=["key_kind", "key"], how="semi")


def _edge_mass(keys: pl.DataFrame, weights: pl.DataFrame) -> float:
    """Total edge weight ``communities`` gives these account-key rows (its ``w`` column)."""
    edges = keys.join(weights.select("key_kind", "key", "weight"), on=["key_kind", "key"])
    w = pl.col("weight") * (0.5 + 0.5 * pl.col("share").clip(0, 1))
    return float(edges.select(w.sum()).item() or 0.0) or 1.0


def _components(
    session: SparkSession, edges: pl.DataFrame
) -> tuple[SparkDataFrame, SparkDataFrame, int, int]:
    """Account-key edges in Spark, each account's component, component count and largest size."""
    from pyspark.sql import functions as F

    sdf = to_spark(
        session,
        edges.select(*KEY_SCHEMA.names(), pl.format("{}|{}", "key_kind", "key").alias("knode")),
    )
    comps = labelled_components(sdf, "account_id", "knode")
    acc_comp = (
        sdf.select("account_id")
        .distinct()
        .join(comps.withColumnRenamed("node", "account_id"), "account_id")
    )
    row = (
        acc_comp.groupBy("component")
        .count()
        .agg(F.count(F.lit(1)).alias("n"), F.max("count").alias("largest"))
        .first()
    )
    assert row is not None
    return sdf, acc_comp, int(row["n"] or 0), int(row["largest"] or 0)


def graph_stats(session: SparkSession, keys: pl.DataFrame, weights: pl.DataFrame) -> GraphStats:
    """Size and components of the candidate graph when Leiden runs on the driver."""
    edges = key_edges(keys, weights)
    if edges.is_empty():
        return GraphStats(0, 0, 0, "driver")
    _, _, n_comp, largest = _components(session, edges)
    return GraphStats(edges.height, n_comp, largest, "driver")


def per_component_communities(
    session: SparkSession, keys: pl.DataFrame, weights: pl.DataFrame, *, buckets: int = 64
) -> tuple[pl.DataFrame, GraphStats]:
    """(account_id, community): Leiden (``communities``) per connected component on workers."""
    edges = key_edges(keys, weights)
    if edges.is_empty():
        return pl.DataFrame(schema=MEMBERSHIP_SCHEMA), GraphStats(0, 0, 0, "per_component")
    sdf, acc_comp, n_comp, largest = _components(session, edges)
    stats = GraphStats(edges.height, n_comp, largest, "per_component")
    total = _edge_mass(edges, weights)

    def refine(part: pl.DataFrame) -> pl.DataFrame:
        out = []
        for (comp,), group in part.group_by(["component"]):
            sub = group.select(KEY_SCHEMA.names())
            # Same modularity objective as one run on the whole graph: resolution x m_c / m.
            scale = _edge_mass(sub, weights) / total
            local = communities(sub, weights, resolution=RESOLUTION * scale)
            out.append(local.with_columns(pl.lit(comp, pl.Int64).alias("component")))
        schema = {**MEMBERSHIP_SCHEMA, "component": pl.Int64}
        return pl.concat(out) if out else pl.DataFrame(schema=schema)

    input_schema = pl.Schema({**KEY_SCHEMA, "knode": pl.String, "component": pl.Int64})
    result, schema = apply_per_key(
        sdf.join(acc_comp, "account_id").select(*input_schema.names()),
        "component",
        refine,
        input_schema,
        buckets=buckets,
        out_schema=pl.Schema({**MEMBERSHIP_SCHEMA, "component": pl.Int64}),
    )
    local = to_polars(result, schema)
    membership = local.with_columns(
        pl.struct("component", "community").rank("dense").cast(pl.Int64).sub(1).alias("community")
    ).select(MEMBERSHIP_SCHEMA.names())
    return membership, stats
