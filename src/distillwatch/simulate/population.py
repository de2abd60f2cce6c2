"""The account population: one row of behaviour parameters per account, as NumPy arrays.

Benign kinds and campaign playbooks are expressed in the same parameters (volume, rhythm,
pacing, prompt source, IP and UA sources, request settings), drawn from overlapping
distributions; the event generator then treats every account identically.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from distillwatch.simulate import vocab
from distillwatch.simulate.corpus import SharedPrompts
from distillwatch.simulate.pools import (
    APP_SYSTEMS,
    DEV_SYSTEMS,
    ENTERPRISE_TEMPLATES,
    JUDGE_SYSTEMS,
    TUTOR_SYSTEMS,
    Pool,
    build_pools,
)
from distillwatch.simulate.scenario import Campaign, Scenario

DAY_MS = 86_400_000
RHYTHMS = ("diurnal", "business", "flat", "evening")
_HOURLY = np.array(
    [
        # diurnal: awake hours, evening peak
        [
            1,
            0.6,
            0.4,
            0.3,
            0.3,
            0.4,
            0.8,
            1.5,
            2.5,
            3.2,
            3.6,
            3.8,
            3.6,
            3.6,
            3.7,
            3.8,
            3.9,
            4.0,
            4.2,
            4.5,
            4.8,
            4.6,
            3.6,
            2.0,
        ],
        # business: office hours, lunch dip
        [
            0.2,
            0.1,
            0.1,
            0.1,
            0.1,
            0.2,
            0.5,
            1.5,
            4.0,
            6.0,
            6.5,
            6.0,
            4.0,
            5.5,
            6.2,
            6.0,
            5.0,
            3.0,
            1.5,
            1.0,
            0.8,
            0.6,
            0.4,
            0.3,
        ],
        # flat: batch jobs, 24/7
        [1.0] * 24,
        # evening: homework / leisure
        [
            1.2,
            0.6,
            0.3,
            0.2,
            0.2,
            0.2,
            0.3,
            0.6,
            1.0,
            1.2,
            1.4,
            1.6,
            1.8,
            2.0,
            2.4,
            3.0,
            3.6,
            4.2,
            4.8,
            5.4,
            5.8,
            5.6,
            4.4,
            2.6,
        ],
    ]
)
HOUR_CDF = np.cumsum(_HOURLY / _HOURLY.sum(axis=1, keepdims=True), axis=1)

# Per benign kind: daily rate median, lognormal sigma, rhythm weights (diurnal, business, flat,
# evening), weekend keep, convs per session, gap between convs (s), max turns, accounts per org.
KIND_PROFILES: dict[str, dict] = {
    "casual": dict(
        rate=2.0,
        sigma=1.1,
        rhythm=(0.6, 0.1, 0.0, 0.3),
        weekend=0.95,
        sess=1.5,
        gap=150,
        turns=8,
        org=(1, 1),
    ),
    "power_user": dict(
        rate=22,
        sigma=0.8,
        rhythm=(0.5, 0.35, 0.05, 0.1),
        weekend=0.8,
        sess=3,
        gap=80,
        turns=8,
        org=(1, 1),
    ),
    "developer_agentic": dict(
        rate=35,
        sigma=1.0,
        rhythm=(0.3, 0.55, 0.1, 0.05),
        weekend=0.5,
        sess=4,
        gap=40,
        turns=6,
        org=(1, 2),
    ),
    "enterprise_batch": dict(
        rate=400,
        sigma=0.8,
        rhythm=(0.0, 0.2, 0.8, 0.0),
        weekend=0.9,
        sess=120,
        gap=2.0,
        turns=1,
        org=(2, 6),
    ),
    "eval_lab": dict(
        rate=60,
        sigma=0.8,
        rhythm=(0.1, 0.8, 0.1, 0.0),
        weekend=0.3,
        sess=80,
        gap=3.0,
        turns=2,
        org=(12, 40),
    ),
    "agency": dict(
        rate=25,
        sigma=0.8,
        rhythm=(0.2, 0.8, 0.0, 0.0),
        weekend=0.3,
        sess=3,
        gap=90,
        turns=5,
        org=(3, 8),
    ),
    "community_template": dict(
        rate=3.0,
        sigma=1.0,
        rhythm=(0.6, 0.1, 0.0, 0.3),
        weekend=0.95,
        sess=1.5,
        gap=150,
        turns=6,
        org=(1, 1),
    ),
    "app_system_prompt": dict(
        rate=200,
        sigma=1.0,
        rhythm=(0.8, 0.1, 0.0, 0.1),
        weekend=1.0,
        sess=30,
        gap=25,
        turns=5,
        org=(1, 3),
    ),
    "tutoring_app": dict(
        rate=120,
        sigma=0.9,
        rhythm=(0.2, 0.0, 0.0, 0.8),
        weekend=0.7,
        sess=20,
        gap=30,
        turns=4,
        org=(1, 2),
    ),
    "llm_judge_product": dict(
        rate=150,
        sigma=0.9,
        rhythm=(0.2, 0.3, 0.5, 0.0),
        weekend=0.8,
        sess=40,
        gap=4.0,
        turns=1,
        org=(1, 2),
    ),
}
# Prompt source per benign kind: pool name and share of conversations taken from organic turns.
KIND_SOURCE: dict[str, tuple[str, float]] = {
    "casual": ("organic", 1.0),
    "power_user": ("community_template", 0.93),
    "developer_agentic": ("developer_agentic", 0.5),
    "enterprise_batch": ("enterprise_batch", 0.0),
    "eval_lab": ("eval_lab", 0.1),
    "agency": ("organic", 1.0),
    "community_template": ("community_template", 0.45),
    "app_system_prompt": ("organic", 1.0),
    "tutoring_app": ("tutoring_app", 0.15),
    "llm_judge_product": ("llm_judge_product", 0.0),
}
PLAYBOOK_FLAGSHIP = 0.85
GENERIC_FOLLOWUPS = [
    "continue",
    "Can you make it shorter?",
    "thanks! can you give another example?",
    "Explain that in simpler terms.",
    "go on",
    "Rewrite it in a more formal tone.",
]
MAX_TOKENS_VALUES = np.array([0, 256, 512, 1000, 1024, 2000, 2048, 4000, 4096, 8192, 16000])
MAX_TOKENS_WEIGHTS = np.array([40, 3, 6, 4, 7, 3, 8, 3, 10, 10, 6], dtype=float)
TEMPERATURE_VALUES = np.array([np.nan, 0.0, 0.2, 0.3, 0.5, 0.7, 0.8, 1.0])
TEMPERATURE_WEIGHTS = np.array([40, 10, 6, 5, 6, 17, 5, 11], dtype=float)


@dataclass(slots=True)
class Tables:
    """String tables events index into; index 0 of each is the empty/null entry."""

    heads: list[str] = field(default_factory=lambda: [""])
    fillers: list[str] = field(default_factory=lambda: [""])
    tails: list[str] = field(default_factory=lambda: [""])
    systems: list[str | None] = field(default_factory=lambda: [None])

    @staticmethod
    def _add(table: list, items: list) -> tuple[int, int]:
        lo = len(table)
        table.extend(items)
        return lo, len(items)


@dataclass(slots=True)
class Population:
    """All accounts (arrays indexed by account number) plus the tables their events draw from."""

    scenario: Scenario
    tables: Tables
    sg_turn_lo: np.ndarray  # per sharegpt conversation: first filler index of its turns
    sg_len: np.ndarray  # per sharegpt conversation: number of user turns
    sg_response: pl.Series  # per sharegpt turn (filler index - 1): response or null
    sg_answered: np.ndarray  # sharegpt turn indices that have a response
    ip_table: np.ndarray  # uint32 addresses; accounts reference segments
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
    arrow: dict[str, pa.Array]  # the string tables above as Arrow arrays, for ``take``
    char_len: dict[str, np.ndarray]  # character length of every table entry (0 for null)


def _char_len(arr: pa.Array) -> np.ndarray:
    """Characters per entry of a string array (0 for null), for token counts without re-reading."""
    return pc.utf8_length(arr).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)


def _expected_turns(sg_len: np.ndarray, max_turns: np.ndarray) -> np.ndarray:
    """E[min(L, m)] over sharegpt conversation lengths L, for each cap m (1..64)."""
    caps = np.arange(65)
    mean = np.array([np.minimum(sg_len, c).mean() if c else 1.0 for c in caps])
    return mean[np.clip(max_turns, 0, 64)]


def _group_sizes(rng: np.random.Generator, n: int, lo: int, hi: int) -> np.ndarray:
    """Split ``n`` accounts into orgs of ``lo..hi`` accounts; returns org number per account."""
    sizes = rng.integers(lo, hi + 1, size=n)  # more than enough orgs
    return np.repeat(np.arange(n), sizes)[:n]


def build_population(
    sc: Scenario, seed: int, sg: pl.DataFrame, shared: SharedPrompts
) -> Population:
    """Draw every account's parameters, organisations, infrastructure and account-table row."""
    rng = np.random.default_rng([seed, 0xACC])
    days = float(sc.days)
    tables = Tables()

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
    organic_extra = shared.organic_extra

    pool_ranges: dict[str, dict[str, tuple[int, int]]] = {}
    for name, pool in pools.items():
        pool_ranges[name] = {
            "head": tables._add(tables.heads, pool.heads),
            "fill": tables._add(tables.fillers, pool.fillers),
            "tail": tables._add(tables.tails, pool.tails),
            "fup": tables._add(tables.heads, pool.followups or GENERIC_FOLLOWUPS),
            "sys": tables._add(tables.systems, pool.systems),
        }
    _extra_lo, _extra_n = tables._add(tables.fillers, organic_extra)

    # ---- infrastructure pools --------------------------------------------------------------------
    resi16 = vocab.random_slash16(rng, vocab.RESIDENTIAL_OCTETS, 400)
    cloud16 = vocab.random_slash16(rng, vocab.CLOUD_OCTETS, 60)
    ip_parts: list[np.ndarray] = []
    ip_len = 0

    def add_ips(arr: np.ndarray) -> tuple[int, int]:
        nonlocal ip_len
        lo = ip_len
        ip_parts.append(arr.astype(np.uint32))
        ip_len += len(arr)
        return lo, len(arr)

    n_total_est = sc.benign_accounts + sum(c.accounts for c in sc.campaigns)
    proxy_pool = vocab.hosts_in(rng, resi16, max(5000, min(400_000, 4 * n_total_est)), 16)
    proxy_seg = add_ips(proxy_pool)
    carriers = [
        add_ips(
            vocab.hosts_in(rng, vocab.random_slash16(rng, vocab.RESIDENTIAL_OCTETS, 2), 1024, 16)
        )
        for _ in range(10)
    ]
    vpns = [
        add_ips(vocab.hosts_in(rng, vocab.random_slash16(rng, vocab.CLOUD_OCTETS, 3), 80, 16))
        for _ in range(6)
    ]

    # shared egress of serverless platforms: many unrelated apps, a fresh address per request
    serverless = add_ips(vocab.hosts_in(rng, cloud16, 3000, 16))

    def cloud_hosts(k: int) -> tuple[int, int]:
        net24 = vocab.hosts_in(rng, cloud16, 1, 16) & np.uint32(0xFFFFFF00)
        return add_ips(net24 | rng.integers(2, 254, size=k).astype(np.uint32))

    def home_hosts(k: int) -> tuple[int, int]:
        if rng.random() < 0.08:  # this household's IP is also an exit of a residential proxy
            return add_ips(proxy_pool[rng.integers(len(proxy_pool), size=k)])
        return add_ips(vocab.hosts_in(rng, resi16, k, 16))

    ua_table, ua_w, ua_browser = vocab.user_agents()
    sdk_idx = np.flatnonzero(~ua_browser)
    br_idx = np.flatnonzero(ua_browser)
    sdk_w = ua_w[sdk_idx] / ua_w[sdk_idx].sum()
    br_w = ua_w[br_idx] / ua_w[br_idx].sum()
    ua_weighted = np.repeat(
        np.arange(len(ua_table)), np.maximum(1, np.round(ua_w * 4000)).astype(int)
    )

    # ---- models ---------------------------------------------------------------------------------
    model_names = [m.name for m in sc.models]
    rel = np.array([m.released_day for m in sc.models])
    tiers = np.array([m.tier for m in sc.models])
    pre = rel <= 0
    in_window = np.flatnonzero((rel > 0) & (rel < days))

    def base_model(flagship: bool) -> int:
        cand = np.flatnonzero(pre & (tiers == ("flagship" if flagship else "mini")))
        if len(cand) == 0:
            cand = np.flatnonzero(pre)
        cand = cand[np.argsort(rel[cand])]
        # most use the newest available model of their tier, some stay on an older one
        return int(
            cand[-1] if rng.random() < 0.75 or len(cand) == 1 else cand[rng.integers(len(cand) - 1)]
        )

    # ---- account rows ---------------------------------------------------------------------------
    rows: dict[str, list] = {
        k: []
        for k in (
            "kind",
            "campaign",
            "org",
            "created",
            "t0",
            "t1",
            "events",
            "tz",
            "rhythm",
            "weekend",
            "sess",
            "gap",
            "turn_gap",
            "organic",
            "head_lo",
            "head_n",
            "fill_lo",
            "fill_n",
            "tail_lo",
            "tail_n",
            "fup_lo",
            "fup_n",
            "sys_lo",
            "sys_n",
            "followup",
            "max_turns",
            "ip1_lo",
            "ip1_n",
            "ip2_lo",
            "ip2_n",
            "ip2_share",
            "ip_per_request",
            "ip2_per_request",
            "ua_lo",
            "ua_n",
            "ua_rotate",
            "base_model",
            "flagship",
            "max_tokens",
            "temperature",
            "n_choices",
            "tools_k",
            "tools_share",
            "json_share",
            "rf_mode",
            "logged",
            "keys",
            "country",
            "email",
            "payment",
            "verified",
            "adopt_lag",
            "adopt_share",
            "adopt_prob",
        )
    }
    acct_uas: list[int] = []

    def pick_uas(browser_share: float, k: int) -> tuple[int, int]:
        lo = len(acct_uas)
        use_browser = rng.random() < browser_share
        idx, w = (br_idx, br_w) if use_browser else (sdk_idx, sdk_w)
        acct_uas.extend(int(x) for x in rng.choice(idx, size=k, p=w))
        return lo, k

    def request_settings(
        kind_tools: tuple[float, int, int], json_share: float, temp_hot: float = 0.0
    ) -> None:
        mt = int(rng.choice(MAX_TOKENS_VALUES, p=MAX_TOKENS_WEIGHTS / MAX_TOKENS_WEIGHTS.sum()))
        tw = TEMPERATURE_WEIGHTS.copy()
        tw[-1] += temp_hot
        rows["max_tokens"].append(mt)
        rows["temperature"].append(float(rng.choice(TEMPERATURE_VALUES, p=tw / tw.sum())))
        rows["n_choices"].append(int(rng.choice([1, 2, 3, 4], p=[0.965, 0.02, 0.01, 0.005])))
        p_tools, t_lo, t_hi = kind_tools
        has_tools = rng.random() < p_tools
        rows["tools_k"].append(int(rng.integers(t_lo, t_hi + 1)) if has_tools else 0)
        rows["tools_share"].append(float(rng.uniform(0.5, 1.0)) if has_tools else 0.0)
        rows["json_share"].append(json_share)
        rows["rf_mode"].append(int(rng.choice([0, 1, 2], p=[0.45, 0.35, 0.2])))
        rows["logged"].append(bool(rng.random() < sc.response_logged_share))

    def set_source(
        pool: str,
        organic: float,
        head: tuple[int, int] | None = None,
        fill: tuple[int, int] | None = None,
        tail: tuple[int, int] | None = None,
        sys: tuple[int, int] | None = None,
    ) -> None:
        pr = pool_ranges[pool]
        for key, given in (("head", head), ("fill", fill), ("tail", tail), ("sys", sys)):
            lo, n = given if given is not None else pr[key]
            rows[f"{key}_lo"].append(lo)
            rows[f"{key}_n"].append(n)
        rows["fup_lo"].append(pr["fup"][0])
        rows["fup_n"].append(pr["fup"][1])
        rows["organic"].append(organic)

    world_start = sc.start_ms
    # benign -----------------------------------------------------------------------------------
    shares = np.array(list(sc.benign_kinds.values()), dtype=float)
    counts = np.floor(shares / shares.sum() * sc.benign_accounts).astype(int)
    counts[np.argmax(shares)] += sc.benign_accounts - counts.sum()
    org_counter = 0
    for kind, count in zip(sc.benign_kinds, counts, strict=True):
        if count <= 0:
            continue
        prof = KIND_PROFILES[kind]
        orgs = _group_sizes(rng, int(count), *prof["org"]) + org_counter
        org_counter = int(orgs.max()) + 1
        org_state: dict[int, dict] = {}
        for org in orgs:
            first = org not in org_state
            if first:
                st: dict = {}
                st["country"] = int(
                    rng.choice(
                        len(vocab.COUNTRIES), p=vocab.COUNTRY_WEIGHTS / vocab.COUNTRY_WEIGHTS.sum()
                    )
                )
                st["created"] = world_start - int(rng.exponential(300) * DAY_MS)
                if rng.random() < 0.1:
                    st["created"] = world_start + int(rng.uniform(0, days * 0.9) * DAY_MS)
                st["payment"] = int(rng.integers(1 << 62))
                name = vocab.company_domains(rng, 1)[0]
                st["domain"] = name
                st["app_name"] = name.split(".")[0].capitalize()
                st["office"] = (
                    home_hosts(int(rng.integers(1, 3))) if kind in ("eval_lab", "agency") else None
                )
                st["cloud"] = cloud_hosts(int(rng.integers(1, 5)))
                if kind == "eval_lab" and rng.random() < 0.5:
                    st["domain"] = vocab.EDU_DOMAINS[int(rng.integers(len(vocab.EDU_DOMAINS)))]
                sys_text = None
                if kind == "app_system_prompt":
                    sys_text = APP_SYSTEMS[int(rng.integers(len(APP_SYSTEMS)))].format(
                        name=st["app_name"]
                    )
                elif kind == "tutoring_app":
                    sys_text = TUTOR_SYSTEMS[int(rng.integers(len(TUTOR_SYSTEMS)))].format(
                        name=st["app_name"]
                    )
                elif kind == "llm_judge_product":
                    sys_text = JUDGE_SYSTEMS[int(rng.integers(len(JUDGE_SYSTEMS)))].format(
                        name=st["app_name"]
                    )
                elif kind == "enterprise_batch":
                    sys_text = (
                        f"You are {st['app_name']}'s document pipeline. Output valid JSON only."
                        if rng.random() < 0.6
                        else None
                    )
                elif kind == "agency":
                    sys_text = (
                        f"You write marketing copy for clients of {st['app_name']}. Match the client's brand voice."
                        if rng.random() < 0.5
                        else None
                    )
                st["sys"] = tables._add(tables.systems, [sys_text]) if sys_text else (0, 0)
                if kind == "enterprise_batch":
                    st["head"] = tables._add(
                        tables.heads,
                        [ENTERPRISE_TEMPLATES[int(rng.integers(len(ENTERPRISE_TEMPLATES)))]],
                    )
                st["flagship"] = rng.random() < 0.6
                st["settings_seed"] = int(rng.integers(1 << 31))
                org_state[org] = st
            st = org_state[org]
            rows["kind"].append(kind)
            rows["campaign"].append("")
            rows["org"].append(int(org))
            personal = prof["org"] == (1, 1)
            created = st["created"]
            if kind == "eval_lab":  # dozens created together, within an hour
                created = st["created"] + int(rng.uniform(0, 3_600_000))
            elif not personal and not first:
                created = st["created"] + int(rng.uniform(0, 200) * DAY_MS * 0.2)
                created = min(created, world_start + int(days * 0.9 * DAY_MS))
            rows["created"].append(created)
            t0 = max(0.0, (created - world_start) / DAY_MS + rng.uniform(0, 0.2))
            t1 = days if rng.random() > 0.06 else rng.uniform(t0, days)
            rows["t0"].append(t0)
            rows["t1"].append(max(t1, t0 + 0.05))
            rate = prof["rate"] * rng.lognormal(0, prof["sigma"])
            rows["events"].append(rate * (rows["t1"][-1] - t0))
            ci = (
                st["country"]
                if not personal
                else int(
                    rng.choice(
                        len(vocab.COUNTRIES), p=vocab.COUNTRY_WEIGHTS / vocab.COUNTRY_WEIGHTS.sum()
                    )
                )
            )
            rows["country"].append(ci)
            rows["tz"].append(vocab.COUNTRY_TZ[ci] + rng.choice([-1, 0, 0, 0, 1]))
            rows["rhythm"].append(
                int(rng.choice(4, p=np.array(prof["rhythm"]) / sum(prof["rhythm"])))
            )
            rows["weekend"].append(prof["weekend"])
            rows["sess"].append(max(1.0, prof["sess"] * rng.lognormal(0, 0.4)))
            rows["gap"].append(prof["gap"] * rng.lognormal(0, 0.4))
            scripted = kind in ("enterprise_batch", "eval_lab", "llm_judge_product")
            rows["turn_gap"].append((6 if scripted else 70) * rng.lognormal(0, 0.5))
            pool, organic = KIND_SOURCE[kind]
            if kind == "enterprise_batch":
                set_source(pool, organic, head=st["head"], sys=st["sys"])
            elif kind in ("app_system_prompt", "tutoring_app", "llm_judge_product", "agency"):
                set_source(pool, organic, sys=st["sys"])
            elif kind == "developer_agentic":
                dsys = DEV_SYSTEMS[int(rng.integers(len(DEV_SYSTEMS)))]
                set_source(
                    pool,
                    organic,
                    sys=tables._add(tables.systems, [dsys.format(name=st["app_name"])])
                    if dsys
                    else (0, 0),
                )
            elif kind == "eval_lab":
                set_source(
                    pool,
                    organic,
                    sys=pool_ranges["eval_lab"]["sys"] if rng.random() < 0.5 else (0, 0),
                )
            elif kind in ("casual", "power_user", "community_template"):
                generic = pool_ranges["eval_lab"]["sys"]  # (None, "You are a helpful assistant.")
                set_source(
                    pool, organic, sys=(generic[0] + 1, 1) if rng.random() < 0.12 else (0, 0)
                )
            else:
                set_source(pool, organic)
            rows["followup"].append(0.3 if kind in ("tutoring_app", "developer_agentic") else 0.1)
            rows["max_turns"].append(int(rng.integers(1, prof["turns"] + 1)))
            # IPs
            per_req = False
            if kind in ("casual", "community_template", "power_user"):
                if rng.random() < (0.15 if kind != "power_user" else 0.3):
                    rows["ip1_lo"].append(vpns[int(rng.integers(len(vpns)))][0])
                    rows["ip1_n"].append(vpns[0][1])
                else:
                    lo, n = home_hosts(int(rng.integers(1, 5)))  # DHCP leases change
                    rows["ip1_lo"].append(lo)
                    rows["ip1_n"].append(n)
                c = carriers[int(rng.integers(len(carriers)))]
                rows["ip2_lo"].append(c[0])
                rows["ip2_n"].append(c[1])
                rows["ip2_share"].append(float(rng.uniform(0, 0.6)))
            elif kind in ("developer_agentic", "agency", "eval_lab"):
                prim = (
                    st["office"]
                    if st["office"] is not None
                    else home_hosts(int(rng.integers(1, 3)))
                )
                rows["ip1_lo"].append(prim[0])
                rows["ip1_n"].append(prim[1])
                rows["ip2_lo"].append(st["cloud"][0])
                rows["ip2_n"].append(st["cloud"][1])
                rows["ip2_share"].append(float(rng.uniform(0, 0.4)))
            else:
                per_req = st.setdefault("serverless", rng.random() < 0.35)
                src = serverless if per_req else st["cloud"]
                rows["ip1_lo"].append(src[0])
                rows["ip1_n"].append(src[1])
                rows["ip2_lo"].append(st["cloud"][0])
                rows["ip2_n"].append(st["cloud"][1])
                rows["ip2_share"].append(0.0)
            rows["ip_per_request"].append(per_req)
            # mobile carriers' CGNAT hands out a different public address per connection
            rows["ip2_per_request"].append(kind in ("casual", "community_template", "power_user"))
            browser_share = {
                "casual": 0.3,
                "community_template": 0.3,
                "power_user": 0.2,
                "agency": 0.2,
            }.get(kind, 0.03)
            lo, n = pick_uas(browser_share, int(rng.choice([1, 1, 1, 2, 3])))
            rows["ua_lo"].append(lo)
            rows["ua_n"].append(n)
            rows["ua_rotate"].append(False)
            flagship = bool(st["flagship"]) if not personal else bool(rng.random() < 0.62)
            rows["flagship"].append(flagship)
            rows["base_model"].append(base_model(flagship))
            tools = {
                "developer_agentic": (0.85, 3, 16),
                "app_system_prompt": (0.25, 1, 6),
                "power_user": (0.1, 1, 6),
            }.get(kind, (0.02, 1, 4))
            json_share = {
                "enterprise_batch": float(rng.uniform(0.6, 1.0)),
                "llm_judge_product": float(rng.uniform(0.3, 0.9)),
                "developer_agentic": 0.1,
                "app_system_prompt": float(rng.choice([0.0, 0.3])),
            }.get(kind, 0.02)
            request_settings(tools, json_share)
            rows["keys"].append(
                int(rng.choice([1, 1, 2, 3])) if not personal else int(rng.choice([1, 1, 1, 2]))
            )
            if personal:
                u = rng.random()
                if u < 0.06:
                    email = vocab.EDU_DOMAINS[int(rng.integers(len(vocab.EDU_DOMAINS)))]
                elif u < 0.075:
                    email = vocab.DISPOSABLE_DOMAINS[
                        int(rng.integers(len(vocab.DISPOSABLE_DOMAINS)))
                    ]
                elif u < 0.3:
                    email = vocab.company_domains(rng, 1)[0]
                else:
                    email = vocab.PERSONAL_DOMAINS[
                        int(
                            rng.choice(
                                len(vocab.PERSONAL_DOMAINS),
                                p=vocab.PERSONAL_WEIGHTS / vocab.PERSONAL_WEIGHTS.sum(),
                            )
                        )
                    ]
                rows["email"].append(email)
                rows["payment"].append(
                    int(rng.integers(1 << 62)) if rng.random() > 0.02 else st["payment"] ^ 1
                )
                rows["verified"].append(bool(rng.random() < 0.5))
            else:
                rows["email"].append(st["domain"])
                rows["payment"].append(
                    st["payment"] if rng.random() < 0.9 else int(rng.integers(1 << 62))
                )
                rows["verified"].append(bool(rng.random() < 0.85))
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
            rows["adopt_prob"].append(adopt)
            if kind == "eval_lab":
                rows["adopt_lag"].append(rng.uniform(0.02, 0.8))
                rows["adopt_share"].append(rng.uniform(0.4, 0.9))
            else:
                rows["adopt_lag"].append(rng.lognormal(np.log(2.5), 1.1))
                rows["adopt_share"].append(rng.uniform(0.2, 1.0))

    # campaigns --------------------------------------------------------------------------------
    for ci_idx, camp in enumerate(sc.campaigns):
        _add_campaign(
            rng,
            sc,
            camp,
            ci_idx,
            rows,
            pools,
            pool_ranges,
            tables,
            add_ips,
            cloud16,
            proxy_seg,
            pick_uas,
            request_settings,
            set_source,
            base_model,
            world_start,
            org_counter,
        )
        org_counter += camp.accounts + 1

    n = len(rows["kind"])
    a: dict[str, np.ndarray] = {}
    for key, vals in rows.items():
        if key in ("kind", "campaign", "email"):
            continue
        a[key] = np.asarray(vals)
    a["events"] = a["events"].astype(float)
    # normalise benign volume to the scenario's total; campaigns were normalised per campaign
    benign = np.array([c == "" for c in rows["campaign"]])
    a["events"][benign] *= sc.benign_events / max(a["events"][benign].sum(), 1e-9)
    # conversations per account from its expected conversation length
    org_turns = _expected_turns(sg_len, a["max_turns"])
    pool_turns = 1 + a["followup"] * 1.7
    mean_len = a["organic"] * org_turns + (1 - a["organic"]) * pool_turns
    a["n_conv"] = np.maximum(1, rng.poisson(a["events"] / mean_len)).astype(np.int64)
    a["ua_table_idx"] = np.asarray(acct_uas, dtype=np.int64)
    a["is_campaign"] = ~benign
    a["campaign_idx"] = np.array([sc_idx for sc_idx in _campaign_index(rows["campaign"], sc)])

    ids_rng = np.random.default_rng([seed, 0x1D5])
    account_ids = pl.Series("account_id", vocab.random_ids(ids_rng, n, 16, "acct_"))
    org_key = a["org"]
    uniq_orgs, org_inv = np.unique(org_key, return_inverse=True)
    org_ids = pl.Series("org_id", vocab.random_ids(ids_rng, len(uniq_orgs), 16, "org-")).gather(
        org_inv
    )
    key_count = a["keys"]
    a["key_lo"] = np.r_[0, np.cumsum(key_count)[:-1]]
    key_ids = pl.Series("api_key_id", vocab.random_ids(ids_rng, int(key_count.sum()), 20, "key_"))

    created = pl.Series(a["created"].astype(np.int64) * 1000).cast(pl.Datetime("us", "UTC"))
    payment = pl.Series(vocab.random_ids(np.random.default_rng([seed, 0xCA4D]), n, 32, ""))
    # one fingerprint string per distinct payment number, so shared cards share the string
    uniq_pay, pay_inv = np.unique(a["payment"], return_inverse=True)
    payment = payment[: len(uniq_pay)].gather(pay_inv)
    accounts_frame = pl.DataFrame(
        {
            "account_id": account_ids,
            "created_at": created,
            "declared_country": vocab.COUNTRIES[a["country"]],
            "payment_fingerprint": payment,
            "email_domain": rows["email"],
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
        ip_table=np.concatenate(ip_parts).astype(np.uint32),
        ua_table=ua_table,
        ua_weighted=ua_weighted,
        key_ids=key_ids,
        model_names=model_names,
        release_days=rel[in_window],
        release_models=in_window,
        a=a,
        account_ids=account_ids,
        org_ids=org_ids,
        kinds=rows["kind"],
        campaigns=rows["campaign"],
        accounts_frame=accounts_frame,
        model_flagship=tiers == "flagship",
        adopter=rng.random(n) < a["adopt_prob"],
        arrow=arrow,
        char_len={k: _char_len(v) for k, v in arrow.items()},
    )


def _campaign_index(names: list[str], sc: Scenario) -> list[int]:
    lookup = {c.name: i for i, c in enumerate(sc.campaigns)}
    return [lookup.get(n, -1) for n in names]


def _add_campaign(
    rng,
    sc,
    camp: Campaign,
    ci_idx,
    rows,
    pools,
    pool_ranges,
    tables,
    add_ips,
    cloud16,
    proxy_seg,
    pick_uas,
    request_settings,
    set_source,
    base_model,
    world_start,
    org_counter,
) -> None:
    """Append one campaign's accounts: slots of successive accounts (bans and replacements)."""
    days = float(sc.days)
    pool: Pool = pools[camp.playbook]
    pr = pool_ranges[camp.playbook]
    n_acc = int(camp.accounts)
    n_repl = round(n_acc * camp.replacement_share)
    n_slots = max(1, n_acc - n_repl)
    slot_of_repl = rng.integers(n_slots, size=n_repl)
    start, end = float(camp.start_day), float(camp.end_day or days)
    windows: list[tuple[float, float, bool]] = []
    for s in range(n_slots):
        k = int((slot_of_repl == s).sum())
        s0 = start + rng.uniform(0, 0.1) * (
            end - start
        )  # accounts are brought up over the first days
        cuts = np.sort(rng.uniform(s0, end, size=k))
        bounds = np.r_[s0, cuts, end]
        for j in range(k + 1):
            windows.append((bounds[j], bounds[j + 1], j > 0))
    windows = windows[:n_acc]
    # campaign-level choices: the operator's tooling is shared by all its accounts
    h_lo, h_n = pr["head"]
    h_keep = max(1, round(h_n * camp.template_diversity))
    h_off = int(rng.integers(0, h_n - h_keep + 1))
    f_lo, f_n = pr["fill"]
    f_keep = max(1, round(f_n * camp.filler_diversity))
    f_off = int(rng.integers(0, f_n - f_keep + 1))
    t_lo, t_n = pr["tail"]
    t_keep = max(1, round(t_n * camp.template_diversity))
    s_lo, s_n = pr["sys"]
    sys_choice = int(rng.integers(s_n))
    camp_sys = (s_lo + sys_choice, 1) if pool.systems[sys_choice] is not None else (0, 0)
    generic_sys = (pool_ranges["eval_lab"]["sys"][0] + 1, 1)  # "You are a helpful assistant."
    dc_prefixes = (
        vocab.hosts_in(rng, cloud16, camp.ip_prefixes, 16) & np.uint32(0xFFFFFF00)
    ).astype(np.uint32)
    dc_seg = add_ips(
        dc_prefixes[rng.integers(len(dc_prefixes), size=200 * camp.ip_prefixes)]
        | rng.integers(2, 254, size=200 * camp.ip_prefixes).astype(np.uint32)
    )
    burst_times = world_start + (
        (start - rng.uniform(0.5, 7, size=max(1, n_acc // 30 + 1))) * 86_400_000
    ).astype(np.int64)
    pay_base = int(rng.integers(1 << 62))
    tz = camp.timezone
    rhythm = {"flat": 2, "business": 1, "diurnal": 0}[camp.timing]
    flagship = True
    vols = np.array([(w[1] - w[0]) * rng.lognormal(0, camp.volume_sigma) for w in windows])
    vols *= camp.events / max(vols.sum(), 1e-9)
    # the operator moves whole accounts to a new model until pivot_share of its traffic moved
    perm = rng.permutation(len(vols))
    moved = np.zeros(len(vols), dtype=bool)
    moved[
        perm[: int(np.searchsorted(np.cumsum(vols[perm]) / vols.sum(), camp.pivot_share)) + 1]
    ] = True
    if camp.pivot_share == 0:
        moved[:] = False
    for i, (w0, w1, is_repl) in enumerate(windows):
        rows["kind"].append(camp.playbook)
        rows["campaign"].append(camp.name)
        rows["org"].append(org_counter + i)
        if is_repl:
            created = world_start + int((w0 - rng.uniform(0, 0.25)) * 86_400_000)
        elif camp.creation == "burst":
            created = int(burst_times[i // 30 % len(burst_times)] + rng.uniform(0, 2 * 3_600_000))
        else:
            created = world_start + int((start - rng.uniform(0.5, 60)) * 86_400_000)
        rows["created"].append(created)
        rows["t0"].append(w0)
        rows["t1"].append(max(w1, w0 + 0.02))
        rows["events"].append(vols[i])
        country = int(
            rng.choice(len(vocab.COUNTRIES), p=vocab.COUNTRY_WEIGHTS / vocab.COUNTRY_WEIGHTS.sum())
        )
        rows["country"].append(country)
        rows["tz"].append(tz + rng.choice([-1, 0, 0, 0, 1]) * (rhythm != 2))
        rows["rhythm"].append(rhythm)
        rows["weekend"].append(1.0 if rhythm == 2 else 0.6)
        daily = vols[i] / max(w1 - w0, 0.02)
        human = rhythm != 2
        rows["sess"].append(
            float(np.clip(daily / (3 if human else 8) * rng.lognormal(0, 0.4), 1, 200))
        )
        rows["gap"].append((90 if human else 12) * rng.lognormal(0, 0.5))
        rows["turn_gap"].append((70 if human else 15) * rng.lognormal(0, 0.5))
        set_source(
            camp.playbook,
            camp.decoy_share,
            head=(h_lo + h_off, h_keep),
            fill=(f_lo + f_off, f_keep),
            tail=(t_lo, t_keep),
            sys=[camp_sys, camp_sys, (0, 0), generic_sys][int(rng.integers(4))],
        )
        rows["followup"].append(camp.followup_share)
        rows["max_turns"].append(int(rng.integers(1, 8)))
        strat = camp.ip_strategy
        if strat == "datacenter" or (strat == "mixed" and rng.random() < 0.5):
            k = min(int(rng.integers(2, 9)), dc_seg[1])
            off = int(rng.integers(0, dc_seg[1] - k + 1))
            rows["ip1_lo"].append(dc_seg[0] + off)
            rows["ip1_n"].append(k)
        else:
            rows["ip1_lo"].append(proxy_seg[0])
            rows["ip1_n"].append(proxy_seg[1])
        rows["ip2_lo"].append(proxy_seg[0])
        rows["ip2_n"].append(proxy_seg[1])
        rows["ip2_share"].append(0.5 if strat == "mixed" else 0.0)
        rows["ip_per_request"].append(strat == "per_request")
        rows["ip2_per_request"].append(False)
        lo, n = pick_uas(0.03, int(rng.choice([1, 1, 1, 2])))
        rows["ua_lo"].append(lo)
        rows["ua_n"].append(n)
        rows["ua_rotate"].append(camp.user_agent == "rotate")
        fl = bool(rng.random() < PLAYBOOK_FLAGSHIP) if flagship else False
        rows["flagship"].append(fl)
        rows["base_model"].append(base_model(fl))
        tools = (0.95, 4, 14) if camp.playbook == "agentic_coding" else (0.02, 1, 4)
        json_share = {"rubric_grading": float(rng.uniform(0.1, 0.5)), "agentic_coding": 0.1}.get(
            camp.playbook, 0.02
        )
        request_settings(
            tools, json_share, temp_hot=20.0 if camp.playbook == "instruction_generation" else 0.0
        )
        rows["keys"].append(int(rng.choice([1, 1, 1, 2])))
        u = rng.random()
        if u < 0.15:
            email = vocab.DISPOSABLE_DOMAINS[int(rng.integers(len(vocab.DISPOSABLE_DOMAINS)))]
        elif u < 0.3:
            email = vocab.EDU_DOMAINS[int(rng.integers(len(vocab.EDU_DOMAINS)))]
        elif u < 0.45:
            email = vocab.company_domains(rng, 1)[0]
        else:
            email = vocab.PERSONAL_DOMAINS[
                int(
                    rng.choice(
                        len(vocab.PERSONAL_DOMAINS),
                        p=vocab.PERSONAL_WEIGHTS / vocab.PERSONAL_WEIGHTS.sum(),
                    )
                )
            ]
        rows["email"].append(email)
        rows["payment"].append(
            pay_base + i // max(1, camp.payment_group)
            if camp.payment_group > 1
            else int(rng.integers(1 << 62))
        )
        rows["verified"].append(bool(rng.random() < camp.verified_share))
        rows["adopt_prob"].append(1.0 if moved[i] else 0.0)
        rows["adopt_lag"].append(max(0.0, camp.pivot_hours / 24 + rng.normal(0, 0.04)))
        rows["adopt_share"].append(float(rng.uniform(0.85, 1.0)))
