"""The live stream (SSE) is tenant-filtered; keys come from the CLI, printed once, stored as hashes."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from services.portal.auth import hash_token
from tests.integration.portal.conftest import post_listing, topic_records
from tests.support import key, listing
from tests.support import ROOT

pytestmark = pytest.mark.integration


class Stream:
    """Reads `event: alert` items of one caller's SSE stream into a queue."""

    def __init__(self, portal, who: str) -> None:
        self.portal, self.who = portal, who
        self.alerts: asyncio.Queue = asyncio.Queue()
        self.ready = asyncio.Event()
        self.task: asyncio.Task | None = None

    async def _run(self) -> None:
        async with self.portal.client(self.who) as http:
            async with http.stream("GET", "/v1/stream/alerts", timeout=None) as answer:
                assert answer.status_code == 200
                event = None
                async for line in answer.aiter_lines():
                    if line.startswith("event:"):
                        event = line.split(":", 1)[1].strip()
                    elif line.startswith("data:") and event == "ready":
                        self.ready.set()
                    elif line.startswith("data:") and event == "alert":
                        await self.alerts.put(json.loads(line.split(":", 1)[1]))

    async def __aenter__(self) -> "Stream":
        self.task = asyncio.ensure_future(self._run())
        await asyncio.wait_for(self.ready.wait(), 30)
        return self

    async def __aexit__(self, *exc) -> None:
        self.task.cancel()
        try:
            await self.task
        except (asyncio.CancelledError, Exception):
            pass

    async def next(self) -> dict:
        return await asyncio.wait_for(self.alerts.get(), 60)


async def test_live_stream_sends_new_alerts_to_their_tenants_only(pipeline, portal):
    async with Stream(portal, "bose-alice") as bose, Stream(portal, "goose-carl") as goose, Stream(portal, "ops") as ops:
        bose_doc = listing("Bose QC45 headphones replica, live stream")
        await post_listing(pipeline, bose_doc)
        assert (await bose.next())["listing_key"] == key(bose_doc)
        assert (await ops.next())["listing_key"] == key(bose_doc)
        # the hub gave the bose alert to every stream at once; were it leaking, it would come first here
        goose_doc = listing("Canada Goose Expedition Parka 高仿", category="jackets")
        await post_listing(pipeline, goose_doc)
        first = await goose.next()
        assert first["listing_key"] == key(goose_doc) and first["brand_id"] == "canada-goose"
        assert goose.alerts.empty()
    async with httpx.AsyncClient(base_url=portal.url) as anonymous:
        assert (await anonymous.get("/v1/stream/alerts")).status_code == 401


async def test_cli_creates_a_key_prints_it_once_and_stores_only_its_hash(pipeline, portal):
    done = subprocess.run([str(Path(sys.executable).parent / "brandsentry"), "keys", "create", "--role", "iwg",
                           "--iwg", "food-beverage", "--name", "fb-coordinator"],
                          cwd=ROOT, env={**os.environ, **portal.env}, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    token = done.stdout.strip()
    assert token.startswith("bsk_") and "\n" not in token and token not in done.stderr
    async with httpx.AsyncClient(base_url=portal.url, headers={"Authorization": f"Bearer {token}"}) as http:
        me = (await http.get("/v1/me")).json()
    assert me["role"] == "iwg" and me["iwg"] == "food-beverage" and me["name"] == "fb-coordinator"

    records = await topic_records(pipeline.kafka.bootstrap_servers, portal.settings.portal_topics.api_keys)
    mine = [json.loads(r.value) for r in records if json.loads(r.value)["name"] == "fb-coordinator"]
    assert mine and mine[0]["token_sha256"] == hash_token(token)
    assert all(token.encode() not in r.value for r in records)
    assert token not in portal.process.log_path.read_text(errors="replace")

    bad = subprocess.run([str(Path(sys.executable).parent / "brandsentry"), "keys", "create", "--role", "brand"],
                         cwd=ROOT, env={**os.environ, **portal.env}, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "brand" in bad.stderr and bad.stdout == ""

    listed = subprocess.run([str(Path(sys.executable).parent / "brandsentry"), "keys", "list"],
                            cwd=ROOT, env={**os.environ, **portal.env}, capture_output=True, text=True, timeout=60)
    assert "fb-coordinator" in listed.stdout and token not in listed.stdout
    key_id = next(line.split("\t")[0] for line in listed.stdout.splitlines() if "fb-coordinator" in line)
    revoked = subprocess.run([str(Path(sys.executable).parent / "brandsentry"), "keys", "revoke", key_id],
                             cwd=ROOT, env={**os.environ, **portal.env}, capture_output=True, text=True, timeout=60)
    assert revoked.returncode == 0
    async with httpx.AsyncClient(base_url=portal.url, headers={"X-API-Key": token}) as http:
        assert (await http.get("/v1/me")).status_code == 401


async def test_health_readiness_and_openapi(portal):
    async with httpx.AsyncClient(base_url=portal.url) as http:
        assert (await http.get("/healthz")).json() == {"status": "ok"}
        ready = (await http.get("/readyz")).json()
        assert ready == {"ready": True, "checks": {"kafka": "ok", "redis": "ok", "view": "ok", "webhook_delivery": "ok"}}
        spec = (await http.get("/openapi.json")).json()
    assert {"/v1/alerts", "/v1/alerts/{alert_id}/transitions", "/v1/webhooks", "/v1/stream/alerts",
            "/v1/brands/{brand_id}/fingerprints/image"} <= set(spec["paths"])
