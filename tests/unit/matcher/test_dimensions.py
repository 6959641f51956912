"""The goods named by their exact published size (issue 9, outsider22's `c_dimension_fingerprint22`; rule dimensions,
detectors/dimensions.py): two or three numbers joined by x with a unit, in any order, each within its last written
digit of a size the brand publishes for a line (Galaxy S24 Ultra 162.3 x 79.0 x 8.6 mm, Neverfull MM 31 x 28 x 14 cm),
name the brand in its category with a cue; another size, an accessory that names the device it fits, a genuine unit
at its price stay quiet."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.detectors.dimensions import same_size, sizes
from tests.unit.matcher.demo import demo_alerts


def test_sizes_are_read_with_their_unit_in_millimetres_and_their_last_digit():
    assert sizes("tote 31 x 28 x 14 cm") == [(5, 20, ((310.0, 5.0), (280.0, 5.0), (140.0, 5.0)))]
    assert sizes("31cm x 28cm x 14cm")[0][2] == ((310.0, 5.0), (280.0, 5.0), (140.0, 5.0))
    assert sizes("2 x 4 pack") == [] and sizes("12x 3") == []


def test_a_size_is_the_entrys_in_any_order_within_its_last_digit():
    entry = sizes("162.3 x 79.0 x 8.6 mm")[0][2]
    assert same_size(sizes("79 x 162.3 x 8.6 mm")[0][2], entry)
    assert same_size(sizes("16.23 x 7.9 x 0.86 cm")[0][2], entry)
    assert not same_size(sizes("162.3 x 79.0 x 9.6 mm")[0][2], entry)
    assert not same_size(sizes("162.3 x 79.0 mm")[0][2], entry)


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("Phone 162.3 x 79.0 x 8.6 mm, 232 g, titanium frame, built-in pen - 1:1 copy", "phones", 150.0, "samsung"),
    ("Tower console 30.1 x 15.1 x 15.1 cm, 1TB - replica", "consoles", 150.0, "microsoft"),
    ("Laptop 304.1 x 215 x 11.3 mm, 13.6 inch - clone", "laptops", 200.0, "apple"),
    ("Tote 28 x 31 x 14 cm coated canvas, super copy", "handbags", 80.0, "louis-vuitton"),
    ("Cashmere scarf 168 x 30 cm, camel check - replica", "scarves", 30.0, "burberry"),
])
def test_the_brands_published_size_with_a_cue_alerts_and_says_so(title, category, price, brand):
    found = demo_alerts(title, category, price)
    assert brand in found, found
    assert any(s.rule is Rule.dimensions for s in found[brand].signals)


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Laptop sleeve for laptops 30.41 x 21.5 x 1.13 cm, neoprene", "laptops", 15.0),  # an accessory
    ("Phone 162.3 x 79.0 x 8.6 mm, sealed, receipt", "phones", 1300.0),  # the genuine at its price
    ("Tote 35 x 28 x 14 cm canvas - 1:1 copy", "handbags", 80.0),  # another size
    ("Wool scarf 168 x 30 cm, tartan, new", "scarves", 12.0),  # two numbers at a low price, no copy cue
])
def test_sizes_that_name_no_copy_stay_quiet(title, category, price):
    found = demo_alerts(title, category, price)
    assert not any(s.rule is Rule.dimensions for m in found.values() for s in m.signals), found
