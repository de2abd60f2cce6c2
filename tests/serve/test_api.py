"""HTTP API: auth and roles, bounded bodies, idempotent ingest, decisions, audit, metrics."""

from __future__ import annotations

import orjson
import pytest
from fastapi.testclient import TestClient
from serve_support import auth, event

from distillwatch.serve.app import create_app
from distillwatch.serve.policy import parse_policy
from distillwatch.serve.service import ServeConfig, Service
from distillwatch.serve.store import Store


def jsonl(rows: list[dict]) -> bytes:
    return b"\n".join(orjson.dumps(r) for r in rows)


def campaign_rows(start: int = 0, n: int = 100) -> list[dict]:
    """Accounts a0..a2 (org o1) ask step by step; a3, a4 chat."""
    return [
        event(
            i,
            f"a{i % 5}",
            prompt="explain step by step" if i % 5 < 3 else "hi",
            org_id="o1" if i % 5 < 3 else None,
            minutes=i,
        )
        for i in range(start, start + n)
    ]


ENDPOINTS = [
    ("post", "/v1/events", {"content": b"[]"}),
    ("post", "/v1/check", {"json": {"account_id": "a", "model": "m"}}),
    ("get", "/v1/accounts/a0", {}),
    ("get", "/v1/campaigns", {}),
    ("get", "/v1/decisions", {}),
    ("get", "/metrics", {}),
    ("post", "/v1/overrides", {"json": {"account_id": "a", "action": "allow", "reason": "r"}}),
    ("post", "/v1/accounts", {"content": b"[]"}),
]


@pytest.mark.parametrize(("method", "path", "kw"), ENDPOINTS)
def test_every_endpoint_but_healthz_needs_a_key(
    client: TestClient, method: str, path: str, kw: dict
) -> None:
    assert getattr(client, method)(path, **kw).status_code == 401
    assert getattr(client, method)(path, headers=auth("dwk_nope_nope"), **kw).status_code == 401
    assert client.get("/healthz").status_code == 200


ROLE_CASES = [
    ("read", "post", "/v1/events", {"content": b"[]"}, 403),
    ("ingest", "post", "/v1/events", {"content": b"[]"}, 200),
    ("ingest", "get", "/v1/campaigns", {}, 403),
    ("ingest", "get", "/metrics", {}, 403),
    ("read", "get", "/metrics", {}, 200),
    ("ingest", "post", "/v1/check", {"json": {"account_id": "a", "model": "m"}}, 200),
    (
        "read",
        "post",
        "/v1/overrides",
        {"json": {"account_id": "a", "action": "allow", "reason": "r"}},
        403,
    ),
    ("ingest", "post", "/v1/accounts", {"content": b"[]"}, 403),
    (
        "admin",
        "post",
        "/v1/overrides",
        {"json": {"account_id": "a", "action": "allow", "reason": "r"}},
        200,
    ),
    ("admin", "get", "/v1/decisions", {}, 200),
]


@pytest.mark.parametrize(("role", "method", "path", "kw", "status"), ROLE_CASES)
def test_roles(
    client: TestClient,
    keys: dict[str, str],
    role: str,
    method: str,
    path: str,
    kw: dict,
    status: int,
) -> None:
    assert getattr(client, method)(path, headers=auth(keys[role]), **kw).status_code == status


def test_revoked_key_is_refused(service: Service, keys: dict[str, str], store: Store) -> None:
    from distillwatch.serve.auth import KeyRing, list_keys, revoke_key

    with TestClient(create_app(service, keys=KeyRing(store, max_age=0.0))) as c:
        assert c.get("/v1/campaigns", headers=auth(keys["read"])).status_code == 200
        key_id = next(k for k, role, *_ in list_keys(store) if role == "read")
        assert revoke_key(store, key_id)
        assert c.get("/v1/campaigns", headers=auth(keys["read"])).status_code == 401


def test_ingest_counts_and_idempotency(client: TestClient, keys: dict[str, str]) -> None:
    rows = campaign_rows()
    rows.append(
        {
            "event_id": "bad-ip",
            "timestamp": 1777593600000,
            "account_id": "x",
            "model": "m",
            "prompt": "p",
            "ip": "999.1.1.1",
        }
    )
    rows.append(rows[0])  # repeated inside the batch
    body = jsonl(rows) + b"\nnot json\n"
    h = auth(keys["ingest"])
    first = client.post("/v1/events", content=body, headers=h).json()
    assert (first["rows"], first["accepted"], first["duplicate"], first["quarantined"]) == (
        103,
        100,
        1,
        2,
    )
    assert first["quarantine_reasons"] == {"bad_ip": 1, "unparseable": 1}
    assert {q["row"] for q in first["quarantine"]} == {101, 103}
    again = client.post("/v1/events", content=body, headers=h).json()
    assert (again["accepted"], again["duplicate"], again["quarantined"]) == (0, 101, 2)
    # a JSON array body works the same and overlapping batches count only new ids
    arr = client.post("/v1/events", content=orjson.dumps(campaign_rows(90, 20)), headers=h).json()
    assert (arr["accepted"], arr["duplicate"]) == (10, 10)
    metrics = client.get("/metrics", headers=auth(keys["read"])).text
    assert "distillwatch_events_accepted_total 110" in metrics
    assert "distillwatch_events_duplicate_total 112" in metrics
    assert "distillwatch_events_quarantined_total 4" in metrics


def test_idempotency_key_returns_first_answer(client: TestClient, keys: dict[str, str]) -> None:
    h = {**auth(keys["ingest"]), "Idempotency-Key": "batch-1"}
    body = jsonl(campaign_rows(0, 10))
    first = client.post("/v1/events", content=body, headers=h).json()
    second = client.post("/v1/events", content=body, headers=h).json()
    assert first["accepted"] == second["accepted"] == 10
    assert second["replayed"] is True


def test_body_and_batch_limits(store: Store, policy, keys: dict[str, str], geo) -> None:
    from serve_support import fake_detect

    svc = Service(
        store,
        policy,
        config=ServeConfig(background=False, max_body_bytes=4000, max_batch_rows=5),
        detect=fake_detect,
        geo=geo,
    )
    with TestClient(create_app(svc)) as c:
        h = auth(keys["ingest"])
        assert (
            c.post("/v1/events", content=jsonl(campaign_rows(0, 6)), headers=h).status_code == 413
        )
        assert (
            c.post("/v1/events", content=orjson.dumps(campaign_rows(0, 6)), headers=h).status_code
            == 413
        )
        assert c.post("/v1/events", content=b"x" * 5000, headers=h).status_code == 413
        assert (
            c.post("/v1/events", content=jsonl(campaign_rows(0, 5)), headers=h).json()["accepted"]
            == 5
        )
        assert c.post("/v1/events", content=b"[1, 2", headers=h).status_code == 400


def test_check_enforce_and_audit(
    client: TestClient, keys: dict[str, str], service: Service
) -> None:
    client.post("/v1/events", content=jsonl(campaign_rows()), headers=auth(keys["ingest"]))
    assert client.post("/v1/rescore", headers=auth(keys["admin"])).json()["run"]["n_campaigns"] == 1
    h = auth(keys["ingest"])
    deny = client.post(
        "/v1/check",
        json={"account_id": "a0", "model": "frontier-1", "ip": "81.2.69.160"},
        headers=h,
    ).json()
    assert deny["action"] == "deny" and deny["source"] == "detection"
    assert deny["evidence_id"].startswith("ev_")
    ok = client.post(
        "/v1/check",
        json={"account_id": "a3", "model": "frontier-1", "ip": "81.2.69.160"},
        headers=h,
    ).json()
    assert ok["action"] == "allow"
    # evidence and audit trail behind the decision
    r = auth(keys["read"])
    ev = client.get(f"/v1/evidence/{deny['evidence_id']}", headers=r).json()
    assert ev["account_id"] == "a0" and ev["flagged"] is True and ev["campaign_id"] == "CMP-00001"
    log = client.get("/v1/decisions", params={"account_id": "a0"}, headers=r).json()["decisions"]
    assert [d["action"] for d in log] == ["deny"]
    assert "campaign-deny" in log[0]["actor"] and log[0]["evidence_id"] == deny["evidence_id"]
    acct = client.get("/v1/accounts/a0", headers=r).json()
    assert acct["state"]["n_events"] == 20 and acct["decision"]["action"] == "deny"
    camps = client.get("/v1/campaigns", headers=r).json()["campaigns"]
    assert camps[0]["campaign_id"] == "CMP-00001" and sorted(camps[0]["accounts"]) == [
        "a0",
        "a1",
        "a2",
    ]
    assert client.get("/v1/accounts/nobody", headers=r).status_code == 404
    assert 'distillwatch_decisions_total{action="deny"} 3' in client.get("/metrics", headers=r).text


def test_access_rules_by_ip_country(
    client: TestClient, keys: dict[str, str], service: Service
) -> None:
    h = auth(keys["ingest"])
    au = client.post(
        "/v1/check", json={"account_id": "z", "model": "frontier-1", "ip": "1.1.1.1"}, headers=h
    ).json()
    assert au["action"] == "deny" and "AU" in au["reason"] and au["source"] == "access:frontier-1"
    private = client.post(
        "/v1/check", json={"account_id": "z", "model": "frontier-1", "ip": "10.0.0.1"}, headers=h
    ).json()
    assert private["action"] == "deny" and "unknown" in private["reason"]
    other = client.post(
        "/v1/check", json={"account_id": "z", "model": "small-1", "ip": "1.1.1.1"}, headers=h
    ).json()
    assert other["action"] == "allow"
    service.flush_audit()
    log = client.get(
        "/v1/decisions", params={"account_id": "z"}, headers=auth(keys["read"])
    ).json()["decisions"]
    assert len(log) == 2 and all(d["model"] == "frontier-1" for d in log)


def test_verified_and_declared_country_from_posted_accounts(
    store: Store, keys: dict[str, str], geo
) -> None:
    from serve_support import fake_detect

    policy = parse_policy(
        {"models": {"frontier-1": {"require_verified": True, "allowed_countries": ["GB"]}}}, "p"
    )
    svc = Service(store, policy, config=ServeConfig(background=False), detect=fake_detect, geo=geo)
    with TestClient(create_app(svc)) as c:
        accounts = [
            {"account_id": "good", "verified": True, "declared_country": "GB"},
            {"account_id": "unverified", "verified": False, "declared_country": "GB"},
            {"account_id": "abroad", "verified": True, "declared_country": "FR"},
            {"account_id": "broken", "verified": "yes"},
        ]
        posted = c.post(
            "/v1/accounts", content=orjson.dumps(accounts), headers=auth(keys["admin"])
        ).json()
        assert posted["accepted"] == 3 and posted["quarantined"] == 1
        h = auth(keys["ingest"])

        def ask(account: str) -> dict:
            return c.post(
                "/v1/check",
                json={"account_id": account, "model": "frontier-1", "ip": "81.2.69.160"},
                headers=h,
            ).json()

        assert ask("good")["action"] == "allow"
        assert "verified" in ask("unverified")["reason"]
        assert "declared country FR" in ask("abroad")["reason"]


def test_shadow_mode_answers_allow_but_records(store: Store, keys: dict[str, str], geo) -> None:
    from serve_support import POLICY, fake_detect

    policy = parse_policy({**POLICY, "mode": "shadow", "models": {}}, "p")
    svc = Service(store, policy, config=ServeConfig(background=False), detect=fake_detect, geo=geo)
    with TestClient(create_app(svc)) as c:
        c.post("/v1/events", content=jsonl(campaign_rows()), headers=auth(keys["ingest"]))
        svc.rescore()
        v = c.post(
            "/v1/check",
            json={"account_id": "a0", "model": "frontier-1"},
            headers=auth(keys["ingest"]),
        ).json()
        assert v["action"] == "allow" and v["shadow_action"] == "deny" and v["mode"] == "shadow"
        log = c.get("/v1/decisions", headers=auth(keys["read"])).json()["decisions"]
        assert {d["mode"] for d in log} == {"shadow"} and not any(d["enforced"] for d in log)


def test_overrides_and_allowlist(client: TestClient, keys: dict[str, str]) -> None:
    client.post("/v1/events", content=jsonl(campaign_rows()), headers=auth(keys["ingest"]))
    client.post("/v1/rescore", headers=auth(keys["admin"]))
    a = auth(keys["admin"])
    body = {"account_id": "a0", "action": "allow", "reason": "known evaluation lab"}
    assert client.post("/v1/overrides", json=body, headers=a).status_code == 200
    h = auth(keys["ingest"])
    v = client.post("/v1/check", json={"account_id": "a0", "model": "small-1"}, headers=h).json()
    assert v["action"] == "allow" and v["source"] == "override"
    route = {
        "account_id": "a3",
        "action": "route",
        "route_to": "small-1",
        "reason": "cheap model only",
    }
    client.post("/v1/overrides", json=route, headers=a)
    assert (
        client.post(
            "/v1/check", json={"account_id": "a3", "model": "frontier-2"}, headers=h
        ).json()["route_to"]
        == "small-1"
    )
    assert (
        client.post("/v1/check", json={"account_id": "a3", "model": "small-1"}, headers=h).json()[
            "action"
        ]
        == "allow"
    )
    assert (
        client.post("/v1/overrides", json={**body, "action": "nuke"}, headers=a).status_code == 422
    )
    log = client.get("/v1/decisions", params={"account_id": "a0"}, headers=a).json()["decisions"]
    assert log[-1]["actor"].startswith("admin key") and "evaluation lab" in log[-1]["reason"]
    assert client.delete("/v1/overrides/a0", headers=a).status_code == 200
    assert (
        client.post("/v1/check", json={"account_id": "a0", "model": "small-1"}, headers=h).json()[
            "action"
        ]
        == "deny"
    )
    assert (
        client.post(
            "/v1/check", json={"account_id": "evallab", "model": "small-1"}, headers=h
        ).json()["source"]
        == "allowlist"
    )


def test_openapi_documents_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in (
        "/v1/events",
        "/v1/check",
        "/v1/accounts/{account_id}",
        "/v1/campaigns",
        "/v1/decisions",
        "/healthz",
        "/metrics",
    ):
        assert p in paths


@pytest.mark.parametrize("body", [b"null", b"null\n{}", b" null{}", b"[null]", b"\n\n", b""])
def test_hostile_bodies_are_quarantined_not_fatal(
    client: TestClient, keys: dict[str, str], body: bytes
) -> None:
    # a top-level `null` line used to reach pyarrow's JSON reader, which segfaults on it
    resp = client.post("/v1/events", content=body, headers=auth(keys["ingest"]))
    assert resp.status_code == 200
    got = resp.json()
    assert (
        got["accepted"] == 0
        and got["accepted"] + got["duplicate"] + got["quarantined"] == got["rows"]
    )
    assert client.get("/healthz").status_code == 200


def test_concurrent_rescoring_is_serialised(
    client: TestClient, keys: dict[str, str], service: Service
) -> None:
    import threading

    client.post("/v1/events", content=jsonl(campaign_rows()), headers=auth(keys["ingest"]))
    results: list = []
    threads = [threading.Thread(target=lambda: results.append(service.rescore())) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    runs = service.store.read("SELECT run_id, error FROM runs ORDER BY run_id")
    assert [r[0] for r in runs] == [1, 2, 3] and all(r[1] is None for r in runs)
    assert service.cache.decisions["a0"].action == "deny"


def test_campaign_id_survives_rescoring_as_accounts_rotate(
    client: TestClient, keys: dict[str, str], service: Service
) -> None:
    h = auth(keys["ingest"])
    client.post("/v1/events", content=jsonl(campaign_rows()), headers=h)
    service.rescore()
    # the hydra adds accounts a5..a7 on the same org: same campaign, same id
    more = [
        event(1000 + i, f"a{5 + i % 3}", prompt="step by step please", org_id="o1", minutes=200 + i)
        for i in range(30)
    ]
    client.post("/v1/events", content=jsonl(more), headers=h)
    service.rescore()
    camps = client.get("/v1/campaigns", headers=auth(keys["read"])).json()["campaigns"]
    assert [c["campaign_id"] for c in camps] == ["CMP-00001"]
    assert set(camps[0]["accounts"]) == {"a0", "a1", "a2", "a5", "a6", "a7"}
    assert camps[0]["first_run"] == 1 and camps[0]["last_run"] == 2
