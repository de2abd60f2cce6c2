"""Polars <-> Spark Arrow round trips and the per-key / per-batch step helpers."""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillwatch.engine.spark.arrow import (
    from_spark_table,
    spark_arrow_schema,
    to_polars,
    to_spark,
    to_spark_batch,
)
from distillwatch.engine.spark.groups import apply_per_key, map_batches, output_schema

U64 = st.integers(min_value=0, max_value=2**64 - 1)


@given(st.lists(st.tuples(U64, st.text(max_size=8), st.lists(U64, max_size=3)), max_size=30))
@settings(max_examples=60, deadline=None)
def test_unsigned_and_nested_values_survive_the_spark_types(rows) -> None:
    frame = pl.DataFrame(
        {
            "h": [r[0] for r in rows],
            "s": [r[1] for r in rows],
            "keys": [r[2] for r in rows],
        },
        schema={"h": pl.UInt64, "s": pl.String, "keys": pl.List(pl.UInt64)},
    )
    target = spark_arrow_schema(frame.to_arrow().schema)
    assert target.field("h").type == pa.int64()
    assert target.field("s").type == pa.string()
    batch = to_spark_batch(frame, target)
    assert batch.schema == target
    back = from_spark_table(batch, frame.schema)
    assert back.equals(frame)


def test_round_trip_through_spark(spark) -> None:
    frame = pl.DataFrame(
        {
            "account_id": ["a", "b", None],
            "hash": [2**64 - 1, 0, 7],
            "ts": [datetime(2026, 1, 1, tzinfo=UTC), None, datetime(2026, 3, 1, 12, tzinfo=UTC)],
            "ok": [True, False, None],
        },
        schema={
            "account_id": pl.String,
            "hash": pl.UInt64,
            "ts": pl.Datetime("us", "UTC"),
            "ok": pl.Boolean,
        },
    )
    back = to_polars(to_spark(spark, frame), frame.schema)
    assert back.sort("hash").equals(frame.sort("hash"))


def test_apply_per_key_equals_the_step_on_the_whole_table(spark) -> None:
    # Defined here so cloudpickle ships it by value to the workers.
    def _per_account(events: pl.DataFrame) -> pl.DataFrame:
        """A step that needs all of an account's rows: count, distinct hashes, time span."""
        return events.group_by("account_id").agg(
            pl.len().alias("n"),
            pl.col("h").n_unique().cast(pl.Int64).alias("n_h"),
            pl.col("h").max().alias("h_max"),
            (pl.col("v").max() - pl.col("v").min()).alias("span"),
        )

    n = 3000
    events = pl.DataFrame(
        {
            "account_id": [f"acct-{i % 97}" for i in range(n)],
            "h": [(i * 2654435761) % 2**64 for i in range(n)],
            "v": list(range(n)),
        },
        schema={"account_id": pl.String, "h": pl.UInt64, "v": pl.Int64},
    )
    # Spread rows over partitions so an account's rows start out on several workers.
    sdf = to_spark(spark, events).repartition(3)
    out, schema = apply_per_key(sdf, "account_id", _per_account, events.schema, buckets=5)
    assert schema == output_schema(_per_account, events.schema)
    got = to_polars(out, schema).sort("account_id")
    assert got.equals(_per_account(events).sort("account_id"))


def test_map_batches_runs_a_row_step(spark) -> None:
    frame = pl.DataFrame({"x": list(range(1000))}, schema={"x": pl.Int64})

    def step(df: pl.DataFrame) -> pl.DataFrame:
        return df.filter(pl.col("x") % 3 == 0).with_columns(
            pl.col("x").cast(pl.UInt64).hash(seed=1).alias("hx")
        )

    out, schema = map_batches(to_spark(spark, frame).repartition(4), step, frame.schema)
    assert to_polars(out, schema).sort("x").equals(step(frame))


def test_output_schema_rejects_untyped_columns() -> None:
    def step(df: pl.DataFrame) -> pl.DataFrame:
        return df.with_columns(pl.lit(None).alias("nothing"))

    with pytest.raises(TypeError, match="nothing"):
        output_schema(step, pl.Schema({"x": pl.Int64}))
