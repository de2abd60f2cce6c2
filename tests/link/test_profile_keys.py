"""Profile keys: each account and its near-identical-profile neighbours share one star key."""

import polars as pl

from distillwatch.link.keys import KEY_SCHEMA, PROFILE_SIMILARITY, profile_keys


def test_star_keys_from_close_neighbours_only() -> None:
    near, far = PROFILE_SIMILARITY + 0.05, PROFILE_SIMILARITY - 0.2
    neighbours = pl.DataFrame(
        {
            "account_id": ["a", "a", "b", "c"],
            "neighbour": ["b", "c", "a", "x"],
            "similarity": [near, near, near, far],
        },
        schema_overrides={"similarity": pl.Float32},
    )
    keys = profile_keys(neighbours)
    assert keys.schema == KEY_SCHEMA
    holders = {k: set(v) for k, v in keys.group_by("key").agg(pl.col("account_id")).iter_rows()}
    assert holders == {"pn:a": {"a", "b", "c"}, "pn:b": {"a", "b"}}
    assert set(keys["key_kind"]) == {"profile"}


def test_no_neighbours_no_keys() -> None:
    empty = pl.DataFrame(
        schema={"account_id": pl.String, "neighbour": pl.String, "similarity": pl.Float32}
    )
    assert profile_keys(empty).is_empty()
