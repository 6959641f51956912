"""Read, work, write and commit as one: a consumer-group loop whose effects and offsets share a Kafka transaction.

Used by the matcher (listings → matches, listings.dlq) and the alerts service (matches → alert topics).

Guarantees (with downstream consumers at `isolation_level="read_committed"`):

* A batch of one input partition is handled, its output records sent and its input offsets sent to
  the same transaction, which commits or aborts as a whole. A crash at any point leaves either all
  of the batch's records and its offsets, or none of them: the batch is handled again from the last
  committed offset, and the aborted records are never seen by read_committed consumers.
* Zombies are fenced per input partition: the producer that writes a partition's effects has the
  transactional id `<group>.<topic>.<partition>`. Whoever owns the partition next starts a producer
  with the same id, which bumps the epoch (the old owner's next send or commit fails with
  ProducerFenced) and aborts or completes the old owner's open transaction *before* the new owner
  reads the committed offset. aiokafka has no KIP-447 group-generation fencing
  (`send_offsets_to_transaction` takes only the group id), so one producer per worker would not fence.
* A failure while handling a partition (broker away, commit timed out, fenced) aborts that
  partition's transaction, closes its producer and sends the partition back through "ready"
  (new producer, seek to the committed offset); the loop backs off and retries, forever. Other
  partitions keep going. The process never exits because Kafka was away.
* A handler must not raise for one bad record: it turns it into a dead letter (one of the batch's
  output records). Should it raise anyway, the whole batch is retried, never skipped.
* Partitions without new records still get their offsets moved past transaction markers (an
  offsets-only transaction, at most every `idle_commit_s`), so consumer lag reads 0 when all is done.
* With `overlap_commits` a partition's next batch is fetched and handled while the previous batch's transaction
  commits (at most one transaction in flight a partition; the next begins once it has committed). Should the one
  in flight fail, the batch handled meanwhile is dropped unwritten (`on_abort`) and the partition goes through
  "ready" again, so nothing handled after a failure is ever written ahead of it.
"""

from __future__ import annotations

import asyncio
import functools
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.abc import ConsumerRebalanceListener
from aiokafka.partitioner import DefaultPartitioner, murmur2
from aiokafka.producer.message_accumulator import BatchBuilder

from brandsentry.health import failing
from brandsentry.kafka import Headers, client_kwargs, key_hashes
from brandsentry.settings import KafkaSettings


class Outgoing(NamedTuple):
    """One record to produce inside the batch's transaction; `headers` None is none.

    A NamedTuple: the alerts service makes three a new alert, and a frozen dataclass's __init__ (with a new list for
    its headers) cost over twice as much (issue 16)."""

    topic: str
    value: bytes | None
    key: bytes | None = None
    headers: Headers | None = None


@dataclass
class Batch:
    """What a handler made of one partition's records: the records to produce, what to do once committed, and what
    to do when its transaction failed (aborted: the records will be handled again)."""

    records: list[Outgoing] = field(default_factory=list)
    on_commit: Callable[[], None] | None = None
    on_abort: Callable[[], None] | None = None


Handler = Callable[[TopicPartition, list[ConsumerRecord]], Awaitable[Batch]]
Ready = Callable[[TopicPartition], Awaitable[None]]


@dataclass(frozen=True)
class LoopSettings:
    """Consumer-group and transaction knobs (ms unless named otherwise).

    session_timeout_ms/heartbeat_interval_ms: a dead worker's partitions move after about the
    session timeout (6 s; the broker's group.min.session.timeout.ms is 6 s by default).
    """

    batch_max: int = 500
    poll_timeout_ms: int = 100
    session_timeout_ms: int = 6000
    heartbeat_interval_ms: int = 1000
    transaction_timeout_ms: int = 30000
    idle_commit_s: float = 1.0
    max_backoff_s: float = 10.0
    step_timeout_s: float = 30.0  # producer start/stop and a transaction's commit or abort
    producer_batch_bytes: int = 1_000_000  # aiokafka's max_batch_size per partition (its default 16 KiB split a
    #                                        batch of 500 alerts of 3 KB into ~100 produce batches; 256 KiB still
    #                                        gave alert-events' partitions two batches a transaction, and aiokafka sends
    #                                        a partition's second batch only after the first one's answer). Below the
    #                                        broker's default message.max.bytes (1,048,588) like RECORD_LIMIT_BYTES
    fetch_partition_bytes: int = 4 * 1024 * 1024  # the consumer's max_partition_fetch_bytes: aiokafka's 1 MiB default
    #                                        held a batch of matches (2-3 KB each) to about 400 however large
    #                                        batch_max, so a backlog took a transaction per 400 (issue 16)
    retry_backoff_ms: int = 20  # aiokafka's 100 ms default is waited after every CONCURRENT_TRANSACTIONS answer: an
    #                             offsets-only transaction right after a commit, while its markers are being written
    compression_type: str | None = None  # the producers' (aiokafka: gzip, snappy, lz4, zstd; lz4/snappy/zstd need
    #                                      cramjam): fewer bytes to encrypt, send, store and read back; None: none
    compress_min_bytes: int = 32 * 1024  # with compression_type: a partition's record batch smaller than this (its
    #                                      values) goes uncompressed. zstd costs ~20 µs a call whatever the size (its
    #                                      context), and an alert batch of ~700 matches made ~180 record batches, most
    #                                      of them a brand topic's 4-5 alerts: 14 of the alerts service's ~45 µs a
    #                                      match in its own work were compression (issue 16); the large ones
    #                                      (alert-events, read back by every worker) stay compressed
    batch_per_partition: bool = False  # True: batch_max is each partition's (a poll's records topped up partition by
    #                                    partition from what is fetched already), not the poll's: aiokafka's
    #                                    getmany(max_records) is over all partitions, so a backlog of three came as
    #                                    batches of 1,660 (a partition's fetch) and of 340 + 1,320 (the rest of the
    #                                    poll's 2,000, then of that fetch): more, smaller transactions (the alerts
    #                                    service, issue 16)
    concurrent_partitions: bool = True  # False: partitions' batches one after the other, each seeing the
    #                                     effects (on_commit) of the one before
    overlap_commits: bool = False  # True: a partition's next batch is handled while its previous batch's transaction
    #                                commits; only for a handler that does not need the previous batch's on_commit
    #                                (the matcher: one listing's matches depend on nothing else; the alerts service:
    #                                its Pending holds the alerts of the batch in flight until it commits or aborts;
    #                                on_abort of the batch handled meanwhile runs when that one fails). The batch is then
    #                                what arrived while the one before was handled: small when little waits (issue 16:
    #                                at half the sustained maximum a listing waited for its predecessors' commits)


@functools.lru_cache(maxsize=16384)
def _key_hash(key: bytes) -> int:
    return murmur2(key) & 0x7FFFFFFF


def key_partitioner(key: bytes | None, all_partitions: list[int], available: list[int]) -> int:
    """aiokafka's DefaultPartitioner (Kafka's murmur2 of the key, so the same partition as a Java client), with
    each key's hash remembered: an alert goes to three topics under one key, a listing's matches share theirs,
    and the pure-Python murmur2 was a few percent of the alerts service's time."""
    if key is None:
        return DefaultPartitioner()(key, all_partitions, available)
    return all_partitions[_key_hash(key) % len(all_partitions)]


class TransactionalLoop:
    """Consume `topic` in group `group_id`; each partition's batch → `handle` → one transaction.

    `ready(tp)` (optional) runs once a partition is owned and its predecessor fenced, before its
    first batch (the alerts service catches its alert book up there). `state` and `problem` say
    how the loop is doing, for /readyz: problem is None while all is well.
    """

    def __init__(self, *, kafka: KafkaSettings, topic: str, group_id: str, client_id: str, handle: Handler,
                 log, settings: LoopSettings | None = None, ready: Ready | None = None) -> None:
        self._kafka = kafka
        self.topic = topic
        self.group_id = group_id
        self._client_id = client_id
        self._handle = handle
        self._ready_hook = ready
        self._log = log
        self.settings = settings or LoopSettings()
        #: a partition's record batch whose values are fewer bytes than this goes uncompressed (compress_min_bytes)
        self._plain_below = self.settings.compress_min_bytes if self.settings.compression_type else 0
        self._consumer: AIOKafkaConsumer | None = None
        self._producers: dict[TopicPartition, AIOKafkaProducer] = {}
        self._fresh: set[TopicPartition] = set()  # owned, not yet fenced/sought
        self._committed: dict[TopicPartition, int] = {}
        self._failures: dict[TopicPartition, tuple[int, float]] = {}  # attempts, retry not before (monotonic)
        self._in_flight: dict[TopicPartition, asyncio.Future] = {}  # overlap_commits: the transaction committing
        self._lock = asyncio.Lock()
        self._last_idle_commit = 0.0
        self.state = "starting"
        self.problem: str | None = "starting"
        self.batches_committed = 0

    # ------------------------------------------------------------------ life cycle

    async def run(self) -> None:
        """Forever: (re)connect, consume, handle, commit. Only cancellation ends it."""
        delay = 0.5
        while True:
            try:
                await self._start()
                delay = 0.5
                await self._consume()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # anything: the broker away, a bug in a step; log, back off, reconnect
                self.problem = self.state = f"reconnecting after {failing(exc)}"
                self._log.warning("consumer loop failed; reconnecting", topic=self.topic, error=failing(exc),
                                  retry_in_s=round(delay, 1))
                await self._close()
                await asyncio.sleep(delay * random.uniform(0.8, 1.2))
                delay = min(delay * 2, self.settings.max_backoff_s)
            finally:
                if asyncio.current_task().cancelling():
                    await self._close()

    async def stop(self) -> None:
        await self._close()

    async def _start(self) -> None:
        s = self.settings
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=self._kafka.bootstrap_servers,
            group_id=self.group_id,
            client_id=self._client_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            isolation_level="read_committed",
            session_timeout_ms=s.session_timeout_ms,
            heartbeat_interval_ms=s.heartbeat_interval_ms,
            max_poll_records=s.batch_max,
            max_partition_fetch_bytes=s.fetch_partition_bytes,
            **client_kwargs(self._kafka),
        )
        await asyncio.wait_for(self._consumer.start(), s.step_timeout_s)
        self._consumer.subscribe([self.topic], listener=_Listener(self))
        self.state, self.problem = "running", None
        self._log.info("consumer loop started", topic=self.topic, group_id=self.group_id)

    async def _close(self) -> None:
        """Stop every producer and the consumer, at once and within a few seconds: an open transaction left
        behind is aborted by the partition's next owner (or by the broker after transaction_timeout_ms)."""
        in_flight, self._in_flight = list(self._in_flight.values()), {}
        await asyncio.gather(*(_quietly(t, 5.0) for t in in_flight))  # each aborts itself when cut short
        producers, self._producers = list(self._producers.values()), {}
        await asyncio.gather(*(close_producer(p, 5.0) for p in producers))
        self._fresh.clear()
        self._committed.clear()
        if self._consumer is not None:
            consumer, self._consumer = self._consumer, None
            try:
                await asyncio.wait_for(consumer.stop(), 5.0)
            except Exception as exc:
                self._log.warning("consumer did not stop cleanly", error=failing(exc))

    # ------------------------------------------------------------------ partitions

    async def _revoked(self, revoked: set[TopicPartition]) -> None:
        async with self._lock:  # waits for the batch in hand to commit or abort
            for tp in revoked:
                in_flight = self._in_flight.pop(tp, None)
                if in_flight is not None:  # its transaction ends (commits or fails) before the producer is dropped
                    await _quietly(in_flight, self.settings.step_timeout_s)
                self._fresh.discard(tp)
                self._committed.pop(tp, None)
                self._failures.pop(tp, None)
                await self._drop_producer(tp)
        if revoked:
            self._log.info("partitions revoked", partitions=sorted(tp.partition for tp in revoked))

    async def _assigned(self, assigned: set[TopicPartition]) -> None:
        async with self._lock:
            self._fresh |= assigned
        if assigned:
            self._log.info("partitions assigned", partitions=sorted(tp.partition for tp in assigned))

    def transactional_id(self, tp: TopicPartition) -> str:
        return f"{self.group_id}.{tp.topic}.{tp.partition}"

    async def _make_ready(self, tp: TopicPartition) -> None:
        """Fence the partition's previous owner, then start from the committed offset."""
        producer = AIOKafkaProducer(
            bootstrap_servers=self._kafka.bootstrap_servers,
            client_id=f"{self._client_id}-p{tp.partition}",
            transactional_id=self.transactional_id(tp),
            transaction_timeout_ms=self.settings.transaction_timeout_ms,
            enable_idempotence=True,
            acks="all",
            linger_ms=5,
            retry_backoff_ms=self.settings.retry_backoff_ms,
            compression_type=self.settings.compression_type,
            max_batch_size=self.settings.producer_batch_bytes,
            partitioner=key_partitioner,
            **client_kwargs(self._kafka),
        )
        try:
            await asyncio.wait_for(producer.start(), self.settings.step_timeout_s)  # InitProducerId: fences
        except BaseException:
            await _quietly(producer.stop(), self.settings.step_timeout_s)
            raise
        self._producers[tp] = producer
        committed = await self._consumer.committed(tp)  # stable now: the predecessor's transaction is over
        if committed is None:
            await self._consumer.seek_to_beginning(tp)
            self._committed[tp] = 0
        else:
            self._consumer.seek(tp, committed)
            self._committed[tp] = committed
        if self._ready_hook is not None:
            await self._ready_hook(tp)
        self._fresh.discard(tp)
        self._log.info("partition ready", partition=tp.partition, committed_offset=committed,
                       transactional_id=self.transactional_id(tp))

    async def _drop_producer(self, tp: TopicPartition) -> None:
        producer = self._producers.pop(tp, None)
        if producer is not None:
            await close_producer(producer, self.settings.step_timeout_s)

    # ------------------------------------------------------------------ the loop

    async def _consume(self) -> None:
        consumer = self._consumer
        while True:
            batches = await consumer.getmany(timeout_ms=self.settings.poll_timeout_ms,
                                             max_records=self.settings.batch_max)
            if batches and self.settings.batch_per_partition:
                await self._top_up(consumer, batches)
            async with self._lock:
                for tp, in_flight in list(self._in_flight.items()):  # a transaction that failed: abort, go ready again
                    if in_flight.done():
                        del self._in_flight[tp]
                        await self._guard(tp, in_flight)
                owned = consumer.assignment()
                now = time.monotonic()
                due = {tp for tp in self._fresh if tp in owned and self._failures.get(tp, (0, 0))[1] <= now}
                work = {tp: rs for tp, rs in batches.items()
                        if tp in owned and tp not in self._fresh and rs}
                # a partition that just became ready was sought to its committed offset: what was
                # fetched before is dropped and fetched again
                if due and self._in_flight:
                    # the ready hook reads what is committed now up to the last stable offsets, which this
                    # worker's own open transactions (other partitions, overlap_commits) hold back: let them end
                    # first, so the hook sees every record its predecessor committed (a failed one is guarded
                    # on the next round, as above)
                    await asyncio.wait(list(self._in_flight.values()), timeout=self.settings.step_timeout_s)
                await asyncio.gather(*(self._guard(tp, self._make_ready(tp)) for tp in due))
                if self.settings.concurrent_partitions:
                    await asyncio.gather(*(self._guard(tp, self._transact(tp, rs)) for tp, rs in work.items()))
                else:
                    for tp, rs in work.items():
                        await self._guard(tp, self._transact(tp, rs))
                if now - self._last_idle_commit >= self.settings.idle_commit_s:
                    self._last_idle_commit = now
                    await self._advance_idle(owned - set(work))
            if self._failures:
                await asyncio.sleep(0.05)  # a failing partition waits its backoff; do not spin meanwhile

    async def _top_up(self, consumer: AIOKafkaConsumer, batches: dict[TopicPartition, list[ConsumerRecord]]) -> None:
        """Each owned partition's batch filled up to batch_max from the records its consumer holds already (no wait:
        a partition whose fetched records are all taken gets none). In place; a partition's records stay in order."""
        limit = self.settings.batch_max
        for tp in list(consumer.assignment()):
            have = batches.get(tp)
            if tp in self._fresh or (have is not None and len(have) >= limit):
                continue
            if tp not in consumer.assignment():  # a rebalance meanwhile: the loop's next round sees it
                return
            more = (await consumer.getmany(tp, timeout_ms=0, max_records=limit - len(have or ()))).get(tp)
            if more:
                batches[tp] = have + more if have else more

    async def _guard(self, tp: TopicPartition, step: Awaitable[None]) -> None:
        """Run one partition's step; on failure: abort, close its producer, back off, go through ready again."""
        try:
            await step
            if tp in self._failures:
                self._failures.pop(tp)
                self._log.info("partition recovered", partition=tp.partition)
            if not self._failures:
                self.problem = None
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            attempts = self._failures.get(tp, (0, 0))[0] + 1
            delay = min(0.5 * 2 ** (attempts - 1), self.settings.max_backoff_s) * random.uniform(0.8, 1.2)
            self._failures[tp] = (attempts, time.monotonic() + delay)
            self.problem = f"partition {tp.partition}: {failing(exc)}"
            self._log.warning("partition step failed; aborted, retrying from the committed offset",
                              topic=tp.topic, partition=tp.partition, error=failing(exc), attempt=attempts,
                              retry_in_s=round(delay, 1))
            in_flight = self._in_flight.pop(tp, None)  # the previous batch's transaction ends before its producer
            if in_flight is not None:
                await _quietly(in_flight, self.settings.step_timeout_s)
            await self._drop_producer(tp)
            if self._consumer is not None and tp in self._consumer.assignment():
                self._fresh.add(tp)

    async def _transact(self, tp: TopicPartition, records: list[ConsumerRecord]) -> None:
        batch = await self._handle(tp, records)
        next_offset = records[-1].offset + 1
        if not self.settings.overlap_commits:
            await self._finish(tp, batch, next_offset)
            return
        previous = self._in_flight.pop(tp, None)
        if previous is not None:
            try:
                await previous  # its failure is this batch's: dropped unwritten, the partition made ready again
            except BaseException:
                if batch.on_abort is not None:
                    batch.on_abort()
                raise
        self._in_flight[tp] = asyncio.ensure_future(self._finish(tp, batch, next_offset))

    async def _finish(self, tp: TopicPartition, batch: Batch, next_offset: int) -> None:
        """The batch's transaction; then its on_commit, or on_abort if it failed."""
        try:
            await self._commit(tp, batch.records, next_offset)
        except BaseException:
            if batch.on_abort is not None:
                batch.on_abort()
            raise
        self.batches_committed += 1
        if batch.on_commit is not None:
            batch.on_commit()

    async def _commit(self, tp: TopicPartition, records: list[Outgoing], next_offset: int) -> None:
        producer = self._producers[tp]
        timeout = self.settings.step_timeout_s

        stage = "metadata"

        async def transaction() -> None:
            nonlocal stage
            # Every topic's partitions known before the transaction begins: the sends below then only append,
            # and their partitions join the transaction in one AddPartitionsToTxn. Sends that each waited for
            # metadata (a topic this producer had not written yet, e.g. a new brand's alert topic) joined one by
            # one, and aiokafka 0.14's sender then sometimes never sent the batches (a stall until the timeout,
            # seen on fresh brokers; again after the retry with a new producer).
            # One metadata request for all the batch's topics the producer does not know yet (one a topic, each
            # with every topic known so far, cost the alerts service a sixth of its time on ~70 alert topics).
            topics = sorted({o.topic for o in records})
            unknown = [t for t in topics if producer.client.cluster.partitions_for_topic(t) is None]
            if unknown:
                await asyncio.gather(*(producer.client.add_topic(t) for t in unknown))
            for topic in topics:
                await producer.partitions_for(topic)
            stage = "begin"
            await producer.begin_transaction()
            try:
                stage = "send"
                futures = await _send_batches(producer, records, plain_below=self._plain_below,
                                              batch_bytes=self.settings.producer_batch_bytes)
                # the offsets join the transaction while the records are on their way (the producer adds the
                # partitions first, then the group): one wait for both instead of the acks, then two more round
                # trips (AddOffsetsToTxn, TxnOffsetCommit); the commit below still comes after all of them
                stage = "acks and offsets"
                await asyncio.gather(*futures, producer.send_offsets_to_transaction({tp: next_offset}, self.group_id))
            except BaseException as exc:  # cancelled (shutting down): abort briefly, the next owner fences anyway
                await _quietly(producer.abort_transaction(), 2.0 if isinstance(exc, asyncio.CancelledError) else timeout)
                raise
            stage = "commit"
            await producer.commit_transaction()

        try:
            await asyncio.wait_for(transaction(), timeout)
        except asyncio.TimeoutError as exc:
            raise TimeoutError(f"transaction of {len(records)} records timed out after {timeout:.0f} s at {stage}") from exc
        self._committed[tp] = next_offset

    async def _advance_idle(self, owned: set[TopicPartition]) -> None:
        """Commit the position of partitions whose position moved past our last commit without records
        (transaction markers), so that a caught-up group shows no lag."""
        behind = {}
        for tp in owned:
            if tp in self._fresh or tp in self._failures or tp not in self._producers or tp in self._in_flight:
                continue
            position = await self._consumer.position(tp)
            if position > self._committed.get(tp, position):
                behind[tp] = position
        # each partition has its own producer: their transactions at once, not one after the other
        await asyncio.gather(*(self._guard(tp, self._commit(tp, [], position)) for tp, position in behind.items()))


async def _send_batches(producer: AIOKafkaProducer, records: list[Outgoing], *, plain_below: int = 0,
                        batch_bytes: int = LoopSettings.producer_batch_bytes) -> list[asyncio.Future]:
    """Put `records` in flight in the open transaction, one record batch per partition (more when one is full),
    in their order within each partition; a future per batch. Partitions as `key_partitioner` picks them (the keys'
    murmur2 hashed for the whole batch at once: aiokafka's pure-Python murmur2 a fresh alert id was 3 % of the alerts
    service).

    Instead of `send` per record: its future, coroutine and partition lookup per record were a fifth of the
    alerts service's time (three records an alert). A record larger than the batch size goes alone in its batch.

    The partitions' batches are handed over side by side, not one partition after the other: aiokafka's `send_batch`
    waits until a partition's previous batch has left (one in flight a partition), so a partition with a second
    batch held back every partition after it by a produce round trip (issue 16: half of the alerts service's
    transaction time, 324 of 619 ms a transaction at load 14, was this wait).

    `plain_below`: a partition whose records' values come to fewer bytes goes in uncompressed record batches (Kafka's
    codec is a record batch's own attribute: a partition may hold both kinds, every client reads both), the others
    with the producer's compression; `batch_bytes` is the producer's max_batch_size (its transactional producers only:
    such a batch is made transactional, as aiokafka's create_batch does for them)."""
    cluster = producer.client.cluster
    by_partition: dict[tuple[str, int], list[Outgoing]] = {}
    partitions: dict[str, tuple[list[int], list[int]]] = {}
    keys = list({o.key for o in records if o.key is not None})
    hashes = dict(zip(keys, key_hashes(keys)))  # the batch's keys at once (an alert's key serves three records)
    for o in records:
        if o.topic not in partitions:
            partitions[o.topic] = (sorted(cluster.partitions_for_topic(o.topic)),
                                   list(cluster.available_partitions_for_topic(o.topic) or ()))
        every, available = partitions[o.topic]
        partition = key_partitioner(None, every, available) if o.key is None else every[hashes[o.key] % len(every)]
        by_partition.setdefault((o.topic, partition), []).append(o)

    async def one_partition(topic: str, partition: int, outgoing: list[Outgoing]) -> list[asyncio.Future]:
        futures = []
        plain = plain_below > 0 and sum(len(o.value or b"") for o in outgoing) < plain_below
        new_batch = functools.partial(BatchBuilder, batch_bytes, 0, is_transactional=True) if plain else \
            producer.create_batch
        batch = new_batch()
        for o in outgoing:
            headers = o.headers if o.headers is not None else []  # aiokafka's batch builder takes a list only
            if batch.append(key=o.key, value=o.value, timestamp=None, headers=headers) is None:  # full
                futures.append(await producer.send_batch(batch, topic, partition=partition))
                batch = new_batch()
                batch.append(key=o.key, value=o.value, timestamp=None, headers=headers)
        futures.append(await producer.send_batch(batch, topic, partition=partition))
        return futures

    sending = [asyncio.ensure_future(one_partition(topic, partition, outgoing))
               for (topic, partition), outgoing in by_partition.items()]
    try:
        sent = await asyncio.gather(*sending)
    except BaseException:  # one failed (or cancelled): stop the others; the caller aborts the transaction
        for task in sending:
            task.cancel()
        await asyncio.gather(*sending, return_exceptions=True)
        raise
    return [future for futures in sent for future in futures]


class _Listener(ConsumerRebalanceListener):
    def __init__(self, loop: TransactionalLoop) -> None:
        self._loop = loop

    async def on_partitions_revoked(self, revoked) -> None:
        await self._loop._revoked(set(revoked))

    async def on_partitions_assigned(self, assigned) -> None:
        await self._loop._assigned(set(assigned))


async def close_producer(producer: AIOKafkaProducer, timeout_s: float) -> None:
    """Stop `producer` for good: `stop()` (it flushes pending batches) within `timeout_s` seconds; past that (the
    broker away) its sender task is cancelled and its connections closed, so none of its batches is retried later
    beside the partition's next producer. Bytes already in the broker's socket are not taken back.

    aiokafka 0.14's `stop()` cut short by a timeout leaves the sender task (`producer._sender.sender_task`) running:
    it kept retrying an aborted transaction's batches into the broker once the broker was back, beside the new
    producer (tests/faults/test_broker.py, the frozen broker). Never raises.
    """
    try:
        await asyncio.wait_for(producer.stop(), timeout_s)
        return
    except Exception:
        pass
    sender = producer._sender.sender_task if producer._sender is not None else None
    if sender is not None:
        sender.cancel()  # it then waits for its in-flight requests: closing the connections below fails them
    await _quietly(producer.client.close(), 5.0)  # its connections are closed at once; a TLS goodbye may wait
    for _ in range(10):  # a request failed by the close may wait on a metadata update that never comes: cancel again
        if sender is None or sender.done():
            return
        sender.cancel()
        await asyncio.wait([sender], timeout=0.5)


async def _quietly(step: Awaitable, timeout_s: float) -> None:
    try:
        await asyncio.wait_for(step, timeout_s)
    except Exception:
        pass
