"""Exact-enough, bounded-memory duplicate detection over a stream of batches.

Ids are reduced to 64-bit hashes (Polars' vectorised string hash) kept in a few sorted NumPy
runs merged like a binary counter, so memory is about 10 bytes per distinct id (8 for the
hash, up to 2 for a prefilter bitmap), and each batch costs a few vectorised NumPy calls. Two different ids sharing a 64-bit hash would be taken for
duplicates: with 20 million distinct ids the chance that this happens at all is about 1e-5.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import polars as pl

_SEED: Final = 0x5EED_D15711
#: Largest prefilter bitmap sized from an ``expected`` hint (2**31 bits = 256 MiB).
_MAX_FILTER_BITS: Final = 31


def hash_ids(ids: pl.Series) -> np.ndarray:
    """64-bit hashes of string ids (stable within one process and Polars version)."""
    return ids.hash(_SEED).to_numpy()


class HashSet:
    """A growing set of 64-bit hashes: sorted runs merged like a binary counter.

    A bitmap indexed by the top hash bits answers "certainly new" for most ids, so only the
    few ids whose bit is set are binary-searched in the runs. It starts at 2**``filter_bits``
    bits and doubles (rebuilt from the runs) whenever more than 1/8 of its bits could be set,
    so the share of ids needing a search stays under ~12% however many ids arrive; it costs
    at most ~2 bytes per id.
    """

    def __init__(self, filter_bits: int = 22, expected: int = 0) -> None:
        self._runs: list[np.ndarray] = []
        self.size = 0
        # Sized for ``expected`` ids up front, the bitmap is not rebuilt from the runs as it
        # grows (three rebuilds, ~0.6 s of CPU, for 10M ids); capped at 256 MiB.
        self._resize(min(max(filter_bits, (expected * 16).bit_length()), _MAX_FILTER_BITS))

    def _resize(self, filter_bits: int) -> None:
        self._filter_bits = filter_bits
        self._bits = np.zeros(1 << max(filter_bits - 6, 0), dtype=np.uint64)
        self._shift = np.uint64(64 - filter_bits)
        for run in self._runs:
            self._mark(run)

    def _slots(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        slots = hashes >> self._shift
        return slots >> np.uint64(6), np.left_shift(np.uint64(1), slots & np.uint64(63))

    def _mark(self, run: np.ndarray) -> None:
        """Set the bitmap bits of a sorted run (equal words are neighbours, OR-reduced once)."""
        words, masks = self._slots(run)
        starts = np.flatnonzero(np.r_[True, words[1:] != words[:-1]])
        self._bits[words[starts]] |= np.bitwise_or.reduceat(masks, starts)

    def contains(self, hashes: np.ndarray) -> np.ndarray:
        """Boolean mask: which of ``hashes`` are already in the set."""
        words, masks = self._slots(hashes)
        found = (self._bits[words] & masks) != 0
        if not found.any():
            return found
        candidates = np.flatnonzero(found)
        # Sorted probes walk each run front to back: far fewer cache misses than random ones.
        candidates = candidates[np.argsort(hashes[candidates])]
        queries = hashes[candidates]
        hit = np.zeros(queries.shape[0], dtype=bool)
        for run in self._runs:
            idx = np.searchsorted(run, queries)
            np.minimum(idx, run.shape[0] - 1, out=idx)
            hit |= run[idx] == queries
        found[candidates] = hit
        return found

    def add(self, hashes: np.ndarray) -> None:
        """Insert distinct hashes that are not yet present (the caller has filtered them)."""
        if hashes.shape[0] == 0:
            return
        run = np.sort(hashes)
        self._runs.append(run)
        self.size += run.shape[0]
        if self.size * 8 > (1 << self._filter_bits):
            self._resize(max(self._filter_bits + 1, int(self.size * 16).bit_length()))
        else:
            self._mark(run)
        while len(self._runs) > 1 and self._runs[-2].shape[0] <= 2 * self._runs[-1].shape[0]:
            newer = self._runs.pop()
            older = self._runs.pop()
            merged = np.concatenate([older, newer])
            del older, newer
            # Timsort ("stable") sees two sorted runs and merges them in linear time, in place.
            merged.sort(kind="stable")
            self._runs.append(merged)

    def add_new(self, hashes: np.ndarray) -> np.ndarray:
        """Insert ``hashes``; return the mask of those seen for the first time (first occurrence)."""
        if hashes.shape[0] == 0:
            return np.zeros(0, dtype=bool)
        new = pl.Series(hashes).is_first_distinct().to_numpy()
        new &= ~self.contains(hashes)
        self.add(hashes[new])
        return new


class Deduper:
    """Keeps the first occurrence of each ``event_id`` across every batch it is shown.

    Used by ``ingest_events`` and reusable by the live service: ``keep = deduper.first_seen(frame)``.
    ``expected`` (how many ids are coming, when known) only presizes the prefilter.
    """

    def __init__(self, column: str = "event_id", expected: int = 0) -> None:
        self.column = column
        self._seen = HashSet(expected=expected)

    def first_seen(self, frame: pl.DataFrame) -> np.ndarray:
        """Mask of rows whose id has not been seen before (in earlier batches or earlier rows)."""
        return self._seen.add_new(hash_ids(frame.get_column(self.column)))

    def filter(self, frame: pl.DataFrame) -> tuple[pl.DataFrame, int]:
        """``frame`` without repeated ids, and how many rows were dropped as duplicates."""
        keep = self.first_seen(frame)
        kept = frame.filter(pl.Series(keep)) if not keep.all() else frame
        return kept, frame.height - kept.height

    @property
    def distinct(self) -> int:
        """How many distinct ids have been seen."""
        return self._seen.size
