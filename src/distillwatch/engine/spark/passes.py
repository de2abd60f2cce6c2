"""The per-account passes the Spark engine runs on each bucket of accounts.

Each pass calls the embedded engine's own step functions on ALL events of a set of
accounts (Spark shuffles by ``account_id``), so every per-account row is what the embedded
engine computes. Population-level steps (baselines, day ranks, release detection) run
afterwards on the driver over the per-account tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from distillwatch.features.behaviour import daily_model_counts, hourly_counts, metadata_aggregates
from distillwatch.features.network import network_counts, prefix_counts, prefix_table
from distillwatch.features.releases import pivot_features
from distillwatch.link.keys import Signatures, infra_keys
from distillwatch.link.keys import sync_keys as link_sync_keys
from distillwatch.pipeline.detect import (
    Annotate,
    annotate_partials,
    content_tables,
    profile_sample,
)


@dataclass(frozen=True, slots=True)
class AccountPass:
    """Pass 1: behaviour aggregates, traffic keys and (unless metadata-only) content."""

    annotate: Annotate | None = None
    signatures: Signatures | None = None

    def __call__(self, events: pl.DataFrame) -> dict[str, pl.DataFrame]:
        lf = events.lazy()
        prefixes = prefix_counts(lf)
        infra = infra_keys(lf, prefixes)
        meta = metadata_aggregates(lf).collect()
        out = {
            "daily": daily_model_counts(lf).collect(),
            "hourly": hourly_counts(lf).collect(),
            "meta": meta.join(network_counts(prefixes[0]), on="account_id", how="left"),
            # sync keys need the prefixes shared across ALL accounts: pass 2.
            "traffic_keys": infra.filter(pl.col("key_kind") != "sync"),
        }
        if self.annotate is None or self.signatures is None:
            return out
        partials = annotate_partials(lf, self.annotate)
        if partials is None:
            return out
        out["content"], out["content_keys"] = content_tables(lf, partials, self.signatures)
        # Profiles are compared across the whole population: the driver runs that step.
        out["profile_sample"] = profile_sample(partials)
        return out


@dataclass(frozen=True, slots=True)
class WindowPass:
    """Pass 2: release pivots and synchronised-prefix keys, given population-level inputs.

    ``releases`` come from all traffic; ``shared_ip_keys`` are the IP-prefix keys of ALL
    accounts restricted to prefixes held by two or more, which is exactly the set
    ``sync_keys`` expands.
    """

    releases: pl.DataFrame
    shared_ip_keys: pl.DataFrame

    def __call__(self, events: pl.DataFrame) -> dict[str, pl.DataFrame]:
        lf = events.lazy()
        prefixes = prefix_table(events.get_column("ip"))
        return {
            "pivot": pivot_features(lf, self.releases),
            "sync_keys": link_sync_keys(lf, prefixes, self.shared_ip_keys),
        }
