"""STIX 2.1 export: valid bundles, the objects and patterns promised, and no customer data."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from report_scan_factory import HOSTILE_DETAIL, HOSTILE_UA, leaked_values
from stix2validator import ValidationOptions, validate_string
from typer.testing import CliRunner

from distillwatch.cli import app
from distillwatch.errors import UserError
from distillwatch.report import load_scan
from distillwatch.share import build_bundle, load_intel
from distillwatch.share.export import ip_pattern, parse_network, stix_string
from distillwatch.share.hashing import keyed_hash, read_secret

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _export(scan_dir: Path, **kw: object) -> dict:
    bundle, _ = build_bundle(load_scan(scan_dir), provider="Example AI", now=NOW, **kw)  # type: ignore[arg-type]
    return json.loads(bundle.serialize())


def _valid(doc: dict) -> None:
    result = validate_string(json.dumps(doc), ValidationOptions(strict=False))
    assert result.is_valid, [str(e) for r in result.object_results for e in r.errors]


def test_bundle_is_valid_stix_with_campaign_objects(scan_dir: Path) -> None:
    doc = _export(scan_dir, tlp="amber")
    _valid(doc)
    objs = doc["objects"]
    by_type: dict[str, list[dict]] = {}
    for o in objs:
        by_type.setdefault(o["type"], []).append(o)
    campaigns = json.loads((scan_dir / "campaigns.json").read_text())["campaigns"]
    assert len(by_type["campaign"]) == len(by_type["intrusion-set"]) == len(campaigns)
    rels = {
        (r["source_ref"], r["relationship_type"], r["target_ref"]) for r in by_type["relationship"]
    }
    for camp, iset in zip(by_type["campaign"], by_type["intrusion-set"], strict=True):
        assert (camp["id"], "attributed-to", iset["id"]) in rels
        assert 0 < camp["confidence"] <= 100
    patterns = {i["pattern"] for i in by_type["indicator"]}
    for camp in campaigns:
        for prefix in camp["infrastructure"]["ip_prefixes"]:
            assert f"[ipv4-addr:value ISSUBSET '{prefix}']" in patterns
        for asn in camp["infrastructure"]["asns"]:
            assert f"[autonomous-system:number = {asn}]" in patterns
    ua_patterns = [p for p in patterns if "User-Agent" in p]
    assert len(ua_patterns) == sum(len(c["infrastructure"]["user_agents"]) for c in campaigns)
    campaign_ids = {c["id"] for c in by_type["campaign"]}
    for ind in by_type["indicator"]:
        assert any((ind["id"], "indicates", c) in rels for c in campaign_ids)
    # The fingerprint SDO is declared through the extension definition.
    ext = by_type["extension-definition"][0]
    assert ext["extension_types"] == ["new-sdo"]
    for fs in by_type["x-distillwatch-fingerprint-set"]:
        assert fs["extensions"][ext["id"]]["extension_type"] == "new-sdo"
    # Every SDO except the fixed project objects carries the TLP:AMBER marking.
    amber = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"
    marked = [
        o
        for o in objs
        if o["type"] not in {"marking-definition", "extension-definition"}
        and o.get("created_by_ref") != ext["created_by_ref"]
    ]
    assert marked and all(
        o.get("object_marking_refs") == [amber]
        for o in marked
        if o["type"] != "identity" or o["name"] == "Example AI"
    )


def test_no_customer_data_in_clear(scan_dir: Path, secret: bytes) -> None:
    text = json.dumps(_export(scan_dir, secret=secret))
    assert leaked_values(scan_dir, text) == []
    assert leaked_values(scan_dir, "x acct-000-0001 y") == ["acct-000-0001"]  # the check works
    links = pl.read_parquet(scan_dir / "links.parquet")
    assert HOSTILE_DETAIL not in text  # evidence detail strings may quote prompts: never exported
    assert "step-by-step" not in text
    # ...but their keyed hashes are there for partners holding the same secret.
    for kind, key in (
        links.filter(pl.col("key_kind").is_in(["payment", "email_domain"]))
        .select("key_kind", "key")
        .unique()
        .iter_rows()
    ):
        assert keyed_hash(secret, kind, key) in text


def test_without_secret_identifiers_are_left_out(scan_dir: Path) -> None:
    bundle, stats = build_bundle(load_scan(scan_dir), provider="X", now=NOW)
    kinds = {o.get("fingerprint_kind") for o in json.loads(bundle.serialize())["objects"]}
    assert kinds - {None} == {"prompt-template-minhash-lsh"}
    assert stats.hashed_identifiers == 0 and any("secret" in n for n in stats.notes)


def test_reexport_keeps_ids_and_tlp_changes_marking(scan_dir: Path) -> None:
    a, b = _export(scan_dir), _export(scan_dir)
    assert [o["id"] for o in a["objects"]] == [o["id"] for o in b["objects"]]
    red = _export(scan_dir, tlp="red")
    assert any(
        o["id"] == "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"
        for o in red["objects"]
    )


def test_hostile_user_agent_round_trips_through_pattern(scan_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    out.write_text(json.dumps(_export(scan_dir)))
    intel = load_intel([out])
    assert HOSTILE_UA in {i.value for i in intel.user_agents}


@given(
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=60
    )
)
def test_user_agent_literal_round_trips(ua: str) -> None:
    from distillwatch.share.intel import _UA, _unescape

    pattern = f"[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = {stix_string(ua)}]"
    m = _UA.match(pattern)
    assert m is not None and _unescape(m.group(1)) == ua


@given(st.integers(0, 2**32 - 1), st.integers(8, 32))
def test_ipv4_prefix_forms_parse_to_one_network(addr: int, plen: int) -> None:
    import ipaddress

    net = ipaddress.ip_network((addr, plen), strict=False)
    assert parse_network(net.with_prefixlen) == net
    assert ip_pattern(str(net)) == f"[ipv4-addr:value ISSUBSET '{net}']"
    if plen == 24:
        assert parse_network(str(net.network_address).rsplit(".", 1)[0]) == net


def test_secret_file_rules(tmp_path: Path) -> None:
    short = tmp_path / "s"
    short.write_text("abc\n")
    with pytest.raises(UserError, match="at least 16"):
        read_secret(short)
    with pytest.raises(UserError, match="cannot read"):
        read_secret(tmp_path / "missing")


def test_cli_export_and_inspect(scan_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.key"
    secret.write_text("x" * 32)
    out = tmp_path / "out" / "bundle.json"
    runner = CliRunner()
    res = runner.invoke(
        app,
        [
            "share",
            "export",
            str(scan_dir),
            "--out",
            str(out),
            "--secret-file",
            str(secret),
            "--tlp",
            "green",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "3 campaigns" in res.output
    _valid(json.loads(out.read_text()))
    res = runner.invoke(app, ["share", "inspect", str(out)])
    assert res.exit_code == 0 and "ip_prefix:" in res.output and "payment:" in res.output
    res = runner.invoke(
        app, ["share", "export", str(scan_dir), "--out", str(out), "--tlp", "purple"]
    )
    assert isinstance(res.exception, UserError)


def test_min_score_and_empty_scans_still_give_valid_bundles(tmp_path: Path) -> None:
    from report_scan_factory import build_scan_dir

    scan = build_scan_dir(tmp_path / "s", n_campaigns=3)
    scores = sorted(
        c["score"] for c in json.loads((scan / "campaigns.json").read_text())["campaigns"]
    )
    _, stats = build_bundle(load_scan(scan), provider="X", min_score=scores[-1], now=NOW)
    assert stats.campaigns == 1
    empty = build_scan_dir(tmp_path / "e", n_campaigns=0)
    doc = _export(empty)
    _valid(doc)
    assert not [o for o in doc["objects"] if o["type"] in {"campaign", "indicator"}]
