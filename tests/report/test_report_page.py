"""report.html: content, escaping of log strings, missing artifacts, size at 100 campaigns."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import polars as pl
import pytest
from report_scan_factory import HOSTILE_ACCOUNT, HOSTILE_DETAIL, HOSTILE_UA, build_scan_dir

from distillwatch.errors import UserError
from distillwatch.report import load_scan, write_report


class _Collect(HTMLParser):
    """Records every start tag with its attributes and all text, as a browser tokeniser would."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Collect:
    parser = _Collect()
    parser.feed(html)
    return parser


def test_page_has_ranked_campaigns_with_plots_and_tables(scan_dir: Path) -> None:
    path = write_report(scan_dir)
    assert path == scan_dir / "report.html"
    doc = _parse(path.read_text())
    sections = [a for t, a in doc.tags if t == "section"]
    campaigns = json.loads((scan_dir / "campaigns.json").read_text())["campaigns"]
    assert len(sections) == len(campaigns)
    ranked = sorted(campaigns, key=lambda c: -c["score"])
    text = "".join(doc.text)
    # Ranked order: the highest score comes first on the page.
    positions = [text.index(f"campaign {c['campaign_id']}") for c in ranked]
    assert positions == sorted(positions)
    classes = [a.get("class") for t, a in doc.tags if t == "svg"]
    assert classes.count("timeline") == len(campaigns)
    assert classes.count("graph") == len(campaigns)
    # One bar segment per (campaign, day, model) with exchanges, one node per account+key.
    daily = pl.read_parquet(scan_dir / "daily.parquet")
    n_bars = daily.filter(pl.col("campaign_id").is_not_null() & (pl.col("exchanges") > 0)).height
    assert sum(1 for t, a in doc.tags if t == "rect" and a.get("class") == "bar") == n_bars
    links = pl.read_parquet(scan_dir / "links.parquet")
    n_nodes = links["account_id"].n_unique()
    assert sum(1 for t, a in doc.tags if t == "circle") == n_nodes
    assert sum(1 for t, a in doc.tags if t == "line" and a.get("class") == "release") == len(
        campaigns
    )
    assert "atlas-3 released" in text
    # Both pivot shapes end up as the same sentence, with the release day from daily.parquet.
    assert (
        text.count("atlas-3 released 2026-05-06: 45% of the campaign's traffic on it within 24 h")
        == 3
    )
    assert "cot_elicitation" in text and "population baseline" in text
    summary = json.loads((scan_dir / "summary.json").read_text())
    assert f"{summary['rows_read']:,}" in text
    assert "metadata-only" not in text


def test_log_strings_cannot_inject_markup(scan_dir: Path) -> None:
    html = write_report(scan_dir).read_text()
    doc = _parse(html)
    tags = {t for t, _ in doc.tags}
    assert "script" not in tags and "img" not in tags
    assert not any(k.startswith("on") for _, a in doc.tags for k in a)
    text = "".join(doc.text)
    # The hostile values are shown to the reviewer as literal text.
    assert HOSTILE_UA in text
    assert HOSTILE_DETAIL in text
    # CSP forbids scripts and remote loads even if escaping ever failed.
    csp = next(
        a["content"]
        for t, a in doc.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in (csp or "")


def test_hostile_account_id_is_escaped_in_tables_and_graph(tmp_path: Path) -> None:
    scan = build_scan_dir(tmp_path / "s", hostile=True, n_campaigns=1)
    acc = pl.read_csv(scan / "accounts.csv")
    acc.with_columns(
        pl.when(pl.col("account_id") == HOSTILE_ACCOUNT)
        .then(pl.lit(0.999))
        .otherwise(pl.col("score"))
        .alias("score"),
        pl.when(pl.col("account_id") == HOSTILE_ACCOUNT)
        .then(pl.lit("true"))
        .otherwise(pl.col("flagged").cast(pl.String).str.to_lowercase())
        .alias("flagged"),
    ).write_csv(scan / "accounts.csv")
    html = write_report(scan).read_text()
    assert HOSTILE_ACCOUNT not in html
    text = "".join(_parse(html).text)
    assert text.count(HOSTILE_ACCOUNT) >= 2  # top-accounts table and graph tooltip


def test_missing_optional_artifacts_are_said_on_the_page(tmp_path: Path) -> None:
    scan = build_scan_dir(tmp_path / "s", with_daily=False, with_links=False, metadata_only=True)
    (scan / "accounts.csv").unlink()
    (scan / "quarantine.jsonl").unlink()
    text = "".join(_parse(write_report(scan).read_text()).text)
    assert "No daily.parquet" in text
    assert "No links.parquet" in text
    assert "No accounts.csv" in text
    assert "metadata-only" in text
    assert "campaign C001" in text


def test_empty_scan_says_no_campaigns(tmp_path: Path) -> None:
    scan = build_scan_dir(tmp_path / "s", n_campaigns=0)
    text = "".join(_parse(write_report(scan).read_text()).text)
    assert "No campaigns found" in text


def test_bad_campaigns_file_names_the_file(tmp_path: Path) -> None:
    scan = build_scan_dir(tmp_path / "s", n_campaigns=1)
    (scan / "campaigns.json").write_text('{"campaigns": [{"campaign_id": "C1"}]}')
    with pytest.raises(UserError, match=r"campaigns\.json: campaign 1 lacks accounts"):
        load_scan(scan)
    with pytest.raises(UserError, match="not a folder"):
        load_scan(tmp_path / "nope")


def test_hundred_campaigns_stay_under_three_megabytes(tmp_path: Path) -> None:
    scan = build_scan_dir(tmp_path / "s", n_campaigns=100, n_benign=2000, days=45)
    size = write_report(scan).stat().st_size
    assert size < 3_000_000, size
