"""The walking skeleton end to end: HTTP into ingest, alerts out on the working-group and brand topics."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import datetime, timezone

import httpx
import pytest

from schemas import Alert, alert_id
from tests.support import ingest_headers, key, listing, read_topic, wait_consumed
from tests.support import post as post_listing

pytestmark = pytest.mark.integration


async def alerts_for(pipeline, topic: str, listing_key: str, *, expect: int = 1, timeout_s: float = 60) -> list[Alert]:
    def mine(records):
        return [Alert.model_validate_json(r.value) for r in records if Alert.model_validate_json(r.value).listing_key == listing_key]

    records = await read_topic(pipeline.kafka.bootstrap_servers, topic, until=lambda rs: len(mine(rs)) >= expect, timeout_s=timeout_s)
    return mine(records)


async def post(pipeline, doc: dict | bytes) -> httpx.Response:
    return await post_listing(pipeline.ingest_url, doc)


async def test_posted_listing_comes_out_as_alert_on_working_group_and_brand_topics(pipeline):
    doc = listing("BOSE QuietComfort QC45 noise cancelling headphones 1:1 replica")
    answer = await post(pipeline, doc)
    assert answer.status_code == 202, answer.text
    assert answer.json() == {"status": "accepted", "key": key(doc)}

    on_iwg = await alerts_for(pipeline, pipeline.topics.alerts_iwg("consumer-electronics"), key(doc))
    on_brand = await alerts_for(pipeline, pipeline.topics.alerts_brand("bose"), key(doc))

    assert len(on_iwg) == 1 and len(on_brand) == 1
    alert = on_brand[0]
    assert alert.alert_id == alert_id("bose", key(doc)) == on_iwg[0].alert_id
    assert alert.brand_id == "bose" and alert.iwg == "consumer-electronics"
    assert alert.status == "open"
    assert alert.match.listing.title == doc["title"]
    assert any(s.rule in ("exact", "alias", "confusable") and s.text and s.text.casefold() == "bose"
               for s in alert.match.signals), alert.match.signals
    assert alert.routed_to == [pipeline.topics.alerts_iwg("consumer-electronics"), pipeline.topics.alerts_brand("bose")]


async def test_chinese_alias_alerts_the_right_brand(pipeline):
    doc = listing("加拿大鹅 羽绒服 高仿 男款 Expedition Parka", category="jackets", price={"amount": 399, "currency": "CNY"})
    assert (await post(pipeline, doc)).status_code == 202
    alerts = await alerts_for(pipeline, pipeline.topics.alerts_iwg("apparel-footwear"), key(doc))
    assert [a.brand_id for a in alerts] == ["canada-goose"]


async def test_malformed_listing_gets_422_lands_on_dead_letter_topic_and_stream_keeps_going(pipeline):
    bad = listing("Bose headphones", price={"amount": -5, "currency": "usd"})
    del bad["seller"]
    raw = json.dumps(bad).encode()
    answer = await post(pipeline, raw)
    assert answer.status_code == 422
    body = answer.json()
    assert body["status"] == "rejected" and body["reason"] == "schema_violation"
    wrong = {e["loc"] for e in body["errors"]}
    assert {"seller", "price.amount", "price.currency"} <= wrong, body
    assert body["dead_letter_topic"] == pipeline.topics.listings_dlq

    not_json = b'{"marketplace": "taobao", "title": "Bose'
    answer = await post(pipeline, not_json)
    assert answer.status_code == 422 and answer.json()["reason"] == "invalid_json"

    dead = await read_topic(
        pipeline.kafka.bootstrap_servers, pipeline.topics.listings_dlq,
        until=lambda rs: {raw, not_json} <= {r.value for r in rs},
    )
    by_value = {r.value: dict(r.headers) for r in dead}
    assert by_value[raw]["error.reason"] == b"schema_violation"
    assert b"seller" in by_value[raw]["error.detail"] and by_value[raw]["error.stage"] == b"ingest"
    assert by_value[not_json]["error.reason"] == b"invalid_json"

    after = listing("Bose QC45 headphones AAA quality")
    assert (await post(pipeline, after)).status_code == 202
    assert len(await alerts_for(pipeline, pipeline.topics.alerts_brand("bose"), key(after))) == 1


async def test_same_listing_twice_gives_one_alert_and_a_listing_naming_no_brand_gives_none(pipeline):
    doc = listing("Bose QC45 wireless headphones replica")
    first, second = await post(pipeline, doc), await post(pipeline, doc)
    assert first.json()["status"] == "accepted" and second.json()["status"] == "duplicate"
    # the same listing seen again later, at a new price: ingest passes it on, the alert is still one
    again = dict(doc, observed_at=datetime.now(timezone.utc).isoformat(), price={"amount": 29.0, "currency": "USD"})
    assert (await post(pipeline, again)).json()["status"] == "accepted"
    nothing = listing("Wireless over-ear headphones, 40h battery, foldable", seller="s-plain")
    assert (await post(pipeline, nothing)).status_code == 202

    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.matcher_group, pipeline.topics.listings)
    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.alerts_group, pipeline.topics.matches)

    on_brand = await alerts_for(pipeline, pipeline.topics.alerts_brand("bose"), key(doc), expect=2, timeout_s=5)
    assert len(on_brand) == 1
    on_iwg = await read_topic(pipeline.kafka.bootstrap_servers, pipeline.topics.alerts_iwg("consumer-electronics"),
                              until=lambda rs: False, timeout_s=3)
    assert key(nothing) not in {Alert.model_validate_json(r.value).listing_key for r in on_iwg}
    assert key(doc) in {Alert.model_validate_json(r.value).listing_key for r in on_iwg}


async def test_ndjson_batch_accepts_valid_lines_and_reports_invalid_ones(pipeline):
    good = listing("Snickers bar 48 pack 高仿")
    lines = [json.dumps(good).encode(), b"not json at all", json.dumps(listing("Generic phone stand")).encode()]
    async with httpx.AsyncClient(base_url=pipeline.ingest_url, timeout=10, headers=ingest_headers()) as http:
        answer = await http.post("/v1/listings/batch", content=b"\n".join(lines) + b"\n",
                                 headers={"Content-Type": "application/x-ndjson"})
        wrong_type = await http.post("/v1/listings/batch", content=b"{}", headers={"Content-Type": "application/json"})
    assert answer.status_code == 422
    body = answer.json()
    assert body["accepted"] == 2 and body["rejected"] == 1
    assert body["rejected_lines"][0]["line"] == 2 and body["rejected_lines"][0]["reason"] == "invalid_json"
    assert wrong_type.status_code == 415 and "NDJSON" in wrong_type.json()["error"]


async def test_replay_command_publishes_valid_lines_dead_letters_the_rest_and_alerts(pipeline, tmp_path):
    good = listing("Bose QuietComfort QC45 replica, 1:1")
    plain = listing("Bamboo cutting board, large")
    bad = b'{"marketplace": "taobao", "listing_id": "r-bad", "title": ""}'
    path = tmp_path / "listings.ndjson"
    path.write_bytes(b"\n".join([json.dumps(good).encode(), bad, json.dumps(plain).encode()]) + b"\n")

    run = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "brandsentry.cli", "replay", str(path),
        env={**os.environ, **pipeline.env}, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    _, err = await run.communicate()
    assert run.returncode == 1, err.decode()  # some lines were rejected
    assert "2 accepted, 0 duplicates, 1 rejected" in err.decode()
    assert "line 2" in err.decode()

    dead = await read_topic(pipeline.kafka.bootstrap_servers, pipeline.topics.listings_dlq,
                            until=lambda rs: any(r.value == bad for r in rs))
    assert [dict(r.headers)["error.source"] for r in dead if r.value == bad] == [b"replay"]
    assert len(await alerts_for(pipeline, pipeline.topics.alerts_brand("bose"), key(good))) == 1
