"""FastAPI dependencies: the portal and the caller."""

from __future__ import annotations

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from schemas.portal import Role
from services.portal.auth import Principal
from services.portal.controller import Portal
from services.portal.exceptions import Forbidden

_api_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="an API key from `brandsentry keys create`")
_bearer = HTTPBearer(auto_error=False, description="the same API key as a bearer token")


def portal(request: Request) -> Portal:
    return request.app.state.portal


def client_of(request: Request) -> str:
    """The caller's address as the server sees it (behind a proxy: run uvicorn with --forwarded-allow-ips)."""
    return request.client.host if request.client else "unknown"


async def principal(
    request: Request,
    api_key: str | None = Depends(_api_key),
    bearer: HTTPAuthorizationCredentials | None = Depends(_bearer),
) -> Principal:
    token = api_key or (bearer.credentials if bearer else None)
    record = await request.app.state.portal.gate.authenticate(token, client_of(request))
    if record.role == Role.integrator:
        raise Forbidden("an integrator key pushes listings to ingest; it has no access to the portal")
    return Principal.of(record)
