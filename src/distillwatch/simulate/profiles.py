"""Behaviour profiles: rhythms, per-kind volume/pacing/source, and the request-setting vocabularies.

Numbers only; ``population`` turns them into per-account parameters. Benign kinds and
campaigns draw request settings from the same vocabularies here.
"""

from __future__ import annotations

import numpy as np

DAY_MS = 86_400_000
SYNC_SPAN = 100_000.0  # separates campaigns in the sorted array of batch start times
RHYTHMS = ("diurnal", "business", "flat", "evening")
_HOURLY = np.array(
    [
        # diurnal: awake hours, evening peak
        [
            1,
            0.6,
            0.4,
            0.3,
            0.3,
            0.4,
            0.8,
            1.5,
            2.5,
            3.2,
            3.6,
            3.8,
            3.6,
            3.6,
            3.7,
            3.8,
            3.9,
            4.0,
            4.2,
            4.5,
            4.8,
            4.6,
            3.6,
            2.0,
        ],
        # business: office hours, lunch dip
        [
            0.2,
            0.1,
            0.1,
            0.1,
            0.1,
            0.2,
            0.5,
            1.5,
            4.0,
            6.0,
            6.5,
            6.0,
            4.0,
            5.5,
            6.2,
            6.0,
            5.0,
            3.0,
            1.5,
            1.0,
            0.8,
            0.6,
            0.4,
            0.3,
        ],
        # flat: batch jobs, 24/7
        [1.0] * 24,
        # evening: homework / leisure
        [
            1.2,
            0.6,
            0.3,
            0.2,
            0.2,
            0.2,
            0.3,
            0.6,
            1.0,
            1.2,
            1.4,
            1.6,
            1.8,
            2.0,
            2.4,
            3.0,
            3.6,
            4.2,
            4.8,
            5.4,
            5.8,
            5.6,
            4.4,
            2.6,
        ],
    ]
)
HOUR_CDF = np.cumsum(_HOURLY / _HOURLY.sum(axis=1, keepdims=True), axis=1)

# Per benign kind: daily rate median, lognormal sigma, rhythm weights (diurnal, business, flat,
# evening), weekend keep, convs per session, gap between convs (s), max turns, accounts per org.
KIND_PROFILES: dict[str, dict] = {
    "casual": dict(
        rate=2.0,
        sigma=1.1,
        rhythm=(0.6, 0.1, 0.0, 0.3),
        weekend=0.95,
        sess=1.5,
        gap=150,
        turns=8,
        org=(1, 1),
    ),
    "power_user": dict(
        rate=22,
        sigma=0.8,
        rhythm=(0.5, 0.35, 0.05, 0.1),
        weekend=0.8,
        sess=3,
        gap=80,
        turns=8,
        org=(1, 1),
    ),
    "developer_agentic": dict(
        rate=35,
        sigma=1.0,
        rhythm=(0.3, 0.55, 0.1, 0.05),
        weekend=0.5,
        sess=4,
        gap=40,
        turns=6,
        org=(1, 2),
    ),
    "enterprise_batch": dict(
        rate=400,
        sigma=0.8,
        rhythm=(0.0, 0.2, 0.8, 0.0),
        weekend=0.9,
        sess=120,
        gap=2.0,
        turns=1,
        org=(2, 6),
    ),
    "eval_lab": dict(
        rate=60,
        sigma=0.8,
        rhythm=(0.1, 0.8, 0.1, 0.0),
        weekend=0.3,
        sess=80,
        gap=3.0,
        turns=2,
        org=(12, 40),
    ),
    "agency": dict(
        rate=25,
        sigma=0.8,
        rhythm=(0.2, 0.8, 0.0, 0.0),
        weekend=0.3,
        sess=3,
        gap=90,
        turns=5,
        org=(3, 8),
    ),
    "community_template": dict(
        rate=3.0,
        sigma=1.0,
        rhythm=(0.6, 0.1, 0.0, 0.3),
        weekend=0.95,
        sess=1.5,
        gap=150,
        turns=6,
        org=(1, 1),
    ),
    "app_system_prompt": dict(
        rate=200,
        sigma=1.0,
        rhythm=(0.8, 0.1, 0.0, 0.1),
        weekend=1.0,
        sess=30,
        gap=25,
        turns=5,
        org=(1, 3),
    ),
    "tutoring_app": dict(
        rate=120,
        sigma=0.9,
        rhythm=(0.2, 0.0, 0.0, 0.8),
        weekend=0.7,
        sess=20,
        gap=30,
        turns=4,
        org=(1, 2),
    ),
    "llm_judge_product": dict(
        rate=150,
        sigma=0.9,
        rhythm=(0.2, 0.3, 0.5, 0.0),
        weekend=0.8,
        sess=40,
        gap=4.0,
        turns=1,
        org=(1, 2),
    ),
}
# Prompt source per benign kind: pool name and share of conversations taken from organic turns.
KIND_SOURCE: dict[str, tuple[str, float]] = {
    "casual": ("organic", 1.0),
    "power_user": ("community_template", 0.93),
    "developer_agentic": ("developer_agentic", 0.5),
    "enterprise_batch": ("enterprise_batch", 0.0),
    "eval_lab": ("eval_lab", 0.1),
    "agency": ("organic", 1.0),
    "community_template": ("community_template", 0.45),
    "app_system_prompt": ("organic", 1.0),
    "tutoring_app": ("tutoring_app", 0.15),
    "llm_judge_product": ("llm_judge_product", 0.0),
}
PLAYBOOK_FLAGSHIP = 0.85
MAX_TOKENS_VALUES = np.array([0, 256, 512, 1000, 1024, 2000, 2048, 4000, 4096, 8192, 16000])
MAX_TOKENS_WEIGHTS = np.array([40, 3, 6, 4, 7, 3, 8, 3, 10, 10, 6], dtype=float)
TEMPERATURE_VALUES = np.array([np.nan, 0.0, 0.2, 0.3, 0.5, 0.7, 0.8, 1.0])
TEMPERATURE_WEIGHTS = np.array([40, 10, 6, 5, 6, 17, 5, 11], dtype=float)
