"""Per-account topic/style profiles and their nearest neighbours.

Accounts of one hydra cluster are fed from one task queue, so their prompt mixes look
alike even when each prompt differs. A profile is a hashed bag of words and word
pairs over a bounded sample of the account's prompts (``sample_per_account``),
TF-IDF weighted, reduced with a seeded TruncatedSVD and L2-normalised, with a few
style numbers appended (log length, share of code, of non-ASCII text, of questions).
"""

from __future__ import annotations

import numpy as np
import polars as pl
from scipy import sparse
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfTransformer
from threadpoolctl import threadpool_limits

from distillwatch.features.content.capabilities import CODING_PATTERN
from distillwatch.features.content.templates import SAMPLE_PER_ACCOUNT, sample_per_account

#: Style numbers appended to the topic vector, and their weight relative to it.
STYLE_COLUMNS = ("log_length", "code_share", "non_ascii_share", "question_share")
STYLE_WEIGHT = 0.35
_SVD_SEED = 0
_FEATURE_SEED = 0x9F0F11E
#: Hashed feature space of the bag of words/bigrams, and the characters of each sampled
#: prompt that feed it (a profile is about topic and style, not full documents).
N_FEATURES = 2**15
PROFILE_TEXT_CHARS = 600
#: The SVD is fitted on at most this many accounts (evenly spaced), then applied to all,
#: so its cost stays bounded for tens of thousands of accounts.
SVD_FIT_ROWS = 4000
#: Distinct sampled texts tokenised at once (bounds the memory of the word explode).
COUNT_BLOCK = 100_000


def _text_style(texts: pl.Series) -> pl.DataFrame:
    """Style numbers of each distinct text, before the per-account means of ``_style``."""
    text = pl.col("text")
    head = text.str.head(PROFILE_TEXT_CHARS)
    n_bytes = head.str.len_bytes()
    return texts.to_frame("text").select(
        text.str.len_chars().add(1).log().alias("log_length"),
        head.str.to_lowercase().str.contains(CODING_PATTERN).alias("code_share"),
        # Non-ASCII characters take 2-4 bytes in UTF-8: a cheap proxy for non-Latin text.
        ((n_bytes - head.str.len_chars()) / n_bytes.clip(1)).alias("non_ascii_share"),
        text.str.contains("?", literal=True).alias("question_share"),
    )


def _style(rows: pl.DataFrame, texts: pl.Series) -> pl.DataFrame:
    """Per-account style numbers, each scaled to roughly [0, 1].

    ``rows`` is the sample as (``account_id``, ``code``), ``code`` indexing ``texts``: the
    string work runs once per distinct text (samples repeat templates and queue prompts),
    and the per-row values, then their means, are the same as over the full sample.
    """
    per_row = _text_style(texts)[rows.get_column("code").to_numpy()]
    return (
        per_row.with_columns(rows.get_column("account_id"))
        .group_by("account_id")
        .agg(
            (pl.col("log_length").mean() / 10.0).clip(0, 1),
            pl.col("code_share").mean(),
            pl.col("non_ascii_share").mean(),
            pl.col("question_share").mean(),
        )
    )


def _text_counts(texts: pl.Series) -> sparse.csr_matrix:
    """Texts x hashed-feature counts of word unigrams and bigrams (vectorised in Polars).

    Uses Polars' seeded hash: consistent within a run, which is all a profile needs
    (profiles are compared within one scan, never shared). Each word gives its unigram
    and, unless it ends its text, the bigram it starts, so the cells arrive in text order
    and the CSR arrays are built directly; repeated cells stay as duplicates, which the
    sparse product in ``_hashed_counts`` sums like any other (no COO sort here).
    """
    words = (
        texts.to_frame("text")
        .select(
            pl.col("text")
            .str.head(PROFILE_TEXT_CHARS)
            .str.to_lowercase()
            .str.replace_all(r"[^\p{L}\p{N}_]+", " ")
            .str.strip_chars()
            .str.split(" ")
            .alias("w"),
        )
        .with_row_index("doc")
        .explode("w")
        .filter(pl.col("w").is_not_null() & (pl.col("w") != ""))
    )
    cells = words.select(
        "doc",
        (pl.col("w").hash(seed=_FEATURE_SEED) % N_FEATURES).alias("uni"),
        ((pl.col("w") + " " + pl.col("w").shift(-1)).hash(seed=_FEATURE_SEED) % N_FEATURES).alias(
            "bi"
        ),
        (pl.col("doc") == pl.col("doc").shift(-1)).fill_null(False).alias("keep"),
    )
    doc = cells.get_column("doc").to_numpy()
    cols = np.stack([cells.get_column("uni").to_numpy(), cells.get_column("bi").to_numpy()], 1)
    keep = np.stack([np.ones(cells.height, dtype=bool), cells.get_column("keep").to_numpy()], 1)
    per_doc = np.bincount(np.repeat(doc, 2)[keep.ravel()], minlength=texts.len())
    indptr = np.concatenate([[0], np.cumsum(per_doc)])
    indices = cols.ravel()[keep.ravel()].astype(np.int32)
    return sparse.csr_matrix(
        (np.ones(indices.size, dtype=np.float32), indices, indptr),
        shape=(texts.len(), N_FEATURES),
    )


def _coded_sample(sample: pl.DataFrame) -> tuple[pl.DataFrame, pl.Series]:
    """The sample as (``account_id``, ``code``) in its own row order, and its distinct
    texts sorted (``code`` is a text's position there).

    Codes come from grouping the rows by text (hashing) and sorting only the few distinct
    texts, not from a dense rank of every sampled text (sorting a million long,
    template-prefixed strings was a second of the profile step); the sorted order keeps
    the codes, so every sum below, as they were.
    """
    groups = sample.select("text").with_row_index("i").group_by("text").agg("i").sort("text")
    members = groups.get_column("i")
    code = np.empty(sample.height, dtype=np.int64)
    code[members.explode().to_numpy()] = np.repeat(
        np.arange(groups.height), members.list.len().to_numpy()
    )
    rows = sample.select("account_id").with_columns(pl.Series("code", code))
    return rows, groups.get_column("text")


def _hashed_counts(rows: pl.DataFrame, texts: pl.Series, accounts: pl.Series) -> sparse.csr_matrix:
    """Accounts x hashed-feature counts of the word unigrams and bigrams of their sample.

    Samples repeat texts across accounts (templates, one hydra's queue), so each distinct
    text is counted once (in blocks of ``COUNT_BLOCK`` texts, which bounds the memory of
    the word explode) and an accounts x texts multiplicity matrix sums them per account.
    Counts are small integers, exact in float32 whatever the summation order.
    """
    row_of = pl.DataFrame({"account_id": accounts, "row": pl.arange(0, accounts.len(), eager=True)})
    pairs = rows.join(row_of, on="account_id")
    owners = sparse.coo_matrix(
        (
            np.ones(pairs.height, dtype=np.float32),
            (pairs.get_column("row").to_numpy(), pairs.get_column("code").to_numpy()),
        ),
        shape=(accounts.len(), texts.len()),
    ).tocsr()
    blocks = [
        _text_counts(texts.slice(start, COUNT_BLOCK))
        for start in range(0, texts.len(), COUNT_BLOCK)
    ]
    counts = owners @ sparse.vstack(blocks, format="csr")
    counts.sort_indices()
    return counts


def account_profiles(
    events: pl.DataFrame, *, dim: int = 64, per_account: int = SAMPLE_PER_ACCOUNT
) -> pl.DataFrame:
    """One row per account with prompt text: ``account_id``, ``profile`` (Array[f32, dim]).

    Accounts without any prompt text get no row (metadata-only traffic has no profile).
    Deterministic for a given input (seeded SVD, hashed features).
    """
    return sample_profiles(sample_per_account(events, per_account), dim=dim)


def sample_profiles(sample: pl.DataFrame, *, dim: int = 64) -> pl.DataFrame:
    """Profiles from an already drawn per-account sample (``account_id``, ``text``): the
    scan's bounded content sample, so no second pass over the events."""
    if dim <= len(STYLE_COLUMNS):
        raise ValueError(f"dim must exceed {len(STYLE_COLUMNS)} (style columns), got {dim}")
    sample = sample.filter(pl.col("text").fill_null("").str.len_bytes() > 0)
    docs = sample.select("account_id").unique().sort("account_id")
    empty = pl.DataFrame(schema={"account_id": pl.String, "profile": pl.Array(pl.Float32, dim)})
    if docs.height == 0:
        return empty
    rows, texts = _coded_sample(sample)
    counts = _hashed_counts(rows, texts, docs.get_column("account_id"))
    # In place: ``counts`` is this function's own matrix (saves a copy of ~50M cells).
    tfidf = TfidfTransformer(sublinear_tf=True).fit(counts).transform(counts, copy=False)
    topic_dim = dim - len(STYLE_COLUMNS)
    n_comp = min(topic_dim, docs.height - 1, tfidf.shape[1] - 1)
    topic = np.zeros((docs.height, topic_dim), dtype=np.float32)
    if n_comp >= 1:
        svd = TruncatedSVD(n_components=n_comp, random_state=_SVD_SEED, n_iter=3)
        step = -(-docs.height // SVD_FIT_ROWS)
        # One BLAS thread: the fit's QR/SVD of a few thousand x ~70 matrices is ~0.5 s so,
        # but 2-9x that with threads on a busy machine, and the fitted components (so the
        # profiles) then depend on the thread count in their last bits.
        with threadpool_limits(limits=1, user_api="blas"):
            svd.fit(tfidf[::step])
        topic[:, :n_comp] = svd.transform(tfidf).astype(np.float32)
    else:
        # One account: no population to reduce against; fall back to a folded hash vector.
        dense = np.asarray(tfidf[:, : topic_dim * (tfidf.shape[1] // topic_dim)].todense())
        topic[:] = dense.reshape(docs.height, topic_dim, -1).sum(axis=2)
    topic /= np.maximum(np.linalg.norm(topic, axis=1, keepdims=True), 1e-12)
    style = docs.select("account_id").join(_style(rows, texts), on="account_id", how="left")
    style_m = style.select(STYLE_COLUMNS).fill_null(0).to_numpy().astype(np.float32)
    vec = np.hstack([topic, STYLE_WEIGHT * style_m])
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    return pl.DataFrame(
        {
            "account_id": docs.get_column("account_id"),
            "profile": pl.Series(vec.astype(np.float32), dtype=pl.Array(pl.Float32, dim)),
        }
    )


def profile_neighbours(
    profiles: pl.DataFrame, k: int = 10, *, min_similarity: float = -1.0
) -> pl.DataFrame:
    """Each account's ``k`` most similar other accounts by cosine of their profiles:
    ``account_id``, ``neighbour``, ``similarity`` (Float32), at least ``min_similarity``.

    Exact inner-product search with faiss (profiles are unit vectors, so cosine is a dot
    product): blocked SIMD matrix products and heap top-k, about 10x a NumPy
    argpartition; memory stays linear in accounts.
    """
    import faiss

    schema = {"account_id": pl.String, "neighbour": pl.String, "similarity": pl.Float32}
    n = profiles.height
    if n < 2 or k < 1:
        return pl.DataFrame(schema=schema)
    ids = profiles.get_column("account_id")
    mat = np.array(profiles.get_column("profile").to_numpy(), dtype=np.float32, order="C")
    mat /= np.maximum(np.linalg.norm(mat, axis=1, keepdims=True), 1e-12)
    kk = min(k, n - 1)
    index = faiss.IndexFlatIP(mat.shape[1])
    index.add(mat)
    sims, nbs = index.search(mat, kk + 1)
    src = np.repeat(np.arange(n), kk + 1)
    out = (
        pl.DataFrame(
            {
                "src": src,
                "nb": nbs.ravel(),
                "similarity": pl.Series(sims.ravel(), dtype=pl.Float32),
            }
        )
        # Drop self (not always first when profiles tie) and faiss's -1 padding.
        .filter((pl.col("nb") != pl.col("src")) & (pl.col("nb") >= 0))
        .filter(pl.col("similarity") >= min_similarity)
        .sort(["src", "similarity", "nb"], descending=[False, True, False])
        .filter(pl.int_range(pl.len()).over("src") < kk)
    )
    return pl.DataFrame(
        {
            "account_id": ids.gather(out.get_column("src")),
            "neighbour": ids.gather(out.get_column("nb")),
            "similarity": out.get_column("similarity"),
        },
        schema=schema,
    ).sort(["account_id", "similarity", "neighbour"], descending=[False, True, False])
