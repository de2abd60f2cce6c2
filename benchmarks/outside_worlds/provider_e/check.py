"""Verify a generated world against the data contract: python check.py OUT"""
import ipaddress
import json
import os
import sys

import polars as pl

REQ = ["event_id", "timestamp", "account_id", "model", "prompt"]
COUNTS = ["turn", "input_tokens", "output_tokens", "tools"]
TYPES = {"event_id": pl.String, "account_id": pl.String, "org_id": pl.String, "api_key_id": pl.String,
         "model": pl.String, "ip": pl.String, "user_agent": pl.String, "system": pl.String, "prompt": pl.String,
         "turn": pl.Int64, "conversation_id": pl.String, "input_tokens": pl.Int64, "output_tokens": pl.Int64,
         "max_tokens": pl.Int64, "temperature": pl.Float64, "n": pl.Int64, "tools": pl.Int64,
         "response_format": pl.String, "finish_reason": pl.String, "status": pl.Int64, "response": pl.String}


def ok_ip(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


def main(out):
    errs = []
    e = pl.read_parquet(os.path.join(out, "events.parquet"))
    a = pl.read_parquet(os.path.join(out, "accounts.parquet"))
    t = pl.read_csv(os.path.join(out, "truth.csv"), schema_overrides={"campaign": pl.String})
    exp = json.load(open(os.path.join(out, "expected_ingest.json")))
    for c, ty in TYPES.items():
        if e.schema.get(c) != ty:
            errs.append(f"events.{c} type {e.schema.get(c)} != {ty}")
    if not isinstance(e.schema.get("timestamp"), pl.Datetime):
        errs.append("events.timestamp is not a timestamp column")
    # recompute ingest outcome per contract
    ipv = e["ip"].to_list()
    bad_ip = [v is not None and not ok_ip(v) for v in ipv]
    q = pl.Series([False] * e.height)
    for c in REQ:
        q = q | e[c].is_null()
    for c in COUNTS + ["max_tokens", "n"]:
        q = q | (e[c].fill_null(0) < 0)
    q = q | pl.Series(bad_ip)
    q = q | (e["max_tokens"].fill_null(1) < 1) | (e["n"].fill_null(1) < 1) | (e["temperature"].fill_null(0) < 0)
    valid = e.filter(~q)
    n_q = int(q.sum())
    n_dup = valid.height - valid["event_id"].n_unique()
    got = {"rows_read": e.height, "rows_quarantined": n_q, "rows_duplicate": n_dup,
           "rows_accepted": e.height - n_q - n_dup}
    for k, v in got.items():
        if exp.get(k) != v:
            errs.append(f"expected_ingest {k}={exp.get(k)} but recomputed {v}")
    if sum(exp[k] for k in ("rows_accepted", "rows_duplicate", "rows_quarantined")) != exp["rows_read"]:
        errs.append("expected_ingest does not add up")
    frac_q = n_q / e.height
    if not 0.001 <= frac_q <= 0.01:
        errs.append(f"invalid fraction {frac_q:.4f} outside 0.1-1%")
    if n_dup == 0:
        errs.append("no duplicate event_ids")
    # accounts table
    for c, ty in [("account_id", pl.String), ("declared_country", pl.String), ("payment_fingerprint", pl.String),
                  ("email_domain", pl.String), ("verified", pl.Boolean)]:
        if a.schema.get(c) != ty:
            errs.append(f"accounts.{c} type {a.schema.get(c)}")
    if not isinstance(a.schema.get("created_at"), pl.Datetime):
        errs.append("accounts.created_at not a timestamp")
    if a["account_id"].n_unique() != a.height:
        errs.append("accounts.account_id not unique")
    # truth
    if t.columns != ["account_id", "campaign", "kind"]:
        errs.append(f"truth columns {t.columns}")
    seen = set(valid["account_id"].unique().to_list())
    tids = set(t["account_id"].to_list())
    if not tids <= set(a["account_id"].to_list()):
        errs.append("truth accounts missing from accounts table")
    miss = seen - tids
    if miss:
        errs.append(f"{len(miss)} event accounts missing from truth")
    if not 3000 <= t.height <= 5000:
        errs.append(f"{t.height} accounts outside 3000-5000")
    if not 250_000 <= e.height <= 400_000:
        errs.append(f"{e.height} rows outside 250k-400k")
    span = (valid["timestamp"].max() - valid["timestamp"].min()).total_seconds() / 86400
    if not 9 <= span <= 10.01:
        errs.append(f"time span {span:.2f} days")
    camp = t.filter(pl.col("campaign").is_not_null() & (pl.col("campaign") != ""))
    summary = {"rows": e.height, "accounts": t.height, "campaigns": camp["campaign"].n_unique(),
               "campaign_accounts": camp.height, "span_days": round(span, 2), **got,
               "kinds": dict(sorted(t.group_by("kind").len().iter_rows()))}
    print(json.dumps(summary, indent=1))
    if errs:
        print("FAIL\n  " + "\n  ".join(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
