"""Genuine goods and honest trades that name a brand and read like a copy (issue 9, genuine23; adversary family
tests/eval/adversary/honest_goods.py), one rule a family, and the copies in the same words that still alert."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.condition import personalised
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def _signal(match, rule):
    return next((s for s in match.signals if s.rule is rule), None)


# 1. a previous owner's engraving, monogram or hot-stamped initials (condition.py `personalised`, SCALES "personalised")
@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Rolex Datejust 36 – caseback engraved 'To J. 1998', genuine", "watches", 4300, "Hence the price.", "rolex"),
    ("Gucci Marmont belt – monogrammed initials, authentic", "belts", 210, "", "gucci"),
    ("Louis Vuitton Neverfull MM with hot-stamped initials 'A.B.'", "handbags", 700, "", "louis-vuitton"),
    ("Omega Speedmaster mit Gravur 'Für Papa', echt", "watches", 2600, "Gravur vom Vorbesitzer.", "omega"),
    ("Cartier Love bracelet gravé à l'intérieur, authentique", "jewelry", 3100, "", "cartier"),
    ("AirPods Pro 2 刻印あり 正規品", "earbuds", 95, "", "apple"),
])
def test_a_previous_owners_engraving_explains_the_price(title, category, price, description, brand):
    assert brand not in demo_alerts(title, category, price, description)
    condition = _signal(demo_evaluated(title, category, price, description)[brand], Rule.condition)
    assert condition is not None and condition.weight < 0 and "personalised" in condition.detail


@pytest.mark.parametrize("title, category, price, brand", [
    ("Rolex Submariner engraved caseback AAA replica", "watches", 900, "rolex"),  # a copy cue
    ("Rolex Datejust 36 – caseback engraved 'Tom', genuine", "watches", 420, "rolex"),  # a copy's price
    ("Personalised Pandora Moments bracelet engraved with your name", "jewelry", 12, "pandora"),  # an offer, new goods
    ("Brand new Gucci Marmont belt, engraved initials", "belts", 120, "gucci"),  # new goods claimed
])
def test_engraving_words_on_a_copy_still_alert(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)


@pytest.mark.parametrize("title, description, read", [
    ("Omega Seamaster – engraved 'Tom'", "", True),
    ("Burberry scarf, monogrammed", "", True),
    ("Coach Tabby – monogram canvas", "", False),  # Monogram is a canvas, no personalisation
    ("Cartier Love bracelet, free engraving with your initials", "", False),  # an offer
    ("Rolex Submariner, laser engraved crown and serial", "", False),  # the brand's marking
    ("Rolex Datejust", "No engraving, never polished.", False),  # negated
    ("Rolex Datejust", "Engraving on the caseback from the previous owner.", True),
])
def test_what_reads_as_a_personalisation(title, description, read):
    assert (personalised(ListingText(title, description)) is not None) is read


def test_an_inscription_of_the_brand_engraved_is_no_personalisation():
    # the brand named only by what is engraved: its own marking, judged at the full floor (printed_text_quoted)
    match = demo_evaluated("Wool scarf classic, engraved 'EST. 1856' replica", "scarves", 40)
    assert all(_signal(m, Rule.condition) is None or _signal(m, Rule.condition).weight == 0 for m in match.values())
