"""The live service without HTTP: ingest, check, re-scoring, overrides, audit.

One :class:`Service` owns the database, the in-memory caches /v1/check reads and a
background re-scoring thread. Re-scoring calls the same ``pipeline.detect`` as ``scan``
on the event window held in the database, on a cadence of event time and of event
count, and never holds the write lock while detection runs.
"""

from __future__ import annotations

import collections
import functools
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import polars as pl
import xxhash

from distillwatch.contract import ACCOUNT_FIELDS, ACCOUNT_SCHEMA
from distillwatch.ingest import read_accounts, validate_records
from distillwatch.ingest.validate import validate_table
from distillwatch.serve import state as account_state
from distillwatch.serve.body import adapt_documents, parse_body
from distillwatch.serve.campaigns import match_campaigns
from distillwatch.serve.decisions import Decision, DecisionCache, Facts, Verdict, check
from distillwatch.serve.geo import CountryLookup
from distillwatch.serve.policy import ACTIONS, Policy, decide_accounts
from distillwatch.serve.store import ACCOUNT_COLUMNS, Store, dumps, loads, now_us
from distillwatch.serve.worker import DetectWorker

log = logging.getLogger("distillwatch.serve")

SOURCE = "POST /v1/events"
_US_PER_HOUR = 3_600_000_000


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """Tunables of the live service (CLI options of ``distillwatch serve``)."""

    window_hours: float = 168.0
    max_window_rows: int = 500_000
    rescore_every_events: int = 20_000
    rescore_every_minutes: float = 60.0
    dedupe_days: float = 30.0
    max_body_bytes: int = 32 * 1024 * 1024
    max_batch_rows: int = 50_000
    background: bool = True
    #: run detection in a lower-priority child process, so it cannot starve ingest and checks
    detect_in_subprocess: bool = False
    audit_repeat_seconds: float = 3600.0


@dataclass(slots=True)
class Counters:
    """Totals exposed on /metrics (event totals persist across restarts)."""

    persisted: dict[str, int] = field(default_factory=dict)
    checks: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    check_seconds: collections.deque[float] = field(
        default_factory=lambda: collections.deque(maxlen=20_000)
    )


def _default_detect() -> Callable[..., Any]:
    """``pipeline.detect``, the one detection `scan` runs too (imported where it runs)."""
    from distillwatch.pipeline import detect

    return detect


@dataclass(frozen=True, slots=True)
class WindowDetection:
    """What re-scoring needs of a ``pipeline.Detection`` (picklable across processes)."""

    accounts: pl.DataFrame
    campaigns: list[dict[str, Any]]
    n_events: int


def detect_window(
    store: Store | str,
    start_us: int,
    end_us: int,
    max_rows: int,
    *,
    detect: Callable[..., Any] | None = None,
    memo: Any = None,
) -> WindowDetection:
    """Run ``pipeline.detect`` (or an injected one) on the stored window ``[start, end]``.

    Takes a database path when it runs in the re-scoring child process. ``memo`` (a
    ``PromptMemo`` kept across runs) spares ``pipeline.detect`` the prompts an earlier run
    of the overlapping window annotated.
    """
    db = Store(store, readonly=True) if isinstance(store, str) else store
    run = detect or functools.partial(_default_detect(), memo=memo)
    try:
        events = db.window(start_us, end_us, max_rows)
        found = run(events.lazy(), db.accounts_frame())
    finally:
        if db is not store:
            db.close()
    return WindowDetection(found.accounts, list(found.campaigns), events.height)


def _reasons_list(col: pl.Series) -> pl.Series:
    """Detection reasons as list[str], whether given as a list or a ';'-joined string."""
    if col.dtype == pl.String:
        return col.fill_null("").str.split(";").list.eval(pl.element().filter(pl.element() != ""))
    return col.cast(pl.List(pl.String))


def _jsonable(value: Any) -> Any:
    """A detection value (Polars row, numpy scalar, datetime) in JSON-ready form."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


class Service:
    """The live detection and decision service over one database."""

    def __init__(
        self,
        store: Store,
        policy: Policy,
        *,
        config: ServeConfig | None = None,
        geo: CountryLookup | None = None,
        detect: Callable[..., Any] | None = None,
        validate: Callable[..., Any] | None = None,
        validate_accounts: Callable[..., Any] | None = None,
        read_accounts: Callable[..., pl.DataFrame] | None = None,
    ) -> None:
        self.store = store
        self.policy = policy
        self.config = config or ServeConfig()
        self.geo = geo or CountryLookup()
        self._detect = detect
        self._validate = validate or validate_records
        self._validate_accounts = validate_accounts or partial(
            validate_table, fields=ACCOUNT_FIELDS
        )
        self._read_accounts = read_accounts
        self.counters = Counters(persisted=store.counters())
        self.states: dict[str, account_state.AccountState] = {}
        self.cache = DecisionCache()
        self.campaigns: dict[str, dict[str, Any]] = {}
        self.max_ts: int | None = store.max_event_ts()
        self.last_as_of: int | None = None
        self.last_run: dict[str, Any] | None = None
        self.running = False
        self._cond = threading.Condition()
        self._stop = False
        self._audit_queue: list[tuple[Any, ...]] = []
        self._audit_seen: dict[tuple[str, str, str, str], float] = {}
        self._audit_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._worker: DetectWorker | None = None
        self._memo: Any = None  # PromptMemo across in-process re-scoring runs (lazy import)
        self._rescore_lock = threading.Lock()
        self._load()

    # -- start-up ----------------------------------------------------------------------

    def _load(self) -> None:
        """Rebuild every in-memory view from the database (after a restart or crash)."""
        for row in self.store.read(
            "SELECT account_id, n_events, first_ts, last_ts, models, sketch, org_id FROM account_state"
        ):
            account_id, st = account_state.state_from_row(row[:6])
            self.states[account_id] = st
            if row[6] is not None:
                self.cache.orgs[account_id] = row[6]
        self.cache.facts = {
            a: Facts(None if v is None else bool(v), c)
            for a, v, c in self.store.read(
                "SELECT account_id, verified, declared_country FROM accounts"
            )
        }
        self.cache.decisions = {
            a: Decision(act, reason, ev, actor, loads(params) or {})
            for a, act, params, reason, ev, actor in self.store.read(
                "SELECT account_id, action, params, reason, evidence_id, actor FROM current_decisions"
            )
        }
        self.cache.overrides = {
            a: Decision(act, reason, None, actor, loads(params) or {}, exp)
            for a, act, params, reason, actor, exp in self.store.read(
                "SELECT account_id, action, params, reason, actor, expires_at FROM overrides"
            )
        }
        self.campaigns = {
            cid: {**(loads(data) or {}), "campaign_id": cid, "active": bool(active)}
            for cid, active, data in self.store.read(
                "SELECT campaign_id, active, data FROM campaigns"
            )
        }
        last = self.store.read(
            "SELECT run_id, as_of, started_at, finished_at, n_events, n_accounts, n_flagged, "
            "n_campaigns, seconds FROM runs WHERE error IS NULL ORDER BY run_id DESC LIMIT 1"
        )
        if last:
            keys = ("run_id", "as_of", "started_at", "finished_at", "n_events", "n_accounts")
            self.last_run = dict(
                zip((*keys, "n_flagged", "n_campaigns", "seconds"), last[0], strict=True)
            )
            self.last_as_of = last[0][1]
        since = self.last_as_of if self.last_as_of is not None else -(2**62)
        self.pending_events = self.store.read(
            "SELECT count(*) FROM event_ids WHERE timestamp > ?", (since,)
        )[0][0]

    def load_accounts_file(self, paths: list[Path]) -> int:
        """Load account facts (contract section 2) through the ingest stage's reader."""
        reader = self._read_accounts or read_accounts
        return self._store_accounts(reader(paths), actor="--accounts")

    # -- ingest ------------------------------------------------------------------------

    def ingest(
        self, body: bytes, *, idempotency_key: str | None = None, fmt: str = "contract"
    ) -> dict[str, Any]:
        """Validate, dedupe and store one batch; the answer counts every row exactly once.

        ``fmt`` is ``contract`` (contract rows) or a log adapter's name (``otel``: OTLP/JSON
        export requests, ``litellm``: standard logging payloads), one document per JSON
        Lines line or array element. Raises ``body.BatchTooLarge`` / ``body.BadBody`` for
        the HTTP layer to map.
        """
        if idempotency_key:
            stored = self.store.read(
                "SELECT response FROM batches WHERE idempotency_key = ?", (idempotency_key,)
            )
            if stored:
                return {**loads(stored[0][0]), "replayed": True}
        raw = parse_body(
            body, source=SOURCE, max_rows=self.config.max_batch_rows, fast=fmt == "contract"
        )
        if fmt == "contract":
            batch = self._validate(
                raw.records, source=SOURCE, first_row=raw.first_row, rows=raw.rows
            )
        else:
            batch = adapt_documents(raw, fmt, source=SOURCE)
            raw.n_rows = len(raw.rejected) + batch.rows_read
        quarantined: list[dict[str, Any]] = [*raw.rejected, *batch.quarantined]
        accepted = batch.accepted
        unique = accepted.unique("event_id", keep="first", maintain_order=True)
        in_batch_dups = accepted.height - unique.height
        with self.store.write() as cur:
            known = Store.known_ids(cur, unique["event_id"].to_list()) if unique.height else set()
            new = unique.filter(~pl.col("event_id").is_in(list(known))) if known else unique
            touched: list[str] = []
            if new.height:
                Store.insert_events(cur, new)
                totals, models, registers = account_state.batch_updates(new)
                touched = account_state.apply_updates(self.states, totals, models, registers)
                orgs = (
                    new.filter(pl.col("org_id").is_not_null())
                    .group_by("account_id")
                    .agg(pl.col("org_id").last())
                )
                self.cache.orgs.update(dict(orgs.iter_rows()))
                rows = [
                    (*r, self.cache.orgs.get(r[0]))
                    for r in account_state.state_rows(self.states, touched)
                ]
                Store.upsert(
                    cur,
                    "account_state",
                    ("account_id", "n_events", "first_ts", "last_ts", "models", "sketch", "org_id"),
                    rows,
                )
            if quarantined:
                at = now_us()
                cur.executemany(
                    "INSERT INTO quarantine(at, source, row, reason, detail, event_id) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (
                            at,
                            q.get("source"),
                            q.get("row"),
                            q.get("reason"),
                            str(q.get("detail", ""))[:200],
                            q.get("event_id"),
                        )
                        for q in quarantined
                    ],
                )
            result = {
                "rows": raw.n_rows,
                "accepted": new.height,
                "duplicate": in_batch_dups + len(known),
                "quarantined": len(quarantined),
                "quarantine": [
                    {k: q.get(k) for k in ("row", "reason", "detail", "event_id")}
                    for q in quarantined[:100]
                ],
                "quarantine_reasons": dict(collections.Counter(q["reason"] for q in quarantined)),
            }
            deltas = {
                "events_accepted": result["accepted"],
                "events_duplicate": result["duplicate"],
                "events_quarantined": result["quarantined"],
                "batches": 1,
            }
            Store.add_counters(cur, deltas)
            if idempotency_key:
                cur.execute(
                    "INSERT OR REPLACE INTO batches VALUES (?, ?, ?)",
                    (idempotency_key, now_us(), dumps(result)),
                )
        for k, v in deltas.items():
            self.counters.persisted[k] = self.counters.persisted.get(k, 0) + v
        if new.height:
            batch_max = new["timestamp"].dt.epoch("us").max()
            with self._cond:
                self.max_ts = batch_max if self.max_ts is None else max(self.max_ts, batch_max)
                self.pending_events += new.height
                self._cond.notify_all()
        return result

    # -- check -------------------------------------------------------------------------

    def check(self, account_id: str, model: str, ip: str | None) -> Verdict:
        """The action for one request (no I/O; access denials are queued for the audit log)."""
        t0 = time.perf_counter()
        verdict = check(self.policy, self.cache, self.geo, account_id, model, ip, now_us())
        if verdict.audit:
            self._queue_audit(account_id, model, verdict)
        self.counters.checks[(verdict.shadow_action or verdict.action, verdict.mode)] += 1
        self.counters.check_seconds.append(time.perf_counter() - t0)
        return verdict

    def _queue_audit(self, account_id: str, model: str, verdict: Verdict) -> None:
        """Record a check-time decision once per account, model and reason per repeat period."""
        key = (account_id, model, verdict.shadow_action or verdict.action, verdict.reason)
        now = time.monotonic()
        with self._audit_lock:
            last = self._audit_seen.get(key)
            if last is not None and now - last < self.config.audit_repeat_seconds:
                return
            self._audit_seen[key] = now
            if len(self._audit_seen) > 100_000:
                self._audit_seen.clear()
            self._audit_queue.append(
                (
                    now_us(),
                    self.max_ts,
                    account_id,
                    model,
                    verdict.shadow_action or verdict.action,
                    dumps(verdict.params),
                    verdict.reason,
                    verdict.evidence_id,
                    f"policy {self.policy.source} [{verdict.source}]",
                    verdict.mode,
                    int(verdict.shadow_action is None),
                )
            )

    def flush_audit(self) -> int:
        """Write queued check-time decisions to the decision log."""
        with self._audit_lock:
            queued, self._audit_queue = self._audit_queue, []
        if queued:
            with self.store.write() as cur:
                cur.executemany(_INSERT_DECISION, queued)
                Store.add_counters(cur, _decision_counts(q[4] for q in queued))
            for k, v in _decision_counts(q[4] for q in queued).items():
                self.counters.persisted[k] = self.counters.persisted.get(k, 0) + v
        return len(queued)

    # -- accounts and overrides ----------------------------------------------------------

    def post_accounts(self, body: bytes) -> dict[str, Any]:
        """Load posted account facts, validated by the ingest stage's validator."""
        source = "POST /v1/accounts"
        raw = parse_body(body, source=source, max_rows=self.config.max_batch_rows, table="accounts")
        batch = self._validate_accounts(
            raw.records, source=source, first_row=raw.first_row, rows=raw.rows
        )
        quarantined = [*raw.rejected, *batch.quarantined]
        n = self._store_accounts(batch.accepted, actor=source) if batch.accepted.height else 0
        return {
            "accepted": n,
            "quarantined": len(quarantined),
            "quarantine": [
                {k: q.get(k) for k in ("row", "reason", "detail")} for q in quarantined[:100]
            ],
        }

    def _store_accounts(self, frame: pl.DataFrame, *, actor: str) -> int:
        """Upsert account facts: the first row per account in one upload (as ``read_accounts``),
        a later upload replaces what an earlier one said."""
        frame = frame.unique("account_id", keep="first", maintain_order=True).select(
            [
                pl.col(c).dt.epoch("us")
                if ACCOUNT_SCHEMA[c] == pl.Datetime("us", "UTC")
                else pl.col(c)
                for c in ACCOUNT_COLUMNS
                if c in frame.columns
            ]
        )
        with self.store.write() as cur:
            Store.upsert(cur, "accounts", frame.columns, frame.iter_rows())
        facts = dict(self.cache.facts)
        for row in frame.select("account_id", "verified", "declared_country").iter_rows():
            facts[row[0]] = Facts(row[1], row[2])
        self.cache.facts = facts
        log.info("loaded %d account records from %s", frame.height, actor)
        return frame.height

    def set_override(
        self,
        account_id: str,
        action: str,
        reason: str,
        actor: str,
        *,
        params: dict[str, Any] | None = None,
        expires_at: int | None = None,
    ) -> dict[str, Any]:
        """A manual decision for one account (e.g. allow a known evaluation lab), audited."""
        if action not in ACTIONS:
            raise ValueError(f"action {action!r}; use one of {', '.join(ACTIONS)}")
        params = params or {}
        at = now_us()
        with self.store.write() as cur:
            cur.execute(
                "INSERT OR REPLACE INTO overrides VALUES (?, ?, ?, ?, ?, ?, ?)",
                (account_id, action, dumps(params), reason, actor, at, expires_at),
            )
            cur.execute(
                _INSERT_DECISION,
                (
                    at,
                    self.max_ts,
                    account_id,
                    None,
                    action,
                    dumps(params),
                    f"manual override: {reason}",
                    None,
                    actor,
                    "enforce",
                    1,
                ),
            )
            decision_id = cur.lastrowid
            Store.add_counters(cur, _decision_counts([action]))
        self._bump(_decision_counts([action]))
        overrides = dict(self.cache.overrides)
        overrides[account_id] = Decision(
            action, f"manual override: {reason}", None, actor, params, expires_at
        )
        self.cache.overrides = overrides
        return {"decision_id": decision_id, "account_id": account_id, "action": action}

    def clear_override(self, account_id: str, actor: str) -> bool:
        """Remove a manual decision (audited); False when there was none."""
        if account_id not in self.cache.overrides:
            return False
        with self.store.write() as cur:
            cur.execute("DELETE FROM overrides WHERE account_id = ?", (account_id,))
            cur.execute(
                _INSERT_DECISION,
                (
                    now_us(),
                    self.max_ts,
                    account_id,
                    None,
                    "clear_override",
                    "{}",
                    "manual override removed",
                    None,
                    actor,
                    "enforce",
                    1,
                ),
            )
        overrides = dict(self.cache.overrides)
        overrides.pop(account_id, None)
        self.cache.overrides = overrides
        return True

    def _bump(self, deltas: dict[str, int]) -> None:
        for k, v in deltas.items():
            self.counters.persisted[k] = self.counters.persisted.get(k, 0) + v

    # -- re-scoring ----------------------------------------------------------------------

    def rescore_due(self) -> bool:
        """Whether enough events or enough event time arrived since the last run."""
        if self.pending_events <= 0 or self.max_ts is None:
            return False
        if self.pending_events >= self.config.rescore_every_events:
            return True
        if self.last_as_of is None:
            return True
        every = int(self.config.rescore_every_minutes * 60_000_000)
        return self.max_ts - self.last_as_of >= every

    def rescore(self) -> dict[str, Any] | None:
        """One detection run over the event window; updates scores, campaigns, decisions.

        Runs are serialised (the background cadence and POST /v1/rescore may coincide).
        """
        with self._rescore_lock:
            return self._rescore()

    def _prompt_memo(self) -> Any:
        """The in-process runs' ``PromptMemo`` (the worker child keeps its own)."""
        if self._memo is None:
            from distillwatch.features.content.annotate import PromptMemo

            self._memo = PromptMemo()
        return self._memo

    def _rescore(self) -> dict[str, Any] | None:
        if self.max_ts is None:
            return None
        with self._cond:
            as_of, pending = self.max_ts, self.pending_events
            self.running = True
        started = now_us()
        t0 = time.perf_counter()
        try:
            start = as_of - int(self.config.window_hours * _US_PER_HOUR)
            args = (start, as_of, self.config.max_window_rows)
            if self._detect is None and self.config.detect_in_subprocess:
                if self._worker is None:
                    self._worker = DetectWorker()
                detection = self._worker.run(str(self.store.path), *args)
            else:
                detection = detect_window(
                    self.store, *args, detect=self._detect, memo=self._prompt_memo()
                )
            summary = self._apply_detection(detection, as_of, started, detection.n_events, t0)
        except Exception as err:
            log.exception("re-scoring failed")
            with self.store.write() as cur:
                cur.execute(
                    "INSERT INTO runs(started_at, finished_at, as_of, seconds, error) VALUES (?, ?, ?, ?, ?)",
                    (
                        started,
                        now_us(),
                        as_of,
                        time.perf_counter() - t0,
                        f"{type(err).__name__}: {err}",
                    ),
                )
            with self._cond:
                # do not retry on every event: wait for the next cadence step
                self.last_as_of = as_of
                self.pending_events -= pending
                self.running = False
            return None
        with self._cond:
            self.last_as_of = as_of
            self.pending_events -= pending
            self.last_run = summary
            self.running = False
            self._cond.notify_all()
        self.prune(as_of)
        return summary

    def _apply_detection(
        self, detection: Any, as_of: int, started: int, n_events: int, t0: float
    ) -> dict[str, Any]:
        """Stable campaign ids, policy decisions for changed accounts, one write transaction."""
        raw = detection.accounts
        scored = raw.select(
            pl.col("account_id").cast(pl.String),
            pl.col("score").cast(pl.Float64),
            pl.col("flagged").cast(pl.Boolean),
            pl.col("campaign_id").cast(pl.String).replace("", None),
            reasons=_reasons_list(raw["reasons"]),
        )
        campaigns = [dict(c) for c in detection.campaigns]
        known = {cid: frozenset(c.get("accounts", [])) for cid, c in self.campaigns.items()}
        next_number = int(self.store.meta("next_campaign") or 1)
        stable, next_number = match_campaigns(
            known, [frozenset(map(str, c.get("accounts", []))) for c in campaigns], next_number
        )
        mapping = {str(c["campaign_id"]): s for c, s in zip(campaigns, stable, strict=True)}
        for c, s in zip(campaigns, stable, strict=True):
            c["detection_campaign_id"] = c["campaign_id"]
            c["campaign_id"] = s
        meta = pl.DataFrame(
            {
                "campaign_id": stable,
                "campaign_score": [float(c.get("score", 0.0)) for c in campaigns],
                "campaign_accounts": [
                    int(c.get("n_accounts", len(c.get("accounts", [])))) for c in campaigns
                ],
            },
            schema={
                "campaign_id": pl.String,
                "campaign_score": pl.Float64,
                "campaign_accounts": pl.Int64,
            },
        )
        scored = scored.with_columns(
            pl.col("campaign_id").replace_strict(mapping, default=None, return_dtype=pl.String)
        ).join(meta, on="campaign_id", how="left")
        decided = decide_accounts(self.policy, scored)
        allow = self.policy.allow_accounts | {
            a for a, o in self.cache.orgs.items() if o in self.policy.allow_orgs
        }
        if allow:
            is_allowed = pl.col("account_id").is_in(list(allow))
            decided = decided.with_columns(
                action=pl.when(is_allowed).then(pl.lit("allow")).otherwise("action"),
                rule=pl.when(is_allowed).then(pl.lit("allowlist")).otherwise("rule"),
            )
        current = pl.DataFrame(
            {
                "account_id": list(self.cache.decisions),
                "cur_action": [d.action for d in self.cache.decisions.values()],
                "cur_actor": [d.actor for d in self.cache.decisions.values()],
            },
            schema={"account_id": pl.String, "cur_action": pl.String, "cur_actor": pl.String},
        )
        changed = (
            decided.join(current, on="account_id", how="left")
            .filter(pl.col("action") != pl.col("cur_action").fill_null("allow"))
            .join(scored, on="account_id", how="left")
            .join(
                raw.select(pl.col("account_id").cast(pl.String), "evidence"),
                on="account_id",
                how="left",
            )
        )
        run_id = int(self.store.read("SELECT coalesce(max(run_id), 0) + 1 FROM runs")[0][0])
        at = now_us()
        decision_rows: list[tuple[Any, ...]] = []
        evidence_rows: list[tuple[Any, ...]] = []
        current_rows: list[tuple[Any, ...]] = []
        new_decisions = dict(self.cache.decisions)
        rules = {r.name: r for r in self.policy.rules}
        for row in changed.iter_rows(named=True):
            account_id, action = row["account_id"], row["action"]
            rule = rules.get(row["rule"] or "")
            params = rule.params() if rule else {}
            evidence_id = None
            if action != "allow":
                evidence_id = "ev_" + xxhash.xxh64_hexdigest(f"{run_id}|{account_id}".encode())
                evidence_rows.append(
                    (
                        evidence_id,
                        account_id,
                        row["campaign_id"],
                        run_id,
                        as_of,
                        at,
                        dumps(
                            {
                                "score": row["score"],
                                "flagged": row["flagged"],
                                "reasons": row["reasons"],
                                "campaign_id": row["campaign_id"],
                                "campaign_score": row["campaign_score"],
                                "campaign_accounts": row["campaign_accounts"],
                                "evidence": _jsonable(row["evidence"]),
                            }
                        ),
                    )
                )
            reason = _decision_reason(row)
            actor = (
                f"policy {self.policy.source} rule {row['rule'] or '(none matched)'}, run {run_id}"
            )
            decision_rows.append(
                (
                    at,
                    as_of,
                    account_id,
                    None,
                    action,
                    dumps(params),
                    reason,
                    evidence_id,
                    actor,
                    self.policy.mode,
                    int(self.policy.mode == "enforce"),
                )
            )
            current_rows.append((account_id, action, dumps(params), reason, evidence_id, actor))
            new_decisions[account_id] = Decision(action, reason, evidence_id, actor, params)
        active_ids = set(stable)
        campaign_rows = []
        for c in campaigns:
            cid = c["campaign_id"]
            first_run = self.campaigns.get(cid, {}).get("first_run", run_id)
            c["first_run"], c["last_run"] = first_run, run_id
            campaign_rows.append(
                (
                    cid,
                    1,
                    dumps(sorted(map(str, c.get("accounts", [])))),
                    dumps(c),
                    first_run,
                    run_id,
                    at,
                )
            )
        n_flagged = int(scored["flagged"].sum() or 0)
        summary = {
            "run_id": run_id,
            "as_of": as_of,
            "started_at": started,
            "finished_at": now_us(),
            "n_events": n_events,
            "n_accounts": scored.height,
            "n_flagged": n_flagged,
            "n_campaigns": len(campaigns),
            "seconds": round(time.perf_counter() - t0, 3),
            "decisions_changed": len(decision_rows),
        }
        with self.store.write() as cur:
            Store.upsert(
                cur,
                "scores",
                (
                    "account_id",
                    "score",
                    "flagged",
                    "campaign_id",
                    "reasons",
                    "evidence_id",
                    "run_id",
                    "as_of",
                ),
                (
                    (
                        a,
                        s,
                        int(f),
                        c,
                        ";".join(r or []),
                        new_decisions[a].evidence_id if a in new_decisions else None,
                        run_id,
                        as_of,
                    )
                    for a, s, f, c, r in scored.select(
                        "account_id", "score", "flagged", "campaign_id", "reasons"
                    ).iter_rows()
                ),
            )
            cur.execute("UPDATE campaigns SET active = 0")
            Store.upsert(
                cur,
                "campaigns",
                (
                    "campaign_id",
                    "active",
                    "accounts",
                    "data",
                    "first_run",
                    "last_run",
                    "updated_at",
                ),
                campaign_rows,
            )
            cur.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?)", evidence_rows)
            cur.executemany(_INSERT_DECISION, decision_rows)
            Store.upsert(
                cur,
                "current_decisions",
                ("account_id", "action", "params", "reason", "evidence_id", "actor"),
                current_rows,
            )
            cur.execute(
                "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                (
                    run_id,
                    started,
                    summary["finished_at"],
                    as_of,
                    n_events,
                    scored.height,
                    n_flagged,
                    len(campaigns),
                    summary["seconds"],
                ),
            )
            self.store.set_meta("next_campaign", str(next_number), cur)
            counts = _decision_counts(r[4] for r in decision_rows)
            Store.add_counters(cur, {**counts, "rescore_runs": 1})
        self._bump({**counts, "rescore_runs": 1})
        campaigns_view = {
            cid: {**c, "active": cid in active_ids} for cid, c in self.campaigns.items()
        }
        for c in campaigns:
            campaigns_view[c["campaign_id"]] = {**c, "active": True}
        self.campaigns = campaigns_view
        self.cache.decisions = new_decisions
        self.scores = scored
        return summary

    def prune(self, as_of: int) -> None:
        """Keep the event window and the dedupe horizon bounded (in event time)."""
        self.store.prune(
            events_before_us=as_of - int(self.config.window_hours * _US_PER_HOUR),
            ids_before_us=as_of - int(self.config.dedupe_days * 24 * _US_PER_HOUR),
        )

    # -- background thread ---------------------------------------------------------------

    def start(self) -> None:
        """Start the background re-scoring and audit-flushing thread."""
        if self._thread is None and self.config.background:
            self._thread = threading.Thread(
                target=self._loop, name="distillwatch-rescore", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        """Stop the thread and flush pending audit records."""
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None
        if self._worker is not None:
            self._worker.close()
            self._worker = None
        self.flush_audit()

    def _loop(self) -> None:
        while True:
            with self._cond:
                if not self._stop and not self.rescore_due():
                    self._cond.wait(timeout=1.0)
                if self._stop:
                    return
                due = self.rescore_due()
            try:
                self.flush_audit()
                if due:
                    self.rescore()
            except Exception:  # keep the service up; the error is logged and in `runs`
                log.exception("background work failed")
                time.sleep(1.0)

    def status(self) -> dict[str, Any]:
        """Where ingest and scoring stand (replay --sync waits on ``idle``)."""
        with self._cond:
            due = self.rescore_due()
            return {
                "max_event_time_us": self.max_ts,
                "scored_as_of_us": self.last_as_of,
                "pending_events": self.pending_events,
                "rescoring": self.running,
                "rescore_due": due,
                "idle": not self.running and not due,
                "last_run": self.last_run,
                "accounts": len(self.states),
                "policy": {"source": self.policy.source, "mode": self.policy.mode},
                "geo": self.geo.source,
            }


_INSERT_DECISION = (
    "INSERT INTO decisions(at, as_of, account_id, model, action, params, reason, evidence_id, "
    "actor, mode, enforced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _decision_counts(actions: Any) -> dict[str, int]:
    return {f"decisions_{k}": v for k, v in collections.Counter(actions).items()}


def _decision_reason(row: dict[str, Any]) -> str:
    """One-line reason of a detection decision: rule, score, campaign, strongest signals."""
    if row["rule"] == "allowlist":
        return "allowlisted in the policy"
    parts = [f"rule {row['rule']}" if row["rule"] else "no rule matches any more"]
    parts.append(f"score {row['score']:.2f}" + (" (flagged)" if row["flagged"] else ""))
    if row["campaign_id"]:
        parts.append(
            f"campaign {row['campaign_id']} ({row['campaign_accounts']} accounts, score {row['campaign_score']:.2f})"
        )
    if row["reasons"]:
        parts.append("signals: " + ", ".join(row["reasons"][:5]))
    return "; ".join(parts)
