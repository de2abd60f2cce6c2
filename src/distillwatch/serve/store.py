"""The service's single-file database: SQLite in WAL mode.

It holds the event window (as zstd Arrow IPC blocks, one per ingested batch: fast to
write and to read back whole for detection), the ids seen (for idempotent ingest), per-account state,
scores, campaigns, evidence, the decision log, overrides and API keys. Every ingest
batch is one transaction, so an acknowledged batch survives a SIGKILL and a retried
one is counted as duplicates, never twice.
"""

from __future__ import annotations

import io
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

import orjson
import polars as pl

from distillwatch.contract import ACCOUNT_FIELDS, ACCOUNT_SCHEMA, EVENT_FIELDS, EVENT_SCHEMA
from distillwatch.errors import UserError

SCHEMA_VERSION: Final = "1"

_SQL_TYPES: Final = {pl.String: "TEXT", pl.Int64: "INTEGER", pl.Float64: "REAL"}


def _sql_type(dtype: pl.DataType) -> str:
    """SQLite column type of a contract dtype (timestamps and booleans are integers)."""
    return _SQL_TYPES.get(type(dtype), "INTEGER")


EVENT_COLUMNS: Final = tuple(f.name for f in EVENT_FIELDS)
ACCOUNT_COLUMNS: Final = tuple(f.name for f in ACCOUNT_FIELDS)

_DDL: Final = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS event_blocks(block_id INTEGER PRIMARY KEY, min_ts INTEGER NOT NULL,
  max_ts INTEGER NOT NULL, n INTEGER NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS event_blocks_ts ON event_blocks(max_ts);
CREATE TABLE IF NOT EXISTS event_ids(event_id TEXT PRIMARY KEY, timestamp INTEGER NOT NULL)
  WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_ids_ts ON event_ids(timestamp);
CREATE TABLE IF NOT EXISTS counters(name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS quarantine(id INTEGER PRIMARY KEY, at INTEGER, source TEXT,
  row INTEGER, reason TEXT, detail TEXT, event_id TEXT);
CREATE TABLE IF NOT EXISTS batches(idempotency_key TEXT PRIMARY KEY, at INTEGER,
  response TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS account_state(account_id TEXT PRIMARY KEY, n_events INTEGER,
  first_ts INTEGER, last_ts INTEGER, models TEXT, sketch BLOB, org_id TEXT);
CREATE TABLE IF NOT EXISTS accounts({", ".join(f"{f.name} {_sql_type(f.dtype)}" for f in ACCOUNT_FIELDS)},
  PRIMARY KEY(account_id));
CREATE TABLE IF NOT EXISTS scores(account_id TEXT PRIMARY KEY, score REAL, flagged INTEGER,
  campaign_id TEXT, reasons TEXT, evidence_id TEXT, run_id INTEGER, as_of INTEGER);
CREATE TABLE IF NOT EXISTS campaigns(campaign_id TEXT PRIMARY KEY, active INTEGER,
  accounts TEXT, data TEXT, first_run INTEGER, last_run INTEGER, updated_at INTEGER);
CREATE TABLE IF NOT EXISTS evidence(evidence_id TEXT PRIMARY KEY, account_id TEXT,
  campaign_id TEXT, run_id INTEGER, as_of INTEGER, created_at INTEGER, data TEXT);
CREATE TABLE IF NOT EXISTS decisions(decision_id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER, as_of INTEGER, account_id TEXT, model TEXT, action TEXT, params TEXT,
  reason TEXT, evidence_id TEXT, actor TEXT, mode TEXT, enforced INTEGER);
CREATE INDEX IF NOT EXISTS decisions_at ON decisions(at);
CREATE TABLE IF NOT EXISTS current_decisions(account_id TEXT PRIMARY KEY, action TEXT,
  params TEXT, reason TEXT, evidence_id TEXT, actor TEXT, decision_id INTEGER);
CREATE TABLE IF NOT EXISTS overrides(account_id TEXT PRIMARY KEY, action TEXT, params TEXT,
  reason TEXT, actor TEXT, created_at INTEGER, expires_at INTEGER);
CREATE TABLE IF NOT EXISTS api_keys(key_id TEXT PRIMARY KEY, role TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE, label TEXT, created_at INTEGER, revoked_at INTEGER);
CREATE TABLE IF NOT EXISTS runs(run_id INTEGER PRIMARY KEY, started_at INTEGER,
  finished_at INTEGER, as_of INTEGER, n_events INTEGER, n_accounts INTEGER,
  n_flagged INTEGER, n_campaigns INTEGER, seconds REAL, error TEXT);
"""


def now_us() -> int:
    """Wall-clock time in epoch microseconds (the unit of every stored time)."""
    return time.time_ns() // 1000


def dumps(value: Any) -> str:
    """Compact JSON text for a stored column."""
    return orjson.dumps(
        value, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY, default=str
    ).decode()


def loads(text: str | bytes | None) -> Any:
    """Parse a stored JSON column (None stays None)."""
    return None if text is None else orjson.loads(text)


class Store:
    """SQLite database of one service; a writer connection (serialised) and a reader one.

    WAL mode lets the background re-scorer read the event window while ingest writes.
    ``synchronous=NORMAL`` keeps every committed transaction through a process crash
    (SIGKILL); only an OS crash or power loss can drop the last commits.
    """

    def __init__(
        self, path: Path | str, *, synchronous: str = "NORMAL", readonly: bool = False
    ) -> None:
        self.path = Path(path)
        self.lock = threading.RLock()
        self._read_lock = threading.Lock()
        if readonly:  # the re-scoring child: reads only, never creates
            self._r = sqlite3.connect(
                f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
            )
            self._r.execute("PRAGMA busy_timeout=30000")
            self._w = self._r
            return
        if not self.path.parent.is_dir():
            raise UserError(
                f"{self.path}: folder {self.path.parent} does not exist; create it or pick another --db"
            )
        try:
            self._w = self._connect(synchronous)
            self._r = self._connect(synchronous)
            with self.lock:
                self._w.executescript(_DDL)
        except sqlite3.DatabaseError as err:
            raise UserError(
                f"{self.path}: not a distillwatch database ({err}); pass a new file to --db"
            ) from err
        version = self.meta("schema_version")
        if version is None:
            self.set_meta("schema_version", SCHEMA_VERSION)
        elif version != SCHEMA_VERSION:
            raise UserError(
                f"{self.path}: database schema {version}, this distillwatch needs {SCHEMA_VERSION}"
            )

    def _connect(self, synchronous: str) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute(f"PRAGMA synchronous={synchronous}")
        con.execute("PRAGMA busy_timeout=30000")
        return con

    def close(self) -> None:
        """Close both connections."""
        self._w.close()
        if self._r is not self._w:
            self._r.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Cursor]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT), serialised across threads."""
        with self.lock:
            cur = self._w.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            cur.execute("COMMIT")

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-only query on the reader connection."""
        with self._read_lock:
            return self._r.execute(sql, params).fetchall()

    # -- meta and counters -------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        """A stored setting, or None."""
        rows = self.read("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str, cur: sqlite3.Cursor | None = None) -> None:
        """Store a setting (inside ``cur``'s transaction when given)."""
        sql = "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        if cur is not None:
            cur.execute(sql, (key, value))
            return
        with self.write() as c:
            c.execute(sql, (key, value))

    def counters(self) -> dict[str, int]:
        """All persisted counters."""
        return dict(self.read("SELECT name, value FROM counters"))

    @staticmethod
    def add_counters(cur: sqlite3.Cursor, deltas: dict[str, int]) -> None:
        """Add to persisted counters inside the caller's transaction."""
        cur.executemany(
            "INSERT INTO counters(name, value) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
            [(k, v) for k, v in deltas.items() if v],
        )

    # -- events ------------------------------------------------------------------------

    @staticmethod
    def known_ids(cur: sqlite3.Cursor, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` were already ingested (joined through a temp table)."""
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS batch_ids(event_id TEXT PRIMARY KEY)")
        cur.execute("DELETE FROM batch_ids")
        cur.executemany("INSERT OR IGNORE INTO batch_ids VALUES (?)", ((i,) for i in ids))
        rows = cur.execute(
            "SELECT b.event_id FROM batch_ids b JOIN event_ids e ON e.event_id = b.event_id"
        ).fetchall()
        return {r[0] for r in rows}

    @staticmethod
    def insert_events(cur: sqlite3.Cursor, events: pl.DataFrame) -> None:
        """Append validated, new events (contract schema) as one block, and their ids."""
        ts = events["timestamp"].dt.epoch("us")
        buf = io.BytesIO()
        events.select(EVENT_COLUMNS).write_ipc(buf, compression="zstd")
        cur.execute(
            "INSERT INTO event_blocks(min_ts, max_ts, n, data) VALUES (?, ?, ?, ?)",
            (ts.min(), ts.max(), events.height, buf.getvalue()),
        )
        cur.executemany(
            "INSERT INTO event_ids VALUES (?, ?)",
            zip(events["event_id"].to_list(), ts.to_list(), strict=True),
        )

    def window(self, start_us: int, end_us: int, max_rows: int) -> pl.DataFrame:
        """Events with ``start <= timestamp <= end`` (the newest ``max_rows``), contract schema."""
        blobs = self.read(
            "SELECT data FROM event_blocks WHERE max_ts >= ? AND min_ts <= ? ORDER BY block_id",
            (start_us, end_us),
        )
        if not blobs:
            return pl.DataFrame(schema=EVENT_SCHEMA)
        start = pl.lit(start_us).cast(pl.Int64)
        end = pl.lit(end_us).cast(pl.Int64)
        ts = pl.col("timestamp").dt.epoch("us")
        frame = (
            pl.concat([pl.read_ipc(io.BytesIO(b[0])) for b in blobs])
            .filter(ts.is_between(start, end))
            .sort("timestamp")
        )
        return frame.tail(max_rows).cast(dict(EVENT_SCHEMA))  # type: ignore[arg-type]

    def accounts_frame(self) -> pl.DataFrame | None:
        """The account facts table (contract section 2), or None when there is none."""
        rows = self.read(f"SELECT {', '.join(ACCOUNT_COLUMNS)} FROM accounts")
        if not rows:
            return None
        ts = {c for c in ACCOUNT_COLUMNS if ACCOUNT_SCHEMA[c] == EVENT_SCHEMA["timestamp"]}
        schema = {c: (pl.Int64 if c in ts else ACCOUNT_SCHEMA[c]) for c in ACCOUNT_COLUMNS}
        frame = pl.DataFrame(rows, schema=schema, orient="row")
        return frame.cast(dict(ACCOUNT_SCHEMA))  # type: ignore[arg-type]

    def n_events(self) -> int:
        """Events held in the window."""
        return int(self.read("SELECT coalesce(sum(n), 0) FROM event_blocks")[0][0])

    def max_event_ts(self) -> int | None:
        """Latest event time ingested, epoch microseconds."""
        return self.read("SELECT max(timestamp) FROM event_ids")[0][0]

    def prune(self, *, events_before_us: int, ids_before_us: int) -> tuple[int, int]:
        """Drop blocks wholly older than the window and ids older than the dedupe horizon."""
        with self.write() as cur:
            cur.execute("DELETE FROM event_blocks WHERE max_ts < ?", (events_before_us,))
            n_events = cur.rowcount
            cur.execute("DELETE FROM event_ids WHERE timestamp < ?", (ids_before_us,))
            return n_events, cur.rowcount

    # -- generic helpers -----------------------------------------------------------------

    @staticmethod
    def upsert(
        cur: sqlite3.Cursor, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
    ) -> None:
        """INSERT OR REPLACE rows of ``table``."""
        marks = ", ".join("?" * len(columns))
        cur.executemany(
            f"INSERT OR REPLACE INTO {table}({', '.join(columns)}) VALUES ({marks})", rows
        )
