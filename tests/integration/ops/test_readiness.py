"""/readyz tells the truth: 503 with the reason while a dependency is unreachable or the fingerprint index not loaded."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from brandsentry.kafka import ensure_topics
from brandsentry.registry import load_registry
from brandsentry.seed import publish_registry
from brandsentry.settings import Topics
from tests.conftest import FIXTURES
from tests.support import ServiceProcess, drop_topics, free_port, kafka_kwargs

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
async def fresh_env(servers, kafka_settings, redis_settings):
    topics = Topics(topic_prefix=f"r{uuid.uuid4().hex[:10]}.")
    env = {"BRANDSENTRY_TOPIC_PREFIX": topics.topic_prefix, "KAFKA_BOOTSTRAP_SERVERS": kafka_settings.bootstrap_servers,
           "REDIS_URL": redis_settings.url}
    yield topics, env
    await drop_topics(kafka_settings, topics.topic_prefix)


@pytest.mark.parametrize(("service", "module", "port_var"), [
    ("ingest", "services.ingest", "INGEST_PORT"),
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


@pytest.mark.parametrize(("service", "module", "port_var", "api_path"), [
    ("ingest", "services.ingest", "INGEST_PORT", "/v1/listings"),
    ("alerts", "services.alerts", "ALERTS_OPS_PORT", None),
    ("matcher", "services.matcher", "MATCHER_OPS_PORT", None),
    ("portal", "services.portal", "PORTAL_PORT", "/v1/alerts"),
])
async def test_a_service_started_before_kafka_waits_for_it_and_says_so(fresh_env, kafka_settings, service, module,
                                                                        port_var, api_path):
    """Started while Kafka is away, a service stays up (503 with the reason) and becomes ready when Kafka arrives."""
    _, env = fresh_env
    port, late_kafka = free_port(), free_port()  # the broker "arrives" at late_kafka, through a relay, later
    proc = ServiceProcess(f"late-kafka-{service}", module,
                          {**env, "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{late_kafka}", port_var: str(port)},
                          f"http://127.0.0.1:{port}/readyz")
    proc.start()
    relay = None
    try:
        healthz = await answers(f"http://127.0.0.1:{port}/healthz")
        waiting = await answers(f"http://127.0.0.1:{port}/readyz")
        api = await answers(f"http://127.0.0.1:{port}{api_path}") if api_path else None
        host, _, real_port = kafka_settings.bootstrap_servers.split(",")[0].rpartition(":")
        relay = await tcp_relay(late_kafka, host, int(real_port))
        await proc.wait_ready(timeout_s=60)
        ready = await answers(f"http://127.0.0.1:{port}/readyz")
    finally:
        proc.stop()
        if relay is not None:
            relay.close()
    assert healthz.status_code == 200
    assert waiting.status_code == 503, waiting.text
    assert waiting.json()["checks"]["kafka"].startswith("failing:") and str(late_kafka) in waiting.json()["checks"]["kafka"]
    if api is not None:
        assert api.status_code == 503 and "waiting for Kafka" in api.json()["detail"]
    assert ready.status_code == 200 and ready.json()["ready"] is True, ready.text
    assert "kafka unreachable, retrying" in proc.tail(200)


async def tcp_relay(listen_port: int, host: str, port: int) -> asyncio.Server:
    """Forward connections on listen_port to host:port (the broker then names its own address to clients)."""

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def handle(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(host, port)
        await asyncio.gather(pipe(client_reader, upstream_writer), pipe(upstream_reader, client_writer))

    return await asyncio.start_server(handle, "127.0.0.1", listen_port)


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
    # the collection's own error follows once one was tried (faults57: "...: KafkaConnectionError: Unable to bootstrap")
    assert checks["consumer_lag"].startswith("failing: RuntimeError: consumer lag not collected yet"), checks
    assert summary is not None  # the dashboard still answers while Kafka is away


async def test_the_alerts_service_needs_no_redis(fresh_env):
    """What it must know (alerts that exist, suppressions) it rebuilds from Kafka: ready with no Redis at all."""
    _, env = fresh_env
    port, dead_redis = free_port(), free_port()
    proc = ServiceProcess("readiness-alerts-noredis", "services.alerts",
                          {**env, "REDIS_URL": f"redis://127.0.0.1:{dead_redis}/0", "ALERTS_OPS_PORT": str(port)},
                          f"http://127.0.0.1:{port}/readyz")
    proc.start()
    try:
        await proc.wait_ready()
        ready = await answers(f"http://127.0.0.1:{port}/readyz")
    finally:
        proc.stop()
    assert ready.json() == {"ready": True, "checks": {"alert_book": "ok", "consumer": "ok", "kafka": "ok"}}


async def test_matcher_is_not_ready_until_its_fingerprint_index_is_loaded(fresh_env, kafka_settings):
    """A long fingerprints topic (registry plus many tombstones) takes the matcher a while to read; until then: 503."""
    topics, env = fresh_env
    records = await publish_registry(load_registry(FIXTURES / "registry.yaml"), kafka=kafka_settings, topics=topics)
    tombstones = 600_000
    await ensure_topics(kafka_settings, topics.core())
    producer = AIOKafkaProducer(**kafka_kwargs(kafka_settings.bootstrap_servers), linger_ms=50, max_batch_size=1 << 20)
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

    assert first.status_code == 503, first.text
    assert first.json()["checks"]["fingerprint_index"] == "failing: RuntimeError: fingerprint index not loaded yet"
    assert ready.status_code == 200 and ready.json()["checks"] == {"consumer": "ok", "fingerprint_index": "ok",
                                                                   "kafka": "ok"}
    version = next(float(line.split()[-1]) for line in metrics.splitlines()
                   if line.startswith("brandsentry_matcher_index_version "))
    assert version == records + tombstones  # ready means the whole topic is in the index
