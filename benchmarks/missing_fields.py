"""Detection quality when logs carry fewer of the contract's optional fields.

Other providers' and gateways' logs fill the contract unevenly: no accounts table, no IP,
no system prompts, no token counts. For one simulated world (with ``truth.csv``) this scans
the events as they are and with field groups removed, and prints one JSON line per variant:
precision, recall, false positives and each campaign's recall.

    .venv/bin/python benchmarks/missing_fields.py WORLD [--variants full,no-accounts,...]

``WORLD`` is a folder written by ``distillwatch simulate`` (events.parquet,
accounts.parquet, truth.csv) or by an outside generator (``benchmarks/outside_worlds``: its
``events.*`` and ``accounts.*`` in any contract format are ingested first).
``no-release`` renames the world's newest model to its most used one, so no model release
(and no pivot) can be seen.
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import polars as pl

from distillwatch.eval import evaluate, headline, read_scan
from distillwatch.ingest.accounts import read_accounts
from distillwatch.ingest.events import ingest_events
from distillwatch.pipeline.scan import scan


@dataclass(frozen=True)
class Variant:
    """Event columns and accounts columns removed (``accounts=None``: no accounts table)."""

    events: tuple[str, ...] = ()
    accounts: tuple[str, ...] | None = ()
    no_release: bool = False


VARIANTS: dict[str, Variant] = {
    "full": Variant(),
    "no-accounts": Variant(accounts=None),
    "no-ip-ua-card-email": Variant(
        events=("ip", "user_agent"), accounts=("payment_fingerprint", "email_domain")
    ),
    "no-org-id": Variant(events=("org_id", "api_key_id")),
    "no-system": Variant(events=("system",)),
    "no-tokens": Variant(
        events=(
            "input_tokens",
            "output_tokens",
            "max_tokens",
            "temperature",
            "n",
            "finish_reason",
            "status",
        )
    ),
    "no-conversation": Variant(events=("turn", "conversation_id")),
    "no-release": Variant(no_release=True),
    "required-only": Variant(
        events=(
            "org_id",
            "api_key_id",
            "ip",
            "user_agent",
            "system",
            "turn",
            "conversation_id",
            "input_tokens",
            "output_tokens",
            "max_tokens",
            "temperature",
            "n",
            "tools",
            "response_format",
            "finish_reason",
            "status",
            "response",
        ),
        accounts=None,
    ),
}


def _without_release(events: pl.DataFrame) -> pl.DataFrame:
    """The newest model (latest first appearance) renamed to the most used one."""
    first = events.group_by("model").agg(pl.col("timestamp").min()).sort("timestamp")
    newest = first["model"][-1]
    common = events["model"].value_counts(sort=True)["model"][0]
    return events.with_columns(pl.col("model").replace(newest, common))


def world_tables(world: Path, work: Path) -> tuple[pl.DataFrame, pl.DataFrame | None]:
    """The world's events and accounts as contract tables: a simulated world's Parquet as it
    is, any other world's files through ingest (its bad rows quarantined, as a scan would)."""
    if (world / "events.parquet").exists():
        events = pl.read_parquet(world / "events.parquet")
    else:
        source = next(p for p in sorted(world.iterdir()) if p.name.startswith("events."))
        events = pl.read_parquet(
            ingest_events(source, work / "ingested", progress=False).events_path
        )
    found = [p for p in sorted(world.iterdir()) if p.name.startswith("accounts.")]
    return events, read_accounts(found[:1]) if found else None


def run(
    world: Path,
    tables: tuple[pl.DataFrame, pl.DataFrame | None],
    name: str,
    variant: Variant,
    work: Path,
) -> dict[str, Any]:
    """Scan ``world``'s ``tables`` as ``variant`` describes; the eval metrics that matter here."""
    events, accounts = tables
    events = events.drop([c for c in variant.events if c in events.columns])
    if variant.no_release:
        events = _without_release(events)
    folder = work / name
    folder.mkdir(parents=True)
    events.write_parquet(folder / "events.parquet")
    accounts_paths = None
    if variant.accounts is not None and accounts is not None:
        accounts = accounts.drop([c for c in variant.accounts if c in accounts.columns])
        accounts.write_parquet(folder / "accounts.parquet")
        accounts_paths = [folder / "accounts.parquet"]
    out = folder / "scan"
    scan([folder / "events.parquet"], out, accounts_paths=accounts_paths, report=False)
    return {
        "world": world.name,
        "variant": name,
        **headline(evaluate(*read_scan(world / "truth.csv", out))),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world", type=Path)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    args = parser.parse_args()
    names = [v for v in args.variants.split(",") if v]
    unknown = sorted(set(names) - set(VARIANTS))
    if unknown:
        parser.error(f"unknown variants {unknown}; choose from {', '.join(VARIANTS)}")
    with tempfile.TemporaryDirectory(prefix="dw-fields-") as tmp:
        tables = world_tables(args.world, Path(tmp))
        for name in names:
            result = run(args.world, tables, name, VARIANTS[name], Path(tmp))
            print(orjson.dumps(result).decode(), flush=True)


if __name__ == "__main__":
    main()
