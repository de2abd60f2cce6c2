#!/usr/bin/env python3
"""check.py DIR — re-derive ingest counts from DIR/events/*.csv independently of gen.py,
compare with DIR/expected_ingest.json, and check the joins between events, accounts.csv
and truth.csv.  Prints a per-kind / per-campaign summary.  Exit 1 on any failure."""
import csv, glob, ipaddress, json, os, re, sys
from collections import Counter, defaultdict
from datetime import datetime

csv.field_size_limit(1 << 30)

REQUIRED = ["event_id", "timestamp", "account_id", "model", "prompt"]
COUNTS = ["input_tokens", "output_tokens", "tools", "turn"]  # integer >= 0
POS_INTS = ["max_tokens", "n"]                                # integer >= 1
INTS = ["status"]
RFC3339 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
INT_RE = re.compile(r"^[+-]?\d+$")
BENIGN = {"consumer_app", "consumer_family_cgnat", "consumer_vpn", "early_adopter", "indie_developer", "public_sector_templated",
          "law_firm_reasoning", "university_class", "nlp_lab_benchmark", "translation_pipeline", "coding_agent_company",
          "synthetic_data_licensed", "eval_redteam_vendor", "chat_app_backend", "enterprise_team", "reseller_clean"}


def parse_ts(s):
    if INT_RE.match(s):
        return int(s) / 1000.0
    m = RFC3339.match(s)
    if not m:
        return None
    y, mo, d, h, mi, se = (int(m.group(i)) for i in range(1, 7))
    off = m.group(8)
    if off not in ("Z", "z"):
        oh, om = int(off[1:3]), int(off[4:6])
        if oh > 23 or om > 59:
            return None
    try:
        iso = "%04d-%02d-%02dT%02d:%02d:%02d%s%s" % (y, mo, d, h, mi, se, m.group(7) or "", "+00:00" if off in ("Z", "z") else off)
        return datetime.fromisoformat(iso).timestamp()
    except ValueError:
        return None


def validate(r):
    for f in REQUIRED:
        if not (r.get(f) or "").strip():
            return "missing_field"
    if parse_ts(r["timestamp"].strip()) is None:
        return "bad_timestamp"
    ip = (r.get("ip") or "").strip()
    if ip:
        try:
            ipaddress.ip_address(ip)
        except ValueError:
            return "bad_ip"
    for f in COUNTS + POS_INTS + INTS:
        v = (r.get(f) or "").strip()
        if not v:
            continue
        if not INT_RE.match(v):
            return "bad_type"
        iv = int(v)
        if f in COUNTS and iv < 0:
            return "negative_count"
        if f in POS_INTS and iv < 1:
            return "negative_count" if iv < 0 else "bad_value"
    v = (r.get("temperature") or "").strip()
    if v:
        try:
            if float(v) < 0:
                return "bad_value"
        except ValueError:
            return "bad_type"
    return None


def main():
    d = sys.argv[1]
    fails = []
    exp = json.load(open(os.path.join(d, "expected_ingest.json")))
    files = sorted(glob.glob(os.path.join(d, "events", "**", "*.csv"), recursive=True))
    read = acc = dup = quar = 0
    reasons = Counter()
    seen = {}
    acc_rows = defaultdict(int)
    first_seen = {}
    st = Counter()
    models_by_day = defaultdict(Counter)
    kind_rows = None
    per_acct_model = defaultdict(Counter)
    header0 = None
    for fn in files:
        with open(fn, encoding="utf-8", newline="") as f:
            rd = csv.DictReader(f)
            header0 = header0 or rd.fieldnames
            for row in rd:
                read += 1
                why = validate(row)
                if why:
                    quar += 1
                    reasons[why] += 1
                    continue
                eid = row["event_id"]
                if eid in seen:
                    dup += 1
                    if seen[eid] != tuple(row.values()):
                        fails.append("duplicate event_id %s is not an exact resend" % eid)
                    continue
                seen[eid] = tuple(row.values())
                acc += 1
                aid = row["account_id"]
                acc_rows[aid] += 1
                ts = parse_ts(row["timestamp"])
                if aid not in first_seen or ts < first_seen[aid]:
                    first_seen[aid] = ts
                ip = row["ip"]
                st["ip_missing"] += not ip
                st["ipv6"] += ":" in ip
                st["org"] += bool(row["org_id"])
                st["resp"] += bool(row["response"])
                tsr = row["timestamp"]
                st["off+01"] += tsr.endswith("+01:00")
                st["off+02"] += tsr.endswith("+02:00")
                st["Z"] += tsr.endswith("Z")
                day = datetime.utcfromtimestamp(ts).strftime("%m-%d")
                models_by_day[day][row["model"]] += 1
                per_acct_model[aid][row["model"]] += 1
    got = {"rows_read": read, "rows_accepted": acc, "rows_duplicate": dup, "rows_quarantined": quar}
    print("files:", len(files), "header:", ",".join(header0 or []))
    print("derived :", json.dumps(got))
    print("expected:", json.dumps(exp))
    print("quarantine reasons:", dict(reasons))
    if got != exp:
        fails.append("ingest counts differ")
    if acc + dup + quar != read:
        fails.append("counts do not add up")

    # ---- accounts table
    with open(os.path.join(d, "accounts.csv"), encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != ["account_id", "created_at", "declared_country", "verified"]:
            fails.append("accounts.csv columns %s" % rd.fieldnames)
        accounts = {}
        for r in rd:
            if r["account_id"] in accounts:
                fails.append("duplicate account %s" % r["account_id"])
            accounts[r["account_id"]] = r
            if parse_ts(r["created_at"]) is None:
                fails.append("bad created_at %s" % r["account_id"])
            if r["verified"] not in ("true", "false"):
                fails.append("bad verified %s" % r["account_id"])
            if r["declared_country"] and not re.match(r"^[A-Z]{2}$", r["declared_country"]):
                fails.append("bad country %s" % r["account_id"])
    missing = [a for a in acc_rows if a not in accounts]
    if missing:
        fails.append("%d event accounts missing from accounts.csv" % len(missing))
    late = [a for a in acc_rows if a in accounts and parse_ts(accounts[a]["created_at"]) > first_seen[a] + 1]
    if late:
        fails.append("%d accounts have events before created_at" % len(late))
    # ---- truth
    with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != ["account_id", "campaign", "kind"]:
            fails.append("truth.csv columns %s" % rd.fieldnames)
        truth = {}
        for r in rd:
            if r["account_id"] in truth:
                fails.append("duplicate truth row")
            truth[r["account_id"]] = r
            if (r["kind"] in BENIGN) != (r["campaign"] == ""):
                fails.append("campaign/kind mismatch for %s (%s/%s)" % (r["account_id"], r["campaign"], r["kind"]))
    if set(truth) != set(acc_rows):
        fails.append("truth accounts != accounts with accepted events (%d vs %d)" % (len(truth), len(acc_rows)))
    if not set(truth) <= set(accounts):
        fails.append("truth accounts missing from accounts.csv")
    idpat = Counter(re.sub(r"[a-z2-7]", "x", a) for a in accounts)
    if len(idpat) != 1:
        fails.append("account id shapes vary: %s" % idpat.most_common(4))

    # ---- summary
    print("accounts table: %d rows (%d with events, %d dormant)" % (len(accounts), len(acc_rows), len(accounts) - len(acc_rows)))
    print("accepted rows: ip missing %.2f%%, IPv6 %.1f%%, org_id set %.1f%%, response non-empty %d, ts +01:00 %.1f%% +02:00 %.1f%% Z %.1f%%" % (
        100 * st["ip_missing"] / acc, 100 * st["ipv6"] / acc, 100 * st["org"] / acc, st["resp"], 100 * st["off+01"] / acc, 100 * st["off+02"] / acc, 100 * st["Z"] / acc))
    kr, ka = Counter(), Counter()
    cr, ca = Counter(), Counter()
    for a, r in truth.items():
        kr[r["kind"]] += acc_rows[a]
        ka[r["kind"]] += 1
        if r["campaign"]:
            cr[r["campaign"]] += acc_rows[a]
            ca[r["campaign"]] += 1
    print("\n%-28s %8s %8s" % ("kind", "accounts", "rows"))
    for k in sorted(ka, key=lambda k: (k not in BENIGN, k)):
        print("%-28s %8d %8d" % (k, ka[k], kr[k]))
    print("%-28s %8d %8d" % ("TOTAL", sum(ka.values()), sum(kr.values())))
    print("\n%-28s %8s %8s" % ("campaign", "accounts", "rows"))
    for c in sorted(ca):
        print("%-28s %8d %8d" % (c, ca[c], cr[c]))
    print("\nmodel share by UTC day (accepted rows):")
    for day in sorted(models_by_day):
        m = models_by_day[day]
        tot = sum(m.values())
        print("  %s %6d  " % (day, tot) + "  ".join("%s %.0f%%" % (k, 100 * v / tot) for k, v in sorted(m.items())))
    if fails:
        print("\nFAIL:")
        for x in fails[:30]:
            print("  -", x)
        sys.exit(1)
    print("\nOK: ingest counts match and joins hold")


if __name__ == "__main__":
    main()
