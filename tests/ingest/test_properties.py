"""Property tests: random valid and invalid rows, through the validator and through real files.

Invariants: every row is accepted or quarantined exactly once, with the reason its defect
implies, and every valid row comes back field for field (timestamps as the UTC instant).
"""

from __future__ import annotations

import csv
import gzip
import io
import ipaddress
import re
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson
import polars as pl
import pytest
import zstandard
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from distillwatch.contract import EVENT_FIELDS, EVENT_SCHEMA, QUARANTINE_REASONS
from distillwatch.ingest import ingest_events, validate_records
from distillwatch.ingest.validate import MAX_EPOCH_MS, MIN_EPOCH_MS

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=30)
NONEMPTY = TEXT.filter(lambda s: len(s) > 0)
INT64 = st.integers(-(2**63), 2**63 - 1)
STRING_FIELDS = [f.name for f in EVENT_FIELDS if f.dtype == pl.String() and f.name != "ip"]
INT_FIELDS = {f.name: int(f.minimum or 0) for f in EVENT_FIELDS if f.dtype == pl.Int64()}
COUNT_FIELDS = [f.name for f in EVENT_FIELDS if f.dtype == pl.Int64() and f.minimum is not None]
REQUIRED = [f.name for f in EVENT_FIELDS if f.required]


@st.composite
def timestamps(draw: st.DrawFn) -> tuple[Any, datetime]:
    """A contract timestamp value and the UTC instant it denotes."""
    if draw(st.booleans()):
        ms = draw(st.integers(MIN_EPOCH_MS, MAX_EPOCH_MS))
        return ms, EPOCH + timedelta(milliseconds=ms)
    instant = draw(
        st.datetimes(datetime(1990, 1, 2), datetime(2199, 12, 30), timezones=st.just(UTC))
    )
    style = draw(st.sampled_from(["Z", "z", "offset", "none"]))
    sep = draw(st.sampled_from(["T", "t", " "]))
    digits = draw(st.sampled_from([0, 3, 6]))
    if digits < 6:
        instant = instant.replace(
            microsecond=instant.microsecond // 10 ** (6 - digits) * 10 ** (6 - digits)
        )
    local = instant
    suffix = style if style in ("Z", "z") else ""
    if style == "offset":
        minutes = draw(st.integers(-14 * 60, 14 * 60))
        local = instant.astimezone(timezone(timedelta(minutes=minutes)))
        sign = "-" if minutes < 0 else "+"
        suffix = f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    text = local.strftime(f"%Y-%m-%d{sep}%H:%M:%S")
    if digits:
        text += "." + f"{local.microsecond:06d}"[:digits]
    return text + suffix, instant


@st.composite
def valid_records(
    draw: st.DrawFn, text_safe: bool = False
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A valid raw record and the typed row it must become."""
    text = NONEMPTY.filter(lambda s: s.strip() == s) if text_safe else TEXT
    required_text = NONEMPTY.filter(lambda s: s.strip() == s) if text_safe else NONEMPTY
    raw_ts, instant = draw(timestamps())
    raw: dict[str, Any] = {"timestamp": raw_ts}
    typed: dict[str, Any] = {name: None for name in EVENT_SCHEMA}
    typed["timestamp"] = instant
    for name in STRING_FIELDS:
        if name == "prompt" and not text_safe:
            # An empty prompt (image-only or tool-result turn) is still an exchange.
            raw[name] = typed[name] = draw(st.one_of(st.just(""), required_text))
        elif name in REQUIRED:
            raw[name] = typed[name] = draw(required_text)
        elif draw(st.booleans()):
            raw[name] = typed[name] = draw(text)
    if draw(st.booleans()):
        if draw(st.booleans()):
            ip = str(ipaddress.IPv4Address(draw(st.integers(0, 2**32 - 1))))
        else:
            ip = str(ipaddress.IPv6Address(draw(st.integers(0, 2**128 - 1))))
        raw["ip"] = typed["ip"] = ip
    for name, minimum in INT_FIELDS.items():
        if draw(st.booleans()):
            lower = minimum if name in COUNT_FIELDS else -(2**63)
            raw[name] = typed[name] = draw(st.integers(lower, 2**63 - 1))
            if abs(typed[name]) < 2**53 and draw(st.booleans()):
                raw[name] = float(typed[name])  # writers that print every number as 2.0
    if draw(st.booleans()):
        raw["temperature"] = typed["temperature"] = draw(
            st.floats(0, 1e6, allow_nan=False, allow_infinity=False)
        )
    if draw(st.booleans()):
        raw["unknown_extra"] = draw(st.one_of(TEXT, INT64, st.lists(INT64, max_size=3)))
    return raw, typed


def _not_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return True
    return False


_RFC = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]")


@st.composite
def invalid_records(draw: st.DrawFn) -> tuple[dict[str, Any], str]:
    """A record with exactly one defect, and the quarantine reason that defect implies."""
    raw, _ = draw(valid_records())
    defect = draw(
        st.sampled_from(
            [
                "drop",
                "empty",
                "int_as_str",
                "bool",
                "str_as_int",
                "negative",
                "ip",
                "ts",
                "ts_range",
                "nul",
                "float_for_int",
            ]
        )
    )
    if defect == "drop":
        raw.pop(draw(st.sampled_from(REQUIRED)))
        return raw, "missing_field"
    if defect == "empty":
        raw[draw(st.sampled_from([n for n in REQUIRED if n not in ("timestamp", "prompt")]))] = ""
        return raw, "missing_field"
    if defect == "int_as_str":
        raw[draw(st.sampled_from(list(INT_FIELDS)))] = str(draw(st.integers(1, 99)))
        return raw, "bad_type"
    if defect == "bool":
        raw[draw(st.sampled_from(list(INT_FIELDS)))] = draw(st.booleans())
        return raw, "bad_type"
    if defect == "str_as_int":
        raw[draw(st.sampled_from(STRING_FIELDS))] = draw(INT64)
        return raw, "bad_type"
    if defect == "float_for_int":
        raw[draw(st.sampled_from(list(INT_FIELDS)))] = draw(st.integers(0, 1000)) + 0.5
        return raw, "bad_type"
    if defect == "negative":
        name = draw(st.sampled_from([*COUNT_FIELDS, "temperature"]))
        minimum = INT_FIELDS.get(name, 0)
        raw[name] = minimum - draw(st.integers(1, 2**40)) if name != "temperature" else -0.5
        return raw, "negative_count"
    if defect == "ip":
        raw["ip"] = draw(NONEMPTY.filter(_not_ip))
        return raw, "bad_ip"
    if defect == "ts":
        raw["timestamp"] = draw(NONEMPTY.filter(lambda s: not _RFC.match(s)))
        return raw, "bad_timestamp"
    if defect == "ts_range":
        raw["timestamp"] = draw(
            st.one_of(
                st.integers(-(2**63), MIN_EPOCH_MS - 1), st.integers(MAX_EPOCH_MS + 1, 2**63 - 1)
            )
        )
        return raw, "bad_timestamp"
    raw["prompt"] = draw(TEXT) + "\x00" + draw(TEXT)
    return raw, "bad_encoding"


MIXED = st.lists(
    st.one_of(
        valid_records().map(lambda t: ("ok", t)), invalid_records().map(lambda t: ("bad", t))
    ),
    max_size=25,
)


def _number(rows: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Give every record a unique event_id where it has a valid one, so dedup does not interfere."""
    out = []
    for i, (kind, (raw, extra)) in enumerate(rows):
        if isinstance(raw.get("event_id"), str) and raw["event_id"]:
            raw["event_id"] = f"{i}:{raw['event_id']}"
            if kind == "ok":
                extra["event_id"] = raw["event_id"]
        out.append((kind, (raw, extra)))
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED)
def test_validator_counts_every_row_once_with_the_right_reason(rows: list[tuple[str, Any]]) -> None:
    rows = _number(rows)
    batch = validate_records([raw for _, (raw, _) in rows], source="p.jsonl", first_row=5)
    assert batch.accepted.height + len(batch.quarantined) == len(rows)
    assert batch.accepted.schema == EVENT_SCHEMA
    expected_bad = {i + 5: extra for i, (kind, (_, extra)) in enumerate(rows) if kind == "bad"}
    got_bad = {q["row"]: q["reason"] for q in batch.quarantined}
    assert got_bad == expected_bad
    assert set(got_bad.values()) <= QUARANTINE_REASONS
    assert batch.accepted.to_dicts() == [extra for kind, (_, extra) in rows if kind == "ok"]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(MIXED, st.sampled_from(["jsonl", "jsonl_bom", "parquet", "parquet_dictionary"]))
def test_files_round_trip_field_for_field(
    tmp_path: Path, rows: list[tuple[str, Any]], fmt: str
) -> None:
    rows = _number(rows)
    work = tmp_path / fmt
    work.mkdir(exist_ok=True)
    if fmt.startswith("jsonl"):
        path = work / "e.jsonl"
        bom = b"\xef\xbb\xbf" if fmt == "jsonl_bom" else b""
        path.write_bytes(bom + b"".join(orjson.dumps(raw) + b"\n" for _, (raw, _) in rows))
        expected_rows = [(kind, extra) for kind, (_, extra) in rows]
    else:
        # Parquet needs one type per column: keep only rows that are valid.
        valid = [(raw, extra) for kind, (raw, extra) in rows if kind == "ok"]
        path = work / "e.parquet"
        frame = pl.DataFrame([typed for _, typed in valid], schema=EVENT_SCHEMA)
        if fmt == "parquet_dictionary":  # text columns as Categorical: dictionary-encoded
            frame = frame.with_columns(pl.col(pl.String).cast(pl.Categorical))
        frame.write_parquet(path)
        expected_rows = [("ok", extra) for _, extra in valid]
    result = ingest_events(path, work / "out", progress=False, batch_rows=7)
    assert result.rows_read == len(expected_rows)
    assert (
        result.rows_accepted + result.rows_duplicate + result.rows_quarantined == result.rows_read
    )
    assert result.rows_duplicate == 0
    accepted = pl.read_parquet(result.events_path)
    assert accepted.to_dicts() == [extra for kind, extra in expected_rows if kind == "ok"]
    quarantined = [
        orjson.loads(x) for x in (work / "out" / "quarantine.jsonl").read_bytes().splitlines()
    ]
    assert {q["row"]: q["reason"] for q in quarantined} == {
        i + 1: extra for i, (kind, extra) in enumerate(expected_rows) if kind == "bad"
    }


def _zstd(data: bytes) -> bytes:
    return zstandard.ZstdCompressor().compress(data)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(valid_records(text_safe=True), max_size=15),
    st.sampled_from([("e.csv", bytes), ("e.csv.gz", gzip.compress), ("e.csv.zst", _zstd)]),
)
def test_csv_round_trips_from_text(
    tmp_path: Path,
    rows: list[tuple[dict[str, Any], dict[str, Any]]],
    form: tuple[str, Callable[[bytes], bytes]],
) -> None:
    """Plain, gzip and zstd CSV (logs are often shipped compressed) read the same rows."""
    rows = [
        ({**raw, "event_id": f"{i}"}, {**typed, "event_id": f"{i}"})
        for i, (raw, typed) in enumerate(rows)
    ]
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=[*EVENT_SCHEMA, "unknown_extra"], lineterminator="\r\n"
    )
    writer.writeheader()
    for raw, _ in rows:
        writer.writerow({k: (repr(v) if isinstance(v, float) else v) for k, v in raw.items()})
    name, compress = form
    work = Path(tempfile.mkdtemp(dir=tmp_path))  # one folder per example: it is read whole
    (work / "logs").mkdir()
    (work / "logs" / name).write_bytes(compress(buffer.getvalue().encode("utf-8")))
    result = ingest_events(work / "logs", work / "out", progress=False)
    assert result.rows_read == len(rows) and result.rows_quarantined == 0
    assert pl.read_parquet(result.events_path).to_dicts() == [typed for _, typed in rows]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(st.one_of(valid_records().map(lambda t: t[0]), st.binary(max_size=40)), max_size=20),
    st.sampled_from(["plain", "gz", "zst"]),
    st.floats(0.0, 1.0),
)
# found by hypothesis: the zstd magic number alone on a line (plain), and a zstd stream cut
# inside its first block, whose header bytes hold line breaks
@example(items=[b"(\xb5/\xfd"], compression="plain", cut=0.0)
@example(
    items=[
        {
            "timestamp": 631152000000,
            "event_id": "0",
            "account_id": "0",
            "model": "0",
            "user_agent": "",
            "prompt": "",
            "finish_reason": "",
            "response": "23\r\x80\x81",
            "input_tokens": 0,
            "max_tokens": 1,
            "temperature": 0.0,
        }
    ],
    compression="zst",
    cut=0.5,
)
def test_garbage_and_truncation_never_break_the_count(
    tmp_path: Path, items: list[Any], compression: str, cut: float
) -> None:
    """Arbitrary byte lines, then the file cut anywhere: every line is counted exactly once."""
    lines = [
        orjson.dumps({**item, "event_id": f"{i}"}) if isinstance(item, dict) else item
        for i, item in enumerate(items)
    ]
    lines = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines]
    data = b"\n".join(lines) + b"\n"
    if compression == "gz":
        data = gzip.compress(data)
    elif compression == "zst":
        data = _zstd(data)
    data = data[: int(len(data) * cut)] if compression != "plain" else data
    path = tmp_path / f"e-{compression}.jsonl"
    path.write_bytes(data)
    result = ingest_events(path, tmp_path / "out", progress=False)
    assert (
        result.rows_accepted + result.rows_duplicate + result.rows_quarantined == result.rows_read
    )
    non_blank = sum(1 for line in lines if line.strip())
    if compression == "plain":
        assert result.rows_read == non_blank
    else:
        assert result.rows_read <= non_blank + 1
    accepted = pl.read_parquet(result.events_path)["event_id"].to_list()
    assert accepted == sorted(accepted, key=int)  # a prefix-ordered subset, never reordered


@pytest.mark.parametrize("magic", [b"\x1f\x8b", b"\x28\xb5\x2f\xfd junk"])
def test_a_plain_file_that_starts_like_a_compressed_one_is_read_line_by_line(
    tmp_path: Path, magic: bytes
) -> None:
    """A garbage first line that happens to begin with a gzip/zstd magic number is one
    quarantined row; the rest of the file is still read (found by hypothesis)."""
    good = orjson.dumps(
        {
            "timestamp": "2026-01-01T00:00:00Z",
            "event_id": "e1",
            "account_id": "a",
            "model": "m",
            "prompt": "p",
        }
    )
    path = tmp_path / "e.jsonl"
    path.write_bytes(magic + b"\n" + good + b"\n")
    result = ingest_events(path, tmp_path / "out", progress=False)
    assert (result.rows_read, result.rows_accepted, result.rows_quarantined) == (2, 1, 1)


@pytest.mark.parametrize("magic", [b"\x1f\x8b", b"\x28\xb5\x2f\xfd"])
def test_a_file_of_a_magic_number_alone_is_one_quarantined_row(
    tmp_path: Path, magic: bytes
) -> None:
    """A file holding only a compression magic number on a line decodes to nothing; it is
    read as text and its line counted, not read as an empty stream (found by hypothesis)."""
    path = tmp_path / "e.jsonl"
    path.write_bytes(magic + b"\n")
    result = ingest_events(path, tmp_path / "out", progress=False)
    assert (result.rows_read, result.rows_quarantined) == (1, 1)
