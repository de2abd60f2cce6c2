"""Accounts with staggered lifetimes: the shape of a hydra that burns accounts in turn, a
customer's long-lived ones, trial sign-ups (shared by the score and tenant tests)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

T0 = datetime(2026, 5, 1, tzinfo=UTC)


def staggered(
    prefix: str,
    n: int,
    *,
    life_h: float,
    stagger_h: float,
    age_days: float | None,
    events: int,
    **columns: Any,
) -> list[dict]:
    """``n`` accounts ``prefix0``.., each active ``life_h`` hours, starting ``stagger_h``
    apart, created ``age_days`` before first use, with ``events`` exchanges; ``columns``
    are added to every row."""
    return [
        {
            "account_id": f"{prefix}{i}",
            **columns,
            "first_seen": T0 + timedelta(hours=i * stagger_h),
            "last_seen": T0 + timedelta(hours=i * stagger_h + life_h),
            "n_events": events,
            "account_age_days": age_days,
        }
        for i in range(n)
    ]
