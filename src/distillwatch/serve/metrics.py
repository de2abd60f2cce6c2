"""``GET /metrics`` in the Prometheus text exposition format (version 0.0.4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from distillwatch.serve.service import Service

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def render(service: Service) -> str:
    """Counters, decision totals by action, check latency quantiles and scoring gauges."""
    c = service.counters.persisted
    lines: list[str] = []

    def metric(name: str, kind: str, help_: str, samples: list[tuple[str, float]]) -> None:
        lines.append(f"# HELP {name} {help_}")
        lines.append(f"# TYPE {name} {kind}")
        lines.extend(f"{name}{labels} {value:g}" for labels, value in samples)

    for key, help_ in (
        ("accepted", "Events stored (new event_id, valid)."),
        ("duplicate", "Events already seen (by event_id), counted once and not stored again."),
        ("quarantined", "Rows rejected by validation, with a reason."),
    ):
        metric(
            f"distillwatch_events_{key}_total", "counter", help_, [("", c.get(f"events_{key}", 0))]
        )
    metric(
        "distillwatch_batches_total",
        "counter",
        "Event batches ingested.",
        [("", c.get("batches", 0))],
    )
    decisions = sorted(
        (k.removeprefix("decisions_"), v) for k, v in c.items() if k.startswith("decisions_")
    )
    metric(
        "distillwatch_decisions_total",
        "counter",
        "Decisions recorded in the audit log, by action.",
        [(f'{{action="{_label(a)}"}}', v) for a, v in decisions],
    )
    checks = sorted(service.counters.checks.items())
    metric(
        "distillwatch_check_answers_total",
        "counter",
        "Answers of /v1/check since start, by action (the shadow action in shadow mode) and mode.",
        [(f'{{action="{_label(a)}",mode="{_label(m)}"}}', v) for (a, m), v in checks],
    )
    secs = np.fromiter(service.counters.check_seconds, float)
    if secs.size:
        q = np.quantile(secs, [0.5, 0.9, 0.99])
        metric(
            "distillwatch_check_seconds",
            "summary",
            "In-process /v1/check decision time over the last 20,000 checks.",
            [(f'{{quantile="{k}"}}', v) for k, v in zip(("0.5", "0.9", "0.99"), q, strict=True)]
            + [("_count", secs.size)],
        )
    metric(
        "distillwatch_rescore_runs_total",
        "counter",
        "Re-scoring runs completed.",
        [("", c.get("rescore_runs", 0))],
    )
    run = service.last_run or {}
    metric(
        "distillwatch_flagged_accounts",
        "gauge",
        "Accounts flagged in the last run.",
        [("", run.get("n_flagged", 0))],
    )
    metric(
        "distillwatch_active_campaigns",
        "gauge",
        "Campaigns found in the last run.",
        [("", sum(1 for x in service.campaigns.values() if x.get("active")))],
    )
    metric(
        "distillwatch_rescore_seconds",
        "gauge",
        "Wall time of the last run.",
        [("", run.get("seconds", 0))],
    )
    metric(
        "distillwatch_pending_events",
        "gauge",
        "Events not yet scored.",
        [("", service.pending_events)],
    )
    metric("distillwatch_accounts", "gauge", "Accounts with state.", [("", len(service.states))])
    if service.max_ts is not None and service.last_as_of is not None:
        metric(
            "distillwatch_scoring_lag_seconds",
            "gauge",
            "Event time between the newest event and the last scored one.",
            [("", (service.max_ts - service.last_as_of) / 1e6)],
        )
    return "\n".join(lines) + "\n"
