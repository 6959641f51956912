"""Fixtures of the operators' view: the ops service beside the session's pipeline, traffic, a real Prometheus, Chromium."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx
import pytest

from schemas.portal import Role
from services.portal.admin import create_key
from services.portal.settings import PortalSettings
from tests.support import ServiceProcess, free_port, ingest_headers, key, listing

from .prometheus import PrometheusServer


listing_key = key


COUNTERFEIT = "BOSE QuietComfort QC45 noise cancelling headphones 1:1 replica"
HARMLESS = "Generic wired earphones with microphone, 3.5 mm jack"


async def send_traffic(ingest_url: str, *, listings: int, rate: float, malformed: int = 0) -> list[str]:
    """Post `listings` listings at about `rate` per second (every other one a counterfeit), plus malformed records."""
    keys = []
    async with httpx.AsyncClient(base_url=ingest_url, timeout=10, headers=ingest_headers()) as http:
        for _ in range(malformed):
            answer = await http.post("/v1/listings", content=b'{"title": "no marketplace", "price": "cheap"',
                                     headers={"Content-Type": "application/json"})
            assert answer.status_code == 422, answer.text
        for i in range(listings):
            doc = listing(COUNTERFEIT if i % 2 == 0 else HARMLESS)
            answer = await http.post("/v1/listings", json=doc)
            assert answer.status_code == 202, answer.text
            keys.append(listing_key(doc))
            await asyncio.sleep(1 / rate)
    return keys


@dataclass
class Ops:
    url: str
    process: ServiceProcess
    token: str  # an operator API key: /api/summary answers operators only

    async def summary(self) -> dict:
        async with httpx.AsyncClient(timeout=5, headers={"X-API-Key": self.token}) as http:
            return (await http.get(f"{self.url}/api/summary")).json()


@pytest.fixture(scope="session")
async def ops(pipeline):
    """The ops service watching the session's pipeline (its topic prefix, its three services' /metrics)."""
    port = free_port()
    env = {
        **pipeline.env,
        "OPS_PORT": str(port),
        "OPS_TARGETS": f"ingest={pipeline.ingest_url}/metrics,matcher={pipeline.matcher_ops_url}/metrics,"
                       f"alerts={pipeline.alerts_ops_url}/metrics",
        "OPS_SCRAPE_INTERVAL_S": "1",
        "OPS_LAG_INTERVAL_S": "1",
        "OPS_RATE_WINDOW_S": "20",
    }
    process = ServiceProcess("ops", "services.ops", env, f"http://127.0.0.1:{port}/readyz")
    process.start()
    try:
        await process.wait_ready()
        token, _ = await create_key(PortalSettings(kafka=pipeline.kafka, topics=pipeline.topics), name="ops-operator",
                                    role=Role.operator, created_by="tests")
        yield Ops(f"http://127.0.0.1:{port}", process, token)
    finally:
        process.stop()


@pytest.fixture(scope="session")
def prometheus(pipeline, ops, tmp_path_factory):
    """Debian's Prometheus scraping ingest, matcher, alerts and ops every second."""
    targets = {
        "ingest": pipeline.ingest_url,
        "matcher": pipeline.matcher_ops_url,
        "alerts": pipeline.alerts_ops_url,
        "ops": ops.url,
    }
    server = PrometheusServer(targets, workdir=tmp_path_factory.mktemp("prometheus"), scrape_interval_s=1)
    server.start()
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()
