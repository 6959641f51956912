"""The brand's mark on the goods (rule `marked`, context/marked.py; issue 9): the brand's name with its logo name or its
pattern on goods sold in a frame that lowers a mention (an accessory for another brand's device, car goods, handmade
goods, a category far from the brand's), and the frames' honest twins. Answers are what a brand sees: whether a Match
reaches its threshold, and the evidence it carries."""

from __future__ import annotations

import pytest

from services.matcher.core.context.marked import handmade
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts

CASES = "Cell Phones & Accessories > Cases, Covers & Skins"
HANDMADE = "Handmade > Clothing & Accessories"


@pytest.mark.parametrize("title, category, price, brand, said", [
    ("Louis Vuitton monogram case for iPhone 15 Pro Max, leather", CASES, 12.0, "louis-vuitton", "Louis Vuitton monogram"),
    ("Nike swoosh silicone case for AirPods 3", CASES, 6.0, "nike", "Nike swoosh"),
    ("Burberry check car seat covers full set 9 pcs", "Vehicle Parts & Accessories > Car Accessories", 39.0, "burberry",
     "Burberry check"),
    ("Funda Gucci estampado para iPhone 15", CASES, 7.0, "gucci", "Gucci estampado"),
    ("Burberry Karo Handyhülle für Galaxy S24", CASES, 8.0, "burberry", "Burberry Karo"),
    ("Coque Louis Vuitton monogramme pour iPhone 14", CASES, 9.0, "louis-vuitton", "Louis Vuitton monogramme"),
    ("Gucci 老花手机壳 iPhone15", CASES, 9.0, "gucci", "Gucci 老花"),
    ("BMW roundel steering wheel cover 38cm", "Vehicle Parts & Accessories > Car Accessories", 15.0, "bmw", "BMW roundel"),
    ("Custom Nike swoosh crochet beanie, handmade", HANDMADE, 23.0, "nike", "Nike swoosh"),
    ("Handmade Burberry check scrunchies set of 3", HANDMADE, 13.0, "burberry", "Burberry check"),
    ("Handmade Louis Vuitton print baby bib and pacifier clip", HANDMADE, 20.0, "louis-vuitton", "Louis Vuitton print"),
    ("Custom adidas trefoil quilted jacket, one of a kind", HANDMADE, 46.0, "adidas", "adidas trefoil"),
    ("Handmade BMW roundel key fob", "Handmade", 25.0, "bmw", "BMW roundel"),
    ("Gorro hecho a mano Nike swoosh", None, 18.0, "nike", "Nike swoosh"),
])
def test_the_brands_mark_on_goods_alerts_with_its_reason(title, category, price, brand, said):
    alerts = demo_alerts(title, category, price)
    assert brand in alerts, title
    marked = [s for s in alerts[brand].signals if s.rule == "marked"]
    assert [s.term for s in marked] == [said]
    assert (marked[0].field, title[marked[0].start:marked[0].end]) == ("title", said)  # where the listing says it
    assert "mark on the goods" in marked[0].detail
    assert not any(s.rule == "category_distance" for s in alerts[brand].signals)
    assert not any(s.rule == "accessory" and s.weight < 0 for s in alerts[brand].signals)


def test_the_device_the_decorated_case_fits_is_no_alert():
    """Apple is the honest compatibility of a case in Louis Vuitton's monogram: only Louis Vuitton alerts."""
    assert set(demo_alerts("Louis Vuitton monogram case for iPhone 15 Pro Max, leather", CASES, 12.0)) == {"louis-vuitton"}


@pytest.mark.parametrize("title, category, price", [
    # the pattern names the product the accessory fits
    ("Base shaper for LV monogram Speedy 30", "Handbag Accessories", 14.99),
    ("Base shaper for Coach New York monogram Swinger bag", "Handbag Accessories", 20.5),
    ("Vachetta protector film for Louis Vuitton monogram bags", "Handbag Accessories", 9.99),
    ("Replacement strap for Gucci canvas tote, leather", "Handbag Accessories", 19.99),
    ("Taschenorganizer für Burberry Karo Taschen", "Handbag Accessories", 15.0),
    ("Inspired by Burberry check scarf, acrylic", "Scarves", 9.99),
    # the mark refused, a logo name that is a common word and a part, a logo name that names the brand's goods
    ("Plain crochet beanie, no Nike swoosh, handmade", HANDMADE, 19.99),
    ("Rolex crown and tube 7mm, aftermarket, fits 116610", "Watch Parts", 12.99),
    ("LEGO minifigure display case for 16 figures", "Display Cases", 19.99),
    # a pattern of its own on an honest accessory; a brand that sells no fashion ("print" of a printer)
    ("Case for AirPods Pro 2, plaid print", CASES, 6.99),
    ("iPhone 15 case, clear silicone", CASES, 6.99),
    ("Hülle für Samsung Galaxy S24 Karo Muster", "Handyhüllen", 7.99),
    ("Canon print head PF-10 replacement", "Printer Parts", 39.99),
    ("Handmade crochet beanie, check pattern", HANDMADE, 19.99),
    ("Replacement back housing for iPhone 13, no logo, not original", "Cell Phone Parts", 9.99),
    ("Louis Vuitton Monogram: The Book, hardcover", "Books", 29.99),
])
def test_honest_frames_stay_quiet(title, category, price):
    assert set(demo_alerts(title, category, price)) == set(), title


@pytest.mark.parametrize("text, said", [
    ("Custom Nike swoosh crochet beanie", "Custom"), ("Gorro hecho a mano", "hecho a mano"),
    ("ハンドメイド ヘアゴム", "ハンドメイド"), ("Handgemachte Kissenhülle", "Handgemachte"),
    ("Nike Air Max 90, customer service", None), ("Gucci loafers, crafted in Italy", None),
])
def test_handmade_words(text, said):
    assert handmade(ListingText(text, "")) == said


@pytest.mark.parametrize("title, category, price, brand, claim", [
    ("Wireless earbuds for AirPods Pro 2 with ANC, pop-up window, shows in iPhone settings", "Earbuds", 25.0, "apple",
     "pop-up window"),
    ("Earbuds for Samsung Galaxy Buds2 Pro, pops up in Galaxy Wearable app", "Earbuds", 30.0, "samsung", "pops up in"),
    ("Earphones compatible for AirPods Pro 2nd gen, serial number", "Earbuds", 40.0, "apple", "serial number"),
    ("Wireless controller for PS5 DualSense, vibration, PS logo, white", "Controllers", 11.0, "sony", "PS logo"),
    ("Controller for Xbox Series X with logo button", "Controllers", 6.0, "microsoft", "logo"),
    ("Battery for Canon LP-E6NH with original label and chip", "Camera Batteries", 12.0, "canon", "original label"),
])
def test_an_accessory_that_claims_the_devices_own_identity_alerts(title, category, price, brand, claim):
    """A third party's accessory does not pop up as the brand's device, pass its serial check or carry its logo or
    label: with such a claim the accessory frame is kept as a note and lowers nothing."""
    alerts = demo_alerts(title, category, price)
    assert brand in alerts, title
    accessory = [s for s in alerts[brand].signals if s.rule == "accessory"]
    assert accessory and accessory[0].weight == 0 and f"claim of identity '{claim}'" in accessory[0].detail


@pytest.mark.parametrize("title, category, price", [
    ("Case for AirPods Pro 2, clear silicone", "Cell Phones & Accessories > Cases, Covers & Skins", 6.0),
    ("Silicone case AirPods Pro 2, pink", None, 5.0),
    ("Nike swoosh silicone case AirPods 3", "Cell Phones & Accessories > Cases, Covers & Skins", 6.0),
    ("Wireless controller for PS5, vibration, white", "Controllers", 25.0),
    ("Battery for Canon LP-E6NH, 2 pack, compatible, with charger", "Camera Batteries", 19.0),
    ("Replacement ear tips for AirPods Pro 2, 3 sizes", "Earbuds", 8.0),
    ("Case for iPhone 15 with logo cutout, clear", "Cell Phones & Accessories > Cases, Covers & Skins", 6.0),
    ("Controller for Xbox Series X, no logo, not original", "Controllers", 12.0),
])
def test_honest_device_accessories_stay_quiet_for_the_device(title, category, price):
    """The device an honest accessory fits does not alert (Apple on a Nike-swoosh AirPods case is the fit)."""
    alerts = demo_alerts(title, category, price)
    assert not {"apple", "sony", "canon", "microsoft"} & set(alerts), (title, set(alerts))
