"""Which high-value capability an event targets: reasoning, coding, agentic tool use,
structured output. Distillation campaigns concentrate on these; ordinary traffic mixes
them with chat, writing and look-ups, so the per-account *share* is what matters later.
"""

from __future__ import annotations

import polars as pl

from distillwatch.features.content.normalize import ascii_regex

REASONING_PATTERN = ascii_regex(
    r"\b(?:solve|prove|proof|theorem|lemma|equation|inequality|integral|derivative|differentiate|"
    r"integrate|probability|expected value|combinatori\w*|permutations?|factorial|prime numbers?|"
    r"algebra\w*|geometry|trigonometr\w*|calculus|arithmetic|modulo|matrix|matrices|eigen\w*|"
    r"how many|how much (?:longer|faster|more|less)|calculate|compute the|puzzle|riddle|brain ?teaser|"
    r"logic(?:al)? (?:puzzle|problem|reasoning|question)|deduce|deduction|syllogism|"
    r"step[- ]by[- ]step|chain[- ]of[- ]thought|reason(?:ing)? (?:through|about|carefully)|"
    r"show (?:your|all|the) work|math(?:s|ematical|ematics)?|olympiad|word problem)\b"
    r"|\d\s*[+*^×÷=]\s*\(?\d|\b[xyzn]\s*[\^²³]|\\(?:frac|sqrt|sum|int)\b"
)

CODING_PATTERN = ascii_regex(
    r"```|\b(?:python|javascript|typescript|java|golang|rust|c\+\+|c#|kotlin|swift|php|ruby|scala|"
    r"haskell|sql|bash|powershell|html|css|react|node\.?js|django|flask|fastapi|pandas|numpy|"
    r"pytorch|tensorflow|docker|kubernetes|terraform|regex|regular expression|dockerfile|"
    r"leetcode|algorithm|api endpoint|unit tests?|pytest|junit|compiler?|compile|refactor\w*|"
    r"debug\w*|stack ?trace|traceback|segfault|segmentation fault|null ?pointer|syntax error|"
    r"source code|code snippet|codebase|repository|pull request|git)\b"
    r"|\bwrite (?:a|an|the|me a) (?:\w+ )?(?:function|script|program|class|method|query|module)\b"
    r"|\bdef \w+\(|\bfunction \w*\(|\bclass \w+[:({]|#include\s*<|\bimport \w+|\bconsole\.log\(|"
    r"\bpublic static\b|=>\s*\{|\bfn \w+\(|\bselect [^\n]{1,200}? from \w+|"
    r"traceback \(most recent call last\)|\bexception in thread\b|\w+(?:error|exception):\s"
)

AGENTIC_PATTERN = ascii_regex(
    r"\b(?:tool[ _]calls?|function[ _]calls?|function calling|tool use|use the tools?|"
    r"available (?:tools|functions|actions)|you have access to (?:the following )?(?:tools|functions)|"
    r"call (?:the|a|an) (?:tool|function|api)\b|tool_choice|tool_use|tool_result|"
    r"agent(?:ic)?|autonomous(?:ly)?|multi-?step plan|execution plan|"
    r"thought:|action:|action input:|observation:|final answer:|"
    r"browse the web|web search|search the web|run (?:the )?(?:command|shell|terminal)|"
    r"execute (?:the )?(?:command|code|shell)|shell commands?|terminal session|file ?system|"
    r"computer use|click on|screenshot|mcp server|orchestrat\w+)\b"
    r"|\b#e\d+\s*=|\bapi call\b"
)

STRUCTURED_PATTERN = ascii_regex(
    r"\b(?:json|yaml|xml|csv|toml)\b[^.!?\n]{0,40}?\b(?:format|output|object|schema|response|only|array|list)\b"
    r"|\b(?:in|as|into|return|output|respond (?:with|in)|reply (?:with|in)|format(?:ted)? (?:as|in))\s+"
    r"(?:a\s+|an\s+|valid\s+|strict\s+|only\s+|the\s+following\s+)*(?:json|yaml|xml|csv|toml|markdown table)\b"
    r"|\bjson[- ]?schema\b|\bpydantic\b|\bstructured output\b|\bkey[- ]value pairs?\b"
    r"|\bfollowing (?:schema|format)\s*:|\{\s*\"\w+\"\s*:"
)

STRUCTURED_FORMATS = ("json_object", "json_schema", "json")


def capability_text_columns(text: pl.Expr) -> list[pl.Expr]:
    """Boolean capability columns from a lower-cased bounded text alone."""
    return [
        text.str.contains(REASONING_PATTERN).alias("cap_reasoning"),
        text.str.contains(CODING_PATTERN).alias("cap_coding"),
        text.str.contains(AGENTIC_PATTERN).alias("cap_agentic"),
        text.str.contains(STRUCTURED_PATTERN).alias("cap_structured"),
    ]


def metadata_capabilities(df: pl.DataFrame) -> tuple[pl.Expr, pl.Expr]:
    """Agentic and structured targeting from request metadata: tool definitions sent, and a
    JSON response format requested. Absent columns count as False."""
    tools = (pl.col("tools").fill_null(0) > 0) if "tools" in df.columns else pl.lit(False)
    fmt = (
        pl.col("response_format").str.to_lowercase().is_in(STRUCTURED_FORMATS).fill_null(False)
        if "response_format" in df.columns
        else pl.lit(False)
    )
    return tools, fmt
