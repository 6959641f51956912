"""Fetch-and-hash of listing photos (issue 15): images per second per core, cache hit rate, listings/s with images.

    .venv/bin/python -m bench.images [--images 60] [--listings 300]

A loopback HTTP server (allow-listed for the run, as MATCHER_IMAGE_ALLOW_HOSTS would) serves `--images`
generated 800x600 JPEG product photos, a share of them with a registered logo. The matcher's
PhotoFetcher (services/matcher/photo_fetch.py) with the shared Redis as its cache (own key prefix,
removed afterwards) enriches `--listings` listings of 1–3 photos drawn from those images, in batches
of 50 like the matcher's loop; then the same listings again (warm cache). Printed: photos per second
and CPU time of this process (decode, pHash, PDQ x8, ORB run in threads), the cache hit rate of
each pass, and the listings per second of MatcherIndex.match on the enriched listings (40 brands with a
logo and a catalogue photo each).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
import uuid

import structlog
from aiohttp import web
from redis.asyncio import Redis
from rich.console import Console
from rich.table import Table

from brandsentry.settings import RedisSettings, load_admin_env
from schemas import Listing
from services.matcher import metrics
from services.matcher.core import MatcherIndex
from services.matcher.photo_fetch import PhotoFetcher
from services.matcher.settings import ImageSettings
from tests.eval.logos import BRANDS, jpeg, logo, paste, product, registry

OUTCOMES = ("fetched", "cached", "fetched_known_bytes", "refused", "failed", "too_large", "not_image", "timeout", "error")


def _counts() -> dict[str, float]:
    return {o: metrics.IMAGE_FETCHES.labels(o)._value.get() for o in OUTCOMES}


async def run(n_images: int, n_listings: int) -> Table:
    rng = random.Random(15)
    images = []
    for k in range(n_images):
        photo = product(9000 + k)
        if k % 3 == 0:
            photo = paste(photo, logo(rng.randrange(BRANDS)), rng, scale=rng.choice([0.7, 1.0, 1.4]), angle=rng.choice([0, 15]))
        images.append(jpeg(photo))

    async def serve(request: web.Request) -> web.Response:
        return web.Response(body=images[int(request.match_info["n"])], content_type="image/jpeg")

    app = web.Application()
    app.router.add_get("/{n}.jpg", serve)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"

    listings_doc = [{"marketplace": "bench", "listing_id": f"b-{i}", "title": "Handbag, new", "seller": {"id": "s"},
                     "observed_at": "2025-01-01T00:00:00Z",
                     "images": [{"url": f"{base}/{rng.randrange(n_images)}.jpg"} for _ in range(rng.randint(1, 3))]}
                    for i in range(n_listings)]
    redis = Redis.from_url(RedisSettings().url)
    prefix = f"bench-{uuid.uuid4().hex[:8]}:"
    fetcher = PhotoFetcher(ImageSettings(allow_hosts=["127.0.0.1"], cache_ttl_s=3600), redis, structlog.get_logger(),
                           key_prefix=prefix)
    index = MatcherIndex.build(registry(), version=1)
    table = Table(title=f"Image fetch and hash: {n_images} distinct photos, {n_listings} listings (1–3 photos each)")
    for column in ("pass", "photos", "hashed", "wall s", "photos/s", "CPU ms per hashed photo", "cache hit rate",
                   "match CPU ms/listing", "alerts"):
        table.add_column(column, justify="right")
    try:
        for name in ("cold cache", "warm cache"):
            listings = [Listing.model_validate(d) for d in listings_doc]
            before = _counts()
            wall, cpu = time.perf_counter(), time.process_time()
            for start in range(0, len(listings), 50):
                await fetcher.enrich(listings[start:start + 50])
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            after = _counts()
            done = {o: after[o] - before[o] for o in OUTCOMES}
            photos = sum(1 for listing in listings for image in listing.images[:fetcher.settings.max_per_listing])
            hits = photos - done["fetched"]  # photos not hashed in this pass: cache, same bytes, or shared in-flight
            matched = time.process_time()
            alerts = sum(len(index.match(listing)) for listing in listings)
            matched = time.process_time() - matched
            hashed = done["fetched"]
            table.add_row(name, f"{photos:.0f}", f"{hashed:.0f}", f"{wall:.1f}", f"{photos / wall:.1f}",
                          f"{1000 * cpu / hashed:.0f}" if hashed else "—", f"{hits / photos:.2f}" if photos else "—",
                          f"{1000 * matched / len(listings):.0f}", str(alerts))
    finally:
        await fetcher.close()
        keys = [k async for k in redis.scan_iter(f"{prefix}*")]
        if keys:
            await redis.delete(*keys)
        await redis.aclose()
        await runner.cleanup()
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.images")
    parser.add_argument("--images", type=int, default=60)
    parser.add_argument("--listings", type=int, default=300)
    args = parser.parse_args(argv if argv is not None else [])
    load_admin_env()
    Console(width=120).print(asyncio.run(run(args.images, args.listings)))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
