"""Every matcher worker reads the whole fingerprints topic (like a global table) and keeps its index current.

No consumer group: each worker assigns itself every partition from the beginning,
so all workers see the same records in the same order and build the same index.
The index version is the number of records applied, the same on every worker.
"""

from __future__ import annotations

import asyncio
import gc
import time

from aiokafka import AIOKafkaConsumer, TopicPartition

from brandsentry.kafka import topic_partitions
from brandsentry.registry import Registry, decode_record
from services.matcher import metrics
from services.matcher.core import MatcherIndex
from services.matcher.settings import MatcherSettings


class FingerprintFeed:
    def __init__(self, settings: MatcherSettings, log) -> None:
        self._settings = settings
        self._log = log
        self.registry = Registry()
        self.index: MatcherIndex | None = None
        self.loaded = asyncio.Event()
        self._applied = 0
        self._consumer: AIOKafkaConsumer | None = None

    async def run(self) -> None:
        topic = self._settings.topics.fingerprints
        self._consumer = consumer = AIOKafkaConsumer(
            bootstrap_servers=self._settings.kafka.bootstrap_servers,
            client_id=f"{self._settings.app_id}-fingerprints",
            enable_auto_commit=False,
            group_id=None,
        )
        await consumer.start()
        try:
            partitions = [TopicPartition(topic, p) for p in await topic_partitions(consumer, topic)]
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            end = await consumer.end_offsets(partitions)
            caught_up = await self._reached(consumer, end)
            dirty = False
            while True:
                batches = await consumer.getmany(timeout_ms=int(self._settings.rebuild_debounce_s * 1000) or 100)
                for records in batches.values():
                    for record in records:
                        self._apply(record.key, record.value)
                        dirty = True
                if not caught_up:
                    caught_up = await self._reached(consumer, end)
                    if not caught_up:
                        continue
                if dirty or self.index is None:
                    await self._rebuild()
                    dirty = False
                    self.loaded.set()
        finally:
            await consumer.stop()

    @staticmethod
    async def _reached(consumer: AIOKafkaConsumer, end: dict[TopicPartition, int]) -> bool:
        for tp, offset in end.items():
            if await consumer.position(tp) < offset:
                return False
        return True

    def _apply(self, key: bytes | None, value: bytes | None) -> None:
        if key is None:
            return
        try:
            self.registry.apply(key.decode(), decode_record(value))
            self._applied += 1
        except Exception as exc:  # one bad registry record must not stop every worker
            self._log.error("bad fingerprints record skipped", key=key.decode(errors="replace"), error=str(exc))

    async def _rebuild(self) -> None:
        started = time.perf_counter()
        snapshot = Registry(
            working_groups=dict(self.registry.working_groups),
            brands=dict(self.registry.brands),
            fingerprints=dict(self.registry.fingerprints),
        )
        self.index = await asyncio.to_thread(MatcherIndex.build, snapshot, version=self._applied)
        # the index is millions of long-lived objects: keep the cyclic GC from walking them on every collection
        gc.freeze()
        seconds = time.perf_counter() - started
        metrics.INDEX_BUILD_SECONDS.observe(seconds)
        metrics.INDEX_VERSION.set(self._applied)
        metrics.INDEX_BRANDS.set(len(snapshot.brands))
        metrics.INDEX_FINGERPRINTS.set(len(snapshot.fingerprints))
        self._log.info("fingerprint index built", index_version=self._applied, brands=len(snapshot.brands),
                       fingerprints=len(snapshot.fingerprints), seconds=round(seconds, 3))
