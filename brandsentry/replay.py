"""Replay an NDJSON file of listings through ingest's validation straight onto Kafka."""

from __future__ import annotations

import sys
from pathlib import Path

from redis.asyncio import Redis
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from brandsentry.kafka import JsonProducer, ensure_topics
from services.ingest.core import split_ndjson
from services.ingest.publisher import ListingPublisher
from services.ingest.settings import IngestSettings


CHUNK = 500  # records in flight at once


async def replay_file(path: Path, settings: IngestSettings | None = None, *, console: Console | None = None) -> dict[str, int]:
    """Publish every valid line, dead-letter every invalid one; returns counts by outcome."""
    settings = settings or IngestSettings()
    console = console or Console(stderr=True)
    lines = list(split_ndjson(path.read_bytes()))
    await ensure_topics(settings.kafka, settings.topics.core())
    producer = JsonProducer(settings.kafka, client_id="brandsentry-replay")
    await producer.start()
    redis = Redis.from_url(settings.redis.url)
    publisher = ListingPublisher(settings, producer, redis)
    counts = {"accepted": 0, "duplicate": 0, "rejected": 0}
    try:
        with Progress(
            TextColumn("[bold]replay[/] {task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=console, disable=not console.is_terminal,
        ) as progress:
            task = progress.add_task(path.name, total=len(lines))
            for start in range(0, len(lines), CHUNK):
                chunk = lines[start:start + CHUNK]
                outcomes = await publisher.ingest_many([raw for _, raw in chunk], source="replay")
                for (number, _), outcome in zip(chunk, outcomes):
                    counts[outcome.status] += 1
                    if outcome.rejection:
                        console.print(f"[yellow]line {number}[/]: {outcome.rejection.reason}: {outcome.rejection.message()}")
                progress.advance(task, len(chunk))
    finally:
        await producer.stop()
        await redis.aclose()
    print(
        f"{counts['accepted']} accepted, {counts['duplicate']} duplicates, {counts['rejected']} rejected "
        f"(dead-lettered on {settings.topics.listings_dlq})",
        file=sys.stderr,
    )
    return counts
