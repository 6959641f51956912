"""packs32 (issue 9): multipacks and trade cases priced against a unit's floor, pack models' floors, and listings
filed in a wrong category.

- A food or drink brand's box of a dozen or more full-size bars, cans or bottles named as such is N retail units
  (quantity._full_units_counted): judged against N x index.CONSUMABLE_MULTIPACK_SHARE x one unit's floor; a bag of
  minis, or fewer than a dozen, is one pack.
- A trade case of packs of contents ("razor blades 8 pack – case of 12", "capsules 10ct – lot of 12", "20er Karton")
  is that many packs.
- A registered model that is one pack of contents ("Mach3 blades 12 pack") judges a pack of another count by its
  floor divided by its count (index._contents_share), never multiplied again.
- A listing filed under none of the brand's categories is judged by the floor of the brand's category its title
  names (index._filed_wrong).
The adversary's twin classes: tests/eval/adversary/packs.py.
"""

from __future__ import annotations

import pytest

from services.matcher.core.context.quantity import retail_units
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("title, units", [
    ("Snickers bars 24-pack", 24), ("Snickers bars x24", 24), ("Snickers bars pack of 12", 12),
    ("Snickers bars 12ct", 12), ("Snickers barritas caja de 24", 24), ("Snickers Riegel 24er Pack", 24),
    ("Snickers батончики набор 12 шт", 12), ("Coca-Cola 24 cans", 24), ("可口可乐 24罐 整箱", 24),
    ("士力架 巧克力 24条", 24),
    ("Snickers fun size bars 24 pack", 1), ("Kinder bars 8-pack", 1), ("M&M's minis 24 pack", 1),
])
def test_a_dozen_or_more_full_size_units_are_counted_for_food_and_drink(title, units):
    assert retail_units(title, consumable=True, full_units=True)[0] == units


def test_full_units_are_counted_only_when_asked():
    assert retail_units("Snickers bars 12ct", consumable=True)[0] == 1
    assert retail_units("士力架 巧克力 24条", consumable=True)[0] == 1


@pytest.mark.parametrize("title, units", [
    ("Gillette Fusion5 refills 8ct – case of 12", 12),
    ("Gillette razor blades 8 pack – case of 12", 12),
    ("Gillette carton of 6 x blades pack of 12", 6),
    ("Panasonic AA batteries 4 pack – 20er Karton", 20),
    ("Nestlé capsules 10ct – lot of 12", 12),
    ("Gillette razor blades 8 pack", 1),  # the contents of one pack
])
def test_a_case_of_packs_counts_its_packs(title, units):
    assert retail_units(title, consumable="capsules" in title)[0] == units


@pytest.mark.parametrize("title, price, alerts", [
    ("Snickers bars 24-pack", 6.6, True),  # 24 bars at a bar's price x3
    ("Snickers bars 24-pack", 24, False),  # a shop's box
    ("Snickers fun size bars 24 pack", 6.6, False),  # one bag of minis
    ("Coca-Cola 24 cans", 3, True),
    ("Coca-Cola 24 cans", 12, False),
])
def test_a_box_of_full_size_units_is_judged_per_unit(title, price, alerts):
    brand = "mars" if "Snickers" in title else "coca-cola"
    category = "chocolate" if brand == "mars" else "soft drinks"
    assert (brand in demo_alerts(title, category, price, "")) is alerts


@pytest.mark.parametrize("title, price, alerts", [
    ("Gillette razor blades 8 pack – case of 12", 4, True),  # a case's packs at a copy's price
    ("Gillette razor blades 8 pack – case of 12", 16, False),  # a distributor's case
])
def test_a_case_of_packs_is_judged_per_pack(title, price, alerts):
    assert ("gillette" in demo_alerts(title, "razor blades", price, "Distributor stock, invoice.")) is alerts


def test_a_pack_models_floor_is_divided_by_its_count():
    # the registry's MACH3-12 is "Mach3 blades 12 pack" (139 CNY): a 4 pack at a shop's price is a third of it
    assert "gillette" not in demo_alerts("Gillette Mach3 blades 4 pack", "razor blades", 9, "")
    assert "gillette" in demo_alerts("Gillette Mach3 blades 4 pack", "razor blades", 3, "")
    assert "gillette" in demo_alerts("Gillette Mach3 blades 12 pack", "razor blades", 9, "")
    # the blades that come with a razor are no pack of the model's contents: judged by the pack's floor as it is
    assert "gillette" in demo_alerts("razor with 2 blades FUS5.PG.8", "razors", 18.33, "")
    found = demo_evaluated("Gillette Mach3 blades 24 pack", "razor blades", 8, "")["gillette"]
    assert any(s.rule.value == "price" and "of the model's 12" in s.detail for s in found.signals)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Rolex automatic watch 41mm", "Toys", 9000, "rolex"),  # the title's goods' floor: a genuine price
    ("Gucci handbag leather", "Books", 2500, "gucci"),
    ("Nike gym duffel bag, genuine", "pet supplies", 31, "nike"),
])
def test_a_listing_filed_in_a_wrong_category_at_its_titles_goods_floor_is_at_a_genuine_price(title, category, price, brand):
    assert brand not in demo_alerts(title, category, price, "")
    price_signals = [s for s in demo_evaluated(title, category, price, "")[brand].signals if s.rule.value == "price"]
    assert price_signals and "category floor" in price_signals[0].detail


@pytest.mark.parametrize("title, category, price, brand", [
    ("Rolex automatic watch 41mm", "Toys", 300, "rolex"),
    ("Gucci handbag leather", "Books", 150, "gucci"),
])
def test_a_copy_filed_in_a_wrong_category_still_alerts(title, category, price, brand):
    assert brand in demo_alerts(title, category, price, "")


def test_below_the_floor_a_wrong_category_is_judged_as_before():
    # "motorcycle" names Honda's motorcycles as a modifier of the part: no motorcycle's floor for used brake pads
    found = demo_evaluated("Honda motorcycle brake pads gebraucht", "Home & Garden", 3.5, "")["honda"]
    assert not any(s.rule.value == "price" and "category floor" in s.detail for s in found.signals)
