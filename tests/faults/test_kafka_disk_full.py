"""Kafka's own log directory full (faults57, 2026-12-06).

A broker that cannot append (ENOSPC) takes its log directory offline; with its only directory gone it stops. The
promise (README): a 202 from ingest means the listing is on Kafka; no listing lost, no alert doubled by a broker
outage; services outlive outages (no exit, `/readyz` 503 with the reason meanwhile).

The attack: a broker of the test's own whose log directory is a 256 MiB tmpfs; the demo feed alerted; the tmpfs
filled to its last byte; the feed again (new ids) posted once: what ingest answers; then room again, the broker
restarted, the feed posted again (a client's retry): every listing accepted once, every alert once.
"""

from __future__ import annotations

import asyncio
import subprocess
import time
import uuid

import httpx
import pytest

from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, lines_of, log, report_line
from tests.faults.test_portal_storage import fill, tiny_disk


@SOAK_ONLY  # its own broker and a stack boot (~60 s on 2 cores)
@pytest.mark.timeout(600)
async def test_kafka_log_dir_full_loses_no_acknowledged_listing_and_recovers(own_kafka, make_stack, tmp_path):
    data = tmp_path / "kafka0" / "data1"  # OwnKafka's first broker's log.dirs
    with tiny_disk(data, "256m"):
        kafka = await own_kafka(1)
        stack = await make_stack(kafka=kafka)
        run = uuid.uuid4().hex[:6]
        first, second = feed(f"{run}a", 1), feed(f"{run}b", 1)
        expected = expected_alerts(first + second)
        await stack.stream(first, chunk=400)
        verdict = await stack.settle(expected_alerts(first))
        assert not verdict.problems(), verdict.problems()

        fill(data)
        log(f"{stack.name}: Kafka's log dir full")
        started = time.monotonic()
        try:
            async with httpx.AsyncClient(timeout=60, headers={"X-API-Key": stack.tokens["connector"]}) as http:
                answer = await http.post(f"{stack.url('ingest')}/v1/listings/batch",
                                         content=b"\n".join(lines_of(second)), headers={"Content-Type": "application/x-ndjson"})
            status, body = answer.status_code, answer.text[:300]
        except httpx.TimeoutException:
            status, body = 0, "no answer"
        body += f" after {time.monotonic() - started:.0f} s"
        await asyncio.sleep(5)
        broker_alive = kafka.procs[0].poll() is None
        async with httpx.AsyncClient(timeout=10) as http:
            ready = {n: (await http.get(f"{stack.url(n)}/readyz")).status_code for n in stack.procs}
        log(f"{stack.name}: with the disk full ingest answered {status} {body}; broker alive: "
            f"{broker_alive}; ready: {ready}; exited: {stack.exited()}")

        (data / "ballast").unlink()
        if not broker_alive:
            kafka.start_broker(0)
            await kafka.wait_ready(120)
        log(f"{stack.name}: room again, broker {'restarted' if not broker_alive else 'still up'}")
        counts = await stack.stream(second, chunk=400, deadline_s=240)
        verdict = await stack.settle(expected, timeout_s=180)
        report_line("Kafka's log dir full (256 MiB tmpfs filled) mid-feed, then room and the broker restarted", verdict,
                    None, answered_when_full=status, broker_stopped=not broker_alive,
                    ready_when_full=ready, posted_again=dict(counts), exited=stack.exited())
        try:
            assert_exact(verdict, stack)
            assert status == 503, body  # within INGEST_ACK_TIMEOUT_S, not a client's timeout
        finally:
            await stack.stop()
            kafka.stop()
        subprocess.run(["sync"], check=False)
