"""``distillwatch eval`` reads a scan folder and a truth file, prints tables, writes JSON."""

from __future__ import annotations

from pathlib import Path

import orjson
import polars as pl
import pytest

from distillwatch.cli import main


def test_eval_cli_writes_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scan = tmp_path / "scan"
    scan.mkdir()
    pl.DataFrame(
        {
            "account_id": ["a", "b", "c"],
            "score": [0.9, 0.1, 0.2],
            "flagged": ["true", "false", "false"],
            "campaign_id": ["C1", "", ""],
            "reasons": ["", "", ""],
        }
    ).write_csv(scan / "accounts.csv")
    (scan / "campaigns.json").write_bytes(
        orjson.dumps({"campaigns": [{"campaign_id": "C1", "accounts": ["a"]}]})
    )
    pl.DataFrame(
        {
            "account_id": ["a", "b", "c"],
            "campaign": ["X", "", ""],
            "kind": ["hydra", "casual", "eval_lab"],
        }
    ).write_csv(tmp_path / "truth.csv")
    out = tmp_path / "eval.json"
    monkeypatch.setattr(
        "sys.argv",
        [
            "distillwatch",
            "eval",
            "--truth",
            str(tmp_path / "truth.csv"),
            "--scan",
            str(scan),
            "--json",
            str(out),
        ],
    )
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 0
    res = orjson.loads(out.read_bytes())
    assert res["accounts"]["precision"] == 1.0 and res["truth_campaigns"][0]["jaccard"] == 1.0


def test_eval_cli_missing_scan_is_user_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pl.DataFrame({"account_id": ["a"], "campaign": [""], "kind": ["casual"]}).write_csv(
        tmp_path / "truth.csv"
    )
    monkeypatch.setattr(
        "sys.argv",
        [
            "distillwatch",
            "eval",
            "--truth",
            str(tmp_path / "truth.csv"),
            "--scan",
            str(tmp_path / "nope"),
        ],
    )
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 2
