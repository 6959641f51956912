"""The ops service's HTTP edge: the live dashboard, its JSON, and the usual /metrics /healthz /readyz.

`/api/summary` needs an operator API key (the portal's keys: `X-API-Key` or `Authorization: Bearer`); the
dashboard page takes it from its URL fragment (`/#key=bsk_…`, never sent to a server) and sends it.
"""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from brandsentry.health import Health, ops_routes
from schemas.portal import Role
from services.portal.access import KeyGate
from services.portal.auth import token_from_headers
from services.portal.exceptions import PortalError, TooManyAttempts
from services.ops.monitor import Monitor

STATIC = Path(__file__).resolve().parent / "static"


def create_app(monitor: Monitor, health: Health, gate: KeyGate) -> web.Application:
    async def index(_: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    async def summary(request: web.Request) -> web.Response:
        token = token_from_headers(request.headers.get("Authorization"), request.headers.get("X-API-Key"))
        try:
            record = await gate.authenticate(token, request.remote or "unknown")
        except PortalError as exc:
            headers = {"Retry-After": str(exc.retry_after_s)} if isinstance(exc, TooManyAttempts) else None
            return web.json_response({"detail": str(exc)}, status=exc.status_code, headers=headers)
        if record.role != Role.operator:
            return web.json_response({"detail": "operators only"}, status=403)
        return web.json_response(monitor.answer(), headers={"Cache-Control": "no-store"})

    app = web.Application()
    app.router.add_get("/", index)
    app.router.add_get("/api/summary", summary)
    app.add_routes(ops_routes(health))
    app.router.add_static("/static/", STATIC, show_index=False)
    return app
