"""The brand named by its founder (issue 9, people; outsider14's `c_founder_names`): the registry's `founders` are people,
so a founder's name names the brand only among the brand's goods with a counterfeit cue or a copy's price, like a
nickname; a biography, a street, a namesake selling a sofa stay quiet. And three wrong-brand alerts of outsider14, each
a class: a weak word of one brand inside another brand's name of several words ("Sam Tick", Canada Goose's founder,
holds Nike's "tick"), a word of a script that writes its vowels heard with a mark's consonants but none of its vowels
(Georgian ზომები "sizes" is no Samba, Nepali स्किन "skin" no Joy-Con), and the Turkic "for" after the goods' brand
(Kazakh "Nintendo Switch OLED үшін қап", a case for the Switch)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.unit.matcher.demo import SEED, demo_alerts


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() if text.isascii() is False and not any(
        ord(c) > 0x2000 for c in text) else text


def _details(match) -> list[str]:
    return [s.detail or "" for s in match.signals if s.weight > 0]


@pytest.mark.parametrize(("title", "brand", "category", "price", "currency", "name"), [
    ("Adi Dassler retro sneakers three stripes - replica", "adidas", "sneakers", 15.0, "EUR", "Adi Dassler"),
    ("Rudolf Dassler suede sneakers 1:1", "puma", "sneakers", 12.0, "EUR", "Rudolf Dassler"),
    ("Steve Jobs' company earbuds pro 2nd gen - 1:1", "apple", "earbuds", 32.0, "USD", "Steve Jobs"),
    ("Akio Morita's brand noise cancelling headphones replica", "sony", "headphones", 20.0, "GBP", "Akio Morita"),
    ("Ruth Handler's doll dreamhouse - knockoff", "mattel", "dolls", 21.0, "USD", "Ruth Handler"),
    ("Sérum de la maison d'Eugène Schueller, réplique", "loreal", "skincare", 9.0, "EUR", "Eugène Schueller"),
    ("Ole Kirk Christiansens klodser træhus sæt replika", "lego", "building sets", 329.0, "DKK", "Ole Kirk"),
    ("山内房治郎の会社 携帯ゲーム機 スーパーコピー", "nintendo", "consoles", 5100.0, "JPY", "山内房治郎"),
    ("King Camp's razor blades 5-blade 8 pack replica", "gillette", "razor blades", 3.0, "USD", "King Camp"),
    ("Phil Knight's brand sneakers AAA quality", "nike", "sneakers", 30.0, "USD", "Phil Knight"),
])
def test_a_founders_name_with_a_copy_alerts_and_the_evidence_names_the_founder(title, brand, category, price, currency, name):
    found = demo_alerts(title, category, price, currency=currency)
    assert set(found) == {brand}, found
    said = [_fold(d) for d in _details(found[brand])]
    assert any(f"named by the founder's name '{_fold(name)}'" in d for d in said), said


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("Adi Dassler: the biography of the shoemaker, hardcover", "books", 24.0, "USD"),
    ("Eugène Schueller, une vie - livre d'occasion", "books", 8.0, "EUR"),
    ("Wohnung in der Adi-Dassler-Straße, Herzogenaurach, 3 Zimmer", "real estate", 1200.0, "EUR"),
    ("Three-seat sofa, grey, collection only - Ruth Handler, Leeds", "furniture", 150.0, "GBP"),
    ("Steve Jobs by Walter Isaacson, paperback copy", "books", 9.0, "USD"),
    ("Phil Knight: Shoe Dog, a memoir, paperback", "books", 12.0, "USD"),
    ("Adi Dassler retro sneakers, men's size 43", "sneakers", 80.0, "EUR"),  # the goods, no cue, a fair price
    ("KingCamp camping chair, folding, with cup holder", "camping", 35.0, "USD"),
    ("Bill Gates Foundation annual letter 2020, signed print", "collectibles", 40.0, "USD"),
])
def test_founders_as_people_stay_quiet(title, category, price, currency):
    assert demo_alerts(title, category, price, currency=currency) == {}


def test_every_founders_list_in_the_demo_registry_has_its_source_beside_it():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    declared = [k for k, line in enumerate(lines) if line.strip().startswith("founders:")]
    assert len(declared) >= 30
    for k in declared:
        assert lines[k - 1].strip().startswith("# founders") and re.search(r"\(.*\)", lines[k - 1]), lines[k]


# ------------------------------------------------------------------ wrong-brand alerts (outsider14)

def test_a_weak_word_of_one_brand_inside_another_brands_name_names_nobody_else():
    found = demo_alerts("Metro Sportswear (Sam Tick's brand) arctic parka - replica", "parkas", 180.0, currency="CAD")
    assert set(found) == {"canada-goose"}, found


@pytest.mark.parametrize(("title", "category", "price", "currency"), [
    ("Nike Air Force 1 ახალი, ზომები 36-45", "sneakers", 31.0, "GEL"),  # Georgian "sizes", heard s-m-b
    ("Nike Air Jordan 1 ასლი, ზომები 40-44", "sneakers", 47.0, "GEL"),
])
def test_a_georgian_word_with_none_of_the_marks_vowels_is_no_transliteration_of_it(title, category, price, currency):
    assert set(demo_alerts(title, category, price, currency=currency)) == {"nike"}


def test_a_nepali_word_with_none_of_the_marks_vowels_is_no_transliteration_of_it():
    assert demo_alerts("PS5 कन्ट्रोलरको लागि स्किन स्टिकर", "accessories", 670.0, currency="NPR") == {}


@pytest.mark.parametrize(("title", "brand", "category"), [
    ("ადიდასი სპორტული ფეხსაცმელი ასლი", "adidas", "sneakers"),  # the mark in Georgian, a final i added
    ("सैमसंग स्मार्टफोन कॉपी मास्टर कॉपी", "samsung", "phones"),
])
def test_the_marks_as_those_scripts_write_them_still_name_them(title, brand, category):
    assert brand in demo_alerts(title, category, 20.0)


@pytest.mark.parametrize("title", [
    "Nintendo Switch OLED үшін қорғаныш қап",  # Kazakh
    "Nintendo Switch OLED uchun g'ilof",  # Uzbek
    "Nintendo Switch OLED üçün qoruyucu qab",  # Azerbaijani
])
def test_a_turkic_for_after_the_brand_makes_an_accessory(title):
    assert demo_alerts(title, "accessories", 10.0) == {}
