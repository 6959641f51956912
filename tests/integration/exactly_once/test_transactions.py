"""The read-process-write loop of matcher and alerts (brandsentry/transactions.py) on the real broker:
what a read_committed consumer sees when a batch's transaction fails, and when a zombie wakes up."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
import structlog
from aiokafka import AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError

from brandsentry.kafka import client_kwargs, ensure_topics
from brandsentry.transactions import Batch, LoopSettings, Outgoing, TransactionalLoop
from tests.support import kafka_kwargs, read_topic

pytestmark = pytest.mark.integration
LOG = structlog.get_logger(service="test")


async def produce(kafka, topic: str, values: list[bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=kafka.bootstrap_servers, **client_kwargs(kafka))
    await producer.start()
    try:
        for v in values:
            await producer.send_and_wait(topic, v, partition=0)
    finally:
        await producer.stop()


async def committed_and_uncommitted(kafka, topic: str, expect: int) -> tuple[list[bytes], list[bytes]]:
    committed = await read_topic(kafka.bootstrap_servers, topic, until=lambda rs: len(rs) >= expect, timeout_s=30)
    uncommitted = []
    from aiokafka import AIOKafkaConsumer
    consumer = AIOKafkaConsumer(topic, **kafka_kwargs(kafka.bootstrap_servers), group_id=None,
                                auto_offset_reset="earliest", isolation_level="read_uncommitted")
    await consumer.start()
    try:
        for _ in range(10):
            for batch in (await consumer.getmany(timeout_ms=300)).values():
                uncommitted += [r.value for r in batch]
    finally:
        await consumer.stop()
    return [r.value for r in committed], uncommitted


@pytest.fixture
async def names(servers, kafka_settings):
    prefix = f"tx{uuid.uuid4().hex[:8]}."
    names = {"in": f"{prefix}in", "out": f"{prefix}out", "group": f"{prefix}group"}
    await ensure_topics(kafka_settings, {names["in"]: {}, names["out"]: {}}, partitions=1)
    return names


async def run_until(loop: TransactionalLoop, done, timeout_s: float = 60) -> None:
    task = asyncio.ensure_future(loop.run())
    try:
        deadline = time.monotonic() + timeout_s
        while not done():
            assert time.monotonic() < deadline, f"loop did not get there: {loop.problem}"
            assert not task.done(), task
            await asyncio.sleep(0.1)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


@pytest.mark.parametrize("overlap", [False, True], ids=["one-batch-at-a-time", "overlapping-commits"])
async def test_a_failed_batch_is_aborted_invisible_and_done_again_from_its_offset(names, kafka_settings, overlap):
    await produce(kafka_settings, names["in"], [f"listing-{i}".encode() for i in range(10)])
    attempts, ends = [], []

    async def handle(tp, records) -> Batch:
        attempts.append([r.value for r in records])
        out = [Outgoing(names["out"], b"effect-of-" + r.value) for r in records]
        if len(attempts) == 1:  # the first time, the transaction fails after some effects were sent
            out.insert(3, Outgoing(names["out"], b"x" * 2_000_000))  # over the producer's request size
        n = len(attempts)
        return Batch(out, on_commit=lambda: ends.append(("committed", n)), on_abort=lambda: ends.append(("aborted", n)))

    # two batches of 5: with overlapping commits the second is handled while the first one's transaction fails
    loop = TransactionalLoop(kafka=kafka_settings, topic=names["in"], group_id=names["group"], client_id="t",
                             handle=handle, log=LOG, settings=LoopSettings(max_backoff_s=0.5, batch_max=5,
                                                                           overlap_commits=overlap))
    await run_until(loop, lambda: sum(1 for end, _ in ends if end == "committed") >= 2)

    committed, _ = await committed_and_uncommitted(kafka_settings, names["out"], expect=10)
    assert sorted(committed) == sorted(b"effect-of-listing-%d" % i for i in range(10))  # each once, none lost
    assert attempts.count(attempts[0]) >= 2  # the failed batch done again from the same offset
    assert ends[0] == ("aborted", 1) and ends[-1][0] == "committed"  # the handler hears of each
    if overlap:  # the second batch (all 10 came in one fetch) was handled meanwhile: dropped unwritten, done again
        assert ends[1] == ("aborted", 2) and len(attempts) == 4
    assert [n for end, n in ends if end == "committed"] == sorted(n for end, n in ends if end == "committed")
    # the consumed offsets were committed in the transaction: a new loop of the group has nothing left to do
    again = []

    async def record(tp, records) -> Batch:
        again.append(records)
        return Batch()

    await produce(kafka_settings, names["in"], [b"listing-5"])
    second = TransactionalLoop(kafka=kafka_settings, topic=names["in"], group_id=names["group"], client_id="t2",
                               handle=record, log=LOG)
    await run_until(second, lambda: second.batches_committed >= 1)
    assert [[r.value for r in rs] for rs in again] == [[b"listing-5"]]


async def test_a_zombie_is_fenced_and_its_open_transaction_never_seen(names, kafka_settings):
    await produce(kafka_settings, names["in"], [b"a", b"b"])

    async def handle(tp, records) -> Batch:
        return Batch([Outgoing(names["out"], b"new-owner:" + r.value) for r in records])

    loop = TransactionalLoop(kafka=kafka_settings, topic=names["in"], group_id=names["group"], client_id="t",
                             handle=handle, log=LOG)
    # the previous owner of partition 0: it wrote effects in a transaction, then froze before committing
    zombie = AIOKafkaProducer(bootstrap_servers=kafka_settings.bootstrap_servers, **client_kwargs(kafka_settings),
                              transactional_id=loop.transactional_id(TopicPartition(names["in"], 0)))
    await zombie.start()
    await zombie.begin_transaction()
    await zombie.send_and_wait(names["out"], b"zombie:a")
    try:
        await run_until(loop, lambda: loop.batches_committed >= 1)
        with pytest.raises(KafkaError):  # it wakes up: fenced by the new owner's producer (same transactional id)
            await zombie.commit_transaction()
    finally:
        await zombie.stop()

    committed, uncommitted = await committed_and_uncommitted(kafka_settings, names["out"], expect=2)
    assert sorted(committed) == [b"new-owner:a", b"new-owner:b"]
    assert b"zombie:a" in uncommitted  # it is on the log, aborted: only read_committed readers are safe


async def test_a_partition_that_fills_several_produce_batches_keeps_its_order_beside_the_others(names, kafka_settings):
    """A batch whose effects overflow one produce batch on a partition (aiokafka sends a partition's next batch only
    after the answer to the one before) and also go to another topic: every effect committed once, each partition's
    in the order the handler gave them (the partitions' batches are handed over side by side, issue 16)."""
    other = names["out"] + ".other"
    await ensure_topics(kafka_settings, {other: {}}, partitions=1)
    await produce(kafka_settings, names["in"], [f"listing-{i}".encode() for i in range(40)])

    async def handle(tp, records) -> Batch:
        out = []
        for r in records:
            out.append(Outgoing(names["out"], r.value + b"|" + b"x" * 300))  # ~8 records a 3 KiB produce batch
            out.append(Outgoing(other, b"other-" + r.value))
        return Batch(out)

    loop = TransactionalLoop(kafka=kafka_settings, topic=names["in"], group_id=names["group"], client_id="t",
                             handle=handle, log=LOG, settings=LoopSettings(batch_max=40, producer_batch_bytes=3 * 1024))
    await run_until(loop, lambda: loop._committed.get(TopicPartition(names["in"], 0), 0) >= 40)

    out, _ = await committed_and_uncommitted(kafka_settings, names["out"], expect=40)
    side, _ = await committed_and_uncommitted(kafka_settings, other, expect=40)
    assert [v.split(b"|")[0] for v in out] == [f"listing-{i}".encode() for i in range(40)]
    assert side == [f"other-listing-{i}".encode() for i in range(40)]


@pytest.mark.parametrize("overlap", [False, True], ids=["one-batch-at-a-time", "overlapping-commits"])
async def test_a_send_refused_on_one_partition_aborts_what_the_other_partitions_sent(names, kafka_settings, overlap):
    """A batch fanned out like the alerts service's (each input to three topics of three partitions: every partition's
    produce batch handed over side by side, issue 16) whose first attempt has one partition's batch refused by the
    broker (a record over its message.max.bytes) while the others' batches are in flight and appended: the transaction
    aborts, what the other partitions had written stays on the log but is never read at read_committed, and the
    batch done again from its offset puts every effect on every topic exactly once."""
    topics = [names["out"] + suffix for suffix in (".events", ".brand", ".group")]
    await ensure_topics(kafka_settings, {t: {} for t in topics}, partitions=3)
    await produce(kafka_settings, names["in"], [f"listing-{i}".encode() for i in range(12)])
    attempts, ends = [], []

    async def handle(tp, records) -> Batch:
        attempts.append([r.value for r in records])
        out = [Outgoing(t, b"effect-of-" + r.value, key=r.value) for r in records for t in topics]
        if len(attempts) == 1:  # one partition's batch refused: the record alone in its batch, over 1 MB
            out.insert(len(out) // 2, Outgoing(topics[1], b"x" * 2_000_000, key=b"refused"))
        n = len(attempts)
        return Batch(out, on_commit=lambda: ends.append(("committed", n)), on_abort=lambda: ends.append(("aborted", n)))

    loop = TransactionalLoop(kafka=kafka_settings, topic=names["in"], group_id=names["group"], client_id="t",
                             handle=handle, log=LOG, settings=LoopSettings(max_backoff_s=0.5, batch_max=6,
                                                                           overlap_commits=overlap))
    await run_until(loop, lambda: loop._committed.get(TopicPartition(names["in"], 0), 0) >= 12)

    expected = sorted(b"effect-of-listing-%d" % i for i in range(12))
    written_then_aborted = 0
    for topic in topics:
        committed, uncommitted = await committed_and_uncommitted(kafka_settings, topic, expect=12)
        assert sorted(committed) == expected, topic  # each effect once on every topic, none lost
        assert b"x" * 2_000_000 not in uncommitted  # the refused record never reached the log
        written_then_aborted += len(uncommitted) - len(committed)
    assert written_then_aborted > 0  # the other partitions' batches were appended before the abort
    assert ends[0] == ("aborted", 1) and attempts.count(attempts[0]) >= 2  # done again from the same offset
