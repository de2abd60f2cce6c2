"""``--format auto``: recognise a file's log format from its first records and say why."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from distillwatch.contract import ACCOUNT_FIELDS, REQUIRED_EVENT_FIELDS
from distillwatch.errors import UserError
from distillwatch.ingest.adapters import litellm, otel
from distillwatch.ingest.adapters.base import Rejected, iter_json_lines

#: Values ``--format`` accepts.
FORMATS = ("auto", "contract", "otel", "litellm", "mapped")

#: How many leading records are looked at before giving up.
SNIFF_RECORDS = 5

_ACCOUNT_NAMES = frozenset(f.name for f in ACCOUNT_FIELDS)

#: Contract fields whose presence marks a record as already in contract shape (prompt may be off).
_CONTRACT_MARKERS = frozenset(REQUIRED_EVENT_FIELDS) - {"prompt"}


@dataclass(frozen=True, slots=True)
class Detected:
    """The chosen format of one file and the evidence, for the "which format I chose" message."""

    fmt: str
    why: str


def _base_name(path: Path) -> str:
    return path.name.lower().removesuffix(".gz").removesuffix(".zst")


def _looks_contract(doc: Any) -> bool:
    """Contract events (their required names) or an accounts row (only account fields)."""
    if not isinstance(doc, dict):
        return False
    keys = set(doc)
    return keys >= _CONTRACT_MARKERS or ("account_id" in keys and keys <= _ACCOUNT_NAMES)


def detect_format(path: Path, *, mapping: Path | None = None) -> Detected:
    """Pick ``contract``/``otel``/``litellm``/``mapped`` for ``path``; ``UserError`` if none fits.

    A ``--mapping`` file means ``mapped``. Parquet and CSV are the contract's tabular
    forms. JSON Lines are recognised from the first parseable record: OTLP
    (``resourceSpans``), LiteLLM (``call_type`` + ``startTime``/``model_parameters``) or
    contract field names (events, or an accounts table).
    """
    if mapping is not None:
        return Detected("mapped", f"--mapping {mapping} given")
    name = _base_name(path)
    if name.endswith((".parquet", ".csv")):
        return Detected("contract", f"{name.rsplit('.', 1)[-1]} file: the contract's tabular form")
    seen: list[str] = []
    for line_no, doc in islice(iter_json_lines(path), SNIFF_RECORDS):
        if isinstance(doc, Rejected):
            continue
        if otel.sniff(doc):
            return Detected("otel", f"OTLP/JSON trace export (resourceSpans on line {line_no})")
        if litellm.sniff(doc):
            return Detected(
                "litellm", f"LiteLLM StandardLoggingPayload (call_type on line {line_no})"
            )
        if _looks_contract(doc):
            return Detected("contract", f"contract field names on line {line_no}")
        if isinstance(doc, dict):
            seen = sorted(doc)[:12]
    if not seen:
        return Detected("contract", "no JSON record in the first lines; read as contract")
    raise UserError(
        f"{path}: cannot recognise the log format (first record has keys {seen}); "
        "pass --format otel|litellm|contract, or --mapping FILE to map your own fields"
    )
