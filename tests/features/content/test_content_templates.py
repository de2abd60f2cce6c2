"""Template fingerprints: pinned, stable MinHash band keys; near-duplicates share bands."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillwatch.features.content import (
    sample_per_account,
    template_families,
    template_signatures,
)

ANALYST = "You are an expert data analyst. Analyse the sales table and list three insights."

# Pinned keys: if normalisation, word hashing, shingling, rensa's MinHash or the band
# folding change, shared indicators stop matching other providers' -- bump deliberately.
PINNED_FIRST_KEYS = [
    774152803933677538,
    3344926264602674852,
    4290765254181527607,
    3614220886456695471,
]
PINNED_SHORT = [9606362086759022309, 13156902580839450722]


def _filled(template: str, rng: random.Random) -> str:
    return template.format(
        product=rng.choice(["Widget", "Gizmo Pro", "Acme Tea", "Blue Chair"]),
        year=rng.randint(2001, 2030),
        n=rng.randint(2, 9),
        region=rng.choice(["Norway", "Peru", "Kenya", "Japan"]),
    )


TEMPLATE = (
    "You are an expert data analyst working for a retail company. Analyse the quarterly "
    'sales of "{product}" in {region} for {year} and report the {n} most important insights '
    "as a numbered list, with one recommendation per insight and the supporting figures."
)
UNRELATED = [
    "Write a sonnet about the sea at night and the lighthouse keeper who waits there.",
    "How do I fix a flat bicycle tyre without a repair kit when I am far from home?",
    "Explain the difference between mitosis and meiosis for a high school biology class.",
    "Plan a three day itinerary for Lisbon with good food and few museums please.",
    "What are the tax implications of selling a house I inherited from my grandmother?",
    "Translate the following sentence into Spanish: the cat sleeps on the warm roof.",
]


def test_pinned_keys() -> None:
    keys = template_signatures([ANALYST, "hi", ""])
    assert len(keys[0]) == 16
    assert keys[0][:4] == PINNED_FIRST_KEYS
    assert keys[1][:2] == PINNED_SHORT
    assert keys[2] == []


def test_keys_stable_across_processes() -> None:
    code = (
        "from distillwatch.features.content import template_signatures;"
        f"print(template_signatures([{ANALYST!r}])[0])"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == str(template_signatures([ANALYST])[0])


def test_series_and_list_inputs_agree_and_null_is_empty() -> None:
    texts = [ANALYST, None, "short one"]
    as_series = template_signatures(pl.Series(texts, dtype=pl.String))
    assert as_series[0] == template_signatures([ANALYST])[0]
    assert as_series[1] == []
    assert template_signatures([]) == []


def test_near_duplicates_share_bands_unrelated_do_not() -> None:
    rng = random.Random(3)
    filled = [_filled(TEMPLATE, rng) for _ in range(12)]
    keys = [set(k) for k in template_signatures(filled + UNRELATED)]
    fills, others = keys[:12], keys[12:]
    shared = sum(bool(a & b) for i, a in enumerate(fills) for b in fills[i + 1 :])
    assert shared >= 0.9 * (12 * 11 / 2)
    cross = sum(bool(a & b) for a in fills for b in others)
    assert cross == 0
    unrelated_pairs = sum(bool(a & b) for i, a in enumerate(others) for b in others[i + 1 :])
    assert unrelated_pairs == 0


def test_case_and_number_changes_do_not_change_keys() -> None:
    a, b = template_signatures(
        [
            "Summarise ticket 4411 for customer ACME in 3 bullet points.",
            "summarise ticket 98 for customer ACME in 5 bullet points.",
        ]
    )
    assert a == b


def test_band_parameters_validated() -> None:
    with pytest.raises(ValueError, match="multiple of bands"):
        template_signatures(["x"], num_perm=64, bands=10)
    assert len(template_signatures([ANALYST], num_perm=32, bands=8)[0]) == 8


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=200), min_size=1, max_size=6))
def test_signature_shape_property(texts: list[str]) -> None:
    keys = template_signatures(texts)
    assert len(keys) == len(texts)
    for text, row in zip(texts, keys, strict=True):
        assert len(row) in (0, 16)
        assert all(0 <= k < 2**64 for k in row)
        if not text.strip(" \t\n\r"):
            assert row == []


def _events(n_accounts: int, per_account: int) -> pl.DataFrame:
    rows = [
        (f"acct{a}", f"e{a}-{i}", f"prompt {i % 7} from account {a} about topic {i}")
        for a in range(n_accounts)
        for i in range(per_account)
    ]
    return pl.DataFrame(rows, schema=["account_id", "event_id", "prompt"], orient="row")


def test_sample_per_account_bounded_distinct_deterministic() -> None:
    events = _events(5, 100).vstack(
        pl.DataFrame(
            {
                "account_id": ["acct0"] * 3,
                "event_id": ["x1", "x2", "x3"],
                "prompt": ["", None, "dup"],
            }
        )
    )
    a = sample_per_account(events, 8)
    b = sample_per_account(events.sample(fraction=1.0, seed=1, shuffle=True), 8)
    assert a.columns == ["account_id", "event_id", "text"]
    assert a.group_by("account_id").len().get_column("len").max() == 8
    assert a.equals(b)
    assert (a.get_column("text").str.len_bytes() > 0).all()
    assert a.select(pl.struct("account_id", "text").is_unique().all()).item()


def test_template_families_group_accounts_by_shared_template() -> None:
    rng = random.Random(9)
    sample = pl.DataFrame(
        {
            "account_id": ["a", "a", "b", "b", "c"],
            "text": [
                _filled(TEMPLATE, rng),
                _filled(TEMPLATE, rng),
                _filled(TEMPLATE, rng),
                UNRELATED[0],
                UNRELATED[1],
            ],
        }
    )
    fam = template_families(sample)
    assert fam.schema == pl.Schema(
        {"account_id": pl.String, "family": pl.UInt64, "n_texts": pl.Int64}
    )
    by_acct = {k: set(v) for k, v in fam.group_by("account_id").agg("family").iter_rows()}
    assert by_acct["a"] & by_acct["b"]
    assert not (by_acct["c"] & (by_acct["a"] | by_acct["b"]))
    assert fam.filter(pl.col("account_id") == "a").get_column("n_texts").max() == 2


def test_signature_matrix_matches_lists_and_repeats() -> None:
    """The array form gives the same keys as the list form; repeated texts (signed once)
    get the same keys as their first occurrence; texts without words are marked."""
    from distillwatch.features.content.templates import template_signature_matrix

    rng = random.Random(4)
    texts = [_filled(TEMPLATE, rng) for _ in range(5)] + ["", ANALYST, "  ", "hi", ANALYST]
    keys, has_words = template_signature_matrix(texts)
    lists = template_signatures(texts)
    assert keys.shape == (len(texts), 16)
    assert has_words.tolist() == [bool(k) for k in lists]
    assert [k.tolist() if ok else [] for k, ok in zip(keys, has_words, strict=True)] == lists
    assert lists[-1] == lists[6] == template_signatures([ANALYST])[0]
