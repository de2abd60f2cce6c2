"""``--format auto`` recognises each format from its first records and says why."""

from __future__ import annotations

import gzip
from pathlib import Path

import orjson
import pytest

from distillwatch.errors import UserError
from distillwatch.ingest.adapters import detect_format

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("otel_semconv_v1_37.jsonl", "otel"),
        ("otel_legacy_events.jsonl", "otel"),
        ("litellm_standard_logging_payload.jsonl", "litellm"),
    ],
)
def test_golden_formats_detected(name: str, fmt: str) -> None:
    detected = detect_format(GOLDEN / name)
    assert detected.fmt == fmt
    assert "line 1" in detected.why


def test_contract_lines_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl.gz"
    record = {"event_id": "e", "timestamp": 1, "account_id": "a", "model": "m"}
    path.write_bytes(gzip.compress(b"\n" + orjson.dumps(record) + b"\n"))
    assert detect_format(path).fmt == "contract"
    assert detect_format(tmp_path / "x.parquet").fmt == "contract"
    assert detect_format(tmp_path / "x.csv").fmt == "contract"


def test_mapping_wins_and_broken_first_line_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"resourceSpans": [ cut\n{"resourceSpans": []}\n')
    assert detect_format(path).fmt == "otel"
    assert detect_format(path, mapping=tmp_path / "m.toml").fmt == "mapped"


def test_unknown_format_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "access.jsonl"
    path.write_text('{"req": {"id": 1}, "latency_ms": 5}\n')
    with pytest.raises(UserError) as err:
        detect_format(path)
    message = str(err.value)
    assert str(path) in message and "latency_ms" in message and "--mapping" in message


def test_accounts_table_is_contract(tmp_path: Path) -> None:
    path = tmp_path / "accounts.jsonl"
    path.write_text('{"account_id": "a1", "verified": true, "email_domain": "x.org"}\n')
    assert detect_format(path).fmt == "contract"
