"""Signal strengths, family combination and the convergence gate of campaign scores."""

from __future__ import annotations

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from distillwatch.link.graph import key_holdings
from distillwatch.score.account import Baseline, family_strengths, signal_strengths, strength
from distillwatch.score.campaign import (
    COORD_LINES,
    LINES,
    behaviour_line,
    campaign_scores,
    disposable_accounts,
    harvest_members,
    unmeasured_lines,
)
from distillwatch.score.signals import FAMILY_WEIGHTS, SIGNALS

from .lives import staggered


def unit_weights(keys: pl.DataFrame) -> pl.DataFrame:
    """(key_kind, key, df, weight, kid) with every key at weight 1: core rules without IDF."""
    return (
        keys.group_by("key_kind", "key")
        .agg(pl.len().alias("df"))
        .with_columns(pl.lit(1.0).alias("weight"))
        .sort("key_kind", "key")
        .with_row_index("kid")
    )


@given(st.lists(st.floats(-50, 50), min_size=1, max_size=30))
def test_strength_bounded_and_monotone(zs: list[float]) -> None:
    sig = SIGNALS[0]
    s = strength(pl.Series(sorted(zs)), sig).to_list()
    assert all(0.0 <= v <= 1.0 for v in s)
    assert s == sorted(s)


def test_outlier_stands_out_against_reliable_population() -> None:
    n = 60
    feats = pl.DataFrame(
        {
            "account_id": [f"a{i}" for i in range(n)],
            "n_events": [100] * (n - 1) + [500],
            "cot_share": [0.0] * (n - 1) + [0.6],
        }
    )
    s, baselines = signal_strengths(feats)
    assert baselines["cot_extraction"].median == 0.0
    assert s.filter(pl.col("account_id") == f"a{n - 1}")["s_cot_extraction"].item() == 1.0
    assert s.filter(pl.col("account_id") == "a0")["s_cot_extraction"].item() == 0.0
    fam = family_strengths(s)
    assert fam.filter(pl.col("account_id") == f"a{n - 1}")["f_extraction"].item() == 1.0


def test_few_exchanges_count_less() -> None:
    feats = pl.DataFrame(
        {
            "account_id": [f"a{i}" for i in range(40)],
            "n_events": [100] * 38 + [5, 100],
            "cot_share": [0.0] * 38 + [1.0, 1.0],
        }
    )
    s, _ = signal_strengths(feats)
    small, big = s.filter(pl.col("account_id").is_in(["a38", "a39"])).sort("account_id")[
        "s_cot_extraction"
    ]
    assert small < big


def _line(**values: float) -> dict:
    row = dict.fromkeys((*COORD_LINES, *LINES), 0.0) | {
        "community": 0,
        "n_accounts": 10,
        "f_extraction": 0.0,
        "f_targeting": 0.0,
        "strangers": 1.0,
        "org_known": 1.0,
    }
    return row | values


def test_convergence_gate() -> None:
    rows = [
        _line(
            coordination=1.0, coord_infrastructure=1.0, coord_payment=1.0, behaviour=1.0
        ),  # agency / batch
        _line(coordination=1.0, coord_template=1.0, content=1.0, f_extraction=1.0),  # judge product
        _line(
            coordination=1.0,
            coord_infrastructure=1.0,
            coord_payment=1.0,
            content=1.0,
            trust=1.0,
            pivot=1.0,
        ),
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, False, True]
    score = out["campaign_score"].to_list()
    assert score[0] < 0.5 and score[1] < 0.5 and score[2] > 0.5


def test_lines_just_short_of_firing_count_in_part() -> None:
    """Two supporting lines each just under their firing level add up to more than one
    line that fires; slight leans (under half the level) add nothing, however many."""
    harvest = {"coordination": 0.8, "coord_infrastructure": 0.6, "content": 1.0}
    harvest |= {"f_extraction": 1.0}
    rows = [
        _line(**harvest, behaviour=0.5),  # content and behaviour fire: converges today
        _line(**harvest, behaviour=0.498, trust=0.5),  # two near misses: more evidence
        _line(**harvest, behaviour=0.45),  # one near miss alone: short of two lines
        _line(**harvest, behaviour=0.24, trust=0.29, pivot=0.24, templating=0.24),
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [True, True, False, False]
    assert out["n_lines"].to_list() == [2, 1, 1, 1]  # the reviewer's count of fired lines


def test_multi_channel_coordination_of_strangers_converges_with_content() -> None:
    """Strangers tied by two independent channels while all targeting one capability are one
    operator when one more line supports it; one organisation's accounts, or a single
    channel, are not enough, and neither is a company's staff on its card and egress
    with nothing unusual in how they ask."""
    hydra = {"coordination": 1.0, "coord_infrastructure": 1.0, "coord_payment": 1.0}
    rows = [
        _line(**hydra, content=1.0, behaviour=1.0),  # two channels, strangers, targeting
        _line(**hydra, content=1.0),  # ... with nothing else: a company's staff
        _line(**hydra, content=1.0, f_extraction=1.0),  # ... harvesting: a rewrite cell
        _line(**hydra, content=1.0, strangers=0.2),  # one org's accounts: agency-like
        _line(coordination=1.0, coord_infrastructure=1.0, content=1.0),  # one channel
        _line(**hydra),  # two channels but ordinary content
        _line(**hydra, content=1.0, org_known=0.0),  # no org ids: an enterprise's fleet too
        _line(**hydra, content=1.0, org_known=0.0, f_extraction=1.0),  # a judge product too
        _line(**hydra, content=1.0, org_known=0.0, trust=1.0),  # ... unless fresh/unverified
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [
        True,
        False,
        True,
        False,
        False,
        False,
        False,
        False,
        True,
    ]


def test_card_sharers_without_org_ids_need_an_operator_sign() -> None:
    """Without org ids, accounts on shared cards and one grading template may be one judge
    product's; extraction content alone then does not say "who" (fresh, unverified
    sign-ups do). With org ids, or without shared cards, it still does."""
    judge = {
        "coordination": 1.0,
        "coord_template": 1.0,
        "coord_payment": 0.6,
        "content": 1.0,
        "behaviour": 0.6,
        "f_extraction": 1.0,
    }
    rows = [
        _line(**judge, org_known=0.0),  # one product's accounts, or strangers: unknown
        _line(**judge, org_known=0.0, trust=1.0),  # fresh unverified sign-ups: an operator
        _line(**judge, org_known=1.0),  # org ids say these are strangers
        _line(**(judge | {"coord_payment": 0.0}), org_known=0.0),  # own cards each
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, True, True, True]


def _lives(
    group: str, n: int, life_h: float, stagger_h: float, age_days: float, events: int
) -> list[dict]:
    """``n`` accounts of one community (``lives.staggered``)."""
    return staggered(
        group,
        n,
        life_h=life_h,
        stagger_h=stagger_h,
        age_days=age_days,
        events=events,
        community=group,
    )


def test_disposable_accounts_are_consumed_and_replaced() -> None:
    """A hydra's accounts are signed up hours before use, worked for a day or two and
    dropped while the group goes on; a customer's live as long as the customer, trial
    sign-ups are barely used, and a one-day event shows no replacement."""
    rows = (
        _lives("hydra", 40, life_h=36, stagger_h=6, age_days=0.1, events=200)
        + _lives("customer", 40, life_h=220, stagger_h=0.5, age_days=0.1, events=200)
        + _lives("trials", 40, life_h=1, stagger_h=6, age_days=0.0, events=2)
        + _lives("aged", 40, life_h=36, stagger_h=6, age_days=400, events=200)
        + _lives("event", 40, life_h=4, stagger_h=0.4, age_days=0.0, events=200)
        + _lives("quiet", 200, life_h=100, stagger_h=0, age_days=300, events=10)
    )
    frame = pl.DataFrame(rows)
    out = disposable_accounts(frame.select("account_id", "community"), frame.drop("community"))
    share = dict(zip(out["community"], out["disposable"], strict=True))
    assert share["hydra"] >= 0.8
    assert share["customer"] == 0.0 and share["trials"] == 0.0 and share["aged"] == 0.0
    assert share["event"] is None  # active under three days: not measured
    # without sign-up times there is nothing to measure: not measured, not "none"
    blind = disposable_accounts(
        frame.select("account_id", "community"), frame.drop("community", "account_age_days")
    )
    assert blind.is_empty()
    unknown = frame.with_columns(pl.lit(None, pl.Float64).alias("account_age_days"))
    out = disposable_accounts(unknown.select("account_id", "community"), unknown)
    assert out["disposable"].null_count() == out.height


def test_disposable_accounts_say_who() -> None:
    """A card-sharing hydra without org ids whose sign-ups are not unusual (most of the
    population is unverified) converges once its accounts are shown to be disposable."""
    hydra = {
        "coordination": 1.0,
        "coord_payment": 1.0,
        "coord_infrastructure": 1.0,
        "content": 1.0,
        "behaviour": 0.7,
        "trust": 0.5,
        "f_targeting": 1.0,
        "org_known": 0.0,
    }
    rows = [_line(**hydra, disposable=0.1), _line(**hydra, disposable=0.7)]
    assert campaign_scores(pl.DataFrame(rows))["convergent"].to_list() == [False, True]


def test_a_pivot_says_who_only_for_a_group_sharing_an_operator_asset() -> None:
    """Every user of one coding-agent client shares its system prompt and user agent, codes,
    and tries a new model early; that pivot says "who" only when the group also shares an
    operator's asset (networks, cards, a sign-up burst, an e-mail domain)."""
    client = {"coordination": 1.0, "coord_template": 1.0, "content": 1.0, "pivot": 0.8}
    rows = [
        _line(**client),  # a client's user base
        _line(**client, coord_infrastructure=1.0),  # ... on the same proxies: an operator
        _line(**client, coord_payment=0.6),  # ... or paying with the same cards
        _line(**client, trust=1.0),  # ... or fresh, unverified sign-ups
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, True, True, True]


def test_narrow_focus_says_who_for_strangers_sharing_an_operator_asset() -> None:
    """One agentic-coding template on coordinated accounts is the harvest the brief
    describes; the same template alone is a client's user base, and without org ids the
    accounts on one network may be one enterprise's fleet."""
    agentic = {
        "coordination": 1.0,
        "coord_template": 1.0,
        "content": 1.0,
        "f_targeting": 1.0,
        "behaviour": 0.8,
    }
    rows = [
        _line(**agentic),  # the client's users: template only
        _line(**agentic, coord_infrastructure=1.0),  # ... through one proxy pool
        _line(**agentic, coord_infrastructure=1.0, org_known=0.0),  # ... org ids unknown
        _line(**agentic, coord_infrastructure=1.0, repeats=0.95),  # ... one benchmark
        _line(**agentic, coord_infrastructure=1.0, repeats=0.82),  # ... a hackathon's exercises
        _line(**agentic, coord_infrastructure=1.0, repeats=0.82, trust=1.0),  # fresh sign-ups
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, True, False, False, False, True]


def test_narrow_focus_on_card_named_organisations_needs_an_account_asset() -> None:
    """Without logged org ids (organisations named by cards), narrow focus on a shared
    network is what a platform's customers bringing their own keys look like; an operator
    also shares the accounts' own assets (cards, sign-up hours, e-mail domains)."""
    platform = {
        "coordination": 1.0,
        "coord_infrastructure": 1.0,
        "coord_template": 1.0,
        "content": 1.0,
        "f_targeting": 1.0,
        "behaviour": 0.8,
        "org_known": 1.0,
    }
    rows = [
        _line(**platform, org_logged=0.0),  # merchants behind one backend, own cards
        _line(**platform, org_logged=0.0, coord_payment=1.0),  # on shared cards too
        _line(**platform, org_logged=1.0),  # logged org ids: strangers on one network
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, True, True]


def test_narrow_focus_needs_full_support_when_a_line_is_unmeasured() -> None:
    """Without the accounts table trust cannot be measured, which lowers the support needed
    to one line; narrow focus, the weakest "who", does not get that lower bar. One
    company's staff on its office egress and internal tool show coordination and narrow
    focus only; extraction content still converges on the lower bar."""
    staff = {
        "coordination": 1.0,
        "coord_infrastructure": 1.0,
        "coord_template": 1.0,
        "content": 1.0,
        "f_targeting": 1.0,
    }
    blind = frozenset({"trust"})
    rows = [
        _line(**staff),  # narrow focus, coordination, nothing else
        _line(**staff, behaviour=0.8),  # ... and machine behaviour
        _line(**staff, f_extraction=1.0),  # extraction content says who on its own
    ]
    out = campaign_scores(pl.DataFrame(rows), unmeasured=blind)
    assert out["convergent"].to_list() == [False, True, True]


def test_a_pivot_does_not_say_who_for_card_sharers_without_org_ids() -> None:
    """Without org ids, accounts on one card may be one customer's team, and a team moves
    to a new model together: the pivot of established accounts says nothing. Accounts
    leaning fresh or unverified still pivot as an operator's; with org ids saying they
    are strangers, the pivot says "who" as before."""
    lab = {
        "coordination": 1.0,
        "coord_payment": 1.0,
        "coord_infrastructure": 1.0,
        "content": 1.0,
        "behaviour": 0.6,
        "pivot": 0.95,
        "f_extraction": 1.0,
    }
    rows = [
        _line(**lab, org_known=0.0),  # a research lab evaluating the new model at launch
        _line(**lab, org_known=0.0, trust=1.0),  # fresh, unverified sign-ups
        _line(**lab, org_known=0.0, trust=0.5),  # half fresh, unverified: not a team
        _line(**lab, org_known=1.0),  # org ids say strangers
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, True, True, True]


def test_extraction_content_of_a_group_asking_what_many_ask_does_not_say_who() -> None:
    """A class's homework or a lab's benchmark is the same questions from many accounts;
    asked for worked solutions it reads like CoT harvesting, but a harvest collects answers
    to new tasks. Fresh, unverified sign-ups still say who."""
    cohort = {
        "coordination": 1.0,
        "coord_infrastructure": 1.0,
        "coord_signup": 1.0,
        "content": 1.0,
        "templating": 1.0,
        "f_extraction": 1.0,
    }
    rows = [
        _line(**cohort, repeats=0.2),  # distinct tasks: a harvest
        _line(**cohort, repeats=0.97),  # the same homework from a whole class
        _line(**cohort, repeats=0.97, trust=1.0),  # ... from disposable sign-ups
        _line(**cohort, repeats=None),  # no prompt sample: not held against it
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [True, False, True, True]


def test_members_asking_what_many_ask_leave_a_harvesting_group() -> None:
    """A student whose homework is everyone's rode a CoT hydra on a shared home /24; where
    the whole group asks shared questions, the group gate decides instead."""
    features = pl.DataFrame(
        {
            "account_id": ["h1", "h2", "h3", "student", "quiet", "c1", "c2", "c3"],
            "repeat_share": [0.0, 0.1, 0.2, 0.95, None, 0.9, 1.0, 0.6],
        }
    )
    membership = pl.DataFrame(
        {
            "account_id": ["h1", "h2", "h3", "student", "quiet", "c1", "c2", "c3"],
            "community": [1, 1, 1, 1, 1, 2, 2, 2],
        }
    )
    kept = harvest_members(membership, features)
    assert kept["account_id"].to_list() == ["h1", "h2", "h3", "quiet", "c1", "c2", "c3"]
    assert harvest_members(membership, features.drop("repeat_share")).equals(membership)


def test_a_rotating_pool_is_how_traffic_is_sent() -> None:
    """Network rotation is one of the behaviour families the line takes its two strongest of."""
    fams = pl.DataFrame({"f_volume": [0.0, 0.0], "f_timing": [0.0, 1.0], "f_tokens": [0.0, 0.0]})
    rotating = fams.with_columns(f_network=pl.Series([1.0, 1.0]))
    assert rotating.select(behaviour_line())["f_volume"].to_list() == [0.5, 1.0]


def test_partner_intel_corroborates_but_never_suffices_alone() -> None:
    """Another provider's attribution answers "who" (like extraction, trust or a pivot) but
    supporting lines are still needed: indicators are evidence, not a verdict."""
    intel = {"coordination": 1.0, "coord_intel": 1.0}
    rows = [
        _line(**intel, content=1.0, behaviour=1.0),  # attested + targeting + heavy use
        _line(**intel, content=1.0),  # attested + one supporting line only
        _line(coordination=1.0, coord_infrastructure=1.0, content=1.0, behaviour=1.0),
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [True, False, False]


def test_one_organisations_accounts_do_not_converge_on_the_main_route() -> None:
    """An app's or agency's accounts (few organisations) that move to a new model together
    and ask for extraction-like content are one customer, not a hydra of strangers."""
    group = {"coordination": 1.0, "coord_infrastructure": 1.0, "content": 1.0, "pivot": 1.0}
    rows = [_line(**group, f_extraction=1.0), _line(**group, f_extraction=1.0, strangers=0.6)]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [True, False]


def test_a_line_the_input_cannot_show_is_not_counted_against_a_group() -> None:
    """Without an accounts table trust is unmeasured: a group of strangers (by their org
    ids) coordinated and harvesting extraction content converges on one supporting line,
    and its weighted score is over the lines that could be measured. With trust measured
    (and 0), without org ids to tell strangers from one customer's fleet, or when its
    members mostly ask what other accounts ask, it does not."""
    harvest = {
        "coordination": 0.7,
        "coord_infrastructure": 0.7,
        "content": 1.0,
        "f_extraction": 1.0,
    }
    rows = [
        _line(**harvest, org_known=1.0),
        _line(coordination=0.7, coord_infrastructure=0.7, content=1.0, org_known=1.0),  # no who
        _line(coordination=0.2, content=1.0, f_extraction=1.0, org_known=1.0),  # not coordinated
        _line(**harvest, org_known=0.0),  # no org ids: one product's fleet would look so too
        _line(**harvest, org_known=1.0, repeats=0.64),  # a class asking the same exercises
    ]
    measured = campaign_scores(pl.DataFrame(rows))
    blind = campaign_scores(pl.DataFrame(rows), unmeasured=frozenset({"trust"}))
    assert measured["convergent"].to_list() == [False] * 5
    assert blind["convergent"].to_list() == [True, False, False, False, False]
    # 0.3 * 0.7 + 0.3 * 1.0 = 0.51 of the 0.85 that could be measured
    assert abs(blind["campaign_score"][0] - (0.5 + 0.51 / 0.85 / 2)) < 1e-9
    assert measured["campaign_score"][0] < 0.5


def test_unmeasured_lines_follow_the_baselines() -> None:
    content = {"cot_extraction": Baseline(0.0, 0.04)}
    trust = {"unverified": Baseline(0.0, 0.2)}
    pivot = {"model_pivot": Baseline(0.0, 0.05)}
    assert unmeasured_lines(content | trust | pivot) == frozenset()
    assert unmeasured_lines(content | pivot) == {"trust"}
    assert unmeasured_lines(content | trust) == frozenset()  # no release: pivot stays required
    assert unmeasured_lines(None) == {"trust"}


def _pool_world(n_group: int, age_group: float) -> tuple[pl.DataFrame, pl.DataFrame]:
    """A population of 400 accounts (log age ~2.3) plus a group of n with a given log age."""
    import numpy as np

    rng = np.random.default_rng(0)
    n_pop = 400
    ages = np.concatenate([rng.normal(2.3, 0.3, n_pop), rng.normal(age_group, 0.05, n_group)])
    ids = [f"a{i}" for i in range(n_pop + n_group)]
    features = pl.DataFrame(
        {
            "account_id": ids,
            "n_events": [50] * (n_pop + n_group),
            "log_account_age": ages,
            "unverified": [0.0] * (n_pop + n_group),
        }
    )
    membership = pl.DataFrame(
        {"account_id": ids[n_pop:], "community": [1] * n_group},
        schema_overrides={"community": pl.Int64},
    )
    return features, membership


def test_pooled_group_median_sharpens_a_consistent_small_lean() -> None:
    """Accounts each only a little fresher than normal: nothing alone, strong as a big group,
    nothing for a group too small to pool."""
    from distillwatch.score.pooled import MIN_POOLED, pooled_families

    features, members = _pool_world(60, 1.75)
    strengths, baselines = signal_strengths(features)
    alone = strengths.join(members, on="account_id")["s_fresh_account"]
    assert alone.max() < 0.5
    pooled = pooled_families(members, features, baselines)
    assert pooled["p_trust"][0] > alone.max()
    features_s, members_s = _pool_world(MIN_POOLED - 1, 1.75)
    _, baselines_s = signal_strengths(features_s)
    assert pooled_families(members_s, features_s, baselines_s)["p_trust"][0] == 0.0
    features_n, members_n = _pool_world(60, 2.3)
    _, baselines_n = signal_strengths(features_n)
    assert pooled_families(members_n, features_n, baselines_n)["p_trust"][0] < 0.1


def test_core_closure_takes_hydra_accounts_paired_on_small_private_keys() -> None:
    """In a large group, an account sharing a card (or two independent private keys) with
    strongly tied members is core; one sharing a single proxy /24 with them is not."""
    from distillwatch.score.campaign import core_members

    strong = [f"s{i}" for i in range(10)]
    rest = [f"o{i}" for i in range(28)]
    members = [*strong, "card", "two", "one", *rest]
    rows = [(a, "template", "T") for a in strong]
    rows += [("card", "payment", "P"), ("s0", "payment", "P")]
    rows += [
        ("two", "ip24", "N1"),
        ("s1", "ip24", "N1"),
        ("two", "template", "U"),
        ("s2", "template", "U"),
    ]
    rows += [("one", "ip24", "N2"), ("s3", "ip24", "N2")]
    keys = pl.DataFrame(rows, schema=["account_id", "key_kind", "key"], orient="row")
    weights = unit_weights(keys)
    membership = pl.DataFrame({"account_id": members, "community": [0] * len(members)})
    fams = pl.DataFrame({"account_id": members, "prior": [0.4] * len(members)})
    core = set(core_members(membership, fams, key_holdings(keys, weights), weights)["account_id"])
    assert set(strong) <= core
    assert {"card", "two"} <= core
    assert "one" not in core and not core & set(rest)


def test_pivot_line_needs_several_measured_accounts() -> None:
    """Two heavy accounts moving to a new model are one customer's choice; ten are a fleet."""
    from distillwatch.score.account import Baseline
    from distillwatch.score.campaign import PIVOT_MIN_ACCOUNTS, campaign_lines

    def lines_for(n_pivoting: int) -> float:
        ids = [f"a{i}" for i in range(12)]
        fams = pl.DataFrame(
            {"account_id": ids, "prior": [0.3] * 12}
            | {f"f_{f}": [0.0] * 12 for f in FAMILY_WEIGHTS}
        )
        features = pl.DataFrame(
            {
                "account_id": ids,
                "n_events": [100] * 12,
                "pivot_new": [40 if i < n_pivoting else 0 for i in range(12)],
                "pivot_window": [40 if i < n_pivoting else 0 for i in range(12)],
                "pivot_baseline": [0.02] * 12,
            }
        )
        coverage = pl.DataFrame(
            schema={
                "community": pl.Int64,
                "key_kind": pl.String,
                "coverage": pl.Float64,
                "keys": pl.List(pl.String),
            }
        )
        membership = pl.DataFrame({"account_id": ids, "community": [0] * 12})
        base = {"model_pivot": Baseline(median=-0.02, scale=0.05)}
        return campaign_lines(membership, fams, coverage, features, base)["pivot"][0]

    assert lines_for(PIVOT_MIN_ACCOUNTS - 1) == 0.0
    assert lines_for(10) == 1.0


def test_topic_likeness_tops_up_coordination_but_never_makes_it() -> None:
    """Group-exclusive profile stars add to shared assets (a hydra on home proxies and its
    own cards is still fed from one task queue) but alone stay under the firing level."""
    from distillwatch.score.campaign import LINE_FIRES, campaign_lines

    ids = [f"a{i}" for i in range(10)]
    fams = pl.DataFrame(
        {"account_id": ids, "prior": [0.3] * 10} | {f"f_{f}": [0.0] * 10 for f in FAMILY_WEIGHTS}
    )
    features = pl.DataFrame({"account_id": ids, "n_events": [30] * 10})
    membership = pl.DataFrame({"account_id": ids, "community": [0] * 10})

    def coordination(**coverage: float) -> float:
        cov = pl.DataFrame(
            {
                "community": [0] * len(coverage),
                "key_kind": list(coverage),
                "coverage": list(coverage.values()),
                "keys": [["k"]] * len(coverage),
            },
            schema={
                "community": pl.Int64,
                "key_kind": pl.String,
                "coverage": pl.Float64,
                "keys": pl.List(pl.String),
            },
        )
        return campaign_lines(membership, fams, cov, features)["coordination"][0]

    fires = LINE_FIRES["coordination"]
    assert coordination(ip24=0.4) < fires <= coordination(ip24=0.4, profile=1.0)
    assert coordination(profile=1.0) < fires


def test_core_ignores_keys_only_one_organisation_shares() -> None:
    """An eval lab's accounts behind their office NAT inside a big mixed group are one
    customer; the same /24 shared by strangers ties them."""
    from distillwatch.score.campaign import core_members

    lab = [f"lab{i}" for i in range(6)]
    hydra = [f"h{i}" for i in range(6)]
    rows = [(a, "ip24", "office") for a in lab] + [(a, "ip24", "proxy") for a in hydra]
    keys = pl.DataFrame(rows, schema=["account_id", "key_kind", "key"], orient="row")
    weights = unit_weights(keys)
    members = [*lab, *hydra]
    membership = pl.DataFrame({"account_id": members, "community": [0] * len(members)})
    fams = pl.DataFrame({"account_id": members, "prior": [0.4] * len(members)})
    orgs = pl.DataFrame({"account_id": lab, "org_id": ["org-lab"] * len(lab)})
    core = set(
        core_members(membership, fams, key_holdings(keys, weights), weights, orgs)["account_id"]
    )
    assert core == set(hydra)
    # One stranger signing up in the lab's hour does not make the lab's burst a tie.
    stray = keys.vstack(
        pl.DataFrame(
            [(a, "signup_burst", "t0") for a in [*lab, "h0"]],
            schema=["account_id", "key_kind", "key"],
            orient="row",
        )
    )
    w2 = unit_weights(stray)
    assert set(
        core_members(membership, fams, key_holdings(stray, w2), w2, orgs)["account_id"]
    ) == set(hydra)


HYDRA = [f"h{i}" for i in range(12)]
USERS = [f"u{i}" for i in range(6)]


def hydra_and_users_core(glue: list[tuple[str, str, str]]) -> dict[str, int]:
    """Core parts of one community: a 12-account hydra sharing a card and six users alike in
    topic (profile stars among themselves), plus the ``glue`` key rows between them."""
    from distillwatch.score.campaign import core_members

    rows = [(a, "payment", "card") for a in HYDRA]
    rows += [(u, "profile", f"pn:{c}") for c in USERS[:3] for u in USERS]
    keys = pl.DataFrame([*rows, *glue], schema=["account_id", "key_kind", "key"], orient="row")
    members = [*HYDRA, *USERS]
    membership = pl.DataFrame({"account_id": members, "community": [3] * len(members)})
    fams = pl.DataFrame({"account_id": members, "prior": [0.4] * len(members)})
    return dict(
        core_members(
            membership, fams, key_holdings(keys, unit_weights(keys)), unit_weights(keys)
        ).iter_rows()
    )


def test_core_splits_a_benign_cluster_glued_on_by_one_shared_prefix() -> None:
    """Power users alike in topic share profile stars among themselves; one of them used a
    proxy /24 of the campaign once. The group's core comes out as two communities, each
    judged alone; the campaign part keeps the id."""
    core = hydra_and_users_core([("u0", "ip24", "proxy"), ("h0", "ip24", "proxy")])
    assert {core[a] for a in HYDRA} == {3}
    assert len({core[u] for u in USERS}) == 1 and core["u0"] != 3


def test_a_shared_email_domain_never_joins_two_parts_of_a_core() -> None:
    """Students of one university alike in topic; a hydra registered some accounts with
    that university's domain too. The domain is exclusive to the mixed group, yet the
    students come out as a part of their own, judged alone."""
    glue = [(a, "email_domain", "uni.example") for a in [*HYDRA[:4], *USERS[:3]]]
    core = hydra_and_users_core(glue)
    assert {core[a] for a in HYDRA} == {3}
    assert len({core[u] for u in USERS}) == 1 and core["u0"] != 3


def test_an_account_tied_to_two_parts_by_small_keys_joins_one_and_glues_none() -> None:
    """Developers tied by their framework's system prompt and a harvest tied by its proxy
    pool, in one community. A developer pairing with two others on a card and a template
    (linked, no tie of the group's size) whose home /24 one harvest exit also used joins
    the developers; the harvest stays a part of its own, judged alone."""
    from distillwatch.score.campaign import core_members

    devs, harvest = [f"d{i:02}" for i in range(20)], [f"h{i:02}" for i in range(20)]
    rows = [(d, "system_prompt", "framework") for d in devs]
    rows += [(h, "ip24", "pool") for h in harvest]
    rows += [("link", "payment", "card"), ("d00", "payment", "card")]
    rows += [("link", "template", "tpl"), ("d01", "template", "tpl")]
    rows += [("link", "ip24", "home"), ("h00", "ip24", "home")]
    keys = pl.DataFrame(rows, schema=["account_id", "key_kind", "key"], orient="row")
    members = [*devs, *harvest, "link"]
    membership = pl.DataFrame({"account_id": members, "community": [7] * len(members)})
    fams = pl.DataFrame({"account_id": members, "prior": [0.4] * len(members)})
    w = unit_weights(keys)
    core = dict(core_members(membership, fams, key_holdings(keys, w), w).iter_rows())
    assert len({core[d] for d in devs}) == 1 and core["link"] == core["d00"]
    assert len({core[h] for h in harvest}) == 1 and core["h00"] != core["d00"]


def _bridged_pools(links: int) -> dict[str, int]:
    """Core of two pools of 20, each tied inside by its /24, and ``links`` accounts each
    holding a card of one pool's account and a template of the other's."""
    from distillwatch.score.campaign import core_members

    left, right = [f"a{i:02}" for i in range(20)], [f"b{i:02}" for i in range(20)]
    rows = [(a, "ip24", "pool-a") for a in left] + [(b, "ip24", "pool-b") for b in right]
    names = [f"l{i}" for i in range(links)]
    for i, link in enumerate(names):
        rows += [(link, "payment", f"card{i}"), (left[i], "payment", f"card{i}")]
        rows += [(link, "template", f"tpl{i}"), (right[i], "template", f"tpl{i}")]
    keys = pl.DataFrame(rows, schema=["account_id", "key_kind", "key"], orient="row")
    members = [*left, *right, *names]
    membership = pl.DataFrame({"account_id": members, "community": [7] * len(members)})
    fams = pl.DataFrame({"account_id": members, "prior": [0.4] * len(members)})
    w = unit_weights(keys)
    return dict(core_members(membership, fams, key_holdings(keys, w), w).iter_rows())


def test_parts_bridged_by_several_small_keys_stay_one() -> None:
    """A careful hydra's two proxy sub-pools pair up on small keys through three accounts
    that hold a card of one and a template of the other: a structure, not a coincidence;
    the core stays one part."""
    core = _bridged_pools(3)
    assert set(core.values()) == {7} and len(core) == 43


def test_two_bridges_do_not_join_two_parts() -> None:
    """Two such pairings are still coincidence: an instruction harvest's sticky residential
    exits shared two home /24s with linked agent developers, gluing the 68-account harvest
    to 180 developers, in whose medians it was lost (a world built outside the project)."""
    core = _bridged_pools(2)
    assert len({core[f"a{i:02}"] for i in range(20)}) == 1
    assert len({core[f"b{i:02}"] for i in range(20)}) == 1
    assert core["a00"] != core["b00"]


def test_evidence_ignores_strength_left_by_float_noise() -> None:
    """A value equal to its baseline up to the last bit of a parallel sum is no reason."""
    from distillwatch.score.account import Baseline
    from distillwatch.score.evidence import account_evidence

    features = pl.DataFrame({"account_id": ["a", "b"], "local_night_share": [0.25 + 1e-16, 0.9]})
    strengths = pl.DataFrame({"account_id": ["a", "b"], "s_local_night_activity": [1e-15, 0.8]})
    ev = account_evidence(features, strengths, {"local_night_activity": Baseline(0.25, 0.05)})
    reasons = dict(ev.select("account_id", "reasons").iter_rows())
    assert reasons == {"a": "", "b": "local_night_activity"}


@given(
    st.lists(st.floats(0, 1), min_size=3, max_size=3),
    st.lists(st.floats(0, 1), min_size=2, max_size=2),
)
def test_look_alikes_never_lower_a_campaign_below_its_core(
    after: list[float], core: list[float]
) -> None:
    """A campaign's score after look-alikes joined is at least its core's; groups that had
    no core score keep theirs."""
    from distillwatch.score.campaign import keep_core_scores

    lines = pl.DataFrame({"community": [0, 1, 2], "campaign_score": after, "other": [1, 2, 3]})
    cores = pl.DataFrame({"community": [0, 1], "campaign_score": core})
    out = keep_core_scores(lines, cores).sort("community")
    assert out.columns == lines.columns
    assert out["campaign_score"].to_list() == [
        max(after[0], core[0]),
        max(after[1], core[1]),
        after[2],
    ]


def _labs_and_hydra() -> tuple[pl.DataFrame, pl.DataFrame]:
    """Three labs, each on its own domain and campus /24, joined by one community prompt;
    and a hydra whose accounts on two domains share proxy /24s across them. The webmail
    domain is mostly held outside the group."""
    labs = [(f"{u}{i}", f"{u}.edu", f"net-{u}") for u in ("mit", "eth", "kaist") for i in range(4)]
    hydra = [(f"h{i}", "mail.tm" if i % 2 else "gmail.com", f"proxy{i % 3}") for i in range(12)]
    rows = [
        *[(a, "email_domain", d) for a, d, _ in labs + hydra],
        *[(a, "ip24", n) for a, _, n in labs + hydra],
        *[(a, "system_prompt", "lets-think") for a, _, _ in labs],
        *[(f"x{i}", "email_domain", "gmail.com") for i in range(20)],
    ]
    keys = pl.DataFrame(rows, schema=["account_id", "key_kind", "key"], orient="row")
    membership = pl.DataFrame(
        {
            "account_id": [a for a, _, _ in labs] + [a for a, _, _ in hydra],
            "community": [0] * len(labs) + [1] * len(hydra),
        }
    )
    return keys, membership


def test_accounts_sharing_assets_only_within_their_domain_are_its_organisation() -> None:
    """Each lab's accounts share their campus network only with each other: the domain is
    their organisation. The hydra shares its proxies across domains: strangers still."""
    from distillwatch.score.campaign import domain_orgs

    keys, membership = _labs_and_hydra()
    trust = _trust(membership, 0.0)
    orgs = domain_orgs(key_holdings(keys, unit_weights(keys)), membership, trust)
    got = dict(zip(orgs["account_id"], orgs["domain_org"], strict=True))
    assert got == {a: f"{a[:-1]}.edu" for a in membership["account_id"] if not a.startswith("h")}
    # A lab member whose /24 a hydra account also uses is tied across domains: no longer
    # explained by its organisation.
    mixed = keys.vstack(
        pl.DataFrame({"account_id": ["h0"], "key_kind": ["ip24"], "key": ["net-mit"]})
    )
    both = membership.vstack(pl.DataFrame({"account_id": ["h0"], "community": [0]}))
    orgs = domain_orgs(key_holdings(mixed, unit_weights(mixed)), both, _trust(both, 0.0))
    assert not set(orgs["account_id"]) & {"mit0", "mit1", "mit2", "mit3", "h0"}


def test_a_throwaway_domain_of_fresh_sign_ups_is_no_organisation() -> None:
    """An operator's burst of fresh, unverified accounts on a domain only it uses shares its
    proxies within that domain; the domain does not vouch for them as a university's does."""
    from distillwatch.score.campaign import LINE_FIRES, domain_orgs

    ids = [f"h{i}" for i in range(8)]
    keys = pl.DataFrame(
        [(a, "email_domain", "mailbox.tmp") for a in ids] + [(a, "ip24", "proxy") for a in ids],
        schema=["account_id", "key_kind", "key"],
        orient="row",
    )
    membership = pl.DataFrame({"account_id": ids, "community": [0] * len(ids)})
    holdings = key_holdings(keys, unit_weights(keys))
    fresh = _trust(membership, LINE_FIRES["trust"])
    assert domain_orgs(holdings, membership, fresh).is_empty()
    assert domain_orgs(holdings, membership, _trust(membership, 0.1)).height == len(ids)


def _trust(membership: pl.DataFrame, value: float) -> pl.DataFrame:
    return membership.select("account_id", pl.lit(value).alias("f_trust"))


def _strangers(keys: pl.DataFrame, membership: pl.DataFrame, org_ids: dict[str, str]) -> list:
    """Each community's ``strangers`` as ``pipeline.detect.judge`` computes it."""
    from distillwatch.score.campaign import (
        campaign_lines,
        cross_org_assets,
        domain_orgs,
        key_coverage,
        member_orgs,
    )

    ids = membership["account_id"].to_list()
    fams = pl.DataFrame(
        {"account_id": ids, "prior": [0.3] * len(ids)}
        | {f"f_{f}": [0.0] * len(ids) for f in FAMILY_WEIGHTS}
    )
    features = pl.DataFrame({"account_id": ids, "org_id": [org_ids.get(a) for a in ids]})
    holdings = key_holdings(keys, unit_weights(keys))
    orgs = member_orgs(membership, features, domain_orgs(holdings, membership, fams))
    cov = key_coverage(holdings, membership)
    lines = campaign_lines(
        membership, fams, cov, features, orgs=orgs, crossing=cross_org_assets(holdings, orgs)
    )
    return lines.sort("community")["strangers"].to_list()


def test_domain_organisations_count_once_among_strangers() -> None:
    """Twelve researchers of three labs are three organisations, not twelve strangers."""
    keys, membership = _labs_and_hydra()
    personal = {a: f"personal-{a}" for a in membership["account_id"]}
    assert _strangers(keys, membership, personal) == [3 / 12, 1.0]


def test_organisations_sharing_assets_across_them_are_strangers() -> None:
    """Four fake startups of three accounts each, all on one card pool and proxy pool,
    coordinate across organisations; a company's three org ids each on its own office
    network do not, nor does an enterprise whose office /24 one outsider also used."""
    startups = {f"s{o}{i}": f"startup{o}" for o in range(4) for i in range(3)}
    company = {f"c{o}{i}": f"company-{o}" for o in range(3) for i in range(4)}
    enterprise = {f"e{i}": "enterprise" for i in range(10)} | {"x0": "outsider"}
    rows = [(a, "payment", f"card{j % 2}") for j, a in enumerate(startups)]
    rows += [(a, "ip24", f"proxy{j % 3}") for j, a in enumerate(startups)]
    rows += [(a, "ip24", f"office-{o}") for a, o in company.items()]
    rows += [(a, "ip24", "hq") for a in enterprise]
    keys = pl.DataFrame(rows, schema=["account_id", "key_kind", "key"], orient="row")
    groups = [startups, company, enterprise]
    membership = pl.DataFrame(
        {
            "account_id": [a for g in groups for a in g],
            "community": [i for i, g in enumerate(groups) for _ in g],
        }
    )
    assert _strangers(keys, membership, startups | company | enterprise) == [1.0, 3 / 12, 2 / 11]


def test_a_fleet_sharing_nothing_with_other_organisations_is_not_the_campaigns() -> None:
    """An eval shop's three accounts on their own card, alike in what they ask to fake
    startups sharing a card pool across their orgs, are a customer Leiden joined by
    likeness; a lone account of its own org is left to the other rules."""
    from distillwatch.score.campaign import isolated_orgs, member_orgs

    startups = {f"s{o}{i}": f"startup{o}" for o in range(3) for i in range(3)}
    shop = {f"e{i}": "shop" for i in range(3)}
    rows = [(a, "payment", f"card{j % 2}") for j, a in enumerate(startups)]
    rows += [(a, "payment", "shop-card") for a in shop] + [("lone", "ip24", "home")]
    rows += [(a, "profile", "pn:grader") for a in [*startups, *shop, "lone"]]
    keys = pl.DataFrame(rows, schema=["account_id", "key_kind", "key"], orient="row")
    ids = [*startups, *shop, "lone"]
    membership = pl.DataFrame({"account_id": ids, "community": [0] * len(ids)})
    features = pl.DataFrame({"account_id": ids, "org_id": [(startups | shop).get(a) for a in ids]})
    isolated = isolated_orgs(
        key_holdings(keys, unit_weights(keys)), member_orgs(membership, features)
    )
    assert set(isolated["account_id"]) == set(shop)


def test_without_org_ids_one_card_is_one_customer_and_an_operators_cards_are_strangers() -> None:
    """No org ids in the logs: a judge product's ten accounts on its card and office network
    are one organisation by the card; an operator's twelve accounts on four cards, all
    drawing on one proxy pool, are four organisations sharing assets across them."""
    from distillwatch.score.tenants import billing_orgs

    product = [f"p{i}" for i in range(10)]
    operator = [f"o{i}" for i in range(12)]
    rows = [(a, "payment", "product-card") for a in product]
    rows += [(a, "ip24", "office") for a in product]
    rows += [(a, "payment", f"card{j % 4}") for j, a in enumerate(operator)]
    rows += [(a, "ip24", f"proxy{j % 3}") for j, a in enumerate(operator)]
    keys = pl.DataFrame(rows, schema=["account_id", "key_kind", "key"], orient="row")
    membership = pl.DataFrame({"account_id": product + operator, "community": [0] * 10 + [1] * 12})
    ids = pl.DataFrame({"account_id": product + operator})
    aged = ids.with_columns(pl.lit(0.0).alias("f_trust"))  # established accounts, both
    features = billing_orgs(ids, keys, aged, 0.6)
    org_ids = dict(zip(features["account_id"], features["org_id"], strict=True))
    assert _strangers(keys, membership, org_ids) == [1 / 10, 1.0]


def test_a_group_tied_by_text_alone_is_judged_without_the_shared_text() -> None:
    """A group tied by a template alone: its templating line and a pivot do not support it,
    its extraction content says "who" only if its members mostly ask new tasks, and an
    unmeasured line does not lower its bar. Users of one public generation tool (templated,
    repeating its seed prompts) and benchmark runners (grading, a release-day pivot) do
    not converge; a quiet harvest with behaviour beside its asks does, and so does a group
    a fifth of which shares one network."""
    text = {"coordination": 1.0, "coord_template": 1.0, "content": 1.0, "f_extraction": 1.0}
    rows = [
        _line(**text, templating=1.0, behaviour=0.5, repeats=0.6),  # a public tool's users
        _line(**text, pivot=1.0),  # benchmark runners
        _line(**text, behaviour=0.55, repeats=0.1),  # a quiet harvest
        _line(**text, pivot=1.0, coord_infrastructure=0.2),  # some of it on one network
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, False, True, True]
    blind = campaign_scores(pl.DataFrame(rows[1:2]), unmeasured=frozenset({"trust"}))
    assert blind["convergent"].to_list() == [False]


def test_something_must_be_harvested() -> None:
    """Free-trial sign-ups (fresh, unverified, tied by a quickstart prompt and sign-up
    hours, trying the newest model) show who and a pivot but ask nothing of value and
    send little: no campaign. The same group sending a harvest's volume converges."""
    trials = {
        "coordination": 0.75,
        "coord_signup": 0.33,
        "coord_template": 0.56,
        "trust": 1.0,
        "pivot": 0.7,
    }
    rows = [_line(**trials), _line(**trials, behaviour=0.8)]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, True]


def test_content_asked_by_many_is_no_support() -> None:
    """A bootcamp's fresh students on one classroom network ask the same exercises in the
    same words (median repeat share 0.64, template coverage 0.83): fresh sign-ups say who,
    but their worked solutions are answers consumed, not a second line. A hydra of fresh
    accounts asking new tasks converges, and so does one opening with public questions
    that outsiders ask too but its own members do not share (template coverage 0.09)."""
    group = {
        "coordination": 1.0,
        "coord_infrastructure": 1.0,
        "coord_signup": 0.85,
        "content": 0.8,
        "f_extraction": 0.8,
        "trust": 1.0,
    }
    rows = [
        _line(**group, repeats=0.64, coord_template=0.83),
        _line(**group, repeats=0.1, coord_template=0.83),
        _line(**group, repeats=0.8, coord_template=0.09),
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, True, True]


def test_a_domains_accounts_sharing_nothing_else_are_its_organisation() -> None:
    """Judge labs' established accounts, each on its lab's domain, own cards and home
    networks, joined by the public judge prompts: each domain is one organisation, so the
    labs are three organisations, not twelve strangers."""
    from distillwatch.score.campaign import domain_orgs

    labs = [(f"{u}{i}", f"{u}.ai") for u in ("pref", "rlhf", "evals") for i in range(4)]
    keys = pl.DataFrame(
        [(a, "email_domain", d) for a, d in labs]
        + [(a, "template", "judge-prompt") for a, _ in labs]
        + [(a, "ip24", f"home-{a}") for a, _ in labs],
        schema=["account_id", "key_kind", "key"],
        orient="row",
    )
    membership = pl.DataFrame({"account_id": [a for a, _ in labs], "community": [0] * 12})
    orgs = domain_orgs(key_holdings(keys, unit_weights(keys)), membership, _trust(membership, 0))
    assert dict(zip(orgs["account_id"], orgs["domain_org"], strict=True)) == dict(labs)
    personal = {a: f"personal-{a}" for a, _ in labs}
    assert _strangers(keys, membership, personal) == [3 / 12]


def test_assets_shared_only_inside_organisations_leave_a_group_tied_by_text() -> None:
    """Judge labs each on its own domain share the public judge prompts across labs and
    their domains only inside each lab: tied by text alone, so their grading content does
    not converge on the shared template. A group sharing a network across organisations
    is judged as before."""
    labs = {
        "coordination": 1.0,
        "coord_template": 1.0,
        "coord_email": 0.47,
        "content": 1.0,
        "templating": 1.0,
        "f_extraction": 1.0,
        "behaviour": 0.3,
    }
    rows = [_line(**labs, assets_across=0.0), _line(**labs, assets_across=0.4)]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, True]


def test_extraction_content_of_public_questions_needs_an_operators_asset() -> None:
    """Early adopters of a new reasoning model ask the same public puzzles "thinking it
    through" (median repeat share 0.58) from the VPN exits and carrier ranges they share
    with a few others: their reasoning asks say who only where an operator's asset fires
    (a third of them on shared exits does not). A hydra on its own proxies still does."""
    adopters = {
        "coordination": 0.64,
        "coord_infrastructure": 0.33,
        "coord_template": 0.27,
        "content": 0.82,
        "f_extraction": 0.82,
        "behaviour": 0.52,
        "pivot": 1.0,
        "repeats": 0.58,
    }
    rows = [_line(**adopters), _line(**adopters | {"coord_infrastructure": 0.9})]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, True]


def test_narrow_focus_is_the_groups_one_capability() -> None:
    """Startups sharing a cloud range, each narrow on its own product, are not narrow as a
    group: only members on the group's most common capability keep their focus."""
    from distillwatch.score.campaign import CAPABILITY_SHARES, shared_focus

    caps = {
        "a0": "cap_agentic_share",
        "a1": "cap_agentic_share",
        "a2": "cap_agentic_share",
        "s0": "cap_structured_share",
        "r0": "cap_reasoning_share",
        "n0": None,  # no prompt content: keeps what it had
    }
    frame = pl.DataFrame(
        {
            "account_id": list(caps),
            "community": [0] * len(caps),
            "f_targeting": [1.0] * len(caps),
        }
        | {c: [0.9 if top == c else 0.0 for top in caps.values()] for c in CAPABILITY_SHARES}
    )
    out = frame.with_columns(shared_focus(list(CAPABILITY_SHARES)))
    got = dict(zip(out["account_id"], out["f_targeting"], strict=True))
    assert got == {"a0": 1.0, "a1": 1.0, "a2": 1.0, "s0": 0.0, "r0": 0.0, "n0": 1.0}


def test_a_domain_some_of_whose_accounts_share_assets_across_domains_is_no_organisation() -> None:
    """An operator's accounts on a few vanity domains, some of them on sticky proxy exits
    shared across those domains: the domains vouch for none of their accounts, not even
    the ones that share nothing."""
    from distillwatch.score.campaign import domain_orgs

    ids = [(f"v{i}", f"vanity{i % 3}.io") for i in range(12)]
    keys = pl.DataFrame(
        [(a, "email_domain", d) for a, d in ids]
        + [(a, "ip24", f"proxy{i % 2}") for i, (a, _) in enumerate(ids[:4])],
        schema=["account_id", "key_kind", "key"],
        orient="row",
    )
    membership = pl.DataFrame({"account_id": [a for a, _ in ids], "community": [0] * 12})
    holdings = key_holdings(keys, unit_weights(keys))
    assert domain_orgs(holdings, membership, _trust(membership, 0.0)).is_empty()


def test_one_stray_shared_network_does_not_void_two_customers_domains() -> None:
    """Four customers of a moderation vendor on their own domains; two of their accounts
    once shared a /24. Sharing across domains is not pervasive (2 of 16): those two
    accounts leave their domains, the rest stay four organisations."""
    from distillwatch.score.campaign import domain_orgs

    ids = [(f"{d}{i}", f"{d}.app") for d in ("games", "kids", "forum", "chat") for i in range(4)]
    keys = pl.DataFrame(
        [(a, "email_domain", d) for a, d in ids]
        + [("games0", "ip24", "cowork"), ("kids0", "ip24", "cowork")],
        schema=["account_id", "key_kind", "key"],
        orient="row",
    )
    membership = pl.DataFrame({"account_id": [a for a, _ in ids], "community": [0] * 16})
    orgs = domain_orgs(key_holdings(keys, unit_weights(keys)), membership, _trust(membership, 0))
    assert dict(zip(orgs["account_id"], orgs["domain_org"], strict=True)) == {
        a: d for a, d in ids if a not in ("games0", "kids0")
    }
