"""Campaign-level score: a community is a distillation campaign only when independent lines
of evidence converge — coordination across accounts AND extraction-like content AND
behaviour or trust anomalies. Any one line alone (a shared office IP, a popular template,
a heavy batch pipeline) is what hard negatives look like.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import numpy as np
import polars as pl
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from distillwatch.features.releases import MIN_WINDOW_EVENTS
from distillwatch.link.keys import WEAK_KINDS, independent_kind, similarity_key
from distillwatch.score.account import Baseline, available_families
from distillwatch.score.pooled import pooled_families
from distillwatch.score.tenants import BILLING_ORG, active_span, tenant_members, used_up

#: Core members have at least this share of the group's upper-quartile suspicion ...
CORE_FRACTION: Final = 0.5
#: ... and hold a group-exclusive key held by at least this share of the group (but never
#: more than ``CORE_KEY_MAX`` accounts: a large hydra spreads over a pool of many keys).
CORE_KEY_SHARE: Final = 0.2
CORE_KEY_MAX: Final = 5
#: A key ties a member only from this weight (``link.graph.key_weights``): a generic
#: system prompt or SDK user agent that Leiden happened to gather into one big community
#: is "exclusive" to it, yet held mostly by benign-looking accounts across the population.
MIN_TIE_WEIGHT: Final = 0.1
#: ... and is not mostly one organisation's: an eval lab's 13 accounts signed up in one
#: hour with one stranger beside them share an org's asset, not an operator's.
MAX_ORG_SHARE: Final = 0.5
#: ... or share private keys of this many independent kinds with strongly tied members.
CLOSURE_KINDS: Final = 2
#: Weak key kinds (``link.keys.WEAK_KINDS``) make a member core but never join two parts
#: of a core (:func:`split_by_ties`). A power user with a university address six members
#: of a hydra also used rode it into that hydra (held-out seed 903).
#: Communities smaller than this are not campaigns (a campaign is *many* accounts).
MIN_CAMPAIGN_ACCOUNTS: Final = 5
#: A shared key counts for coordination when this share of its holders are in the group.
MIN_EXCLUSIVITY: Final = 0.6
#: Line strength at which a line of evidence "fires" (default 0.5). Trust is the mean of
#: fresh and unverified, so it fires only when both lean that way. Coordination is
#: 1 - prod(1 - coverage) over channels: a hydra on residential proxies whose /24s tie a
#: third of it and whose sign-up bursts a fifth scores 0.47 (tuning seed 103); no
#: benign-majority community passing the other gates scored between 0.45 and 0.5 on the
#: 20 tuning worlds (the one above scored 0.73).
LINE_FIRES: Final[dict[str, float]] = {"trust": 0.6, "coordination": 0.45}
#: Pivot strength at which it alone says "who" (pooled z 6.75): an operator moving its
#: queue to a new model scores 1.0; developers trying one together reached 0.53 (tuning
#: seed 112, a 47-account group that converged on that and narrow targeting). A moderate
#: pivot still supports a group whose content already says what it harvests.
WHO_PIVOT: Final = 0.75
#: ... and only for a group that shares an operator's asset besides text (these channels
#: fire, or a partner's indicators do). Every user of one coding-agent client sends its
#: system prompt and user agent and tries a new model early: in a world built outside the
#: project, 136 such developers (distinct orgs, home networks, own cards) pivoted at 0.79
#: and converged on that, their client's prompt and coding focus.
ASSET_CHANNELS: Final = ("coord_infrastructure", "coord_payment", "coord_signup", "coord_email")
#: Assets whose sharing across organisations keeps a group from being tied by text alone
#: (:func:`campaign_scores`): an organisation's own ones (``ORG_ASSET_KINDS``) and its
#: e-mail domain.
TEXT_ASSET_KINDS: Final = ("ip24", "ip48", "sync", "payment", "signup_burst", "email_domain")
#: The channels of assets tied to the accounts themselves rather than to the network they
#: call from (what narrow focus needs beside it where org ids are not logged).
ACCOUNT_ASSETS: Final = ("coord_payment", "coord_signup", "coord_email")
#: Trust line under which card sharers without org ids are taken for one customer's
#: established team, whose move to a new model together says nothing of an operator.
TEAM_TRUST: Final = 0.25
#: Supporting lines, of which ``MIN_SUPPORT`` must fire besides coordination.
SUPPORT_LINES: Final = ("content", "templating", "behaviour", "trust", "pivot")
MIN_SUPPORT: Final = 2
#: A group none of whose non-text channels (network, card, sign-up, e-mail, partner
#: indicators) reaches this coverage is tied by text alone (see ``campaign_scores``).
TEXT_ONLY_BELOW: Final = 0.1
#: A supporting line short of its firing level still counts in part: nothing at this share
#: of the level, rising linearly to one whole line at it (:func:`support_credit`). Counting
#: only lines that fire made a quantisation step decisive: on tuning world `evasive` 1 an
#: instruction-harvesting group of 107 strangers (coordination 0.82, extraction content
#: 1.0) with behaviour 0.498 and trust 0.5 was dropped, while a CoT group with behaviour
#: 0.5 and trust 0 converged.
PARTIAL_SUPPORT: Final = 0.5
#: Supporting lines some inputs cannot show, by the account family that measures them: trust
#: needs the accounts table's sign-up time or verification. A line the data cannot show
#: lowers ``MIN_SUPPORT`` by one (never below 1) rather than counting as evidence against:
#: without an accounts table, the rubric-grading campaign of tuning world 3 (coordination
#: 0.71, extraction content 1.0) and the whole grading campaign of world 1 were lost.
#: (Pivot, which needs a model release inside the window, was tried too: on 13 tuning
#: worlds with the release renamed away it changed nothing.)
MEASURED_BY: Final[dict[str, str]] = {"trust": "trust"}
#: What an input needs for each of those lines (the reviewer's evidence says it).
MEASURED_FROM: Final[dict[str, str]] = {
    "trust": "the accounts table's created_at or verified",
}
#: ... but only for groups most of whose accounts carry an ``org_id`` (``org_known``): the
#: strangers gate is what still tells one customer's fleet from an operator's hydra.
ORG_KNOWN: Final = 0.5
#: The second route to convergence: accounts of at least ``MIN_STRANGERS`` distinct
#: organisations share payment instruments AND one of these channels.
INDEPENDENT_CHANNELS: Final = (
    "coord_infrastructure",
    "coord_signup",
    "coord_email",
    "coord_template",
)
MIN_STRANGERS: Final = 0.8
#: Extraction content says "who" only for a group whose members' median ``repeat_share``
#: (the share of an account's sampled prompts that other accounts sent too) is under this:
#: a harvest collects answers to new tasks, while a class's homework or a lab's benchmark
#: is the same questions asked by many accounts. A university class asking for worked
#: solutions (fresh sign-ups on a campus network, one homework template; 0.97) converged
#: as a CoT campaign in an outside world. Over all their opening prompts, campaigns measure
#: 0.12-0.66 in four simulators, eval labs and judge products 0.9-1.0; on the 12-prompt
#: samples the gate reads, that world's campaigns 0-0.42 and the class 1.0.
REPEAT_MAX: Final = 0.85
#: ... and a community whose median member reads this or more is not "mostly not" asking
#: what others ask: :func:`harvest_members` then keeps its repeating members.
REPEAT_GROUP: Final = 0.5


#: Disposable accounts, the hydra's replacement pattern (the brief: "a banned account is
#: replaced at once"): a member created at most ``DISPOSABLE_FRESH_DAYS`` before its first
#: exchange, used at least as much as the population's median account, active for at most
#: ``DISPOSABLE_LIFE`` of the group's span and gone at least ``DISPOSABLE_GONE`` of it before
#: the group's last exchange (it stopped; the group went on). Measured only for groups
#: active ``DISPOSABLE_MIN_SPAN_DAYS`` or more: replacement shows over days.
DISPOSABLE_FRESH_DAYS: Final = 1.0
DISPOSABLE_LIFE: Final = 0.25
DISPOSABLE_GONE: Final = 0.1
DISPOSABLE_MIN_SPAN_DAYS: Final = 3.0
#: Share of a group's members that are disposable at which it says "who". Over 17 worlds
#: of six simulators, rotating hydras measure 0.72-0.80; no benign group of five or more
#: accounts measures over 0.17 (trial sign-ups are fresh and short-lived but barely used;
#: without the freshness condition an eval shop's and a batch customer's accounts, used
#: for one job each, reach 0.5-0.64).
DISPOSABLE_FIRES: Final = 0.5


def harvest_members(membership: pl.DataFrame, features: pl.DataFrame) -> pl.DataFrame:
    """Membership without the accounts that mostly ask what other accounts ask
    (``repeat_share`` at least ``REPEAT_MAX``) in a community whose members mostly do not:
    such an account's extraction-like prompts are homework or a benchmark, not the group's
    harvest. Two students of a class asking for worked solutions rode a CoT hydra that
    shared their home ISPs' /24s (repeat share 1.0 against the hydra's 0.0, in a world built
    outside the project); of ~1,700 campaign accounts in three worlds one reads >= 0.85.
    A community whose median member repeats ``REPEAT_GROUP`` or more asks alike as a whole
    and is judged whole (the group gate, ``REPEAT_MAX``, decides): an agentic harvest's
    accounts share their task scaffolds (median 0.75 in a world built outside the
    project), and cutting its members at 0.85 lost 15 of 35."""
    if "repeat_share" not in features.columns or membership.is_empty():
        return membership
    share = pl.col("repeat_share").cast(pl.Float64).fill_null(0.0)
    return (
        membership.join(features.select("account_id", "repeat_share"), on="account_id", how="left")
        .filter((share < REPEAT_MAX) | (share.median().over("community") >= REPEAT_GROUP))
        .select(membership.columns)
    )


#: z-score range over which the pooled pivot excess maps to 0..1 (as the account signal).
PIVOT_Z: Final = (3.0, 8.0)
#: Members measured in a release window (``MIN_WINDOW_EVENTS`` there) for a pivot line: a
#: share pooled over fewer is one or two heavy accounts' choice, e.g. an app upgrading.
PIVOT_MIN_ACCOUNTS: Final = 5
#: Campaign-level lines of evidence, in report order.
LINES: Final = ("coordination", "content", "templating", "behaviour", "trust", "pivot")
#: Weights of the campaign score (documented in docs/DETECTION.md).
CAMPAIGN_WEIGHTS: Final = {
    "coordination": 0.3,
    "content": 0.3,
    "behaviour": 0.1,
    "templating": 0.05,
    "trust": 0.15,
    "pivot": 0.1,
}
#: Multiplier of the topic/style likeness channel (group-exclusive profile stars). Far
#: under ``LINE_FIRES["coordination"]`` even at full coverage, so likeness alone never
#: makes a group coordinated; it tops up shared assets. A hydra fed from one task queue
#: is alike in what it asks even when its proxies are shared with homes and its cards are
#: its own: the rewrite campaign of tuning worlds `evasive` 1 and 11 (coordination 0.41 /
#: 0.34, its profile stars all group-exclusive) was lost. No benign group of the 32
#: tuning replays changes its verdict at 0.2, 0.3 or 0.5; at 0.3 small splinters of the
#: ghost campaign (7, 36 accounts, mostly alike) converged as campaigns of their own
#: instead of joining it as look-alikes and kin (world 109: Jaccard 0.91 -> 0.76).
LIKENESS_COORD: Final = 0.2
#: Coordination lines: which key kinds feed each, with a multiplier for weak kinds.
COORD_LINES: Final[dict[str, dict[str, float]]] = {
    "coord_infrastructure": {"ip24": 1.0, "ip48": 1.0, "sync": 1.0, "user_agent": 0.4},
    "coord_payment": {"payment": 1.0},
    "coord_signup": {"signup_burst": 1.0},
    "coord_email": {"email_domain": 0.6},
    "coord_template": {"template": 1.0, "system_prompt": 1.0},
    "coord_intel": {"intel": 1.0},
    "coord_profile": {"profile": LIKENESS_COORD},
}


def content_line() -> pl.Expr:
    """What is asked: extraction content, or narrow targeting of one capability."""
    return pl.max_horizontal(pl.col("f_extraction"), pl.col("f_targeting"))


#: Per-account capability shares (``features.content_agg``; "other" aside): the capability
#: a member is narrow on is the largest of these.
CAPABILITY_SHARES: Final = (
    "cap_reasoning_share",
    "cap_coding_share",
    "cap_agentic_share",
    "cap_structured_share",
)


def shared_focus(caps: list[str]) -> pl.Expr:
    """Each member's ``f_targeting``, kept only where its top capability is the group's most
    common one (``community`` windows; members without content keep theirs). A harvest is
    narrow on one capability across its accounts; 32 startups' accounts sharing their cloud
    ranges, each narrow on its own product (support RAG, ID extraction, a logistics agent),
    converged as one narrow harvest in a world built outside the project (group mix:
    reasoning 0.31, structured 0.32, agentic 0.14)."""
    if not caps:
        return pl.col("f_targeting")
    top = pl.concat_list(*[pl.col(c).fill_null(0.0) for c in caps]).list.arg_max()
    some = pl.max_horizontal(*[pl.col(c).fill_null(0.0) for c in caps]) > 0
    top = pl.when(some).then(top)
    held = pl.len().over("community", top)
    common = held == held.filter(top.is_not_null()).max().over("community")
    return (pl.when(top.is_null() | common).then(pl.col("f_targeting")).otherwise(0.0)).alias(
        "f_targeting"
    )


def behaviour_line(prefix: str = "f_") -> pl.Expr:
    """How it is asked: mean of the two strongest of volume, timing and token economics."""
    fams = [pl.col(f"{prefix}{f}") for f in ("volume", "timing", "tokens", "network")]
    return pl.concat_list(fams).list.sort(descending=True).list.head(2).list.mean()


#: Share of a group's members on candidate domains (:func:`domain_orgs`) sharing an asset
#: across domains at which its domains are an operator's, for every member of a domain any
#: of whose members shares. A slow instruction harvest on nine vanity domains, its
#: accounts on sticky proxy exits shared across them, measured 0.48 (0.17-0.5 per domain),
#: so the accounts that shared nothing still read as nine organisations and the group
#: missed the strangers gate (recall 1.0 -> 0 on four seeds of a world built outside the
#: project); a moderation vendor's customers on four domains, two of whose accounts
#: shared one /24, measured 0.14.
DOMAIN_CROSSING: Final = 0.25
#: Shared assets an organisation's e-mail domain can explain (:func:`domain_orgs`): its
#: office or campus network, its card, its onboarding day.
ORG_ASSET_KINDS: Final = ("ip24", "ip48", "sync", "payment", "signup_burst")


def shared_across_orgs(held: pl.DataFrame, org: str) -> pl.DataFrame:
    """Rows of ``held`` (holdings with ``community`` and an organisation column ``org``) whose
    key is mostly held inside its group (``MIN_EXCLUSIVITY``) by several organisations,
    none holding more than ``MAX_ORG_SHARE`` of it there; with ``n_in`` (group holders).
    What ties strangers (:func:`core_members`) and counts as coordination across
    organisations (:func:`cross_org_assets`)."""
    # windows run over an integer key id (a row of ``weights``): hashing two strings per
    # row for every window was most of this step on large graphs
    by_key = ("community", "kid")
    n_in = pl.len().over(*by_key)
    return held.with_columns(
        n_in.alias("n_in"),
        pl.col(org).n_unique().over(*by_key).alias("n_orgs"),
        pl.len().over(*by_key, org).alias("org_n"),
    ).filter(
        (pl.col("n_orgs") >= 2)
        & (pl.col("org_n").max().over(*by_key) <= MAX_ORG_SHARE * n_in)
        & (pl.col("n_in") / pl.col("df") >= MIN_EXCLUSIVITY)
    )


def domain_orgs(
    holdings: pl.DataFrame, membership: pl.DataFrame, families: pl.DataFrame
) -> pl.DataFrame:
    """(account_id, community, domain_org): the e-mail domain as organisation of its members
    in a group that share no asset inside the group (``ORG_ASSET_KINDS``) with another
    domain's member (none of its members, where such sharing is pervasive:
    ``DOMAIN_CROSSING``), when the group holds that domain mostly (``MIN_EXCLUSIVITY``)
    and its members there are established accounts (median ``f_trust`` under the trust
    line's firing level): a domain vouches for its accounts the way a university's or a
    company's does, not a throwaway domain an operator signed up a burst of fresh accounts
    on. Members sharing no asset at all count too: judge labs, each on its own domain with
    its own cards and home networks, joined only by the public judge prompts, read as 23
    strangers harvesting grades (a world built outside the project).

    A researcher's org id is a personal one (without org ids, the account itself), so
    researchers of fifteen universities, each lab on its campus NAT and domain, joined by
    their community's prompts, read as 99 strangers (a world built outside the project;
    91-105 flagged per seed). An operator shares its proxies and cards across its
    accounts' domains: in 21 campaigns of eight worlds, at most 4% of a campaign's
    accounts share assets only within their domain. A webmail domain is mostly held
    outside any group, so it is never an organisation here.
    """
    empty = pl.DataFrame(
        schema={"account_id": pl.String, "community": pl.Int64, "domain_org": pl.String}
    )
    held = holdings.join(membership, on="account_id")
    emails = held.filter(pl.col("key_kind") == "email_domain")
    domain = (
        emails.join(families.select("account_id", "f_trust"), on="account_id", how="left")
        .filter(
            (pl.len().over("community", "kid") / pl.col("df") >= MIN_EXCLUSIVITY)
            & (
                pl.col("f_trust").fill_null(0.0).median().over("community", "kid")
                < LINE_FIRES["trust"]
            )
        )
        .select("account_id", "community", pl.col("key").alias("domain"))
    )
    if domain.is_empty():
        return empty.cast({"community": membership.schema["community"]})
    tied = (
        held.filter(pl.col("key_kind").is_in(ORG_ASSET_KINDS))
        .join(
            emails.select("account_id", "community", pl.col("key").alias("any_domain")),
            on=["account_id", "community"],
            how="left",
        )
        .filter(pl.len().over("community", "kid") >= 2)
        .with_columns(pl.col("any_domain").n_unique().over("community", "kid").alias("domains"))
        .group_by("account_id", "community")
        .agg((pl.col("domains") >= 2).any().alias("across"))
    )
    across = (
        domain.join(tied, on=["account_id", "community"], how="left")
        .with_columns(pl.col("across").fill_null(False))
        .with_columns(
            (pl.col("across").mean().over("community") >= DOMAIN_CROSSING).alias("pervasive")
        )
    )
    # Where sharing across domains is pervasive, a domain any of whose members shares is
    # the operator's for all of them (see ``DOMAIN_CROSSING``); elsewhere only the members
    # that share leave their domain.
    crossed = (
        across.filter(pl.col("across") & pl.col("pervasive")).select("community", "domain").unique()
    )
    return (
        across.filter(~pl.col("across"))
        .join(crossed, on=["community", "domain"], how="anti")
        .select("account_id", "community", pl.col("domain").alias("domain_org"))
    )


def member_orgs(
    membership: pl.DataFrame, features: pl.DataFrame, domains: pl.DataFrame | None = None
) -> pl.DataFrame:
    """(account_id, community, org): each member's organisation — its e-mail domain where
    :func:`domain_orgs` names one (``domains``), else its org id, else the account itself."""
    org_ids = features.select(
        "account_id",
        (pl.col("org_id") if "org_id" in features.columns else pl.lit(None, pl.String)).alias(
            "org_id"
        ),
    )
    joined = membership.join(org_ids, on="account_id", how="left")
    if domains is not None:
        joined = joined.join(domains, on=["account_id", "community"], how="left")
    return joined.select(
        "account_id",
        "community",
        pl.coalesce(*(["domain_org"] if domains is not None else []), "org_id", "account_id").alias(
            "org"
        ),
    )


def cross_org_assets(
    holdings: pl.DataFrame, orgs: pl.DataFrame, kinds: tuple[str, ...] = ORG_ASSET_KINDS
) -> pl.DataFrame:
    """(community, crossing): share of members holding a group-exclusive shared asset
    (``kinds``) that several organisations hold, none of them more than ``MAX_ORG_SHARE``
    of it (``orgs``: :func:`member_orgs`).

    Distinct organisations per account tells a hydra of one-account orgs from one
    customer's fleet, but fake startups on a credit programme have several accounts
    each: 30 such orgs of ~3 accounts on 4 cards and one proxy pool, and three
    'startup programme' orgs of 18 on one pool of cloud IPs (two worlds built outside
    the project) read 0.34 and 0.06. They share their assets *across* orgs (1.0 here);
    the benign groups of few orgs in six worlds (enterprise batch fleets, judge and eval
    companies, labelling vendors, end users of one startup) at most 0.2: one
    organisation's accounts share its own office and card.
    """
    return (
        holdings.filter(pl.col("key_kind").is_in(kinds))
        .join(orgs, on="account_id")
        .pipe(shared_across_orgs, "org")
        .group_by("community")
        .agg(pl.col("account_id").n_unique().alias("crossing"))
        .join(orgs.group_by("community").agg(pl.len().alias("size")), on="community")
        .select("community", (pl.col("crossing") / pl.col("size")).alias("crossing"))
    )


def isolated_orgs(holdings: pl.DataFrame, orgs: pl.DataFrame) -> pl.DataFrame:
    """(account_id, community) of members whose organisation has several members in the
    group and shares none of the group's assets (``ORG_ASSET_KINDS``) with another
    organisation there: a customer's own fleet that Leiden joined to a campaign by likeness
    alone. An eval shop's six accounts (three org ids, their own cards and egress) grading
    like a rubric harvest of fake startups sat in its group in a world built outside the
    project; the harvest's orgs share their cards and proxies across them. ``orgs``:
    :func:`member_orgs` by org ids only: an e-mail domain is an organisation only where
    its members' assets stay inside it, so a fleet by domain shares nothing across by
    construction (a harvest on nine vanity domains lost two members that way).
    """
    sharing = (
        holdings.filter(pl.col("key_kind").is_in(ORG_ASSET_KINDS))
        .join(orgs, on="account_id")
        .filter(pl.col("org").n_unique().over("community", "kid") >= 2)
        .select("account_id", "community")
        .unique()
    )
    fleets = orgs.filter(pl.len().over("community", "org") >= 2)
    crossing = fleets.join(sharing, on=["account_id", "community"]).select("community", "org")
    return fleets.join(crossing.unique(), on=["community", "org"], how="anti").select(
        "account_id", "community"
    )


def disposable_accounts(membership: pl.DataFrame, features: pl.DataFrame) -> pl.DataFrame:
    """Per community, the share of members that are disposable (see ``DISPOSABLE_*``):
    signed up just before use, used in earnest, dropped while the group carried on. A
    customer's accounts live as long as the customer; a hydra's are consumed and replaced.
    Trial sign-ups are fresh and short-lived too, but barely used. Null where no member's
    sign-up time is known (no accounts table) or for groups active under
    ``DISPOSABLE_MIN_SPAN_DAYS``."""
    need = ("first_seen", "last_seen", "account_age_days", "n_events")
    if membership.is_empty() or any(c not in features.columns for c in need):
        return pl.DataFrame(
            schema={"community": membership.schema["community"], "disposable": pl.Float64}
        )
    used = features["n_events"].median()
    span = active_span()
    disposable = used_up(
        "community", DISPOSABLE_LIFE, DISPOSABLE_GONE, used, DISPOSABLE_FRESH_DAYS
    ).fill_null(False)
    seats = ["replaced_seat"] if "replaced_seat" in features.columns else []
    if seats:
        disposable = disposable | pl.col("replaced_seat").fill_null(False)
    return (
        membership.join(features.select("account_id", *need, *seats), on="account_id")
        .with_columns(disposable.alias("_disposable"))
        .group_by("community")
        .agg(
            pl.when(
                (span >= DISPOSABLE_MIN_SPAN_DAYS * 86400)
                & pl.col("account_age_days").is_not_null().any()
            )
            .then(pl.col("_disposable").mean())
            .alias("disposable"),
        )
    )


def key_coverage(holdings: pl.DataFrame, membership: pl.DataFrame) -> pl.DataFrame:
    """Per (community, key_kind): share of members holding a key mostly exclusive to the group.

    ``holdings`` comes from :func:`~distillwatch.link.graph.key_holdings`. Returns
    (community, key_kind, coverage, keys) where ``keys`` lists the exclusive keys, most
    held first (the reviewer's indicators).
    """
    held = holdings.join(membership, on="account_id")
    inside = held.group_by("community", "kid").agg(
        pl.col("account_id"),
        pl.len().alias("n_in"),
        pl.col("df", "key_kind", "key").first(),
    )
    excl = inside.filter(
        (pl.col("n_in") >= 2) & (pl.col("n_in") / pl.col("df") >= MIN_EXCLUSIVITY)
    ).sort(["n_in", "key"], descending=[True, False])
    sizes = membership.group_by("community").agg(pl.len().alias("size"))
    return (
        excl.explode("account_id")
        .group_by("community", "key_kind")
        .agg(
            pl.col("account_id").n_unique().alias("holders"),
            pl.col("key").unique(maintain_order=True).head(10).alias("keys"),
        )
        .join(sizes, on="community")
        .with_columns((pl.col("holders") / pl.col("size")).alias("coverage"))
        .drop("holders", "size")
    )


def core_members(
    membership: pl.DataFrame,
    families: pl.DataFrame,
    holdings: pl.DataFrame,
    weights: pl.DataFrame,
    orgs: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Members tied to their group by a key held mostly inside it, by a real part of it.

    Modularity attaches loosely linked bystanders (a webmail domain, a common SDK user
    agent) to dense groups; a core member holds a key that is ``MIN_EXCLUSIVITY`` inside
    the group and held by at least ``CORE_KEY_SHARE`` of it, and is not far less
    suspicious than the group (``CORE_FRACTION`` of its upper-quartile prior).
    ``orgs`` (account_id, org_id): a key held inside the group by one organisation's
    accounts only (an eval lab's office NAT, an agency's card) ties no one, since an
    organisation's own accounts sharing its assets is normal (nor does a key most of whose
    group holders are one organisation's, ``MAX_ORG_SHARE``); without it every account is
    its own organisation. ``holdings``: :func:`~distillwatch.link.graph.key_holdings` of
    the keys and ``weights``.
    """
    size = membership.group_by("community").agg(pl.len().alias("size"))
    org_of = (
        orgs.select("account_id", "org_id")
        if orgs is not None
        else membership.select("account_id", pl.col("account_id").alias("org_id"))
    )
    exclusive = (
        holdings.join(membership, on="account_id")
        .join(org_of, on="account_id", how="left")
        .with_columns(pl.coalesce("org_id", "account_id").alias("org_id"))
        .join(
            # weight is per key, so dropping light keys first changes no other key's counts
            weights.filter(pl.col("weight") >= MIN_TIE_WEIGHT).select("kid"),
            on="kid",
        )
        .join(size, on="community")
        .pipe(shared_across_orgs, "org_id")
    )
    strong = (
        exclusive.filter(pl.col("n_in") >= (CORE_KEY_SHARE * pl.col("size")).clip(2, CORE_KEY_MAX))
        .select("account_id")
        .unique()
    )
    # A large hydra's accounts (large: where ``CORE_KEY_MAX`` binds) also pair up on small
    # private keys (a card shared by two, a proxy /24 used by three): such an account is
    # core when it shares them with strongly tied members by two independent kinds, one
    # of them a shared asset rather than a likeness (see ``similarity_key``), or shares a
    # card with one.
    strong_keys = exclusive.join(strong, on="account_id").select("community", "key_kind", "key")
    kind = independent_kind()
    linked = (
        exclusive.filter(CORE_KEY_SHARE * pl.col("size") > CORE_KEY_MAX)
        .join(strong, on="account_id", how="anti")
        .join(strong_keys.unique(), on=["community", "key_kind", "key"])
        .group_by("account_id")
        .agg(
            kind.n_unique().alias("kinds"),
            (pl.col("key_kind") == "payment").any().alias("card"),
            (~similarity_key()).any().alias("shared_asset"),
        )
        .filter(((pl.col("kinds") >= CLOSURE_KINDS) & pl.col("shared_asset")) | pl.col("card"))
        .select("account_id")
    )
    tied = pl.concat([strong, linked])
    m = membership.join(tied, on="account_id").join(
        families.select("account_id", "prior"), on="account_id"
    )
    top = pl.col("prior").quantile(0.75).over("community")
    core = m.filter(pl.col("prior") >= CORE_FRACTION * top).select("account_id", "community")
    return split_by_ties(core, exclusive, linked)


def split_by_ties(
    core: pl.DataFrame, exclusive: pl.DataFrame, linked: pl.DataFrame
) -> pl.DataFrame:
    """Core membership with each community cut into the parts its ties connect.

    Parts connect through keys a real share of the group holds (as for strong members),
    except ``WEAK_KINDS``. Leiden can glue a benign cluster to a campaign through one proxy
    /24 a single customer happened to share; its members tie to each other by their own
    keys, never by the campaign's, and must be judged alone. The small keys that tie linked
    members (:func:`core_members`) attach an account without such a tie to the part it
    shares most of them with, and join two parts only where they bridge them
    ``MIN_BRIDGES`` times: one agent developer whose home /24 an instruction harvest's
    exits used, tied to other developers by their framework's prompts, glued 205
    developers to the 63-account harvest, which was lost in their medians (a world built
    outside the project), while a careful hydra's sub-pools pair up on several rotating
    exits. The largest part keeps the community id; the others get new ids. ``exclusive``
    is :func:`core_members`' table of group-exclusive holdings (with its integer key id
    ``kid``).
    """
    if core.is_empty():
        return core
    grade = pl.col("n_in") >= (CORE_KEY_SHARE * pl.col("size")).clip(2, CORE_KEY_MAX)
    by_key = ("community", "kid")
    ties = (
        exclusive.join(core, on=["account_id", "community"])
        .with_columns(pl.col("account_id").is_in(linked["account_id"].implode()).alias("lk"))
        .filter(grade | pl.col("lk").any().over(by_key))
        .filter(~pl.col("key_kind").is_in(WEAK_KINDS))
        .select("account_id", "community", grade.alias("grade"), pl.struct(*by_key).alias("node"))
    )
    accounts = core.sort("account_id").with_row_index("v")
    # Parts by the ties a real share of the group holds.
    part = _components(accounts, ties.filter(pl.col("grade")))
    firm = accounts.with_columns(pl.Series("part", part)).with_columns(
        (pl.len().over("part") > 1).alias("firm")
    )
    small = ties.filter(~pl.col("grade")).join(
        firm.select("account_id", "community", "part", "firm"), on=["account_id", "community"]
    )
    loose = small.filter(~pl.col("firm")).select("account_id", "node")
    anchors = small.filter(pl.col("firm")).select("node", "part").unique()
    # Firm parts join where small keys bridge them ``MIN_BRIDGES`` times (a key both hold,
    # or a loose account holding keys of both): a hydra's sub-pools pair up on many
    # rotating exits; a home /24 or two a harvest exit used is a coincidence.
    n_parts = int(part.max()) + 1
    merged = _bridged(
        pl.concat(
            [
                # a bridge is a key of one community (its id) or an account (-1 - its row)
                anchors.select(
                    pl.struct(
                        pl.col("node").struct.field("community"),
                        pl.col("node").struct.field("kid").cast(pl.Int64).alias("id"),
                    ).alias("b"),
                    "part",
                ),
                loose.join(anchors, on="node")
                .join(firm.select("account_id", "community", "v"), on="account_id")
                .select(
                    pl.struct("community", (-1 - pl.col("v").cast(pl.Int64)).alias("id")).alias(
                        "b"
                    ),
                    "part",
                ),
            ]
        ),
        n_parts,
    )
    firm = firm.with_columns(pl.Series("part", merged[part]))
    anchors = anchors.with_columns(pl.Series("part", merged[anchors["part"].to_numpy()])).unique()
    # A loose account (no such tie) joins the firm part it shares most small keys with.
    sizes = firm.group_by("part").agg(pl.len().alias("psize"))
    best = (
        loose.join(anchors, on="node")
        .group_by("account_id", "part")
        .agg(pl.len().alias("n"))
        .join(sizes, on="part")
        .sort(["account_id", "n", "psize", "part"], descending=[False, True, True, False])
        .group_by("account_id", maintain_order=True)
        .first()
        .select("account_id", pl.col("part").alias("best"))
    )
    # Loose accounts with no firm part to join form parts among themselves.
    free = firm.filter(~pl.col("firm")).join(best, on="account_id", how="anti")
    among = _components(
        free.select("account_id", "community", pl.int_range(pl.len()).alias("v")),
        small.join(free.select("account_id"), on="account_id"),
    )
    free_parts = free.select("account_id", pl.Series("fp", among + n_parts))
    parts = (
        firm.join(best, on="account_id", how="left")
        .join(free_parts, on="account_id", how="left")
        .with_columns(
            pl.when(pl.col("firm"))
            .then("part")
            .otherwise(pl.coalesce("best", "fp", "part"))
            .alias("part")
        )
        .with_columns(
            pl.len().over("part").alias("psize"),
            pl.col("account_id").min().over("part").alias("pmin"),
        )
    )
    order = (
        parts.select("community", "part", "psize", "pmin")
        .unique()
        .sort(["community", "psize", "pmin"], descending=[False, True, False])
        .with_columns(pl.int_range(pl.len()).over("community").alias("rank"))
    )
    extra = order.filter(pl.col("rank") > 0).with_row_index("i")
    fresh = extra.select(
        "part", (pl.col("i").cast(pl.Int64) + core["community"].max() + 1).alias("new")
    )
    return parts.join(fresh, on="part", how="left").select(
        "account_id",
        pl.coalesce("new", "community").cast(core.schema["community"]).alias("community"),
    )


#: Distinct bridges (a small key held in both, or an account holding small keys of both)
#: that join two parts of a core (:func:`split_by_ties`). At 2, an instruction harvest's
#: sticky residential exits sharing two home /24s with linked agent developers glued its
#: 68 accounts to 180 developers, in whose medians it was lost (a world built outside the
#: project, after an unrelated change to the graph); a hydra's sub-pools pair up on more.
MIN_BRIDGES: Final = 3


def _bridged(holders: pl.DataFrame, n: int) -> np.ndarray:
    """Part ids 0..n-1 mapped to merged ids: parts joined by at least ``MIN_BRIDGES``
    distinct bridges (``holders``: one row per bridge ``b`` and part it touches)."""
    touch = holders.unique()
    pairs = (
        touch.join(touch, on="b", suffix="_o")
        .filter(pl.col("part") < pl.col("part_o"))
        .group_by("part", "part_o")
        .agg(pl.len().alias("n"))
        .filter(pl.col("n") >= MIN_BRIDGES)
    )
    graph = coo_matrix(
        (np.ones(pairs.height), (pairs["part"].to_numpy(), pairs["part_o"].to_numpy())),
        shape=(n, n),
    )
    return connected_components(graph, directed=False)[1].astype(np.int64)


def _components(accounts: pl.DataFrame, ties: pl.DataFrame) -> np.ndarray:
    """Connected component of each of ``accounts`` (account_id, community, v = 0..n-1) in
    the bipartite graph of accounts and the key ``node`` of each row of ``ties``."""
    nodes = ties.select("node").unique(maintain_order=True).sort("node").with_row_index("kv")
    edges = ties.join(accounts, on=["account_id", "community"]).join(nodes, on="node")
    n, m = accounts.height, nodes.height
    graph = coo_matrix(
        (np.ones(edges.height), (edges["v"].to_numpy(), edges["kv"].to_numpy() + n)),
        shape=(n + m, n + m),
    )
    return connected_components(graph, directed=False)[1][:n].astype(np.int64)


def campaign_lines(
    membership: pl.DataFrame,
    families: pl.DataFrame,
    coverage: pl.DataFrame,
    features: pl.DataFrame,
    baselines: Mapping[str, Baseline] | None = None,
    orgs: pl.DataFrame | None = None,
    crossing: pl.DataFrame | None = None,
    across: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """One row per community core of at least ``MIN_CAMPAIGN_ACCOUNTS``: each line's strength.

    Family lines are medians over the core's accounts; ``pivot`` pools the group's traffic
    in the 24 h after a release (an operator moves traffic, not each account); ``strangers``
    is distinct organisations per account (1 = every account its own org; an agency or an
    eval lab shares one org), and ``coordination`` counts only across organisations.
    ``behaviour`` and ``trust`` take the larger of the members' median strength and the
    group-pooled strength (:mod:`distillwatch.score.pooled`). ``orgs``: each member's
    organisation (:func:`member_orgs`; default its org id, else itself); ``crossing``
    (:func:`cross_org_assets`) raises ``strangers`` to the share of members sharing
    assets across organisations; ``across`` (community, ``assets_across``), the share
    sharing any asset (``TEXT_ASSET_KINDS``) across organisations, is kept for
    :func:`campaign_scores` (null when not given).
    """
    baselines = baselines or {}
    pivot_base = baselines.get("model_pivot")
    fam_cols = [c for c in families.columns if c.startswith("f_")]
    feat_cols = [
        c
        for c in (
            "org_id",
            "pivot_new",
            "pivot_window",
            "pivot_baseline",
            "repeat_share",
            *CAPABILITY_SHARES,
        )
        if c in features.columns
    ]
    joined = membership.join(families, on="account_id").join(
        features.select("account_id", *feat_cols), on="account_id", how="left"
    )
    orgs = member_orgs(membership, features) if orgs is None else orgs
    joined = joined.join(
        orgs.select("account_id", "community", "org"), on=["account_id", "community"], how="left"
    ).with_columns(shared_focus([c for c in CAPABILITY_SHARES if c in feat_cols]))
    org = pl.col("org")
    org_known = pl.col("org_id").is_not_null().mean() if "org_id" in feat_cols else pl.lit(0.0)
    # org ids from the logs, not named by a card (``score.tenants.billing_orgs``)
    org_logged = (
        (pl.col("org_id").is_not_null() & ~pl.col("org_id").str.starts_with(BILLING_ORG)).mean()
        if "org_id" in feat_cols
        else pl.lit(0.0)
    )
    if "pivot_window" in feat_cols and pivot_base is not None:
        centre, scale = pivot_base.median, pivot_base.scale
        measured = (pl.col("pivot_window") >= MIN_WINDOW_EVENTS).sum()
        pooled = (
            pl.col("pivot_new").sum() / pl.col("pivot_window").sum().clip(1)
            - pl.col("pivot_baseline").max()
        )
        z = (pooled - centre) / scale
        pivot = (
            pl.when(measured >= PIVOT_MIN_ACCOUNTS)
            .then((z - PIVOT_Z[0]) / (PIVOT_Z[1] - PIVOT_Z[0]))
            .otherwise(0.0)
            .clip(0, 1)
            .fill_null(0.0)
            .fill_nan(0.0)
        )
    else:
        pivot = pl.col("f_pivot").median()
    med = (
        joined.group_by("community")
        .agg(
            pl.len().alias("n_accounts"),
            (org.n_unique() / pl.len()).alias("strangers"),
            org_known.alias("org_known"),
            org_logged.alias("org_logged"),
            pivot.alias("pivot"),
            (
                pl.col("repeat_share").median() if "repeat_share" in feat_cols else pl.lit(None)
            ).alias("repeats"),
            *[pl.col(c).median() for c in fam_cols],
        )
        .filter(pl.col("n_accounts") >= MIN_CAMPAIGN_ACCOUNTS)
    )
    if crossing is not None:
        med = med.join(crossing, on="community", how="left").with_columns(
            pl.max_horizontal("strangers", pl.col("crossing").fill_null(0.0)).alias("strangers")
        )
    if across is not None:
        med = med.join(across, on="community", how="left").with_columns(
            pl.col("assets_across").fill_null(0.0)
        )
    else:
        med = med.with_columns(pl.lit(None, pl.Float64).alias("assets_across"))
    cov = coverage.pivot(on="key_kind", index="community", values="coverage")
    lines = (
        med.join(cov, on="community", how="left")
        .join(pooled_families(membership, features, baselines), on="community", how="left")
        .join(disposable_accounts(membership, features), on="community", how="left")
        .join(tenant_members(membership, features), on="community", how="left")
    )
    exprs = []
    for line, kinds in COORD_LINES.items():
        parts = [pl.col(k).fill_null(0.0) * m for k, m in kinds.items() if k in lines.columns]
        exprs.append((pl.max_horizontal(*parts) if parts else pl.lit(0.0)).alias(line))
    lines = lines.with_columns(exprs)
    coord = 1 - pl.reduce(lambda a, b: a * b, [1 - pl.col(c) for c in COORD_LINES])
    return lines.with_columns(
        (coord.clip(0, 1) * pl.col("strangers")).alias("coordination"),
        content_line().alias("content"),
        pl.col("f_templating").alias("templating"),
        pl.max_horizontal(behaviour_line(), behaviour_line("p_").fill_null(0.0)).alias("behaviour"),
        pl.max_horizontal("f_trust", pl.col("p_trust").fill_null(0.0)).alias("trust"),
    ).select(
        "community",
        "n_accounts",
        "strangers",
        "org_known",
        "org_logged",
        "repeats",
        "disposable",
        "tenant",
        "tenant_orgs",
        "assets_across",
        *COORD_LINES,
        *LINES,
        *fam_cols,
    )


def unmeasured_lines(baselines: Mapping[str, Baseline] | None) -> frozenset[str]:
    """Supporting lines this input cannot show (:data:`MEASURED_BY`): their family has no
    signal with data, e.g. trust when no accounts table was given."""
    families = available_families(dict(baselines or {}))
    return frozenset(line for line, family in MEASURED_BY.items() if family not in families)


def campaign_scores(
    lines: pl.DataFrame,
    converged: pl.Series | None = None,
    unmeasured: frozenset[str] = frozenset(),
) -> pl.DataFrame:
    """Score each community and mark convergence (documented weights, hard gates).

    convergent = cross-organisation coordination fires AND at least ``MIN_SUPPORT`` of
    (content, templating, behaviour, trust, pivot) fire, one of them extraction content,
    trust or pivot (what is harvested, who asks, how fast they chase a new model); narrow
    capability focus alone is what enterprise pipelines look like. Or: accounts of
    distinct organisations pay with shared cards AND share another channel
    (infrastructure, sign-up, e-mail, templates) AND the content line fires (extraction,
    or narrow focus with the main route's support): one org's
    accounts on one office IP and card are an agency, strangers paying with the same cards
    through the same proxies while all harvesting one capability are one operator.
    Disposable accounts (``disposable`` at least ``DISPOSABLE_FIRES``: signed up just
    before use, used up and replaced while the group went on) are an operator sign too.
    A partner's indicators held by most of the group (``coord_intel``) count as "who":
    another provider has attributed that infrastructure; supporting lines are still needed. A convergent group
    scores 0.5 + weighted / 2, any other weighted / 2, so only convergent groups pass 0.5;
    groups under five accounts are scaled down. ``converged``: communities whose core
    already converged; finding more of a campaign's quieter members (expansion) dilutes
    its medians but does not undo the evidence its core showed. ``uncoordinated`` marks
    groups passing every gate but coordination (see ``link.expand.join_look_alikes``).
    ``unmeasured``: supporting lines the input cannot show (:func:`unmeasured_lines`); each
    lowers the support needed by one, to at least one, for groups whose organisations are
    known (``ORG_KNOWN``), and the weighted score is taken over the other lines (as the
    account prior is over the families the data supports); not for a group whose only
    "who" is narrow focus. Without org ids, card sharers' extraction content never says
    "who", and their pivot only when their accounts are not established (``TEAM_TRUST``).
    A group tied by text alone (``TEXT_ONLY_BELOW``) is judged without its shared text;
    narrow focus, and content shared as exercises, count only for groups asking new
    tasks; and the main route needs content or behaviour: something harvested.
    """
    relaxed = max(1, MIN_SUPPORT - len(unmeasured.intersection(SUPPORT_LINES)))
    # Only where strangers is measured: without org ids every account counts as its own
    # organisation, and one judge product's 90 accounts sharing its grading template then
    # look like 90 coordinated strangers harvesting grades (the events-only tuning worlds).
    known = pl.col("org_known") if "org_known" in lines.columns else pl.lit(0.0)
    # A group whose median member asks what other accounts ask (``REPEAT_GROUP``) gets no
    # such relief: a bootcamp's 44 students (separate org ids, one classroom IP, the same
    # exercises; median repeat share 0.64) converged on their worked solutions alone once
    # the accounts table that showed their trust was withheld (a world built outside the
    # project). The harvests the relief is for ask new tasks (0-0.08 there).
    repeats = pl.col("repeats") if "repeats" in lines.columns else pl.lit(None)
    new_tasks = repeats.cast(pl.Float64).fill_null(0.0) < REPEAT_GROUP
    fires = {c: pl.col(c) >= LINE_FIRES.get(c, 0.5) for c in (*COORD_LINES, *LINES)}
    # A group tied by text alone (no real share of it on one network, card, sign-up hour or
    # e-mail domain, no partner's indicator) shares a template: its templating line is that
    # same fact, and a pivot is what a client's users or evaluators of a new model do
    # together (as for "who", below); neither supports it. Its extraction content says
    # "who" only if its members mostly ask new tasks (``REPEAT_GROUP``): otherwise the
    # shared text is a public one. Strangers running one public synthetic-data tool (its
    # prompts verbatim, templated, long outputs; median repeat share 0.58-0.67) and
    # benchmark runners grading with the public judge prompts (content and a pivot on
    # release day) converged so in a world built outside the project without an accounts
    # table, 62 and 19 of them. That world's CoT hydra, tied by its system prompts and
    # task skeletons, and the quiet harvests of our simulator show behaviour beside content
    # and ask new tasks (repeat share 0.08-0.17). Nor does a line the input cannot show
    # lower its bar: its content is largely the shared text too (those benchmark runners
    # converged on it alone without the relief).
    # An asset shared only inside one organisation (a lab's e-mail domain, a company's
    # office) ties no strangers: the group is still tied by text alone. Five judge labs on
    # the public FastChat judge prompts, each lab on its own domain (e-mail coverage
    # 0.47), converged as a grading harvest in a world built outside the project.
    across = pl.col("assets_across") if "assets_across" in lines.columns else pl.lit(None)
    own_assets = across.cast(pl.Float64).fill_null(1.0) < TEXT_ONLY_BELOW
    text_only = ~(
        (pl.any_horizontal(*[pl.col(c) >= TEXT_ONLY_BELOW for c in ASSET_CHANNELS]) & ~own_assets)
        | (pl.col("coord_intel") >= TEXT_ONLY_BELOW)
    )
    shared_text = pl.when(text_only).then(line_credit("templating") + line_credit("pivot"))
    # A group whose members mostly ask what other accounts ask (``REPEAT_GROUP``), in the
    # same words among themselves (its template channel fires), consumes answers to shared
    # exercises: its content line is no support either. Two bootcamps' 60 and 25 fresh
    # students (school domain, one classroom, the same exercises; median repeat share 0.64
    # and 0.83, template coverage 0.83) converged on fresh sign-ups and their worked
    # solutions (fresh `gateway_d` 11, a world built outside the project). A multi-turn
    # hydra opening with public benchmark questions repeats what outsiders ask (0.80) but
    # not its own members (template coverage 0.09), and keeps its content.
    exercises = ~new_tasks & fires["coord_template"]
    asked = pl.when(exercises).then(line_credit("content")).otherwise(0.0)
    support = support_credit() - shared_text.otherwise(0.0) - asked
    need = (
        pl.when((known >= ORG_KNOWN) & new_tasks & ~text_only).then(relaxed).otherwise(MIN_SUPPORT)
    )
    measured = {k: w for k, w in CAMPAIGN_WEIGHTS.items() if k not in unmeasured}
    weighted = pl.sum_horizontal(*[pl.col(k) * w for k, w in measured.items()]) / sum(
        measured.values()
    )
    corroborated = fires["coord_intel"]
    # "Who": what an operator's sign-ups show and a customer's do not (fresh, unverified
    # accounts; a lockstep pivot by a group sharing assets; a partner's attribution), or
    # extraction content.
    asset = pl.any_horizontal(*[fires[c] for c in ASSET_CHANNELS]) | corroborated
    # Disposable accounts (consumed and replaced while the group goes on) are a hydra's.
    disposable = pl.col("disposable") if "disposable" in lines.columns else pl.lit(None)
    replaced = disposable.cast(pl.Float64).fill_null(0.0) >= DISPOSABLE_FIRES
    # Without org ids, accounts sharing cards may be one customer's (a judge product's
    # 60 accounts on its card and grading template: 58 flagged on `evasive` seed 2301
    # without org ids); extraction content then does not say "who", an operator sign must.
    one_customer = fires["coord_payment"] & (known < ORG_KNOWN)
    # Nor does a pivot when those accounts are established (trust under ``TEAM_TRUST``):
    # one customer's team moves to a new model together (a research lab's 43 verified,
    # aged accounts on its card and network, evaluating it at launch, pivoted at 0.95 in
    # a world built outside the project, with its org ids removed). Our simulator's
    # card-sharing agentic hydra pivots too, on half-fresh, unverified accounts (0.5).
    team = one_customer & (pl.col("trust").fill_null(0.0) < TEAM_TRUST)
    pivoted = (pl.col("pivot") >= WHO_PIVOT) & asset & ~team
    operator = fires["trust"] | replaced | pivoted | corroborated
    # A group asking what many other accounts ask (homework, a benchmark) consumes answers;
    # its extraction-like content does not say "who" (``REPEAT_MAX``).
    harvesting = repeats.cast(pl.Float64).fill_null(0.0) < REPEAT_MAX
    asking = pl.when(text_only | ~asset).then(new_tasks).otherwise(harvesting)
    who = ((pl.col("f_extraction") >= 0.5) & ~one_customer & asking) | operator
    # Narrow capability focus says "who" for strangers sharing an operator's asset (the
    # brief: "a template alone is not suspicious; its repetition across coordinated
    # accounts on one narrow capability is"), where org ids tell strangers: without them an
    # enterprise's batch accounts on its office network look the same.
    # Where organisations come from cards rather than logged org ids, the shared asset
    # must also be one of the accounts' own (a card, a sign-up hour, an e-mail domain):
    # a platform whose customers bring their own keys shares only its backend's network
    # and template with them (300 help-desk merchants, each on its own card, behind six
    # backend IPs, in a world built outside the project without org ids), while an
    # operator makes its accounts. Logged org ids say strangers on their own: taken-over
    # aged accounts of separate customers share only the operator's network.
    logged = pl.col("org_logged") if "org_logged" in lines.columns else known
    owned = pl.any_horizontal(*[fires[c] for c in ACCOUNT_ASSETS]) | (logged >= ORG_KNOWN)
    # And its members must mostly ask new tasks (``REPEAT_GROUP``): one capability asked by
    # a group whose members mostly ask what other accounts ask is a shared app or exercise,
    # not a harvest of that capability (a hackathon's 140 students on one campus range,
    # fresh keys, median repeat share 0.82, in a world built outside the project). An
    # agentic hydra sharing its task scaffolds (0.83) shows its fresh accounts instead.
    narrow = (pl.col("f_targeting") >= 0.5) & asset & owned & new_tasks & (known >= ORG_KNOWN)
    # Narrow focus is the weakest "who" (an enterprise pipeline is narrow too): it needs the
    # full support even where a line the input cannot show lowers the bar for the others.
    # Without the accounts table, 63 shadow-IT staff of one company (separate sign-ups, one
    # office egress, one internal tool) converged on coordination and that focus alone.
    main_need = pl.when(who).then(need).otherwise(MIN_SUPPORT)
    who = who | narrow
    others = pl.sum_horizontal(*[fires[c].cast(pl.Int32) for c in INDEPENDENT_CHANNELS])
    # Shared cards are damning among strangers only. Without org ids (``known``) an
    # enterprise's 135 batch accounts on its card, office and template, or a judge
    # product's 90 customers on its grading template, look the same; the card route then
    # needs ``operator`` evidence (not extraction content, the judge product's business).
    multi_channel = (
        fires["coord_payment"]
        & (others >= 1)
        & (pl.col("strangers") >= MIN_STRANGERS)
        & ((known >= ORG_KNOWN) | operator)
    )
    # On the card route, narrow capability focus is content only with a supporting line
    # beside it (what the main route asks): employees of one company who signed up one by
    # one (separate orgs) with its card, domain, egress and internal tool share every
    # channel, and converged on their narrow focus alone (63 accounts in a world built
    # outside the project). Extraction content still suffices there: a rewrite cell on two
    # cards and one /24 shows nothing else.
    extraction = pl.col("f_extraction") >= 0.5
    # Something must be harvested: what is asked (content) or how much and how fast
    # (behaviour). 839 free-trial sign-ups sending "Say this is a test" a few times each
    # (fresh, unverified, trying the newest model) converged on trust and a pivot alone
    # (fresh `gateway_d` 11).
    harvest = fires["content"] | fires["behaviour"]
    convergent = fires["coordination"] & (
        (who & (support >= main_need) & (pl.col("strangers") >= MIN_STRANGERS) & harvest)
        | (multi_channel & fires["content"] & (extraction | (support >= need)))
    )
    # Every gate but coordination: the rest of a campaign that Leiden cut off its core.
    uncoordinated = (
        ~fires["coordination"]
        & who
        & (support >= main_need)
        & (pl.col("strangers") >= MIN_STRANGERS)
    )
    if converged is not None:
        convergent = convergent | pl.col("community").is_in(converged.implode())
    size = (pl.col("n_accounts") / 5).clip(0, 1).sqrt()
    base = pl.when(convergent).then(0.5).otherwise(0.0)
    return lines.with_columns(
        pl.sum_horizontal(*[fires[c].cast(pl.Int32) for c in SUPPORT_LINES]).alias("n_lines"),
        convergent.alias("convergent"),
        (uncoordinated & ~convergent).alias("uncoordinated"),
        ((base + weighted * 0.5) * size).clip(0, 1).alias("campaign_score"),
    )


def support_credit() -> pl.Expr:
    """Supporting lines' worth of evidence: each line at or above its firing level counts
    one, a line between ``PARTIAL_SUPPORT`` of the level and the level counts in
    proportion, below that nothing (a slight lean of one line is no evidence)."""
    return pl.sum_horizontal(*[line_credit(c) for c in SUPPORT_LINES])


def line_credit(line: str) -> pl.Expr:
    """One supporting line's worth of evidence (see :func:`support_credit`)."""
    level = LINE_FIRES.get(line, 0.5)
    return (
        ((pl.col(line) / level - PARTIAL_SUPPORT) / (1 - PARTIAL_SUPPORT)).clip(0, 1).fill_null(0.0)
    )


def keep_core_scores(lines: pl.DataFrame, core: pl.DataFrame) -> pl.DataFrame:
    """``lines`` with each campaign's score at least its core's (``core``: community,
    campaign_score from the judgement before look-alikes joined). Look-alikes are quieter
    members; their medians dilute the lines, and finding more of a campaign must not drop
    it under the report bar (a perturbed `evasive` tuning world's rewrite campaign fell
    under it so: recall 0.68 -> 0.01)."""
    floor = core.select("community", pl.col("campaign_score").alias("_core"))
    return (
        lines.join(floor, on="community", how="left")
        .with_columns(pl.max_horizontal("campaign_score", pl.col("_core")).alias("campaign_score"))
        .drop("_core")
    )
