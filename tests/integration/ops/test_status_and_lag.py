"""`brandsentry status` prints the dashboard's figures; consumer lag is exported per group, topic and partition."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from brandsentry.kafka import ensure_topics
from tests.support import ROOT, kafka_kwargs, wait_consumed

from .conftest import send_traffic

pytestmark = pytest.mark.integration

BRANDSENTRY = str(Path(sys.executable).parent / "brandsentry")  # the installed command


def status(ops, pipeline, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **pipeline.env, "BRANDSENTRY_OPS_URL": ops.url, "BRANDSENTRY_API_KEY": ops.token,
           "OPS_TARGETS": f"ingest={pipeline.ingest_url}/metrics,matcher={pipeline.matcher_ops_url}/metrics,"
                          f"alerts={pipeline.alerts_ops_url}/metrics"}
    return subprocess.run([BRANDSENTRY, "status", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


async def settled_summary(ops, pipeline) -> dict:
    """Once every listing and match is consumed, the ops summary of a scrape taken after that."""
    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.matcher_group, pipeline.topics.listings)
    await wait_consumed(pipeline.kafka.bootstrap_servers, pipeline.alerts_group, pipeline.topics.matches)
    consumed_at = time.time()
    while True:
        answer = await ops.summary()
        summary = answer["summary"]
        if answer["history"] and answer["history"][-1]["t"] > consumed_at + 1 and summary["lag"]["collected_at"] > consumed_at:
            return summary
        await asyncio.sleep(0.5)


def figures(summary: dict) -> dict:
    """What must agree between the dashboard and the terminal (totals; rates depend on the moment)."""
    return {
        "throughput": {r["service"]: r["total"] for r in summary["throughput"]},
        "alerts_by_iwg": {r["iwg"]: r["by_severity"] for r in summary["alerts_by_iwg"]},
        "dead_letters": summary["dead_letters"]["total"],
        "lag": {(r["group"], r["topic"], r["partition"]): r["lag"] for r in summary["lag"]["partitions"]},
        "index": summary["index"],
    }


async def test_status_prints_the_same_figures_as_the_dashboard(pipeline, ops):
    await send_traffic(pipeline.ingest_url, listings=10, rate=20, malformed=1)
    dashboard = await settled_summary(ops, pipeline)

    via_ops = status(ops, pipeline, "--json")
    direct = status(ops, pipeline, "--json", "--direct", "--interval", "1")
    table = status(ops, pipeline)

    assert via_ops.returncode == 0, via_ops.stderr
    assert direct.returncode == 0, direct.stderr
    assert figures(json.loads(via_ops.stdout)) == figures(dashboard)
    # computed without the ops service, by the same function, from the services and the cluster themselves
    assert figures(json.loads(direct.stdout)) == figures(dashboard)
    assert dashboard["throughput"][1]["total"] >= 10 and dashboard["dead_letters"]["total"] >= 1
    assert "listings processed" in table.stdout and "consumer-electronics" in table.stdout
    assert pipeline.matcher_group in table.stdout and pipeline.alerts_group in table.stdout
    assert f"{dashboard['throughput'][1]['total']:,}" in table.stdout


async def test_status_says_which_service_is_down_and_exits_non_zero(pipeline, ops):
    env_targets = f"ingest={pipeline.ingest_url}/metrics,ghost=http://127.0.0.1:9/metrics"
    env = {**os.environ, **pipeline.env, "OPS_TARGETS": env_targets}
    run = subprocess.run([BRANDSENTRY, "status", "--direct", "--interval", "0.5"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "ghost" in run.stdout and "down" in run.stdout


async def test_consumer_lag_per_group_topic_and_partition_in_the_ops_metrics(pipeline, ops):
    bootstrap = pipeline.kafka.bootstrap_servers
    topic = f"{pipeline.topics.topic_prefix}ops-lag-probe"
    group = f"{pipeline.topics.topic_prefix}brandsentry-ops-lag-probe"
    await ensure_topics(pipeline.kafka, {topic: {}}, partitions=2)
    producer = AIOKafkaProducer(**kafka_kwargs(bootstrap))
    await producer.start()
    try:
        for i in range(10):
            await producer.send_and_wait(topic, b"x", partition=0)
        for i in range(4):
            await producer.send_and_wait(topic, b"y", partition=1)
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(**kafka_kwargs(bootstrap), group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        # a consumer that has read 3 of 10 records on partition 0 and all 4 on partition 1
        consumer.assign([TopicPartition(topic, 0), TopicPartition(topic, 1)])
        await consumer.commit({TopicPartition(topic, 0): OffsetAndMetadata(3, ""), TopicPartition(topic, 1): OffsetAndMetadata(4, "")})
    finally:
        await consumer.stop()
    await send_traffic(pipeline.ingest_url, listings=4, rate=20)
    await wait_consumed(bootstrap, pipeline.matcher_group, pipeline.topics.listings)

    def lag_lines(text: str) -> dict[tuple[str, str, str], float]:
        out = {}
        for line in text.splitlines():
            if line.startswith("brandsentry_consumer_lag{"):
                labels = dict(part.split("=", 1) for part in line[line.index("{") + 1:line.index("}")].split(","))
                labels = {k: v.strip('"') for k, v in labels.items()}
                out[(labels["group"], labels["topic"], labels["partition"])] = float(line.rsplit(" ", 1)[1])
        return out

    async with httpx.AsyncClient(timeout=5) as http:
        for _ in range(60):
            lag = lag_lines((await http.get(f"{ops.url}/metrics")).text)
            caught_up = all(lag.get((pipeline.matcher_group, pipeline.topics.listings, p)) == 0 for p in ("0", "1", "2"))
            if (group, topic, "0") in lag and caught_up:
                break
            await asyncio.sleep(0.5)
    assert lag[(group, topic, "0")] == 7
    assert lag[(group, topic, "1")] == 0
    for partition in ("0", "1", "2"):
        assert lag[(pipeline.matcher_group, pipeline.topics.listings, partition)] == 0
        assert (pipeline.alerts_group, pipeline.topics.matches, partition) in lag
    # only this session's groups: the ops service watches its own topic prefix
    assert all(g.startswith(pipeline.topics.topic_prefix) for g, _, _ in lag)
