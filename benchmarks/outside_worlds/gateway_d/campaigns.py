"""Five distillation campaigns of different care.

C1 hydra_shell_agentic      shell tenant, ~280 rotating accounts, datacenter proxies, shared cards, agentic coding/tool use
C2 ipv6_reasoning_harvest   ~130 self-serve accounts, each request from a fresh /64 inside three hosting /48s, multilingual CoT
C3 slow_instruction_harvest ~70 free-tier tenants, own cards/e-mail domains, residential proxies, human pace; instruction generation
C4 rubric_reward_harvest    3 'startup programme' orgs sharing a cloud IP pool; reward-model style grading
C5 sensitive_rewrite        sloppy: one sign-up burst, two cards, one /24; politically sensitive answer rewrites
"""
import numpy as np

import worldtext as W
import moretext as X
from infra import (DAY, T0, NDAYS, RELEASE, M, tz, lang_of, country, starts, lognorm_int, model_at, hosting_ip, cloud_ip,
                   resid, v6, SDK_UA, BROWSER_UA, DESKTOP_UA, pick)
from population import mail, created_before

KINDS = {"C1": "hydra_shell_agentic", "C2": "ipv6_reasoning_harvest", "C3": "slow_instruction_harvest",
         "C4": "rubric_reward_harvest", "C5": "sensitive_rewrite"}


def _active(rng, created, lo_len, hi_len, delay=(0.1, 1.0)):
    s = max(T0, created + float(rng.uniform(*delay)) * DAY)
    return (s - T0) / DAY, min(float(NDAYS), (s - T0) / DAY + float(rng.uniform(lo_len, hi_len)))


# --------------------------------------------------------------------------
def c1_hydra_shell(ctx, rng, n=280):
    camp, kind = "C1", KINDS["C1"]
    o = ctx.org(kind, "SG", name="Brightpath Digital Solutions", log_system=True, log_response=False, conv_ids=False)
    cards = [ctx.pay() for _ in range(15)]
    doms = ["brightpath-digital.com", "bpds-mail.com", "quickteam.io", "gmail.com", "outlook.com", "mailhub-asia.net"]
    proxies = [hosting_ip(rng, h) for h in rng.choice(["vultr-sg", "do-sg", "hetzner", "linode-jp", "ovh-sg"], 70)]
    waves = [(-21, 0.22), (-9, 0.25), (2, 0.2), (9, 0.18), (15, 0.15)]
    for i in range(n):
        w = waves[int(rng.choice(len(waves), p=[p for _, p in waves]))][0]
        created = T0 + (w + float(rng.uniform(0, 1.2))) * DAY
        a = ctx.account(o, kind, campaign=camp, created=created, email=pick(rng, doms), pay=pick(rng, cards),
                        verified=bool(rng.random() < 0.05), cc=pick(rng, ["SG", "HK", "MY", "ID", None]))
        lo, hi = _active(rng, created, 5, 11, (0.05, 0.6)) if w > -15 else (0.0, float(rng.uniform(3, 9)))
        if hi <= lo:
            continue
        ua = "OpenAI/Python 1.51.2" if w < 5 else pick(rng, ["OpenAI/Python 1.51.2", "OpenAI/Python 1.52.0"])
        ntask = int(rng.poisson(1.7 * (hi - lo))) + 1
        for t in starts(rng, ntask, 8, "flat", lo, hi):
            x = rng.random()
            if x < 0.15:   # the shell also resells access: ordinary customers' requests pass through
                lang = pick(rng, ["en", "en", "zh", "id", "vi"])
                ctx.convo(rng, a, t, X.organic_turns(ctx.tx, rng, lang, 4), model_at(rng, t, [("a_mini", 0.6), ("b_mini", 0.4)]),
                          lambda t: pick(rng, proxies), ua, system="You are a helpful assistant.", conv=False)
                continue
            if x < 0.32:
                p0 = pick(rng, X.C1_TOOL_TASKS).format(city=pick(rng, X.CITIES), city2=pick(rng, X.CITIES), n=int(rng.integers(1, 60)),
                                                       date=f"2026-{int(rng.integers(10, 13))}-{int(rng.integers(1, 29)):02d}", amt=int(rng.integers(80, 4000)), k=int(rng.integers(1000, 99999)))
                plang, d = "Python", pick(rng, W.DOMAINS)
            else:
                plang, fw, d, what = W.code_task(rng)
                crit = "\n".join(rng.choice(W.CRIT, int(rng.integers(2, 5)), replace=False))
                p0 = W.RL_TASK.format(tid=f"{int(rng.integers(10**5, 10**6)):x}", repo=W.repo_name(rng) + "-" + str(int(rng.integers(2, 99))),
                                      lang=plang, fw=fw, what=what, crit=crit)
            turns = [dict(p=p0, rk="code", o=lognorm_int(rng, 900, 0.5))]
            for _ in range(lognorm_int(rng, 6, 0.45, 2, 18)):
                tool = pick(rng, ["bash", "read_file", "grep", "run_tests", "write_file"])
                turns.append(dict(p=pick(rng, X.TOOL_WRAP).format(t=tool, b=W.tool_result(rng, plang, d, "anth")), rk="code"))
            ctx.convo(rng, a, t, turns, model_at(rng, t, [("a_pro", 0.55), ("b_pro", 0.45)], 0.47, 2, 18), lambda t: pick(rng, proxies), ua,
                      system=X.C1_SYSTEM, conv=False, tools=6, tool_fin=True, temp=pick(rng, [0.8, 1.0]), maxtok=16000, out=(6.4, 0.6),
                      gap=(1.3, 0.6), err=0.012)


# --------------------------------------------------------------------------
def c2_ipv6_harvest(ctx, rng, n=130):
    camp, kind = "C2", KINDS["C2"]
    p48 = ["2a01:4f8:c17", "2401:c080:1c02", "2400:8902:e003"]
    cards = [ctx.pay() for _ in range(26)]
    uas = ["python-httpx/0.27.0", "OpenAI/Python 1.50.2", "Python/3.11 aiohttp/3.10.5"]
    langs = ["zh", "zh", "zh", "en", "en", "ja", "ko", "vi", "id", "de", "fr"]
    orca = [s for s in ctx.tx.tool.orca_sys if s]

    def ipf(t):
        return v6(pick(rng, p48) + ":" + format(int(rng.integers(0, 65536)), "x"), rng)
    for i in range(n):
        cc = pick(rng, ["SG", "MY", "TW", "HK", "JP", "KR", "VN", "DE", "AU"])
        o = ctx.org(kind, cc, personal=True, log_system=True, log_response=False)
        created = T0 + float(rng.uniform(-15, 13)) * DAY
        a = ctx.account(o, kind, campaign=camp, created=created, email=pick(rng, ["gmail.com", "gmail.com", "outlook.com", "proton.me", "hotmail.com"]),
                        pay=pick(rng, cards), verified=None if rng.random() < 0.1 else False, cc=cc if rng.random() < 0.9 else None)
        lo, hi = _active(rng, created, 6, 14, (0.2, 1.5))
        ua = pick(rng, uas)
        sysp = pick(rng, orca) if rng.random() < 0.3 else None
        for t in starts(rng, int(rng.poisson(9 * max(0.0, hi - lo))) + 1, 8, "flat", lo, hi):
            lang = pick(rng, langs)
            y = rng.random()
            ans = None
            if y < 0.6:
                prob, ans = W.math_problem(rng, lang)
            elif y < 0.75:
                prob = W.logic_puzzle(rng) if rng.random() < 0.5 else W.code_trace(rng)
            else:
                prob = pick(rng, ctx.tx.single)[:2500]
            tpls = W.HARVEST.get(lang, W.HARVEST["en"])
            if ans is None:
                tpls = [s for s in tpls if "{a}" not in s] or [s for s in W.HARVEST["en"] if "{a}" not in s]
            turns = [dict(p=pick(rng, tpls).format(p=prob, a=ans), rk="reason")]
            if rng.random() < 0.35:
                other = pick(rng, [l for l in W.LANG_NAME if l != lang])
                turns.append(dict(p=W.HARVEST_FOLLOW[lang].format(L=W.LANG_NAME[other] if lang == "en" else W.LANG_NAME[other]), rk="reason"))
            ctx.convo(rng, a, t, turns, model_at(rng, t, [("a_pro", 0.6), ("b_pro", 0.4)], 0.5, 0, 24), ipf, ua, system=sysp, conv=False,
                      maxtok=int(pick(rng, [16384, 32000])), temp=float(pick(rng, [0.6, 1.0])), out=(7.5, 0.55), gap=(1.5, 0.6))


# --------------------------------------------------------------------------
VANITY = ["northgate-labs.net", "quietriver.io", "tallpine.dev", "mosslane.co", "brickfield.app", "lumacore.net", "seabright.dev", "oakhollow.io", "ferncrest.com"]
AIRO_OK = ["general", "cot", "coding", "orca", "plan", "riddle", "trivia", "writing", "contextual", "multiple_choice", "agent", "misconception"]


def _seed_examples(rng, tx, k=3):
    out = []
    for j in rng.choice(len(tx.tool.seeds), k, replace=False):
        s = tx.tool.seeds[int(j)]
        inst = s["instances"][0] if s.get("instances") else {"input": "", "output": ""}
        out.append(f"Instruction: {s['instruction']}\nInput: {inst.get('input') or '<noinput>'}\nOutput: {inst.get('output', '')[:400]}")
    return out


def _instruction(rng, tx):
    if rng.random() < 0.45:
        s = tx.tool.seeds[int(rng.integers(len(tx.tool.seeds)))] if rng.random() < 0.5 else tx.tool.user_tasks[int(rng.integers(len(tx.tool.user_tasks)))]
        inst = (s.get("instances") or [{}])[0]
        return s["instruction"], inst.get("input", "")
    conv = pick(rng, tx.sg)
    return conv[0][0][:600], ""


def c3_slow_harvest(ctx, rng, n=70):
    camp, kind = "C3", KINDS["C3"]
    orca = [s for s in ctx.tx.tool.orca_sys if s]
    for i in range(n):
        cc = country(rng)
        o = ctx.org(kind, cc, personal=True, log_system=True, log_response=True)
        created = T0 + float(rng.uniform(-40, 14)) * DAY
        a = ctx.account(o, kind, campaign=camp, created=created, email=pick(rng, VANITY) if rng.random() < 0.7 else pick(rng, ["proton.me", "gmail.com", mail(rng, cc)]),
                        pay=ctx.pay() if rng.random() < 0.4 else None, verified=None if rng.random() < 0.1 else False, cc=cc if rng.random() < 0.92 else None)
        lo, hi = _active(rng, created, 7, 25, (0.5, 3))
        ua = pick(rng, SDK_UA[:6] + DESKTOP_UA + BROWSER_UA)
        total = lognorm_int(rng, 55, 0.5, 8, 220)
        for t in starts(rng, max(1, total // 3), tz(cc), "consumer", lo, hi, weekend=0.8):
            ip = resid(rng, cc)        # sticky residential exit per session
            for _ in range(int(rng.integers(1, 6))):
                x = rng.random()
                sysp, rk, mx, temp = None, "tasks", 3072, 1.0
                if x < 0.28:
                    p = pick(rng, X_GEN()).format(k=int(pick(rng, [10, 15, 20])), areas=pick(rng, W.GEN_AREAS), ex="\n\n".join(_seed_examples(rng, ctx.tx)))
                elif x < 0.36:
                    p = ctx.tx.tool.alpaca + "\nList of 20 tasks:\n" + "\n###\n".join(f"{j+1}. " + e for j, e in enumerate(_seed_examples(rng, ctx.tx)))
                elif x < 0.44:
                    p = ctx.tx.tool.fill_airo(rng, pick(rng, AIRO_OK))
                elif x < 0.50:
                    p = pick(rng, ctx.tx.tool.evol).replace("{INSTRUCTION}", _instruction(rng, ctx.tx)[0])
                    mx, temp = 2048, 1.0
                elif x < 0.62:
                    p = pick(rng, X.C3_EVOL_OWN).format(i=_instruction(rng, ctx.tx)[0])
                    mx, temp = 2048, 1.0
                else:
                    ins, inp = _instruction(rng, ctx.tx)
                    p = pick(rng, W.ANSWER_WRAP).format(i=ins, x=inp or "")
                    sysp = pick(rng, orca) if rng.random() < 0.5 else None
                    rk, mx, temp = "reason", 2048, 0.7
                ctx.convo(rng, a, t, [dict(p=p, rk=rk)], model_at(rng, t, [("a_pro", 0.4), ("b_pro", 0.3), ("a_mini", 0.15), ("b_mini", 0.15)], 0.25, 72, 96),
                          ip, ua, system=sysp, conv=False, maxtok=mx if rng.random() < 0.85 else None, temp=temp, out=(6.7, 0.5))
                t += float(rng.uniform(20, 400))


def X_GEN():
    return W.GEN_HEADERS


# --------------------------------------------------------------------------
def c4_rubric(ctx, rng, n=55):
    camp, kind = "C4", KINDS["C4"]
    pool = [cloud_ip(rng, "aws-tokyo") for _ in range(10)] + [cloud_ip(rng, "gcp-tw") for _ in range(8)]
    cards = [ctx.pay() for _ in range(4)]
    orgs = [("Veritas Signal Pte Ltd", "SG", "veritas-signal.com", True), ("Aster Insight Ltd", "HK", "asterinsight.hk", False),
            ("Junction AI Labs", "MY", "junction-ai.my", False)]
    judges = [j for j in ctx.tx.tool.judge if "multi" not in j["name"]]
    for oi, (name, cc, dom, ver) in enumerate(orgs):
        o = ctx.org(kind, cc, name=name, log_system=True, log_response=False, conv_ids=False)
        ocards = [cards[oi], cards[(oi + 1) % 4]] if oi < 2 else [cards[3]]
        for w, share in [(-6, 0.55), (8, 0.45)]:
            for _ in range(int(round(n / 3 * share))):
                created = T0 + (w + float(rng.uniform(0, 0.6))) * DAY
                a = ctx.account(o, kind, campaign=camp, created=created, email=dom, pay=pick(rng, ocards), verified=ver if rng.random() < 0.9 else None,
                                cc=cc if rng.random() < 0.7 else None)
                lo, hi = _active(rng, created, 8, 30, (0.2, 0.8))
                for t in starts(rng, int(rng.poisson(19 * max(0.0, hi - lo))) + 1, 8, "shift", lo, hi):
                    q = pick(rng, [pick(rng, ctx.tx.single)[:1500], pick(rng, ctx.tx.lottery), pick(rng, ctx.tx.sg)[0][0][:1200],
                                   W.consumer_prompt(rng, pick(rng, ["zh", "en", "ja"]))])
                    a1, a2 = pick(rng, ctx.tx.answers)[:1500], pick(rng, ctx.tx.answers)[:1500]
                    crit = ", ".join(rng.choice(W.GENERIC_CRITERIA, int(rng.integers(3, 6)), replace=False))
                    x = rng.random()
                    sysp, rf = None, "json_object"
                    if x < 0.4:
                        p, rk = pick(rng, W.RM_POINTWISE).format(crit=crit, q=q, a=a1), "grade"
                    elif x < 0.7:
                        p, rk = pick(rng, W.RM_PAIRWISE).format(crit=crit, q=q, a=a1, b=a2), "pair"
                    elif x < 0.9:
                        j = pick(rng, judges)
                        sysp, rf, rk = j["system_prompt"], None, "judge"
                        p = j["prompt_template"].format(question=q, answer=a1, answer_a=a1, answer_b=a2, ref_answer_1=a2[:400])
                    else:
                        lines = "\n".join(f"- {c}: 1-10" for c in crit.split(", "))
                        p, rk = f"Score the answer on each line below, then give a total.\n{lines}\nQuestion: {q}\nAnswer: {a1}\nJSON only.", "grade"
                    ctx.convo(rng, a, t, [dict(p=p, rk=rk)], model_at(rng, t, [("a_pro", 0.5), ("b_pro", 0.5)], 0.4, 6, 24),
                              lambda t: pick(rng, pool), "python-httpx/0.27.0", system=sysp, conv=False, temp=0.0, rf=rf, maxtok=1024, out=(5.0, 0.45))


# --------------------------------------------------------------------------
def c5_sensitive(ctx, rng, n=38):
    camp, kind = "C5", KINDS["C5"]
    cards = [ctx.pay() for _ in range(2)]
    base24 = "47.242." + str(int(rng.integers(0, 256)))
    ips = [f"{base24}.{int(h)}" for h in rng.choice(np.arange(2, 254), 12, replace=False)]
    probes = [p for p in W.SEC_PROBES if "reasoning" in p or "chain of thought" in p]
    for i in range(n):
        cc = "SG" if rng.random() < 0.7 else "MY"
        o = ctx.org(kind, cc, personal=True, log_system=True, log_response=False)
        created = T0 + (4 + float(rng.uniform(0, 1.25))) * DAY
        a = ctx.account(o, kind, campaign=camp, created=created, email=pick(rng, ["qmail-hub.com", "qmail-hub.com", "163.com"]), pay=pick(rng, cards),
                        verified=False, cc=cc)
        lo, hi = _active(rng, created, 12, 17, (0.05, 0.5))
        total = lognorm_int(rng, 120, 0.3, 30, 400)
        for t in starts(rng, total // 2, 8, "work", lo, hi, weekend=1.0):
            lang = "zh" if rng.random() < 0.55 else "en"
            sl = {k: pick(rng, v) for k, v in W.SENS_SLOTS.items()}
            q = pick(rng, W.SENSITIVE_Q[lang]).format(**sl)
            draft = W.SENS_ANSWER[lang].format(n=int(rng.integers(20, 3000)))
            if rng.random() < 0.45:
                turns = [dict(p=q, rk="generic"), dict(p=pick(rng, W.SENS_REWRITE[lang]).format(q=q, a=draft).split("\n\n")[0] + "\n\n" + ("改写你上面的回答。" if lang == "zh" else "Apply this to your answer above."), rk="rewrite")]
            else:
                turns = [dict(p=pick(rng, W.SENS_REWRITE[lang]).format(q=q, a=draft), rk="rewrite")]
            if rng.random() < 0.15:
                turns.append(dict(p=pick(rng, probes), rk="refuse"))
            for tu in turns:
                if rng.random() < 0.05:
                    tu["f"] = "content_filter"
            ctx.convo(rng, a, t, turns, model_at(rng, t, [("a_pro", 0.5), ("b_pro", 0.5)], 0.5, 12, 24), lambda t: pick(rng, ips),
                      "python-requests/2.31.0", conv=False, temp=0.3, out=(5.6, 0.5), gap=(1.2, 0.5))
