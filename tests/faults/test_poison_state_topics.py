"""Poison records on every topic a service reads its state from (faults57, 2026-12-06).

tests/faults/test_poison_records.py writes poison onto the pipeline's work topics (listings, matches), where each bad
record is dead-lettered. The services also read state topics: the matcher `fingerprints`; the alerts service
`alert-events` (its book) and `suppressions`; ingest `api-keys`; the portal all of its own (`api-keys`,
`suppressions`, `webhooks`, `registry-changes`, `test-buys`, `precision-settings`, `rescans`) and `alert-events`.
A state topic has no dead-letter topic (what would re-drive it?): the promise is that a bad record is skipped alone,
counted and logged, the service does not die nor stall, and its neighbours apply.

The attack: before and after the demo feed, on every such topic, records no service writes: junk bytes, not UTF-8,
JSON of the wrong shape, `null`, a tombstone without key, a key without meaning; then the feed again (new ids).
"""

from __future__ import annotations

import uuid

import httpx
import pytest

from services.portal.settings import PortalTopics
from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, log, report_line
from tests.faults.harness import kafka_kwargs

JUNK = [b"{not json", b"\xff\xfe\x00", b"null", b"[1, 2]", b'{"type": "fingerprint"}', b'{"id": 1}', b"",
        b'{"alert_id": "x", "status": "open"}', b'"just a string"', b"9" * 400]


def poison() -> list[tuple[bytes | None, bytes | None, list]]:
    keyed = [(f"poison-{i}".encode(), value, []) for i, value in enumerate(JUNK)]
    return [*keyed, (None, b"{not json", []), (b"\xff\xfe", b"{}", []), (b"fp:bose:x", b"[]", []), (b"poison-t", None, [])]


async def produce_each(stack, topic: str, records) -> tuple[int, int]:
    """Each record onto partition 0 of `topic` as an outside producer: (taken, refused by the broker). A compacted
    topic refuses a record without a key (the broker's own check: it holds)."""
    from aiokafka import AIOKafkaProducer
    from aiokafka.errors import KafkaError

    producer = AIOKafkaProducer(bootstrap_servers=stack.bootstrap, acks="all", **kafka_kwargs(stack.bootstrap))
    await producer.start()
    taken = refused = 0
    try:
        for key, value, headers in records:
            try:
                await producer.send_and_wait(topic, value=value, key=key, headers=headers, partition=0)
                taken += 1
            except KafkaError:
                refused += 1
    finally:
        await producer.stop()
    return taken, refused


@SOAK_ONLY  # a stack boot (~40 s on 2 cores)
@pytest.mark.timeout(420)
async def test_poison_on_every_state_topic_kills_no_service_and_loses_no_alert(make_stack):
    stack = await make_stack()
    run = uuid.uuid4().hex[:6]
    first, second = feed(f"{run}a", 1), feed(f"{run}b", 1)
    expected_first, expected = expected_alerts(first), expected_alerts(first + second)
    portal_topics = PortalTopics(stack.topics)
    topics = [stack.topics.fingerprints, stack.topics.alert_events, portal_topics.api_keys, portal_topics.suppressions,
              portal_topics.webhooks, portal_topics.registry_changes, portal_topics.test_buys,
              portal_topics.precision_settings, portal_topics.rescans]
    written = {topic: await produce_each(stack, topic, poison()) for topic in topics}
    log(f"{stack.name}: poison taken/refused by the broker: {written}")
    await stack.stream(first, chunk=400)
    verdict = await stack.settle(expected_first, timeout_s=120)
    log(f"{stack.name}: poison before the feed: {verdict.summary()}")
    for topic in topics:
        await produce_each(stack, topic, poison())
    await stack.stream(second, chunk=400)
    verdict = await stack.settle(expected, timeout_s=120)
    ready = {}
    async with httpx.AsyncClient(timeout=10) as http:
        for name in stack.procs:
            ready[name] = (await http.get(f"{stack.url(name)}/readyz")).status_code
        async with stack.portal() as ops:  # the portal still takes a write that goes through its projector
            answer = await ops.post("/v1/brands/bose/fingerprints", json={"kind": "mark", "value": f"Pz{run}"})
    report_line(f"poison ({len(poison())} records) on {len(topics)} state topics, before and after the feed", verdict,
                None, ready=ready, exited=stack.exited(), portal_write=answer.status_code)
    assert_exact(verdict, stack)
    assert set(ready.values()) == {200}, (ready, stack.tails())
    assert answer.status_code == 201, answer.text
