"""The portal against a hostile tenant (issue 10): every finding that is an HTTP surface, as a user sees it."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import datetime, timezone

import httpx
import pytest
from pydantic import SecretStr

from brandsentry.kafka import JsonProducer
from schemas.portal import Role, WebhookSubscriptionRecord
from services.portal.admin import revoke_key
from services.portal.secretbox import SecretBox
from tests.integration.portal.conftest import post_listing, topic_records
from tests.support import eventually
from tests.integration.portal.test_stream_and_keys import Stream
from tests.integration.portal.test_webhooks import Receiver, _async, subscribe
from tests.support import key, listing

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("url", ["http://1.2.3.4:abc/x", "http://1.2.3.4:99999/x"])
async def test_finding_webhook_url_with_a_bad_port_is_accepted(portal, url):
    async with portal.client("bose-alice") as me:
        answer = await me.post("/v1/webhooks", json={"url": url})
        listed = (await me.get("/v1/webhooks")).json()
    assert answer.status_code == 422 and "invalid port" in answer.json()["detail"]
    assert all(s["url"] != url for s in listed)


@pytest.mark.parametrize("url", ["http://[2002:7f00:1::]/", "http://[::ffff:127.0.0.1]/", "http://[64:ff9b::a00:1]/",
                                 "http://167772161/", "http://0xa.1/", "http://012.0.0.1/", "http://10.0.0.1./"])
async def test_finding_6to4_and_other_wrappings_of_private_addresses_are_accepted(portal, url):
    async with portal.client("bose-alice") as me:
        answer = await me.post("/v1/webhooks", json={"url": url})
    assert answer.status_code == 422 and "public address" in answer.json()["detail"], answer.text


async def test_finding_one_subscriptions_bad_url_stops_delivery_for_every_brand(pipeline, portal):
    """A subscription with a URL that cannot be called (written before the guard existed) is parked alone."""
    box = SecretBox.from_settings(SecretStr(portal.env["PORTAL_SECRETS_KEY"]), "/nonexistent")
    poison = WebhookSubscriptionRecord(id=f"wh_{uuid.uuid4().hex[:16]}", brand_id="bose", url="http://127.0.0.1:abc/x",
                                       events=["alert.created"], created_by="old-portal",
                                       created_at=datetime.now(timezone.utc), secret="whsec_" + "x" * 40)
    producer = JsonProducer(portal.settings.kafka)
    await producer.start()
    try:
        await producer.send(portal.settings.portal_topics.webhooks, box.seal(poison), key=poison.id)
    finally:
        await producer.stop()
    async with Receiver() as rx:
        await subscribe(portal, "bose-alice", rx, events=["alert.created"])
        docs = [listing(f"BOSE QC45 headphones replica, poison neighbour {i}") for i in range(2)]
        for doc in docs:
            await post_listing(pipeline, doc)
            await eventually(lambda: _async(rx.delivered("alert.created", key(doc))), what=f"delivery of {key(doc)}")

    async with portal.client("ops") as ops:
        letters = (await ops.get(f"/v1/webhooks/{poison.id}/dead-letters")).json()
        ready = await ops.get("/readyz")
    assert {json.loads(d["body"])["alert"]["listing_key"] for d in letters} >= {key(d) for d in docs}
    assert all(d["reason"] == "url_refused" and "valid port" in d["detail"] for d in letters)
    assert ready.status_code == 200 and ready.json()["checks"]["webhook_delivery"] == "ok"


async def test_finding_dead_letter_shows_a_brand_an_internal_services_answer(pipeline, portal):
    secret_answer = "INTERNAL: db password=hunter2 at 10.1.2.3 " * 20

    class Leaky(Receiver):
        async def handle(self, request):
            from aiohttp import web
            return web.Response(status=500, text=secret_answer)

    async with Leaky() as rx:
        sub = await subscribe(portal, "bose-alice", rx, events=["alert.created"])
        doc = listing("Bose QC45 AAA copy, leaky receiver")
        await post_listing(pipeline, doc)

        async def parked():
            async with portal.client("bose-alice") as me:
                return (await me.get(f"/v1/webhooks/{sub['id']}/dead-letters")).json()

        [letter] = await eventually(parked, every_s=1, what="a parked delivery")
    assert letter["reason"] == "http_500" and letter["detail"] == "the receiver answered HTTP 500"
    assert "hunter2" not in json.dumps(letter)
    records = await topic_records(pipeline.kafka.bootstrap_servers, portal.settings.portal_topics.webhooks_dlq)
    assert not any(b"hunter2" in b"".join(v for _, v in r.headers) for r in records)


@pytest.mark.parametrize(("path", "body", "field"), [
    ("/v1/webhooks", b'{"url": Infinity}', "url"),
    ("/v1/webhooks", b'{"url": NaN, "events": ["alert.created"]}', "url"),
    ("/v1/brands/bose/fingerprints", b'{"kind": "price_floor", "floor": {"amount": 1e400, "currency": "USD"}}', "amount"),
    ("/v1/brands/bose/fingerprints", b'{"kind": "model", "value": "QC-X", "price_floor": {"amount": NaN, "currency": "USD"}}',
     "amount"),
])
async def test_finding_nan_or_infinity_in_an_invalid_body_gives_500(portal, path, body, field):
    async with portal.client("bose-alice") as me:
        answer = await me.post(path, content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 422, answer.text
    errors = answer.json()["detail"]
    assert any(field in e["loc"] for e in errors)
    if field == "amount":
        assert any(e["msg"] == "Input should be a finite number" for e in errors)


async def test_finding_price_floor_1e400_is_stored_as_null_and_ignored(portal):
    async with portal.client("bose-alice") as me:
        answer = await me.post("/v1/brands/bose/registry/import", content=(
            "brands:\n- id: bose\n  name: Bose\n  iwg: consumer-electronics\n"
            "  price_floors:\n  - floor: {amount: 1e400, currency: USD}\n").encode())
        floors = [f for f in (await me.get("/v1/brands/bose/fingerprints")).json() if f["kind"] == "price_floor"]
    assert answer.status_code in (400, 422) and "finite number" in answer.text, answer.text
    assert all(f["floor"]["amount"] is not None for f in floors)


async def test_finding_deeply_nested_yaml_import_gives_500(portal):
    async with portal.client("bose-alice") as me:
        nested = await me.post("/v1/brands/bose/registry/import", content=b"- " * 50_000 + b"x")
        brackets = await me.post("/v1/brands/bose/registry/import", content=b"[" * 100_000)
        bomb = await me.post("/v1/brands/bose/registry/import",
                             content=b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n")
    assert nested.status_code == 400 and "nested deeper than" in nested.json()["detail"]
    assert brackets.status_code == 400 and "nested deeper than" in brackets.json()["detail"]
    assert bomb.status_code == 400 and "anchors and aliases" in bomb.json()["detail"]


async def test_oversized_portal_bodies_answer_413_with_the_limit(portal):
    limit = portal.settings.max_body_bytes
    async with portal.client("bose-alice") as me:
        answer = await me.post("/v1/brands/bose/registry/import", content=b"x" * (limit + 1))
    assert answer.status_code == 413 and answer.json()["limit_bytes"] == limit


async def test_finding_working_group_key_reads_brands_aliases(portal):
    async with portal.client("ce-coordinator") as group, portal.client("bose-alice") as brand:
        listed = (await group.get("/v1/brands")).json()
        one = await group.get("/v1/brands/bose")
        own = (await brand.get("/v1/brands/bose")).json()
    assert listed and all("aliases" not in b for b in listed)
    assert one.status_code == 200 and "aliases" not in one.json()
    assert own["aliases"] == ["博士"]


async def test_finding_no_limit_on_failed_key_attempts(portal):
    transport = httpx.AsyncHTTPTransport(local_address="127.0.0.4")
    async with httpx.AsyncClient(base_url=portal.url, transport=transport, timeout=10) as http:
        failures = [await http.get("/v1/me", headers={"X-API-Key": f"bsk_guess_{i}"}) for i in range(20)]
        limited = await http.get("/v1/me", headers={"X-API-Key": "bsk_guess_x"})
        valid = await http.get("/v1/me", headers={"X-API-Key": portal.tokens["ops"]})
    assert [f.status_code for f in failures] == [401] * 20
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert valid.status_code == 429
    async with portal.client("ops") as other:
        assert (await other.get("/v1/me")).status_code == 200


async def test_finding_live_stream_outlives_its_revoked_key(pipeline, portal):
    await portal.new_key("bose-temp", Role.brand, brand_id="bose")
    async with Stream(portal, "bose-temp") as stream, portal.client("bose-temp") as me:
        key_id = (await me.get("/v1/me")).json()["key_id"]
        await revoke_key(portal.settings, key_id)
        await asyncio.wait_for(stream.task, 60)  # the server ended the stream
    async with portal.client("bose-temp") as me:
        assert (await me.get("/v1/me")).status_code == 401


async def test_finding_webhook_signing_secrets_in_clear_on_the_topic(pipeline, portal):
    async with Receiver() as rx:
        created = await subscribe(portal, "goose-carl", rx, events=["alert.created"])
    records = await topic_records(pipeline.kafka.bootstrap_servers, portal.settings.portal_topics.webhooks)
    mine = [json.loads(r.value) for r in records if r.key == created["id"].encode() and r.value]
    assert mine and all("secret" not in m and m["secret_encrypted"] for m in mine)
    assert not any(created["secret"].encode() in (r.value or b"") for r in records)
    assert created["secret"] not in portal.process.log_path.read_text(errors="replace")


async def test_integrator_keys_have_no_portal_access(portal):
    await portal.new_key("feed-x", Role.integrator, marketplaces=["taobao"])
    async with portal.client("feed-x") as feed:
        answer = await feed.get("/v1/alerts")
    assert answer.status_code == 403 and "integrator" in answer.json()["detail"]


async def test_finding_portal_applies_whatever_it_reads_from_its_topics(pipeline, portal):
    """Records that are not what their topic promises are skipped and counted; the portal keeps working."""
    topics = portal.settings.portal_topics
    producer = JsonProducer(portal.settings.kafka)
    await producer.start()
    try:
        for topic in (topics.webhooks, topics.api_keys, topics.suppressions, topics.registry_changes):
            # valid JSON that is not a record (other tests read these topics as JSON), then one that forges a
            # clear-text webhook secret or an unknown role
            await producer.send(topic, b'{"name": "junk", "not": "a record"}', key="junk")
            await producer.send(topic, b'{"id": "wh_0000000000000000", "name": "junk2", "secret": "plain", '
                                       b'"role": "superuser"}', key="junk2")
    finally:
        await producer.stop()
    async with Receiver() as rx:
        created = await subscribe(portal, "bose-alice", rx, events=["alert.created"])
    async with portal.client("bose-alice") as me:
        assert (await me.get(f"/v1/webhooks/{created['id']}")).status_code == 200
    async with httpx.AsyncClient() as http:
        metrics = (await http.get(f"{portal.url}/metrics")).text
    skipped = {line.split("{")[1].split("}")[0]: float(line.rsplit(" ", 1)[1]) for line in metrics.splitlines()
               if line.startswith("brandsentry_portal_records_skipped_total{")}
    for topic in (topics.webhooks, topics.api_keys, topics.suppressions, topics.registry_changes):
        assert skipped.get(f'topic="{topic}"', 0) >= 2, skipped


async def test_finding_a_slow_subscription_holds_up_every_other_delivery(pipeline, portal):
    """A receiver that hangs (every attempt times out) delays no other subscription, not even for later alerts."""
    release = asyncio.Event()

    class Hanging(Receiver):
        async def handle(self, request):
            from aiohttp import web
            self.attempts[request.headers["X-BrandSentry-Delivery"]] += 1
            await release.wait()
            return web.Response(status=204)

    async with Hanging() as slow, Receiver() as fast:
        await subscribe(portal, "bose-alice", slow, events=["alert.created"])
        await subscribe(portal, "bose-alice", fast, events=["alert.created"])
        docs = [listing(f"BOSE QC45 replica, next to a hanging receiver {i}") for i in range(2)]
        try:
            for doc in docs:
                await post_listing(pipeline, doc)
                await eventually(lambda: _async(fast.delivered("alert.created", key(doc))), what=f"fast {key(doc)}")
            # both alerts reached the fast receiver while the slow one was still on its first delivery (its
            # attempts time out after PORTAL_WEBHOOK_TIMEOUT_S, 5 s, three times before it is parked)
            assert len(slow.attempts) == 1 and sum(slow.attempts.values()) < 3, slow.attempts
        finally:
            release.set()
