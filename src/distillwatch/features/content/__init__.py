"""Content signals: per-event rules and capability targeting, template keys, account profiles.

``annotate`` adds per-event columns (vectorised Polars); ``template_signatures`` gives
stable MinHash LSH band keys for shared indicators; ``account_profiles`` and
``profile_neighbours`` give per-account topic/style vectors and near-identical pairs.
"""

from __future__ import annotations

from distillwatch.features.content.annotate import CONTENT_SCHEMA, TOOLING_KIND_VALUES, annotate
from distillwatch.features.content.profiles import account_profiles, profile_neighbours
from distillwatch.features.content.templates import (
    sample_per_account,
    template_families,
    template_signatures,
)

__all__ = [
    "CONTENT_SCHEMA",
    "TOOLING_KIND_VALUES",
    "account_profiles",
    "annotate",
    "profile_neighbours",
    "sample_per_account",
    "template_families",
    "template_signatures",
]
