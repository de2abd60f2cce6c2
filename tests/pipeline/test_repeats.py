"""Population repeat share: what share of an account's sampled prompts other accounts sent."""

from __future__ import annotations

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from distillwatch.pipeline.detect import population_repeats


def test_shared_questions_count_and_own_repeats_do_not() -> None:
    sample = pl.DataFrame(
        {
            "account_id": ["s1", "s1", "s2", "s2", "h", "h", "h"],
            "text": ["HW1 Q1: solve x", "HW1 Q2", "hw1  q1: SOLVE x", "own", "t1", "t2", "t1"],
        }
    )
    got = dict(population_repeats(sample).iter_rows())
    assert got == {"s1": 0.5, "s2": 0.5, "h": 0.0}


@given(st.lists(st.tuples(st.sampled_from("abcd"), st.sampled_from("pqrs")), min_size=1))
def test_shares_are_bounded_and_cover_every_account(rows: list[tuple[str, str]]) -> None:
    sample = pl.DataFrame(rows, schema=["account_id", "text"], orient="row")
    out = population_repeats(sample)
    assert set(out["account_id"]) == set(sample["account_id"])
    assert out["repeat_share"].is_between(0.0, 1.0).all()
    alone = sample.group_by("text").agg(pl.col("account_id").n_unique() == 1)
    if alone["account_id"].all():
        assert (out["repeat_share"] == 0.0).all()
