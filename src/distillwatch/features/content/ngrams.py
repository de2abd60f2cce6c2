"""Compiled (numba) text kernels: xxh3-64 of byte ranges, and the content model's
features and scores: split each text into tokens, hash each token, and either list each
row's distinct unigram and bigram buckets (CSR arrays, for training) or add up their
weights directly (scoring, no matrix built).

One pass over the text bytes per row replaces Polars tokenising, a per-word Python xxhash
loop, scipy's per-row sort of a CSR matrix and the sparse product: the model's flags on
the 149k distinct prompts of `standard` seed 401 took 2.38 CPU s and take 0.69
(``benchmarks/content_rules.py --model-cpu``). The token rule and the hashes are
exactly those the shipped weights were trained on: xxh3-64 of the token's UTF-8 bytes
(checked against the ``xxhash`` package in the tests), so features stay stable across
processes and machines.
"""

from __future__ import annotations

import os
from pathlib import Path

import numba as nb
import numpy as np
import polars as pl
import pyarrow as pa

_U = np.uint64
_SECRET = np.frombuffer(
    bytes.fromhex(
        "b8fe6c3923a44bbe7c01812cf721ad1cded46de9839097db7240a4a4b7b3671f"
        "cb79e64eccc0e578825ad07dccff7221b8084674f743248ee03590e6813a264c"
        "3c2852bb91c300cb88d0658b1b532ea371644897a20df94e3819ef46a9deacd8"
        "a8fa763fe39c343ff9dcbbc7c70b4f1d8a51e04bcdb45931c89f7ec9d9787364"
        "eac5ac8334d3ebc3c581a0fffa1363eb170ddd51b7f0da49d316552629d4689e"
        "2b16be587d47a1fc8ff8b8d17ad031ce45cb3a8f95160428afd7fbcabb4b407e"
    ),
    dtype=np.uint8,
)
_P32_1, _P32_2, _P32_3 = _U(0x9E3779B1), _U(0x85EBCA77), _U(0xC2B2AE3D)
_P64_1, _P64_2, _P64_3 = _U(0x9E3779B185EBCA87), _U(0xC2B2AE3D27D4EB4F), _U(0x165667B19E3779F9)
_P64_4, _P64_5 = _U(0x85EBCA77C2B2AE63), _U(0x27D4EB2F165667C5)
_MX1, _MX2 = _U(0x165667919E3779F9), _U(0x9FB21C651E98DF25)
_M32 = _U(0xFFFFFFFF)
#: Bytes that separate tokens (spaces, newlines, tabs, carriage returns; other white space
#: is part of a token, as it was when the weights were trained).
_SPACE = np.zeros(256, dtype=np.bool_)
_SPACE[[ord(c) for c in " \n\t\r"]] = True


def _can_cache() -> bool:
    """Whether numba has somewhere to keep compiled code (beside this file, the folder
    ``NUMBA_CACHE_DIR`` names, or the user's cache folder); without one, ``cache=True``
    fails at the first call, so the kernels are then compiled in each process (~12 s)."""
    places = [Path(__file__).parent, Path(os.path.expanduser("~"))]
    if os.environ.get("NUMBA_CACHE_DIR"):
        places.append(Path(os.environ["NUMBA_CACHE_DIR"]))
    return any(os.access(p, os.W_OK) for p in places)


# nogil: ``annotate`` scores texts on a thread beside Polars' own work.
_jit = nb.njit(cache=_can_cache(), nogil=True)


@_jit
def _r32(p: np.ndarray, i: int) -> np.uint64:
    return _U(p[i]) | (_U(p[i + 1]) << _U(8)) | (_U(p[i + 2]) << _U(16)) | (_U(p[i + 3]) << _U(24))


@_jit
def _r64(p: np.ndarray, i: int) -> np.uint64:
    return _r32(p, i) | (_r32(p, i + 4) << _U(32))


@_jit
def _rotl(x: np.uint64, r: int) -> np.uint64:
    return (x << _U(r)) | (x >> _U(64 - r))


@_jit
def _swap64(x: np.uint64) -> np.uint64:
    out = _U(0)
    for k in range(8):
        out = (out << _U(8)) | ((x >> _U(8 * k)) & _U(0xFF))
    return out


@_jit
def _fold(a: np.uint64, b: np.uint64) -> np.uint64:
    """64x64 -> 128-bit product, its halves xor-ed (no 128-bit integers in numba)."""
    lo_lo = (a & _M32) * (b & _M32)
    hi_lo = (a >> _U(32)) * (b & _M32)
    lo_hi = (a & _M32) * (b >> _U(32))
    hi_hi = (a >> _U(32)) * (b >> _U(32))
    cross = (lo_lo >> _U(32)) + (hi_lo & _M32) + lo_hi
    upper = (hi_lo >> _U(32)) + (cross >> _U(32)) + hi_hi
    lower = (cross << _U(32)) | (lo_lo & _M32)
    return lower ^ upper


@_jit
def _xxh64_avalanche(h: np.uint64) -> np.uint64:
    h ^= h >> _U(33)
    h *= _P64_2
    h ^= h >> _U(29)
    h *= _P64_3
    return h ^ (h >> _U(32))


@_jit
def _avalanche(h: np.uint64) -> np.uint64:
    h ^= h >> _U(37)
    h *= _MX1
    return h ^ (h >> _U(32))


@_jit
def _mix16(p: np.ndarray, i: int, s: np.ndarray, j: int) -> np.uint64:
    return _fold(_r64(p, i) ^ _r64(s, j), _r64(p, i + 8) ^ _r64(s, j + 8))


@_jit
def _accumulate(acc: np.ndarray, p: np.ndarray, i: int, s: np.ndarray, j: int) -> None:
    for k in range(8):
        value = _r64(p, i + 8 * k)
        key = value ^ _r64(s, j + 8 * k)
        acc[k ^ 1] += value
        acc[k] += (key & _M32) * (key >> _U(32))


@_jit
def _long(p: np.ndarray, start: int, n: int, s: np.ndarray) -> np.uint64:
    acc = np.empty(8, dtype=np.uint64)
    acc[0], acc[1], acc[2], acc[3] = _P32_3, _P64_1, _P64_2, _P64_3
    acc[4], acc[5], acc[6], acc[7] = _P64_4, _P32_2, _P64_5, _P32_1
    stripes_per_block = (192 - 64) // 8
    block = 64 * stripes_per_block
    blocks = (n - 1) // block
    for b in range(blocks):
        for k in range(stripes_per_block):
            _accumulate(acc, p, start + b * block + k * 64, s, k * 8)
        for k in range(8):  # scramble
            a = acc[k]
            a ^= a >> _U(47)
            a ^= _r64(s, 192 - 64 + 8 * k)
            acc[k] = a * _P32_1
    stripes = ((n - 1) - block * blocks) // 64
    for k in range(stripes):
        _accumulate(acc, p, start + blocks * block + k * 64, s, k * 8)
    _accumulate(acc, p, start + n - 64, s, 192 - 64 - 7)
    result = _U(n) * _P64_1
    for k in range(4):
        result += _fold(
            acc[2 * k] ^ _r64(s, 11 + 16 * k), acc[2 * k + 1] ^ _r64(s, 11 + 16 * k + 8)
        )
    return _avalanche(result)


@_jit
def xxh3_64(p: np.ndarray, start: int, n: int) -> np.uint64:
    """XXH3-64 (seed 0, default secret) of ``p[start:start + n]``."""
    s = _SECRET
    if n <= 16:
        if n > 8:
            lo = _r64(p, start) ^ (_r64(s, 24) ^ _r64(s, 32))
            hi = _r64(p, start + n - 8) ^ (_r64(s, 40) ^ _r64(s, 48))
            return _avalanche(_U(n) + _swap64(lo) + hi + _fold(lo, hi))
        if n >= 4:
            x = _r32(p, start + n - 4) | (_r32(p, start) << _U(32))
            h = x ^ (_r64(s, 8) ^ _r64(s, 16))
            h ^= _rotl(h, 49) ^ _rotl(h, 24)
            h *= _MX2
            h ^= (h >> _U(35)) + _U(n)
            h *= _MX2
            return h ^ (h >> _U(28))
        if n > 0:
            combined = (
                (_U(p[start]) << _U(16))
                | (_U(p[start + (n >> 1)]) << _U(24))
                | _U(p[start + n - 1])
                | (_U(n) << _U(8))
            )
            return _xxh64_avalanche(combined ^ (_r32(s, 0) ^ _r32(s, 4)))
        return _xxh64_avalanche(_r64(s, 56) ^ _r64(s, 64))
    acc = _U(n) * _P64_1
    if n <= 128:
        if n > 32:
            if n > 64:
                if n > 96:
                    acc += _mix16(p, start + 48, s, 96)
                    acc += _mix16(p, start + n - 64, s, 112)
                acc += _mix16(p, start + 32, s, 64)
                acc += _mix16(p, start + n - 48, s, 80)
            acc += _mix16(p, start + 16, s, 32)
            acc += _mix16(p, start + n - 32, s, 48)
        acc += _mix16(p, start, s, 0)
        acc += _mix16(p, start + n - 16, s, 16)
        return _avalanche(acc)
    if n <= 240:
        for k in range(8):
            acc += _mix16(p, start + 16 * k, s, 16 * k)
        acc = _avalanche(acc)
        for k in range(8, n // 16):
            acc += _mix16(p, start + 16 * k, s, 16 * (k - 8) + 3)
        acc += _mix16(p, start + n - 16, s, 136 - 17)
        return _avalanche(acc)
    return _long(p, start, n, s)


#: Code points of the scripts written without spaces, as the ``regex`` crate's tables gave
#: them for ``[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]`` when the weights were trained:
#: each such character is a token of its own (bigrams stand in for words). Fixed here, so
#: a library's newer Unicode tables do not move features under the shipped weights.
UNSPACED_RANGES: tuple[tuple[int, int], ...] = (
    (0xE01, 0xE3A), (0xE40, 0xE5B), (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5),
    (0x3005, 0x3005), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303B), (0x3041, 0x3096),
    (0x309D, 0x309F), (0x30A1, 0x30FA), (0x30FD, 0x30FF), (0x31F0, 0x31FF), (0x32D0, 0x32FE),
    (0x3300, 0x3357), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFA6D), (0xFA70, 0xFAD9),
    (0xFF66, 0xFF6F), (0xFF71, 0xFF9D), (0x16FE2, 0x16FE3), (0x16FF0, 0x16FF1),
    (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122),
    (0x1B132, 0x1B132), (0x1B150, 0x1B152), (0x1B155, 0x1B155), (0x1B164, 0x1B167),
    (0x1F200, 0x1F200), (0x20000, 0x2A6DF), (0x2A700, 0x2B739), (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1), (0x2CEB0, 0x2EBE0), (0x2EBF0, 0x2EE5D), (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A), (0x31350, 0x323AF),
)  # fmt: skip
UNSPACED = np.zeros(0x110000, dtype=np.bool_)
for _lo, _hi in UNSPACED_RANGES:
    UNSPACED[_lo : _hi + 1] = True


@_jit
def _width(lead: int) -> int:
    """Bytes of the UTF-8 sequence that starts with ``lead``."""
    if lead < 0x80:
        return 1
    if lead < 0xE0:
        return 2
    if lead < 0xF0:
        return 3
    return 4


@_jit
def _unspaced_at(p: np.ndarray, i: int, end: int, unspaced: np.ndarray) -> bool:
    """The character starting at ``p[i]`` (a lead byte) is of an unspaced script."""
    w = _width(p[i])
    if w == 1 or i + w > end:
        return False
    cp = np.int64(p[i]) & (0x3F >> (w - 1))
    for k in range(1, w):
        cp = (cp << 6) | (np.int64(p[i + k]) & 0x3F)
    return unspaced[cp]


@_jit
def _tokens_in(
    p: np.ndarray,
    i: int,
    end: int,
    punct: np.ndarray,
    unspaced: np.ndarray,
    hashes: np.ndarray,
    n: int,
) -> int:
    """Append the xxh3 hash of each token of ``p[i:end]`` to ``hashes[n:]``; return the
    new count."""
    while i < end:
        c = p[i]
        if _SPACE[c]:
            i += 1
        elif punct[c]:
            hashes[n] = xxh3_64(p, i, 1)
            n += 1
            i += 1
        elif c >= 0xC0 and _unspaced_at(p, i, end, unspaced):
            w = _width(c)
            hashes[n] = xxh3_64(p, i, w)
            n += 1
            i += w
        else:
            j = i + 1
            while j < end:
                d = p[j]
                if _SPACE[d] or punct[d] or (d >= 0xC0 and _unspaced_at(p, j, end, unspaced)):
                    break
                j += 1
            hashes[n] = xxh3_64(p, i, j - i)
            n += 1
            i = j
    return n


@_jit
def _row_tokens(p: np.ndarray, start: int, end: int, rule: tuple, hashes: np.ndarray) -> int:
    """Token hashes of one text into ``hashes``; a text of more than ``head + tail``
    characters is read at its first ``head`` and last ``tail`` characters (``rule``: see
    ``hashed_ngrams``)."""
    punct, unspaced, head, tail = rule[0], rule[1], rule[2], rule[3]
    if end - start <= head + tail:  # no more characters than bytes: read it whole
        return _tokens_in(p, start, end, punct, unspaced, hashes, 0)
    chars = 0
    for i in range(start, end):
        chars += (p[i] & 0xC0) != 0x80
    if chars <= head + tail:
        return _tokens_in(p, start, end, punct, unspaced, hashes, 0)
    head_end, tail_start, seen = end, end, 0
    for i in range(start, end):
        if (p[i] & 0xC0) != 0x80:
            if seen == head:
                head_end = i
            if seen == chars - tail:
                tail_start = i
                break
            seen += 1
    n = _tokens_in(p, start, head_end, punct, unspaced, hashes, 0)
    return _tokens_in(p, tail_start, end, punct, unspaced, hashes, n)


@_jit
def _bucket(h: np.uint64, rule: tuple) -> np.int64:
    """Feature bucket of a hash: its top ``bits`` after a multiplicative mix."""
    return np.int64((h * rule[5]) >> _U(64 - rule[6]))


@_jit
def _bigram_bucket(hashes: np.ndarray, k: int, rule: tuple) -> np.int64:
    """Bucket of the bigram of tokens ``k`` and ``k + 1``."""
    return _bucket(hashes[k] * rule[4] + hashes[k + 1], rule)


@_jit
def _distinct_sorted(values: np.ndarray, n: int, out: np.ndarray, at: int) -> int:
    """Sort ``values[:n]`` in place and write its distinct values to ``out[at:]``; return
    the count."""
    values[:n].sort()
    count = 0
    for k in range(n):
        if k == 0 or values[k] != values[k - 1]:
            out[at + count] = values[k]
            count += 1
    return count


@_jit
def _longest(offsets: np.ndarray) -> int:
    longest = 1
    for r in range(len(offsets) - 1):
        longest = max(longest, offsets[r + 1] - offsets[r])
    return longest


@_jit
def hashed_ngrams(
    data: np.ndarray, offsets: np.ndarray, rule: tuple
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per text (``data[offsets[r]:offsets[r + 1]]``, UTF-8): its distinct unigram buckets
    and distinct bigram buckets, sorted, as (uni_indptr, uni_indices, bi_indptr,
    bi_indices): the model's binary features as CSR arrays (for training). ``rule`` is
    (punctuation bytes, unspaced code points, head chars, tail chars, bigram multiplier,
    bucket multiplier, bucket bits): ``classifier.TOKEN_RULE``."""
    rows = len(offsets) - 1
    longest = _longest(offsets)
    uni_ptr = np.zeros(rows + 1, dtype=np.int64)
    bi_ptr = np.zeros(rows + 1, dtype=np.int64)
    # A text of n bytes has at most n tokens, so the whole can hold no more entries.
    uni_idx = np.empty(offsets[rows] - offsets[0] + 1, dtype=np.int32)
    bi_idx = np.empty(offsets[rows] - offsets[0] + 1, dtype=np.int32)
    hashes = np.empty(longest, dtype=np.uint64)
    scratch = np.empty(longest, dtype=np.int32)
    n_uni = 0
    n_bi = 0
    for r in range(rows):
        n_tok = _row_tokens(data, offsets[r], offsets[r + 1], rule, hashes)
        for k in range(n_tok):
            scratch[k] = _bucket(hashes[k], rule)
        n_uni += _distinct_sorted(scratch, n_tok, uni_idx, n_uni)
        uni_ptr[r + 1] = n_uni
        for k in range(n_tok - 1):
            scratch[k] = _bigram_bucket(hashes, k, rule)
        n_bi += _distinct_sorted(scratch, max(n_tok - 1, 0), bi_idx, n_bi)
        bi_ptr[r + 1] = n_bi
    return uni_ptr, uni_idx[:n_uni].copy(), bi_ptr, bi_idx[:n_bi].copy()


@_jit
def _add_feature(
    b: int, r: int, stamp: np.ndarray, idf: np.ndarray, weights: np.ndarray, acc: np.ndarray
) -> float:
    """Add feature ``b``'s weights, scaled by its IDF, to ``acc`` once per row ``r``;
    return its squared IDF (0 when already counted)."""
    if stamp[b] == r:
        return 0.0
    stamp[b] = r
    w = np.float64(idf[b])
    for j in range(acc.shape[0]):
        acc[j] += w * weights[b, j]
    return w * w


@_jit
def model_logits(
    data: np.ndarray,
    offsets: np.ndarray,
    rule: tuple,
    idf: np.ndarray,
    weights: np.ndarray,
    bias: np.ndarray,
) -> np.ndarray:
    """(texts, labels) logits of the linear model over each text's IDF-weighted binary
    features, scaled to unit length: ``hashed_ngrams`` then the product, without building
    the matrix (a row's distinct features are found with a stamp per bucket, no sort)."""
    rows = len(offsets) - 1
    labels = weights.shape[1]
    out = np.empty((rows, labels), dtype=np.float32)
    hashes = np.empty(_longest(offsets), dtype=np.uint64)
    stamp_uni = np.full(weights.shape[0], -1, dtype=np.int64)
    stamp_bi = np.full(weights.shape[0], -1, dtype=np.int64)
    acc = np.empty(labels, dtype=np.float64)
    for r in range(rows):
        n_tok = _row_tokens(data, offsets[r], offsets[r + 1], rule, hashes)
        acc[:] = 0.0
        sq = 0.0
        for k in range(n_tok):
            sq += _add_feature(_bucket(hashes[k], rule), r, stamp_uni, idf, weights, acc)
        for k in range(n_tok - 1):
            sq += _add_feature(_bigram_bucket(hashes, k, rule), r, stamp_bi, idf, weights, acc)
        scale = 1.0 / np.sqrt(sq) if sq > 0 else 1.0
        for j in range(labels):
            out[r, j] = acc[j] * scale + bias[j]
    return out


def utf8_buffers(texts: pl.Series) -> tuple[np.ndarray, np.ndarray]:
    """(bytes, offsets) of a string Series with no nulls, zero-copy from its Arrow form:
    text ``r`` is ``bytes[offsets[r]:offsets[r + 1]]``."""
    arr = texts.to_arrow()
    if arr.type != pa.large_string():
        arr = arr.cast(pa.large_string())
    _, offsets, data = arr.buffers()
    offs = np.frombuffer(offsets, dtype=np.int64)[arr.offset : arr.offset + len(arr) + 1]
    if data is None:
        return np.zeros(0, dtype=np.uint8), offs
    return np.frombuffer(data, dtype=np.uint8), offs


@_jit
def xxh3_each(data: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """XXH3-64 of each ``data[offsets[r]:offsets[r + 1]]``."""
    out = np.empty(len(offsets) - 1, dtype=np.uint64)
    for r in range(len(out)):
        out[r] = xxh3_64(data, offsets[r], offsets[r + 1] - offsets[r])
    return out
