"""The portal's writes when what they store on fails (faults57, 2026-12-06): a full disk under a kept image, a Redis
that is full (maxmemory, noeviction) or away under the writes that take a Redis lock.

The promise (README "Guarantees": services outlive outages, `/readyz` 503 with the reason meanwhile; Redis is only a
cache): a write the portal cannot do now is answered 503 with Retry-After and a message saying why, and leaves nothing
half-written; a retry once the fault is gone does the write once.

What it found before the fix:
- an image upload with `keep=true` onto a full disk: the fingerprint was published to Kafka first, then the file
  write raised ENOSPC: 500, a fingerprint without its file; the client's retry answered 409 "exists" and the file was
  never kept;
- every write that takes the brand's (or the alert's) Redis lock answered 500 with Redis full or away: a new brand,
  a fingerprint (JSON and upload), its change and deactivation, a registry import, a triage transition, a test buy,
  a rescan request.

One portal process (no ingest, matcher, alerts) on the shared broker under a fresh prefix, a redis-server and a
64 KiB tmpfs of the test's own (as root; skipped where mounting is not allowed): ~10 s on 2 cores.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import uuid
from pathlib import Path

import httpx
import pytest
from redis.asyncio import Redis

from brandsentry.settings import KafkaSettings
from services.portal.settings import PortalTopics
from tests.faults.harness import SOAK_ONLY, Stack, log, seed_registry
from tests.unit.images.pictures import logo, png


@contextlib.contextmanager
def tiny_disk(path: Path, size: str = "64k"):
    """A tmpfs of `size` at `path` (unmounted after); skip the test where this process may not mount."""
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()[:100]})")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def fill(path: Path) -> None:
    """Fill the filesystem of `path` to the last byte."""
    with open(path / "ballast", "wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)


async def portal_only(name: str, own_redis, workdir: Path, extra_env: dict[str, str]) -> Stack:
    from brandsentry.seed import publish_registry

    stack = Stack(name, bootstrap=KafkaSettings().bootstrap_servers, redis_url=own_redis.url, workdir=workdir,
                  extra_env=extra_env)
    await publish_registry(seed_registry(), kafka=stack.kafka, topics=stack.topics)
    await stack.start("portal")
    await stack.make_key("ops", "operator")
    await stack.make_key("bose", "brand", brand_id="bose")
    return stack


@pytest.mark.timeout(180)
async def test_a_full_disk_and_a_full_or_absent_redis_answer_503_and_leave_nothing_half_written(own_redis, tmp_path):
    images = tmp_path / "images"
    with tiny_disk(images):
        stack = await portal_only("portal-storage", own_redis, tmp_path / "stack", {"PORTAL_IMAGE_DIR": str(images)})
        redis = Redis.from_url(own_redis.url)
        try:
            # ---------------------------------------------------------------- a full disk under a kept image
            fill(images)
            picture = png(logo(11))
            async with stack.portal("bose") as me:
                upload = dict(files={"file": ("logo.png", picture, "image/png")},
                              data={"label": "Bose logo", "algorithm": "logo", "keep": "true"})
                full = await me.post("/v1/brands/bose/fingerprints/image", **upload)
                listed = [f for f in (await me.get("/v1/brands/bose/fingerprints")).json()
                          if f["kind"] == "image" and f.get("label") == "Bose logo"]
                log(f"{stack.name}: upload onto a full disk: {full.status_code} {full.text[:160]}; "
                    f"fingerprints registered: {len(listed)}")
                assert full.status_code in (503, 507), full.text
                assert "space" in full.json()["detail"] and full.headers.get("Retry-After"), full.text
                assert listed == []  # no fingerprint without its file
                (images / "ballast").unlink()
                retry = await me.post("/v1/brands/bose/fingerprints/image", **upload)
                assert retry.status_code == 201, retry.text
                stored = images / retry.json()["stored_as"]
                assert stored.read_bytes() == picture
                again = await me.post("/v1/brands/bose/fingerprints/image", **upload)  # the answer lost, sent again
                assert again.status_code == 200 and again.json()["fingerprint"] == retry.json()["fingerprint"], again.text
                listed = [f for f in (await me.get("/v1/brands/bose/fingerprints")).json()
                          if f["kind"] == "image" and f.get("label") == "Bose logo"]
                assert len(listed) == 1 and sorted(p.name for p in (images / "bose").iterdir()) == [stored.name]

            # ---------------------------------------------------------------- Redis full, then away
            logo_id = retry.json()["fingerprint"]["id"]
            async with stack.portal("bose") as me:
                export = (await me.get("/v1/brands/bose/registry/export")).text
            records_before = await stack.count(stack.topics.fingerprints)
            changes_before = await stack.count(PortalTopics(stack.topics).registry_changes)
            for fault in ("full", "away"):
                if fault == "full":
                    await redis.config_set("maxmemory", "1")  # every write refused (OOM), reads served
                else:
                    await redis.config_set("maxmemory", "0")
                    own_redis.stop()
                answers = await _every_locked_write(stack, logo_id, export)
                log(f"{stack.name}: Redis {fault}: " + ", ".join(f"{w} {s}" for w, (s, _, _) in answers.items()))
                for what, (status, retry_after, detail) in answers.items():
                    assert status == 503 and retry_after and "Redis" in detail, (fault, what, status, detail)
            assert await stack.count(stack.topics.fingerprints) == records_before  # nothing half-written
            assert await stack.count(PortalTopics(stack.topics).registry_changes) == changes_before
        finally:
            await redis.aclose()
            await stack.stop()


async def _every_locked_write(stack: Stack, fp_id: str, export: str) -> dict[str, tuple[int, str | None, str]]:
    """Each portal write that takes a Redis lock, tried once: what -> (status, Retry-After, detail)."""
    mark = f"Velmorant{uuid.uuid4().hex[:6]}"
    out = {}
    async with stack.portal("ops") as ops, stack.portal("bose") as me:
        tries = {
            "new brand": ops.post("/v1/brands", json={"id": f"b-{uuid.uuid4().hex[:6]}", "name": f"B {mark}",
                                                      "iwg": "consumer-electronics", "categories": ["headphones"]}),
            "fingerprint": me.post("/v1/brands/bose/fingerprints", json={"kind": "mark", "value": mark}),
            "upload": me.post("/v1/brands/bose/fingerprints/image",
                              files={"file": ("l.png", png(logo(12)), "image/png")}, data={"algorithm": "logo"}),
            "change": me.patch(f"/v1/brands/bose/fingerprints/{fp_id}", json={"label": mark}),
            "deactivate": me.delete(f"/v1/brands/bose/fingerprints/{fp_id}"),
            "import": me.post("/v1/brands/bose/registry/import", content=export,
                              headers={"Content-Type": "application/yaml"}),
            "rescan": me.post("/v1/brands/bose/rescans", json={"since": "2026-01-01T00:00:00Z"}),
        }
        for what, call in tries.items():
            try:
                answer = await call
            except httpx.HTTPError as exc:  # before faults57: an unhandled error, the connection closed unanswered
                out[what] = (0, None, f"no answer: {type(exc).__name__}")
                continue
            detail = answer.json().get("detail", "") if "json" in answer.headers.get("content-type", "") else answer.text
            out[what] = (answer.status_code, answer.headers.get("Retry-After"), str(detail)[:200])
    return out


@SOAK_ONLY  # two portal boots (~22 s on 2 cores); make test holds the fix by test_a_rescan_status_comes_back_from_kafka
@pytest.mark.timeout(180)
async def test_a_rescan_answered_survives_redis_emptied_while_the_portal_is_dead(own_redis, tmp_path):
    """faults57, leftover of faults56: what must survive is a rescan the portal answered for (the 202 of
    POST .../rescans, the 201 of a fingerprint change that starts one by itself). The portal killed (kill -9) within
    the automatic rescan's debounce, Redis emptied (a restart without persistence) before it comes back: the portal
    rebuilds its view (keys, alerts, suppressions, test buys) from Kafka, but the rescans were in Redis only: 2 of 2
    answered were gone (the fix: the rescans topic, services/portal/README.md)."""
    stack = await portal_only("rescan-wipe", own_redis, tmp_path / "stack",
                              {"PORTAL_RESCAN_DEBOUNCE_S": "30", "PORTAL_RESCAN_LEASE_S": "6"})
    try:
        async with stack.portal("bose") as me:
            answer = await me.post("/v1/brands/bose/fingerprints", json={"kind": "mark", "value": f"Q{uuid.uuid4().hex[:8]}"})
            assert answer.status_code == 201, answer.text
            asked = await me.post("/v1/brands/bose/rescans", json={"since": "2026-01-01T00:00:00Z", "dry_run": True})
            assert asked.status_code == 202, asked.text
            before = {r["id"]: r["trigger"] for r in (await me.get("/v1/brands/bose/rescans")).json()}
        stack.kill9("portal")
        await own_redis.flushall()
        await stack.start("portal")
        async with stack.portal("bose") as me:
            for _ in range(120):  # until both ran (a dry run of an empty listings topic ends at once)
                after = {r["id"]: (r["trigger"], r["state"]) for r in (await me.get("/v1/brands/bose/rescans")).json()}
                if set(before) <= set(after) and all(after[i][1] == "done" for i in before):
                    break
                await asyncio.sleep(0.5)
        log(f"{stack.name}: rescans answered before the kill: {len(before)} {sorted(before.values())}; "
            f"after Redis was emptied and the portal restarted: {len(after)} {sorted(after.values())}")
        assert set(before) <= set(after) and all(after[i][1] == "done" for i in before), (before, after)
    finally:
        await stack.stop()


@pytest.mark.timeout(60)
async def test_a_rescan_status_comes_back_from_kafka_and_never_hides_progress(own_redis):
    """What make test holds of the fix above, with a redis-server of the test's own and no Kafka (about 1 s): the
    projector's rescans handler gives an emptied Redis every status back, a `running` one without a lease (a live
    portal takes it over); it never writes a `running` record over the status a running portal keeps (its
    progress), and an ended one always wins."""
    from datetime import datetime, timezone

    from aiokafka import ConsumerRecord

    from brandsentry.settings import KafkaSettings, Topics
    from services.portal.projector import Projector
    from services.portal.rescan import RescanStatus
    from services.portal.settings import PortalTopics
    from services.portal.view import View

    topics = Topics(topic_prefix=f"t{uuid.uuid4().hex[:8]}.")
    redis = Redis.from_url(own_redis.url)
    view = View(redis, topics.topic_prefix)
    projector = Projector(kafka=KafkaSettings(), topics=PortalTopics(topics), view=view, log=None)
    asked = RescanStatus(id="rs_0123456789abcdef", brand_id="bose", since=datetime(2026, 12, 1, tzinfo=timezone.utc),
                         dry_run=False, started_by="bose", started_at=datetime(2026, 12, 6, tzinfo=timezone.utc),
                         trigger="fingerprint_change", fingerprint_ids=["bose.mark.x"])

    def record(status: RescanStatus) -> ConsumerRecord:
        return ConsumerRecord(PortalTopics(topics).rescans, 0, 0, 0, 0, status.id.encode(),
                              status.model_dump_json().encode(), None, 0, 0, [])

    async def shown() -> list[RescanStatus]:
        ids = [i.decode() for i in await redis.zrevrange(view.rescans_index("bose"), 0, -1)]
        return [RescanStatus.model_validate_json(await redis.get(view.rescan_key(i))) for i in ids]

    try:
        await projector._rescans([record(asked)])  # Redis emptied: the answered rescan is back, running, no lease
        assert [(s.id, s.state) for s in await shown()] == [(asked.id, "running")]
        assert await redis.exists(f"{view.p}rescan-lease:{asked.id}") == 0
        progress = asked.model_copy(update={"listings_read": 40, "listings_total": 100})
        await redis.set(view.rescan_key(asked.id), progress.model_dump_json())
        await projector._rescans([record(asked)])  # the running record replayed: the progress stays
        assert (await shown())[0].listings_read == 40
        ended = progress.model_copy(update={"state": "done", "listings_read": 100,
                                            "finished_at": datetime(2026, 12, 6, 1, tzinfo=timezone.utc)})
        await projector._rescans([record(ended)])
        assert [(s.state, s.listings_read) for s in await shown()] == [("done", 100)]
    finally:
        await redis.aclose()
