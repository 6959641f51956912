"""Pure image code: safe decoding, PDQ near-duplicates, logos inside photos with a box."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageEnhance

from brandsentry.registry import parse_registry
from services.matcher.core import MatcherIndex
from services.matcher.core.logos import LogoIndex
from services.matcher.core.photos import (
    PhotoError,
    decode,
    features_b64,
    logo_features,
    pack_photo,
    photo_of,
    unpack_photo,
)
from services.portal.images import hashes_of
from tests.unit.images.pictures import jpeg, logo, mirrored, png, product, with_logo
from tests.unit.matcher.conftest import make_listing


def hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def test_a_decompression_bomb_is_refused_before_decoding():
    bomb = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(bomb, format="PNG")  # ~50 KB that inflate to 400 M pixels
    assert len(bomb.getvalue()) < 200_000
    with pytest.raises(PhotoError, match="too many pixels"):
        decode(bomb.getvalue(), max_pixels=40_000_000)


def test_bytes_that_are_not_an_image_are_refused():
    with pytest.raises(PhotoError, match="not an image"):
        decode(b"<html>not a photo</html>")


def test_cached_form_round_trips():
    photo = photo_of(jpeg(with_logo(product(1), logo(1))))
    back = unpack_photo(pack_photo(photo))
    assert (back.phash, back.pdq, back.pdq_variants) == (photo.phash, photo.pdq, photo.pdq_variants)
    assert (back.features.descriptors == photo.features.descriptors).all()


@pytest.mark.parametrize("edit", ["resize", "recompress", "crop", "mirror", "colour"])
def test_pdq_finds_a_near_duplicate_of_a_registered_product_photo(edit):
    original = with_logo(product(3), logo(3))
    edited = {
        "resize": lambda im: im.resize((400, 300)),
        "recompress": lambda im: Image.open(io.BytesIO(jpeg(im, quality=35))),
        "crop": lambda im: im.crop((8, 6, 792, 594)),  # 1 % a side: PDQ is not made for larger crops
        "mirror": mirrored,
        "colour": lambda im: ImageEnhance.Color(ImageEnhance.Brightness(im).enhance(1.15)).enhance(0.7),
    }[edit](original)
    registered = photo_of(png(original))
    seen = photo_of(jpeg(edited))
    assert min(hamming(registered.pdq, v) for v in seen.pdq_variants) <= 31
    other = photo_of(jpeg(with_logo(product(4), logo(4))))
    assert min(hamming(registered.pdq, v) for v in other.pdq_variants) > 31


def _registry():
    brands = []
    for seed in range(12):
        brands.append({"id": f"brand-{seed}", "name": f"Brand {seed}", "iwg": "apparel", "marks": [f"Brandname{seed}"],
                       "images": [{"label": "logo", "algorithm": "logo", "hash": photo_of(png(logo(seed))).pdq,
                                   "features": features_b64(logo_features(logo(seed)))}]})
    photo_hash, photo_features = hashes_of(png(product(50)), "pdq")  # as the portal registers an uploaded photo
    brands.append({"id": "photo-brand", "name": "Photo Brand", "iwg": "apparel", "marks": ["Photobrand"],
                   "images": [{"label": "catalogue photo", "algorithm": "pdq", "max_distance": 31,
                               "hash": photo_hash, "features": photo_features}]})
    return parse_registry({"working_groups": [{"id": "apparel", "name": "Apparel"}], "brands": brands})


@pytest.fixture(scope="module")
def image_index():
    return MatcherIndex.build(_registry(), version=1)


def _listing_with_photo(data: bytes):
    listing = make_listing("Nice handbag, new", images=[{"url": "https://img.example/1.jpg"}])
    photo = photo_of(data)
    image = listing.images[0]
    image.pdq, image.phash, image.sha256, image._features = photo.pdq, photo.phash, "0" * 64, photo
    return listing


def test_a_scaled_rotated_partly_covered_logo_in_a_photo_is_found_with_its_box(image_index):
    photo = with_logo(product(7), logo(5), scale=0.8, angle=15, at=(300, 150), cover=0.2)
    matches = image_index.match(_listing_with_photo(jpeg(photo)))
    assert [m.brand_id for m in matches] == ["brand-5"]
    signal = next(s for s in matches[0].signals if s.rule == "logo")
    x0, y0, x1, y1 = signal.box
    assert 280 <= x0 <= 330 and 130 <= y0 <= 180 and x1 > x0 + 100 and y1 > y0 + 50
    assert signal.inliers >= 12 and signal.url == "https://img.example/1.jpg" and signal.content_hash == "0" * 64


def test_a_photo_without_any_logo_matches_nothing(image_index):
    assert image_index.match(_listing_with_photo(jpeg(product(8)))) == []


def test_a_mirrored_copy_of_a_registered_photo_is_found_by_pdq(image_index):
    matches = image_index.match(_listing_with_photo(jpeg(mirrored(product(50)).resize((640, 480)), quality=60)))
    assert [m.brand_id for m in matches] == ["photo-brand"]
    signal = next(s for s in matches[0].signals if s.rule == "pdq")
    assert signal.distance <= 31


@pytest.mark.parametrize("box", [(80, 60, 720, 540), (160, 0, 800, 600), (0, 0, 800, 480)],
                         ids=["10 % a side", "20 % from the left", "20 % from the bottom"])
def test_a_cropped_copy_of_a_registered_photo_is_found_by_its_features_with_the_part_it_covers(image_index, box):
    matches = image_index.match(_listing_with_photo(jpeg(product(50).crop(box))))
    assert [m.brand_id for m in matches] == ["photo-brand"]
    signal = next(s for s in matches[0].signals if s.rule == "pdq" and s.inliers is not None)
    assert signal.inliers >= 15 and signal.url == "https://img.example/1.jpg" and signal.content_hash == "0" * 64
    whole = [0, 0, box[2] - box[0], box[3] - box[1]]  # the whole listing photo is the registered one's
    assert all(abs(got - want) <= 3 for got, want in zip(signal.box, whole, strict=True)), signal.box
    assert "the photo is cut from it" in signal.detail and "features agree" in signal.detail


def test_a_crop_of_an_unregistered_photo_matches_nothing(image_index):
    assert image_index.match(_listing_with_photo(jpeg(product(51).crop((80, 60, 720, 540))))) == []


def test_the_console_draws_the_logo_box_on_the_cached_thumbnail():
    from services.portal.console.present import logo_box_svg

    photo = unpack_photo(pack_photo(photo_of(jpeg(with_logo(product(2), logo(2)).resize((960, 720))))))
    svg = str(logo_box_svg(photo.thumbnail, (photo.features.width, photo.features.height), [96, 72, 480, 360], "<logo>"))
    assert 'viewBox="0 0 480 360"' in svg and "data:image/jpeg;base64," in svg
    assert '<rect x="48.0" y="36.0" width="192.0" height="144.0"' in svg and "&lt;logo&gt;" in svg


def test_a_photo_seen_again_in_another_listing_alerts_the_same_without_a_second_search(image_index, monkeypatch):
    data = jpeg(with_logo(product(9), logo(7), scale=0.9, angle=10, at=(200, 200)))
    first = image_index.match(_listing_with_photo(data))
    assert [m.brand_id for m in first] == ["brand-7"]
    verified = []  # the logo index's verifications from here on: none, the photo's hits are remembered
    monkeypatch.setattr(LogoIndex, "_verify", lambda self, *args: verified.append(args))
    again = _listing_with_photo(data)  # fetched again from another URL: the same bytes, the same features
    again.images[0].url = "https://img.example/2.jpg"
    second = image_index.match(again)
    assert [m.brand_id for m in second] == ["brand-7"] and verified == []
    box = lambda matches: next(s for s in matches[0].signals if s.rule == "logo")  # noqa: E731
    assert box(second).box == box(first).box and box(second).url == "https://img.example/2.jpg"
