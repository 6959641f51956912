"""The matcher's Kafka edge: listings in; matches and dead letters out, with the offsets, in one transaction.

Each worker holds the full fingerprint index (fingerprint_feed.py, a global table read from the
compacted fingerprints topic) and matches the listings of the partitions assigned to it by the
consumer group `<prefix><MATCHER_APP_ID>`. A batch of one partition (up to MATCHER_BATCH_MAX
listings) is matched and its matches, its dead letters and its consumed offsets are written in
one Kafka transaction (brandsentry/transactions.py): a crash never loses a listing's matches nor
writes them twice (for read_committed consumers). One bad listing is dead-lettered on its own;
its batch neighbours go on. A partition's next batch is fetched and matched while the previous one's transaction
commits (LoopSettings.overlap_commits): the batch is what arrived meanwhile, small at a low rate, up to
MATCHER_BATCH_MAX under a backlog.

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
from services.matcher.core import table_cache
from services.matcher.fingerprint_feed import FingerprintFeed
from services.matcher.photo_fetch import PhotoFetcher
from services.matcher.settings import MatcherSettings

INGESTED_AT_HEADER = "ingested-at-ms"
BOUNDED_HEADER = "match.bounded"  # on a bounded Match: what was cut, e.g. "signals 5000→200"
CHUNK_S = 0.02  # seconds of matching between two yields to the event loop, about: the previous batch's transaction,
#                the fetches and the heartbeats go on in between (each of a commit's round trips waits for a yield)
CHUNK_MAX = 500
_PARSE_SECONDS = metrics.STAGE_SECONDS.labels("parse")  # labels resolved once, observed per listing
_MATCH_SECONDS = metrics.STAGE_SECONDS.labels("match")
_IMAGES_SECONDS = metrics.STAGE_SECONDS.labels("images")


def _ingested_at(headers) -> datetime | None:
    """When ingest accepted the listing (its `ingested-at-ms` header: epoch milliseconds, decimal), else None.

    A header ingest would not write (not an integer, a date out of range: another producer, a clock gone wild)
    is None too: the listing is still matched. Raising here failed the whole batch, retried for ever (faults)."""
    for name, value in headers or []:
        if name == INGESTED_AT_HEADER:
            try:
                return datetime.fromtimestamp(int(value) / 1000, tz=timezone.utc)
            except (TypeError, ValueError, OverflowError, OSError):
                return None
    return None


class MatcherService:
    def __init__(self, settings: MatcherSettings, log) -> None:
        self.settings = settings
        if settings.tables_dir is not None:
            table_cache.use_dir(settings.tables_dir)  # before the first index is built
        self.topics = settings.topics
        self._log = log
        self.feed = FingerprintFeed(settings, log)
        self.redis = Redis.from_url(settings.redis.url) if settings.image.fetch else None
        self.photos = PhotoFetcher(settings.image, self.redis, log, key_prefix=self.topics.topic_prefix) \
            if settings.image.fetch else None
        self._chunk = 50  # listings per match_batch call; adapted to take about CHUNK_S
        self.bounds = Bounds(limit_bytes=settings.match_max_bytes, max_signals=settings.match_max_signals,
                             max_description_chars=settings.match_max_description_chars)
        self.loop = TransactionalLoop(
            kafka=settings.kafka, topic=self.topics.listings, group_id=f"{self.topics.topic_prefix}{settings.app_id}",
            client_id="brandsentry-matcher", handle=self.handle, log=log,
            settings=LoopSettings(batch_max=settings.batch_max, session_timeout_ms=settings.session_timeout_ms,
                                  heartbeat_interval_ms=settings.heartbeat_interval_ms, overlap_commits=True),
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
        """One partition's listings → the records of one transaction. Never raises for one bad listing.

        Batch first: the records are decoded, their photos fetched (all at once), and the listings matched with
        the core's `match_batch` in chunks of about `CHUNK_S` each (the event loop runs in between: heartbeats,
        other partitions), then every Match is bounded and serialised. A listing that cannot be read, that
        breaks the matcher or whose Match cannot be bounded is dead-lettered alone."""
        out: list[Outgoing] = []
        outcomes: Counter[str] = Counter()
        letters: list[tuple[str, str | None]] = []
        matched: list[Match] = []
        readable: list[ConsumerRecord] = []
        listings: list[Listing] = []
        parse_s: list[float] = []
        for r in records:
            started = time.perf_counter()
            try:
                listings.append(Listing.model_validate_json(r.value))
            except ValidationError as exc:
                out.append(self._dead_letter(r, "schema_violation", str(exc)))
                letters.append(("schema_violation", r.key.decode(errors="replace") if r.key else None))
                outcomes["invalid"] += 1
                continue
            readable.append(r)
            parse_s.append(time.perf_counter() - started)
        fetched = 0.0
        if self.photos is not None and listings:  # never raises: a failed image is marked and the listing goes on
            fetch_started = time.perf_counter()
            await self.photos.enrich(listings)
            fetched = (time.perf_counter() - fetch_started) / len(listings)
            _IMAGES_SECONDS.observe(fetched * len(listings))
        index = self.feed.index  # after the fetch: the freshest index
        ingested = [_ingested_at(r.headers) for r in readable]
        results: list[list[Match] | Exception] = []
        match_s: list[float] = []
        while len(results) < len(listings):
            i = len(results)
            chunk = listings[i:i + self._chunk]
            started = time.perf_counter()
            results += index.match_batch(chunk, ingested_at=ingested[i:i + len(chunk)], return_exceptions=True)
            elapsed = time.perf_counter() - started
            match_s += [elapsed / len(chunk)] * len(chunk)
            # about CHUNK_S of matching between yields (photo listings take 40-80 ms each, text ones < 1 ms)
            self._chunk = max(1, min(CHUNK_MAX, int(len(chunk) * CHUNK_S / max(elapsed, 1e-6))))
            if len(results) < len(listings):
                await asyncio.sleep(0)
        images = {"images": fetched * 1000} if self.photos is not None else {}
        for r, listing, result, parsed_in, matched_in in zip(readable, listings, results, parse_s, match_s):
            listing_key = r.key.decode(errors="replace") if r.key else None
            if isinstance(result, Exception):  # a matcher bug must not stop the stream or lose the listing
                self._log.error("matcher failed on listing; dead-lettered", listing_key=listing_key,
                                exc_info=result)
                out.append(self._dead_letter(r, "matcher_error", f"{type(result).__name__}: {result}"))
                letters.append(("matcher_error", listing_key))
                outcomes["error"] += 1
                continue
            records_of_listing: list[Outgoing] = []
            too_large = None
            if result:
                source = ListingSource(topic=r.topic, partition=r.partition, offset=r.offset)
                key = listing.key.encode()
            for match in result:
                match.timings_ms = {"parse": parsed_in * 1000, **match.timings_ms, **images}
                match.source = source
                bounded = bound_match(match, self.bounds)
                if bounded.payload is None:
                    too_large = (f"the match for brand {match.brand_id} is {bounded.size} bytes, over "
                                 f"{self.bounds.limit_bytes} even after cutting ({', '.join(bounded.cut)})")
                    break
                headers = [(BOUNDED_HEADER, "; ".join(bounded.cut).encode())] if bounded.cut else []
                if bounded.cut:
                    self._log.warning("match bounded", listing_key=listing_key, brand_id=match.brand_id,
                                      size=bounded.size, cut=bounded.cut)
                records_of_listing.append(Outgoing(self.topics.matches, bounded.payload, key, headers))
            if too_large:  # the listing is dead-lettered whole: none of its matches is written
                out.append(self._dead_letter(r, "match_too_large", too_large))
                letters.append(("match_too_large", listing_key))
                outcomes["too_large"] += 1
                continue
            out += records_of_listing
            matched += result
            outcomes["matched" if result else "no_match"] += 1
            _PARSE_SECONDS.observe(parsed_in)
            _MATCH_SECONDS.observe(matched_in)

        def committed() -> None:
            for outcome, n in outcomes.items():
                metrics.LISTINGS.labels(outcome).inc(n)
            for reason, listing_key in letters:
                DEAD_LETTERS.labels(self.topics.listings_dlq, "matcher", reason).inc()
                self._log.warning("listing dead-lettered", reason=reason, listing_key=listing_key)
            for iwg, n in Counter(match.iwg for match in matched).items():
                metrics.MATCHES.labels(iwg).inc(n)
            for match in matched:
                self._log.info("match", listing_key=match.listing_key, brand_id=match.brand_id,
                               score=round(match.score, 3))

        return Batch(out, committed)

    def _dead_letter(self, record: ConsumerRecord, reason: str, detail: str) -> Outgoing:
        letter = dead_letter(record.value or b"", reason=reason, stage="matcher", source="listings",
                             detail=detail, key=record.key)
        return Outgoing(self.topics.listings_dlq, letter.value, letter.key, letter.headers)
