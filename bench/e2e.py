"""End-to-end: listings per second through ingest → matcher → alerts, ingest-to-alert latency, and the raw Kafka ceiling.

    .venv/bin/python -m bench.e2e [--listings 4000] [--rate 50] [--seconds 20]

Starts ingest, matcher and alerts as processes (as `make run` does) on a fresh topic prefix
against the local Kafka and Redis, with the demo registry (deploy/seed/registry.yaml) loaded.
Listings are the demo feed (deploy/seed/feed.ndjson) with fresh ids, so about half are counterfeits.
400 of them go through the whole pipeline first, as a warm-up, unmeasured.

1. Sustained throughput, twice: once through ingest's HTTP API (NDJSON batches of 500), once with
   `--listings` listings produced directly onto the listings topic with
   aiokafka (idempotent, acks=all, as ingest does, with ingest's `ingested-at-ms` header), as fast
   as the producer goes; measured from the first send until the matcher's group has committed
   every listing and the alerts group every match (offsets polled every 0.1 s; the matcher
   commits at least every second, so figures are a little pessimistic).
2. Latency at a fixed moderate rate: `--rate` listings/s for `--seconds` POSTed one by one
   through ingest's HTTP API; latency is from the POST to the alert arriving on the compacted
   alert-events topic at a consumer in this process (p50/p99 over every alerted listing).
3. Raw ceiling: the same listings' bytes produced with the same producer settings onto a new
   topic with as many partitions, and consumed by one aiokafka consumer group, no processing.
   The pipeline's share is (1) divided by (3).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
import uuid
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from rich.console import Console
from rich.table import Table

from brandsentry.demo import Processes, Service, wait_ready
from brandsentry.kafka import client_kwargs, ensure_topics
from brandsentry.kafka_admin import provision_services
from brandsentry.registry import load_registry
from brandsentry.seed import publish_registry
from brandsentry.settings import KafkaSettings, Topics, load_admin_env

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "deploy" / "seed"
INGESTED_AT_HEADER = "ingested-at-ms"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listings(n: int, run: str) -> list[tuple[str, bytes]]:
    """n demo listings as (key, JSON bytes), each with a fresh id (the feed repeated as needed)."""
    docs = [json.loads(line) for line in (SEED / "feed.ndjson").read_text(encoding="utf-8").splitlines() if line.strip()]
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    out = []
    for i in range(n):
        doc = dict(docs[i % len(docs)])
        doc["listing_id"] = f"{doc['listing_id']}-{run}-{i}"
        doc["observed_at"] = now
        out.append((f"{doc['marketplace']}:{doc['listing_id']}", json.dumps(doc, ensure_ascii=False).encode()))
    return out


def kafka_kwargs(bootstrap: str) -> dict:
    """bootstrap_servers and the security of this process's KAFKA_* (the stack's admin: see run())."""
    return {"bootstrap_servers": bootstrap, **client_kwargs(KafkaSettings(bootstrap_servers=bootstrap))}


def producer(bootstrap: str) -> AIOKafkaProducer:
    return AIOKafkaProducer(**kafka_kwargs(bootstrap), enable_idempotence=True, acks="all", linger_ms=5)


async def produce(bootstrap: str, topic: str, records: list[tuple[str, bytes]], *, headers: bool) -> None:
    p = producer(bootstrap)
    await p.start()
    try:
        futures = []
        for key, value in records:
            hdrs = [(INGESTED_AT_HEADER, str(int(time.time() * 1000)).encode())] if headers else []
            futures.append(await p.send(topic, value, key=key.encode(), headers=hdrs))
        await asyncio.gather(*futures)
    finally:
        await p.stop()


async def committed_all(admin: AIOKafkaAdminClient, consumer: AIOKafkaConsumer, group: str, topic: str) -> bool:
    parts = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
    if not parts:
        await consumer._client.force_metadata_update()
        return False
    end = await consumer.end_offsets(parts)
    committed = await admin.list_consumer_group_offsets(group)
    return all(end[tp] == 0 or (tp in committed and committed[tp].offset >= end[tp]) for tp in parts)


INGEST_HEADERS: dict[str, str] = {}  # the run's integrator key (ingest takes no listing without one)


async def integrator_key(topics: Topics) -> None:
    """An integrator key for the demo feed's marketplaces, on this run's prefix."""
    from schemas.portal import Role
    from services.portal.admin import create_key
    from services.portal.settings import PortalSettings

    marketplaces = sorted({key.split(":")[0] for key, _ in listings(400, "key")})
    token, _ = await create_key(PortalSettings(topics=topics), name="bench-feed", role=Role.integrator,
                                marketplaces=marketplaces, created_by="bench")
    INGEST_HEADERS["X-API-Key"] = token


async def post_batches(ingest_url: str, records: list[tuple[str, bytes]], *, batch: int = 500) -> None:
    """The records through ingest's HTTP API as NDJSON batches, one request after the other."""
    async with httpx.AsyncClient(base_url=ingest_url, timeout=120, headers=INGEST_HEADERS) as http:
        for start in range(0, len(records), batch):
            body = b"\n".join(value for _, value in records[start:start + batch])
            answer = await http.post("/v1/listings/batch", content=body, headers={"Content-Type": "application/x-ndjson"})
            answer.raise_for_status()


async def sustained(bootstrap: str, topics: Topics, records: list[tuple[str, bytes]], *,
                    ingest_url: str | None = None) -> dict[str, float]:
    """Listings per second from the first send until the matcher's group, then the alerts group, committed everything.

    With `ingest_url` the listings go through ingest's HTTP batch endpoint, else straight onto the topic.
    """
    admin = AIOKafkaAdminClient(**kafka_kwargs(bootstrap))
    await admin.start()
    meta = AIOKafkaConsumer(**kafka_kwargs(bootstrap), group_id=None)
    await meta.start()
    try:
        started = time.perf_counter()
        if ingest_url:
            await post_batches(ingest_url, records)
        else:
            await produce(bootstrap, topics.listings, records, headers=True)
        rates = {"ingest": len(records) / (time.perf_counter() - started)}
        for stage, group, topic in (("matcher", f"{topics.topic_prefix}brandsentry-matcher", topics.listings),
                                    ("pipeline", f"{topics.topic_prefix}brandsentry-alerts", topics.matches)):
            deadline = time.monotonic() + 600
            while not await committed_all(admin, meta, group, topic):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{group} did not finish {topic}")
                await asyncio.sleep(0.1)
            rates[stage] = len(records) / (time.perf_counter() - started)
        return rates
    finally:
        await meta.stop()
        await admin.close()


async def latency(bootstrap: str, topics: Topics, ingest_url: str, records: list[tuple[str, bytes]], rate: float) -> list[float]:
    """Seconds from POST to the alert on alert-events, for every listing that alerted."""
    consumer = AIOKafkaConsumer(topics.alert_events, **kafka_kwargs(bootstrap), group_id=None, auto_offset_reset="latest",
                                isolation_level="read_committed")
    await consumer.start()
    await consumer.seek_to_end()
    for tp in consumer.assignment():
        await consumer.position(tp)  # pin "latest" before the first POST
    sent: dict[str, float] = {}
    seen: dict[str, float] = {}

    async def collect() -> None:
        while True:
            for batch in (await consumer.getmany(timeout_ms=100)).values():
                now = time.perf_counter()
                for record in batch:
                    key = json.loads(record.value)["listing_key"]
                    if key in sent and key not in seen:
                        seen[key] = now - sent[key]

    reader = asyncio.ensure_future(collect())
    try:
        async with httpx.AsyncClient(base_url=ingest_url, timeout=10, headers=INGEST_HEADERS) as http:
            started = time.perf_counter()
            for i, (key, raw) in enumerate(records):
                await asyncio.sleep(max(0.0, started + i / rate - time.perf_counter()))
                sent[key] = time.perf_counter()
                answer = await http.post("/v1/listings", content=raw, headers={"Content-Type": "application/json"})
                answer.raise_for_status()
        quiet_since, last = time.monotonic(), len(seen)
        while time.monotonic() - quiet_since < 5:  # until no new alert for 5 s
            await asyncio.sleep(0.2)
            if len(seen) != last:
                quiet_since, last = time.monotonic(), len(seen)
    finally:
        reader.cancel()
        await consumer.stop()
    return list(seen.values())


async def ceiling(bootstrap: str, kafka: KafkaSettings, prefix: str, records: list[tuple[str, bytes]]) -> float:
    """Messages per second produced and consumed with plain aiokafka, no processing."""
    topic = f"{prefix}raw-ceiling"
    await ensure_topics(kafka, {topic: {}})
    consumer = AIOKafkaConsumer(topic, **kafka_kwargs(bootstrap), group_id=f"{prefix}raw-ceiling",
                                auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    try:
        started = time.perf_counter()
        production = asyncio.ensure_future(produce(bootstrap, topic, records, headers=True))
        got = 0
        while got < len(records):
            for batch in (await consumer.getmany(timeout_ms=200, max_records=5000)).values():
                got += len(batch)
            if production.done() and production.exception():
                raise production.exception()
        await consumer.commit()
        await production
        return len(records) / (time.perf_counter() - started)
    finally:
        await consumer.stop()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def run(args: argparse.Namespace, console: Console) -> Table:
    load_admin_env()  # the stack's admin: topics, registry, measuring clients; each service its own principal
    kafka = KafkaSettings()
    run_id = uuid.uuid4().hex[:8]
    topics = Topics(topic_prefix=f"bench{run_id}.")
    ports = {name: _free_port() for name in ("ingest", "matcher", "alerts")}
    env = {"BRANDSENTRY_TOPIC_PREFIX": topics.topic_prefix, "INGEST_PORT": str(ports["ingest"]),
           "MATCHER_OPS_PORT": str(ports["matcher"]), "ALERTS_OPS_PORT": str(ports["alerts"]),
           "INGEST_LOG_LEVEL": "WARNING", "MATCHER_LOG_LEVEL": "WARNING", "ALERTS_LOG_LEVEL": "WARNING"}
    creds = await provision_services(kafka, topics, ["ingest", "matcher", "alerts"])  # {} on PLAINTEXT
    services = [
        Service("ingest", "services.ingest", f"http://127.0.0.1:{ports['ingest']}/readyz", {**env, **creds.get("ingest", {})}),
        Service("matcher", "services.matcher", f"http://127.0.0.1:{ports['matcher']}/readyz", {**env, **creds.get("matcher", {})}),
        Service("alerts", "services.alerts", f"http://127.0.0.1:{ports['alerts']}/readyz", {**env, **creds.get("alerts", {})}),
    ]
    registry = load_registry(SEED / "registry.yaml")
    await publish_registry(registry, kafka=kafka, topics=topics)
    procs = Processes(ROOT / ".local" / "logs" / f"bench-{run_id}")
    try:
        for s in services:
            procs.start(s)
        await wait_ready(procs, services, console)
        await integrator_key(topics)
        # fresh services first fetch metadata and create producer batches for some hundred topic
        # partitions; a warm-up keeps that one-off cost out of the steady-state figures
        warm = listings(400, f"{run_id}w")
        console.print(f"warm-up: {len(warm)} listings through ingest …")
        await sustained(kafka.bootstrap_servers, topics, warm, ingest_url=f"http://127.0.0.1:{ports['ingest']}")
        bulk = listings(args.listings, f"{run_id}s")
        console.print(f"sustained: {len(bulk)} listings straight onto {topics.listings} …")
        rates = await sustained(kafka.bootstrap_servers, topics, bulk)
        pipeline_rate = rates["pipeline"]
        via_http = listings(args.listings, f"{run_id}h")
        console.print(f"sustained through ingest: {len(via_http)} listings as NDJSON batches of 500 …")
        http_rates = await sustained(kafka.bootstrap_servers, topics, via_http, ingest_url=f"http://127.0.0.1:{ports['ingest']}")
        paced = listings(int(args.rate * args.seconds), f"{run_id}l")
        console.print(f"latency: {len(paced)} listings at {args.rate:g}/s through ingest's HTTP API …")
        latencies = await latency(kafka.bootstrap_servers, topics, f"http://127.0.0.1:{ports['ingest']}", paced, args.rate)
    finally:
        procs.stop(console)
    console.print(f"raw ceiling: the same {len(bulk)} messages through plain aiokafka …")
    raw_rate = await ceiling(kafka.bootstrap_servers, kafka, topics.topic_prefix, bulk)

    table = Table(title=f"End-to-end on this machine (Kafka {kafka.bootstrap_servers}, {kafka.default_partitions} partitions, "
                        f"one process per service, demo registry of {len(registry.brands)} brands)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("how", style="dim")
    table.add_row("pipeline, sustained", f"{pipeline_rate:,.0f} listings/s",
                  f"{len(bulk):,} listings produced onto listings with aiokafka → matcher → alerts, until both groups committed all")
    table.add_row("  of which: matcher done", f"{rates['matcher']:,.0f} listings/s",
                  "the same run, until the matcher's group had committed every listing")
    table.add_row("through ingest's HTTP API, sustained", f"{http_rates['pipeline']:,.0f} listings/s",
                  f"{len(via_http):,} listings POSTed as NDJSON batches of 500 → ingest → matcher → alerts, until all committed")
    table.add_row("  of which: ingest accepted", f"{http_rates['ingest']:,.0f} listings/s",
                  "the same run, until the last batch was answered (all on Kafka)")
    table.add_row("raw Kafka ceiling", f"{raw_rate:,.0f} msgs/s", "same messages, aiokafka producer → aiokafka consumer, no processing")
    table.add_row("pipeline share of ceiling", f"{pipeline_rate / raw_rate:.1%}", "")
    if latencies:
        table.add_row(f"ingest → alert p50 at {args.rate:g}/s", f"{percentile(latencies, 0.5) * 1000:,.0f} ms",
                      f"HTTP POST to alert on alert-events; {len(latencies)} alerts of {len(paced)} listings")
        table.add_row(f"ingest → alert p99 at {args.rate:g}/s", f"{percentile(latencies, 0.99) * 1000:,.0f} ms",
                      f"mean {statistics.fmean(latencies) * 1000:,.0f} ms, max {max(latencies) * 1000:,.0f} ms")
    else:
        table.add_row("ingest → alert latency", "no alerts", "the demo feed raised no alert: check the registry")
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.e2e", description=__doc__.splitlines()[0])
    parser.add_argument("--listings", type=int, default=4000, help="listings for the sustained run and the ceiling")
    parser.add_argument("--rate", type=float, default=50.0, help="listings per second for the latency run")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the latency run")
    args, _ = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    console = Console()
    table = asyncio.run(run(args, console))
    console.print(table)


if __name__ == "__main__":
    main()
