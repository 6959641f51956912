"""The ops service's HTTP edge: the live dashboard, its JSON, and the usual /metrics /healthz /readyz."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

from brandsentry.health import Health
from services.ops.monitor import Monitor

STATIC = Path(__file__).resolve().parent / "static"


def create_app(monitor: Monitor, health: Health) -> web.Application:
    async def index(_: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    async def summary(_: web.Request) -> web.Response:
        return web.json_response(monitor.answer(), headers={"Cache-Control": "no-store"})

    async def metrics(_: web.Request) -> web.Response:
        return web.Response(body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def readyz(_: web.Request) -> web.Response:
        ok, checks = await health.ready()
        return web.json_response({"ready": ok, "checks": checks}, status=200 if ok else 503)

    app = web.Application()
    app.router.add_get("/", index)
    app.router.add_get("/api/summary", summary)
    app.router.add_get("/metrics", metrics)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_static("/static/", STATIC, show_index=False)
    return app
