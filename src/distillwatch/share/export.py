"""Build a STIX 2.1 bundle from a scan folder: what a provider can share about its campaigns.

Shared: campaign and intrusion-set (counts, span, capabilities, models, signal names and
values), infrastructure indicators (IP prefixes, user agents, ASNs), prompt-template
fingerprints and, with a partner secret, keyed hashes of payment fingerprints and e-mail
domains. Never shared: account ids, raw prompt text, evidence detail strings, identifiers
in clear.
"""

from __future__ import annotations

import ipaddress
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

import polars as pl
import stix2
from stix2 import v21

from distillwatch.report.load import ScanResult, parse_day, pivot_info
from distillwatch.share.hashing import HASHED_KINDS, key_id, keyed_hash
from distillwatch.share.stix_types import (
    KIND_EMAIL,
    KIND_PAYMENT,
    KIND_TEMPLATE,
    FingerprintSet,
    extension_definition,
    project_identity,
)

TLP: Final = {
    "clear": stix2.TLP_WHITE,
    "white": stix2.TLP_WHITE,
    "green": stix2.TLP_GREEN,
    "amber": stix2.TLP_AMBER,
    "red": stix2.TLP_RED,
}
_NS: Final = uuid.UUID("3f0b6a2e-41d5-4c1b-9a57-5d0c2b7e8f11")
_SIGNAL_NAME = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
IP_KINDS: Final = ("ip24", "ip48")
UA_WEIGHT: Final = 0.5  # common client UAs are weak alone; recipients see a lower confidence


@dataclass
class ExportStats:
    """What went into a bundle, for the CLI to print."""

    campaigns: int = 0
    indicators: int = 0
    fingerprint_sets: int = 0
    hashed_identifiers: int = 0
    notes: list[str] = field(default_factory=list)


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


def parse_network(text: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """An IP network from ``a.b.c.0/24``, ``a.b.c`` (a /24), ``a.b.c.d`` or v6 forms."""
    text = str(text).strip().rstrip(".*").rstrip(".")
    try:
        return ipaddress.ip_network(text, strict=False)
    except ValueError:
        pass
    parts = text.split(".")
    if 1 <= len(parts) < 4 and all(p.isdigit() for p in parts):
        try:
            return ipaddress.ip_network(
                ".".join(parts + ["0"] * (4 - len(parts))) + f"/{8 * len(parts)}"
            )
        except ValueError:
            return None
    if ":" in text and "/" not in text:
        groups = [g for g in text.rstrip(":").split(":") if g]
        try:
            return ipaddress.ip_network(
                text.rstrip(":") + "::/" + str(16 * len(groups)), strict=False
            )
        except ValueError:
            return None
    return None


def asn_number(value: object) -> int | None:
    """64500 from ``64500``, ``"AS64500"`` or ``"as64500"``; None otherwise."""
    text = str(value).strip().upper().removeprefix("AS")
    return int(text) if text.isdigit() and 0 < int(text) < 2**32 else None


def _key_shares(
    links: pl.DataFrame | None, cid: str, n_accounts: int
) -> dict[tuple[str, str], float]:
    """Share of the campaign's accounts on each (key_kind, key): weights indicator confidence."""
    if links is None or n_accounts <= 0:
        return {}
    per_key = (
        links.filter(pl.col("campaign_id") == cid)
        .group_by("key_kind", "key")
        .agg(pl.col("account_id").n_unique().alias("n"))
    )
    return {(k, v): min(1.0, n / n_accounts) for k, v, n in per_key.iter_rows()}


def _description(camp: dict[str, Any]) -> str:
    """Counts, mixes and signal values only: no account ids, no detail strings."""
    caps = ", ".join(f"{k} {float(v):.0%}" for k, v in (camp.get("capabilities") or {}).items())
    models = ", ".join(f"{k} {float(v):.0%}" for k, v in (camp.get("models") or {}).items())
    signals = "; ".join(
        f"{ev['signal']} {ev.get('value')} (population {ev.get('baseline')})"
        for ev in camp.get("evidence") or []
        if _SIGNAL_NAME.match(str(ev.get("signal", "")))
        and all(isinstance(ev.get(k), int | float | None) for k in ("value", "baseline"))
    )
    pivot = pivot_info(camp)
    pivot_txt = (
        f" Moved {pivot.share_24h:.0%} of its traffic to {pivot.model} within 24 h of its release."
        if pivot is not None and pivot.share_24h is not None
        else ""
    )
    return (
        f"Distillation campaign seen by distillwatch: {int(camp['n_accounts'])} accounts, "
        f"{int(camp['n_exchanges'])} exchanges ({camp.get('exchanges_per_day')} per day). "
        f"Targeted capabilities: {caps or 'n/a'}. Models: {models or 'n/a'}.{pivot_txt} "
        f"Signals (campaign value vs population baseline): {signals or 'n/a'}."
    )


def _ts(value: Any, fallback: datetime) -> datetime:
    """Timestamp from campaigns.json (RFC 3339 or epoch ms), else the fallback."""
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000, UTC)
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    except ValueError:
        day = parse_day(value)
        return datetime(day.year, day.month, day.day, tzinfo=UTC) if day else fallback


def _campaign_objects(
    camp: dict[str, Any],
    scan: ScanResult,
    *,
    provider: v21.Identity,
    marking: Any,
    secret: bytes | None,
    now: datetime,
    stats: ExportStats,
) -> list[Any]:
    cid = str(camp["campaign_id"])
    conf = max(0, min(100, round(float(camp["score"]) * 100)))
    first = _ts(camp.get("first_seen"), now)
    last = max(_ts(camp.get("last_seen"), now), first)
    common = {
        "created_by_ref": provider.id,
        "object_marking_refs": [marking],
        "created": now,
        "modified": now,
    }
    campaign = v21.Campaign(
        id=_sid("campaign", provider.name, cid, camp.get("first_seen")),
        name=f"distillation campaign {cid} ({provider.name})",
        description=_description(camp),
        first_seen=first,
        last_seen=last,
        objective="Harvest model outputs to train another model (distillation).",
        confidence=conf,
        **common,
    )
    intrusion = v21.IntrusionSet(
        id=_sid("intrusion-set", provider.name, cid, camp.get("first_seen")),
        name=f"operator of distillation campaign {cid} ({provider.name})",
        description="The operator running the accounts of this campaign (hydra cluster).",
        first_seen=first,
        last_seen=last,
        goals=["model distillation"],
        confidence=conf,
        **common,
    )
    objs: list[Any] = [
        campaign,
        intrusion,
        v21.Relationship(
            id=_sid("relationship", campaign.id, "attributed-to", intrusion.id),
            relationship_type="attributed-to",
            source_ref=campaign.id,
            target_ref=intrusion.id,
            confidence=conf,
            **common,
        ),
    ]
    shares = _key_shares(scan.links, cid, int(camp["n_accounts"]))
    infra = camp.get("infrastructure") or {}

    def indicator(
        name: str, pattern: str, kinds: tuple[str, ...], key: str, weight: float = 1.0
    ) -> None:
        share = max((shares.get((k, key), 0.0) for k in kinds), default=0.0) if shares else 1.0
        ind_conf = max(1, round(conf * weight * (0.5 + 0.5 * share)))
        ind = v21.Indicator(
            id=_sid("indicator", campaign.id, pattern),
            name=name,
            description=f"Used by {share:.0%} of the campaign's accounts."
            if shares
            else "Campaign infrastructure.",
            indicator_types=["malicious-activity", "attribution"],
            pattern=pattern,
            pattern_type="stix",
            valid_from=first,
            confidence=ind_conf,
            **common,
        )
        objs.append(ind)
        objs.append(
            v21.Relationship(
                id=_sid("relationship", ind.id, "indicates", campaign.id),
                relationship_type="indicates",
                source_ref=ind.id,
                target_ref=campaign.id,
                confidence=ind_conf,
                **common,
            )
        )
        stats.indicators += 1

    for prefix in infra.get("ip_prefixes") or []:
        pattern = ip_pattern(str(prefix))
        if pattern is None:
            stats.notes.append(f"campaign {cid}: skipped unreadable IP prefix {prefix!r}")
            continue
        net = str(parse_network(str(prefix)))
        keys = [str(prefix), net, net.rsplit(".", 1)[0] if "." in net else net]
        share_key = next(
            (k for k in keys if any((kk, k) in shares for kk in IP_KINDS)), str(prefix)
        )
        indicator(f"{cid} IP range {net}", pattern, IP_KINDS, share_key)
    for ua in infra.get("user_agents") or []:
        pattern = f"[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = {stix_string(str(ua))}]"
        indicator(f"{cid} user agent", pattern, ("user_agent",), str(ua), UA_WEIGHT)
    for asn in infra.get("asns") or []:
        number = asn_number(asn)
        if number is not None:
            indicator(
                f"{cid} ASN {number}", f"[autonomous-system:number = {number}]", ("asn",), str(asn)
            )

    sets: list[tuple[str, str, list[str], str]] = []
    templates = [str(t).lower() for t in camp.get("template_fingerprints") or []]
    if templates:
        sets.append(
            (
                KIND_TEMPLATE,
                "MinHash LSH band keys (rensa) of normalised prompt skeletons",
                templates,
                "",
            )
        )
    if secret is not None and scan.links is not None:
        for kind, fp_kind in zip(HASHED_KINDS, (KIND_PAYMENT, KIND_EMAIL), strict=True):
            values = (
                scan.links.filter((pl.col("campaign_id") == cid) & (pl.col("key_kind") == kind))[
                    "key"
                ]
                .unique()
                .sort()
                .to_list()
            )
            if values:
                hashed = sorted({keyed_hash(secret, kind, v) for v in values})
                stats.hashed_identifiers += len(hashed)
                sets.append(
                    (fp_kind, f"HMAC-SHA256 over '{kind}\\x00<value>'", hashed, key_id(secret))
                )
    for fp_kind, algorithm, values, kid in sets:
        fs = FingerprintSet(
            id=_sid("x-distillwatch-fingerprint-set", campaign.id, fp_kind),
            name=f"{cid} {fp_kind}",
            fingerprint_kind=fp_kind,
            algorithm=algorithm,
            fingerprints=values,
            confidence=conf,
            **({"key_id": kid} if kid else {}),
            **common,
        )
        objs.append(fs)
        objs.append(
            v21.Relationship(
                id=_sid("relationship", fs.id, "related-to", campaign.id),
                relationship_type="related-to",
                source_ref=fs.id,
                target_ref=campaign.id,
                confidence=conf,
                allow_custom=True,
                **common,
            )
        )
        stats.fingerprint_sets += 1
    stats.campaigns += 1
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
    for camp in scan.campaigns:
        if float(camp["score"]) >= min_score:
            objects += _campaign_objects(
                camp, scan, provider=ident, marking=marking, secret=secret, now=now, stats=stats
            )
    if secret is None:
        stats.notes.append(
            "no --secret-file: payment fingerprints and e-mail domains were left out "
            "(they are shared only as HMAC-SHA256 under a key agreed with the recipients)"
        )
    bundle = v21.Bundle(
        objects=objects, id=_sid("bundle", provider, now.isoformat()), allow_custom=True
    )
    return bundle, stats
