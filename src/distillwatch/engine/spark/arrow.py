"""Arrow types between Polars and Spark: the few that Spark cannot hold, and their way back.

Spark has no unsigned integers, no string views and no large (64-bit offset) variants by
default. Polars hashes are ``UInt64``, so unsigned values travel bit-for-bit as signed
integers of the same width and are reinterpreted back on the Polars side against the
schema the step function declared. Keys therefore compare equal in Spark exactly when
they compare equal in Polars.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl
import pyarrow as pa

if TYPE_CHECKING:
    from pyspark.sql import DataFrame as SparkDataFrame
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StructType

_SIGNED = {
    pa.uint8(): pa.int8(),
    pa.uint16(): pa.int16(),
    pa.uint32(): pa.int32(),
    pa.uint64(): pa.int64(),
}


def spark_arrow_type(dtype: pa.DataType) -> pa.DataType:
    """The Arrow type Spark can hold for ``dtype`` (recursively for lists and structs)."""
    if dtype in _SIGNED:
        return _SIGNED[dtype]
    if pa.types.is_large_string(dtype) or pa.types.is_string_view(dtype):
        return pa.string()
    if pa.types.is_large_binary(dtype) or pa.types.is_binary_view(dtype):
        return pa.binary()
    if pa.types.is_dictionary(dtype):
        return spark_arrow_type(dtype.value_type)
    if pa.types.is_timestamp(dtype):
        return pa.timestamp("us", tz="UTC" if dtype.tz else None)
    if (
        pa.types.is_list(dtype)
        or pa.types.is_large_list(dtype)
        or pa.types.is_list_view(dtype)
        or pa.types.is_large_list_view(dtype)
        or pa.types.is_fixed_size_list(dtype)
    ):
        return pa.list_(spark_arrow_type(dtype.value_type))
    if pa.types.is_struct(dtype):
        return pa.struct([f.with_type(spark_arrow_type(f.type)) for f in dtype])
    return dtype


def spark_arrow_schema(schema: pa.Schema) -> pa.Schema:
    """``schema`` with every field in a Spark-compatible type, metadata dropped."""
    return pa.schema([pa.field(f.name, spark_arrow_type(f.type), True) for f in schema])


def polars_arrow_schema(schema: pl.Schema) -> pa.Schema:
    """The Arrow schema Polars would export for a frame of ``schema``."""
    return pl.DataFrame(schema=schema).to_arrow().schema


def to_spark_batch(frame: pl.DataFrame, target: pa.Schema) -> pa.RecordBatch:
    """One Polars frame as a Spark-compatible Arrow record batch of exactly ``target``."""
    table = frame.select(target.names).to_arrow()
    return pa.RecordBatch.from_arrays(
        [_cast(table.column(i).combine_chunks(), f.type) for i, f in enumerate(target)],
        schema=target,
    )


def from_spark_table(table: pa.Table | pa.RecordBatch, schema: pl.Schema) -> pl.DataFrame:
    """A Spark-side Arrow table back as Polars in ``schema`` (unsigned values reinterpreted)."""
    target = polars_arrow_schema(schema)
    arrays = [
        _cast(
            table.column(table.schema.get_field_index(f.name)).combine_chunks()
            if isinstance(table, pa.Table)
            else table.column(table.schema.get_field_index(f.name)),
            f.type,
        )
        for f in target
    ]
    out = pl.from_arrow(pa.Table.from_arrays(arrays, schema=target), rechunk=False)
    assert isinstance(out, pl.DataFrame)
    return out.cast(dict(schema))  # type: ignore[arg-type]


def _cast(array: pa.Array, dtype: pa.DataType) -> pa.Array:
    """Cast with wrap-around between signed and unsigned of one width (bit reinterpretation)."""
    if array.type == dtype:
        return array
    return array.cast(dtype, safe=False)


def spark_schema(schema: pl.Schema) -> StructType:
    """The Spark ``StructType`` for frames of Polars ``schema``."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(spark_arrow_schema(polars_arrow_schema(schema)))


def to_spark(session: SparkSession, frame: pl.DataFrame) -> SparkDataFrame:
    """A driver-side Polars frame as a Spark DataFrame (for small tables: accounts, intel)."""
    target = spark_arrow_schema(frame.to_arrow().schema)
    table = pa.Table.from_batches([to_spark_batch(frame, target)], schema=target)
    return session.createDataFrame(table, schema=spark_schema(frame.schema))


def to_polars(df: SparkDataFrame, schema: pl.Schema) -> pl.DataFrame:
    """Collect a (small, reduced) Spark DataFrame to the driver as Polars in ``schema``."""
    return from_spark_table(df.toArrow(), schema)
