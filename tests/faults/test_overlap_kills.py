"""kill -9 at random moments of the overlapped commits (transactions.LoopSettings.overlap_commits): the alerts
service while it works through a backlog, the matcher while listings stream in; restarted at once, killed again
at another random moment, so kills land while a transaction commits and the next batch is handled
(faultattack, 2026-12-01). Seed and count: FAULTS_SEED, FAULTS_KILLS; nothing lost, nothing doubled."""

from __future__ import annotations

import asyncio
import os
import random
import uuid

import pytest

from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, log, report_line
from tests.support import eventually

SEED = int(os.environ.get("FAULTS_SEED", "1"))
KILLS = int(os.environ.get("FAULTS_KILLS", "4"))
COPIES = int(os.environ.get("FAULTS_COPIES", "12"))


@SOAK_ONLY
@pytest.mark.timeout(600)
@pytest.mark.parametrize("batch_max", ["2000", "50"])
async def test_alerts_killed_at_random_moments_of_a_backlog(make_stack, batch_max):
    rng = random.Random(SEED)
    stack = await make_stack(alerts=False, extra_env={"ALERTS_BATCH_MAX": batch_max})
    docs = feed(uuid.uuid4().hex[:6], COPIES)
    expected = expected_alerts(docs)
    counts = await stack.stream(docs, chunk=500)
    await eventually(lambda: stack.groups_caught_up("matcher"), timeout_s=180, every_s=0.5,
                     what="the matcher to match the whole feed")
    await stack.start("alerts")
    moments = []
    published = 0
    for _ in range(KILLS):  # each kill the moment alert-events holds a random number of records more (mid-transaction)
        target = published + rng.randint(1, max(1, 2 * len(expected) // KILLS))
        try:
            published = await stack.wait_records(stack.topics.alert_events, target, timeout_s=30)
        except TimeoutError:  # the backlog is done: the kill lands after it
            published = await stack.count(stack.topics.alert_events)
        stack.kill9("alerts")
        moments.append((target, published))
        log(f"{stack.name}: kill -9 alerts at {published} records on alert-events (target {target}) of {len(expected)}")
        await stack.start("alerts")
    verdict = await stack.settle(expected, timeout_s=180)
    report_line(f"alerts kill -9 x{KILLS} at random moments of a backlog, batch {batch_max}, seed {SEED}", verdict,
                None, moments=moments)
    assert counts["accepted"] == len(docs), counts
    assert_exact(verdict, stack)
    assert verdict.portal_listed == len(expected)


@SOAK_ONLY
@pytest.mark.timeout(600)
async def test_matcher_killed_at_random_moments_of_a_stream(make_stack):
    rng = random.Random(SEED)
    stack = await make_stack(extra_env={"MATCHER_BATCH_MAX": "50"})
    docs = feed(uuid.uuid4().hex[:6], COPIES)
    expected = expected_alerts(docs)
    streaming = stack.background(stack.stream(docs, chunk=50, pause_s=0.05, deadline_s=400))
    moments = []
    for _ in range(KILLS):
        delay = rng.uniform(0.5, 4.0)
        await asyncio.sleep(delay)
        stack.kill9("matcher1")
        moments.append((round(delay, 2), stack.posted))
        log(f"{stack.name}: kill -9 matcher1 {delay:.2f}s after ready, {stack.posted} posted")
        await stack.start("matcher1")
    counts = await streaming
    verdict = await stack.settle(expected, timeout_s=180)
    report_line(f"matcher kill -9 x{KILLS} at random moments of a stream, seed {SEED}", verdict, None, moments=moments)
    assert counts["accepted"] + counts["duplicate"] == len(docs), counts
    assert_exact(verdict, stack)
