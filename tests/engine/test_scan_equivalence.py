"""``--engine spark`` gives what ``--engine embedded`` gives on the demo world.

One Spark scan over mixed inputs (JSON Lines with corrupt lines and repeated ids, plus
Parquet) is compared file by file with the embedded scan of the same inputs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import polars as pl
import pytest
from polars.testing import assert_frame_equal

from distillwatch.engine import run_scan

pytestmark = [pytest.mark.spark, pytest.mark.slow]


@pytest.fixture(scope="module")
def demo_inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo world split into a corrupted JSONL file and a Parquet file; accounts path."""
    from distillwatch.simulate.run import simulate

    world = tmp_path_factory.mktemp("demo")
    simulate("demo", 1, world, progress=False)
    events = pl.read_parquet(world / "events.parquet")
    inputs = world / "inputs"
    inputs.mkdir()
    half = events.height // 2
    rows = (
        events.head(half)
        .with_columns(pl.col("timestamp").dt.to_string("%Y-%m-%dT%H:%M:%S%.fZ"))
        .to_dicts()
    )
    lines = [orjson.dumps(r) for r in rows]
    lines.insert(7, b"{broken json")
    lines.insert(11, b"")  # blank: not a row
    lines.insert(15, orjson.dumps({**rows[3], "event_id": "bad-ip", "ip": "300.1.2.3"}))
    lines.insert(19, orjson.dumps({**rows[4], "event_id": "neg", "output_tokens": -5}))
    lines.insert(23, b'{"event_id": "enc\xff"}')
    lines.append(orjson.dumps(rows[0]))  # repeated id: a duplicate
    (inputs / "a.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    events.slice(half).write_parquet(inputs / "b.parquet")
    return inputs, world / "accounts.parquet"


def _accounts(scan_dir: Path) -> pl.DataFrame:
    """accounts.csv with ``reasons`` as a set: signals of equal strength have no set order."""
    frame = pl.read_csv(scan_dir / "accounts.csv", infer_schema=False)
    return frame.with_columns(pl.col("reasons").str.split(";").list.sort()).sort("account_id")


def _campaigns(path: Path) -> list[dict[str, Any]]:
    """Campaigns with evidence as a set: ties between equal indicators have no set order."""
    out = []
    for c in json.loads(path.read_text())["campaigns"]:
        evidence = sorted((e["signal"], e["value"], e["baseline"]) for e in c["evidence"])
        out.append({**{k: v for k, v in c.items() if k != "evidence"}, "evidence": evidence})
    return sorted(out, key=lambda c: c["campaign_id"])


def test_spark_scan_equals_embedded_scan(spark, demo_inputs, tmp_path: Path) -> None:
    inputs, accounts = demo_inputs
    common = {"accounts_paths": [accounts], "report": False}
    emb = run_scan("embedded", [inputs], tmp_path / "emb", **common)
    spk = run_scan(
        "spark",
        [inputs],
        tmp_path / "spark",
        spark_master="local[2]",
        components=False,
        **common,
    )
    counts = ("rows_read", "rows_accepted", "rows_duplicate", "rows_quarantined", "accounts")
    assert {k: spk[k] for k in counts} == {k: emb[k] for k in counts}
    assert spk["rows_quarantined"] == 4 and spk["rows_duplicate"] == 1
    assert spk["engine"] == "spark" and spk["spark"]["leiden"] == "driver"
    quarantine = "quarantine.jsonl"
    assert (tmp_path / "spark" / quarantine).read_bytes() == (
        tmp_path / "emb" / quarantine
    ).read_bytes()
    assert _accounts(tmp_path / "spark").equals(_accounts(tmp_path / "emb"))
    flagged = pl.read_csv(tmp_path / "spark" / "accounts.csv").filter(pl.col("flagged"))
    assert flagged.height > 0, "the demo world has campaigns; nothing flagged means no test"
    assert _campaigns(tmp_path / "spark" / "campaigns.json") == _campaigns(
        tmp_path / "emb" / "campaigns.json"
    )
    for name in ("daily.parquet", "links.parquet"):
        a, b = (pl.read_parquet(tmp_path / d / name) for d in ("spark", "emb"))
        by = [c for c, t in a.schema.items() if not t.is_float()]
        # Float sums may add in another order: equal to 1e-9, not bit for bit.
        assert_frame_equal(a.sort(by), b.sort(by), rel_tol=1e-9)
    # Both engines stage into one hidden folder and remove it when detection ends.
    from distillwatch.pipeline.outputs import STAGING_DIR

    assert not (tmp_path / "spark" / STAGING_DIR).exists()
    assert not (tmp_path / "emb" / STAGING_DIR).exists()
