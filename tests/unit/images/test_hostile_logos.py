"""A hostile brand's logo fingerprints never cost another brand its listings or its logo evidence (tenant55, 2026-12-06).

A brand's own API key registers image fingerprints with their ORB features as base64 text (POST
/v1/brands/{id}/fingerprints, kind image; or a registry import). Before: a logo whose frame had width 0 divided by zero in
every search that shortlisted it, so the matcher dead-lettered every listing showing a look-alike of it, for every brand;
and a brand that registered a copy of another brand's logo made the two fail PLACE_MARGIN against each other, so the
victim's logo was never found again (core/logos.LogoIndex._same_picture)."""

from __future__ import annotations

import base64
import struct
from datetime import datetime, timezone

import numpy as np
import pytest

from brandsentry.registry import parse_registry
from services.matcher.core import MatcherIndex
from services.matcher.core.photos import PhotoError, decode, features_b64, features_from_b64, logo_features, photo_of
from services.portal import registry_cmds
from services.portal.exceptions import Invalid
from tests.unit.images.pictures import jpeg, logo, png, product, with_logo
from tests.unit.images.test_photos import _listing_with_photo

SEEDS = (3, 11, 27)


def _packed(points: np.ndarray, descriptors: np.ndarray, width: int, height: int) -> str:
    """Features as a hostile client writes them: pack_features' layout, any frame and any keypoints."""
    raw = struct.pack("<III", len(descriptors), width, height) + points.astype("<f4").tobytes() + descriptors.tobytes()
    return base64.b64encode(raw).decode()


def _degenerate(seed: int) -> dict[str, str]:
    """The victim's own logo features (copied from its public logo) in frames and keypoints no upload makes."""
    f = logo_features(decode(jpeg(logo(seed), 95)))
    nan, inf = f.points.copy(), f.points.copy()
    nan[::3], inf[::2] = np.nan, np.inf
    return {"width 0": _packed(f.points, f.descriptors, 0, f.height),
            "height 0": _packed(f.points, f.descriptors, f.width, 0),
            "NaN keypoints": _packed(nan, f.descriptors, f.width, f.height),
            "infinite keypoints": _packed(inf, f.descriptors, f.width, f.height)}


def _copies(seed: int) -> dict[str, str]:
    """The victim's logo as another brand would upload it: the same picture, re-encoded, or resized."""
    img = logo(seed)
    return {"same file": features_b64(logo_features(decode(jpeg(img, 95)))),
            "JPEG q60": features_b64(logo_features(decode(jpeg(img, 60)))),
            "PNG": features_b64(logo_features(decode(png(img)))),
            "0.7x": features_b64(logo_features(decode(jpeg(img.resize((170, 85)), 95)))),
            # tenant56: uploaded larger, a copy kept its picture but too few of its keypoints for SAME_PICTURE alone
            "1.5x JPEG q50": features_b64(logo_features(decode(jpeg(img.resize((360, 180)), 50)))),
            "2x": features_b64(logo_features(decode(jpeg(img.resize((480, 240)), 95))))}


def _index(hostile: dict[str, str], seed: int) -> MatcherIndex:
    def brand(ident: str, mark: str, features: list[str]) -> dict:
        return {"id": ident, "name": ident.title(), "iwg": "apparel", "marks": [mark],
                "images": [{"label": f"logo {n}", "algorithm": "logo", "hash": "0" * 64, "features": text}
                           for n, text in enumerate(features)]}

    victim = brand("victim", "Victimname", [features_b64(logo_features(decode(jpeg(logo(seed), 95))))])
    hostile_brands = [brand(f"hostile-{n}", f"Hostilename{n}", [text]) for n, text in enumerate(hostile.values())]
    doc = {"working_groups": [{"id": "apparel", "name": "Apparel"}], "brands": [victim, *hostile_brands]}
    return MatcherIndex.build(parse_registry(doc), version=1)


def _photo(seed: int) -> bytes:
    return jpeg(with_logo(product(600 + seed), logo(seed), scale=0.9, angle=10, at=(250, 180)))


@pytest.mark.parametrize("seed", SEEDS)
def test_logos_in_degenerate_frames_are_refused_and_the_victims_listing_still_alerts(seed):
    index = _index(_degenerate(seed), seed)
    matches = index.match(_listing_with_photo(_photo(seed)))  # raised ZeroDivisionError: dead-lettered for everyone
    victim = [m for m in matches if m.brand_id == "victim"]
    assert victim and any(s.rule == "logo" for s in victim[0].signals)
    assert not [m for m in matches if m.brand_id.startswith("hostile")]


@pytest.mark.parametrize("what", ["width 0", "height 0", "NaN keypoints", "infinite keypoints"])
def test_the_features_format_refuses_degenerate_frames_and_keypoints(what):
    with pytest.raises(PhotoError):
        features_from_b64(_degenerate(5)[what])


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("copy", ["same file", "JPEG q60", "PNG", "0.7x"])
def test_a_copy_of_another_brands_logo_never_hides_it(seed, copy):
    _never_hidden(seed, copy)


@pytest.mark.parametrize("seed, copy", [(11, "1.5x JPEG q50"), (5, "2x")])  # each hid the victim before tenant56
def test_a_larger_copy_of_another_brands_logo_never_hides_it(seed, copy):
    _never_hidden(seed, copy)


def _never_hidden(seed: int, copy: str) -> None:
    index = _index({copy: _copies(seed)[copy]}, seed)
    matches = {m.brand_id: m for m in index.match(_listing_with_photo(_photo(seed)))}
    assert "victim" in matches, f"{copy} of logo {seed} hid the victim's logo"
    assert any(s.rule == "logo" for s in matches["victim"].signals)


def test_the_portal_refuses_features_no_upload_makes_with_400():
    reg = parse_registry({"working_groups": [{"id": "apparel", "name": "Apparel"}],
                          "brands": [{"id": "hostile", "name": "Hostile", "iwg": "apparel", "marks": ["Hostilename"]}]})
    now = datetime(2026, 12, 6, tzinfo=timezone.utc)
    for what, text in _degenerate(7).items():
        spec = registry_cmds.ImageIn(kind="image", label="logo", algorithm="logo", hash="0" * 64, features=text)
        with pytest.raises(Invalid, match="features cannot be used"):
            registry_cmds.create_fingerprint(reg, "hostile", spec, by="hostile key", now=now)
        doc = {"brands": [{"id": "hostile", "name": "Hostile", "iwg": "apparel", "marks": ["Hostilename"],
                           "images": [{"label": what, "algorithm": "logo", "hash": "0" * 64, "features": text}]}]}
        with pytest.raises(Invalid, match="features cannot be used"):
            registry_cmds.import_brand(reg, "hostile", doc, by="hostile key", now=now)
    good = registry_cmds.ImageIn(kind="image", label="logo", algorithm="logo", hash="0" * 64,
                                 features=features_b64(logo_features(decode(jpeg(logo(7), 95)))))
    assert registry_cmds.create_fingerprint(reg, "hostile", good, by="hostile key", now=now)[0].features == good.features
