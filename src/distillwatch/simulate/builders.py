"""Small vectorised building blocks of a population: string tables, the address space,
column accumulation, weighted choice and org grouping."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from distillwatch.simulate import vocab


@dataclass(slots=True)
class Tables:
    """String tables events index into; index 0 of each is the empty/null entry."""

    heads: list[str] = field(default_factory=lambda: [""])
    fillers: list[str] = field(default_factory=lambda: [""])
    tails: list[str] = field(default_factory=lambda: [""])
    systems: list[str | None] = field(default_factory=lambda: [None])

    @staticmethod
    def _add(table: list, items: list) -> tuple[int, int]:
        lo = len(table)
        table.extend(items)
        return lo, len(items)


def char_len(arr: pa.Array) -> np.ndarray:
    """Characters per entry of a string array (0 for null), for token counts without re-reading."""
    return pc.utf8_length(arr).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)


def expected_turns(sg_len: np.ndarray, max_turns: np.ndarray) -> np.ndarray:
    """E[min(L, m)] over sharegpt conversation lengths L, for each cap m (1..64)."""
    caps = np.arange(65)
    mean = np.array([np.minimum(sg_len, c).mean() if c else 1.0 for c in caps])
    return mean[np.clip(max_turns, 0, 64)]


def group_sizes(rng: np.random.Generator, n: int, lo: int, hi: int) -> np.ndarray:
    """Split ``n`` accounts into orgs of ``lo..hi`` accounts; returns org number per account."""
    sizes = rng.integers(lo, hi + 1, size=n)  # more than enough orgs
    return np.repeat(np.arange(n), sizes)[:n]


def choice(rng: np.random.Generator, n: int, weights: np.ndarray) -> np.ndarray:
    """``n`` draws of indices with the given (unnormalised) weights, vectorised."""
    cdf = np.cumsum(np.asarray(weights, dtype=float))
    return np.minimum(np.searchsorted(cdf / cdf[-1], rng.random(n), side="right"), len(cdf) - 1)


class IpSpace:
    """The flat table of address strings (IPv4 and IPv6) accounts reference by segments."""

    def __init__(self) -> None:
        self.parts: list[pa.Array] = []
        self.size = 0

    def add(self, ips: np.ndarray | pa.Array) -> tuple[int, int]:
        """Append addresses (uint32 IPv4 numbers or an Arrow string array); (offset, count)."""
        arr = ips if isinstance(ips, pa.Array) else vocab.ipv4_strings(ips)
        lo = self.size
        self.parts.append(arr)
        self.size += len(arr)
        return lo, len(arr)

    def add_many(
        self, ips: np.ndarray | pa.Array, counts: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Append consecutive segments of ``counts`` addresses; returns their offsets and sizes."""
        lo = self.size + np.cumsum(counts) - counts
        self.add(ips)
        return lo.astype(np.int64), counts.astype(np.int64)

    def table(self) -> pa.Array:
        return pa.concat_arrays(self.parts)


class Builder:
    """Accumulates per-account columns group by group (one benign kind or one campaign)."""

    def __init__(self) -> None:
        self.cols: dict[str, list[np.ndarray]] = {}

    def put(self, n: int, **values: object) -> None:
        for key, value in values.items():
            arr = np.asarray(value)
            if arr.ndim == 0:
                arr = np.full(n, arr.item() if arr.dtype != object else value, dtype=arr.dtype)
            if len(arr) != n:
                raise ValueError(f"column {key}: {len(arr)} values for {n} accounts")
            self.cols.setdefault(key, []).append(arr)

    def arrays(self) -> dict[str, np.ndarray]:
        return {k: np.concatenate(v) for k, v in self.cols.items()}
