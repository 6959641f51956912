"""What every HTTP service of BrandSentry does with hostile input: bounded bodies and serialisable 4xx answers.

- `read_body(request, limit)`: the body, refused with 413 before it is read when Content-Length says it is too
  large, and as soon as the stream passes `limit` otherwise (a 60 MB body is never held in memory).
- `proxy_options(forwarded_allow_ips)`: uvicorn's options that trust X-Forwarded-For/-Proto only from the
  proxies an operator named (none by default), so a client cannot choose the address its limits count.
- `json_text_is_unicode`: a dependency that answers 422 for a JSON body with a lone UTF-16 surrogate escape
  ("\\ud800"): json.loads lets it through, and the text can then be neither stored nor sent (a 500 later).
- `install_error_handlers(app)`: a request that fails validation answers 422 with pydantic's errors made
  JSON-safe (an `Infinity` or `NaN` in the input is shown as a string, a lone surrogate as its escape, never
  turned into a 500).
"""

from __future__ import annotations

import math
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse


def proxy_options(forwarded_allow_ips: str) -> dict[str, Any]:
    """uvicorn.run keyword arguments for the proxies whose X-Forwarded-For and X-Forwarded-Proto are believed:
    `forwarded_allow_ips` is a comma-separated list of addresses or CIDR blocks, "" (the default) for none.

    uvicorn's own default believes them from 127.0.0.1 (its FORWARDED_ALLOW_IPS), so any local client could give
    every request another address and never reach the failed-key limit (red team 2026-12-01, finding 4); with
    none named, the address is the connection's peer."""
    allowed = ",".join(part.strip() for part in forwarded_allow_ips.split(",") if part.strip())
    return {"proxy_headers": bool(allowed), "forwarded_allow_ips": allowed or None}


class BodyTooLarge(Exception):
    """The request body is longer than the service accepts (HTTP 413)."""

    def __init__(self, limit: int, size: int | None = None) -> None:
        self.limit, self.size = limit, size
        said = f"{size} bytes" if size is not None else "more"
        super().__init__(f"request body is {said}; the limit is {limit} bytes")

    def answer(self) -> JSONResponse:
        return JSONResponse({"detail": str(self), "limit_bytes": self.limit}, status_code=413)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, at most `limit` bytes; BodyTooLarge otherwise, without reading the rest."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            size = None
        if size is not None and size > limit:
            raise BodyTooLarge(limit, size)
    chunks, total = [], 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            raise BodyTooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _text(value: str) -> str:
    """`value` as text UTF-8 can hold: a lone surrogate (JSON's "\\ud800", which json.loads lets through) is
    written as its escape "\\ud800" instead of failing the answer's encoding with UnicodeEncodeError."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "backslashreplace").decode("utf-8")


def json_safe(value: Any) -> Any:
    """`value` with every non-finite float written as a string ("inf", "nan"), lone surrogates in text as their
    escapes, and unknown objects as str()."""
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, (int, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {_text(str(k)): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [json_safe(v) for v in value]
    if isinstance(value, bytes):
        return value.decode(errors="replace")
    return _text(str(value))


def validation_errors(errors: list[dict], *, with_input: bool = True, max_input_chars: int = 200) -> list[dict]:
    """Pydantic errors as JSON: loc, msg, type, and the offending input (non-finite numbers as strings, long
    inputs cut to `max_input_chars`), without the pydantic documentation URL."""
    out = []
    for e in errors:
        item = {"loc": json_safe(list(e.get("loc", ()))), "msg": _text(str(e.get("msg", ""))),
                "type": str(e.get("type", ""))}
        if with_input and "input" in e:
            shown = json_safe(e["input"])
            if isinstance(shown, (dict, list)) or (isinstance(shown, str) and len(shown) > max_input_chars):
                shown = _text(str(shown)[:max_input_chars])
            item["input"] = shown
        out.append(item)
    return out


_SURROGATE = re.compile(rb"(\\+)u([dD][89a-fA-F][0-9a-fA-F]{2})")


def lone_surrogate(body: bytes) -> tuple[int, str] | None:
    """(offset, escape) of the first lone surrogate escape in a JSON text, or None: a high one (\\ud800-\\udbff)
    not followed at once by a low one (\\udc00-\\udfff), or a low one alone, as json.loads pairs them
    (RFC 8259 section 8.2: such a string cannot be text). An escaped backslash ("\\\\ud800") is not an escape."""
    if b"\\u" not in body:
        return None
    paired_at = -1
    for m in _SURROGATE.finditer(body):
        if len(m[1]) % 2 == 0:
            continue
        start, escape = m.start(2) - 1, m[2].decode().lower()
        if start == paired_at:
            paired_at = -1
            continue
        if escape[1] in "89ab":
            after = body[m.end():m.end() + 6].lower()
            if len(after) == 6 and after[:3] == b"\\ud" and after[3:4] in b"cdef":
                paired_at = m.end() + 1
                continue
        return start - 1, "\\u" + escape
    return None


async def json_text_is_unicode(request: Request) -> None:
    """422 for a JSON body holding a lone surrogate escape, naming where; any other body passes untouched."""
    if "json" not in request.headers.get("content-type", ""):
        return
    found = lone_surrogate(await request.body())
    if found is not None:
        at, escape = found
        raise RequestValidationError([{
            "type": "string_unicode", "loc": ("body", at), "input": escape,
            "msg": f"{escape} at byte {at} is half of a UTF-16 surrogate pair: a JSON string must be Unicode text"}])


def install_error_handlers(app: FastAPI) -> None:
    """422 with JSON-safe validation errors; 413 for BodyTooLarge."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": validation_errors(list(exc.errors()))}, status_code=422)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(_: Request, exc: BodyTooLarge) -> JSONResponse:
        return exc.answer()


class BodyLimit:
    """ASGI middleware: a request whose body passes `limit` bytes answers 413 (Content-Length checked before
    anything is read; a chunked body is cut off as soon as it passes the limit)."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    size = int(value)
                except ValueError:
                    size = None
                if size is not None and size > self.limit:
                    return await BodyTooLarge(self.limit, size).answer()(scope, receive, send)
        seen = 0

        async def capped():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        await self.app(scope, capped, send)


class NoStore:
    """ASGI middleware: every answer under `prefix` that sets no Cache-Control of its own says `no-store`. An API key
    sent as X-API-Key is not `Authorization`, which alone keeps a shared cache (a CDN, a corporate proxy) from storing
    an answer and handing it to the next caller of the URL (RFC 9111 section 3.5): tenants' answers must say so
    themselves (tenant57: the portal's /v1 answers, fingerprints and signing secrets included, said nothing)."""

    def __init__(self, app, prefix: str) -> None:
        self.app, self.prefix = app, prefix

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith(self.prefix):
            return await self.app(scope, receive, send)

        async def sending(message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(name.lower() == b"cache-control" for name, _ in headers):
                    message = {**message, "headers": [*headers, (b"cache-control", b"no-store")]}
            await send(message)

        await self.app(scope, receive, sending)
