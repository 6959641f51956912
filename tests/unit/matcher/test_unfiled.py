"""Listings filed in no category, copy words a warning refuses, and a brand's own spelling read as its leetspeak
nickname (mend30, issue 9; the classes outsider28 found: genuine goods from feeds that send no category, wanted ads
warning that fakes will be reported, "Microsoft" read as "Micro$oft").

- index._brand_floor: a listing with no category is judged as one filed under the brand's node (the floor of the
  category its title names, else of its nouns' sector), else by the cheapest of the brand's category floors: the least
  any genuine unit of the brand fetches. A copy's price stays far below it; a genuine unit's price sits above it.
- negation._REFUSED_AFTER: "fakes and replicas will be reported" refuses the copy words, as "not accepted" does.
- marks.py: the brand's own registered spelling is never a look-alike of its leetspeak nickname."""

from __future__ import annotations

import pytest

from schemas import Rule
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


@pytest.mark.parametrize("title, price, description, brand", [
    ("LEGO Star Wars Advent Calendar 2026", 45, "Genuine advent calendar, sealed, 24 doors.", "lego"),
    ("Adobe Photoshop 1-year – reseller invoice, changelog of v27 attached", 260, "Genuine licence.", "adobe"),
    ("Hot Wheels Honda Civic Type R (Car Culture)", 7, "Licensed die-cast, new on card.", "mattel"),
    ("Ferrero Rocher advent calendar", 14, "", "ferrero"),
    ("Nike Park VII team jerseys x15 – club crest printing via Nike Team dealer", 600, "Invoice for the club.", "nike"),
])
def test_genuine_goods_filed_nowhere_at_a_genuine_units_price_stay_quiet(title, price, description, brand):
    assert brand not in demo_alerts(title, None, price, description)


@pytest.mark.parametrize("title, price, brand", [
    ("Rolex Submariner Date", 150, "rolex"),
    ("Gucci GG Marmont small shoulder bag", 90, "gucci"),
    ("LEGO Technic Lamborghini Sián FKP 37", 2, "lego"),
    ("Adobe Photoshop 2026 lifetime", 9, "adobe"),
])
def test_the_brands_goods_filed_nowhere_at_a_copys_price_still_alert(title, price, brand):
    assert brand in demo_alerts(title, None, price, "")


@pytest.mark.parametrize("description", [
    "Looking to buy an authentic one; fakes and replicas will be reported. Paying fair market price.",
    "Authentic only, replicas get reported.",
    "Nur Original! Replikas werden gemeldet.",
])
def test_a_wanted_ad_warning_that_copies_will_be_reported_stays_quiet(description):
    assert "canada-goose" not in demo_alerts("WTB: genuine Canada Goose Expedition Parka – must have receipt, no reps!",
                                              "parkas", None, description)


def test_a_wanted_ad_for_a_copy_still_alerts():
    assert "canada-goose" in demo_alerts("WTB: Canada Goose Expedition Parka replica 1:1", "parkas", None,
                                         "Looking for a good rep, will pay via PayPal.")


def test_the_brands_own_spelling_is_no_leetspeak_nickname():
    match = demo_evaluated("Microsoft Office Home 2024 – retail box", "software", 150, "")["microsoft"]
    assert not any(s.rule is Rule.confusable for s in match.signals)
    disguised = demo_evaluated("Micro$oft Office 2024 lifetime key", "software", 5, "")["microsoft"]
    assert any(s.rule is Rule.confusable for s in disguised.signals)


def test_a_copy_filed_nowhere_whose_title_names_only_a_sector_is_judged_where_the_sectors_floors_agree():
    """"bag" is apparel, as Gucci's sunglasses, belts, wallets and handbags are: a bag at 27 % of a handbag's floor is
    above the sunglasses' floor, so the sector's cheapest floor would call it a genuine unit's price."""
    assert "gucci" in demo_alerts("Gucci GG Marmont shoulder bag", None, 300, "")
