"""``detect``: events (+ accounts) in, scored accounts and campaigns out. Pure: no files,
no clock, no network; the batch scan and the live service both call it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from distillwatch import contract
from distillwatch.features import behaviour_features, with_content
from distillwatch.features.behaviour import daily_model_counts
from distillwatch.features.content.annotate import PromptMemo
from distillwatch.features.content_agg import (
    ContentPartials,
    content_features,
    content_partials,
    merge_partials,
)
from distillwatch.features.network import prefix_counts
from distillwatch.ingest.stream import mapped_in_order, prefetched
from distillwatch.link.expand import (
    cohesive_members,
    drop_non_harvesting,
    expand_groups,
    join_look_alikes,
)
from distillwatch.link.graph import communities, key_holdings, key_weights
from distillwatch.link.keys import (
    KEY_SCHEMA,
    PROFILE_NEIGHBOURS,
    Signatures,
    account_keys,
    content_keys,
    family_keys,
    infra_keys,
    profile_keys,
    system_family_keys,
)
from distillwatch.link.merge import merge_groups
from distillwatch.pipeline.campaigns import assemble
from distillwatch.score.account import (
    RELIABLE_EVENTS,
    available_families,
    family_strengths,
    individual_score,
    signal_strengths,
)
from distillwatch.score.campaign import (
    CAPABILITY_SHARES,
    LINE_FIRES,
    TEXT_ASSET_KINDS,
    campaign_lines,
    campaign_scores,
    core_members,
    cross_org_assets,
    domain_orgs,
    harvest_members,
    isolated_orgs,
    keep_core_scores,
    key_coverage,
    member_orgs,
    unmeasured_lines,
)
from distillwatch.score.signals import SIGNALS
from distillwatch.score.tenants import billing_orgs, replacing_tenants

#: ``features.content.annotate``: events (and a memo of annotated prompts) in, content
#: columns added.
Annotate = Callable[[pl.DataFrame, PromptMemo | None], pl.DataFrame]
#: Contract columns no signal reads: an engine need not stage or ship them.
UNREAD_COLUMNS: tuple[str, ...] = ("response",)
#: Rows per annotated batch: bounds memory of the per-event content columns.
BATCH_ROWS = 250_000
#: Prompts per account that get MinHash signatures.
FAMILY_SAMPLE = 12
#: Exchanges with prompt text an account needs for a topic/style profile.
PROFILE_MIN_EVENTS = 5
#: Prompts per account that feed its profile (hashing them is the step's main cost).
PROFILE_SAMPLE = 12
#: Fewest batches between merges of partial content sums (keeps memory per account).
MERGE_EVERY = 8


@dataclass(slots=True)
class Detection:
    """What ``detect`` finds: per-account rows, campaigns and the report artifacts."""

    accounts: pl.DataFrame  # account_id, score, flagged, campaign_id, reasons, evidence
    campaigns: list[dict[str, Any]]
    daily: pl.DataFrame  # day, campaign_id (null = all traffic), model, exchanges
    links: pl.DataFrame  # campaign_id, account_id, key_kind, key, weight
    features: pl.DataFrame = field(default_factory=pl.DataFrame)


def content_api() -> tuple[Annotate, Signatures] | None:
    """The content stage's ``annotate`` and ``template_signature_matrix`` or None; public for
    Spark."""
    try:
        mod = importlib.import_module("distillwatch.features.content")
    except ImportError:
        return None
    return mod.annotate, mod.template_signature_matrix


def sample_of(
    partials: ContentPartials, min_events: int, per_account: int, *, harvest_first: bool = False
) -> pl.DataFrame:
    """The ``per_account`` lowest-ranked rows of the content sample of each account with at
    least ``min_events`` exchanges of prompt text; ``harvest_first`` ranks the sample's
    extraction prompts before the others. By rank, not row position: a join does not keep
    the sample's row order."""
    enough = partials.sums.filter(pl.col("n_content") >= min_events).select("account_id")
    sample = partials.sample.join(enough, on="account_id")
    key = pl.col("rank")
    if harvest_first:  # harvest prompts below every other (top bit)
        key = key // 2 + pl.when(pl.col("harvest")).then(0).otherwise(2**63).cast(pl.UInt64)
    # A per-account rank, not a sort of the whole sample (0.25 s against 0.6-0.9 s for 172k
    # accounts).
    return sample.filter(key.rank("ordinal").over("account_id") <= per_account)


def family_sample(partials: ContentPartials) -> pl.DataFrame:
    """Prompt sample of accounts with enough exchanges for template families (MinHash is the
    costly step; a three-request account cannot show a template family anyway)."""
    return sample_of(partials, RELIABLE_EVENTS, FAMILY_SAMPLE)


def profile_sample(partials: ContentPartials) -> pl.DataFrame:
    """(account_id, text): the bounded prompt sample of accounts with enough exchanges for a
    topic/style profile; an engine collects it from every partition for the profile step."""
    return sample_of(partials, PROFILE_MIN_EVENTS, PROFILE_SAMPLE, harvest_first=True).select(
        "account_id", pl.col("prompt").alias("text")
    )


def population_profile_keys(sample: pl.DataFrame) -> pl.DataFrame:
    """``profile`` keys over the whole population: profiles of each account's sample and
    their nearest neighbours (exact cosine search, faiss). Population-level, so every
    engine runs it once on all accounts' samples, never per partition."""
    if sample.is_empty():
        return pl.DataFrame(schema=KEY_SCHEMA)
    mod = importlib.import_module("distillwatch.features.content")
    profiles = mod.sample_profiles(sample)
    return profile_keys(mod.profile_neighbours(profiles, k=PROFILE_NEIGHBOURS))


def population_repeats(sample: pl.DataFrame) -> pl.DataFrame:
    """(account_id, repeat_share): the share of each account's sampled prompts (distinct,
    case and spacing aside) that another account's sample holds too. Population-level
    like the profiles (every engine runs it once on all accounts' samples): what many
    accounts ask is homework or a benchmark, not a harvest (``score.campaign.REPEAT_MAX``).
    Follow-ups count too: counting openers only, an agentic hydra's shared task scaffolds
    (its openers) read as asking what others ask and its content stopped counting, which
    lost it without the accounts table (`provider_a` 1, 0.652 -> 0.216)."""
    texts = sample.select(
        "account_id",
        pl.col("text")
        .str.to_lowercase()
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
        .hash()
        .alias("h"),
    ).unique()
    holders = texts.group_by("h").agg(pl.len().alias("holders"))
    return (
        texts.join(holders, on="h")
        .group_by("account_id")
        .agg((pl.col("holders") > 1).mean().alias("repeat_share"))
    )


def content_tables(
    events: pl.LazyFrame,
    partials: ContentPartials,
    signatures: Signatures,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Per-account content features and content link keys (prompt skeletons, system
    prompts, MinHash families of prompts and of system prompts) from one set of accounts'
    events: the content block every engine runs per account partition."""
    fam_keys, fam_share = family_keys(family_sample(partials), signatures)
    content = content_features(partials).join(fam_share, on="account_id", how="left")
    keys = pl.concat(
        [
            content_keys(partials.templates, partials.systems),
            fam_keys,
            system_family_keys(events, signatures),
        ]
    ).cast(KEY_SCHEMA)  # type: ignore[arg-type]
    return content, keys


def metadata_tables(
    lf: pl.LazyFrame, accounts: pl.DataFrame | None, daily: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Behaviour features and infrastructure keys: everything that needs no prompt text,
    over one parse of the IP addresses."""
    prefixes = prefix_counts(lf)
    return behaviour_features(lf, accounts, daily=daily, prefixes=prefixes), infra_keys(
        lf, prefixes
    )


def annotate_partials(
    events: pl.LazyFrame,
    annotate: Annotate,
    *,
    batch_rows: int = BATCH_ROWS,
    on_batch: Callable[[int], None] | None = None,
    memo: PromptMemo | None = None,
) -> ContentPartials | None:
    """Annotate events batch by batch and fold each batch into per-account partial sums.

    A prompt is annotated once per run, in the first batch that holds it (``memo``: a new
    ``PromptMemo`` unless one is given, as the live service keeps one across re-scoring
    runs of its window).
    Two batches are annotated at a time (:func:`mapped_in_order`: 13 % less wall time
    than one at a time) and folded in order. Pending partials are merged once they hold
    as many rows as the merged ones (and at least ``MERGE_EVERY`` batches): each merge
    re-groups every (account, template) pair seen so far, so merging at a fixed interval
    costs quadratic time in the batches, while this keeps it linear and memory within
    twice the merged partials.
    """
    cols = [
        c
        for c in ("event_id", "account_id", "prompt", "system", "tools", "response_format", "turn")
        if c in events.collect_schema()
    ]
    merged: ContentPartials | None = None
    pending: list[ContentPartials] = []
    memo = memo if memo is not None else PromptMemo()

    def partial(batch: pl.DataFrame) -> tuple[ContentPartials, int]:
        return content_partials(annotate(batch, memo)), batch.height

    slices = prefetched(row_slices(events.select(cols), batch_rows), depth=1)
    for part, rows in mapped_in_order(partial, (b for b in slices if not b.is_empty())):
        pending.append(part)
        if on_batch is not None:
            on_batch(rows)
        if len(pending) >= MERGE_EVERY and _rows(pending) >= _rows([merged] if merged else []):
            merged = merge_partials([*([merged] if merged else []), *pending])
            pending = []
    if pending:
        merged = merge_partials([*([merged] if merged else []), *pending])
    return merged


def _rows(parts: list[ContentPartials]) -> int:
    """Rows of the two tables that grow with traffic: (account, template) pairs and the sample."""
    return sum(p.templates.height + p.sample.height for p in parts)


def row_slices(events: pl.LazyFrame, rows: int) -> Iterator[pl.DataFrame]:
    """Consecutive slices of ``rows`` rows, each read when asked for. ``collect_batches``
    reads ahead without bound while annotation is slower than the read (1.1 GB more at
    10M events); with :func:`~distillwatch.ingest.stream.prefetched` one slice is read
    ahead instead, still overlapping the read with annotation."""
    total = events.select(pl.len()).collect().item()
    for offset in range(0, total, rows):
        yield events.slice(offset, rows).collect()


def detect(
    events: pl.LazyFrame | pl.DataFrame,
    accounts: pl.DataFrame | None = None,
    *,
    intel: Any = None,
    metadata_only: bool = False,
    batch_rows: int = BATCH_ROWS,
    on_batch: Callable[[int], None] | None = None,
    memo: PromptMemo | None = None,
) -> Detection:
    """Score every account and find campaigns in a window of events (see docs/DETECTION.md).

    ``intel``: indicators from other providers (``share.Intel`` or a (key_kind, key)
    frame); accounts holding them get ``intel`` keys in the graph (:func:`intel_keys`). ``metadata_only`` skips prompt content.
    ``memo``: per-prompt annotations kept from earlier calls (the live service re-scores an
    overlapping window); it saves work and changes no result.
    """
    lf = conform(events.lazy())
    daily = daily_model_counts(lf).collect()
    if daily.is_empty():
        return empty_detection()
    api = None if metadata_only else content_api()
    content = None
    extra_keys: list[pl.DataFrame] = []
    # The metadata tables need no prompt text: built on a side thread while annotation
    # runs, they use the share of the two cores annotation leaves idle. Each step on
    # either thread is deterministic, so the result does not depend on their timing.
    with ThreadPoolExecutor(max_workers=1) as side:
        metadata = side.submit(metadata_tables, lf, accounts, daily)
        if api is not None:
            annotate, signatures = api
            partials = annotate_partials(
                lf, annotate, batch_rows=batch_rows, on_batch=on_batch, memo=memo
            )
            if partials is not None:
                # Profiles (mostly one core) and template families need only the partials.
                sample = profile_sample(partials)
                profiles = side.submit(population_profile_keys, sample)
                content, found = content_tables(lf, partials, signatures)
                content = content.join(population_repeats(sample), on="account_id", how="left")
                extra_keys += [found, profiles.result()]
        behaviour, infra = metadata.result()
        features = with_content(behaviour, content)
        keys = pl.concat([infra, account_keys(accounts, features["account_id"]), *extra_keys])
    strengths, baselines = signal_strengths(features)
    fams = individual_score(family_strengths(strengths), available_families(baselines))
    keys = pl.concat([keys, intel_keys(keys, intel)])
    return score_tables(features, keys, daily, strengths=strengths, baselines=baselines, fams=fams)


def score_tables(
    features: pl.DataFrame,
    keys: pl.DataFrame,
    daily: pl.DataFrame,
    *,
    strengths: pl.DataFrame | None = None,
    baselines: dict[str, Any] | None = None,
    fams: pl.DataFrame | None = None,
    group: Callable[[pl.DataFrame, pl.DataFrame], pl.DataFrame] = communities,
) -> Detection:
    """Everything after the per-account tables: score accounts, link, judge groups, assemble.

    Takes the per-account feature table, the per-account key table and daily counts, so an
    engine that computes those per partition (Spark) finishes with this same function.
    ``group(keys, weights)`` turns the weighted key graph into communities (default: Leiden
    on this machine; Spark passes its per-component Leiden for graphs beyond the driver).
    """
    if strengths is None or baselines is None or fams is None:
        strengths, baselines = signal_strengths(features)
        fams = individual_score(family_strengths(strengths), available_families(baselines))
    # A tenant that consumes and replaces its accounts vouches for none of them.
    features = replacing_tenants(billing_orgs(features, keys, fams, LINE_FIRES["trust"]))
    weights = key_weights(keys, features.height, fams.select("account_id", "prior"))
    # Leiden runs on one core; the key holdings (one Polars query) fill the other meanwhile.
    with ThreadPoolExecutor(max_workers=1) as side:
        held = side.submit(key_holdings, keys, weights)
        raw = group(keys, weights)
        holdings = held.result()
    orgs = features.select("account_id", "org_id") if "org_id" in features.columns else None
    membership = harvest_members(
        cohesive_members(core_members(raw, fams, holdings, weights, orgs), orgs), features
    )
    ctx = (features, baselines)
    membership, coverage, lines = judge(membership, holdings, fams, ctx)
    first = lines.filter(pl.col("convergent")).select("community", "campaign_score")
    flagged = first["community"]
    extraction = [s.column for s in SIGNALS if s.family == "extraction"]
    harvest = features.select(
        "account_id", *[c for c in ("n_content", *extraction) if c in features.columns]
    )
    focus = features.select(
        "account_id", *[c for c in ("n_content", *CAPABILITY_SHARES) if c in features.columns]
    )
    grown = expand_groups(membership, holdings, fams, flagged, orgs)
    grown = harvest_members(merge_groups(grown, holdings, flagged), features)
    grown = drop_non_harvesting(grown, harvest, flagged, focus)
    if not grown.equals(membership):
        # Growth dilutes the medians the core's judgement rests on; it keeps the core's
        # verdict and score (as look-alikes below do).
        membership, coverage, lines = judge(grown, holdings, fams, ctx, flagged)
        lines = keep_core_scores(lines, first)
    # Look-alikes join judged campaigns last: quieter members dilute the medians the
    # judgement rests on, so they may not undo it.
    flagged = lines.filter(pl.col("convergent"))["community"]
    # Kin: groups passing every gate but coordination, and campaigns themselves (likeness
    # can lift a splinter of a larger campaign over the coordination bar on its own).
    kin = lines.filter(pl.col("uncoordinated") | pl.col("convergent"))["community"]
    cleared = lines.filter(~pl.col("uncoordinated") & ~pl.col("convergent"))["community"]
    grown = harvest_members(
        join_look_alikes(membership, holdings, fams, flagged, kin, harvest, orgs, cleared),
        features,
    )
    grown = drop_non_harvesting(grown, harvest, flagged, focus)
    if not grown.equals(membership):
        core = lines.filter(pl.col("convergent")).select("community", "campaign_score")
        membership, coverage, lines = judge(grown, holdings, fams, ctx, flagged)
        lines = keep_core_scores(lines, core)
    return assemble(
        features=features,
        strengths=strengths,
        baselines=baselines,
        families=fams,
        membership=membership,
        lines=lines,
        coverage=coverage,
        holdings=holdings,
        weights=weights,
        daily=daily,
    )


def judge(
    membership: pl.DataFrame,
    holdings: pl.DataFrame,
    fams: pl.DataFrame,
    ctx: tuple[pl.DataFrame, dict[str, Any]],
    converged: pl.Series | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Key coverage and scored lines of evidence for each community.

    ``holdings``: from ``link.graph.key_holdings``; ``converged``: communities whose core
    already converged (see ``score.campaign.campaign_scores``). Returns the membership
    without the customer fleets (``score.campaign.isolated_orgs``) of groups that
    converge, and those groups judged again without them.
    """
    features, baselines = ctx

    def scored(members: pl.DataFrame, done: pl.Series | None) -> tuple[pl.DataFrame, pl.DataFrame]:
        orgs = member_orgs(members, features, domain_orgs(holdings, members, fams))
        coverage = key_coverage(holdings, members)
        crossing = cross_org_assets(holdings, orgs)
        across = cross_org_assets(holdings, orgs, TEXT_ASSET_KINDS).rename(
            {"crossing": "assets_across"}
        )
        lines = campaign_lines(members, fams, coverage, features, baselines, orgs, crossing, across)
        return coverage, campaign_scores(lines, done, unmeasured_lines(baselines))

    coverage, lines = scored(membership, converged)
    # A customer's fleet joined to a campaign by likeness leaves it once the group is judged
    # (judged with it: taking fleets out of a group first would leave only its one-account
    # organisations and make a judge product's customers look like strangers).
    convergent = lines.filter(pl.col("convergent"))["community"]
    isolated = isolated_orgs(holdings, member_orgs(membership, features)).filter(
        pl.col("community").is_in(convergent.implode())
    )
    if isolated.is_empty():
        return membership, coverage, lines
    membership = membership.join(isolated, on=["account_id", "community"], how="anti")
    coverage, lines = scored(membership, convergent)
    return membership, coverage, lines


def conform(events: pl.LazyFrame) -> pl.LazyFrame:
    """Select the contract columns in contract dtypes; absent optional columns become null."""
    have = events.collect_schema()
    return events.select(
        (pl.col(c) if c in have else pl.lit(None)).cast(t).alias(c)
        for c, t in contract.EVENT_SCHEMA.items()
    )


def intel_keys(keys: pl.DataFrame, intel: Any) -> pl.DataFrame:
    """Accounts holding a key another provider reported, as ``intel`` keys.

    ``intel`` is a ``share.Intel`` (matched by ``share.intel_matches``: IP ranges, user
    agents, template fingerprints) or a frame of exact (key_kind, key) indicators. Every
    holder of one indicator shares the key ``intel:<indicator>``, so corroborated accounts
    link to each other in the graph.
    """
    if intel is None:
        return pl.DataFrame(schema=KEY_SCHEMA)
    if isinstance(intel, pl.DataFrame):
        if intel.is_empty():
            return pl.DataFrame(schema=KEY_SCHEMA)
        hits = keys.join(intel.select("key_kind", "key").unique(), on=["key_kind", "key"])
        hits = hits.with_columns(pl.format("{}:{}", "key_kind", "key").alias("indicator_id"))
    else:
        share = importlib.import_module("distillwatch.share.intel")
        hits = share.intel_matches(intel, keys.select("account_id", "key_kind", "key"))
    return (
        hits.select(
            "account_id",
            pl.lit("intel").alias("key_kind"),
            pl.col("indicator_id").cast(pl.String).alias("key"),
            pl.lit(1.0).alias("share"),
        )
        .unique(["account_id", "key"])
        .cast(KEY_SCHEMA)  # type: ignore[arg-type]
    )


def empty_detection() -> Detection:
    """A valid, empty result (no events)."""
    return Detection(
        accounts=pl.DataFrame(schema=ACCOUNT_RESULT_SCHEMA),
        campaigns=[],
        daily=pl.DataFrame(schema=DAILY_SCHEMA),
        links=pl.DataFrame(schema=LINKS_SCHEMA),
    )


EVIDENCE_DTYPE = pl.List(
    pl.Struct(
        {"signal": pl.String, "value": pl.Float64, "baseline": pl.Float64, "detail": pl.String}
    )
)
ACCOUNT_RESULT_SCHEMA = pl.Schema(
    {
        "account_id": pl.String,
        "score": pl.Float64,
        "flagged": pl.Boolean,
        "campaign_id": pl.String,
        "reasons": pl.String,
        "evidence": EVIDENCE_DTYPE,
    }
)
DAILY_SCHEMA = pl.Schema(
    {"day": pl.Date, "campaign_id": pl.String, "model": pl.String, "exchanges": pl.Int64}
)
LINKS_SCHEMA = pl.Schema(
    {
        "campaign_id": pl.String,
        "account_id": pl.String,
        "key_kind": pl.String,
        "key": pl.String,
        "weight": pl.Float64,
    }
)
