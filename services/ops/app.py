"""The ops service's HTTP edge: the live dashboard, its JSON, and the usual /metrics /healthz /readyz."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from brandsentry.health import Health, ops_routes
from services.ops.monitor import Monitor

STATIC = Path(__file__).resolve().parent / "static"


def create_app(monitor: Monitor, health: Health) -> web.Application:
    async def index(_: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    async def summary(_: web.Request) -> web.Response:
        return web.json_response(monitor.answer(), headers={"Cache-Control": "no-store"})

    app = web.Application()
    app.router.add_get("/", index)
    app.router.add_get("/api/summary", summary)
    app.add_routes(ops_routes(health))
    app.router.add_static("/static/", STATIC, show_index=False)
    return app
