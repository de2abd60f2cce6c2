"""Verify a generated world against /work/shared/CONTRACT.md:  python check.py OUT

Re-reads events.jsonl.zst with an independent contract reader, compares its counts
with expected_ingest.json, checks accounts.parquet and truth.csv, prints stats."""
import csv
import io
import ipaddress
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime

import zstandard as zstd
import pyarrow.parquet as pq

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
STR_OPT = ["org_id", "api_key_id", "ip", "user_agent", "system", "conversation_id", "response_format", "finish_reason", "response"]
INT_OPT = ["turn", "input_tokens", "output_tokens", "max_tokens", "n", "tools", "status"]
NONNEG = ["turn", "input_tokens", "output_tokens", "tools"]
POS = ["max_tokens", "n"]


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def parse_ts(v):
    if is_int(v):
        return v / 1000.0
    if not isinstance(v, str) or not RFC3339.match(v):
        return None
    try:
        return datetime.fromisoformat(v.upper().replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def validate(line):
    """Return (reason or None, row or None)."""
    try:
        r = json.loads(line)
    except Exception:
        return "unparseable", None
    if not isinstance(r, dict):
        return "unparseable", None
    for f in ["event_id", "timestamp", "account_id", "model", "prompt"]:
        if r.get(f) is None:
            return "missing_field", r
    for f in ["event_id", "account_id", "model", "prompt"]:
        if not isinstance(r[f], str):
            return "bad_type", r
    if not (isinstance(r["timestamp"], str) or is_int(r["timestamp"])):
        return "bad_type", r
    for f in STR_OPT:
        if r.get(f) is not None and not isinstance(r[f], str):
            return "bad_type", r
    for f in INT_OPT:
        if r.get(f) is not None and not is_int(r[f]):
            return "bad_type", r
    t = r.get("temperature")
    if t is not None and (isinstance(t, bool) or not isinstance(t, (int, float))):
        return "bad_type", r
    if parse_ts(r["timestamp"]) is None:
        return "bad_timestamp", r
    if r.get("ip") is not None:
        try:
            ipaddress.ip_address(r["ip"])
        except ValueError:
            return "bad_ip", r
    for f in NONNEG:
        if r.get(f) is not None and r[f] < 0:
            return "negative_count", r
    for f in POS:
        if r.get(f) is not None and r[f] < 1:
            return "negative_count", r
    if t is not None and t < 0:
        return "bad_value", r
    return None, r


def main(out):
    fails = []
    exp = json.load(open(os.path.join(out, "expected_ingest.json")))
    truth = {}
    with open(os.path.join(out, "truth.csv"), newline="") as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != ["account_id", "campaign", "kind"]:
            fails.append(f"truth.csv header {rd.fieldnames}")
        for row in rd:
            if row["account_id"] in truth:
                fails.append("truth duplicate " + row["account_id"])
            truth[row["account_id"]] = (row["campaign"], row["kind"])
    seen, reasons = set(), Counter()
    n_read = n_acc = n_dup = 0
    per_acct = Counter()
    first = {}
    stats = defaultdict(Counter)
    tmin, tmax = 1e18, 0
    with open(os.path.join(out, "events.jsonl.zst"), "rb") as fh:
        txt = io.TextIOWrapper(zstd.ZstdDecompressor().stream_reader(fh), encoding="utf-8")
        for line in txt:
            line = line.rstrip("\n")
            if not line:
                continue
            n_read += 1
            why, r = validate(line)
            if why:
                reasons[why] += 1
                continue
            if r["event_id"] in seen:
                n_dup += 1
                continue
            seen.add(r["event_id"])
            n_acc += 1
            per_acct[r["account_id"]] += 1
            ts = parse_ts(r["timestamp"]); tmin = min(tmin, ts); tmax = max(tmax, ts)
            first[r["account_id"]] = min(first.get(r["account_id"], 1e18), ts)
            kind = truth.get(r["account_id"], ("?", "?"))[1]
            st = stats[kind]
            st["events"] += 1
            for f in ["ip", "system", "response", "conversation_id", "org_id", "api_key_id", "user_agent"]:
                if r.get(f) is not None:
                    st["has_" + f] += 1
            if r.get("ip") and ":" in r["ip"]:
                st["ipv6"] += 1
            st["model:" + r["model"]] += 1
    q = sum(reasons.values())
    got = dict(rows_read=n_read, rows_accepted=n_acc, rows_duplicate=n_dup, rows_quarantined=q)
    for k, v in got.items():
        if exp.get(k) != v:
            fails.append(f"{k}: reader {v} != expected {exp.get(k)}")
    if dict(reasons) != exp.get("quarantine_by_reason", dict(reasons)):
        print("note: reason split differs:", dict(reasons), exp.get("quarantine_by_reason"))
    share = q / max(1, n_read)
    if not 0.003 <= share <= 0.005:
        fails.append(f"quarantine share {share:.4f} outside 0.3-0.5 %")
    missing = set(per_acct) - set(truth)
    extra = set(truth) - set(per_acct)
    if missing or extra:
        fails.append(f"truth/events mismatch: {len(missing)} accounts without truth, {len(extra)} truth rows without events")
    camp_kind = defaultdict(set)
    for a, (c, k) in truth.items():
        camp_kind[c].add(k)
    for c, ks in camp_kind.items():
        if c and len(ks) != 1:
            fails.append(f"campaign {c} has kinds {ks}")
        if c and ks & camp_kind.get("", set()):
            fails.append(f"campaign kind also used by benign accounts: {ks}")

    tab = pq.read_table(os.path.join(out, "accounts.parquet"))
    want = {"account_id": "string", "created_at": "timestamp[us, tz=UTC]", "declared_country": "string",
            "payment_fingerprint": "string", "email_domain": "string", "verified": "bool"}
    for k, ty in want.items():
        if k not in tab.column_names:
            fails.append("accounts missing column " + k)
        elif str(tab.schema.field(k).type) != ty:
            fails.append(f"accounts.{k} type {tab.schema.field(k).type}")
    ids = tab.column("account_id").to_pylist()
    if len(ids) != len(set(ids)) or None in ids:
        fails.append("accounts.account_id not unique / null")
    for c in tab.column("declared_country").to_pylist():
        if c is not None and not re.fullmatch(r"[A-Z]{2}", c):
            fails.append("bad country " + c); break
    created = dict(zip(ids, [c.timestamp() if c else None for c in tab.column("created_at").to_pylist()]))
    early = sum(1 for a, t in first.items() if created.get(a) and t < created[a])
    if early:
        fails.append(f"{early} accounts have events before created_at")
    nulls = {k: tab.column(k).null_count / len(tab) for k in want}
    cover = len(set(ids) & set(per_acct)) / max(1, len(per_acct))

    print(f"ingest: {got}  reasons {dict(reasons)}")
    print(f"window: {datetime.utcfromtimestamp(tmin)} .. {datetime.utcfromtimestamp(tmax)} UTC; "
          f"accounts with events {len(per_acct)}; in table {len(tab)} (covers {cover:.1%} of active); nulls " +
          ", ".join(f"{k}={v:.0%}" for k, v in nulls.items() if v))
    kc = Counter(k for _, k in truth.values())
    print(f"{'kind':26s} {'accts':>5s} {'events':>7s} {'med/acct':>8s} {'max':>6s} {'sys%':>5s} {'resp%':>5s} {'v6%':>4s} {'new%':>5s}")
    for k in sorted(kc, key=lambda k: (truth_c(truth, k), k)):
        st = stats[k]; ev = st["events"] or 1
        vols = sorted(per_acct[a] for a, (c, kk) in truth.items() if kk == k)
        print(f"{k:26s} {kc[k]:5d} {st['events']:7d} {vols[len(vols)//2]:8d} {vols[-1]:6d} {st['has_system']/ev:5.0%} "
              f"{st['has_response']/ev:5.0%} {st['ipv6']/ev:4.0%} {sum(v for m, v in st.items() if 'pro-3' in m)/ev:5.0%}")
    if fails:
        print("FAIL:\n  " + "\n  ".join(fails))
        sys.exit(1)
    print("OK")


def truth_c(truth, k):
    for c, kk in truth.values():
        if kk == k:
            return c
    return ""


if __name__ == "__main__":
    main(sys.argv[1])
