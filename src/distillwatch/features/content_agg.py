"""Per-account aggregates of the per-event content annotation (``features.content.annotate``).

Annotation runs per batch; :func:`content_partials` reduces a batch to small per-account
partial sums that add up across batches (:func:`merge_partials`), so memory grows with
accounts, not events. :func:`content_features` turns the merged sums into shares.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import polars as pl

from distillwatch.features.content.annotate import FLAG_COLUMNS as CONTENT_FLAG_COLUMNS

#: Boolean per-event columns of ``annotate`` summed per account.
FLAG_COLUMNS = CONTENT_FLAG_COLUMNS
#: Capability flags whose mix gives capability concentration ("other" = none of them).
CAP_COLUMNS = FLAG_COLUMNS[:4]
#: Per-event signal columns of what a distiller harvests.
EXTRACTION_FLAGS = tuple(c for c in FLAG_COLUMNS if c.startswith("sig_"))
#: Prompts kept per account for MinHash template families (bounded sample).
SAMPLE_PER_ACCOUNT = 24


@dataclass(frozen=True, slots=True)
class ContentPartials:
    """Additive per-account partial sums of one or more annotated batches."""

    sums: pl.DataFrame  # account_id, n_content, <flag sums>, no_cap, words
    templates: pl.DataFrame  # account_id, prompt_template, n, n_open (conversation openers)
    systems: pl.DataFrame  # account_id, system_hash, n
    sample: pl.DataFrame  # account_id, rank, prompt, harvest


def content_partials(annotated: pl.DataFrame, *, k: int = SAMPLE_PER_ACCOUNT) -> ContentPartials:
    """Reduce one annotated batch to per-account sums, template counts and a prompt sample."""
    no_cap = ~pl.any_horizontal(*[pl.col(c) for c in CAP_COLUMNS])
    sums = annotated.group_by("account_id").agg(
        pl.len().alias("n_content"),
        *[pl.col(c).sum().alias(c) for c in FLAG_COLUMNS],
        no_cap.sum().alias("no_cap"),
    )
    templates = annotated.group_by("account_id", "prompt_template").agg(
        pl.len().alias("n"),
        opener(annotated).sum().alias("n_open"),
    )
    systems = (
        annotated.filter(pl.col("system_hash").is_not_null())
        .group_by("account_id", "system_hash")
        .agg(pl.len().alias("n"))
    )
    sample = _bounded_sample(
        annotated.select(
            "account_id",
            sample_rank(annotated).alias("rank"),
            "prompt",
            pl.any_horizontal(*[pl.col(c) for c in EXTRACTION_FLAGS]).alias("harvest"),
        ),
        k,
    )
    return ContentPartials(sums, templates, systems, sample)


def opener(annotated: pl.DataFrame) -> pl.Expr:
    """Whether an exchange opens its conversation (``turn`` 0, or no turn logged).

    An opener is what the account wrote: its task, its template. A follow-up is often
    text the account did not write (an agent's tool results: ``git diff`` or ``pytest``
    output every agent user sends alike) or a bare "continue". Counted like openers,
    follow-ups tied coding-agent developers to a harvesting hydra by the shape of their
    tools' output (two worlds built outside the project), so template keys count openers
    and the prompt sample takes follow-ups only where openers run out.
    """
    if "turn" not in annotated.columns:
        return pl.repeat(True, pl.len())  # one value per row, in a group as in a frame
    return pl.col("turn").fill_null(0) <= 0


def sample_rank(annotated: pl.DataFrame) -> pl.Expr:
    """Sample order: a hash of the event id, conversation openers (:func:`opener`) first."""
    rank = pl.col("event_id").hash(seed=7) // 2
    return rank + pl.when(opener(annotated)).then(0).otherwise(2**63).cast(pl.UInt64)


def _bounded_sample(frame: pl.DataFrame, k: int) -> pl.DataFrame:
    """Keep the k rows of lowest hash rank per account: a uniform sample that merges exactly.

    The kept prompts are copied out (:func:`detached`): rows taken from a Polars string
    column still point into every buffer of the batch they came from.
    """
    head = frame.sort("rank").group_by("account_id", maintain_order=True).head(k)
    return head.with_columns(detached(head.get_column("prompt")))


def detached(strings: pl.Series) -> pl.Series:
    """The strings copied into buffers of their own. A Polars string column is a view over
    shared buffers, and a row subset keeps all of them alive: without the copy a few dozen
    sampled prompts per account held every batch's text (4 GB on a 10M-event world of
    5,000 accounts). Arrow's classic string layout holds only the bytes it needs."""
    return pl.Series(strings.name, strings.to_arrow(compat_level=pl.CompatLevel.oldest()))


def merge_partials(parts: list[ContentPartials], *, k: int = SAMPLE_PER_ACCOUNT) -> ContentPartials:
    """Add partial sums of several batches together (associative, order-free)."""
    sums = pl.concat([p.sums for p in parts]).group_by("account_id").agg(pl.all().sum())
    templates = (
        pl.concat([p.templates for p in parts])
        .group_by("account_id", "prompt_template")
        .agg(pl.col("n", "n_open").sum())
    )
    systems = (
        pl.concat([p.systems for p in parts])
        .group_by("account_id", "system_hash")
        .agg(pl.col("n").sum())
    )
    sample = _bounded_sample(pl.concat([p.sample for p in parts]), k)
    return ContentPartials(sums, templates, systems, sample)


def content_features(partials: ContentPartials) -> pl.DataFrame:
    """Per-account content shares, capability concentration and template concentration.

    ``cap_entropy`` is the normalised entropy of the capability mix (reasoning, coding,
    agentic, structured, other): near 0 when an account asks for one thing only.
    ``template_top_share`` is the share of traffic in the account's most used prompt
    skeleton; ``template_distinct_ratio`` is distinct skeletons per exchange (prompt
    diversity: many distinct tasks through one template is a harvesting pattern).
    """
    s = partials.sums
    n = pl.col("n_content").cast(pl.Float64)
    shares = s.select(
        "account_id",
        "n_content",
        (pl.col("sig_cot") / n).alias("cot_share"),
        (pl.col("sig_grading") / n).alias("grading_share"),
        (pl.col("sig_policy_rewrite") / n).alias("policy_rewrite_share"),
        (pl.col("sig_tooling") / n).alias("tooling_share"),
        *[(pl.col(c) / n).alias(f"{c}_share") for c in CAP_COLUMNS],
        (pl.col("no_cap") / n).alias("cap_other_share"),
    )
    cap_cols = [f"{c}_share" for c in CAP_COLUMNS] + ["cap_other_share"]
    total = pl.sum_horizontal(*cap_cols).clip(1e-9)
    probs = [pl.col(c) / total for c in cap_cols]
    entropy = -pl.sum_horizontal(*[(p * p.clip(1e-12).log()).fill_nan(0.0) for p in probs])
    shares = shares.with_columns(
        (entropy / math.log(len(cap_cols))).alias("cap_entropy"),
        (pl.max_horizontal(*[pl.col(c) for c in cap_cols[:-1]])).alias("cap_top_share"),
    )
    tmpl = partials.templates.group_by("account_id").agg(
        (pl.col("n").max() / pl.col("n").sum()).alias("template_top_share"),
        (pl.len() / pl.col("n").sum()).alias("template_distinct_ratio"),
    )
    sysf = partials.systems.group_by("account_id").agg(
        pl.col("n").max().alias("system_top_n"), pl.len().alias("n_system_prompts")
    )
    out = shares.join(tmpl, on="account_id", how="left").join(sysf, on="account_id", how="left")
    return out.with_columns(
        (pl.col("system_top_n").fill_null(0) / n).alias("system_top_share"),
        pl.col("n_system_prompts").fill_null(0),
    ).drop("system_top_n")
