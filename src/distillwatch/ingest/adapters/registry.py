"""Hook the adapters into ingest's reader registry (``fmt="otel"|"litellm"|"mapped"|"contract"``).

Ingest calls a reader as ``reader(path, batch_rows, fields=...)`` without adapter options, so
the options of a run (``--metadata-only``, ``--mapping``) and its counters
(``rows_skipped_non_genai``, the format chosen per file) live in an :class:`AdapterSession`
that the command opens around ``ingest_events`` with :func:`adapter_session`. A reader also
accepts ``options=`` directly, for callers that pass it through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distillwatch.errors import UserError
from distillwatch.ingest import readers
from distillwatch.ingest.adapters.base import AdapterCounts, AdapterOptions
from distillwatch.ingest.adapters.detect import Detected, detect_format
from distillwatch.ingest.adapters.run import validated_batches
from distillwatch.progress import console

#: The contract's own readers, by file ending, for ``--format contract``.
_CONTRACT_READERS = ("jsonl", "parquet", "csv")


@dataclass(slots=True)
class AdapterSession:
    """Options and counters of one ingest run through the adapters."""

    options: AdapterOptions = field(default_factory=AdapterOptions)
    counts: AdapterCounts = field(default_factory=AdapterCounts)
    #: Format ``--format auto`` chose for each file, and why.
    formats: dict[str, Detected] = field(default_factory=dict)
    #: (mtime, size) of each file when its format was chosen, so a rewritten file is re-read.
    versions: dict[str, tuple[int, int]] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        """Keys to add to ``summary.json`` next to the contract row counts."""
        return {
            "rows_skipped_non_genai": self.counts.rows_skipped_non_genai,
            "rows_without_prompt": self.counts.rows_without_prompt,
            "metadata_only": self.options.metadata_only,
            "input_formats": {path: d.fmt for path, d in self.formats.items()},
        }


_SESSION: ContextVar[AdapterSession | None] = ContextVar(
    "distillwatch_adapter_session", default=None
)


@contextmanager
def adapter_session(options: AdapterOptions | None = None) -> Iterator[AdapterSession]:
    """Run ingest with these adapter options; the yielded session collects the counters."""
    session = AdapterSession(options=options or AdapterOptions())
    token = _SESSION.set(session)
    try:
        yield session
    finally:
        _SESSION.reset(token)


#: Used when no session is open: default options, process-wide counters and format choices.
_DEFAULT_SESSION = AdapterSession()


def current_session() -> AdapterSession:
    """The open session, or the process-wide default one (default options)."""
    return _SESSION.get() or _DEFAULT_SESSION


def _contract_reader(path: Path) -> readers.Reader:
    lower = path.name.lower()
    for ext in sorted(readers.EXTENSIONS, key=len, reverse=True):
        if lower.endswith(ext) and readers.EXTENSIONS[ext] in _CONTRACT_READERS:
            return readers.READERS[readers.EXTENSIONS[ext]]
    with path.open("rb") as handle:
        magic = handle.read(4)
    return readers.READERS["parquet" if magic == b"PAR1" else "jsonl"]


def read_contract(path: Path, batch_rows: int = readers.BATCH_ROWS, **kwargs: Any) -> Iterator[Any]:
    """``--format contract``: the contract's JSONL/Parquet/CSV reader chosen by file ending."""
    kwargs.pop("options", None)
    yield from _contract_reader(path)(path, batch_rows, **kwargs)


def _adapter_reader(fmt: str) -> readers.Reader:
    def read(
        path: Path,
        batch_rows: int = readers.BATCH_ROWS,
        *,
        fields: str = "events",
        options: AdapterOptions | None = None,
    ) -> Iterator[Any]:
        if fields != "events":  # an accounts table is always in contract shape
            yield from read_contract(path, batch_rows, fields=fields)
            return
        session = current_session()
        yield from validated_batches(
            path, fmt, options or session.options, session.counts, batch_rows=batch_rows
        )

    read.__name__ = f"read_{fmt}"
    read.__doc__ = f"``--format {fmt}``: adapter records validated by the one ingest validator."
    return read


def _detected(path: Path) -> Detected:
    """This run's format decision for ``path``, made once (the sniffers all ask)."""
    session = current_session()
    key = str(path)
    try:
        stat = path.stat()
        version = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        version = (0, 0)
    if session.versions.get(key) != version:  # first look, or the file changed since
        session.formats.pop(key, None)
        session.versions[key] = version
    if key not in session.formats:
        try:
            session.formats[key] = detect_format(path, mapping=session.options.mapping)
        except UserError as err:  # unknown shape: ingest reads it as contract and quarantines
            reason = str(err).removeprefix(f"{path}: ")
            session.formats[key] = Detected("contract", f"not recognised: {reason}")
        chosen = session.formats[key]
        if chosen.fmt != "contract" or chosen.why.startswith("not recognised"):
            console.print(f"{path}: read as {chosen.fmt} ({chosen.why})", highlight=False)
    return session.formats[key]


def _sniffer(fmt: str) -> Callable[[Path, bytes | None], bool]:
    def sniff(path: Path, head: bytes | None) -> bool:
        return _detected(path).fmt == fmt

    return sniff


def register() -> None:
    """Add ``contract``, ``otel``, ``litellm`` and ``mapped`` to ingest's reader registry."""
    readers.register_reader("contract", read_contract)
    # ``mapped`` first: an explicit --mapping beats recognising a known format.
    for fmt in ("mapped", "otel", "litellm"):
        readers.register_reader(fmt, _adapter_reader(fmt), sniff=_sniffer(fmt))


def check_options(fmt: str, options: AdapterOptions) -> None:
    """One-line errors for option combinations that cannot work, before any file is read."""
    if fmt == "mapped" and options.mapping is None:
        raise UserError(
            "--format mapped needs --mapping FILE (a TOML field mapping; see docs/ADAPTERS.md)"
        )
    if options.mapping is not None and fmt not in ("auto", "mapped"):
        raise UserError(f"--mapping applies to --format mapped (or auto), not --format {fmt}")
