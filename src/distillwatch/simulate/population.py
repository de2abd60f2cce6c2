"""The account population: one row of behaviour parameters per account, as NumPy arrays.

Benign kinds and campaign playbooks are expressed in the same parameters (volume, rhythm,
pacing, prompt source, IP and UA sources, request settings), drawn from overlapping
distributions; the event generator then treats every account identically.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from distillwatch.simulate import vocab
from distillwatch.simulate.builders import (
    Builder,
    IpSpace,
    Tables,
    char_len,
    choice,
    expected_turns,
    group_sizes,
)
from distillwatch.simulate.campaigns import add_campaign
from distillwatch.simulate.corpus import SharedPrompts
from distillwatch.simulate.pools import (
    APP_SYSTEMS,
    DEV_SYSTEMS,
    ENTERPRISE_TEMPLATES,
    JUDGE_SYSTEMS,
    TUTOR_SYSTEMS,
    build_pools,
    with_rules,
)
from distillwatch.simulate.profiles import (
    DAY_MS,
    HOUR_CDF,
    KIND_PROFILES,
    KIND_SOURCE,
    MAX_TOKENS_VALUES,
    MAX_TOKENS_WEIGHTS,
    RHYTHMS,
    SYNC_SPAN,
    TEMPERATURE_VALUES,
    TEMPERATURE_WEIGHTS,
)
from distillwatch.simulate.scenario import Scenario


@dataclass(slots=True)
class Population:
    """All accounts (arrays indexed by account number) plus the tables their events draw from."""

    scenario: Scenario
    tables: Tables
    sg_turn_lo: np.ndarray  # per sharegpt conversation: first filler index of its turns
    sg_len: np.ndarray  # per sharegpt conversation: number of user turns
    sg_response: pl.Series  # per sharegpt turn (filler index - 1): response or null
    sg_answered: np.ndarray  # sharegpt turn indices that have a response
    ip_table: pa.Array  # address strings; accounts reference segments
    ua_table: list[str]
    ua_weighted: np.ndarray  # ua indices repeated by popularity (for per-request rotation)
    key_ids: pl.Series
    model_names: list[str]
    release_days: np.ndarray  # in-window releases (days from start)
    release_models: np.ndarray  # model index of each in-window release
    a: dict[str, np.ndarray]  # per-account parameter arrays
    account_ids: pl.Series
    org_ids: pl.Series
    kinds: list[str]
    campaigns: list[str]
    accounts_frame: pl.DataFrame
    model_flagship: np.ndarray  # per model: flagship tier
    adopter: np.ndarray  # per account: adopts in-window releases of its tier
    sync_keys: np.ndarray  # sorted sync_group * SYNC_SPAN + start time (days) of scheduled runs
    arrow: dict[str, pa.Array]  # the string tables above as Arrow arrays, for ``take``
    char_len: dict[str, np.ndarray]  # character length of every table entry (0 for null)


def build_population(
    sc: Scenario, seed: int, sg: pl.DataFrame, shared: SharedPrompts
) -> Population:
    """Draw every account's parameters, organisations, infrastructure and account-table row.

    Vectorised per benign kind and per campaign (arrays of accounts, not a Python loop), so a
    population of hundreds of thousands of accounts builds in seconds.
    """
    rng = np.random.default_rng([seed, 0xACC])
    days = float(sc.days)
    tables = Tables()
    world_start = sc.start_ms

    # ---- corpus into the filler table (sharegpt turns first) -----------------------------------
    sg_lo, _ = tables._add(tables.fillers, sg["prompt"].to_list())
    conv = sg["conv"].to_numpy()
    starts = np.flatnonzero(np.r_[True, conv[1:] != conv[:-1]])
    sg_len = np.diff(np.r_[starts, len(conv)])
    sg_turn_lo = (starts + sg_lo).astype(np.int64)
    answered = np.flatnonzero(sg["response"].is_not_null().to_numpy())
    answers = sg["response"].gather(answered[:40000]).to_list()
    user_prompts = sg.filter(pl.col("turn") == 0)["prompt"].to_list()
    pools = build_pools(
        np.random.default_rng([seed, 0x9001]), user_prompts, answers, shared, sc.n_fillers
    )
    pool_ranges: dict[str, dict[str, tuple[int, int]]] = {}
    for name, pool in pools.items():
        pool_ranges[name] = {
            "head": tables._add(tables.heads, pool.heads),
            "fill": tables._add(tables.fillers, pool.fillers),
            "tail": tables._add(tables.tails, pool.tails),
            "fup": tables._add(tables.heads, pool.followups),
            "sys": tables._add(tables.systems, pool.systems),
        }
    tables._add(tables.fillers, shared.organic_extra)
    generic_sys = pool_ranges["eval_lab"]["sys"][0] + 1  # "You are a helpful assistant."

    # ---- infrastructure ---------------------------------------------------------------------------
    ips = IpSpace()
    resi16 = vocab.random_slash16(rng, vocab.RESIDENTIAL_OCTETS, 400)
    cloud16 = vocab.random_slash16(rng, vocab.CLOUD_OCTETS, 60)
    n_total_est = sc.benign_accounts + sum(c.accounts for c in sc.campaigns)
    # residential proxy networks resell millions of home connections: reuse of one exit across
    # accounts within weeks is rare, so the pool is large relative to the population
    n_proxy = int(np.clip(40 * n_total_est, 50_000, 2_000_000))
    n_proxy6 = n_proxy // 5  # residential proxies sell IPv6 exits too
    proxy_pool = pa.concat_arrays(
        [
            vocab.ipv4_strings(vocab.hosts_in(rng, resi16, n_proxy - n_proxy6, 16)),
            vocab.ipv6_strings(rng, vocab.ipv6_networks(rng, n_proxy6)),
        ]
    )
    proxy_seg = ips.add(proxy_pool)
    carriers = []
    for c in range(10):
        if c % 2:  # IPv6 mobile networks: a fresh address in the carrier's /32 per connection
            isp32 = np.array(
                [[vocab.V6_FIRST[rng.integers(len(vocab.V6_FIRST))], rng.integers(1, 1 << 16)]]
            )
            carriers.append(
                ips.add(vocab.ipv6_strings(rng, vocab.ipv6_networks(rng, 1024, isp32)))[0]
            )
        else:  # IPv4 carrier-grade NAT
            carriers.append(
                ips.add(
                    vocab.hosts_in(
                        rng, vocab.random_slash16(rng, vocab.RESIDENTIAL_OCTETS, 2), 1024, 16
                    )
                )[0]
            )
    carriers = np.array(carriers)
    vpns = np.array(
        [
            ips.add(vocab.hosts_in(rng, vocab.random_slash16(rng, vocab.CLOUD_OCTETS, 3), 80, 16))[
                0
            ]
            for _ in range(6)
        ]
    )
    # shared egress of serverless platforms: many unrelated apps, a fresh address per request
    serverless = ips.add(vocab.hosts_in(rng, cloud16, 3000, 16))

    def home_segments(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Home/office addresses: 30% of households on IPv6 (privacy addresses in one /64),
        8% are also exits of a residential proxy, the rest IPv4 with DHCP churn."""
        total = int(counts.sum())
        kind = rng.random(len(counts))
        from_proxy = pa.array(np.repeat(kind < 0.08, counts))
        v6 = pa.array(np.repeat(kind > 0.7, counts))
        own4 = vocab.ipv4_strings(vocab.hosts_in(rng, resi16, total, 16))
        own6 = vocab.ipv6_strings(
            rng, np.repeat(vocab.ipv6_networks(rng, len(counts)), counts, axis=0)
        )
        proxied = proxy_pool.take(pa.array(rng.integers(len(proxy_pool), size=total)))
        return ips.add_many(pc.if_else(from_proxy, proxied, pc.if_else(v6, own6, own4)), counts)

    def cloud_segments(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each owner's servers: ``count`` addresses in one cloud /24."""
        net24 = vocab.hosts_in(rng, cloud16, len(counts), 16) & np.uint32(0xFFFFFF00)
        flat = np.repeat(net24, counts) | rng.integers(2, 254, size=int(counts.sum())).astype(
            np.uint32
        )
        return ips.add_many(flat, counts)

    ua_table, ua_w, ua_browser = vocab.user_agents()
    sdk_idx, br_idx = np.flatnonzero(~ua_browser), np.flatnonzero(ua_browser)
    ua_weighted = np.repeat(
        np.arange(len(ua_table)), np.maximum(1, np.round(ua_w * 4000)).astype(int)
    )
    acct_uas: list[np.ndarray] = []
    ua_size = 0

    def pick_uas(
        browser_share: np.ndarray | float, counts: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        nonlocal ua_size
        total = int(counts.sum())
        browser = np.repeat(rng.random(len(counts)) < browser_share, counts)
        sdk = sdk_idx[choice(rng, total, ua_w[sdk_idx])]
        br = br_idx[choice(rng, total, ua_w[br_idx])]
        acct_uas.append(np.where(browser, br, sdk))
        lo = ua_size + np.cumsum(counts) - counts
        ua_size += total
        return lo, counts

    # ---- models -------------------------------------------------------------------------------
    model_names = [m.name for m in sc.models]
    rel = np.array([m.released_day for m in sc.models])
    tiers = np.array([m.tier for m in sc.models])
    pre = rel <= 0
    in_window = np.flatnonzero((rel > 0) & (rel < days))

    def base_models(flagship: np.ndarray) -> np.ndarray:
        """Newest model of the account's tier (75%) or an older one still in use."""
        out = np.empty(len(flagship), dtype=np.int64)
        for tier, mask in (("flagship", flagship), ("mini", ~flagship)):
            cand = np.flatnonzero(pre & (tiers == tier))
            if len(cand) == 0:
                cand = np.flatnonzero(pre)
            cand = cand[np.argsort(rel[cand])]
            k = int(mask.sum())
            older = (
                cand[rng.integers(0, max(1, len(cand) - 1), size=k)]
                if len(cand) > 1
                else np.full(k, cand[-1])
            )
            out[mask] = np.where(rng.random(k) < 0.75, cand[-1], older)
        return out

    def request_settings(
        n: int, tools: tuple[float, int, int], json_share: np.ndarray | float, temp_hot: float = 0.0
    ) -> dict[str, np.ndarray]:
        """max_tokens, temperature, n, tools and response format: one vocabulary for everyone."""
        tw = TEMPERATURE_WEIGHTS.copy()
        tw[-1] += temp_hot
        p_tools, t_lo, t_hi = tools
        has_tools = rng.random(n) < p_tools
        return {
            "max_tokens": MAX_TOKENS_VALUES[choice(rng, n, MAX_TOKENS_WEIGHTS)],
            "temperature": TEMPERATURE_VALUES[choice(rng, n, tw)],
            "n_choices": np.array([1, 2, 3, 4])[
                choice(rng, n, np.array([0.965, 0.02, 0.01, 0.005]))
            ],
            "tools_k": np.where(has_tools, rng.integers(t_lo, t_hi + 1, size=n), 0),
            "tools_share": np.where(has_tools, rng.uniform(0.5, 1.0, size=n), 0.0),
            "json_share": np.broadcast_to(json_share, (n,)).astype(float),
            "rf_mode": choice(rng, n, np.array([0.45, 0.35, 0.2])),
            "logged": rng.random(n) < sc.response_logged_share,
        }

    def personal_emails(n: int) -> np.ndarray:
        u = rng.random(n)
        out = np.asarray(vocab.PERSONAL_DOMAINS, dtype=object)[
            choice(rng, n, vocab.PERSONAL_WEIGHTS)
        ]
        edu = u < 0.06
        disp = (u >= 0.06) & (u < 0.075)
        comp = (u >= 0.075) & (u < 0.3)
        out[edu] = np.asarray(vocab.EDU_DOMAINS, dtype=object)[
            rng.integers(len(vocab.EDU_DOMAINS), size=int(edu.sum()))
        ]
        out[disp] = np.asarray(vocab.DISPOSABLE_DOMAINS, dtype=object)[
            rng.integers(len(vocab.DISPOSABLE_DOMAINS), size=int(disp.sum()))
        ]
        out[comp] = np.asarray(vocab.company_domains(rng, int(comp.sum())), dtype=object)
        return out

    def countries(n: int) -> np.ndarray:
        return choice(rng, n, vocab.COUNTRY_WEIGHTS)

    b = Builder()
    org_counter = 0
    # schedule groups: campaign i is group i; scheduled benign organisations follow
    sync_keys: list[np.ndarray] = [np.empty(0)]
    sync_group_base = [len(sc.campaigns)]

    # ---- benign, one kind at a time ---------------------------------------------------------------
    shares = np.array(list(sc.benign_kinds.values()), dtype=float)
    counts = np.floor(shares / shares.sum() * sc.benign_accounts).astype(int)
    counts[np.argmax(shares)] += sc.benign_accounts - counts.sum()
    for kind, n in zip(sc.benign_kinds, counts, strict=True):
        n = int(n)
        if n <= 0:
            continue
        prof = KIND_PROFILES[kind]
        personal = prof["org"] == (1, 1)
        org = group_sizes(rng, n, *prof["org"])
        n_org = int(org.max()) + 1
        first = np.r_[True, org[1:] != org[:-1]]
        # organisation level
        o_country = countries(n_org)
        # account age: a fast-growing platform has many recent sign-ups (a quarter within the
        # 60 days before the world), a long tail of old ones, and sign-ups during the world
        age_u = rng.random(n_org)
        age_days = np.where(
            age_u < 0.25, rng.uniform(0.2, 60, size=n_org), rng.exponential(400, size=n_org)
        )
        o_created = world_start - (age_days * DAY_MS).astype(np.int64)
        late = rng.random(n_org) < 0.1
        o_created = np.where(
            late,
            world_start + (rng.uniform(0, days * 0.9, size=n_org) * DAY_MS).astype(np.int64),
            o_created,
        )
        o_payment = rng.integers(1 << 62, size=n_org)
        o_domain = np.asarray(vocab.company_domains(rng, n_org), dtype=object)
        if kind == "eval_lab":
            edu = rng.random(n_org) < 0.5
            o_domain[edu] = np.asarray(vocab.EDU_DOMAINS, dtype=object)[
                rng.integers(len(vocab.EDU_DOMAINS), size=int(edu.sum()))
            ]
        o_name = [d.split(".")[0].capitalize() for d in o_domain]
        o_flagship = rng.random(n_org) < 0.6
        o_cloud_lo, o_cloud_n = cloud_segments(rng.integers(1, 5, size=n_org))
        o_serverless = rng.random(n_org) < 0.35
        o_sys_lo = np.zeros(n_org, dtype=np.int64)
        o_sys_n = np.zeros(n_org, dtype=np.int64)
        templates = {
            "app_system_prompt": APP_SYSTEMS,
            "tutoring_app": TUTOR_SYSTEMS,
            "llm_judge_product": JUDGE_SYSTEMS,
        }
        if kind in templates:
            tpl = templates[kind]
            texts = [
                tpl[int(i)].format(name=nm)
                for i, nm in zip(rng.integers(len(tpl), size=n_org), o_name, strict=True)
            ]
            has = np.ones(n_org, dtype=bool)
        elif kind == "enterprise_batch":
            has = rng.random(n_org) < 0.6
            texts = [f"You are {nm}'s document pipeline. Output valid JSON only." for nm in o_name]
        elif kind == "agency":
            has = rng.random(n_org) < 0.5
            texts = [
                f"You write marketing copy for clients of {nm}. Match the client's brand voice."
                for nm in o_name
            ]
        elif kind == "developer_agentic":
            pick = rng.integers(len(DEV_SYSTEMS), size=n_org)
            has = np.array([DEV_SYSTEMS[int(i)] is not None for i in pick])
            texts = [
                (DEV_SYSTEMS[int(i)] or "").format(name=nm)
                for i, nm in zip(pick, o_name, strict=True)
            ]
        else:
            has = np.zeros(n_org, dtype=bool)
            texts = []
        if has.any():
            kept = with_rules(rng, [t for t, h in zip(texts, has, strict=True) if h], 8)
            lo, _ = tables._add(tables.systems, kept)
            o_sys_lo[has] = lo + np.arange(int(has.sum()))
            o_sys_n[has] = 1
        # organisations whose accounts run on one schedule: eval harnesses launch a benchmark
        # run across all the lab's accounts; batch pipelines fire from cron at fixed times
        sync_p, sync_jit = np.zeros(n), np.zeros(n)
        group = np.full(n, -1, dtype=np.int64)
        if kind in ("eval_lab", "enterprise_batch"):
            n_days = int(np.ceil(days))
            d = np.arange(n_days, dtype=float)
            tz_o = vocab.COUNTRY_TZ[o_country] / 24
            if kind == "eval_lab":
                hour = np.minimum(
                    (rng.random((n_org, n_days, 1)) > HOUR_CDF[1]).sum(axis=2), 23
                ) + rng.random((n_org, n_days))
                slots = d[None, :] + hour / 24 - tz_o[:, None]
                keep = np.ones_like(slots, dtype=bool)
                sync_p[:], sync_jit[:] = 0.7, 30.0
            else:
                fixed = rng.uniform(0, 24, size=(n_org, 1, 4))
                slots = (d[None, :, None] + fixed / 24 - tz_o[:, None, None]).reshape(n_org, -1)
                keep = (
                    np.repeat(
                        np.arange(4)[None, :] < rng.integers(1, 5, size=(n_org, 1)), n_days, axis=0
                    )
                    .reshape(n_days, n_org, 4)
                    .transpose(1, 0, 2)
                    .reshape(n_org, -1)
                )
                sync_p[:], sync_jit[:] = 0.5, 5.0
            gid = sync_group_base[0] + np.arange(n_org)
            for o in range(n_org):
                sync_keys.append(gid[o] * SYNC_SPAN + np.sort(np.clip(slots[o][keep[o]], 0, days)))
            group = gid[org]
            sync_group_base[0] += n_org
        # account level
        created = o_created[org]
        if kind == "eval_lab":  # dozens created together, within an hour
            created = created + rng.integers(0, 3_600_000, size=n)
        elif not personal:
            later = np.minimum(
                created + (rng.uniform(0, 40, size=n) * DAY_MS).astype(np.int64),
                world_start + int(days * 0.9 * DAY_MS),
            )
            created = np.where(first, created, later)
        t0 = np.clip(
            (created - world_start) / DAY_MS + rng.uniform(0, 0.2, size=n), 0.0, days * 0.95
        )
        t1 = np.where(rng.random(n) > 0.06, days, rng.uniform(t0, days))
        t1 = np.maximum(t1, t0 + 0.05)
        country = countries(n) if personal else o_country[org]
        pool, organic = KIND_SOURCE[kind]
        pr = pool_ranges[pool]
        head_lo, head_n = np.full(n, pr["head"][0]), np.full(n, pr["head"][1])
        sys_lo, sys_n = o_sys_lo[org], o_sys_n[org]
        if kind == "enterprise_batch":
            lo, _ = tables._add(
                tables.heads,
                [
                    ENTERPRISE_TEMPLATES[int(i)]
                    for i in rng.integers(len(ENTERPRISE_TEMPLATES), size=n_org)
                ],
            )
            head_lo, head_n = lo + org, np.ones(n, dtype=np.int64)
        elif kind == "eval_lab":
            use = rng.random(n) < 0.5
            sys_lo, sys_n = np.where(use, pr["sys"][0], 0), np.where(use, pr["sys"][1], 0)
        elif kind in ("casual", "power_user", "community_template"):
            use = rng.random(n) < 0.12
            sys_lo, sys_n = np.where(use, generic_sys, 0), use.astype(np.int64)
        # IP sources
        per_req = np.zeros(n, dtype=bool)
        ip2_per_req = np.zeros(n, dtype=bool)
        if kind in ("casual", "community_template", "power_user"):
            vpn = rng.random(n) < (0.3 if kind == "power_user" else 0.15)
            h_lo, h_n = home_segments(rng.integers(1, 5, size=n))  # DHCP leases change
            ip1_lo = np.where(vpn, vpns[rng.integers(len(vpns), size=n)], h_lo)
            ip1_n = np.where(vpn, 80, h_n)
            ip2_lo, ip2_n = carriers[rng.integers(len(carriers), size=n)], np.full(n, 1024)
            ip2_share = rng.uniform(0, 0.6, size=n)
            ip2_per_req[:] = True  # carrier CGNAT: a different public address per connection
        elif kind in ("developer_agentic", "agency", "eval_lab"):
            if kind in ("agency", "eval_lab"):
                off_lo, off_n = home_segments(rng.integers(1, 3, size=n_org))
                ip1_lo, ip1_n = off_lo[org], off_n[org]
            else:
                ip1_lo, ip1_n = home_segments(rng.integers(1, 3, size=n))
            ip2_lo, ip2_n = o_cloud_lo[org], o_cloud_n[org]
            ip2_share = rng.uniform(0, 0.4, size=n)
        else:
            per_req = o_serverless[org]
            ip1_lo = np.where(per_req, serverless[0], o_cloud_lo[org])
            ip1_n = np.where(per_req, serverless[1], o_cloud_n[org])
            ip2_lo, ip2_n, ip2_share = o_cloud_lo[org], o_cloud_n[org], np.zeros(n)
        browser_share = {
            "casual": 0.3,
            "community_template": 0.3,
            "power_user": 0.2,
            "agency": 0.2,
        }.get(kind, 0.03)
        ua_lo, ua_n = pick_uas(browser_share, np.array([1, 1, 1, 2, 3])[rng.integers(5, size=n)])
        flagship = rng.random(n) < 0.62 if personal else o_flagship[org]
        tools = {
            "developer_agentic": (0.85, 3, 16),
            "app_system_prompt": (0.25, 1, 6),
            "power_user": (0.1, 1, 6),
        }.get(kind, (0.02, 1, 4))
        json_share = {
            "enterprise_batch": rng.uniform(0.6, 1.0, size=n),
            "llm_judge_product": rng.uniform(0.3, 0.9, size=n),
            "developer_agentic": 0.1,
            "app_system_prompt": np.where(rng.random(n) < 0.5, 0.0, 0.3),
        }.get(kind, 0.02)
        if personal:
            email = personal_emails(n)
            # people pay for a second account, a partner's or a small team's with one card
            payment = rng.integers(1 << 62, size=n)
            shares = np.flatnonzero(rng.random(n) < 0.1)
            payment[shares] = payment[rng.integers(n, size=len(shares))]
            verified = rng.random(n) < 0.5
        else:
            email = o_domain[org]
            payment = np.where(rng.random(n) < 0.9, o_payment[org], rng.integers(1 << 62, size=n))
            verified = rng.random(n) < 0.85
        adopt = {
            "casual": 0.35,
            "power_user": 0.75,
            "developer_agentic": 0.75,
            "enterprise_batch": 0.15,
            "eval_lab": 1.0,
            "agency": 0.35,
            "community_template": 0.3,
            "app_system_prompt": 0.25,
            "tutoring_app": 0.25,
            "llm_judge_product": 0.4,
        }[kind]
        if kind == "eval_lab":
            lag, share = rng.uniform(0.02, 0.8, size=n), rng.uniform(0.4, 0.9, size=n)
        else:
            lag, share = rng.lognormal(np.log(2.5), 1.1, size=n), rng.uniform(0.2, 1.0, size=n)
        scripted = kind in ("enterprise_batch", "eval_lab", "llm_judge_product")
        b.put(
            n,
            kind=np.full(n, kind, dtype=object),
            campaign=np.full(n, "", dtype=object),
            org=org + org_counter,
            created=created,
            t0=t0,
            t1=t1,
            events=prof["rate"] * rng.lognormal(0, prof["sigma"], size=n) * (t1 - t0),
            country=country,
            tz=vocab.COUNTRY_TZ[country] + np.array([-1, 0, 0, 0, 1])[rng.integers(5, size=n)],
            rhythm=choice(rng, n, np.array(prof["rhythm"], dtype=float)),
            weekend=np.full(n, prof["weekend"]),
            sess=np.maximum(1.0, prof["sess"] * rng.lognormal(0, 0.4, size=n)),
            gap=prof["gap"] * rng.lognormal(0, 0.4, size=n),
            turn_gap=(6 if scripted else 70) * rng.lognormal(0, 0.5, size=n),
            organic=np.full(n, organic),
            head_lo=head_lo,
            head_n=head_n,
            fill_lo=np.full(n, pr["fill"][0]),
            fill_n=np.full(n, pr["fill"][1]),
            tail_lo=np.full(n, pr["tail"][0]),
            tail_n=np.full(n, pr["tail"][1]),
            fup_lo=np.full(n, pr["fup"][0]),
            fup_n=np.full(n, pr["fup"][1]),
            sys_lo=sys_lo,
            sys_n=sys_n,
            followup=np.full(n, 0.3 if kind in ("tutoring_app", "developer_agentic") else 0.1),
            max_turns=rng.integers(1, prof["turns"] + 1, size=n),
            ip1_lo=ip1_lo,
            ip1_n=ip1_n,
            ip2_lo=ip2_lo,
            ip2_n=ip2_n,
            ip2_share=ip2_share,
            ip_per_request=per_req,
            ip2_per_request=ip2_per_req,
            ua_lo=ua_lo,
            ua_n=ua_n,
            ua_rotate=np.zeros(n, dtype=bool),
            flagship=flagship,
            base_model=base_models(flagship),
            keys=np.array([1, 1, 1, 2])[rng.integers(4, size=n)]
            if personal
            else np.array([1, 1, 2, 3])[rng.integers(4, size=n)],
            email=email,
            payment=payment,
            verified=verified,
            adopt_prob=np.full(n, adopt),
            adopt_lag=lag,
            adopt_share=share,
            sync=sync_p,
            sync_jitter=sync_jit,
            sync_group=group,
            **request_settings(n, tools, json_share),
        )
        org_counter += n_org

    # ---- campaigns ----------------------------------------------------------------------------
    for camp in sc.campaigns:
        add_campaign(
            rng,
            sc,
            camp,
            b,
            pools[camp.playbook],
            pool_ranges[camp.playbook],
            generic_sys,
            tables,
            ips,
            cloud16,
            proxy_seg,
            pick_uas,
            request_settings,
            base_models,
            personal_emails,
            countries,
            org_counter,
        )
        org_counter += camp.accounts + 1

    # operator batch starts: a share of each campaign's sessions begin at these shared times,
    # load-balanced over its accounts (coordinated timing across accounts)
    for ci, camp in enumerate(sc.campaigns):
        end = float(camp.end_day or days)
        n_slots = max(1, int((end - camp.start_day) * 12))  # a batch job every ~2 hours
        rhythm = RHYTHMS.index(camp.timing)
        day = np.floor(rng.uniform(camp.start_day, end, size=n_slots) + camp.timezone / 24)
        hour = np.minimum(
            (rng.random(n_slots)[:, None] > HOUR_CDF[rhythm]).sum(axis=1), 23
        ) + rng.random(n_slots)
        slot = np.clip(day + hour / 24 - camp.timezone / 24, camp.start_day, end)
        sync_keys.append(ci * SYNC_SPAN + np.sort(slot))
    a = b.arrays()
    kinds = a.pop("kind").tolist()
    campaigns = a.pop("campaign").tolist()
    emails = a.pop("email").tolist()
    n = len(kinds)
    a["events"] = a["events"].astype(float)
    benign = np.array([c == "" for c in campaigns])
    a["events"][benign] *= sc.benign_events / max(a["events"][benign].sum(), 1e-9)
    org_turns = expected_turns(sg_len, a["max_turns"])
    pool_turns = 1 + a["followup"] * 1.7
    mean_len = a["organic"] * org_turns + (1 - a["organic"]) * pool_turns
    a["n_conv"] = np.maximum(1, rng.poisson(a["events"] / mean_len)).astype(np.int64)
    a["ua_table_idx"] = np.concatenate(acct_uas).astype(np.int64)
    a["is_campaign"] = ~benign
    lookup = {c.name: i for i, c in enumerate(sc.campaigns)}
    a["campaign_idx"] = np.array([lookup.get(c, -1) for c in campaigns])

    ids_rng = np.random.default_rng([seed, 0x1D5])
    account_ids = pl.Series("account_id", vocab.random_ids(ids_rng, n, 16, "acct_"))
    uniq_orgs, org_inv = np.unique(a["org"], return_inverse=True)
    org_ids = pl.Series("org_id", vocab.random_ids(ids_rng, len(uniq_orgs), 16, "org-")).gather(
        org_inv
    )
    a["key_lo"] = np.r_[0, np.cumsum(a["keys"])[:-1]]
    key_ids = pl.Series("api_key_id", vocab.random_ids(ids_rng, int(a["keys"].sum()), 20, "key_"))
    created = pl.Series(a["created"].astype(np.int64) * 1000).cast(pl.Datetime("us", "UTC"))
    uniq_pay, pay_inv = np.unique(a["payment"], return_inverse=True)
    payment = pl.Series(
        vocab.random_ids(np.random.default_rng([seed, 0xCA4D]), len(uniq_pay), 32, "")
    ).gather(pay_inv)
    accounts_frame = pl.DataFrame(
        {
            "account_id": account_ids,
            "created_at": created,
            "declared_country": vocab.COUNTRIES[a["country"]],
            "payment_fingerprint": payment,
            "email_domain": pl.Series(emails, dtype=pl.String),
            "verified": a["verified"].astype(bool),
        }
    )
    arrow = {
        "models": pa.array(model_names, type=pa.large_string()),
        "uas": pa.array(ua_table, type=pa.large_string()),
        "systems": pa.array(tables.systems, type=pa.large_string()),
        "heads": pa.array(tables.heads, type=pa.large_string()),
        "fillers": pa.array(tables.fillers, type=pa.large_string()),
        "tails": pa.array(tables.tails, type=pa.large_string()),
        "responses": sg["response"].to_arrow().cast(pa.large_string()),
        "account_ids": account_ids.to_arrow().cast(pa.large_string()),
        "org_ids": org_ids.to_arrow().cast(pa.large_string()),
        "key_ids": key_ids.to_arrow().cast(pa.large_string()),
    }
    return Population(
        scenario=sc,
        tables=tables,
        sg_turn_lo=sg_turn_lo,
        sg_len=sg_len,
        sg_response=sg["response"],
        sg_answered=answered,
        ip_table=ips.table(),
        ua_table=ua_table,
        ua_weighted=ua_weighted,
        key_ids=key_ids,
        model_names=model_names,
        release_days=rel[in_window],
        release_models=in_window,
        a=a,
        account_ids=account_ids,
        org_ids=org_ids,
        kinds=kinds,
        campaigns=campaigns,
        accounts_frame=accounts_frame,
        model_flagship=tiers == "flagship",
        adopter=rng.random(n) < a["adopt_prob"],
        sync_keys=np.sort(np.concatenate(sync_keys)),
        arrow=arrow,
        char_len={k: char_len(v) for k, v in arrow.items()},
    )
