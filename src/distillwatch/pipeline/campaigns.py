"""Turn scored communities into the contract's accounts and campaigns, with evidence."""

from __future__ import annotations

from typing import Any, Final

import polars as pl
import xxhash

from distillwatch import contract
from distillwatch.link.keys import template_hex
from distillwatch.score.account import Baseline
from distillwatch.score.campaign import COORD_LINES, LINE_FIRES, LINES, unmeasured_lines
from distillwatch.score.evidence import account_evidence, campaign_evidence
from distillwatch.score.signals import SIGNALS

#: A community is reported (and its members flagged) at this campaign score: convergent
#: (0.5) with weighted evidence of at least 0.4 of the maximum. The gates decide; this bar
#: only keeps groups that pass them at their weakest out. At 0.75 (half the maximum) it
#: overrode the gates for campaigns whose sign-ups look normal and which never pivot: one
#: passing coordination at 0.48 with extraction content and behaviour weighs 0.49 and was
#: dropped (held-out `evasive` 2501's rewrite campaign at 0.747). No benign-majority group
#: converged on the 36 tuning replays, and none of their campaigns scored 0.70-0.75.
CAMPAIGN_FLAG: Final = 0.7
#: A member is flagged when its own final score reaches this (always <= campaign score).
ACCOUNT_FLAG: Final = 0.55
#: Contract capability name -> per-account share column.
CAPABILITY_COLUMNS: Final = {
    "reasoning": "cap_reasoning_share",
    "coding": "cap_coding_share",
    "agentic_tool_use": "cap_agentic_share",
    "structured_output": "cap_structured_share",
    "grading": "grading_share",
    "policy_rewrite": "policy_rewrite_share",
    "other": "cap_other_share",
}


def campaign_id(members: list[str]) -> str:
    """Stable id from the sorted member list: the same accounts give the same id."""
    return "C-" + xxhash.xxh64_hexdigest("\n".join(sorted(members)).encode())[:10]


def assemble(
    *,
    features: pl.DataFrame,
    strengths: pl.DataFrame,
    baselines: dict[str, Baseline],
    families: pl.DataFrame,
    membership: pl.DataFrame,
    lines: pl.DataFrame,
    coverage: pl.DataFrame,
    holdings: pl.DataFrame,
    weights: pl.DataFrame,
    daily: pl.DataFrame,
) -> Any:
    """Accounts table, campaign dicts, daily and links artifacts (a ``Detection``);
    ``holdings`` from :func:`~distillwatch.link.graph.key_holdings`."""
    from distillwatch.pipeline.detect import Detection

    flagged_groups = lines.filter(
        pl.col("convergent") & (pl.col("campaign_score") >= CAMPAIGN_FLAG)
    )
    members = _members(membership, flagged_groups)
    ids = (
        members.group_by("community")
        .agg(pl.col("account_id").sort())
        .with_columns(
            pl.col("account_id")
            .map_elements(lambda m: campaign_id(m.to_list()), return_dtype=pl.String)
            .alias("campaign_id")
        )
        .select("community", "campaign_id")
    )
    members = members.join(ids, on="community")
    acc = _account_rows(features, strengths, baselines, families, members)
    # Each campaign's rows, split once (filtering the full tables per campaign cost 17 ms
    # each, 1.9 s for 112 campaigns at 172k accounts); row order as in the full tables.
    by_id = members.select("account_id", "campaign_id")
    parts = [
        _split(table.join(by_id, on="account_id", maintain_order="left"), "campaign_id")
        for table in (features, daily)
    ]
    covs = _split(coverage, "community")
    campaigns = [
        _campaign_dict(
            row,
            parts[0].get(row["campaign_id"], features.clear()),
            covs.get(row["community"], coverage.clear()),
            parts[1].get(row["campaign_id"], daily.clear()),
            baselines,
        )
        # Ties broken by id: the order in campaigns.json does not depend on group order.
        for row in flagged_groups.join(ids, on="community")
        .sort(["campaign_score", "campaign_id"], descending=[True, False])
        .iter_rows(named=True)
    ]
    return Detection(
        accounts=acc,
        campaigns=campaigns,
        daily=_daily(daily, members),
        links=_links(members, holdings, weights),
        features=features,
    )


def _members(membership: pl.DataFrame, groups: pl.DataFrame) -> pl.DataFrame:
    """Core members of the flagged groups, with the group's score."""
    return membership.join(groups.select("community", "campaign_score"), on="community")


def _account_rows(
    features: pl.DataFrame,
    strengths: pl.DataFrame,
    baselines: dict[str, Baseline],
    families: pl.DataFrame,
    members: pl.DataFrame,
) -> pl.DataFrame:
    """account_id, score, flagged, campaign_id, reasons, evidence for every account."""
    ev = account_evidence(features, strengths, baselines)
    rel = (pl.col("prior") / pl.col("prior").median().over("campaign_id").clip(1e-6)).clip(0, 1)
    base = families.select("account_id", "prior").join(
        members.select("account_id", "campaign_id", "campaign_score"), on="account_id", how="left"
    )
    scored = base.with_columns(
        pl.max_horizontal(
            0.6 * pl.col("prior"),
            (pl.col("campaign_score") * (0.85 + 0.15 * rel)).fill_null(0.0),
        )
        .clip(0, 1)
        .alias("score")
    ).with_columns(
        (pl.col("campaign_id").is_not_null() & (pl.col("score") >= ACCOUNT_FLAG)).alias("flagged")
    )
    out = scored.join(ev, on="account_id", how="left").with_columns(
        pl.when(pl.col("campaign_id").is_not_null())
        .then(
            pl.concat_str(
                [pl.lit("coordinated_campaign"), pl.col("reasons")], separator=";"
            ).str.strip_suffix(";")
        )
        .otherwise(pl.col("reasons"))
        .alias("reasons")
    )
    return out.select(
        "account_id", pl.col("score").round(4), "flagged", "campaign_id", "reasons", "evidence"
    ).sort("account_id")


def _split(table: pl.DataFrame, column: str) -> dict[Any, pl.DataFrame]:
    """Rows of ``table`` per value of ``column`` (the column dropped), in table order."""
    return {
        key[0]: part
        for key, part in table.partition_by(
            column, as_dict=True, maintain_order=True, include_key=False
        ).items()
    }


def _campaign_dict(
    row: dict[str, Any],
    f: pl.DataFrame,
    cov: pl.DataFrame,
    daily: pl.DataFrame,
    baselines: dict[str, Baseline],
) -> dict[str, Any]:
    """One campaign in contract section 3 shape plus infrastructure, fingerprints and pivot,
    from its members' feature rows ``f``, key coverage ``cov`` and daily counts."""
    cid = row["campaign_id"]
    ids = f["account_id"].sort()
    n_ex = int(f["n_events"].sum())
    first, last = f["first_seen"].min(), f["last_seen"].max()
    days = max((last - first).total_seconds() / 86400, 1.0)  # type: ignore[operator]
    caps = {}
    if "n_content" in f.columns:
        nc = max(int(f["n_content"].fill_null(0).sum()), 1)
        for cap, col in CAPABILITY_COLUMNS.items():
            caps[cap] = round(
                float((f[col].fill_null(0) * f["n_content"].fill_null(0)).sum()) / nc, 4
            )
    models = (
        daily.group_by("model")
        .agg(pl.col("exchanges").sum())
        # Ties by name: group_by order varies between runs, campaigns.json must not.
        .sort(["exchanges", "model"], descending=[True, False])
    )
    fired = {
        c: row[c]
        for c in COORD_LINES
        if row.get(c) is not None and row[c] >= LINE_FIRES.get(c, 0.5)
    }
    medians = {
        s.name: float(f[s.column].cast(pl.Float64).median() or 0.0)  # type: ignore[arg-type]
        for s in SIGNALS
        if s.column in f.columns and s.name in baselines and f[s.column].null_count() < f.height
    }
    strongest = _strongest_signals(medians, baselines)
    unmeasured = unmeasured_lines(baselines)
    return {
        "campaign_id": cid,
        "accounts": ids.to_list(),
        "n_accounts": len(ids),
        "n_exchanges": n_ex,
        "first_seen": first.isoformat(),  # type: ignore[union-attr]
        "last_seen": last.isoformat(),  # type: ignore[union-attr]
        "exchanges_per_day": round(n_ex / days, 2),
        "capabilities": {c: caps.get(c, 0.0) for c in contract.CAPABILITIES},
        "models": {m: round(x / max(n_ex, 1), 4) for m, x in models.iter_rows()},
        "score": round(float(row["campaign_score"]), 4),
        "evidence": campaign_evidence(row, cov, strongest, baselines),
        # A line the input cannot show is null, not 0: "not measured" is not "not suspicious".
        "lines": {k: round(float(v), 4) for k, v in fired.items()}
        | {k: None if k in unmeasured else round(float(row[k]), 4) for k in (*LINES, "strangers")}
        | {k: _rounded(row.get(k)) for k in ("disposable", "tenant")},
        "infrastructure": _infrastructure(cov),
        "template_fingerprints": _fingerprints(cov),
        "pivot": _pivot(f),
    }


def _rounded(value: float | None) -> float | None:
    """``value`` to four places; None stays None (not measured)."""
    return None if value is None else round(float(value), 4)


def _strongest_signals(
    medians: dict[str, float], baselines: dict[str, Baseline]
) -> dict[str, float]:
    """Median member values of signals that stand out from the population (|z| >= 3)."""
    by = {s.name: s for s in SIGNALS}
    out = {}
    for name, value in medians.items():
        b = baselines[name]
        if (value - b.median) / b.scale * by[name].direction >= by[name].z_low:
            out[name] = value
    return out


def _infrastructure(cov: pl.DataFrame) -> dict[str, list[str]]:
    """IP prefixes and user agents held mostly inside the campaign (shareable indicators)."""

    def keys(*kinds: str) -> list[str]:
        rows = cov.filter(pl.col("key_kind").is_in(kinds)).sort("key_kind")
        return [str(k) for ks in rows["keys"].to_list() for k in ks]

    return {"ip_prefixes": keys("ip24", "ip48"), "user_agents": keys("user_agent"), "asns": []}


def _fingerprints(cov: pl.DataFrame) -> list[str]:
    """Template keys of the campaign as hex strings (MinHash band keys and skeleton hashes)."""
    keys = cov.filter(pl.col("key_kind") == "template").select(pl.col("keys").explode())
    return keys.drop_nulls().select(template_hex(pl.col("keys")))["keys"].to_list()


def _pivot(f: pl.DataFrame) -> dict[str, Any] | None:
    """The campaign's move to a newly released model within 24 h, if the data shows one."""
    if "pivot_model" not in f.columns or f["pivot_model"].null_count() == f.height:
        return None
    p = f.filter(pl.col("pivot_model").is_not_null())
    model = p["pivot_model"].mode().sort()[0]
    p = p.filter(pl.col("pivot_model") == model)
    return {
        "model": model,
        "share_24h": round(float(p["pivot_share"].median() or 0.0), 4),  # type: ignore[arg-type]
        "baseline": round(float(p["pivot_baseline"].first() or 0.0), 4),  # type: ignore[arg-type]
        "accounts_measured": p.height,
    }


def _daily(daily: pl.DataFrame, members: pl.DataFrame) -> pl.DataFrame:
    """daily.parquet: exchanges per day and model, for all traffic and per campaign."""
    all_traffic = (
        daily.group_by("day", "model")
        .agg(pl.col("exchanges").sum())
        .with_columns(pl.lit(None, pl.String).alias("campaign_id"))
    )
    per = (
        daily.join(members.select("account_id", "campaign_id"), on="account_id")
        .group_by("day", "campaign_id", "model")
        .agg(pl.col("exchanges").sum())
    )
    cols = ["day", "campaign_id", "model", "exchanges"]
    return (
        pl.concat([all_traffic.select(cols), per.select(cols)])
        .with_columns(pl.col("exchanges").cast(pl.Int64))
        .sort("day", "campaign_id", "model", nulls_last=False)
    )


def _links(members: pl.DataFrame, holdings: pl.DataFrame, weights: pl.DataFrame) -> pl.DataFrame:
    """links.parquet: each campaign member's shared keys and their weights."""
    return (
        members.select("campaign_id", "account_id")
        .join(holdings.select("account_id", "key_kind", "key", "kid"), on="account_id")
        .join(weights.select("kid", "weight"), on="kid")
        .drop("kid")
        .sort("campaign_id", "account_id", "key_kind", "key")
    )
