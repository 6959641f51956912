"""Honest listings that alerted (genuine34, issue 9): a baby's or child's size of shoes and clothes
(condition.SCALES "child_size") and a licensed crossover whose maker is unfiled; the copies that borrow the words
still alert."""

from __future__ import annotations

import pytest

from services.matcher.core.context.condition import ConditionReader
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_listing

_READER = ConditionReader()


@pytest.mark.parametrize("title", [
    "Nike Air Force 1 Crib baby booties – birth gift", "adidas Superstar crib shoes – baby gift set",
    "Burberry check baby blanket", "Levi's toddler jeans, unworn", "Nike Kinder Sneaker, Gr. 28",
    "Nike chaussures bébé", "Nike zapatillas niño", "Nike детские кроссовки", "Nike 儿童运动鞋", "Nike キッズ スニーカー",
    "Nike 아기 신발", "Nike Air Force 1 (TD) shoes",
])
def test_a_childs_size_of_wearable_goods_is_read(title):
    listing = demo_listing(title, None, 40)
    condition = _READER.read(listing, ListingText(listing.title, ""))
    assert condition.scale is not None and condition.scale.kind == "child_size"


@pytest.mark.parametrize("title", [
    "LEGO City fire station set for kids", "Casio Baby-G watch", "Nestlé NAN Optipro 2 baby formula 800g",
    "Nike Air Force 1 shoes", "Pampers baby wipes 12 pack", "Kids' book about Nike",
])
def test_no_childs_size(title):
    listing = demo_listing(title, None, 40)
    condition = _READER.read(listing, ListingText(listing.title, ""))
    assert condition.scale is None or condition.scale.kind != "child_size"


def test_a_childs_size_near_half_the_adult_floor_is_quiet_and_its_copies_alert():
    title = "Nike Air Force 1 Crib baby booties – birth gift, new with box"
    desc = "Genuine Nike, bought at an authorised shop; we received two. Gift receipt included."
    assert "nike" not in demo_alerts(title, None, 39, desc, currency="EUR")
    assert "nike" in demo_alerts(title + " 1:1 copy", None, 39, desc, currency="EUR")
    assert "nike" in demo_alerts("Nike Air Force 1 toddler shoes", None, 8, "New.", currency="EUR")


def test_an_unfiled_makers_licensed_crossover_is_quiet_and_a_fake_collab_alerts():
    desc = "Official licensed product, new in box."
    got = demo_alerts("LEGO x Nike Dunk Low build set (official collab)", None, 15700, desc, currency="HUF")
    assert "nike" not in got and "lego" not in got
    got = demo_alerts("PlayStation x LEGO Horizon Tallneck 76989", None, 1010, desc, currency="NOK")
    assert "sony" not in got
    got = demo_alerts("LEGO x Nike Dunk Low build set replica", None, 15700, "New in box.", currency="HUF")
    assert "nike" in got


@pytest.mark.parametrize("title, price, currency", [
    ("Nike digital gift card – 70000 KRW", 70000, "KRW"), ("PlayStation Store gift card 7,500 LKR", 7500, "LKR"),
    ("Apple Gift Card 1,800 THB", 1800, "THB"),
])
def test_a_gift_card_at_its_face_in_a_coded_currency_is_quiet_and_far_below_it_alerts(title, price, currency):
    brand = {"N": "nike", "P": "sony", "A": "apple"}[title[0]]
    assert brand not in demo_alerts(title, None, price, "Digital code, unused.", currency=currency)
    assert brand in demo_alerts(title, None, round(price * 0.15), "Digital code, unused.", currency=currency)


def test_a_spare_part_named_after_the_tool_it_fits_is_an_accessory_and_the_tool_is_not():
    desc = "Genuine spare part, sealed in original packaging."
    assert "bosch" not in demo_alerts("Bosch Professional GSR 12V-15 genuine chuck", "power tools", 20.1, desc,
                                      currency="GBP")
    assert "bosch" in demo_alerts("Bosch Professional GSR 12V-15 drill", "power tools", 20.1, "New.", currency="GBP")
