"""annotate(): column contract, empty/null prompts, capability flags, template keys."""

from __future__ import annotations

import importlib

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from distillwatch.contract import EVENT_SCHEMA
from distillwatch.features.content import CONTENT_SCHEMA, TOOLING_KIND_VALUES, annotate
from distillwatch.features.content.annotate import PromptMemo

annotate_module = importlib.import_module("distillwatch.features.content.annotate")


def _events(prompts: list[str | None], **cols: list) -> pl.DataFrame:
    """Contract-shaped events with the given prompts (other columns null unless given)."""
    n = len(prompts)
    data: dict[str, list] = {name: [None] * n for name in EVENT_SCHEMA.names()}
    data["event_id"] = [f"e{i}" for i in range(n)]
    data["account_id"] = ["acct"] * n
    data["model"] = ["m"] * n
    data["prompt"] = prompts
    data.update(cols)
    return pl.DataFrame(data, schema=EVENT_SCHEMA)


def test_columns_and_types_added_to_input() -> None:
    events = _events(["hello there", "Solve 2 + 2 step by step"]).with_columns(
        pl.lit(1).alias("extra")
    )
    out = annotate(events)
    assert out.columns[: len(events.columns)] == events.columns
    for name, dtype in CONTENT_SCHEMA.items():
        assert out.schema[name] == dtype, name
    assert out.height == events.height
    assert out.get_column("extra").to_list() == [1, 1]


def test_empty_and_null_prompt_give_false_zero_null() -> None:
    out = annotate(_events(["", None]))
    flags = [c for c, t in CONTENT_SCHEMA.items() if t == pl.Boolean()]
    assert not out.select(pl.any_horizontal(flags)).to_series().any()
    assert out.get_column("prompt_template").null_count() == 2
    assert out.get_column("system_hash").null_count() == 2
    assert out.get_column("tooling_kind").null_count() == 2


def test_empty_frame_and_minimal_columns() -> None:
    empty = annotate(_events([]))
    assert empty.height == 0
    assert set(CONTENT_SCHEMA.names()) <= set(empty.columns)
    minimal = annotate(pl.DataFrame({"prompt": ["write a python function"]}))
    assert minimal.get_column("cap_coding").to_list() == [True]


def test_metadata_drives_agentic_and_structured_without_text() -> None:
    out = annotate(
        _events(
            ["", "", ""], tools=[3, 0, None], response_format=["text", "json_schema", "JSON_OBJECT"]
        )
    )
    assert out.get_column("cap_agentic").to_list() == [True, False, False]
    assert out.get_column("cap_structured").to_list() == [False, True, True]


@pytest.mark.parametrize(
    ("prompt", "column"),
    [
        ("Prove that the square root of 2 is irrational.", "cap_reasoning"),
        (
            "A train leaves at 3pm going 60 mph; how many miles does it cover by 5pm?",
            "cap_reasoning",
        ),
        ("Traceback (most recent call last):\n  File x.py\nKeyError: 'a'", "cap_coding"),
        ("Write a function in Rust that reverses a linked list.", "cap_coding"),
        ("```\nint main() { return 0; }\n```\nwhy does this crash", "cap_coding"),
        (
            "You have access to the following tools: search, calculator. Thought: I need",
            "cap_agentic",
        ),
        ("Return the result as valid JSON with keys name and age.", "cap_structured"),
        ("Respond in YAML only.", "cap_structured"),
    ],
)
def test_capability_positive(prompt: str, column: str) -> None:
    assert annotate(_events([prompt])).get_column(column).item() is True


def test_capability_negative_on_small_talk() -> None:
    out = annotate(_events(["What a lovely day, tell me a fun fact about otters."]))
    for col in ("cap_reasoning", "cap_coding", "cap_agentic", "cap_structured"):
        assert out.get_column(col).item() is False, col


def test_prompt_template_shared_by_fillers_of_one_template() -> None:
    out = annotate(
        _events(
            [
                'You are an expert data analyst. Analyse sales of "Widget A" for 2023 and report 5 insights.',
                'You are an expert data analyst. Analyse sales of "Gadget Pro" for 2024 and report 3 insights.',
                "Tell me a story about a dragon who learns to bake bread in a small village.",
            ]
        )
    )
    keys = out.get_column("prompt_template").to_list()
    assert keys[0] == keys[1]
    assert keys[0] != keys[2]


def test_prompt_template_ignores_code_urls_emails_and_case() -> None:
    out = annotate(
        _events(
            [
                "Fix this code ```print(1)``` see https://a.example/x or mail bob@x.org",
                "FIX this code ```while True: pass``` see http://b.example/y or mail amy@y.com",
            ]
        )
    )
    keys = out.get_column("prompt_template").to_list()
    assert keys[0] == keys[1]


def test_system_hash_masks_dates_and_whitespace() -> None:
    out = annotate(
        _events(
            ["hi", "hi", "hi", "hi"],
            system=[
                "You are Helper. Today is 2026-03-01.",
                "you are helper.  Today is 2026-04-17.",
                "You are a pirate.",
                "   ",
            ],
        )
    )
    keys = out.get_column("system_hash").to_list()
    assert keys[0] == keys[1]
    assert keys[0] != keys[2]
    assert keys[3] is None


def test_deterministic_and_row_independent() -> None:
    prompts = ["Rate the response on a scale of 1 to 10 using the rubric.", "hello", "Solve x^2=4"]
    a = annotate(_events(prompts))
    b = annotate(_events(list(reversed(prompts)))).reverse()
    cols = list(CONTENT_SCHEMA.names())
    assert a.select(cols).equals(b.select(cols))


def test_tooling_kind_vocabulary() -> None:
    out = annotate(_events(["Come up with a series of tasks:\n1. x\n2. y"]))
    kind = out.get_column("tooling_kind").item()
    assert kind in TOOLING_KIND_VALUES
    assert out.get_column("sig_tooling").item() is True


PROMPT_POOL = [
    "Rate the response on a scale of 1 to 10 using the rubric.",
    "Think step by step and show your reasoning: what is 17 * 23?",
    "Come up with a series of tasks:\n1. x\n2. y",
    "write a python function that parses json",
    "hello",
    "",
    None,
]


@given(
    st.lists(
        st.lists(st.tuples(st.sampled_from(PROMPT_POOL), st.sampled_from([None, "You grade."]))),
        min_size=1,
        max_size=4,
    ),
    st.integers(1, 6),
)
def test_a_memo_changes_no_column(batches: list[list[tuple]], max_rows: int) -> None:
    """Batches annotated with one shared memo (even one too small to hold them all) get
    exactly the columns they get alone."""
    memo = PromptMemo(max_rows=max_rows)
    for batch in batches:
        events = _events([p for p, _ in batch], system=[s for _, s in batch])
        assert annotate(events, memo).equals(annotate(events))
        assert len(memo) <= max_rows


def test_a_memo_spares_prompts_seen_before(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = annotate_module.rule_frame
    monkeypatch.setattr(annotate_module, "rule_frame", lambda t: seen.append(t.len()) or real(t))
    memo = PromptMemo()
    annotate(_events(PROMPT_POOL[:3]), memo)
    annotate(_events(PROMPT_POOL[1:5]), memo)
    # Each call also rules its distinct system prompts (one, empty): 3 + 1, then 2 + 1.
    assert sorted(seen) == [1, 1, 2, 3]
    assert len(memo) == 5


def test_a_prompt_kept_twice_is_joined_once() -> None:
    """Two batches in flight may both keep a new prompt: events still get one row each."""
    memo = PromptMemo()
    events = _events(PROMPT_POOL[:3] + PROMPT_POOL[:3])
    annotate(events, memo)
    memo.add(memo._rows)  # as if a second batch in flight had annotated them too
    assert annotate(events, memo).equals(annotate(events))
