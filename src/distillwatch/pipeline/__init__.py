"""Wires the stages: :func:`detect` (pure) and :func:`scan` (files in, contract files out)."""

from __future__ import annotations

from distillwatch.pipeline.detect import Detection, detect
from distillwatch.pipeline.scan import scan

__all__ = ["Detection", "detect", "scan"]
