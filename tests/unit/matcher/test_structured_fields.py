"""The brand only in a structured field (fields, issue 9): a node of the listing's category path (field `category`), the
host name of the shop's site (field `url`, IDNA-decoded, its public suffix no word, glued words cut), the item's URL
slug in the market's script as browsers send it (percent-decoded, read by sound too); each counts with the brand's
category and a counterfeit cue or a low price, and its innocent siblings stay quiet: a retailer filed under the brand's
node at a fair price, an accessory filed under the make it fits, a node in another sense, a host holding a mark's letters
inside another word, the brand's own domain. Read as a brand sees them, on the demo registry.
"""

from __future__ import annotations

import pytest

from schemas import Listing
from services.matcher.core.context.structured import category_nodes, url_host
from tests.unit.matcher.demo import demo_index, demo_listing


def matched(item: Listing) -> dict:
    """{brand id: Match} of the brands that alert."""
    return {m.brand_id: m for m in demo_index().match(item)}


def listing(title: str, category: str | None, price: float, url: str | None = None, description: str = "",
            currency: str = "USD", marketplace: str = "ebay") -> Listing:
    item = demo_listing(title, category, price, description, currency=currency)
    return item.model_copy(update={"url": url, "marketplace": marketplace})


def detail(match, field: str) -> str:
    return " ".join(s.detail for s in match.signals if s.field == field and s.weight > 0 and s.rule.value != "category")


# ------------------------------------------------------------------ the category path


@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Bracelet brand new", "Shop by brand > Swarovski", 30, "AAA quality", "swarovski"),
    ("Sneakers brand new", "Clothing, Shoes & Accessories > Sneakers > Puma", 9, "", "puma"),  # a price far below
    ("Automatic watch nowy", "Marki > Omega", 900, "1:1 copy", "omega"),  # an everyday word, under a brands node
    ("Down jacket men новый", "Бренды > Canada Goose", 90, "копия", "canada-goose"),
    ("Electric toothbrush sonic novo", "Shop by brand > Philips", 6, "", "philips"),  # the title names the category
])
def test_the_brand_only_in_the_category_path_alerts_with_a_cue_or_a_low_price(title, category, price, description,
                                                                                brand):
    found = matched(listing(title, category, price, description=description))
    assert brand in found, found
    assert f"named only in the listing's category path ('{category}')" in detail(found[brand], "category")


@pytest.mark.parametrize("title, category, price", [
    ("Wireless headphones, sealed", "Electronics > Sony > Headphones", 420),  # a retailer at a fair price
    ("Automatic watch 41mm, box and papers", "Shop by brand > Rolex", 9800),
    ("Clear silicone case, shockproof", "Cell Phone Accessories > Cases, Covers & Skins > Apple", 4),  # what it fits
    ("Front brake pads set, ceramic", "Car & Truck Parts > BMW > Brake Pads", 12),
    ("Paperback: myths of ancient Greece", "Books > Mythology > Nike", 6),  # a subject, not a maker
    ("Winged goddess statue, resin 30 cm", "Home & Garden > Art > Nike (mythology)", 9),
    ("Fresh apples 1 kg AAA grade", "Food > Fruit > Apple", 3),  # a word's other sense, a grade
])
def test_honest_listings_under_a_brand_node_stay_quiet(title, category, price):
    assert matched(listing(title, category, price)) == {}


def test_a_node_in_another_sense_or_under_books_is_no_node():
    assert category_nodes("Books > Mythology > Nike") == ()
    assert category_nodes("Home & Garden > Art > Nike (mythology)") == ("Home & Garden", "Art")
    assert category_nodes("Cell Phone Accessories > Cases > Apple") == ("Cell Phone Accessories",)
    assert category_nodes("Clothing, Shoes & Accessories > Canada Goose > Jackets")[1] == "Canada Goose"


# ------------------------------------------------------------------ the shop's URL host


@pytest.mark.parametrize("url, title, category, price, description, brand", [
    ("https://rolexoutlet.shop/products/mens-watch-1", "Men's automatic watch", "watches", 80, "", "rolex"),
    ("https://www.sony-official-store.top/products/headphones", "Over-ear headphones -70%", "headphones", 19, "", "sony"),
    ("https://canadagooseoutlet.shop/products/parka", "Winterjacke neu", "parkas", 99, "1:1 Qualität", "canada-goose"),
    ("https://dyson-airwrap-sale.myshopify.com/products/styler", "Hair styler complete", "hair care", 45, "", "dyson"),
    ("https://xn--estelauder-outlet-dtb.com/p/serum", "Night repair serum 50ml", "skincare", 4, "", "estee-lauder"),
    ("https://shop.gucci2026.top/p/belt", "Leather belt", "belts", 25, "mirror quality", "gucci"),
    ("https://rolex-replicas.example/item/123", "Men's automatic watch 1:1 replica", "watches", 80, "", "rolex"),
])
def test_the_brand_only_in_the_shop_host_alerts_with_a_cue_or_a_low_price(url, title, category, price, description,
                                                                           brand):
    found = matched(listing(title, category, price, url, description, marketplace="social-ads"))
    assert brand in found, found
    assert f"named only in the shop URL's host name '{url_host(url)}' (not the brand's own domain)" in detail(
        found[brand], "url")


@pytest.mark.parametrize("url, title, category, price, marketplace", [
    ("https://canonicalurl.com/p/123", "Digital camera 24MP kit", "cameras", 40, "social-ads"),  # letters inside a word
    ("https://shopee.co.th/item/123", "Wireless earbuds", "earbuds", 5, "shopee"),  # a marketplace's own host
    ("https://www.dyson.co.uk/outlet/v11", "Cordless vacuum, refurbished outlet", "vacuum cleaners", 90, "brand-site"),
    ("https://www.rolex.com/watches/submariner", "Men's automatic watch", "watches", 1200, "brand-site"),
    ("https://www.bose-specialist.com/p/qc", "Over-ear headphones, authorised retailer", "headphones", 380, "social-ads"),
])
def test_innocent_hosts_stay_quiet(url, title, category, price, marketplace):
    assert matched(listing(title, category, price, url, marketplace=marketplace)) == {}


def test_the_host_is_decoded_from_punycode():
    assert url_host("https://XN--lancmeoutlet-hib.shop:443/p?q=1") == "lancômeoutlet.shop"


# ------------------------------------------------------------------ the item's slug in the market's script


@pytest.mark.parametrize("url, title, category, price, brand", [
    ("https://www.avito.ru/item/%D1%80%D0%BE%D0%BB%D0%B5%D0%BA%D1%81-%D1%81%D1%83%D0%B1%D0%BC%D0%B0%D1%80%D0%B8%D0%BD"
     "%D0%B5%D1%80-123", "часы новые", "watches", 90, "rolex"),  # ролекс-субмаринер
    ("https://jp.mercari.com/item/%E3%82%AA%E3%83%A1%E3%82%AC-%E3%82%B9%E3%83%94%E3%83%BC%E3%83%89%E3%83%9E%E3%82%B9"
     "%E3%82%BF%E3%83%BC-1", "腕時計 新品", "watches", 60, "omega"),  # オメガ-スピードマスター
])
def test_the_brand_only_in_a_percent_encoded_local_slug_alerts_with_a_low_price(url, title, category, price, brand):
    found = matched(listing(title, category, price, url))
    assert brand in found, found
    # by sound ("ролекс": the item's own URL path, percent-decoded) or as a registered word (スピードマスター: its own slug)
    assert "named only in the item's own URL" in detail(found[brand], "url")


# ------------------------------------------------------------------ wrong brands from fields


def test_a_phone_number_is_no_leetspeak_mark():
    found = matched(listing("Samsung Galaxy Buds2 Pro brand new", "earbuds", 14.99,
                            description="WhatsApp +1 305 555 01787 for the full catalogue - more models, better price."))
    assert set(found) == {"samsung"}  # "305" is no leetspeak EOS (Canon)
    assert "gillette" in matched(listing("[gift] 91113773 men's razor handle | hot sale", "razors", 4.99))  # one alone is


def test_a_dog_toy_path_is_no_toy_makers_category():
    found = matched(listing("Similac 360 Total Care stage 3 900g neuf", "Pet Supplies > Dog Toys", 10,
                            description="avec boîte. prix cassé.", currency="EUR", marketplace="leboncoin"))
    assert "hasbro" not in found  # "neuf" (French "new") one edit from Nerf, with a dog's toys as Hasbro's category
