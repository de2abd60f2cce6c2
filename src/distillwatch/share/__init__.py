"""Share what a scan found as STIX 2.1 without customer data, and use partners' bundles."""

from __future__ import annotations

from distillwatch.share.export import ExportStats, build_bundle
from distillwatch.share.intel import Intel, IntelIndicator, intel_matches, load_intel

__all__ = ["ExportStats", "Intel", "IntelIndicator", "build_bundle", "intel_matches", "load_intel"]
