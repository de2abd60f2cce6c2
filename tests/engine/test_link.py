"""Per-component Leiden (the path past the driver bound) finds the planted groups."""

from __future__ import annotations

import polars as pl
import pytest

from distillwatch.engine.spark.link import per_component_communities
from distillwatch.link.graph import communities, key_weights
from distillwatch.link.keys import KEY_SCHEMA

pytestmark = pytest.mark.spark


def _planted_keys() -> pl.DataFrame:
    """Three hydra groups (shared card, proxy prefix, template) among independent accounts."""
    rows = []
    for g, size in enumerate((12, 8, 5)):
        for i in range(size):
            acct = f"g{g}-{i:02d}"
            rows += [
                (acct, "payment", f"card-{g}", 1.0),
                (acct, "ip24", f"10.{g}.0.0/24", 0.6),
                (acct, "template", f"mh:{g:016x}", 0.5),
            ]
    # two groups also share one weak user agent: one component, two communities
    rows += [("g0-00", "user_agent", "sdk/1", 0.3), ("g1-00", "user_agent", "sdk/1", 0.3)]
    for i in range(60):
        rows.append((f"solo-{i:02d}", "user_agent", f"ua-{i}", 1.0))
    return pl.DataFrame(rows, schema=KEY_SCHEMA, orient="row")


def _groups(membership: pl.DataFrame) -> set[frozenset[str]]:
    return {
        frozenset(g)
        for g in membership.group_by("community").agg("account_id")["account_id"].to_list()
    }


def test_per_component_leiden_matches_the_driver_run(spark) -> None:
    keys = _planted_keys()
    weights = key_weights(keys, 85)
    split, stats = per_component_communities(spark, keys, weights, buckets=3)
    assert stats.mode == "per_component"
    assert stats.components == 2 and stats.largest_component == 20
    assert _groups(split) == _groups(communities(keys, weights))
    assert {frozenset(a for a in g) for g in _groups(split)} >= {
        frozenset(f"g2-{i:02d}" for i in range(5))
    }
