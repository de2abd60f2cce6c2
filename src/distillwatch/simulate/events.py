"""Vectorised event generation for a block of accounts: sessions -> conversations -> turns.

Everything per event is a NumPy array or an Arrow kernel (``take`` into string tables,
element-wise joins for prompts and IPs, one token formula from precomputed string lengths);
there is no Python object per event.
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from distillwatch.contract import EVENT_SCHEMA
from distillwatch.simulate import vocab
from distillwatch.simulate.population import HOUR_CDF, SYNC_SPAN, Population

DAY_S = 86_400.0
#: The Arrow schema of ``contract.EVENT_SCHEMA`` (strings as large_string), as written.
ARROW_SCHEMA = pl.DataFrame(schema=EVENT_SCHEMA).to_arrow().schema
RESPONSE_FORMATS = pa.array([None, "json_object", "json_schema", "text"], type=pa.large_string())
FINISH_REASONS = pa.array([None, "stop", "length", "tool_calls"], type=pa.large_string())


def _group_cumsum(values: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Cumulative sum restarting at each group (groups are consecutive runs of ``lengths``)."""
    cs = np.cumsum(values)
    ends = np.cumsum(lengths)
    starts = ends - lengths
    before = np.where(starts > 0, cs[np.maximum(starts - 1, 0)], 0.0)
    return cs - np.repeat(before, lengths)


def _pick(lo: np.ndarray, n: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Index ``lo + floor(u * n)``; 0 (the null entry) where ``n`` is 0."""
    return np.where(n > 0, lo + np.minimum((u * n).astype(np.int64), np.maximum(n - 1, 0)), 0)


def _hours(rhythm: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Local hour of day (float) drawn from each row's rhythm profile."""
    u = rng.random(len(rhythm))
    cdf = HOUR_CDF[rhythm]
    hour = (u[:, None] > cdf).sum(axis=1)
    return np.minimum(hour, 23) + rng.random(len(rhythm))


def generate_block(pop: Population, accts: np.ndarray, rng: np.random.Generator) -> pa.Table:
    """All events of the accounts ``accts``, time-ordered, as an Arrow table in the contract schema."""
    sc = pop.scenario
    a = pop.a
    days = float(sc.days)
    start_weekday = datetime.fromtimestamp(sc.start_ms / 1000, tz=UTC).weekday()

    # ---- sessions -------------------------------------------------------------------------------
    nc = a["n_conv"][accts]
    ns = np.maximum(1, np.ceil(nc / a["sess"][accts])).astype(np.int64)
    s_acc = np.repeat(accts, ns)
    t0, t1 = a["t0"][s_acc], a["t1"][s_acc]
    tz = a["tz"][s_acc] / 24.0
    local_day = np.floor(t0 + rng.random(len(s_acc)) * (t1 - t0) + tz)
    weekday = (start_weekday + local_day.astype(np.int64)) % 7
    off = (weekday >= 5) & (rng.random(len(s_acc)) > a["weekend"][s_acc])
    local_day = np.where(off, local_day - (weekday - 4), local_day)  # moved back to Friday
    s_start = local_day + _hours(a["rhythm"][s_acc], rng) / 24.0 - tz
    # scheduled accounts (campaign operators, eval harnesses, cron pipelines) start a share of
    # sessions at their group's shared start times
    sync = rng.random(len(s_acc)) < a["sync"][s_acc]
    if sync.any():
        ci = a["sync_group"][s_acc[sync]] * SYNC_SPAN
        lo = np.searchsorted(pop.sync_keys, ci + t0[sync])
        hi = np.searchsorted(pop.sync_keys, ci + t1[sync])
        pick = lo + (rng.random(len(lo)) * (hi - lo)).astype(np.int64)
        slot = pop.sync_keys[np.minimum(pick, len(pop.sync_keys) - 1)] - ci
        jitter = rng.exponential(a["sync_jitter"][s_acc[sync]]) / DAY_S
        s_start[np.flatnonzero(sync)[hi > lo]] = (slot + jitter)[hi > lo]

    # ---- conversations, ordered by session ---------------------------------------------------------
    c_pos = np.repeat(np.arange(len(accts)), nc)
    c_acc = accts[c_pos]
    sess_first = np.cumsum(ns) - ns
    c_sess = sess_first[c_pos] + (rng.random(len(c_acc)) * ns[c_pos]).astype(np.int64)
    order = np.argsort(c_sess, kind="stable")
    c_sess = c_sess[order]
    c_acc = c_acc[order]
    per_sess = np.bincount(c_sess, minlength=len(s_acc))
    gaps = rng.exponential(a["gap"][c_acc])
    first = np.r_[True, c_sess[1:] != c_sess[:-1]]
    gaps[first] = 0.0
    c_start = s_start[c_sess] + _group_cumsum(gaps, per_sess[per_sess > 0]) / DAY_S
    n_c = len(c_acc)
    organic = rng.random(n_c) < a["organic"][c_acc]
    sg_conv = rng.integers(0, len(pop.sg_len), size=n_c)
    len_org = np.minimum(pop.sg_len[sg_conv], a["max_turns"][c_acc])
    fup = rng.random(n_c) < a["followup"][c_acc]
    len_pool = 1 + fup * (1 + rng.geometric(0.6, size=n_c) - 1).clip(1, 4)
    c_len = np.where(organic, len_org, len_pool).astype(np.int64)
    u_head, u_fill, u_tail, u_sys = (rng.random(n_c) for _ in range(4))
    c_head = _pick(a["head_lo"][c_acc], a["head_n"][c_acc], u_head)
    c_fill = _pick(a["fill_lo"][c_acc], a["fill_n"][c_acc], u_fill)
    c_tail = _pick(a["tail_lo"][c_acc], a["tail_n"][c_acc], u_tail)
    c_sys = _pick(a["sys_lo"][c_acc], a["sys_n"][c_acc], u_sys)
    # IPs are sticky per session (home, office, cloud, sticky residential-proxy sessions)
    ip_u = rng.random(len(s_acc))[c_sess]
    c_ip_src2 = (rng.random(len(s_acc)) < a["ip2_share"][s_acc])[c_sess]
    c_resp = pop.sg_answered[rng.integers(0, len(pop.sg_answered), size=n_c)]

    # ---- events (turns) ---------------------------------------------------------------------------
    e_conv = np.repeat(np.arange(n_c), c_len)
    n_e = len(e_conv)
    turn = np.arange(n_e) - np.repeat(np.cumsum(c_len) - c_len, c_len)
    e_acc = c_acc[e_conv]
    tgap = rng.exponential(a["turn_gap"][e_acc]) + rng.lognormal(2.0, 0.8, size=n_e)
    tgap[turn == 0] = 0.0
    e_t = c_start[e_conv] + _group_cumsum(tgap, c_len) / DAY_S
    # nothing before the world starts, after it ends, or before the account signed up
    created_day = (a["created"][e_acc] - sc.start_ms) / 86_400_000
    keep = (e_t >= 0) & (e_t < days) & (e_t >= a["t0"][e_acc] - 0.5) & (e_t > created_day)
    idx = np.flatnonzero(keep)
    idx = idx[np.argsort(e_t[idx], kind="stable")]  # rows leave the block in time order
    e_conv, turn, e_acc, e_t = e_conv[idx], turn[idx], e_acc[idx], e_t[idx]
    n_e = len(idx)
    e_org = organic[e_conv]
    later = turn > 0
    fill = np.where(
        e_org, pop.sg_turn_lo[sg_conv[e_conv]] + turn, np.where(later, 0, c_fill[e_conv])
    )
    head = np.where(
        e_org,
        0,
        np.where(
            later, _pick(a["fup_lo"][e_acc], a["fup_n"][e_acc], rng.random(n_e)), c_head[e_conv]
        ),
    )
    tail = np.where(e_org | later, 0, c_tail[e_conv])
    sg_row = np.where(e_org, fill - pop.sg_turn_lo[0], c_resp[e_conv])

    # model: base model, then in-window releases adopted after each account's lag
    model = a["base_model"][e_acc].copy()
    for rel_day, rel_model in zip(pop.release_days, pop.release_models, strict=True):
        # benign users move within their tier; an operator moves its accounts to the new model
        same_tier = (a["flagship"][e_acc] == pop.model_flagship[rel_model]) | a["is_campaign"][
            e_acc
        ]
        adopts = pop.adopter[e_acc] & same_tier
        switch = (
            adopts
            & (e_t >= rel_day + a["adopt_lag"][e_acc])
            & (rng.random(n_e) < a["adopt_share"][e_acc])
        )
        model = np.where(switch, rel_model, model)

    # infrastructure
    src2 = c_ip_src2[e_conv]
    per_req = a["ip_per_request"][e_acc] | (src2 & a["ip2_per_request"][e_acc])
    u_ip = np.where(per_req, rng.random(n_e), ip_u[e_conv])
    ip_lo = np.where(src2, a["ip2_lo"][e_acc], a["ip1_lo"][e_acc])
    ip_n = np.where(src2, a["ip2_n"][e_acc], a["ip1_n"][e_acc])
    ip_idx = _pick(ip_lo, ip_n, u_ip)
    ua_fixed = a["ua_table_idx"][_pick(a["ua_lo"][e_acc], a["ua_n"][e_acc], rng.random(n_e))]
    ua_rot = pop.ua_weighted[rng.integers(0, len(pop.ua_weighted), size=n_e)]
    ua = np.where(a["ua_rotate"][e_acc], ua_rot, ua_fixed)
    key = a["key_lo"][e_acc] + (rng.random(n_e) * a["keys"][e_acc]).astype(np.int64)

    # request settings
    has_tools = rng.random(n_e) < a["tools_share"][e_acc]
    tools = np.where(has_tools, a["tools_k"][e_acc], 0)
    json_req = rng.random(n_e) < a["json_share"][e_acc]
    rf_mode = a["rf_mode"][e_acc]
    rf_idx = np.where(json_req, np.where(rf_mode == 2, 2, 1), np.where(rf_mode == 0, 0, 3))
    max_tok = a["max_tokens"][e_acc]
    status_u = rng.random(n_e)
    daily = a["events"][e_acc] / np.maximum(a["t1"][e_acc] - a["t0"][e_acc], 0.05)
    p429 = np.minimum(0.25, 0.002 + daily / 60_000.0)
    status = np.where(
        status_u < p429,
        429,
        np.where(
            status_u < p429 + sc.server_error_rate,
            500,
            np.where(status_u < p429 + sc.server_error_rate + 0.002, 400, 200),
        ),
    )

    # ---- columns: gathers into Arrow string tables, token counts from precomputed lengths --------
    t = pop.arrow
    ln = pop.char_len
    ok = status == 200
    sys_idx = c_sys[e_conv]
    prompt_chars = ln["heads"][head] + ln["fillers"][fill] + ln["tails"][tail]
    ctx = rng.lognormal(np.log(300), 0.7, size=n_e)
    input_tokens = (
        np.ceil((ln["systems"][sys_idx] + prompt_chars) / 4).astype(np.int64)
        + 7
        + tools * 96
        + (turn * ctx).astype(np.int64)
    )
    full_chars = ln["responses"][sg_row]
    out_full = np.maximum(1, np.ceil(full_chars / 4 * rng.uniform(0.85, 1.15, size=n_e))).astype(
        np.int64
    )
    capped = (max_tok > 0) & (out_full > max_tok)
    output_tokens = np.where(ok, np.where(capped, max_tok, out_full), 0)
    tool_call = (tools > 0) & (rng.random(n_e) < 0.45)
    finish = np.where(~ok, 0, np.where(capped, 2, np.where(tool_call, 3, 1)))
    show = ok & a["logged"][e_acc]
    response = t["responses"].take(pa.array(sg_row, mask=~show))
    cut = np.flatnonzero(show & capped)
    if len(cut):  # truncated answers: slice only those rows (vectorised, in Polars)
        sliced = (
            pl.Series(t["responses"].take(pa.array(sg_row[cut])))
            .str.slice(0, pl.Series(max_tok[cut] * 4))
            .to_arrow()
            .cast(pa.large_string())
        )
        mask = np.zeros(n_e, dtype=bool)
        mask[cut] = True
        response = pc.replace_with_mask(response, pa.array(mask), sliced)
    conv_ids = vocab.random_ids(rng, n_c, 20, "").take(pa.array(e_conv))
    ts_us = np.int64(sc.start_ms) * 1000 + (e_t * DAY_S * 1e6).astype(np.int64)
    columns = {
        "event_id": vocab.random_ids(rng, n_e, 24, ""),
        "timestamp": pa.array(ts_us, type=pa.timestamp("us", tz="UTC")),
        "account_id": t["account_ids"].take(pa.array(e_acc)),
        "org_id": t["org_ids"].take(pa.array(e_acc)),
        "api_key_id": t["key_ids"].take(pa.array(key)),
        "model": t["models"].take(pa.array(model)),
        "ip": pop.ip_table.take(pa.array(ip_idx)),
        "user_agent": t["uas"].take(pa.array(ua)),
        "system": t["systems"].take(pa.array(sys_idx)),
        "prompt": pc.binary_join_element_wise(
            t["heads"].take(pa.array(head)),
            t["fillers"].take(pa.array(fill)),
            t["tails"].take(pa.array(tail)),
            pa.scalar("", pa.large_string()),
        ),
        "turn": pa.array(turn.astype(np.int64)),
        "conversation_id": conv_ids,
        "input_tokens": pa.array(input_tokens),
        "output_tokens": pa.array(output_tokens.astype(np.int64)),
        "max_tokens": pa.array(max_tok.astype(np.int64), mask=max_tok <= 0),
        "temperature": pa.array(a["temperature"][e_acc], mask=np.isnan(a["temperature"][e_acc])),
        "n": pa.array(a["n_choices"][e_acc].astype(np.int64)),
        "tools": pa.array(tools.astype(np.int64)),
        "response_format": RESPONSE_FORMATS.take(pa.array(rf_idx)),
        "finish_reason": FINISH_REASONS.take(pa.array(finish)),
        "status": pa.array(status.astype(np.int64)),
        "response": response,
    }
    return pa.table(columns, schema=ARROW_SCHEMA)
