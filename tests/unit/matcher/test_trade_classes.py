"""What is sold and how many (issue 9): a pack or lot judged per unit, and the trade around the goods that is itself the
offence (forged paperwork, packaging in bulk, a logo service, a bootleg print); with the honest multipacks and genuine
goods sold with their papers that stay quiet. Answers are what a brand sees: whether a Match alerts, and the evidence's
words (the rule named).
"""

from __future__ import annotations

import pytest

from services.matcher.core.context.quantity import read_quantity, retail_units
from services.matcher.core.context.trade import TradeReader
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_listing


def details(match) -> str:
    return " | ".join(f"{s.term}: {s.detail}" for s in match.signals)


# ------------------------------------------------------------------ the reader of units

@pytest.mark.parametrize("title, units", [
    ("Michelin Pilot Sport 4S 245/40ZR18 set of 4 new", 4),
    ("Swarovski jewelry lot 30 pieces new in boxes", 30),
    ("Similac infant formula 964g x 6", 6),
    ("Nike Packung mit 6", 6),
    ("lot de 10 Nike", 10),
    ("ロレックス 10本セット", 10),
    ("комплект 4 шт", 4),
    ("Bepanthen 100g 20 darab", 20),
    ("Gucci belt x20", 20),
    ("Rolex 10 pcs", 10),
    ("Nescafé Gold 200g bax 12 borcane", 12),
    # lots and trade cases in the trade's words (quantity.CASE_WORDS, the toy lots' nouns, 体 of figures)
    ("Hot Wheels 50 car lot", 50),
    ("Lote 50 minifiguras LEGO", 50),
    ("Kit 30 Hot Wheels lacrados", 30),
    ("ガンプラ 10体セット", 10),
    ("Barbie dolls set of 10", 10),
    ("Ferrero Rocher T30 Karton 8 Stück", 8),
    ("Nutella 750g koli 6'lı toptan", 6),
    ("Coca-Cola lata fardo 12 un. atacado", 12),
    ("Nescafé Classic 50g carton of 24", 24),
    ("Coca-Cola 750ml crate of 24", 24),
    ("Nutella 750g cartone da 6, ingrosso", 6),  # genuine, 2026-12-03: more of the markets' case words
    ("evian 50cl caisse de 24", 24),
    ("Coca-Cola lata palet de 20", 20),
])
def test_a_count_of_retail_units_is_read_in_the_trades_languages(title, units):
    assert retail_units(title)[0] == units, read_quantity(title)


@pytest.mark.parametrize("title, consumable", [
    ("Tylenol Extra Strength 100 caplets", False),     # doses of one box
    ("Callaway golf balls 12 pack", False),             # the balls of one pack
    ("Gillette Mach3 blades pack of 12", False),
    ("LEGO Classic bricks 1500 pieces", False),         # a kit's parts
    ("Louis Vuitton scarf 140 x 140 cm", False),        # a size
    ("Levi's 501 jeans 32x32", False),                  # a waist and a leg
    ("iPhone X 64 GB", False),                          # a storage size
    ("Ferrero Rocher 30 pieces", True),                 # the chocolates of one box
    ("Kinder Riegel 21g x 10", True),                   # mini bars: one retail pack
    ("Kinder Riegel 10er Pack", True),                  # a retail multipack, no unit size stated
    ("LEGO Technic kit 8860", False),                   # a set's number after "kit"
])
def test_counts_that_are_no_retail_units_are_one_unit(title, consumable):
    assert retail_units(title, consumable=consumable) == (1, "")


def test_a_consumable_pack_of_full_size_units_is_counted():
    assert retail_units("Coca-Cola 12x330ml", consumable=True)[0] == 12
    assert retail_units("Aptamil Profutura 800g x 6", consumable=True)[0] == 6
    assert retail_units("Snickers 48g x 24", consumable=True)[0] == 24  # a case of bars, each a retail unit
    assert retail_units("Coca-Cola 330ml cans case of 24", consumable=True)[0] == 24
    assert retail_units("Ferrero Rocher T30 Karton 8 Stück", consumable=True)[0] == 8  # a trade case of boxes


# ------------------------------------------------------------------ a pack priced as one unit

@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Michelin Pilot Sport 4S 245/40ZR18 set of 4 new", "tires", 90, "USD", "michelin"),
    ("Swarovski jewelry lot 30 pieces new in boxes", "jewelry", 75.99, "USD", "swarovski"),
    ("Nike Air Force 1 lot of 20 pairs", "sneakers", 300, "USD", "nike"),
    ("Rolex Submariner комплект 10 шт", "watches", 6000, "USD", "rolex"),
    ("Cartier bracelets 10本セット", "jewelry", 900, "USD", "cartier"),
])
def test_a_pack_priced_as_one_unit_alerts_and_says_per_unit(title, category, price, currency, brand):
    found = demo_alerts(title, category, price, currency=currency)
    assert brand in found, title
    assert "per unit: " in details(found[brand]) and "per_unit" in details(found[brand])


@pytest.mark.parametrize("title, category, price, currency", [
    ("Michelin Pilot Sport 4S 245/40ZR18 set of 4 new", "tires", 880, "USD"),
    ("Michelin CrossClimate 2 205/55R16 set of 4", "tires", 520, "USD"),
    ("Nescafé Gold 200g x 6", "coffee", 45, "USD"),
    ("Aptamil Profutura 3 800g x 4", "infant formula", 180, "USD"),
    ("Swarovski crystal earrings set of 2", "jewelry", 130, "USD"),
    ("Callaway Chrome Soft golf balls 12 pack", "golf balls", 45, "USD"),
    ("LEGO Classic bricks 1500 pieces", "building sets", 60, "USD"),
    ("Levi's 501 jeans 2 pack", "jeans", 110, "USD"),
    ("Panasonic eneloop AA rechargeable batteries 8 pack", "batteries", 60, "USD"),
])
def test_an_honest_multipack_at_a_fair_price_per_unit_stays_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}, title


# a toy lot and a case of food or drink priced as a few units; with a cover story the story is named too
@pytest.mark.parametrize("title, category, price, currency, brand, story", [
    ("Hot Wheels 50 car lot, new sealed", "dolls", 20, "USD", "mattel", None),
    ("Lote 50 minifiguras LEGO nuevas", "building sets", 400, "MXN", "lego", None),
    ("Kit 30 Barbie bonecas lacradas", "dolls", 90, "BRL", "mattel", None),
    ("Coca-Cola 330ml x 24 employee price, brand new", "soft drinks", 4, "USD", "coca-cola", "staff sale"),
    ("Snickers 48g x 24 면세점 구매 새상품", "chocolate", 9000, "KRW", "mars", "duty free"),
    ("Nescafé Gold 200g karton 12, aus Zollversteigerung", "coffee", 10, "EUR", "nestle", "customs seizure"),
])
def test_a_lot_or_case_at_a_copy_price_per_unit_alerts(title, category, price, currency, brand, story):
    found = demo_alerts(title, category, price, currency=currency)
    assert brand in found, title
    # judged per unit, or by the registered model that is the case ("Snickers 48g x 24", "Coca-Cola 330ml x 24")
    assert "per unit: " in details(found[brand]) or "of the model floor" in details(found[brand])
    if story is not None:
        assert f"a cover story ({story})" in details(found[brand])


# the same goods by the case or pallet at a distributor's price: judged per unit, a genuine seller's price
@pytest.mark.parametrize("title, category, price, currency", [
    ("Nutella 750g koli 6'lı toptan", "spreads", 900, "TRY"),
    ("Coca-Cola 330ml cans case of 24, wholesale", "soft drinks", 14, "USD"),
    ("Snickers 48g x 24 Großhandel, Karton", "chocolate", 17, "EUR"),
    ("Nescafé Gold 200g karton grosir 12 pcs", "coffee", 1500000, "IDR"),
    ("Aptamil Pre 800g x 6, Großhandel", "infant formula", 110, "EUR"),
    ("Coca-Cola 330ml x 24, employee price", "soft drinks", 18, "USD"),
    ("Nutella 750g cartone da 6, ingrosso con fattura", "spreads", 38, "EUR"),
])
def test_a_trade_case_at_a_fair_price_per_unit_stays_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}, title


# ------------------------------------------------------------------ the trade around the goods

@pytest.mark.parametrize("title, category, price, brand, kind", [
    ("Blank Rolex warranty card + booklet, fill in any serial", "Watches > Parts", 35.99, "rolex", "paperwork"),
    ("Windows 11 Pro COA stickers (certificate of authenticity) lot of 10", "software licenses", 15, "microsoft",
     "paperwork"),
    ("Omega Garantiekarte blanko mit Box", "watches", 27, "omega", "paperwork"),
    ("Canada Goose hologram tags with QR codes (pack of 20)", "parkas", 22, "canada-goose", "paperwork"),
    ("Levi's leather back patches for jeans 500 pcs", "jeans", 0.5, "levis", "packaging"),
    ("雅培 菁智 空罐 900g 带内盖 30个", "infant formula", 150, "abbott", "packaging"),
    ("Designer belt GG buckle factory price MOQ 50, logo customized", "belts", 4.5, "gucci", "logo_service"),
    ("Bootleg Nike swoosh hoodie oversized, custom DTG print", "sportswear", 28.99, "nike", "bootleg"),
])
def test_the_trade_around_the_goods_alerts_and_names_its_rule(title, category, price, brand, kind):
    found = demo_alerts(title, category, price)
    assert brand in found, title
    assert f"trade {kind}: " in details(found[brand])


@pytest.mark.parametrize("title, category, price", [
    ("Rolex Submariner Date 126610LN, full set with box and warranty card", "watches", 12500),
    ("Omega Speedmaster Professional inkl. Garantiekarte und Box", "watches", 6900),
    ("Empty Rolex box, original green, collector's item", "watches", 250),
    ("Levi's 517 bootleg jeans, dark wash", "jeans", 60),
])
def test_genuine_goods_with_their_papers_and_a_collectors_box_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}, title


def test_the_trade_reader_reads_nothing_in_an_ordinary_listing():
    assert TradeReader().read(demo_listing("Nike Air Max 90 white, size 42", "sneakers", 120),
                              ListingText("Nike Air Max 90 white, size 42", "")) == []


# ------------------------------------------------------------------ a registered item named in another language

@pytest.mark.parametrize("title, price, currency", [
    ("Cartier Love bracciale oro giallo, nuovo", 690, "EUR"),          # Italian noun after the line
    ("Pulsera Cartier Love oro amarillo", 650, "EUR"),                  # Spanish noun before it
])
def test_a_registered_item_named_in_any_language_is_judged_by_its_own_floor(title, price, currency):
    found = demo_alerts(title, "jewelry", price, currency=currency)
    assert "cartier" in found, title
    assert "Love bracelet" in details(found["cartier"])


@pytest.mark.parametrize("title, price", [
    ("Cartier Love bracelet, used, box and papers", 4800),
    ("Cartier Love Armband Gelbgold 17", 6900),
])
def test_the_item_at_its_price_new_or_used_stays_quiet(title, price):
    assert demo_alerts(title, "jewelry", price) == {}, title
