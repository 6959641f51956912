"""Publish a registry file onto the compacted fingerprints topic."""

from __future__ import annotations

from brandsentry.kafka import JsonProducer, ensure_topics
from brandsentry.registry import Registry
from brandsentry.settings import KafkaSettings, Topics


def alert_topics(registry: Registry, topics: Topics) -> dict[str, dict[str, str]]:
    """Every working group and brand has its alerts topic from the moment it is registered."""
    names = [topics.alerts_iwg(g) for g in registry.working_groups] + [topics.alerts_brand(b) for b in registry.brands]
    return {name: {} for name in names}


async def publish_registry(registry: Registry, *, kafka: KafkaSettings, topics: Topics) -> int:
    """Write every working group, brand and fingerprint; returns how many records were written."""
    await ensure_topics(kafka, topics.core())
    await ensure_topics(kafka, alert_topics(registry, topics))
    producer = JsonProducer(kafka, client_id="brandsentry-registry", linger_ms=20)
    await producer.start()
    try:
        records = registry.records()
        await producer.send_all([(topics.fingerprints, r, r.key()) for r in records])
        return len(records)
    finally:
        await producer.stop()
