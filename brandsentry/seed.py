"""Publish a registry file onto the compacted fingerprints topic."""

from __future__ import annotations

from brandsentry.kafka import JsonProducer, ensure_topics
from brandsentry.registry import Registry
from brandsentry.settings import KafkaSettings, Topics


async def publish_registry(registry: Registry, *, kafka: KafkaSettings, topics: Topics) -> int:
    """Write every working group, brand and fingerprint; returns how many records were written."""
    await ensure_topics(kafka, topics.core())
    producer = JsonProducer(kafka, client_id="brandsentry-registry", linger_ms=20)
    await producer.start()
    try:
        records = registry.records()
        await producer.send_all([(topics.fingerprints, r, r.key()) for r in records])
        return len(records)
    finally:
        await producer.stop()
