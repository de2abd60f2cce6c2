"""Round trips: a simulated world exported as OTel GenAI traces and as LiteLLM payloads, read back
through ``--format auto``, gives the same validated events as the contract form."""

from __future__ import annotations

from pathlib import Path

import orjson
import polars as pl
import pytest
from polars.testing import assert_series_equal

from distillwatch.contract import EVENT_SCHEMA
from distillwatch.ingest import ingest_events
from distillwatch.ingest.adapters import AdapterOptions, adapter_session
from distillwatch.ingest.adapters.export import otel_event_id, write_litellm, write_otel
from distillwatch.simulate import simulate

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo_world")
    simulate("demo", 1, out, progress=False)
    return out


@pytest.fixture(scope="module")
def reference(world: Path, tmp_path_factory: pytest.TempPathFactory) -> pl.DataFrame:
    out = tmp_path_factory.mktemp("ref")
    result = ingest_events(world / "events.parquet", out, progress=False)
    assert result.rows_quarantined == 0
    return pl.read_parquet(result.events_path)


@pytest.fixture(scope="module")
def otel_traces(reference: pl.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference events written once as OTel traces (shared: exporting takes seconds)."""
    traces = tmp_path_factory.mktemp("otel") / "traces.jsonl"
    write_otel(reference, traces)
    return traces


def _read_back(path: Path, out: Path, options: AdapterOptions | None = None):
    with adapter_session(options) as session:
        result = ingest_events(path, out, progress=False)
    return result, session, pl.read_parquet(result.events_path)


def _gap_conversations(events: pl.DataFrame) -> pl.Series:
    """Conversations whose turns are not 0..k: a history rebuilt from the data cannot match."""
    turns = events.group_by("conversation_id").agg(pl.col("turn").sort())
    contiguous = turns["turn"].list.eval(pl.element() == pl.int_range(pl.len())).list.all()
    return turns.filter(~contiguous)["conversation_id"]


def _assert_same(got: pl.DataFrame, want: pl.DataFrame) -> None:
    assert got.schema == EVENT_SCHEMA
    assert got.height == want.height
    got, want = got.sort("event_id"), want.sort("event_id")
    assert_series_equal(got["event_id"], want["event_id"])
    gaps = want["conversation_id"].is_in(_gap_conversations(want).implode())
    for name in EVENT_SCHEMA.names():
        if name == "turn":
            assert_series_equal(got.filter(~gaps)["turn"], want.filter(~gaps)["turn"])
            assert gaps.sum() < want.height / 100
        else:
            assert_series_equal(got[name], want[name], check_names=False)


def test_otel_round_trip(reference: pl.DataFrame, otel_traces: Path, tmp_path: Path) -> None:
    traces = otel_traces
    result, session, got = _read_back(traces, tmp_path / "out")
    assert session.formats[str(traces)].fmt == "otel"
    assert result.rows_quarantined == 0
    # Each exchange also has an HTTP server span: counted, not a row.
    assert session.counts.rows_skipped_non_genai == reference.height
    want = reference.with_columns(
        pl.col("event_id").map_elements(otel_event_id, return_dtype=pl.String)
    )
    _assert_same(got, want)


def test_litellm_round_trip(world: Path, reference: pl.DataFrame, tmp_path: Path) -> None:
    payloads = tmp_path / "litellm.jsonl"
    write_litellm(reference, payloads)
    result, session, got = _read_back(payloads, tmp_path / "out")
    assert session.formats[str(payloads)].fmt == "litellm"
    assert result.rows_quarantined == 0 and session.counts.rows_skipped_non_genai == 0
    _assert_same(got, reference)


def test_metadata_only_round_trip(reference: pl.DataFrame, tmp_path: Path) -> None:
    """Content capture off: without --metadata-only every row is quarantined, with it none."""
    sample = reference.head(500)
    traces = tmp_path / "traces.jsonl"
    write_otel(sample, traces, content=False)
    strict, _, _ = _read_back(traces, tmp_path / "strict")
    assert strict.rows_quarantined == sample.height
    result, session, got = _read_back(traces, tmp_path / "meta", AdapterOptions(metadata_only=True))
    assert result.rows_accepted == sample.height
    assert session.counts.rows_without_prompt == sample.height
    assert set(got["prompt"].unique()) == {""}
    want = sample.with_columns(
        pl.col("event_id").map_elements(otel_event_id, return_dtype=pl.String)
    )
    for name in ("account_id", "timestamp", "model", "ip", "user_agent", "input_tokens", "status"):
        assert_series_equal(got.sort("event_id")[name], want.sort("event_id")[name])


def test_scan_same_from_otel_and_contract(
    world: Path, reference: pl.DataFrame, otel_traces: Path, tmp_path: Path
) -> None:
    """The same world scanned from contract Parquet and from OTel traces gives the same results.

    OTel ids are trace+span ids, so the contract copy gets the same ``event_id`` values the
    adapter reads back (the detector samples by event id; the ids themselves are not content).
    """
    from distillwatch.pipeline.scan import scan

    contract = tmp_path / "events.parquet"
    reference.with_columns(
        pl.col("event_id").map_elements(otel_event_id, return_dtype=pl.String)
    ).write_parquet(contract)
    accounts = [world / "accounts.parquet"]
    scan([contract], tmp_path / "contract", accounts_paths=accounts, report=False)
    with adapter_session():
        scan([otel_traces], tmp_path / "otel", accounts_paths=accounts, report=False)
    want = pl.read_csv(tmp_path / "contract" / "accounts.csv").sort("account_id")
    got = pl.read_csv(tmp_path / "otel" / "accounts.csv").sort("account_id")
    assert got.equals(want)
    campaigns = [
        orjson.loads((tmp_path / name / "campaigns.json").read_bytes())["campaigns"]
        for name in ("contract", "otel")
    ]
    assert [sorted(c["accounts"]) for c in campaigns[1]] == [
        sorted(c["accounts"]) for c in campaigns[0]
    ]
