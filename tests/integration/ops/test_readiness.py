"""/readyz tells the truth: 503 with the reason while a dependency is unreachable or the fingerprint index not loaded."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from brandsentry.kafka import ensure_topics
from brandsentry.registry import load_registry
from brandsentry.seed import publish_registry
from brandsentry.settings import Topics
from tests.conftest import FIXTURES
from tests.support import ServiceProcess, free_port

pytestmark = pytest.mark.integration


async def answers(url: str) -> httpx.Response:
    """The first answer of a service that has started listening."""
    async with httpx.AsyncClient(timeout=10) as http:
        for _ in range(300):
            try:
                return await http.get(url)
            except httpx.TransportError:
                await asyncio.sleep(0.1)
    raise TimeoutError(f"{url} never answered")


@pytest.fixture
def fresh_env(servers, kafka_settings, redis_settings):
    topics = Topics(topic_prefix=f"r{uuid.uuid4().hex[:10]}.")
    env = {"BRANDSENTRY_TOPIC_PREFIX": topics.topic_prefix, "KAFKA_BOOTSTRAP_SERVERS": kafka_settings.bootstrap_servers,
           "REDIS_URL": redis_settings.url}
    return topics, env


@pytest.mark.parametrize(("service", "module", "port_var"), [
    ("ingest", "services.ingest", "INGEST_PORT"),
    ("alerts", "services.alerts", "ALERTS_OPS_PORT"),
])
async def test_unreachable_redis_makes_the_service_not_ready_and_says_why(fresh_env, service, module, port_var):
    _, env = fresh_env
    port, dead_redis = free_port(), free_port()  # nothing listens on dead_redis
    proc = ServiceProcess(f"readiness-{service}", module,
                          {**env, "REDIS_URL": f"redis://127.0.0.1:{dead_redis}/0", port_var: str(port)},
                          f"http://127.0.0.1:{port}/readyz")
    proc.start()
    try:
        healthz = await answers(f"http://127.0.0.1:{port}/healthz")
        ready = await answers(f"http://127.0.0.1:{port}/readyz")
        for _ in range(50):  # the service may still be connecting to Kafka: wait for its Kafka check to pass
            if ready.json()["checks"].get("kafka") == "ok":
                break
            await asyncio.sleep(0.2)
            ready = await answers(f"http://127.0.0.1:{port}/readyz")
    finally:
        proc.stop()
    assert healthz.status_code == 200  # alive, but …
    assert ready.status_code == 503  # … not ready
    body = ready.json()
    assert body["ready"] is False
    assert body["checks"]["kafka"] == "ok"
    assert body["checks"]["redis"].startswith("failing:") and str(dead_redis) in body["checks"]["redis"], body


async def test_ops_service_pointed_at_an_unreachable_kafka_is_not_ready_and_says_why(fresh_env):
    _, env = fresh_env
    port, dead_kafka = free_port(), free_port()
    proc = ServiceProcess("readiness-ops", "services.ops",
                          {**env, "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{dead_kafka}", "OPS_PORT": str(port)},
                          f"http://127.0.0.1:{port}/readyz")
    proc.start()
    try:
        ready = await answers(f"http://127.0.0.1:{port}/readyz")
        summary = (await answers(f"http://127.0.0.1:{port}/api/summary")).json()
    finally:
        proc.stop()
    assert ready.status_code == 503
    checks = ready.json()["checks"]
    assert checks["kafka"].startswith("failing:"), checks
    assert checks["consumer_lag"] == "failing: RuntimeError: consumer lag not collected yet"
    assert summary is not None  # the dashboard still answers while Kafka is away


async def test_matcher_is_not_ready_until_its_fingerprint_index_is_loaded(fresh_env, kafka_settings):
    """A long fingerprints topic (registry plus many tombstones) takes the matcher a while to read; until then: 503."""
    topics, env = fresh_env
    records = await publish_registry(load_registry(FIXTURES / "registry.yaml"), kafka=kafka_settings, topics=topics)
    tombstones = 600_000
    await ensure_topics(kafka_settings, topics.core())
    producer = AIOKafkaProducer(bootstrap_servers=kafka_settings.bootstrap_servers, linger_ms=50, max_batch_size=1 << 20)
    await producer.start()
    try:
        batch = producer.create_batch()
        for i in range(tombstones):
            if batch.append(key=f"fp:nobody:gone-{i}".encode(), value=None, timestamp=None) is None:
                await (await producer.send_batch(batch, topics.fingerprints, partition=i % 3))
                batch = producer.create_batch()
                batch.append(key=f"fp:nobody:gone-{i}".encode(), value=None, timestamp=None)
        await (await producer.send_batch(batch, topics.fingerprints, partition=0))
    finally:
        await producer.stop()

    port = free_port()
    proc = ServiceProcess("readiness-matcher", "services.matcher", {**env, "MATCHER_OPS_PORT": str(port)},
                          f"http://127.0.0.1:{port}/readyz")
    proc.start()
    try:
        first = await answers(f"http://127.0.0.1:{port}/readyz")
        await proc.wait_ready(timeout_s=120)
        ready = await answers(f"http://127.0.0.1:{port}/readyz")
        metrics = (await answers(f"http://127.0.0.1:{port}/metrics")).text
    finally:
        proc.stop()
        admin = AIOKafkaAdminClient(bootstrap_servers=kafka_settings.bootstrap_servers)
        await admin.start()
        try:
            await admin.delete_topics([topics.fingerprints])
        finally:
            await admin.close()

    assert first.status_code == 503, first.text
    assert first.json()["checks"]["fingerprint_index"] == "failing: RuntimeError: fingerprint index not loaded yet"
    assert ready.status_code == 200 and ready.json()["checks"] == {"fingerprint_index": "ok", "kafka": "ok"}
    version = next(float(line.split()[-1]) for line in metrics.splitlines()
                   if line.startswith("brandsentry_matcher_index_version "))
    assert version == records + tombstones  # ready means the whole topic is in the index
