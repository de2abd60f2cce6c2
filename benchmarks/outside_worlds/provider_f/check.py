#!/usr/bin/env python
"""check.py OUT: validate a provider_f world against the distillwatch data contract (sections 1, 2, 4)."""
import csv
import gzip
import ipaddress
import json
import os
import re
import sys
from datetime import datetime

import pyarrow.parquet as pq

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
REQ = {"event_id": str, "timestamp": None, "account_id": str, "model": str, "prompt": str}
OPT_STR = ["org_id", "api_key_id", "ip", "user_agent", "system", "conversation_id", "response_format", "finish_reason", "response"]
OPT_INT = {"turn": 0, "input_tokens": 0, "output_tokens": 0, "max_tokens": 1, "n": 1, "tools": 0}


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def validate(d):
    """return None if the row is acceptable, else a reason code."""
    if not isinstance(d, dict):
        return "unparseable"
    for k, t in REQ.items():
        if k not in d or d[k] is None:
            return "missing_field"
    for k in ("event_id", "account_id", "model", "prompt"):
        if not isinstance(d[k], str):
            return "bad_type"
    ts = d["timestamp"]
    if is_int(ts):
        pass
    elif isinstance(ts, str):
        if not RFC3339.match(ts):
            return "bad_timestamp"
        try:
            datetime.fromisoformat(ts.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return "bad_timestamp"
    else:
        return "bad_type"
    for k in OPT_STR:
        if k in d and d[k] is not None and not isinstance(d[k], str):
            return "bad_type"
    if d.get("ip") is not None:
        try:
            ipaddress.ip_address(d["ip"])
        except ValueError:
            return "bad_ip"
    for k, lo in OPT_INT.items():
        if k in d and d[k] is not None:
            if not is_int(d[k]):
                return "bad_type"
            if d[k] < lo:
                return "negative_count"
    if "temperature" in d and d["temperature"] is not None:
        v = d["temperature"]
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return "bad_type"
        if v < 0:
            return "negative_count"
    if "status" in d and d["status"] is not None and not is_int(d["status"]):
        return "bad_type"
    return None


def main(out):
    errs, notes = [], []
    exp = json.load(open(os.path.join(out, "expected_ingest.json")))
    seen, n_read, n_acc, n_dup, n_q = set(), 0, 0, 0, 0
    reasons, offsets = {}, {}
    acc_accounts, with_resp, with_org, with_conv, with_key = set(), 0, 0, 0, 0
    with gzip.open(os.path.join(out, "events.jsonl.gz"), "rb") as f:
        for raw in f:
            n_read += 1
            line = raw.decode("utf-8").rstrip("\n")
            try:
                d = json.loads(line)
            except ValueError:
                d = "unparseable"
            why = validate(d) if isinstance(d, dict) else "unparseable"
            if why:
                n_q += 1
                reasons[why] = reasons.get(why, 0) + 1
                continue
            if d["event_id"] in seen:
                n_dup += 1
                continue
            seen.add(d["event_id"])
            n_acc += 1
            acc_accounts.add(d["account_id"])
            with_resp += "response" in d
            with_org += "org_id" in d
            with_conv += "conversation_id" in d and "turn" in d
            with_key += "api_key_id" in d
            ts = d["timestamp"]
            o = "epoch_ms" if is_int(ts) else ("Z" if ts.endswith("Z") else ts[-6:])
            offsets[o] = offsets.get(o, 0) + 1
    got = {"rows_read": n_read, "rows_accepted": n_acc, "rows_duplicate": n_dup, "rows_quarantined": n_q}
    if got != exp:
        errs.append(f"ingest counts differ: expected {exp} got {got}")
    if n_acc + n_dup + n_q != n_read:
        errs.append("accepted + duplicate + quarantined != read")
    qf = n_q / n_read
    if not 0.003 <= qf <= 0.005:
        errs.append(f"quarantine share {qf:.4f} outside 0.3-0.5 %")
    if n_dup == 0:
        errs.append("no duplicates")
    if with_org:
        errs.append(f"org_id present on {with_org} rows (world has no organisations)")
    rs = with_resp / n_acc
    if not 0.25 <= rs <= 0.42:
        errs.append(f"response share {rs:.3f} not about a third")
    if with_key != n_acc:
        errs.append("api_key_id missing on some accepted rows")
    for o in ("+08:00", "+09:00", "+05:30", "Z", "epoch_ms"):
        if not offsets.get(o):
            errs.append(f"no timestamps with offset {o}")
    if not 300_000 <= n_acc <= 500_000:
        notes.append(f"accepted rows {n_acc} outside 300k-500k")

    # accounts (contract section 2)
    t = pq.read_table(os.path.join(out, "accounts.parquet"))
    want = {"account_id": "string", "created_at": "timestamp", "declared_country": "string", "payment_fingerprint": "string",
            "email_domain": "string", "verified": "bool"}
    for k, ty in want.items():
        if k not in t.column_names:
            errs.append(f"accounts: missing column {k}")
        elif not str(t.schema.field(k).type).startswith(ty):
            errs.append(f"accounts: {k} has type {t.schema.field(k).type}, want {ty}")
    accts = t.to_pylist()
    ids = [a["account_id"] for a in accts]
    if len(set(ids)) != len(ids) or any(i is None for i in ids):
        errs.append("accounts: account_id not unique / null")
    bad_c = [a["declared_country"] for a in accts if a["declared_country"] is not None and not re.fullmatch(r"[A-Z]{2}", a["declared_country"])]
    if bad_c:
        errs.append(f"accounts: bad country codes {bad_c[:5]}")
    nulls = {k: sum(a[k] is None for a in accts) for k in want}
    missing_in_table = acc_accounts - set(ids)

    # truth (section 4)
    truth = list(csv.DictReader(open(os.path.join(out, "truth.csv"), newline="")))
    if not truth or list(truth[0].keys()) != ["account_id", "campaign", "kind"]:
        errs.append("truth.csv header must be account_id,campaign,kind")
    tk = {r["account_id"]: r for r in truth}
    if len(tk) != len(truth):
        errs.append("truth.csv: duplicate account_id")
    not_in_truth = acc_accounts - set(tk)
    if not_in_truth:
        errs.append(f"{len(not_in_truth)} event accounts missing from truth.csv")
    if any(not r["kind"] for r in truth):
        errs.append("truth.csv: empty kind")
    active = [tk[a] for a in acc_accounts if a in tk]
    camp = [r for r in active if r["campaign"]]
    share = len(camp) / max(1, len(active))
    if not 0.05 <= share <= 0.15:
        errs.append(f"campaign share of active accounts {share:.3f} outside 5-15 %")
    if not 3000 <= len(active) <= 6000:
        notes.append(f"active accounts {len(active)} outside 3000-6000")
    kinds = {}
    for r in active:
        kinds[(r["campaign"], r["kind"])] = kinds.get((r["campaign"], r["kind"]), 0) + 1

    print(json.dumps({"out": out, "ingest": got, "quarantine_reasons": reasons, "timestamp_offsets": offsets,
                      "response_share": round(rs, 3), "accounts_table_rows": len(accts), "accounts_table_nulls": nulls,
                      "event_accounts": len(acc_accounts), "event_accounts_not_in_accounts_table": len(missing_in_table),
                      "campaign_share_of_active_accounts": round(share, 3),
                      "kinds": {f"{c or '-'}:{k}": v for (c, k), v in sorted(kinds.items())}, "notes": notes}, indent=1))
    if errs:
        print("FAIL")
        for e in errs:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
