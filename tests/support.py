"""Helpers for integration tests: service processes, free ports, reading topics with a plain aiokafka consumer."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from brandsentry.kafka import client_kwargs, topic_partitions
from brandsentry.settings import KafkaSettings

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def kafka_kwargs(bootstrap: str) -> dict:
    """bootstrap_servers plus the security of this process's KAFKA_* environment (the test session's admin
    principal once the stack runs SASL_SSL): `AIOKafkaConsumer(**kafka_kwargs(bootstrap), group_id=None)`."""
    return {"bootstrap_servers": bootstrap, **client_kwargs(KafkaSettings(bootstrap_servers=bootstrap))}


class ServiceProcess:
    """One service run as `python -m <module>`, its output in test-artifacts/<name>.log."""

    def __init__(self, name: str, module: str, env: dict[str, str], ready_url: str) -> None:
        self.name, self.module, self.env, self.ready_url = name, module, env, ready_url
        self.proc: subprocess.Popen | None = None
        self.log_path = ARTIFACTS / f"{name}.log"

    def start(self) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", self.module], cwd=ROOT, env={**os.environ, **self.env},
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    async def wait_ready(self, timeout_s: float = 90) -> None:
        deadline = time.monotonic() + timeout_s
        async with httpx.AsyncClient(timeout=2) as http:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"{self.name} exited with {self.proc.returncode}: {self.tail()}")
                try:
                    if (await http.get(self.ready_url)).status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.3)
        raise TimeoutError(f"{self.name} not ready after {timeout_s}s: {self.tail()}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

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
    """Read a topic from the beginning with a plain consumer until `until(records)` holds or time runs out."""
    consumer = AIOKafkaConsumer(topic, **kafka_kwargs(bootstrap), group_id=None, auto_offset_reset="earliest")
    await consumer.start()
    records: list[ConsumerRecord] = []
    try:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for batch in (await consumer.getmany(timeout_ms=300)).values():
                records.extend(batch)
            if until(records):
                break
        return records
    finally:
        await consumer.stop()


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


async def post(ingest_url: str, body: dict | bytes) -> httpx.Response:
    """POST one listing (a document or raw bytes) to ingest."""
    raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    async with httpx.AsyncClient(base_url=ingest_url, timeout=10) as http:
        return await http.post("/v1/listings", content=raw, headers={"Content-Type": "application/json"})
