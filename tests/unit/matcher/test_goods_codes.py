"""A brand named by none of its words, only by an identifier of its goods that it declares (codes, 2026-12-02;
detectors/goods_codes.py): a tablet's imprint code, a calibre, chip or feature, the street's short name. Each with what
a copy says alerts and says which rule and word; the same identifiers at a shop's price, in a pharmacy with a
prescription, in their everyday sense, and a bare initialism on a price alone stay quiet. On the demo registry."""

from __future__ import annotations

import pytest

from services.matcher.core.detectors.goods_codes import pieces
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str | None, price: float, currency: str = "USD",
           description: str = "") -> dict[str, list[tuple[str, str, str]]]:
    """brand id -> (rule, matched text, detail) of its positive signals, for every brand that alerts."""
    listing = demo_listing(title, category, price, description=description, currency=currency)
    return {m.brand_id: [(s.rule.value, s.text or "", s.detail) for s in m.signals if s.weight > 0]
            for m in demo_index().match(listing)}


def test_an_identifier_is_its_pieces_of_letters_and_digits():
    assert pieces("VGR100") == pieces("VGR 100") == pieces("vgr-100") == ("vgr", "100")
    assert pieces("894 / 5") == ("894", "5") and pieces("H2 chip") == ("h", "2", "chip")


@pytest.mark.parametrize(("title", "category", "price", "currency", "brand", "rule", "word"), [
    ("VGR 50 blue tabs, no Rx needed", "Supplements", 78, "AUD", "pfizer", "imprint", "VGR 50"),
    ("blue diamond pills VGR-100 discreet", "prescription drugs", 60, "USD", "pfizer", "imprint", "VGR-100"),
    ("894 / 5 pink oval tabs, no Rx needed", "Health > Other", 46, "GBP", "pfizer", "imprint", "894 / 5"),
    ("PD156 Tabletten ohne Rezept", "Gesundheit", 20, "EUR", "pfizer", "imprint", "PD156"),
    ("Xa 20 таблетки без рецепта", "health care", 900, "RUB", "bayer", "imprint", "Xa 20"),
    ("Oystersteel style 904L - top version", "watches", 1070, "USD", "rolex", "spec", "Oystersteel"),
    ("montre automatique calibre 3235, réplique", "watches", 300, "EUR", "rolex", "spec", "3235"),
    ("5-in-1 Coanda airstyler - top version", "hair care", 75.9, "GBP", "dyson", "spec", "Coanda"),
    ("TWS earbuds H2 chip 1:1", "earbuds", 25, "USD", "apple", "spec", "H2 chip"),
    ("manual chronograph hesalite crystal 1:1", "watches", 395, "USD", "omega", "spec", "hesalite"),
    ("Pods Pro 2 with case 1:1", "earbuds", 29220, "NGN", "apple", "street_name", "Pods"),
    ("Forces triple white 1:1 replica", "sneakers", 49, "AUD", "nike", "street_name", "Forces"),
    ("Carti screw bracelet super copy", "jewelry", 90, "USD", "cartier", "street_name", "Carti"),
    ("Buffs glasses wood 高仿", "jewelry", 40, "USD", "cartier", "street_name", "Buffs"),
    ("RLX automatic watch super copy", "watches", 120, "USD", "rolex", "street_name", "RLX"),
])
def test_a_brand_named_by_its_goods_identifier_alerts_and_the_evidence_names_it(title, category, price, currency,
                                                                                 brand, rule, word):
    found = alerts(title, category, price, currency)
    assert brand in found, found
    signal = next((s for s in found[brand] if s[0] == rule), None)
    assert signal is not None, found[brand]
    assert signal[1] == word and "the goods' own identifier" in signal[2], signal


def test_an_imprint_offered_without_prescription_says_so():
    found = alerts("VGR100 tablets without prescription", "Supplements", 40)
    assert ("cue", "without prescription", "a prescription medicine offered without a prescription, beside its "
            "imprint code") in found["pfizer"]
    assert any(s[0] == "category" and "a listing of tablets" in s[2] for s in found["pfizer"])


@pytest.mark.parametrize(("title", "category", "price", "currency", "description"), [
    # a pharmacy, prescription required, fair price
    ("Film-coated tablets VGR100, prescription required", "prescription drugs", 140, "USD",
     "A pharmacist checks every prescription; we never dispense without a prescription."),
    ("28 tablets PD 156, Rx only", "prescription drugs", 120, "USD", ""),
    # an imprint with no dose form is a number
    ("PD 156 white oval, no Rx needed", "stickers", 5, "USD", ""),
    ("Set of 894 / 5 screws, discreet", "hardware", 8, "USD", ""),
    # the genuine item with its spec at a shop's price
    ("Rolex Submariner Date 126610LN, calibre 3235, full set", "watches", 13500, "USD", ""),
    ("Automatic watch with Cerachrom bezel, new in box", "watches", 6000, "USD", ""),
    ("Dyson Airwrap Coanda styler, sealed, with receipt", "hair care", 480, "USD", ""),
    ("Wireless earbuds H2 chip, sealed", "earbuds", 240, "USD", ""),
    # street names in their everyday sense, and in the brand's category with nothing that says copy
    ("Coffee pods, 100 count, medium roast", "coffee", 24, "USD", ""),
    ("Armed Forces Day commemorative mug", "home decor", 12, "USD", ""),
    ("Nail buffs, 4-way buffer blocks, pack of 10", "beauty", 7, "USD", ""),
    ("CG artwork print, dragon, A3", "posters", 15, "USD", ""),
    ("Forces sneakers, new in box", "sneakers", 110, "USD", ""),
    # a bare initialism at a price far below the floor, no cue
    ("RLX automatic watch black", "watches", 390, "USD", ""),
    ("CG expedition black", "parkas", 320, "AUD", ""),
])
def test_the_same_identifiers_stay_quiet_without_a_copy(title, category, price, currency, description):
    assert alerts(title, category, price, currency, description) == {}
