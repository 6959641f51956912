"""The generator classes that stood short of the floor on seed 9 (floors, 2026-12-03), one test per class of cause.

- a line named in an option/variant item specific beside the brand's mark there is judged by the line's floor;
- a name typed with the wrong keyboard layout: the short word beside it that happens to be a Latin word ("rfyflf uec":
  Канада гус), a letter typed on a punctuation key at the word's end ("flje,": Адоуб), and only where the Latin word's
  own field is written in the layout's script ("Kabellose Kopfhörer" is German);
- a phrase of the title's language heard like a mark ("Nuevo con etiqueta": Spanish, not Santos de Cartier);
- a line of everyday words that is a word of the listing's language (French "d'accord", Honda's Accord; Italian
  "bosco", one edit from Bosch) beside another brand named plainly only grazes;
- a pack of goods whose noun is also a pack's content noun ("wiper blades", "video game cartridge", "stick vacuum",
  "razor with blades") is counted in units;
- a luxury model told as vintage and named in full after the brand ("vintage Coach Long zip around wallet") is judged
  by that model's floor;
- a Latin "L" (the house code L家) is no Hebrew לא denying the copy word after it.
"""

from __future__ import annotations

import pytest

from services.matcher.core.context.negation import Negations
from services.matcher.core.context.quantity import retail_units
from services.matcher.core.normalise import ListingText
from tests.unit.matcher.demo import demo_index, demo_listing


@pytest.fixture(scope="module")
def index():
    return demo_index()


def _alerts(index, title, category, price, currency="USD", description="", attributes=None):
    listing = demo_listing(title, category, price, description=description, currency=currency, attributes=attributes)
    return {m.brand_id for m in index.match(listing)}


@pytest.mark.parametrize("title, attributes, price", [
    ("Новый с биркой – scarves", {"Ausführung": "Burberry Kensington trench", "尺码": "M"}, 198.39),
    ("Neuf avec étiquette – scarves", {"Rozmiar": "38", "Option": "Burberry Lola bag"}, 168.11),
])
def test_a_line_in_an_option_beside_the_mark_is_judged_by_the_lines_floor(index, title, attributes, price):
    assert _alerts(index, title, "scarves", price, attributes=attributes) == {"burberry"}


@pytest.mark.parametrize("title, category, price, brand", [
    ("rfyflf uec Winter parka оригинальная коробка копия", "outerwear", 350.86, "canada-goose"),
    ("u vfhvjyn Leather belt men 3.5cm в наличии копия", "belts", 32.4, "gucci"),
    ("flje, Subscription 12 months новые точная копия", "software licenses", 74.19, "adobe"),
])
def test_a_name_typed_on_the_wrong_layout_with_its_short_words_and_end_keys(index, title, category, price, brand):
    assert _alerts(index, title, category, price) == {brand}


def test_a_latin_word_is_retyped_only_where_its_field_is_written_in_the_script(index):
    assert _alerts(index, "Kabellose Kopfhörer mit Ladecase", "headphones", 60.58,
                   description="Выберите вариант. 1:1") == set()


def test_a_phrase_of_the_titles_language_is_no_sound_alike(index):
    assert "cartier" not in _alerts(index, "Nuevo con etiqueta – jewelry replika", "jewelry", 36.55)
    assert "canada-goose" in _alerts(index, "Kanada Gus parka", "outerwear", 35, description="replika")


@pytest.mark.parametrize("title, category, price, brand, grazed", [
    ("Toyota oil filter prix ferme, d'accord pour envoi", "auto parts", 0.64, "toyota", "honda"),
    ("Panasonic stand blender 1.5L colore verde bosco", "kitchen appliances", 3.51, "panasonic", "bosch"),
])
def test_an_everyday_line_that_is_a_word_of_the_listing_only_grazes(index, title, category, price, brand, grazed):
    assert _alerts(index, title, category, price) == {brand}


def test_two_brands_named_plainly_by_their_names_still_both_alert(index):
    assert _alerts(index, "Honda Accord oil filter Toyota 1:1", "auto parts", 0.6) == {"honda", "toyota"}


@pytest.mark.parametrize("title, units", [
    ("Primacy wiper blades pair 15個セット", 15),
    ("x 20 gillette razor with blades", 20),
    ("NINTENDO video game cartridge 30个装", 30),
    ("DYSON stick vacuum with laser, set of 20, new", 20),
    ("Callaway golf balls 12 pack", 1),
    ("Gillette Fusion blades, pack of 8", 1),
    ("Canon ink cartridges 4 pack", 1),
    ("Duracell AA rechargeable batteries 4 pack", 1),
    ("Oral-B brush heads replacement 8 pack", 1),
])
def test_a_content_noun_counts_a_packs_contents_only_as_the_goods_own(title, units):
    assert retail_units(title)[0] == units


@pytest.mark.parametrize("title, price, currency, brand", [
    ("Vintage 1980s Coach Long zip around wallet", 167.6, "CNY", "coach"),
    ("Estate find vintage Pandora Moments snake chain bracelet", 7.79, "USD", "pandora"),
    ("Inherited vintage Louis Vuitton Zippy Wallet", 123.88, "EUR", "louis-vuitton"),
])
def test_a_luxury_model_told_as_vintage_is_judged_by_its_own_floor(index, title, price, currency, brand):
    category = "jewelry" if "bracelet" in title else "wallets"
    assert _alerts(index, title, category, price, currency) == {brand}


def test_a_genuine_vintage_model_at_a_second_hand_price_stays_quiet(index):
    assert _alerts(index, "Vintage 1980s Coach Long zip around wallet", "wallets", 1200, "CNY",
                   description="Genuine, with box and papers.") == set()


def test_a_latin_l_is_no_hebrew_negation(index):
    assert _alerts(index, "L家 运动服 新款 复刻", "sportswear", 100.67, "CNY") == {"levis"}
    hebrew = ListingText("נעלי ספורט לא רפליקה", "")
    assert Negations(hebrew).before(hebrew.original.index("רפליקה")) is not None
    latin = ListingText("L 复刻", "")
    assert Negations(latin).before(latin.original.index("复刻")) is None
