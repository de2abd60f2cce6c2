"""POST /v1/events?format=otel|litellm goes through the same adapters and validator as scan."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_support import auth

from distillwatch.ingest import ingest_events

GOLDEN = Path(__file__).resolve().parents[1] / "adapters" / "golden"


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("otel", "otel_semconv_v1_37.jsonl"), ("litellm", "litellm_standard_logging_payload.jsonl")],
)
def test_adapter_body_counts_like_the_file_reader(
    client: TestClient, keys: dict[str, str], tmp_path: Path, fmt: str, name: str
) -> None:
    path = GOLDEN / name
    expected = ingest_events([path], tmp_path, fmt=fmt, progress=False)
    head = auth(keys["ingest"])
    first = client.post(f"/v1/events?format={fmt}", content=path.read_bytes(), headers=head)
    assert first.status_code == 200, first.text
    got = first.json()
    assert got["accepted"] == expected.rows_accepted > 0
    assert got["quarantined"] == expected.rows_quarantined
    again = client.post(f"/v1/events?format={fmt}", content=path.read_bytes(), headers=head)
    assert again.json()["accepted"] == 0
    assert again.json()["duplicate"] == expected.rows_accepted


def test_unknown_format_is_a_client_error(client: TestClient, keys: dict[str, str]) -> None:
    resp = client.post("/v1/events?format=syslog", content=b"{}", headers=auth(keys["ingest"]))
    assert resp.status_code == 422
