"""Sanity checks of a generated world against CONTRACT.md sections 1, 2, 4."""
import sys, json
import pandas as pd, pyarrow.parquet as pq
d = sys.argv[1]
t = pq.read_table(f"{d}/events.parquet")
print(t.schema)
e = t.to_pandas()
a = pd.read_parquet(f"{d}/accounts.parquet")
tr = pd.read_csv(f"{d}/truth.csv", keep_default_na=False)
exp = json.load(open(f"{d}/expected_ingest.json"))
print("rows", len(e), "expected", exp)
req = ["event_id", "timestamp", "account_id", "model", "prompt"]
nullreq = e[req].isna().any(axis=1)
print("null required rows", int(nullreq.sum()), e[req].isna().sum().to_dict())
dup = e[~nullreq].duplicated("event_id").sum()
print("duplicate ids", int(dup))
assert int(nullreq.sum()) == exp["rows_null_required"] and int(dup) == exp["rows_duplicate"]
assert len(e) - nullreq.sum() - dup == exp["rows_expected_accepted"]
for c in ["input_tokens", "output_tokens", "turn", "tools"]:
    assert (e[c].dropna() >= 0).all(), c
for c in ["max_tokens", "n"]:
    assert (e[c].dropna() >= 1).all(), c
assert (e.temperature.dropna() >= 0).all()
ts = e.timestamp.dropna()
print("time range", pd.to_datetime(ts.min(), unit="ms"), pd.to_datetime(ts.max(), unit="ms"))
print("accounts table", a.dtypes.to_dict(), len(a))
print("nulls accounts", a.isna().sum().to_dict())
ev_acc = set(e.account_id.dropna())
assert set(tr.account_id) == set(a.account_id), "truth != accounts"
assert ev_acc <= set(tr.account_id), "event accounts missing from truth"
print("accounts without events", len(set(tr.account_id) - ev_acc))
m = e.merge(tr, on="account_id", how="left")
g = m.groupby(["campaign", "kind"]).agg(accounts=("account_id", "nunique"), events=("event_id", "size"))
print(g.to_string())
print("null share per column", (e.isna().mean().round(3)).to_dict())
print(e.model.value_counts().to_dict())
print(e.status.value_counts().to_dict(), e.finish_reason.value_counts(dropna=False).to_dict())
