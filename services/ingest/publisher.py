"""The I/O edge of ingest: de-duplication in Redis, listings and dead letters onto Kafka."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal

from redis.asyncio import Redis

from brandsentry.kafka import JsonProducer, dead_letter_headers
from brandsentry.metrics import DEAD_LETTERS
from schemas import Listing
from services.ingest import metrics
from services.ingest.core import Rejection, content_digest, key_of_raw, parse_listing
from services.ingest.settings import IngestSettings

INGESTED_AT_HEADER = "ingested-at-ms"


@dataclass(frozen=True)
class Outcome:
    status: Literal["accepted", "duplicate", "rejected"]
    key: str | None = None
    rejection: Rejection | None = None


class ListingPublisher:
    def __init__(self, settings: IngestSettings, producer: JsonProducer, redis: Redis) -> None:
        self._settings = settings
        self._producer = producer
        self._redis = redis

    async def ingest(self, raw: bytes, *, source: str) -> Outcome:
        """Validate one record; publish it, drop it as a duplicate, or dead-letter it."""
        parsed = parse_listing(raw)
        if isinstance(parsed, Rejection):
            await self.dead_letter(raw, parsed, source=source)
            return Outcome("rejected", key=key_of_raw(raw), rejection=parsed)
        return await self.publish(parsed, source=source)

    async def publish(self, listing: Listing, *, source: str) -> Outcome:
        if not await self._first_time(listing):
            metrics.DUPLICATES.labels(source).inc()
            return Outcome("duplicate", key=listing.key)
        headers = [(INGESTED_AT_HEADER, str(int(time.time() * 1000)).encode())]
        try:
            await self._producer.send(self._settings.topics.listings, listing, key=listing.key, headers=headers)
        except Exception:
            # not published: forget the dedupe mark so that a retry is not taken for a duplicate
            await self._redis.delete(self._dedupe_key(listing))
            raise
        metrics.ACCEPTED.labels(source).inc()
        return Outcome("accepted", key=listing.key)

    async def dead_letter(self, raw: bytes, rejection: Rejection, *, source: str) -> None:
        headers = dead_letter_headers(
            reason=rejection.reason, stage="ingest", source=source, detail=rejection.message()[:4000]
        )
        await self._producer.send(self._settings.topics.listings_dlq, raw, key=key_of_raw(raw), headers=headers)
        metrics.REJECTED.labels(source, rejection.reason).inc()
        DEAD_LETTERS.labels(self._settings.topics.listings_dlq, "ingest", rejection.reason).inc()

    def _dedupe_key(self, listing: Listing) -> str:
        return f"{self._settings.topics.topic_prefix}ingest:seen:{content_digest(listing)}"

    async def _first_time(self, listing: Listing) -> bool:
        if self._settings.dedupe_window_s == 0:
            return True
        return bool(await self._redis.set(self._dedupe_key(listing), "1", nx=True, ex=self._settings.dedupe_window_s))
