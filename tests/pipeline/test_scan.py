"""End-to-end scan on a crafted world: contract outputs, campaign found, hard negative spared."""

from __future__ import annotations

import importlib
from pathlib import Path

import orjson
import polars as pl
import pytest

from distillwatch import contract
from distillwatch.cli import main
from distillwatch.errors import UserError
from distillwatch.pipeline.scan import scan

from .world import crafted_world


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    events, accounts, truth = crafted_world()
    src = tmp_path_factory.mktemp("in")
    events.write_parquet(src / "events.parquet")
    accounts.write_parquet(src / "accounts.parquet")
    out = tmp_path_factory.mktemp("out")
    scan([src / "events.parquet"], out, accounts_paths=[src / "accounts.parquet"], report=False)
    return out, truth


def test_outputs_follow_contract(scanned: tuple[Path, dict[str, str]]) -> None:
    out, truth = scanned
    acc = pl.read_csv(out / "accounts.csv", schema_overrides={"campaign_id": pl.String})
    assert tuple(acc.columns) == contract.ACCOUNTS_CSV_COLUMNS
    assert acc.height == len(truth)
    assert acc["score"].is_between(0, 1).all()
    assert set(acc["flagged"].cast(pl.String).str.to_lowercase()) <= {"true", "false"}
    summary = orjson.loads((out / "summary.json").read_bytes())
    assert set(contract.SUMMARY_KEYS) <= set(summary)
    assert (
        summary["rows_read"]
        == summary["rows_accepted"] + summary["rows_duplicate"] + summary["rows_quarantined"]
    )
    campaigns = orjson.loads((out / "campaigns.json").read_bytes())["campaigns"]
    assert summary["campaigns"] == len(campaigns)
    for c in campaigns:
        assert set(contract.CAMPAIGN_KEYS) <= set(c)
        assert set(c["capabilities"]) == set(contract.CAPABILITIES)
        assert c["n_accounts"] == len(c["accounts"])
        assert all({"signal", "value", "baseline", "detail"} <= set(e) for e in c["evidence"])
        assert {"ip_prefixes", "user_agents", "asns"} <= set(c["infrastructure"])
    daily = pl.read_parquet(out / "daily.parquet")
    assert daily.columns == ["day", "campaign_id", "model", "exchanges"]
    assert (
        daily.filter(pl.col("campaign_id").is_null())["exchanges"].sum() == summary["rows_accepted"]
    )
    links = pl.read_parquet(out / "links.parquet")
    assert links.columns == ["campaign_id", "account_id", "key_kind", "key", "weight"]
    assert (out / "quarantine.jsonl").exists()


def test_campaign_found_and_hard_negative_spared(scanned: tuple[Path, dict[str, str]]) -> None:
    out, truth = scanned
    acc = pl.read_csv(out / "accounts.csv")
    flagged = set(acc.filter(pl.col("flagged"))["account_id"])
    campaign = {a for a, k in truth.items() if k == "campaign"}
    assert flagged == campaign
    hydra = acc.filter(pl.col("account_id").is_in(list(campaign)))
    assert hydra["reasons"].str.starts_with("coordinated_campaign").all()
    benign_top = acc.filter(~pl.col("account_id").is_in(list(campaign)))["score"].max()
    assert benign_top < hydra["score"].min()


def test_empty_input_gives_valid_empty_outputs(tmp_path: Path) -> None:
    pl.DataFrame(schema=contract.EVENT_SCHEMA).write_parquet(tmp_path / "e.parquet")
    summary = scan([tmp_path / "e.parquet"], tmp_path / "out", report=False)
    assert summary["accounts"] == 0 and summary["campaigns"] == 0
    assert orjson.loads((tmp_path / "out" / "campaigns.json").read_bytes()) == {"campaigns": []}
    assert pl.read_csv(tmp_path / "out" / "accounts.csv").columns == list(
        contract.ACCOUNTS_CSV_COLUMNS
    )


def test_unreadable_path_is_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.parquet"
    with pytest.raises(UserError):
        scan([missing], tmp_path / "o", report=False)
    monkeypatch.setattr(
        "sys.argv", ["distillwatch", "scan", str(missing), "--out", str(tmp_path / "o")]
    )
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "missing.parquet" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("module", "writer", "message", "written"),
    [
        # the contract outputs: nothing is written, the error names the folder and a fix
        ("distillwatch.pipeline.scan", "write_detection", r"No space left.*another disk", False),
        # the optional page: the contract outputs are written first
        ("distillwatch.report", "write_report", r"report\.html.*No space left.*--no-report", True),
    ],
)
def test_a_full_disk_is_a_clear_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    module: str,
    writer: str,
    message: str,
    written: bool,
) -> None:
    def no_space(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(importlib.import_module(module), writer, no_space)
    pl.DataFrame(schema=contract.EVENT_SCHEMA).write_parquet(tmp_path / "e.parquet")
    with pytest.raises(UserError, match=message):
        scan([tmp_path / "e.parquet"], tmp_path / "out")
    assert (tmp_path / "out" / "summary.json").exists() == written


def test_intel_indicators_link_their_holders() -> None:
    from distillwatch.pipeline.detect import detect, intel_keys

    events, accounts, _ = crafted_world()
    keys = pl.DataFrame(
        {
            "account_id": ["a", "b", "c"],
            "key_kind": ["ip24", "ip24", "user_agent"],
            "key": ["203.0.113.0/24"] * 2 + ["x"],
            "share": [1.0] * 3,
        }
    )
    hits = intel_keys(keys, pl.DataFrame({"key_kind": ["ip24"], "key": ["203.0.113.0/24"]}))
    assert sorted(hits["account_id"]) == ["a", "b"] and hits["key_kind"].unique().to_list() == [
        "intel"
    ]
    d = detect(
        events, accounts, intel=pl.DataFrame({"key_kind": ["ip24"], "key": ["203.0.113.0/24"]})
    )
    assert (
        d.links.filter(pl.col("key_kind") == "intel")["account_id"].str.starts_with("hydra").all()
    )


def test_content_partials_do_not_depend_on_batching() -> None:
    """Merged per-batch partials (many merges under the geometric policy) equal one batch's."""
    from distillwatch.pipeline.detect import annotate_partials, conform, content_api

    events, _, _ = crafted_world()
    api = content_api()
    assert api is not None
    lf = conform(events.lazy())
    one = annotate_partials(lf, api[0], batch_rows=events.height)
    many = annotate_partials(lf, api[0], batch_rows=max(events.height // 40, 1))
    assert one is not None and many is not None
    for table, key in (
        ("sums", ["account_id"]),
        ("templates", ["account_id", "prompt_template"]),
        ("systems", ["account_id", "system_hash"]),
        ("sample", ["account_id", "rank"]),
    ):
        a, b = getattr(one, table).sort(key), getattr(many, table).sort(key)
        assert a.equals(b.select(a.columns)), table


def test_a_memo_kept_across_runs_changes_no_result() -> None:
    """The live service keeps one ``PromptMemo`` across re-scoring runs of its window."""
    from distillwatch.features.content.annotate import PromptMemo
    from distillwatch.pipeline.detect import detect

    events, accounts, _ = crafted_world()
    memo = PromptMemo()
    first = detect(events.head(events.height // 2), accounts, memo=memo)
    assert len(memo) > 0
    assert first.accounts.equals(detect(events.head(events.height // 2), accounts).accounts)
    again = detect(events, accounts, memo=memo)
    assert again.accounts.equals(detect(events, accounts).accounts)


def test_without_accounts_trust_is_reported_unmeasured_not_zero(
    scanned: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    """No accounts table: the campaign is still found, its trust line is null (not 0) and
    its evidence says which line the input could not show; with the table, neither."""
    events, _, truth = crafted_world()
    events.write_parquet(tmp_path / "events.parquet")
    scan([tmp_path / "events.parquet"], tmp_path / "out", report=False)
    acc = pl.read_csv(tmp_path / "out" / "accounts.csv")
    campaign = {a for a, k in truth.items() if k == "campaign"}
    assert set(acc.filter(pl.col("flagged"))["account_id"]) == campaign
    found = orjson.loads((tmp_path / "out" / "campaigns.json").read_bytes())["campaigns"]
    assert found and all(c["lines"]["trust"] is None for c in found)
    assert all(c["evidence"][-1]["signal"] == "unmeasured_lines" for c in found)
    full = orjson.loads((scanned[0] / "campaigns.json").read_bytes())["campaigns"]
    assert all(isinstance(c["lines"]["trust"], float) for c in full)
    assert not any(e["signal"] == "unmeasured_lines" for c in full for e in c["evidence"])


def test_row_order_of_the_logs_does_not_change_the_result(
    scanned: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    """Logs arrive unsorted (several exporters, late batches): the same events shuffled give
    byte-identical accounts.csv and campaigns.json."""
    events, accounts, _ = crafted_world()
    events.sample(fraction=1.0, shuffle=True, seed=11).write_parquet(tmp_path / "events.parquet")
    accounts.write_parquet(tmp_path / "accounts.parquet")
    out = tmp_path / "out"
    scan(
        [tmp_path / "events.parquet"],
        out,
        accounts_paths=[tmp_path / "accounts.parquet"],
        report=False,
    )
    for name in ("accounts.csv", "campaigns.json"):
        assert (out / name).read_bytes() == (scanned[0] / name).read_bytes()
