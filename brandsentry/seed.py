"""Publish a registry file onto the compacted fingerprints topic, each record with its registry-changes entry."""

from __future__ import annotations

from datetime import datetime, timezone

from brandsentry.kafka import JsonProducer, ensure_topics
from brandsentry.registry import Registry, change_of
from brandsentry.settings import KafkaSettings, Topics


def alert_topics(registry: Registry, topics: Topics) -> dict[str, dict[str, str]]:
    """Every working group and brand has its alerts topic from the moment it is registered."""
    names = [topics.alerts_iwg(g) for g in registry.working_groups] + [topics.alerts_brand(b) for b in registry.brands]
    return {name: {} for name in names}


def registry_changes_topic(topics: Topics) -> str:
    from services.portal.settings import PortalTopics

    return PortalTopics(topics).registry_changes


async def publish_registry(registry: Registry, *, kafka: KafkaSettings, topics: Topics, by: str = "registry-file") -> int:
    """Write every working group, brand and fingerprint, and one registry-changes entry for each; returns how many
    fingerprints-topic records were written."""
    changes = registry_changes_topic(topics)
    await ensure_topics(kafka, topics.core() | {changes: {"cleanup.policy": "delete", "retention.ms": "-1"}})
    await ensure_topics(kafka, alert_topics(registry, topics))
    producer = JsonProducer(kafka, client_id="brandsentry-registry", linger_ms=20)
    await producer.start()
    try:
        records, now = registry.records(), datetime.now(timezone.utc)
        await producer.send_all([(topics.fingerprints, r, r.key()) for r in records]
                                + [(changes, change_of(r.key(), r, by=by, at=now), r.key()) for r in records])
        return len(records)
    finally:
        await producer.stop()


async def delete_registry_keys(keys: list[str], *, kafka: KafkaSettings, topics: Topics, by: str) -> int:
    """Delete fingerprints-topic keys (tombstones), each with a "deleted" entry on registry-changes."""
    changes = registry_changes_topic(topics)
    await ensure_topics(kafka, topics.core() | {changes: {"cleanup.policy": "delete", "retention.ms": "-1"}})
    producer = JsonProducer(kafka, client_id="brandsentry-registry", linger_ms=20)
    await producer.start()
    try:
        now = datetime.now(timezone.utc)
        await producer.send_all([(topics.fingerprints, None, k) for k in keys]
                                + [(changes, change_of(k, None, by=by, at=now), k) for k in keys])
        return len(keys)
    finally:
        await producer.stop()
