"""The demo registry's matcher index, built once per test session, and a listing to match against it.

Shared by the class tests that check whole rules on the 54 demo brands (word, context, script and sound classes):
each of them used to build its own index of deploy/seed/registry.yaml, a few seconds apiece."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from brandsentry.registry import parse_registry
from schemas import Listing
from services.matcher.core import MatcherIndex

SEED = Path(__file__).resolve().parents[3] / "deploy" / "seed" / "registry.yaml"


@cache
def demo_index() -> MatcherIndex:
    return MatcherIndex.build(parse_registry(yaml.safe_load(SEED.read_text())))


def demo_listing(title: str, category: str | None = None, price: float | None = None, description: str = "",
                 currency: str = "USD", attributes: dict | None = None, seller_name: str = "",
                 seller_id: str = "someone") -> Listing:
    """An eBay listing by an unauthorised seller; no price when `price` is None."""
    doc = {"marketplace": "ebay", "listing_id": "l-1", "title": title, "description": description, "category": category,
           "seller": {"id": seller_id, "name": seller_name}, "observed_at": "2025-01-01T00:00:00Z",
           "attributes": attributes or {}}
    if price is not None:
        doc["price"] = {"amount": price, "currency": currency}
    return Listing.model_validate(doc)


def demo_alerts(*args, **kwargs) -> dict:
    """The demo matcher's alerts on demo_listing(*args, **kwargs): {brand_id: Match}."""
    return {m.brand_id: m for m in demo_index().match(demo_listing(*args, **kwargs))}


def demo_evaluated(*args, **kwargs) -> dict:
    """Every brand the demo matcher scored on demo_listing(*args, **kwargs), alerting or not: {brand_id: Match}."""
    return {m.brand_id: m for m in demo_index().evaluate(demo_listing(*args, **kwargs))}
