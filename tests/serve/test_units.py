"""Pure parts of the service: body framing, policy parsing and rules, campaign ids, sketches."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import orjson
import polars as pl
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from distillwatch.errors import UserError
from distillwatch.serve.body import BatchTooLarge, parse_body
from distillwatch.serve.campaigns import match_campaigns
from distillwatch.serve.policy import ACTIONS, decide_accounts, load_policy, parse_policy
from distillwatch.serve.state import AccountState, apply_updates, batch_updates, hll_estimate
from distillwatch.serve.store import Store

REPO = Path(__file__).resolve().parents[2]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=5,
)
lines = st.one_of(
    st.dictionaries(st.sampled_from(["event_id", "prompt", "x"]), json_values, max_size=3).map(
        lambda d: orjson.dumps(d)
    ),
    json_values.filter(lambda v: not isinstance(v, dict)).map(lambda v: orjson.dumps(v)),
    st.binary(max_size=8).filter(lambda b: b"\n" not in b and b.strip() != b""),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(lines, max_size=12))
def test_jsonl_every_line_is_a_record_or_a_reject_with_its_line_number(
    body_lines: list[bytes],
) -> None:
    body = b"\n".join(body_lines)
    assume(not body.lstrip().startswith(b"["))  # that is a JSON array body
    raw = parse_body(body, source="t", max_rows=100)
    n_records = raw.records.num_rows if hasattr(raw.records, "num_rows") else len(raw.records)
    assert n_records + len(raw.rejected) == raw.n_rows == len(body_lines)
    rows = (
        list(raw.rows)
        if raw.rows is not None
        else list(range(raw.first_row, raw.first_row + n_records))
    )
    assert sorted(rows + [q["row"] for q in raw.rejected]) == list(range(1, len(body_lines) + 1))
    for q in raw.rejected:
        assert q["reason"] in {"unparseable", "bad_encoding"}


@settings(max_examples=100, deadline=None)
@given(st.lists(json_values, max_size=12))
def test_json_array_objects_keep_their_positions(items: list) -> None:
    raw = parse_body(orjson.dumps(items), source="t", max_rows=100)
    assert raw.n_rows == len(items)
    assert list(raw.rows) == [i + 1 for i, v in enumerate(items) if isinstance(v, dict)]
    assert [q["row"] for q in raw.rejected] == [
        i + 1 for i, v in enumerate(items) if not isinstance(v, dict)
    ]


def test_batch_row_limit() -> None:
    with pytest.raises(BatchTooLarge):
        parse_body(b"{}\n" * 11, source="t", max_rows=10)
    with pytest.raises(BatchTooLarge):
        parse_body(orjson.dumps([{}] * 11), source="t", max_rows=10)


rule_st = st.fixed_dictionaries(
    {"action": st.sampled_from(ACTIONS)},
    optional={
        "min_score": st.floats(0, 1),
        "flagged": st.booleans(),
        "in_campaign": st.booleans(),
        "reasons_any": st.lists(st.sampled_from(["cot", "sync", "template"]), max_size=2),
    },
).map(
    lambda r: {
        **r,
        **({"route_to": "small"} if r["action"] == "route" else {}),
        **({"rate_per_minute": 5} if r["action"] == "throttle" else {}),
    }
)


@settings(max_examples=60, deadline=None)
@given(st.lists(rule_st, max_size=4))
def test_first_matching_rule_decides(rules: list[dict]) -> None:
    policy = parse_policy({"rules": rules}, "p")
    scored = pl.DataFrame(
        {
            "account_id": ["a", "b", "c"],
            "score": [0.9, 0.4, 0.0],
            "flagged": [True, False, False],
            "campaign_id": ["C1", None, None],
            "campaign_score": [0.8, None, None],
            "campaign_accounts": [5, None, None],
            "reasons": [["cot", "sync"], ["template"], []],
        }
    )
    got = dict(decide_accounts(policy, scored).select("account_id", "action").iter_rows())
    for row in scored.iter_rows(named=True):
        expected = "allow"
        for r in policy.rules:
            ok = (
                (r.min_score is None or row["score"] >= r.min_score)
                and (r.flagged is None or row["flagged"] == r.flagged)
                and (r.in_campaign is None or (row["campaign_id"] is not None) == r.in_campaign)
                and (not r.reasons_any or bool(set(r.reasons_any) & set(row["reasons"])))
            )
            if ok:
                expected = r.action
                break
        assert got[row["account_id"]] == expected


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ({"mode": "loud"}, "mode"),
        ({"rules": [{"action": "nuke"}]}, "[[rules]] #1"),
        ({"rules": [{"action": "route"}]}, "route_to"),
        ({"rules": [{"action": "throttle"}]}, "rate_per_minute"),
        ({"rules": [{"action": "deny", "min_scor": 1}]}, "min_scor"),
        ({"models": {"m": {"allowed_countries": ["USA"]}}}, 'models."m"'),
        ({"extra": 1}, "extra"),
    ],
)
def test_policy_errors_name_the_place(raw: dict, needle: str) -> None:
    with pytest.raises(UserError, match=r"policy\.toml") as err:
        parse_policy(raw, "policy.toml")
    assert needle in str(err.value)


def test_example_policy_loads() -> None:
    policy = load_policy(REPO / "examples" / "policy.toml")
    assert policy.rules and policy.models and policy.mode in ("shadow", "enforce")


def test_bad_toml_is_a_user_error(tmp_path: Path) -> None:
    bad = tmp_path / "p.toml"
    bad.write_text("mode = ")
    with pytest.raises(UserError, match="not valid TOML"):
        load_policy(bad)


def test_campaign_ids_stay_stable_by_overlap() -> None:
    known = {"CMP-00001": frozenset("abcd"), "CMP-00002": frozenset("xyz")}
    new = [frozenset("xyzw"), frozenset("bcde"), frozenset("pq")]
    ids, nxt = match_campaigns(known, new, 3)
    assert ids == ["CMP-00002", "CMP-00001", "CMP-00003"] and nxt == 4
    # two new campaigns claiming one old one: the bigger overlap keeps the id
    ids, _ = match_campaigns(
        {"CMP-00001": frozenset("abcdef")}, [frozenset("ab"), frozenset("abcde")], 2
    )
    assert ids == ["CMP-00002", "CMP-00001"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.frozensets(st.integers(0, 30).map(str), min_size=1), max_size=6))
def test_campaign_ids_unique_and_identity_preserving(groups: list[frozenset[str]]) -> None:
    ids, nxt = match_campaigns({}, groups, 1)
    assert len(set(ids)) == len(ids) and nxt == len(groups) + 1
    known = dict(zip(ids, groups, strict=True))
    again, nxt2 = match_campaigns(known, groups, nxt)
    assert len(set(again)) == len(again) and nxt2 >= nxt
    for gid, g in zip(again, groups, strict=True):
        assert gid in known or nxt2 > nxt
        if gid in known:
            assert known[gid] & g


def _events(n: int, account: str, ips: int) -> pl.DataFrame:
    t0 = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    return pl.DataFrame(
        {
            "account_id": [account] * n,
            "org_id": [None] * n,
            "model": ["m"] * n,
            "ip": [f"10.{i % ips // 256}.{i % 256}.{i % 7}" for i in range(n)],
            "user_agent": ["ua"] * n,
            "timestamp": [t0 + dt.timedelta(seconds=i) for i in range(n)],
        },
        schema_overrides={"org_id": pl.String},
    )


def test_sketches_estimate_and_merge_like_one_batch() -> None:
    events = _events(6000, "a", 3000)
    whole: dict[str, AccountState] = {}
    apply_updates(whole, *batch_updates(events))
    parts: dict[str, AccountState] = {}
    for i in range(0, 6000, 1000):
        apply_updates(parts, *batch_updates(events.slice(i, 1000)))
    assert np.array_equal(whole["a"].sketch, parts["a"].sketch)
    s = whole["a"].summary()
    assert s["n_events"] == 6000 and s["distinct_user_agent_estimate"] == 1
    true_ips = events["ip"].n_unique()
    assert abs(s["distinct_ip_estimate"] - true_ips) / true_ips < 0.25
    assert hll_estimate(np.zeros(256, np.uint8)) == 0


def test_store_window_is_bounded_and_ordered(tmp_path: Path) -> None:
    from distillwatch.ingest.validate import validate_records

    store = Store(tmp_path / "s.db")
    rows = [
        {
            "event_id": f"e{i}",
            "timestamp": 1777593600000 + i * 60_000,
            "account_id": "a",
            "model": "m",
            "prompt": "p",
        }
        for i in range(100)
    ]
    batch = validate_records(rows[::-1], source="t")
    with store.write() as cur:
        Store.insert_events(cur, batch.accepted.head(50))
        Store.insert_events(cur, batch.accepted.tail(50))
    start = 1777593600000 * 1000
    w = store.window(start, start + 59 * 60_000_000, 10**6)
    assert w.height == 60 and w["timestamp"].is_sorted()
    assert store.window(start, start + 10**12, 7)["event_id"].to_list() == [
        f"e{i}" for i in range(93, 100)
    ]
    assert store.prune(events_before_us=start + 10**12, ids_before_us=0) == (2, 0)
    assert store.window(start, start + 10**12, 100).height == 0
