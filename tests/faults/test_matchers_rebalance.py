"""Two matcher workers, kill -9 of each in turn while listings stream in, the second kill landing while the group
still rebalances after the first worker's restart (faults, 2026-12-01). Nothing lost, nothing doubled."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest

from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, log, report_line
from tests.support import eventually


@SOAK_ONLY
@pytest.mark.timeout(420)
async def test_two_matchers_killed_in_turn_during_the_rebalance_lose_and_double_nothing(make_stack):
    stack = await make_stack(matchers=2, extra_env={"MATCHER_BATCH_MAX": "20"})
    docs = feed(uuid.uuid4().hex[:6], 4)
    expected = expected_alerts(docs)
    streaming = stack.background(stack.stream(docs, chunk=40, pause_s=0.1))
    kills = []
    for fraction, victim in ((0.2, "matcher1"), (0.45, "matcher2"), (0.7, "matcher1")):
        await eventually(lambda: asyncio.sleep(0, stack.posted >= fraction * len(docs)), every_s=0.1,
                         what="the stream to get going")
        stack.kill9(victim)
        kills.append(f"{victim} at {stack.posted}")
        restart = stack.background(stack.start(victim))
        await asyncio.sleep(1.5)  # the restarted worker is joining: the group rebalances
        other = "matcher2" if victim == "matcher1" else "matcher1"
        stack.kill9(other)
        kills.append(f"{other} during the rebalance at {stack.posted}")
        await restart
        await stack.start(other)
    counts = await streaming
    verdict = await stack.settle(expected, timeout_s=120)
    report_line("two matchers, kill -9 one then the other during the rebalance, x3, 1,600 listings streaming, "
                "MATCHER_BATCH_MAX=20", verdict, None, kills=kills)
    assert counts["accepted"] == len(docs), counts
    assert_exact(verdict, stack)
