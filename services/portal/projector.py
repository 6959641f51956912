"""The projector: reads the portal's topics from the beginning and keeps its views current.

In memory (like every matcher worker): the registry (fingerprints topic), registry history
(registry-changes), webhook subscriptions (webhooks) and brands' precision settings (precision-settings).
In Redis (`view.py`): API keys, alerts (alert-events), suppressions, test buys (test-buys) and rescans' statuses
(rescans). No consumer group: every portal process reads every
partition, so every replica holds the same state. A write waits until the projector has applied
its own record (`wait_applied`), so a client reads what it just wrote.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.structs import RecordMetadata
from pydantic import ValidationError
from redis.exceptions import RedisError

from brandsentry.kafka import client_kwargs, topic_partitions
from brandsentry.settings import KafkaSettings
from brandsentry.registry import Registry, decode_record
from schemas import Alert
from schemas.portal import (ApiKeyRecord, PrecisionSettings, RegistryChange, StoredWebhookSubscription, Suppression,
                            TestBuy, WebhookSubscriptionRecord)
from services.portal import metrics
from services.portal.exceptions import NotReady
from services.portal.secretbox import SecretBox
from services.portal.settings import PortalTopics
from services.portal.view import APPLIED_NEW, APPLIED_UPDATE, View

AlertListener = Callable[[Alert, bool], None]  # (alert, is_new)


class Projector:
    def __init__(self, *, kafka: KafkaSettings, topics: PortalTopics, view: View, log,
                 secrets: SecretBox | None = None) -> None:
        self._kafka = kafka
        self._secrets = secrets
        self.topics = topics
        self.view = view
        self._log = log
        self.registry = Registry()
        self.registry_version = 0  # fingerprints records applied to `registry`: names its state (rescan's index cache)
        self.history: dict[str, list[RegistryChange]] = defaultdict(list)
        self.webhooks: dict[str, WebhookSubscriptionRecord] = {}
        self.precision_settings: dict[str, PrecisionSettings] = {}
        self.caught_up = asyncio.Event()
        self._positions: dict[TopicPartition, int] = {}
        self._progress = asyncio.Condition()
        self._listeners: list[AlertListener] = []
        self._key_listeners: list[Callable[[str], None]] = []
        self.applied = 0
        self.rebuild_check_s = 2.0  # how often the view's generation key in Redis is checked (0: never)
        self.keeps_view = True  # False: memory only (ingest's key follower), Redis left to the portal
        self.skipped = 0
        self.waiting_for_redis: str | None = None  # why the view is held (Redis away or full), for /readyz
        self.redis_retry_s = 1.0  # how often a write Redis refused is tried again
        self._handlers: dict[str, Callable[[list[ConsumerRecord]], Awaitable[None]]] = {
            topics.shared.fingerprints: self._registry,
            topics.registry_changes: self._changes,
            topics.webhooks: self._webhooks,
            topics.api_keys: self._keys,
            topics.suppressions: self._suppressions,
            topics.test_buys: self._test_buys,
            topics.precision_settings: self._precision_settings,
            topics.rescans: self._rescans,
            topics.shared.alert_events: self._alerts,
        }

    def on_alert(self, listener: AlertListener) -> None:
        """Call `listener(alert, is_new)` for every alert snapshot applied after catching up (live stream)."""
        self._listeners.append(listener)

    def keys_only(self) -> "Projector":
        """Follow only the api-keys topic, into memory (ingest's key gate); never write, mark nor rebuild the
        portal's view in Redis, which is the portal's."""
        self._handlers = {self.topics.api_keys: self._keys}
        self.rebuild_check_s, self.keeps_view = 0, False
        return self

    def on_key_revoked(self, listener: Callable[[str], None]) -> None:
        """Call `listener(key_id)` whenever a key is revoked or deleted (its open streams end)."""
        self._key_listeners.append(listener)

    async def run(self, *, once: bool = False) -> None:
        """Apply records forever (or, with `once`, until the end offsets seen at start)."""
        consumer = AIOKafkaConsumer(bootstrap_servers=self._kafka.bootstrap_servers, group_id=None, enable_auto_commit=False,
                                    client_id="brandsentry-portal-projector", isolation_level="read_committed",
                                    **client_kwargs(self._kafka))
        await consumer.start()
        try:
            parts = [TopicPartition(t, p) for t in self._handlers for p in await topic_partitions(consumer, t)]
            consumer.assign(parts)
            await consumer.seek_to_beginning(*parts)
            end = await consumer.end_offsets(parts)
            if self.keeps_view:
                await self._until_redis("marking the view", self.view.set_generation)
            next_check = time.monotonic() + self.rebuild_check_s
            while True:
                if self.rebuild_check_s and time.monotonic() >= next_check:
                    next_check = time.monotonic() + self.rebuild_check_s
                    if not await self._view_present():
                        end = await self._rebuild(consumer, parts)
                if not self.caught_up.is_set() and await _reached(consumer, end):
                    self.caught_up.set()
                    self._log.info("portal view caught up", records=self.applied, alerts=await self._alert_count())
                    if once:
                        return
                batches = await consumer.getmany(timeout_ms=200, max_records=2000)
                for tp, records in batches.items():
                    await self._apply(tp, records)
                    self.applied += len(records)
                    async with self._progress:
                        self._positions[tp] = records[-1].offset + 1
                        self._progress.notify_all()
        finally:
            await consumer.stop()

    async def _apply(self, tp: TopicPartition, records: list[ConsumerRecord]) -> None:
        """Apply a batch; when it fails, apply its records one by one and skip (count, log) the ones that fail:
        a record that is not what its topic promises never kills the projector nor hides its neighbours."""
        handler = self._handlers[tp.topic]
        try:  # Redis away or full: wait for it, the records are applied late rather than skipped
            await self._until_redis(f"applying {tp.topic}", lambda: handler(records))
            return
        except Exception:
            pass
        for r in records:
            try:
                await self._until_redis(f"applying {tp.topic}", lambda r=r: handler([r]))
            except Exception as exc:
                self.skipped += 1
                metrics.PROJECTOR_SKIPPED.labels(tp.topic).inc()
                self._log.error("bad record skipped", topic=tp.topic, partition=tp.partition, offset=r.offset,
                                error=f"{type(exc).__name__}: {str(exc)[:300]}")

    async def _alert_count(self) -> int | None:
        """Alerts in the view (for the log), None when this projector keeps no view or Redis does not answer."""
        if not self.keeps_view:
            return None
        try:
            return await self.view.count(self.view.index_name("all", None))
        except (RedisError, OSError):
            return None

    async def _until_redis(self, doing: str, call: Callable[[], Awaitable[None]]) -> None:
        """`await call()` until Redis lets it through: away (connection refused, a timeout) or full (maxmemory
        reached: "OOM command not allowed") is waited out, every second, with the reason in `waiting_for_redis`
        (the portal's /readyz). Any other error is raised. A write Redis refused during a rebuild once killed the
        projector's task for good: the portal listed nothing and answered 503 until restarted (faults56)."""
        while True:
            try:
                await call()
                self.waiting_for_redis = None
                return
            except RedisError as exc:  # (redis-py raises its own ConnectionError and TimeoutError for the socket's)
                reason = f"{doing}: {type(exc).__name__}: {str(exc)[:120]}"
                if reason != self.waiting_for_redis:
                    self._log.warning("projector waits for Redis", doing=doing, error=type(exc).__name__,
                                      detail=str(exc)[:200])
                self.waiting_for_redis = reason
                await asyncio.sleep(self.redis_retry_s)

    async def _view_present(self) -> bool:
        """False when Redis lost the view (no generation key); True when it holds it, or cannot be asked."""
        try:
            return await self.view.generation() is not None
        except (RedisError, OSError):
            return True  # Redis away: nothing to rebuild into yet; checked again shortly

    async def _rebuild(self, consumer: AIOKafkaConsumer, parts: list[TopicPartition]) -> dict[TopicPartition, int]:
        """Redis lost the view (FLUSHALL, a restart without persistence): replay the topics whose state lives in
        Redis (api-keys, suppressions, alert-events, test-buys) from the beginning. Meanwhile /readyz says "not caught up",
        and the live stream is quiet (listeners fire only once caught up), so no old alert is announced again."""
        self._log.warning("portal view: Redis lost it (generation key missing); rebuilding from Kafka")
        self.caught_up.clear()

        async def fresh_view() -> None:
            await self.view.wipe()
            await self.view.set_generation()

        await self._until_redis("rebuilding the view", fresh_view)
        in_redis = {self.topics.api_keys, self.topics.suppressions, self.topics.shared.alert_events,
                    self.topics.test_buys, self.topics.rescans}
        await consumer.seek_to_beginning(*[tp for tp in parts if tp.topic in in_redis])
        return await consumer.end_offsets(parts)

    async def wait_applied(self, metas: list[RecordMetadata], timeout_s: float) -> None:
        """Wait until every record the caller wrote is in the view."""
        def done() -> bool:
            return all(self._positions.get(TopicPartition(m.topic, m.partition), 0) > m.offset for m in metas)

        try:
            async with self._progress:
                await asyncio.wait_for(self._progress.wait_for(done), timeout_s)
        except TimeoutError as exc:
            raise NotReady("the change is on Kafka but the view has not shown it yet; read again shortly") from exc

    # ------------------------------------------------------------------ handlers

    async def _registry(self, records: list[ConsumerRecord]) -> None:
        for r in records:
            if r.key is None:
                continue
            try:
                self.registry.apply(r.key.decode(), decode_record(r.value))
                self.registry_version += 1
            except (ValidationError, ValueError) as exc:
                self.skipped += 1
                metrics.PROJECTOR_SKIPPED.labels(r.topic).inc()
                self._log.error("bad fingerprints record skipped", key=r.key.decode(errors="replace"),
                                error=str(exc)[:300])

    async def _changes(self, records: list[ConsumerRecord]) -> None:
        changes = [RegistryChange.model_validate_json(r.value) for r in records if r.value is not None]
        for change in changes:  # all validated first: a batch retried record by record appends nothing twice
            self.history[change.fingerprint_id or change.key].append(change)

    async def _webhooks(self, records: list[ConsumerRecord]) -> None:
        for r in records:
            ident = r.key.decode() if r.key else None
            if r.value is None:
                self.webhooks.pop(ident, None)
                continue
            if self._secrets is None:
                continue  # a projector without the secrets key (rebuild-view) does not keep subscriptions
            sub = self._secrets.open(StoredWebhookSubscription.model_validate_json(r.value))
            if ident is not None and ident != sub.id:
                raise ValueError(f"webhooks record keyed {ident!r} holds subscription {sub.id!r}")
            self.webhooks[sub.id] = sub

    async def _keys(self, records: list[ConsumerRecord]) -> None:
        for r in records:
            key_id = r.key.decode() if r.key else None
            record = None if r.value is None else ApiKeyRecord.model_validate_json(r.value)
            self.view.remember_key(record, record.key_id if record else key_id)
            if self.keeps_view:
                await self.view.apply_key(record, record.key_id if record else key_id)
            if record is None or record.revoked:
                for listener in self._key_listeners:
                    listener(record.key_id if record else key_id)

    async def _suppressions(self, records: list[ConsumerRecord]) -> None:
        for r in records:
            if r.value is None:
                continue  # suppressions are lifted (lifted: true), never deleted
            await self.view.apply_suppression(Suppression.model_validate_json(r.value), r.key.decode())

    async def _test_buys(self, records: list[ConsumerRecord]) -> None:
        for r in records:
            if r.value is not None:
                await self.view.apply_test_buy(TestBuy.model_validate_json(r.value))

    async def _precision_settings(self, records: list[ConsumerRecord]) -> None:
        for r in records:
            if r.value is not None:
                chosen = PrecisionSettings.model_validate_json(r.value)
                self.precision_settings[chosen.brand_id] = chosen

    async def _rescans(self, records: list[ConsumerRecord]) -> None:
        from services.portal.rescan import RescanStatus

        for r in records:
            if r.value is not None:
                status = RescanStatus.model_validate_json(r.value)
                await self.view.apply_rescan(r.value, status.id, status.brand_id, status.started_at.timestamp(),
                                             status.state == "running")

    async def _alerts(self, records: list[ConsumerRecord]) -> None:
        batch = []
        for r in records:
            if r.value is None:
                continue
            try:
                batch.append((Alert.model_validate_json(r.value), r.value, r.offset))
            except ValidationError as exc:
                self.skipped += 1
                metrics.PROJECTOR_SKIPPED.labels(r.topic).inc()
                self._log.error("bad alert-events record skipped", offset=r.offset, error=str(exc)[:500])
        results = await self.view.apply_alerts(batch)
        if self.caught_up.is_set():
            for (alert, _, _), result in zip(batch, results):
                if result in (APPLIED_NEW, APPLIED_UPDATE):
                    for listener in self._listeners:
                        listener(alert, result == APPLIED_NEW)


async def _reached(consumer: AIOKafkaConsumer, end: dict[TopicPartition, int]) -> bool:
    for tp, offset in end.items():
        if await consumer.position(tp) < offset:
            return False
    return True
