"""Read a scan's outputs and its world's truth for ``evaluate`` (the file side of eval)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import polars as pl

from distillwatch.errors import UserError


def read_scan(
    truth: Path, scan_dir: Path
) -> tuple[pl.DataFrame, pl.DataFrame, list[dict[str, Any]]]:
    """truth.csv, a scan's accounts.csv and its campaigns.json, naming the file on failure."""
    try:
        t = pl.read_csv(truth, infer_schema=False)
    except (OSError, pl.exceptions.PolarsError) as err:
        raise UserError(f"cannot read truth file {truth}: {err}") from err
    missing = {"account_id", "campaign", "kind"} - set(t.columns)
    if missing:
        raise UserError(
            f"{truth}: missing columns {sorted(missing)}; expected account_id,campaign,kind"
        )
    try:
        a = pl.read_csv(scan_dir / "accounts.csv", infer_schema=False)
        c = orjson.loads((scan_dir / "campaigns.json").read_bytes())["campaigns"]
    except (OSError, KeyError, orjson.JSONDecodeError, pl.exceptions.PolarsError) as err:
        raise UserError(
            f"cannot read scan output in {scan_dir}: {err}; run distillwatch scan first"
        ) from err
    return t, a, c
