"""Account-key graph and community detection (Leiden, modularity).

Accounts connect to shared key nodes (an IP prefix, a payment fingerprint, a (prefix,
time-window) pair, a template family ...) rather than to each other, so 25,000 accounts
sharing a key cost 25,000 edges, not 3x10^8 pairs (SynchroTrap / BotGraph style).
Key weights follow FRAUDAR's camouflage resistance: a key shared by many accounts, or by
accounts that look benign on their own, counts for little.
"""

from __future__ import annotations

import math
import random
from typing import Final

import igraph as ig
import polars as pl

#: Prior strength of each kind of shared key (see docs/DETECTION.md).
KIND_WEIGHTS: Final[dict[str, float]] = {
    "payment": 3.0,
    "ip24": 2.0,
    "ip48": 2.0,
    "sync": 1.5,
    "template": 1.5,
    "system_prompt": 1.0,
    "signup_burst": 1.0,
    "email_domain": 0.5,
    "user_agent": 0.5,
    "intel": 2.0,
    # Near-identical prompt mixes (one task queue) group accounts, but similar topics prove
    # no shared operator: a weak kind, and never a coordination line (score.campaign).
    "profile": 0.5,
}
#: Keys held by more than this share of all accounts cannot discriminate and are dropped.
MAX_DF_SHARE = 0.3
#: Leiden modularity resolution (1 = standard modularity).
RESOLUTION = 1.0
#: Floor of the suspicion factor: a key held only by benign-looking accounts keeps this much.
BENIGN_KEY_FACTOR = 0.15


def key_weights(
    keys: pl.DataFrame, n_accounts: int, prior: pl.DataFrame | None = None
) -> pl.DataFrame:
    """Weight of each shared key: kind weight x IDF x suspicion of the accounts holding it.

    ``prior`` (account_id, prior in [0, 1]) is each account's own suspicion before linking;
    a key's suspicion factor is ``0.15 + 0.85 x mean prior of its holders``.
    Returns (key_kind, key, df, weight, kid) for keys held by two or more accounts, in
    ``kind|key`` order; ``kid`` numbers them in that order, so later steps join and group
    on one integer instead of two strings (hashing those was a third of the link stage).
    """
    n = max(n_accounts, 3)
    held = keys.unique(["account_id", "key_kind", "key"])
    if prior is not None:
        held = held.join(prior.select("account_id", "prior"), on="account_id", how="left")
    else:
        held = held.with_columns(pl.lit(0.5).alias("prior"))
    per_key = held.group_by("key_kind", "key").agg(
        pl.len().alias("df"), pl.col("prior").fill_null(0.0).mean().alias("holder_prior")
    )
    kind_w = pl.col("key_kind").replace_strict(KIND_WEIGHTS, default=0.5, return_dtype=pl.Float64)
    idf = ((n / pl.col("df")).log() / math.log(n / 2)).clip(0.05, 1.0)
    factor = BENIGN_KEY_FACTOR + (1 - BENIGN_KEY_FACTOR) * pl.col("holder_prior")
    return (
        per_key.filter((pl.col("df") >= 2) & (pl.col("df") <= max(MAX_DF_SHARE * n, 50)))
        # Rounded: the holders' mean prior is a parallel sum whose last bit varies by run.
        .with_columns((kind_w * idf * factor).round(12).alias("weight"))
        .drop("holder_prior")
        .sort(pl.format("{}|{}", "key_kind", "key"))
        .with_row_index("kid")
        .select("key_kind", "key", "df", "weight", "kid")
    )


def key_holdings(keys: pl.DataFrame, weights: pl.DataFrame) -> pl.DataFrame:
    """(account_id, key_kind, key, df, kid): each account's weighted keys once, with the
    key's holder count and id. Built once per scan: coverage, growth, merging and
    look-alikes read it."""
    return (
        keys.lazy()
        .select("account_id", "key_kind", "key")
        .unique()
        .join(weights.lazy().select("key_kind", "key", "df", "kid"), on=["key_kind", "key"])
        .collect()
    )


def communities(
    keys: pl.DataFrame, weights: pl.DataFrame, *, seed: int = 0, resolution: float = RESOLUTION
) -> pl.DataFrame:
    """Leiden communities of accounts on the bipartite account-key graph.

    Returns (account_id, community) for every account holding at least one weighted key;
    community ids are dense integers, stable for a given input and seed.
    """
    edges = keys.join(weights.select("key_kind", "key", "kid", "weight"), on=["key_kind", "key"])
    if edges.is_empty():
        return pl.DataFrame(schema={"account_id": pl.String, "community": pl.Int64})
    acc = edges["account_id"].unique().sort()
    # Accounts are nodes 0.. in id order, then keys in ``kind|key`` order (``kid`` order).
    # Sorted on every column and rounded: parallel group-by sums may differ in the last bit
    # between runs, and Leiden's result depends on edge order and weights.
    a_idx = pl.DataFrame({"account_id": acc, "a": pl.int_range(0, len(acc), eager=True)})
    e = (
        edges.join(a_idx, on="account_id")
        .select(
            "a",
            (pl.col("kid").rank("dense") - 1 + len(acc)).cast(pl.Int64).alias("k"),
            (pl.col("weight") * (0.5 + 0.5 * pl.col("share").clip(0, 1))).round(9).alias("w"),
        )
        .sort("a", "k", "w")
    )
    n_keys = edges["kid"].n_unique()
    # Plain Python ints: igraph converts these fastest (numpy rows or Series items: 1.3-2x).
    pairs = list(zip(e["a"].to_list(), e["k"].to_list(), strict=True))
    graph = ig.Graph(n=len(acc) + n_keys, edges=pairs)
    rng_state = random.getstate()
    random.seed(seed)
    try:
        parts = graph.community_leiden(
            objective_function="modularity",
            n_iterations=2,
            weights=e["w"].to_list(),
            resolution=resolution,
        )
    finally:
        random.setstate(rng_state)
    membership = parts.membership[: len(acc)]
    return pl.DataFrame({"account_id": acc, "community": pl.Series(membership, dtype=pl.Int64)})
