"""Generate the gateway world: python gen.py --seed N --out OUT

Writes OUT/events.jsonl.zst, OUT/expected_ingest.json, OUT/accounts.parquet, OUT/truth.csv.
"""
import argparse
import csv
import json
import os
import sys
import time
from datetime import datetime, timezone, timedelta

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import infra as I            # noqa: E402
import moretext as X         # noqa: E402
import population as P       # noqa: E402
import population2 as P2     # noqa: E402
import campaigns as CP       # noqa: E402

TZ8 = timezone(timedelta(hours=8))
FIELDS = ["event_id", "timestamp", "account_id", "org_id", "api_key_id", "model", "ip", "user_agent", "system", "prompt", "turn",
          "conversation_id", "input_tokens", "output_tokens", "max_tokens", "temperature", "n", "tools", "response_format",
          "finish_reason", "status", "response"]
REQUIRED = ["event_id", "timestamp", "account_id", "model", "prompt"]


def build(seed, text):
    ctx = I.Ctx(seed, text)
    steps = [
        (1, lambda r: P.consumer(ctx, r, 1300)), (2, lambda r: P.consumer(ctx, r, 650, "mobile_user", mobile=True)),
        (3, lambda r: P.trial(ctx, r, 800)), (4, lambda r: P.enterprise(ctx, r, 600)), (5, lambda r: P.saas(ctx, r)),
        (6, lambda r: P.edtech(ctx, r, 320)), (7, lambda r: P.serverless(ctx, r, 90)), (8, lambda r: P.power(ctx, r, 150)),
        (9, lambda r: P2.agent_dev(ctx, r, 300)), (10, lambda r: P2.agent_platform(ctx, r, 120)), (11, lambda r: P2.eval_shop(ctx, r)),
        (12, lambda r: P2.bootcamp(ctx, r)), (13, lambda r: P2.annotation(ctx, r)), (14, lambda r: P2.moderation(ctx, r)),
        (15, lambda r: P2.batch_etl(ctx, r)), (16, lambda r: P2.security(ctx, r)), (17, lambda r: P2.localization(ctx, r)),
        (18, lambda r: P2.dormant(ctx, r, 300)),
        (21, lambda r: CP.c1_hydra_shell(ctx, r, 280)), (22, lambda r: CP.c2_ipv6_harvest(ctx, r, 130)),
        (23, lambda r: CP.c3_slow_harvest(ctx, r, 70)), (24, lambda r: CP.c4_rubric(ctx, r, 55)), (25, lambda r: CP.c5_sensitive(ctx, r, 38)),
    ]
    for k, f in steps:
        f(ctx.rng(k))
    return ctx


def fmt_ts(t, style):
    if style == "ms":
        return int(round(t * 1000))
    if style == "ap":
        return datetime.fromtimestamp(t, TZ8).isoformat(timespec="milliseconds")
    return datetime.fromtimestamp(t, timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def model_name(m, style):
    if style == "prefixed":
        return m.split("-")[0] + "/" + m
    if style == "dated":
        return I.DATED.get(m, m)
    return m


def to_row(e, eid, rng, tx):
    a = e["a"]; o = a["org"]; pol = o["pol"]
    st = e.get("st", 200)
    style = pol["ts_fmt"] or o["region"]
    prompt, system = e["p"], e.get("s")
    resp = None
    if pol["log_response"] and st == 200:
        resp = e.get("r") or (X.synth(rng, e["rk"], prompt, e.get("ot") or 0, tx) if e.get("rk") else None)
        if resp and len(resp) > 2000:
            resp = resp[:2000]
    if not pol["log_system"]:
        system = None
    if pol["redact"]:
        prompt, system, resp = "[redacted]", None, None
    ip = e.get("ip")
    if ip and o["region"] == "eu" and rng.random() < 0.02 and ":" not in ip:
        ip = "::ffff:" + ip                   # one EU load balancer logs v4-mapped addresses
    row = {
        "event_id": eid, "timestamp": fmt_ts(e["t"], style), "account_id": a["id"],
        "org_id": o["id"] if rng.random() < pol["org_p"] else None,
        "api_key_id": e.get("k") if rng.random() < pol["key_p"] else None,
        "model": model_name(e["m"], pol["model_style"]), "ip": ip if rng.random() > 0.003 else None,
        "user_agent": e.get("ua") if rng.random() > 0.004 else None, "system": system, "prompt": prompt,
        "turn": e.get("turn"), "conversation_id": e.get("cid"), "input_tokens": e.get("it"), "output_tokens": e.get("ot"),
        "max_tokens": e.get("mx"), "temperature": e.get("temp"), "n": e.get("n"), "tools": e.get("tools"),
        "response_format": e.get("rf"), "finish_reason": e.get("fin"), "status": st, "response": resp,
    }
    if o["region"] == "eu":
        row = {k: v for k, v in row.items() if v is not None}
    if pol["extras"]:
        row["gateway_region"] = "ap-southeast-1" if o["region"] == "ap" else "eu-central-1"
        row["latency_ms"] = int(300 + (e.get("ot") or 0) * float(rng.uniform(8, 25)))
        row["stream"] = bool(rng.random() < 0.6)
    return row


BAD_TS = ["2026-09-31T10:00:00Z", "2026-09-12T25:10:00Z", "Thu Sep 10 08:12:44 2026", "0000-00-00T00:00:00Z", "", "2026-09-1T3:04:05Z", "NaN"]
BAD_IP = ["unknown", "-", "188.166.300.12", "10.0.0", "2400:cb00::g1", "203.0.113", "1.2.3.4.5", "localhost"]


def corrupt(row, rng, dumps):
    """Return (line, reason) with exactly one contract violation."""
    r = dict(row)
    reason = I.pick(rng, ["unparseable"] * 25 + ["missing_field"] * 20 + ["bad_type"] * 20 + ["bad_timestamp"] * 15 + ["bad_ip"] * 10 + ["negative_count"] * 10)
    if reason == "unparseable":
        s = dumps(r)
        cut = int(len(s) * float(rng.uniform(0.15, 0.9)))
        line = s[:cut]
        try:
            json.loads(line)
            line = line + "\\"
        except Exception:
            pass
        return line, reason
    if reason == "missing_field":
        f = I.pick(rng, REQUIRED)
        if rng.random() < 0.5:
            r.pop(f, None)
        else:
            r[f] = None
    elif reason == "bad_type":
        opts = [k for k in ("input_tokens", "turn", "temperature", "status", "max_tokens") if r.get(k) is not None] + ["prompt", "account_id"]
        f = I.pick(rng, opts)
        if f == "prompt":
            r[f] = [{"type": "text", "text": r["prompt"]}]
        elif f == "account_id":
            r[f] = int(rng.integers(10 ** 6, 10 ** 9))
        else:
            r[f] = str(r[f])
    elif reason == "bad_timestamp":
        r["timestamp"] = I.pick(rng, BAD_TS)
    elif reason == "bad_ip":
        r["ip"] = I.pick(rng, BAD_IP)
    else:
        f = "input_tokens" if rng.random() < 0.5 else "output_tokens"
        r[f] = -int(rng.integers(1, 500))
    return dumps(r), reason


def write_events(ctx, out, rng):
    import zstandard as zstd
    ev = ctx.events
    order = np.argsort(np.array([e["t"] for e in ev]) + rng.exponential(4.0, len(ev)), kind="stable")
    hexes = rng.bytes(12 * len(ev)).hex()
    d_ap = lambda r: json.dumps(r, ensure_ascii=False, separators=(",", ":"))
    d_eu = lambda r: json.dumps(r, ensure_ascii=True)
    N = len(ev)
    bad = set(int(i) for i in rng.choice(N, int(N * float(rng.uniform(0.0035, 0.0045))), replace=False))
    dup_src = [int(i) for i in rng.choice(N, int(N * 0.003), replace=False) if int(i) not in bad]
    dup_set = set(dup_src)
    dup_at = {}
    for i in dup_src:
        dup_at.setdefault(min(N - 1, i + int(rng.integers(1, 5000))), []).append(i)
    lines, reasons, accepted_accts = [], {}, {}
    rows_cache = {}
    n_acc = n_dup = 0
    for pos in range(N):
        e = ev[order[pos]]
        row = to_row(e, "req_" + hexes[24 * pos:24 * pos + 24], rng, ctx.tx)
        dumps = d_eu if e["a"]["org"]["region"] == "eu" else d_ap
        if pos in bad:
            line, why = corrupt(row, rng, dumps)
            reasons[why] = reasons.get(why, 0) + 1
            lines.append(line)
        else:
            lines.append(dumps(row))
            n_acc += 1
            k = e["a"]["id"]
            accepted_accts[k] = accepted_accts.get(k, 0) + 1
            if pos in dup_set:
                rows_cache[pos] = (row, dumps)
        for src in dup_at.get(pos, []):
            if src in rows_cache:
                row0, dm = rows_cache.pop(src)
                if rng.random() < 0.6:
                    lines.append(dm(row0))
                else:
                    keys = list(row0)
                    rng.shuffle(keys)
                    lines.append(json.dumps({k: row0[k] for k in keys}, ensure_ascii=bool(rng.random() < 0.5)))
                n_dup += 1
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(os.path.join(out, "events.jsonl.zst"), "wb") as fh:
        fh.write(zstd.ZstdCompressor(level=6).compress(data))
    q = sum(reasons.values())
    exp = {"contract_version": "1", "rows_read": len(lines), "rows_accepted": n_acc, "rows_duplicate": n_dup, "rows_quarantined": q,
           "quarantine_by_reason": dict(sorted(reasons.items())),
           "note": "quarantine_by_reason is what the generator injected (one violation per row); totals are the contract figures"}
    assert n_acc + n_dup + q == len(lines)
    with open(os.path.join(out, "expected_ingest.json"), "w") as fh:
        json.dump(exp, fh, indent=1)
    return exp, accepted_accts


def write_accounts(ctx, out, rng):
    import pyarrow as pa
    import pyarrow.parquet as pq
    rows = [a for a in ctx.accounts if a["in_table"] and rng.random() > 0.015]
    perm = rng.permutation(len(rows))
    rows = [rows[int(i)] for i in perm]
    tbl = pa.table({
        "account_id": pa.array([a["id"] for a in rows], pa.string()),
        "created_at": pa.array([int(a["created"] * 1e6) for a in rows], pa.timestamp("us", tz="UTC")),
        "declared_country": pa.array([a["cc"] for a in rows], pa.string()),
        "payment_fingerprint": pa.array([a["pay"] for a in rows], pa.string()),
        "email_domain": pa.array([a["email"] for a in rows], pa.string()),
        "verified": pa.array([a["verified"] for a in rows], pa.bool_()),
    })
    pq.write_table(tbl, os.path.join(out, "accounts.parquet"))
    return len(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    text = X.Text()
    ctx = build(args.seed, text)
    t1 = time.time()
    exp, acc = write_events(ctx, args.out, ctx.rng(100))
    n_tab = write_accounts(ctx, args.out, ctx.rng(101))
    kinds = {}
    with open(os.path.join(args.out, "truth.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["account_id", "campaign", "kind"])
        for a in ctx.accounts:
            if a["id"] in acc:
                w.writerow([a["id"], a["campaign"], a["kind"]])
                kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    print(f"seed {args.seed}: {len(ctx.accounts)} accounts ({n_tab} in table, {sum(kinds.values())} with events), "
          f"{exp['rows_read']} lines; build {t1 - t0:.1f}s, total {time.time() - t0:.1f}s", file=sys.stderr)
    print(json.dumps(kinds), file=sys.stderr)


if __name__ == "__main__":
    main()
