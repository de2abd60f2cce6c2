"""Mapping files: path syntax (property-tested), transforms, and one-line errors for bad mappings."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from distillwatch.errors import UserError
from distillwatch.ingest.adapters import AdapterCounts, AdapterOptions
from distillwatch.ingest.adapters.mapped import get_path, iter_records, load_mapping, parse_path

_KEYS = st.text(
    alphabet=st.characters(blacklist_characters='.[]"', blacklist_categories=("Cs",)), min_size=1
)
_STEPS = st.lists(st.one_of(_KEYS, st.integers(-5, 5)), min_size=1, max_size=6).filter(
    lambda steps: isinstance(steps[0], str)
)


def _render(steps: list[str | int]) -> str:
    out = ""
    for i, step in enumerate(steps):
        if isinstance(step, int):
            out += f"[{step}]"
        elif i == 0:
            out += step
        else:
            out += f".{step}"
    return out


@given(_STEPS)
def test_parse_path_reads_back_rendered_paths(steps: list[str | int]) -> None:
    assert parse_path(_render(steps)) == tuple(steps)


@given(st.lists(st.one_of(_KEYS, st.integers(-5, 5)), min_size=1, max_size=6))
def test_quoted_keys_parse(steps: list[str | int]) -> None:
    text = "".join(f"[{s}]" if isinstance(s, int) else f'["{s}"]' for s in steps)
    assert parse_path(text) == tuple(steps)


@settings(max_examples=50, deadline=None)
@given(
    st.recursive(st.integers() | st.text(), lambda c: st.lists(c) | st.dictionaries(st.text(), c)),
    _STEPS,
)
def test_get_path_never_raises(doc: object, steps: list[str | int]) -> None:
    get_path(doc, tuple(steps))


def test_get_path_follows_dicts_and_lists() -> None:
    doc = {"a": {"b": [{"c": 1}, {"c": 2}]}, "x.y": 3}
    assert get_path(doc, parse_path("a.b[-1].c")) == 2
    assert get_path(doc, parse_path('["x.y"]')) == 3
    assert get_path(doc, parse_path("a.b[5].c")) is None
    assert get_path(doc, parse_path("a.b.c")) is None


@pytest.mark.parametrize("bad", ["", "a..b", "a[x]", "a[1"])
def test_parse_path_rejects_garbage(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_path(bad)


def _mapping(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "m.toml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[fields]\nnot_a_field = 'x'\n", "fields.not_a_field: not a contract event field"),
        ("[fields]\nmodel = { path = 'm', transform = 'epoch_days' }\n", "unknown transform"),
        ("[fields]\nmodel = { path = 'm', part = 1 }\n", "goes with split"),
        ("[fields]\nmodel = { pth = 'm' }\n", "unknown key(s) ['pth']"),
        ("[fields]\nmodel = 'a[x]'\n", "fields.model: cannot read path"),
        ("[fields\n", "not valid TOML"),
        ("[source]\nformat = 'x'\n[fields]\nmodel = 'm'\n", "[source] takes only records"),
        ("title = 'x'\n", "unknown table"),
    ],
)
def test_bad_mappings_name_file_field_and_fix(tmp_path: Path, text: str, message: str) -> None:
    path = _mapping(tmp_path, text)
    with pytest.raises(UserError) as err:
        load_mapping(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_missing_mapping_file_and_option(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="mapping file not found"):
        load_mapping(tmp_path / "nope.toml")
    data = tmp_path / "d.jsonl"
    data.write_text("{}\n")
    with pytest.raises(UserError, match="needs --mapping"):
        list(iter_records(data, AdapterOptions(), AdapterCounts()))


def test_transforms_and_csv_text(tmp_path: Path) -> None:
    mapping = _mapping(
        tmp_path,
        """
[fields]
event_id = "id"
timestamp = { path = "ns", transform = "epoch_ns" }
account_id = { path = "who", regex = 'user=(\\w+)', lower = true }
model = { path = "m", default = "unknown-model" }
prompt = "p"
max_tokens = "mt"
temperature = "t"
""",
    )
    csv = tmp_path / "log.csv"
    csv.write_text(
        "id,ns,who,m,p,mt,t\n"
        "e1,1767225600000001000,tenant user=ALICE x,,hello,128,0.5\n"
        "e2,,user=bob,gpt-4o,,,\n"
    )
    rows = list(iter_records(csv, AdapterOptions(mapping=mapping), AdapterCounts()))
    assert rows[0] == (
        2,
        {
            "event_id": "e1",
            "timestamp": "2026-01-01T00:00:00.000001Z",
            "account_id": "alice",
            "model": "unknown-model",
            "prompt": "hello",
            "max_tokens": 128,
            "temperature": 0.5,
        },
    )
    # Line 3: empty CSV cells are absent values; the absent prompt is left to quarantine.
    assert rows[1][0] == 3
    assert rows[1][1]["timestamp"] is None and "prompt" not in rows[1][1]


def test_parquet_source(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "rid": ["a", "b"],
            "ts": [1767225600, 1767225601],
            "req": [{"model": "m1", "msgs": ["x", "last"]}, {"model": "m2", "msgs": ["y"]}],
        }
    )
    pq.write_table(table, tmp_path / "logs.parquet")
    mapping = _mapping(
        tmp_path,
        """
[fields]
event_id = "rid"
timestamp = { path = "ts", transform = "epoch_s" }
account_id = { const = "acct-1" }
model = "req.model"
prompt = "req.msgs[-1]"
""",
    )
    rows = list(
        iter_records(tmp_path / "logs.parquet", AdapterOptions(mapping=mapping), AdapterCounts())
    )
    assert [r for r, _ in rows] == [1, 2]
    assert [rec["prompt"] for _, rec in rows] == ["last", "y"]
    assert rows[1][1]["timestamp"] == "2026-01-01T00:00:01.000000Z"


def test_records_path_missing_is_quarantined(tmp_path: Path) -> None:
    mapping = _mapping(tmp_path, "[source]\nrecords = 'items'\n[fields]\nmodel = 'm'\n")
    data = tmp_path / "d.jsonl"
    data.write_bytes(
        orjson.dumps({"items": [{"m": "a"}, {"m": "b"}]})
        + b"\n"
        + orjson.dumps({"other": 1})
        + b"\n"
    )
    rows = list(iter_records(data, AdapterOptions(mapping=mapping), AdapterCounts()))
    assert [(r, getattr(x, "reason", None)) for r, x in rows] == [
        (1, None),
        (1, None),
        (2, "unparseable"),
    ]


def test_json_path_reads_inside_logged_request_bodies(tmp_path: Path) -> None:
    mapping = _mapping(
        tmp_path,
        """
[fields]
event_id = "rid"
model = { path = "body", json_path = "model" }
prompt = { path = "body", json_path = "messages[-1].content" }
tools = { path = "body", json_path = "tools", transform = "count", default = 0 }
""",
    )
    body = orjson.dumps(
        {"model": "gpt-4o", "messages": [{"content": "a"}, {"content": "b"}]}
    ).decode()
    data = tmp_path / "access.jsonl"
    data.write_bytes(
        orjson.dumps({"rid": "1", "body": body})
        + b"\n"
        + orjson.dumps({"rid": "2", "body": "not json"})
        + b"\n"
    )
    rows = [rec for _, rec in iter_records(data, AdapterOptions(mapping=mapping), AdapterCounts())]
    assert rows[0] == {"event_id": "1", "model": "gpt-4o", "prompt": "b", "tools": 0}
    assert rows[1]["model"] is None and rows[1]["tools"] == 0 and "prompt" not in rows[1]
