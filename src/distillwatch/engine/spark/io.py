"""Read events in Spark through the ONE validator, quarantine bad rows, drop repeated ids.

JSON Lines are read as raw lines (bytes kept exactly, so bad UTF-8 is still caught) and
each run of consecutive lines is parsed and validated by ingest's own block parser and
``validate_raw`` inside ``mapInArrow``; line numbers come from a first pass counting
lines per file split. Parquet rows keep their ``_metadata.row_index``. Duplicates keep the
first occurrence in input order (file order, then row), as ``ingest_events`` does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import unquote, urlparse

import numpy as np
import polars as pl
import pyarrow as pa

from distillwatch.contract import EVENT_FIELDS, EVENT_SCHEMA
from distillwatch.engine.spark.arrow import spark_arrow_schema, spark_schema, to_spark_batch
from distillwatch.errors import UserError
from distillwatch.ingest.events import SourceCounts
from distillwatch.ingest.readers import (
    MAX_LINE_BYTES,
    RawBatch,
    parse_jsonl_block,
    quarantine_row,
)
from distillwatch.ingest.stream import validate_raw

if TYPE_CHECKING:
    from pyspark.sql import DataFrame as SparkDataFrame
    from pyspark.sql import SparkSession

#: A ``mapInArrow`` function.
ArrowMapper = Callable[[Iterator[pa.RecordBatch]], Iterator[pa.RecordBatch]]

#: Columns added to validated rows: file order index, row number and quarantine fields.
FILE, ROW = "_dw_file", "_dw_row"
REASON, DETAIL, QEVENT = "_dw_reason", "_dw_detail", "_dw_event_id"
VALIDATED_SCHEMA: Final = pl.Schema(
    {
        **EVENT_SCHEMA,
        FILE: pl.Int32,
        ROW: pl.Int64,
        REASON: pl.String,
        DETAIL: pl.String,
        QEVENT: pl.String,
    }
)
_JSONL_ENDINGS: Final = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")
_JSONL_ENDINGS_ZST: Final = (".jsonl.zst", ".ndjson.zst")
_PARQUET_ENDINGS: Final = (".parquet", ".pq")


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input as Spark reads it (``uri``) and as the user and quarantine name it (``name``)."""

    uri: str
    name: str
    fmt: str  # "jsonl" | "parquet"


@dataclass(slots=True)
class SparkEvents:
    """Validated, deduplicated events in Spark plus what ingest reports about them."""

    events: SparkDataFrame  # EVENT_SCHEMA columns
    quarantined: list[dict[str, Any]]
    sources: dict[str, SourceCounts] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Contract totals: rows_read, rows_accepted, rows_duplicate, rows_quarantined."""
        keys = ("rows_read", "rows_accepted", "rows_duplicate", "rows_quarantined")
        return {k: sum(getattr(c, k) for c in self.sources.values()) for k in keys}


def is_remote(spec: str) -> bool:
    """A Hadoop FS URI (``hdfs://``, ``s3a://``, ``abfss://``, ``gs://``, ``dbfs:/`` ...)."""
    scheme = urlparse(spec).scheme
    return len(scheme) > 1 and scheme != "file"


def _format_of(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(_PARQUET_ENDINGS):
        return "parquet"
    if lower.endswith(_JSONL_ENDINGS + _JSONL_ENDINGS_ZST):
        return "jsonl"
    return None


def plan_inputs(specs: Sequence[str | Path]) -> list[InputFile]:
    """The input files in ingest's order: local specs via ``expand_paths``, URIs as given.

    Spark reads JSON Lines and Parquet; other formats (CSV, OTel, LiteLLM exports) need the
    embedded engine or a conversion to Parquet first, which the error says.
    """
    from distillwatch.ingest.paths import expand_paths
    from distillwatch.ingest.readers import detect_format

    files: list[InputFile] = []
    for spec in specs:
        text = str(spec)
        if is_remote(text):
            fmt = _format_of(text.rstrip("/*"))
            if fmt is None:
                raise UserError(
                    f"{text}: --engine spark needs the format in the name (.jsonl[.gz], "
                    ".ndjson, .parquet) or a folder URI ending in /*.parquet or /*.jsonl"
                )
            files.append(InputFile(text, text, fmt))
            continue
        for path in expand_paths(text):
            fmt = _format_of(path.name)
            if fmt is None:
                detected = detect_format(path)
                fmt = {"contract": "jsonl", "jsonl": "jsonl", "parquet": "parquet"}.get(detected)
            if fmt is None:
                raise UserError(
                    f"{path}: --engine spark reads JSON Lines and Parquet, not {detected!r}; "
                    "run `distillwatch validate` / --engine embedded, or convert to Parquet"
                )
            files.append(InputFile(path.resolve().as_uri(), str(path), fmt))
    return files


def _norm(uri: str) -> str:
    """Comparable form of a file URI (Spark writes ``file:/x``, Python ``file:///x``)."""
    parsed = urlparse(uri)
    if parsed.scheme in ("", "file"):
        return unquote(parsed.path)
    return uri


def _record_rows(raw: RawBatch) -> np.ndarray:
    """1-based row numbers of a raw batch's records (reader-quarantined rows excluded)."""
    if raw.rows is not None:
        return np.asarray(raw.rows, dtype=np.int64)
    return np.arange(raw.first_row, raw.first_row + raw.num_records, dtype=np.int64)


def _validate(raw: RawBatch, file_idx: int, metadata_only: bool) -> pl.DataFrame:
    """Run the one validator on ``raw``: accepted and quarantined rows in VALIDATED_SCHEMA."""
    checked = validate_raw(raw, metadata_only=metadata_only)
    rows = _record_rows(raw)
    bad = np.asarray([q["row"] for q in checked.quarantined], dtype=np.int64)
    kept_rows = rows[~np.isin(rows, bad)] if bad.size else rows
    accepted = checked.accepted.with_columns(
        pl.lit(file_idx, pl.Int32).alias(FILE),
        pl.Series(ROW, kept_rows, dtype=pl.Int64),
        pl.lit(None, pl.String).alias(REASON),
        pl.lit(None, pl.String).alias(DETAIL),
        pl.lit(None, pl.String).alias(QEVENT),
    )
    if not checked.quarantined:
        return accepted
    q = checked.quarantined
    rejected = pl.DataFrame(
        {
            FILE: [file_idx] * len(q),
            ROW: [r["row"] for r in q],
            REASON: [r["reason"] for r in q],
            DETAIL: [r["detail"] for r in q],
            QEVENT: [r.get("event_id") for r in q],
        },
        schema={k: VALIDATED_SCHEMA[k] for k in (FILE, ROW, REASON, DETAIL, QEVENT)},
    )
    return pl.concat([accepted, rejected], how="diagonal_relaxed").select(VALIDATED_SCHEMA.names())


def _runs(keys: pl.DataFrame) -> list[tuple[int, int, tuple[Any, ...]]]:
    """(start, length, key) of each run of equal consecutive key rows."""
    ids = keys.select(pl.struct(keys.columns).rle_id().alias("r"))["r"]
    bounds = (
        pl.DataFrame({"r": ids})
        .with_row_index("i")
        .group_by("r", maintain_order=True)
        .agg(pl.col("i").min().alias("start"), pl.len().alias("n"))
    )
    return [
        (int(s), int(n), keys.row(int(s)))
        for s, n in zip(bounds["start"], bounds["n"], strict=True)
    ]


def _target() -> pa.Schema:
    return spark_arrow_schema(pl.DataFrame(schema=VALIDATED_SCHEMA).to_arrow().schema)


def _jsonl_mapper(
    index: dict[str, int], offsets: dict[tuple[str, int], int], metadata_only: bool
) -> ArrowMapper:
    """mapInArrow function: raw lines of file splits -> validated rows (VALIDATED_SCHEMA)."""
    target = _target()

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        seen: dict[tuple[str, int], int] = {}
        for batch in batches:
            keys = pl.from_arrow(batch.select(["file", "start"]))
            assert isinstance(keys, pl.DataFrame)
            values = batch.column("value")
            for start, length, (file, split) in _runs(keys):
                lines: list[bytes] = values.slice(start, length).to_pylist()
                done = seen.get((file, split), 0)
                seen[(file, split)] = done + length
                first_line = offsets[(file, split)] + done + 1
                too_large = [
                    quarantine_row(
                        file,
                        first_line + i,
                        "too_large",
                        f"line longer than {MAX_LINE_BYTES} bytes; not parsed",
                    )
                    for i, line in enumerate(lines)
                    if len(line) > MAX_LINE_BYTES
                ]
                if too_large:  # blank lines are not rows, so numbering stays right
                    lines = [b"" if len(line) > MAX_LINE_BYTES else line for line in lines]
                raw = parse_jsonl_block(b"\n".join(lines) + b"\n", first_line, file, "events", 0)
                raw.quarantined.extend(too_large)
                frame = _validate(raw, index[_norm(file)], metadata_only)
                if frame.height:
                    yield to_spark_batch(frame, target)

    return run


def _parquet_mapper(index: dict[str, int], columns: list[str], metadata_only: bool) -> ArrowMapper:
    """mapInArrow function: Parquet rows with their row index -> validated rows."""
    target = _target()

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            keys = pl.from_arrow(batch.select(["file"]))
            assert isinstance(keys, pl.DataFrame)
            for start, length, (file,) in _runs(keys):
                part = batch.slice(start, length)
                rows = part.column("row_index").to_numpy(zero_copy_only=False) + 1
                table = pa.Table.from_batches([part]).select(columns)
                frame = _validate(RawBatch(file, table, rows), index[_norm(file)], metadata_only)
                if frame.height:
                    yield to_spark_batch(frame, target)

    return run


def _read_jsonl(
    session: SparkSession, uris: list[str], index: dict[str, int], metadata_only: bool
) -> SparkDataFrame:
    """Raw lines -> validated rows, with exact 1-based line numbers per file."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    lines = (
        session.read.format("text")
        .load(uris)
        .select(
            F.col("value").cast("binary").alias("value"),
            F.col("_metadata.file_path").alias("file"),
            F.col("_metadata.file_block_start").alias("start"),
        )
    )
    per_split = lines.groupBy("file", "start").count()
    before = F.sum("count").over(
        Window.partitionBy("file").orderBy("start").rowsBetween(Window.unboundedPreceding, -1)
    )
    offsets = {
        (r["file"], int(r["start"])): int(r["before"] or 0)
        for r in per_split.select("file", "start", before.alias("before")).collect()
    }
    mapper = _jsonl_mapper(index, offsets, metadata_only)
    return lines.mapInArrow(mapper, spark_schema(VALIDATED_SCHEMA))


def _read_parquet(
    session: SparkSession, uris: list[str], index: dict[str, int], metadata_only: bool
) -> SparkDataFrame:
    """Parquet rows (contract columns only) -> validated rows, numbered by row index."""
    from pyspark.sql import functions as F

    merge = "true" if len(uris) > 1 else "false"  # schema merging costs a footer-reading job
    frame = session.read.option("mergeSchema", merge).parquet(*uris)
    names = {f.name for f in EVENT_FIELDS}
    columns = [c for c in frame.columns if c in names]
    rows = frame.select(
        *columns,
        F.col("_metadata.file_path").alias("file"),
        F.col("_metadata.row_index").alias("row_index"),
    )
    mapper = _parquet_mapper(index, columns, metadata_only)
    return rows.mapInArrow(mapper, spark_schema(VALIDATED_SCHEMA))


def _concrete(session: SparkSession, planned: list[InputFile]) -> list[InputFile]:
    """Remote folder/glob URIs expanded to their files (sorted), local files as planned."""
    out: list[InputFile] = []
    for item in planned:
        if not is_remote(item.uri):
            out.append(item)
            continue
        reader = session.read.format("text" if item.fmt == "jsonl" else "parquet")
        for uri in sorted(reader.load(item.uri).inputFiles()):
            out.append(InputFile(uri, uri, item.fmt))
    return out


def _stage(frame: SparkDataFrame, staging: str | None, name: str) -> SparkDataFrame:
    """Materialise ``frame`` once: as Parquet under ``staging`` (bounded memory), else cached."""
    from pyspark import StorageLevel

    if staging is None:
        return frame.persist(StorageLevel.MEMORY_AND_DISK)
    target = f"{staging.rstrip('/')}/{name}"
    frame.write.mode("overwrite").parquet(target)
    return frame.sparkSession.read.parquet(target)


def read_events(
    session: SparkSession,
    specs: Sequence[str | Path],
    *,
    staging: str | None = None,
    metadata_only: bool = False,
) -> SparkEvents:
    """Validate and dedupe every input in Spark; quarantine rows are collected to the driver.

    Validated rows and the deduplicated events are materialised once, every later pass
    reads them: as Parquet under ``staging`` (a folder URI every executor can reach) when
    given, else in Spark's cache (memory and disk). ``metadata_only`` accepts rows without
    a prompt, as ``ingest_events`` does.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    files = _concrete(session, plan_inputs(specs))
    index = {_norm(f.uri): i for i, f in enumerate(files)}
    frames = [
        reader(session, uris, index, metadata_only)
        for fmt, reader in (("jsonl", _read_jsonl), ("parquet", _read_parquet))
        if (uris := [f.uri for f in files if f.fmt == fmt])
    ]
    validated = frames[0]
    for other in frames[1:]:
        validated = validated.unionByName(other)
    validated = _stage(validated, staging, "validated")
    rejected = (
        validated.where(F.col(REASON).isNotNull())
        .select(FILE, ROW, REASON, DETAIL, QEVENT)
        .orderBy(FILE, ROW)
        .collect()
    )
    quarantined = [
        quarantine_row(files[r[FILE]].name, int(r[ROW]), r[REASON], r[DETAIL], r[QEVENT])
        for r in rejected
    ]
    first = F.row_number().over(Window.partitionBy("event_id").orderBy(FILE, ROW))
    ranked = validated.where(F.col(REASON).isNull()).withColumn("_dw_rank", first)
    per_file = ranked.groupBy(FILE).agg(
        F.count(F.lit(1)).alias("ok"), F.sum((F.col("_dw_rank") > 1).cast("long")).alias("dup")
    )
    sources = {f.name: SourceCounts() for f in files}
    for r in per_file.collect():
        counts = sources[files[r[FILE]].name]
        counts.rows_accepted = int(r["ok"]) - int(r["dup"])
        counts.rows_duplicate = int(r["dup"])
    for q in quarantined:
        sources[q["source"]].rows_quarantined += 1
    for counts in sources.values():
        counts.rows_read = counts.rows_accepted + counts.rows_duplicate + counts.rows_quarantined
    events = _stage(
        ranked.where(F.col("_dw_rank") == 1).select(*EVENT_SCHEMA.names()), staging, "events"
    )
    if staging is None:
        events.count()  # materialise, then the validated copy is no longer needed
    validated.unpersist()
    return SparkEvents(events, quarantined, sources)
