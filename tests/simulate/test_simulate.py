"""Ground truth of simulated worlds: schema, campaign shares, release pivot, kinds, determinism."""

from __future__ import annotations

import math
from pathlib import Path

import orjson
import polars as pl
import pytest
from typer.testing import CliRunner

from distillwatch.cli import app
from distillwatch.contract import ACCOUNT_SCHEMA, EVENT_SCHEMA, TRUTH_COLUMNS
from distillwatch.simulate import simulate
from distillwatch.simulate.scenario import BENIGN_KINDS

SMALL = """
name = "small"
days = 3
n_fillers = 500
response_logged_share = 0.5

[benign]
accounts = 80
events = 2500

[[models]]
name = "m-old"
released_day = -100

[[models]]
name = "m-new"
released_day = 1.5

[[campaigns]]
name = "rewriters"
playbook = "policy_rewrite"
accounts = 12
events = 900
ip_strategy = "per_request"
user_agent = "rotate"
replacement_share = 0.5
pivot_share = 0.9
pivot_hours = 4

[[campaigns]]
name = "instructors"
playbook = "instruction_generation"
accounts = 6
events = 400
timing = "business"
decoy_share = 0.3
followup_share = 0.5
"""


def _truth(world: Path) -> pl.DataFrame:
    return pl.read_csv(world / "truth.csv", schema_overrides={"campaign": pl.String}).with_columns(
        pl.col("campaign").fill_null("")
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    simulate("demo", 7, out, progress=False)
    return out


@pytest.fixture(scope="module")
def small_toml(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scen") / "small.toml"
    path.write_text(SMALL)
    return path


@pytest.fixture(scope="module")
def small(small_toml: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("small")
    simulate(small_toml, 3, out, progress=False)
    return out


def test_files_follow_the_contract(demo: Path) -> None:
    events = pl.read_parquet(demo / "events.parquet")
    assert events.schema == EVENT_SCHEMA
    assert pl.read_parquet(demo / "accounts.parquet").schema == ACCOUNT_SCHEMA
    truth = _truth(demo)
    assert tuple(truth.columns) == TRUTH_COLUMNS
    assert events["event_id"].n_unique() == events.height
    assert set(events["account_id"].unique()) <= set(truth["account_id"])
    for name in ("event_id", "timestamp", "account_id", "model", "prompt"):
        assert events[name].null_count() == 0
    assert (events["input_tokens"] >= 0).all() and (events["output_tokens"] >= 0).all()
    assert events["max_tokens"].drop_nulls().min() >= 1
    world = orjson.loads((demo / "world.json").read_bytes())
    assert world["scenario"] == "demo" and world["seed"] == 7
    assert {c["name"] for c in world["campaigns"]} == set(truth["campaign"]) - {""}


def test_demo_size_and_campaign_shares(demo: Path) -> None:
    events = pl.read_parquet(demo / "events.parquet").join(_truth(demo), on="account_id")
    truth = _truth(demo)
    assert 250 <= truth.height <= 400
    assert 15_000 <= events.height <= 26_000
    world = orjson.loads((demo / "world.json").read_bytes())
    for camp in world["campaigns"]:
        got = events.filter(pl.col("campaign") == camp["name"]).height
        assert abs(got - camp["events"]) / camp["events"] < 0.35, (camp["name"], got)
        kinds = truth.filter(pl.col("campaign") == camp["name"])["kind"].unique().to_list()
        assert kinds == [camp["playbook"]]
        assert truth.filter(pl.col("campaign") == camp["name"]).height == camp["accounts"]


def test_every_hard_negative_kind_present(demo: Path) -> None:
    benign = _truth(demo).filter(pl.col("campaign") == "")
    active = set(pl.read_parquet(demo / "events.parquet", columns=["account_id"])["account_id"])
    kinds = set(benign.filter(pl.col("account_id").is_in(active))["kind"])
    assert kinds == set(BENIGN_KINDS)


def test_campaigns_pivot_to_the_new_model_faster_than_benign(demo: Path) -> None:
    world = orjson.loads((demo / "world.json").read_bytes())
    release = next(m for m in world["models"] if 0 < m["released_day"] < world["days"])
    events = pl.read_parquet(demo / "events.parquet").join(_truth(demo), on="account_id")
    start = pl.lit(world["start"]).str.to_datetime(time_zone="UTC")
    day = (pl.col("timestamp") - start).dt.total_seconds() / 86_400
    window = events.filter(
        (day > release["released_day"] + 1) & (day < release["released_day"] + 2)
    )
    new = window.group_by(pl.col("campaign") != "").agg(
        (pl.col("model") == release["name"]).mean().alias("share")
    )
    share = dict(zip(new["campaign"].to_list(), new["share"].to_list(), strict=True))
    assert share[True] > 0.4
    assert share[True] > 2 * share[False]
    before = events.filter(day < release["released_day"])
    assert (before["model"] == release["name"]).sum() == 0


def test_same_token_formula_for_everyone(demo: Path) -> None:
    events = pl.read_parquet(demo / "events.parquet").join(_truth(demo), on="account_id")
    first = events.filter(pl.col("turn") == 0)
    expected = (
        ((first["system"].fill_null("").str.len_chars() + first["prompt"].str.len_chars()) / 4)
        .ceil()
        .cast(pl.Int64)
        + 7
        + first["tools"] * 96
    )
    assert (first["input_tokens"] == expected).all()
    ok = events.filter(
        (pl.col("status") == 200)
        & (pl.col("response").str.len_chars() > 40)
        & (pl.col("finish_reason") == "stop")
    )
    ratio = ok["output_tokens"] / (ok["response"].str.len_chars() / 4).ceil()
    assert ratio.min() >= 0.8 and ratio.max() <= 1.25


def test_no_id_or_timestamp_artefacts(demo: Path) -> None:
    events = pl.read_parquet(demo / "events.parquet").join(_truth(demo), on="account_id")
    by = events.group_by(pl.col("campaign") != "").agg(
        pl.col("account_id").str.len_chars().n_unique().alias("id_lengths"),
        pl.col("account_id").str.slice(0, 5).n_unique().alias("prefixes"),
        (pl.col("timestamp").dt.second() == 0).mean().alias("round_seconds"),
        pl.col("timestamp").dt.microsecond().n_unique().alias("micros"),
    )
    assert by["id_lengths"].to_list() == [1, 1]
    assert by["prefixes"].to_list() == [1, 1]
    assert by["round_seconds"].max() < 0.05
    assert by["micros"].min() > 100


def test_campaign_prompts_are_diverse(demo: Path) -> None:
    events = pl.read_parquet(demo / "events.parquet").join(_truth(demo), on="account_id")
    camp = events.filter((pl.col("campaign") != "") & (pl.col("turn") == 0))
    assert camp["prompt"].n_unique() / camp.height > 0.8


def test_same_seed_same_data_other_seed_differs(
    small_toml: Path, small: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again"
    simulate(small_toml, 3, again, progress=False)
    for name in ("events.parquet", "accounts.parquet"):
        assert pl.read_parquet(small / name).equals(pl.read_parquet(again / name))
    assert (small / "truth.csv").read_bytes() == (again / "truth.csv").read_bytes()
    other = tmp_path / "other"
    simulate(small_toml, 4, other, progress=False)
    assert not pl.read_parquet(small / "events.parquet").equals(
        pl.read_parquet(other / "events.parquet")
    )


def test_evasion_knobs_take_effect(small: Path) -> None:
    events = pl.read_parquet(small / "events.parquet").join(_truth(small), on="account_id")
    accounts = pl.read_parquet(small / "accounts.parquet").join(_truth(small), on="account_id")
    rew = events.filter(pl.col("campaign") == "rewriters")
    # a fresh IP per request from a pool shared with benign homes, rotating user agents
    assert rew["ip"].n_unique() > 0.9 * rew.height
    per_acct = rew.group_by("account_id").agg(pl.col("user_agent").n_unique(), pl.len())
    assert (per_acct.filter(pl.col("len") > 20)["user_agent"] > 3).all()
    # replaced accounts: created during the world, after the first ones
    start = pl.lit("2026-04-22T00:00:00Z").str.to_datetime(time_zone="UTC")
    made = accounts.filter(pl.col("campaign") == "rewriters").filter(pl.col("created_at") > start)
    assert made.height >= 3
    ins = events.filter(pl.col("campaign") == "instructors")
    assert ins["turn"].max() >= 1  # fake follow-ups and decoy conversations
    kinds = set(_truth(small)["kind"])
    assert {"policy_rewrite", "instruction_generation"} <= kinds


def test_benign_and_campaign_share_vocabularies(demo: Path) -> None:
    events = pl.read_parquet(demo / "events.parquet").join(_truth(demo), on="account_id")
    camp = events.filter(pl.col("campaign") != "")
    benign = events.filter(pl.col("campaign") == "")
    for name in ("model", "response_format", "finish_reason"):
        only_campaign = set(camp[name].drop_nulls()) - set(benign[name].drop_nulls())
        assert not only_campaign, (name, only_campaign)
    # user agents come from one popularity-weighted list: most campaign traffic carries a UA
    # that benign customers send too (rare versions may by chance appear on one side only)
    seen = camp["user_agent"].is_in(benign["user_agent"].unique().implode())
    assert seen.mean() > 0.7
    for name in ("system", "response", "max_tokens", "temperature"):
        assert math.isclose(camp[name].null_count() > 0, benign[name].null_count() > 0)


def test_cli_writes_a_world(small_toml: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["simulate", "--scenario", str(small_toml), "--seed", "1", "--out", str(tmp_path), "-q"],
    )
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} >= {
        "events.parquet",
        "accounts.parquet",
        "truth.csv",
        "world.json",
    }


def test_shared_data_dir_feeds_eval_labs_and_templates(shared_data: Path, tmp_path: Path) -> None:
    scen = tmp_path / "shared.yaml"
    scen.write_text(
        f"days: 2\nn_fillers: 300\ndata_dir: {shared_data}\nbenign:\n  accounts: 120\n  events: 3000\n"
        "  kinds: {eval_lab: 0.5, community_template: 0.5}\n"
        "campaigns:\n  - {name: c, playbook: cot_elicitation, accounts: 3, events: 100}\n"
    )
    simulate(scen, 5, tmp_path / "w", progress=False)
    events = pl.read_parquet(tmp_path / "w" / "events.parquet").join(
        _truth(tmp_path / "w"), on="account_id"
    )
    mt_bench = pl.read_ndjson(shared_data / "organic" / "mt_bench_questions.jsonl")[
        "turns"
    ].list.first()
    lab = events.filter(pl.col("kind") == "eval_lab")
    assert lab["prompt"].is_in(mt_bench.implode()).any()
    community = events.filter((pl.col("kind") == "community_template") & (pl.col("turn") == 0))
    assert community["prompt"].str.starts_with("I want you to act as").any()


def test_ips_are_valid_and_mix_ipv4_and_ipv6(demo: Path) -> None:
    import ipaddress

    events = pl.read_parquet(demo / "events.parquet", columns=["ip", "account_id"]).join(
        _truth(demo), on="account_id"
    )
    versions = {ipaddress.ip_address(ip).version for ip in events["ip"].unique().to_list()}
    assert versions == {4, 6}
    v6_share = events.group_by(pl.col("campaign") != "").agg(pl.col("ip").str.contains(":").mean())
    assert (v6_share["ip"] > 0.01).all()  # homes, mobile networks and proxy exits alike


def test_no_exchange_before_sign_up(demo: Path) -> None:
    first = (
        pl.read_parquet(demo / "events.parquet")
        .group_by("account_id")
        .agg(pl.col("timestamp").min())
    )
    joined = first.join(pl.read_parquet(demo / "accounts.parquet"), on="account_id")
    assert joined.height == first.height
    assert (joined["timestamp"] > joined["created_at"]).all()


def test_cli_rejects_a_missing_data_dir(small_toml: Path, tmp_path: Path) -> None:
    from distillwatch.errors import UserError

    args = [
        "simulate",
        "--scenario",
        str(small_toml),
        "--out",
        str(tmp_path),
        "--data-dir",
        str(tmp_path / "nope"),
        "-q",
    ]
    result = CliRunner().invoke(app, args)
    assert isinstance(result.exception, UserError)
    assert "data-dir" in str(result.exception)
