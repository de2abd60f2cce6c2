"""Benign individuals: hobbyists, mobile users, VPN users, families sharing a
card, early adopters of the new model, academic researchers, developers using
coding agents."""
import netids as N
from bank import RESEARCH_SYS, RESEARCH_WRAP, early_prompt
from engine import DAY, DAYS, END_MS, H, MIN, NEW, RELEASE_MS, S, START_MS, lognorm, poisson
from texts import stem_question

OLD_MIX = [("lumen-4-mini", 5), ("lumen-4", 3), ("lumen-4-nano", 1.2), ("lumen-3.5-turbo", 0.3)]


def old_created(rng, lo_days=20, hi_days=900):
    return START_MS - int(rng.uniform(lo_days, hi_days) * DAY)


def adopt(rng, a, p=0.35, delay_h=48.0):
    """Some users start using the new flagship some time after release."""
    if rng.random() < p:
        a.switch_ms = RELEASE_MS + int(lognorm(rng, delay_h, 1.0) * H)
        keep = [(m, w * 0.5) for m, w in a.models]
        a.models_new = [(NEW, sum(w for _, w in a.models) * rng.uniform(0.4, 1.2))] + keep


def client_cfg(rng):
    """Per-account request habits (people reuse the same code)."""
    return dict(max_tokens=rng.choice([None] * 5 + [256, 512, 1024, 1024, 2048, 4096]),
                temperature=rng.choice([None] * 5 + [0, 0.2, 0.5, 0.7, 0.7, 1.0]))


# ---------------------------------------------------------------- networks
class HomeNet:
    """A household line: a stable IPv4 (occasionally renewed), IPv6 on some ISPs."""

    def __init__(self, W, country):
        self.W, self.isp = W, W.net.home_isp(country)
        self.ip = W.net.home_ip(self.isp)
        self.v6p = W.net.home_v6_prefix(self.isp) if W.rng.random() < 0.5 else None
        self.day = -1

    def __call__(self, t):
        rng = self.W.rng
        d = (t - START_MS) // DAY
        if d != self.day:
            self.day = d
            if rng.random() < 0.04:
                self.ip = self.W.net.home_ip(self.isp)
            self.v6 = self.W.net.v6_in(self.v6p) if self.v6p else None  # privacy address rotates daily
        if self.v6 and rng.random() < 0.7:
            return self.v6
        return self.ip


class MobileNet:
    """Phone / hotspot: CGNAT IPv4 shared with thousands, or an IPv6 privacy address."""

    def __init__(self, W, country):
        self.W, self.car = W, W.net.carrier(country)
        self.v6 = W.rng.random() < 0.6

    def session(self):
        if self.v6:
            _, ip = self.W.net.mobile_v6(self.car)
            return ip
        return self.W.net.cgnat_ip(self.car)


def _person(W, kind, rng, country=None, created=None, email=None, pay=None, verified=None, ua=None):
    c = country or N.pick_country(rng)
    a = W.account(kind, country=c, created_ms=created if created is not None else old_created(rng),
                  payment=pay if pay is not None else (N.payment(rng) if rng.random() < 0.93 else ""),
                  email_domain=email or (N.free_mail(rng) if rng.random() < 0.8 else N.company_domain(rng)),
                  verified=verified if verified is not None else rng.random() < 0.35,
                  ua=ua or N.pick_dev_ua(rng), models=list(OLD_MIX), n_keys=rng.choice([1, 1, 1, 2, 3]))
    return a


def _chat_sessions(W, a, rng, ipf, *, p_day, per_day, profile="personal", weekend=0.9, flavor="general",
                   convs=(1, 2), prompt_fn=None, **cfg):
    ua2 = rng.choice(N.BROWSER) if rng.random() < 0.3 else a.ua   # some also use the console
    for t in W.sessions(a, per_day, profile, weekend, p_day=p_day):
        ip = ipf(t)
        for _ in range(rng.randint(*convs)):
            turns = [(prompt_fn(rng, W.T), None)] if prompt_fn else W.T.organic(rng, flavor)
            t = W.chat(a, t, turns, ip=ip, ua=a.ua if rng.random() < 0.85 else ua2,
                       key=rng.choice(a.keys), think=(40, 1.1), **cfg)
            t += int(lognorm(rng, 3 * MIN, 1.2))


def _activity(rng):
    """(p_day, sessions per active day): a heavy-tailed mix, with some power users."""
    if rng.random() < 0.07:
        return rng.uniform(0.6, 1.0), lognorm(rng, 4.5, 0.6)
    return rng.uniform(0.08, 0.5), lognorm(rng, 0.85, 0.6)


def hobbyists(W, n):
    rng = W.rng
    for _ in range(n):
        new = rng.random() < 0.06
        a = _person(W, "hobbyist", rng, created=START_MS + int(rng.uniform(0, 12) * DAY) if new else None)
        adopt(rng, a)
        home = HomeNet(W, a.country)
        mob = MobileNet(W, a.country)
        p, k = _activity(rng)
        _chat_sessions(W, a, rng, lambda t: home(t) if rng.random() < 0.88 else mob.session(),
                       p_day=p, per_day=k, flavor="code" if rng.random() < 0.35 else "general", **client_cfg(rng))


def mobile_users(W, n):
    rng = W.rng
    for _ in range(n):
        a = _person(W, "mobile_user", rng, ua=rng.choice(N.MOBILE_UA))
        adopt(rng, a, p=0.25)
        mob = MobileNet(W, a.country)
        p, k = _activity(rng)
        # each request may leave from a fresh privacy address / different CGNAT IP
        _chat_sessions(W, a, rng, lambda t: (lambda _t: mob.session()), p_day=p, per_day=k, convs=(1, 2),
                       **client_cfg(rng))


def vpn_users(W, n):
    rng = W.rng
    for _ in range(n):
        a = _person(W, "vpn_user", rng, email="proton.me" if rng.random() < 0.3 else None)
        adopt(rng, a)
        p, k = _activity(rng)
        _chat_sessions(W, a, rng, lambda t: rng.choice(W.net.vpn_exits), p_day=p, per_day=k,
                       flavor="code" if rng.random() < 0.4 else "general", **client_cfg(rng))


def families(W, n_households):
    """Two to four people in one home paying with one card."""
    rng = W.rng
    for _ in range(n_households):
        c = N.pick_country(rng)
        card = N.payment(rng)
        home = HomeNet(W, c)
        for _m in range(rng.choice([2, 2, 2, 3, 3, 4])):
            a = _person(W, "family_shared_card", rng, country=c, pay=card,
                        email="%s.edu" % rng.choice(["state", "city", "tech"]) if rng.random() < 0.1 else None)
            adopt(rng, a, p=0.25)
            p, k = _activity(rng)
            _chat_sessions(W, a, rng, home, p_day=p, per_day=k, **client_cfg(rng))


def early_adopters(W, n):
    """Enthusiasts who jump onto lumen-5 within hours of release; some sign up for it."""
    rng = W.rng
    for _ in range(n):
        fresh = rng.random() < 0.28
        created = RELEASE_MS + int(rng.uniform(0.1, 30) * H) if fresh else None
        a = _person(W, "early_adopter", rng, created=created, verified=False if fresh else None)
        a.switch_ms = RELEASE_MS + int(rng.uniform(0.05, 14) * H)
        a.models_new = [(NEW, 9), ("lumen-4", 1)]
        home = HomeNet(W, a.country)
        cfg = dict(max_tokens=rng.choice([None, None, 4096, 8192, 16000, 32000]), temperature=rng.choice([None, None, 1.0, 0.7]))
        # light use before release
        _chat_sessions(W, a, rng, home, p_day=0.25, per_day=1.2, flavor="general",
                       **{k: v for k, v in cfg.items() if k != "max_tokens"})
        # the burst: many hard prompts on the new model in the first days
        t0 = max(a.switch_ms, a.created_ms + 5 * MIN)
        burst = poisson(rng, lognorm(rng, 45, 0.7))
        t = t0
        for _i in range(burst):
            if rng.random() < 0.15:
                t += int(rng.uniform(2, 14) * H)  # sleep, work
            t = W.chat(a, t, [(early_prompt(rng, W.T), None)], ip=home(t), ua=a.ua, out_scale=1.0,
                       **cfg)
            t += int(lognorm(rng, 90 * S, 1.0))
        # afterwards: normal use, mostly on the new model
        for t in W.sessions(a, 1.5, "personal", 1.0, d0=6, p_day=0.45):
            t = W.chat(a, t, W.T.organic(rng, "hard"), ip=home(t), ua=a.ua, **cfg)


UNIS = ["cs.stanford.edu", "mit.edu", "cmu.edu", "ox.ac.uk", "ethz.ch", "tsinghua.edu.cn", "u-tokyo.ac.jp",
        "mila.quebec", "berkeley.edu", "tum.de", "kaist.ac.kr", "iitb.ac.in", "nus.edu.sg", "uw.edu", "epfl.ch"]
UNI_CC = {"ox.ac.uk": "GB", "ethz.ch": "CH", "tsinghua.edu.cn": "CN", "u-tokyo.ac.jp": "JP", "mila.quebec": "CA",
          "tum.de": "DE", "kaist.ac.kr": "KR", "iitb.ac.in": "IN", "nus.edu.sg": "SG", "epfl.ch": "CH"}


def researchers(W, n):
    """Academic researchers: edu domains, research credits (no card), chain-of-thought
    prompting in batch scripts with self-consistency sampling, shared campus NAT."""
    rng = W.rng
    nats = {u: W.net.university_nat(rng.randint(2, 4)) for u in UNIS}
    for _ in range(n):
        u = rng.choice(UNIS)
        c = UNI_CC.get(u, "US")
        a = W.account("researcher_cot", country=c if c in N.COUNTRIES else "US", created_ms=old_created(rng, 5, 500),
                      payment="" if rng.random() < 0.6 else N.payment(rng), email_domain=u,
                      verified=rng.random() < 0.5, ua=rng.choice(N.PY_SDK + ["python-httpx/0.27.0", "litellm/1.37.5"]),
                      models=[("lumen-4", 4), ("lumen-4-mini", 3), ("lumen-4-2026-01-20", 2)])
        adopt(rng, a, p=0.6, delay_h=20)
        nat = nats[u]
        wrap = rng.choice(RESEARCH_WRAP)
        sysp = rng.choice(RESEARCH_SYS)
        n_s = rng.choice([1, 1, 1, 5, 8, 10])
        temp = 0.0 if n_s == 1 and rng.random() < 0.6 else rng.choice([0.7, 0.8, 1.0])
        mt = rng.choice([1024, 2048, 4096, 512])
        for _b in range(poisson(rng, 1.6)):
            t = W.hour_ms(rng.randrange(DAYS), a.tz, "office")
            if t < a.created_ms:
                continue
            gap = rng.uniform(0.6, 4.0) * S
            m = W.model(a, t)
            for _i in range(int(lognorm(rng, 70, 0.8))):
                q = stem_question(rng)[0] if rng.random() < 0.7 else rng.choice(W.T.arena_math + W.T.arena)
                W.x(a, t, model=m, prompt=wrap.format(q=q), system=sysp, turn=0, conv=W.conv_id(),
                    ip=rng.choice(nat), ua=a.ua, out_med=420, out_sig=0.6, max_tokens=mt, temperature=temp,
                    n=n_s if n_s > 1 else None, p429=0.01)
                t += int(gap * rng.uniform(0.8, 1.25))
        _chat_sessions(W, a, rng, lambda t: rng.choice(nat), p_day=0.3, per_day=1.0, profile="office", weekend=0.3)


CODE_TASKS = [
    "The test {t} fails after my last change with `{e}`. Find out why and fix it.",
    "Add a --dry-run flag to the CLI in {f} and update the README.",
    "Refactor {f} so the retry logic is shared between the HTTP client and the queue consumer.",
    "Why is the build failing in CI? Here's the log tail:\n{e}",
    "Write unit tests for {f}; we have none for the edge cases around empty input.",
    "Migrate {f} from callbacks to async/await.",
    "Implement pagination for the /orders endpoint, cursor based.",
]
_FILES = ["src/billing/invoice.py", "app/routes/orders.ts", "internal/cache/lru.go", "lib/parser.rb",
          "src/main/java/com/app/UserService.java", "crates/core/src/index.rs", "web/components/Table.tsx"]
_ERRS = ["AssertionError: expected 3 got 2", "TypeError: Cannot read properties of undefined (reading 'id')",
         "panic: runtime error: index out of range [5] with length 5", "NullPointerException at UserService.java:88",
         "ModuleNotFoundError: No module named 'pydantic.v1'", "error[E0502]: cannot borrow `self.map` as mutable"]


def coding_task(rng, T):
    if rng.random() < 0.6:
        return T.organic(rng, "code")[0][0]
    return rng.choice(CODE_TASKS).format(t="test_%s" % rng.choice(["refund", "parse", "merge", "auth"]),
                                         e=rng.choice(_ERRS), f=rng.choice(_FILES))


def agent_loop(W, a, t, task, *, ip, ua, tools, model, max_tokens, temperature, system, key=None,
               steps_med=8.0, base_ctx=6000, think=(6, 0.8), conv=None, turn=0):
    """One agentic loop: the user message stays the last user part while the model
    calls tools; every step is one exchange with a growing context."""
    rng = W.rng
    conv = conv or W.conv_id()
    steps = max(1, min(70, int(lognorm(rng, steps_med, 0.7))))
    ctx = base_ctx + rng.randint(0, 4000)
    for s in range(steps):
        last = s == steps - 1
        d = W.x(a, t, model=model, prompt=task, system=system, turn=turn, conv=conv, key=key,
                ip=ip(t) if callable(ip) else ip, ua=ua, ctx_tok=ctx, tools=tools, max_tokens=max_tokens,
                temperature=temperature, out_med=450 if last else 160, out_sig=0.7,
                finish=None if last else "tool_calls", out_tok=None if last else int(lognorm(rng, 140, 0.6)) + 20,
                p429=0.004)
        ctx += rng.randint(300, 4500)
        t += d + int(lognorm(rng, think[0] * S, think[1]))
    return t, conv


def agentic_coders(W, n):
    rng = W.rng
    for _ in range(n):
        ua = rng.choice(N.CODING_AGENT)
        a = _person(W, "agentic_coder", rng, ua=ua, email=N.company_domain(rng) if rng.random() < 0.45 else None,
                    verified=rng.random() < 0.5)
        a.models = [("lumen-4", 8), ("lumen-4-mini", 2)]
        if rng.random() < 0.7:   # tool vendors switch their default quickly
            a.switch_ms = RELEASE_MS + int(lognorm(rng, 24, 0.8) * H)
            a.models_new = [(NEW, 8), ("lumen-4", 2)]
        tools = {"CodeLoom": 14, "tessera": 22, "VSCode": 11, "JetBrains": 9, "aider": 0}
        nt = next((v for k, v in tools.items() if ua.startswith(k)), 16) or None
        mt = rng.choice([4096, 8192, 8192, 16000])
        sysp = "You are %s, an AI coding agent working in the user's repository. Use tools to read and edit files; " \
               "run tests before claiming success. Keep answers short." % ua.split("/")[0]
        home = HomeNet(W, a.country)
        office = W.net.business_egress(2) if rng.random() < 0.5 else None
        p, k = _activity(rng)
        if rng.random() < 0.08:   # runs agents most of the working day
            p, k = rng.uniform(0.7, 1.0), rng.uniform(6, 12)
        for t in W.sessions(a, k * 0.3, "office", 0.35, p_day=min(1.0, p + 0.2)):
            ipf = (lambda _t, o=office: rng.choice(o)) if office and rng.random() < 0.6 else home
            for _task in range(rng.randint(1, 2)):
                task = coding_task(rng, W.T)
                conv, turn = None, 0
                for turn in range(rng.choice([1, 1, 1, 2, 3])):
                    m = W.model(a, t)
                    t, conv = agent_loop(W, a, t, task if turn == 0 else rng.choice(
                        ["now run the full test suite", "also update the docs", "that broke the linter, fix it",
                         "looks good, commit it with a sensible message", "can you simplify that"]),
                        ip=ipf, ua=ua, tools=nt, model=m, max_tokens=mt, temperature=rng.choice([None, 0]),
                        system=sysp, conv=conv, turn=turn)
                    t += int(lognorm(rng, 60 * S, 1.0))
                t += int(lognorm(rng, 8 * MIN, 1.0))
