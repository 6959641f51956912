"""Ingest's HTTP edge: POST one listing or an NDJSON batch; /healthz, /readyz, /metrics.

Every POST needs an integrator API key (`brandsentry keys create --role integrator --marketplace <slug>`), sent
as `X-API-Key` or `Authorization: Bearer`; the key names the marketplaces it may push listings for. The keys are
the portal's (same topic, same Redis lookup, same rate limit on failed attempts).

Run: `uvicorn services.ingest.app:app` (or `python -m services.ingest`).
"""

from __future__ import annotations

import asyncio
import ctypes
import json
import os
import signal
import sys
from contextlib import asynccontextmanager

import orjson
from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from redis.asyncio import Redis

from brandsentry.health import Health, kafka_check, ops_router, quiet_gc, redis_check, retry_forever
from brandsentry.http import BodyLimit, install_error_handlers, read_body
from brandsentry.kafka import RECORD_LIMIT_BYTES, JsonProducer, KafkaUnavailable, ensure_topics
from brandsentry.logs import configure_logging
from schemas.portal import Role
from services.ingest.core import split_ndjson
from services.ingest.publisher import ListingPublisher, Outcome
from services.ingest.settings import IngestSettings
from services.portal.access import KeyGate
from services.portal.auth import Principal
from services.portal.exceptions import Forbidden
from services.portal.exceptions import PortalError, TooManyAttempts
from services.portal.projector import Projector
from services.portal.settings import PortalTopics
from services.portal.view import View

NDJSON_TYPES = ("application/x-ndjson", "application/jsonl", "application/ndjson", "text/plain")
_api_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="an integrator key (`brandsentry keys create "
                                                                        "--role integrator --marketplace <slug>`)")
_bearer = HTTPBearer(auto_error=False, description="the same key as a bearer token")
AUTH_ANSWERS = {401: {"description": "no key, or an unknown or revoked one"},
                403: {"description": "not an integrator key, or a listing for a marketplace the key does not name; "
                                     "nothing was written"},
                429: {"description": "too many failed key attempts from this client (Retry-After)"}}


def marketplace_of(raw: bytes) -> str | None:
    """The marketplace a record claims, when it is a JSON object with a string `marketplace`."""
    try:
        doc = orjson.loads(raw)
    except Exception:
        try:  # what orjson refuses and json takes (NaN, Infinity, deep nesting) still names its marketplace
            doc = json.loads(raw)
        except Exception:  # not JSON (or nested past the parser's depth): the schema check dead-letters it
            return None
    value = doc.get("marketplace") if isinstance(doc, dict) else None
    return value.strip() if isinstance(value, str) else None


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def end_with_supervisor() -> None:
    """In a uvicorn worker process (INGEST_WORKERS > 1): have the kernel kill it when its supervisor dies (Linux).

    A kill -9 of the supervisor left the workers serving on the port, unsupervised, and the restarted ingest exited
    'Address already in use' (tests/faults/test_ingest_workers.py). Elsewhere than Linux: nothing."""
    if not sys.platform.startswith("linux"):
        return
    supervisor = os.getppid()
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != supervisor:  # it died before the request: nobody will send the signal
        os.kill(os.getpid(), signal.SIGKILL)


def create_app(settings: IngestSettings | None = None) -> FastAPI:
    settings = settings or IngestSettings()
    if settings.workers > 1:  # built in each worker process, never in the supervisor
        end_with_supervisor()
    log = configure_logging("ingest", settings.log_level)
    health = Health()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await ensure_topics(settings.kafka, {**settings.topics.core(),
                                             PortalTopics(settings.topics).api_keys: {"cleanup.policy": "compact"}})
        producer = JsonProducer(settings.kafka, client_id="brandsentry-ingest", max_batch_size=256 * 1024)
        await producer.start()
        redis = Redis.from_url(settings.redis.url)
        health.add("kafka", kafka_check(settings.kafka))
        health.add("redis", redis_check(redis))
        app.state.publisher = ListingPublisher(settings, producer, redis)
        view = View(redis, settings.topics.topic_prefix)
        app.state.gate = KeyGate(view, max_failures=settings.auth_max_failures, window_s=settings.auth_window_s)
        # the keys in memory from the api-keys topic: a wiped Redis never locks an integrator out
        keys = Projector(kafka=settings.kafka, topics=PortalTopics(settings.topics), view=view, log=log).keys_only()
        keys_task = asyncio.ensure_future(retry_forever(keys.run, what="api-keys follower", log=log))
        log.info("ingest started", port=settings.port, listings_topic=settings.topics.listings)
        quiet_gc()  # each worker process, its app built
        try:
            yield
        finally:
            keys_task.cancel()
            await asyncio.gather(keys_task, return_exceptions=True)
            await producer.stop()
            await redis.aclose()

    app = FastAPI(
        title="BrandSentry ingest",
        version="1",
        summary="Marketplace integrators push listings here; each is validated and published to the listings topic.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.add_middleware(BodyLimit, limit=max(settings.max_body_bytes, settings.max_batch_bytes))

    async def integrator(request: Request, api_key: str | None = Depends(_api_key),
                         bearer: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> Principal:
        token = api_key or (bearer.credentials if bearer else None)
        client = request.client.host if request.client else "unknown"
        who = Principal.of(await request.app.state.gate.authenticate(token, client))
        if who.role != Role.integrator:
            raise Forbidden("only an integrator key pushes listings")
        return who

    def refuse_foreign(who: Principal, raws: list[tuple[int, bytes]]) -> None:
        foreign = [(n, m) for n, raw in raws if (m := marketplace_of(raw)) is not None and not who.can_push_listing(m)]
        if foreign:
            lines = ", ".join(f"line {n}: {m!r}" for n, m in foreign[:20])
            raise Forbidden(f"this key pushes listings for {sorted(who.marketplaces)} only ({lines}); "
                               "nothing was written")

    def answer(outcome: Outcome) -> dict:
        if outcome.status == "rejected":
            return {"status": "rejected", "key": outcome.key, "reason": outcome.rejection.reason,
                    "errors": outcome.rejection.errors, "dead_letter_topic": settings.topics.listings_dlq}
        return {"status": outcome.status, "key": outcome.key}

    @app.post(
        "/v1/listings",
        status_code=202,
        responses={**AUTH_ANSWERS,
                   413: {"description": "the body is larger than INGEST_MAX_BODY_BYTES (not read), or the listing is "
                                        "larger than Kafka's record limit (dead-lettered, head only, with size and "
                                        "SHA-256)"},
                   422: {"description": "the listing is invalid; it was written to the dead-letter topic"}},
    )
    async def post_listing(request: Request, who: Principal = Depends(integrator)) -> JSONResponse:
        """Accept one Listing (JSON body, see schemas/json/listing.schema.json)."""
        raw = await read_body(request, settings.max_body_bytes)
        refuse_foreign(who, [(1, raw)])
        outcome = await request.app.state.publisher.ingest(raw, source="http")
        log.info("listing " + outcome.status, listing_key=outcome.key, source="http", key_id=who.key_id)
        if outcome.status != "rejected":
            return JSONResponse(answer(outcome), status_code=202)
        too_large = outcome.rejection.reason == "too_large"
        body = {**answer(outcome), **({"limit_bytes": RECORD_LIMIT_BYTES} if too_large else {})}
        return JSONResponse(body, status_code=413 if too_large else 422)

    @app.post(
        "/v1/listings/batch",
        status_code=202,
        responses={
            **AUTH_ANSWERS,
            413: {"description": "more lines than INGEST_MAX_BATCH_LINES, or more bytes than INGEST_MAX_BATCH_BYTES"},
            415: {"description": "the body is not NDJSON"},
            422: {"description": "some lines were invalid; the valid ones were accepted, the others dead-lettered"},
        },
    )
    async def post_batch(request: Request, who: Principal = Depends(integrator)) -> JSONResponse:
        """Accept an NDJSON batch, one Listing per line. Valid lines are published even when others are not."""
        content_type = request.headers.get("content-type", "").split(";")[0].strip()
        if content_type not in NDJSON_TYPES:
            return JSONResponse(
                {"error": f"send NDJSON (Content-Type: application/x-ndjson), not {content_type or 'nothing'}"},
                status_code=415,
            )
        lines = list(split_ndjson(await read_body(request, settings.max_batch_bytes)))
        if len(lines) > settings.max_batch_lines:
            return JSONResponse(
                {"error": f"{len(lines)} lines; a batch holds at most {settings.max_batch_lines}",
                 "limit_lines": settings.max_batch_lines}, status_code=413
            )
        refuse_foreign(who, lines)
        outcomes = await request.app.state.publisher.ingest_many([raw for _, raw in lines], source="http-batch")
        counts = {"accepted": 0, "duplicate": 0, "rejected": 0}
        rejected = []
        for (number, _), outcome in zip(lines, outcomes):
            counts[outcome.status] += 1
            if outcome.status == "rejected":
                rejected.append({"line": number, **answer(outcome)})
        log.info("batch ingested", source="http-batch", key_id=who.key_id, **counts)
        body = {**counts, "rejected_lines": rejected, "dead_letter_topic": settings.topics.listings_dlq,
                "record_limit_bytes": RECORD_LIMIT_BYTES}
        return JSONResponse(body, status_code=422 if rejected else 202)

    @app.exception_handler(PortalError)
    async def access_error(_: Request, exc: PortalError) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after_s)} if isinstance(exc, TooManyAttempts) else None
        return JSONResponse({"detail": str(exc)}, status_code=exc.status_code, headers=headers)

    @app.exception_handler(KafkaUnavailable)
    async def kafka_unavailable(_: Request, exc: KafkaUnavailable) -> JSONResponse:
        """Not every listing reached Kafka: nothing unacknowledged was marked seen, so a retry lands it."""
        log.warning("listings not acknowledged by Kafka", error=str(exc))
        return JSONResponse({"error": f"Kafka did not acknowledge every listing ({exc}); retry: the ones that "
                                      "did not reach Kafka will be accepted, the others answered as duplicates"},
                            status_code=503, headers={"Retry-After": "5"})

    app.include_router(ops_router(health))

    return app
