"""Engine selection and Spark options fail with one-line user errors, before Spark starts."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from distillwatch.engine import run_scan
from distillwatch.engine.spark.io import _runs, is_remote, plan_inputs
from distillwatch.engine.spark.session import parse_spark_conf, session_conf
from distillwatch.errors import UserError


def test_parse_spark_conf() -> None:
    assert parse_spark_conf(["spark.executor.memory=8g", " a.b = x=y "]) == {
        "spark.executor.memory": "8g",
        "a.b": "x=y",
    }
    with pytest.raises(UserError, match="KEY=VALUE"):
        parse_spark_conf(["spark.executor.memory"])
    with pytest.raises(UserError, match="KEY=VALUE"):
        parse_spark_conf(["=8g"])


def test_user_conf_overrides_defaults_and_local_defaults_only_for_local() -> None:
    local = session_conf("local[2]", {"spark.sql.shuffle.partitions": "3"})
    assert local["spark.sql.shuffle.partitions"] == "3"
    assert local["spark.sql.session.timeZone"] == "UTC"
    cluster = session_conf("yarn")
    assert "spark.sql.shuffle.partitions" not in cluster and "spark.ui.enabled" not in cluster


def test_engine_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="unknown --engine 'flink'"):
        run_scan("flink", [tmp_path], tmp_path / "out")
    with pytest.raises(UserError, match="need --engine spark"):
        run_scan("embedded", [tmp_path], tmp_path / "out", spark_master="local[2]")
    with pytest.raises(UserError, match="KEY=VALUE"):
        run_scan("spark", [tmp_path], tmp_path / "out", spark_conf=["oops"])
    with pytest.raises(UserError, match="--format"):
        run_scan("spark", [tmp_path], tmp_path / "out", fmt="otel")


def test_plan_inputs_formats(tmp_path: Path) -> None:
    pl.DataFrame({"a": [1]}).write_parquet(tmp_path / "x.parquet")
    (tmp_path / "y.jsonl").write_text('{"a": 1}\n')
    (tmp_path / "z.csv").write_text("a\n1\n")
    planned = plan_inputs([tmp_path / "x.parquet", tmp_path / "y.jsonl"])
    assert [(p.name, p.fmt) for p in planned] == [
        (str(tmp_path / "x.parquet"), "parquet"),
        (str(tmp_path / "y.jsonl"), "jsonl"),
    ]
    assert planned[0].uri.startswith("file://")
    with pytest.raises(UserError, match=r"z\.csv"):
        plan_inputs([tmp_path / "z.csv"])
    remote = plan_inputs(["s3a://bucket/logs/*.parquet"])
    assert remote[0].fmt == "parquet" and remote[0].name == "s3a://bucket/logs/*.parquet"
    with pytest.raises(UserError, match="format in the name"):
        plan_inputs(["hdfs:///logs/2026-06/"])
    assert is_remote("dbfs:/mnt/x.parquet") and not is_remote("/tmp/x") and not is_remote("C:/x")


@given(st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=40))
def test_runs_cover_the_batch_in_order(keys: list[str]) -> None:
    runs = _runs(pl.DataFrame({"file": keys}))
    rebuilt = [key[0] for _, n, key in runs for _ in range(n)]
    assert rebuilt == keys
    assert all(runs[i][2] != runs[i + 1][2] for i in range(len(runs) - 1))
    assert [s for s, _, _ in runs] == [sum(n for _, n, _ in runs[:i]) for i in range(len(runs))]
