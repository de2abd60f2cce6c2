"""Per-account link keys: what an account shares with others (infrastructure, payment,
sign-up, templates, activity windows), one row per (account_id, key_kind, key).

Only keys that carry a real part of an account's traffic are kept (``MIN_KEY_SHARE``), so
one stray request through a shared proxy does not tie a customer to a campaign.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import numpy as np
import polars as pl

from distillwatch.features.network import prefix_counts

#: A traffic key (user agent, template, system prompt) must carry this share.
MIN_KEY_SHARE = 0.2
#: IP prefixes: a rotating proxy pool spreads an account thinly over many prefixes, so a
#: prefix counts from this share (and two exchanges), keeping the account's top ones.
MIN_PREFIX_SHARE = 0.01
MAX_PREFIXES_PER_ACCOUNT = 50
#: Sign-up burst bucket: accounts created in the same window share a key.
SIGNUP_BUCKET = timedelta(hours=2)
#: Synchronised-activity bucket: accounts using the same IP prefix in the same window.
SYNC_BUCKET = timedelta(hours=6)
#: A template family band key must appear in this share of the account's sample.
MIN_FAMILY_SHARE = 0.25
#: Key prefixes of MinHash band keys of prompts and of system prompts (hex of the band),
#: and of profile star keys (the centre account's id).
TEMPLATE_BAND = "mh:"
SYSTEM_BAND = "smh:"
PROFILE_STAR = "pn:"
#: Key kinds an institution or a product shares with strangers: an e-mail domain is a
#: university's, a company's or a webmail's, a user agent an SDK version's. They tie
#: accounts but never place one in a campaign or join two parts of one by themselves.
WEAK_KINDS = ("email_domain", "user_agent")
#: Profile neighbours kept per account, and the cosine similarity each needs.
PROFILE_NEIGHBOURS = 5
PROFILE_SIMILARITY = 0.8

KEY_SCHEMA = pl.Schema(
    {"account_id": pl.String, "key_kind": pl.String, "key": pl.String, "share": pl.Float64}
)
#: MinHash LSH signatures of texts: band keys (texts x bands, uint64) and whether each text
#: has words (``features.content.template_signature_matrix``; passed in, so linking needs
#: no text-processing dependency).
Signatures = Callable[[pl.Series], tuple[np.ndarray, np.ndarray]]


def infra_keys(
    events: pl.LazyFrame, prefixes: tuple[pl.DataFrame, pl.DataFrame] | None = None
) -> pl.DataFrame:
    """IP prefixes, user agents and synchronised (prefix, 6 h window) keys per account.

    ``prefixes``: ``features.network.prefix_counts`` of the same events, when the caller
    already has them (the address parsing is the costly part)."""
    per_prefix, ip_prefixes = prefix_counts(events) if prefixes is None else prefixes
    totals = events.group_by("account_id").agg(pl.len().alias("total")).collect()
    ua = (
        events.filter(pl.col("user_agent").is_not_null())
        .group_by("account_id", "user_agent")
        .agg(pl.len().alias("n"))
        .collect()
        .select(
            "account_id",
            pl.lit("user_agent").alias("key_kind"),
            pl.col("user_agent").alias("key"),
            "n",
        )
    )
    ip = per_prefix.select("account_id", "key_kind", pl.col("prefix").alias("key"), "n")
    ip_keys = (
        _keep_major(ip.filter(pl.col("n") >= 2), totals, min_share=MIN_PREFIX_SHARE)
        # Ties at the cut break on the prefix text: the same input, the same keys.
        .sort(["share", "key_kind", "key"], descending=[True, False, False])
        .group_by("account_id", maintain_order=True)
        .head(MAX_PREFIXES_PER_ACCOUNT)
    )
    keys = pl.concat([ip_keys, _keep_major(ua, totals)])
    sync = sync_keys(events, ip_prefixes, keys.filter(pl.col("key_kind").is_in(["ip24", "ip48"])))
    return pl.concat([keys, sync])


def sync_keys(events: pl.LazyFrame, prefixes: pl.DataFrame, ip_keys: pl.DataFrame) -> pl.DataFrame:
    """(IP prefix, 6 h window) keys: accounts active through the same network at the same time.

    Only prefixes already shared by two or more accounts are expanded, so the table stays
    small; the key is shared when accounts are synchronised, not merely co-located.
    """
    shared = ip_keys.group_by("key").agg(pl.len().alias("df")).filter(pl.col("df") >= 2)["key"]
    if shared.is_empty():
        return pl.DataFrame(schema=KEY_SCHEMA)
    pmap = prefixes.filter(pl.col("prefix").is_in(shared.implode())).select("ip", "prefix")
    win = (
        events.select("account_id", "ip", "timestamp")
        .join(pmap.lazy(), on="ip", how="inner")
        .group_by("account_id", "prefix", pl.col("timestamp").dt.truncate(SYNC_BUCKET).alias("w"))
        .agg(pl.len().alias("n"))
        .collect()
    )
    totals = win.group_by("account_id").agg(pl.col("n").sum().alias("total"))
    return (
        win.join(totals, on="account_id")
        .filter(pl.col("n") >= 2)
        .select(
            "account_id",
            pl.lit("sync").alias("key_kind"),
            pl.format("{}@{}", "prefix", pl.col("w").dt.strftime("%Y-%m-%dT%H")).alias("key"),
            (pl.col("n") / pl.col("total")).alias("share"),
        )
    )


def _hex_batch(values: pl.Series) -> pl.Series:
    """16-digit hex of each u64 in a batch: NumPy's big-endian bytes through ``bytes.hex``
    (C speed; Polars formats no hex and a per-row lambda costs 3x)."""
    arr = values.cast(pl.UInt64).fill_null(0).to_numpy()
    text = arr.astype(">u8").tobytes().hex().encode("ascii")
    return pl.Series(values.name, np.frombuffer(text, dtype="S16")).cast(pl.String)


def hex16(value: pl.Expr) -> pl.Expr:
    """16-digit lower-case hex of a u64 expression (null stays null)."""
    hexed = value.map_batches(_hex_batch, return_dtype=pl.String)
    return pl.when(value.is_null()).then(None).otherwise(hexed)


def band_key(prefix: str) -> pl.Expr:
    """``prefix`` + 16-digit hex of the u64 ``band`` column (the form shared as indicators)."""
    return prefix + hex16(pl.col("band"))


def template_hex(key: pl.Expr) -> pl.Expr:
    """A ``template`` key as 16-digit hex: a MinHash band key (``mh:<hex>``) without its
    prefix, a skeleton hash (decimal u64) in hex. The form template indicators take."""
    return (
        pl.when(key.str.starts_with(TEMPLATE_BAND))
        .then(key.str.strip_prefix(TEMPLATE_BAND))
        .otherwise(hex16(key.str.to_integer(base=10, strict=False)))
    )


def independent_kind() -> pl.Expr:
    """``key_kind`` with ``sync`` counted as ``ip24``: a synchronised window on a prefix is
    not independent evidence from the prefix itself (for rules that count kinds)."""
    return pl.when(pl.col("key_kind") == "sync").then(pl.lit("ip24")).otherwise(pl.col("key_kind"))


def similarity_key() -> pl.Expr:
    """Keys that say two accounts do alike, not that they share an asset: profile
    neighbours and MinHash bands of prompts (``mh:``) or system prompts (``smh:``). An
    agent framework's users write near-identical system prompts and similar tasks without
    sharing an operator; an exact private text, an IP prefix or a card is an asset."""
    return (
        (pl.col("key_kind") == "profile")
        | pl.col("key").str.starts_with(TEMPLATE_BAND)
        | pl.col("key").str.starts_with(SYSTEM_BAND)
    )


def _keep_major(
    counts: pl.DataFrame, totals: pl.DataFrame, *, min_share: float = MIN_KEY_SHARE
) -> pl.DataFrame:
    """Keep (account, key) pairs carrying at least ``min_share`` of the account's traffic."""
    return (
        counts.join(totals, on="account_id")
        .with_columns((pl.col("n") / pl.col("total")).alias("share"))
        .filter(pl.col("share") >= min_share)
        .select(KEY_SCHEMA.names())
        .cast(KEY_SCHEMA)  # type: ignore[arg-type]
    )


def account_keys(accounts: pl.DataFrame | None, seen: pl.Series) -> pl.DataFrame:
    """Payment fingerprint, e-mail domain and sign-up burst keys of the accounts seen."""
    if accounts is None or accounts.is_empty():
        return pl.DataFrame(schema=KEY_SCHEMA)
    acc = accounts.filter(pl.col("account_id").is_in(seen.implode()))
    parts = []
    for kind, col in (("payment", "payment_fingerprint"), ("email_domain", "email_domain")):
        if col in acc.columns:
            parts.append(
                acc.filter(pl.col(col).is_not_null()).select(
                    "account_id",
                    pl.lit(kind).alias("key_kind"),
                    pl.col(col).str.to_lowercase().alias("key"),
                    pl.lit(1.0).alias("share"),
                )
            )
    if "created_at" in acc.columns:
        parts.append(
            acc.filter(pl.col("created_at").is_not_null()).select(
                "account_id",
                pl.lit("signup_burst").alias("key_kind"),
                pl.col("created_at")
                .dt.truncate(SIGNUP_BUCKET)
                .dt.strftime("%Y-%m-%dT%H:%M")
                .alias("key"),
                pl.lit(1.0).alias("share"),
            )
        )
    return pl.concat(parts).cast(KEY_SCHEMA) if parts else pl.DataFrame(schema=KEY_SCHEMA)  # type: ignore[arg-type]


def content_keys(templates: pl.DataFrame, systems: pl.DataFrame) -> pl.DataFrame:
    """Exact prompt-skeleton and system-prompt hash keys that carry a real traffic share.

    A skeleton's share is of the account's conversation openers (``n_open``): a follow-up
    turn is often a tool's output, alike for every user of the tool
    (``features.content_agg.opener``).
    """
    parts = [
        _keep_major(
            frame.select(
                "account_id",
                pl.lit(kind).alias("key_kind"),
                pl.format("{}", pl.col(col)).alias("key"),
                pl.col(n).alias("n"),
            ).filter(pl.col("n") > 0),
            templates.group_by("account_id").agg(pl.col(n).sum().alias("total")),
        )
        for kind, frame, col, n in (
            ("template", templates, "prompt_template", "n_open"),
            ("system_prompt", systems, "system_hash", "n"),
        )
    ]
    return pl.concat(parts)


def _band_rows(texts: pl.Series, signatures: Signatures) -> tuple[np.ndarray, np.ndarray]:
    """(text index, band key) of every distinct band key of each text with words."""
    keys, has_words = signatures(texts)
    if keys.size == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64)
    srt = np.sort(keys, axis=1)
    keep = np.ones(srt.shape, dtype=bool)
    keep[:, 1:] = srt[:, 1:] != srt[:, :-1]  # a text's repeated band key counts once
    keep &= has_words[:, None]
    rows = np.repeat(np.arange(srt.shape[0]), srt.shape[1])[keep.ravel()]
    return rows, srt[keep]


def family_keys(sample: pl.DataFrame, signatures: Signatures) -> tuple[pl.DataFrame, pl.DataFrame]:
    """MinHash LSH band keys that recur within an account's prompt sample.

    Returns the key rows (``template`` kind, key = ``mh:<hex>``) and per-account
    ``family_top_share``: the share of the sample in its most common band key, i.e. how
    templated the account's prompts are even when every task inside differs.
    """
    empty_share = pl.DataFrame(schema={"account_id": pl.String, "family_top_share": pl.Float64})
    if sample.is_empty():
        return pl.DataFrame(schema=KEY_SCHEMA), empty_share
    # Group on an integer account code: the band table has ~16 rows per sampled prompt.
    accounts = sample.select(
        pl.col("account_id").rank("dense").cast(pl.UInt32).alias("acc"), "account_id"
    )
    rows, bands = _band_rows(sample["prompt"], signatures)
    exploded = pl.DataFrame({"acc": accounts["acc"].to_numpy()[rows], "band": bands})
    sizes = accounts.group_by("acc").agg(pl.col("account_id").first(), pl.len().alias("size"))
    per = (
        exploded.group_by("acc", "band")
        .agg(pl.len().alias("n"))
        .join(sizes, on="acc")
        .with_columns((pl.col("n") / pl.col("size")).alias("share"))
    )
    top = per.group_by("account_id").agg(
        pl.when(pl.col("n").max() >= 2)
        .then(pl.col("share").max())
        .otherwise(0.0)
        .alias("family_top_share")
    )
    top = sizes.select("account_id").join(top, on="account_id", how="left").fill_null(0.0)
    keys = per.filter((pl.col("share") >= MIN_FAMILY_SHARE) & (pl.col("n") >= 2)).select(
        "account_id",
        pl.lit("template").alias("key_kind"),
        band_key(TEMPLATE_BAND).alias("key"),
        "share",
    )
    return keys.cast(KEY_SCHEMA), top  # type: ignore[arg-type]


def system_family_keys(events: pl.LazyFrame, signatures: Signatures) -> pl.DataFrame:
    """MinHash band keys of each account's main system prompt (``system_prompt`` kind).

    A hydra's operator fills one persona skeleton per account ("You are <name>,
    <company>'s coding agent ...") so exact system-prompt hashes differ while the text is a
    near-duplicate; unrelated apps write their own. Only a system prompt that carries
    ``MIN_KEY_SHARE`` of the account's traffic (and two exchanges) counts; one text per
    account keeps the MinHash cost bounded by accounts, not events.
    """
    ranked = (
        events.filter(pl.col("system").is_not_null() & (pl.col("system").str.len_bytes() > 0))
        .group_by("account_id", "system")
        .agg(pl.len().alias("n"))
        .sort(["account_id", "n", "system"], descending=[False, True, False])
        .group_by("account_id", maintain_order=True)
        .first()
        .join(events.group_by("account_id").agg(pl.len().alias("total")), on="account_id")
        .with_columns((pl.col("n") / pl.col("total")).alias("share"))
        .filter((pl.col("n") >= 2) & (pl.col("share") >= MIN_KEY_SHARE))
        .collect()
    )
    if ranked.is_empty():
        return pl.DataFrame(schema=KEY_SCHEMA)
    rows, bands = _band_rows(ranked["system"], signatures)
    keys = ranked.select("account_id", "share")[rows].with_columns(pl.Series("band", bands))
    return keys.select(
        "account_id",
        pl.lit("system_prompt").alias("key_kind"),
        band_key(SYSTEM_BAND).alias("key"),
        "share",
    ).cast(KEY_SCHEMA)  # type: ignore[arg-type]


def profile_keys(neighbours: pl.DataFrame) -> pl.DataFrame:
    """Star keys of near-identical topic/style profiles (``profile`` kind).

    ``neighbours`` is (account_id, neighbour, similarity), each account's nearest profiles.
    Account A and its neighbours share the key ``pn:A``: a hydra's accounts are fed from
    one task queue, so each finds its siblings among its nearest profiles, and the key
    graph grows by at most ``PROFILE_NEIGHBOURS + 1`` edges per account, never pairwise
    over a whole population.
    """
    if neighbours.is_empty():
        return pl.DataFrame(schema=KEY_SCHEMA)
    near = neighbours.filter(pl.col("similarity") >= PROFILE_SIMILARITY)
    centre = near.select("account_id").unique().with_columns(pl.col("account_id").alias("c"))
    spokes = near.select(pl.col("neighbour").alias("account_id"), pl.col("account_id").alias("c"))
    return (
        pl.concat([centre, spokes])
        .unique()
        .select(
            "account_id",
            pl.lit("profile").alias("key_kind"),
            (PROFILE_STAR + pl.col("c")).alias("key"),
            pl.lit(1.0).alias("share"),
        )
        .cast(KEY_SCHEMA)  # type: ignore[arg-type]
    )
