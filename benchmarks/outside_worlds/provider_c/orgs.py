"""Benign organisations: enterprise fleets (and shadow-IT sign-ups), CI / eval
harnesses, a synthetic-data vendor under contract, tutoring, support bots,
trust-and-safety vendors, LLM-as-judge companies, translation, document
extraction, small apps (fixed servers or serverless)."""
import netids as N
import bank as B
from engine import DAY, DAYS, END_MS, H, MIN, NEW, RELEASE_MS, S, START_MS, lognorm, poisson
from population import OLD_MIX, adopt, old_created
from texts import stem_question


def _org_accounts(W, kind, k, *, country, created, email, pay, verified, ua, models, org=True,
                  models_new=None, switch_ms=None, n_keys=1, created_jitter=0):
    rng = W.rng
    org_id = W.ids.new("org_", 40) if org else None
    out = []
    for _ in range(k):
        out.append(W.account(kind, country=country, created_ms=created + int(rng.uniform(0, created_jitter)),
                             payment=pay, email_domain=email, verified=verified, org_id=org_id, ua=ua,
                             models=list(models), models_new=models_new, switch_ms=switch_ms, n_keys=n_keys))
    return out


def enterprises(W, sizes, shadow=False):
    """Employee seats provisioned together (SSO), one invoice, one corporate egress,
    one internal wrapper (same system prompt and user agent), office hours."""
    rng = W.rng
    for ei, size in enumerate(sizes):
        co = N.company_domain(rng, tld=rng.choice(["com", "com", "de", "co.uk", "co.jp"]))
        name = co.split(".")[0].capitalize()
        lc = co.split(".")[0]
        c = {"de": "DE", "co.uk": "GB", "co.jp": "JP"}.get(co.split(".", 1)[1], "US")
        egress = W.net.business_egress(rng.randint(1, 4))
        sysp = B.ENTERPRISE_SYS[(ei + (2 if shadow else 0)) % len(B.ENTERPRISE_SYS)].format(co=name, lc=lc)
        ua = rng.choice(B.ENTERPRISE_UA).format(lc=lc)
        snap = rng.choice(["lumen-4-2026-01-20", "lumen-4-mini-2025-11-04"])
        created = START_MS - int(rng.uniform(30, 400) * DAY)
        pay = N.payment(rng)
        kind = "enterprise_shadow_it" if shadow else "enterprise_fleet"
        if shadow:   # staff signed up one by one with the company card; no org consolidation
            accts = [W.account(kind, country=c, created_ms=START_MS - int(rng.uniform(3, 200) * DAY), payment=pay,
                               email_domain=co, verified=False, ua=ua, models=[("lumen-4", 3), ("lumen-4-mini", 2)])
                     for _ in range(size)]
            for a in accts:
                adopt(rng, a, p=0.5, delay_h=20)
        else:
            accts = _org_accounts(W, kind, size, country=c, created=created, email=co, pay=pay, verified=True,
                                  ua=ua, models=[(snap, 1)], created_jitter=2 * H)
        tz = N.tz_of(rng, c)
        for a in accts:
            a.tz = tz
            act = lognorm(rng, 0.95, 0.7)
            for t in W.sessions(a, act, "office", 0.05, p_day=rng.uniform(0.45, 0.95)):
                for _ in range(rng.randint(1, 2)):
                    if rng.random() < 0.55:
                        turns = [(B.enterprise_task(rng), None)]
                    else:
                        turns = W.T.organic(rng, "code" if "engineering" in sysp else "general")[:4]
                    t = W.chat(a, t, turns, ip=rng.choice(egress), ua=ua, system=sysp, think=(50, 1.0),
                               max_tokens=2048, temperature=0.3)
                    t += int(lognorm(rng, 6 * MIN, 1.0))


def ci_harnesses(W, n):
    """Nightly / per-commit benchmark suites: the same prompts every run, temperature 0,
    machine-regular spacing, runners from a shared cloud pool; the new model is
    added to the matrix on release day."""
    rng = W.rng
    for _ in range(n):
        c = rng.choice(["US", "US", "GB", "DE", "FR", "CA", "JP"])
        a = W.account("ci_eval_harness", country=c, created_ms=old_created(rng, 30, 700), payment=N.payment(rng),
                      email_domain=N.company_domain(rng), verified=rng.random() < 0.6,
                      ua=rng.choice(["lm-eval/0.4.2 python-httpx/0.27.0", "Lumen/Python 1.40.0", "promptfoo/0.58.1",
                                     "python-httpx/0.27.0", "inspect_ai/0.3.9 Lumen/Python 1.41.2"]),
                      models=[(rng.choice(["lumen-4", "lumen-4-mini", "lumen-4-2026-01-20"]), 1)])
        suite = []
        src = rng.random()
        for q in rng.sample(W.T.mt + W.T.vicuna, rng.randint(8, 25)):
            suite.append(q["turns"][:2])
        if src < 0.5:
            suite += [[rng.choice(W.T.arena)] for _ in range(rng.randint(3, 15))]
        if src > 0.6:
            suite += [[rng.choice(B.CI_REGRESSION).format(x=rng.choice(W.T.short))] for _ in range(rng.randint(3, 12))]
        sysp = rng.choice(B.CI_SYS)
        hour = rng.choice([1, 2, 2, 3, 4, 22, 23])
        minute = rng.randint(0, 59)
        spacing = rng.uniform(0.7, 3.0) * S
        weekdays_only = rng.random() < 0.7
        per_commit = rng.random() < 0.3
        models = [a.models[0][0]]
        mt = rng.choice([1024, 2048, None])
        runs = []
        for d in range(DAYS):
            if weekdays_only and (d % 7) >= 5:
                continue
            runs.append(START_MS + d * DAY + hour * H + minute * MIN + rng.randint(0, 90) * S)
            if per_commit and (d % 7) < 5:
                runs += [W.hour_ms(d, -5, "office") for _ in range(rng.randint(0, 1))]
        runs.append(RELEASE_MS + int(rng.uniform(0.3, 6) * H))  # evaluate the new model right away
        runs.sort()
        for t in runs:
            ms = models + ([NEW] if t >= RELEASE_MS else [])
            sub = suite if rng.random() < 0.8 else suite[: max(5, len(suite) // 3)]
            for m in ms:
                for turns in sub:
                    conv = W.conv_id()
                    for i, u in enumerate(turns):
                        W.x(a, t, model=m, prompt=u, system=sysp, turn=i, conv=conv, ip=rng.choice(W.net.ci_runners),
                            ua=a.ua, ctx_tok=0 if i == 0 else 450, out_med=380, out_sig=0.5, max_tokens=mt,
                            temperature=0.0, p429=0.01)
                        t += int(spacing * rng.uniform(0.95, 1.05))


def synth_vendor(W, n):
    """A synthetic-data company under an enterprise contract: public generator
    prompts (self-instruct, Evol-Instruct, airoboros, Orca system messages),
    high temperature, long outputs, 24/7 batch jobs from its own NAT IPs."""
    rng = W.rng
    accts = _org_accounts(W, "synthdata_vendor", n, country="US", created=START_MS - 300 * DAY, email="corporalabs.ai",
                          pay=N.payment(rng), verified=True, ua="corpora-gen/2.7.1 Lumen/Python 1.41.2",
                          models=[("lumen-4", 3), ("lumen-4-mini", 2)], created_jitter=200 * DAY,
                          models_new=[(NEW, 5), ("lumen-4", 2), ("lumen-4-mini", 1)], switch_ms=RELEASE_MS + 3 * H)
    ips = W.net.business_egress(4)
    for a in accts:
        a.tz = -4
        per_day = lognorm(rng, 90, 0.4)
        for t in W.sessions(a, per_day / 40, "flat", 1.0):
            for _ in range(40):
                sysp = rng.choice(W.T.orca_sys) if rng.random() < 0.35 else None
                W.x(a, t, model=W.model(a, t), prompt=W.T.vendor_prompt(rng), system=sysp, turn=0, conv=W.conv_id(),
                    ip=rng.choice(ips), ua=a.ua, out_med=900, out_sig=0.6, max_tokens=rng.choice([2048, 3072, 4096]),
                    temperature=1.0, n=rng.choice([None, None, 2]), p429=0.02)
                t += int(rng.uniform(1.0, 6.0) * S)


def tutoring(W, n_companies):
    """AI tutoring: students ask for step-by-step solutions after school."""
    rng = W.rng
    for _ in range(n_companies):
        c = rng.choice(["US", "US", "IN", "GB"])
        co = N.company_domain(rng, tld=rng.choice(["com", "io", "in", "co.uk"]))
        k = rng.randint(3, 9)
        accts = _org_accounts(W, "tutoring_company", k, country=c, created=old_created(rng, 60, 500), email=co,
                              pay=N.payment(rng), verified=True, ua=rng.choice(N.JS_SDK + N.PY_SDK),
                              models=[("lumen-4-mini", 4), ("lumen-4", 1)], created_jitter=60 * DAY)
        srv = [W.net.cloud_ip(rng.choice(["aws", "gcp"])) for _ in range(rng.randint(2, 6))]
        sysp = rng.choice(B.TUTOR_SYS).format(co=co.split(".")[0].capitalize(), g=rng.randint(6, 11))
        for a in accts:
            rate = lognorm(rng, 10, 0.5)
            for t in W.sessions(a, rate, "student", 1.2):
                t = W.chat(a, t, B.tutoring_conv(rng), ip=rng.choice(srv), ua=a.ua, system=sysp, think=(45, 0.9),
                           max_tokens=1500, temperature=0.4)


def support_bots(W, n):
    rng = W.rng
    for _ in range(n):
        what, topics = rng.choice(B.SUPPORT_CO)
        c = N.pick_country(rng)
        co = N.company_domain(rng)
        a = W.account("support_bot", country=c, created_ms=old_created(rng, 40, 800), payment=N.payment(rng),
                      email_domain=co, verified=rng.random() < 0.7, ua=rng.choice(N.PY_SDK + N.JS_SDK + N.FRAMEWORK),
                      models=[(rng.choice(["lumen-4-mini", "lumen-4-mini-2025-11-04", "lumen-4"]), 1)])
        sysp = B.SUPPORT_SYS.format(name=co.split(".")[0].capitalize(), what=what, topics=topics)
        nt = rng.randint(3, 9)
        srv = [W.net.cloud_ip(rng.choice(["aws", "gcp", "azure"])) for _ in range(rng.randint(1, 4))]
        rate = lognorm(rng, 3.0, 0.6)
        for t in W.sessions(a, rate, "personal", 0.8):
            conv = W.conv_id()
            m = W.model(a, t)
            # the router call first: json classification
            W.x(a, t, model=m, prompt=B.support_msg(rng), system=B.ROUTER_SYS, turn=0, conv=W.conv_id(), ip=rng.choice(srv),
                ua=a.ua, out_med=30, out_sig=0.3, max_tokens=100, temperature=0, rf="json_object")
            t += 900
            for turn in range(rng.choice([1, 2, 2, 3, 4, 5])):
                msg = B.support_msg(rng, follow=turn > 0)
                for _step in range(2 if rng.random() < 0.55 else 1):  # tool call then answer
                    d = W.x(a, t, model=m, prompt=msg, system=sysp, turn=turn, conv=conv, ip=rng.choice(srv), ua=a.ua,
                            ctx_tok=turn * 250 + _step * 180, tools=nt, max_tokens=800, temperature=0.2,
                            out_med=110, p_tool=0.9 if _step == 0 else 0.05)
                    t += d + rng.randint(300, 2000)
                t += int(lognorm(rng, 35 * S, 0.8))


def redteam_vendors(W, n_orgs):
    rng = W.rng
    for _ in range(n_orgs):
        co = N.company_domain(rng, tld="com")
        accts = _org_accounts(W, "redteam_vendor", rng.randint(3, 5), country=rng.choice(["US", "GB"]),
                              created=old_created(rng, 60, 400), email=co, pay=N.payment(rng), verified=True,
                              ua=rng.choice(["python-httpx/0.27.0", "Lumen/Python 1.40.0", "garak/0.9.0.13"]),
                              models=[("lumen-4", 3), ("lumen-4-mini", 2)], models_new=[(NEW, 3), ("lumen-4", 2)],
                              switch_ms=RELEASE_MS + 5 * H, created_jitter=90 * DAY)
        office = W.net.business_egress(2)
        for a in accts:
            for t in W.sessions(a, lognorm(rng, 1.0, 0.4), "office", 0.1):
                sysp = rng.choice(B.REDTEAM_SYS)
                for _ in range(int(lognorm(rng, 30, 0.6))):
                    conv = rng.choice(W.T.redteam)
                    w = rng.choice(B.REDTEAM_WRAP)
                    if w == "{p}" and len(conv) > 1 and rng.random() < 0.5:
                        t = W.chat(a, t, conv[:4], ip=rng.choice(office), ua=a.ua, system=sysp, think=(4, 0.5),
                                   temperature=rng.choice([0.7, 1.0]), p_filter=0.25, max_tokens=1024)
                        continue
                    p = w.format(p=conv[0][0], d=rng.choice(B.DRAFTS), id=rng.randint(1000, 9999))
                    d = W.x(a, t, model=W.model(a, t), prompt=p, system=sysp, turn=0, conv=W.conv_id(),
                            ip=rng.choice(office), ua=a.ua, out_med=350, max_tokens=1024, temperature=0.7,
                            rf="json_object" if "JSON" in w else None, p_filter=0.18)
                    t += d + int(rng.uniform(1, 5) * S)


def judge_companies(W, n_orgs):
    """LLM-as-judge evaluation companies: rubric grading and pairwise preference at volume."""
    rng = W.rng
    for _ in range(n_orgs):
        co = N.company_domain(rng, tld="ai")
        accts = _org_accounts(W, "judge_eval_company", rng.randint(4, 8), country=rng.choice(["US", "US", "DE", "SG"]),
                              created=old_created(rng, 60, 500), email=co, pay=N.payment(rng), verified=True,
                              ua=rng.choice(["Lumen/Python 1.41.2", "python-httpx/0.27.0"]),
                              models=[("lumen-4", 1)], created_jitter=100 * DAY)
        srv = [W.net.cloud_ip("aws") for _ in range(3)]
        sysc = B.JUDGE_RUBRIC_SYS.format(co=co.split(".")[0].capitalize())
        for a in accts:
            for t in W.sessions(a, lognorm(rng, 1.0, 0.5), "office", 0.3):
                for _ in range(int(lognorm(rng, 45, 0.7))):
                    if rng.random() < 0.6:
                        sysp, p = B.judge_prompt(rng, W.T)
                        rf = None
                    else:
                        sysp = sysc
                        q = rng.choice(W.T.short) if W.T.short else "hello"
                        p = "User message: %s\nAssistant reply: %s\nScore the reply." % (q, rng.choice(B.ANSWERS))
                        rf = "json_schema"
                    d = W.x(a, t, model="lumen-4", prompt=p, system=sysp, turn=0, conv=W.conv_id(), ip=rng.choice(srv),
                            ua=a.ua, out_med=220, out_sig=0.5, max_tokens=1024, temperature=0, rf=rf, p429=0.01)
                    t += d // 4 + int(rng.uniform(0.3, 2.5) * S)   # parallel workers


def translators(W, n):
    rng = W.rng
    for _ in range(n):
        co = N.company_domain(rng)
        c = rng.choice(["DE", "FR", "NL", "ES", "US", "JP", "PL"])
        a = W.account("translation_service", country=c, created_ms=old_created(rng, 60, 900), payment=N.payment(rng),
                      email_domain=co, verified=True, ua=rng.choice(N.PY_SDK + N.OTHER_SDK + ["Go-http-client/2.0"]),
                      models=[(rng.choice(["lumen-4-mini", "lumen-4-nano"]), 1)])
        srv = [W.net.cloud_ip(rng.choice(["aws", "gcp", "azure"])) for _ in range(rng.randint(1, 3))]
        dsts = rng.sample(B.LANGS, rng.randint(1, 5))
        for t in W.sessions(a, lognorm(rng, 35, 0.6) / 20, "flat", 0.8):
            dst = rng.choice(dsts)
            sysp = rng.choice(B.TRANSLATE_SYS).format(src="English", dst=dst, co=co.split(".")[0].capitalize())
            for _ in range(20):
                seg = B.translation_segment(rng, W.T)
                d = W.x(a, t, model=W.model(a, t), prompt=seg, system=sysp, ip=rng.choice(srv), ua=a.ua,
                        out_tok=int(len(seg) / 3.2 * rng.uniform(0.9, 1.5)) + 2, max_tokens=rng.choice([None, 1000]),
                        temperature=0)
                t += d + rng.randint(50, 1500)


def extractors(W, n):
    """Document-processing pipelines: bulk, uniform json_schema extraction."""
    rng = W.rng
    for _ in range(n):
        co = N.company_domain(rng)
        a = W.account("doc_extraction", country=N.pick_country(rng), created_ms=old_created(rng, 30, 700),
                      payment=N.payment(rng), email_domain=co, verified=rng.random() < 0.6,
                      ua=rng.choice(N.PY_SDK + N.FRAMEWORK), models=[(rng.choice(["lumen-4-mini", "lumen-4"]), 1)])
        srv = [W.net.cloud_ip(rng.choice(["aws", "gcp", "azure"])) for _ in range(rng.randint(1, 3))]
        sysp = rng.choice(B.EXTRACT_SYS)
        for t in W.sessions(a, lognorm(rng, 1.3, 0.6), "office", 0.2):
            for _ in range(int(lognorm(rng, 16, 0.8)) + 1):
                kind, doc = B.document(rng)
                d = W.x(a, t, model=W.model(a, t), prompt=doc, system=sysp.format(doc=kind), ip=rng.choice(srv),
                        ua=a.ua, out_med=160, out_sig=0.3, max_tokens=1024, temperature=0, rf="json_schema")
                t += d + rng.randint(100, 3000)


def apps(W, n, serverless=False):
    """Small products built on the API: one system prompt, end users' organic
    questions, server IPs (or a serverless platform's shared egress pool)."""
    rng = W.rng
    kind = "serverless_app" if serverless else "startup_app"
    for _ in range(n):
        act, role = rng.choice(W.T.roles)
        c = N.pick_country(rng)
        a = W.account(kind, country=c, created_ms=old_created(rng, 10, 600), payment=N.payment(rng),
                      email_domain=N.company_domain(rng) if rng.random() < 0.6 else N.free_mail(rng),
                      verified=rng.random() < 0.4,
                      ua=rng.choice(N.JS_SDK + ["ai-sdk/3.1.12 Lumen/JS 4.12.3", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"])
                      if serverless else rng.choice(N.PY_SDK + N.JS_SDK + N.FRAMEWORK + N.OTHER_SDK),
                      models=[(rng.choice(["lumen-4-mini", "lumen-4-mini", "lumen-4", "lumen-4-nano", "lumen-3.5-turbo"]), 1)])
        adopt(rng, a, p=0.2, delay_h=60)
        pool = W.net.serverless[rng.choice(["aws", "gcp"])] if serverless else \
            [W.net.cloud_ip(rng.choice(["aws", "gcp", "azure"])) for _ in range(rng.randint(1, 4))]
        if serverless:   # one region's egress: a slice of the shared pool
            i = rng.randrange(0, len(pool) - 300)
            pool = pool[i:i + 300]
        sysp = role if rng.random() < 0.5 else "You are %s, a helpful assistant inside our app. %s" % (act, role[:300])
        tools = rng.choice([None, None, None, 2, 4])
        rate = lognorm(rng, 2.0, 0.9)
        for t in W.sessions(a, rate, "personal", 0.9):
            turns = W.T.organic(rng, "general")
            t = W.chat(a, t, turns, ip=lambda _t: rng.choice(pool), ua=a.ua, system=sysp, think=(30, 1.0),
                       max_tokens=rng.choice([None, 1024, 2048]), temperature=0.7, tools=tools, p_tool=0.15)
