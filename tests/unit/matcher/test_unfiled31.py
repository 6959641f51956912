"""unfiled31 (issue 9): category paths matched by whole words, catch-all and wrong categories judged as no category,
gift cards at their face value in the listing's own units.

- prices.category_matches: a brand category's words whole (a plural ending allowed), never a piece of a longer word:
  Canon's "ink" is not in "Soft Drinks", Apple's "phones" not in "Headphones"; "Handbags" are bags (CLOSED_COMPOUNDS).
- prices.catch_all / index._filed_nowhere: "Other", "Sonstiges", その他, or a category of none of the brand's sectors
  (a watch under "Home & Garden") says nothing of the goods: judged as a listing with no category (the floor of the
  brand's category the title names, else where the brand's floors agree).
- subject.card_faces / gift_card / card_below_face: "Nike gift card 25 – NPR region" at NPR 25 is sold at face whatever
  the rate; at NPR 5 it is the fraud trade's price; a face in another stated currency ("100 USD" at ARS 100) is none."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.subject import card_below_face, card_faces, gift_card
from services.matcher.core.prices import catch_all, category_matches
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("listing_category, category", [
    ("Grocery > Beverages > Soft Drinks", "ink"), ("Pink Hoodies", "ink"), ("Electronics > Headphones", "phones"),
    ("Microphones", "phones"), ("Watch Straps", "watches"), ("Razor Blades", "razors"), ("Sunglasses", "glasses"),
])
def test_a_category_is_never_a_piece_of_a_longer_word(listing_category, category):
    assert not category_matches(listing_category, category)


@pytest.mark.parametrize("listing_category, category", [
    ("Printer Ink", "ink"), ("Inks & Toners", "ink"), ("Jewelry & Watches", "watches"), ("Footballs", "football"),
    ("Fashion > Luxury > Handbags", "bags"), ("Smartwatches", "watches"), ("Hair-Care", "hair care"),
    ("Toys > Die-cast Cars", "die-cast cars"), ("Electronics > Headphones", "headphones"),
])
def test_a_category_matches_as_whole_words(listing_category, category):
    assert category_matches(listing_category, category)


def test_pet_paths_still_need_a_pets_category():
    assert not category_matches("Pet Supplies > Dog Toys", "toys")
    assert category_matches("Pet Supplies > Pet Food", "pet food")


@pytest.mark.parametrize("category", [None, "", "Other", "Everything Else > Other", "Misc", "Sonstiges", "Autres",
                                      "Otros", "その他", "其他闲置", "기타", "Другое", "N/A", "-"])
def test_catch_all_categories_are_no_category(category):
    assert catch_all(category)


@pytest.mark.parametrize("category", ["Watches", "Home & Garden", "Other Watches > Rolex", "Generators"])
def test_real_categories_are_not_catch_alls(category):
    assert not catch_all(category)


@pytest.mark.parametrize("title, price, category", [
    ("Rolex Submariner Date", 150, "Other"),
    ("Rolex Submariner Date", 150, "Home & Garden"),
    ("Gucci GG Marmont small shoulder bag", 90, "Sonstiges"),
    ("Rolex Datejust 41 watch", 120, "Toys"),
])
def test_copies_filed_in_a_catch_all_or_wrong_category_are_judged_as_unfiled(title, price, category):
    assert title.split()[0].lower() in demo_alerts(title, category, price, "")


@pytest.mark.parametrize("title, price, category, brand", [
    ("Rolex Submariner Date 126610LN, full set", 14500, "Home & Garden", "rolex"),
    ("Rolex Submariner Date 126610LN, full set", 14500, "Other", "rolex"),
    ("Canon PG-545 ink cartridge", 18, "Sonstiges", "canon"),
])
def test_genuine_goods_filed_in_a_catch_all_or_wrong_category_at_a_genuine_price_stay_quiet(title, price, category, brand):
    assert brand not in demo_alerts(title, category, price, "")


def test_ink_among_soft_drinks_is_no_ink_category():
    found = demo_evaluated("Canon PG-545 ink cartridge", "Grocery > Beverages > Soft Drinks", 3, "").get("canon")
    assert found is None or not any(s.rule is Rule.category for s in found.signals)


@pytest.mark.parametrize("title, amount, currency", [
    ("Nike gift card 25 – NPR region", 25, "NPR"), ("Apple Gift Card 100 – ARS region", 100, "ARS"),
    ("Nintendo eShop card 50 – JPY region", 50, "JPY"), ("PlayStation Store gift card 100 – KES region", 100, "KES"),
    ("Xbox gift card 25 – PKR region", 24.5, "PKR"), ("Apple gift card 100", 100, "XYZ"),
])
def test_a_card_at_its_face_value_in_local_units_is_sold_at_face(title, amount, currency):
    brand = {"Nike": "nike", "Apple": "apple", "Nintendo": "nintendo", "PlayStation": "sony", "Xbox": "microsoft"}[
        title.split()[0]]
    assert brand not in demo_alerts(title, None, amount, "", currency=currency)
    assert gift_card(title, 0.2, amount, currency) is not None
    assert card_below_face(title, 0.2, amount, currency) is None


@pytest.mark.parametrize("title, amount, currency", [
    ("Nike gift card 25 – NPR region", 5, "NPR"), ("Apple Gift Card 100 USD", 100, "ARS"),
    ("Nike voucher USD 30", 6.67, "USD"), ("Apple gift card $100 for only $20", 20, "USD"),
])
def test_a_card_far_below_its_face_still_alerts(title, amount, currency):
    brand = title.split()[0].lower()
    assert brand in demo_alerts(title, None, amount, "", currency=currency)


def test_one_finder_reads_the_card_word_and_faces():
    found = card_faces("Apple Gift Card 100 USD")
    assert found.word == "gift card" and found.faces == ((100.0, "USD"),)
    assert card_faces("Apple gift card 25")
    assert card_faces("Apple iPhone 16") is None
    assert card_below_face("iPhone 16 wallet card", 1.0) is None
