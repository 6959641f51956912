"""Grammar classes (words, 2026-12-01): the mark inside the grammar of other languages, read from what a brand sees.

- compounds (detectors/compounds.py, rule glued): a mark as the first element of a compound noun of German, Dutch, the
  Scandinavian languages, Finnish or Hungarian, the rest a word of the language (wordfreq);
- item specifics under other languages' "brand" keys (context/fields.py), the value a name, not a foreign word;
- a likeness word ("-style", "w stylu", "tarzı") beside a DISGUISED mark lowers nothing (context/judge.py).
Each with innocent siblings on the demo registry (deploy/seed/registry.yaml).
"""

from __future__ import annotations

import pytest

from schemas import Listing
from services.matcher.core.detectors.compounds import is_a_word, word_language
from tests.unit.matcher.demo import demo_index, demo_listing


def alerted(item: Listing) -> dict[str, list[str]]:
    return {m.brand_id: [s.rule.value for s in m.signals if s.weight > 0] for m in demo_index().match(item)}


def signals(item: Listing, brand: str) -> list:
    return next((m.signals for m in demo_index().evaluate(item) if m.brand_id == brand), [])


# ------------------------------------------------------------------ compounds


@pytest.mark.parametrize("rest, language", [("uhr", "de"), ("skor", "sv"), ("sjaal", "nl"), ("laukku", "fi"),
                                            ("óra", "hu"), ("kézitáska", "hu"), ("armbåndsur", "nb")])
def test_the_rest_of_a_compound_is_a_word_of_a_compounding_language(rest, language):
    found = word_language(rest)
    assert found is not None and found[0] == language, found


@pytest.mark.parametrize("rest", ["ndorfer", "lodeon", "duras", "xqzt"])
def test_letters_that_are_no_word_are_no_rest(rest):
    assert word_language(rest) is None


def test_a_whole_word_of_a_language_is_no_compound_of_a_mark():
    assert is_a_word("diorama") and is_a_word("honduras")
    assert not is_a_word("rolexuhr") and not is_a_word("guccitasche")


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Rolexuhr Damen silber Automatik", "watches", 240, "EUR", "rolex"),
    ("Burberrysjaal geruit", "scarves", 20, "EUR", "burberry"),
    ("Guccibälte svart herr", "belts", 35, "EUR", "gucci"),
    ("Nikesko hvid str 43", "sneakers", 30, "EUR", "nike"),
    ("Bosekuulokkeet musta", "headphones", 20, "EUR", "bose"),
    ("Swarovskinyaklánc ezüst", "jewelry", 4000, "HUF", "swarovski"),
    ("Dysonföhn neu OVP", "hair care", 45, "EUR", "dyson"),
])
def test_a_mark_glued_into_a_compound_among_its_goods_alerts(title, category, price, currency, brand):
    found = alerted(demo_listing(title, category, price, currency=currency))
    assert "glued" in found.get(brand, []), (title, found)


def test_the_compound_signal_says_which_language_glued_it():
    sig = next(s for s in signals(demo_listing("Rolexuhr Herren grün", "watches", 200, currency="EUR"), "rolex")
               if s.rule.value == "glued")
    assert sig.text == "Rolexuhr" and "German word" in sig.detail


@pytest.mark.parametrize("title, category, price, currency", [
    ("Honduras Reiseführer, Taschenbuch", "books", 12, "EUR"),  # a country, not Honda
    ("Bösendorfer Flügel Modell 200, gebraucht", "musical instruments", 30000, "EUR"),  # a piano maker, not Bose
    ("Diorama Eisenbahn Landschaft 1:87", "model railways", 40, "EUR"),  # a word of its own
    ("Marsmission Poster 50x70", "posters", 15, "EUR"),  # Mars is no first element of anything the brand sells
    ("Rolexuhr Herren Box und Papiere, Fachhändler", "watches", 9500, "EUR"),  # genuine unit at a retailer's price
    ("Guccitasche aus Papier, Bastelanleitung Buch", "books", 9, "EUR"),  # far from the brand's goods, no cue
])
def test_innocent_compounds_stay_quiet(title, category, price, currency):
    assert alerted(demo_listing(title, category, price, currency=currency)) == {}, title


# ------------------------------------------------------------------ item specifics in other languages


@pytest.mark.parametrize("key, value, brand", [
    ("Marka", "Omega", "omega"), ("Märke", "Rolex", "rolex"), ("Бренд", "Dyson", "dyson"),
    ("Thương hiệu", "Gucci", "gucci"), ("ยี่ห้อ", "Rolex", "rolex"), ("Marca", "Nike", "nike"),
    ("Márka", "Swarovski", "swarovski"), ("ブランド", "カルティエ", "cartier"),
])
def test_the_brand_only_under_a_local_brand_key_alerts_with_a_low_price(key, value, brand):
    category = {"omega": "watches", "rolex": "watches", "dyson": "hair care", "gucci": "handbags", "nike": "sneakers",
                "swarovski": "jewelry", "cartier": "jewelry"}[brand]
    found = alerted(demo_listing("Neu mit Etikett", category, 15, currency="EUR", attributes={key: value}))
    assert brand in found, (key, value, found)


def test_a_misspelling_in_the_text_does_not_hide_the_brand_key():
    # "Neuf" (French "new") is one edit from Hasbro's Nerf: it must not stop the item specifics being read
    found = alerted(demo_listing("Sac cabas toile beige", "handbags", 60, description="Neuf, jamais porté.",
                                 currency="EUR", attributes={"Marque": "Louis Vuitton"}))
    assert "louis-vuitton" in found, found


@pytest.mark.parametrize("attributes", [
    {"Marka": "Casio"}, {"Märke": "Markenlos"}, {"Kompatybilna marka": "Apple"}, {"Uyumlu marka": "Samsung"},
    {"Совместимый бренд": "Dyson"},
])
def test_a_brand_key_naming_another_brand_or_what_it_fits_stays_quiet(attributes):
    assert alerted(demo_listing("Neu mit Etikett", "accessories", 9, currency="EUR", attributes=attributes)) == {}


# ------------------------------------------------------------------ likeness beside a disguised mark


@pytest.mark.parametrize("title, category, brand", [
    ("R0LEX submariner style watch green", "watches", "rolex"),
    ("Torebka w stylu G*cci skórzana", "handbags", "gucci"),
    ("Ｄｙｓｏｎ tarzı saç şekillendirici", "hair care", "dyson"),
    ("Bolso estilo L.o.u.i.s V.u.i.t.t.o.n", "handbags", "louis-vuitton"),
])
def test_a_likeness_word_does_not_excuse_a_disguised_mark(title, category, brand):
    found = alerted(demo_listing(title, category, 30, currency="EUR"))
    assert brand in found, (title, found)
    sig = next(s for s in signals(demo_listing(title, category, 30, currency="EUR"), brand) if s.rule.value == "accessory")
    assert "misspelt or disguised" in sig.detail


@pytest.mark.parametrize("title, category", [
    ("Rolex submariner style watch green dial", "watches"),
    ("Torebka w stylu Gucci, bez logo", "handbags"),
    ("Nestlé inspired instant coffee 200g", "coffee"),  # the registered accented spelling is no disguise
])
def test_a_likeness_word_beside_the_plain_mark_still_lowers(title, category):
    assert alerted(demo_listing(title, category, 30, currency="EUR")) == {}, title


# ------------------------------------------------------------------ inflections


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("Hodinky s Rolexem, replika", "watches", 2500, "CZK", "rolex"),
    ("Rolexot vennék, másolat", "watches", 30000, "HUF", "rolex"),
    ("Sluchátka Boseovy, napodobenina", "headphones", 500, "CZK", "bose"),
    ("Guccin laukku musta, kopio", "handbags", 40, "EUR", "gucci"),
    ("Parduodu Rolexas laikrodis, kopija", "watches", 90, "EUR", "rolex"),
])
def test_a_mark_with_a_case_ending_among_its_goods_alerts(title, category, price, currency, brand):
    item = demo_listing(title, category, price, currency=currency)
    assert brand in alerted(item), title
    assert any(s.rule.value == "glued" and "case ending" in s.detail for s in signals(item, brand)), title


@pytest.mark.parametrize("title, category, price, currency", [
    ("Kniha o historii Rolexu, vázaná", "books", 20, "EUR"),  # a book about the brand: no goods, no cue
    ("Knjiga o povijesti Guccija", "books", 25, "EUR"),
    ("FC Bayern München Trikot 2024", "sportswear", 30, "EUR"),  # Bavaria, not Bayer's genitive
    ("Oryginalny zegarek Rolexa, paragon, gwarancja", "watches", 9000, "EUR"),  # a retailer's price, a receipt
])
def test_innocent_inflections_stay_quiet(title, category, price, currency):
    assert alerted(demo_listing(title, category, price, currency=currency)) == {}, title


def test_an_inflection_is_not_read_as_a_misspelling_far_from_the_goods():
    # "Bosem" used to be a one-edit misspelling of Bose (weight 0.65, alerting alone in a course listing)
    item = demo_listing("Kurz o historii značky Boseem a Rolexem", "courses", 15, currency="EUR")
    assert alerted(item) == {}


# ------------------------------------------------------------------ the brand only in an option/variant item specific


@pytest.mark.parametrize("title, category, price, currency, attributes, description, brand", [
    ("Men's automatic watch", "watches", 400, "USD", {"Style": "Rolex Submariner Date", "Size": "41"}, "", "rolex"),
    ("Herren Automatikuhr", "watches", 300, "EUR", {"Farbe": "Rolex Daytona"}, "", "rolex"),
    ("Running shoes", "sneakers", 5, "USD", {"Phân loại": "Nike"}, "", "nike"),
    ("Kabellose Kopfhörer", "headphones", 60, "EUR", {"Wariant": "Bose QuietComfort"}, "1:1 replika", "bose"),
    ("レディース ショルダーバッグ", "handbags", 700, "USD", {"カラー": "Gucci Dionysus"}, "réplica", "gucci"),
])
def test_the_brand_only_in_an_option_alerts_with_a_cue_or_a_far_low_price(title, category, price, currency, attributes,
                                                                          description, brand):
    item = demo_listing(title, category, price, description=description, currency=currency, attributes=attributes)
    assert brand in alerted(item), attributes
    detail = " ".join(s.detail for s in signals(item, brand) if s.field == "attributes" and s.weight > 0)
    assert "option/variant item specific" in detail, detail


@pytest.mark.parametrize("title, category, price, attributes", [
    ("Men's automatic watch", "watches", 9000, {"Style": "Rolex Submariner Date"}),  # a retailer's price, no cue
    ("Men's automatic watch", "watches", 2500, {"Colour": "Rolex Submariner Date"}),  # a copy's price, no cue
    ("Phone case clear silicone", "phone cases", 9, {"Model": "iPhone 15 Pro"}),  # what the case fits
    ("Hülle transparent Silikon", "accessories", 9, {"Style": "iPhone 15 Pro"}),
    ("Watch strap 20mm rubber", "watches", 19, {"Modell": "Rolex Submariner"}),
    ("Шнурки плоские", "sneakers", 6, {"Variant": "Nike Air Force 1"}),
    ("Running shoes", "sneakers", 5, {"Option": "for Nike Air Max insoles"}),
    ("新品 未使用 – sportswear", "sportswear", 90, {"Style": "Adidas Originals"}),  # no cue, not far below the floor
])
def test_an_option_naming_what_the_item_fits_or_a_genuine_line_stays_quiet(title, category, price, attributes):
    assert alerted(demo_listing(title, category, price, attributes=attributes)) == {}, attributes


def test_a_photo_name_and_an_option_joined_alike_do_not_share_their_reading():
    # a listing whose photo is named "rolex-submariner.jpg", then one whose option is "rolex submariner": the same joined
    # text for the item specifics reader's cache; each is read as what it is (no photo number for the option)
    photo = Listing.model_validate({"marketplace": "ebay", "listing_id": "p-1", "title": "Men's automatic watch",
                                   "category": "watches", "seller": {"id": "s"}, "observed_at": "2025-01-01T00:00:00Z",
                                   "price": {"amount": 300, "currency": "USD"},
                                   "images": [{"url": "https://cdn.example/rolex-submariner.jpg"}]})
    option = demo_listing("Men's automatic watch", "watches", 300, attributes={"Style": "rolex submariner"})
    assert "rolex" in alerted(photo)
    found = signals(option, "rolex")
    assert any(s.field == "attributes" and "option/variant" in s.detail for s in found), found
