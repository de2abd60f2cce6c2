"""Vectorised event generation for a block of accounts: sessions -> conversations -> turns.

Everything per event is a NumPy array or a Polars expression (gathers into string tables,
``concat_str`` for prompts, one token formula); there is no Python object per event.
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import polars as pl

from distillwatch.contract import EVENT_SCHEMA
from distillwatch.simulate import vocab
from distillwatch.simulate.population import HOUR_CDF, Population

DAY_S = 86_400.0


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


def generate_block(pop: Population, accts: np.ndarray, rng: np.random.Generator) -> pl.DataFrame:
    """All events of the accounts ``accts`` as a DataFrame in ``contract.EVENT_SCHEMA``."""
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
    keep = (e_t >= 0) & (e_t < days) & (e_t >= a["t0"][e_acc] - 0.5)
    idx = np.flatnonzero(keep)
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
    ip = pop.ip_table[_pick(ip_lo, ip_n, u_ip)]
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

    n_ids = vocab.random_ids(rng, n_e, 24, "")
    conv_ids = pl.Series(vocab.random_ids(rng, n_c, 20, "")).gather(e_conv)
    ts_us = np.int64(sc.start_ms) * 1000 + (e_t * DAY_S * 1e6).astype(np.int64)

    tbl = pop.string_series
    rf_names = pl.Series([None, "json_object", "json_schema", "text"], dtype=pl.String)
    df = pl.DataFrame(
        {
            "event_id": pl.Series(n_ids),
            "timestamp": pl.Series(ts_us).cast(pl.Datetime("us", "UTC")),
            "account_id": pop.account_ids.gather(e_acc),
            "org_id": pop.org_ids.gather(e_acc),
            "api_key_id": pop.key_ids.gather(key),
            "model": tbl["models"].gather(model),
            "o1": (ip >> 24).astype(np.uint8),
            "o2": ((ip >> 16) & 255).astype(np.uint8),
            "o3": ((ip >> 8) & 255).astype(np.uint8),
            "o4": (ip & 255).astype(np.uint8),
            "user_agent": tbl["uas"].gather(ua),
            "system": tbl["systems"].gather(c_sys[e_conv]),
            "h": tbl["heads"].gather(head),
            "f": tbl["fillers"].gather(fill),
            "t": tbl["tails"].gather(tail),
            "turn": turn.astype(np.int64),
            "conversation_id": conv_ids,
            "tools": tools.astype(np.int64),
            "max_tokens": pl.Series(max_tok.astype(np.int64)),
            "temperature": a["temperature"][e_acc],
            "n": a["n_choices"][e_acc].astype(np.int64),
            "response_format": rf_names.gather(rf_idx),
            "status": status.astype(np.int64),
            "full_response": pop.sg_response.gather(sg_row),
            "logged": a["logged"][e_acc].astype(bool),
            "noise": rng.uniform(0.85, 1.15, size=n_e),
            "ctx": rng.lognormal(np.log(300), 0.7, size=n_e),
            "tool_call": rng.random(n_e) < 0.45,
        }
    )
    ok = pl.col("status") == 200
    out_full = (
        (pl.col("full_response").fill_null("").str.len_chars() / 4 * pl.col("noise"))
        .ceil()
        .cast(pl.Int64)
        .clip(lower_bound=1)
    )
    capped = pl.col("max_tokens").is_not_null() & (pl.col("out_full") > pl.col("max_tokens"))
    df = (
        df.with_columns(
            pl.when(pl.col("max_tokens") > 0)
            .then(pl.col("max_tokens"))
            .otherwise(None)
            .alias("max_tokens"),
            pl.col("temperature").fill_nan(None),
            pl.concat_str([pl.col("h"), pl.col("f"), pl.col("t")]).alias("prompt"),
            pl.concat_str(
                [pl.col("o1"), pl.col("o2"), pl.col("o3"), pl.col("o4")], separator="."
            ).alias("ip"),
        )
        .with_columns(
            out_full.alias("out_full"),
            (
                (
                    (
                        pl.col("system").fill_null("").str.len_chars()
                        + pl.col("prompt").str.len_chars()
                    )
                    / 4
                )
                .ceil()
                .cast(pl.Int64)
                + 7
                + pl.col("tools") * 96
                + (pl.col("turn") * pl.col("ctx")).cast(pl.Int64)
            ).alias("input_tokens"),
        )
        .with_columns(
            pl.when(~ok)
            .then(0)
            .when(capped)
            .then(pl.col("max_tokens"))
            .otherwise(pl.col("out_full"))
            .alias("output_tokens"),
            pl.when(~ok)
            .then(None)
            .when(capped)
            .then(pl.lit("length"))
            .when((pl.col("tools") > 0) & pl.col("tool_call"))
            .then(pl.lit("tool_calls"))
            .otherwise(pl.lit("stop"))
            .alias("finish_reason"),
            pl.when(ok & pl.col("logged"))
            .then(
                pl.when(capped)
                .then(pl.col("full_response").str.slice(0, pl.col("max_tokens") * 4))
                .otherwise(pl.col("full_response"))
            )
            .otherwise(None)
            .alias("response"),
        )
    )
    return df.select(list(EVENT_SCHEMA)).cast(dict(EVENT_SCHEMA)).sort("timestamp")
