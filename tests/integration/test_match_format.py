"""The matcher writes a Match without its null fields (issue 16: lighter messages); a Match written as before, with
its nulls, still alerts the same, with its evidence."""

from __future__ import annotations

import uuid

import pytest

from schemas import Alert, Match
from tests.support import kafka_kwargs, key, listing, post, read_topic

pytestmark = pytest.mark.integration


async def test_a_match_written_with_or_without_its_nulls_alerts_with_its_evidence(pipeline):
    from aiokafka import AIOKafkaProducer

    bootstrap, topics = pipeline.kafka.bootstrap_servers, pipeline.topics
    doc = listing("Bose QC45 headphones replica 1:1")
    assert (await post(pipeline.ingest_url, doc)).status_code == 202
    [found] = [r for r in await read_topic(bootstrap, topics.matches, until=lambda rs: any(
        r.key == key(doc).encode() for r in rs)) if r.key == key(doc).encode()]
    assert b"null" not in found.value and Match.model_validate_json(found.value).brand_id == "bose"

    suffix = uuid.uuid4().hex[:8]

    def again(listing_id: str) -> Match:  # the same match for a listing id not seen before: a new alert
        match = Match.model_validate_json(found.value)
        match.listing = match.listing.model_copy(update={"listing_id": listing_id})
        match.listing_key = match.listing.key
        return match

    before, now = again(f"nulls-{suffix}"), again(f"lean-{suffix}")
    written = {before.listing_key: before.model_dump_json().encode(), now.listing_key: now.topic_json()}
    assert b'"ingested_at":null' not in written[now.listing_key]
    assert b":null" in written[before.listing_key]  # as the matcher wrote it before
    producer = AIOKafkaProducer(**kafka_kwargs(bootstrap), enable_idempotence=True)
    await producer.start()
    try:
        for listing_key, value in written.items():
            await producer.send_and_wait(topics.matches, value, key=listing_key.encode())
    finally:
        await producer.stop()

    alerted = await read_topic(bootstrap, topics.alerts_brand("bose"), until=lambda rs: set(written) <= {
        Alert.model_validate_json(r.value).listing_key for r in rs})
    alerts = {a.listing_key: a for a in (Alert.model_validate_json(r.value) for r in alerted) if a.listing_key in written}
    assert alerts[before.listing_key].match == before and alerts[now.listing_key].match == now
    for alert in alerts.values():  # the evidence a takedown notice quotes: where, what, which registered term
        [mark] = [s for s in alert.match.signals if s.term and s.term.casefold() == "bose"]
        assert (mark.field, mark.start, mark.end, mark.text) == ("title", 0, 4, "Bose")
