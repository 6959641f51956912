"""Registered model numbers on other goods, and add-ons made for a software brand (issue 9, precision; outsider10's
in_number_collisions and in_software_addons). A bare model number inside goods far from every category of the brand
(a bearing's lot, a pump seal's part number, label tape's reference, a wooden sign's order number) needs corroboration
like an everyday word; in the brand's goods with a copy cue or a copy's price it still alerts, look-alike numbers too.
Presets, brushes, blocks and templates made for a program name the program as a tool; the program itself sold cracked,
activated or with a key still alerts. Answers are what a brand sees: whether a Match reaches its threshold, and the
evidence's words.
"""

from __future__ import annotations

import pytest

from tests.unit.matcher.demo import demo_index, demo_listing


def matches(item) -> dict:
    return {m.brand_id: m for m in demo_index().match(item)}


def signals(item, brand: str) -> list:
    index = demo_index()
    return next((evidence for b, _score, evidence in index.score_listing(item) if index._brands[b].id == brand), [])


# (title, category, price, currency, brand whose model number it holds): written for this test, not outsider10's rows
COLLISIONS = [
    ("Tapered roller bearing, part no. 126334, 4 pcs", "Business & Industrial > Bearings", 38, "USD", "rolex"),
    ("Hydraulic seal kit B6067417 for log splitter", "Business & Industrial > Hydraulics", 24, "EUR", "cartier"),
    ("Electrolytic capacitors 1000uF, 100 pcs – SKU HX9911", "Business & Industrial > Electronic Components", 9, "USD",
     "philips"),
    ("Label tape 24mm, 8 rolls, ref A3090", "Office Supplies > Label Makers", 19, "GBP", "apple"),
    ("Rillenkugellager 6205-2RS, 10 Stück – Art.-Nr. 443497", "Business & Industrial > Kugellager", 15, "EUR", "gucci"),
    ("Joint torique NBR, assortiment 400 pièces, réf. 8015506", "Industrie > Joints", 13, "EUR", "burberry"),
    ("Linear actuator 12V 150mm stroke – lot HJX74", None, 55, "USD", "mattel"),
    ("Order #5636708 – engraved oak door sign, house number", "Home & Garden > Décor > Signs", 29, "GBP", "swarovski"),
]


@pytest.mark.parametrize("title, category, price, currency, brand", COLLISIONS)
def test_a_model_number_inside_goods_of_another_kind_stays_quiet(title, category, price, currency, brand):
    item = demo_listing(title, category, price, currency=currency)
    assert brand not in matches(item)
    evidence = signals(item, brand)
    model = next(s for s in evidence if s.rule.value == "model")
    assert "a bare model number far from what the brand sells" in model.detail
    note = next(s for s in evidence if s.rule.value == "category_distance")
    assert "is all that names the brand" in note.detail and "part, lot, order or SKU number" in note.detail


@pytest.mark.parametrize("title, category, price, currency, brand", [
    # in the brand's goods a bare number names the product: a copy cue, or a copy's price
    ("126334 41mm steel watch 1:1", "watches", 180, "USD", "rolex"),
    ("Shoulder bag style 443497 new", "handbags", 40, "USD", "gucci"),  # "style" labels a style number, no likeness
    ("Wireless headphones WH-1OOOXM5 AAA", "headphones", 30, "USD", "sony"),  # look-alike characters
    ("Bracelet SKU B6067417 mirror quality", "jewelry", 90, "EUR", "cartier"),
    # far away, the replica trade's own words still claim a copy
    ("126334 watch 1:1 super clone AAA", "Business & Industrial > Bearings", 150, "USD", "rolex"),
    # a number and the brand's mark name the product wherever it is filed
    ("Rolex 126334 bearing box lot", "Business & Industrial > Bearings", 40, "USD", "rolex"),
])
def test_a_model_number_of_the_brands_goods_still_alerts(title, category, price, currency, brand):
    assert brand in matches(demo_listing(title, category, price, currency=currency))


ADDONS = [
    ("Lightroom presets – wedding film bundle, 60 presets", "Digital Downloads", 12, "USD", "adobe"),
    ("300 Photoshop brushes – gouache pack, ABR", "Craft Supplies & Tools > Digital Downloads", 8, "GBP", "adobe"),
    ("Photoshop actions – vintage film look", None, 5, "USD", "adobe"),
    ("AutoCAD blocks library – 900 bathroom DWG", "Digital Downloads", 14, "USD", "autodesk"),
    ("Revit families – RFA pack, 120 families", None, 9, "EUR", "autodesk"),
    ("3ds Max materials library, 250 textures", "Digital Downloads", 6, "USD", "autodesk"),
    ("Lightroom-Presets Hochzeit, 50 Stück", "Digitale Downloads", 9, "EUR", "adobe"),
    ("Pinceles para Photoshop, pack acuarela 200", None, 7, "EUR", "adobe"),
    ("Photoshop 笔刷 水彩 200款", None, 25, "CNY", "adobe"),
]


@pytest.mark.parametrize("title, category, price, currency, brand", ADDONS)
def test_add_ons_made_for_a_program_stay_quiet(title, category, price, currency, brand):
    item = demo_listing(title, category, price, currency=currency)
    assert brand not in matches(item)
    note = next(s for s in signals(item, brand) if s.rule.value == "subject")
    assert "an add-on (presets, brushes, templates, blocks) made for" in note.detail


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Photoshop 2025 full version + 1000 brushes bonus", "software", 6, "USD", "adobe"),
    ("Lightroom lifetime activated, presets included", None, 5, "USD", "adobe"),
    ("AutoCAD product key + blocks library bonus", "software licenses", 12, "USD", "autodesk"),
    ("Photoshop presets pack + Photoshop 2024 cracked", "Digital Downloads", 7, "USD", "adobe"),
    ("Revit 2025 licencia de por vida + familias", None, 15, "USD", "autodesk"),
])
def test_the_program_itself_beside_add_ons_still_alerts(title, category, price, currency, brand):
    assert brand in matches(demo_listing(title, category, price, currency=currency))


# Texts about copies (outsider10's in_antifake_guides): the copy trade's words inside a guide, a course, a book or an
# authentication service are what it is about (written for this test, not outsider10's rows)
GUIDES = [
    ("How to spot a fake Omega Speedmaster: 1:1 clones vs genuine – PDF guide", "Books > Consumer Guides", 19, "USD", "omega"),
    ("Legit check course: Nike Dunk reps vs retail, UA and batch flaws explained", "Books > Education", 24, "GBP", "nike"),
    ("Authenticating Gucci: serial tags, superfakes and mirror copies (ebook)", "Books > Fashion", 11, "GBP", "gucci"),
    ("Spotting counterfeit Bose QC45: replica checklist (PDF)", None, 5, "GBP", "bose"),
    ("Cartier-Schmuck echt oder Fälschung? 1:1 Kopien erkennen – Prüfservice online", "Dienstleistungen", 25, "EUR",
     "cartier"),
    ("Counterfeit medicines: a pharmacist's handbook (Viagra fakes) – paperback", "Books > Medicine", 30, "USD", "pfizer"),
]


@pytest.mark.parametrize("title, category, price, currency, brand", GUIDES)
def test_a_guide_about_copies_full_of_the_trades_words_stays_quiet(title, category, price, currency, brand):
    item = demo_listing(title, category, price, currency=currency,
                        description="Protect yourself from counterfeits. Written by a professional authenticator.")
    assert brand not in matches(item)
    evidence = signals(item, brand)
    assert any(s.rule.value == "subject" and "a guide to telling fakes of" in s.detail for s in evidence)
    cues = [s for s in evidence if s.rule.value == "cue"]
    assert cues and all(s.weight == 0 for s in cues), [(s.text, s.weight, s.detail) for s in cues]


@pytest.mark.parametrize("title, category, price, currency, brand", [
    # the copy claims itself first, then a guide or a comparison with the genuine article
    ("1:1 clone Rolex Submariner, comparison photos with genuine included", "watches", 180, "USD", "rolex"),
    ("1:1 clone Rolex Submariner – buying guide included", "watches", 180, "USD", "rolex"),
    ("Omega Speedmaster super clone 1:1, fake vs real comparison photos", "watches", 220, "USD", "omega"),
    ("AAA Louis Vuitton Neverfull mirror copy + authentication guide", "handbags", 80, "USD", "louis-vuitton"),
    ("Replica Gucci Marmont bag AAA, how to spot the differences guide inside", "handbags", 60, "USD", "gucci"),
])
def test_a_copy_sold_with_a_guide_or_a_comparison_still_alerts(title, category, price, currency, brand):
    assert brand in matches(demo_listing(title, category, price, currency=currency))
