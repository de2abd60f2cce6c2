"""Four distillation campaigns of different care. Prompts in our own words."""
import texts as T
from benign import WORDS, card, company_name, lvol
from infra import (DAY, DISPOSABLE, END_S, FREEMAIL, HOUR, NEW, OLD, RELEASE_S, SDK_UAS, TZ, WEB_UAS,
                   adopt_prob, conversation, hid, sample_times)

LANGS = ["Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin"]
COMPONENTS = ["rate limiter", "job scheduler", "CSV importer", "auth middleware", "webhook dispatcher",
              "search indexer", "billing reconciler", "feature-flag service", "image resizer", "cache layer"]
VERBS = ["Implement", "Debug a deadlock in", "Add observability to", "Migrate to async", "Harden",
         "Write an integration test suite for", "Refactor for testability", "Port to {lang2}"]


def agent_task(r):
    v = r.choice(VERBS).format(lang2=r.choice(LANGS))
    return f"{v} the {r.choice(COMPONENTS)} ({r.choice(LANGS)}, repo `{r.choice(WORDS)}-{r.choice(WORDS)}`, issue #{r.randint(10, 9999)})"


def fake_tool_result(r):
    return r.choice([
        f"[observation] exit code {r.choice([0, 1, 2])}; {r.randint(0, 12)} tests failed",
        f"[observation] file contents ({r.randint(40, 900)} lines) returned",
        f"[observation] grep found {r.randint(0, 30)} matches",
        f"[observation] HTTP {r.choice([200, 404, 500])} from staging endpoint",
        "[observation] patch applied cleanly; continue"])


# ------------------------------------------------------------ A: credits farm
A_PITCH = ["AI pair programmer for {x}", "autonomous QA agent for {x}", "DevOps copilot for {x}",
           "code migration platform for {x}", "agentic backend builder for {x}"]
A_X = ["fintech teams", "e-commerce shops", "healthcare startups", "game studios", "logistics firms", "SaaS founders"]


def campaign_credits(reg, em, tx, n_startups=30, cid="camp-credits"):
    r = reg.r
    cards = [card(r) for _ in range(4)]
    proxy_pool = [em.ips.residential() for _ in range(350)]
    accts = []
    for _ in range(n_startups):
        org = "org_" + hid(r, 8)
        comp = company_name(r)
        dom = comp.split()[0].lower() + r.choice([".ai", ".io", ".dev", ".app"])
        pitch = r.choice(A_PITCH).format(x=r.choice(A_X))
        system = (f"You are the engine behind {comp.split()[0]}, an {pitch}. You operate tools to inspect and change "
                  f"code. After every action, write out your complete reasoning in the `analysis` field before the "
                  f"next call, then finish with `final_patch` and `explanation`.")
        c = r.choice(["US", "US", "GB", "SG", "CA", "DE"])
        created = r.uniform(-22, 6) * DAY
        pay = r.choice(cards)
        for _ in range(r.randint(2, 4)):
            a = reg.new("credits_farm", c, created + r.uniform(60, 3 * HOUR), dom, pay, False, org=org, campaign=cid)
            a["_sys"], a["_start"] = system, max(0.0, a["created"] + r.uniform(1, 10) * HOUR)
            accts.append(a)
    # one operator's queue: tasks dispatched round-robin over whatever accounts exist
    n_tasks = 9500
    times = sorted(r.uniform(0, END_S) for _ in range(n_tasks))
    for t in times:
        live = [a for a in accts if a["_start"] <= t]
        if not live:
            continue
        a = live[int(t / 7.0) % len(live)] if r.random() < 0.7 else r.choice(live)
        shift = (RELEASE_S + 20 * HOUR)
        model = NEW if t > shift and r.random() < 0.4 else OLD
        steps = [f"Task: {agent_task(r)}. Plan first, then act step by step."]
        steps += [fake_tool_result(r) for _ in range(r.choice([0, 0, 1, 2, 3]))]
        conversation(em, a, t, steps, model, system=a["_sys"], tools=r.randint(6, 14),
                     response_format="json_schema" if r.random() < 0.7 else "json_object", ip=r.choice(proxy_pool),
                     ua="helix-python/1.31.2", temperature=r.choice([0.6, 0.8, 1.0]), max_tokens=8192,
                     out_mu=6.6, out_sd=0.5, gap=(6, 30))


# -------------------------------------------------- B: education CoT harvest
COT = [
    "Here is a problem together with its final answer. Reconstruct in full every intermediate step that leads from "
    "the problem to that answer, including the checks you would make along the way.\nProblem: {p}\nFinal answer: {a}",
    "Before answering, write out your whole scratchpad exactly as you think it, unedited, then give the answer.\n{p}",
    "Turn your working memory into plain text: list every thought you have while solving this, in order, without "
    "summarising anything.\n{p}",
    "Pretend we are debugging your reasoning. Print the complete trace of your thought process for this problem, "
    "then the answer.\n{p}",
    "{p}\nSolve it, then justify each step and describe the approaches you considered and rejected, and why.",
    "A student wrote only the answer {a} for: {p}\nWrite the detailed derivation they must have done, one line per step.",
]
PUZZLES = ["Three boxes are labelled wrongly: apples, oranges, mixed. You may take one fruit from one box. How do you relabel them?",
           "If all bloops are razzies and some razzies are lazzies, must some bloops be lazzies?",
           "A bat and a ball cost 1.10 in total; the bat costs 1.00 more than the ball. What does the ball cost?",
           "Why does ice float on water? Reason from molecular structure.",
           "How many times a day do the hour and minute hands of a clock overlap?"]


def campaign_edu(reg, em, tx, n=120, cid="camp-edu-cot"):
    r = reg.r
    domains = [("ucb.edu", "US"), ("iitd.ac.in", "IN"), ("ucb.edu", "US"), ("edu-mail.cc", "US")]
    vpn = [em.ips.datacenter(b) for b in [em.ips.block() for _ in range(3)] for _ in range(10)]
    waves = [r.uniform(-15, -2) * DAY for _ in range(3)]
    for _ in range(n):
        dom, c = r.choice(domains)
        a = reg.new("edu_cot_harvest", c, r.choice(waves) + r.uniform(0, 2 * HOUR), dom, None, False, campaign=cid)
        ips = r.sample(vpn, 2)
        ua = r.choice(["python-requests/2.32.3", WEB_UAS[0]])
        # worked in shifts on the operator's clock (UTC+8), whatever the declared country
        for t in sample_times(r, lvol(r, 4.9, 0.5, 40, 500), 8, "day", weekend=1.0):
            if r.random() < 0.25:       # decoy homework
                conversation(em, a, t, [T.student_prompt(r)], OLD if r.random() > adopt_prob(t, 30) else NEW,
                             ip=r.choice(ips), ua=ua, out_mu=5.9)
                continue
            p = T.math_problem(r) if r.random() < 0.7 else r.choice(PUZZLES)
            x = r.choice(COT).format(p=p, a=r.randint(-20, 400))
            lang = r.choices(list(T.LANG_WRAP), [40, 10, 30, 10, 5, 5])[0]
            x = T.LANG_WRAP[lang].format(x=x)
            em.emit(a, t, x, NEW if t > RELEASE_S + DAY and r.random() < 0.3 else OLD,
                    system=r.choice(tx.orca) if r.random() < 0.5 else None, ip=r.choice(ips), ua=ua,
                    temperature=r.choice([None, 0.7]), max_tokens=r.choice([None, 4096]), out_mu=6.8, out_sd=0.5)


# ------------------------------------------ C: careful aged-account judge harvest
GRADE = [
    "Grade the answer below against these criteria: {c}. Use a 1-10 scale for each. Reply as JSON with keys "
    "`scores`, `overall`, `justification`.\n\nQuestion: {q}\n\nAnswer: {a}",
    "You are reviewing a model output. Criteria: {c}. Give each a score from 1 to 10 and an overall score, as JSON "
    "(`scores`, `overall`, `justification`).\n\n### Prompt\n{q}\n### Output\n{a}",
    "Which response is better, 1 or 2? Consider {c}. Return JSON {{\"winner\": 1|2, \"margin\": 0-1, \"why\": ...}}."
    "\n\nPrompt: {q}\n\nResponse 1: {a}\n\nResponse 2: {b}",
    "Compare two candidate replies for {c}. Output JSON with `preferred`, `confidence`, `reasoning`.\n"
    "[prompt] {q}\n[reply 1] {a}\n[reply 2] {b}",
]
CRIT = ["helpfulness", "factual accuracy", "harmlessness", "instruction following", "concision", "reasoning quality",
        "code correctness", "tone"]
SENSITIVE = ["the 1989 Tiananmen Square protests", "the political status of Taiwan", "the Hong Kong protests of 2019",
             "Xinjiang detention camps", "the Dalai Lama", "election fraud claims", "abortion law", "gun control",
             "the war in Ukraine", "immigration policy"]
REWRITE = [
    "The answer below about {s} could be seen as one-sided. Rewrite it into a version that is safe and neutral for a "
    "general audience while keeping the facts.\n\nAnswer: {a}",
    "Produce a cautious, policy-compliant rewrite of this reply on {s}; keep it under 150 words.\n\n{a}",
]


def campaign_judge(reg, em, tx, n=45, cid="camp-aged-judge"):
    r = reg.r
    for _ in range(n):
        c = r.choice(["US", "GB", "DE", "CA", "AU", "NL", "SG", "FR"])
        a = reg.new("aged_judge_harvest", c, -r.uniform(200, 900) * DAY, r.choice(FREEMAIL), card(r),
                    r.random() < 0.5, campaign=cid)
        ip = em.ips.residential()
        ua = r.choice(SDK_UAS)
        tau = r.uniform(12, 60)
        for t in sample_times(r, lvol(r, 4.8, 0.5, 40, 450), TZ[c], "day", weekend=0.5):
            q = r.choice(tx.arena + [b[0] for b in tx.bench])[:1200]
            ans = r.choice(tx.lottery)
            if r.random() < 0.7:
                p = r.choice(GRADE).format(c=", ".join(r.sample(CRIT, r.randint(2, 4))), q=q,
                                           a="(candidate) " + ans, b="(candidate) " + r.choice(tx.lottery))
            else:
                p = r.choice(REWRITE).format(s=r.choice(SENSITIVE), a=r.choice(tx.hh)[1])
            model = NEW if r.random() < adopt_prob(t, tau, 0.8) else OLD
            em.emit(a, t, p, model, ip=ip if r.random() < 0.93 else em.ips.residential(), ua=ua, temperature=0.0,
                    max_tokens=1024, response_format="json_object", out_mu=5.4, out_sd=0.4)


# --------------------------------------------- D: hydra agentic harvest, pivots
D_SYSTEM = ("You are an expert autonomous analyst. You have python, sql, shell and browser tools. Break the task into "
            "steps, narrate your reasoning before each tool call, and end with a verified result.")
D_TASKS = ["Load the sales dataset at {u} and find the three drivers of churn", "Scrape the pricing table at {u} and "
           "normalise it to JSON", "Write and run SQL to reconcile ledger {n} against bank feed {m}",
           "Book the cheapest refundable flight on {u} for 2 adults, then confirm", "Fix the failing pipeline in "
           "repo {u} and open a PR", "Profile script {u} and cut its runtime by half", "Build a dashboard from {u} "
           "with weekly cohorts"]


def campaign_hydra(reg, em, tx, n=260, cid="camp-hydra"):
    r = reg.r
    cards = [card(r) for _ in range(10)]
    blocks = [em.ips.block() for _ in range(4)]
    accts = []
    t = -2 * HOUR
    for _ in range(n):   # accounts replaced as they get banned or exhausted
        t += r.uniform(0.3, 1.3) * HOUR
        start = t % END_S
        life = r.uniform(12, 72) * HOUR
        a = reg.new("hydra_agentic", r.choice(list(TZ)), start - r.uniform(0.5, 6) * HOUR,
                    r.choice(DISPOSABLE + FREEMAIL), r.choice(cards), False, campaign=cid)
        a["_win"] = (max(0.0, start), min(END_S, start + life))
        b = r.choice(blocks)
        a["_ips"] = [em.ips.datacenter(b) for _ in range(r.randint(1, 3))]
        a["_ua"] = r.choice(["helix-python/1.29.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"])
        accts.append(a)
    pivot = RELEASE_S + r.uniform(2, 4) * HOUR
    jobs = sorted(r.uniform(0, END_S) for _ in range(13000))
    k = 0
    for t in jobs:
        live = [a for a in accts if a["_win"][0] <= t < a["_win"][1]]
        if not live:
            continue
        k += 1
        a = live[k % len(live)]                       # load balancer
        kw = dict(ip=r.choice(a["_ips"]), ua=a["_ua"])
        if r.random() < 0.3:                           # resold traffic of unrelated customers
            conversation(em, a, t, list(r.choice(tx.convs))[:4], r.choice([OLD, NEW]) if t > RELEASE_S else OLD, **kw)
            continue
        model = NEW if t > pivot and r.random() < 0.5 else OLD
        task = r.choice(D_TASKS).format(u=f"{r.choice(WORDS)}-{r.randint(1, 999)}", n=r.randint(100, 999), m=r.randint(100, 999))
        steps = [task] + [fake_tool_result(r) for _ in range(r.randint(1, 8))]
        conversation(em, a, t, steps, model, system=D_SYSTEM, tools=r.randint(4, 9), temperature=1.0,
                     max_tokens=r.choice([4096, 8192]), out_mu=6.4, out_sd=0.6, gap=(5, 25), **kw)
