"""Group-pooled signal strengths: the same account signals, judged on a group's median.

An evasive operator keeps every account just inside normal: a little fresher than the
population, a little off its declared country's day. One account like that proves
nothing; a hundred accounts of one group that all lean the same way do. The median of n
independent accounts has standard error about 1.25 x scale / sqrt(n), so the group's
median is scored with that smaller scale, against the same population baselines and the
same z-score-to-strength mapping as a single account.

Members of one operator are not independent draws, and benign groups share habits too, so
``n`` is capped (``MAX_POOLED``: at most a ``sqrt(MAX_POOLED) / 1.25`` = 3.2-fold
sharpening) and groups measure only from ``MIN_POOLED`` members on: the pooled lines
support a convergent decision, they never make one alone (see ``score.campaign``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Final

import polars as pl

from distillwatch.score.account import RELIABLE_EVENTS, Baseline, strength
from distillwatch.score.signals import MEAN_FAMILIES, SIGNALS

#: Families pooled at group level (content families are already group lines).
POOLED_FAMILIES: Final = ("volume", "timing", "tokens", "network", "trust")
#: Members measured (enough exchanges for per-exchange rates) before a group is pooled.
MIN_POOLED: Final = 20
#: Cap on the effective number of independent members.
MAX_POOLED: Final = 16
#: Exchanges a member needs for its per-exchange rates to enter the group median.
MIN_MEMBER_EVENTS: Final = RELIABLE_EVENTS // 2
#: Standard error of a median relative to that of a mean, for near-normal data.
MEDIAN_SE: Final = math.sqrt(math.pi / 2)


def pooled_families(
    membership: pl.DataFrame, features: pl.DataFrame, baselines: Mapping[str, Baseline]
) -> pl.DataFrame:
    """(community, p_<family> ...) for ``POOLED_FAMILIES``; 0 for groups too small to pool."""
    joined = membership.join(features, on="account_id")
    aggs: list[pl.Expr] = []
    by_family: dict[str, list[str]] = {}
    for sig in SIGNALS:
        if (
            sig.family not in POOLED_FAMILIES
            or sig.name not in baselines
            or sig.column not in joined.columns
        ):
            continue
        base = baselines[sig.name]
        value = pl.col(sig.column).cast(pl.Float64)
        if sig.per_exchange:
            value = value.filter(pl.col("n_events") >= MIN_MEMBER_EVENTS)
        n = value.count()
        se = MEDIAN_SE * base.scale / n.clip(1, MAX_POOLED).cast(pl.Float64).sqrt()
        z = sig.direction * (value.median() - base.median) / se
        aggs.append(pl.when(n >= MIN_POOLED).then(strength(z, sig)).otherwise(0.0).alias(sig.name))
        by_family.setdefault(sig.family, []).append(sig.name)
    out = joined.group_by("community").agg(aggs) if aggs else joined.select("community").unique()
    fams = []
    for family in POOLED_FAMILIES:
        cols = by_family.get(family)
        combine = pl.mean_horizontal if family in MEAN_FAMILIES else pl.max_horizontal
        fams.append((combine(*cols) if cols else pl.lit(0.0)).alias(f"p_{family}"))
    return out.select("community", *fams)
