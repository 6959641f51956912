"""The transactional loop's batching, without a broker: which record batches are compressed (`_send_batches`), and
how a poll's records are topped up partition by partition (`TransactionalLoop._top_up`). Issue 16."""

import asyncio
import struct

from aiokafka import TopicPartition
from aiokafka.producer.message_accumulator import BatchBuilder
from aiokafka.record.default_records import DefaultRecordBatch

from brandsentry.transactions import LoopSettings, Outgoing, TransactionalLoop, _send_batches

ZSTD = 4  # Kafka's codec id in a record batch's attributes


class _Cluster:
    def partitions_for_topic(self, topic):
        return {0}

    def available_partitions_for_topic(self, topic):
        return {0}


class _Producer:
    """What _send_batches uses of an AIOKafkaProducer: its cluster, create_batch (zstd) and send_batch."""

    def __init__(self) -> None:
        self.client = type("C", (), {"cluster": _Cluster()})()
        self.sent: list[tuple[str, BatchBuilder]] = []

    def create_batch(self) -> BatchBuilder:
        return BatchBuilder(1_000_000, ZSTD, is_transactional=True)

    async def send_batch(self, batch, topic, *, partition):
        self.sent.append((topic, batch))
        future = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


def _codec(batch: BatchBuilder) -> int:
    batch._set_producer_state(1, 0, 0)
    raw = bytes(batch._build())
    assert DefaultRecordBatch(raw).validate_crc()
    return struct.unpack_from(">h", raw, 21)[0] & 0x07  # v2 header: attributes after the CRC


async def test_small_record_batches_go_uncompressed_and_large_ones_compressed() -> None:
    value = b'{"alert_id":"x","match":{}}' * 100  # 2.7 KB
    records = [Outgoing("alerts.brand.bose", value, b"k1")] * 3 + [Outgoing("alert-events", value, b"k2")] * 30
    producer = _Producer()
    futures = await _send_batches(producer, records, plain_below=32 * 1024)
    assert len(futures) == 2
    codecs = {topic: _codec(batch) for topic, batch in producer.sent}
    assert codecs == {"alerts.brand.bose": 0, "alert-events": ZSTD}
    assert [batch.record_count() for _, batch in producer.sent] == [3, 30]

    producer = _Producer()  # plain_below 0 (a loop without compression_type): every batch as the producer makes it
    await _send_batches(producer, records)
    assert {topic: _codec(batch) for topic, batch in producer.sent} == {"alerts.brand.bose": ZSTD, "alert-events": ZSTD}


def test_only_a_compressing_loop_sends_small_batches_plain() -> None:
    def loop(settings: LoopSettings) -> TransactionalLoop:
        return TransactionalLoop(kafka=None, topic="t", group_id="g", client_id="c", handle=None, log=None,
                                 settings=settings)
    assert loop(LoopSettings())._plain_below == 0
    assert loop(LoopSettings(compression_type="zstd"))._plain_below == LoopSettings.compress_min_bytes


class _Consumer:
    """Records fetched already, per partition; getmany(tp) takes up to max_records of one partition, in order."""

    def __init__(self, fetched: dict[TopicPartition, list[int]]) -> None:
        self.fetched = fetched

    def assignment(self):
        return set(self.fetched)

    async def getmany(self, *partitions, timeout_ms=0, max_records=None):
        (tp,) = partitions
        taken, self.fetched[tp] = self.fetched[tp][:max_records], self.fetched[tp][max_records:]
        return {tp: taken} if taken else {}


async def test_a_poll_is_topped_up_to_batch_max_a_partition_from_what_is_fetched() -> None:
    a, b, c, fresh = (TopicPartition("matches", p) for p in range(4))
    loop = TransactionalLoop(kafka=None, topic="matches", group_id="g", client_id="c", handle=None, log=None,
                             settings=LoopSettings(batch_max=10, batch_per_partition=True))
    loop._fresh.add(fresh)
    consumer = _Consumer({a: list(range(5, 20)), b: list(range(100, 103)), c: [], fresh: [7, 8]})
    batches = {a: list(range(5))}  # what getmany(max_records=10) gave: 5 of a's, then it stopped
    await loop._top_up(consumer, batches)
    assert batches == {a: list(range(10)), b: [100, 101, 102]}  # a in order up to 10; nothing of c; fresh left alone
    assert consumer.fetched[a] == list(range(10, 20)) and consumer.fetched[fresh] == [7, 8]
