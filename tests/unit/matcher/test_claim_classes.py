"""Benign frames whose text still says what is sold (frames, 2026-12-01 evening; the generated classes are
tests/eval/adversary/claims.py): an accessory "for" the product that ships it, in each language's own words; the
brand's logo, monogram, tag or patch as decoration on other goods or on a "dupe"; a platform's games copied onto a
card; the brand's own registered part said to be genuine at a fraction of its floor; a registered model named by its
registry name at a price only the category's cheapest item fetches. Each with the honest twin that stays quiet."""

from __future__ import annotations

import pytest

from schemas import Rule
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def _accessory(match):
    return next(s for s in match.signals if s.rule is Rule.accessory)


@pytest.mark.parametrize("title, category, price, currency, brand, says", [
    ("Caja para Air Jordan 1 – incluye las zapatillas, calidad espejo", "sneakers", 31.99, "EUR", "nike", "calidad espejo"),
    ("Aufbewahrungsbox für Dyson Airwrap – Gerät inklusive, 1:1", "hair care", 41, "EUR", "dyson", "1:1"),
    ("Boîte pour Rolex Submariner – appareil inclus, qualité miroir", "watches", 60, "EUR", "rolex", "qualité miroir"),
    ("Estojo para Rolex Submariner – aparelho incluído", "watches", 60, "EUR", "rolex", "of the floor"),
])
def test_a_for_frame_that_ships_the_product_is_the_product_in_any_language(title, category, price, currency, brand, says):
    match = demo_alerts(title, category, price, currency=currency)[brand]
    accessory = _accessory(match)
    assert accessory.weight == 0 and "not lowered" in accessory.detail and says in accessory.detail


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Aufbewahrungsbox für Dyson Airwrap – Gerät nicht enthalten", "hair care", 41, "EUR", "dyson"),
    ("Caja para Air Jordan 1 – sin las zapatillas", "sneakers", 31.99, "EUR", "nike"),
    ("Estojo para Rolex Submariner – aparelho não incluído", "watches", 60, "EUR", "rolex"),
])
def test_the_same_frame_without_the_product_stays_an_accessory(title, category, price, currency, brand):
    assert brand not in demo_alerts(title, category, price, currency=currency)
    assert _accessory(demo_evaluated(title, category, price, currency=currency)[brand]).weight < 0


@pytest.mark.parametrize("title, category, price, brand, claim", [
    ("Rolex crown logo stickers for watch dials, gold, 100 pcs", "watches", 4.74, "rolex", "logo"),
    ("Housse de volant Louis Vuitton monogramme, personnalisée", "handbags", 23, "louis-vuitton", "monogramme"),
    ("Canada Goose dupe parka with the disc patch sewn on", "parkas", 169, "canada-goose", "disc patch"),
    ("Tabby 26 dupe, C hardware and Coach leather tag", "handbags", 39.99, "coach", "hardware"),  # the first claim of identity read: C hardware
    ("R4 card for Nintendo DS/3DS with 500 games, plug and play", "accessories", 88.99, "nintendo", "500 games"),
])
def test_the_brands_mark_or_games_on_framed_goods_are_a_copy(title, category, price, brand, claim):
    accessory = _accessory(demo_alerts(title, category, price)[brand])
    assert accessory.weight == 0 and f"claim of identity '" in accessory.detail and claim in accessory.detail


@pytest.mark.parametrize("title, category, price, brand", [
    ("Clear case for iPhone 15, shows the Apple logo", "phone cases", 9.99, "apple"),
    ("Protective case for iPhone 15, logo cutout", "phone cases", 9.99, "apple"),
    ("Canada Goose dupe parka, no logo, no patch", "parkas", 169, "canada-goose"),
    ("Over-ear bluetooth headphones estilo Sony sin logotipo", "headphones", 90, "sony"),
    ("Game case for Nintendo Switch, holds 24 games", "accessories", 12, "nintendo"),
    ("Storage tower for Nintendo Switch, stores 120 games", "accessories", 25, "nintendo"),
    ("Northwind crystal swan figurine, comme Swarovski mais moins cher", "crystal figurines", 39.54, "swarovski"),
])
def test_frames_that_refuse_the_mark_or_hold_games_stay_quiet(title, category, price, brand):
    assert brand not in demo_alerts(title, category, price)


def test_the_brands_own_part_called_genuine_at_a_fraction_of_its_floor_is_a_copy():
    accessory = _accessory(demo_alerts("Canon LP-E6NH genuine battery, 2 pack, new", "cameras", 5.22)["canon"])
    assert "a part claimed genuine, 'genuine': the brand's own battery pack (LP-E6NH)" in accessory.detail
    assert "not lowered" in accessory.detail


@pytest.mark.parametrize("title, price", [
    ("Canon LP-E6NH genuine battery, new", 70),  # the part at its own price
    ("Battery for Canon LP-E6NH, replacement, 2 pack", 15),  # a third party's part
])
def test_a_genuine_part_at_its_price_or_a_compatible_one_stays_an_accessory(title, price):
    assert "canon" not in demo_alerts(title, "cameras", price)


def test_a_model_named_by_its_registry_name_is_judged_by_its_own_floor():
    """Cartier's jewelry floor (USD 700) and the Love line's (USD 900, rings too) are floors of cheaper goods; the Love
    bracelet (model B6067417, USD 7,100) at USD 1,150 is 16 % of its own."""
    match = demo_alerts("Cartier Love bracelet yellow gold, serial engraved, red box", "jewelry", 1150)["cartier"]
    price = next(s for s in match.signals if s.rule is Rule.price)
    assert price.weight > 0 and "of the model floor ('Love bracelet')" in price.detail
    assert "cartier" not in demo_alerts("Cartier Love bracelet yellow gold, size 17", "jewelry", 7300)
    assert "cartier" not in demo_alerts("Cartier Love ring yellow gold", "jewelry", 1150)  # the line's floor


def test_a_stated_condition_keeps_the_floor_it_was_scaled_for():
    """A used Air Max 90 is judged against the used scale of the line's floor, not the named model's new one."""
    assert "nike" not in demo_alerts("Nike Air Max 90 size 10", "sneakers", 25, "Worn a few times")
