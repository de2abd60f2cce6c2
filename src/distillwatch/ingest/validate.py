"""The single validator: raw contract-named records in, typed rows and quarantine rows out.

Every reader and every adapter hands its raw values here, so the contract is enforced in one
place. The work is vectorised: a batch becomes one Polars frame, each field gets a typed value
expression and failure conditions (built once per input schema and cached), one "any
failure" flag is computed per row, and only the (rare) failing rows get a reason and a
message and become ``quarantine.jsonl`` dictionaries. A row with several problems reports
the first in :data:`REASON_ORDER`.

Policies (enforced here; the reader-level ones are in :mod:`distillwatch.ingest`):

* wrong JSON/Parquet type -> ``bad_type`` (``"12"`` for an integer field is rejected); CSV
  holds only text, so CSV values are parsed from text (``text_values=True``).
* a string field longer than :data:`MAX_FIELD_BYTES` -> ``too_large``; a NUL character in
  any string -> ``bad_encoding`` (quarantined, not stripped: evidence is kept verbatim).
* a required field absent, null or ``""`` -> ``missing_field``.
* timestamps: RFC 3339 (``T``/``t``/space separator, optional fraction, ``Z`` or ``±hh:mm``;
  no offset means UTC) or integer epoch milliseconds between 1990 and 2200 (outside that range
  is almost always seconds mistaken for milliseconds) -> else ``bad_timestamp``.
* ``ip`` must be an IPv4 (dotted quad, no leading zeros) or IPv6 address -> else ``bad_ip``.
* counts below their contract minimum (``turn`` < 0, ``max_tokens`` < 1, ...) ->
  ``negative_count``; non-finite floats -> ``bad_type``.
* unknown extra fields are ignored.
"""

from __future__ import annotations

import dataclasses
import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from distillwatch.contract import EVENT_FIELDS, EVENT_SCHEMA, TIMESTAMP, Field

#: A string field longer than this (UTF-8 bytes) is quarantined as ``too_large`` (2 MiB:
#: ~500k tokens, beyond any model's context; a 10 MB "prompt" is corrupt or hostile input).
MAX_FIELD_BYTES: Final = 2 * 1024 * 1024

#: Quarantine reasons from most to least fundamental; a row with several problems reports the
#: first one here (and the first field in contract order with it).
REASON_ORDER: Final = (
    "unparseable",
    "bad_encoding",
    "too_large",
    "missing_field",
    "bad_type",
    "bad_timestamp",
    "bad_ip",
    "negative_count",
)
_RANK: Final = {reason: i for i, reason in enumerate(REASON_ORDER)}

#: Epoch milliseconds accepted for ``timestamp`` (1990-01-01 .. 2200-01-01 UTC).
MIN_EPOCH_MS: Final = 631_152_000_000
MAX_EPOCH_MS: Final = 7_258_118_400_000

#: ``event_id`` is copied into a quarantine row only when it is a short readable string.
_MAX_QUARANTINE_ID_BYTES: Final = 1024
_SNIPPET_CHARS: Final = 80

_IPV4_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4_RE: Final = rf"^{_IPV4_OCTET}(?:\.{_IPV4_OCTET}){{3}}$"
_RFC3339_RE: Final = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?"
    r"(?:[Zz]|[+-][0-9]{2}:[0-9]{2})?$"
)
_COUNTRY_RE: Final = r"^[A-Za-z]{2}$"
_TRUE: Final = ("true", "t", "1", "yes", "y")
_FALSE: Final = ("false", "f", "0", "no", "n")

_INT_DTYPES: Final = (
    pl.Int8,
    pl.Int16,
    pl.Int32,
    pl.Int64,
    pl.Int128,
    pl.UInt8,
    pl.UInt16,
    pl.UInt32,
    pl.UInt64,
)
_FLOAT_DTYPES: Final = (pl.Float32, pl.Float64)


@dataclass(frozen=True, slots=True)
class ValidatedBatch:
    """One validated batch: typed rows that passed and quarantine rows for those that did not."""

    accepted: pl.DataFrame
    quarantined: list[dict[str, Any]]

    @property
    def rows_read(self) -> int:
        """Rows this batch covered (``accepted + quarantined``)."""
        return self.accepted.height + len(self.quarantined)


# --------------------------------------------------------------------------- kinds of fields


def _kind(field: Field) -> str:
    """The validation kind of a contract field: its dtype family, or a special check."""
    if field.dtype == TIMESTAMP:
        return "timestamp"
    if field.dtype == pl.Int64():
        return "int"
    if field.dtype == pl.Float64():
        return "float"
    if field.dtype == pl.Boolean():
        return "bool"
    return "str"


_KIND_WORD: Final = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "timestamp": "RFC 3339 string or integer epoch milliseconds",
}
_PY_TYPES: Final[dict[str, tuple[type, ...]]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "timestamp": (str, int),
}
_RAW_DTYPE: Final = {"str": pl.String, "int": pl.Int64, "float": pl.Float64, "bool": pl.Boolean}


def _bad_col(name: str) -> str:
    return f"__bad__{name}"


def _int_col(name: str) -> str:
    return f"__int__{name}"


_IP_OK: Final = "__ip_ok"


def _ts_col(name: str) -> str:
    return f"__ts__{name}"


# --------------------------------------------------------------------- list[dict] -> frame


def _snip(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= _SNIPPET_CHARS else text[:_SNIPPET_CHARS] + "…"


def _type_detail(kind: str, value: Any) -> str:
    return f"expected {_KIND_WORD[kind]}, got {type(value).__name__} {_snip(repr(value))}"


def _frame_from_dicts(records: Sequence[dict[str, Any]], fields: Sequence[Field]) -> pl.DataFrame:
    """Raw frame from Python records: one typed column per field, wrong-typed values set aside.

    A column whose values all have the expected Python type is built in one call; only a
    column with mixed types is split value by value (its bad values go to ``__bad__<name>``
    as a detail string; epoch-millisecond ints of a mostly-string timestamp to
    ``__int__<name>``).
    """
    columns: dict[str, pl.Series] = {}
    for field in fields:
        kind = _kind(field)
        values = [record.get(field.name) for record in records]
        kinds = set(map(type, values))
        kinds.discard(type(None))
        if not kinds:
            # Present as an all-null column, so every list input has the same schema and
            # reuses one cached validation plan.
            dtype = _RAW_DTYPE.get(kind, pl.String)
            columns[field.name] = pl.Series(field.name, [None] * len(values), dtype=dtype)
            continue
        expected = _PY_TYPES[kind]
        if kinds <= set(expected) and not (kind == "timestamp" and len(kinds) > 1):
            dtype = pl.Int64 if kind == "timestamp" and kinds == {int} else None
            dtype = dtype or _RAW_DTYPE.get(kind, pl.String)
            try:
                columns[field.name] = pl.Series(field.name, values, dtype=dtype, strict=True)
                continue
            except (OverflowError, TypeError, ValueError, pl.exceptions.PolarsError):
                pass
        good: list[Any] = []
        ints: list[int | None] = []
        bad: list[str | None] = []
        for value in values:
            good_value: Any = None
            int_value: int | None = None
            detail: str | None = None
            value_type = type(value)
            if kind == "int" and value_type is float and value.is_integer():
                # 2.0 from a JSON writer that prints every number as a float, as Parquet
                # float columns and CSV "2.0" are accepted; 2.5 stays a type error.
                value, value_type = int(value), int
            if value is None:
                pass
            elif value_type not in expected:
                detail = _type_detail(kind, value)
            elif value_type is int and not -(2**63) <= value < 2**63:
                detail = f"integer {_snip(value)} out of 64-bit range"
            elif kind == "timestamp" and value_type is int:
                int_value = value
            else:
                good_value = float(value) if kind == "float" else value
            good.append(good_value)
            ints.append(int_value)
            bad.append(detail)
        columns[field.name] = pl.Series(
            field.name, good, dtype=_RAW_DTYPE.get(kind, pl.String), strict=False
        )
        if any(v is not None for v in ints):
            columns[_int_col(field.name)] = pl.Series(_int_col(field.name), ints, dtype=pl.Int64)
        if any(d is not None for d in bad):
            columns[_bad_col(field.name)] = pl.Series(_bad_col(field.name), bad, dtype=pl.String)
    return pl.DataFrame(columns, height=len(records))


def _raw_frame(
    records: Sequence[dict[str, Any]] | pa.Table | pa.RecordBatch | pl.DataFrame,
    fields: Sequence[Field],
) -> pl.DataFrame:
    """Contract columns of ``records`` as a Polars frame (extra fields dropped).

    Only dictionary-encoded text (Categorical/Enum) is cast, to plain text, so that every
    text check (size, NUL, IP) sees one type.
    """
    names = {f.name for f in fields}
    if isinstance(records, pl.DataFrame):
        frame = records.select([c for c in records.columns if c in names])
    elif isinstance(records, pa.Table | pa.RecordBatch):
        table = records.select([c for c in records.schema.names if c in names])
        converted = pl.from_arrow(table, rechunk=False)
        assert isinstance(converted, pl.DataFrame)
        frame = converted
    else:
        return _frame_from_dicts(records, fields)
    return frame.with_columns(
        pl.col(c).cast(pl.String)
        for c, dtype in frame.schema.items()
        if isinstance(dtype, pl.Categorical | pl.Enum)
    )


# ------------------------------------------------------------------------ per-field checks


@lru_cache(maxsize=1 << 16)
def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _valid_ip_mask(values: pl.Series) -> pl.Series:
    """True where a value is an IP address: a regex for dotted IPv4, ``ipaddress`` for the rest.

    IPs repeat heavily, so only the distinct non-IPv4 strings are checked in Python.
    """
    is_v4 = values.str.contains(_IPV4_RE)
    other = values.filter(~is_v4.fill_null(True)).unique()
    if other.len() == 0:
        return is_v4
    good = [text for text in other.to_list() if _is_ip(text)]
    return is_v4 | values.is_in(pl.Series(good, dtype=pl.String).implode())


def _epoch_ms(expr: pl.Expr) -> pl.Expr:
    in_range = expr.is_between(MIN_EPOCH_MS, MAX_EPOCH_MS)
    stamp = pl.from_epoch(expr, time_unit="ms").dt.cast_time_unit("us").dt.replace_time_zone("UTC")
    return pl.when(in_range).then(stamp)


def _rfc3339(expr: pl.Expr) -> pl.Expr:
    """Parse RFC 3339 text to UTC; anything not matching the grammar becomes null."""
    text = expr.str.replace(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})[t ]", "${1}T").str.replace(
        r"[Zz]$", "+00:00"
    )
    text = (
        pl.when(text.str.contains(r"[+-][0-9]{2}:[0-9]{2}$")).then(text).otherwise(text + "+00:00")
    )
    parsed = text.str.to_datetime(
        "%Y-%m-%dT%H:%M:%S%.f%:z", time_unit="us", time_zone="UTC", strict=False
    )
    return pl.when(expr.str.contains(_RFC3339_RE)).then(parsed)


def parse_rfc3339(values: pl.Series) -> pl.Series:
    """RFC 3339 strings -> UTC datetimes (null where not RFC 3339).

    Fast path: Arrow's ISO 8601 cast (~10x Polars' strptime) on the values that match the
    RFC 3339 grammar; a batch where Arrow refuses any of them (lower-case ``t``/``z``, no
    offset, nanoseconds, impossible dates) is parsed by the slower Polars expression instead.
    """
    grammar = values.str.contains(_RFC3339_RE).fill_null(False)
    candidates = pl.select(pl.when(pl.lit(grammar)).then(pl.lit(values))).to_series()
    try:
        cast = pc.cast(candidates.to_arrow(), pa.timestamp("us", "UTC"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pl.select(_rfc3339(pl.lit(values))).to_series().rename(values.name)
    parsed = pl.from_arrow(cast)
    assert isinstance(parsed, pl.Series)
    return parsed.cast(TIMESTAMP).rename(values.name)


def _pre_parse_timestamps(frame: pl.DataFrame, fields: Sequence[Field]) -> pl.DataFrame:
    """Add ``__ts__<name>``: each text timestamp column parsed once, outside the big select."""
    parsed = [
        parse_rfc3339(frame.get_column(f.name)).alias(_ts_col(f.name))
        for f in fields
        if f.dtype == TIMESTAMP and frame.schema.get(f.name) == pl.String
    ]
    return frame.with_columns(parsed) if parsed else frame


@dataclass(slots=True)
class _FieldCheck:
    """Expressions for one field: its typed value and, per failure, (reason, condition, message)."""

    value: pl.Expr
    failures: list[tuple[str, pl.Expr, pl.Expr]]


def _snippet(expr: pl.Expr, dtype: pl.DataType) -> pl.Expr:
    if dtype.is_nested() or dtype == pl.Object:
        return pl.lit(f"<{dtype}>")
    text = expr.cast(pl.String, strict=False)
    return (
        pl.when(text.str.len_chars() > _SNIPPET_CHARS)
        .then(text.str.slice(0, _SNIPPET_CHARS) + "…")
        .otherwise(text)
    )


def _check_field(
    field: Field, schema: pl.Schema, text_values: bool, value_name: str
) -> _FieldCheck:
    """Build the value and failure expressions of one field for a frame with ``schema``.

    Failure conditions refer to the value by ``value_name``: the caller materialises values
    first, so an expensive parse is not evaluated twice.
    """
    name, kind = field.name, _kind(field)
    v = pl.col(value_name)
    target = TIMESTAMP if kind == "timestamp" else _RAW_DTYPE[kind]
    failures: list[tuple[str, pl.Expr, pl.Expr]] = []
    if name not in schema:
        value: pl.Expr = pl.lit(None, dtype=target)
        if field.required:
            failures.append(
                ("missing_field", pl.lit(True), pl.lit(f"{name}: required field absent"))
            )
        return _FieldCheck(value, failures)

    col = pl.col(name)
    dtype = schema[name]
    if _bad_col(name) in schema:
        bad = pl.col(_bad_col(name))
        failures.append(("bad_type", bad.is_not_null(), pl.lit(f"{name}: ") + bad))
    if dtype == pl.String and text_values:
        wrong = pl.lit(f"{name}: text is not a valid {_KIND_WORD[kind]}: ") + _snippet(col, dtype)
    else:
        got = "string" if dtype == pl.String else str(dtype)
        wrong = pl.lit(f"{name}: expected {_KIND_WORD[kind]}, got {got} ") + _snippet(col, dtype)

    if dtype == pl.String:
        # Size and NUL checks run on every text column before any parsing.
        size = col.str.len_bytes()
        failures.append(
            (
                "too_large",
                size > MAX_FIELD_BYTES,
                pl.lit(f"{name}: ")
                + size.cast(pl.String)
                + pl.lit(f" bytes, cap {MAX_FIELD_BYTES}"),
            )
        )
        failures.append(
            (
                "bad_encoding",
                col.str.contains("\x00", literal=True),
                pl.lit(f"{name}: contains a NUL character"),
            )
        )
    text = dtype == pl.String
    numeric_text = text and text_values

    if dtype == pl.Null:
        value = pl.lit(None, dtype=target)
    elif kind == "str":
        if text:
            value = col
            if name == "ip":
                value = pl.when(col.is_null() | pl.col(_IP_OK)).then(col)
                failures.append(
                    (
                        "bad_ip",
                        col.is_not_null() & ~pl.col(_IP_OK),
                        pl.lit("ip: not an IPv4/IPv6 address: ") + _snippet(col, dtype),
                    )
                )
            elif name == "declared_country":
                ok = col.str.contains(_COUNTRY_RE)
                value = col.str.to_uppercase()
                failures.append(
                    (
                        "bad_type",
                        ok.not_(),
                        pl.lit(f"{name}: not ISO 3166-1 alpha-2: ") + _snippet(col, dtype),
                    )
                )
        else:
            value = pl.lit(None, dtype=pl.String)
            failures.append(("bad_type", col.is_not_null(), wrong))
    elif kind == "int":
        if isinstance(dtype, _INT_DTYPES):
            value = col.cast(pl.Int64, strict=False)
        elif isinstance(dtype, _FLOAT_DTYPES):
            value = pl.when(col.is_finite() & (col == col.floor())).then(
                col.cast(pl.Int64, strict=False)
            )
        elif numeric_text:
            stripped = col.str.strip_chars()
            as_float = stripped.cast(pl.Float64, strict=False)
            value = pl.coalesce(
                stripped.cast(pl.Int64, strict=False),
                pl.when(as_float.is_finite() & (as_float == as_float.floor())).then(
                    as_float.cast(pl.Int64, strict=False)
                ),
            )
        else:
            value = pl.lit(None, dtype=pl.Int64)
        failures.append(("bad_type", col.is_not_null() & v.is_null(), wrong))
    elif kind == "float":
        if isinstance(dtype, _INT_DTYPES + _FLOAT_DTYPES):
            value = col.cast(pl.Float64, strict=False)
        elif numeric_text:
            value = col.str.strip_chars().cast(pl.Float64, strict=False)
        else:
            value = pl.lit(None, dtype=pl.Float64)
        value = pl.when(value.is_finite()).then(value)
        failures.append(("bad_type", col.is_not_null() & v.is_null(), wrong))
    elif kind == "bool":
        if dtype == pl.Boolean:
            value = col
        elif numeric_text:
            lowered = col.str.strip_chars().str.to_lowercase()
            value = pl.when(lowered.is_in(_TRUE)).then(True).when(lowered.is_in(_FALSE)).then(False)
        else:
            value = pl.lit(None, dtype=pl.Boolean)
        failures.append(("bad_type", col.is_not_null() & v.is_null(), wrong))
    else:  # timestamp
        if text:
            parsed = _ts_col(name)
            value = pl.col(parsed) if parsed in schema else _rfc3339(col)
            if numeric_text:
                digits = col.str.strip_chars()
                value = pl.coalesce(
                    value,
                    pl.when(digits.str.contains(r"^-?[0-9]{1,18}$")).then(
                        _epoch_ms(digits.cast(pl.Int64, strict=False))
                    ),
                )
            failed = col.is_not_null() & v.is_null()
        elif isinstance(dtype, _INT_DTYPES):
            value = _epoch_ms(col.cast(pl.Int64, strict=False))
            failed = col.is_not_null() & v.is_null()
        elif isinstance(dtype, pl.Datetime):
            value = (
                col.dt.replace_time_zone("UTC")
                if dtype.time_zone is None
                else col.dt.convert_time_zone("UTC")
            )
            value = value.dt.cast_time_unit("us")
            failed = pl.lit(False)
        else:
            value = pl.lit(None, dtype=TIMESTAMP)
            failed = None
            failures.append(("bad_type", col.is_not_null(), wrong))
        if _int_col(name) in schema:
            ints = pl.col(_int_col(name))
            value = pl.coalesce(value, _epoch_ms(ints))
            int_failed = ints.is_not_null() & ~ints.is_between(MIN_EPOCH_MS, MAX_EPOCH_MS)
            failed = int_failed if failed is None else failed | int_failed
            wrong_ts = pl.coalesce(_snippet(col, dtype), ints.cast(pl.String))
        else:
            wrong_ts = _snippet(col, dtype)
        if failed is not None:
            failures.append(
                (
                    "bad_timestamp",
                    failed,
                    pl.lit(f"{name}: not RFC 3339 or epoch milliseconds in 1990..2200: ")
                    + wrong_ts,
                )
            )

    if field.minimum is not None and kind in ("int", "float"):
        failures.append(
            (
                "negative_count",
                v < field.minimum,
                pl.lit(f"{name}: ") + v.cast(pl.String) + pl.lit(f" below minimum {field.minimum}"),
            )
        )
    if field.required:
        present = pl.col(name).is_not_null()
        for extra in (_bad_col(name), _int_col(name)):
            if extra in schema:
                present = present | pl.col(extra).is_not_null()
        empty = ~present
        if text and not field.may_be_empty:
            empty = empty | (col.str.len_bytes() == 0)
        failures.append(
            ("missing_field", empty, pl.lit(f"{name}: required field missing or empty"))
        )
    return _FieldCheck(value.cast(target), failures)


# ----------------------------------------------------------------------------- validator


def _quarantine_event_id(schema: pl.Schema) -> pl.Expr:
    if schema.get("event_id") != pl.String:
        return pl.lit(None, dtype=pl.String)
    col = pl.col("event_id")
    readable = (col.str.len_bytes() <= _MAX_QUARANTINE_ID_BYTES) & ~col.str.contains(
        "\x00", literal=True
    )
    return pl.when(readable).then(col)


_BAD: Final = "__bad_row"


@dataclass(frozen=True, slots=True)
class _Plan:
    """The expressions validating one input schema, built once and reused for every batch."""

    checks: tuple[_FieldCheck, ...]
    values: tuple[pl.Expr, ...]
    outputs: tuple[pl.Expr, ...]
    any_failure: pl.Expr | None
    #: Per-field rank of the first failure (index into REASON_ORDER), for failing rows only.
    ranks: tuple[pl.Expr, ...]
    row_rank: pl.Expr
    #: ``row``, ``reason``, ``detail``, ``event_id`` of a quarantine row.
    quarantine: tuple[pl.Expr, ...]


def _failure_exprs(
    checks: tuple[_FieldCheck, ...], schema: pl.Schema
) -> tuple[tuple[pl.Expr, ...], pl.Expr, tuple[pl.Expr, ...]]:
    """Rank, row-rank and quarantine-column expressions: the first problem of each failing row."""
    ranks: list[pl.Expr] = []
    details: list[pl.Expr] = []
    for i, check in enumerate(checks):
        if not check.failures:
            continue
        chain: Any = pl
        for reason, cond, _ in sorted(check.failures, key=lambda t: _RANK[t[0]]):
            chain = chain.when(cond.fill_null(False)).then(pl.lit(_RANK[reason], dtype=pl.UInt8))
        ranks.append(chain.otherwise(None).alias(f"__rank{i}"))
        message: Any = pl
        for reason, _, text in check.failures:
            message = message.when(pl.col(f"__rank{i}") == _RANK[reason]).then(text)
        details.append(
            pl.when(pl.col(f"__rank{i}") == pl.col("__rank")).then(message.otherwise(None))
        )
    names = [e.meta.output_name() for e in ranks]
    row_rank = (pl.min_horizontal(names) if names else pl.lit(None, dtype=pl.UInt8)).alias("__rank")
    quarantine = (
        pl.col("__row").alias("row"),
        pl.col("__rank")
        .replace_strict(list(range(len(REASON_ORDER))), list(REASON_ORDER), return_dtype=pl.String)
        .alias("reason"),
        (pl.coalesce(details) if details else pl.lit(None, dtype=pl.String)).alias("detail"),
        _quarantine_event_id(schema).alias("event_id"),
    )
    return tuple(ranks), row_rank, quarantine


@lru_cache(maxsize=128)
def _plan(
    schema_items: tuple[tuple[str, pl.DataType], ...], fields: tuple[Field, ...], text_values: bool
) -> _Plan:
    schema = pl.Schema(schema_items)
    checks = tuple(
        _check_field(f, schema, text_values, f"__value{i}") for i, f in enumerate(fields)
    )
    conditions = [cond.fill_null(False) for check in checks for _, cond, _ in check.failures]
    ranks, row_rank, quarantine = _failure_exprs(checks, schema)
    return _Plan(
        checks=checks,
        values=tuple(check.value.alias(f"__value{i}") for i, check in enumerate(checks)),
        outputs=tuple(pl.col(f"__value{i}").alias(f.name) for i, f in enumerate(fields)),
        any_failure=pl.any_horizontal(conditions).alias(_BAD) if conditions else None,
        ranks=ranks,
        row_rank=row_rank,
        quarantine=quarantine,
    )


def validate_table(
    records: Sequence[dict[str, Any]] | pa.Table | pa.RecordBatch | pl.DataFrame,
    fields: Sequence[Field],
    *,
    source: str,
    first_row: int = 1,
    rows: Sequence[int] | np.ndarray | None = None,
    text_values: bool = False,
) -> ValidatedBatch:
    """Validate raw records against ``fields`` (events or accounts); see :func:`validate_records`."""
    frame = _raw_frame(records, fields)
    height = frame.height
    if rows is None:
        row_numbers = pl.int_range(first_row, first_row + height, dtype=pl.Int64, eager=True)
    else:
        row_numbers = pl.Series(np.asarray(rows, dtype=np.int64))
        if row_numbers.len() != height:
            raise ValueError(f"{len(row_numbers)} row numbers for {height} records from {source}")
    frame = frame.with_columns(row_numbers.alias("__row"))
    schema = frame.schema

    if any(f.name == "ip" for f in fields) and schema.get("ip") == pl.String:
        frame = frame.with_columns(_valid_ip_mask(frame.get_column("ip")).alias(_IP_OK))

    frame = _pre_parse_timestamps(frame, fields)
    schema = frame.schema
    plan = _plan(tuple(schema.items()), tuple(fields), text_values)
    evaluated = frame.with_columns(plan.values)
    if plan.any_failure is None:
        return ValidatedBatch(accepted=evaluated.select(plan.outputs), quarantined=[])
    # Hot path: one boolean per row; ranks and messages only for the (rare) failing rows.
    result = evaluated.select(*plan.outputs, plan.any_failure)
    bad = result.get_column(_BAD)
    values = result.drop(_BAD)
    if not bad.any():
        return ValidatedBatch(accepted=values, quarantined=[])
    quarantined = (
        evaluated.filter(bad)
        .with_columns(plan.ranks)
        .with_columns(plan.row_rank)
        .select(pl.lit(source).alias("source"), *plan.quarantine)
        .to_dicts()
    )
    accepted = values.filter(~bad)
    return ValidatedBatch(accepted=accepted, quarantined=quarantined)


def validate_records(
    records: Sequence[dict[str, Any]] | pa.Table | pa.RecordBatch | pl.DataFrame,
    *,
    source: str,
    first_row: int = 1,
    rows: Sequence[int] | np.ndarray | None = None,
    text_values: bool = False,
    metadata_only: bool = False,
) -> ValidatedBatch:
    """Validate contract-named raw event records; the one validator every reader and adapter uses.

    ``metadata_only`` (content capture off): ``prompt`` is not required and an absent one
    becomes ``""``; every other rule holds.

    ``records`` is a list of dicts or an Arrow/Polars table of raw values. Rows are numbered
    ``first_row, first_row + 1, ...`` unless ``rows`` gives each record's 1-based line/row
    number. ``text_values`` parses numbers, booleans and epoch ms from text (CSV). Returns
    accepted rows in ``contract.EVENT_SCHEMA`` (all columns, in order) and quarantine rows
    (``source``, ``row``, ``reason``, ``detail``, ``event_id``). No dedup here: see
    :class:`distillwatch.ingest.dedupe.Deduper`.
    """
    batch = validate_table(
        records,
        METADATA_ONLY_FIELDS if metadata_only else EVENT_FIELDS,
        source=source,
        first_row=first_row,
        rows=rows,
        text_values=text_values,
    )
    if metadata_only:
        batch = ValidatedBatch(
            accepted=batch.accepted.with_columns(pl.col("prompt").fill_null("")),
            quarantined=batch.quarantined,
        )
    assert batch.accepted.schema == EVENT_SCHEMA
    return batch


#: Event fields with ``prompt`` optional: logs whose content capture is off.
METADATA_ONLY_FIELDS: tuple[Field, ...] = tuple(
    dataclasses.replace(f, required=False) if f.name == "prompt" else f for f in EVENT_FIELDS
)
