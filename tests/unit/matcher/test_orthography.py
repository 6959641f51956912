"""A market's ordinary writing is no disguise (rule: the market's orthography; services/matcher/core/orthography.py).

What an analyst sees on the demo registry: a Turkish shop's capitals (İ for i), a Turkish locale's ı, Azerbaijani,
full-width Latin beside Japanese, model numbers in a script's own digits and the brand's name in the listing's own script
are read as the mark as written, so a shop's price lowers them as any plainly named listing; the same writings with a
copy word or a price far below the floor alert, and the same characters where no orthography writes them (İ in an
English listing, ＮＩＫＥ in a Latin one, Devanagari digits in a French one) stay a disguise.
"""

from __future__ import annotations

import pytest

from services.matcher.core.normalise import latin_text
from tests.eval.adversary import orthography as writings
from tests.unit.matcher.demo import demo_index, demo_listing


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _evaluated(index, title, category, price, currency, description=""):
    return {m.brand_id: m for m in index.evaluate(demo_listing(title, category, price, description, currency=currency))}


def _signal(match, rule):
    return next((s for s in match.signals if s.rule.value == rule), None)


def test_the_digits_of_every_script_are_read_as_their_values_not_as_the_letters_they_look_like():
    assert latin_text("WH-१०००XM५") == "wh-1000xm5"  # Devanagari ० is drawn like o, ५ is 5
    assert latin_text("WH-۱۰۰۰XM۵") == "wh-1000xm5"  # Persian ۱ like l, ۵ like o
    assert latin_text("৫১২GB ๗๕๑๙๒") == "512gb 75192"
    assert latin_text("फ़िलिप्स") == "philips"  # the nukta is part of the letter (फ़ = f), no apostrophe inside the mark


@pytest.mark.parametrize("title, category, price, currency, brand, written, language", [
    ("ADİDAS ULTRABOOST LİGHT KOŞU AYAKKABISI FATURALI", "sneakers", 14900, "TRY", "adidas", "ADİDAS", "Turkish"),
    ("NİKE AİR FORCE 1 '07 BEYAZ RESMİ DİSTRİBÜTÖR GARANTİLİ", "sneakers", 6900, "TRY", "nike", "NİKE", "Turkish"),
    ("nıke aır force 1 beyaz sıfır faturalı", "sneakers", 6900, "TRY", "nike", "nıke", "Turkish"),
    ("NİKE AİR FORCE 1 YENİ, RƏSMİ ZƏMANƏT", "sneakers", 290, "AZN", "nike", "NİKE", "Azerbaijani"),
])
def test_a_turkic_shops_capitals_are_the_mark_as_written_and_a_shops_price_lowers_them(
        index, title, category, price, currency, brand, written, language):
    match = _evaluated(index, title, category, price, currency)[brand]
    assert match.score < match.threshold, [(s.rule.value, s.text, s.detail) for s in match.signals]
    mark = next(s for s in match.signals if s.text == written)
    assert mark.rule.value == "exact" and f"in {language} letters" in mark.detail and "market's orthography" in mark.detail
    assert _signal(match, "fair_price").detail.endswith("nothing claims a copy: lowered")


@pytest.mark.parametrize("title, category, price, currency, brand, written", [
    ("ＳＯＮＹ ワイヤレスヘッドホン 新品 国内正規品", "headphones", 52000, "JPY", "sony", "ＳＯＮＹ"),
    ("سماعة سوني WH-١٠٠٠XM٥ جديدة - ضمان الوكيل", "headphones", 1890, "SAR", "sony", "WH-١٠٠٠XM٥"),
    ("सोनी WH-१०००XM५ हेडफोन नया, बिल और वारंटी के साथ", "headphones", 34990, "INR", "sony", "WH-१०००XM५"),
])
def test_full_width_latin_in_japanese_and_a_scripts_own_digits_are_no_disguise(
        index, title, category, price, currency, brand, written):
    match = _evaluated(index, title, category, price, currency)[brand]
    assert match.score < match.threshold, [(s.rule.value, s.text, s.detail) for s in match.signals]
    assert "lowered" in _signal(match, "fair_price").detail
    assert written in {s.text for s in match.signals}


@pytest.mark.parametrize("title, category, price, currency, brand, said", [
    ("ADİDAS ULTRABOOST LİGHT KOŞU AYAKKABISI A KALİTE", "sneakers", 14900, "TRY", "adidas", "cue"),
    ("NİKE AİR FORCE 1 '07 BEYAZ FATURALI", "sneakers", 390, "TRY", "nike", "price"),
    ("ＳＯＮＹ ワイヤレスヘッドホン N級品", "headphones", 52000, "JPY", "sony", "cue"),
])
def test_the_same_writings_with_a_copy_word_or_a_copys_price_alert(index, title, category, price, currency, brand, said):
    match = _evaluated(index, title, category, price, currency)[brand]
    assert match.score >= match.threshold
    assert _signal(match, said).weight > 0


@pytest.mark.parametrize("title, category, price, currency, brand, written, blocked", [
    ("NİKE Air Force 1 '07 white sneakers brand new, with receipt", "sneakers", 140, "USD", "nike", "NİKE",
     "the mark is disguised"),
    ("guccı Marmont shoulder bag neu, mit Rechnung", "handbags", 2400, "EUR", "gucci", "guccı", "not lowered"),
    ("ＳＯＮＹ wireless headphones brand new, sealed", "headphones", 420, "USD", "sony", "ＳＯＮＹ", "not lowered"),
    ("Nike CW२२८८-१११ Air Force 1 neuf, sous blister, facture", "sneakers", 150, "EUR", "nike", None,
     "digits of a script the listing is not written in"),
])
def test_the_same_characters_where_no_orthography_writes_them_stay_a_disguise(
        index, title, category, price, currency, brand, written, blocked):
    match = _evaluated(index, title, category, price, currency)[brand]
    assert match.score >= match.threshold
    assert blocked in _signal(match, "fair_price").detail
    if written is not None:
        assert next(s for s in match.signals if s.text == written).rule.value == "confusable"


def test_a_disguise_written_with_another_scripts_zero_still_reads_as_the_mark(index):
    # Arabic-Indic zero for the o of Rolex in a Latin listing: a leet digit, not the letter it is drawn like, not a shop
    match = _evaluated(index, "R٠LEX Submariner watch brand new", "watches", 40, "USD")["rolex"]
    assert match.score >= match.threshold


def test_the_generators_writings_are_what_the_classes_say():
    assert writings.turkic_upper("nike air max") == "NİKE AİR MAX"
    assert writings.turkic_lower("GUCCI") == "guccı"
    assert writings.native_digits("WH-1000XM5", "\u0966") == "WH-१०००XM५"
