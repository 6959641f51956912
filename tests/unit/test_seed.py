"""The demo seed data in deploy/seed: registry, feed, dead-letter examples and their generators."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from brandsentry.registry import load_registry
from schemas import Listing
from schemas.models import ImageFingerprint, MarkFingerprint

SEED = Path(__file__).resolve().parents[2] / "deploy" / "seed"
NAMED_MEMBERS = {
    "bose": "Bose", "canada-goose": "Canada Goose", "honda": "Honda", "samsung": "Samsung", "mars": "Mars",
    "adobe": "Adobe", "danone": "Danone", "hasbro": "Hasbro", "loreal": "L'Oréal",
}
CJK = re.compile(r"[\u4e00-\u9fff]")


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(f"seed_{name}", SEED / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def registry():
    return load_registry(SEED / "registry.yaml")


@pytest.fixture(scope="module")
def feed_lines() -> list[str]:
    return (SEED / "feed.ndjson").read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def labels() -> list[dict]:
    return [json.loads(line) for line in (SEED / "feed_labels.ndjson").read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------- registry


def test_registry_is_marked_as_demo_data():
    text = (SEED / "registry.yaml").read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    assert doc["demo"] is True
    assert "not endorsed" in doc["note"]
    assert "NOT ENDORSED" in text.splitlines()[1]


def test_registry_has_twelve_working_groups_of_at_least_three_brands(registry):
    assert len(registry.working_groups) == 12
    per_group = Counter(b.iwg for b in registry.brands.values())
    assert set(per_group) == set(registry.working_groups)
    assert min(per_group.values()) >= 3, per_group
    assert len(registry.brands) >= 45


@pytest.mark.parametrize("brand_id,name", sorted(NAMED_MEMBERS.items()))
def test_named_aaca_members_are_registered_with_a_chinese_alias(registry, brand_id, name):
    brand = registry.brands[brand_id]
    assert brand.name == name
    assert any(CJK.search(a) for a in brand.aliases), brand.aliases


def test_everyday_words_are_flagged_and_brand_words_are_not(registry):
    marks = {(fp.brand_id, fp.value): fp.everyday_word for fp in registry.fingerprints.values()
             if isinstance(fp, MarkFingerprint)}
    for key in [("mars", "Mars"), ("adobe", "Adobe"), ("apple", "Apple"), ("mars", "Dove"), ("shell", "Shell")]:
        assert marks[key] is True, key
    for key in [("bose", "Bose"), ("canada-goose", "Canada Goose"), ("samsung", "Samsung"), ("honda", "Honda")]:
        assert marks[key] is False, key
    assert ("canada-goose", "goose") not in marks


def test_registry_image_hashes_are_reproduced_by_make_images(registry):
    make_images = _load_script("make_images")
    generated = make_images.hashes()
    registered = {fp.hash for fp in registry.fingerprints.values() if isinstance(fp, ImageFingerprint)}
    assert set(generated.values()) == registered
    assert len({k.split("/")[0] for k in generated}) >= len(registry.brands) // 4


# --------------------------------------------------------------------------- feed


def test_every_feed_line_is_a_valid_listing_with_a_unique_id(feed_lines):
    assert 350 <= len(feed_lines) <= 450
    listings = [Listing.model_validate_json(line) for line in feed_lines]
    assert len({x.listing_id for x in listings}) == len(listings)
    assert len({x.key for x in listings}) == len(listings)


def test_feed_mix_matches_the_design(feed_lines, labels):
    assert len(labels) == len(feed_lines)
    keys = [Listing.model_validate_json(line).key for line in feed_lines]
    assert [lab["key"] for lab in labels] == keys
    share = {k: n / len(labels) for k, n in Counter(lab["kind"] for lab in labels).items()}
    assert share == pytest.approx({"ordinary": 0.45, "suspicious": 0.30, "genuine": 0.15, "trap": 0.10}, abs=0.03)
    techniques = Counter(lab["technique"] for lab in labels if lab["kind"] == "suspicious")
    for t in ("misspelling", "leetspeak", "separators", "cyrillic", "alias", "model_only", "image_only"):
        assert techniques[t] > 0, t


def test_ordinary_listings_name_no_registered_term(feed_lines, labels):
    make_feed = _load_script("make_feed")
    terms = make_feed.Terms(yaml.safe_load((SEED / "registry.yaml").read_text(encoding="utf-8"))["brands"])
    for line, lab in zip(feed_lines, labels):
        if lab["kind"] == "ordinary":
            listing = Listing.model_validate_json(line)
            assert terms.found(f"{listing.title} {listing.description}") == [], listing.title


def test_genuine_listings_come_from_authorized_sellers(registry, feed_lines, labels):
    authorized = {(fp.brand_id, fp.marketplace, fp.seller_id) for fp in registry.fingerprints.values()
                  if fp.kind == "authorized_seller"}
    for line, lab in zip(feed_lines, labels):
        if lab["kind"] == "genuine":
            listing = Listing.model_validate_json(line)
            assert (lab["brand"], listing.marketplace, listing.seller.id) in authorized


def test_image_only_counterfeits_carry_a_photo_near_the_brand_logo(registry, feed_lines, labels):
    image_only = [(line, lab) for line, lab in zip(feed_lines, labels) if lab["technique"] == "image_only"]
    assert image_only
    for line, lab in image_only:
        listing = Listing.model_validate_json(line)
        brand_hashes = [fp for fp in registry.fingerprints_of(lab["brand"]) if isinstance(fp, ImageFingerprint)]
        best = min(bin(int(img.phash, 16) ^ int(fp.hash, 16)).count("1")
                   for img in listing.images if img.phash for fp in brand_hashes)
        assert best <= 6


def test_feed_is_reproduced_by_make_feed():
    make_feed = _load_script("make_feed")
    feed, labels = make_feed.generate()
    assert feed == (SEED / "feed.ndjson").read_text(encoding="utf-8")
    assert labels == (SEED / "feed_labels.ndjson").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- dead-letter examples


def test_each_bad_listing_fails_validation():
    lines = (SEED / "bad_listings.ndjson").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    errors = []
    for line in lines:
        with pytest.raises(ValidationError) as exc:
            Listing.model_validate_json(line)
        errors.append({e["type"] for e in exc.value.errors()})
    assert "missing" in errors[0]
    assert "greater_than_equal" in errors[1]
    assert "json_invalid" in errors[2]


def test_a_word_both_nickname_and_street_name_is_refused_with_the_line_between_them():
    """One list a word (brandsentry/registry.py: a name of the brand is a nickname, the street's short name of its
    goods or an initialism a street name); the seed registry keeps to it."""
    from brandsentry.registry import parse_registry

    brand = {"id": "cartier", "name": "Cartier", "iwg": "luxury-accessories", "nicknames": ["Carti"],
             "street_names": [{"value": "carti", "everyday_word": True}, "Buffs"]}
    with pytest.raises(ValidationError, match=r"\['carti'\] both in nicknames and street_names"):
        parse_registry({"brands": [brand]})
    assert "cartier" in parse_registry({"brands": [{**brand, "nicknames": []}]}).brands
