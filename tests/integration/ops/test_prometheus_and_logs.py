"""A real Prometheus scrapes every service; one listing can be followed through the JSON logs of every service."""

from __future__ import annotations

import asyncio
import json

import pytest

from schemas import Alert
from tests.support import read_topic

from tests.support import listing, post

from .conftest import COUNTERFEIT, listing_key, send_traffic

pytestmark = pytest.mark.integration


async def test_prometheus_scrapes_every_service_and_sees_listings_being_processed(pipeline, ops, prometheus):
    up = {}
    for _ in range(60):
        up = {r["metric"]["job"]: r["value"][1] for r in await prometheus.query("up")}
        if len(up) == 4 and set(up.values()) == {"1"}:
            break
        await asyncio.sleep(0.5)
    assert up == {"ingest": "1", "matcher": "1", "alerts": "1", "ops": "1"}

    traffic = asyncio.ensure_future(send_traffic(pipeline.ingest_url, listings=40, rate=8))
    rate = []
    try:
        for _ in range(120):
            rate = await prometheus.query("sum(rate(brandsentry_matcher_listings_total[15s]))")
            if rate and float(rate[0]["value"][1]) > 0:
                break
            await asyncio.sleep(0.5)
    finally:
        await traffic
    assert rate and float(rate[0]["value"][1]) > 0, rate

    # the other figures of the dashboard are there for Grafana too
    lag = await prometheus.query(f'brandsentry_consumer_lag{{group="{pipeline.matcher_group}"}}')
    assert {r["metric"]["partition"] for r in lag} == {"0", "1", "2"}
    for promql in (
        "sum(brandsentry_alerts_total) by (iwg, severity)",
        "histogram_quantile(0.99, sum(rate(brandsentry_end_to_end_seconds_bucket[1m])) by (le))",
        "sum(brandsentry_matcher_stage_seconds_count) by (stage)",
        "brandsentry_matcher_index_version",
        "sum(brandsentry_ingest_accepted_total)",
    ):
        found = []
        for _ in range(20):
            found = await prometheus.query(promql)
            if found:
                break
            await asyncio.sleep(0.5)
        assert found, promql


def log_lines(path, key: str) -> list[dict]:
    lines = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            doc = json.loads(raw)
        except ValueError:
            continue  # a library that printed something of its own
        if doc.get("listing_key") == key:
            lines.append(doc)
    return lines


async def test_one_listing_is_followed_by_its_key_through_ingest_matcher_and_alerts_logs(pipeline):
    doc = listing(COUNTERFEIT)
    key = listing_key(doc)
    assert (await post(pipeline.ingest_url, doc)).status_code == 202
    topic = pipeline.topics.alerts_iwg("consumer-electronics")
    await read_topic(pipeline.kafka.bootstrap_servers, topic,
                     until=lambda rs: any(Alert.model_validate_json(r.value).listing_key == key for r in rs))

    by_service = {}
    for _ in range(20):  # the alert is on Kafka; its log line is written right after
        by_service = {p.name: log_lines(p.log_path, key) for p in pipeline.processes}
        if all(by_service.values()):
            break
        await asyncio.sleep(0.25)
    events = {name: [line["event"] for line in lines] for name, lines in by_service.items()}
    assert "listing accepted" in events["ingest"], events
    assert "match" in events["matcher"], events
    assert "alert raised" in events["alerts"], events
    for name, lines in by_service.items():
        for line in lines:
            assert line["level"] in ("info", "warning", "error") and line["timestamp"], line
            assert line.get("service") == name, line
    alert_line = next(line for line in by_service["alerts"] if line["event"] == "alert raised")
    assert alert_line["brand_id"] == "bose" and alert_line["alert_id"]
