"""Medicines and devices named by their look (issue 9, outsider22's `c_pill_appearance22`; rule appearance,
detectors/appearances.py): the colour, shape, strength and form of the brand's own product as its label describes it
(blue diamond 100 mg tablets for Viagra, white elliptical 20 mg for Lipitor), with a counterfeit cue or a sale without
prescription, names the brand; a generic named by its molecule, a pharmacy's sale on prescription, craft goods of the
same colours and shapes stay quiet."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.detectors.appearances import features
from tests.unit.matcher.demo import demo_alerts


def test_an_appearance_is_its_features_with_the_unit_dropped_and_the_words_by_group():
    found = features("blue diamond 100 mg tablet")
    assert len(found) == 4
    assert "blau" in found[0][0] and "rhombus" in found[1][0] and found[2] == (frozenset({"100"}), True)
    assert "pills" in found[3][0]


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("Blue diamond-shaped 100 mg film-coated tablets x30 - no prescription", "prescription drugs", 20.0, "pfizer"),
    ("Blue rhombus 50mg pills, loose, discreet shipping", "Health", 9.0, "pfizer"),
    ("White oval 20 mg tablets x90 - no Rx", "Health", 6.0, "pfizer"),
    ("White round 500 mg tablets, cross embossed, 1:1 copy", "otc", 2.0, "bayer"),
    ("35 mm 14-day sensor, unboxed - replica", "medical devices", 10.0, "abbott"),
])
def test_the_brands_look_with_a_cue_alerts_and_says_so(title, category, price, brand):
    found = demo_alerts(title, category, price)
    assert brand in found, found
    assert any(s.rule is Rule.appearance for s in found[brand].signals)


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Sildenafil 100 mg generic x4 - blue film-coated diamond tablets, no prescription", "prescription drugs", 20.0),
    ("Blue diamond 100 mg tablets x4 - prescription required, licensed pharmacy", "prescription drugs", 20.0),
    ("Blue diamond-shaped 100 mg film-coated tablets x30", "prescription drugs", 150.0),  # no cue
    ("Blue diamond acrylic beads 100 pcs, 10 mm - copy of vintage", "crafts", 5.0),
    ("Atorvastatin 20 mg white oval tablets x90, generic", "prescription drugs", 6.0),
])
def test_the_same_look_without_the_brands_copy_stays_quiet(title, category, price):
    found = demo_alerts(title, category, price)
    assert not any(s.rule is Rule.appearance for m in found.values() for s in m.signals), found


def test_a_look_yields_to_another_brands_imprint_on_the_same_tablet():
    found = demo_alerts("Xa 20 blanca ovalada pastillas sin receta", "Health", 58.7)
    assert set(found) == {"bayer"}, found  # Xarelto's imprint, not Lipitor's white elliptical 20 mg look
