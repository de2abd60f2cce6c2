"""Render the shareable view of a scan (``shareable.py``) as one STIX 2.1 bundle.

Per campaign: ``campaign`` and ``intrusion-set`` (attributed-to), an ``indicator`` per IP
range, user agent and ASN (indicates the campaign), and ``x-distillwatch-fingerprint-set``
objects (declared by an extension-definition) for template fingerprints and keyed hashes.
Every object carries the TLP marking and a confidence.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

import stix2
from stix2 import v21

from distillwatch.report.load import ScanResult
from distillwatch.share.shareable import (
    SharedCampaign,
    SharedIndicator,
    asn_number,
    parse_network,
    shareable_campaigns,
)
from distillwatch.share.stix_types import FingerprintSet, extension_definition, project_identity

TLP: Final = {
    "clear": stix2.TLP_WHITE,
    "white": stix2.TLP_WHITE,
    "green": stix2.TLP_GREEN,
    "amber": stix2.TLP_AMBER,
    "red": stix2.TLP_RED,
}
_NS: Final = uuid.UUID("3f0b6a2e-41d5-4c1b-9a57-5d0c2b7e8f11")


@dataclass
class ExportStats:
    """What went into an export, for the CLI to print."""

    campaigns: int = 0
    indicators: int = 0
    fingerprint_sets: int = 0
    hashed_identifiers: int = 0
    notes: list[str] = field(default_factory=list)

    def count(self, shared: list[SharedCampaign]) -> None:
        """Add the counts of these campaigns."""
        self.campaigns += len(shared)
        self.indicators += sum(len(c.indicators) for c in shared)
        self.fingerprint_sets += sum(len(c.fingerprints) for c in shared)
        self.hashed_identifiers += sum(
            len(f.values) for c in shared for f in c.fingerprints if f.key_id
        )


def _sid(kind: str, *parts: object) -> str:
    """A stable STIX id: re-exporting the same scan keeps ids, so recipients see new versions.

    The UUID is derived from a hash of the parts and carries the version-4 bits the spec
    recommends for SDOs.
    """
    digest = uuid.uuid5(_NS, "|".join(str(p) for p in parts))
    return f"{kind}--{uuid.UUID(bytes=digest.bytes, version=4)}"


def stix_string(value: str) -> str:
    """Quote a value as a STIX pattern string literal (backslash and quote escaped)."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def ip_pattern(prefix: str) -> str | None:
    """``[ipv4-addr:value ISSUBSET '198.51.100.0/24']`` (or ipv6); None if not an address."""
    net = parse_network(prefix)
    if net is None:
        return None
    kind = "ipv4-addr" if net.version == 4 else "ipv6-addr"
    return f"[{kind}:value ISSUBSET '{net.with_prefixlen}']"


def indicator_pattern(ind: SharedIndicator) -> tuple[str, str] | None:
    """(name suffix, STIX pattern) of one shared indicator."""
    if ind.kind == "ip":
        pattern = ip_pattern(ind.value)
        return (f"IP range {ind.value}", pattern) if pattern else None
    if ind.kind == "user_agent":
        header = "network-traffic:extensions.'http-request-ext'.request_header.'User-Agent'"
        return "user agent", f"[{header} = {stix_string(ind.value)}]"
    number = asn_number(ind.value)
    return (f"ASN {number}", f"[autonomous-system:number = {number}]") if number else None


def _campaign_objects(
    c: SharedCampaign, *, provider: v21.Identity, marking: Any, now: datetime
) -> list[Any]:
    common = {
        "created_by_ref": provider.id,
        "object_marking_refs": [marking],
        "created": now,
        "modified": now,
    }
    campaign = v21.Campaign(
        id=_sid("campaign", provider.name, c.campaign_id, c.first_seen.isoformat()),
        name=f"distillation campaign {c.campaign_id} ({provider.name})",
        description=c.description,
        first_seen=c.first_seen,
        last_seen=c.last_seen,
        objective="Harvest model outputs to train another model (distillation).",
        confidence=c.confidence,
        **common,
    )
    intrusion = v21.IntrusionSet(
        id=_sid("intrusion-set", provider.name, c.campaign_id, c.first_seen.isoformat()),
        name=f"operator of distillation campaign {c.campaign_id} ({provider.name})",
        description="The operator running the accounts of this campaign (hydra cluster).",
        first_seen=c.first_seen,
        last_seen=c.last_seen,
        goals=["model distillation"],
        confidence=c.confidence,
        **common,
    )

    def rel(source: str, kind: str, conf: int, **extra: Any) -> v21.Relationship:
        target = intrusion.id if kind == "attributed-to" else campaign.id
        return v21.Relationship(
            id=_sid("relationship", source, kind, target),
            relationship_type=kind,
            source_ref=source,
            target_ref=target,
            confidence=conf,
            **extra,
            **common,
        )

    objs: list[Any] = [campaign, intrusion, rel(campaign.id, "attributed-to", c.confidence)]
    for ind in c.indicators:
        rendered = indicator_pattern(ind)
        if rendered is None:
            continue
        name, pattern = rendered
        obj = v21.Indicator(
            id=_sid("indicator", campaign.id, pattern),
            name=f"{c.campaign_id} {name}",
            description=(
                f"Used by {ind.share:.0%} of the campaign's accounts."
                if ind.share is not None
                else "Campaign infrastructure."
            ),
            indicator_types=["malicious-activity", "attribution"],
            pattern=pattern,
            pattern_type="stix",
            valid_from=c.first_seen,
            confidence=ind.confidence,
            **common,
        )
        objs += [obj, rel(obj.id, "indicates", ind.confidence)]
    for fp in c.fingerprints:
        fs = FingerprintSet(
            id=_sid("x-distillwatch-fingerprint-set", campaign.id, fp.kind),
            name=f"{c.campaign_id} {fp.kind}",
            fingerprint_kind=fp.kind,
            algorithm=fp.algorithm,
            fingerprints=fp.values,
            confidence=c.confidence,
            **({"key_id": fp.key_id} if fp.key_id else {}),
            **common,
        )
        objs += [fs, rel(fs.id, "related-to", c.confidence, allow_custom=True)]
    return objs


def build_bundle(
    scan: ScanResult,
    *,
    provider: str,
    tlp: str = "amber",
    secret: bytes | None = None,
    min_score: float = 0.0,
    now: datetime | None = None,
) -> tuple[v21.Bundle, ExportStats]:
    """One bundle for all campaigns with score >= ``min_score``; pure given ``now``."""
    now = now or datetime.now(UTC)
    marking = TLP[tlp.lower()]
    stats = ExportStats()
    shared = shareable_campaigns(
        scan, secret=secret, min_score=min_score, now=now, notes=stats.notes
    )
    stats.count(shared)
    ident = v21.Identity(
        id=_sid("identity", provider),
        name=provider,
        identity_class="organization",
        sectors=["technology"],
        created=now,
        modified=now,
        object_marking_refs=[marking],
    )
    objects: list[Any] = [marking, project_identity(), extension_definition(), ident]
    for c in shared:
        objects += _campaign_objects(c, provider=ident, marking=marking, now=now)
    bundle = v21.Bundle(
        objects=objects, id=_sid("bundle", provider, now.isoformat()), allow_custom=True
    )
    return bundle, stats
