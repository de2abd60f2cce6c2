#!/usr/bin/env python3
"""analyse.py DIR — per-kind behavioural profile (reviewer's view) of a generated world."""
import csv, glob, sys, statistics as stt
from collections import Counter, defaultdict
sys.path.insert(0, __import__("os").path.dirname(__file__))
from check import parse_ts, validate
csv.field_size_limit(1 << 30)
d = sys.argv[1]
tr = {r["account_id"]: r for r in csv.DictReader(open(d + "/truth.csv"))}
ac = {r["account_id"]: r for r in csv.DictReader(open(d + "/accounts.csv"))}
REL = parse_ts("2026-03-24T08:00:00Z")
A = defaultdict(lambda: dict(n=0, ips=Counter(), first=1e20, night=0, new24=0, post24=0, hours=Counter(), cot=0, conv=0))
ip_accts = defaultdict(set)
seen = set()
for fn in sorted(glob.glob(d + "/events/*.csv")):
    for r in csv.DictReader(open(fn, encoding="utf-8")):
        if validate(r) or r["event_id"] in seen:
            continue
        seen.add(r["event_id"])
        a = A[r["account_id"]]
        t = parse_ts(r["timestamp"])
        a["n"] += 1
        a["first"] = min(a["first"], t)
        h = int((t % 86400) // 3600)
        a["hours"][h] += 1
        a["night"] += h < 5
        if r["ip"]:
            a["ips"][r["ip"]] += 1
            ip_accts[r["ip"]].add(r["account_id"])
        if REL <= t < REL + 86400 and r["model"].startswith("helix-r"):
            a["post24"] += 1
            a["new24"] += r["model"] == "helix-r3"
        p = r["prompt"].lower()
        a["cot"] += any(k in p for k in ("step by step", "schritt für schritt", "étape par étape", "paso a paso", "passo dopo passo", "krok po kroku", "stap voor stap", "reasoning", "thought process"))
        a["conv"] += bool(r["conversation_id"])
K = defaultdict(list)
for aid, a in A.items():
    K[tr[aid]["kind"]].append((aid, a))
print("%-26s %5s %7s %6s %6s %6s %6s %6s %6s %6s %6s" % ("kind", "accts", "rows/a", "age_d", "night", "ips/a", "shrIP", "new24", "cot", "conv", "verif"))
for k, lst in sorted(K.items(), key=lambda x: (tr[x[1][0][0]]["campaign"] != "", x[0])):
    rows = [a["n"] for _, a in lst]
    ages = [(a["first"] - parse_ts(ac[aid]["created_at"])) / 86400 for aid, a in lst]
    night = sum(a["night"] for _, a in lst) / max(1, sum(rows))
    ipsa = stt.median(len(a["ips"]) for _, a in lst)
    shared = stt.median(max((len(ip_accts[i]) for i in a["ips"]), default=0) for _, a in lst)
    p24 = sum(a["post24"] for _, a in lst)
    new24 = sum(a["new24"] for _, a in lst) / p24 if p24 else float("nan")
    cot = sum(a["cot"] for _, a in lst) / sum(rows)
    conv = sum(a["conv"] for _, a in lst) / sum(rows)
    ver = sum(ac[aid]["verified"] == "true" for aid, _ in lst) / len(lst)
    print("%-26s %5d %7.0f %6.0f %6.2f %6.0f %6.0f %6.2f %6.2f %6.2f %6.2f" % (k, len(lst), stt.mean(rows), stt.median(ages), night, ipsa, shared, new24, cot, conv, ver))
print("columns: rows/a mean; age_d median account age at first event (days); night share of rows 00-05 UTC; ips/a median distinct IPs;")
print("shrIP median over accounts of the largest number of accounts seen on one of its IPs; new24 share of reasoning rows on helix-r3 in 24h after release;")
print("cot share of prompts with step-by-step/reasoning wording; conv share with conversation_id; verif share verified")
