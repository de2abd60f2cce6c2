"""Answering "what do we do with this account right now" from in-memory state.

``check`` is pure over a :class:`DecisionCache` (dict lookups and a cached IP-country
lookup, no I/O), which the service rebuilds from the database at start and swaps after
every re-scoring run, override and account upload. Order: per-model access rules, then
manual overrides, then allowlists, then the account's detection decision (``shadow``
mode answers allow and reports what it would have done).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from distillwatch.serve.geo import CountryLookup
from distillwatch.serve.policy import ModelRule, Policy


@dataclass(frozen=True, slots=True)
class Decision:
    """An account-level action in force (from a policy rule or an override)."""

    action: str
    reason: str
    evidence_id: str | None = None
    actor: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    expires_at: int | None = None


@dataclass(frozen=True, slots=True)
class Facts:
    """What the provider knows of an account (contract section 2) that access rules use."""

    verified: bool | None = None
    declared_country: str | None = None


@dataclass(slots=True)
class DecisionCache:
    """Everything /v1/check reads; replaced wholesale (dict swap) when the DB changes."""

    decisions: dict[str, Decision] = field(default_factory=dict)
    overrides: dict[str, Decision] = field(default_factory=dict)
    facts: dict[str, Facts] = field(default_factory=dict)
    orgs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The answer of /v1/check."""

    action: str
    reason: str
    evidence_id: str | None
    source: str
    mode: str
    params: dict[str, Any] = field(default_factory=dict)
    shadow_action: str | None = None
    audit: bool = False

    def to_json(self) -> dict[str, Any]:
        """Response body."""
        out: dict[str, Any] = {
            "action": self.action,
            "reason": self.reason,
            "evidence_id": self.evidence_id,
            "source": self.source,
            "mode": self.mode,
            **self.params,
        }
        if self.shadow_action is not None:
            out["shadow_action"] = self.shadow_action
        return out


def access_denial(
    rule: ModelRule, facts: Facts | None, ip: str | None, geo: CountryLookup
) -> str | None:
    """Why a per-model access rule refuses this request, or None when it passes."""
    model = rule.model
    if rule.require_verified and not (facts and facts.verified):
        return f"model {model} is for verified accounts only; the account has not passed identity verification"
    if rule.allowed_countries is None:
        return None
    allowed = ", ".join(sorted(rule.allowed_countries))
    if rule.check_declared_country:
        declared = facts.declared_country if facts else None
        if declared is None:
            return f"model {model} needs a declared country in [{allowed}]; the account has none on file"
        if declared.upper() not in rule.allowed_countries:
            return f"model {model} is not offered in the account's declared country {declared} (allowed: {allowed})"
    if rule.check_ip_country:
        country = geo.country(ip)
        if country is None:
            return f"model {model} needs a request IP located in [{allowed}]; the country of IP {ip!s} is unknown"
        if country not in rule.allowed_countries:
            return f"model {model} is not offered in {country}, the country of the request IP (allowed: {allowed})"
    return None


def check(
    policy: Policy,
    cache: DecisionCache,
    geo: CountryLookup,
    account_id: str,
    model: str,
    ip: str | None,
    now_us: int,
) -> Verdict:
    """The action for one request before it is served."""
    rule = policy.models.get(model)
    if rule is not None:
        denial = access_denial(rule, cache.facts.get(account_id), ip, geo)
        if denial is not None:
            if rule.enforce:
                return Verdict("deny", denial, None, f"access:{model}", "enforce", audit=True)
            return Verdict(
                "allow", denial, None, f"access:{model}", "shadow", shadow_action="deny", audit=True
            )
    override = cache.overrides.get(account_id)
    if override is not None and (override.expires_at is None or override.expires_at > now_us):
        return _routed(
            Verdict(
                override.action,
                override.reason,
                override.evidence_id,
                "override",
                "enforce",
                override.params,
            ),
            model,
        )
    org = cache.orgs.get(account_id)
    if account_id in policy.allow_accounts or (org is not None and org in policy.allow_orgs):
        return Verdict("allow", "allowlisted in the policy", None, "allowlist", policy.mode)
    decided = cache.decisions.get(account_id)
    if decided is None or decided.action == "allow":
        return Verdict("allow", "no action in force", None, "default", policy.mode)
    verdict = _routed(
        Verdict(
            decided.action,
            decided.reason,
            decided.evidence_id,
            "detection",
            policy.mode,
            decided.params,
        ),
        model,
    )
    if policy.mode == "shadow" and verdict.action != "allow":
        return Verdict(
            "allow",
            verdict.reason,
            verdict.evidence_id,
            "detection",
            "shadow",
            verdict.params,
            shadow_action=verdict.action,
        )
    return verdict


def _routed(verdict: Verdict, model: str) -> Verdict:
    """A route decision for a request already on the fallback model is an allow."""
    if verdict.action == "route" and verdict.params.get("route_to") == model:
        return Verdict(
            "allow",
            f"already on fallback model {model} ({verdict.reason})",
            verdict.evidence_id,
            verdict.source,
            verdict.mode,
        )
    return verdict
