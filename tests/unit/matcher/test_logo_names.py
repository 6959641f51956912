"""A brand unnamed, named by its logo (logos34, 2026-12-05): the trade's name for the logo (the registry's `logos`, in the
languages the trade uses: 勾勾, 三条杠, 老花 stays LV's hint, the crowned O, the red square logo, táo khuyết) with a copy
word; a registered hint beside a word for "logo" (the fruit logo, the Ω logo, el logo de la manzana, 水果标志:
detectors/riddles.py); a logo's name not yielding to another brand's everyday-word guess ("supercar", "Ultrabook"), and
a weak word inside another brand's longer trade word naming nobody (GG monogram, crown-O, Nova check logo). The honest
twins stay quiet: the words' everyday senses, the brand's own logo goods at a shop's price. On the demo registry."""

from __future__ import annotations

import pytest

from services.matcher.core.prices import names_category
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str | None, price: float, currency: str = "USD", description: str = ""):
    return {m.brand_id for m in demo_index().match(demo_listing(title, category, price, description, currency=currency))}


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("snake chain charm bracelet with the crowned O – superfake", "jewelry", 15.2, "SGD", "pandora"),
    ("doll dreamhouse playset with the red M logo – підробка", "dolls", 2350, "UAH", "mattel"),
    ("Technic supercar set with the red square logo – 1:1 copy", "building sets", 58.4, "USD", "lego"),
    ("跑鞋 勾勾 高仿", "sneakers", 120, "CNY", "nike"),
    ("Laufschuhe mit drei Streifen-Logo – Fälschung", "sneakers", 30, "EUR", "adidas"),
    ("điện thoại táo khuyết hàng fake", "phones", 1500000, "VND", "apple"),
    ("zip wallet with the GG canvas – mirror copy", "wallets", 40, "USD", "gucci"),
    ("L lens 24-70 赤ハチマキ コピー品", "lenses", 9000, "JPY", "canon"),
    ("Ultrabook 15 inch with fruit logo symbol – AAA replica", "laptops", 3648, "CNY", "apple"),
    ("auriculares con el logo de la manzana – réplica", "earbuds", 20, "USD", "apple"),
    ("耳机 水果标志 高仿", "earbuds", 50, "CNY", "apple"),
    # filed in no category: "watch" names "watches" (names_category reads the -es plural)
    ("moon chronograph watch with the Ω logo – חיקוי", None, 1650, "ILS", "omega"),
])
def test_the_logo_named_or_described_alerts_its_brand_alone(title, category, price, currency, brand):
    assert alerts(title, category, price, currency) == {brand}


@pytest.mark.parametrize("title, category, price, brand", [
    ("gg monogram leather wallet bifold – OEM version", "wallets", 184, "gucci"),  # not LV's Monogram
    ("Tote bag large with the Nova check logo, 1:1 replica", "handbags", 650, "burberry"),  # not Nike's check logo
    ("crown-O sterling silver bracelet – replica", "jewelry", 33, "pandora"),  # not Rolex's crown
    ("Zip around wallet with the MK monogram logo, 1:1 replica", "wallets", 40, "michael-kors"),
])
def test_a_word_inside_another_brands_longer_logo_name_names_nobody(title, category, price, brand):
    assert alerts(title, category, price) == {brand}


def test_a_misspelt_mark_still_outranks_another_brands_logo_name():
    assert alerts("Adidaas sneakers with the swoosh 1:1 copy", "sneakers", 50) == {"adidas"}


@pytest.mark.parametrize("title, category, price, currency", [
    ("不锈钢 小勾 挂钩 免打孔 厨房 浴室 10个装", "home improvement", 9, "CNY"),
    ("赤ハチマキ 運動会 はちまき 10本セット", "party supplies", 1000, "JPY"),
    ("Red tab hanging file folders, letter size, 25 pack", "office supplies", 14, "USD"),
    ("Horsebit loafers in brown suede, unbranded, EU 42", "shoes", 55, "USD"),
    ("Korona na urodziny, złota, papierowa, 10 sztuk", "party supplies", 15, "PLN"),
    ("Red square logo notebook A5, dotted, 120 pages", "stationery", 9, "USD"),
    ("fruit logo tea towel, cotton", "kitchen", 8, "USD"),  # a hint beside "logo", far from the goods
    ("Ω logo resistor kit, 1:1 copy of the schematic", "electronics", 9, "USD"),  # the ohm sign, no watch
    ("Nike running shoes with the swoosh logo – official store", "sneakers", 130, "USD"),  # the brand's own store
    ("earbuds with the fruit logo, sealed, receipt", "earbuds", 249, "USD"),  # a shop's price, nothing of a copy
])
def test_the_same_words_stay_quiet_in_their_everyday_sense_or_genuine(title, category, price, currency):
    assert alerts(title, category, price, currency) == set()


def test_names_category_reads_the_es_plural():
    assert names_category(frozenset({"moon", "watch"}), ["watches"])
    assert not names_category(frozenset({"watche"}), ["jewelry"])
