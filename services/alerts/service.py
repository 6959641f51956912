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

from brandsentry.kafka import JsonProducer, client_kwargs, dead_letter_headers, ensure_topics
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
            **client_kwargs(settings.kafka),
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
        self._known_topics.update(await self.consumer.topics())  # the per-brand topics that exist already
        await self.producer.track(t for t in self._known_topics if t.startswith(
            (self.topics.alerts_iwg_prefix, self.topics.alerts_brand_prefix, self.topics.alert_events)))

    async def stop(self) -> None:
        await self.consumer.stop()
        await self.producer.stop()
        await self.redis.aclose()

    async def run(self) -> None:
        while True:
            batches = await self.consumer.getmany(timeout_ms=500, max_records=500)
            records = [record for batch in batches.values() for record in batch]
            if records:
                await self.process([(r.key, r.value) for r in records])
                await self.consumer.commit()

    async def process(self, records: list[tuple[bytes | None, bytes]]) -> list[Alert]:
        """Raise the alerts of one poll together: one Redis round trip to decide, all sends in flight
        at once, then Redis remembers them."""
        matches = [m for m in [await self._parse(key, raw) for key, raw in records] if m is not None]
        alerts: list[Alert] = []
        in_batch: set[str] = set()
        sends = []
        for match, state in zip(matches, await self._redis_state(matches)):
            alert = self._new_alert(match, state, alerts, in_batch)
            if alert is None:
                continue
            await self._ensure(alert.routed_to)
            payload = alert.model_dump_json().encode()  # once for its three topics
            for topic in [*alert.routed_to, self.topics.alert_events]:
                sends.append(await self.producer.enqueue(topic, payload, key=alert.alert_id))
            alerts.append(alert)
        await asyncio.gather(*sends)
        if alerts:
            async with self.redis.pipeline(transaction=True) as pipe:
                for alert in alerts:
                    pipe.set(self._seen_key(alert.match), alert.alert_id, ex=self.settings.seen_ttl_s)
                    pipe.sadd(self._seller_key(alert.match), alert.alert_id)
                await pipe.execute()
        now = datetime.now(timezone.utc)
        for alert in alerts:
            metrics.ALERTS.labels(alert.iwg, alert.severity.value).inc()
            if alert.match.ingested_at:
                metrics.END_TO_END_SECONDS.observe((now - alert.match.ingested_at).total_seconds())
            self._log.info("alert raised", listing_key=alert.listing_key, brand_id=alert.brand_id, alert_id=alert.alert_id,
                           severity=alert.severity.value, routed_to=alert.routed_to)
        return alerts

    async def _parse(self, key: bytes | None, raw: bytes) -> Match | None:
        try:
            return Match.model_validate_json(raw)
        except ValidationError as exc:
            headers = dead_letter_headers(reason="schema_violation", stage="alerts", source="matches", detail=str(exc)[:4000])
            await self.producer.send(self.topics.matches_dlq, raw, key=key.decode() if key else None, headers=headers)
            DEAD_LETTERS.labels(self.topics.matches_dlq, "alerts", "schema_violation").inc()
            self._log.warning("invalid match dead-lettered")
            return None

    async def _redis_state(self, matches: list[Match]) -> list[tuple[bool, bool, int]]:
        """(suppressed, already alerted, the seller's earlier alerts for the brand) of each match, in one pipeline."""
        if not matches:
            return []
        async with self.redis.pipeline(transaction=False) as pipe:
            for match in matches:
                listing_key, mark_keys = suppression_keys(match, self.topics.topic_prefix)
                pipe.mget([listing_key, *mark_keys])
                pipe.exists(self._seen_key(match))
                pipe.scard(self._seller_key(match))
            answers = await pipe.execute()
        return [(suppressed(hits[0] is not None, [h is not None for h in hits[1:]]), bool(seen), prior)
                for hits, seen, prior in zip(answers[0::3], answers[1::3], answers[2::3])]

    def _seen_key(self, match: Match) -> str:
        return self._key("seen", match.brand_id, match.listing_key)

    def _seller_key(self, match: Match) -> str:
        return self._key("seller", match.brand_id, seller_ref(match))

    def _new_alert(self, match: Match, state: tuple[bool, bool, int], earlier: list[Alert], in_batch: set[str]) -> Alert | None:
        """The alert for this match, or None when the brand suppressed it or the alert already exists."""
        is_suppressed, already_alerted, prior = state
        log = self._log.bind(listing_key=match.listing_key, brand_id=match.brand_id)
        if is_suppressed:
            metrics.SUPPRESSED.inc()
            log.info("match suppressed by the brand's not-infringing decision")
            return None
        seen_key = self._seen_key(match)
        if already_alerted or seen_key in in_batch:
            metrics.REPEATS.inc()
            log.info("repeat match dropped")
            return None
        in_batch.add(seen_key)
        seller_key = self._seller_key(match)
        prior += sum(1 for a in earlier if self._seller_key(a.match) == seller_key)
        return new_alert(match, self.topics, now=datetime.now(timezone.utc), seller_prior_alerts=prior)

    async def _ensure(self, topics: list[str]) -> None:
        missing = [t for t in topics if t not in self._known_topics]
        if missing:
            await ensure_topics(self.settings.kafka, {t: {} for t in missing})
            self._known_topics.update(missing)
