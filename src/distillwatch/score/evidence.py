"""Evidence a reviewer can check: each signal's value beside the population baseline."""

from __future__ import annotations

from typing import Any

import polars as pl

from distillwatch.score.account import Baseline
from distillwatch.score.campaign import MEASURED_FROM, unmeasured_lines
from distillwatch.score.signals import SIGNALS

#: Signals listed per account (strongest first) in ``reasons`` and evidence.
MAX_ACCOUNT_EVIDENCE = 6
_BY_NAME = {s.name: s for s in SIGNALS}


def account_evidence(
    features: pl.DataFrame, strengths: pl.DataFrame, baselines: dict[str, Baseline]
) -> pl.DataFrame:
    """Per account: ``reasons`` (signal names, strongest first) and ``evidence`` (list of dicts).

    Only signals with non-zero strength are listed; the value is the account's own column
    value and the baseline the population median it was compared with.
    """
    names = [n for n in baselines if f"s_{n}" in strengths.columns]
    if not names:
        return features.select("account_id").with_columns(
            pl.lit("").alias("reasons"),
            pl.lit([], pl.List(pl.Struct(_EVIDENCE_FIELDS))).alias("evidence"),
        )
    long = (
        strengths.unpivot(
            index="account_id",
            on=[f"s_{n}" for n in names],
            variable_name="sig",
            value_name="strength",
        )
        # Rounded like the sort below: a value that equals the baseline up to the last bit
        # of a parallel sum would otherwise come and go between runs.
        .filter(pl.col("strength").round(9) > 0)
        .with_columns(pl.col("sig").str.strip_prefix("s_"))
    )
    values = features.select(
        "account_id", *[pl.col(_BY_NAME[n].column).cast(pl.Float64).alias(n) for n in names]
    ).unpivot(index="account_id", variable_name="sig", value_name="value")
    base = pl.DataFrame(
        {
            "sig": names,
            "baseline": [baselines[n].median for n in names],
            "detail": [_BY_NAME[n].detail for n in names],
        }
    )
    ranked = (
        long.join(values, on=["account_id", "sig"], how="left")
        .join(base, on="sig")
        # Rounded: parallel sums may differ in the last bit between runs, and tied
        # signals then swap places in ``reasons``.
        .sort(
            [pl.col("account_id"), pl.col("strength").round(9), pl.col("sig")],
            descending=[False, True, False],
        )
        .group_by("account_id", maintain_order=True)
        .head(MAX_ACCOUNT_EVIDENCE)
    )
    ev = ranked.group_by("account_id", maintain_order=True).agg(
        pl.col("sig").str.join(";").alias("reasons"),
        pl.struct(
            pl.col("sig").alias("signal"),
            pl.col("value").round(4),
            pl.col("baseline").round(4),
            pl.col("detail"),
        ).alias("evidence"),
    )
    return (
        features.select("account_id")
        .join(ev, on="account_id", how="left")
        .with_columns(pl.col("reasons").fill_null(""))
    )


_EVIDENCE_FIELDS = {
    "signal": pl.String,
    "value": pl.Float64,
    "baseline": pl.Float64,
    "detail": pl.String,
}


def campaign_evidence(
    line: dict[str, Any],
    coverage: pl.DataFrame,
    member_values: dict[str, float],
    baselines: dict[str, Baseline],
) -> list[dict[str, Any]]:
    """Evidence of one campaign: its coordination lines and the median member signals."""
    out: list[dict[str, Any]] = []
    ranked = coverage.sort(["coverage", "key_kind"], descending=[True, False])
    for row in ranked.iter_rows(named=True):
        keys = ", ".join(str(k) for k in row["keys"][:5])
        out.append(
            _share(
                f"shared_{row['key_kind']}",
                row["coverage"],
                f"share of accounts holding a {row['key_kind']} key held mostly inside this "
                f"group ({keys})",
            )
        )
    disposable = line.get("disposable")
    if disposable:
        out.append(
            _share(
                "disposable_accounts",
                disposable,
                "share of accounts signed up within a day of first use, used at least as "
                "much as the median account and dropped within a quarter of the group's "
                "active span while the group went on, or used up as a seat of a replacing "
                "tenant (hydra replacement)",
            )
        )
    tenant = line.get("tenant")
    if tenant:
        out.append(
            _share(
                "replacing_tenant",
                tenant,
                "share of accounts whose organisation "
                f"({line.get('tenant_orgs') or 'unknown'}) signs up accounts for the job, "
                "works each for days and drops it while it goes on; such an organisation "
                "vouches for none of its accounts, so each counts as its own",
            )
        )
    for name, value in member_values.items():
        b = baselines.get(name)
        if b is None:
            continue
        out.append(
            {
                "signal": name,
                "value": round(float(value), 4),
                "baseline": round(b.median, 4),
                "detail": f"median over accounts: {_BY_NAME[name].detail}",
            }
        )
    out.append(
        {
            "signal": "converging_lines",
            "value": int(line["n_lines"]),
            "baseline": 0,
            "detail": "independent lines of evidence that fire (coordination kinds, content, behaviour, trust)",
        }
    )
    unmeasured = sorted(unmeasured_lines(baselines))
    if unmeasured:
        out.append(
            {
                "signal": "unmeasured_lines",
                "value": len(unmeasured),
                "baseline": 0,
                "detail": "lines the input cannot show, so not counted against the group "
                "(one fewer supporting line needed for each where org ids tell strangers "
                "apart): " + "; ".join(f"{u} (needs {MEASURED_FROM[u]})" for u in unmeasured),
            }
        )
    return out


def _share(signal: str, value: float, detail: str) -> dict[str, Any]:
    """An evidence row for a share of the group's members (no population baseline: 0)."""
    return {"signal": signal, "value": round(float(value), 4), "baseline": 0.0, "detail": detail}
