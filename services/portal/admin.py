"""Operator tasks behind the `brandsentry keys | alerts | webhooks` commands (Kafka and Redis, no HTTP server)."""

from __future__ import annotations

from datetime import datetime, timezone

from redis.asyncio import Redis

from brandsentry.kafka import JsonProducer, ensure_topics
from brandsentry.logs import configure_logging
from schemas.portal import ApiKeyRecord, Role
from services.portal.auth import new_key
from services.portal.delivery import Deliverer
from services.portal.projector import Projector
from services.portal.secretbox import SecretBox
from services.portal.settings import PortalSettings
from services.portal.view import View


async def create_key(settings: PortalSettings, *, name: str, role: Role, brand_id: str | None = None,
                     iwg: str | None = None, marketplaces: list[str] | None = None,
                     created_by: str = "cli") -> tuple[str, ApiKeyRecord]:
    """Write a new key's record (hash only) to the api-keys topic and the lookup to Redis; return the token."""
    token, record = new_key(name=name, role=role, brand_id=brand_id, iwg=iwg, marketplaces=marketplaces,
                            created_by=created_by)
    await _publish_key(settings, record)
    return token, record


async def revoke_key(settings: PortalSettings, key_id: str) -> ApiKeyRecord | None:
    redis = Redis.from_url(settings.redis.url)
    try:
        current = next((k for k in await View(redis, settings.topics.topic_prefix).keys() if k.key_id == key_id), None)
    finally:
        await redis.aclose()
    if current is None:
        return None
    revoked = current.model_copy(update={"revoked": True, "revoked_at": datetime.now(timezone.utc)})
    await _publish_key(settings, revoked)
    return revoked


async def list_keys(settings: PortalSettings) -> list[ApiKeyRecord]:
    redis = Redis.from_url(settings.redis.url)
    try:
        return await View(redis, settings.topics.topic_prefix).keys()
    finally:
        await redis.aclose()


async def _publish_key(settings: PortalSettings, record: ApiKeyRecord) -> None:
    topics = settings.portal_topics
    await ensure_topics(settings.kafka, {topics.api_keys: {"cleanup.policy": "compact"}})
    producer = JsonProducer(settings.kafka, client_id="brandsentry-keys")
    await producer.start()
    try:
        await producer.send(topics.api_keys, record, key=record.key_id)
    finally:
        await producer.stop()
    redis = Redis.from_url(settings.redis.url)
    try:  # the lookup is derived state; the projector would write the same, this makes the key usable at once
        await View(redis, settings.topics.topic_prefix).apply_key(record, record.key_id)
    finally:
        await redis.aclose()


async def rebuild_view(settings: PortalSettings) -> dict[str, int]:
    """Delete the portal's Redis view and rebuild it from Kafka (alerts, suppressions, API-key lookup)."""
    log = configure_logging("portal-rebuild", "WARNING")
    await ensure_topics(settings.kafka, settings.portal_topics.all())
    redis = Redis.from_url(settings.redis.url)
    try:
        view = View(redis, settings.topics.topic_prefix)
        deleted = await view.wipe()
        projector = Projector(kafka=settings.kafka, topics=settings.portal_topics,
                              view=view, log=log)
        await projector.run(once=True)
        return {"keys_deleted": deleted, "records_applied": projector.applied,
                "alerts": await view.count(view.index_name("all", None))}
    finally:
        await redis.aclose()


async def replay_webhook(settings: PortalSettings, subscription_id: str) -> dict[str, int] | None:
    """Re-deliver a subscription's parked deliveries; None when there is no such active subscription."""
    log = configure_logging("portal-replay", "WARNING")
    redis = Redis.from_url(settings.redis.url)
    producer = JsonProducer(settings.kafka, client_id="brandsentry-webhook-replay")
    await producer.start()
    deliverer = Deliverer(settings, producer, redis, log)
    try:
        view = View(redis, settings.topics.topic_prefix)
        projector = Projector(kafka=settings.kafka, topics=settings.portal_topics, view=view, log=log,
                              secrets=SecretBox.from_settings(settings.secrets_key, settings.secrets_key_file))
        projector._handlers = {settings.portal_topics.webhooks: projector._webhooks}  # subscriptions only
        await projector.run(once=True)
        sub = projector.webhooks.get(subscription_id)
        if sub is None or not sub.active:
            return None
        return await deliverer.replay(sub)
    finally:
        await deliverer.close()
        await producer.stop()
        await redis.aclose()
