"""Labelled prompt corpora built from the shared data folder: the organic prompts people
send (negatives) and the requests public synthetic-data generators send (positives).

The generator requests are rebuilt from the tools' own prompt files (seed tasks filled in
the way each tool does). Used to train the content model (``training``) and by the
content-rule benchmark; the files are read from ``shared/data`` by path, never copied.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from distillwatch.jsonl import read_records

csv.field_size_limit(sys.maxsize)


@dataclass(frozen=True)
class Case:
    """One request: where it comes from, what should fire, and its text."""

    source: str
    rule: str
    kind: str | None
    prompt: str
    system: str = ""


# ---------------------------------------------------------------- organic (negatives)
def _oasst_prompter(node: dict) -> Iterator[str]:
    if node.get("role") == "prompter":
        yield node["text"]
    for child in node.get("replies", []):
        yield from _oasst_prompter(child)


def _hh_human_turns(dialogue: str) -> Iterator[str]:
    for part in dialogue.split("\n\nHuman: ")[1:]:
        yield part.split("\n\nAssistant:")[0]


def organic_sets(shared: Path) -> dict[str, list[str]]:
    """User prompts per organic file (benign traffic)."""
    org = shared / "organic"
    sets: dict[str, list[str]] = {}
    for name in ("arena_hard_v0.1_questions.jsonl", "arena_hard_v2.0_questions.jsonl"):
        sets[name] = [r["prompt"] for r in read_records(org / name)]
    sets["oasst_prompt_lottery_en_250.jsonl"] = list(
        read_records(org / "oasst_prompt_lottery_en_250.jsonl")
    )
    sets["oasst_en_100_trees.jsonl"] = [
        t
        for r in read_records(org / "oasst_en_100_trees.jsonl")
        for t in _oasst_prompter(r["prompt"])
    ]
    sets["hh_rlhf_harmless_base_test.jsonl.gz"] = sorted(
        {
            t
            for r in read_records(org / "hh_rlhf_harmless_base_test.jsonl.gz")
            for t in _hh_human_turns(r["chosen"])
        }
    )
    with open(org / "awesome_chatgpt_prompts.csv", encoding="utf-8", newline="") as fh:
        sets["awesome_chatgpt_prompts.csv"] = [row["prompt"] for row in csv.DictReader(fh)]
    for name in ("mt_bench_questions.jsonl", "vicuna_bench_questions.jsonl"):
        sets[name] = [t for r in read_records(org / name) for t in r["turns"]]
    return sets


# ---------------------------------------------------------------- tooling (positives)
def seed_tasks(shared: Path) -> list[dict]:
    tooling = shared / "distill_tooling"
    seeds = list(read_records(tooling / "self_instruct_seed_tasks.jsonl"))
    return [s for s in seeds if s.get("instruction")]


def task_requests(shared: Path) -> list[str]:
    """The self-instruct seed and user-oriented tasks as single requests (instruction, then
    the first instance's input): the ordinary asks (solve, prove, rewrite, rate) that
    generators are seeded with, which one user sending one of them is not."""
    tooling = shared / "distill_tooling"
    out: list[str] = []
    for name in (
        "self_instruct_seed_tasks.jsonl",
        "self_instruct_user_oriented_instructions.jsonl",
    ):
        for task in read_records(tooling / name):
            if not isinstance(task, dict) or not task.get("instruction"):
                continue
            inputs = [i.get("input") for i in task.get("instances") or [] if i.get("input")]
            out.append(task["instruction"] + (f"\n{inputs[0]}" if inputs else ""))
    return out


_FILL = {
    "batch_size": "10",
    "language": "English",
    "flesch": "The output should be written in such a way as to have a Flesch-Kincaid readability score of 30 or lower.",
    "topic_avoidance": "Avoid any tasks that would be related to politics or religion.",
    "topics": "All of the generated tasks should be related to the topic: astronomy",
    "topic": "marine biology",
    "input_count": "2",
    "next_year": "2027",
    "question_count": "5",
    "task_count": "5",
    "word_count": "800",
    "threshold": "70",
    "name": "Dolly",
    "character": "Dolly",
}


def _fill(template: str, instruction: str, rng: random.Random) -> str:
    def repl(m: re.Match[str]) -> str:
        key = m.group(1)
        if key.lower() in ("instruction", "question", "input", "question_1", "question_2"):
            return instruction
        if key.startswith("answer") or key.startswith("ref_answer") or key == "response":
            return rng.choice(
                ["The answer is 42 because 6 * 7 = 42.", "I think it is Paris.", "Yes."]
            )
        return _FILL.get(key, rng.choice(["astronomy", "a short example", "cooking", "3"]))

    return re.sub(r"\{([A-Za-z_0-9]+)\}", repl, template)


def tooling_cases(shared: Path, per_template: int = 20) -> list[Case]:
    """Requests the public generators send, rebuilt from their prompt files."""
    tooling = shared / "distill_tooling"
    rng = random.Random(20260227)
    seeds = seed_tasks(shared)
    instr = [s["instruction"] for s in seeds]
    cases: list[Case] = []

    # self-instruct: "Come up with a series of tasks:" + numbered seed instructions.
    for _ in range(per_template * 2):
        picked = rng.sample(instr, 8)
        body = "".join(f"Task {i + 1}: {t}\n" for i, t in enumerate(picked))
        cases.append(
            Case(
                "self_instruct(generate)",
                "sig_tooling",
                "self_instruct",
                f"Come up with a series of tasks:\n{body}Task 9:",
            )
        )
    clf = (tooling / "self_instruct_clf_task_template.txt").read_text(encoding="utf-8")
    inst = (tooling / "self_instruct_instance_gen_template.txt").read_text(encoding="utf-8")
    for tmpl, label in ((clf, "self_instruct(clf)"), (inst, "self_instruct(instances)")):
        body = tmpl.split("'''")[1] if "'''" in tmpl else tmpl
        for _ in range(per_template):
            cases.append(
                Case(label, "sig_tooling", "self_instruct", body + f"\nTask: {rng.choice(instr)}\n")
            )

    # Alpaca: prompt.txt followed by three seed tasks in its numbered format.
    alpaca = (tooling / "alpaca_prompt.txt").read_text(encoding="utf-8")
    for _ in range(per_template):
        parts = [alpaca]
        for i, s in enumerate(rng.sample(seeds, 3)):
            inst0 = s["instances"][0]
            parts.append(
                f"###\n{i + 1}. Instruction: {s['instruction']}\n{i + 1}. Input:\n"
                f"{inst0.get('input') or '<noinput>'}\n{i + 1}. Output:\n{inst0.get('output', '')}\n"
            )
        parts.append("###\n4. Instruction:")
        cases.append(Case("alpaca", "sig_tooling", "alpaca", "\n".join(parts)))

    # Evol-Instruct: each rewriting template with a seed instruction filled in.
    evol = json.loads((tooling / "evol_instruct_templates.json").read_text(encoding="utf-8"))[
        "templates"
    ]
    for name, tmpl in evol.items():
        for _ in range(per_template):
            cases.append(
                Case(
                    f"evol_instruct({name})",
                    "sig_tooling",
                    "evol_instruct",
                    _fill(tmpl, rng.choice(instr), rng),
                )
            )

    # Orca: each system message with a seed task as the user turn.
    orca = json.loads((tooling / "orca_system_messages.json").read_text(encoding="utf-8"))[
        "system_messages"
    ]
    for i, msg in enumerate(orca):
        for _ in range(max(1, per_template // 4)):
            cases.append(
                Case(f"orca(sys{i:02d})", "sig_tooling", "orca", rng.choice(instr), system=msg)
            )

    # Magpie: the bare pre-query template is the whole request.
    magpie = json.loads((tooling / "magpie_pre_query_templates.json").read_text(encoding="utf-8"))[
        "pre_query_templates"
    ]
    for model, tmpl in magpie.items():
        cases.append(Case(f"magpie({model.split('/')[0]})", "sig_tooling", "magpie", tmpl))

    # Airoboros: every instructor prompt with its placeholders filled.
    for path in sorted((tooling / "airoboros_prompts").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for _ in range(max(1, per_template // 4)):
            cases.append(
                Case(
                    f"airoboros({path.stem})",
                    "sig_tooling",
                    "airoboros",
                    _fill(text, rng.choice(instr), rng),
                )
            )
        if path.stem == "filter":
            cases.append(
                Case("airoboros(filter)", "sig_grading", None, _fill(text, rng.choice(instr), rng))
            )

    # LLM-as-judge prompts (FastChat): system prompt + filled template, and user-only variant.
    for row in read_records(tooling / "judge_prompts_fastchat.jsonl"):
        for j in range(per_template // 2):
            prompt = _fill(row["prompt_template"], rng.choice(instr), rng)
            if j % 2:
                cases.append(
                    Case(
                        f"judge({row['name']})",
                        "sig_grading",
                        None,
                        prompt,
                        system=row["system_prompt"],
                    )
                )
            else:
                cases.append(
                    Case(
                        f"judge({row['name']},user-only)",
                        "sig_grading",
                        None,
                        row["system_prompt"] + "\n\n" + prompt,
                    )
                )
    return cases
