"""Template fingerprints: MinHash LSH band keys of normalised prompts (rensa).

Keys are shared between providers as indicators (STIX), so every step is pinned:
the normalisation is a fixed regex pipeline, words are hashed with xxh3-64 (a
published, platform-independent hash), word 3-gram shingles are combined with a
fixed integer mixer, rensa's MinHash runs with a fixed seed, and each band of the
signature is folded into one 64-bit key with the same mixer. Tests pin a few keys so
an accidental change of any step is caught.

MinHash runs on a bounded per-account sample (``sample_per_account``), so its cost
grows with the number of accounts, not with the number of events.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import polars as pl
import rensa

from distillwatch.features.content.ngrams import utf8_buffers, xxh3_each
from distillwatch.features.content.normalize import hash_u64, signature_text

MINHASH_SEED = 20260227
SHINGLE_WORDS = 3
SAMPLE_PER_ACCOUNT = 32
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def mix64(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser over a uint64 array (wrapping arithmetic, platform-independent)."""
    x = x.astype(np.uint64, copy=True)
    with np.errstate(over="ignore"):
        x ^= x >> np.uint64(30)
        x *= np.uint64(0xBF58476D1CE4E5B9)
        x ^= x >> np.uint64(27)
        x *= np.uint64(0x94D049BB133111EB)
        x ^= x >> np.uint64(31)
    return x & _MASK64


def _distinct(values: pl.Series) -> tuple[pl.Series, np.ndarray]:
    """Distinct values (first-occurrence order) and, per input row, its index among them."""
    frame = values.to_frame("v")
    uniq = frame.unique("v", keep="first", maintain_order=True).with_row_index("code")
    codes = frame.join(uniq, on="v", how="left", maintain_order="left").get_column("code")
    return uniq.get_column("v"), codes.to_numpy()


def word_hashes(words: pl.Series) -> np.ndarray:
    """xxh3-64 of each word's UTF-8 bytes (stable across versions and machines; a null
    word hashes as empty), in one compiled pass (``ngrams.xxh3_each``: 0.03 s for 7.5M
    words, where a Python xxhash loop over the distinct ones took 0.42 s)."""
    return xxh3_each(*utf8_buffers(words.cast(pl.String).fill_null("")))


def _shingles(
    word_hash: np.ndarray, lengths: np.ndarray, word_row: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of word ``SHINGLE_WORDS``-grams per text (a text shorter than that is one shingle).

    ``word_row`` is the text of each word (words are grouped by text, in order). Returns the
    flat shingle hashes and row offsets (len = texts + 1), as rensa wants them. A shingle
    folds its words ``w_j`` as ``acc = mix(acc ^ w_j ^ (j + 1))`` from ``acc = 0``.
    """
    n = SHINGLE_WORDS
    counts = np.where(lengths >= n, lengths - n + 1, np.minimum(lengths, 1)).astype(np.int64)
    offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.uint64)
    out = np.empty(int(counts.sum()), dtype=np.uint64)
    # Full shingles start at every word with n - 1 more words of the same text after it.
    first = np.flatnonzero(word_row[: len(word_row) - n + 1] == word_row[n - 1 :])
    acc = np.zeros(len(first), dtype=np.uint64)
    for j in range(n):
        acc = mix64(acc ^ word_hash[first + j] ^ np.uint64(j + 1))
    # A text of 1..n-1 words is one shingle of all its words.
    short = np.flatnonzero((lengths > 0) & (lengths < n))
    is_full = np.ones(len(out), dtype=bool)
    is_full[offsets[short].astype(np.int64)] = False
    out[is_full] = acc
    if len(short):
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)[short]
        span = lengths[short]
        sacc = np.zeros(len(short), dtype=np.uint64)
        for j in range(n - 1):
            val = np.where(j < span, word_hash[np.where(j < span, starts + j, 0)], np.uint64(0))
            sacc = mix64(sacc ^ val ^ np.uint64(j + 1))
        # Positions past the text's end still fold the step constant (as for full ones).
        sacc = mix64(sacc ^ np.uint64(n))
        out[~is_full] = sacc
    return out, offsets


def _band_keys(digests: np.ndarray, bands: int) -> np.ndarray:
    """Fold each band of a (texts, num_perm) uint32 digest into one 64-bit key per band."""
    n, num_perm = digests.shape
    rows = num_perm // bands
    d = digests[:, : rows * bands].reshape(n, bands, rows).astype(np.uint64)
    acc = np.broadcast_to(
        np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15), (n, bands)
    )
    acc = mix64(np.ascontiguousarray(acc))
    for r in range(rows):
        acc = mix64(acc ^ d[:, :, r])
    return acc


def template_signatures(
    texts: Sequence[str] | pl.Series, *, num_perm: int = 64, bands: int = 16
) -> list[list[int]]:
    """MinHash LSH band keys (unsigned 64-bit ints) of each text's normalised word 3-grams.

    Near-duplicate templates (same skeleton, different fillers) share at least one band key
    with high probability; unrelated texts almost never do. An empty text has no keys.
    Stable across runs, processes and machines (see module docstring).
    """
    keys, has_words = template_signature_matrix(texts, num_perm=num_perm, bands=bands)
    rows = keys.tolist()
    for i in np.flatnonzero(~has_words).tolist():
        rows[i] = []
    return rows


def template_signature_matrix(
    texts: Sequence[str] | pl.Series, *, num_perm: int = 64, bands: int = 16
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`template_signatures` as arrays: band keys (texts x bands, uint64) and whether
    each text has any word (a text without words has no keys; its row is meaningless).
    For callers that explode keys in Polars/NumPy: no Python list per text.
    """
    if num_perm % bands:
        raise ValueError(f"num_perm ({num_perm}) must be a multiple of bands ({bands})")
    series = texts if isinstance(texts, pl.Series) else pl.Series(list(texts), dtype=pl.String)
    if series.len() == 0:
        return np.zeros((0, bands), dtype=np.uint64), np.zeros(0, dtype=bool)
    # Equal texts get equal keys: sign each distinct normalised text once (a sample repeats
    # prompts across accounts: popular templates, copied tasks, one hydra's queue).
    raw, raw_codes = _distinct(series.cast(pl.String).fill_null(""))
    norm, norm_codes = _distinct(pl.select(signature_text(raw).alias("w")).to_series())
    keys, lengths = _signature_matrix(norm, num_perm=num_perm, bands=bands)
    codes = norm_codes[raw_codes]
    return keys[codes], lengths[codes] > 0


def _signature_matrix(
    norm: pl.Series, *, num_perm: int, bands: int
) -> tuple[np.ndarray, np.ndarray]:
    """Band keys (texts x bands, uint64) and word counts of already normalised texts."""
    flat = (
        norm.to_frame("w")
        .with_row_index("row")
        .with_columns(pl.col("w").str.split(" "))
        .explode("w")
        .filter(pl.col("w").is_not_null() & (pl.col("w") != ""))
    )
    word_row = flat.get_column("row").to_numpy()
    lengths = np.bincount(word_row, minlength=norm.len()).astype(np.int64)
    words = flat.get_column("w")
    word_hash = word_hashes(words) if words.len() else np.zeros(0, dtype=np.uint64)
    shingles, offsets = _shingles(word_hash, lengths, word_row)
    matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
        shingles, offsets, num_perm, MINHASH_SEED
    )
    digests = np.asarray(matrix.to_rows(), dtype=np.uint32).reshape(len(lengths), num_perm)
    return _band_keys(digests, bands), lengths


def sample_per_account(events: pl.DataFrame, k: int = SAMPLE_PER_ACCOUNT) -> pl.DataFrame:
    """Up to ``k`` distinct non-empty prompts per account, chosen deterministically.

    Returns ``account_id``, ``event_id``, ``text``. The choice ranks each account's
    events by a seeded hash of ``event_id`` (not by time), so a sample is spread over
    the whole window and the same input always yields the same sample.
    """
    frame = events.select("account_id", "event_id", pl.col("prompt").fill_null("").alias("text"))
    frame = frame.filter(pl.col("text").str.len_bytes() > 0)
    rank = pl.Series("r", hash_u64(frame.get_column("event_id"), seed=0x5A3B1E))
    frame = frame.with_columns(rank).sort("account_id", "r", "event_id")
    frame = frame.unique(subset=["account_id", "text"], keep="first", maintain_order=True)
    return frame.filter(pl.int_range(pl.len()).over("account_id") < k).drop("r")


def template_families(sample: pl.DataFrame, *, num_perm: int = 64, bands: int = 16) -> pl.DataFrame:
    """Per account, the LSH band keys of its sampled texts: ``account_id``, ``family`` (UInt64),
    ``n_texts`` (how many of its sampled texts carry that key).

    Accounts sharing a family key sent near-duplicates of one template; the linker joins on it.
    """
    keys = template_signatures(sample.get_column("text"), num_perm=num_perm, bands=bands)
    exploded = pl.DataFrame(
        {
            "account_id": sample.get_column("account_id"),
            "family": pl.Series(keys, dtype=pl.List(pl.UInt64)),
        }
    ).explode("family")
    return (
        exploded.drop_nulls("family")
        .group_by("account_id", "family")
        .agg(pl.len().cast(pl.Int64).alias("n_texts"))
        .sort("account_id", "family")
    )
