"""Marks hidden by how the text is written (markup, upside down, backwards, fancy letters) and the sound classes'
follow-up (issue 9, detect-script): generated instances over every demo brand, and the negatives.

Instances come from the adversary's own tables (tests/eval/adversary/views.py, sound.py), not from the libraries
the detectors use (html, upsidedown, anyascii).
"""

from __future__ import annotations

import random

import pytest

from schemas import Listing, Rule
from services.matcher.core.detectors.text_views import markup_view
from services.matcher.core.sounds import romanise
from tests.eval.adversary import chinese, load_brands, views
from tests.eval.adversary.generate import _english, _foreign
from tests.unit.matcher.demo import demo_index, demo_listing

BRANDS = load_brands()


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _listing(title: str, category: str, price: float = 30.0, currency: str = "USD") -> Listing:
    return demo_listing(title, category, price, currency=currency)


def _alerts(index, listing: Listing) -> dict[str, set[str]]:
    return {m.brand_id: {s.rule.value for s in m.signals if s.weight > 0} for m in index.match(listing)}


def _brand_mark(brand) -> str:
    return next(m.value for m in brand.latin_marks if len([c for c in m.value if c.isalpha()]) >= 5
                and m.value.replace(" ", "").isalpha() and not m.everyday)


WRITTEN = {"markup": views.markup, "upside_down": views.upside_down, "fancy_letters": views.fancy}


@pytest.mark.parametrize("rule", sorted(WRITTEN))
@pytest.mark.parametrize("brand", [b for b in BRANDS if any(len(m.value) >= 5 and m.value.replace(" ", "").isalpha()
                                                            and not m.everyday for m in b.latin_marks)], ids=lambda b: b.id)
def test_a_mark_written_so_alerts_its_brand_with_the_rule(index, brand, rule):
    rng = random.Random(f"{brand.id}:{rule}")
    mark = _brand_mark(brand)
    text = WRITTEN[rule](mark, rng)
    found = _alerts(index, _listing(f"{text} {brand.categories[0]} 1:1 replica", brand.categories[0]))
    assert set(found) == {brand.id} and rule in found[brand.id], (text, found)


@pytest.mark.parametrize("brand", BRANDS, ids=lambda b: b.id)
def test_a_mark_spelt_backwards_alerts_unless_it_is_a_word(index, brand):
    rng = random.Random(brand.id)
    for mark in brand.latin_marks:
        text = views.backwards(mark.value, rng)
        plain = text.replace(" ", "").lower()
        if len(plain) < 5 or not mark.value.replace(" ", "").replace("-", "").isalpha() or mark.everyday or _english(text) or _foreign(text):
            continue
        found = _alerts(index, _listing(f"{text} {brand.categories[0]} AAA quality", brand.categories[0]))
        assert brand.id in found and "reversed" in found[brand.id], (text, found)


@pytest.mark.parametrize("brand,title,desc,category,price,currency", views.VIEW_WORDS)
def test_markup_turned_letters_and_words_that_are_a_mark_backwards_stay_quiet(index, brand, title, desc, category,
                                                                               price, currency):
    assert _alerts(index, _listing(title, category, price, currency)) == {}


def test_markup_is_read_as_rendered_with_spans_in_the_stored_text():
    shown, starts, ends = markup_view("G&#x75;cci <b>belt</b> &amp; G<i>u</i>cci<br>x")
    assert shown == "Gucci belt & Gucci x"
    k = shown.index("u")
    assert (starts[k], ends[k]) == (1, 7)  # the reference &#x75; as a whole
    assert markup_view("no markup here") is None


def test_an_ordinary_mark_next_to_markup_is_the_marks_detectors_not_markup(index):
    found = _alerts(index, _listing("<b>Gucci</b> leather belt", "belts"))
    assert "markup" not in found.get("gucci", set())


@pytest.mark.parametrize("text,script,reading", [
    ("אפל", "hebrew", "apl"),  # bet/kaf/pe with a dagesh, a word-initial alef
    ("ابل", "arabic", "abl"),  # alef is a
    ("كوكا", "arabic", "koka"),  # waw between letters a vowel
    ("कनोन", "devanagari", "kanon"),  # the inherent a
    ("कलवेइ", "devanagari", "kalawei"),  # va as w
    ("γιονεκσ", "greek", "yoneks"),  # γι before a vowel is y
    ("וילסון", "hebrew", "wylson"),  # a word-initial vav writes w
])
def test_romanisation_reads_what_a_letter_by_letter_reading_misses(text, script, reading):
    assert reading in romanise(text, script)


@pytest.mark.parametrize("title,category,brand", [
    ("Phisher-price doll dreamhouse 1:1 replica", "dolls", "mattel"),  # hyphenated mark, pieces joined
    ("L'oril night cream 50ml AAA quality", "skincare", "loreal"),  # a mark of one sound class, by ear
    ("Loryl perfume 50ml super copy", "fragrance", "loreal"),
    ("Monopolie board game 1:1 replica", "board games", "hasbro"),  # a rare Dutch word heard as the mark
    ("של chain lubricant spray 1:1 replica", "lubricants", "shell"),  # a lone Hebrew word among English ones
    ("보스 cordless drill driver super copy", "power tools", "bosch"),  # the closest brand the listing sells
])
def test_sound_alikes_corroborated_alert_their_brand(index, title, category, brand):
    assert set(_alerts(index, _listing(title, category))) == {brand}


@pytest.mark.parametrize("title,category", [
    ("fone de ouvido sem fio bluetooth novo", "headphones"),  # Portuguese "fone" is no iPhone
    ("Stan Smith réplica jaqueta esportiva nunca usado", "sportswear"),  # "nunca" is no Nike
])
def test_words_of_the_listings_language_are_no_respellings(index, title, category):
    assert "apple" not in _alerts(index, _listing(title, category)) and "nike" not in _alerts(index, _listing(title, category))


def test_a_brands_product_line_by_sound_alerts_no_other_brand(index):
    """Held-out wrong-brand alerts on Cyrillic transliterations (an Omega listing read as Rolex): a word of one
    brand's multi-word mark heard like another brand's mark (Будс in Галакси Будс like AirPods, Ести in Ести Лаудер
    like Shiseido) is a collision; generated over every brand's marks in every script."""
    from tests.eval.adversary import sound

    wrong = []
    for brand in BRANDS:
        rng = random.Random(brand.id)
        for mark in brand.latin_marks:
            if not mark.value.replace(" ", "").replace("-", "").replace("'", "").isalpha():
                continue
            for script in ("cyrillic", "greek", "katakana", "hangul", "arabic"):
                text = sound.in_script(mark.value, script, rng)
                found = _alerts(index, _listing(f"{text} {brand.categories[0]} 1:1 replica", brand.categories[0]))
                if set(found) - {brand.id}:
                    wrong.append((brand.id, mark.value, text, sorted(found)))
    assert wrong == []


def test_the_rules_are_named_in_the_evidence_schema():
    assert {Rule.markup, Rule.upside_down, Rule.reversed, Rule.fancy_letters, Rule.pinyin} <= set(Rule)


@pytest.mark.parametrize("brand", [b for b in BRANDS if any(len(chinese.PINYIN.get(m.value, "").split()) >= 3
                                                            for m in b.cjk)], ids=lambda b: b.id)
def test_an_alias_in_pinyin_or_its_initials_with_a_copy_claim_alerts_its_brand(index, brand):
    alias = next(m.value for m in brand.cjk if len(chinese.PINYIN.get(m.value, "").split()) >= 3)
    category = brand.categories[0]
    spelt = chinese.PINYIN[alias]
    for title in (f"{spelt} {category} super copy", f"{spelt.replace(' ', '')} {category} 高仿",
                  f"{chinese.pinyin_initials(alias)} {category} super copy"):
        found = _alerts(index, _listing(title, category))
        assert set(found) == {brand.id}, (title, found)
        assert found[brand.id] & {"pinyin", "initialism", "glued"}, (title, found)  # adidasi: Adidas glued to an i


@pytest.mark.parametrize("brand,title,desc,category,price,currency", chinese.PINYIN_WORDS)
def test_pinyin_of_everyday_words_and_initials_without_a_copy_claim_stay_quiet(index, brand, title, desc, category,
                                                                               price, currency):
    assert _alerts(index, _listing(title, category, price, currency)) == {}
