"""Redis is only a cache: wiped (FLUSHALL) mid-stream, nothing is raised twice, no triage decision is undone,
no key is locked out, and the portal rebuilds its view by itself with the right counts.

The whole pipeline and the portal run as real processes against a Redis of this test's own (a
redis-server on a free port), so that it may be wiped; Kafka is the shared broker (own topic prefix).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import uuid

import httpx
import pytest
from redis.asyncio import Redis

from brandsentry.registry import load_registry
from brandsentry.seed import publish_registry
from brandsentry.settings import RedisSettings, Topics
from schemas import Alert, alert_id
from schemas.portal import Role
from services.portal.admin import create_key
from services.portal.settings import PortalSettings
from tests.conftest import FIXTURES
from tests.support import ARTIFACTS, ServiceProcess, drop_topics, eventually, free_port, key, listing, read_topic, wait_consumed

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
async def own_redis():
    port = free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    proc = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no"], stdout=open(ARTIFACTS / "own-redis.log", "ab"),
                            stderr=subprocess.STDOUT)
    url = f"redis://127.0.0.1:{port}/0"
    redis = Redis.from_url(url)
    try:
        for _ in range(100):
            try:
                await redis.ping()
                break
            except Exception:
                await asyncio.sleep(0.1)
        yield url
    finally:
        await redis.aclose()
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
async def stack(servers, kafka_settings, own_redis):
    topics = Topics(topic_prefix=f"rw{uuid.uuid4().hex[:8]}.")
    await publish_registry(load_registry(FIXTURES / "registry.yaml"), kafka=kafka_settings, topics=topics)
    ports = {name: free_port() for name in ("ingest", "matcher", "alerts", "portal")}
    env = {"BRANDSENTRY_TOPIC_PREFIX": topics.topic_prefix, "KAFKA_BOOTSTRAP_SERVERS": kafka_settings.bootstrap_servers,
           "REDIS_URL": own_redis, "INGEST_PORT": str(ports["ingest"]), "MATCHER_OPS_PORT": str(ports["matcher"]),
           "ALERTS_OPS_PORT": str(ports["alerts"]), "PORTAL_PORT": str(ports["portal"])}
    url = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    procs = [ServiceProcess(f"rw-{name}", f"services.{name}", env, f"{url[name]}/readyz") for name in ports]
    for p in procs:
        p.start()
    try:
        for p in procs:
            await p.wait_ready()
        settings = PortalSettings(kafka=kafka_settings, topics=topics, redis=RedisSettings(url=own_redis))
        tokens = {
            "integrator": (await create_key(settings, name="rw-integrator", role=Role.integrator,
                                            marketplaces=["taobao"], created_by="tests"))[0],
            "bose": (await create_key(settings, name="rw-bose", role=Role.brand, brand_id="bose"))[0],
            "ops": (await create_key(settings, name="rw-ops", role=Role.operator))[0],
        }
        yield {"topics": topics, "url": url, "tokens": tokens, "redis": own_redis, "kafka": kafka_settings}
    finally:
        for p in reversed(procs):
            p.stop()
        await drop_topics(kafka_settings, topics.topic_prefix)


async def post(stack, doc: dict) -> dict:
    """POST a listing; a 503 (ingest's key lookup waits for the portal's rebuild) is sent again."""
    async with httpx.AsyncClient(base_url=stack["url"]["ingest"], timeout=10,
                                 headers={"X-API-Key": stack["tokens"]["integrator"]}) as http:
        for _ in range(300):
            answer = await http.post("/v1/listings", content=json.dumps(doc), headers={"Content-Type": "application/json"})
            if answer.status_code != 503:
                assert answer.status_code == 202, answer.text
                return answer.json()
            await asyncio.sleep(0.2)
    pytest.fail("ingest answered 503 for a minute")


async def portal(stack, who: str, path: str, **params) -> httpx.Response:
    async with httpx.AsyncClient(base_url=stack["url"]["portal"], timeout=10,
                                 headers={"X-API-Key": stack["tokens"][who]}) as http:
        return await http.get(path, params=params)


async def every_alert(stack) -> list[dict]:
    out, cursor = [], None
    while True:
        page = (await portal(stack, "ops", "/v1/alerts", limit=500, **({"cursor": cursor} if cursor else {}))).json()
        out += page["alerts"]
        cursor = page.get("next_cursor")
        if not cursor:
            return out


async def settle(stack) -> None:
    topics, bootstrap = stack["topics"], stack["kafka"].bootstrap_servers
    await wait_consumed(bootstrap, f"{topics.topic_prefix}brandsentry-matcher", topics.listings)
    await wait_consumed(bootstrap, f"{topics.topic_prefix}brandsentry-alerts", topics.matches)


async def test_a_wiped_redis_neither_reraises_nor_reopens_nor_locks_out(stack):
    topics = stack["topics"]
    docs = [listing(f"Bose QC45 headphones 1:1 replica, lot {i}") for i in range(3)]
    for doc in docs:
        assert (await post(stack, doc))["status"] == "accepted"
    ids = {alert_id("bose", key(d)) for d in docs}
    confirmed = alert_id("bose", key(docs[0]))

    async def all_listed():
        return ids <= {a["alert_id"] for a in (await portal(stack, "bose", "/v1/alerts", limit=500)).json()["alerts"]}

    await eventually(all_listed, what="the three alerts in the portal")
    async with httpx.AsyncClient(base_url=stack["url"]["portal"], timeout=10,
                                 headers={"X-API-Key": stack["tokens"]["bose"]}) as http:
        moved = await http.post(f"/v1/alerts/{confirmed}/transitions", json={"status": "confirmed"})
        assert moved.status_code == 200, moved.text

    redis = Redis.from_url(stack["redis"])
    try:
        await redis.flushall()
    finally:
        await redis.aclose()

    # no key is locked out: the portal and ingest answer from keys they hold in memory, read from Kafka
    assert (await portal(stack, "bose", "/v1/alerts")).status_code == 200
    async with httpx.AsyncClient(base_url=stack["url"]["ingest"], timeout=10,
                                 headers={"X-API-Key": stack["tokens"]["integrator"]}) as http:
        after_wipe = listing("Bose QC45 headphones, mirror quality")
        first = await http.post("/v1/listings", content=json.dumps(after_wipe), headers={"Content-Type": "application/json"})
    assert first.status_code == 202 and first.json()["status"] == "accepted", first.text
    ids.add(alert_id("bose", key(after_wipe)))
    # the marketplace sends the same listings again (ingest's dedupe marks went with Redis), and one new one
    for doc in docs:
        assert (await post(stack, doc))["status"] == "accepted"
    fresh = listing("Bose QC45 headphones AAA quality")
    assert (await post(stack, fresh))["status"] == "accepted"
    ids.add(alert_id("bose", key(fresh)))
    await settle(stack)

    # nothing was raised twice: one alert per listing on the brand's topic, one "new" snapshot on alert-events
    on_brand = await read_topic(stack["kafka"].bootstrap_servers, topics.alerts_brand("bose"),
                                until=lambda rs: len(rs) >= 5, timeout_s=20)
    assert sorted(Alert.model_validate_json(r.value).alert_id for r in on_brand) == sorted(ids)
    events = [Alert.model_validate_json(r.value) for r in await read_topic(
        stack["kafka"].bootstrap_servers, topics.alert_events, until=lambda rs: len(rs) >= 6, timeout_s=20)]
    assert sorted(a.alert_id for a in events if a.status == "open") == sorted(ids)

    # the portal rebuilt its view by itself: the confirmed alert is still confirmed, each alert listed once,
    # as many alerts as distinct alert ids on alert-events
    async def rebuilt():
        detail = await portal(stack, "bose", f"/v1/alerts/{confirmed}")
        return detail.status_code == 200 and detail.json()["alert"]["status"] == "confirmed"

    await eventually(rebuilt, what="the portal's rebuilt view shows the confirmed alert")
    listed = [a["alert_id"] for a in await every_alert(stack)]
    assert sorted(listed) == sorted({a.alert_id for a in events}) == sorted(ids)
