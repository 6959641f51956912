"""The brand's own spare part or consumable called original is judged by what the brand's own part costs
(context/part_prices.py, index._genuine_part and _fair_price), not by the floor of the device it fits: far below it, a
copy; a third party's part that says what it fits, the brand's own at its own price and a pulled part said used stay
quiet (parts39, issue 9)."""

from __future__ import annotations

import pytest

from services.matcher.core.context.part_prices import part_floor, part_spans
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("title, kind, units", [
    ("Sony original ear pads", "ear cushions", 1),
    ("Oral-B genuine brush heads 12 pack", "brush heads", 12),
    ("Dexcom original sensors x3", "sensors", 3),
    ("Samsung étui de charge d'origine", "charging case", 1),
    ("Microsoft original gamepad pair", "controller", 2),
    ("Makita genuine 18V battery pack", "battery", 1),
    ("Dyson Original-Filter", "filter", 1),
])
def test_a_part_is_read_with_its_units(title, kind, units):
    found = part_floor(title)
    assert found is not None and found[0] == kind and found[2] == units


def test_no_part_no_floor():
    assert part_floor("Sony WH-1000XM5 headphones new") is None
    assert part_floor("iPad Pro 11 M4") is None  # "pad" is a word of its own only
    assert part_floor("Varta AAA battery 8 pack") is None  # household cells, no device's battery pack


def test_a_case_noun_inside_a_charging_case_is_spanned():
    title = "Samsung étui de charge original"
    assert any(a <= title.index("étui") < b for a, b in part_spans(title))


@pytest.mark.parametrize("title, category, price, currency", [
    ("Sony original replacement ear pads new", "headphones", 6.0, "EUR"),
    ("Philips genuine brush heads 8 pack", "electric toothbrushes", 12.0, "EUR"),
    ("Samsung étui de charge d'origine neuf", "earbuds", 9.0, "EUR"),
    ("Sony wireless controller original for Sony console", "consoles", 11.0, "EUR"),
])
def test_the_brands_own_part_at_a_copys_price_alerts(title, category, price, currency):
    brand = title.split()[0].lower()
    assert brand in demo_alerts(title, category, price, currency=currency)


@pytest.mark.parametrize("title, category, price, currency, description", [
    ("Replacement ear pads for Sony headphones", "headphones", 6.0, "EUR", "Third-party, not made by Sony."),
    ("Brush heads compatible with Philips Sonicare, 8 pack", "electric toothbrushes", 9.0, "EUR", ""),
    ("Sony original ear pads new", "headphones", 45.0, "EUR", ""),
    ("Philips genuine brush heads 8 pack", "electric toothbrushes", 55.0, "EUR", ""),
    ("Sony original ear pads – used, pulled from working headphones", "headphones", 11.0, "EUR", "Light wear."),
])
def test_honest_parts_stay_quiet(title, category, price, currency, description):
    assert not demo_alerts(title, category, price, description, currency)
