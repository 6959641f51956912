"""Redis reaching maxmemory with an evicting policy (faults56, 2026-12-06). The README calls Redis "only a cache",
and the managed Redis docs/kubernetes.md points operators to often runs an LRU policy. The portal's view (alert
hashes, indexes, suppressions) has no TTL; under allkeys-lru Redis evicts some of its keys when full, the generation
key (the portal's "is my view there?") may survive, and the portal lists fewer alerts than Kafka holds, silently, for
good. noeviction (Redis's default) and volatile-* keep those keys: a full Redis then refuses writes, which the portal
waits out and reports (test_redis_full.py).

Only a redis-server of the test's own and the portal's View: no Kafka, no service (about 2 s).
"""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from brandsentry.health import Health, redis_keeps_check
from services.portal.view import AlertFilter, View
from tests.faults.harness import log
from tests.unit.portal.helpers import make_alert

ALERTS = 2000  # about 1.5 KB each in Redis: more than the 2 MB the test allows


@pytest.mark.timeout(60)
async def test_a_redis_that_evicts_the_portals_view_is_not_ready(own_redis):
    redis = Redis.from_url(own_redis.url)
    try:
        await redis.config_set("maxmemory", str(2 * 1024 * 1024))
        await redis.config_set("maxmemory-policy", "allkeys-lru")
        view = View(redis, "ev.")
        await view.set_generation()
        one = make_alert()
        alerts = [one.model_copy(update={"alert_id": f"{i:024x}"}) for i in range(ALERTS)]
        for i in range(0, ALERTS, 500):
            await view.apply_alerts([(a, a.model_dump_json().encode(), i + n) for n, a in enumerate(alerts[i:i + 500])])
        listed, _ = await view.list_alerts(view.index_name("all", None), AlertFilter(), limit=ALERTS + 1, cursor=None)
        evicted = (await redis.info("stats"))["evicted_keys"]
        present = await view.generation() is not None
        log(f"allkeys-lru, 2 MB: {len(listed)} of {ALERTS} alerts listed, {evicted} keys evicted, "
            f"generation key {'kept' if present else 'evicted'}")
        assert evicted > 0  # the fault happened: Redis evicted keys of the view

        health = Health()
        health.add("redis", redis_keeps_check(redis))
        ok, checks = await health.ready()
        assert not ok and "maxmemory-policy is allkeys-lru" in checks["redis"], checks

        await redis.config_set("maxmemory-policy", "volatile-lru")  # keeps keys without a TTL: ready
        assert await health.ready() == (True, {"redis": "ok"})
    finally:
        await redis.aclose()
