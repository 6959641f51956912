"""Issue 15 end to end: a listing with only an image URL, whose photo shows a registered logo, raises that brand's
alert with the box in its evidence; a photo that cannot be fetched costs nothing but the photo."""

from __future__ import annotations

import re
import uuid

import pytest
from aiohttp import web

from schemas import Brand, ImageFingerprint, RegistryRecord, fingerprint_id
from services.matcher.core.photos import decode, features_b64, logo_features, photo_of
from tests.integration.test_live_fingerprints import index_version, metrics_text, publish, wait_index_at_least
from tests.integration.test_pipeline import alerts_for, post
from tests.support import key, listing
from tests.unit.images.pictures import jpeg, logo, png, product, with_logo

pytestmark = pytest.mark.integration

FAILED = re.compile(r'^brandsentry_matcher_image_fetches_total\{outcome="refused"\} (\S+)$', re.M)


@pytest.fixture
async def photo_server():
    photo = jpeg(with_logo(product(21), logo(33), scale=0.9, angle=12, at=(320, 240), cover=0.15))
    app = web.Application()
    app.router.add_get("/p/{name}", lambda request: web.Response(body=photo, content_type="image/jpeg"))
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    yield f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
    await runner.cleanup()


async def test_a_listing_with_only_an_image_url_raises_the_logo_brand_with_the_box(pipeline, photo_server):
    brand_id = f"logoco-{uuid.uuid4().hex[:6]}"
    brand = Brand(id=brand_id, name="Logoco", iwg="apparel-footwear")
    image = decode(png(logo(33)))
    fp = ImageFingerprint(id=fingerprint_id(brand_id, "image", "logo"), brand_id=brand_id, label="Logoco logo",
                          algorithm="logo", hash=photo_of(png(logo(33))).pdq,
                          features=features_b64(logo_features(image)))
    before = await index_version(pipeline.matcher_ops_url)
    await publish(pipeline, RegistryRecord(type="brand", brand=brand), RegistryRecord(type="fingerprint", fingerprint=fp))
    await wait_index_at_least([pipeline.matcher_ops_url], before + 2)

    url = f"{photo_server}/p/{uuid.uuid4().hex}.jpg"
    doc = listing("Leather tote bag, new with tags", category="bags", images=[{"url": url}])
    assert (await post(pipeline, doc)).status_code == 202
    [alert] = await alerts_for(pipeline, pipeline.topics.alerts_brand(brand_id), key(doc))
    [signal] = [s for s in alert.match.signals if s.rule == "logo"]
    assert signal.url == url and signal.fingerprint_id == fp.id and signal.inliers >= 15
    x0, y0, x1, y1 = signal.box
    assert 290 <= x0 <= 350 and 200 <= y0 <= 280 and x1 - x0 > 150 and y1 - y0 > 70
    assert signal.content_hash == alert.match.listing.images[0].sha256


async def test_a_refused_image_is_counted_and_the_listing_still_alerts_on_its_text(pipeline):
    refused_before = sum(float(v) for v in FAILED.findall(await metrics_text(pipeline.matcher_ops_url)))
    doc = listing("Bose QuietComfort replica headphones", images=[{"url": "http://169.254.169.254/latest/meta-data/x.jpg"}])
    assert (await post(pipeline, doc)).status_code == 202
    [alert] = await alerts_for(pipeline, pipeline.topics.alerts_brand("bose"), key(doc))
    assert "link-local" in alert.match.listing.images[0].fetch_error
    refused_after = sum(float(v) for v in FAILED.findall(await metrics_text(pipeline.matcher_ops_url)))
    assert refused_after == refused_before + 1
