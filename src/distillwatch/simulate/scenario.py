"""Scenario files (TOML or YAML): parse, fill defaults, validate with errors naming the key.

Every key is documented in ``simulate/README.md``; unknown keys are rejected so a typo in a
user's world file is caught instead of silently ignored.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from distillwatch.errors import UserError

PLAYBOOKS = (
    "cot_elicitation",
    "agentic_coding",
    "rubric_grading",
    "policy_rewrite",
    "instruction_generation",
)
BENIGN_KINDS = (
    "casual",
    "power_user",
    "developer_agentic",
    "enterprise_batch",
    "eval_lab",
    "agency",
    "community_template",
    "app_system_prompt",
    "tutoring_app",
    "llm_judge_product",
)
IP_STRATEGIES = ("datacenter", "residential_proxy", "per_request", "mixed")
TIMINGS = ("flat", "business", "diurnal")
UA_MODES = ("fixed", "rotate")
CREATIONS = ("burst", "gradual")


@dataclass(slots=True)
class ModelRelease:
    """A model and the day (relative to the world start, may be negative) it became available."""

    name: str
    released_day: float = -365.0
    tier: str = "flagship"  # flagship | mini: benign accounts prefer one tier


@dataclass(slots=True)
class Campaign:
    """One operator's hydra cluster: playbook plus evasion knobs (see README for each)."""

    name: str
    playbook: str
    accounts: int = 20
    events: int = 5000
    start_day: float = 0.0
    end_day: float | None = None
    ip_strategy: str = "datacenter"
    ip_prefixes: int = 4
    timing: str = "flat"
    timezone: float = 8.0
    user_agent: str = "fixed"
    decoy_share: float = 0.0
    template_diversity: float = 1.0
    filler_diversity: float = 1.0
    creation: str = "burst"
    payment_group: int = 3
    followup_share: float = 0.05
    replacement_share: float = 0.2
    pivot_share: float = 0.7
    pivot_hours: float = 12.0
    volume_sigma: float = 1.0
    verified_share: float = 0.35
    sync_share: float = 0.5
    sync_jitter_s: float = 20.0


@dataclass(slots=True)
class Scenario:
    """A whole world: time span, models, benign population and campaigns."""

    name: str
    days: float = 7.0
    start: str = "2026-04-22T00:00:00Z"
    data_dir: str | None = None
    n_fillers: int = 20000
    response_logged_share: float = 0.6
    server_error_rate: float = 0.004
    chunk_events: int = 500_000
    benign_accounts: int = 250
    benign_events: int = 15000
    benign_kinds: dict[str, float] = field(default_factory=dict)
    models: list[ModelRelease] = field(default_factory=list)
    campaigns: list[Campaign] = field(default_factory=list)
    source: str = ""

    @property
    def start_ms(self) -> int:
        """World start as epoch milliseconds (UTC)."""
        return int(
            datetime.fromisoformat(self.start.replace("Z", "+00:00")).astimezone(UTC).timestamp()
            * 1000
        )


DEFAULT_KINDS: dict[str, float] = {
    "casual": 0.58,
    "power_user": 0.1,
    "developer_agentic": 0.08,
    "enterprise_batch": 0.03,
    "eval_lab": 0.04,
    "agency": 0.03,
    "community_template": 0.06,
    "app_system_prompt": 0.03,
    "tutoring_app": 0.03,
    "llm_judge_product": 0.02,
}
DEFAULT_MODELS = [
    ModelRelease("vega-2", -400.0, "flagship"),
    ModelRelease("vega-2-mini", -250.0, "mini"),
    ModelRelease("vega-3", 3.5, "flagship"),
]


def _check_keys(where: str, raw: dict[str, Any], cls: type) -> None:
    allowed = {f.name for f in fields(cls)} - {"source"}
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise UserError(
            f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}"
        )


def _build(where: str, raw: dict[str, Any], cls: type) -> Any:
    _check_keys(where, raw, cls)
    try:
        return cls(**raw)
    except TypeError as err:
        raise UserError(f"{where}: {err}; see simulate/README.md for the keys") from err


def _range(where: str, key: str, value: float, lo: float, hi: float) -> None:
    if not isinstance(value, int | float) or not lo <= value <= hi:
        raise UserError(f"{where}: {key} = {value!r} must be a number in [{lo}, {hi}]")


def _choice(where: str, key: str, value: str, options: tuple[str, ...]) -> None:
    if value not in options:
        raise UserError(f"{where}: {key} = {value!r} must be one of {', '.join(options)}")


def parse_scenario(raw: dict[str, Any], source: str) -> Scenario:
    """Validate a parsed TOML/YAML mapping into a :class:`Scenario` (``UserError`` naming the key)."""
    if not isinstance(raw, dict):
        raise UserError(f"{source}: a scenario must be a mapping of keys, got {type(raw).__name__}")
    raw = dict(raw)
    models_raw = raw.pop("models", None)
    camps_raw = raw.pop("campaigns", [])
    benign = raw.pop("benign", {})
    if not isinstance(benign, dict):
        raise UserError(f"{source}: [benign] must be a table with accounts, events, kinds")
    _check_keys(f"{source} [benign]", {"benign_" + k: v for k, v in benign.items()}, Scenario)
    for key, value in benign.items():
        raw["benign_" + key] = value
    raw.setdefault("name", Path(source).stem)
    sc: Scenario = _build(source, raw, Scenario)
    sc.source = source
    sc.models = [
        _build(f"{source} [[models]] #{i + 1}", m, ModelRelease)
        for i, m in enumerate(models_raw or [])
    ] or [ModelRelease(m.name, m.released_day, m.tier) for m in DEFAULT_MODELS]
    sc.campaigns = [
        _build(f"{source} [[campaigns]] #{i + 1}", c, Campaign) for i, c in enumerate(camps_raw)
    ]
    _range(source, "days", sc.days, 0.05, 400)
    _range(source, "benign_accounts", sc.benign_accounts, 1, 50_000_000)
    _range(source, "benign_events", sc.benign_events, 1, 10_000_000_000)
    _range(source, "response_logged_share", sc.response_logged_share, 0, 1)
    _range(source, "server_error_rate", sc.server_error_rate, 0, 0.5)
    _range(source, "n_fillers", sc.n_fillers, 100, 2_000_000)
    _range(source, "chunk_events", sc.chunk_events, 1000, 50_000_000)
    try:
        sc.start_ms  # noqa: B018 - validates the timestamp
    except ValueError as err:
        raise UserError(f"{source}: start = {sc.start!r} is not an RFC 3339 time ({err})") from err
    kinds = dict(DEFAULT_KINDS) if not sc.benign_kinds else dict(sc.benign_kinds)
    for kind, share in kinds.items():
        _choice(f"{source} [benign.kinds]", "kind", kind, BENIGN_KINDS)
        _range(f"{source} [benign.kinds]", kind, share, 0, 1)
    if sum(kinds.values()) <= 0:
        raise UserError(f"{source} [benign.kinds]: shares must not all be zero")
    sc.benign_kinds = kinds
    names = [m.name for m in sc.models]
    if len(set(names)) != len(names):
        raise UserError(f"{source} [[models]]: model names must be unique ({names})")
    if not any(m.released_day <= 0 for m in sc.models):
        raise UserError(
            f"{source} [[models]]: at least one model must be released on or before day 0"
        )
    for m in sc.models:
        _choice(f"{source} [[models]] {m.name}", "tier", m.tier, ("flagship", "mini"))
    seen: set[str] = set()
    for c in sc.campaigns:
        where = f"{source} [[campaigns]] {c.name}"
        if c.name in seen or not c.name:
            raise UserError(f"{where}: campaign names must be unique and non-empty")
        seen.add(c.name)
        _choice(where, "playbook", c.playbook, PLAYBOOKS)
        _choice(where, "ip_strategy", c.ip_strategy, IP_STRATEGIES)
        _choice(where, "timing", c.timing, TIMINGS)
        _choice(where, "user_agent", c.user_agent, UA_MODES)
        _choice(where, "creation", c.creation, CREATIONS)
        _range(where, "accounts", c.accounts, 1, 10_000_000)
        _range(where, "events", c.events, 1, 10_000_000_000)
        for key in (
            "decoy_share",
            "followup_share",
            "replacement_share",
            "pivot_share",
            "verified_share",
            "sync_share",
        ):
            _range(where, key, getattr(c, key), 0, 1)
        for key in ("template_diversity", "filler_diversity"):
            _range(where, key, getattr(c, key), 0.0001, 1)
        _range(where, "payment_group", c.payment_group, 1, 1_000_000)
        _range(where, "ip_prefixes", c.ip_prefixes, 1, 100_000)
        _range(where, "timezone", c.timezone, -12, 14)
        _range(where, "pivot_hours", c.pivot_hours, 0, 24 * 60)
        _range(where, "volume_sigma", c.volume_sigma, 0, 3)
        _range(where, "sync_jitter_s", c.sync_jitter_s, 0, 86_400)
        end = sc.days if c.end_day is None else c.end_day
        _range(where, "start_day", c.start_day, 0, sc.days)
        if not c.start_day < end <= sc.days:
            raise UserError(
                f"{where}: need start_day < end_day <= days ({c.start_day}, {end}, {sc.days})"
            )
        c.end_day = float(end)
    return sc


def builtin_scenarios() -> list[str]:
    """Names of the scenarios that ship inside the package."""
    folder = resources.files("distillwatch.simulate").joinpath("scenarios")
    return sorted(
        p.name.rsplit(".", 1)[0]
        for p in folder.iterdir()
        if p.name.endswith((".toml", ".yaml", ".yml"))
    )


def load_scenario(spec: str | Path) -> Scenario:
    """Load a built-in scenario by name or a TOML/YAML file by path."""
    path = Path(spec)
    text: str
    # A file wins over a built-in name, a folder does not: `distillwatch demo --out demo`
    # leaves a ./demo folder, and `--scenario demo` must still mean the built-in one.
    if path.suffix.lower() in {".toml", ".yaml", ".yml"} or path.is_file():
        if not path.is_file():
            raise UserError(
                f"{path}: scenario file not found; give a path or one of {', '.join(builtin_scenarios())}"
            )
        text = path.read_text(encoding="utf-8")
        source = str(path)
        suffix = path.suffix.lower()
    else:
        folder = resources.files("distillwatch.simulate").joinpath("scenarios")
        candidate = folder.joinpath(f"{spec}.toml")
        if not candidate.is_file():
            raise UserError(
                f"unknown scenario {spec!r}; built-in ones: {', '.join(builtin_scenarios())}, or give a .toml/.yaml path"
            )
        text = candidate.read_text(encoding="utf-8")
        source = f"{spec}.toml"
        suffix = ".toml"
    try:
        raw = tomllib.loads(text) if suffix == ".toml" else yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as err:
        raise UserError(f"{source}: not valid {suffix[1:].upper()} ({err})") from err
    sc = parse_scenario(raw or {}, source)
    if sc.data_dir and not Path(sc.data_dir).is_absolute() and path.is_file():
        sc.data_dir = str((path.parent / sc.data_dir).resolve())
    return sc


def scale_scenario(sc: Scenario, scale: float = 1.0, days: float | None = None) -> Scenario:
    """A copy of ``sc`` with account and event counts times ``scale`` and, with ``days``, the
    world cut to that many days at the same daily volume (in-window releases and campaign
    windows move proportionally). For quick runs of big scenarios (``--scale``, ``--days``)."""
    if scale <= 0 or (days is not None and days <= 0):
        raise UserError(f"scale ({scale}) and days ({days}) must be positive")
    frac = 1.0 if days is None else min(1.0, days / sc.days)
    campaigns = [
        replace(
            c,
            accounts=max(1, round(c.accounts * scale)),
            events=max(1, round(c.events * scale * frac)),
            start_day=c.start_day * frac,
            end_day=(c.end_day or sc.days) * frac,
        )
        for c in sc.campaigns
    ]
    models = [
        replace(m, released_day=m.released_day * frac if m.released_day > 0 else m.released_day)
        for m in sc.models
    ]
    return replace(
        sc,
        days=sc.days * frac,
        benign_accounts=max(1, round(sc.benign_accounts * scale)),
        benign_events=max(1, round(sc.benign_events * scale * frac)),
        campaigns=campaigns,
        models=models,
    )
