"""End-to-end: each phase of ingest → matcher → alerts, the Kafka ceiling beside them, three times, median and spread.

    .venv/bin/python -m bench.e2e [--quick] [--repeats 3] [--listings 40000] [--seconds 30] [--json report.json]
        [--phases pipeline,http,latency,alerts,matcher,photos,ingest,plaintext] [--profile DIR]

Against the local stack (SASL_SSL Kafka and Redis, admin settings from .local/secrets/admin.env), on a fresh
topic prefix (`bench<id>.`, its topics deleted and its service principals revoked at the end), with the demo
registry (deploy/seed/registry.yaml) and the demo feed (deploy/seed/feed.ndjson) with fresh listing ids. The
services run as processes (`python -m services.<name>`, each its own principal, as `make run` starts them),
photo fetching off (MATCHER_IMAGE_FETCH=false: this machine reaches no image host) but in the photos phase. Every process it starts is
stopped at the end, also on Ctrl-C, SIGTERM or an error. Each phase runs `--repeats` times (3); the table gives
the median and the spread (min–max) and the target beside it, met or missed on the median. A throughput run
keeps its consumer group busy (chunks of 2,000 sent whenever fewer than max(6,000, 3 s of its rate) wait) until
`--seconds` (30 s) have passed or `--listings` (40,000) were sent, then waits until all is committed; a run of
a service alone preloads twice `--seconds` of its last rate, at most `--listings`; latency runs last `--seconds`.
`--quick` (development, 2-4 minutes): one run a phase, 3,000 records, 5 s. `--phases` runs only the named phases
(without `http`, the half-maximum latency rate is half the warm-up's). `--profile DIR`: py-spy on each service
while it runs alone (5., 6. and 7.'s runs), raw profiles and their summaries (bench/profile.py) into DIR. Every run
of a service alone also prints the CPU µs a record of its processes (user + system, /proc, over the timed window),
a figure that a loaded machine moves far less than the rate; the JSON keeps them (cpu_seconds_a_record).

To measure a commit rather than the working tree (others edit it): `git archive <commit> | tar -x -C DIR`,
then in DIR `BENCH_COMMIT=<commit> BRANDSENTRY_LOCAL=<repo>/.local <repo>/.venv/bin/python -m bench.e2e`
(BENCH_COMMIT names the commit in the report, as DIR has no .git; BRANDSENTRY_LOCAL is where the stack's admin
settings and Kafka jars are).

Phases (in this order; the throughput ones end when the consumer groups have COMMITTED everything):
1. pipeline, sustained: listings produced onto the listings topic (aiokafka, idempotent, acks=all, with
   ingest's `ingested-at-ms` header) → matcher → alerts, from the first send until the matcher's group has
   committed every listing and the alerts group every match. Interleaved, run by run, with
2. the ceiling with the pipeline's security and durability: the same listings produced the same way onto
   a topic that bench/ceiling.py (its own process) copies to another, as the matcher's loop does
   (read_committed, a transactional producer per partition, offsets committed in the transaction), with no
   work in between; until its group has committed all. The pipeline's share is run i's pipeline over run i's
   ceiling.
3. through ingest's HTTP API: NDJSON batches of 500, `--http-concurrency` requests at a time, to all committed;
   and ingest's accepted rate (until the last batch is answered: all on Kafka).
4. latency ingest → alert, p50 and p99: listings POSTed (NDJSON) on a fixed schedule of 50 batches a second,
   at `--rate` listings/s (50) and at half the median of phase 3, for `--seconds`; from a batch's scheduled
   time to its listings' alerts on alert-events (read_committed), over every alerted listing; and hop by hop
   (HOPS): read_committed monitors of listings, matches and alert-events take each record's CreateTime (when its
   service produced it) and the moment its transaction was visible.
5. the alerts service alone: `--listings` matches (the matcher's own output from phase 1, with fresh listing
   ids) preloaded onto the matches topic with the alerts service stopped; then the service is started and
   timed from when it is ready until its group has committed all (matches/s over what was left at ready).
6. the matcher service alone, 1 and 2 worker processes (one consumer group), run by run side by side:
   `--listings` listings preloaded, the workers started, timed like 5.
6b. photos: the matcher alone (one worker) with photo fetching on, its image hosts a loopback aiohttp server
   (MATCHER_IMAGE_ALLOW_HOSTS='["127.0.0.1"]') of generated product photos (tests.eval.logos' photos, every other
   with a registered logo; the registry gets that eval's 40 image brands first), run by run side by side: text-only
   listings, listings with 2 new photo URLs each (fetched, hashed, searched for logos), and fresh listings with the
   same URLs again (the Redis cache answers); preloaded and timed like 6.
7. ingest alone: its HTTP API with the matcher and the alerts service stopped, NDJSON batches as in 3., from the
   first POST until the last answer.
8. the plaintext ceiling for reference: 2. on a throwaway single-node KRaft broker with a PLAINTEXT listener
   on a free loopback port and its own temporary data directory (formatted and started the way
   deploy/local/stack.sh does with the Kafka under .local/kafka/libs), stopped and deleted afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import io
import json
import logging
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx
import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from brandsentry.demo import Processes, Service, _die_with_parent, stop_processes, wait_ready
from brandsentry.kafka import client_kwargs, delete_prefix, ensure_topics
from brandsentry.kafka_admin import KafkaAdmin, new_cluster_id, provision_services
from brandsentry.acl import service_user
from brandsentry.registry import load_registry
from brandsentry.seed import publish_registry
from brandsentry.settings import KafkaSettings, Topics, load_admin_env

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "deploy" / "seed"
INGESTED_AT_HEADER = "ingested-at-ms"
KAFKA_LIBS = Path(os.environ.get("BRANDSENTRY_KAFKA_LIBS")
                  or Path(os.environ.get("BRANDSENTRY_LOCAL") or ROOT / ".local") / "kafka" / "libs")
QUIET = Console(file=io.StringIO())


# ---------------------------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class Target:
    """A goal for a measure's median: `op` is ">=" or "<"."""

    op: str
    value: float

    def met(self, median: float) -> bool:
        return median >= self.value if self.op == ">=" else median < self.value


@dataclass
class Measure:
    """One row of the report: a value per run (unit: "/s" rates, "ms", or "%" given as a fraction)."""

    key: str
    name: str
    unit: str
    how: str = ""
    target: Target | None = None
    values: list[float] = field(default_factory=list)
    runs: list[tuple[int, float]] = field(default_factory=list)  # (records, seconds) of each throughput run

    def add(self, value: float, records: int | None = None, seconds: float | None = None) -> None:
        self.values.append(value)
        if records is not None and seconds is not None:
            self.runs.append((records, seconds))


#: Every measure the report carries, in the table's order (key, name, unit, target).
MEASURES: list[tuple[str, str, str, Target | None]] = [
    ("pipeline", "pipeline, sustained (listings topic → matcher → alerts, all committed)", "listings/s", None),
    ("pipeline_matcher", "  of which: matcher's group committed all", "listings/s", None),
    ("ceiling", "ceiling, same security and durability (TLS, SCRAM, acks=all, transactions)", "msgs/s", None),
    ("share", "pipeline's share of that ceiling", "%", Target(">=", 0.25)),
    ("pipeline_2", "pipeline with 2 matcher worker processes (both cores), sustained", "listings/s", None),
    ("share_2", "  its share of the same ceiling", "%", Target(">=", 0.25)),
    ("http", "through ingest's HTTP API, sustained (NDJSON → … → alerts, all committed)", "listings/s", None),
    ("http_accepted", "  of which: ingest accepted (all on Kafka)", "listings/s", Target(">=", 10_000)),
    ("latency_low_p50", "ingest → alert p50 at {low}/s", "ms", None),
    ("latency_low_p99", "ingest → alert p99 at {low}/s", "ms", None),
    ("latency_half_p50", "ingest → alert p50 at half the sustained maximum ({half}/s)", "ms", None),
    ("latency_half_p99", "ingest → alert p99 at half the sustained maximum ({half}/s)", "ms", Target("<", 250)),
    ("matcher_1", "matcher service alone, preloaded listings, 1 worker process", "listings/s", Target(">=", 10_000)),
    ("matcher_2", "matcher service alone, preloaded listings, 2 worker processes", "listings/s", None),
    ("photos_text", "matcher alone, photo fetching on: text-only listings", "listings/s", None),
    ("photos_new", "  listings with 2 photo URLs each, every photo new (fetched, hashed, logos searched)", "listings/s",
     None),
    ("photos_seen", "  the same photo URLs again in fresh listings (hashes and features from the Redis cache)",
     "listings/s", None),
    ("alerts", "alerts service alone, preloaded matches", "matches/s", Target(">=", 10_000)),
    ("ingest_alone", "ingest service alone (HTTP API, NDJSON batches of 500), accepted", "listings/s", None),
    ("ceiling_plaintext", "ceiling, PLAINTEXT throwaway broker (reference), same transactions", "msgs/s", None),
]


def new_report() -> dict[str, Measure]:
    return {key: Measure(key, name, unit, target=target) for key, name, unit, target in MEASURES}


def missing(report: dict[str, Measure], keys: Sequence[str] | None = None) -> list[str]:
    """The measures of MEASURES (or of `keys`) that have no value in `report`."""
    return [key for key, *_ in MEASURES if (keys is None or key in keys) and (key not in report or not report[key].values)]


def spread(values: Sequence[float]) -> tuple[float, float, float]:
    """(median, min, max) of one measure's runs; ValueError on no values."""
    if not values:
        raise ValueError("no values")
    return statistics.median(values), min(values), max(values)


def fmt(value: float, unit: str) -> str:
    if unit == "%":
        return f"{value:.1%}"
    if unit == "ms":
        return f"{value:,.0f} ms"
    return f"{value:,.1f} {unit}" if value < 10 else f"{value:,.0f} {unit}"  # photo listings: a few a second


def fmt_target(target: Target | None, unit: str) -> str:
    if target is None:
        return ""
    return f"{'≥' if target.op == '>=' else '<'} {fmt(target.value, unit)}"


def verdict(measure: Measure) -> str:
    """"met" / "missed" on the median; "" without a target; "not measured" without values."""
    if not measure.values:
        return "not measured"
    if measure.target is None:
        return ""
    return "met" if measure.target.met(spread(measure.values)[0]) else "missed"


def report_rows(report: dict[str, Measure], labels: dict[str, str] | None = None) -> list[list[str]]:
    """One row a measure: name, median, spread (min–max), runs, target, met/missed, how."""
    rows = []
    for m in report.values():
        name = m.name.format(**(labels or {})) if labels else m.name
        if m.values:
            med, lo, hi = spread(m.values)
            cells = [fmt(med, m.unit), f"{fmt(lo, m.unit)} – {fmt(hi, m.unit)}", str(len(m.values))]
        else:
            cells = ["—", "—", "0"]
        rows.append([name, *cells, fmt_target(m.target, m.unit), verdict(m), m.how])
    return rows


def report_table(report: dict[str, Measure], title: str, labels: dict[str, str] | None = None) -> Table:
    table = Table(title=title, title_justify="left")
    for column, justify in (("measure", "left"), ("median", "right"), ("spread (min – max)", "right"),
                            ("runs", "right"), ("target", "right"), ("", "left")):
        table.add_column(column, justify=justify)
    for row in report_rows(report, labels):
        row[5] = {"met": "[green]met[/]", "missed": "[red]missed[/]"}.get(row[5], row[5])
        table.add_row(*row[:6])
    return table


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of values by the nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


# ---------------------------------------------------------------------------------------------- Kafka helpers


def _free_port() -> int:
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


def kafka_kwargs(bootstrap: str, kafka: KafkaSettings | None = None) -> dict:
    """bootstrap_servers and the security of `kafka` (default: this process's KAFKA_*, the stack's admin)."""
    return {"bootstrap_servers": bootstrap, **client_kwargs(kafka or KafkaSettings(bootstrap_servers=bootstrap))}


async def produce(bootstrap: str, topic: str, records: list[tuple[str, bytes]] | list[tuple[bytes, bytes, list]], *,
                  headers: bool, kafka: KafkaSettings | None = None) -> None:
    """Send (key, value) records as ingest does (idempotent, acks=all, linger 5 ms) and wait for every ack;
    `headers` adds ingest's ingested-at-ms header. (key bytes, value, headers) triples are sent as they are."""
    p = AIOKafkaProducer(**kafka_kwargs(bootstrap, kafka), enable_idempotence=True, acks="all", linger_ms=5)
    await p.start()
    try:
        futures = []
        for record in records:
            if len(record) == 3:
                key, value, hdrs = record
            else:
                key, value = record[0].encode(), record[1]
                hdrs = [(INGESTED_AT_HEADER, str(int(time.time() * 1000)).encode())] if headers else []
            futures.append(await p.send(topic, value, key=key, headers=hdrs))
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


class Offsets:
    """End and committed offsets of one cluster, through an admin client and a group-less consumer."""

    def __init__(self, kwargs: dict) -> None:
        self.admin = AIOKafkaAdminClient(**kwargs)
        self.meta = AIOKafkaConsumer(**kwargs, group_id=None)

    async def __aenter__(self) -> Offsets:
        await self.admin.start()
        await self.meta.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.meta.stop()
        await self.admin.close()

    async def partitions(self, topic: str) -> list[TopicPartition]:
        for _ in range(100):
            parts = self.meta.partitions_for_topic(topic)
            if parts:
                return [TopicPartition(topic, p) for p in sorted(parts)]
            await self.meta._client.force_metadata_update()
            await asyncio.sleep(0.1)
        raise RuntimeError(f"topic {topic} has no partitions")

    async def ends(self, topic: str) -> dict[TopicPartition, int]:
        return await self.meta.end_offsets(await self.partitions(topic))

    async def committed(self, group: str, topic: str) -> dict[TopicPartition, int]:
        parts = await self.partitions(topic)
        offsets = await self.admin.list_consumer_group_offsets(group)
        return {tp: offsets[tp].offset if tp in offsets and offsets[tp].offset >= 0 else 0 for tp in parts}

    async def drain(self, group: str, topic: str, *, progress: Progress | None = None, label: str = "",
                    base: dict[TopicPartition, int] | None = None, timeout_s: float = 900) -> float:
        """Wait until `group` has committed every record of `topic`; perf_counter() when it had.
        With `progress`, a bar of offsets committed past `base` (transaction markers count as records)."""
        task = None
        deadline = time.monotonic() + timeout_s
        while True:
            ends = await self.ends(topic)
            try:
                done = await self.committed(group, topic)
            except Exception:  # the group's coordinator moving on a busy broker: ask again
                done = None
            now = time.perf_counter()
            if done is not None:
                if progress is not None:
                    start = base or {tp: 0 for tp in ends}
                    total = sum(ends[tp] - start.get(tp, 0) for tp in ends)
                    got = sum(min(done[tp], ends[tp]) - start.get(tp, 0) for tp in ends)
                    if task is None:
                        task = progress.add_task(label, total=total)
                    progress.update(task, total=total, completed=max(0, got))
                if all(ends[tp] == 0 or done[tp] >= ends[tp] for tp in ends):
                    if task is not None:
                        progress.remove_task(task)
                    return now
            if time.monotonic() > deadline:
                raise TimeoutError(f"{group} did not commit all of {topic} within {timeout_s:.0f} s")
            await asyncio.sleep(0.1)


async def delete_redis_prefix(prefix: str) -> int:
    """Delete the Redis keys this run's services wrote (ingest's dedupe marks, the API key); how many."""
    from redis.asyncio import Redis

    from brandsentry.settings import RedisSettings

    redis = Redis.from_url(RedisSettings().url)
    deleted, chunk = 0, []
    try:
        async for key in redis.scan_iter(match=f"{prefix}*", count=5000):
            chunk.append(key)
            if len(chunk) >= 5000:
                deleted += await redis.unlink(*chunk)
                chunk = []
        if chunk:
            deleted += await redis.unlink(*chunk)
    finally:
        await redis.aclose()
    return deleted


# ---------------------------------------------------------------------------------------------- processes


class Broker:
    """A throwaway single-node KRaft Kafka with a PLAINTEXT listener on free loopback ports, its data in a
    temporary directory: configured, formatted and started as deploy/local/stack.sh does; stop() deletes it."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="brandsentry-bench-kafka-"))
        self.port, self.controller_port = _free_port(), _free_port()
        self.bootstrap = f"127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        if not (KAFKA_LIBS / ".complete").exists():
            raise RuntimeError(f"no Kafka under {KAFKA_LIBS}: make up (or deploy/local/stack.sh install) fetches it")
        props = self.dir / "server.properties"
        props.write_text("\n".join([
            "process.roles=broker,controller", "node.id=1",
            f"controller.quorum.voters=1@127.0.0.1:{self.controller_port}", "controller.listener.names=CONTROLLER",
            f"listeners=PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
            f"advertised.listeners=PLAINTEXT://127.0.0.1:{self.port}",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "inter.broker.listener.name=PLAINTEXT", f"log.dirs={self.dir / 'data'}", "num.partitions=3",
            "auto.create.topics.enable=false", "default.replication.factor=1", "min.insync.replicas=1",
            "offsets.topic.replication.factor=1", "offsets.topic.num.partitions=10",
            "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1", "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0", ""]))
        java = ["java", "-cp", f"{KAFKA_LIBS}/*", f"-Dlog4j2.configurationFile={ROOT / 'deploy' / 'local' / 'log4j2.xml'}",
                f"-Dkafka.logs.dir={self.dir / 'logs'}"]
        cluster_id = new_cluster_id()
        subprocess.run([*java, "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(props)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        log = open(self.dir / "kafka.out", "ab")
        self.proc = subprocess.Popen(
            [java[0], "-Xms256m", "-Xmx1g", "-XX:+UseG1GC", "-Djava.awt.headless=true", *java[1:], "kafka.Kafka", str(props)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_die_with_parent)

    async def wait(self, timeout_s: float = 180) -> None:
        kafka = KafkaSettings(bootstrap_servers=self.bootstrap, security_protocol="PLAINTEXT")
        quiet = logging.getLogger("aiokafka")
        level, quiet.level = quiet.level, logging.CRITICAL  # "Unable connect" until it listens
        deadline = time.monotonic() + timeout_s
        try:
            while True:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"the throwaway Kafka exited with {self.proc.returncode}; see {self.dir}/kafka.out")
                admin = AIOKafkaAdminClient(**kafka_kwargs(self.bootstrap, kafka), request_timeout_ms=3000)
                try:
                    await admin.start()
                    await admin.list_topics()
                    return
                except Exception:
                    if time.monotonic() > deadline:
                        raise RuntimeError(f"the throwaway Kafka did not answer in {timeout_s:.0f} s")
                    await asyncio.sleep(1)
                finally:
                    await admin.close()
        finally:
            quiet.setLevel(level)

    def stop(self) -> None:
        if self.proc is not None:
            stop_processes([self.proc], timeout_s=30)
        self.proc = None
        shutil.rmtree(self.dir, ignore_errors=True)


class Started:
    """Every process group and broker this run started, stopped in reverse order (also at exit)."""

    def __init__(self) -> None:
        self.groups: list[Processes] = []
        self.brokers: list[Broker] = []
        atexit.register(self.stop_all)

    def processes(self, log_dir: Path) -> Processes:
        procs = Processes(log_dir, QUIET)
        self.groups.append(procs)
        return procs

    def stop(self, procs: Processes) -> None:
        procs.stop(QUIET)
        if procs in self.groups:
            self.groups.remove(procs)

    def stop_all(self) -> None:
        for procs in reversed(self.groups):
            procs.stop(QUIET)
        self.groups.clear()
        for broker in reversed(self.brokers):
            broker.stop()
        self.brokers.clear()


async def wait_printed(path: Path, text: str, procs: Processes, timeout_s: float = 120) -> None:
    """Wait until a process's log holds `text` (bench/ceiling.py prints "ready")."""
    deadline = time.monotonic() + timeout_s
    while not (path.exists() and text in path.read_text(errors="replace")):
        if any(p.poll() is not None for _, p in procs.running):
            raise RuntimeError(f"a process exited before it was ready; see {path}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"not ready after {timeout_s:.0f} s; see {path}")
        await asyncio.sleep(0.2)


# ---------------------------------------------------------------------------------------------- the run


@dataclass
class Run:
    """What every phase needs: settings, the topic prefix, the services' environment and what was started."""

    args: argparse.Namespace
    console: Console
    kafka: KafkaSettings
    topics: Topics
    run_id: str
    env: dict[str, str]
    creds: dict[str, dict[str, str]]
    started: Started
    offsets: Offsets
    progress: Progress
    batch_max: int = 500
    details: list[dict] = field(default_factory=list)  # latency runs' decomposition, into the JSON report
    cpu: dict[str, float] = field(default_factory=dict)  # a service-alone run → its processes' CPU seconds a record
    ingest_headers: dict[str, str] = field(default_factory=dict)
    seq: int = 0

    @property
    def bootstrap(self) -> str:
        return self.kafka.bootstrap_servers

    @property
    def log_dir(self) -> Path:
        return ROOT / ".local" / "logs" / f"bench-{self.run_id}"

    def fresh(self, n: int) -> list[tuple[str, bytes]]:
        self.seq += 1
        return listings(n, f"{self.run_id}-{self.seq}")

    def service(self, name: str, module: str, **env: str) -> Service:
        port = _free_port()
        ops = {"ingest": "INGEST_PORT", "matcher": "MATCHER_OPS_PORT", "alerts": "ALERTS_OPS_PORT"}[module.split(".")[-1]]
        principal = self.creds.get(module.split(".")[-1], {})
        return Service(name, module, f"http://127.0.0.1:{port}/readyz", {**self.env, **principal, ops: str(port), **env})

    def say(self, text: str) -> None:
        self.console.print(f"[dim]{time.strftime('%H:%M:%S')}[/] {text}")


def group_of(run: Run, service: str) -> str:
    return f"{run.topics.topic_prefix}brandsentry-{service}"


async def start_services(run: Run, services: list[Service], name: str) -> Processes:
    procs = run.started.processes(run.log_dir / name)
    for s in services:
        procs.start(s)
    await wait_ready(procs, services, QUIET, timeout_s=300)
    return procs


async def integrator_key(run: Run) -> None:
    """An integrator key for the demo feed's marketplaces, on this run's prefix (ingest takes no listing without one)."""
    from schemas.portal import Role
    from services.portal.admin import create_key
    from services.portal.settings import PortalSettings

    marketplaces = sorted({key.split(":")[0] for key, _ in listings(400, "key")})
    token, _ = await create_key(PortalSettings(topics=run.topics), name="bench-feed", role=Role.integrator,
                                marketplaces=marketplaces, created_by="bench")
    run.ingest_headers["X-API-Key"] = token


async def post_once_more(http: httpx.AsyncClient, body: bytes) -> httpx.Response:
    """POST an NDJSON batch to ingest; once more if the connection broke (a kept-alive connection the server closed
    as it was reused: httpx.ReadError seen at 50/s). Safe: ingest drops a listing it has already taken."""
    try:
        return await http.post("/v1/listings/batch", content=body, headers={"Content-Type": "application/x-ndjson"})
    except (httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError):
        return await http.post("/v1/listings/batch", content=body, headers={"Content-Type": "application/x-ndjson"})


class Sender:
    """Sends chunks of listings onto a topic (one idempotent acks=all producer, as ingest's) or through ingest's
    HTTP API (NDJSON batches of 500, `concurrency` requests at a time), and adds up the time spent sending."""

    def __init__(self, run: Run, topic: str, *, kafka: KafkaSettings | None = None, ingest_url: str | None = None) -> None:
        self.run, self.topic, self.ingest_url = run, topic, ingest_url
        self.kafka = kafka or run.kafka
        self.sent, self.seconds = 0, 0.0
        self._producer: AIOKafkaProducer | None = None
        self._http: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Sender:
        if self.ingest_url:
            self._http = httpx.AsyncClient(base_url=self.ingest_url, timeout=120, headers=self.run.ingest_headers,
                                           limits=httpx.Limits(max_connections=self.run.args.http_concurrency))
        else:
            self._producer = AIOKafkaProducer(**kafka_kwargs(self.kafka.bootstrap_servers, self.kafka),
                                              enable_idempotence=True, acks="all", linger_ms=5)
            await self._producer.start()
        return self

    async def __aexit__(self, *exc) -> None:
        if self._producer is not None:
            await self._producer.stop()
        if self._http is not None:
            await self._http.aclose()

    async def send(self, records: list[tuple[str, bytes]]) -> None:
        started = time.perf_counter()
        if self._http is not None:
            bodies = iter([b"\n".join(v for _, v in records[i:i + 500]) for i in range(0, len(records), 500)])

            async def poster() -> None:
                for body in bodies:
                    answer = await post_once_more(self._http, body)
                    answer.raise_for_status()

            await asyncio.gather(*(poster() for _ in range(self.run.args.http_concurrency)))
        else:
            futures = []
            for key, value in records:
                hdrs = [(INGESTED_AT_HEADER, str(int(time.time() * 1000)).encode())]
                futures.append(await self._producer.send(self.topic, value, key=key.encode(), headers=hdrs))
            await asyncio.gather(*futures)
        self.seconds += time.perf_counter() - started
        self.sent += len(records)


async def saturate(run: Run, offsets: Offsets, sender: Sender, group: str, topic: str, label: str) -> float:
    """Keep `group` busy on `topic`: send chunks of 2,000 fresh listings whenever fewer than max(6,000, 3 s of
    its rate so far) wait for it, until `--seconds` have passed or `--listings` were sent. perf_counter() at the
    first send; the caller then waits for all committed."""
    base = await offsets.ends(topic)
    started = time.perf_counter()
    task = run.progress.add_task(f"{label}: sending", total=run.args.listings)
    while sender.sent < run.args.listings and not (sender.sent and time.perf_counter() - started >= run.args.seconds):
        committed = await offsets.committed(group, topic)
        done = sum(max(0, committed[tp] - base.get(tp, 0)) for tp in committed)
        elapsed = time.perf_counter() - started
        if sender.sent - done < max(6000, 3 * done / max(elapsed, 0.1)):
            await sender.send(run.fresh(min(2000, run.args.listings - sender.sent)))
        else:
            await asyncio.sleep(0.1)
        run.progress.update(task, completed=sender.sent)
    run.progress.remove_task(task)
    return started


async def sustained(run: Run, *, ingest_url: str | None = None, label: str = "", records: int | None = None) -> dict[str, float]:
    """Listings/s from the first send until the matcher's group, then the alerts group, committed everything;
    "ingest": listings over the time spent sending (ingest's answers or the broker's acks). With `ingest_url`
    through ingest's HTTP API. `records` sends that many at once instead of saturating (the warm-up)."""
    base = await run.offsets.ends(run.topics.listings)
    async with Sender(run, run.topics.listings, ingest_url=ingest_url) as sender:
        if records:
            started = time.perf_counter()
            await sender.send(run.fresh(records))
        else:
            started = await saturate(run, run.offsets, sender, group_of(run, "matcher"), run.topics.listings, label)
    n = sender.sent
    rates = {"ingest": n / sender.seconds, "records": n}
    done = await run.offsets.drain(group_of(run, "matcher"), run.topics.listings, progress=run.progress,
                                   label=f"{label} matcher", base=base)
    rates["matcher"] = n / (done - started)
    done = await run.offsets.drain(group_of(run, "alerts"), run.topics.matches, progress=run.progress,
                                   label=f"{label} alerts")
    rates["pipeline"] = n / (done - started)
    rates["seconds"] = done - started
    return rates


async def ceiling_run(run: Run, kafka: KafkaSettings, prefix: str, label: str, records: int | None = None) -> tuple[int, float]:
    """(messages, seconds) from the first send onto <prefix>ceiling.in until the copy group has committed all of
    it; saturating as `sustained` does, or `records` at once."""
    topic, group = f"{prefix}ceiling.in", f"{prefix}ceiling"
    async with Offsets(kafka_kwargs(kafka.bootstrap_servers, kafka)) as offsets:
        base = await offsets.ends(topic)
        async with Sender(run, topic, kafka=kafka) as sender:
            if records:
                started = time.perf_counter()
                await sender.send(run.fresh(records))
            else:
                started = await saturate(run, offsets, sender, group, topic, label)
        done = await offsets.drain(group, topic, progress=run.progress, label=label, base=base)
    return sender.sent, done - started


async def start_ceiling(run: Run, kafka: KafkaSettings, prefix: str, name: str, warmup: int = 1000) -> Processes:
    """bench/ceiling.py copying <prefix>ceiling.in → <prefix>ceiling.out in group <prefix>ceiling, and a warm-up."""
    await ensure_topics(kafka, {f"{prefix}ceiling.in": {}, f"{prefix}ceiling.out": {}})
    procs = run.started.processes(run.log_dir / name)
    env = {"KAFKA_BOOTSTRAP_SERVERS": kafka.bootstrap_servers, "KAFKA_SECURITY_PROTOCOL": kafka.security_protocol,
           "BENCH_CEILING": f"{prefix}ceiling.in {prefix}ceiling.out {prefix}ceiling {run.batch_max}"}
    procs.start(Service(name, "bench.ceiling", "", env))
    await wait_printed(procs.log_dir / f"{name}.log", "ready", procs)
    await ceiling_run(run, kafka, prefix, f"{name} warm-up", records=warmup)
    return procs


#: The hops of a listing's way from its POST to its alert committed, in order: (name, from, to), each moment one of
#: "sent" (the batch's scheduled time), "<topic> produced" (the record's CreateTime: when the service sent it) or
#: "<topic> committed" (when a read_committed monitor saw it: its transaction committed).
HOPS: list[tuple[str, str, str]] = [
    ("ingest: POST → listing produced", "sent", "listing produced"),
    ("listing produced → committed", "listing produced", "listing committed"),
    ("matcher: listing committed → match produced", "listing committed", "match produced"),
    ("match produced → committed (the matcher's transaction)", "match produced", "match committed"),
    ("alerts: match committed → alert produced", "match committed", "alert produced"),
    ("alert produced → committed (the alerts service's transaction)", "alert produced", "alert committed"),
    ("POST → alert committed", "sent", "alert committed"),
]


def hop_seconds(moments: dict[str, dict[str, float]], keys: Sequence[str]) -> dict[str, list[float]]:
    """Seconds of each hop of HOPS for every key of `keys` that has all its moments (moment name → key → wall-clock
    seconds; missing keys are left out of every hop, so the hops of one listing add up to its total)."""
    full = [k for k in keys if all(k in moments[m] for m in ("sent", "listing produced", "listing committed",
                                                                "match produced", "match committed",
                                                                "alert produced", "alert committed"))]
    return {name: [moments[b][k] - moments[a][k] for k in full] for name, a, b in HOPS}


async def monitor(run: Run, topic: str, key_of: Callable[[object], str | None], wanted: dict[str, float],
                  produced: dict[str, float], committed: dict[str, float], ready: asyncio.Event) -> None:
    """Follow `topic` at read_committed from its end (5 ms fetch waits; `ready` set once its position is pinned):
    for each record of a `wanted` key, its CreateTime (`produced`) and when it was seen (`committed`), wall-clock
    seconds."""
    consumer = AIOKafkaConsumer(topic, **kafka_kwargs(run.bootstrap), group_id=None, auto_offset_reset="latest",
                                isolation_level="read_committed", fetch_max_wait_ms=5)
    await consumer.start()
    try:
        await consumer.seek_to_end()
        for tp in consumer.assignment():
            await consumer.position(tp)  # pin "latest" before the first POST
        ready.set()
        while True:
            for batch in (await consumer.getmany(timeout_ms=20)).values():
                now = time.time()
                for record in batch:
                    key = key_of(record)
                    if key in wanted and key not in committed:
                        committed[key] = now
                        produced[key] = record.timestamp / 1000
    finally:
        await consumer.stop()


async def latency(run: Run, ingest_url: str, rate: float, seconds: float) -> dict[str, list[float]]:
    """Seconds from each batch's scheduled time to its listings' alerts on alert-events, for every alerted listing
    ("visible", in the order the listings were sent), to the alert record's timestamp ("produced": when the
    alerts service sent it, before its transaction committed), and per hop of HOPS (`hop_seconds`: the listing's
    and the match's CreateTime and when read_committed monitors of listings, matches and alert-events saw them;
    wall clocks of one machine).

    Batches of NDJSON are POSTed on a fixed schedule of 50 a second (open loop: a slow answer delays no later
    batch; at most 64 requests in flight), together `rate` listings a second for `seconds`."""
    records = run.fresh(max(1, int(rate * seconds)))
    tick = 1 / 50
    sent: dict[str, float] = {}  # wall-clock seconds of each listing's scheduled POST
    moments: dict[str, dict[str, float]] = {"sent": sent, **{f"{what} {stage}": {} for what in ("listing", "match", "alert")
                                                            for stage in ("produced", "committed")}}
    topics = run.topics
    ready = [asyncio.Event() for _ in range(3)]
    readers = [asyncio.ensure_future(monitor(run, topic, key_of, sent, moments[f"{what} produced"],
                                             moments[f"{what} committed"], ready[i]))
               for i, (what, topic, key_of) in enumerate((
                   ("listing", topics.listings, lambda r: r.key.decode() if r.key else None),
                   ("match", topics.matches, lambda r: r.key.decode() if r.key else None),
                   ("alert", topics.alert_events, lambda r: orjson.loads(r.value).get("listing_key") if r.value else None)))]
    while not all(e.is_set() for e in ready):
        if any(r.done() for r in readers):
            await asyncio.gather(*readers)  # raises the monitor's error
        await asyncio.sleep(0.05)
    in_flight = asyncio.Semaphore(64)
    posts: list[asyncio.Task] = []
    seen = moments["alert committed"]
    try:
        async with httpx.AsyncClient(base_url=ingest_url, timeout=30, headers=run.ingest_headers,
                                     limits=httpx.Limits(max_connections=64)) as http:
            async def post(body: bytes) -> None:
                async with in_flight:
                    answer = await post_once_more(http, body)
                    answer.raise_for_status()

            started = time.perf_counter()
            wall = time.time() - started  # perf_counter() + wall = time.time()
            done, i = 0, 0
            task = run.progress.add_task(f"latency at {rate:,.0f}/s", total=len(records))
            while done < len(records):
                at = started + i * tick
                await asyncio.sleep(max(0.0, at - time.perf_counter()))
                due = min(len(records), round((i + 1) * tick * rate))
                if due > done:
                    chunk = records[done:due]
                    for key, _ in chunk:
                        sent[key] = at + wall
                    posts.append(asyncio.ensure_future(post(b"\n".join(v for _, v in chunk))))
                    done = due
                    run.progress.update(task, completed=done)
                i += 1
            await asyncio.gather(*posts)
            run.progress.remove_task(task)
        quiet_since, last = time.monotonic(), len(seen)
        while time.monotonic() - quiet_since < run.args.quiet_s:  # until no new alert for a while
            await asyncio.sleep(0.2)
            if len(seen) != last:
                quiet_since, last = time.monotonic(), len(seen)
    finally:
        for p in posts:
            p.cancel()
        for reader in readers:
            reader.cancel()
        await asyncio.gather(*readers, return_exceptions=True)
    order = [key for key, _ in records if key in seen]
    return {"visible": [seen[k] - sent[k] for k in order],
            "produced": [moments["alert produced"][k] - sent[k] for k in order],
            "hops": hop_seconds(moments, order)}


async def match_templates(run: Run, limit: int = 2000) -> list[tuple[bytes | None, dict, list]]:
    """Up to `limit` of the matcher's committed matches from this run (key, JSON document, headers)."""
    consumer = AIOKafkaConsumer(run.topics.matches, **kafka_kwargs(run.bootstrap), group_id=None,
                                auto_offset_reset="earliest", isolation_level="read_committed")
    await consumer.start()
    out = []
    try:
        deadline = time.monotonic() + 60
        while len(out) < limit and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=1000, max_records=limit)
            if not batches:
                break
            for batch in batches.values():
                out += [(r.key, json.loads(r.value), list(r.headers or ())) for r in batch]
    finally:
        await consumer.stop()
    if not out:
        raise RuntimeError(f"no match on {run.topics.matches}: the demo feed raised none")
    return out[:limit]


def fresh_matches(templates: list[tuple[bytes | None, dict, list]], n: int, tag: str) -> list[tuple[bytes | None, bytes, list]]:
    """n matches from the templates, each for a listing id not seen before (so each is a new alert)."""
    out = []
    for i in range(n):
        key, doc, headers = templates[i % len(templates)]
        doc = json.loads(json.dumps(doc))
        old = doc["listing_key"]
        marketplace = old.split(":", 1)[0]
        listing_id = f"{old.split(':', 1)[-1]}-{tag}-{i}"
        doc["listing_key"] = f"{marketplace}:{listing_id}"
        if isinstance(doc.get("listing"), dict) and "listing_id" in doc["listing"]:
            doc["listing"]["listing_id"] = listing_id
        if key is not None and key.decode(errors="replace") == old:
            key = doc["listing_key"].encode()
        out.append((key, json.dumps(doc, ensure_ascii=False).encode(), headers))
    return out


async def alone(run: Run, services: list[Service], group: str, topic: str, name: str) -> tuple[int, float]:
    """(records, seconds) of `services` on what waits on `topic`: from the first batch `group` commits once all
    are ready (so start-up, group join and the alert book's catch-up are left out) until it committed all."""
    procs = await start_services(run, services, name)
    try:
        ready = await run.offsets.committed(group, topic)
        deadline = time.monotonic() + 300
        while True:
            c0 = await run.offsets.committed(group, topic)
            t0 = time.perf_counter()
            if c0 != ready:
                break
            if time.monotonic() > deadline or any(p.poll() is not None for _, p in procs.running):
                raise RuntimeError(f"{name}: no batch committed within 300 s of ready; see {procs.log_dir}")
            await asyncio.sleep(0.05)
        profiler = Profiler(run, name, procs)
        cpu = cpu_seconds(procs)
        ends = await run.offsets.ends(topic)
        done = await run.offsets.drain(group, topic, progress=run.progress, label=name, base=c0)
        left = sum(ends[tp] - c0[tp] for tp in ends)
        run.cpu[name] = (cpu_seconds(procs) - cpu) / max(left, 1)
        profiler.finish(left)
    finally:
        run.started.stop(procs)
    return left, done - t0


def sized(run: Run, estimate: float) -> int:
    """Records to preload for one run of a service alone: enough for twice `--seconds` at `estimate` records/s
    (the rate of a run varies by half with the machine's load), at most `--listings` (40,000: a run is long enough
    when it lasts 30 s or moves 40,000) plus the first batch of each partition, which the timing leaves out."""
    first = run.kafka.default_partitions * run.batch_max
    return max(100, min(run.args.listings + first, round(estimate * run.args.seconds * 2)))


def check_long(run: Run, what: str, records: int, seconds: float) -> None:
    if records < run.args.listings and seconds < run.args.seconds:
        run.say(f"[yellow]{what}: {records:,} records in {seconds:.1f} s, under both {run.args.listings:,} and "
                f"{run.args.seconds:g} s (the estimate was low); the next run is sized on this one[/]")


def cpu_seconds(procs: Processes | None) -> float:
    """User + system CPU seconds the processes of `procs` have used so far (/proc/<pid>/stat; 0 where unreadable)."""
    total = 0.0
    for _, proc in procs.running if procs is not None else ():
        try:
            fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            pass
    return total


#: The phases `--phases` can name, in the order they run (default: all).
PHASES = ["pipeline", "http", "latency", "alerts", "matcher", "photos", "ingest", "plaintext"]
#: The measures each phase gives (`missing` counts only those of the phases run).
PHASE_MEASURES = {"pipeline": ["pipeline", "pipeline_matcher", "ceiling", "share", "pipeline_2", "share_2"], "http": ["http", "http_accepted"],
                  "latency": ["latency_low_p50", "latency_low_p99", "latency_half_p50", "latency_half_p99"],
                  "alerts": ["alerts"], "matcher": ["matcher_1", "matcher_2"],
                  "photos": ["photos_text", "photos_new", "photos_seen"], "ingest": ["ingest_alone"],
                  "plaintext": ["ceiling_plaintext"]}


class Profiler:
    """py-spy (`py-spy record --format raw --rate 200 --nonblocking`) on each service process of a run of a service
    alone, from its first committed batch (ingest: its first timed POST) to the end of the run; `--profile DIR`.
    Each profile goes to DIR/<run>-<process>.txt and its summary (bench/profile.py: busy µs a record, top self and
    inclusive entries) to DIR/<run>-<process>.top.txt."""

    RATE = 200

    def __init__(self, run: Run, name: str, procs: Processes | None) -> None:
        self.dir: Path | None = run.args.profile
        self.name, self.run = name, run
        self.spies: list[tuple[str, subprocess.Popen]] = []
        if self.dir is None or procs is None:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        spy = Path(sys.executable).with_name("py-spy")
        for service, proc in procs.running:
            out = self.dir / f"{name}-{service.name}.txt"
            self.spies.append((str(out), subprocess.Popen(
                [str(spy), "record", "--pid", str(proc.pid), "--format", "raw", "--rate", str(self.RATE),
                 "--nonblocking", "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)))

    def finish(self, records: int) -> None:
        from bench.profile import summary

        for out, spy in self.spies:
            spy.send_signal(signal.SIGINT)
            try:
                spy.wait(60)
            except subprocess.TimeoutExpired:
                spy.kill()
            if Path(out).exists():
                text = summary(Path(out).read_text(), records // len(self.spies), rate=self.RATE)
                Path(out).with_suffix(".top.txt").write_text(text)
                head = "\n".join(text.splitlines()[:10])
                self.run.say(f"profile {out}:\n{head}")
        self.spies.clear()


async def phases(run: Run, report: dict[str, Measure], labels: dict[str, str]) -> None:
    args, topics, r, todo = run.args, run.topics, run.args.repeats, run.args.phases
    # the pipeline: one process a service, and the ceiling's copier beside it
    pipeline = [run.service("ingest", "services.ingest"), run.service("matcher", "services.matcher"),
                run.service("alerts", "services.alerts")]
    run.say("starting ingest, matcher, alerts and the ceiling's copier …")
    procs = await start_services(run, pipeline, "pipeline")
    ingest_url = pipeline[0].ready_url.removesuffix("/readyz")
    await integrator_key(run)
    copier = await start_ceiling(run, run.kafka, topics.topic_prefix, "ceiling") if "pipeline" in todo else None
    # fresh services first fetch metadata and start a transactional producer a partition; keep that out
    run.say(f"warm-up: {args.warmup:,} listings through ingest …")
    warm = await sustained(run, ingest_url=ingest_url, label="warm-up", records=args.warmup)

    for i in range(1, r + 1) if "pipeline" in todo else ():
        rates = await sustained(run, label=f"pipeline {i}/{r}")
        n = rates["records"]
        report["pipeline"].add(rates["pipeline"], n, rates["seconds"])
        report["pipeline_matcher"].add(rates["matcher"])
        m, secs = await ceiling_run(run, run.kafka, topics.topic_prefix, f"ceiling {i}/{r}")
        report["ceiling"].add(m / secs, m, secs)
        report["share"].add(rates["pipeline"] / (m / secs))
        run.say(f"pipeline {i}/{r}: {rates['pipeline']:,.0f} listings/s ({n:,} in {rates['seconds']:.1f} s; matcher "
                f"done at {rates['matcher']:,.0f}/s); ceiling {m / secs:,.0f} msgs/s ({m:,} in {secs:.1f} s); "
                f"share {rates['pipeline'] / (m / secs):.1%}")
        # a second matcher process joins the group (as MATCHER_WORKERS=2 starts it), a warm-up settles the rebalance
        second = await start_services(run, [run.service("matcher-2", "services.matcher")], f"pipeline-matcher-2-{i}")
        try:
            await sustained(run, label=f"pipeline, 2 matchers {i}/{r} warm-up", records=args.warmup)
            two = await sustained(run, label=f"pipeline, 2 matchers {i}/{r}")
        finally:
            run.started.stop(second)
        if i < r:  # the group back to one member: its rebalance settled before the next 1-process run
            await sustained(run, label=f"pipeline {i + 1}/{r} warm-up", records=args.warmup)
        report["pipeline_2"].add(two["pipeline"], two["records"], two["seconds"])
        report["share_2"].add(two["pipeline"] / (m / secs))
        run.say(f"pipeline with 2 matcher workers {i}/{r}: {two['pipeline']:,.0f} listings/s ({two['records']:,} in "
                f"{two['seconds']:.1f} s; matcher done at {two['matcher']:,.0f}/s); share {two['pipeline'] / (m / secs):.1%}")
    if copier is not None:
        run.started.stop(copier)

    for i in range(1, r + 1) if "http" in todo else ():
        rates = await sustained(run, ingest_url=ingest_url, label=f"HTTP {i}/{r}")
        n = rates["records"]
        report["http"].add(rates["pipeline"], n, rates["seconds"])
        report["http_accepted"].add(rates["ingest"])
        run.say(f"through ingest's HTTP API {i}/{r}: {rates['pipeline']:,.0f} listings/s ({n:,} in "
                f"{rates['seconds']:.1f} s); ingest accepted {rates['ingest']:,.0f}/s")

    # without phase 3, half of the warm-up's rate (a burst of --warmup listings: a rough estimate)
    half = args.half_rate or max(1.0, spread(report["http"].values or [warm["pipeline"]])[0] / 2)
    labels["half"] = f"{half:,.0f}"
    for key, rate in (("low", args.rate), ("half", half)) if "latency" in todo else ():
        for i in range(1, r + 1):
            lat = await latency(run, ingest_url, rate, args.seconds)
            seconds = lat["visible"]
            if not seconds:
                raise RuntimeError("no alert arrived in the latency run: check the registry and the services' logs")
            p50, p99 = percentile(seconds, 0.5) * 1000, percentile(seconds, 0.99) * 1000
            report[f"latency_{key}_p50"].add(p50)
            report[f"latency_{key}_p99"].add(p99)
            tenth = max(1, len(seconds) // 10)
            detail = {"rate": rate, "alerts": len(seconds), "p50_ms": p50, "p99_ms": p99,
                      "produced_p50_ms": percentile(lat["produced"], 0.5) * 1000,
                      "first_tenth_p50_ms": percentile(seconds[:tenth], 0.5) * 1000,
                      "last_tenth_p50_ms": percentile(seconds[-tenth:], 0.5) * 1000,
                      "hops": {name: [percentile(v, 0.5) * 1000, percentile(v, 0.99) * 1000] if v else None
                               for name, v in lat["hops"].items()},
                      "hops_listings": len(lat["hops"][HOPS[0][0]])}
            run.details.append(detail)
            run.say(f"latency at {rate:,.0f}/s {i}/{r}: p50 {p50:,.0f} ms, p99 {p99:,.0f} ms ({len(seconds):,} alerts); "
                    f"p50 until the alert was produced {detail['produced_p50_ms']:,.0f} ms; p50 of the first tenth "
                    f"{detail['first_tenth_p50_ms']:,.0f} ms, of the last {detail['last_tenth_p50_ms']:,.0f} ms")
    templates = await match_templates(run) if "alerts" in todo else []
    run.started.stop(procs)
    # a phase not run leaves its estimate to the warm-up's rate
    estimate_pipeline = spread(report["pipeline"].values or [warm["pipeline"]])[0]
    estimate_matcher = spread(report["pipeline_matcher"].values or [warm["matcher"]])[0]

    # the alerts service alone, on matches preloaded while it is stopped
    estimate = estimate_pipeline * 2  # it sees about half the listings; at least as fast
    for i in range(1, r + 1) if "alerts" in todo else ():
        n = sized(run, estimate)
        await produce(run.bootstrap, topics.matches, fresh_matches(templates, n, f"{run.run_id}a{i}"), headers=False)
        m, secs = await alone(run, [run.service("alerts", "services.alerts")], group_of(run, "alerts"), topics.matches,
                              f"alerts-alone-{i}")
        report["alerts"].add(m / secs, m, secs)
        check_long(run, "alerts alone", m, secs)
        estimate = m / secs
        run.say(f"alerts alone {i}/{r}: {m / secs:,.0f} matches/s ({m:,} in {secs:.1f} s; "
                f"{run.cpu[f'alerts-alone-{i}'] * 1e6:,.0f} CPU µs a match)")

    # the matcher alone, 1 and 2 workers side by side
    estimates = {w: estimate_matcher * w for w in (1, 2)}
    for i in range(1, r + 1) if "matcher" in todo else ():
        for workers in (1, 2):
            n = sized(run, estimates[workers])
            await produce(run.bootstrap, topics.listings, run.fresh(n), headers=True)
            services = [run.service(f"matcher-{w + 1}", "services.matcher") for w in range(workers)]
            m, secs = await alone(run, services, group_of(run, "matcher"), topics.listings, f"matcher-{workers}w-{i}")
            report[f"matcher_{workers}"].add(m / secs, m, secs)
            check_long(run, f"matcher alone, {workers} worker(s)", m, secs)
            estimates[workers] = m / secs
            run.say(f"matcher alone, {workers} worker{'s' if workers > 1 else ''} {i}/{r}: {m / secs:,.0f} listings/s "
                    f"({m:,} in {secs:.1f} s; {run.cpu[f'matcher-{workers}w-{i}'] * 1e6:,.0f} CPU µs a listing)")

    if "photos" in todo:
        await photo_runs(run, report, estimate_matcher)

    # ingest alone: its HTTP API with the matcher and the alerts service stopped
    estimate = spread(report["http_accepted"].values or [warm["ingest"]])[0]
    for i in range(1, r + 1) if "ingest" in todo else ():
        service = run.service("ingest", "services.ingest")
        procs = await start_services(run, [service], f"ingest-alone-{i}")
        try:
            url = service.ready_url.removesuffix("/readyz")
            async with Sender(run, topics.listings, ingest_url=url) as sender:
                await sender.send(run.fresh(1000))  # its connections and the producer's metadata
                profiler = Profiler(run, f"ingest-alone-{i}", procs)
                records = run.fresh(sized(run, estimate))
                cpu = cpu_seconds(procs)
                started = time.perf_counter()
                await sender.send(records)
                secs = time.perf_counter() - started
                run.cpu[f"ingest-alone-{i}"] = (cpu_seconds(procs) - cpu) / len(records)
                profiler.finish(len(records))
        finally:
            run.started.stop(procs)
        report["ingest_alone"].add(len(records) / secs, len(records), secs)
        check_long(run, "ingest alone", len(records), secs)
        estimate = len(records) / secs
        run.say(f"ingest alone {i}/{r}: {len(records) / secs:,.0f} listings/s accepted ({len(records):,} in {secs:.1f} s; "
                f"{run.cpu[f'ingest-alone-{i}'] * 1e6:,.0f} CPU µs a listing)")

    if "plaintext" not in todo:
        return
    # the plaintext ceiling, on a throwaway broker
    run.say("plaintext ceiling: starting a throwaway single-node Kafka (PLAINTEXT, temporary data) …")
    broker = Broker()
    run.started.brokers.append(broker)
    broker.start()
    await broker.wait()
    plain = KafkaSettings(bootstrap_servers=broker.bootstrap, security_protocol="PLAINTEXT")
    copier = await start_ceiling(run, plain, "", "ceiling-plaintext", warmup=min(args.listings, 5000))
    for i in range(1, r + 1):
        m, secs = await ceiling_run(run, plain, "", f"plaintext ceiling {i}/{r}")
        report["ceiling_plaintext"].add(m / secs, m, secs)
        run.say(f"plaintext ceiling {i}/{r}: {m / secs:,.0f} msgs/s ({m:,} in {secs:.1f} s)")
    run.started.stop(copier)
    broker.stop()
    run.started.brokers.remove(broker)


PHOTOS_PER_LISTING = 2
PHOTO_ENV = {"MATCHER_IMAGE_FETCH": "true", "MATCHER_IMAGE_ALLOW_HOSTS": '["127.0.0.1"]',
             "MATCHER_IMAGE_BATCH_BUDGET_S": "600"}
"""The photos phase's matcher: fetching on, the loopback server allowed, every photo waited for (by default a batch
waits 15 s for its photos and matches the rest on their text: a batch of 500 photo listings takes minutes)."""
PHOTO_BATCH_MAX = "50"
"""MATCHER_BATCH_MAX of the runs with photos (text: the default 500): the first batch, left out of the timing, stays
a few seconds' worth."""


class PhotoServer:
    """Generated 800x600 JPEG product photos on a loopback aiohttp server (the photos phase): photo j is
    tests.eval.logos' product(20000 + j), every other one with one of the 40 image brands' logos pasted (scaled
    0.7-1.4, turned 0 or 15 degrees). Photos are drawn before a run's listings are preloaded, outside the timing."""

    def __init__(self) -> None:
        self.photos: list[bytes] = []
        self.base = ""
        self._runner = None

    async def __aenter__(self) -> PhotoServer:
        from aiohttp import web

        async def serve(request: web.Request) -> web.Response:
            n = int(request.match_info["n"])
            if n >= len(self.photos):
                raise web.HTTPNotFound()
            return web.Response(body=self.photos[n], content_type="image/jpeg")

        app = web.Application()
        app.router.add_get("/{n:[0-9]+}.jpg", serve)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.base = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
        return self

    async def __aexit__(self, *exc) -> None:
        await self._runner.cleanup()

    def draw(self, n: int) -> list[str]:
        """n new photos' URLs."""
        import random

        from tests.eval.logos import BRANDS, jpeg, logo, paste, product

        urls = []
        for _ in range(n):
            j = len(self.photos)
            rng = random.Random(j)
            photo = product(20000 + j)
            if j % 2 == 0:
                photo = paste(photo, logo(rng.randrange(BRANDS)), rng, scale=rng.uniform(0.7, 1.4), angle=rng.choice([0, 15]))
            self.photos.append(jpeg(photo))
            urls.append(f"{self.base}/{j}.jpg")
        return urls


def with_photos(records: list[tuple[str, bytes]], urls: list[str]) -> list[tuple[str, bytes]]:
    """The listings with PHOTOS_PER_LISTING of `urls` each (in order), as image URLs only."""
    out = []
    for n, (key, value) in enumerate(records):
        doc = json.loads(value)
        doc["images"] = [{"url": u} for u in urls[n * PHOTOS_PER_LISTING:(n + 1) * PHOTOS_PER_LISTING]]
        out.append((key, json.dumps(doc, ensure_ascii=False).encode()))
    return out


async def photo_runs(run: Run, report: dict[str, Measure], estimate_text: float) -> None:
    """The matcher alone (one worker, PHOTO_ENV) on preloaded listings, run by run side by side: text-only listings,
    listings with PHOTOS_PER_LISTING new photo URLs each, and fresh listings with the same URLs again. The registry
    gets tests.eval.logos' 40 image brands (a logo and a catalogue photo each) first, so photos are searched for logos."""
    from tests.eval.logos import registry as image_registry

    await publish_registry(image_registry(), kafka=run.kafka, topics=run.topics)
    estimates = {"text": estimate_text, "new": 2.0, "seen": 3.0}  # listings/s; then each run's own
    async with PhotoServer() as server:
        for i in range(1, run.args.repeats + 1):
            urls: list[str] = []
            for kind in ("text", "new", "seen"):
                n = sized(run, estimates[kind])
                records = run.fresh(n)
                if kind == "new":
                    urls = server.draw(n * PHOTOS_PER_LISTING)
                elif kind == "seen":
                    records = records[:len(urls) // PHOTOS_PER_LISTING]
                if kind != "text":
                    records = with_photos(records, urls)
                await produce(run.bootstrap, run.topics.listings, records, headers=True)
                name = f"photos-{kind}-{i}"
                env = PHOTO_ENV if kind == "text" else {**PHOTO_ENV, "MATCHER_BATCH_MAX": PHOTO_BATCH_MAX}
                m, secs = await alone(run, [run.service("matcher", "services.matcher", **env)],
                                      group_of(run, "matcher"), run.topics.listings, name)
                report[f"photos_{kind}"].add(m / secs, m, secs)
                estimates[kind] = m / secs
                run.say(f"matcher alone, photos on, {kind} {i}/{run.args.repeats}: {m / secs:,.1f} listings/s ({m:,} in "
                        f"{secs:.1f} s; {run.cpu[name] * 1e6:,.0f} CPU µs a listing)")


def describe(report: dict[str, Measure], args: argparse.Namespace, partitions: int, batch_max: int) -> None:
    c = args.http_concurrency
    how = {
        "pipeline": "listings produced onto listings (aiokafka, idempotent, acks=all, ingest's header) → matcher → "
                    "alerts; from the first send until both groups committed all",
        "pipeline_matcher": "the same runs, until the matcher's group had committed every listing",
        "ceiling": "the same listings produced the same way and copied to another topic by bench/ceiling.py in its "
                   f"own process (read_committed, a transactional producer a partition, offsets in the transaction, "
                   f"batches ≤ {batch_max} as MATCHER_BATCH_MAX), no work; first send to all committed; "
                   "run i right after pipeline run i",
        "share": "run i's pipeline over run i's ceiling",
        "pipeline_2": "the same with a second `python -m services.matcher` in the matcher's group (what MATCHER_WORKERS=2 "
                      f"starts: the {partitions} partitions shared by two processes, both cores), after 1,000 listings "
                      "of warm-up that settle the rebalance; run i right after ceiling run i",
        "share_2": "run i's pipeline with 2 matcher workers over run i's ceiling (one copier process)",
        "http": f"listings POSTed as NDJSON batches of 500, {c} requests at a time → ingest → matcher → alerts; "
                "first POST until both groups committed all",
        "http_accepted": "the same runs, first POST until the last batch was answered (all on Kafka)",
        "latency_low_p50": f"NDJSON batches POSTed on a fixed schedule, 50 a second, {args.seconds:g} s a run; from "
                           "a batch's scheduled time until its listings' alerts reach a read_committed consumer of "
                           "alert-events; over every alerted listing",
        "latency_half_p50": "the same at half the median sustained rate through ingest's HTTP API of this run",
        "matcher_1": "listings preloaded with the matcher stopped, then one `python -m services.matcher`; from its "
                     "first committed batch until it committed all",
        "matcher_2": f"the same with two processes in one consumer group ({partitions} partitions), "
                     "run i right after 1 worker's run i",
        "photos_text": "the demo feed's listings preloaded with the matcher stopped, then one `python -m "
                       "services.matcher` with photo fetching on (MATCHER_IMAGE_FETCH, 127.0.0.1 allowed, every "
                       "photo waited for) and the 40 image brands of tests.eval.logos added to the registry; "
                       "timed as matcher_1",
        "photos_new": f"the same with {PHOTOS_PER_LISTING} image URLs a listing on a loopback aiohttp server (800x600 "
                      "JPEG product photos, every other with a registered logo), none seen before: fetched, decoded, "
                      f"pHash, PDQ x8, ORB, logo search; batches of {PHOTO_BATCH_MAX}; run i right after text run i",
        "photos_seen": "fresh listings carrying the new run's URLs again: each photo's hashes and features read "
                       "from the Redis cache (no download), logo search as before",
        "alerts": "this run's own matches (fresh listing ids: each a new alert) preloaded with the service stopped; "
                  "from its first committed batch until it committed all",
        "ingest_alone": f"one `python -m services.ingest` with the matcher and the alerts service stopped; listings "
                        f"POSTed as NDJSON batches of 500, {c} requests at a time, after 1,000 of warm-up; from the "
                        "first POST until the last answer (all on Kafka)",
        "ceiling_plaintext": "the ceiling on a throwaway single-node KRaft broker (PLAINTEXT listener on a free "
                             "loopback port, temporary data, deleted after); same transactions and batches",
    }
    for key, text in how.items():
        report[key].how = text


def notes(report: dict[str, Measure], labels: dict[str, str] | None = None) -> list[str]:
    """How each measure was taken, and the size of its throughput runs: one line a described measure."""
    out = []
    for m in report.values():
        if not m.how:
            continue
        size = ""
        if m.runs:
            records, seconds = [n for n, _ in m.runs], [t for _, t in m.runs]
            size = (f" Runs of {min(records):,}–{max(records):,} records, "
                    f"{min(seconds):.1f}–{max(seconds):.1f} s.")
        out.append(f"{m.name.format(**(labels or {})).strip()}: {m.how}.{size}")
    return out


def report_markdown(report: dict[str, Measure], labels: dict[str, str] | None = None) -> str:
    """The report as a Markdown table (README): measure, median, spread, target, met/missed."""
    lines = ["| measure | median | spread (min – max) | runs | target | |", "|---|---|---|---|---|---|"]
    for name, median, spread_, runs, target, met, _ in report_rows(report, labels):
        lines.append(f"| {name.strip()} | {median} | {spread_} | {runs} | {target} | {f'**{met}**' if met else ''} |")
    return "\n".join(lines)


def hop_rows(details: list[dict]) -> tuple[list[str], list[list[str]]]:
    """The latency runs' hops (HOPS) as a table: a column a rate ("p50 / p99 ms at R/s", the median over that rate's
    runs of each run's p50 and p99) and a row a hop; and the header. A hop no run measured prints "—"."""
    rates: dict[float, list[dict]] = {}
    for d in details:
        rates.setdefault(d["rate"], []).append(d)
    header = ["hop", *(f"p50 / p99 at {rate:,.0f}/s ({sum(d.get('hops_listings', 0) for d in runs):,} listings)"
                       for rate, runs in rates.items())]
    rows = []
    for name, *_ in HOPS:
        row = [name]
        for runs in rates.values():
            measured = [d["hops"][name] for d in runs if d.get("hops", {}).get(name)]
            row.append(f"{statistics.median(p[0] for p in measured):,.0f} / {statistics.median(p[1] for p in measured):,.0f} ms"
                       if measured else "—")
        rows.append(row)
    return header, rows


async def run_all(args: argparse.Namespace, console: Console) -> tuple[dict[str, Measure], dict]:
    load_admin_env()  # the stack's admin: topics, registry, measuring clients; each service its own principal
    kafka = KafkaSettings()
    run_id = uuid.uuid4().hex[:8]
    topics = Topics(topic_prefix=f"bench{run_id}.")
    from services.matcher.settings import MatcherSettings

    batch_max = MatcherSettings().batch_max
    env = {"BRANDSENTRY_TOPIC_PREFIX": topics.topic_prefix, "INGEST_LOG_LEVEL": "WARNING",
           "MATCHER_LOG_LEVEL": "WARNING", "ALERTS_LOG_LEVEL": "WARNING", "MATCHER_IMAGE_FETCH": "false"}
    report = new_report()
    labels = {"low": f"{args.rate:g}", "half": "?"}
    meta = {"command": " ".join(["python -m bench.e2e", *sys.argv[1:]]), "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "commit": os.environ.get("BENCH_COMMIT") or _git("rev-parse", "--short", "HEAD"),
            "dirty": not os.environ.get("BENCH_COMMIT") and bool(_git("status", "--porcelain", "--untracked-files=no")),
            "load_start": os.getloadavg(), "bootstrap": kafka.bootstrap_servers, "partitions": kafka.default_partitions,
            "prefix": topics.topic_prefix, "registry": str(SEED / "registry.yaml")}
    describe(report, args, kafka.default_partitions, batch_max)
    started = Started()
    registry = load_registry(SEED / "registry.yaml")
    meta["brands"] = len(registry.brands)
    console.print(f"[bold]bench.e2e[/] {meta['command']} — commit {meta['commit']}{' (uncommitted changes)' if meta['dirty'] else ''}, "
                  f"prefix {topics.topic_prefix}, {args.repeats} runs a phase, {args.listings:,} records a run; "
                  f"load average {_load(meta['load_start'])}")
    creds: dict = {}
    try:
        creds = await provision_services(kafka, topics, ["ingest", "matcher", "alerts"])  # {} on PLAINTEXT
        await ensure_topics(kafka, topics.core())
        await publish_registry(registry, kafka=kafka, topics=topics)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=console, transient=True) as progress:
            async with Offsets(kafka_kwargs(kafka.bootstrap_servers)) as offsets:
                run = Run(args, console, kafka, topics, run_id, env, creds, started, offsets, progress, batch_max)
                run.log_dir.mkdir(parents=True, exist_ok=True)
                try:
                    await phases(run, report, labels)
                finally:
                    meta["latency_runs"] = run.details
                    meta["cpu_seconds_a_record"] = run.cpu
    finally:
        started.stop_all()
        meta["load_end"] = os.getloadavg()
        meta["finished"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        try:
            deleted = await asyncio.wait_for(delete_prefix(kafka, topics.topic_prefix), 60)
            async with KafkaAdmin(kafka) as admin:
                for service in creds:
                    await admin.revoke(service_user(service, topics))
            keys = await delete_redis_prefix(topics.topic_prefix)
            console.print(f"[dim]deleted {deleted} topics and {keys:,} Redis keys of {topics.topic_prefix}; "
                          f"revoked its {len(creds)} service principals[/]")
        except Exception as exc:  # the report matters more than the cleanup; say so
            console.print(f"[yellow]cleanup of {topics.topic_prefix} incomplete: {exc!r}[/]")
    meta["labels"] = labels
    return report, meta


async def cancellable(work):
    """Run `work`; SIGTERM or SIGINT cancels it, so its clean-up runs (even where a background job ignores SIGINT)."""
    task = asyncio.ensure_future(work)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, task.cancel)
    try:
        return await task
    except asyncio.CancelledError:
        raise SystemExit(130)


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
    except Exception:
        return "?"


def _load(load: Sequence[float]) -> str:
    return " / ".join(f"{x:.2f}" for x in load)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.e2e", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="for development: 1 run a phase, 3,000 records, 5 s paced")
    parser.add_argument("--repeats", type=int, help="runs a phase (default 3; 1 with --quick)")
    parser.add_argument("--listings", type=int, help="records a throughput run (default 40,000; 3,000 with --quick)")
    parser.add_argument("--seconds", type=float, help="length of a latency run (default 30; 5 with --quick)")
    parser.add_argument("--rate", type=float, default=50.0, help="the low latency rate, listings/s (default 50)")
    parser.add_argument("--half-rate", type=float, help="the second latency rate, listings/s (default: half the median "
                        "HTTP sustained rate of the same run; without the http phase, of the warm-up's)")
    parser.add_argument("--warmup", type=int, default=1000, help="listings through the whole pipeline first")
    parser.add_argument("--http-concurrency", type=int, default=4, help="NDJSON batches in flight (default 4)")
    parser.add_argument("--json", type=Path, help="also write the report here (JSON)")
    parser.add_argument("--markdown", type=Path, help="also write the table and its notes here (Markdown)")
    parser.add_argument("--phases", default=",".join(PHASES),
                        help=f"the phases to run, comma-separated, of {','.join(PHASES)} (default: all)")
    parser.add_argument("--profile", type=Path, metavar="DIR",
                        help="py-spy each service while it runs alone; profiles and their summaries into DIR")
    args, _ = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    args.repeats = args.repeats or (1 if args.quick else 3)
    args.listings = args.listings or (3000 if args.quick else 40_000)
    args.seconds = args.seconds or (5.0 if args.quick else 30.0)
    args.quiet_s = 2.0 if args.quick else 5.0
    args.phases = [p.strip() for p in args.phases.split(",") if p.strip()]
    if unknown := set(args.phases) - set(PHASES):
        parser.error(f"unknown phases {', '.join(sorted(unknown))}; known: {', '.join(PHASES)}")
    console = Console() if sys.stdout.isatty() else Console(width=200)
    report, meta = asyncio.run(cancellable(run_all(args, console)))
    title = (f"End to end, {meta['started']}, commit {meta['commit']}{' + uncommitted changes' if meta['dirty'] else ''}: "
             f"Kafka {meta['bootstrap']} (SASL_SSL), {meta['partitions']} partitions, one process a service unless said, "
             f"demo registry ({meta['brands']} brands); load average (1/5/15 min) {_load(meta['load_start'])} at start, "
             f"{_load(meta['load_end'])} at the end")
    console.print(report_table(report, title, meta["labels"]))
    header, hops = hop_rows(meta.get("latency_runs", []))
    if len(header) > 1:
        table = Table(title="Latency ingest → alert, hop by hop (records' CreateTime; read_committed monitors)",
                      title_justify="left")
        for i, column in enumerate(header):
            table.add_column(column, justify="left" if i == 0 else "right")
        for row in hops:
            table.add_row(*row)
        console.print(table)
    for i, line in enumerate(notes(report, meta["labels"]), start=1):
        console.print(f"[dim]{i}. {line}[/]")
    if args.markdown:
        hop_md = "" if len(header) < 2 else "\n".join(["| " + " | ".join(header) + " |", "|---" * len(header) + "|",
                                                         *("| " + " | ".join(row) + " |" for row in hops)]) + "\n\n"
        args.markdown.write_text(f"{title}\n\n{report_markdown(report, meta['labels'])}\n\n{hop_md}"
                                 + "\n".join(f"{i}. {line}" for i, line in enumerate(notes(report, meta["labels"]), start=1)) + "\n")
    if args.json:
        args.json.write_text(json.dumps({"meta": meta, "measures": [asdict(m) for m in report.values()]}, indent=1))
    if missing(report, [key for phase in args.phases for key in PHASE_MEASURES[phase]]):
        console.print(f"[red]not measured: {', '.join(missing(report, [k for p in args.phases for k in PHASE_MEASURES[p]]))}[/]")
        sys.exit(1)

if __name__ == "__main__":
    main()
