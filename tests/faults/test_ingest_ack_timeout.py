"""Ingest's wait for Kafka's acks while the broker is away (faults57, 2026-12-06).

Found by tests/faults/test_kafka_disk_full.py (make soak): with the broker stopped (its log dir full), a batch POST
had no answer after 60 s: ingest waited for the acks without bound. Now it waits INGEST_ACK_TIMEOUT_S (30 s), answers
503 with Retry-After for what is not acknowledged, and the records stay in flight: acknowledged later (the broker
back), they are marked seen then, so the client's retry is answered as duplicates, not put on `listings` twice.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from redis.asyncio import Redis

from brandsentry.kafka import KafkaUnavailable
from services.ingest.publisher import ListingPublisher
from services.ingest.settings import IngestSettings
from tests.support import listing


class Broker:
    """A producer whose acks come when the test says (a broker away, then back)."""

    def __init__(self) -> None:
        self.acks: list[asyncio.Future] = []

    def partitions(self, topic: str) -> int:
        return 0

    async def enqueue(self, topic, payload, *, key=None, headers=None, partition=None) -> asyncio.Future:
        self.acks.append(asyncio.get_running_loop().create_future())
        return self.acks[-1]

    def back(self) -> None:
        for i, ack in enumerate(self.acks):
            if not ack.done():
                ack.set_result(("listings", 0, i))


@pytest.mark.timeout(60)
async def test_ingest_answers_503_when_the_acks_do_not_come_and_marks_them_when_they_come(own_redis):
    settings = IngestSettings(ack_timeout_s=0.2)
    redis = Redis.from_url(own_redis.url)
    broker = Broker()
    publisher = ListingPublisher(settings, broker, redis)
    raws = [json.dumps(listing(f"Bose QC45 replica {i}")).encode() for i in range(3)]
    try:
        with pytest.raises(KafkaUnavailable, match="not acknowledged within 0.2 s"):
            await publisher.ingest_many(raws, source="test")  # answered, though no ack came
        broker.back()
        for _ in range(100):  # the late marks are written in the background
            if not publisher._late:
                break
            await asyncio.sleep(0.05)
        retry = await publisher.ingest_many(raws, source="test")
        assert [o.status for o in retry] == ["duplicate"] * 3 and len(broker.acks) == 3
    finally:
        await redis.aclose()
