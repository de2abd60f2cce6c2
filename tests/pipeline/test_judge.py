"""``judge``: a customer's fleet leaves a group only once the group is judged a campaign."""

from __future__ import annotations

import importlib

import polars as pl

from distillwatch.link.graph import key_holdings
from distillwatch.score.signals import FAMILY_WEIGHTS

detect = importlib.import_module("distillwatch.pipeline.detect")

FLEET = {f"f{i}": "fleet" for i in range(5)}


def _judge(orgs: dict[str, str], cards: dict[str, str]) -> tuple[set[str], bool]:
    """One group: ``orgs`` (account -> org id) and a five-account fleet of its own org on
    its own card, all asking alike (one system prompt, extraction content, heavy
    behaviour); ``cards``: accounts paying with a shared card."""
    ids = [*orgs, *FLEET]
    rows = [(a, "system_prompt", "grader") for a in ids] + [(a, "payment", "own") for a in FLEET]
    rows += [(a, "payment", c) for a, c in cards.items()]
    keys = pl.DataFrame(rows, schema=["account_id", "key_kind", "key"], orient="row")
    weights = (
        keys.group_by("key_kind", "key")
        .agg(pl.len().alias("df"))
        .with_columns(pl.lit(1.0).alias("weight"))
        .sort("key_kind", "key")
        .with_row_index("kid")
    )
    fams = pl.DataFrame(
        {"account_id": ids, "prior": [0.5] * len(ids)}
        | {f"f_{f}": [0.0 if f == "trust" else 1.0] * len(ids) for f in FAMILY_WEIGHTS}
    )
    org_ids = orgs | FLEET
    features = pl.DataFrame(
        {"account_id": ids, "n_events": [50] * len(ids), "org_id": [org_ids[a] for a in ids]}
    )
    membership = pl.DataFrame({"account_id": ids, "community": [0] * len(ids)})
    members, _, lines = detect.judge(membership, key_holdings(keys, weights), fams, (features, {}))
    return set(members["account_id"]), bool(lines["convergent"][0])


def test_a_group_that_does_not_converge_keeps_its_fleets() -> None:
    """Ten customers of a judge product, each its own org, beside the product's own fleet:
    taking the fleet out first would leave ten strangers asking alike."""
    customers = {f"c{i}": f"c{i}" for i in range(10)}
    members, convergent = _judge(customers, {})
    assert not convergent and members == {*customers, *FLEET}


def test_a_campaign_loses_the_fleet_that_shares_none_of_its_assets() -> None:
    """Four fake startups of five accounts paying with two cards across them converge;
    the fleet beside them, alike in what it asks but on its own card, leaves."""
    startups = {f"s{o}{i}": f"startup{o}" for o in range(4) for i in range(5)}
    cards = {a: f"card{j % 2}" for j, a in enumerate(startups)}
    members, convergent = _judge(startups, cards)
    assert convergent and members == set(startups)
