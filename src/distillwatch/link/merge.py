"""Re-join one campaign that modularity split in parts.

Modularity favours balanced parts, so one hydra cluster with two payment cards can come
out as two communities although both halves share the same proxies, system prompt and
sign-up burst. Two groups merge when keys held (almost) only by them bridge both halves
on at least two independent key kinds; a small splinter merges when nearly all of it is
bridged, however few of the larger part hold the bridging keys.
"""

from __future__ import annotations

from typing import Final

import igraph as ig
import polars as pl

from distillwatch.link.keys import independent_kind

#: A bridging key must have this share of its holders inside the two groups.
BRIDGE_EXCLUSIVITY: Final = 0.9
#: ... and each group must have this share of its members holding a bridging key of a kind.
BRIDGE_COVERAGE: Final = 0.3
#: ... or, for the smaller group, this share (a splinter of a campaign: nearly all of it
#: tied to the larger part, which holds the bridging keys on only a few of its members).
SPLINTER_COVERAGE: Final = 0.75
#: Independent key kinds that must bridge (sync counts with its IP prefix kind).
BRIDGE_KINDS: Final = 2


def merge_groups(
    membership: pl.DataFrame, holdings: pl.DataFrame, groups: pl.Series
) -> pl.DataFrame:
    """Merge the given communities that are bridged; returns membership with merged ids.

    ``membership`` (account_id, community); ``holdings`` from
    :func:`~distillwatch.link.graph.key_holdings`; only communities in ``groups`` are
    considered.
    A merged group takes the smallest community id among its parts.
    """
    if groups.len() < 2:
        return membership
    sel = membership.filter(pl.col("community").is_in(groups.implode()))
    sizes = sel.group_by("community").agg(pl.len().alias("size"))
    held = holdings.join(sel, on="account_id").with_columns(independent_kind().alias("kind"))
    per = held.group_by("kind", "key", "community").agg(
        pl.col("account_id"), pl.len().alias("n"), pl.col("df").first()
    )
    bridges = (
        per.join(per, on=["kind", "key"], suffix="_b")
        .filter(pl.col("community") < pl.col("community_b"))
        .filter(((pl.col("n") + pl.col("n_b")) / pl.col("df")) >= BRIDGE_EXCLUSIVITY)
    )
    side_a = (
        bridges.explode("account_id")
        .group_by("community", "community_b", "kind")
        .agg(pl.col("account_id").n_unique().alias("held_a"))
    )
    side_b = (
        bridges.explode("account_id_b")
        .group_by("community", "community_b", "kind")
        .agg(pl.col("account_id_b").n_unique().alias("held_b"))
    )
    pairs = (
        side_a.join(side_b, on=["community", "community_b", "kind"])
        .join(sizes, on="community")
        .join(sizes.rename({"community": "community_b", "size": "size_b"}), on="community_b")
        .with_columns(
            pl.min_horizontal(
                pl.col("held_a") / pl.col("size"), pl.col("held_b") / pl.col("size_b")
            ).alias("bridge"),
            pl.when(pl.col("size") <= pl.col("size_b"))
            .then(pl.col("held_a") / pl.col("size"))
            .otherwise(pl.col("held_b") / pl.col("size_b"))
            .alias("small_side"),
        )
        .filter((pl.col("bridge") >= BRIDGE_COVERAGE) | (pl.col("small_side") >= SPLINTER_COVERAGE))
        .group_by("community", "community_b")
        .agg(pl.len().alias("kinds"))
        .filter(pl.col("kinds") >= BRIDGE_KINDS)
    )
    if pairs.is_empty():
        return membership
    ids = sorted(set(pairs["community"].to_list()) | set(pairs["community_b"].to_list()))
    pos = {c: i for i, c in enumerate(ids)}
    graph = ig.Graph(
        n=len(ids),
        edges=[(pos[a], pos[b]) for a, b in pairs.select("community", "community_b").iter_rows()],
    )
    target = {}
    for comp in graph.connected_components():
        root = min(ids[i] for i in comp)
        target.update({ids[i]: root for i in comp})
    return membership.with_columns(
        pl.col("community").replace_strict(
            target, default=pl.col("community"), return_dtype=pl.Int64
        )
    )
