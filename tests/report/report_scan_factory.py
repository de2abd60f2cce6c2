"""Builds a realistic scan folder (contract section 3 + report artifacts) for report/share tests.

The real ``scan`` is built in parallel; this factory writes exactly the documented shape
(docs/ARCHITECTURE.md "report artifacts") so the report and the STIX export can be tested
on their own, including hostile log content and missing optional files.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import polars as pl

from distillwatch.contract import CONTRACT_VERSION

HOSTILE_ACCOUNT = "<script>alert('acct')</script>"
HOSTILE_UA = '"><img src=x onerror=alert(1)>python-httpx/0.27'
HOSTILE_DETAIL = "</style></table><script>alert('detail')</script>"
MODELS = ("atlas-2", "atlas-3-mini", "atlas-3")
KEY_KINDS = ("ip24", "user_agent", "payment", "email_domain", "template", "sync")


def build_scan_dir(
    out: Path,
    *,
    n_campaigns: int = 3,
    n_benign: int = 120,
    days: int = 28,
    seed: int = 0,
    hostile: bool = False,
    metadata_only: bool = False,
    with_daily: bool = True,
    with_links: bool = True,
) -> Path:
    """Write a scan folder with ``n_campaigns`` campaigns and benign accounts; returns ``out``."""
    rng = np.random.default_rng(seed)
    out.mkdir(parents=True, exist_ok=True)
    start = date(2026, 4, 22)
    release_day = days // 2
    day_list = [start + timedelta(days=d) for d in range(days)]

    account_rows: list[dict[str, object]] = []
    campaigns: list[dict[str, object]] = []
    link_rows: list[dict[str, object]] = []
    daily_rows: list[dict[str, object]] = []

    for c in range(n_campaigns):
        cid = f"C{c + 1:03d}"
        n_acc = int(rng.integers(6, 40))
        accounts = [f"acct-{c:03d}-{i:04d}" for i in range(n_acc)]
        if hostile and c == 0:
            accounts[0] = HOSTILE_ACCOUNT
        first, last = int(rng.integers(0, 4)), days - int(rng.integers(0, 4))
        per_day = rng.integers(300, 3000, size=last - first)
        for k, d in enumerate(range(first, last)):
            moved = 0.45 if d >= release_day else 0.0
            total = int(per_day[k])
            new = int(total * moved)
            daily_rows.append(
                {"day": day_list[d], "campaign_id": cid, "model": "atlas-3", "exchanges": new}
            )
            daily_rows.append(
                {
                    "day": day_list[d],
                    "campaign_id": cid,
                    "model": "atlas-2",
                    "exchanges": total - new,
                }
            )
        n_ex = int(per_day.sum())
        subnets = [f"198.51.{(c * 7 + j) % 250}.0/24" for j in range(int(rng.integers(1, 4)))]
        uas = [
            f"python-httpx/0.{27 + c}",
            HOSTILE_UA if hostile and c == 0 else f"OpenAI/Python 1.{c}.0",
        ]
        payments = [f"pf_{c:02d}{j:04x}" for j in range(2)]
        template_fp = [f"{int(x):016x}" for x in rng.integers(0, 2**62, size=4)]
        for i, acc in enumerate(accounts):
            score = float(np.clip(0.6 + rng.normal(0.2, 0.1), 0.0, 1.0))
            account_rows.append(
                {
                    "account_id": acc,
                    "score": round(score, 4),
                    "flagged": score >= 0.7,
                    "campaign_id": cid,
                    "reasons": "shared_infrastructure;cot_elicitation;template_repetition",
                }
            )
            for kind, keys in (
                ("ip24", subnets),
                ("user_agent", uas),
                ("payment", payments),
                ("email_domain", ["mailinator.example"]),
                # As link/keys.py writes them: MinHash band keys "mh:<hex>", skeleton hashes in decimal.
                ("template", [f"mh:{template_fp[0]}", str(int(template_fp[1], 16))]),
            ):
                key = keys[i % len(keys)]
                link_rows.append(
                    {
                        "campaign_id": cid,
                        "account_id": acc,
                        "key_kind": kind,
                        "key": key,
                        "weight": 1.0,
                    }
                )
        campaigns.append(
            {
                "campaign_id": cid,
                "accounts": accounts,
                "n_accounts": n_acc,
                "n_exchanges": n_ex,
                "first_seen": f"{day_list[first].isoformat()}T00:03:00Z",
                "last_seen": f"{day_list[last - 1].isoformat()}T23:58:00Z",
                "exchanges_per_day": round(n_ex / (last - first), 1),
                "capabilities": {"reasoning": 0.62, "coding": 0.21, "grading": 0.12, "other": 0.05},
                "models": {"atlas-2": 0.7, "atlas-3": 0.3},
                "score": round(0.95 - 0.05 * c, 3),
                "evidence": [
                    {
                        "signal": "cot_elicitation",
                        "value": 0.81,
                        "baseline": 0.02,
                        "detail": HOSTILE_DETAIL
                        if hostile and c == 0
                        else "share of prompts asking for step-by-step reasoning",
                    },
                    {
                        "signal": "shared_ip24",
                        "value": len(subnets),
                        "baseline": 1.0,
                        "detail": f"{n_acc} accounts on {len(subnets)} /24 prefixes",
                    },
                    {
                        "signal": "template_repetition",
                        "value": 0.93,
                        "baseline": 0.11,
                        "detail": "one prompt skeleton across accounts",
                    },
                ],
                "infrastructure": {"ip_prefixes": subnets, "user_agents": uas, "asns": [64500 + c]},
                "template_fingerprints": template_fp,
                # Both shapes the scan may write: documented, and pipeline/campaigns.py's.
                "pivot": {
                    "model": "atlas-3",
                    "released": f"{day_list[release_day].isoformat()}T16:00:00Z",
                    "share_moved_24h": 0.45,
                }
                if c % 2 == 0
                else {
                    "model": "atlas-3",
                    "share_24h": 0.45,
                    "baseline": 0.08,
                    "accounts_measured": n_acc,
                },
            }
        )

    for i in range(n_benign):
        score = float(rng.uniform(0.0, 0.4))
        account_rows.append(
            {
                "account_id": f"benign-{i:05d}",
                "score": round(score, 4),
                "flagged": False,
                "campaign_id": "",
                "reasons": "",
            }
        )
    for d, day in enumerate(day_list):
        for m in MODELS:
            base = int(rng.integers(20_000, 40_000)) if m != "atlas-3" or d >= release_day else 0
            if base:
                daily_rows.append({"day": day, "campaign_id": None, "model": m, "exchanges": base})

    accounts_df = pl.DataFrame(account_rows)
    accounts_df.with_columns(pl.col("flagged").cast(pl.String).str.to_lowercase()).write_csv(
        out / "accounts.csv"
    )
    (out / "campaigns.json").write_text(json.dumps({"campaigns": campaigns}, indent=1))
    rows_q = 3
    accepted = int(sum(r["exchanges"] for r in daily_rows if r["campaign_id"] is None))
    summary = {
        "contract_version": CONTRACT_VERSION,
        "rows_read": accepted + 5 + rows_q,
        "rows_accepted": accepted,
        "rows_duplicate": 5,
        "rows_quarantined": rows_q,
        "accounts": accounts_df.height,
        "campaigns": len(campaigns),
        "flagged_accounts": int(accounts_df["flagged"].sum()),
        "wall_seconds": 12.5,
        "metadata_only": metadata_only,
        "generated_at": datetime(2026, 5, 20, tzinfo=UTC).isoformat(),
    }
    (out / "summary.json").write_text(json.dumps(summary))
    quarantine = [
        {"source": "events.jsonl", "row": 17, "reason": "bad_timestamp", "detail": "'yesterday'"},
        {
            "source": "events.jsonl",
            "row": 99,
            "reason": "missing_field",
            "detail": "prompt",
            "event_id": "e99",
        },
        {"source": "events.jsonl", "row": 120, "reason": "bad_ip", "detail": "<b>999.1.1.1</b>"},
    ]
    (out / "quarantine.jsonl").write_text("".join(json.dumps(q) + "\n" for q in quarantine))
    if with_daily:
        pl.DataFrame(
            daily_rows,
            schema={
                "day": pl.Date,
                "campaign_id": pl.String,
                "model": pl.String,
                "exchanges": pl.Int64,
            },
        ).write_parquet(out / "daily.parquet")
    if with_links:
        pl.DataFrame(
            link_rows,
            schema={
                "campaign_id": pl.String,
                "account_id": pl.String,
                "key_kind": pl.String,
                "key": pl.String,
                "weight": pl.Float64,
            },
        ).write_parquet(out / "links.parquet")
    return out


def leaked_values(scan_dir: Path, text: str) -> list[str]:
    """Account ids, payment fingerprints and e-mail domains of a scan folder found in ``text``."""
    accounts = pl.read_csv(scan_dir / "accounts.csv", schema_overrides={"account_id": pl.String})
    links = pl.read_parquet(scan_dir / "links.parquet")
    private = links.filter(pl.col("key_kind").is_in(["payment", "email_domain"]))["key"].unique()
    return [v for v in [*accounts["account_id"].to_list(), *private.to_list()] if v in text]
