from __future__ import annotations

import pytest

from brandsentry.registry import parse_registry
from schemas import Listing

REGISTRY = {
    "working_groups": [{"id": "electronics", "name": "Electronics"}, {"id": "food", "name": "Food"}],
    "brands": [
        {
            "id": "bose", "name": "Bose", "iwg": "electronics", "categories": ["headphones"],
            "marks": ["Bose", "QuietComfort", {"value": "博士", "everyday_word": True}],
            "aliases": ["博士耳机"],
            "models": [{"value": "QC45", "price_floor": {"amount": 200, "currency": "USD"}}],
            "price_floors": [{"category": "headphones", "floor": {"amount": 100, "currency": "EUR"}}],
            "authorized_sellers": [{"marketplace": "tmall", "seller_id": "bose-official"}],
            "images": [{"label": "logo", "hash": "ec8d92b2c642bd59", "max_distance": 6}],
        },
        {
            "id": "sony", "name": "Sony", "iwg": "electronics", "alert_threshold": 0.9,
            "marks": ["Sony"], "models": ["WH-1000XM5"],
        },
        {
            "id": "mars", "name": "Mars", "iwg": "food", "categories": ["chocolate"],
            "marks": [{"value": "Mars", "everyday_word": True}, "Snickers"],
        },
        {"id": "canada-goose", "name": "Canada Goose", "iwg": "electronics", "marks": ["Canada Goose"], "aliases": ["加拿大鹅"]},
    ],
}


@pytest.fixture(scope="session")
def registry():
    return parse_registry(REGISTRY)


@pytest.fixture(scope="session")
def index(registry):
    from services.matcher.core import MatcherIndex

    return MatcherIndex.build(registry, version=7)


def make_listing(title: str, description: str = "", **extra) -> Listing:
    doc = {"marketplace": "ebay", "listing_id": "l-1", "title": title, "description": description,
           "seller": {"id": "someone"}, "observed_at": "2025-01-01T00:00:00Z"}
    doc.update(extra)
    return Listing.model_validate(doc)
