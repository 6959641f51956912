"""A 202 from ingest means the listing is on Kafka; the dedupe mark comes after the broker's ack, never before."""

from __future__ import annotations

import json
import uuid

import pytest
from aiokafka import AIOKafkaProducer
from redis.asyncio import Redis

from brandsentry.kafka import JsonProducer, KafkaUnavailable, client_kwargs, ensure_topics
from brandsentry.settings import RedisSettings, Topics
from services.ingest.publisher import ListingPublisher
from services.ingest.settings import IngestSettings
from tests.support import drop_topics, free_port, key, listing, read_topic

pytestmark = pytest.mark.integration


@pytest.fixture
async def settings(servers, kafka_settings, redis_settings):
    s = IngestSettings(kafka=kafka_settings, redis=redis_settings, topics=Topics(topic_prefix=f"ia{uuid.uuid4().hex[:8]}."))
    await ensure_topics(kafka_settings, s.topics.core())
    yield s
    await drop_topics(kafka_settings, s.topics.topic_prefix)


async def on_listings(settings: IngestSettings, listing_key: str, expect: int) -> int:
    records = await read_topic(settings.kafka.bootstrap_servers, settings.topics.listings,
                               until=lambda rs: sum(r.key == listing_key.encode() for r in rs) >= expect, timeout_s=15)
    return sum(r.key == listing_key.encode() for r in records)


async def test_a_listing_kafka_did_not_take_is_not_marked_and_its_retry_lands(settings):
    small, large = listing("Bose QC45 replica"), listing("Bose QC45 replica", description="genuine? " * 1500)
    raws = [json.dumps(small).encode(), json.dumps(large).encode()]
    redis = Redis.from_url(settings.redis.url)
    refusing = JsonProducer(settings.kafka, client_id="t-refusing")
    # a real producer whose requests are capped below the larger listing: the broker never gets that one
    refusing._producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap_servers, enable_idempotence=True,
                                          acks="all", max_request_size=8000, **client_kwargs(settings.kafka))
    await refusing.start()
    try:
        with pytest.raises(KafkaUnavailable):  # ingest answers 503: not everything is on Kafka
            await ListingPublisher(settings, refusing, redis).ingest_many(raws, source="test")
    finally:
        await refusing.stop()
    producer = JsonProducer(settings.kafka, client_id="t-ok")
    await producer.start()
    try:
        publisher = ListingPublisher(settings, producer, redis)  # the client sends the same batch again
        assert [o.status for o in await publisher.ingest_many(raws, source="test")] == ["duplicate", "accepted"]
        marks = [k async for k in redis.scan_iter(match=f"{settings.topics.topic_prefix}ingest:seen:*")]
        assert len(marks) == 2  # one a listing, each for the dedupe window
        assert all(0 < ttl <= settings.dedupe_window_s for ttl in [await redis.ttl(m) for m in marks])
    finally:
        await producer.stop()
        await redis.aclose()
    assert await on_listings(settings, key(small), 1) == 1
    assert await on_listings(settings, key(large), 1) == 1


async def test_with_redis_away_listings_are_accepted_never_called_duplicates(settings):
    settings = settings.model_copy(update={"redis": RedisSettings(url=f"redis://127.0.0.1:{free_port()}/0")})
    doc = listing("Bose QC45 replica")
    raw = json.dumps(doc).encode()
    redis = Redis.from_url(settings.redis.url)  # nothing listens there
    producer = JsonProducer(settings.kafka, client_id="t-noredis")
    await producer.start()
    try:
        publisher = ListingPublisher(settings, producer, redis)
        first = await publisher.ingest_many([raw], source="test")
        second = await publisher.ingest_many([raw], source="test")
    finally:
        await producer.stop()
        await redis.aclose()
    assert [o.status for o in first + second] == ["accepted", "accepted"]
    assert await on_listings(settings, key(doc), 2) == 2  # both are on Kafka; the alert id makes them one alert
