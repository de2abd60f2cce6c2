"""Render the shareable view of a scan (``shareable.py``) as MISP events, one per campaign.

IP ranges become ``ip-src`` attributes (to_ids), ASNs ``AS``, user agents ``user-agent``
(not to_ids: common clients are weak alone), fingerprints ``text`` attributes with their
kind in the comment; the TLP becomes a ``tlp:`` tag. Same privacy rules as the STIX export.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import orjson
from pymisp import MISPEvent

from distillwatch.report.load import ScanResult
from distillwatch.share.export import ExportStats
from distillwatch.share.shareable import SharedCampaign, shareable_campaigns

_NS = uuid.UUID("8c3f3c1e-5d2a-4f0b-a1e7-0b9d6c2f4e55")
_TYPES = {"ip": ("ip-src", True), "user_agent": ("user-agent", False), "asn": ("AS", True)}


def _event(c: SharedCampaign, *, provider: str, tlp: str) -> MISPEvent:
    event = MISPEvent()
    event.uuid = str(uuid.uuid5(_NS, f"{provider}|{c.campaign_id}|{c.first_seen.isoformat()}"))
    event.info = f"distillation campaign {c.campaign_id} ({provider})"
    event.set_date(c.first_seen.date())
    event.threat_level_id = 2  # medium
    event.analysis = 1  # ongoing
    event.distribution = 0  # this organisation; widen in MISP after review
    event.add_tag(f"tlp:{'clear' if tlp in {'clear', 'white'} else tlp}")
    event.add_attribute("comment", c.description, category="Other", to_ids=False)
    event.add_attribute(
        "text", str(c.confidence), category="Other", comment="confidence 0-100", to_ids=False
    )
    for ind in c.indicators:
        kind, to_ids = _TYPES[ind.kind]
        share = (
            f"; used by {ind.share:.0%} of the campaign's accounts" if ind.share is not None else ""
        )
        event.add_attribute(
            kind, ind.value, to_ids=to_ids, comment=f"confidence {ind.confidence}{share}"
        )
    for fp in c.fingerprints:
        key = f"; key_id {fp.key_id}" if fp.key_id else ""
        for value in fp.values:
            event.add_attribute(
                "text",
                value,
                category="Other",
                to_ids=False,
                comment=f"{fp.kind} ({fp.algorithm}{key})",
            )
    return event


def build_misp_events(
    scan: ScanResult,
    *,
    provider: str,
    tlp: str = "amber",
    secret: bytes | None = None,
    min_score: float = 0.0,
    now: datetime | None = None,
) -> tuple[list[dict[str, Any]], ExportStats]:
    """``[{"Event": {...}}, ...]`` for the campaigns with score >= ``min_score``."""
    stats = ExportStats()
    shared = shareable_campaigns(
        scan, secret=secret, min_score=min_score, now=now or datetime.now(UTC), notes=stats.notes
    )
    stats.count(shared)
    events = [
        {"Event": orjson.loads(_event(c, provider=provider, tlp=tlp.lower()).to_json())}
        for c in shared
    ]
    return events, stats
