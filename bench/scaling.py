"""Matcher throughput against the number of matcher workers on one listings topic (docs/scaling.md).

    .venv/bin/python -m bench.scaling [--workers 1,2,3] [--listings 6000] [--partitions 3]

For each worker count: a fresh topic prefix with a listings topic of `--partitions` partitions, the demo registry
(deploy/seed/registry.yaml) loaded, that many `python -m services.matcher` processes in one consumer group
(each its own process, as pods would be; photo fetching off: MATCHER_IMAGE_FETCH=false), a warm-up of 300 listings, then `--listings` demo listings produced
straight onto the topic (aiokafka, idempotent, acks=all); listings/s from the first send until the group has
committed every offset. Prints one table row per worker count with the 1-minute load average before and after,
since the figures only mean something next to how busy the (shared) machine was.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import time
import uuid

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from rich.console import Console
from rich.table import Table

from bench.e2e import ROOT, SEED, _free_port, committed_all, kafka_kwargs, listings, produce
from brandsentry.demo import Processes, Service, wait_ready
from brandsentry.kafka import ensure_topics
from brandsentry.kafka_admin import provision_services
from brandsentry.registry import load_registry
from brandsentry.seed import publish_registry
from brandsentry.settings import KafkaSettings, Topics, load_admin_env


async def drain(bootstrap: str, topics: Topics, records: list[tuple[str, bytes]]) -> float:
    """Seconds from the first send until the matcher group committed every listing."""
    admin = AIOKafkaAdminClient(**kafka_kwargs(bootstrap))
    await admin.start()
    meta = AIOKafkaConsumer(**kafka_kwargs(bootstrap), group_id=None)
    await meta.start()
    try:
        started = time.perf_counter()
        await produce(bootstrap, topics.listings, records, headers=True)
        deadline = time.monotonic() + 900
        while True:
            try:
                if await committed_all(admin, meta, f"{topics.topic_prefix}brandsentry-matcher", topics.listings):
                    break
            except KafkaError:  # e.g. the group's coordinator moving on a busy broker: ask again
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("the matcher group did not finish")
            await asyncio.sleep(0.1)
        return time.perf_counter() - started
    finally:
        await meta.stop()
        await admin.close()


async def one(workers: int, args: argparse.Namespace, kafka: KafkaSettings, console: Console) -> dict[str, float]:
    run_id = uuid.uuid4().hex[:8]
    topics = Topics(topic_prefix=f"scale{run_id}.")
    await ensure_topics(kafka, {topics.listings: {}}, partitions=args.partitions)
    await publish_registry(load_registry(SEED / "registry.yaml"), kafka=kafka, topics=topics)
    creds = await provision_services(kafka, topics, ["matcher"])  # {} on PLAINTEXT
    # no photo fetching: the development machine reaches no image host, and the figures are about the text
    # matching and the Kafka loop (a deployment that fetches photos adds their fetch time per listing)
    env = {"BRANDSENTRY_TOPIC_PREFIX": topics.topic_prefix, "MATCHER_LOG_LEVEL": "WARNING",
           "MATCHER_IMAGE_FETCH": "false", **creds.get("matcher", {})}
    services = []
    for i in range(workers):
        port = _free_port()
        services.append(Service(f"matcher-{i + 1}", "services.matcher", f"http://127.0.0.1:{port}/readyz",
                                {**env, "MATCHER_OPS_PORT": str(port)}))
    procs = Processes(ROOT / ".local" / "logs" / f"scaling-{run_id}", console)
    try:
        for s in services:
            procs.start(s)
        await wait_ready(procs, services, console, timeout_s=300)
        await drain(kafka.bootstrap_servers, topics, listings(300, f"{run_id}w"))
        load_before = os.getloadavg()[0]
        seconds = await drain(kafka.bootstrap_servers, topics, listings(args.listings, f"{run_id}s"))
        load_after = os.getloadavg()[0]
    finally:
        procs.stop(console)
    return {"rate": args.listings / seconds, "seconds": seconds, "load_before": load_before, "load_after": load_after}


async def run(args: argparse.Namespace, console: Console) -> Table:
    load_admin_env()
    kafka = KafkaSettings()
    table = Table(title=f"Matcher workers on one listings topic of {args.partitions} partitions "
                        f"({args.listings:,} demo listings, Kafka {kafka.bootstrap_servers}, {os.cpu_count()} cores)")
    for col in ("workers", "listings/s", "seconds", "vs 1 worker", "load avg (1 min) before → after"):
        table.add_column(col, justify="right")
    base = None
    for n in [int(w) for w in args.workers.split(",")]:
        console.print(f"{n} worker(s) …")
        r = await one(n, args, kafka, console)
        base = base or r["rate"]
        table.add_row(str(n), f"{r['rate']:,.0f}", f"{r['seconds']:.1f}", f"{r['rate'] / base:.2f}×",
                      f"{r['load_before']:.1f} → {r['load_after']:.1f}")
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.scaling", description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="1,2,3", help="comma-separated worker counts")
    parser.add_argument("--listings", type=int, default=6000)
    parser.add_argument("--partitions", type=int, default=3)
    args = parser.parse_args(argv)
    console = Console()
    console.print(asyncio.run(run(args, console)))


if __name__ == "__main__":
    main()
