"""Webhooks delivered to real HTTP receivers on loopback: signed, retried, never twice, parked and replayed."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections import Counter

import httpx
import pytest
from aiohttp import web

from services.portal import signing
from tests.integration.portal.conftest import portal_alert, post_listing, topic_records
from tests.support import eventually
from tests.support import key, listing
from tests.support import free_port, wait_consumed

pytestmark = pytest.mark.integration


class Receiver:
    """A webhook receiver: checks every signature, can fail the first N attempts of each delivery, counts."""

    def __init__(self, *, fail_first: int = 0, fail_always: bool = False) -> None:
        self.secret = ""
        self.fail_first = fail_first
        self.fail_always = fail_always
        self.attempts: Counter[str] = Counter()
        self.accepted: list[dict] = []  # bodies answered 2xx
        self.bad_signatures = 0
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/hook"
        self._runner: web.AppRunner | None = None

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        ts = int(request.headers[signing.TIMESTAMP_HEADER])
        if not signing.verify(self.secret, ts, body, request.headers[signing.SIGNATURE_HEADER], now=time.time()):
            self.bad_signatures += 1
            return web.Response(status=401)
        delivery = request.headers[signing.DELIVERY_HEADER]
        doc = json.loads(body)
        assert doc["delivery_id"] == delivery and request.headers[signing.EVENT_HEADER] == doc["type"]
        self.attempts[delivery] += 1
        if self.fail_always or self.attempts[delivery] <= self.fail_first:
            return web.Response(status=503, text="try later")
        self.accepted.append(doc)
        return web.Response(status=204)

    def delivered(self, event: str, listing_key: str) -> list[dict]:
        return [d for d in self.accepted if d["type"] == event and d["alert"]["listing_key"] == listing_key]

    async def __aenter__(self) -> "Receiver":
        app = web.Application()
        app.router.add_post("/hook", self.handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self._runner.cleanup()


async def subscribe(portal, who: str, receiver: Receiver, **body) -> dict:
    async with portal.client(who) as http:
        answer = await http.post("/v1/webhooks", json={"url": receiver.url, **body})
    assert answer.status_code == 201, answer.text
    created = answer.json()
    receiver.secret = created["secret"]
    return created


async def test_each_alert_is_delivered_signed_once_even_after_a_failed_first_attempt(pipeline, portal):
    async with Receiver(fail_first=1) as brand_rx, Receiver() as group_rx:
        sub = await subscribe(portal, "bose-alice", brand_rx,
                              events=["alert.created", "alert.status_changed"], min_severity="low")
        assert sub["brand_id"] == "bose" and sub["secret"].startswith("whsec_")
        await subscribe(portal, "ce-coordinator", group_rx, events=["alert.created"])
        async with portal.client("bose-alice") as me:
            listed = (await me.get(f"/v1/webhooks/{sub['id']}")).json()
            assert "secret" not in listed and listed["url"] == brand_rx.url

        seller = f"s-{uuid.uuid4().hex[:6]}"
        docs = [listing(f"BOSE QC45 headphones 1:1 replica lot {i}", seller=seller) for i in range(3)]
        goose = listing("加拿大鹅 羽绒服 高仿 Expedition Parka", category="jackets")
        for doc in [goose, *docs]:
            await post_listing(pipeline, doc)

        for doc in docs:
            await eventually(lambda: _async(brand_rx.delivered("alert.created", key(doc))),
                             what=f"webhook delivery of {key(doc)}")
            await eventually(lambda: _async(group_rx.delivered("alert.created", key(doc))),
                             what=f"group webhook delivery of {key(doc)}")
        assert brand_rx.bad_signatures == 0 and group_rx.bad_signatures == 0
        ids = [d["delivery_id"] for d in brand_rx.accepted]
        assert len(ids) == len(set(ids)) == 3  # each alert once
        assert all(brand_rx.attempts[i] == 2 for i in ids)  # the first attempt failed, the retry succeeded

        first = brand_rx.delivered("alert.created", key(docs[0]))[0]
        assert first["alert"]["alert_id"] and first["subscription_id"] == sub["id"]
        async with portal.client("bose-alice") as me:
            assert (await me.post(f"/v1/alerts/{first['alert']['alert_id']}/transitions",
                                  json={"status": "confirmed"})).status_code == 200
        [change] = await eventually(lambda: _async(brand_rx.delivered("alert.status_changed", key(docs[0]))),
                                    what="status-change delivery")
        assert change["status_change"]["status"] == "confirmed" and change["status_change"]["by"] == "bose-alice"

        # every alert event is through delivery: the apparel alert never reached the electronics group
        await portal_alert(portal, "goose-carl", key(goose))
        await wait_consumed(pipeline.kafka.bootstrap_servers, f"{pipeline.topics.topic_prefix}brandsentry-portal-webhooks",
                            pipeline.topics.alert_events)
        assert group_rx.delivered("alert.created", key(goose)) == []
        assert all(d["alert"]["iwg"] == "consumer-electronics" for d in group_rx.accepted)
        assert len({d["delivery_id"] for d in group_rx.accepted}) == len(group_rx.accepted)

    async with httpx.AsyncClient() as http:
        metrics = (await http.get(f"{portal.url}/metrics")).text
    assert "brandsentry_webhook_deliveries_total" in metrics and "brandsentry_webhook_retries_total" in metrics


async def test_failing_receiver_gets_parked_deliveries_that_replay_once(pipeline, portal):
    async with Receiver(fail_always=True) as rx:
        sub = await subscribe(portal, "bose-alice", rx, events=["alert.created"])
        doc = listing("Bose QC45 AAA copy", seller=f"s-{uuid.uuid4().hex[:6]}")
        await post_listing(pipeline, doc)

        async def parked():
            async with portal.client("bose-alice") as me:
                letters = (await me.get(f"/v1/webhooks/{sub['id']}/dead-letters")).json()
            return [d for d in letters if json.loads(d["body"])["alert"]["listing_key"] == key(doc)]

        [letter] = await eventually(parked, every_s=1, what="a parked delivery")
        assert letter["reason"] == "http_503" and letter["attempts"] == 3 and letter["delivered_since"] is False
        assert rx.attempts[letter["delivery_id"]] == 3 and rx.accepted == []

        rx.fail_always = False
        async with portal.client("bose-alice") as me:
            replayed = (await me.post(f"/v1/webhooks/{sub['id']}/replay")).json()
            assert replayed == {"delivered": 1, "parked": 0, "duplicate_skipped": 0}
            again = (await me.post(f"/v1/webhooks/{sub['id']}/replay")).json()
            assert again == {"delivered": 0, "parked": 0, "duplicate_skipped": 1}
            assert (await me.get(f"/v1/webhooks/{sub['id']}/dead-letters")).json()[0]["delivered_since"] is True
            assert (await me.delete(f"/v1/webhooks/{sub['id']}")).status_code == 204
            assert (await me.get(f"/v1/webhooks/{sub['id']}")).status_code == 404
        assert [d["delivery_id"] for d in rx.accepted] == [letter["delivery_id"]]
        assert rx.accepted[0]["alert"]["listing_key"] == key(doc)


@pytest.mark.parametrize("url,word", [("http://10.1.2.3/hook", "private"), ("http://169.254.169.254/latest", "link-local"),
                                      ("http://[::1]:9/hook", "loopback"), ("file:///etc/passwd", "http or https")])
async def test_webhook_urls_to_internal_addresses_are_refused(portal, url, word):
    async with portal.client("bose-alice") as me:
        answer = await me.post("/v1/webhooks", json={"url": url})
    assert answer.status_code == 422 and word in answer.json()["detail"]


async def _async(value):
    return value


async def test_finding_replays_to_a_failing_receiver_parked_each_delivery_again_without_end(pipeline, portal):
    """tenant57: every replay of a subscription whose receiver still fails wrote each of its parked deliveries onto
    webhooks.dlq again (kept for ever), and nothing bounded replays at once: a tenant replaying in a loop grew that
    topic without end, and every replay reads the whole topic (every tenant's dead letters). A delivery parked
    already stays parked when its replay fails (no second dead letter); one replay of a subscription runs at a time,
    another asked for meanwhile answers 429 with Retry-After."""
    from services.portal.settings import PortalSettings

    dlq = PortalSettings(topics=pipeline.topics).portal_topics.webhooks_dlq

    async def letters_of(sub_id: str) -> int:
        records = await topic_records(pipeline.kafka.bootstrap_servers, dlq)
        return sum(dict(r.headers).get("webhook.subscription") == sub_id.encode() for r in records)

    async with Receiver(fail_always=True) as rx:
        sub = await subscribe(portal, "bose-alice", rx, events=["alert.created"])
        await post_listing(pipeline, listing("Bose QC45 AAA copy (replays)", seller=f"s-{uuid.uuid4().hex[:6]}"))

        async def parked():
            async with portal.client("bose-alice") as me:
                return (await me.get(f"/v1/webhooks/{sub['id']}/dead-letters")).json()

        await eventually(parked, every_s=1, what="a parked delivery")
        before = await letters_of(sub["id"])
        async with portal.client("bose-alice") as me:
            answers = await asyncio.gather(*[me.post(f"/v1/webhooks/{sub['id']}/replay") for _ in range(5)])
            replays = [a.json() for a in answers if a.status_code == 200]
            busy = [a for a in answers if a.status_code == 429]
            assert len(replays) + len(busy) == 5 and replays, [a.text for a in answers]
            assert all(int(a.headers["Retry-After"]) >= 1 and "replay" in a.json()["detail"] for a in busy)
            assert all(r == {"delivered": 0, "parked": before, "duplicate_skipped": 0} for r in replays)
            assert (await me.delete(f"/v1/webhooks/{sub['id']}")).status_code == 204
        assert await letters_of(sub["id"]) == before  # before: one more dead letter a replay a delivery
