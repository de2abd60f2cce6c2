"""Write a ``Detection`` as contract section 3 files plus the report artifacts."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

import orjson
import polars as pl

from distillwatch import contract

#: Every file a scan writes into its output folder (contract section 3 and the extras).
SCAN_FILES: Final = (
    "accounts.csv",
    "campaigns.json",
    "summary.json",
    "quarantine.jsonl",
    "report.html",
    "daily.parquet",
    "links.parquet",
)
#: Hidden folder of a scan's output that holds the validated events while detection runs.
STAGING_DIR: Final = ".staging"


def write_accounts_csv(accounts: pl.DataFrame, path: Path) -> None:
    """accounts.csv: contract columns in order; ``flagged`` as true/false, empty campaign_id."""
    accounts.select(
        "account_id",
        pl.col("score").round(4),
        pl.when(pl.col("flagged")).then(pl.lit("true")).otherwise(pl.lit("false")).alias("flagged"),
        pl.col("campaign_id").fill_null(""),
        pl.col("reasons").fill_null(""),
    ).select(contract.ACCOUNTS_CSV_COLUMNS).write_csv(path)


def write_json(obj: Any, path: Path) -> None:
    """Pretty, deterministic JSON (sorted keys are not used: contract order is kept)."""
    path.write_bytes(orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS))


def write_detection(detection: Any, out_dir: Path) -> None:
    """accounts.csv, campaigns.json, daily.parquet, links.parquet (summary is the caller's)."""
    write_accounts_csv(detection.accounts, out_dir / "accounts.csv")
    write_json({"campaigns": detection.campaigns}, out_dir / "campaigns.json")
    detection.daily.write_parquet(out_dir / "daily.parquet")
    detection.links.write_parquet(out_dir / "links.parquet")


def summary(
    counts: dict[str, int], detection: Any, wall_seconds: float, **extra: Any
) -> dict[str, Any]:
    """summary.json content: the contract keys first, then anything extra."""
    out: dict[str, Any] = {
        "contract_version": contract.CONTRACT_VERSION,
        "rows_read": counts["rows_read"],
        "rows_accepted": counts["rows_accepted"],
        "rows_duplicate": counts["rows_duplicate"],
        "rows_quarantined": counts["rows_quarantined"],
        "accounts": detection.accounts.height,
        "campaigns": len(detection.campaigns),
        "flagged_accounts": int(detection.accounts["flagged"].sum()),
        "wall_seconds": round(wall_seconds, 3),
    }
    return out | extra
