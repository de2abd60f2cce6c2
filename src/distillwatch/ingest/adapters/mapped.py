"""User-defined mappings: a small TOML file maps any JSON/Parquet/CSV field paths to contract fields.

So a provider's own access logs load without code, in the spirit of SIEM field-mapping
pipelines. The file format is documented in docs/ADAPTERS.md; a wrong mapping is a
:class:`UserError` naming the mapping file, the field and the fix.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson
import polars as pl

from distillwatch.contract import EVENT_FIELDS
from distillwatch.errors import UserError
from distillwatch.ingest.adapters.base import (
    AdapterCounts,
    AdapterOptions,
    Record,
    Rejected,
    finish_prompt,
    iter_json_lines,
    open_text,
    rfc3339_from_epoch_ns,
)

#: Path step: a mapping key or a list index (negative counts from the end).
Step = str | int

#: ``transform =`` values and what they do to the fetched value.
TRANSFORMS = frozenset(
    {"epoch_s", "epoch_ms", "epoch_us", "epoch_ns", "count", "int", "float", "str", "json"}
)
_EPOCH_NS = {"epoch_s": 1_000_000_000, "epoch_ms": 1_000_000, "epoch_us": 1_000, "epoch_ns": 1}
_SPEC_KEYS = frozenset(
    {
        "path",
        "json_path",
        "const",
        "default",
        "transform",
        "split",
        "part",
        "lower",
        "upper",
        "strip",
        "regex",
    }
)
_CONTRACT_NAMES = frozenset(f.name for f in EVENT_FIELDS)
#: Contract fields whose CSV text is parsed as numbers when the mapping gives no transform.
_TEXT_NUMBERS = {f.name: f.dtype for f in EVENT_FIELDS if f.dtype in (pl.Int64(), pl.Float64())}
_STEP = re.compile(r"""\.?([^.\[\]]+)|\[(-?\d+)\]|\["([^"]*)"\]""")


def parse_path(text: str) -> tuple[Step, ...]:
    """``a.b[0]["x.y"]`` -> ``("a", "b", 0, "x.y")``; ``ValueError`` when it is not a path."""
    steps: list[Step] = []
    pos = 0
    while pos < len(text):
        match = _STEP.match(text, pos)
        if match is None or match.end() == pos:
            raise ValueError(f"cannot read path {text!r} at character {pos + 1}")
        key, index, quoted = match.groups()
        steps.append(int(index) if index is not None else (quoted if quoted is not None else key))
        pos = match.end()
    if not steps:
        raise ValueError("empty path")
    return tuple(steps)


def get_path(doc: Any, steps: tuple[Step, ...]) -> Any:
    """Follow ``steps`` into nested dicts/lists; ``None`` when any step is missing."""
    for step in steps:
        if isinstance(step, int):
            if not isinstance(doc, list) or not -len(doc) <= step < len(doc):
                return None
            doc = doc[step]
        elif isinstance(doc, dict):
            doc = doc.get(step)
        else:
            return None
        if doc is None:
            return None
    return doc


@dataclass(frozen=True, slots=True)
class FieldRule:
    """How one contract field is computed from a source record."""

    paths: tuple[tuple[Step, ...], ...] = ()
    const: Any = None
    default: Any = None
    transform: str | None = None
    split: str | None = None
    part: int = 0
    lower: bool = False
    upper: bool = False
    strip: bool = False
    regex: re.Pattern[str] | None = None
    #: Path inside a value that is itself JSON text (a request body logged as a string).
    json_path: tuple[Step, ...] | None = None

    def apply(self, doc: Any) -> Any:
        """The field's raw value for one record (the validator still checks its type).

        The first path with a non-empty value wins; ``""`` counts as absent (empty CSV cells).
        """
        if self.const is not None:
            return self.const
        value = next((v for p in self.paths if (v := get_path(doc, p)) not in (None, "")), None)
        if value is not None and self.json_path is not None:
            value = _inside_json(value, self.json_path)
        if value is None or value == "":
            return self.default
        if isinstance(value, str):
            value = self._text(value)
            if value is None:
                return self.default
        return _transform(value, self.transform) if self.transform else value

    def _text(self, value: str) -> str | None:
        if self.regex is not None:
            match = self.regex.search(value)
            if match is None:
                return None
            value = match.group(1) if match.groups() else match.group(0)
        if self.split is not None:
            pieces = value.split(self.split)
            if not -len(pieces) <= self.part < len(pieces):
                return None
            value = pieces[self.part]
        if self.strip:
            value = value.strip()
        if self.lower:
            value = value.lower()
        if self.upper:
            value = value.upper()
        return value


def _inside_json(value: Any, steps: tuple[Step, ...]) -> Any:
    """Follow ``steps`` into a JSON text value (or an already structured one); ``None`` if absent."""
    if isinstance(value, str | bytes):
        try:
            value = orjson.loads(value)
        except orjson.JSONDecodeError:
            return None
    return get_path(value, steps)


def _transform(value: Any, transform: str) -> Any:
    """Apply a named transform; a value it cannot convert is passed on for the validator to judge."""
    if transform in _EPOCH_NS:
        try:
            number = value
            if isinstance(value, str):
                number = int(value) if value.strip().lstrip("-").isdigit() else float(value)
            if isinstance(number, bool) or not isinstance(number, int | float):
                return value
            unit = _EPOCH_NS[transform]
            if isinstance(number, int):
                return rfc3339_from_epoch_ns(number * unit)
            whole = math.floor(number)  # whole and fraction apart: no float rounding at 1e15+
            return rfc3339_from_epoch_ns(int(whole) * unit + round((number - whole) * unit))
        except (ValueError, OverflowError, OSError):
            return value
    if transform == "count":
        return len(value) if isinstance(value, list | dict) else value
    if transform == "json":
        return orjson.dumps(value).decode() if not isinstance(value, str) else value
    try:
        if transform == "int":
            return int(value)
        if transform == "float":
            return float(value)
    except (TypeError, ValueError):
        return value
    return str(value)


@dataclass(frozen=True, slots=True)
class Mapping:
    """A parsed mapping file: where the records are and how each contract field is computed."""

    source: Path
    fields: dict[str, FieldRule]
    records: tuple[Step, ...] | None = None

    def record(self, doc: Any, *, text_source: bool = False) -> Record:
        """Contract record for one source record; ``text_source`` (CSV) parses numbers from text."""
        out = {name: rule.apply(doc) for name, rule in self.fields.items()}
        if text_source:
            for name, value in out.items():
                if value == "":
                    out[name] = None
                elif (
                    name in _TEXT_NUMBERS
                    and isinstance(value, str)
                    and self.fields[name].transform is None
                ):
                    out[name] = _transform(
                        value, "int" if _TEXT_NUMBERS[name] == pl.Int64() else "float"
                    )
        return out


def load_mapping(path: Path) -> Mapping:
    """Parse and check a TOML mapping file; every mistake is a one-line :class:`UserError`.

    Parsed once per file version (path and modification time), so a service can call it per
    request.
    """
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = -1
    return _load_mapping(path, stamp)


@lru_cache(maxsize=32)
def _load_mapping(path: Path, stamp: int) -> Mapping:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(
            f"{path}: mapping file not found; pass --mapping FILE with a TOML mapping"
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise UserError(
            f"{path}: not valid TOML ({err}); see docs/ADAPTERS.md for the format"
        ) from None
    unknown_tables = set(data) - {"source", "fields"}
    if unknown_tables:
        raise UserError(
            f"{path}: unknown table(s) {sorted(unknown_tables)}; only [source] and [fields]"
        )
    table = data.get("fields")
    if not isinstance(table, dict) or not table:
        raise UserError(f"{path}: no [fields] table; map at least the required contract fields")
    fields = {name: _rule(path, name, spec) for name, spec in table.items()}
    records = None
    source = data.get("source", {})
    if not isinstance(source, dict) or set(source) - {"records"}:
        raise UserError(f'{path}: [source] takes only records = "dotted.path" to the record list')
    if "records" in source:
        records = _path(path, "source.records", source["records"])
    return Mapping(source=path, fields=fields, records=records)


def _path(path: Path, where: str, text: Any) -> tuple[Step, ...]:
    if not isinstance(text, str):
        raise UserError(
            f'{path}: {where}: a path must be a string like "body.messages[-1].content"'
        )
    try:
        return parse_path(text)
    except ValueError as err:
        raise UserError(
            f'{path}: {where}: {err}; write paths like a.b[0].c or a["dotted.key"]'
        ) from None


def _rule(path: Path, name: str, spec: Any) -> FieldRule:
    where = f"fields.{name}"
    if name not in _CONTRACT_NAMES:
        raise UserError(
            f"{path}: {where}: not a contract event field; use one of {sorted(_CONTRACT_NAMES)}"
        )
    if isinstance(spec, str | list):
        spec = {"path": spec}
    if not isinstance(spec, dict):
        raise UserError(f'{path}: {where}: give a path string or a table like {{ path = "..." }}')
    unknown = set(spec) - _SPEC_KEYS
    if unknown:
        raise UserError(
            f"{path}: {where}: unknown key(s) {sorted(unknown)}; allowed {sorted(_SPEC_KEYS)}"
        )
    raw_paths = spec.get("path", [])
    raw_paths = [raw_paths] if isinstance(raw_paths, str) else raw_paths
    if not isinstance(raw_paths, list) or (
        "const" not in spec and not raw_paths and "default" not in spec
    ):
        raise UserError(
            f'{path}: {where}: needs path = "..." (or a list of paths), const or default'
        )
    transform = spec.get("transform")
    if transform is not None and transform not in TRANSFORMS:
        raise UserError(
            f"{path}: {where}: unknown transform {transform!r}; use one of {sorted(TRANSFORMS)}"
        )
    part = spec.get("part", 0)
    if not isinstance(part, int) or ("part" in spec and "split" not in spec):
        raise UserError(f'{path}: {where}: part must be an integer and goes with split = "sep"')
    try:
        regex = re.compile(spec["regex"]) if "regex" in spec else None
    except (re.error, TypeError) as err:
        raise UserError(f"{path}: {where}: bad regex ({err})") from None
    return FieldRule(
        paths=tuple(_path(path, where, p) for p in raw_paths),
        const=spec.get("const"),
        default=spec.get("default"),
        transform=transform,
        split=spec.get("split"),
        part=part,
        lower=bool(spec.get("lower", False)),
        upper=bool(spec.get("upper", False)),
        strip=bool(spec.get("strip", False)),
        regex=regex,
        json_path=_path(path, f"{where}.json_path", spec["json_path"])
        if "json_path" in spec
        else None,
    )


def _source_rows(path: Path, mapping: Mapping) -> Iterator[tuple[int, Any]]:
    """``(row_number, source record | Rejected)``: JSONL lines, JSON documents, Parquet/CSV rows."""
    name = path.name.lower().removesuffix(".gz").removesuffix(".zst")
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        row = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=8192):
            for doc in batch.to_pylist():
                row += 1
                yield row, doc
        return
    if name.endswith(".csv"):
        import csv

        with open_text(path) as handle:
            for row, doc in enumerate(csv.DictReader(handle), start=2):  # line 1 is the header
                yield row, doc
        return
    if name.endswith(".json"):
        with open_text(path) as handle:
            try:
                whole = orjson.loads(handle.read())
            except orjson.JSONDecodeError as err:
                yield 1, Rejected(1, "unparseable", f"not JSON: {err}")
                return
        # One document: its records are numbered 1, 2, ... in document order.
        yield from enumerate(_unwrap(whole, mapping, 1), start=1)
        return
    # JSON Lines: every record found on a line carries that line's number.
    for line_no, doc in iter_json_lines(path):
        for item in [doc] if isinstance(doc, Rejected) else _unwrap(doc, mapping, line_no):
            yield line_no, item


def _unwrap(doc: Any, mapping: Mapping, row: int) -> list[Any]:
    """The records inside one JSON value: the ``[source] records`` list, a bare list, or itself."""
    if mapping.records is not None:
        inner = get_path(doc, mapping.records)
        if not isinstance(inner, list):
            where = ".".join(map(str, mapping.records))
            return [Rejected(row, "unparseable", f"no record list at [source] records = {where!r}")]
        return inner
    return doc if isinstance(doc, list) else [doc]


def _mapping_of(options: AdapterOptions, where: Path | str) -> Mapping:
    if options.mapping is None:
        raise UserError(f"{where}: --format mapped needs --mapping FILE (a TOML field mapping)")
    return load_mapping(options.mapping)


def _convert(
    rows: Iterable[tuple[int, Any]],
    mapping: Mapping,
    options: AdapterOptions,
    counts: AdapterCounts,
    text_source: bool = False,
) -> Iterator[tuple[int, Record | Rejected]]:
    for row, doc in rows:
        if isinstance(doc, Rejected):
            yield row, doc
        elif not isinstance(doc, dict):
            yield row, Rejected(row, "unparseable", "record is not a JSON object")
        else:
            yield row, finish_prompt(mapping.record(doc, text_source=text_source), options, counts)


def records_from_docs(
    docs: Iterable[tuple[int, Any]], options: AdapterOptions, counts: AdapterCounts
) -> Iterator[tuple[int, Record | Rejected]]:
    """Records of already parsed JSON values ``(row_number, value | Rejected)`` (e.g. a POST body)."""
    mapping = _mapping_of(options, "request")
    rows = (
        (row, item)
        for row, doc in docs
        for item in ([doc] if isinstance(doc, Rejected) else _unwrap(doc, mapping, row))
    )
    yield from _convert(rows, mapping, options, counts)


def iter_records(
    path: Path, options: AdapterOptions, counts: AdapterCounts
) -> Iterator[tuple[int, Record | Rejected]]:
    """Yield ``(row_number, record | Rejected)`` for each source record under ``options.mapping``."""
    mapping = _mapping_of(options, path)
    text_source = path.name.lower().removesuffix(".gz").removesuffix(".zst").endswith(".csv")
    yield from _convert(_source_rows(path, mapping), mapping, options, counts, text_source)
