"""A place let or sold near the brand's site (issue 9, precision; quiet, session 16): a flat, a room, an office, a parking
space, a holiday home or a hotel room advertised by its distance to the brand's headquarters, plant, campus, store or
museum names the brand as a landmark, not its goods (subject.py's kind "a place", rule `subject`); the copies that borrow
a landmark's words still alert."""

from __future__ import annotations

import pytest

from services.matcher.core.context.subject import subject_of
from tests.unit.matcher.demo import demo_alerts


@pytest.mark.parametrize("title, price, currency", [
    ("2-Zimmer-Wohnung nahe BMW Welt, München", 1500, "EUR"),
    ("Office space next to Nike World Headquarters, Beaverton OR", 3200, "USD"),
    ("Lejlighed i Billund tæt på LEGO House, 2 værelser", 6200, "DKK"),
    ("Studio nahe Nestlé-Hauptsitz Vevey, möbliert", 1200, "CHF"),
    ("Hotel room for 2 nights near the Rolex boutique, Geneva", 300, "CHF"),
    ("Parking space 3 min walk from Apple Park, Cupertino", 250, "USD"),
    ("トヨタ本社まで徒歩10分 1LDK 賃貸", 81999, "JPY"),
    ("鈴鹿 ホンダ工場近く アパート 1K", 57000, "JPY"),
    ("삼성 본사 도보 5분 원룸 월세", 620000, "KRW"),
    ("Samsung 공장 근처 투룸 전세", 900000, "KRW"),
    ("Bosch fabrikası yakını kiralık daire 2+1", 15000, "TRY"),
    ("Сдаю квартиру рядом с офисом Samsung", 40000, "RUB"),
    ("Mieszkanie na wynajem blisko fabryki Bosch", 2500, "PLN"),
    ("Bilocale in affitto vicino a stabilimento Ferrero", 700, "EUR"),
    ("Apartamento para alugar perto da fábrica da Toyota", 1800, "BRL"),
    ("Philips Campus 2BHK flat for rent nearby", 20000, "INR"),
    ("BMW Museum tour for 2 adults", 40, "EUR"),
])
def test_a_place_near_the_brands_site_stays_quiet(title, price, currency):
    assert demo_alerts(title, None, price, currency=currency) == {}


def test_a_real_estate_section_says_a_place_on_its_own():
    found = subject_of("Adidas Arena, 3 mins", category="Immobilien > Wohnungen")
    assert found is not None and found.kind == "a place" and found.where == "category"


@pytest.mark.parametrize("title", [
    "Beats Studio Pro near mint", "LEGO House 21037 Architecture set, 774 pieces", "Microsoft Office 2021 Home and Student",
    "Dyson V15 for apartment, 2 min charge", "Nike Air Max 90 2+1 gratis", "Gucci bag, collect from my flat near Oxford Street",
    "Rolex Submariner, pickup from our office next to the station", "LEGO Friends Heartlake City apartments 41704",
    "Samsung 4K TV for the living room",
])
def test_goods_that_share_a_places_words_are_no_place(title):
    found = subject_of(title)
    assert found is None or found.kind != "a place", found


@pytest.mark.parametrize("title, category, price, currency, brand", [
    ("BMW Welt keychain 1:1 replica", "keyrings", 3, "EUR", "bmw"),
    ("Rolex Submariner from the Rolex boutique, super copy", "watches", 150, "USD", "rolex"),
    ("Nike Air Max 90, collect from my flat near the Nike store", "sneakers", 9, "USD", "nike"),
    ("Gucci Marmont bag 1:1, ships from our flat near Gucci Garden", "handbags", 80, "USD", "gucci"),
])
def test_a_copy_with_a_landmarks_words_still_alerts(title, category, price, currency, brand):
    assert brand in demo_alerts(title, category, price, currency=currency)


# ------------------------------------------------------------------ accessories in rarer languages, loanwords, copies

@pytest.mark.parametrize("title, price, currency", [
    ("Nintendo Switch OLED үшін қорғаныш қап", 4799, "KZT"),
    ("Samsung Galaxy uchun zaryadlovchi kabel USB-C", 51000, "UZS"),
    ("AirPods Pro 2-т зориулсан хавтас", 16999, "MNT"),
    ("Samsung Galaxy S24 Ultra සඳහා කවරය", 1200, "LKR"),
    ("Veggfesting fyrir Dyson V15 ryksugu", 2700, "ISK"),
    ("PS5 कन्ट्रोलरको लागि स्किन स्टिकर", 670, "NPR"),
])
def test_an_accessory_in_a_rarer_language_stays_quiet(title, price, currency):
    assert demo_alerts(title, "accessories", price, currency=currency) == {}


def test_an_english_loanword_in_another_script_is_no_sound_alike():
    from services.matcher.core.detectors.transliteration import english_loanword
    assert english_loanword("skin", "joycon") and not english_loanword("bush", "bosch")
    assert not english_loanword("mrs", "mars") and not english_loanword("karl", "corolla")


def test_a_spare_copy_of_a_game_at_its_price_is_a_retailers():
    assert demo_alerts("Zelda: Tears of the Kingdom (Switch) - spare copy, sealed", "video games", 82, currency="CAD") == {}
    assert "nintendo" in demo_alerts("Zelda: Tears of the Kingdom (Switch) 1:1 copy cartridge", "video games", 9,
                                     currency="CAD")


# ------------------------------------------------------------------ hunting and wildlife goods named by an animal

@pytest.mark.parametrize("title, category, price", [
    ("Canada goose shell decoys x12 with bag", "hunting", 219),
    ("Canada goose call, acrylic, short reed", "hunting", 45),
    ("Canada goose feathers for fly tying, natural grey, 20 pcs", "fishing", 4),
    ("Kanadagans Lockvogel, 4 Stück", None, 60),
    ("Pandora moth (Coloradia pandora) framed specimen", "collectibles", 45),
])
def test_goods_named_by_the_animal_a_mark_shares_stay_quiet(title, category, price):
    assert demo_alerts(title, category, price) == {}


def test_a_copy_beside_hunting_words_still_alerts():
    assert "canada-goose" in demo_alerts("Canada Goose Expedition parka, hunting season edition, 1:1 replica", "parkas", 150)
