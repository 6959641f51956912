"""Rescans on the real pipeline: a fingerprint registered today finds last hour's listings, for that brand only;
a dry run raises nothing; real runs (two at once) raise one alert per listing, none for one already alerted."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import uuid
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest
from redis.asyncio import Redis

from brandsentry.settings import RedisSettings
from schemas import Match
from schemas.portal import Role
from tests.integration.portal.conftest import brand_alerts, post_listing, topic_records
from tests.support import eventually
from tests.integration.portal.test_registry_api import alert_from_posting
from tests.support import key, listing, wait_consumed

pytestmark = pytest.mark.integration


async def finished(portal, who: str, brand_id: str, rescan_id: str) -> dict:
    async def done():
        async with portal.client(who) as http:
            status = (await http.get(f"/v1/brands/{brand_id}/rescans/{rescan_id}")).json()
        return status if status["state"] != "running" else None

    status = await eventually(done, what=f"rescan {rescan_id} finished")
    assert status["state"] == "done", status
    return status


async def automatic_rescan(portal, who: str, brand_id: str) -> dict:
    async def started():
        async with portal.client(who) as http:
            return [r for r in (await http.get(f"/v1/brands/{brand_id}/rescans")).json()
                    if r["trigger"] == "fingerprint_change"]

    auto = (await eventually(started, what=f"an automatic rescan for {brand_id}"))[0]
    return await finished(portal, who, brand_id, auto["id"])


async def index_builds(portal) -> Counter:
    """The portal's rescan index builds so far, by result (built, reused): /metrics."""
    async with portal.client(None) as http:
        text = (await http.get("/metrics")).text
    return Counter({result: float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                    for result in ("built", "reused")
                    if line.startswith(f'brandsentry_rescan_index_builds_total{{result="{result}"}}')})


async def test_a_rescan_finds_earlier_listings_for_its_brand_only(pipeline, portal):
    since = datetime.now(timezone.utc) - timedelta(seconds=5)
    brand_id, mark = f"rs-{uuid.uuid4().hex[:6]}", f"Krendavo{uuid.uuid4().hex[:4]}"
    async with portal.client("ops") as ops:
        assert (await ops.post("/v1/brands", json={"id": brand_id, "name": "Rescan Audio", "iwg": "consumer-electronics",
                                                  "categories": ["headphones"]})).status_code == 201
    member = f"{brand_id}-member"
    await portal.new_key(member, Role.brand, brand_id=brand_id)
    earlier = [listing(f"{mark} wireless headphones 1:1 replica #{i}") for i in range(2)]
    unrelated = listing("BOSE QC45 headphones 1:1 replica (rescan, other brand)")
    for doc in [*earlier, unrelated]:
        await post_listing(pipeline, doc)
    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.matcher_group, pipeline.topics.listings)

    async with portal.client(member) as me:
        fp = (await me.post(f"/v1/brands/{brand_id}/fingerprints", json={"kind": "mark", "value": mark})).json()
    auto = await automatic_rescan(portal, member, brand_id)  # the new fingerprint rescans the window by itself
    assert auto["fingerprint_ids"] == [fp["id"]] and auto["started_by"] == member and not auto["dry_run"]
    assert auto["written"] >= len(earlier) and auto["listings_read"] == auto["listings_total"] >= 3
    live = await alert_from_posting(pipeline, brand_id, f"{mark} wireless headphones 1:1 replica (live)")
    assert live.match.found_by == "stream"

    async with portal.client(member) as me:
        assert (await me.post(f"/v1/brands/{brand_id}/rescans", json={"since": "2026-01-01T00:00:00"})).status_code == 422
        dry = await me.post(f"/v1/brands/{brand_id}/rescans", json={"since": since.isoformat(), "dry_run": True})
        assert dry.status_code == 202, dry.text
    status = await finished(portal, member, brand_id, dry.json()["id"])
    builds = await index_builds(portal)
    sampled = {s["listing_key"] for s in status["sample"]}
    assert {key(d) for d in earlier} | {live.listing_key} <= sampled
    assert key(unrelated) not in sampled and status["matches"] == len(sampled)
    assert status["per_rule"].get("exact", 0) + status["per_rule"].get("fuzzy", 0) >= len(sampled)
    assert status["written"] == 0 and status["listings_read"] == status["listings_total"] >= 4
    async with portal.client(member) as me:  # before 1970 (Kafka's timestamps are ms since then): from the first offset kept
        ancient = await me.post(f"/v1/brands/{brand_id}/rescans", json={"since": "1901-01-01T00:00:00Z", "dry_run": True})
        assert ancient.status_code == 202, ancient.text
    everything = await finished(portal, member, brand_id, ancient.json()["id"])
    assert everything["listings_read"] == everything["listings_total"] >= status["listings_total"]

    cli = await asyncio.create_subprocess_exec(  # the same dry run from the command line, with its progress bar
        sys.executable, "-m", "brandsentry.cli", "rescan", "--brand", brand_id, "--since", since.isoformat(),
        "--portal", portal.url, env={**os.environ, "BRANDSENTRY_API_KEY": portal.tokens[member]},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(cli.communicate(), 60)
    assert cli.returncode == 0, err.decode()
    assert json.loads(out)["matches"] == status["matches"] and f"rescan {brand_id} (dry run)" in err.decode()
    # the registry did not change since the dry run: the next two rescans reused its index of every brand (tenant57:
    # each rescan built one, so a tenant asking for rescans cost every brand a full build's CPU each time)
    assert await index_builds(portal) - builds == Counter(reused=2)

    matches = [Match.model_validate_json(r.value) for r in
               await topic_records(pipeline.kafka.bootstrap_servers, pipeline.topics.matches)]
    assert not [m for m in matches if m.rescan_id == dry.json()["id"]]  # the dry run wrote nothing

    async with portal.client(member) as me:  # two real runs at once
        runs = await asyncio.gather(*[me.post(f"/v1/brands/{brand_id}/rescans",
                                              json={"since": since.isoformat(), "dry_run": False}) for _ in range(2)])
        assert all(r.status_code == 202 for r in runs)
    for r in runs:
        assert (await finished(portal, member, brand_id, r.json()["id"]))["written"] == len(sampled)

    async def all_alerted():
        alerts = await brand_alerts(pipeline, brand_id)
        return alerts if {key(d) for d in earlier} <= {a.listing_key for a in alerts} else None

    await eventually(all_alerted, what="alerts for the rescanned listings")
    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.alerts_group, pipeline.topics.matches)
    alerts = await all_alerted()
    assert max(Counter(a.listing_key for a in alerts).values()) == 1  # nothing doubled
    by_key = {a.listing_key: a for a in alerts}
    for doc in earlier:
        found = by_key[key(doc)].match
        assert found.found_by == "rescan" and found.rescan_id == auto["id"]  # the first rescan to find it
        assert found.fingerprint_versions == {fp["id"]: 1} and found.source.topic == pipeline.topics.listings
    assert by_key[live.listing_key].match.found_by == "stream"  # already alerted: no second alert

    async with portal.client("goose-carl") as other, portal.client("ce-coordinator") as group:
        for http in (other, group):
            assert (await http.post(f"/v1/brands/{brand_id}/rescans", json={"since": since.isoformat()})).status_code == 404
            assert (await http.get(f"/v1/brands/{brand_id}/rescans/{runs[0].json()['id']}")).status_code == 404


async def test_a_rescan_left_running_by_a_portal_that_died_is_taken_over_and_finished(pipeline, portal):
    """A portal killed mid-rescan leaves its status `running` and its lease lapses: a live portal runs it again."""
    brand_id, mark = f"rt-{uuid.uuid4().hex[:6]}", f"Trovansk{uuid.uuid4().hex[:4]}"
    async with portal.client("ops") as ops:
        assert (await ops.post("/v1/brands", json={"id": brand_id, "name": "Takeover Audio", "iwg": "consumer-electronics",
                                                  "categories": ["headphones"]})).status_code == 201
    member = f"{brand_id}-member"
    await portal.new_key(member, Role.brand, brand_id=brand_id)
    earlier = listing(f"{mark} wireless headphones 1:1 replica (before the takeover)")
    await post_listing(pipeline, earlier)
    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.matcher_group, pipeline.topics.listings)
    async with portal.client(member) as me:
        fp = (await me.post(f"/v1/brands/{brand_id}/fingerprints", json={"kind": "mark", "value": mark})).json()
        assert fp["active"]
    await automatic_rescan(portal, member, brand_id)

    # what a portal killed half-way leaves in Redis: a running status whose lease nobody renews
    rescan_id, started = f"rs_{uuid.uuid4().hex[:16]}", datetime.now(timezone.utc) - timedelta(minutes=3)
    left = {"id": rescan_id, "brand_id": brand_id, "since": (started - timedelta(hours=1)).isoformat(), "dry_run": False,
            "state": "running", "started_by": member, "started_at": started.isoformat(), "listings_total": 99,
            "listings_read": 40, "matches": 1, "written": 1}
    redis = Redis.from_url(RedisSettings().url)  # the test session acts as the stack's admin
    try:
        p = f"{pipeline.topics.topic_prefix}portal:"
        await redis.set(f"{p}rescan:{rescan_id}", json.dumps(left))
        await redis.zadd(f"{p}rescans:{brand_id}", {rescan_id: started.timestamp()})
    finally:
        await redis.aclose()

    status = await finished(portal, member, brand_id, rescan_id)
    assert status["resumed"] == 1 and status["listings_read"] == status["listings_total"] >= 1
    assert status["matches"] >= 1 and status["written"] == status["matches"]

    async def alerts():
        return await brand_alerts(pipeline, brand_id) or None

    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.alerts_group, pipeline.topics.matches)
    found = await eventually(alerts, what="the alert of the earlier listing")
    assert [a.listing_key for a in found] == [key(earlier)]  # found by both rescans, raised once


async def test_a_brand_runs_at_most_two_rescans_at_once_and_the_next_is_answered_429(pipeline, portal):
    """tenant55, 2026-12-06: each rescan reads and matches the whole window (up to the listings topic's retention) in the
    portal, and nothing bounded how many one brand's key started: a loop of POSTs had the portal matching for it
    unbounded, every other tenant's requests waiting behind. Two running (held by a live portal's lease) -> 429 with
    Retry-After naming them; once they end, 202."""
    brand_id = f"rl-{uuid.uuid4().hex[:6]}"
    async with portal.client("ops") as ops:
        assert (await ops.post("/v1/brands", json={"id": brand_id, "name": "Rescan Loop Audio",
                                                  "iwg": "consumer-electronics", "categories": ["headphones"]})).status_code == 201
    member = f"{brand_id}-member"
    await portal.new_key(member, Role.brand, brand_id=brand_id)
    p = f"{pipeline.topics.topic_prefix}portal:"
    started = datetime.now(timezone.utc)
    running = {f"rs_{uuid.uuid4().hex[:16]}": {"id": "", "brand_id": brand_id, "since": (started - timedelta(days=7)).isoformat(),
                                                "dry_run": False, "state": "running", "started_by": member,
                                                "started_at": started.isoformat(), "listings_total": 10**7}
               for _ in range(2)}
    redis = Redis.from_url(RedisSettings().url)  # the test session acts as the stack's admin
    try:
        for rescan_id, status in running.items():  # what two long rescans of another live portal look like
            await redis.set(f"{p}rescan:{rescan_id}", json.dumps({**status, "id": rescan_id}))
            await redis.set(f"{p}rescan-lease:{rescan_id}", "another-portal", px=120_000)
            await redis.zadd(f"{p}rescans:{brand_id}", {rescan_id: started.timestamp()})
        async with portal.client(member) as me:
            since = (started - timedelta(minutes=5)).isoformat()
            refused = await me.post(f"/v1/brands/{brand_id}/rescans", json={"since": since, "dry_run": True})
            assert refused.status_code == 429, refused.text
            assert int(refused.headers["Retry-After"]) >= 1
            assert all(rescan_id in refused.json()["detail"] for rescan_id in running)
            listed = (await me.get(f"/v1/brands/{brand_id}/rescans")).json()
            assert sorted(r["id"] for r in listed) == sorted(running)  # nothing started
        for rescan_id, status in running.items():  # they end
            await redis.set(f"{p}rescan:{rescan_id}", json.dumps({**status, "id": rescan_id, "state": "done"}))
            await redis.delete(f"{p}rescan-lease:{rescan_id}")
        async with portal.client(member) as me:
            accepted = await me.post(f"/v1/brands/{brand_id}/rescans", json={"since": since, "dry_run": True})
            assert accepted.status_code == 202, accepted.text
        await finished(portal, member, brand_id, accepted.json()["id"])
    finally:
        await redis.aclose()


async def test_finding_a_brands_finished_rescans_were_kept_without_end(redis_settings):
    """Every rescan's status stayed in Redis 30 days and its id in the brand's list for ever; a brand asking for one
    small rescan after another (two at a time) piled them up without end, and every portal reads every status every
    few seconds looking for orphaned ones. A brand keeps its RESCANS_KEPT latest (what GET …/rescans lists)."""
    from services.portal.controller import RESCANS_KEPT, Portal
    from services.portal.rescan import RescanStatus
    from services.portal.settings import PortalSettings
    from services.portal.view import View

    redis = Redis.from_url(redis_settings.url)
    portal = Portal.__new__(Portal)  # its Redis side only
    portal.redis, portal.view, portal.settings, portal._instance = redis, View(redis, f"t57{uuid.uuid4().hex[:8]}."), \
        PortalSettings(), "t57"
    start = datetime.now(timezone.utc)
    try:
        ids = []
        for i in range(RESCANS_KEPT + 3):
            status = RescanStatus(id=f"rs_{i:016x}", brand_id="acme", since=start, dry_run=True, started_by="t",
                                  started_at=start + timedelta(seconds=i), state="done")
            await portal._save_rescan(status)
            ids.append(status.id)
        assert [s.id for s in await portal._latest_rescans("acme")] == ids[::-1][:RESCANS_KEPT]
        assert await redis.zcard(f"{portal.view.p}rescans:acme") == RESCANS_KEPT
        assert not any([await redis.exists(portal._rescan_key(i)) for i in ids[:3]])
    finally:
        await redis.delete(f"{portal.view.p}rescans:acme", *[portal._rescan_key(i) for i in ids])
        await redis.aclose()
