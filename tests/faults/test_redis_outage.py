"""Redis away for seconds while listings stream in (faults, 2026-12-01): frozen (SIGSTOP: connections hang), then
killed and restarted empty a few seconds later (connections refused, then a Redis that knows nothing). Ingest keeps
accepting (dedupe skipped), nothing is lost or alerted twice, no service exits, the portal lists every alert again."""

from __future__ import annotations

import asyncio
import os
import signal
import time
import uuid
from collections import Counter

import httpx
import pytest

from tests.faults.harness import assert_exact, expected_alerts, feed, freeze_process, lines_of, log, report_line


@pytest.mark.timeout(300)
async def test_redis_frozen_then_down_then_empty_while_streaming_loses_and_doubles_nothing(make_stack, own_redis):
    stack = await make_stack()
    docs = feed(uuid.uuid4().hex[:6], 3)
    expected = expected_alerts(docs)
    answers: Counter = Counter()
    slowest = 0.0

    async def post_all(chunk: int = 50) -> None:
        nonlocal slowest
        for i in range(0, len(docs), chunk):
            body = b"\n".join(lines_of(docs[i:i + chunk])) + b"\n"
            while True:  # a connector: on no answer or a 5xx, the same batch again
                started = time.monotonic()
                try:
                    async with httpx.AsyncClient(timeout=30) as http:
                        a = await http.post(f"{stack.url('ingest')}/v1/listings/batch", content=body,
                                            headers={"Content-Type": "application/x-ndjson",
                                                     "X-API-Key": stack.tokens["connector"]})
                    answers[a.status_code] += 1
                    slowest = max(slowest, time.monotonic() - started)
                    if a.status_code in (202, 422):
                        break
                except httpx.HTTPError as exc:
                    answers[type(exc).__name__] += 1
                await asyncio.sleep(0.5)
            stack.posted = i + chunk
            await asyncio.sleep(0.1)

    streaming = stack.background(post_all())
    while stack.posted < 0.25 * len(docs):
        await asyncio.sleep(0.05)
    freeze_process(own_redis.proc.pid)  # returns once every Redis thread is stopped, not when kill() returns
    log(f"{stack.name}: Redis frozen at {stack.posted} listings")
    await asyncio.sleep(6)
    os.kill(own_redis.proc.pid, signal.SIGCONT)
    while stack.posted < 0.6 * len(docs):
        await asyncio.sleep(0.05)
    own_redis.stop()
    log(f"{stack.name}: Redis killed at {stack.posted} listings")
    await asyncio.sleep(5)
    await own_redis.start()  # same port, empty
    log(f"{stack.name}: Redis back, empty, at {stack.posted} listings")
    await streaming
    verdict = await stack.settle(expected, timeout_s=120)
    landed = await stack.listing_keys()
    report_line("Redis SIGSTOP 6 s, then kill -9 for 5 s and back empty, mid-stream of 1,200 listings", verdict, None,
                answers=dict(answers), slowest_post_s=round(slowest, 1), listings_on_kafka=len(landed),
                on_kafka_twice=sum(1 for n in landed.values() if n > 1))
    assert len(landed) == len(docs)
    assert not [a for a in answers if isinstance(a, int) and a >= 500 and a != 503], \
        f"ingest failed requests while Redis was away (503 + Retry-After is the only 5xx it may answer): {dict(answers)}"
    assert_exact(verdict, stack)
