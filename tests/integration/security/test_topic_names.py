"""A topic the broker refuses to create is an error the caller sees, never passed over in silence."""

from __future__ import annotations

import json
import uuid

import pytest

from brandsentry.kafka import TopicsNotCreated, ensure_topics
from brandsentry.settings import KafkaSettings, Topics

pytestmark = pytest.mark.integration


async def test_a_topic_name_that_collides_with_an_existing_one_raises_with_the_brokers_reason(admin: KafkaSettings,
                                                                                                topics: Topics):
    dotted, underscored = topics.alerts_brand("coll.x"), topics.alerts_brand("coll_x")
    await ensure_topics(admin, {dotted: {}})
    with pytest.raises(TopicsNotCreated) as refused:
        await ensure_topics(admin, {underscored: {}})
    assert list(refused.value.refused) == [underscored]
    assert "collides" in refused.value.refused[underscored] and dotted in str(refused.value)
    await ensure_topics(admin, {dotted: {}})  # an existing topic is left as it is, without an error


async def test_a_match_whose_alert_topic_the_broker_refuses_is_dead_lettered_and_its_partition_moves_on(pipeline):
    """Red team: a brand whose alert topic collides with an existing topic ('.' and '_' are the same to Kafka)
    stalled its whole `matches` partition: the alerts service retried the batch for ever. Its match now goes to
    matches.dlq with the broker's reason; the matches before and after it on the same partition alert."""
    from aiokafka import AIOKafkaProducer
    from schemas import Alert
    from tests.support import key, kafka_kwargs, listing, post, read_topic

    bootstrap, topics = pipeline.kafka.bootstrap_servers, pipeline.topics
    template = listing("Bose QC45 headphones replica 1:1")
    assert (await post(pipeline.ingest_url, template)).status_code == 202
    [found] = [r for r in await read_topic(bootstrap, topics.matches, until=lambda rs: any(
        r.key == key(template).encode() for r in rs)) if r.key == key(template).encode()]
    suffix = uuid.uuid4().hex[:8]
    await ensure_topics(pipeline.kafka, {topics.alerts_brand(f"rt.{suffix}"): {}})  # taken: rt_<suffix> collides

    def match(listing_id: str, brand_id: str = "bose") -> bytes:
        doc = json.loads(found.value)
        doc["listing"]["listing_id"] = listing_id
        doc["listing_key"] = f"{doc['listing']['marketplace']}:{listing_id}"
        doc["brand_id"] = brand_id
        return json.dumps(doc).encode()

    before, refused, after = match(f"before-{suffix}"), match(f"refused-{suffix}", f"rt_{suffix}"), match(f"after-{suffix}")
    producer = AIOKafkaProducer(**kafka_kwargs(bootstrap), enable_idempotence=True)
    await producer.start()
    try:  # one key: one partition, in this order
        for value in (before, refused, after):
            await producer.send_and_wait(topics.matches, value, key=f"rt-{suffix}".encode())
    finally:
        await producer.stop()

    wanted = {f"taobao:before-{suffix}", f"taobao:after-{suffix}"}
    alerted = await read_topic(bootstrap, topics.alerts_brand("bose"), until=lambda rs: wanted <= {
        Alert.model_validate_json(r.value).listing_key for r in rs})
    assert wanted <= {Alert.model_validate_json(r.value).listing_key for r in alerted}
    letters = await read_topic(bootstrap, topics.matches_dlq, until=lambda rs: any(r.value == refused for r in rs))
    [letter] = [r for r in letters if r.value == refused]
    headers = dict(letter.headers)
    assert headers["error.reason"] == b"topic_refused" and headers["error.stage"] == b"alerts"
    assert topics.alerts_brand(f"rt_{suffix}").encode() in headers["error.detail"] and b"collides" in headers["error.detail"]
    events = await read_topic(bootstrap, topics.alert_events, until=lambda rs: False, timeout_s=3)
    # alert-events also carries other tests' records (the session's pipeline): only JSON objects are alerts
    assert not any(json.loads(r.value).get("brand_id") == f"rt_{suffix}" for r in events if r.value and r.value[:1] == b"{")
