"""Identities and infrastructure: ids, IP address plans, user agents, e-mail
domains, payment fingerprints, countries and time zones.

Everything draws from a `random.Random` passed in, so a seed fixes the world.
The address plans are invented but shaped like the real internet: residential
ISPs per country (with IPv6 for some), mobile carriers behind CGNAT plus IPv6
privacy addresses, cloud ranges used by serverless platforms and CI runners,
hosting/VPS ranges, commercial VPN exits, corporate egress and universities.
"""

# --------------------------------------------------------------------- ids

def hexid(rng, bits=48):
    return format(rng.getrandbits(bits), "0%dx" % (bits // 4))


class Ids:
    """Unique random ids with a prefix (membership set only, never iterated)."""

    def __init__(self, rng):
        self.rng = rng
        self.seen = set()

    def new(self, prefix, bits=48):
        while True:
            v = prefix + hexid(self.rng, bits)
            if v not in self.seen:
                self.seen.add(v)
                return v


# ------------------------------------------------------- countries / zones

# country -> (weight for benign individuals, UTC offset in May, region)
COUNTRIES = {
    "US": (30, [-4, -5, -6, -7], "us-east"), "IN": (9, [5.5], "ap-south"),
    "GB": (6, [1], "eu-west"), "DE": (5, [2], "eu-west"), "BR": (5, [-3], "sa-east"),
    "CA": (4, [-4, -7], "us-east"), "FR": (4, [2], "eu-west"), "JP": (4, [9], "ap-northeast"),
    "KR": (3, [9], "ap-northeast"), "AU": (3, [10], "ap-southeast"), "NL": (2, [2], "eu-west"),
    "ES": (3, [2], "eu-west"), "IT": (2, [2], "eu-west"), "SG": (2, [8], "ap-southeast"),
    "PL": (2, [2], "eu-west"), "MX": (3, [-6], "us-east"), "ID": (2, [7], "ap-southeast"),
    "VN": (2, [7], "ap-southeast"), "TR": (2, [3], "eu-west"), "PH": (2, [8], "ap-southeast"),
    "NG": (1, [1], "eu-west"), "IL": (1, [3], "eu-west"), "SE": (1, [2], "eu-west"),
    "TW": (1, [8], "ap-northeast"), "HK": (1, [8], "ap-northeast"), "UA": (1, [3], "eu-west"),
}
COUNTRY_LIST = sorted(COUNTRIES)
COUNTRY_W = [COUNTRIES[c][0] for c in COUNTRY_LIST]


def pick_country(rng):
    return rng.choices(COUNTRY_LIST, COUNTRY_W)[0]


def tz_of(rng, country):
    return rng.choice(COUNTRIES[country][1])


def region_of(country):
    return COUNTRIES[country][2]


# ------------------------------------------------------------ address plans

# residential ISPs: country -> list of (first octet, second-octet lo, hi, v6 prefix or None)
RES_ISP = {
    "US": [(73, 0, 255, "2601"), (98, 192, 255, None), (24, 0, 127, None), (71, 0, 127, "2600:1700"), (108, 0, 63, None)],
    "IN": [(49, 32, 47, "2409:4040"), (117, 192, 255, None), (106, 192, 223, None)],
    "GB": [(86, 128, 191, "2a00:23c5"), (81, 96, 111, None), (90, 192, 255, None)],
    "DE": [(84, 128, 191, "2003:e2"), (91, 0, 63, None), (79, 192, 255, None)],
    "BR": [(177, 0, 127, None), (187, 0, 127, "2804:14c"), (189, 0, 63, None)],
    "CA": [(70, 24, 79, None), (174, 88, 127, "2607:fea8")],
    "FR": [(82, 64, 127, "2a01:cb00"), (88, 160, 191, None)],
    "JP": [(126, 0, 255, "240b:10"), (60, 64, 127, None)],
    "KR": [(121, 128, 191, None), (211, 32, 63, None)],
    "AU": [(101, 160, 191, "2001:8003"), (120, 144, 159, None)],
    "NL": [(83, 80, 87, None), (145, 128, 135, "2a02:a440")],
    "ES": [(83, 32, 63, None), (79, 144, 159, None)],
    "IT": [(93, 32, 63, None), (151, 16, 47, None)],
    "SG": [(116, 86, 89, None), (175, 156, 159, None)],
    "PL": [(83, 20, 31, None), (89, 64, 79, None)],
    "MX": [(187, 128, 191, None), (201, 96, 127, None)],
    "ID": [(36, 64, 95, None), (114, 120, 127, None)],
    "VN": [(113, 160, 191, None), (14, 160, 191, None)],
    "TR": [(78, 160, 191, None), (88, 224, 255, None)],
    "PH": [(112, 198, 211, None), (180, 190, 195, None)],
    "NG": [(102, 88, 91, None), (197, 210, 211, None)],
    "IL": [(79, 176, 183, None), (109, 64, 67, None)],
    "SE": [(83, 248, 255, None), (94, 254, 255, None)],
    "TW": [(114, 32, 47, None), (36, 224, 239, None)],
    "HK": [(42, 2, 3, None), (119, 236, 247, None)],
    "UA": [(93, 72, 79, None), (46, 96, 103, None)],
}

# mobile carriers: country -> list of (CGNAT public pool spec, v6 prefix)
MOBILE = {
    "US": [("172.56", "2607:fb90"), ("107.77", "2600:387"), ("174.198", "2600:1010")],
    "IN": [("157.48", "2409:4060"), ("106.210", "2401:4900")],
    "GB": [("92.40", "2a01:4c8"), ("86.164", "2a00:23c7")],
    "DE": [("89.204", "2a02:3030"), ("2.207", "2a01:598")],
    "BR": [("179.240", "2804:18")], "FR": [("80.214", "2a04:cec0")],
    "JP": [("49.96", "240a:61")], "MX": [("189.203", "2806:2f0")],
    "ID": [("114.124", "2001:448a")], "PH": [("112.204", "2001:4454")],
}
# per carrier, the CGNAT pool is small: many subscribers share each address
CGNAT_POOL_SIZE = 48

CLOUD = {  # provider -> list of (a, lo, hi)
    "aws": [(3, 80, 95), (18, 200, 223), (34, 192, 239), (52, 0, 95), (54, 144, 255)],
    "gcp": [(34, 64, 127), (35, 184, 247)],
    "azure": [(20, 0, 127), (40, 64, 127), (52, 224, 255)],
}
HOSTING = [  # (first, second) of VPS / dedicated hosting blocks
    (45, 32), (45, 63), (45, 76), (45, 77), (104, 131), (104, 236), (104, 248), (139, 59),
    (159, 89), (167, 99), (178, 62), (188, 166), (5, 161), (95, 216), (65, 21), (138, 68),
    (146, 190), (164, 92), (185, 220), (193, 149), (212, 102), (176, 9),
]
BUSINESS = [(12, 0, 63), (63, 64, 127), (208, 32, 95), (195, 64, 127), (62, 128, 159), (203, 16, 31)]
UNIVERSITY = [(128, 2), (128, 32), (129, 97), (130, 88), (131, 111), (132, 239), (137, 222), (141, 20), (155, 198), (171, 64)]


def _o(rng):
    return rng.randint(1, 254)


def _h16(rng):
    return format(rng.getrandbits(16), "x")


def v6(rng, prefix, groups_fixed=None):
    """Full IPv6 address: prefix (1-2 groups) + random rest (8 groups total)."""
    parts = prefix.split(":")
    if groups_fixed:
        parts = parts + groups_fixed
    while len(parts) < 8:
        parts.append(_h16(rng))
    return ":".join(parts[:8])


class Net:
    """Address allocators bound to one rng."""

    def __init__(self, rng):
        self.rng = rng
        self._cgnat = {}
        self.vpn_exits = [self.hosting_ip() for _ in range(70)]
        self.serverless = {p: [self.cloud_ip(p) for _ in range(1800)] for p in ("aws", "gcp")}
        self.ci_runners = [self.cloud_ip("azure") for _ in range(1400)]

    def home_isp(self, country):
        return self.rng.choice(RES_ISP.get(country) or RES_ISP["US"])

    def home_ip(self, isp):
        a, lo, hi, _ = isp
        return "%d.%d.%d.%d" % (a, self.rng.randint(lo, hi), self.rng.randint(0, 255), _o(self.rng))

    def home_v6_prefix(self, isp):
        """A /64 delegated to a household (None when the ISP has no IPv6)."""
        if not isp[3]:
            return None
        p = isp[3].split(":")
        while len(p) < 4:
            p.append(_h16(self.rng))
        return p

    def v6_in(self, prefix64):
        return v6(self.rng, ":".join(prefix64))

    def residential_any(self, countries=None):
        c = self.rng.choice(countries) if countries else pick_country(self.rng)
        return self.home_ip(self.home_isp(c))

    def carrier(self, country):
        lst = MOBILE.get(country) or MOBILE["US"]
        return self.rng.choice(lst)

    def cgnat_ip(self, carrier):
        key = carrier[0]
        pool = self._cgnat.get(key)
        if pool is None:
            a, b = key.split(".")
            pool = ["%s.%s.%d.%d" % (a, b, self.rng.randint(0, 255), _o(self.rng)) for _ in range(CGNAT_POOL_SIZE)]
            self._cgnat[key] = pool
        return self.rng.choice(pool)

    def mobile_v6(self, carrier, prefix64=None):
        """IPv6 privacy address: new random interface id every call; the /64
        changes with each attach to the network (pass None to get a new one)."""
        if prefix64 is None:
            p = carrier[1].split(":")
            while len(p) < 4:
                p.append(_h16(self.rng))
            prefix64 = p
        return prefix64, v6(self.rng, ":".join(prefix64))

    def cloud_ip(self, provider):
        a, lo, hi = self.rng.choice(CLOUD[provider])
        return "%d.%d.%d.%d" % (a, self.rng.randint(lo, hi), self.rng.randint(0, 255), _o(self.rng))

    def hosting_block(self):
        a, b = self.rng.choice(HOSTING)
        return (a, b, self.rng.randint(0, 255))

    def hosting_ip(self, block=None):
        a, b, c = block or self.hosting_block()
        return "%d.%d.%d.%d" % (a, b, c, _o(self.rng))

    def business_egress(self, k):
        a, lo, hi = self.rng.choice(BUSINESS)
        b, c = self.rng.randint(lo, hi), self.rng.randint(0, 255)
        base = self.rng.randint(1, 240)
        return ["%d.%d.%d.%d" % (a, b, c, base + i) for i in range(k)]

    def university_nat(self, k):
        a, b = self.rng.choice(UNIVERSITY)
        c = self.rng.randint(0, 255)
        return ["%d.%d.%d.%d" % (a, b, c, _o(self.rng)) for _ in range(k)]


# --------------------------------------------------------------- e-mail

FREE_MAIL = [("gmail.com", 55), ("outlook.com", 9), ("hotmail.com", 6), ("yahoo.com", 6),
             ("icloud.com", 5), ("proton.me", 3), ("qq.com", 2), ("163.com", 1), ("naver.com", 2),
             ("yandex.ru", 1), ("gmx.de", 2), ("web.de", 1), ("mail.ru", 1), ("hey.com", 1)]
FREE_MAIL_D = [d for d, _ in FREE_MAIL]
FREE_MAIL_W = [w for _, w in FREE_MAIL]

_W1 = ["nova", "blue", "quant", "apex", "terra", "bright", "kite", "river", "pixel", "lumen", "cedar",
       "orbit", "signal", "harbor", "north", "vector", "atlas", "ember", "fern", "iron", "maple", "delta",
       "summit", "prism", "sable", "tidal", "cobalt", "granite", "willow", "falcon", "meadow", "onyx"]
_W2 = ["labs", "works", "soft", "data", "ai", "tech", "systems", "studio", "logic", "cloud", "hq",
       "analytics", "health", "learn", "legal", "ops", "bio", "capital", "mobility", "commerce"]
_TLD = ["com", "io", "ai", "co", "dev", "net", "app", "de", "co.uk", "fr", "in", "com.br", "jp"]


def free_mail(rng):
    return rng.choices(FREE_MAIL_D, FREE_MAIL_W)[0]


def company_domain(rng, tld=None):
    return "%s%s.%s" % (rng.choice(_W1), rng.choice(_W2), tld or rng.choice(_TLD))


def payment(rng):
    return hexid(rng, 64)


# ----------------------------------------------------------- user agents

PY_SDK = ["Lumen/Python 1.36.0", "Lumen/Python 1.38.2", "Lumen/Python 1.39.1", "Lumen/Python 1.40.0",
          "Lumen/Python 1.41.2"]
JS_SDK = ["Lumen/JS 4.9.1", "Lumen/JS 4.11.0", "Lumen/JS 4.12.3"]
OTHER_SDK = ["lumen-go/0.9.2", "Lumen/Java 0.7.1", "lumen-ruby/0.4.0", "Lumen/Swift 0.6.0", "Lumen/.NET 1.2.0"]
RAW_HTTP = ["python-requests/2.31.0", "python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.5.0",
            "curl/7.81.0", "axios/1.7.2", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
            "Go-http-client/2.0", "okhttp/4.12.0", "PostmanRuntime/7.37.3", "insomnia/9.2.0"]
BROWSER = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
]
MOBILE_UA = ["Dart/3.3 (dart:io)", "Lumen/Swift 0.6.0 iOS/17.4.1", "okhttp/4.12.0",
             "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
             "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
             "Expo/50.0.14 CFNetwork/1494.0.7 Darwin/23.4.0"]
FRAMEWORK = ["langchain-lumen/0.2.3 Lumen/Python 1.40.0", "llama-index-llms-lumen/0.1.7 Lumen/Python 1.39.1",
             "ai-sdk/3.1.12 Lumen/JS 4.12.3", "crewai/0.30.11 Lumen/Python 1.40.0", "autogen/0.2.26 Lumen/Python 1.38.2",
             "litellm/1.37.5"]
CODING_AGENT = ["CodeLoom/1.4.2 (darwin; arm64)", "CodeLoom/1.4.2 (linux; x64)", "CodeLoom/1.5.0 (darwin; arm64)",
                "tessera-cli/0.18.3 node/20.12.2", "tessera-cli/0.19.0 node/22.1.0", "VSCode-Lumen/2.3.1 vscode/1.89.0",
                "JetBrains-AIAssist/241.15989 Lumen/Java 0.7.1", "aider/0.35.0 litellm/1.37.5"]


def pick_dev_ua(rng):
    """A user agent for an individual developer's main tool."""
    r = rng.random()
    if r < 0.42:
        return rng.choice(PY_SDK)
    if r < 0.58:
        return rng.choice(JS_SDK)
    if r < 0.68:
        return rng.choice(FRAMEWORK)
    if r < 0.78:
        return rng.choice(RAW_HTTP)
    if r < 0.83:
        return rng.choice(OTHER_SDK)
    return rng.choice(BROWSER)  # the web console / playground
