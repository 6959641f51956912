"""The matcher's image fetch against a local HTTP server (loopback, allow-listed as an operator would) and real Redis."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import structlog
from aiohttp import web
from redis.asyncio import Redis

from brandsentry.registry import parse_registry
from services.matcher import metrics
from services.matcher.core import MatcherIndex
from services.matcher.core.photos import features_b64, logo_features, photo_of
from services.matcher.photo_fetch import PhotoFetcher
from services.matcher.settings import ImageSettings
from tests.unit.images.pictures import jpeg, logo, png, product, with_logo
from tests.unit.matcher.conftest import make_listing

pytestmark = pytest.mark.integration

LOGO_PHOTO = jpeg(with_logo(product(11), logo(2), scale=1.2, angle=-20, at=(250, 180)))


@pytest.fixture
async def site():
    """A loopback image server; `hits` counts requests per path."""
    hits: dict[str, int] = {}
    bomb = png_bomb()

    async def serve(request: web.Request) -> web.StreamResponse:
        path = request.match_info["name"]
        hits[path] = hits.get(path, 0) + 1
        if path in ("photo.jpg", "same-bytes.jpg"):
            return web.Response(body=LOGO_PHOTO, content_type="image/jpeg")
        if path == "to-private":
            raise web.HTTPFound("http://10.20.30.40/photo.jpg")
        if path == "to-mapped-loopback":
            raise web.HTTPFound("http://[::ffff:7f00:2]/photo.jpg")
        if path == "slow.jpg":
            await asyncio.sleep(1.5)
            return web.Response(body=LOGO_PHOTO, content_type="image/jpeg")
        if path == "big.jpg":
            return web.Response(body=b"\xff" * 300_000, content_type="image/jpeg")
        if path == "bomb.png":
            return web.Response(body=bomb, content_type="image/png")
        if path == "page.html":
            return web.Response(text="<html>no</html>", content_type="text/html")
        return web.Response(status=404)

    app = web.Application()
    app.router.add_get("/{name}", serve)
    runner = web.AppRunner(app)
    await runner.setup()
    server = web.TCPSite(runner, "127.0.0.1", 0)
    await server.start()
    port = server._server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}", hits
    await runner.cleanup()


def png_bomb() -> bytes:
    from PIL import Image
    import io
    out = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
async def fetcher(redis_settings):
    redis = Redis.from_url(redis_settings.url)
    settings = ImageSettings(allow_hosts=["127.0.0.1"], max_bytes=200_000, max_pixels=20_000_000, timeout_s=10,
                             cache_ttl_s=900)  # the keys go away by themselves too
    prefix = f"test-{uuid.uuid4().hex[:8]}:"
    f = PhotoFetcher(settings, redis, structlog.get_logger(), key_prefix=prefix)
    yield f
    await f.close()
    keys = [k async for k in redis.scan_iter(f"{prefix}*")]
    if keys:
        await redis.delete(*keys)
    await redis.aclose()


def count(outcome: str) -> float:
    return metrics.IMAGE_FETCHES.labels(outcome)._value.get()


@pytest.fixture(scope="module")
def index():
    brands = [{"id": f"brand-{s}", "name": f"Brand {s}", "iwg": "apparel", "marks": [f"Brandname{s}"],
               "images": [{"label": "logo", "algorithm": "logo", "hash": photo_of(png(logo(s))).pdq,
                           "features": features_b64(logo_features(logo(s)))}]} for s in range(6)]
    return MatcherIndex.build(parse_registry({"working_groups": [{"id": "apparel", "name": "Apparel"}],
                                              "brands": brands}), version=1)


async def test_a_listing_with_only_an_image_url_raises_the_logo_brand_with_its_box(site, fetcher, index):
    base, hits = site
    listing = make_listing("Handbag, new", images=[{"url": f"{base}/photo.jpg"}])
    await fetcher.enrich([listing])
    image = listing.images[0]
    assert image.fetch_error is None and len(image.sha256) == 64 and len(image.pdq) == 64
    matches = index.match(listing)
    assert [m.brand_id for m in matches] == ["brand-2"]
    signal = next(s for s in matches[0].signals if s.rule == "logo")
    assert signal.url == f"{base}/photo.jpg" and signal.content_hash == image.sha256
    x0, y0, x1, y1 = signal.box
    assert 230 <= x0 <= 290 and 160 <= y0 <= 220 and x1 - x0 > 150
    assert '"sha256"' in listing.model_dump_json() and "_features" not in listing.model_dump_json()


async def test_the_same_url_and_the_same_bytes_are_fetched_and_hashed_once(site, fetcher):
    base, hits = site
    hashed = count("fetched")
    first = [make_listing("a", images=[{"url": f"{base}/photo.jpg"}]) for _ in range(3)]
    await fetcher.enrich(first[:1])
    await fetcher.enrich(first[1:])
    assert hits["photo.jpg"] == 1 and count("fetched") == hashed + 1
    other = make_listing("b", images=[{"url": f"{base}/same-bytes.jpg"}])
    await fetcher.enrich([other])
    assert hits["same-bytes.jpg"] == 1 and count("fetched") == hashed + 1  # downloaded, not hashed again
    assert other.images[0].sha256 == first[2].images[0].sha256


async def test_a_listing_image_with_the_content_hash_of_a_cached_photo_is_not_downloaded(site, fetcher, index):
    base, hits = site
    first = make_listing("a", images=[{"url": f"{base}/photo.jpg"}])
    await fetcher.enrich([first])
    known = first.images[0].sha256
    cached = count("cached")
    # another URL for the same photo, its sender giving the content hash: answered from the cache, no request
    again = make_listing("b", images=[{"url": f"{base}/same-bytes.jpg", "sha256": known}])
    await fetcher.enrich([again])
    assert "same-bytes.jpg" not in hits and count("cached") == cached + 1
    assert again.images[0].sha256 == known and again.images[0].pdq == first.images[0].pdq
    assert any(s.rule == "logo" and s.content_hash == known for m in index.match(again) for s in m.signals)
    # a content hash the cache does not know: the URL is downloaded and the photo's own hash replaces it
    unknown = make_listing("c", images=[{"url": f"{base}/same-bytes.jpg", "sha256": "0" * 64}])
    await fetcher.enrich([unknown])
    assert hits["same-bytes.jpg"] == 1 and unknown.images[0].sha256 == known


@pytest.mark.parametrize("url, reason", [
    ("http://10.0.0.7/p.jpg", "private"),
    ("http://169.254.169.254/latest/meta-data", "link-local"),
    ("http://0x7f000002/p.jpg", "loopback"),
    ("http://2130706434/p.jpg", "loopback"),
    ("http://[::ffff:10.0.0.1]/p.jpg", "private"),
    ("http://[2002:a00:1::]/p.jpg", "embedded 10.0.0.1"),
    ("http://[64:ff9b::a9fe:a9fe]/p.jpg", "embedded 169.254.169.254"),
    ("http://user:pw@127.0.0.1/p.jpg", "credentials"),
    ("file:///etc/passwd", "http or https"),
])
async def test_the_guard_refuses_private_addresses_in_every_form(fetcher, url, reason):
    listing = make_listing("Sony headphones", images=[{"url": url}])
    await fetcher.enrich([listing])
    assert reason in listing.images[0].fetch_error and listing.images[0].sha256 is None


@pytest.mark.parametrize("path, reason", [
    ("to-private", "10.20.30.40, a private address"),
    ("to-mapped-loopback", "loopback (embedded 127.0.0.2)"),
    ("big.jpg", "bytes, at most 200000"),
    ("bomb.png", "too many pixels"),
    ("page.html", "not an image"),
    ("missing.jpg", "HTTP 404"),
])
async def test_a_failed_image_is_marked_counted_and_the_listing_still_matched_on_its_text(site, fetcher, index, path, reason):
    base, _ = site
    listing = make_listing("Brandname3 handbag", images=[{"url": f"{base}/{path}"}])
    failures = sum(count(o) for o in ("refused", "failed", "too_large", "not_image", "timeout"))
    await fetcher.enrich([listing])
    assert reason in listing.images[0].fetch_error
    assert sum(count(o) for o in ("refused", "failed", "too_large", "not_image", "timeout")) == failures + 1
    assert [m.brand_id for m in index.match(listing)] == ["brand-3"]


async def test_a_slow_host_costs_a_batch_its_budget_only_and_its_photo_is_cached_for_later_listings(site, fetcher, index):
    base, hits = site
    fetcher.settings = fetcher.settings.model_copy(update={"batch_budget_s": 0.3})
    first = make_listing("Brandname4 bag", images=[{"url": f"{base}/slow.jpg"}])
    await fetcher.enrich([first])
    assert "budget" in first.images[0].fetch_error and [m.brand_id for m in index.match(first)] == ["brand-4"]
    fetcher.settings = fetcher.settings.model_copy(update={"batch_budget_s": 30})
    later = make_listing("Bag", images=[{"url": f"{base}/slow.jpg"}])
    await fetcher.enrich([later])  # joins the fetch still in flight, or reads the cache it filled
    assert later.images[0].fetch_error is None and hits["slow.jpg"] == 1
    assert [m.brand_id for m in index.match(later)] == ["brand-2"]
