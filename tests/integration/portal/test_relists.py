"""Relists on the real pipeline: after a takedown, the same seller's new listing and another seller's near-identical
copy raise alerts linked to the original, one severity level higher, with the similarity as evidence."""

from __future__ import annotations

import uuid

import pytest

from schemas import Alert
from services.alerts.core import raised, severity_of
from tests.integration.portal.conftest import portal_alert, post_listing
from tests.support import eventually
from tests.support import key, listing

pytestmark = pytest.mark.integration

TITLE = "BOSE QC45 noise cancelling headphones 1:1 replica black {tag} fast shipping from Shenzhen warehouse"


async def relist_of(pipeline, portal, make_doc) -> Alert:
    """Post fresh listings from `make_doc()` until one alerts as a relist (the alert book follows alert-events
    on its own: the takedown's resolution reaches it shortly after the portal answered)."""
    async def attempt():
        doc = make_doc()
        await post_listing(pipeline, doc)
        summary = await portal_alert(portal, "bose-alice", key(doc))
        async with portal.client("bose-alice") as me:
            alert = Alert.model_validate((await me.get(f"/v1/alerts/{summary['alert_id']}")).json()["alert"])
        return alert if alert.relist_of else None

    return await eventually(attempt, every_s=0.5, what="an alert linked to the taken-down one")


async def test_a_listing_back_after_its_takedown_is_a_relist(pipeline, portal):
    seller, tag = f"relister-{uuid.uuid4().hex[:6]}", uuid.uuid4().hex[:8]
    original = listing(TITLE.format(tag=tag), seller=seller)
    await post_listing(pipeline, original)
    first = (await portal_alert(portal, "bose-alice", key(original)))["alert_id"]
    async with portal.client("bose-alice") as me:
        for status in ("confirmed", "takedown_requested", "resolved"):
            answer = await me.post(f"/v1/alerts/{first}/transitions", json={"status": status})
            assert answer.status_code == 200, answer.text

    same_seller = await relist_of(pipeline, portal, lambda: listing(
        f"Bose QC45 headphones replica {uuid.uuid4().hex[:6]}", seller=seller))
    assert (same_seller.relist_of, same_seller.relist_reason) == (first, "same_seller")
    assert same_seller.severity == raised(severity_of(same_seller.match))
    assert 0 <= same_seller.relist_similarity <= 1

    copy = await relist_of(pipeline, portal, lambda: listing(TITLE.format(tag=tag) + "!", seller=f"other-{uuid.uuid4().hex[:6]}"))
    assert (copy.relist_of, copy.relist_reason) == (first, "near_duplicate_text") and copy.relist_similarity >= 0.8
    assert copy.severity == raised(severity_of(copy.match))

    unrelated = listing(f"BOSE SoundLink Flex speaker replica {uuid.uuid4().hex[:6]}", seller=f"new-{uuid.uuid4().hex[:6]}")
    await post_listing(pipeline, unrelated)
    summary = await portal_alert(portal, "bose-alice", key(unrelated))
    async with portal.client("bose-alice") as me:
        assert (await me.get(f"/v1/alerts/{summary['alert_id']}")).json()["alert"]["relist_of"] is None
