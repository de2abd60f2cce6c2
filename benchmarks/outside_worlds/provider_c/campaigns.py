"""Five distillation campaigns of different care.

A hydra-cot      fast-rotating hydra, short-lived accounts, residential proxies, reasoning-trace elicitation
B aged-coder     bought / taken-over old verified accounts with their own cards, agentic coding, DC proxies
C rubric-farm    batch-created accounts grading and preference-judging at coordinated times, VPS IPs
D agent-traces   startup-programme accounts harvesting tool-use traces with structured output, serverless egress
E quiet-rewrite  careful: shares no infrastructure; reasoning + policy-sensitive rewrites among organic decoys
"""
import netids as N
import campaign_texts as CT
from engine import DAY, DAYS, END_MS, H, MIN, NEW, RELEASE_MS, S, START_MS, lognorm, poisson
from population import HomeNet, MobileNet, agent_loop

DISPOSABLE = ["tmpbox.net", "quickinbox.io", "mail-drop.cc", "inboxkitten.xyz", "fastmailer.top", "burnbox.site"]
EDU_LIKE = ["students.ncu-online.edu", "mail.hsu.edu.ph", "stu.kvu.edu.vn"]


def hydra_cot(W, slots=34):
    """Each slot is a chain of accounts: when one dies (banned / abandoned after 1-2 days)
    a replacement signs up within the hour and picks up the same work."""
    rng = W.rng
    cards = [N.payment(rng) for _ in range(48)]
    proxy_cc = ["US", "GB", "DE", "BR", "IN", "ID", "VN", "PH", "TR", "MX", "PL", "UA", "JP", "KR", "FR", "ES"]
    ua = "Lumen/Python 1.38.2"
    for _slot in range(slots):
        t = START_MS - int(rng.uniform(0, 36) * H)
        while t < END_MS - 2 * H:
            born = t
            life = int(rng.uniform(1.0, 2.0) * DAY)
            r = rng.random()
            email = rng.choice(DISPOSABLE) if r < 0.6 else (rng.choice(EDU_LIKE) if r < 0.8 else N.free_mail(rng))
            a = W.account("hydra_rotating", "hydra-cot", country=rng.choice(["US", "SG", "GB", "CA", "DE", "HK", "JP"]),
                          created_ms=born, payment="" if email in EDU_LIKE else rng.choice(cards), email_domain=email,
                          verified=False, ua=ua, models=[("lumen-4", 1)],
                          models_new=[(NEW, 1), ("lumen-4", 1)], switch_ms=RELEASE_MS + int(lognorm(rng, 6, 0.5) * H))
            sysp = rng.choice(CT.A_SYS)
            mt = rng.choice([8192, 16000, 16000])
            temp = rng.choice([1.0, 1.0, 0.8])
            rate = rng.uniform(2.5, 4.5) * (1 / H)     # requests per ms
            x = born + int(lognorm(rng, 20, 0.7) * MIN)
            end = min(born + life, END_MS)
            ip, sticky = None, 0
            while x < end:
                if sticky <= 0:
                    ip, sticky = W.net.residential_any(proxy_cc), rng.randint(5, 30)
                sticky -= 1
                m = W.model(a, x)
                W.x(a, x, model=m, prompt=CT.a_prompt(rng, W.T), system=sysp, turn=0, conv=W.conv_id(), ip=ip, ua=ua,
                    out_med=1900, out_sig=0.5, max_tokens=mt, temperature=temp,
                    n=2 if rng.random() < 0.1 else None, p429=0.06)
                x += int(rng.expovariate(rate)) + 2 * S
            t = end + int(rng.uniform(2, 55) * MIN)


def aged_coder(W, n=36):
    """Old verified accounts (bought or compromised), each with its own card and history;
    after the takeover they all send agentic coding work through a small DC proxy pool."""
    rng = W.rng
    blocks = [W.net.hosting_block() for _ in range(3)]
    pool = [W.net.hosting_ip(b) for b in blocks for _ in range(8)]
    ua = "python-httpx/0.27.0"
    for _ in range(n):
        c = rng.choice(["US", "US", "CA", "GB", "DE", "SG", "AU", "IN", "BR", "NL", "FR", "JP"])
        a = W.account("aged_takeover", "aged-coder", country=c,
                      created_ms=START_MS - int(rng.uniform(365, 1800) * DAY), payment=N.payment(rng),
                      email_domain=N.free_mail(rng) if rng.random() < 0.7 else N.company_domain(rng), verified=True,
                      ua=N.pick_dev_ua(rng), models=[("lumen-4-mini", 3), ("lumen-4", 2)], n_keys=rng.randint(1, 3))
        take = START_MS + int(rng.uniform(1.5, 5.0) * DAY)
        home = HomeNet(W, c)
        # the original owner's light, ordinary use before the takeover
        for t in W.sessions(a, 1.2, "personal", 0.8, p_day=0.35, t1=take):
            t = W.chat(a, t, W.T.organic(rng, "general"), ip=home(t), ua=a.ua, think=(40, 1.0))
        # takeover: a new key, new client, the pool
        key = W.ids.new("key_", 48)
        a.keys.append(key)
        a.models = [("lumen-4", 1)]
        a.switch_ms = RELEASE_MS + int(rng.uniform(26, 60) * H)
        a.models_new = [(NEW, 3), ("lumen-4", 2)]
        mine = rng.sample(pool, 2)
        per_day = rng.uniform(1.8, 3.2)
        for t in W.sessions(a, per_day, "flat", 1.0, t0=take):
            ipf = (lambda _t, m=mine: rng.choice(m))
            for _i in range(rng.randint(1, 2)):
                conv = None
                for turn in range(rng.choice([1, 1, 2])):
                    task = CT.b_task(rng) if turn == 0 else rng.choice(CT.B_FOLLOW)
                    t, conv = agent_loop(W, a, t, task, ip=ipf, ua=ua, tools=14, model=W.model(a, t), max_tokens=8192,
                                         temperature=None, system=CT.B_SYS, key=key, steps_med=11, base_ctx=9000,
                                         think=(3, 0.5), conv=conv, turn=turn)
                    t += rng.randint(2, 20) * S


def rubric_farm(W, n=90):
    """Accounts made in three batches, six throwaway domains, cards shared by three,
    one VPS IP each in two /24s; all start and stop together each day."""
    rng = W.rng
    domains = ["gradeflow.xyz", "mailhub-pro.top", "evalnest.site", "qmail-box.online", "northdesk.shop", "reviewly.click"]
    batches = [START_MS - int(d * DAY) for d in (45, 21, 8)]
    blocks = [W.net.hosting_block() for _ in range(2)]
    accts = []
    card = None
    for i in range(n):
        if i % 3 == 0:
            card = N.payment(rng)
        b = batches[min(2, i * 3 // n)]
        a = W.account("rubric_harvest", "rubric-farm", country=rng.choice(["SG", "HK", "US", "TW", "GB", "CA"]),
                      created_ms=b + int(rng.uniform(0, 3) * H), payment=card, email_domain=domains[i % len(domains)],
                      verified=rng.random() < 0.1, ua="axios/1.7.2", models=[("lumen-4", 1)],
                      models_new=[("lumen-4", 2), (NEW, 1)], switch_ms=RELEASE_MS + 31 * H)
        a.x["ip"] = W.net.hosting_ip(blocks[i % 2])
        accts.append(a)
    outage = rng.randrange(7, 11)
    for d in range(DAYS):
        if d == outage:
            continue
        start = START_MS + d * DAY + int(rng.uniform(0.4, 0.7) * H)
        stop = START_MS + d * DAY + int(rng.uniform(13.5, 14.2) * H)
        for a in accts:
            x = start + rng.randint(0, 240) * S
            rate = rng.uniform(0.9, 1.3) / H
            while x < stop:
                W.x(a, x, model=W.model(a, x), prompt=CT.c_prompt(rng), system=None, turn=0, conv=W.conv_id(),
                    ip=a.x["ip"], ua=a.ua, out_med=380, out_sig=0.35, max_tokens=1200,
                    temperature=0 if rng.random() < 0.7 else 0.3, rf="json_object", p429=0.01)
                x += int(rng.expovariate(rate)) + 5 * S


def agent_traces(W, n=110):
    """Startup-programme accounts, each with its own domain; traffic from a serverless
    platform's shared egress; scripted multi-turn tool-use episodes, JSON output."""
    rng = W.rng
    pool = W.net.serverless["aws"] + W.net.serverless["gcp"]
    for _ in range(n):
        c = rng.choice(["US", "US", "SG", "GB", "IN", "HK", "DE", "CA", "AU", "NL"])
        a = W.account("agentic_trace_harvest", "agent-traces", country=c,
                      created_ms=START_MS - int(rng.uniform(10, 60) * DAY),
                      payment="" if rng.random() < 0.4 else N.payment(rng), email_domain=N.company_domain(rng),
                      verified=rng.random() < 0.5, ua=rng.choice(N.FRAMEWORK[:5]), models=[("lumen-4", 1)],
                      models_new=[(NEW, 7), ("lumen-4", 3)], switch_ms=RELEASE_MS + int(rng.uniform(18, 34) * H))
        tools = rng.choice([8, 12, 16])
        sysp = rng.choice(CT.D_SYS)
        ipf = (lambda _t: rng.choice(pool))
        fin = rng.choice(CT.D_FINAL)
        for t in W.sessions(a, rng.uniform(0.7, 1.25), "flat", 1.0):
            for _ep in range(rng.randint(1, 3)):
                conv, m = None, W.model(a, t)
                for turn in range(rng.choice([1, 2, 2, 3, 3, 4])):
                    msg = CT.d_goal(rng) if turn == 0 else CT.d_user(rng)
                    t, conv = agent_loop(W, a, t, msg, ip=ipf, ua=a.ua, tools=tools, model=m, max_tokens=4096,
                                         temperature=0.7, system=sysp, steps_med=2.5, base_ctx=1500,
                                         think=(2.5, 0.3), conv=conv, turn=turn)
                _json_final(W, a, t, m, conv, turn + 1, ipf, sysp, tools, fin)
                t += int(rng.uniform(2, 9) * S)


def _json_final(W, a, t, m, conv, turn, ipf, sysp, tools, fin):
    """The episode ends by asking for the structured record of what was done."""
    W.x(a, t, model=m, prompt=fin, system=sysp, turn=turn,
        conv=conv, ip=ipf(t), ua=a.ua, tools=tools, max_tokens=4096, temperature=0.7, rf="json_schema",
        out_med=600, out_sig=0.4, ctx_tok=6000)


def quiet_rewrite(W, n=45):
    """The careful one: each account looks like an ordinary heavy user (own home line,
    own card, old verified account, its own client and hours). Only what is asked,
    and how, ties them together - and a third of it is organic decoy chat."""
    rng = W.rng
    for _ in range(n):
        c = rng.choice(["US", "US", "GB", "DE", "SG", "CA", "AU", "NL", "JP", "TW", "KR", "HK", "FR"])
        a = W.account("careful_decoy", "quiet-rewrite", country=c, created_ms=START_MS - int(rng.uniform(90, 540) * DAY),
                      payment=N.payment(rng), email_domain=N.free_mail(rng) if rng.random() < 0.7 else N.company_domain(rng),
                      verified=rng.random() < 0.8, ua=N.pick_dev_ua(rng),
                      models=[("lumen-4", 3), ("lumen-4-mini", 1)], n_keys=rng.choice([1, 2]))
        a.switch_ms = RELEASE_MS + int(lognorm(rng, 70, 0.5) * H)
        a.models_new = [(NEW, 1), ("lumen-4", 1)]
        home = HomeNet(W, c)
        mob = MobileNet(W, c) if rng.random() < 0.3 else None
        style = rng.sample(range(len(CT.E_REASON)), 2)
        mt = rng.choice([6000, 8000, 8192, None])
        temp = rng.choice([0.6, 0.7, None])
        p_target = rng.uniform(0.55, 0.7)
        for t in W.sessions(a, rng.uniform(2.2, 3.2), "personal", 0.7, p_day=rng.uniform(0.75, 0.95)):
            ip = mob.session() if mob and rng.random() < 0.15 else home(t)
            for _i in range(rng.randint(3, 9)):
                if rng.random() < p_target:
                    p, _cap = CT.e_prompt(rng, style)
                    d = W.x(a, t, model=W.model(a, t), prompt=p, turn=0, conv=W.conv_id(), ip=ip, ua=a.ua,
                            key=rng.choice(a.keys), out_med=1300, out_sig=0.5, max_tokens=mt, temperature=temp)
                    t += d + int(lognorm(rng, 70 * S, 0.9))
                else:
                    t = W.chat(a, t, W.T.organic(rng, "general")[:5], ip=ip, ua=a.ua, key=rng.choice(a.keys),
                               think=(40, 1.0), temperature=temp)
                    t += int(lognorm(rng, 60 * S, 0.9))
