"""Redis wiped (FLUSHALL of the test's own redis-server) mid-stream, then the marketplace re-sends listings:
no old alert is raised as new, triage decisions stay, API keys keep working (issue #11)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter

import httpx
import pytest

from tests.faults.harness import SOAK, assert_exact, expected_alerts, feed, log, report_line

COPIES = 8 if SOAK else 4  # before the wipe (the re-sent 1,500 are among them)
COPIES_DURING = 8 if SOAK else 2  # streaming while Redis is wiped


@pytest.mark.timeout(300)
async def test_redis_flushall_mid_stream_then_resent_listings_raise_nothing_twice(make_stack, own_redis):
    stack = await make_stack()
    run = uuid.uuid4().hex[:6]
    first, second = feed(f"{run}a", COPIES), feed(f"{run}b", COPIES_DURING)
    expected_first = expected_alerts(first)
    expected = expected_alerts(first + second)

    await stack.stream(first, chunk=400)
    verdict = await stack.settle(expected_first, quiet_s=1)
    assert not verdict.problems(), verdict.problems()

    # a brand confirms five of its alerts
    brand = Counter(e.brand_id for e in expected_first.values()).most_common(1)[0][0]
    await stack.make_key("brand", "brand", brand_id=brand)
    confirmed = sorted(a for a, e in expected_first.items() if e.brand_id == brand)[:5]
    async with stack.portal("brand") as http:
        for aid in confirmed:
            answer = await http.post(f"/v1/alerts/{aid}/transitions", json={"status": "confirmed"})
            assert answer.status_code == 200, answer.text

    # Redis wiped while the next listings stream in
    streaming = stack.background(stack.stream(second, chunk=50, pause_s=0.05))
    while stack.posted < len(first) + len(second) // 2 and not streaming.done():
        await asyncio.sleep(0.05)
    await own_redis.flushall()
    wiped = time.monotonic()
    log(f"{stack.name}: FLUSHALL at {stack.posted - len(first)} of {len(second)} listings of the second part")
    keys = await _keys_work_again(stack, wiped)
    await streaming

    # the marketplace re-sends 1,500 listings it had sent before the wipe
    resent = await stack.stream(first[:1500], chunk=500)
    log(f"{stack.name}: re-sent 1,500 listings: {dict(resent)}")
    verdict = await stack.settle(expected)
    await stack.reader.refresh()
    statuses = {aid: stack.reader.latest.get(aid, {}).get("status") for aid in confirmed}
    async with stack.portal("brand") as http:
        in_portal = {aid: (await http.get(f"/v1/alerts/{aid}")).json().get("alert", {}).get("status") for aid in confirmed}
    not_confirmed = {a: (statuses[a], in_portal[a]) for a in confirmed if (statuses[a], in_portal[a]) != ("confirmed",) * 2}
    report_line("Redis FLUSHALL mid-stream, then 1,500 listings re-sent", verdict, None,
                confirmed_kept=f"{len(confirmed) - len(not_confirmed)}/{len(confirmed)}", **keys)
    assert_exact(verdict, stack)
    assert not not_confirmed, f"confirmed alerts no longer confirmed (alert-events, portal): {not_confirmed}"
    assert keys["portal_401s"] == 0 and keys["ingest_401s"] == 0, keys


async def _keys_work_again(stack, since: float, timeout_s: float = 30) -> dict:
    """Ask the portal (operator key) and ingest (connector key) until both take the keys again; count the 401s."""
    out = {"portal_401s": 0, "ingest_401s": 0, "keys_work_after_s": None}
    deadline = since + timeout_s
    while time.monotonic() < deadline:
        try:
            async with stack.portal() as http:
                portal = (await http.get("/v1/alerts", params={"limit": 1})).status_code
            ingest = (await stack.post_one(b"{}")).status_code  # 422 (invalid listing) once the key is taken
        except httpx.HTTPError:
            await asyncio.sleep(0.2)
            continue
        out["portal_401s"] += portal == 401
        out["ingest_401s"] += ingest == 401
        if portal == 200 and ingest not in (401, 403):
            out["keys_work_after_s"] = round(time.monotonic() - since, 1)
            return out
        await asyncio.sleep(1)  # slowly: failed key attempts are rate-limited per client
    return out
