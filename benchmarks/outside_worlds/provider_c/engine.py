"""Core of the simulator: the clock, the model line-up, accounts, the event
store and the primitives every kind uses (activity profiles, sessions, one API
exchange with plausible tokens / finish_reason / status)."""
import math
from datetime import datetime, timezone

from netids import Ids, Net

# ------------------------------------------------------------------ clock
START = datetime(2026, 5, 4, tzinfo=timezone.utc)          # a Monday
START_MS = int(START.timestamp() * 1000)
DAYS = 14
S = 1000
MIN = 60 * S
H = 60 * MIN
DAY = 24 * H
END_MS = START_MS + DAYS * DAY
RELEASE_MS = START_MS + 4 * DAY + 16 * H                  # day 5, 16:00 UTC: lumen-5 ships

# ----------------------------------------------------------------- models
NEW = "lumen-5"
MODEL_CAP = {  # default output cap when max_tokens is not sent
    "lumen-5": 32000, "lumen-4": 8192, "lumen-4-2026-01-20": 8192, "lumen-4-mini": 16384,
    "lumen-4-mini-2025-11-04": 16384, "lumen-4-nano": 8192, "lumen-3.5-turbo": 4096,
}
MODEL_OUT = {"lumen-5": 1.45, "lumen-4-nano": 0.7, "lumen-3.5-turbo": 0.8}  # verbosity factor

# profiles: weight of each local hour 0..23
PROFILES = {
    "office": [1, 0.5, 0.3, 0.3, 0.3, 0.5, 1.5, 4, 9, 13, 14, 13, 9, 11, 13, 13, 11, 8, 4, 3, 2.5, 2, 1.5, 1],
    "personal": [3, 2, 1, 0.6, 0.4, 0.5, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 6, 7, 8, 9, 9, 7, 5],
    "student": [2, 1, 0.4, 0.2, 0.2, 0.3, 0.6, 1.5, 2, 2, 2, 2, 2, 2.5, 4, 7, 9, 9, 8, 9, 10, 9, 6, 3.5],
    "flat": [4, 3.6, 3.4, 3.3, 3.4, 3.6, 4, 4.6, 5.2, 5.6, 5.8, 5.8, 5.6, 5.6, 5.6, 5.6, 5.5, 5.4, 5.2, 5, 4.8, 4.6, 4.4, 4.2],
    "nightly": [8, 10, 10, 8, 5, 2, 1, 0.5, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.5, 1, 2, 3, 5, 6],
}
_CUM = {}
for _k, _w in PROFILES.items():
    _c, _t = [], 0.0
    for _x in _w:
        _t += _x
        _c.append(_t)
    _CUM[_k] = _c


def weekday(ms, tz=0.0):
    """0=Monday .. 6=Sunday in the account's local time."""
    return (int((ms + tz * H - START_MS) // DAY) + START.weekday()) % 7


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def lognorm(rng, median, sigma):
    return median * math.exp(rng.gauss(0.0, sigma))


class Account:
    __slots__ = ("account_id", "org_id", "keys", "kind", "campaign", "created_ms", "country",
                 "payment", "email_domain", "verified", "tz", "region", "ua", "ip", "models",
                 "models_new", "switch_ms", "x")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))
        if self.x is None:
            self.x = {}


class World:
    """Holds the rng, allocators, corpora and every event emitted."""

    def __init__(self, rng, texts):
        self.rng = rng
        self.T = texts
        self.ids = Ids(rng)
        self.net = Net(rng)
        self.accounts = []
        self.ev = []   # tuples, see COLS order in gen.py (minus event_id / formatting)

    # ------------------------------------------------------------ accounts
    def account(self, kind, campaign="", *, country, created_ms, payment, email_domain, verified,
                org_id=None, tz=None, n_keys=1, ua=None, models=None, models_new=None, switch_ms=None):
        rng = self.rng
        aid = self.ids.new("acct_", 40)
        from netids import tz_of, region_of
        a = Account(account_id=aid, org_id=org_id or self.ids.new("org_", 40),
                    keys=[self.ids.new("key_", 48) for _ in range(n_keys)], kind=kind, campaign=campaign,
                    created_ms=int(created_ms), country=country, payment=payment, email_domain=email_domain,
                    verified=verified, tz=tz if tz is not None else tz_of(rng, country),
                    region=region_of(country), ua=ua, models=models or [("lumen-4-mini", 1)],
                    models_new=models_new, switch_ms=switch_ms)
        self.accounts.append(a)
        return a

    def model(self, a, ts):
        if a.models_new and a.switch_ms is not None and ts >= a.switch_ms:
            mix = a.models_new
        else:
            mix = a.models
        if len(mix) == 1:
            return mix[0][0]
        r = self.rng.random() * sum(w for _, w in mix)
        for m, w in mix:
            r -= w
            if r <= 0:
                return m
        return mix[-1][0]

    def conv_id(self):
        return "conv_" + format(self.rng.getrandbits(64), "016x")

    # ------------------------------------------------------------- timing
    def hour_ms(self, day, tz, profile):
        """A random instant on `day` (0-based, UTC day) drawn from the local-hour profile."""
        rng = self.rng
        cum = _CUM[profile]
        r = rng.random() * cum[-1]
        h = 0
        while cum[h] < r:
            h += 1
        return int(START_MS + day * DAY + (h - tz) * H + rng.random() * H)

    def sessions(self, a, per_day, profile, weekend=0.6, d0=0, d1=DAYS, p_day=1.0, t0=None, t1=None):
        """Session start times: each day active with p_day, Poisson sessions per active day."""
        rng = self.rng
        lo = max(t0 if t0 is not None else START_MS, a.created_ms)
        hi = min(t1 if t1 is not None else END_MS, END_MS)
        out = []
        for d in range(d0, d1):
            if rng.random() > p_day:
                continue
            wk = weekday(START_MS + d * DAY + 12 * H, a.tz) >= 5
            for _ in range(poisson(rng, per_day * (weekend if wk else 1.0))):
                t = self.hour_ms(d, a.tz, profile)
                if lo <= t < hi:
                    out.append(t)
        out.sort()
        return out

    # ------------------------------------------------------------ exchange
    def x(self, a, ts, *, model, prompt, ip, ua, system=None, turn=None, conv=None, key=None,
          ctx_tok=0, out_med=350.0, out_sig=0.75, max_tokens=None, temperature=None, n=None, tools=None,
          rf=None, p_tool=0.0, p_filter=0.0, p429=0.002, p5xx=0.0015, out_tok=None, finish=None):
        """Record one API exchange and return its (approximate) duration in ms."""
        if ts < START_MS or ts >= END_MS:
            return 0
        rng = self.rng
        status, fin, itok, otok = 200, None, None, None
        r = rng.random()
        if r < p429:
            status = 429
        elif r < p429 + p5xx:
            status = rng.choice((500, 503, 503, 529))
        else:
            itok = int((len(prompt) + (len(system) if system else 0)) / rng.uniform(3.6, 4.2)) + ctx_tok + 8
            if tools:
                itok += tools * rng.randint(120, 220)
            cap = max_tokens or MODEL_CAP.get(model.split("-2026")[0].split("-2025")[0], 8192)
            if finish:
                fin, otok = finish, out_tok if out_tok is not None else int(lognorm(rng, out_med, out_sig))
            elif p_filter and rng.random() < p_filter:
                fin, otok = "content_filter", rng.randint(0, 60)
            elif tools and rng.random() < p_tool:
                fin, otok = "tool_calls", int(lognorm(rng, 85, 0.6)) + 12
            else:
                o = out_tok if out_tok is not None else lognorm(rng, out_med, out_sig)
                o *= MODEL_OUT.get(model, 1.0)
                o = max(1, int(o))
                if o >= cap:
                    o, fin = cap, "length"
                else:
                    fin = "stop"
                otok = o
            if n and n > 1:
                otok = sum(min(cap, max(1, int(otok * rng.uniform(0.7, 1.3)))) for _ in range(n))
        self.ev.append((int(ts), a.account_id, a.org_id, key or a.keys[0], model, ip, ua, system, prompt,
                        turn, conv, itok, otok, max_tokens, temperature, n, tools, rf, fin, status, a.region))
        if otok:
            return int(otok * rng.uniform(12, 30)) + 300  # ~35-80 tok/s
        return 200

    def chat(self, a, t, turns, *, ip, ua, model=None, system=None, think=(25, 1.0), max_tokens=None,
             temperature=None, n=None, tools=None, rf=None, key=None, p_tool=0.0, out_scale=1.0, **kw):
        """A multi-turn conversation. turns: list of (user_text, reply_chars|None).
        ip/ua may be callables taking (ts) for per-request rotation. Returns end time."""
        rng = self.rng
        conv = self.conv_id()
        hist = 0
        m = model or self.model(a, t)
        for i, (u, rep) in enumerate(turns):
            if t >= END_MS:
                break
            med = (rep / 3.9 if rep else 350.0) * out_scale
            d = self.x(a, t, model=m, prompt=u, system=system, turn=i, conv=conv, key=key,
                       ip=ip(t) if callable(ip) else ip, ua=ua(t) if callable(ua) else ua,
                       ctx_tok=hist, out_med=max(5.0, med), out_sig=0.25 if rep else 0.8,
                       max_tokens=max_tokens, temperature=temperature, n=n, tools=tools, rf=rf,
                       p_tool=p_tool, **kw)
            hist += int((len(u) + (rep or 1400)) / 3.9)
            t += d + int(lognorm(rng, think[0] * S, think[1]))
        return t
