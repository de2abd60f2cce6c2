"""Log realism for the CSV export: timestamp formats a contract reader must
accept, a small share of broken rows it must quarantine, and exact duplicates
(the same event re-sent) it must count once. Returns the expected ingest
numbers under the contract's definitions."""

BAD_TS = ["2026-05-07T25:61:00Z", "2026-02-30T10:00:00Z", "07/05/2026 14:22", "yesterday", "2026-05-07T10:00:00+25:00",
          "NaT", "2026-13-01T00:00:00Z", "1715x0000000", "Tue May 07 10:00:00"]
BAD_IP = ["999.12.4.1", "172.16.300.1", "12.34.56", "fe80::1::2", "2001:db8:85a3::8a2e:370:7334:abcd:ef01:2345",
          "10.0.0.1.5", "::gggg", "256.256.256.256"]
BAD_TYPE = [("n", ["two", "1,2"]), ("temperature", ["warm", "0,7"]), ("max_tokens", ["4k", "1024 tokens"]),
            ("turn", ["first", "1a"]), ("status", ["OK", "2xx"]), ("tools", ["three"]),
            ("input_tokens", ["12k", "n/a"])]
REQUIRED = ["event_id", "timestamp", "account_id", "model", "prompt"]


def fmt_variants(rng, n):
    """Per row: which timestamp rendering to use (all valid per the contract)."""
    out = []
    for _ in range(n):
        r = rng.random()
        out.append("z" if r < 0.962 else "off" if r < 0.982 else "epoch" if r < 0.994 else "naive")
    return out


def inject(rng, rows, cols, share_broken=0.004, share_dup=0.003):
    """rows: list of lists (strings or None) in `cols` order, all valid and unique.
    Returns (final_rows, expected dict)."""
    ix = {c: i for i, c in enumerate(cols)}
    n = len(rows)
    n_bad = int(n * share_broken)
    n_dup = int(n * share_dup)
    broken = []   # (position, row, reason)
    used_ids = set(r[ix["event_id"]] for r in rows)
    for _ in range(n_bad):
        src = list(rows[rng.randrange(n)])
        while True:
            eid = "evt_" + format(rng.getrandbits(80), "020x")
            if eid not in used_ids:
                used_ids.add(eid)
                break
        src[ix["event_id"]] = eid
        r = rng.random()
        if r < 0.28:
            reason = "bad_timestamp"
            src[ix["timestamp"]] = rng.choice(BAD_TS)
        elif r < 0.48:
            reason = "negative_count"
            c = rng.choice(["input_tokens", "output_tokens", "output_tokens"])
            v = src[ix[c]]
            src[ix[c]] = "-" + v if v and v != "0" else "-1"
        elif r < 0.68:
            reason = "bad_ip"
            src[ix["ip"]] = rng.choice(BAD_IP)
        elif r < 0.9:
            reason = "missing_field"
            src[ix[rng.choice(REQUIRED)]] = None
        else:
            reason = "bad_type"
            c, vals = rng.choice(BAD_TYPE)
            src[ix[c]] = rng.choice(vals)
        broken.append((rng.randrange(n + 1), src, reason))
    dups = []
    for _ in range(n_dup):
        i = rng.randrange(n)
        dups.append((min(n, i + 1 + rng.randint(0, 4000)), list(rows[i])))
    # merge: insertions keyed by position in the original order
    ins = {}
    for pos, row, reason in broken:
        ins.setdefault(pos, []).append((row, reason))
    for pos, row in dups:
        ins.setdefault(pos, []).append((row, "duplicate"))
    final, qrows, reasons = [], [], {}
    for p in range(n + 1):
        for row, why in ins.get(p, ()):
            final.append(row)
            if why != "duplicate":
                qrows.append({"row": len(final), "reason": why, "event_id": row[ix["event_id"]]})
                reasons[why] = reasons.get(why, 0) + 1
        if p < n:
            final.append(rows[p])
    exp = {"rows_read": len(final), "rows_accepted": n, "rows_duplicate": n_dup, "rows_quarantined": n_bad,
           "quarantine_reasons": dict(sorted(reasons.items())), "quarantined_rows": qrows,
           "row_numbering": "1-based data record number in events.csv, header excluded (records may span lines)"}
    assert exp["rows_accepted"] + exp["rows_duplicate"] + exp["rows_quarantined"] == exp["rows_read"]
    return final, exp
