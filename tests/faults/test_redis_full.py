"""Redis full (maxmemory reached, policy noeviction: every write answered "OOM command not allowed", reads served)
while the pipeline runs (faults56, 2026-12-06). The README promises that Redis is only a cache and that services
outlive outages; a full Redis answers PING and reads and refuses writes, which is not the "Redis away" the services
were built for.

What it found (both held in `make test` by unit tests: tests/unit/portal/test_projector_redis_full.py and
test_delivery.py's test_a_delivery_the_receiver_took_is_delivered_though_redis_is_full):
- Redis emptied (a restart without persistence) and full: the portal's projector found its view gone, and the
  rebuild's first write, refused, killed its task for good: the portal listed 0 of 240 alerts and answered /readyz 503
  until restarted by hand;
- every webhook delivered while Redis was full: the receiver answered 200, the "delivered" mark was refused, and the
  delivery was parked on webhooks.dlq as failed (a replay sends it again) and its subscription marked failing.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter

import httpx
import pytest
from aiohttp import web
from redis.asyncio import Redis

from services.portal.settings import PortalTopics
from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, log, report_line
from tests.support import free_port


async def _oom_refusals(redis: Redis) -> int:
    """Writes this Redis has refused as out of memory so far (INFO errorstats, errorstat_OOM:count=N)."""
    stats = await redis.info("errorstats")
    return int(stats.get("errorstat_OOM", {}).get("count", 0))


async def _readyz(stack) -> tuple[int, str]:
    async with httpx.AsyncClient(timeout=10) as http:
        answer = await http.get(f"{stack.url('portal')}/readyz")
    return answer.status_code, answer.text[:300]


class Receiver:
    """A webhook receiver on loopback: counts the POSTs of each delivery id (X-BrandSentry-Delivery)."""

    def __init__(self) -> None:
        self.posts: Counter = Counter()
        self.port = free_port()
        self.runner: web.AppRunner | None = None

    async def _hook(self, request: web.Request) -> web.Response:
        await request.read()
        self.posts[request.headers.get("X-BrandSentry-Delivery", "?")] += 1
        return web.Response(status=200)

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/hook", self._hook)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()
        return f"http://127.0.0.1:{self.port}/hook"

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()

    async def reach(self, n: int, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        while len(self.posts) < n and time.monotonic() < deadline:
            await asyncio.sleep(0.5)
        return len(self.posts) >= n


@SOAK_ONLY  # one more stack boot (~40 s on 2 cores); the fixes are held in make test by the unit tests named above
@pytest.mark.timeout(420)
async def test_redis_full_leaves_no_dead_view_and_parks_no_delivered_webhook(make_stack, own_redis):
    """Webhook subscriptions (one per working group: every alert is delivered once) to a receiver on loopback; the
    demo feed once; then Redis emptied and full at once, and the feed again (new ids) while it stays full; then room
    again. Nothing lost or doubled on the alert topics; every alert delivered once, while Redis is full, nothing
    parked; once Redis has room the portal's view is rebuilt (every alert listed once) and /readyz is 200."""
    stack = await make_stack(extra_env={"PORTAL_WEBHOOK_ALLOW_HOSTS": "127.0.0.1"})
    run = uuid.uuid4().hex[:6]
    first, second = feed(f"{run}a", 1), feed(f"{run}b", 1)
    expected_first, expected = expected_alerts(first), expected_alerts(first + second)
    receiver = Receiver()
    url = await receiver.start()
    redis = Redis.from_url(own_redis.url)
    try:
        async with stack.portal() as http:
            for iwg in sorted({e.iwg for e in expected.values()}):
                answer = await http.post("/v1/webhooks", json={"url": url, "iwg": iwg})
                assert answer.status_code == 201, answer.text
        await stack.stream(first, chunk=400)
        verdict = await stack.settle(expected_first, quiet_s=1)
        assert not verdict.problems(), verdict.problems()
        assert await receiver.reach(len(expected_first), 60), f"{len(receiver.posts)} of {len(expected_first)} delivered"

        refused_before = await _oom_refusals(redis)
        await redis.config_set("maxmemory", "1")  # below what an empty Redis uses: every write is refused
        await redis.flushall()
        log(f"{stack.name}: Redis emptied and full")
        while await _oom_refusals(redis) == refused_before:  # the portal found its view gone and tried to rebuild
            await asyncio.sleep(0.1)
        await stack.stream(second, chunk=400)
        delivered_while_full = await receiver.reach(len(expected), 90)
        log(f"{stack.name}: {len(receiver.posts)} of {len(expected)} alerts delivered by webhook while Redis is full; "
            f"{await _oom_refusals(redis) - refused_before} writes refused; room again")
        await redis.config_set("maxmemory", "0")
    finally:
        await redis.aclose()
        await receiver.stop()

    verdict = await stack.settle(expected)
    ready = await _readyz(stack)
    parked = await stack.count(PortalTopics(stack.topics).webhooks_dlq)
    posted_twice = {d: n for d, n in receiver.posts.items() if n > 1}
    report_line("Redis emptied and full (maxmemory, noeviction), the feed again, then room", verdict, None,
                webhooks=f"{len(receiver.posts)}/{len(expected)}", posted_twice=len(posted_twice), parked=parked,
                portal_readyz=ready[0])
    assert_exact(verdict, stack)
    assert ready[0] == 200, ready
    assert delivered_while_full and len(receiver.posts) == len(expected), \
        f"{len(receiver.posts)} of {len(expected)} alerts delivered by webhook"
    assert not posted_twice and parked == 0, f"posted twice: {list(posted_twice.items())[:5]}; parked: {parked}"
