"""Account profiles: shape, determinism, and that same-queue accounts are neighbours."""

from __future__ import annotations

import random

import numpy as np
import polars as pl

from distillwatch.features.content import account_profiles, profile_neighbours, profiles

TOPICS = {
    "sql": [
        "Write a SQL query joining orders and customers by id {n}",
        "Optimise this SQL index for table t{n}",
    ],
    "poem": [
        "Write a short poem about autumn leaves number {n}",
        "Compose a haiku about rain and {n} birds",
    ],
    "tax": [
        "How is capital gains tax computed on {n} shares",
        "Can I deduct {n} dollars of home office costs",
    ],
}


def _events(accounts: dict[str, str], per_account: int = 20, seed: int = 0) -> pl.DataFrame:
    rng = random.Random(seed)
    rows = []
    for acct, topic in accounts.items():
        for i in range(per_account):
            rows.append(
                (acct, f"{acct}-{i}", rng.choice(TOPICS[topic]).format(n=rng.randint(1, 999)))
            )
    return pl.DataFrame(rows, schema=["account_id", "event_id", "prompt"], orient="row")


ACCOUNTS = {
    "s1": "sql",
    "s2": "sql",
    "s3": "sql",
    "p1": "poem",
    "p2": "poem",
    "t1": "tax",
    "t2": "tax",
}


def test_profile_shape_norm_and_determinism() -> None:
    events = _events(ACCOUNTS)
    prof = account_profiles(events, dim=32)
    assert prof.schema == pl.Schema({"account_id": pl.String, "profile": pl.Array(pl.Float32, 32)})
    assert sorted(prof.get_column("account_id").to_list()) == sorted(ACCOUNTS)
    mat = prof.get_column("profile").to_numpy()
    assert np.allclose(np.linalg.norm(mat, axis=1), 1.0, atol=1e-5)
    again = account_profiles(events.sample(fraction=1.0, shuffle=True, seed=5), dim=32)
    assert prof.equals(again)


def test_same_topic_accounts_are_nearest_neighbours() -> None:
    prof = account_profiles(_events(ACCOUNTS), dim=16)
    nb = profile_neighbours(prof, k=1)
    assert nb.height == len(ACCOUNTS)
    assert (nb.get_column("account_id") != nb.get_column("neighbour")).all()
    top = dict(nb.select("account_id", "neighbour").iter_rows())
    for acct, topic in ACCOUNTS.items():
        assert ACCOUNTS[top[acct]] == topic, (acct, top[acct])


def test_neighbours_are_the_exact_top_k_with_threshold() -> None:
    prof = account_profiles(_events(ACCOUNTS), dim=16)
    full = profile_neighbours(prof, k=3)
    assert full.group_by("account_id").len().get_column("len").max() == 3
    mat = prof.get_column("profile").to_numpy()
    sim = mat @ mat.T
    np.fill_diagonal(sim, -np.inf)
    brute = np.sort(sim, axis=1)[:, ::-1][:, :3]
    got = full.group_by("account_id", maintain_order=True).agg(pl.col("similarity"))
    order = {a: i for i, a in enumerate(prof.get_column("account_id"))}
    for acct, sims in got.iter_rows():
        assert np.allclose(sims, brute[order[acct]], atol=1e-5)
    assert (full.get_column("account_id") != full.get_column("neighbour")).all()
    strict = profile_neighbours(prof, k=3, min_similarity=0.999)
    assert strict.height < full.height
    assert full.get_column("similarity").dtype == pl.Float32


def test_edge_cases_empty_single_and_metadata_only() -> None:
    empty = account_profiles(pl.DataFrame({"account_id": ["a"], "event_id": ["1"], "prompt": [""]}))
    assert empty.height == 0
    assert profile_neighbours(empty).height == 0
    one = account_profiles(_events({"s1": "sql"}), dim=8)
    assert one.height == 1
    assert np.isclose(np.linalg.norm(one.get_column("profile").to_numpy()[0]), 1.0, atol=1e-5)
    assert profile_neighbours(one).height == 0


def test_sample_profiles_match_account_profiles_on_the_same_sample() -> None:
    """The scan profiles its bounded content sample directly; same text, same vectors."""
    from distillwatch.features.content import sample_per_account, sample_profiles

    events = _events(ACCOUNTS)
    drawn = sample_per_account(events)
    assert sample_profiles(drawn, dim=32).equals(account_profiles(events, dim=32))


def test_text_counts_match_a_plain_tokeniser() -> None:
    """Hashed unigram and bigram counts per text, as a plain Python tokeniser counts them
    (lower-cased, split on non-word characters, bigrams within a text only)."""
    import itertools
    import re
    from collections import Counter

    texts = pl.Series(
        ["Write a SQL query, a SQL index!", "", "héllo  wörld héllo", "one", "x" * 700 + " tail"]
    )
    got = profiles._text_counts(texts).toarray()
    for row, text in enumerate(texts.to_list()):
        words = [w for w in re.split(r"\W+", text[: profiles.PROFILE_TEXT_CHARS].lower()) if w]
        grams = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
        hashed = pl.Series(grams, dtype=pl.String).hash(seed=profiles._FEATURE_SEED)
        want = Counter((hashed % profiles.N_FEATURES).to_list())
        have = {int(c): got[row, c] for c in np.flatnonzero(got[row])}
        assert have == want, text


def test_style_from_distinct_texts_equals_style_over_every_row() -> None:
    """Style numbers computed once per distinct text, then averaged per account, equal the
    same numbers averaged over every sampled row."""
    from distillwatch.features.content import sample_per_account

    sample = sample_per_account(_events(ACCOUNTS)).filter(pl.col("text").str.len_bytes() > 0)
    sample = pl.concat([sample, sample.head(7)])  # repeated texts, as templates give
    rows, texts = profiles._coded_sample(sample)
    assert texts.is_sorted() and texts.n_unique() == texts.len()
    assert texts.gather(rows.get_column("code")).equals(sample.get_column("text"))
    per_row = sample.with_columns(profiles._text_style(sample.get_column("text")))
    direct = per_row.group_by("account_id").agg(
        (pl.col("log_length").mean() / 10.0).clip(0, 1),
        *[pl.col(c).mean() for c in profiles.STYLE_COLUMNS[1:]],
    )
    got = profiles._style(rows, texts)
    assert got.sort("account_id").equals(direct.sort("account_id"))
