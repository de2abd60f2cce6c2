"""Account-level score: each signal's robust z-score against the population, mapped to a
strength in [0, 1], combined per family (max) and across families (weighted mean).

Unsupervised and transparent: no labels, every number is "this account vs the median
account", so the same method holds on worlds it was never tuned on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

import polars as pl

from distillwatch.features.population import robust_baseline, robust_z
from distillwatch.score.signals import FAMILY_WEIGHTS, MEAN_FAMILIES, SIGNALS, Signal

#: Exchanges at which an account's rates count fully (fewer: proportionally less).
RELIABLE_EVENTS = 20
#: Minimum accounts with ``RELIABLE_EVENTS`` to take baselines over them only.
MIN_BASELINE_ACCOUNTS = 30


@dataclass(frozen=True, slots=True)
class Baseline:
    """Population baseline of one signal: median and robust scale of its column."""

    median: float
    scale: float


Z = TypeVar("Z", pl.Series, pl.Expr)


def strength(z: Z, sig: Signal) -> Z:
    """Map a robust z-score to [0, 1]: 0 below ``z_low``, 1 above ``z_high``, linear between.
    Works on a column of accounts (Series) or inside an aggregation (Expr, group pooling)."""
    return ((z - sig.z_low) / (sig.z_high - sig.z_low)).clip(0.0, 1.0).fill_null(0.0).fill_nan(0.0)


def reliability(n_events: pl.Series) -> pl.Series:
    """Weight of a per-exchange rate measured on n exchanges: n / RELIABLE_EVENTS, at most 1."""
    return (n_events.cast(pl.Float64) / RELIABLE_EVENTS).clip(0.0, 1.0)


def baseline_population(features: pl.DataFrame) -> pl.Series:
    """Mask of the accounts baselines are taken over: those with enough exchanges to measure
    rates (so thousands of three-request accounts do not define "normal"), or all accounts
    when too few qualify."""
    enough = features["n_events"] >= RELIABLE_EVENTS
    return (
        enough
        if int(enough.sum()) >= MIN_BASELINE_ACCOUNTS
        else pl.Series([True] * features.height)
    )


def signal_strengths(features: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, Baseline]]:
    """Per-account strength of every signal whose column exists and has data.

    Baselines come from :func:`baseline_population`; per-exchange rates are scaled by
    :func:`reliability`. Returns (account_id, s_<signal> ...) and the baselines used.
    """
    cols: list[pl.Series] = [features["account_id"]]
    baselines: dict[str, Baseline] = {}
    mask = baseline_population(features)
    weight = reliability(features["n_events"])
    for sig in SIGNALS:
        if sig.column not in features.columns or features[sig.column].null_count() == len(features):
            continue
        values = features[sig.column].cast(pl.Float64)
        median, scale = sig.fixed or robust_baseline(values.filter(mask), min_scale=sig.min_scale)
        baselines[sig.name] = Baseline(median, scale)
        s = strength(robust_z(values, median, scale, sig.direction), sig)
        cols.append((s * weight if sig.per_exchange else s).alias(f"s_{sig.name}"))
    return pl.DataFrame(cols), baselines


def family_strengths(strengths: pl.DataFrame) -> pl.DataFrame:
    """Strongest signal of each family per account (f_<family>); absent families are 0.

    Trust is the mean of its signals: an unverified old account or a fresh verified one
    is common; fresh AND unverified is what fraudulent sign-ups look like.
    """
    exprs = []
    for family in FAMILY_WEIGHTS:
        members = [
            f"s_{s.name}"
            for s in SIGNALS
            if s.family == family and f"s_{s.name}" in strengths.columns
        ]
        combine = pl.mean_horizontal if family in MEAN_FAMILIES else pl.max_horizontal
        expr = combine(*members) if members else pl.lit(0.0)
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
