"""A learned text classifier beside the rules: hashed word n-grams into one logistic model
per content signal.

The rules fire on the wordings someone wrote down; an operator who words the same request
differently slips past them (held-out phrase sets showed the rules reach a third to a half
of unseen wordings). The model generalises from the words around those phrasings, so an
unseen request that still *asks for* reasoning traces, grades, rewrites or new tasks
scores high. It only adds hits to the rule flags (``sig_* = rule | model``), and each
label's threshold is set for a per-prompt false-positive rate on organic prompts the model
never saw (see ``training``), so one hit stays evidence, not a verdict.

Features are stable across processes, machines and library versions (xxh3 token hashes, a
fixed integer mixer), so the shipped weights mean the same thing everywhere.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import numpy as np
import polars as pl
from scipy import sparse

from distillwatch.features.content.ngrams import UNSPACED, hashed_ngrams, model_logits, utf8_buffers

#: Hash buckets of the feature space (2^20: few collisions for a corpus vocabulary).
BUCKET_BITS = 20
N_BUCKETS = 1 << BUCKET_BITS
#: The content signals the model scores, in column order of its weights.
MODEL_LABELS: tuple[str, ...] = ("sig_cot", "sig_grading", "sig_policy_rewrite", "sig_tooling")
#: Punctuation that is a token of its own (``####``, ``<think>`` and ``{"score":`` are part
#: of how harvesting requests look); every other character splits on whitespace only.
PUNCTUATION: tuple[str, ...] = tuple(",.:;?!()\"'{}[]<>#*=|`/\\-")
#: The model reads the head and tail of a text (where requests put their instructions).
HEAD_CHARS, TAIL_CHARS = 300, 200
_BIGRAM_MUL = np.uint64(0x9E3779B97F4A7C15)
_BUCKET_MUL = np.uint64(0xBF58476D1CE4E5B9)
_PUNCT_BYTES = np.zeros(256, dtype=np.bool_)
_PUNCT_BYTES[[ord(p) for p in PUNCTUATION]] = True
#: How the kernels (``ngrams``) read a text into features.
TOKEN_RULE = (_PUNCT_BYTES, UNSPACED, HEAD_CHARS, TAIL_CHARS, _BIGRAM_MUL, _BUCKET_MUL, BUCKET_BITS)
_MODEL_FILE = "content_model.npz"
_CARD_FILE = "content_model.json"


def _kernel_args(texts: pl.Series) -> tuple[np.ndarray, np.ndarray, tuple]:
    """What the ``ngrams`` kernels take for ``texts``: their UTF-8 bytes, offsets and the
    token rule (a null text reads as empty)."""
    data, offsets = utf8_buffers(texts.cast(pl.String).fill_null(""))
    return data, offsets, TOKEN_RULE


def feature_parts(texts: pl.Series) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Binary hashed features of each text: its token unigrams and its bigrams, as two
    matrices with one entry per distinct feature of a row (a word said twice counts once:
    counts let long repetitive organic texts outweigh the request's own words). ``texts``
    should be the rule view (``normalize.rule_text``: lower-cased), so training and
    scoring see the same text. Tokens (``ngrams``): each ``PUNCTUATION`` character, each
    character of a script written without spaces, and the runs of other characters
    between spaces, newlines, tabs and carriage returns, in the text's first
    ``HEAD_CHARS`` and last ``TAIL_CHARS`` characters."""
    n = texts.len()
    uni_ptr, uni, bi_ptr, bi = hashed_ngrams(*_kernel_args(texts))

    def part(indices: np.ndarray, indptr: np.ndarray) -> sparse.csr_matrix:
        ones = np.ones(len(indices), dtype=np.float32)
        return sparse.csr_matrix((ones, indices, indptr), shape=(n, N_BUCKETS))

    return part(uni, uni_ptr), part(bi, bi_ptr)


def idf_weighted(parts: tuple[sparse.csr_matrix, ...], idf: np.ndarray) -> None:
    """Weight binary features by ``idf`` and scale each row (over all parts) to unit length,
    in place. IDF keeps the ubiquitous tokens (``:``, ``the``, ``2``) from standing in for
    what a request asks: without it, any short structured question looked like one."""
    sq = np.zeros(parts[0].shape[0], dtype=np.float64)
    for m in parts:
        m.data = idf[m.indices]
        rows = np.repeat(np.arange(m.shape[0]), np.diff(m.indptr))
        sq += np.bincount(rows, weights=np.square(m.data, dtype=np.float64), minlength=len(sq))
    scale = (1.0 / np.sqrt(np.where(sq > 0, sq, 1.0))).astype(np.float32)
    for m in parts:
        m.data *= np.repeat(scale, np.diff(m.indptr))


def text_features(texts: pl.Series) -> sparse.csr_matrix:
    """Binary hashed token unigrams and bigrams, one row per text (unweighted; an empty or
    null text is an all-zero row): what ``training`` fits on, after ``idf_weighted``."""
    uni, bi = feature_parts(texts)
    return (uni + bi).tocsr()


def fit_idf(features: sparse.csr_matrix) -> np.ndarray:
    """Smoothed inverse document frequency of each bucket over a binary feature matrix."""
    df = np.bincount(features.indices, minlength=N_BUCKETS)
    return (np.log((1.0 + features.shape[0]) / (1.0 + df)) + 1.0).astype(np.float32)


@dataclass(frozen=True)
class ContentModel:
    """One logistic model per label over IDF-weighted ``text_features``, with thresholds."""

    weights: np.ndarray  # (N_BUCKETS, labels) float32
    bias: np.ndarray  # (labels,) float32
    thresholds: np.ndarray  # (labels,) probability at or above which a text is a hit
    idf: np.ndarray  # (N_BUCKETS,) float32
    labels: tuple[str, ...] = MODEL_LABELS
    card: dict = field(default_factory=dict)

    def probabilities(self, texts: pl.Series) -> np.ndarray:
        """(texts, labels) probabilities: ``idf_weighted`` features times the weights, in
        one compiled pass per text (``ngrams.model_logits``; no feature matrix is built)."""
        logits = model_logits(*_kernel_args(texts), self.idf, self.weights, self.bias)
        return 1.0 / (1.0 + np.exp(-logits))

    def flags(self, texts: pl.Series) -> pl.DataFrame:
        """One Boolean column per label (``model_<label>``): the text scores a hit."""
        hits = self.probabilities(texts) >= self.thresholds
        return pl.DataFrame(
            {f"model_{lab}": hits[:, i] for i, lab in enumerate(self.labels)},
            schema={f"model_{lab}": pl.Boolean for lab in self.labels},
        )

    def save(self, directory: Path) -> None:
        """Write the weights and IDF of the buckets seen in training (every other bucket has
        zero weight and the largest IDF) and the model card."""
        nz = np.flatnonzero(np.any(self.weights != 0, axis=1))
        np.savez_compressed(
            directory / _MODEL_FILE,
            buckets=nz.astype(np.uint32),
            weights=self.weights[nz].astype(np.float16),
            idf=self.idf[nz],
            idf_unseen=np.float32(self.idf.max()),
            bias=self.bias.astype(np.float32),
            thresholds=self.thresholds.astype(np.float32),
            labels=np.array(self.labels),
        )
        (directory / _CARD_FILE).write_text(json.dumps(self.card, indent=2, sort_keys=True) + "\n")


def read_model(npz: object, card: dict) -> ContentModel:
    """A ``ContentModel`` from an opened ``.npz`` (as ``save`` writes it)."""
    with np.load(npz) as data:  # type: ignore[arg-type]
        labels = tuple(str(x) for x in data["labels"])
        buckets = data["buckets"].astype(np.int64)
        weights = np.zeros((N_BUCKETS, len(labels)), dtype=np.float32)
        weights[buckets] = data["weights"].astype(np.float32)
        idf = np.full(N_BUCKETS, data["idf_unseen"], dtype=np.float32)
        idf[buckets] = data["idf"]
        return ContentModel(
            weights, data["bias"].copy(), data["thresholds"].copy(), idf, labels, card
        )


#: Set to ``0`` to scan with the rules alone (to compare, or to rule the model out).
MODEL_SWITCH = "DISTILLWATCH_CONTENT_MODEL"


def shipped_model() -> ContentModel | None:
    """The model shipped in the package; ``None`` if it was built without one or the
    ``DISTILLWATCH_CONTENT_MODEL=0`` switch is set."""
    if os.environ.get(MODEL_SWITCH, "1").strip() == "0":
        return None
    return _load_shipped()


@cache
def _load_shipped() -> ContentModel | None:
    return load_model(resources.files("distillwatch.features.content") / "model")


def load_model(base: Traversable) -> ContentModel | None:
    """The model a folder holds (as ``save`` or ``train-content --out`` writes it), or ``None``."""
    if not base.joinpath(_MODEL_FILE).is_file():
        return None
    card_file = base.joinpath(_CARD_FILE)
    card = json.loads(card_file.read_text()) if card_file.is_file() else {}
    with base.joinpath(_MODEL_FILE).open("rb") as fh:
        return read_model(fh, card)
