"""Behaviour signals on crafted event tables."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import polars as pl
import pytest

from distillwatch import contract
from distillwatch.features import account_features
from distillwatch.features.behaviour import hourly_counts, timing_features, volume_features
from distillwatch.features.releases import find_releases, pivot_features

T0 = datetime(2026, 5, 1, tzinfo=UTC)


def events(rows: list[dict]) -> pl.DataFrame:
    """Contract-typed events from partial rows (missing optional fields are null)."""
    df = pl.DataFrame(rows)
    return df.select(
        (pl.col(c) if c in df.columns else pl.lit(None)).cast(t).alias(c)
        for c, t in contract.EVENT_SCHEMA.items()
    )


def ev(acc: str, ts: datetime, i: int, **kw: object) -> dict:
    return {
        "event_id": f"{acc}-{i}",
        "timestamp": ts,
        "account_id": acc,
        "model": "m1",
        "prompt": "hi",
    } | kw


def test_hour_entropy_and_local_night() -> None:
    rows = [ev("clock", T0 + timedelta(hours=h), h) for h in range(24)]
    rows += [ev("tokyo", T0 + timedelta(days=d, hours=18), d) for d in range(5)]  # 03:00 in Japan
    accounts = pl.DataFrame({"account_id": ["clock", "tokyo"], "declared_country": ["US", "JP"]})
    t = timing_features(hourly_counts(events(rows).lazy()).collect(), accounts).sort("account_id")
    assert t["hour_entropy"].to_list() == pytest.approx([1.0, 0.0], abs=1e-9)
    assert t.filter(pl.col("account_id") == "tokyo")["local_night_share"].item() == 1.0


def test_top_day_share_counts_sustained_heavy_days() -> None:
    daily = pl.DataFrame(
        {
            "account_id": [f"a{i}" for i in range(40) for _ in range(4)],
            "day": [T0.date() + timedelta(days=d) for _ in range(40) for d in range(4)],
            "model": "m1",
            "exchanges": [1000 if i == 0 else 5 for i in range(40) for _ in range(4)],
        }
    )
    v = volume_features(daily).sort("account_id")
    assert v.filter(pl.col("account_id") == "a0")["top_day_share"].item() == 1.0
    assert v.filter(pl.col("account_id") == "a1")["top_day_share"].item() == 0.0


def test_release_found_and_pivot_measured() -> None:
    rows = []
    for d in range(4):
        for a in range(10):
            for k in range(10):
                model = "m2" if d >= 2 and (a == 0 or k == 0) else "m1"
                rows.append(ev(f"a{a}", T0 + timedelta(days=d, hours=k), d * 100 + k, model=model))
    lf = events(rows).lazy()
    rel = find_releases(lf)
    assert rel["model"].to_list() == ["m2"]
    p = pivot_features(lf, rel).sort("account_id")
    assert p.filter(pl.col("account_id") == "a0")["pivot_share"].item() == 1.0
    assert p.filter(pl.col("account_id") == "a1")["pivot_share"].item() == pytest.approx(0.1)
    assert p["pivot_baseline"].first() == pytest.approx(19 / 100)


def test_account_features_token_economics_and_trust() -> None:
    rows = [
        ev(
            "x",
            T0 + timedelta(minutes=i),
            i,
            input_tokens=100,
            output_tokens=300,
            max_tokens=4096,
            finish_reason="length" if i % 2 else "stop",
            turn=0,
            n=2,
        )
        for i in range(10)
    ]
    accounts = pl.DataFrame(
        {"account_id": ["x"], "created_at": [T0 - timedelta(days=2)], "verified": [False]}
    ).with_columns(pl.col("created_at").cast(contract.TIMESTAMP))
    f = account_features(events(rows), accounts).row(0, named=True)
    assert f["n_events"] == 10 and f["out_in_ratio"] == pytest.approx(3.0)
    assert f["length_share"] == 0.5 and f["turn0_share"] == 1.0 and f["n_gt1_share"] == 1.0
    assert f["account_age_days"] == pytest.approx(2.0) and f["unverified"] == 1.0
    assert f["iat_cv"] == pytest.approx(0.0, abs=1e-9)  # one request a minute, exactly


def test_metadata_in_account_buckets_equals_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cut into passes over hash buckets of accounts, the per-account aggregation gives
    the same rows as one pass over all events."""
    import distillwatch.features as features
    from distillwatch.features.behaviour import metadata_aggregates

    rows = [
        ev(f"a{i % 7}", T0 + timedelta(minutes=3 * i + i % 5), i, output_tokens=i, max_tokens=i)
        for i in range(90)
    ]
    lf = events(rows).lazy()
    whole = metadata_aggregates(lf).collect().sort("account_id")
    monkeypatch.setattr(features, "ROWS_PER_PASS", 20)
    cut = features.by_account_buckets(lf, metadata_aggregates, 90)
    assert cut.sort("account_id").equals(whole)
    assert account_features(lf).sort("account_id")["n_events"].to_list() == [13] * 6 + [12]
