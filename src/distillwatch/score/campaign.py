"""Campaign-level score: a community is a distillation campaign only when independent lines
of evidence converge — coordination across accounts AND extraction-like content AND
behaviour or trust anomalies. Any one line alone (a shared office IP, a popular template,
a heavy batch pipeline) is what hard negatives look like.
"""

from __future__ import annotations

from typing import Final

import polars as pl

#: Communities smaller than this are not campaigns (a campaign is *many* accounts).
MIN_CAMPAIGN_ACCOUNTS: Final = 3
#: A shared key counts for coordination when this share of its holders are in the group.
MIN_EXCLUSIVITY: Final = 0.6
#: Line strength at which a line of evidence "fires".
LINE_FIRES: Final = 0.5
#: Lines needed (of coordination, content, behaviour, trust) for a convergent campaign.
MIN_LINES: Final = 4
#: Weights of the campaign score (documented in docs/DETECTION.md).
CAMPAIGN_WEIGHTS: Final = {"coordination": 0.3, "content": 0.35, "behaviour": 0.2, "trust": 0.15}
#: Coordination lines: which key kinds feed each, with a multiplier for weak kinds.
COORD_LINES: Final[dict[str, dict[str, float]]] = {
    "coord_infrastructure": {"ip24": 1.0, "ip48": 1.0, "sync": 1.0, "user_agent": 0.4},
    "coord_payment": {"payment": 1.0},
    "coord_signup": {"signup_burst": 1.0},
    "coord_email": {"email_domain": 0.6},
    "coord_template": {"template": 1.0, "system_prompt": 1.0},
    "coord_intel": {"intel": 1.0},
}


def content_line() -> pl.Expr:
    """Extraction content, or narrow capability targeting through templated diverse tasks."""
    return pl.max_horizontal(
        pl.col("f_extraction"), pl.min_horizontal(pl.col("f_targeting"), pl.col("f_templating"))
    )


def behaviour_line() -> pl.Expr:
    """Mean of the two strongest behaviour families (volume, timing, tokens, pivot)."""
    fams = [pl.col(f"f_{f}") for f in ("volume", "timing", "tokens", "pivot")]
    top2 = pl.concat_list(fams).list.sort(descending=True).list.head(2).list.mean()
    return top2


def key_coverage(
    keys: pl.DataFrame, weights: pl.DataFrame, membership: pl.DataFrame
) -> pl.DataFrame:
    """Per (community, key_kind): share of members holding a key mostly exclusive to the group.

    Returns (community, key_kind, coverage, keys) where ``keys`` lists the exclusive keys,
    most held first (the reviewer's indicators).
    """
    held = (
        keys.unique(["account_id", "key_kind", "key"])
        .join(membership, on="account_id")
        .join(weights.select("key_kind", "key", "df"), on=["key_kind", "key"])
    )
    inside = held.group_by("community", "key_kind", "key").agg(
        pl.col("account_id"), pl.len().alias("n_in"), pl.col("df").first()
    )
    excl = inside.filter(
        (pl.col("n_in") >= 2) & (pl.col("n_in") / pl.col("df") >= MIN_EXCLUSIVITY)
    ).sort("n_in", descending=True)
    sizes = membership.group_by("community").agg(pl.len().alias("size"))
    return (
        excl.explode("account_id")
        .group_by("community", "key_kind")
        .agg(
            pl.col("account_id").n_unique().alias("holders"),
            pl.col("key").unique(maintain_order=True).head(10).alias("keys"),
        )
        .join(sizes, on="community")
        .with_columns((pl.col("holders") / pl.col("size")).alias("coverage"))
        .drop("holders", "size")
    )


def campaign_lines(
    membership: pl.DataFrame, families: pl.DataFrame, coverage: pl.DataFrame
) -> pl.DataFrame:
    """One row per community of at least ``MIN_CAMPAIGN_ACCOUNTS``: each line's strength."""
    fam_cols = [c for c in families.columns if c.startswith("f_")]
    med = (
        membership.join(families, on="account_id")
        .group_by("community")
        .agg(pl.len().alias("n_accounts"), *[pl.col(c).median() for c in fam_cols])
        .filter(pl.col("n_accounts") >= MIN_CAMPAIGN_ACCOUNTS)
    )
    cov = coverage.pivot(on="key_kind", index="community", values="coverage")
    lines = med.join(cov, on="community", how="left")
    exprs = []
    for line, kinds in COORD_LINES.items():
        parts = [pl.col(k).fill_null(0.0) * m for k, m in kinds.items() if k in lines.columns]
        exprs.append((pl.max_horizontal(*parts) if parts else pl.lit(0.0)).alias(line))
    lines = lines.with_columns(exprs)
    coord = 1 - pl.reduce(lambda a, b: a * b, [1 - pl.col(c) for c in COORD_LINES])
    return lines.with_columns(
        coord.clip(0, 1).alias("coordination"),
        content_line().alias("content"),
        behaviour_line().alias("behaviour"),
        pl.col("f_trust").alias("trust"),
    ).select(
        "community",
        "n_accounts",
        *COORD_LINES,
        "coordination",
        "content",
        "behaviour",
        "trust",
        *fam_cols,
    )


def campaign_scores(lines: pl.DataFrame) -> pl.DataFrame:
    """Score each community and mark convergence (documented weights, hard gates).

    convergent = content fires AND coordination fires AND at least ``MIN_LINES`` of
    (each coordination line, content, behaviour, trust) fire. A convergent group scores
    0.5 + weighted / 2, a non-convergent one weighted / 2, so only convergent groups pass
    0.5; smaller groups than five accounts are scaled down.
    """
    weighted = pl.sum_horizontal(*[pl.col(k) * w for k, w in CAMPAIGN_WEIGHTS.items()])
    n_lines = pl.sum_horizontal(
        *[
            (pl.col(c) >= LINE_FIRES).cast(pl.Int32)
            for c in (*COORD_LINES, "content", "behaviour", "trust")
        ]
    )
    convergent = (
        (pl.col("content") >= LINE_FIRES)
        & (pl.col("coordination") >= LINE_FIRES)
        & (n_lines >= MIN_LINES)
    )
    size = (pl.col("n_accounts") / 5).clip(0, 1).sqrt()
    return lines.with_columns(
        n_lines.alias("n_lines"),
        convergent.alias("convergent"),
        ((pl.when(convergent).then(0.5).otherwise(0.0) + weighted * 0.5) * size)
        .clip(0, 1)
        .alias("campaign_score"),
    )
