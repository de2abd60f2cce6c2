"""Format readers: bytes on disk -> batches of raw contract-named records with row numbers.

A reader never validates; it only decodes. What it cannot decode (a line that is not JSON,
bad UTF-8, a broken compressed stream, an unreadable Parquet file) it hands back as
quarantine rows, so the counting invariant holds for corrupt inputs too. Everything it can
decode goes to :func:`distillwatch.ingest.validate.validate_records`.

Registry: :data:`READERS` maps a format name to a reader ``(path, batch_rows) ->
Iterator[RawBatch]``. Adapters add theirs with :func:`register_reader` (optionally with file
extensions and a ``sniff(path, first_line)`` test that ``fmt="auto"`` consults first).
"""

from __future__ import annotations

import csv
import gzip
import importlib
import importlib.util
import io
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final

import numpy as np
import orjson
import polars as pl
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.json as pa_json
import pyarrow.parquet as pq
import zstandard

from distillwatch.contract import ACCOUNT_FIELDS, EVENT_FIELDS, TIMESTAMP
from distillwatch.errors import UserError

#: Default records per batch (bounded memory: a batch is at most this many rows).
BATCH_ROWS: Final = 100_000
#: JSON Lines are read in blocks of this many decompressed bytes.
BLOCK_BYTES: Final = 32 * 1024 * 1024
#: A line longer than this is quarantined as ``too_large`` without being parsed.
MAX_LINE_BYTES: Final = 32 * 1024 * 1024

#: Arrow's JSON parser block (it parallelises over blocks; a longer line takes the per-line path).
_ARROW_JSON_BLOCK: Final = 4 * 1024 * 1024

#: Decompressed bytes asked for per read step.
_READ_STEP: Final = 1024 * 1024

_NEWLINE: Final = ord("\n")
_OPEN_BRACE: Final = ord("{")
_GZIP_MAGIC: Final = b"\x1f\x8b"
_ZSTD_MAGIC: Final = b"\x28\xb5\x2f\xfd"
#: Head of a file given to the probe that decodes its first byte (see ``_decompressed``).
_PROBE_BYTES: Final = 1 << 16
_PARQUET_MAGIC: Final = b"PAR1"
_BOM: Final = b"\xef\xbb\xbf"


@dataclass(slots=True)
class RawBatch:
    """Raw records of one input, not yet validated, plus the rows the reader could not decode.

    ``rows`` gives each record's 1-based line (JSONL) or row (CSV, Parquet) number; ``None``
    means consecutive from ``first_row``. ``text_values`` tells the validator that every
    value is text (CSV) and numbers are to be parsed from it.
    """

    source: str
    records: pa.Table | pl.DataFrame | list[dict[str, Any]]
    rows: np.ndarray | None = None
    first_row: int = 1
    quarantined: list[dict[str, Any]] = field(default_factory=list)
    text_values: bool = False
    #: Bytes of the input file consumed so far (for progress bars); 0 when unknown.
    position: int = 0

    @property
    def num_records(self) -> int:
        """How many raw records (not counting reader-quarantined rows) this batch holds."""
        if isinstance(self.records, list):
            return len(self.records)
        return int(
            self.records.num_rows if isinstance(self.records, pa.Table) else self.records.height
        )


#: A reader: ``(path, batch_rows) -> raw batches``; ``fields`` tells it which table it reads.
Reader = Callable[..., Iterator[RawBatch]]

#: Format name -> reader function.
READERS: dict[str, Reader] = {}
#: File-name ending (lower case, with dot) -> format name.
EXTENSIONS: dict[str, str] = {}
#: Format name -> ``sniff(path, first_line) -> bool``, tried before extensions by ``auto``.
SNIFFERS: dict[str, Callable[[Path, bytes | None], bool]] = {}


def register_reader(
    name: str,
    reader: Reader,
    *,
    extensions: Iterable[str] = (),
    sniff: Callable[[Path, bytes | None], bool] | None = None,
) -> None:
    """Make ``reader`` available as ``fmt=name`` (and to ``auto`` via extensions/sniff)."""
    READERS[name] = reader
    for ext in extensions:
        EXTENSIONS[ext.lower()] = name
    if sniff is not None:
        SNIFFERS[name] = sniff


def known_extensions() -> tuple[str, ...]:
    """File endings a folder scan picks up."""
    return tuple(sorted(EXTENSIONS))


def quarantine_row(
    source: str, row: int, reason: str, detail: str, event_id: str | None = None
) -> dict[str, Any]:
    """One ``quarantine.jsonl`` object (contract section 3)."""
    return {"source": source, "row": row, "reason": reason, "detail": detail, "event_id": event_id}


# ------------------------------------------------------------------------------ detection


def _decompressed(raw: IO[bytes]) -> IO[bytes]:
    """Wrap an open binary file so gzip/zstd (recognised by magic number) read decompressed.

    The stream must also start decoding without error (a truncated one is fine): a plain
    file whose first line only starts like a magic number is read as plain text, so each
    of its lines is still counted. So is a whole file holding the magic number and
    nothing but white space after it (the magic number alone on a line), which decodes to
    nothing without error; a truncated real stream that decodes to nothing stays
    compressed (its header bytes are not lines).
    """
    magic = raw.read(4)
    raw.seek(0)
    if not magic.startswith((_GZIP_MAGIC, _ZSTD_MAGIC)):
        return raw
    head = raw.read(_PROBE_BYTES)
    raw.seek(0)
    if magic.startswith(_GZIP_MAGIC):
        first = _first_byte(lambda: zlib.decompressobj(wbits=31).decompress(head, 1), zlib.error)
        if _compressed(first, head, len(_GZIP_MAGIC)):
            return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
        return raw
    zstd = zstandard.ZstdDecompressor()
    first = _first_byte(lambda: zstd.stream_reader(io.BytesIO(head)).read(1), zstandard.ZstdError)
    if _compressed(first, head, len(_ZSTD_MAGIC)):
        return zstd.stream_reader(raw, read_across_frames=True)  # type: ignore[return-value]
    return raw


def _compressed(first: bytes | None, head: bytes, magic_len: int) -> bool:
    """Whether a stream whose probe decoded ``first`` (None: an error) from ``head`` is
    compressed: it decoded a byte, or decoded nothing yet holds more than the magic number
    and white space (a truncated stream), or continues past the probe."""
    if first is None:
        return False
    return bool(first) or bool(head[magic_len:].strip()) or len(head) >= _PROBE_BYTES


def _first_byte(decode: Callable[[], bytes], error: type[Exception]) -> bytes | None:
    """The first decoded byte of a stream (empty when the input ends first), or None when
    decoding raises ``error`` (a probe: at most one block is decoded)."""
    try:
        return decode()
    except error:
        return None


def first_line(path: Path, limit: int = 1 << 20) -> bytes | None:
    """The first line of a (possibly compressed) text file, at most ``limit`` bytes; ``None`` on error."""
    head = b""
    try:
        # read(), not readline(): a zstd stream reader has no readline
        with path.open("rb") as raw, _decompressed(raw) as handle:
            while len(head) < limit and b"\n" not in head:
                chunk = handle.read(min(_PROBE_BYTES, limit - len(head)))
                if not chunk:
                    break
                head += chunk
    except (OSError, EOFError, zlib.error, zstandard.ZstdError):
        if b"\n" not in head:  # a stream broken after its first line still has that line
            return None
    end = head.find(b"\n")
    return (head if end < 0 else head[: end + 1]).removeprefix(_BOM)


def detect_format(path: Path) -> str:
    """Format name for ``path``: registered sniffers, then the file extension, then magic bytes."""
    head: bytes | None = None
    if SNIFFERS:
        head = first_line(path)
        for name, sniff in SNIFFERS.items():
            if sniff(path, head):
                return name
    lower = path.name.lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if lower.endswith(ext):
            return EXTENSIONS[ext]
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic == _PARQUET_MAGIC:
        return "parquet"
    head = first_line(path) if head is None else head
    if head is not None and head.lstrip().startswith(b"{"):
        return "jsonl"
    # A compressed file whose first line is not text with a header (a broken stream) goes to
    # the JSON Lines reader, which counts what it decodes and quarantines the break.
    if magic.startswith((_GZIP_MAGIC, _ZSTD_MAGIC)) and not (head or b"").strip():
        return "jsonl"
    return "csv"


_PLUGINS_LOADED: list[bool] = []


def load_plugin_readers() -> None:
    """Import ``distillwatch.ingest.adapters`` once, if installed, so it can call ``register_reader``."""
    if _PLUGINS_LOADED:
        return
    _PLUGINS_LOADED.append(True)
    if importlib.util.find_spec("distillwatch.ingest.adapters") is not None:
        importlib.import_module("distillwatch.ingest.adapters")


def reader_for(path: Path, fmt: str = "auto") -> Reader:
    """The reader for ``path`` (``fmt`` a registered name or ``auto``); ``UserError`` if unknown."""
    load_plugin_readers()
    name = detect_format(path) if fmt == "auto" else fmt
    if name not in READERS:
        raise UserError(
            f"{path}: unknown input format {name!r}; use one of auto, {', '.join(sorted(READERS))}"
        )
    return READERS[name]


# ------------------------------------------------------------------------------ JSON Lines


def _explicit_schemas(fields: tuple[Any, ...]) -> list[pa.Schema]:
    """Strict Arrow schemas for the block parser: a value of another JSON type fails the block.

    Timestamps may be strings or integers, so there is one schema for each.
    """
    base: list[tuple[str, pa.DataType]] = []
    timestamp_names: list[str] = []
    for f in fields:
        if f.dtype == TIMESTAMP:
            timestamp_names.append(f.name)
        elif f.dtype == pl.Int64():
            base.append((f.name, pa.int64()))
        elif f.dtype == pl.Float64():
            base.append((f.name, pa.float64()))
        elif f.dtype == pl.Boolean():
            base.append((f.name, pa.bool_()))
        else:
            base.append((f.name, pa.string()))
    return [
        pa.schema(base + [(name, ts_type) for name in timestamp_names])
        for ts_type in (pa.string(), pa.int64())
    ]


_SCHEMAS: Final = {
    "events": _explicit_schemas(EVENT_FIELDS),
    "accounts": _explicit_schemas(ACCOUNT_FIELDS),
}


def _every_line_is_an_object(block: bytes) -> bool:
    """True when every line starts with ``{``: Arrow's JSON reader crashes the process on a
    block that starts with a bare ``null`` line (pyarrow 26), so anything else goes per line."""
    data = np.frombuffer(block, dtype=np.uint8)
    if data.size == 0:
        return False
    starts = np.flatnonzero(data[:-1] == _NEWLINE) + 1
    return bool(data[0] == _OPEN_BRACE and (data[starts] == _OPEN_BRACE).all())


def _parse_block_fast(block: bytes, schemas: list[pa.Schema], n_lines: int) -> pa.Table | None:
    """Parse a block of complete lines with Arrow's strict JSON reader; ``None`` to fall back.

    Falls back when any value has an unexpected JSON type, a line is blank or not an object,
    or the block holds a NUL byte or bad UTF-8: those need per-line attention.
    """
    if b"\x00" in block or not _every_line_is_an_object(block):
        return None
    for schema in schemas:
        try:
            table = pa_json.read_json(
                io.BytesIO(block),
                read_options=pa_json.ReadOptions(block_size=_ARROW_JSON_BLOCK),
                parse_options=pa_json.ParseOptions(
                    explicit_schema=schema, unexpected_field_behavior="ignore"
                ),
            )
        except (pa.ArrowInvalid, UnicodeDecodeError, pa.ArrowNotImplementedError):
            continue
        if table.num_rows == n_lines:
            return table
        return None
    return None


def parse_jsonl_lines(
    lines: list[bytes], first_line_no: int, source: str
) -> tuple[list[dict[str, Any]], list[int], list[dict[str, Any]]]:
    """Per-line parse into plain objects with their line numbers, quarantine rows for the rest.

    Public because the service parses log-adapter bodies with it (Arrow's contract schema
    would flatten their documents away), so both quarantine undecodable lines alike.
    """
    records: list[dict[str, Any]] = []
    rows: list[int] = []
    bad: list[dict[str, Any]] = []
    for offset, line in enumerate(lines):
        line_no = first_line_no + offset
        if not line.strip():
            continue  # blank lines are not rows
        if b"\x00" in line:
            bad.append(quarantine_row(source, line_no, "bad_encoding", "line contains a NUL byte"))
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as err:
            bad.append(
                quarantine_row(
                    source, line_no, "bad_encoding", f"not UTF-8 at byte {err.start}: {err.reason}"
                )
            )
            continue
        try:
            doc = orjson.loads(line)
        except orjson.JSONDecodeError as err:
            bad.append(quarantine_row(source, line_no, "unparseable", f"not JSON: {err}"))
            continue
        if not isinstance(doc, dict):
            bad.append(
                quarantine_row(
                    source, line_no, "unparseable", f"a JSON {type(doc).__name__}, not an object"
                )
            )
            continue
        records.append(doc)
        rows.append(line_no)
    return records, rows, bad


def parse_jsonl_block(
    block: bytes,
    first_line_no: int,
    source: str,
    table_kind: str = "events",
    position: int = 0,
    n_lines: int | None = None,
) -> RawBatch:
    """Turn one block of complete lines into a raw batch (fast Arrow path, else per line).

    ``block`` must end with a newline; ``table_kind`` is ``"events"`` or ``"accounts"``.
    Used by the live service and the Spark engine too, so every path parses JSONL alike.
    """
    if n_lines is None:
        n_lines = block.count(b"\n")
    table = _parse_block_fast(block, _SCHEMAS[table_kind], n_lines)
    if table is not None:
        return RawBatch(source, table, None, first_line_no, position=position)
    records, rows, bad = parse_jsonl_lines(block.split(b"\n")[:n_lines], first_line_no, source)
    return RawBatch(
        source, records, np.asarray(rows, dtype=np.int64), first_line_no, bad, position=position
    )


def _one_row(source: str, line_no: int, reason: str, detail: str, position: int) -> RawBatch:
    """A batch holding only one row the reader could not decode."""
    return RawBatch(
        source,
        [],
        np.zeros(0, dtype=np.int64),
        line_no,
        [quarantine_row(source, line_no, reason, detail)],
        position=position,
    )


def read_jsonl(
    path: Path, batch_rows: int = BATCH_ROWS, *, fields: str = "events"
) -> Iterator[RawBatch]:
    """Stream a JSON Lines file (plain, gzip or zstd, recognised by magic number) in blocks.

    Row numbers are line numbers; blank lines are not rows. A line over
    :data:`MAX_LINE_BYTES` is one ``too_large`` row. A broken compressed stream (truncated
    ``.gz``, corrupt frame) keeps every complete line decoded before the break; the break
    itself (with any partial line) is one ``unparseable`` row.
    """
    source = str(path)
    line_no = 1
    carry = b""
    skipping_long = False
    at_start = True
    with path.open("rb") as raw:
        handle = _decompressed(raw)
        while True:
            chunk, error = _read_block(handle, BLOCK_BYTES)
            data = carry + chunk
            if at_start:  # a UTF-8 byte-order mark (Windows tools write one) is not line 1's
                data, at_start = data.removeprefix(_BOM), False
            carry = b""
            if skipping_long and data:
                end = data.find(b"\n") + 1
                if end == 0:
                    data = b""  # still inside the over-long line
                else:
                    data, line_no, skipping_long = data[end:], line_no + 1, False
            cut = data.rfind(b"\n") + 1
            if cut:
                block = data[:cut]
                ends = _line_ends(block)
                yield from _split_block(
                    block, ends, line_no, source, fields, batch_rows, raw.tell()
                )
                line_no += ends.shape[0]
            carry = data[cut:]
            if error is not None:
                yield _one_row(
                    source,
                    line_no,
                    "unparseable",
                    f"compressed stream broken after line {line_no - 1} "
                    f"({type(error).__name__}: {error}); the rest of the file is lost",
                    raw.tell(),
                )
                return
            if len(carry) > MAX_LINE_BYTES:
                yield _one_row(
                    source,
                    line_no,
                    "too_large",
                    f"line longer than {MAX_LINE_BYTES} bytes; not parsed",
                    raw.tell(),
                )
                carry, skipping_long = b"", True
            if not chunk:
                break
        if carry and not skipping_long:
            block = carry + b"\n"
            yield from _split_block(
                block, _line_ends(block), line_no, source, fields, batch_rows, raw.tell()
            )


def _read_block(handle: IO[bytes], size: int) -> tuple[bytes, Exception | None]:
    """Read about ``size`` bytes in small steps; a stream error is returned with the good bytes.

    ``read1`` hands back what one decompression step produced, and a truncated ``.gz``
    raises only on the step after the last good one, so every byte decoded before the break
    is kept.
    """
    parts: list[bytes] = []
    got = 0
    while got < size:
        try:
            part = handle.read1(min(_READ_STEP, size - got))
        except (OSError, EOFError, zlib.error, zstandard.ZstdError) as err:
            if isinstance(err, PermissionError | FileNotFoundError | IsADirectoryError):
                raise
            return b"".join(parts), err
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts), None


def _line_ends(block: bytes) -> np.ndarray:
    """Offsets just past each newline of ``block`` (vectorised; one entry per line)."""
    return np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == _NEWLINE) + 1


def _split_block(
    block: bytes,
    ends: np.ndarray,
    line_no: int,
    source: str,
    fields: str,
    batch_rows: int,
    position: int,
) -> Iterator[RawBatch]:
    """Cut a block of complete lines into pieces of at most ``batch_rows`` lines and parse each."""
    start = 0
    for first in range(0, ends.shape[0], batch_rows):
        last = min(first + batch_rows, ends.shape[0])
        end = int(ends[last - 1])
        yield parse_jsonl_block(block[start:end], line_no, source, fields, position, last - first)
        line_no += last - first
        start = end


# ------------------------------------------------------------------------------ Parquet


def read_parquet(
    path: Path, batch_rows: int = BATCH_ROWS, *, fields: str = "events"
) -> Iterator[RawBatch]:
    """Stream a Parquet file by record batches (only contract columns are read)."""
    source = str(path)
    names = {f.name for f in (EVENT_FIELDS if fields == "events" else ACCOUNT_FIELDS)}
    try:
        parquet = pq.ParquetFile(path)
        columns = [c for c in parquet.schema_arrow.names if c in names]
        total = max(parquet.metadata.num_rows, 1)
        # Polars' streaming reader decodes faster than pyarrow's iter_batches and hands back
        # Polars frames directly; ``lazy=True`` reads only as batches are asked for.
        batches = iter(
            pl.scan_parquet(path).select(columns).collect_batches(chunk_size=batch_rows, lazy=True)
        )
    except (pa.ArrowException, pl.exceptions.PolarsError, OSError) as err:
        if isinstance(err, PermissionError | FileNotFoundError):
            raise UserError(f"cannot read {path}: {err.strerror}") from err
        yield RawBatch(
            source,
            [],
            None,
            1,
            [quarantine_row(source, 1, "unparseable", f"not a readable Parquet file: {err}")],
        )
        return
    row = 1
    size = max(path.stat().st_size, 1)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except (pa.ArrowException, pl.exceptions.PolarsError, OSError) as err:
            yield RawBatch(
                source,
                [],
                None,
                row,
                [
                    quarantine_row(
                        source,
                        row,
                        "unparseable",
                        f"Parquet data unreadable from row {row} on ({err}); later rows lost",
                    )
                ],
            )
            return
        yield RawBatch(
            source, batch, None, row, position=int(size * min(row + batch.height, total) / total)
        )
        row += batch.height


def parquet_rows(path: Path, fmt: str = "auto") -> int:
    """Rows in ``path`` per its Parquet footer when ``fmt`` resolves to Parquet, else 0 (a hint)."""
    try:
        if (detect_format(path) if fmt == "auto" else fmt) != "parquet":
            return 0
        return int(pq.ParquetFile(path).metadata.num_rows)
    except (pa.ArrowException, OSError):
        return 0


# ------------------------------------------------------------------------------ CSV


def _decode_utf8(table: pa.Table) -> tuple[pa.Table, dict[int, str]]:
    """Binary CSV columns -> strings; ``{row index: detail}`` for values that are not UTF-8."""
    columns: list[pa.Array] = []
    bad: dict[int, str] = {}
    for name, column in zip(table.column_names, table.columns, strict=True):
        try:
            columns.append(column.cast(pa.string()))
            continue
        except pa.ArrowInvalid:
            pass
        texts: list[str | None] = []
        for index, value in enumerate(column.to_pylist()):
            try:
                texts.append(None if value is None else value.decode("utf-8"))
            except UnicodeDecodeError as err:
                texts.append(None)
                bad.setdefault(index, f"{name}: not UTF-8 at byte {err.start}: {err.reason}")
        columns.append(pa.array(texts, pa.string()))
    return pa.table(columns, names=table.column_names), bad


class _UntilBreak(io.RawIOBase):
    """A gzip/zstd file read decompressed that ends, instead of raising, where its data
    breaks (a truncated or corrupt stream), keeping the error: the CSV reader then keeps
    every complete record before the break, and the break is reported as one row."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("rb")
        self._inner = _decompressed(self._file)
        self.error: Exception | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        filled = 0
        # small steps: a step that meets the break loses what it decoded
        while filled < len(view) and self.error is None:
            try:
                data = self._inner.read(min(_PROBE_BYTES, len(view) - filled))
            except (OSError, EOFError, zlib.error, zstandard.ZstdError) as err:
                self.error = err
                break
            if not data:
                break
            view[filled : filled + len(data)] = data
            filled += len(data)
        return filled

    def close(self) -> None:
        self._inner.close()
        self._file.close()
        super().close()


def _csv_input(path: Path) -> _UntilBreak | str:
    """``path`` for Arrow's CSV reader: as is when plain, else decompressed (by magic number)."""
    with path.open("rb") as raw:
        magic = raw.read(4)
    return _UntilBreak(path) if magic.startswith((_GZIP_MAGIC, _ZSTD_MAGIC)) else str(path)


def read_csv(
    path: Path, batch_rows: int = BATCH_ROWS, *, fields: str = "events"
) -> Iterator[RawBatch]:
    """Stream a CSV file with a header row; every value is text and parsed by the validator.

    Row numbers count data records (the header is not a row; a quoted value may span
    lines). A record with the wrong number of columns is quarantined as ``unparseable``.
    """
    source = str(path)
    header_bytes = first_line(path)
    if header_bytes is None:
        yield RawBatch(
            source, [], None, 1, [quarantine_row(source, 1, "unparseable", "CSV header unreadable")]
        )
        return
    if not header_bytes.strip():
        return
    try:
        header = next(csv.reader([header_bytes.decode("utf-8-sig")]))
    except (UnicodeDecodeError, csv.Error, StopIteration) as err:
        yield RawBatch(
            source,
            [],
            None,
            1,
            [quarantine_row(source, 1, "unparseable", f"CSV header unreadable: {err}")],
        )
        return
    source_input = _csv_input(path)
    try:
        yield from _csv_batches(source, header, source_input, batch_rows)
    finally:
        if isinstance(source_input, _UntilBreak):
            source_input.close()


def _csv_batches(
    source: str, header: list[str], source_input: _UntilBreak | str, batch_rows: int
) -> Iterator[RawBatch]:
    """The records of an opened CSV input after its header (see :func:`read_csv`)."""
    invalid: dict[int, str] = {}

    def on_invalid(row: Any) -> str:
        number = int(row.number) - 1 if row.number is not None else -1
        invalid[number] = (
            f"{row.actual_columns} columns where the header has {row.expected_columns}"
        )
        return "skip"

    est_bytes = max(1 << 20, min(64 << 20, batch_rows * 1024))
    try:
        reader = pa_csv.open_csv(
            source_input,
            read_options=pa_csv.ReadOptions(use_threads=False, block_size=est_bytes),
            parse_options=pa_csv.ParseOptions(
                newlines_in_values=True, invalid_row_handler=on_invalid
            ),
            convert_options=pa_csv.ConvertOptions(
                # Binary, not string: one bad UTF-8 value then costs its row, not the file.
                column_types={name: pa.binary() for name in header},
                strings_can_be_null=True,
                null_values=[""],
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowException, OSError, UnicodeDecodeError) as err:
        yield RawBatch(
            source,
            [],
            None,
            1,
            [quarantine_row(source, 1, "unparseable", f"CSV unreadable: {err}")],
        )
        return
    next_row = 1
    reported: set[int] = set()
    while True:
        try:
            batch = reader.read_next_batch()
        except StopIteration:
            break
        except (pa.ArrowException, OSError, UnicodeDecodeError) as err:
            yield RawBatch(
                source,
                [],
                None,
                next_row,
                [
                    quarantine_row(
                        source,
                        next_row,
                        "unparseable",
                        f"CSV unreadable from record {next_row} on ({err}); later rows lost",
                    )
                ],
            )
            return
        rows: list[int] = []
        while len(rows) < batch.num_rows:
            if next_row not in invalid:
                rows.append(next_row)
            next_row += 1
        bad = [
            quarantine_row(source, number, "unparseable", detail)
            for number, detail in sorted(invalid.items())
            if number not in reported and number < next_row
        ]
        reported.update(q["row"] for q in bad)
        table, undecodable = _decode_utf8(pa.Table.from_batches([batch]))
        row_numbers = np.asarray(rows, dtype=np.int64)
        if undecodable:
            keep = np.ones(table.num_rows, dtype=bool)
            for index, detail in undecodable.items():
                keep[index] = False
                bad.append(quarantine_row(source, int(row_numbers[index]), "bad_encoding", detail))
            table, row_numbers = table.filter(pa.array(keep)), row_numbers[keep]
        yield RawBatch(
            source,
            table,
            row_numbers,
            1,
            bad,
            text_values=True,
        )
    rest = [
        quarantine_row(source, number, "unparseable", detail)
        for number, detail in sorted(invalid.items())
        if number not in reported
    ]
    if isinstance(source_input, _UntilBreak) and source_input.error is not None:
        rest.append(
            quarantine_row(
                source,
                next_row,
                "unparseable",
                f"compressed stream broken after record {next_row - 1} "
                f"({source_input.error}); later rows lost",
            )
        )
    if rest:
        yield RawBatch(source, [], np.zeros(0, dtype=np.int64), 1, rest)


register_reader(
    "jsonl",
    read_jsonl,
    extensions=(".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst"),
)
register_reader("parquet", read_parquet, extensions=(".parquet", ".pq"))
register_reader("csv", read_csv, extensions=(".csv", ".csv.gz", ".csv.zst"))
