"""Intel import: bundles parse into Intel, and intel_matches joins it to account keys."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_scan_factory import build_scan_dir

from distillwatch.errors import UserError
from distillwatch.report import load_scan
from distillwatch.share import build_bundle, intel_matches, load_intel
from distillwatch.share.intel import MATCH_SCHEMA, Intel


def _bundle(scan_dir: Path, out: Path, secret: bytes | None = None) -> Path:
    bundle, _ = build_bundle(
        load_scan(scan_dir), provider="Partner", now=datetime(2026, 6, 1, tzinfo=UTC), secret=secret
    )
    out.write_text(bundle.serialize())
    return out


def test_load_intel_reads_every_kind(scan_dir: Path, tmp_path: Path, secret: bytes) -> None:
    intel = load_intel([_bundle(scan_dir, tmp_path / "b.json", secret)])
    camps = json.loads((scan_dir / "campaigns.json").read_text())["campaigns"]
    assert {i.value for i in intel.ip_prefixes} == {
        p for c in camps for p in c["infrastructure"]["ip_prefixes"]
    }
    assert {i.value for i in intel.asns} == {
        str(a) for c in camps for a in c["infrastructure"]["asns"]
    }
    assert len(intel.template_fingerprints) == sum(len(c["template_fingerprints"]) for c in camps)
    assert intel.payment_hashes and intel.email_domain_hashes
    first = intel.ip_prefixes[0]
    assert first.indicator_id.startswith("indicator--") and 0 < first.confidence <= 100
    assert first.campaign.startswith("distillation campaign C00") and first.source.endswith(
        "b.json"
    )
    assert intel.table().height == len(intel)


def test_intel_matches_each_key_kind(scan_dir: Path, tmp_path: Path, secret: bytes) -> None:
    intel = load_intel([_bundle(scan_dir, tmp_path / "b.json", secret)])
    camp = json.loads((scan_dir / "campaigns.json").read_text())["campaigns"][0]
    prefix = camp["infrastructure"]["ip_prefixes"][0]  # e.g. 198.51.0.0/24
    three = prefix.rsplit(".", 1)[0]
    fp = camp["template_fingerprints"][0]
    pay = pl.read_parquet(scan_dir / "links.parquet").filter(pl.col("key_kind") == "payment")[
        "key"
    ][0]
    keys = pl.DataFrame(
        {
            "account_id": ["a1", "a2", "a3", "a4", "a5", "a6", "b1", "b2", "b3"],
            "key_kind": [
                "ip24",
                "ip",
                "user_agent",
                "asn",
                "template",
                "payment",
                "ip24",
                "user_agent",
                "payment",
            ],
            "key": [
                three,
                f"{three}.77",
                camp["infrastructure"]["user_agents"][0],
                f"AS{camp['infrastructure']['asns'][0]}",
                "0x" + fp.upper(),
                pay,
                "10.0.0",
                "curl/8.0",
                "pf_unrelated",
            ],
        }
    )
    hits = intel_matches(intel, keys, secret=secret)
    assert hits.schema == MATCH_SCHEMA
    assert sorted(set(hits["account_id"])) == ["a1", "a2", "a3", "a4", "a5", "a6"]
    assert hits["indicator_id"].str.contains("--").all() and (hits["confidence"] > 0).all()
    # Keyed hashes only match with the partners' secret.
    no_secret = intel_matches(intel, keys)
    assert "a6" not in set(no_secret["account_id"])
    wrong = intel_matches(intel, keys, secret=b"another-secret-of-16-bytes")
    assert "a6" not in set(wrong["account_id"])


def test_unrelated_bundle_matches_nothing(tmp_path: Path, scan_dir: Path) -> None:
    other = build_scan_dir(tmp_path / "other", seed=5, n_campaigns=2)
    intel = load_intel([_bundle(scan_dir, tmp_path / "b.json")])
    links = pl.read_parquet(other / "links.parquet").filter(
        ~pl.col("key_kind").is_in(["ip24", "user_agent"])
    )
    assert intel_matches(intel, links.select("account_id", "key_kind", "key")).height == 0


def test_empty_inputs_give_empty_typed_frame(scan_dir: Path, tmp_path: Path) -> None:
    keys = pl.DataFrame(schema={"account_id": pl.String, "key_kind": pl.String, "key": pl.String})
    assert intel_matches(Intel(), keys).schema == MATCH_SCHEMA
    intel = load_intel([_bundle(scan_dir, tmp_path / "b.json")])
    assert intel_matches(intel, keys).height == 0


def test_bad_bundles_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(UserError, match=r"bad\.json: not JSON"):
        load_intel([bad])
    bad.write_text('{"type": "report"}')
    with pytest.raises(UserError, match="not a STIX bundle"):
        load_intel([bad])
    with pytest.raises(UserError, match="cannot read"):
        load_intel([tmp_path / "missing.json"])


def test_foreign_patterns_are_counted_not_used(tmp_path: Path) -> None:
    doc = {
        "type": "bundle",
        "id": "bundle--0b6c1c5e-6f0a-4e5e-9d59-3f1b2a7c8d90",
        "objects": [
            {
                "type": "indicator",
                "id": "indicator--1",
                "pattern_type": "stix",
                "pattern": "[file:hashes.'SHA-256' = 'ab']",
            },
            {
                "type": "indicator",
                "id": "indicator--2",
                "pattern_type": "stix",
                "pattern": "[ipv4-addr:value = '203.0.113.9']",
                "confidence": 70,
            },
            {
                "type": "indicator",
                "id": "indicator--3",
                "pattern_type": "stix",
                "pattern": "[ipv4-addr:value = '203.0.113.10']",
                "revoked": True,
            },
        ],
    }
    path = tmp_path / "f.json"
    path.write_text(json.dumps(doc))
    intel = load_intel([path])
    assert intel.skipped_patterns == 1
    assert [(i.value, i.confidence) for i in intel.ip_prefixes] == [("203.0.113.9/32", 70)]
    keys = pl.DataFrame(
        {"account_id": ["x", "y"], "key_kind": ["ip", "ip"], "key": ["203.0.113.9", "203.0.113.10"]}
    )
    assert intel_matches(intel, keys)["account_id"].to_list() == ["x"]


def test_template_keys_in_every_form_the_scan_writes(scan_dir: Path, tmp_path: Path) -> None:
    intel = load_intel([_bundle(scan_dir, tmp_path / "b.json")])
    fp = intel.template_fingerprints[0].value
    forms = [f"mh:{int(fp, 16):016x}", str(int(fp, 16)), "0x" + fp.upper(), fp]
    keys = pl.DataFrame(
        {"account_id": [f"a{i}" for i in range(4)], "key_kind": ["template"] * 4, "key": forms}
    )
    assert intel_matches(intel, keys)["account_id"].unique().sort().to_list() == [
        "a0",
        "a1",
        "a2",
        "a3",
    ]


def test_keys_view_joins_exactly_with_link_keys(scan_dir: Path, tmp_path: Path) -> None:
    """``Intel.keys`` is what pipeline/scan.py joins on (key_kind, key) today."""
    intel = load_intel([_bundle(scan_dir, tmp_path / "b.json")])
    links = pl.read_parquet(scan_dir / "links.parquet").select("account_id", "key_kind", "key")
    exact = links.join(intel.keys.select("key_kind", "key").unique(), on=["key_kind", "key"])
    via_matches = intel_matches(intel, links)
    # Every exact hit is also found by intel_matches (which also handles containment).
    assert exact.height > 0
    assert set(exact.select("account_id", "key").iter_rows()) <= set(
        via_matches.select("account_id", "key").iter_rows()
    )
    assert intel.keys.filter(pl.col("key_kind") == "ip24")["key"].str.ends_with("/24").all()
    # Templates are corroboration only: never an exact link key on their own.
    assert intel.template_fingerprints and "template" not in set(intel.keys["key_kind"])


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
_field = st.sampled_from(
    [
        "type",
        "id",
        "pattern",
        "pattern_type",
        "confidence",
        "fingerprints",
        "fingerprint_kind",
        "relationship_type",
        "source_ref",
        "target_ref",
        "revoked",
        "name",
    ]
)
_obj = st.dictionaries(
    _field,
    _json
    | st.sampled_from(
        [
            "indicator",
            "stix",
            "relationship",
            "indicates",
            "x-distillwatch-fingerprint-set",
            "prompt-template-minhash-lsh",
            "[ipv4-addr:value ISSUBSET '10.0.0.0/8']",
            "[autonomous-system:number = 5]",
        ]
    ),
    max_size=8,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_obj | _json, max_size=6))
def test_any_bundle_content_loads_or_fails_cleanly(tmp_path: Path, objects: list) -> None:
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps({"type": "bundle", "id": "bundle--x", "objects": objects}))
    intel = load_intel([path])
    assert all(0 <= i.confidence <= 100 for i in intel.all())
    keys = pl.DataFrame({"account_id": ["a"], "key_kind": ["ip24"], "key": ["10.1.2.0/24"]})
    assert intel_matches(intel, keys).schema == MATCH_SCHEMA
