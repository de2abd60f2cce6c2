"""``annotate``: the per-event content columns, all vectorised Polars expressions.

System prompts repeat across thousands of requests, so everything derived from them
(normalised hash, rule and capability flags) is computed once per distinct system
prompt and joined back; prompt-level columns are computed per row.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import polars as pl

from distillwatch.features.content.capabilities import (
    capability_text_columns,
    metadata_capabilities,
)
from distillwatch.features.content.classifier import MODEL_LABELS, shipped_model
from distillwatch.features.content.normalize import (
    hash_u64,
    normalise_system,
    rule_text,
    skeleton,
    text_or_empty,
)
from distillwatch.features.content.rules import TOOLING_KINDS, rule_frame

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
        "prompt_template": pl.UInt64(),
        "system_hash": pl.UInt64(),
    }
)

#: ``learned``: the content model, not a rule, recognised the request as tooling.
LEARNED_KIND = "learned"
TOOLING_KIND_VALUES: tuple[str, ...] = (*(name for name, _ in TOOLING_KINDS), LEARNED_KIND)

#: The per-event Boolean columns, in schema order (capabilities first, then signals).
FLAG_COLUMNS: tuple[str, ...] = tuple(
    name for name, dtype in CONTENT_SCHEMA.items() if dtype == pl.Boolean
)
_FLAGS = tuple(c for c in FLAG_COLUMNS if c != "sig_tooling")
_MODEL_FLAGS = tuple(c for c in MODEL_LABELS if c != "sig_tooling")
# Seeds of the within-run template keys (see ``normalize.hash_u64``).
_TEMPLATE_SEED = 0x5EED_7E3F
_SYSTEM_SEED = 0x5EED_5157
_TMP = "__dw_content_"
_SYS = f"{_TMP}system"
_PROMPT = f"{_TMP}prompt"
_SID, _PID = f"{_TMP}sid", f"{_TMP}pid"
# Seed of the within-batch text ids (distinct texts are found and joined back on these).
_TEXT_ID_SEED = 0x5EED_7E47
_SYS_SUFFIX = "__sys"


def with_model_hits(rules: pl.DataFrame, hits: pl.DataFrame) -> pl.DataFrame:
    """``rule_frame`` output with the content model's hits on the same texts added
    (``ContentModel.flags``): a signal is a rule hit or a model hit. A text only the model
    calls tooling gets the kind ``learned``."""
    return rules.with_columns(
        *[(pl.col(c) | hits.get_column(f"model_{c}")).alias(c) for c in _MODEL_FLAGS],
        pl.coalesce(
            "tooling_kind",
            pl.when(hits.get_column("model_sig_tooling")).then(pl.lit(LEARNED_KIND)),
        ).alias("tooling_kind"),
    )


def _system_table(uniq: pl.DataFrame) -> pl.DataFrame:
    """Per distinct system prompt (``_SID``, ``_SYS``): its hash (null when blank) and its
    rule/capability flags."""
    low = rule_text(pl.col(_SYS)).alias(f"{_TMP}sys_low")
    norm = normalise_system(pl.col(_SYS)).alias(f"{_TMP}sys_norm")
    table = uniq.with_columns(low, norm)
    low_e = pl.col(f"{_TMP}sys_low")
    norm_s = table.get_column(f"{_TMP}sys_norm")
    table = pl.concat(
        [table, rule_frame(table.get_column(f"{_TMP}sys_low"))], how="horizontal"
    ).with_columns(
        *capability_text_columns(low_e),
        pl.when(norm_s.str.len_bytes() > 0)
        .then(hash_u64(norm_s, seed=_SYSTEM_SEED))
        .otherwise(None)
        .alias("system_hash"),
    )
    keep = [*_FLAGS, "tooling_kind"]
    return table.select(_SID, "system_hash", *[pl.col(c).alias(c + _SYS_SUFFIX) for c in keep])


#: Per-prompt columns: everything ``annotate`` derives from the prompt text alone.
PROMPT_SCHEMA: pl.Schema = pl.Schema(
    {
        _PID: pl.UInt64(),
        **{c: pl.Boolean() for c in _FLAGS},
        "tooling_kind": pl.String(),
        "prompt_template": pl.UInt64(),
    }
)
#: Prompts a ``PromptMemo`` keeps (two ids and bit-packed flags: Polars estimates 16 MB a
#: million, so 4M is ~65 MB).
MEMO_ROWS = 4_000_000


class PromptMemo:
    """The per-prompt columns of prompts already annotated in this run, by text id, so a
    prompt seen in an earlier batch is not annotated again (a window of logs repeats
    prompts across batches: the 10M-event `seed-scale` world holds 3.2M distinct prompts,
    its 250k-event batches 6.6M between them). What it holds changes the work done, never
    a result: every column it keeps depends on the prompt text alone. Past ``max_rows``
    the older half is dropped, so memory stays bounded. Safe to share between threads."""

    def __init__(self, max_rows: int = MEMO_ROWS) -> None:
        self._max = max_rows
        self._lock = threading.Lock()
        self._rows = pl.DataFrame(schema=PROMPT_SCHEMA)

    def __len__(self) -> int:
        return self._rows.height

    def known(self, ids: pl.DataFrame) -> pl.DataFrame:
        """The kept rows of the prompt ids in ``ids`` (a frame with their id column), one
        per id."""
        found = self._rows.join(ids.select(_PID), on=_PID, how="semi")
        return found.unique(subset=_PID, keep="first", maintain_order=True)

    def add(self, rows: pl.DataFrame) -> None:
        """Keep ``rows`` (``PROMPT_SCHEMA``). Two batches in flight may both add a new
        prompt; ``known`` drops the copy (cheaper than checking 4M kept ids per batch:
        0.19 s a batch)."""
        with self._lock:
            kept = pl.concat([self._rows, rows], rechunk=False)
            if kept.height > self._max:
                kept = kept.tail(self._max // 2).rechunk()
            self._rows = kept


def _prompt_table(prompts: pl.DataFrame, pool: ThreadPoolExecutor) -> pl.DataFrame:
    """``PROMPT_SCHEMA`` rows of distinct prompts (``_PID``, ``_PROMPT``): capability,
    rule and model flags, and the template key. The rules and the model run on ``pool``
    beside Polars' own parallel evaluation of the capability and template columns."""
    prompt = pl.col(_PROMPT)
    low, skel = f"{_TMP}low", f"{_TMP}skel"
    work = prompts.with_columns(rule_text(prompt).alias(low), skeleton(prompt).alias(skel))
    skel_s = work.get_column(skel)
    # The content model scores user prompts only: it never saw benign system prompts
    # (see ``training``), so those get the rules alone.
    model = shipped_model()
    texts = work.get_column(low)
    hits = pool.submit(model.flags, texts) if model is not None and texts.len() else None
    rules = pool.submit(rule_frame, texts)
    work = work.with_columns(
        *capability_text_columns(pl.col(low)),
        pl.when(skel_s.str.len_bytes() > 0)
        .then(hash_u64(skel_s, seed=_TEMPLATE_SEED))
        .otherwise(None)
        .alias("prompt_template"),
    ).drop(low, skel, _PROMPT)
    flags = rules.result() if hits is None else with_model_hits(rules.result(), hits.result())
    work = pl.concat([work, flags], how="horizontal")
    return work.select([pl.col(c).cast(t) for c, t in PROMPT_SCHEMA.items()])


def annotate(events: pl.DataFrame, memo: PromptMemo | None = None) -> pl.DataFrame:
    """Add the content columns of ``CONTENT_SCHEMA`` to ``events`` (one row per event).

    Works on any frame with a ``prompt`` column; ``system``, ``tools`` and
    ``response_format`` are used when present. An empty or null prompt (metadata-only
    traffic) yields False / 0 / null (``prompt_template``), never an error; ``tools`` and
    ``response_format`` still set ``cap_agentic`` / ``cap_structured``. Rules fire on the
    user prompt or the system prompt (judges and Orca-style tools instruct through it).
    ``memo`` (one per run of batches) spares the prompts an earlier batch annotated.
    """
    base = events.drop([c for c in CONTENT_SCHEMA.names() if c in events.columns])
    keyed = base.with_columns(
        text_or_empty(base, "prompt").alias(_PROMPT), text_or_empty(base, "system").alias(_SYS)
    ).with_columns(
        pl.col(_PROMPT).hash(seed=_TEXT_ID_SEED).alias(_PID),
        pl.col(_SYS).hash(seed=_TEXT_ID_SEED).alias(_SID),
    )
    # Every prompt column depends on the prompt text alone, and a batch repeats prompts
    # (about half of them in simulated worlds): annotate each distinct prompt once. Texts
    # are told apart by a 64-bit hash, hashed once (the template keys are such hashes too):
    # grouping and joining on the long strings hashed and compared them twice.
    prompts = keyed.filter(pl.col(_PID).is_first_distinct()).select(_PID, _PROMPT)
    systems_in = keyed.filter(pl.col(_SID).is_first_distinct()).select(_SID, _SYS)
    known = memo.known(prompts) if memo is not None else None
    if known is not None:
        prompts = prompts.join(known, on=_PID, how="anti")
    tools, fmt = metadata_capabilities(base)
    with ThreadPoolExecutor(max_workers=3) as pool:
        systems = pool.submit(_system_table, systems_in)
        table = _prompt_table(prompts, pool)
        if memo is not None and known is not None:  # (known is set exactly when memo is)
            memo.add(table)
            table = pl.concat([known, table])
        work = keyed.join(table, on=_PID, how="left", maintain_order="left")
        work = work.join(systems.result(), on=_SID, how="left", maintain_order="left")
    work = work.with_columns(
        *[(pl.col(c) | pl.col(c + _SYS_SUFFIX)).alias(c) for c in _FLAGS],
        pl.coalesce("tooling_kind", "tooling_kind" + _SYS_SUFFIX).alias("tooling_kind"),
    ).with_columns(
        (pl.col("cap_agentic") | tools).alias("cap_agentic"),
        (pl.col("cap_structured") | fmt).alias("cap_structured"),
        pl.col("tooling_kind").is_not_null().alias("sig_tooling"),
    )
    return work.select(*base.columns, *[pl.col(c).cast(t) for c, t in CONTENT_SCHEMA.items()])
