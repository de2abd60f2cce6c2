"""Grow a detected campaign from its core to accounts that hold its infrastructure.

Modularity cuts a large hydra into many small communities mixed with the ordinary users
of the same residential proxy ranges; the convergent core is found, the rest is not. An
account joins a campaign when it holds at least two keys the campaign "owns" (most of
their holders are campaign members) and its own suspicion is comparable to the members',
or the campaign's private text or card (:func:`expand_groups`). Once campaigns are
judged, accounts whose nearest topic/style profiles are the campaign's, accounts paying
with a member's card, accounts asking what the campaign harvests from its proxies or with
its topics, and whole groups that miss only coordination, join too
(:func:`join_look_alikes`).
"""

from __future__ import annotations

from typing import Final

import polars as pl

from distillwatch.link.keys import SYSTEM_BAND, WEAK_KINDS, independent_kind, similarity_key

#: A key is owned by a campaign when this share of its holders are members.
OWNED_SHARE: Final = 0.5
#: Distinct owned keys an account must hold to join. Sync windows do not count: a window
#: on a prefix is that prefix again, and a home on a hydra's proxy /24 shares both (a
#: judge product and a tutoring app joined a 750-account hydra so on `seed-scale` seed 6).
#: Nor do weak kinds (``link.keys.WEAK_KINDS``): a hobbyist on a throwaway e-mail domain a
#: hydra used, signed up in the hour four of its accounts were, joined it so (a world
#: built outside the project), as did, by one profile star and the SDK version the hydra
#: ran, a power user (the look-alike route's "other owned key").
MIN_OWNED_KEYS: Final = 2
#: Owned keys of these kinds (a system prompt or prompt skeleton used almost only by the
#: campaign) suffice alone, whatever the account's own suspicion: infrastructure can be
#: rented by anyone, a private template not, and a two-request account has no behaviour
#: to measure. Only exact texts do: a MinHash band of a near-duplicate (``link.keys.similarity_key``)
#: is what an agent framework's users share too, so it counts as an ordinary owned key.
CONTENT_KINDS: Final = ("system_prompt", "template")
#: Likeness keys (MinHash bands, profile stars) count one by one only when at least this
#: many members hold them; fewer count once per kind. One grading prompt near-duplicating
#: two members' gives 16 MinHash bands, and 16 "owned keys", to a judge product.
SIMILAR_MIN_MEMBERS: Final = 4
#: A joining account's prior must reach this share of the campaign's median prior.
PRIOR_FRACTION: Final = 0.5
#: An account paying with the campaign's card and holding owned keys of this many
#: independent kinds (sync counts as its IP prefix) joins whatever its own suspicion:
#: a replacement account banned after three requests has no behaviour to measure.
CARD_KINDS: Final = 2
#: Profile star keys (``link.keys.profile_keys``) of one campaign an account must hold to
#: join on likeness alone (:func:`join_look_alikes`, once, after the campaign is judged):
#: its nearest topic/style profiles are mostly the campaign's (a hydra fed from one task
#: queue), whatever its own volume. Stars never cascade: the second pass (assets and
#: harvesting) does not take likeness routes.
LIKENESS_STARS: Final = 4
#: ... or one such star and a prior of this share of the campaign's median: behaving like
#: its members *and* asking what they ask.
LOOKALIKE_PRIOR: Final = 0.75
#: ... and never below this quantile of the priors outside the campaigns: where a campaign's
#: members are suspicious only together (their evidence is coordination), "behaving like
#: them" is what most customers do. Coding-agent developers with one fired family joined
#: an agentic hydra whose members' median prior was 0.09 that way (a world built outside
#: the project, where 25 % of all accounts reached 0.098).
LOOKALIKE_FLOOR_QUANTILE: Final = 0.9
#: A look-alike joining on likeness alone (no card, network prefix or private text of
#: the campaign) must not be louder than the members: a hydra spreads its load so that no
#: account looks large, so an account whose volume family stands above the members'
#: median is a heavy customer of its own. A labelling company's rubric-grading accounts
#: and an education platform's step-by-step accounts, sharing topics with a grading and a
#: CoT hydra, joined them so (a world built outside the project); on two tuning worlds
#: this holds back 2 of 146 likeness-only joiners, both campaign accounts.
VOLUME_FAMILY: Final = "f_volume"
#: An account whose organisation (``org_id``) has other accounts is in a campaign (its core,
#: grown or look-alike) only if at least this share of the organisation is: one customer's
#: fleet is judged whole. A hydra's heads are strangers (an org each, or an org of its
#: own); two of a labelling firm's six rubric-grading accounts resembling a reseller's
#: grading traffic are not two of its heads (a world built outside the project), nor are
#: two of an eval lab's 38 accounts that share a university e-mail domain and a sign-up
#: hour with a grading campaign's (fresh `standard` 1910).
ORG_COHESION: Final = 0.5
#: Share of a kin group's members (every gate but coordination) that must share a profile
#: star with one campaign's members, the two groups together holding most of it, for the
#: whole group to join that campaign.
KIN_STAR_SHARE: Final = 0.5
#: Extraction shares (the extraction family's per-account columns) a look-alike must show
#: when its campaign harvests that kind: the members' median share is at least
#: ``HARVEST_SHARE`` and the look-alike sent none such in enough exchanges that a member
#: would have sent some with probability ``HARVEST_CONFIDENCE``. A power user whose topics
#: and generic system prompt sit among a grading campaign's, but who never asked for a
#: grade, is not one of its accounts.
HARVEST_SHARE: Final = 0.2
HARVEST_CONFIDENCE: Final = 0.95
#: Median capability share that makes a capability what a campaign harvests when it
#: harvests no extraction kind (:func:`drop_non_harvesting`): the group's focus, not a
#: capability everyone asks now and then.
FOCUS_SHARE: Final = 0.5
#: Owned MinHash bands of system prompts, each held by ``SIMILAR_MIN_MEMBERS`` members,
#: an account must hold to join as a look-alike: its system prompt is a near-duplicate
#: of many members' personas (a hydra fills one persona skeleton per account).
PERSONA_BANDS: Final = 3
#: Members a sign-up hour must hold to back one profile star (:func:`join_look_alikes`):
#: a card or a proxy prefix is an asset, a sign-up hour only a time, and a campaign signing
#: up 300 accounts over two months puts two of them in a stranger's hour by chance (a
#: casual user joined a hydra on one star and such an hour, held-out seed 1102).
BURST_MIN_MEMBERS: Final = 3
#: A look-alike holding a profile star or a network prefix its campaign owns joins
#: when it asks what the campaign harvests: a share of the members' extraction kind of at
#: least this fraction of their median share (decoys and follow-ups dilute a member's
#: share), measured on ``HARVEST_MIN_EXCHANGES`` exchanges with text. Asking for grades is
#: what an LLM-judge product does too; asking for them from the campaign's proxies, or
#: with the campaign's topics, is not: on 17 tuning worlds no benign account with such a
#: star or prefix sent any of the campaign's kind (0.5 instead left 1-3 points of recall,
#: 0.25 another 0.2-0.9 on 17 standard and 2-5 on the CoT campaign of 4 evasive worlds).
HARVEST_MATCH: Final = 0.125
HARVEST_MIN_EXCHANGES: Final = 5
#: Owned keys that place a harvesting look-alike: where its traffic comes from, or what
#: its prompts are like. Not a persona band or a sign-up hour: an LLM-judge product's
#: "impartial judge" system prompt shares a MinHash band with a grading campaign's
#: personas (five judge products joined so on 17 tuning worlds).
PREFIX_KINDS: Final = ("ip24", "ip48")
#: Rounds of growth (each round may add accounts that share keys with the last).
ROUNDS: Final = 2


def expand_groups(
    membership: pl.DataFrame,
    held: pl.DataFrame,
    families: pl.DataFrame,
    groups: pl.Series,
    orgs: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Membership (account_id, community) with accounts added to the given communities
    (``held``: :func:`~distillwatch.link.graph.key_holdings`; ``orgs``: see
    :func:`org_cohesive`)."""
    prior = families.select("account_id", "prior")
    kind = independent_kind()
    for _ in range(ROUNDS):
        camp = membership.filter(pl.col("community").is_in(groups.implode()))
        need = _need(camp, prior, PRIOR_FRACTION)
        owned = _owned(held, camp)
        widely_alike = pl.col("n_in") >= SIMILAR_MIN_MEMBERS
        taken = membership.filter(pl.col("community").is_in(groups.implode()))["account_id"]
        cand = (
            held.filter(~pl.col("account_id").is_in(taken.implode()))
            .join(owned, on="kid")
            .group_by("account_id", "community")
            .agg(
                (
                    (
                        (~similarity_key() | widely_alike)
                        & (pl.col("key_kind") != "sync")
                        & ~pl.col("key_kind").is_in(WEAK_KINDS)
                    ).sum()
                    + pl.col("key_kind").filter(similarity_key() & ~widely_alike).n_unique()
                ).alias("n_owned"),
                (pl.col("key_kind").is_in(CONTENT_KINDS) & ~similarity_key())
                .any()
                .alias("content_key"),
                (pl.col("key_kind") == "payment").any().alias("card"),
                kind.n_unique().alias("kinds"),
            )
            .filter((pl.col("n_owned") >= MIN_OWNED_KEYS) | pl.col("content_key"))
            .join(prior, on="account_id")
            .join(need, on="community")
            .filter(
                (pl.col("prior") >= pl.col("need"))
                | (pl.col("card") & (pl.col("kinds") >= CARD_KINDS))
                | pl.col("content_key")
            )
            .sort(["account_id", "n_owned", "community"], descending=[False, True, False])
            .group_by("account_id", maintain_order=True)
            .first()
            .select("account_id", pl.col("community").alias("new"))
        )
        cand = org_cohesive(cand, membership, orgs)
        if cand.is_empty():
            break
        membership = _assign(membership, cand)
    return membership


def join_look_alikes(
    membership: pl.DataFrame,
    held: pl.DataFrame,
    families: pl.DataFrame,
    groups: pl.Series,
    kin: pl.Series | None = None,
    harvest: pl.DataFrame | None = None,
    orgs: pl.DataFrame | None = None,
    cleared: pl.Series | None = None,
) -> pl.DataFrame:
    """Membership with outsiders added to the given (already judged) campaigns when they
    hold profile star keys one campaign owns (their nearest topic/style profiles are
    mostly its members): ``LIKENESS_STARS`` of them, or one with a prior of
    ``LOOKALIKE_PRIOR`` of the campaign's median (and the population's
    ``LOOKALIKE_FLOOR_QUANTILE``), or one with any other owned key (a
    shared asset such as an IP prefix, card or exact text, a MinHash band of the members'
    prompts, or a sign-up burst of ``BURST_MIN_MEMBERS`` members); or ``PERSONA_BANDS``
    owned MinHash bands of system prompts that ``SIMILAR_MIN_MEMBERS`` members each hold
    (its persona is a near-duplicate of many members': how a quiet account with no
    profile joins); or a card whose holders are mostly members, even one member (a hydra
    buys a card per few accounts); or, with ``harvest``, one owned star or network prefix
    (owned from two members) and a share of the campaign's extraction kind near the
    members' (:func:`_harvesters`). A second pass, with the first pass's look-alikes as
    members, admits only cards, private text and harvesters: likeness never cascades.

    ``kin``: groups that pass every gate but coordination (``score.campaign``); a kin
    group joins whole when ``KIN_STAR_SHARE`` of its members share a star with the
    campaign's members that the pair owns: the rest of that campaign, which modularity
    cut off its core; look-alikes of a kin group that moves go with it (:func:`_follow`). ``orgs`` (account_id, org_id): look-alikes join only with
    ``ORG_COHESION`` of their organisation (:func:`org_cohesive`), and of their group when
    it was judged and ``cleared`` (:func:`judged_groups`).
    """
    prior = families.select(
        "account_id", "prior", *([VOLUME_FAMILY] if VOLUME_FAMILY in families.columns else [])
    )
    cand = _candidates(membership, held, prior, groups, harvest, likeness=True)
    if kin is not None and kin.len():
        kin_cand = _kin_groups(membership, held, groups, kin).with_columns(asset=pl.lit(False))
        cand = pl.concat(
            [
                kin_cand,
                _follow(cand.join(kin_cand, on="account_id", how="anti"), kin_cand, membership),
            ]
        )
    judged = judged_groups(membership, cleared)
    cand = _judged_whole(org_cohesive(cand, membership, orgs), membership, judged, harvest)
    if cand.is_empty():
        return membership
    grown = _assign(membership, cand.select("account_id", "new"))
    # The campaigns now own more keys; a second pass admits only their holders on assets
    # (a card, private text) or harvesting, never on likeness alone.
    second = _candidates(grown, held, prior, groups, harvest, likeness=False)
    second = _judged_whole(org_cohesive(second, grown, orgs), grown, judged, harvest)
    return _assign(grown, second.select("account_id", "new"))


def judged_groups(membership: pl.DataFrame, cleared: pl.Series | None) -> pl.DataFrame | None:
    """(account_id, org_id): the members of groups judged and cleared, each group as one
    organisation for :func:`org_cohesive`. The accounts a member is most tied to were
    weighed with it and found to be customers (a class, a tutoring app's learners); one of
    them joins a campaign only with half of its group, as a hydra's splinter would. A
    student (tied to a CoT hydra by a home /24 its proxies used) and a learner (by
    likeness) joined so in worlds built outside the project, once that hydra converged."""
    if cleared is None or cleared.is_empty():
        return None
    return membership.filter(pl.col("community").is_in(cleared.implode())).select(
        "account_id", ("cleared:" + pl.col("community").cast(pl.String)).alias("org_id")
    )


def _judged_whole(
    cand: pl.DataFrame,
    membership: pl.DataFrame,
    judged: pl.DataFrame | None,
    harvest: pl.DataFrame | None,
) -> pl.DataFrame:
    """Candidates (account_id, new, asset) of :func:`join_look_alikes` whose judged group
    (:func:`judged_groups`) joins with them; or who pay with the campaign's card or send
    its private text (an operator's asset outweighs the verdict on the account's group);
    or who ask what the campaign harvests at least as much as its typical member does
    (:func:`_typical_askers`: a hydra account Leiden left among unrelated accounts; a
    student asking for worked steps now and then is not)."""
    if judged is None or cand.is_empty():
        return cand
    free = cand.filter(pl.col("asset"))
    if harvest is not None:
        free = pl.concat(
            [free, _typical_askers(membership, harvest, cand.filter(~pl.col("asset")))]
        )
    rest = cand.join(free, on="account_id", how="anti")
    return pl.concat([free, org_cohesive(rest, membership, judged)])


def _typical_askers(
    membership: pl.DataFrame, harvest: pl.DataFrame, cand: pl.DataFrame
) -> pl.DataFrame:
    """The candidates whose share of an extraction kind their campaign's members mostly send
    (:func:`_typical_harvest`) is at least the members' median share of it."""
    shares = None if cand.is_empty() else _shares_by_kind(cand, membership, harvest, group="new")
    if shares is None:
        return cand.clear()
    askers = shares.filter(pl.col("share") >= pl.col("median")).select("account_id").unique()
    return cand.join(askers, on="account_id", how="semi")


def cohesive_members(membership: pl.DataFrame, orgs: pl.DataFrame | None) -> pl.DataFrame:
    """Membership (account_id, community) without the accounts whose organisation is mostly
    outside their community (:func:`org_cohesive` applied to a whole membership, e.g. the
    cores)."""
    cand = membership.rename({"community": "new"})
    return org_cohesive(cand, membership.clear(), orgs).rename({"new": "community"})


def org_cohesive(
    cand: pl.DataFrame, membership: pl.DataFrame, orgs: pl.DataFrame | None
) -> pl.DataFrame:
    """The candidates (account_id, new) whose organisation is unknown, their own, or in
    (or joining) their campaign for at least ``ORG_COHESION`` of its accounts: every
    step that puts accounts in a campaign (core, expansion, look-alikes) judges a
    customer's fleet whole."""
    if orgs is None or cand.is_empty():
        return cand
    known = orgs.filter(pl.col("org_id").is_not_null())
    size = known.group_by("org_id").agg(pl.len().alias("size"))
    inside = (
        pl.concat(
            [
                membership.rename({"community": "new"}).join(cand.select("new").unique(), on="new"),
                cand.select("account_id", "new"),
            ]
        )
        .unique()
        .join(known, on="account_id")
        .group_by("org_id", "new")
        .agg(pl.len().alias("inside"))
    )
    return (
        cand.join(known, on="account_id", how="left")
        .join(size, on="org_id", how="left")
        .join(inside, on=["org_id", "new"], how="left")
        .filter(
            pl.col("org_id").is_null()
            | (pl.col("size") <= 1)
            | (pl.col("inside").fill_null(0) >= ORG_COHESION * pl.col("size"))
        )
        .select(cand.columns)
    )


def _harvest_columns(harvest: pl.DataFrame) -> list[str]:
    """The extraction share columns of ``harvest`` (none without ``n_content``)."""
    if "n_content" not in harvest.columns:
        return []
    return [c for c in harvest.columns if c not in ("account_id", "n_content")]


def _candidates(
    membership: pl.DataFrame,
    held: pl.DataFrame,
    prior: pl.DataFrame,
    groups: pl.Series,
    harvest: pl.DataFrame | None,
    *,
    likeness: bool,
) -> pl.DataFrame:
    """(account_id, new) of one look-alike pass (:func:`join_look_alikes`); ``likeness``
    admits the profile-star and persona-band routes too."""
    alike = _look_alikes(membership, held, prior, groups)
    route = pl.col("card") | pl.col("private_text")
    if likeness:
        route = route | (
            (
                (pl.col("n_stars") >= LIKENESS_STARS)
                | (pl.col("n_bands") >= PERSONA_BANDS)
                | (
                    (pl.col("n_stars") >= 1)
                    & ((pl.col("prior") >= pl.col("need")) | pl.col("other_key"))
                )
            )
            & (pl.col("prefix") | ~pl.col("louder"))
        )
    cand = _first_campaign(alike.filter(route))
    if harvest is None:
        return cand
    cand = cand.join(_not_harvesting(membership, harvest, cand), on="account_id", how="anti")
    harvesters = _harvesters(membership, harvest, alike)
    return pl.concat([cand, harvesters.join(cand, on="account_id", how="anti")])


def drop_non_harvesting(
    membership: pl.DataFrame,
    harvest: pl.DataFrame,
    groups: pl.Series,
    focus: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Membership without the members of the given campaigns that do not ask what their
    campaign harvests (:func:`_not_harvesting` at ``HARVEST_MATCH`` of the members' median
    share, the bar a harvesting look-alike clears). A generic system prompt ("You are a
    helpful assistant.") tied 19 benchmark runners into a CoT hydra's core and brought 44
    power users in as holders of its "private" text: 3 % and none of their prompts read
    as reasoning requests, against the hydra's median 66 % (a world built outside the
    project, without an accounts table). Applied to campaigns' members after growth and
    again after look-alikes join.

    ``focus`` (account_id, ``n_content``, capability shares): for a campaign that harvests
    no extraction kind, the capabilities its members mostly ask (median ``FOCUS_SHARE``)
    are what it harvests. An agentic-coding hydra on the residential and mobile exits
    benign users share took 16 of them along (students asking homework step by step,
    early adopters' puzzles), none of whose prompts were agentic (a world built outside
    the project)."""
    cand = membership.filter(pl.col("community").is_in(groups.implode())).select(
        "account_id", pl.col("community").alias("new")
    )
    if cand.is_empty():
        return membership
    quiet = _not_harvesting(membership, harvest, cand, fraction=HARVEST_MATCH)
    if focus is not None:
        cols = _harvest_columns(harvest)
        extracting = (
            _typical_harvest(membership, harvest, groups, cols)["community"].unique()
            if cols
            else pl.Series("community", [], dtype=membership.schema["community"])
        )
        narrow = cand.filter(~pl.col("new").is_in(extracting.implode()))
        if not narrow.is_empty():
            quiet = pl.concat(
                [
                    quiet,
                    _not_harvesting(
                        membership, focus, narrow, fraction=HARVEST_MATCH, least=FOCUS_SHARE
                    ),
                ]
            )
    return membership.join(quiet, on="account_id", how="anti")


def _not_harvesting(
    membership: pl.DataFrame,
    harvest: pl.DataFrame,
    cand: pl.DataFrame,
    *,
    fraction: float = 0.0,
    least: float = HARVEST_SHARE,
) -> pl.DataFrame:
    """(account_id) of candidates that never ask what their campaign harvests.

    The campaign's members mostly send one kind of extraction prompt (median share m of
    at least ``HARVEST_SHARE``) and the candidate sent none (or under ``fraction`` of m)
    in n exchanges with text, where a member would have sent some with probability
    1 - (1 - m)^n of at least ``HARVEST_CONFIDENCE``: a quiet look-alike with three
    requests proves nothing by sending none, a power user with three hundred does.
    ``harvest``: account_id, ``n_content`` and the extraction share columns of the account
    features.
    """
    mine = _shares_by_kind(cand, membership, harvest, group="new", least=least)
    if mine is None:
        return cand.select("account_id").clear()
    # Null shares (no prompt text) cannot show it either way: such an account is not held back.
    unlikely = (1 - pl.col("median")).pow(
        pl.col("n_content").fill_null(0)
    ) <= 1 - HARVEST_CONFIDENCE
    short = (pl.col("share") == 0) | (pl.col("share") < fraction * pl.col("median"))
    telling = short & unlikely
    return (
        mine.group_by("account_id")
        .agg(telling.fill_null(False).all().alias("none"))
        .filter(pl.col("none"))
        .select("account_id")
    )


def _typical_harvest(
    membership: pl.DataFrame,
    harvest: pl.DataFrame,
    groups: pl.Series,
    cols: list[str],
    least: float = HARVEST_SHARE,
) -> pl.DataFrame:
    """(community, kind, median): the kinds of ``cols`` (extraction shares, or capability
    shares for :func:`drop_non_harvesting`'s ``focus``) each group's members mostly send
    (median share of at least ``least``)."""
    return (
        membership.filter(pl.col("community").is_in(groups.implode()))
        .join(harvest, on="account_id")
        .group_by("community")
        .agg(pl.col(c).median() for c in cols)
        .unpivot(index="community", on=cols, variable_name="kind", value_name="median")
        .filter(pl.col("median") >= least)
    )


def _shares_by_kind(
    cand: pl.DataFrame,
    membership: pl.DataFrame,
    harvest: pl.DataFrame,
    *,
    group: str,
    keep: tuple[str, ...] = (),
    least: float = HARVEST_SHARE,
) -> pl.DataFrame | None:
    """(account_id, ``group``, n_content, ``keep``..., kind, share, median): each candidate's
    share of every extraction kind the campaign in its ``group`` column mostly sends
    (:func:`_typical_harvest`), beside the members' median; None without content shares.
    The one comparison the harvest rules (not harvesting, harvesters, typical askers) read."""
    cols = _harvest_columns(harvest)
    if not cols:
        return None
    typical = _typical_harvest(membership, harvest, cand[group].unique(), cols, least)
    return (
        cand.join(harvest, on="account_id")
        .unpivot(
            index=["account_id", group, "n_content", *keep],
            on=cols,
            variable_name="kind",
            value_name="share",
        )
        .join(typical, left_on=[group, "kind"], right_on=["community", "kind"])
    )


def _owned(held: pl.DataFrame, camp: pl.DataFrame, *, pairs: tuple[str, ...] = ()) -> pl.DataFrame:
    """(community, kid, n_in): keys a campaign owns (``OWNED_SHARE`` of their holders, and
    at least two, are its members). Keys of the ``pairs`` kinds count from one member: a
    card one member shares with one outsider."""
    least = pl.when(pl.col("key_kind").is_in(pairs)).then(1).otherwise(2)
    return (
        held.join(camp, on="account_id")
        .group_by("community", "kid")
        .agg(pl.len().alias("n_in"), pl.col("df", "key_kind").first())
        .filter((pl.col("n_in") >= least) & (pl.col("n_in") / pl.col("df") >= OWNED_SHARE))
        .select("community", "kid", "n_in")
    )


def _need(camp: pl.DataFrame, prior: pl.DataFrame, fraction: float) -> pl.DataFrame:
    """(community, need): ``fraction`` of each campaign's median member prior."""
    return (
        camp.join(prior, on="account_id")
        .group_by("community")
        .agg((pl.col("prior").median() * fraction).alias("need"))
    )


def _kin_groups(
    membership: pl.DataFrame, held: pl.DataFrame, groups: pl.Series, kin: pl.Series
) -> pl.DataFrame:
    """(account_id, new): every member of a kin group most of whose members share a
    profile star with one campaign's members, the pair owning the star, moved to that
    campaign. Owned by the pair, not by the campaign alone: when modularity cuts a
    campaign in two, the stars spanning the cut are mostly the larger part's. A kin group
    that is itself one of the campaigns moves only into a larger one, and never into a
    campaign that moves too (no chains)."""
    members = membership.filter(pl.col("community").is_in(kin.implode()))
    size = membership.group_by("community").agg(pl.len().alias("size"))
    camp = membership.filter(pl.col("community").is_in(groups.implode()))
    stars = held.filter(pl.col("key_kind") == "profile")
    side = [
        stars.join(part, on="account_id")
        .group_by("key", "community")
        .agg(pl.col("account_id"), pl.len().alias(f"n_{tag}"), pl.col("df").first())
        .rename({"community": tag, "account_id": f"acc_{tag}"})
        for part, tag in ((members, "community"), (camp, "new"))
    ]
    shared = (
        side[0]
        .join(side[1].drop("df"), on="key")
        .filter((pl.col("n_community") + pl.col("n_new")) / pl.col("df") >= OWNED_SHARE)
    )
    best = (
        shared.explode("acc_community")
        .group_by("community", "new")
        .agg(pl.col("acc_community").n_unique().alias("n"))
        .filter(pl.col("community") != pl.col("new"))
        .join(size, on="community")
        .join(size.rename({"community": "new", "size": "size_new"}), on="new")
        .filter(
            (pl.col("n") >= KIN_STAR_SHARE * pl.col("size"))
            & (~pl.col("community").is_in(groups.implode()) | (pl.col("size") < pl.col("size_new")))
        )
        .sort(["community", "n", "new"], descending=[False, True, False])
        .group_by("community", maintain_order=True)
        .first()
    )
    best = best.filter(~pl.col("new").is_in(best["community"].implode()))
    return members.join(best.select("community", "new"), on="community").select("account_id", "new")


def _follow(cand: pl.DataFrame, moves: pl.DataFrame, membership: pl.DataFrame) -> pl.DataFrame:
    """``cand`` (account_id, new, ...) with look-alikes of a campaign that moves whole into
    another (``moves``: its members' account_id, new) sent on to where it goes. Left behind,
    they were a campaign of their own with none of the evidence it was judged on: nine
    look-alikes of a grading splinter that joined the main grading campaign were reported
    as a nine-account campaign (fresh `standard` 1919, best-match Jaccard 0.89)."""
    if moves.is_empty() or cand.is_empty():
        return cand
    moved = (
        moves.join(membership, on="account_id")
        .select(pl.col("community").alias("new"), pl.col("new").alias("to"))
        .unique("new", keep="first", maintain_order=True)
    )
    return (
        cand.join(moved, on="new", how="left")
        .with_columns(pl.coalesce("to", "new").alias("new"))
        .drop("to")
    )


def _look_alikes(
    membership: pl.DataFrame, held: pl.DataFrame, prior: pl.DataFrame, groups: pl.Series
) -> pl.DataFrame:
    """Outsiders holding keys the given campaigns own, per (account_id, community): profile
    stars, whether another owned key, owned persona bands and owned network prefixes
    (``PREFIX_KINDS``), with the account's prior, the campaign's look-alike bar and whether
    the account is louder than the members (``VOLUME_FAMILY``)."""
    camp = membership.filter(pl.col("community").is_in(groups.implode()))
    outside = prior.join(camp, on="account_id", how="anti")["prior"]
    floor = outside.quantile(LOOKALIKE_FLOOR_QUANTILE) or 0.0
    need = _need(camp, prior, LOOKALIKE_PRIOR).with_columns(
        pl.max_horizontal("need", pl.lit(floor))
    )
    if VOLUME_FAMILY in prior.columns:
        need = need.join(
            camp.join(prior, on="account_id")
            .group_by("community")
            .agg(pl.col(VOLUME_FAMILY).median().alias("members_volume")),
            on="community",
        )
        louder = pl.col(VOLUME_FAMILY) > pl.col("members_volume")
    else:
        louder = pl.lit(False)
    # A prefix needs two members: one member's /24 is often a home on a residential
    # proxy pool, whose owner asks what strangers ask (benchmarks/reasoning_askers.py).
    owned = _owned(held, camp, pairs=("payment",))
    band = pl.col("key").str.starts_with(SYSTEM_BAND) & (pl.col("n_in") >= SIMILAR_MIN_MEMBERS)
    return (
        held.join(camp, on="account_id", how="anti")
        .join(owned, on="kid")
        .group_by("account_id", "community")
        .agg(
            (pl.col("key_kind") == "profile").sum().alias("n_stars"),
            (
                (pl.col("key_kind") != "profile")
                & ~pl.col("key_kind").is_in(WEAK_KINDS)
                & ((pl.col("key_kind") != "signup_burst") | (pl.col("n_in") >= BURST_MIN_MEMBERS))
                & ((pl.col("n_in") >= 2) | (pl.col("key_kind") == "payment"))
            )
            .any()
            .alias("other_key"),
            band.sum().alias("n_bands"),
            pl.col("key_kind").is_in(PREFIX_KINDS).any().alias("prefix"),
            (pl.col("key_kind") == "payment").any().alias("card"),
            (pl.col("key_kind").is_in(CONTENT_KINDS) & ~similarity_key())
            .any()
            .alias("private_text"),
        )
        .filter(
            (pl.col("n_stars") >= 1)
            | pl.col("other_key")
            | pl.col("prefix")
            | (pl.col("n_bands") >= 1)
        )
        .join(prior, on="account_id")
        .join(need, on="community")
        .with_columns(louder.fill_null(False).alias("louder"))
    )


def _first_campaign(alike: pl.DataFrame) -> pl.DataFrame:
    """(account_id, new, asset): each look-alike's campaign, the one whose stars it holds
    most, and whether it pays with the campaign's card or sends its private text."""
    return (
        alike.sort(["account_id", "n_stars", "community"], descending=[False, True, False])
        .group_by("account_id", maintain_order=True)
        .first()
        .select(
            "account_id",
            pl.col("community").alias("new"),
            (pl.col("card") | pl.col("private_text")).alias("asset"),
        )
    )


def _harvesters(
    membership: pl.DataFrame, harvest: pl.DataFrame, alike: pl.DataFrame
) -> pl.DataFrame:
    """(account_id, new) of outsiders holding a profile star or a network prefix their
    campaign owns that ask what it harvests: for one of the extraction kinds its members
    mostly send (median share m of at least ``HARVEST_SHARE``), a share of at least
    ``HARVEST_MATCH`` x m over ``HARVEST_MIN_EXCHANGES`` or more exchanges with text."""
    held = alike.filter(((pl.col("n_stars") >= 1) & ~pl.col("louder")) | pl.col("prefix"))
    keep = ("n_stars", "card", "private_text")
    shares = (
        None
        if held.is_empty()
        else _shares_by_kind(held, membership, harvest, group="community", keep=keep)
    )
    if shares is None:
        return pl.DataFrame(
            schema={
                "account_id": pl.String,
                "new": membership["community"].dtype,
                "asset": pl.Boolean,
            }
        )
    asks = shares.filter(
        (pl.col("n_content") >= HARVEST_MIN_EXCHANGES)
        & (pl.col("share") >= HARVEST_MATCH * pl.col("median"))
    ).unique(["account_id", "community"])
    return _first_campaign(asks)


def _assign(membership: pl.DataFrame, cand: pl.DataFrame) -> pl.DataFrame:
    """Membership with each candidate (account_id, new) moved to (or added in) ``new``."""
    if cand.is_empty():
        return membership
    return pl.concat(
        [
            membership.join(cand, on="account_id", how="left")
            .with_columns(pl.coalesce("new", "community").alias("community"))
            .drop("new"),
            cand.join(membership, on="account_id", how="anti").rename({"new": "community"}),
        ]
    )
