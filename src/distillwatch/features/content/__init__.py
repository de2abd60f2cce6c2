"""Content signals: what each request asks for, and which template it was made from.

``annotate(events)`` adds per-event columns (vectorised Polars; see ``CONTENT_SCHEMA``):

- ``cap_reasoning`` / ``cap_coding`` / ``cap_agentic`` / ``cap_structured``: the
  high-value capability a request targets (agentic also from ``tools > 0``, structured
  also from a JSON ``response_format``). Common in benign traffic; the per-account mix
  is what matters.
- ``sig_cot``: asks for the model's full/hidden reasoning to be written out,
  reconstructed for a given answer, exhaustively stepped, or for its system prompt.
- ``sig_grading``: rubric scoring, pairwise preference, reward-model-style scores.
- ``sig_policy_rewrite``: rewrite an answer on a sensitive topic into a safe version.
- ``sig_tooling`` / ``tooling_kind``: the request is what an instruction-generation
  tool sends (``self_instruct``, ``alpaca``, ``evol_instruct``, ``orca``, ``magpie``,
  ``airoboros``, ``seeded``, ``other``).
- ``prompt_template`` (hash of the prompt skeleton: fillers masked,
  first 160 characters; null for an empty prompt); ``system_hash`` (hash of the
  normalised system prompt; null when there is none).

Rules fire per event on the user prompt or the system prompt; the content model
(``classifier``, trained by ``training``; ``distillwatch train-content``) adds its hits on
user prompts, so each ``sig_*`` is "a rule or the model" (``tooling_kind = learned`` when
only the model saw tooling). One hit is evidence, not a verdict (a tutoring app asks for
steps, an LLM-judge product grades). ``rules.matched_parts`` names the rule sub-patterns a
text matches, for evidence details and rule tuning.

Hash stability: ``prompt_template`` / ``system_hash`` use Polars' seeded hash, which is
consistent within one Polars version (one scan, one live service) but not promised
across versions: never share them. ``template_signatures`` gives MinHash LSH band keys
that are the same in every process and on every machine (xxh3 word hashes, a fixed
integer mixer, rensa with a fixed seed) and are pinned by tests, so a library upgrade
that would change them fails CI: those are the shareable indicators.

``sample_per_account`` bounds MinHash and profile work to k prompts per account (cost
grows with accounts, not events); ``template_families`` turns a sample into
(account, band key) rows; ``account_profiles`` / ``profile_neighbours`` give topic and
style vectors and each account's most similar accounts.
"""

from __future__ import annotations

from distillwatch.features.content.annotate import CONTENT_SCHEMA, TOOLING_KIND_VALUES, annotate
from distillwatch.features.content.rules import matched_parts
from distillwatch.features.content.templates import (
    sample_per_account,
    template_families,
    template_signature_matrix,
    template_signatures,
)

__all__ = [
    "CONTENT_SCHEMA",
    "TOOLING_KIND_VALUES",
    "account_profiles",
    "annotate",
    "matched_parts",
    "profile_neighbours",
    "sample_per_account",
    "sample_profiles",
    "template_families",
    "template_signature_matrix",
    "template_signatures",
]


def __getattr__(name: str) -> object:
    """The profile functions load scikit-learn: imported on first use, so importing the
    content stage (and a metadata-only scan) does not pay seconds of import time."""
    if name in ("account_profiles", "profile_neighbours", "sample_profiles"):
        from distillwatch.features.content import profiles

        return getattr(profiles, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
