"""Brands register their IP through the portal; the matcher applies it live."""

from __future__ import annotations

import io
import uuid

import imagehash
import pytest
import yaml
from PIL import Image, ImageDraw

from schemas import Alert
from schemas.portal import Role
from tests.integration.portal.conftest import brand_alerts, post_listing
from tests.support import eventually
from tests.support import key, listing
from tests.support import wait_consumed

pytestmark = pytest.mark.integration


async def alert_from_posting(pipeline, brand_id: str, title: str) -> Alert:
    """Post fresh listings with `title` until one alerts (the matcher applies registry changes within its debounce)."""
    posted: list[str] = []

    async def attempt():
        doc = listing(title)
        await post_listing(pipeline, doc)
        posted.append(key(doc))
        alerts = {a.listing_key: a for a in await brand_alerts(pipeline, brand_id)}
        return next((alerts[k] for k in posted if k in alerts), None)

    return await eventually(attempt, every_s=1.0, what=f"an alert for {brand_id} on {title!r}")


async def test_a_fingerprint_registered_through_the_api_alerts_new_listings_and_deactivating_it_stops_them(pipeline, portal):
    brand_id, mark, probe = f"zorb-{uuid.uuid4().hex[:6]}", f"Zorblax{uuid.uuid4().hex[:4]}", f"Quxbler{uuid.uuid4().hex[:4]}"
    async with portal.client("ops") as ops:
        created = await ops.post("/v1/brands", json={"id": brand_id, "name": "Zorb Audio", "iwg": "consumer-electronics",
                                                    "categories": ["headphones"]})
        assert created.status_code == 201, created.text
    await portal.new_key(f"{brand_id}-member", Role.brand, brand_id=brand_id)

    async with portal.client(f"{brand_id}-member") as me:
        answer = await me.post(f"/v1/brands/{brand_id}/fingerprints", json={"kind": "mark", "value": mark})
        assert answer.status_code == 201, answer.text
        fp = answer.json()
        assert fp["version"] == 1 and fp["updated_by"] == f"{brand_id}-member" and fp["active"] is True

        alert = await alert_from_posting(pipeline, brand_id, f"{mark} wireless headphones 1:1 replica")
        assert alert.brand_id == brand_id and alert.iwg == "consumer-electronics"
        assert any(s.term == mark and s.fingerprint_id == fp["id"] for s in alert.match.signals)

        off = await me.delete(f"/v1/brands/{brand_id}/fingerprints/{fp['id']}")
        assert off.status_code == 200 and off.json()["active"] is False and off.json()["version"] == 2
        history = (await me.get(f"/v1/brands/{brand_id}/fingerprints/{fp['id']}/history")).json()
        assert [(h["action"], h["version"], h["by"]) for h in history] == [
            ("created", 1, f"{brand_id}-member"), ("deactivated", 2, f"{brand_id}-member")]
        assert history[1]["changed_fields"] == ["active"]
        listed = (await me.get(f"/v1/brands/{brand_id}/fingerprints")).json()
        assert fp["id"] not in {f["id"] for f in listed}
        assert fp["id"] in {f["id"] for f in (await me.get(f"/v1/brands/{brand_id}/fingerprints",
                                                            params={"include_inactive": True})).json()}

        # a probe registered after the deactivation: once it alerts, the matcher's index has the deactivation too
        assert (await me.post(f"/v1/brands/{brand_id}/fingerprints", json={"kind": "mark", "value": probe})).status_code == 201
    await alert_from_posting(pipeline, brand_id, f"{probe} earbuds replica")
    after = listing(f"{mark} wireless headphones 1:1 replica")
    await post_listing(pipeline, after)
    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.matcher_group, pipeline.topics.listings)
    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.alerts_group, pipeline.topics.matches)
    assert key(after) not in {a.listing_key for a in await brand_alerts(pipeline, brand_id)}


def logo_png() -> bytes:
    img = Image.new("RGB", (160, 160), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((20, 20, 140, 140), fill="navy")
    d.polygon([(80, 30), (130, 120), (30, 120)], fill="gold")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


async def test_image_upload_computes_the_phash_on_the_server_and_keeps_the_image_only_when_asked(portal, tmp_path):
    data = logo_png()
    expected = str(imagehash.phash(Image.open(io.BytesIO(data)).convert("RGB")))
    async with portal.client("bose-alice") as me:
        answer = await me.post("/v1/brands/bose/fingerprints/image", files={"file": ("logo.png", data, "image/png")},
                               data={"label": "logo", "max_distance": "8"})
        assert answer.status_code == 201, answer.text
        body = answer.json()
        assert body["phash"] == expected and body["stored_as"] is None
        fp = body["fingerprint"]
        assert fp["kind"] == "image" and fp["hash"] == expected and fp["max_distance"] == 8 and fp["label"] == "logo"
        assert (await me.get(f"/v1/brands/bose/fingerprints/{fp['id']}")).json()["hash"] == expected

        junk = await me.post("/v1/brands/bose/fingerprints/image", files={"file": ("x.png", b"not an image", "image/png")})
        assert junk.status_code == 400 and "not an image" in junk.json()["detail"]

        other = Image.new("RGB", (64, 64), "white")
        ImageDraw.Draw(other).rectangle((0, 0, 31, 63), fill="black")
        buf = io.BytesIO()
        other.save(buf, "PNG")
        kept = await me.post("/v1/brands/bose/fingerprints/image", files={"file": ("p.png", buf.getvalue(), "image/png")},
                             data={"keep": "true"})
        assert kept.status_code == 201 and kept.json()["stored_as"]
        from pathlib import Path
        from tests.support import ROOT
        shown = kept.json()["stored_as"]
        assert shown == f"bose/{kept.json()['fingerprint']['id']}.png"  # not the server's own path (red team)
        stored = ROOT / portal.settings.image_dir / shown
        assert stored.read_bytes() == buf.getvalue()
        # the brand's confidential image, the owner's only (tenant55: 0644 in 0755 directories before)
        assert [oct(p.stat().st_mode & 0o777) for p in (stored, stored.parent, ROOT / portal.settings.image_dir)] \
            == ["0o600", "0o700", "0o700"]
        stored.unlink()


async def test_bulk_export_and_import_in_the_registry_file_format(portal):
    async with portal.client("bose-alice") as me:
        exported = await me.get("/v1/brands/bose/registry/export")
        assert exported.status_code == 200
        doc = yaml.safe_load(exported.text)
        assert [b["id"] for b in doc["brands"]] == ["bose"]
        assert "Bose" in {m["value"] for m in doc["brands"][0]["marks"]}
        doc["brands"][0]["models"].append({"value": "QC-ULTRA", "name": "QuietComfort Ultra",
                                           "price_floor": {"amount": 429, "currency": "USD"}})
        imported = await me.post("/v1/brands/bose/registry/import", content=yaml.safe_dump(doc, allow_unicode=True),
                                 headers={"Content-Type": "application/yaml"})
        assert imported.status_code == 200, imported.text
        assert imported.json()["created"] == 1 and imported.json()["updated"] == 0
        again = (await me.post("/v1/brands/bose/registry/import", content=yaml.safe_dump(doc, allow_unicode=True))).json()
        assert again["created"] == 0 and again["unchanged"] >= 1
        models = {m["value"] for m in yaml.safe_load((await me.get("/v1/brands/bose/registry/export")).text)["brands"][0]["models"]}
        assert "QC-ULTRA" in models

        wrong = await me.post("/v1/brands/bose/registry/import",
                              content=yaml.safe_dump({"brands": [{"id": "canada-goose", "name": "x", "iwg": "apparel-footwear"}]}))
        assert wrong.status_code == 400 and "exactly one brand" in wrong.json()["detail"]


async def test_fingerprints_are_validated_and_versioned(portal):
    async with portal.client("bose-alice") as me:
        bad = await me.post("/v1/brands/bose/fingerprints", json={"kind": "image", "hash": "not-hex"})
        assert bad.status_code == 422
        unknown = await me.post("/v1/brands/bose/fingerprints", json={"kind": "logo", "value": "x"})
        assert unknown.status_code == 422
        made = await me.post("/v1/brands/bose/fingerprints",
                             json={"kind": "price_floor", "category": "speakers", "floor": {"amount": 99, "currency": "USD"}})
        assert made.status_code == 201, made.text
        fp = made.json()
        twice = await me.post("/v1/brands/bose/fingerprints",
                              json={"kind": "price_floor", "category": "speakers", "floor": {"amount": 99, "currency": "USD"}})
        assert twice.status_code == 409
        changed = await me.patch(f"/v1/brands/bose/fingerprints/{fp['id']}", json={"floor": {"amount": 89, "currency": "USD"}})
        assert changed.status_code == 200 and changed.json()["version"] == 2 and changed.json()["floor"]["amount"] == 89
        identity = await me.patch(f"/v1/brands/bose/fingerprints/{fp['id']}", json={"label": "x"})
        assert identity.status_code == 400
    async with portal.client("ce-coordinator") as group:  # brands only: fingerprints are confidential
        assert (await group.post("/v1/brands/bose/fingerprints", json={"kind": "mark", "value": "x"})).status_code == 404
    async with portal.client("bose-alice") as me:
        assert (await me.post("/v1/brands", json={"id": "x", "name": "X", "iwg": "consumer-electronics"})).status_code == 403


async def test_an_id_that_kafka_would_confuse_with_another_is_refused_with_the_reason(portal):
    """Brand and working-group ids name Kafka topics and principals; Kafka takes '.' and '_' in a topic name as the
    same, so 'a.b' would collide with 'a_b' (the red team's finding: the second brand's alert topic was never made and
    its first alert stalled a whole matches partition). Ids with '.' are refused at the door."""
    suffix = uuid.uuid4().hex[:6]
    async with portal.client("ops") as ops:
        dotted = await ops.post("/v1/brands", json={"id": f"coll.{suffix}", "name": "Coll", "iwg": "consumer-electronics"})
        assert dotted.status_code == 422, dotted.text
        assert any(err["loc"][-1] == "id" and "pattern" in err["msg"] for err in dotted.json()["detail"]), dotted.text
        group = await ops.post("/v1/brands", json={"id": f"coll-{suffix}", "name": "Coll", "iwg": "consumer.electronics"})
        assert group.status_code == 422 and group.json()["detail"][0]["loc"][-1] == "iwg", group.text
        underscored = await ops.post("/v1/brands", json={"id": f"coll_{suffix}", "name": "Coll", "iwg": "consumer-electronics"})
        assert underscored.status_code == 201, underscored.text
