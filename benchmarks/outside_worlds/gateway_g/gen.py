#!/usr/bin/env python
"""gateway_g: synthetic 18-day traffic of a cloud-marketplace LLM gateway.

usage: gen.py --seed N --out DIR   ->  events.parquet, accounts.parquet, truth.csv, expected_ingest.json
"""
import argparse
import csv
import datetime as dt
import json
import os
import random
import sys
import time

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sources  # noqa: E402
import text as TX  # noqa: E402

MIN, HOUR, DAY = 60_000, 3_600_000, 86_400_000
T0 = int(dt.datetime(2026, 8, 3, tzinfo=dt.timezone.utc).timestamp() * 1000)  # a Monday
NDAYS = 18
T_END = T0 + NDAYS * DAY
RELEASE = T0 + 10 * DAY + 16 * HOUR  # day 11, 16:00 UTC: halcyon ships hx-3-pro
SNAPSHOT = T_END - 20 * HOUR  # accounts table exported before the log window closes

HX_PRO, HX_FLASH, HX3 = "halcyon/hx-2.5-pro", "halcyon/hx-2.5-flash", "halcyon/hx-3-pro"
TS_L, TS_M = "tessera/tess-large-0626", "tessera/tess-mini-0626"
KS_R, KS_C = "kestrel/k2-reasoner", "kestrel/k2-chat"
FJ = "fjord/fjord-70b-instruct"
ORGANIC_MIX = [(HX_PRO, .22), (HX_FLASH, .22), (TS_L, .14), (TS_M, .12), (KS_C, .12), (KS_R, .06), (FJ, .12)]

# local-hour activity profiles
P_BUSINESS = np.array([.15, .1, .08, .08, .1, .2, .5, 1.2, 2.4, 3, 3, 2.8, 2, 2.8, 3, 2.9, 2.5, 1.8, 1.1, .8, .7, .6, .4, .25])
P_EVENING = np.array([1.2, .7, .35, .2, .15, .15, .3, .7, 1, 1.2, 1.4, 1.5, 1.6, 1.5, 1.4, 1.5, 1.7, 2, 2.4, 2.7, 2.8, 2.6, 2.2, 1.7])
P_FLAT = np.array([.85, .8, .78, .78, .8, .85, .9, 1, 1.1, 1.15, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.15, 1.1, 1.05, 1, .95, .92, .9, .88])
P_NIGHT = np.array([3, 3.5, 3.5, 3, 2, 1, .3, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .2, .4, 1, 2])

COUNTRIES = [("US", -5, .30), ("GB", 1, .08), ("DE", 2, .08), ("FR", 2, .05), ("NL", 2, .03), ("IN", 5.5, .09),
             ("JP", 9, .05), ("CA", -5, .04), ("AU", 10, .03), ("BR", -3, .04), ("SG", 8, .03), ("ES", 2, .03),
             ("KR", 9, .03), ("SE", 2, .02), ("PL", 2, .02), ("MX", -6, .02), ("IL", 3, .02), ("US", -8, .07)]
TZ_OF = {}
for _c, _o, _w in COUNTRIES:
    TZ_OF.setdefault(_c, _o)
TZ_OF.update({"PH": 8, "HK": 8, "MY": 8, "CZ": 2, "KE": 3, "VN": 7, "TW": 8, "AE": 4, "IE": 1})

RES_OCTETS = [24, 47, 50, 66, 67, 68, 70, 71, 73, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91,
              92, 93, 94, 95, 98, 99, 101, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123,
              124, 125, 171, 175, 176, 177, 178, 179, 180, 181, 182, 183, 186, 187, 188, 189, 190, 191, 200, 201]
DC_OCTETS = [3, 13, 18, 34, 35, 45, 52, 54, 64, 104, 134, 137, 138, 139, 143, 144, 146, 147, 157, 159, 161, 164, 165,
             167, 185, 193, 194, 195, 206, 209, 212, 213, 217]

EV_COLS = ["event_id", "timestamp", "account_id", "org_id", "api_key_id", "model", "ip", "user_agent", "system", "prompt",
           "turn", "conversation_id", "input_tokens", "output_tokens", "max_tokens", "temperature", "n", "tools",
           "response_format", "finish_reason", "status", "region", "latency_ms"]
EV_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("timestamp", pa.int64()), ("account_id", pa.string()), ("org_id", pa.string()),
    ("api_key_id", pa.string()), ("model", pa.string()), ("ip", pa.string()), ("user_agent", pa.string()),
    ("system", pa.string()), ("prompt", pa.string()), ("turn", pa.int32()), ("conversation_id", pa.string()),
    ("input_tokens", pa.int64()), ("output_tokens", pa.int64()), ("max_tokens", pa.int32()),
    ("temperature", pa.float64()), ("n", pa.int32()), ("tools", pa.int32()), ("response_format", pa.string()),
    ("finish_reason", pa.string()), ("status", pa.int32()), ("region", pa.string()), ("latency_ms", pa.int32())])


class World:
    def __init__(self, seed):
        self.seed = seed
        self.rng = np.random.default_rng(seed)
        self.R = random.Random(seed)
        self.cols = {c: [] for c in EV_COLS}
        self.accounts = []
        self.S = sources.load_all()
        sg = self.S["sharegpt"]
        self.R.shuffle(sg)
        kw = ("code", "function", "python", "javascript", "sql", "error", "class ", "api", "bug", "script", "react", "java")
        self.sg_code = [c for c in sg if any(k in c[0][0].lower() for k in kw)]
        self.sg_ans = [c for c in sg if len(c[1]) > 200 and len(c[0][0]) < 1500]
        self.arena_code = [p for s, p in self.S["arena"] if s == "coding" or "code" in p.lower()[:300]]
        self.used_domains = set()
        self.orgs_seen = 0

    # ------------------------------------------------------------ ids and small helpers
    def hx(self, n):
        return "%0*x" % (n, self.R.getrandbits(4 * n))

    def new_org(self):
        return "sub-%s-%s" % (self.hx(8), self.hx(4))

    def new_fp(self):
        return "pf_" + self.hx(20)

    def corp_domain(self):
        while True:
            d = "%s%s%s.%s" % (self.R.choice(TX.COMPANY_A), self.R.choice(["", "-", ""]), self.R.choice(TX.COMPANY_B),
                               self.R.choice(TX.TLDS))
            if d not in self.used_domains:
                self.used_domains.add(d)
                return d

    def country(self):
        c = self.R.choices(COUNTRIES, weights=[w for _, _, w in COUNTRIES])[0]
        return c[0], c[1]

    def res_ip(self):
        if self.R.random() < 0.07:
            return "2a0%d:%x:%x:%x:%x:%x:%x:%x" % tuple([self.R.randint(1, 9)] + [self.R.randint(1, 0xffff) for _ in range(7)])
        return "%d.%d.%d.%d" % (self.R.choice(RES_OCTETS), self.R.randint(0, 255), self.R.randint(0, 255), self.R.randint(1, 254))

    def dc_block(self):
        return "%d.%d.%d" % (self.R.choice(DC_OCTETS), self.R.randint(0, 255), self.R.randint(0, 255))

    def in_block(self, blk):
        return "%s.%d" % (blk, self.R.randint(2, 253))

    def privatelink_ip(self):
        return "10.32.%d.%d" % (self.R.randint(0, 15), self.R.randint(1, 254))

    def pick(self, seq):
        return seq[self.R.randrange(len(seq))]

    def wchoice(self, pairs):
        return self.R.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]

    # ------------------------------------------------------------ accounts
    def account(self, kind, campaign="", org=None, fp=None, email=None, country=None, tz=None, verified=True,
                created=None, nkeys=1, legacy=0.0, uas=None, in_table=True):
        if country is None:
            country, tz0 = self.country()
            tz = tz if tz is not None else tz0
        if tz is None:
            tz = TZ_OF.get(country, 0)
        if created is None:
            created = T0 - int(self.R.uniform(20, 900) * DAY)
        keys = []
        for _ in range(nkeys):
            keys.append(("key_" + self.hx(16), self.R.random() < legacy))
        a = dict(account_id="acct_" + self.hx(14), kind=kind, campaign=campaign, org=org or self.new_org(),
                 fp=fp or self.new_fp(), email=email or self.corp_domain(), country=country, tz=tz,
                 verified=verified, created=int(created), keys=keys,
                 uas=uas or [self.pick(TX.UA_SDK)], in_table=in_table and created < SNAPSHOT)
        self.accounts.append(a)
        return a

    # ------------------------------------------------------------ time
    def times(self, n, tz, prof, weekend=1.0, d0=0, d1=NDAYS, lo=None, hi=None):
        if n <= 0:
            return []
        days = np.arange(d0, d1)
        w = np.array([weekend if (d % 7) in (5, 6) else 1.0 for d in days])
        dd = self.rng.choice(days, size=n, p=w / w.sum())
        hh = self.rng.choice(24, size=n, p=prof / prof.sum())
        t = T0 + dd * DAY + ((hh - tz) * HOUR).astype(np.int64) + self.rng.integers(0, HOUR, size=n)
        lo = T0 if lo is None else lo
        hi = T_END - 1 if hi is None else hi
        t = np.where(t < lo, t + DAY, t)
        t = np.where(t > hi, t - DAY, t)
        t = np.clip(t, lo, hi)
        return sorted(int(x) for x in t)

    def gaps(self, k, mu_s, sigma=0.7):
        return [int(x) for x in np.cumsum(self.rng.lognormal(np.log(mu_s * 1000), sigma, size=k))]

    # ------------------------------------------------------------ emit one row
    def emit(self, a, ts, model, prompt, system=None, conv=None, turn=None, ip=None, ua=None, key=None,
             max_tokens=None, temperature=None, n=None, tools=None, rf=None, out_mu=350, hist=0, finish=None,
             status=None, region=None):
        R = self.R
        if ts >= T_END or ts < T0:
            return 0
        if key is None:
            ks = a["keys"]
            key = ks[0] if len(ks) == 1 or R.random() < 0.8 else ks[R.randrange(len(ks))]
        if status is None:
            r = R.random()
            status = 200 if r < 0.984 else 429 if r < 0.992 else 500 if r < 0.995 else 503 if r < 0.997 else 400
        if model == HX3 and ts < RELEASE:
            status = 404
        in_tok = int((len(prompt) + len(system or "")) / 3.8 * R.uniform(0.93, 1.07)) + 3 + hist + (tools or 0) * 95
        if status == 200:
            out = int(self.rng.lognormal(np.log(max(out_mu, 2)), 0.55)) + 1
            if n and n > 1:
                out *= n
            fr = finish or "stop"
            if max_tokens and out > max_tokens * (n or 1):
                out, fr = max_tokens * (n or 1), "length"
            lat = int(250 + out * R.uniform(8, 25) + in_tok * 0.05)
        else:
            out, fr, lat = (0 if status in (429, 400, 404, 403) else None), None, R.randint(5, 900)
        c = self.cols
        c["event_id"].append(None)  # assigned after sorting
        c["timestamp"].append(int(ts))
        c["account_id"].append(a["account_id"])
        c["org_id"].append(None if key[1] else a["org"])
        c["api_key_id"].append(key[0])
        c["model"].append(model)
        c["ip"].append(None if R.random() < 0.006 else ip)
        c["user_agent"].append(None if R.random() < 0.004 else ua if ua is not None else (a["uas"][0] if len(a["uas"]) == 1 or R.random() < .7 else R.choice(a["uas"])))
        c["system"].append(system)
        c["prompt"].append(prompt)
        c["turn"].append(turn)
        c["conversation_id"].append(conv)
        c["input_tokens"].append(in_tok)
        c["output_tokens"].append(out)
        c["max_tokens"].append(max_tokens)
        c["temperature"].append(temperature)
        c["n"].append(n)
        c["tools"].append(tools)
        c["response_format"].append(rf)
        c["finish_reason"].append(fr)
        c["status"].append(status)
        c["region"].append(region or ("eu-west-1" if a["tz"] in (0, 1, 2, 3) else "ap-southeast-1" if a["tz"] >= 5 else "us-east-1"))
        c["latency_ms"].append(lat)
        return in_tok + (out or 0)

    def conv_id(self):
        return "conv_" + self.hx(20)

    # ------------------------------------------------------------ organic prompts
    def organic_turns(self, maxturns=6):
        r = self.R.random()
        if r < 0.68:
            h, _ = self.pick(self.S["sharegpt"])
            return h[:maxturns]
        if r < 0.78:
            return self.pick(self.S["oasst_trees"])[:maxturns]
        if r < 0.84:
            return [self.pick(self.S["oasst_lottery"])]
        if r < 0.95:
            return [self.pick(self.S["arena"])[1]]
        return [self.pick(self.S["awesome"])[1]]

    def organic_params(self, a):
        st = a.setdefault("_params", dict(
            mt=self.R.choice([None, None, 512, 1024, 1024, 2048, 4096]),
            temp=self.R.choice([None, None, 0.2, 0.5, 0.7, 0.7, 1.0]),
            sys=self.R.choice([None, None, None] + TX.GENERIC_SYSTEMS),
            rf=self.R.choice([None, None, "text"]),
            tools=self.R.choice([0, 0, 0, None]),
            models=self.R.sample(ORGANIC_MIX, self.R.randint(1, 3)),
            hx3=self.R.random()))
        return st

    def organic_model(self, a, ts, adopt_p=0.3, share=0.45):
        p = self.organic_params(a)
        if ts > RELEASE + self.R.uniform(0, 3 * DAY) and p["hx3"] < adopt_p and self.R.random() < share:
            return HX3
        return self.wchoice(p["models"])

    def organic_chat(self, a, n_sessions, prof, weekend, ipf, maxturns=6, gap=70, d0=0, adopt_p=0.3):
        p = self.organic_params(a)
        for t in self.times(n_sessions, a["tz"], prof, weekend, d0=d0, lo=max(T0, a["created"])):
            turns = self.organic_turns(maxturns)
            conv, hist = self.conv_id(), 0
            model = self.organic_model(a, t, adopt_p)
            ip = ipf()
            offs = [0] + self.gaps(len(turns) - 1, gap)
            for i, (pr, o) in enumerate(zip(turns, offs)):
                hist += self.emit(a, t + o, model, pr, system=p["sys"], conv=conv, turn=i, ip=ip,
                                  max_tokens=p["mt"], temperature=p["temp"], tools=p["tools"], rf=p["rf"], hist=hist)

    # ================================================================ BENIGN KINDS
    def gen_individuals(self, n):
        for _ in range(n):
            fm = self.R.random() < 0.25
            a = self.account("individual_dev", email=self.R.choice(TX.FREEMAIL) if fm else None,
                             verified=self.R.random() < 0.8, nkeys=self.R.choice([1, 1, 2]), legacy=0.08,
                             uas=self.R.sample(TX.UA_SDK + TX.UA_BROWSER, 2))
            ips = [self.res_ip() for _ in range(self.R.randint(1, 3))]
            ns = max(1, int(self.rng.lognormal(1.9, 0.9)))
            self.organic_chat(a, ns, P_EVENING if self.R.random() < .5 else P_BUSINESS, 1.0,
                              lambda: self.pick(ips), adopt_p=0.35)

    def gen_reseller_smb(self, fp, n, reseller):
        """Small unrelated customers on a reseller's consolidated marketplace billing: one payment fingerprint."""
        for _ in range(n):
            a = self.account("reseller_smb_customer", fp=fp, nkeys=self.R.choice([1, 1, 2]),
                             created=T0 - int(self.R.uniform(5, 500) * DAY), verified=self.R.random() < 0.6)
            a["reseller"] = reseller
            ips = [self.res_ip() if self.R.random() < .6 else self.in_block(self.dc_block()) for _ in range(self.R.randint(1, 2))]
            ns = max(1, int(self.rng.lognormal(1.8, 1.0)))
            self.organic_chat(a, ns, P_BUSINESS, 0.4, lambda: self.pick(ips))

    def gen_enterprise(self, name, domain, country, n, n_orgs, created0, spread_min, d0=0, lib_share=0.3,
                       kind="enterprise_employee"):
        blk = self.dc_block()
        fp = self.new_fp()
        orgs = [self.new_org() for _ in range(n_orgs)]
        ua_corp = ["langchain-openai/0.2.9 " + name.lower() + "-copilot/1.4", "OpenAI/Python 1.54.4"] + TX.UA_BROWSER[:2]
        for i in range(n):
            lib = self.R.random() < lib_share
            k = "enterprise_prompt_library" if lib else kind
            a = self.account(k, org=orgs[i % n_orgs], fp=fp, email=domain, country=country, verified=True,
                             created=created0 + int(self.R.uniform(0, spread_min) * MIN), uas=ua_corp)
            a["enterprise"] = name
            p = self.organic_params(a)
            ns = max(1, int(self.rng.lognormal(2.8, 0.7)))
            if d0:
                ns = max(1, ns * (NDAYS - d0) // NDAYS)
            lo = max(T0, a["created"] + int(self.R.uniform(5, 120) * MIN))
            for t in self.times(ns, a["tz"], P_BUSINESS, 0.08, d0=d0, lo=lo):
                ip = self.in_block(blk) if self.R.random() < 0.9 else self.res_ip()
                conv, hist = self.conv_id(), 0
                model = self.organic_model(a, t, 0.15)
                if lib and self.R.random() < 0.7:
                    tpl = self.R.choice(TX.PROMPT_LIBRARY) if self.R.random() < 0.75 else self.R.choice(self.S["awesome"][:60])[1]
                    follow = self.organic_turns(2)[:1] + ([self.R.choice(TX.PL_FOLLOWUPS)] if self.R.random() < 0.4 else [])
                    turns = [tpl] + follow
                else:
                    turns = self.organic_turns(5)
                offs = [0] + self.gaps(len(turns) - 1, 60)
                for j, (pr, o) in enumerate(zip(turns, offs)):
                    hist += self.emit(a, t + o, model, pr, system=p["sys"], conv=conv, turn=j, ip=ip,
                                      max_tokens=p["mt"], temperature=p["temp"], tools=0, hist=hist)

    def gen_startup_apps(self, n_apps):
        for _ in range(n_apps):
            org, fp, dom = self.new_org(), self.new_fp(), self.corp_domain()
            country, tz = self.country()
            sysp = "You are %s, the assistant inside %s. %s %s" % (
                self.R.choice(TX.APP_BOTS), self.R.choice(TX.APP_PRODUCTS), self.R.choice(TX.APP_RULES), self.R.choice(TX.APP_RULES))
            priv = self.R.random() < 0.35
            blk = self.dc_block()
            model = self.R.choice([HX_FLASH, TS_M, KS_C, HX_PRO, FJ])
            mt = self.R.choice([300, 512, 800, 1024])
            temp = self.R.choice([0.3, 0.5, 0.7])
            ua = self.R.choice(["OpenAI/Python 1.54.4", "openai-node/4.67.3", "ai-sdk/3.4.9 (node)", "Go-http-client/2.0"])
            for j in range(self.R.randint(1, 6)):
                a = self.account("startup_app_backend", org=org, fp=fp, email=dom, country=country, tz=tz, uas=[ua],
                                 nkeys=2, legacy=0.05)
                vol = int(self.rng.lognormal(6.0, 0.8)) if j == 0 else int(self.rng.lognormal(3.5, 1.0))
                for t in self.times(vol // 2 + 1, tz, P_EVENING, 1.1, lo=max(T0, a["created"])):
                    turns = self.organic_turns(4)
                    conv, hist = self.conv_id(), 0
                    offs = [0] + self.gaps(len(turns) - 1, 45)
                    for k, (pr, o) in enumerate(zip(turns, offs)):
                        ip = self.privatelink_ip() if priv else self.in_block(blk)
                        hist += self.emit(a, t + o, model, pr, system=sysp, conv=conv, turn=k, ip=ip, max_tokens=mt,
                                          temperature=temp, tools=0, rf="text", hist=hist, out_mu=180)

    def tool_result(self):
        return self.R.choice(TX.SHELL_OUT).format(fn=self.R.choice(TX.FN_NAMES), Fn=self.R.choice(TX.FN_NAMES).title().replace("_", ""),
                                                   a=self.R.randint(1, 400), b=self.R.randint(1, 90), ms=self.R.randint(10, 999))

    def gen_agent_platform(self, name, n_acc, conv_per_acc, ntools, blocks_n=2):
        org, fp, dom = self.new_org(), self.new_fp(), name + ".dev"
        blocks = [self.dc_block() for _ in range(blocks_n)]
        sysp = TX.AGENT_PLATFORM_SYSTEM[name]
        ua = "%s-runner/2.%d (python-httpx/0.27.2)" % (name, self.R.randint(10, 19))
        tasks = self.arena_code + [c[0][0] for c in self.sg_code[:3000]]
        for i in range(n_acc):
            a = self.account("agent_platform_24x7", org=org, fp=fp, email=dom, country="US", tz=-5, uas=[ua], nkeys=2)
            nc = int(conv_per_acc * self.R.uniform(0.6, 1.4))
            for t in self.times(nc, 0, P_FLAT, 0.85, lo=max(T0, a["created"])):
                nturn = int(np.clip(self.rng.lognormal(2.2, 0.6), 3, 45))
                conv, hist = self.conv_id(), 0
                days_after = (t - RELEASE) / DAY
                share3 = 0 if days_after < 0.9 else 0.1 if days_after < 2 else 0.25 if days_after < 4 else 0.4
                model = HX3 if self.R.random() < share3 else self.R.choice([TS_L, HX_PRO, HX_PRO])
                offs = [0] + self.gaps(nturn - 1, 9, 0.5)
                blk = self.R.choice(blocks)
                for k, o in enumerate(offs):
                    pr = self.R.choice(tasks) if k == 0 else self.tool_result()
                    fin = "stop" if k == nturn - 1 else "tool_calls"
                    hist += self.emit(a, t + o, model, pr, system=sysp, conv=conv, turn=k, ip=self.in_block(blk),
                                      max_tokens=8192, temperature=self.R.choice([0.0, 0.2]), tools=ntools + self.R.choice([0, 0, 1]),
                                      rf="text", hist=min(hist, 180_000), finish=fin, out_mu=220)

    def doc(self, kind):
        R = self.R
        qty, price = R.randint(1, 400), round(R.uniform(2, 900), 2)
        return TX.EXTRACT_DOCS[kind].format(
            num=R.randint(10000, 999999), company=R.choice(TX.COMPANY_A).title(), suffix=R.choice(["GmbH", "Ltd", "Inc.", "BV", "S.A."]),
            company2=R.choice(TX.COMPANY_A).title() + " " + R.choice(TX.COMPANY_B).title(), date="2026-%02d-%02d" % (R.randint(6, 8), R.randint(1, 28)),
            date2="2026-%02d-%02d" % (R.randint(8, 10), R.randint(1, 28)), qty=qty, item=R.choice(TX.ITEMS), price=price,
            ship=round(R.uniform(0, 120), 2), vat=R.choice([0, 7, 19, 20, 21]), total=round(qty * price * 1.19, 2),
            cur=R.choice(["EUR", "USD", "GBP"]), carrier=R.choice(["DHL", "Maersk", "UPS", "Kuehne+Nagel"]), track=self.hx(12).upper(),
            city=R.choice(TX.CITIES), city2=R.choice(TX.CITIES), kg=R.randint(80, 9000), inco=R.choice(["FOB", "DAP", "EXW", "CIF"]),
            name=R.choice(TX.NAMES), complaint=R.choice(TX.COMPLAINTS), prio=R.choice(["low", "normal", "urgent"]),
            years=R.randint(1, 25), role=R.choice(TX.ROLES), role2=R.choice(TX.ROLES), skills=R.choice(TX.SKILLS),
            degree=R.choice(["BSc", "MSc", "BA", "diploma", "PhD"]))

    def batch_jobs(self, accs, jobs_per_day, size, prof, tz, make, model, rf, mt, temp, ipf, out_mu, d0=0):
        for a in accs:
            for day in range(d0, NDAYS):
                if (day % 7) in (5, 6) and self.R.random() < 0.6:
                    continue
                for _ in range(jobs_per_day):
                    hh = int(self.rng.choice(24, p=prof / prof.sum()))
                    start = T0 + day * DAY + int((hh - tz) * HOUR) + self.R.randint(0, HOUR)
                    m = int(size * self.R.uniform(0.4, 1.6))
                    dur = self.R.uniform(20, 90) * MIN
                    ip = ipf()
                    for k in range(m):
                        self.emit(a, start + int(dur * k / m) + self.R.randint(0, 3000), model, make(), ip=ip, max_tokens=mt,
                                  temperature=temp, n=1, tools=0, rf=rf, out_mu=out_mu)

    def gen_batch_json(self, n_customers):
        for _ in range(n_customers):
            org, fp, dom = self.new_org(), self.new_fp(), self.corp_domain()
            country, tz = self.country()
            priv = self.R.random() < 0.5
            blk = self.dc_block()
            kinds = self.R.sample(list(TX.EXTRACT_DOCS), self.R.randint(1, 2))
            accs = [self.account("batch_json_extraction", org=org, fp=fp, email=dom, country=country, tz=tz,
                                 uas=["aws-sdk-java/2.25.60" if self.R.random() < .5 else "python-requests/2.32.3"])
                    for _ in range(self.R.randint(2, 7))]
            self.batch_jobs(accs, 1, self.R.randint(20, 60), P_NIGHT, tz,
                            lambda: TX.EXTRACT_INSTR.format(doc=self.doc(self.R.choice(kinds))),
                            self.R.choice([HX_FLASH, TS_M]), "json_schema", self.R.choice([1024, 2048]), 0.0,
                            (lambda: self.privatelink_ip()) if priv else (lambda: self.in_block(blk)), 160)

    def gen_translation(self, n_customers):
        for _ in range(n_customers):
            org, fp, dom = self.new_org(), self.new_fp(), self.corp_domain()
            country, tz = self.country()
            blk = self.dc_block()
            accs = [self.account("batch_translation", org=org, fp=fp, email=dom, country=country, tz=tz,
                                 uas=["python-httpx/0.27.2"]) for _ in range(self.R.randint(2, 5))]
            langs = self.R.sample(TX.LANGS, 3)
            self.batch_jobs(accs, 1, self.R.randint(15, 45), P_BUSINESS, tz,
                            lambda: TX.TRANSLATE_INSTR.format(lang=self.R.choice(langs), text=self.pick(self.sg_ans)[1][:1500]),
                            self.R.choice([TS_L, HX_FLASH]), "text", 4096, 0.3, lambda: self.in_block(blk), 500)

    def gen_support_rewriter(self, n_acc):
        org, fp = self.new_org(), self.new_fp()
        blk = self.dc_block()
        for i in range(n_acc):
            client = TX.SUPPORT_CLIENTS[i % len(TX.SUPPORT_CLIENTS)]
            a = self.account("support_policy_rewriter", org=org, fp=fp, email="tidewellcx.com", country="IE", tz=1,
                             uas=["tidewell-qa/5.2 OpenAI/Python 1.54.4"])
            sysp = TX.SUPPORT_SYSTEM.format(client=client)
            nreq = int(self.rng.lognormal(6.4, 0.4))
            for t in self.times(nreq, 1, P_FLAT * 0.3 + P_BUSINESS, 0.5, lo=max(T0, a["created"])):
                hum, ast = self.pick(self.S["hh"])
                k = self.R.randrange(len(hum))
                draft = ast[k] if k < len(ast) else (ast[-1] if ast else "I can't help with that.")
                self.emit(a, t, self.R.choice([HX_PRO, HX_FLASH]), TX.SUPPORT_PROMPT.format(cust=hum[k], draft=draft),
                          system=sysp, conv=self.conv_id(), turn=0, ip=self.in_block(blk), max_tokens=600,
                          temperature=0.2, n=1, tools=0, rf="text", out_mu=140)

    def judge_prompt(self):
        jp = self.R.choice([j for j in self.S["judge"] if "multi-turn" not in j["name"]])
        q = self.pick(self.S["mt_bench"])[0]
        a1, a2 = self.pick(self.sg_ans)[1][:1500], self.pick(self.sg_ans)[1][:1500]
        fill = dict(question=q, answer=a1, answer_a=a1, answer_b=a2, ref_answer_1=a2)
        try:
            return jp["system_prompt"], jp["prompt_template"].format(**fill)
        except (KeyError, IndexError):
            return jp["system_prompt"], "[Question]\n%s\n\n[Answer]\n%s" % (q, a1)

    def gen_eval_firm(self, n_acc):
        org, fp = self.new_org(), self.new_fp()
        blk, office = self.dc_block(), self.dc_block()
        accs = [self.account("eval_firm_rubric_grader", org=org, fp=fp, email="latticeevals.ai", country="US", tz=-8,
                             uas=["lattice-harness/0.9 python-httpx/0.27.2"], nkeys=3) for _ in range(n_acc)]
        runs = [(T0 + 1 * DAY + 18 * HOUR, [HX_PRO, TS_L]), (T0 + 4 * DAY + 20 * HOUR, [KS_R, FJ]),
                (T0 + 8 * DAY + 17 * HOUR, [HX_FLASH, TS_M]), (RELEASE + int(1.6 * HOUR), [HX3, HX_PRO]),
                (RELEASE + 1 * DAY + 3 * HOUR, [HX3]), (T0 + 15 * DAY + 18 * HOUR, [HX3, TS_L, KS_R])]
        for r, (start, cands) in enumerate(runs):
            run_id = "run-%04d" % (300 + r)
            for cand in cands:   # generation phase on the candidate model
                for k, turns in enumerate(self.S["mt_bench"] + self.S["vicuna"]):
                    a = accs[k % n_acc]
                    t = start + self.R.randint(0, 40 * MIN)
                    conv, hist = self.conv_id(), 0
                    for j, q in enumerate(turns):
                        hist += self.emit(a, t + j * self.R.randint(5000, 30000), cand, q, conv=conv, turn=j,
                                          ip=self.in_block(blk), max_tokens=2048, temperature=0.0, n=1, tools=0, rf="text", hist=hist, out_mu=450)
            for k in range(int(900 * self.R.uniform(0.8, 1.3))):  # judging phase
                a = accs[k % n_acc]
                t = start + 45 * MIN + self.R.randint(0, 150 * MIN)
                if self.R.random() < 0.5:
                    sysp, pr = self.judge_prompt()
                else:
                    sysp, pr = None, TX.EVAL_RUBRIC.format(run=run_id, suite=self.R.choice(["general-v4", "coding-v2", "safety-v3"]),
                                                           case=self.R.randint(1, 2400), q=self.pick(self.S["arena"])[1][:1500],
                                                           a=self.pick(self.sg_ans)[1][:1500])
                self.emit(accs[k % n_acc], t, self.R.choice([HX_PRO, TS_L]), pr, system=sysp, ip=self.in_block(blk),
                          max_tokens=1024, temperature=0.0, n=1, tools=0, rf="json_object" if sysp is None else "text", out_mu=220)
        for a in accs[:3]:   # analysts poking around from the office
            self.organic_chat(a, 25, P_BUSINESS, 0.1, lambda: self.in_block(office))

    def gen_labelling(self, n_annot, n_pipe):
        org, fp = self.new_org(), self.new_fp()
        office, cloud = self.dc_block(), self.dc_block()
        created0 = T0 - 200 * DAY
        for i in range(n_annot + n_pipe):
            pipe = i >= n_annot
            a = self.account("labelling_preference_vendor", org=org, fp=fp, email="brightmarkdata.com", country="PH", tz=8,
                             created=created0 + int(self.R.uniform(0, 150) * DAY),
                             uas=TX.UA_BROWSER[:2] if not pipe else ["brightmark-pipeline/3.1 python-requests/2.32.3"])
            nreq = int(self.rng.lognormal(5.6 if pipe else 5.0, 0.4))
            for t in self.times(nreq, 8, P_FLAT if pipe else P_BUSINESS, 0.2 if not pipe else 0.7, lo=max(T0, a["created"])):
                h, ans = self.pick(self.sg_ans)
                other = self.pick(self.sg_ans)[1]
                b = ans[: len(ans) // 2] if self.R.random() < 0.5 else other
                if self.R.random() < 0.6:
                    one, two = (ans, b) if self.R.random() < 0.5 else (b, ans)
                    pr = TX.LABEL_PAIR.format(proj=self.R.choice(TX.LABEL_PROJECTS), batch=self.R.randint(1, 90), item=self.R.randint(1, 99999),
                                              gv=self.R.choice(["2.3", "2.4"]), q=h[0][:1500], a=one[:1500], b=two[:1500])
                else:
                    pr = TX.LABEL_LIKERT.format(proj=self.R.choice(TX.LABEL_PROJECTS), item=self.R.randint(1, 99999), q=h[0][:1500], a=ans[:1500])
                self.emit(a, t, self.R.choice([HX_PRO, TS_L, KS_R]), pr, conv=None if pipe else self.conv_id(), turn=None if pipe else 0,
                          ip=self.in_block(cloud if pipe else office), max_tokens=400, temperature=0.0 if pipe else None,
                          tools=0, rf="text", out_mu=110)

    def gen_model_comparison(self, n):
        for _ in range(n):
            a = self.account("model_comparison_user", email=self.R.choice(TX.FREEMAIL) if self.R.random() < .3 else None,
                             uas=self.R.sample(TX.UA_SDK, 2) + TX.UA_BROWSER[:1])
            ip = self.res_ip()
            models = self.R.sample([HX_PRO, TS_L, KS_R, FJ, HX_FLASH, KS_C], self.R.randint(2, 4))
            ns = max(2, int(self.rng.lognormal(2.0, 0.6)))
            eager = self.R.random() < 0.75
            sess = self.times(ns, a["tz"], P_EVENING, 1.2, lo=max(T0, a["created"]))
            if eager:   # rushes to the new flagship within hours of release
                d = self.rng.lognormal(np.log(2.5 * HOUR), 0.7)
                sess += [int(RELEASE + d + k * self.R.randint(2, 40) * MIN) for k in range(self.R.randint(3, 12))]
                if self.R.random() < 0.2:   # polling the name before it exists -> 404
                    self.emit(a, RELEASE - self.R.randint(5, 240) * MIN, HX3, "hello", ip=ip, max_tokens=16, tools=0)
            for t in sorted(sess):
                q = self.R.choice([self.pick(self.S["arena"])[1], self.pick(self.S["mt_bench"])[0], self.organic_turns(1)[0]])
                ms = list(models)
                if t > RELEASE and (eager or self.R.random() < 0.3):
                    ms = [HX3] + ms[:2]
                for k, m in enumerate(ms):
                    self.emit(a, t + k * self.R.randint(1500, 25000), m, q, conv=self.conv_id(), turn=0, ip=ip,
                              max_tokens=self.R.choice([None, 2048]), temperature=self.R.choice([None, 0.0, 0.7]), tools=0, out_mu=500)

    def gen_tutoring(self, n_apps):
        math = [c for c in self.S["sharegpt"] if any(k in c[0][0].lower() for k in ("solve", "equation", "probability", "calculate"))]
        for _ in range(n_apps):
            org, fp, dom = self.new_org(), self.new_fp(), self.corp_domain()
            country, tz = self.R.choice([("US", -6), ("IN", 5.5), ("GB", 1)])
            blk = self.dc_block()
            for _ in range(self.R.randint(2, 4)):
                a = self.account("tutoring_stepbystep_app", org=org, fp=fp, email=dom, country=country, tz=tz, uas=["openai-node/4.67.3"])
                for t in self.times(int(self.rng.lognormal(6.2, 0.4)), tz, P_EVENING, 1.3, lo=max(T0, a["created"])):
                    R = self.R
                    if R.random() < 0.7:
                        q = R.choice(TX.TUTOR_PROBLEMS).format(a=R.randint(2, 12), b=R.randint(3, 60), c=R.randint(1, 9), d=R.randint(20, 120),
                                                               e=R.randint(20, 200), s=R.randint(-9, 12), p=R.randint(-30, 40))
                    else:
                        q = self.pick(math)[0][0] if math else self.pick(self.S["oasst_lottery"])
                    turns = [q] + R.sample(TX.TUTOR_FOLLOW, R.choice([0, 0, 1, 2]))
                    conv, hist = self.conv_id(), 0
                    offs = [0] + self.gaps(len(turns) - 1, 50)
                    for k, (pr, o) in enumerate(zip(turns, offs)):
                        hist += self.emit(a, t + o, TS_M if R.random() < .7 else HX_FLASH, pr, system=TX.TUTOR_SYSTEM, conv=conv, turn=k,
                                          ip=self.in_block(blk), max_tokens=1200, temperature=0.4, tools=0, rf="text", hist=hist, out_mu=380)

    def gen_marketing(self, n_agencies):
        for _ in range(n_agencies):
            org, fp, dom = self.new_org(), self.new_fp(), self.corp_domain()
            country, tz = self.country()
            blk = self.dc_block()
            for _ in range(self.R.randint(2, 6)):
                a = self.account("marketing_variants_agency", org=org, fp=fp, email=dom, country=country, tz=tz,
                                 uas=[self.R.choice(["OpenAI/Python 1.54.4", "make.com-connector/2.1", "zapier-ai/1.8"])])
                for t in self.times(int(self.rng.lognormal(4.9, 0.6)), tz, P_BUSINESS, 0.15, lo=max(T0, a["created"])):
                    R = self.R
                    k = R.randint(3, 10)
                    pr = TX.MKT_PROMPT.format(k=k, asset=R.choice(TX.MKT_ASSETS), product=R.choice(TX.MKT_PRODUCTS), aud=R.choice(TX.MKT_AUD),
                                              tone=R.choice(TX.MKT_TONE), lim=R.choice([30, 60, 90, 150]))
                    self.emit(a, t, R.choice([HX_PRO, TS_L, KS_C]), pr, conv=self.conv_id(), turn=0, ip=self.in_block(blk),
                              max_tokens=600, temperature=R.choice([0.9, 1.0, 1.1, 1.2, 1.3]), n=R.choice([2, 3, 4, 5, 6, 8]),
                              tools=0, rf="text", out_mu=160)

    def gen_healthchecks(self, n):
        apps = [a for a in self.accounts if a["kind"] == "startup_app_backend"]
        for i in range(n):
            host = apps[(i * 7) % len(apps)]
            a = self.account("ci_healthcheck_bot", org=host["org"], fp=host["fp"], email=host["email"], country=host["country"],
                             tz=host["tz"], uas=["Go-http-client/2.0"])
            period = self.R.choice([10, 15, 15, 20]) * MIN
            model = self.R.choice([HX_FLASH, TS_M, KS_C])
            pr = self.R.choice(TX.HEALTH_PROMPTS)
            ip = self.in_block(self.dc_block())
            t = T0 + self.R.randint(0, period)
            while t < T_END:
                self.emit(a, t + self.R.randint(-15000, 15000), model, pr, ip=ip, max_tokens=5, temperature=0.0, n=1, tools=0,
                          rf="text", out_mu=2)
                t += period

    def gen_edu_class(self, n):
        blk = self.dc_block()
        fp_prog = self.new_fp()   # the education programme credits
        created0 = T0 - 19 * DAY + 14 * HOUR
        qs = self.S["mt_bench"]
        for i in range(n):
            a = self.account("edu_benchmark_class", email="student.tu-eindhaven.nl", country="NL", tz=2, verified=False,
                             fp=fp_prog, created=created0 + int(self.R.uniform(0, 100) * MIN),
                             uas=[self.R.choice(["OpenAI/Python 1.54.4", "python-requests/2.32.3", "OpenAI/Python 1.40.6"])])
            models = self.R.sample([HX_PRO, TS_L, FJ, KS_C], self.R.choice([1, 2, 2]))
            start = T0 + self.R.choice([6, 7, 8]) * DAY + int(self.R.uniform(9, 23) * HOUR)
            for m in models:
                t = start + self.R.randint(0, 3 * HOUR)
                for turns in qs:
                    conv, hist = self.conv_id(), 0
                    for j, q in enumerate(turns):
                        t += self.R.randint(3000, 25000)
                        hist += self.emit(a, t, m, q, conv=conv, turn=j, ip=self.in_block(blk) if self.R.random() < .8 else self.res_ip(),
                                          max_tokens=1024, temperature=0.0, tools=0, hist=hist, out_mu=400)
            self.organic_chat(a, self.R.randint(0, 6), P_EVENING, 1.0, self.res_ip)

    def gen_redteam(self, n):
        org, fp = self.new_org(), self.new_fp()
        blk = self.dc_block()
        for _ in range(n):
            a = self.account("security_redteam_firm", org=org, fp=fp, email="halyard-security.com", country="GB", tz=1,
                             uas=["redline-probe/0.4 python-httpx/0.27.2"])
            for t in self.times(int(self.rng.lognormal(4.5, 0.5)), 1, P_BUSINESS, 0.1):
                hum, _ = self.pick(self.S["hh"])
                conv, hist = self.conv_id(), 0
                model = self.R.choice([HX_PRO, TS_L, KS_C, FJ] + ([HX3] if t > RELEASE else []))
                for j, q in enumerate(hum[:5]):
                    st = 200
                    hist += self.emit(a, t + j * self.R.randint(4000, 40000), model, q, conv=conv, turn=j, ip=self.in_block(blk),
                                      max_tokens=512, temperature=0.7, tools=0, hist=hist, out_mu=120,
                                      finish="content_filter" if self.R.random() < 0.15 else None, status=st if self.R.random() < .9 else 400)

    def gen_dormant(self, n, fps):
        for _ in range(n):
            self.account("dormant", fp=self.R.choice(fps) if self.R.random() < 0.3 else None)

    # ================================================================ CAMPAIGNS
    def g1_reseller_swe(self, fp_reseller, n):
        """G1: many one-account subscriptions on the reseller's consolidated billing; distinct residential IPs."""
        accs = []
        for i in range(n):
            c = self.R.choice(["US", "SG", "MY", "HK", "GB", "VN", "TW", "AE"])
            a = self.account("reseller_embedded_swe", campaign="G1", fp=fp_reseller, country=c,
                             created=T0 - int((self.R.choice([9, 8, 4, 3]) + self.R.uniform(0, 0.2)) * DAY),
                             verified=self.R.random() < 0.5, uas=["OpenAI/Python 1.54.4"])
            a["reseller"] = "R1"
            a["ip"] = self.res_ip()
            accs.append(a)
        # central dispatcher: round-robin over accounts, 02:00-20:00 UTC, from day 1
        t = T0 + 1 * DAY + 2 * HOUR
        k = 0
        while t < T_END:
            h = ((t - T0) % DAY) // HOUR
            if h >= 20:
                t = T0 + ((t - T0) // DAY + 1) * DAY + 2 * HOUR + self.R.randint(0, 20 * MIN)
                continue
            a = accs[k % n]
            k += 1
            R = self.R
            pr = R.choice(TX.SWE_PLAN).format(domain=R.choice(TX.SWE_DOMAIN), lang=R.choice(TX.SWE_LANG), feature=R.choice(TX.SWE_FEATURE),
                                              constraint=R.choice(TX.SWE_CONSTRAINT), n=R.randint(20, 400), pain=R.choice(TX.SWE_PAIN),
                                              old=R.choice(TX.SWE_OLD))
            turns = [pr] + [f.format(k=j + 2) for j, f in enumerate(R.sample(TX.SWE_FOLLOW, R.randint(1, 3)))]
            frac = (t - RELEASE) / DAY
            model = HX3 if frac > 1 and R.random() < 0.3 else R.choice([HX_PRO, HX_PRO, TS_L])
            conv, hist, tt = self.conv_id(), 0, t
            ip = a["ip"] if R.random() < 0.93 else self.res_ip()
            for j, p in enumerate(turns):
                hist += self.emit(a, tt, model, p, conv=conv, turn=j, ip=ip, max_tokens=8192, temperature=0.8, tools=0,
                                  hist=hist, out_mu=1800)
                tt += int(self.rng.lognormal(np.log(75_000), 0.3))
            t += int(self.rng.exponential(190_000))

    def g2_cell(self, n):
        """G2: careful aged cell; each account its own card, residential IP, business hours; disjoint seed slices."""
        seeds = [(p, self.pick(self.sg_ans)[1]) for _, p in self.S["arena"] if len(p) < 2500] + \
                [(h[0], r) for h, r in self.sg_ans[5000:9000]]
        self.R.shuffle(seeds)
        per = len(seeds) // n
        for i in range(n):
            c = self.R.choice(["US", "GB", "CA", "DE", "AU", "NL", "US", "SE"])
            a = self.account("aged_cell_reasoning_harvest", campaign="G2", country=c,
                             email=self.R.choice([self.corp_domain(), self.R.choice(TX.FREEMAIL)]),
                             created=T0 - int(self.R.uniform(120, 270) * DAY), verified=self.R.random() < 0.85,
                             uas=[self.R.choice(TX.UA_SDK[:8])], legacy=0.0)
            ips = [self.res_ip(), self.res_ip()]
            my = seeds[i * per:(i + 1) * per]
            frames = dict(cot=self.R.sample(TX.CELL_COT, 4), rub=self.R.sample(TX.CELL_RUBRIC, 3), rw=TX.CELL_REWRITE)
            nreq = int(NDAYS * self.R.uniform(16, 30) * 0.75)
            d0 = self.R.choice([1, 1, 2])  # activated together although created months apart
            for si, t in enumerate(self.times(nreq, a["tz"], P_BUSINESS, 0.15, d0=d0)):
                R = self.R
                q, ans = my[si % len(my)]
                r = R.random()
                turns = []
                if r < 0.45:
                    turns = [R.choice(frames["cot"]).format(q=q, a=ans[:1200])]
                    if R.random() < 0.3:
                        turns.append(R.choice(TX.CELL_COT_FOLLOW))
                    task = "cot"
                elif r < 0.8:
                    turns = [R.choice(frames["rub"]).format(q=q, a=ans[:1800], b=self.pick(self.sg_ans)[1][:1800])]
                    task = "rub"
                else:
                    topic = R.choice(TX.SENSITIVE_TOPICS)
                    sq = R.choice(TX.SENSITIVE_Q).format(topic=topic)
                    hum, ast = self.pick(self.S["hh"])
                    turns = [R.choice(frames["rw"]).format(topic=topic, q=sq, a=(ast[0] if ast else ans)[:1200])]
                    task = "rw"
                late = t > RELEASE + 20 * HOUR
                model = HX3 if late and R.random() < 0.35 else R.choice([HX_PRO, TS_L, KS_R])
                ip = ips[0] if t < T0 + 9 * DAY else ips[1]  # one DHCP renewal mid-window
                conv, hist = self.conv_id(), 0
                for j, p in enumerate(turns):
                    hist += self.emit(a, t + j * self.R.randint(60_000, 300_000), model, p, conv=conv, turn=j, ip=ip,
                                      max_tokens=R.choice([4096, 4096, 8192]) if task != "rw" else 2048,
                                      temperature=R.choice([None, 0.3, 0.6]), tools=0 if R.random() < .8 else None,
                                      hist=hist, out_mu=1500 if task == "cot" else 600)

    def g3_pivot(self, n):
        """G3: startup-programme accounts harvesting agentic tool-use traces, pivoting to hx-3-pro within hours."""
        blocks = [self.dc_block() for _ in range(4)]
        fps = [self.new_fp() for _ in range(max(1, n // 5))]
        pivot_at = RELEASE + int(self.R.uniform(1.5, 4) * HOUR)
        for i in range(n):
            a = self.account("flagship_pivot_agentic", campaign="G3", fp=fps[i % len(fps)], country=self.R.choice(["US", "SG", "CA", "GB"]),
                             created=T0 - int(self.R.uniform(20, 40) * DAY), verified=self.R.random() < 0.3,
                             email=self.corp_domain(), uas=["python-httpx/0.27.2"])
            blk = blocks[i % 4]
            nconv = int(self.R.uniform(40, 70))
            for t in self.times(nconv, 0, P_FLAT, 1.0, lo=max(T0, a["created"])):
                extra = 1
                if t > pivot_at and self.R.random() < 0.2:
                    extra = 2
                for _ in range(extra):
                    R = self.R
                    after = t > pivot_at
                    model = HX3 if after and R.random() < 0.6 else R.choice([HX_PRO, HX_PRO, TS_L])
                    task = R.choice(TX.AGENT_TASK_C).format(repo=R.choice(TX.FN_NAMES).replace("_", "-"), issue=R.choice(TX.AGENT_ISSUE_C),
                                                            port=R.choice([3000, 8080, 8000, 5173]), webtask=R.choice(TX.AGENT_WEB_C),
                                                            dataset=R.choice(["sales_2025", "churn", "tickets", "fx_daily", "web_logs"]),
                                                            analysis=R.choice(TX.AGENT_ANALYSIS_C), lang=R.choice(TX.SWE_LANG),
                                                            feature=R.choice(TX.SWE_FEATURE), orch=R.choice(TX.AGENT_ORCH_C))
                    sysp = R.choice(TX.AGENT_SYS_C)
                    ntools = R.randint(6, 16)
                    tools = R.sample(TX.C3_TOOLS, min(ntools, len(TX.C3_TOOLS)))
                    nturn = int(np.clip(self.rng.lognormal(2.0, 0.5), 3, 25))
                    conv, hist = self.conv_id(), 0
                    offs = [0] + self.gaps(nturn - 1, 14, 0.5)
                    for k, o in enumerate(offs):
                        if k == 0:
                            pr = task
                        else:
                            body = R.choice(TX.TOOL_BODY_C).format(a=R.randint(2, 300), b=R.randint(1, 80), k=R.choice(TX.FN_NAMES))
                            pr = R.choice(TX.TOOL_RESULT_C).format(tool=R.choice(tools), body=body)
                        self.emit(a, t + o, model, pr, system=sysp, conv=conv, turn=k, ip=self.in_block(blk), max_tokens=16384,
                                  temperature=R.choice([0.6, 0.8, 1.0]), n=1, tools=ntools, rf="text",
                                  hist=min(hist, 150_000), finish="stop" if k == nturn - 1 else "tool_calls", out_mu=700)
                        hist += 900

    def g4_hydra(self, n, fp_r2):
        """G4: industrial hydra: short-lived accounts, commercial proxy pool, one slot-filled persona template."""
        pool = [self.res_ip() for _ in range(2600)] + [self.in_block(b) for b in [self.dc_block() for _ in range(30)] for _ in range(12)]
        uas = ["python-requests/2.31.0", "OpenAI/Python 1.35.3", "python-httpx/0.25.1", "aiohttp/3.9.1"]
        slots = 35
        per_slot = n // slots
        fps = [self.new_fp() for _ in range(n // 8 + 1)]
        idx = 0
        for s in range(slots):
            t = T0 + self.R.randint(0, 12 * HOUR)
            for _ in range(per_slot):
                if t >= T_END - 2 * HOUR:
                    break
                life = int(self.rng.exponential(1.4 * DAY)) + 6 * HOUR
                via_r2 = self.R.random() < 0.3
                a = self.account("hydra_proxy_templated", campaign="G4", fp=fp_r2 if via_r2 else fps[idx // 8],
                                 email=self.R.choice(TX.DISPOSABLE), country=self.R.choice(["US", "US", "GB", "SG", "CA", "DE"]),
                                 created=t - self.R.randint(5, 90) * MIN, verified=False, uas=[self.R.choice(uas)],
                                 in_table=True)
                if via_r2:
                    a["reseller"] = "R2"
                idx += 1
                end = min(t + life, T_END - 1)
                rate = self.R.uniform(45, 95) / DAY  # requests per ms
                m = int((end - t) * rate)
                ts = sorted(self.R.randint(t, end) for _ in range(m))
                for j, tt in enumerate(ts):
                    R = self.R
                    banned = j >= len(ts) - R.randint(1, 4) and end < T_END - 1
                    if R.random() < 0.15:   # relayed traffic of the proxy service's unrelated customers
                        turns = self.organic_turns(3)
                        conv = self.conv_id()
                        for k, p in enumerate(turns):
                            self.emit(a, tt + k * 40_000, R.choice([HX_PRO, TS_L, HX_FLASH]), p, conv=conv, turn=k,
                                      ip=R.choice(pool), max_tokens=R.choice([None, 4096]), temperature=R.choice([None, 0.7]),
                                      tools=0, status=403 if banned else None)
                        continue
                    pr = R.choice(TX.HYDRA_T).format(ds=R.choice(TX.HYDRA_DS), cols=R.choice(TX.HYDRA_COLS), rows=R.choice(["8k", "40k", "250k", "1.2M", "3M"]),
                                                     q=R.choice(TX.HYDRA_Q), job=self.hx(6))
                    model = HX3 if tt > RELEASE + DAY and R.random() < 0.25 else R.choice([HX_PRO, TS_L, KS_R])
                    self.emit(a, tt, model, pr, system=TX.HYDRA_SYS, conv=self.conv_id(), turn=0, ip=R.choice(pool),
                              max_tokens=4096, temperature=0.7, tools=0, out_mu=1100, status=403 if banned else None)
                t = end + self.R.randint(1, 20) * MIN  # replacement comes up as soon as the ban lands

    def g5_sampler(self, n):
        """G5: structured-output harvesting with n>1 at high temperature."""
        blocks = [self.dc_block(), self.dc_block()]
        fps = [self.new_fp() for _ in range(3)]
        seeds = self.S["self_instruct"] + [h[0] for h, _ in self.S["sharegpt"][12000:15000] if len(h[0]) < 2000]
        for i in range(n):
            a = self.account("json_label_sampler", campaign="G5", fp=fps[i % 3], country=self.R.choice(["HK", "SG", "US"]),
                             created=T0 - int(self.R.uniform(30, 90) * DAY), verified=self.R.random() < 0.5,
                             uas=["OpenAI/Python 1.54.4"])
            blk = blocks[i % 2]
            for t in self.times(int(self.R.uniform(250, 420)), 8, P_FLAT, 1.0, lo=max(T0, a["created"])):
                R = self.R
                pr = R.choice(TX.SAMPLER_PROMPT).format(q=R.choice(seeds))
                self.emit(a, t, R.choice([HX_PRO, TS_L, KS_R]) if t < RELEASE + DAY or R.random() < .6 else HX3, pr,
                          ip=self.in_block(blk), max_tokens=2048, temperature=R.choice([1.0, 1.1, 1.2, 1.3]),
                          n=R.choice([4, 5, 6, 8]), tools=0, rf="json_schema", out_mu=420)


# ==================================================================== build
def build(seed):
    w = World(seed)
    fp_r1, fp_r2 = w.new_fp(), w.new_fp()
    # --- benign
    w.gen_individuals(1500)
    w.gen_reseller_smb(fp_r1, 430, "R1")
    w.gen_reseller_smb(fp_r2, 190, "R2")
    w.gen_enterprise("Norvane", "norvane-industries.com", "DE", 310, 1, T0 - 150 * DAY + 8 * HOUR, 35)
    w.gen_enterprise("Halberd", "halberd-financial.com", "US", 200, 2, T0 - 60 * DAY + 14 * HOUR, 50)
    w.gen_enterprise("Kelvara", "kelvara-logistics.in", "IN", 170, 1, T0 + 5 * DAY + int(3.5 * HOUR), 30, d0=5,
                     kind="enterprise_sso_onboarding")
    w.gen_startup_apps(28)
    w.gen_agent_platform("codeloom", 14, 260, 17)
    w.gen_agent_platform("shipwright", 6, 220, 9)
    w.gen_batch_json(5)
    w.gen_translation(3)
    w.gen_support_rewriter(12)
    w.gen_eval_firm(10)
    w.gen_labelling(36, 6)
    w.gen_model_comparison(140)
    w.gen_tutoring(2)
    w.gen_marketing(8)
    w.gen_healthchecks(6)
    w.gen_edu_class(60)
    w.gen_redteam(8)
    w.gen_dormant(160, [fp_r1, fp_r2])
    # --- campaigns
    w.g1_reseller_swe(fp_r1, 80)
    w.g2_cell(12)
    w.g3_pivot(42)
    w.g4_hydra(300, fp_r2)
    w.g5_sampler(22)
    return w


def corrupt_and_write(w, out):
    R = w.R
    c = w.cols
    N = len(c["timestamp"])
    order = sorted(range(N), key=lambda i: (c["timestamp"][i], i))
    # small out-of-order shards: the gateway writes per-node buffers
    cols = {k: [v[i] for i in order] for k, v in c.items()}
    ids = set()
    for i in range(N):
        while True:
            e = "evt_%s" % w.hx(24)
            if e not in ids:
                ids.add(e)
                break
        cols["event_id"][i] = e
    # --- invalid rows (~0.4 %)
    n_bad = int(N * 0.004)
    bad_idx = sorted(R.sample(range(N), n_bad))
    bad_set = set(bad_idx)
    reasons = {}
    bad_ips = ["999.12.4.7", "10.0.0.300", "unknown", "-", "203.0.113.5:443", "fe80::zz1", "256.256.1.1", "localhost"]
    for i in bad_idx:
        r = R.random()
        if r < 0.12:
            cols["event_id"][i] = None; reasons[i] = "missing_field"
        elif r < 0.27:
            cols["account_id"][i] = None; reasons[i] = "missing_field"
        elif r < 0.37:
            cols["model"][i] = None; reasons[i] = "missing_field"
        elif r < 0.49:
            cols["prompt"][i] = None; reasons[i] = "missing_field"
        elif r < 0.64:
            cols["timestamp"][i] = None; reasons[i] = "bad_timestamp"
        elif r < 0.80:
            cols["ip"][i] = R.choice(bad_ips); reasons[i] = "bad_ip"
        elif r < 0.90:
            cols["input_tokens"][i] = -R.randint(1, 5000); reasons[i] = "negative_count"
        else:
            cols["output_tokens"][i] = -R.randint(1, 5000); reasons[i] = "negative_count"
    # --- exact resends (~0.3 %) of valid rows, placed a little later in the file
    n_dup = int(N * 0.003)
    dup_src = sorted(R.sample([i for i in range(N) if i not in bad_set], n_dup))
    inserts = {}
    for i in dup_src:
        pos = min(N, i + 1 + R.randint(0, 40))
        inserts.setdefault(pos, []).append(i)
    rows_order = []
    for i in range(N + 1):
        for j in inserts.get(i, []):
            rows_order.append(j)
        if i < N:
            rows_order.append(i)
    # verify the resend lands after its original
    seen_pos = {}
    for p, j in enumerate(rows_order):
        if j in seen_pos:
            assert seen_pos[j] < p
        else:
            seen_pos[j] = p
    final = {k: [v[j] for j in rows_order] for k, v in cols.items()}
    tbl = pa.Table.from_pydict(final, schema=EV_SCHEMA)
    pq.write_table(tbl, os.path.join(out, "events.parquet"), compression="zstd", row_group_size=100_000)
    rows_read = len(rows_order)
    expected = {"rows_read": rows_read, "rows_accepted": N - n_bad, "rows_duplicate": n_dup, "rows_quarantined": n_bad}
    assert expected["rows_accepted"] + expected["rows_duplicate"] + expected["rows_quarantined"] == rows_read
    from collections import Counter
    expected_detail = dict(Counter(reasons.values()))
    return expected, expected_detail


def write_accounts(w, out):
    accs = [a for a in w.accounts if a["in_table"]]
    tbl = pa.table({
        "account_id": pa.array([a["account_id"] for a in accs], pa.string()),
        "created_at": pa.array([a["created"] for a in accs], pa.timestamp("ms", tz="UTC")),
        "declared_country": pa.array([a["country"] for a in accs], pa.string()),
        "payment_fingerprint": pa.array([a["fp"] for a in accs], pa.string()),
        "email_domain": pa.array([a["email"] for a in accs], pa.string()),
        "verified": pa.array([bool(a["verified"]) for a in accs], pa.bool_()),
    })
    pq.write_table(tbl, os.path.join(out, "accounts.parquet"), compression="zstd")
    with open(os.path.join(out, "truth.csv"), "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["account_id", "campaign", "kind"])
        for a in w.accounts:
            wr.writerow([a["account_id"], a["campaign"], a["kind"]])
    return len(accs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    w = build(args.seed)
    t1 = time.time()
    expected, detail = corrupt_and_write(w, args.out)
    n_tab = write_accounts(w, args.out)
    with open(os.path.join(args.out, "expected_ingest.json"), "w") as f:
        json.dump(expected, f, indent=1)
    from collections import Counter
    kinds = Counter(a["kind"] for a in w.accounts)
    camp = sum(1 for a in w.accounts if a["campaign"])
    meta = {"world": "gateway_g", "seed": args.seed, "window_start_ms": T0, "window_end_ms": T_END, "release_ms": RELEASE,
            "new_flagship": HX3, "accounts_total": len(w.accounts), "accounts_in_table": n_tab, "campaign_accounts": camp,
            "quarantine_reasons": detail, "kinds": dict(sorted(kinds.items()))}
    with open(os.path.join(args.out, "world_meta.json"), "w") as f:
        json.dump(meta, f, indent=1)
    print(json.dumps({**expected, "accounts": len(w.accounts), "campaign_accounts": camp, "build_s": round(t1 - t0, 1), "seconds": round(time.time() - t0, 1)}))


if __name__ == "__main__":
    main()
