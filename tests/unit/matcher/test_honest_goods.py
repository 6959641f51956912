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
    ("AirPods Pro 2 イニシャル刻印あり 正規品", "earbuds", 95, "", "apple"),
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
    ("Canada Goose風 down mittens 刻印あり", "Clothing, Shoes & Accessories > Accessories", 70, "canada-goose"),  # "stamped: yes", the logo
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
    ("Cartier Love bracelet", "Anniversary gift, engraved screws.", False),  # the goods' own design
    ("Gucci wallet 有刻字 正品", "前任主人刻字，所以便宜出。", True),
])
def test_what_reads_as_a_personalisation(title, description, read):
    assert (personalised(ListingText(title, description)) is not None) is read


def test_the_brand_engraved_is_its_marking_not_a_personalisation():
    # the engraving word right before the brand's name, another mention only a weak one: judged at the full floor
    match = demo_evaluated("Screw bracelet 18k gold", "jewelry", 450, "Plain or with engraved Cartier, initials 'AB'")
    condition = _signal(match["cartier"], Rule.condition) if "cartier" in match else None
    assert condition is None or condition.weight == 0


def test_an_inscription_of_the_brand_engraved_is_no_personalisation():
    # the brand named only by what is engraved: its own marking, judged at the full floor (printed_text_quoted)
    match = demo_evaluated("Wool scarf classic, engraved 'EST. 1856' replica", "scarves", 40)
    assert all(_signal(m, Rule.condition) is None or _signal(m, Rule.condition).weight == 0 for m in match.values())


# 2. the trades that fight copies (subject.py GUIDE_NOUNS: brand protection, IP law, test purchases, customs, training)
@pytest.mark.parametrize("title, brand", [
    ("IP investigator – fake Canada Goose supply chains", "canada-goose"),
    ("Trademark lawyer – counterfeit Rolex takedowns, cease & desist letters", "rolex"),
    ("Brand protection service: we take down fake Gucci listings", "gucci"),
    ("Anti-counterfeiting consulting – Dyson clones on marketplaces", "dyson"),
    ("Seminar: how 1:1 replica Omega watches are made – for customs officers", "omega"),
    ("Workshop: knock-off LEGO sets and the law", "lego"),
    ("Brand-protection analyst for hire – fake Nike listings", "nike"),
    ("Customs broker: seized counterfeit Cartier, destruction certificates", "cartier"),
    ("Markenschutz: Fälschungen von Nike erkennen und melden – Beratung", "nike"),
])
def test_a_trade_that_fights_copies_names_them_without_selling_them(title, brand):
    assert brand not in demo_alerts(title, "services", 400, "Professional service for rights holders; no goods sold.")


@pytest.mark.parametrize("title, category, price, brand", [
    ("Gucci Marmont belt – brand protection label included, AAA", "belts", 30, "gucci"),
    ("Rolex Submariner with anti-counterfeit hologram, 1:1", "watches", 300, "rolex"),
    ("Nike Air Max 90 passes every legit check, mirror quality", "sneakers", 25, "nike"),
    ("Seminar: we sell 1:1 replica Rolex, in stock", "watches", 300, "rolex"),
])
def test_protection_words_as_a_copys_cover_still_alert(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)


# 4. the brand's component inside another maker's goods (context/inside.py, judge._component)
@pytest.mark.parametrize("title, category, price, brand", [
    ("E-scooter battery 36V – Samsung 50E cells", "batteries", 120, "samsung"),
    ("Arducam 12MP camera module – Sony IMX477 sensor", "electronics", 50, "sony"),
    ("Road bike on Michelin Power Cup tyres – Giant TCR", "bikes", 1400, "michelin"),
    ("Gaming monitor 32\" – Samsung QD-OLED panel (MSI)", "monitors", 900, "samsung"),
    ("E-Bike mit Bosch-Motor, 500 Wh", "bikes", 1900, "bosch"),
    ("Box trailer 750kg – Power Cup tyres by Michelin", "trailers", 700, "michelin"),
])
def test_the_brands_component_inside_other_goods_names_no_goods_of_the_brand(title, category, price, brand):
    assert brand not in demo_alerts(title, category, price)


def test_the_component_says_why():
    match = demo_evaluated("E-scooter battery 36V – Samsung 50E cells", "batteries", 120)["samsung"]
    assert any(s.rule is Rule.subject and s.term == "a component" for s in match.signals)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Camera module with Sony IMX477 sensor clone", "electronics", 5, "sony"),
    ("Samsung 50E cells x20 AAA", "batteries", 6, "samsung"),  # the brand's own part, opening the title
    ("Samsung Galaxy S24 – Samsung AMOLED panel, 1:1 copy", "phones", 60, "samsung"),
])
def test_a_component_phrase_on_a_copy_still_alerts(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)


# 3. a bundle's leftover part or code, a gift-with-purchase mini (condition.py `bundle_part`, `gift_mini`)
@pytest.mark.parametrize("title, category, price, brand", [
    ("Nintendo Switch Joy-Con controller – from the console bundle, unused", "consoles", 30, "nintendo"),
    ("Dyson Airwrap spare attachments – duplicate from a gift set", "hair care", 45, "dyson"),
    ("Samsung earbuds – came free with my phone, sealed", "phones", 30, "samsung"),
    ("Gillette Fusion5 travel razor, gift with purchase", "razors", 6, "gillette"),
    ("Estée Lauder Advanced Night Repair 7ml GWP", "skincare", 14, "estee-lauder"),
    # (recall52) a bundle's code or card, which the licence reader reads as software: still the bundle's leftover
    ("Sony PlayStation download code – from the bundle, unused", "consoles", 30, "sony"),
    ("Nintendo 3-month subscription card leftover from a bundle", "consoles", 20, "nintendo"),
])
def test_a_bundles_leftover_or_a_gift_mini_is_judged_as_itself(title, category, price, brand):
    assert brand not in demo_alerts(title, category, price)


@pytest.mark.parametrize("title, category, price, brand", [
    ("Sony PlayStation 5 console – from the bundle, unused", "consoles", 60, "sony"),  # the flagship itself
    ("Samsung charger – from the phone box, unused AAA", "phones", 3, "samsung"),  # a copy word
    ("Gillette Fusion5 travel razor, gift with purchase clone", "razors", 1, "gillette"),
    ("Samsung earbuds – came free with my purchase", "earbuds", 8, "samsung"),  # earbuds among earbuds: the flagship
    ("Microsoft Office 2021 product key – from the bundle, unused", "software licenses", 3, "microsoft"),  # a key's trade
])
def test_a_bundles_words_on_a_copy_still_alert(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)
