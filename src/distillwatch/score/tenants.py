"""Organisations that consume and replace their accounts: a hydra inside one tenant.

An org id says "one customer", and one customer's accounts sharing its cards and networks
is normal, so coordination counts only across organisations. An operator can open a
shell tenant and run its hydra inside it: the brief's replacement pattern ("a banned
account is replaced at once") then shows inside the org. A customer's accounts are its
people and services and live as long as it uses the API; a hydra's seats are created for
the job, worked for some days and dropped while the tenant goes on. Such a tenant does not
vouch for its accounts: each counts as its own organisation, and its used-up seats are
disposable (``score.campaign.disposable_accounts``).
"""

from __future__ import annotations

from typing import Final

import polars as pl

#: Accounts an organisation needs before its replacement pattern is read: over a handful,
#: a team's two departures are a large share.
TENANT_MIN_ACCOUNTS: Final = 10
#: A used-up seat was signed up at most this long before its first exchange (created for
#: the job: a shell tenant pre-creates its seats in waves, days to weeks before use), ...
SEAT_MAX_AGE_DAYS: Final = 30.0
#: ... or, with no sign-up time, was first seen at least this long after the logs open: a
#: gateway without an accounts table rotated a rubric farm's keys inside three education
#: workspaces (0.71-0.87 of their keys so; a world built outside the project); benign
#: organisations of ten or more accounts in ten worlds of five simulators measure at most
#: 0.39 so (0.14 outside that one world), against 0.36 by sign-up times ...
SEAT_LATE_DAYS: Final = 1.0
#: ... was active on at least this many days (worked, not a one-off job: an eval lab's
#: accounts each run one benchmark in minutes), ...
SEAT_MIN_DAYS: Final = 2
#: ... for at most this share of its organisation's active span, ...
SEAT_LIFE: Final = 0.5
#: ... and stopped at least this share of the span before the organisation's last exchange.
SEAT_GONE: Final = 0.1
#: Share of an organisation's accounts that are used-up seats at which it is a replacing
#: tenant. `gateway_d`'s 280-account shell tenant (seeds 1-7 of a world built outside the project)
#: measures 0.78-0.83; benign organisations of ten or more accounts in 58 worlds of six
#: simulators at most 0.36 (an eval lab's), and of five to nine at most 0.6.
TENANT_FIRES: Final = 0.6
#: Organisations active for less than this show no replacement.
TENANT_MIN_SPAN_DAYS: Final = 3.0


def active_span(by: str | None = None) -> pl.Expr:
    """Seconds from a group's first to its last exchange (an aggregation, or per row over
    the group ``by``)."""
    last, first = pl.col("last_seen").max(), pl.col("first_seen").min()
    if by is not None:
        last, first = last.over(by), first.over(by)
    return (last - first).dt.total_seconds()


def used_up(by: str, life: float, gone: float, used: float, max_age_days: float | None) -> pl.Expr:
    """Per account: worked (at least ``used`` exchanges), then dropped while its group ``by``
    went on: active for at most ``life`` of the group's span and stopped at least ``gone``
    of it before the group's last exchange, signed up at most ``max_age_days`` before its
    first exchange (None: any age). Null where the sign-up time is needed and unknown."""
    span = active_span(by)
    active = (pl.col("last_seen") - pl.col("first_seen")).dt.total_seconds()
    stopped = (pl.col("last_seen").max().over(by) - pl.col("last_seen")).dt.total_seconds()
    cond = (pl.col("n_events") >= used) & (active <= life * span) & (stopped >= gone * span)
    if max_age_days is not None:
        cond = cond & (pl.col("account_age_days") <= max_age_days)
    return cond


#: Prefix of an organisation named by the payment instrument (:func:`billing_orgs`).
BILLING_ORG: Final = "pay:"
#: E-mail domains one customer's accounts on its card come from: its own and a webmail or
#: two. Over the cards of five or more accounts in nine worlds of four simulators, benign
#: customers' spanned at most 3 (one agent platform's 14); a reseller's consolidated
#: billing spans a domain per customer (531 accounts, 531 domains in `gateway_g`).
CUSTOMER_DOMAINS: Final = 3


def billing_orgs(
    features: pl.DataFrame, keys: pl.DataFrame, trust: pl.DataFrame, fresh: float
) -> pl.DataFrame:
    """``features`` with ``org_id``, where the logs give none, set to the account's payment
    instrument (``BILLING_ORG`` + its ``payment`` key): the customer is whoever pays.

    Without org ids every account was its own organisation, so one customer's fleet on its
    card (a judge product's 60 accounts, an enterprise's batch accounts) read as strangers,
    and card sharing then had to be discounted for every group: on `gateway_d` seed 3 with
    its org ids removed, four of five campaigns (an operator's 280 accounts on 15 cards, 130
    on 26 prepaid cards...) were lost for it. By the card, one customer's fleet is one
    organisation, while an operator's cards are several organisations sharing proxies and
    sign-up bursts across them, which is what ``strangers`` and
    ``score.campaign.cross_org_assets`` already read. A card whose accounts sign up from
    more than ``CUSTOMER_DOMAINS`` e-mail domains pays for many customers (a reseller's or
    a marketplace's consolidated billing): there the organisation is the card and domain.
    Like an e-mail domain (``score.campaign.domain_orgs``), a card vouches only for
    established accounts: where its accounts' median ``f_trust`` (``trust``: account_id,
    f_trust) reaches ``fresh`` (the trust line's firing level), they are fresh, unverified
    sign-ups an operator made on its card, and each stays its own organisation.
    """
    pay = (
        keys.filter(pl.col("key_kind") == "payment")
        .group_by("account_id")
        .agg(pl.col("key").min().alias("_pay"))
    )
    if pay.is_empty():
        return features
    domain = (
        keys.filter(pl.col("key_kind") == "email_domain")
        .group_by("account_id")
        .agg(pl.col("key").min().alias("_dom"))
    )
    spread = pl.col("_dom").n_unique().over("_pay") > CUSTOMER_DOMAINS
    established = pl.col("f_trust").fill_null(0.0).median().over("_pay") < fresh
    billed = (
        pay.join(domain, on="account_id", how="left")
        .join(trust.select("account_id", "f_trust"), on="account_id", how="left")
        .filter(established)
        .select(
            "account_id",
            pl.when(spread)
            .then(BILLING_ORG + pl.col("_pay") + "/" + pl.col("_dom").fill_null(""))
            .otherwise(BILLING_ORG + pl.col("_pay"))
            .alias("_pay"),
        )
    )
    org = pl.col("org_id") if "org_id" in features.columns else pl.lit(None, pl.String)
    return (
        features.join(billed, on="account_id", how="left")
        .with_columns(pl.coalesce(org, pl.col("_pay")).alias("org_id"))
        .drop("_pay")
    )


def replacing_tenants(features: pl.DataFrame) -> pl.DataFrame:
    """``features`` with ``replaced_seat`` (a used-up seat of an organisation that replaces
    its accounts), ``tenant_org`` (that organisation's id, for each of its accounts) and,
    for every account of such an organisation, ``org_id`` set to the account itself.
    Unchanged but for a false ``replaced_seat`` and a null ``tenant_org`` where org ids,
    sign-up times or activity days are not in the data."""
    need = ("org_id", "first_seen", "last_seen", "n_events", "n_active_days", "account_age_days")
    if any(c not in features.columns for c in need) or features.is_empty():
        return features.with_columns(
            pl.lit(False).alias("replaced_seat"), pl.lit(None, pl.String).alias("tenant_org")
        )
    used = features["n_events"].median()
    span = active_span("org_id")
    # Created for the job: signed up shortly before use, or, where the sign-up time is not
    # known (no accounts table), first seen well after the logs open.
    opened = features["first_seen"].min()
    late = (pl.col("first_seen") - opened).dt.total_seconds() >= SEAT_LATE_DAYS * 86400
    new = (
        pl.when(pl.col("account_age_days").is_not_null())
        .then(pl.col("account_age_days") <= SEAT_MAX_AGE_DAYS)
        .otherwise(late)
    )
    seat = (
        used_up("org_id", SEAT_LIFE, SEAT_GONE, used, None)
        & new
        & (pl.col("n_active_days") >= SEAT_MIN_DAYS)
    ).fill_null(False)
    org = pl.col("org_id")
    tenant = (
        org.is_not_null()
        & (pl.len().over("org_id") >= TENANT_MIN_ACCOUNTS)
        & (span >= TENANT_MIN_SPAN_DAYS * 86400)
        & (pl.col("_seat").mean().over("org_id") >= TENANT_FIRES)
    )
    return (
        features.with_columns(seat.alias("_seat"))
        .with_columns(tenant.alias("_tenant"))
        .with_columns(
            (pl.col("_tenant") & pl.col("_seat")).alias("replaced_seat"),
            pl.when(pl.col("_tenant")).then(org).alias("tenant_org"),
            pl.when(pl.col("_tenant")).then(pl.col("account_id")).otherwise(org).alias("org_id"),
        )
        .drop("_seat", "_tenant")
    )


def tenant_members(membership: pl.DataFrame, features: pl.DataFrame) -> pl.DataFrame:
    """(community, tenant, tenant_orgs): the share of members in a replacing tenant and those
    tenants' org ids (most members first, comma-separated) for the reviewer."""
    schema = {"community": membership.schema["community"], "tenant": pl.Float64}
    if "tenant_org" not in features.columns or membership.is_empty():
        return pl.DataFrame(schema=schema | {"tenant_orgs": pl.String})
    joined = membership.join(features.select("account_id", "tenant_org"), on="account_id")
    names = (
        joined.filter(pl.col("tenant_org").is_not_null())
        .group_by("community", "tenant_org")
        .agg(pl.len().alias("n"))
        .sort(["n", "tenant_org"], descending=[True, False])
        .group_by("community", maintain_order=True)
        .agg(pl.col("tenant_org").head(5).str.join(", ").alias("tenant_orgs"))
    )
    return (
        joined.group_by("community")
        .agg(pl.col("tenant_org").is_not_null().mean().alias("tenant"))
        .join(names, on="community", how="left")
    )
