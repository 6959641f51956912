"""Tenancy, endpoint by endpoint: another tenant gets 403/404 and learns nothing, not even existence."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass

import httpx
import pytest
from PIL import Image

from tests.integration.portal.conftest import portal_alert, post_listing
from tests.support import key, listing

pytestmark = pytest.mark.integration


@dataclass
class Things:
    brand: str
    fp: str
    alert: str
    suppression: str
    webhook: str
    seller: str
    iwg: str = "consumer-electronics"


MISSING = Things(brand="no-such-brand", fp="no-such-brand.mark.0000000000000000", alert="0" * 24,
                 suppression="0" * 16, webhook="wh_" + "0" * 16, seller="nobody", iwg="no-such-group")


def png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (32, 32), "red").save(buf, "PNG")
    return buf.getvalue()


ENDPOINTS = {
    "get brand": ("GET", "/v1/brands/{brand}", None),
    "list fingerprints": ("GET", "/v1/brands/{brand}/fingerprints", None),
    "create fingerprint": ("POST", "/v1/brands/{brand}/fingerprints", {"json": {"kind": "mark", "value": "Hijack"}}),
    "get fingerprint": ("GET", "/v1/brands/{brand}/fingerprints/{fp}", None),
    "update fingerprint": ("PATCH", "/v1/brands/{brand}/fingerprints/{fp}", {"json": {"active": False}}),
    "deactivate fingerprint": ("DELETE", "/v1/brands/{brand}/fingerprints/{fp}", None),
    "fingerprint history": ("GET", "/v1/brands/{brand}/fingerprints/{fp}/history", None),
    "upload image": ("POST", "/v1/brands/{brand}/fingerprints/image", {"files": {"file": ("x.png", png(), "image/png")}}),
    "export registry": ("GET", "/v1/brands/{brand}/registry/export", None),
    "import registry": ("POST", "/v1/brands/{brand}/registry/import",
                        {"content": "brands: [{id: bose, name: Bose, iwg: consumer-electronics, marks: [Hijack]}]"}),
    "list suppressions": ("GET", "/v1/brands/{brand}/suppressions", None),
    "lift suppression": ("DELETE", "/v1/brands/{brand}/suppressions/{suppression}", None),
    "seller count": ("GET", "/v1/brands/{brand}/sellers/taobao/{seller}", None),
    "get alert": ("GET", "/v1/alerts/{alert}", None),
    "triage alert": ("POST", "/v1/alerts/{alert}/transitions", {"json": {"status": "confirmed"}}),
    "notice json": ("GET", "/v1/alerts/{alert}/notice", None),
    "notice text": ("GET", "/v1/alerts/{alert}/notice.txt", None),
    "record test buy": ("POST", "/v1/alerts/{alert}/test-buys", {"json": {
        "marketplace_order_id": "o-1", "cost": {"amount": 10, "currency": "USD"}, "ordered_on": "2026-11-01",
        "verdict": "genuine"}}),
    "list test buys": ("GET", "/v1/alerts/{alert}/test-buys", None),
    "evidence pack": ("GET", "/v1/alerts/{alert}/evidence-pack", None),
    "brand precision": ("GET", "/v1/brands/{brand}/precision", None),
    "precision settings": ("GET", "/v1/brands/{brand}/precision/settings", None),
    "set precision settings": ("PUT", "/v1/brands/{brand}/precision/settings", {"json": {"review_below": 0.1}}),
    "group sellers": ("GET", "/v1/iwgs/{iwg}/sellers", None),
    "start rescan": ("POST", "/v1/brands/{brand}/rescans", {"json": {"since": "2026-11-30T00:00:00Z", "dry_run": True}}),
    "list rescans": ("GET", "/v1/brands/{brand}/rescans", None),
    "get webhook": ("GET", "/v1/webhooks/{webhook}", None),
    "delete webhook": ("DELETE", "/v1/webhooks/{webhook}", None),
    "webhook dead letters": ("GET", "/v1/webhooks/{webhook}/dead-letters", None),
    "replay webhook": ("POST", "/v1/webhooks/{webhook}/replay", None),
    "subscribe for brand": ("POST", "/v1/webhooks", {"json": {"url": "http://127.0.0.1:9/x", "brand_id": "{brand}"}}),
}
# the electronics working group may read the alerts of its brands (bose among them): those are not cross-tenant
# for it; it may not act on them (403 on an alert it can read anyway leaks nothing)
GROUP_READS = {"get alert", "seller count", "get brand", "list test buys", "evidence pack", "brand precision",
               "precision settings", "group sellers"}
GROUP_FORBIDDEN = {"triage alert", "notice json", "notice text", "record test buy"}
CROSS_TENANT = [(who, name) for who in ("goose-carl", "apparel-coordinator", "ce-coordinator") for name in ENDPOINTS
                if not (who == "ce-coordinator" and name in GROUP_READS | GROUP_FORBIDDEN)]


@pytest.fixture(scope="module")
async def bose_things(pipeline, portal) -> Things:
    seller = f"tenancy-{uuid.uuid4().hex[:6]}"
    doc = listing("BOSE QC45 headphones replica (tenancy)", seller=seller)
    await post_listing(pipeline, doc)
    alert = (await portal_alert(portal, "bose-alice", key(doc)))["alert_id"]
    async with portal.client("bose-alice") as me:
        fp = (await me.post("/v1/brands/bose/fingerprints", json={"kind": "mark", "value": f"Tenancy{seller}"})).json()["id"]
        other = listing("BOSE QC45 headphones (tenancy, dismissed)", seller=seller)
        await post_listing(pipeline, other)
        dismissed = (await portal_alert(portal, "bose-alice", key(other)))["alert_id"]
        await me.post(f"/v1/alerts/{dismissed}/transitions",
                      json={"status": "dismissed", "reason": "not_infringing", "suppress": "listing"})
        suppression = next(s["id"] for s in (await me.get("/v1/brands/bose/suppressions")).json()
                           if s["listing_key"] == key(other))
        webhook = (await me.post("/v1/webhooks", json={"url": "http://127.0.0.1:9/none"})).json()["id"]
    return Things(brand="bose", fp=fp, alert=alert, suppression=suppression, webhook=webhook, seller=seller)


def _fill(value, things: Things):
    if isinstance(value, str):
        return value.format(**things.__dict__)
    if isinstance(value, dict):
        return {k: _fill(v, things) for k, v in value.items()}
    return value


async def call(portal, who: str | None, name: str, things: Things) -> httpx.Response:
    method, path, kwargs = ENDPOINTS[name]
    kwargs = dict(kwargs or {})
    if "json" in kwargs:
        kwargs["json"] = _fill(kwargs["json"], things)
    async with portal.client(who) as http:
        return await http.request(method, path.format(**things.__dict__), **kwargs)


@pytest.mark.parametrize("who,name", CROSS_TENANT)
async def test_another_tenant_gets_the_same_refusal_as_for_something_that_does_not_exist(portal, bose_things, who, name):
    theirs = await call(portal, who, name, bose_things)
    nothing = await call(portal, who, name, MISSING)
    assert theirs.status_code in (403, 404), theirs.text
    assert (theirs.status_code, theirs.json()) == (nothing.status_code, nothing.json())


@pytest.mark.parametrize("name", list(ENDPOINTS))
async def test_no_key_no_answer(portal, bose_things, name):
    answer = await call(portal, None, name, bose_things)
    assert answer.status_code == 401


async def test_the_group_reads_its_brands_alerts_and_the_owner_still_has_everything(portal, bose_things):
    for name in GROUP_READS:
        assert (await call(portal, "ce-coordinator", name, bose_things)).status_code == 200, name
    for name in GROUP_FORBIDDEN:
        assert (await call(portal, "ce-coordinator", name, bose_things)).status_code == 403, name
    async with portal.client("bose-alice") as me:
        fp = (await me.get(f"/v1/brands/bose/fingerprints/{bose_things.fp}")).json()
        assert fp["active"] is True and fp["version"] == 1  # nobody else changed it
        assert "Hijack" not in (await me.get("/v1/brands/bose/registry/export")).text
        assert (await me.get(f"/v1/alerts/{bose_things.alert}")).json()["alert"]["status"] == "open"
        sups = (await me.get("/v1/brands/bose/suppressions")).json()
        assert bose_things.suppression in {s["id"] for s in sups}
        assert (await me.get(f"/v1/webhooks/{bose_things.webhook}")).status_code == 200


@pytest.mark.parametrize("who", ["goose-carl", "apparel-coordinator"])
async def test_lists_hold_only_the_callers_tenancy(portal, bose_things, who):
    async with portal.client(who) as http:
        assert all(b["id"] != "bose" for b in (await http.get("/v1/brands")).json())
        for params in ({"limit": 500}, {"brand": "bose"}, {"seller": f"taobao/{bose_things.seller}"}):
            alerts = (await http.get("/v1/alerts", params=params)).json()["alerts"]
            assert all(a["brand_id"] != "bose" for a in alerts), params
        assert all(w["id"] != bose_things.webhook for w in (await http.get("/v1/webhooks")).json())


async def test_only_operators_create_brands(portal):
    for who in ("bose-alice", "ce-coordinator"):
        async with portal.client(who) as http:
            answer = await http.post("/v1/brands", json={"id": "evil", "name": "Evil", "iwg": "consumer-electronics"})
        assert answer.status_code == 403
