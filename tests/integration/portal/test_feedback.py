"""A "not infringing" dismissal teaches the alerts service: that listing, or that seller with that mark, stops alerting."""

from __future__ import annotations

import uuid

import pytest

from schemas import Alert
from tests.integration.portal.conftest import brand_alerts, portal_alert, post_listing
from tests.support import key, listing
from tests.support import wait_consumed

pytestmark = pytest.mark.integration


async def settle(pipeline) -> None:
    """Wait until matcher and alerts have handled every listing posted so far."""
    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.matcher_group, pipeline.topics.listings)
    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.alerts_group, pipeline.topics.matches)


async def bose_alerts(pipeline, listing_key: str) -> list[Alert]:
    return [a for a in await brand_alerts(pipeline, "bose") if a.listing_key == listing_key]


async def test_seller_and_mark_suppression_holds_until_the_brand_lifts_it(pipeline, portal):
    seller = f"genuine-reseller-{uuid.uuid4().hex[:6]}"
    first = listing("Bose QC45 headphones, sealed box", seller=seller)
    await post_listing(pipeline, first)
    aid = (await portal_alert(portal, "bose-alice", key(first)))["alert_id"]

    async with portal.client("bose-alice") as me:
        wrong = await me.post(f"/v1/alerts/{aid}/transitions", json={"status": "dismissed", "reason": "other",
                                                                     "suppress": "seller_mark"})
        assert wrong.status_code == 400
        out = await me.post(f"/v1/alerts/{aid}/transitions", json={
            "status": "dismissed", "reason": "not_infringing", "suppress": "seller_mark", "note": "authorised reseller"})
        assert out.status_code == 200, out.text
        sups = (await me.get("/v1/brands/bose/suppressions")).json()
        mine = [s for s in sups if s["seller_id"] == seller]
        assert [(s["scope"], s["mark"], s["alert_id"], s["created_by"]) for s in mine] == [
            ("seller_mark", "Bose", aid, "bose-alice")]

    same_seller = listing("Bose QC45 headphones, new", seller=seller)
    other_seller = listing("Bose QC45 headphones, new", seller=f"other-{uuid.uuid4().hex[:6]}")
    await post_listing(pipeline, same_seller)
    await post_listing(pipeline, other_seller)
    await portal_alert(portal, "bose-alice", key(other_seller))  # the suppression is about this seller only
    await settle(pipeline)
    assert await bose_alerts(pipeline, key(same_seller)) == []

    async with portal.client("bose-alice") as me:
        lifted = await me.delete(f"/v1/brands/bose/suppressions/{mine[0]['id']}")
        assert lifted.status_code == 200 and lifted.json()["lifted"] is True and lifted.json()["lifted_by"] == "bose-alice"
        assert mine[0]["id"] not in {s["id"] for s in (await me.get("/v1/brands/bose/suppressions")).json()}
        assert mine[0]["id"] in {s["id"] for s in (await me.get("/v1/brands/bose/suppressions",
                                                                  params={"include_lifted": True})).json()}
    after_lift = listing("Bose QC45 headphones, new stock", seller=seller)
    await post_listing(pipeline, after_lift)
    await portal_alert(portal, "bose-alice", key(after_lift))


async def test_listing_suppression_holds_and_a_dismissed_alert_stays_dismissed(pipeline, portal):
    doc = listing("Bose QC45 headphones, display model", seller=f"s-{uuid.uuid4().hex[:6]}")
    await post_listing(pipeline, doc)
    aid = (await portal_alert(portal, "bose-alice", key(doc)))["alert_id"]
    async with portal.client("bose-alice") as me:
        out = await me.post(f"/v1/alerts/{aid}/transitions", json={
            "status": "dismissed", "reason": "not_infringing", "suppress": "listing"})
        assert out.status_code == 200, out.text
        [sup] = [s for s in (await me.get("/v1/brands/bose/suppressions")).json() if s["listing_key"] == key(doc)]

    # the same listing seen again: no second alert
    await post_listing(pipeline, doc | {"price": {"amount": 31.0, "currency": "USD"}})
    await settle(pipeline)
    assert len(await bose_alerts(pipeline, key(doc))) == 1

    # lifted: the listing may alert again, but its alert exists already (one brand, one listing, one
    # alert): seeing it again neither raises a second one nor reopens the brand's decision
    async with portal.client("bose-alice") as me:
        assert (await me.delete(f"/v1/brands/bose/suppressions/{sup['id']}")).status_code == 200
    await post_listing(pipeline, doc | {"price": {"amount": 29.0, "currency": "USD"}})
    await settle(pipeline)
    assert len(await bose_alerts(pipeline, key(doc))) == 1
    async with portal.client("bose-alice") as me:
        assert (await me.get(f"/v1/alerts/{aid}")).json()["alert"]["status"] == "dismissed"
