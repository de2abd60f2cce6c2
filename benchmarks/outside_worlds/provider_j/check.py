#!/usr/bin/env python3
"""check.py DIR -- re-derive ingest counts from DIR/events the way a contract-following ingester
counts them, and compare with DIR/expected_ingest.json.  Exit 1 on any mismatch."""
import ipaddress
import json
import os
import re
import sys
from datetime import datetime

import pyarrow.parquet as pq

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$")
REQ_STR = ["event_id", "account_id", "model", "prompt"]
NONNEG = ["turn", "input_tokens", "output_tokens", "tools"]
POS = ["max_tokens", "n"]


def ts_ok(v):
    if v is None:
        return "missing_field"
    if isinstance(v, bool):
        return "bad_type"
    if isinstance(v, int):
        return None
    if not isinstance(v, str) or not RFC3339.match(v):
        return "bad_timestamp"
    try:
        datetime.fromisoformat(v.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return "bad_timestamp"
    return None


def check_row(x):
    for f in REQ_STR:
        v = x.get(f)
        if v is None:
            return "missing_field"
        if not isinstance(v, str):
            return "bad_type"
    e = ts_ok(x.get("timestamp"))
    if e:
        return e
    ip = x.get("ip")
    if ip is not None:
        try:
            ipaddress.ip_address(ip)
        except ValueError:
            return "bad_ip"
    for f in NONNEG:
        v = x.get(f)
        if v is not None and v < 0:
            return "negative_count"
    for f in POS:
        v = x.get(f)
        if v is not None and v < 1:
            return "bad_value"
    t = x.get("temperature")
    if t is not None and t < 0:
        return "bad_value"
    return None


def main(d):
    files = []
    for root, _, names in os.walk(os.path.join(d, "events")):
        files += [os.path.join(root, n) for n in names if n.endswith(".parquet")]
    read = acc = dup = quar = 0
    reasons, seen = {}, set()
    for p in sorted(files):
        for x in pq.read_table(p).to_pylist():
            read += 1
            e = check_row(x)
            if e:
                quar += 1
                reasons[e] = reasons.get(e, 0) + 1
            elif x["event_id"] in seen:
                dup += 1
            else:
                seen.add(x["event_id"])
                acc += 1
    got = {"rows_read": read, "rows_accepted": acc, "rows_duplicate": dup, "rows_quarantined": quar}
    exp = json.load(open(os.path.join(d, "expected_ingest.json")))
    print("files:", len(files))
    print("derived :", json.dumps(got))
    print("expected:", json.dumps(exp))
    print("quarantine reasons:", json.dumps(reasons))
    ok = got == {k: exp[k] for k in got} and acc + dup + quar == read
    print("OK" if ok else "MISMATCH")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
