"""The account signals the score uses: which column, which side is suspicious, which family.

One table so the scoring method, the evidence and the documentation agree. Families group
signals that measure the same thing (several CoT-ish shares are one line of evidence,
not four); a campaign needs several *families* to converge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Signal:
    """One account signal: column, suspicious side, family, z-score scale floor, wording."""

    name: str
    column: str
    family: str
    direction: int = 1
    min_scale: float = 0.05
    z_low: float = 3.0
    z_high: float = 8.0
    detail: str = ""
    #: Whether the value is a per-exchange rate that is noisy on accounts with few exchanges.
    per_exchange: bool = True
    #: A documented fixed (centre, scale) used instead of the population baseline, for
    #: signals where "normal" is not a population property (many honest accounts are
    #: focused on one capability, so focus is measured against a fixed 30 % +- 10 %).
    fixed: tuple[float, float] | None = None


#: Families and their weight in the combined score (see docs/DETECTION.md).
FAMILY_WEIGHTS: Final[dict[str, float]] = {
    "extraction": 3.0,
    "targeting": 1.0,
    "templating": 1.0,
    "volume": 1.0,
    "timing": 1.0,
    "tokens": 1.0,
    "network": 1.0,
    "trust": 1.5,
    "pivot": 1.5,
}
#: Families whose strength is the mean (not the max) of their signals.
MEAN_FAMILIES: Final = ("trust",)
#: Families that say *what* is asked (content) versus *how* (behaviour) and *who* (trust).
CONTENT_FAMILIES: Final = ("extraction", "targeting", "templating")
BEHAVIOUR_FAMILIES: Final = ("volume", "timing", "tokens", "network", "pivot")

SIGNALS: Final[tuple[Signal, ...]] = (
    Signal("cot_extraction", "cot_share", "extraction", min_scale=0.04, z_low=2.0, z_high=5.0, detail="share of prompts eliciting written-out reasoning (a rule or the content model)"),
    Signal("rubric_grading", "grading_share", "extraction", min_scale=0.04, z_low=2.0, z_high=5.0, detail="share of prompts asking for rubric grading / preference judgments (a rule or the content model)"),
    Signal("policy_rewrite", "policy_rewrite_share", "extraction", min_scale=0.04, z_low=2.0, z_high=5.0, detail="share of prompts rewriting answers to sensitive questions (a rule or the content model)"),
    Signal("synthetic_data_tooling", "tooling_share", "extraction", min_scale=0.04, z_low=2.0, z_high=5.0, detail="share of prompts from synthetic-data generator templates or worded like them (a rule or the content model)"),
    Signal("narrow_capability", "cap_top_share", "targeting", fixed=(0.3, 0.1), z_low=2.5, z_high=5.0, detail="share of traffic on the account's top capability (reasoning, coding, agentic, structured)"),
    Signal("template_family", "family_top_share", "templating", min_scale=0.08, detail="share of sampled prompts in the account's top template family"),
    Signal("diverse_tasks", "template_distinct_ratio", "templating", min_scale=0.08, z_low=2.0, z_high=5.0, detail="distinct prompt skeletons per exchange"),
    Signal("high_volume", "log_events", "volume", min_scale=0.3, z_low=2.0, z_high=5.0, per_exchange=False, detail="log10 of exchanges"),
    Signal("sustained_top_volume", "top_day_share", "volume", min_scale=0.05, per_exchange=False, detail="share of days in the top 5 % of accounts by volume"),
    Signal("round_the_clock", "hour_entropy", "timing", min_scale=0.05, z_low=2.0, z_high=5.0, detail="normalised entropy of UTC hour-of-day activity"),
    Signal("local_night_activity", "local_night_share", "timing", min_scale=0.05, detail="share of traffic in the declared country's 00-06 local night"),
    Signal("regular_timing", "iat_cv", "timing", direction=-1, min_scale=0.15, detail="coefficient of variation of inter-arrival times"),
    Signal("max_output", "length_share", "tokens", min_scale=0.03, detail="share of responses cut at max_tokens"),
    Signal("high_max_tokens", "log_max_tokens", "tokens", min_scale=0.2, detail="log10 of median requested max_tokens"),
    Signal("output_heavy", "out_in_ratio_log", "tokens", min_scale=0.2, detail="log10 of output/input token ratio"),
    Signal("no_follow_up", "turn0_share", "tokens", min_scale=0.05, z_low=2.0, z_high=5.0, detail="share of exchanges opening a new conversation"),
    Signal("multi_sample", "n_gt1_share", "tokens", min_scale=0.03, detail="share of requests with n > 1"),
    Signal("network_rotation", "network_spread", "network", min_scale=0.05, detail="distinct IP networks (/24, /48) per exchange"),
    Signal("fresh_account", "log_account_age", "trust", direction=-1, min_scale=0.3, per_exchange=False, z_low=1.5, z_high=3.0, detail="log10 of (1 + account age in days at first use)"),
    Signal("unverified", "unverified", "trust", min_scale=0.2, per_exchange=False, z_low=1.0, z_high=2.0, detail="identity verification not passed (1 = unverified)"),
    Signal("model_pivot", "pivot_excess", "pivot", min_scale=0.05, detail="share on a new model within 24 h of release minus the population share"),
)  # fmt: skip
