"""HTTP API of the live service (FastAPI; OpenAPI at /docs and /openapi.json).

Every endpoint but /healthz needs ``Authorization: Bearer KEY`` (401 without a valid
key, 403 for a role that lacks the permission); bodies and batches are bounded (413).
Nothing here logs request bodies, so no prompt text reaches the logs.
"""

# no `from __future__ import annotations`: FastAPI must see the Depends() objects of local closures

import datetime as dt
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from distillwatch import __version__
from distillwatch.serve import metrics
from distillwatch.serve.auth import PERMISSIONS, KeyRing, Principal
from distillwatch.serve.body import BadBody, BatchTooLarge
from distillwatch.serve.policy import ACTIONS
from distillwatch.serve.service import Service
from distillwatch.serve.store import loads

_bearer = HTTPBearer(auto_error=False, description="API key: `distillwatch keys create`")


class CheckRequest(BaseModel):
    """A request about to be served."""

    account_id: str = Field(min_length=1, max_length=512)
    model: str = Field(min_length=1, max_length=512)
    ip: str | None = Field(default=None, max_length=64)


class CheckResponse(BaseModel):
    """What the gateway should do with the request."""

    action: str = Field(description="allow | throttle | challenge | deny | route")
    reason: str
    evidence_id: str | None = Field(description="id of the evidence record behind the decision")
    source: str = Field(description="access:<model> | override | allowlist | detection | default")
    mode: str = Field(description="shadow (not enforced) or enforce")
    shadow_action: str | None = Field(default=None, description="what enforce mode would answer")
    rate_per_minute: float | None = None
    route_to: str | None = Field(default=None, description="fallback model for action route")


class OverrideRequest(BaseModel):
    """A manual decision for one account."""

    account_id: str = Field(min_length=1, max_length=512)
    action: str = Field(description=" | ".join(ACTIONS))
    reason: str = Field(min_length=1, max_length=2000)
    rate_per_minute: float | None = None
    route_to: str | None = None
    expires_at: dt.datetime | None = None


def _since_us(since: str | None) -> int:
    """``since`` as epoch µs: RFC 3339 or epoch milliseconds."""
    if since is None:
        return 0
    if since.lstrip("-").isdigit():
        return int(since) * 1000
    try:
        parsed = dt.datetime.fromisoformat(since.replace("Z", "+00:00"))
    except ValueError as err:
        raise HTTPException(
            400, f"since={since!r}: use RFC 3339 (2026-05-01T00:00:00Z) or epoch ms"
        ) from err
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return int(parsed.timestamp() * 1_000_000)


def _iso(us: int | None) -> str | None:
    if us is None:
        return None
    return dt.datetime.fromtimestamp(us / 1e6, dt.UTC).isoformat().replace("+00:00", "Z")


async def _bounded_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes (declared or streamed)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body of {declared} bytes; the limit is {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body over {limit} bytes; send smaller batches")
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(service: Service, *, keys: KeyRing | None = None) -> FastAPI:
    """The FastAPI app over one :class:`Service` (started and stopped with the app)."""
    ring = keys or KeyRing(service.store)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        service.start()
        try:
            yield
        finally:
            service.stop()

    app = FastAPI(
        title="distillwatch",
        version=__version__,
        description="Live detection of distillation campaigns: ingest API traffic, ask what to do with an account.",
        lifespan=lifespan,
    )

    def need(permission: str) -> Callable[..., Principal]:
        roles = PERMISSIONS[permission]

        async def dependency(
            creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
        ) -> Principal:
            if creds is None or creds.scheme.lower() != "bearer":
                raise HTTPException(
                    401,
                    "missing API key: send Authorization: Bearer KEY",
                    headers={"WWW-Authenticate": "Bearer"},
                )
            who = ring.lookup(creds.credentials)
            if who is None:
                raise HTTPException(
                    401, "unknown or revoked API key", headers={"WWW-Authenticate": "Bearer"}
                )
            if who.role not in roles:
                raise HTTPException(
                    403, f"role {who.role} may not do this; needs one of {sorted(roles)}"
                )
            return who

        return dependency

    limit = service.config.max_body_bytes

    @app.get("/healthz", tags=["ops"])
    def healthz() -> dict[str, Any]:
        """Liveness: no key needed."""
        return {"status": "ok", "version": __version__}

    @app.post("/v1/events", tags=["ingest"])
    async def post_events(
        request: Request,
        who: Annotated[Principal, Depends(need("ingest"))],
        format: Literal["contract", "otel", "litellm"] = "contract",
    ) -> JSONResponse:
        """Ingest a JSON array or JSON Lines of contract events; idempotent by event_id.

        ``?format=otel`` takes OTLP/JSON trace export requests (GenAI spans) and
        ``?format=litellm`` LiteLLM standard logging payloads, one per line or array element,
        through the same adapters and validator as ``scan --format``. Optional header
        ``Idempotency-Key`` makes a retried batch return its first answer.
        """
        body = await _bounded_body(request, limit)
        key = request.headers.get("idempotency-key")
        try:
            result = await run_in_threadpool(service.ingest, body, idempotency_key=key, fmt=format)
        except BatchTooLarge as err:
            raise HTTPException(413, str(err)) from err
        except BadBody as err:
            raise HTTPException(400, str(err)) from err
        return JSONResponse(result)

    @app.post("/v1/check", tags=["decide"], response_model=CheckResponse)
    async def post_check(
        req: CheckRequest, who: Annotated[Principal, Depends(need("check"))]
    ) -> dict[str, Any]:
        """What to do with this request right now: allow, throttle, challenge, deny or route.

        Answered on the event loop from memory (no I/O, well under a millisecond), so it never
        waits for a thread of the pool that ingest uses.
        """
        return service.check(req.account_id, req.model, req.ip).to_json()

    @app.get("/v1/accounts/{account_id}", tags=["read"])
    def get_account(
        account_id: str, who: Annotated[Principal, Depends(need("read"))]
    ) -> dict[str, Any]:
        """State, facts, score, campaign and the decision in force for one account."""
        st = service.states.get(account_id)
        facts = service.store.read("SELECT * FROM accounts WHERE account_id = ?", (account_id,))
        score = service.store.read(
            "SELECT score, flagged, campaign_id, reasons, evidence_id, run_id, as_of FROM scores WHERE account_id = ?",
            (account_id,),
        )
        if st is None and not facts and not score:
            raise HTTPException(404, f"account {account_id} not seen")
        out: dict[str, Any] = {"account_id": account_id, "state": st.summary() if st else None}
        if facts:
            cols = [d[1] for d in service.store.read("PRAGMA table_info(accounts)")]
            out["facts"] = dict(zip(cols, facts[0], strict=True))
        if score:
            s, f, c, r, ev, run, as_of = score[0]
            out["score"] = {
                "score": s,
                "evidence_id": ev,
                "flagged": bool(f),
                "campaign_id": c,
                "reasons": r.split(";") if r else [],
                "run_id": run,
                "as_of": _iso(as_of),
            }
        decided = service.cache.decisions.get(account_id)
        out["decision"] = (
            None
            if decided is None
            else {
                "action": decided.action,
                "reason": decided.reason,
                "evidence_id": decided.evidence_id,
                "actor": decided.actor,
                **decided.params,
            }
        )
        override = service.cache.overrides.get(account_id)
        out["override"] = (
            None
            if override is None
            else {
                "action": override.action,
                "reason": override.reason,
                "actor": override.actor,
                "expires_at": _iso(override.expires_at),
                **override.params,
            }
        )
        return out

    @app.get("/v1/evidence/{evidence_id}", tags=["read"])
    def get_evidence(
        evidence_id: str, who: Annotated[Principal, Depends(need("read"))]
    ) -> dict[str, Any]:
        """The evidence record a decision points to."""
        rows = service.store.read(
            "SELECT account_id, campaign_id, run_id, as_of, created_at, data FROM evidence WHERE evidence_id = ?",
            (evidence_id,),
        )
        if not rows:
            raise HTTPException(404, f"evidence {evidence_id} not found")
        a, c, run, as_of, created, data = rows[0]
        return {
            "evidence_id": evidence_id,
            "account_id": a,
            "campaign_id": c,
            "run_id": run,
            "as_of": _iso(as_of),
            "created_at": _iso(created),
            **(loads(data) or {}),
        }

    @app.get("/v1/campaigns", tags=["read"])
    def get_campaigns(
        who: Annotated[Principal, Depends(need("read"))],
        include_inactive: bool = False,
    ) -> dict[str, Any]:
        """Campaigns of the last run (contract section 3 fields), ids stable across runs."""
        rows = [c for c in service.campaigns.values() if include_inactive or c.get("active")]
        rows.sort(key=lambda c: -float(c.get("score") or 0))
        return {"campaigns": rows, "scored_as_of": _iso(service.last_as_of)}

    @app.get("/v1/decisions", tags=["read"])
    def get_decisions(
        who: Annotated[Principal, Depends(need("read"))],
        since: Annotated[
            str | None, Query(description="RFC 3339 time or epoch ms (wall clock of the decision)")
        ] = None,
        after_id: int = 0,
        account_id: str | None = None,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
    ) -> dict[str, Any]:
        """The decision audit log: what was decided, why, on which evidence, by whom, when."""
        sql = (
            "SELECT decision_id, at, as_of, account_id, model, action, params, reason, evidence_id, actor, mode, enforced "
            "FROM decisions WHERE at >= ? AND decision_id > ?"
        )
        params: list[Any] = [_since_us(since), after_id]
        if account_id is not None:
            sql += " AND account_id = ?"
            params.append(account_id)
        rows = service.store.read(sql + " ORDER BY decision_id LIMIT ?", (*params, limit))
        return {
            "decisions": [
                {
                    "decision_id": r[0],
                    "at": _iso(r[1]),
                    "event_time": _iso(r[2]),
                    "account_id": r[3],
                    "model": r[4],
                    "action": r[5],
                    **(loads(r[6]) or {}),
                    "reason": r[7],
                    "evidence_id": r[8],
                    "actor": r[9],
                    "mode": r[10],
                    "enforced": bool(r[11]),
                }
                for r in rows
            ]
        }

    @app.get("/v1/status", tags=["read"])
    def get_status(who: Annotated[Principal, Depends(need("check"))]) -> dict[str, Any]:
        """Ingest and scoring progress (event time), for operators and `replay --sync`."""
        out = service.status()
        out["max_event_time"] = _iso(out["max_event_time_us"])
        out["scored_as_of"] = _iso(out["scored_as_of_us"])
        return out

    @app.post("/v1/rescore", tags=["admin"])
    def post_rescore(who: Annotated[Principal, Depends(need("admin"))]) -> dict[str, Any]:
        """Run detection now on the current window (normally it runs on its cadence)."""
        return {"run": service.rescore()}

    @app.post("/v1/overrides", tags=["admin"])
    def post_override(
        req: OverrideRequest, who: Annotated[Principal, Depends(need("admin"))]
    ) -> dict[str, Any]:
        """Set a manual decision for an account (e.g. allow a known evaluation lab)."""
        if req.action not in ACTIONS:
            raise HTTPException(422, f"action {req.action!r}; use one of {', '.join(ACTIONS)}")
        params = {
            k: v
            for k, v in (("rate_per_minute", req.rate_per_minute), ("route_to", req.route_to))
            if v is not None
        }
        if req.action == "route" and "route_to" not in params:
            raise HTTPException(422, "action route needs route_to")
        expires = None
        if req.expires_at is not None:
            when = (
                req.expires_at if req.expires_at.tzinfo else req.expires_at.replace(tzinfo=dt.UTC)
            )
            expires = int(when.timestamp() * 1_000_000)
        return service.set_override(
            req.account_id, req.action, req.reason, who.actor, params=params, expires_at=expires
        )

    @app.delete("/v1/overrides/{account_id}", tags=["admin"])
    def delete_override(
        account_id: str, who: Annotated[Principal, Depends(need("admin"))]
    ) -> dict[str, Any]:
        """Remove a manual decision."""
        if not service.clear_override(account_id, who.actor):
            raise HTTPException(404, f"no override for {account_id}")
        return {"account_id": account_id, "removed": True}

    @app.get("/v1/overrides", tags=["admin"])
    def get_overrides(who: Annotated[Principal, Depends(need("read"))]) -> dict[str, Any]:
        """Manual decisions in force."""
        return {
            "overrides": [
                {
                    "account_id": a,
                    "action": d.action,
                    "reason": d.reason,
                    "actor": d.actor,
                    "expires_at": _iso(d.expires_at),
                    **d.params,
                }
                for a, d in service.cache.overrides.items()
            ]
        }

    @app.post("/v1/accounts", tags=["admin"])
    async def post_accounts(
        request: Request, who: Annotated[Principal, Depends(need("admin"))]
    ) -> Any:
        """Load account facts (contract section 2) as a JSON array or JSON Lines."""
        body = await _bounded_body(request, limit)
        try:
            return await run_in_threadpool(service.post_accounts, body)
        except BatchTooLarge as err:
            raise HTTPException(413, str(err)) from err
        except BadBody as err:
            raise HTTPException(400, str(err)) from err

    @app.get("/metrics", tags=["ops"], response_class=PlainTextResponse)
    def get_metrics(who: Annotated[Principal, Depends(need("read"))]) -> Response:
        """Prometheus metrics."""
        return Response(metrics.render(service), media_type=metrics.CONTENT_TYPE)

    return app
