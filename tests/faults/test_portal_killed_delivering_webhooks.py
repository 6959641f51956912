"""The portal killed (kill -9) twice while it delivers webhooks, restarted each time (faults56, 2026-12-06). The
promise (services/portal/README.md, Webhooks): at least once, the same delivery id on every retry, offsets committed
up to the first alert with a delivery not yet done. So: every alert delivered (none lost), a delivery POSTed again
only under the id it had (a receiver that dedupes sees each alert once), nothing parked.
"""

from __future__ import annotations

import asyncio
import uuid

import pytest

from services.portal.settings import PortalTopics
from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, log, report_line
from tests.faults.test_redis_full import Receiver


@SOAK_ONLY  # held when written: runs in make soak only
@pytest.mark.timeout(420)
async def test_the_portal_killed_while_delivering_webhooks_loses_none(make_stack):
    stack = await make_stack(extra_env={"PORTAL_WEBHOOK_ALLOW_HOSTS": "127.0.0.1"})
    docs = feed(uuid.uuid4().hex[:6], 3)
    expected = expected_alerts(docs)
    receiver = Receiver()
    url = await receiver.start()
    try:
        async with stack.portal() as http:
            for iwg in sorted({e.iwg for e in expected.values()}):
                answer = await http.post("/v1/webhooks", json={"url": url, "iwg": iwg})
                assert answer.status_code == 201, answer.text
        streaming = stack.background(stack.stream(docs, chunk=100, pause_s=0.2))
        kills = []
        for fraction in (0.25, 0.6):
            while len(receiver.posts) < fraction * len(expected):
                await asyncio.sleep(0.05)
            stack.kill9("portal")
            kills.append(f"at {len(receiver.posts)} delivered")
            await stack.start("portal")
        counts = await streaming
        verdict = await stack.settle(expected, timeout_s=120)
        delivered_all = await receiver.reach(len(expected), 60)
    finally:
        await receiver.stop()
    parked = await stack.count(PortalTopics(stack.topics).webhooks_dlq)
    again = {d: n for d, n in receiver.posts.items() if n > 1}
    log(f"{stack.name}: {len(receiver.posts)} of {len(expected)} alerts delivered, {len(again)} POSTed again "
        f"(same delivery id), {parked} parked")
    report_line("portal kill -9 twice while delivering webhooks (one subscription per working group), restarted",
                verdict, None, webhooks=f"{len(receiver.posts)}/{len(expected)}", posted_again=len(again),
                parked=parked, kills=kills)
    assert counts["accepted"] == len(docs), counts
    assert_exact(verdict, stack)
    assert delivered_all and len(receiver.posts) == len(expected), f"{len(receiver.posts)} of {len(expected)} delivered"
    assert parked == 0, parked
