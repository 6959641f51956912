"""Every matcher worker reads the whole fingerprints topic (like a global table) and keeps its index current.

No consumer group: each worker assigns itself every partition from the beginning,
so all workers see the same records in the same order and build the same index.
The index version is the number of records applied, the same on every worker.

A change is applied by building the full index again at once, the old one serving meanwhile, while a full build is
quick (under MATCHER_OVERLAY_MIN_BUILD_S, 10 s: 1.5 CPU-s at the 54 demo brands, 5.2 at 1,000 synthetic brands, 2026-12-06).
A full index takes a while to build at scale (half a minute at 100,000 brands), so there a change
to a few brands is applied at once with a small index for just those brands on top of the
full one (core/layers.py), and the full index is rebuilt in the background a
little later (MATCHER_CONSOLIDATE_AFTER_S). The small index knows only the changed brands' fingerprints, so until
then the rules that leave a listing to the brand another brand's fingerprints say it is of do not run for them
(tenant57: a Louis Vuitton change alerted Louis Vuitton on a Michael Kors bag; the full index's verdict is the right
one). A working-group change, or many changed brands, rebuild the full index at once.
"""

from __future__ import annotations

import asyncio
import gc
import time

from aiokafka import AIOKafkaConsumer, TopicPartition

from brandsentry.kafka import client_kwargs, topic_partitions
from brandsentry.registry import Registry, decode_record
from services.matcher import metrics
from services.matcher.core import LayeredIndex, MatcherIndex
from services.matcher.settings import MatcherSettings


class FingerprintFeed:
    def __init__(self, settings: MatcherSettings, log) -> None:
        self._settings = settings
        self._log = log
        self.registry = Registry()
        self.index: MatcherIndex | LayeredIndex | None = None
        self.loaded = asyncio.Event()
        self._applied = 0
        self._consumer: AIOKafkaConsumer | None = None
        self._base: MatcherIndex | None = None
        self._changed: set[str] = set()  # brands changed since the base index's snapshot
        self._changed_since_snapshot: set[str] | None = None  # ... since the snapshot of a base being built
        self._structural = False  # a working group changed: only a full build applies it
        self._generation = 0  # of base builds; a build finishing after a newer one started is dropped
        self._consolidation: asyncio.Task | None = None
        self._installed_version = -1
        self._last_build_s = 0.0  # wall seconds of the last full build (_rebuild_at_once)
        self._last_build_end = 0.0  # time.monotonic() when it ended

    async def run(self) -> None:
        """Follow the fingerprints topic forever; after a failure (Kafka away), read it again from the
        beginning into a fresh registry, serving the index in hand meanwhile."""
        delay = 0.5
        while True:
            try:
                await self._follow()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._log.warning("fingerprint feed failed; reading it again", error=f"{type(exc).__name__}: {exc}",
                                  retry_in_s=round(delay, 1))
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)
                self.registry, self._applied, self._base, self._changed = Registry(), 0, None, set()
                self._installed_version = -1

    async def _follow(self) -> None:
        topic = self._settings.topics.fingerprints
        self._consumer = consumer = AIOKafkaConsumer(
            bootstrap_servers=self._settings.kafka.bootstrap_servers,
            **client_kwargs(self._settings.kafka),
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
                    await self._refresh()
                    dirty = False
                    self.loaded.set()
        finally:
            if self._consolidation is not None:
                self._consolidation.cancel()
            await consumer.stop()

    async def _refresh(self) -> None:
        """Serve the records applied so far: a full build at once, or the changed brands on top of the full index
        and a full build a while later (_rebuild_at_once)."""
        if self._rebuild_at_once():
            # at most half a core on full builds however fast a tenant keeps changing its fingerprints: the next build
            # starts no sooner than the last one took after it ended (changes meanwhile gather into it)
            await asyncio.sleep(max(0.0, self._last_build_end + self._last_build_s - time.monotonic()))
            await self._build_base()
        else:
            await self._install()
            if self._consolidation is None or self._consolidation.done():
                self._consolidation = asyncio.ensure_future(self._consolidate())

    def _rebuild_at_once(self) -> bool:
        """A full build now rather than the changed brands layered on the full index: none yet, a working group
        changed, too many brands changed, or a full build is quick enough to give the full index's verdicts at once."""
        return (self._base is None or self._structural or len(self._changed) > self._settings.overlay_max_brands
                or self._last_build_s < self._settings.overlay_min_build_s)

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
            kind, _, ident = key.decode().partition(":")
            if kind in ("brand", "fp"):
                brand = ident.partition(":")[0]
                self._changed.add(brand)
                if self._changed_since_snapshot is not None:
                    self._changed_since_snapshot.add(brand)
            else:
                self._structural = True
        except Exception as exc:  # one bad registry record must not stop every worker
            self._log.error("bad fingerprints record skipped", key=key.decode(errors="replace"), error=str(exc))

    def _snapshot(self) -> Registry:
        return Registry(working_groups=dict(self.registry.working_groups), brands=dict(self.registry.brands),
                        fingerprints=dict(self.registry.fingerprints))

    async def _build_base(self) -> None:
        """A full index from a snapshot of the registry; changes applied meanwhile go on top of it."""
        self._generation += 1
        generation, version, snapshot = self._generation, self._applied, self._snapshot()
        self._changed_since_snapshot, self._structural = set(), False
        started = time.perf_counter()
        base = await asyncio.to_thread(MatcherIndex.build, snapshot, version=version)
        if generation != self._generation:
            return  # a newer build started while this one ran
        # the index is millions of long-lived objects: keep the cyclic GC from walking them on every collection
        gc.freeze()
        self._base, self._changed, self._changed_since_snapshot = base, self._changed_since_snapshot, None
        seconds = self._last_build_s = time.perf_counter() - started
        self._last_build_end = time.monotonic()
        metrics.INDEX_BUILD_SECONDS.observe(seconds)
        metrics.INDEX_BRANDS.set(len(snapshot.brands))
        metrics.INDEX_FINGERPRINTS.set(len(snapshot.fingerprints))
        self._log.info("fingerprint index built", index_version=version, brands=len(snapshot.brands),
                       fingerprints=len(snapshot.fingerprints), seconds=round(seconds, 3))
        await self._install()

    async def _install(self) -> None:
        """Serve the base index, with the brands changed since its snapshot on top (built in a thread:
        a fraction of a second at 100,000 brands, which the event loop should not wait out)."""
        base, changed, version = self._base, set(self._changed), self._applied
        if not changed:
            index = base
        else:
            started = time.perf_counter()
            index = await asyncio.to_thread(LayeredIndex, base, self._snapshot(), changed, version=version)
            self._log.info("fingerprint changes applied", index_version=version, changed_brands=len(changed),
                           seconds=round(time.perf_counter() - started, 3))
        if version >= self._installed_version:  # a consolidation and a change may finish in either order
            self.index, self._installed_version = index, version
            metrics.INDEX_VERSION.set(version)

    async def _consolidate(self) -> None:
        """Fold the changed brands into a new full index, a while after the first change."""
        await asyncio.sleep(self._settings.consolidate_after_s)
        await self._build_base()
