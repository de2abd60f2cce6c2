"""Account-level score: each signal's robust z-score against the population, mapped to a
strength in [0, 1], combined per family (max) and across families (weighted mean).

Unsupervised and transparent: no labels, every number is "this account vs the median
account", so the same method holds on worlds it was never tuned on.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from distillwatch.features.population import robust_baseline, robust_z
from distillwatch.score.signals import FAMILY_WEIGHTS, SIGNALS, Signal


@dataclass(frozen=True, slots=True)
class Baseline:
    """Population baseline of one signal: median and robust scale of its column."""

    median: float
    scale: float


def strength(z: pl.Series, sig: Signal) -> pl.Series:
    """Map a robust z-score to [0, 1]: 0 below ``z_low``, 1 above ``z_high``, linear between."""
    return ((z - sig.z_low) / (sig.z_high - sig.z_low)).clip(0.0, 1.0).fill_null(0.0).fill_nan(0.0)


def signal_strengths(features: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Baseline]]:
    """Per-account strength of every signal whose column exists and has data.

    Returns (account_id, s_<signal> ...) and the baselines used, for the evidence.
    """
    cols: list[pl.Series] = [features["account_id"]]
    baselines: dict[str, Baseline] = {}
    for sig in SIGNALS:
        if sig.column not in features.columns or features[sig.column].null_count() == len(features):
            continue
        values = features[sig.column].cast(pl.Float64)
        median, scale = robust_baseline(values, min_scale=sig.min_scale)
        baselines[sig.name] = Baseline(median, scale)
        cols.append(
            strength(robust_z(values, median, scale, sig.direction), sig).alias(f"s_{sig.name}")
        )
    return pl.DataFrame(cols), baselines


def family_strengths(strengths: pl.DataFrame) -> pl.DataFrame:
    """Strongest signal of each family per account (f_<family>); absent families are 0."""
    exprs = []
    for family in FAMILY_WEIGHTS:
        members = [
            f"s_{s.name}"
            for s in SIGNALS
            if s.family == family and f"s_{s.name}" in strengths.columns
        ]
        expr = pl.max_horizontal(*members) if members else pl.lit(0.0)
        exprs.append(expr.alias(f"f_{family}"))
    return strengths.select("account_id", *exprs)


def individual_score(families: pl.DataFrame, available: set[str]) -> pl.DataFrame:
    """Weighted mean of family strengths over the families the data supports (``prior``)."""
    weights = {f: w for f, w in FAMILY_WEIGHTS.items() if f in available}
    total = sum(weights.values()) or 1.0
    expr = pl.sum_horizontal(*[pl.col(f"f_{f}") * w for f, w in weights.items()]) / total
    return families.with_columns(expr.alias("prior") if weights else pl.lit(0.0).alias("prior"))


def available_families(baselines: dict[str, Baseline]) -> set[str]:
    """Families with at least one signal computed on this data."""
    return {s.family for s in SIGNALS if s.name in baselines}
