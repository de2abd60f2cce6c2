"""``annotate``: the per-event content columns, all vectorised Polars expressions."""

from __future__ import annotations

import polars as pl

from distillwatch.features.content.capabilities import capability_columns
from distillwatch.features.content.normalize import (
    hash_u64,
    normalise_system,
    rule_text,
    skeleton,
    text_or_empty,
    word_count,
)
from distillwatch.features.content.rules import rule_columns

#: Columns ``annotate`` adds, with their dtypes (the interface other stages rely on).
CONTENT_SCHEMA: pl.Schema = pl.Schema(
    {
        "cap_reasoning": pl.Boolean(),
        "cap_coding": pl.Boolean(),
        "cap_agentic": pl.Boolean(),
        "cap_structured": pl.Boolean(),
        "sig_cot": pl.Boolean(),
        "sig_grading": pl.Boolean(),
        "sig_policy_rewrite": pl.Boolean(),
        "sig_tooling": pl.Boolean(),
        "tooling_kind": pl.String(),
        "prompt_words": pl.Int32(),
        "prompt_template": pl.UInt64(),
        "system_hash": pl.UInt64(),
    }
)

TOOLING_KIND_VALUES = (
    "self_instruct",
    "alpaca",
    "evol_instruct",
    "orca",
    "magpie",
    "airoboros",
    "other",
)

# Seeds of the within-run template keys (see ``normalize.hash_u64``).
_TEMPLATE_SEED = 0x5EED_7E3F
_SYSTEM_SEED = 0x5EED_5157
_TMP = "__dw_content_"


def annotate(events: pl.DataFrame) -> pl.DataFrame:
    """Add the content columns of ``CONTENT_SCHEMA`` to ``events`` (one row per event).

    Works on any frame with a ``prompt`` column; ``system``, ``tools`` and
    ``response_format`` are used when present. An empty or null prompt (metadata-only
    traffic) yields False / 0 / null (``prompt_template``), never an error; ``tools`` and
    ``response_format`` still set ``cap_agentic`` / ``cap_structured``.
    """
    prompt = text_or_empty(events, "prompt")
    system = text_or_empty(events, "system")
    low, full = f"{_TMP}low", f"{_TMP}full"
    skel, sysn = f"{_TMP}skel", f"{_TMP}sys"

    base = events.drop([c for c in CONTENT_SCHEMA.names() if c in events.columns])
    work = base.with_columns(
        rule_text(prompt).alias(low),
        rule_text(system).alias(f"{_TMP}sys_low"),
        skeleton(prompt).alias(skel),
        normalise_system(system).alias(sysn),
        word_count(prompt).alias("prompt_words"),
    ).with_columns(
        pl.concat_str([pl.col(f"{_TMP}sys_low"), pl.col(low)], separator="\n").alias(full),
    )
    low_e, full_e = pl.col(low), pl.col(full)
    work = work.with_columns(
        *capability_columns(work, low_e),
        *rule_columns(low_e, full_e),
    ).with_columns(pl.col("tooling_kind").is_not_null().alias("sig_tooling"))

    template = hash_u64(work.get_column(skel), seed=_TEMPLATE_SEED)
    sys_series = work.get_column(sysn)
    sys_hash = hash_u64(sys_series, seed=_SYSTEM_SEED)
    work = work.with_columns(
        pl.when(work.get_column(skel).str.len_bytes() > 0)
        .then(template)
        .otherwise(None)
        .alias("prompt_template"),
        pl.when(sys_series.str.len_bytes() > 0).then(sys_hash).otherwise(None).alias("system_hash"),
    )
    out = work.drop([c for c in work.columns if c.startswith(_TMP)])
    return out.select(*base.columns, *[pl.col(c).cast(t) for c, t in CONTENT_SCHEMA.items()])
