"""Wording of the distillation campaigns, written for this world (not copied
from the threat brief). Each campaign has a narrow target and a few templates;
careful operators paraphrase, careless ones repeat verbatim."""
from texts import stem_question

# ------------------------------------------------ A: hydra, reasoning traces
A_WRAP = [
    "Below is a problem together with its final answer. Reconstruct the complete line of thought that gets from the "
    "problem to that answer, as a numbered list of small steps. Every inference must be written down; do not "
    "summarise.\n\nProblem: {q}\nFinal answer: {a}",
    "Work on the task below. Before giving any answer, write out your private scratch work in full, exactly as you "
    "would think it internally, including wrong turns and how you noticed them.\n\nTask: {q}",
    "Imagine your internal working memory is being exported to a log file line by line. Produce that log for the "
    "following question, then the answer on the last line.\n\n{q}",
    "Solve this and then explain your solution again from scratch as if teaching your own reasoning process to "
    "another model. Be exhaustive.\n\n{q}",
    "请把你解决下面这道题时的完整思考过程逐步写出来，包括每一个中间推理，不要省略。最后给出答案。\n\n题目：{q}",
    "Реши задачу и подробно распиши весь ход своих рассуждений, шаг за шагом, ничего не пропуская.\n\nЗадача: {q}",
    "Resuelve el problema y escribe todo tu razonamiento interno paso a paso, sin resumir nada.\n\nProblema: {q}",
]
A_SYS = [None, None, "Always reason at maximum length before answering.",
         "You think out loud. Never skip intermediate reasoning."]
A_EXTRA = [
    "Prove that every tree with n vertices has n-1 edges.",
    "How many distinct necklaces can be made from 6 beads of 3 colours, up to rotation?",
    "Find the minimum of f(x, y) = x^2 + xy + y^2 - 3x subject to x + y = 2.",
    "Determine whether the series sum 1/(n log n) converges.",
    "A company's revenue grows 8% a year and costs 5%; starting at 100 and 90, when does margin exceed 25%?",
    "Given an array of n integers, find the length of the longest strictly increasing subsequence in O(n log n).",
    "What is the probability that a random 5-card hand is a full house?",
    "Three people check into a hotel room that costs $30... where did the missing dollar go?",
]


def a_prompt(rng, T):
    r = rng.random()
    if r < 0.55:
        q, ans = stem_question(rng)
    elif r < 0.8:
        q, ans = rng.choice(T.arena_math), None
    else:
        q, ans = rng.choice(A_EXTRA), None
    w = rng.choice(A_WRAP if ans is not None else A_WRAP[1:])
    return w.format(q=q, a=ans)


# ------------------------------------------------ B: aged accounts, agentic coding
B_SYS = ("You are a principal software engineer acting autonomously inside a sandboxed repository. You can read "
         "files, search code, run shell commands and apply patches through the provided tools. Plan first, then act. "
         "After each tool result, reflect briefly on what you learned. Finish only when tests pass, and end with a "
         "summary of the change.")
B_LANG = [("Python", "FastAPI", "pytest"), ("TypeScript", "NestJS", "jest"), ("Go", "gRPC", "go test"),
          ("Rust", "axum", "cargo test"), ("Java", "Spring Boot", "JUnit"), ("C++", "CMake", "ctest"),
          ("Kotlin", "Ktor", "JUnit"), ("C#", "ASP.NET Core", "xUnit")]
B_COMP = ["rate limiter", "payment webhook handler", "CSV importer", "job scheduler", "LRU cache", "auth middleware",
          "search indexer", "PDF renderer", "feature-flag client", "metrics exporter", "event sourcing store",
          "websocket gateway", "image resizing worker", "config loader", "dependency resolver", "diff algorithm"]
B_ASK = [
    "The {c} in this {l} ({f}) service drops requests under concurrent load. Reproduce it with a failing {t} test, "
    "find the root cause and fix it.",
    "Implement a {c} for this {l} project using {f}. Requirements: configurable limits, structured logging, and "
    "{t} coverage above 90%. Repository layout is in the tool output.",
    "Our {c} ({l}/{f}) has a memory leak that shows after ~10k operations. Investigate with the tools, explain the "
    "cause, patch it and add a regression test.",
    "Port the {c} from the legacy module to idiomatic {l} with {f}. Keep the public interface; all existing {t} "
    "tests must still pass.",
    "Add retries with exponential backoff and jitter to the {c} in this {l} codebase, then write {t} tests that "
    "simulate transient failures.",
    "Review the {c} implementation in this {l} repository for security problems, fix what you find, and document "
    "each fix in CHANGELOG.md.",
]


def b_task(rng):
    l, f, t = rng.choice(B_LANG)
    return rng.choice(B_ASK).format(c=rng.choice(B_COMP), l=l, f=f, t=t)


B_FOLLOW = ["Continue.", "The tests still fail; keep going.", "Now optimise it and re-run the benchmarks.",
            "Write the final summary of all changes."]

# ------------------------------------------------ C: rubric / preference harvest
C_DOMAINS = ["customer email", "Python function", "short story opening", "medical FAQ answer", "SQL query",
             "product description", "history essay paragraph", "legal clause summary", "math proof",
             "travel itinerary", "unit test", "cover letter", "news summary", "recipe", "code review comment"]
C_CRIT = [["accuracy", "completeness", "clarity"], ["helpfulness", "harmlessness", "honesty"],
          ["correctness", "efficiency", "readability", "edge cases"], ["faithfulness", "concision", "tone"],
          ["instruction following", "factuality", "style", "safety"]]
C_SINGLE = (
    "Act as a strict grader. Task given to the writer: write a {d} about {topic}.\n\nCandidate response:\n"
    "\"\"\"\n{resp}\n\"\"\"\n\nGrade it against this rubric, each criterion from 1 to {k}: {crit}. For each criterion "
    "give a justification of two to four sentences, then an overall score. Respond with JSON only: "
    "{{\"scores\": {{...}}, \"justifications\": {{...}}, \"overall\": <number>}}")
C_PAIR = (
    "Two assistants answered the same request. Request: {topic} (a {d}).\n\n[Response 1]\n{r1}\n\n[Response 2]\n{r2}\n\n"
    "Decide which response a careful expert would prefer and by how much (strong / slight / tie). Explain the "
    "decisive differences first, then output JSON: {{\"preferred\": 1|2|0, \"strength\": ..., \"reasons\": [...]}}")
C_TOPICS = ["migrating a monolith to microservices", "explaining inflation to a teenager", "a refund request after a "
            "late delivery", "parsing ISO dates with time zones", "the causes of the First World War", "choosing "
            "between index funds", "a dragon who is afraid of heights", "managing type 2 diabetes with diet",
            "binary search on a rotated array", "a three-day trip to Lisbon", "a landlord's duty to repair",
            "photosynthesis in C4 plants", "onboarding a new remote employee", "deduplicating customer records"]
C_RESP = ["Sure. First, identify the main constraints. Then compare the options by cost and risk. In short, the "
          "second option is better for most teams.", "def f(xs):\n    seen = set()\n    return [x for x in xs if not (x in seen or seen.add(x))]",
          "It depends. Some people say yes, others no. Consult a professional.", "The answer has three parts: "
          "(1) background, (2) the mechanism, (3) the practical consequence for you.", "Once upon a time, high on a "
          "mountain ledge, there lived a dragon who never looked down.", "I'm sorry, I can't help with that request."]


def c_prompt(rng):
    d, topic = rng.choice(C_DOMAINS), rng.choice(C_TOPICS)
    if rng.random() < 0.55:
        crit = rng.choice(C_CRIT)
        return C_SINGLE.format(d=d, topic=topic, resp=rng.choice(C_RESP) + " " + rng.choice(C_RESP),
                               k=rng.choice([5, 10]), crit=", ".join(crit))
    return C_PAIR.format(d=d, topic=topic, r1=rng.choice(C_RESP), r2=rng.choice(C_RESP))


# ------------------------------------------------ D: agentic tool-use traces
D_SYS = [
    "You are an autonomous operations agent. You have access to the tools described in the request. Think about "
    "which tool to call, call it, and continue until the user's goal is fully achieved. When done, return the final "
    "result as JSON that conforms to the response schema.",
    "Agent runtime v3. Use tools whenever they can reduce uncertainty. Output every final answer as JSON matching the "
    "schema; include a 'steps' array describing each action you took and why.",
]
D_GOALS = [
    "Find three flights from {a} to {b} next {day} under ${n}, hold the cheapest and email the itinerary to {p}.",
    "Reconcile last month's invoices in the accounting system with the bank export and flag mismatches over ${n}.",
    "A customer in {a} reports that order #{id} arrived damaged. Check the order, open a claim, and schedule a pickup.",
    "Pull the weekly sales figures for the {b} region from the warehouse, build a chart and post a summary to #sales.",
    "Book a meeting room for {n} people on {day} afternoon and invite {p}; avoid overlapping with existing events.",
    "Scan the repository issues labelled 'bug' opened this week, triage by severity and assign owners.",
    "Compare prices for a {b}-bound shipment of {n} kg across the three carrier APIs and create the cheapest label.",
    "Investigate why the nightly ETL job failed, rerun the failed partition and report the root cause.",
]
D_USER = ["Great, now also {x}.", "Actually, change that: {x}.", "Can you double-check the result and {x}?",
          "Perfect. Next, {x}.", "That tool returned an error. Try another approach and {x}."]
D_FINAL = ["Summarise everything you did as the final JSON object.", "Done? Return the final JSON record now.",
           "Please output the final result object (JSON) for this task.", "Wrap up: give me the JSON summary of the actions.",
           "ok that's all - final answer as JSON please"]
D_X = ["cc my manager", "use the second option instead", "export it as CSV", "make it for next week",
       "add a note explaining the choice", "limit it to the top five", "convert amounts to EUR", "retry with a longer timeout"]
_PLACES = ["Singapore", "Denver", "Lagos", "Lyon", "Osaka", "Toronto", "Mumbai", "Berlin", "Austin", "Seoul"]


def d_goal(rng):
    return rng.choice(D_GOALS).format(a=rng.choice(_PLACES), b=rng.choice(_PLACES), day=rng.choice(
        ["Monday", "Tuesday", "Friday", "weekend"]), n=rng.randint(2, 900), p="ops-%d@example.com" % rng.randint(1, 99),
        id=rng.randint(10000, 99999))


def d_user(rng):
    return rng.choice(D_USER).format(x=rng.choice(D_X))


# ------------------------------------------------ E: careful, reasoning + safe rewrites
E_REASON = [
    "Please work through this carefully and show all of your reasoning before the final answer: {q}",
    "Think this through in as much detail as you can, step by step, then give the answer. {q}",
    "{q}\n\nI'd like to see the full reasoning, not just the result - walk me through every step.",
    "Can you reason about this thoroughly? Lay out each step of your thinking explicitly. {q}",
    "I'm studying how to approach problems like this. Explain your complete thought process: {q}",
]
E_SENSITIVE = ["the 1989 protests in Beijing", "the political status of Taiwan", "the situation of Uyghurs in "
               "Xinjiang", "the 2019 Hong Kong protests", "the history of Tibet since 1950", "press freedom in "
               "China", "territorial claims in the South China Sea", "the Cultural Revolution", "internet censorship",
               "the legitimacy of one-party rule", "the treatment of dissidents", "protest movements and the police"]
E_REWRITE = [
    "Here is a question and a draft answer about {t}. Rewrite the draft so it stays factual but is balanced and "
    "would not be flagged by a cautious content reviewer. Keep the length similar.\n\nQuestion: {qq}\nDraft: {dr}",
    "Someone asked me about {t} and I wrote the answer below. Could you revise it into a neutral, carefully worded "
    "version suitable for a general audience?\n\nQ: {qq}\nMy answer: {dr}",
    "Rewrite this answer on {t} in a cautious, diplomatic register that avoids taking sides, preserving the key "
    "facts. Then briefly explain what you changed.\n\n{dr}",
    "Give a measured, even-handed answer to this question about {t}, the kind a careful encyclopedia would print: {qq}",
]
E_Q = ["What happened during {t}?", "Who was responsible for what happened in {t}?", "Why is {t} controversial?",
       "How do different governments describe {t}?", "What do historians say about {t}?"]
E_DRAFT = ["It was a brutal crackdown and the government has covered it up ever since.",
           "Officially it is described one way, but independent reports tell a very different story.",
           "Most international observers consider the official account to be false.",
           "The authorities restrict discussion of it, and the numbers remain disputed."]


def e_prompt(rng, style):
    """style: the account's own preferred phrasings (indices) - each account paraphrases differently."""
    if rng.random() < 0.6:
        q = stem_question(rng)[0]
        return E_REASON[rng.choice(style)].format(q=q), "reason"
    t = rng.choice(E_SENSITIVE)
    w = rng.choice(E_REWRITE)
    return w.format(t=t, qq=rng.choice(E_Q).format(t=t), dr=rng.choice(E_DRAFT)), "rewrite"
