"""Content partial sums add up across batches exactly (the property batching relies on)."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from distillwatch.features.content_agg import content_features, content_partials, merge_partials

FLAGS = (
    "cap_reasoning",
    "cap_coding",
    "cap_agentic",
    "cap_structured",
    "sig_cot",
    "sig_grading",
    "sig_policy_rewrite",
    "sig_tooling",
)

row = st.fixed_dictionaries(
    {
        "account_id": st.sampled_from(["a", "b", "c"]),
        "prompt_template": st.integers(0, 3),
        "system_hash": st.one_of(st.none(), st.integers(0, 2)),
        "turn": st.one_of(st.none(), st.integers(0, 3)),
        **{f: st.booleans() for f in FLAGS},
    }
)


def annotated(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows).with_columns(
        pl.format("e{}", pl.int_range(pl.len())).alias("event_id"),
        pl.lit("p").alias("prompt"),
        pl.col("prompt_template").cast(pl.UInt64),
        pl.col("system_hash").cast(pl.UInt64),
        *([pl.col("turn").cast(pl.Int32)] if "turn" in rows[0] else []),
    )


@settings(max_examples=40, deadline=None)
@given(st.lists(row, min_size=1, max_size=60), st.integers(1, 59))
def test_batched_equals_whole(rows: list[dict], cut: int) -> None:
    df = annotated(rows)
    whole = content_features(content_partials(df)).sort("account_id")
    cut = min(cut, df.height)
    parts = [content_partials(df[:cut])] + ([content_partials(df[cut:])] if cut < df.height else [])
    batched = content_features(merge_partials(parts)).sort("account_id")
    assert whole.equals(batched)


def test_shares_and_concentration() -> None:
    rows = [
        dict.fromkeys(FLAGS, False) | {"account_id": "a", "prompt_template": 1, "system_hash": 5}
        for _ in range(4)
    ]
    rows[0]["sig_cot"] = True
    rows[1]["cap_reasoning"] = True
    rows[3]["prompt_template"] = 2
    f = content_features(content_partials(annotated(rows))).row(0, named=True)
    assert f["cot_share"] == 0.25 and f["cap_reasoning_share"] == 0.25
    assert f["cap_other_share"] == 0.75
    assert f["template_top_share"] == 0.75 and f["template_distinct_ratio"] == 0.5
    assert f["system_top_share"] == 1.0


def test_detached_strings_keep_values_and_type() -> None:
    """The copy that frees a sample from its batch's buffers changes nothing visible."""
    from distillwatch.features.content_agg import detached

    batch = pl.Series("prompt", [None, "", "short", "x" * 500, "ünïcode ✓"] * 3)
    kept = batch.gather([1, 3, 4, 0])
    out = detached(kept)
    assert out.dtype == pl.String and out.name == "prompt"
    assert out.to_list() == kept.to_list()


def test_profile_sample_takes_harvest_prompts_first() -> None:
    """An account burying CoT requests under decoys is profiled on its requests, drawn
    from its uniform sample (which stays uniform for template families); an account
    with no extraction prompts keeps its hash-rank order."""
    from distillwatch.pipeline.detect import PROFILE_SAMPLE, profile_sample, sample_of

    rows = [
        dict.fromkeys(FLAGS, False) | {"account_id": a, "prompt_template": 0, "system_hash": None}
        for a in ("decoyed", "organic")
        for _ in range(40)
    ]
    for i in range(0, 40, 5):  # every fifth of the decoyed account's prompts asks for CoT
        rows[i]["sig_cot"] = True
    df = annotated(rows).with_columns(pl.format("{}-{}", "account_id", "event_id").alias("prompt"))
    partials = content_partials(df)
    cot = set(df.filter(pl.col("sig_cot"))["prompt"])
    kept = partials.sample.filter(pl.col("account_id") == "decoyed")
    in_sample = [p for p in kept["prompt"] if p in cot]
    assert 0 < len(in_sample) < PROFILE_SAMPLE
    profiled = profile_sample(partials)
    decoyed = profiled.filter(pl.col("account_id") == "decoyed")["text"].to_list()
    assert set(in_sample) <= set(decoyed) and len(decoyed) == PROFILE_SAMPLE
    rest = [p for p in kept["prompt"] if p not in cot][: PROFILE_SAMPLE - len(in_sample)]
    assert set(decoyed) == set(in_sample) | set(rest)  # then the sample's lowest ranks
    uniform = sample_of(partials, 5, PROFILE_SAMPLE).filter(pl.col("account_id") == "organic")
    organic = profiled.filter(pl.col("account_id") == "organic")["text"].to_list()
    assert organic == uniform["prompt"].to_list()


def test_openers_fill_the_sample_and_carry_template_keys() -> None:
    """A follow-up turn is often a tool's output, alike for every user of the tool: an agent
    account's openers fill its sample first, and the tool-output skeleton it repeats in
    follow-ups is no template key of its own. Logs without turns count every exchange."""
    from distillwatch.features.content_agg import SAMPLE_PER_ACCOUNT
    from distillwatch.link.keys import content_keys

    base = dict.fromkeys(FLAGS, False) | {"account_id": "agent", "system_hash": None}
    rows = [base | {"prompt_template": i, "turn": 0} for i in range(10)]
    rows += [base | {"prompt_template": 99, "turn": 1 + i % 5} for i in range(40)]
    df = annotated(rows).with_columns(pl.format("{}-{}", "turn", "event_id").alias("prompt"))
    partials = content_partials(df)
    sample = partials.sample["prompt"].to_list()
    assert len(sample) == SAMPLE_PER_ACCOUNT
    assert sum(p.startswith("0-") for p in sample) == 10  # every opener, then follow-ups
    assert content_keys(partials.templates, partials.systems).is_empty()
    unlogged = content_partials(df.drop("turn"))
    keys = content_keys(unlogged.templates, unlogged.systems)
    assert keys["key"].to_list() == ["99"] and keys["share"].to_list() == [0.8]
