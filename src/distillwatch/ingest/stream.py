"""Read + validate one input file as a stream of validated batches (shared by events and accounts)."""

from __future__ import annotations

import contextvars
import queue
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from distillwatch.contract import ACCOUNT_FIELDS
from distillwatch.errors import UserError
from distillwatch.ingest.readers import BATCH_ROWS, RawBatch, reader_for
from distillwatch.ingest.validate import ValidatedBatch, validate_records, validate_table

T = TypeVar("T")
R = TypeVar("R")

#: Seconds a blocked producer waits before checking whether the consumer has stopped.
_POLL_SECONDS = 0.1


def validate_raw(
    raw: RawBatch, table: str = "events", *, metadata_only: bool = False
) -> ValidatedBatch:
    """Validate a reader's raw batch; the reader's own quarantine rows are merged in row order.

    Events go through :func:`validate_records` like every adapter's rows, so
    ``metadata_only`` (prompt optional) means the same for contract files; ``table`` is
    ``"events"`` or ``"accounts"``.
    """
    if table == "events":
        batch = validate_records(
            raw.records,
            source=raw.source,
            first_row=raw.first_row,
            rows=raw.rows,
            text_values=raw.text_values,
            metadata_only=metadata_only,
        )
    else:
        batch = validate_table(
            raw.records,
            ACCOUNT_FIELDS,
            source=raw.source,
            first_row=raw.first_row,
            rows=raw.rows,
            text_values=raw.text_values,
        )
    if not raw.quarantined:
        return batch
    merged = sorted([*batch.quarantined, *raw.quarantined], key=lambda q: q["row"])
    return ValidatedBatch(accepted=batch.accepted, quarantined=merged)


def validated_stream(
    path: Path,
    *,
    fmt: str = "auto",
    batch_rows: int = BATCH_ROWS,
    table: str = "events",
    metadata_only: bool = False,
) -> Iterator[tuple[ValidatedBatch, int]]:
    """Yield ``(validated batch, bytes of the file consumed)`` for one input file.

    A reader may yield :class:`RawBatch` (validated here, see :func:`validate_raw`) or, like
    the adapters, an already validated :class:`ValidatedBatch` (they take ``metadata_only``
    from their session). An OS error (permission, vanished file) becomes a ``UserError``
    naming the file.
    """
    reader = reader_for(path, fmt)
    kwargs = {} if table == "events" else {"fields": table}
    try:
        for item in reader(path, batch_rows, **kwargs):
            if isinstance(item, ValidatedBatch):
                yield item, 0
            else:
                yield validate_raw(item, table, metadata_only=metadata_only), item.position
    except OSError as err:
        reason = err.strerror or str(err)
        raise UserError(
            f"cannot read {path}: {reason}; check the path and its permissions"
        ) from err


def prefetched(items: Iterator[T], depth: int = 2) -> Generator[T, None, None]:
    """Yield ``items`` in order while a background thread produces up to ``depth`` ahead.

    Reading and validating a batch (Polars and Arrow release the GIL) then overlaps the
    caller's work on the previous one. The thread runs in a copy of the caller's context
    (the adapters' session is a ``ContextVar``); an exception it raises is re-raised here,
    and when the caller stops early the thread stops and closes ``items``.
    """
    handoff: queue.Queue[tuple[bool, T | BaseException | None]] = queue.Queue(maxsize=depth)
    stopped = threading.Event()

    def offer(entry: tuple[bool, T | BaseException | None]) -> bool:
        while not stopped.is_set():
            try:
                handoff.put(entry, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not offer((True, item)):
                    return
            offer((False, None))
        except BaseException as err:  # re-raised in the consumer's thread
            offer((False, err))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    context = contextvars.copy_context()
    thread = threading.Thread(target=context.run, args=(produce,), name="ingest-read", daemon=True)
    thread.start()
    try:
        while True:
            more, value = handoff.get()
            if more:
                yield value  # type: ignore[misc]
            elif value is None:
                return
            else:
                raise value  # type: ignore[misc]
    finally:
        stopped.set()
        thread.join()


def mapped_in_order(fn: Callable[[T], R], items: Iterable[T], workers: int = 2) -> Iterator[R]:
    """Yield ``fn(item)`` for each item, in input order, with up to ``workers`` calls running.

    For steps made of many Polars operations: each keeps the cores busy only part of the
    time (serial sections, joins, Python glue), so two batches in flight fill the gaps.
    Memory grows by ``workers - 1`` batches. Results do not depend on thread timing.
    """
    running: deque[Future[R]] = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        try:
            for item in items:
                running.append(pool.submit(fn, item))
                if len(running) >= workers:
                    yield running.popleft().result()
            while running:
                yield running.popleft().result()
        finally:
            for future in running:
                future.cancel()
