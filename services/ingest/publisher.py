"""The I/O edge of ingest: de-duplication in Redis, listings and dead letters onto Kafka."""

from __future__ import annotations

import asyncio
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
        return (await self.ingest_many([raw], source=source))[0]

    async def ingest_many(self, raws: list[bytes], *, source: str) -> list[Outcome]:
        """Validate records and put all of them in flight at once; returns when the broker has every one."""
        outcomes: list[Outcome] = []
        in_flight: list[tuple[asyncio.Future, Listing | None]] = []
        ingested_at = [(INGESTED_AT_HEADER, str(int(time.time() * 1000)).encode())]
        for raw in raws:
            parsed = parse_listing(raw)
            if isinstance(parsed, Rejection):
                in_flight.append((await self._enqueue_dead_letter(raw, parsed, source=source), None))
                outcomes.append(Outcome("rejected", key=key_of_raw(raw), rejection=parsed))
            elif not await self._first_time(parsed):
                metrics.DUPLICATES.labels(source).inc()
                outcomes.append(Outcome("duplicate", key=parsed.key))
            else:
                future = await self._producer.enqueue(self._settings.topics.listings, parsed, key=parsed.key, headers=ingested_at)
                in_flight.append((future, parsed))
                outcomes.append(Outcome("accepted", key=parsed.key))
        results = await asyncio.gather(*(f for f, _ in in_flight), return_exceptions=True)
        failed = [listing for (_, listing), r in zip(in_flight, results) if isinstance(r, BaseException) and listing]
        if failed:
            # not published: forget their dedupe marks so that a retry is not taken for a duplicate
            await self._redis.delete(*(self._dedupe_key(listing) for listing in failed))
        for result in results:
            if isinstance(result, BaseException):
                raise result
        metrics.ACCEPTED.labels(source).inc(sum(o.status == "accepted" for o in outcomes))
        return outcomes

    async def _enqueue_dead_letter(self, raw: bytes, rejection: Rejection, *, source: str) -> asyncio.Future:
        headers = dead_letter_headers(
            reason=rejection.reason, stage="ingest", source=source, detail=rejection.message()[:4000]
        )
        future = await self._producer.enqueue(self._settings.topics.listings_dlq, raw, key=key_of_raw(raw), headers=headers)
        metrics.REJECTED.labels(source, rejection.reason).inc()
        DEAD_LETTERS.labels(self._settings.topics.listings_dlq, "ingest", rejection.reason).inc()
        return future

    def _dedupe_key(self, listing: Listing) -> str:
        return f"{self._settings.topics.topic_prefix}ingest:seen:{content_digest(listing)}"

    async def _first_time(self, listing: Listing) -> bool:
        if self._settings.dedupe_window_s == 0:
            return True
        return bool(await self._redis.set(self._dedupe_key(listing), "1", nx=True, ex=self._settings.dedupe_window_s))
