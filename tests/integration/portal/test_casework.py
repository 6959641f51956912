"""Issue 13 on the real pipeline: test buys move alerts, evidence packs with their chain of custody, precision a
brand sees, and a working group's repeat sellers — each with the tenancy of the alert API."""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from schemas.portal import EvidenceManifest, Role, TestBuy
from tests.integration.portal.conftest import portal_alert, post_listing, topic_records
from tests.support import kafka_kwargs, key, listing

pytestmark = pytest.mark.integration


def purchase(order: str, verdict: str, **extra) -> dict:
    return {"marketplace_order_id": order, "cost": {"amount": 38.5, "currency": "USD"}, "ordered_on": "2026-11-20",
            "received_on": "2026-11-26", "verdict": verdict, **extra}


async def record_at(bootstrap: str, topic: str, partition: int, offset: int):
    consumer = AIOKafkaConsumer(**kafka_kwargs(bootstrap), group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        tp = TopicPartition(topic, partition)
        consumer.assign([tp])
        consumer.seek(tp, offset)
        return (await consumer.getmany(tp, timeout_ms=10_000, max_records=1))[tp][0]
    finally:
        await consumer.stop()


async def test_a_test_buy_confirms_the_alert_and_the_evidence_pack_proves_every_file(pipeline, portal):
    doc = listing("BOSE QC45 headphones 1:1 replica (evidence pack)")
    await post_listing(pipeline, doc)
    alert_id = (await portal_alert(portal, "bose-alice", key(doc)))["alert_id"]
    photo = hashlib.sha256(b"photo of the parcel").hexdigest()

    async with portal.client("goose-carl") as other, portal.client("apparel-coordinator") as other_group:
        for http in (other, other_group):
            assert (await http.post(f"/v1/alerts/{alert_id}/test-buys", json=purchase("o-1", "counterfeit"))).status_code == 404
            assert (await http.get(f"/v1/alerts/{alert_id}/evidence-pack")).status_code == 404
            assert (await http.get(f"/v1/alerts/{alert_id}/test-buys")).status_code == 404
    async with portal.client("ce-coordinator") as group:
        assert (await group.post(f"/v1/alerts/{alert_id}/test-buys", json=purchase("o-1", "counterfeit"))).status_code == 403

    async with portal.client("bose-alice") as me:
        bad = await me.post(f"/v1/alerts/{alert_id}/test-buys", json=purchase("o-1", "fake"))
        assert bad.status_code == 422
        early = await me.post(f"/v1/alerts/{alert_id}/test-buys", json=purchase("o-1", "genuine", received_on="2026-11-01"))
        assert early.status_code == 422 and "received_on is before ordered_on" in early.text

        answer = await me.post(f"/v1/alerts/{alert_id}/test-buys", json=purchase(
            "TB-2026-0042", "counterfeit", files=[{"name": "parcel.jpg", "sha256": photo, "size_bytes": 19}]))
        assert answer.status_code == 201, answer.text
        recorded = answer.json()
        assert recorded["alert"]["status"] == "confirmed"
        assert recorded["alert"]["history"][-1]["note"] == f"test buy {recorded['test_buy']['id']}: counterfeit"
        again = await me.post(f"/v1/alerts/{alert_id}/test-buys", json=purchase("TB-2026-0042", "counterfeit"))
        assert again.status_code == 409
        assert (await me.get(f"/v1/alerts/{alert_id}")).json()["alert"]["status"] == "confirmed"

        pack = await me.get(f"/v1/alerts/{alert_id}/evidence-pack")
        assert pack.status_code == 200 and pack.headers["content-type"] == "application/zip"
        assert pack.headers["x-evidence-pack-sha256"] == hashlib.sha256(pack.content).hexdigest()

    on_topic = [TestBuy.model_validate_json(r.value) for r in
                await topic_records(pipeline.kafka.bootstrap_servers, f"{pipeline.topics.topic_prefix}test-buys")]
    assert [(t.alert_id, t.marketplace_order_id, t.files[0].sha256) for t in on_topic if t.alert_id == alert_id] == [
        (alert_id, "TB-2026-0042", photo)]

    with zipfile.ZipFile(io.BytesIO(pack.content)) as zf:
        manifest = EvidenceManifest.model_validate_json(zf.read("manifest.json"))
        assert {f.name for f in manifest.files} | {"manifest.json"} == set(zf.namelist())
        assert {"listing.json", "match.json", "history.json", "test-buys.json", "notice.txt"} <= set(zf.namelist())
        for f in manifest.files:
            data = zf.read(f.name)
            assert hashlib.sha256(data).hexdigest() == f.sha256 and len(data) == f.size_bytes, f.name
        # the chain of custody: listing.json is, byte for byte, the record at the manifest's coordinates
        source = manifest.listing_source
        assert source.topic == pipeline.topics.listings and manifest.listing_as_received
        record = await record_at(pipeline.kafka.bootstrap_servers, source.topic, source.partition, source.offset)
        assert record.key.decode() == key(doc) and record.value == zf.read("listing.json")
        assert record.timestamp == manifest.listing_record_timestamp_ms
        match = json.loads(zf.read("match.json"))
        assert match["listing_key"] == key(doc) and match["signals"] and match["source"] == source.model_dump()
        assert [c["status"] for c in json.loads(zf.read("history.json"))][-1] == "confirmed"
        assert json.loads(zf.read("test-buys.json"))[0]["marketplace_order_id"] == "TB-2026-0042"
        assert key(doc).split(":", 1)[1] in zf.read("notice.txt").decode()

    async with portal.client("ce-coordinator") as group:  # the brand's working group reads alerts, so packs too
        assert (await group.get(f"/v1/alerts/{alert_id}/evidence-pack")).status_code == 200


async def test_precision_per_fingerprint_and_the_groups_repeat_sellers(pipeline, portal):
    brand_id, good, bad = f"prec-{uuid.uuid4().hex[:6]}", f"Vexmoral{uuid.uuid4().hex[:4]}", f"Plonkett{uuid.uuid4().hex[:4]}"
    seller = f"repeat-{uuid.uuid4().hex[:6]}"
    async with portal.client("ops") as ops:
        created = await ops.post("/v1/brands", json={"id": brand_id, "name": "Prec Audio", "iwg": "consumer-electronics",
                                                    "categories": ["headphones"]})
        assert created.status_code == 201, created.text
    member = f"{brand_id}-member"
    await portal.new_key(member, Role.brand, brand_id=brand_id)
    async with portal.client(member) as me:
        fps = {}
        for mark in (good, bad):
            answer = await me.post(f"/v1/brands/{brand_id}/fingerprints", json={"kind": "mark", "value": mark})
            assert answer.status_code == 201, answer.text
            fps[mark] = answer.json()["id"]

    async def alert_for(title: str, seller_id: str | None = None, who: str = member) -> str:
        doc = listing(title, seller=seller_id)
        await post_listing(pipeline, doc)
        return (await portal_alert(portal, who, key(doc)))["alert_id"]

    # the matcher applies new fingerprints within its debounce: the first alert may take a few postings
    from tests.integration.portal.test_registry_api import alert_from_posting
    first = await alert_from_posting(pipeline, brand_id, f"{good} wireless headphones 1:1 replica")
    goods = [first.alert_id] + [await alert_for(f"{good} wireless headphones 1:1 replica #{i}", seller) for i in range(2)]
    bads = [await alert_for(f"{bad} headphones 1:1 replica #{i}") for i in range(2)]
    bose_on_seller = await alert_for("BOSE QC45 headphones 1:1 replica (repeat seller)", seller, who="bose-alice")

    async with portal.client(member) as me:
        assert (await me.post(f"/v1/alerts/{goods[0]}/transitions", json={"status": "confirmed"})).status_code == 200
        tb = await me.post(f"/v1/alerts/{goods[1]}/test-buys", json=purchase("P-1", "counterfeit"))
        assert tb.status_code == 201 and tb.json()["alert"]["status"] == "confirmed"
        tb = await me.post(f"/v1/alerts/{bads[0]}/test-buys", json=purchase("P-2", "genuine"))
        assert tb.status_code == 201 and tb.json()["alert"]["status"] == "dismissed"
        dismissed = await me.post(f"/v1/alerts/{bads[1]}/transitions", json={"status": "dismissed", "reason": "not_infringing"})
        assert dismissed.status_code == 200
        assert (await me.get(f"/v1/brands/{brand_id}/precision/settings")).json()["review_below"] == 0.8  # default
        chosen = await me.put(f"/v1/brands/{brand_id}/precision/settings", json={"review_below": 0.5, "min_decided": 2})
        assert chosen.status_code == 200 and chosen.json()["updated_by"] == member, chosen.text
        figures = await me.get(f"/v1/brands/{brand_id}/precision")
        assert figures.status_code == 200, figures.text
        report = figures.json()
    assert (report["overall"]["true_alerts"], report["overall"]["false_alerts"]) == (2, 2)
    assert report["overall"]["precision"] == 0.5 and (report["review_below"], report["min_decided"]) == (0.5, 2)
    assert report["overall"]["ci95_low"] < 0.5 < report["overall"]["ci95_high"]
    by_fp = {f["fingerprint_id"]: f for f in report["fingerprints"]}
    assert (by_fp[fps[good]]["true_alerts"], by_fp[fps[good]]["false_alerts"], by_fp[fps[good]]["review"]) == (2, 0, False)
    assert (by_fp[fps[bad]]["true_alerts"], by_fp[fps[bad]]["false_alerts"], by_fp[fps[bad]]["review"]) == (0, 2, True)
    assert by_fp[fps[bad]]["value"] == bad and by_fp[fps[bad]]["ci95_high"] < 0.7

    async with portal.client("ce-coordinator") as group, portal.client("apparel-coordinator") as other_group, \
            portal.client("goose-carl") as other_brand:
        assert (await group.get(f"/v1/brands/{brand_id}/precision")).json()["overall"]["decided"] == 4
        assert (await group.put(f"/v1/brands/{brand_id}/precision/settings", json={"review_below": 0})).status_code == 404
        stricter = (await group.get(f"/v1/brands/{brand_id}/precision", params={"min_decided": 3})).json()
        assert not any(f["review"] for f in stricter["fingerprints"])  # a query parameter overrides the setting
        # tenant56: the group saw every fingerprint's value here (marks, models: confidential to the brand, as aliases)
        assert {f["fingerprint_id"] for f in stricter["fingerprints"]} >= set(fps.values())
        assert not [f["value"] for f in stricter["fingerprints"] if f["value"] is not None]
        assert good not in (await group.get(f"/v1/brands/{brand_id}/precision")).text
        assert (await other_group.get(f"/v1/brands/{brand_id}/precision")).status_code == 404
        assert (await other_brand.get(f"/v1/brands/{brand_id}/precision")).status_code == 404

        sellers = await group.get("/v1/iwgs/consumer-electronics/sellers")
        assert sellers.status_code == 200, sellers.text
        repeat = next(s for s in sellers.json()["sellers"] if s["seller"] == f"taobao/{seller}")
        assert repeat["brands"] == {"bose": 1, brand_id: 2} and repeat["alert_count"] == 3
        assert bose_on_seller in {a["alert_id"] for a in repeat["latest_alerts"]}
        assert all(len(s["brands"]) >= 2 for s in sellers.json()["sellers"])
        assert (await other_group.get("/v1/iwgs/consumer-electronics/sellers")).status_code == 404
        assert (await other_brand.get("/v1/iwgs/consumer-electronics/sellers")).status_code == 404
    async with portal.client("bose-alice") as brand:
        assert (await brand.get("/v1/iwgs/consumer-electronics/sellers")).status_code == 404
