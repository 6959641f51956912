"""The matcher's Kafka edge: listings in; matches and dead letters out, with the offsets, in one transaction.

Each worker holds the full fingerprint index (fingerprint_feed.py, a global table read from the
compacted fingerprints topic) and matches the listings of the partitions assigned to it by the
consumer group `<prefix><MATCHER_APP_ID>`. A batch of one partition (up to MATCHER_BATCH_MAX
listings) is matched and its matches, its dead letters and its consumed offsets are written in
one Kafka transaction (brandsentry/transactions.py): a crash never loses a listing's matches nor
writes them twice (for read_committed consumers). One bad listing is dead-lettered on its own;
its batch neighbours go on.

A plain aiokafka loop, not faust: faust's per-event stream machinery cost two-thirds of the
matcher's time (issue 16), and its transactions (processing_guarantee="exactly_once") fence by
a producer per partition too but hide the batch. faust earned its place as the "global table"
of fingerprints; that is fingerprint_feed.py, plain aiokafka already.

Run: `python -m services.matcher`.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from datetime import datetime, timezone

from aiokafka import ConsumerRecord, TopicPartition
from pydantic import ValidationError
from redis.asyncio import Redis

from brandsentry.kafka import dead_letter
from brandsentry.metrics import DEAD_LETTERS
from brandsentry.transactions import Batch, LoopSettings, Outgoing, TransactionalLoop
from schemas import Listing, Match
from schemas.models import ListingSource
from services.matcher import metrics
from services.matcher.bounds import Bounds, bound_match
from services.matcher.fingerprint_feed import FingerprintFeed
from services.matcher.photo_fetch import PhotoFetcher
from services.matcher.settings import MatcherSettings

INGESTED_AT_HEADER = "ingested-at-ms"
BOUNDED_HEADER = "match.bounded"  # on a bounded Match: what was cut, e.g. "signals 5000→200"


def _ingested_at(headers) -> datetime | None:
    for name, value in headers or []:
        if name == INGESTED_AT_HEADER:
            return datetime.fromtimestamp(int(value) / 1000, tz=timezone.utc)
    return None


class MatcherService:
    def __init__(self, settings: MatcherSettings, log) -> None:
        self.settings = settings
        self.topics = settings.topics
        self._log = log
        self.feed = FingerprintFeed(settings, log)
        self.redis = Redis.from_url(settings.redis.url) if settings.image.fetch else None
        self.photos = PhotoFetcher(settings.image, self.redis, log, key_prefix=self.topics.topic_prefix) \
            if settings.image.fetch else None
        self.bounds = Bounds(limit_bytes=settings.match_max_bytes, max_signals=settings.match_max_signals,
                             max_description_chars=settings.match_max_description_chars)
        self.loop = TransactionalLoop(
            kafka=settings.kafka, topic=self.topics.listings, group_id=f"{self.topics.topic_prefix}{settings.app_id}",
            client_id="brandsentry-matcher", handle=self.handle, log=log,
            settings=LoopSettings(batch_max=settings.batch_max, session_timeout_ms=settings.session_timeout_ms,
                                  heartbeat_interval_ms=settings.heartbeat_interval_ms),
        )

    @property
    def problem(self) -> str | None:
        return self.loop.problem if self.feed.loaded.is_set() else "fingerprint index not loaded yet"

    async def run(self) -> None:
        """Match once the fingerprint index is loaded; forever."""
        await self.feed.loaded.wait()
        await self.loop.run()

    async def stop(self) -> None:
        await self.loop.stop()
        if self.photos is not None:
            await self.photos.close()
            await self.redis.aclose()

    async def handle(self, tp: TopicPartition, records: list[ConsumerRecord]) -> Batch:
        """One partition's listings → the records of one transaction. Never raises for one bad listing."""
        out: list[Outgoing] = []
        outcomes: Counter[str] = Counter()
        letters: list[tuple[str, str | None]] = []
        matched: list[Match] = []
        parsed_records: list[tuple[ConsumerRecord, Listing, float]] = []
        for r in records:
            started = time.perf_counter()
            try:
                listing = Listing.model_validate_json(r.value)
            except ValidationError as exc:
                out.append(self._dead_letter(r, "schema_violation", str(exc)))
                letters.append(("schema_violation", r.key.decode(errors="replace") if r.key else None))
                outcomes["invalid"] += 1
                continue
            parsed_records.append((r, listing, time.perf_counter() - started))
        fetched = 0.0
        if self.photos is not None:  # never raises: a failed image is marked and the listing goes on
            fetch_started = time.perf_counter()
            await self.photos.enrich([listing for _, listing, _ in parsed_records])
            fetched = (time.perf_counter() - fetch_started) / max(1, len(parsed_records))
            metrics.STAGE_SECONDS.labels("images").observe(fetched * max(1, len(parsed_records)))
        index = self.feed.index  # after the fetch: the freshest index
        awake = time.perf_counter()
        for r, listing, parse_s in parsed_records:
            if time.perf_counter() - awake > 0.1:  # photos make matching slow: let heartbeats and other partitions run
                await asyncio.sleep(0)
                awake = time.perf_counter()
            listing_key = r.key.decode(errors="replace") if r.key else None
            parsed = time.perf_counter()
            started = parsed - parse_s
            try:
                matches = index.match(listing, ingested_at=_ingested_at(r.headers))
            except Exception as exc:  # a matcher bug must not stop the stream or lose the listing
                self._log.exception("matcher failed on listing; dead-lettered", listing_key=listing_key)
                out.append(self._dead_letter(r, "matcher_error", f"{type(exc).__name__}: {exc}"))
                letters.append(("matcher_error", listing_key))
                outcomes["error"] += 1
                continue
            done = time.perf_counter()
            records_of_listing: list[Outgoing] = []
            too_large = None
            for match in matches:
                match.timings_ms = {"parse": (parsed - started) * 1000, "match": (done - parsed) * 1000,
                                    **({"images": fetched * 1000} if self.photos is not None else {})}
                match.source = ListingSource(topic=r.topic, partition=r.partition, offset=r.offset)
                bounded = bound_match(match, self.bounds)
                if bounded.payload is None:
                    too_large = (f"the match for brand {match.brand_id} is {bounded.size} bytes, over "
                                 f"{self.bounds.limit_bytes} even after cutting ({', '.join(bounded.cut)})")
                    break
                headers = [(BOUNDED_HEADER, "; ".join(bounded.cut).encode())] if bounded.cut else []
                if bounded.cut:
                    self._log.warning("match bounded", listing_key=listing_key, brand_id=match.brand_id,
                                      size=bounded.size, cut=bounded.cut)
                records_of_listing.append(Outgoing(self.topics.matches, bounded.payload, listing.key.encode(), headers))
            if too_large:  # the listing is dead-lettered whole: none of its matches is written
                out.append(self._dead_letter(r, "match_too_large", too_large))
                letters.append(("match_too_large", listing_key))
                outcomes["too_large"] += 1
                continue
            out += records_of_listing
            matched += matches
            outcomes["matched" if matches else "no_match"] += 1
            metrics.STAGE_SECONDS.labels("parse").observe(parsed - started)
            metrics.STAGE_SECONDS.labels("match").observe(done - parsed)

        def committed() -> None:
            for outcome, n in outcomes.items():
                metrics.LISTINGS.labels(outcome).inc(n)
            for reason, listing_key in letters:
                DEAD_LETTERS.labels(self.topics.listings_dlq, "matcher", reason).inc()
                self._log.warning("listing dead-lettered", reason=reason, listing_key=listing_key)
            for match in matched:
                metrics.MATCHES.labels(match.iwg).inc()
                self._log.info("match", listing_key=match.listing_key, brand_id=match.brand_id,
                               score=round(match.score, 3))

        return Batch(out, committed)

    def _dead_letter(self, record: ConsumerRecord, reason: str, detail: str) -> Outgoing:
        letter = dead_letter(record.value or b"", reason=reason, stage="matcher", source="listings",
                             detail=detail, key=record.key)
        return Outgoing(self.topics.listings_dlq, letter.value, letter.key, letter.headers)
