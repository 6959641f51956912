"""What every HTTP service of BrandSentry does with hostile input: bounded bodies and serialisable 4xx answers.

- `read_body(request, limit)`: the body, refused with 413 before it is read when Content-Length says it is too
  large, and as soon as the stream passes `limit` otherwise (a 60 MB body is never held in memory).
- `install_error_handlers(app)`: a request that fails validation answers 422 with pydantic's errors made
  JSON-safe (an `Infinity` or `NaN` in the input is shown as a string, never turned into a 500).
"""

from __future__ import annotations

import math
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse


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


def json_safe(value: Any) -> Any:
    """`value` with every non-finite float written as a string ("inf", "nan") and unknown objects as str()."""
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (str, int, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [json_safe(v) for v in value]
    if isinstance(value, bytes):
        return value.decode(errors="replace")
    return str(value)


def validation_errors(errors: list[dict], *, with_input: bool = True, max_input_chars: int = 200) -> list[dict]:
    """Pydantic errors as JSON: loc, msg, type, and the offending input (non-finite numbers as strings, long
    inputs cut to `max_input_chars`), without the pydantic documentation URL."""
    out = []
    for e in errors:
        item = {"loc": json_safe(list(e.get("loc", ()))), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
        if with_input and "input" in e:
            shown = json_safe(e["input"])
            if isinstance(shown, (dict, list)) or (isinstance(shown, str) and len(shown) > max_input_chars):
                shown = str(shown)[:max_input_chars]
            item["input"] = shown
        out.append(item)
    return out


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
