"""The brand console with many alerts in the view: how fast its pages answer.

    .venv/bin/python -m bench.console [--alerts 10000] [--repeat 20]

On a fresh topic prefix against the local Kafka and Redis: `--alerts` alert snapshots of one brand are produced
onto alert-events (as the alerts service writes them, a second apart), the portal is started as a process
(as `make run` does) and waited for until its view has caught up, a brand key signs in through the console's
form, and each page is fetched `--repeat` times (median and worst, milliseconds, as an HTTP client on the same
machine sees them): the queue's first page, the next page (cursor), a seller filter (its own index), an alert
page, and filters that match few alerts (severity, free text), which read the whole view. The portal's Redis
view of the prefix is deleted at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import subprocess
import sys
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
from aiokafka import AIOKafkaProducer
from redis.asyncio import Redis
from rich.console import Console
from rich.table import Table

from brandsentry.kafka import client_kwargs, ensure_topics
from brandsentry.kafka_admin import provision_services
from brandsentry.settings import KafkaSettings, Topics, load_admin_env
from schemas import Listing, Match, Signal
from schemas.portal import Role
from services.alerts.core import new_alert
from services.portal.admin import create_key
from services.portal.settings import PortalSettings
from services.portal.view import View
from tests.support import free_port

ROOT = Path(__file__).resolve().parent.parent
TITLES = ["BOSE QC45 headphones 1:1 replica", "Bose QC45 headphones", "QuietComfort 45 copy AAA quality"]


def snapshot(i: int, topics: Topics, start: datetime):
    listing = Listing(marketplace=("taobao", "jd", "ebay")[i % 3], listing_id=f"bench-{i}",
                      url=f"https://market.example/item/{i}", title=f"{TITLES[i % 3]} lot {i}",
                      description="Noise cancelling wireless headphones, full box. " * 8,
                      price={"amount": 35 + i % 50, "currency": "USD"},
                      seller={"id": f"shop-{i % 400}", "name": "Shenzhen Audio", "country": "CN"}, observed_at=start)
    match = Match(listing_key=listing.key, listing=listing, brand_id="bose", brand_name="Bose", iwg="consumer-electronics",
                  score=0.6 + (i % 40) / 100, threshold=0.6, matcher_version="bench", index_version=1, matched_at=start,
                  signals=[Signal(rule="exact", field="title", start=0, end=4, text=listing.title[:4], term="Bose",
                                  weight=0.6)])
    return new_alert(match, topics, now=start + timedelta(seconds=i))


async def timed(http: httpx.AsyncClient, url: str, repeat: int) -> tuple[httpx.Response, list[float]]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        answer = await http.get(url)
        times.append((time.perf_counter() - began) * 1000)
        answer.raise_for_status()
    return answer, times


async def run(args, console: Console) -> Table:
    load_admin_env()
    topics = Topics(topic_prefix=f"bench-console-{uuid.uuid4().hex[:6]}.")
    settings = PortalSettings(topics=topics)
    kafka: KafkaSettings = settings.kafka
    await ensure_topics(kafka, settings.portal_topics.all())
    producer = AIOKafkaProducer(bootstrap_servers=kafka.bootstrap_servers, **client_kwargs(kafka), linger_ms=20,
                                max_batch_size=1 << 20)
    await producer.start()
    start = datetime.now(timezone.utc) - timedelta(days=1)
    try:
        for i in range(args.alerts):
            alert = snapshot(i, topics, start)
            await producer.send(topics.alert_events, alert.model_dump_json().encode(), key=alert.alert_id.encode())
        await producer.flush()
    finally:
        await producer.stop()
    token, _ = await create_key(settings, name="bench-console", role=Role.brand, brand_id="bose", created_by="bench")
    port = free_port()
    creds = (await provision_services(kafka, topics, ["portal"])).get("portal", {})
    env = {**os.environ, "BRANDSENTRY_TOPIC_PREFIX": topics.topic_prefix, "PORTAL_PORT": str(port), **creds}
    log = open(ROOT / ".local" / "bench-console-portal.log", "wb")
    began = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "services.portal"], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    table = Table(title=f"console pages with {args.alerts:,} alerts in the view (ms, {args.repeat} requests)")
    for column in ("page", "rows", "p50", "max"):
        table.add_column(column, justify="left" if column == "page" else "right")
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"the portal exited with {proc.returncode}; see {log.name}")
                try:
                    if (await http.get("/readyz")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.3)
            console.print(f"portal ready, view caught up with {args.alerts:,} alerts, in {time.monotonic() - began:.1f} s")
            form = await http.get("/console/sign-in")
            csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
            signed = await http.post("/console/sign-in", data={"csrf": csrf, "api_key": token})
            if signed.status_code != 303:
                raise RuntimeError(f"sign-in refused: {signed.status_code} {signed.text[:300]}")

            first, _ = await timed(http, "/console/queue", 1)  # warm
            older = re.search(r'id="older" href="([^"]+)"', first.text).group(1).replace("&amp;", "&")
            one = re.search(r"/console/alerts/([0-9a-f]{24})", first.text).group(1)
            pages = [("queue, first page", "/console/queue", args.repeat),
                     ("queue, next page (cursor)", older, args.repeat),
                     ("queue, one seller", "/console/queue?seller=taobao/shop-3", args.repeat),
                     ("alert page", f"/console/alerts/{one}", args.repeat),
                     ("queue, severity with no alert (reads all)", "/console/queue?severity=critical", max(3, args.repeat // 4)),
                     ("queue, rare text (reads all)", "/console/queue?q=nothing-like-this", max(3, args.repeat // 4))]
            for label, url, repeat in pages:
                answer, times = await timed(http, url, repeat)
                table.add_row(label, str(answer.text.count('<tr id="alert-')), f"{statistics.median(times):.1f}",
                              f"{max(times):.1f}")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        redis = Redis.from_url(settings.redis.url)
        await View(redis, topics.topic_prefix).wipe()
        await redis.aclose()
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.console", description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=10_000, help="alerts in the portal's view")
    parser.add_argument("--repeat", type=int, default=20, help="requests per page")
    args, _ = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    console = Console()
    console.print(asyncio.run(run(args, console)))


if __name__ == "__main__":
    main()
