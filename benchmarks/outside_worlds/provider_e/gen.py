"""World E generator: python gen.py --seed N --out OUT"""
import argparse
import csv
import datetime as dt
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import polars as pl  # noqa: E402

import benign  # noqa: E402
import benign2  # noqa: E402
import campaigns  # noqa: E402
from infra import START, Emitter, IPs  # noqa: E402
from texts import Texts  # noqa: E402

SCHEMA = {
    "event_id": pl.Utf8, "timestamp": pl.Datetime("ms", "UTC"), "account_id": pl.Utf8, "org_id": pl.Utf8,
    "api_key_id": pl.Utf8, "model": pl.Utf8, "ip": pl.Utf8, "user_agent": pl.Utf8, "system": pl.Utf8,
    "prompt": pl.Utf8, "turn": pl.Int64, "conversation_id": pl.Utf8, "input_tokens": pl.Int64,
    "output_tokens": pl.Int64, "max_tokens": pl.Int64, "temperature": pl.Float64, "n": pl.Int64, "tools": pl.Int64,
    "response_format": pl.Utf8, "finish_reason": pl.Utf8, "status": pl.Int64, "response": pl.Utf8,
}
START_MS = int(START.timestamp() * 1000)
BAD_IPS = ["300.12.4.1", "10.0.0", "not-an-ip", "2001:db8::zz91", "192.168.1.256", "::ffff:999.1.1.1", "1.2.3.4.5"]


def build(seed):
    r = random.Random(seed)
    tx = Texts()
    reg = benign.Registry(r)
    em = Emitter(r)
    em.ips = IPs(r)
    cgnat = {}
    benign.hobbyists(reg, em, tx, 1450, cgnat)
    benign.power_users(reg, em, tx, 130)
    benign.ide_devs(reg, em, tx, 220)
    benign.startups(reg, em, tx, 24)
    benign2.education(reg, em, tx, 900, 80, cgnat)
    benign2.eval_company(reg, em, tx, 14)
    benign2.moderation_vendor(reg, em, tx, 6)
    benign2.enterprise(reg, em, tx, 4)
    benign2.agencies(reg, em, tx, 12)
    campaigns.campaign_credits(reg, em, tx)
    campaigns.campaign_edu(reg, em, tx)
    campaigns.campaign_judge(reg, em, tx)
    campaigns.campaign_hydra(reg, em, tx)
    return r, reg, em


def corrupt(r, rows, frac=0.003, dup_frac=0.004):
    """Mark ~frac rows invalid (in place) and add exact duplicate copies; returns (rows, stats)."""
    n = len(rows)
    bad = set(r.sample(range(n), int(n * frac)))
    for i in sorted(bad):
        row = rows[i]
        k = r.randrange(6)
        if k == 0:
            row["ip"] = r.choice(BAD_IPS)
        elif k == 1:
            row[r.choice(["input_tokens", "output_tokens"])] = -r.randint(1, 500)
        else:
            row[r.choice(["account_id", "prompt", "model", "timestamp", "event_id"])] = None
    good = [i for i in range(n) if i not in bad]
    dups = set(r.sample(good, int(n * dup_frac)))
    out = []
    for i, row in enumerate(rows):
        out.append(row)
        if i in dups:
            out.append(dict(row))     # at-least-once delivery: the same exchange logged twice
    stats = {"rows_read": len(out), "rows_duplicate": len(dups), "rows_quarantined": len(bad)}
    stats["rows_accepted"] = len(out) - len(dups) - len(bad)
    return out, stats


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    t0 = time.time()
    os.makedirs(a.out, exist_ok=True)
    r, reg, em = build(a.seed)
    rows = em.rows
    rows.sort(key=lambda x: (x["ts"], x["event_id"]))
    for x in rows:
        x["timestamp"] = START_MS + int(x.pop("ts") * 1000)
    active = {x["account_id"] for x in rows}
    rows, stats = corrupt(r, rows)
    df = pl.DataFrame(rows, schema={**SCHEMA, "timestamp": pl.Int64})
    df = df.with_columns(pl.col("timestamp").cast(SCHEMA["timestamp"]))
    df.write_parquet(os.path.join(a.out, "events.parquet"), compression="zstd")
    with open(os.path.join(a.out, "expected_ingest.json"), "w") as f:
        json.dump(stats, f, indent=1)

    accts = [x for x in reg.accounts]
    adf = pl.DataFrame({
        "account_id": [x["account_id"] for x in accts],
        "created_at": [START_MS + int(x["created"] * 1000) for x in accts],
        "declared_country": [x["declared_country"] for x in accts],
        "payment_fingerprint": [x["payment_fingerprint"] for x in accts],
        "email_domain": [x["email_domain"] for x in accts],
        "verified": [bool(x["verified"]) for x in accts],
    }, schema={"account_id": pl.Utf8, "created_at": pl.Int64, "declared_country": pl.Utf8,
               "payment_fingerprint": pl.Utf8, "email_domain": pl.Utf8, "verified": pl.Boolean})
    adf = adf.with_columns(pl.col("created_at").cast(pl.Datetime("ms", "UTC")))
    adf.write_parquet(os.path.join(a.out, "accounts.parquet"))
    kinds = {}
    with open(os.path.join(a.out, "truth.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["account_id", "campaign", "kind"])
        for x in accts:
            if x["account_id"] in active:
                w.writerow([x["account_id"], x["campaign"], x["kind"]])
                kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
    print(json.dumps({"seed": a.seed, "events": len(rows), "accounts": sum(kinds.values()), "kinds": kinds,
                      **stats, "seconds": round(time.time() - t0, 1)}, indent=1))


if __name__ == "__main__":
    main()
