"""Benign population, part 2: education programme, evaluation company,
moderation vendor, enterprise batch jobs and agencies sharing a card."""
import texts as T
from benign import card, company_name, lvol, pick
from infra import (DAY, END_S, HOUR, MOBILE_UAS, NEW, OLD, RELEASE_S, SDK_UAS, TZ, UNIVERSITIES, WEB_UAS,
                   conversation, hid, sample_times)


def education(reg, em, tx, n_students, n_teachers, cgnat):
    r = reg.r
    unis = []
    for dom, c in UNIVERSITIES:
        unis.append({"dom": dom, "c": c, "nat": [em.ips.datacenter(em.ips.block()) for _ in range(r.randint(2, 6))],
                     "cohort": -r.uniform(25, 60) * DAY,
                     "deadline": r.uniform(2, 9) * DAY if r.random() < 0.6 else None})
    for i in range(n_students + n_teachers):
        teacher = i >= n_students
        u = r.choice(unis)
        created = u["cohort"] + r.uniform(0, 5 * DAY) if r.random() < 0.6 else -r.uniform(1, 500) * DAY
        a = reg.new("edu_teacher" if teacher else "edu_student", u["c"], created, u["dom"],
                    None if r.random() < 0.7 else card(r), r.random() < 0.15)
        home_prefix = em.ips.v6_prefix() if r.random() < 0.25 else None
        home = em.ips.residential()
        mob = r.random() < 0.3
        ua = r.choice(WEB_UAS + MOBILE_UAS if mob else WEB_UAS)
        if teacher:
            rubric = f"R-{r.randint(100, 999)}"
            n = lvol(r, 3.6, 0.6, 5, 250)
            times = sample_times(r, n, TZ[u["c"]], "day", weekend=0.5)
        else:
            n = lvol(r, 2.5, 0.9, 1, 300)
            times = sample_times(r, n, TZ[u["c"]], "student", weekend=0.9)
            if u["deadline"] and r.random() < 0.5:   # problem-set crunch the night before
                dl = u["deadline"]
                times += sorted(r.uniform(dl - 7 * HOUR, dl) for _ in range(r.randint(3, 25)))
        for t in times:
            if r.random() < 0.55:
                ip = r.choice(u["nat"])
            elif home_prefix:
                ip = em.ips.v6(home_prefix)
            elif mob:
                ip = r.choice(cgnat.setdefault(u["c"], [em.ips.residential() for _ in range(14)]))
            else:
                ip = home
            model = pick(r, t, 0.5, 0.9, flash=0.05)      # web playground default flips at release
            if teacher:
                conversation(em, a, t, [T.teacher_prompt(r, rubric)] + (["make it shorter and kinder"] if r.random() < 0.3 else []),
                             model, ip=ip, ua=ua, out_mu=6.0)
            else:
                turns = [T.student_prompt(r)] + (["why?", "can you explain step 2 again", "ok thanks"][: r.randint(0, 3)])
                if r.random() < 0.15:
                    turns = organic_turns_short(r, tx)
                conversation(em, a, t, turns, model, ip=ip, ua=ua, out_mu=5.9)


def organic_turns_short(r, tx):
    return list(r.choice(tx.convs))[:3]


def _judge_prompt(r, tx, j):
    q = r.choice(tx.bench)
    fill = {"question": q[0], "question_1": q[0], "question_2": q[-1],
            "answer": "Sure. " + r.choice(tx.arena)[:300], "answer_1": "First answer text.", "answer_2": "Second answer text.",
            "answer_a": "Answer A: " + r.choice(tx.lottery)[:200], "answer_b": "Answer B: " + r.choice(tx.lottery)[:200],
            "answer_a_1": "A1", "answer_a_2": "A2", "answer_b_1": "B1", "answer_b_2": "B2",
            "ref_answer_1": "Reference: 42", "ref_answer_2": "Reference: 7", "ref_answer": "Reference: 42"}
    try:
        return j["prompt_template"].format(**fill)
    except (KeyError, IndexError):
        return j["prompt_template"]


def eval_company(reg, em, tx, n_accts):
    """A real LLM-evaluation vendor: rubric grading for clients, big batch runs."""
    r = reg.r
    org = "org_" + hid(r, 8)
    pay = card(r)
    blocks = [em.ips.block(), em.ips.block()]
    for _ in range(n_accts):
        a = reg.new("eval_company", "US", -r.uniform(200, 600) * DAY, "evalytics.com", pay, True, org=org,
                    nkeys=r.randint(2, 5))
        ips = [em.ips.datacenter(b) for b in blocks for _ in range(2)]
        runs = r.randint(4, 9)
        starts = sorted(r.uniform(0, END_S - 6 * HOUR) for _ in range(runs))
        if r.random() < 0.7:
            starts.append(RELEASE_S + r.uniform(0.5, 5) * HOUR)   # benchmark the new model on release day
        for s in starts:
            model = NEW if s > RELEASE_S and r.random() < 0.7 else OLD
            j = r.choice(tx.judges)
            size = r.randint(80, 320)
            t = s
            for _ in range(size):
                t += r.expovariate(1 / 14.0)
                if t >= END_S:
                    break
                em.emit(a, t, _judge_prompt(r, tx, j), model, system=j["system_prompt"], ip=r.choice(ips),
                        ua="helix-python/1.32.0", key=r.choice(a["keys"]), temperature=0.0, max_tokens=2048,
                        out_mu=5.3, out_sd=0.4)


def moderation_vendor(reg, em, tx, n_accts):
    r = reg.r
    org = "org_" + hid(r, 8)
    pay = card(r)
    block = em.ips.block()
    for _ in range(n_accts):
        a = reg.new("moderation_vendor", "IE", -r.uniform(100, 400) * DAY, "safeguardly.com", pay, True, org=org)
        for t in sample_times(r, lvol(r, 7.4, 0.3, 900, 3500), 0, "evening", weekend=1.1):
            em.emit(a, t, T.moderation_prompt(r, tx.hh), OLD if t < RELEASE_S + 2 * DAY or r.random() < 0.5 else NEW,
                    system=T.MOD_SYSTEM, ip=em.ips.datacenter(block), ua="helix-node/0.18.1", temperature=0.2,
                    max_tokens=600, response_format="json_object", out_mu=5.0, out_sd=0.4)


def enterprise(reg, em, tx, n_orgs):
    r = reg.r
    for _ in range(n_orgs):
        org = "org_" + hid(r, 8)
        dom = company_name(r).split()[0].lower() + ".com"
        pay = card(r)
        c = r.choice(["US", "DE", "GB", "JP"])
        block = em.ips.block()
        for _ in range(r.randint(4, 8)):
            a = reg.new("enterprise_batch", c, -r.uniform(150, 800) * DAY, dom, pay, True, org=org)
            job = r.randrange(len(T.ENTERPRISE_JOBS))
            hour = r.choice([1, 2, 3, 22, 23])
            for d in range(10):
                if r.random() < 0.15:
                    continue
                t = d * 86400 + ((hour - TZ[c]) % 24) * HOUR
                for _ in range(r.randint(40, 160)):
                    t += r.expovariate(1 / 4.0)
                    if t >= END_S:
                        break
                    em.emit(a, t, T.enterprise_prompt(r, job), OLD, ip=em.ips.datacenter(block), ua="helix-python/1.29.0",
                            temperature=0.0, max_tokens=800, response_format="json_schema", out_mu=4.9, out_sd=0.4,
                            status=429 if r.random() < 0.03 else None)
            # daytime interactive use by the same teams
            for t in sample_times(r, r.randint(5, 40), TZ[c], "day", weekend=0.1):
                em.emit(a, t, r.choice(tx.arena)[:1500], r.choice([OLD, NEW]) if t > RELEASE_S else OLD,
                        ip=em.ips.datacenter(block), ua=r.choice(WEB_UAS))


def agencies(reg, em, tx, n_orgs):
    r = reg.r
    for _ in range(n_orgs):
        pay = card(r)
        c = r.choice(["US", "GB", "ES", "BR", "IN", "PL"])
        office = em.ips.residential()
        for _ in range(r.randint(3, 6)):   # staff sign up with personal mail, pay with the agency card
            from infra import FREEMAIL
            a = reg.new("agency_member", c, -r.uniform(5, 300) * DAY, r.choice(FREEMAIL), pay, False)
            home = em.ips.residential()
            for t in sample_times(r, lvol(r, 3.3, 0.6, 5, 200), TZ[c], "day", weekend=0.3):
                conversation(em, a, t, [T.agency_prompt(r)] + ["make it shorter"] * r.randint(0, 2),
                             pick(r, t, 12, 0.8), ip=office if r.random() < 0.7 else home, ua=r.choice(WEB_UAS))
