"""Alerts in the portal: list with filters and pages, full evidence, triage on alert-events, notices, rebuild."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from redis.asyncio import Redis

from schemas import Alert, alert_id
from tests.integration.portal.conftest import portal_alert, post_listing, topic_records
from tests.support import eventually
from tests.support import key, listing
from tests.support import ROOT

pytestmark = pytest.mark.integration


async def test_list_filters_and_pages_and_one_alert_carries_its_evidence_and_seller_history(pipeline, portal):
    seller = f"repeat-{uuid.uuid4().hex[:6]}"
    docs = [listing(f"BOSE QC45 headphones 1:1 replica #{i}", seller=seller) for i in range(3)]
    for doc in docs:
        await post_listing(pipeline, doc)
    for doc in docs:
        await portal_alert(portal, "bose-alice", key(doc))
    ids = {alert_id("bose", key(d)) for d in docs}

    async with portal.client("bose-alice") as me:
        by_seller = (await me.get("/v1/alerts", params={"seller": f"taobao/{seller}"})).json()["alerts"]
        assert {a["alert_id"] for a in by_seller} == ids
        assert [a["created_at"] for a in by_seller] == sorted((a["created_at"] for a in by_seller), reverse=True)

        pages, cursor = [], None
        while True:
            params = {"seller": f"taobao/{seller}", "limit": 1} | ({"cursor": cursor} if cursor else {})
            page = (await me.get("/v1/alerts", params=params)).json()
            pages += [a["alert_id"] for a in page["alerts"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert pages == [a["alert_id"] for a in by_seller]

        assert (await me.get("/v1/alerts", params={"seller": f"taobao/{seller}", "marketplace": "amazon"})).json()["alerts"] == []
        severities = {a["severity"] for a in by_seller}
        only = (await me.get("/v1/alerts", params={"seller": f"taobao/{seller}", "severity": sorted(severities)})).json()
        assert len(only["alerts"]) == 3
        future = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()
        assert (await me.get("/v1/alerts", params={"seller": f"taobao/{seller}", "since": future})).json()["alerts"] == []
        assert len((await me.get("/v1/alerts", params={"seller": f"taobao/{seller}", "until": future})).json()["alerts"]) == 3

        newest = by_seller[0]
        detail = (await me.get(f"/v1/alerts/{newest['alert_id']}")).json()
        alert = Alert.model_validate(detail["alert"])
        assert detail["seller_alert_count"] == 3
        assert alert.match.listing.seller.id == seller and alert.match.signals
        assert any(s.start is not None and s.text for s in alert.match.signals)
        assert detail["allowed_transitions"] == ["confirmed", "test_buy", "dismissed"]
        assert max(a["seller_prior_alerts"] for a in by_seller) == 2  # the alerts service counted earlier ones

        count = (await me.get(f"/v1/brands/bose/sellers/taobao/{seller}")).json()
        assert count == {"brand_id": "bose", "seller": f"taobao/{seller}", "alert_count": 3}

    async with portal.client("ce-coordinator") as group:
        assert {a["alert_id"] for a in (await group.get("/v1/alerts", params={"seller": f"taobao/{seller}"})).json()["alerts"]} == ids


async def test_triage_moves_through_the_state_machine_each_decision_on_alert_events(pipeline, portal):
    doc = listing("Bose QuietComfort QC45 AAA replica", seller=f"s-{uuid.uuid4().hex[:6]}")
    await post_listing(pipeline, doc)
    summary = await portal_alert(portal, "bose-alice", key(doc))
    aid = summary["alert_id"]
    async with portal.client("bose-alice") as me:
        illegal = await me.post(f"/v1/alerts/{aid}/transitions", json={"status": "resolved"})
        assert illegal.status_code == 409 and "allowed: confirmed, test_buy, dismissed" in illegal.json()["detail"]
        for status in ("confirmed", "takedown_requested"):
            moved = await me.post(f"/v1/alerts/{aid}/transitions", json={"status": status, "note": f"to {status}"})
            assert moved.status_code == 200, moved.text
            assert moved.json()["status"] == status
        assert (await me.post(f"/v1/alerts/{aid}/transitions", json={"status": "dismissed", "reason": "other"})).status_code == 409

        text = await me.get(f"/v1/alerts/{aid}/notice.txt")
        assert text.status_code == 200 and text.headers["content-type"].startswith("text/plain")
        for needle in (aid, doc["url"], doc["seller"]["id"], "Marks matched:", "Bose", "title["):
            assert needle in text.text
        notice = (await me.get(f"/v1/alerts/{aid}/notice")).json()
        assert notice["alert_id"] == aid and notice["listing_key"] == key(doc) and "Bose" in notice["marks_matched"]
        assert notice["evidence"] and notice["status"] == "takedown_requested" and notice["requested_by"] == "bose-alice"

        done = (await me.post(f"/v1/alerts/{aid}/transitions", json={"status": "resolved"})).json()
        assert [h["status"] for h in done["history"]] == ["open", "confirmed", "takedown_requested", "resolved"]
        assert {h["by"] for h in done["history"][1:]} == {"bose-alice"}
        listed = (await me.get("/v1/alerts", params={"status": "resolved", "limit": 500})).json()["alerts"]
        assert aid in {a["alert_id"] for a in listed}

    async with portal.client("ce-coordinator") as group:  # the group reads but does not decide
        assert (await group.get(f"/v1/alerts/{aid}")).status_code == 200
        assert (await group.post(f"/v1/alerts/{aid}/transitions", json={"status": "confirmed"})).status_code == 403
        assert (await group.get(f"/v1/alerts/{aid}/notice")).status_code == 403

    events = [Alert.model_validate_json(r.value) for r in
              await topic_records(pipeline.kafka.bootstrap_servers, pipeline.topics.alert_events) if r.key == aid.encode()]
    assert [e.status.value for e in events] == ["open", "confirmed", "takedown_requested", "resolved"]


async def test_dismissal_needs_a_reason_and_test_buy_is_a_step(pipeline, portal):
    doc = listing("BOSE QC45 mirror quality", seller=f"s-{uuid.uuid4().hex[:6]}")
    await post_listing(pipeline, doc)
    aid = (await portal_alert(portal, "bose-alice", key(doc)))["alert_id"]
    async with portal.client("bose-alice") as me:
        assert (await me.post(f"/v1/alerts/{aid}/transitions", json={"status": "dismissed"})).status_code == 400
        assert (await me.post(f"/v1/alerts/{aid}/transitions", json={"status": "test_buy"})).json()["status"] == "test_buy"
        out = await me.post(f"/v1/alerts/{aid}/transitions", json={"status": "dismissed", "reason": "insufficient_evidence"})
        assert out.status_code == 200 and out.json()["history"][-1]["reason"] == "insufficient_evidence"


async def _same(answers, before) -> bool:
    return await answers() == before


async def test_rebuild_view_from_kafka_gives_the_same_answers(pipeline, portal):
    doc = listing("Bose QC45 replica for rebuild", seller=f"s-{uuid.uuid4().hex[:6]}")
    await post_listing(pipeline, doc)
    aid = (await portal_alert(portal, "bose-alice", key(doc)))["alert_id"]
    async with portal.client("bose-alice") as me:
        await me.post(f"/v1/alerts/{aid}/transitions", json={"status": "confirmed"})

    async def answers() -> list:
        out = []
        for who in ("ops", "bose-alice", "ce-coordinator", "goose-carl"):
            async with portal.client(who) as http:
                out.append((await http.get("/v1/alerts", params={"limit": 500})).json())
                out.append((await http.get(f"/v1/alerts/{aid}")).json())
                out.append((await http.get("/v1/alerts", params={"status": "confirmed", "limit": 500})).json())
        async with portal.client("bose-alice") as me:
            out.append((await me.get("/v1/brands/bose/suppressions", params={"include_lifted": True})).json())
        return out

    before = await answers()
    assert any(a["alert_id"] == aid for a in before[0]["alerts"])

    prefix = pipeline.topics.topic_prefix
    redis = Redis.from_url(portal.settings.redis.url)
    try:
        wiped = [k async for k in redis.scan_iter(match=f"{prefix}portal:*")]
        assert wiped
        await redis.delete(*wiped)
    finally:
        await redis.aclose()
    async with portal.client("ops") as http:  # the keys' lookup went with the view, the keys still work
        assert (await http.get("/v1/alerts")).status_code != 401
    # the portal finds its view gone and rebuilds it from Kafka by itself: the same answers
    await eventually(lambda: _same(answers, before), what="the portal rebuilt its view by itself")

    done = subprocess.run([str(Path(sys.executable).parent / "brandsentry"), "alerts", "rebuild-view"], cwd=ROOT,
                          env={**os.environ, **portal.env}, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "view rebuilt" in done.stdout

    assert await answers() == before
