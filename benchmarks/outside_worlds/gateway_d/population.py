"""Benign population, part 1: individuals and tenants whose end users are people
(consumer chat, mobile, trial sign-ups, enterprise staff, SaaS back-ends, an
edtech app, serverless apps, power users)."""
import numpy as np

import worldtext as W
import moretext as X
from infra import (DAY, T0, NDAYS, M, C, tz, lang_of, country, starts, lognorm_int, model_at, HomeNet, cgnat, mobile6,
                   v4, v6, cloud_ip, resid, SDK_UA, BROWSER_UA, DESKTOP_UA, MOBILE_UA, pick)

MAIL = {"JP": ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp"], "KR": ["naver.com", "gmail.com", "daum.net", "kakao.com"],
        "VN": ["gmail.com", "gmail.com", "yahoo.com.vn"], "ID": ["gmail.com", "gmail.com", "yahoo.co.id"], "DE": ["gmx.de", "web.de", "gmail.com", "t-online.de"],
        "FR": ["gmail.com", "orange.fr", "free.fr", "hotmail.fr"], "TW": ["gmail.com", "yahoo.com.tw"], "HK": ["gmail.com", "yahoo.com.hk", "outlook.com"],
        "_": ["gmail.com", "gmail.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "yahoo.com"]}
DISPOSABLE = ["mailinator.com", "guerrillamail.com", "yopmail.com", "10minutemail.com", "sharklasers.com", "tempmail.dev"]
EDU = {"SG": "u.nus.edu", "JP": "g.ecc.u-tokyo.ac.jp", "KR": "kaist.ac.kr", "DE": "tum.de", "FR": "ens.psl.eu", "AU": "student.unimelb.edu.au",
       "TW": "ntu.edu.tw", "VN": "hcmut.edu.vn", "ID": "ui.ac.id", "GB": "ox.ac.uk", "NL": "tudelft.nl", "IN": "iitb.ac.in"}


def mail(rng, cc):
    return pick(rng, MAIL.get(cc, MAIL["_"]))


_LONG = []


def LONG(tx):
    if not _LONG:
        _LONG.extend(c[0][0] for c in tx.sg if 600 < len(c[0][0]) < 6000)
    return _LONG


def created_before(rng, lo_days, hi_days):
    return T0 - float(rng.uniform(lo_days, hi_days)) * DAY


# small companies whose staff sign up one by one as separate self-serve accounts,
# sometimes on the company card: benign domain and card sharing across "unrelated" accounts
SMALLCO = [f"{a}-{b}" + ["", ".io", ".co", ".dev", ".sg", ".jp", ".de", ".vn", ".id", ".fr"][(i * 7 + j) % 10]
           for i, a in enumerate(W.REPO_A) for j, b in enumerate(["labs", "studio", "tech", "digital"])]
SMALLCO = [d if "." in d else d + ".com" for d in SMALLCO]
_CO_CARD = {}


def meta(ctx, rng, cc, free_p=0.3, ver_p=0.5, disp_p=0.01, cc_null=0.08, email=None, co_p=0.06):
    free = rng.random() < free_p
    pay = None if free else ctx.pay()
    e = email
    if e is None and rng.random() < co_p:
        e = pick(rng, SMALLCO)
        if not free and rng.random() < 0.5:
            pay = _CO_CARD.setdefault((ctx.seed, e), ctx.pay())
    if e is None:
        e = pick(rng, DISPOSABLE) if rng.random() < disp_p else mail(rng, cc)
    v = None if rng.random() < 0.06 else bool(rng.random() < ver_p)
    return dict(email=e, pay=pay, verified=v, cc=None if rng.random() < cc_null else cc), free


def window(rng, created, churn=0.15):
    lo = max(0.0, (created - T0) / DAY)
    hi = float(NDAYS)
    if rng.random() < churn:
        hi = float(rng.uniform(min(lo + 1, NDAYS - 1), NDAYS))
    return lo, hi


class MobileNet:
    """A phone on a carrier: CGNAT v4 changes per connection, v6 /64 changes daily."""
    def __init__(self, rng, cc, v6_p=None):
        self.cc = cc
        self.car = int(rng.integers(len(C[cc][4])))
        self.v6 = rng.random() < (0.55 if v6_p is None else v6_p)
        self.seed = int(rng.integers(1 << 30))

    def at(self, rng, t):
        if not self.v6:
            return cgnat(rng, self.cc, self.car)
        r = np.random.default_rng([self.seed, int((t - T0) / DAY * 1.3)])
        return mobile6(r, self.cc, self.car)


def personal_models(rng, pro_p):
    prov = "a" if rng.random() < 0.6 else "b"
    return [(prov + "_mini", 1 - pro_p), (prov + "_pro", pro_p), (("b" if prov == "a" else "a") + "_mini", 0.08)]


def _sessions(ctx, rng, a, target, cc, prof, lo, hi, ipf, ua, system, base, new_share=0.1, lag=48, conv=False, temp=None,
              turns_fn=None, mx=None, weekend=1.0):
    per = 2.2
    ts = starts(rng, max(1, int(round(target / per))), tz(cc), prof, lo, hi, weekend=weekend)
    for t in ts:
        lang = lang_of(rng, cc)
        turns = turns_fn(rng, lang) if turns_fn else X.organic_turns(ctx.tx, rng, lang)
        mdl = model_at(rng, t, base, new_share, lag, 96)
        ctx.convo(rng, a, t, turns, mdl, ipf, ua, system=system, conv=conv, temp=temp, maxtok=mx)


# --------------------------------------------------------------------------
def consumer(ctx, rng, n, kind="consumer_chat", mobile=False):
    for _ in range(n):
        cc = country(rng)
        md, free = meta(ctx, rng, cc, free_p=0.35 if not mobile else 0.45, ver_p=0.45, disp_p=0.012)
        created = created_before(rng, -18, 900) if rng.random() < 0.9 else created_before(rng, -20, 0)
        o = ctx.org(kind, cc, personal=True, log_system=True if free else rng.random() < 0.7,
                    log_response=free or rng.random() < 0.08, conv_ids=False)
        a = ctx.account(o, kind, created=created, nkeys=1 if rng.random() < 0.8 else 2, **md)
        lo, hi = window(rng, created)
        target = lognorm_int(rng, 8 if not mobile else 7, 1.1, 1, 450)
        if mobile:
            net = MobileNet(rng, cc)
            ipf = lambda t, net=net: net.at(rng, t)
            ua = pick(rng, MOBILE_UA)
        else:
            home = HomeNet(rng, cc)
            ipf = lambda t, home=home: home.at(rng, t)
            ua = pick(rng, DESKTOP_UA + BROWSER_UA + SDK_UA[:3])
        sysp = pick(rng, X.SYS_GENERIC)
        temp = None if rng.random() < 0.5 else float(pick(rng, [0.7, 1.0, 0.5, 0.8]))
        _sessions(ctx, rng, a, target, cc, "consumer", lo, hi, ipf, ua, sysp, personal_models(rng, 0.25), 0.15, 72,
                  conv=ua.startswith(("ChatBox", "CherryStudio")), temp=temp)


def trial(ctx, rng, n):
    for _ in range(n):
        cc = country(rng)
        md, free = meta(ctx, rng, cc, free_p=0.8, ver_p=0.1, disp_p=0.07)
        created = T0 + float(rng.uniform(-3, NDAYS - 0.2)) * DAY
        o = ctx.org("trial", cc, personal=True, log_system=True, log_response=free)
        a = ctx.account(o, "trial", created=created, **md)
        home = HomeNet(rng, cc)
        ua = pick(rng, ["curl/8.7.1", "curl/8.5.0", "PostmanRuntime/7.42.0"] + SDK_UA[:5] + DESKTOP_UA)
        t = max(created, T0) + float(rng.exponential(3 * 3600))
        for i in range(lognorm_int(rng, 2, 0.7, 1, 9)):
            p = pick(rng, X.TRIAL) if rng.random() < 0.6 else W.consumer_prompt(rng, lang_of(rng, cc))
            m = M[pick(rng, ["a_mini", "a_pro", "b_mini", "b_pro"])] if t < T0 + 11 * DAY or rng.random() < 0.5 else M["a_new"]
            ctx.convo(rng, a, t, [dict(p=p, o=lognorm_int(rng, 40, 1.0))], m, home.at(rng, t), ua, conv=False,
                      maxtok=int(pick(rng, [16, 50, 100, 256])) if rng.random() < 0.3 else None)
            t += float(rng.exponential(900 if rng.random() < 0.8 else 86400 * 2))


# --------------------------------------------------------------------------
def enterprise(ctx, rng, n_total):
    ents = X.ENTERPRISE
    sizes = rng.dirichlet(np.ones(len(ents)) * 2.0) * n_total
    for (name, dom, cc, sysp), sz in zip(ents, sizes):
        zdr = sysp is None
        o = ctx.org("enterprise_staff", cc, name=name, log_system=rng.random() < 0.6, log_response=rng.random() < 0.15,
                    conv_ids=True, redact=zdr, model_style=pick(rng, ["plain", "plain", "prefixed"]))
        office = [v4(rng, pick(rng, C[cc][3])) for _ in range(int(rng.integers(1, 4)))]
        vpn = cloud_ip(rng, pick(rng, ["aws-sg", "aws-fra", "azure-sea", "azure-weu"]))
        slug = name.split()[0].lower().replace("è", "e")
        ua = pick(rng, [f"{slug}-assistant/{int(rng.integers(1, 4))}.{int(rng.integers(0, 12))} (+python-httpx/0.27.2)", "OpenAI/Python 1.54.4", "litellm/1.52.9"])
        pay = ctx.pay() if rng.random() < 0.7 else None
        waves = [created_before(rng, 60, 700) for _ in range(int(rng.integers(1, 4)))]
        dflt = pick(rng, [[("a_pro", 0.7), ("a_mini", 0.3)], [("b_pro", 0.6), ("b_mini", 0.4)], [("a_mini", 0.8), ("b_pro", 0.2)]])
        switch = float(rng.uniform(0, 0.7))
        for _ in range(max(3, int(sz))):
            created = pick(rng, waves) + float(rng.uniform(0, 600))
            a = ctx.account(o, "enterprise_staff", created=created, email=dom, pay=pay, verified=True,
                            cc=cc if rng.random() < 0.7 else None)
            target = lognorm_int(rng, 22, 1.1, 1, 900)
            lo, hi = window(rng, created, churn=0.05)

            def turns_fn(r, lang, cc=cc):
                x = r.random()
                if x < 0.4:
                    return [dict(p=W.work_prompt(r, lang))] + [dict(p=W.followup(r, lang)) for _ in range(int(r.integers(0, 3)))]
                if x < 0.55:
                    return [dict(p=pick(r, ctx.tx.single))]
                return X.organic_turns(ctx.tx, r, lang, 4)
            ipf = lambda t, office=office, vpn=vpn: pick(rng, office) if rng.random() < 0.8 else vpn
            _sessions(ctx, rng, a, target, cc, "work", lo, hi, ipf, ua, sysp, dflt, switch, 120, conv=True, turns_fn=turns_fn, weekend=0.08)


# --------------------------------------------------------------------------
def saas(ctx, rng, sizes=(280, 240, 160)):
    for (name, cc, cloudw, sysp, tpl, ua), n in zip(X.SAAS, sizes):
        o = ctx.org("saas_backend", cc, name=name, log_system=name != "Dokumo", log_response=name == "Chatterbox Commerce",
                    conv_ids=name == "Chatterbox Commerce", key_p=1.0)
        servers = [cloud_ip(rng, cloudw) for _ in range(int(rng.integers(2, 5)))]
        pay = ctx.pay()
        dom = name.split()[0].lower() + ".io"
        waves = [created_before(rng, 20, 500) for _ in range(6)] + [T0 + float(rng.uniform(1, 18)) * DAY for _ in range(2)]
        mdl = {"Quillmate": [("a_mini", 0.85), ("a_pro", 0.15)], "Chatterbox Commerce": [("b_mini", 0.9), ("a_mini", 0.1)],
               "Dokumo": [("b_mini", 0.6), ("b_pro", 0.4)]}[name]
        for j in range(n):
            ecc = country(rng, ["SG", "MY", "ID", "VN", "TH", "PH", "JP", "AU"] if cc == "SG" else (["JP", "KR", "TW"] if cc == "JP" else ["DE", "FR", "NL", "GB", "PL", "ES", "SG", "AU"]))
            created = pick(rng, waves) + float(rng.exponential(3 * 3600))
            a = ctx.account(o, "saas_backend", created=created, email=None if rng.random() < 0.7 else dom, pay=pay if rng.random() < 0.85 else None,
                            verified=None if rng.random() < 0.6 else True, cc=ecc if rng.random() < 0.5 else None)
            lo, hi = window(rng, created, churn=0.08)
            target = lognorm_int(rng, 28, 1.35, 1, 4000)
            ts = starts(rng, max(1, target // (3 if name == "Chatterbox Commerce" else 1)), tz(ecc), "work" if name != "Chatterbox Commerce" else "consumer", lo, hi, weekend=0.5)
            merchant = pick(rng, X.MERCHANTS) + ("" if rng.random() < 0.6 else f" {ecc}")
            s = sysp.format(merchant=merchant, days=pick(rng, [7, 14, 30]), cur=pick(rng, ["S$", "RM", "¥", "€"]), amt=pick(rng, [50, 80, 100]))
            for t in ts:
                lang = lang_of(rng, ecc)
                if name == "Quillmate":
                    src = pick(rng, [W.work_prompt(rng, lang), W.consumer_prompt(rng, lang), pick(rng, ctx.tx.sg)[0][0][:1200]])
                    turns = [dict(p=tpl.format(tone=pick(rng, X.TONES), aud=pick(rng, X.AUDS), text=src), rk="generic")]
                elif name == "Chatterbox Commerce":
                    first = W.ticket_doc(rng).replace("Customer wrote: ", "") if rng.random() < 0.6 else W.consumer_prompt(rng, lang)
                    turns = [dict(p=first)] + [dict(p=W.followup(rng, lang)) for _ in range(int(rng.integers(0, 4)))]
                else:
                    doc = pick(rng, [W.invoice_doc(rng), W.ticket_doc(rng), "\n".join(pick(rng, W.NOTES) for _ in range(3)), pick(rng, LONG(ctx.tx))[:3000]])
                    turns = [dict(p=doc)]
                ctx.convo(rng, a, t, turns, model_at(rng, t, mdl), lambda t: pick(rng, servers), ua, system=s, conv=name == "Chatterbox Commerce",
                          temp=0.4 if name != "Quillmate" else 0.7, rf="json_object" if name == "Chatterbox Commerce" and rng.random() < 0.3 else None,
                          out=(5.0, 0.6), gap=(3.2, 0.8))


# --------------------------------------------------------------------------
def edtech(ctx, rng, n=320):
    o = ctx.org("edtech_tutor", "VN", name="Ban Hoc", log_system=True, log_response=False, conv_ids=True)
    pay = ctx.pay()
    uas = ["BanHoc/4.2.0 (Android 13; okhttp/4.12.0)", "BanHoc/4.2.0 (iPhone; iOS 17.6) CFNetwork/1496.0.7", "BanHoc/4.1.3 (Android 12; okhttp/4.11.0)"]
    for _ in range(n):
        cc = "VN" if rng.random() < 0.75 else ("ID" if rng.random() < 0.8 else "MY")
        lang = "vi" if cc == "VN" else ("id" if rng.random() < 0.9 else "en")
        created = T0 - float(rng.uniform(-10, 25)) * DAY
        a = ctx.account(o, "edtech_tutor", created=created, email="gmail.com" if rng.random() < 0.9 else mail(rng, cc), pay=pay if rng.random() < 0.5 else None,
                        verified=False, cc=cc if rng.random() < 0.6 else None)
        net = MobileNet(rng, cc, 0.5); home = HomeNet(rng, cc)
        ipf = lambda t, net=net, home=home: net.at(rng, t) if rng.random() < 0.55 else home.at(rng, t, 0)
        ua = pick(rng, uas)
        lo, hi = window(rng, created, churn=0.2)
        target = lognorm_int(rng, 22, 0.9, 1, 400)
        tl = lang if lang in W.TUTOR else "en"
        for t in starts(rng, max(1, target // 2), tz(cc), "student", lo, hi, weekend=1.3, boost=[(d, 2.0) for d in range(14, 21)]):
            prob, ans = W.math_problem(rng, lang if lang in W.PROB["meet"] else "en")
            turns = [dict(p=pick(rng, W.TUTOR[tl]).format(p=prob), rk="reason")]
            for _ in range(int(rng.integers(0, 3))):
                turns.append(dict(p=pick(rng, X.EDTECH_FOLLOW.get(lang, X.EDTECH_FOLLOW["en"])), rk="reason"))
            ctx.convo(rng, a, t, turns, model_at(rng, t, [("a_mini", 0.9), ("a_pro", 0.1)]), ipf, ua, system=X.EDTECH_SYS, conv=True,
                      temp=0.3, maxtok=1500, out=(6.2, 0.5), gap=(4.5, 0.8))


# --------------------------------------------------------------------------
def serverless(ctx, rng, n_orgs=90):
    for _ in range(n_orgs):
        cc = country(rng)
        app = X.SERVERLESS_APPS[int(rng.integers(len(X.SERVERLESS_APPS)))]
        plat = pick(rng, ["vercel", "vercel", "cf-workers", "aws-sg", "aws-tokyo", "aws-fra", "gcp-tw"])
        o = ctx.org("serverless_app", cc, name=app[0] + "-app", log_system=rng.random() < 0.7, log_response=rng.random() < 0.2)
        md, free = meta(ctx, rng, cc, free_p=0.2, ver_p=0.6)
        ua = {"vercel": "node", "cf-workers": None, "aws-sg": "OpenAI/JS 4.73.0", "aws-tokyo": "python-httpx/0.27.2", "aws-fra": "OpenAI/JS 4.67.3", "gcp-tw": "axios/1.7.7"}[plat]
        mdl = [(pick(rng, ["a_mini", "b_mini"]), 0.9), (pick(rng, ["a_pro", "b_pro"]), 0.1)]
        for j in range(1 if rng.random() < 0.6 else int(rng.integers(2, 4))):
            created = created_before(rng, -15, 400)
            a = ctx.account(o, "serverless_app", created=created, **md)
            lo, hi = window(rng, created, 0.1)
            target = lognorm_int(rng, 90 if j == 0 else 15, 1.3, 1, 6000)
            for t in starts(rng, target, tz(cc), "consumer", lo, hi):
                lang = lang_of(rng, cc)
                p = app[2].format(food=pick(rng, X.FOOD), c=pick(rng, X.CONSTR), prod=pick(rng, X.PRODS), topic=pick(rng, W.CONSUMER["en"]["topic"]),
                                  g=int(rng.integers(4, 12)), job=pick(rng, X.JOBS), bg=pick(rng, X.BGS), place=pick(rng, W.CONSUMER["en"]["place"]),
                                  n=int(rng.integers(2, 7)), dream=pick(rng, X.DREAMS), lang=W.LANG_NAME[lang], pts=pick(rng, W.NOTES))
                ctx.convo(rng, a, t, [dict(p=p, rk="json" if app[3] == "json_object" else "generic")], model_at(rng, t, mdl),
                          lambda t: cloud_ip(rng, plat), ua, system=app[1], conv=False, rf=app[3] if rng.random() < 0.9 else None,
                          temp=float(pick(rng, [0.7, 0.9, 1.0])), out=(5.6, 0.5))


# --------------------------------------------------------------------------
def power(ctx, rng, n=150):
    for _ in range(n):
        cc = country(rng)
        edu = cc in EDU and rng.random() < 0.3
        md, free = meta(ctx, rng, cc, free_p=0.05, ver_p=0.7, email=EDU[cc] if edu else None)
        o = ctx.org("power_user", cc, personal=rng.random() < 0.8, log_system=rng.random() < 0.7, log_response=rng.random() < 0.1,
                    model_style=pick(rng, ["plain", "plain", "prefixed", "dated"]))
        created = created_before(rng, 30, 800)
        a = ctx.account(o, "power_user", created=created, nkeys=int(rng.integers(1, 4)), **md)
        home = HomeNet(rng, cc, 0.35)
        vps = v6(pick(rng, ["2a01:4f8", "2400:8902", "2401:c080"]), rng) if rng.random() < 0.1 else None
        ipf = lambda t, home=home, vps=vps: vps if vps and rng.random() < 0.4 else home.at(rng, t, 0.1)
        ua = pick(rng, SDK_UA[:6] + DESKTOP_UA)
        target = lognorm_int(rng, 70, 1.0, 5, 2500)
        share = float(rng.uniform(0.5, 0.95)) if rng.random() < 0.75 else 0.1
        lag = float(rng.uniform(0, 10))
        base = [("a_pro", 0.6), ("b_pro", 0.35), ("a_mini", 0.05)]
        mx = int(pick(rng, [4096, 8192, 16384, 32768]))

        def turns_fn(r, lang):
            x = r.random()
            if x < 0.35:
                return [dict(p=pick(r, X.RESEARCH_ASK) + pick(r, W.REASONING_ASK) + pick(r, ctx.tx.single), rk="reason")]
            if x < 0.55:
                prob, _ = W.math_problem(r, lang if lang in W.PROB["meet"] else "en")
                return [dict(p=pick(r, W.REASONING_ASK) + prob, rk="reason")]
            if x < 0.65:
                return [dict(p=W.logic_puzzle(r) if r.random() < 0.5 else W.code_trace(r), rk="reason")]
            return X.organic_turns(ctx.tx, r, lang, 8)
        ts = starts(rng, max(1, target // 2), tz(cc), "dev", 0, NDAYS, boost=[(11, 3.0), (12, 2.0)])
        for t in ts:
            lang = lang_of(rng, cc)
            ctx.convo(rng, a, t, turns_fn(rng, lang), model_at(rng, t, base, share, lag, 6), ipf, ua, conv=False, maxtok=mx,
                      temp=float(pick(rng, [0, 0.2, 0.7, 1.0])) if rng.random() < 0.7 else None, out=(6.8, 0.9),
                      n=int(pick(rng, [2, 3, 4])) if rng.random() < 0.06 else None)
