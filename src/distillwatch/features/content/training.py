"""Train the content model (``classifier``) and set its thresholds.

Positives are labelled prompts (held-out phrase sets written to a brief, and the requests
public generators send, rebuilt by ``corpora``); negatives are organic prompts: the shared
organic files and half of the ShareGPT conversations. The other half is never trained on
and sets each label's threshold: the probability that ``fp_rate`` of those prompts reach.
Retrain with ``distillwatch train-content``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import polars as pl

from distillwatch.features.content.classifier import (
    MODEL_LABELS,
    N_BUCKETS,
    ContentModel,
    fit_idf,
    idf_weighted,
    text_features,
)
from distillwatch.features.content.corpora import organic_sets, task_requests, tooling_cases
from distillwatch.features.content.normalize import rule_text
from distillwatch.jsonl import numbered_records

#: Phrase-set labels and the signal each trains.
PHRASE_LABELS: dict[str, str | None] = {
    "cot": "sig_cot",
    "grading": "sig_grading",
    "policy_rewrite": "sig_policy_rewrite",
    "instruction_gen": "sig_tooling",
    "benign": None,
}
#: Per-prompt false-positive rate on held-out organic prompts each threshold is set for.
FP_RATE = 0.0003
#: Inverse L2 strength of each logistic model (chosen on leave-one-phrase-set-out runs).
C = 10.0


def rule_view(texts: Sequence[str]) -> pl.Series:
    """The texts as the model sees them at scan time (``normalize.rule_text``)."""
    return pl.select(rule_text(pl.Series("t", list(texts), dtype=pl.String))).to_series()


def fit(
    texts: Sequence[str],
    labels: Sequence[str | None],
    calibration: Sequence[str],
    *,
    fp_rate: float = FP_RATE,
    c: float = C,
) -> ContentModel:
    """One balanced logistic model per ``MODEL_LABELS`` entry; ``labels`` holds each text's
    signal or ``None`` (negative). Thresholds come from ``calibration`` (organic texts
    never trained on): each label's ``1 - fp_rate`` quantile."""
    from sklearn.linear_model import LogisticRegression

    x = text_features(rule_view(texts))
    idf = fit_idf(x)
    x_cal = text_features(rule_view(calibration))
    idf_weighted((x,), idf)
    idf_weighted((x_cal,), idf)
    y_all = np.array([lab or "" for lab in labels])
    weights = np.zeros((N_BUCKETS, len(MODEL_LABELS)), dtype=np.float32)
    bias = np.zeros(len(MODEL_LABELS), dtype=np.float32)
    thresholds = np.ones(len(MODEL_LABELS), dtype=np.float32)
    for i, label in enumerate(MODEL_LABELS):
        y = y_all == label
        if not y.any() or y.all():
            raise ValueError(f"training set needs positives and negatives for {label}")
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)
        weights[:, i] = model.coef_[0]
        bias[i] = model.intercept_[0]
        if len(calibration):
            p_cal = model.predict_proba(x_cal)[:, 1]
            thresholds[i] = float(np.quantile(p_cal, 1.0 - fp_rate))
    return ContentModel(weights, bias, thresholds, idf)


def read_phrases(paths: Sequence[Path]) -> list[tuple[str, str | None]]:
    """(prompt, signal) rows of phrase-set JSONL files (``label``, ``prompt``)."""
    rows: list[tuple[str, str | None]] = []
    for path in paths:
        for n, row in numbered_records(path):
            label = row.get("label") if isinstance(row, dict) else None
            if label not in PHRASE_LABELS:
                raise ValueError(
                    f"{path}:{n}: label {label!r} is not one of {sorted(PHRASE_LABELS)}"
                )
            rows.append((row["prompt"], PHRASE_LABELS[label]))
    return rows


def training_data(
    shared: Path, phrases: Sequence[Path], sharegpt: pl.DataFrame
) -> tuple[list[str], list[str | None], list[str], dict]:
    """Texts, labels, calibration texts and a summary of where they came from.

    ShareGPT is split by conversation (even ids train, odd ids calibrate), so no
    conversation's turns are on both sides.
    """
    rows = read_phrases(phrases)
    n_phrases = len(rows)
    for case in tooling_cases(shared):
        # The model scores user prompts only (``annotate``): system prompts are few,
        # repeated across thousands of requests, and absent from the organic negatives,
        # so a generic one ("You are a helpful assistant.") could not be learned as benign.
        # Orca's instruction sits in its system message, which the rules cover.
        if case.kind != "orca":
            rows.append((case.prompt, case.rule))
    organic = [t for texts in organic_sets(shared).values() for t in texts]
    rows.extend((t, None) for t in organic)
    # Plain tasks (solve, prove, rewrite, rate) as negatives: the positives are often
    # the same topics wrapped in an elicitation, and the model must learn the wrapping.
    tasks = task_requests(shared)
    rows.extend((t, None) for t in tasks)
    even = sharegpt.filter(pl.col("conv") % 2 == 0).get_column("prompt").to_list()
    calibration = sharegpt.filter(pl.col("conv") % 2 == 1).get_column("prompt").to_list()
    rows.extend((t, None) for t in even)
    texts = [t for t, _ in rows]
    labels = [lab for _, lab in rows]
    summary = {
        "phrase_sets": [p.name for p in phrases],
        "positives": {lab: labels.count(lab) for lab in MODEL_LABELS},
        "negatives": {
            "phrase_set_benign": n_phrases - sum(1 for lab in labels[:n_phrases] if lab),
            "shared_organic": len(organic),
            "self_instruct_tasks": len(tasks),
            "sharegpt_even_conversations": len(even),
        },
        "calibration": {"sharegpt_odd_conversations": len(calibration)},
    }
    return texts, labels, calibration, summary


def train(shared: Path, phrases: Sequence[Path], sharegpt: pl.DataFrame) -> ContentModel:
    """Build the training data, fit, and attach a model card saying how."""
    texts, labels, calibration, summary = training_data(shared, phrases, sharegpt)
    model = fit(texts, labels, calibration)
    card = {
        "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
        "features": f"binary token unigrams+bigrams hashed to {N_BUCKETS} buckets, IDF-weighted, "
        "unit length",
        "model": f"one balanced logistic regression per label, C={C}",
        "fp_rate": FP_RATE,
        "thresholds": dict(zip(MODEL_LABELS, map(float, model.thresholds), strict=True)),
        "data": summary,
    }
    return ContentModel(model.weights, model.bias, model.thresholds, model.idf, model.labels, card)
