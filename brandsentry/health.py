"""Honest health: /healthz says the process lives, /readyz says every dependency answers right now.

Matcher and alerts have no web framework of their own, so `serve_ops` gives them a
small aiohttp server with /metrics, /healthz and /readyz; ingest and portal mount the same
checks into their FastAPI apps. A service started while Kafka is away waits for it in
`wait_for_kafka`, answering /readyz with 503 and the reason meanwhile.
"""

from __future__ import annotations

import asyncio
import gc
import random
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING

import structlog
from aiohttp import web
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

from brandsentry.kafka import client_kwargs, ensure_topics
from brandsentry.settings import KafkaSettings

if TYPE_CHECKING:  # (issue 16) FastAPI only in the services that serve with it (ops_router), redis only in a hint
    from fastapi import APIRouter
    from redis.asyncio import Redis

Check = Callable[[], Awaitable[None]]  # raises when the dependency is not usable


class Health:
    """Named readiness checks, each given a short timeout."""

    def __init__(self, *, timeout_s: float = 2.0) -> None:
        self._checks: dict[str, Check] = {}
        self._timeout_s = timeout_s

    def add(self, name: str, check: Check) -> None:
        self._checks[name] = check

    async def ready(self) -> tuple[bool, dict[str, str]]:
        results: dict[str, str] = {}

        async def run(name: str, check: Check) -> None:
            try:
                await asyncio.wait_for(check(), self._timeout_s)
                results[name] = "ok"
            except Exception as exc:  # the reason goes into the answer
                results[name] = failing(exc)

        await asyncio.gather(*(run(n, c) for n, c in self._checks.items()))
        return all(v == "ok" for v in results.values()), dict(sorted(results.items()))


def failing(exc: BaseException) -> str:
    """A failed check's reason: "failing: <error type>: <message>" (aiokafka's messages start with the type)."""
    name, text = type(exc).__name__, str(exc)
    if not text:
        return f"failing: {name}"
    return f"failing: {text}" if text.startswith(name) else f"failing: {name}: {text}"


def kafka_check(kafka: KafkaSettings) -> Check:
    """A check that asks the cluster for its metadata through one long-lived admin client."""
    admin: AIOKafkaAdminClient | None = None

    async def check() -> None:
        nonlocal admin
        if admin is None:
            candidate = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers, request_timeout_ms=2000,
                                            **client_kwargs(kafka))
            await candidate.start()
            admin = candidate
        await admin.describe_cluster()

    return check


def redis_check(redis: Redis) -> Check:
    async def check() -> None:
        await redis.ping()

    return check


# maxmemory policies that may evict a key without a TTL: the portal's view (alerts, indexes, suppressions) has none, and
# losing some of its keys is not noticed (the generation key may survive): alerts would silently vanish from the portal
EVICTS_KEPT_KEYS = ("allkeys-lru", "allkeys-lfu", "allkeys-random")


def redis_keeps_check(redis: "Redis") -> Check:
    """Ping, and refuse a Redis whose maxmemory-policy may evict keys that have no TTL (allkeys-*): the portal's view
    would lose alerts silently when Redis fills (faults56). noeviction (Redis's default) or volatile-* keep them: a full
    Redis then refuses writes, which the portal waits out and reports. A Redis that will not say (INFO refused) passes."""
    async def check() -> None:
        await redis.ping()
        try:
            policy = (await redis.info("memory")).get("maxmemory_policy")
        except Exception:  # a managed Redis may deny INFO: its policy is the operator's to check
            return
        if policy in EVICTS_KEPT_KEYS:
            raise RuntimeError(f"Redis maxmemory-policy is {policy}: it may evict the portal's view (alerts would "
                               f"silently disappear); use noeviction or a volatile-* policy")

    return check


def flag_check(is_set: Callable[[], bool], what: str) -> Check:
    async def check() -> None:
        if not is_set():
            raise RuntimeError(what)

    return check


def problem_check(problem: Callable[[], str | None]) -> Check:
    """Ready while `problem()` is None; otherwise not ready, with the problem as the reason."""
    async def check() -> None:
        reason = problem()
        if reason is not None:
            raise RuntimeError(reason)

    return check


def ops_routes(health: Health) -> list[web.RouteDef]:
    """/metrics, /healthz and /readyz as aiohttp routes."""

    async def metrics(_: web.Request) -> web.Response:
        return web.Response(body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def readyz(_: web.Request) -> web.Response:
        ok, checks = await health.ready()
        return web.json_response({"ready": ok, "checks": checks}, status=200 if ok else 503)

    return [web.get("/metrics", metrics), web.get("/healthz", healthz), web.get("/readyz", readyz)]


def ops_router(health: Health) -> APIRouter:
    """/metrics, /healthz and /readyz for the services with a FastAPI app (ingest, portal)."""
    from fastapi import APIRouter
    from fastapi.responses import JSONResponse, Response

    router = APIRouter(tags=["ops"])

    @router.get("/healthz")
    async def healthz() -> dict:
        return {"status": "ok"}

    @router.get("/readyz")
    async def readyz():  # (no return hint: FastAPI would resolve it in the module, which does not import JSONResponse)
        ok, checks = await health.ready()
        return JSONResponse({"ready": ok, "checks": checks}, status_code=200 if ok else 503)

    @router.get("/metrics", include_in_schema=False)
    async def metrics():
        return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)

    return router


async def serve_ops(health: Health, *, host: str, port: int, more: list[web.RouteDef] | None = None) -> web.AppRunner:
    """Start /metrics, /healthz and /readyz (and `more` routes) on host:port; returns the runner to clean up."""
    app = web.Application()
    app.add_routes([*ops_routes(health), *(more or [])])
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


async def wait_for_kafka(kafka: KafkaSettings, topics: Mapping[str, Mapping[str, str]], *, host: str, port: int,
                         log: structlog.stdlib.BoundLogger, max_delay_s: float = 10.0) -> None:
    """Create the service's topics, retrying while Kafka is unreachable, so that a service started
    before its broker waits for it instead of exiting.

    Meanwhile host:port answers what is true: /healthz 200, /readyz 503 with the reason, /metrics,
    and 503 with the reason for anything else; the service's own server takes the port after.
    """
    error: BaseException | None = None

    async def kafka_reachable() -> None:
        raise error

    async def unavailable(_: web.Request) -> web.Response:
        return web.json_response({"detail": f"not ready: waiting for Kafka ({failing(error)})"}, status=503,
                                 headers={"Retry-After": "5"})

    delay, runner = 0.5, None
    try:
        while True:
            try:
                await ensure_topics(kafka, topics)
                return
            except (KafkaError, OSError) as exc:
                error = exc
            if runner is None:
                health = Health()
                health.add("kafka", kafka_reachable)
                runner = await serve_ops(health, host=host, port=port, more=[web.route("*", "/{tail:.*}", unavailable)])
            log.warning("kafka unreachable, retrying", bootstrap_servers=kafka.bootstrap_servers,
                        error=failing(error), retry_in_s=round(delay, 1))
            await asyncio.sleep(delay * random.uniform(0.8, 1.2))
            delay = min(delay * 2, max_delay_s)
    finally:
        if runner is not None:
            await runner.cleanup()


async def retry_forever(step: Callable[[], Awaitable[None]], *, what: str, log: structlog.stdlib.BoundLogger,
                        max_delay_s: float = 10.0) -> None:
    """Run `step` until it succeeds, backing off (0.5 s doubling to `max_delay_s`) and logging each failure."""
    delay = 0.5
    while True:
        try:
            await step()
            return
        except Exception as exc:
            log.warning(f"{what} failed; retrying", error=failing(exc), retry_in_s=round(delay, 1))
            await asyncio.sleep(delay * random.uniform(0.8, 1.2))
            delay = min(delay * 2, max_delay_s)


async def run_until_signalled(work: Awaitable[None], *, cleanup: Callable[[], Awaitable[None]],
                              log: structlog.stdlib.BoundLogger, name: str) -> None:
    """Run `work` until SIGINT/SIGTERM (or it ends), then `cleanup()`."""
    import signal

    task = asyncio.ensure_future(work)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, task.cancel)
    try:
        await task
    except asyncio.CancelledError:
        pass
    finally:
        await cleanup()
        log.info(f"{name} stopped")


def quiet_gc() -> None:
    """Call once the process's start-up heap is built (modules, pydantic's schemas, the app). The cyclic collector
    ran at the allocation sites of every batch: 16 % of the alerts service's py-spy samples (the `Outgoing`
    records, the decoded matches; gone with the collector off), and in ingest under pydantic's Listing validation
    (issue 16). The start-up heap is kept out of every collection, and the youngest generation is collected every
    50,000 allocations instead of 700; cycles are still collected."""
    gc.freeze()
    gc.set_threshold(50_000, 20, 10)
