"""Link keys, key weights, Leiden communities and re-merging of split groups."""

from __future__ import annotations

import ipaddress
import random

import polars as pl
from hypothesis import assume, given
from hypothesis import strategies as st

from distillwatch.features.network import ip_prefix
from distillwatch.link.graph import communities, key_holdings, key_weights
from distillwatch.link.keys import KEY_SCHEMA
from distillwatch.link.merge import merge_groups


def test_ip_prefix_forms() -> None:
    assert ip_prefix("203.0.113.77") == "203.0.113.0/24"
    assert ip_prefix("2001:db8:abcd:12::1") == "2001:db8:abcd::/48"
    assert ip_prefix("not-an-ip") is None and ip_prefix(None) is None


def test_ipv6_carrying_ipv4_keys_on_the_ipv4_network() -> None:
    """Mapped, 6to4 and Teredo clients would all share one /48; their IPv4 /24 tells them apart."""
    assert ip_prefix("::ffff:198.51.100.7") == "198.51.100.0/24"
    assert ip_prefix("::ffff:203.0.113.9") == "203.0.113.0/24"
    assert ip_prefix("2002:c633:6407::1") == "198.51.100.0/24"  # 6to4 of 198.51.100.7
    assert ip_prefix("2001:0:4136:e378:8000:63bf:3fff:fdd2") == "192.0.2.0/24"  # Teredo


@given(st.ip_addresses())
def test_prefix_contains_address(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> None:
    if isinstance(addr, ipaddress.IPv6Address):
        assume(not (addr.ipv4_mapped or addr.sixtofour or addr.teredo))
    net = ipaddress.ip_network(ip_prefix(str(addr)))
    assert addr in net and net.prefixlen == (24 if addr.version == 4 else 48)


@given(st.ip_addresses(v=4))
def test_mapped_ipv6_is_its_ipv4(addr: ipaddress.IPv4Address) -> None:
    assert ip_prefix(f"::ffff:{addr}") == ip_prefix(str(addr))


def keys(rows: list[tuple[str, str, str]]) -> pl.DataFrame:
    return pl.DataFrame([(a, k, v, 1.0) for a, k, v in rows], schema=KEY_SCHEMA, orient="row")


def test_splinter_merges_into_the_campaign_it_is_tied_to() -> None:
    """A 5-account splinter all of whose members share persona bands and profile stars
    with a few of a 20-account campaign's joins it; one tied on a single kind does not."""
    big = [f"b{i}" for i in range(20)]
    small = [f"s{i}" for i in range(5)]
    loose = [f"l{i}" for i in range(5)]
    rows = [(a, "payment", "card") for a in big]
    rows += [(a, "ip24", "proxy") for a in small] + [(a, "ip24", "other") for a in loose]
    for i, a in enumerate(small):
        rows += [(a, "system_prompt", f"smh:{i}"), (big[i], "system_prompt", f"smh:{i}")]
        rows += [(a, "profile", f"pn:{i}"), (big[i + 5], "profile", f"pn:{i}")]
    for i, a in enumerate(loose):  # stars only
        rows += [(a, "profile", f"pn:l{i}"), (big[i + 10], "profile", f"pn:l{i}")]
    k = keys(rows)
    w = key_weights(k, 200)
    membership = pl.DataFrame(
        {"account_id": [*big, *small, *loose], "community": [0] * 20 + [1] * 5 + [2] * 5}
    )
    merged = dict(merge_groups(membership, key_holdings(k, w), pl.Series([0, 1, 2])).iter_rows())
    assert {merged[a] for a in small} == {0} and {merged[a] for a in loose} == {2}


def test_weights_drop_unshared_and_discount_common_and_benign_keys() -> None:
    rows = [(f"a{i}", "email_domain", "gmail.com") for i in range(20)]
    rows += [("a0", "payment", "card1"), ("a1", "payment", "card1"), ("a2", "payment", "solo")]
    rows += [("a3", "ip24", "10.0.0.0/24"), ("a4", "ip24", "10.0.0.0/24")]
    w = key_weights(keys(rows), 100).sort("key")
    assert "solo" not in w["key"].to_list()
    by = dict(zip(w["key"], w["weight"], strict=True))
    assert by["card1"] > by["gmail.com"]
    prior = pl.DataFrame(
        {
            "account_id": [f"a{i}" for i in range(20)],
            "prior": [1.0 if i < 2 else 0.0 for i in range(20)],
        }
    )
    w2 = dict(key_weights(keys(rows), 100, prior).select("key", "weight").iter_rows())
    assert w2["card1"] > w2["10.0.0.0/24"]  # same kind-ish, but held by benign-looking accounts


def test_two_cliques_are_two_communities() -> None:
    rows = []
    for g in ("x", "y"):
        for i in range(6):
            acc = f"{g}{i}"
            rows += [
                (acc, "payment", f"card-{g}"),
                (acc, "ip24", f"net-{g}"),
                (acc, "signup_burst", f"t-{g}"),
            ]
    k = keys(rows)
    m = communities(k, key_weights(k, 12))
    groups = m.group_by("community").agg(pl.col("account_id").str.slice(0, 1).unique())
    assert groups.height == 2 and all(len(g) == 1 for g in groups["account_id"].to_list())


def test_bridged_groups_merge_and_strangers_do_not() -> None:
    rows = []
    for i in range(6):
        rows += [
            (f"x{i}", "ip24", "pool"),
            (f"x{i}", "system_prompt", "sp"),
            (f"x{i}", "payment", "c1" if i < 3 else "c2"),
        ]
        rows += [(f"z{i}", "payment", "c3")]
    k = keys(rows)
    w = key_weights(k, 12)
    membership = pl.DataFrame(
        {
            "account_id": [f"x{i}" for i in range(6)] + [f"z{i}" for i in range(6)],
            "community": [0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2],
        }
    )
    merged = merge_groups(membership, key_holdings(k, w), pl.Series([0, 1, 2]))
    assert merged.filter(pl.col("account_id").str.starts_with("x"))[
        "community"
    ].unique().to_list() == [0]
    assert merged.filter(pl.col("account_id").str.starts_with("z"))[
        "community"
    ].unique().to_list() == [2]


def test_expansion_adds_key_holders_but_not_benign_bystanders() -> None:
    from distillwatch.link.expand import expand_groups

    rows = []
    for i in range(8):  # the campaign core
        rows += [
            (f"c{i}", "ip24", "pool-a"),
            (f"c{i}", "ip24", "pool-b"),
            (f"c{i}", "system_prompt", "sp"),
        ]
    rows += [("late", "ip24", "pool-a"), ("late", "system_prompt", "sp")]  # a member Leiden missed
    rows += [("home", "ip24", "pool-a"), ("home", "email_domain", "gmail.com")]  # a neighbour
    k = keys(rows)
    w = key_weights(k, 50)
    membership = pl.DataFrame({"account_id": [f"c{i}" for i in range(8)], "community": [0] * 8})
    prior = pl.DataFrame(
        {
            "account_id": [*[f"c{i}" for i in range(8)], "late", "home"],
            "prior": [0.4] * 8 + [0.35, 0.05],
        }
    )
    grown = expand_groups(membership, key_holdings(k, w), prior, pl.Series([0]))
    assert set(grown["account_id"]) == {*[f"c{i}" for i in range(8)], "late"}


def test_expansion_takes_a_quiet_account_paying_with_the_campaigns_card() -> None:
    """A replacement account banned after three requests has no behaviour to score, but it
    paid with the campaign's card from the campaign's prefix; a neighbour on the prefix
    alone with the same low suspicion stays out."""
    from distillwatch.link.expand import expand_groups

    rows = []
    for i in range(8):
        rows += [(f"c{i}", "ip24", "dc-1"), (f"c{i}", "payment", f"card-{i // 2}")]
    rows += [("quiet", "ip24", "dc-1"), ("quiet", "payment", "card-0")]
    rows += [("near", "ip24", "dc-1"), ("near", "user_agent", "curl")]
    k = keys(rows)
    w = key_weights(k, 50)
    members = [f"c{i}" for i in range(8)]
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    prior = pl.DataFrame(
        {"account_id": [*members, "quiet", "near"], "prior": [0.5] * 8 + [0.05] * 2}
    )
    grown = expand_groups(membership, key_holdings(k, w), prior, pl.Series([0]))
    assert set(grown["account_id"]) == {*members, "quiet"}


def test_expansion_ignores_weak_keys_a_campaign_happens_to_own() -> None:
    """A throwaway e-mail domain and an SDK version are a population's, even where a hydra
    holds most of them: an account holding those and a sign-up hour of the hydra's does
    not join; one holding the hydra's proxy prefix and that hour does."""
    from distillwatch.link.expand import expand_groups

    members = [f"c{i}" for i in range(8)]
    rows = [(m, "email_domain", "10minutemail.net") for m in members]
    rows += [(m, "user_agent", "sdk/1.29") for m in members]
    rows += [(m, "ip24", "dc-1") for m in members]
    rows += [(m, "signup_burst", "t1") for m in members[:4]]
    rows += [(a, "signup_burst", "t1") for a in ("hobbyist", "head")]
    rows += [(a, k, v) for a in ("hobbyist", "head") for k, v in [("user_agent", "sdk/1.29")]]
    rows += [("hobbyist", "email_domain", "10minutemail.net"), ("head", "ip24", "dc-1")]
    k = keys(rows)
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    prior = pl.DataFrame({"account_id": [*members, "hobbyist", "head"], "prior": [0.4] * 10})
    grown = expand_groups(membership, key_holdings(k, key_weights(k, 50)), prior, pl.Series([0]))
    assert set(grown["account_id"]) == {*members, "head"}


def test_expansion_needs_more_than_a_near_duplicate_system_prompt() -> None:
    """The campaign's exact private system prompt suffices; a MinHash band of a similar one
    (an agent framework's users write near-identical prompts) does not, alone."""
    from distillwatch.link.expand import expand_groups

    rows = []
    for i in range(8):
        rows += [(f"c{i}", "system_prompt", "exact-sp"), (f"c{i}", "system_prompt", "smh:band")]
    rows += [("twin", "system_prompt", "exact-sp")]
    rows += [("lookalike", "system_prompt", "smh:band")]
    k = keys(rows)
    w = key_weights(k, 50)
    members = [f"c{i}" for i in range(8)]
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    prior = pl.DataFrame({"account_id": [*members, "twin", "lookalike"], "prior": [0.4] * 10})
    grown = expand_groups(membership, key_holdings(k, w), prior, pl.Series([0]))
    assert set(grown["account_id"]) == {*members, "twin"}


def test_expansion_takes_a_quiet_holder_of_the_campaigns_private_text() -> None:
    """A two-request account sending the campaign's own harvesting template joins whatever
    its (unmeasurable) suspicion; a quiet holder of a text outsiders also send does not."""
    from distillwatch.link.expand import expand_groups

    members = [f"c{i}" for i in range(8)]
    rows = [(m, "template", "private-skel") for m in members]
    rows += [(m, "template", "popular-skel") for m in members[:3]]
    rows += [(f"o{i}", "template", "popular-skel") for i in range(4)]
    rows += [("quiet", "template", "private-skel"), ("bystander", "template", "popular-skel")]
    k = keys(rows)
    w = key_weights(k, 50)
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    prior = pl.DataFrame(
        {
            "account_id": [*members, "quiet", "bystander", *[f"o{i}" for i in range(4)]],
            "prior": [0.5] * 8 + [0.02] * 6,
        }
    )
    grown = expand_groups(membership, key_holdings(k, w), prior, pl.Series([0]))
    assert set(grown["account_id"]) == {*members, "quiet"}


def test_look_alikes_join_once_without_cascading() -> None:
    """An account inside the campaign's profile stars (most of its nearest profiles are
    members) joins; an account that only resembles that look-alike does not follow it;
    one star suffices only with a prior near the members', or with another owned key (a
    sign-up hour only when three members signed up in it; never a weak kind)."""
    from distillwatch.link.expand import LIKENESS_STARS, join_look_alikes

    members = [f"c{i}" for i in range(8)]
    rows = [(m, "payment", "card") for m in members]
    # Stars centred on members 0..n-1 each list "twin" with two other members.
    for i in range(LIKENESS_STARS):
        star = f"pn:c{i}"
        rows += [(f"c{i}", "profile", star), ("twin", "profile", star)]
        rows += [(f"c{(i + 1) % 8}", "profile", star), (f"c{(i + 2) % 8}", "profile", star)]
    # "cousin" resembles the twin only: stars centred on the twin and the cousin.
    for centre in ("twin", "cousin"):
        rows += [("twin", "profile", f"pn:{centre}"), ("cousin", "profile", f"pn:{centre}")]
    rows += [("loner", "profile", "pn:c0"), ("peer", "profile", "pn:c1")]
    # One star and the campaign's card: an asset and a likeness together.
    rows += [("payer", "profile", "pn:c2"), ("payer", "payment", "card")]
    # One star and a near-duplicate of two members' prompts: two likenesses together.
    rows += [
        ("echo", "profile", "pn:c2"),
        *[(a, "template", "mh:0b") for a in ("echo", "c0", "c1")],
    ]
    # One star and a sign-up hour: with two members a coincidence, with three a burst.
    rows += [("late", "profile", "pn:c3"), ("early", "profile", "pn:c3")]
    rows += [(a, "signup_burst", "t1") for a in ("late", "c0", "c1", "stranger")]
    rows += [(a, "signup_burst", "t2") for a in ("early", "c2", "c3", "c4", "stranger")]
    # One star and the SDK version most members run: a population's, not an asset.
    rows += [(m, "user_agent", "sdk/1.29") for m in members]
    rows += [(a, "profile", "pn:c5") for a in ("c5", "c6", "c7", "user")]
    rows += [("user", "user_agent", "sdk/1.29")]
    k = keys(rows)
    w = key_weights(k, 50)
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    others = [
        *("twin", "cousin", "loner", "peer", "payer", "echo", "late", "early", "stranger"),
        "user",
    ]
    prior = pl.DataFrame(
        {
            "account_id": [*members, *others],
            "prior": [0.5] * 8 + [0.0, 0.0, 0.1, 0.45, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        }
    )
    grown = join_look_alikes(membership, key_holdings(k, w), prior, pl.Series([0]))
    assert set(grown["account_id"]) == {*members, "twin", "peer", "payer", "echo", "early"}


def _joiners(
    members: list[str],
    rows: list[tuple[str, str, str]],
    prior: pl.DataFrame,
    orgs: pl.DataFrame | None = None,
) -> set[str]:
    """Accounts ``join_look_alikes`` adds to a one-campaign membership of ``members``."""
    from distillwatch.link.expand import join_look_alikes

    k = keys(rows)
    grown = join_look_alikes(
        pl.DataFrame({"account_id": members, "community": [0] * len(members)}),
        key_holdings(k, key_weights(k, 60)),
        prior,
        pl.Series([0]),
        orgs=orgs,
    )
    return set(grown["account_id"]) - set(members)


def test_look_alikes_must_stand_out_and_not_be_louder_than_the_members() -> None:
    """Likeness alone admits an account only if its prior stands out from the accounts
    outside the campaign (not just near the members' when they are suspicious only
    together) and its volume family is no louder than the members' median (a hydra
    spreads its load: a heavy customer with the campaign's topics is not one of its
    heads); an owned network prefix with the star still admits a loud account."""
    from distillwatch.link.expand import LIKENESS_STARS

    members = [f"c{i}" for i in range(8)]
    rows = [(m, "payment", "card") for m in members] + [(m, "ip24", "proxy") for m in members]
    rows += [(m, "profile", "pn:c0") for m in members[:4]]
    outsiders = {"quiet": 0.0, "loud": 1.0, "loud_on_proxy": 1.0}
    rows += [(a, "profile", "pn:c0") for a in outsiders]
    rows += [("loud_on_proxy", "ip24", "proxy")]
    crowd = [f"u{i}" for i in range(40)]  # customers outside the campaign
    prior = pl.DataFrame(
        {
            "account_id": [*members, *outsiders, *crowd],
            "prior": [0.5] * 8 + [0.45] * 3 + [0.0] * 40,
            "f_volume": [0.0] * 8 + list(outsiders.values()) + [0.0] * 40,
        }
    )
    assert _joiners(members, rows, prior) == {"quiet", "loud_on_proxy"}
    # When the crowd outside reaches the members' prior, behaving like them says nothing.
    lifted = prior.with_columns(
        pl.when(pl.col("account_id").str.starts_with("u"))
        .then(0.5)
        .otherwise("prior")
        .alias("prior")
    )
    assert _joiners(members, rows, lifted) == {"loud_on_proxy"}
    assert LIKENESS_STARS > 1  # one star alone never suffices


def test_a_look_alike_joins_only_with_most_of_its_organisation() -> None:
    """One customer's fleet is judged whole: an account of a six-account organisation that
    resembles the campaign's members does not join while its organisation stays outside;
    an account of its own organisation, or of none logged, does."""

    members = [f"c{i}" for i in range(8)]
    rows = [(m, "payment", "card") for m in members]
    rows += [(m, "profile", "pn:c0") for m in members[:4]]
    outsiders = ["fleet0", "solo", "unlogged"]
    rows += [(a, "profile", "pn:c0") for a in outsiders]
    fleet = [f"fleet{i}" for i in range(1, 6)]
    accounts = [*members, *outsiders, *fleet]
    prior = pl.DataFrame({"account_id": accounts, "prior": [0.5] * 11 + [0.0] * 5})
    orgs = pl.DataFrame(
        {
            "account_id": accounts,
            "org_id": [*members, "labelco", "solo-org", None, *["labelco"] * 5],
        }
    )
    assert _joiners(members, rows, prior, orgs) == {"solo", "unlogged"}


def test_a_member_of_a_cleared_group_joins_a_campaign_only_with_half_of_it() -> None:
    """A student whose class was judged and cleared does not join a CoT hydra alone for
    asking alike and a home /24 its proxies used; a splinter of the hydra that was judged
    on its own joins when most of it resembles the campaign. An account in no judged group
    joins on likeness as before."""
    from distillwatch.link.expand import join_look_alikes

    members = [f"c{i}" for i in range(8)]
    group = [f"s{i}" for i in range(7)]
    rows = [(m, "payment", "card") for m in members] + [(m, "ip24", "proxy") for m in members]
    rows += [(m, "profile", "pn:c0") for m in members[:4]]
    rows += [(a, "profile", "pn:c0") for a in ("student", "learner")]
    rows += [("student", "ip24", "proxy")]
    rows += [(a, "email_domain", "uni.edu") for a in ["student", *group]]
    accounts = [*members, "student", "learner", *group]
    prior = pl.DataFrame({"account_id": accounts, "prior": [0.5] * len(accounts)})
    membership = pl.DataFrame(
        {"account_id": [*members, "student", *group], "community": [0] * 8 + [1] * 8}
    )

    def joined(
        rows: list[tuple[str, str, str]],
        cleared: pl.Series | None,
        harvest: pl.DataFrame | None = None,
    ) -> set[str]:
        k = keys(rows)
        held = key_holdings(k, key_weights(k, 60))
        grown = join_look_alikes(
            membership, held, prior, pl.Series([0]), harvest=harvest, cleared=cleared
        )
        return set(grown.filter(pl.col("community") == 0)["account_id"]) - set(members)

    assert joined(rows, None) == {"student", "learner"}
    assert joined(rows, pl.Series([1])) == {"learner"}

    # Asking for reasoning as much as the hydra's typical member does: one of its accounts
    # that Leiden left among others, not a student asking now and then.
    def harvest(student_share: float) -> pl.DataFrame:
        shares = dict.fromkeys(accounts, 0.0) | dict.fromkeys(members, 0.8)
        shares |= {"student": student_share, "learner": 0.8}
        return pl.DataFrame(
            {
                "account_id": accounts,
                "n_content": [50] * len(accounts),
                "cot_share": [shares[a] for a in accounts],
            }
        )

    assert joined(rows, pl.Series([1]), harvest(0.3)) == {"learner"}
    assert joined(rows, pl.Series([1]), harvest(0.9)) == {"student", "learner"}
    splinter = rows + [(a, "profile", "pn:c1") for a in [*members, "student", *group[:4]]]
    assert joined(splinter, pl.Series([1])) == {"student", "learner", *group[:4]}


def test_persona_look_alike_joins_on_bands_many_members_hold() -> None:
    """A two-request account whose system prompt near-duplicates the campaign's persona
    skeleton (three MinHash bands each held by four members) joins; two such bands, or
    three held by only two members each, do not."""
    from distillwatch.link.expand import PERSONA_BANDS, join_look_alikes

    members = [f"c{i}" for i in range(8)]
    rows = [(m, "payment", "card") for m in members]
    bands = [f"smh:{b:016x}" for b in range(PERSONA_BANDS)]
    rows += [(m, "system_prompt", b) for m in members[:4] for b in bands]
    rows += [("persona", "system_prompt", b) for b in bands]
    rows += [("near", "system_prompt", b) for b in bands[:-1]]
    pair = [f"smh:{b:016x}" for b in range(100, 100 + PERSONA_BANDS)]
    rows += [(m, "system_prompt", b) for m in members[:2] for b in pair]
    rows += [("pair", "system_prompt", b) for b in pair]
    k = keys(rows)
    w = key_weights(k, 50)
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    prior = pl.DataFrame(
        {"account_id": [*members, "persona", "near", "pair"], "prior": [0.5] * 8 + [0.0] * 3}
    )
    grown = join_look_alikes(membership, key_holdings(k, w), prior, pl.Series([0]))
    assert set(grown["account_id"]) == {*members, "persona"}


def test_look_alike_must_ask_what_the_campaign_harvests() -> None:
    """A grading campaign's persona look-alikes join only if they ask for grades or are too
    quiet for never asking to mean anything: a 300-request power user with none is held
    back, a three-request account with none and a heavy one with some join."""
    from distillwatch.link.expand import PERSONA_BANDS, join_look_alikes

    members = [f"c{i}" for i in range(8)]
    rows = [(m, "payment", "card") for m in members]
    bands = [f"smh:{b:016x}" for b in range(PERSONA_BANDS)]
    rows += [(m, "system_prompt", b) for m in members[:4] for b in bands]
    others = ["power", "quiet", "grader", "silent"]
    rows += [(a, "system_prompt", b) for a in others for b in bands]
    k = keys(rows)
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    ids = [*members, *others]
    prior = pl.DataFrame({"account_id": ids, "prior": [0.5] * 8 + [0.0] * 4})
    harvest = pl.DataFrame(
        {
            "account_id": ids,
            "n_content": [40] * 8 + [300, 3, 300, 0],
            "grading_share": [0.6] * 8 + [0.0, 0.0, 0.05, None],
            "cot_share": [0.0] * 12,
        }
    )
    held = key_holdings(k, key_weights(k, 50))
    grown = join_look_alikes(membership, held, prior, pl.Series([0]), harvest=harvest)
    assert set(grown["account_id"]) == {*members, "quiet", "grader", "silent"}
    assert set(join_look_alikes(membership, held, prior, pl.Series([0]))["account_id"]) == set(ids)


def test_harvester_joins_on_one_owned_key() -> None:
    """An outsider with one key a grading campaign owns (a proxy prefix, or a profile star)
    joins when it asks for grades at a fair share of the members' rate, over enough
    exchanges; the same key without the grading or with a grade now and then, grading
    without the key, or three graded requests (too few to measure a share) do not."""
    from distillwatch.link.expand import HARVEST_MATCH, HARVEST_MIN_EXCHANGES, join_look_alikes

    members = [f"c{i}" for i in range(8)]
    rows = [(m, "payment", f"card{m}") for m in members]
    rows += [(m, "ip24", "10.0.0.0/24") for m in members[:3]]
    rows += [(m, "profile", "pn:c5") for m in members[4:7]]
    rows += [(a, "ip24", "10.0.0.0/24") for a in ("grader", "chatter", "brief")]
    rows += [("topical", "profile", "pn:c5"), ("dabbler", "profile", "pn:c5")]
    rows += [("judge", "ip24", "172.16.0.0/24"), ("other", "ip24", "172.16.0.0/24")]
    k = keys(rows)
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    others = ["grader", "chatter", "brief", "topical", "judge", "other", "dabbler"]
    ids = [*members, *others]
    prior = pl.DataFrame({"account_id": ids, "prior": [0.5] * 8 + [0.1] * 7})
    harvest = pl.DataFrame(
        {
            "account_id": ids,
            "n_content": [40] * 8 + [60, 60, HARVEST_MIN_EXCHANGES - 2, 30, 500, 10, 60],
            # the dabbler grades at half the share a harvester needs
            "grading_share": [0.6] * 8 + [0.4, 0.0, 1.0, 0.5, 0.9, 0.0, 0.3 * HARVEST_MATCH],
            "cot_share": [0.0] * 15,
        }
    )
    held = key_holdings(k, key_weights(k, 50))
    grown = join_look_alikes(membership, held, prior, pl.Series([0]), harvest=harvest)
    assert set(grown["account_id"]) == {*members, "grader", "topical"}
    assert grown.filter(pl.col("account_id") == "grader")["community"].to_list() == [0]


def test_a_home_prefix_one_member_used_places_no_harvester() -> None:
    """A /24 that two members used is the campaign's proxy range; one that a single member
    shares with one outsider is a home on a residential proxy pool, whose owner may well
    ask for written-out reasoning too (benchmarks/reasoning_askers.py)."""
    from distillwatch.link.expand import join_look_alikes

    members = [f"c{i}" for i in range(8)]
    rows = [(m, "payment", f"card{m}") for m in members]
    rows += [("c0", "ip24", "home"), ("asker", "ip24", "home")]
    rows += [("c1", "ip24", "pool"), ("c2", "ip24", "pool"), ("reasoner", "ip24", "pool")]
    k = keys(rows)
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    ids = [*members, "asker", "reasoner"]
    prior = pl.DataFrame({"account_id": ids, "prior": [0.5] * 8 + [0.1, 0.1]})
    harvest = pl.DataFrame(
        {
            "account_id": ids,
            "n_content": [40] * 10,
            "cot_share": [1.0] * 8 + [0.3, 0.3],
            "grading_share": [0.0] * 10,
        }
    )
    held = key_holdings(k, key_weights(k, 50))
    grown = join_look_alikes(membership, held, prior, pl.Series([0]), harvest=harvest)
    assert set(grown["account_id"]) == {*members, "reasoner"}


def _look_alikes_of_eight(rows: list[tuple[str, str, str]], prior: dict[str, float]) -> set[str]:
    """Accounts after ``join_look_alikes`` for a campaign of members c0..c7 on one /24 plus
    ``rows``; ``prior`` gives the outsiders' priors (members have 0.5)."""
    from distillwatch.link.expand import join_look_alikes

    members = [f"c{i}" for i in range(8)]
    k = keys([(m, "ip24", "10.0.0.0/24") for m in members] + rows)
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    priors = pl.DataFrame(
        {"account_id": [*members, *prior], "prior": [0.5] * 8 + list(prior.values())}
    )
    held = key_holdings(k, key_weights(k, 50))
    return set(join_look_alikes(membership, held, priors, pl.Series([0]))["account_id"])


def test_card_shared_with_one_member_joins() -> None:
    """An outsider paying with the card of one member joins whatever its own suspicion (a
    hydra issues one card per two accounts); a card most of whose holders are outsiders (a
    family's, one of them a member) does not carry the others in."""
    rows = [("c0", "payment", "pair"), ("twin", "payment", "pair")]
    rows += [(a, "payment", "family") for a in ("c1", "parent", "child")]
    joined = _look_alikes_of_eight(rows, {"twin": 0.0, "parent": 0.0, "child": 0.0})
    assert joined == {*(f"c{i}" for i in range(8)), "twin"}


def test_second_pass_admits_assets_of_look_alikes_not_their_likeness() -> None:
    """A look-alike's own card, once it has joined, brings its other holder in (assets
    chain); an account that only resembles the look-alike (a profile star of the two)
    does not, although that star is the campaign's once the look-alike is in and the
    cousin's prior is near the members'."""
    rows = [("c0", "payment", "k0"), ("payer", "payment", "k0")]
    rows += [("payer", "payment", "k1"), ("spouse", "payment", "k1")]
    rows += [(a, "profile", "pn:payer") for a in ("payer", "c1", "cousin")]
    joined = _look_alikes_of_eight(rows, {"payer": 0.6, "spouse": 0.6, "cousin": 0.6})
    assert joined == {*(f"c{i}" for i in range(8)), "payer", "spouse"}


def test_expansion_counts_bands_of_one_near_duplicate_once() -> None:
    """A judge product whose grading prompt near-duplicates two members' holds all 16
    MinHash bands of it: one likeness, not 16 owned keys."""
    from distillwatch.link.expand import expand_groups

    members = [f"c{i}" for i in range(8)]
    rows = [(m, "payment", "card") for m in members]
    bands = [f"mh:{b:016x}" for b in range(16)]
    rows += [(m, "template", b) for m in members[:2] for b in bands]
    rows += [("judge", "template", b) for b in bands]
    k = keys(rows)
    w = key_weights(k, 50)
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    prior = pl.DataFrame({"account_id": [*members, "judge"], "prior": [0.4] * 9})
    grown = expand_groups(membership, key_holdings(k, w), prior, pl.Series([0]))
    assert set(grown["account_id"]) == set(members)


@given(st.lists(st.one_of(st.none(), st.integers(0, 2**64 - 1)), max_size=50))
def test_hex16_matches_python_formatting(values: list[int | None]) -> None:
    from distillwatch.link.keys import hex16

    out = pl.DataFrame({"v": pl.Series(values, dtype=pl.UInt64)}).select(hex16(pl.col("v")))
    assert out.to_series().to_list() == [None if v is None else f"{v:016x}" for v in values]


def test_kin_group_joins_the_campaign_whose_profiles_it_shares() -> None:
    """A group passing every gate but coordination joins whole when most of its members sit
    in a campaign's profile stars; a kin group without such stars stays apart."""
    from distillwatch.link.expand import join_look_alikes

    core = [f"c{i}" for i in range(6)]
    rest = [f"r{i}" for i in range(4)]
    other = [f"o{i}" for i in range(4)]
    rows = [(m, "payment", "card") for m in core]
    for i, r in enumerate(rest[:3]):  # three of four in stars centred on core members
        rows += [(r, "profile", f"pn:c{i}"), *[(c, "profile", f"pn:c{i}") for c in core[:3]]]
    k = keys(rows)
    w = key_weights(k, 50)
    membership = pl.DataFrame(
        {"account_id": [*core, *rest, *other], "community": [0] * 6 + [1] * 4 + [2] * 4}
    )
    prior = pl.DataFrame({"account_id": [*core, *rest, *other], "prior": [0.5] * 6 + [0.0] * 8})
    grown = join_look_alikes(
        membership, key_holdings(k, w), prior, pl.Series([0]), kin=pl.Series([1, 2])
    )
    by = dict(grown.select("account_id", "community").iter_rows())
    assert all(by[a] == 0 for a in [*core, *rest]) and all(by[a] == 2 for a in other)


def test_a_converged_splinter_joins_the_larger_campaign_it_is_kin_to() -> None:
    """Likeness can lift a splinter of a campaign over the coordination bar on its own: a
    converged group most of whose members share the larger campaign's stars joins it,
    never the other way round."""
    from distillwatch.link.expand import join_look_alikes

    big = [f"b{i}" for i in range(8)]
    small = [f"s{i}" for i in range(4)]
    rows = [(m, "payment", "card") for m in big]
    for i, b in enumerate(big):  # every big member's star holds one of three small ones
        rows += [(b, "profile", f"pn:{b}"), (small[i % 3], "profile", f"pn:{b}")]
    k = keys(rows)
    membership = pl.DataFrame({"account_id": [*big, *small], "community": [0] * 8 + [1] * 4})
    prior = pl.DataFrame({"account_id": [*big, *small], "prior": [0.5] * 12})
    both = pl.Series([0, 1])
    grown = join_look_alikes(membership, key_holdings(k, key_weights(k, 50)), prior, both, kin=both)
    assert set(grown["community"]) == {0} and grown.height == 12


def test_look_alikes_of_a_splinter_follow_it_into_the_larger_campaign() -> None:
    """An account that joins a converged splinter in the same pass as the splinter joins
    the larger campaign goes with it: left behind it would be a campaign of its own, with
    none of the evidence the splinter was judged on."""
    from distillwatch.link.expand import join_look_alikes

    big = [f"b{i}" for i in range(8)]
    small = [f"s{i}" for i in range(4)]
    rows = [(m, "payment", "card") for m in big] + [(m, "payment", "card-s") for m in small]
    for i, b in enumerate(big):
        rows += [(b, "profile", f"pn:{b}"), (small[i % 3], "profile", f"pn:{b}")]
    rows += [("fan", "payment", "card-s")]  # pays with the splinter's card
    k = keys(rows)
    membership = pl.DataFrame({"account_id": [*big, *small], "community": [0] * 8 + [1] * 4})
    prior = pl.DataFrame({"account_id": [*big, *small, "fan"], "prior": [0.5] * 12 + [0.0]})
    both = pl.Series([0, 1])
    grown = join_look_alikes(membership, key_holdings(k, key_weights(k, 50)), prior, both, kin=both)
    assert dict(grown.iter_rows()).get("fan") == 0 and set(grown["community"]) == {0}


def test_kin_group_joins_when_the_stars_across_the_cut_are_mostly_its_own() -> None:
    """Modularity cut a campaign in two: the stars spanning the cut hold one member of the
    judged part and three of the kin part, so the campaign alone owns none of them; the
    pair owns them, and the kin part joins. Stars mostly strangers' still do not count."""
    from distillwatch.link.expand import join_look_alikes

    core = [f"c{i}" for i in range(6)]
    rest = [f"r{i}" for i in range(6)]
    other = [f"o{i}" for i in range(6)]
    strangers = [f"s{i}" for i in range(4)]
    rows = [(m, "payment", "card") for m in core]
    for i in range(3):  # each star: one core member and two of the kin part
        star = f"pn:r{i}"
        rows += [
            (core[i], "profile", star),
            *[(r, "profile", star) for r in rest[2 * i : 2 * i + 2]],
        ]
    for i in range(3):  # the other group shares stars with the core, but mostly strangers'
        star = f"pn:o{i}"
        rows += [
            (core[i], "profile", star),
            *[(o, "profile", star) for o in other[2 * i : 2 * i + 2]],
        ]
        rows += [(s, "profile", star) for s in strangers]
    k = keys(rows)
    w = key_weights(k, 50)
    membership = pl.DataFrame(
        {"account_id": [*core, *rest, *other], "community": [0] * 6 + [1] * 6 + [2] * 6}
    )
    prior = pl.DataFrame({"account_id": [*core, *rest, *other], "prior": [0.5] * 6 + [0.0] * 12})
    grown = join_look_alikes(
        membership, key_holdings(k, w), prior, pl.Series([0]), kin=pl.Series([1, 2])
    )
    by = dict(grown.select("account_id", "community").iter_rows())
    assert all(by[a] == 0 for a in [*core, *rest]) and all(by[a] == 2 for a in other)


def test_expansion_does_not_count_sync_windows_of_a_shared_prefix_twice() -> None:
    """A home on the hydra's proxy /24, active in the same windows, holds the prefix and its
    sync keys: one piece of infrastructure, not two owned keys."""
    from distillwatch.link.expand import expand_groups

    members = [f"c{i}" for i in range(8)]
    rows = [(m, "ip24", "proxy") for m in members]
    rows += [(m, "sync", f"proxy@{w}") for m in members for w in ("t0", "t1")]
    rows += [("home", "ip24", "proxy"), ("home", "sync", "proxy@t0"), ("home", "sync", "proxy@t1")]
    rows += [("sibling", "ip24", "proxy"), ("sibling", "payment", "card")]
    rows += [(m, "payment", "card") for m in members[:3]]
    k = keys(rows)
    w = key_weights(k, 50)
    membership = pl.DataFrame({"account_id": members, "community": [0] * 8})
    prior = pl.DataFrame({"account_id": [*members, "home", "sibling"], "prior": [0.4] * 10})
    grown = expand_groups(membership, key_holdings(k, w), prior, pl.Series([0]))
    assert set(grown["account_id"]) == {*members, "sibling"}


_KINDS = ("payment", "ip24", "profile", "template", "signup_burst", "system_prompt")


@given(
    st.lists(
        st.tuples(st.integers(0, 29), st.sampled_from(_KINDS), st.integers(0, 5)),
        min_size=1,
        max_size=120,
    ),
    st.lists(st.floats(0, 1), min_size=30, max_size=30),
    st.lists(st.floats(0, 1), min_size=30, max_size=30),
    st.randoms(use_true_random=False),
)
def test_look_alikes_only_add_and_ignore_row_order(
    rows: list[tuple[int, str, int]],
    priors: list[float],
    grading: list[float],
    rng: random.Random,
) -> None:
    """Whatever keys the accounts hold: members of the judged campaign stay in it, accounts
    only join (never leave) the campaigns they join, and the result does not depend on the
    order of the key rows."""
    from distillwatch.link.expand import join_look_alikes

    ids = [f"a{i}" for i in range(30)]
    k = keys([(ids[a], kind, f"{kind}{v}") for a, kind, v in rows])
    membership = pl.DataFrame({"account_id": ids[:20], "community": [0] * 10 + [1] * 10})
    prior = pl.DataFrame({"account_id": ids, "prior": priors})
    harvest = pl.DataFrame(
        {"account_id": ids, "n_content": [10] * 30, "grading_share": grading, "cot_share": 0.0}
    )
    held = key_holdings(k, key_weights(k, 30))
    shuffled = held.sample(fraction=1.0, shuffle=True, seed=rng.randint(0, 2**31))

    def run(h: pl.DataFrame) -> pl.DataFrame:
        out = join_look_alikes(membership, h, prior, pl.Series([0]), harvest=harvest)
        return out.sort("account_id")

    grown = run(held)
    assert grown.equals(run(shuffled))
    before = dict(membership.iter_rows())
    after = dict(grown.iter_rows())
    assert set(before) <= set(after)
    assert all(after[a] == 0 for a, c in before.items() if c == 0)
    assert all(after[a] == 0 for a in set(after) - set(before))


def test_members_who_never_ask_what_their_campaign_harvests_leave_it() -> None:
    """A CoT hydra's core with benchmark runners tied in by a generic system prompt: a
    runner with 3 % reasoning requests in 500 exchanges leaves; a member with a diluted
    20 % stays, and so does a two-request member (too quiet to tell). Other groups and a
    campaign whose members harvest nothing in common are untouched."""
    from distillwatch.link.expand import drop_non_harvesting

    hydra = [f"h{i}" for i in range(10)]
    ids = [*hydra, "runner", "diluted", "quiet", "other"]
    membership = pl.DataFrame({"account_id": ids, "community": [0] * 13 + [1]})
    harvest = pl.DataFrame(
        {
            "account_id": ids,
            "n_content": [60] * 10 + [500, 60, 2, 500],
            "cot_share": [0.66] * 10 + [0.03, 0.2, 0.0, 0.0],
            "grading_share": [0.0] * 14,
        }
    )
    kept = drop_non_harvesting(membership, harvest, pl.Series([0, 1]))
    assert set(kept["account_id"]) == set(ids) - {"runner"}
    mixed = harvest.with_columns(pl.Series("cot_share", [0.66, 0.0] * 5 + [0.0] * 4))
    assert drop_non_harvesting(membership, mixed, pl.Series([0])).equals(membership)


def test_a_narrow_campaigns_members_must_ask_its_capability() -> None:
    """An agentic hydra harvests no extraction kind: its capability is what it harvests.
    A student asking homework from its exits (no agentic prompt in 80) leaves it; a member
    with a few agentic prompts among others stays, and so does a CoT campaign's member
    asking nothing agentic (its harvest is the CoT kind, judged as before)."""
    from distillwatch.link.expand import drop_non_harvesting

    hydra = [f"h{i}" for i in range(10)]
    ids = [*hydra, "student", "mixed", "cot0", "cot1", "cot2", "cot3", "cot4"]
    membership = pl.DataFrame({"account_id": ids, "community": [0] * 12 + [1] * 5})
    harvest = pl.DataFrame(
        {
            "account_id": ids,
            "n_content": [80] * len(ids),
            "cot_share": [0.0] * 12 + [0.7] * 5,
        }
    )
    focus = pl.DataFrame(
        {
            "account_id": ids,
            "n_content": [80] * len(ids),
            "cap_agentic_share": [1.0] * 10 + [0.0, 0.3] + [0.0] * 5,
            "cap_reasoning_share": [0.1] * 10 + [0.9, 0.5] + [0.9] * 5,
        }
    )
    kept = drop_non_harvesting(membership, harvest, pl.Series([0, 1]), focus)
    assert set(kept["account_id"]) == set(ids) - {"student"}
    assert drop_non_harvesting(membership, harvest, pl.Series([0, 1])).equals(membership)
