"""The portal killed (kill -9) right after a brand adds a fingerprint (faults56, 2026-12-06).

The promise (services/portal/README.md): "A fingerprint added or changed starts one [rescan] by itself", so listings
posted before the fingerprint existed are matched with it and alerted. The automatic rescan waits a debounce
(PORTAL_RESCAN_DEBOUNCE_S, 2 s; longer while the brand has rescans running) to gather a brand's changes; it was held
in the portal's memory only until then, so a portal that died (or was rolled out) in that window lost it: the brand
had its 201, the fingerprint was live for new listings, and the earlier listings were never alerted.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta, timezone

import pytest

from schemas import alert_id
from tests.faults.harness import (SOAK_ONLY, Expected, assert_exact, expected_alerts, feed, listing_key, log,
                                  report_line)
from tests.support import listing

NOW_MINUS_DAY = datetime.now(timezone.utc) - timedelta(days=1)
DEBOUNCE_S = 20  # the window the kill lands in, made wide so that it lands there whatever the machine's load


@SOAK_ONLY  # a stack boot (~40 s on 2 cores); the rescan's own integration tests (tests/integration/portal) run in make test
@pytest.mark.timeout(300)
async def test_the_portal_killed_before_its_automatic_rescan_ran_loses_no_alert(make_stack):
    stack = await make_stack(extra_env={"PORTAL_RESCAN_DEBOUNCE_S": str(DEBOUNCE_S), "PORTAL_RESCAN_LEASE_S": "15"})
    brand_id, mark = f"rk-{uuid.uuid4().hex[:6]}", f"Velmorant{uuid.uuid4().hex[:4]}"
    async with stack.portal() as ops:
        answer = await ops.post("/v1/brands", json={"id": brand_id, "name": "Velmorant Audio",
                                                    "iwg": "consumer-electronics", "categories": ["headphones"]})
        assert answer.status_code == 201, answer.text
    await stack.make_key("member", "brand", brand_id=brand_id)
    marketplace = feed("x", 1)[0]["marketplace"]
    earlier = [listing(f"{mark} wireless headphones 1:1 replica #{i}", marketplace=marketplace) for i in range(3)]
    expected = expected_alerts(earlier)  # whatever the demo brands make of them (nothing, as written)
    expected |= {aid: Expected(aid, brand_id, "consumer-electronics", listing_key(doc))
                 for doc in earlier for aid in [alert_id(brand_id, listing_key(doc))]}
    counts = await stack.stream(earlier)
    assert counts["accepted"] == len(earlier), counts
    while not await stack.groups_caught_up("matcher"):  # matched (by nothing) before the fingerprint exists
        pass

    async with stack.portal("member") as me:
        answer = await me.post(f"/v1/brands/{brand_id}/fingerprints", json={"kind": "mark", "value": mark})
        assert answer.status_code == 201, answer.text
    stack.kill9("portal")  # within the debounce: the automatic rescan has not run yet
    await stack.start("portal")
    log(f"{stack.name}: portal killed after the fingerprint's 201 and restarted")

    verdict = await stack.settle(expected, timeout_s=90)
    async with stack.portal("member") as me:
        rescans = (await me.get(f"/v1/brands/{brand_id}/rescans")).json()
    auto = [(r["state"], r["resumed"], r["written"]) for r in rescans if r["trigger"] == "fingerprint_change"]
    report_line("portal kill -9 within the debounce of a fingerprint's automatic rescan, restarted", verdict, None,
                automatic_rescans=auto)
    assert_exact(verdict, stack)
    assert auto and auto[0][0] == "done", auto


@pytest.mark.timeout(60)
async def test_an_automatic_rescan_is_in_redis_before_the_fingerprint_change_is_answered(own_redis, tmp_path):
    """What make test holds of the fix above, with a redis-server of the test's own and no Kafka (about 1 s): by the
    time the portal answers a fingerprint change, its automatic rescan is in Redis, `running`, under this portal's
    lease; a portal stopped within the debounce gives the lease up, so that a live portal takes the rescan over."""
    import inspect
    from types import SimpleNamespace

    from redis.asyncio import Redis

    from brandsentry.settings import RedisSettings, Topics
    from services.portal.controller import Portal
    from services.portal.rescan import RescanStatus
    from services.portal.settings import PortalSettings

    class Log:
        def __getattr__(self, _):
            return lambda *a, **k: None

    settings = PortalSettings(redis=RedisSettings(url=own_redis.url), topics=Topics(topic_prefix="rk."),
                              rescan_debounce_s=600, secrets_key_file=str(tmp_path / "secrets.key"))
    portal = Portal(settings, Log())
    portal._record_rescan = lambda status: asyncio.sleep(0)  # no Kafka here: its rescans topic (faults57) left out
    redis = Redis.from_url(own_redis.url)
    try:
        fp = SimpleNamespace(active=True, brand_id="bose", id="bose.mark.velmorant")
        answered = portal._fingerprint_changed(SimpleNamespace(name="bose-member"), fp)
        if inspect.isawaitable(answered):  # (before the fix it returned at once, the rescan in memory only)
            await answered
        ids = [i.decode() for i in await redis.zrange("rk.portal:rescans:bose", 0, -1)]
        assert len(ids) == 1, ids  # kept before the answer, not after the debounce
        status = RescanStatus.model_validate_json(await redis.get(f"rk.portal:rescan:{ids[0]}"))
        assert (status.state, status.trigger, status.fingerprint_ids) == ("running", "fingerprint_change", [fp.id])
        assert await redis.get(f"rk.portal:rescan-lease:{ids[0]}") is not None  # this portal's, renewed while it waits

        for task in list(portal._rescans):  # the portal stops within the debounce
            task.cancel()
        for task in list(portal._rescans):
            with pytest.raises(asyncio.CancelledError):
                await task
        assert await redis.get(f"rk.portal:rescan-lease:{ids[0]}") is None  # given up: a live portal takes it over
        assert RescanStatus.model_validate_json(await redis.get(f"rk.portal:rescan:{ids[0]}")).state == "running"
    finally:
        await redis.aclose()
        await portal.redis.aclose()
        await portal.deliverer.close()


@pytest.mark.timeout(60)
async def test_a_running_rescan_keeps_its_lease_while_it_reports_nothing(own_redis, tmp_path, monkeypatch):
    """A rescan renewed its lease only when it reported progress: one waiting for the portal's one index build at a
    time, or building a slow index, let it lapse, and a live portal (this one too) ran it again beside it (seen as
    `resumed` 4 in the test above with a 3 s lease at load 20). Own redis-server, no Kafka, about 2 s."""
    from types import SimpleNamespace

    from redis.asyncio import Redis

    from brandsentry.settings import RedisSettings, Topics
    from services.portal import rescan
    from services.portal.controller import Portal
    from services.portal.rescan import RescanStatus
    from services.portal.settings import PortalSettings

    class Log:
        def __getattr__(self, _):
            return lambda *a, **k: None

    lease_s = 0.6
    settings = PortalSettings(redis=RedisSettings(url=own_redis.url), topics=Topics(topic_prefix="rl."),
                              rescan_lease_s=lease_s, secrets_key_file=str(tmp_path / "secrets.key"))
    portal = Portal(settings, Log())
    redis = Redis.from_url(own_redis.url)
    building = asyncio.Event()
    lease_key = "rl.portal:rescan-lease:rs_0123456789abcdef"
    renewals = []  # the lease's renewals (pexpire of this portal's, or a set when it was free), outside any report

    async def silent_run(status, **_):  # waits its turn for the index build: no report meanwhile
        await building.wait()
        status.state = "done"
        return status

    real_pexpire, real_set = portal.redis.pexpire, portal.redis.set

    async def pexpire(key, *a, **k):
        renewals.append(key)
        return await real_pexpire(key, *a, **k)

    async def set_(key, *a, **k):
        done = await real_set(key, *a, **k)
        if done and k.get("nx"):
            renewals.append(key)
        return done

    monkeypatch.setattr(rescan, "snapshot", lambda registry: SimpleNamespace())
    monkeypatch.setattr(rescan, "run", silent_run)
    portal._record_rescan = lambda status: asyncio.sleep(0)  # no Kafka here: its rescans topic (faults57) left out
    monkeypatch.setattr(portal.redis, "pexpire", pexpire)
    monkeypatch.setattr(portal.redis, "set", set_)
    try:
        status = RescanStatus(id="rs_0123456789abcdef", brand_id="bose", since=NOW_MINUS_DAY, dry_run=True,
                              started_by="t", started_at=NOW_MINUS_DAY)
        running = asyncio.ensure_future(portal._run_rescan(status))
        deadline = asyncio.get_running_loop().time() + 20 * lease_s  # a bound for a stalled machine, not a timing
        while renewals.count(lease_key) < 3 and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.05)
        present = await redis.get(lease_key) is not None
        building.set()
        await running
        assert renewals.count(lease_key) >= 3, f"the lease was renewed {renewals.count(lease_key)} times while the " \
                                               f"rescan reported nothing for {20 * lease_s:.0f} s"
        assert present
        saved = RescanStatus.model_validate_json(await redis.get("rl.portal:rescan:rs_0123456789abcdef"))
        assert saved.state == "done"
        assert await redis.get(lease_key) is None  # given up when done
    finally:
        await redis.aclose()
        await portal.redis.aclose()
        await portal.deliverer.close()
