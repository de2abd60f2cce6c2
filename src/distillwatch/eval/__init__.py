"""Detection quality against simulator truth: ``evaluate`` and ``distillwatch eval``."""

from __future__ import annotations

from distillwatch.eval.files import read_scan
from distillwatch.eval.metrics import evaluate, headline

__all__ = ["evaluate", "headline", "read_scan"]
