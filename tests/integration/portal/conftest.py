"""The portal as a real process on the pipeline's topics, API keys for every kind of tenant, and helpers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx
import pytest
from cryptography.fernet import Fernet
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition

from schemas.portal import Role
from services.portal.admin import create_key
from services.portal.settings import PortalSettings
from tests.support import ServiceProcess, free_port, kafka_kwargs, post


@dataclass
class PortalHandle:
    url: str
    settings: PortalSettings
    env: dict[str, str]
    process: ServiceProcess
    tokens: dict[str, str] = field(default_factory=dict)

    def client(self, who: str | None) -> httpx.AsyncClient:
        headers = {"X-API-Key": self.tokens[who]} if who else {}
        return httpx.AsyncClient(base_url=self.url, headers=headers, timeout=30)

    async def new_key(self, name: str, role: Role, **scope) -> str:
        token, _ = await create_key(self.settings, name=name, role=role, **scope)
        self.tokens[name] = token
        return token


@pytest.fixture(scope="session")
async def portal(pipeline):
    port = free_port()
    env = {
        **pipeline.env,
        "PORTAL_PORT": str(port),
        "PORTAL_WEBHOOK_ALLOW_HOSTS": "127.0.0.1,localhost",
        "PORTAL_WEBHOOK_MAX_ATTEMPTS": "3",
        "PORTAL_WEBHOOK_BACKOFF_BASE_S": "0.05",
        "PORTAL_WEBHOOK_BACKOFF_MAX_S": "0.2",
        "PORTAL_SECRETS_KEY": Fernet.generate_key().decode(),  # the session's own key: secrets encrypted at rest
    }
    proc = ServiceProcess("portal", "services.portal", env, f"http://127.0.0.1:{port}/readyz")
    proc.start()
    try:
        await proc.wait_ready()
        handle = PortalHandle(f"http://127.0.0.1:{port}", PortalSettings(topics=pipeline.topics), env, proc)
        await handle.new_key("ops", Role.operator)
        await handle.new_key("bose-alice", Role.brand, brand_id="bose")
        await handle.new_key("goose-carl", Role.brand, brand_id="canada-goose")
        await handle.new_key("ce-coordinator", Role.iwg, iwg="consumer-electronics")
        await handle.new_key("apparel-coordinator", Role.iwg, iwg="apparel-footwear")
        yield handle
    finally:
        proc.stop()


async def post_listing(pipeline, doc: dict) -> None:
    answer = await post(pipeline.ingest_url, doc)
    assert answer.status_code == 202, answer.text


async def eventually(check: Callable[[], Awaitable], *, timeout_s: float = 60, every_s: float = 0.3, what: str = ""):
    """Poll until `check()` returns something truthy; fail (never skip) when it does not within the deadline."""
    deadline = time.monotonic() + timeout_s
    while True:
        result = await check()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"not within {timeout_s:.0f}s: {what}")
        await asyncio.sleep(every_s)


async def portal_alert(portal: PortalHandle, who: str, listing_key: str) -> dict:
    """Wait until the alert of this listing is in the caller's alert list; return its summary."""
    async def find():
        async with portal.client(who) as http:
            page = (await http.get("/v1/alerts", params={"limit": 500})).json()
        return next((a for a in page["alerts"] if a["listing_key"] == listing_key), None)

    return await eventually(find, what=f"alert for {listing_key} in the portal")


async def topic_records(bootstrap: str, topic: str) -> list[ConsumerRecord]:
    """Every record now on the topic (read up to the end offsets taken at the start)."""
    consumer = AIOKafkaConsumer(**kafka_kwargs(bootstrap), group_id=None, enable_auto_commit=False,
                                isolation_level="read_committed")
    await consumer.start()
    try:
        for _ in range(50):
            parts = consumer.partitions_for_topic(topic)
            if parts:
                break
            await consumer._client.force_metadata_update()
            await asyncio.sleep(0.1)
        else:
            return []
        tps = [TopicPartition(topic, p) for p in parts]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        end = await consumer.end_offsets(tps)
        out: list[ConsumerRecord] = []
        while any([await consumer.position(tp) < end[tp] for tp in tps]):
            for batch in (await consumer.getmany(timeout_ms=300)).values():
                out.extend(batch)
        return out
    finally:
        await consumer.stop()
