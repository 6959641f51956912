"""FastAPI dependencies: the portal and the caller."""

from __future__ import annotations

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from services.portal.auth import Principal, hash_token
from services.portal.controller import Portal
from services.portal.exceptions import Unauthorized

_api_key = APIKeyHeader(name="X-API-Key", auto_error=False, description="an API key from `brandsentry keys create`")
_bearer = HTTPBearer(auto_error=False, description="the same API key as a bearer token")


def portal(request: Request) -> Portal:
    return request.app.state.portal


async def principal(
    request: Request,
    api_key: str | None = Depends(_api_key),
    bearer: HTTPAuthorizationCredentials | None = Depends(_bearer),
) -> Principal:
    token = api_key or (bearer.credentials if bearer else None)
    if not token:
        raise Unauthorized("send an API key (X-API-Key header or Authorization: Bearer)")
    record = await request.app.state.portal.view.key_by_hash(hash_token(token.strip()))
    if record is None or record.revoked:
        raise Unauthorized("unknown or revoked API key")
    return Principal.of(record)
