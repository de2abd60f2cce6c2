"""Benign population of a mid-size provider, including its hard negatives."""
import math

import texts as T
from infra import (BENIGN_COUNTRIES, DAY, DISPOSABLE, END_S, FLASH, FREEMAIL, HOUR, IDE_UAS, MOBILE_UAS,
                   NEW, OLD, RELEASE_S, SDK_UAS, TZ, UNIVERSITIES, WEB_UAS, adopt_prob, conversation, hid,
                   sample_times)

WORDS = ["nova", "flux", "loop", "stack", "mint", "quill", "orbit", "pilot", "lumen", "forge", "relay",
         "spark", "tide", "atlas", "ember", "kite", "delta", "sage", "bolt", "vela"]


class Registry:
    def __init__(self, r):
        self.r = r
        self.accounts = []
        self.seen = set()

    def new(self, kind, country, created, email, pay, verified, org=None, nkeys=1, campaign=""):
        r = self.r
        while True:
            aid = "acct_" + hid(r, 10)
            if aid not in self.seen:
                break
        self.seen.add(aid)
        a = {"account_id": aid, "kind": kind, "campaign": campaign, "declared_country": country,
             "created": created, "email_domain": email, "payment_fingerprint": pay, "verified": verified,
             "org_id": org, "keys": ["key_" + hid(r, 10) for _ in range(nkeys)]}
        self.accounts.append(a)
        return a


def card(r):
    return "pm_" + hid(r, 16)


def lvol(r, mu, sd, lo, hi):
    return max(lo, min(hi, int(math.exp(r.gauss(mu, sd)))))


def pick(r, t, tau, cap=0.85, flash=0.0, pinned=False):
    if r.random() < flash:
        return FLASH
    if pinned:
        return OLD
    return NEW if r.random() < adopt_prob(t, tau, cap) else OLD


def company_name(r):
    return r.choice(WORDS).capitalize() + r.choice(WORDS) + r.choice(["", " Labs", " AI", " HQ"])


def organic_turns(r, tx):
    c = r.choice(tx.convs)
    if r.random() < 0.07:
        return [r.choice(tx.roles)] + list(c[1:3])
    if r.random() < 0.12:
        return [r.choice(tx.arena)]
    return list(c)


def hobbyists(reg, em, tx, n, cgnat):
    r = reg.r
    for _ in range(n):
        c = r.choice(BENIGN_COUNTRIES)
        new_signup = r.random() < 0.08
        created = r.uniform(0, END_S - DAY) if new_signup else -r.uniform(1, 900) * DAY
        a = reg.new("hobbyist", c, created, r.choice(FREEMAIL) if r.random() > 0.03 else r.choice(DISPOSABLE),
                    card(r) if r.random() < 0.8 else None, r.random() < 0.3)
        mode = r.choices(["web", "mobile", "sdk"], [45, 25, 30])[0]
        v6 = reg.r.random() < 0.3 and mode != "sdk"
        prefix = em.ips.v6_prefix() if v6 else None
        home = em.ips.residential()
        ua = r.choice(WEB_UAS if mode == "web" else MOBILE_UAS if mode == "mobile" else SDK_UAS)
        tau = 0.5 if mode != "sdk" else r.uniform(6, 96)
        nconv = lvol(r, 1.6, 1.0, 1, 150)
        for t in sample_times(r, nconv, TZ[c], r.choice(["evening", "day", "owl"]), first=max(0, created)):
            if v6:
                ip = em.ips.v6(prefix)  # privacy extensions: new interface id
            elif mode == "mobile":
                ip = r.choice(cgnat.setdefault(c, [em.ips.residential() for _ in range(14)]))
            else:
                ip = home if r.random() < 0.9 else em.ips.residential()
            turns = organic_turns(r, tx)[: r.randint(1, 5)]
            model = pick(r, t, tau, 0.9 if mode != "sdk" else 0.6, flash=0.1)
            conversation(em, a, t, turns, model, ip=ip, ua=ua, temperature=None if mode != "sdk" else r.choice([None, 0.7, 1.0]),
                         gap=(30, 400))


def power_users(reg, em, tx, n):
    r = reg.r
    for _ in range(n):
        c = r.choice(BENIGN_COUNTRIES)
        a = reg.new("power_user", c, -r.uniform(60, 1000) * DAY, r.choice(FREEMAIL + ["fastmail.com", "hey.com"]),
                    card(r), r.random() < 0.7, nkeys=r.randint(1, 4))
        ips = [em.ips.residential()] + ([em.ips.datacenter()] if r.random() < 0.5 else [])
        uas = r.sample(SDK_UAS, 2) + r.sample(WEB_UAS, 1)
        tau = r.choice([1.0, 2.0, 4.0, 24.0])
        evaler = r.random() < 0.15
        temp = r.choice([0.0, 0.2, 0.7, None])
        nconv = lvol(r, 5.0, 0.6, 40, 900)
        for t in sample_times(r, nconv, TZ[c], r.choice(["owl", "day", "evening", "owl"]), weekend=0.9):
            model = pick(r, t, tau, 0.85, flash=0.15)
            kw = dict(ip=r.choice(ips), ua=r.choice(uas), key=r.choice(a["keys"]), temperature=temp,
                      max_tokens=r.choice([None, 4096, 8192]))
            if evaler and r.random() < 0.5:
                q = r.choice(tx.bench)
                conversation(em, a, t, q, model, gap=(3, 12), **kw)
            elif r.random() < 0.35:
                conversation(em, a, t, [r.choice(tx.arena)] + ["that doesn't compile, fix it", "now add tests"][: r.randint(0, 2)],
                             model, out_mu=6.5, **kw)
            else:
                conversation(em, a, t, organic_turns(r, tx)[: r.randint(1, 8)], model, **kw)


def ide_devs(reg, em, tx, n):
    r = reg.r
    made = 0
    while made < n:
        team = r.randint(1, 8)
        org = "org_" + hid(r, 8) if team > 1 else None
        c = r.choice(BENIGN_COUNTRIES)
        pay = card(r)
        office = em.ips.residential() if r.random() < 0.5 else em.ips.datacenter()
        dom = r.choice(WORDS) + r.choice([".io", ".dev", ".com"])
        for _ in range(team):
            made += 1
            a = reg.new("ide_developer", c, -r.uniform(10, 700) * DAY, dom if org else r.choice(FREEMAIL),
                        pay if org else card(r), r.random() < 0.5, org=org)
            home = em.ips.residential()
            ua = r.choice(IDE_UAS)
            ntask = lvol(r, 3.2, 0.7, 3, 150)
            for t in sample_times(r, ntask, TZ[c], "day", weekend=0.2):
                task = T.ide_prompt(r)
                steps = [task] + [f"[tool_result {r.choice(['read_file', 'grep', 'run_tests', 'apply_patch'])}] "
                                  f"{r.choice(['ok', '2 failed, 118 passed', 'no matches', 'File not found', 'patch applied'])}"
                                  for _ in range(r.randint(0, 6))]
                model = pick(r, t, 8.0, 0.8)
                conversation(em, a, t, steps, model, system=T.IDE_SYSTEM, gap=(4, 40), tools=r.randint(9, 12),
                             ip=office if r.random() < 0.6 else home, ua=ua, temperature=0.2, max_tokens=8192,
                             out_mu=5.8)


def startups(reg, em, tx, n_orgs):
    """Credits-programme startups: backend calls on behalf of many end-user accounts."""
    r = reg.r
    for _ in range(n_orgs):
        org = "org_" + hid(r, 8)
        comp = company_name(r)
        dom = comp.split()[0].lower() + r.choice([".ai", ".io", ".app", ".co"])
        di = r.randrange(len(T.STARTUP_DOMAINS))
        pay = card(r)
        c = r.choice(["US", "US", "GB", "DE", "IN", "SG", "FR", "BR"])
        young = r.random() < 0.4                 # joined the credits programme recently
        base = -r.uniform(3, 40) * DAY if young else -r.uniform(60, 400) * DAY
        block = em.ips.block()
        backend = [em.ips.datacenter(block) for _ in range(r.randint(1, 4))]
        ua = r.choice(SDK_UAS[:5] + SDK_UAS[8:10])
        system = T.startup_system(di, comp.split()[0])
        tools = r.randint(3, 12)
        fmt = r.choice(["json_schema", "json_schema", "json_object"])
        pinned = r.random() < 0.5
        tau = r.uniform(10, 60)
        n_users = r.randint(6, 45)
        prov = base
        for _ in range(n_users):
            if r.random() < 0.6:
                prov += r.uniform(1, 90)          # provisioning script: accounts minutes apart
            else:
                prov = r.uniform(base, -HOUR)
            a = reg.new("startup_enduser", c, prov, dom, pay, False, org=org)
            cust_tz = TZ[r.choice(BENIGN_COUNTRIES)]
            for t in sample_times(r, lvol(r, 2.9, 1.0, 1, 400), cust_tz, "day", weekend=0.7):
                turns = [T.startup_prompt(r, di) for _ in range(r.randint(1, 3))]
                conversation(em, a, t, turns, pick(r, t, tau, 0.9, flash=0.3, pinned=pinned), system=system,
                             tools=tools, response_format=fmt, ip=r.choice(backend), ua=ua, temperature=0.3,
                             max_tokens=1024, out_mu=4.8, out_sd=0.5, gap=(10, 120))
