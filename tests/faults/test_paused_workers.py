"""Workers paused (SIGSTOP) past their session timeout mid-stream, then resumed (SIGCONT): a zombie wakes up holding
a batch it read, and maybe a transaction it began, for partitions the group gave to another worker meanwhile
(faults56, 2026-12-06). The promise (README, Guarantees): "a zombie cannot commit": one transactional id per input
partition, the partition's next owner fences the old one. Nothing lost, nothing doubled, no service exits.
"""

from __future__ import annotations

import asyncio
import os
import signal
import uuid

import pytest

from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, freeze_process, log, report_line

PAUSE_S = 14  # the session timeout is 6 s (MATCHER_/ALERTS_SESSION_TIMEOUT_MS): the group moves on well before


async def _until(condition, every_s: float = 0.05) -> None:
    while not condition():
        await asyncio.sleep(every_s)


@SOAK_ONLY  # held when written: runs in make soak only (two stack boots' worth of time)
@pytest.mark.timeout(420)
async def test_a_matcher_and_the_alerts_service_paused_past_the_session_timeout_then_resumed(make_stack):
    """Two matchers (batches of 20) while 1,600 listings stream in: matcher1 paused for 14 s at a quarter of the
    stream, resumed; then the alerts service (the only one) paused for 14 s while it works through what the matchers
    wrote, resumed. Each wakes up a zombie: its group has rebalanced (the other matcher took matcher1's partitions;
    the alerts group emptied and its member expired)."""
    stack = await make_stack(matchers=2, extra_env={"MATCHER_BATCH_MAX": "20", "ALERTS_BATCH_MAX": "50"})
    docs = feed(uuid.uuid4().hex[:6], 4)
    expected = expected_alerts(docs)
    streaming = stack.background(stack.stream(docs, chunk=40, pause_s=0.1))
    pauses = []
    for fraction, victim in ((0.25, "matcher1"), (0.6, "alerts")):
        await _until(lambda: stack.posted >= fraction * len(docs) or streaming.done())
        pid = stack.procs[victim].proc.pid
        freeze_process(pid)
        pauses.append(f"{victim} at {stack.posted}")
        log(f"{stack.name}: SIGSTOP {victim} (pid {pid}) at {stack.posted} listings")
        await asyncio.sleep(PAUSE_S)  # the fault's length, not an assertion: past the session timeout
        os.kill(pid, signal.SIGCONT)
        log(f"{stack.name}: SIGCONT {victim} at {stack.posted} listings")
    counts = await streaming
    verdict = await stack.settle(expected, timeout_s=150)
    report_line(f"matcher1 of two, then alerts, SIGSTOP {PAUSE_S} s (past the 6 s session timeout) mid-stream, "
                "then SIGCONT; 1,600 listings", verdict, None, pauses=pauses)
    assert counts["accepted"] == len(docs), counts
    assert_exact(verdict, stack)
