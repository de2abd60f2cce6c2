#!/usr/bin/env python3
"""provider_j synthetic traffic world.  venv/bin/python gen.py --seed N --out DIR

Writes DIR/events/**.parquet, DIR/accounts.csv, DIR/truth.csv, DIR/expected_ingest.json.
Deterministic per seed.  See DESIGN.md.
"""
import argparse
import csv
import hashlib
import ipaddress
import json
import math
import os
import random
import shutil
import time
from datetime import datetime, timedelta, timezone

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

import banks as B
import sources

UTC = timezone.utc
START = datetime(2026, 3, 2, tzinfo=UTC)           # day 1 (Monday)
T0 = int(START.timestamp() * 1000)
HOUR, DAY = 3_600_000, 86_400_000
NDAYS = 25
END = T0 + NDAYS * DAY
REL_J4 = T0 + 8 * DAY + 17 * HOUR                   # day 9, 17:00Z: flagship j4
REL_FAST = T0 + 16 * DAY + 16 * HOUR                # day 17, 16:00Z: j4-fast

ALIASES = {"j3": "j3-2025-11-04", "j3-mini": "j3-mini-2025-09-22", "j3.5-reason": "j3.5-reason-2026-01-15",
           "j4": "j4-2026-03-10", "j4-fast": "j4-fast-2026-03-18", "j-embed-2": "j-embed-2"}

COUNTRIES = [("US", -5, 25), ("IN", 5.5, 8), ("GB", 0, 6), ("DE", 1, 5), ("FR", 1, 3), ("BR", -3, 5), ("JP", 9, 4),
             ("KR", 9, 3), ("CA", -5, 3), ("AU", 10, 2), ("ES", 1, 2), ("IT", 1, 2), ("NL", 1, 2), ("SG", 8, 2),
             ("ID", 7, 3), ("VN", 7, 2), ("MX", -6, 2), ("PL", 1, 2), ("TR", 3, 2), ("NG", 1, 2), ("PH", 8, 2),
             ("SE", 1, 1), ("CH", 1, 1), ("IL", 2, 1), ("AE", 4, 1), ("HK", 8, 1), ("TW", 8, 1), ("MY", 8, 1),
             ("UA", 2, 1), ("EG", 2, 1), ("ZA", 2, 1), ("AR", -3, 1), ("CO", -5, 1)]
CTZ = {c: tz for c, tz, _ in COUNTRIES}

PROF = {
    "human": [1, .6, .4, .3, .3, .4, .8, 1.5, 2.2, 2.8, 3, 3, 2.8, 2.9, 3, 3, 2.9, 2.7, 2.6, 2.8, 3, 2.8, 2.2, 1.5],
    "business": [.2, .1, .1, .1, .1, .2, .5, 1.5, 3.5, 4.5, 4.5, 4, 3, 4, 4.5, 4.3, 3.8, 2.5, 1.2, .7, .5, .4, .3, .2],
    "evening": [1.5, .8, .3, .2, .1, .1, .3, .8, 1, 1, 1, 1.2, 1.5, 1.5, 1.6, 2, 2.6, 3, 3.2, 3.6, 4, 4, 3.5, 2.5],
    "flat": [1] * 24,
    "night_batch": [3, 4, 4, 3, 1, .2, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .2, .5, 1.5],
}
for k, v in PROF.items():
    s = sum(v)
    PROF[k] = np.array(v) / s

APP_UA = ["ProviderJ/5.3.1 (iPhone; iOS 18.3.1; Scale/3.00)", "ProviderJ/5.3.0 (iPad; iOS 17.7)",
          "ProviderJ-Android/5.3.2 (Pixel 8; Android 15)", "ProviderJ-Android/5.2.9 (SM-S918B; Android 14)",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
          "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
          "ProviderJ-Desktop/1.8.0 (Macintosh; arm64)"]
SDK_UA = ["providerj-python/1.42.0", "providerj-python/1.41.2", "providerj-python/1.38.0", "providerj-node/4.8.2",
          "providerj-node/4.7.0", "python-requests/2.32.3", "curl/8.5.0", "Go-http-client/2.0", "okhttp/4.12.0",
          "langchain-providerj/0.3.4 providerj-python/1.42.0", "litellm/1.55.2", "python-httpx/0.28.1",
          "axios/1.7.9", "Java-http-client/21.0.2", "PostmanRuntime/7.43.0"]
AGENT_UA = ["j-code-cli/0.9.3 (darwin; arm64)", "j-code-cli/0.9.3 (linux; x64)", "j-code-cli/0.8.7 (win32; x64)",
            "Cursor/0.45.11", "Continue/0.9.250 (vscode)", "aider/0.70.0 providerj-python/1.42.0",
            "Cline/3.2.0 (vscode)", "Zed/0.170.2"]
DISPOSABLE = ["mailinator.com", "tempmail.dev", "10minutemail.net", "guerrillamail.com", "sharklasers.com",
              "yopmail.com", "trashmail.io", "dropmail.me"]
FREEMAIL = ["gmail.com"] * 10 + ["outlook.com"] * 3 + ["yahoo.com"] * 2 + ["icloud.com"] * 2 + \
           ["hotmail.com", "proton.me", "gmx.de", "naver.com", "yandex.ru", "mail.ru", "web.de", "qq.com", "163.com"]
REGIONS = ["us-east", "us-west", "eu-central", "eu-west", "ap-southeast", "ap-northeast"]


def is_public(a, b):
    return not (a in (0, 10, 100, 127) or a >= 224 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168)
                or (a == 169 and b == 254) or (a == 198 and b in (18, 19)))


class World:
    def __init__(self, seed):
        self.seed = seed
        self.r = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.accounts = []
        self.rows = []
        self.used_ids = set()
        r = self.r
        self.cw = [w for _, _, w in COUNTRIES]
        self.cn = [c for c, _, _ in COUNTRIES]
        used16 = set()

        def new16():
            while True:
                a, b = r.randint(1, 223), r.randint(0, 255)
                if is_public(a, b) and (a, b) not in used16:
                    used16.add((a, b))
                    return (a, b)
        self.res16 = {c: [new16() for _ in range(4)] for c in self.cn}
        self.cloud16 = {p: [new16() for _ in range(3)] for p in ("cloudA", "cloudB", "cloudC", "hostD")}
        self.mobile = {c: [self.res_ip(c) for _ in range(12)] for c in self.cn}   # carrier CGNAT egress
        self.vpn = [self.cloud_ip("hostD") for _ in range(70)]                      # commercial VPN exits
        self.resproxy = [self.res_ip(r.choices(self.cn, self.cw)[0]) for _ in range(3000)]

    # ------------------------------------------------------------ helpers
    def hid(self, prefix, n=10):
        while True:
            s = prefix + "%0*x" % (n, self.r.getrandbits(4 * n))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def res_ip(self, c):
        a, b = self.r.choice(self.res16[c])
        return f"{a}.{b}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def res_ip6(self):
        return ipaddress.IPv6Address((0x2a02 << 112) | (self.r.getrandbits(48) << 64) | self.r.getrandbits(16)).compressed

    def cloud_ip(self, p, sub=None):
        a, b = self.r.choice(self.cloud16[p])
        c = sub if sub is not None else self.r.randint(0, 255)
        return f"{a}.{b}.{c}.{self.r.randint(1, 254)}"

    def country(self):
        return self.r.choices(self.cn, self.cw)[0]

    def fp(self):
        return "pf_" + hashlib.sha1(str(self.r.getrandbits(64)).encode()).hexdigest()[:16]

    def account(self, kind, campaign="", *, created, country=None, fp=None, email=None, verified=False,
                org="", channel="self_serve", tz=None, **kw):
        c = country or self.country()
        a = dict(account_id=self.hid("acct_"), created_at=int(created), declared_country=c,
                 payment_fingerprint=self.fp() if fp is None else fp,
                 email_domain=email or self.r.choice(FREEMAIL), verified=verified, org_id=org,
                 signup_channel=channel, kind=kind, campaign=campaign,
                 tz=CTZ.get(c, 0) if tz is None else tz, nrows=0)
        a["keys"] = [self.hid("key_", 12) for _ in range(self.r.choice([1, 1, 1, 2, 3]))]
        a.update(kw)
        self.accounts.append(a)
        return a

    def old_created(self, lo_days=30, hi_days=900):
        return T0 - self.r.uniform(lo_days, hi_days) * DAY + self.r.uniform(0, DAY)

    # model choice ------------------------------------------------------
    def adoption(self, a, base="j3", j4_p=0.5, j4_delay=(2, 240), j4_share=(0.3, 1.0),
                 fast_p=0.2, fast_delay=(6, 120), fast_share=(0.2, 0.8), pinned_p=0.15):
        r = self.r
        a["m_base"] = base
        a["m_j4"] = REL_J4 + r.uniform(*j4_delay) * HOUR if r.random() < j4_p else None
        a["m_j4s"] = r.uniform(*j4_share)
        a["m_fast"] = REL_FAST + r.uniform(*fast_delay) * HOUR if r.random() < fast_p else None
        a["m_fasts"] = r.uniform(*fast_share)
        a["pinned"] = r.random() < pinned_p

    def model(self, a, ts):
        r = self.r
        m = a.get("m_base", "j3")
        if a.get("m_j4") and ts >= a["m_j4"]:
            ramp = min(1.0, (ts - a["m_j4"]) / (a.get("m_ramp", 24) * HOUR + 1))
            if r.random() < a["m_j4s"] * (0.4 + 0.6 * ramp):
                m = "j4"
        if a.get("m_fast") and ts >= a["m_fast"] and r.random() < a["m_fasts"]:
            m = "j4-fast"
        return ALIASES[m] if a.get("pinned") else m

    # time sampling -----------------------------------------------------
    def ts_in_day(self, a, day, prof="human"):
        h = int(self.np.choice(24, p=PROF[prof]))
        t = T0 + day * DAY + int((h - a["tz"]) * HOUR) + self.r.randint(0, HOUR - 1)
        return t

    def day_weights(self, a, weekend=1.0, start=T0, end=END):
        w = []
        for d in range(NDAYS):
            ds = T0 + d * DAY
            if ds + DAY <= start or ds >= end:
                w.append(0.0)
                continue
            wd = (START + timedelta(days=d)).weekday()
            w.append(weekend if wd >= 5 else 1.0)
        return w

    def session_starts(self, a, per_day, prof="human", weekend=1.0, start=None, end=END, day_mult=None):
        start = max(start or T0, a["created_at"])
        out = []
        w = self.day_weights(a, weekend, start, end)
        for d in range(NDAYS):
            if not w[d]:
                continue
            lam = per_day * w[d] * (day_mult[d] if day_mult else 1.0)
            k = self.np.poisson(lam) if lam > 0 else 0
            for _ in range(k):
                t = self.ts_in_day(a, d, prof)
                if start <= t < end:
                    out.append(t)
        out.sort()
        return out

    # emission ----------------------------------------------------------
    def emit(self, a, ts, prompt, *, model=None, system=None, turn=None, conv=None, ip=None, ua=None,
             in_tok=None, out_tok=None, max_tokens=None, temperature=None, n=None, tools=None, rf=None,
             finish=None, status=200, key=True, channel=None, cap=None):
        r = self.r
        if ts < T0 or ts >= END or ts < a["created_at"]:
            return
        if model is None:
            model = self.model(a, ts)
        if model.startswith("j4-fast") and ts < REL_FAST:       # nothing can call a model before its release
            model = "j4" if ts >= REL_J4 else "j3"
        elif model.startswith("j4") and ts < REL_J4:
            model = "j3"
        if in_tok is None:
            in_tok = int((len(prompt) + len(system or "")) / 3.7) + r.randint(5, 30)
        if out_tok is None:
            out_tok = int(r.lognormvariate(5.6, 0.8))
        if status == 200:
            u = r.random()
            if u < a.get("p429", 0.004):
                status = 429
            elif model.startswith("j4") and not model.startswith("j4-fast") and REL_J4 <= ts < REL_J4 + 5 * HOUR and u < 0.07:
                status = 503
            elif u > 0.9975:
                status = r.choice([500, 400, 502])
        if status != 200:
            out_tok, finish = 0, None
        else:
            if max_tokens and out_tok >= max_tokens:
                out_tok, finish = max_tokens, "length"
            if finish is None:
                finish = "stop"
        if model.startswith("j-embed"):
            out_tok, finish = 0, None
        self.rows.append(dict(
            timestamp=int(ts), account_id=a["account_id"], org_id=a["org_id"] or None,
            api_key_id=(r.choice(a["keys"]) if key else None), model=model, ip=ip, user_agent=ua, system=system,
            prompt=prompt, turn=turn, conversation_id=conv, input_tokens=int(in_tok), output_tokens=int(out_tok),
            max_tokens=max_tokens, temperature=temperature, n=n, tools=tools, response_format=rf,
            finish_reason=finish, status=status, response=None,
            _ch=channel or ("app" if a.get("app") else "api")))
        a["nrows"] += 1

    def conversation(self, a, t, turns, gap=(20, 240), history_tok=True, conv_id=True, **kw):
        """Emit a multi-turn conversation; kw passed to emit (callables are evaluated per turn)."""
        r = self.r
        cid = self.hid("conv_", 16) if conv_id else None
        hist = 0
        sys_len = len(kw.get("system") or "")
        for i, p in enumerate(turns):
            args = {k: (v() if callable(v) else v) for k, v in kw.items()}
            intok = int((len(p) + sys_len) / 3.7) + hist + r.randint(5, 30)
            out = args.pop("out_tok", None)
            if out is None:
                out = int(r.lognormvariate(5.6, 0.8))
            self.emit(a, t, p, turn=i if conv_id else None, conv=cid, in_tok=intok, out_tok=out, **args)
            if history_tok:
                hist += int(len(p) / 3.7) + out
            t += int(r.uniform(*gap) * 1000)


# =================================================================== benign
def benign(w, S):
    r = w.r
    convs, replies, D = S["convs"], S["replies"], S["shared"]

    def sg_conv(maxt=6):
        c = r.choice(convs)
        return c[:r.randint(1, min(maxt, len(c)))]

    def first_prompt():
        u = r.random()
        if u < 0.7:
            return r.choice(convs)[0]
        if u < 0.8:
            return r.choice(D["lottery"])
        if u < 0.9:
            return r.choice(D["arena1"])
        return r.choice(D["oasst_convs"])[0]

    def home_ips(a, n=2):
        ips = [w.res_ip(a["declared_country"]) for _ in range(n)]
        if r.random() < 0.3:
            ips.append(w.res_ip6())
        if r.random() < 0.4:
            ips.append(r.choice(w.mobile[a["declared_country"]]))
        if r.random() < 0.08:           # privacy-minded: commercial VPN exits
            ips = r.sample(w.vpn, 3) + ips[:1]
        return ips

    # ---- consumer app ------------------------------------------------
    fam_fp = {}
    def app_user(kind, n, rate, maxt, channel="consumer_app", prof="human", prompt_fn=None, reason_p=0.0):
        for i in range(n):
            newbie = r.random() < 0.08
            created = T0 + r.uniform(0, NDAYS - 1) * DAY if newbie else w.old_created(5, 700)
            if newbie and r.random() < 0.5:
                created = REL_J4 + r.uniform(-2, 60) * HOUR   # launch-day sign-up surge
            fp = None
            if r.random() < 0.06:   # family / shared card
                key = r.randint(0, n // 12)
                fp = fam_fp.setdefault((kind, key), w.fp())
            a = w.account(kind, created=created, fp=fp, verified=r.random() < 0.1, channel=channel, app=True,
                          email=r.choice(FREEMAIL) if kind != "app_student" else r.choice(["gmail.com", "outlook.com", "student.hsu.edu", "mail.uni-lyon.fr", "st.keio.ac.jp"]))
            ips = home_ips(a)
            uas = r.sample(APP_UA, r.choice([1, 1, 2]))
            w.adoption(a, base="j3", j4_p=1.0, j4_delay=(1, 48), j4_share=(1, 1), fast_p=0.9, fast_delay=(2, 30),
                       fast_share=(0.15, 0.35), pinned_p=0)
            a["m_ramp"] = 1
            act = r.uniform(0.2, 1.0)
            mult = [1.0 if r.random() < act else 0.0 for _ in range(NDAYS)]
            for t in w.session_starts(a, rate * r.lognormvariate(0, 0.6), prof=prof, weekend=1.2, day_mult=mult):
                turns = prompt_fn() if prompt_fn else sg_conv(maxt)
                ip, ua = r.choice(ips), r.choice(uas)
                m = "j3.5-reason" if r.random() < reason_p else None
                w.conversation(a, t, turns, gap=(25, 400), ip=ip, ua=ua, tools=3, key=False, model=m)

    app_user("app_casual", S["n"]["app_casual"], 0.5, 5)
    app_user("app_power", S["n"]["app_power"], 2.8, 10, reason_p=0.15)

    def student_turns():
        a_, b_, c_ = r.randint(2, 12), r.randint(1, 30), r.randint(10, 99)
        if r.random() < 0.55:
            p = r.choice(B.STUDENT_MATH).format(a=a_, b=b_, c=c_, s=a_ + 3, p=a_ * 3)
            return [p] + (["ok but why did you divide there?"] if r.random() < 0.3 else [])
        return sg_conv(3)
    app_user("app_student", S["n"]["app_student"], 2.0, 3, channel="education", prof="evening",
             prompt_fn=student_turns, reason_p=0.1)

    # ---- self-serve API hobbyists -------------------------------------
    for i in range(S["n"]["api_hobbyist"]):
        newbie = r.random() < 0.15
        created = T0 + r.uniform(0, NDAYS - 2) * DAY if newbie else w.old_created(3, 800)
        a = w.account("api_hobbyist", created=created, verified=r.random() < 0.15)
        w.adoption(a, j4_p=0.45, j4_delay=(1, 200), fast_p=0.2)
        ips = home_ips(a)
        ua = r.choice(SDK_UA)
        sysp = r.choice(D["roles"]) if r.random() < 0.25 else None
        days = r.sample(range(NDAYS), r.randint(1, 7))
        mult = [1.0 if d in days else 0 for d in range(NDAYS)]
        for t in w.session_starts(a, r.uniform(0.5, 2.5), prof="evening", day_mult=mult):
            p = first_prompt()
            k = r.choice([1, 1, 1, 2, 3, 5])      # retries / parameter sweeps of the same prompt
            for j in range(k):
                w.emit(a, t + j * r.randint(3000, 90000), p, system=sysp, ip=r.choice(ips), ua=ua,
                       temperature=r.choice([None, 0, 0.2, 0.7, 1.0, 1.2]), max_tokens=r.choice([None, 256, 1024, 4096]))

    # ---- startups with a product on the API ----------------------------
    def product(kind, n, sys_fn, turns_fn, tools_fn, vol=(2.5, 1.0), prof="human", email_custom=True,
                ch_fn=lambda: "self_serve", j4_p=0.4, fast_p=0.35, rf=None, temp=0.7, out=(5.5, 0.7)):
        for i in range(n):
            brand = r.choice(B.BRANDS) + r.choice(["", "", " AI", " App", "ly"])
            dom = brand.lower().replace(" ", "").replace(".", "") + r.choice([".com", ".ai", ".io", ".app"])
            a = w.account(kind, created=w.old_created(20, 900), email=dom if email_custom else None,
                          verified=r.random() < 0.5, channel=ch_fn(), p429=0.01)
            w.adoption(a, j4_p=j4_p, j4_delay=(6, 300), fast_p=fast_p, base=r.choice(["j3", "j3", "j3-mini"]))
            prov = r.choice(["cloudA", "cloudB", "cloudC"])
            sub = r.randint(0, 255)
            ips = [w.cloud_ip(prov, sub) for _ in range(r.randint(1, 4))]
            ua = r.choice(SDK_UA[:5] + SDK_UA[9:12])
            sysp = sys_fn(brand)
            usetc = r.random() < 0.6
            tzc = r.choice(["US", "GB", "DE", "IN", "BR", "JP"])
            a["tz"] = CTZ[tzc]
            for t in w.session_starts(a, r.lognormvariate(*vol), prof=prof, weekend=0.8):
                w.conversation(a, t, turns_fn(), gap=(15, 200), conv_id=usetc, system=sysp, ip=lambda: r.choice(ips),
                               ua=ua, tools=tools_fn(), rf=rf, temperature=temp,
                               max_tokens=r.choice([None, 1024, 2048]))

    product("api_startup_app", S["n"]["api_startup_app"], lambda b: r.choice(B.STARTUP_PERSONAS).format(b=b),
            lambda: sg_conv(5), lambda: r.choice([0, 0, 2, 4]), vol=(0.6, 0.85),
            ch_fn=lambda: r.choice(["self_serve", "self_serve", "startup_program"]))

    def support_turns():
        k = r.randint(1, 5)
        return [r.choice(B.SUPPORT_QUERIES).format(n=r.randint(100000, 999999), m=r.randint(5, 200), c=r.choice(B.CITIES))
                for _ in range(k)]
    product("api_support_bot", S["n"]["api_support_bot"], lambda b: B.SUPPORT_SYS.format(b=r.choice(B.SUPPORT_BRANDS)),
            support_turns, lambda: r.choice([5, 6, 8]), vol=(1.4, 0.7), prof="business", j4_p=0.2, fast_p=0.5,
            out=(4.5, 0.5))

    # ---- structured-output bulk pipelines (classic false positive) ----
    for i in range(S["n"]["api_structured_etl"]):
        kind_t, tpl = r.choice(B.ETL_TEMPLATES)
        a = w.account("api_structured_etl", created=w.old_created(40, 1000), email=r.choice(["logisticsco.com", "finops-hub.io", "retailgrid.com", "datamill.eu", "ledgerline.co"]) if r.random() < 0.5 else None,
                      verified=r.random() < 0.7, p429=0.03)
        w.adoption(a, base="j3-mini", j4_p=0.1, fast_p=0.55, fast_delay=(3, 72), fast_share=(0.9, 1.0), pinned_p=0.6)
        ips = [w.cloud_ip(r.choice(["cloudA", "cloudB"])) for _ in range(2)]
        ua = r.choice(["providerj-python/1.40.1", "Go-http-client/2.0", "python-httpx/0.27.2", "Java-http-client/17.0.9"])
        hour = r.randint(0, 23)
        size = int(r.lognormvariate(3.3, 0.6))
        hourly = r.random() < 0.3
        for d in range(NDAYS):
            if (START + timedelta(days=d)).weekday() >= 5 and r.random() < 0.6:
                continue
            batches = [(h, max(1, size // 24)) for h in range(24)] if hourly else [(hour, size)]
            for h, sz in batches:
                t = T0 + d * DAY + h * HOUR + r.randint(0, 120000)
                for j in range(int(sz * r.uniform(0.7, 1.3))):
                    t += r.randint(150, 4000)
                    w.emit(a, t, tpl.format(rec=B.etl_record(r, kind_t)), ip=r.choice(ips), ua=ua, temperature=0,
                           rf="json_schema", max_tokens=r.choice([512, 1024]), out_tok=r.randint(40, 400))

    # ---- developers using coding agents ---------------------------------
    for i in range(S["n"]["api_coding_dev"]):
        a = w.account("api_coding_dev", created=w.old_created(2, 700), verified=r.random() < 0.35,
                      email=r.choice(FREEMAIL + ["fastmail.com", "hey.com"] + [f"{r.choice(B.WORDS_A)}soft.com"]))
        w.adoption(a, j4_p=0.8, j4_delay=(0.5, 72), j4_share=(0.6, 1.0), fast_p=0.3)
        lang = r.choice(B.LANGS_CODE)
        proj = B.rand_name(r)
        comps = r.sample(B.COMPONENTS, 4)
        ua = r.choice(AGENT_UA)
        ips = home_ips(a, 1) + [w.res_ip(a["declared_country"])]
        ntools = r.choice([9, 12, 14, 17])
        for t in w.session_starts(a, r.uniform(0.2, 0.9), prof="business", weekend=0.35):
            comp = r.choice(comps)
            path = f"src/{comp.split()[-1]}.{B.EXT[lang]}"
            if r.random() < 0.5:
                first = r.choice([f"in {path} the {comp} {r.choice(B.SYMPTOMS).format(exc='an error')} when {r.choice(B.CONDITIONS)}. can you fix it",
                                  f"add tests for {comp} in {proj}", f"refactor {path}, it's getting too long",
                                  f"why is {proj} CI failing on the {comp} step?",
                                  f"implement {r.choice(B.FEATURES).format(flag=r.choice(B.FLAGS), beh=r.choice(B.BEHAV), comp=comp).lower()}"])
            else:
                first = r.choice(D["arena1"]) if r.random() < 0.3 else r.choice(convs)[0]
            turns = [first]
            for k in range(1, r.randint(2, 18)):
                turns.append(B.forge_tool_turn(r, lang, comp, path, k) if r.random() < 0.75 else
                             r.choice(["no, revert that", "looks good, commit it", "run the tests again",
                                       "use the existing helper instead", "why did you change the config?",
                                       "ok now update the docs", "that broke the build", "keep going"]))
            w.conversation(a, t, turns, gap=(5, 90), system="You are j-code, a coding assistant working in the user's repository " + proj + ".",
                           ip=r.choice(ips), ua=ua, tools=ntools, max_tokens=r.choice([8192, 16384]),
                           out_tok=lambda: int(r.lognormvariate(5.8, 0.9)), finish=lambda: r.choice(["tool_calls", "tool_calls", None]))

    # ---- translation & moderation & embeddings pipelines ----------------
    for i in range(S["n"]["api_translation"]):
        a = w.account("api_translation", created=w.old_created(60, 900), email=r.choice(["lingoloc.com", "transpipe.io", None]) or "gmail.com", verified=True, p429=0.02)
        w.adoption(a, base="j3", j4_p=0.3, fast_p=0.6)
        ips = [w.cloud_ip("cloudB") for _ in range(2)]
        langs = r.sample(B.TRANSLATE_LANGS, r.randint(2, 6))
        for t in w.session_starts(a, r.uniform(0.3, 1), prof="business", weekend=0.2):
            for j in range(r.randint(10, 70)):
                w.emit(a, t + j * r.randint(800, 6000), f"Translate the following into {r.choice(langs)}. Keep placeholders like {{name}} and HTML tags unchanged.\n\n{r.choice(replies)[:1500]}",
                       ip=r.choice(ips), ua="python-httpx/0.28.1", temperature=0.2, max_tokens=4096, out_tok=r.randint(200, 1500))

    for i in range(S["n"]["api_moderation"]):
        a = w.account("api_moderation", created=w.old_created(60, 900), verified=True, email=r.choice(["forumly.net", "chatterbox.social", "gamehall.gg", "kidsplay.app"]), p429=0.02)
        w.adoption(a, base="j3-mini", j4_p=0.05, fast_p=0.7, fast_share=(0.8, 1), pinned_p=0.5)
        ips = [w.cloud_ip("cloudA") for _ in range(3)]
        rate = r.lognormvariate(3.0, 0.5)
        for d in range(NDAYS):
            for j in range(w.np.poisson(rate)):
                t = w.ts_in_day(a, d, "human")
                txt = r.choice(D["hh"])[:800]
                w.emit(a, t, f"Classify this user post. Categories: {B.MOD_CATEGORIES}. Reply JSON {{\"label\":..., \"severity\":0-3, \"reason\":...}}.\nPost: {txt}",
                       system="You are a content-safety classifier. Be consistent and concise.", ip=r.choice(ips),
                       ua="Go-http-client/2.0", temperature=0, rf="json_object", max_tokens=200, out_tok=r.randint(20, 90))

    for i in range(S["n"]["api_embed_rag"]):
        a = w.account("api_embed_rag", created=w.old_created(30, 600), verified=r.random() < 0.6)
        a["m_base"] = "j-embed-2"
        ips = [w.cloud_ip(r.choice(["cloudA", "cloudC"]))]
        for t in w.session_starts(a, r.uniform(0.1, 0.4), prof="flat"):
            for j in range(r.randint(30, 200)):
                rep = r.choice(replies)
                s = r.randint(0, max(0, len(rep) - 400))
                w.emit(a, t + j * r.randint(100, 900), rep[s:s + r.randint(300, 1200)], model="j-embed-2",
                       ip=ips[0], ua="providerj-python/1.42.0", key=True)

    # ---- evaluation harnesses (release-day bursts, multi-account) -------
    suites = {"mt_bench": D["mt_bench"], "vicuna": D["vicuna"], "arena1": [[p] for p in D["arena1"]],
              "arena2": [[p] for p in D["arena2"][:400]]}
    for oi in range(S["n"]["eval_orgs"]):
        org = w.hid("org_", 8)
        dom = r.choice(["evalworks.ai", "benchlab.io", "uni-tuebingen.de", "cs.stanford.edu", "modelwatch.org",
                        "ai-index.org", "leaderboard.dev", "kaist.ac.kr", "mila.quebec", "polytechnique.edu"])
        c = r.choice(["US", "DE", "GB", "KR", "CA", "FR"])
        accts = [w.account("eval_harness", created=w.old_created(10, 500), country=c, email=dom, org=org,
                           verified=True, channel=r.choice(["research_program", "self_serve", "enterprise_sales"]),
                           p429=0.05) for _ in range(r.randint(1, 5))]
        ips = [w.cloud_ip(r.choice(["cloudA", "cloudB", "cloudC"])) for _ in range(2)]
        ua = r.choice(["providerj-python/1.42.0", "lm-eval-harness/0.4.7", "inspect_ai/0.3.60", "python-httpx/0.28.1"])
        runs = []
        runs.append((REL_J4 + r.uniform(0.5, 14) * HOUR, ["j4", "j3"]))
        if r.random() < 0.7:
            runs.append((REL_FAST + r.uniform(0.5, 30) * HOUR, ["j4-fast", "j4"]))
        for _ in range(r.randint(0, 3)):
            runs.append((T0 + r.uniform(0, NDAYS - 1) * DAY, ["j3", "j3-mini"]))
        for (t, models) in runs:
            suite = r.sample(list(suites), r.randint(1, 2))
            temp = r.choice([0, 0, 0.7])
            for m in models:
                for s in suite:
                    qs = suites[s] if len(suites[s]) <= 200 else r.sample(suites[s], 200)
                    for qi, q in enumerate(qs):
                        a = accts[qi % len(accts)]     # sharded across the org's accounts
                        tt = t + qi * r.randint(200, 3000) // len(accts)
                        w.conversation(a, tt, q, gap=(2, 20), model=m, ip=r.choice(ips), ua=ua, temperature=temp,
                                       n=r.choice([None, 1, 1, 5]) if temp else None, max_tokens=r.choice([1024, 4096]))
                t += 2 * HOUR

    # ---- LLM-as-judge labs (grading-heavy) -----------------------------
    judges = D["judge"]
    for i in range(S["n"]["llm_judge_lab"]):
        a = w.account("llm_judge_lab", created=w.old_created(30, 500), verified=True,
                      email=r.choice(["rlhf-lab.ai", "preferencelabs.com", "cs.cmu.edu", "ai2.example.org", "gmail.com"]),
                      channel=r.choice(["research_program", "self_serve"]), p429=0.03)
        w.adoption(a, j4_p=0.7, j4_delay=(4, 100), j4_share=(0.5, 1))
        ip = w.cloud_ip(r.choice(["cloudA", "cloudC"]))
        ua = r.choice(["providerj-python/1.42.0", "python-httpx/0.28.1"])
        for t in w.session_starts(a, r.uniform(0.1, 0.4), prof="business", weekend=0.5):
            for j in range(r.randint(20, 120)):
                jp = r.choice(judges)
                q = r.choice(D["mt_bench"])
                fill = dict(question=q[0], question_1=q[0], question_2=q[-1], answer=r.choice(replies)[:1200],
                            answer_a=r.choice(replies)[:1000], answer_b=r.choice(replies)[:1000],
                            answer_1=r.choice(replies)[:800], answer_2=r.choice(replies)[:800],
                            answer_a_1=r.choice(replies)[:600], answer_a_2=r.choice(replies)[:600],
                            answer_b_1=r.choice(replies)[:600], answer_b_2=r.choice(replies)[:600],
                            ref_answer_1=r.choice(replies)[:400], ref_answer_2=r.choice(replies)[:400])
                try:
                    p = jp["prompt_template"].format(**fill)
                except (KeyError, IndexError):
                    p = jp["prompt_template"]
                w.emit(a, t + j * r.randint(500, 5000), p, system=jp.get("system_prompt"), ip=ip, ua=ua, temperature=0,
                       max_tokens=2048, out_tok=r.randint(80, 500))

    # ---- synthetic-data teams using public generator tooling ------------
    for ti in range(S["n"]["synth_teams"]):
        fp = w.fp()
        dom = r.choice(["datasmith.ai", "instructforge.io", "tinytune.dev", "labelbox-like.com", "edu-nlp.ac.uk"])
        accts = [w.account("synth_data_team", created=w.old_created(20, 300), fp=fp, email=dom, verified=r.random() < 0.6,
                           channel=r.choice(["startup_program", "self_serve"]), p429=0.04) for _ in range(r.randint(1, 4))]
        ip = w.cloud_ip(r.choice(["cloudB", "cloudC"]))
        for a in accts:
            w.adoption(a, j4_p=0.3, fast_p=0.6, fast_share=(0.5, 1.0))
            for t in w.session_starts(a, r.uniform(0.08, 0.22), prof="flat"):
                for j in range(r.randint(40, 300)):
                    u = r.random()
                    sysp = None
                    if u < 0.2:
                        p = D["alpaca"] + "\n" + "\n".join(f"{k+1}. Instruction: {x['instruction']}" for k, x in enumerate(r.sample(D["seed_tasks"], 3)))
                    elif u < 0.45:
                        tpl = r.choice(D["evol"])
                        ins = r.choice(D["seed_tasks"] + D["user_tasks"])["instruction"]
                        p = tpl.replace("{INSTRUCTION}", ins) if "{INSTRUCTION}" in tpl else tpl + "\n" + ins
                    elif u < 0.7:
                        p = r.choice(D["airoboros"])
                    else:
                        x = r.choice(D["user_tasks"])
                        p = x["instruction"] + ("\n\n" + x["instances"][0]["input"] if x.get("instances") and x["instances"][0].get("input") else "")
                        sysp = r.choice(D["orca_sys"])
                    w.emit(a, t + j * r.randint(300, 3000), p[:6000], system=sysp, ip=ip, ua="python-requests/2.31.0",
                           temperature=1.0, max_tokens=r.choice([2048, 3072]), n=r.choice([1, 1, 2, 4]),
                           out_tok=r.randint(300, 2500))

    # ---- reasoning-hungry researchers ----------------------------------
    for i in range(S["n"]["reasoning_researcher"]):
        a = w.account("reasoning_researcher", created=w.old_created(20, 600), verified=r.random() < 0.5,
                      email=r.choice(["mit.edu", "ox.ac.uk", "ethz.ch", "u-tokyo.ac.jp", "iisc.ac.in", "gmail.com", "anthro-safety.org"]),
                      channel=r.choice(["research_program", "education", "self_serve"]))
        w.adoption(a, base="j3.5-reason", j4_p=0.9, j4_delay=(0.5, 30), j4_share=(0.5, 0.9), fast_p=0.2)
        ips = home_ips(a, 1) + [w.res_ip(a["declared_country"])]
        ua = r.choice(["providerj-python/1.42.0", "python-httpx/0.28.1", APP_UA[4]])
        for t in w.session_starts(a, r.uniform(1, 5), prof="business", weekend=0.6):
            if r.random() < 0.3:
                p = r.choice(B.RESEARCH_COT_Q).format(p=r.choice(B.LANTERN_PROBLEMS).format(a=r.randint(2, 9), b=r.randint(2, 9), c=r.randint(3, 20)))
            else:
                p = r.choice(D["arena2"])
            turns = [p] + (["Can you double-check step 2?", "Now try a different approach."][:r.randint(0, 2)])
            w.conversation(a, t, turns, system=r.choice([None, None] + D["orca_sys"]), ip=r.choice(ips), ua=ua,
                           max_tokens=r.choice([16000, 32000, None]), out_tok=lambda: int(r.lognormvariate(7.0, 0.7)))

    # ---- security research programme: red teaming ----------------------
    for i in range(S["n"]["security_red_team"]):
        a = w.account("security_red_team", created=w.old_created(20, 400), verified=True, channel="research_program",
                      email=r.choice(["redteam.io", "secureai-lab.com", "cs.berkeley.edu", "haize.example", "gmail.com"]))
        w.adoption(a, j4_p=0.95, j4_delay=(0.2, 20), j4_share=(0.6, 1))
        ips = home_ips(a, 1) + [r.choice(w.vpn)]
        for t in w.session_starts(a, r.uniform(1, 6), prof="business", weekend=0.4):
            turns = [r.choice(D["hh"]) if r.random() < 0.8 else r.choice(B.REDTEAM_EXTRA)]
            if r.random() < 0.4:
                turns.append(r.choice(B.REDTEAM_EXTRA))
            w.conversation(a, t, turns, ip=r.choice(ips), ua=r.choice(["python-httpx/0.28.1", "garak/0.10.1", "promptfoo/0.103.0"]),
                           temperature=r.choice([0, 0.7, 1.0]), max_tokens=1024)

    # ---- enterprise tenants (multi-account, shared egress & invoice) ----
    for oi in range(S["n"]["ent_orgs"]):
        org = w.hid("org_", 8)
        oname = r.choice(["Halvorsen", "Meridian", "Quantex", "Bluecrest", "Sorrel", "Ironbark", "Caldera", "Tamsin",
                          "Vireo", "Obelisk", "Larkspur", "Pemberton", "Kairos", "Wexford", "Zenith", "Arcadia"]) + \
            r.choice([" Bank", " Health", " Logistics", " Insurance", " Retail", " Energy", " Law", " Systems"])
        dom = oname.lower().replace(" ", "-") + r.choice([".com", ".co.uk", ".de", ".com.au", ".co.jp"])
        c = r.choice(["US", "US", "GB", "DE", "JP", "AU", "FR", "NL", "IN", "SG"])
        inv = "inv_" + hashlib.sha1(org.encode()).hexdigest()[:14]
        egress = [w.cloud_ip(r.choice(["cloudA", "cloudB"])) for _ in range(r.randint(1, 4))]
        gw_ua = r.choice([f"{oname.split()[0].lower()}-ai-gateway/2.{r.randint(0, 9)} python-httpx/0.27.0", "providerj-python/1.40.0",
                          "Java-http-client/21.0.2", "Kong/3.8.0"])
        sysp = r.choice(B.ENT_SYSTEMS).format(o=oname)
        switch_at = REL_J4 + r.uniform(30, 14 * 24) * HOUR if r.random() < 0.6 else None   # org-wide policy switch
        size = int(r.choice([5, 8, 12, 20, 30, 45, 70]) * r.uniform(0.8, 1.2))
        onboard = w.old_created(10, 600)
        for k in range(size):
            kind = r.choices(["enterprise_assistant", "enterprise_rag", "enterprise_dev"], [0.6, 0.25, 0.15])[0]
            a = w.account(kind, created=onboard + r.uniform(0, 5) * DAY if r.random() < 0.7 else w.old_created(1, 300),
                          country=c, fp=inv, email=dom, verified=True, org=org, channel="enterprise_sales")
            a["created_at"] = min(a["created_at"], T0 + r.uniform(0, 20) * DAY)
            a["m_base"], a["m_j4"], a["m_j4s"], a["m_fast"], a["pinned"] = "j3", switch_at, 1.0, None, False
            a["m_ramp"] = 1
            rate = r.lognormvariate(0.35, 0.7) * (3 if kind == "enterprise_rag" else 1)
            for t in w.session_starts(a, rate, prof="business", weekend=0.08):
                if kind == "enterprise_rag":
                    turns = [f"Context:\n{r.choice(B.RAG_DOCS)}\n{r.choice(replies)[:600]}\n\nQuestion: {r.choice(B.RAG_Q)}"]
                elif kind == "enterprise_dev":
                    turns = [r.choice(D["arena1"]) if r.random() < 0.4 else r.choice(convs)[0]]
                else:
                    turns = sg_conv(4)
                w.conversation(a, t, turns, system=sysp, ip=r.choice(egress), ua=gw_ua, conv_id=r.random() < 0.5,
                               temperature=0.3, max_tokens=2048)

    # ---- SaaS platforms running one account per client -------------------
    for pi in range(S["n"]["saas_platforms"]):
        fp = w.fp()
        pname = r.choice(["copyhive", "replymint", "draftdeck", "pitchpal", "shopwrite", "tutorly"])
        dom = pname + r.choice([".com", ".io"])
        org = w.hid("org_", 8)
        prov = r.choice(["cloudA", "cloudB", "cloudC"])
        sub = r.randint(0, 255)
        ips = [w.cloud_ip(prov, sub) for _ in range(3)]
        tpl = "You are {b}'s writing assistant, built on " + pname + ". Match the brand voice: {v}. Never mention competitors."
        for k in range(r.randint(8, 30)):
            b = r.choice(B.BRANDS) + str(r.randint(1, 99))
            a = w.account("saas_platform_tenant", created=w.old_created(10, 700), fp=fp, email=dom, org=org,
                          verified=True, channel="self_serve", p429=0.01)
            w.adoption(a, j4_p=0.5, j4_delay=(20, 60), j4_share=(1, 1), fast_p=0.4)
            a["m_j4"] = REL_J4 + 26 * HOUR + r.uniform(0, 2) * HOUR if a["m_j4"] else None  # platform-wide rollout
            a["tz"] = r.choice([-5, 0, 1, 5.5])
            sysp = tpl.format(b=b, v=r.choice(["playful", "formal", "warm and concise", "technical"]))
            for t in w.session_starts(a, r.lognormvariate(1.5, 0.7), prof="human", weekend=0.7):
                w.conversation(a, t, sg_conv(3), system=sysp, ip=r.choice(ips), ua="providerj-node/4.8.2",
                               conv_id=False, temperature=0.8, max_tokens=1500)

    # ---- university classes (shared NAT, same-day sign-ups, one template) ----
    for ci in range(S["n"]["uni_classes"]):
        course = r.choice(["CS 101", "CS 2110", "INF1-OP", "COMP 1511", "EECS 183", "6.100A"]) 
        dom = r.choice(["student.unimelb.edu.au", "stud.tu-darmstadt.de", "students.ubc.ca", "umich.edu", "ed.ac.uk"])
        c = {"student.unimelb.edu.au": "AU", "stud.tu-darmstadt.de": "DE", "students.ubc.ca": "CA",
             "umich.edu": "US", "ed.ac.uk": "GB"}[dom]
        nat = [w.res_ip(c) for _ in range(3)]
        signup = T0 + r.uniform(-20, 10) * DAY
        deadlines = sorted(r.sample(range(3, NDAYS), 3))
        fn, spec = r.choice(B.ASSIGN_SPECS)
        for k in range(r.randint(25, 70)):
            a = w.account("university_student", created=signup + r.uniform(0, 3) * HOUR, country=c, email=dom,
                          verified=False, fp="", channel="education")
            w.adoption(a, j4_p=0.6, j4_delay=(2, 100), fast_p=0.3)
            home = w.res_ip(c)
            mult = [0.3] * NDAYS
            for dl in deadlines:
                mult[dl] = 4.0
                mult[dl - 1] = 2.5
            for t in w.session_starts(a, r.uniform(0.4, 1.5), prof="evening", day_mult=mult):
                hw = r.random() < 0.6
                turns = [r.choice(B.ASSIGNMENT).format(course=course, k=deadlines.index(min(deadlines, key=lambda x: abs(x - (t - T0) // DAY))) + 1, fn=fn, spec=spec)] if hw else sg_conv(3)
                ip = r.choice(nat) if ((t - T0) // HOUR) % 24 + CTZ[c] in range(8, 18) or r.random() < 0.4 else home
                w.conversation(a, t, turns, ip=ip, ua=r.choice(APP_UA[4:7] + ["providerj-python/1.42.0"]), max_tokens=None)

    # ---- SEO content farm: abusive but not distillation -----------------
    farm_cards = [w.fp() for _ in range(2)]
    farm_ips = [w.cloud_ip("hostD", 77) for _ in range(4)]
    for k in range(S["n"]["seo_farm"]):
        a = w.account("seo_content_farm", created=T0 + r.uniform(2, 6) * DAY, fp=r.choice(farm_cards),
                      email=r.choice(DISPOSABLE + ["gmail.com"]), verified=False, country=r.choice(["US", "PH", "NG", "IN"]),
                      p429=0.05)
        a["m_base"] = "j3-mini"
        for t in w.session_starts(a, r.uniform(1, 2), prof="flat"):
            for j in range(r.randint(3, 12)):
                kw = r.choice(B.SEO_KEYWORDS)
                w.emit(a, t + j * r.randint(20000, 90000), f"Write a {r.choice([800, 1200, 1500, 2000])}-word SEO blog post about \"{kw}\". Use H2 headings, a FAQ section, and include the keyword {r.randint(5, 12)} times. Sound human.",
                       ip=r.choice(farm_ips), ua="python-requests/2.31.0", temperature=1.0, max_tokens=4096,
                       out_tok=r.randint(1200, 4096), model="j3-mini")

    # ---- launch-day tinkerers -----------------------------------------
    for k in range(S["n"]["launch_tinkerer"]):
        a = w.account("launch_tinkerer", created=REL_J4 + r.uniform(-10, 50) * HOUR, verified=False)
        a["m_base"], a["m_j4"], a["m_j4s"], a["m_fast"] = "j4", None, 0, REL_FAST + r.uniform(0, 12) * HOUR if r.random() < 0.4 else None
        a["m_fasts"] = 0.7
        ips = home_ips(a, 1)
        ua = r.choice(SDK_UA[:6])
        mult = [0] * NDAYS
        for d in range(8, NDAYS):
            mult[d] = 3.0 * math.exp(-(d - 8) / 2.5) + 0.05
        for t in w.session_starts(a, r.uniform(2, 6), prof="human", day_mult=mult):
            p = r.choice(D["arena2"] + D["lottery"])
            w.emit(a, t, p, ip=r.choice(ips), ua=ua, max_tokens=r.choice([None, 4096]))
            if r.random() < 0.4:  # compare with the previous flagship
                w.emit(a, t + r.randint(5000, 60000), p, model="j3", ip=r.choice(ips), ua=ua)


# ================================================================= campaigns
def campaigns(w, S):
    r = w.r
    D = S["shared"]
    convs = S["convs"]
    sc = S["camp_scale"]

    # ------------------------------------------------------------ FORGE
    # big agentic-coding harvest: self-serve + startup credits, virtual cards shared by few accounts,
    # cloud IP blocks, flat 24/7 load-balanced schedule, probing phase, fast pivot to j4.
    cards = [w.fp() for _ in range(40)]
    blocks = [(r.choice(["cloudA", "cloudB", "cloudC"]), r.randint(0, 255)) for _ in range(14)]
    forge_domains = [f"{r.choice(B.WORDS_A)}{r.choice(B.WORDS_B)}labs.{r.choice(['io', 'dev', 'ai', 'tech'])}" for _ in range(25)]
    probe_until = T0 + 4 * DAY + 5 * HOUR
    slots = int(150 * sc)

    def forge_acct(created, kind):
        a = w.account(kind, "forge", created=created, fp=r.choice(cards),
                      email=r.choice(["gmail.com", "gmail.com", "outlook.com"] + forge_domains),
                      country=r.choice(["US", "SG", "MY", "HK", "GB", "CA", "AE"]), verified=r.random() < 0.05,
                      channel=r.choice(["self_serve", "self_serve", "startup_program"]), p429=0.015)
        blk = r.choice(blocks)
        a["ips"] = [w.cloud_ip(blk[0], blk[1]) for _ in range(r.randint(1, 3))]
        a["ua"] = r.choice(["providerj-python/1.39.0"] * 3 + ["providerj-node/4.6.1"])
        a["m_base"], a["m_j4"], a["m_j4s"], a["m_ramp"] = "j3", REL_J4 + r.uniform(1, 10) * HOUR, 0.55, 3
        a["m_fast"], a["m_fasts"], a["pinned"] = REL_FAST + r.uniform(18, 40) * HOUR, 0.2, False
        a["sys"] = r.choice(B.FORGE_SYSTEMS)
        return a

    def forge_session(a, t, wrapper="{task}"):
        task, lang, comp, path = B.forge_task(r)
        turns = [wrapper.format(task=task)]
        for k in range(1, r.randint(3, 12)):
            turns.append(B.forge_tool_turn(r, lang, comp, path, k))
        w.conversation(a, t, turns, gap=(3, 40), system=a["sys"], ip=lambda: r.choice(a["ips"]), ua=a["ua"],
                       tools=r.choice([6, 7, 8]), temperature=r.choice([0.2, 0.6, 1.0]), max_tokens=8192,
                       out_tok=lambda: int(r.lognormvariate(6.3, 0.6)), finish=lambda: r.choice(["tool_calls"] * 3 + [None]))

    # probing: a few accounts try many wrappers on the same kind of tasks
    for k in range(4):
        a = forge_acct(T0 - r.uniform(2, 10) * DAY, "forge_probe")
        t = T0 + r.uniform(0, 12) * HOUR
        while t < probe_until:
            forge_session(a, t, r.choice(B.FORGE_WRAPPERS))
            t += r.uniform(20, 90) * 60000
    winners = [B.FORGE_WRAPPERS[i] for i in (0, 1, 7, 9)]
    # scale-up with a hydra of worker slots; banned accounts are replaced within hours
    wave = T0 + 3 * DAY + r.uniform(0, 12) * HOUR
    for s in range(slots):
        a = forge_acct(wave - r.uniform(0, 30) * HOUR if r.random() < 0.8 else w.old_created(10, 60), "forge_worker")
        t = probe_until + r.uniform(0, 6) * HOUR + s * 7000
        rate = r.uniform(0.07, 0.12)   # sessions per hour per slot, flat day and night
        while t < END:
            hour_mult = 1.0 + 0.15 * math.sin(2 * math.pi * ((t - T0) % DAY) / DAY)
            t += int(r.expovariate(1.0) * HOUR / (rate * hour_mult))
            if t >= END:
                break
            if t > T0 + 5 * DAY and r.random() < 0.006:        # ban -> replacement takes over the slot
                for j in range(r.randint(1, 3)):
                    w.emit(a, t + j * 30000, B.forge_task(r)[0], system=a["sys"], ip=a["ips"][0], ua=a["ua"], status=403, tools=7)
                old = a
                a = forge_acct(t + r.uniform(0.3, 4) * HOUR, "forge_worker")
                if r.random() < 0.5:
                    a["ips"] = old["ips"]
                t = a["created_at"] + r.uniform(5, 40) * 60000
                continue
            forge_session(a, t, r.choice(winners))

    # ------------------------------------------------------------ MOSAIC
    # proxy reseller: many pathways, unique (stolen) cards, residential proxies + VPN exits,
    # rotating UAs, one analyst persona template, mixed with resold unrelated customers' traffic.
    mos_ua = ["providerj-python/1.42.0", "providerj-node/4.8.2", "python-httpx/0.28.1", "axios/1.7.9",
              "litellm/1.55.2", "Go-http-client/2.0", APP_UA[4], "langchain-providerj/0.3.4 providerj-python/1.42.0"]
    shell_org = w.hid("org_", 8)
    n_mos = int(110 * sc)
    mos_accts = []
    for k in range(n_mos):
        path = r.choices(["edu", "startup", "selfserve", "aged", "shell"], [0.25, 0.2, 0.3, 0.15, 0.1])[0]
        if path == "edu":
            a = w.account("mosaic_edu", "mosaic", created=T0 - r.uniform(1, 25) * DAY, fp="", verified=False,
                          email=r.choice(["student.uitm.edu.my", "mail.ust.hk", "students.binus.ac.id", "alumni.nus.edu.sg", "st.ug.edu.gh", "umich.edu"]),
                          channel="education")
        elif path == "startup":
            a = w.account("mosaic_startup", "mosaic", created=T0 - r.uniform(5, 40) * DAY, verified=False,
                          email=f"{r.choice(B.WORDS_A)}{r.choice(['ai', 'labs', 'data'])}.{r.choice(['io', 'co', 'app'])}",
                          channel="startup_program")
        elif path == "aged":
            a = w.account("mosaic_aged", "mosaic", created=w.old_created(200, 900), verified=True)   # bought aged accounts
        elif path == "shell":
            a = w.account("mosaic_shell_tenant", "mosaic", created=T0 - r.uniform(20, 30) * DAY, fp="inv_" + shell_org[4:],
                          verified=True, email="brightwave-analytics.com", org=shell_org, channel="enterprise_sales",
                          country="SG")
        else:
            a = w.account("mosaic_selfserve", "mosaic", created=T0 - r.uniform(0, 20) * DAY + r.uniform(0, 8) * DAY,
                          verified=False)
        a["m_base"], a["m_j4"], a["m_j4s"], a["m_ramp"] = "j3", REL_J4 + r.uniform(30, 48) * HOUR, 0.3, 12
        a["m_fast"], a["m_fasts"], a["pinned"] = REL_FAST + r.uniform(4, 12) * HOUR, 0.4, r.random() < 0.2
        a["tz"] = 8
        a["p429"] = 0.01
        mos_accts.append(a)
    # operator scheduler: the same burst windows for every account, in UTC+8 office hours and a night batch
    for a in mos_accts:
        active_days = [d for d in range(NDAYS) if r.random() < 0.85]
        for d in active_days:
            for win_h, scale in ((10, 1.0), (15, 1.0), (23, 0.7)):
                k = w.np.poisson(3.5 * scale * sc)
                for j in range(k):
                    t = T0 + d * DAY + int((win_h - 8) * HOUR) + int(r.uniform(0, 2.5) * HOUR)
                    ip = r.choice(w.resproxy) if r.random() < 0.8 else r.choice(w.vpn)
                    ua = r.choice(mos_ua)
                    if r.random() < 0.25:      # resold unrelated customer traffic riding on the same account
                        w.conversation(a, t, r.choice(convs)[:r.randint(1, 3)], ip=ip, ua=ua,
                                       system=r.choice([None, None, r.choice(D["roles"])]), conv_id=False,
                                       temperature=r.choice([None, 0.7, 1]))
                        continue
                    cap, sysp, p = B.mosaic_prompt(r)
                    turns = [p]
                    if cap in ("computer_use", "agentic_planning") and r.random() < 0.6:
                        turns += [f"Observation after action: {r.choice(['dialog opened', 'page loaded', 'error: element not found', 'file saved'])}. Continue." for _ in range(r.randint(1, 5))]
                    w.conversation(a, t, turns, gap=(4, 30), system=sysp, ip=ip, ua=ua, conv_id=False,
                                   tools=(4 if cap in ("computer_use", "agentic_planning") else None),
                                   temperature=r.choice([0.3, 0.5, 0.7]), max_tokens=r.choice([2048, 4096]),
                                   rf="json_object" if cap == "computer_use" else None,
                                   out_tok=lambda: int(r.lognormvariate(6.5, 0.5)))

    # ------------------------------------------------------------ ECHO
    # crude reasoning-trace coercion in many languages: disposable mail, few shared cards, one datacenter
    # /24, one system prompt, synchronised bursts, reasoning model only; mass ban on day 13 and replacement.
    echo_cards = [w.fp() for _ in range(4)]
    echo_block = r.randint(0, 255)
    langs = list(B.ECHO_INSTR)
    lw = [6, 3, 2, 3, 2, 1, 2, 2, 1, 4, 1, 1, 1, 1]
    ban_t = T0 + 12 * DAY + r.uniform(3, 9) * HOUR
    n_echo = int(36 * sc)
    gens = []
    for gen_i, (c0, c1) in enumerate(((T0 + 1 * DAY, T0 + 3 * DAY), (ban_t + 2 * HOUR, ban_t + 30 * HOUR))):
        cards_g = echo_cards if gen_i == 0 else [w.fp() for _ in range(3)]
        g = []
        for k in range(n_echo if gen_i == 0 else int(n_echo * 0.85)):
            a = w.account("echo_worker", "echo", created=r.uniform(c0, c1), fp=r.choice(cards_g),
                          email=r.choice(DISPOSABLE), verified=False,
                          country=r.choice(["US", "BR", "ID", "VN", "TR", "MX", "IN", "UA"]), p429=0.03)
            a["ips"] = [w.cloud_ip("hostD", echo_block if gen_i == 0 else (echo_block + 1) % 256) for _ in range(2)]
            a["m_base"] = "j3.5-reason"
            a["lang"] = r.choices(langs, lw)[0]
            g.append(a)
        gens.append(g)
    t = T0 + 3 * DAY + 2 * HOUR
    while t < END:
        alive = gens[0] if t < ban_t else gens[1]
        if t >= ban_t and t < ban_t + 30 * HOUR:
            t += HOUR
            continue
        for a in alive:
            if t < a["created_at"]:
                continue
            for j in range(w.np.poisson(3.5 * sc)):
                lang = a["lang"] if r.random() < 0.6 else r.choices(langs, lw)[0]
                w.emit(a, t + r.randint(0, 25 * 60000), B.echo_prompt(r, lang), system=B.ECHO_SYSTEM,
                       ip=r.choice(a["ips"]), ua="python-httpx/0.27.0", temperature=0.6, n=r.choice([1, 1, 2]),
                       max_tokens=16000, out_tok=int(r.lognormvariate(7.3, 0.5)), model=a["m_base"])
        if t < ban_t <= t + 3 * HOUR:
            for a in gens[0]:
                for j in range(r.randint(1, 4)):
                    w.emit(a, ban_t + r.randint(0, 600000), B.echo_prompt(r, a["lang"]), system=B.ECHO_SYSTEM,
                           ip=a["ips"][0], ua="python-httpx/0.27.0", status=403, model="j3.5-reason")
        t += int(r.uniform(2, 3.2) * HOUR)

    # ------------------------------------------------------------ LANTERN
    # small, careful: reasoning reconstruction + rubric grading; education/research pathways, aged accounts,
    # stable home-like IPs (some VPN), browser & SDK, human diurnal rhythm but in UTC+8, slow pivot to j4.
    for k in range(int(24 * max(sc, 0.6))):
        c = r.choice(["US", "GB", "DE", "SG", "KR", "JP", "CA", "AU"])
        edu = r.random() < 0.6
        a = w.account("lantern_researcher", "lantern", created=w.old_created(30, 110), country=c,
                      fp="" if edu else w.fp(), verified=not edu or r.random() < 0.3,
                      email=r.choice(["u.nus.edu", "connect.ust.hk", "mail.utoronto.ca", "ucl.ac.uk", "proton.me", "tum.de", "snu.ac.kr"]),
                      channel="education" if edu else "research_program")
        a["tz"] = 8
        a["m_base"], a["m_j4"], a["m_j4s"], a["m_ramp"] = "j3.5-reason", REL_J4 + r.uniform(60, 110) * HOUR, 0.6, 72
        a["m_fast"], a["pinned"] = None, False
        ips = [w.res_ip(r.choice(["SG", "HK", "TW", "MY"])) for _ in range(2)] + ([r.choice(w.vpn)] if r.random() < 0.5 else [])
        ua = r.choice([APP_UA[4], APP_UA[5], "providerj-python/1.42.0"])
        ramp = [min(1.0, 0.3 + d / 10) for d in range(NDAYS)]
        for t in w.session_starts(a, r.uniform(8, 16) * sc, prof="human", weekend=0.5, day_mult=ramp):
            cap, p = B.lantern_prompt(r)
            turns = [p] + (r.sample(B.LANTERN_FOLLOWUPS, r.randint(1, 2)) if cap == "cot" and r.random() < 0.3 else [])
            w.conversation(a, t, turns, gap=(40, 300), ip=r.choice(ips), ua=ua, conv_id=r.random() < 0.5,
                           temperature=r.choice([None, 0.7, 1.0]), max_tokens=r.choice([None, 8000, 16000]),
                           out_tok=lambda: int(r.lognormvariate(6.9, 0.6)))

    # ------------------------------------------------------------ QUILL
    # roadmap-timed: shell enterprise tenant, dormant until the flagship launch, then safe-rewrite and
    # preference data on j4 only, business hours, static egress, with cover moderation traffic.
    qorg = w.hid("org_", 8)
    qinv = "inv_" + hashlib.sha1(qorg.encode()).hexdigest()[:14]
    qips = [w.cloud_ip("cloudC") for _ in range(2)]
    onboard = T0 - r.uniform(30, 40) * DAY
    for k in range(int(12 * max(sc, 0.6))):
        a = w.account("quill_tenant", "quill", created=onboard + r.uniform(0, 2) * DAY, country=r.choice(["GB", "AE"]),
                      fp=qinv, email="northbridge-media.com", verified=True, org=qorg, channel="enterprise_sales")
        a["tz"] = 0
        a["m_base"] = "j3-mini"
        for t in w.session_starts(a, 0.7, prof="business", weekend=0.1):        # cover traffic all month
            w.emit(a, t, B.quill_cover(r), model="j3-mini", ip=r.choice(qips), ua="Java-http-client/21.0.2",
                   temperature=0, max_tokens=300)
        start = REL_J4 + r.uniform(2, 8) * HOUR
        for t in w.session_starts(a, 35 * sc, prof="business", weekend=0.3, start=start):
            cap, p = B.quill_prompt(r)
            m = "j4" if t < REL_FAST else ("j4" if r.random() < 0.8 else "j4-fast")
            w.emit(a, t, p, model=m, ip=r.choice(qips), ua="Java-http-client/21.0.2", temperature=r.choice([0.3, 0.7]),
                   rf="json_object" if cap == "preference" else None, max_tokens=1500, out_tok=r.randint(150, 900))


# ================================================================= output
SCHEMA_FIELDS = ["event_id", "timestamp", "account_id", "org_id", "api_key_id", "model", "ip", "user_agent", "system",
                 "prompt", "turn", "conversation_id", "input_tokens", "output_tokens", "max_tokens", "temperature", "n",
                 "tools", "response_format", "finish_reason", "status", "response", "gateway_region"]
INT_FIELDS = {"turn", "input_tokens", "output_tokens", "max_tokens", "n", "tools", "status"}


def fmt_ts(r, ms):
    dt = datetime.fromtimestamp(ms / 1000, UTC)
    u = r.random()
    if u < 0.50:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"
    if u < 0.70:
        return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    if u < 0.80:
        return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    if u < 0.91:
        off = r.choice([5.5, -4, 9, 1, -7, 8, 2])
        loc = dt.astimezone(timezone(timedelta(hours=off)))
        return loc.isoformat(timespec="milliseconds")
    if u < 0.98:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return dt.strftime("%Y-%m-%dT%H:%M:%S")            # no offset: UTC by contract


BAD_TS = ["2026-02-30T10:00:00Z", "03/07/2026 14:22", "yesterday", "2026-03-07T25:10:00Z", "NaN", "2026-13-01T00:00:00Z",
          "Tue, 10 Mar 2026 14:00:00 GMT", "2026-03-0712:00:00"]
BAD_IP = ["256.12.4.1", "10.0.0", "unknown", "fe80::zz1", "1.2.3.4.5", "::ffff:999.1.1.1"]


def write_out(w, out):
    r = w.r
    rows = w.rows
    rows.sort(key=lambda x: (x["timestamp"], x["account_id"]))
    # ids & extra column
    for x in rows:
        x["event_id"] = "evt_%024x" % r.getrandbits(96)
        x["gateway_region"] = r.choice(REGIONS)
        x["_file"] = (int((x["timestamp"] - T0) // DAY), x["_ch"])
    acc_n = {}
    for x in rows:
        acc_n[x["account_id"]] = acc_n.get(x["account_id"], 0) + 1
    # malformed rows (~0.4 %), only on accounts with enough rows so every account keeps valid ones
    n_bad = int(len(rows) * 0.004)
    cand = [i for i, x in enumerate(rows) if acc_n[x["account_id"]] >= 6]
    bad_idx = set(r.sample(cand, n_bad))
    per_acc_bad = {}
    reasons = {}
    for i in sorted(bad_idx):
        x = rows[i]
        if per_acc_bad.get(x["account_id"], 0) >= acc_n[x["account_id"]] // 3:
            continue
        per_acc_bad[x["account_id"]] = per_acc_bad.get(x["account_id"], 0) + 1
        app = x["_ch"] == "app"
        kinds = ["missing_account", "missing_prompt", "missing_model", "missing_event_id", "bad_ip", "neg_tokens",
                 "neg_turn", "neg_tools", "missing_ts"] + ([] if app else ["bad_ts", "bad_ts", "bad_ts"])
        k = r.choice(kinds)
        if k == "missing_account":
            x["account_id"] = None
        elif k == "missing_prompt":
            x["prompt"] = None
        elif k == "missing_model":
            x["model"] = None
        elif k == "missing_event_id":
            x["event_id"] = None
        elif k == "bad_ip":
            x["ip"] = r.choice(BAD_IP)
        elif k == "neg_tokens":
            x[r.choice(["input_tokens", "output_tokens"])] = -r.randint(1, 500)
        elif k == "neg_turn":
            x["turn"] = -1
        elif k == "neg_tools":
            x["tools"] = -1
        elif k == "missing_ts":
            x["timestamp"] = None
        elif k == "bad_ts":
            x["_badts"] = r.choice(BAD_TS)
        x["_bad"] = True
        reasons[k] = reasons.get(k, 0) + 1
    n_quar = sum(1 for x in rows if x.get("_bad"))
    # group per day file
    files = {}
    for x in rows:
        files.setdefault(x["_file"], []).append(x)
    # exact duplicates (~0.6 %): mostly in the same file, some re-delivered in separate batch files
    valid = [x for x in rows if not x.get("_bad")]
    dups = r.sample(valid, int(len(rows) * 0.006))
    redeliver = {"api": [], "app": []}
    for x in dups:
        if r.random() < 0.3:
            redeliver[x["_ch"]].append(x)
        else:
            lst = files[x["_file"]]
            lst.insert(r.randint(0, len(lst)), x)
    n_read = 0
    ev = os.path.join(out, "events")
    for (day, ch), lst in sorted(files.items()):
        d = (START + timedelta(days=day)).strftime("%Y-%m-%d")
        write_parquet(os.path.join(ev, f"date={d}", f"{ch}.parquet"), lst, string_ts=(ch == "api"), r=r)
        n_read += len(lst)
    for ch, lst in redeliver.items():   # a late re-delivery of rows already exported
        lst.sort(key=lambda x: x["timestamp"])
        write_parquet(os.path.join(ev, "redelivery", f"{ch}-batch-0001.parquet"), lst, string_ts=(ch == "api"), r=r)
        n_read += len(lst)
    exp = {"rows_read": n_read, "rows_accepted": n_read - len(dups) - n_quar, "rows_duplicate": len(dups),
           "rows_quarantined": n_quar}
    return exp, reasons


def write_parquet(path, lst, string_ts, r):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    cols = {f: [] for f in SCHEMA_FIELDS}
    for x in lst:
        for f in SCHEMA_FIELDS:
            v = x.get(f)
            if f == "timestamp" and v is not None and string_ts:
                if "_tsfmt" not in x:
                    x["_tsfmt"] = x["_badts"] if "_badts" in x else fmt_ts(r, v)
                v = x["_tsfmt"]
            cols[f].append(v)
    fields = []
    for f in SCHEMA_FIELDS:
        if f == "timestamp":
            t = pa.string() if string_ts else pa.int64()
        elif f in INT_FIELDS:
            t = pa.int64()
        elif f == "temperature":
            t = pa.float64()
        else:
            t = pa.string()
        fields.append(pa.field(f, t))
    tbl = pa.table({f.name: pa.array(cols[f.name], type=f.type) for f in fields})
    pq.write_table(tbl, path, compression="zstd")


def iso(ms):
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies account counts (benign and campaign)")
    args = ap.parse_args()
    t0 = time.time()
    w = World(args.seed)
    r = w.r
    convs, replies = sources.load_sharegpt()
    sc = args.scale
    jit = lambda n: max(1, int(n * sc * r.uniform(0.9, 1.1)))
    S = {"convs": convs, "replies": replies, "shared": sources.load_shared(), "camp_scale": sc * r.uniform(0.9, 1.1),
         "n": {"app_casual": jit(1500), "app_power": jit(220), "app_student": jit(160), "api_hobbyist": jit(650),
               "api_startup_app": jit(190), "api_support_bot": jit(45), "api_structured_etl": jit(35),
               "api_coding_dev": jit(260), "api_translation": jit(20), "api_moderation": jit(15),
               "api_embed_rag": jit(20), "eval_orgs": jit(14), "llm_judge_lab": jit(22), "synth_teams": jit(6),
               "reasoning_researcher": jit(40), "security_red_team": jit(18), "ent_orgs": jit(14),
               "saas_platforms": jit(4), "uni_classes": jit(3), "seo_farm": jit(25), "launch_tinkerer": jit(120)}}
    benign(w, S)
    campaigns(w, S)
    # dormant accounts: in the (complete) accounts table, never seen in events
    for k in range(int(120 * sc)):
        w.account("dormant", created=w.old_created(10, 900))
    if os.path.exists(args.out):
        shutil.rmtree(os.path.join(args.out, "events"), ignore_errors=True)
    os.makedirs(args.out, exist_ok=True)
    exp, reasons = write_out(w, args.out)
    with open(os.path.join(args.out, "accounts.csv"), "w", newline="") as f:
        cw = csv.writer(f)
        cw.writerow(["account_id", "created_at", "declared_country", "payment_fingerprint", "email_domain", "verified",
                     "org_id", "signup_channel"])
        for a in sorted(w.accounts, key=lambda a: a["account_id"]):
            cw.writerow([a["account_id"], iso(a["created_at"]), a["declared_country"], a["payment_fingerprint"],
                         a["email_domain"], "true" if a["verified"] else "false", a["org_id"], a["signup_channel"]])
    seen = {x["account_id"] for x in w.rows if x["account_id"] is not None and not x.get("_bad")}
    with open(os.path.join(args.out, "truth.csv"), "w", newline="") as f:
        cw = csv.writer(f)
        cw.writerow(["account_id", "campaign", "kind"])
        for a in sorted(w.accounts, key=lambda a: a["account_id"]):
            if a["account_id"] in seen:
                cw.writerow([a["account_id"], a["campaign"], a["kind"]])
    with open(os.path.join(args.out, "expected_ingest.json"), "w") as f:
        json.dump(exp, f, indent=2)
    kinds = {}
    for a in w.accounts:
        if a["account_id"] in seen:
            k = (a["campaign"] or "-", a["kind"])
            kinds.setdefault(k, [0, 0])
            kinds[k][0] += 1
            kinds[k][1] += a["nrows"]
    with open(os.path.join(args.out, "world_stats.json"), "w") as f:
        json.dump({"seed": args.seed, "accounts_in_table": len(w.accounts), "accounts_with_events": len(seen),
                   "malformed_by_kind": reasons, "kinds": {f"{c}/{k}": v for (c, k), v in sorted(kinds.items())},
                   "seconds": round(time.time() - t0, 1)}, f, indent=1)
    print(json.dumps(exp), f"accounts={len(w.accounts)} with_events={len(seen)} {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
