"""Issue 15 in the console: a brand uploads its logo; a listing whose photo shows it is an alert whose page draws the box."""

from __future__ import annotations

import uuid

import pytest

from schemas import alert_id
from tests.integration.images.test_pipeline_images import photo_server  # noqa: F401  (the loopback photo server)
from tests.integration.images.test_pipeline_images import index_version, wait_index_at_least
from tests.integration.portal.conftest import portal_alert, post_listing
from tests.support import key, listing
from tests.unit.images.pictures import logo, png

from .conftest import console_client

pytestmark = pytest.mark.integration


async def test_the_alert_page_shows_the_photo_with_the_logo_box(pipeline, portal, photo_server):  # noqa: F811
    before = await index_version(pipeline.matcher_ops_url)
    async with portal.client("bose-alice") as me:
        answer = await me.post("/v1/brands/bose/fingerprints/image", files={"file": ("logo.png", png(logo(33)), "image/png")},
                               data={"label": "Bose logo (test)", "algorithm": "logo"})
        assert answer.status_code == 201, answer.text
    await wait_index_at_least([pipeline.matcher_ops_url], before + 1)
    doc = listing("Over-ear headphones, new", images=[{"url": f"{photo_server}/p/{uuid.uuid4().hex}.jpg"}])
    await post_listing(pipeline, doc)
    await portal_alert(portal, "bose-alice", key(doc))
    async with console_client(portal, portal.tokens["bose-alice"]) as (http, _):
        page = await http.get(f"/console/alerts/{alert_id('bose', key(doc))}")
        assert page.status_code == 200
        assert '<svg class="logo-box"' in page.text and "data:image/jpeg;base64," in page.text and "<rect x=" in page.text
