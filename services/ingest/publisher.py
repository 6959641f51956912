"""The I/O edge of ingest: de-duplication in Redis, listings and dead letters onto Kafka."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass
from typing import Literal

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

from brandsentry.kafka import JsonProducer, KafkaUnavailable, dead_letter, key_partitions
from brandsentry.metrics import DEAD_LETTERS
from services.ingest import metrics
from services.ingest.core import Rejection, content_digest, key_of_raw, parse_listing
from services.ingest.settings import IngestSettings

INGESTED_AT_HEADER = "ingested-at-ms"
MARK_CHUNK = 200  # acknowledged listings marked per Redis round trip
REDIS_TIMEOUT_S = 2.0  # a dedupe lookup or mark that takes longer is skipped: Redis is only an optimisation here
#: SET key "1" EX window for every key, in one command and one answer: a pipeline of SETs cost ingest about a fifth of
#: its time in redis-py (five arguments encoded and packed a mark, an answer read under its own timeout a mark)
MARK_SCRIPT = "for _, key in ipairs(KEYS) do redis.call('SET', key, '1', 'EX', ARGV[1]) end return #KEYS"
log = structlog.get_logger(service="ingest")


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
        self._mark = redis.register_script(MARK_SCRIPT)  # EVALSHA; the script is loaded again after a Redis restart
        self._late: set[asyncio.Task] = set()  # marking listings acknowledged after their request was answered

    async def ingest(self, raw: bytes, *, source: str) -> Outcome:
        """Validate one record; publish it, drop it as a duplicate, or dead-letter it."""
        return (await self.ingest_many([raw], source=source))[0]

    async def ingest_many(self, raws: list[bytes], *, source: str) -> list[Outcome]:
        """Validate records and put all of them in flight at once; returns when the broker has every one.

        A listing is "accepted" only once the broker acknowledged it (idempotent producer, acks=all);
        its dedupe mark is written after that, never before, so a retry after any failure is never
        taken for a duplicate of a listing that did not reach Kafka. Redis away: the marks are skipped
        (logged), listings are still accepted. Raises KafkaUnavailable when any record was not
        acknowledged; the acknowledged ones are marked, so the client's retry lands the others.
        """
        duplicates = 0
        outcomes: list[Outcome] = []
        in_flight: list[tuple[asyncio.Future, str | None]] = []  # (ack, the listing's dedupe mark)
        ingested_at = [(INGESTED_AT_HEADER, str(int(time.time() * 1000)).encode())]
        parsed_all = [parse_listing(raw) for raw in raws]
        payloads = [None if isinstance(p, Rejection) else p.model_dump_json().encode() for p in parsed_all]
        marks = [None if payload is None else self._dedupe_key(payload) for payload in payloads]
        seen = await self._seen([m for m in marks if m is not None])
        in_request: set[str] = set()
        topic = self._settings.topics.listings
        count = self._producer.partitions(topic)  # the batch's partitions at once (else the producer picks each)
        keys = [p.key.encode() for p in parsed_all if not isinstance(p, Rejection)] if count else []
        partitions = iter(key_partitions(keys, count)) if count else None
        for raw, parsed, payload, mark in zip(raws, parsed_all, payloads, marks):
            partition = next(partitions) if partitions is not None and not isinstance(parsed, Rejection) else None
            if isinstance(parsed, Rejection):
                in_flight.append((await self._enqueue_dead_letter(raw, parsed, source=source), None))
                outcomes.append(Outcome("rejected", key=key_of_raw(raw), rejection=parsed))
                continue
            if mark in seen or mark in in_request:
                duplicates += 1
                outcomes.append(Outcome("duplicate", key=parsed.key))
                continue
            in_request.add(mark)
            try:
                future = await self._producer.enqueue(topic, payload, key=parsed.key, headers=ingested_at,
                                                      partition=partition)
            except KafkaUnavailable as exc:  # refused before it was sent; its neighbours still go
                future = asyncio.get_running_loop().create_future()
                future.set_exception(exc)
            in_flight.append((future, mark))
            outcomes.append(Outcome("accepted", key=parsed.key))
        if duplicates:
            metrics.DUPLICATES.labels(source).inc(duplicates)
        results: list[object] = []
        acked: list[str] = []
        late: list[tuple[asyncio.Future, str | None]] = []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._settings.ack_timeout_s
        for future, mark in in_flight:  # acks come back about in order: mark them as they come, in chunks,
            try:                           # so that a crash mid-batch leaves few acknowledged listings unmarked
                results.append(await asyncio.wait_for(asyncio.shield(future), max(0.0, deadline - loop.time())))
                if mark is not None:
                    acked.append(mark)
            except TimeoutError:  # the broker slow or away: answer now, the record stays in flight
                results.append(KafkaUnavailable(f"not acknowledged within {self._settings.ack_timeout_s:g} s"))
                late.append((future, mark))
            except Exception as exc:
                results.append(exc)
            if len(acked) >= MARK_CHUNK:
                await self._remember(acked)
                acked = []
        await self._remember(acked)
        if late:
            task = asyncio.ensure_future(self._remember_when_acked(late))
            self._late.add(task)
            task.add_done_callback(self._late.discard)
        for result in results:
            if isinstance(result, BaseException):
                raise result if isinstance(result, KafkaUnavailable) else KafkaUnavailable(str(result)) from result
        metrics.ACCEPTED.labels(source).inc(sum(o.status == "accepted" for o in outcomes))
        return outcomes

    async def _enqueue_dead_letter(self, raw: bytes, rejection: Rejection, *, source: str) -> asyncio.Future:
        letter = dead_letter(raw, reason=rejection.reason, stage="ingest", source=source, detail=rejection.message(),
                             key=key_of_raw(raw))
        future = await self._producer.enqueue_dead_letter(self._settings.topics.listings_dlq, letter)
        metrics.REJECTED.labels(source, rejection.reason).inc()
        DEAD_LETTERS.labels(self._settings.topics.listings_dlq, "ingest", rejection.reason).inc()
        return future

    def _dedupe_key(self, published: bytes) -> str:
        return f"{self._settings.topics.topic_prefix}ingest:seen:{content_digest(published)}"

    async def _remember_when_acked(self, late: list[tuple[asyncio.Future, str | None]]) -> None:
        """Mark the listings of an answered request that Kafka acknowledged after the answer (faults57: with the
        broker away the request waited for its acks without bound, over a minute with no answer; bounded by
        INGEST_ACK_TIMEOUT_S, the records stay in flight and land when the broker is back, and a retry is then
        answered as duplicates rather than put on `listings` twice)."""
        acked = []
        for future, mark in late:
            with contextlib.suppress(Exception):
                await future
                if mark is not None:
                    acked.append(mark)
        await self._remember(acked)

    async def _seen(self, marks: list[str]) -> set[str]:
        """The marks Redis holds (listings acknowledged by Kafka within the window); none when Redis is away."""
        if self._settings.dedupe_window_s == 0 or not marks:
            return set()
        try:
            found = await asyncio.wait_for(self._redis.mget(marks), REDIS_TIMEOUT_S)
        except (RedisError, OSError, TimeoutError) as exc:
            log.warning("redis unavailable: dedupe skipped, listings accepted", error=f"{type(exc).__name__}: {exc}")
            return set()
        return {m for m, v in zip(marks, found) if v is not None}

    async def _remember(self, marks: list[str]) -> None:
        """Mark listings the broker acknowledged (their dedupe keys), for the dedupe window."""
        if self._settings.dedupe_window_s == 0 or not marks:
            return
        try:
            await asyncio.wait_for(self._mark(keys=marks, args=[self._settings.dedupe_window_s]), REDIS_TIMEOUT_S)
        except (RedisError, OSError, TimeoutError) as exc:
            log.warning("redis unavailable: dedupe marks not written", listings=len(marks),
                        error=f"{type(exc).__name__}: {exc}")
