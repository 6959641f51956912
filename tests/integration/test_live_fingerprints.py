"""Fingerprint changes reach every matcher worker while it runs, and all workers answer alike."""

from __future__ import annotations

import asyncio
import re
import time
import uuid

import httpx
import pytest
from aiokafka.partitioner import murmur2

from brandsentry.kafka import JsonProducer
from schemas import Alert, Brand, MarkFingerprint, RegistryRecord, fingerprint_id
from tests.integration.test_pipeline import key, listing, post
from tests.support import ServiceProcess, free_port, read_topic, wait_consumed

pytestmark = pytest.mark.integration

INDEX_VERSION = re.compile(r"^brandsentry_matcher_index_version (\S+)$", re.M)
PROCESSED = re.compile(r'^brandsentry_matcher_listings_total\{outcome="[a-z_]+"\} (\S+)$', re.M)


def listings_on_every_partition(title: str, partitions: int, each: int = 4) -> list[dict]:
    """Listings titled `title #i` with at least `each` on every `listings` partition: ingest keys a record by its
    listing key and Kafka's default partitioner takes murmur2 of it (a dozen random keys missed a partition in
    0.8 % of runs, and with it a worker)."""
    docs, per = [], [0] * partitions
    while min(per) < each:
        doc = listing(f"{title} #{len(docs)}")
        partition = (murmur2(key(doc).encode()) & 0x7FFFFFFF) % partitions
        if per[partition] < each:
            per[partition] += 1
            docs.append(doc)
    return docs


async def metrics_text(ops_url: str) -> str:
    async with httpx.AsyncClient(timeout=3) as http:
        return (await http.get(f"{ops_url}/metrics")).text


async def index_version(ops_url: str) -> float:
    found = INDEX_VERSION.search(await metrics_text(ops_url))
    return float(found.group(1)) if found else -1


async def processed(ops_url: str) -> float:
    return sum(float(v) for v in PROCESSED.findall(await metrics_text(ops_url)))


async def wait_index_at_least(ops_urls: list[str], version: float, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if min([await index_version(u) for u in ops_urls]) >= version:
            return
        await asyncio.sleep(0.3)
    raise TimeoutError(f"index version {version} not reached on {ops_urls}")


async def wait_both_consume(pipeline, workers: list[str], timeout_s: float = 90) -> None:
    """The group rebalances when a worker joins: post plain listings until every worker has handled some."""
    start = [await processed(u) for u in workers]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert (await post(pipeline, listing("plain ceramic travel mug"))).status_code == 202
        await asyncio.sleep(0.3)
        if all(now > then for now, then in zip([await processed(u) for u in workers], start)):
            return
    raise TimeoutError(f"not every worker consumed within {timeout_s}s: {workers}")


async def publish(pipeline, *records: RegistryRecord) -> None:
    producer = JsonProducer(pipeline.kafka)
    await producer.start()
    try:
        await producer.send_all([(pipeline.topics.fingerprints, r, r.key()) for r in records])
    finally:
        await producer.stop()


async def test_new_fingerprint_applies_live_on_every_worker_and_deactivation_stops_alerts(pipeline):
    port = free_port()
    second = ServiceProcess("matcher-2", "services.matcher", {**pipeline.env, "MATCHER_OPS_PORT": str(port)},
                            f"http://127.0.0.1:{port}/readyz")
    second.start()
    try:
        await second.wait_ready()
        workers = [pipeline.matcher_ops_url, f"http://127.0.0.1:{port}"]
        before = max([await index_version(u) for u in workers])

        brand_id = f"zorvex-{uuid.uuid4().hex[:6]}"
        brand = Brand(id=brand_id, name="Zorvex", iwg="consumer-electronics", categories=["headphones"])
        mark = MarkFingerprint(id=fingerprint_id(brand_id, "mark", "Zorvex"), brand_id=brand_id, value="Zorvex")
        await publish(pipeline, RegistryRecord(type="brand", brand=brand), RegistryRecord(type="fingerprint", fingerprint=mark))
        await wait_index_at_least(workers, before + 2)
        await wait_both_consume(pipeline, workers)

        processed_before = [await processed(u) for u in workers]
        docs = listings_on_every_partition("Zorvex studio headphones replica", pipeline.kafka.default_partitions)
        for doc in docs:
            assert (await post(pipeline, doc)).status_code == 202
        wanted = {key(d) for d in docs}
        records = await read_topic(
            pipeline.kafka.bootstrap_servers, pipeline.topics.alerts_brand(brand_id),
            until=lambda rs: {Alert.model_validate_json(r.value).listing_key for r in rs} >= wanted,
        )
        alerts = [Alert.model_validate_json(r.value) for r in records]
        assert {a.listing_key for a in alerts} == wanted
        processed_after = [await processed(u) for u in workers]
        assert all(a > b for a, b in zip(processed_after, processed_before)), "both workers should have matched some"
        assert len({a.match.index_version for a in alerts}) == 1, "workers disagree on the index version"
        assert {round(a.match.score, 6) for a in alerts} == {round(alerts[0].match.score, 6)}, "workers disagree on the score"

        await publish(pipeline, RegistryRecord(type="fingerprint", fingerprint=mark.model_copy(update={"active": False, "version": 2})))
        await wait_index_at_least(workers, before + 3)
        late = listing("Zorvex studio headphones replica, last pieces")
        assert (await post(pipeline, late)).status_code == 202
        await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.matcher_group, pipeline.topics.listings)
        await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.alerts_group, pipeline.topics.matches)
        after = await read_topic(pipeline.kafka.bootstrap_servers, pipeline.topics.alerts_brand(brand_id),
                                 until=lambda rs: False, timeout_s=3)
        assert key(late) not in {Alert.model_validate_json(r.value).listing_key for r in after}
    finally:
        second.stop()
