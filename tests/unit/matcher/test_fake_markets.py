"""Goods bought at a market known for counterfeits, and a copy admitted in a clause (context/admitted.py `fake_market`,
`_DENIED_CLAUSE`; market35, issue 9); the accessory and fuzzy readers' mistakes found beside them (outsider33): a
"1:1" that hides a clone word after it, the "Pro" of a model read as Czech "for", "original!" read in leet."""

from __future__ import annotations

import pytest

from services.matcher.core.context.admitted import admissions
from tests.unit.matcher.demo import demo_alerts


def _kinds(title: str, description: str = "", category: str | None = None) -> list[str]:
    return [a.kind for a in admissions(title, f"{title}\n{description}", category)]


@pytest.mark.parametrize("title, description", [
    ("Gucci GG Marmont bag bought at Silk Market Beijing", ""),
    ("Rolex Daytona", "Picked up at Canal Street NYC on holiday. Worn twice."),
    ("Coach Tabby bag from the Grand Bazaar", "used a few times"),
    ("Michael Kors tote", "got it at Ladies' Market HK last year"),
    ("Bolso Louis Vuitton Neverfull", "comprado en Tepito, usado dos veces"),
    ("Burberry scarf", "bought in MBK Bangkok, worn twice"),
    ("Pandora charm", "snagged at Ben Thanh Market, Saigon"),
    ("LV Neverfull 秀水街买的", "背过两次"),
    ("Omega Speedmaster", "souvenir from Patpong night market"),
])
def test_goods_from_a_known_fake_market_are_admitted(title, description):
    assert "fake_market" in _kinds(title, description)


@pytest.mark.parametrize("title, description", [
    ("Travel guide: shopping at Silk Market Beijing", "where to haggle, opening hours"),
    ("Louis Vuitton Neverfull MM", "hotel 5 minutes from Canal Street; I bought it at the LV store on Fifth Avenue"),
    ("Rolex Submariner", "pickup from Karama, papers and receipt"),
    ("Gucci Marmont", "bought at the Gucci boutique in Beijing, not at Silk Market"),
    ("Apartment near the Grand Bazaar", "2 rooms"),
    ("Nike Air Max 90", "ships from Canal Street warehouse"),
])
def test_a_market_named_otherwise_is_no_admission(title, description):
    assert "fake_market" not in _kinds(title, description)


@pytest.mark.parametrize("description", [
    "Picked up on holiday, obviously not real but great quality.", "Clearly not genuine, but nobody can tell.",
    "Worn twice - obviously fake.", "It's obviously a replica, but a good one.",
])
def test_a_clause_that_admits_a_copy_is_an_admission(description):
    assert "denied_original" in _kinds("Canada Goose Chilliwack Bomber", description)


@pytest.mark.parametrize("description", [
    "Obviously not fake, receipt included.", "Clearly not real leather on the strap.", "Of course genuine, with box.",
])
def test_a_clause_that_denies_a_copy_or_a_material_is_none(description):
    assert "denied_original" not in _kinds("Canada Goose Chilliwack Bomber", description)


@pytest.mark.parametrize("title, category, price, description, currency, brand", [
    ("Canada Goose Chilliwack Bomber bought at MBK Bangkok", "jackets", 253, "Picked up at MBK Bangkok on holiday, "
     "obviously not real but great quality. Worn twice.", "AUD", "canada-goose"),
    ("Coach Tabby Shoulder Bag 26 bought at the Grand Bazaar", "handbags", 49, "Worn twice.", "GBP", "coach"),
    ("Pandora heart charm", "charms", 21, "from Silk Market Beijing, worn twice", "AUD", "pandora"),
])
def test_fake_market_goods_alert(title, category, price, description, currency, brand):
    assert brand in demo_alerts(title, category, price, description, currency=currency)


@pytest.mark.parametrize("title, category, price, description", [
    ("Coach Tabby Shoulder Bag 26", "handbags", 180, "Bought at the Coach store in Istanbul, receipt, worn twice."),
    ("Pandora heart charm", "charms", 40, "Bought at the Pandora store near Silk Market, with receipt. Worn twice."),
])
def test_genuine_goods_bought_in_the_same_city_stay_quiet(title, category, price, description):
    assert "coach" not in demo_alerts(title, category, price, description) and "pandora" not in demo_alerts(
        title, category, price, description)


@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Canon LP-E6NH battery 1:1 clone, serial passes check", "cameras", 40, "Top clone. Not original.", "canon"),
    ("Canon LP-E6NH battery – AAA / Mirror / Super Clone grades", "cameras", 15, "Super clone +80%.", "canon"),
    ("Samsung Galaxy Buds2 Pro SM-R510 超A 好评返现", "earbuds", 35, "五星好评返现10元。本品为超A。", "samsung"),
])
def test_a_copy_of_the_brands_own_goods_named_like_an_accessory_alerts(title, category, price, description, brand):
    assert brand in demo_alerts(title, category, price, description)


@pytest.mark.parametrize("title, category, price, description", [
    ("Battery for Canon LP-E6NH 1:1 replacement", "camera accessories", 15, "Fits EOS R5."),
    ("Obal pro Samsung Galaxy S24", "phone cases", 8, "silikonový kryt"),
])
def test_an_accessory_for_the_brands_goods_stays_quiet(title, category, price, description):
    assert demo_alerts(title, category, price, description) == {}


def test_an_exclaimed_common_word_is_no_leet_mark():
    found = demo_alerts("Feedback pembeli Rolex Daytona 116500LN OEM copy", "watches", 900,
                        "Pembeli kata: 'kawan semua ingat original!' – OEM copy.", currency="MYR")
    assert "rolex" in found and "adidas" not in found


@pytest.mark.parametrize("title, description", [
    ("Ferrero Rocher bubble waffle – puesto de tianguis", "Freshly made at our stall every evening, order for pickup."),
    ("Nescafé iced coffee – lapak pasar malam", "Freshly made at our stall every evening. Made with the original drink."),
    ("M&M's soft-serve sundae – hawker stall", "Freshly made at our stall every evening."),
    ("Coke float – street food", "Made fresh at our food truck."),
])
def test_a_street_food_stalls_dish_stays_quiet(title, description):
    assert demo_alerts(title, "street food", 3, description) == {}


@pytest.mark.parametrize("title, category", [
    ("Nutella 1:1 copy jars 750g – hawker stall supplier", "food"),
    ("Nutella 1:1 copy jars 750g", "street food"),
])
def test_a_copy_sold_by_a_stall_still_alerts(title, category):
    assert "ferrero" in demo_alerts(title, category, 3, "same taste, relabelled")


@pytest.mark.parametrize("title", ["Price watch: Coach Tabby Shoulder Bag 26 down 15% this week",
                                   "Price watch: Canada Goose Expedition Parka down 15% this week",
                                   "Price watch: Estée Lauder night cream down 34% this week"])
def test_a_price_watch_filed_among_news_stays_quiet(title):
    assert demo_alerts(title, "news", 5, "") == {}


@pytest.mark.parametrize("title, category", [("News: Rolex Submariner 1:1 replica, DM for price", "news"),
                                             ("Price watch: Rolex Submariner down 15%", "watches")])
def test_a_copy_dressed_as_news_or_a_price_watch_outside_news_still_alerts(title, category):
    assert "rolex" in demo_alerts(title, category, 20, "")
