"""The brand named by its dealer tools and its support numbers (issue 9, tools26; outsider23's c_dealer_tools23 and
c_support_hotline23; detectors/goods_codes.py, the registry's `dealer_tools` and `hotlines`, rule spec), and an
everyday-word mark in its part sense (context/part_senses.py: a key fob's "shell", a "power switch")."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.part_senses import part_sense
from services.matcher.core.detectors.goods_codes import hotline_forms
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("Techstream 18 + Mini-VCI J2534 cable, lifetime activation", "auto parts", 50.0, "toyota"),
    ("ICOM Next A+B+C + ISTA+ 4.5x SSD, coding ready, best clone", "diagnostic tools", 200.0, "bmw"),
    ("i-HDS MVCI 3 dealer scanner, cracked software", "car electronics", 60.0, "honda"),
    ("KTS 590 module + ESI[tronic] 2026 keygen", "auto parts", 65.0, "bosch"),
])
def test_a_dealer_tool_cloned_or_cracked_names_its_maker(title, category, price, brand):
    found = demo_alerts(title, category, price)
    assert set(found) == {brand}, found
    assert any(s.rule is Rule.spec for s in found[brand].signals)


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Genuine ICOM Next interface, used, from a closed workshop, with licence", "auto parts", 900.0),
    ("J2534 pass-thru cable, Techstream compatible, Drew Technologies Mongoose Pro", "auto parts", 180.0),
    ("Techstream 1-year dealer subscription, official licence transfer", "diagnostic tools", 700.0),
    ("Clone your SSD: ISTA conference notes, not a crack", "books", 5.0),
])
def test_a_dealer_tool_sold_honestly_or_elsewhere_stays_quiet(title, category, price):
    assert not demo_alerts(title, category, price)


def test_a_support_number_is_read_by_its_digits():
    assert hotline_forms("+1 800 331 4331") == ["18003314331", "8003314331"]
    assert hotline_forms("+44 800 048 0408") == ["448000480408", "8000480408", "08000480408"]


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("oil filter mirror quality (dealer line 1-800-331-4331 parts)", "auto parts", 3.0, "toyota"),
    ("Handheld console OLED, high copy (register at (800) 255-3700)", "consoles", 40.0, "nintendo"),
    ("Smartphone 256GB super copy, support +1 800.692.7753", "phones", 120.0, "apple"),
    ("Cola 330ml x24 - 1-800-GET-COKE - 1:1 reps", "soft drinks", 6.0, "coca-cola"),
    ("Low-top leather sneakers 1:1 copy - 1 800 806 6453 returns line - 2 pairs", "sneakers", 30.0, "nike"),
])
def test_a_support_number_beside_a_copy_cue_names_the_brand(title, category, price, brand):
    found = demo_alerts(title, category, price)
    assert set(found) == {brand}, found


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Wireless earbuds - new, sealed; warranty registration 1-800-692-7753", "earbuds", 40.0),  # a price alone: no copy
    ("Oil filter, new; questions: 1-800-331-4331 ext 25", "auto parts", 12.0),
    ("Order line 1-800-331-4331, replica props", "props", 12.0),  # far from the brand's goods
])
def test_a_support_number_without_a_copy_claim_stays_quiet(title, category, price):
    assert not demo_alerts(title, category, price)


@pytest.mark.parametrize(("word", "text", "sense"), [
    ("Shell", "NEW F20C AP1 key fob shell with the H logo", True),
    ("Shell", "Replacement shell case for remote", True),
    ("Switch", "Slide the power switch to the Bluetooth symbol", True),
    ("Switch", "auto-switch with One UI", True),
    ("Shell", "Shell Helix Ultra 5W-40", False),
    ("Switch", "Nintendo Switch OLED white", False),
])
def test_a_part_sense(word, text, sense):
    start = text.casefold().index(word.casefold())
    assert (part_sense(word, text, start, start + len(word)) is not None) is sense


def test_a_key_fob_shell_hides_no_engine_code():
    found = demo_alerts("NEW F20C AP1 key fob shell with the H logo, 1:1 copy", "auto parts", 5.0)
    assert set(found) == {"honda"}, found
