"""Metadata-only validation: the prompt becomes optional, every other rule still holds."""

from distillwatch.ingest import validate_records

ROW = {"event_id": "e1", "timestamp": 1767225600000, "account_id": "a", "model": "m"}


def test_missing_prompt_is_accepted_as_empty_only_in_metadata_only_mode() -> None:
    rows = [
        ROW,
        {**ROW, "event_id": "e2", "prompt": ""},
        {**ROW, "event_id": "e3", "account_id": None},
    ]
    strict = validate_records(rows, source="s")
    assert strict.accepted.height == 0
    assert {q["reason"] for q in strict.quarantined} == {"missing_field"}
    relaxed = validate_records(rows, source="s", metadata_only=True)
    assert relaxed.accepted["prompt"].to_list() == ["", ""]
    assert [(q["row"], q["reason"]) for q in relaxed.quarantined] == [(3, "missing_field")]
