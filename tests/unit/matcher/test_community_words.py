"""Community copy words and search tags (tradewords, issue 9), read from what a brand sees on the demo registry:

- a toy collectors' "KO", a retro-game collectors' "repro", a logo's design file, the replica trade's codes
  (context/community.py), each a cue named "community <kind>: <term>" only near its community's goods;
- a brand named only in a search-tags item specific (context/fields.py: Tags, Keywords, Search terms, 标签 ...), which
  counts with the brand's category and a cue or a price far below the floor, and names nothing when stuffed with
  many brands;
each with innocent siblings that must stay quiet.
"""

from __future__ import annotations

import pytest

from services.matcher.core.context.community import batch_code
from tests.unit.matcher.demo import demo_alerts, demo_evaluated


def _cue(match, kind: str):
    return next((s for s in match.signals if s.rule.value == "cue" and (s.term or "").startswith(f"community {kind}:")
                 and s.weight > 0), None)


# ------------------------------------------------------------------ toys' KO


@pytest.mark.parametrize("title, category, price, brand", [
    ("Transformers Studio Series Optimus Prime KO version", "Toys & Hobbies > Action Figures & Accessories", 19, "hasbro"),
    ("KO Marvel Legends Spider-Man 6 inch figure", "Toys & Hobbies > Action Figures & Accessories", 6, "hasbro"),
    ("Barbie Dreamhouse KO doll house with 3 dolls", "Toys & Hobbies > Dolls & Accessories", 55, "mattel"),
    ("Gunpla MG Strike Freedom KO版 全新", "model kits", 20, "bandai"),
    ("Nerf Elite 2.0 KO blaster with 20 darts", "blasters", 7, "hasbro"),
])
def test_a_toy_ko_alerts_with_its_word_in_the_evidence(title, category, price, brand):
    found = demo_alerts(title, category, price)
    assert brand in found, found
    cue = _cue(found[brand], "toy_ko")
    assert cue is not None and cue.text == "KO" and "toy collectors' word" in cue.detail, found[brand].signals


def test_a_ko_among_accessories_is_no_accessory_and_no_other_brand_reads_it():
    # "Action Figures & Accessories" read as accessories lowered the figure; BMW's "MP" initials took the KO as their cue
    found = demo_alerts("MP-44 Masterpiece Convoy KO, new in box", "Toys & Hobbies > Action Figures & Accessories", 120,
                        currency="AUD")
    assert set(found) == {"hasbro"}, found
    note = next(s for s in found["hasbro"].signals if s.rule.value == "accessory")
    assert note.weight == 0 and "not lowered" in note.detail


@pytest.mark.parametrize("title, category, price", [
    ("Nike boxing gloves 14oz, KO power", "sportswear", 60),
    ("Hasbro boxing champion robot toy, win by KO", "board games", 180),
    ("Mattel WWE figure K.O. finisher pose", "dolls", 25),
    ("Hasbro action figure with KO punch action", "action figures", 25),
])
def test_a_knockout_is_no_ko(title, category, price):
    found = demo_evaluated(title, category, price)
    assert all(_cue(m, "toy_ko") is None for m in found.values()), found


def test_ko_counts_only_among_toys():
    found = demo_evaluated("Rolex Submariner KO price today", "watches", 9000)
    assert _cue(found["rolex"], "toy_ko") is None


# ------------------------------------------------------------------ games' repro


@pytest.mark.parametrize("title, price, brand", [
    ("Fire Emblem GBA repro cart, EN", 12, "nintendo"),
    ("EarthBound SNES repro, US version", 49, "nintendo"),
    ("Zelda Minish Cap GBA cartucho reproducción", 15, "nintendo"),
    ("Super Mario World SNES Modul Nachbau, neu", 20, "nintendo"),
])
def test_a_repro_cartridge_alerts(title, price, brand):
    found = demo_alerts(title, "Video Games & Consoles > Video Games", price)
    assert brand in found, found
    assert "retro-game collectors' word" in _cue(found[brand], "repro").detail


def test_a_virtual_pet_repro_alerts_at_a_genuine_looking_price():
    found = demo_alerts("Tamagotchi 1997 P1 repro, new in box", "Toys & Hobbies > Electronic, Battery & Wind-Up", 22)
    assert "bandai" in found and _cue(found["bandai"], "repro") is not None


@pytest.mark.parametrize("title, category, price", [
    ("Super Mario World SNES original cartridge, authentic, not a repro", "video games", 45),
    ("Zelda Link's Awakening Game Boy genuine cart, tested, no repros", "video games", 40),
    ("Monopoly 1935 reproduction edition board game, sealed", "board games", 300),
    ("Reproduction Victorian chair, mahogany", "Antiques > Furniture", 300),
    ("Super Mario Bros NES art print reproduction, A3 poster", "Art > Posters", 20),
])
def test_honest_reproductions_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}


def test_a_denied_repro_says_so():
    found = demo_evaluated("Super Mario World SNES original cartridge, not a repro", "video games", 45)
    cue = next(s for s in found["nintendo"].signals if (s.term or "").startswith("community repro"))
    assert cue.weight == 0 and "denied by 'not a'" in cue.detail


# ------------------------------------------------------------------ design files


@pytest.mark.parametrize("title, brand", [
    ("Louis Vuitton monogram SVG PNG bundle for Cricut, commercial use", "louis-vuitton"),
    ("Gucci GG pattern seamless digital paper, sublimation", "gucci"),
    ("The North Face logo embroidery file DST PES JEF", "the-north-face"),
    ("Puma cat logo SVG cut file, commercial license", "puma"),
    ("Rolex Logo Plotterdatei SVG für Cricut", "rolex"),
])
def test_a_logo_as_a_design_file_alerts(title, brand):
    found = demo_alerts(title, "Craft Supplies & Tools > Digital Downloads", 2.5)
    assert brand in found, found
    assert not any(s.rule.value == "category_distance" for s in found[brand].signals)


@pytest.mark.parametrize("title", ["Best Coach Ever SVG, coach gift cut file", "Apple teacher SVG cut file for Cricut",
                                   "Seashell SVG bundle, beach cut files", "Jordan name SVG, monogram frame",
                                   "Omega Greek letter SVG, sorority cut file", "Pandora box SVG, mythology clipart",
                                   "Crown SVG for princess party, PNG DXF", "M&M's colour sorting game (printable worksheet)"])
def test_generic_design_files_stay_quiet(title):
    assert demo_alerts(title, "Craft Supplies & Tools > Digital Downloads", 3) == {}


# ------------------------------------------------------------------ trade codes


@pytest.mark.parametrize("text, code", [("Nike Dunk Low GP batch", "GP batch"), ("[S2 batch] Rolex", "S2 batch"),
                                        ("LW BATCH Jordan 4", "LW BATCH"), ("G5 batch", "G5 batch")])
def test_batch_codes_are_read(text, code):
    assert batch_code(text).group(0) == code


@pytest.mark.parametrize("text", ["NEW BATCH just arrived", "A batch of cookies", "batch number on the box",
                                  "SMALL BATCH coffee", "LOT batch no. 2231", "THIS BATCH sold out"])
def test_everyday_batches_are_no_codes(text):
    assert batch_code(text) is None


def test_a_batch_code_alerts_and_a_new_batch_at_a_shop_price_does_not():
    assert "nike" in demo_alerts("Nike Dunk Low panda GP batch", "sneakers", 55)
    assert demo_alerts("Canada Goose down parka, NEW BATCH just arrived", "parkas", 1400) == {}
    assert demo_alerts("A batch of Gucci crossbody bags for our shop, retail price", "handbags", 1700) == {}


def test_a_software_bind_key_alerts():
    found = demo_alerts("Office Home & Business 2021 bind key, lifetime", "software licenses", 40)
    assert "microsoft" in found and "grey key trade" in _cue(found["microsoft"], "trade_code").detail


# ------------------------------------------------------------------ search tags


@pytest.mark.parametrize("title, category, price, attributes, description, brand", [
    ("Over-ear ANC headphones black", "headphones", 16, {"Keywords": "bose qc45 quietcomfort"}, "", "bose"),
    ("Chronograph watch black dial", "watches", 360, {"Tags": "omega speedmaster moonwatch"}, "", "omega"),
    ("Herren Automatikuhr", "watches", 2500, {"Schlagwörter": "rolex, submariner, neu"}, "1:1 Qualität", "rolex"),
    ("女士 手提包", "handbags", 80, {"标签": "Gucci Dionysus"}, "高仿", "gucci"),
    ("Пуховик мужской", "parkas", 150, {"Теги": "canada goose, expedition"}, "", "canada-goose"),
])
def test_the_brand_only_in_the_tags_alerts_with_a_cue_or_a_far_low_price(title, category, price, attributes,
                                                                          description, brand):
    found = demo_alerts(title, category, price, description=description, attributes=attributes)
    assert brand in found, found
    detail = " ".join(s.detail for s in found[brand].signals if s.field == "attributes" and s.weight > 0)
    assert "named only in the item's search tags" in detail, detail


@pytest.mark.parametrize("title, category, price, attributes", [
    ("Men's automatic watch", "watches", 2500, {"Tags": "rolex submariner"}),  # a copy's price, no cue: a weak place
    ("Men's automatic watch", "watches", 9000, {"Tags": "rolex, submariner, luxury"}),  # a retailer's price
    ("Boho maxi dress", "sportswear", 5, {"Tags": "vintage, boho, handmade"}),
    ("Silicone case clear", "earbuds", 5, {"Tags": "compatible with AirPods, for apple"}),
    ("Men's low sneakers white", "sneakers", 9, {"Tags": "nike, adidas, puma, jordan, yeezy"}),  # keyword stuffing
    ("Men's automatic watch", "watches", 300, {"Keywords": "rolex homage, affordable"}),
])
def test_honest_or_stuffed_tags_stay_quiet(title, category, price, attributes):
    assert demo_alerts(title, category, price, attributes=attributes) == {}


def test_a_tag_and_an_option_with_the_same_value_keep_their_own_reading():
    # the item specifics reader caches by the joined text: "Gucci Dionysus" as a tag, then as a colour option
    tag = demo_evaluated("女士 手提包", "handbags", 700, description="réplica", attributes={"标签": "Gucci Dionysus"})
    option = demo_evaluated("女士 手提包", "handbags", 700, description="réplica", attributes={"カラー": "Gucci Dionysus"})
    assert any("search tags ('标签')" in s.detail for s in tag["gucci"].signals)
    assert any("option/variant item specific 'カラー'" in s.detail for s in option["gucci"].signals)
    assert not any("search tags" in s.detail for s in option["gucci"].signals)


@pytest.mark.parametrize("title, category, price, brand", [
    ("AJ1 Chicago rep", "sneakers", 45, "nike"),  # outsider20's c_abbreviation20, as a class
    ("AM90 reps", "sneakers", 45, "nike"),
    ("GG belt mirror", "handbags", 110, "gucci"),
    ("LV Keepall REP", "handbags", 160, "louis-vuitton"),
])
def test_the_rep_buyers_shorthand_title_alerts(title, category, price, brand):
    found = demo_alerts(title, category, price, "DM for sizes.")
    assert brand in found and any("trade_code" in (s.term or "") for s in found[brand].signals), found


@pytest.mark.parametrize("title, category, price", [
    ("GG compact mirror", "handbags", 350),  # the brand's own mirror at a shop's price
    ("BMW X5 wing mirror", "auto parts", 90),  # a car's mirror
    ("MK one rep", "fitness equipment", 20),  # a gym's rep
    ("MK area sales rep", "jobs", 0),  # a company's rep
    ("AJ1 Chicago", "sneakers", 200),  # no copy word
])
def test_the_same_words_in_their_own_sense_stay_quiet(title, category, price):
    found = demo_alerts(title, category, price, "")
    assert not any("trade_code" in (s.term or "") and s.weight > 0 for m in found.values() for s in m.signals), found
