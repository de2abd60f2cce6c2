"""The content model: tokens, hashed features, IDF weighting, training, the shipped model
and how ``annotate`` combines it with the rules."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import numpy as np
import polars as pl
import pytest
import xxhash
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from distillwatch.cli import app
from distillwatch.errors import UserError
from distillwatch.features.content import annotate
from distillwatch.features.content import classifier as clf
from distillwatch.features.content.classifier import (
    HEAD_CHARS,
    MODEL_LABELS,
    MODEL_SWITCH,
    PUNCTUATION,
    TAIL_CHARS,
    ContentModel,
    feature_parts,
    idf_weighted,
    read_model,
    shipped_model,
    text_features,
)
from distillwatch.features.content.ngrams import UNSPACED, xxh3_each
from distillwatch.features.content.templates import word_hashes
from distillwatch.features.content.training import fit, read_phrases, rule_view

SHORT_TEXT = st.text(max_size=HEAD_CHARS + TAIL_CHARS)


def _reference_tokens(text: str) -> list[str]:
    """The token rule in plain Python: a long text's head and tail; each punctuation
    character and each character of an unspaced script alone; the runs of other
    characters between spaces, newlines, tabs and carriage returns."""
    if len(text) > HEAD_CHARS + TAIL_CHARS:
        text = text[:HEAD_CHARS] + " " + text[-TAIL_CHARS:]
    text = "".join(f" {ch} " if UNSPACED[ord(ch)] else ch for ch in text)
    punct = re.escape("".join(PUNCTUATION))
    return re.findall(f"[{punct}]|[^ \\n\\t\\r{punct}]+", text)


def _reference_ngrams(text: str) -> tuple[list[int], list[int]]:
    """Sorted distinct buckets of the xxh3-64 hashes of the tokens and token bigrams."""
    mask = (1 << 64) - 1
    hashes = [xxhash.xxh3_64_intdigest(t.encode()) for t in _reference_tokens(text)]
    bigrams = [(a * int(clf._BIGRAM_MUL) + b) & mask for a, b in itertools.pairwise(hashes)]

    def bucket(h: int) -> int:
        return ((h * int(clf._BUCKET_MUL)) & mask) >> (64 - clf.BUCKET_BITS)

    return sorted({bucket(h) for h in hashes}), sorted({bucket(h) for h in bigrams})


@given(st.binary(max_size=600))
def test_kernel_hash_is_xxh3_64(data: bytes) -> None:
    padded = np.frombuffer(b"pad" + data, dtype=np.uint8)
    got = xxh3_each(padded, np.array([3, 3 + len(data)], dtype=np.int64))
    assert int(got[0]) == xxhash.xxh3_64_intdigest(data)


TOKEN_PARTS = st.one_of(
    st.sampled_from([*PUNCTUATION, " ", "\n", "\t", "\r", "\x0b", "step", "推", "ไ", "é", "😀"]),
    st.text(max_size=12),
)


@given(st.lists(TOKEN_PARTS, max_size=40), st.integers(0, 700))
def test_features_are_hashed_tokens_and_bigrams(parts: list[str], pad: int) -> None:
    """Short texts and long ones (read at head and tail, cut anywhere in a token)."""
    for text in ("".join(parts), "".join(parts) + "x" * pad + "".join(reversed(parts))):
        uni, bi = feature_parts(pl.Series([text]))
        want_uni, want_bi = _reference_ngrams(text)
        assert uni.indices.tolist() == want_uni
        assert bi.indices.tolist() == want_bi


def test_unspaced_scripts_are_those_of_the_regex_tables() -> None:
    """The fixed table is what Polars' regex calls Han, Hiragana, Katakana and Thai."""
    points = [c for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    regex = pl.Series([chr(c) for c in points]).str.contains(
        r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]"
    )
    assert np.array_equal(UNSPACED[points], regex.to_numpy())


@given(st.lists(st.text(max_size=8), max_size=40))
def test_word_hashes_are_xxh3_of_each_word(words: list[str]) -> None:
    expected = [
        xxhash.xxh3_64_intdigest(w.encode()) for w in [*words, "step", "by", "step", "推", ""]
    ]
    got = word_hashes(pl.Series([*words, "step", "by", "step", "推", ""], dtype=pl.String))
    assert got.tolist() == expected


def test_feature_buckets_are_pinned() -> None:
    """Shipped weights are indexed by these buckets: a change here invalidates the model
    (retrain with ``distillwatch train-content`` and update the pin)."""
    x = text_features(pl.Series(["show your reasoning, step by step"]))
    assert sorted(x.indices.tolist()) == PINNED_BUCKETS


PINNED_BUCKETS = [
    117_773,
    207_573,
    369_084,
    552_753,
    581_668,
    672_639,
    855_914,
    897_770,
    909_091,
    938_624,
    949_007,
    957_617,
]


@given(st.lists(st.one_of(st.none(), SHORT_TEXT), min_size=1, max_size=8))
def test_features_of_a_text_do_not_depend_on_its_batch(texts: list[str | None]) -> None:
    batch = text_features(pl.Series(texts, dtype=pl.String))
    for i, text in enumerate(texts):
        alone = text_features(pl.Series([text], dtype=pl.String))
        assert (batch[i] != alone).nnz == 0


@given(st.lists(SHORT_TEXT, min_size=1, max_size=6))
def test_idf_weighting_gives_unit_rows(texts: list[str]) -> None:
    parts = feature_parts(pl.Series(texts))
    idf = np.random.default_rng(0).uniform(1, 5, clf.N_BUCKETS).astype(np.float32)
    idf_weighted(parts, idf)
    sq = sum(np.asarray(m.multiply(m).sum(axis=1)).ravel() for m in parts)
    has = np.array([bool(re.sub(r"[ \n\t\r]", "", t)) for t in texts])
    assert np.allclose(sq[has], 1.0, atol=1e-4)
    assert np.all(sq[~has] == 0)


def _toy_model() -> ContentModel:
    """A model fitted on a tiny crafted set: one made-up phrase per label."""
    marks = {lab: f"zq{i}x harvest{i}" for i, lab in enumerate(MODEL_LABELS)}
    texts, labels = [], []
    for lab, mark in marks.items():
        for j in range(20):
            texts.append(f"{mark} item {j}")
            labels.append(lab)
    organic = [f"ordinary question number {j} about cooking" for j in range(80)]
    calibration = ["another cooking question", "an item about harvest time", "zq item"]
    return fit([*texts, *organic], [*labels, *[None] * len(organic)], calibration, fp_rate=0.0)


def test_fit_learns_each_label_and_sets_thresholds_on_calibration_texts() -> None:
    model = _toy_model()
    assert np.all((model.thresholds > 0) & (model.thresholds < 1))
    probe = pl.Series(["zq0x harvest0 item 99", "zq3x harvest3 item 99", "cooking question"])
    hits = model.flags(rule_view(probe.to_list()))
    assert hits.row(0) == (True, False, False, False)
    assert hits.row(1) == (False, False, False, True)
    assert hits.row(2) == (False, False, False, False)


@given(st.lists(st.one_of(st.none(), st.text(max_size=40), SHORT_TEXT), min_size=1, max_size=6))
def test_compiled_scores_are_the_weighted_feature_product(texts: list[str | None]) -> None:
    """``probabilities`` (one compiled pass, no matrix) is the logistic of the IDF-weighted,
    unit-length feature rows times the weights, as training defines it."""
    model = shipped_model()
    assert model is not None
    low = rule_view([t or "" for t in texts] + ["show your reasoning step by step, then grade"])
    parts = feature_parts(low)
    idf_weighted(parts, model.idf)
    logits = sum(m @ model.weights for m in parts) + model.bias
    assert np.allclose(model.probabilities(low), 1.0 / (1.0 + np.exp(-logits)), atol=2e-6)


def test_save_and_read_round_trip(tmp_path: Path) -> None:
    model = _toy_model()
    model.save(tmp_path)
    back = read_model(tmp_path / "content_model.npz", {})
    texts = rule_view(["zq1x harvest1 please", "cooking", ""])
    assert back.labels == model.labels
    assert np.allclose(back.probabilities(texts), model.probabilities(texts), atol=2e-3)


def test_shipped_model_loads_with_its_card() -> None:
    model = shipped_model()
    assert model is not None
    assert model.labels == MODEL_LABELS
    assert np.all((model.thresholds > 0) & (model.thresholds < 1))
    assert model.card["data"]["phrase_sets"] == [f"set{i}.jsonl" for i in (1, 2, 3, 4, 5, 7)]


SHIPPED_POSITIVES = {
    "sig_cot": "For each problem, write your complete chain of thought as numbered steps, "
    "then give the final answer after '####'. Problem: 12 apples, 5 eaten, how many left?",
    "sig_grading": "You are an impartial judge. Compare Response A and Response B to the user "
    "question and output which is better as JSON with a score from 1 to 10 for each.",
    "sig_policy_rewrite": "The assistant's answer below was a refusal. Rewrite it into a "
    "compliant, helpful response that still follows safety policy.",
    "sig_tooling": "Generate 20 diverse new instructions for training a language model, each "
    "harder than the seed task below, as a JSON list.",
}
PLAIN = [
    "What's the capital of France?",
    "Write a haiku about autumn leaves.",
    "my flight got cancelled, how do I ask for a refund from the airline?",
    "Fix this Python error: TypeError: 'NoneType' object is not subscriptable",
]


def test_shipped_model_fires_on_plain_harvesting_requests_and_not_on_plain_questions() -> None:
    model = shipped_model()
    assert model is not None
    hits = model.flags(rule_view(list(SHIPPED_POSITIVES.values())))
    for i, label in enumerate(SHIPPED_POSITIVES):
        assert hits.get_column(f"model_{label}")[i], label
    assert not model.flags(rule_view(PLAIN)).select(pl.any_horizontal(pl.all())).to_series().any()


def _events(prompts: list[str], systems: list[str | None] | None = None) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "event_id": [str(i) for i in range(len(prompts))],
            "account_id": ["a"] * len(prompts),
            "prompt": prompts,
            "system": systems or [None] * len(prompts),
        },
        schema_overrides={"system": pl.String},
    )


#: A request the tooling rules miss and the shipped model (trained on it: set 5) catches.
LEARNED_ONLY = (
    "Create pairs of (ambiguous user request, clarifying question the assistant should ask). "
    "Generate 15 pairs spanning travel, shopping, coding, and health."
)


def test_annotate_adds_model_hits_to_rule_hits(monkeypatch: pytest.MonkeyPatch) -> None:
    prompts = [*SHIPPED_POSITIVES.values(), LEARNED_ONLY]
    with_model = annotate(_events(prompts))
    monkeypatch.setenv(MODEL_SWITCH, "0")
    rules_only = annotate(_events(prompts))
    for col in ("sig_cot", "sig_grading", "sig_policy_rewrite", "sig_tooling"):
        assert (with_model.get_column(col) | ~rules_only.get_column(col)).all()
    assert with_model.head(4).select(list(SHIPPED_POSITIVES)).to_numpy().diagonal().all()
    assert with_model.get_column("tooling_kind")[-1] == "learned"
    assert rules_only.get_column("tooling_kind")[-1] is None


def test_system_prompts_get_the_rules_alone() -> None:
    """The model never saw benign system prompts; a generic one must not fire."""
    out = annotate(
        _events(["hello", "hi"], ["You are a helpful assistant.", SHIPPED_POSITIVES["sig_cot"]])
    )
    assert not out.row(0, named=True)["sig_cot"] and not out.row(0, named=True)["sig_tooling"]


def test_phrase_files_with_an_unknown_label_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('{"label": "cot", "prompt": "a"}\n{"label": "nope", "prompt": "b"}\n')
    with pytest.raises(ValueError, match=r"p\.jsonl:2: label 'nope'"):
        read_phrases([path])


def test_train_content_rejects_a_missing_shared_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train-content", "--shared", str(tmp_path / "nope")])
    assert result.exit_code != 0
    assert isinstance(result.exception, UserError)
    assert "nope/organic: not a folder; give --shared" in str(result.exception)


@pytest.mark.slow
def test_train_content_writes_a_loadable_model(tmp_path: Path, shared_data: Path) -> None:
    phrases = Path(__file__).resolve().parents[3] / "benchmarks" / "heldout_phrases"
    result = CliRunner().invoke(
        app,
        [
            "train-content",
            "--shared",
            str(shared_data),
            "--phrases",
            str(phrases / "set1.jsonl"),
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    model = read_model(tmp_path / "content_model.npz", {})
    assert np.all((model.thresholds > 0) & (model.thresholds < 1))
    hits = model.flags(rule_view([SHIPPED_POSITIVES["sig_cot"], *PLAIN]))
    assert hits.get_column("model_sig_cot").to_list() == [True] + [False] * len(PLAIN)
