"""Every record of the pipeline's topics produced again, same key, value and headers (faults57, 2026-12-06).

A producer's retry that the broker cannot tell from a new record (a producer without idempotence, a connector or
mirror that re-sends a range after a timeout, an operator re-driving a topic) puts the same records on a topic a
second time. The promise (README): one brand + one listing = one alert, for ever; a re-sent listing never re-raises
nor reopens a triage decision; the portal lists each alert once.

The attack: the demo feed alerted; one alert triaged (confirmed); then every record of `listings`, `matches` and
`alert-events` produced again by an outside producer, in order, onto the partition it was on.
"""

from __future__ import annotations

import uuid

import pytest
from aiokafka import AIOKafkaProducer

from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, kafka_kwargs, log, report_line


@SOAK_ONLY  # a stack boot (~40 s on 2 cores)
@pytest.mark.timeout(420)
async def test_every_record_replayed_makes_no_second_alert_nor_reopens_a_decision(make_stack):
    stack = await make_stack()
    run = uuid.uuid4().hex[:6]
    docs = feed(run, 1)
    expected = expected_alerts(docs)
    await stack.stream(docs, chunk=400)
    verdict = await stack.settle(expected)
    assert not verdict.problems(), verdict.problems()
    triaged = sorted(expected)[0]
    async with stack.portal() as ops:
        answer = await ops.post(f"/v1/alerts/{triaged}/transitions", json={"status": "confirmed", "reason": "test buy"})
        assert answer.status_code == 200, answer.text

    producer = AIOKafkaProducer(bootstrap_servers=stack.bootstrap, acks="all", max_request_size=4 * 1024 * 1024,
                                **kafka_kwargs(stack.bootstrap))
    await producer.start()
    replayed = {}
    try:
        for topic in (stack.topics.listings, stack.topics.matches, stack.topics.alert_events):
            records = await stack.read(topic)
            for r in records:
                await producer.send(topic, value=r.value, key=r.key, headers=list(r.headers), partition=r.partition)
            await producer.flush()
            replayed[topic.rsplit(".", 1)[-1] if topic.endswith("events") else topic[len(stack.topics.topic_prefix):]] = len(records)
    finally:
        await producer.stop()
    log(f"{stack.name}: replayed {replayed}")
    verdict = await stack.settle(expected)
    async with stack.portal() as ops:
        answer = (await ops.get(f"/v1/alerts/{triaged}")).json()
    status = (answer.get("alert") or answer).get("status")
    # alert-events' own doubles are the replay's (its records produced again), not the pipeline's: every other
    # topic (alerts.brand.*, alerts.iwg.*) and the portal's list must show each alert once
    replay_doubles = verdict.doubled.pop(stack.topics.alert_events, set())
    report_line("every record of listings, matches and alert-events produced again (same key, value, headers)",
                verdict, None, replayed=replayed, triaged_status=status, alert_events_replayed=len(replay_doubles))
    assert_exact(verdict, stack)
    assert status == "confirmed", answer
