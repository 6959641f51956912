"""Two alerts workers in one group working through a backlog, kill -9 of one then the other, each the moment a
transaction's first records are on alert-events (mid-transaction, offsets in flight), and once while the group
rebalances after a restart (faults, 2026-12-01). Nothing lost, nothing doubled, on every topic and in the portal."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest

from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, log, report_line
from tests.support import ServiceProcess, eventually, free_port


def allow_second_alerts(stack) -> None:
    """Teach the stack to start `alerts2`: a second alerts worker in the same consumer group."""
    make = stack._process

    def process(name: str) -> ServiceProcess:
        if name != "alerts2":
            return make(name)
        port = stack.ports.setdefault(name, free_port())
        env = {**stack.env, "ALERTS_OPS_PORT": str(port)}
        return ServiceProcess(f"faults-{stack.name}-alerts2", "services.alerts", env, f"http://127.0.0.1:{port}/readyz")

    stack._process = process


@SOAK_ONLY
@pytest.mark.timeout(420)
async def test_two_alerts_workers_killed_in_turn_mid_transaction_and_mid_rebalance(make_stack):
    stack = await make_stack(alerts=False, extra_env={"ALERTS_BATCH_MAX": "5"})
    allow_second_alerts(stack)
    docs = feed(uuid.uuid4().hex[:6], 8)
    expected = expected_alerts(docs)
    counts = await stack.stream(docs, chunk=400)
    await eventually(lambda: stack.groups_caught_up("matcher"), timeout_s=120, every_s=0.5,
                     what="the matcher to match the whole feed")
    await stack.start("alerts", "alerts2")
    published, kills = 0, []
    for victim, when in (("alerts", "mid-transaction"), ("alerts2", "mid-transaction"),
                         ("alerts", "mid-rebalance"), ("alerts2", "mid-transaction")):
        if when == "mid-transaction":
            try:
                published = await stack.wait_records(stack.topics.alert_events, published + 1, timeout_s=20)
            except TimeoutError:  # the backlog is done: the kill lands between transactions (idle commits)
                when = "after the backlog"
        stack.kill9(victim)
        kills.append(f"{victim} {when} at {published}")
        log(f"{stack.name}: kill -9 {victim} {when}, {published} records on alert-events of {len(expected)} alerts")
        await asyncio.sleep(0.5)
        await stack.start(victim)  # rejoins: the group rebalances; the next kill may land inside it
        published = await stack.count(stack.topics.alert_events)
    verdict = await stack.settle(expected, timeout_s=120)
    report_line("two alerts workers, kill -9 in turn mid-transaction (x3) and mid-rebalance (x1), backlog of 3,200 "
                "listings' matches, ALERTS_BATCH_MAX=5", verdict, None, kills=kills)
    assert counts["accepted"] == len(docs), counts
    assert_exact(verdict, stack)
