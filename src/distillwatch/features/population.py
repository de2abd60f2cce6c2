"""Population baselines: robust z-scores of each account signal against all accounts.

Computed after the per-account table exists (so an engine can compute per-account rows in
partitions and baselines once). Robust statistics (median, MAD) keep a campaign of
thousands of accounts from moving the baseline it is measured against.
"""

from __future__ import annotations

import polars as pl

#: MAD -> standard deviation for normal data.
MAD_SCALE = 1.4826


def robust_baseline(values: pl.Series, *, min_scale: float) -> tuple[float, float]:
    """Median and robust scale (1.4826 x MAD, floored at ``min_scale``) of the non-null values."""
    clean = values.drop_nulls().drop_nans() if values.dtype.is_float() else values.drop_nulls()
    if clean.is_empty():
        return 0.0, min_scale
    median = float(clean.median())  # type: ignore[arg-type]
    mad = float((clean - median).abs().median())  # type: ignore[arg-type]
    return median, max(MAD_SCALE * mad, min_scale)


def robust_z(values: pl.Series, median: float, scale: float, direction: int) -> pl.Series:
    """Signed robust z-score; ``direction`` -1 makes low values the suspicious side."""
    return (values.cast(pl.Float64) - median) / scale * direction
