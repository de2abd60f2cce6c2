"""Replaying a simulated world into a running service, in event-time order.

Batches are cut by count and by event-time step; with ``speed`` > 0 the client sleeps
so that one wall second covers ``speed`` seconds of event time; with ``sync`` it waits
after every step until the service has scored everything posted (event-time cadence
without wall-clock sleeping, for benchmarks). Retries reuse the batch's
``Idempotency-Key``, so a lost acknowledgement never double-counts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import polars as pl
import xxhash

from distillwatch.errors import UserError


@dataclass(slots=True)
class ReplayStats:
    """Totals of one replay."""

    batches: int = 0
    rows: int = 0
    accepted: int = 0
    duplicate: int = 0
    quarantined: int = 0
    #: rows of batches the service had already taken (same Idempotency-Key): not counted again
    redelivered: int = 0
    retries: int = 0
    wall_seconds: float = 0.0
    steps: list[dict[str, Any]] = field(default_factory=list)


#: RFC 3339 with microseconds: the form gateways log, and one parse for the JSON reader.
RFC3339 = "%Y-%m-%dT%H:%M:%S%.6fZ"


def to_jsonl(frame: pl.DataFrame) -> bytes:
    """Contract JSON Lines of a frame of events or accounts (times as RFC 3339 strings)."""
    times = [c for c, t in frame.schema.items() if isinstance(t, pl.Datetime)]
    return (
        frame.with_columns(
            pl.col(c).dt.convert_time_zone("UTC").dt.strftime(RFC3339) for c in times
        )
        .write_ndjson()
        .encode()
    )


def world_events(world: Path) -> pl.DataFrame:
    """The world's events sorted by event time."""
    path = world / "events.parquet"
    if not path.is_file():
        raise UserError(
            f"{path}: not found; make a world with `distillwatch simulate --out {world}`"
        )
    return pl.scan_parquet(path).sort("timestamp", maintain_order=True).collect()


def steps(
    events: pl.DataFrame, *, step_minutes: float, batch_rows: int
) -> Iterator[tuple[int, list[pl.DataFrame]]]:
    """(step end in epoch ms, batches) per event-time step of ``step_minutes``."""
    if events.is_empty():
        return
    step_ms = max(1, int(step_minutes * 60_000))
    ms = pl.col("timestamp").dt.epoch("ms")
    t0 = int(events.select(ms.first()).item())
    keyed = events.with_columns(__step=(ms - t0) // step_ms)
    for (step,), part in keyed.partition_by("__step", as_dict=True, maintain_order=True).items():
        part = part.drop("__step")
        yield (
            t0 + (int(step) + 1) * step_ms,
            [part.slice(i, batch_rows) for i in range(0, part.height, batch_rows)],
        )


class Client:
    """Small HTTP client of the service with retry on connection errors and 5xx."""

    def __init__(self, url: str, key: str, *, timeout: float = 120.0, retries: int = 30) -> None:
        self.http = httpx.Client(
            base_url=url.rstrip("/"), headers={"Authorization": f"Bearer {key}"}, timeout=timeout
        )
        self.retries = retries
        self.retried = 0

    def request(self, method: str, path: str, **kw: Any) -> httpx.Response:
        """Send with retries; raise UserError on a 4xx answer (names the path and reason)."""
        for attempt in range(self.retries + 1):
            try:
                resp = self.http.request(method, path, **kw)
            except httpx.TransportError:
                if attempt == self.retries:
                    raise
                self.retried += 1
                time.sleep(min(2.0, 0.1 * 2**attempt))
                continue
            if resp.status_code >= 500 and attempt < self.retries:
                self.retried += 1
                time.sleep(min(2.0, 0.1 * 2**attempt))
                continue
            if resp.status_code >= 400:
                raise UserError(f"{method} {path}: HTTP {resp.status_code} {resp.text[:300]}")
            return resp
        raise AssertionError("unreachable")

    def post_events(self, frame: pl.DataFrame) -> dict[str, Any]:
        """Post one batch as JSON Lines with a content-derived idempotency key."""
        body = to_jsonl(frame)
        key = xxhash.xxh128_hexdigest(body)
        return self.request(
            "POST",
            "/v1/events",
            content=body,
            headers={"Content-Type": "application/x-ndjson", "Idempotency-Key": key},
        ).json()

    def wait_idle(self, *, poll: float = 0.05, timeout: float = 3600.0) -> dict[str, Any]:
        """Block until the service has no scoring due or running."""
        deadline = time.monotonic() + timeout
        while True:
            status = self.request("GET", "/v1/status").json()
            if status["idle"] or time.monotonic() > deadline:
                return status
            time.sleep(poll)


def post_accounts(client: Client, world: Path) -> int | None:
    """Post the world's accounts table (needs an admin key); None when refused or absent."""
    path = world / "accounts.parquet"
    if not path.is_file():
        return None
    try:
        resp = client.request("POST", "/v1/accounts", content=to_jsonl(pl.read_parquet(path)))
    except UserError:
        return None
    return int(resp.json()["accepted"])


def replay(
    world: Path,
    client: Client,
    *,
    speed: float = 3600.0,
    batch_rows: int = 2000,
    step_minutes: float = 10.0,
    sync: bool = False,
    on_step: Callable[[int, dict[str, Any]], None] | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> ReplayStats:
    """Replay ``world``'s events into the service; ``speed`` 0 means as fast as possible."""
    events = world_events(world)
    stats = ReplayStats()
    t_wall = time.monotonic()
    t_event0 = events["timestamp"][0].timestamp() if events.height else 0.0
    for step_end, batches in steps(events, step_minutes=step_minutes, batch_rows=batch_rows):
        for batch in batches:
            if speed > 0:
                due = t_wall + (batch["timestamp"][0].timestamp() - t_event0) / speed
                delay = due - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            answer = client.post_events(batch)
            stats.batches += 1
            stats.rows += batch.height
            if on_batch is not None:
                on_batch(batch.height)
            if answer.get("replayed"):
                stats.redelivered += batch.height
                continue
            stats.accepted += answer["accepted"]
            stats.duplicate += answer["duplicate"]
            stats.quarantined += answer["quarantined"]
        if sync:
            status = client.wait_idle()
            if on_step is not None:
                on_step(step_end, status)
    stats.retries = client.retried
    stats.wall_seconds = time.monotonic() - t_wall
    return stats
