"""kill -9 with INGEST_WORKERS=2 (uvicorn's supervisor and its worker processes) during a large NDJSON POST
(faults, 2026-12-01): the client re-posts and every listing lands once; a restarted ingest serves on its port;
no process of the killed ingest is left behind."""

from __future__ import annotations

import asyncio
import os
import signal
import uuid
from pathlib import Path

import pytest

from tests.faults.harness import SOAK_ONLY, assert_exact, expected_alerts, feed, lines_of, listing_key, log, report_line


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (uvicorn's workers, and multiprocessing's helpers)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return stat[0] != "Z"
    except OSError:
        return False


async def alive_after(pids: list[int], seconds: float) -> list[int]:
    """Those of `pids` still alive `seconds` from now: asked every 50 ms, done as soon as none is."""
    deadline = asyncio.get_running_loop().time() + seconds
    while (left := [p for p in pids if alive(p)]) and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.05)
    return left


@pytest.mark.timeout(300)
@pytest.mark.parametrize("victim", ["supervisor", pytest.param("worker", marks=SOAK_ONLY)])  # the worker case held
async def test_ingest_with_two_workers_killed_mid_post_every_listing_lands_once(make_stack, victim):
    stack = await make_stack(extra_env={"INGEST_WORKERS": "2"})
    master = stack.procs["ingest"].proc.pid
    workers = children(master)
    log(f"{stack.name}: ingest supervisor {master}, its children {workers}")
    docs = feed(uuid.uuid4().hex[:6], 6)
    expected = expected_alerts(docs)
    body = lines_of(docs)
    orphans: list[int] = []
    try:
        async with stack.watch(stack.topics.listings) as gauge:
            posting = stack.background(stack.post_batch(body, deadline_s=0))
            await gauge.reach(1)
            if victim == "supervisor":
                stack.kill9("ingest")
            else:
                for w in workers:
                    os.kill(w, signal.SIGKILL)
        try:
            first = await posting
            log(f"{stack.name}: answered before the kill took: {first.get('accepted')}")
        except TimeoutError as exc:
            log(f"{stack.name}: no answer ({exc})")
        orphans = await alive_after(workers, 2) if victim == "supervisor" else []
        restart_error = None
        if victim == "supervisor":
            try:
                await stack.start("ingest", timeout_s=60)
            except Exception as exc:  # noqa: BLE001 - the finding
                restart_error = repr(exc)[:300]
            # orphans would answer /readyz at once: wait_ready takes only an answer of the new supervisor's own
            # (it holds the port: bound, past the point where a port still in use makes it exit), or fails
        again = await stack.post_batch(body, deadline_s=60)
        landed = await stack.listing_keys()
        lost = {listing_key(d) for d in docs} - set(landed)
        verdict = await stack.settle(expected)
        report_line(f"ingest INGEST_WORKERS=2, kill -9 of the {victim} mid 2,400-line POST, client re-posts", verdict,
                    None, orphans_left=len(orphans), restart_error=restart_error, listings_lost=len(lost),
                    repost={k: again.get(k) for k in ("accepted", "duplicate", "rejected")})
        assert not lost, f"{len(lost)} listings never reached Kafka"
        assert not orphans, f"the killed supervisor left its workers {orphans} serving on the port"
        assert restart_error is None, restart_error
        assert_exact(verdict, stack)
    finally:  # every process of the ingests this test started: the supervisor first (it would respawn workers)
        proc = stack.procs["ingest"].proc
        kids = children(proc.pid) if proc.poll() is None else []
        if proc.poll() is None:
            stack.kill9("ingest")
        left = await alive_after([*{*orphans, *kids, *workers}], 1)
        if left:
            log(f"{stack.name}: ingest workers still alive after their supervisor's kill -9: {left}")
        for w in left:
            os.kill(w, signal.SIGKILL)
