"""The brand named by the head of a shop's catalogue code (issue 9, naming; outsider16's `c_catalogue_sku_prefix`): the
brand's own name shortened as a stock clerk shortens it (initials, first letters, syllables' first letters, the last
closing consonant: RLX, GC, OMG, BBR, PDR, DYS, CT, MK), before a hyphen and a code, in capitals
(detectors/sku_prefixes.py, rule initialism): the brand's category beside a cue that claims a copy. A weak word of
another brand inside the code is a piece of it ("MK-JS-BAG": JS, Nike's nickname, names nobody). Titles written for
this test."""

from __future__ import annotations

import pytest

from services.matcher.core.detectors.sku_prefixes import _words, prefixes
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("title", "brand", "category", "price", "currency"), [
    ("Ref RLX-4471 diver 40mm green bezel - replica", "rolex", "watches", 90.0, "USD"),
    ("Art. GC-227 ceinture boucle double - réplique", "gucci", "belts", 30.0, "EUR"),
    ("Item OMG-SM-300 chronograph - super copy", "omega", "watches", 80.0, "USD"),
    ("Code BBR-TR-11 trench coat beige - replica", "burberry", "trench coats", 60.0, "GBP"),
    ("SKU PDR-CH-85 charm bracelet - fake", "pandora", "jewelry", 10.0, "USD"),
    ("Item DYS-HS-07 hair styler 5 heads - replica", "dyson", "hair care", 40.0, "USD"),
    ("Ref CT-JUC-16 bracelet clou - high copy", "cartier", "jewelry", 25.0, "USD"),
    ("SKU MK-JS-BAG crossbody - mirror copy", "michael-kors", "handbags", 35.0, "USD"),
])
def test_a_code_headed_by_the_name_shortened_alerts_with_a_copy_cue(title, brand, category, price, currency):
    found = demo_alerts(title, category, price, currency=currency)
    assert set(found) == {brand}, found


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("SKU GC-118 belt, boxed, warranty", "belts", 420.0, "USD"),  # the shop's code on the goods, no cue
    ("CAR-2231 car phone holder", "accessories", 9.0, "USD"),
    ("Item DYS-2231 dyslexia reading ruler, 3 pack", "books", 6.0, "USD"),
    ("Part CT-100 current transformer sensor", "electrical", 12.0, "USD"),
    ("RLX-500 relay module 5V", "electronics", 4.0, "USD"),
    ("gc-118 belt replica in lower case is no code", "books", 4.0, "USD"),
])
def test_codes_that_name_nothing_stay_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}


def test_the_shortenings_are_the_clerks():
    assert {"rlx", "rl"} <= prefixes(_words("Rolex"))
    assert {"bbr", "pdr", "omg", "gc", "ct", "dys", "lv", "tnf"} <= (
        prefixes(_words("Burberry")) | prefixes(_words("Pandora")) | prefixes(_words("Omega")) | prefixes(_words("Gucci"))
        | prefixes(_words("Cartier")) | prefixes(_words("Dyson")) | prefixes(_words("Louis Vuitton"))
        | prefixes(_words("The North Face")))
    assert "car" not in prefixes(_words("Cartier")) and "the" not in prefixes(_words("The North Face"))
