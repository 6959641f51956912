"""Red team 2026-12-01, finding 4: a client chose its own address with X-Forwarded-For and never met the
failed-key limit (uvicorn believes the header from the addresses in FORWARDED_ALLOW_IPS, 127.0.0.1 by default).

An ingest of the session's pipeline runs with FORWARDED_ALLOW_IPS naming the test's loopback address, as uvicorn's
default names 127.0.0.1 (the session's other clients use that one, and the limit would lock them out too). Only
the service's own setting, INGEST_FORWARDED_ALLOW_IPS, makes a proxy's header believed.
"""

from __future__ import annotations

import httpx
import pytest

from tests.support import ServiceProcess, free_port

pytestmark = pytest.mark.integration
GUESSER, PROXY = "127.0.0.8", "127.0.0.9"


@pytest.fixture(scope="module")
async def ingest_url(pipeline):
    port = free_port()
    async with ServiceProcess("ingest-forwarded", "services.ingest", {
            **pipeline.env, "INGEST_PORT": str(port), "FORWARDED_ALLOW_IPS": f"{GUESSER},{PROXY}",
            "INGEST_FORWARDED_ALLOW_IPS": PROXY}, f"http://127.0.0.1:{port}/readyz"):
        yield f"http://127.0.0.1:{port}"


def client(url: str, source: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=url, transport=httpx.AsyncHTTPTransport(local_address=source), timeout=10)


async def guesses(http: httpx.AsyncClient, n: int, forwarded_for) -> list[int]:
    return [(await http.post("/v1/listings", json={}, headers={"X-API-Key": f"bsk_guess_{i}",
                                                              "X-Forwarded-For": forwarded_for(i)})).status_code
            for i in range(n)]


async def test_a_rotating_x_forwarded_for_still_meets_the_limit(ingest_url):
    async with client(ingest_url, GUESSER) as http:
        answers = await guesses(http, 26, lambda i: f"198.51.100.{i}")
    assert answers == [401] * 20 + [429] * 6


async def test_a_configured_proxy_is_believed_and_each_forwarded_client_counted_alone(ingest_url):
    async with client(ingest_url, PROXY) as http:
        rotating = await guesses(http, 26, lambda i: f"203.0.113.{i}")
        one = await guesses(http, 21, lambda i: "192.0.2.77")
    assert rotating == [401] * 26  # 26 clients behind the proxy, one failure each
    assert one == [401] * 20 + [429]
