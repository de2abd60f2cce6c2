"""Parsers of the scan folder: timestamps in either contract form, pivot shapes, releases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from distillwatch.report.load import model_releases, parse_day, parse_ts, pivot_info

_when = st.datetimes(
    min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)
)


@given(_when)
def test_rfc3339_and_epoch_ms_give_the_same_instant(ts: datetime) -> None:
    ts = ts.replace(microsecond=ts.microsecond // 1000 * 1000)
    assert parse_ts(ts.isoformat()) == ts
    assert parse_ts(ts.isoformat().replace("+00:00", "Z")) == ts
    assert parse_ts(round(ts.timestamp() * 1000)) == ts
    assert parse_day(ts.isoformat()) == ts.date()


@given(st.text(max_size=40) | st.none() | st.booleans() | st.lists(st.integers(), max_size=2))
def test_unreadable_values_give_none_not_errors(value: object) -> None:
    result = parse_ts(value)
    assert result is None or result.tzinfo is not None


def test_offsets_are_converted_to_utc() -> None:
    assert parse_ts("2026-04-22T08:00:00+08:00") == datetime(2026, 4, 22, tzinfo=UTC)
    assert parse_ts("2026-04-22T00:00:00") == datetime(2026, 4, 22, tzinfo=UTC)


def test_pivot_shapes_and_release_fallback() -> None:
    daily = pl.DataFrame(
        {
            "day": [date(2026, 4, 22), date(2026, 4, 22), date(2026, 4, 25)],
            "campaign_id": [None, None, None],
            "model": ["m2", "m2-mini", "m3"],
            "exchanges": [10, 5, 7],
        },
        schema={
            "day": pl.Date,
            "campaign_id": pl.String,
            "model": pl.String,
            "exchanges": pl.Int64,
        },
    )
    releases = model_releases(daily)
    assert releases == {"m3": date(2026, 4, 25)}
    documented = pivot_info(
        {"pivot": {"model": "m3", "released": "2026-04-24T10:00:00Z", "share_moved_24h": 0.4}},
        releases,
    )
    assert (
        documented is not None
        and documented.released == date(2026, 4, 24)
        and documented.share_24h == 0.4
    )
    scanned = pivot_info({"pivot": {"model": "m3", "share_24h": 0.6, "baseline": 0.1}}, releases)
    assert scanned is not None and scanned.released == releases["m3"] and scanned.baseline == 0.1
    assert pivot_info({"pivot": None}) is None and pivot_info({}) is None
    assert model_releases(daily.with_columns(pl.col("day") - timedelta(0))) == releases
