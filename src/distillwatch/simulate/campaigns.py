"""One campaign's accounts: hydra slots with bans and replacements, shared operator tooling,
infrastructure per ``ip_strategy``, sign-up bursts, shared cards and the model pivot."""

from __future__ import annotations

import numpy as np

from distillwatch.simulate import vocab
from distillwatch.simulate.builders import Builder, IpSpace, Tables, choice
from distillwatch.simulate.pools import NAMES, PERSONA_SYSTEMS, ROLES, Pool, with_rules
from distillwatch.simulate.profiles import DAY_MS, PLAYBOOK_FLAGSHIP, RHYTHMS
from distillwatch.simulate.scenario import Campaign, Scenario


def add_campaign(
    rng: np.random.Generator,
    sc: Scenario,
    camp: Campaign,
    b: Builder,
    pool: Pool,
    pr: dict[str, tuple[int, int]],
    generic_sys: int,
    tables: Tables,
    ips: IpSpace,
    cloud16: np.ndarray,
    proxy_seg: tuple[int, int],
    pick_uas,
    request_settings,
    base_models,
    personal_emails,
    countries,
    org_base: int,
) -> None:
    """Append one campaign's accounts: slots of successive accounts (bans and replacements)."""
    days = float(sc.days)
    world_start = sc.start_ms
    n = int(camp.accounts)
    n_repl = round(n * camp.replacement_share)
    n_slots = max(1, n - n_repl)
    start, end = float(camp.start_day), float(camp.end_day or days)
    # each slot runs from its bring-up time to the end; replacements cut a slot at ban times
    slot_of = np.r_[np.arange(n_slots), rng.integers(n_slots, size=n_repl)][:n]
    s0 = start + rng.uniform(0, 0.1, size=n_slots) * (end - start)
    cut = rng.uniform(s0[slot_of], end)
    is_first = np.arange(n) < n_slots
    cut[is_first] = s0[slot_of[is_first]]
    order = np.lexsort((cut, slot_of))
    slot_of, cut, is_repl = slot_of[order], cut[order], ~is_first[order]
    nxt = np.r_[cut[1:], end]
    last_in_slot = np.r_[slot_of[1:] != slot_of[:-1], True]
    t0 = cut
    t1 = np.maximum(np.where(last_in_slot, end, nxt), t0 + 0.02)
    # the operator's tooling is shared by all its accounts
    h_lo, h_n = pr["head"]
    h_keep = max(1, round(h_n * camp.template_diversity))
    h_off = int(rng.integers(0, h_n - h_keep + 1))
    f_lo, f_n = pr["fill"]
    f_keep = max(1, round(f_n * camp.filler_diversity))
    f_off = int(rng.integers(0, f_n - f_keep + 1))
    t_lo, t_n = pr["tail"]
    t_keep = max(1, round(t_n * camp.template_diversity))
    # system prompt per account: none, the generic one, or the operator's persona skeleton
    # filled per account (name, role, company), the way app builders write theirs
    sys_pick = choice(rng, n, np.array([0.3, 0.25, 0.45]))
    skeleton = PERSONA_SYSTEMS[camp.playbook]
    names = rng.integers(len(NAMES), size=n)
    roles = rng.integers(len(ROLES), size=n)
    companies = [d.split(".")[0].capitalize() for d in vocab.company_domains(rng, n)]
    persona_lo, _ = tables._add(
        tables.systems,
        with_rules(
            rng,
            [
                skeleton.format(name=NAMES[i], role=ROLES[r], company=c)
                for i, r, c in zip(names, roles, companies, strict=True)
            ],
            6,
        ),
    )
    sys_idx = np.where(
        sys_pick == 0, 0, np.where(sys_pick == 1, generic_sys, persona_lo + np.arange(n))
    )
    # infrastructure
    dc_prefixes = (
        vocab.hosts_in(rng, cloud16, camp.ip_prefixes, 16) & np.uint32(0xFFFFFF00)
    ).astype(np.uint32)
    size = 200 * camp.ip_prefixes
    dc_seg = ips.add(
        dc_prefixes[rng.integers(len(dc_prefixes), size=size)]
        | rng.integers(2, 254, size=size).astype(np.uint32)
    )
    strat = camp.ip_strategy
    use_dc = (strat == "datacenter") | ((strat == "mixed") & (rng.random(n) < 0.5))
    k = np.minimum(rng.integers(2, 9, size=n), dc_seg[1])
    dc_off = (rng.random(n) * (dc_seg[1] - k + 1)).astype(np.int64)
    rhythm = RHYTHMS.index(camp.timing)
    human = rhythm != 2
    vols = (t1 - t0) * rng.lognormal(0, camp.volume_sigma, size=n)
    vols *= camp.events / max(vols.sum(), 1e-9)
    # the operator moves whole accounts to a new model until pivot_share of its traffic moved
    perm = rng.permutation(n)
    moved = np.zeros(n, dtype=bool)
    if camp.pivot_share > 0:
        moved[
            perm[: int(np.searchsorted(np.cumsum(vols[perm]) / vols.sum(), camp.pivot_share)) + 1]
        ] = True
    # sign-ups: bursts of ~30 accounts within two hours, or spread over two months
    n_bursts = max(1, n // 30 + 1)
    burst_times = world_start + ((start - rng.uniform(0.5, 7, size=n_bursts)) * DAY_MS).astype(
        np.int64
    )
    if camp.creation == "burst":
        created = burst_times[(np.arange(n) // 30) % n_bursts] + rng.integers(
            0, 2 * 3_600_000, size=n
        )
    else:
        created = world_start + ((start - rng.uniform(0.5, 60, size=n)) * DAY_MS).astype(np.int64)
    created = np.where(
        is_repl,
        world_start + ((t0 - rng.uniform(0, 0.25, size=n)) * DAY_MS).astype(np.int64),
        created,
    )
    daily = vols / np.maximum(t1 - t0, 0.02)
    flagship = rng.random(n) < PLAYBOOK_FLAGSHIP
    u = rng.random(n)
    email = personal_emails(n)
    disp = u < 0.15
    edu = (u >= 0.15) & (u < 0.3)
    comp = (u >= 0.3) & (u < 0.45)
    email[disp] = np.asarray(vocab.DISPOSABLE_DOMAINS, dtype=object)[
        rng.integers(len(vocab.DISPOSABLE_DOMAINS), size=int(disp.sum()))
    ]
    email[edu] = np.asarray(vocab.EDU_DOMAINS, dtype=object)[
        rng.integers(len(vocab.EDU_DOMAINS), size=int(edu.sum()))
    ]
    email[comp] = np.asarray(vocab.company_domains(rng, int(comp.sum())), dtype=object)
    pay_base = int(rng.integers(1 << 61))
    payment = (
        pay_base + np.arange(n) // camp.payment_group
        if camp.payment_group > 1
        else rng.integers(1 << 62, size=n)
    )
    ua_lo, ua_n = pick_uas(0.03, np.array([1, 1, 1, 2])[rng.integers(4, size=n)])
    tools = (0.95, 4, 14) if camp.playbook == "agentic_coding" else (0.02, 1, 4)
    json_share = {"rubric_grading": rng.uniform(0.1, 0.5, size=n), "agentic_coding": 0.1}.get(
        camp.playbook, 0.02
    )
    b.put(
        n,
        kind=np.full(n, camp.playbook, dtype=object),
        campaign=np.full(n, camp.name, dtype=object),
        org=org_base + np.arange(n),
        created=created,
        t0=t0,
        t1=t1,
        events=vols,
        country=countries(n),
        tz=camp.timezone + np.array([-1, 0, 0, 0, 1])[rng.integers(5, size=n)] * human,
        rhythm=np.full(n, rhythm),
        weekend=np.full(n, 1.0 if rhythm == 2 else 0.6),
        sess=np.clip(daily / (3 if human else 8) * rng.lognormal(0, 0.4, size=n), 1, 200),
        gap=(90 if human else 12) * rng.lognormal(0, 0.5, size=n),
        turn_gap=(70 if human else 15) * rng.lognormal(0, 0.5, size=n),
        organic=np.full(n, camp.decoy_share),
        head_lo=np.full(n, h_lo + h_off),
        head_n=np.full(n, h_keep),
        fill_lo=np.full(n, f_lo + f_off),
        fill_n=np.full(n, f_keep),
        tail_lo=np.full(n, t_lo),
        tail_n=np.full(n, t_keep),
        fup_lo=np.full(n, pr["fup"][0]),
        fup_n=np.full(n, pr["fup"][1]),
        sys_lo=sys_idx,
        sys_n=(sys_idx > 0).astype(np.int64),
        followup=np.full(n, camp.followup_share),
        max_turns=rng.integers(1, 8, size=n),
        ip1_lo=np.where(use_dc, dc_seg[0] + dc_off, proxy_seg[0]),
        ip1_n=np.where(use_dc, k, proxy_seg[1]),
        ip2_lo=np.full(n, proxy_seg[0]),
        ip2_n=np.full(n, proxy_seg[1]),
        ip2_share=np.full(n, 0.5 if strat == "mixed" else 0.0),
        ip_per_request=np.full(n, strat == "per_request"),
        ip2_per_request=np.zeros(n, dtype=bool),
        ua_lo=ua_lo,
        ua_n=ua_n,
        ua_rotate=np.full(n, camp.user_agent == "rotate"),
        flagship=flagship,
        base_model=base_models(flagship),
        keys=np.array([1, 1, 1, 2])[rng.integers(4, size=n)],
        email=email,
        payment=payment,
        verified=rng.random(n) < camp.verified_share,
        adopt_prob=moved.astype(float),
        adopt_lag=np.maximum(0.0, camp.pivot_hours / 24 + rng.normal(0, 0.04, size=n)),
        adopt_share=rng.uniform(0.85, 1.0, size=n),
        sync=np.full(n, camp.sync_share),
        sync_jitter=np.full(n, camp.sync_jitter_s),
        sync_group=np.full(n, sc.campaigns.index(camp)),
        **request_settings(
            n,
            tools,
            json_share,
            temp_hot=20.0 if camp.playbook == "instruction_generation" else 0.0,
        ),
    )
