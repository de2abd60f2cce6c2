"""What of a campaign may leave the provider: the one sharing policy behind STIX and MISP export.

Shared: counts, span, capability/model mixes, signal names with their values and baselines,
infrastructure (IP prefixes, user agents, ASNs) with the share of the campaign's accounts on
each, prompt-template fingerprints and, with a partner secret, keyed hashes of payment
fingerprints and e-mail domains. Never shared: account ids, prompt text, evidence detail
strings (they may quote prompts or identifiers), identifiers in clear.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

import polars as pl

from distillwatch.report.load import ScanResult, parse_ts, pivot_info
from distillwatch.share.hashing import HASHED_KINDS, key_id, keyed_hash
from distillwatch.share.stix_types import KIND_EMAIL, KIND_PAYMENT, KIND_TEMPLATE

IP_KINDS: Final = ("ip24", "ip48")
#: Common client user agents are weak alone: their indicators carry half the confidence.
UA_WEIGHT: Final = 0.5
_SIGNAL_NAME = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_HEX = re.compile(r"^[0-9a-f]{1,64}$")


@dataclass(frozen=True)
class SharedIndicator:
    """One infrastructure value: ``kind`` is ``ip`` (a network), ``user_agent`` or ``asn``."""

    kind: str
    value: str
    share: float | None  # of the campaign's accounts holding it; None without links.parquet
    confidence: int


@dataclass(frozen=True)
class SharedFingerprints:
    """Non-invertible fingerprints of one kind (see ``stix_types`` for the kinds)."""

    kind: str
    algorithm: str
    values: list[str]
    key_id: str = ""


@dataclass(frozen=True)
class SharedCampaign:
    """Everything about one campaign that may be shared."""

    campaign_id: str
    confidence: int
    first_seen: datetime
    last_seen: datetime
    description: str
    indicators: list[SharedIndicator] = field(default_factory=list)
    fingerprints: list[SharedFingerprints] = field(default_factory=list)


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
    return parse_ts(value) or fallback


def _indicators(
    camp: dict[str, Any], shares: dict[tuple[str, str], float], conf: int, notes: list[str]
) -> list[SharedIndicator]:
    """IP networks, user agents and ASNs, each weighted by how many accounts hold it."""
    infra = camp.get("infrastructure") or {}
    out: list[SharedIndicator] = []

    def add(kind: str, value: str, link_kinds: tuple[str, ...], keys: list[str], w: float) -> None:
        share = (
            max((shares.get((k, key), 0.0) for k in link_kinds for key in keys), default=0.0)
            if shares
            else None
        )
        frac = 1.0 if share is None else share
        out.append(
            SharedIndicator(kind, value, share, max(1, round(conf * w * (0.5 + 0.5 * frac))))
        )

    for prefix in infra.get("ip_prefixes") or []:
        net = parse_network(str(prefix))
        if net is None:
            notes.append(f"campaign {camp['campaign_id']}: skipped unreadable IP prefix {prefix!r}")
            continue
        text = net.with_prefixlen
        add("ip", text, IP_KINDS, [str(prefix), text, text.rsplit(".", 1)[0]], 1.0)
    for ua in infra.get("user_agents") or []:
        add("user_agent", str(ua), ("user_agent",), [str(ua)], UA_WEIGHT)
    for asn in infra.get("asns") or []:
        number = asn_number(asn)
        if number is not None:
            add("asn", str(number), ("asn",), [str(asn), str(number)], 1.0)
    return out


def _fingerprints(
    camp: dict[str, Any], links: pl.DataFrame | None, secret: bytes | None
) -> list[SharedFingerprints]:
    """Template LSH keys (as published in campaigns.json) and keyed hashes of identifiers."""
    out: list[SharedFingerprints] = []
    templates = sorted(
        {
            t
            for t in (str(x).strip().lower() for x in camp.get("template_fingerprints") or [])
            if _HEX.match(t)
        }
    )
    if templates:
        out.append(
            SharedFingerprints(
                KIND_TEMPLATE,
                "MinHash LSH band keys (rensa) of normalised prompt skeletons",
                templates,
            )
        )
    if secret is not None and links is not None:
        cid = str(camp["campaign_id"])
        for kind, fp_kind in zip(HASHED_KINDS, (KIND_PAYMENT, KIND_EMAIL), strict=True):
            values = links.filter((pl.col("campaign_id") == cid) & (pl.col("key_kind") == kind))[
                "key"
            ].unique()
            if values.len():
                hashed = sorted({keyed_hash(secret, kind, v) for v in values.to_list()})
                out.append(
                    SharedFingerprints(
                        fp_kind, f"HMAC-SHA256 over '{kind}\\x00<value>'", hashed, key_id(secret)
                    )
                )
    return out


def shareable_campaigns(
    scan: ScanResult,
    *,
    secret: bytes | None,
    min_score: float = 0.0,
    now: datetime,
    notes: list[str],
) -> list[SharedCampaign]:
    """The shareable view of every campaign with score >= ``min_score``; notes say what was left out."""
    out = []
    for camp in scan.campaigns:
        if float(camp["score"]) < min_score:
            continue
        cid = str(camp["campaign_id"])
        conf = max(0, min(100, round(float(camp["score"]) * 100)))
        first = _ts(camp.get("first_seen"), now)
        shares = _key_shares(scan.links, cid, int(camp["n_accounts"]))
        out.append(
            SharedCampaign(
                campaign_id=cid,
                confidence=conf,
                first_seen=first,
                last_seen=max(_ts(camp.get("last_seen"), now), first),
                description=_description(camp),
                indicators=_indicators(camp, shares, conf, notes),
                fingerprints=_fingerprints(camp, scan.links, secret),
            )
        )
    if secret is None:
        notes.append(
            "no --secret-file: payment fingerprints and e-mail domains were left out "
            "(they are shared only as HMAC-SHA256 under a key agreed with the recipients)"
        )
    return out
