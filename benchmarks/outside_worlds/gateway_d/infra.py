"""Shared machinery of the gateway world: clock, models, countries, networks,
user agents, ids and the Ctx that collects orgs, accounts and raw events.

Raw events are small dicts with short keys; gen.py turns them into contract rows.
"""
import math
import numpy as np
from datetime import datetime, timezone

import worldtext as W

DAY = 86400.0
T0 = datetime(2026, 9, 7, tzinfo=timezone.utc).timestamp()   # Monday
NDAYS = 21
T1 = T0 + NDAYS * DAY
RELEASE = T0 + 11 * DAY + 3600          # day 12 (2026-09-18) 01:00 UTC: meridian-pro-3
WEEKDAY0 = 0

M = dict(a_mini="meridian-mini-2", a_pro="meridian-pro-2", a_new="meridian-pro-3",
         b_mini="kestrel-lite-1.5", b_pro="kestrel-max-1.5")
PROVIDER = {"meridian": "meridian", "kestrel": "kestrel"}
DATED = {"meridian-mini-2": "meridian-mini-2-2026-05-14", "meridian-pro-2": "meridian-pro-2-2026-05-14",
         "meridian-pro-3": "meridian-pro-3-2026-09-18", "kestrel-lite-1.5": "kestrel-lite-1.5-0820",
         "kestrel-max-1.5": "kestrel-max-1.5-0820"}

pick = W.pick

# --------------------------------------------------------------------------
# countries: utc offset in September, gateway region, language mix, ISP /16s,
# mobile carriers (CGNAT IPv4 /16 and IPv6 /32)
# --------------------------------------------------------------------------
C = {
 "SG": (8, "ap", [("en", .85), ("zh", .15)], ["116.14", "116.15", "118.200", "119.56", "175.156", "202.156", "27.125", "42.60"], [("111.65", "2406:3003"), ("118.189", "2406:3000")]),
 "MY": (8, "ap", [("en", .6), ("zh", .2), ("id", .2)], ["175.139", "60.50", "115.132", "113.210", "1.32"], [("175.143", "2001:e68"), ("115.164", "2001:d08")]),
 "ID": (7, "ap", [("id", .75), ("en", .25)], ["36.68", "36.72", "114.124", "180.244", "182.253", "110.136", "125.160"], [("114.125", "2001:448a"), ("114.4", "2001:4458")]),
 "VN": (7, "ap", [("vi", .8), ("en", .2)], ["14.160", "14.176", "113.160", "171.224", "27.72", "116.96", "42.112"], [("27.64", "2402:800"), ("113.185", "2405:4802")]),
 "TH": (7, "ap", [("en", 1.0)], ["171.96", "49.228", "124.120", "58.8", "110.164"], [("49.230", "2001:44c8")]),
 "PH": (8, "ap", [("en", 1.0)], ["112.198", "49.145", "120.28", "122.52", "175.176"], [("112.210", "2001:4454")]),
 "TW": (8, "ap", [("zh", .75), ("en", .25)], ["1.160", "114.32", "36.224", "61.216", "118.160", "220.128"], [("223.140", "2001:b400")]),
 "HK": (8, "ap", [("zh", .6), ("en", .4)], ["112.118", "14.0", "42.2", "58.152", "219.76"], [("223.104", "2001:e10")]),
 "JP": (9, "ap", [("ja", .8), ("en", .2)], ["126.0", "126.100", "60.64", "153.240", "180.0", "219.100", "114.160", "106.128"], [("1.66", "2001:268"), ("49.98", "2001:240"), ("126.204", "2400:2200")]),
 "KR": (9, "ap", [("ko", .85), ("en", .15)], ["121.128", "175.192", "211.36", "1.224", "58.120", "118.32", "222.96"], [("223.38", "2001:2d8"), ("39.7", "2001:e60"), ("106.101", "2001:4430")]),
 "AU": (10, "ap", [("en", 1.0)], ["1.128", "101.160", "110.20", "120.144", "124.168", "49.176"], [("1.144", "2001:8004"), ("49.195", "2001:8003")]),
 "IN": (5.5, "ap", [("en", 1.0)], ["49.36", "103.21", "117.192", "122.160", "157.32", "182.64"], [("49.37", "2409:4000"), ("106.210", "2401:4900")]),
 "DE": (2, "eu", [("de", .6), ("en", .4)], ["84.128", "87.160", "91.0", "93.192", "79.192", "178.0", "217.80", "95.112"], [("80.187", "2a01:598"), ("46.114", "2a02:3037")]),
 "FR": (2, "eu", [("fr", .65), ("en", .35)], ["90.0", "86.192", "82.64", "109.208", "176.128", "92.184", "2.0"], [("92.184", "2a01:cb00"), ("37.168", "2a04:cec0")]),
 "NL": (2, "eu", [("en", .9), ("de", .1)], ["84.80", "77.160", "62.45", "145.53", "83.80"], [("31.20", "2a02:a440")]),
 "GB": (1, "eu", [("en", 1.0)], ["86.128", "81.96", "90.192", "109.144", "2.96", "31.48"], [("80.76", "2a00:23c8"), ("82.132", "2a01:4b00")]),
 "PL": (2, "eu", [("en", 1.0)], ["83.0", "89.64", "178.36"], [("37.47", "2a00:f41")]),
 "ES": (2, "eu", [("en", .8), ("fr", .2)], ["83.32", "88.0", "79.144"], [("37.14", "2a0c:5a80")]),
}
CC_W = {"SG": 9, "MY": 5, "ID": 9, "VN": 8, "TH": 3, "PH": 4, "TW": 5, "HK": 4, "JP": 11, "KR": 9, "AU": 6, "IN": 5,
        "DE": 9, "FR": 7, "NL": 3, "GB": 6, "PL": 2, "ES": 2}
CCS = list(CC_W)
CCP = np.array([CC_W[c] for c in CCS], float); CCP /= CCP.sum()


def tz(cc): return C[cc][0]
def region(cc): return C[cc][1]


def lang_of(rng, cc):
    ls = C[cc][2]
    x = rng.random(); acc = 0.0
    for l, w in ls:
        acc += w
        if x < acc:
            return l
    return ls[-1][0]


def country(rng, restrict=None):
    if restrict:
        return pick(rng, restrict)
    return CCS[int(rng.choice(len(CCS), p=CCP))]


# --------------------------------------------------------------------------
# networks
# --------------------------------------------------------------------------
CLOUD = {
 "aws-sg": ["13.212", "13.228", "18.136", "52.74", "54.251", "3.0"], "aws-tokyo": ["13.112", "18.176", "35.72", "52.68", "54.64"],
 "aws-fra": ["3.120", "18.184", "35.156", "52.57"], "gcp-tw": ["35.194", "34.80", "104.199"], "gcp-tokyo": ["34.84", "35.200", "34.146"],
 "gcp-eu": ["34.76", "35.205"], "azure-sea": ["20.195", "52.187", "13.76"], "azure-weu": ["20.61", "52.166"],
 "cf-workers": ["104.28", "172.71"], "vercel": ["76.76", "64.29"],
}
HOSTING = {
 "vultr-sg": ["45.76", "139.180", "207.148"], "do-sg": ["128.199", "159.89", "188.166", "206.189"], "hetzner": ["95.216", "65.108", "5.161", "116.203"],
 "ovh-sg": ["139.99", "15.235"], "ali-hk": ["47.242", "47.243", "8.210"], "tencent": ["43.128", "43.155"], "linode-jp": ["139.162", "172.104"],
}
HOSTING6 = {"hetzner": "2a01:4f8", "vultr": "2401:c080", "linode": "2400:8902", "ovh": "2402:1f00", "do": "2400:6180"}


def v4(rng, p16):
    return f"{p16}.{int(rng.integers(0, 256))}.{int(rng.integers(1, 255))}"


def v4_in(rng, blocks):
    return v4(rng, pick(rng, blocks))


def v6(prefix_groups, rng, fixed_tail=None):
    """prefix_groups like '2001:268:9a1c:4e00' (4 groups = a /64); random interface id."""
    g = prefix_groups.split(":")
    while len(g) < 4:
        g.append(format(int(rng.integers(0, 65536)), "x"))
    iid = fixed_tail or ":".join(format(int(x), "x") for x in rng.integers(0, 65536, 4))
    s = ":".join(g[:4]) + ":" + iid
    return s


def resid(rng, cc):
    return v4_in(rng, C[cc][3])


def cgnat(rng, cc, carrier=None):
    car = C[cc][4][carrier if carrier is not None else int(rng.integers(len(C[cc][4])))]
    third = int(rng.integers(0, 4)) * 37 + 11      # a carrier NATs a region's phones behind a few /24s
    return f"{car[0]}.{third}.{int(rng.integers(1, 255))}"


def mobile6(rng, cc, carrier=None):
    car = C[cc][4][carrier if carrier is not None else int(rng.integers(len(C[cc][4])))]
    base = car[1]
    ng = len(base.split(":"))
    extra = [format(int(rng.integers(0, 65536)), "x") for _ in range(4 - ng)]
    return v6(":".join([base] + extra), rng)


def cloud_ip(rng, where):
    return v4_in(rng, CLOUD[where])


def hosting_ip(rng, where):
    return v4_in(rng, HOSTING[where])


class HomeNet:
    """A household: dynamic IPv4 that changes every few days, plus a phone."""
    def __init__(self, rng, cc, v6_share=0.25):
        self.cc = cc
        self.block = pick(rng, C[cc][3])
        self.period = float(rng.uniform(2, 12))
        self.phase = float(rng.uniform(0, self.period))
        self.carrier = int(rng.integers(len(C[cc][4])))
        self.v6home = rng.random() < v6_share
        self.seed = int(rng.integers(1 << 30))

    def at(self, rng, t, mobile_p=0.15):
        if rng.random() < mobile_p:
            return mobile6(rng, self.cc, self.carrier) if rng.random() < 0.5 else cgnat(rng, self.cc, self.carrier)
        k = int(((t - T0) / DAY + self.phase) / self.period)
        r = np.random.default_rng([self.seed, k])
        if self.v6home:
            base = C[self.cc][4][self.carrier][1]
            g = base.split(":")
            g += [format(int(x), "x") for x in r.integers(0, 65536, 4 - len(g))]
            return v6(":".join(g), r)
        return v4(r, self.block)


# --------------------------------------------------------------------------
# user agents
# --------------------------------------------------------------------------
SDK_UA = ["OpenAI/Python 1.54.4", "OpenAI/Python 1.51.2", "AsyncOpenAI/Python 1.54.3", "OpenAI/Python 1.47.0", "OpenAI/JS 4.73.0",
          "OpenAI/JS 4.67.3", "python-httpx/0.27.2", "python-requests/2.32.3", "axios/1.7.7", "Go-http-client/2.0", "litellm/1.52.9", "curl/8.7.1"]
BROWSER_UA = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
              "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36"]
DESKTOP_UA = ["ChatBox/1.9.1 (Macintosh; macOS 15.1)", "ChatBox/1.8.6 (Windows NT 10.0)", "CherryStudio/0.9.4", "BoltAI/1.28 (macOS 15.0)", "Msty/1.3.2"]
MOBILE_UA = ["ChatBox/1.9.1 (iPhone; iOS 18.1)", "ChatBox/1.9.0 (Android 14)", "Dart/3.5 (dart:io)", "okhttp/4.12.0",
             "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
             "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
             "PalChat/2.4 CFNetwork/1568.100.1 Darwin/24.0.0"]
AGENT_UA = {"cline": "Cline/3.2.5", "aider": "litellm/1.52.9", "openhands": "OpenHands/0.14.2 litellm/1.52.9", "crewai": "OpenAI/Python 1.54.4",
            "langgraph": "langchain-openai/0.2.9 OpenAI/Python 1.54.4", "autogen": "AsyncOpenAI/Python 1.54.3"}

# --------------------------------------------------------------------------
# activity profiles (weights for local hours 0..23)
# --------------------------------------------------------------------------
_P = {
 "consumer": [3, 2, 1.2, .7, .5, .5, .8, 1.5, 2.2, 2.6, 2.8, 3, 3.4, 3.2, 3, 3, 3.2, 3.5, 4, 4.6, 5.2, 5.6, 5.2, 4.2],
 "work": [.2, .1, .1, .1, .1, .2, .5, 1.5, 4, 6, 6.5, 6, 4, 5.5, 6.5, 6.5, 6, 5, 3, 1.5, 1, .8, .6, .4],
 "student": [1.5, .8, .3, .1, .1, .1, .3, .8, 1, 1, 1, 1.2, 1.5, 1.5, 1.5, 2, 3, 3.5, 3.5, 4.5, 6, 6.5, 5.5, 3.5],
 "dev": [1.5, 1, .6, .3, .2, .2, .3, .8, 2, 4, 5, 5, 4, 4.5, 5, 5, 4.8, 4, 3, 2.6, 2.8, 3, 2.6, 2],
 "night": [6, 10, 10, 9, 7, 3, 1, .3, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .3, 1, 3],
 "flat": [1] * 24,
 "shift": [3, 3, 3, 3, 3, 2.5, 2, 2, 3, 3.5, 3.5, 3.5, 3, 3.5, 3.5, 3.5, 3.5, 3.5, 3, 3, 3, 3, 3, 3],
}
PROF = {k: np.array(v, float) / sum(v) for k, v in _P.items()}


def starts(rng, n, tzh, prof="consumer", lo=0.0, hi=NDAYS, weekend=1.0, boost=None):
    """n session start times (UTC epoch s, sorted) in local-time profile, days [lo, hi)."""
    lo = max(0.0, lo); hi = min(float(NDAYS), hi)
    if n <= 0 or hi <= lo:
        return np.zeros(0)
    days = np.arange(int(math.floor(lo)), int(math.ceil(hi)))
    w = np.ones(len(days))
    w[(WEEKDAY0 + days) % 7 >= 5] *= weekend
    if boost:
        for d, f in boost:
            w[days == d] *= f
    d = rng.choice(days, size=n, p=w / w.sum())
    h = rng.choice(24, size=n, p=PROF[prof] if isinstance(prof, str) else prof)
    t = T0 + d * DAY + h * 3600.0 + rng.random(n) * 3600.0 - tzh * 3600.0
    t = np.where(t < T0 + lo * DAY, t + DAY, t)
    t = np.where(t >= T0 + hi * DAY, t - DAY, t)
    t = t[(t >= T0 + lo * DAY) & (t < T0 + hi * DAY)]
    return np.sort(t)


def lognorm_int(rng, median, sigma, lo=1, hi=10 ** 7):
    return int(min(hi, max(lo, round(median * math.exp(sigma * rng.standard_normal())))))


def model_at(rng, t, base, new_share=0.0, lag_h=0.0, ramp_h=24.0):
    """base: list of (model_key, weight). After RELEASE+lag, a growing share moves to a_new."""
    if new_share > 0 and t > RELEASE + lag_h * 3600:
        f = new_share * min(1.0, (t - RELEASE - lag_h * 3600) / max(1.0, ramp_h * 3600))
        if rng.random() < f:
            return M["a_new"]
    ks = [k for k, _ in base]; ws = np.array([w for _, w in base], float)
    return M[ks[int(rng.choice(len(ks), p=ws / ws.sum()))]]


def ntok(s):
    if not s:
        return 0
    n = len(s)
    if s.isascii():
        return n // 4 + 1
    nb = len(s.encode("utf-8"))
    wide = (nb - n) // 2
    return int((n - wide) / 4 + wide * 0.8) + 1


# --------------------------------------------------------------------------
# the collecting context
# --------------------------------------------------------------------------
B36 = np.array(list("0123456789abcdefghijklmnopqrstuvwxyz"))


class Ctx:
    def __init__(self, seed, text):
        self.seed = seed
        self.tx = text
        self.orgs, self.accounts, self.events = [], [], []
        self._ids = set()
        self._idr = np.random.default_rng([seed, 7777])

    def rng(self, k):
        return np.random.default_rng([self.seed, k])

    def uid(self, prefix, n=12):
        while True:
            s = prefix + "".join(B36[self._idr.integers(0, 36, n)])
            if s not in self._ids:
                self._ids.add(s)
                return s

    def pay(self):
        return "pf_" + self._idr.bytes(8).hex()

    def org(self, kind, cc, name=None, personal=False, **policy):
        pol = dict(log_system=0.8, log_response=False, conv_ids=False, model_style="plain", key_p=0.93,
                   org_p=0.97, ts_fmt=None, redact=False, extras=True)
        pol.update(policy)
        o = dict(id=self.uid("org_", 10), kind=kind, cc=cc, name=name, personal=personal, region=region(cc), pol=pol)
        self.orgs.append(o)
        return o

    def account(self, org, kind, campaign="", created=None, cc=None, email=None, pay=None, verified=None,
                nkeys=1, in_table=True):
        a = dict(id=self.uid("acct_", 12), org=org, kind=kind, campaign=campaign, created=created,
                 cc=cc or org["cc"], email=email, pay=pay, verified=verified, in_table=in_table,
                 keys=[self.uid("key_", 10) for _ in range(max(1, nkeys))], n=0)
        self.accounts.append(a)
        return a

    def emit(self, a, t, model, prompt, **kw):
        if t < T0 or t >= T1:
            return
        kw.update(a=a, t=float(t), m=model, p=prompt)
        a["n"] += 1
        self.events.append(kw)

    def convo(self, rng, a, t, turns, model, ip, ua, system=None, gap=(4.0, 0.9), conv=True, out=(5.5, 0.8),
              maxtok=None, temp=None, n=None, tools=None, rf=None, key=None, rk="generic", err=0.006, gen_speed=70.0,
              tool_fin=False):
        """Emit one conversation; turns = list of dicts {p, r?, o?, f?, rk?}. ip/model may be callables of t."""
        cid = self.uid("conv_", 16) if conv else None
        hist = ntok(system) + (tools or 0) * 140
        key = key or a["keys"][int(rng.integers(len(a["keys"])))]
        for i, tu in enumerate(turns):
            p = tu["p"]
            pt = ntok(p)
            o = tu.get("o") or lognorm_int(rng, math.exp(out[0]), out[1], 1, 60000)
            f = tu.get("f") or ("tool_calls" if tool_fin and i < len(turns) - 1 else "stop")
            mx = tu.get("max", maxtok)
            if mx and o >= mx:
                o, f = mx, "length"
            m = model(t) if callable(model) else model
            ipx = ip(t) if callable(ip) else ip
            inp = hist + pt
            status = 200
            if rng.random() < err:
                x = rng.random()
                status = 429 if x < 0.6 else (500 if x < 0.75 else (503 if x < 0.88 else 400))
                self.emit(a, t, m, p, s=system, ip=ipx, ua=ua, turn=i, cid=cid, it=inp, ot=0, mx=mx, temp=temp, n=n,
                          tools=tools, rf=rf, fin=None, st=status, k=key, r=None, rk=None)
                t += float(rng.uniform(1, 8)) * (3 if status == 429 else 1)
                if status == 400:
                    return t
            self.emit(a, t, m, p, s=system, ip=ipx, ua=ua, turn=i, cid=cid, it=inp, ot=o, mx=mx, temp=temp, n=n,
                      tools=tools, rf=rf, fin=f, st=200, k=key, r=tu.get("r"), rk=tu.get("rk", rk))
            hist = inp + o
            t += o / gen_speed + math.exp(gap[0] + gap[1] * rng.standard_normal())
        return t
