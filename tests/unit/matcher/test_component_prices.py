"""A part of a car or a device is judged by what the maker's own part of that kind costs (context/part_prices.py's
COMPONENTS, index._component_floor: floor scope "part"), not by the floor of the car or device it is of: a "genuine"
airbag at a fifth of an airbag's price alerts where the carmaker's category floor is an oil filter's; a display pulled
from a working phone, a repair shop's genuine part, a remanufactured part with a core charge and an aftermarket part
that says what it fits stay quiet at their prices (parts55, issue 9)."""

from __future__ import annotations

import pytest

from services.matcher.core.context.part_prices import component_floor
from tests.unit.matcher.demo import demo_alerts

CAR = ("auto parts", "accessories")


@pytest.mark.parametrize("title, categories, kind", [
    ("genuine BMW steering wheel airbag 32307910421", CAR, "airbag module"),
    ("Toyota Corolla Bremsbeläge vorne original", CAR, "brake pads"),
    ("Samsung Galaxy S24 AMOLED display genuine pulled", ("phones", "tablets"), "display"),
    ("Canon EOS R6 shutter unit", ("cameras", "printers"), "shutter unit"),
    ("Honda Civic подушка безопасности оригинал", CAR, "airbag module"),
])
def test_a_part_is_read_by_its_kind(title, categories, kind):
    found = component_floor(title, categories)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize("title, categories", [
    ("BMW airbag cover emblem M Sport", CAR),  # a cheaper thing of the part
    ("Honda brake pad wear sensor", CAR),
    ("Samsung Galaxy S24 screen protector tempered glass", ("phones",)),
    ("Samsung Galaxy S24 6.2\" AMOLED display 256GB", ("phones",)),  # the whole phone's spec
    ("Lego display case for UCS sets", ("toys", "building sets")),  # the brand sells no goods with screens
])
def test_no_part_no_floor(title, categories):
    assert component_floor(title, categories) is None


def test_a_part_filed_among_its_own_category_keeps_the_registry_floor():
    assert component_floor("Canon PG-545 ink cartridge", ("cameras", "printers", "ink"), "ink") is None


@pytest.mark.parametrize("title, price, currency, description", [
    ("genuine BMW steering wheel airbag M Sport F30 new in box 32307910421", 40.0, "USD",
     "BMW box and label, factory produced."),
    ("Honda driver airbag module Civic 2016-2021 77810-TBA-A81", 4.5, "USD", "Made in China, same as dealer part."),
    ("original Bosch keyless chuck GSR 18V-55", 2.5, "EUR", "Factory direct."),
])
def test_a_genuine_part_at_a_copys_price_alerts_on_the_part_floor(title, price, currency, description):
    brand = title.split()[1 if title.split()[0] in ("genuine", "original") else 0].lower()
    category = "power tools" if brand == "bosch" else "auto parts"
    match = demo_alerts(title, category, price, description, currency)[brand]
    assert any(s.rule == "price" and "of the part floor" in s.detail and "part_prices.COMPONENTS" in s.detail
               for s in match.signals) or any("least its own part costs" in (s.detail or "") for s in match.signals)


@pytest.mark.parametrize("title, category, price, currency, description", [
    ("Canon EOS R6 shutter unit original, used pull", "cameras", 37.0, "USD", "Pulled from a working unit, tested."),
    ("Samsung Galaxy S24 AMOLED display genuine pulled", "phones", 80.0, "USD", "Pulled from a working unit."),
    ("BMW X5 G05 wheel bearing genuine", "auto parts", 46.0, "GBP", "Sold by our workshop, invoice."),
    ("BMW reman brake caliper plus core deposit", "auto parts", 55.0, "USD", "Core charge refunded on return."),
    ("Quorvel brake pads fits BMW 3 Series F30", "auto parts", 9.0, "EUR", "Aftermarket part, not a BMW original."),
])
def test_honest_parts_stay_quiet(title, category, price, currency, description):
    assert not demo_alerts(title, category, price, description, currency)
