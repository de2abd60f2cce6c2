"""Account profiles: shape, determinism, and that same-queue accounts are neighbours."""

from __future__ import annotations

import random

import numpy as np
import polars as pl
import pytest

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


def _planted_profiles(
    n_background: int = 3000, n_groups: int = 60, group_size: int = 4, seed: int = 1
) -> tuple[pl.DataFrame, list[list[str]]]:
    """Unit vectors around a few hundred topics (a crowded space, as real profiles are),
    plus planted groups of near-duplicates (one hydra's accounts: cosine > 0.97)."""
    rng = np.random.default_rng(seed)
    dim = 32
    topics = rng.standard_normal((300, dim))
    background = topics[rng.integers(0, 300, n_background)] + 0.6 * rng.standard_normal(
        (n_background, dim)
    )
    centres = rng.standard_normal((n_groups, dim))
    planted = np.repeat(centres, group_size, axis=0) + 0.1 * rng.standard_normal(
        (n_groups * group_size, dim)
    )
    mat = np.vstack([background, planted]).astype(np.float32)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    ids = [f"b{i}" for i in range(n_background)] + [
        f"g{g}_{m}" for g in range(n_groups) for m in range(group_size)
    ]
    groups = [[f"g{g}_{m}" for m in range(group_size)] for g in range(n_groups)]
    prof = pl.DataFrame(
        {"account_id": ids, "profile": pl.Series(mat, dtype=pl.Array(pl.Float32, dim))}
    )
    return prof, groups


def _clustered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Route every population, however small, to the clustered (approximate) search."""
    monkeypatch.setattr(profiles, "EXACT_NEIGHBOURS_MAX", 0)


def test_clustered_search_finds_planted_near_duplicates(monkeypatch: pytest.MonkeyPatch) -> None:
    prof, groups = _planted_profiles()
    _clustered(monkeypatch)
    nb = profile_neighbours(prof, k=5)
    found = set(nb.select("account_id", "neighbour").iter_rows())
    for group in groups:
        for a in group:
            for b in group:
                if a != b:
                    assert (a, b) in found, (a, b)
    # Similarities are exact dot products of the profiles, whatever the search.
    mat = prof.get_column("profile").to_numpy()
    row = {a: i for i, a in enumerate(prof.get_column("account_id"))}
    for a, b, s in nb.head(500).iter_rows():
        assert abs(float(mat[row[a]] @ mat[row[b]]) - s) < 1e-5
    assert (nb.get_column("account_id") != nb.get_column("neighbour")).all()
    assert nb.group_by("account_id").len().get_column("len").max() == 5


def test_clustered_search_agrees_with_exact_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """Of the exact neighbours above 0.8 (those that become keys), the clustered search
    finds nearly all, and its lists are as good as the exact ones rank by rank."""
    prof, _ = _planted_profiles(n_background=4000, seed=3)
    exact = profile_neighbours(prof, k=5)
    _clustered(monkeypatch)
    approx = profile_neighbours(prof, k=5)
    strong = exact.filter(pl.col("similarity") >= 0.8).select("account_id", "neighbour")
    found = strong.join(approx, on=["account_id", "neighbour"], how="inner").height
    assert strong.height > 5000
    # 1.0 here with the default probes; a single probe per profile would give ~0.97.
    assert found / strong.height >= 0.995
    rank = pl.int_range(pl.len()).over("account_id").alias("rank")
    by_rank = exact.with_columns(rank).join(
        approx.with_columns(rank), on=["account_id", "rank"], suffix="_approx"
    )
    as_good = by_rank.filter(pl.col("similarity_approx") >= pl.col("similarity") - 1e-5)
    assert as_good.height / by_rank.height >= 0.98


def test_clustered_search_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    prof, _ = _planted_profiles(seed=5)
    _clustered(monkeypatch)
    first = profile_neighbours(prof, k=5)
    assert profile_neighbours(prof, k=5).equals(first)
    # Input order changes row numbers, not the neighbour lists (beyond exact-tie order).
    shuffled = profile_neighbours(prof.sample(fraction=1.0, shuffle=True, seed=2), k=5)
    joined = first.join(shuffled, on=["account_id", "neighbour"], how="inner")
    assert joined.height >= 0.97 * first.height


def test_clustered_search_survives_mass_ties(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of identical profiles (e.g. bots sending one fixed prompt) tie at 1.0 with
    each other: each still gets k neighbours, and the candidate pairs stay bounded."""
    prof, _ = _planted_profiles(n_background=1500, seed=7)
    same = np.zeros((2500, 32), dtype=np.float32)
    same[:, 0] = 1.0
    twins = pl.DataFrame(
        {
            "account_id": [f"t{i}" for i in range(2500)],
            "profile": pl.Series(same, dtype=pl.Array(pl.Float32, 32)),
        }
    )
    _clustered(monkeypatch)
    mat = np.vstack([prof.get_column("profile").to_numpy(), same])
    src, _, _ = profiles._clustered_candidates(np.ascontiguousarray(mat), 6)
    assert src.size < 40 * mat.shape[0]
    nb = profile_neighbours(pl.concat([prof, twins]), k=5)
    twin_rows = nb.filter(pl.col("account_id").str.starts_with("t"))
    assert twin_rows.group_by("account_id").len().get_column("len").min() == 5
    assert (twin_rows.get_column("similarity") > 0.9999).all()
    # Identical profiles are searched once; among them, ties go to the first rows.
    assert set(twin_rows.get_column("neighbour")) == {f"t{i}" for i in range(6)}


def test_duplicated_profiles_above_the_exact_limit_match_the_exact_search(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """More profiles than the exact limit but fewer distinct ones: the distinct vectors are
    searched exactly and each profile's copies come first, lowest rows first."""
    prof, _ = _planted_profiles(n_background=400, n_groups=20, seed=13)
    copies = pl.concat(
        [prof.with_columns(pl.col("account_id") + f"~{i}") for i in range(3)]
    )  # 1,440 profiles, 480 distinct
    exact = profile_neighbours(copies, k=5)
    monkeypatch.setattr(profiles, "EXACT_NEIGHBOURS_MAX", 1000)
    deduped = profile_neighbours(copies, k=5)
    rank = pl.int_range(pl.len()).over("account_id").alias("rank")
    by_rank = exact.with_columns(rank).join(
        deduped.with_columns(rank), on=["account_id", "rank"], suffix="_dedup"
    )
    assert by_rank.height == exact.height == deduped.height
    diff = (by_rank.get_column("similarity") - by_rank.get_column("similarity_dedup")).abs()
    assert diff.max() < 1e-5
    first = deduped.filter(pl.col("account_id") == "b7~2").head(2)
    assert first.get_column("neighbour").to_list() == ["b7~0", "b7~1"]


def test_row_best_keeps_each_rows_best_with_ties_and_negative_similarities() -> None:
    src = np.array([0, 0, 0, 0, 1, 1, 1, 2])
    nb = np.array([1, 2, 3, 4, 0, 2, 3, 0])
    sim = np.array([-0.5, 0.25, -0.1, 0.25, -0.9, -0.2, -0.3, 0.0], dtype=np.float32)
    s, n, v = profiles._row_best(src, nb, sim, 2)
    kept = sorted(zip(s.tolist(), n.tolist(), v.tolist(), strict=True))
    # Row 0: 0.25 twice (a tie at the 2nd best keeps both); row 1: -0.2, -0.3; row 2: all.
    assert kept == [
        (0, 2, 0.25),
        (0, 4, 0.25),
        (1, 2, pytest.approx(-0.2)),
        (1, 3, pytest.approx(-0.3)),
        (2, 0, 0.0),
    ]


def test_clustered_search_same_with_one_or_two_scan_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prof, _ = _planted_profiles(seed=9)
    _clustered(monkeypatch)
    monkeypatch.setattr(profiles, "SCAN_THREADS", 1)
    one = profile_neighbours(prof, k=5)
    monkeypatch.setattr(profiles, "SCAN_THREADS", 2)
    assert profile_neighbours(prof, k=5).equals(one)


def test_clustered_search_same_when_blocks_are_computed_in_small_chunks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Chunking a list's block (the memory bound for huge lists) finds the same pairs; the
    similarities may differ in their last bits (BLAS rounds other shapes differently)."""
    prof, _ = _planted_profiles(seed=11)
    _clustered(monkeypatch)
    whole = profile_neighbours(prof, k=5)
    monkeypatch.setattr(profiles, "_BLOCK_CELLS", 97)
    chunked = profile_neighbours(prof, k=5)
    both = whole.join(chunked, on=["account_id", "neighbour"], suffix="_chunked")
    assert both.height == whole.height == chunked.height
    diff = (both.get_column("similarity") - both.get_column("similarity_chunked")).abs()
    assert diff.max() < 1e-6
