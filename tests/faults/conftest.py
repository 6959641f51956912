"""Fixtures of the fault tests: a fresh pipeline per test (`stack`), and servers of the test's own.

Each test owns every process it breaks: services on a fresh topic prefix, its own redis-server, and, where
the broker is the fault, its own Kafka broker(s) on free ports. The shared Kafka (19092) and Redis (16379)
are only ever used, never stopped, frozen or flushed.
"""

from __future__ import annotations

import os
import re

import pytest

from brandsentry.settings import KafkaSettings
from tests.faults.harness import ClusterKafka, OwnKafka, OwnRedis, Stack


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        if "tests/faults/" in str(item.fspath):
            item.add_marker(pytest.mark.faults)
            if not str(item.fspath).endswith("test_verdict.py"):  # the yardstick's own tests need no servers
                item.add_marker(pytest.mark.integration)


@pytest.fixture
async def own_redis(tmp_path):
    redis = OwnRedis(tmp_path / "redis")
    await redis.start()
    try:
        yield redis
    finally:
        redis.stop()


@pytest.fixture
async def make_stack(request, servers, tmp_path, own_redis):
    """make_stack(matchers=1, kafka=None, alerts=True) → a booted Stack; killed at the end of the test.
    Redis is the test's own server (own_redis); Kafka the shared broker unless an OwnKafka is given."""
    stacks: list[Stack] = []
    name = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")[:40]

    async def make(*, matchers: int = 1, kafka: OwnKafka | None = None, alerts: bool = True, **kw) -> Stack:
        stack = Stack(name, bootstrap=kafka.bootstrap if kafka else KafkaSettings().bootstrap_servers,
                      redis_url=own_redis.url, workdir=tmp_path / f"stack{len(stacks)}", matchers=matchers,
                      replication_factor=kafka.n if kafka else 1, **kw)
        stacks.append(stack)
        await stack.boot(alerts=alerts)
        return stack

    try:
        yield make
    finally:
        for stack in stacks:
            await stack.stop()


@pytest.fixture
async def own_kafka(tmp_path, own_redis):
    """make(brokers, config=None) → Kafka of the test's own on free ports, one broker or three (RF 3, min ISR 2;
    `config`: broker properties over the launcher's), started by the harness's launcher (OwnKafka: ~35 s for three
    brokers on 2 cores), or with FAULTS_KAFKA=stack.sh by deploy/local/stack.sh `up` / `cluster-up` (~2 min;
    `make soak` uses it). Every broker killed at the end."""
    clusters: list = []

    async def make(brokers: int = 1, config: dict[str, str] | None = None):
        workdir = tmp_path / f"kafka{len(clusters)}"
        if os.environ.get("FAULTS_KAFKA") == "stack.sh":  # deploy/local/stack.sh's own broker properties: no `config`
            cluster = ClusterKafka(workdir, brokers, own_redis.url)
        else:
            cluster = OwnKafka(workdir, brokers, config)
        clusters.append(cluster)
        await cluster.start()
        return cluster

    try:
        yield make
    finally:
        for cluster in clusters:
            cluster.stop()
