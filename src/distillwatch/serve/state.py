"""Per-account state kept up to date as events arrive, in bounded memory.

Counts, first/last event time and per-model counts are exact (small); distinct IPs,
network prefixes and user agents would grow without bound, so each is a HyperLogLog
sketch (``P`` index bits, 2**P one-byte registers) updated in a vectorised way from a
whole batch at once and merged with ``np.maximum``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np
import polars as pl

from distillwatch.features.network import prefix_table
from distillwatch.serve.store import dumps, loads

#: HLL precision: 256 registers per sketch, about 6.5 % standard error.
P: Final = 8
M: Final = 1 << P
#: Sketched columns, in register-block order.
SKETCHES: Final = ("ip", "ip_prefix", "user_agent")
_SEED: Final = 0x5EED


def hll_estimate(registers: np.ndarray) -> float:
    """Cardinality estimate of one HLL register block (with the small-range correction)."""
    m = registers.size
    alpha = 0.7213 / (1 + 1.079 / m)
    raw = alpha * m * m / float(np.sum(np.exp2(-registers.astype(np.float64))))
    zeros = int(np.count_nonzero(registers == 0))
    if raw <= 2.5 * m and zeros:
        return m * math.log(m / zeros)
    return raw


@dataclass(slots=True)
class AccountState:
    """What the service knows of one account's traffic since it was first seen."""

    n_events: int = 0
    first_ts: int | None = None
    last_ts: int | None = None
    models: dict[str, int] = field(default_factory=dict)
    sketch: np.ndarray = field(default_factory=lambda: np.zeros(M * len(SKETCHES), np.uint8))

    def summary(self) -> dict[str, Any]:
        """JSON view for ``GET /v1/accounts/{id}``: exact counts and sketch estimates."""
        out: dict[str, Any] = {
            "n_events": self.n_events,
            "first_seen_us": self.first_ts,
            "last_seen_us": self.last_ts,
            "models": dict(sorted(self.models.items(), key=lambda kv: -kv[1])),
        }
        for i, name in enumerate(SKETCHES):
            out[f"distinct_{name}_estimate"] = round(hll_estimate(self.sketch[i * M : (i + 1) * M]))
        return out


def batch_updates(events: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Aggregate one batch of new events per account, vectorised.

    Returns (totals: account_id, n, first_ts, last_ts in epoch µs;
    models: account_id, model, n; registers: account_id, reg, rank) where ``reg``
    indexes the account's concatenated sketch blocks.
    """
    ts = pl.col("timestamp").dt.epoch("us")
    totals = events.group_by("account_id").agg(n=pl.len(), first_ts=ts.min(), last_ts=ts.max())
    models = events.group_by("account_id", "model").agg(n=pl.len())
    prefixes = prefix_table(events.get_column("ip")).select("ip", ip_prefix="prefix")
    events = events.join(prefixes, on="ip", how="left")
    parts = []
    for block, name in enumerate(SKETCHES):
        value = pl.col(name)
        h = value.hash(seed=_SEED + block)
        parts.append(
            events.select(
                "account_id",
                reg=(h // (1 << (64 - P))).cast(pl.Int64) + block * M,
                # rank = position of the first 1 bit after the P index bits (65 - P when none)
                rank=((h % (1 << (64 - P))).bitwise_leading_zeros() - (P - 1)).cast(pl.UInt8),
                keep=value.is_not_null(),
            ).filter("keep")
        )
    registers = (
        pl.concat(parts).group_by("account_id", "reg").agg(pl.col("rank").max())
        if parts
        else pl.DataFrame()
    )
    return totals, models, registers


def apply_updates(
    states: dict[str, AccountState],
    totals: pl.DataFrame,
    models: pl.DataFrame,
    registers: pl.DataFrame,
) -> list[str]:
    """Merge a batch aggregate into ``states`` in place; returns the accounts touched.

    The loop runs once per account in the batch (not per event).
    """
    touched: list[str] = []
    for account_id, n, first_ts, last_ts in totals.iter_rows():
        st = states.get(account_id)
        if st is None:
            st = states[account_id] = AccountState()
        st.n_events += n
        st.first_ts = first_ts if st.first_ts is None else min(st.first_ts, first_ts)
        st.last_ts = last_ts if st.last_ts is None else max(st.last_ts, last_ts)
        touched.append(account_id)
    for account_id, model, n in models.iter_rows():
        m = states[account_id].models
        m[model] = m.get(model, 0) + n
    if registers.height:
        for (account_id,), part in registers.partition_by(
            "account_id", as_dict=True, maintain_order=False
        ).items():
            np.maximum.at(
                states[account_id].sketch, part["reg"].to_numpy(), part["rank"].to_numpy()
            )
    return touched


def state_rows(states: dict[str, AccountState], accounts: list[str]) -> list[tuple[Any, ...]]:
    """``account_state`` table rows for the given accounts."""
    return [
        (
            a,
            states[a].n_events,
            states[a].first_ts,
            states[a].last_ts,
            dumps(states[a].models),
            states[a].sketch.tobytes(),
        )
        for a in accounts
    ]


def state_from_row(row: tuple[Any, ...]) -> tuple[str, AccountState]:
    """Rebuild one account's state from its ``account_state`` row."""
    account_id, n, first_ts, last_ts, models, sketch = row
    registers = np.frombuffer(sketch, np.uint8).copy() if sketch else None
    st = AccountState(n, first_ts, last_ts, loads(models) or {})
    if registers is not None and registers.size == st.sketch.size:
        st.sketch = registers
    return account_id, st
