"""Fetch-and-hash of listing photos (issue 15): images per second per core, cache hit rate, listings/s with images;
and the logo index at scale.

    .venv/bin/python -m bench.images [--images 60] [--listings 300]
    .venv/bin/python -m bench.images --logos 1000 10000 [--photos 60] [--no-pdq]

A loopback HTTP server (allow-listed for the run, as MATCHER_IMAGE_ALLOW_HOSTS would) serves `--images`
generated 800x600 JPEG product photos, a share of them with a registered logo. The matcher's
PhotoFetcher (services/matcher/photo_fetch.py) with the shared Redis as its cache (own key prefix,
removed afterwards) enriches `--listings` listings of 1–3 photos drawn from those images, in batches
of 50 like the matcher's loop; then the same listings again (warm cache). Printed: photos per second
and CPU time of this process (decode, pHash, PDQ x8, ORB run in threads), the cache hit rate of
each pass, and the listings per second of MatcherIndex.match on the enriched listings (40 brands with a
logo and a catalogue photo each).

`--logos N ...`: the logo index (core/logos.py) with N generated logos registered (tests.eval's logos,
seeds 0..N-1, their ORB features as the portal registers them), beside 40 logos as the baseline of the
same run: build time (wall and CPU), the process's resident memory grown by the build, per `--photos`
photo (product photos with one registered logo pasted, scaled 0.7-1.4 and turned 0-20°, and as many
without a registered logo) the candidate search and the whole search CPU time and photos per CPU-second,
the share of photos whose logo is among the candidates, recall and precision. With them (unless --no-pdq),
PDQ's search of N x 10 registered photo hashes per photo.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import time
import uuid

import structlog
from aiohttp import web
from redis.asyncio import Redis
from rich.console import Console
from rich.table import Table

from brandsentry.registry import parse_registry
from brandsentry.settings import RedisSettings, load_admin_env
from schemas import Listing
from services.matcher import metrics
from services.matcher.core import MatcherIndex
from services.matcher.core.logos import LogoIndex
from services.matcher.core.photos import Features, decode, logo_features, photo_of
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
                   "match CPU ms/listing", "listings/s (fetch + match)", "alerts"):
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
                          f"{1000 * matched / len(listings):.1f}", f"{len(listings) / (wall + matched):.1f}", str(alerts))
        # the same listings without their photos: what a text-only listing costs the same index
        listings = [Listing.model_validate({**d, "images": []}) for d in listings_doc]
        matched = time.process_time()
        alerts = sum(len(index.match(listing)) for listing in listings)
        matched = time.process_time() - matched
        table.add_row("text only", "0", "0", "—", "—", "—", "—", f"{1000 * matched / len(listings):.2f}",
                      f"{len(listings) / matched:,.0f}", str(alerts))
    finally:
        await fetcher.close()
        keys = [k async for k in redis.scan_iter(f"{prefix}*")]
        if keys:
            await redis.delete(*keys)
        await redis.aclose()
        await runner.cleanup()
    return table


def _rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _registered_logo(seed: int) -> Features:
    return logo_features(decode(jpeg(logo(seed), 95)))


def logo_scale(sizes: list[int], n_photos: int, pdq: bool = True) -> Table:
    rng = random.Random(15)
    features = [_registered_logo(seed) for seed in range(max(sizes))]
    table = Table(title=f"Logo index at scale: {n_photos} photos with a registered logo, {n_photos} without")
    for column in ("logos", "descriptors", "build s (CPU s)", "memory MB", "candidates CPU ms/photo",
                   "search CPU ms/photo", "photos/s a core", "logo among candidates", "recall", "precision",
                   "PDQ CPU ms/photo (x10 photos)"):
        table.add_column(column, justify="right")
    for n in [40, *sizes]:
        positives = [(seed, paste(product(20_000 + k), logo(seed), rng, scale=rng.choice([0.7, 1.0, 1.4]),
                                  angle=rng.choice([0, 10, 20])))
                     for k, seed in enumerate(rng.randrange(n) for _ in range(n_photos))]
        negatives = [(None, paste(product(30_000 + k), logo(100_000 + k), rng)) for k in range(n_photos)]
        photos = [(seed, photo_of(jpeg(img)).features) for seed, img in positives + negatives]
        gc.collect()
        rss, started, cpu = _rss_bytes(), time.perf_counter(), time.process_time()
        index = LogoIndex()
        for seed in range(n):
            index.add(seed, features[seed])
        index.compile()
        build, build_cpu, memory = time.perf_counter() - started, time.process_time() - cpu, _rss_bytes() - rss
        among = found = hits = right = 0
        candidate_s = search_s = 0.0
        for seed, photo in photos:
            started = time.process_time()
            candidates = index.candidates(photo)
            candidate_s += time.process_time() - started
            started = time.process_time()
            found_logos = [hit.logo for hit in index.search(photo)]
            search_s += time.process_time() - started
            among += seed is not None and any(index._logos[c][0] == seed for c in candidates)
            found += seed in found_logos
            hits += len(found_logos)
            right += found_logos.count(seed)
        pdq_ms = _pdq_scan_ms(n * 10, [photo_of(jpeg(img)) for _, img in positives[:10]]) if pdq else float("nan")
        table.add_row(f"{n:,}", f"{sum(len(f) for f in features[:n]):,}", f"{build:.1f} ({build_cpu:.1f})",
                      f"{memory / 2**20:.0f}", f"{1000 * candidate_s / len(photos):.0f}",
                      f"{1000 * search_s / len(photos):.0f}", f"{len(photos) / search_s:.1f}",
                      f"{among / n_photos:.2f}", f"{found / n_photos:.2f}", f"{right / hits:.2f}" if hits else "—",
                      f"{pdq_ms:.2f}")
        del index
    return table


def _pdq_scan_ms(n_hashes: int, photos: list) -> float:
    """CPU ms per photo of PdqDetector.detect over n_hashes random registered PDQ hashes (no hit expected)."""
    rng = random.Random(n_hashes)
    brands = [{"id": f"pdq-{b}", "name": f"PDQ brand {b}", "iwg": "apparel", "marks": [f"Pdqbrand{b}mark"],
               "images": [{"algorithm": "pdq", "max_distance": 31, "hash": f"{rng.getrandbits(256):064x}"}]}
              for b in range(n_hashes)]
    registry = parse_registry({"working_groups": [{"id": "apparel", "name": "Apparel"}], "brands": brands})
    detector = next(d for d in MatcherIndex.build(registry, version=1).detectors if d.name == "pdq")
    listings = []
    for n, photo in enumerate(photos):
        listing = Listing.model_validate({"marketplace": "bench", "listing_id": f"p-{n}", "title": "Handbag",
                                          "seller": {"id": "s"}, "observed_at": "2025-01-01T00:00:00Z",
                                          "images": [{"url": f"https://img.example/{n}.jpg"}]})
        listing.images[0].pdq, listing.images[0]._features = photo.pdq, photo
        listings.append(listing)
    started = time.process_time()
    for listing in listings:
        detector.detect(None, listing)
    return 1000 * (time.process_time() - started) / len(listings)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.images")
    parser.add_argument("--images", type=int, default=60)
    parser.add_argument("--listings", type=int, default=300)
    parser.add_argument("--logos", type=int, nargs="*", help="measure the logo index with these many logos instead")
    parser.add_argument("--photos", type=int, default=60, help="with --logos: photos with a logo (and as many without)")
    parser.add_argument("--no-pdq", action="store_true", help="with --logos: leave out PDQ at N x 10 registered photos")
    args = parser.parse_args(argv if argv is not None else [])
    if args.logos:
        Console(width=150).print(logo_scale(args.logos, args.photos, pdq=not args.no_pdq))
        return
    load_admin_env()
    Console(width=120).print(asyncio.run(run(args.images, args.listings)))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
