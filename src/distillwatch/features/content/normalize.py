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
RULE_HEAD_CHARS = 2500
RULE_TAIL_CHARS = 1000
RULE_SEPARATOR = "\n…\n"

#: Characters kept in a prompt skeleton (after masking fillers): enough to cover a
#: template's fixed preamble (~25 words), few enough that the variable part after it
#: rarely changes the key.
SKELETON_CHARS = 160
#: Characters of the raw prompt the skeleton is built from (bounds the regex work).
SKELETON_HEAD_CHARS = 400
#: Characters of a text its MinHash template signature covers.
SIGNATURE_HEAD_CHARS = 1000

_LONG_GAP = re.compile(r"\{0,(\d+)\}\??")
_ASCII_REWRITES: tuple[tuple[str, str], ...] = (
    (r"[\s\S]", r"(?s:.)"),
    (r"[\s,]", r"[ \t\n\r,]"),
    (r"\b", r"(?-u:\b)"),
    (r"\s", r"(?-u:\s)"),
    (r"\w", r"(?-u:\w)"),
    (r"\d", r"[0-9]"),
)


def ascii_regex(pattern: str) -> str:
    r"""Rewrite a rule pattern into a form Rust's lazy DFA runs fast on any input.

    ``\b``/``\s``/``\w``/``\d`` become ASCII-only (rules run on lower-cased text, and
    Unicode word classes blow up the automaton), and long bounded gaps such as
    ``[^\n]{0,80}?`` become unbounded (``[^\n]*``): a counted repetition multiplies
    DFA states, while the class itself (same line / same clause) already bounds the gap.
    """
    out = _LONG_GAP.sub(lambda m: "*" if int(m.group(1)) >= 20 else m.group(0), pattern)
    for old, new in _ASCII_REWRITES:
        out = out.replace(old, new)
    return out


def text_or_empty(df: pl.DataFrame, column: str) -> pl.Expr:
    """The column as a non-null string expression; an empty string when absent or null."""
    if column not in df.columns:
        return pl.lit("", dtype=pl.String)
    return pl.col(column).cast(pl.String).fill_null("")


def is_long(text: pl.Expr) -> pl.Expr:
    """Whether a text exceeds the rule bound (only its head and tail are scanned)."""
    return text.str.len_chars() > RULE_HEAD_CHARS + RULE_TAIL_CHARS


def rule_text(text: pl.Expr) -> pl.Expr:
    """Lower-cased, bounded view of a text that the regex rules run on."""
    bounded = (
        pl.when(is_long(text))
        .then(
            pl.concat_str(
                [text.str.head(RULE_HEAD_CHARS), text.str.tail(RULE_TAIL_CHARS)],
                separator=RULE_SEPARATOR,
            )
        )
        .otherwise(text)
    )
    return bounded.str.to_lowercase()


# One pass masks every filler (cheaper than one pass per kind): mid-sentence capitalised
# names (group 1 keeps the preceding word), code blocks, URLs, e-mails, paths and
# identifiers (anything with / _ or an inner dot), short parentheticals, quoted spans,
# numbers. Runs before lower-casing, since names are found by their capital letter.
_FILLERS = (
    r"([a-z,;] )[A-Z][a-z]+(?: [A-Z][a-z]+)*"
    r"|(?s:```.*?(?:```|$))"
    r"|(?:https?://|www\.)[^ \t\n\r]+"
    r"|[a-zA-Z0-9_.+-]+@[a-zA-Z0-9_-]+\.[a-zA-Z0-9_.-]+"
    r"|[A-Za-z0-9_.-]*[/_.][A-Za-z0-9_./-]+"
    r"|\([^()\n]{1,30}\)"
    r"|\"[^\"\n]*\"|“[^”\n]*”|«[^»\n]*»|`[^`\n]*`"
    r"|[0-9]+(?:[.,:/_-][0-9]+)*"
)
_PLACEHOLDER = "$1 <v> "


def mask_fillers(text: pl.Expr, *, head_chars: int) -> pl.Expr:
    """The first ``head_chars`` characters of a text with fillers (code blocks, URLs, e-mails,
    quoted spans, numbers, mid-sentence names) replaced by one placeholder: what stays is
    the wording a template author wrote. Not lower-cased (callers cut first, then lower).
    """
    return text.str.head(head_chars).str.replace_all(_FILLERS, _PLACEHOLDER)


def skeleton(text: pl.Expr, *, chars: int = SKELETON_CHARS) -> pl.Expr:
    """A prompt's template skeleton: masked fillers, cut to ``chars`` characters, lower-cased.

    Cut after masking, so fillers of different lengths do not move the cut. Whitespace is
    kept as is (machine templates repeat it exactly), which saves a pass on the hot path.
    """
    out = mask_fillers(text, head_chars=SKELETON_HEAD_CHARS).str.head(chars)
    return out.str.to_lowercase().str.strip_chars()


def signature_text(text: pl.Series | pl.Expr) -> pl.Expr:
    """The normalised text MinHash signatures are computed on: masked, lower-cased, first
    1,000 characters, with CR/LF/tab turned into spaces; words are then split on spaces.
    Part of the shared-indicator definition: change only with a new key version.
    """
    expr = pl.lit(text) if isinstance(text, pl.Series) else text
    out = mask_fillers(expr, head_chars=SIGNATURE_HEAD_CHARS).str.to_lowercase()
    return out.str.replace_many(["\r", "\n", "\t"], [" ", " ", " "])


def normalise_system(text: pl.Expr) -> pl.Expr:
    """A system prompt with dates/ids/numbers masked, lower-cased and whitespace collapsed,
    so per-request details (today's date, a ticket number) do not split one system prompt.
    """
    out = text.str.replace_all(r"[0-9]+(?:[.,:/_-][0-9]+)*", "<n>").str.replace_all(r"\s+", " ")
    return out.str.to_lowercase().str.strip_chars()


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
