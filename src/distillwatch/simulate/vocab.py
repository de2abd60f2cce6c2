"""Shared vocabularies every account draws from: user agents, e-mail domains, countries, IP space.

Benign and campaign accounts pick from these same lists (with behaviour-specific weights
only where behaviour really differs), so no value is unique to campaign traffic.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

_SDK_TEMPLATES = (
    ("OpenAI/Python {a}.{b}.{c}", 1, (30, 59), 3, 0.26),
    ("AsyncOpenAI/Python {a}.{b}.{c}", 1, (30, 59), 3, 0.08),
    ("Anthropic/Python {a}.{b}.{c}", 0, (34, 60), 2, 0.08),
    ("OpenAI/JS {a}.{b}.{c}", 4, (40, 80), 2, 0.09),
    ("python-requests/2.{b}.{c}", 2, (28, 33), 3, 0.1),
    ("python-httpx/0.{b}.{c}", 0, (24, 29), 3, 0.07),
    ("axios/1.{b}.{c}", 1, (5, 9), 4, 0.05),
    ("node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", 0, (0, 1), 1, 0.03),
    ("Go-http-client/{a}.{c}", 1, (0, 1), 2, 0.04),
    ("curl/8.{b}.{c}", 8, (1, 12), 2, 0.03),
    ("okhttp/4.{b}.{c}", 4, (9, 13), 2, 0.03),
    ("litellm/1.{b}.{c}", 1, (40, 60), 3, 0.05),
    ("langchain-core/0.{b}.{c} python", 0, (1, 4), 20, 0.06),
    ("Java-http-client/{b}.0.{c}", 17, (17, 24), 3, 0.03),
)
_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{s}.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{s}.0 Mobile/15E148 Safari/604.1",
)


def user_agents() -> tuple[list[str], np.ndarray, np.ndarray]:
    """All UA strings, their popularity weights and whether each is a browser (vs an SDK/client)."""
    uas: list[str] = []
    weights: list[float] = []
    browser: list[bool] = []
    for tpl, a, (b_lo, b_hi), c_n, w in _SDK_TEMPLATES:
        versions = [(a, b, c) for b in range(b_lo, b_hi) for c in range(c_n)]
        # newer versions are more popular: geometric decay from the newest
        decay = 0.85 ** np.arange(len(versions))[::-1]
        decay = decay / decay.sum()
        for (va, vb, vc), d in zip(versions, decay, strict=True):
            uas.append(tpl.format(a=va, b=vb, c=vc))
            weights.append(w * d)
            browser.append(False)
    for i, tpl in enumerate(_BROWSERS):
        for k in range(6):
            uas.append(tpl.format(v=126 + k, s=16 + k % 3, f=125 + k))
            weights.append(0.02 * (0.8**i) * (0.7 ** (5 - k)))
            browser.append(True)
    w = np.asarray(weights)
    return uas, w / w.sum(), np.asarray(browser)


COUNTRIES = np.array(
    [
        "US",
        "IN",
        "GB",
        "DE",
        "BR",
        "CA",
        "FR",
        "JP",
        "KR",
        "AU",
        "NL",
        "ES",
        "SG",
        "ID",
        "MX",
        "PL",
        "VN",
        "TR",
        "IT",
        "SE",
        "NG",
        "PH",
        "HK",
        "TW",
        "AE",
    ]
)
COUNTRY_WEIGHTS = np.array(
    [30, 12, 7, 6, 5, 4, 4, 4, 3, 3, 2, 2, 2, 2, 2, 1.5, 1.5, 1.5, 1.5, 1, 1, 1, 1, 1, 1],
    dtype=float,
)
COUNTRY_TZ = np.array(
    [-6, 5.5, 0, 1, -3, -5, 1, 9, 9, 10, 1, 1, 8, 7, -6, 1, 7, 3, 1, 1, 1, 8, 8, 8, 4], dtype=float
)

PERSONAL_DOMAINS = (
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "hotmail.com",
    "qq.com",
    "163.com",
    "gmx.de",
    "yandex.ru",
)
PERSONAL_WEIGHTS = np.array([50, 12, 6, 6, 3, 4, 2, 1.5, 1.5, 1], dtype=float)
EDU_DOMAINS = (
    "mit.edu",
    "stanford.edu",
    "cmu.edu",
    "berkeley.edu",
    "ox.ac.uk",
    "ethz.ch",
    "nus.edu.sg",
    "u-tokyo.ac.jp",
    "utoronto.ca",
    "iitb.ac.in",
    "unimelb.edu.au",
    "tum.de",
    "kaist.ac.kr",
    "hku.hk",
    "umich.edu",
)
DISPOSABLE_DOMAINS = (
    "mailinator.com",
    "yopmail.com",
    "guerrillamail.com",
    "10minutemail.net",
    "tempmail.dev",
    "dispostable.com",
    "sharklasers.com",
)
_WORDS = [
    "blue",
    "north",
    "data",
    "bright",
    "cloud",
    "river",
    "stone",
    "apex",
    "nova",
    "pixel",
    "quant",
    "lumen",
    "orbit",
    "cedar",
    "delta",
    "ember",
    "fable",
    "grove",
    "harbor",
    "iris",
    "juniper",
    "kestrel",
    "lattice",
    "meridian",
    "nimbus",
    "oak",
    "prairie",
    "quartz",
    "summit",
    "tandem",
]
_TLDS = ("com", "io", "ai", "co", "net", "de", "co.uk", "tech", "dev", "app")


def company_domains(rng: np.random.Generator, n: int) -> list[str]:
    """Random plausible company domains (``cedarquant.io``)."""
    a = rng.integers(len(_WORDS), size=n)
    b = rng.integers(len(_WORDS), size=n)
    t = rng.integers(len(_TLDS), size=n)
    d = rng.integers(0, 100, size=n)
    return [
        f"{_WORDS[i]}{_WORDS[j]}{'' if k > 15 else k}.{_TLDS[x]}"
        for i, j, x, k in zip(a, b, t, d, strict=True)
    ]


# IPv4 space: residential/ISP and cloud first octets (plausible, not exact ASN data).
RESIDENTIAL_OCTETS = np.array(
    [
        24,
        31,
        37,
        46,
        49,
        58,
        59,
        62,
        68,
        71,
        73,
        76,
        77,
        78,
        79,
        80,
        81,
        82,
        83,
        84,
        85,
        86,
        87,
        88,
        89,
        90,
        91,
        92,
        93,
        94,
        95,
        98,
        99,
        101,
        103,
        108,
        109,
        110,
        112,
        113,
        114,
        115,
        116,
        117,
        118,
        119,
        121,
        122,
        123,
        124,
        125,
        171,
        175,
        176,
        177,
        178,
        179,
        180,
        181,
        182,
        183,
        186,
        187,
        188,
        189,
        190,
        191,
        200,
        201,
    ]
)
CLOUD_OCTETS = np.array(
    [
        3,
        13,
        18,
        20,
        34,
        35,
        40,
        44,
        52,
        54,
        104,
        130,
        138,
        139,
        140,
        143,
        146,
        147,
        149,
        152,
        157,
        159,
        161,
        164,
        165,
        167,
        168,
        170,
        172,
        185,
        192,
        193,
        194,
        195,
        198,
        206,
        207,
        209,
        212,
        213,
    ]
)


def random_slash16(rng: np.random.Generator, octets: np.ndarray, n: int) -> np.ndarray:
    """``n`` random /16 prefixes (as uint32 network addresses) under the given first octets."""
    first = octets[rng.integers(len(octets), size=n)].astype(np.uint32)
    second = rng.integers(0, 256, size=n).astype(np.uint32)
    return (first << 24) | (second << 16)


def hosts_in(
    rng: np.random.Generator, prefixes: np.ndarray, n: int, prefix_bits: int
) -> np.ndarray:
    """``n`` host addresses inside random members of ``prefixes`` (each a /``prefix_bits``)."""
    base = prefixes[rng.integers(len(prefixes), size=n)]
    span = 1 << (32 - prefix_bits)
    host = rng.integers(1, span - 1, size=n).astype(np.uint32)
    return (base | host).astype(np.uint32)


_ALPHABET = np.frombuffer(b"0123456789abcdefghijklmnopqrstuvwxyz", dtype=np.uint8)


def random_ids(rng: np.random.Generator, n: int, length: int, prefix: str = "") -> pa.Array:
    """``n`` random ids ``prefix`` + ``length`` base-36 characters, vectorised (no Python loop)."""
    # random bytes mod 36: a negligible bias, several times cheaper than bounded integers
    raw = np.frombuffer(rng.bytes(n * length), dtype=np.uint8).reshape(n, length)
    chars = _ALPHABET[raw % 36]
    if prefix:
        head = np.broadcast_to(np.frombuffer(prefix.encode(), dtype=np.uint8), (n, len(prefix)))
        chars = np.concatenate([head, chars], axis=1)
    flat = np.ascontiguousarray(chars).view(f"S{chars.shape[1]}").ravel()
    return pa.array(flat, type=pa.binary()).cast(pa.large_string())


def ipv4_strings(addrs: np.ndarray) -> pa.Array:
    """Dotted-quad strings of uint32 addresses, vectorised with Arrow kernels."""
    addrs = np.asarray(addrs, dtype=np.uint32)
    octets = [
        pc.cast(pa.array(((addrs >> s) & 255).astype(np.uint8)), pa.large_string())
        for s in (24, 16, 8, 0)
    ]
    return pc.binary_join_element_wise(*octets, pa.scalar(".", pa.large_string()))


#: First hextets of residential / mobile ISP allocations (RIPE, ARIN, APNIC, LACNIC, AFRINIC).
V6_FIRST = np.array(
    [
        0x2A02,
        0x2A01,
        0x2A00,
        0x2003,
        0x2600,
        0x2601,
        0x2603,
        0x2605,
        0x2001,
        0x2406,
        0x2409,
        0x240E,
        0x2800,
        0x2804,
        0x2C0F,
    ]
)
_HEXTETS = pa.array([f"{i:x}" for i in range(1 << 16)], type=pa.large_string())


def ipv6_networks(rng: np.random.Generator, n: int, isp32: np.ndarray | None = None) -> np.ndarray:
    """``n`` random /64 networks as (n, 4) hextets, under the given ISP /32s (or random ones)."""
    if isp32 is None:
        isp32 = np.stack(
            [
                V6_FIRST[rng.integers(len(V6_FIRST), size=max(n, 1))],
                rng.integers(1, 1 << 16, size=max(n, 1)),
            ],
            axis=1,
        )
    pick = isp32[rng.integers(len(isp32), size=n)]
    return np.concatenate([pick, rng.integers(1, 1 << 16, size=(n, 2))], axis=1).astype(np.int64)


def ipv6_strings(rng: np.random.Generator, networks: np.ndarray) -> pa.Array:
    """One address (random interface id, privacy-extension style) in each given /64.

    Hextets are drawn non-zero so the full form is also the canonical (RFC 5952) form.
    """
    n = len(networks)
    hextets = np.concatenate([networks, rng.integers(1, 1 << 16, size=(n, 4))], axis=1)
    cols = [_HEXTETS.take(pa.array(hextets[:, j])) for j in range(8)]
    return pc.binary_join_element_wise(*cols, pa.scalar(":", pa.large_string()))
