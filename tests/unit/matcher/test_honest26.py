"""Honest sellers quiet, the right brand named (issue 9, honest26; outsider23's in_cue_tech_senses23 and
in_fan_slang_used_genuine23 learnt from their way of writing; adversary families in tests/eval/adversary/candid.py and
fandom.py), one rule a family, and the copies in the same words that still alert."""

from __future__ import annotations

import pytest

from services.matcher.core.context.admitted import not_goods_copy
from services.matcher.core.context.lexicon import Found, outside_senses
from tests.unit.matcher.demo import demo_alerts


# 1. copy words in technical senses: a multifunction printer's functions, a 1:1 aspect ratio, a 1:1 (life-size) scale
@pytest.mark.parametrize("title, category, price, brand", [
    ("Canon PIXMA TS5350i print/scan/copy – new", "printers", 110, "canon"),
    ("Canon PIXMA G3470 3-in-1 (print / copy / scan)", "printers", 190, "canon"),
    ("Canon PIXMA TR4750i – scan & copy, fax, duplex", "printers", 120, "canon"),
    ("Sony ILCE-7M4 – shoots 1:1 aspect, new, warranty", "cameras", 2600, "sony"),
    ("Sony a6400 body, aspect ratio 3:2 / 4:3 / 16:9 / 1:1 – new", "cameras", 900, "sony"),
    ("Hasbro Star Wars Black Series 1:1 scale replica helmet – official", "action figures", 140, "hasbro"),
    ("Hasbro Black Series Mandalorian helmet – life-size 1:1 scale, official licensed", "action figures", 140, "hasbro"),
])
def test_a_copy_word_in_a_technical_sense_is_no_cue(title, category, price, brand):
    assert brand not in demo_alerts(title, category, price, "Genuine product at retail price, VAT invoice.")


@pytest.mark.parametrize("title, category, price, brand", [
    ("Canon PIXMA print/scan/copy – 1:1 copy printer, not original", "printers", 20, "canon"),
    ("Sony ILCE-7M4 1:1 aspect – super copy", "cameras", 300, "sony"),
    ("Hasbro Black Series 1:1 scale helmet, boxed 1:1", "action figures", 8, "hasbro"),  # another 1:1 tags a copy
])
def test_the_same_senses_beside_a_real_cue_still_alert(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)


def test_a_ratio_keeps_its_sense_only_where_it_is_written():
    found = [Found(10, 13, "1:1"), Found(40, 43, "1:1")]
    assert outside_senses(found, [Found(10, 19, "1:1 scale")]) == [Found(40, 43, "1:1")]


@pytest.mark.parametrize("text, start", [("print/scan/copy", 11), ("scan & copy", 7), ("print / copy / scan", 8)])
def test_a_copiers_function_is_no_copy_of_goods(text, start):
    assert not_goods_copy(text, start, start + 4)


# 2. a fan-war nickname (registry `nicknames`: Scamsung, Samesung, Micro$oft, Crapple, Nintendon't) is how a fan writes
# the brand: genuine used goods under it are lowered as under the mark; a copy under it alerts with a cue
@pytest.mark.parametrize("title, category, price, brand", [
    ("Samesung every year, selling my S24 Ultra – genuine", "phones", 500, "samsung"),
    ("Scamsung joke aside, Buds2 Pro genuine, used", "earbuds", 90, "samsung"),
    ("Micro$oft console – Series X genuine, used, 1 controller", "consoles", 380, "microsoft"),
    ("'Crapple' laptop still works lol – MacBook Air M3 genuine, used", "laptops", 700, "apple"),
    ("Nintendon't? it does – Joy-Con pair genuine, used", "consoles", 45, "nintendo"),
])
def test_genuine_used_goods_under_a_fan_nickname_stay_quiet(title, category, price, brand):
    assert brand not in demo_alerts(title, category, price, "Genuine, bought at retail, receipt in photos. Used condition.")


@pytest.mark.parametrize("title, category, price, brand", [
    ("Crapple wireless ANC earbuds, USB-C case – super copy", "earbuds", 45, "apple"),
    ("wireless controller (Microsloth style) 1:1 reps", "consoles", 12, "microsoft"),
    ("Scamsung 6.8'' flagship phone 512GB – replica, top grade", "phones", 130, "samsung"),
    ("Big N controller pair (L/R) – high copy, not original", "consoles", 26, "nintendo"),
    ("Samesung S24 Ultra 512GB", "phones", 60, "samsung"),  # no cue, a copy's price: the misspelling still counts
    ("noise cancelling earbuds (Samesung style) – not original. Very good quality.", "earbuds", 30, "samsung"),
])
def test_a_copy_under_a_fan_nickname_alerts(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)


def test_a_fan_nickname_alone_names_nobody_without_a_cue():
    assert "nintendo" not in demo_alerts("Big N tall men's shirt, XXL", "sportswear", 25)
    assert "nintendo" not in demo_alerts("ninty days warranty on all phones", "consoles", 300)


# 3. the brand as a licensor of another maker's accessory, or as a lawsuit's other party
@pytest.mark.parametrize("title, category, price, brand", [
    ("PowerA enhanced wireless controller – Nintendo licensed", "accessories", 60, "nintendo"),
    ("Hori Split Pad Compact – Officially Licensed by Nintendo", "accessories", 50, "nintendo"),
    ("PDP wired controller, under licence from Microsoft", "accessories", 35, "microsoft"),
])
def test_a_licensed_accessory_names_its_licensor_not_its_maker(title, category, price, brand):
    assert brand not in demo_alerts(title, category, price, "New, sealed, from authorised distributor of the accessory maker.")


@pytest.mark.parametrize("title, category, price, brand", [
    ("wireless controller – Officially Licensed by Nintendo – 1:1 copy", "accessories", 8, "nintendo"),
    ("25W fast charger USB-C – Apple licensed – replica, top grade", "chargers", 2.35, "apple"),
])
def test_a_licence_beside_a_copy_cue_is_the_trades_excuse(title, category, price, brand):
    assert brand in demo_alerts(title, category, price)


@pytest.mark.parametrize("title, category, price, brand, party", [
    ("the rounded-corners design from the 2012 trial v. Samsung: 6.1'' titanium smartphone 256GB replica, top grade",
     "phones", 180, None, "samsung"),
    ("Apple iPhone 15 – the design from Apple v. Samsung (2012) – 1:1 copy", "phones", 90, "apple", "samsung"),
    ("LEGO UCS freighter 7541 pcs | the brick shape mark v. Mega Bloks (2005) | mirror quality", "building sets", 90,
     "lego", "mattel"),
])
def test_a_lawsuits_other_party_is_not_the_goods_brand(title, category, price, brand, party):
    alerts = demo_alerts(title, category, price)
    assert party not in alerts
    assert brand is None or brand in alerts


def test_a_capital_v_or_a_v_after_a_digit_is_no_lawsuit():
    assert "bosch" in demo_alerts("12 v Bosch drill 1:1 copy", "power tools", 9)
