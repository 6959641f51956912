"""The broker frozen longer than the session timeout; one broker of three killed mid-stream (issue #11).

Both run on Kafka of the test's own (deploy/local/stack.sh on free ports), never on the shared broker."""

from __future__ import annotations

import asyncio
import os
import time
import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from brandsentry.transactions import close_producer
from tests.faults.harness import SOAK, assert_exact, broker_diagnosis, expected_alerts, feed, log, report_line

# longer than every client timeout the freeze runs into: the consumer groups' session (6 s), the transactions' timeout
# and step timeout (30 s, brandsentry/transactions.py) and aiokafka's request timeout (40 s, the largest); soak: 120 s
FREEZE_S = float(os.environ.get("FAULTS_FREEZE_S", "120" if SOAK else "45"))
# ... but not the broker's session with its controller (broker.session.timeout.ms, 9 s by default): the broker and its
# controller are one frozen process, so at the thaw the controller fenced the broker, every partition was leaderless
# for a moment, and Kafka 4.4's transaction coordinator then drops the marker of any partition whose marker write it
# was retrying ("Couldn't find leader endpoint ... can be skipped": KAFKA-20734, apache/kafka#22680, open). That
# leaves a transaction open on that partition, which read_committed readers never pass (lost alerts: fdec572's CI,
# alerts.brand.shell-0), or which the same producer's next commit there completes, aborted records with it (doubled
# alerts: 6aaea66, 13 doubled, 2026-12-01 23:07). A broker bug no client can mend, hit on either code; the fence is
# kept out of this test, which is about the pipeline, until the pinned Kafka has the fix.
BROKER_SESSION_MS = int((FREEZE_S + 60) * 1000)
COPIES = 12 if SOAK else 3


async def transaction_under_way(bootstrap: str, topic: str) -> AIOKafkaProducer:
    """A transactional producer that has written one record ('before') to partition 0 of `topic` in an open
    transaction, as a partition's producer in brandsentry/transactions.py is when its broker goes away. Its requests
    time out after 5 s (aiokafka's default: 40 s), so that were its sender still alive after being dropped, it would
    send again within seconds of the thaw."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, transactional_id=f"{topic}.0", enable_idempotence=True,
                                acks="all", request_timeout_ms=5000)
    await producer.start()
    await producer.begin_transaction()
    await (await producer.send(topic, b"before", partition=0))
    return producer


async def batch_sent(producer: AIOKafkaProducer, tp: TopicPartition, timeout_s: float = 60) -> None:
    """Until the sender has taken every batch of `tp` out of the producer's accumulator (aiokafka 0.14 internals:
    `_message_accumulator._batches`), i.e. the batch is in a request to the broker. Sequencing, not a timed assertion: a fixed
    0.5 s sleep was too short on a loaded box (fresh-clone CI at load 17), so 'in flight' and 'queued' left in ONE
    batch, already in the frozen broker's socket, and the check below saw 'queued' arrive after the thaw."""
    deadline = time.monotonic() + timeout_s
    while producer._message_accumulator._batches.get(tp):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the producer's sender never took the batch of {tp} in {timeout_s} s")
        await asyncio.sleep(0.02)


async def drop_while_frozen(producer: AIOKafkaProducer, topic: str) -> None:
    """With the broker frozen: one batch in flight ('in flight'), one waiting behind it ('queued': aiokafka sends
    one request a broker at a time), then the producer dropped as TransactionalLoop drops it (2 s step timeout).

    The broker must really be frozen when 'in flight' leaves: kafka.freeze() returns only once every thread of the
    broker is stopped (harness.freeze_process). A bare kill(SIGSTOP) returns before that: Linux stops the other
    threads only after the one it picked to take the signal has had a CPU, and on a loaded box the broker went on
    serving for a few milliseconds, answered 'in flight', and the sender then sent 'queued', which was on the log
    after the thaw (1 fault-test run in 8 and a fresh-clone CI of 8a27ffb; this helper looped alone at load 15 on a
    bare kill: 'in flight' answered and 'queued' written in some cycles, never once the freeze waits for the threads)."""
    in_flight = await producer.send(topic, b"in flight", partition=0)
    await batch_sent(producer, TopicPartition(topic, 0))
    await producer.send(topic, b"queued", partition=0)
    await close_producer(producer, 2.0)
    assert producer._sender.sender_task.done(), "the dropped producer's sender task still runs (aiokafka 0.14)"
    assert not (in_flight.done() and not in_flight.cancelled() and in_flight.exception() is None), \
        f"the broker answered 'in flight' ({in_flight.result()}) although frozen: the freeze did not hold"


async def every_value(bootstrap: str, topic: str) -> list[bytes]:
    """Every record of partition 0 of `topic`, aborted or open transactions' too (read_uncommitted)."""
    tp = TopicPartition(topic, 0)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, isolation_level="read_uncommitted")
    await consumer.start()
    try:
        consumer.assign([tp])
        await consumer.seek_to_beginning(tp)
        end = (await consumer.end_offsets([tp]))[tp]
        values = []
        while await consumer.position(tp) < end:
            values += [r.value for r in (await consumer.getmany(tp, timeout_ms=1000)).get(tp, [])]
        return values
    finally:
        await consumer.stop()


@pytest.mark.timeout(420)
async def test_broker_frozen_past_the_session_timeout_no_service_exits_nothing_lost_or_doubled(own_kafka, make_stack):
    kafka = await own_kafka(1, config={"broker.session.timeout.ms": str(BROKER_SESSION_MS)})
    stack = await make_stack(kafka=kafka)
    docs = feed(uuid.uuid4().hex[:6], COPIES)
    expected = expected_alerts(docs)
    dropped_topic = f"{stack.topics.topic_prefix}dropped-producer"  # a producer dropped while the broker is frozen
    dropped = await transaction_under_way(kafka.bootstrap, dropped_topic)
    try:
        streaming = stack.background(stack.stream(docs, chunk=50, pause_s=0.1, deadline_s=FREEZE_S + 120))
        while stack.posted < 0.3 * len(docs) and not streaming.done():
            await asyncio.sleep(0.05)
        kafka.freeze()
        frozen = time.monotonic()
        log(f"{stack.name}: broker frozen (SIGSTOP) for {FREEZE_S:.0f}s at {stack.posted} listings posted")
        await drop_while_frozen(dropped, dropped_topic)
        await asyncio.sleep(FREEZE_S - (time.monotonic() - frozen))
        exited_while_frozen = stack.exited()
        kafka.thaw()
        thawed = time.monotonic()
        log(f"{stack.name}: broker thawed (SIGCONT); services exited meanwhile: {exited_while_frozen or 'none'}")
        snapshot = await stack.snapshot("matcher")
        recovery = await stack.time_to_recover(snapshot, stack.topics.listings, thawed)
        counts = await streaming
        verdict = await stack.settle(expected, timeout_s=120)
        report_line(f"broker frozen {FREEZE_S:.0f} s (SIGSTOP) mid-stream", verdict, recovery,
                    exited=stack.exited() or "none")
        assert not exited_while_frozen, f"services exited while the broker was frozen: {exited_while_frozen}"
        assert counts["accepted"] + counts["duplicate"] == len(docs), counts
        assert_exact(verdict, stack, await broker_diagnosis(stack, kafka)
                     if verdict.lost_ids or verdict.doubled_ids else "")
        # by now (the stack settled, minutes after the thaw) a dropped producer still alive would have sent 'queued'
        assert b"queued" not in await every_value(kafka.bootstrap, dropped_topic), \
            "a producer dropped while the broker was frozen sent a batch after the thaw (its sender still ran)"
    finally:
        await close_producer(dropped, 1.0)  # at once when already dropped


@pytest.mark.timeout(420)
async def test_one_broker_of_three_killed_mid_stream_nothing_lost_or_doubled(own_kafka, make_stack):
    kafka = await own_kafka(3)
    stack = await make_stack(kafka=kafka)
    for topic in (stack.topics.listings, stack.topics.matches, stack.topics.alert_events):
        assert await stack.replication(topic) == (3, "2"), (topic, await stack.replication(topic))
    docs = feed(uuid.uuid4().hex[:6], COPIES)
    expected = expected_alerts(docs)
    streaming = stack.background(stack.stream(docs, chunk=50, pause_s=0.1, deadline_s=180))
    while stack.posted < 0.3 * len(docs) and not streaming.done():
        await asyncio.sleep(0.05)
    fault = time.monotonic()
    kafka.kill9(1)
    log(f"{stack.name}: kill -9 broker 2 of 3 at {stack.posted} listings posted")
    snapshot = await stack.snapshot("matcher")
    recovery = await stack.time_to_recover(snapshot, stack.topics.listings, fault)
    counts = await streaming
    verdict = await stack.settle(expected, timeout_s=120)
    report_line("one broker of three kill -9 mid-stream (RF 3, min ISR 2)", verdict, recovery)
    assert counts["accepted"] + counts["duplicate"] == len(docs), counts
    assert_exact(verdict, stack)
