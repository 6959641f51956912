"""The brand named by its goods' looks and names (look26, issue 9): the official colour names of its goods (registry
`colours`, read as a nickname: the whole phrase, among the brand's goods with a cue or a copy's price), its 2025-26
products written without the mark ('17 Pro Max', 'S26 Ultra', 'Z Fold7'), the collectors' nicknames of watch
references that are another brand's marks ('Coke', 'Sprite': the goods decide, stronger.off_category_marks). Titles
written for this test from the registry's sources, not from a held-out set."""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests.unit.matcher.demo import SEED, demo_alerts
from tests.eval.adversary.generate import registry_doc


def test_no_colour_is_registered_by_two_brands_of_one_category():
    """A colour name names a brand only when one brand's colour fits: two brands selling the same goods under the same
    colour name ('Midnight' for phones and watches) would make the phrase name nobody."""
    doc = registry_doc(SEED)
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for brand in doc["brands"]:
        for entry in brand.get("colours", []):
            value = entry if isinstance(entry, str) else entry["value"]
            for category in brand["categories"]:
                owners[(value.casefold(), category)].add(brand["id"])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared, shared
    assert sum(1 for b in doc["brands"] if b.get("colours")) >= 15


@pytest.mark.parametrize(("title", "brand", "category", "price"), [
    ("multi-styler Strawberry Bronze/Blush Pink – copy but looks real", "dyson", "hair care", 90.0),
    ("NEW hair dryer Prussian Blue/Rich Copper (fake but premium)", "dyson", "hair care", 60.0),
    ("17 Pro Max Cosmic Orange 1TB super copy", "apple", "phones", 180.0),
    ("NEW 16 Pro Desert Titanium (fake but premium)", "apple", "phones", 80.0),
    ("S25 Ultra Titanium Silverblue – copy but looks real", "samsung", "phones", 130.0),
    ("controller Volcanic Red – AAA copy", "sony", "consoles", 20.0),
    ("Neon Red/Neon Blue controllers high copy, not original", "nintendo", "accessories", 20.0),
    ("wireless controller Electric Volt – replica", "microsoft", "accessories", 15.0),
    ("NEW headphones Lunar Blue (AAA copy)", "bose", "headphones", 38.0),
    ("front grille Estoril Blue, replica", "bmw", "auto parts", 30.0),
    ("Oil filter, colour: Supersonic Red - super copy", "toyota", "auto parts", 4.0),
])
def test_an_official_colour_name_names_the_brand_among_its_goods_with_a_cue(title, brand, category, price):
    assert set(demo_alerts(title, category, price)) == {brand}, title


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Cosmic Orange acrylic paint 120 ml tube", "paint", 8.0),
    ("Prussian Blue watercolour paint, 1:1 copy of the famous pigment", "paint", 5.0),
    ("Chunky knit yarn 100 g, shade Blush Pink", "yarn", 6.0),
    ("Case for 17 Pro Max, Cosmic Orange, own brand", "phone cases", 12.0),
    ("Kryt pro iPhone 16 Pro, Desert Titanium", "phone cases", 10.0),
    ("Neon Red LED strip 5 m, waterproof", "accessories", 15.0),
    ("Apple iPhone 17 Pro Max 1TB Cosmic Orange – new, carrier unlocked", "phones", 1499.0),
    ("Dyson Supersonic Nural Strawberry Bronze/Blush Pink – new, retailer", "hair care", 499.0),
])
def test_the_colour_words_on_honest_goods_stay_quiet(title, category, price):
    assert not demo_alerts(title, category, price), title


@pytest.mark.parametrize(("title", "brand", "category", "price"), [
    ("17 Pro Max 1TB – replica, top grade", "apple", "phones", 250.0),
    ("S26 Ultra 1TB – replica, top grade", "samsung", "phones", 200.0),
    ("Z Fold7 512GB – super copy", "samsung", "phones", 147.0),
    ("PencilVac cordless – 1:1 copy", "dyson", "vacuum cleaners", 40.0),
    ("Land-Dweller 40 flat-link – 1:1 reps", "rolex", "watches", 600.0),
    ("Trionda Pro match ball 2026 – AAA copy", "adidas", "football", 45.0),
    ("WH-1000XM6 headphones – rep, best batch", "sony", "headphones", 70.0),
])
def test_a_2025_26_product_written_without_the_mark_names_the_brand_with_a_cue(title, brand, category, price):
    assert set(demo_alerts(title, category, price)) == {brand}, title


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Apple AirPods Pro 3 – new, sealed", "earbuds", 249.0),
    ("Samsung Galaxy Z Fold7 512GB – new", "phones", 1999.0),
    ("Rolex Land-Dweller 40 – authorised dealer, full price", "watches", 14900.0),
    ("adidas Trionda League ball, size 5", "football", 30.0),
    ("Switch 2 pack light switch, white", "home improvement", 9.0),
])
def test_new_products_genuine_stay_quiet(title, category, price):
    assert not demo_alerts(title, category, price), title


@pytest.mark.parametrize(("title", "brand"), [
    ("GMT 'Coke' red/black – replica, top grade", "rolex"),
    ("GMT 'Sprite' left-hand crown – rep, best batch", "rolex"),
    ("GMT 'Root Beer' two-tone – rep, best batch", "rolex"),
    ("'Snoopy' moon chrono 50th – clone version", "omega"),
    ("'Ultraman' orange hand chrono – replica, top grade", "omega"),
])
def test_a_watch_nickname_names_the_watch_brand_not_the_soft_drink(title, brand):
    assert set(demo_alerts(title, "watches", 300.0)) == {brand}, title


def test_the_soft_drink_keeps_its_marks_among_its_own_goods_and_when_written_out():
    assert set(demo_alerts("Sprite 330ml x24 – replica", "soft drinks", 5.0)) == {"coca-cola"}
    assert "coca-cola" in demo_alerts("Coca-Cola Coke watch, vintage promo – replica", "watches", 40.0)
    assert not demo_alerts("Snoopy plush toy 30 cm", "toys", 15.0)


# ---------------------------------------------------------------- ingredient lists (detectors/ingredients.py)

@pytest.mark.parametrize(("title", "brand", "category", "price"), [
    ("Sugar, palm oil, hazelnuts 13%, skimmed milk powder 8.7%, fat-reduced cocoa 7.4%, lecithin, vanillin – "
     "the famous white-lid jar 750g, copy", "ferrero", "spreads", 4.0),
    ("Carbonated water, sugar, colour E150d, phosphoric acid, natural flavourings incl. caffeine – 330ml x24, "
     "red cans – factory copy", "coca-cola", "soft drinks", 4.0),
    ("Eucalyptol 0.092%, menthol 0.042%, methyl salicylate 0.06%, thymol 0.064% mouthwash 1L – copy",
     "johnson-johnson", "otc", 5.0),
    ("Notes: blackcurrant, pear, iris, praline, vanilla, patchouli – smile-bottle EDP 100ml – factory copy",
     "loreal", "fragrance", 30.0),
])
def test_a_published_ingredient_list_in_order_names_the_brand_with_a_copy_cue(title, brand, category, price):
    assert set(demo_alerts(title, category, price)) == {brand}, title


@pytest.mark.parametrize(("title", "category", "price"), [
    # a store brand's own label, honestly; one or two items; the list in another order; no copy cue
    ("Aldi Nutoka hazelnut spread 750g – hazelnuts 13%, cocoa", "spreads", 3.0),
    ("Kirkland antiseptic mouthwash 1.5L x2 – eucalyptol, menthol, thymol, methyl salicylate", "otc", 20.0),
    ("Lidl own cola 330ml x24 – carbonated water, sugar, caramel colour, phosphoric acid, flavourings, caffeine",
     "soft drinks", 6.0),
    ("Hazelnut spread 400g: sugar, palm oil, hazelnuts, skimmed milk powder, cocoa – cheap", "spreads", 2.0),
    ("Dexpanthenol 5% ointment 100g – pharmacy own brand, copy of the tube design", "otc", 4.0),
    ("Vanilla, patchouli, pear, blackcurrant candle – replica of a boutique scent", "candles", 9.0),
])
def test_store_brands_and_loose_items_stay_quiet(title, category, price):
    assert not demo_alerts(title, category, price), title
