"""The goods named by the radio regulator's id printed on them (issue 9, outsider22's `c_regulatory_id22`; rule
grantee_code, detectors/grantee_codes.py): an FCC ID whose grantee code the brand declares (BCG Apple, A3L Samsung, AK8
Sony, C3K Microsoft, BKE Nintendo, AZD Canon, A94 Bose), or an ISED number under its company number, names the brand in
its category with a counterfeit cue or a price far below the floor; the genuine device at its price, an accessory that
names the device it fits, the same letters outside the regulator's frame stay quiet."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.detectors.grantee_codes import grantee_code
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize(("fcc_id", "code"), [("BCG-A3047", "BCG"), ("A3LSMS928U", "A3L"), ("ak8yy2965", "AK8"),
                                              ("2ABCD-X100", "2ABCD"), ("C3K1914", "C3K")])
def test_the_grantee_code_is_the_first_three_characters_five_for_a_code_from_2009(fcc_id, code):
    assert grantee_code(fcc_id) == code


@pytest.mark.parametrize(("title", "category", "price", "brand"), [
    ("Pro 2 ANC earbuds, USB-C case - FCC ID BCG-A3047, 1:1 copy", "earbuds", 25.0, "apple"),
    ("6.8in Ultra phone 512GB stylus FCC-ID: A3LSMS928U replica", "phones", 180.0, "samsung"),
    ("Over-ear ANC headphones FCCID AK8YY2965 mirror quality", "headphones", 35.0, "sony"),
    ("Wireless controller carbon black - FCC ID C3K1914", "consoles", 6.0, "microsoft"),  # far below the floor
    ("Pro controller FCC ID: BKEHAC013 clone", "consoles", 12.0, "nintendo"),
    ("Full-frame mirrorless body 24MP FCC ID AZD243 AAA copy", "cameras", 150.0, "canon"),
    ("ANC earbuds Ultra (FCC ID A94442387) super copy", "earbuds", 20.0, "bose"),
    ("Earbuds IC: 579C-A3047 replica", "earbuds", 15.0, "apple"),
])
def test_a_grantee_code_in_the_regulators_frame_with_a_cue_alerts_and_says_so(title, category, price, brand):
    found = demo_alerts(title, category, price)
    assert brand in found, found
    assert any(s.rule is Rule.grantee_code and "grantee code" in (s.detail or "") for s in found[brand].signals)


@pytest.mark.parametrize(("title", "category", "price"), [
    ("Pro 2 ANC earbuds, USB-C case - FCC ID BCG-A3047, sealed, receipt", "earbuds", 249.0),  # the genuine at its price
    ("Clear case for earbuds model A3047/A3048 (FCC ID BCG-A3047) - own brand", "earbuds", 9.0),  # an accessory
    ("BCG strategy report 2024, consulting PDF, copy", "books", 5.0),  # the letters outside the frame
    ("FCC ID lookup guide for hobbyists, copy of the manual", "books", 4.0),
    ("Garden sprinkler FCC ID BCG-A3047 replica", "garden", 10.0),  # not the brand's goods
])
def test_grantee_codes_that_name_no_copy_stay_quiet(title, category, price):
    found = demo_alerts(title, category, price)
    assert not any(s.rule is Rule.grantee_code for m in found.values() for s in m.signals), found
