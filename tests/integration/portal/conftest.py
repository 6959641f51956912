"""The portal tests: the handle of the session's portal process (its fixture is in tests/integration/conftest.py) and helpers."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import httpx
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition

from schemas import Alert
from schemas.portal import Role
from services.portal.admin import create_key
from services.portal.settings import PortalSettings
from tests.support import ServiceProcess, eventually, kafka_kwargs, post


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


async def post_listing(pipeline, doc: dict) -> None:
    answer = await post(pipeline.ingest_url, doc)
    assert answer.status_code == 202, answer.text


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


async def brand_alerts(pipeline, brand_id: str) -> list[Alert]:
    """Every alert on the brand's own topic `alerts.brand.<id>`, in topic order (read_committed)."""
    records = await topic_records(pipeline.kafka.bootstrap_servers, pipeline.topics.alerts_brand(brand_id))
    return [Alert.model_validate_json(r.value) for r in records]
