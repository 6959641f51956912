"""Issue 15: a brand registers a logo (found inside listing photos) or a PDQ photo by upload."""

from __future__ import annotations

import io

from PIL import Image

from services.matcher.core.photos import features_from_b64
from tests.unit.images.pictures import logo, png


async def test_a_logo_upload_registers_its_features_and_a_plain_image_is_refused_with_the_reason(portal):
    async with portal.client("bose-alice") as me:
        answer = await me.post("/v1/brands/bose/fingerprints/image", files={"file": ("logo.png", png(logo(8)), "image/png")},
                               data={"label": "Bose logo", "algorithm": "logo"})
        assert answer.status_code == 201, answer.text
        fp = answer.json()["fingerprint"]
        assert fp["algorithm"] == "logo" and len(fp["hash"]) == 64 and len(features_from_b64(fp["features"])) >= 30

        photo = await me.post("/v1/brands/bose/fingerprints/image", files={"file": ("p.png", png(logo(8)), "image/png")},
                              data={"label": "catalogue", "algorithm": "pdq", "max_distance": "31"})
        assert photo.status_code == 201 and photo.json()["fingerprint"]["max_distance"] == 31  # the same picture as a PDQ photo
        assert photo.json()["fingerprint"]["id"] != fp["id"]
        assert len(features_from_b64(photo.json()["fingerprint"]["features"])) >= 30  # a cropped copy is found by them

        flat = io.BytesIO()
        Image.new("RGB", (200, 100), "white").save(flat, "PNG")
        plain = await me.post("/v1/brands/bose/fingerprints/image", files={"file": ("w.png", flat.getvalue(), "image/png")},
                              data={"algorithm": "logo"})
        assert plain.status_code == 400 and "too few distinct features" in plain.json()["detail"]

        wide = await me.post("/v1/brands/bose/fingerprints/image", files={"file": ("l.png", png(logo(10)), "image/png")},
                             data={"algorithm": "phash", "max_distance": "100"})
        assert wide.status_code == 400 and "at most 64" in wide.json()["detail"]
