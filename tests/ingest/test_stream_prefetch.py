"""``stream.prefetched``: a producer thread ahead of the consumer changes nothing but timing."""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillwatch.ingest.stream import mapped_in_order, prefetched

_VAR: contextvars.ContextVar[str] = contextvars.ContextVar("_VAR", default="unset")


def _no_reader_threads() -> bool:
    return not [t for t in threading.enumerate() if t.name == "ingest-read"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(), max_size=30), st.integers(1, 4))
def test_items_come_back_in_order(items: list[int], depth: int) -> None:
    assert list(prefetched(iter(items), depth)) == items
    assert _no_reader_threads()


def test_producer_error_is_raised_after_the_items_before_it() -> None:
    def source() -> Iterator[int]:
        yield 1
        yield 2
        raise KeyError("broken input")

    seen: list[int] = []
    with pytest.raises(KeyError, match="broken input"):
        for item in prefetched(source()):
            seen.append(item)
    assert seen == [1, 2]
    assert _no_reader_threads()


def test_stopping_early_stops_the_thread_and_closes_the_source() -> None:
    closed = threading.Event()

    def source() -> Iterator[int]:
        try:
            yield from range(1_000_000)
        finally:
            closed.set()

    stream = prefetched(source(), depth=2)
    assert next(stream) == 0
    stream.close()
    assert closed.is_set()
    assert _no_reader_threads()


def test_producer_sees_the_callers_context() -> None:
    def source() -> Iterator[str]:
        yield _VAR.get()

    token = _VAR.set("session")
    try:
        assert list(prefetched(source())) == ["session"]
    finally:
        _VAR.reset(token)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(), max_size=30), st.integers(1, 4))
def test_mapped_in_order_is_map_whatever_the_timing(items: list[int], workers: int) -> None:
    def slow_for_small(x: int) -> int:
        # Earlier items may finish later: order must come from the input, not the clock.
        threading.Event().wait(0.002 if x % 2 else 0.0)
        return x * 3

    assert list(mapped_in_order(slow_for_small, iter(items), workers)) == [x * 3 for x in items]


def test_mapped_in_order_raises_at_the_failing_item() -> None:
    def fn(x: int) -> int:
        if x == 3:
            raise ValueError("bad batch 3")
        return x

    seen: list[int] = []
    with pytest.raises(ValueError, match="bad batch 3"):
        for value in mapped_in_order(fn, range(6)):
            seen.append(value)
    assert seen == [0, 1, 2]
