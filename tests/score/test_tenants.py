"""Organisations that consume and replace their accounts (a hydra inside one tenant)."""

from __future__ import annotations

import polars as pl

from distillwatch.score.campaign import disposable_accounts
from distillwatch.score.tenants import replacing_tenants

from .lives import staggered


def _org(
    org: str | None,
    n: int,
    *,
    life_h: float,
    stagger_h: float,
    age_days: float | None,
    events: int = 100,
    prefix: str | None = None,
) -> list[dict]:
    """``n`` accounts of ``org``, each active ``life_h`` hours (a day each), starting
    ``stagger_h`` apart, created ``age_days`` before first use."""
    return staggered(
        f"{prefix or org}-",
        n,
        life_h=life_h,
        stagger_h=stagger_h,
        age_days=age_days,
        events=events,
        org_id=org,
        n_active_days=max(1, int(life_h // 24) + 1),
    )


def _world(shell_age: float | None = 3.0) -> pl.DataFrame:
    rows = (
        # seats created days before use, worked ~5 days, dropped while the tenant goes on
        _org("shell", 40, life_h=120, stagger_h=10, age_days=shell_age)
        # one org's staff, as long as the window
        + _org("staff", 40, life_h=400, stagger_h=1, age_days=300)
        # an eval lab: each account runs one benchmark in minutes
        + _org("lab", 40, life_h=0.2, stagger_h=10, age_days=shell_age)
        # old accounts with the shell's rhythm: a customer's projects, not fresh seats
        + _org("projects", 40, life_h=120, stagger_h=10, age_days=400)
        # too few accounts to read a pattern
        + _org("team", 6, life_h=120, stagger_h=60, age_days=shell_age)
        + _org(None, 200, life_h=300, stagger_h=0, age_days=300, events=10, prefix="user")
    )
    return pl.DataFrame(rows, schema_overrides={"account_age_days": pl.Float64})


def test_a_tenant_replacing_its_seats_vouches_for_none() -> None:
    out = replacing_tenants(_world())
    shell = out.filter(pl.col("account_id").str.starts_with("shell-"))
    # every account of the shell tenant is its own organisation; most are used-up seats
    assert (shell["org_id"] == shell["account_id"]).all()
    assert shell["replaced_seat"].mean() >= 0.8
    others = out.filter(~pl.col("account_id").str.starts_with("shell-"))
    assert not others["replaced_seat"].any()
    before = _world().filter(~pl.col("account_id").str.starts_with("shell-"))
    assert others["org_id"].to_list() == before["org_id"].to_list()


def test_no_tenant_without_sign_up_times_or_org_ids() -> None:
    blind = replacing_tenants(_world(shell_age=None))
    assert not blind["replaced_seat"].any()
    assert blind["org_id"].to_list() == _world(shell_age=None)["org_id"].to_list()
    no_orgs = replacing_tenants(_world().drop("org_id"))
    assert not no_orgs["replaced_seat"].any()


def test_used_up_seats_are_disposable() -> None:
    """The shell's seats were created days before use, so only the tenant rule makes them
    disposable (a hydra's replacement inside one org)."""
    features = replacing_tenants(_world())
    members = features.filter(pl.col("account_id").str.starts_with("shell-")).select(
        "account_id", pl.lit(1).alias("community")
    )
    with_seats = disposable_accounts(members, features)["disposable"][0]
    without = disposable_accounts(members, features.drop("replaced_seat"))["disposable"][0]
    assert with_seats >= 0.8 and without == 0.0
