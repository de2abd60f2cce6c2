"""Test world for a distillation-campaign detector: a frontier-model provider
with a large enterprise and developer business, 14 days, lumen-5 released on
day 5, five distillation campaigns hidden among hard negatives.

    python gen.py --seed N --out OUT

writes OUT/events.csv, OUT/accounts.csv, OUT/truth.csv, OUT/expected_ingest.json
(deterministic per seed)."""
import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import polars as pl  # noqa: E402

import campaigns as C  # noqa: E402
import orgs as O  # noqa: E402
import population as P  # noqa: E402
from corrupt import fmt_variants, inject  # noqa: E402
from engine import World  # noqa: E402
from texts import Texts  # noqa: E402

COLS = ["event_id", "timestamp", "account_id", "org_id", "api_key_id", "model", "ip", "user_agent", "system", "prompt",
        "turn", "conversation_id", "input_tokens", "output_tokens", "max_tokens", "temperature", "n", "tools",
        "response_format", "finish_reason", "status", "response", "gateway_region"]

# (what, function, size argument) - run in this order; every call draws from the one rng
PLAN = [
    ("hobbyist", P.hobbyists, 1700), ("mobile_user", P.mobile_users, 330), ("vpn_user", P.vpn_users, 200),
    ("family_shared_card", P.families, 70), ("early_adopter", P.early_adopters, 170),
    ("researcher_cot", P.researchers, 90), ("agentic_coder", P.agentic_coders, 300),
    ("enterprise_fleet", O.enterprises, [240, 160, 120, 90, 60]),
    ("enterprise_shadow_it", lambda W, s: O.enterprises(W, s, shadow=True), [70, 35]),
    ("ci_eval_harness", O.ci_harnesses, 35), ("synthdata_vendor", O.synth_vendor, 10),
    ("tutoring_company", O.tutoring, 3), ("support_bot", O.support_bots, 45), ("redteam_vendor", O.redteam_vendors, 3),
    ("judge_eval_company", O.judge_companies, 2), ("translation_service", O.translators, 16),
    ("doc_extraction", O.extractors, 30), ("startup_app", O.apps, 210),
    ("serverless_app", lambda W, k: O.apps(W, k, serverless=True), 90),
    ("hydra-cot", C.hydra_cot, 27), ("aged-coder", C.aged_coder, 36), ("rubric-farm", C.rubric_farm, 90),
    ("agent-traces", C.agent_traces, 110), ("quiet-rewrite", C.quiet_rewrite, 55),
]
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
OFFSET = {"eu-west": 2, "us-east": -4, "ap-south": 5.5, "ap-northeast": 9, "ap-southeast": 8, "sa-east": -3}


def iso(ms, off_h=0.0, z=True):
    dt = EPOCH + timedelta(milliseconds=ms + off_h * 3600000)
    s = dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (ms % 1000)
    if not z:
        return s
    if off_h == 0:
        return s + "Z"
    sign = "+" if off_h > 0 else "-"
    h = abs(off_h)
    return s + "%s%02d:%02d" % (sign, int(h), int(round((h - int(h)) * 60)))


def clean(s):
    if s is None:
        return None
    return s.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")


def num(v):
    return None if v is None else str(v)


def build(seed):
    rng = random.Random(seed)
    T = Texts()
    W = World(rng, T)
    for what, fn, arg in PLAN:
        fn(W, arg)
    ev = W.ev
    order = sorted(range(len(ev)), key=lambda i: (ev[i][0], i))
    fmts = fmt_variants(rng, len(order))
    rows = []
    seen_ids = set()
    for j, i in enumerate(order):
        (ts, acc, org, key, model, ip, ua, system, prompt, turn, conv, itok, otok, mt, temp, n, tools, rf, fin,
         status, region) = ev[i]
        while True:
            eid = "evt_" + format(rng.getrandbits(80), "020x")
            if eid not in seen_ids:
                seen_ids.add(eid)
                break
        f = fmts[j]
        if f == "z":
            tss = iso(ts)
        elif f == "off":
            tss = iso(ts, OFFSET.get(region, 0))
        elif f == "epoch":
            tss = str(ts)
        else:
            tss = iso(ts, 0, z=False)
        rows.append([eid, tss, acc, org, key, model, ip, ua, clean(system), clean(prompt), num(turn), conv, num(itok),
                     num(otok), num(mt), num(temp), num(n), num(tools), rf, fin, str(status), None, region])
    return W, rows


def write(W, rows, out, seed):
    rng = random.Random(seed * 7919 + 1)
    final, exp = inject(rng, rows, COLS)
    os.makedirs(out, exist_ok=True)
    cols = list(zip(*final))
    df = pl.DataFrame({c: pl.Series(c, list(v), dtype=pl.Utf8) for c, v in zip(COLS, cols)})
    df.write_csv(os.path.join(out, "events.csv"))
    seen = set(r[2] for r in rows)
    accts = [a for a in W.accounts if a.account_id in seen]
    first = {}
    for r in W.ev:
        if r[1] not in first or r[0] < first[r[1]]:
            first[r[1]] = r[0]
    for a in accts:   # sign-up always precedes the first request
        if a.created_ms > first[a.account_id]:
            a.created_ms = first[a.account_id] - rng.randint(60, 3600) * 1000
    pl.DataFrame({
        "account_id": [a.account_id for a in accts],
        "created_at": [iso(a.created_ms)[:19] + "Z" for a in accts],
        "declared_country": [a.country for a in accts],
        "payment_fingerprint": [a.payment or None for a in accts],
        "email_domain": [a.email_domain for a in accts],
        "verified": ["true" if a.verified else "false" for a in accts],
    }).write_csv(os.path.join(out, "accounts.csv"))
    pl.DataFrame({"account_id": [a.account_id for a in accts], "campaign": [a.campaign or None for a in accts],
                  "kind": [a.kind for a in accts]}).write_csv(os.path.join(out, "truth.csv"))
    exp["seed"] = seed
    with open(os.path.join(out, "expected_ingest.json"), "w") as f:
        json.dump(exp, f, indent=1)
    return accts, exp


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t0 = time.time()
    W, rows = build(args.seed)
    accts, exp = write(W, rows, args.out, args.seed)
    kinds = Counter(a.kind for a in accts)
    evk = Counter()
    kind_of = {a.account_id: a.kind for a in accts}
    for r in rows:
        evk[kind_of[r[2]]] += 1
    print("seed %d: %d accounts, %d rows read (%d accepted, %d dup, %d quarantined) in %.1fs"
          % (args.seed, len(accts), exp["rows_read"], exp["rows_accepted"], exp["rows_duplicate"],
             exp["rows_quarantined"], time.time() - t0))
    camp = {a.kind: a.campaign for a in accts}
    for k in sorted(kinds, key=lambda k: (bool(camp[k]), k)):
        print("  %-24s %-14s accounts %5d  events %7d" % (k, camp[k] or "-", kinds[k], evk[k]))


if __name__ == "__main__":
    main()
