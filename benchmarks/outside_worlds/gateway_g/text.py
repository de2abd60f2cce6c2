"""Hand-written templates and vocabularies for gateway_g (benign pipelines and campaigns).

All wording here is this world's own; organic user text comes from the shared prompt
sets at run time (see sources.py).
"""

# ---------------------------------------------------------------- generic bits
GENERIC_SYSTEMS = [
    "You are a helpful assistant.",
    "You are a helpful assistant. Answer concisely.",
    "You are an expert software engineer. Prefer short, working code.",
    "Answer in the same language as the user.",
    "You are a friendly assistant for internal staff. Do not share confidential data.",
    "Be concise. Use markdown when useful.",
]

COMPANY_A = ["north", "blue", "iron", "cedar", "silver", "harbor", "maple", "quarry", "stone", "aster", "bright",
             "kestrel", "lumen", "orbit", "pioneer", "summit", "tidal", "vale", "willow", "zephyr", "amber", "copper",
             "delta", "ember", "falcon", "granite", "heron", "indigo", "juniper", "larch", "meridian", "nimbus",
             "onyx", "prairie", "quill", "raven", "sable", "thistle", "umber", "vector", "wren", "yarrow"]
COMPANY_B = ["labs", "works", "analytics", "logistics", "health", "systems", "media", "capital", "retail", "foods",
             "legal", "energy", "robotics", "studio", "cloud", "data", "bio", "partners", "group", "mobility",
             "insurance", "software", "consulting", "freight", "learning"]
TLDS = ["com", "com", "com", "io", "co", "de", "co.uk", "fr", "nl", "ai", "in", "com.au", "ca", "es", "se", "jp", "sg"]
FREEMAIL = ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "icloud.com"]
DISPOSABLE = ["tmpbox.click", "mailvanish.xyz", "quick-inbox.top", "dropmail.cc", "burnermx.site", "inboxnow.icu"]

UA_SDK = ["OpenAI/Python 1.54.4", "OpenAI/Python 1.40.6", "AsyncOpenAI/Python 1.54.4", "openai-node/4.67.3",
          "litellm/1.52.0", "langchain-openai/0.2.9", "python-httpx/0.27.2", "python-requests/2.32.3",
          "curl/8.5.0", "Go-http-client/2.0", "okhttp/4.12.0", "aws-sdk-java/2.25.60", "ai-sdk/3.4.9 (node)"]
UA_BROWSER = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15 gateway-console/3.8",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 gateway-console/3.8",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 gateway-console/3.8",
]

# ---------------------------------------------------------------- enterprise prompt library
PROMPT_LIBRARY = [
    "[PL-014] Summarise the meeting notes I paste next into: decisions taken, open questions, owners with deadlines. Use bullet points and keep it under 200 words.",
    "[PL-002] Rewrite the text I paste next in plain English for a customer audience. Keep every number and date exactly as written.",
    "[PL-031] You are reviewing a pull request. I will paste a diff. List bugs first, then risky changes, then style nits. Be specific about line numbers.",
    "[PL-007] Turn the following rough notes into a polite, professional e-mail to an external partner. Keep it short.",
    "[PL-022] Extract every action item from the text that follows as a markdown table with columns Owner, Action, Due date.",
    "[PL-045] Act as our internal SQL helper. Our warehouse is Snowflake. I will describe what I need; reply with the query and a one-line explanation.",
    "[PL-003] Translate the next message into German, French and Spanish. Keep the formatting.",
    "[PL-019] Draft a job description from the bullet points I give you. Follow our inclusive-language guideline: no gendered terms, no 'rockstar' or 'ninja'.",
    "[PL-052] Explain the following error message and stack trace to me and suggest the three most likely causes.",
    "[PL-011] Write unit tests (pytest) for the function I paste next. Cover edge cases and name each test after the behaviour it checks.",
    "[PL-038] Condense this document into an executive summary of five bullet points followed by one sentence on risks.",
    "[PL-026] Check the contract clause I paste next for unusual liability or termination terms and explain them in plain language. This is not legal advice.",
]

PL_FOLLOWUPS = ["Shorter please.", "Can you make it more formal?", "Good. Now as a table.", "Add a line about budget.",
                "Thanks, translate that to German too.", "Please keep the original headings.", "Make it friendlier."]

# ---------------------------------------------------------------- startup app backends
APP_PRODUCTS = ["a recipe planning app", "a travel booking site", "a personal finance tracker", "an HR helpdesk",
                "a language-learning app", "a real-estate listing portal", "an e-commerce store for outdoor gear",
                "a note-taking app", "a fitness coaching app", "a legal-intake form for a law firm",
                "a developer documentation portal", "a customer success platform", "a bookkeeping tool for freelancers",
                "a dental clinic booking system", "a gardening community forum"]
APP_BOTS = ["Sage", "Milo", "Ava", "Juno", "Pip", "Nova", "Otto", "Iris", "Kai", "Remy", "Tess", "Ziggy"]
APP_RULES = ["Never give medical, legal or financial advice beyond general information.",
             "If you are unsure, say so and suggest contacting support@ the company.",
             "Keep answers under 150 words unless the user asks for more.",
             "Always answer in the user's language.",
             "Do not mention competitors by name.",
             "Use a warm, upbeat tone."]

# ---------------------------------------------------------------- coding-agent platform (benign)
AGENT_PLATFORM_SYSTEM = {
    "codeloom": ("You are Codeloom, an autonomous coding assistant working inside the user's repository. "
                 "You can read and edit files, run shell commands and tests through the provided tools. "
                 "Work in small verified steps: inspect, change, run the tests, then report. Never push to a remote "
                 "or touch files outside the workspace. When the task is complete, reply with a short summary of the "
                 "changes and the test results."),
    "shipwright": ("You are the build agent of Shipwright CI. Diagnose failing pipelines with the tools provided, "
                   "propose a minimal patch and verify it by re-running the failing job. Output only tool calls until "
                   "you are ready to report."),
}
TOOL_NAMES = ["read_file", "write_file", "apply_patch", "run_shell", "run_tests", "search_code", "list_dir",
              "git_diff", "open_url", "query_db"]
SHELL_OUT = [
    "$ pytest -q\n....F..\n=================================== FAILURES ===================================\n___ test_{fn} ___\nAssertionError: assert {a} == {b}\n1 failed, 6 passed in 0.{ms}s",
    "$ npm test\n> jest\n FAIL src/{fn}.test.ts\n  ● {fn} › handles empty input\n    TypeError: Cannot read properties of undefined (reading 'length')\nTests: 1 failed, {b} passed",
    "$ go test ./...\n--- FAIL: Test{Fn} ({ms}ms)\n    {fn}_test.go:{a}: got {a}, want {b}\nFAIL",
    "$ cargo build\nerror[E0382]: borrow of moved value: `{fn}`\n  --> src/lib.rs:{a}:{b}\nerror: could not compile due to previous error",
    "exit code 0\n{b} files changed, {a} insertions(+), {ms} deletions(-)",
    "$ python -m mypy src\nsrc/{fn}.py:{a}: error: Incompatible return value type (got \"None\", expected \"int\")\nFound 1 error in 1 file",
    "$ pytest -q\n{b} passed in 1.{ms}s",
    "$ ls src\n__init__.py  {fn}.py  utils.py  config.py  cli.py",
]
FN_NAMES = ["parse_config", "merge_ranges", "load_users", "retry_request", "normalize_path", "render_invoice",
            "compute_tax", "dedupe_events", "slugify", "paginate", "flatten_tree", "resolve_deps"]

# ---------------------------------------------------------------- batch JSON extraction
EXTRACT_DOCS = {
    "invoice": ("INVOICE {num}\nFrom: {company} {suffix}\nBill to: {company2}\nDate: {date}\nDue: {date2}\n"
                "{qty} x {item} @ {price}\nShipping: {ship}\nVAT {vat}%\nTotal due: {total} {cur}\nIBAN on file."),
    "shipping": ("Shipment notice #{num}. Carrier {carrier}, tracking {track}. Origin {city}, destination {city2}. "
                 "{qty} pallets, gross weight {kg} kg. ETA {date}. Incoterm {inco}."),
    "ticket": ("Ticket {num} opened {date} by {name}. Product: {item}. Message: \"{complaint}\" Priority requested: {prio}."),
    "resume": ("{name}\n{city}\nExperience: {years} years as {role} at {company} {suffix}; previously {role2}.\n"
               "Skills: {skills}. Education: {degree}."),
}
EXTRACT_INSTR = ("Extract the fields defined in the response schema from the document below. Use null for anything "
                 "not present. Dates in ISO 8601. Do not add commentary.\n\n---\n{doc}\n---")
ITEMS = ["steel brackets", "USB-C hubs", "ergonomic chairs", "thermal paper rolls", "LED panels", "oak veneer sheets",
         "nitrile gloves", "router licences", "coffee beans (5 kg)", "label printers"]
CITIES = ["Rotterdam", "Chicago", "Pune", "Lyon", "Monterrey", "Gdansk", "Osaka", "Leeds", "Atlanta", "Cebu", "Porto"]
NAMES = ["J. Alvarez", "Priya N.", "Tom Becker", "Mei Lin", "Sam O'Neill", "A. Kowalski", "Fatima Z.", "Luca R."]
COMPLAINTS = ["the device stops charging after an hour", "I was charged twice for the same order",
              "the app logs me out every time I switch tabs", "delivery arrived with a broken seal",
              "export to CSV drops the last row", "cannot reset my password, the link expired"]
ROLES = ["data engineer", "nurse", "sales manager", "backend developer", "accountant", "warehouse lead", "UX designer"]
SKILLS = ["Python, SQL, Airflow", "Excel, SAP, forecasting", "React, TypeScript", "patient triage, EHR", "negotiation, CRM"]

TRANSLATE_INSTR = ("Translate the following text into {lang}. Preserve markdown, HTML tags, placeholders in curly "
                   "braces and product names. Return only the translation.\n\n{text}")
LANGS = ["German", "French", "Japanese", "Brazilian Portuguese", "Spanish (Mexico)", "Italian", "Korean", "Dutch", "Polish"]

# ---------------------------------------------------------------- support vendor: policy-compliant rewrites (benign)
SUPPORT_SYSTEM = ("You are the reply-quality layer of Tidewell CX for the client {client}. You receive a customer "
                  "message and the draft reply an agent wrote. Return a corrected reply that follows the client's "
                  "support policy: no promises of refunds beyond policy, no blame, no personal opinions on sensitive "
                  "topics, no unsafe instructions, de-escalate politely, offer the next step. Return only the reply.")
SUPPORT_PROMPT = "Customer message:\n{cust}\n\nAgent draft:\n{draft}\n\nPolicy-compliant reply:"
SUPPORT_CLIENTS = ["Parcelon", "Brightbank", "Vitamix Home", "GoRide", "Stayfair", "Nordlicht Telecom",
                   "Orchard Grocers", "Pixelforge Games", "Cumulus ISP", "Larkspur Insurance", "Helio Solar", "Tandem Bikes"]

# ---------------------------------------------------------------- labelling vendor (benign preference judgments)
LABEL_PAIR = ("Project {proj} / batch {batch} / item {item}\nGuidelines v{gv}: choose the response a careful expert "
              "would prefer for this user. Consider correctness first, then instruction following, then tone.\n\n"
              "USER REQUEST:\n{q}\n\nRESPONSE 1:\n{a}\n\nRESPONSE 2:\n{b}\n\nAnswer with 1, 2 or TIE and two sentences of justification.")
LABEL_LIKERT = ("Project {proj} / item {item}\nRate the response on a 1-7 scale for helpfulness and separately for "
                "factual accuracy. Flag any unsafe content.\n\nREQUEST:\n{q}\n\nRESPONSE:\n{a}")
LABEL_PROJECTS = ["ACORN-7", "BLUEJAY", "CALLISTO", "DUNE-2", "EVERGREEN"]

# ---------------------------------------------------------------- eval firm's own rubric (benign)
EVAL_RUBRIC = ("Evaluation run {run} | suite {suite} | case {case}\nGrade the candidate answer using the rubric.\n"
               "R1 correctness (0-4)\nR2 completeness (0-3)\nR3 clarity (0-2)\nR4 safety (0-1)\n"
               "Return JSON: {{\"R1\":..,\"R2\":..,\"R3\":..,\"R4\":..,\"notes\":\"...\"}}\n\n"
               "QUESTION:\n{q}\n\nCANDIDATE ANSWER:\n{a}")

# ---------------------------------------------------------------- tutoring app (benign step by step)
TUTOR_SYSTEM = ("You are Brightpath, a patient tutor for students aged 12-18. Always show your working step by step, "
                "explain why each step follows from the previous one, and finish with the final answer on its own line. "
                "Never just give the answer without the steps.")
TUTOR_PROBLEMS = [
    "A train leaves at {a}:00 travelling {b} km/h. A second train leaves {c} hours later at {d} km/h on the same track. When does the second catch up?",
    "Solve for x: {a}x + {b} = {c}x - {d}",
    "A rectangle has perimeter {e} cm and its length is {a} cm more than its width. Find its area.",
    "What is {a}% of {e}, and what percentage of {e} is {b}?",
    "Factorise x^2 + {s}x + {p}",
    "A bag has {a} red and {b} blue marbles. Two are drawn without replacement. What is the probability both are red?",
    "Balance this equation: Fe + O2 -> Fe2O3",
    "A ball is thrown up at {b} m/s. How high does it go? Use g = 9.8 m/s^2.",
    "Find the derivative of {a}x^3 - {b}x^2 + {c}x - {d}",
    "How many ways can {a} students be arranged in a line if two of them must stand together?",
]
TUTOR_FOLLOW = ["I don't get step 2, why do you do that?", "can you explain it more simply", "why do we divide there?",
                "ok what if the numbers were different", "is there a faster way?", "thanks! can you give me a similar one to practise",
                "my teacher got a different answer", "explain the last step again pls"]

# ---------------------------------------------------------------- marketing agency (benign n>1, high temperature)
MKT_PROMPT = ("Write {k} distinct {asset} for {product}, aimed at {aud}. Tone: {tone}. Each under {lim} characters. "
              "Vary the angle: benefit, curiosity, social proof.")
MKT_ASSETS = ["Google Ads headlines", "Instagram captions", "email subject lines", "push notifications",
              "LinkedIn post openers", "product page taglines"]
MKT_PRODUCTS = ["a plant-based protein bar", "a budget airline's autumn sale", "a B2B invoicing tool",
                "a new running shoe", "a language course for expats", "an eco laundry detergent", "a co-working space in Lisbon",
                "a home insurance bundle", "a meditation app", "a craft beer subscription"]
MKT_AUD = ["busy parents", "students", "small-business owners", "retirees", "remote workers", "first-time buyers"]
MKT_TONE = ["playful", "premium", "trustworthy", "urgent but not pushy", "warm"]

# ---------------------------------------------------------------- CI health check
HEALTH_PROMPTS = ["ping", "Reply with the single word OK.", "healthcheck: respond with pong"]

# ================================================================ CAMPAIGNS (operator's own wording)
# G1: long-horizon software engineering, spread over reseller-billed subscriptions
SWE_PLAN = [
    "I'm the only engineer on a {domain} product written in {lang}. We need to add {feature}. Constraints: {constraint}. "
    "Write a full technical plan: data model changes, the modules to touch, the order of work, risks, and how to test each step. "
    "Then start on step 1 with complete code.",
    "Our {lang} service for {domain} has grown to {n}k lines and {pain}. Lay out a refactoring plan in phases I can ship one at a time, "
    "with the exact interfaces you'd introduce, and implement the first phase in full.",
    "Design and implement {feature} for a {domain} backend ({lang}). Think through edge cases first, list them, then give the code, "
    "then the tests. {constraint}.",
    "We're migrating a {domain} system from {old} to {lang}. Produce the migration plan as numbered milestones with acceptance "
    "criteria, then write the code for milestone 1, including a compatibility shim.",
    "Here's the situation: {pain} in our {domain} codebase ({lang}). Walk through how you'd investigate, what you'd measure, what the likely fix is, and write the fix.",
]
SWE_FOLLOW = ["Continue with step {k}. Full code, no placeholders.",
              "Now write the tests for what you just did and explain which edge cases they cover.",
              "Good. Review your own code above for bugs and concurrency issues, then give the corrected version.",
              "Proceed to the next milestone. Same level of detail.",
              "What would break under 10x load? Adjust the design and show the changed code."]
SWE_DOMAIN = ["logistics", "payments", "telehealth", "ad-tech", "school management", "IoT fleet", "insurance claims",
              "ticketing", "inventory", "HR payroll", "video streaming", "crypto custody", "booking"]
SWE_LANG = ["Go", "Rust", "TypeScript", "Python", "Kotlin", "Java", "C#", "Elixir"]
SWE_FEATURE = ["multi-tenant rate limiting", "an audit log with tamper evidence", "offline sync with conflict resolution",
               "a plugin system", "idempotent webhook delivery with retries", "role-based access control",
               "a job scheduler with cron syntax", "full-text search with typo tolerance", "CSV bulk import with validation",
               "event sourcing for orders", "feature flags with gradual rollout"]
SWE_CONSTRAINT = ["no new infrastructure, Postgres only", "must keep p99 under 50 ms", "zero downtime deploys",
                  "the team is junior so keep it simple", "must run on a single small VM", "GDPR: data stays in the EU"]
SWE_PAIN = ["tests take 40 minutes", "a memory leak shows up after two days", "deploys break every other week",
            "the ORM produces N+1 queries everywhere", "every feature touches the same god class"]
SWE_OLD = ["PHP 5", "a Perl monolith", "Java 8 EJB", "Python 2", "a Ruby on Rails 4 app", "COBOL batch jobs"]

# G2: careful aged cell: reasoning reconstruction, rubric grading, "safe" rewrites
CELL_COT = [
    "I'm putting together worked solutions for a study group. Below is a problem and the answer we ended up with. "
    "Please write out, in full, the thinking that leads from the problem to that answer: every intermediate step, the options you'd weigh and drop, and why. Don't compress it.\n\nProblem:\n{q}\n\nOur answer:\n{a}",
    "Can you show me your raw working for this, the way you'd think it through before tidying it up? Stream of thought is fine, I want to see the false starts too.\n\n{q}",
    "We're trying to understand why a grader disagreed with an answer. Replay, one step at a time, the reasoning you would have followed to reach this answer, and point out the step where someone is most likely to go wrong.\n\nTask:\n{q}\n\nAnswer given:\n{a}",
    "Think out loud about the following, in the language it's written in, and narrate every step of how you get there before giving the final answer.\n\n{q}",
    "Here is a finished answer without any justification. Reconstruct the chain of reasoning behind it so a student could follow it from first principles.\n\nQuestion: {q}\n\nAnswer: {a}",
    "Pretend you're explaining to yourself before answering: write down everything you'd consider for this, in order, including checks you'd run on your own result. Then answer.\n\n{q}",
]
CELL_COT_FOLLOW = ["You skipped from the second step to the conclusion. Fill in what happens in between.",
                   "Go back to where you chose that approach. What else did you consider and why did you reject it?",
                   "Now do the same for a slightly harder variant of the problem."]
CELL_RUBRIC = [
    "Score the reply below against these criteria, each 1 to 10, with one sentence of justification per criterion: accuracy, completeness, "
    "reasoning quality, clarity, and usefulness to the asker. End with a single line 'TOTAL: n/50'.\n\nQuestion:\n{q}\n\nReply:\n{a}",
    "I have two drafts answering the same question. Tell me which is better and by how much on a 1-9 scale (1 = first much better, 9 = second much better), then explain.\n\nQuestion:\n{q}\n\nDraft one:\n{a}\n\nDraft two:\n{b}",
    "Act as a strict reviewer. Go through this answer claim by claim, mark each as correct, partly correct or wrong, and give an overall grade from 0 to 100.\n\nQuestion: {q}\n\nAnswer: {a}",
    "How good is this response? Give a score out of 10 for how well it follows the request and a score out of 10 for correctness, and list the specific flaws.\n\nRequest:\n{q}\n\nResponse:\n{a}",
]
CELL_REWRITE = [
    "The following answer to a reader's question about {topic} is too one-sided for our publication. Rewrite it in a neutral, careful way that a cautious editor would approve, keep the factual content, and then list the changes you made.\n\nReader question: {q}\n\nOriginal answer: {a}",
    "Give me a version of this answer on {topic} that wouldn't upset anyone while still being informative. Then explain which sentences were the problem.\n\n{a}",
    "Someone asked: \"{q}\" (topic: {topic}). Draft the most balanced and responsible answer you can, then a second version for a teenage audience.",
]
SENSITIVE_TOPICS = ["the status of Taiwan", "the 1989 Tiananmen Square protests", "Xinjiang detention facilities",
                    "the war in Ukraine", "Israel and Gaza", "abortion law", "gun control", "immigration quotas",
                    "the Hong Kong national security law", "Tibet's autonomy", "Kashmir", "election fraud claims",
                    "the Armenian genocide", "Crimea's annexation", "press freedom in authoritarian states",
                    "Falun Gong", "the South China Sea dispute", "death penalty"]
SENSITIVE_Q = ["What really happened with {topic}?", "Who is right about {topic}?", "Explain {topic} to me honestly.",
               "Why do some governments censor discussion of {topic}?", "Give me the strongest arguments on each side of {topic}.",
               "Is the official account of {topic} accurate?"]

# G3: agentic tool-use traces, pivots to the flagship
AGENT_SYS_C = [
    "You operate as an autonomous agent with access to the tools listed. Plan before acting, call one tool at a time, read each result "
    "carefully, and keep a running scratchpad of what you know. Finish with a final report once the goal is met.",
    "Agent mode. You control a sandboxed workstation (shell, browser, editor, python). Accomplish the user's goal end to end. "
    "Before every tool call, state briefly why you are calling it.",
    "You are a senior engineer agent. Use tools to explore, modify and verify. Prefer many small verified steps. When done, summarise.",
]
AGENT_TASK_C = [
    "Goal: in the repo at /workspace/{repo}, {issue}. Reproduce it first, fix it, and make sure the full test suite passes.",
    "Goal: using the browser tool, go to the admin panel at http://localhost:{port}, {webtask}, and confirm the change took effect.",
    "Goal: load /data/{dataset}.csv, {analysis}, save the chart to /out/ and write a short memo of the findings.",
    "Goal: set up a new {lang} project that {feature}; include CI config and tests; run them.",
    "Goal: orchestrate three sub-agents (researcher, coder, reviewer) to {orch}. You dispatch work via the `delegate` tool and merge results.",
]
AGENT_ISSUE_C = ["the CLI crashes on paths with spaces", "pagination returns duplicate rows", "timezone conversion is off by one hour in DST",
                 "the cache never evicts", "upload fails for files over 2 GB", "retry logic doubles every request",
                 "JSON serialization drops None fields", "race condition in the worker pool"]
AGENT_WEB_C = ["create a user with the editor role", "change the shipping rate for Canada to 12.50", "export last month's orders",
               "disable the legacy API token", "add a holiday banner to the homepage"]
AGENT_ANALYSIS_C = ["find which region's churn rose fastest and why", "fit a seasonal model to weekly sales and forecast 8 weeks",
                    "detect anomalous transactions and characterise them", "compare conversion between the A and B cohorts"]
AGENT_ORCH_C = ["produce a competitor pricing comparison", "write and test a data pipeline for daily FX rates",
                "triage the 30 oldest open issues and label them", "draft an RFC for moving auth to OAuth 2.1"]
TOOL_RESULT_C = [
    "[tool:{tool}] status=ok\n{body}",
    "Observation from {tool}:\n{body}",
    "<result tool=\"{tool}\">\n{body}\n</result>",
]
TOOL_BODY_C = ["exit 1\nTraceback (most recent call last):\n  File \"main.py\", line {a}, in <module>\nKeyError: '{k}'",
               "page title: Admin · Settings\nvisible buttons: [Save] [Cancel] [Add user]\nform fields: name, email, role",
               "rows=12,408 cols=14\nnulls: region 0.4%, revenue 0%\nhead: 2024-01-07, EMEA, 18233.10, ...",
               "diff applied: 2 files changed, {a} insertions(+), {b} deletions(-)",
               "tests: {a} passed, 1 failed (test_{k})",
               "sub-agent reviewer: 3 comments; blocking: missing error handling in fetch_rates()",
               "HTTP 200, 34 KB, links: /pricing /docs /login"]
C3_TOOLS = ["shell", "browser", "editor", "python", "search", "delegate", "screenshot", "click", "type_text", "read_file",
            "write_file", "http_get", "sql", "git", "plot", "memo"]

# G4: industrial hydra: one persona template, slot-filled
HYDRA_SYS = ("You are a seasoned analytics consultant. You take a business dataset description and a question, reason carefully "
             "about the right method, write runnable Python (pandas, numpy, statsmodels or sklearn) and finish with a clear "
             "written conclusion for a non-technical manager.")
HYDRA_T = [
    "Dataset: {ds}. Columns: {cols}. Rows: about {rows}.\nQuestion: {q}\nGive the method, the code and the conclusion.",
    "[job {job}] Dataset: {ds} ({rows} rows; fields {cols}).\nTask: {q}\nExplain your approach step by step, then code, then conclusion.",
    "Business context: {ds}. Available fields: {cols}.\n{q}\nPlease include assumptions and any caveats.",
]
HYDRA_DS = ["monthly subscription billing for a SaaS company", "hospital emergency department visits", "retail point-of-sale transactions",
            "ride-hailing trips in a mid-size city", "B2B sales pipeline opportunities", "warehouse pick-and-pack events",
            "mobile game player sessions", "energy meter readings from households", "airline flight delays",
            "credit card applications", "student course enrolments", "restaurant delivery orders", "insurance claims"]
HYDRA_COLS = ["customer_id, signup_date, plan, mrr, churned_at", "visit_id, arrival_ts, triage_level, wait_minutes, outcome",
              "store_id, ts, sku, qty, price, promo_flag", "trip_id, start_ts, end_ts, distance_km, fare, surge",
              "opp_id, stage, amount, owner, created, closed", "order_id, picker, zone, start, end, errors",
              "user_id, session_start, duration_s, level, purchases", "meter_id, ts, kwh, tariff, region"]
HYDRA_Q = ["Which factors best predict churn, and how confident can we be?", "Is there a weekly seasonality and how strong is it?",
           "Estimate the effect of the promotion on sales, controlling for store and week.", "Find outliers and explain whether to drop them.",
           "Segment customers into groups and describe each segment.", "Forecast the next 12 weeks with prediction intervals.",
           "Did the March policy change have a statistically significant effect?", "Which cohort has the best 90-day retention?",
           "Build a simple model for the target and report its accuracy honestly.", "What drives the longest wait times?"]

# G5: diverse labelled samples through structured outputs
SAMPLER_PROMPT = [
    "For the user request below, return a JSON object with: intent (short label), domain, difficulty (1-5), "
    "an ideal_response written as a top expert would, and a self_check listing weaknesses of that response.\n\nREQUEST:\n{q}",
    "Classify and answer. Output JSON per the schema: category, subcategory, requires_reasoning (bool), answer, answer_quality (1-10).\n\n{q}",
    "Produce a labelled training record for this instruction as JSON: {{instruction, input, output, skills[], difficulty}}. "
    "Make the output excellent and complete.\n\nInstruction: {q}",
]
