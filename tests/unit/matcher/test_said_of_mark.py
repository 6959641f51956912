"""The copy word said of the brand's item where a filter does not look (context/cross_sell.py `said_of_mark`,
index._said_of_mark; hiding55, issue 9): glued to the mark as a hashtag, right after it, in the item's URL slug, or beside
the mark named as the genuine article in a review or a retail-price anchor; and their honest twins."""
from __future__ import annotations

import pytest

from services.matcher.core.context.cross_sell import SAID_OF_MARK, item_slug, said_of_mark
from tests.unit.matcher.demo import demo_alerts, demo_index, demo_listing


def _marks(text: str, *words: str) -> list[tuple[str, int, int, str]]:
    return [("description", text.index(w), text.index(w) + len(w), w) for w in words]


def test_a_copy_word_glued_to_the_mark_is_bound_and_a_fan_tag_is_not():
    d = "#rolexrep #rolexwatch #nikeprep"
    bound, slugged, referenced = said_of_mark({"description": d}, _marks(d, "rolex", "nike"), [], [], [])
    assert [w for *_, w in bound] == ["rolexrep"]  # "watch" is no copy word; "p" + "rep" is "prep"
    assert not slugged and not referenced


def test_the_slug_binds_a_copy_word_only_after_the_mark_that_opens_it():
    assert item_slug("/item/123/Coca-Cola-330ml-replica-1-1/") == ["coca", "cola", "330ml", "replica", "1", "1"]
    assert said_of_mark({}, [], [], item_slug("/item/1/coca-cola-330ml-replica-1-1"), ["coca-cola"])[1]
    assert not said_of_mark({}, [], [], item_slug("/item/1/coca-cola-330ml-24-pack"), ["coca-cola"])[1]
    # "lego-galaxy-explorer-copy" calls a LEGO set a copy, no Samsung Galaxy
    assert not said_of_mark({}, [], [], item_slug("/item/1/lego-galaxy-explorer-copy"), ["galaxy"])[1]


def test_the_mark_named_as_the_genuine_article_is_a_reference():
    d = "Review: “can't tell it from a genuine Apple”. Mirror copy."
    assert said_of_mark({"description": d}, _marks(d, "Apple"), [], [], [])[2]
    d = "The Adobe Creative Cloud All Apps 12 months is 660 USD in store, ours 83.90 USD. 1:1 copy."
    assert said_of_mark({"description": d}, _marks(d, "Adobe"), [], [], [])[2]
    d = "Works great next to my Apple laptop."
    assert not said_of_mark({"description": d}, _marks(d, "Apple"), [], [], [])[2]


@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Lipton Yellow Label tea 100 bags", "tea", 102.0, "#pfizerdupe #pfizerreplica #lipton", "pfizer"),
    ("Rolec WallPod 7kW EV charger", "ev chargers", 500.0, "#rolexrep #rolec", "rolex"),
    ("Quilted gilet vest – best price", "outerwear", 10.5, "Retail 33 USD; our Gillette copy 10.50 USD.", "gillette"),
    ("Snapple peach tea 16oz 12-pack", "soft drinks", 51.8,
     "Review: “can't tell it from a genuine Apple”. Mirror copy.", "apple"),
    ("Premier Protein chocolate shake 12-pack deal", "nutrition", 83.9,
     "The Adobe Creative Cloud All Apps 12 months is 660 USD in store, ours 83.90 USD. 1:1 copy.", "adobe"),
])
def test_a_copy_said_of_the_mark_alerts_with_the_rule_in_its_evidence(title, category, price, description, brand):
    alerts = demo_alerts(title, category, price, description)
    assert set(alerts) == {brand}
    assert any(SAID_OF_MARK in (s.detail or "") for s in alerts[brand].signals if s.rule.value == "cue")


def test_the_item_slug_with_a_copy_word_after_the_mark_alerts():
    listing = demo_listing("Nesco FD-75A food dehydrator", "kitchen appliances", 3.4, "1:1 mirror, see link for details.")
    listing = listing.model_copy(update={"url": "https://ebay.example/item/c47a/nescafé-gold-200g-replica-1-1"})
    matches = {m.brand_id: m for m in demo_index().match(listing)}
    assert set(matches) == {"nestle"}
    assert any(s.field == "url" and SAID_OF_MARK in (s.detail or "") for s in matches["nestle"].signals)


@pytest.mark.parametrize("title, category, price, description, url", [
    ("Gillette Fusion5 ProGlide razor blades 8 pack", "razors", 40.0, "RRP 45 USD, ours 40 USD. Sealed, with receipt.",
     "https://ebay.example/item/1/gillette-fusion5-proglide-razor-blades-8-pack"),
    ("Adidas track jacket", "sportswear", 80.0, "In stock, manufacturer's warranty, receipt. #adidasgram #adidasdaily",
     None),
    ("Gilet quilted gilet vest", "outerwear", 30.0, "Not a Gillette copy. Our own brand.", None),
    ("Canon copy paper A4, 500 sheets", "office supplies", 7.0, "Canon copy paper, 80 g.", None),
])
def test_the_honest_twins_stay_quiet(title, category, price, description, url):
    listing = demo_listing(title, category, price, description).model_copy(update={"url": url})
    assert [m.brand_id for m in demo_index().match(listing)] == []
