"""More prompt wording (own words) plus the Text loader, an organic-conversation
sampler and the response synthesiser used for tenants that log responses."""
import json
import re
import numpy as np

import worldtext as W

pick = W.pick


class Text:
    """Loads every real prompt file once (read by path from /work/shared/data)."""
    def __init__(self):
        o = W.load_organic()
        self.single, self.lottery, self.oasst = o["single"], o["lottery"], o["oasst"]
        self.bench, self.arena, self.roles, self.hh = o["bench"], o["arena"], o["roles"], o["hh"]
        self.sg = []
        self.sg_lang = {}
        for lang, conv in W.load_sharegpt():
            conv = [t for t in conv if len(t[0]) < 9000]
            if not conv:
                continue
            self.sg.append(conv)
            self.sg_lang.setdefault(lang, []).append(conv)
        self.answers = [t[1] for c in self.sg[:6000] for t in c if t[1] and 200 < len(t[1]) < 2500][:12000]
        self.tool = W.Tooling()
        self.mt = self.bench["mt"]
        self.vicuna = self.bench["vicuna"]
        self.hh_human = [turns[0][0] for turns in self.hh if turns and len(turns[0][0]) < 600]


def organic_turns(tx, rng, lang, maxturns=6):
    """A real-looking user conversation in `lang`: list of {p, r}."""
    x = rng.random()
    k = int(min(maxturns, 1 + rng.geometric(0.45) - 1)) or 1
    if lang == "en" or (x < 0.12 and lang != "en"):
        y = rng.random()
        if y < 0.45:
            conv = pick(rng, tx.sg)
            return [dict(p=p, r=r) for p, r in conv[:k]]
        if y < 0.58:
            return [dict(p=pick(rng, tx.single))]
        if y < 0.66:
            return [dict(p=pick(rng, tx.lottery))] + [dict(p=W.followup(rng, "en")) for _ in range(k - 1)]
        if y < 0.73:
            conv = pick(rng, tx.oasst)
            return [dict(p=p, r=r) for p, r in conv[:k]]
        if y < 0.86:
            return [dict(p=W.consumer_prompt(rng, "en"))] + [dict(p=W.followup(rng, "en")) for _ in range(k - 1)]
        if y < 0.93:
            return [dict(p=pick(rng, tx.roles))] + [dict(p=pick(rng, tx.lottery)) for _ in range(k - 1)]
        t = pick(rng, tx.hh)
        return [dict(p=h, r=a) for h, a in t[:k]]
    if x < 0.25 and tx.sg_lang.get(lang):
        conv = pick(rng, tx.sg_lang[lang])
        return [dict(p=p, r=r) for p, r in conv[:k]]
    first = W.consumer_prompt(rng, lang) if rng.random() < 0.75 else W.work_prompt(rng, lang)
    return [dict(p=first)] + [dict(p=W.followup(rng, lang)) for _ in range(k - 1)]


# --------------------------------------------------------------------------
# tenant wording
# --------------------------------------------------------------------------
SYS_GENERIC = ["You are a helpful assistant.", "You are a helpful assistant.", "You are ChatGPT, a large language model. Answer as concisely as possible.",
               "You are a friendly assistant. Reply in the user's language.", "Be concise. Use markdown when helpful.", None, None, None]

ENTERPRISE = [  # (name, domain, cc, system)
 ("Kanoya Logistics", "kanoya-logi.co.jp", "JP", "あなたはカノヤ物流の社内アシスタントです。社外秘の情報を外部に出さないでください。回答は日本語で簡潔に。"),
 ("Sinar Abadi Group", "sinarabadi.co.id", "ID", "You are SAGA, the internal assistant of Sinar Abadi Group. Answer in the employee's language. Never share customer PII."),
 ("Nordlicht Versicherung", "nordlicht-vers.de", "DE", "Du bist der interne KI-Assistent der Nordlicht Versicherung AG. Antworte sachlich und verweise bei Rechtsfragen an die Rechtsabteilung."),
 ("Hanbit Semiconductor", "hanbit-semi.co.kr", "KR", "당신은 한빛반도체 사내 AI 어시스턴트입니다. 보안 규정을 준수하고 간결하게 답하세요."),
 ("Tasman Freight", "tasmanfreight.com.au", "AU", "You are Tassie, Tasman Freight's internal helpdesk assistant. Be brief and practical."),
 ("Maison Lefèvre", "maison-lefevre.fr", "FR", "Tu es l'assistant interne de Maison Lefèvre. Réponds en français, de façon concise et professionnelle."),
 ("Lion City Bank", "lcbank.com.sg", "SG", None),   # zero-retention tenant: prompts redacted by the gateway
 ("Hoang Long Trading", "hoanglong.vn", "VN", "Bạn là trợ lý nội bộ của Hoàng Long Trading. Trả lời ngắn gọn, chính xác."),
 ("Brightwell Office Supply", "brightwell.co.uk", "GB", "You are the Brightwell staff assistant. Use British English."),
 ("Formosa Precision", "formosa-precision.com.tw", "TW", "你是福爾摩沙精密的內部助理，請用繁體中文回答。"),
 ("Van der Berg Advocaten", "vdberg-advocaten.nl", "NL", "You are an internal research assistant for a law firm. Cite sources where possible. Never give advice to clients directly."),
]

SAAS = [  # (name, cc, cloud, system, template, ua)
 ("Quillmate", "DE", "aws-fra",
  "You are Quillmate, a writing assistant. Rewrite the user's text according to the requested tone and audience. Preserve meaning, names and numbers. Return only the rewritten text.",
  "Tone: {tone}\nAudience: {aud}\nText:\n{text}", "Quillmate-Backend/5.12 python-httpx/0.27.2"),
 ("Chatterbox Commerce", "SG", "gcp-tokyo",
  "You are the shopping assistant for {merchant}. Answer questions about orders, delivery and returns using the store policy below. If unsure, offer to connect a human agent.\nStore policy: returns within {days} days; free shipping above {cur}{amt}.",
  "{msg}", "chatterbox-api/3.4.1 (+axios/1.7.7)"),
 ("Dokumo", "JP", "aws-tokyo",
  "You summarise business documents for Dokumo users. Output: a 3-bullet summary, then key dates, then open questions. Match the document language.",
  "{doc}", "dokumo-worker/2.0.9 Go-http-client/2.0"),
]
TONES = ["friendly", "formal", "persuasive", "concise", "confident", "empathetic", "neutral"]
AUDS = ["customers", "my manager", "investors", "a job recruiter", "teenagers", "colleagues", "a landlord"]
MERCHANTS = ["Kopi Corner", "Luma Beauty", "Batik Nusantara", "Tokyo Gadget Hub", "Seoul Skin Lab", "Saigon Sneakers", "Harbour Books", "Penang Spice Co.",
             "Kiwi Camping", "Berlin Bikes", "Maison Bougie", "Manila Mobile", "Bangkok Threads", "Taipei Tea House", "Osaka Knives", "Melbourne Roasters"]

SERVERLESS_APPS = [
 ("recipe", "You are a recipe generator. Given ingredients and constraints, return one recipe as JSON with title, time_minutes, ingredients, steps.", "Ingredients: {food}. Constraints: {c}.", "json_object"),
 ("caption", "Write 3 short social media captions with emojis for the product described. Vary the style.", "Product: {prod}", "text"),
 ("quiz", "Create a 5-question multiple choice quiz about the topic for the given grade level. Return JSON.", "Topic: {topic}. Grade: {g}.", "json_object"),
 ("cover", "You write tailored cover letters. Keep it under 250 words.", "Job: {job}\nMy background: {bg}", "text"),
 ("trip", "You are a travel planner. Give a day-by-day plan with budget estimates in local currency.", "Destination: {place}, {n} days, style: {c}", "text"),
 ("seo", "Generate an SEO title (max 60 chars) and meta description (max 155 chars). Return JSON.", "Page about: {prod}", "json_object"),
 ("dream", "You interpret dreams in a playful, non-clinical way. Two paragraphs.", "{dream}", "text"),
 ("email", "Turn bullet points into a polite email in the requested language.", "Language: {lang}\nPoints: {pts}", "text"),
]
FOOD = ["chicken, rice, spinach", "tofu, mushrooms", "eggs, tomatoes, cheese", "salmon, potatoes", "lentils, carrots, onion", "beef, broccoli, noodles", "tempeh, kangkung", "kimchi, pork belly"]
CONSTR = ["vegetarian", "under 30 minutes", "no oven", "high protein", "kid friendly", "halal", "low budget", "gluten free"]
PRODS = ["handmade soy candle, lavender", "wireless earbuds with 30h battery", "batik silk scarf", "cold brew coffee concentrate", "ergonomic office chair", "korean sheet masks (10 pack)", "bamboo toothbrush set"]
JOBS = ["junior data analyst at a bank", "barista", "frontend developer", "marketing intern", "logistics coordinator", "nurse"]
BGS = ["2 years retail, learning SQL", "fresh graduate in economics", "self-taught React dev, 1 year freelance", "5 years warehouse supervisor"]
DREAMS = ["I was flying over my old school and couldn't land", "my teeth fell out during a meeting", "I was late for an exam I never studied for", "a tiger followed me through a supermarket"]

EDTECH_SYS = ("You are Bạn Học, a patient homework tutor for secondary-school students. Explain step by step in the student's language, check each step, "
              "and end with the final answer on its own line. Never just give the answer without the working.")
EDTECH_FOLLOW = {"vi": ["em chưa hiểu bước 2 ạ", "sao lại nhân với 2 vậy ạ", "giải cách khác được không ạ", "cảm ơn ạ, còn bài này nữa"],
                 "id": ["kak, langkah kedua kenapa begitu?", "ada cara lain nggak kak", "makasih kak"],
                 "ko": ["두 번째 단계가 이해가 안 돼요", "다른 방법으로도 풀어주세요", "감사합니다"],
                 "en": ["why did you divide there?", "can you explain step 3 again", "thanks! one more"]}

BOOTCAMP_EX = [
 "Exercise {k}: Write a prompt that makes the model produce a haiku about {topic}. Then improve it using a role and an output format.",
 "Exercise {k}: Ask the model to explain {topic} to a 10-year-old, then to a PhD student. Compare the two answers.",
 "Exercise {k}: Use few-shot examples to make the model classify these reviews as positive/negative/neutral:\n1. Great value, fast delivery\n2. Broke after two days\n3. It's fine I guess",
 "Exercise {k}: Chain-of-thought practice. Solve: {prob} First answer directly, then ask for step-by-step reasoning and compare.",
 "Exercise {k}: Write a system prompt for a customer-service bot for a bubble tea shop, then test it with an angry customer message.",
 "Exercise {k}: Make the model output a JSON object with name, age and city extracted from: 'Hi, I'm Mei, 27, just moved to Penang.'",
 "Exercise {k}: Prompt the model to critique its own previous answer and rewrite it better.",
]

LOCALE_SYS = "You are a professional software localiser. Translate UI strings, keep placeholders like {{name}} and %d unchanged, keep keys, return JSON only."
UI_STRINGS = ['"cart.empty": "Your cart is empty"', '"checkout.pay": "Pay {{amount}} now"', '"auth.reset": "We sent a reset link to {{email}}"',
              '"orders.count": "You have %d open orders"', '"settings.lang": "Language"', '"promo.banner": "Free delivery this weekend only!"',
              '"error.network": "Connection lost. Retrying…"', '"profile.saved": "Your changes have been saved"', '"rating.ask": "How was your order?"']

TRIAL = ["hi", "hello", "test", "Say this is a test", "what model are you?", "ping", "1+1", "hello world", "can you hear me", "こんにちは", "你好", "안녕하세요",
         "xin chào", "halo", "Hallo", "bonjour", "write a haiku about the sea", "tell me a joke"]

C1_SYSTEM = ("You are an autonomous software agent operating in a disposable Linux sandbox with tools bash, read_file, write_file, grep, run_tests and submit. "
             "Resolve the issue end to end without human help. Before every tool call, write out your complete reasoning: what you know, what you suspect, "
             "the alternatives you considered and why you rejected them. After the final change, summarise the root cause and the fix in detail.")
C1_TOOL_TASKS = [
 "You have functions search_flights, hold_seat, book_hotel, convert_currency, send_itinerary. A traveller in {city} needs the cheapest refundable trip to {city2} on {date} for {n} adults, hotel near the conference venue, total budget {amt} USD. Plan the calls, then execute them one by one, explaining each decision.",
 "Tools available: sql_query(db, query), plot(spec), write_report(markdown). Database 'sales' has tables orders, customers, refunds. Find why net revenue in {city} dropped in Q3 and write a report with evidence. Reason explicitly before each call.",
 "Functions: list_files, read_file, run_python, answer. A CSV of {n}k sensor readings is in /data. Detect anomalies, justify the method you choose over at least two alternatives, and report the top incidents.",
 "You control a browser with tools open_url, click(selector), type(selector, text), read_page. Task: on the intranet portal, file an expense claim of {amt} for a taxi in {city} dated {date}, attach receipt #{k}. Describe your reasoning at every step.",
]
TOOL_WRAP = ["<tool_output name=\"{t}\">\n{b}\n</tool_output>", "Observation ({t}):\n{b}", "[{t}] exit=0\n{b}"]
CITIES = ["Singapore", "Osaka", "Jakarta", "Ho Chi Minh City", "Seoul", "Frankfurt", "Lyon", "Sydney", "Taipei", "Bangkok", "Manila", "Kuala Lumpur"]

C3_EVOL_OWN = [
 "Make the following task noticeably harder for a strong assistant while keeping it answerable by a person. Add exactly one extra requirement, stay within 20 extra words, and do not mention that it was rewritten.\nTask: {i}\nHarder task:",
 "Take the instruction below and write a brand-new instruction from the same domain that is rarer and more specific. Same length and difficulty level.\nInstruction: {i}\nNew instruction:",
 "Rewrite this request so that answering it needs several explicit reasoning steps. Keep all inputs. Output the rewritten request only.\n{i}",
 "Replace the general concepts in this task with more concrete, specialised ones so it becomes more demanding:\n{i}",
]

RESEARCH_ASK = ["I'm comparing model behaviour for a paper. ", "", "", "Quick sanity check: ", "For my lecture notes: "]

# --------------------------------------------------------------------------
# responses (only materialised for tenants whose gateway policy logs them)
# --------------------------------------------------------------------------
OPEN = {"en": ["Sure! ", "Good question. ", "Here's a clear way to think about it. ", ""], "zh": ["好的，", "当然可以。", ""], "ja": ["承知しました。", "もちろんです。", ""],
        "ko": ["네, ", "좋은 질문이에요. ", ""], "vi": ["Được chứ! ", "Câu hỏi hay. ", ""], "id": ["Tentu! ", "Baik, ", ""], "de": ["Gern! ", "Klar. ", ""], "fr": ["Bien sûr ! ", "Bonne question. ", ""]}
BODY = {"en": "The short answer depends on a few factors. First, consider what you want to achieve. Second, look at the constraints you have. Finally, compare the options side by side and pick the simplest one that works. ",
        "zh": "简单来说，这取决于几个因素。首先要明确目标，其次看看你的限制条件，最后把几个选项放在一起比较，选最简单可行的那个。",
        "ja": "結論から言うと、いくつかの要素によります。まず目的をはっきりさせ、次に制約を確認し、最後に選択肢を比べて一番シンプルなものを選びましょう。",
        "ko": "간단히 말하면 몇 가지 요인에 따라 달라요. 먼저 목표를 정하고, 제약 조건을 확인한 다음, 선택지를 비교해서 가장 간단한 방법을 고르세요. ",
        "vi": "Nói ngắn gọn thì còn tùy vài yếu tố. Trước hết xác định mục tiêu, sau đó xem các ràng buộc, cuối cùng so sánh các lựa chọn và chọn cách đơn giản nhất. ",
        "id": "Singkatnya tergantung beberapa hal. Pertama tentukan tujuannya, lalu lihat batasannya, terakhir bandingkan pilihan dan ambil yang paling sederhana. ",
        "de": "Kurz gesagt hängt es von einigen Faktoren ab. Kläre zuerst das Ziel, prüfe dann die Rahmenbedingungen und vergleiche am Ende die Optionen. ",
        "fr": "En bref, cela dépend de plusieurs facteurs. Clarifie d'abord l'objectif, regarde ensuite les contraintes, puis compare les options. "}
REASON_BITS = ["Let me restate what is given.", "First, I'll set up the quantities.", "Hmm, wait — that doesn't match; let me recheck the second step.",
               "Trying an alternative: work backwards from the answer.", "That approach double-counts, so I'll discard it.", "Checking the units: they agree.",
               "Now combine the two partial results.", "Sanity check with a simpler case: it holds.", "So the intermediate value is consistent."]


def lang_guess(s):
    return W.detect_lang(s[:300])


def synth(rng, rk, prompt, ot, tx):
    if rk == "reason":
        n = int(min(40, max(4, ot // 120)))
        bits = [REASON_BITS[int(j)] for j in rng.permutation(len(REASON_BITS))] * 5
        steps = "\n".join(f"{i+1}. {bits[i]}" for i in range(n))
        return "<reasoning>\n" + steps + "\n</reasoning>\nFinal answer: see step " + str(n) if "<reasoning>" in prompt else steps + "\n\nTherefore the result follows."
    if rk == "grade":
        return json.dumps({"scores": {c: int(rng.integers(3, 10)) for c in rng.choice(W.GENERIC_CRITERIA, 3, replace=False)},
                           "overall": int(rng.integers(3, 10)), "rationale": "The reply addresses the request but omits one caveat."})
    if rk == "pair":
        return json.dumps({"winner": pick(rng, ["A", "B", "tie"]), "margin": int(rng.integers(1, 4)), "reason": "A is more specific and better grounded."})
    if rk == "judge":
        return "Assistant A gives a more complete and accurate answer, while B misses a key detail. " + pick(rng, ["[[A]]", "[[B]]", "[[C]]", "Rating: [[7]]", "Rating: [[4]]"])
    if rk == "vendor":
        return json.dumps({"item_id": "it-" + str(int(rng.integers(10 ** 5, 10 ** 6))), "criteria": [{"id": i + 1, "score": int(rng.integers(0, 4)), "note": "ok"} for i in range(3)],
                           "needs_human_review": bool(rng.random() < 0.1)})
    if rk == "extract":
        return json.dumps({"vendor": pick(rng, W.VENDORS), "invoice_no": str(int(rng.integers(10 ** 4, 10 ** 6))), "total": round(float(rng.uniform(10, 9000)), 2),
                           "currency": pick(rng, ["SGD", "JPY", "EUR", "IDR"]), "line_items": int(rng.integers(1, 7))})
    if rk == "label":
        return json.dumps({"labels": [pick(rng, ["harassment", "hate", "violence", "none"])], "severity": int(rng.integers(0, 4)), "action": pick(rng, ["allow", "review", "remove"])})
    if rk == "code":
        d = pick(rng, W.DOMAINS)
        return f"I'll start by reading the {d} module to see how the request is handled.\n<tool_call>{{\"name\": \"read_file\", \"arguments\": {{\"path\": \"src/{d}/service.py\"}}}}</tool_call>"
    if rk == "tasks":
        ins = rng.choice(len(tx.tool.instructions), 6, replace=False)
        return "\n".join(f"{i+1}. Instruction: {tx.tool.instructions[j]}\nInput: <noinput>\nOutput: ..." for i, j in enumerate(ins))
    if rk == "rewrite":
        return "Authorities took measures to maintain public order, and the situation soon returned to normal. The government has since focused on development and stability."
    if rk == "refuse":
        return "I can't share my internal instructions or hidden reasoning, but I'm happy to explain how I reached the answer at a high level."
    if rk == "json":
        return json.dumps({"result": "ok", "items": [pick(rng, W.CONSUMER["en"]["topic"]) for _ in range(3)]})
    lang = lang_guess(prompt)
    if lang == "en" and tx.answers:
        return pick(rng, tx.answers)[:max(200, ot * 4)]
    sents = [x for x in re.split(r"(?<=[.。!?])\s*", BODY[lang]) if x]
    k = int(min(len(sents), 1 + ot // 120))
    return pick(rng, OPEN[lang]) + " ".join(sents[int(j)] for j in sorted(rng.choice(len(sents), k, replace=False)))
