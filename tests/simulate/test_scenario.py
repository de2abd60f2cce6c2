"""Scenario files: built-ins load, bad keys and values are rejected with the key named."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillwatch.errors import UserError
from distillwatch.simulate.scenario import (
    BENIGN_KINDS,
    PLAYBOOKS,
    builtin_scenarios,
    load_scenario,
    parse_scenario,
)


def test_builtins_load() -> None:
    names = builtin_scenarios()
    assert {"demo", "standard", "seed-scale"} <= set(names)
    for name in names:
        sc = load_scenario(name)
        assert sc.name == name
        assert sc.campaigns
    standard = load_scenario("standard")
    assert set(standard.benign_kinds) == set(BENIGN_KINDS)
    assert len(standard.campaigns) == 3


def test_a_folder_named_like_a_builtin_does_not_hide_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`distillwatch demo --out demo` leaves ./demo; `--scenario demo` is still the built-in."""
    (tmp_path / "demo").mkdir()
    monkeypatch.chdir(tmp_path)
    assert load_scenario("demo").name == "demo"


def test_yaml_scenario(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(
        "days: 2\nbenign:\n  accounts: 10\n  events: 100\ncampaigns:\n  - name: c\n    playbook: rubric_grading\n"
    )
    sc = load_scenario(path)
    assert sc.name == "w" and sc.days == 2 and sc.campaigns[0].end_day == 2


@pytest.mark.parametrize(
    ("raw", "needle"),
    [
        ({"dayz": 3}, "dayz"),
        ({"campaigns": [{"name": "x", "playbook": "nope"}]}, "playbook"),
        (
            {"campaigns": [{"name": "x", "playbook": "policy_rewrite", "ip_strategy": "tor"}]},
            "ip_strategy",
        ),
        (
            {"campaigns": [{"name": "x", "playbook": "policy_rewrite", "decoy_share": 2}]},
            "decoy_share",
        ),
        ({"benign": {"kinds": {"robots": 1.0}}}, "robots"),
        ({"benign": {"acounts": 3}}, "acounts"),
        ({"start": "yesterday"}, "start"),
        ({"models": [{"name": "a", "released_day": 5}]}, "released on or before day 0"),
    ],
)
def test_bad_scenarios_name_the_key(raw: dict, needle: str) -> None:
    with pytest.raises(UserError, match=needle):
        parse_scenario(raw, "x.toml")


def test_missing_file_and_unknown_name(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not found"):
        load_scenario(tmp_path / "missing.toml")
    with pytest.raises(UserError, match="unknown scenario"):
        load_scenario("no-such-world")
    bad = tmp_path / "bad.toml"
    bad.write_text("days = [")
    with pytest.raises(UserError, match=r"bad\.toml"):
        load_scenario(bad)


@settings(max_examples=60, deadline=None)
@given(
    playbook=st.sampled_from(PLAYBOOKS),
    decoy=st.floats(-1, 2, allow_nan=False),
    accounts=st.integers(-5, 50),
    start_day=st.floats(-2, 12, allow_nan=False),
)
def test_campaign_validation_accepts_exactly_the_valid_range(
    playbook: str, decoy: float, accounts: int, start_day: float
) -> None:
    raw = {
        "days": 10,
        "campaigns": [
            {
                "name": "c",
                "playbook": playbook,
                "decoy_share": decoy,
                "accounts": accounts,
                "start_day": start_day,
            }
        ],
    }
    valid = 0 <= decoy <= 1 and accounts >= 1 and 0 <= start_day < 10
    if valid:
        assert parse_scenario(raw, "x.toml").campaigns[0].decoy_share == decoy
    else:
        with pytest.raises(UserError):
            parse_scenario(raw, "x.toml")


def test_scale_scenario_keeps_daily_volume() -> None:
    from distillwatch.simulate.scenario import scale_scenario

    full = load_scenario("seed-scale")
    small = scale_scenario(full, 0.01, days=9)
    assert small.days == 9
    assert small.benign_accounts == round(full.benign_accounts * 0.01)
    assert small.benign_events == round(full.benign_events * 0.01 * 9 / full.days)
    release = next(m for m in small.models if m.released_day > 0)
    assert release.released_day == pytest.approx(20 * 9 / 45)
    assert all(c.end_day <= 9 for c in small.campaigns)
    with pytest.raises(UserError):
        scale_scenario(full, 0)


def test_sharegpt_cache_is_built_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from distillwatch.simulate import corpus

    monkeypatch.setenv("DISTILLWATCH_CACHE", str(tmp_path))
    first = corpus.sharegpt_turns()
    assert list(tmp_path.glob("sharegpt-*.parquet"))
    assert first.height > 50_000 and first["conv"].n_unique() > 9_000
    assert first.equals(corpus.sharegpt_turns())
