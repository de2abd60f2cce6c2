"""Verify a generated world against /work/shared/CONTRACT.md.

    python check.py OUT

Reads the files with the standard csv module (independently of the generator),
re-derives the ingest numbers under the contract's rules and compares them with
expected_ingest.json; checks accounts.csv and truth.csv and a few plausibility
invariants. Exit status 0 when everything holds."""
import csv
import ipaddress
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime, timezone

csv.field_size_limit(1 << 26)
EVENT_COLS = ["event_id", "timestamp", "account_id", "org_id", "api_key_id", "model", "ip", "user_agent", "system",
              "prompt", "turn", "conversation_id", "input_tokens", "output_tokens", "max_tokens", "temperature", "n",
              "tools", "response_format", "finish_reason", "status", "response"]
REQUIRED = ["event_id", "timestamp", "account_id", "model", "prompt"]
INTS = ["turn", "input_tokens", "output_tokens", "max_tokens", "n", "tools", "status"]
COUNTS = ["input_tokens", "output_tokens", "tools"]
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$")
INT_RE = re.compile(r"^-?\d+$")
FAIL = []


def bad(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def parse_ts(s):
    if re.fullmatch(r"\d{10,16}", s):
        return int(s)
    if not RFC3339.match(s):
        return None
    try:
        dt = datetime.fromisoformat(s.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return int(dt.timestamp() * 1000)


def classify(r):
    """Contract reason for a row, or None when it is acceptable. Returns (reason, ts_ms)."""
    for f in REQUIRED:
        if not r.get(f):
            return "missing_field", None
    ts = parse_ts(r["timestamp"])
    if ts is None:
        return "bad_timestamp", None
    if r.get("ip"):
        try:
            ipaddress.ip_address(r["ip"])
        except ValueError:
            return "bad_ip", None
    for f in INTS:
        v = r.get(f)
        if v and not INT_RE.match(v):
            return "bad_type", None
    v = r.get("temperature")
    if v:
        try:
            float(v)
        except ValueError:
            return "bad_type", None
    for f in COUNTS:
        v = r.get(f)
        if v and int(v) < 0:
            return "negative_count", None
    return None, ts


def main(out):
    exp = json.load(open(os.path.join(out, "expected_ingest.json")))
    seen, first, last_ts = set(), {}, {}
    read = acc = dup = 0
    reasons, qrows = Counter(), []
    stats = Counter()
    with open(os.path.join(out, "events.csv"), newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        missing = [c for c in EVENT_COLS if c not in rd.fieldnames]
        if missing:
            bad("events.csv lacks columns %s" % missing)
        for i, r in enumerate(rd, 1):
            read += 1
            why, ts = classify(r)
            if why:
                reasons[why] += 1
                qrows.append({"row": i, "reason": why})
                continue
            if r["event_id"] in seen:
                dup += 1
                continue
            seen.add(r["event_id"])
            acc += 1
            a = r["account_id"]
            first[a] = min(first.get(a, ts), ts)
            last_ts[a] = max(last_ts.get(a, ts), ts)
            # plausibility of accepted rows
            for fld, lo in (("turn", 0), ("max_tokens", 1), ("n", 1)):
                if r[fld] and int(r[fld]) < lo:
                    stats["bad_%s" % fld] += 1
            if r["temperature"] and float(r["temperature"]) < 0:
                stats["bad_temperature"] += 1
            if r["finish_reason"] == "length" and r["max_tokens"] and r["output_tokens"]:
                if int(r["output_tokens"]) > int(r["max_tokens"]) * int(r["n"] or 1):
                    stats["output_over_cap"] += 1
            if r["status"] == "200" and not r["finish_reason"]:
                stats["ok_without_finish"] += 1
            if not r["prompt"].strip():
                stats["blank_prompt"] += 1
            stats["model:" + r["model"]] += 1
    got = {"rows_read": read, "rows_accepted": acc, "rows_duplicate": dup, "rows_quarantined": sum(reasons.values())}
    for k, v in got.items():
        if exp.get(k) != v:
            bad("%s: expected_ingest says %s, re-derived %s" % (k, exp.get(k), v))
    if got["rows_accepted"] + got["rows_duplicate"] + got["rows_quarantined"] != got["rows_read"]:
        bad("ingest identity does not hold")
    if [(q["row"], q["reason"]) for q in exp.get("quarantined_rows", [])] != [(q["row"], q["reason"]) for q in qrows]:
        bad("quarantined row numbers / reasons differ from expected_ingest.json")
    share = got["rows_quarantined"] / max(1, read)
    if not 0.003 <= share <= 0.005:
        bad("broken-row share %.4f outside 0.3-0.5 %%" % share)
    for k in ("bad_turn", "bad_max_tokens", "bad_n", "bad_temperature", "output_over_cap", "ok_without_finish",
              "blank_prompt"):
        if stats[k]:
            bad("%d accepted rows with %s" % (stats[k], k))
    # accounts.csv
    with open(os.path.join(out, "accounts.csv"), newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        need = ["account_id", "created_at", "declared_country", "payment_fingerprint", "email_domain", "verified"]
        if rd.fieldnames != need:
            bad("accounts.csv columns %s" % rd.fieldnames)
        accts = {}
        for r in rd:
            if r["account_id"] in accts:
                bad("duplicate account %s" % r["account_id"])
            accts[r["account_id"]] = r
            if parse_ts(r["created_at"]) is None:
                bad("bad created_at %s" % r["created_at"])
            if not re.fullmatch(r"[A-Z]{2}", r["declared_country"]):
                bad("bad country %s" % r["declared_country"])
            if r["verified"] not in ("true", "false"):
                bad("bad verified %s" % r["verified"])
    if set(accts) != set(first):
        bad("accounts.csv (%d) and accounts in accepted events (%d) differ" % (len(accts), len(first)))
    late = sum(1 for a, r in accts.items() if a in first and parse_ts(r["created_at"]) > first[a])
    if late:
        bad("%d accounts created after their first request" % late)
    # truth.csv
    with open(os.path.join(out, "truth.csv"), newline="", encoding="utf-8") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != ["account_id", "campaign", "kind"]:
            bad("truth.csv columns %s" % rd.fieldnames)
        truth = {r["account_id"]: r for r in rd}
    if set(truth) != set(accts):
        bad("truth.csv and accounts.csv cover different accounts")
    kc = Counter((r["kind"], r["campaign"]) for r in truth.values())
    kinds_camp = {}
    for (k, c), _n in kc.items():
        kinds_camp.setdefault(k, set()).add(c)
    for k, cs in kinds_camp.items():
        if len(cs) > 1:
            bad("kind %s spans campaigns %s" % (k, cs))
    camps = sorted(set(r["campaign"] for r in truth.values() if r["campaign"]))
    span = (max(last_ts.values()) - min(first.values())) / 86400000
    print("rows read %d accepted %d duplicate %d quarantined %d %s" % (read, acc, dup, got["rows_quarantined"],
                                                                     dict(reasons)))
    print("accounts %d, campaigns %s, campaign accounts %d, span %.2f days" % (
        len(truth), camps, sum(1 for r in truth.values() if r["campaign"]), span))
    print("models:", {k[6:]: v for k, v in sorted(stats.items()) if k.startswith("model:")})
    if not 4000 <= len(truth) <= 6000:
        bad("account count %d outside 4000-6000" % len(truth))
    if not 300000 <= read <= 450000:
        bad("row count %d outside 300k-450k" % read)
    if not 3 <= len(camps) <= 5:
        bad("%d campaigns" % len(camps))
    if not 13.0 <= span <= 14.0:
        bad("time span %.2f days" % span)
    print("OK" if not FAIL else "%d problem(s)" % len(FAIL))
    return 0 if not FAIL else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
