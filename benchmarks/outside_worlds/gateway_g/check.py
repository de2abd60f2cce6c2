#!/usr/bin/env python
"""check.py OUT: validate a gateway_g world against the data contract (sections 1, 2, 4).

Re-derives the ingest counts from events.parquet independently of gen.py and compares them
with expected_ingest.json. Exit code 0 when every check passes.
"""
import csv
import ipaddress
import json
import os
import sys
from collections import Counter

import pyarrow as pa
import pyarrow.parquet as pq

REQ = {"event_id": "string", "timestamp": "int64", "account_id": "string", "model": "string", "prompt": "string"}
OPT = {"org_id": "string", "api_key_id": "string", "ip": "string", "user_agent": "string", "system": "string",
       "turn": "int", "conversation_id": "string", "input_tokens": "int", "output_tokens": "int", "max_tokens": "int",
       "temperature": "float", "n": "int", "tools": "int", "response_format": "string", "finish_reason": "string",
       "status": "int"}
COUNTS_MIN = {"turn": 0, "input_tokens": 0, "output_tokens": 0, "tools": 0, "max_tokens": 1, "n": 1}

failures = []


def check(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        failures.append(msg)


def typ_ok(t, want):
    if want == "string":
        return pa.types.is_string(t) or pa.types.is_large_string(t)
    if want == "int64":
        return pa.types.is_int64(t)
    if want == "int":
        return pa.types.is_integer(t)
    if want == "float":
        return pa.types.is_floating(t)
    return False


def ip_ok(s):
    try:
        ipaddress.ip_address(s)
        return True
    except ValueError:
        return False


def main(out):
    ev = pq.read_table(os.path.join(out, "events.parquet"))
    sch = ev.schema
    for c, t in REQ.items():
        check(c in sch.names and typ_ok(sch.field(c).type, t), "events.%s present as %s" % (c, t))
    for c, t in OPT.items():
        check(c in sch.names and typ_ok(sch.field(c).type, t), "events.%s present as %s" % (c, t))
    check("response" not in sch.names, "response withheld (absent)")
    cols = {c: ev.column(c).to_pylist() for c in list(REQ) + list(OPT)}
    N = ev.num_rows
    with open(os.path.join(out, "expected_ingest.json")) as f:
        exp = json.load(f)
    meta = {}
    if os.path.exists(os.path.join(out, "world_meta.json")):
        with open(os.path.join(out, "world_meta.json")) as f:
            meta = json.load(f)
    t_lo, t_hi = meta.get("window_start_ms", 0), meta.get("window_end_ms", 2**62)

    accepted, dup, quar = 0, 0, 0
    reasons = Counter()
    seen = {}
    row_by_id = {}
    dup_exact = True
    out_of_window = 0
    for i in range(N):
        r = None
        for c in REQ:
            if cols[c][i] is None:
                r = "bad_timestamp" if c == "timestamp" else "missing_field"
                break
        if r is None and cols["timestamp"][i] < 0:
            r = "bad_timestamp"
        if r is None and cols["ip"][i] is not None and not ip_ok(cols["ip"][i]):
            r = "bad_ip"
        if r is None:
            for c, lo in COUNTS_MIN.items():
                v = cols[c][i]
                if v is not None and v < lo:
                    r = "negative_count"
                    break
        if r is None and cols["temperature"][i] is not None and cols["temperature"][i] < 0:
            r = "negative_count"
        if r is not None:
            quar += 1
            reasons[r] += 1
            continue
        eid = cols["event_id"][i]
        if eid in seen:
            dup += 1
            if row_by_id[eid] != tuple(cols[c][i] for c in cols):
                dup_exact = False
            continue
        seen[eid] = i
        row_by_id[eid] = tuple(cols[c][i] for c in cols)
        accepted += 1
        if not (t_lo <= cols["timestamp"][i] < t_hi):
            out_of_window += 1
    got = {"rows_read": N, "rows_accepted": accepted, "rows_duplicate": dup, "rows_quarantined": quar}
    print("recomputed:", got, dict(reasons))
    check(got == {k: exp[k] for k in got}, "ingest counts match expected_ingest.json %s" % exp)
    check(exp["rows_accepted"] + exp["rows_duplicate"] + exp["rows_quarantined"] == exp["rows_read"], "counts add up")
    check(0.003 <= quar / N <= 0.005, "invalid share %.4f in [0.3%%, 0.5%%]" % (quar / N))
    check(dup > 0 and dup_exact, "duplicates present (%d) and exact resends" % dup)
    check(out_of_window == 0, "accepted timestamps inside the 18-day window")
    check(300_000 <= N <= 500_000, "events %d in 300k-500k" % N)

    # chat vs batch
    conv_turn_mismatch = sum(1 for a, b in zip(cols["conversation_id"], cols["turn"]) if (a is None) != (b is None))
    check(conv_turn_mismatch == 0, "conversation_id and turn present together")
    check(0.9 <= sum(x is not None for x in cols["org_id"]) / N < 1.0, "org_id on most rows, not all")

    # accounts
    ac = pq.read_table(os.path.join(out, "accounts.parquet"))
    want = {"account_id": pa.types.is_string, "created_at": pa.types.is_timestamp, "declared_country": pa.types.is_string,
            "payment_fingerprint": pa.types.is_string, "email_domain": pa.types.is_string, "verified": pa.types.is_boolean}
    for c, f in want.items():
        check(c in ac.schema.names and f(ac.schema.field(c).type), "accounts.%s type" % c)
    aid = ac.column("account_id").to_pylist()
    check(len(aid) == len(set(aid)), "accounts.account_id unique")
    check(all(isinstance(c, str) and len(c) == 2 and c.isupper() for c in ac.column("declared_country").to_pylist()),
          "declared_country alpha-2")
    fps = Counter(ac.column("payment_fingerprint").to_pylist())
    print("largest payment_fingerprint groups:", fps.most_common(4))

    # truth
    with open(os.path.join(out, "truth.csv")) as f:
        rd = csv.DictReader(f)
        check(rd.fieldnames == ["account_id", "campaign", "kind"], "truth.csv header")
        truth = list(rd)
    tid = [r["account_id"] for r in truth]
    check(len(tid) == len(set(tid)), "truth account_id unique")
    tset = set(tid)
    ev_acc = set(a for a in cols["account_id"] if a is not None)
    check(ev_acc <= tset, "every event account is in truth.csv")
    check(set(aid) <= tset, "every accounts row is in truth.csv")
    missing_tab = len(ev_acc - set(aid))
    print("event accounts missing from accounts table (created after the export snapshot):", missing_tab)
    check(missing_tab < 0.02 * len(ev_acc), "accounts table covers nearly all event accounts")
    check(3000 <= len(truth) <= 6000, "accounts %d in 3k-6k" % len(truth))
    camp = Counter(r["campaign"] for r in truth if r["campaign"])
    share = sum(camp.values()) / len(truth)
    check(4 <= len(camp) <= 5, "4-5 campaigns: %s" % dict(camp))
    check(0.05 <= share <= 0.15, "campaign account share %.3f in 5-15%%" % share)
    check(all(r["kind"] for r in truth), "every account has a kind")
    kinds = Counter(r["kind"] for r in truth)
    print("kinds:", dict(sorted(kinds.items())))
    print("\n%s: %d checks failed" % (out, len(failures)) if failures else "\n%s: all checks passed" % out)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check.py OUT")
    sys.exit(main(sys.argv[1]))
