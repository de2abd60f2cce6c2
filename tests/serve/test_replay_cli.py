"""Replay of a world into the service, the keys commands, account files, IP countries."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from fastapi.testclient import TestClient
from serve_support import event
from typer.testing import CliRunner

from distillwatch.cli import app
from distillwatch.contract import EVENT_SCHEMA
from distillwatch.errors import UserError
from distillwatch.ingest.validate import validate_records
from distillwatch.serve.app import create_app
from distillwatch.serve.geo import CountryLookup
from distillwatch.serve.replay import Client, post_accounts, replay
from distillwatch.serve.service import ServeConfig, Service
from distillwatch.serve.store import Store


def write_world(folder: Path) -> Path:
    """A tiny world: campaign accounts a0..a2 ask step by step over 5 hours, a3/a4 chat."""
    folder.mkdir()
    rows = [
        event(
            i,
            f"a{i % 5}",
            prompt="explain step by step" if i % 5 < 3 else "hi",
            org_id="o1" if i % 5 < 3 else None,
            minutes=i,
        )
        for i in range(300)
    ]
    events = validate_records(rows, source="t").accepted
    assert events.schema == EVENT_SCHEMA
    events.sample(fraction=1.0, shuffle=True, seed=1).write_parquet(folder / "events.parquet")
    pl.DataFrame(
        {"account_id": ["a0", "a3"], "verified": [False, True], "declared_country": ["US", "GB"]}
    ).write_parquet(folder / "accounts.parquet")
    return folder


def test_replay_in_event_time_order_with_sync(
    tmp_path: Path, store: Store, policy, geo: CountryLookup, keys: dict[str, str]
) -> None:
    from serve_support import fake_detect

    # background re-scoring on (one run per event hour), as `distillwatch serve` runs it
    config = ServeConfig(rescore_every_minutes=60, rescore_every_events=10**9)
    service = Service(store, policy, config=config, geo=geo, detect=fake_detect)
    world = write_world(tmp_path / "world")
    with TestClient(create_app(service)) as http:
        client = Client("http://testserver", keys["admin"])
        http.headers["Authorization"] = f"Bearer {keys['admin']}"
        client.http = http
        assert post_accounts(client, world) == 2
        seen: list[dict] = []
        stats = replay(
            world,
            client,
            speed=0,
            batch_rows=40,
            step_minutes=60,
            sync=True,
            on_step=lambda t, s: seen.append(s),
        )
        assert (stats.rows, stats.accepted, stats.duplicate, stats.quarantined) == (300, 300, 0, 0)
        assert len(seen) == 5 and all(s["idle"] for s in seen)
        # replaying the same batches again: the service answers them as already delivered
        again = replay(world, client, speed=0, batch_rows=40, step_minutes=60)
        assert (again.accepted, again.duplicate, again.redelivered) == (0, 0, 300)
        # differently cut batches: every event is a duplicate, counted once
        third = replay(world, client, speed=0, batch_rows=70)
        assert (third.accepted, third.duplicate) == (0, 300)
    assert service.cache.facts["a3"].declared_country == "GB"
    assert service.states["a0"].n_events == 60
    runs = store.read("SELECT as_of FROM runs WHERE error IS NULL ORDER BY run_id")
    assert 4 <= len(runs) <= 6  # event-time cadence: about one run per event hour
    assert service.cache.decisions["a0"].action == "deny"


def test_replay_speed_paces_event_time(
    tmp_path: Path, service: Service, keys: dict[str, str]
) -> None:
    world = write_world(tmp_path / "world")
    with TestClient(create_app(service)) as http:
        client = Client("http://testserver", keys["ingest"])
        http.headers["Authorization"] = f"Bearer {keys['ingest']}"
        client.http = http
        stats = replay(
            world, client, speed=299 * 60 / 0.5, batch_rows=100
        )  # 299 event-minutes in 0.5 s
    assert stats.rows == 300 and 0.4 < stats.wall_seconds < 10


def test_replay_needs_a_world(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="simulate"):
        replay(tmp_path, Client("http://127.0.0.1:9", "k"))


def test_keys_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    runner = CliRunner()
    made = runner.invoke(
        app, ["keys", "create", "--db", db, "--role", "read", "--label", "analyst"]
    )
    assert made.exit_code == 0
    key = made.stdout.strip().splitlines()[-1]
    assert key.startswith("dwk_")
    listed = runner.invoke(app, ["keys", "list", "--db", db]).stdout
    key_id = listed.split()[0]
    assert "read\tactive\tanalyst" in listed and key not in listed
    assert runner.invoke(app, ["keys", "revoke", "--db", db, key_id]).exit_code == 0
    assert "revoked" in runner.invoke(app, ["keys", "list", "--db", db]).stdout
    bad = runner.invoke(app, ["keys", "create", "--db", db, "--role", "root"])
    assert bad.exit_code != 0
    stored = Store(db).read("SELECT key_hash FROM api_keys")
    assert all(key not in h for (h,) in stored)


def test_accounts_file_through_the_ingest_reader(tmp_path: Path, service: Service) -> None:
    world = write_world(tmp_path / "world")
    assert service.load_accounts_file([world / "accounts.parquet"]) == 2
    assert service.cache.facts["a0"].verified is False


def test_geoip2fast_offline_countries(geo: CountryLookup) -> None:
    assert geo.country("81.2.69.160") == "GB"
    assert geo.country("1.1.1.1") == "AU"
    assert geo.country("2a00:1450:4001:82a::200e") == "DE"
    assert (
        geo.country("10.0.0.1") is None
        and geo.country("nonsense") is None
        and geo.country(None) is None
    )


def test_bad_mmdb_is_a_user_error(tmp_path: Path) -> None:
    fake = tmp_path / "x.mmdb"
    fake.write_bytes(b"not a database")
    with pytest.raises(UserError, match=r"x\.mmdb"):
        CountryLookup(fake)
