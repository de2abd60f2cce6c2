"""Helpers of the live-service tests (rows, a detection double, the test policy).

Kept out of conftest.py so tests import them by a module name no other folder uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import polars as pl

T0 = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)


def event(
    i: int, account: str, *, prompt: str = "hello there", minutes: float = 0.0, **kw: Any
) -> dict[str, Any]:
    """One contract event row (raw JSON form)."""
    row = {
        "event_id": f"e{i}",
        "timestamp": (T0 + dt.timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z"),
        "account_id": account,
        "model": "frontier-1",
        "prompt": prompt,
        "ip": "81.2.69.160",
    }
    row.update(kw)
    return row


@dataclass
class FakeDetection:
    accounts: pl.DataFrame
    campaigns: list[dict[str, Any]]


def fake_detect(
    events: pl.LazyFrame, accounts: pl.DataFrame | None = None, **_: Any
) -> FakeDetection:
    """Test double of pipeline.detect: an account is flagged when most of its prompts ask for
    step-by-step reasoning; flagged accounts of one org form a campaign."""
    df = events.collect()
    per = df.group_by("account_id").agg(
        score=pl.col("prompt").str.contains("(?i)step by step").mean(),
        org=pl.col("org_id").drop_nulls().first(),
        n=pl.len(),
    )
    per = per.with_columns(flagged=pl.col("score") >= 0.5)
    per = per.with_columns(
        campaign_id=pl.when(pl.col("flagged") & pl.col("org").is_not_null()).then(
            "c-" + pl.col("org")
        )
    )
    campaigns = []
    for (cid,), part in (
        per.filter(pl.col("campaign_id").is_not_null())
        .partition_by("campaign_id", as_dict=True)
        .items()
    ):
        campaigns.append(
            {
                "campaign_id": cid,
                "accounts": sorted(part["account_id"].to_list()),
                "n_accounts": part.height,
                "n_exchanges": int(part["n"].sum()),
                "score": float(part["score"].mean()),
                "evidence": [
                    {"signal": "cot_elicitation", "value": 1.0, "baseline": 0.01, "detail": "test"}
                ],
            }
        )
    accounts_out = per.select(
        "account_id",
        "score",
        "flagged",
        "campaign_id",
        reasons=pl.when(pl.col("flagged")).then(pl.lit("cot_elicitation")).otherwise(pl.lit("")),
        evidence=pl.lit('[{"signal": "cot_elicitation"}]'),
    )
    return FakeDetection(accounts_out, campaigns)


POLICY = {
    "mode": "enforce",
    "rules": [
        {
            "name": "campaign-deny",
            "action": "deny",
            "in_campaign": True,
            "min_campaign_accounts": 3,
        },
        {"name": "flagged-challenge", "action": "challenge", "flagged": True},
        {
            "name": "elevated-throttle",
            "action": "throttle",
            "rate_per_minute": 10,
            "min_score": 0.3,
        },
    ],
    "models": {
        "frontier-1": {
            "require_verified": False,
            "allowed_countries": ["GB", "US"],
            "check_declared_country": False,
        }
    },
    "allowlist": {"accounts": ["evallab"]},
}


def auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}
