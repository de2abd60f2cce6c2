"""World clock, infrastructure pools (IPs, agents, e-mail, cards) and the
row emitter shared by benign and campaign populations."""
import datetime as dt
import math

START = dt.datetime(2026, 5, 4, tzinfo=dt.timezone.utc)   # Monday
DAYS = 10
HOUR = 3600.0
DAY = 86400.0
END_S = DAYS * DAY
RELEASE_S = 3 * DAY + 15 * HOUR      # day 4 of the window, 15:00 UTC: helix-r3 goes live
OLD, NEW, FLASH = "helix-r2", "helix-r3", "helix-flash"

# hourly activity profile in local time (index = local hour)
PROFILES = {
    "day": [1, .5, .3, .2, .2, .3, .8, 2, 4, 6, 7, 7, 6, 7, 7, 7, 6, 5, 4, 4, 3, 3, 2, 1.5],
    "evening": [3, 2, 1, .5, .3, .3, .5, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 5, 6, 7, 8, 8, 7, 5],
    "student": [3, 2, 1, .4, .2, .2, .3, 1, 2, 3, 4, 4, 3, 4, 5, 5, 5, 5, 6, 7, 8, 9, 8, 6],
    "owl": [5, 5, 4, 3, 2, 1, 1, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6],
    "flat": [1] * 24,
}
TZ = {"US": -6, "CA": -5, "BR": -3, "GB": 0, "DE": 1, "FR": 1, "NL": 1, "PL": 1, "IN": 5, "SG": 8,
      "JP": 9, "KR": 9, "AU": 10, "NG": 1, "MX": -6, "ES": 1, "VN": 7, "ID": 7, "CN": 8, "HK": 8, "TR": 3}
BENIGN_COUNTRIES = ["US"] * 8 + ["GB", "DE", "FR", "IN", "IN", "BR", "CA", "JP", "KR", "AU", "NL", "PL",
                                 "SG", "NG", "MX", "ES", "VN", "ID", "TR"]

SDK_UAS = ["helix-python/1.32.0", "helix-python/1.31.2", "helix-python/1.29.0", "helix-node/0.18.1",
           "helix-node/0.17.4", "python-httpx/0.27.0", "python-requests/2.32.3", "curl/8.5.0",
           "LangChain/0.2.14 helix-python/1.31.2", "llama-index/0.10 helix-python/1.30.0", "Go-http-client/2.0"]
WEB_UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
           "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"]
MOBILE_UAS = ["HelixApp/3.4.1 (iPhone; iOS 17.5)", "HelixApp/3.4.0 (Android 14; Pixel 8)",
              "HelixApp/3.3.9 (Android 13; SM-A546B)"]
IDE_UAS = ["helix-code/1.4.2 (vscode 1.90)", "helix-code/1.4.2 (jetbrains)", "helix-code/1.4.1 (vscode 1.89)"]
FREEMAIL = ["gmail.com"] * 6 + ["outlook.com", "yahoo.com", "hotmail.com", "proton.me", "icloud.com",
                                "qq.com", "163.com", "yandex.ru", "gmx.de", "naver.com"]
DISPOSABLE = ["mailinator.com", "tempmail.dev", "guerrillamail.com", "10minutemail.net", "yopmail.com",
              "dropmail.me", "sharklasers.com", "moakt.cc"]
UNIVERSITIES = [("ucb.edu", "US"), ("stu.tum.de", "DE"), ("ox.ac.uk", "GB"), ("iitd.ac.in", "IN"),
                ("student.unimelb.edu.au", "AU"), ("usp.br", "BR"), ("u.nus.edu", "SG"), ("mail.utoronto.ca", "CA"),
                ("uw.edu.pl", "PL"), ("s.kyoto-u.ac.jp", "JP")]


class IPs:
    """Deterministic address minting."""

    def __init__(self, r):
        self.r = r

    def residential(self):
        r = self.r
        return f"{r.choice([24, 47, 67, 73, 76, 81, 86, 92, 98, 109, 151, 174, 186, 189, 201])}.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"

    def datacenter(self, block=None):
        r = self.r
        if block is None:
            block = f"{r.choice([3, 18, 34, 35, 52, 54, 104, 138, 159, 165, 172, 185, 45, 64])}.{r.randint(0,255)}.{r.randint(0,255)}"
        return f"{block}.{r.randint(2,254)}"

    def block(self):
        r = self.r
        return f"{r.choice([5, 23, 45, 91, 103, 146, 185, 193, 195, 206])}.{r.randint(0,255)}.{r.randint(0,255)}"

    def v6_prefix(self):
        r = self.r
        return f"2{r.choice(['001','003','a02','600','804','a01'])}:{r.getrandbits(16):x}:{r.getrandbits(16):x}:{r.getrandbits(16):x}"

    def v6(self, prefix):
        r = self.r
        return prefix + ":" + ":".join(f"{r.getrandbits(16):x}" for _ in range(4))


def hid(r, n=12):
    return "%0*x" % (n, r.getrandbits(4 * n))


def sample_times(r, n, tz, profile, first=0.0, last=END_S, weekend=0.6, burst=0.0):
    """n arrival times (seconds since START) following a local-hour profile."""
    w = PROFILES[profile]
    tot = sum(w)
    cum, acc = [], 0.0
    for x in w:
        acc += x / tot
        cum.append(acc)
    d0, d1 = int(first // DAY), max(int(first // DAY), int(math.ceil(last / DAY)) - 1)
    days = list(range(d0, d1 + 1))
    dw = [weekend if (START.weekday() + d) % 7 >= 5 else 1.0 for d in days]
    out = []
    tries = 0
    while len(out) < n and tries < n * 20:
        tries += 1
        d = r.choices(days, dw)[0]
        u = r.random()
        h = next(i for i, c in enumerate(cum) if c >= u)
        t = d * DAY + ((h - tz) % 24) * HOUR + r.random() * HOUR
        if first <= t < last:
            out.append(t)
    out.sort()
    return out


def adopt_prob(t, tau_h, cap=0.9):
    """Share of traffic on the new model at time t for a given adoption speed."""
    if t < RELEASE_S:
        return 0.0
    return cap * (1 - math.exp(-(t - RELEASE_S) / (tau_h * HOUR)))


class Emitter:
    def __init__(self, r):
        self.r = r
        self.rows = []
        self.n = 0

    def emit(self, acct, t, prompt, model, system=None, turn=0, conv=None, ip=None, ua=None, key=None,
             in_extra=0, out_mu=5.5, out_sd=0.8, max_tokens=None, temperature=None, n=1, tools=0,
             response_format=None, status=None, finish=None, response=None):
        r = self.r
        self.n += 1
        eid = f"evt_{self.n:08d}{r.getrandbits(24):06x}"
        sys_len = len(system) if system else 0
        in_tok = int((len(prompt) + sys_len) / 3.8) + 8 + in_extra + tools * 140
        out_tok = int(math.exp(r.gauss(out_mu, out_sd)))
        if status is None:
            u = r.random()
            status = 200 if u > 0.012 else (429 if u > 0.004 else (500 if u > 0.001 else 400))
        if finish is None:
            if max_tokens and out_tok >= max_tokens:
                out_tok, finish = max_tokens, "length"
            elif tools and r.random() < 0.55:
                finish = "tool_calls"
            else:
                finish = "stop"
        if status != 200:
            out_tok, finish = 0, None
        self.rows.append({
            "event_id": eid, "ts": t, "account_id": acct["account_id"], "org_id": acct.get("org_id"),
            "api_key_id": key or acct.get("keys", [None])[0], "model": model, "ip": ip, "user_agent": ua,
            "system": system, "prompt": prompt, "turn": turn, "conversation_id": conv,
            "input_tokens": in_tok, "output_tokens": out_tok, "max_tokens": max_tokens,
            "temperature": temperature, "n": n, "tools": tools, "response_format": response_format or "text",
            "finish_reason": finish, "status": status, "response": response,
        })


def conversation(em, acct, t0, turns, model, gap=(20, 240), **kw):
    """Emit a multi-turn conversation starting at t0; returns last time."""
    r = em.r
    conv = "conv_" + hid(r, 14)
    t, ctx = t0, 0
    for i, p in enumerate(turns):
        if t >= END_S:
            break
        em.emit(acct, t, p, model, turn=i, conv=conv, in_extra=ctx, **kw)
        ctx += int(len(p) / 3.8) + 350
        t += r.uniform(*gap)
    return t
