"""The console tests run against the session's one portal process (tests/integration/conftest.py)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from tests.integration.portal.conftest import PortalHandle

CSRF_FIELD = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    """The CSRF token of the first form on a console page."""
    found = CSRF_FIELD.search(html)
    assert found, html[:2000]
    return found.group(1)


@asynccontextmanager
async def console_client(portal: PortalHandle, token: str) -> AsyncIterator[tuple[httpx.AsyncClient, str]]:
    """A signed-in console session (cookie jar) and its CSRF token, signed in through the form like a browser."""
    async with httpx.AsyncClient(base_url=portal.url, timeout=30) as http:
        page = await http.get("/console/sign-in")
        answer = await http.post("/console/sign-in", data={"csrf": csrf_of(page.text), "api_key": token})
        assert answer.status_code == 303 and answer.headers["location"] == "/console/queue", answer.text
        queue = await http.get("/console/queue")
        assert queue.status_code == 200, queue.text
        yield http, csrf_of(queue.text)
