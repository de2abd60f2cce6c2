"""``ingest_events``: stream every input through the validator, dedupe, and stage to Parquet."""

from __future__ import annotations

import itertools
import queue
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import polars as pl
import pyarrow.parquet as pq

from distillwatch.contract import (
    CONTRACT_VERSION,
    DICTIONARY_COLUMNS,
    EVENT_SCHEMA,
)
from distillwatch.errors import UserError
from distillwatch.ingest.dedupe import Deduper, HashSet, hash_ids
from distillwatch.ingest.paths import expand_paths
from distillwatch.ingest.quarantine import QuarantineSink
from distillwatch.ingest.readers import BATCH_ROWS, MAX_LINE_BYTES, parquet_rows
from distillwatch.ingest.stream import prefetched, validated_stream
from distillwatch.ingest.validate import MAX_FIELD_BYTES, ValidatedBatch
from distillwatch.progress import progress_bar

#: Rows per Parquet row group of the staged events.
ROW_GROUP_ROWS: Final = 100_000
EVENTS_FILE: Final = "events.parquet"
QUARANTINE_FILE: Final = "quarantine.jsonl"


@dataclass(slots=True)
class SourceCounts:
    """Row counts of one input file; ``accepted + duplicate + quarantined == read``."""

    rows_read: int = 0
    rows_accepted: int = 0
    rows_duplicate: int = 0
    rows_quarantined: int = 0

    def as_dict(self) -> dict[str, int]:
        """The counts as a JSON-ready dict."""
        return {
            "rows_read": self.rows_read,
            "rows_accepted": self.rows_accepted,
            "rows_duplicate": self.rows_duplicate,
            "rows_quarantined": self.rows_quarantined,
        }


@dataclass(slots=True)
class IngestResult:
    """What ``ingest_events`` did: totals, per-source counts and where the files are."""

    events_path: Path
    quarantine_path: Path
    sources: dict[str, SourceCounts] = field(default_factory=dict)
    accounts: int = 0
    wall_seconds: float = 0.0

    def _total(self, name: str) -> int:
        return sum(getattr(counts, name) for counts in self.sources.values())

    @property
    def rows_read(self) -> int:
        """Rows seen in all inputs (decodable or not)."""
        return self._total("rows_read")

    @property
    def rows_accepted(self) -> int:
        """Rows that passed validation and were first with their ``event_id``."""
        return self._total("rows_accepted")

    @property
    def rows_duplicate(self) -> int:
        """Valid rows dropped because their ``event_id`` was seen earlier."""
        return self._total("rows_duplicate")

    @property
    def rows_quarantined(self) -> int:
        """Rows written to ``quarantine.jsonl``."""
        return self._total("rows_quarantined")

    def summary(self) -> dict[str, Any]:
        """The ingest part of ``summary.json`` (contract key names, plus per-source counts)."""
        return {
            "contract_version": CONTRACT_VERSION,
            "rows_read": self.rows_read,
            "rows_accepted": self.rows_accepted,
            "rows_duplicate": self.rows_duplicate,
            "rows_quarantined": self.rows_quarantined,
            "accounts": self.accounts,
            "sources": {name: counts.as_dict() for name, counts in self.sources.items()},
            "limits": {"max_field_bytes": MAX_FIELD_BYTES, "max_line_bytes": MAX_LINE_BYTES},
        }


#: Columns of free text staged uncompressed: LZ4 halves them but costs ~0.7 s of CPU per
#: million events to write and more to read back; every other column is LZ4 (cheap both ways).
PLAIN_TEXT_COLUMNS: Final = ("prompt", "response")


def staging_compression(columns: Sequence[str]) -> dict[str, str]:
    """Parquet codec per staged column: none for :data:`PLAIN_TEXT_COLUMNS`, LZ4 otherwise."""
    return {c: "none" if c in PLAIN_TEXT_COLUMNS else "lz4" for c in columns}


class _EventsWriter:
    """Writes accepted frames as Parquet row groups of ~``ROW_GROUP_ROWS`` on a background thread.

    Encoding and writing (half of ingest's CPU) overlap with reading and validating the next
    batches; the queue holds at most two row groups, so memory stays bounded. Frames go to
    Arrow without a copy (string views) and the file stores no Arrow schema: readers see plain
    Parquet UTF-8 strings and UTC microsecond timestamps, the same values Polars wrote. Text
    columns carry no min/max statistics.
    """

    def __init__(
        self, path: Path, row_group_rows: int = ROW_GROUP_ROWS, drop: Sequence[str] = ()
    ) -> None:
        self.path = path
        self.row_group_rows = row_group_rows
        self.drop = [c for c in drop if c in EVENT_SCHEMA]
        frame = pl.DataFrame(schema=EVENT_SCHEMA).drop(self.drop)
        self.schema = frame.to_arrow(compat_level=pl.CompatLevel.newest()).schema
        self._writer = pq.ParquetWriter(
            path,
            self.schema,
            compression=staging_compression(self.schema.names),
            use_dictionary=[c for c in DICTIONARY_COLUMNS if c in self.schema.names],
            # Min/max of text prunes nothing here (ids and accounts interleave in every row
            # group) and costs ~12% of the write; numbers and timestamps keep theirs.
            write_statistics=[c for c in self.schema.names if EVENT_SCHEMA[c] != pl.String],
            store_schema=False,
        )
        self._buffer: list[pl.DataFrame] = []
        self._buffered = 0
        self._queue: queue.Queue[list[pl.DataFrame] | None] = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="stage-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        """Writer thread: one row group per queued list of frames until ``None`` arrives."""
        while (frames := self._queue.get()) is not None:
            if self._error is not None:
                continue  # keep draining so the producer never blocks on a dead writer
            try:
                table = (
                    pl.concat(frames, rechunk=False)
                    .drop(self.drop)
                    .to_arrow(compat_level=pl.CompatLevel.newest())
                )
                self._writer.write_table(table, row_group_size=self.row_group_rows)
            except BaseException as err:  # re-raised in the caller's thread
                self._error = err

    def _raise_error(self) -> None:
        """Re-raise the thread's error; a failed write (a full disk) names the file and a fix."""
        if isinstance(self._error, OSError):
            reason = self._error.strerror or str(self._error)
            raise UserError(
                f"cannot write the staged events to {self.path}: {reason}; free space there "
                "or choose an output folder on another disk"
            ) from self._error
        if self._error is not None:
            raise self._error

    def write(self, frame: pl.DataFrame) -> None:
        """Queue ``frame``'s rows (in order); raises an earlier write error of the thread."""
        self._raise_error()
        if frame.height == 0:
            return
        self._buffer.append(frame)
        self._buffered += frame.height
        if self._buffered >= self.row_group_rows:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            self._queue.put(self._buffer)
        self._buffer, self._buffered = [], 0

    def close(self, *, raise_error: bool = True) -> None:
        """Write what is buffered, wait for the thread and close the file.

        ``raise_error=False`` (the caller is already failing) drops the buffer and does not
        re-raise a write error of the thread, so it cannot mask the caller's exception.
        """
        try:
            if raise_error:
                self._flush()
        finally:
            self._queue.put(None)
            self._thread.join()
            self._writer.close()
        if raise_error:
            self._raise_error()


def ingest_events(
    paths: str | Path | Sequence[str | Path],
    out_dir: Path,
    *,
    fmt: str = "auto",
    batch_rows: int = BATCH_ROWS,
    progress: bool = True,
    quarantine: QuarantineSink | None = None,
    write_events: bool = True,
    metadata_only: bool = False,
    unstaged: Sequence[str] = (),
) -> IngestResult:
    """Validate and dedupe every input into ``out_dir/events.parquet`` + ``quarantine.jsonl``.

    Inputs are streamed batch by batch (memory is bounded by ``batch_rows`` plus 8 bytes per
    distinct ``event_id`` and ``account_id``). The first occurrence of an ``event_id`` in
    input order wins. ``quarantine`` lets a caller share one sink with ``read_accounts``;
    by default ``out_dir/quarantine.jsonl`` is (re)created. ``write_events=False`` only
    counts and quarantines (``distillwatch validate``); ``events_path`` is then not written.
    ``metadata_only`` (content capture off) accepts contract rows without a prompt, as the
    adapters do under ``AdapterOptions(metadata_only=True)``; pass both the same value.
    ``unstaged`` columns are validated and counted but not written to the staged file (the
    scan leaves out ``response``, which detection never reads and which is half the bytes).
    """
    started = time.perf_counter()
    files = expand_paths(paths)
    result = IngestResult(out_dir / EVENTS_FILE, out_dir / QUARANTINE_FILE)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        sink = quarantine if quarantine is not None else QuarantineSink(result.quarantine_path)
        writer = _EventsWriter(result.events_path, drop=unstaged) if write_events else None
    except OSError as err:
        raise UserError(
            f"cannot write to {out_dir}: {err.strerror or err}; choose another output folder"
        ) from err
    if quarantine is not None:
        result.quarantine_path = quarantine.path
    deduper = Deduper(expected=sum(parquet_rows(path, fmt) for path in files))
    accounts = HashSet()
    sizes = [max(path.stat().st_size, 1) for path in files]
    before = [0, *itertools.accumulate(sizes)]  # bytes of the files before each one
    sources = [result.sources.setdefault(str(path), SourceCounts()) for path in files]

    def batches() -> Iterator[tuple[int, ValidatedBatch, int]]:
        for index, path in enumerate(files):
            for batch, position in validated_stream(
                path, fmt=fmt, batch_rows=batch_rows, metadata_only=metadata_only
            ):
                yield index, batch, position

    try:
        with progress_bar() as bar, closing(prefetched(batches())) as stream:
            task = bar.add_task("validating", total=before[-1], visible=progress)
            for index, batch, position in stream:
                counts = sources[index]
                frame = batch.accepted
                keep = deduper.first_seen(frame)
                n_kept = int(keep.sum())
                mask = None if n_kept == frame.height else pl.Series(keep)
                ids = frame.get_column("account_id")
                ids = ids if mask is None else ids.filter(mask)
                accounts.add_new(hash_ids(ids.unique()))
                if writer is not None:
                    writer.write(frame if mask is None else frame.filter(mask))
                sink.write(batch.quarantined)
                counts.rows_read += batch.rows_read
                counts.rows_accepted += n_kept
                counts.rows_duplicate += frame.height - n_kept
                counts.rows_quarantined += len(batch.quarantined)
                bar.update(task, completed=before[index] + min(position, sizes[index]))
            bar.update(task, completed=before[-1])
    except BaseException:
        if writer is not None:
            writer.close(raise_error=False)
        raise
    finally:
        if quarantine is None:
            sink.close()
    if writer is not None:
        writer.close()
    result.accounts = accounts.size
    result.wall_seconds = time.perf_counter() - started
    return result
