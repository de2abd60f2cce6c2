"""The policy file (TOML): what to do with an account, and who may use which model.

``mode`` is ``shadow`` (decisions are recorded, /v1/check answers allow) or ``enforce``.
``[[rules]]`` are tried in order and the first whose conditions all hold decides an
account's action from its score, flag, campaign and evidence; ``[models."name"]``
holds per-model access rules checked on every request; ``[allowlist]`` names accounts
and organisations that detection never acts on. See ``examples/policy.toml``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import polars as pl

from distillwatch.errors import UserError

ACTIONS: Final = ("allow", "throttle", "challenge", "deny", "route")
MODES: Final = ("shadow", "enforce")
#: Strength of each action, to pick the strongest when several apply.
SEVERITY: Final = {"allow": 0, "throttle": 1, "route": 2, "challenge": 3, "deny": 4}

_RULE_KEYS: Final = {
    "name",
    "action",
    "rate_per_minute",
    "route_to",
    "min_score",
    "flagged",
    "in_campaign",
    "min_campaign_score",
    "min_campaign_accounts",
    "reasons_any",
}
_MODEL_KEYS: Final = {
    "require_verified",
    "allowed_countries",
    "check_ip_country",
    "check_declared_country",
    "enforce",
}


@dataclass(frozen=True, slots=True)
class Rule:
    """One detection rule: conditions (all must hold) and the action they lead to."""

    name: str
    action: str
    rate_per_minute: float | None = None
    route_to: str | None = None
    min_score: float | None = None
    flagged: bool | None = None
    in_campaign: bool | None = None
    min_campaign_score: float | None = None
    min_campaign_accounts: int | None = None
    reasons_any: tuple[str, ...] = ()

    def params(self) -> dict[str, Any]:
        """Action parameters a gateway needs (rate or fallback model)."""
        out: dict[str, Any] = {}
        if self.rate_per_minute is not None:
            out["rate_per_minute"] = self.rate_per_minute
        if self.route_to is not None:
            out["route_to"] = self.route_to
        return out

    def condition(self) -> pl.Expr:
        """Vectorised form over a scored-accounts frame (see :func:`decide_accounts`)."""
        cond = pl.lit(True)
        if self.min_score is not None:
            cond &= pl.col("score") >= self.min_score
        if self.flagged is not None:
            cond &= pl.col("flagged") == self.flagged
        if self.in_campaign is not None:
            cond &= pl.col("campaign_id").is_not_null() == self.in_campaign
        if self.min_campaign_score is not None:
            cond &= pl.col("campaign_score").fill_null(-1.0) >= self.min_campaign_score
        if self.min_campaign_accounts is not None:
            cond &= pl.col("campaign_accounts").fill_null(0) >= self.min_campaign_accounts
        if self.reasons_any:
            cond &= pl.col("reasons").list.eval(pl.element().is_in(self.reasons_any)).list.any()
        return cond.fill_null(False)


@dataclass(frozen=True, slots=True)
class ModelRule:
    """Who may use one model: verified accounts, declared and request-IP countries."""

    model: str
    require_verified: bool = False
    allowed_countries: frozenset[str] | None = None
    check_ip_country: bool = True
    check_declared_country: bool = True
    enforce: bool = True


@dataclass(frozen=True, slots=True)
class Policy:
    """A parsed policy file."""

    mode: str = "shadow"
    rules: tuple[Rule, ...] = ()
    models: dict[str, ModelRule] = field(default_factory=dict)
    allow_accounts: frozenset[str] = frozenset()
    allow_orgs: frozenset[str] = frozenset()
    source: str = "<default>"


def _fail(source: str, where: str, msg: str) -> UserError:
    return UserError(f"{source}: {where}: {msg}")


def _check_keys(source: str, where: str, table: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise _fail(source, where, f"unknown key(s) {unknown}; allowed: {sorted(allowed)}")


def _rule(source: str, i: int, raw: Any) -> Rule:
    where = f"[[rules]] #{i + 1}"
    if not isinstance(raw, dict):
        raise _fail(source, where, "must be a table")
    _check_keys(source, where, raw, _RULE_KEYS)
    action = raw.get("action")
    if action not in ACTIONS:
        raise _fail(source, where, f"action = {action!r}; use one of {', '.join(ACTIONS)}")
    if action == "route" and not isinstance(raw.get("route_to"), str):
        raise _fail(source, where, 'action "route" needs route_to = "<fallback model>"')
    if action == "throttle" and not isinstance(raw.get("rate_per_minute"), int | float):
        raise _fail(source, where, 'action "throttle" needs rate_per_minute = <number>')
    reasons = raw.get("reasons_any", [])
    if not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons):
        raise _fail(source, where, "reasons_any must be a list of signal names")
    try:
        return Rule(
            name=str(raw.get("name", f"rule-{i + 1}")),
            action=action,
            rate_per_minute=raw.get("rate_per_minute"),
            route_to=raw.get("route_to"),
            min_score=raw.get("min_score"),
            flagged=raw.get("flagged"),
            in_campaign=raw.get("in_campaign"),
            min_campaign_score=raw.get("min_campaign_score"),
            min_campaign_accounts=raw.get("min_campaign_accounts"),
            reasons_any=tuple(reasons),
        )
    except TypeError as err:
        raise _fail(source, where, str(err)) from err


def _model_rule(source: str, model: str, raw: Any) -> ModelRule:
    where = f'[models."{model}"]'
    if not isinstance(raw, dict):
        raise _fail(source, where, "must be a table")
    _check_keys(source, where, raw, _MODEL_KEYS)
    countries = raw.get("allowed_countries")
    if countries is not None and (
        not isinstance(countries, list)
        or not all(isinstance(c, str) and len(c) == 2 for c in countries)
    ):
        raise _fail(source, where, 'allowed_countries must be ISO alpha-2 codes, e.g. ["US", "GB"]')
    return ModelRule(
        model=model,
        require_verified=bool(raw.get("require_verified", False)),
        allowed_countries=None if countries is None else frozenset(c.upper() for c in countries),
        check_ip_country=bool(raw.get("check_ip_country", True)),
        check_declared_country=bool(raw.get("check_declared_country", True)),
        enforce=bool(raw.get("enforce", True)),
    )


def parse_policy(raw: dict[str, Any], source: str = "<policy>") -> Policy:
    """Validate a policy mapping (as TOML parses it); errors name the table and the fix."""
    _check_keys(source, "top level", raw, {"mode", "rules", "models", "allowlist"})
    mode = raw.get("mode", "shadow")
    if mode not in MODES:
        raise _fail(source, "mode", f"{mode!r}; use one of {', '.join(MODES)}")
    rules = raw.get("rules", [])
    if not isinstance(rules, list):
        raise _fail(source, "rules", "use [[rules]] tables")
    models = raw.get("models", {})
    allow = raw.get("allowlist", {})
    _check_keys(source, "[allowlist]", allow, {"accounts", "orgs"})
    return Policy(
        mode=mode,
        rules=tuple(_rule(source, i, r) for i, r in enumerate(rules)),
        models={m: _model_rule(source, m, r) for m, r in models.items()},
        allow_accounts=frozenset(allow.get("accounts", [])),
        allow_orgs=frozenset(allow.get("orgs", [])),
        source=source,
    )


def load_policy(path: Path | str | None) -> Policy:
    """Read and validate a policy TOML file (the default policy when None)."""
    if path is None:
        return Policy()
    p = Path(path)
    try:
        raw = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise UserError(f"{p}: policy file not found; see examples/policy.toml") from err
    except tomllib.TOMLDecodeError as err:
        raise UserError(f"{p}: not valid TOML ({err}); fix the syntax") from err
    return parse_policy(raw, str(p))


def decide_accounts(policy: Policy, scored: pl.DataFrame) -> pl.DataFrame:
    """Action of every scored account under the policy's rules, vectorised.

    ``scored`` has account_id, score, flagged, campaign_id, campaign_score,
    campaign_accounts, reasons (list[str]). Returns account_id, action, rule (null when no
    rule matched and the account is allowed).
    """
    action: Any = pl.lit("allow")
    rule: Any = pl.lit(None, pl.String)
    for r in reversed(policy.rules):
        action = pl.when(r.condition()).then(pl.lit(r.action)).otherwise(action)
        rule = pl.when(r.condition()).then(pl.lit(r.name)).otherwise(rule)
    return scored.select("account_id", action=action, rule=rule)
