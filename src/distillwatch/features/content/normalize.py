"""Text normalisation shared by the content rules, template keys and profiles.

Everything here is a Polars expression or a whole-column function, so the same
normalisation runs on a million prompts without a Python loop per row.
"""

from __future__ import annotations

import re

import polars as pl

#: Characters of a prompt the rules look at: the head (where instructions usually sit)
#: and the tail (where harvesting templates put the final instruction). Bounds the
#: regex cost of very long prompts (pasted documents, code files).
RULE_HEAD_CHARS = 4000
RULE_TAIL_CHARS = 1500

#: Tokens kept in a prompt skeleton: enough to cover a template's fixed preamble, few
#: enough that the variable filler after it rarely changes the key.
SKELETON_TOKENS = 24
#: Characters of the prompt the skeleton is built from (bounds the regex work).
SKELETON_HEAD_CHARS = 800
#: Characters of a text its MinHash template signature covers.
SIGNATURE_HEAD_CHARS = 2000

_ASCII_WORD_BOUNDARY = re.compile(r"\\b")


def ascii_regex(pattern: str) -> str:
    r"""Make ``\b`` ASCII-only so Rust's lazy DFA can run the regex on any input (fast path)."""
    return _ASCII_WORD_BOUNDARY.sub(r"(?-u:\\b)", pattern)


def text_or_empty(df: pl.DataFrame, column: str) -> pl.Expr:
    """The column as a non-null string expression; an empty string when absent or null."""
    if column not in df.columns:
        return pl.lit("", dtype=pl.String)
    return pl.col(column).cast(pl.String).fill_null("")


def rule_text(text: pl.Expr) -> pl.Expr:
    """Lower-cased, bounded view of a text that the regex rules run on."""
    long = text.str.len_bytes() > RULE_HEAD_CHARS + RULE_TAIL_CHARS
    bounded = (
        pl.when(long)
        .then(
            pl.concat_str(
                [text.str.head(RULE_HEAD_CHARS), text.str.tail(RULE_TAIL_CHARS)], separator="\n…\n"
            )
        )
        .otherwise(text)
    )
    return bounded.str.to_lowercase()


# Order matters: code blocks and URLs go first so their digits/quotes are not re-tokenised.
_SKELETON_STEPS: tuple[tuple[str, str], ...] = (
    (r"(?s)```.*?(?:```|$)", " <code> "),
    (r"(?:https?://|www\.)\S+", " <url> "),
    (r"[\w.+-]+@[\w-]+\.[\w.-]+", " <email> "),
    (r"(?s)\"[^\"\n]{0,300}\"|“[^”\n]{0,300}”|«[^»\n]{0,300}»|`[^`\n]{0,200}`", " <q> "),
    (r"\d+(?:[.,:/_-]\d+)*", " <n> "),
    (r"\s+", " "),
)
# Capitalised words after a lower-case word (mid-sentence names), before lower-casing.
_NAME = r"([a-z,;] )[A-Z][a-z]+(?: [A-Z][a-z]+)*"


def mask_fillers(text: pl.Expr, *, head_chars: int) -> pl.Expr:
    """The first ``head_chars`` characters of a text with fillers (code blocks, URLs, e-mails,
    quoted spans, numbers, mid-sentence names) replaced by placeholders, lower-cased and
    whitespace collapsed: what stays is the wording a template author wrote.
    """
    out = text.str.head(head_chars).str.replace_all(_NAME, "$1<name>")
    for pattern, repl in _SKELETON_STEPS:
        out = out.str.replace_all(pattern, repl)
    return out.str.to_lowercase().str.strip_chars()


def skeleton(text: pl.Expr, *, tokens: int = SKELETON_TOKENS) -> pl.Expr:
    """A prompt's template skeleton: masked fillers, cut to the first ``tokens`` tokens."""
    out = mask_fillers(text, head_chars=SKELETON_HEAD_CHARS)
    return out.str.extract(rf"^(\S+(?:\s\S+){{0,{tokens - 1}}})", 1).fill_null("")


def signature_text(text: pl.Series | pl.Expr) -> pl.Expr:
    """The normalised text MinHash signatures are computed on (masked, first 2,000 chars)."""
    expr = pl.lit(text) if isinstance(text, pl.Series) else text
    return mask_fillers(expr, head_chars=SIGNATURE_HEAD_CHARS)


def normalise_system(text: pl.Expr) -> pl.Expr:
    """A system prompt with dates/ids/numbers masked, lower-cased and whitespace collapsed,
    so per-request details (today's date, a ticket number) do not split one system prompt.
    """
    out = text.str.replace_all(r"\d+(?:[.,:/_-]\d+)*", "<n>").str.replace_all(r"\s+", " ")
    return out.str.to_lowercase().str.strip_chars()


def word_count(text: pl.Expr) -> pl.Expr:
    """Whitespace-separated words in a text, Int32."""
    return text.str.count_matches(r"\S+").cast(pl.Int32)


def hash_u64(values: pl.Series, *, seed: int) -> pl.Series:
    """A fixed-seed 64-bit hash of each string (Polars' own hash, vectorised).

    Consistent within a Polars version (all stages of one scan run in one process);
    Polars does not promise the same values across its versions, so these keys are
    never shared outside a run. Keys shared between providers come from
    ``template_signatures`` instead, which is stable across versions and machines.
    """
    return values.hash(seed=seed)


def shingle_tokens(text: str) -> list[str]:
    """Word tokens of a normalised text (used for MinHash shingles)."""
    return text.split()
