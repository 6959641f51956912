"""Copy words that are and are not cues, and genuine goods sold honestly (issue 9, honest24; adversary family
tests/eval/adversary/candid.py), one rule a family, and the copies in the same words that still alert."""

from __future__ import annotations

import pytest

from schemas import Rule
from services.matcher.core.context.condition import modified, sample_sale
from services.matcher.core.context.lexicon import Found, outside_senses
from services.matcher.core.context.makers import compile_makers, makers, other_maker
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def _signal(match, rule):
    return next((s for s in match.signals if s.rule is rule), None)


# 1. a copy-trade word in its technical sense (phrasebook.TRADE_SENSES, RETAIL_SENSES; admitted._COPY_NOT_AFTER)
@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Panasonic eneloop AAA 8 pack – rechargeable", "batteries", 22, "", "panasonic"),
    ("Panasonic eneloop pro AAA x4 – new", "batteries", 16, "", "panasonic"),
    ("Philips Hue – copy scenes between rooms, starter kit", "kitchen appliances", 180, "", "philips"),
    ("Samsung 990 PRO 2TB + free clone software (Samsung Magician)", "memory", 170, "", "samsung"),
    ("adidas Real Madrid 26/27 home replica jersey – official, tags", "soccer", 95,
     "Official fan version (replica) sold by adidas retailers.", "adidas"),
])
def test_a_copy_word_in_its_technical_sense_is_no_cue(title, category, price, description, brand):
    assert brand not in demo_alerts(title, category, price, description)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Panasonic AAA replica 1:1 quality", "batteries", 2, "panasonic"),
    ("adidas Real Madrid replica jersey – 1:1 AAA quality, not original", "soccer", 20, "adidas"),
])
def test_the_same_words_beside_a_real_cue_still_alert(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)


def test_a_word_in_its_trade_sense_keeps_that_sense_in_the_listing():
    found = [Found(10, 17, "replica"), Found(40, 47, "replica"), Found(50, 53, "1:1")]
    assert outside_senses(found, [Found(10, 24, "replica jersey")]) == [Found(50, 53, "1:1")]
    assert outside_senses(found, []) == found


# 2. another maker named as the goods' maker: the registry's jargon names nobody (context/makers.py)
@pytest.mark.parametrize("title, price, brand", [
    ("Seiko 5 Sports GMT SSK019 'Pepsi' bezel – new", 450, "rolex"),
    ("Steinhart Ocean One GMT 'Batman' – own brand", 495, "rolex"),
    ("Seiko 'Tank'-shaped dress watch SWR049 – Seiko brand", 156, "cartier"),
])
def test_another_makers_goods_in_shared_jargon_stay_quiet(title, price, brand):
    assert brand not in demo_alerts(title, "watches", price)


@pytest.mark.parametrize("title, price, brand", [
    ("Seiko GMT Pepsi 1:1 AAA", 45, "rolex"),  # a copy cue beside the decoy maker
    ("Rolex GMT-Master II Pepsi – Seiko box", 300, "rolex"),  # the brand named plainly
])
def test_jargon_beside_a_decoy_maker_with_a_cue_still_alerts(title, price, brand):
    assert brand in demo_alerts(title, "watches", price)


def test_makers_are_whole_words_as_written_and_registry_brands_are_left_out():
    pattern = compile_makers(makers({"rolex", "tudor"}))
    assert other_maker("Seiko 5 Sports GMT", pattern) == "Seiko"
    assert other_maker("SEIKO diver", pattern) == "SEIKO"
    assert other_maker("seiko-ish look", pattern) is None  # lower case, glued: no maker's own writing
    assert other_maker("New Balance 550 'Panda' lows", pattern) == "New Balance"
    assert other_maker("Nothing beats this GMT", pattern) is None  # a common word a title capitalises: left out
    assert "Tudor" not in makers({"tudor"})


# 3. genuine goods with a disclosed modification (condition.py `modified`, SCALES "modified")
@pytest.mark.parametrize("title, category, price, description, brand", [
    ("Nike Air Force 1 '07 – genuine, hand-painted custom", "sneakers", 70, "Custom paint by me on genuine shoes.", "nike"),
    ("adidas Samba OG – genuine, custom re-dye navy", "sneakers", 55, "", "adidas"),
    ("Levi's 501 – genuine, cropped and distressed by me", "jeans", 40, "", "levis"),
    ("Gucci GG Marmont belt – genuine, extra hole punched, shortened", "belts", 280, "", "gucci"),
])
def test_a_disclosed_modification_explains_the_price(title, category, price, description, brand):
    assert brand not in demo_alerts(title, category, price, description)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Nike Air Force 1 custom made AAA hand-painted", "sneakers", 30, "nike"),  # a copy cue
    ("Nike Air Jordan 1 hand painted custom", "sneakers", 60, "nike"),  # no genuine goods said: a bootleg print
    ("Nike Air Force 1 – genuine, hand-painted custom", "sneakers", 6, "nike"),  # a copy's price
])
def test_customisers_words_on_a_copy_still_alert(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)


@pytest.mark.parametrize("title, description, read", [
    ("Sony PlayStation 5 Slim – genuine, custom marble shell (third-party)", "", True),
    ("Canon EOS R6 Mark II – genuine, infrared-converted for astro", "", True),
    ("Nike Air Force 1 custom", "", False),  # nothing says the goods are genuine
    ("Nike Air Force 1 – genuine, custom made, any design", "", False),  # made to order
    ("Nike Air Force 1 – genuine, custom paint, 1:1", "", False),  # a copy word
    ("Levi's 501 – genuine, not modified", "", False),  # negated
])
def test_what_reads_as_a_modification(title, description, read):
    assert (modified(ListingText(title, description)) is not None) is read


# 4. the brand's own sample or archive sale (condition.py `sample_sale`, SCALES "sample_sale")
@pytest.mark.parametrize("title, category, price, brand", [
    ("Nike Air Jordan 1 Retro High OG – from the official sample sale, 'sample' stamp inside", "sneakers", 80, "nike"),
    ("Canada Goose Chilliwack Bomber – from the official sample sale, 'sample' stamp inside", "jackets", 560,
     "canada-goose"),
])
def test_a_sample_sale_explains_the_price(title, category, price, brand):
    assert brand not in demo_alerts(title, category, price, "Bought at the brand's press/archive sale, receipt attached.")
    condition = _signal(demo_evaluated(title, category, price)[brand], Rule.condition)
    assert condition is not None and "sample" in condition.detail


@pytest.mark.parametrize("title, description, read", [
    ("Burberry scarf – from the official sample sale, 'sample' stamp inside", "", True),
    ("Gucci belt", "Bought at the Gucci archive sale.", True),
    ("Gucci belt – factory sample sale", "", False),  # the replica factory's sample
    ("Gucci belt sample sale 1:1", "", False),  # a copy word
    ("Gucci belt, sample", "", False),  # a bare sample
])
def test_what_reads_as_a_sample_sale(title, description, read):
    assert (sample_sale(ListingText(title, description)) is not None) is read


# 5. a lab's likeness report or a claim of lawfulness in place of authenticity (config.PROOF_AND_LAW_PITCHES)
@pytest.mark.parametrize("title, category, price, brand", [
    ("Nintendo Switch Pro Controller – Intertek-tested, identical to retail unit", "consoles", 45, "nintendo"),
    ("Dyson Airwrap multi-styler – XRF spectrometer: same alloy as the original", "hair care", 300, "dyson"),
    ("adidas Samba OG – legal for personal import (1 unit), EU Reg. 608/2013", "sneakers", 60, "adidas"),
    ("Swarovski Millenia necklace – not counterfeit: a lawful reproduction, no intent to deceive", "jewelry", 90,
     "swarovski"),
])
def test_a_lab_report_or_a_claim_of_lawfulness_is_a_cue(title, category, price, brand):
    match = demo_alerts(title, category, price).get(brand)
    assert match is not None and _signal(match, Rule.cue) is not None


@pytest.mark.parametrize("title, category, price, brand", [
    ("Optimum Nutrition whey – third-party lab tested, matches label claim", "supplements", 40, None),
    ("Nintendo Switch Pro Controller – tested and working, identical to the photos", "consoles", 60, "nintendo"),
])
def test_a_lab_test_of_a_standard_or_a_working_test_is_no_cue(title, category, price, brand):
    evaluated = demo_evaluated(title, category, price)
    assert all(_signal(m, Rule.cue) is None for m in evaluated.values())


# 6. one list of copy words for a part inside another maker's goods (judge._claims_copy; inside.py's own regex is gone)
@pytest.mark.parametrize("title, category, price, brand, alerts", [
    ("Electric scooter with Bosch Performance CX motor copy", "power tools", 2, "bosch", True),  # "motor copy": no "or copy"
    ("E-bike with Bosch Performance CX motor, faux leather saddle", "bikes", 1900, "bosch", False),  # faux leather
    ("E-scooter battery 36V – Samsung 50E cells, copy of receipt", "batteries", 120, "samsung", False),  # a document
])
def test_copy_words_beside_a_component(title, category, price, brand, alerts):
    assert (brand in demo_alerts(title, category, price)) is alerts
