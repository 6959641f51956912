"""Ingest's HTTP edge: POST one listing or an NDJSON batch; /healthz, /readyz, /metrics.

Run: `uvicorn services.ingest.app:app` (or `python -m services.ingest`).
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from redis.asyncio import Redis

from brandsentry.health import Health, kafka_check, ops_router, redis_check
from brandsentry.kafka import JsonProducer, KafkaUnavailable, ensure_topics
from brandsentry.logs import configure_logging
from services.ingest.core import split_ndjson
from services.ingest.publisher import ListingPublisher, Outcome
from services.ingest.settings import IngestSettings

NDJSON_TYPES = ("application/x-ndjson", "application/jsonl", "application/ndjson", "text/plain")


def create_app(settings: IngestSettings | None = None) -> FastAPI:
    settings = settings or IngestSettings()
    log = configure_logging("ingest", settings.log_level)
    health = Health()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await ensure_topics(settings.kafka, settings.topics.core())
        producer = JsonProducer(settings.kafka, client_id="brandsentry-ingest")
        await producer.start()
        redis = Redis.from_url(settings.redis.url)
        health.add("kafka", kafka_check(settings.kafka))
        health.add("redis", redis_check(redis))
        app.state.publisher = ListingPublisher(settings, producer, redis)
        log.info("ingest started", port=settings.port, listings_topic=settings.topics.listings)
        try:
            yield
        finally:
            await producer.stop()
            await redis.aclose()

    app = FastAPI(
        title="BrandSentry ingest",
        version="1",
        summary="Marketplace integrators push listings here; each is validated and published to the listings topic.",
        lifespan=lifespan,
    )

    def answer(outcome: Outcome) -> dict:
        if outcome.status == "rejected":
            return {"status": "rejected", "key": outcome.key, "reason": outcome.rejection.reason,
                    "errors": outcome.rejection.errors, "dead_letter_topic": settings.topics.listings_dlq}
        return {"status": outcome.status, "key": outcome.key}

    @app.post(
        "/v1/listings",
        status_code=202,
        responses={422: {"description": "the listing is invalid; it was written to the dead-letter topic"}},
    )
    async def post_listing(request: Request) -> JSONResponse:
        """Accept one Listing (JSON body, see schemas/json/listing.schema.json)."""
        outcome = await request.app.state.publisher.ingest(await request.body(), source="http")
        log.info("listing " + outcome.status, listing_key=outcome.key, source="http")
        return JSONResponse(answer(outcome), status_code=422 if outcome.status == "rejected" else 202)

    @app.post(
        "/v1/listings/batch",
        status_code=202,
        responses={
            413: {"description": "more lines than INGEST_MAX_BATCH_LINES"},
            415: {"description": "the body is not NDJSON"},
            422: {"description": "some lines were invalid; the valid ones were accepted, the others dead-lettered"},
        },
    )
    async def post_batch(request: Request) -> JSONResponse:
        """Accept an NDJSON batch, one Listing per line. Valid lines are published even when others are not."""
        content_type = request.headers.get("content-type", "").split(";")[0].strip()
        if content_type not in NDJSON_TYPES:
            return JSONResponse(
                {"error": f"send NDJSON (Content-Type: application/x-ndjson), not {content_type or 'nothing'}"},
                status_code=415,
            )
        lines = list(split_ndjson(await request.body()))
        if len(lines) > settings.max_batch_lines:
            return JSONResponse(
                {"error": f"{len(lines)} lines; a batch holds at most {settings.max_batch_lines}"}, status_code=413
            )
        outcomes = await request.app.state.publisher.ingest_many([raw for _, raw in lines], source="http-batch")
        counts = {"accepted": 0, "duplicate": 0, "rejected": 0}
        rejected = []
        for (number, _), outcome in zip(lines, outcomes):
            counts[outcome.status] += 1
            if outcome.status == "rejected":
                rejected.append({"line": number, **answer(outcome)})
        log.info("batch ingested", source="http-batch", **counts)
        body = {**counts, "rejected_lines": rejected, "dead_letter_topic": settings.topics.listings_dlq}
        return JSONResponse(body, status_code=422 if rejected else 202)

    @app.exception_handler(KafkaUnavailable)
    async def kafka_unavailable(_: Request, exc: KafkaUnavailable) -> JSONResponse:
        """Not every listing reached Kafka: nothing unacknowledged was marked seen, so a retry lands it."""
        log.warning("listings not acknowledged by Kafka", error=str(exc))
        return JSONResponse({"error": f"Kafka did not acknowledge every listing ({exc}); retry: the ones that "
                                      "did not reach Kafka will be accepted, the others answered as duplicates"},
                            status_code=503, headers={"Retry-After": "5"})

    app.include_router(ops_router(health))

    return app


