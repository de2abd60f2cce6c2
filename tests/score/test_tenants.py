"""Organisations that consume and replace their accounts (a hydra inside one tenant)."""

from __future__ import annotations

import polars as pl

from distillwatch.score.campaign import LINE_FIRES, disposable_accounts
from distillwatch.score.tenants import (
    BILLING_ORG,
    CUSTOMER_DOMAINS,
    billing_orgs,
    replacing_tenants,
)

from .lives import staggered

#: No trust strengths: every account counts as established (``billing_orgs``).
_TRUST = pl.DataFrame(schema={"account_id": pl.String, "f_trust": pl.Float64})
#: Median trust strength from which a card's accounts are fresh sign-ups.
_FRESH = LINE_FIRES["trust"]


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


def test_without_sign_up_times_a_seat_is_first_seen_after_the_logs_open() -> None:
    """With no accounts table, the shell's seats, first seen days into the logs, still read
    as created for the job; the lab's one-off accounts and the small team do not make a
    tenant. Without org ids there is no tenant at all."""
    blind = replacing_tenants(_world(shell_age=None))
    shell = blind.filter(pl.col("account_id").str.starts_with("shell-"))
    assert (shell["org_id"] == shell["account_id"]).all()
    assert shell["replaced_seat"].mean() >= 0.7  # all but those opened on the logs' first day
    others = blind.filter(~pl.col("account_id").str.starts_with("shell-"))
    assert not others["replaced_seat"].any()
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


def test_without_an_org_id_the_payer_is_the_organisation() -> None:
    """An org id stays; an account without one belongs to its card; with neither it stays
    unknown (each account its own organisation downstream)."""
    features = pl.DataFrame(
        {"account_id": ["a", "b", "c", "d"], "org_id": ["org-1", None, None, None]}
    )
    keys = pl.DataFrame(
        {
            "account_id": ["a", "b", "c", "b"],
            "key_kind": ["payment", "payment", "payment", "ip24"],
            "key": ["card-1", "card-1", "card-2", "1.2.3.0/24"],
        }
    )
    out = billing_orgs(features, keys, _TRUST, _FRESH).sort("account_id")
    # b shares card-1 with a (org-1 keeps its own id); c pays for itself; d has no card
    assert out["org_id"].to_list() == [
        "org-1",
        f"{BILLING_ORG}card-1",
        f"{BILLING_ORG}card-2",
        None,
    ]
    # logs without the org_id field at all: a and b are card-1's
    no_ids = billing_orgs(features.drop("org_id"), keys, _TRUST, _FRESH).sort("account_id")
    assert no_ids["org_id"].to_list() == [f"{BILLING_ORG}card-1"] * 2 + [
        f"{BILLING_ORG}card-2",
        None,
    ]
    # no accounts table: nothing to infer
    assert billing_orgs(
        features, keys.filter(pl.col("key_kind") != "payment"), _TRUST, _FRESH
    ).equals(features)


def test_a_card_paying_for_many_domains_customers_is_one_organisation_per_domain() -> None:
    """A reseller's consolidated billing pays for customers signing up from their own
    domains: each card-and-domain is an organisation. A customer's card over its own domain
    and a webmail stays one."""
    n = 2 * (CUSTOMER_DOMAINS + 1)  # two accounts of each of CUSTOMER_DOMAINS + 1 shops
    resold = [f"r{i}" for i in range(n)]
    fleet = [f"f{i}" for i in range(n)]
    rows = [(a, "payment", "reseller") for a in resold]
    rows += [(a, "email_domain", f"shop{i // 2}.com") for i, a in enumerate(resold)]
    rows += [(a, "payment", "acme-card") for a in fleet]
    rows += [(a, "email_domain", "acme.com" if i % 2 else "gmail.com") for i, a in enumerate(fleet)]
    keys = pl.DataFrame(rows, schema=["account_id", "key_kind", "key"], orient="row")
    out = billing_orgs(pl.DataFrame({"account_id": resold + fleet}), keys, _TRUST, _FRESH)
    orgs = dict(zip(out["account_id"], out["org_id"], strict=True))
    assert len({orgs[a] for a in resold}) == CUSTOMER_DOMAINS + 1
    assert orgs["r0"] == orgs["r1"] == f"{BILLING_ORG}reseller/shop0.com"
    assert {orgs[a] for a in fleet} == {f"{BILLING_ORG}acme-card"}


def test_a_card_vouches_only_for_established_accounts() -> None:
    """Fresh, unverified sign-ups an operator made on its card are no customer's fleet:
    each stays its own organisation; a customer's aged accounts on its card are one."""
    ids = ["h0", "h1", "h2", "c0", "c1", "c2"]
    keys = pl.DataFrame(
        {
            "account_id": ids,
            "key_kind": ["payment"] * 6,
            "key": ["vcard"] * 3 + ["acme"] * 3,
        }
    )
    trust = pl.DataFrame({"account_id": ids, "f_trust": [1.0, 1.0, 0.2, 0.0, 0.0, 0.9]})
    out = billing_orgs(pl.DataFrame({"account_id": ids}), keys, trust, _FRESH)
    orgs = dict(zip(out["account_id"], out["org_id"], strict=True))
    assert [orgs[a] for a in ids[:3]] == [None] * 3
    assert {orgs[a] for a in ids[3:]} == {f"{BILLING_ORG}acme"}
