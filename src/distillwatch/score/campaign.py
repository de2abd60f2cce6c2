"""Campaign-level score: a community is a distillation campaign only when independent lines
of evidence converge — coordination across accounts AND extraction-like content AND
behaviour or trust anomalies. Any one line alone (a shared office IP, a popular template,
a heavy batch pipeline) is what hard negatives look like.
"""

from __future__ import annotations

from typing import Final

import polars as pl

#: Core members have at least this share of the group's upper-quartile suspicion ...
CORE_FRACTION: Final = 0.25
#: ... and hold a group-exclusive key held by at least this share of the group.
CORE_KEY_SHARE: Final = 0.2
#: Communities smaller than this are not campaigns (a campaign is *many* accounts).
MIN_CAMPAIGN_ACCOUNTS: Final = 3
#: A shared key counts for coordination when this share of its holders are in the group.
MIN_EXCLUSIVITY: Final = 0.6
#: Line strength at which a line of evidence "fires".
LINE_FIRES: Final = 0.5
#: Lines that must fire (coordination kinds, content, templating, behaviour, trust, pivot).
MIN_LINES: Final = 4
#: Campaign-level lines of evidence, in report order.
LINES: Final = ("coordination", "content", "templating", "behaviour", "trust", "pivot")
#: Weights of the campaign score (documented in docs/DETECTION.md).
CAMPAIGN_WEIGHTS: Final = {
    "coordination": 0.3,
    "content": 0.3,
    "behaviour": 0.1,
    "templating": 0.05,
    "trust": 0.15,
    "pivot": 0.1,
}
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
    """What is asked: extraction content, or narrow targeting of one capability."""
    return pl.max_horizontal(pl.col("f_extraction"), pl.col("f_targeting"))


def behaviour_line() -> pl.Expr:
    """How it is asked: mean of the two strongest of volume, timing and token economics."""
    fams = [pl.col(f"f_{f}") for f in ("volume", "timing", "tokens")]
    return pl.concat_list(fams).list.sort(descending=True).list.head(2).list.mean()


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


def core_members(
    membership: pl.DataFrame, families: pl.DataFrame, keys: pl.DataFrame, weights: pl.DataFrame
) -> pl.DataFrame:
    """Members tied to their group by a key held mostly inside it, by a real part of it.

    Modularity attaches loosely linked bystanders (a webmail domain, a common SDK user
    agent) to dense groups; a core member holds a key that is ``MIN_EXCLUSIVITY`` inside
    the group and held by at least ``CORE_KEY_SHARE`` of it, and is not far less
    suspicious than the group (``CORE_FRACTION`` of its upper-quartile prior).
    """
    size = membership.group_by("community").agg(pl.len().alias("size"))
    held = (
        keys.select("account_id", "key_kind", "key")
        .unique()
        .join(membership, on="account_id")
        .join(weights.select("key_kind", "key", "df"), on=["key_kind", "key"])
    )
    n_in = pl.len().over("community", "key_kind", "key")
    tied = (
        held.join(size, on="community")
        .filter(
            (n_in >= 2)
            & (n_in / pl.col("df") >= MIN_EXCLUSIVITY)
            & (n_in >= CORE_KEY_SHARE * pl.col("size"))
        )
        .select("account_id")
        .unique()
    )
    m = membership.join(tied, on="account_id").join(
        families.select("account_id", "prior"), on="account_id"
    )
    top = pl.col("prior").quantile(0.75).over("community")
    return m.filter(pl.col("prior") >= CORE_FRACTION * top).select("account_id", "community")


def campaign_lines(
    membership: pl.DataFrame, families: pl.DataFrame, coverage: pl.DataFrame
) -> pl.DataFrame:
    """One row per community core of at least ``MIN_CAMPAIGN_ACCOUNTS``: each line's strength."""
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
        pl.col("f_templating").alias("templating"),
        behaviour_line().alias("behaviour"),
        pl.col("f_trust").alias("trust"),
        pl.col("f_pivot").alias("pivot"),
    ).select("community", "n_accounts", *COORD_LINES, *LINES, *fam_cols)


def campaign_scores(lines: pl.DataFrame) -> pl.DataFrame:
    """Score each community and mark convergence (documented weights, hard gates).

    convergent = coordination fires AND content fires AND (trust fires OR pivot fires OR
    (strong extraction AND behaviour fires)) AND at least ``MIN_LINES`` lines fire in all
    (each coordination kind, content, templating, behaviour, trust, pivot). A convergent
    group scores 0.5 + weighted / 2, any other weighted / 2, so only convergent groups pass
    0.5; groups under five accounts are scaled down.
    """
    fires = {c: pl.col(c) >= LINE_FIRES for c in (*COORD_LINES, *LINES)}
    weighted = pl.sum_horizontal(*[pl.col(k) * w for k, w in CAMPAIGN_WEIGHTS.items()])
    n_lines = pl.sum_horizontal(
        *[fires[c].cast(pl.Int32) for c in (*COORD_LINES, *LINES) if c != "coordination"]
    )
    who = fires["trust"] | fires["pivot"] | ((pl.col("f_extraction") >= 0.8) & fires["behaviour"])
    convergent = fires["coordination"] & fires["content"] & who & (n_lines >= MIN_LINES)
    size = (pl.col("n_accounts") / 5).clip(0, 1).sqrt()
    base = pl.when(convergent).then(0.5).otherwise(0.0)
    return lines.with_columns(
        n_lines.alias("n_lines"),
        convergent.alias("convergent"),
        ((base + weighted * 0.5) * size).clip(0, 1).alias("campaign_score"),
    )
