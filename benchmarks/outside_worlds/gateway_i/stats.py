import sys, json, csv, glob, io, zstandard
from collections import Counter, defaultdict
d=sys.argv[1]
truth={r['account_id']:(r['campaign'],r['kind']) for r in csv.DictReader(open(d+'/truth.csv'))}
rows=Counter(); accs=defaultdict(set); ip=resp=rfc=org=tot=0; orgacc=set(); models=Counter(); newshare=defaultdict(Counter)
camp=defaultdict(set); camprows=Counter()
for p in sorted(glob.glob(d+'/events/*.zst')):
    for line in io.TextIOWrapper(zstandard.ZstdDecompressor().stream_reader(open(p,'rb')),encoding='utf-8'):
        try: e=json.loads(line)
        except: continue
        a=e.get('account_id')
        if a not in truth: continue
        c,k=truth[a]; rows[k]+=1; accs[k].add(a); tot+=1
        if c: camp[c].add(a); camprows[c]+=1
        ip+= e.get('ip') is not None; resp+= 'response' in e; rfc+= isinstance(e.get('timestamp'),str)
        if e.get('org_id'): orgacc.add(a)
        models[e.get('model') if isinstance(e.get('model'),str) else 'x']+=1
print(f"rows={tot} accounts={len(truth)} ip%={ip/tot:.3f} resp%={resp/tot:.3f} rfc%={rfc/tot:.3f} org_acc%={len(orgacc)/len(truth):.3f}")
for k in sorted(rows, key=lambda k:-rows[k]): print(f"  {k:28s} acc={len(accs[k]):5d} rows={rows[k]:7d}")
for c in sorted(camp): print(f"  CAMPAIGN {c:24s} acc={len(camp[c]):4d} rows={camprows[c]}")
print(models.most_common())
