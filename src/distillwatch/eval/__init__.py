"""Detection quality against simulator truth: ``evaluate`` and ``distillwatch eval``."""

from __future__ import annotations

from distillwatch.eval.metrics import evaluate

__all__ = ["evaluate"]
