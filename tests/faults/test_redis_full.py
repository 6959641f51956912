"""Redis full (maxmemory reached, policy noeviction: every write answered "OOM command not allowed") while the
pipeline runs (faults56, 2026-12-06). The README promises that Redis is only a cache and that services outlive
outages; a full Redis answers reads and refuses writes, which is not the "Redis away" the services were built for.
"""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from redis.asyncio import Redis

from tests.faults.harness import assert_exact, expected_alerts, feed, log, report_line


async def _oom_refusals(redis: Redis) -> int:
    """Writes this Redis has refused as out of memory so far (INFO errorstats, errorstat_OOM:count=N)."""
    stats = await redis.info("errorstats")
    return int(stats.get("errorstat_OOM", {}).get("count", 0))


async def _readyz(stack) -> tuple[int, str]:
    async with httpx.AsyncClient(timeout=10) as http:
        answer = await http.get(f"{stack.url('portal')}/readyz")
    return answer.status_code, answer.text[:300]


@pytest.mark.timeout(300)
async def test_redis_full_during_the_portal_rebuild_leaves_no_dead_view(make_stack, own_redis):
    """Redis emptied (FLUSHALL, as a restart without persistence) and full at once: the portal's projector finds its
    view gone and rebuilds, and Redis refuses the rebuild's first write. Once Redis has room again the view must be
    rebuilt and follow Kafka: every alert listed once, /readyz 200. (Before: the refused write killed the
    projector's task for good; the portal listed nothing and answered 503 until restarted by hand.)"""
    stack = await make_stack()
    run = uuid.uuid4().hex[:6]
    first, second = feed(f"{run}a", 1), feed(f"{run}b", 1)
    expected = expected_alerts(first + second)
    await stack.stream(first, chunk=400)
    verdict = await stack.settle(expected_alerts(first), quiet_s=1)
    assert not verdict.problems(), verdict.problems()

    redis = Redis.from_url(own_redis.url)
    try:
        refused_before = await _oom_refusals(redis)
        await redis.config_set("maxmemory", "1")  # below what an empty Redis uses: every write is refused
        await redis.flushall()
        log(f"{stack.name}: Redis emptied and full")
        while await _oom_refusals(redis) == refused_before:  # the portal found its view gone and tried to rebuild
            await asyncio.sleep(0.1)
        log(f"{stack.name}: Redis refused a write; room again")
        await redis.config_set("maxmemory", "0")
    finally:
        await redis.aclose()

    await stack.stream(second, chunk=400)
    verdict = await stack.settle(expected)
    ready = await _readyz(stack)
    report_line("Redis emptied and full during the portal's rebuild, then room again", verdict, None,
                portal_readyz=ready[0])
    assert_exact(verdict, stack)
    assert ready[0] == 200, ready
