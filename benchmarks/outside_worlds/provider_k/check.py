#!/usr/bin/env python3
"""check.py DIR: re-derive ingest counts from DIR/events the way a contract-following ingester would,
compare with DIR/expected_ingest.json, and sanity-check accounts.csv / truth.csv."""
import csv, datetime as dt, glob, gzip, ipaddress, json, os, re, sys
from collections import Counter

csv.field_size_limit(1 << 30)
REQ = ['event_id', 'timestamp', 'account_id', 'model', 'prompt']
INTS = {'turn': 0, 'input_tokens': 0, 'output_tokens': 0, 'max_tokens': 1, 'n': 1, 'tools': 0, 'status': None}
RFC = re.compile(r'^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$')
INTRE = re.compile(r'^-?\d+$')

def ts_ok(v):
    if re.fullmatch(r'\d{10,14}', v):
        return True
    m = RFC.match(v)
    if not m:
        return False
    y, mo, d, h, mi, s = (int(x) for x in m.groups()[:6])
    try:
        dt.datetime(y, mo, d, h, mi, min(s, 59))
    except ValueError:
        return False
    return h < 24 and mi < 60 and s < 61

def check_row(r):
    if None in r:                       # more fields than header
        return 'unparseable'
    if any(v is None for v in r.values()):
        return 'unparseable'            # fewer fields than header (truncated line)
    for k in REQ:
        if r[k].strip() == '':
            return 'missing_field'
    if not ts_ok(r['timestamp']):
        return 'bad_timestamp'
    if r['ip']:
        try:
            ipaddress.ip_address(r['ip'])
        except ValueError:
            return 'bad_ip'
    for k, lo in INTS.items():
        v = r[k]
        if v == '':
            continue
        if not INTRE.match(v):
            return 'bad_type'
        if int(v) < 0:
            return 'negative_count'
        if lo is not None and int(v) < lo:
            return 'bad_type'
    if r['temperature']:
        try:
            if float(r['temperature']) < 0:
                return 'bad_type'
        except ValueError:
            return 'bad_type'
    return None

def main(d):
    files = sorted(glob.glob(os.path.join(d, 'events', '**', '*.csv.gz'), recursive=True))
    read = acc = dup = quar = 0
    reasons, seen, accounts, tsf = Counter(), set(), Counter(), Counter()
    for p in files:
        with gzip.open(p, 'rt', encoding='utf-8', newline='') as f:
            for r in csv.DictReader(f):
                read += 1
                why = check_row(r)
                if why:
                    quar += 1
                    reasons[why] += 1
                    continue
                if r['event_id'] in seen:
                    dup += 1
                    continue
                seen.add(r['event_id'])
                acc += 1
                accounts[r['account_id']] += 1
                t = r['timestamp']
                tsf['epoch_ms' if t.isdigit() else ('Z' if t.endswith('Z') else ('offset' if re.search(r'[+-]\d\d:\d\d$', t) else 'naive'))] += 1
    got = {'rows_read': read, 'rows_accepted': acc, 'rows_duplicate': dup, 'rows_quarantined': quar}
    exp = json.load(open(os.path.join(d, 'expected_ingest.json')))
    print('files:', len(files))
    print('derived :', json.dumps(got))
    print('expected:', json.dumps(exp))
    print('quarantine reasons:', dict(reasons))
    print('timestamp forms:', dict(tsf))
    ok = all(got[k] == exp[k] for k in got) and read == acc + dup + quar
    truth = list(csv.DictReader(open(os.path.join(d, 'truth.csv'), encoding='utf-8')))
    tids = {t['account_id'] for t in truth}
    atab = list(csv.DictReader(open(os.path.join(d, 'accounts.csv'), encoding='utf-8')))
    print(f'accounts in events: {len(accounts)}, in truth: {len(tids)}, in accounts.csv: {len(atab)}')
    print('campaign accounts:', Counter(t['campaign'] for t in truth if t['campaign']))
    if set(accounts) != tids:
        print('MISMATCH: truth accounts != accepted-event accounts', len(set(accounts) ^ tids))
        ok = False
    if not {a['account_id'] for a in atab} <= tids:
        print('MISMATCH: accounts.csv has ids not in truth')
        ok = False
    empt = {c: sum(1 for a in atab if not a[c]) / len(atab) for c in atab[0] if c != 'account_id'}
    print('accounts.csv empty share:', {k: round(v, 2) for k, v in empt.items()})
    print('OK' if ok else 'FAIL')
    return 0 if ok else 1

if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
