"""The matcher's Kafka wiring (faust-streaming): listings in, matches out.

Each worker holds the full fingerprint index (services/matcher/fingerprint_feed.py)
and matches the listings of the partitions assigned to it.

Run: `python -m services.matcher` (a faust worker).
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from datetime import datetime, timezone

import faust
from pydantic import ValidationError

from brandsentry.health import Health, flag_check, kafka_check, serve_ops
from brandsentry.kafka import dead_letter_headers, faust_credentials
from brandsentry.logs import configure_logging, json_handler
from brandsentry.metrics import DEAD_LETTERS
from schemas import Listing
from services.matcher import metrics
from services.matcher.fingerprint_feed import FingerprintFeed
from services.matcher.settings import MatcherSettings

INGESTED_AT_HEADER = "ingested-at-ms"


def _ingested_at(headers) -> datetime | None:
    for name, value in (headers.items() if isinstance(headers, dict) else headers or []):
        if name == INGESTED_AT_HEADER:
            return datetime.fromtimestamp(int(value) / 1000, tz=timezone.utc)
    return None


def create_app(settings: MatcherSettings | None = None) -> faust.App:
    settings = settings or MatcherSettings()
    log = configure_logging("matcher", settings.log_level)
    topics = settings.topics
    datadir = Path(settings.data_dir) / f"{topics.topic_prefix}{settings.app_id}"
    datadir.parent.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        f"{topics.topic_prefix}{settings.app_id}",
        broker=[f"kafka://{hp}" for hp in settings.kafka.bootstrap_servers.split(",")],
        broker_credentials=faust_credentials(settings.kafka),
        store="memory://",
        web_enabled=False,
        datadir=str(datadir),
        loghandlers=[json_handler(settings.log_level)],
        topic_replication_factor=settings.kafka.replication_factor,
        topic_partitions=settings.kafka.default_partitions,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        key_serializer="raw",
        value_serializer="raw",
        broker_commit_every=2000,  # and at least every second
        broker_commit_interval=1.0,
    )
    listings_topic = app.topic(topics.listings, key_type=bytes, value_type=bytes)
    matches_topic = app.topic(topics.matches, key_type=bytes, value_type=bytes)
    dlq_topic = app.topic(topics.listings_dlq, key_type=bytes, value_type=bytes)
    feed = FingerprintFeed(settings, log)
    health = Health()
    health.add("kafka", kafka_check(settings.kafka))
    health.add("fingerprint_index", flag_check(feed.loaded.is_set, "fingerprint index not loaded yet"))
    app.brandsentry_feed = feed  # for tests and the status command

    @app.task
    async def start_side_services() -> None:
        app.brandsentry_ops = await serve_ops(health, host=settings.ops_host, port=settings.ops_port)
        app.brandsentry_feed_task = asyncio.ensure_future(feed.run())
        log.info("matcher started", ops_port=settings.ops_port, listings_topic=topics.listings)

    async def dead_letter(raw: bytes, key: bytes | None, reason: str, detail: str) -> None:
        headers = dead_letter_headers(reason=reason, stage="matcher", source="listings", detail=detail[:4000])
        await dlq_topic.send(key=key, value=raw, headers=headers)
        DEAD_LETTERS.labels(topics.listings_dlq, "matcher", reason).inc()

    async def handle(event) -> None:
        raw, key = event.value, event.key
        listing_key = key.decode(errors="replace") if key else None
        bound = log.bind(listing_key=listing_key)
        started = time.perf_counter()
        try:
            listing = Listing.model_validate_json(raw)
        except ValidationError as exc:
            await dead_letter(raw, key, "schema_violation", str(exc))
            metrics.LISTINGS.labels("invalid").inc()
            bound.warning("invalid listing dead-lettered")
            return
        parsed = time.perf_counter()
        try:
            matches = feed.index.match(listing, ingested_at=_ingested_at(event.headers))
        except Exception as exc:  # a matcher bug must not stop the stream or lose the listing
            await dead_letter(raw, key, "matcher_error", f"{type(exc).__name__}: {exc}")
            metrics.LISTINGS.labels("error").inc()
            bound.exception("matcher failed on listing; dead-lettered")
            return
        matched = time.perf_counter()
        for match in matches:
            match.timings_ms = {"parse": (parsed - started) * 1000, "match": (matched - parsed) * 1000}
            # no wait for the broker's ack here: faust flushes its producer before it commits offsets
            await matches_topic.send(key=listing.key.encode(), value=match.model_dump_json().encode())
            metrics.MATCHES.labels(match.iwg).inc()
            bound.info("match", brand_id=match.brand_id, score=round(match.score, 3))
        metrics.STAGE_SECONDS.labels("parse").observe(parsed - started)
        metrics.STAGE_SECONDS.labels("match").observe(matched - parsed)
        metrics.STAGE_SECONDS.labels("produce").observe(time.perf_counter() - matched)
        metrics.LISTINGS.labels("matched" if matches else "no_match").inc()

    @app.agent(listings_topic)
    async def match_listings(stream):
        await feed.loaded.wait()
        # in batches: faust's per-event acknowledgement costs more than matching; a batch is
        # acknowledged (and its offsets become committable) only once all of it is handled
        async for events in stream.take_events(settings.batch_max, within=settings.batch_within_s):
            for event in events:
                await handle(event)

    return app
