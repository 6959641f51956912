"""Ingest with several uvicorn worker processes (INGEST_WORKERS): one port, one limit on failed key attempts.

A second ingest of the session's pipeline (same topics) runs with two workers; every request below goes on a new
connection, so the kernel hands them to either worker. The failed attempts of one client are counted in Redis:
a count kept in each worker's memory would let a guesser make about twice the limit before a 429.
"""

from __future__ import annotations

import httpx
import pytest

from tests.integration.portal.conftest import topic_records
from tests.support import ServiceProcess, free_port, ingest_headers, key, listing

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def two_workers(pipeline):
    port = free_port()
    proc = ServiceProcess("ingest-2-workers", "services.ingest",
                          {**pipeline.env, "INGEST_PORT": str(port), "INGEST_WORKERS": "2"},
                          f"http://127.0.0.1:{port}/readyz")
    proc.start()
    try:
        await proc.wait_ready()
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.stop()


def fresh_connections(url: str, source: str) -> httpx.AsyncClient:
    transport = httpx.AsyncHTTPTransport(local_address=source, limits=httpx.Limits(max_keepalive_connections=0))
    return httpx.AsyncClient(base_url=url, transport=transport, timeout=10)


async def test_the_failed_key_limit_holds_across_workers(two_workers):
    async with fresh_connections(two_workers, "127.0.0.5") as http:
        answers = [await http.post("/v1/listings", json={}, headers={"X-API-Key": f"bsk_guess_{i}"}) for i in range(20)]
        limited = [await http.post("/v1/listings", json={}, headers={"X-API-Key": f"bsk_more_{i}"}) for i in range(6)]
    assert [a.status_code for a in answers] == [401] * 20
    assert [a.status_code for a in limited] == [429] * 6
    assert all("too many failed API key attempts" in a.json()["detail"] for a in limited)


async def test_every_worker_takes_listings_with_a_valid_key(two_workers, pipeline):
    docs = [listing(f"Bose QC45 worker test {i}") for i in range(8)]
    async with fresh_connections(two_workers, "127.0.0.6") as http:
        answers = [await http.post("/v1/listings", json=doc, headers=ingest_headers()) for doc in docs]
    assert [a.status_code for a in answers] == [202] * len(docs), [a.text for a in answers]
    written = {r.key for r in await topic_records(pipeline.kafka.bootstrap_servers, pipeline.topics.listings)}
    assert {key(doc).encode() for doc in docs} <= written
