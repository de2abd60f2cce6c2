"""Self-check of a generated world against CONTRACT.md sections 1, 2, 4."""
import sys, json, gzip, csv, re, ipaddress, collections
from datetime import datetime
D = sys.argv[1]
REQ = {"event_id": str, "timestamp": None, "account_id": str, "model": str, "prompt": str}
INT = ["turn", "input_tokens", "output_tokens", "max_tokens", "n", "tools", "status"]
STR = ["org_id", "api_key_id", "ip", "user_agent", "system", "conversation_id", "response_format", "finish_reason", "response"]
RFC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
def why(d):
    for k, t in REQ.items():
        if k not in d: return "missing_field"
    for k in ("event_id", "account_id", "model", "prompt"):
        if not isinstance(d[k], str): return "bad_type"
    ts = d["timestamp"]
    if isinstance(ts, str):
        if not RFC.match(ts): return "bad_timestamp"
        try: datetime.fromisoformat(ts.replace("Z", "+00:00"))
        except ValueError: return "bad_timestamp"
    elif not isinstance(ts, int): return "bad_timestamp"
    if "ip" in d:
        try: ipaddress.ip_address(d["ip"])
        except ValueError: return "bad_ip"
    for k in INT:
        if k in d:
            if not isinstance(d[k], int) or isinstance(d[k], bool): return "bad_type"
            if d[k] < 0: return "negative_count"
    if "temperature" in d and (not isinstance(d["temperature"], (int, float)) or d["temperature"] < 0): return "bad_type"
    for k in STR:
        if k in d and not isinstance(d[k], str): return "bad_type"
    for k in ("max_tokens", "n"):
        if k in d and d[k] < 1: return "bad_type"
    return None
seen, reasons, dup, acc = set(), collections.Counter(), 0, 0
ev_accts = collections.Counter(); zcount = collections.Counter(); v6 = 0
per_acct_rows = collections.Counter()
with gzip.open(D + "/events.jsonl.gz", "rt") as f:
    for line in f:
        d = json.loads(line)
        r = why(d)
        if r: reasons[r] += 1; continue
        if d["event_id"] in seen: dup += 1; continue
        seen.add(d["event_id"]); acc += 1
        ev_accts[d["account_id"]] += 1
        zcount["Z" if d["timestamp"].endswith("Z") else "offset"] += 1
        if ":" in d.get("ip", ""): v6 += 1
exp = json.load(open(D + "/expected_ingest.json"))
print("accepted", acc, "dup", dup, "quarantined", dict(reasons), "sum", sum(reasons.values()))
print("expected", exp)
assert acc == exp["rows_accepted"] and dup == exp["rows_duplicate"] and sum(reasons.values()) == exp["rows_quarantined"]
assert dict(reasons) == {k: v for k, v in exp["quarantine_by_reason"].items() if v}
truth = {r["account_id"]: r for r in csv.DictReader(open(D + "/truth.csv"))}
accts = {r["account_id"]: r for r in csv.DictReader(open(D + "/accounts.csv"))}
missing = [a for a in ev_accts if a not in truth]
print("accounts in events", len(ev_accts), "truth rows", len(truth), "accounts rows", len(accts), "missing from truth", len(missing))
assert not missing and set(truth) == set(accts)
for r in accts.values():
    assert re.match(r"^[A-Z]{2}$", r["declared_country"]) and r["verified"] in ("true", "false") and RFC.match(r["created_at"])
print("timestamps", dict(zcount), "ipv6 rows", v6)
k = collections.defaultdict(lambda: [0, 0])
for a, r in truth.items():
    key = (r["campaign"] or "-", r["kind"]); k[key][0] += 1; k[key][1] += ev_accts.get(a, 0)
print("%-14s %-24s %8s %8s" % ("campaign", "kind", "accounts", "events"))
for key in sorted(k): print("%-14s %-24s %8d %8d" % (key[0], key[1], *k[key]))
print("total", len(truth), sum(ev_accts.values()))
