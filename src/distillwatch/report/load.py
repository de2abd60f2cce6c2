"""Read a scan folder (contract section 3 + report artifacts) for the report and the STIX export.

Required files are ``campaigns.json`` and ``summary.json``; ``accounts.csv``,
``quarantine.jsonl``, ``daily.parquet`` and ``links.parquet`` are optional and come back
as ``None`` so each consumer can say what is missing instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import orjson
import polars as pl

from distillwatch.contract import CAMPAIGN_KEYS
from distillwatch.errors import UserError

DAILY_SCHEMA = pl.Schema(
    {"day": pl.Date(), "campaign_id": pl.String(), "model": pl.String(), "exchanges": pl.Int64()}
)
LINKS_SCHEMA = pl.Schema(
    {
        "campaign_id": pl.String(),
        "account_id": pl.String(),
        "key_kind": pl.String(),
        "key": pl.String(),
        "weight": pl.Float64(),
    }
)


@dataclass(frozen=True)
class ScanResult:
    """Everything a scan wrote, parsed; optional artifacts are ``None`` when absent."""

    scan_dir: Path
    summary: dict[str, Any]
    campaigns: list[dict[str, Any]]
    accounts: pl.DataFrame | None = None
    daily: pl.DataFrame | None = None
    links: pl.DataFrame | None = None
    quarantine_reasons: dict[str, int] = field(default_factory=dict)

    @property
    def metadata_only(self) -> bool:
        """True when the scan saw no prompt text (summary key ``metadata_only``)."""
        return bool(self.summary.get("metadata_only", False))


@dataclass(frozen=True)
class Pivot:
    """A campaign's move to a newly released model (campaign key ``pivot``), normalised."""

    model: str
    released: date | None
    share_24h: float | None
    baseline: float | None


def pivot_info(camp: dict[str, Any], releases: dict[str, date] | None = None) -> Pivot | None:
    """Read ``pivot`` in either shape the scan writes ({released, share_moved_24h} or
    {share_24h, baseline}); the release day falls back to the model's first day in traffic."""
    raw = camp.get("pivot")
    if not isinstance(raw, dict) or not raw.get("model"):
        return None
    model = str(raw["model"])
    share = raw.get("share_moved_24h", raw.get("share_24h"))
    base = raw.get("baseline")
    released = parse_day(raw.get("released")) or (releases or {}).get(model)
    return Pivot(
        model=model,
        released=released,
        share_24h=float(share) if isinstance(share, int | float) else None,
        baseline=float(base) if isinstance(base, int | float) else None,
    )


def model_releases(daily: pl.DataFrame | None) -> dict[str, date]:
    """Models that first appear in all traffic after the window's first day: their release day."""
    if daily is None or daily.height == 0:
        return {}
    first = (
        daily.filter(pl.col("campaign_id").is_null() & (pl.col("exchanges") > 0))
        .group_by("model")
        .agg(pl.col("day").min())
    )
    if first.height == 0:
        return {}
    start = first["day"].min()
    return {m: d for m, d in first.sort("day").iter_rows() if d > start}


def parse_ts(value: Any) -> datetime | None:
    """A UTC datetime from an RFC 3339 string (naive = UTC) or epoch milliseconds; else None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, int | float):
            return datetime.fromtimestamp(value / 1000, UTC)
        ts = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        return None
    return ts.astimezone(UTC) if ts.tzinfo else ts.replace(tzinfo=UTC)


def parse_day(value: Any) -> date | None:
    """The UTC date of :func:`parse_ts`; None when unreadable."""
    ts = parse_ts(value)
    return ts.date() if ts is not None else None


def _read_json(path: Path) -> Any:
    if not path.is_file():
        raise UserError(
            f"{path}: not found; point at a folder written by `distillwatch scan --out`"
        )
    try:
        return orjson.loads(path.read_bytes())
    except orjson.JSONDecodeError as err:
        raise UserError(f"{path}: not valid JSON ({err}); re-run the scan to rewrite it") from err


def _read_campaigns(path: Path) -> list[dict[str, Any]]:
    doc = _read_json(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("campaigns"), list):
        raise UserError(f'{path}: expected {{"campaigns": [...]}}; re-run the scan to rewrite it')
    campaigns: list[dict[str, Any]] = doc["campaigns"]
    for i, camp in enumerate(campaigns, start=1):
        missing = [k for k in CAMPAIGN_KEYS if not isinstance(camp, dict) or k not in camp]
        if missing:
            raise UserError(
                f"{path}: campaign {i} lacks {', '.join(missing)}; the file does not follow contract section 3"
            )
    return sorted(campaigns, key=lambda c: (-float(c["score"]), -int(c["n_exchanges"])))


def _read_accounts(path: Path) -> pl.DataFrame | None:
    if not path.is_file():
        return None
    df = pl.read_csv(
        path,
        schema_overrides={"account_id": pl.String, "campaign_id": pl.String, "reasons": pl.String},
        infer_schema_length=10_000,
    )
    return df.with_columns(
        pl.col("flagged").cast(pl.String).str.to_lowercase().eq("true").alias("flagged"),
        pl.col("campaign_id").fill_null(""),
        pl.col("reasons").fill_null(""),
        pl.col("score").cast(pl.Float64),
    )


def _read_table(path: Path, schema: pl.Schema) -> pl.DataFrame | None:
    if not path.is_file():
        return None
    df = pl.read_parquet(path)
    missing = [c for c in schema if c not in df.columns]
    if missing:
        raise UserError(f"{path}: lacks column(s) {', '.join(missing)}; see docs/ARCHITECTURE.md")
    return df.select([pl.col(c).cast(t) for c, t in schema.items()])


def _quarantine_reasons(path: Path) -> dict[str, int]:
    if not path.is_file() or path.stat().st_size == 0:
        return {}
    df = pl.read_ndjson(path, schema_overrides={"reason": pl.String}, infer_schema_length=None)
    if "reason" not in df.columns:
        return {}
    counts = df.group_by("reason").len().sort("len", descending=True)
    return dict(zip(counts["reason"].to_list(), counts["len"].to_list(), strict=True))


def load_scan(scan_dir: Path) -> ScanResult:
    """Parse a scan folder; raises ``UserError`` naming the file when a required part is bad."""
    scan_dir = Path(scan_dir)
    if not scan_dir.is_dir():
        raise UserError(f"{scan_dir}: not a folder; pass the --out folder of `distillwatch scan`")
    summary = _read_json(scan_dir / "summary.json")
    if not isinstance(summary, dict):
        raise UserError(f"{scan_dir / 'summary.json'}: expected a JSON object")
    return ScanResult(
        scan_dir=scan_dir,
        summary=summary,
        campaigns=_read_campaigns(scan_dir / "campaigns.json"),
        accounts=_read_accounts(scan_dir / "accounts.csv"),
        daily=_read_table(scan_dir / "daily.parquet", DAILY_SCHEMA),
        links=_read_table(scan_dir / "links.parquet", LINKS_SCHEMA),
        quarantine_reasons=_quarantine_reasons(scan_dir / "quarantine.jsonl"),
    )
