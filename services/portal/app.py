"""The portal's HTTP edge: routers, error mapping, health and metrics; background projector and webhook delivery.

Run: `python -m services.portal`. OpenAPI at /openapi.json, interactive docs at /docs.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager, suppress

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from redis.exceptions import RedisError

from brandsentry.health import Health, kafka_check, ops_router, problem_check, redis_keeps_check
from brandsentry.http import BodyLimit, NoStore, install_error_handlers, json_text_is_unicode
from brandsentry.logs import configure_logging
from services.portal.controller import Portal
from services.portal.delivery import DeliveryWorker
from services.portal.exceptions import PortalError, redis_unavailable
from services.portal.routers import alerts, console, insight, kafka_credentials, registry, rescans, stream, webhooks
from services.portal.settings import PortalSettings

DESCRIPTION = """
Brands register their fingerprints and triage their alerts; industry working groups watch theirs.

Authenticate every call with an API key (`X-API-Key: bsk_…` or `Authorization: Bearer bsk_…`) from
`brandsentry keys create`. A brand member sees and changes only its brand; a working-group member reads
its group's alerts; anything else answers 404 (or 403 for a role that may never do it), the same whether
the thing exists or not.
"""


def create_app(settings: PortalSettings | None = None) -> FastAPI:
    settings = settings or PortalSettings()
    log = configure_logging("portal", settings.log_level)
    health = Health()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        portal = Portal(settings, log)
        await portal.start()
        hub = stream.Hub(max_per_key=settings.stream_max_per_key)
        portal.projector.on_alert(hub.publish)
        portal.projector.on_key_revoked(hub.revoked)
        app.state.portal, app.state.hub = portal, hub
        health.add("kafka", kafka_check(settings.kafka))
        health.add("redis", redis_keeps_check(portal.redis))
        delivery = DeliveryWorker(settings, portal.projector, portal.deliverer, log)
        tasks = [asyncio.ensure_future(portal.projector.run()), asyncio.ensure_future(delivery.supervise()),
                 asyncio.ensure_future(portal.take_over_rescans())]

        def view_problem() -> str | None:  # a projector that stopped must not leave "caught up" standing
            if tasks[0].done():
                return f"view stopped following Kafka: {tasks[0].exception()!r}" if not tasks[0].cancelled() else "view stopped"
            if portal.projector.waiting_for_redis:  # away, or full (maxmemory): the view is held, not current
                return f"view waits for Redis ({portal.projector.waiting_for_redis})"
            return None if portal.projector.caught_up.is_set() else "view not caught up with Kafka yet"

        health.add("view", problem_check(view_problem))
        health.add("webhook_delivery", problem_check(delivery.problem))
        for task in tasks:
            task.add_done_callback(lambda t: t.cancelled() or t.exception() is None
                                   or log.error("portal background task died", error=repr(t.exception())))
        log.info("portal started", port=settings.port, topic_prefix=settings.topics.topic_prefix)
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with suppress(asyncio.CancelledError, Exception):
                    await task
            await portal.stop()
            log.info("portal stopped")

    app = FastAPI(title="BrandSentry portal", version="1", description=DESCRIPTION, lifespan=lifespan,
                  summary="Registry, alert triage, suppressions, webhooks and live stream for brands and working groups.",
                  dependencies=[Depends(json_text_is_unicode)])

    install_error_handlers(app)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(NoStore, prefix="/v1/")  # tenants' answers: no cache may keep them (the console sets its own)

    @app.exception_handler(PortalError)
    async def portal_error(_: Request, exc: PortalError) -> JSONResponse:
        retry_after = getattr(exc, "retry_after_s", None)  # TooManyAttempts, Unavailable
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
        return JSONResponse({"detail": str(exc)}, status_code=exc.status_code, headers=headers)

    @app.exception_handler(RedisError)
    async def redis_error(_: Request, exc: RedisError) -> JSONResponse:  # a read or write of the view, Redis full/away
        return await portal_error(_, redis_unavailable(exc, "the portal's view"))

    for module in (registry, alerts, insight, rescans, webhooks, stream, kafka_credentials):
        app.include_router(module.router)
    console.mount(app)  # the brand console: /console (server-rendered pages, vendored htmx)

    app.include_router(ops_router(health))

    return app
