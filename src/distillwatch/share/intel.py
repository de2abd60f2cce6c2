"""Read partners' STIX bundles into :class:`Intel` and match it against a scan's account keys.

``load_intel`` understands what ``share export`` writes (and the same patterns from other
tools): IPv4/IPv6 ranges, User-Agent headers, ASNs, and the fingerprint-set SDO.
``intel_matches`` is the pure join the scan pipeline calls to raise the weight of keys a
partner has already attributed to a campaign.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Final

import orjson
import polars as pl

from distillwatch.errors import UserError
from distillwatch.link.keys import TEMPLATE_BAND, template_hex
from distillwatch.share.hashing import keyed_hash
from distillwatch.share.shareable import parse_network
from distillwatch.share.stix_types import FINGERPRINT_TYPE, KIND_EMAIL, KIND_PAYMENT, KIND_TEMPLATE

_IP = re.compile(r"^\[\s*(ipv4-addr|ipv6-addr):value\s+(ISSUBSET|=)\s+'([^']+)'\s*\]$")
_UA = re.compile(
    r"^\[\s*network-traffic:extensions\.'http-request-ext'\.request_header\.'User-Agent'\s*=\s*'((?:[^'\\]|\\.)*)'\s*\]$"
)
_ASN = re.compile(r"^\[\s*autonomous-system:number\s*=\s*(\d+)\s*\]$")
_UNESCAPE = re.compile(r"\\(.)")
_HEX = re.compile(r"[0-9a-f]{1,64}")

#: Which account key kinds each intel kind is compared with (links.parquet vocabulary).
IP_KEY_KINDS: Final = ("ip", "ip24", "ip48", "ip_prefix")
TEMPLATE_KEY_KINDS: Final = ("template", "template_lsh", "template_fingerprint")
MATCH_SCHEMA: Final = pl.Schema(
    {
        "account_id": pl.String(),
        "key_kind": pl.String(),
        "key": pl.String(),
        "indicator_id": pl.String(),
        "confidence": pl.Int64(),
    }
)


@dataclass(frozen=True, slots=True)
class IntelIndicator:
    """One shared value with where it came from and how sure the sender was (0–100)."""

    kind: str
    value: str
    indicator_id: str
    confidence: int
    campaign: str
    bundle_id: str
    source: str


@dataclass(frozen=True)
class Intel:
    """Indicators received from other providers, grouped by what they are compared with."""

    ip_prefixes: tuple[IntelIndicator, ...] = ()
    user_agents: tuple[IntelIndicator, ...] = ()
    asns: tuple[IntelIndicator, ...] = ()
    template_fingerprints: tuple[IntelIndicator, ...] = ()
    payment_hashes: tuple[IntelIndicator, ...] = ()
    email_domain_hashes: tuple[IntelIndicator, ...] = ()
    skipped_patterns: int = 0

    def all(self) -> list[IntelIndicator]:
        """Every indicator, in field order."""
        return [
            i for f in fields(self) if f.name != "skipped_patterns" for i in getattr(self, f.name)
        ]

    def __len__(self) -> int:
        return len(self.all())

    @property
    def keys(self) -> pl.DataFrame:
        """Infrastructure indicators as exact link keys (key_kind, key, indicator_id,
        confidence) in the vocabulary of link/keys.py, for a plain join: IPv4 ranges /16–/24
        as their /24s, IPv6 /32–/48 as their /48s, user agents, ASNs.

        Template fingerprints are left out on purpose: a template alone is not suspicious
        (benign customers share prompt templates), and treating a match as a link added a
        false positive in ``benchmarks/intel_transfer.py``; they come from
        :func:`intel_matches` for use as corroboration only. Narrower ranges and keyed
        hashes also need :func:`intel_matches`."""
        rows: list[tuple[str, str, str, int]] = []
        for i in self.ip_prefixes:
            net = parse_network(i.value)
            unit = 24 if net is not None and net.version == 4 else 48
            if net is not None and unit - 8 <= net.prefixlen <= unit:
                kind = "ip24" if unit == 24 else "ip48"
                rows += [
                    (kind, str(sub), i.indicator_id, i.confidence)
                    for sub in net.subnets(new_prefix=unit)
                ]
        rows += [("user_agent", i.value, i.indicator_id, i.confidence) for i in self.user_agents]
        rows += [("asn", i.value, i.indicator_id, i.confidence) for i in self.asns]
        schema = {
            "key_kind": pl.String,
            "key": pl.String,
            "indicator_id": pl.String,
            "confidence": pl.Int64,
        }
        return pl.DataFrame(rows, schema=schema, orient="row")

    def table(self) -> pl.DataFrame:
        """All indicators as a table (kind, value, indicator_id, confidence, campaign, bundle_id, source)."""
        names = [f.name for f in fields(IntelIndicator)]
        rows = [[getattr(i, n) for n in names] for i in self.all()]
        schema = {n: (pl.Int64 if n == "confidence" else pl.String) for n in names}
        return pl.DataFrame(rows, schema=schema, orient="row")


def _confidence(value: object) -> int:
    """STIX confidence 0–100; absent or malformed means 50 (the spec's "medium")."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 50
    return int(max(0, min(100, value)))


def _unescape(literal: str) -> str:
    return _UNESCAPE.sub(r"\1", literal)


def _objects(path: Path) -> tuple[str, list[dict[str, Any]]]:
    try:
        doc = orjson.loads(path.read_bytes())
    except OSError as err:
        raise UserError(
            f"{path}: cannot read intel bundle ({err.strerror}); check the --intel path"
        ) from err
    except orjson.JSONDecodeError as err:
        raise UserError(f"{path}: not JSON ({err}); --intel expects a STIX 2.1 bundle") from err
    if (
        not isinstance(doc, dict)
        or doc.get("type") != "bundle"
        or not isinstance(doc.get("objects"), list)
    ):
        raise UserError(
            f'{path}: not a STIX bundle (needs "type": "bundle" and "objects"); --intel expects one'
        )
    return str(doc.get("id", "")), [o for o in doc["objects"] if isinstance(o, dict)]


def load_intel(paths: list[Path] | tuple[Path, ...]) -> Intel:
    """Parse STIX bundles; revoked objects are ignored, unknown patterns counted as skipped."""
    buckets: dict[str, list[IntelIndicator]] = {
        f.name: [] for f in fields(Intel) if f.name != "skipped_patterns"
    }
    skipped = 0
    for path in map(Path, paths):
        bundle_id, objs = _objects(path)
        by_id = {str(o.get("id")): o for o in objs}
        target: dict[str, str] = {}
        for rel in objs:
            if rel.get("type") == "relationship" and rel.get("relationship_type") in (
                "indicates",
                "related-to",
            ):
                camp = by_id.get(str(rel.get("target_ref")), {})
                target[str(rel.get("source_ref"))] = str(
                    camp.get("name", rel.get("target_ref", ""))
                )
        for o in objs:
            if o.get("revoked"):
                continue
            oid = str(o.get("id", ""))
            conf = _confidence(o.get("confidence"))
            base = {
                "indicator_id": oid,
                "confidence": conf,
                "campaign": target.get(oid, ""),
                "bundle_id": bundle_id,
                "source": str(path),
            }
            if o.get("type") == "indicator" and o.get("pattern_type") == "stix":
                pattern = str(o.get("pattern", "")).strip()
                if m := _IP.match(pattern):
                    net = parse_network(m.group(3))
                    if net is not None:
                        buckets["ip_prefixes"].append(
                            IntelIndicator("ip_prefix", net.with_prefixlen, **base)
                        )
                        continue
                elif m := _UA.match(pattern):
                    buckets["user_agents"].append(
                        IntelIndicator("user_agent", _unescape(m.group(1)), **base)
                    )
                    continue
                elif m := _ASN.match(pattern):
                    buckets["asns"].append(IntelIndicator("asn", m.group(1), **base))
                    continue
                skipped += 1
            elif o.get("type") == FINGERPRINT_TYPE:
                kind = o.get("fingerprint_kind")
                bucket = {
                    KIND_TEMPLATE: "template_fingerprints",
                    KIND_PAYMENT: "payment_hashes",
                    KIND_EMAIL: "email_domain_hashes",
                }.get(str(kind))
                if bucket is None:
                    skipped += 1
                    continue
                short = {
                    KIND_TEMPLATE: "template",
                    KIND_PAYMENT: "payment",
                    KIND_EMAIL: "email_domain",
                }[str(kind)]
                fps = o.get("fingerprints")
                for fp in fps if isinstance(fps, list) else []:
                    value = _norm_hex(str(fp)) if short == "template" else str(fp).lower()
                    if not _HEX.fullmatch(value):
                        skipped += 1
                        continue
                    buckets[bucket].append(IntelIndicator(short, value, **base))
    return Intel(**{k: tuple(v) for k, v in buckets.items()}, skipped_patterns=skipped)


def _norm_hex(text: str) -> str:
    """Canonical lowercase hex without 0x and leading zeros, so 00ab == 0xAB == ab."""
    return text.strip().lower().removeprefix("0x").lstrip("0") or "0"


def _template_values(keys: pl.Series) -> pl.Series:
    """Account template keys as canonical hex (``_norm_hex``): band keys and decimal skeleton
    hashes through ``link.keys.template_hex``; a key already in ``0x`` hex stays hex."""
    k = pl.col("k").str.strip_chars().str.to_lowercase()
    hexed = (
        pl.when(k.str.starts_with("0x"))
        .then(k.str.strip_prefix("0x"))
        .when(k.str.starts_with(TEMPLATE_BAND) | k.str.contains(r"^[0-9]+$"))
        .then(template_hex(k))
        .otherwise(k)
    )
    out = keys.cast(pl.String).to_frame("k").select(hexed.str.strip_chars_start("0"))["k"]
    return out.replace("", "0").alias("value")


def _template_probe(keys: pl.DataFrame) -> pl.DataFrame:
    """Template keys with their canonical hex, converted once per distinct key."""
    sub = keys.filter(pl.col("key_kind").is_in(TEMPLATE_KEY_KINDS))
    uniq = sub["key"].unique()
    return sub.join(pl.DataFrame({"key": uniq}).with_columns(_template_values(uniq)), on="key")


def _ip_matches(intel: Intel, keys: pl.DataFrame) -> pl.DataFrame:
    """Account IP keys inside a shared prefix; parsing runs once per distinct key, not per row."""
    ip_keys = keys.filter(pl.col("key_kind").is_in(IP_KEY_KINDS))
    if not intel.ip_prefixes or ip_keys.height == 0:
        return pl.DataFrame(schema={"key": pl.String, "value": pl.String})
    lengths = {(p.value.count(":") > 0, int(p.value.rsplit("/", 1)[1])) for p in intel.ip_prefixes}
    pairs: list[tuple[str, str]] = []
    for key in ip_keys["key"].unique().to_list():
        net = parse_network(key)
        if net is None:
            continue
        for is_v6, plen in lengths:
            if (net.version == 6) == is_v6 and net.prefixlen >= plen:
                pairs.append((key, net.supernet(new_prefix=plen).with_prefixlen))
    return pl.DataFrame(pairs, schema={"key": pl.String, "value": pl.String}, orient="row")


def intel_matches(
    intel: Intel, account_keys: pl.DataFrame, *, secret: bytes | None = None
) -> pl.DataFrame:
    """Which (account, key) pairs a partner's indicator covers, with its id and confidence.

    ``account_keys``: account_id, key_kind, key (links.parquet vocabulary; ``asn`` keys and
    hex template LSH keys under ``template`` also count). IP keys match when inside a shared
    range, user agents and ASNs exactly, templates by normalised hex; payment / e-mail
    domain keys match keyed hashes only when ``secret`` is the partners' shared secret.
    """
    table = intel.table()
    if table.height == 0 or account_keys.height == 0:
        return pl.DataFrame(schema=MATCH_SCHEMA)
    keys = account_keys.select(
        pl.col("account_id").cast(pl.String),
        pl.col("key_kind").cast(pl.String),
        pl.col("key").cast(pl.String),
    )
    probes = [
        # (intel kind, account keys with a "value" column to join on)
        ("ip_prefix", keys.join(_ip_matches(intel, keys), on="key")),
        (
            "user_agent",
            keys.filter(pl.col("key_kind") == "user_agent").with_columns(
                value=pl.col("key").str.strip_chars()
            ),
        ),
        (
            "asn",
            keys.filter(pl.col("key_kind") == "asn").with_columns(
                value=pl.col("key").str.strip_chars().str.to_uppercase().str.strip_prefix("AS")
            ),
        ),
        ("template", _template_probe(keys)),
    ]
    if secret is not None:
        for kind in ("payment", "email_domain"):
            sub = keys.filter(pl.col("key_kind") == kind)
            uniq = sub["key"].unique().to_list()
            hashes = pl.DataFrame(
                {"key": uniq, "value": [keyed_hash(secret, kind, k) for k in uniq]},
                schema={"key": pl.String, "value": pl.String},
            )
            probes.append((kind, sub.join(hashes, on="key")))
    parts = [
        probe.join(
            table.filter(pl.col("kind") == kind).select("value", "indicator_id", "confidence"),
            on="value",
        ).select(MATCH_SCHEMA.names())
        for kind, probe in probes
        if probe.height
    ]
    if not parts:
        return pl.DataFrame(schema=MATCH_SCHEMA)
    return (
        pl.concat(parts)
        .cast(MATCH_SCHEMA)
        .unique()
        .sort("account_id", "key_kind", "key", "indicator_id")
    )


__all__ = ["MATCH_SCHEMA", "Intel", "IntelIndicator", "intel_matches", "load_intel"]
