"""A mark the reader must reassemble (reassemble, 2026-12-02): the first letters of the description's lines
(detectors/acrostics.py, rule acrostic). What a copy says alerts, with the rule and what was read in the evidence and
the takedown notice; the honest listings that look the same stay quiet. On the demo registry."""

from __future__ import annotations

import pytest

from brandsentry.settings import Topics
from services.alerts.core import new_alert
from services.portal.notice import notice_text, render_notice
from tests.unit.matcher.demo import demo_index, demo_listing


def alerts(title: str, category: str, price: float, description: str = "", currency: str = "USD"):
    return {m.brand_id: m for m in demo_index().match(demo_listing(title, category, price, description, currency=currency))}


def signal(match, rule: str):
    return next(s for s in match.signals if s.rule.value == rule and s.weight > 0)


# ------------------------------------------------------------------------------------------ acrostics

SWAROVSKI = "Sealed\nWorldwide shipping\nAccessories included\nRuns perfectly\nOne of the best\nVery light\nSealed\n" \
            "Keep it forever\nIdeal for daily use"


@pytest.mark.parametrize("title, description, category, price, brand, spelt", [
    ("Gold tone bangle - read the first letters 😉", SWAROVSKI, "jewelry", 12, "swarovski", "SWAROVSKI"),
    ("Wireless headphones - read the first letters", "Sealed\nOne of the best\nNew in box\nYours for a fraction",
     "headphones", 39, "sony", "SONY"),
    ("Earbuds, check the first letters", "• Accessories included\n• Perfect fit\n• Packed with care\n• Light\n"
     "• Excellent finish", "earbuds", 30, "apple", "APPLE"),  # bullets skipped; an everyday word, in its category
    ("Hair dryer, premium, 1:1", "Detailed stitching\nYours for a fraction\nSealed\nOne of the best\nNew in box",
     "hair care", 20, "dyson", "DYSON"),  # no hint: a short mark with a cue and a price far below the floor
    ("Down parka", "Classic look\nAccessories included\nNew in box\nAccessories included\nDetailed stitching\n"
     "Accessories included\nGreat gift\nOne of the best\nOne of the best\nSealed\nExcellent finish",
     "parkas", 900, "canada-goose", "CANADAGOOSE"),  # no hint: a long mark spelt down eleven lines
])
def test_the_first_letters_of_the_lines_spell_the_mark(title, description, category, price, brand, spelt):
    found = alerts(title, category, price, description)
    assert list(found) == [brand], found
    s = signal(found[brand], "acrostic")
    assert s.field == "description" and f"spell '{spelt}'" in s.detail


@pytest.mark.parametrize("title, description, category, price", [
    # a short mark spelt by chance, among the brand's goods at a shop's price, no hint, no cue
    ("Portable speaker", "Brand new\nOriginal packaging\nShips today\nExcellent condition", "speakers", 199),
    # an acrostic poem of an everyday word on goods no brand of that name sells (Cartier's line Love)
    ("Personalised acrostic poem print - read the first letters: LOVE",
     "Laughter every day\nOur home\nVery happy\nEvery moment", "posters", 15),
    # the letters inside a longer block, and a block cut by a blank line: no whole block spells the mark
    ("Wireless headphones - read the first letters", "Hello\nSealed\nOne of the best\nNew in box\nYours for a fraction",
     "headphones", 39),
    ("Wireless headphones - read the first letters", "Sealed\nOne of the best\n\nNew in box\nYours for a fraction",
     "headphones", 39),
])
def test_what_only_looks_like_an_acrostic_stays_quiet(title, description, category, price):
    assert alerts(title, category, price, description) == {}


def test_the_takedown_notice_names_the_acrostic():
    match = alerts("Wireless headphones - read the first letters", "headphones", 39,
                   "Sealed\nOne of the best\nNew in box\nYours for a fraction")["sony"]
    alert = new_alert(match, Topics(topic_prefix="p."), now=match.matched_at, seller_prior_alerts=0)
    text = notice_text(render_notice(alert, requested_by="alice", now=match.matched_at))
    assert "acrostic: the mark spelt by the first letters of the description's lines" in text


# ------------------------------------------------------------------------------------------ model numbers in words

@pytest.mark.parametrize("title, category, price, brand, spelt, model", [
    ("Automatic watch ref one two six six one zero L N", "watches", 300, "rolex", "one two six six one zero L N",
     "126610LN"),
    ("Gold tone bangle bracelet ref five nine zero seven zero two H V", "jewelry", 19, "pandora",
     "five nine zero seven zero two H V", "590702HV"),
    ("Cordless drill ref G B H two - two six, 1:1", "power tools", 16, "bosch", "G B H two - two six", "GBH 2-26"),
    ("Building set ref two one three one eight", "building sets", 30, "lego", "two one three one eight", "21318"),
    ("Reloj automático modelo uno dos seis seis uno cero L N", "watches", 300, "rolex", "uno dos seis seis uno cero L N",
     "126610LN"),
    ("Часы модель один два шесть шесть один ноль L N копия", "watches", 300, "rolex",
     "один два шесть шесть один ноль L N", "126610LN"),
    ("Jeans item no. zero four five double one one one six three", "jeans", 8, "levis",
     "zero four five double one one one six three", "04511-1163"),
])
def test_a_model_number_spelt_out_in_words_names_its_brand(title, category, price, brand, spelt, model):
    found = alerts(title, category, price)
    assert list(found) == [brand], found
    s = signal(found[brand], "spelt_model")
    assert s.text == spelt and s.term == model and f"read as {model}" in s.detail


@pytest.mark.parametrize("title, category, price, description", [
    ("Counting flash cards one two three four five six seven eight nine", "toys", 9, ""),  # counting
    ("Kids building set, one two three four, two colours", "building sets", 25, ""),
    ("Running shoes, no brand", "sneakers", 40, "Call me on four four seven one nine eight eight zero one two."),
    ("Two pairs of jeans, size eight", "jeans", 30, ""),
])
def test_number_words_that_are_no_model_stay_quiet(title, category, price, description):
    assert alerts(title, category, price, description) == {}


def test_a_number_word_inside_a_spelt_model_is_no_mark():
    # "uno" is Mattel's card game; here it is the digit 1 of Nintendo's HAC-013
    assert list(alerts("Video game cartridge ref H A C cero uno tres replica", "video games", 20)) == ["nintendo"]


# ------------------------------------------------------------------------------------------ wrong keyboard layout

@pytest.mark.parametrize("keys, script, typed", [
    ("hjktrc", "cyrillic", "ролекс"), ("lfqcjy", "cyrillic", "дайсон"), ("gf;", "cyrillic", "паж"),
    ("fhffprtm", "hangul", "롤렉스"), ("skdlzl", "hangul", "나이키"), ("rnWl", "hangul", "구찌"),
    ("dkdhk", "hangul", "아와"), ("ekfr", "hangul", "닭"),  # a compound vowel, a final pair
    ("rolex", "hebrew", "רםךקס"), ("rolex", "greek", "ρολεχ"), ("rolex", "arabic", "قخمثء"),
])
def test_keys_type_the_layouts_letters_and_back(keys, script, typed):
    from services.matcher.core.keyboards import keys_of, typed_as

    assert typed_as(keys, script) == typed
    assert keys_of(typed) == keys.lower()


@pytest.mark.parametrize("title, category, price, currency, brand, written", [
    ("hjktrc часы механические копия", "watches", 77000, "RUB", "rolex", "hjktrc"),  # Ролекс on the Latin keys
    ("Кщдуч часы механические 1:1", "watches", 130000, "RUB", "rolex", "Кщдуч"),  # Rolex with the Russian layout on
    ("фшкзщвы смартфон новые", "earbuds", 4900, "RUB", "apple", "фшкзщвы"),  # AirPods
    ("fhffprtm 시계 미러급", "watches", 1600000, "KRW", "rolex", "fhffprtm"),  # 롤렉스 with the Korean IME off
    ("fndlqlxhd 가방 미러급", "handbags", 170000, "KRW", "louis-vuitton", "fndlqlxhd"),  # 루이비통
    ("רםךקס שעון העתק", "watches", 900, "ILS", "rolex", "רםךקס"),  # Rolex with the Hebrew layout on
    ("챔초 가방 미러급", "handbags", 120000, "KRW", "coach", "챔초"),  # Coach with the Korean IME on: 2 syllables, 5 keys
])
def test_a_mark_typed_with_the_wrong_layout_names_its_brand(title, category, price, currency, brand, written):
    found = alerts(title, category, price, currency=currency)
    assert list(found) == [brand], found
    s = signal(found[brand], "keyboard_layout")
    assert s.text == written and "typed with the wrong keyboard layout" in s.detail


@pytest.mark.parametrize("title, category, price, currency", [
    ("Xiaomi Redmi Note 13 смартфон новый", "phones", 25000, "RUB"),  # another maker's name in Latin letters
    ("asdfgh qwerty клавиатура", "accessories", 900, "RUB"),  # a keyboard mash
    ("Смартфон 128 ГБ, отличное состояние", "phones", 25000, "RUB"),  # Russian words are no typos
    ("갤럭시 케이스 ssg 새상품", "accessories", 15000, "KRW"),
    ("fhffprtm 시계", "watches", 12000000, "KRW"),  # a shop's price, nothing of a copy: 롤렉스 as written would be quiet too
])
def test_words_that_no_layout_turns_into_a_mark_stay_quiet(title, category, price, currency):
    found = alerts(title, category, price, currency=currency)
    assert not any(s.rule.value == "keyboard_layout" and s.weight > 0 for m in found.values() for s in m.signals), found
    if "fhffprtm" not in title:
        assert found == {}
