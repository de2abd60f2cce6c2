"""``distillwatch serve`` (the live service), ``keys`` (API keys) and ``replay`` (a world into it)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from distillwatch.cli.app import app
from distillwatch.errors import UserError
from distillwatch.progress import console, progress_bar, warn

keys_app = typer.Typer(
    help="Create, list and revoke API keys of a service database.", no_args_is_help=True
)
app.add_typer(keys_app, name="keys")

DbOption = Annotated[
    Path, typer.Option("--db", help="Service database file (SQLite, created if absent).")
]


@app.command()
def serve(
    db: DbOption,
    policy: Annotated[
        Path | None,
        typer.Option(help="Policy TOML (see examples/policy.toml); default: shadow, no rules."),
    ] = None,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to bind.")] = 8080,
    accounts: Annotated[
        list[Path] | None,
        typer.Option(help="Accounts table (contract section 2) to load at start."),
    ] = None,
    geoip: Annotated[
        Path | None,
        typer.Option(help="MaxMind-format .mmdb for IP countries (default: geoip2fast's table)."),
    ] = None,
    window_hours: Annotated[
        float, typer.Option(help="Event-time window detection runs on.")
    ] = 168.0,
    max_window_rows: Annotated[
        int, typer.Option(help="At most this many newest events per run.")
    ] = 500_000,
    rescore_every_events: Annotated[
        int, typer.Option(help="Re-score after this many new events...")
    ] = 20_000,
    rescore_every_minutes: Annotated[
        float, typer.Option(help="...or after this much event time.")
    ] = 60.0,
    max_batch_rows: Annotated[
        int, typer.Option(help="Rows per POST /v1/events (413 above).")
    ] = 50_000,
    max_body_mb: Annotated[
        float, typer.Option(help="Request body limit in MiB (413 above).")
    ] = 32.0,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Run the live service: ingest events, re-score on a cadence, answer /v1/check."""
    import uvicorn

    from distillwatch.serve.app import create_app
    from distillwatch.serve.geo import CountryLookup
    from distillwatch.serve.policy import load_policy
    from distillwatch.serve.service import ServeConfig, Service
    from distillwatch.serve.store import Store

    if host not in ("127.0.0.1", "localhost", "::1"):
        warn(f"binding {host}: put TLS in front of the service")
    config = ServeConfig(
        window_hours=window_hours,
        max_window_rows=max_window_rows,
        rescore_every_events=rescore_every_events,
        rescore_every_minutes=rescore_every_minutes,
        max_batch_rows=max_batch_rows,
        max_body_bytes=int(max_body_mb * 1024 * 1024),
        detect_in_subprocess=True,
    )
    rules = load_policy(policy)
    store = Store(db)
    service = Service(store, rules, config=config, geo=CountryLookup(geoip))
    if accounts:
        from distillwatch.ingest.paths import expand_paths

        n = service.load_accounts_file(expand_paths(accounts))
        console.print(f"loaded {n} accounts", highlight=False)
    logging.basicConfig(
        level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    console.print(
        f"distillwatch serve on http://{host}:{port} (db {db}, policy {rules.source}, mode {rules.mode})",
        highlight=False,
    )
    # switch threads every 0.5 ms, not 5 ms: /v1/check should not wait behind ingest's Python work
    sys.setswitchinterval(0.0005)
    uvicorn.run(create_app(service), host=host, port=port, log_level=log_level, access_log=False)


@keys_app.command("create")
def keys_create(
    db: DbOption,
    role: Annotated[str, typer.Option(help="ingest | read | admin")],
    label: Annotated[str, typer.Option(help="Free text: who holds the key.")] = "",
) -> None:
    """Create an API key; the key is printed once, as the last line."""
    from distillwatch.serve.auth import create_key
    from distillwatch.serve.store import Store

    key_id, key = create_key(Store(db), role, label)
    console.print(
        f"created {role} key {key_id}; store it now, it is not shown again", highlight=False
    )
    typer.echo(key)


@keys_app.command("list")
def keys_list(db: DbOption) -> None:
    """List keys (ids and roles; never the keys)."""
    from distillwatch.serve.auth import list_keys
    from distillwatch.serve.store import Store

    for key_id, role, label, _created, revoked in list_keys(Store(db)):
        typer.echo(f"{key_id}\t{role}\t{'revoked' if revoked else 'active'}\t{label or ''}")


@keys_app.command("revoke")
def keys_revoke(
    db: DbOption, key_id: Annotated[str, typer.Argument(help="Key id from `keys list`.")]
) -> None:
    """Revoke a key (the service stops accepting it within seconds)."""
    from distillwatch.serve.auth import revoke_key
    from distillwatch.serve.store import Store

    if not revoke_key(Store(db), key_id):
        raise UserError(f"{db}: no active key {key_id}; see `distillwatch keys list --db {db}`")
    typer.echo(f"revoked {key_id}")


@app.command()
def replay(
    world: Annotated[Path, typer.Argument(help="Folder written by `distillwatch simulate`.")],
    url: Annotated[str, typer.Option(help="Service base URL.")] = "http://127.0.0.1:8080",
    key: Annotated[
        str,
        typer.Option(
            help="API key (ingest; admin also posts accounts.parquet).", envvar="DISTILLWATCH_KEY"
        ),
    ] = "",
    speed: Annotated[
        float, typer.Option(help="Event seconds per wall second; 0 = as fast as possible.")
    ] = 3600.0,
    batch_rows: Annotated[int, typer.Option(help="Events per POST.")] = 2000,
    step_minutes: Annotated[
        float, typer.Option(help="Event-time step between --sync waits.")
    ] = 10.0,
    sync: Annotated[
        bool, typer.Option(help="After each step wait until the service has scored it.")
    ] = False,
) -> None:
    """Replay a simulated world into a running service in event-time order."""
    import pyarrow.parquet as pq

    from distillwatch.serve.replay import Client, post_accounts
    from distillwatch.serve.replay import replay as run_replay

    if not key:
        raise UserError(
            "replay needs --key KEY (or DISTILLWATCH_KEY); create one with `distillwatch keys create`"
        )
    if not (world / "events.parquet").is_file():
        raise UserError(
            f"{world / 'events.parquet'}: not found; make a world with `distillwatch simulate --out {world}`"
        )
    client = Client(url, key)
    n = post_accounts(client, world)
    if n is not None:
        console.print(f"posted {n} accounts", highlight=False)
    with progress_bar() as bar:
        task = bar.add_task("replay", total=pq.read_metadata(world / "events.parquet").num_rows)
        stats = run_replay(
            world,
            client,
            speed=speed,
            batch_rows=batch_rows,
            step_minutes=step_minutes,
            sync=sync,
            on_batch=lambda n: bar.advance(task, n),
        )
    typer.echo(
        f"replayed {stats.rows} events in {stats.batches} batches, {stats.wall_seconds:.1f} s: "
        f"{stats.accepted} accepted, {stats.duplicate} duplicate, {stats.quarantined} quarantined, {stats.redelivered} already delivered, {stats.retries} retries"
    )
