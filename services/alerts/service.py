"""The alerts service's Kafka and Redis edge: matches in; alerts out on the working-group and brand topics.

At least once, never doubled: an alert id is a hash of brand and listing; Redis remembers
which ids were published; offsets are committed only after the alerts are on Kafka. A crash
between publishing and remembering republishes the same alert id, which every consumer
(and the compacted alert-events topic) treats as the same alert.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

from aiokafka import AIOKafkaConsumer
from pydantic import ValidationError
from redis.asyncio import Redis

from brandsentry.kafka import JsonProducer, dead_letter_headers, ensure_topics
from brandsentry.metrics import DEAD_LETTERS
from schemas import Alert, Match
from services.alerts import metrics
from services.alerts.core import new_alert, seller_ref, suppressed, suppression_keys
from services.alerts.settings import AlertsSettings


class AlertsService:
    def __init__(self, settings: AlertsSettings, log) -> None:
        self.settings = settings
        self.topics = settings.topics
        self._log = log
        self.redis = Redis.from_url(settings.redis.url)
        self.producer = JsonProducer(settings.kafka, client_id="brandsentry-alerts")
        self._known_topics: set[str] = set()
        self.consumer = AIOKafkaConsumer(
            self.topics.matches,
            bootstrap_servers=settings.kafka.bootstrap_servers,
            group_id=f"{self.topics.topic_prefix}{settings.group_id}",
            client_id="brandsentry-alerts",
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )

    def _key(self, *parts: str) -> str:
        return ":".join([f"{self.topics.topic_prefix}alerts", *parts])

    async def start(self) -> None:
        await ensure_topics(self.settings.kafka, self.topics.core())
        await self.producer.start()
        await self.consumer.start()

    async def stop(self) -> None:
        await self.consumer.stop()
        await self.producer.stop()
        await self.redis.aclose()

    async def run(self) -> None:
        while True:
            batches = await self.consumer.getmany(timeout_ms=500, max_records=500)
            for records in batches.values():
                for record in records:
                    await self.handle(record.key, record.value)
            if batches:
                await self.consumer.commit()

    async def handle(self, key: bytes | None, raw: bytes) -> Alert | None:
        try:
            match = Match.model_validate_json(raw)
        except ValidationError as exc:
            headers = dead_letter_headers(reason="schema_violation", stage="alerts", source="matches", detail=str(exc)[:4000])
            await self.producer.send(self.topics.matches_dlq, raw, key=key.decode() if key else None, headers=headers)
            DEAD_LETTERS.labels(self.topics.matches_dlq, "alerts", "schema_violation").inc()
            self._log.warning("invalid match dead-lettered")
            return None
        return await self.raise_alert(match)

    async def raise_alert(self, match: Match) -> Alert | None:
        log = self._log.bind(listing_key=match.listing_key, brand_id=match.brand_id)
        now = datetime.now(timezone.utc)
        if await self._suppressed(match):
            log.info("match suppressed by the brand's not-infringing decision")
            return None
        seen_key = self._key("seen", match.brand_id, match.listing_key)
        if await self.redis.exists(seen_key):
            metrics.REPEATS.inc()
            log.info("repeat match dropped")
            return None
        seller_key = self._key("seller", match.brand_id, seller_ref(match))
        alert = new_alert(match, self.topics, now=now, seller_prior_alerts=await self.redis.scard(seller_key))
        await self._ensure(alert.routed_to)
        await self.producer.send_all(
            [(topic, alert, alert.alert_id) for topic in alert.routed_to]
            + [(self.topics.alert_events, alert, alert.alert_id)]
        )
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(seen_key, alert.alert_id, ex=self.settings.seen_ttl_s)
            pipe.sadd(seller_key, alert.alert_id)
            await pipe.execute()
        metrics.ALERTS.labels(alert.iwg, alert.severity.value).inc()
        if match.ingested_at:
            metrics.END_TO_END_SECONDS.observe((datetime.now(timezone.utc) - match.ingested_at).total_seconds())
        log.info("alert raised", alert_id=alert.alert_id, severity=alert.severity.value, routed_to=alert.routed_to)
        return alert

    async def _suppressed(self, match: Match) -> bool:
        """The brand said "not infringing" for this listing, or for this seller with every mark that matched."""
        listing_key, mark_keys = suppression_keys(match, self.topics.topic_prefix)
        hits = await self.redis.mget([listing_key, *mark_keys])
        return suppressed(hits[0] is not None, [h is not None for h in hits[1:]])

    async def _ensure(self, topics: list[str]) -> None:
        missing = [t for t in topics if t not in self._known_topics]
        if missing:
            await ensure_topics(self.settings.kafka, {t: {} for t in missing})
            self._known_topics.update(missing)
