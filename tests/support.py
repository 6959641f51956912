"""Helpers for integration tests: service processes, free ports, reading topics with a plain aiokafka consumer."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import UnknownTopicOrPartitionError

from brandsentry.demo import stop_processes
from brandsentry.kafka import client_kwargs, delete_prefix, topic_partitions
from brandsentry.logs import open_private_log
from brandsentry.settings import KafkaSettings, Topics

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"


#: Ports for the servers a test starts: below the kernel's ephemeral range (/proc/sys/net/ipv4/ip_local_port_range,
#: 32768-60999 by default), where no outgoing connection takes one, and above the shared stack's fixed ports (Redis
#: 16379, Kafka 19092-19197). Each pytest-xdist worker draws from a block of its own, so two workers never hand out
#: the same port (port 0's answer is free only until someone binds it: two workers once started services on one).
PORT_RANGE_START, PORT_BLOCK, PORT_BLOCKS = 20000, 1000, 12
_next_port: dict[str, int] = {}


def _port_block() -> range:
    """The block of this process: the controller's first, worker gwN's the (N+1)-th (wrapping after PORT_BLOCKS)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    index = (int(worker[2:]) + 1) % PORT_BLOCKS if worker[2:].isdigit() else 0
    start = PORT_RANGE_START + index * PORT_BLOCK
    return range(start, start + PORT_BLOCK)


def free_port() -> int:
    """A port of this worker's block that nothing holds now (bound without SO_REUSEADDR, so one still in TIME_WAIT
    is skipped too); each call gives the next one, wrapping round the block. Raises OSError when the whole block is
    taken."""
    block = _port_block()
    key = f"{block.start}"
    offset = _next_port.setdefault(key, (os.getpid() * 7) % len(block))
    for step in range(len(block)):
        port = block[(offset + step) % len(block)]
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _next_port[key] = (offset + step + 1) % len(block)
        return port
    raise OSError(f"no free port in {block.start}-{block.stop - 1}")


def session_of(pid: int) -> list[int]:
    """`pid` and the processes of its session (a ServiceProcess starts a new session: uvicorn's workers, the
    multiprocessing helpers), from /proc/<pid>/stat."""
    out = [pid]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == pid and int(stat.parent.name) != pid:
            out.append(int(stat.parent.name))
    return out


def listens(pids: list[int], port: int) -> bool:
    """Whether one of `pids` holds a socket LISTENing on `port` of any local address (/proc/net/tcp and tcp6,
    their fds)."""
    rows = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            rows += [line.split() for line in Path(table).read_text().splitlines()[1:]]
    inodes = {r[9] for r in rows if r[1].endswith(f":{port:04X}") and r[3] == "0A"}
    for pid in pids:
        try:
            if any(os.readlink(fd).removeprefix("socket:[").removesuffix("]") in inodes
                   for fd in Path(f"/proc/{pid}/fd").iterdir()):
                return True
        except OSError:
            continue
    return False


def kafka_kwargs(bootstrap: str) -> dict:
    """bootstrap_servers plus the security of this process's KAFKA_* environment (the test session's admin
    principal once the stack runs SASL_SSL): `AIOKafkaConsumer(**kafka_kwargs(bootstrap), group_id=None)`."""
    return {"bootstrap_servers": bootstrap, **client_kwargs(KafkaSettings(bootstrap_servers=bootstrap))}


#: the module of each service and the principal it runs as (brandsentry.acl)
SERVICE_OF_MODULE = {"services.ingest": "ingest", "services.matcher": "matcher", "services.alerts": "alerts",
                     "services.portal": "portal", "services.ops": "ops"}
_PASSWORDS: dict[tuple[str, str], str] = {}  # (bootstrap, user name) → password, once per test session
_PROVISION_LOCK = threading.Lock()


def service_env(service: str, env: Mapping[str, str]) -> dict[str, str]:
    """`env` plus the Kafka credentials of `service`'s own principal (brandsentry.acl) for the topic prefix in
    `env` (BRANDSENTRY_TOPIC_PREFIX), created on first use by this process acting as the admin, with that
    principal's least-privilege ACLs. PLAINTEXT (no KAFKA_SECURITY_PROTOCOL=SASL_*): `env` unchanged.
    An `env` that names its own KAFKA_SASL_USERNAME is left as it is. The principal is created on the cluster of
    this process's KAFKA_BOOTSTRAP_SERVERS (the admin's). Every fixture that spawns a service uses
    this (ServiceProcess does it by itself for the modules of SERVICE_OF_MODULE)."""
    full = {**os.environ, **env}
    if not full.get("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT").startswith("SASL") or "KAFKA_SASL_USERNAME" in env:
        return dict(env)
    # principals are cluster-wide: created through this process's own (admin) connection, whatever address
    # `env` gives the service (a relay that comes up later, say)
    admin = KafkaSettings()
    topics = Topics(topic_prefix=full.get("BRANDSENTRY_TOPIC_PREFIX", ""))
    from brandsentry.acl import service_user
    from brandsentry.kafka_admin import Credentials, KafkaAdmin, new_password, service_env_vars

    def provisioned(principal: str) -> Credentials:
        key = (admin.bootstrap_servers, service_user(principal, topics))
        with _PROVISION_LOCK:
            if key not in _PASSWORDS:
                async def provision() -> str:
                    async with KafkaAdmin(admin) as kafka_admin:
                        return (await kafka_admin.provision_service(principal, topics, password=new_password())).password

                with ThreadPoolExecutor(1) as pool:  # callable from sync code and from inside a running event loop
                    _PASSWORDS[key] = pool.submit(asyncio.run, provision()).result()
        return Credentials(key[1], _PASSWORDS[key])

    out = {**env, **service_env_vars(provisioned(service))}
    if service == "portal":  # its operator API for tenant credentials runs as a principal of its own
        creds = provisioned("credentials")
        out |= {"PORTAL_KAFKA_ADMIN_USERNAME": creds.username, "PORTAL_KAFKA_ADMIN_PASSWORD": creds.password}
    return out


async def drop_topics(kafka: KafkaSettings, prefix: str) -> None:
    """At the end of a fixture: delete the topics of its prefix, best effort (a broker that is away is no test failure).
    The shared broker keeps no test's topics: it stops at ~20,000 partitions (its open-files limit, 2026-12-01)."""
    with contextlib.suppress(Exception):
        await asyncio.wait_for(delete_prefix(kafka, prefix), 30)


def revoke_service_principals() -> int:
    """Remove the principals service_env created (their ACLs and credentials): the end of a test session."""
    if not _PASSWORDS:
        return 0
    from brandsentry.kafka_admin import KafkaAdmin

    async def revoke() -> int:
        done = 0
        for bootstrap, user in list(_PASSWORDS):
            async with KafkaAdmin(KafkaSettings(bootstrap_servers=bootstrap)) as kafka_admin:
                done += await kafka_admin.revoke(user)
            _PASSWORDS.pop((bootstrap, user), None)
        return done

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, revoke()).result()


class ServiceProcess:
    """One service run as `python -m <module>`, its output in test-artifacts/<name>.log."""

    def __init__(self, name: str, module: str, env: dict[str, str], ready_url: str) -> None:
        self.name, self.module, self.env, self.ready_url = name, module, env, ready_url
        self.proc: subprocess.Popen | None = None
        self.log_path = ARTIFACTS / f"{name}.log"

    def _env(self) -> dict[str, str]:
        """The given env, with the service's own Kafka principal when the stack requires credentials."""
        service = SERVICE_OF_MODULE.get(self.module)
        return service_env(service, self.env) if service else dict(self.env)

    def start(self) -> None:
        log = open_private_log(self.log_path)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", self.module], cwd=ROOT, env={**os.environ, **self._env()},
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    async def wait_ready(self, timeout_s: float = 90) -> None:
        """Until /readyz answers 200 from this process: its own process (or one of its session, uvicorn's workers)
        holds the LISTEN socket of the ready port, so another process that took a reused port is never taken for it.
        Fails as soon as the process has exited (a port already in use makes a service exit), or after timeout_s."""
        port = urlsplit(self.ready_url).port
        deadline = time.monotonic() + timeout_s
        someone_else = ""
        async with httpx.AsyncClient(timeout=2) as http:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"{self.name} exited with {self.proc.returncode}{someone_else}: {self.tail()}")
                try:
                    answered = (await http.get(self.ready_url)).status_code == 200
                except httpx.HTTPError:
                    answered = False
                if answered:
                    if self.proc.poll() is None and listens(session_of(self.proc.pid), port):
                        return
                    someone_else = f" (port {port} answered by a process not of {self.name})"
                await asyncio.sleep(0.3)
        raise TimeoutError(f"{self.name} not ready after {timeout_s}s{someone_else}: {self.tail()}")

    def stop(self) -> None:
        if self.proc:
            stop_processes([self.proc], timeout_s=20)

    async def __aenter__(self) -> ServiceProcess:
        """`async with ServiceProcess(...) as proc:` started and ready inside, stopped after (or if never ready)."""
        self.start()
        try:
            await self.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    async def __aexit__(self, *exc) -> None:
        self.stop()

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"


async def read_topic(
    bootstrap: str,
    topic: str,
    *,
    until: Callable[[list[ConsumerRecord]], bool],
    timeout_s: float = 60,
) -> list[ConsumerRecord]:
    """Read a topic from the beginning with a plain consumer until `until(records)` holds or time runs out.

    A topic that does not exist yet (a new brand's alert topic, made by the alerts service with its first alert) is
    waited for until the same deadline: the consumer's start gives up after its request timeout, which a loaded
    machine's first alert of a brand can take longer than (a CI run, 2026-12-05)."""
    deadline = time.monotonic() + timeout_s
    while True:
        consumer = AIOKafkaConsumer(topic, **kafka_kwargs(bootstrap), group_id=None, auto_offset_reset="earliest",
                                    isolation_level="read_committed")  # what a downstream consumer sees
        try:
            await consumer.start()
            break
        except UnknownTopicOrPartitionError:
            await consumer.stop()
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.5)
    records: list[ConsumerRecord] = []
    try:
        while time.monotonic() < deadline:
            for batch in (await consumer.getmany(timeout_ms=300)).values():
                records.extend(batch)
            if until(records):
                break
        return records
    finally:
        await consumer.stop()


async def eventually(check: Callable[[], Awaitable], *, timeout_s: float = 60, every_s: float = 0.3, what: str = ""):
    """Poll until `check()` returns something truthy and return it; fail (never skip) when it does not within the
    deadline (seconds)."""
    deadline = time.monotonic() + timeout_s
    while True:
        result = await check()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"not within {timeout_s:.0f}s: {what}")
        await asyncio.sleep(every_s)


async def wait_consumed(bootstrap: str, group: str, topic: str, timeout_s: float = 60) -> None:
    """Wait until a consumer group has committed every record that is now on `topic`."""
    admin = AIOKafkaAdminClient(**kafka_kwargs(bootstrap))
    await admin.start()
    consumer = AIOKafkaConsumer(**kafka_kwargs(bootstrap), group_id=None)
    await consumer.start()
    try:
        parts = [TopicPartition(topic, p) for p in await topic_partitions(consumer, topic)]
        end = await consumer.end_offsets(parts)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            committed = await admin.list_consumer_group_offsets(group)
            if all(tp in committed and committed[tp].offset >= end[tp] for tp in parts if end[tp] > 0):
                return
            await asyncio.sleep(0.3)
        raise TimeoutError(f"group {group} did not consume {topic} within {timeout_s}s")
    finally:
        await consumer.stop()
        await admin.close()


def listing(title: str, *, seller: str | None = None, marketplace: str = "taobao", category: str = "headphones",
            price: float | dict = 35.0, **extra) -> dict:
    """A new listing document (fresh id) as an integrator would post it; `extra` overrides any field."""
    doc = {
        "marketplace": marketplace,
        "listing_id": uuid.uuid4().hex[:12],
        "url": f"https://market.example/item/{uuid.uuid4().hex[:8]}",
        "title": title,
        "description": "",
        "price": price if isinstance(price, dict) else {"amount": price, "currency": "USD"},
        "seller": {"id": seller or f"seller-{uuid.uuid4().hex[:6]}", "name": "Shenzhen Best Audio", "country": "CN"},
        "category": category,
        "observed_at": datetime.now(timezone.utc).isoformat(),
    }
    doc.update(extra)
    return doc


def key(doc: dict) -> str:
    return f"{doc['marketplace']}:{doc['listing_id']}"


#: marketplaces the test session's integrator key may push listings for
TEST_MARKETPLACES = ["taobao", "tmall", "jd", "ebay", "aliexpress", "amazon", "amazon-us", "amazon-de", "m", "demo"]
_INGEST_KEY: dict[str, str] = {}


def set_ingest_key(token: str) -> None:
    """The session's integrator key (the pipeline fixture creates it); every helper that posts to ingest sends it."""
    _INGEST_KEY["token"] = token


def ingest_headers() -> dict[str, str]:
    """`X-API-Key` with the session's integrator key: ingest answers 401 without one."""
    return {"X-API-Key": _INGEST_KEY["token"]} if "token" in _INGEST_KEY else {}


async def post(ingest_url: str, body: dict | bytes) -> httpx.Response:
    """POST one listing (a document or raw bytes) to ingest, with the session's integrator key."""
    raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    async with httpx.AsyncClient(base_url=ingest_url, timeout=10, headers=ingest_headers()) as http:
        return await http.post("/v1/listings", content=raw, headers={"Content-Type": "application/json"})
