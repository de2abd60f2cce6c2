"""Call a Polars step function from Spark: per batch (``mapInArrow``) or per key group.

The step functions are the embedded engine's own; these helpers only move Arrow batches
in and out of them. A step's output schema is found by running it on zero rows of its
input schema (a pure Polars function keeps dtypes on an empty frame), so no schema is
written twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import polars as pl
import pyarrow as pa

from distillwatch.engine.spark.arrow import (
    from_spark_table,
    polars_arrow_schema,
    spark_arrow_schema,
    spark_schema,
    to_spark_batch,
)

if TYPE_CHECKING:
    from pyspark.sql import DataFrame as SparkDataFrame

#: A pure step: one Polars frame in, one Polars frame out.
Step = Callable[[pl.DataFrame], pl.DataFrame]

#: Column holding the hash bucket of the grouping key while a step runs.
BUCKET = "_dw_bucket"


def output_schema(step: Step, input_schema: pl.Schema) -> pl.Schema:
    """The schema ``step`` returns, found by a dry run on an empty frame of ``input_schema``."""
    out = step(pl.DataFrame(schema=input_schema)).schema
    untyped = [name for name, dtype in out.items() if dtype == pl.Null]
    if untyped:
        raise TypeError(
            f"step {getattr(step, '__name__', step)!r} returns untyped (Null) columns "
            f"{untyped} on empty input; cast them so Spark can declare the schema"
        )
    return out


def map_batches(
    df: SparkDataFrame, step: Step, input_schema: pl.Schema, out_schema: pl.Schema | None = None
) -> tuple[SparkDataFrame, pl.Schema]:
    """Run ``step`` on every Arrow batch of ``df`` (no shuffle); returns the result and its schema.

    For per-row steps (validation, per-event annotation) whose result does not depend on
    which rows share a batch.
    """
    out_schema = out_schema or output_schema(step, input_schema)
    target = spark_arrow_schema(polars_arrow_schema(out_schema))

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            yield to_spark_batch(step(from_spark_table(batch, input_schema)), target)

    return df.mapInArrow(run, spark_schema(out_schema)), out_schema


def apply_per_key(
    df: SparkDataFrame,
    key: str,
    step: Step,
    input_schema: pl.Schema,
    *,
    buckets: int,
    out_schema: pl.Schema | None = None,
) -> tuple[SparkDataFrame, pl.Schema]:
    """Run ``step`` once per hash bucket of ``key``, with ALL rows of each key value together.

    Spark shuffles by ``key``; each call sees every row of a set of keys (e.g. all events of
    some accounts), so a step that groups by ``key`` internally gives, concatenated over
    buckets, exactly what it gives on the whole table. ``buckets`` bounds the rows per call
    (rows / buckets must fit in one Python worker) while keeping calls few.
    """
    from pyspark.sql import functions as F

    out_schema = out_schema or output_schema(step, input_schema)
    target = spark_arrow_schema(polars_arrow_schema(out_schema))
    columns = list(input_schema.names())

    def run(table: pa.Table) -> pa.Table:
        frame = from_spark_table(table.select(columns), input_schema)
        return pa.Table.from_batches([to_spark_batch(step(frame), target)], schema=target)

    bucketed = df.select(*columns).withColumn(
        BUCKET, F.pmod(F.xxhash64(F.col(key)), F.lit(max(buckets, 1)))
    )
    return bucketed.groupBy(BUCKET).applyInArrow(run, spark_schema(out_schema)), out_schema


#: A step with several outputs (one pass over the events, many per-account tables).
MultiStep = Callable[[pl.DataFrame], dict[str, pl.DataFrame]]

#: Column naming which output a packed row belongs to.
PART = "_dw_part"


def packed_schema(schemas: dict[str, pl.Schema]) -> pl.Schema:
    """One schema holding several outputs: a part name and one struct column per output."""
    return pl.Schema(
        {PART: pl.String, **{f"p_{name}": pl.Struct(schema) for name, schema in schemas.items()}}
    )


def pack(outputs: dict[str, pl.DataFrame], schemas: dict[str, pl.Schema]) -> pl.DataFrame:
    """Stack several frames into one packed frame (``packed_schema``)."""
    frames = [
        frame.cast(dict(schemas[name]))  # type: ignore[arg-type]
        .select(pl.struct(schemas[name].names()).alias(f"p_{name}"))
        .with_columns(pl.lit(name).alias(PART))
        for name, frame in outputs.items()
        if frame.height
    ]
    target = packed_schema(schemas)
    if not frames:
        return pl.DataFrame(schema=target)
    return pl.concat(frames, how="diagonal").select(target.names()).cast(dict(target))  # type: ignore[arg-type]


def unpack(packed: pl.DataFrame, schemas: dict[str, pl.Schema]) -> dict[str, pl.DataFrame]:
    """Split a packed frame back into its outputs, each in its declared schema."""
    return {
        name: packed.filter(pl.col(PART) == name)
        .select(pl.col(f"p_{name}").struct.unnest())
        .cast(dict(schema))  # type: ignore[arg-type]
        if packed.height
        else pl.DataFrame(schema=schema)
        for name, schema in schemas.items()
    }


def infer_schemas(step: MultiStep, sample: pl.DataFrame) -> dict[str, pl.Schema]:
    """Output schemas of a multi-output step from a run on a small driver-side sample."""
    out = step(sample)
    untyped = {n: [c for c, t in f.schema.items() if t == pl.Null] for n, f in out.items()}
    untyped = {n: cols for n, cols in untyped.items() if cols}
    if untyped:
        raise TypeError(f"step outputs have untyped (Null) columns {untyped}; cast them")
    return {name: frame.schema for name, frame in out.items()}


def apply_per_key_multi(
    df: SparkDataFrame,
    key: str,
    step: MultiStep,
    input_schema: pl.Schema,
    schemas: dict[str, pl.Schema],
    *,
    buckets: int,
) -> dict[str, pl.DataFrame]:
    """Run a multi-output ``step`` per hash bucket of ``key`` and collect every output.

    One shuffle and one Python pass over the events however many per-key tables the step
    returns; the outputs are per-key sized (accounts, not events) and come to the driver.
    """
    packed, schema = apply_per_key(
        df,
        key,
        lambda frame: pack(step(frame), schemas),
        input_schema,
        buckets=buckets,
        out_schema=packed_schema(schemas),
    )
    from distillwatch.engine.spark.arrow import to_polars

    return unpack(to_polars(packed, schema), schemas)
