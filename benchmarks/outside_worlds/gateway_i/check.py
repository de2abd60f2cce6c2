#!/usr/bin/env python3
"""check.py DIR : re-derive the ingest counts of DIR/events from the data contract alone and
compare them with DIR/expected_ingest.json.  Exit 0 when they agree.

Rules (contract section 1): a row is quarantined if it is not a JSON object, lacks a required
field (null counts as missing), has a value of the wrong type, an unparseable timestamp or IP,
or a negative count.  Among the remaining rows a repeated event_id is a duplicate."""
import glob, gzip, ipaddress, json, os, re, sys
from collections import Counter
from datetime import datetime

REQUIRED = {"event_id": str, "timestamp": None, "account_id": str, "model": str, "prompt": str}
OPT_STR = ["org_id", "api_key_id", "ip", "user_agent", "system", "conversation_id", "response_format", "finish_reason", "response"]
COUNTS = {"turn": 0, "input_tokens": 0, "output_tokens": 0, "max_tokens": 1, "n": 1, "tools": 0}
RFC = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def ts_ok(v):
    if is_int(v):
        return True
    if isinstance(v, str) and RFC.match(v):
        try:
            datetime.fromisoformat(v.replace("Z", "+00:00"))
            return True
        except ValueError:
            return False
    return False


def classify(line):
    """returns (reason or None, event_id or None)"""
    try:
        e = json.loads(line)
    except ValueError:
        return "unparseable", None
    if not isinstance(e, dict):
        return "unparseable", None
    eid = e.get("event_id") if isinstance(e.get("event_id"), str) else None
    for f in REQUIRED:
        if e.get(f) is None:
            return "missing_field", eid
    for f, t in REQUIRED.items():
        if t is not None and not isinstance(e[f], t):
            return "bad_type", eid
    if not (is_int(e["timestamp"]) or isinstance(e["timestamp"], str)):
        return "bad_type", eid
    for f in OPT_STR:
        if e.get(f) is not None and not isinstance(e[f], str):
            return "bad_type", eid
    for f in COUNTS:
        if e.get(f) is not None and not is_int(e[f]):
            return "bad_type", eid
    for k in ("temperature", "status"):
        v = e.get(k)
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or (k == "status" and not is_int(v))):
            return "bad_type", eid
    for f, lo in COUNTS.items():
        if e.get(f) is not None and e[f] < 0:
            return "negative_count", eid
    if not ts_ok(e["timestamp"]):
        return "bad_timestamp", eid
    if e.get("ip") is not None:
        try:
            ipaddress.ip_address(e["ip"])
        except ValueError:
            return "bad_ip", eid
    return None, eid


def open_any(p):
    if p.endswith(".zst"):
        import io, zstandard
        return io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(open(p, "rb")), encoding="utf-8")
    if p.endswith(".gz"):
        return gzip.open(p, "rt", encoding="utf-8")
    return open(p, encoding="utf-8")


def main():
    d = sys.argv[1]
    files = sorted(glob.glob(os.path.join(d, "events", "**", "*.jsonl*"), recursive=True))
    read = acc = dup = bad = 0
    seen = set(); reasons = Counter()
    for p in files:
        with open_any(p) as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                read += 1
                why, eid = classify(line)
                if why:
                    bad += 1; reasons[why] += 1
                elif eid in seen:
                    dup += 1
                else:
                    seen.add(eid); acc += 1
    got = {"rows_read": read, "rows_accepted": acc, "rows_duplicate": dup, "rows_quarantined": bad}
    exp = json.load(open(os.path.join(d, "expected_ingest.json")))
    print(f"files: {len(files)}")
    for k in got:
        print(f"{k:18s} derived={got[k]:8d} expected={exp.get(k)}")
    print("quarantine reasons:", dict(sorted(reasons.items())))
    ok = all(got[k] == exp.get(k) for k in got) and acc + dup + bad == read
    print("OK" if ok else "MISMATCH")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
