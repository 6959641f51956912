"""tenant56: what one tenant may hold open on the portal is bounded by a setting each, answered 429 naming it:
webhook subscriptions of a brand or group (each has a delivery lane) and live streams of an API key (each gets every
alert's snapshot queued before it is filtered). Before, both were unlimited."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from schemas.portal import Role
from services.portal.settings import PortalSettings
from tests.integration.portal.conftest import portal_alert, post_listing
from tests.support import key, listing

pytestmark = pytest.mark.integration
LIMITS = PortalSettings.model_fields


async def test_a_brand_has_at_most_the_settings_number_of_webhook_subscriptions(portal):
    """mars: a brand no other test subscribes for. Its own key and an operator count alike."""
    limit = LIMITS["webhook_max_per_tenant"].default
    await portal.new_key("mars-hook-limit", Role.brand, brand_id="mars")
    made = []
    async with portal.client("mars-hook-limit") as mars, portal.client("ops") as ops:
        try:
            for i in range(limit):
                answer = await mars.post("/v1/webhooks", json={"url": f"http://127.0.0.1:9/mars/{i}"})
                assert answer.status_code == 201, answer.text
                made.append(answer.json()["id"])
            for who, body in ((mars, {}), (ops, {"brand_id": "mars"})):
                refused = await who.post("/v1/webhooks", json={"url": "http://127.0.0.1:9/one-more", **body})
                assert refused.status_code == 429, refused.text
                assert f"already has {limit} webhook subscriptions" in refused.json()["detail"]
                assert "PORTAL_WEBHOOK_MAX_PER_TENANT" in refused.json()["detail"]
            assert (await mars.delete(f"/v1/webhooks/{made.pop()}")).status_code == 204
            again = await mars.post("/v1/webhooks", json={"url": "http://127.0.0.1:9/mars/again"})
            assert again.status_code == 201, again.text
            made.append(again.json()["id"])
        finally:
            for sub_id in made:
                await mars.delete(f"/v1/webhooks/{sub_id}")


async def test_an_api_key_holds_at_most_the_settings_number_of_live_streams(portal):
    limit = LIMITS["stream_max_per_key"].default
    await portal.new_key("bose-stream-limit", Role.brand, brand_id="bose")
    async with portal.client("bose-stream-limit") as me:
        streams = [me.stream("GET", "/v1/stream/alerts", timeout=None) for _ in range(limit)]
        opened = [await s.__aenter__() for s in streams]
        try:
            assert [a.status_code for a in opened] == [200] * limit
            async with me.stream("GET", "/v1/stream/alerts", timeout=None) as refused:  # before: a 6th stream, 200
                assert refused.status_code == 429
                assert f"already has {limit} live streams open" in (await refused.aread()).decode()
            async with portal.client("bose-alice") as other:  # another key of the same brand is not held up
                async with other.stream("GET", "/v1/stream/alerts", timeout=None) as answer:
                    assert answer.status_code == 200
        finally:
            for s in streams:
                await s.__aexit__(None, None, None)
        for _ in range(100):  # the portal notices the closed connections (no timing asserted: it is polled)
            async with me.stream("GET", "/v1/stream/alerts", timeout=None) as answer:
                if answer.status_code == 200:
                    break
            await asyncio.sleep(0.1)
        assert answer.status_code == 200


async def test_a_subscription_names_each_event_and_status_once(portal):
    """tenant56: `events` and `statuses` took any number of repeats: 100,000 'alert.created' made a record over Kafka's
    record limit (a 500), and fewer, kept, made every alert's delivery scan them for every such subscription."""
    async with portal.client("bose-alice") as me:
        for body in ({"events": ["alert.created"] * 100_000}, {"statuses": ["confirmed"] * 100_000}):
            refused = await me.post("/v1/webhooks", json={"url": "http://127.0.0.1:9/repeats", **body})
            assert refused.status_code == 422, refused.text[:300]
        made = await me.post("/v1/webhooks", json={"url": "http://127.0.0.1:9/twice",
                                                   "events": ["alert.created", "alert.status_changed"]})
        assert made.status_code == 201, made.text
        await me.delete(f"/v1/webhooks/{made.json()['id']}")


async def test_a_triage_reason_is_bounded(pipeline, portal):
    """tenant56: `reason` of a transition other than a dismissal was kept as sent, unbounded: two megabytes of it made
    the alert's next snapshot larger than Kafka takes (a 500), and each kept one made every later snapshot heavier."""
    doc = listing(f"BOSE QC45 headphones replica (reason {uuid.uuid4().hex[:6]})")
    await post_listing(pipeline, doc)
    alert = (await portal_alert(portal, "bose-alice", key(doc)))["alert_id"]
    async with portal.client("bose-alice") as me:
        answer = await me.post(f"/v1/alerts/{alert}/transitions", json={"status": "confirmed", "reason": "x" * 2_000_000})
        assert answer.status_code == 422, answer.text[:300]
        assert (await me.post(f"/v1/alerts/{alert}/transitions", json={"status": "confirmed"})).status_code == 200


async def test_finding_a_brands_key_changed_its_fingerprints_without_end(portal, redis_settings):
    """tenant57: every fingerprint change is a record on registry-changes (kept for ever), held in every portal's memory
    (each fingerprint's history), rebuilds every matcher worker's index and starts a rescan; a brand's key toggling a
    fingerprint or syncing two files in turn had no bound. A brand's key makes at most
    PORTAL_REGISTRY_CHANGES_PER_DAY fingerprint changes a UTC day (counted in Redis, shared by every portal); the next
    answers 429 with Retry-After (to midnight UTC) naming the limit. Operators are not limited."""
    from datetime import datetime, timezone

    from redis.asyncio import Redis

    brand_id = f"cl-{uuid.uuid4().hex[:6]}"
    async with portal.client("ops") as ops:
        assert (await ops.post("/v1/brands", json={"id": brand_id, "name": f"Churn {brand_id}",
                                                  "iwg": "consumer-electronics"})).status_code == 201
    member = f"{brand_id}-member"
    await portal.new_key(member, Role.brand, brand_id=brand_id)
    limit = portal.settings.registry_changes_per_day
    redis = Redis.from_url(redis_settings.url)
    day = datetime.now(timezone.utc).strftime("%Y%m%d")
    counter = f"{portal.settings.topics.topic_prefix}portal:registry-changes:{brand_id}:{day}"
    try:
        await redis.set(counter, limit - 1, ex=3600)  # as after a day of changes: one left
        async with portal.client(member) as me:
            last = await me.post(f"/v1/brands/{brand_id}/fingerprints", json={"kind": "mark", "value": "Churnova"})
            refused = await me.post(f"/v1/brands/{brand_id}/fingerprints", json={"kind": "mark", "value": "Churnovb"})
        async with portal.client("ops") as ops:
            operator = await ops.post(f"/v1/brands/{brand_id}/fingerprints", json={"kind": "mark", "value": "Churnovc"})
    finally:
        await redis.delete(counter)
        await redis.aclose()
    assert last.status_code == 201, last.text
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    assert f"at most {limit} fingerprint changes a day" in refused.json()["detail"]
    assert operator.status_code == 201, operator.text
