"""The Kafka ceiling's worker: copy one topic to another as the matcher's loop does, with no work in between.

    python -m bench.ceiling SOURCE DESTINATION GROUP [--batch-max 500]
    (or BENCH_CEILING="SOURCE DESTINATION GROUP BATCH_MAX" in the environment, as bench.e2e starts it)

Run by `python -m bench.e2e` as its own process (as the matcher is), with the KAFKA_* settings of the
cluster it measures (the stack's SASL_SSL admin, or a throwaway PLAINTEXT broker). The same durability
as brandsentry/transactions.py: a read_committed consumer without auto-commit; per input partition a
transactional producer (id `<group>.<topic>.<partition>`, idempotent, acks=all, linger 5 ms); each
partition's batch (at most `--batch-max` records a poll, the matcher's MATCHER_BATCH_MAX by default)
sent, acknowledged and its offsets committed in one transaction. Prints "ready" once its producers'
partitions are assigned and stops on SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from brandsentry.kafka import client_kwargs
from brandsentry.settings import KafkaSettings


async def copy(source: str, destination: str, group: str, batch_max: int) -> None:
    kafka = KafkaSettings()
    common = {"bootstrap_servers": kafka.bootstrap_servers, **client_kwargs(kafka)}
    consumer = AIOKafkaConsumer(source, group_id=group, enable_auto_commit=False, auto_offset_reset="earliest",
                                isolation_level="read_committed", max_poll_records=batch_max, **common)
    producers: dict[TopicPartition, AIOKafkaProducer] = {}

    async def producer_for(tp: TopicPartition) -> AIOKafkaProducer:
        if tp not in producers:
            producer = AIOKafkaProducer(transactional_id=f"{group}.{tp.topic}.{tp.partition}", enable_idempotence=True,
                                        acks="all", linger_ms=5, **common)
            await producer.start()
            await producer.partitions_for(destination)
            producers[tp] = producer
        return producers[tp]

    async def transact(tp: TopicPartition, records) -> None:
        producer = producers[tp]
        await producer.begin_transaction()
        futures = [await producer.send(destination, r.value, key=r.key, headers=list(r.headers or ())) for r in records]
        await asyncio.gather(*futures)
        await producer.send_offsets_to_transaction({tp: records[-1].offset + 1}, group)
        await producer.commit_transaction()

    await consumer.start()
    try:
        while not consumer.assignment():
            await consumer.getmany(timeout_ms=100, max_records=1)  # joins the group; the topic is empty yet
        for tp in consumer.assignment():
            await producer_for(tp)
        print("ready", flush=True)
        while True:
            batches = await consumer.getmany(timeout_ms=100, max_records=batch_max)
            await asyncio.gather(*(producer_for(tp) for tp in batches))
            await asyncio.gather(*(transact(tp, rs) for tp, rs in batches.items() if rs))
    finally:
        await asyncio.gather(*(p.stop() for p in producers.values()), return_exceptions=True)
        await consumer.stop()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.ceiling", description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("destination")
    parser.add_argument("group")
    parser.add_argument("--batch-max", type=int, default=500)
    from_env = os.environ.get("BENCH_CEILING", "").split()
    args = parser.parse_args(sys.argv[1:] or [*from_env[:3], *(["--batch-max", from_env[3]] if len(from_env) > 3 else [])])

    async def run() -> None:
        task = asyncio.ensure_future(copy(args.source, args.destination, args.group, args.batch_max))
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, task.cancel)
        try:
            await task
        except asyncio.CancelledError:
            pass

    asyncio.run(run())


if __name__ == "__main__":
    main()
